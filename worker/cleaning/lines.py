"""The lines of a page and the shape of each: the unit the plain-text cleaner
judges.

A page becomes its non-empty lines (whitespace normalised) and a table of
numbers per line: length, share of function words, end punctuation, bullets,
capitals, digits, and matches of the rule patterns in ``rules``. The table is
built in one pass with C-level string operations only, so that its cost stays
a few microseconds per line.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import numpy as np

from .credits import split_credit
from .normalize import normalize_text
from .rules.boilerplate import END_MARKERS, PHRASES, PLACEHOLDERS, PREFIXES
from .rules.bylines import BYLINE, DATELINE, OPENER
from .rules.shapes import BULLET, COMMENT_HEADER, SEPARATOR, TIME_OF_DAY, URL_LIKE, YEAR
from .rules.stopwords import ALL_STOPWORDS

#: The columns of :attr:`Page.features`, in order.
LINE_FEATURES: tuple[str, ...] = (
    "log_words", "chars_per_word", "stop_share", "terminal", "ends_colon", "starts_lower",
    "starts_punct", "bullet", "indented", "title_case", "digit_share", "all_caps", "punct_share",
    "separator", "url_like", "bracketed", "placeholder", "furniture", "furniture_prefix", "credit",
    "byline", "dateline", "duplicate", "position", "blank_before", "blank_after", "block_log_words",
    "block_log_lines", "block_stop_share", "block_terminal", "commas_per_word", "end_marker", "opener",
    "horizontal_rule", "comment_header", "time_of_day", "year",
)

KEY_STRIP = " \t•·*-–—|»«>›‹<:;,.!?()[]{}\"'“”‘’#"
_TERMINAL = tuple(".!?…\"”’»)")
_DIGIT = re.compile(r"\d")
_PUNCT = re.compile(r"[^\w\s]")
#: longer lines are prose or data, never furniture, bylines or headers
_SHORT = 20


def key_of(line: str) -> str:
    """A line reduced for phrase lookup: lowercase, bullets and punctuation trimmed."""
    return line.strip(KEY_STRIP).lower()


def is_furniture(key: str, words: int) -> bool:
    return key in PHRASES or (words <= 12 and key.startswith(PREFIXES))


@dataclass(frozen=True)
class Page:
    """The non-empty lines of a page, where they were, and their features."""

    lines: list[str]
    numbers: list[int]
    words: list[int]
    features: np.ndarray

    def column(self, name: str) -> np.ndarray:
        return self.features[:, LINE_FEATURES.index(name)]


def read_page(text: str) -> Page:
    """Split ``text`` into lines and measure each one."""
    text = normalize_text(text)
    lines: list[str] = []
    numbers: list[int] = []
    indented: list[bool] = []
    words: list[int] = []
    stops: list[int] = []
    is_stop = ALL_STOPWORDS.__contains__
    for number, (line, lower) in enumerate(zip(text.split("\n"), text.lower().split("\n"))):
        parts = line.split()
        if parts:
            lines.append(" ".join(parts))
            numbers.append(number)
            indented.append(line[:1].isspace())
            words.append(len(parts))
            stops.append(sum(map(is_stop, lower.split())))
    n = len(lines)
    columns = np.zeros((n, len(LINE_FEATURES)))
    if not n:
        return Page(lines=lines, numbers=numbers, words=[], features=columns)

    def put(name: str, values) -> None:
        columns[:, LINE_FEATURES.index(name)] = values

    length = np.array([len(line) for line in lines], dtype=float)
    count = np.array(words, dtype=float)
    per_word = np.maximum(count, 1)
    put("log_words", np.log1p(count))
    put("chars_per_word", length / per_word)
    put("stop_share", np.array(stops) / per_word)
    put("terminal", [line.endswith(_TERMINAL) for line in lines])
    put("ends_colon", [line[-1] == ":" for line in lines])
    put("starts_lower", [line[0].islower() for line in lines])
    put("starts_punct", [line[0] in ",.;:)" for line in lines])
    put("bullet", [BULLET.match(line) is not None for line in lines])
    put("indented", indented)
    put("digit_share", [len(_DIGIT.findall(line)) for line in lines] / length)
    put("all_caps", [line.isupper() for line in lines])
    put("bracketed", [line[0] == "[" and line[-1] == "]" for line in lines])
    put("commas_per_word", [line.count(",") for line in lines] / per_word)
    seen = Counter(lines)
    put("duplicate", [seen[line] > 1 for line in lines])
    put("position", np.arange(n) / max(n - 1, 1))
    number = np.array(numbers)
    gap_before = np.ones(n, dtype=bool)
    gap_before[1:] = number[1:] != number[:-1] + 1
    gap_after = np.ones(n, dtype=bool)
    gap_after[:-1] = gap_before[1:]
    put("blank_before", gap_before)
    put("blank_after", gap_after)

    short = [j for j in range(n) if words[j] <= _SHORT]
    rows = np.array(short, dtype=int)
    texts = [lines[j] for j in short]
    keys = [line.strip(KEY_STRIP).lower() for line in texts]
    short_words = [words[j] for j in short]

    def put_short(name: str, values) -> None:
        columns[rows, LINE_FEATURES.index(name)] = values

    put_short("title_case", [sum(map(str.istitle, line.split())) / max(w, 1)
                             for line, w in zip(texts, short_words)])
    put_short("punct_share", [len(_PUNCT.findall(line)) / len(line) for line in texts])
    put_short("separator", [SEPARATOR.search(line) is not None for line in texts])
    put_short("url_like", [URL_LIKE.search(line) is not None for line in texts])
    put_short("placeholder", [key in PLACEHOLDERS for key in keys])
    put_short("furniture", [key in PHRASES for key in keys])
    put_short("furniture_prefix", [w <= 12 and key.startswith(PREFIXES) for key, w in zip(keys, short_words)])
    put_short("end_marker", [key in END_MARKERS for key in keys])
    put_short("credit", [w <= 12 and split_credit(line)[1] is not None
                         for line, w in zip(texts, short_words)])
    put_short("byline", [BYLINE.match(line) is not None for line in texts])
    put_short("dateline", [DATELINE.match(line) is not None for line in texts])
    put_short("opener", [OPENER.match(line) is not None for line in texts])
    put_short("horizontal_rule", [len(line) >= 5 and w <= 1 and len(set(line)) <= 2
                                  for line, w in zip(texts, short_words)])
    put_short("comment_header", [COMMENT_HEADER.match(line) is not None for line in texts])
    put_short("time_of_day", [TIME_OF_DAY.search(line) is not None for line in texts])
    put_short("year", [YEAR.search(line) is not None for line in texts])
    _add_block_features(columns, gap_before, count, np.array(stops, dtype=float))
    return Page(lines=lines, numbers=numbers, words=words, features=columns)


def _add_block_features(columns: np.ndarray, starts: np.ndarray, words: np.ndarray,
                        stops: np.ndarray) -> None:
    """Totals of each block (lines with no blank line between): the paragraph
    a text renderer broke at its links, or a menu."""
    first = np.flatnonzero(starts)
    block = np.cumsum(starts) - 1
    lines = np.diff(np.append(first, len(starts)))
    block_words = np.add.reduceat(words, first)
    block_stops = np.add.reduceat(stops, first)
    block_terminal = np.add.reduceat(columns[:, LINE_FEATURES.index("terminal")], first) / lines
    at = LINE_FEATURES.index("block_log_words")
    columns[:, at] = np.log1p(block_words)[block]
    columns[:, at + 1] = np.log1p(lines)[block]
    columns[:, at + 2] = (block_stops / np.maximum(block_words, 1))[block]
    columns[:, at + 3] = block_terminal[block]
