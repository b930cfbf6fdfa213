"""The store (on mongomock): idempotent upserts, failure records, the schema
at the door."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest

from worker.document import normalise
from worker.envelope import make_envelope
from worker.store import Failure

T0 = datetime(2026, 1, 2, tzinfo=UTC)
PAGE = ("A headline about things\n\nThe first paragraph of the article says what happened, "
        "and it says so at some length.\n\nThe second paragraph adds what it means for the people "
        "who were there.\n\nShare")


def prepared(submission=None, when=T0):
    envelope = make_envelope(submission or {"text": PAGE, "url": "https://example.com/a"},
                             max_bytes=1 << 20, submitted_at=when)
    return normalise(envelope, ingested_at=when), envelope


def test_a_new_document_is_stored_with_its_raw_input(store):
    doc, envelope = prepared()
    result = store.write([doc], {doc["_id"]: envelope})
    assert result.stored == [doc["_id"]]
    assert store.get(doc["_id"])["body"] == doc["body"]
    raw = store.get_raw(doc["_id"])
    assert raw["content"] == PAGE and raw["format"] == "text" and raw["source"]["url"] == "https://example.com/a"


def test_the_same_document_again_is_left_alone(store):
    doc, envelope = prepared()
    store.write([doc], {doc["_id"]: envelope})
    again, envelope2 = prepared(when=datetime(2026, 2, 1, tzinfo=UTC))
    result = store.write([again], {again["_id"]: envelope2})
    assert result.unchanged == [doc["_id"]] and result.stored == []
    assert store.documents.count_documents({}) == 1
    assert store.get(doc["_id"])["ingested_at"] == T0


def test_a_changed_document_replaces_the_old_version(store):
    doc, envelope = prepared()
    store.write([doc], {doc["_id"]: envelope})
    changed, envelope2 = prepared({"text": PAGE.replace("some length", "great length"),
                                   "url": "https://example.com/a", "metadata": {"v": 2}})
    assert changed["_id"] == doc["_id"]
    assert store.write([changed], {changed["_id"]: envelope2}).stored == [doc["_id"]]
    stored = store.get(doc["_id"])
    assert "great length" in stored["body"] and stored["metadata"] == {"v": 2}
    assert store.documents.count_documents({}) == 1 and store.raw.count_documents({}) == 1


def test_failures_keep_the_raw_input_and_count_attempts(store):
    envelope = make_envelope({"text": "Menu\nShare"}, max_bytes=100)
    for _ in range(2):
        store.write([], {}, [Failure(envelope["id"], envelope, "clean", "no main text found")])
    failure = store.get_failure(envelope["id"])
    assert failure["raw"] == envelope and failure["attempts"] == 2
    assert failure["error"] == "no main text found" and failure["stage"] == "clean"
    assert failure["first_failed_at"] <= failure["last_failed_at"]


def test_a_success_clears_an_earlier_failure(store):
    doc, envelope = prepared()
    store.write([], {}, [Failure(doc["_id"], envelope, "clean", "boom")])
    store.write([doc], {doc["_id"]: envelope})
    assert store.get_failure(doc["_id"]) is None and store.outcome_counts([doc["_id"]]) == (1, 0)


def test_a_document_that_breaks_the_schema_becomes_a_failure(store):
    doc, envelope = prepared()
    doc["word_count"] = -1
    result = store.write([doc], {doc["_id"]: envelope})
    assert result.failed == [doc["_id"]] and store.get(doc["_id"]) is None
    assert "word_count" in store.get_failure(doc["_id"])["error"]


def test_indexes_for_the_documented_queries_exist(store):
    names = set(store.documents.index_information())
    assert {"url", "content_hash", "ingested_at", "text", "source_name", "pipeline_version"} <= names


@pytest.mark.e2e
def test_a_worker_can_start_on_a_store_that_already_holds_documents(live_store):
    doc, envelope = prepared()
    live_store.write([doc], {doc["_id"]: envelope})
    live_store.ensure_schema()  # as every new worker process does
    assert live_store.write([doc], {doc["_id"]: envelope}).unchanged == [doc["_id"]]
