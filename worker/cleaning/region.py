"""Where the article is: the one contiguous run of lines that best explains
the line model's verdicts.

Every line is before, inside or after the article; the article starts once
and ends once. The run [start, end) is chosen to maximise the summed
log-probabilities of that labelling plus the start and end scores of its two
boundaries (a semi-Markov decoding), in one linear pass.
"""
from __future__ import annotations

import numpy as np

from .classifier import Verdicts
from .lines import Page

_PROSE_WORDS = 12
_PROSE_STOPS = 0.2
_SURE_KEEP = 0.9


def article_span(verdicts: Verdicts, boundary_weight: float = 1.0) -> tuple[int, int]:
    """[start, end) of the article; (0, 0) for a page without lines."""
    region = verdicts.region
    n = len(region)
    if n == 0:
        return 0, 0
    before = np.concatenate(([0.0], np.cumsum(region[:, 0])))
    inside = np.concatenate(([0.0], np.cumsum(region[:, 1])))
    after = np.concatenate(([0.0], np.cumsum(region[:, 2])))
    opening = before[:n] - inside[:n] + boundary_weight * verdicts.start
    closing = inside[1:] - after[1:] + boundary_weight * np.append(verdicts.end[1:], 0.0)
    best_opening = np.maximum.accumulate(opening)
    end = int(np.argmax(best_opening + closing)) + 1
    start = int(np.argmax(opening[:end]))
    return start, end


def extend_over_prose(page: Page, verdicts: Verdicts, start: int, end: int) -> tuple[int, int]:
    """Widen [start, end) over the paragraphs that directly adjoin the article
    and read as prose the model would keep. The region model has learnt that
    pages open and close with furniture, so on a short page, or on text that
    is already clean, it leaves out the first or last paragraph; a paragraph
    right next to the article is never furniture."""
    words = page.words
    terminal = page.column("terminal")
    stops = page.column("stop_share")

    def prose(pos: int) -> bool:
        return (words[pos] >= _PROSE_WORDS and bool(terminal[pos]) and stops[pos] >= _PROSE_STOPS
                and verdicts.keep[pos] >= _SURE_KEEP)

    while end < len(words) and prose(end):
        end += 1
    while start > 0 and prose(start - 1):
        start -= 1
    return start, end
