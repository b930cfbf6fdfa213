"""An HTML page as a sequence of text blocks, in reading order.

One walk over the tree cuts the text at block-level elements (paragraphs,
headings, list items, table rows, ``<br>``) and keeps, for each block, what
the markup says about it: how many of its words sit in links, whether a
furniture element (navigation, sharing, comments...) encloses it, whether it
is an image caption or a credit. Every element that holds text is kept as a
*span* of consecutive blocks, so that the choice of the article's container
is a sum over a range. The walk is linear in the size of the page.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum

from lxml import etree

from .captions import split_credit
from .model import Caption
from .rules import html as rules


class Kind(Enum):
    TEXT = "text"
    HEADING = "heading"
    CAPTION = "caption"
    CREDIT = "credit"


class Mark(Enum):
    """What the markup says about an element, by its tag, class, id or role."""

    FURNITURE = "furniture"
    CONTENT = "content"
    CAPTION = "caption"
    CREDIT = "credit"
    HIDDEN = "hidden"


@dataclass(slots=True)
class Block:
    text: str
    words: int
    link_words: int
    tag: str
    kind: Kind = Kind.TEXT
    furniture: bool = False
    caption: Caption | None = None

    @property
    def link_density(self) -> float:
        return self.link_words / self.words if self.words else 0.0


@dataclass(slots=True)
class Span:
    """An element and the blocks ``[start, end)`` it holds."""

    element: etree._Element
    start: int
    end: int
    mark: Mark | None


@dataclass
class Segmented:
    blocks: list[Block] = field(default_factory=list)
    #: every element that holds a block, children before their parents
    spans: list[Span] = field(default_factory=list)
    #: image alt/title texts that read as sentences, with the block position they precede
    alts: list[tuple[int, str]] = field(default_factory=list)
    #: text of hidden elements, with the block position it precedes, for the audit trail
    hidden: list[tuple[int, str]] = field(default_factory=list)


_WORD = re.compile(r"\w+")
_SENTENCE_END = (".", "!", "?", "…", ".”", ".\"", "!”", "?”")
#: elements whose inline children belong to their sentence (a credit there stays inline)
_PROSE_TAGS = frozenset("p li td th dd dt h1 h2 h3 h4 h5 h6 blockquote pre".split())
_HUMP = re.compile(r"([a-z0-9])([A-Z])")
_ROLE_FURNITURE = frozenset({"navigation", "banner", "contentinfo", "complementary", "search",
                             "menu", "menubar", "dialog", "alert", "tablist"})
_ROLE_CONTENT = frozenset({"main", "article"})


def segment(root: etree._Element, *, strict: bool = True) -> Segmented:
    """Cut the tree under ``root`` into blocks. With ``strict`` off, hidden
    elements are read too (the fallback for pages that hide their text)."""
    out = Segmented()
    blocks = out.blocks
    pieces: list[tuple[str, bool]] = []
    owners: list[str] = ["body"]
    stack: list[tuple[int, bool, Mark | None, str] | None] = []
    cache: dict[str, Mark | None] = {}
    in_link = 0
    #: caption-classed elements too long to be one, open around the walk
    long_captions = 0

    def flush() -> None:
        if not pieces:
            return
        text = squash("".join(t for t, _ in pieces))
        linked = [t for t, is_link in pieces if is_link]
        pieces.clear()
        if not text:
            return
        words = len(_WORD.findall(text))
        if not words:
            return
        link_words = sum(len(_WORD.findall(t)) for t in linked) if linked else 0
        tag = owners[-1]
        kind = Kind.HEADING if tag in rules.HEADING_TAGS else Kind.TEXT
        blocks.append(Block(text, words, min(link_words, words), tag, kind))

    walker = etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        tag = el.tag
        if event == "start":
            if not isinstance(tag, str):
                walker.skip_subtree()
                stack.append(None)
                continue
            mark = _mark(el, tag, cache)
            if tag in rules.SKIP_TAGS or (strict and mark is Mark.HIDDEN):
                if mark is Mark.HIDDEN and tag not in rules.SKIP_TAGS:
                    text = squash(" ".join(text_pieces(el)))
                    if text:
                        out.hidden.append((len(blocks), text))
                walker.skip_subtree()
                stack.append(None)
                continue
            if mark is Mark.CAPTION and not long_captions and _short(el):
                flush()
                caption = caption_of(el, cache)
                if caption is not None:
                    blocks.append(Block(caption.text, len(_WORD.findall(caption.text)), 0, tag,
                                        Kind.CAPTION, caption=caption))
                walker.skip_subtree()
                stack.append(None)
                continue
            is_block = tag in rules.BLOCK_TAGS or (mark is Mark.CREDIT and owners[-1] not in _PROSE_TAGS)
            if is_block:
                flush()
                owners.append(tag)
            elif tag in rules.CELL_TAGS:
                pieces.append((" ", False))
            elif tag == "img":
                alt = _alt_text(el)
                if alt:
                    out.alts.append((len(blocks), alt))
            if tag == "a":
                in_link += 1
            if mark is Mark.CAPTION:
                long_captions += 1
            stack.append((len(blocks), is_block, mark, tag))
            if el.text:
                pieces.append((el.text, in_link > 0))
        else:
            entry = stack.pop()
            if entry is not None:
                start, is_block, mark, tag = entry
                if is_block:
                    flush()
                    owners.pop()
                if tag == "a":
                    in_link -= 1
                if mark is Mark.CAPTION:
                    long_captions -= 1
                if len(blocks) > start:
                    if mark is Mark.CREDIT and len(blocks) - start == 1:
                        blocks[start].kind = Kind.CREDIT
                    out.spans.append(Span(el, start, len(blocks), mark))
            if el.tail:
                pieces.append((el.tail, in_link > 0))
    flush()
    return out


def _mark(el: etree._Element, tag: str, cache: dict[str, Mark | None]) -> Mark | None:
    attrib = el.attrib
    if not attrib or tag in rules.PAGE_TAGS:
        return _TAG_MARKS.get(tag)
    if "hidden" in attrib or attrib.get("aria-hidden") == "true":
        return Mark.HIDDEN
    style = attrib.get("style")
    if style and rules.HIDDEN_STYLE.search(style):
        return Mark.HIDDEN
    itemprop = attrib.get("itemprop")
    if itemprop:
        itemprop = itemprop.lower()
        if itemprop in rules.CAPTION_ITEMPROPS:
            return Mark.CAPTION
        if itemprop == "articlebody":
            return Mark.CONTENT
    role = attrib.get("role")
    if role:
        role = role.lower()
        if role in _ROLE_FURNITURE:
            return Mark.FURNITURE
        if role in _ROLE_CONTENT:
            return Mark.CONTENT
    names = attrib.get("class", "") + " " + attrib.get("id", "")
    if names != " ":
        if names in cache:
            mark = cache[names]
        else:
            mark = cache[names] = _names_mark(attrib.get("class", ""), attrib.get("id", ""))
        if mark is not None:
            return mark
    return _TAG_MARKS.get(tag)


_TAG_MARKS = {t: Mark.FURNITURE for t in rules.FURNITURE_TAGS} | {"figcaption": Mark.CAPTION}


def _names_mark(classes: str, ident: str) -> Mark | None:
    tokens = _HUMP.sub(r"\1-\2", classes).lower().split()
    if any(t in rules.HIDDEN_CLASSES for t in tokens) and \
            not any(rules.SHOWN_AT_SOME_WIDTH.match(t) for t in tokens):
        return Mark.HIDDEN
    names = " ".join([t for t in tokens if ":" not in t and not rules.MODIFIER_CLASS.search(t)]
                     + [_HUMP.sub(r"\1-\2", ident).lower()])
    if rules.CAPTION_NAMES.search(names):
        return Mark.CAPTION
    if rules.CREDIT_NAMES.search(names):
        return Mark.CREDIT
    if rules.FURNITURE_NAMES.search(names):
        return Mark.FURNITURE
    if rules.CONTENT_NAMES.search(names):
        return Mark.CONTENT
    return None


def text_pieces(el: etree._Element) -> list[str]:
    """The element's visible text, one piece per text node (scripts and styles left out)."""
    pieces = []
    walker = etree.iterwalk(el, events=("start", "end"))
    for event, node in walker:
        if event == "start":
            if not isinstance(node.tag, str) or node.tag in rules.SKIP_TAGS:
                walker.skip_subtree()
            elif node.text and node.text.strip():
                pieces.append(node.text)
        elif node is not el and node.tail and node.tail.strip():
            pieces.append(node.tail)
    return pieces


def shown_text(el: etree._Element) -> str:
    """The element's text as a browser shows it: block and cell boundaries
    are spaces ('<h1><div>Home</div><p>The' is 'Home The', not 'HomeThe'),
    scripts and styles left out, whitespace squashed."""
    pieces = []
    walker = etree.iterwalk(el, events=("start", "end"))
    for event, node in walker:
        apart = isinstance(node.tag, str) and (node.tag in rules.BLOCK_TAGS or node.tag in rules.CELL_TAGS)
        if event == "start":
            if not isinstance(node.tag, str) or node.tag in rules.SKIP_TAGS:
                walker.skip_subtree()
                continue
            if apart:
                pieces.append(" ")
            if node.text:
                pieces.append(node.text)
        else:
            if apart:
                pieces.append(" ")
            if node is not el and node.tail:
                pieces.append(node.tail)
    return squash("".join(pieces))


def squash(text: str) -> str:
    """Text as a browser shows it: every run of whitespace, newlines included, one space."""
    return " ".join(text.split())


def caption_of(el: etree._Element, cache: dict[str, Mark | None]) -> Caption | None:
    """The caption an element holds, its credit taken from a credit-classed
    child or split off its text ("... Photo: Reuters")."""
    credit = None
    for child in el.iterdescendants():
        if isinstance(child.tag, str) and _mark(child, child.tag, cache) is Mark.CREDIT:
            credit = shown_text(child) or None
            if credit:
                break
    text = shown_text(el)
    if credit:
        text = squash(text.replace(credit, " ", 1))
    if not text and not credit:
        return None
    described, found = split_credit(text) if text else ("", None)
    if not credit and found:
        credit = found
    if not described.strip(" .,;:|/-–—"):
        described = text or credit or ""
    return Caption(text=described, credit=_strip_label(credit) if credit else None)


_CREDIT_LABEL = re.compile(r"^(?:(?:photo|image|picture|credit|foto|bild)s?\s*(?:credit)?\s*[:.…]+\s*|by\s+)",
                           re.IGNORECASE)


def _strip_label(credit: str) -> str:
    text, found = split_credit(credit)
    if found and not text.strip():
        credit = found
    return _CREDIT_LABEL.sub("", credit).strip() or credit


def _short(el: etree._Element) -> bool:
    return len(_WORD.findall(el.text_content())) <= rules.CAPTION_MAX_WORDS


def _alt_text(img: etree._Element) -> str | None:
    """The image's alt or title text when it reads as a sentence, not a file
    name or a few keywords."""
    for attr in ("alt", "title"):
        value = img.get(attr)
        if value:
            text = squash(value)
            if len(text.split()) >= 6 and text.endswith(_SENTENCE_END):
                return text
    return None
