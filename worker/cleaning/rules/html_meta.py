"""Where pages declare their metadata: schema.org types, ``<meta>`` names,
class names of author elements, and the shapes of titles and bylines."""
from __future__ import annotations

import re

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
BYLINE_PREFIX = re.compile(r"^(?:(?:written|posted|words|reviewed|reported)\s+)?(?:by|von|par|por|door)"
                           r"\s*:?\s+", re.IGNORECASE)

#: separators between a headline and the site name in ``<title>``
TITLE_SEPARATOR = re.compile(r"\s+[|–—·•»]\s+|\s+-\s+|\s+::\s+")
