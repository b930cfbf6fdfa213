"""Publication dates as written in markup and on pages, made ISO 8601."""
from __future__ import annotations

import re

from .rules.credits import by_first_letter
from .rules.dates import (
    ALL_MONTHS,
    ALL_SOLAR_MONTHS,
    BEFORE_MONTH,
    BEFORE_YEAR,
    BETWEEN_MONTH_NAMES,
    BUDDHIST_ERA,
    BUDDHIST_ERA_FROM,
    BUDDHIST_ERA_MONTHS,
    DAY_MARKS,
    DAY_ORDINAL,
    DAY_WORDS,
    LANGUAGE_MONTHS,
    MONTH_MARKS,
    MONTH_NUMBERS,
    MONTH_WORDS,
    MONTHS_AFTER_YEAR,
    MONTHS_FIRST,
    SLASH_MONTH_FIRST_LANGUAGES,
    SOLAR_MONTH_NUMBERS,
    SOLAR_MONTH_WORD,
    YEAR_MARKS,
    YEAR_WORDS,
    plain,
)
from .solar_hijri import gregorian

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?)"
                  r"\s*(Z|[+-]\d{2}:?\d{2})?)?")
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?\b")
_SLASHED = re.compile(r"\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b")
_NUMERIC = re.compile(r"\b(\d{1,2})([/.])(\d{1,2})[/.](\d{4})\b")
#: numbers with a space after each dot, the year first ("2024. 12. 5.") or last ("5. 12. 2024")
_SPACED_YEAR_FIRST = re.compile(r"\b(\d{4})\.\s(\d{1,2})\.\s(\d{1,2})\.")
_SPACED_DAY_FIRST = re.compile(r"\b(\d{1,2})\.\s(\d{1,2})\.\s(\d{4})(?!\d)")
_IN_URL = re.compile(r"/(\d{4})[/-](\d{2})[/-](\d{2})(?:/|-|$)")
_MONTH_FIRST = re.compile(rf"\b({by_first_letter(MONTHS_FIRST)})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?[.,]?"
                          rf"\s+(\d{{4}})(?!\d)", re.IGNORECASE)
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:{DAY_ORDINAL})?(?:\.\s*|\s+)(?:{BEFORE_MONTH})?"
                        rf"({by_first_letter(ALL_MONTHS)})\.?(?:{BETWEEN_MONTH_NAMES}(?:{by_first_letter(ALL_MONTHS)}))?"
                        rf",?\s+(?:{BEFORE_YEAR})?(\d{{4}})(?!\d)",
                        re.IGNORECASE)
_YEAR_FIRST = re.compile(rf"\b(\d{{4}})\.\s+({MONTHS_AFTER_YEAR})\.?\s+(\d{{1,2}})\b", re.IGNORECASE)
_NUMBERED_DAY_FIRST = re.compile(rf"(?<!\w)(?:(?:{DAY_WORDS})\s+)?(\d{{1,2}})\s+(?:{MONTH_WORDS})\s+"
                                 rf"(\d{{1,2}})(?:,|\s+(?:{YEAR_WORDS}))?\s+(\d{{4}})(?!\d)", re.IGNORECASE)
_NUMBERED_YEAR_FIRST = re.compile(rf"(?<!\d)(\d{{4}})\s*(?:{YEAR_MARKS})\s*(\d{{1,2}})\s*(?:{MONTH_MARKS})"
                                  rf"\s*(\d{{1,2}})\s*(?:{DAY_MARKS})")
_SOLAR = re.compile(rf"(?<!\w)(\d{{1,2}})\s+({ALL_SOLAR_MONTHS})(?:\s*{SOLAR_MONTH_WORD})?\s+(\d{{4}})(?!\d)")
#: a Chinese or Japanese date, each number followed by its character: "2024年12月5日"
_HAN_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_YEAR_CHARACTER = "年"


def iso_date(value: str | None, lang: str | None = None) -> str | None:
    """``value`` as ISO 8601 (date, or date and time when it has one), or None; ``lang``, the
    page's language, where known (:func:`text_date`)."""
    if not value:
        return None
    m = _ISO.match(value)
    if m:
        year, month, day, clock, zone = m.groups()
        date = _date(year, month, day)
        if date and clock:
            clock = clock if clock.count(":") == 2 else clock + ":00"
            zone = "" if not zone else ("Z" if zone == "Z" else zone[:3] + ":" + zone[-2:])
            return f"{date}T{clock.split('.')[0].zfill(8)}{zone}"
        return date
    m = _COMPACT.match(value)
    if m and len(value.strip()) in (8, 13, 15, 16):
        return _date(*m.group(1, 2, 3))
    return text_date(value, lang)


def text_date(text: str, lang: str | None = None) -> str | None:
    """The first date written out in ``text`` ("November 19, 2019", "19 Nov 2019",
    "2019/11/19", "19.11.2019", "10/31/2024": slashes month first, dots day
    first, unless the numbers say otherwise), its month named in any language of
    :mod:`.rules.dates` ("12. März 2024", "1er juillet 2023", "5 de mayo de 2022", the
    year first where the language writes it so: "2024. március 12.", "2024年12月5日", its month a number
    between words: "ngày 5 tháng 12 năm 2024", "2024년 12월 5일", or of the Solar Hijri calendar:
    "۱۵ آذر ۱۴۰۳", "۱۴۰۳/۰۹/۱۵").
    ``lang``, the page's language where known, tells the month a spelling names where languages
    differ (:data:`.rules.dates.LANGUAGE_MONTHS`) and which number of a date of slashes is the day."""
    found = first_text_date(text, lang)
    return found[0] if found else None


def first_text_date(text: str, lang: str | None = None) -> tuple[str, int] | None:
    """The first date written out in ``text`` (:func:`text_date`) and where it ends, or None."""
    found = []
    for pattern, order in ((_MONTH_FIRST, (3, 1, 2)), (_DAY_MONTH, (3, 2, 1)), (_SLASHED, (1, 2, 3)),
                           (_YEAR_FIRST, (1, 2, 3)), (_NUMBERED_DAY_FIRST, (3, 2, 1)),
                           (_NUMBERED_YEAR_FIRST, (1, 2, 3)), (_SPACED_YEAR_FIRST, (1, 2, 3)),
                           (_SPACED_DAY_FIRST, (3, 2, 1))):
        m = pattern.search(text)
        if m:
            year, month, day = (m.group(i) for i in order)
            date = _date(year, month, day, lang=lang) or (_solar_date(year, month, day) if pattern is _SLASHED
                                                          else None)
            if date:
                found.append((m.start(), date, m.end()))
    m = _SOLAR.search(text)
    if m:
        date = _solar_date(m.group(3), str(SOLAR_MONTH_NUMBERS[m.group(2)]), m.group(1))
        if date:
            found.append((m.start(), date, m.end()))
    m = _HAN_DATE.search(text) if _YEAR_CHARACTER in text else None
    if m:
        date = _date(*m.groups())
        if date:
            found.append((m.start(), date, m.end()))
    m = _NUMERIC.search(text)
    if m:
        first, sep, second, year = m.groups()
        slash_month_first = lang is None or lang in SLASH_MONTH_FIRST_LANGUAGES
        month_first = (sep == "/" and int(first) <= 12 and slash_month_first) or int(second) > 12
        date = _date(year, first, second) if month_first else _date(year, second, first)
        if date:
            found.append((m.start(), date, m.end()))
    return min(found)[1:] if found else None


def _solar_date(year: str, month: str, day: str) -> str | None:
    """The Gregorian date of a Solar Hijri one ("۱۴۰۳/۰۹/۱۵": its years are 1300 to 1500)."""
    found = gregorian(int(year), int(month), int(day))
    return _date(str(found.year), str(found.month), str(found.day)) if found else None


def url_date(url: str | None) -> str | None:
    """A date in a URL's path ("/2019/11/19/", "/2019-11-19-")."""
    m = _IN_URL.search(url or "")
    return _date(*m.groups()) if m else None


def _date(year: str, month: str, day: str, lang: str | None = None) -> str | None:
    """The ISO date of numbers and a month's number or name; a month's name in capitals is its
    lower case without the marks that lowering adds (Turkish "NİSAN": "ni̇san"), and a year of the
    Buddhist era with a Thai month its Gregorian year ("ธันวาคม 2567": 2024)."""
    y, d = int(year), int(day)
    if month.isdigit():
        month_no = int(month)
    else:
        spelling = " ".join(month.lower().rstrip(".").split())
        if spelling not in MONTH_NUMBERS:
            spelling = plain(spelling)
        month_no = LANGUAGE_MONTHS.get(lang or "", {}).get(spelling) or MONTH_NUMBERS.get(spelling)
        if y >= BUDDHIST_ERA_FROM and spelling in BUDDHIST_ERA_MONTHS:
            y -= BUDDHIST_ERA
    if not month_no or not (1 <= month_no <= 12 and 1 <= d <= 31 and 1990 <= y <= 2100):
        return None
    return f"{y:04d}-{month_no:02d}-{d:02d}"
