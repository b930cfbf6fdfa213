"""What a running ingest looks like now: the broker's queue, the batches in
flight, and what the store holds. ``ingest status`` prints it;
``worker.status()`` returns it.

    >>> import worker
    >>> s = worker.status()
    >>> s.queued_batches, s.in_flight_batches, s.documents, s.rate_per_second

Queue depth comes from the broker (Redis ``LLEN``, AMQP passive
``queue_declare``). Batches in flight are messages delivered but not yet
acknowledged: on Redis the ``unacked`` hash (which also holds the messages of
a worker that died, until they are restored) and the workers' in-flight lists
(worker/redis_transport.py), elsewhere the workers' own
answer to ``celery inspect``. Document counts of messages come from their
``argsrepr`` header (``[100 documents: first ... last]``, set by
:class:`worker.producer.Submitter`). The rate is the documents whose
``ingested_at`` falls in the last minute, an indexed count in the store.
"""
from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from .config import Settings
from .redis_transport import INFLIGHT_LISTS
from .store import Store, StoreUnavailable

#: messages of a Redis queue read to count documents; past it, an estimate
SAMPLE = 200
_DOCUMENTS = re.compile(r"^\[(\d+) documents\b")


@dataclass
class Status:
    broker: str
    queue: str
    store: str
    db: str
    at: datetime
    #: messages (batches) waiting in the queue
    queued_batches: int | None = None
    #: documents in them; exact up to SAMPLE messages, estimated past it
    queued_documents: int | None = None
    queued_documents_exact: bool = True
    #: messages delivered to a worker and not acknowledged yet
    in_flight_batches: int | None = None
    in_flight_documents: int | None = None
    #: worker instances consuming the queue (AMQP consumers or inspect replies), if known
    workers: int | None = None
    documents: int | None = None
    raw: int | None = None
    failures: int | None = None
    stored_last_minute: int | None = None
    failed_last_minute: int | None = None
    errors: list[str] = field(default_factory=list)

    @property
    def rate_per_second(self) -> float | None:
        """Documents stored per second over the last minute."""
        return None if self.stored_last_minute is None else self.stored_last_minute / 60

    def as_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["at"] = self.at.isoformat()
        out["rate_per_second"] = self.rate_per_second
        return out


def status(settings: Settings | None = None, *, store: Store | None = None, window: int = 60,
           inspect_timeout: float = 0.5) -> Status:
    """The live numbers of the queue and the store named by ``settings``
    (from the environment by default). A part that cannot be reached is left
    as None, with the reason in ``errors``."""
    settings = settings or Settings.from_env()
    redacted = settings.redacted()
    now = datetime.now(UTC)
    out = Status(broker=str(redacted["broker_url"]), queue=settings.queue, store=str(redacted["mongo_uri"]),
                 db=settings.db, at=now)
    try:
        _broker_status(settings, out, inspect_timeout)
    except Exception as exc:  # the broker's own errors vary by transport
        out.errors.append(f"broker: {type(exc).__name__}: {_short(exc)}")
    own = store is None
    try:
        store = store or Store.connect(settings.mongo_uri, settings.db, min(settings.mongo_timeout_ms, 3000))
        counts = store.status_counts(now - timedelta(seconds=window))
        out.documents, out.raw, out.failures = counts["documents"], counts["raw"], counts["failures"]
        out.stored_last_minute, out.failed_last_minute = counts["stored_since"], counts["failed_since"]
    except StoreUnavailable as exc:
        out.errors.append(f"store: {_short(exc)}")
    finally:
        if own and store is not None:
            store.close()
    return out


def _short(exc: Exception) -> str:
    """pymongo's outage messages carry the whole topology; the first clause says it."""
    text = str(exc)
    for cut in (" (configured timeouts", ", Timeout:"):
        text = text.split(cut)[0]
    return text


def _broker_status(settings: Settings, out: Status, inspect_timeout: float) -> None:
    from .celery_app import app_for

    app = app_for(settings)
    with app.connection_for_read() as conn:
        conn.ensure_connection(max_retries=1, timeout=3)
        channel = conn.default_channel
        try:
            _, out.queued_batches, consumers = channel.queue_declare(queue=settings.queue, passive=True)
        except conn.channel_errors:  # no such queue yet: nothing was ever submitted or consumed
            out.queued_batches, consumers = 0, 0
            channel = conn.channel()
        if conn.transport.driver_type == "redis":
            _redis_details(channel, settings.queue, out)
            return
        out.workers = consumers
    _inspect_in_flight(app, settings.queue, out, inspect_timeout)


def _redis_details(channel, queue: str, out: Status) -> None:
    client = channel.client
    sample = [_message_documents(raw) for raw in client.lrange(queue, 0, SAMPLE - 1)]
    known = [n for n in sample if n is not None]
    if out.queued_batches and known:
        mean = sum(known) / len(known)
        out.queued_documents_exact = len(known) == out.queued_batches
        out.queued_documents = sum(known) if out.queued_documents_exact else round(mean * out.queued_batches)
    elif out.queued_batches == 0:
        out.queued_documents = 0
    batches = documents = 0
    for raw in client.hvals(channel.unacked_key):
        try:
            message, _exchange, routing_key = json.loads(raw)
        except (ValueError, TypeError):
            continue
        if routing_key != queue and message.get("properties", {}).get("delivery_info", {}).get(
                "routing_key") != queue:
            continue
        batches += 1
        documents += _header_documents(message) or 0
    # taken from the queue and not yet recorded in ``unacked``, or held by a
    # worker that died, until another worker's sweep returns them
    for inflight_key, queue_key in client.hgetall(INFLIGHT_LISTS).items():
        if queue_key.decode(errors="replace") == queue:
            for raw in client.lrange(inflight_key, 0, -1):
                batches += 1
                documents += _message_documents(raw) or 0
    out.in_flight_batches, out.in_flight_documents = batches, documents


def _message_documents(raw: bytes) -> int | None:
    try:
        return _header_documents(json.loads(raw))
    except (ValueError, TypeError):
        return None


def _header_documents(message: dict) -> int | None:
    match = _DOCUMENTS.match(str(message.get("headers", {}).get("argsrepr", "")))
    return int(match.group(1)) if match else None


def _inspect_in_flight(app, queue: str, out: Status, timeout: float) -> None:
    inspect = app.control.inspect(timeout=timeout)
    replies = [inspect.active(safe=True) or {}, inspect.reserved(safe=True) or {}]
    batches = documents = 0
    workers = set()
    for reply in replies:
        for worker, tasks in reply.items():
            workers.add(worker)
            for task in tasks:
                if task.get("delivery_info", {}).get("routing_key") not in (queue, None):
                    continue
                batches += 1
                match = _DOCUMENTS.match(str(task.get("args", "")))
                documents += int(match.group(1)) if match else 0
    out.in_flight_batches, out.in_flight_documents = batches, documents


# --- presentation --------------------------------------------------------------

def render(s: Status) -> str:
    """The status as the lines ``ingest status`` prints."""
    def n(value: int | None) -> str:
        return "?" if value is None else f"{value:,}"

    queued_docs = ""
    if s.queued_documents is not None:
        queued_docs = f" ({'' if s.queued_documents_exact else '~'}{s.queued_documents:,} documents)"
    in_flight_docs = f" ({s.in_flight_documents:,} documents)" if s.in_flight_documents is not None else ""
    rate = "?" if s.rate_per_second is None else f"{s.rate_per_second:,.1f}/s"
    lines = [
        f"{s.at.astimezone():%Y-%m-%d %H:%M:%S}",
        f"queue '{s.queue}' on {s.broker}",
        f"  queued        {n(s.queued_batches)} batches{queued_docs}",
        f"  in flight     {n(s.in_flight_batches)} batches{in_flight_docs}",
    ]
    if s.workers is not None:
        lines.append(f"  workers       {s.workers:,}")
    lines += [
        f"store '{s.db}' on {s.store}",
        f"  documents     {n(s.documents)}",
        f"  failures      {n(s.failures)}",
        f"  last minute   {n(s.stored_last_minute)} stored ({rate}), {n(s.failed_last_minute)} failed",
    ]
    lines += [f"unavailable: {e}" for e in s.errors]
    return "\n".join(lines)


def watch(settings: Settings, every: float, show: Callable[[Status], None],
          stop: Callable[[], bool] = lambda: False) -> None:
    """Call ``show`` with a fresh status every ``every`` seconds until ``stop``."""
    store = Store.connect(settings.mongo_uri, settings.db, min(settings.mongo_timeout_ms, 3000))
    try:
        while not stop():
            started = time.monotonic()
            show(status(settings, store=store))
            time.sleep(max(0.0, every - (time.monotonic() - started)))
    finally:
        store.close()
