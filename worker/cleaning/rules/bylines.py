"""Shapes of bylines and datelines: lines that sit between a headline and the
article and are neither."""
from __future__ import annotations

import re

_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
    r"januar|februar|märz|mai|juni|juli|oktober|dezember|"
    r"janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|"
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
)

BYLINE = re.compile(
    r"^(?:by|written by|posted by|words by|von|par|por|di|door|autor|author:?)\s+\S",
    re.IGNORECASE,
)

DATELINE = re.compile(
    rf"^(?:(?:published|updated|posted|last updated|modified)\s*:?\s*(?:on\s+)?)?"
    rf"(?:\w+day,?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\.?\s+(?:{_MONTHS})\.?|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?|"
    rf"\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}})",
    re.IGNORECASE,
)

#: "5 min read", "Reading time: 3 minutes"
READING_TIME = re.compile(r"^(?:\d+\s*min(?:ute)?s?\s+read|reading time\b.*)$", re.IGNORECASE)

#: Lines that open an article's text right after its headline: a byline, a
#: date, the reading time, a table of contents or a breadcrumb trail.
OPENER = re.compile(
    r"^(?:by\b|written by|posted by|posted on|published|updated|last updated|"
    r"\d+\s*min(?:ute)?s?\s+read|reading time|table of contents|in this article|on this page|"
    r"home\b.*[/›»>])",
    re.IGNORECASE,
)
