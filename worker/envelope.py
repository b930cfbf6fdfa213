"""A submission made ready for the queue: checked, given its id, its format
and its origin.

The envelope is what travels on the queue and what the ``raw`` collection
keeps, so that a document can be cleaned again later::

    {"id", "format": "text"|"html", "content", "source": {"url", "name", "path"},
     "metadata", "submitted_at"}
"""
from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from . import schemas

FORMATS = ("text", "html")
_ENVELOPE_KEYS = {"id", "format", "content", "source", "metadata", "submitted_at"}


class Rejected(ValueError):
    """A document that cannot be ingested as it is; the message says why."""


def normalise_url(url: str) -> str:
    """The form of a URL that decides its id: scheme and host lowercased, the
    default port and the fragment dropped."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    if parts.username:
        host = f"{parts.username}@{host}"
    return urlunsplit((scheme, host, parts.path or "/", parts.query, ""))


def document_id(submission: dict[str, Any]) -> str:
    """The submitter's id, else one derived from the URL, else from the content."""
    if submission.get("id"):
        return submission["id"]
    if submission.get("url"):
        return "u-" + _digest(normalise_url(submission["url"]))
    return "c-" + _digest(submission.get("text") or submission.get("html") or "")


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def submission_errors(submission: Any, max_bytes: int) -> str | None:
    """Why ``submission`` cannot be queued, or None when it can."""
    if not isinstance(submission, dict):
        return f"a submission is a JSON object, not {type(submission).__name__}"
    error = schemas.first_error("submission", submission)
    if error:
        return error
    field = "text" if "text" in submission else "html"
    content = submission[field]
    if "\x00" in content:
        return f"{field}: contains NUL characters (binary data?)"
    try:
        size = len(content.encode("utf-8"))
    except UnicodeEncodeError as exc:
        return f"{field}: {_not_unicode(exc)}"
    where = unencodable(submission)
    if where:
        return where
    if size > max_bytes:
        return (f"{field}: {size:,} bytes is over the limit of {max_bytes:,} bytes "
                f"(INGEST_MAX_DOCUMENT_BYTES)")
    return None


def _not_unicode(exc: UnicodeEncodeError) -> str:
    return (f"is not valid Unicode (lone surrogate {exc.object[exc.start]!r} at character "
            f"{exc.start + 1}: invalid UTF-8 decoded with surrogateescape?)")


def unencodable(value: Any, where: str = "") -> str | None:
    """The first string of ``value`` (keys included) that MongoDB cannot store
    (a lone surrogate), as a message naming its field; None when all can be."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            return f"{where or '(document)'}: {_not_unicode(exc)}"
        return None
    if isinstance(value, dict):
        items = value.items()
    elif isinstance(value, list):
        items = enumerate(value)
    else:
        return None
    for key, item in items:
        path = f"{where}/{key}" if where else str(key)
        if key in FORMATS and not where:
            continue  # the content, checked on its own
        found = unencodable(key, path) if isinstance(key, str) else None
        found = found or unencodable(item, path)
        if found:
            return found
    return None


def submission_of(text: str | None = None, html: str | None = None, url: str | None = None,
                  id: str | None = None, source: str | None = None,
                  metadata: dict | None = None) -> dict[str, Any]:
    """A submission dict from keyword arguments, leaving out those not given."""
    given = {"text": text, "html": html, "url": url, "id": id, "source": source, "metadata": metadata}
    return {k: v for k, v in given.items() if v is not None}


def make_envelope(submission: dict[str, Any], *, max_bytes: int, path: str | None = None,
                  submitted_at: datetime | None = None) -> dict[str, Any]:
    """Check a submission and wrap it for the queue. Raises :class:`Rejected`."""
    error = submission_errors(submission, max_bytes)
    if error:
        raise Rejected(error)
    fmt = "text" if "text" in submission else "html"
    when = submitted_at or datetime.now(UTC)
    return {
        "id": document_id(submission),
        "format": fmt,
        "content": submission[fmt],
        "source": {"url": submission.get("url"), "name": submission.get("source"), "path": path},
        "metadata": submission.get("metadata", {}),
        "submitted_at": when.isoformat(timespec="milliseconds"),
    }


def envelope_errors(envelope: Any, max_bytes: int) -> str | None:
    """The worker's own check of what came off the queue (a producer may not
    have used our submit)."""
    if not isinstance(envelope, dict) or set(envelope) != _ENVELOPE_KEYS:
        return "malformed message: not a document envelope"
    if envelope["format"] not in FORMATS or not isinstance(envelope["content"], str):
        return "malformed message: format or content missing"
    source = envelope["source"] if isinstance(envelope["source"], dict) else {}
    submission = {envelope["format"]: envelope["content"], "id": envelope["id"],
                  "metadata": envelope["metadata"]}
    if source.get("url") is not None:
        submission["url"] = source["url"]
    if source.get("name") is not None:
        submission["source"] = source["name"]
    try:
        submitted_at(envelope)
    except (TypeError, ValueError):
        return "malformed message: submitted_at is not an ISO 8601 time"
    return submission_errors(submission, max_bytes)


def submitted_at(envelope: dict[str, Any]) -> datetime:
    return datetime.fromisoformat(envelope["submitted_at"])
