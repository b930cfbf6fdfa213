"""The batch task's behaviour while the store is down (no broker needed)."""
from __future__ import annotations

import dataclasses

import pytest

from worker import tasks
from worker.store import StoreUnavailable, WriteResult


@pytest.fixture
def task(monkeypatch):
    sleeps: list[float] = []
    monkeypatch.setattr(tasks.time, "sleep", sleeps.append)
    monkeypatch.setattr(tasks, "store_for", lambda settings: None)
    app = tasks.ingest_batch.app
    monkeypatch.setitem(app.conf, "ingest_settings", dataclasses.replace(
        app.conf.ingest_settings, task_time_limit=300, store_retry_backoff_max=8, mongo_timeout_ms=100))
    return sleeps


def test_a_short_outage_is_waited_out_inside_the_task(task, monkeypatch):
    """The batch keeps its message and tries again in place, rather than going
    back through the broker (a trip kombu's BRPOP could lose the message on,
    before worker/redis_transport.py)."""
    calls = iter([StoreUnavailable("down"), StoreUnavailable("down"), WriteResult(stored=["a"])])

    def deliver(envelopes, store, settings, *, redelivered, resubmit):
        outcome = next(calls)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    monkeypatch.setattr(tasks, "deliver", deliver)
    assert tasks.ingest_batch([{"id": "a"}]) == {"stored": 1, "unchanged": 0, "failed": 0}
    assert len(task) == 2 and all(0 < s <= 8 for s in task)


def test_a_long_outage_goes_back_to_the_broker_before_the_time_limit(task, monkeypatch):
    app = tasks.ingest_batch.app
    monkeypatch.setitem(app.conf, "ingest_settings",
                        dataclasses.replace(app.conf.ingest_settings, task_time_limit=1))

    def deliver(envelopes, store, settings, *, redelivered, resubmit):
        raise StoreUnavailable("down")

    monkeypatch.setattr(tasks, "deliver", deliver)
    with pytest.raises(StoreUnavailable):  # what Task.retry raises when called directly
        tasks.ingest_batch([{"id": "a"}])
    assert task == []
