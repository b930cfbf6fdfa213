"""Which blocks of an HTML page are the article.

Each block gets a value: the words of prose outside links count for it,
link lists, furniture and stray fragments against it. The article's
container is the element whose blocks sum highest (a maximum-sum subtree,
found with prefix sums in one pass over the elements), or the element named
as the article inside it when that holds most of its value. Inside it,
blocks that are furniture by markup or by the shared phrase rules
(``rules.boilerplate``) are dropped, with bylines and fragments before the
first paragraph and a list of links closing the article.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .html_blocks import Block, Kind, Mark, Segmented, Span
from .html_dates import text_date
from .rules.boilerplate import PHRASES, PREFIXES, UNSPACED_PREFIXES
from .rules.html_meta import BYLINE_PREFIX

#: a block whose share of linked words is above this is a link list
_LINK_LIST = 0.5
#: blocks with at least this many words read as prose
_PROSE_WORDS = 8
#: a furniture element holding more than this share of the page's prose is a
#: mislabelled wrapper, not furniture
_WRAPPER_SHARE = 0.6
#: a closing list of links has at least this many items, its label at most this many words
_LINK_LIST_ITEMS, _LABEL_WORDS = 3, 6
#: share of the densest container's value its named article container must hold
_NAMED_SHARE = 0.5
_ELLIPSIS = ("...", "…", "[…]", "[...]", "(…)")
_MARKUP = re.compile(r"<[a-zA-Z!/][^>]*>?")
_KEY_STRIP = " \t•·*-–—|»«>›‹<:;,.!?()[]{}\"'“”‘’#"

#: the furniture prefixes of every language, those of the unspaced scripts too
_PREFIXES = PREFIXES + UNSPACED_PREFIXES


@dataclass(frozen=True)
class Selection:
    start: int
    end: int
    body: tuple[int, ...]
    container: Span | None


def select(page: Segmented, title: str | None = None) -> Selection:
    """The article's blocks: the container's range and the positions kept."""
    blocks = page.blocks
    _mark_furniture(page)
    values = [_value(b) for b in blocks]
    prefix = [0.0]
    for v in values:
        prefix.append(prefix[-1] + v)
    best, best_span = 0.0, None
    for span in page.spans:
        score = prefix[span.end] - prefix[span.start]
        if score > best:
            best, best_span = score, span
    if best_span is None:
        return Selection(0, 0, (), None)
    best_span = _named_container(page.spans, best_span, prefix) or best_span
    start, end = best_span.start, best_span.end
    keep = [p for p in range(start, end) if _kept(blocks[p], title)]
    keep = _trim_edges(blocks, keep)
    return Selection(start, end, tuple(keep), best_span)


def _named_container(spans: Sequence[Span], best: Span, prefix: Sequence[float]) -> Span | None:
    """The article's container by its name (``article-body``...) inside the
    densest one, when it holds most of its value: what follows the article
    in the same wrapper (teasers, cards) is then left out."""
    total = prefix[best.end] - prefix[best.start]
    named = [(prefix[s.end] - prefix[s.start], -(s.end - s.start), i) for i, s in enumerate(spans)
             if s.mark is Mark.CONTENT and s is not best and best.start <= s.start and s.end <= best.end]
    if not named:
        return None
    score, _, i = max(named)
    return spans[i] if score >= _NAMED_SHARE * total else None


def _mark_furniture(page: Segmented) -> None:
    """Blocks inside furniture elements, outermost first so that nested
    furniture costs nothing more (linear in blocks)."""
    blocks = page.blocks
    prose = [0]
    for b in blocks:
        prose.append(prose[-1] + (b.words - b.link_words if _is_prose(b) else 0))
    total = prose[-1] or 1
    furniture = sorted((s.start, -s.end) for s in page.spans if s.mark is Mark.FURNITURE
                       and (prose[s.end] - prose[s.start]) / total <= _WRAPPER_SHARE)
    covered = 0
    for start, neg_end in furniture:
        for b in blocks[max(start, covered):-neg_end]:
            b.furniture = True
        covered = max(covered, -neg_end)


def _is_prose(b: Block) -> bool:
    return b.kind is Kind.TEXT and b.words >= _PROSE_WORDS and b.link_density <= _LINK_LIST


def _junk(b: Block) -> bool:
    """A teaser (a linked headline with a cut excerpt) or markup shown as text."""
    return (b.link_words >= 3 and b.text.endswith(_ELLIPSIS)) or bool(_MARKUP.match(b.text))


def _value(b: Block) -> float:
    if b.kind not in (Kind.TEXT, Kind.HEADING):
        return 0.0
    if b.furniture or _junk(b):
        return -float(max(2, b.words))
    if b.link_density > _LINK_LIST:
        return -float(max(2, b.link_words))
    unlinked = b.words - b.link_words
    if b.words >= _PROSE_WORDS:
        return float(unlinked)
    if b.words >= 4:
        return unlinked / 2
    return -1.0


def _kept(b: Block, title: str | None) -> bool:
    if b.kind not in (Kind.TEXT, Kind.HEADING) or b.furniture or _junk(b):
        return False
    if b.link_density > _LINK_LIST and not _linked_content(b):
        return False
    if title and b.kind is Kind.HEADING and b.text == title:
        return False
    return not is_furniture_phrase(b.text, b.words)


def _linked_content(b: Block) -> bool:
    """Inside the article, a linked heading (a product, a section), a list item
    or code is content; a linked paragraph or bare div is a call to click."""
    if b.kind is Kind.HEADING:
        return b.words < _PROSE_WORDS + 2
    if b.tag in ("li", "pre", "dd", "dt"):
        return True
    return b.tag == "p" and (b.words >= _PROSE_WORDS + 2 and b.link_density < 0.99)


def is_furniture_phrase(text: str, words: int) -> bool:
    key = text.strip(_KEY_STRIP).lower()
    return key in PHRASES or (words <= 12 and key.startswith(_PREFIXES))


def _byline_or_dateline(text: str) -> bool:
    return bool(BYLINE_PREFIX.match(text) or text_date(text))


def _trim_edges(blocks: Sequence[Block], keep: list[int]) -> list[int]:
    """Bylines, datelines and fragments of under four words before the first
    prose block; a list of links after the last."""
    first = next((i for i, p in enumerate(keep) if blocks[p].words >= _PROSE_WORDS or
                  blocks[p].text.endswith((".", "!", "?", ":"))), None)
    if first is None:
        return keep
    head = [p for p in keep[:first] if blocks[p].kind is Kind.HEADING or
            (blocks[p].words >= 4 and not _byline_or_dateline(blocks[p].text))]
    return _without_link_list(blocks, head + keep[first:])


def _without_link_list(blocks: Sequence[Block], keep: list[int]) -> list[int]:
    """A list of links closing the article ("More stories", "Read next"), with
    the short label above it."""
    end = len(keep)
    while end and blocks[keep[end - 1]].tag == "li" and blocks[keep[end - 1]].link_words:
        end -= 1
    if len(keep) - end < _LINK_LIST_ITEMS:
        return keep
    if end and blocks[keep[end - 1]].words <= _LABEL_WORDS:
        end -= 1
    return keep[:end]
