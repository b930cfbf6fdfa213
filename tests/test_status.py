"""`ingest status` and `worker.status()` during a run, on the real broker,
workers and store."""
from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest

import worker
from conftest import ROOT, SEED, settings_env, wait_until_done
from worker.producer import Submitter
from worker.services import free_port

pytestmark = pytest.mark.e2e


def queue(settings, count, batch_size, tag="doc"):
    text = SEED.read_text("utf-8")
    with Submitter(settings, batch_size=batch_size) as submitter:
        return [submitter.add({"id": f"{tag}-{i}", "text": text}) for i in range(count)]


def test_status_follows_a_run_from_queued_to_stored(settings, workers, live_store):
    ids = queue(settings, 600, batch_size=50)
    before = worker.status(settings)
    assert before.errors == []
    assert before.queued_batches == 12 and before.in_flight_batches == 0
    if before.queued_documents is not None:  # Redis; AMQP cannot peek at waiting messages
        assert before.queued_documents == 600
    assert before.documents == 0 and before.stored_last_minute == 0

    workers.start(concurrency=1)
    seen = []
    deadline = time.monotonic() + 120
    while live_store.outcome_counts(ids) != (600, 0):
        now = worker.status(settings)
        seen.append((now.queued_batches, now.in_flight_batches, now.in_flight_documents))
        assert time.monotonic() < deadline, workers.logs()[-3000:]
    assert any(0 < queued < 12 and batches >= 1 and docs >= 50 for queued, batches, docs in seen), seen

    # a batch is acknowledged after its documents are stored: the last may still be in flight
    after = worker.status(settings)
    while after.in_flight_batches and time.monotonic() < deadline:
        time.sleep(0.05)
        after = worker.status(settings)
    assert (after.queued_batches, after.in_flight_batches) == (0, 0)
    assert after.documents == 600 and after.failures == 0
    assert after.stored_last_minute == 600 and after.rate_per_second == 10.0


def test_ingest_status_prints_the_numbers_and_watches(settings, workers, live_store):
    ids = queue(settings, 4, batch_size=2)
    workers.start()
    wait_until_done(live_store, ids, workers=workers)
    submit_failure = {"text": "Home\nNews\nShare"}
    with Submitter(settings) as submitter:
        ids.append(submitter.add(submit_failure))
    wait_until_done(live_store, ids, workers=workers)

    env = settings_env(settings)
    done = subprocess.run([sys.executable, "-m", "worker.cli", "status"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert f"queue '{settings.queue}'" in done.stdout
    assert "documents     4" in done.stdout and "failures      1" in done.stdout
    assert "last minute   4 stored (0.1/s), 1 failed" in done.stdout

    watching = subprocess.Popen([sys.executable, "-m", "worker.cli", "status", "--watch", "0.5", "--json"],
                                cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
    frames = []
    try:
        for line in watching.stdout:
            frames.append(json.loads(line))
            if len(frames) == 2:
                break
    finally:
        watching.terminate()
        watching.communicate(timeout=30)
    assert len(frames) == 2 and all(f["documents"] == 4 and f["queued_batches"] == 0 for f in frames)


def test_status_says_what_cannot_be_reached(settings):
    env = settings_env(settings)
    env["INGEST_MONGO_URI"] = f"mongodb://127.0.0.1:{free_port()}/?serverSelectionTimeoutMS=500"
    env["INGEST_MONGO_TIMEOUT_MS"] = "500"
    done = subprocess.run([sys.executable, "-m", "worker.cli", "status"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "documents     ?" in done.stdout and "unavailable: store: 127.0.0.1:" in done.stdout
