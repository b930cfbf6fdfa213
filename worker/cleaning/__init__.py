"""The cleaner: a pure function from a raw page (plain text or HTML) to its
main text, title, captions, metadata and the list of what was dropped.

No I/O, no global state, deterministic: the same input always gives the same
:class:`Extraction`.
"""
from __future__ import annotations

from .html import extract_html
from .model import Caption, Extraction
from .text import extract_text

__all__ = ["Caption", "Extraction", "extract"]


def extract(content: str, format: str) -> Extraction:
    """Clean ``content``, a page as ``"text"`` or ``"html"``."""
    if format == "html":
        return extract_html(content)
    if format == "text":
        return extract_text(content)
    raise ValueError(f"unknown format {format!r} (expected 'text' or 'html')")
