"""Image captions and their photo credits.

A caption is a short line beside a picture: it ends with a credit
("... on Sunday. Photo: Reuters"), or is followed by a line that is only a
credit ("Sanjeev Verma/Hindustan Times/Getty Images"), or follows a picture
placeholder and repeats the picture's alt text on the line above
("[photo.jpg]", alt text, caption). Credits are parsed by :mod:`.credits`,
which the HTML cleaner uses too.
"""
from __future__ import annotations

from dataclasses import dataclass

from .credits import credit_only, split_credit
from .lines import Page
from .model import Caption

#: a caption is at most this long; longer lines are paragraphs
_MAX_WORDS = 70
#: alt text repeated as the caption below it is at least this long
_MIN_ALT_WORDS = 4
#: how far around the article captions are looked for
_MARGIN = 3


def caption_from(line: str, credit: str | None = None) -> Caption:
    """A caption from one line, its credit split off (or the given one)."""
    text, found = split_credit(line)
    return Caption(text=text or line, credit=found or credit)


@dataclass(frozen=True)
class FoundCaption:
    caption: Caption
    lines: tuple[int, ...]


def find_captions(page: Page, start: int, end: int) -> list[FoundCaption]:
    """Captions in and around the article lines [start, end), in page order."""
    lines, words = page.lines, page.words
    placeholder = page.column("placeholder") + page.column("bracketed")
    found: list[FoundCaption] = []
    used: set[int] = set()
    last = min(len(lines), end + _MARGIN)
    for p in range(max(0, start - _MARGIN), last):
        if p in used or placeholder[p]:
            continue
        line = lines[p]
        credit = credit_only(line)
        if credit is not None:
            before = p - 1
            if before >= 0 and before not in used and not placeholder[before] \
                    and 0 < words[before] <= _MAX_WORDS and credit_only(lines[before]) is None \
                    and split_credit(lines[before])[1] is None:
                found.append(FoundCaption(Caption(lines[before], credit), (before, p)))
                used.update((before, p))
            else:
                found.append(FoundCaption(Caption("", credit), (p,)))
                used.add(p)
            continue
        if words[p] > _MAX_WORDS:
            continue
        if p > 1 and placeholder[p - 2] and words[p] >= _MIN_ALT_WORDS and lines[p - 1] == line \
                and p - 1 not in used:
            text, credit = split_credit(line)
            found.append(FoundCaption(Caption(text, credit), (p - 1, p)))
            used.update((p - 1, p))
            continue
        text, credit = split_credit(line)
        if credit is not None and text:
            found.append(FoundCaption(Caption(text, credit), (p,)))
            used.add(p)
    found.sort(key=lambda f: f.lines[0])
    return [_with_alt_text(f, lines, used) for f in found]


def _with_alt_text(found: FoundCaption, lines: list[str], used: set[int]) -> FoundCaption:
    """The picture's alt text often repeats the caption on the line above:
    that copy belongs to the caption, not to the body."""
    above = found.lines[0] - 1
    text = found.caption.text
    if above >= 0 and above not in used and text and lines[above] == text:
        used.add(above)
        return FoundCaption(found.caption, (above, *found.lines))
    return found
