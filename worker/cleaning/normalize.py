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
#: the code points either pattern removes or replaces (all in the BMP): most pages have none,
#: and one look-up over the page's code points is cheaper than the two searches that find none
_TO_CLEAN = np.zeros(0x10000, dtype=bool)
_TO_CLEAN[[ord(c) for pattern in (INVISIBLE, _CONTROL)
           for c in pattern.findall("".join(map(chr, range(0x10000))))]] = True


def normalize_text(text: str) -> str:
    """NFC, no invisible characters, control characters as spaces, Unix newlines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if _TO_CLEAN[np.minimum(codes, 0xFFFF)].any():
        text = INVISIBLE.sub("", _CONTROL.sub(" ", text))
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def normalize_line(line: str) -> str:
    """One line with every run of whitespace (NBSP, tabs, thin spaces) made one space."""
    return _SPACES.sub(" ", line).strip()


def lines_of(text: str) -> list[str]:
    """The normalised lines of a text, blank lines kept as empty strings."""
    return [" ".join(line.split()) for line in normalize_text(text).split("\n")]
