"""doc-ingest: clean web pages into normalised documents in MongoDB, through a
Celery queue on Redis.

    import worker
    doc_id = worker.submit(text=page_text, url="https://example.com/a")

``worker.app`` is the Celery application (``celery -A worker worker``);
``worker.clean(text=...)`` returns the document a page becomes, with no queue
or store (``ingest clean``); ``worker.failures()``, ``worker.retry()`` and
``worker.reprocess()`` list failures and requeue inputs (``worker/recovery.py``).
"""
from __future__ import annotations

from .version import PIPELINE_VERSION, __version__

__all__ = ["PIPELINE_VERSION", "__version__", "app", "clean", "failures", "reprocess", "retry", "status",
           "submit", "submit_many", "Submitter"]


def __getattr__(name: str):
    # Celery and the broker client load only when asked for, so that the
    # cleaner and the CLI's dry run stay light.
    if name in ("app", "celery"):
        from .celery_app import app
        return app
    if name in ("submit", "submit_many", "Submitter"):
        from . import producer as module
        return getattr(module, name)
    if name in ("failures", "retry", "reprocess"):
        from . import recovery
        return getattr(recovery, name)
    if name == "status":
        from .monitor import status
        return status
    if name == "clean":
        from .document import clean
        return clean
    raise AttributeError(f"module 'worker' has no attribute {name!r}")
