"""Guessing the language of a text from its function words."""
from __future__ import annotations

import re
from collections import Counter

from .rules.stopwords import STOPWORDS

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
#: below this share of function words no language is claimed
_MIN_SHARE = 0.12
_MIN_WORDS = 5


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the language whose function words cover the text best,
    or None when the text is too short or covered by none."""
    tokens = [w.lower() for w in words(text)]
    if len(tokens) < _MIN_WORDS:
        return None
    counts = Counter(tokens)
    best, best_hits = None, 0
    for lang, stops in STOPWORDS.items():
        hits = sum(n for w, n in counts.items() if w in stops)
        if hits > best_hits:
            best, best_hits = lang, hits
    return best if best_hits / len(tokens) >= _MIN_SHARE else None
