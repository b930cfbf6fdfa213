"""Features of one line of page text, the unit the plain-text cleaner judges."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .captions import split_credit
from .rules.boilerplate import PHRASES, PLACEHOLDERS, PREFIXES

_WORD = re.compile(r"\w+")
_KEY_STRIP = " \t•·*-–—|»«>›‹<:;,.!?()[]{}\"'“”‘’#"
_TERMINAL = tuple(".!?…:\"”’»)")


def key_of(line: str) -> str:
    """A line reduced for phrase lookup: lowercase, bullets and punctuation trimmed."""
    return line.strip(_KEY_STRIP).lower()


@dataclass(frozen=True)
class Line:
    index: int
    text: str
    words: int
    stop_share: float
    terminal: bool
    placeholder: bool
    furniture: bool
    credit: str | None

    @property
    def sentence_like(self) -> bool:
        return self.words >= 6 and self.terminal and self.stop_share >= 0.15


def is_furniture(key: str, words: int) -> bool:
    if key in PHRASES:
        return True
    return words <= 12 and key.startswith(PREFIXES)


def describe(index: int, text: str, stopwords: frozenset[str]) -> Line:
    tokens = _WORD.findall(text)
    n = len(tokens)
    stops = sum(1 for t in tokens if t.lower() in stopwords)
    key = key_of(text)
    _, credit = split_credit(text)
    return Line(
        index=index,
        text=text,
        words=n,
        stop_share=stops / n if n else 0.0,
        terminal=text.endswith(_TERMINAL),
        placeholder=key in PLACEHOLDERS,
        furniture=is_furniture(key, n),
        credit=credit,
    )
