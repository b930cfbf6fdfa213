"""Unicode and whitespace normalisation of text lines."""
from __future__ import annotations

import re
import unicodedata

import numpy as np

#: format characters that split a word without showing: removed, so the word is whole again
INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
#: control characters: separators at most, made spaces
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[^\S\n]+")
_SPACE_RUN = re.compile("  +")
#: what a code point asks for, one bit each: cleaning (the code points either pattern removes
#: or replaces, all in the BMP), or a split at whitespace other than the space and the newline
#: (``str.split`` splits at it; all of it in the BMP). Most pages need neither, and one look-up
#: over the page's code points is cheaper than the searches that find nothing.
_CLEAN, _OTHER_SPACE = 1, 2
_MARKS = np.zeros(0x10000, dtype=np.uint8)
_MARKS[[ord(c) for pattern in (INVISIBLE, _CONTROL)
        for c in pattern.findall("".join(map(chr, range(0x10000))))]] |= _CLEAN
_MARKS[[c for c in range(0x10000) if chr(c).isspace() and chr(c) not in " \n"]] |= _OTHER_SPACE


def _normalized(text: str) -> tuple[str, str | None]:
    """:func:`normalize_text`, and the whitespace characters other than the
    space and the newline that the result holds (None: not looked at, when
    the text was changed)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    marked = _MARKS.take(codes, mode="clip")
    marks = int(np.bitwise_or.reduce(marked))
    if marks & _CLEAN:
        text = INVISIBLE.sub("", _CONTROL.sub(" ", text))
    if not unicodedata.is_normalized("NFC", text):
        return unicodedata.normalize("NFC", text), None
    if marks & _CLEAN:
        return text, None
    other = np.unique(codes[(marked & _OTHER_SPACE) > 0]) if marks & _OTHER_SPACE else ()
    return text, "".join(map(chr, other))


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
    are one list."""
    text, other_spaces = _normalized(text)
    raw = text.split("\n")
    if other_spaces is None:
        return raw, list(map(" ".join, map(str.split, raw)))
    if not (other_spaces or "  " in text or "\n " in text or " \n" in text or text.startswith(" ")
            or text.endswith(" ")):
        return raw, raw
    # with spaces its only whitespace, each line stripped and its runs of spaces made one
    for space in other_spaces:
        text = text.replace(space, " ")
    return raw, _SPACE_RUN.sub(" ", "\n".join(map(str.strip, text.split("\n")))).split("\n")


def lines_of(text: str) -> list[str]:
    """The normalised lines of a text, blank lines kept as empty strings."""
    return normalized_lines(text)[1]
