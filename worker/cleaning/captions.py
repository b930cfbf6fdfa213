"""Image captions and their photo credits.

A caption is a short line beside a picture. Plain text shows it in a few
shapes, all anchored on something a paragraph never has:

- it ends with a credit ("... on Sunday. Photo: Reuters"), or the line after
  it is only a credit ("Sanjeev Verma/Hindustan Times/Getty Images"), or a
  credit label and its credit on two lines ("Credit..." / "Doug Mills/NYT");
- it repeats the line just above it, the picture's alt text ("X" then
  "X Credit: EPA", or "X" then "Image: X"): the copy above is dropped;
- a credit label stands alone before it ("Image:" then the caption);
- it stands between a picture and the byline that opens the article.

A credit that only closes a sentence broken at a link ("... writes the" /
"Associated Press" / "reports that ...") is not a caption, nor is an agency's
bare name under a paragraph with no picture above it (the article's own
source: "... said on Tuesday." / "Reuters"). Credits are parsed
by :mod:`.credits`, which the HTML cleaner uses too.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import repeat

import numpy as np

from .credits import credit_only, split_credit
from .lines import Page, key_of
from .model import Caption
from .rules.credits import CREDIT_LABELS
from .rules.stopwords import ALL_STOPWORDS

#: a caption is at most this long; longer lines are paragraphs
_MAX_WORDS = 70
#: alt text repeated as the caption below it is at least this long
_MIN_ALT_WORDS = 4
#: lines between an alt text and its caption (an image counter, a placeholder) are this short
_BETWEEN_WORDS = 2
#: how far before the article a lead picture's caption is looked for, and after it
_LEAD, _MARGIN = 25, 3
_SENTENCE_END = tuple(".!?…\"”’»)")


def caption_from(line: str, credit: str | None = None,
                 split: tuple[str, str | None] | None = None) -> Caption:
    """A caption from one line, its credit split off (or the given one);
    ``split`` is the line's :func:`split_credit`, when the caller has it."""
    text, found = split or split_credit(line)
    return Caption(text=text or line, credit=found or credit)


@dataclass(frozen=True)
class FoundCaption:
    """A caption, the lines it was read from, and the lines that only repeated
    it (alt text, image counters): those are dropped, not body."""

    caption: Caption
    lines: tuple[int, ...]
    dropped: tuple[int, ...] = ()


def _fragment_start(line: str) -> bool:
    """The line continues a sentence broken at a link (", the bacteria ...")."""
    return line[0].islower() or line[0] in ",.;:)]"


def _open_sentence(line: str) -> bool:
    """The line stops mid-sentence ("... writes the", "according to")."""
    return line.endswith(",") or line.rsplit(" ", 1)[-1].lower() in ALL_STOPWORDS


_LABEL_ENDS = (":", "...", "…")


def is_label(line: str) -> bool:
    """A credit label standing alone: "Credit...", "Photo:", "Image:"."""
    return line.endswith(_LABEL_ENDS) and key_of(line) in CREDIT_LABELS


def find_captions(page: Page, start: int, end: int) -> list[FoundCaption]:
    """Captions in and around the article lines [start, end), in page order."""
    lines, words = page.lines, page.words
    n = len(lines)
    # the columns read line by line below, as lists: a list item is much cheaper to read than an array's
    placeholder = (page.column("placeholder") + page.column("bracketed")).tolist()
    credit_like = page.column("credit").tolist()
    named = page.credit_words.tolist()
    found: list[FoundCaption] = []
    used: set[int] = set()
    split = page.split_credit

    def free(p: int) -> bool:
        return 0 <= p < n and p not in used and not placeholder[p]

    byline = (page.column("byline") + page.column("dateline") + page.column("opener")).tolist()

    def caption_text(p: int) -> bool:
        if not (free(p) and 2 <= words[p] <= _MAX_WORDS and not _fragment_start(lines[p]) and not byline[p]):
            return False
        line = lines[p]
        return not (named[p] or "/" in line) or (credit_only(line, split(p)) is None and split(p)[1] is None)

    def credit_line(p: int) -> str | None:
        """The credit of line p when it is only a credit (on its own, or after
        a credit label on the line before)."""
        if not free(p) or words[p] > 12:
            return None
        credit = credit_only(lines[p], split(p)) if named[p] or "/" in lines[p] else None
        if credit is not None:
            return credit
        if p > 0 and is_label(lines[p - 1]) and words[p] <= 8 and not _fragment_start(lines[p]):
            return lines[p].strip(" .")
        return None

    def continued(p: int) -> bool:
        """The line after p continues p's sentence (a placeholder does not)."""
        return p + 1 < n and not placeholder[p + 1] and _fragment_start(lines[p + 1])

    def pictured(p: int) -> bool:
        """A picture is shown just above line p (a placeholder, or alt text it repeats)."""
        return any(0 <= q < n and (placeholder[q] or lines[q] == lines[p]) for q in (p - 1, p - 2))

    def add(caption: Caption, taken: tuple[int, ...], dropped: tuple[int, ...] = ()) -> None:
        found.append(FoundCaption(caption, taken, dropped))
        used.update(taken, dropped)

    low, high = max(0, start - _LEAD), min(n, end + _MARGIN)
    labels = _labels(lines, low, high)
    copies = _may_be_repeated_below(lines, words, low, high)
    for p in range(low, high):
        if p in used:
            continue
        line = lines[p]
        if labels[p - low]:
            credit = credit_line(p + 1)
            if credit is not None:
                if caption_text(p - 1):
                    add(Caption(lines[p - 1], credit), (p - 1, p, p + 1))
                else:
                    add(Caption("", credit), (p, p + 1))
            elif caption_text(p + 1) and words[p + 1] >= _MIN_ALT_WORDS:
                add(caption_from(lines[p + 1], split=split(p + 1)), (p, p + 1))
            continue
        if placeholder[p]:
            continue
        credit = credit_line(p) if credit_like[p] or "/" in line or "(" in line else None
        if credit is not None:
            inline = continued(p) or (p > 0 and _open_sentence(lines[p - 1]))
            if inline:
                continue
            if line.strip(" .") == credit and "/" not in line and not pictured(p - 1):
                continue
            if caption_text(p - 1):
                add(Caption(lines[p - 1], credit), (p - 1, p))
            else:
                add(Caption("", credit), (p,))
            continue
        if words[p] > _MAX_WORDS:
            continue
        text, credit = split(p) if credit_like[p] or (words[p] > 12 and named[p]) else (line, None)
        if credit is not None and text and not _fragment_start(line) and not continued(p):
            add(Caption(text, credit), (p,))
            continue
        copy = _repeated_below(page, p, credit_like) if copies[p - low] else None
        labelled = copy is not None and is_label(lines[copy][:lines[copy].find(line)].strip())
        if copy is not None and (lines[copy] != line or copy > p + 1 or credit_line(copy + 1)
                                 or (p > 0 and placeholder[p - 1])) \
                and (p > start or labelled or credit_like[copy] or credit_line(copy + 1)):
            text, credit = split(copy)
            taken: tuple[int, ...] = (copy,)
            if credit is None:
                credit = credit_line(copy + 1)
                if credit is not None:
                    taken = (copy, copy + 1)
            if credit is None and lines[copy] == line and copy == p + 1:
                continue
            add(Caption(text, credit), taken, tuple(range(p, copy)))
            continue
        if p > 0 and placeholder[p - 1] and p + 1 < n and byline[p + 1] and caption_text(p):
            add(caption_from(line, split=split(p)), (p,))
    found.sort(key=lambda f: min(f.lines + f.dropped))
    return [_with_alt_text(f, lines, used) for f in found]


def _labels(lines: list[str], low: int, high: int) -> list[bool]:
    """:func:`is_label` of lines [low, high), tried only on the lines that end as a label does."""
    ends = list(map(str.endswith, lines[low:high], repeat(_LABEL_ENDS)))
    return [end and is_label(line) for line, end in zip(lines[low:high], ends)]


def _may_be_repeated_below(lines: list[str], words: list[int], low: int, high: int) -> list[bool]:
    """For lines [low, high): whether :func:`_repeated_below` can find a copy,
    which must be at least as long as the line, on the next line or, past a
    line of two words or fewer, on the one after."""
    n = len(lines)
    length = np.fromiter(map(len, lines[low:min(n, high + 2)]), dtype=np.int64)
    length = np.concatenate((length, np.full(high + 2 - low - len(length), -1)))
    few = np.array(words[low + 1:min(n, high + 1)] + [0] * (high + 1 - min(n, high + 1)), dtype=np.int64)
    own = length[:high - low]
    maybe = (length[1:high - low + 1] >= own) | ((few <= _BETWEEN_WORDS) & (length[2:] >= own))
    return (maybe & (np.array(words[low:high], dtype=np.int64) >= _MIN_ALT_WORDS)).tolist()


def _repeated_below(page: Page, p: int, credit_like: list[float]) -> int | None:
    """The line just below p (past an image counter or placeholder) that
    repeats line p, the picture's alt text, as its caption. A paragraph
    merely repeated is no caption: the caller asks for a sign of a picture."""
    lines, words = page.lines, page.words
    if words[p] < _MIN_ALT_WORDS:
        return None
    alt = lines[p]
    for q in range(p + 1, min(p + 3, len(lines))):
        at = lines[q].find(alt)
        if 0 <= at <= 12:
            rest = lines[q][at + len(alt):].lstrip()
            if not rest or rest[0] in "([" or credit_like[q] or page.split_credit(q)[1]:
                return q
        if words[q] > _BETWEEN_WORDS:
            return None
    return None


def _with_alt_text(found: FoundCaption, lines: list[str], used: set[int]) -> FoundCaption:
    """The picture's alt text often repeats the caption on the line above:
    that copy is dropped with the caption, not left in the body."""
    above = min(found.lines + found.dropped) - 1
    text = found.caption.text
    if above >= 0 and above not in used and text and lines[above] == text:
        used.add(above)
        return FoundCaption(found.caption, found.lines, (above, *found.dropped))
    return found
