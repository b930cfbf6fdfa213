"""`ingest metrics`: the numbers of `ingest status` as Prometheus scrapes them."""
from __future__ import annotations

import subprocess
import sys
import time
import urllib.request

import pytest
from prometheus_client.parser import text_string_to_metric_families

from conftest import ROOT, SEED, settings_env
from worker.producer import Submitter
from worker.services import free_port

pytestmark = pytest.mark.e2e


def scrape(url: str, timeout: float = 30) -> dict[str, float]:
    deadline = time.monotonic() + timeout
    while True:
        try:
            text = urllib.request.urlopen(url, timeout=10).read().decode()
            break
        except OSError:
            assert time.monotonic() < deadline, f"nothing answers at {url}"
            time.sleep(0.2)
    return {f"{s.name}{sorted(s.labels.items())}": s.value
            for family in text_string_to_metric_families(text) for s in family.samples}


def test_ingest_metrics_serves_the_queue_and_store_numbers(settings, live_store):
    with Submitter(settings, batch_size=2) as submitter:
        for i in range(3):
            submitter.add({"id": f"m-{i}", "text": SEED.read_text("utf-8")})
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "worker.cli", "metrics", "--port", str(port),
                               "--addr", "127.0.0.1"], cwd=ROOT, env=settings_env(settings),
                              stderr=subprocess.PIPE, text=True)
    try:
        metrics = scrape(f"http://127.0.0.1:{port}/metrics")
    finally:
        server.terminate()
        server.wait(10)
    queue, db = [("queue", settings.queue)], [("db", settings.db)]
    assert metrics[f"ingest_queued_batches{queue}"] == 2
    assert metrics[f"ingest_in_flight_batches{queue}"] == 0
    assert metrics[f"ingest_documents{db}"] == 0 and metrics[f"ingest_failures{db}"] == 0
    assert metrics[f"ingest_stored_last_minute{db}"] == 0
    assert metrics["ingest_up[('part', 'broker')]"] == 1 and metrics["ingest_up[('part', 'store')]"] == 1
