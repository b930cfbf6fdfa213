"""Inline spans a rendering printed on lines of their own, joined to their line again.

A page's text taken tag by tag (BeautifulSoup's ``get_text("\\n")``) breaks the line
at every inline element, a drop cap's letter among them ("S" / "pecific"). A
text browser keeps it in the line; read so, both renderings of one page read alike.
"""
from __future__ import annotations

import re

from .rules.shapes import DROP_CAP_REST
from .rules.stopwords import ALL_STOPWORDS

#: a line of one letter over a line opening on a letter (a fast test of the whole text first)
_MAY_JOIN = re.compile(r"(?:^|\n)[ \t]*\w[ \t]*\n[ \t]*[^\W\d_]")
_WORD = re.compile(r"\w+")


def rejoined(text: str, raw: list[str], spaced: list[str]) -> tuple[list[str], list[str]]:
    """``raw`` and ``spaced`` (the lines of ``text`` as they are and with their
    spaces made single) with a drop cap's word whole again: a line of one
    capital letter joined to the line right under it opening in a small
    letter, when the letter and that line's first word make a function word
    ("I" / "f you ...") or a word the page prints elsewhere ("S" / "pecific"
    on a page saying "specific"); not when the letter is a word of its own
    ("A" / "password manager")."""
    if _MAY_JOIN.search(text) is None:
        return raw, spaced
    words: set[str] | None = None
    same = raw is spaced
    out_raw: list[str] = []
    out_spaced: list[str] = []
    for line, plain in zip(raw, spaced):
        above = out_spaced[-1] if out_spaced else ""
        if len(above) == 1 and above.isupper() and plain[:1].islower() \
                and (rest := DROP_CAP_REST.match(plain)) is not None:
            word = (above + rest.group()).lower()
            if word not in ALL_STOPWORDS and words is None:
                words = set(_WORD.findall(text.lower()))
            if word in ALL_STOPWORDS or word in words:
                out_spaced[-1] = above + plain
                if not same:
                    out_raw[-1] = out_raw[-1].rstrip() + line.lstrip()
                continue
        out_spaced.append(plain)
        if not same:
            out_raw.append(line)
    return (out_spaced if same else out_raw), out_spaced
