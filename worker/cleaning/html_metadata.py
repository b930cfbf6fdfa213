"""Page metadata from HTML markup: title, author, publication date, canonical
URL and language.

Sources, most trusted first: schema.org JSON-LD and microdata, then Open
Graph / Dublin Core / ``<meta>`` tags, then the visible page (``<h1>``,
``<time>``, author links, byline elements, a date in the URL).
"""
from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from lxml import etree

from .html_blocks import Block, Kind, Segmented, shown_text, squash, text_pieces
from .html_dates import iso_date, text_date, url_date
from .rules import html_meta as rules
from .unspaced import text_words


@dataclass(frozen=True)
class PageMetadata:
    title: str | None = None
    author: str | None = None
    published_at: str | None = None
    url: str | None = None
    lang: str | None = None


def read_metadata(root: etree._Element) -> PageMetadata:
    metas = _meta_tags(root)
    linked = list(_json_ld_objects(root))
    article = _main_entity(linked)
    return PageMetadata(
        title=_title(root, metas, article, linked),
        author=_author(root, metas, article, linked),
        published_at=_published(root, metas, article, linked, _lang(root, metas)),
        url=_canonical(root, metas),
        lang=_lang(root, metas),
    )


def date_on_page(page: Segmented, start: int, title: str | None, url: str | None,
                 lang: str | None = None) -> str | None:
    """For a page whose markup declares no date: the date in a short line
    nearest the headline (or the article's start, ``start``), else the URL's;
    ``lang`` is the page's language (:func:`~.html_dates.text_date`)."""
    for block in _near_headline(page, start, title):
        found = text_date(block.text, lang)
        if found:
            return found
    return url_date(url)


def _near_headline(page: Segmented, start: int, title: str | None) -> list[Block]:
    """The short blocks around the headline, nearest first: where bylines and
    datelines sit."""
    blocks = page.blocks
    anchor = next((i for i, b in enumerate(blocks) if b.kind is Kind.HEADING and b.text == title), start)
    low, high = max(0, anchor - _DATE_BEFORE), min(len(blocks), max(anchor, start) + _DATE_AFTER)
    return [blocks[p] for p in sorted(range(low, high), key=lambda p: abs(p - anchor))
            if blocks[p].words <= _DATELINE_WORDS]


#: author elements read before giving up (bounds the work on pathological pages)
_BYLINE_TRIES = 40
#: how far from the headline a dateline is looked for, in blocks
_DATE_BEFORE, _DATE_AFTER = 4, 15
_DATELINE_WORDS = 25


# --- sources ------------------------------------------------------------------------------

def _meta_tags(root: etree._Element) -> dict[str, str]:
    """``<meta>`` contents by lowercased name, property or itemprop; first one wins."""
    found: dict[str, str] = {}
    for tag in root.iter("meta"):
        content = tag.get("content")
        if content is None:
            continue
        content = squash(html.unescape(content))
        if not content:
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = tag.get(attr)
            if key:
                found.setdefault(key.strip().lower(), content)
    return found


def _json_ld_objects(root: etree._Element) -> Iterator[dict[str, Any]]:
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text, strict=False)
        except ValueError:
            continue
        yield from _objects(data, 0)


def _objects(data: Any, depth: int) -> Iterator[dict[str, Any]]:
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _objects(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _objects(data["@graph"], depth + 1)


def _types(obj: dict[str, Any]) -> set[str]:
    value = obj.get("@type")
    values = value if isinstance(value, list) else [value]
    return {v.lower() for v in values if isinstance(v, str)}


def _main_entity(objects: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The JSON-LD object describing the article (else the page)."""
    for wanted in (rules.ARTICLE_TYPES, rules.PAGE_TYPES):
        for obj in objects:
            if _types(obj) & wanted:
                return obj
    return None


# --- fields -------------------------------------------------------------------------------

def _title(root: etree._Element, metas: dict[str, str], article: dict[str, Any] | None,
           objects: list[dict[str, Any]]) -> str | None:
    """The headline: the page's ``<h1>`` when the declared titles (JSON-LD,
    Open Graph, ``<title>``) confirm it, else the first declared title without
    the site's name, else the first ``<h1>``."""
    site = _site_name(metas, objects)
    declared = [t for t in (_text(article.get("headline")) if article else None, metas.get("og:title"),
                            metas.get("twitter:title"), _title_tag(root)) if t]
    headlines = [_without_site_name(d, site) for d in declared]
    headings = [h for h in (shown_text(h1) for h1 in _first(root.iter("h1"), 3))
                if h and h.lower() != site]
    for heading in headings:
        low = heading.lower()
        for headline in headlines:
            if low == headline.lower():
                return headline if heading.isupper() and not headline.isupper() else heading
    for heading in headings:
        if _several_words(heading) and any(heading.lower() in d.lower() for d in declared):
            return heading
    for headline in headlines:
        if headline and headline.lower() != site:
            return headline
    return headings[0] if headings else None


def _several_words(heading: str) -> bool:
    """Two words or more, words of a script written without spaces counted by its characters."""
    return text_words(heading) >= 2


def _site_name(metas: dict[str, str], objects: list[dict[str, Any]]) -> str:
    """The site's name, lowercased ("" when the page does not say)."""
    for key in ("og:site_name", "application-name", "apple-mobile-web-app-title"):
        if metas.get(key):
            return metas[key].lower()
    for obj in objects:
        if _types(obj) & {"website", "organization", "newsmediaorganization"}:
            name = _text(obj.get("name"))
            if name:
                return name.lower()
    return ""


def _title_tag(root: etree._Element) -> str | None:
    for title in root.iter("title"):
        text = squash(title.text_content())
        if text:
            return text
    return None


def _without_site_name(title: str, site: str) -> str:
    """"Headline | Site" -> "Headline": the parts that are not the site's name,
    else the first part."""
    parts = [p.strip() for p in rules.TITLE_SEPARATOR.split(title) if p.strip()]
    if len(parts) < 2:
        return title
    if site:
        rest = [p for p in parts if p.lower() != site and p.lower() not in site]
        if rest and len(rest) < len(parts):
            return " - ".join(rest) if len(rest) > 1 else rest[0]
    return parts[0]


def _author(root: etree._Element, metas: dict[str, str], article: dict[str, Any] | None,
            objects: list[dict[str, Any]]) -> str | None:
    """People first: JSON-LD persons, ``<meta>`` authors, byline markup; an
    organisation named as the author only when no person is."""
    people, organisations = _authors(article.get("author") if article else None, objects)
    if people:
        return _join_names(people)
    for key in rules.AUTHOR_METAS:
        name = _name(metas.get(key) or "")
        if name:
            return name
    name = _byline_in_markup(root)
    if name:
        return name
    return _join_names(organisations) if organisations else None


def _authors(value: Any, objects: list[dict[str, Any]]) -> tuple[list[str], list[str]]:
    """JSON-LD author names: (persons, organisations)."""
    people: list[str] = []
    organisations: list[str] = []
    for item in value if isinstance(value, list) else [value]:
        kind = "person"
        if isinstance(item, dict):
            if "@id" in item and "name" not in item:
                item = next((o for o in objects if o.get("@id") == item["@id"] and "name" in o), item)
            if _types(item) & {"organization", "newsmediaorganization", "corporation", "website"}:
                kind = "organisation"
            name = _name(_text(item.get("name")) or "")
        else:
            name = _name(_text(item) or "")
        target = people if kind == "person" else organisations
        if name and name not in target:
            target.append(name)
    return people, organisations


def _byline_in_markup(root: etree._Element) -> str | None:
    tried = 0
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in rules.NOT_BYLINE_TAGS:
            continue
        attrib = el.attrib
        if attrib.get("rel") == "author" or (attrib.get("itemprop") or "").lower() == "author" or \
                rules.AUTHOR_HREF.search(attrib.get("href") or "") or \
                rules.AUTHOR_NAMES.search(f"{attrib.get('class', '')} {attrib.get('id', '')}".lower()):
            tried += 1
            if tried > _BYLINE_TRIES:
                return None
            for piece in text_pieces(el):
                name = _name(piece)
                if name:
                    return name
    return None


def author_on_page(page: Segmented, start: int, title: str | None) -> str | None:
    """For a page whose markup names no author: a "By Jane Doe" line near the
    headline (or the article's start, ``start``)."""
    for block in _near_headline(page, start, title):
        if rules.BYLINE_PREFIX.match(block.text):
            name = _name(rules.BYLINE_END.split(block.text)[0])
            if name:
                return name
    return None


def _name(value: str) -> str | None:
    """A person's or organisation's name from a byline, or None when the
    text does not read as one ("Name *", "admin", a date, a sentence)."""
    value = rules.BYLINE_PREFIX.sub("", squash(value))
    value = rules.BYLINE_END.split(value)[0].strip(" ,|-–—:•·*\"'“”")
    if not value or value.startswith(("http://", "https://", "@")) or len(value) > 80:
        return None
    words = value.split()
    if len(words) > 8 or any(c.isdigit() for c in value) or value.endswith((":", "*")):
        return None
    if len(words) == 1 and value.islower():
        return None
    if value.lower() in rules.NOT_NAMES:
        return None
    return value


def _join_names(names: list[str]) -> str:
    return names[0] if len(names) == 1 else (" and " if len(names) == 2 else ", ").join(names)


def _published(root: etree._Element, metas: dict[str, str], article: dict[str, Any] | None,
               objects: list[dict[str, Any]], lang: str | None) -> str | None:
    if article:
        for key in ("datePublished", "dateCreated", "uploadDate"):
            found = iso_date(_text(article.get(key)))
            if found:
                return found
    for key in rules.DATE_METAS:
        found = iso_date(metas.get(key))
        if found:
            return found
    for obj in objects:
        found = iso_date(_text(obj.get("datePublished")))
        if found:
            return found
    for el in root.iter("time"):
        found = iso_date(el.get("datetime")) or iso_date(shown_text(el), lang)
        if found:
            return found
    return None


def _canonical(root: etree._Element, metas: dict[str, str]) -> str | None:
    for link in root.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        href = (link.get("href") or "").strip()
        if "canonical" in rel and href.startswith(("http://", "https://")):
            return href
    url = metas.get("og:url")
    return url if url and url.startswith(("http://", "https://")) else None


def _lang(root: etree._Element, metas: dict[str, str]) -> str | None:
    for value in (root.get("lang"), root.get("xml:lang"), metas.get("content-language"),
                  metas.get("og:locale"), metas.get("language")):
        code = (value or "").replace("_", "-").split("-")[0].strip().lower()
        if re.fullmatch(r"[a-z]{2,3}", code):
            return code
    return None


def _text(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value")
    if isinstance(value, str):
        return squash(html.unescape(value)) or None
    return None


def _first(items: Iterator[Any], n: int) -> list[Any]:
    out = []
    for item in items:
        out.append(item)
        if len(out) == n:
            break
    return out
