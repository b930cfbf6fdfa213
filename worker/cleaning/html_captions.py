"""The page's image captions, with their credits.

Captions are read from the markup while the page is cut into blocks
(``<figcaption>``, caption-classed elements, ``itemprop=caption``); here the
ones of the page's own pictures are kept: every caption outside furniture
(the lead picture often sits above the article's container), a
credit-classed block next to a caption becoming its credit, and, inside the
article, image alt/title texts that read as sentences when no caption says
them already.
"""
from __future__ import annotations

import re

from .html_blocks import Kind, Segmented
from .html_body import Selection
from .model import Caption

_WORD = re.compile(r"\w+")
#: a caption is said already when this share of its words is in an earlier one
_SAME = 0.8
#: how many earlier captions a caption is compared with (a gallery repeats nearby)
_RECENT = 30
#: a picture whose caption is this many blocks away or less has one already
_NEAR = 2


def captions_of(page: Segmented, chosen: Selection) -> tuple[tuple[Caption, ...], set[int]]:
    """The page's captions in page order, and the positions of the blocks they came from."""
    blocks = page.blocks
    found: list[tuple[int, Caption]] = []
    used: set[int] = set()
    for pos, block in enumerate(blocks):
        if block.kind is not Kind.CAPTION or block.caption is None or \
                (block.furniture and block.tag != "figcaption"):
            continue
        caption = block.caption
        used.add(pos)
        if caption.credit is None:
            for near in (pos + 1, pos - 1):
                if 0 <= near < len(blocks) and blocks[near].kind is Kind.CREDIT:
                    caption = Caption(caption.text, blocks[near].text)
                    used.add(near)
                    break
        found.append((pos, caption))
    near_caption = {p + d for p, _ in found for d in range(-_NEAR, _NEAR + 1)}
    for pos, alt in page.alts:
        if chosen.start <= pos < chosen.end and pos not in near_caption:
            found.append((pos, Caption(alt)))
    found.sort(key=lambda item: item[0])
    return _distinct(c for _, c in found), used


def _distinct(captions) -> tuple[Caption, ...]:
    """Each caption once: a gallery repeats its captions ("Image 1 of 9 ..."),
    an alt text repeats the figure's caption."""
    kept: list[Caption] = []
    seen: list[set[str]] = []
    for caption in captions:
        words = set(_WORD.findall(caption.text.lower()))
        if any(len(words & s) >= _SAME * len(words) for s in seen[-_RECENT:]):
            continue
        seen.append(words)
        kept.append(caption)
    return tuple(kept)
