"""The plain-text cleaner: from the text of a web page to its article.

1. Every non-empty line is measured (:mod:`.lines`) and set in its context
   (:mod:`.context`).
2. The shipped line model (:mod:`.classifier`) scores each line as before,
   inside or after the article, as its first or first-after line, and as
   kept or dropped.
3. The article is the one run of lines that best fits those scores
   (:mod:`.region`); inside it, dropped lines (ads, "Read more" links) go.
4. The headline is found just above the article (:mod:`.title`), captions
   and their credits are split off (:mod:`.captions`), and everything else
   is listed as boilerplate. Lines that are furniture on sight (``rules``:
   "Share", "Leave a Reply", "image") are never body, whatever the model says.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import compress

import numpy as np

from .captions import FoundCaption, find_captions, picture_descriptions
from .classifier import line_model
from .context import design_matrix
from .edges import dated_captions_above, trim_edges
from .language import detect_language
from .lines import Page, key_of, lines_holding, read_page
from .model import Extraction
from .region import (
    after_gallery,
    article_span,
    drop_copied_runs,
    drop_printed_again,
    end_at_closing_heading,
    end_before_comments,
    end_before_teasers,
    extend_over_prose,
    extend_over_records,
    first_occurrences,
)
from .rules.boilerplate import NOTICE, NOTICE_HINTS, PICTURE_ALT_TEXT, PROMOTION, WIDGET, WIDGET_WORDS
from .rules.credits import LOWERCASE_PICTURE, PICTURE_BUTTONS
from .rules.shapes import PRINTED_ESCAPED_MARKUP, PRINTED_JSON, PRINTED_MARKUP
from .title import find_title

#: enough of the body to tell its language
_LANGUAGE_SAMPLE = 3000
#: the headline printed again near it (a breadcrumb, a share box, a second heading, the
#: page's title "Headline | Site", a picture's alt text "Headline featured image") is not body
_TITLE_REPEAT, _TITLE_SUFFIX_WORDS = 12, 4
#: an article none of whose lines the model keeps keeps its prose of this many words at
#: least, at this share of the keep threshold
_BARE_WORDS, _BARE_KEEP = 12, 0.5
#: a lowercase picture's alt text has this many words at least; how a sentence ends, how
#: a paragraph ends that is not alt text, and how a teaser's cut summary trails off
_PICTURE_WORDS = 4
_SENTENCE_ENDS = (".", "!", "?", "”", '"')
_PICTURE_NOT_ENDS = (".", "!", "?", ":", ";", ",", "”", '"')
_TRAILING = ("...", "…")
#: a line printed twice over is this long at least ("Deep endDeep end")
_TWICE_CHARS = 8
#: a picture's button is this short ("View image in fullscreen")
_BUTTON_WORDS = 4


@dataclass(frozen=True)
class Article:
    """Where the article is in a page: its body lines, its captions and the
    lines that only repeated a caption (positions in ``page.lines``)."""

    page: Page
    start: int
    body: list[int]
    captions: list[FoundCaption]
    caption_lines: set[int]
    repeats: set[int]


def looks_clean(page: Page) -> bool:
    """Whether the text has the form of a body this cleaner prints: every
    line a paragraph of its own, and no line that is furniture on sight.
    No page of the dev sets has it, in either rendering: a renderer puts the
    menus, share boxes and placeholders of a page on lines of their own, or
    runs lines together."""
    return bool((page.column("blank_before") * page.column("blank_after")).all()) \
        and not (page.column("furniture") + page.column("placeholder")).any()


def _notices(page: Page, positions: list[int]) -> set[int]:
    """The ``positions`` whose line is a site's notice or promotion
    (:data:`NOTICE`, :data:`PROMOTION`): a cookie banner, a button's small
    print, a share button's label, its newsletter. Only the lines that hold
    one of :data:`NOTICE_HINTS` are read."""
    lines = [page.lines[p] for p in positions]
    return {positions[k] for k in lines_holding(lines, NOTICE_HINTS)
            if NOTICE.match(lines[k]) or PROMOTION.search(lines[k])}


def _printed_twice(line: str) -> bool:
    """Whether ``line`` is one text twice over, as a text browser prints a
    picture's alt text and title run together ("Deep endDeep end")."""
    half, odd = divmod(len(line), 2)
    return len(line) >= _TWICE_CHARS and line[:half] == line[half + odd:] and (not odd or line[half] == " ")


def _printed_source(line: str) -> bool:
    """Whether ``line`` is the page's source printed as text: markup, markup
    escaped for display, or JSON data (:data:`~.rules.shapes.PRINTED_MARKUP`)."""
    return (line.startswith("<") and PRINTED_MARKUP.match(line) is not None) \
        or ("&lt;" in line and PRINTED_ESCAPED_MARKUP.search(line) is not None) \
        or (('":' in line or '",' in line) and PRINTED_JSON.search(line) is not None)


def _widgets(page: Page, positions: list[int]) -> set[int]:
    """The ``positions`` whose line is a widget set among the paragraphs
    (:data:`WIDGET`): a button, a price and its shop, a social embed's frame,
    an advertisement's slot, a table of contents' heading; or a picture's alt
    text (:data:`PICTURE_ALT_TEXT`, :func:`_printed_twice`) or its button
    (:data:`PICTURE_BUTTONS`: "View image in fullscreen"); or the page's
    source printed as text (:func:`_printed_source`), whatever its length."""
    def widget(p: int) -> bool:
        line = page.lines[p]
        if _printed_twice(line) or _printed_source(line):
            return True
        if page.words[p] > WIDGET_WORDS:
            return False
        return WIDGET.match(line.lower()) is not None or PICTURE_ALT_TEXT.match(line) is not None \
            or (page.words[p] <= _BUTTON_WORDS and key_of(line) in PICTURE_BUTTONS)

    return {p for p in positions if widget(p)}


def _without_lowercase_pictures(page: Page, body: list[int]) -> list[int]:
    """``body`` without a picture's alt text written in lower case
    (:data:`LOWERCASE_PICTURE`, ``_PICTURE_WORDS`` words at least) between
    a line that finished a sentence and the next, finishing none itself (or
    trailing off, "..."): a sentence broken over lines runs on from a line
    that did not finish."""
    lines = page.lines

    def picture(prev: int, pos: int) -> bool:
        line = lines[pos]
        return line[:1] in "at" and LOWERCASE_PICTURE.match(line) is not None \
            and page.words[pos] >= _PICTURE_WORDS and lines[prev].endswith(_SENTENCE_ENDS) \
            and (not line.endswith(_PICTURE_NOT_ENDS) or line.endswith(_TRAILING))

    drop = {pos for prev, pos in zip(body, body[1:]) if picture(prev, pos)}
    return [p for p in body if p not in drop] if drop else body


def _paragraphs_of_bare_region(page: Page, keep: np.ndarray, threshold: float, start: int,
                                end: int) -> np.ndarray:
    """The paragraphs of the article [start, end) when the line model keeps
    none of its lines: the lines of prose (``_BARE_WORDS`` words or more,
    closing a sentence) that it keeps with a lower ``threshold``. A page holds
    an article; one of a single short paragraph among comment headers and
    "Posted in" lines reads too little like one for the model to keep."""
    words = np.asarray(page.words[start:end])
    prose = (words >= _BARE_WORDS) & (page.column("terminal")[start:end] > 0) \
        & (keep[start:end] >= threshold) & (page.column("furniture")[start:end] == 0)
    return start + np.flatnonzero(prose)


def find_article(page: Page, template_lines: frozenset[str] = frozenset()) -> Article:
    """The article's lines and captions in a page with lines."""
    model = line_model()
    verdicts = model.judge(design_matrix(page))
    start, end = article_span(verdicts, model.boundary_weight)
    start, end = extend_over_prose(page, verdicts, start, end)
    end = extend_over_records(page, start, end)
    end = end_before_teasers(page, start, end_before_comments(page, start, end))
    end = end_at_closing_heading(page, verdicts.keep, model.keep_threshold, start, end)
    furniture = page.column("furniture") + page.column("placeholder")
    described = picture_descriptions(page, start, end)
    captions = find_captions(page, start, end, described)
    caption_lines = {p for found in captions for p in found.lines}
    repeats = {p for found in captions for p in found.dropped} | set(described)
    kept = start + np.flatnonzero((verdicts.keep[start:end] >= model.keep_threshold)
                                  & (furniture[start:end] == 0))
    if not kept.size:
        kept = _paragraphs_of_bare_region(page, verdicts.keep, _BARE_KEEP * model.keep_threshold, start, end)
    lines = [p for p in kept.tolist() if page.lines[p] not in template_lines
             and p not in caption_lines and p not in repeats]
    notices = _notices(page, lines)
    # a gallery is found by its counters and buttons, which are widgets too
    shown = after_gallery(page, first_occurrences(page, [p for p in lines if p not in notices]))
    widgets = _widgets(page, shown)
    body = _without_lowercase_pictures(page, [p for p in shown if p not in widgets])
    return Article(page, start, body, captions, caption_lines, repeats)


def _repeats_headline(page: Page, pos: int, title: int, headline: str) -> bool:
    """The line repeats the headline near it (above it, whatever follows: a
    teaser of the article itself, "Headline Its first sentence ..."), or is
    the end of a headline printed over two lines."""
    line = page.lines[pos]
    if pos == title + 1 and headline.endswith(" " + line):
        return True
    return abs(pos - title) < _TITLE_REPEAT and line.startswith(headline) \
        and (pos < title or len(line.split()) - len(headline.split()) <= _TITLE_SUFFIX_WORDS)


def _body_and_title(page: Page, template_lines: frozenset[str] = frozenset()
                    ) -> tuple[Article, list[int], int | None, str | None]:
    """The article, its body lines, and the headline's line and text (a line
    taken for a caption is never the headline)."""
    article = find_article(page, template_lines)
    body = article.body
    found = find_title(page, body[0] if body else article.start,
                       article.repeats | article.caption_lines)
    captions = {page.lines[p] for p in article.caption_lines} | {c.caption.text for c in article.captions}
    title, headline = found if found is not None else (None, None)
    if title is not None:
        near = range(max(0, title - _TITLE_REPEAT + 1), min(len(page.lines), title + _TITLE_REPEAT))
        repeats = {p for p in near if _repeats_headline(page, p, title, headline)}
        # the headline printed again as the body's first line, however far below it
        repeats.update(p for p in body[:1] if page.lines[p] == headline)
        body = dated_captions_above(page, [p for p in body if p != title and p not in repeats], title)
    return article, drop_printed_again(page, drop_copied_runs(page, trim_edges(page, body, captions))), \
        title, headline


def extract_text(text: str, template_lines: frozenset[str] = frozenset()) -> Extraction:
    """Clean the plain text of one web page.

    Text that already has the form of a cleaned body (:func:`looks_clean`) is
    an article: it comes back whole, so that cleaning is idempotent and a
    user who submits a clean article gets it back as it was.

    ``template_lines`` are lines known to recur across pages of the same
    source (a per-source memory kept by the caller); they are never body.
    """
    page = read_page(text)
    if not page.lines:
        return Extraction(body="")
    if looks_clean(page):
        body_text = "\n\n".join(line for line in page.lines if line not in template_lines)
        return Extraction(body=body_text, lang=detect_language(body_text[:_LANGUAGE_SAMPLE]),
                          boilerplate=tuple(line for line in page.lines if line in template_lines))
    article, body, title, headline = _body_and_title(page, template_lines)

    dropped = np.ones(len(page.lines), dtype=bool)
    dropped[[*body, *article.caption_lines, *([title] if title is not None else [])]] = False
    body_text = "\n\n".join(page.lines[p] for p in body)
    return Extraction(
        body=body_text,
        title=headline,
        captions=tuple(found.caption for found in article.captions),
        boilerplate=tuple(compress(page.lines, dropped.tolist())),
        lang=detect_language(body_text[:_LANGUAGE_SAMPLE]),
    )
