"""Graceful shutdown: SIGTERM lets a worker finish the batches it is running
and hands the ones it only prefetched back to the queue; nothing is lost and
nothing is stored twice."""
from __future__ import annotations

import re
import signal
import time

import pytest

import worker
from conftest import SEED, wait_until_done
from worker.producer import Submitter

pytestmark = pytest.mark.e2e


def test_sigterm_finishes_running_batches_and_returns_the_rest(settings, workers, live_store):
    text = SEED.read_text("utf-8")
    with Submitter(settings, batch_size=40) as submitter:
        ids = [submitter.add({"id": f"doc-{i}", "text": text}) for i in range(800)]
    # 2 batches running and 6 prefetched, waiting in the worker
    first = workers.start(2, "--prefetch-multiplier", "4")
    deadline = time.monotonic() + 60
    while live_store.outcome_counts(ids)[0] < 40:  # a batch is done, others running and prefetched
        assert time.monotonic() < deadline and first.poll() is None, workers.logs()[-3000:]
        time.sleep(0.05)
    first.send_signal(signal.SIGTERM)
    assert first.wait(60) == 0, workers.logs()[-3000:]
    workers.processes.remove(first)  # gone on purpose; its log stays
    stored_by_first = live_store.outcome_counts(ids)[0]
    assert 40 <= stored_by_first < 800, "the shutdown came too late to prove anything"
    assert stored_by_first % 40 == 0, "a batch was cut off half-way"
    back = worker.status(settings)
    # every batch not finished is back in the queue (one caught mid-hand-over
    # to a child may be both: finished, and back to be found unchanged)
    assert back.in_flight_batches == 0 and back.queued_batches * 40 >= 800 - stored_by_first

    workers.start(concurrency=2)
    wait_until_done(live_store, ids, timeout=120, workers=workers)
    assert live_store.outcome_counts(ids) == (800, 0)
    stored_lines = re.findall(r"(doc-\d+) stored", workers.logs())
    assert sorted(stored_lines) == sorted(ids), "a document was written twice, or never"
