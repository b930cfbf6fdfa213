"""The article's image captions, with their credits.

Captions are read from the markup while the page is cut into blocks
(``<figcaption>``, caption-classed elements, ``itemprop=caption``); here the
ones of the article are kept: those inside its container, a credit-classed
block next to a caption becoming its credit, and image alt/title texts that
read as sentences when no caption of the same picture says it already.
"""
from __future__ import annotations

import re

from .html_blocks import Kind, Segmented
from .html_body import Selection
from .model import Caption

_WORD = re.compile(r"\w+")
#: an alt text is the same caption when this share of its words is in one
_SAME = 0.6


def captions_of(page: Segmented, chosen: Selection) -> tuple[tuple[Caption, ...], set[int]]:
    """The captions of the article, and the positions of the blocks they came from."""
    blocks = page.blocks
    found: list[tuple[int, Caption]] = []
    used: set[int] = set()
    for pos in range(chosen.start, chosen.end):
        block = blocks[pos]
        if block.kind is not Kind.CAPTION or block.caption is None:
            continue
        caption = block.caption
        used.add(pos)
        if caption.credit is None:
            for near in (pos + 1, pos - 1):
                if chosen.start <= near < chosen.end and blocks[near].kind is Kind.CREDIT:
                    caption = Caption(caption.text, blocks[near].text)
                    used.add(near)
                    break
        found.append((pos, caption))
    seen = [set(_WORD.findall(c.text.lower())) for _, c in found]
    for pos, alt in page.alts:
        if not chosen.start <= pos < chosen.end:
            continue
        words = set(_WORD.findall(alt.lower()))
        if any(len(words & s) >= _SAME * len(words) for s in seen):
            continue
        seen.append(words)
        found.append((pos, Caption(alt)))
    found.sort(key=lambda item: item[0])
    return tuple(c for _, c in found), used
