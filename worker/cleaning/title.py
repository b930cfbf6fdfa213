"""Finding the headline among the lines before the article."""
from __future__ import annotations

from collections.abc import Sequence

from .lines import Line
from .rules.bylines import BYLINE, DATELINE, READING_TIME

#: how far above the first article paragraph a headline is looked for
_LOOKBACK = 12


def is_headline_like(line: Line) -> bool:
    text = line.text
    return (
        2 <= line.words <= 30
        and not line.furniture
        and not line.placeholder
        and line.credit is None
        and not text.endswith((".", ",", ":", ";"))
        and not BYLINE.match(text)
        and not DATELINE.match(text)
        and not READING_TIME.match(text)
    )


def find_title(lines: Sequence[Line], first_body: int) -> int | None:
    """Position in ``lines`` of the headline: the nearest headline-like line
    above the first article paragraph (``first_body``), or None."""
    for pos in range(first_body - 1, max(-1, first_body - 1 - _LOOKBACK), -1):
        if is_headline_like(lines[pos]):
            return pos
    return None
