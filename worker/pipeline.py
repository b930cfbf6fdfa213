"""One batch from the queue to the store: check, clean, write.

Each document is judged on its own: one bad document becomes a failure
record and never fails or retries its neighbours.
"""
from __future__ import annotations

import hashlib
import json
import logging
import time
import traceback
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from celery.exceptions import SoftTimeLimitExceeded

from . import faults, schemas
from .document import NoMainText, normalise
from .envelope import envelope_errors, unencodable
from .store import Failure, Store, WriteResult

log = logging.getLogger("worker.documents")


@dataclass
class Prepared:
    documents: list[dict[str, Any]] = field(default_factory=list)
    envelopes: dict[str, dict[str, Any]] = field(default_factory=dict)
    failures: list[Failure] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)


def prepare(envelopes: Sequence[Any], *, now: datetime, max_bytes: int,
            templates: Mapping[str, frozenset[str]] | None = None) -> Prepared:
    """Check and clean every envelope of a batch; no I/O."""
    out = Prepared()
    for envelope in envelopes:
        prepare_one(envelope, out, now=now, max_bytes=max_bytes, templates=templates)
    return out


def prepare_one(envelope: Any, out: Prepared, *, now: datetime, max_bytes: int,
                templates: Mapping[str, frozenset[str]] | None = None) -> None:
    """Check and clean one envelope into ``out``: its document or its failure.
    ``templates``: the template lines of the batch's documents, by id, read
    from the template memory before cleaning (``worker/templates.py``).
    Raises only ``SoftTimeLimitExceeded``, the batch's time running out."""
    started = time.perf_counter()
    error = envelope_errors(envelope, max_bytes)
    if error:
        out.failures.append(Failure(id_of(envelope), envelope, "validate", error))
        return
    try:
        if faults.ENABLED:
            faults.before_clean(envelope)
        template_lines = templates.get(envelope["id"], frozenset()) if templates else frozenset()
        document = normalise(envelope, ingested_at=now, template_lines=template_lines)
    except NoMainText as exc:
        out.failures.append(Failure(envelope["id"], envelope, "clean", str(exc)))
        return
    except SoftTimeLimitExceeded:  # the batch's time, not this document's fault alone
        raise
    except Exception as exc:  # the cleaner's bug must not cost the batch
        out.failures.append(Failure(envelope["id"], envelope, "clean",
                                    f"{type(exc).__name__}: {exc}", traceback.format_exc()))
        return
    out.documents.append(document)
    out.envelopes[envelope["id"]] = envelope
    out.timings[envelope["id"]] = (time.perf_counter() - started) * 1000


def ingest(envelopes: Sequence[Any], store: Store, *, max_bytes: int) -> WriteResult:
    """Clean a batch and store it. Raises ``StoreUnavailable`` to be retried."""
    prepared = prepare(envelopes, now=datetime.now(UTC), max_bytes=max_bytes)
    result = store.write(prepared.documents, prepared.envelopes, prepared.failures)
    log_outcomes(prepared, result)
    return result


def log_outcomes(prepared: Prepared, result: WriteResult) -> None:
    """One log line per document of ``result`` (INFO): stored, unchanged or
    failed; failures are taken from ``prepared``."""
    if not log.isEnabledFor(logging.INFO):
        return
    sizes = {d["_id"]: (len(prepared.envelopes[d["_id"]]["content"]), len(d["body"]))
             for d in prepared.documents}
    for outcome, ids in (("stored", result.stored), ("unchanged", result.unchanged)):
        for doc_id in ids:
            size_in, size_out = sizes[doc_id]
            log.info("%s %s", doc_id, outcome, extra={
                "doc_id": doc_id, "outcome": outcome, "ms": round(prepared.timings[doc_id], 2),
                "bytes_in": size_in, "bytes_out": size_out})
    for failure in prepared.failures:
        log.info("%s failed (%s): %s", failure.id, failure.stage, failure.error, extra={
            "doc_id": failure.id, "outcome": "failed", "stage": failure.stage})


def id_of(envelope: Any) -> str:
    """The id of an envelope too malformed to trust: its own, else its digest."""
    own = envelope.get("id") if isinstance(envelope, dict) else None
    if isinstance(own, str) and not schemas.first_error("submission", {"id": own, "text": "-"}) \
            and not unencodable(own):
        return own
    blob = json.dumps(envelope, sort_keys=True, default=str).encode("utf-8", "surrogatepass")
    return "m-" + hashlib.sha256(blob).hexdigest()[:32]
