"""The worker's process pool: Celery's prefork pool, made to shut down cleanly
with large messages.

A batch of 100 documents is ~1 MB, far more than a pipe holds, so the parent
writes it to a child process in pieces from its event loop. On a warm
shutdown (SIGTERM) that loop stops; a batch caught half-written left its child
waiting forever for the rest, and the parent waiting forever for the child
(seen in about one shutdown in five with prefetched batches). This pool first
finishes every write already begun and drops the ones not begun (their
messages are not acknowledged, so the broker hands them out again), then
stops as prefork does: running batches finish, children exit.
"""
from __future__ import annotations

from billiard.pool import RUN
from celery.concurrency.prefork import TaskPool as PreforkPool


class TaskPool(PreforkPool):
    """prefork (``celery worker -P prefork``, the default) with a clean warm shutdown."""

    def on_close(self) -> None:
        # a warm shutdown closes the pool (before stopping it) once the event
        # loop has stopped: no write can progress after this but ours
        if self._pool is not None and self._pool._state == RUN and hasattr(self._pool, "flush"):
            self._pool.flush()
        super().on_close()
