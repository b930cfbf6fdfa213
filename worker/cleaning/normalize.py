"""Unicode and whitespace normalisation of text lines."""
from __future__ import annotations

import re
import unicodedata

import numpy as np

from .layout import as_w3m, is_depth_indented
from .markdown import is_markdown, plain_text

#: the scripts that write with the zero-width non-joiner and joiner (Persian "می\u200cشود", Bengali
#: "র\u200d্যাব"): Arabic's and the Indic ones, where the two are spelling, not noise
_JOINING_SCRIPTS = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefe\u0900-\u0dff"
_ZERO_WIDTH_JOINERS = "\u200c\u200d"
#: format characters that split a word without showing: removed, so the word is whole again; the
#: marks of direction a right-to-left page strews (left-to-right and right-to-left marks, embeddings,
#: isolates) with them; the joiners but between two letters of a script that writes with them
_INVISIBLE_ALWAYS = "\u200b\u2060\ufeff\u00ad\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069"
#: every character that may be removed: one class, searched fast, each match then judged
INVISIBLE = re.compile(f"[{_INVISIBLE_ALWAYS}{_ZERO_WIDTH_JOINERS}]")
_JOINING_LETTER = re.compile(f"[{_JOINING_SCRIPTS}]")


def _removed(found: re.Match[str]) -> str:
    """Nothing for an invisible character, the joiner itself between two letters of a script
    that writes with it."""
    joiner = found.group()
    if joiner in _ZERO_WIDTH_JOINERS and found.start() > 0 \
            and _JOINING_LETTER.match(found.string, found.start() - 1) is not None \
            and _JOINING_LETTER.match(found.string, found.end()) is not None:
        return joiner
    return ""


#: control characters: separators at most, made spaces
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[^\S\n]+")
_SPACE_RUN = re.compile("  +")
#: what a code point asks for, one bit each: cleaning (the code points either pattern removes
#: or replaces, all in the BMP), or a split at whitespace other than the space and the newline
#: (``str.split`` splits at it; all of it in the BMP). Most pages need neither, and one look-up
#: over the page's code points is cheaper than the searches that find nothing.
_CLEAN, _OTHER_SPACE, _NOT_NFC = 1, 2, 4
_MARKS = np.zeros(0x10000, dtype=np.uint8)
_MARKS[[ord(c) for c in _CONTROL.findall("".join(map(chr, range(0x10000))))]] |= _CLEAN
_MARKS[[ord(c) for c in INVISIBLE.findall("".join(map(chr, range(0x10000))))]] |= _CLEAN
_MARKS[[c for c in range(0x10000) if chr(c).isspace() and chr(c) not in " \n"]] |= _OTHER_SPACE
#: ... and a third: a code point that NFC may change, alone or with its neighbours (a combining
#: mark, one NFC replaces, the second of a pair NFC composes, a Hangul vowel or final; past the
#: BMP, all): a text with none is NFC already (the Unicode quick check answers "yes"), and the
#: library's check is left out. (The pairs composed past the BMP are of code points past it.)
_MARKS[[c for c in range(0x10000) if unicodedata.combining(chr(c))
        or unicodedata.normalize("NFC", chr(c)) != chr(c)]] |= _NOT_NFC
_MARKS[[int(d.split()[1], 16) for c in range(0x10000)
        if (d := unicodedata.decomposition(chr(c))) and d[0] != "<" and " " in d]] |= _NOT_NFC
_MARKS[0x1161:0x1176] |= _NOT_NFC
_MARKS[0x11A8:0x11C3] |= _NOT_NFC
_MARKS[0xFFFF] |= _NOT_NFC


def _irregular_spacing(codes: np.ndarray) -> bool:
    """Whether the text (its code points) has a space at either end, two in
    a row, or one next to a newline."""
    if not len(codes):
        return False
    space = codes == ord(" ")
    newline = codes == ord("\n")
    return bool(space[0] or space[-1] or (space[1:] & (space[:-1] | newline[:-1])).any()
                or (space[:-1] & newline[1:]).any())


def code_points(text: str) -> np.ndarray:
    """The code points of a text, one per character (lone surrogates too)."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _normalized(text: str, codes: np.ndarray | None = None) -> tuple[str, str | None, np.ndarray | None]:
    """:func:`normalize_text`, the whitespace characters other than the
    space and the newline that the result holds, and its code points (both
    None: not looked at, when the text was changed). ``codes``: the text's
    code points, when the caller has them."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        codes = None
    if codes is None:
        codes = code_points(text)
    marked = _MARKS.take(codes, mode="clip")
    marks = int(np.bitwise_or.reduce(marked)) if len(marked) else 0
    if marks & _CLEAN:
        text = INVISIBLE.sub(_removed, _CONTROL.sub(" ", text))
    if marks & _NOT_NFC and not unicodedata.is_normalized("NFC", text):
        return unicodedata.normalize("NFC", text), None, None
    if marks & _CLEAN:
        return text, None, None
    other = sorted(set(codes[(marked & _OTHER_SPACE) > 0].tolist())) if marks & _OTHER_SPACE else ()
    return text, "".join(map(chr, other)), codes


def normalize_text(text: str) -> str:
    """NFC, no invisible characters, control characters as spaces, Unix newlines."""
    return _normalized(text)[0]


def normalize_line(line: str) -> str:
    """One line with every run of whitespace (NBSP, tabs, thin spaces) made one space."""
    return _SPACES.sub(" ", line).strip()


def normalized_lines(text: str) -> tuple[list[str], list[str]]:
    """The lines of ``normalize_text(text)`` as they are, and each with its
    runs of whitespace made one space and none at its ends. Most renderings
    print every line so already: when the text says so as a whole, the two
    are one list. A page printed as Markdown is read without its marks
    (:mod:`.markdown`)."""
    codes = None
    if is_markdown(text):
        text = plain_text(text)
    elif is_depth_indented(text, codes := code_points(text)):
        text, codes = as_w3m(text), None
    text, other_spaces, codes = _normalized(text, codes)
    raw = text.split("\n")
    if other_spaces is None or codes is None:
        return raw, list(map(" ".join, map(str.split, raw)))
    if not (other_spaces or _irregular_spacing(codes)):
        return raw, raw
    # with spaces its only whitespace, each line stripped and its runs of spaces made one
    spaced = raw
    if other_spaces:
        for space in other_spaces:
            text = text.replace(space, " ")
        spaced = text.split("\n")
    return raw, _SPACE_RUN.sub(" ", "\n".join(map(str.strip, spaced))).split("\n")


def lines_of(text: str) -> list[str]:
    """The normalised lines of a text, blank lines kept as empty strings."""
    return normalized_lines(text)[1]
