"""The article's edges trimmed: lines the line model keeps with an article
that say who wrote it and when, or who the author is, or that repeat a
caption, and are not its text.

- Near the top, a short dateline or byline ("June 5, 2024", "By Jane Doe"),
  and above the first long paragraph a label for them on its own line
  ("Author:", "Updated:") and the short line it labels: the date and the
  author are the article's metadata.
- Among the first two paragraphs, the author's card ("Archie is a writer
  from London. He ..."), once the article says more below it.
- Among the last paragraphs, the author's biography ("Jane Doe is a writer
  who ..."), once the article has said something above it.
- Above the headline, a news picture's caption dated as agencies date them
  ("... during the game Tuesday, Nov. 19, 2019, in Memphis"): the lead
  picture's, or another story's, printed before the article opens.
- Anywhere, a line that is the text of a caption found on the page: the
  picture's caption printed once more (its alt text, a gallery's label),
  also with other spacing, quotes or closing stop ("A dog ." for "A dog").
"""
from __future__ import annotations

import re

from .lines import Page
from .rules.bylines import AUTHOR_BIO, AUTHOR_CARD, BIO_PRONOUN, DATED_CAPTION, META_LABEL
from .rules.stopwords import ALL_STOPWORDS

#: the first body lines searched for a date or byline, and the words such a line has at most
_META_REACH, _META_WORDS = 8, 8
#: the body lines above the first paragraph of this many words (among the first so many)
#: searched for a label of the author or date, and the words of a label at most
_OPENING_WORDS, _LABEL_REACH, _LABEL_WORDS = 20, 15, 3
#: the last body lines searched for a biography, the words of one at least,
#: and the words of article above it at least
_BIO_REACH, _BIO_WORDS, _ABOVE_BIO = 3, 12, 150
#: the first body lines searched for an author's card
_CARD_REACH = 2


def _labelled(page: Page, pos: int) -> bool:
    """A label ("Author:", "Updated:", "By") on the line, or on the line above a short one."""
    lines = page.lines
    return (page.words[pos] <= _LABEL_WORDS and META_LABEL.match(lines[pos]) is not None) \
        or (pos > 0 and page.words[pos] <= _META_WORDS and page.words[pos - 1] <= _LABEL_WORDS
            and META_LABEL.match(lines[pos - 1]) is not None)


def _meta(page: Page, body: list[int]) -> set[int]:
    marked = page.column("dateline") + page.column("byline")
    found = {p for p in body[:_META_REACH] if marked[p] and page.words[p] <= _META_WORDS}
    opening = next((k for k, p in enumerate(body[:_LABEL_REACH]) if page.words[p] >= _OPENING_WORDS), 0)
    return found | {p for p in body[:opening] if _labelled(page, p)}


def _is_bio(line: str) -> bool:
    found = AUTHOR_BIO.match(line)
    return found is not None and not any(w.lower() in ALL_STOPWORDS for w in found.group(1).split()) \
        and BIO_PRONOUN.search(line, found.end()) is not None


def _card(page: Page, body: list[int]) -> set[int]:
    """The author's card printed above the article: a name said to be a
    writer by trade (:data:`AUTHOR_CARD`), then spoken of as he or she."""
    found = set()
    for k, p in enumerate(body[:_CARD_REACH]):
        line = page.lines[p]
        card = AUTHOR_CARD.match(line) if page.words[p] >= _BIO_WORDS else None
        if card is not None and BIO_PRONOUN.search(line, card.end()) is not None \
                and sum(page.words[q] for q in body[k + 1:]) >= _ABOVE_BIO:
            found.add(p)
    return found


def _bio(page: Page, body: list[int]) -> set[int]:
    if sum(page.words[p] for p in body[:-_BIO_REACH]) < _ABOVE_BIO:
        return set()
    return {p for p in body[-_BIO_REACH:] if page.words[p] >= _BIO_WORDS and _is_bio(page.lines[p])}


_WORDS = re.compile(r"\w+")
#: a caption printed again in other spacing or punctuation is at least this long
_MIN_COPY_WORDS = 4
#: ... and its length differs from the caption's by at most this many characters
_COPY_SLACK = 6


def _words_of(line: str) -> str:
    return " ".join(_WORDS.findall(line.lower()))


def _caption_copies(page: Page, body: list[int], captions: set[str]) -> set[int]:
    """The body lines that say a caption's text again in other spacing or
    punctuation. Only lines about as long as a caption are compared."""
    keys = {_words_of(c) for c in captions}
    keys = {k for k in keys if k.count(" ") + 1 >= _MIN_COPY_WORDS}
    if not keys:
        return set()
    lengths = [len(c) for c in captions]
    low, high = min(lengths) - _COPY_SLACK, max(lengths) + _COPY_SLACK
    return {p for p in body if low <= len(page.lines[p]) <= high and _words_of(page.lines[p]) in keys}


def trim_edges(page: Page, body: list[int], captions: set[str]) -> list[int]:
    """``body`` without its metadata lines, its author's card or biography
    and the lines that are a caption's text (``captions``)."""
    dropped = _meta(page, body) | _card(page, body) | _bio(page, body)
    body = [p for p in body if p not in dropped and page.lines[p] not in captions]
    copies = _caption_copies(page, body, captions) if captions else set()
    return [p for p in body if p not in copies] if copies else body


def dated_captions_above(page: Page, body: list[int], headline: int) -> list[int]:
    """``body`` without the paragraphs above the ``headline``'s line that are
    a picture's caption dated as agencies date them (:data:`DATED_CAPTION`)."""
    return [p for p in body if p > headline or page.words[p] < _BIO_WORDS
            or DATED_CAPTION.search(page.lines[p]) is None]
