"""The HTML cleaner: the page's structure does what the text cleaner has to
infer.

The tree is cut into text blocks (``html_blocks``), the article is the
densest container of prose with its furniture dropped (``html_body``),
captions and credits come from figure markup (``html_captions``), and the
metadata from the markup (``html_metadata``). What was dropped is kept, in
page order, as the audit trail.
"""
from __future__ import annotations

from .html_blocks import Kind, segment
from .html_body import select
from .html_captions import captions_of
from .html_metadata import author_on_page, date_on_page, read_metadata
from .html_parse import parse
from .language import detect_language
from .model import Caption, Extraction
from .normalize import normalize_text

#: below this many words of article, the page is read again with hidden elements
_TOO_LITTLE = 25


def extract_html(html: str) -> Extraction:
    """Clean one HTML page."""
    root = parse(html)
    if root is None:
        return Extraction(body="")
    meta = read_metadata(root)
    page = segment(root)
    chosen = select(page, meta.title)
    if sum(page.blocks[p].words for p in chosen.body) < _TOO_LITTLE:
        loose = segment(root, strict=False)
        retry = select(loose, meta.title)
        if sum(loose.blocks[p].words for p in retry.body) > sum(page.blocks[p].words for p in chosen.body):
            page, chosen = loose, retry
    blocks = page.blocks
    body = normalize_text(_join([blocks[p] for p in chosen.body]))
    captions, caption_pos = captions_of(page, chosen)
    kept = set(chosen.body) | caption_pos
    dropped = [(p, 1, b.text) for p, b in enumerate(blocks) if p not in kept and b.kind is not Kind.CAPTION
               and not (b.kind is Kind.HEADING and b.text == meta.title)]
    dropped += [(p, 0, text) for p, text in page.hidden]
    boilerplate = tuple(text for _, _, text in sorted(dropped, key=lambda item: item[:2]))
    lang = meta.lang or detect_language(body)
    return Extraction(
        body=body,
        title=_field(meta.title),
        captions=tuple(Caption(_field(c.text) or "", _field(c.credit)) for c in captions),
        boilerplate=boilerplate,
        lang=lang,
        author=_field(meta.author or author_on_page(page, chosen.start, meta.title)),
        published_at=meta.published_at or date_on_page(page, chosen.start, meta.title, meta.url, lang),
        url=meta.url,
    )


def _field(text: str | None) -> str | None:
    """A one-line field read like the body: NFC, no invisible characters
    (a soft hyphen would keep 'Ferr\u00adies' from matching 'Ferries')."""
    if not text:
        return text
    return " ".join(normalize_text(text).split()) or None


def _join(blocks) -> str:
    """Paragraphs apart by a blank line; rows and list items of one list or table
    on consecutive lines."""
    out: list[str] = []
    previous = None
    for b in blocks:
        if out:
            out.append("\n" if b.tag == previous and b.tag in ("li", "tr", "dd", "dt") else "\n\n")
        out.append(b.text)
        previous = b.tag
    return "".join(out)
