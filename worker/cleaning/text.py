"""The plain-text cleaner: from the text of a web page to its article.

Each non-empty line is judged on its own shape first (length, share of
function words, end punctuation, furniture phrases, placeholders, credits),
then short and borderline lines take the verdict of their neighbours, as in
jusText, and finally only the densest run of article lines is kept.
"""
from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

from .captions import caption_from, credit_only
from .language import detect_language
from .lines import Line, describe
from .model import Caption, Extraction
from .normalize import lines_of
from .rules.stopwords import ALL_STOPWORDS, STOPWORDS
from .title import find_title, is_headline_like


class Kind(Enum):
    GOOD = "good"
    NEAR = "near"
    SHORT = "short"
    BAD = "bad"
    CAPTION = "caption"


#: weight of a dropped line against the article region, per line
_BAD_WEIGHT = 6


def extract_text(text: str) -> Extraction:
    """Clean the plain text of one web page."""
    lang = detect_language(text)
    stopwords = STOPWORDS.get(lang, ALL_STOPWORDS) if lang else ALL_STOPWORDS
    lines = [describe(i, t, stopwords) for i, t in enumerate(lines_of(text)) if t]
    kinds, captions = _first_verdicts(lines)
    _resolve_by_context(kinds)
    start, end = _densest_region(lines, kinds)
    body_pos = [p for p in range(start, end) if kinds[p] is Kind.GOOD]

    title_pos = None
    if body_pos:
        first = body_pos[0]
        if not lines[first].terminal and is_headline_like(lines[first]) and len(body_pos) > 1:
            title_pos, body_pos = first, body_pos[1:]
        else:
            title_pos = find_title(lines, first)

    keep = set(body_pos) | {p for p in captions}
    if title_pos is not None:
        keep.add(title_pos)
    body = "\n\n".join(lines[p].text for p in body_pos)
    return Extraction(
        body=body,
        title=lines[title_pos].text if title_pos is not None else None,
        captions=tuple(captions[p] for p in sorted(captions)),
        boilerplate=tuple(line.text for p, line in enumerate(lines)
                          if p not in keep and not _is_credit_line_of(p, captions, lines)),
        lang=detect_language(body) or lang,
    )


def _first_verdicts(lines: Sequence[Line]) -> tuple[list[Kind], dict[int, Caption]]:
    kinds: list[Kind] = []
    captions: dict[int, Caption] = {}
    after_placeholder = False
    for pos, line in enumerate(lines):
        kind = _shape_verdict(line)
        if kind is not Kind.BAD and line.credit is not None:
            credit = credit_only(line.text)
            if credit is not None and pos - 1 in captions and captions[pos - 1].credit is None:
                captions[pos - 1] = Caption(captions[pos - 1].text, credit)
                kind = Kind.CAPTION
            elif credit is None and (after_placeholder or line.words <= 80):
                captions[pos] = caption_from(line.text)
                kind = Kind.CAPTION
        kinds.append(kind)
        after_placeholder = line.placeholder
    return kinds, captions


def _shape_verdict(line: Line) -> Kind:
    if line.placeholder or line.furniture:
        return Kind.BAD
    if line.words >= 10 and line.terminal and line.stop_share >= 0.2:
        return Kind.GOOD
    if line.words < 4:
        return Kind.SHORT
    if line.sentence_like or (line.words >= 10 and line.stop_share >= 0.25):
        return Kind.NEAR
    return Kind.BAD if line.stop_share < 0.1 else Kind.SHORT


def _resolve_by_context(kinds: list[Kind]) -> None:
    """Borderline lines take their neighbours' verdict (jusText's context step)."""
    decided = (Kind.GOOD, Kind.BAD)

    def neighbour(pos: int, step: int) -> Kind:
        pos += step
        while 0 <= pos < len(kinds):
            if kinds[pos] in decided:
                return kinds[pos]
            pos += step
        return Kind.BAD

    resolved = list(kinds)
    for pos, kind in enumerate(kinds):
        if kind is Kind.NEAR:
            good = Kind.GOOD in (neighbour(pos, -1), neighbour(pos, 1))
            resolved[pos] = Kind.GOOD if good else Kind.BAD
        elif kind is Kind.SHORT:
            both = neighbour(pos, -1) is Kind.GOOD and neighbour(pos, 1) is Kind.GOOD
            resolved[pos] = Kind.GOOD if both else Kind.BAD
    kinds[:] = resolved


def _densest_region(lines: Sequence[Line], kinds: Sequence[Kind]) -> tuple[int, int]:
    """The run of lines where article words most outweigh dropped lines
    (maximum-sum subarray); captions count as neutral."""
    best, best_span = 0, (0, 0)
    total, start = 0, 0
    for pos, (line, kind) in enumerate(zip(lines, kinds)):
        if kind is Kind.GOOD:
            total += line.words
        elif kind is Kind.BAD:
            total -= _BAD_WEIGHT
        if total <= 0:
            total, start = 0, pos + 1
        elif total > best:
            best, best_span = total, (start, pos + 1)
    return best_span


def _is_credit_line_of(pos: int, captions: dict[int, Caption], lines: Sequence[Line]) -> bool:
    """A credit on a line of its own that was folded into the caption above."""
    return pos - 1 in captions and pos not in captions and captions[pos - 1].credit is not None \
        and credit_only(lines[pos].text) == captions[pos - 1].credit
