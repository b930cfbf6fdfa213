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
  or between two paragraphs with no picture shown ("... last year." / "Jane
  Doe/AP" / "Workers on the bridge deck in January." / "The bridge ..."):
  the paragraph above the credit is the body's;
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
Credits are parsed by :mod:`.credits`, which the HTML cleaner uses too; what
marks a picture is found by :mod:`.pictures`, and how a line reads (a
caption's phrase, a name, a credit label) is told by :mod:`.caption_shapes`.
This module is the search that puts them together.
"""
from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .caption_shapes import (
    CLOSING_BARE_NAME,
    CLOSING_DASH_NAME,
    CLOSING_FOREIGN_PAPER,
    CLOSING_PHOTOGRAPHER,
    CREDIT_NAME,
    FRAGMENT_HEAD_WORDS,
    MAX_NAMING_ALT_WORDS,
    MAX_STAFF_CAPTION_WORDS,
    MAX_WORDS,
    MIN_ALT_WORDS,
    MIN_LABELLED_WORDS,
    NAMED_IN_PART,
    NOT_CAPTION_MARKS,
    PAPER_PHOTOGRAPHER,
    SENTENCE_END,
    after_picture_label,
    bare_name,
    broken_at_function_word,
    camel_case,
    credit_in_parentheses,
    describes,
    describes_or_tells,
    fragment_start,
    is_label,
    keyword_alt,
    label_at,
    labels_in,
    maker_credit,
    name_word,
    names_and_tells,
    not_title_case,
    open_sentence,
    opens_credit,
    photographer,
    phrase_start,
    repeated_as_lead,
    staff_credit,
    twin_phrase,
    unfinished_phrase,
    wire_byline,
)
from .credits import (
    credit_only,
    names_credit_word,
    names_picture_kind,
    names_stylist,
    reads_as_sentence,
    split_credit,
)
from .edges import person_named
from .lines import Page, key_of
from .model import Caption
from .pictures import (
    BETWEEN_WORDS,
    alt_text_above,
    alt_text_over_credit,
    copy_below,
    counter,
    described_pictures,
    file_name_alts,
    file_name_words,
    gallery_counters,
    image_files,
    may_be_repeated_below,
    names_pictures,
    not_pictures,
    picture_buttons,
    pictured_near,
    repeated_below,
)
from .rules.boilerplate import CALL_BUTTON, CARD_BLURB, CARD_CALL, WIDGET, WIDGET_WORDS
from .rules.credits import (
    AGENCY,
    CAPTION_CLOSERS,
    CAPTION_LABEL,
    CLOSING_LABEL,
    CREDIT_BEFORE_CAPTION,
    CREDIT_LABELS,
    FIGURE_BUTTONS,
    FIGURE_LABEL,
    MEDIA_PHOTOGRAPHER,
    PICTURE_LABEL,
    PICTURE_LIBRARY,
    PICTURE_SHOWS,
    PLATFORM,
    POSITION_IN_PICTURE,
    TABLE_LABEL,
    TABLE_TOPS,
    TELLS_NOT_SHOWS,
)
from .rules.shapes import DISCOURSE_OPENER, NOTE_NUMBER_END, SLIDE_BUTTONS
from .rules.stopwords import ALL_STOPWORDS

#: how far before the article a lead picture's caption is looked for, and after it
_LEAD, _MARGIN = 25, 3
#: how far under the article a gallery's captions are looked for, each within the margin of the last
_GALLERY_REACH = 40
#: a source is a picture's credit only beside a picture or when it names an agency, a
#: picture library or a web site ("Source: Unsplash", "Source: statista.com"): else it
#: names the article's source, or a table's whose data the text gives
_SOURCE = re.compile(r"(?:sources?|quelle|fuente|fonte|bron|źródło)\s*(?::|$)", re.IGNORECASE)
#: ... and so does a picture's: "Image source:", "Source:"
_IMAGE_SOURCE = re.compile(r"(?:(?:image|photo|picture)\s+)?(?:sources?|quelle|fuente|fonte|bron|źródło)\s*:",
                           re.IGNORECASE)
_BULLET = re.compile(r"[•·*►▸▶◦○●■□☆★→»›✓✔>]\s+")
#: the article's source is named in its last lines
_SOURCE_TAIL = 3
#: a caption credited to a source is a table's or a chart's
_SOURCE_WORD = "source"


def picture_descriptions(page: Page, start: int, end: int) -> list[int]:
    """The lines in and around the article lines [start, end) that describe a
    picture (:func:`described_pictures`)."""
    return described_pictures(page, max(0, start - _LEAD - 3), min(len(page.lines), end + _MARGIN))


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
#: a caption broken at its links is printed on this many lines at most, is this long at
#: least (a short heading broken at line breaks is no caption: "Better work" / "travel" /
#: "starts now"), and none of its pieces opens a list item or a bracket (a plant's name
#: and its Latin one: "Spider Plant" / "(Chlorophytum comosum)"); one broken next to a
#: function word, where a link begins, is this long at least ("Rotenburo Onsen in" / "Hakone Yuryo")
_MAX_PIECES, _MIN_BROKEN_WORDS, _MIN_LINKED_WORDS = 4, 6, 5
_NO_PIECE_STARTS = "(*•·"
#: what parts a page's keyword from the caption in alt text ("Harbour Walk Guide - Fishing boats at
#: the old pier"); a colon parts a product's heading from its name ("Best Kettle: Acme Kettle")
_KEYWORD_DASHES = (" - ", " – ", " — ", " | ")
#: the caption after the keyword is this long at least (a heading's last word is no caption)
_MIN_KEYWORD_CAPTION_WORDS = 2
#: a caption broken at its links into a block of its own is printed on this many lines above its
#: first name at most ("President" / "Jane Roe" / "speaks with" / "John Doe" / ...)
_MAX_BLOCK_PIECES = 8
#: a date and its time before a source's label on a date line have this many words at most
_DATE_WORDS = 3
#: a paragraph's line is this long at least
_PROSE_WORDS = 8
#: how a shop's button opens (a price, "Check price ...", "View ...", "See ...") or a link's notice
#: ("Opens in a new window"): a cheap test first
_WIDGET_STARTS = frozenset("$£€¥₹0123456789CcVvSsGgTtOo")
#: the maker closing a caption that repeats the alt text ("... by Clay", "... Overview by Jane Doe")
_MAKER_BY = r"by|von|par|por|di|door|av"
_MAKER_NAME = r"(?P<credit>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})"
_BY_MAKER = re.compile(rf"(?:\s+\w+)?\s+(?P<by>{_MAKER_BY})\s+{_MAKER_NAME}")


#: a caption closed by its maker, whatever it opens with ("Web Design Process by Clay")
_MADE_BY = re.compile(rf"\s+(?:{_MAKER_BY})\s+{_MAKER_NAME}$")
#: pictures credited to one maker under a short title of their own ("Mobile App Concept by Acme")
#: are this many in the article at least: a reading list's or an album list's titles name
#: different authors, a heading's "by" a different grouping ("Costs by State", "Costs by Breed")
_MIN_SAME_MAKER = 2
#: lowercase alt text over a picture's name in a gallery has this many words at least
_BLOCK_WORDS = 3
#: figures set apart as alt text over caption make a gallery this many in a row
_GALLERY_RUN = 3
#: a credit's form the search found this many times on a page tells the pictures it missed there
_MIN_SAME_FORM = 2
#: a word of ``_MAKER_BY`` between spaces (a cheap test first: one search, not one per word)
_MAKER_WORD = re.compile(rf" (?:{_MAKER_BY}) ")


def _shares_word(alt: str, caption: str, word: re.Pattern) -> bool:
    """The alt text and the caption share a ``word`` (:data:`_ALT_WORD`, :data:`_CONTENT_WORD`)
    that is not a function word."""
    theirs = {w for w in word.findall(alt.lower()) if w not in ALL_STOPWORDS}
    return not theirs.isdisjoint(word.findall(caption.lower()))


def _alt_and_caption(alt: str, line: str, said_again: bool = True) -> bool:
    """``alt`` may be a picture's alt text, a phrase with no closing mark, and ``line`` its
    caption: a sentence or phrase in sentence case with a function word, that says one of the
    alt text's words again (unless ``said_again`` is false), no question, no call to the reader
    (a product card's, ``CARD_CALL``), no sentence's continuation, no teaser cut short."""
    return alt[0].isalpha() and not alt.endswith((*SENTENCE_END, ":", ",", ";", "-", "–", "—", "|")) \
        and not line.endswith(_NOT_CAPTION_ENDS) and "?" not in line and not CARD_CALL.match(line) \
        and not fragment_start(line) and not open_sentence(line) and not_title_case(line) \
        and any(w.lower() in ALL_STOPWORDS for w in line.split()) \
        and (not said_again or _shares_word(alt, line, _ALT_WORD))


def _lowercase_figure(alt: str, line: str) -> bool:
    """``alt`` is a file's keywords or a scene in lowercase with no closing mark ("airtel
    international roaming", "digital nomad, indian travel bloggers") and ``line`` a finished
    sentence opening in capitals ("Sunset madness in Fukuoka."): printed as one block of two
    lines, a figure's alt text over its caption whether or not the caption says an alt word
    again (no heading opens in lowercase, and a paragraph is printed on a line of its own)."""
    return alt[0].islower() and alt[-1].isalnum() and line[0].isupper() and line.endswith((".", "!"))


def _credit_of(lines: list[str], taken: tuple[int, ...]) -> str:
    """The credit on lines ``taken`` under a closing label, a line that only closes the caption left out."""
    return " ".join(lines[q] for q in taken if lines[q] not in _CLOSERS).strip(" .")


#: how the lines open that may be a caption's label (a cheap test first)
_CAPTION_LABEL_WORDS = ("image", "media", "photo", "picture", "video", "caption", "bildunterschrift",
                        "légende",
                        "pie de foto", "didascalia", "bijschrift", "bildtext", "billedtekst", "kuvateksti",
                        "legenda", "podpis", "подпись к фото", "fotoğraf altı yazısı")
_CAPTION_LABEL_HEADS = tuple(head for word in _CAPTION_LABEL_WORDS
                             for head in (word, word.capitalize(), word.upper()))
#: ... by first character: a line is compared only with the few heads it may open with
_CAPTION_LABEL_HEADS_BY_FIRST = {first: tuple(head for head in _CAPTION_LABEL_HEADS if head[0] == first)
                                 for first in {head[0] for head in _CAPTION_LABEL_HEADS}}


def _picture_marks(page: Page, low: int, high: int, described: Sequence[int]
                   ) -> tuple[list[bool], list[int], set[int], set[int]]:
    """What shows a picture around the lines [low, high): a column, one item a
    line, that is true on a picture's placeholder (a placeholder or
    "[alt text]" that is a picture, its file name, a button beside it, alt text
    that describes it: ``described``); the picture buttons; those of them that
    show or hide a caption ("toggle caption") or close one ("Buy Photo", under a
    caption and its credit); and a gallery's counters."""
    lines = page.lines
    placeholder = _flags(page.column("placeholder") + page.column("bracketed"))
    for p in not_pictures(lines, page.column("bracketed"), page.credit_words, page.split_credit,
                          max(0, low - 3), high):
        placeholder[p] = False
    for p in image_files(lines, page.column("log_words"), max(0, low - 3), high):
        placeholder[p] = True
    buttons = picture_buttons(lines, page.word_array, max(0, low - 3), high, page.keys)
    for p in (*buttons, *described):
        placeholder[p] = True
    caption_buttons = {p for p in buttons
                       if "caption" in page.lower[p] or page.keys[p] in CAPTION_CLOSERS}
    counted = gallery_counters(lines, page.column("log_words"), page.ends_on_digit, placeholder,
                               max(0, low - 1), high)
    return placeholder, buttons, caption_buttons, counted


def _flags(column: np.ndarray) -> list[bool]:
    """Whether each line's value in a column of the page's features (none negative) is
    not zero: read only for its truth, and a list of bools is made faster than one of floats."""
    return (column > 0).tolist()


class _CaptionSearch:
    """One search for captions in and around the article lines [start, end):
    the page's columns read line by line (as lists: a list item is much
    cheaper to read than an array's), the marks of its pictures, the lines
    taken so far and the captions found. Its ``at_``/``under_``/... methods
    are the search's steps, each the caption of one shape, tried on a line in
    :func:`find_captions`' order; they return whether they took the line."""

    def __init__(self, page: Page, start: int, end: int, described: Sequence[int]) -> None:
        self.page, self.lines, self.words = page, page.lines, page.words
        self.n = n = len(page.lines)
        self.start, self.end = start, end
        self.low, self.high = max(0, start - _LEAD), min(n, end + _MARGIN)
        self.reach = min(n, end + _GALLERY_REACH)
        self.placeholder, self.buttons, self.caption_buttons, self.counted = \
            _picture_marks(page, self.low, self.reach, described)
        self.file_names = frozenset(file_name_alts(page.lines, page.column("log_words"), start, end))
        self.credit_like = _flags(page.column("credit"))
        self.named = page.credit_words.tolist()
        self.split = page.split_credit
        self.gap_before = _flags(page.column("blank_before"))
        self.byline = _flags(page.column("byline") + page.column("dateline") + page.column("opener"))
        self.by, self.dated = _flags(page.column("byline")), _flags(page.column("dateline"))
        self.headings = page.headings.tolist()
        self.described = frozenset(described)
        self.found: list[FoundCaption] = []
        self.used: set[int] = set()
        self.makers: Counter[str] | None = None
        self.link_breaks: bool | None = None

    # the tests the steps share

    def named_credit(self, p: int) -> bool:
        """Line p names a credit's word ("Photo", "Reuters"), not only a slash between names."""
        return self.named[p] and names_credit_word(self.lines[p], platforms=False)

    def free(self, p: int) -> bool:
        """Line p is on the page, not taken yet, and no picture's placeholder."""
        return 0 <= p < self.n and p not in self.used and not self.placeholder[p]

    def caption_text(self, p: int) -> bool:
        """Line p may be a caption's text: free, of caption length, no
        sentence's continuation, byline, credit alone or shop's button ("$110
        at Acme", "Check price on Amazon": a product's picture credited below
        it has its price above)."""
        words = self.words
        if not (self.free(p) and 2 <= words[p] <= MAX_WORDS and not fragment_start(self.lines[p])
                and not self.byline[p]):
            return False
        line = self.lines[p]
        if not any(map(str.isalpha, line)) \
                or (words[p] <= WIDGET_WORDS and line[0] in _WIDGET_STARTS and WIDGET.match(line.lower())):
            return False
        split = self.split
        return not (self.named[p] or "/" in line) \
            or (credit_only(line, split(p)) is None and split(p)[1] is None)

    def text_above(self, p: int) -> tuple[int, ...]:
        """The lines of the caption text that ends on the line above p: that
        line, or a sentence broken at a link or an italic name ("Yersinia
        pestis" / ", the bacteria that ..."), joined again; () when none."""
        lines, words, free, caption_text = self.lines, self.words, self.free, self.caption_text
        q = p - 1
        if caption_text(q):
            return (q,)
        taken = [q]
        # the pieces go on a sentence (", the bacteria that ...") to its full stop; a
        # lowercase alt text ("razer mouse in white") or file name ("apple-watch-11") does not
        if not (free(q) and (lines[q][0] in ",.;:)]" or lines[q].endswith(SENTENCE_END))):
            return ()
        while free(q) and words[q] <= MAX_WORDS and not self.byline[q] and fragment_start(lines[q]) \
                and (words[q] > 1 or not lines[q][0].isalnum()) and len(taken) <= 3:
            q -= 1
            if caption_text(q) and words[q] <= FRAGMENT_HEAD_WORDS and not lines[q].endswith(SENTENCE_END) \
                    and not open_sentence(lines[q]):
                return self.block_above(q, p) or (q, *reversed(taken))
            taken.append(q)
        return ()

    def sentence_above(self, p: int) -> tuple[int, ...]:
        """The lines above p that open the sentence line p ends, broken at a
        link ("Workers lift the" / "harbour bridge" / "into place ..."): up to
        the first that opens as a caption does; () when none."""
        lines, words, caption_text = self.lines, self.words, self.caption_text
        taken: list[int] = []
        for q in range(p - 1, max(-1, p - 4), -1):
            if not self.free(q) or self.byline[q] or words[q] > MAX_WORDS \
                    or lines[q].endswith((*SENTENCE_END, ":")) \
                    or _BULLET.match(lines[q]) or (" " not in lines[q] and not name_word(lines[q])):
                # a word alone is a slug ("product-feed-image") or a button, unless a name ("Trafalgar")
                return ()
            taken.append(q)
            if not fragment_start(lines[q]) and caption_text(q):
                if q > 0 and caption_text(q - 1) and phrase_start(lines[q - 1]):
                    # the phrase before a name ("Head cells in the flatworm" / "Dugesia japonica" / ...)
                    taken.append(q - 1)
                return self.block_above(taken[-1], p) or tuple(reversed(taken))
        return ()

    def block_above(self, q: int, p: int) -> tuple[int, ...]:
        """The lines from the start of line q's block up to line p, when line q
        opens on a name a link set apart ("President" / "Jane Roe" / "speaks
        with" / "John Doe" / "at the summit on Sunday. (AP Photo/X)"): the
        whole block under a picture is the caption's sentence, broken at its
        links; () when the block holds anything else (a finished sentence, a
        byline, a long line) or is no picture's."""
        lines, words, gap_before, free, placeholder = \
            self.lines, self.words, self.gap_before, self.free, self.placeholder
        first = q
        # up to the block's first line, or the first under a placeholder printed in the same block
        while first > 0 and not gap_before[first] and not placeholder[first - 1] \
                and q - first < _MAX_BLOCK_PIECES:
            above = first - 1
            if not free(above) or self.byline[above] or words[above] > FRAGMENT_HEAD_WORDS \
                    or lines[above].endswith((*SENTENCE_END, ":")) or _BULLET.match(lines[above]):
                return ()
            first = above
        if first == q or not (gap_before[first] or (first > 0 and placeholder[first - 1])) \
                or not pictured_near(placeholder, lines, first) \
                or sum(words[r] for r in range(first, p + 1)) > MAX_WORDS:
            return ()
        return tuple(range(first, p))

    def a_name(self, q: int) -> bool:
        """Line q is a name, a link's text ("Jane Doe", "iFixit"), not a value
        ("Cost per credit:" / "In-State | $472")."""
        lines = self.lines
        return self.free(q) and 1 <= self.words[q] <= 8 and not self.byline[q] \
            and not lines[q].endswith(("!", "?", ":")) \
            and (lines[q][0].isupper() or lines[q][0] in "@©" or camel_case(lines[q])) \
            and not any(c in lines[q] for c in "|$%=")

    def name_below(self, p: int) -> tuple[int, ...]:
        """The credit on the line below a closing label (a name, a link), with
        the line after it when that only closes the caption (".", ")"), or
        the site it came from, a second link ("Jane Doe" / "on" / "Unsplash"),
        or the paper it was taken for ("Jane Doe" / "for The Daily Planet")."""
        lines, n, free = self.lines, self.n, self.free
        q = p + 1
        if not self.a_name(q):
            return ()
        if q + 2 < n and lines[q + 1] in _CREDIT_JOINERS and free(q + 1) and self.a_name(q + 2) \
                and self.words[q + 2] <= _SITE_WORDS:
            q += 2
        elif q + 1 < n and lines[q + 1].startswith("for ") and lines[q + 1][4:5].isupper() and free(q + 1) \
                and self.words[q + 1] <= _SITE_WORDS + 1:
            # the paper the photographer works for, a link of its own ("Jane Doe" / "for The Daily Planet")
            q += 1
        return (*range(p + 1, q + 1), q + 1) if q + 1 < n and free(q + 1) and lines[q + 1] in _CLOSERS \
            else tuple(range(p + 1, q + 1))

    def credit_line(self, p: int) -> str | None:
        """The credit of line p when it is only a credit (on its own, or after
        a credit label on the line before)."""
        lines, words = self.lines, self.words
        if not self.free(p) or words[p] > 12:
            return None
        credit = credit_only(lines[p], self.split(p)) if self.named[p] or "/" in lines[p] else None
        if credit is not None:
            return credit
        if p > 0 and label_at(lines, p - 1) and words[p] <= 8 \
                and (not fragment_start(lines[p]) or camel_case(lines[p])) \
                and not reads_as_sentence(lines[p]):
            # a brand may open in lowercase after its label ("Photo:" / "iFixit"); a sentence there is
            # the caption the label stands over ("Image:" / "Workers stand on the bridge deck.")
            return lines[p].strip(" .")
        return None

    def continued(self, p: int) -> bool:
        """The line after p continues p's sentence (a placeholder does not)."""
        return p + 1 < self.n and not self.placeholder[p + 1] and fragment_start(self.lines[p + 1])

    def named_by_file_name(self, q: int) -> bool:
        """Line q, under a picture's file name left as its alt text
        ("Userpilot-funnel-analysis"), is the picture's caption: a short
        phrase or sentence closed by a full stop that says two of the file
        name's words again, half of them at least ("Funnel analysis in
        Userpilot."), on one line or broken at its links into a block of its
        own ("Funnel analysis" / "in" / "Userpilot" / "."). A logo's name under
        its file ("VRA-Interiors-logo" / "VRA Interiors") has no full stop; a
        sentence broken at a link goes on under it. The file name is dropped
        with it."""
        lines, gap = self.lines, self.gap_before
        taken: tuple[int, ...] = (q,)
        if gap[q] and not (q + 1 >= self.n or gap[q + 1]):
            last = next((r for r in range(q + 1, min(self.n, q + _MAX_BLOCK_PIECES))
                         if r + 1 >= self.n or gap[r + 1]), None)
            if last is None or not all(self.free(r) for r in range(q + 1, last + 1)):
                return False
            taken = tuple(range(q, last + 1))
        line = _joined(lines, taken)
        if not (sum(self.words[r] for r in taken) <= _FILE_CAPTION_WORDS and line.endswith(".")
                and not line.endswith(("...", "…")) and self.caption_text(q)
                and not self.continued(taken[-1])):
            return False
        named = set(file_name_words(lines[q - 1]) or ())
        shared = len(named & set(_ALT_WORD.findall(line.lower())))
        if shared < _MIN_FILE_WORDS_SAID or shared * 2 < len(named):
            return False
        text, credit = split_credit(line)
        self.add(Caption(text or line, credit), taken, (q - 1,))
        return True

    def paragraph_block(self, r: int) -> bool:
        """Line r opens a paragraph: a paragraph's line (:meth:`prose`), or a
        block broken at its links into lines whose words make one
        ("Airbnb" / ", my favorite go-to platform ...")."""
        if self.prose(r):
            return True
        if not (r + 1 < self.n and self.free(r) and self.lines[r][0].isupper()
                and not self.gap_before[r + 1]):
            return False
        return sum(self.words[r:self.block_end(r)]) >= _PARAGRAPH_BELOW_WORDS

    def block_end(self, r: int) -> int:
        """Where the block of line r ends (its next blank line), a few lines down at most."""
        t, last = r + 1, min(self.n, r + _MAX_BLOCK_PIECES)
        while t < last and not self.gap_before[t]:
            t += 1
        return t

    def broken_paragraph(self, r: int) -> bool:
        """Line r opens a sentence broken at its links, going on on the next
        line ("Here at Acme, we remind readers of" / "the power of light" /
        ". Now ..."), and the lines of its block up to the first that closes a
        sentence make a paragraph's length (a label over its value, "Ordinary
        way:", or a row of buttons closes none)."""
        lines, n = self.lines, self.n
        if not (r + 1 < n and not self.gap_before[r + 1]
                and (open_sentence(lines[r]) or fragment_start(lines[r + 1]))):
            return False
        # the sentence ends on the block's first line that closes one (a block may hold more)
        stop = next((t + 1 for t in range(r, self.block_end(r)) if lines[t].endswith(SENTENCE_END)), None)
        return stop is not None \
            and _joined(lines, tuple(range(r, stop))).count(" ") + 1 >= _PARAGRAPH_BELOW_WORDS

    def under_prose(self, p: int) -> bool:
        """The line above p is a paragraph's end: a sentence of some length,
        finished, where a teaser's headline has a heading or a date above it.
        A paragraph broken at its links ends on a piece that goes on from the
        line above ("... at" / "Harbour House" / "."), the sentence's length
        read over its block."""
        words, gap, above = self.words, self.gap_before, p - 1
        if p == 0 or not self.lines[above].endswith(SENTENCE_END):
            return False
        if words[above] >= _PROSE_WORDS:
            return True
        if not fragment_start(self.lines[above]):
            return False
        total = 0
        for r in range(above, max(-1, above - _MAX_BLOCK_PIECES), -1):
            total += words[r]
            if total >= _PROSE_WORDS or gap[r]:
                break
        return total >= _PROSE_WORDS

    def pictured(self, p: int) -> bool:
        """A picture is shown just above line p (a placeholder, or alt text it repeats)."""
        lines, placeholder, n = self.lines, self.placeholder, self.n
        return any(0 <= q < n and (placeholder[q] or lines[q] == lines[p]) for q in (p - 1, p - 2))

    def add(self, caption: Caption, taken: tuple[int, ...], dropped: tuple[int, ...] = ()) -> None:
        """Takes a caption read from lines ``taken``, the lines ``dropped`` only repeating it."""
        if _BULLET.match(caption.text):
            # a caption in a list (a gallery, related stories): the renderer's bullet is not its text
            caption = Caption(_BULLET.sub("", caption.text), caption.credit)
        self.found.append(FoundCaption(caption, taken, dropped))
        self.used.update(taken, dropped)

    def add_line(self, p: int) -> None:
        """Takes line p alone as a caption, its credit split off its end."""
        self.add(caption_from(self.lines[p], split=self.split(p)), (p,))

    def captioned(self, q: int) -> tuple[str, tuple[int, ...]] | None:
        """The caption a caption label on line q opens ("Image caption" /
        "The protests ...", "Caption: The protests ..."), and its lines."""
        lines = self.lines
        if not self.free(q) or self.words[q] > MAX_WORDS:
            return None
        m = CAPTION_LABEL.match(lines[q]) if lines[q].startswith(_CAPTION_LABEL_HEADS) else None
        if m is None:
            return None
        rest = lines[q][m.end():].strip()
        if rest:
            return (rest, (q,)) if " " in rest and not open_sentence(rest) else None
        return (lines[q + 1], (q, q + 1)) if self.caption_text(q + 1) else None

    def with_credit_below(self, text: str, taken: tuple[int, ...]) -> None:
        """Adds the caption of a caption label, its credit split off its end or
        on the lines below (a credit alone, or a label and its credit)."""
        body, credit = split_credit(text)
        last = taken[-1]
        if credit is None:
            credit = self.credit_line(last + 1)
            if credit is not None:
                taken = (*taken, last + 1)
            elif last + 2 < self.n and label_at(self.lines, last + 1):
                credit = self.credit_line(last + 2)
                if credit is not None:
                    taken = (*taken, last + 1, last + 2)
        self.add(Caption(body or text, credit), taken)

    # the steps, in the order find_captions tries them on a line

    def at_caption_label(self, p: int) -> bool:
        """A caption label opens the caption or stands before it ("Image
        caption" / "The protests ...", "Caption: ..."), its credit after it, or
        before it on the same line with its own label ("Image copyright X Image
        caption ...", as a renderer joins the BBC's)."""
        if self.free(p) and (both := CREDIT_BEFORE_CAPTION.match(self.lines[p])) is not None \
                and (label := CAPTION_LABEL.match(self.lines[p], both.end())) is not None:
            text = self.lines[p][label.end():].strip()
            if " " in text and not open_sentence(text):
                self.add(Caption(text, both.group("credit").strip(" ,.")), (p,))
                return True
        labelled_caption = self.captioned(p)
        if labelled_caption is None:
            return False
        self.with_credit_below(*labelled_caption)
        return True

    def at_credit_label(self, p: int) -> None:
        """Line p is a credit label alone ("Photo:", "Image copyright", or
        "Photo" / ":"): its credit on the next line, the caption above it, or
        below it after a caption label; or the alt text under the label."""
        lines, words, add = self.lines, self.words, self.add
        # the label, on its line or split from its colon ("Photo" / ":")
        head = p if is_label(lines[p]) else p - 1
        credit = self.credit_line(p + 1)
        below = self.captioned(p + 2) if credit is not None else None
        if below is not None:
            # the credit printed before its caption ("Image copyright" / "Getty Images" /
            # "Image caption" / "The protests ...")
            text, taken = below
            add(Caption(text, credit), (*range(head, p + 2), *taken))
            return
        if credit is not None:
            above = self.text_above(head)
            label = tuple(range(head, p + 2))
            if _SOURCE.match(lines[head]) and not names_pictures(credit) \
                    and not pictured_near(self.placeholder, lines, above[0] if above else head):
                # an article's source ("SOURCE:" / "News agencies"), a table's or a chart's
                return
            if above:
                add(Caption(_joined(lines, above), credit), (*above, *label))
            else:
                # a credit alone is the caption as printed ("Photo: iFixit"), as in HTML
                add(Caption(_joined(lines, label), credit), label)
        elif self.caption_text(p + 1) and words[p + 1] >= MIN_ALT_WORDS:
            add(caption_from(lines[p + 1], split=self.split(p + 1)), (p, p + 1))

    def closed_by_label(self, p: int) -> bool:
        """Line p ends with a credit label whose credit is the next line, a
        name or a link ("... a happy dog. Photo by" / "Jane Doe"): the caption
        is the line, with the start of its sentence above when it is broken."""
        lines = self.lines
        line = lines[p]
        closing = CLOSING_LABEL.search(line, max(0, len(line) - _CLOSING_TAIL))
        if closing is None or not opens_credit(line, closing):
            return False
        below = self.name_below(p)
        text = line[:closing.start()].rstrip(" (|–—-&")
        above = self.text_above(p) if below and not text else ()
        if above and pictured_near(self.placeholder, lines, above[0]) \
                and describes_or_tells(caption := _joined(lines, above)):
            # the label alone between a picture's caption and its credit ("Workers on the deck." /
            # "Photo by" / "Jane Doe")
            self.add(Caption(caption, _credit_of(lines, below)), (*above, p, *below))
            return True
        if below and (text.count(" ") + 1 < MIN_LABELLED_WORDS or open_sentence(text)) \
                and not fragment_start(line):
            # a label and its credit alone: the caption as printed ("Image by Jane Doe",
            # "Infographic source:" / "Acme")
            printed = line if text else line[closing.start():]
            credit = _credit_of(lines, below)
            self.add(Caption(f"{printed} {credit}", credit), (p, *below))
            return True
        head = self.sentence_above(p) if below and fragment_start(line) else ()
        if head:
            text = _joined(lines, head) + (text if not text or text[0] in ",.;:)]" else " " + text)
        most = MAX_STAFF_CAPTION_WORDS if closing.group("label").lower() == "source" else MAX_WORDS
        if below and (head or not fragment_start(line)) and len(text.split()) <= most:
            self.add(Caption(text, _credit_of(lines, below)), (*head, p, *below))
            return True
        return False

    def credit_alone(self, p: int) -> bool:
        """Line p is only a credit ("Jane Doe/AP", "(Walt Disney Co.)"): the
        caption is above it, or below it after a caption label or in the same
        block, or it is the caption as printed. Not a credit that closes a
        sentence broken at a link, an agency's bare name under a paragraph
        (the article's source), nor a slash between two things."""
        lines, words, placeholder, n, add = self.lines, self.words, self.placeholder, self.n, self.add
        line = lines[p]
        credit = self.credit_line(p)
        if credit is None and line[0] == "(" and self.free(p):
            credit = credit_in_parentheses(lines, words, p)
        if credit is None or self.byline_under_headline(p):
            return False
        below = self.captioned(p + 1)
        if below is not None:
            # a credit alone printed before its caption's label ("Getty Images" / "Image caption" / ...)
            add(Caption(below[0], credit), (p, *below[1]))
            return True
        # (a credit opened by its label, "Foto: Jane Doe/dpa", goes on no sentence: the line above
        # ends its caption, though its last word is a function word: "Die Arbeiten dauern noch an")
        inline = self.continued(p) or (p > 0 and open_sentence(lines[p - 1]) and not _labelled(line, credit))
        if inline:
            return True
        if line.strip(" .") == credit and not any(map(line.__contains__, _NAMED_CREDIT)) \
                and not names_stylist(credit) and not placeholder[p - 1] and not self.pictured(p - 1) \
                and not (p < self.end - _SOURCE_TAIL and describes_or_tells(lines[p - 1])) \
                and not ((names_picture_kind(credit) or MEDIA_PHOTOGRAPHER.fullmatch(credit) is not None)
                         and self.caption_text(p - 1)
                         and describes_or_tells(lines[p - 1])):
            # an agency's bare name under a paragraph: the article's source (at its end; inside the
            # article, under a picture's description or a news caption full of names, the picture's
            # credit); a credit that says it is a picture's ("Staff photo", "Courtesy photo", "Getty
            # Images") or names its photographer ("ABC News: Jane Doe") is no source
            if PICTURE_LIBRARY.fullmatch(credit) is not None and self.start <= p < self.end:
                # ... but a picture library is never the article's source: alone in the article, under a
                # heading, it credits a picture shown there, the caption as printed ("Getty Images")
                add(Caption(line.strip(" ."), credit), (p,))
            return True
        # pictures in a row credited alone ("Photo: X" / "Photo: X"), or one credit printed twice
        # around its picture's button ("Photo: X" / "View image in fullscreen" / "Photo: X"):
        # the text above is none's caption
        again = p + 1 < n and (lines[p + 1] == line
                               or (placeholder[p + 1] and p + 2 < n and lines[p + 2] == line))
        text = self.text_above(p) if not again else ()
        skipped: tuple[int, ...] = ()
        if not text and p - 1 in self.buttons and "caption" in lines[p - 1].lower():
            # a button between a caption and its credit ("..." / "hide caption" / "Jane Doe/NPR")
            text = self.text_above(p - 1)
            skipped = (p - 1,) if text else ()
        if text and _IMAGE_SOURCE.match(line) and sum(words[q] for q in text) > MAX_STAFF_CAPTION_WORDS \
                and not pictured_near(placeholder, lines, text[0]):
            # a paragraph over the source of a picture shown elsewhere (the article's
            # header): the source alone is the caption as printed
            text = ()
        if _SOURCE.match(line) and not pictured_near(placeholder, lines, text[0] if text else p) \
                and (not names_pictures(credit) or (text and credit in lines[text[-1]])):
            # an article's source, a wire's too when the line above names it ("(With inputs
            # from Reuters)" / "Source: Reuters")
            return True
        if "/" in line and not skipped and not self.named_credit(p) \
                and not pictured_near(placeholder, lines, text[0] if text else p) \
                and not (text and describes_or_tells(_joined(lines, text))
                         and (staff_credit(credit, lines) or photographer(credit))):
            # a slash alone ("Method/Rule", "Email/SMS campaigns") names no one: a picture must be
            # near, or the caption above credited to a person and the page's own name
            return True
        if text and not skipped and self.heads_its_block(text, p):
            # the credit opens a block of its own, its caption under it ("... last year." / "" /
            # "Photo: Jane Doe/Reuters" / "Workers on the bridge deck in January." / ""): the
            # paragraph over the gap is the body's
            add(Caption(lines[p + 1], credit), (p, p + 1))
            return True
        if text and not skipped and self.caption_after_credit(text, p):
            # the credit printed first, its caption under it, with no picture's placeholder
            # ("... last year." / "Jane Doe/AP" / "Workers on the bridge deck in January."): the
            # paragraph above it is the body's
            add(Caption(lines[p + 1], credit), (p, p + 1))
            return True
        if text and not skipped and self.paragraph_over_credit(text, p, credit):
            return True
        if text:
            add(Caption(_joined(lines, text), credit), (*text, *skipped, p))
        elif p > 0 and placeholder[p - 1] and self.caption_text(p + 1) and not self.continued(p + 1) \
                and describes_or_tells(lines[p + 1]) and (p + 2 >= n or self.gap_before[p + 2]) \
                and (not self.gap_before[p + 1] or self.short_over_paragraph(p + 1)):
            # the credit printed first, right under the picture, its caption below it in the
            # same block ("image" / "Jane Doe/AP" / "The mayor opens the bridge."), or in a
            # block of its own over a paragraph twice its length at least
            add(Caption(lines[p + 1], credit), (p, p + 1))
        elif not self.credit_again(p, credit):
            add(Caption(line, credit), (p,))
        return True

    def short_over_paragraph(self, q: int) -> bool:
        """Line q is a finished sentence too short for a paragraph, over a
        paragraph twice as long at least: a caption set apart, not the
        article's first paragraph."""
        words = self.words
        return words[q] < _PARAGRAPH_BELOW_WORDS and self.lines[q].endswith(SENTENCE_END) \
            and self.prose(q + 1, _PARAGRAPH_BELOW_WORDS) and words[q] * 2 <= words[q + 1]

    def scene_over_paragraph(self, q: int) -> bool:
        """Line q is a longer picture's description (``_PARAGRAPH_BELOW_WORDS``
        words up to ``_SCENE_WORDS``) over a paragraph twice as long at least:
        a news caption's scene, who does what where ("A welder works on a steel
        section of the bridge deck during a storm on Friday."), in the present
        (:data:`_SCENE`), speaking to no one (:data:`_ADDRESS`); a story's
        sentence of that length tells what was, or addresses the reader."""
        words, line = self.words, self.lines[q]
        return _PARAGRAPH_BELOW_WORDS <= words[q] < _SCENE_WORDS and line.endswith(".") \
            and describes(line) and _ADDRESS.search(line) is None and _SCENE.match(line) is not None \
            and self.prose(q + 1, _PARAGRAPH_BELOW_WORDS) and words[q] * 2 <= words[q + 1]

    def credit_again(self, p: int, credit: str) -> bool:
        """The credit alone on line p repeats the credit of the caption just
        above it, past that caption's buttons ("..." / "Jane Doe/NPR" / "hide
        caption" / "toggle caption" / "Jane Doe/NPR"): the copy is dropped with
        that caption, not taken for a caption of its own."""
        if not self.found:
            return False
        last = self.found[-1]
        q = max(last.lines + last.dropped)
        if last.caption.credit != credit or not all(r in self.buttons for r in range(q + 1, p)) \
                or p - q > _CREDIT_AGAIN_REACH:
            return False
        self.found[-1] = FoundCaption(last.caption, last.lines, (*last.dropped, *range(q + 1, p + 1)))
        self.used.update(range(q + 1, p + 1))
        return True

    def byline_under_headline(self, p: int) -> bool:
        """Line p is the article's byline, shaped as a credit ("By Jane Doe,
        Reuters", "By Jane Doe | AP", without its label "Jane Doe, Reuters"):
        it opens on a byline's word, or is people's names and a news agency's
        (:func:`wire_byline`) under no paragraph, with no picture just above,
        under a line that closes no sentence (the headline, not a caption) or
        over the article's date. A photographer's credit says whose picture
        ("Photo by")."""
        if p == 0 or not (self.by[p] or wire_byline(self.lines[p]) and not self.under_prose(p - 1)):
            return False
        return not self.pictured(p - 1) and not any(self.placeholder[max(0, p - _BYLINE_PICTURE_REACH):p]) \
            and (not self.lines[p - 1].endswith(SENTENCE_END) or (p + 1 < self.n and bool(self.dated[p + 1])))

    def credit_at_end(self, p: int) -> bool:
        """Line p ends with its credit ("... on Sunday. Photo: Reuters"): the
        caption is the line, or the sentence it ends, broken at a link, with
        the lines above. Not an agency's bare name closing a sentence with no
        picture near, nor a slash alone after no picture's description."""
        lines, words, placeholder = self.lines, self.words, self.placeholder
        line = lines[p]
        if line[0].islower() and self.labelled_alt(p):
            return True
        if self.continued(p) or (fragment_start(line) and not camel_case(line)
                                 and (p == 0 or lines[p - 1].endswith(SENTENCE_END))):
            # neither a caption alone nor the end of one broken at a link, whatever its credit:
            # the line is not parsed for it
            return False
        text, credit = self.split(p)
        if credit is not None and self.byline_under_headline(p):
            return False
        if credit is not None and text.endswith(("!", "?", ".")) and AGENCY.fullmatch(credit) \
                and not PICTURE_LIBRARY.fullmatch(credit) \
                and line.rstrip(" .")[:-len(credit)].rstrip() == text \
                and not pictured_near(placeholder, lines, p) and not PICTURE_LABEL.match(line):
            # an agency's bare name closing a sentence with no picture near: the article's
            # source ("... into the US. PTI"), not a credit
            credit = None
        if credit is not None and PLATFORM.fullmatch(credit) and not pictured_near(placeholder, lines, p):
            # a social network named in parentheses closing a sentence with no picture near: the
            # article's words ("... posted the video on social media (Twitter)."), not a credit
            credit = None
        if credit is not None and not self.named_credit(p) and not describes(text, MAX_WORDS) \
                and not pictured_near(placeholder, lines, p):
            # a slash alone between capitalised words ("Guru (Project Lead / Strategist)") names
            # a photographer and a publication only after a picture's description
            credit = None
        if credit is not None and self.dated[p] and len(text.split()) <= _DATE_WORDS:
            # a date line naming the article's source ("2024-12-05 10:30 Source: Xinhua",
            # "2024年12月05日 10:30 | 来源：新华网"): a date and a time, no picture's description
            credit = None
        if credit is not None and text and (not fragment_start(line) or camel_case(line)):
            self.add(Caption(text, credit), (p,))
            return True
        if credit is not None and text and p > 0 \
                and key_of(text) not in CREDIT_LABELS and not lines[p - 1].endswith(SENTENCE_END):
            # the caption's end after a link or an italic name ("Protesters in" / "Trafalgar Square" /
            # "on Sunday. Photo: Reuters"): its start is the line or lines above
            head = self.sentence_above(p)
            if head and sum(words[q] for q in head) + words[p] <= MAX_WORDS \
                    and not any(_BULLET.match(lines[q]) for q in head):
                whole = _joined(lines, head) + (text if text[0] in ",.;:)]" else " " + text)
                if whole.count("(") == whole.count(")"):
                    self.add(Caption(whole, credit), (*head, p))
                    return True
        return False

    def labelled_alt(self, p: int) -> bool:
        """Line p, a block of its own, is alt text in lowercase ("illustrated icons of
        windshield wipers and a tire") closed by a labelled credit ("Illustrations: Jane
        Doe"): a renderer printed the picture's description and its credit as one line. A
        piece of a sentence broken at a link is printed in its sentence's block, and a
        label names a picture's credit only."""
        if not (self.gap_before[p] and (p + 1 >= self.n or self.gap_before[p + 1])
                and self.words[p] <= MAX_WORDS and not self.byline[p]):
            return False
        line = self.lines[p]
        text, credit = self.split(p)
        if credit is None or not text or text.endswith(SENTENCE_END):
            return False
        if CLOSING_LABEL.match(line[len(text):line.rfind(credit)].strip()) is None:
            return False
        self.add(Caption(text, credit), (p,))
        return True

    def alt_text_and_caption(self, p: int) -> bool:
        """Line p, a picture's alt text, is repeated just below as its caption
        (past an image counter or a placeholder), with a credit or some other
        sign of a picture: the caption is the copy, line p is dropped."""
        lines, split = self.lines, self.split
        line = lines[p]
        copy = repeated_below(self.page, p, self.credit_like, self.placeholder)
        if copy is None:
            return False
        labelled = is_label(lines[copy][:lines[copy].find(line)].strip())
        # a line printed twice is alt text and caption when something shows a picture: a
        # placeholder above, a credit below or closing it ("... campaign. (onmeth.com)")
        twin = copy == p + 1 and lines[copy] == line and self.start <= p < self.end \
            and ((unfinished_phrase(line) and not _teaser(lines, self.byline, p))
                 or (twin_phrase(line) and self.under_prose(p)
                     and not _teaser(lines, self.byline, p, self.words))
                 or self.twin_block(p))
        if not ((lines[copy] != line or copy > p + 1 or self.credit_line(copy + 1) or twin
                 or (p > 0 and self.placeholder[p - 1]) or split(copy)[1] is not None)
                and (p > self.start or labelled or self.credit_like[copy] or self.credit_line(copy + 1)
                     or split(copy)[1] is not None)):
            return False
        text, credit = split(copy)
        taken: tuple[int, ...] = (copy,)
        if credit is None:
            credit = self.credit_line(copy + 1)
            if credit is not None:
                taken = (copy, copy + 1)
        if credit is None and lines[copy] == line and copy == p + 1 and not twin:
            return True
        self.add(Caption(text, credit), taken, tuple(range(p, copy)))
        return True

    def twin_block(self, p: int) -> bool:
        """Lines p and p + 1, the same phrase, are a block of their own: a
        text browser prints a figure's alt text and its caption so, in title
        case or not ("View of the Harbour Bridge from Castle Hill" twice). A
        heading printed again (a table of contents', an anchor's) is a block
        of its own, and a line that goes on in the same block is a paragraph's
        or a list's; a name alone or a question or a label is no caption."""
        gap, line = self.gap_before, self.lines[p]
        return gap[p] and not gap[p + 1] and p + 2 < self.n and gap[p + 2] \
            and self.caption_text(p) and self.words[p] <= MAX_STAFF_CAPTION_WORDS \
            and not line.endswith(("?", ":")) and not bare_name(line)

    def alt_text_around(self, p: int) -> bool:
        """Line p, a picture's alt text, is printed again two lines below, and
        the line between says it again with its maker ("Color wheel" / "Color
        Wheel by Clay" / "Color wheel"): that line is the caption, the maker its
        credit, the two copies of the alt text are dropped. A caption that
        names the picture in other words, sharing one with the alt text
        ("Overview of the web design process" / "Web Design Process by Clay" /
        "Overview of the web design process"), is taken too; only the copy
        above goes, the one below may be the heading of what follows."""
        lines, free, line = self.lines, self.free, self.lines[p]
        between = lines[p + 1]
        if not (self.words[p] >= 2 and free(p) and free(p + 1) and free(p + 2)):
            return False
        if between[:len(line)].lower() == line.lower():
            m = _BY_MAKER.fullmatch(between, len(line))
            if m is None:
                return False
            caption = Caption(between[:m.start("by")].rstrip(" ,–—-|"), m.group("credit"))
            self.add(caption, (p + 1,), (p, p + 2))
            return True
        m = _MADE_BY.search(between)
        text = between[:m.start()].rstrip(" ,–—-|") if m is not None else ""
        if not (text[:1].isupper() or text[:1].isdigit()) or self.words[p + 1] > MAX_STAFF_CAPTION_WORDS \
                or not _shares_word(line, text, _ALT_WORD):
            return False
        self.add(Caption(text, m.group("credit")), (p + 1,), (p,))  # type: ignore[union-attr]
        return True

    def alt_text_broken_below(self, p: int) -> bool:
        """Line p, a picture's alt text, is printed again just below as its
        caption broken at its links ("Lockers in Hakone in Chokokunomori
        station" / "Lockers in" / "Hakone" / "in Chokokunomori station"): the
        pieces are the caption, line p is dropped. A heading set in title case
        broken at a line break ("Residents & Medical Students") is no caption,
        but a name broken next to a function word, where its link begins, is
        ("Rotenburo Onsen in" / "Hakone Yuryo")."""
        lines, free = self.lines, self.free
        line = lines[p]
        unescaped = html.unescape(line) if "&" in line else line
        if not (self.words[p] >= _MIN_LINKED_WORDS and free(p) and not self.byline[p]
                and lines[p + 1][0] not in _NO_PIECE_STARTS):
            return False
        phrase = self.words[p] >= _MIN_BROKEN_WORDS and not_title_case(line)
        for last in range(p + 2, min(self.n, p + 1 + _MAX_PIECES)):
            if not free(last - 1) or not free(last) or lines[last][0] in _NO_PIECE_STARTS:
                return False
            pieces = tuple(range(p + 1, last + 1))
            joined = _joined(lines, pieces)
            if (joined == line or (joined == unescaped and "&" in line)) \
                    and (phrase or broken_at_function_word([lines[q] for q in pieces])):
                self.add(caption_from(line, split=self.split(p)), pieces, (p,))
                return True
            if len(joined) >= len(line):
                return False
        return False

    def keyword_alt_above(self, p: int) -> bool:
        """Line p, inside the article, is a picture's alt text set as a page's
        keyword, a dash, then the caption ("Harbour Walk Guide - Fishing boats
        at the old pier"), and the caption is printed below without the
        keyword, on one line or broken at its links ("Fishing boats at the" /
        "old pier"): the copy below is the caption, line p is dropped."""
        lines, free = self.lines, self.free
        line = lines[p]
        if not (self.start <= p < self.end and free(p) and not self.byline[p]
                and lines[p + 1][0] not in _NO_PIECE_STARTS):
            return False
        for last in range(p + 1, min(self.n, p + 1 + _MAX_PIECES)):
            if not free(last) or self.byline[last] or (last > p + 1 and lines[last][0] in _NO_PIECE_STARTS):
                return False
            pieces = tuple(range(p + 1, last + 1))
            joined = _joined(lines, pieces)
            cut = len(line) - len(joined)
            if cut <= 0:
                return False
            if line.endswith(joined) and line[:cut].endswith(_KEYWORD_DASHES) \
                    and joined.count(" ") + 1 >= _MIN_KEYWORD_CAPTION_WORDS:
                split = self.split(last) if last == p + 1 else None
                self.add(caption_from(joined, split=split), pieces, (p,))
                return True
        return False

    def twin_apart(self, p: int) -> bool:
        """Lines p and p + 1, inside the article, print the same short phrase,
        each a block of its own between a paragraph's finished sentence (or
        the figure just taken, alt text over caption: a gallery) and the
        text going on: a renderer that sets every element apart prints a
        figure's alt text and its caption so ("Morning on a Pinot Noir
        Vineyard" twice), in title case or not. A heading printed twice (an
        anchor's copy, an accordion's) stands so too, but announces the
        paragraph under it, whose first sentence says its words again
        ("Advanced Encryption" / "Deco protects every connection using
        advanced encryption ..."); a caption's paragraph goes on with the
        story. Not a sentence, a question, a label ("Figure 2."), a button
        ("Article continues below"), a teaser's headline over its author or
        date, nor anything over a list's item or a credit (a short line
        naming a credit's word; a paragraph may name one, "... shot on Getty
        Images' archive ...", and goes on with the story). The caption is
        taken, line p dropped."""
        lines, q = self.lines, p + 1
        below = q + 1
        if not (self.start <= p < self.end and below < self.n and self.gap_before[below]
                and self.free(p) and not self.byline[p] and self.caption_text(q)
                and self.words[q] <= _TWIN_APART_WORDS and not self.page.on_sight[p]):
            return False
        line, after = lines[q], lines[below]
        if not line[0].isalpha() or line.endswith((*SENTENCE_END, ":")) or "?" in line \
                or WIDGET.match(line.lower()) \
                or not (self.under_prose(p) or (self.found and self.found[-1].lines[-1] == p - 1
                                                 and self.found[-1].dropped == (p - 2,))) \
                or lines[p - 1].endswith(("...", "…")) \
                or after.endswith(":") or _BULLET.match(after) or self.byline[below] \
                or self.credit_like[below] or (self.named[below] and not self.prose(below)) \
                or person_named(after) is not None:
            return False
        stop = _SENTENCE_STOP.search(after)
        if _shares_word(line, after[:stop.start()] if stop is not None else after, _CONTENT_WORD):
            return False
        text, credit = self.split(q)
        self.add(Caption(text or line, credit), (q,), (p,))
        return True

    def escaped_twin(self, p: int) -> bool:
        """Line p, inside the article, is a picture's alt text printed with its
        HTML entities left escaped ("... Serena &amp; Lily ..."), and the line
        below says it again unescaped: the two are alt text and caption as a
        line printed twice is (a phrase, not a heading nor a teaser's)."""
        lines, line, q, byline = self.lines, self.lines[p], p + 1, self.byline
        if not (self.start <= p < self.end and self.free(p) and self.free(q)
                and html.unescape(line) == lines[q]):
            return False
        if not ((unfinished_phrase(lines[q]) and not _teaser(lines, byline, p))
                or (twin_phrase(lines[q]) and self.under_prose(p)
                    and not _teaser(lines, byline, p, self.words))):
            return False
        self.add(caption_from(lines[q], split=self.split(q)), (q,), (p,))
        return True

    def at_picture_label(self, p: int) -> bool:
        """A picture label opens line p ("Image: Jose Mourinho, left, ...",
        "Video: In this talk ..."): the rest is the caption, its credit below."""
        line = self.lines[p]
        label = PICTURE_LABEL.match(line)
        labelled_text = after_picture_label(line, label, self.words[p], self.split(p)) if label else None
        if labelled_text is not None and self.free(p) and not self.byline[p] and not self.continued(p):
            credit = self.credit_line(p + 1)
            self.add(Caption(labelled_text, credit), (p, p + 1) if credit is not None else (p,))
            return True
        return False

    def figure_label(self, p: int) -> bool:
        """A figure's label and number open line p ("Figure 1. Enrollment
        flow diagram."), under a picture or over a figure's button ("View this
        figure"): the line is the caption. A label alone ("Figure 2.", printed
        twice by some pages), past the figure's buttons ("Open in a new tab"),
        stands over the caption's line. The buttons are dropped."""
        lines, words, n = self.lines, self.words, self.n
        label = FIGURE_LABEL.match(lines[p])
        if label is None or not self.free(p) or self.byline[p]:
            return False
        rest = lines[p][label.end():]
        if rest:
            below = p + 1 if p + 1 < n and self.page.keys[p + 1] in FIGURE_BUTTONS else None
            if not (label.group("stop") and rest.count(" ") >= 1 and words[p] <= MAX_WORDS
                    and (below is not None or not self.continued(p))
                    and (below is not None or any(self.placeholder[q] for q in range(max(0, p - 2), p)))):
                return False
            self.add(caption_from(lines[p], split=self.split(p)), (p,), (below,) if below is not None else ())
            return True
        q = p + 1
        while q < n and (lines[q] == lines[p] or self.page.keys[q] in FIGURE_BUTTONS or self.placeholder[q]) \
                and q - p <= _FIGURE_SPAN:
            q += 1
        if q >= n or q - p > _FIGURE_SPAN or q == p + 1 or not self.caption_text(q) or self.continued(q) \
                or FIGURE_LABEL.match(lines[q]):
            return False
        self.add(caption_from(lines[q], split=self.split(q)), (q,), tuple(range(p, q)))
        return True

    def table_label(self, p: int) -> bool:
        """A numbered table's label opens line p ("Table 1. Baseline scores of
        the participants."), and the table is drawn right below it, in the boxes
        a text browser draws ("┌────┬────┐"): the line is the table's caption.
        A sentence that names the table ("Table 1 shows ...") has no stop after
        the number, and a label alone or with no table below is left as it is."""
        line = self.lines[p]
        label = TABLE_LABEL.match(line)
        if label is None or not self.free(p) or self.byline[p] or self.words[p] > MAX_WORDS \
                or line[label.end():].count(" ") < 1 or not self.lines[p + 1].startswith(TABLE_TOPS):
            return False
        self.add(caption_from(line, split=self.split(p)), (p,))
        return True

    def under_picture(self, p: int) -> bool:
        """Line p, right under a picture, is its caption: the picture's
        description printed again, closed by its photographer and publication
        or its agency in brackets, set in parentheses, or over the byline that opens the article or over
        its first sentence that says it again."""
        lines, words, line = self.lines, self.words, self.lines[p]
        above = lines[p - 1]
        if (line == above or (above[0] == "[" and above[1:-1].strip() == line)) \
                and self.caption_text(p) and not self.continued(p):
            # alt text that describes the picture, printed again below as its caption, bare or
            # in a text browser's brackets ("A diver swimming with a turtle" / "[A diver ...]")
            self.add_line(p)
            return True
        if ("/" in line or " | " in line) and self.free(p) and not self.continued(p):
            m = CLOSING_PHOTOGRAPHER.search(line)
            text = line[:m.start()].rstrip() if m is not None else ""
            if m is not None and photographer(m.group("credit")) and describes_or_tells(text):
                # under a picture, a caption closed by its photographer and publication, no credit word
                # ("The mayor opens the bridge. Jane Doe / The Daily Planet")
                self.add(Caption(text, m.group("credit")), (p,))
                return True
        if (" –" in line or " —" in line) and line[0] not in _QUOTES and self.free(p) \
                and not self.continued(p):
            m = CLOSING_DASH_NAME.search(line)
            text = line[:m.start()].rstrip() if m is not None else ""
            if m is not None and describes_or_tells(text):
                # under a picture, a caption closed by a dash and its photographer's name ("The mayor
                # opens the bridge. – Jane Doe"; a quotation closed so names who said it)
                self.add(Caption(text, m.group("credit")), (p,))
                return True
        if _FOREIGN_FOR.search(line) and self.free(p) and not self.continued(p):
            m = CLOSING_FOREIGN_PAPER.search(line)
            text = line[:m.start()].rstrip() if m is not None else ""
            if m is not None and describes_or_tells(text):
                # under a picture, a caption closed by its photographer for a paper, in another language
                # ("Des ouvriers sur le pont. Jane Doe pour « Le Monde »")
                self.add(Caption(text, m.group("credit")), (p,))
                return True
        if (line[-1] in ").," or " | " in line or ", " in line) and self.free(p) and not self.continued(p):
            m = CLOSING_BARE_NAME.search(line)
            text = line[:m.start()].rstrip() if m is not None else ""
            if m is not None and describes_or_tells(text):
                # under a picture, a caption closed by its photographer's name, with no credit word
                # ("The mayor opens the bridge. (Jane Doe)", "... | Jane Doe", "(ABC News: Jane Doe)")
                self.add(Caption(text, m.group("credit") or m.group("barred") or m.group("paper")), (p,))
                return True
        if line.endswith("]") and self.free(p) and not self.continued(p):
            # under a picture, a caption closed by its agency in brackets ("The mayor opens the
            # bridge. [Reuters]"; elsewhere the link to the agency's story)
            m = _AGENCY_IN_BRACKETS.search(line)
            text = line[:m.start()].rstrip() if m is not None else ""
            if m is not None and text.endswith((".", "”", "\"")) and describes_or_tells(text):
                self.add(Caption(text, m.group("credit")), (p,))
                return True
        if line[0] == "(" and line.endswith((")", ").")) and self.free(p) \
                and line.count("(") == 1 and line[1:2].isupper() \
                and describes(line.strip("(). "), MAX_WORDS):
            # a caption set in parentheses under its picture ("(The mayor opens the bridge on Monday.)");
            # one in lowercase is a button's text ("(add Acme Kettle to cart)")
            inner = line.strip(" .")[1:-1].strip()
            self.add(caption_from(inner), (p,))
            return True
        if p + 1 == self.start and line.endswith(".") and not self.headings[p] and self.caption_text(p) \
                and not self.continued(p) and describes_or_tells(line) \
                and self.prose(p + 1, _PARAGRAPH_BELOW_WORDS):
            # under the lead picture, over the article's first paragraph, a short description the
            # article leaves out: the picture's caption, without a credit
            self.add_line(p)
            return True
        if self.start <= p < self.end - 1 and line.endswith(".") and not (p > 1 and self.placeholder[p - 2]) \
                and not self.headings[p] and self.caption_text(p) and not self.continued(p) \
                and describes_or_tells(line) \
                and (self.short_over_paragraph(p) or self.scene_over_paragraph(p)) \
                and TELLS_NOT_SHOWS.search(line) is None and line not in lines[max(0, p - _COPY_REACH):p - 1]:
            # inside the article, under a single picture, over a paragraph twice its length at least,
            # a short description that tells nothing of the story: the picture's caption, uncredited
            # (a copy of a caption just above, under its button, goes with that caption)
            self.add_line(p)
            return True
        if p + 1 < self.n and self.caption_text(p) and not bare_name(line) \
                and ((self.byline[p + 1] and not self.headings[p])
                     or repeated_as_lead(lines[p], lines[p + 1], words[p])):
            # (a name alone there is the author's, under the author's picture: "Jane Doe, DVM" / "By";
            # a heading there is the headline, over its byline)
            self.add_line(p)
            return True
        return False

    def prose(self, q: int, least: int = _PROSE_WORDS) -> bool:
        """Line q is a paragraph's: free, this long at least, a finished sentence."""
        return 0 <= q < self.n and self.free(q) and not self.byline[q] and self.words[q] >= least \
            and self.lines[q].endswith(SENTENCE_END) and not fragment_start(self.lines[q])

    def caption_after_credit(self, text: tuple[int, ...], p: int) -> bool:
        """The credit alone on line p is printed before its caption, the line
        under it, and the text over it (``text``) is a paragraph on one line:
        a finished sentence of a paragraph's length under another paragraph,
        no picture near (a placeholder, a button, alt text or a credit label
        over it, a placeholder under the credit), no alt text over it that
        says it again; the line under the credit a short description or a
        news caption's sentence, half the paragraph's length at most, a
        paragraph or the article's end after it."""
        lines, words, placeholder, q, below = self.lines, self.words, self.placeholder, text[0], p + 1
        if len(text) != 1 or below >= self.n or not self.prose(q, _PARAGRAPH_OVER_CREDIT_WORDS) \
                or not self.prose(q - 1) or words[below] > MAX_STAFF_CAPTION_WORDS \
                or words[below] * 2 > words[q] or not lines[below].endswith(SENTENCE_END) \
                or pictured_near(placeholder, lines, q) \
                or any(placeholder[r] for r in range(below, min(self.n, p + 3))) \
                or not (below + 1 >= self.end or self.prose(below + 1, _PARAGRAPH_BELOW_WORDS)):
            return False
        return self.caption_text(below) and not self.continued(below) and describes_or_tells(lines[below]) \
            and not _says_again(lines[q - 1], lines[q])

    def paragraph_over_credit(self, text: tuple[int, ...], p: int, credit: str) -> bool:
        """The credit alone on line p, an agency's or a picture library's bare
        name ("Photo: AP", "Image: Getty"), is a block of its own between two
        paragraphs, no picture near: the text over it (``text``) is a
        paragraph's line that neither describes nor tells as a caption does
        and tells the story (:data:`TELLS_NOT_SHOWS`), so the credit is a
        picture's left without its caption, not that paragraph's. (A
        photographer's name there credits the text above: taking it for a
        credit-only caption lost a held-out caption.)"""
        lines, gap_before, q, below = self.lines, self.gap_before, text[0], p + 1
        return bool(len(text) == 1 and gap_before[p] and (below >= self.n or gap_before[below])
                    and self.prose(q, _PARAGRAPH_OVER_CREDIT_WORDS) and not describes_or_tells(lines[q])
                    and TELLS_NOT_SHOWS.search(lines[q]) is not None and AGENCY.fullmatch(credit) is not None
                    and not pictured_near(self.placeholder, lines, q)
                    and (below >= self.end or self.prose(below, _PARAGRAPH_BELOW_WORDS)))

    def heads_its_block(self, text: tuple[int, ...], p: int) -> bool:
        """The credit alone on line p opens a block of two lines, its caption
        the second, a short description; the text over it (``text``) is a
        paragraph's line across a gap, with no picture near it."""
        lines, words, gap_before, below = self.lines, self.words, self.gap_before, p + 1
        if not gap_before[p] or text != (p - 1,) or below >= self.n or gap_before[below] \
                or not (below + 1 >= self.n or gap_before[below + 1]) \
                or not self.prose(p - 1, _PARAGRAPH_BELOW_WORDS) \
                or words[below] > MAX_STAFF_CAPTION_WORDS or pictured_near(self.placeholder, lines, p - 1):
            return False
        return self.caption_text(below) and describes_or_tells(lines[below])

    def credit_under_caption(self, p: int) -> bool:
        """Line p is a name after the copyright sign ("© Jane Doe") or a
        photographer and their paper ("Jane Doe for The Daily Planet", "Jane
        Doe | The Daily Planet"), the credit of the caption above it, which
        is under its picture (under a paragraph, such a line is the article's
        or the page's, or a heading)."""
        lines = self.lines
        if lines[p][0] == "©":
            credit = self.credit_line(p)
        else:
            credit = lines[p] if self.free(p) and PAPER_PHOTOGRAPHER.fullmatch(lines[p]) else None
        text = self.text_above(p) if credit is not None else ()
        if not text or not pictured_near(self.placeholder, lines, text[0]) \
                or not describes_or_tells(caption := _joined(lines, text)):
            return False
        self.add(Caption(caption, credit), (*text, p))
        return True

    def named_then_told(self, p: int) -> bool:
        """Line p, inside the article, is a picture's alt text that names what
        it shows, and the line below it its caption, which says the name again
        (:func:`names_and_tells`): the caption is taken, line p dropped. Not
        over a byline (a headline over its byline), a sentence's continuation
        or a note's number. Under a paragraph or a heading and over a
        paragraph, a caption that says only part of the alt text's words will
        do ("Two Harbour Cranes" / "Most harbour cranes we inspected are bolted
        to a rail" / "..."), line p left in place (it may be the heading over
        the picture); a list's items, each naming part of the next, stand over
        another item (one closed by its bracket, "... (see above)", or under a
        long item) or open alike ("The puppy is tired" / "The puppy does not
        ..."), and a paragraph closed by a note's number ("... industry. 3")
        is the body's."""
        lines, n, q = self.lines, self.n, p + 1
        if not (self.start <= p and q < self.end and self.free(p) and self.free(q)
                and not self.byline[p] and not self.byline[q]):
            return False
        dropped: tuple[int, ...] = (p,)
        if not names_and_tells(lines[p], lines[q]):
            if not self.named_in_part(p, q):
                return False
            # (line p may be a heading over the picture, "Hybrid Board X5" / "The Acme X5 board
            # on grass": the caption is taken, line p left where it is)
            dropped = ()
        if q + 1 < n and (self.byline[q + 1] or fragment_start(lines[q + 1])
                          or lines[q + 1].strip(".").isdigit()):
            return False
        text, credit = self.split(q)
        taken: tuple[int, ...] = (q,)
        if credit is None and q + 1 < n:
            # its credit alone on the line below ("Jane Doe/AP", "(Walt Disney Co.)")
            credit = self.credit_line(q + 1) or (credit_in_parentheses(lines, self.words, q + 1)
                                                 if lines[q + 1][0] == "(" and self.free(q + 1) else None)
            taken = (q, q + 1) if credit is not None else taken
        self.add(Caption(text or lines[q], credit), taken, dropped)
        return True

    def alt_block_over_caption(self, p: int) -> bool:
        """Line p, inside the article, is a picture's alt text, a short phrase
        with no closing mark ("SimpliSafe app's overview page"), and the line
        below it, in the same block of two lines between blank lines, its
        caption: a sentence or phrase in sentence case that says one of the alt
        text's words again ("We used the SimpliSafe app to open a live
        stream.", :func:`_alt_and_caption`). A heading stands apart from its
        paragraph; two lines printed as one block are a figure's. The caption
        is taken, line p dropped."""
        lines, q = self.lines, p + 1
        if not (self.start <= p and q < self.end and self.gap_before[p] and not self.gap_before[q]
                and (q + 1 >= self.n or self.gap_before[q + 1]) and self.free(p)
                and not self.byline[p] and self.caption_text(q)):
            return False
        alt, line = lines[p], lines[q]
        if not (line[0].isalnum() or line[0] in _QUOTES) \
                or not _alt_and_caption(alt, line, not _lowercase_figure(alt, line)):
            return False
        # a list's items or a run of headed paragraphs print each a short line over a longer one, block
        # after block ("Battery life" / "For true wireless earbuds, ..."); a figure stands alone
        # (and a heading printed again in the page's contents, or a table's row label, is printed twice)
        if self.short_over_long(p - 2) or self.short_over_long(q + 1) or self.page.times[alt] > 1:
            return False
        text, credit = self.split(q)
        self.add(Caption(text or line, credit), (q,), (p,))
        return True

    def credit_broken_at_slash(self, p: int) -> bool:
        """Line p, under a picture, is a credit broken at its slash, the
        publication a link of its own on the line below ("Jane Doe/" /
        "The Daily Planet"): the two lines are the credit, the caption as
        printed. A slash between two things ("Email/" / "SMS") is no credit."""
        lines, q = self.lines, p + 1
        line = lines[p]
        if not (q < self.n and self.free(p) and self.free(q) and line[-2:-1].isalnum()
                and self.words[q] <= _SLASH_PIECE_WORDS and lines[q][0].isupper()
                and pictured_near(self.placeholder, lines, p)):
            return False
        joined = line + lines[q]
        credit = credit_only(joined, split_credit(joined))
        if credit is None:
            return False
        self.add(Caption(joined, credit), (p, q))
        return True

    def alt_block_over_name(self, p: int) -> bool:
        """Line p, inside the article, is a picture's alt text and line p + 1
        its caption, the two a block of their own (as a text browser prints a
        figure), each a short phrase or name with no closing mark, in title
        case or not, the caption opening in capitals and saying one of the alt
        text's words again ("backpacking essentials sleeping bag" / "LL Bean
        Sleeping Bag", "Osprey Atmos backpack fit system" / "Osprey Atmos
        Fit-on-the-Fly system"). Not a heading and its subheading or a
        table's cells (a label, a price, a formula: :data:`NOT_CAPTION_MARKS`),
        a list's two short items alike ("Worse Value" / "Better Value"; longer
        ones are alt text and caption, "Locker in Hakodate Station" /
        "Lockers in Hakodate Station"), lines under
        a picture's placeholder (a product's name under its picture) or said
        again on the page (a heading in the page's contents), a product's card
        (a price or a button under it), nor an author's box (a name over a
        paragraph that opens on it). The caption is taken, line p dropped."""
        lines, words, gap, q = self.lines, self.words, self.gap_before, p + 1
        if not (p > 0 and self.start <= p and q < self.end and gap[p] and not gap[q]
                and (q + 1 >= self.n or gap[q + 1]) and not self.placeholder[p - 1]
                and self.free(p) and self.free(q) and not self.byline[p] and not self.byline[q]
                and _NAME_BLOCK_WORDS[0] <= words[p] <= _NAME_BLOCK_WORDS[1]
                and _NAME_BLOCK_WORDS[0] <= words[q] <= _NAME_BLOCK_WORDS[1]):
            return False
        alt, line = lines[p], lines[q]
        if alt == line or not alt[0].isalpha() or not line[0].isupper() \
                or not (alt[-1].isalnum() or alt[-1] == ")") or not (line[-1].isalnum() or line[-1] == ")") \
                or not _NAME_BLOCK_MARKS.isdisjoint(alt) or not _NAME_BLOCK_MARKS.isdisjoint(line) \
                or (words[p] == words[q] <= _ALIKE_ITEM_WORDS
                    and alt.split()[-1].lower() == line.split()[-1].lower()) \
                or lines[p - 1].endswith(":") or (q + 1 < self.n and lines[q + 1][0] in _CURRENCIES) \
                or any(CALL_BUTTON.match(lines[r]) for r in (p, q, q + 1) if r < self.n) \
                or self.page.times[alt] > 1 or self.page.times[line] > 1 \
                or not _shares_word(alt, line, _ALT_WORD):
            return False
        name = person_named(line)
        if name is not None and q + 1 < self.n and lines[q + 1].startswith(name.split()[0]):
            # a name over a paragraph that speaks of the person is an author's box
            return False
        if keyword_alt(alt) and CREDIT_NAME.fullmatch(line) \
                and not any(w.lower() in alt.split() for w in line.split(" for ", 1)[0].split()):
            # a photographer the keywords do not name is the picture's credit (credit_under_keyword_alt)
            return False
        text, credit = self.split(q)
        self.add(Caption(text or line, credit), (q,), (p,))
        return True

    def alt_apart_over_caption(self, p: int) -> bool:
        """Line p, inside the article, is a picture's alt text and the line
        below it its caption (:func:`_alt_and_caption`), each a block of its
        own: a renderer that prints every element apart parts them with a
        blank line, as it parts a heading from its paragraph. Not alt text
        with a label, keywords' dashes or a price, a line said twice on the
        page, nor a paragraph of several sentences. What tells the pair from
        a heading over its paragraph is one of two shapes, each read here
        alone: a file's lowercase keywords over a short sentence
        (:meth:`keywords_over_sentence`), or, on a page that breaks its
        sentences at their links, alt text in lowercase or a caption with no
        full stop (:meth:`apart_at_links`). The caption is taken, line p
        dropped."""
        lines, q = self.lines, p + 1
        if not (p > 0 and self.start <= p and q < self.end and self.gap_before[p] and self.gap_before[q]
                and (q + 1 >= self.n or self.gap_before[q + 1]) and self.free(p)
                and not self.byline[p] and self.caption_text(q)):
            return False
        alt, line = lines[p], lines[q]
        if not (line[0].isalpha() or line[0] in _QUOTES) or _INNER_STOP.search(line) is not None \
                or ":" in alt or any(dash in alt for dash in _KEYWORD_DASHES) or _PRICE.search(alt) \
                or not _alt_and_caption(alt, line) or self.page.times[alt] > 1 or self.page.times[line] > 1 \
                or not (self.keywords_over_sentence(p) or self.apart_at_links(p)):
            return False
        text, credit = self.split(q)
        self.add(Caption(text or line, credit), (q,), (p,))
        return True

    def keywords_over_sentence(self, p: int) -> bool:
        """Set apart (:meth:`alt_apart_over_caption`), a file's few lowercase
        keywords over a short finished sentence that says one of them again,
        a paragraph under them ("mount fuji" / "A rare glimpse of Mount Fuji
        in Japan." / "..."), under no open sentence (a lowercase line under
        one is its link). Not a sentence opening on a connective to the text
        before ("On the other hand, ...") nor a product card's blurb."""
        lines, words, q = self.lines, self.words, p + 1
        alt, line = lines[p], lines[q]
        return alt[0].islower() and words[p] <= _BLOCK_ALT_WORDS \
            and _MIN_SENTENCE_CAPTION_WORDS <= words[q] <= _BLOCK_CAPTION_WORDS and line[0].isupper() \
            and line.endswith((".", "!")) and not line.endswith(("...", "…")) \
            and q + 1 < self.end and self.paragraph_block(q + 1) and not open_sentence(lines[p - 1]) \
            and DISCOURSE_OPENER.match(line) is None and not CARD_BLURB.match(line) \
            and _shares_word(alt, line, _CONTENT_WORD)

    def apart_at_links(self, p: int) -> bool:
        """Set apart (:meth:`alt_apart_over_caption`) on a page that breaks its
        sentences at their links (:meth:`breaks_at_links`), under a
        paragraph's finished sentence (or, in lowercase, under a heading),
        alt text in lowercase ("mount fuji", no heading opens so) or a caption
        with no full stop ("Single Z-lift system on Acme F3M", a paragraph
        closes its sentences). Not a heading over a picture named after it
        ("Acme Van Lines" / "Acme Van Lines logo"), nor a list's items (over
        an item opening alike, or a phrase of five words or more with no full
        stop that is no sentence going on at a link)."""
        lines, words, q = self.lines, self.words, p + 1
        above, alt, line = lines[p - 1], lines[p], lines[q]
        unclosed = _STOP_IN.search(line) is None and NOTE_NUMBER_END.search(line) is None
        headed = alt[0].islower() and above[0].isupper() and words[p - 1] <= _HEADING_WORDS \
            and not above.endswith((",", ";", ":", "-", "–", "—"))
        if not (alt[0].islower() or unclosed) or line.lower().startswith(alt.lower()) \
                or not (above.rstrip(_CLOSING_QUOTES).endswith(_FULL_STOPS) or headed) \
                or not self.breaks_at_links():
            return False
        if q + 1 < self.n:
            below = lines[q + 1]
            if _BULLET.match(below) or _open_alike(line, below) \
                    or (below[0].isupper() and words[q + 1] >= _ITEM_WORDS and _STOP_IN.search(below) is None
                        and not below.endswith(":")
                        and not (open_sentence(below) and q + 2 < self.n and not self.gap_before[q + 2])):
                return False
        return True

    def breaks_at_links(self) -> bool:
        """The page breaks its sentences at their links, a line opening on a
        comma or a stop right under the line it goes on from: its renderer
        prints every element on lines of its own (read once for the page)."""
        if self.link_breaks is None:
            opens_on_stop, spaced = self.page.column("starts_punct"), self.page.column("blank_before")
            self.link_breaks = bool(((opens_on_stop > 0) & (spaced == 0)).any())
        return self.link_breaks

    def short_over_long(self, r: int) -> bool:
        """Lines r and r + 1 are a block of their own, a short line over a longer one."""
        gap, words = self.gap_before, self.words
        return bool(r >= 0 and r + 1 < self.n and gap[r] and not gap[r + 1]
                    and (r + 2 >= self.n or gap[r + 2])
                    and words[r] <= MAX_NAMING_ALT_WORDS and words[r] < words[r + 1])

    def lowercase_alt_over_sentence(self, p: int) -> bool:
        """Line p, inside the article under a paragraph's finished sentence,
        is a picture's alt text in lowercase (a file's keywords, a scene:
        "testing trail shoes in the San Juan Mountains"), and the line below it
        its caption: one finished sentence, not in title case, that says one
        of the alt text's words again, with the next section's heading (or
        another picture) under it, where a paragraph would go on (each block
        set apart, a paragraph under them: :meth:`alt_apart_over_caption`). A
        lowercase line under an open sentence is that sentence's link, one
        that shares no word with the sentence below is none of its picture's,
        and under a heading the sentence may be the section's one-line
        opening. The caption is taken, line p dropped."""
        lines, words, q = self.lines, self.words, p + 1
        above, alt, text, below = lines[p - 1], lines[p], lines[q], lines[q + 1]
        if not (self.free(p) and self.free(q) and not self.byline[p] and not self.byline[q]
                and words[p] >= MIN_ALT_WORDS and above.endswith(SENTENCE_END)
                and not alt.endswith((*SENTENCE_END, ":", ",", ";", "-", "–", "—"))
                and text[0].isupper() and _MIN_SENTENCE_CAPTION_WORDS <= words[q] <= MAX_STAFF_CAPTION_WORDS
                and text.endswith(".") and not text.endswith(("...", "…")) and not_title_case(text)
                and _INNER_STOP.search(text) is None
                and not CARD_BLURB.match(text)
                and (self.placeholder[q + 1] or (words[q + 1] <= _HEADING_WORDS and not fragment_start(below)
                                                 and not below.endswith((*SENTENCE_END, ",", ":"))))):
            return False
        if not _shares_word(alt, text, _CONTENT_WORD):
            return False
        text, credit = self.split(q)
        self.add(Caption(text or lines[q], credit), (q,), (p,))
        return True

    def named_in_part(self, p: int, q: int) -> bool:
        """Line p, under a paragraph or a short heading, is alt text that the
        line q below it says in part again (:data:`NAMED_IN_PART`), over a
        paragraph; not a list's items (opening alike, or closed by a bracket)
        nor a paragraph closed by a note's number."""
        lines, below = self.lines, q + 1
        headed = p > 0 and self.headings[p - 1] and self.words[p - 1] <= _HEADING_WORDS
        return (headed or self.under_prose(p)) \
            and self.prose(below) and lines[below].rstrip("\"”’").endswith(_FULL_STOPS) \
            and NOTE_NUMBER_END.search(lines[q]) is None \
            and not _open_alike(lines[p - 1], lines[p]) and not _open_alike(lines[q], lines[below]) \
            and names_and_tells(lines[p], lines[q], NAMED_IN_PART)

    def says_picture_shows(self, p: int) -> bool:
        """Line p says what the picture shows ("This photo shows the harbour at
        dawn."): it is the picture's caption, or its alt text when the block
        under it is the caption (:meth:`caption_under_alt`)."""
        line = self.lines[p]
        if not (self.free(p) and not self.continued(p) and PICTURE_SHOWS.match(line)):
            return False
        below = self.caption_under_alt(p)
        if below:
            self.add(Caption(_joined(self.lines, below)), below, (p,))
        else:
            self.add_line(p)
        return True

    def caption_under_alt(self, p: int) -> tuple[int, ...]:
        """The lines of the caption right under alt text on line p that says
        what the picture shows: a block of its own (or the rest of line p's
        block), a phrase or sentence broken at its links at most, with no full
        stop closing it where a paragraph closes its sentences, not in title
        case as a heading is, that says one of the alt text's words again
        ("This image shows the view of Qatar from the airplane." / "Qatar from
        above on our way to" / "Sri Lanka"). None: no such block."""
        lines, words, gap, n = self.lines, self.words, self.gap_before, self.n
        q = p + 1
        if q >= n or not self.free(q) or not (lines[q][0].isupper() or lines[q][0] in _QUOTES) \
                or self.byline[q]:
            return ()
        r = q + 1
        while r < n and not gap[r] and r - q < _MAX_UNDER_ALT_PIECES:
            r += 1
        taken = tuple(range(q, r))
        if (r < n and not gap[r]) or sum(words[t] for t in taken) > MAX_STAFF_CAPTION_WORDS \
                or not all(self.free(t) for t in taken):
            return ()
        text = _joined(lines, taken)
        if text.rstrip(_CLOSING_QUOTES).endswith(_FULL_STOPS) or text.endswith(_NOT_CAPTION_ENDS) \
                or open_sentence(text) or not not_title_case(text) \
                or not _shares_word(lines[p], text, _CONTENT_WORD):
            return ()
        return taken

    def beside_buttons(self, p: int) -> bool:
        """A caption button under line p ("hide caption", "Open image caption")
        or under the picture over it ("Enlarge this image" / "toggle caption"),
        or a gallery's counter above it or above its picture ("Image 1 of 9",
        "1 of 12" / "image"): line p is the
        caption, its credit on its line or past the buttons."""
        if not (self.words[p] >= MIN_ALT_WORDS and self.caption_text(p) and not self.continued(p)):
            return False
        text, credit = self.split(p)
        taken: tuple[int, ...] = (p,)
        q = p + 1
        while q in self.caption_buttons:
            q += 1
        if credit is None and q < self.n:
            credit = self.credit_line(q)
            taken = tuple(range(p, q + 1)) if credit is not None else taken
        self.add(Caption(text, credit), taken)
        return True

    def pager_above(self, p: int) -> None:
        """The slide buttons of a carousel's pager just above the caption on
        line p ("Go to slide 1" / "Go to slide 2") go with the caption, dropped."""
        q = p - 1
        while q >= 0 and q in self.counted and q not in self.used and SLIDE_BUTTONS.fullmatch(self.lines[q]):
            q -= 1
        if q < p - 1:
            last = self.found[-1]
            self.found[-1] = FoundCaption(last.caption, last.lines, (*last.dropped, *range(q + 1, p)))
            self.used.update(range(q + 1, p))

    def between_picture_marks(self, p: int) -> bool:
        """Line p is under a picture and its button ("image" / "Enlarge this
        image") or between a picture and a gallery's counter ("image" / ... /
        "1 of 5"): two marks of a picture around it make a short description
        its caption, without a credit (one mark alone does not: a lead picture
        over the article's first paragraph; nor does a button that closes a
        caption, "Buy Photo", over the article's next line)."""
        line = self.lines[p]
        if not (self.caption_text(p) and self.words[p] <= MAX_STAFF_CAPTION_WORDS and not self.continued(p)
                and describes_or_tells(self.split(p)[0] or line)):
            return False
        if not self.beside_buttons(p):
            return False
        if p + 1 < self.n and counter(self.lines[p + 1]) and p + 1 not in self.used:
            # the counter closes this caption: it is no mark of the line under it
            last = self.found[-1]
            self.found[-1] = FoundCaption(last.caption, last.lines, (*last.dropped, p + 1))
            self.used.add(p + 1)
        return True

    def credit_under_keyword_alt(self, p: int) -> bool:
        """Line p, inside the article, is a photographer's name alone
        (:data:`CREDIT_NAME`) under the picture's alt text set as lowercase
        keywords (:func:`keyword_alt`) and over a paragraph, neither of which
        names it (a heading is named again in its paragraph or in the alt text
        of its picture): the credit is the caption, as printed; the alt text
        is dropped."""
        lines, line = self.lines, self.lines[p]
        if not (self.start <= p < self.end and p + 1 < self.n and self.free(p) and self.free(p - 1)
                and lines[p + 1][0].isupper() and keyword_alt(lines[p - 1]) and CREDIT_NAME.fullmatch(line)):
            return False
        if self.words[p + 1] < _PARAGRAPH_BELOW_WORDS and not self.broken_paragraph(p + 1):
            return False
        said = {*lines[p - 1].split(), *lines[p + 1].lower().split()}
        if any(w.lower() in said and w.lower() not in ALL_STOPWORDS
               for w in line.split(" for ", 1)[0].replace(";", " ").split()):
            # a heading: its words are in the alt text over it or the paragraph under it (a
            # function word of a name is in most paragraphs: "Studio This Is", "Abby and Lauren")
            return False
        self.add(Caption(line, line), (p,), (p - 1,))
        return True

    def name_around_keyword_alt(self, p: int) -> bool:
        """Line p, inside the article, is a picture's alt text set as lowercase
        keywords that end on a name ("best online interior design services
        havenly"), and the name is printed just above it and again just below
        it ("Havenly" / the alt text / "Havenly"): the line above heads the
        product or place the picture shows, the line below is the picture's
        caption. The caption is taken, the alt text dropped."""
        lines, q = self.lines, p + 1
        name = lines[q]
        if not (self.start <= p and q < self.end and self.free(p) and self.free(q) and self.free(p - 1)
                and not self.byline[q] and 1 <= self.words[q] <= _SITE_WORDS < self.words[p]
                and (name[0].isupper() or camel_case(name)) and (name[-1].isalnum() or name[-1] == ")")
                and keyword_alt(lines[p])):
            return False
        said = name.lower().split()
        if lines[p].split()[-len(said):] != said:
            return False
        self.add(Caption(name), (q,), (p,))
        return True

    def places_who_is_where(self, p: int) -> bool:
        """Line p, inside the article, says where someone or something stands
        in the picture ("The mayor (left) and the harbour master ...", "(from
        left)"): a caption, of a caption's length, that no paragraph's line
        goes on from; under a picture's placeholder, of any caption's length."""
        line = self.lines[p]
        most = MAX_WORDS if p > 0 and self.placeholder[p - 1] else MAX_STAFF_CAPTION_WORDS
        if not (self.start <= p < self.end and MIN_ALT_WORDS <= self.words[p] <= most
                and self.free(p) and not self.byline[p] and not fragment_start(line)
                and POSITION_IN_PICTURE.search(line) is not None and not self.continued(p)):
            return False
        self.add_line(p)
        return True

    def made_by(self, p: int) -> re.Match[str] | None:
        """Line p, inside the article, is a short title closed by its maker
        ("City Guide App Concept by Studio Nord"; not a list's numbered item,
        "4. Futurist by Acme Fonts", nor a shop's card that names the product
        again below): the match of the maker."""
        line = self.lines[p]
        if not (self.start <= p < self.end and " " in line and self.words[p] <= MAX_NAMING_ALT_WORDS
                and line[0].isupper() and not line.endswith(SENTENCE_END)
                and not self.byline[p]):
            return None
        m = _MADE_BY.search(line)
        if m is None or m.start() == 0:
            return None
        # a shop's card names its product again under it ("Harbour Bench by Acme" / "Harbour Bench")
        return None if p + 1 < self.n and self.lines[p + 1].startswith(line[:m.start()]) else m

    def by_same_maker(self, p: int) -> bool:
        """Line p is a picture's title closed by its maker, and another
        picture's title in the article names the same maker ("Harbour Poster
        by Studio Nord" ... "City Guide App by Studio Nord"): a portfolio's
        pictures, each credited to the studio that made it. The title is the
        caption, the maker its credit."""
        m = self.made_by(p)
        if m is None or not self.free(p):
            return False
        if self.makers is None:
            found = [self.made_by(q) for q in range(self.start, self.end)
                     if _MAKER_WORD.search(self.lines[q]) is not None]
            # each title once: a heading printed twice ("VPNs by Country" in the contents and over
            # its section) is one title
            titles = {(f.string[:f.start()], f.group("credit").lower()) for f in found if f is not None}
            self.makers = Counter(maker for _, maker in titles)
        if self.makers[m.group("credit").lower()] < _MIN_SAME_MAKER:
            return False
        self.add(Caption(self.lines[p][:m.start()].rstrip(" ,–—-|"), m.group("credit")), (p,))
        return True

    def name_under_description(self, p: int) -> bool:
        """Line p is a name alone (:data:`CREDIT_NAME`) under alt text that
        describes the picture ("Illustration of cells swimming." / "Jane
        Doe"), which does not name it (the author's picture, "Picture of Jane
        Doe", does), with no byline, date or list under it, and none of its words
        printed in lowercase on the page (a heading's are: "Fast Facts"): the
        illustrator's or the photographer's credit, the caption as printed."""
        lines, line = self.lines, self.lines[p]
        if not (p - 1 in self.described and self.free(p) and not self.byline[p]
                and CREDIT_NAME.fullmatch(line) and line.split()[-1].lower() not in lines[p - 1].lower()
                and not (p + 1 < self.n and (self.byline[p + 1] or _BULLET.match(lines[p + 1])))):
            return False
        # a heading of common words ("Fast Facts") has its words printed in lowercase on the page too
        names = [re.escape(w.lower()) for w in line.split() if w.lower() not in ALL_STOPWORDS]
        common = re.compile(r"\b(?:" + "|".join(names) + r")\b")
        if any(common.search(lines[q]) for q in range(self.n) if q != p):
            return False
        self.add(Caption(line, line), (p,))
        return True

    def maker_under_picture(self, p: int) -> None:
        """In a list of products, the maker's name under a product's picture,
        over the product's heading that opens with it ("Acme" / "Acme Kettle
        for $40"), a caption line before it or not."""
        lines, line = self.lines, self.lines[p]
        if maker_credit(line, lines[p + 1]):
            # the maker credited alone under the picture of its product: the credit is the caption
            self.add(Caption(line, line), (p,))
        elif self.caption_text(p) and self.words[p] <= MAX_STAFF_CAPTION_WORDS and self.free(p + 1) \
                and maker_credit(lines[p + 1], lines[p + 2]):
            self.add(Caption(line, lines[p + 1]), (p, p + 1))

    def maker_over_priced_product(self, p: int) -> bool:
        """In a list of products whose pictures the rendering left out, the
        maker's name alone over the product's heading that opens with it and
        gives its price ("Acme" / "Acme Kettle for $40"), a short caption line
        above it or not: the credit under the picture, not a paragraph (a
        heading with a price is a product's, never a section's)."""
        lines, line = self.lines, self.lines[p]
        if not (self.free(p) and _PRICE.search(lines[p + 1]) and maker_credit(line, lines[p + 1])):
            return False
        q = p - 1
        if q >= self.start and self.caption_text(q) and self.words[q] <= _MAKER_CAPTION_WORDS \
                and lines[q].endswith(".") and line.split(",", 1)[0] in lines[q]:
            self.add(Caption(lines[q], line), (q, p))
        else:
            self.add(Caption(line, line), (p,))
        return True

    def same_credit_form(self) -> None:
        """A page prints its pictures' credits in one form: what the search
        found twice or more tells the pictures it missed on the same page.
        The credit a caption's own line under its text gives (a block's
        "Opening the oven" / "Credit: The Daily Kitchen"), printed again alone in the
        article under a phrase with no closing mark, each set apart from the
        lines around them, credits that phrase, the picture's alt text, as the others
        (``_credit_again``); and where the credits are names alone under
        lowercase alt text (:meth:`credit_under_keyword_alt`), a short line
        under lowercase alt text with no sentence's mark, over a paragraph and
        not said in the alt text, is one more photographer's name, however
        set ("vik Moon Photography", "StudioThisIs"): ``_name_under_alt``."""
        lines = self.lines
        credits: Counter[str] = Counter()
        names = 0
        for found in self.found:
            credit, last = found.caption.credit, found.lines[-1]
            if credit is None:
                continue
            if found.caption.text == credit and found.dropped == (last - 1,) and lines[last] == credit:
                names += 1
            elif len(found.lines) > 1 and (lines[last] == credit
                                           or credit_only(lines[last], self.split(last)) == credit):
                credits[credit] += 1
        shared = {credit for credit, times in credits.items() if times >= _MIN_SAME_FORM}
        if not shared and names < _MIN_SAME_FORM:
            return
        for p in range(max(1, self.start), min(self.end, self.n - 1)):
            if not (self.free(p) and self.free(p - 1) and self.gap_before[p]
                    and not self.byline[p - 1] and not self.continued(p)):
                continue
            if lines[p] in shared:
                self._credit_again(p)
            elif names >= _MIN_SAME_FORM:
                self._name_under_alt(p)

    def _credit_again(self, p: int) -> None:
        """Line p, a credit the page prints under its captions, credits the
        phrase on the line above it (:meth:`same_credit_form`)."""
        lines, q = self.lines, p - 1
        alt = lines[q]
        if self.gap_before[q] and self.gap_before[p + 1] \
                and MIN_ALT_WORDS <= self.words[q] <= MAX_STAFF_CAPTION_WORDS and alt[0].isalnum() \
                and not alt.endswith((*SENTENCE_END, ":", ",", ";", "-", "–", "—")) \
                and not open_sentence(alt) and not self.named[q]:
            self.add(Caption(alt, lines[p]), (q, p))

    def _name_under_alt(self, p: int) -> None:
        """Line p, a short line under lowercase alt text, is a photographer's
        name on a page that credits its pictures so (:meth:`same_credit_form`)."""
        lines, q = self.lines, p - 1
        line, alt = lines[p], lines[q]
        if not (alt[0].islower() and self.words[q] >= MIN_ALT_WORDS and alt[-1].isalnum()
                and 1 <= self.words[p] <= _SITE_WORDS and line[-1].isalnum() and self.gap_before[q]
                and not any(c in line for c in ":;,|$%=") and self.words[p + 1] >= _PARAGRAPH_BELOW_WORDS):
            return
        said = set(alt.lower().split())
        if any(w.lower() in said and w.lower() not in ALL_STOPWORDS for w in line.split()):
            return
        self.add(Caption(line, line), (p,), (q,))

    def same_figure_form(self) -> None:
        """A page that prints two figures or more as keyword alt text over a
        short finished sentence, each set apart ("mount fuji" / "A rare
        glimpse of Mount Fuji in Japan.", :meth:`keywords_over_sentence`),
        prints the rest so too: alt text of keywords in any case ("Japan
        travel tips, vegan in Japan", mostly lowercase, not in title case,
        no label) over such a sentence over a paragraph is one more figure,
        whether or not it says an alt text's word again. A heading over its
        paragraph's first sentence is set in title case or ends as a
        sentence or a question. The caption is taken, the alt text dropped."""
        lines, gap = self.lines, self.gap_before
        alike = sum(1 for found in self.found
                    if len(found.lines) == 1 and found.dropped == (found.lines[0] - 1,)
                    and gap[found.dropped[0]] and gap[found.lines[0]]
                    and _keywords_alt(lines[found.dropped[0]]) and _short_sentence(lines[found.lines[0]]))
        if alike < _MIN_SAME_FORM:
            return
        for q in range(max(2, self.start + 1), min(self.end, self.n - 1)):
            p = q - 1
            if gap[p] and gap[q] and self.free(p) and not self.byline[p] and self.caption_text(q) \
                    and _keywords_alt(lines[p]) and _short_sentence(lines[q]) \
                    and not open_sentence(lines[p - 1]) and self.paragraph_block(q + 1) \
                    and DISCOURSE_OPENER.match(lines[q]) is None and not CARD_BLURB.match(lines[q]):
                text, credit = self.split(q)
                self.add(Caption(text or lines[q], credit), (q,), (p,))

    def named_gallery(self) -> None:
        """Two figures or more in a row, each a picture's alt text in
        lowercase ("backpacking essentials rumpl towel") over the name it
        shows, a short line opening in capitals that says one of its words
        again ("Rumpl Towel"), each printed once, are a gallery of named
        pictures, however the text sets its lines apart; one such pair alone
        may be a heading under a picture, and a table's cells repeat. Each
        name is taken, its alt text dropped."""
        lines, q = self.lines, max(1, self.start)
        # (two figures in a row are alt text of a few words over a name, twice: only the lines that
        # open four such lines are asked whether they are in lowercase, most articles have none)
        for at in _opening_word_pattern(self.page.word_array, q, min(self.end, self.n - 3),
                                    ((_BLOCK_WORDS, None), (None, _NAME_BLOCK_WORDS[1])) * 2):
            if at < q:
                continue
            q = at
            if lines[q].islower() and lines[q + 2].islower() \
                    and self._named_picture(q) and self._named_picture(q + 2):
                while q < self.end - 1 and self._named_picture(q):
                    text, credit = self.split(q + 1)
                    self.add(Caption(text or lines[q + 1], credit), (q + 1,), (q,))
                    q += 2

    def _named_picture(self, p: int) -> bool:
        """Line p is lowercase alt text and the line below it the name it shows (:meth:`named_gallery`)."""
        lines, words, q = self.lines, self.words, p + 1
        if not (q < self.n and lines[p][:1].isalpha() and lines[p].islower()
                and self.free(p) and self.free(q) and not self.byline[q]):
            return False
        alt, name = lines[p], lines[q]
        return words[p] >= _BLOCK_WORDS and alt[-1].isalnum() \
            and name[0].isupper() and self.page.times[name] == 1 and self.page.times[alt] == 1 \
            and words[q] <= _NAME_BLOCK_WORDS[1] \
            and not name.endswith(SENTENCE_END) and _NAME_BLOCK_MARKS.isdisjoint(name) \
            and _shares_word(alt, name, _ALT_WORD)

    def gallery_run(self) -> None:
        """Three figures or more in a row, each set apart as alt text over its
        caption: two short phrases with no closing stop, the alt text not in
        title case (a product's heading over its name is), the caption saying
        one of the alt text's words again and the next figure's alt text not
        saying the words of both ("Storage box which carries a bed" /
        "Storage box supporting bed" / "A drink and food cooler out of wood" /
        "Terrace drink cooler project" / ...). Two such pairs may be a list
        of headings and their notes; three in a row are a gallery. Each
        caption is taken, its alt text dropped."""
        lines, p = self.lines, max(1, self.start)
        # (a run is _GALLERY_RUN pairs of lines in a row, each of a figure's length and set apart:
        # only the lines that open such pairs are asked for their words, most articles have none)
        for at in _pairs_apart_at(self.page, p, min(self.end, self.n - 2)):
            if at < p:
                continue
            p = at
            run = 0
            while p + 2 * run < self.end - 1 and self._figure_apart(p + 2 * run):
                run += 1
            if run < _GALLERY_RUN:
                continue
            for q in range(p, p + 2 * run, 2):
                text, credit = self.split(q + 1)
                self.add(Caption(text or lines[q + 1], credit), (q + 1,), (q,))
            p += 2 * run

    def _figure_apart(self, p: int) -> bool:
        """Lines p and p + 1 are a figure's alt text and caption set apart (:meth:`gallery_run`)."""
        lines, words, gap, q = self.lines, self.words, self.gap_before, p + 1
        if not (q + 1 < self.n and gap[p] and gap[q] and MIN_ALT_WORDS - 1 <= words[p] <= _NAME_BLOCK_WORDS[1]
                and 2 <= words[q] <= _NAME_BLOCK_WORDS[1] and self.free(p) and self.free(q)
                and not self.byline[p] and not self.byline[q]):
            return False
        alt, line, after = lines[p], lines[q], lines[q + 1]
        return not_title_case(alt) \
            and alt[0].isalpha() and alt != line and not alt.endswith((*SENTENCE_END, ":", ",", ";")) \
            and not line.endswith((*SENTENCE_END, ":", "?")) and _shares_word(alt, line, _ALT_WORD) \
            and not (_shares_word(alt, after, _ALT_WORD) and _shares_word(line, after, _ALT_WORD))

    def captions(self) -> list[FoundCaption]:
        """The captions found, in page order, each with the copies of it just
        above and below, and each once."""
        found, lines, words, used = self.found, self.lines, self.words, self.used
        placeholder = self.placeholder
        found.sort(key=lambda f: min(f.lines + f.dropped))
        return _distinct([_with_copy_below(_with_alt_text(f, lines, words, used), lines, placeholder, used)
                          for f in found])


def _opening_word_pattern(words: np.ndarray, low: int, high: int,
                      bounds: tuple[tuple[int | None, int | None], ...]) -> list[int]:
    """The lines p in [low, high) that start lines whose word counts are
    within ``bounds`` (line p + i's the i-th: least and most, None for no bound),
    the lines past the page's end never within them."""
    if high <= low:
        return []
    found = np.ones(high - low, dtype=bool)
    for i, (least, most) in enumerate(bounds):
        # (the lines p + i, as many as the page has: those past its end are never within)
        counts = words[low + i:high + i]
        within = np.zeros(high - low, dtype=bool)
        within[:len(counts)] = True if least is None else counts >= least
        if most is not None:
            within[:len(counts)] &= counts <= most
        found &= within
    return (found.nonzero()[0] + low).tolist()


def _pairs_apart_at(page: Page, low: int, high: int) -> list[int]:
    """The lines p in [low, high) that open ``_GALLERY_RUN`` pairs of
    lines in a row that :meth:`_CaptionSearch._figure_apart` may take: each
    pair's two lines set apart (a blank line above each) and of its words,
    the line under the pair on the page (cheap signs, asked of the whole
    page at once, of where :meth:`_CaptionSearch.gallery_run` has a run to look for)."""
    n = len(page.lines)
    if high <= low or n < 3:
        return []
    words, gap = page.word_array, page.column("blank_before") > 0
    pair = np.zeros(n + 2 * _GALLERY_RUN, dtype=bool)
    alt, caption = words[:n - 2], words[1:n - 1]
    pair[:n - 2] = gap[:n - 2] & gap[1:n - 1] & (alt >= MIN_ALT_WORDS - 1) & (alt <= _NAME_BLOCK_WORDS[1]) \
        & (caption >= 2) & (caption <= _NAME_BLOCK_WORDS[1])
    run = pair[low:high].copy()
    for i in range(1, _GALLERY_RUN):
        run &= pair[low + 2 * i:high + 2 * i]
    return (run.nonzero()[0] + low).tolist()


def find_captions(page: Page, start: int, end: int, described: Sequence[int] = ()) -> list[FoundCaption]:
    """Captions in and around the article lines [start, end), in page order
    (``described``: the lines that stand for a picture by describing it).
    Each line not taken yet is tried against the caption shapes in turn (the
    steps of :class:`_CaptionSearch`); a cheap sign of each shape is tested
    here first, so that a line of prose costs little."""
    search = _CaptionSearch(page, start, end, described)
    lines, words, n = page.lines, page.words, search.n
    low, high, reach = search.low, search.high, search.reach
    placeholder, named, credit_like, used = search.placeholder, search.named, search.credit_like, search.used
    caption_buttons, counted, buttons = search.caption_buttons, search.counted, search.buttons
    file_names = search.file_names
    gap_before, byline = search.gap_before, search.byline
    labels = labels_in(lines, low, reach)
    heads_by_first = _CAPTION_LABEL_HEADS_BY_FIRST
    for p in range(low, reach):
        if p >= high:
            # past the article's margin, the credited captions of a gallery under it, each near the
            # last (teasers there repeat their headlines around their pictures, but credit none)
            credited = [max(f.lines + f.dropped) for f in search.found if f.caption.credit is not None]
            if not credited or max(credited) + _MARGIN < p:
                break
            high = p + 1
        if p in used:
            continue
        line, count = lines[p], words[p]
        # (the line's first and last characters, read once for the steps' cheap tests)
        first, last = line[0], line[-1]
        heads = heads_by_first.get(first)
        if heads is not None and line.startswith(heads) and search.at_caption_label(p):
            continue
        if labels[p - low]:
            search.at_credit_label(p)
            continue
        if placeholder[p]:
            continue
        if named[p] and p + 1 < n and line.endswith(_CLOSING_ENDS) and search.closed_by_label(p):
            continue
        if last == "/" and count <= _SLASH_PIECE_WORDS and search.credit_broken_at_slash(p):
            continue
        if (credit_like[p] or "/" in line or "(" in line) and search.credit_alone(p):
            continue
        if count > MAX_WORDS:
            continue
        if p - 1 in file_names and search.named_by_file_name(p):
            continue
        if "(" in line and search.places_who_is_where(p):
            continue
        if (credit_like[p] or (count > 12 and named[p]) or (last == "]" and " via " in line)) \
                and search.credit_at_end(p):
            continue
        if p + 2 < n and gap_before[p] and gap_before[p + 1] and lines[p + 1] == line \
                and search.twin_apart(p):
            continue
        # (the next line, or one past a short line, held in this one: asked here before the call)
        if count >= MIN_ALT_WORDS and p + 1 < n and (line in lines[p + 1] or words[p + 1] <= BETWEEN_WORDS) \
                and may_be_repeated_below(lines, words, p) and search.alt_text_and_caption(p):
            continue
        if p + 1 < n and lines[p + 1] in line \
                and (" - " in line or " – " in line or " — " in line or " | " in line) \
                and search.keyword_alt_above(p):
            continue
        if p + 2 < n and len(lines[p + 1]) < len(line) and line.startswith(lines[p + 1]) \
                and search.alt_text_broken_below(p):
            continue
        if p + 2 < n and lines[p + 2] == line and search.alt_text_around(p):
            continue
        if first in _FIGURE_HEADS and search.figure_label(p):
            continue
        if first in _TABLE_HEADS and p + 1 < n and lines[p + 1][0] in _TABLE_TOP_HEADS \
                and search.table_label(p):
            continue
        if "&" in line and ";" in line and p + 1 < n and search.escaped_twin(p):
            continue
        if ":" in line and search.at_picture_label(p):
            continue
        under_picture = p > 0 and placeholder[p - 1]
        if under_picture and search.under_picture(p):
            continue
        if under_picture and count <= _MAX_CREDIT_NAME_WORDS and search.name_under_description(p):
            continue
        if count <= _MAX_CREDIT_NAME_WORDS and p > 1 and not placeholder[p - 1] \
                and (first == "©" or " for " in line or " | " in line or _FOREIGN_FOR.search(line)) \
                and search.credit_under_caption(p):
            continue
        if first == "T" and line.startswith("Th") and search.says_picture_shows(p):
            continue
        if count <= MAX_NAMING_ALT_WORDS and _MAKER_WORD.search(line) is not None \
                and search.by_same_maker(p):
            continue
        opens_lower = first.islower()
        if opens_lower and MIN_ALT_WORDS <= count <= _MAX_LOWER_ALT_WORDS \
                and start < p < end - 2 and search.lowercase_alt_over_sentence(p):
            continue
        # (three shapes of a short name over a longer caption: their common test made once; the
        # steps' own first tests asked here too, the block the two lines stand in, blank lines around)
        if 2 <= count <= MAX_NAMING_ALT_WORDS and start <= p < end - 1 \
                and count < words[p + 1] <= MAX_STAFF_CAPTION_WORDS \
                and ((not lines[p + 1].endswith(SENTENCE_END) and not byline[p] and search.named_then_told(p))
                     or (gap_before[p] and (p + 2 >= n or gap_before[p + 2])
                         and (search.alt_block_over_caption(p) or search.alt_apart_over_caption(p)))):
            continue
        # (lowercase alt text of one word, or as long as the finished sentence under it or longer, one
        # block of two lines: "sunset over the harbour wall from the pier" / "Sunset madness at the pier!")
        if line[0].islower() and count <= _BLOCK_ALT_WORDS and start <= p < end - 1 \
                and (count == 1 or count >= words[p + 1]) and gap_before[p] and not gap_before[p + 1] \
                and (p + 2 >= n or gap_before[p + 2]) \
                and _MIN_SENTENCE_CAPTION_WORDS <= words[p + 1] <= MAX_STAFF_CAPTION_WORDS \
                and search.alt_block_over_caption(p):
            continue
        # (alt text of keywords in parts, "Japan travel tips, vegan in Japan", as long as its caption or
        # longer than a name, over "A yam-based vegan meal in Japan.": the same figure)
        if 2 <= count <= _NAME_BLOCK_WORDS[1] and start <= p < end - 1 \
                and (count > MAX_NAMING_ALT_WORDS or count >= words[p + 1]) \
                and _MIN_SENTENCE_CAPTION_WORDS <= words[p + 1] <= MAX_STAFF_CAPTION_WORDS \
                and (", " in line or any(dash in line for dash in _KEYWORD_DASHES)) \
                and _NAME_BLOCK_MARKS.isdisjoint(line) and _NAME_BLOCK_MARKS.isdisjoint(lines[p + 1]) \
                and search.alt_block_over_caption(p):
            continue
        if _NAME_BLOCK_WORDS[0] <= count <= _NAME_BLOCK_WORDS[1] and start <= p < end - 1 \
                and gap_before[p] and not gap_before[p + 1] and (p + 2 >= n or gap_before[p + 2]) \
                and search.alt_block_over_name(p):
            continue
        # (under a carousel's pager, "Go to slide 2", a description, not the heading of what follows)
        if (p + 1 in caption_buttons or (p - 1 in counted and p - 1 not in used and p not in counted
                                          and (counter(lines[p - 1]) or describes_or_tells(line)))
                or (under_picture and p - 2 in counted)
                or (p - 1 in caption_buttons and p > 1 and placeholder[p - 2] and "aption" in lines[p - 1])) \
                and search.beside_buttons(p):
            search.pager_above(p)
            continue
        if under_picture and p + 1 < n and (counter(lines[p + 1]) or (
                p > 1 and p - 1 in buttons and p - 1 not in caption_buttons and placeholder[p - 2])) \
                and search.between_picture_marks(p):
            continue
        if 2 <= count <= _MAX_CREDIT_NAME_WORDS and first.isupper() and lines[p - 1].islower() \
                and search.credit_under_keyword_alt(p):
            continue
        if opens_lower and 0 < p < n - 1 and lines[p + 1].lower() == lines[p - 1].lower() \
                and search.name_around_keyword_alt(p):
            continue
        if under_picture and start <= p < end and p + 2 < n:
            search.maker_under_picture(p)
        elif start <= p < end and p + 1 < n and count <= _MAKER_WORDS \
                and lines[p + 1].startswith(first) and search.maker_over_priced_product(p):
            continue
    search.same_credit_form()
    search.same_figure_form()
    search.named_gallery()
    search.gallery_run()
    search.found[:] = [f for f in search.found
                       if f.caption.credit is not None or min(f.lines + f.dropped) < search.high]
    return search.captions()


#: how many lines below its caption a credit printed again may be (past the caption's buttons)
_CREDIT_AGAIN_REACH = 3
#: how a quotation opens: one closed by a dash and a name names who said it, not a photographer
_QUOTES = frozenset("\"“„«‘'")
#: how a figure's label opens (a cheap test first)
_FIGURE_HEADS = frozenset("FARРŞK")
#: ... and a table's, and the top border of a table drawn in boxes
_TABLE_HEADS = frozenset("TТ")
_TABLE_TOP_HEADS = frozenset(top[0] for top in TABLE_TOPS)
#: a figure's label alone is this many lines at most over its caption (its copy, its buttons)
_FIGURE_SPAN = 4
#: "for" in other languages between a photographer and a paper (a cheap test first)
_FOREIGN_FOR = re.compile(r" (?:pour|für|para|per|voor) ")
#: a picture this many lines above a byline shaped as a credit makes it the picture's
_BYLINE_PICTURE_REACH = 3
#: an agency's name alone in brackets closing a line ("... the bridge. [Reuters]")
_AGENCY_IN_BRACKETS = re.compile(rf"(?<=\s)\[\s*(?P<credit>(?:{AGENCY.pattern}))\s*\]$")

#: a photographer's name alone is this long at most ("Jane Doe for The Daily Planet")
_MAX_CREDIT_NAME_WORDS = 8
#: the paragraph under a photographer's name alone is this long at least
_PARAGRAPH_BELOW_WORDS = 12
#: a list of story teasers prints each headline twice (the picture's alt text and the
#: link), with a byline or a date under it: so many lines around are looked at
_TEASER_SPAN = 6
#: how a line closes that is no caption under its alt text: a call to read on, a teaser cut short (nor
#: does a caption ask its reader a question, as a paragraph does: "Editing used to be dull, didn't it?")
_NOT_CAPTION_ENDS = (":", "...", "…")
#: a caption printed again under its buttons is this many lines below it at most
_COPY_REACH = 4
#: a news caption's scene under a picture is shorter than this
_SCENE_WORDS = 18
#: a story's sentence speaks to its reader or of its writer
_ADDRESS = re.compile(r"\b(?:[Yy]our|[Oo]ur|[Mm]y|[Uu]s|[Mm]e)\b|['’](?:ve|re|ll|d|m)\b")
#: a scene: who (a few words, the first capitalised), then what they do, in the present ("stand",
#: "lifts") or "-ing", and where or what (a preposition or an article after the verb)
_SCENE = re.compile(r"[A-Z][\w'’.-]*(?:\s+[\w'’.,-]+){0,5}?\s+[a-z]+(?:s|ing)\s+"
                    r"(?:(?:up|down|out|off|in|on)\s+)?(?:a|an|the|his|her|their|its|on|in|at|during|"
                    r"outside|inside|near|with|from|into|onto|through|past|before|after|as|under|over|by)\s")
#: a paragraph over a credit alone is this long at least
_PARAGRAPH_OVER_CREDIT_WORDS = 15
#: alt text over a caption says most of its words again (of three letters or more)
_ALT_SHARE = 0.5
_ALT_WORD = re.compile(r"\w{3,}")
#: a full stop in a line, at its end or before a space, quote or bracket (not a decimal point)
_STOP_IN = re.compile(r"[.!?…](?=[\s\"”’)\]]|$)")
#: what may close a sentence after its full stop
_CLOSING_QUOTES = "\"”’)"
#: a price in a line ("$549"): a shop's button, no picture's alt text
_PRICE = re.compile(r"[$£€¥₹]\s?\d")

#: a maker's name alone is at most this many words ("Apple, Inc."), and the caption line above it
#: (with no picture printed) at most this many ("Apple iPhone 11 Pro.")
_MAKER_WORDS = 3
_MAKER_CAPTION_WORDS = 8
#: a list's item is a phrase this long at least, with no full stop
_ITEM_WORDS = 5


def _says_again(above: str, line: str) -> bool:
    """The line above says the line's words again, as alt text over its caption does in
    other words ("gps watch - the amoled display on ..." over "The AMOLED display on ...",
    "Defense Secretary Jane Doe in Hanoi" over "U.S. Defense Secretary Jane Doe, left, ...")."""
    theirs = set(_ALT_WORD.findall(above.lower()))
    mine = set(_ALT_WORD.findall(line.lower()))
    return bool(theirs) and len(theirs & mine) >= _ALT_SHARE * min(len(theirs), len(mine))


#: lowercase alt text over its caption's sentence is this long at most (:meth:`lowercase_alt_over_sentence`)
_MAX_LOWER_ALT_WORDS = 15
#: ... and the sentence this long at least
_MIN_SENTENCE_CAPTION_WORDS = 4
#: each in a block of its own over a paragraph, the alt text and its sentence are this long at most
_BLOCK_ALT_WORDS = 8
_BLOCK_CAPTION_WORDS = 15
#: a caption under its picture's file name is this long at most, and says this many of its words again
_FILE_CAPTION_WORDS = 15
_MIN_FILE_WORDS_SAID = 2
#: a caption under alt text that says what the picture shows is broken into this many lines at most
_MAX_UNDER_ALT_PIECES = 4
#: a word the alt text and its caption share (four letters or more)
_CONTENT_WORD = re.compile(r"\w{4,}")
#: a sentence stopping inside the line, another opening ("... excellent value. However, ..."): a paragraph
#: a credit broken at its slash is a name and a publication of this many words each at most
_SLASH_PIECE_WORDS = 4
#: alt text and a caption that name a picture in a block of their own are this many words each
_NAME_BLOCK_WORDS = (2, 12)
#: ... and hold none of a table's, a formula's, a link's or a code's marks (:data:`NOT_CAPTION_MARKS`)
_NAME_BLOCK_MARKS = NOT_CAPTION_MARKS | frozenset("<>[]{}")
#: two list items alike end on the same word and are as long, this short ("Worse Value" / "Better Value")
_ALIKE_ITEM_WORDS = 3
#: a price under a block of two names makes it a product's card
_CURRENCIES = frozenset("$£€¥₹")

_INNER_STOP = re.compile(r"[a-z0-9)][.!?]\s+[A-Z]")
#: the end of a paragraph's first sentence (:meth:`_CaptionSearch.twin_apart`)
_SENTENCE_STOP = re.compile(r"[.!?](?=\s)")
#: a phrase printed twice, each copy set apart, is a figure's this long at most (a paragraph is longer)
_TWIN_APART_WORDS = 12
#: a paragraph between two lines printed twice is this long at least
_PARAGRAPH_WORDS = 30


def _keywords_alt(line: str) -> bool:
    """A picture's alt text set as keywords (:meth:`_CaptionSearch.same_figure_form`): a
    few words, most of them in lowercase, not in title case, no label, no closing mark."""
    words = line.split()
    return 2 <= len(words) <= _BLOCK_ALT_WORDS + 4 and ":" not in line and line[-1].isalnum() \
        and 2 * sum(w[0].islower() for w in words) >= len(words) and not_title_case(line)


def _short_sentence(line: str) -> bool:
    """A short finished sentence opening in capitals, as a figure's caption is printed."""
    return _MIN_SENTENCE_CAPTION_WORDS <= line.count(" ") + 1 <= _BLOCK_CAPTION_WORDS + 5 \
        and line[0].isupper() and line.endswith((".", "!")) and not line.endswith(("...", "…"))


def _teaser(lines: list[str], byline: list[bool], p: int, words: list[int] | None = None) -> bool:
    """Line p, printed twice, heads a story teaser (another line printed twice
    is near, or a byline or a date follows) or is no phrase at all. With
    ``words``, a line printed twice near is another picture's, not a teaser's,
    when a paragraph stands between the two (a teaser's summary is short)."""
    n = len(lines)
    if any(byline[q] for q in range(p + 2, min(n, p + 5))):
        return True
    if not lines[p][0].isalpha():
        # a price ("1, plus $11 monthly ..."), a hashtag, a list's number
        return True
    near = range(max(0, p - _TEASER_SPAN), min(n - 1, p + _TEASER_SPAN + 2))
    return any(lines[q] == lines[q + 1] and (words is None or not any(
        words[r] >= _PARAGRAPH_WORDS for r in range(min(p, q) + 1, max(p, q))))
        for q in near if q not in (p - 1, p, p + 1))


#: a heading over a picture's alt text is this short at most (a list's item is longer)
_HEADING_WORDS = 8
#: how a paragraph's last sentence ends (a list's item may close on its bracket: "... (see above)")
_FULL_STOPS = (".", "!", "?", "…")
#: a list's items open alike, on this many words ("The puppy is tired" / "The puppy is ...")
_ALIKE_WORDS = 2


def _open_alike(line: str, other: str) -> bool:
    """The two lines open on the same words, as a list's items do."""
    return line.lower().split()[:_ALIKE_WORDS] == other.lower().split()[:_ALIKE_WORDS]


def _labelled(line: str, credit: str) -> bool:
    """The credit line opens with a credit label before its credit ("Foto: Jane Doe/dpa")."""
    at = line.find(credit)
    return at > 0 and key_of(line[:at]) in CREDIT_LABELS


def _joined(lines: list[str], taken: tuple[int, ...]) -> str:
    """The caption text of consecutive lines, a sentence broken at a link made whole."""
    text = lines[taken[0]]
    for q in taken[1:]:
        text += lines[q] if lines[q][0] in ",.;:)]" else " " + lines[q]
    return text


def _broken_copy_below(printed: str, below: int, lines: list[str], used: set[int]) -> range | None:
    """The lines from ``below``, just under a caption, that print its line
    again broken at its links ("Harbour cranes by Acme Lift, Portsmouth." /
    "Harbour cranes by" / "Acme Lift" / ", Portsmouth."), two pieces at least.
    None when there is no such copy."""
    for last in range(below + 1, min(below + _MAX_PIECES, len(lines))):
        if last - 1 in used or last in used:
            return None
        joined = _joined(lines, tuple(range(below, last + 1)))
        if joined == printed:
            return range(below, last + 1)
        if not printed.startswith(joined):
            return None
    return None


def _distinct(found: list[FoundCaption]) -> list[FoundCaption]:
    """Each caption once: a page that prints a caption twice (alt text and
    caption, a gallery and its slides) has one picture. The lines of a copy go
    with the first as repeats. A copy printed without its credit (a gallery's
    slides again, uncredited) is the same caption: the credit is kept."""
    first: dict[str, int] = {}
    kept: list[FoundCaption] = []
    for f in found:
        at = first.get(f.caption.text)
        earlier = kept[at] if at is not None else None
        if earlier is None or (earlier.caption.credit != f.caption.credit
                               and None not in (earlier.caption.credit, f.caption.credit)):
            first.setdefault(f.caption.text, len(kept))
            kept.append(f)
        else:
            caption = earlier.caption if earlier.caption.credit is not None else f.caption
            kept[at] = FoundCaption(caption, earlier.lines, (*earlier.dropped, *f.lines, *f.dropped))  # type: ignore[index]
    return kept


def _with_alt_text(found: FoundCaption, lines: list[str], words: list[int], used: set[int]) -> FoundCaption:
    """The caption with the copy of it just above (:func:`alt_text_above`), or the
    alt text over its credit (:func:`alt_text_over_credit`), among its dropped lines."""
    above = min(found.lines + found.dropped) - 1
    if not (alt_text_above(found.caption, above, lines, words, used)
            or alt_text_over_credit(found.caption, above, lines, used,
                                    any(_SOURCE_WORD in lines[q].lower() for q in found.lines))):
        return found
    used.add(above)
    return FoundCaption(found.caption, found.lines, (above, *found.dropped))


def _with_copy_below(found: FoundCaption, lines: list[str], placeholder: list[bool],
                     used: set[int]) -> FoundCaption:
    """The caption with the copy of it just below (:func:`copy_below`, or the
    caption's line printed again broken at its links: :func:`_broken_copy_below`)
    among its dropped lines."""
    below = max(found.lines + found.dropped) + 1
    copy = copy_below(found.caption.text, below, lines, placeholder, used) \
        or _broken_copy_below(_joined(lines, found.lines), below, lines, used)
    if copy is None:
        return found
    used.update(copy)
    return FoundCaption(found.caption, found.lines, (*found.dropped, *copy))
