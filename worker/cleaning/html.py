"""The HTML cleaner: the page's structure does what the text cleaner has to
infer. Captions come from figure markup, furniture elements go before the
text is judged, and the remaining blocks go through the same line rules as
plain text."""
from __future__ import annotations

from bs4 import BeautifulSoup, NavigableString

from .captions import caption_from
from .metadata import read_metadata
from .model import Extraction
from .normalize import normalize_line
from .text import extract_text

_FURNITURE_TAGS = ["script", "style", "noscript", "template", "svg", "nav", "footer", "header",
                   "aside", "form", "iframe", "button", "select", "head"]
_CAPTION_SELECTOR = "figcaption, .wp-caption-text, .caption, .image-caption, [itemprop=caption]"


def extract_html(html: str) -> Extraction:
    """Clean one HTML page."""
    soup = BeautifulSoup(html, "lxml")
    meta = read_metadata(soup)
    captions = []
    for node in soup.select(_CAPTION_SELECTOR):
        text = normalize_line(node.get_text(" "))
        if text:
            captions.append(caption_from(text))
        node.decompose()
    removed = []
    for node in soup(_FURNITURE_TAGS):
        if node.name not in ("script", "style", "head", "template", "svg"):
            text = normalize_line(node.get_text(" "))
            if text:
                removed.append(text)
        node.decompose()
    root = soup.body or soup
    inner = extract_text(_block_text(root))
    return Extraction(
        body=inner.body,
        title=meta.title or inner.title,
        captions=tuple(captions),
        boilerplate=tuple(removed) + inner.boilerplate,
        lang=meta.lang or inner.lang,
        author=meta.author,
        published_at=meta.published_at,
        url=meta.url,
    )


_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre",
           "table", "tr", "td", "th", "section", "article", "main", "figure", "dl", "dt", "dd", "br", "hr"}


def _block_text(root) -> str:
    """The text of an element, one line per block: newlines in the source are
    spaces, as a browser renders them."""
    parts: list[str] = []
    for node in root.descendants:
        if type(node) is NavigableString:
            parts.append(node.replace("\n", " "))
        elif node.name in _BLOCKS:
            parts.append("\n")
    return "".join(parts)
