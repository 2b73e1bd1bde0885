"""A Normalizer handle that travels to worker processes and is built once in each.

A :class:`~normkit.Normalizer` pickles as its settings, and unpickling rebuilds it
(packs parsed, matchers compiled). Engines that pickle a function with every task
would rebuild it per task; this handle keeps one per process and settings instead.

>>> import pickle
>>> from normkit import Normalizer
>>> shared = SharedNormalizer(Normalizer(lang="en"))
>>> copy = pickle.loads(pickle.dumps(shared))
>>> copy.clean_texts(["Talks in Kiev.", None])
['Talks in Kyiv.', None]
>>> pickle.loads(pickle.dumps(shared)).normalizer is copy.normalizer  # once per process
True
"""

from __future__ import annotations

import hashlib
import pickle
import threading
from collections.abc import Sequence

from normkit.pipeline import Normalizer

_BUILT: dict[bytes, Normalizer] = {}
_LOCK = threading.Lock()


class SharedNormalizer:
    """Pickles as the Normalizer's settings; :attr:`normalizer` builds it once per process."""

    def __init__(self, normalizer: Normalizer | None = None):
        normalizer = normalizer if normalizer is not None else Normalizer()
        self.blob = pickle.dumps(normalizer)
        self._normalizer: Normalizer | None = normalizer
        with _LOCK:
            _BUILT.setdefault(self.blob, normalizer)

    @classmethod
    def _restore(cls, blob: bytes) -> SharedNormalizer:
        shared = cls.__new__(cls)
        shared.blob = blob
        shared._normalizer = None
        return shared

    def __reduce__(self):
        return (SharedNormalizer._restore, (self.blob,))

    def __dask_tokenize__(self) -> str:
        return hashlib.sha256(self.blob).hexdigest()

    @property
    def normalizer(self) -> Normalizer:
        if self._normalizer is None:
            with _LOCK:
                built = _BUILT.get(self.blob)
                if built is None:
                    built = _BUILT[self.blob] = pickle.loads(self.blob)
            self._normalizer = built
        return self._normalizer

    def clean_texts(
        self, texts: Sequence[str | None], lang: str | None = None,
        langs: Sequence[object] | None = None,
    ) -> list[str | None]:
        """Clean each text; ``None`` (a missing value) stays ``None``.

        ``langs``, if given, holds each text's language label (``en``, ``eng``, ``en-GB``);
        where one is missing or empty, ``lang`` (else detection) stands in.
        """
        norm = self.normalizer
        if langs is None:
            return [None if text is None else norm.clean(text, lang=lang) for text in texts]
        return [None if text is None
                else norm.clean(text, lang=label if isinstance(label, str) and label else lang)
                for text, label in zip(texts, langs, strict=True)]


def shared(normalizer: Normalizer | SharedNormalizer | None) -> SharedNormalizer:
    """A :class:`SharedNormalizer` for a Normalizer, a handle, or the default profile."""
    if isinstance(normalizer, SharedNormalizer):
        return normalizer
    return SharedNormalizer(normalizer)
