"""Page metadata from HTML markup: meta tags, canonical link, <html lang>."""
from __future__ import annotations

import re
from dataclasses import dataclass

from bs4 import BeautifulSoup

from .normalize import normalize_line

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?")


@dataclass(frozen=True)
class PageMetadata:
    title: str | None = None
    author: str | None = None
    published_at: str | None = None
    url: str | None = None
    lang: str | None = None


def read_metadata(soup: BeautifulSoup) -> PageMetadata:
    return PageMetadata(
        title=_meta(soup, "og:title", "twitter:title") or _title_tag(soup),
        author=_meta(soup, "author", "article:author", "parsely-author", "dc.creator"),
        published_at=_date(_meta(soup, "article:published_time", "datePublished", "pubdate",
                                 "publish-date", "dc.date", "date")),
        url=_canonical(soup),
        lang=_lang(soup),
    )


def _meta(soup: BeautifulSoup, *names: str) -> str | None:
    wanted = {n.lower() for n in names}
    for tag in soup.find_all("meta"):
        key = (tag.get("property") or tag.get("name") or tag.get("itemprop") or "").lower()
        if key in wanted:
            value = normalize_line(tag.get("content") or "")
            if value and not value.startswith("http"):
                return value
    return None


def _title_tag(soup: BeautifulSoup) -> str | None:
    h1 = soup.find("h1")
    if h1 and normalize_line(h1.get_text(" ")):
        return normalize_line(h1.get_text(" "))
    if soup.title and soup.title.string:
        return normalize_line(soup.title.string) or None
    return None


def _canonical(soup: BeautifulSoup) -> str | None:
    for link in soup.find_all("link", href=True):
        rel = link.get("rel") or []
        if "canonical" in [r.lower() for r in rel] and link["href"].startswith("http"):
            return link["href"].strip()
    return None


def _date(value: str | None) -> str | None:
    if not value:
        return None
    m = _ISO_DATE.match(value.strip())
    return m.group(0).replace(" ", "T") if m else None


def _lang(soup: BeautifulSoup) -> str | None:
    html = soup.find("html")
    value = (html.get("lang") if html else None) or ""
    code = value.split("-")[0].split("_")[0].strip().lower()
    return code if re.fullmatch(r"[a-z]{2,3}", code) else None
