"""Putting documents on the queue: the Python API behind ``ingest submit``.

    >>> import worker
    >>> worker.submit(text="Headline\\n\\nThe article ...", url="https://example.com/a")
    'u-5b1e...'

Documents are checked against ``schemas/submission.schema.json`` before
anything is queued, and travel in batches (``INGEST_BATCH_SIZE`` documents or
``INGEST_BATCH_BYTES`` per message), because per-message overhead, not
cleaning, limits a one-message-per-document queue.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from kombu.exceptions import OperationalError

from .celery_app import TASK_NAME, app_for
from .config import Settings
from .envelope import Rejected, make_envelope, submission_of

#: a message is sent once its documents pass this many bytes of content
BATCH_BYTES = 1024 * 1024


class BrokerUnavailable(RuntimeError):
    """The broker did not take the message; nothing of that batch was queued."""


@dataclass
class SubmitReport:
    queued: list[str] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)


class Submitter:
    """Checks documents and queues them in batches. Use as a context manager,
    or call :meth:`flush` at the end."""

    def __init__(self, settings: Settings | None = None, *, batch_size: int | None = None):
        self.settings = settings or Settings.from_env()
        self.batch_size = batch_size or self.settings.batch_size
        self.app = app_for(self.settings)
        self.report = SubmitReport()
        self._batch: list[dict[str, Any]] = []
        self._bytes = 0

    def __enter__(self) -> Submitter:
        self._connection = self.app.connection_for_write()
        try:
            self._connection.ensure_connection(max_retries=1, timeout=5)
        except OperationalError as exc:
            raise BrokerUnavailable(f"cannot reach the broker at "
                                    f"{self.settings.redacted()['broker_url']}: {exc}") from None
        self._producer = self.app.amqp.Producer(self._connection)
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if exc_type is None:
                self.flush()
        finally:
            self._connection.release()

    def add(self, submission: dict[str, Any], *, path: str | None = None) -> str:
        """Check one submission and queue it (with the next flush). Returns its
        document id; raises :class:`Rejected` with the reason."""
        envelope = make_envelope(submission, max_bytes=self.settings.max_document_bytes, path=path)
        self._batch.append(envelope)
        self._bytes += len(envelope["content"])
        if len(self._batch) >= self.batch_size or self._bytes >= BATCH_BYTES:
            self.flush()
        return envelope["id"]

    def requeue(self, envelope: dict[str, Any]) -> str:
        """Queue an envelope made earlier (from the ``raw`` collection or a
        failure record) as it is, with its id and submitted_at: the worker
        checks it again. Returns its id."""
        self._batch.append(envelope)
        self._bytes += len(envelope.get("content") or "")
        if len(self._batch) >= self.batch_size or self._bytes >= BATCH_BYTES:
            self.flush()
        return envelope["id"]

    def flush(self) -> None:
        """Send what is buffered as one message."""
        if not self._batch:
            return
        batch, self._batch, self._bytes = self._batch, [], 0
        try:
            self.app.send_task(TASK_NAME, args=[batch], queue=self.settings.queue,
                               producer=self._producer, retry=True,
                               argsrepr=batch_repr(batch), kwargsrepr="{}")
        except OperationalError as exc:
            raise BrokerUnavailable(f"the broker refused a batch of {len(batch)} documents: {exc}") from None
        self.report.queued.extend(e["id"] for e in batch)


def submit(text: str | None = None, *, html: str | None = None, url: str | None = None,
           id: str | None = None, source: str | None = None, metadata: dict | None = None,
           settings: Settings | None = None) -> str:
    """Queue one document (plain text or HTML) and return its document id."""
    with Submitter(settings) as submitter:
        return submitter.add(submission_of(text, html, url, id, source, metadata))


def submit_many(submissions: Iterable[dict[str, Any]], *, settings: Settings | None = None) -> SubmitReport:
    """Queue many submission dicts; rejected ones are listed, not raised."""
    with Submitter(settings) as submitter:
        for number, submission in enumerate(submissions):
            try:
                submitter.add(submission)
            except Rejected as exc:
                submitter.report.rejected.append((_label(submission, number), str(exc)))
    return submitter.report


def batch_repr(batch: list[dict[str, Any]]) -> str:
    """What Flower and the worker's log show for a batch's arguments: its size
    and first and last ids (Celery's default repr of ~100 KB of documents costs
    ~12% of submit time and says less)."""
    ids = [e["id"] for e in batch[:1]] + ([batch[-1]["id"]] if len(batch) > 1 else [])
    return f"[{len(batch)} documents: {' ... '.join(ids)}]"


def _label(submission: Any, number: int) -> str:
    if isinstance(submission, dict) and isinstance(submission.get("id"), str):
        return submission["id"]
    return f"#{number}"
