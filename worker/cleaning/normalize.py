"""Unicode and whitespace normalisation of text lines."""
from __future__ import annotations

import re
import unicodedata

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = re.compile(r"[^\S\n]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def normalize_text(text: str) -> str:
    """NFC, no invisible or control characters, Unix newlines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text.translate(_INVISIBLE))
    return unicodedata.normalize("NFC", text)


def normalize_line(line: str) -> str:
    """One line with every run of whitespace (NBSP, tabs, thin spaces) made one space."""
    return _SPACES.sub(" ", line).strip()


def lines_of(text: str) -> list[str]:
    """The normalised lines of a text, blank lines kept as empty strings."""
    return [normalize_line(line) for line in normalize_text(text).split("\n")]
