"""Prometheus metrics of a running ingest, served by ``ingest metrics``.

Flower's ``/metrics`` counts Celery tasks, that is batches, per worker. These
are the document-level numbers of ``ingest status`` (:mod:`worker.monitor`),
read afresh from the broker and the store at each scrape:

    ingest_queued_batches / ingest_queued_documents        waiting in the queue
    ingest_in_flight_batches / ingest_in_flight_documents  delivered, not acknowledged
    ingest_documents / ingest_failures                     held by the store
    ingest_stored_last_minute / ingest_failed_last_minute  the recent rate (x 1/60 per second)
    ingest_up{part="broker"|"store"}                       1 when that part answered
"""
from __future__ import annotations

import time
from collections.abc import Iterator

from prometheus_client import CollectorRegistry, start_http_server
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

from .config import Settings
from .monitor import Status, status
from .store import Store

DEFAULT_PORT = 9808


class StatusCollector(Collector):
    """Turns one :func:`worker.monitor.status` per scrape into gauges."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.store = Store.connect(settings.mongo_uri, settings.db, min(settings.mongo_timeout_ms, 3000))

    def collect(self) -> Iterator[GaugeMetricFamily]:
        started = time.perf_counter()
        s = status(self.settings, store=self.store)
        yield from families(s)
        scrape = GaugeMetricFamily("ingest_scrape_seconds", "Time taken to read the numbers")
        scrape.add_metric([], time.perf_counter() - started)
        yield scrape


def families(s: Status) -> Iterator[GaugeMetricFamily]:
    queue, db = [s.queue], [s.db]
    for name, help_text, labels, label_values, value in (
        ("ingest_queued_batches", "Messages (batches of documents) waiting in the queue", ["queue"], queue,
         s.queued_batches),
        ("ingest_queued_documents", "Documents in the waiting messages (estimated past 200 messages)",
         ["queue"], queue, s.queued_documents),
        ("ingest_in_flight_batches", "Messages delivered to workers and not acknowledged", ["queue"], queue,
         s.in_flight_batches),
        ("ingest_in_flight_documents", "Documents in the messages in flight", ["queue"], queue,
         s.in_flight_documents),
        ("ingest_documents", "Documents in the documents collection", ["db"], db, s.documents),
        ("ingest_failures", "Records in the failures collection", ["db"], db, s.failures),
        ("ingest_stored_last_minute", "Documents whose ingested_at is in the last 60 s", ["db"], db,
         s.stored_last_minute),
        ("ingest_failed_last_minute", "Failure records written in the last 60 s", ["db"], db,
         s.failed_last_minute),
    ):
        if value is None:
            continue
        family = GaugeMetricFamily(name, help_text, labels=labels)
        family.add_metric(label_values, value)
        yield family
    up = GaugeMetricFamily("ingest_up", "1 when the broker or the store answered the last scrape",
                           labels=["part"])
    for part in ("broker", "store"):
        up.add_metric([part], 0 if any(e.startswith(part) for e in s.errors) else 1)
    yield up


def serve(settings: Settings | None = None, *, port: int = DEFAULT_PORT, addr: str = "0.0.0.0"):
    """Serve ``/metrics`` on ``addr:port`` from a background thread; returns
    the server (``server.shutdown()`` stops it)."""
    registry = CollectorRegistry(auto_describe=False)
    registry.register(StatusCollector(settings or Settings.from_env()))
    server, _thread = start_http_server(port, addr=addr, registry=registry)
    return server
