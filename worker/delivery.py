"""Delivery under faults: a batch that meets something worse than a bad
document still ends with each of its documents stored or recorded in
``failures``, never dropped, and never looping forever.

Celery's part (``worker/celery_app.py``): a batch's message is acknowledged
only once :func:`deliver` returns (``task_acks_late``); a worker process that
dies, or that the hard time limit kills, puts its batch back on the queue
(``task_reject_on_worker_lost``, ``task_acks_on_timeout=False``), and the
broker marks it ``redelivered``.

This module's part:

- A batch delivered for the first time is cleaned, then stored in one write.
- A redelivered batch may hold the document that killed the worker (a page
  that crashes the parser, runs out of memory, or never finishes), so it goes
  one document at a time. Each try is counted in the ``attempts`` collection
  *before* it starts, so that a death counts; a document stored, or failed
  normally, has its count removed. A document whose count reaches
  ``INGEST_MAX_ATTEMPTS`` is recorded in ``failures`` (stage ``worker``) and
  not tried again; its neighbours are stored.
- Soft time limit (80% of ``INGEST_TASK_TIME_LIMIT``): what is done is stored,
  the document being cleaned is counted (at the limit: recorded, stage
  ``time_limit``), and the rest of the batch, from that document on, is queued
  again as a new message, which the next worker starts with a full time limit.
- A store error other than an outage (a document too large for MongoDB, a
  write error): the batch is written one document at a time, and each
  document that fails is recorded (stage ``store``) with the error and the
  traceback; one whose raw input is too large to record is recorded without it.
- Any other exception: every document of the batch not yet done is recorded
  (stage ``task``) with the traceback.
- ``StoreUnavailable`` (MongoDB unreachable) goes to the task, which retries
  the whole batch with backoff (``worker/tasks.py``).

With ``INGEST_TEMPLATE_MEMORY`` on, the batch's lines are recorded in the
template memory and its template lines read back before anything is cleaned
(``worker/templates.py``); in a redelivered batch, one document at a time,
after its try is counted. A memory that fails otherwise than by an outage is
logged, and the batch is cleaned without it.
"""
from __future__ import annotations

import logging
import traceback
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from celery.exceptions import SoftTimeLimitExceeded

from . import faults, templates
from .config import Settings
from .pipeline import Prepared, id_of, log_outcomes, prepare_one
from .store import Failure, Store, StoreUnavailable, WriteResult

log = logging.getLogger("worker.delivery")

#: queues the given envelopes again, as a new message
Resubmit = Callable[[list[Any]], None]


def deliver(envelopes: Sequence[Any], store: Store, settings: Settings, *, redelivered: bool,
            resubmit: Resubmit) -> WriteResult:
    """Store or record every document of a batch. Raises only
    :class:`StoreUnavailable`, for the batch to be retried."""
    batch = _Batch(list(envelopes), store, settings, resubmit)
    try:
        if redelivered:
            batch.one_at_a_time()
        else:
            batch.whole()
    except StoreUnavailable:
        raise
    except SoftTimeLimitExceeded:
        batch.over_time()
    except Exception as exc:
        batch.record_the_rest(exc, traceback.format_exc())
    return batch.result


class _Batch:
    def __init__(self, envelopes: list[Any], store: Store, settings: Settings, resubmit: Resubmit):
        self.envelopes = envelopes
        self.store = store
        self.settings = settings
        self.resubmit = resubmit
        self.result = WriteResult()
        #: the index of the document being handled
        self.position = 0
        #: documents cleaned but not yet written (whole-batch mode)
        self.pending: Prepared | None = None
        #: the current document's attempt count, once counted
        self.counted: int | None = None

    def whole(self) -> None:
        now = datetime.now(UTC)
        known = self._template_lines(self.envelopes)
        self.pending = Prepared()
        for position, envelope in enumerate(self.envelopes):
            self.position = position
            prepare_one(envelope, self.pending, now=now, max_bytes=self.settings.max_document_bytes,
                        templates=known)
        self.position = len(self.envelopes)
        self._write(self.pending)
        self.pending = None

    def one_at_a_time(self) -> None:
        limit = self.settings.max_attempts
        counts = self.store.attempt_counts([id_of(e) for e in self.envelopes])
        log.warning("a redelivered batch of %d documents: trying them one at a time", len(self.envelopes))
        for position, envelope in enumerate(self.envelopes):
            self.position = position
            doc_id = id_of(envelope)
            tries = counts.get(doc_id, 0)
            if tries >= limit:
                self._give_up(envelope, "worker", f"worker lost {tries} times while processing this "
                              "document (killed, out of memory, or over the "
                              f"{self.settings.task_time_limit} s time limit)", tries)
                continue
            self.counted = tries + 1
            self.store.set_attempts(doc_id, self.counted)
            prepared = Prepared()
            prepare_one(envelope, prepared, now=datetime.now(UTC),
                        max_bytes=self.settings.max_document_bytes,
                        templates=self._template_lines([envelope]))
            self._write(prepared)  # removes the count
            self.counted = None
        self.position = len(self.envelopes)

    def over_time(self) -> None:
        """The soft time limit: store what is done, count the document being
        handled, queue the rest again."""
        if self.pending is not None:
            pending, self.pending = self.pending, None
            self._write(pending)
        if self.position >= len(self.envelopes):
            return
        envelope = self.envelopes[self.position]
        doc_id = id_of(envelope)
        tries = self.counted if self.counted is not None else self.store.add_attempt(doc_id)
        rest = self.envelopes[self.position + 1:]
        soft = self.settings.task_time_limit * 0.8
        if tries >= self.settings.max_attempts:
            self._give_up(envelope, "time_limit", f"over the {soft:g} s time limit {tries} times "
                          "while processing this document", tries)
        else:
            rest = [envelope, *rest]
        log.warning("soft time limit (%g s) reached at %s: %d documents done, %d queued again",
                    soft, doc_id, self.position, len(rest))
        if rest:
            self.resubmit(rest)

    def record_the_rest(self, exc: Exception, trace: str) -> None:
        """An exception nothing else caught: record each document not done."""
        log.error("batch failed: %s: %s", type(exc).__name__, exc, exc_info=exc)
        done = set(self.result.stored) | set(self.result.unchanged) | set(self.result.failed)
        failures = [Failure(id_of(e), e, "task", f"{type(exc).__name__}: {exc}", trace)
                    for e in self.envelopes if id_of(e) not in done]
        self._record(failures)
        self.result.failed.extend(f.id for f in failures)

    def _template_lines(self, envelopes: list[Any]) -> templates.TemplateLines:
        """The template memory's lines for these documents, recorded first
        (none when the memory is off, or failed otherwise than by an outage)."""
        if not self.settings.template_memory:
            return {}
        try:
            return templates.template_lines(envelopes, self.store, min_docs=self.settings.template_min_docs,
                                            max_bytes=self.settings.max_document_bytes)
        except (StoreUnavailable, SoftTimeLimitExceeded):
            raise
        except Exception as exc:
            log.warning("template memory failed (%s: %s): cleaning %d documents without it",
                        type(exc).__name__, exc, len(envelopes), exc_info=exc)
            return {}

    # --- writes ----------------------------------------------------------

    def _write(self, prepared: Prepared) -> None:
        try:
            result = self.store.write(prepared.documents, prepared.envelopes, prepared.failures)
        except (StoreUnavailable, SoftTimeLimitExceeded):
            raise
        except Exception as exc:
            log.warning("writing a batch failed (%s: %s): writing its %d documents one at a time",
                        type(exc).__name__, exc, len(prepared.documents))
            result = self._write_each(prepared)
        else:
            log_outcomes(prepared, result)
        if faults.ENABLED:
            faults.after_write(prepared.envelopes)
        self._add(result)

    def _write_each(self, prepared: Prepared) -> WriteResult:
        result = WriteResult()
        failures = list(prepared.failures)
        for doc in prepared.documents:
            envelope = prepared.envelopes[doc["_id"]]
            try:
                one = self.store.write([doc], {doc["_id"]: envelope})
            except (StoreUnavailable, SoftTimeLimitExceeded):
                raise
            except Exception as exc:
                failures.append(Failure(doc["_id"], envelope, "store", f"{type(exc).__name__}: {exc}",
                                        traceback.format_exc()))
            else:
                result.stored += one.stored
                result.unchanged += one.unchanged
                result.failed += one.failed
        self._record(failures)
        result.failed += [f.id for f in failures]
        log_outcomes(replace(prepared, failures=failures), result)
        return result

    def _record(self, failures: list[Failure]) -> None:
        try:
            self.store.record_failures(failures)
        except (StoreUnavailable, SoftTimeLimitExceeded):
            raise
        except Exception:
            for failure in failures:  # find the record the store refuses
                try:
                    self.store.record_failures([failure])
                except (StoreUnavailable, SoftTimeLimitExceeded):
                    raise
                except Exception as exc:
                    self.store.record_failures([replace(
                        failure, envelope=_without_content(failure.envelope),
                        error=f"{failure.error} (raw input not kept: {type(exc).__name__}: {exc})")])

    def _give_up(self, envelope: Any, stage: str, reason: str, tries: int) -> None:
        failure = Failure(id_of(envelope), envelope, stage, reason, attempts=tries)
        self._record([failure])
        self.result.failed.append(failure.id)
        log.warning("%s failed (%s): %s", failure.id, stage, reason,
                    extra={"doc_id": failure.id, "outcome": "failed", "stage": stage})

    def _add(self, result: WriteResult) -> None:
        self.result.stored += result.stored
        self.result.unchanged += result.unchanged
        self.result.failed += result.failed


def _without_content(envelope: Any) -> dict[str, Any]:
    """An envelope's identity without its content, for a failure record the
    store would refuse whole (over MongoDB's 16 MB document limit)."""
    if not isinstance(envelope, dict):
        return {"content_omitted": len(repr(envelope))}
    kept = {k: envelope[k] for k in ("id", "format", "source", "submitted_at") if k in envelope}
    kept["content_omitted"] = len(envelope.get("content") or "")
    return kept
