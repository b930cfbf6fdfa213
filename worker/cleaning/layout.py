"""Renderings that indent every line by its depth in the page, read as w3m prints them.

Some text renderers (inscriptis, lynx) indent each block by how deep it sits
in the page's markup: every ``<div>`` adds its margin, so an article's
paragraphs sit as far in as a menu's items, and their indentation says
nothing of a list. w3m, the renderer the cleaner reads best, prints text at
the margin and indents a list's items only. :func:`as_w3m` prints a page of
the first kind so:

- the page's text column is the depth most of its prose (lines of
  ``PROSE_WORDS`` words or more, counted by their words) sits at;
- a list's item is indented by its level, its bullet w3m's "•" (lynx and
  inscriptis nest "* ", "+ ", "o ", "- "), and so is a line under it (deeper
  than its bullet), until a line at the text column or before it closes the
  lists;
- any other line is at the margin, or a step in when it sits deeper than
  the text column (a box, a teaser, a caption beside the article);
- a line set deeper than the line just above it opens a block inside that
  one's (a byline's box under a standfirst, a menu's heading among its
  links): a blank line is put before it, as the blocks' margins would, so the
  two are not read as one paragraph or one run of links;
- past the article's last line of prose at the text column, a line
  shallower than the text column has left the article's block (a blogroll,
  related stories, a footer): it and the lines after it, down to the text
  column, are a step in, as w3m prints what sits beside an article.

A page without prose is left as it is.

Whether a page is printed so is told from the page as a whole
(:func:`is_depth_indented`: its lines nearly all indented), so that other
text is never touched.
"""
from __future__ import annotations

from collections import Counter

import numpy as np

from .rules.shapes import DEPTH_INDENTED_SHARE, LAYOUT_BULLET, NESTED_BULLETS, PROSE_WORDS

#: the indentation of one level, as w3m prints a list
_STEP = "  "


def is_depth_indented(text: str, codes: np.ndarray | None = None) -> bool:
    """Whether nearly all (``DEPTH_INDENTED_SHARE``) of the page's lines
    that hold text open with whitespace: a renderer indenting by depth, not
    by lists. ``codes``: the text's code points, when the caller has them
    (the cheap bound is then counted on them)."""
    # a cheap bound first: lines opening with a space among all lines, blank ones included
    if codes is None:
        opened, newlines = text.count("\n "), text.count("\n")
    else:
        newline = codes == 10
        opened, newlines = np.count_nonzero(newline[:-1] & (codes[1:] == 32)), np.count_nonzero(newline)
    if opened + 1 < DEPTH_INDENTED_SHARE * (newlines + 1) / 2:
        return False
    filled = [line for line in text.split("\n") if line and not line.isspace()]
    opened = sum(1 for line in filled if line[0].isspace())
    return bool(filled) and opened >= DEPTH_INDENTED_SHARE * len(filled)


def _text_column(lines: list[str]) -> int | None:
    """The depth most of the page's prose sits at, by its words."""
    depths: Counter[int] = Counter()
    for line in lines:
        words = len(line.split())
        if words >= PROSE_WORDS:
            depths[len(line) - len(line.lstrip())] += words
    return depths.most_common(1)[0][0] if depths else None


def as_w3m(text: str) -> str:
    """The page with its text at the margin, and its lists' items (and the
    lines under them) indented by their level, their bullets "•"."""
    lines = text.split("\n")
    column = _text_column(lines)
    if column is None:  # no prose to tell the article's depth: the page as it is
        return text
    # the article's last line of prose at the text column
    last = max(at for at, line in enumerate(lines)
               if len(line) - len(line.lstrip()) == column and len(line.split()) >= PROSE_WORDS)
    out = []
    bullets: list[int] = []  # the depth of each list item open, the outermost first
    above = None  # the depth of the line just above, None after a blank line
    outside = ""  # _STEP once the article's block is left
    for at, line in enumerate(lines):
        stripped = line.lstrip()
        if not stripped:
            out.append("")
            above = None
            continue
        depth = len(line) - len(stripped)
        while bullets and bullets[-1] >= depth:
            bullets.pop()
        bullet = LAYOUT_BULLET.match(stripped)
        # "+" and "o" are the bullets of a list inside another one only: "o" is a word
        if bullet is not None and (bullets or stripped[0] not in NESTED_BULLETS):
            bullets.append(depth)
            mark, rest = bullet.group(1), stripped[bullet.end():]
            mark = mark if mark[0].isdigit() else "•"
            out.append(_STEP * len(bullets) + (f"{mark} {rest}" if rest else mark))
        else:
            if above is not None and depth > above and not bullets:
                out.append("")  # a block inside the one above opens
            if depth <= column:
                bullets.clear()
                if depth < column and at > last:
                    outside = _STEP
                out.append(outside + stripped)
            else:
                out.append(_STEP * (len(bullets) + 1) + stripped)
        above = depth
    return "\n".join(out)
