"""The lines of a page and the shape of each: the unit the plain-text cleaner
judges.

A page becomes its non-empty lines (whitespace normalised) and a table of
numbers per line: length, share of function words, end punctuation, bullets,
capitals, digits, and matches of the rule patterns in ``rules``. The cost must
stay a few microseconds per line: characters and function words are counted
with numpy over the whole page, patterns that open a line run once over all
lines joined, the others only on short lines, and only lines that name a
credit word are parsed for a credit.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from itertools import accumulate, compress, repeat

import numpy as np

from .credits import split_credit
from .language import HANGUL_FROM, HANGUL_TO, own_function_words, with_particles
from .normalize import normalized_lines
from .openings import opening_table, pair_tables
from .places import places, searched
from .rules.boilerplate import (
    END_MARKERS,
    GALLERY_BUTTONS,
    PHRASES,
    PLACEHOLDERS,
    PREFIXES,
    UNSPACED_PREFIXES,
)
from .rules.bylines import BYLINE, DATELINE, OPENER, UNCASED_NAME_START
from .rules.credits import (
    CREDIT_WORDS,
    FOR_PAPER_CREDIT,
    MEDIA_PHOTOGRAPHER,
    NEWSROOM_COLON,
    SLASH_TO_CLOSE,
    SLASHED_CREDIT,
)
from .rules.shapes import (
    BULLET,
    CLAUSE_ENDS,
    COMMAS,
    COMMENT_HEADER,
    DRAWN_RULE,
    SCRIPT_PUNCTUATION,
    SCRIPT_REPLY_WORDS,
    SENTENCE_ENDS,
    SEPARATOR,
    TIME_OF_DAY,
    URL_LIKE,
    YEAR,
)
from .rules.stopwords import ALL_STOPWORDS
from .spans import rejoined
from .unspaced import WORD_SHARE, unspaced_words

#: The columns of :attr:`Page.features`, in order.
LINE_FEATURES: tuple[str, ...] = (
    "log_words", "chars_per_word", "stop_share", "terminal", "ends_colon", "starts_lower",
    "starts_punct", "bullet", "indented", "title_case", "digit_share", "all_caps", "punct_share",
    "separator", "url_like", "bracketed", "placeholder", "furniture", "furniture_prefix", "credit",
    "byline", "dateline", "duplicate", "position", "blank_before", "blank_after", "block_log_words",
    "block_log_lines", "block_stop_share", "block_terminal", "commas_per_word", "end_marker", "opener",
    "horizontal_rule", "comment_header", "time_of_day", "year",
)

#: each column's place in :data:`LINE_FEATURES`, by name (a look-up, not a search of the tuple)
COLUMN_OF: dict[str, int] = {name: k for k, name in enumerate(LINE_FEATURES)}

KEY_STRIP = " \t•·*-–—|»«>›‹<:;,.!?()[]{}\"'“”‘’#" + SCRIPT_PUNCTUATION
_TERMINAL = tuple(SENTENCE_ENDS)
_COMMAS = tuple(COMMAS)
#: what closes a sentence in Chinese and Japanese, read on pages in those scripts
_UNSPACED_TERMINAL = "。！？」』"
#: longer lines are prose or data, never furniture, bylines or headers
_SHORT = 20
#: a credit closes a short caption line, not a paragraph
_CREDIT_WORDS = 12
#: how far below a gallery's button its picture may be ("Previous" / "Next" / "image")
_BUTTON_REACH = 3
#: a heading's length in words, and what it never ends with ("..." aside)
_HEADING_WORDS = (2, 30)
_END_PUNCTUATION = tuple(CLAUSE_ENDS)
_CLOSING_TABLE = np.zeros(0x10000, dtype=bool)
_CLOSING_TABLE[[ord(c) for c in _END_PUNCTUATION]] = True


def _after_newline(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` (anchored with ``^``) recompiled to match right after a
    newline: run over the page's lines joined, with a newline before the
    first, it finds the lines that start with it in one fast search."""
    return re.compile("\n" + pattern.pattern.removeprefix("^"), pattern.flags)


#: patterns a line must start with
_ANCHORED = {"bullet": _after_newline(BULLET), "byline": _after_newline(BYLINE),
             "dateline": _after_newline(DATELINE), "opener": _after_newline(OPENER)}
#: the characters a line must open on for each of them to match it (all for the dateline,
#: whose lines are picked by their digits)
_OPENS = {"bullet": opening_table(BULLET), "byline": opening_table(BYLINE), "opener": opening_table(OPENER)}
#: ... and the first two characters (:func:`~.openings.pair_tables`): a line is tried only
#: when they may open a match, far fewer lines than its first alone picks ("b", "p", "w", ...)
_PAIRS = {name: pair_tables(pattern) for name, pattern in
          (("bullet", BULLET), ("byline", BYLINE), ("opener", OPENER))}
#: patterns tried on each short line
_IN_SHORT_LINES = {"separator": SEPARATOR.search, "url_like": URL_LIKE.search,
                   "time_of_day": TIME_OF_DAY.search, "year": YEAR.search,
                   "comment_header": COMMENT_HEADER.match}
#: characters a line must hold for a pattern to match in it (a cheap test that spares the
#: search), one bit each, so that one look-up and one OR per line test them all
_SEPARATOR_CHAR, _URL_CHAR, _DIGIT, _CLOCK_CHAR = 1, 2, 4, 8
_NEEDS = np.zeros(0x10000, dtype=np.uint8)
_NEEDS[[ord(c) for c in "|/•·»›>"]] |= _SEPARATOR_CHAR
_NEEDS[ord("@")] |= _URL_CHAR
#: the pairs of characters one of which every other match of ``URL_LIKE`` holds: "://", "w."
#: ("www."), and "." before the first letter of a known ending (".com", ".org", ".htm", ".jpg",
#: ".png", in any case): a line with none of them and no "@" is not searched
_URL_AFTER_DOT = np.zeros(0x10000, dtype=bool)
_URL_AFTER_DOT[[ord(c) for c in "cohjpCOHJP"]] = True
_NEEDS[ord("0"):ord("9") + 1] |= _DIGIT
_NEEDS[[ord(c) for c in ":.hH"]] |= _CLOCK_CHAR
#: any decimal digit, as ``re`` reads ``\d`` (code points past the BMP all count as maybe)
_ANY_DIGIT = 16
_NEEDS[[ord(c) for c in re.findall(r"\d", "".join(map(chr, range(0x10000))))]] |= _ANY_DIGIT
_NEEDS[0xFFFF] |= _ANY_DIGIT
#: words before the first digit of a dateline, at most ("last updated : on Monday, June")
_DATELINE_LEAD = 6
#: a comment header ends with a colon, is one short word ("Reply", as ``re.I`` reads its
#: first letter), starts with a digit ("12 comments"), with "log in" or "sign in" (in any
#: case: "ſ" is an "s" to ``re.I``) and holds " to ", or holds "respons": lines with none
#: of these are not searched
_REPLY_WORDS = [*"reply responder antworten répondre rispondi balas ответить".split(), *SCRIPT_REPLY_WORDS]
_COMMENT_SHORT_WORD = max(map(len, _REPLY_WORDS))
_REPLY_FIRST = np.array([re.match(f"[{''.join(w[0] for w in _REPLY_WORDS)}]", chr(c), re.I) is not None
                         for c in range(0x10000)])
_COMMENT_FIRST = np.zeros(0x10000, dtype=bool)
_COMMENT_FIRST[[ord(c) for c in "lLsS\u017f"]] = True
#: "respons" as ``re.IGNORECASE`` finds it: in lowercase text, with the long s (ſ) an s
_RESPONS, _LONG_S = "respons", "\u017f"
#: what marks a credit however it is glued to the words around it: "Credit" ("marmotsCredit: X"),
#: the copyright sign and a freelance's "Special to" ("Jane Doe/Special to The Daily Planet")
#: (each a literal alone: ``re`` finds one much faster than either of two)
_CREDIT_MARKS = (re.compile("Credit"), re.compile("©"), re.compile("pecial to "))
_TERMINAL_TABLE = np.zeros(0x10000, dtype=bool)
_TERMINAL_TABLE[[ord(c) for c in _TERMINAL]] = True
_UNSPACED_TERMINAL_TABLE = _TERMINAL_TABLE.copy()
_UNSPACED_TERMINAL_TABLE[[ord(c) for c in _UNSPACED_TERMINAL]] = True
_STARTING_PUNCT_TABLE = np.zeros(0x10000, dtype=bool)
_STARTING_PUNCT_TABLE[[ord(c) for c in ",.;:)"]] = True
#: code points counted as punctuation: ASCII marks, Latin-1 signs, general and CJK punctuation
_PUNCT_TABLE = np.zeros(0x10000, dtype=bool)
_PUNCT_TABLE[[ord(c) for c in "!\"#$%&'()*+,-./:;<=>?@[\\]^`{|}~"]] = True
_PUNCT_TABLE[0xA1:0xC0] = True
_PUNCT_TABLE[0x2010:0x2060] = True
_PUNCT_TABLE[0x3000:0x3040] = True
_PUNCT_TABLE[0xFF01:0xFF10] = True
_PUNCT_TABLE[[0xAA, 0xB2, 0xB3, 0xB5, 0xB9, 0xBA]] = False
_PUNCT_TABLE[[ord(c) for c in SCRIPT_PUNCTUATION]] = True
_COMMA_TABLE = np.zeros(0x10000, dtype=bool)
_COMMA_TABLE[[ord(c) for c in COMMAS]] = True
#: :data:`_PUNCT_TABLE` and :data:`_URL_AFTER_DOT` as two more bits of :data:`_NEEDS`: one
#: look-up over the page's code points reads all three
_PUNCT, _AFTER_DOT = 32, 64
_NEEDS[_PUNCT_TABLE] |= _PUNCT
_NEEDS[_URL_AFTER_DOT] |= _AFTER_DOT
#: a letter of a script written without spaces (:mod:`.unspaced`): the lines that hold one are
#: counted by their characters, and a heading may open on one (it has no case)
_UNSPACED = 128
_NEEDS[WORD_SHARE > 0] |= _UNSPACED
#: the credit words in unspaced scripts ("图片来源", "写真", "共同"), found inside a line's runs of
#: letters, which its words split by spaces and punctuation do not part
_UNSPACED_CREDIT_WORDS = tuple(sorted(word for word in CREDIT_WORDS
                                      if any(WORD_SHARE[min(ord(c), 0xFFFF)] for c in word)))


def _by_first_character(prefixes: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The prefixes grouped by their first character: a line that starts with
    one starts with its first, so it is compared with that group only, not
    with every prefix."""
    if "" in prefixes:
        raise ValueError("an empty prefix starts every line")
    grouped: dict[str, list[str]] = {}
    for prefix in prefixes:
        grouped.setdefault(prefix[0], []).append(prefix)
    return {first: tuple(group) for first, group in grouped.items()}


#: the furniture prefixes by their first character, those of a page in spaced words and those
#: a page in an unspaced script is read with
_PREFIXES_BY_FIRST = _by_first_character(PREFIXES)
_ALL_PREFIXES_BY_FIRST = _by_first_character(PREFIXES + UNSPACED_PREFIXES)


def _may_open_key(grouped: dict[str, tuple[str, ...]]) -> np.ndarray:
    """For each code point of the BMP, whether a line opening on it may have a
    key (:func:`key_of`) that opens on one of the ``grouped`` prefixes: its
    lowercase opens as one does, or it is stripped off the key (then the key
    opens on a later character), or its case is read by its neighbours (the
    capital sigma); past the BMP, always."""
    opens = np.zeros(0x10000, dtype=bool)
    for code in range(0x10000):
        char = chr(code)
        low = char.lower()
        opens[code] = low[:1] in grouped or char in KEY_STRIP or low[:1] in KEY_STRIP
    opens[[0x3A3, 0xFFFF]] = True
    return opens


#: :func:`_may_open_key` of each group of prefixes: only lines whose first character is
#: one are compared with the prefixes
_OPENS_PREFIX, _OPENS_ANY_PREFIX = _may_open_key(_PREFIXES_BY_FIRST), _may_open_key(_ALL_PREFIXES_BY_FIRST)
#: which of the phrase sets a line's key (:func:`key_of`) is in, one bit each: one look-up
#: per line instead of one per set
_PLACEHOLDER_KEY, _FURNITURE_KEY, _END_MARKER_KEY = 1, 2, 4
_KEY_KINDS: dict[str, int] = {
    key: (key in PLACEHOLDERS) * _PLACEHOLDER_KEY | (key in PHRASES) * _FURNITURE_KEY
    | (key in END_MARKERS) * _END_MARKER_KEY for key in PLACEHOLDERS | PHRASES | END_MARKERS}
#: the full-width colon of Chinese and Japanese
_WIDE_COLON = ord("：")


#: what ``str.islower``, ``isupper``, ``isdigit`` and ``isdecimal`` say of a character, one bit each;
#: lower only for a lowercase letter a sentence would open on capitalised: Georgian's letters are
#: lowercase to ``str.islower`` but the script has no capitals in running text, and "ⓒ" (Korean
#: sites' copyright sign) is a symbol, so lines opening on them ran on into the line above
LOWER, UPPER, DIGIT, DECIMAL = 1, 2, 4, 8
#: ... and a letter of a script without capitals (:data:`~.rules.bylines.UNCASED_NAME_START`), which
#: opens a heading as a capital does
UNCASED = 16


def _char_class(char: str) -> int:
    lower = unicodedata.category(char) == "Ll" and char.title() != char
    return lower | char.isupper() << 1 | char.isdigit() << 2 | char.isdecimal() << 3 \
        | (UNCASED_NAME_START.match(char) is not None) << 4


_CHAR_CLASSES = np.fromiter(map(_char_class, map(chr, range(0x10000))), dtype=np.uint8, count=0x10000)


def char_classes(codes: np.ndarray, chars: str) -> np.ndarray:
    """The classes (:data:`LOWER`, :data:`UPPER`, :data:`DIGIT`,
    :data:`DECIMAL`) of each of ``chars`` (``codes``, its code points): one
    look-up for the page's lines' first characters instead of a pass of
    each ``str`` method, the characters past the BMP asked one by one."""
    classes = _CHAR_CLASSES.take(codes, mode="clip")
    for j in (codes > 0xFFFF).nonzero()[0].tolist():
        classes[j] = _char_class(chars[j])
    return classes


def looked_up(table: np.ndarray, codes: np.ndarray) -> np.ndarray:
    """The entry of a table of the BMP for each code point, those past it
    reading its last entry. ``take`` is several times faster than indexing
    with an array of code points (``uint32``, not ``intp``)."""
    return table.take(codes, mode="clip")


def key_of(line: str) -> str:
    """A line reduced for phrase lookup: lowercase, bullets and punctuation trimmed."""
    return line.strip(KEY_STRIP).lower()


def heading_shape(line: str, words: float, unspaced: bool = False) -> bool:
    """The shape of a heading: a few words, a capital or digit first (or a letter of a
    script without capitals; on a page in an unspaced script, a letter of one), no
    closing full stop."""
    if not _HEADING_WORDS[0] <= words <= _HEADING_WORDS[1]:
        return False
    first = line[0]
    if not (first.isupper() or first.isdigit() or UNCASED_NAME_START.match(line)
            or unspaced and _NEEDS[min(ord(first), 0xFFFF)] & _UNSPACED):
        return False
    return not (line.endswith(_END_PUNCTUATION) and not line.endswith("..."))


def _heading_lines(count: np.ndarray, length: np.ndarray, codes: np.ndarray, ends: np.ndarray,
                   first_classes: np.ndarray, first_marks: np.ndarray | None = None) -> np.ndarray:
    """:func:`heading_shape` of every line, from the page's measures: its
    word counts and lengths, its code points, where each line ends and the
    :func:`char_classes` of its first character (and on a page in an unspaced
    script, its :data:`_NEEDS`)."""
    shaped = (count >= _HEADING_WORDS[0]) & (count <= _HEADING_WORDS[1])
    opening = (first_classes & (UPPER | DIGIT | UNCASED)) > 0
    if first_marks is not None:
        opening |= (first_marks & _UNSPACED) > 0
    shaped &= opening
    last = codes[ends]
    dots = (last == ord(".")) & (length >= 3)
    ellipsis = dots & (codes[np.where(dots, ends - 1, 0)] == ord(".")) \
        & (codes[np.where(dots, ends - 2, 0)] == ord("."))
    return shaped & ~(looked_up(_CLOSING_TABLE, last) & ~ellipsis)


def lines_holding(lines: list[str], hints: tuple[str, ...]) -> list[int]:
    """The indexes of ``lines`` that hold one of ``hints``, in order: the
    places of every hint in the lines joined are found in one pass
    (:func:`~.places.places`), so that only the few lines that hold one need
    a pattern's search."""
    joined = "\n".join(lines)
    at = [p for found in places(joined, hints) for p in found]
    if not at:
        return []
    ends = list(accumulate([len(line) + 1 for line in lines]))
    return sorted({bisect_right(ends, p) for p in at})


def lines_matching(lines: list[str], pattern: re.Pattern[str]) -> set[int]:
    """The indexes of ``lines`` where ``pattern`` matches, found by one search
    of the lines joined by newlines rather than one of each line. Only for a
    pattern no match of which holds or looks past a newline: then each line
    with a match has its first one found there."""
    joined = "\n".join(lines)
    at = [m.start() for m in pattern.finditer(joined)]
    if not at:
        return set()
    ends = list(accumulate([len(line) + 1 for line in lines]))
    return {bisect_right(ends, p) for p in at}


@dataclass(frozen=True)
class Page:
    """The non-empty lines of a page, where they were, and their features."""

    lines: list[str]
    numbers: list[int]
    words: list[int]
    #: :attr:`words` as an array, for the passes that compare spans of it at once
    word_array: np.ndarray
    features: np.ndarray
    #: lines that name a credit word ("Photo", "Reuters", "Getty"): the only ones worth parsing for a credit
    credit_words: np.ndarray
    #: lines shaped as a heading (:func:`heading_shape`)
    headings: np.ndarray
    #: lines whose sentence goes on on the next line (:func:`runs_on`)
    runs_on: np.ndarray
    #: the page is mostly in a script written without spaces (:mod:`.unspaced`): counted by characters
    unspaced: bool = False
    #: how many times each line occurs in the page
    times: Counter[str] = field(default_factory=Counter)
    #: :func:`split_credit` of the lines parsed so far, by position: each line is parsed once
    credits: dict[int, tuple[str, str | None]] = field(default_factory=dict)
    #: each line lowercased, its punctuation made spaces: its words, for comparing lines' wording
    plain: list[str] = field(default_factory=list)
    #: each line lowercased (``str.lower``), made once for the passes that read it
    lower: list[str] = field(default_factory=list)
    #: :func:`key_of` of each line, made once for the passes that look lines up in phrase sets
    keys: list[str] = field(default_factory=list)
    #: whether each line is furniture on sight, whole ("Share"), by its opening ("Copyright 2024 ...")
    #: or as an end marker: a list for the passes that ask line by line (a field, not a cached
    #: property: writing an instance's ``__dict__`` makes every attribute read of it slower)
    on_sight: list[bool] = field(default_factory=list)
    #: whether each line's last character is a digit (``str.isdigit``): a gallery's counter ("1 of 9")
    #: and a slide's button end so, read once for the page rather than by each pass
    ends_on_digit: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    #: whether each line's first character is a capital (``str.isupper``): a label's, a name's, a heading's
    opens_upper: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))

    def column(self, name: str) -> np.ndarray:
        return self.features[:, COLUMN_OF[name]]

    def split_credit(self, pos: int) -> tuple[str, str | None]:
        """:func:`split_credit` of line ``pos``."""
        found = self.credits.get(pos)
        if found is None:
            found = self.credits[pos] = split_credit(self.lines[pos])
        return found


def lines_starting_among(pattern: re.Pattern[str], joined: str, starts: list[int],
                         candidates: list[int]) -> list[int]:
    """Indices of the lines that start with ``pattern`` (see :func:`_after_newline`),
    trying it only at the ``candidates`` (ascending): the same answer as a
    search of the whole page when no match can begin at another line. ``joined``
    is the lines joined by newlines with one before the first, line i's newline
    at ``starts[i]`` (a list: its items are read faster than an array's). As
    ``finditer`` does, a match that runs into the next lines hides their starts."""
    found = []
    end = 0
    match, newline_in = pattern.match, joined.find
    for j in candidates:
        at = starts[j]
        if at < end:
            continue
        m = match(joined, at)
        if m:
            end = m.end()
            # (no newline inside the match past its first character: looked for in place, not in a copy)
            if newline_in("\n", at + 1, end) < 0:
                found.append(j)
    return found


def _lines_at(starts: np.ndarray, places: list[int]) -> np.ndarray:
    """The line each of ``places`` of the page's lines joined is in (line i starts at ``starts[i]``)."""
    return starts.searchsorted(places, side="right") - 1


def _may_hold_url(codes: np.ndarray, marks: np.ndarray, starts: np.ndarray, needs: np.ndarray) -> np.ndarray:
    """The lines ``URL_LIKE`` may match in: those with an "@" (in ``needs``)
    or a pair of characters of :data:`_URL_AFTER_DOT`'s comment (``marks``:
    the :data:`_NEEDS` of each code point). A pair never spans two lines: a
    newline stands between."""
    first, second = codes[:-1], codes[1:]
    pair = np.zeros(len(codes), dtype=bool)
    pair[:-1] = ((first == ord(".")) & ((marks[1:] & _AFTER_DOT) > 0)) \
        | ((second == ord("/")) & (first == ord(":"))) | ((second == ord(".")) & ((first | 0x20) == ord("w")))
    return ((needs & _URL_CHAR) > 0) | np.logical_or.reduceat(pair, starts)


def _may_start_dateline(has_digit: np.ndarray, count: np.ndarray) -> np.ndarray:
    """The lines a dateline can begin at. Every dateline holds a digit, and
    what comes before its first digit ("Last updated: on Monday, June") is at
    most ``_DATELINE_LEAD`` words: a match begins on a line with a digit, or
    on one from which lines of that many words in all lead to one."""
    n = len(count)
    next_digit = np.minimum.accumulate(np.where(has_digit, np.arange(n), n)[::-1])[::-1]
    words_before = np.concatenate(([0.0], count.cumsum()))
    return (next_digit < n) & (words_before[next_digit] - words_before[:n] <= _DATELINE_LEAD)


def _may_open(name: str, first_codes: np.ndarray, second_codes: np.ndarray) -> np.ndarray:
    """The lines a match of the anchored pattern ``name`` may start at: by
    their first two characters (:data:`_PAIRS`), or their first alone
    (:data:`_OPENS`) when the pattern's pairs are not read."""
    pairs = _PAIRS[name]
    if pairs is None:
        return looked_up(_OPENS[name], first_codes)
    first, second = pairs
    return (looked_up(first, first_codes) & looked_up(second, second_codes)) > 0


def read_page(text: str) -> Page:
    """Split ``text`` into lines and measure each one."""
    raw, spaced = rejoined(text, *normalized_lines(text))
    # (a rule a text browser draws for a page's <hr>, which other renderings do not print: the
    # page is read without it, so that both renderings of one page are read alike)
    if "━" in text or "─" in text:
        spaced = ["" if DRAWN_RULE.match(line) else line for line in spaced]
    nonempty = np.fromiter(map(bool, spaced), dtype=bool, count=len(spaced))
    lines: list[str] = list(filter(None, spaced))
    n = len(lines)
    numbers: list[int] = nonempty.nonzero()[0].tolist()
    columns = np.zeros((n, len(LINE_FEATURES)))
    if not n:
        return Page(lines=lines, numbers=numbers, words=[], word_array=np.zeros(0, dtype=np.int64),
                    features=columns, credit_words=np.zeros(0, dtype=bool), headings=np.zeros(0, dtype=bool),
                    runs_on=np.zeros(0, dtype=bool))

    def put(name: str, values) -> None:
        columns[:, COLUMN_OF[name]] = values

    joined = "\n".join(lines)
    length = np.fromiter(map(len, lines), dtype=float, count=n)
    starts = np.zeros(n, dtype=np.int64)
    (length[:-1] + 1).cumsum(out=starts[1:])
    codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    # a line's tokens are its spaces and one: whitespace is single spaces now
    spaced_count = np.add.reduceat(codes == 32, starts, dtype=float) + 1
    token_counts = spaced_count.astype(np.int64)
    lower = joined.lower()
    tokens = lower.split()  # lines hold single spaces only: the same words as split(" ")
    token_starts = np.zeros(n, dtype=np.int64)
    spaced_count[:-1].cumsum(out=token_starts[1:])
    is_stop = np.fromiter(map(ALL_STOPWORDS.__contains__, tokens), dtype=bool, count=len(tokens))
    if own := own_function_words(tokens, token_counts, is_stop):
        is_stop |= np.fromiter(map(own.__contains__, tokens), dtype=bool, count=len(tokens))
    # Korean particles count in a line's share of function words only: a noun may end on one's
    # syllable ("주의"), which tells nothing of a line running on into the next
    # (a page with emoji or private-use icons holds code points past the first Hangul syllable too)
    korean = codes.max() >= HANGUL_FROM and bool(((codes >= HANGUL_FROM) & (codes <= HANGUL_TO)).any())
    function_words = is_stop | with_particles(tokens) if korean else is_stop
    stops = np.add.reduceat(function_words, token_starts, dtype=float)
    marks = looked_up(_NEEDS, codes)
    needs = np.bitwise_or.reduceat(marks, starts)
    count = spaced_count
    unspaced = np.bitwise_or.reduce(needs) & _UNSPACED
    counted = unspaced_words(codes, starts, lines, spaced_count) if unspaced else None
    if counted is not None:
        count = np.rint(spaced_count + counted[0])
        stops = stops + counted[1]
    word_array = count.astype(np.int64)
    words = word_array.tolist()
    per_word = np.maximum(count, 1)
    digits = np.add.reduceat((codes >= 48) & (codes <= 57), starts, dtype=float)
    is_punct = (marks & _PUNCT) > 0
    punct = np.add.reduceat(is_punct, starts, dtype=float)
    # (each comma compared in place: a list of arrays reduced is copied into one first)
    is_comma = codes == ord(COMMAS[0])
    for comma in COMMAS[1:]:
        is_comma |= codes == ord(comma)
    commas = np.add.reduceat(is_comma, starts, dtype=float)
    ends = starts + length.astype(np.int64) - 1
    first_codes, last_codes = codes[starts], codes[ends]
    first_chars = first_codes.astype("<u4").tobytes().decode("utf-32-le", "surrogatepass")
    # a line was indented when its text did not start with its first visible character
    indented = np.zeros(n, dtype=bool) if spaced is raw else \
        ~np.fromiter(map(str.startswith, compress(raw, nonempty.tolist()), first_chars), dtype=bool, count=n)

    put("log_words", np.log1p(count))
    put("chars_per_word", length / per_word)
    put("stop_share", stops / per_word)
    terminal = looked_up(_TERMINAL_TABLE if counted is None else _UNSPACED_TERMINAL_TABLE, last_codes)
    first_classes = char_classes(first_codes, first_chars)
    last_chars = last_codes.astype("<u4").tobytes().decode("utf-32-le", "surrogatepass")
    ends_on_digit = (char_classes(last_codes, last_chars) & DIGIT) > 0
    starts_lower = (first_classes & LOWER) > 0
    starts_punct = looked_up(_STARTING_PUNCT_TABLE, first_codes)
    put("terminal", terminal)
    ends_colon = last_codes == ord(":")
    if counted is not None:
        ends_colon |= last_codes == _WIDE_COLON
    put("ends_colon", ends_colon)
    put("starts_lower", starts_lower)
    put("starts_punct", starts_punct)
    # each line's last word is its last token (lines hold single spaces): whether it is a function word
    ends_on_comma = looked_up(_COMMA_TABLE, last_codes)
    ends_on_stop = is_stop[token_starts + token_counts - 1]
    # (a name opens on a capital and has two words: only such lines are read)
    for j in (ends_on_stop & ((first_classes & UPPER) > 0) & (token_counts >= 2)).nonzero()[0].tolist():
        ends_on_stop[j] = not _capitalised_name(lines[j])
    runs_on = _runs_on_lines(terminal, ends_on_comma | ends_on_stop, starts_lower | starts_punct)
    put("indented", indented)
    put("digit_share", digits / length)
    put("all_caps", np.fromiter(map(str.isupper, lines), dtype=bool, count=n))
    put("bracketed", (first_codes == ord("[")) & (last_codes == ord("]")))
    put("commas_per_word", commas / per_word)
    seen = Counter(lines)
    put("duplicate", np.fromiter(map(seen.__getitem__, lines), dtype=float, count=n) > 1)
    put("position", np.arange(n) / max(n - 1, 1))
    number = np.array(numbers)
    gap_before = np.ones(n, dtype=bool)
    gap_before[1:] = number[1:] != number[:-1] + 1
    gap_after = np.ones(n, dtype=bool)
    gap_after[:-1] = gap_before[1:]
    put("blank_before", gap_before)
    put("blank_after", gap_after)

    short = count <= _SHORT
    datelines = _may_start_dateline((needs & _ANY_DIGIT) > 0, count)
    after_newline = "\n" + joined
    # (a list's item is read much faster than an array's, once for each line tried)
    start_list = starts.tolist()
    # each line's second character, the newline after a line of one (past the page's end: any)
    second_codes = codes.take(starts + 1, mode="clip")
    second_codes[starts + 1 >= len(codes)] = 0xFFFF
    # a match that runs on past a line's end takes a few words of it at most (a label, a weekday, a
    # day): a line of more than _SHORT words (by its spaces) neither is one of the short lines these
    # columns mark nor hides the next line's start, and is not tried (a bullet's line is, at any length)
    few_tokens = spaced_count <= _SHORT
    for name, pattern in _ANCHORED.items():
        hits = np.zeros(n, dtype=bool)
        at = datelines if name == "dateline" else _may_open(name, first_codes, second_codes)
        if name != "bullet":
            at &= few_tokens
        hits[lines_starting_among(pattern, after_newline, start_list, at.nonzero()[0].tolist())] = True
        put(name, hits & short if name != "bullet" else hits)
    lowered = _lowered_words(codes, is_punct, lower)
    plain = lowered.split("\n")
    commented = ((last_codes == ord(":"))
                 | ((length <= _COMMENT_SHORT_WORD) & looked_up(_REPLY_FIRST, first_codes))
                 | ((first_classes & DECIMAL) > 0))
    log_in = looked_up(_COMMENT_FIRST, first_codes).nonzero()[0]
    commented[log_in] |= np.array([" to " in plain[j] for j in log_in.tolist()], dtype=bool)
    respons = lowered if _LONG_S not in lowered else lowered.replace(_LONG_S, "s")
    if len(respons) == len(codes):
        # (each line where the page's is: the few places found by a search of the whole page)
        commented[_lines_at(starts, searched(respons, _RESPONS))] = True
    else:
        commented |= np.fromiter(map(str.__contains__, respons.split("\n"), repeat(_RESPONS)), dtype=bool,
                                 count=n)
    worth = {"separator": (needs & _SEPARATOR_CHAR) > 0,
             "url_like": _may_hold_url(codes, marks, starts, needs),
             "time_of_day": (needs & (_DIGIT | _CLOCK_CHAR)) == _DIGIT | _CLOCK_CHAR,
             "year": digits >= 2, "comment_header": commented}
    for name, find in _IN_SHORT_LINES.items():
        at = (short & worth[name]).nonzero()[0]
        columns[at, COLUMN_OF[name]] = [find(lines[j]) is not None for j in at.tolist()]
    rows = short.nonzero()[0]
    short_list = short.tolist()
    texts = list(compress(lines, short_list))
    # (the page lowercased at once splits into its lines lowercased: a newline bounds the context
    # a capital sigma is lowercased by, and stripping marks that have no case commutes with lowercasing)
    lower_lines = lower.split("\n")
    all_keys = list(map(str.strip, lower_lines, repeat(KEY_STRIP)))
    keys = list(compress(all_keys, short_list))
    short_words = count[rows]
    short_tokens_per_line = spaced_count[rows]

    def put_short(name: str, values) -> None:
        columns[rows, COLUMN_OF[name]] = values

    if len(rows):
        short_tokens = " ".join(texts).split(" ")
        capitalised = np.fromiter(map(str.istitle, short_tokens), dtype=bool, count=len(short_tokens))
        firsts = np.zeros(len(rows), dtype=np.int64)
        short_tokens_per_line[:-1].cumsum(out=firsts[1:])
        capitalised_words = np.add.reduceat(capitalised, firsts, dtype=float)
        put_short("title_case", capitalised_words / np.maximum(short_tokens_per_line, 1))
    put_short("punct_share", punct[rows] / length[rows])
    # (the three phrase sets a key may be in, read by one look-up per short line)
    kinds = np.fromiter(map(_KEY_KINDS.get, keys, repeat(0)), dtype=np.uint8, count=len(keys))
    put_short("placeholder", (kinds & _PLACEHOLDER_KEY) > 0)
    put_short("furniture", (kinds & _FURNITURE_KEY) > 0)
    # (only lines of a few words, opening on a character a prefix may open on)
    few = (short_words <= 12) & looked_up(_OPENS_PREFIX if counted is None else _OPENS_ANY_PREFIX,
                                          first_codes[rows])
    prefixes = _PREFIXES_BY_FIRST if counted is None else _ALL_PREFIXES_BY_FIRST
    columns[rows[few], COLUMN_OF["furniture_prefix"]] = [
        key.startswith(prefixes.get(key[:1], ())) for key in compress(keys, few.tolist())]
    put_short("end_marker", (kinds & _END_MARKER_KEY) > 0)
    _gallery_buttons_end_nothing(columns, lines)
    # a rule is one word of at most two characters ("-----", "=-=-="): two of its first three are alike
    rules = ((spaced_count <= 1) & (length >= 5)).nonzero()[0]
    first, second, third = codes[starts[rules]], codes[starts[rules] + 1], codes[starts[rules] + 2]
    rules = rules[(first == second) | (second == third) | (first == third)]
    columns[rules, COLUMN_OF["horizontal_rule"]] = [len(set(lines[j])) <= 2 for j in rules.tolist()]
    credit_words = _lines_with_credit_words(plain, joined, starts)
    if counted is not None:
        credit_words[lines_holding(lines, _UNSPACED_CREDIT_WORDS)] = True
    parsed = (credit_words & (count <= _CREDIT_WORDS)).nonzero()[0].tolist()
    # a page prints a credit-naming line many times ("image" under each picture): each text is parsed once
    by_text = {line: split_credit(line) for line in {lines[j] for j in parsed}}
    credits = {j: by_text[lines[j]] for j in parsed}
    columns[parsed, COLUMN_OF["credit"]] = [found is not None for _, found in credits.values()]
    _add_block_features(columns, gap_before, count, stops)
    first_marks = None if counted is None else marks[starts]
    headings = _heading_lines(count, length, codes, ends, first_classes, first_marks)
    on_sight = columns[:, COLUMN_OF["furniture"]] + columns[:, COLUMN_OF["furniture_prefix"]] \
        + columns[:, COLUMN_OF["end_marker"]] > 0
    return Page(lines=lines, numbers=numbers, words=words, word_array=word_array, features=columns,
                credit_words=credit_words, headings=headings,
                runs_on=runs_on, times=seen, credits=credits, plain=plain, unspaced=counted is not None,
                lower=lower_lines, keys=all_keys, on_sight=on_sight.tolist(), ends_on_digit=ends_on_digit,
                opens_upper=(first_classes & UPPER) > 0)


def _gallery_buttons_end_nothing(columns: np.ndarray, lines: list[str]) -> None:
    """A "Previous" or "Next" with a picture placeholder within ``_BUTTON_REACH``
    lines below it is a slideshow's button, not a link to another post: it
    marks no end of the article, which goes on under the gallery."""
    marker, placeholder = COLUMN_OF["end_marker"], COLUMN_OF["placeholder"]
    for j in columns[:, marker].nonzero()[0].tolist():
        if key_of(lines[j]) in GALLERY_BUTTONS \
                and columns[j + 1:j + 1 + _BUTTON_REACH, placeholder].any():
            columns[j, marker] = 0


def runs_on(line: str, following: str) -> bool:
    """Whether ``line`` is the head of a sentence that goes on on the
    ``following`` line: it closes no sentence, and it ends on a comma or a
    word such as "the" or "and", or the next line opens in lower case or on a
    comma or stop. A paragraph whose links a renderer put on lines of their
    own ("Each holiday season," / "I review" / "a simple viewer" / "as a
    thank you.")."""
    if line.endswith(_TERMINAL):
        return False
    return line.endswith(_COMMAS) \
        or line.rsplit(None, 1)[-1].lower() in ALL_STOPWORDS and not _capitalised_name(line) \
        or following[0].islower() or following[0] in ",.;:)"


def _capitalised_name(line: str) -> bool:
    """The line is two words or more, each opening on a capital ("Nguyễn Văn An",
    "Google AI", "SPONSORED BY"): a name or a label, whose last word may spell a
    function word of some language ("an", "ai", "by") without binding the line
    to the next, as a sentence broken at a link does ("She wrote for The")."""
    words = line.split(" ")
    return len(words) >= 2 and all(word[:1].isupper() for word in words)


def _runs_on_lines(terminal: np.ndarray, binds: np.ndarray, opens_on: np.ndarray) -> np.ndarray:
    """:func:`runs_on` of every line and the next (never the last line), from
    whether each line closes a sentence, ends on a comma or a function word
    (``binds``), and opens in lower case or on a comma or stop (``opens_on``):
    read once for the page rather than line by line by each pass."""
    found = np.zeros(len(terminal), dtype=bool)
    found[:-1] = (binds[:-1] | opens_on[1:]) & ~terminal[:-1]
    return found


#: the one letter ``str.lower`` lowercases by its neighbours (to "ς" at a word's end)
_CAPITAL_SIGMA = 0x3A3


def _lowered_words(codes: np.ndarray, is_punct: np.ndarray, lower: str) -> str:
    """The page's lines (as code points) lowercased, punctuation made spaces.
    ``lower`` is the lines lowercased: when each character lowercases to one
    (the same length), its punctuation is where the page's is (punctuation
    has no case, and no letter lowercases to it), and is made spaces there,
    which spares lowercasing the page a second time. A capital sigma aside:
    it lowercases by what follows it, and punctuation may be skipped there."""
    if len(lower) == len(codes) and not (codes == _CAPITAL_SIGMA).any():
        lowered_codes = np.frombuffer(lower.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        return np.where(is_punct, ord(" "), lowered_codes).astype("<u4").tobytes().decode("utf-32-le",
                                                                                           "surrogatepass")
    spaced = np.where(is_punct, ord(" "), codes).astype("<u4")
    return spaced.tobytes().decode("utf-32-le", "surrogatepass").lower()


def _lines_with_credit_words(lowered: list[str], joined: str, starts: np.ndarray) -> np.ndarray:
    """Which lines name a credit word ("Photo", "Reuters", "Getty", "©"), or
    "Credit" glued to the word before it: one split and one set look-up per
    line of the page lowercased with its punctuation made spaces (``lowered``)."""
    found = ~np.fromiter(map(CREDIT_WORDS.isdisjoint, map(str.split, lowered)), dtype=bool,
                         count=len(lowered))
    # (the few places of a mark found by a search: cheaper than a pass over the code points)
    marked = [m.start() for mark in _CREDIT_MARKS for m in mark.finditer(joined)]
    found[_lines_at(starts, marked)] = True
    # a credit with no credit word closing its line, after a slash ("... (Jane Doe/The Daily Planet)")
    slashes = [m.start() for m in SLASH_TO_CLOSE.finditer(joined)]
    for j in _lines_at(starts, slashes).tolist():
        end = joined.find("\n", starts[j])
        found[j] |= SLASHED_CREDIT.search(joined, starts[j], end if end >= 0 else len(joined)) is not None
    # ... or a photographer for a paper ("... (Jane Doe for The Washington Post)")
    papers = [m.start() for m in FOR_PAPER_CREDIT.finditer(joined)]
    found[_lines_at(starts, papers)] = True
    # ... or a newsroom's name and its photographer ("... on Monday. ABC News: Jane Doe")
    newsrooms = [m.start() for m in NEWSROOM_COLON.finditer(joined)]
    for j in _lines_at(starts, newsrooms).tolist():
        end = joined.find("\n", starts[j])
        found[j] |= MEDIA_PHOTOGRAPHER.search(joined[starts[j]:end if end >= 0 else len(joined)]) is not None
    return found


def _add_block_features(columns: np.ndarray, starts: np.ndarray, words: np.ndarray,
                        stops: np.ndarray) -> None:
    """Totals of each block (lines with no blank line between): the paragraph
    a text renderer broke at its links, or a menu."""
    first = starts.nonzero()[0]
    block = starts.cumsum() - 1
    lines = np.empty(len(first), dtype=first.dtype)
    lines[:-1] = first[1:] - first[:-1]
    lines[-1:] = len(starts) - first[-1:]
    block_words = np.add.reduceat(words, first)
    block_stops = np.add.reduceat(stops, first)
    block_terminal = np.add.reduceat(columns[:, COLUMN_OF["terminal"]], first) / lines
    at = COLUMN_OF["block_log_words"]
    columns[:, at] = np.log1p(block_words)[block]
    columns[:, at + 1] = np.log1p(lines)[block]
    columns[:, at + 2] = (block_stops / np.maximum(block_words, 1))[block]
    columns[:, at + 3] = block_terminal[block]
