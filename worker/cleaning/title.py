"""Finding the headline among the lines just above the article.

The headline is the nearest line above the first paragraph that reads as a
heading: a few words, no closing full stop, and neither a byline, a date, a
credit, a placeholder nor page furniture. A line the page repeats (the
headline is often in the breadcrumb and the share box too) is preferred.
"""
from __future__ import annotations

from .lines import Page

#: how far above the first article paragraph a headline is looked for
_LOOKBACK = 15
_NOT_HEADINGS = ("byline", "dateline", "opener", "credit", "placeholder", "furniture",
                 "furniture_prefix", "end_marker", "bracketed", "comment_header", "url_like",
                 "horizontal_rule")


def headline_like(page: Page, pos: int) -> bool:
    line = page.lines[pos]
    words = page.words[pos]
    if not 2 <= words <= 30 or line.endswith((".", ",", ";", ":")) and not line.endswith("..."):
        return False
    return not any(page.column(name)[pos] for name in _NOT_HEADINGS)


def find_title(page: Page, first_body: int) -> int | None:
    """Position of the headline above ``first_body``, or None."""
    candidates = [p for p in range(first_body - 1, max(-1, first_body - 1 - _LOOKBACK), -1)
                  if headline_like(page, p)]
    if not candidates:
        return None
    return candidates[0]
