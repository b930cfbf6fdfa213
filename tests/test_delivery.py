"""worker/delivery.py in process (mongomock, and the nx-27017 store for a real
store error): whatever goes wrong in a batch, each of its documents ends
stored or recorded in ``failures``; a redelivered batch is tried one document
at a time and a document that keeps killing its worker is dead-lettered."""
from __future__ import annotations

import dataclasses

import pytest
from celery.exceptions import SoftTimeLimitExceeded
from pymongo.errors import OperationFailure

from worker import delivery
from worker.celery_app import celery_config
from worker.config import Settings
from worker.envelope import make_envelope
from worker.pipeline import prepare_one as real_prepare_one
from worker.store import Store
from worker.tasks import backoff

PAGE = ("A headline about things number {n}\n\nThe first paragraph of the article number {n} says "
        "what happened, and it says so at some length.\n\nThe second paragraph adds what it means "
        "for the people who were there.")
SETTINGS = Settings(max_attempts=2)


def batch(n=5):
    return [make_envelope({"id": f"d{i}", "text": PAGE.format(n=i)}, max_bytes=1 << 20) for i in range(n)]


def run(envelopes, store, redelivered=False, settings=SETTINGS):
    resubmitted = []
    result = delivery.deliver(envelopes, store, settings, redelivered=redelivered,
                              resubmit=resubmitted.append)
    return result, resubmitted


def test_a_store_error_other_than_an_outage_fails_only_its_document(store):
    """As MongoDB refuses a document over 16 MB (nx-27017, the test store,
    takes any size, so the refusal is simulated), twice: the document, then
    its failure record with the same raw input."""
    class Refuses(Store):
        def write(self, documents, envelopes, failures=()):
            if any(d["_id"] == "d2" for d in documents):
                raise OperationFailure("BSONObj size is invalid", code=10334)
            return super().write(documents, envelopes, failures)

        def record_failures(self, failures):
            if any(isinstance(f.envelope, dict) and "content" in f.envelope and f.id == "d2"
                   for f in failures):
                raise OperationFailure("BSONObj size is invalid", code=10334)
            super().record_failures(failures)

    refusing = Refuses(store.db)
    envelopes = batch()
    result, _ = run(envelopes, refusing)
    assert sorted(result.stored) == ["d0", "d1", "d3", "d4"] and result.failed == ["d2"]
    failure = refusing.get_failure("d2")
    assert failure["stage"] == "store" and "BSONObj size is invalid" in failure["error"]
    assert "raw input not kept" in failure["error"] and "OperationFailure" in failure["traceback"]
    assert failure["raw"] == {"id": "d2", "format": "text", "source": envelopes[2]["source"],
                              "submitted_at": envelopes[2]["submitted_at"],
                              "content_omitted": len(envelopes[2]["content"])}
    assert refusing.outcome_counts([f"d{i}" for i in range(5)]) == (4, 1)


def test_an_unexpected_exception_records_every_document_not_done(store, monkeypatch):
    def broken(envelope, out, **kwargs):
        raise KeyError("a bug in the batch loop")
    monkeypatch.setattr(delivery, "prepare_one", broken)
    result, _ = run(batch(3), store)
    assert sorted(result.failed) == ["d0", "d1", "d2"]
    failure = store.get_failure("d1")
    assert failure["stage"] == "task" and "KeyError" in failure["error"] and failure["traceback"]
    assert failure["raw"]["content"].startswith("A headline")


def test_a_redelivered_batch_counts_each_try_and_dead_letters_at_the_limit(store):
    envelopes = batch()
    store.set_attempts("d2", 2)  # d2 was being tried, alone, when its worker died twice
    store.set_attempts("d3", 1)  # d3 was in flight once, but only beside d2
    result, _ = run(envelopes, store, redelivered=True)
    assert sorted(result.stored) == ["d0", "d1", "d3", "d4"] and result.failed == ["d2"]
    failure = store.get_failure("d2")
    assert failure["stage"] == "worker" and failure["attempts"] == 2
    assert failure["error"].startswith("worker lost 2 times while processing")
    assert failure["raw"] == envelopes[2]
    # the stored documents are no longer suspects; d2 stays one, so that a
    # later redelivery of the same batch does not try it again
    assert store.attempt_counts([e["id"] for e in envelopes]) == {"d2": 2}
    again, _ = run(envelopes, store, redelivered=True)
    assert again.failed == ["d2"] and sorted(again.unchanged) == ["d0", "d1", "d3", "d4"]
    assert store.get_failure("d2")["attempts"] == 2


def test_a_try_is_counted_before_it_starts(store, monkeypatch):
    """A worker that dies mid-document leaves that document's count raised."""
    class Died(BaseException):
        pass

    def dies_on_d1(envelope, out, **kwargs):
        if envelope["id"] == "d1":
            raise Died
        real_prepare_one(envelope, out, **kwargs)
    monkeypatch.setattr(delivery, "prepare_one", dies_on_d1)
    with pytest.raises(Died):
        run(batch(3), store, redelivered=True)
    assert store.attempt_counts(["d0", "d1", "d2"]) == {"d1": 1}
    assert store.outcome_counts(["d0", "d1", "d2"]) == (1, 0)


def test_the_soft_time_limit_stores_what_is_done_and_requeues_the_rest(store, monkeypatch):
    def slow_d2(envelope, out, **kwargs):
        if envelope["id"] == "d2":
            raise SoftTimeLimitExceeded()
        real_prepare_one(envelope, out, **kwargs)
    monkeypatch.setattr(delivery, "prepare_one", slow_d2)
    envelopes = batch()
    result, resubmitted = run(envelopes, store)
    assert sorted(result.stored) == ["d0", "d1"]
    assert resubmitted == [envelopes[2:]] and store.attempt_counts(["d2"]) == {"d2": 1}
    # the requeued rest: d2 over the limit again reaches max_attempts (2)
    result, resubmitted = run(envelopes[2:], store)
    assert result.failed == ["d2"] and resubmitted == [envelopes[3:]]
    failure = store.get_failure("d2")
    assert failure["stage"] == "time_limit" and failure["attempts"] == 2
    assert "time limit 2 times" in failure["error"]


def test_settings_refuse_a_visibility_timeout_that_would_duplicate_batches():
    with pytest.raises(ValueError, match="INGEST_VISIBILITY_TIMEOUT=300 must exceed"):
        Settings(visibility_timeout=300, task_time_limit=300)
    with pytest.raises(ValueError, match="INGEST_TASK_TIME_LIMIT \\+ INGEST_STORE_RETRY_BACKOFF_MAX"):
        Settings(visibility_timeout=100, task_time_limit=60, store_retry_backoff_max=60)
    with pytest.raises(ValueError, match="INGEST_VISIBILITY_TIMEOUT"):
        Settings.from_env({"INGEST_VISIBILITY_TIMEOUT": "200", "INGEST_TASK_TIME_LIMIT": "150"})
    Settings(visibility_timeout=100, task_time_limit=60, store_retry_backoff_max=30)


def test_celery_requeues_timed_out_batches_and_sweeps_for_dead_workers_messages():
    settings = dataclasses.replace(Settings(), unacked_restore_interval=7)
    config = celery_config(settings)
    assert config["task_acks_late"] and config["task_reject_on_worker_lost"]
    assert config["task_acks_on_timeout"] is False
    assert config["task_soft_time_limit"] < config["task_time_limit"] < settings.visibility_timeout
    options = config["broker_transport_options"]
    assert options["visibility_timeout"] == settings.visibility_timeout
    assert options["unacked_restore_interval"] == 7 and options["unacked_restore_throttle"] == 1


def test_store_retries_back_off_exponentially_with_jitter_up_to_the_cap():
    for retries in range(12):
        delay = min(10, 2 ** retries)
        waits = [backoff(retries, 10) for _ in range(200)]
        assert all(delay / 2 <= w <= delay for w in waits)
        assert len(set(waits)) > 100  # spread, so that workers do not retry in step
    assert max(backoff(50, 10) for _ in range(100)) <= 10
