"""The broker or the store goes away and comes back: nothing is lost, nothing
is stored twice, and a submit cut short says what it queued."""
from __future__ import annotations

import dataclasses
import re
import time

import pytest
from click.testing import CliRunner

from conftest import SEED, wait_until_done
from worker import cli as cli_module
from worker.config import env_name
from worker.producer import Submitter, submit
from worker.services import start_nx27017, start_redis
from worker.store import Store

pytestmark = pytest.mark.e2e

TEXT = SEED.read_text("utf-8")


def test_a_store_outage_mid_run_delays_but_loses_or_duplicates_nothing(settings, workers, tmp_path):
    """nx-27017 stopped in the middle of 300 documents and started again on
    the same port and data: the batches retry with backoff until it is back."""
    mongo = start_nx27017(tmp_path / "nx")
    port = int(mongo.uri.rsplit(":", 1)[1])
    settings = dataclasses.replace(settings, mongo_uri=mongo.uri, mongo_timeout_ms=1000,
                                   store_retry_backoff_max=4)
    workers.settings = settings
    with Submitter(settings, batch_size=10) as submitter:
        ids = [submitter.add({"id": f"doc-{i}", "text": TEXT}) for i in range(300)]
    store = Store.connect(settings.mongo_uri, settings.db, timeout_ms=30_000)
    workers.start(2)
    try:
        deadline = time.monotonic() + 90
        while store.outcome_counts(ids)[0] < 30:
            assert time.monotonic() < deadline, workers.logs()[-3000:]
            time.sleep(0.05)
        mongo.stop()
        time.sleep(3)  # batches fail against the dead store and wait to retry
        mongo = start_nx27017(tmp_path / "nx", port=port)
        assert store.outcome_counts(ids)[0] < 300, "the outage came too late to prove anything"
        wait_until_done(store, ids, timeout=120, workers=workers)
        assert store.outcome_counts(ids) == (300, 0)
        assert store.documents.count_documents({}) == 300
    finally:
        workers.stop_all()
        store.close()
        mongo.stop()
    logs = workers.logs()
    # a batch waits out a short outage in place (worker/tasks.py), a longer one as a retry
    assert re.search(r"Retry in \d+(\.\d+)?s: StoreUnavailable|store unavailable .*trying batch again in",
                     logs), logs[-3000:]
    stored = re.findall(r"(doc-\d+) stored", logs)
    # a batch cut off mid-write is found unchanged on its retry: never written twice
    assert len(stored) == len(set(stored))
    done = set(stored) | set(re.findall(r"(doc-\d+) unchanged", logs))
    assert done == set(ids)


def test_a_worker_reconnects_when_redis_comes_back(settings, workers, live_store, tmp_path):
    redis = start_redis(tmp_path / "redis")
    port = int(redis.uri.rsplit(":", 1)[1].split("/")[0])
    settings = dataclasses.replace(settings, broker_url=redis.uri)
    workers.settings = settings
    try:
        workers.start(1)
        first = submit(text=TEXT, id="before", settings=settings)
        wait_until_done(live_store, [first], workers=workers)
        redis.process.kill()  # gone at once, its queue with it (no persistence)
        redis.process.wait()
        time.sleep(2)
        redis = start_redis(tmp_path / "redis", port=port)
        with Submitter(settings, batch_size=5) as submitter:
            ids = [submitter.add({"id": f"after-{i}", "text": TEXT}) for i in range(10)]
        wait_until_done(live_store, ids, timeout=90, workers=workers)
        assert live_store.outcome_counts(ids) == (10, 0)
    finally:
        workers.stop_all()
        redis.stop()


def test_a_submit_cut_short_by_the_broker_says_what_it_queued(settings, tmp_path, monkeypatch):
    """The broker dies while `ingest submit` is sending its third and last batch: the
    first two are queued, whole, and the command names the last input in them."""
    redis = start_redis(tmp_path / "redis")
    settings = dataclasses.replace(settings, broker_url=redis.uri)
    for field in dataclasses.fields(settings):
        monkeypatch.setenv(env_name(field.name), str(getattr(settings, field.name)))
    lines = tmp_path / "batch.jsonl"
    lines.write_text("".join(f'{{"id": "doc-{i}", "text": "Headline {i}\\n\\nA paragraph."}}\n'
                             for i in range(250)))
    real_flush, flushes = Submitter.flush, []

    def flush_then_lose_the_broker(self):
        flushes.append(len(self._batch))
        if len(flushes) == 3:
            redis.stop()
        real_flush(self)
    monkeypatch.setattr(Submitter, "flush", flush_then_lose_the_broker)
    try:
        started = time.monotonic()
        result = CliRunner().invoke(cli_module.cli, ["submit", "--batch-size", "100", str(lines)])
        took = time.monotonic() - started
    finally:
        redis.stop()
    assert result.exit_code == 2, result.output
    assert "error: the broker refused a batch of 50 documents" in result.output
    assert (f"queued 200 documents before the failure: the first 200 accepted inputs, up to and "
            f"including {lines}:200;") in result.output
    assert took < 30, "a dead broker must fail the submit in seconds, not hang"
