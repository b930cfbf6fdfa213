"""Fault injection for the delivery tests: never enabled in production.

With ``INGEST_FAULT_INJECTION=1`` in a worker's environment (and only then),
a document whose ``metadata`` has ``"fault": KIND`` makes the worker process
misbehave while it handles that document, the way a real page or a real bug
would:

- ``kill``: the process dies at once (SIGKILL: a segfault, the OOM killer);
- ``raise``: the cleaner raises an exception (a cleaner bug);
- ``sleep``: cleaning takes ten minutes, in Python (a slow page; the soft time
  limit interrupts it);
- ``hang``: cleaning takes ten minutes where no signal handler runs (a
  regular expression stuck in C code; only the hard time limit ends it);
- ``pause_once``: the first time only, cleaning logs ``fault pause pid=N``
  and sleeps a minute, so that a test can kill process N while it holds
  the batch;
- ``kill_after_write_once``: the first time only, the process dies right
  after the batch is stored, before its message is acknowledged.

With ``INGEST_FAULT_KILL_AFTER_FETCH=1`` as well, the worker's main process
kills its children and itself (a whole worker command dying) right after it
first takes a message from Redis and before it records it as unacknowledged
(the window that worker/redis_transport.py closes).

"Once" is remembered with a marker file in ``INGEST_FAULT_DIR``.
"""
from __future__ import annotations

import logging
import os
import signal
import time
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

ENABLED = os.environ.get("INGEST_FAULT_INJECTION") == "1"


def fault_of(envelope: Any) -> str | None:
    metadata = envelope.get("metadata") if isinstance(envelope, dict) else None
    return metadata.get("fault") if isinstance(metadata, dict) else None


def before_clean(envelope: dict) -> None:
    fault = fault_of(envelope)
    if fault == "kill":
        os.kill(os.getpid(), signal.SIGKILL)
    elif fault == "raise":
        raise RuntimeError("injected cleaner fault")
    elif fault == "sleep":
        time.sleep(600)
    elif fault == "hang":
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGUSR1})  # the soft limit's signal
        time.sleep(600)
    elif fault == "pause_once" and _first_time(fault, envelope["id"]):
        log.warning("fault pause pid=%d", os.getpid())
        time.sleep(60)


def after_write(envelopes: dict[str, dict]) -> None:
    for doc_id, envelope in envelopes.items():
        if fault_of(envelope) == "kill_after_write_once" and _first_time("kill_after_write", doc_id):
            os.kill(os.getpid(), signal.SIGKILL)


def after_fetch() -> None:
    if os.environ.get("INGEST_FAULT_KILL_AFTER_FETCH") == "1" and _first_time("kill_after_fetch", "worker"):
        pid = os.getpid()
        children = Path(f"/proc/{pid}/task/{pid}/children")
        for child in children.read_text().split() if children.exists() else ():
            os.kill(int(child), signal.SIGKILL)
        os.kill(pid, signal.SIGKILL)


def _first_time(fault: str, doc_id: str) -> bool:
    marker = Path(os.environ.get("INGEST_FAULT_DIR", "."), f"{fault}-{doc_id}")
    try:
        marker.touch(exist_ok=False)
        return True
    except FileExistsError:
        return False
