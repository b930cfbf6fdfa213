"""What marks a picture in plain text: a button beside it ("Enlarge this
image"), a gallery's counter ("Image 1 of 9"), its file name left as alt
text, alt text that describes it, its alt text printed again as the caption
below it, or the caption printed again past it; and the bracketed lines that
are no picture. The caption finder (:mod:`.captions`) reads a caption beside
these marks."""
from __future__ import annotations

import re

import numpy as np

from .caption_shapes import (
    MAX_WORDS,
    MIN_ALT_WORDS,
    SENTENCE_END,
    describes,
    is_label,
    repeated_as_lead,
)
from .credits import credit_only, has_credit_word
from .lines import Page, key_of
from .model import Caption
from .rules.boilerplate import PICTURE_SLUG, PICTURE_SLUG_WORDS, PLACEHOLDERS
from .rules.credits import (
    ONE_WORD_PICTURE_BUTTONS,
    PICTURE_BUTTONS,
    PICTURE_DESCRIPTION,
    PICTURE_SCENE,
)
from .rules.shapes import SLIDE_BUTTONS
from .rules.stopwords import ALL_STOPWORDS

#: lines between an alt text and its caption (an image counter, a placeholder) are this short
BETWEEN_WORDS = 2
#: a picture shown by its file name ("nintendo-switch-lite.jpg"; w3m may print it twice)
_IMAGE_FILE = re.compile(r"\S+\.(?:jpe?g|png|gif|webp|avif|bmp|tiff?)", re.IGNORECASE)
#: a copy of a caption's end left above it (the rest of alt text cut at a link) is at least this long
_MIN_COPY_WORDS = 4


def described_pictures(page: Page, low: int, high: int) -> list[int]:
    """The lines in [low, high) that describe a picture, as alt text does
    ("Image of a doctor holding a pad", "A doctor holding a pad"): the
    picture's stand-in, neither caption nor body."""
    lines, words = page.lines, page.words
    # (printed again just below, the description is alt text over its caption: the copy is the caption)
    return [p for p in range(low, high) if lines[p][:2].lower() in _DESCRIPTION_STARTS
            and words[p] <= MAX_WORDS and (p == 0 or lines[p - 1] != lines[p])
            and (PICTURE_DESCRIPTION.match(lines[p]) or PICTURE_SCENE.match(lines[p]))]


#: how the lines open that may be a picture's description (a cheap test first)
_DESCRIPTION_STARTS = frozenset(("im", "pi", "ph", "il", "sc", "di", "gr", "in", "re", "a ", "an", "pr", "st",
                                 "fe", "he", "co"))
_DOMAIN = re.compile(r"\w\.(?:com|org|net|io|co|gov|edu)\b", re.IGNORECASE)


def names_pictures(credit: str) -> bool:
    """A source that is a picture's: an agency or a picture library
    ("Unsplash"), or a web site, whose page the picture shows ("statista.com")."""
    return has_credit_word(credit) or _DOMAIN.search(credit) is not None


_ONE_WORD = float(np.log1p(1.0))
#: a gallery's counter is four words at most ("Image 1 of 9")
_FOUR_WORDS = float(np.log1p(4.0)) + 1e-9


def image_files(lines: list[str], log_words: np.ndarray, low: int, high: int) -> list[int]:
    """The lines in [low, high) that are a picture's file name: its alt text
    left empty, the renderer printed where the picture was. Only one-word
    lines are tried (``log_words`` is the page's column of that name)."""
    return [p for p in (low + (log_words[low:high] == _ONE_WORD).nonzero()[0]).tolist()
            if "." in lines[p] and _IMAGE_FILE.fullmatch(lines[p])]


def file_name_words(line: str) -> list[str] | None:
    """The words of a picture's file name left as its alt text, joined by
    dashes ("Userpilot-funnel-analysis"; w3m may print it twice, glued:
    :data:`PICTURE_SLUG`), those that are no function words; None when the
    line is no such name."""
    lower = line.lower()
    half = len(lower) // 2
    if len(lower) % 2 == 0 and lower[:half] == lower[half:]:
        lower = lower[:half]
    if PICTURE_SLUG.match(lower) is None:
        return None
    parts = [part for part in lower.split("-") if part.isalpha() and part not in ALL_STOPWORDS]
    return parts if len(parts) >= PICTURE_SLUG_WORDS else None


def file_name_alts(lines: list[str], log_words: np.ndarray, low: int, high: int) -> list[int]:
    """The lines in [low, high) that are a picture's file name left as its alt
    text (:func:`file_name_words`): the picture, shown where it was. Only
    one-word lines are tried (``log_words`` is the page's column of that name)."""
    return [p for p in (low + (log_words[low:high] == _ONE_WORD).nonzero()[0]).tolist()
            if "-" in lines[p] and file_name_words(lines[p]) is not None]


#: how many words a picture's button has (tested against :data:`PICTURE_BUTTONS`)
BUTTON_WORDS = (2, 4)


def picture_buttons(lines: list[str], words: np.ndarray, low: int, high: int,
                    keys: list[str] | None = None) -> list[int]:
    """The lines in [low, high) that are a button beside a picture ("Enlarge
    this image", "Toggle caption"): they show a picture is there. Only the
    lines of a button's length in words (``words``, the page's word counts)
    are read, by their :func:`~.lines.key_of` (``keys``, the page's, when given)."""
    if keys is None:
        keys = list(map(key_of, lines))
    few = words[low:high]
    return [p for p in (low + ((few >= BUTTON_WORDS[0]) & (few <= BUTTON_WORDS[1])).nonzero()[0]).tolist()
            if keys[p] in PICTURE_BUTTONS]


def one_word_button(page: Page, p: int) -> bool:
    """Line p is a picture's button of one word ("Enlarge", "Zoom",
    "Vergrößern", :data:`ONE_WORD_PICTURE_BUTTONS`) next to the picture's
    placeholder or a credited caption: alone such a word may be a heading."""
    keys = page.keys
    return keys[p] in ONE_WORD_PICTURE_BUTTONS and any(
        0 <= q < len(keys) and (keys[q] in PLACEHOLDERS or page.split_credit(q)[1] is not None)
        for q in (p - 1, p + 1))


#: a gallery's counter ("Image 1 of 9", "Foto 3/7", "1 of 12"), and the word that says it counts pictures
_COUNTER = re.compile(r"(?:(?P<picture>image|photo|picture|slide|foto|bild|imagen|imagem|immagine)\s+)?"
                      r"\d{1,3}\s*(?:of|/|von|de|di|sur|van)\s*\d{1,3}", re.IGNORECASE)


def counter(line: str) -> bool:
    """The line is a gallery's counter ("1 of 5", "Image 2 of 9", "3/7")."""
    return line[-1:].isdigit() and _COUNTER.fullmatch(line) is not None


def gallery_counters(lines: list[str], log_words: np.ndarray, ends_on_digit: np.ndarray,
                     placeholder: list[bool], low: int, high: int) -> set[int]:
    """The lines in [low, high) that are a gallery's counter over a picture's
    caption: one that says it counts pictures ("Image 1 of 9"), or a bare one
    under a placeholder or over one ("image" / "1 of 12", "1 of 12" / "image").
    Only lines ending on a digit (``ends_on_digit``, the page's) are tried, of
    four words or fewer (``log_words`` is the page's column of that name)."""
    found = set()
    counting = ends_on_digit[low:high]
    for p in (low + ((log_words[low:high] <= _FOUR_WORDS) & counting).nonzero()[0]).tolist():
        line = lines[p]
        m = _COUNTER.fullmatch(line)
        if m is not None and (m.group("picture") or (p > 0 and placeholder[p - 1])
                              or (p + 1 < len(lines) and placeholder[p + 1])):
            found.add(p)
    # a carousel's slide buttons count its slides too, however many a line ("Go to slide 3")
    found.update(p for p in (low + counting.nonzero()[0]).tolist() if SLIDE_BUTTONS.fullmatch(lines[p]))
    return found


def not_pictures(lines: list[str], bracketed, credit_words, split, low: int, high: int) -> list[int]:
    """The bracketed lines in [low, high) that are no picture: a form's check
    box ("[ ]") or a note's number ("[3]"), with no letter, or a credit in
    brackets ("[Photo: Jane Doe]", under its caption), where a picture is
    "[alt text]" (``split`` gives a line's :func:`split_credit`)."""
    return [p for p in (low + bracketed[low:high].nonzero()[0]).tolist()
            if not any(c.isalpha() for c in lines[p])
            or (credit_words[p] and credit_only(lines[p], split(p)) is not None)]


def pictured_near(placeholder: list[bool], lines: list[str], p: int) -> bool:
    """A picture is shown just above the caption starting on line p: a
    placeholder, alt text repeated, or a credit label."""
    return any(q >= 0 and (placeholder[q] or lines[q] == lines[p] or is_label(lines[q]))
               for q in range(p - 3, p))


def may_be_repeated_below(lines: list[str], words: list[int], p: int) -> bool:
    """Whether :func:`repeated_below` can find a copy of line p: the next
    line holds it or, past a line of two words or fewer, the one after. A
    cheap test, made on each line a caption may be on."""
    n, line = len(lines), lines[p]
    return words[p] >= MIN_ALT_WORDS and p + 1 < n and (
        line in lines[p + 1] or (words[p + 1] <= BETWEEN_WORDS and p + 2 < n and line in lines[p + 2]))


def repeated_below(page: Page, p: int, credit_like: list[bool], placeholder: list[bool]) -> int | None:
    """The line just below p (past an image counter or placeholder) that
    repeats line p, the picture's alt text, as its caption. A paragraph
    merely repeated is no caption: the caller asks for a sign of a picture.
    A name between the two is a table's cell or a list's ("Best overall" /
    "Acme" / "Best overall"), not a picture's counter ("2/5"), placeholder,
    button ("expand") or credit ("Getty Images")."""
    lines, words = page.lines, page.words
    if words[p] < MIN_ALT_WORDS:
        return None
    alt = lines[p]
    for q in range(p + 1, min(p + 3, len(lines))):
        at = lines[q].find(alt)
        if 0 <= at <= 12:
            rest = lines[q][at + len(alt):].lstrip()
            if not rest or rest[0] in "([" or credit_like[q] or page.split_credit(q)[1] \
                    or (rest[0].isupper() and alt.endswith((".", "!", "?")) and describes(alt, MAX_WORDS)):
                # ... or the caption says the alt text's sentence, then more ("A dog." / "A dog. It ...")
                return q
        if words[q] > BETWEEN_WORDS or not (placeholder[q] or page.credit_words[q] or lines[q][0].islower()
                                              or not any(map(str.isalpha, lines[q]))):
            return None
    return None


def alt_text_above(caption: Caption, above: int, lines: list[str], words: list[int],
                   used: set[int]) -> bool:
    """Whether line ``above``, just over a caption's lines, is the picture's
    alt text repeating the caption, or the caption's start or its end, left
    above by alt text cut at a link: that copy goes with the caption, not into
    the body."""
    text = caption.text
    if above < 0 or above in used or not text:
        return False
    line = lines[above]
    # ... or alt text that says the credited caption again in other words ("X. Photo taken in
    # May 2016" over "X in May 2016. Photo: Jane Doe"), no longer than it
    return line == text or (words[above] >= _MIN_COPY_WORDS and len(line) < len(text)
                            and (text.endswith(line) or text.startswith(line))) or _keyword_and(line, text) \
        or (caption.credit is not None and words[above] <= text.count(" ") + 1 + _ALT_SLACK_WORDS
            and repeated_as_lead(text, line, text.count(" ") + 1))


#: a picture's alt text over its credited caption is at most this long; a question word opens a heading
_MAX_ALT_WORDS = 20
_QUESTION_WORDS = frozenset(("how", "why", "what", "when", "where", "which", "who"))
#: how alt text cut short ends ("gps watch - with top-quality construction and...")
_CUT = ("...", "…")


def alt_text_over_credit(caption: Caption, above: int, lines: list[str], used: set[int],
                         sourced: bool) -> bool:
    """Whether line ``above``, just over a credited caption, is the picture's
    alt text describing it in other words ("Runner wearing trail shoes in a
    puddle" over "Jane Doe tests the shoes in wet conditions. Photo: Acme"):
    a phrase of mostly lowercase words (:func:`describes`) that ends no
    sentence (a short paragraph does), no heading (no colon, question or
    question word) and no paragraph's continuation (the line above it ends
    a sentence). A source's credit (``sourced``) is a
    table's or a chart's, whose title stands above it."""
    if caption.credit is None or sourced or above < 1 or above in used:
        return False
    line = lines[above]
    return describes(line, _MAX_ALT_WORDS) and (not line.endswith(SENTENCE_END) or line.endswith(_CUT)) \
        and ":" not in line \
        and "?" not in line \
        and line.split(" ", 1)[0].lower() not in _QUESTION_WORDS and lines[above - 1].endswith(SENTENCE_END)


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
    return cut > 0 and text.endswith(SENTENCE_END) and text.count(" ") + 1 >= MIN_ALT_WORDS \
        and line[cut:].lower() == text.lower() and line[:cut].rstrip().endswith(_KEYWORD_ENDS)


def copy_below(text: str, below: int, lines: list[str], placeholder: list[bool],
               used: set[int]) -> range | None:
    """The lines from ``below``, just under a caption, to a copy of its
    ``text`` printed again past the picture's placeholder or label ("Video: In
    this talk ..." / "Video:" / "In this talk ..."): the copy goes with the
    caption, not into the body. None when there is no copy."""
    for q in range(below, min(below + 2, len(lines))):
        if q in used:
            return None
        if lines[q] == text:
            return range(below, q + 1)
        if not (placeholder[q] or is_label(lines[q])):
            return None
    return None
