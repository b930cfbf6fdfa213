"""Where pages declare their metadata: schema.org types, ``<meta>`` names,
class names of author elements, and the shapes of titles and bylines."""
from __future__ import annotations

import re

from .stopwords import UNSPACED_SCRIPTS

#: schema.org types of an article (lowercased), preferred over the page's own
ARTICLE_TYPES: frozenset[str] = frozenset("""
    article newsarticle blogposting reportagenews analysisnewsarticle opinionnewsarticle
    reviewnewsarticle backgroundnewsarticle techarticle scholarlyarticle socialmediaposting
    liveblogposting report posting howto recipe review
""".split())
PAGE_TYPES: frozenset[str] = frozenset("webpage itempage aboutpage collectionpage faqpage".split())

#: ``<meta>`` names and properties that carry the author, most specific first
AUTHOR_METAS: tuple[str, ...] = (
    "article:author", "author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator",
    "byl", "twitter:creator:name", "cxenseparse:author",
)

#: ``<meta>`` names and properties that carry the publication date
DATE_METAS: tuple[str, ...] = (
    "article:published_time", "og:published_time", "article:published", "datepublished",
    "published_time", "publish-date", "publishdate", "publish_date", "pubdate", "parsely-pub-date",
    "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "date",
    "dc.date.created", "dcterms.created", "article.published", "cxenseparse:recs:publishtime",
    "og:article:published_time", "datecreated",
)

#: class/id names of an element holding the author's name
AUTHOR_NAMES = re.compile(r"(?<![a-z0-9])(?:author-?name|authorname|byline__name|byline-name|"
                          r"article-?author|post-?author|entry-?author|author)(?![a-z0-9])")

#: "By Jane Doe" -> "Jane Doe"
BYLINE_PREFIX = re.compile(
    r"^(?:(?:written|posted|words|reviewed|reported|edited)\s+)?(?:by|von|par|por|door)\s*:?\s*(?=\w)|"
    r"^(?:author|autor|auteur)\s*:\s*", re.IGNORECASE)
#: where a byline's name ends: a separator, a date, "on ...", "| 5 min read"
BYLINE_END = re.compile(
    r"\s*(?:[|•·]|\s[-–—]\s|\bon\s+\w|\bin\s+[A-Z]|\bupdated\b|\bpublished\b|\blast\s|\d|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)", re.IGNORECASE)

#: links to an author's page ("/author/jane-doe", "/authors/jane")
AUTHOR_HREF = re.compile(r"/(?:author|authors|writers?|contributors?|people|profiles?)/[\w.-]+/?$")

#: elements whose text is never a byline
NOT_BYLINE_TAGS: frozenset[str] = frozenset(
    "html body head script style meta link form input textarea".split())

#: texts an author element holds that are not a name (lowercased)
NOT_NAMES: frozenset[str] = frozenset({
    "author", "authors", "the author", "about the author", "admin", "administrator", "editor",
    "staff", "guest", "anonymous", "unknown", "name", "written by", "posted by", "by",
})

#: the letters of scripts written without spaces between words (ideographs, kana, Thai)
UNSPACED_LETTERS = "".join(f"{chr(first)}-{chr(last)}"
                           for _, blocks, _ in UNSPACED_SCRIPTS for first, last in blocks)
#: separators between a headline and the site name in ``<title>``; Chinese and Japanese
#: sites set a full-width bar, or "_" before the name, with no spaces
TITLE_SEPARATOR = re.compile(rf"\s+[|–—·•»]\s+|\s+-\s+|\s+::\s+|\s*｜\s*|(?<=\S)_(?=[{UNSPACED_LETTERS}])")
#: the characters of which a title separator holds one: a text with none has no separator
TITLE_SEPARATOR_CHARS = frozenset("|–—·•»-:｜_")
