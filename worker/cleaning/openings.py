"""The characters a pattern's match can open on, as a table of the BMP.

A pattern anchored at a line's start ("By ...", "• ...") is searched for
over a whole page; the lines that open on a character no match opens on
cannot match, and a table look-up of each line's first character finds the
few that can (:func:`~.lines.lines_starting_among`). The characters are read
from the parse ``re`` makes of the pattern, and looked up in the BMP with
the pattern's own flags (so ``re.IGNORECASE`` folds them as it does); when in
doubt, any character.

The same question, asked of a pattern of many alternatives tried on each
short line, groups them by the character they open on
(:func:`by_first_character`), so that ``re`` enters few of them, not each.
"""
from __future__ import annotations

import re

import numpy as np

try:  # Python 3.11 names the parser re._parser
    from re import _constants as sre_constants  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

#: a class item per category ``re`` parses (``\d``, ``\s``, ``\w`` and their opposites)
_CATEGORIES = {sre_constants.CATEGORY_DIGIT: r"\d", sre_constants.CATEGORY_NOT_DIGIT: r"\D",
               sre_constants.CATEGORY_SPACE: r"\s", sre_constants.CATEGORY_NOT_SPACE: r"\S",
               sre_constants.CATEGORY_WORD: r"\w", sre_constants.CATEGORY_NOT_WORD: r"\W"}
_BMP = "".join(map(chr, range(0x10000)))


def _class_items(items) -> tuple[list[str] | None, bool]:
    """The items of a character class that holds every character a parsed
    sequence can open on (None: any character), and whether the sequence
    can match the empty string. Anchors and lookarounds are read as matching
    nothing, which can only add characters."""
    found: list[str] = []
    for op, value in items:
        if op is sre_constants.LITERAL or op is sre_constants.IN:
            one = _class_of(op, value)
            return (None, False) if one is None else ([*found, *one], False)
        if op in (sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            continue
        if op is sre_constants.SUBPATTERN and not value[1] and not value[2]:
            inner, empty = _class_items(value[3])
        elif op is sre_constants.BRANCH:
            inner, empty = [], False
            for branch in value[1]:
                opens, may_be_empty = _class_items(branch)
                if opens is None:
                    return None, False
                inner += opens
                empty |= may_be_empty
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
            inner, empty = _class_items(value[2])
            empty = empty or value[0] == 0
        else:
            return None, False
        if inner is None:
            return None, False
        found += inner
        if not empty:
            return found, False
    return found, True


def opening_table(pattern: re.Pattern[str]) -> np.ndarray:
    """For each code point of the BMP, whether a match of ``pattern`` may
    open on it; past the BMP (the table's last entry, read for all of them)
    and when the pattern may match nothing, always."""
    items, empty = _class_items(sre_parse.parse(pattern.pattern, pattern.flags))
    table = np.ones(0x10000, dtype=bool)
    if items is None or empty or not items:
        return table
    table[:] = False
    opening = re.compile(f"[{''.join(items)}]", pattern.flags)
    table[[ord(c) for c in opening.findall(_BMP)]] = True
    table[0xFFFF] = True
    return table


#: how many ways to open on two characters a pattern may have for :func:`pair_tables`
_MAX_PAIRS = 64


def _class_of(op, value) -> tuple[str, ...] | None:
    """The class items of one character a parsed LITERAL or IN matches (None: any, or not read)."""
    if op is sre_constants.LITERAL:
        return (re.escape(chr(value)),)
    found: list[str] = []
    for kind, member in value:
        if kind is sre_constants.LITERAL:
            found.append(re.escape(chr(member)))
        elif kind is sre_constants.RANGE:
            found.append(f"{re.escape(chr(member[0]))}-{re.escape(chr(member[1]))}")
        elif kind is sre_constants.CATEGORY and member in _CATEGORIES:
            found.append(_CATEGORIES[member])
        else:
            return None
    return tuple(found)


def _prefixes(items, k: int) -> list[tuple] | None:
    """The ways a match of a parsed sequence may open: each a tuple of the
    classes (:func:`_class_of`; None: any character) of its first ``k``
    characters, or of fewer when the match may end sooner. None when the
    sequence is not read (an unknown operator, a repeat of what may match
    nothing, a change of flags, too many ways). Anchors and lookarounds are
    read as matching nothing, which can only add ways."""
    open_: list[tuple] = [()]
    full: list[tuple] = []
    for op, value in items:
        if not open_:
            break
        if op in (sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            continue
        if op in (sre_constants.LITERAL, sre_constants.IN):
            ways: list[tuple] | None = [(_class_of(op, value),)]
        elif op in (sre_constants.ANY, sre_constants.NOT_LITERAL):
            ways = [(None,)]
        elif op is sre_constants.SUBPATTERN and not value[1] and not value[2]:
            ways = _prefixes(value[3], k)
        elif op is sre_constants.BRANCH:
            ways = []
            for branch in value[1]:
                inner = _prefixes(branch, k)
                if inner is None:
                    return None
                ways += inner
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
            least, most, inner = value[0], value[1], _prefixes(value[2], k)
            if inner is None or () in inner:
                return None
            # k repeats or more open alike: each adds a character at least
            ways = []
            repeated: list[tuple] = [()]
            for times in range(k + 1):
                if least <= times <= most or (times == k and most >= k):
                    ways += repeated
                repeated = list({(way + more)[:k] for way in repeated for more in inner})
        else:
            return None
        if ways is None:
            return None
        joined = {(way + more)[:k] for way in open_ for more in ways}
        open_ = [way for way in joined if len(way) < k]
        full += [way for way in joined if len(way) == k]
        if len(open_) + len(full) > _MAX_PAIRS:
            return None
    return list(dict.fromkeys(full + open_))


def _class_table(items: tuple[str, ...] | None, flags: int) -> np.ndarray:
    """For each code point of the BMP, whether the class holds it (past the BMP: always)."""
    table = np.ones(0x10000, dtype=bool)
    if items is not None:
        table[:] = False
        table[[ord(c) for c in re.compile(f"[{''.join(items)}]", flags).findall(_BMP)]] = True
        table[0xFFFF] = True
    return table


def pair_tables(pattern: re.Pattern[str]) -> tuple[np.ndarray, np.ndarray] | None:
    """Tables of the BMP that tell the first two characters a match of
    ``pattern`` may open on: a text may be matched only when the first
    table's entry of its first character and the second's of its second
    share a bit (one bit for each way to open). Past the BMP, any character.
    None when the pattern is not read, or may match fewer than two characters."""
    ways = _prefixes(sre_parse.parse(pattern.pattern, pattern.flags), 2)
    if not ways or any(len(way) < 2 for way in ways):
        return None
    first, second = np.zeros(0x10000, dtype=np.uint64), np.zeros(0x10000, dtype=np.uint64)
    for bit, (opening, then) in enumerate(ways):
        first[_class_table(opening, pattern.flags)] |= np.uint64(1 << bit)
        second[_class_table(then, pattern.flags)] |= np.uint64(1 << bit)
    return first, second


def by_first_character(alternatives: str) -> str:
    """A pattern's alternatives (``"learn more|(?:see|view) deal|listen|\\d+ likes?"``)
    regrouped so that ``re`` enters few of them at each place it tries, where
    it enters each in turn: one that opens on a group of alternatives is
    spread into one for each (``"see deal|view deal"``: the same matches, in
    the same order), those that open on the same plain character are put
    together (``"(?:learn more|listen)"``: ``re`` takes out the character they
    share and enters the group only where the text has it), and so are those
    that open on a digit, behind a look-ahead for one. Their order changes, and
    with it which one a match takes: for a pattern only asked whether it
    matches (tested)."""
    groups: dict[str, list[str]] = {}
    for branch in (spread for alternative in _alternatives(alternatives) for spread in _spread(alternative)):
        plain = branch[:1] not in _REGEX_SYNTAX and branch[1:2] not in _QUANTIFIERS
        key = branch[0] if plain else _DIGIT if _opens_on_digit(branch) else branch
        groups.setdefault(key, []).append(branch)
    joined = []
    for key, group in groups.items():
        together = group[0] if len(group) == 1 else f"(?:{'|'.join(group)})"
        joined.append(f"(?=\\d){together}" if key == _DIGIT and len(group) > 1 else together)
    return "|".join(joined)


_REGEX_SYNTAX = ("", *"\\.^$*+?{}[]|()")
_QUANTIFIERS = ("?", "*", "+", "{")
_DIGIT = "\\d"


def _opens_on_digit(alternative: str) -> bool:
    """Whether every match of the alternative opens on a digit: on a ``\\d`` not made optional."""
    return alternative.startswith(_DIGIT) and not alternative[2:].startswith(("?", "*", "{0", "{,"))


def _syntax(source: str):
    """Each character of a pattern's source outside escapes and classes, where
    it is, and how deep in groups the source is after it."""
    depth, escaped, in_class = 0, False, False
    for at, char in enumerate(source):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        else:
            depth += (char == "(") - (char == ")")
            yield at, char, depth


def _alternatives(source: str) -> list[str]:
    """A pattern's source split at its top-level bars."""
    bars = [at for at, char, depth in _syntax(source) if char == "|" and not depth]
    return [source[start + 1:end] for start, end in zip([-1, *bars], [*bars, len(source)])]


def _spread(alternative: str) -> list[str]:
    """An alternative that opens on a group of alternatives as one alternative
    for each (``"(?:see|view) deal"`` -> ``"see deal"``, ``"view deal"``), and
    on an optional group as the alternatives with it, then without it
    (``"(?:the )?deal"`` -> ``"the deal"``, ``"deal"``): the same matches, tried
    in the same order."""
    if alternative.startswith("(?:"):
        end = next(at for at, char, depth in _syntax(alternative) if char == ")" and not depth)
        rest = alternative[end + 1:]
        if rest[:1] not in _QUANTIFIERS:
            return [spread for inner in _alternatives(alternative[3:end]) for spread in _spread(inner + rest)]
        if rest[:1] == "?" and rest[1:2] not in _QUANTIFIERS:
            return [*_spread(alternative[:end + 1] + rest[1:]), *_spread(rest[1:])]
    return [alternative]
