"""The MongoDB store: every collection, index, validator and query of doc-ingest.

Collections (database ``INGEST_DB``):

- ``documents``: one normalised document per input (``schemas/document.schema.json``);
- ``raw``: the envelope each document was made from, to clean it again later;
- ``failures``: inputs that could not be ingested, with their raw envelope,
  the error, the traceback and the number of attempts;
- ``attempts``: for a document of a redelivered batch, how many tries ended
  with its worker process lost or over the time limit (``worker/delivery.py``);
  removed once the document is stored;
- ``templates``: the per-source template memory (``worker/templates.py``,
  only with ``INGEST_TEMPLATE_MEMORY``): for each line of each source, under a
  hash of both, the first documents that had it.

Every write is an idempotent upsert keyed by the document id, so a redelivered
batch changes nothing, and a document whose content and origin are unchanged
is not rewritten.
"""
from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping, Sequence
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

DOCUMENTS, RAW, FAILURES, ATTEMPTS, TEMPLATES = "documents", "raw", "failures", "attempts", "templates"
#: rounds of recording a batch's template lines: a round is needed again only
#: when another worker recorded the same new line at the same moment
_TEMPLATE_ROUNDS = 3

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
        self.templates = database[TEMPLATES]

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

    # --- template memory (worker/templates.py) ------------------------------

    def record_template_lines(self, seen: Mapping[str, tuple[str, Sequence[str]]],
                              keep: int) -> dict[str, list[str]]:
        """Record which documents had each line and return, for each, the first
        ``keep`` documents that had it, in the order they were recorded.

        ``seen`` maps a line's key to its source and the ids of the batch's
        documents that have it, in batch order. A record keeps at most
        ``keep`` ids (``$push`` with ``$slice``); an id already in it is not
        added again, so a redelivered or resubmitted document counts once.
        Reads the records before writing (a full record needs no write) and
        after (another worker may have recorded the same new line meanwhile).
        """
        keys = list(seen)
        with _translate_outage():
            firsts = self._template_records(keys)
            for _ in range(_TEMPLATE_ROUNDS):
                pushes = []
                for key in keys:
                    docs = firsts.get(key, [])
                    new = [d for d in seen[key][1] if d not in docs]
                    if new and len(docs) < keep:
                        pushes.append((key, seen[key][0], new))
                if not pushes:
                    break
                self._push_template_ids(pushes, keep)
                firsts.update(self._template_records([key for key, _, _ in pushes]))
        return firsts

    def _template_records(self, keys: list[str]) -> dict[str, list[str]]:
        if not keys:
            return {}
        return {r["_id"]: r["docs"] for r in self.templates.find({"_id": {"$in": keys}}, {"docs": 1})}

    def _push_template_ids(self, pushes: list[tuple[str, str, list[str]]], keep: int) -> None:
        """Unordered pushes. An upsert that finds its record there but not
        matching (one of its ids already in it, or just created by another
        worker) fails as a duplicate key: it is tried once more as a plain
        update, which adds its ids if none is in yet and does nothing otherwise."""
        try:
            self.templates.bulk_write([_template_push(*push, keep, upsert=True) for push in pushes],
                                      ordered=False)
        except BulkWriteError as exc:
            errors = exc.details.get("writeErrors", [])
            if any(e.get("code") != 11000 for e in errors):
                raise
            self.templates.bulk_write([_template_push(*pushes[e["index"]], keep, upsert=False)
                                       for e in errors], ordered=False)

    # --- reads ------------------------------------------------------------

    def get(self, doc_id: str) -> dict[str, Any] | None:
        with _translate_outage():
            return self.documents.find_one({"_id": _id_value(doc_id)})

    def get_raw(self, doc_id: str) -> dict[str, Any] | None:
        with _translate_outage():
            return self.raw.find_one({"_id": _id_value(doc_id)})

    def get_failure(self, doc_id: str) -> dict[str, Any] | None:
        with _translate_outage():
            return self.failures.find_one({"_id": _id_value(doc_id)})

    def outcome_counts(self, ids: Sequence[str]) -> tuple[int, int]:
        """How many of ``ids`` are stored, and how many recorded as failed."""
        ids = _id_values(ids)
        with _translate_outage():
            stored = self.documents.count_documents({"_id": {"$in": ids}})
            failed = self.failures.count_documents({"_id": {"$in": ids}})
        return stored, failed

    # --- recovery (worker/recovery.py) --------------------------------------
    # Every filter below is built here from plain values (strings, datetimes,
    # an int): nothing a caller passes can become a query operator.

    def find_failures(self, *, ids: Sequence[str] | None = None, stage: str | None = None,
                      since: datetime | None = None, limit: int | None = None,
                      with_raw: bool = False) -> list[dict[str, Any]]:
        """Failure records, the most recent first; ``raw`` and ``traceback``
        only when ``with_raw``."""
        query: dict[str, Any] = {}
        if ids is not None:
            query["_id"] = {"$in": _id_values(ids)}
        if stage is not None:
            query["stage"] = _str_value(stage, "stage")
        if since is not None:
            query["last_failed_at"] = {"$gte": _date_value(since, "since")}
        projection = None if with_raw else {"raw": 0, "traceback": 0}
        with _translate_outage():
            cursor = self.failures.find(query, projection).sort(
                [("last_failed_at", DESCENDING), ("_id", ASCENDING)])
            if limit:
                cursor = cursor.limit(_int_value(limit, "limit"))
            return list(cursor)

    def document_ids(self, *, submitted_since: datetime | None = None,
                     submitted_until: datetime | None = None,
                     ingested_since: datetime | None = None, ingested_until: datetime | None = None,
                     pipeline_version: str | None = None,
                     not_version: str | None = None) -> list[str]:
        """The ids of stored documents in a time window (``since`` inclusive,
        ``until`` exclusive) and of, or not of, a pipeline version; in id order."""
        query: dict[str, Any] = {}
        for name, since, until in (("submitted_at", submitted_since, submitted_until),
                                   ("ingested_at", ingested_since, ingested_until)):
            window = {}
            if since is not None:
                window["$gte"] = _date_value(since, "since")
            if until is not None:
                window["$lt"] = _date_value(until, "until")
            if window:
                query[name] = window
        versions = {}
        if pipeline_version is not None:
            versions["$eq"] = _str_value(pipeline_version, "pipeline_version")
        if not_version is not None:
            versions["$ne"] = _str_value(not_version, "not_version")
        if versions:
            query["pipeline_version"] = versions
        with _translate_outage():
            return [d["_id"] for d in self.documents.find(query, {"_id": 1}).sort("_id", ASCENDING)]

    def raw_envelopes(self, ids: Sequence[str]) -> list[dict[str, Any]]:
        """The envelopes the ``raw`` collection keeps for ``ids``, as they
        travelled on the queue (ids without a raw record are left out)."""
        with _translate_outage():
            return [_envelope_of(r) for r in self.raw.find({"_id": {"$in": _id_values(ids)}})]

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


def _template_push(key: str, source: str, new: list[str], keep: int, *, upsert: bool) -> UpdateOne:
    """Add the ids ``new`` to a line's record, created if missing, keeping its
    first ``keep`` ids; matches only when none of ``new`` is in it yet."""
    return UpdateOne({"_id": key, "docs": {"$nin": new}},
                     {"$push": {"docs": {"$each": new, "$slice": keep}},
                      "$setOnInsert": {"source": source}}, upsert=upsert)


def _raw_record(envelope: dict[str, Any]) -> dict[str, Any]:
    record = {k: v for k, v in envelope.items() if k != "id"}
    record["submitted_at"] = datetime.fromisoformat(envelope["submitted_at"])
    return record


def _envelope_of(raw: dict[str, Any]) -> dict[str, Any]:
    envelope = {k: v for k, v in raw.items() if k != "_id"}
    envelope["id"] = raw["_id"]
    when = envelope["submitted_at"]
    if isinstance(when, str):  # nx-27017 0.8 keeps a date that $set rewrote as a string
        when = datetime.fromisoformat(when)
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    envelope["submitted_at"] = when.isoformat(timespec="milliseconds")
    return envelope


def _id_value(value: Any) -> str:
    """A document id as a query value: a string, never an operator document."""
    if not isinstance(value, str):
        raise TypeError(f"a document id is a string, not {type(value).__name__}: {value!r:.80}")
    return value


def _id_values(values: Iterable[Any]) -> list[str]:
    if isinstance(values, (str, dict)):
        raise TypeError(f"ids are a list of strings, not {type(values).__name__}")
    return [_id_value(v) for v in values]


def _str_value(value: Any, name: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{name} is a string, not {type(value).__name__}")
    return value


def _date_value(value: Any, name: str) -> datetime:
    if not isinstance(value, datetime):
        raise TypeError(f"{name} is a datetime, not {type(value).__name__}")
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _int_value(value: Any, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise TypeError(f"{name} is a non-negative int, not {value!r}")
    return value


def bson_safe(value: Any) -> Any:
    """``value`` if MongoDB can store it as it is in a field, else its JSON
    text: an input too malformed to be a document (keys with '$' or '.', lone
    surrogates, not an object at all) is still recorded, as a string."""
    if isinstance(value, dict) and _storable(value):
        return value
    return json.dumps(value, default=repr)  # ASCII-only: lone surrogates as \\udcxx


def _storable(value: Any) -> bool:
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return False
        return True
    if isinstance(value, dict):
        return all(isinstance(k, str) and k and not k.startswith("$") and "." not in k
                   and "\x00" not in k and _storable(k) and _storable(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_storable(v) for v in value)
    return value is None or isinstance(value, (bool, int, float, datetime))


#: characters of a failed input's content kept in its failure record (at most
#: 4 bytes each: the record stays under MongoDB's 16 MB; a producer other than
#: our submit may have sent more than INGEST_MAX_DOCUMENT_BYTES)
RAW_KEEP_CHARS = 3 * 1024 * 1024
_ERROR_CHARS, _TRACEBACK_CHARS = 2000, 20000


def failure_raw(envelope: Any) -> Any:
    """What a failure record keeps of its input: the envelope (:func:`bson_safe`),
    its content cut to RAW_KEEP_CHARS with ``content_truncated`` set to the
    original length when longer."""
    raw = bson_safe(envelope)
    if isinstance(raw, str):
        return raw[:RAW_KEEP_CHARS]
    content = raw.get("content")
    if isinstance(content, str) and len(content) > RAW_KEEP_CHARS:
        raw = {**raw, "content": content[:RAW_KEEP_CHARS], "content_truncated": len(content)}
    return raw


def _failure_upsert(failure: Failure) -> UpdateOne:
    now = datetime.now(UTC)
    fields = {"raw": failure_raw(failure.envelope), "stage": failure.stage,
              "error": failure.error[:_ERROR_CHARS],
              "traceback": failure.traceback and failure.traceback[-_TRACEBACK_CHARS:],
              "last_failed_at": now, "pipeline_version": PIPELINE_VERSION}
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
