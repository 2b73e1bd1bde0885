"""Doctests of optional integrations run only where their engine is installed.

(tests/conftest.py holds the fixtures; pytest loads it after this file.)
"""

from __future__ import annotations

import importlib.util

ENGINES = {"dask.py": "distributed", "hf.py": "datasets", "datatrove.py": "datatrove"}

collect_ignore = [
    f"src/normkit/integrations/{module}"
    for module, engine in ENGINES.items()
    if importlib.util.find_spec(engine) is None
]
