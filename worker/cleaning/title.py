"""Finding the headline among the lines just above the article (or its first
lines).

Plain text has no ``<h1>``: the headline is a line of a few words, near the
first paragraph, often just before a byline or a date, often repeated (a
breadcrumb, a share box), sharing words with the article's first paragraphs,
and seldom a person's name, a section label or a call to action, which crowd
the same place. Those cues are numbers for each
candidate line (:func:`title_design`), weighed by a logistic regression
trained by ``bench/train_title_model.py`` on the tune half of the dev pages
whose headline is known, and stored in ``weights/title_model.json``; the
best candidate wins.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from .lines import LINE_FEATURES, Page
from .rules.stopwords import ALL_STOPWORDS

WEIGHTS = Path(__file__).parent / "weights" / "title_model.json"
#: how far above the first article paragraph, and into the article, a headline is looked for
LOOKBACK, LOOKAHEAD = 40, 10
_MIN_WORDS, _MAX_WORDS = 1, 35
_NEVER = ("placeholder", "furniture", "url_like", "bracketed", "horizontal_rule", "comment_header")
_AROUND = ("byline", "dateline", "opener", "separator", "furniture", "duplicate")
_AROUND_COLUMNS = [LINE_FEATURES.index(name) for name in _AROUND]
#: how many lines after and before a candidate are looked at
_AFTER, _BEFORE = 3, 2
_END_PUNCTUATION = (".", ",", ";", ":", "…")
#: the article's lead: its first paragraphs of some length, near its start
_LEAD_LINES, _LEAD_PARAGRAPHS, _PARAGRAPH_WORDS = 15, 3, 12
_WORD = re.compile(r"\w{3,}")


def headline_like(page: Page, pos: int) -> bool:
    """The shape of a heading: a few words, a capital or digit first, no closing full stop."""
    line = page.lines[pos]
    if not 2 <= page.words[pos] <= 30 or not (line[0].isupper() or line[0].isdigit()):
        return False
    return not (line.endswith(_END_PUNCTUATION) and not line.endswith("..."))


def title_candidates(page: Page, first_body: int, captions: set[int] = frozenset()) -> list[int]:
    """Lines that could be the headline: near the article's first line, of a
    heading's length, and no furniture, placeholder, address or caption.
    Inside the article only a line shaped as a heading can be the headline:
    the first paragraph of a clean article is never taken for it."""
    never = sum(page.column(name) for name in _NEVER)
    low, high = max(0, first_body - LOOKBACK), min(len(page.lines), first_body + LOOKAHEAD + 1)
    return [p for p in range(low, high)
            if _MIN_WORDS <= page.words[p] <= _MAX_WORDS and not never[p] and p not in captions
            and (p < first_body or headline_like(page, p))]


def _content_words(line: str) -> set[str]:
    return set(_WORD.findall(line.lower())).difference(ALL_STOPWORDS)


def _lead_words(page: Page, first_body: int) -> set[str]:
    """The content words of the article's first paragraphs: a headline
    announces them, a byline, a section label or a call to action does not."""
    lead: set[str] = set()
    paragraphs = 0
    for p in range(first_body, min(len(page.lines), first_body + _LEAD_LINES)):
        if page.words[p] >= _PARAGRAPH_WORDS:
            lead |= _content_words(page.lines[p])
            paragraphs += 1
            if paragraphs == _LEAD_PARAGRAPHS:
                break
    return lead


def title_design(page: Page, first_body: int, candidates: list[int]) -> np.ndarray:
    """One row per candidate: its own line features, its distance to the
    article, what stands just before and after it, how often the page
    repeats it, how many of its words the article's lead repeats, and how it
    compares with the other candidates."""
    rows = np.array(candidates, dtype=int)
    n = len(page.lines)
    own = page.features[rows]
    distance = first_body - rows
    words = np.array([page.words[p] for p in candidates], dtype=float)
    heading = np.array([headline_like(page, p) for p in candidates], dtype=float)
    headings_between = np.cumsum(heading[::-1])[::-1] - heading
    cols = [own, heading[:, None],
            np.clip(distance, -LOOKAHEAD, LOOKBACK)[:, None] / 10,
            np.log1p(np.clip(distance, 0, None))[:, None],
            (distance <= 0)[:, None].astype(float),
            np.log1p([page.times[page.lines[p]] for p in candidates])[:, None],
            np.log1p(headings_between)[:, None],
            (np.log1p(words) - np.log1p(words.max()))[:, None],
            (words >= 4)[:, None].astype(float)]
    lead = _lead_words(page, first_body)
    shared = [_content_words(page.lines[p]) for p in candidates]
    cols.append(np.array([len(w & lead) / len(w) if w else 0.0 for w in shared])[:, None])
    cols.append(np.log1p([len(w & lead) for w in shared])[:, None])
    # the most any line 1-3 after, and 1-2 before, has of each feature (0 off the page)
    padded = np.zeros((n + _AFTER + _BEFORE, len(_AROUND)))
    padded[_BEFORE:_BEFORE + n] = page.features[:, _AROUND_COLUMNS]
    at = rows + _BEFORE
    after = np.maximum.reduce([padded[at + k] for k in range(1, _AFTER + 1)])
    before = np.maximum.reduce([padded[at - k] for k in range(1, _BEFORE + 1)])
    cols.append(np.stack((after, before), axis=2).reshape(len(rows), -1))
    return np.hstack(cols)


@dataclass(frozen=True)
class TitleModel:
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    bias: float

    def scores(self, design: np.ndarray) -> np.ndarray:
        return ((design - self.mean) / self.scale) @ self.weights + self.bias

    def as_json(self) -> dict:
        return {name: (value.tolist() if isinstance(value, np.ndarray) else value)
                for name, value in self.__dict__.items()}


@cache
def title_model(path: Path = WEIGHTS) -> TitleModel:
    """The headline model shipped with the package (read once)."""
    data = json.loads(path.read_text("utf-8"))
    return TitleModel(**{name: (np.array(value, dtype=float) if isinstance(value, list) else value)
                         for name, value in data.items() if not name.startswith("_")})


def find_title(page: Page, first_body: int, captions: set[int] = frozenset()) -> int | None:
    """Position of the headline, or None when no line near the article could be one."""
    candidates = title_candidates(page, first_body, captions)
    if not candidates:
        return None
    scores = title_model().scores(title_design(page, first_body, candidates))
    return candidates[int(np.argmax(scores))]

