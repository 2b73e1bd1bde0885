"""Doctests of optional integrations run only where their engine is installed."""

from __future__ import annotations

import importlib.util

ENGINES = {"dask.py": "distributed", "hf.py": "datasets", "datatrove.py": "datatrove"}

collect_ignore = ["conftest.py"] + [  # this file is no doctest module
    f"normkit/integrations/{module}"
    for module, engine in ENGINES.items()
    if importlib.util.find_spec(engine) is None
]
