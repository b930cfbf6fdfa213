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
Credits are parsed by :mod:`.credits`, which the HTML cleaner uses too; what
marks a picture is found by :mod:`.pictures`, and how a line reads (a
caption's phrase, a name, a credit label) is told by :mod:`.caption_shapes`.
This module is the search that puts them together.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import repeat

from .caption_shapes import (
    CLOSING_PHOTOGRAPHER,
    FRAGMENT_HEAD_WORDS,
    MAX_STAFF_CAPTION_WORDS,
    MAX_WORDS,
    MIN_ALT_WORDS,
    MIN_LABELLED_WORDS,
    SENTENCE_END,
    after_picture_label,
    bare_name,
    camel_case,
    credit_in_parentheses,
    describes,
    describes_or_tells,
    fragment_start,
    is_label,
    label_at,
    labels_in,
    maker_credit,
    name_word,
    open_sentence,
    opens_credit,
    photographer,
    phrase_start,
    repeated_as_lead,
    staff_credit,
    unfinished_phrase,
)
from .credits import credit_only, names_credit_word, split_credit
from .lines import Page, key_of
from .model import Caption
from .pictures import (
    alt_text_above,
    copy_below,
    described_pictures,
    gallery_counters,
    image_files,
    may_be_repeated_below,
    names_pictures,
    not_pictures,
    picture_buttons,
    pictured_near,
    repeated_below,
)
from .rules.credits import (
    AGENCY,
    CAPTION_LABEL,
    CLOSING_LABEL,
    CREDIT_LABELS,
    PICTURE_LABEL,
    PICTURE_SHOWS,
)

#: how far before the article a lead picture's caption is looked for, and after it
_LEAD, _MARGIN = 25, 3


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


def _credit_of(lines: list[str], taken: tuple[int, ...]) -> str:
    """The credit on lines ``taken`` under a closing label, a line that only closes the caption left out."""
    return " ".join(lines[q] for q in taken if lines[q] not in _CLOSERS).strip(" .")


#: how the lines open that may be a caption's label (a cheap test first)
_CAPTION_LABEL_WORDS = ("image", "media", "photo", "picture", "video", "caption", "bildunterschrift",
                        "légende",
                        "pie de foto", "didascalia", "bijschrift", "bildtext", "billedtekst", "kuvateksti",
                        "legenda", "podpis")
_CAPTION_LABEL_HEADS = tuple(head for word in _CAPTION_LABEL_WORDS
                             for head in (word, word.capitalize(), word.upper()))


def find_captions(page: Page, start: int, end: int, described: Sequence[int] = ()) -> list[FoundCaption]:
    """Captions in and around the article lines [start, end), in page order
    (``described``: the lines that stand for a picture by describing it)."""
    lines, words = page.lines, page.words
    n = len(lines)
    low, high = max(0, start - _LEAD), min(n, end + _MARGIN)
    # the columns read line by line below, as lists: a list item is much cheaper to read than an array's
    placeholder = (page.column("placeholder") + page.column("bracketed")).tolist()
    for p in not_pictures(lines, page.column("bracketed"), page.credit_words, page.split_credit,
                          max(0, low - 3), high):
        placeholder[p] = 0.0
    for p in image_files(lines, page.column("log_words"), max(0, low - 3), high):
        placeholder[p] = 1.0
    buttons = picture_buttons(lines, words, max(0, low - 3), high)
    for p in (*buttons, *described):
        placeholder[p] = 1.0
    caption_buttons = {p for p in buttons if "caption" in lines[p].lower()}
    counted = gallery_counters(lines, page.column("log_words"), placeholder, max(0, low - 1), high)
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
        if not (free(p) and 2 <= words[p] <= MAX_WORDS and not fragment_start(lines[p]) and not byline[p]):
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
        if not (free(q) and (lines[q][0] in ",.;:)]" or lines[q].endswith(SENTENCE_END))):
            return ()
        while free(q) and words[q] <= MAX_WORDS and not byline[q] and fragment_start(lines[q]) \
                and (words[q] > 1 or not lines[q][0].isalnum()) and len(taken) <= 3:
            q -= 1
            if caption_text(q) and words[q] <= FRAGMENT_HEAD_WORDS and not lines[q].endswith(SENTENCE_END) \
                    and not open_sentence(lines[q]):
                return (q, *reversed(taken))
            taken.append(q)
        return ()

    def sentence_above(p: int) -> tuple[int, ...]:
        """The lines above p that open the sentence line p ends, broken at a
        link ("Workers lift the" / "harbour bridge" / "into place ..."): up to
        the first that opens as a caption does; () when none."""
        taken: list[int] = []
        for q in range(p - 1, max(-1, p - 4), -1):
            if not free(q) or byline[q] or words[q] > MAX_WORDS or lines[q].endswith((*SENTENCE_END, ":")) \
                    or _BULLET.match(lines[q]) or (" " not in lines[q] and not name_word(lines[q])):
                # a word alone is a slug ("product-feed-image") or a button, unless a name ("Trafalgar")
                return ()
            taken.append(q)
            if not fragment_start(lines[q]) and caption_text(q):
                if q > 0 and caption_text(q - 1) and phrase_start(lines[q - 1]):
                    # the phrase before a name ("Head cells in the flatworm" / "Dugesia japonica" / ...)
                    taken.append(q - 1)
                return tuple(reversed(taken))
        return ()

    def a_name(q: int) -> bool:
        """Line q is a name, a link's text ("Jane Doe", "iFixit"), not a value
        ("Cost per credit:" / "In-State | $472")."""
        return free(q) and 1 <= words[q] <= 8 and not byline[q] and not lines[q].endswith(("!", "?", ":")) \
            and (lines[q][0].isupper() or lines[q][0] in "@©" or camel_case(lines[q])) \
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
        if p > 0 and label_at(lines, p - 1) and words[p] <= 8 \
                and (not fragment_start(lines[p]) or camel_case(lines[p])):
            # a brand may open in lowercase after its label ("Photo:" / "iFixit")
            return lines[p].strip(" .")
        return None

    def continued(p: int) -> bool:
        """The line after p continues p's sentence (a placeholder does not)."""
        return p + 1 < n and not placeholder[p + 1] and fragment_start(lines[p + 1])

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
        if not free(q) or words[q] > MAX_WORDS:
            return None
        m = CAPTION_LABEL.match(lines[q]) if lines[q].startswith(_CAPTION_LABEL_HEADS) else None
        if m is None:
            return None
        rest = lines[q][m.end():].strip()
        if rest:
            return (rest, (q,)) if " " in rest and not open_sentence(rest) else None
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
            elif last + 2 < n and label_at(lines, last + 1):
                credit = credit_line(last + 2)
                if credit is not None:
                    taken = (*taken, last + 1, last + 2)
        add(Caption(body or text, credit), taken)

    labels = labels_in(lines, low, high)
    maybe_caption = list(map(str.startswith, lines[low:high], repeat(_CAPTION_LABEL_HEADS)))
    copies = may_be_repeated_below(lines, words, low, high)
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
                if _SOURCE.match(lines[head]) and not names_pictures(credit) \
                        and not pictured_near(placeholder, lines, text[0] if text else head):
                    # an article's source ("SOURCE:" / "News agencies"), a table's or a chart's
                    continue
                if text:
                    add(Caption(_joined(lines, text), credit), (*text, *label))
                else:
                    # a credit alone is the caption as printed ("Photo: iFixit"), as in HTML
                    add(Caption(_joined(lines, label), credit), label)
            elif caption_text(p + 1) and words[p + 1] >= MIN_ALT_WORDS:
                add(caption_from(lines[p + 1], split=split(p + 1)), (p, p + 1))
            continue
        if placeholder[p]:
            continue
        closing = CLOSING_LABEL.search(line, max(0, len(line) - _CLOSING_TAIL)) \
            if named[p] and p + 1 < n and line.endswith(_CLOSING_ENDS) else None
        if closing is not None and opens_credit(line, closing):
            below = name_below(p)
            text = line[:closing.start()].rstrip(" (|–—-&")
            if below and (text.count(" ") + 1 < MIN_LABELLED_WORDS or open_sentence(text)) \
                    and not fragment_start(line):
                # a label and its credit alone: the caption as printed ("Image by Jane Doe",
                # "Infographic source:" / "Acme")
                printed = line if text else line[closing.start():]
                credit = _credit_of(lines, below)
                add(Caption(f"{printed} {credit}", credit), (p, *below))
                continue
            head = sentence_above(p) if below and fragment_start(line) else ()
            if head:
                text = _joined(lines, head) + (text if not text or text[0] in ",.;:)]" else " " + text)
            most = MAX_STAFF_CAPTION_WORDS if closing.group("label").lower() == "source" else MAX_WORDS
            if below and (head or not fragment_start(line)) and len(text.split()) <= most:
                add(Caption(text, _credit_of(lines, below)), (*head, p, *below))
                continue
        credit = credit_line(p) if credit_like[p] or "/" in line or "(" in line else None
        if credit is None and line[0] == "(" and free(p):
            credit = credit_in_parentheses(lines, words, p)
        below = captioned(p + 1) if credit is not None else None
        if below is not None:
            # a credit alone printed before its caption's label ("Getty Images" / "Image caption" / ...)
            add(Caption(below[0], credit), (p, *below[1]))
            continue
        if credit is not None:
            inline = continued(p) or (p > 0 and open_sentence(lines[p - 1]))
            if inline:
                continue
            if line.strip(" .") == credit and not any(mark in line for mark in _NAMED_CREDIT) \
                    and not pictured(p - 1) and not (p < end - _SOURCE_TAIL and describes(lines[p - 1])):
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
            if text and _IMAGE_SOURCE.match(line) and sum(words[q] for q in text) > MAX_STAFF_CAPTION_WORDS \
                    and not pictured_near(placeholder, lines, text[0]):
                # a paragraph over the source of a picture shown elsewhere (the article's
                # header): the source alone is the caption as printed
                text = ()
            if _SOURCE.match(line) and not names_pictures(credit) \
                    and not pictured_near(placeholder, lines, text[0] if text else p):
                continue
            if "/" in line and not skipped and not named_credit(p) \
                    and not pictured_near(placeholder, lines, text[0] if text else p) \
                    and not (text and describes_or_tells(_joined(lines, text))
                             and (staff_credit(credit, lines) or photographer(credit))):
                # a slash alone ("Method/Rule", "Email/SMS campaigns") names no one: a picture must be
                # near, or the caption above credited to a person and the page's own name
                continue
            if text:
                add(Caption(_joined(lines, text), credit), (*text, *skipped, p))
            elif p > 0 and placeholder[p - 1] and caption_text(p + 1) and not continued(p + 1) \
                    and describes(lines[p + 1]) and not gap_before[p + 1] \
                    and (p + 2 >= n or gap_before[p + 2]):
                # the credit printed first, right under the picture, its caption below it in the
                # same block ("image" / "Jane Doe/AP" / "The mayor opens the bridge.")
                add(Caption(lines[p + 1], credit), (p, p + 1))
            else:
                add(Caption(line, credit), (p,))
            continue
        if words[p] > MAX_WORDS:
            continue
        text, credit = split(p) if credit_like[p] or (words[p] > 12 and named[p]) \
            or (line[-1] == "]" and " via " in line) else (line, None)
        if credit is not None and text.endswith(("!", "?", ".")) and AGENCY.fullmatch(credit) \
                and line.rstrip(" .")[:-len(credit)].rstrip() == text \
                and not pictured_near(placeholder, lines, p) and not PICTURE_LABEL.match(line):
            # an agency's bare name closing a sentence with no picture near: the article's
            # source ("... into the US. PTI"), not a credit
            credit = None
        if credit is not None and not named_credit(p) and not describes(text, MAX_WORDS) \
                and not pictured_near(placeholder, lines, p):
            # a slash alone between capitalised words ("Guru (Project Lead / Strategist)") names
            # a photographer and a publication only after a picture's description
            credit = None
        if credit is not None and text and (not fragment_start(line) or camel_case(line)) \
                and not continued(p):
            add(Caption(text, credit), (p,))
            continue
        if credit is not None and text and p > 0 and not continued(p) and key_of(text) not in CREDIT_LABELS \
                and not lines[p - 1].endswith(SENTENCE_END):
            # the caption's end after a link or an italic name ("Protesters in" / "Trafalgar Square" /
            # "on Sunday. Photo: Reuters"): its start is the line or lines above
            head = sentence_above(p)
            if head and sum(words[q] for q in head) + words[p] <= MAX_WORDS \
                    and not any(_BULLET.match(lines[q]) for q in head):
                whole = _joined(lines, head) + (text if text[0] in ",.;:)]" else " " + text)
                if whole.count("(") == whole.count(")"):
                    add(Caption(whole, credit), (*head, p))
                    continue
        copy = repeated_below(page, p, credit_like, placeholder) if copies[p - low] else None
        labelled = copy is not None and is_label(lines[copy][:lines[copy].find(line)].strip())
        # a line printed twice is alt text and caption when something shows a picture: a
        # placeholder above, a credit below or closing it ("... campaign. (onmeth.com)")
        twin = copy == p + 1 and lines[copy] == line and start <= p < end and unfinished_phrase(line) \
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
        labelled_text = after_picture_label(line, label, words[p], split(p)) if label else None
        if labelled_text is not None and free(p) and not byline[p] and not continued(p):
            credit = credit_line(p + 1)
            add(Caption(labelled_text, credit), (p, p + 1) if credit is not None else (p,))
            continue
        if p > 0 and placeholder[p - 1] and "/" in line and free(p) and not continued(p):
            m = CLOSING_PHOTOGRAPHER.search(line)
            text = line[:m.start()].rstrip() if m is not None else ""
            if m is not None and photographer(m.group("credit")) and describes_or_tells(text):
                # under a picture, a caption closed by its photographer and publication, no credit word
                # ("The mayor opens the bridge. Jane Doe / The Daily Planet")
                add(Caption(text, m.group("credit")), (p,))
                continue
        if p > 0 and placeholder[p - 1] and line[0] == "(" and line.endswith((")", ").")) and free(p) \
                and line.count("(") == 1 and line[1:2].isupper() \
                and describes(line.strip("(). "), MAX_WORDS):
            # a caption set in parentheses under its picture ("(The mayor opens the bridge on Monday.)");
            # one in lowercase is a button's text ("(add Acme Kettle to cart)")
            inner = line.strip(" .")[1:-1].strip()
            add(caption_from(inner), (p,))
            continue
        if p > 0 and placeholder[p - 1] and p + 1 < n and caption_text(p) and not bare_name(line) \
                and ((byline[p + 1] and not headings[p])
                     or repeated_as_lead(lines[p], lines[p + 1], words[p])):
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
                and words[p] >= MIN_ALT_WORDS and caption_text(p) and not continued(p):
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
            if maker_credit(line, lines[p + 1]):
                # the maker credited alone under the picture of its product: the credit is the caption
                add(Caption(line, line), (p,))
            elif caption_text(p) and words[p] <= MAX_STAFF_CAPTION_WORDS and free(p + 1) \
                    and maker_credit(lines[p + 1], lines[p + 2]):
                add(Caption(line, lines[p + 1]), (p, p + 1))
    found.sort(key=lambda f: min(f.lines + f.dropped))
    return _distinct([_with_copy_below(_with_alt_text(f, lines, words, used), lines, placeholder, used)
                      for f in found])


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


def _joined(lines: list[str], taken: tuple[int, ...]) -> str:
    """The caption text of consecutive lines, a sentence broken at a link made whole."""
    text = lines[taken[0]]
    for q in taken[1:]:
        text += lines[q] if lines[q][0] in ",.;:)]" else " " + lines[q]
    return text


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


def _with_alt_text(found: FoundCaption, lines: list[str], words: list[int], used: set[int]) -> FoundCaption:
    """The caption with the copy of it just above (:func:`alt_text_above`) among its dropped lines."""
    above = min(found.lines + found.dropped) - 1
    if not alt_text_above(found.caption, above, lines, words, used):
        return found
    used.add(above)
    return FoundCaption(found.caption, found.lines, (above, *found.dropped))


def _with_copy_below(found: FoundCaption, lines: list[str], placeholder: list[float],
                     used: set[int]) -> FoundCaption:
    """The caption with the copy of it just below (:func:`copy_below`) among its dropped lines."""
    copy = copy_below(found.caption.text, max(found.lines + found.dropped) + 1, lines, placeholder, used)
    if copy is None:
        return found
    used.update(copy)
    return FoundCaption(found.caption, found.lines, (*found.dropped, *copy))
