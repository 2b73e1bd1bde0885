"""A one-line progress display on stderr: documents, MB/s, percent and ETA.

It draws nothing for the first half second (short runs stay silent) and at most a
few times a second after that. The CLI turns it on only when stderr is a terminal
and ``--quiet`` is not given.

>>> import io
>>> out = io.StringIO()
>>> bar = Progress(total_bytes=2_000_000, stream=out, delay=0)
>>> bar.update(docs=10, nbytes=1_000_000)
>>> bar.close()
>>> "10 docs" in out.getvalue() and "50%" in out.getvalue()
True
"""

from __future__ import annotations

import sys
import time
from typing import TextIO


def format_eta(seconds: float) -> str:
    """``H:MM:SS`` for a number of seconds.

    >>> format_eta(3725.4)
    '1:02:05'
    """
    whole = round(seconds)
    return f"{whole // 3600}:{whole % 3600 // 60:02d}:{whole % 60:02d}"


class Progress:
    """Counts documents and bytes; redraws one status line on ``stream``."""

    def __init__(
        self,
        total_bytes: int | None = None,
        *,
        stream: TextIO | None = None,
        enabled: bool = True,
        delay: float = 0.5,
        interval: float = 0.2,
        label: str = "cleaning",
    ):
        self.total = total_bytes or None
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = enabled
        self.delay, self.interval, self.label = delay, interval, label
        self.docs = 0
        self.nbytes = 0
        self.started = time.perf_counter()
        self._drawn_at: float | None = None
        self._width = 0

    def update(self, docs: int = 1, nbytes: int = 0) -> None:
        self.docs += docs
        self.nbytes += nbytes
        if not self.enabled:
            return
        now = time.perf_counter()
        if now - self.started < self.delay:
            return
        if self._drawn_at is None or now - self._drawn_at >= self.interval:
            self._draw(now)

    def status(self, now: float | None = None) -> str:
        """The status line, e.g. ``cleaning 1,200 docs  3.1 MB/s  40%  ETA 0:00:12``."""
        elapsed = max((now or time.perf_counter()) - self.started, 1e-9)
        rate = self.nbytes / elapsed
        parts = [f"{self.label} {self.docs:,} docs", f"{rate / 1e6:.1f} MB/s"]
        if self.total:
            done = min(self.nbytes / self.total, 1.0)
            parts.append(f"{done:.0%}")
            if rate > 0:
                parts.append(f"ETA {format_eta((self.total - self.nbytes) / rate)}")
        return "  ".join(parts)

    def echo(self, message: str) -> None:
        """Print a diagnostic line without tearing the status line."""
        if self._drawn_at is not None:
            self.stream.write("\r" + " " * self._width + "\r")
        self.stream.write(message + "\n")
        if self._drawn_at is not None:
            self._draw(time.perf_counter())
        self.stream.flush()

    def close(self) -> None:
        """Draw the final line (if anything was drawn) and end it."""
        if self.enabled and (self._drawn_at is not None or self.delay == 0):
            self._draw(time.perf_counter())
            self.stream.write("\n")
            self.stream.flush()

    def _draw(self, now: float) -> None:
        line = self.status(now)
        pad = max(self._width - len(line), 0)
        self.stream.write("\r" + line + " " * pad)
        self.stream.flush()
        self._width = len(line)
        self._drawn_at = now
