"""The per-source template memory (opt-in: ``INGEST_TEMPLATE_MEMORY=1``).

A line that recurs in many documents of one source (a footer, a newsletter
pitch, an "about us" paragraph, the teasers of a related-articles box) is
template, even when one page alone makes it look like article text. The
memory keeps, per source and per line, the documents in which the line
occurred, and hands the plain-text cleaner the lines known to be template
(``extract_text(template_lines=...)``), which never become body and are
listed in ``boilerplate``.

- **Source**: the submission's ``source``, else the host of its ``url``
  (lowercased, without ``www.``). A document with neither has no memory.
- **Lines**: the page's lines as the cleaner reads them (``read_page``:
  NFC, whitespace collapsed, blank lines left out), each recorded as a hash
  of the source and its text, for at most ``MAX_LINES`` distinct lines per
  document.
- **Counting** (``Store.record_template_lines``): for each line the store
  keeps the first ``INGEST_TEMPLATE_MIN_DOCS`` (N) distinct documents that
  had it, in the order they were recorded. A document already counted is not
  counted again, so a redelivered or resubmitted document counts once.
- **Template for a document**: a line whose list is full without it, i.e.
  one that N other documents had before it. A document's place in a list
  never changes once recorded, so cleaning it again (a redelivery, a
  resubmission, ``ingest reprocess``) finds the same template lines and makes
  the same document, which the store leaves "unchanged".
- **Not template** (``bench/templates.py`` measured these on the dev sets):
  a line printed more than once in the page itself (review headings such as
  "Pros", "Cons", "Price" recur in every review of a site, and are article
  structure); and every line of a page whose words lie for ``COPY_SHARE`` (90%)
  or more in recurring lines: that page is a copy of one seen before (the same
  article under another URL), not a page of template.

Per batch (``worker/delivery.py``) the documents' lines are recorded and the
memory is read back before any cleaning: one read of the batch's lines
before the write and one after, never one per document. Cleaning stays a
pure function of a document and that snapshot.

Only plain text is served: the HTML cleaner reads a page's structure and
takes no template lines, and dropping recurring blocks after it was neutral
on the dev sets' HTML pages.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import urlsplit

from .cleaning.normalize import lines_of
from .envelope import envelope_errors

#: distinct lines of one document recorded and looked up, at most (the dev sets' pages have
#: 140-220 as a median, 1,444 at most)
MAX_LINES = 2000
#: a page with this share (in percent) of its words in recurring lines is a copy of a page
#: seen before
COPY_SHARE = 90

#: what ``template_lines`` returns: the template lines of each document, by id
TemplateLines = Mapping[str, frozenset[str]]


def source_of(envelope: Mapping[str, Any]) -> str | None:
    """The source a document's memory is kept under: its ``source`` name,
    else its URL's host; None when it has neither."""
    origin = envelope.get("source")
    if not isinstance(origin, Mapping):
        return None
    name = origin.get("name")
    if isinstance(name, str) and name.strip():
        return name.strip()
    url = origin.get("url")
    if isinstance(url, str):
        try:
            host = (urlsplit(url).hostname or "").lower()
        except ValueError:
            return None
        return host.removeprefix("www.") or None
    return None


def page_lines(text: str) -> list[str]:
    """The non-empty lines of a page, normalised exactly as ``read_page``
    normalises them (the lines ``extract_text`` compares with its
    ``template_lines``)."""
    return [line for line in lines_of(text) if line]


def line_key(source: str, line: str) -> str:
    """The memory's key for one line of one source."""
    return hashlib.sha256(f"{source}\x00{line}".encode("utf-8", "surrogatepass")).hexdigest()[:32]


def choose(doc_id: str, lines: list[str], keys: Mapping[str, str],
           firsts: Mapping[str, Iterable[str]], min_docs: int) -> frozenset[str]:
    """The template lines of one document: a pure function of its lines and
    the memory's first documents of each line (``firsts``, by key)."""
    times = Counter(lines)
    recurring = set()
    for line in times:
        key = keys.get(line)
        docs = firsts.get(key, ()) if key else ()
        if len(docs) >= min_docs and doc_id not in docs:
            recurring.add(line)
    if not recurring:
        return frozenset()
    words = {line: line.count(" ") + 1 for line in times}
    total = sum(words[line] * n for line, n in times.items())
    if 100 * sum(words[line] * times[line] for line in recurring) >= COPY_SHARE * total:
        return frozenset()  # a copy of a page seen before, not a page of template
    return frozenset(line for line in recurring if times[line] == 1)


def template_lines(envelopes: Iterable[Any], store, *, min_docs: int, max_bytes: int) -> TemplateLines:
    """Record the lines of a batch's plain-text documents in ``store`` and
    return each one's template lines (by document id). Documents that are
    invalid, HTML or without a source get none. Raises what the store raises."""
    pages: list[tuple[str, list[str], dict[str, str]]] = []
    seen: dict[str, tuple[str, list[str]]] = {}
    for envelope in envelopes:
        if envelope_errors(envelope, max_bytes) or envelope["format"] != "text":
            continue
        source = source_of(envelope)
        if source is None:
            continue
        doc_id = envelope["id"]
        lines = page_lines(envelope["content"])
        keys: dict[str, str] = {}
        for line in lines:
            if line not in keys:
                if len(keys) == MAX_LINES:
                    break
                keys[line] = key = line_key(source, line)
                docs = seen.setdefault(key, (source, []))[1]
                if doc_id not in docs:
                    docs.append(doc_id)
        pages.append((doc_id, lines, keys))
    if not pages:
        return {}
    firsts = store.record_template_lines(seen, keep=min_docs)
    return {doc_id: choose(doc_id, lines, keys, firsts, min_docs) for doc_id, lines, keys in pages}
