"""Image captions and their photo credits.

A caption is a line that describes a picture: it follows a picture placeholder
("image") or ends with a credit ("Photo: Reuters"). The credit patterns are
data, in ``rules.credits``.
"""
from __future__ import annotations

from .model import Caption
from .rules.credits import CREDIT_PATTERNS

_TRIM = " \t.,;:-–—|/"


def split_credit(line: str) -> tuple[str, str | None]:
    """``"... on Sunday. Photo: Reuters"`` -> ``("... on Sunday.", "Reuters")``.

    Returns the line unchanged and None when it carries no credit.
    """
    for pattern in CREDIT_PATTERNS:
        m = pattern.search(line)
        if m:
            credit = m.group("credit").strip(_TRIM)
            text = line[: m.start()].rstrip(" |–—-")
            if credit:
                return text, credit
    return line, None


def credit_only(line: str) -> str | None:
    """The credit when the whole line is one ("Photo: Reuters", "Credit... X/NYT")."""
    text, credit = split_credit(line)
    return credit if credit and not text.strip(_TRIM) else None


def caption_from(line: str, credit: str | None = None) -> Caption:
    """A caption from one line, its credit split off (or the given one)."""
    text, found = split_credit(line)
    return Caption(text=text or line, credit=found or credit)
