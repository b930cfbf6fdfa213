"""Progress of a long ``ingest submit``: a bar on a terminal, log lines elsewhere.

On a terminal, a tqdm bar shows documents done, the rate and the time left.
When stderr is a file or a pipe (CI, cron, ``docker logs``), a bar would fill
the log with carriage returns, so one plain log line is written every
``interval`` seconds instead (JSON with ``INGEST_LOG_FORMAT=json``), with the
same three figures as fields.
"""
from __future__ import annotations

import logging
import sys
import time
from typing import TextIO

from tqdm import tqdm

log = logging.getLogger("worker.progress")


class Progress:
    """Counts documents as they are handled. ``total`` may be None (stdin):
    then there is no time left to show."""

    def __init__(self, total: int | None, *, what: str = "documents", stream: TextIO | None = None,
                 interval: float = 5.0, bar: bool | None = None):
        self.total = total
        self.what = what
        self.done = 0
        self.interval = interval
        self._stream = stream or sys.stderr
        self._started = self._last = time.monotonic()
        self._bar = None
        if bar if bar is not None else _is_terminal(self._stream):
            self._bar = tqdm(total=total, unit=" docs", unit_scale=True, file=self._stream, mininterval=0.2,
                             smoothing=0.1, dynamic_ncols=True, desc=what)

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def advance(self, count: int = 1) -> None:
        self.done += count
        if self._bar is not None:
            self._bar.update(count)
            return
        now = time.monotonic()
        if now - self._last >= self.interval:
            self._last = now
            self._log(now)

    def write(self, line: str) -> None:
        """Print a line to the same stream without breaking the bar."""
        if self._bar is not None:
            self._bar.write(line, file=self._stream)
        else:
            print(line, file=self._stream, flush=True)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self._started

    @property
    def rate(self) -> float:
        elapsed = self.elapsed
        return self.done / elapsed if elapsed > 0 else 0.0

    def _log(self, now: float) -> None:
        rate = self.rate
        left = None
        if self.total and rate > 0:
            left = max(0.0, (self.total - self.done) / rate)
        of = f" of {self.total:,}" if self.total is not None else ""
        eta = f", {_duration(left)} left" if left is not None else ""
        log.info("%s %s%s, %s/s%s", self.what, f"{self.done:,}", of, f"{rate:,.0f}", eta,
                 extra={"done": self.done, "total": self.total, "rate": round(rate, 1),
                        "seconds_left": None if left is None else round(left, 1)})


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _duration(seconds: float) -> str:
    seconds = int(round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {seconds:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"
