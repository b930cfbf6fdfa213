"""Finding the headline: the first line of the article, or the line just
above it, that reads as a heading.

A heading has a few words, starts with a capital or a digit, closes without
a full stop, and is none of the shapes that crowd the top of an article:
bylines, dates, reading times, clock times, list bullets, credits,
placeholders and page furniture.
"""
from __future__ import annotations

from .lines import Page

#: how far above the first article paragraph a headline is looked for
_LOOKBACK = 25
_MIN_WORDS, _MAX_WORDS = 2, 30
#: weights of what makes a heading the headline (see :func:`find_title`)
_REPEATED, _ALONE, _LONG, _DISTANCE = 2.0, 1.0, 0.5, 0.05
_NOT_HEADINGS = ("byline", "dateline", "opener", "credit", "placeholder", "furniture",
                 "furniture_prefix", "end_marker", "bracketed", "comment_header", "url_like",
                 "horizontal_rule", "bullet", "time_of_day")


def headline_like(page: Page, pos: int) -> bool:
    line = page.lines[pos]
    if not _MIN_WORDS <= page.words[pos] <= _MAX_WORDS or not (line[0].isupper() or line[0].isdigit()):
        return False
    if line.endswith((".", ",", ";", ":", "…")) and not line.endswith("..."):
        return False
    return not any(page.column(name)[pos] for name in _NOT_HEADINGS)


def find_title(page: Page, first_body: int, captions: set[int] = frozenset()) -> int | None:
    """Position of the headline among the article's first line and the lines
    above it, or None; caption lines are never the headline.

    Nearer is better; a line the page repeats elsewhere (the headline recurs
    in breadcrumbs, share boxes and the document title) is much better; a
    line that is a fragment of a longer block (a paragraph a renderer broke
    at its links) is worse.
    """
    duplicate = page.column("duplicate")
    alone = page.column("blank_before") * page.column("blank_after")
    best, best_score = None, float("-inf")
    low = max(-1, first_body - 1 - _LOOKBACK)
    for pos in range(min(first_body, len(page.lines) - 1), low, -1):
        if pos in captions or not headline_like(page, pos):
            continue
        score = (_REPEATED * duplicate[pos] + _ALONE * alone[pos] + _LONG * (page.words[pos] >= 4)
                 - _DISTANCE * (first_body - pos))
        if score > best_score:
            best, best_score = pos, score
    return best
