"""Delivery under faults, end to end over the real parts: worker processes
killed mid-batch, documents that kill their worker or outrun the time limit,
redelivery of a batch already stored. Faults come from worker/faults.py,
enabled only in these tests' workers (INGEST_FAULT_INJECTION=1)."""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT, SEED, settings_env, wait_until_done
from worker.producer import Submitter

pytestmark = pytest.mark.e2e

TEXT = SEED.read_text("utf-8")


@pytest.fixture
def faults(monkeypatch, tmp_path):
    monkeypatch.setenv("INGEST_FAULT_INJECTION", "1")
    monkeypatch.setenv("INGEST_FAULT_DIR", str(tmp_path))


def submit_docs(settings, n, faulty=None, batch_size=20):
    """Queue ``n`` documents doc-0 ... ; ``faulty`` maps an index to a fault."""
    faulty = faulty or {}
    with Submitter(settings, batch_size=batch_size) as submitter:
        return [submitter.add({"id": f"doc-{i}", "text": TEXT,
                               **({"metadata": {"fault": faulty[i]}} if i in faulty else {})})
                for i in range(n)]


def paused_pid(workers, timeout=60) -> int:
    deadline = time.monotonic() + timeout
    while not (found := re.search(r"fault pause pid=(\d+)", workers.logs())):
        assert time.monotonic() < deadline, workers.logs()[-3000:]
        time.sleep(0.05)
    return int(found.group(1))


def children(pid: int) -> list[int]:
    return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]


def assert_stored_once_each(live_store, workers, ids):
    """Every id stored, and written once: logged 'stored' once, or, when its
    process was killed between the write and the log line, not at all and
    then found 'unchanged' on redelivery (never written a second time)."""
    assert live_store.outcome_counts(ids) == (len(ids), 0)
    assert live_store.documents.count_documents({}) == len(ids)
    logs = workers.logs()
    stored = re.findall(r"(doc-\d+) stored", logs)
    assert len(stored) == len(set(stored)), "a document was written twice"
    unlogged = set(ids) - set(stored)
    assert unlogged <= set(re.findall(r"(doc-\d+) unchanged", logs)), "a document was never written"


def test_a_killed_worker_child_loses_nothing(settings, workers, live_store, faults):
    ids = submit_docs(settings, 200, {50: "pause_once"})
    main = workers.start(2)
    child = paused_pid(workers)
    assert child in children(main.pid)
    os.kill(child, signal.SIGKILL)  # the parent requeues its batch and forks a new child
    wait_until_done(live_store, ids, timeout=90, workers=workers)
    assert_stored_once_each(live_store, workers, ids)
    assert "WorkerLostError" in workers.logs() and "redelivered batch of 20" in workers.logs()


def test_a_killed_worker_loses_nothing_once_another_sweeps_its_messages(settings, workers, live_store,
                                                                         faults):
    """SIGKILL of the whole worker (main process and children): Redis holds
    its unacknowledged batches, running and prefetched, until the visibility
    timeout; then another worker's restore sweep queues them again."""
    import dataclasses
    settings = dataclasses.replace(settings, visibility_timeout=10, task_time_limit=6,
                                   store_retry_backoff_max=2, unacked_restore_interval=1)
    workers.settings = settings
    ids = submit_docs(settings, 200, {50: "pause_once"})
    first = workers.start(2)
    paused_pid(workers)
    for pid in [first.pid, *children(first.pid)]:
        os.kill(pid, signal.SIGKILL)
    first.wait(10)
    workers.processes.remove(first)
    held = live_store.outcome_counts(ids)[0]
    assert held < 200
    workers.start(2)
    wait_until_done(live_store, ids, timeout=90, workers=workers)
    assert_stored_once_each(live_store, workers, ids)


def test_a_document_that_kills_its_worker_is_dead_lettered_and_its_neighbours_stored(
        settings, workers, live_store, faults):
    ids = submit_docs(settings, 10, {3: "kill", 6: "raise"}, batch_size=10)
    workers.start(1, max_attempts=2)
    wait_until_done(live_store, ids, timeout=90, workers=workers)
    assert live_store.outcome_counts(ids) == (8, 2)
    poison = live_store.get_failure("doc-3")
    assert poison["stage"] == "worker" and poison["attempts"] == 2
    assert poison["error"].startswith("worker lost 2 times while processing")
    assert poison["raw"]["metadata"] == {"fault": "kill"} and live_store.get("doc-3") is None
    cleaner_bug = live_store.get_failure("doc-6")
    assert cleaner_bug["stage"] == "clean" and "injected cleaner fault" in cleaner_bug["error"]
    assert "RuntimeError" in cleaner_bug["traceback"]
    # tried in the batch, then alone twice: three deaths, no more
    assert workers.logs().count("exited with 'signal 9 (SIGKILL)'") == 3
    # and `ingest failures` shows it under its stage
    listed = subprocess.run([sys.executable, "-m", "worker.cli", "failures", "--stage", "worker"], cwd=ROOT,
                            env=settings_env(settings), capture_output=True, text=True, timeout=120)
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.startswith("doc-3  worker  attempts 2") and listed.stdout.count("\n") == 1


def test_time_limits_never_drop_a_batch(settings, workers, live_store, faults):
    """A document that outlives the soft limit (Python code) and one that
    only the hard limit stops (stuck where no signal handler runs) are both
    tried max_attempts times and recorded; their neighbours are stored."""
    import dataclasses
    settings = dataclasses.replace(settings, task_time_limit=3, store_retry_backoff_max=2)
    workers.settings = settings
    ids = submit_docs(settings, 10, {2: "sleep", 7: "hang"}, batch_size=10)
    workers.start(1, max_attempts=2)
    wait_until_done(live_store, ids, timeout=120, workers=workers)
    assert live_store.outcome_counts(ids) == (8, 2)
    slow = live_store.get_failure("doc-2")
    assert slow["stage"] == "time_limit" and slow["attempts"] == 2, slow
    hung = live_store.get_failure("doc-7")
    assert hung["stage"] == "worker" and hung["attempts"] == 2, hung
    assert "Hard time limit (3s) exceeded" in workers.logs()


def test_a_redelivered_batch_already_stored_is_not_rewritten(settings, workers, live_store, faults):
    """The worker dies after storing a batch but before acknowledging it: the
    batch comes again and every document is found unchanged."""
    ids = submit_docs(settings, 10, {4: "kill_after_write_once"}, batch_size=10)
    workers.start(1)
    wait_until_done(live_store, ids, timeout=60, workers=workers)
    first = {d["_id"]: d["ingested_at"] for d in live_store.documents.find({}, {"ingested_at": 1})}
    deadline = time.monotonic() + 60
    while workers.logs().count(" unchanged") < 10:
        assert time.monotonic() < deadline, workers.logs()[-3000:]
        time.sleep(0.1)
    assert "redelivered batch of 10" in workers.logs()
    assert {d["_id"]: d["ingested_at"] for d in live_store.documents.find({}, {"ingested_at": 1})} == first
    assert_stored_once_each(live_store, workers, ids)


def test_a_worker_killed_between_fetch_and_record_loses_nothing(settings, workers, live_store, faults,
                                                                monkeypatch):
    """The whole worker command dies right after taking a batch from Redis,
    before recording it as unacknowledged (kombu's BRPOP lost it there): the
    batch waits in the dead worker's in-flight list, and another worker's
    sweep returns it once the dead one's heartbeat has expired."""
    import dataclasses

    import redis

    from worker.redis_transport import INFLIGHT_LISTS
    if not settings.broker_url.startswith("redis://"):
        pytest.skip("RabbitMQ records a delivery itself")
    settings = dataclasses.replace(settings, unacked_restore_interval=1)  # heartbeat TTL 5 s
    workers.settings = settings
    ids = submit_docs(settings, 100)
    monkeypatch.setenv("INGEST_FAULT_KILL_AFTER_FETCH", "1")
    first = workers.start(1)
    assert first.wait(60) == -signal.SIGKILL, workers.logs()[-3000:]
    workers.processes.remove(first)
    client = redis.Redis.from_url(settings.broker_url)
    [inflight] = [k for k, q in client.hgetall(INFLIGHT_LISTS).items() if q == settings.queue.encode()]
    assert client.llen(inflight) == 1 and client.llen(settings.queue) == 4
    assert live_store.outcome_counts(ids) == (0, 0)
    workers.start(1)
    wait_until_done(live_store, ids, timeout=90, workers=workers)
    assert_stored_once_each(live_store, workers, ids)
    assert "returned 1 message(s) of dead consumer" in workers.logs()
    assert not client.exists(inflight)
