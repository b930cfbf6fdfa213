"""The normalised document: one envelope in, one stored document out.

A pure function: the clock comes in as an argument, so the same envelope and
the same time always make the same document.
"""
from __future__ import annotations

import hashlib
import json
import re
from datetime import UTC, datetime
from typing import Any

from .cleaning import extract
from .cleaning.rules.stopwords import UNSPACED_SCRIPTS
from .cleaning.text import extract_text
from .envelope import make_envelope, submission_of, submitted_at
from .version import PIPELINE_VERSION

_WORD = re.compile(r"\w+")
#: an ideograph or kana: Chinese and Japanese set no spaces between words, and each counts as a
#: word, as word processors count them
_COUNTED_ALONE = re.compile("[" + "".join(f"{chr(first)}-{chr(last)}" for lang, blocks, _ in UNSPACED_SCRIPTS
                                          if lang in ("zh", "ja") for first, last in blocks) + "]")


class NoMainText(ValueError):
    """The cleaner found no article text in the page: nothing to store."""


def count_words(text: str) -> int:
    """The words of ``text``: runs of letters and digits, each ideograph or kana one word."""
    alone = len(_COUNTED_ALONE.findall(text))
    return alone + len(_WORD.findall(_COUNTED_ALONE.sub(" ", text) if alone else text))


def content_hash(body: str) -> str:
    return "sha256:" + hashlib.sha256(body.encode("utf-8")).hexdigest()


def normalise(envelope: dict[str, Any], *, ingested_at: datetime,
              template_lines: frozenset[str] = frozenset()) -> dict[str, Any]:
    """Clean an envelope into the stored shape (``schemas/document.schema.json``).
    ``template_lines``: lines of a plain-text page that the source's template
    memory (``worker/templates.py``) knows to be template.

    Raises :class:`NoMainText` when nothing of the page is article text.
    """
    if template_lines and envelope["format"] == "text":
        found = extract_text(envelope["content"], template_lines=template_lines)
    else:
        found = extract(envelope["content"], envelope["format"])
    if not found.body:
        raise NoMainText("no main text found: every line was judged boilerplate")
    source = envelope["source"]
    return {
        "_id": envelope["id"],
        "url": found.url or source.get("url"),
        "title": found.title,
        "body": found.body,
        "captions": [c.as_dict() for c in found.captions],
        "author": found.author,
        "published_at": found.published_at,
        "source": {"url": source.get("url"), "name": source.get("name"), "path": source.get("path")},
        "format": envelope["format"],
        "lang": found.lang,
        "word_count": count_words(found.body),
        "content_hash": content_hash(found.body),
        "boilerplate": list(found.boilerplate),
        "submitted_at": submitted_at(envelope),
        "ingested_at": ingested_at,
        "pipeline_version": PIPELINE_VERSION,
        "metadata": envelope["metadata"],
    }


def clean(text: str | None = None, *, html: str | None = None, url: str | None = None,
          id: str | None = None, source: str | None = None, metadata: dict | None = None,
          path: str | None = None, max_bytes: int = 8 * 1024 * 1024) -> dict[str, Any]:
    """The document ``ingest clean`` prints for one page, without queue or store.

    Raises ``Rejected`` for an invalid submission and :class:`NoMainText` when the
    page holds no article.
    """
    now = datetime.now(UTC)
    envelope = make_envelope(submission_of(text, html, url, id, source, metadata),
                             max_bytes=max_bytes, path=path, submitted_at=now)
    return normalise(envelope, ingested_at=now)


def to_json(document: dict[str, Any]) -> str:
    """A document as one JSON line, dates in ISO 8601."""
    return json.dumps(document, ensure_ascii=False,
                      default=lambda v: v.isoformat() if isinstance(v, datetime) else str(v))
