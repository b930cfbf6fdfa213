"""Inline spans a rendering printed on lines of their own, joined to their line again.

A page's text taken tag by tag (BeautifulSoup's ``get_text("\\n")``) breaks the line
at every inline element, a drop cap's letter among them ("S" / "pecific"). A
text browser keeps it in the line; read so, both renderings of one page read alike.
"""
from __future__ import annotations

import re

from .rules.shapes import DROP_CAP_REST
from .rules.stopwords import ALL_STOPWORDS

#: a line of one letter (no small Latin one) over a line opening on a letter (no capital Latin
#: one): a fast test of the whole text first, its first line apart (searched for "^" too, the
#: pattern is tried slowly at every character)
_MAY_JOIN = re.compile(r"\n[ \t]*[^\W\d_a-z][ \t]*\n[ \t]*[^\W\d_A-Z]")
_MAY_JOIN_FIRST = re.compile(_MAY_JOIN.pattern[2:])
_WORD = re.compile(r"\w+")


def rejoined(text: str, raw: list[str], spaced: list[str]) -> tuple[list[str], list[str]]:
    """``raw`` and ``spaced`` (the lines of ``text`` as they are and with their
    spaces made single) with a drop cap's word whole again: a line of one
    capital letter joined to the line right under it opening in a small
    letter, when the letter and that line's first word make a function word
    ("I" / "f you ...") or a word the page prints elsewhere ("S" / "pecific"
    on a page saying "specific"); not when the letter is a word of its own
    ("A" / "password manager")."""
    if _MAY_JOIN.search(text) is None and _MAY_JOIN_FIRST.match(text) is None:
        return raw, spaced
    joins = []
    printed: set[str] | None = None
    for p in [p for p, size in enumerate(map(len, spaced)) if size == 1]:
        letter = spaced[p]
        if p + 1 < len(spaced) and letter.isupper() and spaced[p + 1][:1].islower() \
                and (rest := DROP_CAP_REST.match(spaced[p + 1])) is not None:
            word = (letter + rest.group()).lower()
            if word not in ALL_STOPWORDS:
                if printed is None:
                    # (the page's words read once, however many letters stand alone: linear time)
                    printed = set(_WORD.findall(text.lower()))
                if word not in printed:
                    continue
            joins.append(p)
    if not joins:
        return raw, spaced
    same = raw is spaced
    spaced = list(spaced)
    raw = spaced if same else list(raw)
    for p in reversed(joins):
        spaced[p:p + 2] = [spaced[p] + spaced[p + 1]]
        if not same:
            raw[p:p + 2] = [raw[p].rstrip() + raw[p + 1].lstrip()]
    return raw, spaced
