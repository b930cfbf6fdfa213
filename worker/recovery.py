"""Recovering from failures and cleaner changes: the Python API behind
``ingest failures``, ``ingest retry`` and ``ingest reprocess``.

    >>> import worker
    >>> worker.failures(stage="clean", limit=20)          # the failure records
    >>> worker.retry(["doc-1"])                           # requeue their raw inputs
    >>> worker.reprocess(not_version=worker.PIPELINE_VERSION)   # clean stored inputs again

Both requeue through the queue with :class:`worker.producer.Submitter`, in its
batches, for the workers to check, clean and store as any submission: a
retried input that is stored has its failure record removed; one that fails
again has its ``attempts`` counted up. A reprocessed document is updated in
place (same ``_id``, one copy). Every query is built in :mod:`worker.store`
from the values given here.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from .config import Settings
from .store import Store

#: raw inputs read from the store at a time by :func:`reprocess`
READ_CHUNK = 500


@dataclass
class RequeueReport:
    requeued: list[str] = field(default_factory=list)
    #: (id, why it was not requeued)
    skipped: list[tuple[str, str]] = field(default_factory=list)


def _store(settings: Settings) -> Store:
    return Store.connect(settings.mongo_uri, settings.db, settings.mongo_timeout_ms)


def failures(*, stage: str | None = None, since: datetime | None = None, limit: int | None = None,
             ids: Sequence[str] | None = None, with_raw: bool = False,
             settings: Settings | None = None, store: Store | None = None) -> list[dict[str, Any]]:
    """The failure records, most recent first: ``_id``, ``stage``, ``error``,
    ``attempts``, ``first_failed_at``, ``last_failed_at``, ``pipeline_version``;
    with ``with_raw``, also ``raw`` and ``traceback``."""
    settings = settings or Settings.from_env()
    own = store is None
    store = store or _store(settings)
    try:
        return store.find_failures(ids=ids, stage=stage, since=since, limit=limit, with_raw=with_raw)
    finally:
        if own:
            store.close()


def retry(ids: Sequence[str] | None = None, *, all: bool = False, stage: str | None = None,
          since: datetime | None = None, settings: Settings | None = None,
          store: Store | None = None, progress: Callable[[int], None] | None = None) -> RequeueReport:
    """Requeue the raw inputs of failure records: those of ``ids``, or every one
    (``all``), or those of a ``stage``. Fix the cause first (a setting, the
    cleaner): the input goes through the workers again unchanged. A record
    whose input is not a whole envelope (too malformed, or cut because it was
    too large) is skipped, with the reason."""
    if ids is None and not all and stage is None:
        raise ValueError("name the failures to retry: ids, all=True, or a stage")
    from .producer import Submitter

    settings = settings or Settings.from_env()
    own = store is None
    store = store or _store(settings)
    report = RequeueReport()
    try:
        records = store.find_failures(ids=list(ids) if ids is not None else None, stage=stage,
                                      since=since, with_raw=True)
        if ids is not None:
            found = {r["_id"] for r in records}
            report.skipped += [(i, "no such failure") for i in ids if i not in found]
        with Submitter(settings) as submitter:
            for record in records:
                why = _not_requeueable(record)
                if why:
                    report.skipped.append((record["_id"], why))
                    continue
                report.requeued.append(submitter.requeue(record["raw"]))
                if progress:
                    progress(1)
    finally:
        if own:
            store.close()
    return report


def _not_requeueable(record: dict[str, Any]) -> str | None:
    raw = record.get("raw")
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
        return "its input is not a document envelope (kept as JSON text): submit it again fixed"
    if "content_truncated" in raw:
        return (f"its input was cut to fit the failure record ({raw['content_truncated']:,} characters): "
                f"submit it again")
    return None


def reprocess(*, submitted_since: datetime | None = None, submitted_until: datetime | None = None,
              ingested_since: datetime | None = None, ingested_until: datetime | None = None,
              pipeline_version: str | None = None, not_version: str | None = None,
              settings: Settings | None = None, store: Store | None = None,
              progress: Callable[[int], None] | None = None,
              total: Callable[[int], None] | None = None) -> RequeueReport:
    """Requeue the stored raw inputs of documents (all, or those in a time
    window, of a pipeline version or not of one) to be cleaned again by the
    workers' current cleaner; each document is updated in place. ``total`` is
    called once with the number found, ``progress`` with each batch read."""
    from .producer import Submitter

    settings = settings or Settings.from_env()
    own = store is None
    store = store or _store(settings)
    report = RequeueReport()
    try:
        ids = store.document_ids(submitted_since=submitted_since, submitted_until=submitted_until,
                                 ingested_since=ingested_since, ingested_until=ingested_until,
                                 pipeline_version=pipeline_version, not_version=not_version)
        if total:
            total(len(ids))
        with Submitter(settings) as submitter:
            for start in range(0, len(ids), READ_CHUNK):
                chunk = ids[start:start + READ_CHUNK]
                envelopes = store.raw_envelopes(chunk)
                found = {e["id"] for e in envelopes}
                report.skipped += [(i, "no raw input stored") for i in chunk if i not in found]
                for envelope in envelopes:
                    report.requeued.append(submitter.requeue(envelope))
                if progress:
                    progress(len(chunk))
    finally:
        if own:
            store.close()
    return report
