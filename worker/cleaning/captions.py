"""Image captions and their photo credits.

A caption is a short line beside a picture. Plain text shows it in a few
shapes, all anchored on something a paragraph never has:

- it ends with a credit ("... on Sunday. Photo: Reuters", "... (AP Photo/X)",
  "... [File: Reuters]"), or the line after it is only a credit ("Sanjeev
  Verma/Hindustan Times/Getty Images", "(Walt Disney Co.)" under a caption left
  unfinished), or a credit label and its credit on two lines ("Credit..." /
  "Doug Mills/NYT"), or three ("Photo" / ":" / "iFixit"), or the label closes
  the caption's line and its credit, a link, is the next ("... a happy dog.
  Photo by" / "Jane Doe");
- it repeats the line just above it, the picture's alt text ("X" then
  "X Credit: EPA", or "X" then "Image: X"): the copy above is dropped; a phrase
  printed twice in a row inside the article is alt text and caption too;
- a picture label opens it ("Image: Jose Mourinho, left, ...", "Above: ...",
  "Video: In this talk ..."), or stands alone before it ("Image:" then the
  caption);
- a caption label opens it or stands alone before it ("Image caption" /
  "The protests ...", "Caption: ...", "Légende :"), its credit before it
  ("Image copyright" / "Getty Images") or after it;
- its credit is printed first, right under the picture, the caption below it
  in the same block ("image" / "Jane Doe/AP" / "The mayor opens ...");
- it is set in parentheses under its picture ("(The mayor opens ...)");
- it stands between a picture and the byline that opens the article, or
  between a picture and the article's first sentence that says it again;
- in a list of products, it is the maker's name under the product's picture,
  over the product's heading that opens with it ("Acme" / "Acme Kettle for
  $40"), a caption line before it or not.

A picture is a placeholder ("image", "[alt]"), a file name left as alt text
("nintendo-switch-lite.jpg"), a button beside it ("Enlarge this image",
"toggle caption"), or alt text that describes it ("Image of a doctor ...",
:func:`picture_descriptions`: neither caption nor body). A caption broken at
a link or an italic name ("Yersinia pestis" / ", the bacteria ..."), its
credit on the last piece or the line below, is joined again. A credit alone is the caption as printed
("Photo: iFixit"), as the HTML cleaner gives it.

A credit that only closes a sentence broken at a link ("... writes the" /
"Associated Press" / "reports that ...") is not a caption, nor is an agency's
bare name under a paragraph with no picture above it (the article's own
source: "... said on Tuesday." / "Reuters"), nor a source with no picture near
("SOURCE:" / "News agencies"), nor a slash between two things ("Email/SMS"),
nor an agency's bare name closing a sentence with no picture near ("... into
the US. PTI"), nor a name alone under the author's picture over the byline.
Credits are parsed by :mod:`.credits`, which the HTML cleaner uses too.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import repeat

import numpy as np

from .credits import credit_only, has_credit_word, names_credit_word, split_credit
from .lines import Page, key_of
from .model import Caption
from .rules.credits import (
    AGENCY,
    BARE_CREDIT_LABELS,
    CAPTION_LABEL,
    CLOSING_LABEL,
    CREDIT_LABELS,
    PICTURE_BUTTONS,
    PICTURE_DESCRIPTION,
    PICTURE_LABEL,
    PICTURE_SCENE,
    PICTURE_SHOWS,
)
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
#: a picture shown by its file name ("nintendo-switch-lite.jpg"; w3m may print it twice)
_IMAGE_FILE = re.compile(r"\S+\.(?:jpe?g|png|gif|webp|avif|bmp|tiff?)", re.IGNORECASE)
#: a source is a picture's credit only beside a picture or when it names an agency, a
#: picture library or a web site ("Source: Unsplash", "Source: statista.com"): else it
#: names the article's source, or a table's whose data the text gives
_SOURCE = re.compile(r"(?:sources?|quelle|fuente|fonte|bron|źródło)\s*(?::|$)", re.IGNORECASE)
#: ... and so does a picture's: "Image source:", "Source:"
_IMAGE_SOURCE = re.compile(r"(?:(?:image|photo|picture)\s+)?(?:sources?|quelle|fuente|fonte|bron|źródło)\s*:",
                           re.IGNORECASE)
_BULLET = re.compile(r"[•·*►▸▶◦○●■□☆★→»›✓✔]\s+")
#: the article's source is named in its last lines
_SOURCE_TAIL = 3
#: a line printed twice in a row is alt text and caption from this long
_MIN_TWIN_WORDS = 6
#: a caption broken at a link or an italic name is joined again from lines this short
_FRAGMENT_HEAD_WORDS = 8
#: a caption's text after a picture label ("Image: Jose Mourinho, left, ...") is at least this long
_MIN_LABELLED_WORDS = 3
#: a caption printed again just below as the article's opening line starts with the same
#: words and shares this much of the rest
_LEAD_REPEAT_START, _LEAD_REPEAT_SHARE = 6, 0.8
#: a copy of a caption's end left above it (the rest of alt text cut at a link) is at least this long
_MIN_COPY_WORDS = 4


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
#: what a credit that names its photographer has between name and agency ("Jane Doe/AP",
#: "Jane Doe via Getty Images", "Jane Doe—Getty Images")
_NAMED_CREDIT = ("/", " via ", "—", "–")
#: how a line closed by a credit label ends ("Photo:", "Photo by", "(Image via", "Photo -"), and
#: how much of its end the label takes at most
_CLOSING_ENDS = (":", "by", "By", "BY", "via", "Via", "-", "–", "—")
_CLOSING_TAIL = 40
#: a line that only closes a caption after its credit's link
_CLOSERS = frozenset((".", ")", ").", "),", ",", "]"))
#: a line between a credit's name and the site it came from, both links ("Jane Doe" / "on" / "Unsplash")
_CREDIT_JOINERS = frozenset(("on", "via", "from", "for", "at", "/", "|",
                             "auf", "sur", "en", "su", "em", "op"))
#: the site a credit came from is a short name ("Unsplash", "One Fab Day")
_SITE_WORDS = 4


def _credit_of(lines: list[str], taken: tuple[int, ...]) -> str:
    """The credit on lines ``taken`` under a closing label, a line that only closes the caption left out."""
    return " ".join(lines[q] for q in taken if lines[q] not in _CLOSERS).strip(" .")


#: how the lines end that may be a credit label alone: its punctuation, or a label printed bare
_BARE_ENDS = tuple(sorted({end for label in BARE_CREDIT_LABELS
                           for end in (label.rsplit(" ", 1)[-1], label.rsplit(" ", 1)[-1].title())}))


def is_label(line: str) -> bool:
    """A credit label standing alone: "Credit...", "Photo:", "Image:", or
    one a page prints without a colon ("Image copyright")."""
    key = key_of(line)
    return (line.endswith(_LABEL_ENDS) and key in CREDIT_LABELS) or key in BARE_CREDIT_LABELS


def picture_descriptions(page: Page, start: int, end: int) -> list[int]:
    """The lines in and around the article lines [start, end) that describe a
    picture, as alt text does ("Image of a doctor holding a pad", "A doctor
    holding a pad"): the picture's stand-in, neither caption nor body."""
    lines, words = page.lines, page.words
    low, high = max(0, start - _LEAD - 3), min(len(lines), end + _MARGIN)
    return [p for p in range(low, high) if lines[p][:2].lower() in _DESCRIPTION_STARTS
            and words[p] <= _MAX_WORDS
            and (PICTURE_DESCRIPTION.match(lines[p]) or PICTURE_SCENE.match(lines[p]))]


#: how the lines open that may be a caption's label or a picture's description (cheap tests first)
_CAPTION_LABEL_WORDS = ("image", "media", "photo", "picture", "video", "caption", "bildunterschrift",
                        "légende",
                        "pie de foto", "didascalia", "bijschrift", "bildtext", "billedtekst", "kuvateksti",
                        "legenda", "podpis")
_CAPTION_LABEL_HEADS = tuple(head for word in _CAPTION_LABEL_WORDS
                             for head in (word, word.capitalize(), word.upper()))
_DESCRIPTION_STARTS = frozenset(("im", "pi", "ph", "il", "sc", "di", "gr", "in", "re", "a ", "an", "pr", "st",
                                 "fe", "he", "co"))


def find_captions(page: Page, start: int, end: int, described: Sequence[int] = ()) -> list[FoundCaption]:
    """Captions in and around the article lines [start, end), in page order
    (``described``: the lines that stand for a picture by describing it)."""
    lines, words = page.lines, page.words
    n = len(lines)
    low, high = max(0, start - _LEAD), min(n, end + _MARGIN)
    # the columns read line by line below, as lists: a list item is much cheaper to read than an array's
    placeholder = (page.column("placeholder") + page.column("bracketed")).tolist()
    for p in _not_pictures(lines, page.column("bracketed"), page.credit_words, page.split_credit,
                           max(0, low - 3), high):
        placeholder[p] = 0.0
    for p in _image_files(lines, page.column("log_words"), max(0, low - 3), high):
        placeholder[p] = 1.0
    buttons = _picture_buttons(lines, words, max(0, low - 3), high)
    for p in (*buttons, *described):
        placeholder[p] = 1.0
    caption_buttons = {p for p in buttons if "caption" in lines[p].lower()}
    counted = _counters(lines, page.column("log_words"), placeholder, max(0, low - 1), high)
    credit_like = page.column("credit").tolist()
    named = page.credit_words.tolist()
    found: list[FoundCaption] = []
    used: set[int] = set()
    split = page.split_credit

    def named_credit(p: int) -> bool:
        """Line p names a credit's word ("Photo", "Reuters"), not only a slash between names."""
        return named[p] and names_credit_word(lines[p])

    def free(p: int) -> bool:
        return 0 <= p < n and p not in used and not placeholder[p]

    gap_before = page.column("blank_before").tolist()
    byline = (page.column("byline") + page.column("dateline") + page.column("opener")).tolist()
    headings = page.headings.tolist()

    def caption_text(p: int) -> bool:
        if not (free(p) and 2 <= words[p] <= _MAX_WORDS and not _fragment_start(lines[p]) and not byline[p]):
            return False
        line = lines[p]
        if not any(map(str.isalpha, line)):
            return False
        return not (named[p] or "/" in line) or (credit_only(line, split(p)) is None and split(p)[1] is None)

    def text_above(p: int) -> tuple[int, ...]:
        """The lines of the caption text that ends on the line above p: that
        line, or a sentence broken at a link or an italic name ("Yersinia
        pestis" / ", the bacteria that ..."), joined again; () when none."""
        q = p - 1
        if caption_text(q):
            return (q,)
        taken = [q]
        # the pieces go on a sentence (", the bacteria that ...") to its full stop; a
        # lowercase alt text ("razer mouse in white") or file name ("apple-watch-11") does not
        if not (free(q) and (lines[q][0] in ",.;:)]" or lines[q].endswith(_SENTENCE_END))):
            return ()
        while free(q) and words[q] <= _MAX_WORDS and not byline[q] and _fragment_start(lines[q]) \
                and (words[q] > 1 or not lines[q][0].isalnum()) and len(taken) <= 3:
            q -= 1
            if caption_text(q) and words[q] <= _FRAGMENT_HEAD_WORDS and not lines[q].endswith(_SENTENCE_END) \
                    and not _open_sentence(lines[q]):
                return (q, *reversed(taken))
            taken.append(q)
        return ()

    def sentence_above(p: int) -> tuple[int, ...]:
        """The lines above p that open the sentence line p ends, broken at a
        link ("Workers lift the" / "harbour bridge" / "into place ..."): up to
        the first that opens as a caption does; () when none."""
        taken: list[int] = []
        for q in range(p - 1, max(-1, p - 4), -1):
            if not free(q) or byline[q] or words[q] > _MAX_WORDS or lines[q].endswith((*_SENTENCE_END, ":")) \
                    or _BULLET.match(lines[q]) or (" " not in lines[q] and not _name_word(lines[q])):
                # a word alone is a slug ("product-feed-image") or a button, unless a name ("Trafalgar")
                return ()
            taken.append(q)
            if not _fragment_start(lines[q]) and caption_text(q):
                if q > 0 and caption_text(q - 1) and _phrase_start(lines[q - 1]):
                    # the phrase before a name ("Head cells in the flatworm" / "Dugesia japonica" / ...)
                    taken.append(q - 1)
                return tuple(reversed(taken))
        return ()

    def a_name(q: int) -> bool:
        """Line q is a name, a link's text ("Jane Doe", "iFixit"), not a value
        ("Cost per credit:" / "In-State | $472")."""
        return free(q) and 1 <= words[q] <= 8 and not byline[q] and not lines[q].endswith(("!", "?", ":")) \
            and (lines[q][0].isupper() or lines[q][0] in "@©" or _camel_case(lines[q])) \
            and not any(c in lines[q] for c in "|$%=")

    def name_below(p: int) -> tuple[int, ...]:
        """The credit on the line below a closing label (a name, a link), with
        the line after it when that only closes the caption (".", ")"), or
        the site it came from, a second link ("Jane Doe" / "on" / "Unsplash")."""
        q = p + 1
        if not a_name(q):
            return ()
        if q + 2 < n and lines[q + 1] in _CREDIT_JOINERS and free(q + 1) and a_name(q + 2) \
                and words[q + 2] <= _SITE_WORDS:
            q += 2
        return (*range(p + 1, q + 1), q + 1) if q + 1 < n and free(q + 1) and lines[q + 1] in _CLOSERS \
            else tuple(range(p + 1, q + 1))

    def credit_line(p: int) -> str | None:
        """The credit of line p when it is only a credit (on its own, or after
        a credit label on the line before)."""
        if not free(p) or words[p] > 12:
            return None
        credit = credit_only(lines[p], split(p)) if named[p] or "/" in lines[p] else None
        if credit is not None:
            return credit
        if p > 0 and _label_at(lines, p - 1) and words[p] <= 8 \
                and (not _fragment_start(lines[p]) or _camel_case(lines[p])):
            # a brand may open in lowercase after its label ("Photo:" / "iFixit")
            return lines[p].strip(" .")
        return None

    def continued(p: int) -> bool:
        """The line after p continues p's sentence (a placeholder does not)."""
        return p + 1 < n and not placeholder[p + 1] and _fragment_start(lines[p + 1])

    def pictured(p: int) -> bool:
        """A picture is shown just above line p (a placeholder, or alt text it repeats)."""
        return any(0 <= q < n and (placeholder[q] or lines[q] == lines[p]) for q in (p - 1, p - 2))

    def add(caption: Caption, taken: tuple[int, ...], dropped: tuple[int, ...] = ()) -> None:
        if _BULLET.match(caption.text):
            # a caption in a list (a gallery, related stories): the renderer's bullet is not its text
            caption = Caption(_BULLET.sub("", caption.text), caption.credit)
        found.append(FoundCaption(caption, taken, dropped))
        used.update(taken, dropped)

    def captioned(q: int) -> tuple[str, tuple[int, ...]] | None:
        """The caption a caption label on line q opens ("Image caption" /
        "The protests ...", "Caption: The protests ..."), and its lines."""
        if not free(q) or words[q] > _MAX_WORDS:
            return None
        m = CAPTION_LABEL.match(lines[q]) if lines[q].startswith(_CAPTION_LABEL_HEADS) else None
        if m is None:
            return None
        rest = lines[q][m.end():].strip()
        if rest:
            return (rest, (q,)) if " " in rest and not _open_sentence(rest) else None
        return (lines[q + 1], (q, q + 1)) if caption_text(q + 1) else None

    def with_credit_below(text: str, taken: tuple[int, ...]) -> None:
        """Adds the caption of a caption label, its credit split off its end or
        on the lines below (a credit alone, or a label and its credit)."""
        body, credit = split_credit(text)
        last = taken[-1]
        if credit is None:
            credit = credit_line(last + 1)
            if credit is not None:
                taken = (*taken, last + 1)
            elif last + 2 < n and _label_at(lines, last + 1):
                credit = credit_line(last + 2)
                if credit is not None:
                    taken = (*taken, last + 1, last + 2)
        add(Caption(body or text, credit), taken)

    labels = _labels(lines, low, high)
    maybe_caption = list(map(str.startswith, lines[low:high], repeat(_CAPTION_LABEL_HEADS)))
    copies = _may_be_repeated_below(lines, words, low, high)
    for p in range(low, high):
        if p in used:
            continue
        line = lines[p]
        labelled_caption = captioned(p) if maybe_caption[p - low] else None
        if labelled_caption is not None:
            with_credit_below(*labelled_caption)
            continue
        if labels[p - low]:
            # the label, on its line or split from its colon ("Photo" / ":")
            head = p if is_label(line) else p - 1
            credit = credit_line(p + 1)
            below = captioned(p + 2) if credit is not None else None
            if below is not None:
                # the credit printed before its caption ("Image copyright" / "Getty Images" /
                # "Image caption" / "The protests ...")
                text, taken = below
                add(Caption(text, credit), (*range(head, p + 2), *taken))
                continue
            if credit is not None:
                text = text_above(head)
                label = tuple(range(head, p + 2))
                if _SOURCE.match(lines[head]) and not _names_pictures(credit) \
                        and not _pictured_near(placeholder, lines, text[0] if text else head):
                    # an article's source ("SOURCE:" / "News agencies"), a table's or a chart's
                    continue
                if text:
                    add(Caption(_joined(lines, text), credit), (*text, *label))
                else:
                    # a credit alone is the caption as printed ("Photo: iFixit"), as in HTML
                    add(Caption(_joined(lines, label), credit), label)
            elif caption_text(p + 1) and words[p + 1] >= _MIN_ALT_WORDS:
                add(caption_from(lines[p + 1], split=split(p + 1)), (p, p + 1))
            continue
        if placeholder[p]:
            continue
        closing = CLOSING_LABEL.search(line, max(0, len(line) - _CLOSING_TAIL)) \
            if named[p] and p + 1 < n and line.endswith(_CLOSING_ENDS) else None
        if closing is not None and _opens_credit(line, closing):
            below = name_below(p)
            text = line[:closing.start()].rstrip(" (|–—-&")
            if below and (text.count(" ") + 1 < _MIN_LABELLED_WORDS or _open_sentence(text)) \
                    and not _fragment_start(line):
                # a label and its credit alone: the caption as printed ("Image by Jane Doe",
                # "Infographic source:" / "Acme")
                printed = line if text else line[closing.start():]
                credit = _credit_of(lines, below)
                add(Caption(f"{printed} {credit}", credit), (p, *below))
                continue
            head = sentence_above(p) if below and _fragment_start(line) else ()
            if head:
                text = _joined(lines, head) + (text if not text or text[0] in ",.;:)]" else " " + text)
            most = _MAX_STAFF_CAPTION_WORDS if closing.group("label").lower() == "source" else _MAX_WORDS
            if below and (head or not _fragment_start(line)) and len(text.split()) <= most:
                add(Caption(text, _credit_of(lines, below)), (*head, p, *below))
                continue
        credit = credit_line(p) if credit_like[p] or "/" in line or "(" in line else None
        if credit is None and line[0] == "(" and free(p):
            credit = _credit_in_parentheses(lines, words, p)
        below = captioned(p + 1) if credit is not None else None
        if below is not None:
            # a credit alone printed before its caption's label ("Getty Images" / "Image caption" / ...)
            add(Caption(below[0], credit), (p, *below[1]))
            continue
        if credit is not None:
            inline = continued(p) or (p > 0 and _open_sentence(lines[p - 1]))
            if inline:
                continue
            if line.strip(" .") == credit and not any(mark in line for mark in _NAMED_CREDIT) \
                    and not pictured(p - 1) and not (p < end - _SOURCE_TAIL and _describes(lines[p - 1])):
                # an agency's bare name under a paragraph: the article's source (at its end; inside
                # the article, under a picture's description, the picture's credit)
                continue
            # pictures in a row credited alone ("Photo: X" / "Photo: X"), or one credit printed twice
            # around its picture's button ("Photo: X" / "View image in fullscreen" / "Photo: X"):
            # the text above is none's caption
            again = p + 1 < n and (lines[p + 1] == line
                                   or (placeholder[p + 1] and p + 2 < n and lines[p + 2] == line))
            text = text_above(p) if not again else ()
            skipped: tuple[int, ...] = ()
            if not text and p - 1 in buttons and "caption" in lines[p - 1].lower():
                # a button between a caption and its credit ("..." / "hide caption" / "Jane Doe/NPR")
                text = text_above(p - 1)
                skipped = (p - 1,) if text else ()
            if text and _IMAGE_SOURCE.match(line) and sum(words[q] for q in text) > _MAX_STAFF_CAPTION_WORDS \
                    and not _pictured_near(placeholder, lines, text[0]):
                # a paragraph over the source of a picture shown elsewhere (the article's
                # header): the source alone is the caption as printed
                text = ()
            if _SOURCE.match(line) and not _names_pictures(credit) \
                    and not _pictured_near(placeholder, lines, text[0] if text else p):
                continue
            if "/" in line and not skipped and not named_credit(p) \
                    and not _pictured_near(placeholder, lines, text[0] if text else p) \
                    and not (text and _describes_or_tells(_joined(lines, text))
                             and (_staff_credit(credit, lines) or _photographer(credit))):
                # a slash alone ("Method/Rule", "Email/SMS campaigns") names no one: a picture must be
                # near, or the caption above credited to a person and the page's own name
                continue
            if text:
                add(Caption(_joined(lines, text), credit), (*text, *skipped, p))
            elif p > 0 and placeholder[p - 1] and caption_text(p + 1) and not continued(p + 1) \
                    and _describes(lines[p + 1]) and not gap_before[p + 1] \
                    and (p + 2 >= n or gap_before[p + 2]):
                # the credit printed first, right under the picture, its caption below it in the
                # same block ("image" / "Jane Doe/AP" / "The mayor opens the bridge.")
                add(Caption(lines[p + 1], credit), (p, p + 1))
            else:
                add(Caption(line, credit), (p,))
            continue
        if words[p] > _MAX_WORDS:
            continue
        text, credit = split(p) if credit_like[p] or (words[p] > 12 and named[p]) \
            or (line[-1] == "]" and " via " in line) else (line, None)
        if credit is not None and text.endswith(("!", "?", ".")) and AGENCY.fullmatch(credit) \
                and line.rstrip(" .")[:-len(credit)].rstrip() == text \
                and not _pictured_near(placeholder, lines, p) and not PICTURE_LABEL.match(line):
            # an agency's bare name closing a sentence with no picture near: the article's
            # source ("... into the US. PTI"), not a credit
            credit = None
        if credit is not None and not named_credit(p) and not _describes(text, _MAX_WORDS) \
                and not _pictured_near(placeholder, lines, p):
            # a slash alone between capitalised words ("Guru (Project Lead / Strategist)") names
            # a photographer and a publication only after a picture's description
            credit = None
        if credit is not None and text and (not _fragment_start(line) or _camel_case(line)) \
                and not continued(p):
            add(Caption(text, credit), (p,))
            continue
        if credit is not None and text and p > 0 and not continued(p) and key_of(text) not in CREDIT_LABELS \
                and not lines[p - 1].endswith(_SENTENCE_END):
            # the caption's end after a link or an italic name ("Protesters in" / "Trafalgar Square" /
            # "on Sunday. Photo: Reuters"): its start is the line or lines above
            head = sentence_above(p)
            if head and sum(words[q] for q in head) + words[p] <= _MAX_WORDS \
                    and not any(_BULLET.match(lines[q]) for q in head):
                whole = _joined(lines, head) + (text if text[0] in ",.;:)]" else " " + text)
                if whole.count("(") == whole.count(")"):
                    add(Caption(whole, credit), (*head, p))
                    continue
        copy = _repeated_below(page, p, credit_like, placeholder) if copies[p - low] else None
        labelled = copy is not None and is_label(lines[copy][:lines[copy].find(line)].strip())
        # a line printed twice is alt text and caption when something shows a picture: a
        # placeholder above, a credit below or closing it ("... campaign. (onmeth.com)")
        twin = copy == p + 1 and lines[copy] == line and start <= p < end and _unfinished_phrase(line) \
            and not _teaser(lines, byline, p)
        if copy is not None and (lines[copy] != line or copy > p + 1 or credit_line(copy + 1) or twin
                                 or (p > 0 and placeholder[p - 1]) or split(copy)[1] is not None) \
                and (p > start or labelled or credit_like[copy] or credit_line(copy + 1)
                     or split(copy)[1] is not None):
            text, credit = split(copy)
            taken: tuple[int, ...] = (copy,)
            if credit is None:
                credit = credit_line(copy + 1)
                if credit is not None:
                    taken = (copy, copy + 1)
            if credit is None and lines[copy] == line and copy == p + 1 and not twin:
                continue
            add(Caption(text, credit), taken, tuple(range(p, copy)))
            continue
        label = PICTURE_LABEL.match(line) if ":" in line else None
        labelled_text = _after_picture_label(line, label, words[p], split(p)) if label else None
        if labelled_text is not None and free(p) and not byline[p] and not continued(p):
            credit = credit_line(p + 1)
            add(Caption(labelled_text, credit), (p, p + 1) if credit is not None else (p,))
            continue
        if p > 0 and placeholder[p - 1] and "/" in line and free(p) and not continued(p):
            m = _CLOSING_PHOTOGRAPHER.search(line)
            text = line[:m.start()].rstrip() if m is not None else ""
            if m is not None and _photographer(m.group("credit")) and _describes_or_tells(text):
                # under a picture, a caption closed by its photographer and publication, no credit word
                # ("The mayor opens the bridge. Jane Doe / The Daily Planet")
                add(Caption(text, m.group("credit")), (p,))
                continue
        if p > 0 and placeholder[p - 1] and line[0] == "(" and line.endswith((")", ").")) and free(p) \
                and line.count("(") == 1 and line[1:2].isupper() \
                and _describes(line.strip("(). "), _MAX_WORDS):
            # a caption set in parentheses under its picture ("(The mayor opens the bridge on Monday.)");
            # one in lowercase is a button's text ("(add Acme Kettle to cart)")
            inner = line.strip(" .")[1:-1].strip()
            add(caption_from(inner), (p,))
            continue
        if p > 0 and placeholder[p - 1] and p + 1 < n and caption_text(p) and not _bare_name(line) \
                and ((byline[p + 1] and not headings[p])
                     or _repeated_as_lead(lines[p], lines[p + 1], words[p])):
            # (a name alone there is the author's, under the author's picture: "Jane Doe, DVM" / "By";
            # a heading there is the headline, over its byline)
            add(caption_from(line, split=split(p)), (p,))
            continue
        if line.startswith("Th") and free(p) and not continued(p) and PICTURE_SHOWS.match(line):
            # a line that says what the picture shows ("This photo shows the harbour at dawn.")
            add(caption_from(line, split=split(p)), (p,))
            continue
        if (p + 1 in caption_buttons or p - 1 in counted
                or (p - 1 in caption_buttons and p > 1 and placeholder[p - 2])) \
                and words[p] >= _MIN_ALT_WORDS and caption_text(p) and not continued(p):
            # a caption button under it ("hide caption", "Open image caption") or under the picture over
            # it ("Enlarge this image" / "toggle caption"), or a gallery's counter above it ("Image 1
            # of 9"): the caption, its credit on its line or past the buttons
            text, credit = split(p)
            taken = (p,)
            q = p + 1
            while q in caption_buttons:
                q += 1
            if credit is None and q < n:
                credit = credit_line(q)
                taken = tuple(range(p, q + 1)) if credit is not None else taken
            add(Caption(text, credit), taken)
            continue
        if p > 0 and placeholder[p - 1] and start <= p < end and p + 2 < n:
            if _maker_credit(line, lines[p + 1]):
                # the maker credited alone under the picture of its product: the credit is the caption
                add(Caption(line, line), (p,))
            elif caption_text(p) and words[p] <= _MAX_STAFF_CAPTION_WORDS and free(p + 1) \
                    and _maker_credit(lines[p + 1], lines[p + 2]):
                add(Caption(line, lines[p + 1]), (p, p + 1))
    found.sort(key=lambda f: min(f.lines + f.dropped))
    return _distinct([_with_copy_below(_with_alt_text(f, lines, words, used), lines, placeholder, used)
                      for f in found])


_DOMAIN = re.compile(r"\w\.(?:com|org|net|io|co|gov|edu)\b", re.IGNORECASE)


def _names_pictures(credit: str) -> bool:
    """A source that is a picture's: an agency or a picture library
    ("Unsplash"), or a web site, whose page the picture shows ("statista.com")."""
    return has_credit_word(credit) or _DOMAIN.search(credit) is not None


def _camel_case(line: str) -> bool:
    """The line opens with a lowercase brand name ("iFixit", "iStock")."""
    first = line.split(" ", 1)[0]
    return first[0].islower() and any(map(str.isupper, first[1:]))


_ONE_WORD = float(np.log1p(1.0))
#: a gallery's counter is four words at most ("Image 1 of 9")
_FOUR_WORDS = float(np.log1p(4.0)) + 1e-9


#: a list of story teasers prints each headline twice (the picture's alt text and the
#: link), with a byline or a date under it: so many lines around are looked at
_TEASER_SPAN = 6


def _teaser(lines: list[str], byline: list[float], p: int) -> bool:
    """Line p, printed twice, heads a story teaser (another line printed twice
    is near, or a byline or a date follows) or is no phrase at all."""
    n = len(lines)
    if any(byline[q] for q in range(p + 2, min(n, p + 5))):
        return True
    if not lines[p][0].isalpha():
        # a price ("1, plus $11 monthly ..."), a hashtag, a list's number
        return True
    near = range(max(0, p - _TEASER_SPAN), min(n - 1, p + _TEASER_SPAN + 2))
    return any(lines[q] == lines[q + 1] for q in near if q not in (p - 1, p, p + 1))


def _unfinished_phrase(line: str) -> bool:
    """A phrase of mostly lowercase words and some function words that stops
    without a full stop: a picture's description ("Researchers have pinpointed
    the earliest evidence ... in Russia"), where a headline is capitalised and
    a paragraph ends its sentence. Printed twice in a row inside the article,
    it is alt text and caption."""
    tokens = line.split()
    return len(tokens) >= _MIN_TWIN_WORDS and not line.endswith((*_SENTENCE_END, ":", ",")) \
        and sum(w[0].isupper() for w in tokens) * 2 < len(tokens) \
        and sum(w.lower() in ALL_STOPWORDS for w in tokens) >= _MIN_FUNCTION_WORDS


def _image_files(lines: list[str], log_words: np.ndarray, low: int, high: int) -> list[int]:
    """The lines in [low, high) that are a picture's file name: its alt text
    left empty, the renderer printed where the picture was. Only one-word
    lines are tried (``log_words`` is the page's column of that name)."""
    return [p for p in (low + np.flatnonzero(log_words[low:high] == _ONE_WORD)).tolist()
            if "." in lines[p] and _IMAGE_FILE.fullmatch(lines[p])]


def _picture_buttons(lines: list[str], words: list[int], low: int, high: int) -> list[int]:
    """The lines in [low, high) that are a button beside a picture ("Enlarge
    this image", "Toggle caption"): they show a picture is there."""
    return [p for p in range(low, high) if words[p] <= 4 and key_of(lines[p]) in PICTURE_BUTTONS]


#: a gallery's counter ("Image 1 of 9", "Foto 3/7", "1 of 12"), and the word that says it counts pictures
_COUNTER = re.compile(r"(?:(?P<picture>image|photo|picture|slide|foto|bild|imagen|imagem|immagine)\s+)?"
                      r"\d{1,3}\s*(?:of|/|von|de|di|sur|van)\s*\d{1,3}", re.IGNORECASE)


def _counters(lines: list[str], log_words: np.ndarray, placeholder: list[float],
              low: int, high: int) -> set[int]:
    """The lines in [low, high) that are a gallery's counter over a picture's
    caption: one that says it counts pictures ("Image 1 of 9"), or a bare one
    under a placeholder ("image" / "1 of 12"). Only lines of four words or
    fewer are tried (``log_words`` is the page's column of that name)."""
    found = set()
    for p in (low + np.flatnonzero(log_words[low:high] <= _FOUR_WORDS)).tolist():
        line = lines[p]
        if line[-1].isdigit():
            m = _COUNTER.fullmatch(line)
            if m is not None and (m.group("picture") or (p > 0 and placeholder[p - 1])):
                found.add(p)
    return found


def _not_pictures(lines: list[str], bracketed, credit_words, split, low: int, high: int) -> list[int]:
    """The bracketed lines in [low, high) that are no picture: a form's check
    box ("[ ]") or a note's number ("[3]"), with no letter, or a credit in
    brackets ("[Photo: Jane Doe]", under its caption), where a picture is
    "[alt text]" (``split`` gives a line's :func:`split_credit`)."""
    return [p for p in (low + np.flatnonzero(bracketed[low:high])).tolist()
            if not any(c.isalpha() for c in lines[p])
            or (credit_words[p] and credit_only(lines[p], split(p)) is not None)]


def _pictured_near(placeholder: list[float], lines: list[str], p: int) -> bool:
    """A picture is shown just above the caption starting on line p: a
    placeholder, alt text repeated, or a credit label."""
    return any(q >= 0 and (placeholder[q] or lines[q] == lines[p] or is_label(lines[q]))
               for q in range(p - 3, p))


#: a person's name: two or three capitalised words, a middle initial allowed ("Amy K. Dragoo")
_PERSON = re.compile(r"(?:[A-Z][a-z][\w'’-]*|[A-Z]\.)(?:\s+(?:[A-Z][a-z][\w'’-]*|[A-Z]\.)){1,2}")
#: a publication's name is printed this often on its own page (masthead, menus, footer)
_SITE_NAME_LINES = 3
#: ... on short lines of its own
_SITE_NAME_WORDS = 4
#: a staff photographer's credit closes a short caption, not a paragraph
_MAX_STAFF_CAPTION_WORDS = 30


def _describes(text: str, most: int = _MAX_STAFF_CAPTION_WORDS) -> bool:
    """The text reads as a picture's description: a phrase or a sentence
    ("A pair of earbuds beside their case."), not a heading ("Legal
    Scholarship", "Fluke BT510 Battery Analyzer"), a list item or an aside."""
    tokens = text.split()
    return _MIN_ALT_WORDS + 1 <= len(tokens) <= most and text[0].isalpha() \
        and sum(w[0].isupper() for w in tokens) * 2 < len(tokens)


def _photographer(credit: str) -> bool:
    """A person's name, then a slash and a publication's ("Jane Doe/The Daily
    Planet", "JANE DOE / HARBOUR NEWS")."""
    person, _, other = (part.strip() for part in credit.partition("/"))
    return bool(other) and (person.istitle() or person.isupper()) \
        and _PERSON.fullmatch(person.title()) is not None \
        and all(w[0].isupper() or w in _NAME_JOINERS for w in other.split())


#: a photographer and a publication closing a caption's sentence ("... bridge. Jane Doe / The Daily Planet")
_CLOSING_PHOTOGRAPHER = re.compile(r"(?<=[.!?”\"]\s)(?P<credit>(?:[A-Z][\w'’-]+|[A-Z]\.)"
                                   r"(?:\s+(?:[A-Z][\w'’-]+|[A-Z]\.)){1,2}\s*/\s*[A-Z][\w.&'’-]*(?:\s+[\w.&'’-]+){0,4})\s*$")


def _describes_or_tells(text: str) -> bool:
    """:func:`_describes`, or a sentence of a news caption, its names
    capitalised ("President Jane Doe at the Economic Club of New York last
    week."): a full stop, and function words among the names."""
    if _describes(text):
        return True
    tokens = text.split()
    return _MIN_ALT_WORDS + 1 <= len(tokens) <= _MAX_STAFF_CAPTION_WORDS and text.endswith(".") \
        and text[0].isupper() and sum(w.lower() in ALL_STOPWORDS for w in tokens) >= _MIN_FUNCTION_WORDS


def _staff_credit(credit: str, lines: list[str]) -> bool:
    """A credit to a person and the page's own publication ("Michael
    Hession/NYT Wirecutter", "Treehugger / Lindsey Reynolds"): one side of the
    slash is a person's name, the other names a word the page prints again and
    again. A slash between two things ("Cost / License", "Red/Blue LEDs") is
    not."""
    parts = [part.strip() for part in credit.split("/")]
    if len(parts) != 2:
        return False
    for person, other in (parts, parts[::-1]):
        if _PERSON.fullmatch(person):
            names = [w for w in other.split() if len(w) > 2 and w[0].isupper()]
            short = [line for line in lines if line.count(" ") < _SITE_NAME_WORDS]
            if any(sum(name in line for line in short) >= _SITE_NAME_LINES for name in names):
                return True
    return False


def _joined(lines: list[str], taken: tuple[int, ...]) -> str:
    """The caption text of consecutive lines, a sentence broken at a link made whole."""
    text = lines[taken[0]]
    for q in taken[1:]:
        text += lines[q] if lines[q][0] in ",.;:)]" else " " + lines[q]
    return text


_IN_PARENTHESES = re.compile(r"\(\s*([^()]{2,60}?)\s*\)\.?")
#: a credit in parentheses names a person or an organisation: capitalised words and these
_NAME_JOINERS = frozenset("& / - of de du van von da di y and".split())
_MAX_NAME_WORDS = 6
#: a caption is a phrase: it has function words ("the", "who", "is")
_MIN_FUNCTION_WORDS = 2


def _credit_in_parentheses(lines: list[str], words: list[int], p: int) -> str | None:
    """A name alone in parentheses under a caption that ends without a full
    stop: its credit ("Kevin Mayer, the Disney executive ..." / "(Walt
    Disney Co.)"). Under a sentence it is a citation or a note, under a name
    or a heading an affiliation or an abbreviation ("(NIH)"), so the line above
    must read as a caption: a phrase of mostly lowercase words and some
    function words, unfinished."""
    m = _IN_PARENTHESES.fullmatch(lines[p])
    if m is None or p == 0 or not 2 <= words[p] <= _MAX_NAME_WORDS:
        return None
    name = m.group(1).split()
    if not all(w[0].isupper() or w.lower() in _NAME_JOINERS for w in name):
        return None
    above = lines[p - 1]
    if not 5 <= words[p - 1] <= _MAX_WORDS or above.endswith(_SENTENCE_END) or _fragment_start(above) \
            or above.endswith((":", ",")):
        return None
    tokens = above.split()
    if sum(w[0].isupper() for w in tokens) * 2 >= len(tokens) \
            or sum(w.lower() in ALL_STOPWORDS for w in tokens) < _MIN_FUNCTION_WORDS:
        # a heading, a name, or a row of figures ("Water Resistance 100 m 50 m ...")
        return None
    return m.group(1)


def _after_picture_label(line: str, m: re.Match[str], words: int,
                         split: tuple[str, str | None]) -> str | None:
    """The caption after a picture label on its own line ("Image: Jose
    Mourinho, left, has replaced ..."), when what follows is no credit
    (``m`` is the label's match, ``split`` the line's :func:`split_credit`)."""
    if words > _MAX_WORDS or _open_sentence(line) or line.endswith(("(", "[")):
        return None
    rest = line[m.end():]
    if rest.count(" ") + 1 < _MIN_LABELLED_WORDS or split[1] is not None:
        return None
    if m.group("video") and not _describes(rest, _MAX_WORDS):
        return None
    return rest


_WORDS = re.compile(r"\w+")


def _repeated_as_lead(line: str, below: str, words: int) -> bool:
    """The line below says this one again in other words, as the article's
    first sentence repeats the lead picture's (or video's) caption: the same
    opening words, then most of the rest."""
    if words < _LEAD_REPEAT_START or line == below:
        return False
    mine, theirs = _WORDS.findall(line.lower()), _WORDS.findall(below.lower())
    if len(theirs) < _LEAD_REPEAT_START or mine[:_LEAD_REPEAT_START] != theirs[:_LEAD_REPEAT_START]:
        return False
    own = set(mine)
    return sum(w in own for w in theirs) >= _LEAD_REPEAT_SHARE * len(theirs)


#: a product's heading under its maker's credit is this short
_MAX_HEADING_WORDS = 12
#: a maker's name: a few capitalised words, a company's suffix allowed ("Apple, Inc.")
_MAKER = re.compile(r"[A-Z0-9][\w&'’.-]*(?:,?\s+[A-Z0-9&][\w&'’.-]*){0,3}")


def _maker_credit(line: str, below: str) -> bool:
    """Line ``line``, under a picture, credits the maker of the product the
    picture shows: it is a name alone, and the product's heading below opens
    with it ("Nintendo" / "Nintendo Switch Lite for $200", "Apple, Inc." /
    "Apple iPhone 11 Pro Max"), as a list of products prints each one. A
    sentence below is no heading: a name over a paragraph that opens with it
    is a person's or a product's section ("Jane Doe" / "Jane Doe is the ...")."""
    if _MAKER.fullmatch(line) is None:
        return False
    name = line.split(",", 1)[0]
    return below.startswith(name + " ") and name.split(" ", 1)[0].lower() not in ALL_STOPWORDS \
        and below.count(" ") < _MAX_HEADING_WORDS and not below.endswith(_SENTENCE_END)


#: a name, a title and a suffix are at most this many words ("Jane A. Doe, DVM")
_MAX_NAME_LINE_WORDS = 6


def _bare_name(line: str) -> bool:
    """The line is a name alone: a few capitalised words and no function
    word ("Jane Doe, DVM", "Acme Team"), no description."""
    tokens = line.replace(",", " ").split()
    return len(tokens) <= _MAX_NAME_LINE_WORDS and all(t[0].isupper() or not t[0].isalpha() for t in tokens) \
        and not any(t.lower() in ALL_STOPWORDS for t in tokens)


def _name_word(line: str) -> bool:
    """The line is one capitalised word, a name ("Trafalgar")."""
    return line[0].isupper() and line.isalpha()


def _opens_credit(line: str, closing: re.Match[str]) -> bool:
    """The closing label opens a credit ("... Sonoma CA. Photo:", "| Photo by",
    "Feature Image by"), not a list or a clause within a sentence ("...
    assessing your own images:")."""
    before = line[:closing.start()].rstrip()
    return not before or closing.group("label")[0].isupper() or before.endswith(tuple(".!?(|,–—-"))


def _phrase_start(line: str) -> bool:
    """The line opens a caption's sentence that a link or an italic name
    breaks: a short phrase of mostly lowercase words with a function word,
    unfinished ("Head cells in the flatworm"), not a heading."""
    tokens = line.split()
    return len(tokens) <= _FRAGMENT_HEAD_WORDS and not line.endswith((*_SENTENCE_END, ":")) \
        and sum(w[0].isupper() for w in tokens) * 2 < len(tokens) and any(w in ALL_STOPWORDS for w in tokens)


def _distinct(found: list[FoundCaption]) -> list[FoundCaption]:
    """Each caption once: a page that prints a caption twice (alt text and
    caption, a gallery and its slides) has one picture. The lines of a copy go
    with the first as repeats."""
    first: dict[Caption, int] = {}
    kept: list[FoundCaption] = []
    for f in found:
        at = first.get(f.caption)
        if at is None:
            first[f.caption] = len(kept)
            kept.append(f)
        else:
            earlier = kept[at]
            kept[at] = FoundCaption(earlier.caption, earlier.lines, (*earlier.dropped, *f.lines, *f.dropped))
    return kept


def _label_at(lines: list[str], p: int) -> bool:
    """Line p ends a credit label: the label itself ("Photo:"), or its colon
    on a line of its own under the word ("Photo" / ":"), as a renderer breaks
    a label set in its own tag."""
    line = lines[p]
    if line in _LABEL_ENDS:
        return p > 0 and key_of(lines[p - 1]) in CREDIT_LABELS
    return is_label(line)


def _labels(lines: list[str], low: int, high: int) -> list[bool]:
    """:func:`_label_at` of lines [low, high), tried only on the lines that end as a label does."""
    ends = list(map(str.endswith, lines[low:high], repeat(_LABEL_ENDS + _BARE_ENDS)))
    return [end and _label_at(lines, p) for p, end in enumerate(ends, low)]


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


def _repeated_below(page: Page, p: int, credit_like: list[float], placeholder: list[float]) -> int | None:
    """The line just below p (past an image counter or placeholder) that
    repeats line p, the picture's alt text, as its caption. A paragraph
    merely repeated is no caption: the caller asks for a sign of a picture.
    A name between the two is a table's cell or a list's ("Best overall" /
    "Acme" / "Best overall"), not a picture's counter ("2/5"), placeholder,
    button ("expand") or credit ("Getty Images")."""
    lines, words = page.lines, page.words
    if words[p] < _MIN_ALT_WORDS:
        return None
    alt = lines[p]
    for q in range(p + 1, min(p + 3, len(lines))):
        at = lines[q].find(alt)
        if 0 <= at <= 12:
            rest = lines[q][at + len(alt):].lstrip()
            if not rest or rest[0] in "([" or credit_like[q] or page.split_credit(q)[1] \
                    or (rest[0].isupper() and alt.endswith((".", "!", "?")) and _describes(alt, _MAX_WORDS)):
                # ... or the caption says the alt text's sentence, then more ("A dog." / "A dog. It ...")
                return q
        if words[q] > _BETWEEN_WORDS or not (placeholder[q] or page.credit_words[q] or lines[q][0].islower()
                                              or not any(map(str.isalpha, lines[q]))):
            return None
    return None



def _with_alt_text(found: FoundCaption, lines: list[str], words: list[int], used: set[int]) -> FoundCaption:
    """The picture's alt text often repeats the caption on the line above:
    that copy is dropped with the caption, not left in the body; so is the
    caption's start or its end, left above by alt text cut at a link."""
    above = min(found.lines + found.dropped) - 1
    text = found.caption.text
    if above < 0 or above in used or not text:
        return found
    line = lines[above]
    if line == text or (words[above] >= _MIN_COPY_WORDS and len(line) < len(text)
                        and (text.endswith(line) or text.startswith(line))) or _keyword_and(line, text) \
            or (found.caption.credit is not None and words[above] <= text.count(" ") + 1 + _ALT_SLACK_WORDS
                and _repeated_as_lead(text, line, text.count(" ") + 1)):
        # ... or alt text that says the credited caption again in other words ("X. Photo taken in
        # May 2016" over "X in May 2016. Photo: Jane Doe"), no longer than it
        used.add(above)
        return FoundCaption(found.caption, found.lines, (above, *found.dropped))
    return found


#: alt text that says a caption again in other words is at most this many words longer
_ALT_SLACK_WORDS = 2
#: what parts a keyword from the caption it opens, in alt text ("gps watch - a more robust watch ...")
_KEYWORD_ENDS = (" -", " –", " —", " |")


def _keyword_and(line: str, text: str) -> bool:
    """Alt text that is a keyword, a dash, then the caption's sentence again
    ("gps watch - a more robust watch is a good idea." over "A more robust
    watch is a good idea. Credit: Jane Doe"), as a page's SEO sets it. A
    heading that ends with a product's name ("Best Kettle: Acme Kettle") is
    no copy of the name under its picture."""
    cut = len(line) - len(text)
    return cut > 0 and text.endswith(_SENTENCE_END) and text.count(" ") + 1 >= _MIN_ALT_WORDS \
        and line[cut:].lower() == text.lower() and line[:cut].rstrip().endswith(_KEYWORD_ENDS)


def _with_copy_below(found: FoundCaption, lines: list[str], placeholder: list[float],
                     used: set[int]) -> FoundCaption:
    """A caption printed again just below, past the picture's placeholder or
    label ("Video: In this talk ..." / "Video:" / "In this talk ..."): the
    copy goes with it, not into the body."""
    text = found.caption.text
    below = max(found.lines + found.dropped) + 1
    for q in range(below, min(below + 2, len(lines))):
        if q in used:
            return found
        if lines[q] == text:
            used.update(range(below, q + 1))
            return FoundCaption(found.caption, found.lines, (*found.dropped, *range(below, q + 1)))
        if not (placeholder[q] or is_label(lines[q])):
            return found
    return found

