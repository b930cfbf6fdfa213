"""Page metadata from HTML markup: title, author, publication date, canonical
URL and language.

Sources, most trusted first: schema.org JSON-LD and microdata, then Open
Graph / Dublin Core / ``<meta>`` tags, then the visible page (``<h1>``,
``<time>``, author links, byline elements, a date in the URL).
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from lxml import etree

from .html_blocks import squash
from .html_dates import iso_date
from .rules import html_meta as rules


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
        title=_title(root, metas, article),
        author=_author(root, metas, article, linked),
        published_at=_published(root, metas, article, linked),
        url=_canonical(root, metas),
        lang=_lang(root, metas),
    )


# --- sources ------------------------------------------------------------------------------

def _meta_tags(root: etree._Element) -> dict[str, str]:
    """``<meta>`` contents by lowercased name, property or itemprop; first one wins."""
    found: dict[str, str] = {}
    for tag in root.iter("meta"):
        content = tag.get("content")
        if content is None:
            continue
        content = squash(content)
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

def _title(root: etree._Element, metas: dict[str, str], article: dict[str, Any] | None) -> str | None:
    declared = [t for t in (_text(article.get("headline")) if article else None,
                            metas.get("og:title"), metas.get("twitter:title"), _title_tag(root)) if t]
    headings = [h for h in (squash(h1.text_content()) for h1 in _first(root.iter("h1"), 3)) if h]
    for heading in headings:
        low = heading.lower()
        if any(low in d.lower() for d in declared):
            return heading
    for title in declared:
        stripped = _without_site_name(title)
        if stripped:
            return stripped
    return headings[0] if headings else None


def _title_tag(root: etree._Element) -> str | None:
    for title in root.iter("title"):
        text = squash(title.text_content())
        if text:
            return text
    return None


def _without_site_name(title: str) -> str:
    """"Headline | Site" -> "Headline": the longest part between separators."""
    parts = [p.strip() for p in rules.TITLE_SEPARATOR.split(title) if p.strip()]
    return max(parts, key=len) if len(parts) > 1 else title


def _author(root: etree._Element, metas: dict[str, str], article: dict[str, Any] | None,
            objects: list[dict[str, Any]]) -> str | None:
    if article:
        names = _person_names(article.get("author"), objects)
        if names:
            return _join_names(names)
    for key in rules.AUTHOR_METAS:
        value = metas.get(key)
        if value and not value.startswith(("http://", "https://", "@")):
            return _clean_byline(value)
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        attrib = el.attrib
        if attrib.get("rel") == "author" or (attrib.get("itemprop") or "").lower() == "author" or \
                rules.AUTHOR_NAMES.search(f"{attrib.get('class', '')} {attrib.get('id', '')}".lower()):
            name = _clean_byline(squash(el.text_content()))
            if name and len(name.split()) <= 6:
                return name
    return None


def _person_names(value: Any, objects: list[dict[str, Any]]) -> list[str]:
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        if isinstance(item, dict):
            name = _text(item.get("name"))
            if not name and "@id" in item:
                ref = next((o for o in objects if o.get("@id") == item["@id"] and o is not item), None)
                name = _text(ref.get("name")) if ref else None
        else:
            name = _text(item)
        if name and not name.startswith(("http://", "https://")) and name not in names:
            names.append(name)
    return names


def _join_names(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _clean_byline(value: str) -> str | None:
    value = rules.BYLINE_PREFIX.sub("", squash(value)).strip(" ,|-–—:")
    return value or None


def _published(root: etree._Element, metas: dict[str, str], article: dict[str, Any] | None,
               objects: list[dict[str, Any]]) -> str | None:
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
        found = iso_date(el.get("datetime")) or iso_date(squash(el.text_content()))
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
        return squash(value) or None
    return None


def _first(items: Iterator[Any], n: int) -> list[Any]:
    out = []
    for item in items:
        out.append(item)
        if len(out) == n:
            break
    return out
