"""The MongoDB store: every collection, index, validator and query of doc-ingest.

Collections (database ``INGEST_DB``):

- ``documents``: one normalised document per input (``schemas/document.schema.json``);
- ``raw``: the envelope each document was made from, to clean it again later;
- ``failures``: inputs that could not be ingested, with their raw envelope,
  the error, the traceback and the number of attempts;
- ``attempts``: for a document of a redelivered batch, how many tries ended
  with its worker process lost or over the time limit (``worker/delivery.py``);
  removed once the document is stored.

Every write is an idempotent upsert keyed by the document id, so a redelivered
batch changes nothing, and a document whose content and origin are unchanged
is not rewritten.
"""
from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import pymongo
from pymongo import ASCENDING, DESCENDING, TEXT, DeleteOne, IndexModel, UpdateOne
from pymongo.errors import BulkWriteError, CollectionInvalid, ConnectionFailure, OperationFailure

from . import schemas
from .version import PIPELINE_VERSION

log = logging.getLogger(__name__)

DOCUMENTS, RAW, FAILURES, ATTEMPTS = "documents", "raw", "failures", "attempts"

INDEXES: dict[str, list[IndexModel]] = {
    DOCUMENTS: [
        IndexModel([("url", ASCENDING)], name="url"),
        IndexModel([("content_hash", ASCENDING)], name="content_hash"),
        IndexModel([("ingested_at", DESCENDING)], name="ingested_at"),
        IndexModel([("source.name", ASCENDING), ("ingested_at", DESCENDING)], name="source_name"),
        IndexModel([("pipeline_version", ASCENDING)], name="pipeline_version"),
        IndexModel([("title", TEXT), ("body", TEXT)], name="text",
                   weights={"title": 10, "body": 1}, default_language="none"),
    ],
    RAW: [IndexModel([("submitted_at", ASCENDING)], name="submitted_at")],
    FAILURES: [IndexModel([("last_failed_at", DESCENDING)], name="last_failed_at")],
}

#: the fields that, with the content hash, decide whether a document changed;
#: the rest of the document follows from the content and the pipeline version
_IDENTITY = ("content_hash", "pipeline_version", "source", "metadata", "format")


class StoreUnavailable(Exception):
    """MongoDB did not answer; the work can be tried again later."""


class InvalidDocument(ValueError):
    """A document that does not match the document schema."""


@dataclass(frozen=True)
class Failure:
    """An input that could not be ingested."""

    id: str
    envelope: Any
    stage: str
    error: str
    traceback: str | None = None
    #: the number of attempts to record; None adds one to the record's count
    attempts: int | None = None


@dataclass
class WriteResult:
    stored: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)


class Store:
    def __init__(self, database: pymongo.database.Database):
        self.db = database
        self.documents = database[DOCUMENTS]
        self.raw = database[RAW]
        self.failures = database[FAILURES]
        self.attempts = database[ATTEMPTS]

    @classmethod
    def connect(cls, uri: str, db: str, timeout_ms: int = 5000) -> Store:
        client = pymongo.MongoClient(uri, serverSelectionTimeoutMS=timeout_ms, tz_aware=True,
                                     appname="doc-ingest")
        return cls(client[db])

    def close(self) -> None:
        self.db.client.close()

    # --- schema -----------------------------------------------------------

    def ensure_schema(self) -> None:
        """Create the collections, the validator and the indexes (idempotent)."""
        with _translate_outage():
            self._apply_validator()
            for name, indexes in INDEXES.items():
                self._create_indexes(self.db[name], indexes)

    @staticmethod
    def _create_indexes(collection, indexes: list[IndexModel]) -> None:
        """Create the indexes; one that the server refuses is logged, not
        raised, so that a worker still stores documents. nx-27017 refuses to
        build its text index again over existing documents, so every worker
        started on a non-empty store failed each batch it took."""
        try:
            collection.create_indexes(indexes)
        except OperationFailure:
            for index in indexes:
                try:
                    collection.create_indexes([index])
                except OperationFailure as exc:
                    log.warning("index %s.%s not created: %s", collection.name, index.document["name"], exc)

    def _apply_validator(self) -> None:
        validator = schemas.mongo_validator("document")
        try:
            try:
                self.db.create_collection(DOCUMENTS, validator=validator,
                                          validationLevel="strict", validationAction="error")
            except CollectionInvalid:
                self.db.command({"collMod": DOCUMENTS, "validator": validator,
                                 "validationLevel": "strict", "validationAction": "error"})
        except (NotImplementedError, TypeError, OperationFailure) as exc:
            log.warning("this MongoDB server does not take $jsonSchema validators (%s); "
                        "documents are still checked in code before every write", exc)

    # --- writes -----------------------------------------------------------

    def write(self, documents: Sequence[dict[str, Any]], envelopes: dict[str, dict[str, Any]],
              failures: Sequence[Failure] = ()) -> WriteResult:
        """Store a batch: for each new or changed document its raw envelope, then
        the document; record the failures. Documents that break the schema are
        recorded as failures instead. Raises :class:`StoreUnavailable`."""
        result = WriteResult()
        failures = list(failures)
        valid = []
        for doc in documents:
            error = schemas.document_errors(doc)
            if error:
                failures.append(Failure(doc["_id"], envelopes.get(doc["_id"]), "schema",
                                        f"cleaned document breaks the schema: {error}"))
            else:
                valid.append(doc)
        with _translate_outage():
            current = self._identities([d["_id"] for d in valid])
            changed = []
            for doc in valid:
                if current.get(doc["_id"]) == _identity(doc):
                    result.unchanged.append(doc["_id"])
                else:
                    changed.append(doc)
            if changed:
                self._bulk(self.raw, [_upsert(d["_id"], _raw_record(envelopes[d["_id"]]))
                                      for d in changed])
                self._bulk(self.documents, [_upsert(d["_id"], d) for d in changed])
            result.stored = [d["_id"] for d in changed]
            done = result.stored + result.unchanged
            if done:
                self._bulk(self.failures, [DeleteOne({"_id": i}) for i in done])
            if failures:
                self._bulk(self.failures, [_failure_upsert(f) for f in failures])
            result.failed = [f.id for f in failures]
            if done or failures:  # tried to the end: no longer a suspect (worker/delivery.py)
                self._bulk(self.attempts, [DeleteOne({"_id": i}) for i in done + result.failed])
        return result

    def _identities(self, ids: list[str]) -> dict[str, tuple]:
        if not ids:
            return {}
        fields = {k: 1 for k in _IDENTITY}
        return {d["_id"]: _identity(d) for d in self.documents.find({"_id": {"$in": ids}}, fields)}

    @staticmethod
    def _bulk(collection, requests: list) -> None:
        try:
            collection.bulk_write(requests, ordered=False)
        except BulkWriteError as exc:
            duplicates = [e for e in exc.details.get("writeErrors", []) if e.get("code") == 11000]
            if len(duplicates) != len(exc.details.get("writeErrors", [])):
                raise
            # two writers upserted the same new id at once: the loser retries as an update
            collection.bulk_write([requests[e["index"]] for e in duplicates], ordered=False)

    def record_failures(self, failures: Iterable[Failure]) -> None:
        requests = [_failure_upsert(f) for f in failures]
        if requests:
            with _translate_outage():
                self._bulk(self.failures, requests)

    # --- attempt counts (worker/delivery.py) -------------------------------

    def attempt_counts(self, ids: Sequence[str]) -> dict[str, int]:
        """The failed tries counted so far for each of ``ids`` that has any."""
        with _translate_outage():
            return {d["_id"]: d["n"] for d in self.attempts.find({"_id": {"$in": list(ids)}})}

    def set_attempts(self, doc_id: str, n: int) -> None:
        with _translate_outage():
            self.attempts.update_one({"_id": doc_id}, {"$set": {"n": n, "at": datetime.now(UTC)}},
                                     upsert=True)

    def add_attempt(self, doc_id: str) -> int:
        """Count one more failed try of ``doc_id``; returns the new count."""
        with _translate_outage():
            record = self.attempts.find_one_and_update(
                {"_id": doc_id}, {"$inc": {"n": 1}, "$set": {"at": datetime.now(UTC)}},
                upsert=True, return_document=pymongo.ReturnDocument.AFTER)
        return record["n"]

    # --- reads ------------------------------------------------------------

    def get(self, doc_id: str) -> dict[str, Any] | None:
        with _translate_outage():
            return self.documents.find_one({"_id": doc_id})

    def get_raw(self, doc_id: str) -> dict[str, Any] | None:
        with _translate_outage():
            return self.raw.find_one({"_id": doc_id})

    def get_failure(self, doc_id: str) -> dict[str, Any] | None:
        with _translate_outage():
            return self.failures.find_one({"_id": doc_id})

    def outcome_counts(self, ids: Sequence[str]) -> tuple[int, int]:
        """How many of ``ids`` are stored, and how many recorded as failed."""
        with _translate_outage():
            stored = self.documents.count_documents({"_id": {"$in": list(ids)}})
            failed = self.failures.count_documents({"_id": {"$in": list(ids)}})
        return stored, failed

    def counts(self) -> dict[str, int]:
        with _translate_outage():
            return {name: self.db[name].estimated_document_count()
                    for name in (DOCUMENTS, RAW, FAILURES)}

    def status_counts(self, since: datetime) -> dict[str, int]:
        """For ``ingest status``: the size of each collection, and the documents
        stored and failures recorded since ``since`` (counts on the
        ``ingested_at`` and ``last_failed_at`` indexes)."""
        with _translate_outage():
            out = {name: self.db[name].estimated_document_count() for name in (DOCUMENTS, RAW, FAILURES)}
            out["stored_since"] = self.documents.count_documents({"ingested_at": {"$gte": since}})
            out["failed_since"] = self.failures.count_documents({"last_failed_at": {"$gte": since}})
        return out

    def ping(self) -> bool:
        try:
            self.db.client.admin.command("ping")
            return True
        except (ConnectionFailure, OperationFailure):
            return False


def _identity(doc: dict[str, Any]) -> tuple:
    return tuple(doc.get(k) for k in _IDENTITY)


def _upsert(doc_id: str, record: dict[str, Any]) -> UpdateOne:
    fields = {k: v for k, v in record.items() if k != "_id"}
    return UpdateOne({"_id": doc_id}, {"$set": fields}, upsert=True)


def _raw_record(envelope: dict[str, Any]) -> dict[str, Any]:
    record = {k: v for k, v in envelope.items() if k != "id"}
    record["submitted_at"] = datetime.fromisoformat(envelope["submitted_at"])
    return record


def _failure_upsert(failure: Failure) -> UpdateOne:
    now = datetime.now(UTC)
    fields = {"raw": failure.envelope, "stage": failure.stage, "error": failure.error,
              "traceback": failure.traceback, "last_failed_at": now,
              "pipeline_version": PIPELINE_VERSION}
    update: dict[str, Any] = {"$set": fields, "$setOnInsert": {"first_failed_at": now}}
    if failure.attempts is None:
        update["$inc"] = {"attempts": 1}
    else:
        fields["attempts"] = failure.attempts
    return UpdateOne({"_id": failure.id}, update, upsert=True)


@contextmanager
def _translate_outage():
    """Turn pymongo's connection errors into :class:`StoreUnavailable`."""
    try:
        yield
    except ConnectionFailure as exc:
        raise StoreUnavailable(str(exc)) from exc
