"""Adapters for the engines NLP curation stacks run on; each is an optional extra.

- :mod:`normkit.integrations.dask`: a ``dask.bag`` of texts or a ``dask.dataframe``
  column (``pip install 'normkit[dask]'``).
- :mod:`normkit.integrations.hf`: a batch function for Hugging Face ``datasets``
  ``Dataset.map`` (``pip install 'normkit[hf]'``).
- :mod:`normkit.integrations.datatrove`: a formatter step for datatrove pipelines
  (``pip install 'normkit[datatrove]'``).

The core never imports these modules; each imports its engine when it is imported.
Every adapter ships a :class:`~normkit.integrations.shared.SharedNormalizer`: it
pickles as the Normalizer's settings and is built once per worker process.
"""

from __future__ import annotations

import importlib
from types import ModuleType

_ADAPTERS = ("dask", "hf", "datatrove", "shared")


def __getattr__(name: str) -> ModuleType:
    """``normkit.integrations.hf`` after a bare ``import normkit``: imported on first use."""
    if name in _ADAPTERS:
        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
