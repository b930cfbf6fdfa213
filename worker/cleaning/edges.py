"""The article's edges trimmed: lines the line model keeps with an article
that say who wrote it and when, or who the author is, or that repeat a
caption, and are not its text.

- Near the top, a short dateline or byline ("June 5, 2024", "By Jane Doe",
  "IGN Staff"),
  and above the first long paragraph a label for them on its own line
  ("Author:", "Updated:") and the short line it labels: the date and the
  author are the article's metadata.
- Among the first two paragraphs (past the short lines among them: the
  author's name, a link to the biography), the author's card ("Archie is a
  writer from London. He ...", "Jane Doe has 40 years of experience in the
  trade. She ..."), once the article says more below it.
- Among the last paragraphs, the author's biography ("Jane Doe is a writer
  who ..."), or a news site's note on its reporter ("Jane Doe is a reporter
  for The Herald.", "AP's John Roe contributed to this report."), once the
  article has said something above it.
- Above a news story's opening paragraph under an agency's dateline
  (:data:`AGENCY_OPENING`: "HAYWARD, Calif. (AP) — ..."), among the first
  lines, the short lines: other stories' headlines or a byline's rest
  ("| Special to the Pioneer Press"), for the story opens at its dateline.
- Above the headline, a news picture's caption dated as agencies date them
  ("... during the game Tuesday, Nov. 19, 2019, in Memphis"): the lead
  picture's, or another story's, printed before the article opens.
- Among the last lines, the author's box greeting the reader ("Hi, I'm
  Jane!") and what is under it.
- After the article, its author box: the author's name on a line of its
  own and a paragraph about that person opening with the name ("Jane Doe",
  "Jane joined the paper in 2015; she ..."), with the short lines under it
  ("Email Jane"), when it and what follows are short beside the article.
- Above the article and in its second half, a site's call to subscribe or to support
  it (:data:`CLOSING_NOTICE`: "Get our best tips in your inbox", "Enjoyed
  this piece? We need your help to keep publishing").
- In the article's second half, a rights notice written as sentences of its own
  (:data:`RIGHTS_NOTICE`: "© 2024 Acme. All rights reserved.", "Alle Rechte
  vorbehalten. Nachdruck nur mit Genehmigung."); opening a longer line of the
  footer ("Copyright © 2024 Acme. All rights reserved. Visit our terms of use
  ..."), it and the short lines under it.
- Among the last lines, a paragraph whose first sentence is a legal
  disclaimer (:data:`CLOSING_DISCLAIMER`: "This material is not intended to
  replace the advice of a qualified advisor.", "Acme is a Registered
  Investment Adviser."), the site's, under every article.
- Among the first lines, the site's word on how it is paid or works
  (:data:`OPENING_DISCLOSURE`: "Advertising on our site helps support our
  mission.", "Acme is committed to delivering content that is objective").
- Closing the article, another story's headline with its byline right under
  it ("Storm closes schools" / "By" / "HERALD STAFF"): the site's list of its
  other stories, which the article runs into.
- Closing the article, a list of its tags or sections ("Opinion", "Royals",
  "Media"): a run of short names under it, or fewer under a label of tags
  ("Tags:" / "Minnesota Wild", "Topics Apple").
- Closing the article, a box calling the reader to the site's product: a
  question or a label as its heading ("Need help with your project?"), a line
  or two under it, and a button under them that the article drops
  (:data:`CALL_BUTTON`: "Get a quote", "Start your free trial").
- Closing the article, a bare number under a line that closes a sentence
  ("0"), a count of its comments or votes, or its pager's numbers ("1" /
  "2" / "3").
- Among the first lines, a review site's strip of figures, each over its
  label ("2,500+" / "research hours" / "50" / "plans reviewed").
- Anywhere, two lines one under the other that are each a bare number of
  three or four digits ("500" / "250"), with no such number around them: a
  picture's width and height printed as text, not the article's.
- Anywhere, a line that is the text of a caption found on the page: the
  picture's caption printed once more (its alt text, a gallery's label),
  also with other spacing, quotes or closing stop ("A dog ." for "A dog").
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable
from itertools import accumulate, compress

import numpy as np

from .lines import Page, lines_holding
from .rules.boilerplate import (
    CALL_BUTTON,
    CLOSING_DISCLAIMER,
    CLOSING_DISCLAIMER_HINTS,
    CLOSING_NOTICE,
    CLOSING_NOTICE_HINTS,
    CLOSING_NOTICE_TRAPS,
    CLOSING_NOTICES_LOWERCASE,
    OPENING_DISCLOSURE,
    OPENING_DISCLOSURE_HINTS,
    RIGHTS_NOTICE,
    SITE_NOUN,
    SITE_NOUNS,
    SITE_SELF,
    SITE_SELF_HINTS,
    TAG_LABEL_OPENING,
    TAG_LABELS,
    UP_NEXT_LABELS,
)
from .rules.bylines import (
    ABOUT_COMPANY,
    AGENCY_OPENING,
    AUTHOR_BIO,
    AUTHOR_CARD,
    BARE_BY,
    BIO_PRONOUN,
    BIO_VERB,
    BYLINE,
    COMPANY_FACTS,
    COMPANY_PROFILE,
    DATE_LABEL_OPENING,
    DATED_CAPTION,
    DATELINE,
    EXPERIENCE_CARD,
    FIRST_PERSON_BIO,
    GREETING_BIO,
    META_LABEL,
    PERSON_PRONOUN,
    QUOTED,
    REPORTER_NOTE,
    SITE_SUBJECT,
    SITE_VOICE,
    STAFF_BYLINE,
)
from .rules.shapes import BULLET, MONTH_NAME, NUMERIC_DATE
from .rules.stopwords import ALL_STOPWORDS

#: the first body lines searched for a date or byline, and the words such a line has at most
_META_REACH, _META_WORDS = 8, 8
#: ... and the words of a byline printed on one row at most (:func:`_byline_row`), and how no such row ends
_ROW_WORDS, _ROW_ENDS = 40, (".", "!", "?", "。")
#: the body lines above the first paragraph of this many words (among the first so many)
#: searched for a label of the author or date, and the words of a label at most
_OPENING_WORDS, _LABEL_REACH, _LABEL_WORDS = 20, 15, 3
#: the last body lines searched for a biography, the words of one at least,
#: and the words of article above it at least
_BIO_REACH, _BIO_WORDS, _ABOVE_BIO = 3, 12, 150
#: the first body lines searched for a call to subscribe or support (and the second half)
_NOTICE_TOP = 4
#: the last body lines searched for an author's greeting
_GREETING_REACH = 5
#: a news site's note on its reporter (:data:`REPORTER_NOTE`) has this many words at most
_NOTE_WORDS = 30
#: the first body paragraphs searched for an author's card, among so many lines at most (the
#: short lines above them: the author's name, a link to the full biography)
_CARD_REACH, _CARD_LINES = 2, 6

#: an author box's name line: words at most, and how far above the paragraph about the person
_NAME_WORDS, _NAME_REACH = 3, 3
#: what an author box and the lines after it hold at most, as a share of the article's words above it
_AFTER_BOX = 0.25
_NAME = re.compile(r"[A-ZÀ-Ý](?:[a-zß-ÿ.]|['’-][A-ZÀ-Ýa-zß-ÿ])*(?:[A-ZÀ-Ý][a-zß-ÿ]+)?")
#: a credential after a name ("Jane Doe MD", "Jane Doe PhD")
_CREDENTIAL = re.compile(r"(?:\s+(?:[A-Z]{2,4}|Ph\.?D\.?|Jr\.?|Sr\.?))+$")
_NAME_END = re.compile(r"\s*[,(|–—]")
#: the person's role in parentheses or brackets before a paragraph about the person, under the
#: name ("(Editor / Journalist) – Jane comes from ..."): the paragraph opens on the name after it
_ROLE_FIRST = re.compile(r"^[(\[][^()\[\]]{1,40}[)\]]\s*[–—:-]?\s*")


def _without_role(line: str) -> str:
    """The line without the role in brackets it opens on (:data:`_ROLE_FIRST`), searched
    only when it opens on a bracket."""
    return _ROLE_FIRST.sub("", line, count=1) if line[:1] in "([" else line


def _labelled(page: Page, pos: int) -> bool:
    """A label ("Author:", "Updated:", "By") on the line, or on the line above a short one."""
    lines = page.lines
    return (page.words[pos] <= _LABEL_WORDS and META_LABEL.match(lines[pos]) is not None) \
        or (pos > 0 and page.words[pos] <= _META_WORDS and page.words[pos - 1] <= _LABEL_WORDS
            and META_LABEL.match(lines[pos - 1]) is not None)


def _byline_row(line: str, words: int) -> bool:
    """Whether a line is the byline's parts printed on one row, as a text
    browser prints them ("By Jane Doe on March 1, 2026 | Comments", "Posted
    on November 25, 2024 in Health, Nutrition"): capitalised, opening on a
    byline (:data:`BYLINE`) or a date's label (:data:`DATE_LABEL_OPENING`),
    holding a date, closing no sentence, ``_ROW_WORDS`` words at most."""
    return words <= _ROW_WORDS and line[:1].isupper() and not line.endswith(_ROW_ENDS) \
        and (BYLINE.match(line) is not None or DATE_LABEL_OPENING.match(line) is not None) \
        and (NUMERIC_DATE.search(line) is not None or MONTH_NAME.search(line.lower()) is not None)


def _bulleted_meta(line: str) -> bool:
    """Whether a bulleted line is a byline or a date line after its bullet."""
    found = BULLET.match(line)
    rest = line[found.end():] if found is not None else ""
    return bool(rest) and (BYLINE.match(rest) is not None or DATELINE.match(rest) is not None)


#: a table's date cell lies this many lines at most from the next date cell of its column
_DATE_CELL_ROW = 4
#: ... and a cell has this many words at most
_CELL_WORDS = 4


def _figure_cell(page: Page, pos: int, dated: np.ndarray) -> bool:
    """Line ``pos`` is a table's cell of figures: a short line with a digit and no letter, no
    date, and no time of day ("+13.1%", "4,500", not "14:05" printed under a date)."""
    if not 0 <= pos < len(page.lines) or dated[pos] or page.words[pos] > _CELL_WORDS:
        return False
    line = page.lines[pos]
    return ":" not in line and any(map(str.isdigit, line)) and not any(map(str.isalpha, line))


def table_date_cells(page: Page, positions: Iterable[int]) -> set[int]:
    """The lines of ``positions`` that are a date printed as a table's cell, a chart's data
    printed a cell to a line ("1/1/2023" / "+13.1%" / "2/1/2023" / "+2.4%"): a short date
    line beside a cell of figures, with another such date within ``_DATE_CELL_ROW`` lines.
    A date and a byline under the headline are the article's metadata; a column of dates
    beside figures is its table, and no paragraph over it is read as a standfirst for it."""
    dated = page.column("dateline")

    def beside_figures(pos: int) -> bool:
        return 0 <= pos < len(page.lines) and bool(dated[pos]) and page.words[pos] <= _CELL_WORDS \
            and (_figure_cell(page, pos - 1, dated) or _figure_cell(page, pos + 1, dated))

    return {p for p in positions if beside_figures(p)
            and any(beside_figures(q) for q in range(p - _DATE_CELL_ROW, p + _DATE_CELL_ROW + 1) if q != p)}


def _meta(page: Page, body: list[int]) -> set[int]:
    marked = page.column("dateline") + page.column("byline")
    found = {p for p in body[:_META_REACH] if page.words[p] <= _META_WORDS
             and (marked[p] or STAFF_BYLINE.match(page.lines[p]) is not None)}
    found -= table_date_cells(page, found)
    found |= {p for p in body[:_META_REACH] if page.words[p] > _META_WORDS
              and _byline_row(page.lines[p], page.words[p])}
    # a text browser prints a byline's parts as a bulleted list ("• Jane Doe", "• July 27, 2025"),
    # the bullet a word more
    bullet = page.column("bullet")
    found |= {p for p in body[:_META_REACH] if bullet[p] and page.words[p] <= _META_WORDS + 1
              and _bulleted_meta(page.lines[p])}
    opening = next((k for k, p in enumerate(body[:_LABEL_REACH]) if page.words[p] >= _OPENING_WORDS), 0)
    return found | {p for p in body[:opening] if _labelled(page, p)}


def _is_bio(line: str) -> bool:
    line = line.lstrip("(*")
    found = AUTHOR_BIO.match(line)
    return found is not None and not any(w.lower() in ALL_STOPWORDS for w in found.group(1).split()) \
        and BIO_PRONOUN.search(line, found.end()) is not None


def _card(page: Page, body: list[int]) -> set[int]:
    """The author's card printed above the article: a name said to be a
    writer by trade (:data:`AUTHOR_CARD`), or to have so many years in the
    trade (:data:`EXPERIENCE_CARD`), then spoken of as he or she."""
    found = set()
    paragraphs = 0
    for k, p in enumerate(body[:_CARD_LINES]):
        line = page.lines[p]
        if page.words[p] < _BIO_WORDS:
            continue
        paragraphs += 1
        if paragraphs > _CARD_REACH:
            break
        if sum(page.words[q] for q in body[k + 1:]) < _ABOVE_BIO:
            continue
        card = AUTHOR_CARD.match(line)
        years = EXPERIENCE_CARD.match(line) if card is None else None
        if (card is not None and BIO_PRONOUN.search(line, card.end()) is not None) \
                or (years is not None and PERSON_PRONOUN.search(line, years.end()) is not None):
            found.add(p)
    return found


def _bio(page: Page, body: list[int]) -> set[int]:
    if sum(map(page.words.__getitem__, body[:-_BIO_REACH])) < _ABOVE_BIO:
        return set()
    return {p for p in body[-_BIO_REACH:]
            if (page.words[p] >= _BIO_WORDS and _is_bio(page.lines[p]))
            or (page.words[p] <= _NOTE_WORDS and REPORTER_NOTE.search(page.lines[p]) is not None)}


def _named_above(page: Page, pos: int, found: re.Match[str] | None) -> bool:
    """Whether the first name a paragraph gives itself (``found``: "I'm Jane,
    ...") opens one of the ``_NAME_REACH`` lines above it (the box's "Jane
    Doe", printed whether the article keeps it or not)."""
    if found is None:
        return False
    name = found.group(1)
    return any(page.lines[q].split(" ", 1)[0] == name for q in range(max(0, pos - _NAME_REACH), pos))


def _greeting(page: Page, body: list[int]) -> set[int]:
    """The author's box under the article that greets the reader in the first
    person (:data:`GREETING_BIO`: "Hi, I'm Jane!", or :data:`FIRST_PERSON_BIO`
    "I'm Jane, ..." under a line that opens on that name: :func:`_named_above`)
    among its last ``_GREETING_REACH`` lines, and the lines under it, once
    the article has said ``_ABOVE_BIO`` words above it."""
    for k in range(max(0, len(body) - _GREETING_REACH), len(body)):
        line = page.lines[body[k]]
        if GREETING_BIO.match(line) is not None or _named_above(page, body[k], FIRST_PERSON_BIO.match(line)):
            if sum(page.words[p] for p in body[:k]) >= _ABOVE_BIO:
                return set(body[k:])
            break
    return set()


def _company_profile(page: Page, body: list[int]) -> set[int]:
    """A press release's closing profile of the company it is about: among
    the last ``_BIO_REACH`` lines, a paragraph opening with a name the article
    named above, saying what the company is and giving its facts
    (:data:`COMPANY_PROFILE`, :data:`COMPANY_FACTS`), and the paragraphs
    right above it that open with the same name saying what it is; or a
    paragraph of such facts opening with the name under a heading about the
    company (:data:`ABOUT_COMPANY`: "À propos de Acme" / "Acme exploite ..."),
    and its heading, however short the release above it."""
    if len(body) <= _BIO_REACH:
        return set()
    long_above = sum(map(page.words.__getitem__, body[:-_BIO_REACH])) >= _ABOVE_BIO
    lines = page.lines
    for k in range(len(body) - _BIO_REACH, len(body)):
        line = lines[body[k]]
        if COMPANY_FACTS.search(line) is None:
            continue
        found = COMPANY_PROFILE.match(line)
        if found is None or not long_above:
            about = ABOUT_COMPANY.match(lines[body[k - 1]])
            if about is not None and line.startswith(about.group(1) + " ") \
                    and any(about.group(1) in lines[p] for p in body[:k - 1]):
                return set(body[k - 1:k + 1])
            continue
        name = found.group(1)
        first = k
        while first > 0 and (above := COMPANY_PROFILE.match(lines[body[first - 1]])) is not None \
                and above.group(1) == name:
            first -= 1
        if any(name in lines[p] for p in body[:first]):
            return set(body[first:k + 1])
    return set()


def person_named(line: str) -> str | None:
    """The person a short line names ("Jane Doe", "By Jane Doe", "Jane Doe, CFA"),
    or None: two to ``_NAME_WORDS`` capitalised words and nothing else."""
    found = BYLINE.match(line)
    if found is not None:
        line = line[found.end() - 1:]
    line = _CREDENTIAL.sub("", _NAME_END.split(line, maxsplit=1)[0])
    names = line.split()
    if not 2 <= len(names) <= _NAME_WORDS or not all(_NAME.fullmatch(n) for n in names):
        return None
    return None if any(n.lower() in ALL_STOPWORDS for n in names) else line


def _about(line: str, name: str) -> bool:
    """Whether a paragraph speaks of the person ``name``: it opens with the
    name or the first name and goes on with "he" or "she", or says what the
    person is ("Jane Doe is a ...", "Jane is a ...")."""
    first = name.split()[0]
    if not line.startswith(f"{first} "):
        return False
    return PERSON_PRONOUN.search(line, len(first)) is not None \
        or (line.startswith(name) and AUTHOR_BIO.match(line) is not None) \
        or BIO_VERB.match(line, len(first) + 1) is not None


def _author_box(page: Page, body: list[int]) -> set[int]:
    """The lines of the first author box that follows ``_ABOVE_BIO`` words of
    article: a :func:`person_named` line, a paragraph :func:`_about` that person
    (after the person's role in parentheses, :data:`_ROLE_FIRST`, if it opens on one),
    and the short lines and paragraphs about the person under it ("Email
    Jane", "Jane lives in Leeds with her family", "She ...") or about a second author
    named under it, when the box and all below it hold at most
    ``_AFTER_BOX`` of the article's words above it. Only the first box is
    tried: a list of people is an article's, and its first entry has the
    rest below it."""
    words = [page.words[p] for p in body]
    texts = [page.lines[p] for p in body]
    # the paragraphs with ``_ABOVE_BIO`` words of article above them
    after = bisect_left(list(accumulate(words)), _ABOVE_BIO) + 1
    names: dict[int, str | None] = {}  # each line's :func:`person_named`, read once
    for k in compress(range(after, len(body)), [w >= _BIO_WORDS for w in words[after:]]):
        line = _without_role(texts[k])
        opening = line.split(' ', 1)[0]
        if _NAME.fullmatch(opening) is None or opening.lower() in ALL_STOPWORDS:
            # :func:`_about` a :func:`person_named` opens with its first word, a name's word
            continue
        first = f"{opening} "
        for j in range(max(0, k - _NAME_REACH), k):
            if first not in texts[j]:
                continue
            name = names[j] if j in names else names.setdefault(j, person_named(texts[j]))
            if name is not None and _about(line, name):
                if sum(words[j:]) > _AFTER_BOX * sum(words[:j]):
                    return set()
                end = k + 1
                while end < len(body):
                    text = _without_role(texts[end])
                    if words[end] < _BIO_WORDS:
                        name = person_named(text) or name
                    elif not _about(text, name) and PERSON_PRONOUN.match(text) is None:
                        break
                    end += 1
                return set(body[j:end])
    return set()


def _closing_notices(page: Page, body: list[int]) -> set[int]:
    """The lines of the article's second half (by words), and its first
    ``_NOTICE_TOP`` lines, that hold a :data:`CLOSING_NOTICE`: a site closes
    its articles with them, and sets them above the article too ("Support
    us! ...", "Sign up to get it in your inbox"). Only the lines that hold
    one of :data:`CLOSING_NOTICE_HINTS` (lowercased) are read."""
    said = list(accumulate(map(page.words.__getitem__, body)))
    half = bisect_right(said, said[-1] // 2) if said else 0
    read = body[:min(_NOTICE_TOP, half)] + body[half:]
    lines = [page.lower[p] for p in read]
    return {read[k] for k in lines_holding(lines, CLOSING_NOTICE_HINTS) if _closing_notice(lines[k])}


def _closing_notice(lowered: str) -> bool:
    """Whether a line in lower case holds a :data:`CLOSING_NOTICE`: searched
    heeding case, with the alternatives whose phrase it holds, unless it holds
    a letter ``re.IGNORECASE`` reads as another."""
    if any(map(lowered.__contains__, CLOSING_NOTICE_TRAPS)):
        return CLOSING_NOTICE.search(lowered) is not None
    return any(pattern.search(lowered) is not None for phrases, pattern in CLOSING_NOTICES_LOWERCASE
               if any(map(lowered.__contains__, phrases)))


#: a rights notice has this many words at most
_RIGHTS_WORDS = 40
#: how the site's rights notice opens: its holder
_RIGHTS_OPENING = re.compile(r"(?:copyright|©|\(c\))\s", re.IGNORECASE)


def _rights_notices(page: Page, body: list[int]) -> set[int]:
    """The lines of the article's second half (by words) that are a rights
    notice and nothing else (:data:`RIGHTS_NOTICE`): the site's, printed
    under its article, not the article's text. A sentence of the story that
    speaks of copyright is more than the notice's clauses."""
    said = list(accumulate(map(page.words.__getitem__, body)))
    half = bisect_right(said, said[-1] // 2) if said else 0
    found = {p for p in body[half:] if page.words[p] <= _RIGHTS_WORDS
             and RIGHTS_NOTICE.fullmatch(page.lines[p]) is not None}
    # the site's notice opening its footer's line ("Copyright © 2023 Acme. All rights reserved. Visit
    # our terms of use ..."): the page's footer, the article over, with the short lines under it
    for k in range(max(half, 1), len(body)):
        p = body[k]
        if page.words[p] <= _RIGHTS_WORDS and _RIGHTS_OPENING.match(page.lines[p]) is not None \
                and (notice := RIGHTS_NOTICE.match(page.lines[p])) is not None and notice.end() > 0 \
                and said[-1] - said[k - 1] <= _AFTER_BOX * said[k - 1]:
            return found | set(body[k:])
    return found


_WORDS = re.compile(r"\w+")
#: a caption printed again in other spacing or punctuation is at least this long
_MIN_COPY_WORDS = 4
#: ... and its length differs from the caption's by at most this many characters
_COPY_SLACK = 6


def _words_of(line: str) -> str:
    return " ".join(_WORDS.findall(line.lower()))


def _caption_copies(page: Page, body: list[int], captions: set[str]) -> set[int]:
    """The body lines that say a caption's text again in other spacing or
    punctuation. Only lines about as long as a caption are compared."""
    keys = {_words_of(c) for c in captions}
    keys = {k for k in keys if k.count(" ") + 1 >= _MIN_COPY_WORDS}
    if not keys:
        return set()
    lengths = [len(c) for c in captions]
    low, high = min(lengths) - _COPY_SLACK, max(lengths) + _COPY_SLACK
    return {p for p in body if low <= len(page.lines[p]) <= high and _words_of(page.lines[p]) in keys}


#: a tag list closing the article: its lines at least, and the words of each at most
_TAG_LINES, _TAG_WORDS = 4, 3
_NO_TAG_ENDS = (".", "!", "?", ":", ",", ";")
#: a bullet a renderer prints before a list's item, which is no word of the item
_BULLETED = ("• ", "· ", "◦ ", "▪ ", "□ ")


def _closing_tags(page: Page, body: list[int]) -> set[int]:
    """The run of lines closing the article that is a list of its tags or
    sections ("Opinion", "Beltway Confidential", "Royals", "Media"), once the
    article has said ``_ABOVE_BIO`` words above it: ``_TAG_LINES`` lines or
    more of ``_TAG_WORDS`` words at most, each a name (a capital or a bullet
    first, no digit, no closing punctuation). A list the article closes on
    is of items with numbers or sentences."""
    k = len(body)
    while k > 0:
        line = page.lines[body[k - 1]]
        if not (page.words[body[k - 1]] - line.startswith(_BULLETED) <= _TAG_WORDS
                and (line[:1].isupper() or line[:1] == "•")
                and not line.endswith(_NO_TAG_ENDS) and not any(c.isdigit() for c in line)):
            break
        k -= 1
    if len(body) - k < _TAG_LINES or sum(page.words[p] for p in body[:k]) < _ABOVE_BIO:
        return set()
    return set(body[k:])


#: a labelled list of tags closing the article: its lines at most, and how far above its first
#: tag (page lines) the label may stand
_LABELLED_TAGS, _LABEL_ABOVE = 6, 2


def _labelled_tags(page: Page, body: list[int]) -> set[int]:
    """The run of short lines closing the article (``_TAG_WORDS`` words and
    one more at most, no sentence's end), ``_LABELLED_TAGS`` lines at most,
    under a label of tags (:data:`TAG_LABELS`: "Tags:", "Filed under", on
    a line of its own within ``_LABEL_ABOVE`` lines above the first, or
    opening it: "Topics Apple"), once the article has said ``_ABOVE_BIO``
    words above it: the article's tags, however few."""
    k = len(body)
    while k > 0 and len(body) - k < _LABELLED_TAGS:
        line = page.lines[body[k - 1]]
        if page.words[body[k - 1]] > _TAG_WORDS + 1 or line.rstrip().endswith(_NO_TAG_ENDS):
            break
        k -= 1
    if k == len(body) or sum(page.words[p] for p in body[:k]) < _ABOVE_BIO:
        return set()
    # the label may stand over any of the run's lines: the run may open with lines of the article
    for j in range(k, len(body)):
        first = body[j]
        if TAG_LABEL_OPENING.match(page.lines[first]) is not None \
                or any(page.keys[q] in TAG_LABELS for q in range(max(0, first - _LABEL_ABOVE), first)):
            return set(body[j:])
    return set()


#: an agency's dateline opening the story is among the first this many body lines, which
#: has this many words at least; a line above it has this many words at most
_OPENING_REACH, _DATELINED_WORDS, _ABOVE_OPENING_WORDS = 4, 20, 16


def _above_agency_opening(page: Page, body: list[int]) -> set[int]:
    """The short lines above the story's opening paragraph under an agency's
    dateline (:data:`AGENCY_OPENING`), among the first ``_OPENING_REACH``
    body lines: the story opens at its dateline, and what is kept above it is
    other stories' headlines or a byline's rest; a standfirst is longer."""
    for k, p in enumerate(body[:_OPENING_REACH]):
        if page.words[p] >= _DATELINED_WORDS and AGENCY_OPENING.match(page.lines[p]) is not None:
            above = body[:k]
            return set(above) if all(page.words[q] <= _ABOVE_OPENING_WORDS for q in above) else set()
    return set()


#: another story's headline has this many words at most, and its byline under it this many;
#: the article above it has this many words at least (a news brief's two paragraphs)
_TEASER_WORDS, _TEASER_BYLINE_WORDS, _ABOVE_TEASER = 16, 6, 50
_SENTENCE_ENDS = (".", "!", "?", ":", ";", ",", "…")


def _closing_teaser(page: Page, body: list[int]) -> set[int]:
    """The article's last line when it is another story's headline: a short
    line with no sentence's end, the page's next line a byline ("By", "By
    Jane Doe", capitalised, ``_TEASER_BYLINE_WORDS`` words at most), once the
    article has said ``_ABOVE_TEASER`` words above it. News sites list their
    other stories under an article, each a headline over its byline."""
    if len(body) < 2:
        return set()
    last = body[-1]
    after = last + 1
    if after >= len(page.lines) or page.words[last] > _TEASER_WORDS \
            or page.words[after] > _TEASER_BYLINE_WORDS or not page.lines[after][:1].isupper() \
            or page.lines[last].rstrip().endswith(_SENTENCE_ENDS) or BARE_BY.match(page.lines[after]) is None:
        return set()
    return {last} if sum(page.words[p] for p in body[:-1]) >= _ABOVE_TEASER else set()


#: the last body lines searched for a legal disclaimer, the words of one at least, and the words
#: of article above it at least
_DISCLAIMER_REACH, _DISCLAIMER_WORDS, _ABOVE_DISCLAIMER = 3, 8, 50
#: the end of a paragraph's first sentence: a stop, then a space, a capital (the next sentence
#: glued on: "... looks like.Disclaimer: ...") or the line's end
_FIRST_SENTENCE_END = re.compile(r"[.!?](?=\s|$|[A-Z])")


def _closing_disclaimers(page: Page, body: list[int]) -> set[int]:
    """The paragraphs among the article's last ``_DISCLAIMER_REACH`` lines
    whose first sentence is a legal disclaimer (:data:`CLOSING_DISCLAIMER`:
    "This material is not intended to replace the advice of a qualified
    advisor.", "Acme, LLC is a Registered Investment Adviser."), once the
    article has said ``_ABOVE_DISCLAIMER`` words above them: the site prints them
    under every article. Only the first sentence is read: an article that
    closes on its own point and then a disclaimer, or that quotes one
    further on, keeps its paragraph."""
    found = set()
    words = page.words
    tail = body[-_DISCLAIMER_REACH:]
    for p in tail:
        if words[p] < _DISCLAIMER_WORDS:
            continue
        line = page.lines[p]
        end = _FIRST_SENTENCE_END.search(line)
        first = line[:end.start()] if end else line
        lowered = first.lower()
        # (the whole pattern is tried at every word: only a first sentence holding a hint is searched)
        if any(map(lowered.__contains__, CLOSING_DISCLAIMER_HINTS)) and CLOSING_DISCLAIMER.search(first):
            found.add(p)
    if found and sum(words[p] for p in body[:body.index(min(found))]) < _ABOVE_DISCLAIMER:
        return set()
    return found


#: the first body lines searched for the site's disclosure, and the words of one at least
_DISCLOSURE_TOP, _DISCLOSURE_WORDS = 5, 8


def _opening_disclosures(page: Page, body: list[int]) -> set[int]:
    """The paragraphs among the article's first ``_DISCLOSURE_TOP`` lines
    that are the site's word on how it is paid or works
    (:data:`OPENING_DISCLOSURE`: "Advertising on our site helps support our
    mission.", "Acme is committed to delivering content that is
    objective."), with at least ``_ABOVE_BIO`` words of article under them:
    the site sets them above every article. Further down an article may
    speak of advertising itself."""
    words = page.words
    found = {p for p in body[:_DISCLOSURE_TOP] if words[p] >= _DISCLOSURE_WORDS
             and any(map(page.lower[p].__contains__, OPENING_DISCLOSURE_HINTS))
             and OPENING_DISCLOSURE.search(page.lines[p]) is not None}
    if found and sum(words[p] for p in body if p > max(found)) < _ABOVE_BIO:
        return set()
    return found


#: a box calling the reader to a product closes the article: its heading within this many
#: body lines of the end, of so many words at most, the lines under it of so many words at most
#: together, and the button under it of so many words at most; the heading asks or labels
_CALL_LINES, _CALL_HEADING_WORDS, _CALL_WORDS, _BUTTON_WORDS = 4, 14, 50, 6
#: ... printed on the page this many times at most: a button under every entry of a list is the list's
_BUTTON_TIMES = 2
_CALL_HEADING_ENDS = ("?", ":", "？", "：")


def _call_box(page: Page, body: list[int]) -> set[int]:
    """The box that closes the article with a call to the site's product or
    service, once the article has said ``_ABOVE_BIO`` words above it: a
    heading that asks or labels ("Need help with your project?", "Try Acme
    today:") among the last ``_CALL_LINES`` body lines, under a line that
    closes a sentence, a line or two under it, and on the page's line under
    the body's last one a button the article drops (:data:`CALL_BUTTON`: "Get
    a quote", "Start your free trial"), printed at most ``_BUTTON_TIMES``
    times (a list's entries each have theirs). An article's own last
    paragraph may stand over such a button too, but not under a heading of
    its own so short a section. A heading in statement form ("Complete care
    at Acme!") is the article's as often as a box's, and is left."""
    if len(body) < 2:
        return set()
    after = body[-1] + 1
    lines, words = page.lines, page.words
    if after >= len(lines) or words[after] > _BUTTON_WORDS or CALL_BUTTON.match(lines[after]) is None \
            or page.times[lines[after]] > _BUTTON_TIMES:
        return set()
    terminal = page.column("terminal")
    top = None
    for k in range(len(body) - 1, max(0, len(body) - _CALL_LINES) - 1, -1):
        p = body[k]
        if sum(words[q] for q in body[k + 1:]) > _CALL_WORDS:
            break
        if words[p] <= _CALL_HEADING_WORDS and lines[p].rstrip().endswith(_CALL_HEADING_ENDS) \
                and not page.runs_on[p] and p > 0 and terminal[p - 1]:
            top = k
    if top is None or sum(words[p] for p in body[:top]) < _ABOVE_BIO:
        return set()
    return set(body[top:])


#: a counter closing the article: a bare number of so many digits at most (bulleted or not);
#: a pager's numbers closing it, at most so many
_COUNT = re.compile(r"[•·*]?\s*([0-9]{1,4})")
_PAGER_LINES = 9
_COUNTED_ENDS = (".", "!", "?", "…", "\"", "”", "»", "。", "！", "？")


def _closing_counts(page: Page, body: list[int]) -> set[int]:
    """The bare numbers closing the article, once it has said
    ``_ABOVE_TEASER`` words above them: one under a line that closes a
    sentence ("... the game." / "0"), a count of its comments, votes or
    shares; or its pager's links, numbers counting up from 1 ("1" / "2" /
    "3"). Two figures under a sentence (a game's score) and a table's
    column of values are the article's."""
    numbers = []
    for p in reversed(body[-_PAGER_LINES - 1:]):
        found = _COUNT.fullmatch(page.lines[p])
        if found is None:
            break
        numbers.append(int(found.group(1)))
    k = len(body) - len(numbers)
    if not numbers or k == 0 or sum(page.words[p] for p in body[:k]) < _ABOVE_TEASER:
        return set()
    pager = len(numbers) > 1 and numbers[::-1] == list(range(1, len(numbers) + 1))
    count = len(numbers) == 1 and page.lines[body[k - 1]].rstrip().endswith(_COUNTED_ENDS)
    return set(body[k:]) if pager or count else set()


#: a picture's width or height printed on a line of its own: three or four digits
_PICTURE_SIZE = re.compile(r"[1-9][0-9]{2,3}")


def _picture_sizes(page: Page, body: list[int]) -> set[int]:
    """The body lines that are a bare number of pixels (:data:`_PICTURE_SIZE`)
    two by two: a picture's width and height, a pair with no such number
    above or under it. A longer run of numbers is a table's column (a spec
    sheet's values, a code listing's line numbers) and is the article's."""
    lines = page.lines
    # (only the lines ending on a digit, picked for the page at once, can be a number)
    sizes = {p for p in page.ends_on_digit.nonzero()[0].tolist()
             if len(lines[p]) <= 4 and _PICTURE_SIZE.fullmatch(lines[p])}
    pairs = {p for p in sizes if p + 1 in sizes and p - 1 not in sizes and p + 2 not in sizes}
    return {q for p in pairs for q in (p, p + 1)} & set(body)


#: a strip of figures over the article: among the body's first lines, its pairs at least (or
#: fewer when a figure is a count with "+"), and the words of a figure's label at most
_STAT_REACH, _STAT_PAIRS, _STAT_PLUS_PAIRS, _STAT_LABEL_WORDS = 12, 3, 2, 4
_STAT_FIGURE = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d{1,6})\+?%?")
_STAT_LABEL = re.compile(r"[^\W\d_][^\d.!?:;,()]*")


def _stat_strip(page: Page, body: list[int]) -> set[int]:
    """The strip of figures a review site sets over its article, among the body's first
    ``_STAT_REACH`` lines: figures each on a line of its own over a short label of its own
    ("2,500+" / "research hours" / "50" / "plans reviewed", "100" / "Hours of Research" / "15" /
    "Carriers Compared"), ``_STAT_PAIRS`` pairs or more, or ``_STAT_PLUS_PAIRS`` with a count
    ending in "+"; each label said once (a table's column repeats its labels) and none only
    small words ("3" / "of" / "11" / "is" is a pager's)."""
    top = body[:_STAT_REACH]
    lines, words = page.lines, page.words
    found: set[int] = set()
    k = 0
    while k < len(top) - 3:
        j, labels, plus = k, set(), False
        while j + 1 < len(top) and _STAT_FIGURE.fullmatch(lines[top[j]]) is not None \
                and words[top[j + 1]] <= _STAT_LABEL_WORDS and _STAT_LABEL.fullmatch(lines[top[j + 1]]) \
                and (label := page.keys[top[j + 1]]) not in labels \
                and not all(w in ALL_STOPWORDS for w in label.split()):
            labels.add(label)
            plus = plus or lines[top[j]].endswith("+")
            j += 2
        if len(labels) >= _STAT_PAIRS or (plus and len(labels) >= _STAT_PLUS_PAIRS):
            found.update(top[k:j])
            k = j
        else:
            k += 1
    return found


def trim_edges(page: Page, body: list[int], captions: set[str]) -> list[int]:
    """``body`` without its metadata lines, its author's card, biography or
    box, a call to subscribe closing it and the lines that are a caption's
    text (``captions``)."""
    dropped = _meta(page, body) | _card(page, body) | _bio(page, body) | _author_box(page, body) \
        | _company_profile(page, body) | _greeting(page, body) \
        | _closing_notices(page, body) | _rights_notices(page, body) | _closing_tags(page, body) \
        | _closing_teaser(page, body) | _picture_sizes(page, body) | _call_box(page, body) \
        | _closing_counts(page, body) | _labelled_tags(page, body) | _stat_strip(page, body) \
        | _closing_disclaimers(page, body) | _opening_disclosures(page, body)
    body = [p for p in body if p not in dropped and page.lines[p] not in captions]
    # (read once the byline and date under the headline are gone: they are no more of the story)
    above = _above_agency_opening(page, body)
    body = [p for p in body if p not in above] if above else body
    copies = _caption_copies(page, body, captions) if captions else set()
    return [p for p in body if p not in copies] if copies else body


def dated_captions_above(page: Page, body: list[int], headline: int) -> list[int]:
    """``body`` without the paragraphs above the ``headline``'s line that are
    a picture's caption dated as agencies date them (:data:`DATED_CAPTION`).
    Its year opens on an ASCII "1" or "2": a line without an ASCII digit is not searched."""
    digits = page.column("digit_share")
    return [p for p in body if p > headline or page.words[p] < _BIO_WORDS or not digits[p]
            or DATED_CAPTION.search(page.lines[p]) is None]


_CONTENT_WORD = re.compile(r"\w{3,}")
#: a paragraph of the site's own prose has this many words at least; of its content words (not
#: stopwords, not figures) this share at most is in the headline and the article above it
_SITE_PROSE_WORDS, _SITE_PROSE_SHARED = 12, 0.15
#: the last paragraphs tried as the run's first, and the article's paragraphs above it at least
_SITE_PROSE_REACH, _SITE_PROSE_ABOVE = 6, 2
#: ... and its first says "we" or "our" this many times outside quotes, once as the subject ("we")
_SITE_VOICE_HITS = 2


def _content_words(line: str) -> set[str]:
    """The words of ``line`` in lower case that say what it is about: no stopwords, no figures."""
    return {w for w in map(str.lower, _CONTENT_WORD.findall(line))
            if w not in ALL_STOPWORDS and not w.isdigit()}


def _voice_hits(line: str) -> int:
    """How often ``line`` speaks in the first person plural outside quotes."""
    return len(SITE_VOICE.findall(QUOTED.sub(" ", line)))


def _site_speaks(line: str) -> bool:
    """Whether ``line`` speaks as the site: "we" or "our" ``_SITE_VOICE_HITS``
    times outside quotes, once as the subject ("we use", not only "use our")."""
    if SITE_SUBJECT.search(line) is None:
        return False
    unquoted = QUOTED.sub(" ", line)
    return len(SITE_VOICE.findall(unquoted)) >= _SITE_VOICE_HITS and SITE_SUBJECT.search(unquoted) is not None


#: a rights notice opening the site's prose is a whole sentence: it ends so
_NOTICE_ENDS = (".", "!", "。")


def _site_own(line: str) -> bool:
    """Whether a paragraph is the site's word on itself: it speaks as the site
    (:func:`_site_speaks`) or opens on the site's rights notice
    (:data:`RIGHTS_NOTICE`: "This material may not be published ... without
    prior written permission.") before it goes on: the notice a whole
    sentence, not a story's sentence that opens on its words ("All rights
    reserved, the label said")."""
    if _site_speaks(line):
        return True
    notice = RIGHTS_NOTICE.match(line)
    return notice is not None and notice.group().rstrip().endswith(_NOTICE_ENDS)


def site_prose_tail(page: Page, body: list[int], headline: str | None) -> list[int]:
    """``body`` without the run of paragraphs closing it that is the site's
    own prose (about the newsroom, its cookies, its rights), not the story.
    The run opens on a paragraph that speaks as the site (:func:`_site_speaks`:
    "we use", "our readers") or on its rights notice (:func:`_site_own`)
    under at least ``_SITE_PROSE_ABOVE`` paragraphs none of which speaks as
    the site (a story's one "our reporter" is no voice), one of which shares a word with the
    headline (the story is there); no paragraph of the run shares a word
    with the headline, nor more than ``_SITE_PROSE_SHARED`` of its content
    words with the article above. A news story speaks of others and goes on
    about its own subject; a short one leaves the line model too little
    prose to tell it from the site's word on itself set right under it."""
    paragraphs = [k for k, p in enumerate(body) if page.words[p] >= _SITE_PROSE_WORDS]
    if len(paragraphs) < 2:
        return body
    lines = page.lines
    said = _content_words(headline or "")
    for j in range(max(_SITE_PROSE_ABOVE, len(paragraphs) - _SITE_PROSE_REACH), len(paragraphs)):
        first = paragraphs[j]
        if not _site_own(lines[body[first]]):
            continue
        if any(_site_speaks(lines[p]) for p in body[:first]):
            return body
        run = [body[k] for k in paragraphs[j:]]
        told = [_content_words(lines[p]) for p in body[:first]]
        if not any(own & said for own in told):
            return body
        above = said.union(*told)
        if all(not own & said and len(own & above) <= _SITE_PROSE_SHARED * len(own)
               for own in (_content_words(lines[p]) for p in run)):
            return body[:first]
    return body


#: a block of the site's prose set in or under the article: the words of article above it at least
_BLOCK_ABOVE = 20
#: ... the headline's words each of its paragraphs says at most, and the share of its content words
#: said in the headline and the article above at most (:data:`_SITE_PROSE_SHARED`)
_BLOCK_ECHOES = 1
#: the body's last paragraphs searched for the site's word on itself
_BLOCK_REACH = 12


def _site_self(line: str, hinted: bool) -> bool:
    """Whether a paragraph is the site's word on itself: its rights notice
    (:func:`_site_own`), or it speaks as the site (:func:`_site_speaks`) and
    names the site, its readers or its cookies as its own (:data:`SITE_SELF`:
    "our website", "you agree"), which only a line ``hinted`` (holding one of
    :data:`SITE_SELF_HINTS`) can."""
    if hinted and _site_speaks(line) and SITE_SELF.search(line) is not None:
        return True
    notice = RIGHTS_NOTICE.match(line)
    return notice is not None and notice.group().rstrip().endswith(_NOTICE_ENDS)


def _about_site(line: str) -> bool:
    """Whether a paragraph speaks of a publisher: ``SITE_NOUNS`` distinct words
    of :data:`SITE_NOUN` ("newspapers", "journalists", "readers")."""
    return len({w.lower() for w in SITE_NOUN.findall(line)}) >= SITE_NOUNS


def site_prose_block(page: Page, body: list[int], headline: str | None) -> list[int]:
    """``body`` without a block of the site's own prose set right under its
    article: a paragraph that is the site's word on itself (:func:`_site_self`:
    "we rely on our readers", "We use cookies ... you agree", "This material may
    not be published ...") with the paragraphs next to it that speak of other
    things than the story too (under it any, over it only the site's word on
    itself or the publisher's history, :func:`_about_site`), each saying none of the
    headline's words (one for the site's word on itself and the publisher's
    history: "people", "world" are said by chance) and at most
    ``_SITE_PROSE_SHARED`` of its content words said above, under
    ``_BLOCK_ABOVE`` words of article that say a headline word. The block
    holds two paragraphs at least or closes the body; what follows it goes
    too (the page's footer, the teasers the block drew into the article), up
    to a paragraph that says a headline word and goes on with the words above
    the block: the article resumes there. Under a story that speaks as the
    site (:func:`_site_speaks`), which may be the site's own, the block is only
    the site's word on itself and the publisher's prose, and nothing under it
    goes. Unlike :func:`site_prose_tail`, a story that says "we" above and a
    short story of one paragraph count: a short story leaves the line model
    too little prose to tell it from the site's word on itself."""
    words, lines = page.words, page.lines
    paragraphs = [k for k, p in enumerate(body) if words[p] >= _SITE_PROSE_WORDS]
    first = max(1, len(paragraphs) - _BLOCK_REACH)
    hinted = set(lines_holding([page.lower[body[k]] for k in paragraphs[first:]], SITE_SELF_HINTS))
    seeds = [j for j in range(first, len(paragraphs))
             if _site_self(lines[body[paragraphs[j]]], j - first in hinted)]
    if not seeds:
        return body
    said = _content_words(headline or "")
    if not said:
        return body
    # each paragraph against the headline and the article above it: the lines above but the
    # paragraphs apart from the story (the site's prose says its own words again)
    seeded = set(seeds)
    apart, contents, told, k = [], [], set(said), 0
    for i, q in enumerate(paragraphs):
        while k < q:
            told |= _content_words(lines[body[k]])
            k += 1
        cw = _content_words(lines[body[q]])
        contents.append(cw)
        echoes = len(cw & said)
        apart.append(len(cw & told) <= _SITE_PROSE_SHARED * len(cw)
                     and (not echoes or echoes <= _BLOCK_ECHOES
                          and (i in seeded or _about_site(lines[body[q]]))))
        if not apart[-1]:
            told |= cw
        k = q + 1
    for j in seeds:
        if not apart[j]:
            continue
        top = j
        while top > 0 and apart[top - 1] \
                and (top - 1 in seeded or _about_site(lines[body[paragraphs[top - 1]]])):
            top -= 1
        start = paragraphs[top]
        above = body[:start]
        article = set().union(*(_content_words(lines[p]) for p in above))
        if sum(words[p] for p in above) < _BLOCK_ABOVE:
            continue
        # a story that speaks as "we" may be the site's own: only the site's word on itself and the
        # publisher's prose next to it go, not the paragraphs under them
        voiced = any(_site_speaks(lines[body[q]]) for q in paragraphs[:top])
        end = j + 1
        while end < len(paragraphs) and apart[end] \
                and not (voiced and end not in seeded and not _about_site(lines[body[paragraphs[end]]])):
            end += 1
        if end - top < 2 and end < len(paragraphs):
            continue
        # a story that says none of the headline's words (a column under a wry title, a headline
        # taken from elsewhere) is told from the site's prose by a block of two closing the body
        if not said & article and (end < len(paragraphs) or end - top < 2):
            continue
        if voiced:
            return body[:start] + body[paragraphs[end]:] if end < len(paragraphs) else body[:start]
        # the article goes on under the block at a paragraph that says a headline word and more than
        # ``_SITE_PROSE_SHARED`` of its words said above the block; what is between goes with the block
        article |= said
        for i in range(end, len(paragraphs)):
            if contents[i] & said and len(contents[i] & article) > _SITE_PROSE_SHARED * len(contents[i]):
                return body[:start] + body[paragraphs[i]:]
        return body[:start]
    return body


#: another story's headline: so many words, over a paragraph, under this many words of the
#: article's prose at least; its story runs this many words of prose at least
_OTHER_HEADLINE_WORDS, _OTHER_ABOVE, _OTHER_BELOW = (6, 20), 80, 40
#: words are matched on this many first letters ("stabbed", "stabbing"), and the page's headline
#: has this many content words at least
_STEM, _OTHER_SAID = 5, 2
#: of the headline's words the story under the other headline says this many at most; of the
#: first ``_OTHER_OPENING`` paragraphs' words this share at most is said above it
_OTHER_ECHOES, _OTHER_OPENING, _OTHER_SHARED = 0, 4, 0.25
#: under a label of what comes next (:data:`UP_NEXT_LABELS`, "Up next") the article above holds this
#: many words of prose at least and the story under it says this many of the headline's words at most
_LABELLED_ABOVE, _LABELLED_ECHOES = 24, 1
_NUMBERED = re.compile(r"\d{1,3}[.)]\s")
_STORY_ENDS = (".", "!", "?", "\"", "”", "»", "。", "！", "？")
#: a heading ending so is a list item's label (a date or price in brackets) or leads in to a sentence
_ITEM_ENDS = (".", ":", ",", ";", ")", "：", "。", "）")


def _stems(line: str) -> set[str]:
    return {w[:_STEM] for w in _content_words(line)}


def _heading_over_paragraph(page: Page, body: list[int], prose: list[bool], k: int) -> bool:
    """Whether ``body[k]`` is a heading between two paragraphs: of a headline's
    length, capitalised, not in capitals, no sentence's or list item's end,
    no bullet or number, the paragraph above it closing on a sentence's end."""
    if not (_OTHER_HEADLINE_WORDS[0] <= page.words[body[k]] <= _OTHER_HEADLINE_WORDS[1]
            and 0 < k < len(body) - 1 and prose[k + 1] and prose[k - 1]):
        return False
    line = page.lines[body[k]]
    return (page.lines[body[k - 1]].rstrip().endswith(_STORY_ENDS)
            and not line.rstrip().endswith(_ITEM_ENDS) and not page.column("bullet")[body[k]]
            and _NUMBERED.match(line) is None and line[:1].isupper() and not line.isupper())


def _headline_under_label(page: Page, body: list[int], prose: list[bool], k: int) -> bool:
    """Whether ``body[k]``, under a label of what comes next, is a headline over
    a paragraph: headline-shaped (:func:`_apart_heading`), of a paragraph's
    length or not. The label parts it from the article, so what is above it
    need not close a sentence, nor be a paragraph."""
    return 0 < k < len(body) - 1 and prose[k + 1] and _apart_heading(page, body[k])


def other_story_tail(page: Page, body: list[int], headline: str | None) -> list[int]:
    """``body`` cut back to the headline of another story printed whole under
    the article, as a page that scrolls on prints the next one with or
    without a label. Only the body's first heading between paragraphs
    (:func:`_heading_over_paragraph`) is tried, under ``_OTHER_ABOVE`` words of
    prose that say ``_OTHER_SAID`` of the page's headline's words: it opens
    another story when two paragraphs or more run under it (one under a
    label), it says none of the page's headline's words and at most one of
    the article's above, the
    story under it says one of its words again and at most ``_OTHER_ECHOES``
    of the page's headline's, and its opening paragraphs mostly speak of
    other things than the article above. The page's headline tells which
    story is this page's: an article's own sections go on about its subject,
    and an article with sections prints its first heading alike."""
    said = _stems(headline or "")
    if len(said) < _OTHER_SAID or len(body) < 3:
        return body
    lines, words = page.lines, page.words
    prose = [words[p] >= _SITE_PROSE_WORDS for p in body]
    stems: dict[int, set[str]] = {}

    def stems_of(k: int) -> set[str]:
        if k not in stems:
            stems[k] = _stems(lines[body[k]])
        return stems[k]

    above_words = 0
    tried = False
    keys = page.keys
    has_label = not UP_NEXT_LABELS.isdisjoint(keys)
    for k, p in enumerate(body):
        # (past the first heading tried, only a labelled line is asked whether it is one)
        labelled = has_label and p > 0 and keys[p - 1] in UP_NEXT_LABELS and (k == 0 or body[k - 1] != p - 1)
        if tried:
            heading = labelled and _headline_under_label(page, body, prose, k)
        else:
            heading = _heading_over_paragraph(page, body, prose, k) \
                or labelled and _headline_under_label(page, body, prose, k)
        if heading:
            own = _stems(lines[p])
            # (two paragraphs or more under it; under a label, one is enough)
            if ((labelled or k + 2 < len(body) and prose[k + 2]) and not own & said
                    and sum(words[body[j]] for j in range(k + 1, len(body)) if prose[j]) >= _OTHER_BELOW
                    and (labelled and above_words >= _LABELLED_ABOVE or above_words >= _OTHER_ABOVE)):
                above = set().union(*(stems_of(j) for j in range(k) if prose[j]))
                # (what the prose above says is asked first: the story under the heading is read
                # only when it may be another)
                by_label = labelled and above_words >= _LABELLED_ABOVE and above & said
                by_words = above_words >= _OTHER_ABOVE and len(above & said) >= _OTHER_SAID \
                    and len(own & above) <= 1
                if by_label or by_words:
                    below = [stems_of(j) for j in range(k + 1, len(body)) if prose[j]]
                    told = set().union(*below)
                    opening = set().union(*below[:_OTHER_OPENING])
                    if (by_label and len(said & told) <= _LABELLED_ECHOES
                            or by_words and own & told and len(said & told) <= _OTHER_ECHOES
                            and len(opening & above) <= _OTHER_SHARED * len(opening)):
                        return body[:k]
            tried = True
            if UP_NEXT_LABELS.isdisjoint(keys[p:]):
                # (no label left below: no other heading is tried)
                return body
        if prose[k]:
            above_words += words[p]
    return body


#: a story that goes on about the headline's subject: this share of its paragraphs at least say
#: one of the headline's words, under ``_APART_ABOVE`` words of prose at least; the story under
#: another headline says one in this share of its paragraphs at most, over this many at least
_APART_SAID, _APART_ABOVE, _APART_ECHOES, _APART_PARAGRAPHS = 0.7, 150, 0.1, 5
#: a short article under ``_APART_ABOVE`` words of prose, this many at least: the story under the
#: heading says none of the headline's words
_SHORT_ABOVE = 40
#: a headline between the stories has so many words
_APART_HEADLINE_WORDS = (3, 20)
#: when the story under it leaves the article's subject (:func:`_off_topic`), this share of its
#: paragraphs at most say a headline word, and the heading says this many of the article's words
_TOPIC_ECHOES, _TOPIC_HEADING_SHARED = 0.2, 3
#: the article's subject: its this many words said most often, of which the first this many
#: paragraphs of the story under the heading say this many at most
_TOPIC_WORDS, _TOPIC_READ, _TOPIC_KEPT = 10, 5, 1


def _apart_heading(page: Page, pos: int) -> bool:
    """A line shaped as a headline: ``_APART_HEADLINE_WORDS`` words, not of
    prose, capitalised, no sentence's or list item's end (a question is one),
    no bullet or number."""
    if not _APART_HEADLINE_WORDS[0] <= page.words[pos] <= _APART_HEADLINE_WORDS[1]:
        return False
    line = page.lines[pos].rstrip()
    return (line[:1].isupper() and not line.endswith(_ITEM_ENDS) and not line.endswith(("!", "\"", "”"))
            and not page.column("bullet")[pos] and _NUMBERED.match(line) is None)


#: the stems of stopwords: a headline's stem among them may be a stopword's as well as a content
#: word's, and a line's words are then read one by one
_STOPWORD_STEMS = frozenset(w[:_STEM] for w in ALL_STOPWORDS)


def _opens_word_on(text: str, stems: set[str]) -> bool:
    """Whether a word of ``text`` (lower case; 3 word characters at least, as
    ``_CONTENT_WORD`` reads them) has one of ``stems`` as its stem: it opens on
    the stem, and a stem shorter than ``_STEM`` is the whole word."""
    for stem in stems:
        at = text.find(stem)
        while at >= 0:
            end = at + len(stem)
            if ((at == 0 or not _word_char(text[at - 1]))
                    and (len(stem) >= _STEM or end == len(text) or not _word_char(text[end]))):
                return True
            at = text.find(stem, at + 1)
    return False


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _counts_at_least(test, items: list[int], needed: float) -> bool:
    """Whether ``test`` holds for ``needed`` of ``items`` at least, asked of as
    few of them as settle it."""
    hits, left = 0, len(items)
    for item in items:
        if hits >= needed or hits + left < needed:
            break
        hits += test(item)
        left -= 1
    return hits >= needed


def _long_headline(page: Page, body: list[int], k: int) -> bool:
    """Whether ``body[k]``, a line as long as a paragraph's, is a long
    headline between two paragraphs: it closes no sentence (a question
    neither) nor goes on on the next line, the paragraph above closes one, and
    the one under it opens as a sentence does. A news headline may run to
    sixteen words, and the next story's reads as a paragraph by its length."""
    if not 0 < k < len(body) - 1 or page.runs_on[body[k]]:
        return False
    lines = page.lines
    return (not lines[body[k]].rstrip().endswith(_STORY_ENDS)
            and lines[body[k - 1]].rstrip().endswith(_STORY_ENDS) and lines[body[k + 1]][:1].isupper())


def story_apart(page: Page, body: list[int], headline: str | None) -> list[int]:
    """``body`` cut back to the headline of another story printed whole under
    the article when the page's headline tells them apart: the body's
    paragraphs above it say the headline's words (``_APART_SAID`` of them at
    least, ``_APART_ABOVE`` words of prose), the heading says none of them,
    and the story under it (``_APART_PARAGRAPHS`` paragraphs at least) says
    them in ``_APART_ECHOES`` of its paragraphs at most, its opening
    paragraphs sharing at most ``_OTHER_SHARED`` of their words with the
    article above; or, when that story leaves the article's subject
    (:func:`_off_topic`), in ``_TOPIC_ECHOES`` of them, the heading saying
    ``_TOPIC_HEADING_SHARED`` of the article's words at most (a headline of
    another story may say a common word or two of it). The heading may be as
    long as a paragraph (:func:`_long_headline`). An article's own sections
    go on about its subject, however long it runs; the next story, whatever
    its length, speaks of another."""
    said = _stems(headline or "")
    if len(said) < _OTHER_SAID or len(body) < _APART_PARAGRAPHS + 3:
        return body
    lines, words = page.lines, page.words
    prose = [words[p] >= _SITE_PROSE_WORDS for p in body]
    below_count = list(accumulate(reversed(prose)))[::-1]
    paragraphs_at = list(compress(range(len(body)), prose))
    unsure = {s for s in said if s in _STOPWORD_STEMS or s.isdigit()}
    sure = said - unsure
    stems: dict[int, set[str]] = {}
    saying: dict[int, bool] = {}

    def stems_of(k: int) -> set[str]:
        if k not in stems:
            stems[k] = _stems(lines[body[k]])
        return stems[k]

    def says(k: int) -> bool:
        # a word opening on a headline's stem found by plain search; a line's words are read one by one
        # only where a headline's stem may be a stopword's or a figure's too
        if k not in saying:
            saying[k] = (_opens_word_on(lines[body[k]].lower(), sure)
                         or bool(unsure) and bool(stems_of(k) & said))
        return saying[k]

    terminal = page.column("terminal")
    above_words = 0
    for k, p in enumerate(body):
        if prose[k]:
            above_words += words[p]
            if words[p] > _APART_HEADLINE_WORDS[1] or terminal[p] or not _long_headline(page, body, k):
                continue
        # (a long headline was counted as prose above itself)
        above_prose = above_words - prose[k] * words[p]
        if (above_prose < _SHORT_ABOVE or k + 1 >= len(body) or not prose[k + 1]
                or below_count[k + 1] < _APART_PARAGRAPHS or not _apart_heading(page, p) or says(k)):
            continue
        at = bisect_left(paragraphs_at, k)
        below = paragraphs_at[bisect_right(paragraphs_at, k):]
        if above_prose < _APART_ABOVE:
            # a short article, its lines all paragraphs, the last closing a sentence right over
            # a heading of a headline's length: the story under the heading never says a headline
            # word, nor the heading one of the article's, and the article says one
            paragraphs = paragraphs_at[:at]
            if (k > 0 and prose[k - 1] and lines[body[k - 1]].rstrip().endswith(_STORY_ENDS)
                    and words[p] >= _OTHER_HEADLINE_WORDS[0] and k == len(paragraphs)
                    and not lines[p].isupper() and not _counts_at_least(says, below, 1)
                    and _counts_at_least(says, paragraphs, 1)
                    and not stems_of(k) & set().union(*(stems_of(j) for j in paragraphs))):
                return body[:k]
            continue
        if _counts_at_least(says, below, math.floor(_TOPIC_ECHOES * len(below)) + 1):
            continue
        paragraphs = paragraphs_at[:at]
        if not _counts_at_least(says, paragraphs, _APART_SAID * len(paragraphs)):
            continue
        few_echoes = not _counts_at_least(says, below, math.floor(_APART_ECHOES * len(below)) + 1)
        opening = set().union(*(stems_of(j) for j in below[:_OTHER_OPENING]))
        above = set().union(*(stems_of(j) for j in paragraphs))
        if len(opening & above) > _OTHER_SHARED * len(opening):
            continue
        shared = len(stems_of(k) & above)
        if (few_echoes and shared <= 1
                or shared <= _TOPIC_HEADING_SHARED and _off_topic(paragraphs, below, stems_of)):
            return body[:k - 1] if words[body[k - 1]] <= _TEASER_LABEL_WORDS else body[:k]
    return body


def _off_topic(paragraphs: list[int], below: list[int], stems_of) -> bool:
    """Whether the story under a heading leaves the article's subject: of the
    ``_TOPIC_WORDS`` words the article's ``paragraphs`` say most often (each in
    two paragraphs at least: its names, its subject), the first
    ``_TOPIC_READ`` paragraphs ``below`` say ``_TOPIC_KEPT`` at most. An
    article's own section goes on with its names and subject; the next story
    shares only common words with it."""
    counts = Counter(stem for j in paragraphs for stem in stems_of(j))
    top = [stem for stem, n in counts.most_common(_TOPIC_WORDS) if n >= 2]
    if len(top) < _TOPIC_WORDS:
        return False
    read = set().union(*(stems_of(j) for j in below[:_TOPIC_READ]))
    return sum(stem in read for stem in top) <= _TOPIC_KEPT

#: a teaser: a headline of so many words over a summary of so many, and the list of them opening the
#: body has this many at least
_TEASER_HEADLINE_WORDS, _TEASER_SUMMARY_WORDS, _TEASERS_OVER = (4, 20), (8, 80), 2
#: a label over the list ("More news") has this many words at most
_TEASER_LABEL_WORDS = 3
#: a summary of one or two sentences breaks so often at most (an abbreviation, "N.Y.", may look like one more)
_SUMMARY_BREAKS = 2
#: short labels over the list, at most
_STORY_TOP_LINES = 3
#: the story's own short lines (its headline, byline, date, a share button) among its first
#: paragraphs, at most
_STORY_SHORT_LINES = 6
#: ... and its first paragraphs, this many at most, one of which says a word of the page's headline
_STORY_TOP_PARAGRAPHS = 2
#: a teaser may say this many of the page's headline's words by chance ("deal", "sales")
_TEASER_CHANCE_SAID = 1
_SUMMARY_SENTENCE = re.compile(r"[.!?。！？][\"”’)]?\s+(?=\S)")


def _teaser_said(page: Page, body: list[int], k: int, said: set[str]) -> int | None:
    """How many of the page's headline's words (``said``) ``body[k]`` and
    ``body[k + 1]`` say when they are another story's teaser, None when they
    are not: a teaser's shape (:func:`teaser_shape`), the two saying at most
    ``_TEASER_CHANCE_SAID`` of the headline's words: another story may share a
    common word with it ("deal", "sales"), not its subject."""
    if k + 1 >= len(body) or not teaser_shape(page, body[k], body[k + 1]):
        return None
    shared = len((_stems(page.lines[body[k]]) | _stems(page.lines[body[k + 1]])) & said)
    return shared if shared <= _TEASER_CHANCE_SAID else None


def teaser_shape(page: Page, head: int, summary: int, longest: int = _TEASER_HEADLINE_WORDS[1]) -> bool:
    """Whether line ``head`` over line ``summary`` reads as a story's teaser:
    a headline (``longest`` words at most, no sentence's or list item's end,
    no sentence ending inside it) over a summary of one or two sentences that
    opens as a sentence does (not a paragraph's line going on in lower case)."""
    words, lines = page.words, page.lines
    if not (_TEASER_HEADLINE_WORDS[0] <= words[head] <= longest
            and _TEASER_SUMMARY_WORDS[0] <= words[summary] <= _TEASER_SUMMARY_WORDS[1]):
        return False
    top, text = lines[head].rstrip(), lines[summary].rstrip()
    return (not top.endswith(_ITEM_ENDS) and _SUMMARY_SENTENCE.search(top) is None
            and not text[:1].islower() and text.endswith(_STORY_ENDS)
            and len(_SUMMARY_SENTENCE.findall(text)) <= _SUMMARY_BREAKS)


#: a list of teasers has this many at least, and the story under it is read for this many lines
_TEASER_LIST, _UNDER_LIST_LINES = 3, 8


def teaser_list_headline(page: Page, row: int) -> bool:
    """Whether line ``row`` heads one teaser of a list of ``_TEASER_LIST`` or
    more (:func:`teaser_shape`, one under the other) whose words the story
    under the list (its first ``_STORY_TOP_PARAGRAPHS`` paragraphs, from the
    list's last summary on) never says, but for one by chance
    (``_TEASER_CHANCE_SAID``): another story's headline, not the page's,
    whose words the story under it repeats."""
    n = len(page.lines)
    if row + 1 >= n or not teaser_shape(page, row, row + 1):
        return False
    top = row
    while top >= 2 and teaser_shape(page, top - 2, top - 1):
        top -= 2
    end = row
    while end + 3 < n and teaser_shape(page, end + 2, end + 3):
        end += 2
    if (end - top) // 2 + 1 < _TEASER_LIST:
        return False
    said = _stems(page.lines[row])
    # the list's last summary too: its last pair may be the story's own headline over its lead
    under = [p for p in range(end + 1, min(n, end + 1 + _UNDER_LIST_LINES))
             if page.words[p] >= _SITE_PROSE_WORDS][:_STORY_TOP_PARAGRAPHS]
    repeated = set().union(*(_stems(page.lines[p]) for p in under)) & said
    return bool(under) and len(repeated) <= _TEASER_CHANCE_SAID


def teasers_over_story(page: Page, body: list[int], headline: str | None) -> list[int]:
    """``body`` without a list of other stories' teasers opening it (perhaps
    under a few short labels, "More news", or begun right above it):
    ``_TEASERS_OVER`` or more headlines each
    over a summary of one or two sentences, none saying a word of the page's
    headline, when the paragraph right under the list does (or the story's own
    headline, byline or labels among them, ``_STORY_SHORT_LINES`` at most). A site prints its
    latest stories over the article; the page's headline tells where its own
    story begins."""
    said = _stems(headline or "")
    if len(said) < _OTHER_SAID or len(body) < 3:
        return body
    # short labels over the list ("More news", or a post's "in" / "Category"), a few at most
    k = 0
    while k < min(_STORY_TOP_LINES, len(body)) and page.words[body[k]] <= _TEASER_LABEL_WORDS:
        k += 1
    # of the list's teasers, one at most says a headline's word (by chance: a list whose items
    # keep saying them is the article's own, a listicle's)
    chance = 0

    def teaser(lines: list[int], j: int) -> bool:
        nonlocal chance
        shared = _teaser_said(page, lines, j, said)
        if shared is None or shared and chance:
            return False
        chance += shared
        return True

    pairs, at = 0, body[0]
    if not k and body[0] and teaser([body[0] - 1, body[0]], 0):
        # the body opens on a summary, its headline left out above it
        k, pairs, at = 1, 1, body[0] - 1
    while teaser(body, k):
        k, pairs = k + 2, pairs + 1
    # the list may have begun right above the body (the region left its last pair to the article)
    while pairs and pairs < _TEASERS_OVER and at >= 2 and teaser([at - 2, at - 1], 0):
        at, pairs = at - 2, pairs + 1
    if pairs < _TEASERS_OVER:
        return body
    # the story opens under the list: a line of its first paragraphs, or of its own headline or
    # labels among them (a few short lines), says more of the page's headline's words than the
    # list did
    paragraphs = short = 0
    for j in range(k, len(body)):
        if len(_stems(page.lines[body[j]]) & said) > chance:
            return body[k:]
        if page.words[body[j]] >= _SITE_PROSE_WORDS:
            paragraphs += 1
        else:
            short += 1
        if paragraphs >= _STORY_TOP_PARAGRAPHS or short > _STORY_SHORT_LINES:
            break
    return body


#: teasers under the story: each shares this share of its words at most with the article above,
#: which holds this many words of prose at least; a digest's item has a headline this long at most
_UNDER_SHARED, _UNDER_ABOVE, _DIGEST_HEADLINE_WORDS = 0.25, 40, 35


def teasers_under_story(page: Page, body: list[int], headline: str | None) -> list[int]:
    """``body`` without a list of other stories' teasers printed under the
    article (perhaps under a short label, "Related stories"):
    ``_TEASER_LIST`` or more teasers (:func:`_teaser_said`, one at most
    saying a word of the page's headline by chance), under ``_UNDER_ABOVE``
    words of prose that say ``_OTHER_SAID`` of the headline's words, each
    teaser sharing at most ``_UNDER_SHARED`` of its words with that prose.
    The article's own parts under headings speak of its subject, and a
    digest's items ("10 things to know today") go on under the list in the
    same shape; another story's teaser does neither. What the body holds
    under the list (the article's credit line, its last paragraphs) stays."""
    said = _stems(headline or "")
    if len(said) < _OTHER_SAID or len(body) < 2 * _TEASER_LIST + 1:
        return body
    words = page.words
    # by word counts alone, over the whole body first: a teaser opens at k, k + 2, k + 4
    counts = page.word_array[body]
    heads, summaries = counts[:-1], counts[1:]
    fit = np.zeros(len(body) + 2 * _TEASER_LIST, dtype=bool)
    fit[:len(body) - 1] = (heads >= _TEASER_HEADLINE_WORDS[0]) & (heads <= _TEASER_HEADLINE_WORDS[1]) \
        & (summaries >= _TEASER_SUMMARY_WORDS[0]) & (summaries <= _TEASER_SUMMARY_WORDS[1])
    listed = fit[:len(body)].copy()
    for step in range(1, _TEASER_LIST):
        listed &= fit[2 * step:2 * step + len(body)]
    done = 1
    for k in listed.nonzero()[0].tolist():
        if k < done:
            continue
        chance, end = 0, k
        while (shared := _teaser_said(page, body, end, said)) is not None and not (shared and chance):
            chance, end = chance + shared, end + 2
        # (a digest's items go on under the list, one with a longer headline or a headline word:
        # the article's own list, not other stories')
        digest = end + 1 < len(body) and teaser_shape(page, body[end], body[end + 1], _DIGEST_HEADLINE_WORDS)
        if (end - k) // 2 >= _TEASER_LIST and not digest and _apart_from_above(page, body, k, end, said):
            start = k - 1 if words[body[k - 1]] <= _TEASER_LABEL_WORDS else k
            return body[:start] + body[end:]
        done = end + 1
    return body


def _apart_from_above(page: Page, body: list[int], k: int, end: int, said: set[str]) -> bool:
    """Whether the teasers ``body[k:end]`` stand under the article's prose
    (``_UNDER_ABOVE`` words saying ``_OTHER_SAID`` of the headline's words)
    and speak of other things: each shares at most ``_UNDER_SHARED`` of its
    words with it."""
    prose = [p for p in body[:k] if page.words[p] >= _SITE_PROSE_WORDS]
    if sum(page.words[p] for p in prose) < _UNDER_ABOVE:
        return False
    above = set().union(*(_stems(page.lines[p]) for p in prose))
    if len(above & said) < _OTHER_SAID:
        return False
    for j in range(k, end, 2):
        stems = _stems(page.lines[body[j]]) | _stems(page.lines[body[j + 1]])
        if len(stems & above) > _UNDER_SHARED * len(stems):
            return False
    return True
