"""Markdown renderings of web pages read as plain text.

Scrapers hand pages over as Markdown (html2text, Jina Reader, Firecrawl,
crawl4ai), and users submit that as plain text. Its marks are no words of
the page: a link is its text, a picture its alt text on a line of its own
(or "image", as text_bs prints one), a heading, quote or bold run its text,
a list item a bullet as w3m prints it. :func:`plain_text` takes them off,
with the patterns of :mod:`.rules.markdown`, so the rest of the cleaner
reads the page as any other text rendering.

Whether a page is Markdown is told from the page as a whole
(:func:`is_markdown`: its links), so that plain text is never touched.
"""
from __future__ import annotations

from .rules.markdown import LINES_PER_LINK, MIN_LINKS, PICTURE, STEPS


def is_markdown(text: str) -> bool:
    """Whether the page is printed as Markdown: ``MIN_LINKS`` links or
    pictures at least ("](" of "[text](url)"), and one in
    ``LINES_PER_LINK`` lines. One count over the page decides most plain text."""
    links = text.count("](")
    return links >= MIN_LINKS and links * LINES_PER_LINK >= text.count("\n")


def plain_text(text: str) -> str:
    """The page's text without its Markdown marks."""
    text = "\n" + text.replace("\r\n", "\n").replace("\r", "\n").replace(PICTURE, " ")
    for guard, pattern, replacement in STEPS:
        if guard in text:
            text = pattern.sub(replacement, text)
    return text[1:]
