"""The author and publication date a plain-text page prints near its headline.

The byline ("By Jane Doe", "Written by" / "Jane Doe", "Von Max Muster") and the
dateline ("Published: 4 March 2025", "Sep 4, 2025") sit just under the headline,
or a few lines above it, before the article's first paragraph. The nearest ones
give the document's ``author`` (the name as printed, co-authors joined as the page
joins them) and ``published_at`` (ISO 8601 by :func:`~.html_dates.iso_date`).
Where nothing reads as one, both stay None: no value rather than a wrong one.
"""
from __future__ import annotations

import re
from collections.abc import Collection

from .html_dates import first_text_date, iso_date
from .language import COMBINING
from .lines import Page
from .rules.boilerplate import WIDGET
from .rules.bylines import (
    AUTHOR_AFTER_DATE,
    AUTHOR_BOX_LABEL,
    AUTHOR_LABEL,
    AUTHOR_LABEL_AT_END,
    AUTHOR_PREFIX,
    BARE_BY,
    BEFORE_DATE,
    DATE_LABEL,
    DATE_LINE,
    DATELINE_PLACE,
    GLUED_DATE,
    GLUED_WORDS,
    INTERVIEWER_END,
    INTERVIEWER_PREFIX,
    KOREAN_REPORTER,
    LONE_JOINER,
    NAME_JOINER,
    NAME_PARTICLES,
    NAME_ROLE_SEPARATOR,
    NAMES_END,
    NOT_NAME_WORDS,
    OTHER_ROLE_END,
    PICTURE_LINE,
    READING_TIME,
    ROLE_WORD,
    SEPARATOR_LINE,
    UNCASED_NAME_LETTER,
    UPDATED_LABEL,
    WIRE_BYLINE,
)
from .rules.html_meta import BYLINE_END, NOT_NAMES

#: lines read under the headline, and above it, for the byline and the date; above it, further
#: for the date alone (a name further up is one of the menus' as often as the author's)
_BELOW, _ABOVE, _DATE_ABOVE = 10, 3, 7
#: lines under the headline read for the headline printed again
_AGAIN_REACH = 40
#: a line of this many words at least in the body is the article's text: the search stops there
_PROSE_WORDS = 20
#: a byline or date line has this many words at most
_LINE_WORDS = 24
#: a name has at most this many words, a byline at most this many names
_NAME_WORDS, _NAMES = 4, 4
#: a name alone on a line has this many words at least
_BARE_NAME_WORDS = 2
#: a person's role on the line under the name ("Senior Editor") has this many words at most
_ROLE_WORDS = 5
#: a label on a line of its own has this many words at most
_LABEL_WORDS = 3
#: a word of a name, the vowel signs of an Indic script's in it ("राहुल")
_NAME_WORD = re.compile(rf"[^\W\d_][\w{COMBINING}'’.-]*")
_DIGIT = re.compile(r"\d")
#: what stands between two dates printed one after the other on a line, or before a date
_BETWEEN_DATES = " |•·,;–—-"


def byline_and_date(page: Page, anchor: int, body: Collection[int], body_text: str, skip: Collection[int],
                    lang: str | None = None) -> tuple[str | None, str | None]:
    """The author and date near the line ``anchor`` (:func:`_near_headline`); where no author
    is printed there, the one an author's box names (:func:`_boxed_author`)."""
    author, date = _near_headline(page, anchor, body, body_text, skip, lang)
    return author or _boxed_author(page), date


def _near_headline(page: Page, anchor: int, body: Collection[int], body_text: str, skip: Collection[int],
                   lang: str | None = None) -> tuple[str | None, str | None]:
    """The author and date near the line ``anchor`` (the headline, or the body's
    first line when there is none), from the lines under it and then those above
    it, nearest first, up to the first paragraph of prose of the ``body`` (its lines;
    ``body_text`` is their text) but the headline's standfirst, the line right under it
    (a byline may come under the standfirst); lines in ``skip``
    (captions, the headline) are no byline.
    Where the headline is printed again under it (:func:`_printed_again`), the
    lines around the second print give what the first's do not.
    The date of a last change ("Updated: ...") is not the date published: a page
    that prints no other has none (kept as a fallback, it was wrong 2 times in 5).
    Two dates on lines one under the other are the dates published and last
    changed, in either order: the earlier is the date published. ``lang`` is the page's
    language, where known (:func:`~.html_dates.text_date`)."""
    n = len(page.lines)
    order = []
    for p in range(anchor + 1, min(n, anchor + 1 + _BELOW)):
        if p in body and page.words[p] >= _PROSE_WORDS and not (
                p == anchor + 1 and page.words[anchor] < _PROSE_WORDS):
            break
        order.append(p)
    order += range(anchor - 1, max(-1, anchor - 1 - _DATE_ABOVE), -1)
    author = date = None
    for p in order:
        if page.words[p] > _LINE_WORDS or p in skip or page.lines[p] == page.lines[anchor]:
            continue
        if author is None and p >= anchor - _ABOVE:
            author = _labelled_author(page, p)
            if author is None:
                author = _bare_name(page, p, body_text, p == anchor + 1)
        if date is None and _published_at(page, p):
            date = _date_at(page.lines[p], lang)
            if date is not None and p + 1 < n and p + 1 not in skip and page.words[p + 1] <= _LINE_WORDS \
                    and _published_at(page, p + 1):
                date = min(date, _date_at(page.lines[p + 1], lang) or date)
        if author is not None and date is not None:
            break
    if (author is None or date is None) and (again := _printed_again(page, anchor, body)) is not None:
        other_author, other_date = _near_headline(page, again, body, body_text, skip, lang)
        author, date = author or other_author, date or other_date
    return author, date


def _boxed_author(page: Page) -> str | None:
    """The name under an author's label on a line of its own anywhere on the page (an author's box
    under the article: "Written by" / "Jane Doe"), where every such label names the same person; not
    where a second name follows the first (a box of several authors, one a line: "Written by" / "Jane
    Doe, 5+ years ..." / "John Roe, senior editor": the first alone would be a wrong author)."""
    names = set()
    n = len(page.lines)
    # (the lines of a label's few words opening on a capital, picked for the page at once)
    labels = (page.word_array[:n - 1] <= _LABEL_WORDS) & page.opens_upper[:n - 1]
    for p in labels.nonzero()[0].tolist():
        line = page.lines[p]
        if AUTHOR_BOX_LABEL.match(line) is not None:
            name = _names(page.lines[p + 1], single=True)
            if name is None:
                continue
            if p + 2 < n and (other := _names(page.lines[p + 2], single=False)) is not None \
                    and page.lines[p + 2].startswith(other):
                return None
            names.add(name)
    return names.pop() if len(names) == 1 else None


def _printed_again(page: Page, anchor: int, body: Collection[int]) -> int | None:
    """The line that prints the headline ``anchor`` again below it, above the
    article's first paragraph (a page header over the article's own), or None."""
    for p in range(anchor + 1, min(len(page.lines), anchor + 1 + _AGAIN_REACH)):
        if p in body and page.words[p] >= _PROSE_WORDS:
            return None
        if page.lines[p] == page.lines[anchor]:
            return p
    return None


def _labelled_author(page: Page, p: int) -> str | None:
    """The name of a byline ("By Jane Doe | 12 March 2025"), or under a byline's
    label on a line of its own or at a line's end ("Written by" / "Jane Doe"), with
    the co-authors on the lines under it ("Jane Doe" / "and" / "John Roe"). A bare
    "by" that goes on another role's line ("Medically reviewed" / "by" / "Jane Doe")
    names no author."""
    line = page.lines[p]
    # (the anchored pattern first: the role's is searched for only above a bare "by")
    if p > 0 and BARE_BY.match(line) is not None and OTHER_ROLE_END.search(page.lines[p - 1]) is not None:
        return None
    found = AUTHOR_PREFIX.match(line)
    if found is not None:
        name, q = _names(line[found.end():], single=True), p
    elif (reporter := KOREAN_REPORTER.match(line)) is not None:
        name, q = reporter.group("name").replace(" ", ""), p
    elif (interviewer := INTERVIEWER_PREFIX.match(line)) is not None:
        name, q = _interviewer(line[interviewer.end():]), p
    elif (after_date := AUTHOR_AFTER_DATE.search(line)) is not None and _date_at(line[:after_date.start()]):
        name, q = _names(line[after_date.end():], single=True), p
    elif p + 1 < len(page.lines) and (page.words[p] <= _LABEL_WORDS and AUTHOR_LABEL.match(line)
                                      or AUTHOR_LABEL_AT_END.search(line) and _date_at(line)):
        name, q = _names(page.lines[p + 1], single=True), p + 1
    else:
        return None
    while name is not None and q + 2 < len(page.lines) and LONE_JOINER.match(page.lines[q + 1]):
        other = _names(page.lines[q + 2], single=True)
        if other is None:
            break
        joiner = page.lines[q + 1]
        name, q = f"{name}{joiner} {other}" if joiner == "," else f"{name} {joiner} {other}", q + 2
    return name


def _interviewer(text: str) -> str | None:
    """The interviewer's name after an interview's label, when it ends the line or
    a separator, the paper or a date follows it ("Jane Doe | 12 March 2025"), not
    a topic ("Jane Doe on her new album": the person interviewed)."""
    name = _names(text, single=True)
    if name is None or not text.startswith(name) or INTERVIEWER_END.match(text, len(name)) is None:
        return None
    return name


def _bare_name(page: Page, p: int, body_text: str, under_headline: bool = False) -> str | None:
    """A name alone on a line, or before the person's role ("Jane Doe | Senior Reporter"),
    next to a date line (under it past a separator's line: "Jane Doe" / "•" / "Oct 20, 2025"), a
    reading time or printed twice
    ("Jane Doe" / "Sep 4, 2025"), or over the person's role ("Senior Editor"), or
    names before the news agency they write for ("Jane Doe, Reuters"), none
    of whose words the body writes in lower case ("Web Design": "web design").
    Not a name under a byline's label: the label names it or no author
    ("Sponsored" / "by" / "Acme Bank")."""
    line = page.lines[p]
    if page.words[p] > _NAME_WORDS * _NAMES or not line[0].isupper() or WIDGET.match(line.lower()):
        return None
    if p > 0 and page.words[p - 1] <= _LABEL_WORDS and AUTHOR_LABEL.match(page.lines[p - 1]):
        return None
    wire = WIRE_BYLINE.fullmatch(line)
    parts = NAME_ROLE_SEPARATOR.split(line, maxsplit=1) if wire is None else [wire.group("names")]
    if wire is not None or (len(parts) == 2 and len(parts[1].split()) <= _ROLE_WORDS
                             and ROLE_WORD.search(parts[1])):
        line = parts[0]
    one_word = (under_headline or p > 0 and PICTURE_LINE.match(page.lines[p - 1]) is not None) \
        and "." not in line and p + 1 < len(page.lines) and _date_at(page.lines[p + 1]) is not None
    if _names(line, single=one_word) != line.strip() \
            or any(w.lower() in NOT_NAME_WORDS for w in line.split()):
        return None
    near = [page.lines[q] for q in _beside(page, p)]
    beside = wire is not None or any(q == line or _date_at(q) or READING_TIME.match(q) for q in near) or (
        p + 1 < len(page.lines) and page.words[p + 1] <= _ROLE_WORDS and ROLE_WORD.search(page.lines[p + 1]))
    if not beside or any(w[0].isupper() and _in_lower_case(w, body_text) for w in line.split()):
        return None
    return line


def _beside(page: Page, p: int) -> list[int]:
    """The lines over and under line ``p``, past a line of a separator alone ("Jane Doe" / "•" /
    "Oct 20, 2025")."""
    found = []
    for step in (-1, 1):
        q = p + step
        if step == 1 and q < len(page.lines) and SEPARATOR_LINE.match(page.lines[q]):
            q += step
        if 0 <= q < len(page.lines):
            found.append(q)
    return found


def _names(text: str, single: bool) -> str | None:
    """The author's name(s) at the head of ``text``, up to a date or separator
    ("Jane Doe | 12 March 2025" -> "Jane Doe"), or None when it does not read as
    names: capitalised words (and name particles), ``_NAME_WORDS`` each at most,
    without the role after a comma ("Jane Doe, Senior Editor" -> "Jane Doe": a role
    not set off by a comma makes it no name), printed once ("Jane Doe Jane Doe").
    One word is a name only after a byline's label (``single``)."""
    name = BYLINE_END.split(GLUED_DATE.split(text, maxsplit=1)[0], maxsplit=1)[0]
    name = NAMES_END.split(name, maxsplit=1)[0].strip(" ,;|-–—•·*\"'“”").replace(" ,", ",")
    role = ROLE_WORD.search(name)
    if role is not None:
        name = name[:name.rfind(",", 0, role.start()) + 1].rstrip(", ")
    if not name or name.lower() in NOT_NAMES or GLUED_WORDS.search(name) is not None:
        return None
    words = name.split()
    half = len(words) // 2
    if half and words[:half] == words[half:]:
        name = " ".join(words[:half])
    parts = NAME_JOINER.split(name)
    if len(parts) > _NAMES or len(name.split()) < (1 if single else _BARE_NAME_WORDS):
        return None
    for part in parts:
        words = part.split()
        if not 1 <= len(words) <= _NAME_WORDS or not _capitalised(words[0]):
            return None
        if any(not _NAME_WORD.fullmatch(w) or not _capitalised(w) and w not in NAME_PARTICLES for w in words):
            return None
    return name


def _capitalised(word: str) -> bool:
    """The word opens on a capital, or on a letter of a script that has none."""
    return word[0].isupper() or UNCASED_NAME_LETTER.match(word) is not None


def _in_lower_case(word: str, text: str) -> bool:
    """Whether ``word`` is written in lower case in ``text`` ("Design" in "web design")."""
    word = word.lower()
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        if (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        start = text.find(word, start + 1)
    return False


def _published_at(page: Page, p: int) -> bool:
    """Line p may give the date published: no label of a last change opens it or
    stands over it."""
    return UPDATED_LABEL.match(page.lines[p]) is None and not _after_updated_label(page, p)


def _after_updated_label(page: Page, p: int) -> bool:
    """The line is a date under a label of the last change on a line of its own
    ("Last updated:" / "Jan 12, 2026", "Last Updated" / "on" / "Mar 11, 2026")."""
    for q in (p - 1, p - 2):
        if q < 0 or page.words[q] > _LABEL_WORDS:
            return False
        if UPDATED_LABEL.match(page.lines[q]) is not None:
            return True
    return False


def _date_at(line: str, lang: str | None = None) -> str | None:
    """The date of a date line ("Published: Sep 4, 2025", "2025-02-22", "By Jane Doe
    | 12 March 2025", a news agency's "WASHINGTON — March 4, 2024", "Paris, le 9 septembre 2026"), or None; a
    bullet or bar before it is no part of it ("• March 3, 2024"); a date run into the byline's name is
    read apart from it ("By Jane DoeNovember 20, 2007"). Two dates one
    right after the other ("May 21, 2025April 24, 2025", "3 March 2024 | 5 March
    2024") are the dates published and last changed: the earlier. A clock time after the label
    ("Published 10:19am 19 December 2025"), or "on" ("on Friday December 19, 2025"), stands before the
    date. ``lang``: the page's language."""
    if _DIGIT.search(line) is None:
        return None
    line = line.lstrip(_BETWEEN_DATES)
    label = DATE_LABEL.match(line)
    rest = line[label.end():] if label else line
    lead = BEFORE_DATE.match(rest) if DATE_LINE.match(rest) is None else None
    if lead is not None and (label is not None or lead.group()[:2].lower() == "on"):
        rest = rest[lead.end():]
    byline = AUTHOR_PREFIX.match(line) is not None
    if DATE_LINE.match(line) is None and DATE_LINE.match(rest) is None and not byline \
            and INTERVIEWER_PREFIX.match(line) is None:
        place = DATELINE_PLACE.match(rest)
        if place is None or DATE_LINE.match(rest := rest[place.end():]) is None:
            return None
    if byline:
        rest = GLUED_DATE.sub(" ", rest)
    date = iso_date(rest, lang)
    first = first_text_date(rest, lang) if date is not None else None
    if first is not None and first[0] == date:
        after = rest[first[1]:].lstrip(_BETWEEN_DATES)
        if DATE_LINE.match(after) is not None:
            date = min(date, iso_date(after, lang) or date)
    return date
