"""Which documents keep their full text in a report: a bounded, deterministic sample.

First, one document for every rule and language not yet covered (so that every
filter of the HTML report has something to show), in the order they came; then
a seeded uniform sample (reservoir sampling) of all documents fills the rest.
Memory stays bounded by ``limit`` plus one document per rule and language.

>>> sampler = Sampler(limit=2)
>>> for i in range(10):
...     sampler.offer(i, {"lang:en"} | ({"rule:kyiv"} if i == 7 else set()), f"doc {i}")
>>> chosen = sampler.chosen()
>>> sorted(chosen)[:1], 7 in chosen, len(chosen)
([0], True, 2)
"""

from __future__ import annotations

import random
from collections.abc import Hashable, Iterable
from typing import Any

DEFAULT_SAMPLE = 200


class Sampler:
    """Keep the payload of at most ``limit`` documents out of a stream of any length."""

    def __init__(self, limit: int = DEFAULT_SAMPLE, seed: int = 0):
        if limit < 0:
            raise ValueError("the sample size must be 0 or more")
        self.limit = limit
        self._random = random.Random(seed)
        self._seen = 0
        self._covered: set[Hashable] = set()
        self._coverage: list[tuple[int, frozenset, Any]] = []
        self._reservoir: list[tuple[float, int, Any]] = []

    def offer(self, index: int, keys: Iterable[Hashable], payload: Any) -> None:
        """Consider document ``index``, described by ``keys`` (rules, language...)."""
        if self.limit == 0:
            return
        keys = frozenset(keys)
        if not keys <= self._covered:
            self._covered |= keys
            self._coverage.append((index, keys, payload))
        self._seen += 1
        if len(self._reservoir) < self.limit:
            self._reservoir.append((self._random.random(), index, payload))
        else:
            slot = self._random.randrange(self._seen)
            if slot < self.limit:
                self._reservoir[slot] = (self._random.random(), index, payload)

    def chosen(self) -> dict[int, Any]:
        """The kept payloads by document index."""
        chosen: dict[int, Any] = {}
        covered: set[Hashable] = set()
        for index, keys, payload in self._coverage:
            if len(chosen) >= self.limit:
                break
            if not keys <= covered:
                covered |= keys
                chosen[index] = payload
        for _, index, payload in sorted(self._reservoir, key=lambda item: item[:2]):
            if len(chosen) >= self.limit:
                break
            chosen.setdefault(index, payload)
        return dict(sorted(chosen.items()))
