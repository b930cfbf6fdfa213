"""Where the article is: the one contiguous run of lines that best explains
the line model's verdicts.

Every line is before, inside or after the article; the article starts once
and ends once. The run [start, end) is chosen to maximise the summed
log-probabilities of that labelling plus the start and end scores of its two
boundaries (a semi-Markov decoding), in one linear pass.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Collection
from functools import partial
from itertools import compress, islice

import numpy as np

from .classifier import Verdicts
from .context import design_of
from .credits import has_credit_word, names_credit_word
from .lines import Page
from .rules.boilerplate import (
    AD_SLOTS,
    BIOGRAPHY_OPENING,
    CLOSING_BY,
    CLOSING_HEADINGS,
    CLOSING_PATTERN,
    COMMENT_FORM_FIELDS,
    COMMENT_FORM_ONLY,
    COMMENT_SIGN,
    FINAL_HEADINGS,
    MORE_BUTTONS,
    NEXT_ARROWS,
    NEXT_STORY_LABELS,
    POST_NAVIGATION_ROW,
    PREVIOUS_ARROWS,
    READ_ALSO_LINK,
    READ_ON,
    READER_APPEAL_OPENING,
    READER_APPEAL_PHRASE,
    RIGHTS_LINE,
    RIGHTS_NOTICE,
    SITE_ABOUT_HEADINGS,
)
from .rules.bylines import AUTHOR_PREFIX, BARE_BY, DATE_LINE, META_LABEL, NAME_ROLE_SEPARATOR
from .rules.shapes import (
    BULLET,
    CHAPTER_MARK,
    CHAPTER_MARK_CLOSING,
    COMMAS,
    CONCLUDING_HEADING,
    CONS_HEADINGS,
    CONTACT_LINE,
    E_MAIL,
    FOOTNOTE_BACKLINK,
    GLUED_BLURB,
    INGREDIENT_AMOUNT,
    INGREDIENT_COUNTED,
    INGREDIENT_HEADINGS,
    LIFE_DATES,
    METHOD_HEADINGS,
    MONTH_NAME,
    NUMERIC_DATE,
    PHONE_AT_END,
    PROS_AND_CONS,
    PROS_HEADINGS,
    RELATIVE_HINT,
    RELATIVE_TIME,
    REPLY_BUTTON,
    SLIDE_COUNTER,
    TIME_STAMP,
    VERDICT_HEADINGS,
)
from .rules.stopwords import ALL_STOPWORDS

_COMMAS = tuple(COMMAS)
_PROSE_WORDS = 12
#: a site's menu at the article's top, printed by a text browser (:func:`start_after_glued_menu`):
#: the words of its labels at most, and the entries with their blurb glued on it holds at least
_MENU_ENTRY_WORDS, _GLUED_MENU_ENTRIES = 8, 4
_MENU_LABEL_ENDS = (".", "!", "?", ":", ",")
_PROSE_STOPS = 0.2
_SURE_KEEP = 0.9
#: a short closing sentence ("She is survived by two daughters.") of this many words at least
#: may be the article's last paragraph, right under its end
_LAST_SENTENCE_WORDS = 7
#: ... that the model keeps this sure at least (a blog's sign-off, "So, grab your secateurs and
#: enjoy the flowers!", reads less like prose to it than a paragraph does)
_LAST_SENTENCE_KEEP = 0.7
#: a question or exclamation inside the line makes it a call to the reader ("Ready to start? Sign
#: up today.", "Thanks for reading! Share this post."), not the last paragraph
_CALL_MARKS = ("?", "!", "？", "！")
#: a comment section: its heading or first header, then this many more comment signs
#: (headers, "3 hours ago") on short lines within the next lines
_COMMENT_SIGNS, _COMMENT_REACH, _SIGN_WORDS = 2, 15, 8
#: a list of teasers: this many date lines (a month named, or "3 hours ago") within so many lines
_TEASER_DATES, _TEASER_REACH = 3, 20
#: a teaser's headline and author sit at most this far above its date, and are short
_TEASER_HEAD, _HEAD_WORDS = 3, 12
#: ... and a headline has this many words at least
_HEADLINE_WORDS = 4
#: a repeated line this long is the same paragraph again; shorter ones (a price, "Yes") recur in tables
_REPEAT_WORDS = 8
#: ... within this many lines: lists (recipes, product features) repeat their items further apart
_REPEAT_REACH = 30
#: a paragraph this long whose words the body has already said, in order, is the article printed again
_AGAIN_WORDS = 20
#: ... and opens with the same characters as a line above: where the copies line up
_OPENING = 24
#: a run of body lines that repeats an earlier run line for line is the article printed
#: again once it holds this many words; the earlier places a line was seen that are tried
_COPIED_WORDS, _COPY_CANDIDATES = 60, 4
#: a heading this short (words) may close the article ...
_CLOSING_WORDS = 6
#: ... or this long when it opens the author's other posts (:data:`CLOSING_BY`), whose
#: teasers may hold this share of the article's kept prose
_CLOSING_BY_WORDS, _PROSE_AFTER_CLOSING_BY = 6, 0.25
#: ... and the author's box (:func:`end_before_author_box`), found by the byline's name, so much
_PROSE_AFTER_AUTHOR_BOX = 1.0
#: ... when what follows it holds at most this share of the article's kept prose
_PROSE_AFTER_CLOSING = 0.1
#: a heading after which no article goes on (:data:`FINAL_HEADINGS`) has this many words at least,
#: and the prose under it is at most this share of the prose above (it closes the article's last
#: part: set among the paragraphs, the same words label a box)
_FINAL_WORDS, _PROSE_AFTER_FINAL = 3, 2 / 3
#: a closing heading a renderer broke at its link ("More" / "Business News", "Related" /
#: "Articles"): its second line has this many words at most
_BROKEN_HEADING_WORDS = 4
#: a closing heading with no prose in this many lines under it opens a list that runs on,
#: unless its first lines are a menu's items of at most so many words
_LIST_LINES, _MENU_LINES, _MENU_WORDS = 10, 3, 2
#: words of prose an article keeps above its comments, at least (else the comments are the page)
_ARTICLE_ABOVE = 40
#: a gallery above the article: its slide counter among the body's first lines, the words of
#: body at most above that counter, at least below it, and the words of a counter's pieces
_GALLERY_LINES, _GALLERY_WORDS, _ARTICLE_BELOW, _COUNTER_WORDS = 40, 200, 150, 3
#: the characters at the end of a caption searched for its credit
_CREDIT_TAIL = 200
#: the short lines (a gallery's "Back to gallery", "Close") that close it under its last counter
_GALLERY_TAIL = 3


def _boundary_scores(verdicts: Verdicts, boundary_weight: float) -> tuple[np.ndarray, np.ndarray]:
    """Per line i: the score of the article starting at i (``opening``), and
    of it ending just after i (``closing``); a span [s, e) scores
    ``opening[s] + closing[e - 1]``."""
    region = verdicts.region
    n = len(region)
    before = np.concatenate(([0.0], region[:, 0].cumsum()))
    inside = np.concatenate(([0.0], region[:, 1].cumsum()))
    after = np.concatenate(([0.0], region[:, 2].cumsum()))
    opening = before[:n] - inside[:n] + boundary_weight * verdicts.start
    closing = inside[1:] - after[1:] + boundary_weight * np.concatenate((verdicts.end[1:], [0.0]))
    return opening, closing


def article_span(verdicts: Verdicts, boundary_weight: float = 1.0) -> tuple[int, int]:
    """[start, end) of the article; (0, 0) for a page without lines."""
    n = len(verdicts.region)
    if n == 0:
        return 0, 0
    opening, closing = _boundary_scores(verdicts, boundary_weight)
    best_opening = np.maximum.accumulate(opening)
    end = int((best_opening + closing).argmax()) + 1
    start = int(opening[:end].argmax())
    return start, end


def around_kept_prose(page: Page, verdicts: Verdicts, threshold: float, start: int, end: int,
                      boundary_weight: float = 1.0) -> tuple[int, int]:
    """[start, end) kept when it holds a line of prose (``_PROSE_WORDS``
    words or more, closing a sentence); else the best-scoring run that holds
    one the line model keeps (``keep`` at least ``threshold``), when the page
    has one. A short article (two paragraphs) over a long list of dated
    teasers: the model takes the list for what comes before the article, and
    the best run alone lands on a teaser's line, with no sentence in it. A
    run with a paragraph the model doubts is left to
    :func:`.text._paragraphs_of_bare_region`."""
    terminal = page.column("terminal")
    # the region holds a paragraph on most pages: that is read on its lines alone first (teasers
    # under a menu, each a summary over "Read more", are no article's paragraphs)
    paragraphs = int(((page.word_array[start:end] >= _PROSE_WORDS) & (terminal[start:end] > 0)).sum())
    if paragraphs:
        if paragraphs == 1 or _teasers_only(page, start, end):
            return _to_longer_sure_run(page, verdicts, start, end)
        if headlines_and_summaries(page, start, end) or (paragraphs <= _FOOTER_PARAGRAPHS
                                                          and _over_rights_line(page, end)) \
                or (paragraphs <= _NOTICE_PARAGRAPHS and _closes_on_rights_notice(page, start, end)):
            return _to_run_of_paragraphs(page, verdicts, threshold, start, end, boundary_weight)
        return start, end
    prose = (page.word_array >= _PROSE_WORDS) & (terminal > 0) & (verdicts.keep >= threshold)
    if not prose.any():
        return start, end
    return _best_run_over(verdicts, prose.nonzero()[0], boundary_weight)


def _best_run_over(verdicts: Verdicts, candidates: np.ndarray, boundary_weight: float,
                   low: int = 0, high: int | None = None) -> tuple[int, int]:
    """The best-scoring run [start, end) inside [low, high) that holds one of
    the ``candidates`` lines (which lie there)."""
    opening, closing = _boundary_scores(verdicts, boundary_weight)
    opening, closing = opening[low:high], closing[low:high]
    best_opening = np.maximum.accumulate(opening)
    best_closing = np.maximum.accumulate(closing[::-1])[::-1]
    scores = best_opening[candidates - low] + best_closing[candidates - low]
    at = int(candidates[scores.argmax()]) - low
    return low + int(opening[:at + 1].argmax()), low + at + int(closing[at:].argmax()) + 1


#: a region of this many paragraphs at most that closes on the site's rights line, or within so
#: many lines over it, is the footer's prose (a disclaimer, the site's word on itself)
_FOOTER_PARAGRAPHS, _RIGHTS_REACH, _RIGHTS_WORDS = 3, 3, 15


def _over_rights_line(page: Page, end: int) -> bool:
    """Whether the site's rights line (:data:`RIGHTS_LINE`: "Copyright ©
    2023 Example Inc.", a short line) is the last line of a region ending at
    ``end`` or lies within ``_RIGHTS_REACH`` lines under it."""
    return any(page.words[p] <= _RIGHTS_WORDS and RIGHTS_LINE.search(page.keys[p]) is not None
               for p in range(max(0, end - 1), min(len(page.lines), end + _RIGHTS_REACH)))


#: a region of this many paragraphs at most, one of its last so many opening on the site's rights
#: notice of any length ("© 2019 Example, LLC. All rights reserved. Example is the owner of ..."),
#: with no header over it, is the footer's notices (disclaimers, trademarks)
_NOTICE_PARAGRAPHS, _NOTICE_LAST = 8, 2


def _closes_on_rights_notice(page: Page, start: int, end: int) -> bool:
    """Whether one of the last ``_NOTICE_LAST`` paragraphs of [start, end)
    opens on the site's rights notice (:data:`RIGHTS_LINE`'s opening, then
    :data:`RIGHTS_NOTICE`: "© 2019 Acme, LLC. All rights reserved. Acme is the
    owner of ...") and no byline or date line stands right over ``start``
    (:func:`_under_header`): a footer's disclaimers and trademark notices
    read as prose, more of it than a short article's above them; an
    article opens under its header."""
    prose = (page.word_array[start:end] >= _PROSE_WORDS) & (page.column("terminal")[start:end] > 0)
    last = (prose.nonzero()[0][-_NOTICE_LAST:] + start).tolist()
    return any(RIGHTS_LINE.match(page.keys[p]) is not None and (notice := RIGHTS_NOTICE.match(page.lines[p]))
               is not None and notice.end() > 0 for p in last) and not _under_header(page, start)


def _to_run_of_paragraphs(page: Page, verdicts: Verdicts, threshold: float, start: int, end: int,
                          boundary_weight: float) -> tuple[int, int]:
    """[start, end), a list of teasers (:func:`headlines_and_summaries`) or
    the footer's prose over the site's rights line (:func:`_over_rights_line`), or
    the best-scoring run through a paragraph the line model keeps above
    it, when that run is no such list and holds ``_ARTICLE_ABOVE`` words of
    prose: a short article over a long list of other stories' headlines and
    summaries, or over a long disclaimer, which read as prose, more of it
    than the article's."""
    words, terminal = page.word_array, page.column("terminal") > 0
    prose = (words >= _PROSE_WORDS) & terminal & (verdicts.keep >= threshold)
    candidates = prose[:start].nonzero()[0]
    if not candidates.size:
        return start, end
    # the run lies wholly above the list: an article comes before the teasers of other stories
    first, stop = _best_run_over(verdicts, candidates, boundary_weight, 0, start)
    said = int(words[first:stop][(words[first:stop] >= _PROSE_WORDS) & terminal[first:stop]].sum())
    if said < _ARTICLE_ABOVE or headlines_and_summaries(page, first, stop):
        return start, end
    return first, stop


#: a teaser's summary has its button ("Read more") within this many lines under it
_BUTTON_REACH = 2


def _summary_at(page: Page, pos: int) -> bool:
    """Line ``pos`` has a button to read on (:data:`MORE_BUTTONS`, "Read
    more", "Learn more") within ``_BUTTON_REACH`` lines under it: a teaser's
    summary of another story, none of the article's paragraphs."""
    keys = page.keys
    return any(keys[q] in MORE_BUTTONS for q in range(pos + 1, min(len(keys), pos + 1 + _BUTTON_REACH)))


def _teasers_only(page: Page, start: int, end: int) -> bool:
    """Every paragraph of [start, end) is a teaser's summary: the region
    holds a menu's or a sidebar's promotions ("image" / summary / "Read
    more"), and the line model, reading the menu under them as what follows
    an article, took them for the article."""
    prose = (page.word_array[start:end] >= _PROSE_WORDS) & (page.column("terminal")[start:end] > 0)
    return all(_summary_at(page, start + int(at)) for at in prose.nonzero()[0])


#: a run of sure paragraphs outside the region is the article when it holds this many paragraphs
#: and words at least, and more than this many times the sure prose of the region
_SURE_RUN_LINES, _SURE_RUN_WORDS, _SURE_RUN_SHARE = 2, 60, 2
#: a list of teasers: each summary this many words at least (a headline cut short, "Microsoft
#: offers a bundle..", is shorter), under a headline of so many words at most
_SUMMARY_LINE, _TEASER_HEADLINE = 2 * _PROSE_WORDS, 16


def headlines_and_summaries(page: Page, start: int, end: int) -> bool:
    """Whether [start, end) is a list of teasers and nothing more: its
    summaries (``_SUMMARY_LINE`` words or more, closing a sentence),
    ``_TEASER_PAIRS`` or more, each of one or two sentences (at most
    ``_SUMMARY_WORDS``) right under its headline (``_HEADLINE_WORDS`` to
    ``_TEASER_HEADLINE`` words, perhaps cut short: "Lenovo laptops with
    improved Alexa suppor.."), none right under another. An article's
    paragraphs come in a row somewhere; a list of other stories' teasers
    never does."""
    words, terminal = page.word_array[start:end], page.column("terminal")[start:end] > 0
    summaries = (words >= _SUMMARY_LINE) & terminal
    at = summaries.nonzero()[0] + start
    if at.size < _TEASER_PAIRS or at[0] == 0 or (summaries[1:] & summaries[:-1]).any():
        return False
    # (the first headline may lie just above the region, which the model opened on its summary)
    headlines = page.word_array[at - 1]
    at -= start
    return bool((words[at] <= _SUMMARY_WORDS[1]).all() and (headlines >= _HEADLINE_WORDS).all()
                and (headlines <= _TEASER_HEADLINE).all())


def _to_longer_sure_run(page: Page, verdicts: Verdicts, start: int, end: int) -> tuple[int, int]:
    """[start, end), a region that holds one paragraph or only teasers'
    summaries (:func:`_teasers_only`), or the longest run of consecutive
    paragraphs the line model surely keeps (``_SURE_KEEP``, prose as
    :func:`_prose_printed_once` reads it, a teaser's summary none) outside
    it, when that run holds ``_SURE_RUN_LINES`` paragraphs and
    ``_SURE_RUN_WORDS`` words at least, and more than ``_SURE_RUN_SHARE``
    times the region's own: a short article under a long menu that holds a
    teaser's summary (one line, "Free camps let pupils learn about the
    bay."), which the region model, reading the menu under it as what follows
    an article, takes for the article; or a menu's promotions, each a
    summary over "Read more"."""
    words = _prose_printed_once(page, verdicts, 0, len(page.lines))
    if not words.any():
        return start, end
    for pos in words.nonzero()[0].tolist():
        if _summary_at(page, pos):
            words[pos] = 0
    outside = words.copy()
    outside[start:end] = 0
    # runs of consecutive sure paragraphs outside the region: their edges, and the words of each
    sure = outside > 0
    edges = np.diff(np.concatenate(([0], sure.astype(np.int8), [0]))).nonzero()[0]
    best, best_first, best_stop = 0, 0, 0
    for first, stop in zip(edges[::2].tolist(), edges[1::2].tolist()):
        said = int(outside[first:stop].sum())
        if stop - first >= _SURE_RUN_LINES and said > best:
            best, best_first, best_stop = said, first, stop
    if best < _SURE_RUN_WORDS or best <= _SURE_RUN_SHARE * int(words[start:end].sum()):
        return start, end
    return best_first, best_stop


#: a byline or date line opens the article when prose follows it within this many lines, and
#: it lies this many lines below the region's start at least
_ANCHOR_WORDS, _ANCHOR_REACH, _ANCHOR_BELOW = 8, 10, 10
#: the headline's lines over the byline or date: not closing a sentence, of so many words at
#: most, this many lines at most
_ANCHOR_HEAD, _ANCHOR_HEAD_WORDS = 3, 25
#: bylines that recur (more than so many within so many lines) are a list's items ("by Jane Doe
#: (May 13th)" under each book), not the article's own
_ANCHOR_REPEATS, _ANCHOR_REPEAT_REACH = 3, 60


def start_after_glued_menu(page: Page, start: int, end: int) -> int:
    """The article's start past a site's menu it opens on, as a text browser
    prints it: entries whose name and blurb are glued into one line
    (:func:`_glued_entry`: "Cloud StorageKeep your files safe"), between the
    menu's labels and links ("Products", "Back", "View All Products &
    Services"). The menu is a run of such lines, its labels of
    :data:`_MENU_ENTRY_WORDS` words at most not ending on a stop, with
    :data:`_GLUED_MENU_ENTRIES` glued entries at least; the article opens
    under its last glued entry."""
    lines, words = page.lines, page.words
    glued, last = 0, start - 1
    for pos in range(start, end):
        if _glued_entry(lines[pos]):
            glued, last = glued + 1, pos
        elif words[pos] > _MENU_ENTRY_WORDS or lines[pos].endswith(_MENU_LABEL_ENDS):
            break
    if glued < _GLUED_MENU_ENTRIES or last + 1 >= end:
        return start
    return last + 1


def _glued_entry(line: str) -> bool:
    """Whether ``line`` is a menu entry's name glued to its blurb: a name in
    capitals (its lowercase words of three letters at most: "Tools and
    Resources") up to a lowercase letter with a capital opening a word right
    after it (:data:`GLUED_BLURB`). Not a name in one word with capitals inside
    ("iPhone", "MacBook") in a sentence."""
    glue = GLUED_BLURB.search(line)
    if glue is None:
        return False
    name = [word.lstrip("(\"“'‘") for word in line[:glue.start() + 1].split()]
    return bool(name) and name[0][:1].isupper() and all(
        word[:1].isupper() or word[:1].isdigit() or len(word) <= 3 for word in name)


def start_at_byline(page: Page, keep: np.ndarray, threshold: float, start: int, end: int) -> int:
    """The start of the article moved down to its headline, over the byline
    or date line under it ("By Jane Doe", "Posted on March 30, 2015",
    "Updated"), when that is the region's first such line, prose follows it
    closely, and the ``_ANCHOR_BELOW`` or more lines above it in the region
    hold no two paragraphs in a row (bulleted items aside): a menu of
    headlines, a sidebar's category list or teasers (a headline and one
    summary each, or both on one bulleted line) the line model ran the
    article's start back over. An article's text comes under its byline; its
    paragraphs come in a row. A date inside a sentence broken at its links
    (the line above runs on into it: "valid through" / "01/23/2026") is none."""
    words = page.word_array[start:end]
    prose = (words >= _PROSE_WORDS) & (page.column("terminal")[start:end] > 0) \
        & (keep[start:end] >= threshold)
    marks = page.column("dateline")[start:end] + page.column("byline")[start:end] \
        + page.column("opener")[start:end]
    anchors = (words <= _ANCHOR_WORDS) & (marks > 0)
    at_prose = prose.nonzero()[0]
    # teasers printed as bulleted items ("• Headline Its summary.") are no paragraphs in a row
    paragraphs = prose & (page.column("bullet")[start:end] == 0)
    for at in anchors.nonzero()[0].tolist():
        if at and _runs_on(page, start + at - 1):
            continue
        following = at_prose[at_prose > at]
        if not following.size or following[0] - at > _ANCHOR_REACH:
            continue
        if at < _ANCHOR_BELOW or (paragraphs[:at - 1] & paragraphs[1:at]).any() \
                or anchors[at:at + _ANCHOR_REPEAT_REACH].sum() > _ANCHOR_REPEATS:
            return start
        cut = at
        terminal = page.column("terminal")
        while at - cut < _ANCHOR_HEAD and cut > 0 and words[cut - 1] <= _ANCHOR_HEAD_WORDS \
                and not terminal[start + cut - 1]:
            cut -= 1
        return start + cut
    return start


def extend_over_prose(page: Page, verdicts: Verdicts, start: int, end: int) -> tuple[int, int]:
    """Widen [start, end) over the paragraphs that directly adjoin the article
    and read as prose the model would keep. The region model has learnt that
    pages open and close with furniture, so on a short page, or on text that
    is already clean, it leaves out the first or last paragraph; a paragraph
    right next to the article is never furniture."""
    words = page.words
    terminal = page.column("terminal")
    stops = page.column("stop_share")

    def prose(pos: int) -> bool:
        return bool(words[pos] >= _PROSE_WORDS and terminal[pos] and stops[pos] >= _PROSE_STOPS
                    and verdicts.keep[pos] >= _SURE_KEEP)

    while end < len(words) and prose(end):
        end += 1
    if end < len(words) and _last_sentence(page, verdicts.keep, end, _last_sentence_stops(page, start, end)):
        end += 1
    while start > 0 and prose(start - 1):
        start -= 1
    # a chart printed a cell to a line between the region and the article's prose above or under it
    while (chart := _chart_run(page, end, 1)) > end and chart < len(words) and prose(chart):
        end = chart + 1
        while end < len(words) and prose(end):
            end += 1
    while (chart := _chart_run(page, start - 1, -1)) < start - 1 and chart >= 0 and prose(chart):
        start = chart
        while start > 0 and prose(start - 1):
            start -= 1
    return start, end


def _chart_cells(page: Page, pos: int, step: int) -> tuple[int, int, int]:
    """The line past the run of a chart's cells from ``pos`` on, read downwards (``step`` 1) or
    upwards (-1): short lines each a date or a figure with no letter; and its dates and figures."""
    dated = page.column("dateline")
    q, dates, values = pos, 0, 0
    while 0 <= q < len(page.lines) and 0 < page.words[q] <= _FIGURE_WORDS:
        line = page.lines[q]
        if dated[q] or DATE_LINE.match(line) is not None:
            dates += 1
        elif any(map(str.isdigit, line)) and not any(map(str.isalpha, line)):
            values += 1
        else:
            break
        q += step
    return q, dates, values


def _chart_run(page: Page, pos: int, step: int) -> int:
    """The line past a chart's data printed a cell to a line from ``pos`` on,
    read downwards (``step`` 1) or upwards (-1) ("1/1/2023" / "+13.1%" /
    "2/1/2023" / "+2.4%"): ``_FIGURE_CELLS`` short lines at least, each a
    date or a figure with no letter, two of each at least (``pos`` when there
    is none). The region model reads a chart's dates as a header's or a
    comment's and may open the article under them, or close it over them,
    though the paragraphs around them are the article's."""
    q, dates, values = _chart_cells(page, pos, step)
    return q if abs(q - pos) >= _FIGURE_CELLS and min(dates, values) >= 2 else pos


def _in_chart(page: Page, pos: int) -> bool:
    """Line ``pos`` is a cell of a chart's data printed a cell to a line (:func:`_chart_run`)."""
    low, dates_above, values_above = _chart_cells(page, pos - 1, -1)
    high, dates, values = _chart_cells(page, pos, 1)
    return high > pos and high - low - 1 >= _FIGURE_CELLS \
        and min(dates + dates_above, values + values_above) >= 2


def _last_sentence(page: Page, keep: np.ndarray, pos: int, stops: float = _PROSE_STOPS) -> bool:
    """The line is a short sentence the model keeps (``_LAST_SENTENCE_WORDS`` words or
    more, closing a sentence, with a share ``stops`` of function words, kept with
    ``_LAST_SENTENCE_KEEP``, or surely when a question or exclamation inside it makes it a
    call to the reader, :data:`_CALL_MARKS`): the article's short last paragraph, which the
    region model, having learnt that prose thins out at the article's end, leaves out."""
    line = page.lines[pos]
    sure = _SURE_KEEP if any(mark in line[:-1] for mark in _CALL_MARKS) else _LAST_SENTENCE_KEEP
    return bool(page.words[pos] >= _LAST_SENTENCE_WORDS and page.column("terminal")[pos]
                and page.column("stop_share")[pos] >= stops and keep[pos] >= sure
                and (_opens_sentence(page.lines[pos]) or page.unspaced and page.lines[pos][:1].isdigit())
                and ":" not in page.lines[pos]
                and not _furniture(page, pos))


def _last_sentence_stops(page: Page, start: int, end: int) -> float:
    """The share of function words a short last paragraph under the article
    [start, end) holds: a paragraph's (``_PROSE_STOPS``), or the article's own
    when its paragraphs (``_PROSE_WORDS`` words or more, closing a sentence)
    hold fewer: a terse bulletin, or prose in a language that writes few on
    their own (Chinese "的", "了"), closes on a sentence as terse as the rest."""
    words = page.word_array[start:end]
    prose = (words >= _PROSE_WORDS) & (page.column("terminal")[start:end] > 0)
    said = int(words[prose].sum())
    if not said:
        return _PROSE_STOPS
    return min(_PROSE_STOPS, float((page.column("stop_share")[start:end] * words)[prose].sum()) / said)


def _opens_sentence(line: str) -> bool:
    """The line opens as a sentence does: on a capital, or on a letter of a
    script that has no capitals (Arabic, Hebrew, the Indic scripts, Chinese)."""
    first = line[:1]
    return first.isupper() or first.isalpha() and first.lower() == first.upper()


def _furniture(page: Page, pos: int) -> bool:
    """The line is furniture on sight, whole ("Share") or by its opening ("Copyright 2024 ...")."""
    return page.on_sight[pos]


def _marked(page: Page) -> np.ndarray:
    """Lines that are a credit or a bracketed marker ("[Jane-Doe]", a control's "[switch]")."""
    return page.column("credit") + page.column("bracketed")


def _addable(page: Page, pos: int, furniture: np.ndarray, marked: np.ndarray) -> bool:
    """Line ``pos`` may join the article from outside the model's verdicts: it holds a letter or
    digit and is no furniture (in ``furniture`` or on sight) and none of the ``marked`` lines."""
    return any(map(str.isalnum, page.lines[pos])) and not furniture[pos] and not marked[pos] \
        and not _furniture(page, pos)


def _binds_on(line: str) -> bool:
    """The line ends on a comma or a word such as "the" or "and": its
    sentence goes on on the next line."""
    return line.endswith(_COMMAS) or line.rsplit(None, 1)[-1].lower() in ALL_STOPWORDS


def _runs_on(page: Page, pos: int) -> bool:
    """Line ``pos`` is the head of a sentence that goes on on the next line
    (:func:`~.lines.runs_on`, read for the whole page)."""
    return bool(page.runs_on[pos])


def start_over_broken_paragraph(page: Page, verdicts: Verdicts, threshold: float, start: int,
                                end: int) -> int:
    """The start of the article moved up over the lines the line model keeps
    that run on into its first line: the first paragraph broken at its links,
    whose pieces are too short to read as prose, so the region model opens
    the article in its middle. Then over the whole of such a paragraph right
    above, when its pieces hold a paragraph's words (``_PROSE_WORDS``) and its
    first opens in capitals ("Django 6" / "just dropped," / ... / "came out
    in February."): the region model opens the article under it."""
    furniture = page.column("furniture") + page.column("placeholder")

    def piece(pos: int) -> bool:
        return bool(verdicts.keep[pos] >= threshold and not furniture[pos])

    while 0 < start < end and piece(start - 1) and _runs_on(page, start - 1):
        start -= 1
    first = start - 1
    if 0 < start < end and piece(first) and page.column("terminal")[first]:
        while first > 0 and piece(first - 1) and _runs_on(page, first - 1):
            first -= 1
        if start - first > 1 and sum(page.words[first:start]) >= _PROSE_WORDS \
                and page.lines[first][0].isupper():
            return first
    return start


def _kept_mask(page: Page, kept: np.ndarray) -> np.ndarray:
    """The lines of ``kept`` as a mask over the page."""
    is_kept = np.zeros(len(page.lines), dtype=bool)
    is_kept[kept] = True
    return is_kept


def _kept_with(kept: np.ndarray, extra: list[int]) -> np.ndarray:
    """``kept`` with the lines ``extra`` added, in order."""
    return np.union1d(kept, np.asarray(extra, dtype=kept.dtype)) if extra else kept


#: characters of code ("x := f(y);", "{", "a = b", "log.Fatal(err)"), whose lines open in lower case too
_CODE_MARKS = re.compile(r"[{}=;<>]|\w\(")


def sentence_tails(page: Page, kept: np.ndarray, furniture: np.ndarray, start: int,
                   end: int) -> np.ndarray:
    """``kept`` with the lines of the article [start, end) the line model
    drops that are pieces of the sentence of the kept line above, which
    closes no sentence: a piece opening in lower case that closes the
    sentence or runs on into a kept line ("As this is a game about
    conquest," / "any alliance is bound to be short-lived."), or any piece
    that the kept line below goes on from, opening on a stop or a comma or,
    when the line above ends on "the" or a comma, in lower case ("The" /
    "Maxshot V1" / "is all most people need."). A renderer puts a link on a
    line of its own; the model reads that piece without its sentence."""
    if kept.size < 2:
        return kept
    is_kept = np.zeros(len(page.lines) + 1, dtype=bool)
    is_kept[kept] = True
    terminal = page.column("terminal")
    lines, words = page.lines, page.words
    extra = []
    for pos in range(max(start, 1), end):
        if is_kept[pos] or not is_kept[pos - 1] or terminal[pos - 1] or furniture[pos] \
                or not words[pos] or _CODE_MARKS.search(lines[pos]):
            continue
        below = lines[pos + 1][0] if pos + 1 < end and is_kept[pos + 1] else ""
        if lines[pos][0].islower():
            tail = bool(terminal[pos]) or (bool(below) and _runs_on(page, pos))
        else:
            tail = bool(below) and not terminal[pos] \
                and (below in ",.;:)" or below.islower() and _binds_on(lines[pos - 1]))
        if tail:
            is_kept[pos] = True
            extra.append(pos)
    return _kept_with(kept, extra)


#: a subheading the model drops between two paragraphs it keeps: of so many words, most of them
#: capitalised ("Key Features to Consider")
_SUBHEADING_WORDS, _SUBHEADING_CAPITALS = (2, 12), 0.5


def subheadings_between_paragraphs(page: Page, kept: np.ndarray, furniture: np.ndarray, start: int,
                                   end: int) -> np.ndarray:
    """``kept`` with the subheadings of the article [start, end) that the
    line model drops between two paragraphs it keeps (lines of prose, closing
    a sentence): short lines in title case that close no sentence ("How We
    Tested Gooseneck Kettles"), and no credit line. Between two paragraphs a
    heading is the article's; the model, which reads headings near the
    article's edges as teasers and menus, doubts it."""
    words = page.words
    terminal = page.column("terminal")
    capitals = page.column("title_case")
    credit = page.column("credit")
    low, high = _SUBHEADING_WORDS
    is_kept = _kept_mask(page, kept)
    prose = is_kept & (page.word_array >= _PROSE_WORDS) & (terminal > 0)
    extra = [pos for pos in range(start + 1, end - 1)
             if prose[pos - 1] and prose[pos + 1] and not is_kept[pos] and low <= words[pos] <= high
             and not terminal[pos] and capitals[pos] > _SUBHEADING_CAPITALS and not furniture[pos]
             and not credit[pos] and page.lines[pos][0].isupper()]
    return _kept_with(kept, extra)


#: a label the article sets over a value of its own ("Cost:", "Why we love it:") has this many
#: words at most; this many more labels may follow under the first, each over its value
_LABEL_WORDS, _LABELS_IN_A_ROW = 6, 6


def labelled_values(page: Page, kept: np.ndarray, furniture: np.ndarray, start: int, end: int) -> np.ndarray:
    """``kept`` with the values of the article [start, end) that the line
    model drops under a label it keeps ("Cost:" / "$25 per month", "Key
    features:" / "Long battery life; a bright screen", "Why we love it:" /
    a paragraph), set between that label and another line it keeps: a
    label closing on a colon, of ``_LABEL_WORDS`` words at most and opening
    on a capital, announces the line under it, and the model, reading a
    product's figures or blurb as a teaser, doubts that line whatever the
    label said. Labels set in a row under the kept one, each over its value
    ("Key features:" / a value / "Best for:" / a value), up to
    ``_LABELS_IN_A_ROW`` of them, are kept with their values when a kept
    line closes the row: the model doubts the later labels as much as the
    values. A value holds a word and is no label itself ("Pros:" /
    "Cons:"), no furniture, credit line or bracketed line (a picture's
    marker, "[Jane-Doe]"), nor the line under a label that names a credit
    word ("Photo:", "Source:": a credit). A label the model keeps once is
    read so wherever the article prints it again, kept or not, and kept with
    its value there (a product list's "Why we love it:" over each blurb)."""
    if kept.size < 2:
        return kept
    is_kept = _kept_mask(page, kept)
    marked = _marked(page)
    colons = (":", "：")

    def label(pos: int) -> bool:
        line = page.lines[pos]
        return line.endswith(colons) and page.words[pos] <= _LABEL_WORDS and _opens_sentence(line) \
            and not names_credit_word(line)

    def value(pos: int) -> bool:
        line = page.lines[pos]
        return not line.endswith(colons) and _addable(page, pos, furniture, marked)

    extra: list[int] = []
    # a label the model keeps once is a label wherever the article prints it again (a product
    # list's "Why we love it:" over each product's blurb), though the model doubts it there
    # (only the kept lines inside the article and of a label's words at most are read for one)
    inside = kept[(kept >= start) & (kept < end)]
    short = inside[page.word_array[inside] <= _LABEL_WORDS].tolist()
    labels = {page.lines[pos] for pos in short if label(pos)}
    again = [pos for pos in range(max(start, 0), end - 2) if not is_kept[pos] and page.lines[pos] in labels]
    for pos in sorted(short + again):
        if pos < start or pos + 2 >= end or is_kept[pos + 1] or not label(pos) or not value(pos + 1):
            continue
        # labels in a row under it, each over its value ("Best for:" / a line), up to a kept line
        q, pairs = pos + 2, 0
        while q + 1 < end and pairs < _LABELS_IN_A_ROW and not is_kept[q] and label(q):
            if is_kept[q + 1]:
                q += 1
                break
            if not value(q + 1):
                break
            q, pairs = q + 2, pairs + 1
        if q < end and is_kept[q]:
            extra.extend(range(pos if not is_kept[pos] else pos + 1, q))
    return _kept_with(kept, extra)


#: a table of specs: labels of this many words at most, each over a value of this many words at most,
#: this many pairs at least, this many of the values holding a figure at least, under a heading of
#: this many words at most
_SPEC_LABEL_WORDS, _SPEC_VALUE_WORDS, _SPEC_PAIRS, _SPEC_FIGURES, _SPEC_HEADING_WORDS = 4, 8, 3, 2, 3
_SENTENCE_ENDS = (".", "!", "?", ";", ",")


def spec_tables(page: Page, kept: np.ndarray, furniture: np.ndarray, start: int, end: int) -> np.ndarray:
    """``kept`` with the product's table of specs inside the article [start,
    end) that the line model drops in part or whole: short labels opening
    on a capital, with no figure, each over a short value ("Player Count" /
    "1-6", "Weight:" / "2.1 lbs", "Monitoring Options" / "Professional and
    DIY"), ``_SPEC_PAIRS`` pairs at least, ``_SPEC_FIGURES`` values at
    least holding a figure (a menu's or a footer's links hold none), with a
    line of the table kept or the line under it kept: the model reads each
    short line as a link. The short heading over it ("Product Specs") goes
    with it. No line of it is furniture, a credit or a bracketed marker."""
    if not kept.size:
        return kept
    is_kept = _kept_mask(page, kept)
    marked = _marked(page)
    duplicate = page.column("duplicate")

    def cell(pos: int, words: int) -> bool:
        line = page.lines[pos]
        return 0 < page.words[pos] <= words and not line.endswith(_SENTENCE_ENDS) \
            and _addable(page, pos, furniture, marked)

    def label(pos: int) -> bool:
        line = page.lines[pos]
        return line[:1].isupper() and not any(map(str.isdigit, line)) and cell(pos, _SPEC_LABEL_WORDS)

    extra: list[int] = []
    lo = max(start, 0)
    if end - lo < 2 * _SPEC_PAIRS:
        return kept
    # (a table opens on a short line over a short line: only there is a run read; most lines are prose)
    words = np.array(page.words[lo:end])
    opens = (words[:-1] > 0) & (words[:-1] <= _SPEC_LABEL_WORDS) \
        & (words[1:] > 0) & (words[1:] <= _SPEC_VALUE_WORDS)
    # (a table is _SPEC_PAIRS such pairs in a row at least: a page with none reads no line)
    span = 2 * (_SPEC_PAIRS - 1)
    run = opens[:len(opens) - span].copy()
    for i in range(1, _SPEC_PAIRS):
        run &= opens[2 * i:len(opens) - span + 2 * i]
    if not run.any():
        return kept
    failed = [0, 0]  # a start inside a failed run of the same parity fails with it: no line is read twice
    reached = lo
    for pos in (np.flatnonzero(opens) + lo).tolist():
        if pos < reached or pos < failed[pos % 2]:
            continue
        first, q, figures = pos, pos, 0
        while q + 1 < end and label(q) and cell(q + 1, _SPEC_VALUE_WORDS) \
                and not page.lines[q + 1].endswith(":"):
            figures += any(map(str.isdigit, page.lines[q + 1]))
            q += 2
        # leading pairs of repeated lines with no figure are the product box's buttons over the table
        while pos + 1 < q and duplicate[pos] and duplicate[pos + 1] \
                and not any(map(str.isdigit, page.lines[pos] + page.lines[pos + 1])):
            pos += 2
        if (q - pos) // 2 >= _SPEC_PAIRS and figures >= _SPEC_FIGURES \
                and (is_kept[pos:q].any() or (q < end and is_kept[q])):
            extra.extend(range(pos, q))
            if pos - 1 >= start and label(pos - 1) and page.words[pos - 1] <= _SPEC_HEADING_WORDS \
                    and not page.lines[pos - 1].endswith(":"):
                extra.append(pos - 1)
            reached = q
        else:
            failed[first % 2] = q
    return _kept_with(kept, extra)


#: a table printed a cell to a line: this many short lines in a row at least, each of this many words at
#: most, half of them holding a figure and at most half of those a bare number (a pager's "1" / "2"),
#: set among lines the model keeps within this many lines above its middle and under it
_FIGURE_CELLS, _FIGURE_WORDS, _FIGURE_REACH = 8, 4, 3
_BARE_NUMBER = re.compile(r"\d{1,3}")


def figure_tables(page: Page, kept: np.ndarray, furniture: np.ndarray, start: int, end: int) -> np.ndarray:
    """``kept`` with the tables of figures inside the article [start, end)
    that a rendering prints a cell to a line ("1/1/2013" / "+13.1%", "Eureka
    36" / "7.0" / "9.2"): ``_FIGURE_CELLS`` short lines in a row at least
    with no sentence's end, half of them holding a figure, set among lines
    the model keeps (above the table's middle and under it). The model
    reads a lone figure as a pager's or a widget's and drops most of the
    table though its header and the prose around it stay; a rendering that
    prints a row to a line keeps it. A pager's bare numbers make no table,
    nor do furniture, credits or markers."""
    lo = max(start, 0)
    if not kept.size or end - lo < _FIGURE_CELLS:
        return kept
    # (a table is a run of short lines: only there are the lines read)
    words = np.array(page.words[lo:end])
    short = np.concatenate(([False], (words > 0) & (words <= _FIGURE_WORDS), [False]))
    edges = np.diff(short.astype(np.int8)).nonzero()[0]
    runs = [(lo + a, lo + b) for a, b in zip(edges[::2].tolist(), edges[1::2].tolist())
            if b - a >= _FIGURE_CELLS]
    # (a menu's or a list's run holds few figures: it is read no further)
    runs = [(a, b) for a, b in runs
            if 2 * sum(any(map(str.isdigit, page.lines[p])) for p in range(a, b)) >= _FIGURE_CELLS]
    if not runs:
        return kept
    is_kept = _kept_mask(page, kept)
    marked = _marked(page)

    def cell(pos: int) -> bool:
        line = page.lines[pos]
        return not line.endswith(_SENTENCE_ENDS + (":",)) and _addable(page, pos, furniture, marked)

    extra: list[int] = []
    for first, stop in runs:
        pos = first
        while pos < stop:
            if not cell(pos):
                pos += 1
                continue
            q = pos
            while q < stop and cell(q):
                q += 1
            figures = [p for p in range(pos, q) if any(map(str.isdigit, page.lines[p]))]
            bare = sum(_BARE_NUMBER.fullmatch(page.lines[p]) is not None for p in figures)
            half = (pos + q) // 2
            between = is_kept[max(pos - _FIGURE_REACH, lo):half].any() \
                and is_kept[half:q + _FIGURE_REACH].any()
            if q - pos >= _FIGURE_CELLS and 2 * len(figures) >= q - pos and 2 * bare <= len(figures) \
                    and between and not is_kept[pos:q].all():
                extra.extend(p for p in range(pos, q) if not is_kept[p])
            pos = q
    return _kept_with(kept, extra)


#: a heading over a review's lists ("WorkFit-S Pros and Cons") has this many words at most, and
#: lies at most this many lines over the list of pros (a picture's placeholders between)
_PROS_AND_CONS_WORDS, _PROS_AND_CONS_REACH = 8, 3


def _items_under(page: Page, heading: int, furniture: np.ndarray, is_kept: np.ndarray, high: int,
                 stops: frozenset[str]) -> int:
    """The line after the short items (``_PROS_WORDS`` words at most, ``_PROS_ITEMS`` of them at
    most, not counting furniture) listed under ``heading``, before ``high``: they stop at a line
    whose key is one of ``stops``, and, past the first, at a line the model keeps (the article's
    text goes on there)."""
    q, items = heading + 1, 0
    while q < high and page.words[q] <= _PROS_WORDS and items < _PROS_ITEMS \
            and page.keys[q] not in stops and not (q > heading + 1 and is_kept[q]):
        items += not furniture[q]
        q += 1
    return q


def pros_and_cons_inside(page: Page, kept: np.ndarray, furniture: np.ndarray, start: int,
                         end: int) -> np.ndarray:
    """``kept`` with a review's lists of pros and of cons set inside the
    article [start, end) between lines the model keeps: a short line whose
    key is one of ``PROS_HEADINGS`` ("Pros:", "What We Like"), its short
    items, a line whose key is one of ``CONS_HEADINGS`` right under them and
    its items, and the heading over the pair that names both ("WorkFit-S
    Pros and Cons"). The model reads the lists' short lines as a widget's
    and drops them, and :func:`end_over_pros_and_cons` only finds the pair
    where the article stops at it; set between the article's own lines, the
    pair is the review's. No furniture, credit line, bracketed line (a
    control's "[switch]") or line without a letter or digit is kept."""
    if kept.size < 2:
        return kept
    low, high = max(start, int(kept[0]) + 1), min(end, int(kept[-1]))
    is_kept = _kept_mask(page, kept)
    marked = _marked(page)
    extra: list[int] = []
    reached = low
    for pos in range(low, high):
        if pos < reached or page.keys[pos] not in PROS_HEADINGS or page.words[pos] > 4:
            continue
        cons = _items_under(page, pos, furniture, np.zeros_like(is_kept), high, CONS_HEADINGS)
        if cons >= high or cons == pos + 1 or page.keys[cons] not in CONS_HEADINGS or page.words[cons] > 4:
            continue
        after = reached = _items_under(page, cons, furniture, is_kept, high, PROS_HEADINGS | VERDICT_HEADINGS)
        extra.extend(p for p in range(pos, after) if _addable(page, p, furniture, marked))
        over = [p for p in range(max(low, pos - _PROS_AND_CONS_REACH), pos) if not furniture[p]]
        if over and page.words[over[-1]] <= _PROS_AND_CONS_WORDS \
                and page.keys[over[-1]].endswith(PROS_AND_CONS):
            extra.append(over[-1])
    return _kept_with(kept, extra)


#: a paragraph the model doubts between two lines it keeps is kept at this share of the keep threshold
_DOUBTED_PARAGRAPH = 0.7


def doubted_paragraphs(page: Page, kept: np.ndarray, keep: np.ndarray, threshold: float,
                       furniture: np.ndarray, start: int, end: int) -> np.ndarray:
    """``kept`` with the paragraphs of the article [start, end) (``_PROSE_WORDS``
    words or more, closing a sentence, a paragraph's share of function words,
    opening as a sentence does) that the line model nearly keeps
    (``_DOUBTED_PARAGRAPH`` of ``threshold``) right between two lines it
    keeps, and no furniture: a product's blurb under its label ("Why we love
    it:" / the paragraph / "Bonus points:") or a paragraph beside a shop's
    links reads half as a teaser to the model; set between the article's own
    lines it is the article's."""
    if kept.size < 2:
        return kept
    low, high = max(start + 1, int(kept[0]) + 1), min(end - 1, int(kept[-1]))
    if low >= high:
        return kept
    is_kept = _kept_mask(page, kept)
    doubted = (page.word_array[low:high] >= _PROSE_WORDS) & (page.column("terminal")[low:high] > 0) \
        & (page.column("stop_share")[low:high] >= _PROSE_STOPS) \
        & (keep[low:high] >= _DOUBTED_PARAGRAPH * threshold) & ~is_kept[low:high] \
        & is_kept[low - 1:high - 1] & is_kept[low + 1:high + 1] & (furniture[low:high] == 0)
    extra = [pos for pos in (low + doubted.nonzero()[0]).tolist()
             if _opens_sentence(page.lines[pos]) and not _furniture(page, pos)]
    return _kept_with(kept, extra)


#: a heading the model doubts between two lines it keeps is kept at this share of the keep threshold
_BETWEEN_KEPT_HEADING = 0.7


def headings_between_kept(page: Page, kept: np.ndarray, keep: np.ndarray, threshold: float,
                          furniture: np.ndarray, start: int, end: int) -> np.ndarray:
    """``kept`` with the lines of the article [start, end) shaped as a
    heading (:func:`~.lines.heading_shape`: a few words, capitalised, closing
    no sentence) that the line model nearly keeps (``_BETWEEN_KEPT_HEADING``
    of ``threshold``) between two lines it keeps, whatever their case
    ("Cosmetic upgrades and finishes", "Step 3: Combine labor and overhead"),
    and no credit, all-caps line, byline or date line (an all-caps line there is
    often a link to another story): set between the article's own lines, a
    section's heading or a list's label is the article's. A line the next
    carries on in lower case is a sentence broken at a link, no heading."""
    heading = page.headings[start + 1:end - 1]
    if not heading.any():
        return kept
    is_kept = _kept_mask(page, kept)
    marked = page.column("credit") + page.column("all_caps") + page.column("byline") + page.column("dateline")
    low = _BETWEEN_KEPT_HEADING * threshold
    extra = [pos for pos in (start + 1 + heading.nonzero()[0]).tolist()
             if is_kept[pos - 1] and is_kept[pos + 1] and not is_kept[pos] and keep[pos] >= low
             and not furniture[pos] and not marked[pos] and not page.lines[pos + 1][0].islower()]
    return _kept_with(kept, extra)


#: a paragraph the article goes on to after its end, over at most this many lines it keeps
_GAP_LINES = 6
#: the lines crossed to it whatever the model says: an ad's slot, a button that shows the rest
_CROSSED = AD_SLOTS | READ_ON
#: ... and a link in capitals of this many words at least ("CLICK HERE TO GET THE NEWS APP", another
#: story's headline); a box's label in capitals ("RELATED ARTICLES") is shorter
_CAPITALS_LINK_WORDS = 5


def extend_over_kept_gap(page: Page, verdicts: Verdicts, threshold: float, start: int, end: int) -> int:
    """The end of the article moved on over a few lines the line model keeps
    (``keep`` at least ``threshold``: a subheading, a short list's items) to
    the paragraph of sure prose under them, and on over the paragraphs that
    follow it, as often as the pattern repeats. The region model has learnt
    that prose thins out towards the article's end and stops at a subheading
    or a list in a long article; what comes after an article (teasers,
    comments, menus) does not open with lines it keeps and go on to such a
    paragraph within ``_GAP_LINES`` lines. A new section's opening line that
    introduces a list ("... Strategies include:", ``_PROSE_WORDS`` words or
    more, ending on a colon) counts as such a paragraph once a kept line (its
    heading) stands between it and the end: a lone colon line right under the
    article is a box's lead-in ("Readers also found these pages helpful:").
    So does a paragraph a renderer broke at its links ("You can read the" /
    "full usage report" / "to work out the cost."): kept pieces that run on
    into each other (:func:`_runs_on`) up to one that closes a sentence,
    ``_PROSE_WORDS`` words together, kept with ``_SURE_KEEP`` on average over
    their words. An advertisement's slot (:data:`AD_SLOTS`) or a link to
    another story (:data:`READ_ALSO_LINK`, or a line in capitals of
    ``_CAPITALS_LINK_WORDS`` words: "CLICK HERE TO GET THE FOX NEWS APP") is
    crossed whatever the model says of it: both are set among an article's
    paragraphs. When no such
    paragraph comes, a short sentence (:func:`_last_sentence`) right under
    the end (past such slots and links only) is the article's last paragraph,
    or else a last section of short sentences under a heading (:func:`_last_section`)."""
    words = page.words
    terminal = page.column("terminal")
    stops = page.column("stop_share")
    keep = verdicts.keep
    colon = page.column("ends_colon")
    caps = page.column("all_caps")

    def prose(pos: int) -> bool:
        return bool(words[pos] >= _PROSE_WORDS and terminal[pos] and stops[pos] >= _PROSE_STOPS
                    and keep[pos] >= _SURE_KEEP)

    def lead_in(pos: int) -> bool:
        return bool(words[pos] >= _PROSE_WORDS and colon[pos] and stops[pos] >= _PROSE_STOPS
                    and keep[pos] >= _SURE_KEEP)

    def broken(pos: int) -> int | None:
        """The last line of a paragraph broken at its links that opens at ``pos``."""
        last, said, sure = pos, words[pos], keep[pos] * words[pos]
        while last + 1 < len(words) and keep[last + 1] >= threshold and _runs_on(page, last):
            last += 1
            said += words[last]
            sure += keep[last] * words[last]
        if last > pos and terminal[last] and said >= _PROSE_WORDS and sure >= _SURE_KEEP * said:
            return last
        return None

    def read_on(pos: int) -> bool:
        """A paragraph's shape, kept, under a button that shows the rest of the story: the
        story goes on, whatever function words its language writes on their own."""
        return (pos > 0 and page.keys[pos - 1] in READ_ON and words[pos] >= _PROSE_WORDS
                and bool(terminal[pos]) and keep[pos] >= threshold)

    while True:
        found, last_sentence, crossed = None, None, False
        last_stops = _last_sentence_stops(page, start, end)
        for pos in range(end, min(len(words), end + _GAP_LINES + 1)):
            if prose(pos) or read_on(pos) or (pos > end and lead_in(pos)):
                found = pos
                break
            if page.keys[pos] in _CROSSED or READ_ALSO_LINK.match(page.lines[pos]) \
                    or caps[pos] and words[pos] >= _CAPITALS_LINK_WORDS:
                continue
            if keep[pos] < threshold:
                break
            if (last := broken(pos)) is not None:
                found = last
                break
            if not crossed and _last_sentence(page, keep, pos, last_stops):
                last_sentence = pos
            crossed = True
        if found is None:
            if last_sentence is not None:
                return last_sentence + 1
            closed = _last_section(page, keep, threshold, start, end)
            return end if closed is None else closed
        end = found + 1
        while end < len(words) and prose(end):
            end += 1


#: the article's closing section under a box set after its paragraphs: the heading within this
#: many lines under the end, the box's lines crossed to it of this many words at most
_BOX_LINES, _BOX_WORDS = 6, 12


def resume_at_closing_section(page: Page, verdicts: Verdicts, threshold: float, start: int, end: int) -> int:
    """The end of the article [start, end) moved on to the end of its
    closing section under a box set between them: a heading that names the
    article's conclusion (:data:`CONCLUDING_HEADING`: "Wrapping Up", "Final
    Thoughts", "Fazit"), within ``_BOX_LINES`` short lines under the end (a
    link to another post, a banner's label, "Read More", no byline, date or
    comment header), over a paragraph the line model keeps; the end moves
    over the paragraphs it keeps that follow. The region model reads the box
    as what follows the article and stops over it; what follows an article
    (an author's box, a signup form) does not open with such a heading."""
    n = len(page.lines)
    keep = verdicts.keep
    words = page.words
    terminal = page.column("terminal")
    stops = page.column("stop_share")
    marks = page.column("comment_header") + page.column("byline") + page.column("dateline")

    def paragraph(pos: int) -> bool:
        return words[pos] >= _PROSE_WORDS and bool(terminal[pos]) and keep[pos] >= threshold \
            and not _furniture(page, pos)

    for pos in range(end, min(n - 1, end + _BOX_LINES + 1)):
        if words[pos] > _BOX_WORDS or marks[pos]:
            return end
        if CONCLUDING_HEADING.match(page.keys[pos]) is not None and paragraph(pos + 1) \
                and stops[pos + 1] >= _PROSE_STOPS and _opens_sentence(page.lines[pos + 1]):
            last = pos + 2
            while last < n and paragraph(last):
                last += 1
            return last
    return end


#: an article's last section right under its end: a heading and at most this many short
#: sentences of this many words at least
_LAST_SECTION_LINES, _SHORT_SENTENCE_WORDS = 3, 2


def _last_section(page: Page, keep: np.ndarray, threshold: float, start: int, end: int) -> int | None:
    """The end of the article's last section right under its end [start,
    end), or None: a heading the model keeps (no byline or date line) over up
    to ``_LAST_SECTION_LINES`` short sentences it surely keeps ("What happens
    next" / "Work starts in September."), in an article with a heading of its
    own between its paragraphs. The region model, having learnt that prose
    thins out at the article's end, reads a short sentence after a long
    paragraph as what follows it. Another heading over a short sentence right
    under them makes a list of teasers or comments, none of it the article's."""
    n = len(page.lines)
    marks = page.column("byline") + page.column("dateline")
    if end + 1 >= n or end - start < 3 or not page.headings[end] or keep[end] < threshold \
            or _furniture(page, end) or marks[end]:
        return None
    terminal = page.column("terminal")
    closes = terminal[start:end] > 0
    if not (page.headings[start + 1:end - 1] & ~closes[1:-1] & closes[:-2] & closes[2:]).any():
        return None
    pos = end + 1
    while pos < n and pos - end <= _LAST_SECTION_LINES and _short_sentence(page, keep, pos):
        pos += 1
    if pos == end + 1 or pos + 1 < n and page.headings[pos] and _short_sentence(page, keep, pos + 1):
        return None
    return pos


def _short_sentence(page: Page, keep: np.ndarray, pos: int) -> bool:
    """The line is a sentence the model surely keeps, however short ("Work starts in September.")."""
    return bool(page.words[pos] >= _SHORT_SENTENCE_WORDS and page.column("terminal")[pos]
                and page.column("stop_share")[pos] >= _PROSE_STOPS and keep[pos] >= _SURE_KEEP
                and page.lines[pos][:1].isupper() and not _furniture(page, pos))


def end_after_list(page: Page, keep: np.ndarray, threshold: float, end: int) -> int:
    """The end of the article moved on to the end of the bulleted list it
    stops in (its last line and the next are items of one list, same bullet)
    or that opens under its last line, a colon line ("You will need:"), when
    the line model keeps at least half of the list's items after the end.
    The region model has learnt that an article's last lines are prose, and
    stops partway down a list that closes it."""
    bullet = page.column("bullet")
    lines = page.lines
    if not 0 < end < len(lines) or not bullet[end]:
        return end
    mark = lines[end].lstrip()[:1]
    if not (bullet[end - 1] and lines[end - 1].lstrip()[:1] == mark) and not lines[end - 1].endswith(":"):
        return end
    stop = end
    while stop < len(lines) and bullet[stop] and lines[stop].lstrip()[:1] == mark:
        stop += 1
    if 2 * int((keep[end:stop] >= threshold).sum()) < stop - end:
        return end
    return stop


#: a list of like items closing the article: this many of its last lines at least open on one
#: word and are not prose (at most so many words); below them, at most so many lines, short or
#: kept (a section's heading, its "Click Here"), come between two items
_LIKE_ITEMS, _LIKE_ITEM_WORDS, _LIKE_GAP, _LIKE_GAP_WORDS = 3, 20, 2, 4


def end_over_like_items(page: Page, keep: np.ndarray, threshold: float, start: int, end: int) -> int:
    """The end of the article moved on over a list of like items it stops in
    (a catalogue's "Pages 1-76 - Hinges" lines): its last ``_LIKE_ITEMS`` lines
    open on one word, and the lines below that open on it too and that the line
    model keeps go on the list, over a few lines between them, short or kept (a
    section's heading and its link), to the last such item. The region model has learnt
    that an article's last lines are prose, and stops at a list's first break."""
    words, lines = page.words, page.lines
    if end - start < _LIKE_ITEMS or end >= len(lines):
        return end

    def first(pos: int) -> str:
        return lines[pos].split(maxsplit=1)[0] if words[pos] else ""

    word = first(end - 1)
    if not word.isalpha() or any(first(p) != word or words[p] > _LIKE_ITEM_WORDS or keep[p] < threshold
                                 for p in range(end - _LIKE_ITEMS, end)):
        return end
    last, gap = end, 0
    for pos in range(end, len(lines)):
        if first(pos) == word and words[pos] <= _LIKE_ITEM_WORDS and keep[pos] >= threshold:
            last, gap = pos + 1, 0
        elif (words[pos] <= _LIKE_GAP_WORDS or keep[pos] >= threshold) and gap < _LIKE_GAP:
            gap += 1
        else:
            break
    return last


#: a chapter list: this many lines at least, each opening on a timestamp later than the last;
#: the words of its heading at most
_CHAPTERS, _CHAPTERS_HEADING_WORDS = 3, 4


def _chapter_second(line: str) -> int | None:
    """The second a chapter's line ("04:12 Why cities flood", "Intro (00:00)")
    points at, or None."""
    # (both marks hold a time's colon: a line with none, most, is not searched)
    found = (CHAPTER_MARK.match(line) or CHAPTER_MARK_CLOSING.match(line)) if ":" in line else None
    if found is None:
        return None
    hours, minutes, seconds = found.groups()
    return (int(hours or 0) * 60 + int(minutes)) * 60 + int(seconds)


def _chapters_from(page: Page, pos: int) -> int:
    """The end of the chapter list (:data:`_CHAPTERS` lines at least) that
    opens at ``pos``, or ``pos`` when none does."""
    stop, last = pos, -1
    while stop < len(page.lines) and (at := _chapter_second(page.lines[stop])) is not None and at > last:
        stop, last = stop + 1, at
    return stop if stop - pos >= _CHAPTERS else pos


def _chapters_heading(page: Page, pos: int) -> bool:
    """The line may head a chapter list: a few words ("Chapters", "In this
    episode:") that close no sentence, not furniture."""
    return bool(page.words[pos] <= _CHAPTERS_HEADING_WORDS and not page.column("terminal")[pos]
                and page.lines[pos][:1].isalpha() and not _furniture(page, pos))


def end_over_chapters(page: Page, end: int) -> int:
    """The end of the article moved on over the chapter list of a podcast's
    episode or a video ("00:00 Intro" / "04:12 Why cities flood" / ...) it
    stops in or that opens right under it, or under a heading there
    ("Chapters"). The line model reads the short timestamped lines as a menu's, yet the list is the
    episode page's content; a menu's times of day do not rise line by line."""
    top = end
    while top > 0 and _chapter_second(page.lines[top - 1]) is not None:
        top -= 1
    if (stop := _chapters_from(page, top)) > end:
        return stop
    if top < end or end >= len(page.lines) or not _chapters_heading(page, end):
        return end
    stop = _chapters_from(page, end + 1)
    return stop if stop > end + 1 else end


def open_over_chapters(page: Page, keep: np.ndarray, start: int) -> int:
    """The start of the article moved up over the chapter list it opens in or
    right under (and its heading, :func:`end_over_chapters`) to the
    paragraphs of sure prose over the list: an episode's summary, then its chapters, then its
    notes. The region model, reading the list as a menu, opens the article
    under it."""
    top = start
    while top > 0 and _chapter_second(page.lines[top - 1]) is not None:
        top -= 1
    if top == start or _chapters_from(page, top) < start:
        return start
    if top > 0 and _chapters_heading(page, top - 1):
        top -= 1
    opened = top
    while opened > 0 and page.words[opened - 1] >= _PROSE_WORDS and page.column("terminal")[opened - 1] \
            and page.column("stop_share")[opened - 1] >= _PROSE_STOPS and keep[opened - 1] >= _SURE_KEEP:
        opened -= 1
    return opened if opened < top else start


#: a record's separator: a short line of words (this many at most), printed this many times in
#: the page at least (twice in the article, once after it), at steps of at most so many lines, the
#: longest at most so many times the shortest
_RECORD_WORDS, _RECORD_TIMES, _RECORD_REACH, _RECORD_SPREAD = 4, 3, 60, 5


def _separators(page: Page, start: int, end: int) -> dict[str, list[int]]:
    """The short lines of words in [start, end) that recur in the page, and
    where they stand in it: not a rule, a figure or a picture's placeholder."""
    short = page.word_array[start:end] <= _RECORD_WORDS
    short &= (page.column("placeholder")[start:end] == 0) & (page.column("bracketed")[start:end] == 0)
    found: dict[str, list[int]] = {}
    for pos in (short.nonzero()[0] + start).tolist():
        line = page.lines[pos]
        if page.times[line] >= _RECORD_TIMES and any(map(str.isalpha, page.plain[pos].split())):
            found.setdefault(line, []).append(pos)
    return found


def extend_over_records(page: Page, start: int, end: int) -> int:
    """The end of the article moved on over the rest of the list it is. An
    article that lists things (products, places, events) prints the same
    short line in each item ("Read more", "Best for:", "Advertisement");
    when such a line recurs inside [start, end) at regular steps and goes on
    recurring after ``end`` at steps no longer, the list goes on and the
    article with it, to that line's last return. Its items print other short
    lines too, not in every item (a directory's "Psychotherapy" under some
    entries, "Fees based on income" under others): the return of one of those
    that recurs inside [start, end), its first and last times there within a
    step of the list's first and last items, marks that the list goes on as
    well (a menu's item, printed once in the region and again in the footer,
    does not). The region model has learnt that prose thins out after the
    article, and stops partway down a long list."""
    lines = page.lines
    best = end
    separators = _separators(page, start, end)
    for inside in separators.values():
        steps = [b - a for a, b in zip(inside, inside[1:])]
        if not steps or max(steps) > min(_RECORD_REACH, _RECORD_SPREAD * min(steps)) \
                or end - inside[-1] > max(steps):
            continue
        step, found, pos = max(steps), inside[-1], end
        items = {line for line, seen in separators.items() if len(seen) > 1 and inside[0] - step <= seen[0]
                 and seen[-1] <= inside[-1] + step}
        while pos < len(lines) and pos - found <= step:
            if lines[pos] in items:
                found = pos
            pos += 1
        best = max(best, found + 1)
    return max(best, _bulleted_records(page, start, end))


def _bulleted_records(page: Page, start: int, end: int) -> int:
    """The end of the article moved on over the rest of a bulleted list of
    records it stops in: each item opens on the list's bullet and most run
    on over lines of their own (a directory's name, address, phone and fees,
    as w3m prints it where text_bs prints no bullet), ``_RECORD_TIMES`` items
    or more inside [start, end) at steps no more spread than a record's
    separator's (:func:`extend_over_records`), the last within a step of
    ``end``. The list goes on while its next item opens within such a step,
    and is over at a blank line that no item follows; its last item runs on
    to the blank line or bullet under it, within the longest step (with
    neither there, what follows may be the page's and the item ends on its
    bullet's line)."""
    bullet, lines = page.column("bullet"), page.lines
    items = (bullet[start:end].nonzero()[0] + start).tolist()
    if len(items) < _RECORD_TIMES:
        return end
    mark = lines[items[-1]][:1]
    if mark.isalnum():
        # a numbered list's number is no mark all its items share
        return end
    items = [p for p in items if lines[p][:1] == mark]
    steps = [b - a for a, b in zip(items, items[1:])]
    if len(steps) < _RECORD_TIMES - 1:
        return end
    typical = sorted(steps)[len(steps) // 2]
    step = min(_RECORD_REACH, _RECORD_SPREAD * typical)
    if typical < 2 or max(steps) > step or end - items[-1] > step:
        return end
    blank_before = page.column("blank_before")
    found, pos = items[-1], items[-1] + 1
    while pos < len(lines) and pos - found <= step:
        is_item = bool(bullet[pos]) and lines[pos][:1] == mark
        if blank_before[pos] and not is_item:
            break
        if is_item:
            found = pos
        pos += 1
    # the last item's lines: up to the blank line that closes the list, within the longest step
    last = found + 1
    while last < len(lines) and last - found <= max(steps) and not blank_before[last] and not bullet[last]:
        last += 1
    if last < len(lines) and not blank_before[last] and not bullet[last]:
        last = found + 1
    return max(end, last)


def _relative_time(line: str) -> bool:
    return RELATIVE_HINT.search(line.lower()) is not None and RELATIVE_TIME.search(line) is not None


def end_before_comments(page: Page, start: int, end: int) -> int:
    """The end of the article cut back to where a comment section opens inside
    [start, end): a closing marker or comment header ("10 Comments", "Jane
    says:") followed closely by more comment headers and posting times. Readers'
    comments read as prose, so the region model takes them for more article.
    A page with no prose above its comments is left whole: they are its text."""
    header = page.column("comment_header")
    marker = page.column("end_marker")
    words = page.words
    sign = {}

    def is_sign(pos: int) -> bool:
        if pos not in sign:
            sign[pos] = bool(header[pos]) or (words[pos] <= _SIGN_WORDS and _thread_line(page, pos))
        return sign[pos]

    terminal = page.column("terminal")
    for pos in ((header[start + 1:end] + marker[start + 1:end]) > 0).nonzero()[0].tolist():
        at = start + 1 + pos
        reach = range(at + 1, min(at + 1 + _COMMENT_REACH, len(words)))
        signs = [q for q in reach if is_sign(q)]
        # a paragraph between a closing marker that is no comment header and the first comment sign:
        # the marker ("Advertisement") sits in the article, whose prose goes on under it
        if len(signs) >= _COMMENT_SIGNS and (header[at] or not any(
                words[q] >= _PROSE_WORDS and terminal[q] for q in range(at + 1, signs[0]))):
            above = [w for w in words[start:at] if w >= _PROSE_WORDS]
            return at if sum(above) >= _ARTICLE_ABOVE else end
    return end


def _thread_line(page: Page, pos: int) -> bool:
    """A comment's posting time, gone by ("3 hours ago") or dated to the minute ("March 3, 2021 at
    9:14 am", "14.01.2020, 18:02"), or a line a thread prints beside it (:data:`COMMENT_SIGN`). An
    article prints its own date once; time-stamped lines in a row under a closing marker are a
    thread's, or the page's metadata after the article."""
    return bool(page.column("time_of_day")[pos] and page.column("year")[pos]) \
        or _relative_time(page.lines[pos]) or COMMENT_SIGN.match(page.lower[pos]) is not None


def _comment_sign(page: Page, pos: int) -> bool:
    return bool(page.column("comment_header")[pos]) \
        or (page.words[pos] <= _SIGN_WORDS and _thread_line(page, pos))


def _opens_comments(page: Page, start: int, at: int) -> bool:
    """Whether a comment section opens at ``at`` under an article opening at
    ``start`` (:func:`end_before_comments`' test, at one line)."""
    header, words = page.column("comment_header"), page.words
    if not (header[at] or page.column("end_marker")[at]):
        return False
    signs = [q for q in range(at + 1, min(at + 1 + _COMMENT_REACH, len(words))) if _comment_sign(page, q)]
    terminal = page.column("terminal")
    if len(signs) < _COMMENT_SIGNS or not header[at] and any(
            words[q] >= _PROSE_WORDS and terminal[q] for q in range(at + 1, signs[0])):
        return False
    return sum(w for w in words[start:at] if w >= _PROSE_WORDS) >= _ARTICLE_ABOVE


def _comment_section_stop(page: Page, at: int) -> int:
    """The line after the comment section opening at ``at``: its signs, each
    within :data:`_COMMENT_REACH` lines of the last, and the last comment's
    text when no reply button closes it."""
    n, last, pos = len(page.lines), at, at + 1
    while pos < min(n, last + 1 + _COMMENT_REACH):
        if _comment_sign(page, pos):
            last = pos
        pos += 1
    stop = last + 1
    if REPLY_BUTTON.match(page.lines[last]) is None:
        while stop < n and stop - last <= _COMMENT_TAIL and page.words[stop] >= _PROSE_WORDS:
            stop += 1
    return stop


#: the paragraphs of the last comment, when no reply button closes it, at most
_COMMENT_TAIL = 4
#: the article's lines read again without its comments: this many over them (the line model's
#: widest window of comment signs), of this many words at least
_COMMENTS_REREAD, _REREAD_WORDS = 30, _PROSE_WORDS
#: a comment section opening this many lines under the article's end at most (past its share
#: buttons, tags and author line) is read as under it
_COMMENTS_BELOW = 8


def verdicts_without_comments(page: Page, verdicts: Verdicts, judge: Callable[[np.ndarray], Verdicts],
                              start: int, end: int) -> Verdicts:
    """``verdicts`` with the keep chances of the lines above a comment section
    opening at ``end`` judged again on the page without that section. The line
    model reads the prose and posting times of readers' comments around the
    article's last paragraphs and doubts them, as it doubts a page's tail; once
    the section is found the article's lines are judged as on a page with none."""
    if not start < end:
        return verdicts
    below = slice(end, end + _COMMENTS_BELOW)
    marks = page.column("comment_header")[below] + page.column("end_marker")[below]
    at = next((end + q for q in marks.nonzero()[0].tolist() if _opens_comments(page, start, end + q)), None)
    if at is None:
        return verdicts
    stop = _comment_section_stop(page, at)
    features = page.features
    first = max(start, end - _COMMENTS_REREAD)
    again = judge(design_of(np.concatenate((features[:at], features[stop:])))).keep[first:end]
    keep = verdicts.keep.copy()
    # (only raised, and only on lines of prose: a post's short meta lines, "Posted in" /
    # "Permalink", and share buttons right over the comments are doubted for themselves)
    worded = page.word_array[first:end] >= _REREAD_WORDS
    keep[first:end][worded] = np.maximum(keep[first:end][worded], again[worded])
    return Verdicts(region=verdicts.region, start=verdicts.start, end=verdicts.end, keep=keep)


#: a forum post is its header (a posting time), at most this many lines, and its reply button
_POST_REACH = 12


def _post_under(page: Page, header: int) -> int | None:
    """The position of the reply button closing a forum post whose header
    (a short line with a posting time or date: "Jane_Doe · 3 hours ago") is
    at ``header``, its text a line of prose at least; None elsewhere."""
    lines = page.lines
    if header >= len(lines) or not _dates(page, header, header + 1):
        return None
    for pos in range(header + 1, min(header + 1 + _POST_REACH, len(lines))):
        if REPLY_BUTTON.match(lines[pos]):
            prose = any(page.words[p] >= _PROSE_WORDS for p in range(header + 1, pos))
            return pos if prose else None
        if _dates(page, pos, pos + 1):
            return None
    return None


#: the last paragraphs of an article over comments of a forum's shape are kept at this
#: share of the keep threshold at least
_OVER_COMMENTS_KEEP = 0.5


def last_paragraphs_over_comments(page: Page, kept: np.ndarray, keep: np.ndarray, threshold: float,
                                  furniture: np.ndarray, start: int, end: int) -> np.ndarray:
    """``kept`` with the article's last paragraphs of prose (a run of them
    right over its end, under a kept line) that the line model scores at
    :data:`_OVER_COMMENTS_KEEP` of its threshold or more, when comments shaped
    as a forum's posts open at the end (perhaps under their count: "2
    Comments" / "Jane_Doe · 2 hours ago" / the comment / "Reply"). The model
    reads the comments' prose and headers as the page's tail and doubts the
    paragraphs right over them."""
    if not start < end or not any(_post_under(page, h) is not None for h in (end, end + 1)):
        return kept
    is_kept = _kept_mask(page, kept)
    terminal, stops = page.column("terminal"), page.column("stop_share")
    pos, tail = end - 1, []
    while pos > start and not is_kept[pos] and not furniture[pos] and page.words[pos] >= _PROSE_WORDS \
            and terminal[pos] and stops[pos] >= _PROSE_STOPS and keep[pos] >= _OVER_COMMENTS_KEEP * threshold:
        tail.append(pos)
        pos -= 1
    if not tail or not is_kept[pos]:
        return kept
    return _kept_with(kept, tail)


def thread_posts(page: Page, start: int, end: int) -> list[range]:
    """The texts of a forum thread's posts, the first of them the article in
    [start, end): a post header right above it and its reply button at
    ``end``, then more posts of that shape one under another (header, text,
    reply button). On a thread the replies are the page's content, though
    the region model reads them as readers' comments; a blog's comments
    follow an article printed under no post header and closed by no reply
    button. Empty when the page is no such thread."""
    if end >= len(page.lines) or REPLY_BUTTON.match(page.lines[end]) is None:
        return []
    low = max(start - 2, end - 1 - _POST_REACH, -1)
    first = next((h for h in range(end - 1, low, -1) if _post_under(page, h) == end), None)
    if first is None:
        return []
    posts = [range(max(first + 1, start), end)]
    while (reply := _post_under(page, posts[-1].stop + 1)) is not None:
        posts.append(range(posts[-1].stop + 2, reply))
    return posts if len(posts) > 1 else []


def _under_headline(page: Page, pos: int) -> bool:
    """Whether one of the ``_TEASER_HEAD`` lines above ``pos`` reads as a
    headline: words without figures. A date in figures under a headline dates
    a teaser; in a table it sits among figures."""
    digits = page.column("digit_share")
    return any(page.words[p] >= _HEADLINE_WORDS and not digits[p]
               for p in range(max(0, pos - _TEASER_HEAD), pos))


def _broken_paragraphs(page: Page, keep: np.ndarray, threshold: float, start: int,
                       end: int) -> np.ndarray:
    """The lines of [start, end) that are pieces of a paragraph a renderer
    broke at its links: kept lines that run on into each other
    (:func:`_runs_on`) up to one that closes a sentence, ``_PROSE_WORDS``
    words together ("To set the speed, type" / "the console command" / "in
    the game."). Each piece is too short or open to read as prose alone."""
    lines, words = page.lines, page.word_array[start:end]
    terminal = page.column("terminal")[start:end] > 0
    kept = keep[start:end] >= threshold
    stop = min(end, len(lines) - 1) - start
    runs = np.zeros(end - start + 1, dtype=bool)
    runs[:stop] = kept[:stop] & page.runs_on[start:start + stop]
    pieces = np.zeros(end - start, dtype=bool)
    edges = np.diff(np.concatenate(([0], runs.view(np.int8)))).nonzero()[0].tolist()
    for first, last in zip(edges[::2], edges[1::2]):
        if last < end - start and terminal[last] and kept[last] \
                and words[first:last + 1].sum() >= _PROSE_WORDS:
            pieces[first:last + 1] = True
    return pieces


def _heading_keys(page: Page, pos: int) -> tuple[str, ...]:
    """The keys a heading at ``pos`` may have: its line's, and joined with the
    next line's when that line is short and closes no sentence (``_BROKEN_HEADING_WORDS``
    words at most): a renderer breaks a heading at its link ("More" /
    "Business News", "Related" / "Articles")."""
    key = page.keys[pos]
    following = pos + 1
    if following >= len(page.lines) or page.words[following] > _BROKEN_HEADING_WORDS \
            or page.lines[following].rstrip().endswith(_SENTENCE_ENDS):
        return (key,)
    return key, f"{key} {page.keys[following]}"


#: the next post's arrow lies within this many lines under the previous post's
_NAVIGATION_LINES = 4


def _post_navigation(page: Page, pos: int) -> bool:
    """Whether ``pos`` opens a blog's links to its previous and next posts: the
    previous post's arrow alone on the line (:data:`PREVIOUS_ARROWS`), the next
    post's (:data:`NEXT_ARROWS`) alone within ``_NAVIGATION_LINES`` lines under
    it, the linked titles between and around them; or both links printed on
    one row (:data:`POST_NAVIGATION_ROW`: "Previous Post Next Post")."""
    lines = page.lines
    if POST_NAVIGATION_ROW.match(lines[pos]) is not None:
        return True
    under = range(pos + 1, min(pos + 1 + _NAVIGATION_LINES, len(lines)))
    return lines[pos].strip() in PREVIOUS_ARROWS and any(lines[q].strip() in NEXT_ARROWS for q in under)


#: paragraphs standing apart under a closing heading, this many at least, are no article's return
_APART_PARAGRAPHS = 2


def end_at_closing_heading(page: Page, keep: np.ndarray, threshold: float, start: int, end: int) -> int:
    """The end of the article cut back to a heading that only ever follows an
    article (:data:`CLOSING_HEADINGS`: "Related articles", "Trending now",
    "About the author") inside [start, end), once the prose the line model
    keeps (``keep`` >= ``threshold``) above it is ``_ARTICLE_ABOVE`` words or
    more and what follows holds little of it: the list under such a heading
    (headlines, one-line summaries, captions) reads enough like the article's
    own last lines that the model runs on over it. Whatever follows, the
    article ends at such a heading too when no prose comes in the
    ``_LIST_LINES`` lines under it: a box of related links set inside an
    article gives way to the article's prose within a few lines, the reading
    list, reviews or other posts at its end do not; nor does a bulleted list
    of teasers with summaries under it (:func:`_bulleted_list_under`) once the
    list is over; nor does a list of picture cards (:func:`_picture_cards_under`).
    Under a short article the prose that follows may outweigh it: a
    closing heading, a :data:`CLOSING_BY` heading or a blog's post links end
    the article too when no two paragraphs in a row come after them (teasers,
    alt texts, comments stand apart; an article goes on in paragraphs). A heading among short
    items (one or two words each: "Latest News", "World News", "Sports")
    is a menu's link, not a heading. A heading after which no article goes
    on (:data:`FINAL_HEADINGS`: "Why trust us?", "To read the full story")
    ends it whatever follows (a site's box on its testers reads as prose)
    once the prose under it is at most ``_PROSE_AFTER_FINAL`` of the prose
    above it: above a long article the box opens the page, and set among
    its paragraphs the same words label a box inside it. A heading broken
    at its link over two lines (:func:`_heading_keys`) is read whole, and
    a blog's links to its previous and next posts (:func:`_post_navigation`)
    close the article as :data:`CLOSING_BY` headings do.
    """
    words = np.rint(np.expm1(page.column("log_words")[start:end]))
    terminal = page.column("terminal")[start:end] > 0
    prose = (words >= _PROSE_WORDS) & terminal & (keep[start:end] >= threshold)
    prose |= _broken_paragraphs(page, keep, threshold, start, end)
    kept = np.concatenate(([0.0], np.where(prose, words, 0.0).cumsum()))
    above, after = kept[:-1], kept[-1] - kept[1:]
    closing = (words <= _CLOSING_BY_WORDS) & (above >= _ARTICLE_ABOVE) \
        & (after <= _PROSE_AFTER_CLOSING_BY * above)
    little = after <= _PROSE_AFTER_CLOSING * above
    # paragraphs after the line, _APART_PARAGRAPHS at least, but no two in a row: what follows a short
    # article (teasers, alt texts, comments) may hold more prose than it, but never in paragraphs one
    # under the other (a box inside an article may have its one last paragraph under it)
    in_row = (prose[:-1] & prose[1:]).nonzero()[0]
    later = prose[::-1].cumsum()[::-1] - prose
    sparse = (words <= _CLOSING_BY_WORDS) & (above >= _ARTICLE_ABOVE) & (later >= _APART_PARAGRAPHS) \
        & (np.arange(len(words)) > (int(in_row[-1]) if in_row.size else -1))
    at_prose = np.concatenate((prose.nonzero()[0], [len(words) + _LIST_LINES]))
    offsets = np.arange(len(words))
    list_under = at_prose[at_prose.searchsorted(offsets)] - offsets > _LIST_LINES
    short = words <= _CLOSING_WORDS
    candidates = short & (above >= _ARTICLE_ABOVE) & ~little
    listed = candidates & list_under
    # a candidate that opens a bulleted list (:func:`_bulleted_list_under`) has a bullet under it
    following = page.column("bullet")[start + 1:end + 1] > 0
    bulleted = np.zeros(len(words), dtype=bool)
    bulleted[:len(following)] = following
    final = len(words)
    placed = (words >= _FINAL_WORDS) & short & (above >= _ARTICLE_ABOVE)
    for at in (placed & (after <= _PROSE_AFTER_FINAL * above)).nonzero()[0].tolist():
        if at and page.keys[start + at] in FINAL_HEADINGS:
            final = at
            break
    # a candidate that opens a list of teasers with summaries (:func:`_teaser_pairs_under`) has a
    # headline's words under it, then a summary's
    teasers = np.zeros(len(words), dtype=bool)
    teasers[:-2] = (words[1:-1] >= _HEADLINE_WORDS) & (words[1:-1] <= _TEASER_HEADLINE) \
        & (words[2:] >= _SUMMARY_WORDS[0]) & (words[2:] <= _SUMMARY_WORDS[1]) & terminal[2:]
    # ... or a list of picture cards (:func:`_picture_cards_under`): an alt text's sentence under it, then
    # a headline's words
    pictures = np.zeros(len(words), dtype=bool)
    pictures[:-2] = (words[1:-1] >= _SUMMARY_WORDS[0]) & (words[1:-1] <= _SUMMARY_WORDS[1]) \
        & terminal[1:-1] & (words[2:] >= _HEADLINE_WORDS) & (words[2:] <= _TEASER_HEADLINE)
    tried = closing | sparse | listed | (candidates & (bulleted | teasers | pictures))
    for at in tried.nonzero()[0].tolist():
        if at >= final:
            break
        if at == 0:
            continue
        keys = _heading_keys(page, start + at)
        heading = bool(short[at]) and any(key in CLOSING_HEADINGS or CLOSING_PATTERN.search(key) is not None
                                          for key in keys)
        if heading and candidates[at] and (listed[at] or _bulleted_list_under(page, at_prose, start, at)
                                           or (teasers[at] and _teaser_pairs_under(page, start + at,
                                                                                   start + len(words)))
                                           or (pictures[at] and _picture_cards_under(page, start + at,
                                                                                     start + len(words)))) \
                and not _menu_under(page, start + at):
            return start + at
        if (closing[at] or sparse[at]) and (((little[at] or sparse[at]) and heading)
                                            or any(CLOSING_BY.match(key) for key in keys)
                                            or _post_navigation(page, start + at)):
            return start + at
    return start + final if final < len(words) else end


#: the site's box on itself: a paragraph within this many lines under its heading
_ABOUT_REACH = 2


def _about_box_at(page: Page, pos: int) -> bool:
    """Whether line ``pos`` heads the site's box on itself (:data:`SITE_ABOUT_HEADINGS`:
    "About us") with a paragraph (``_PROSE_WORDS`` words or more) within
    ``_ABOUT_REACH`` lines under it."""
    return page.keys[pos] in SITE_ABOUT_HEADINGS and any(
        page.words[p] >= _PROSE_WORDS for p in range(pos + 1, min(len(page.lines), pos + 1 + _ABOUT_REACH)))


def end_before_site_about(page: Page, start: int, end: int) -> int:
    """The end of the article cut back to the heading of the site's box on
    itself (:func:`_about_box_at`: "About us" over the site's blurb) inside
    [start, end), once ``_ARTICLE_ABOVE`` words of prose are above it. The
    blurb reads as prose, as much of it as a short article's above, and the
    region runs on over the footer's few links between them."""
    keys = page.keys
    if SITE_ABOUT_HEADINGS.isdisjoint(keys[start:end]):
        return end
    words = page.words
    for pos in range(start + 1, end):
        if keys[pos] in SITE_ABOUT_HEADINGS and _about_box_at(page, pos) \
                and sum(w for w in words[start:pos] if w >= _PROSE_WORDS) >= _ARTICLE_ABOVE:
            return pos
    return end


#: the site's box on itself is read as lying after the article: its lines' log-probabilities of
#: being inside it, and of being before or after it
_BOX_INSIDE, _BOX_OUTSIDE = -20.0, float(np.log(0.5))


#: a paragraph broken at its links: a run of lines the line model keeps, this many words at least,
#: one of them closing a sentence
_BROKEN_RUN_WORDS = 20


def _broken_prose_above(page: Page, keep: np.ndarray, threshold: float, pos: int) -> bool:
    """Whether the lines above ``pos`` hold ``_ARTICLE_ABOVE`` words of
    paragraphs broken at their links: runs of lines the line model keeps
    (``keep`` at least ``threshold``), each run ``_BROKEN_RUN_WORDS`` words
    or more with a sentence's end in it. A short article printed a link to
    a line holds few lines of ``_PROSE_WORDS`` words, fewer than the site's
    blurb under it; a menu's run of links ends no sentence."""
    terminal = page.column("terminal")
    total = run = 0
    closes = False
    for p in range(pos):
        if keep[p] >= threshold:
            run += page.words[p]
            closes = closes or terminal[p] > 0
            continue
        if closes and run >= _BROKEN_RUN_WORDS:
            total += run
        run, closes = 0, False
    if closes and run >= _BROKEN_RUN_WORDS:
        total += run
    return total >= _ARTICLE_ABOVE


def without_site_about(page: Page, verdicts: Verdicts, threshold: float) -> tuple[Verdicts, int]:
    """``verdicts`` with the site's box on itself (:func:`_about_box_at`: "About
    us" over the site's blurb, and the paragraphs right under it) read as no
    article's, once the line model keeps ``_ARTICLE_ABOVE`` words of prose
    (``keep`` at least ``threshold``) above it: the blurb reads as prose, as
    much of it as a short article's, and may win the region over an article
    broken at its links. On the site's About page the heading opens the
    page's text, with no article above it. Also the first box's line (the
    page's length when there is none)."""
    keys = page.keys
    if SITE_ABOUT_HEADINGS.isdisjoint(keys):
        return verdicts, len(keys)
    words, n = page.words, len(page.lines)
    prose = (page.word_array >= _PROSE_WORDS) & (verdicts.keep >= threshold)
    kept = np.where(prose, page.word_array, 0).cumsum()
    boxes = []
    # (the few lines a heading's key names, picked by one pass in C rather than a Python loop over all)
    for pos in compress(range(1, n), map(SITE_ABOUT_HEADINGS.__contains__, islice(keys, 1, None))):
        if _about_box_at(page, pos) and (kept[pos - 1] >= _ARTICLE_ABOVE
                                         or _broken_prose_above(page, verdicts.keep, threshold, pos)):
            last = pos + 1
            while last < n and (words[last] >= _PROSE_WORDS or last <= pos + _ABOUT_REACH
                                and not any(words[q] >= _PROSE_WORDS for q in range(pos + 1, last))):
                last += 1
            boxes.append((pos, last))
    if not boxes:
        return verdicts, n
    region, keep = verdicts.region.copy(), verdicts.keep.copy()
    for pos, last in boxes:
        region[pos:last] = (_BOX_OUTSIDE, _BOX_INSIDE, _BOX_OUTSIDE)
        keep[pos:last] = 0.0
    return Verdicts(region, verdicts.start, verdicts.end, keep), boxes[0][0]


#: the next story's headline lies within this many lines under its label, and has so many words
_NEXT_HEADLINE_REACH, _NEXT_HEADLINE_WORDS = 2, (_HEADLINE_WORDS, 20)


def end_before_next_story(page: Page, start: int, end: int) -> int:
    """The end of the article cut back to a label of the next story
    (:data:`NEXT_STORY_LABELS`: "Next story", "Next article") inside [start, end)
    with a headline (no sentence's end, no list's item) within
    ``_NEXT_HEADLINE_REACH`` lines under it and a paragraph within
    ``_LIST_LINES`` lines under that, once ``_ARTICLE_ABOVE`` words of prose
    are above it. A page that scrolls on prints the next article whole under
    the label, and its paragraphs read as this one's, however long they run."""
    keys = page.keys
    if NEXT_STORY_LABELS.isdisjoint(keys[start:end]):
        return end
    words, terminal = page.word_array, page.column("terminal")
    labels = [pos for pos in range(start, end) if keys[pos] in NEXT_STORY_LABELS]
    span = words[start:end]
    prose = np.concatenate(([0], np.where(span >= _PROSE_WORDS, span, 0).cumsum()))
    bullet = page.column("bullet")
    for pos in labels:
        if prose[pos - start] < _ARTICLE_ABOVE:
            continue
        headline = next((q for q in range(pos + 1, min(end, pos + 1 + _NEXT_HEADLINE_REACH))
                         if _NEXT_HEADLINE_WORDS[0] <= words[q] <= _NEXT_HEADLINE_WORDS[1]
                         and not terminal[q] and not bullet[q]), None)
        # the story itself under its headline: a paragraph within a few lines
        if headline is not None and any(words[q] >= _PROSE_WORDS and terminal[q]
                                        for q in range(headline + 1, min(end, headline + 1 + _LIST_LINES))):
            return pos
    return end


#: an author box: the author's name (this many capitalised words) printed again within so many
#: lines, then within so many lines a paragraph that opens on the name or its first word
_NAME_WORDS, _NAME_AGAIN, _BIO_REACH = (2, 4), 3, 4


def _is_name(line: str) -> bool:
    words = line.split()
    return _NAME_WORDS[0] <= len(words) <= _NAME_WORDS[1] and all(w[:1].isupper() for w in words) \
        and not line.endswith((".", ":", "?", "!", ","))


def _names_in_byline(line: str, words: int, name: str) -> bool:
    """Whether ``line`` (of ``words`` words, holding ``name``) may be the
    article's byline: a short line, or a short part of a byline row that
    prints the name, the author's handle, the date and the reading time on one
    line set apart by bullets or bars (w3m prints on one row what text_bs
    prints on lines of their own: "Jane Doe @jdoe • Jan 26, 2026 • 5 min")."""
    if words <= _ANCHOR_WORDS:
        return True
    return any(name in part and len(part.split()) <= _ANCHOR_WORDS
               for part in NAME_ROLE_SEPARATOR.split(line))


def end_before_author_box(page: Page, keep: np.ndarray, threshold: float, start: int, end: int) -> int:
    """The end of the article cut back to the author's box inside [start,
    end): a name printed twice within ``_NAME_AGAIN`` lines (the box's
    heading and a link, or a picture's alt text) and then a paragraph about
    that person that opens on the name or its first word ("Jane Doe is a
    writer ...", "Jane joined us in 2014 ..."), of the author its byline
    names (the name on a short line above the article's first paragraph, or
    a short part of a byline row: :func:`_names_in_byline`), when the prose
    the line model keeps after the name is at most ``_PROSE_AFTER_AUTHOR_BOX``
    of the ``_ARTICLE_ABOVE`` words or more above it (a site's footer under
    the box may hold as much prose as a short article). A biography reads
    as prose, so the region model runs on over it; an article's own items
    that open on their names (products, firms) are not named in its byline."""
    lines, words = page.lines, page.words
    span = page.word_array[start:end]
    prose = (span >= _PROSE_WORDS) & (page.column("terminal")[start:end] > 0) & (keep[start:end] >= threshold)
    if not prose.any():
        return end
    kept = np.concatenate(([0], np.where(prose, span, 0).cumsum()))
    heading = range(0, start + int(prose.argmax()))
    short = (span[1:] >= _NAME_WORDS[0]) & (span[1:] <= _NAME_WORDS[1])
    for at in (short.nonzero()[0] + start + 1).tolist():
        name = lines[at]
        # (printed again near first: few short lines are, and that test costs less than the name's)
        near = range(at + 1, min(at + 1 + _NAME_AGAIN, len(lines)))
        again = next((p for p in near if name in lines[p]), None)
        if again is None or not _is_name(name):
            continue
        if not any(name in lines[p] and _names_in_byline(lines[p], words[p], name) for p in heading):
            continue
        first = name.split()[0]
        if not any(words[p] >= _PROSE_WORDS and lines[p].startswith(first)
                   for p in range(again + 1, min(again + 1 + _BIO_REACH, len(lines)))):
            continue
        above, after = kept[at - start], kept[-1] - kept[at - start]
        if above >= _ARTICLE_ABOVE and after <= _PROSE_AFTER_AUTHOR_BOX * above:
            return at
    return end


#: a biography under the author's name opens on the whole name within this many lines of it
_BIO_NAME_REACH = 6
#: ... and the prose from the name on holds this many words at most: a biography is a paragraph or two
_BIO_WORDS = 300


def _biography_at(page: Page, at: int, openers: dict[str, list[int]]) -> bool:
    """Whether the line at ``at`` is a person's name (:func:`_is_name`, no
    stopword: "With Acme" opens a sentence) over a paragraph that opens on
    that whole name within ``_BIO_NAME_REACH`` lines and goes on as a
    biography does (:data:`BIOGRAPHY_OPENING`: "Jane Doe is a reporter ...",
    under her job title or a follow button). ``openers`` maps the first
    word of each paragraph to where it stands."""
    lines = page.lines
    name = lines[at]
    first = name.split(" ", 1)[0]
    found = [p for p in openers.get(first, ()) if at < p <= at + _BIO_NAME_REACH]
    if not found or not _is_name(name) or any(word.lower() in ALL_STOPWORDS for word in name.split()):
        return False
    return any(lines[p].startswith(name) and BIOGRAPHY_OPENING.match(lines[p], len(name)) is not None
               for p in found)


def _paragraph_openers(page: Page, low: int, high: int) -> dict[str, list[int]]:
    """The first word of each line of ``_PROSE_WORDS`` words or more in [low, high), and where they stand."""
    openers: dict[str, list[int]] = {}
    for p in ((page.word_array[low:high] >= _PROSE_WORDS).nonzero()[0] + low).tolist():
        openers.setdefault(page.lines[p].split(" ", 1)[0], []).append(p)
    return openers


def _closing_tail(page: Page, keep: np.ndarray, threshold: float, start: int, end: int,
                  most: float = np.inf) -> np.ndarray | None:
    """Where in [start, end) (offsets from ``start``, never the first) an
    article's closing box may stand: the prose the line model keeps above is
    ``_ARTICLE_ABOVE`` words or more, and what follows holds at most
    ``_PROSE_AFTER_CLOSING_BY`` of it and ``most`` words; None when nowhere."""
    span = page.word_array[start:end]
    prose = (span >= _PROSE_WORDS) & (page.column("terminal")[start:end] > 0) & (keep[start:end] >= threshold)
    if not prose.any():
        return None
    kept = np.concatenate(([0], np.where(prose, span, 0).cumsum()))
    above, after = kept[:-1], kept[-1] - kept[:-1]
    tail = (above >= _ARTICLE_ABOVE) & (after <= np.minimum(_PROSE_AFTER_CLOSING_BY * above, most))
    tail[0] = False
    return tail if tail.any() else None


def end_before_biography(page: Page, keep: np.ndarray, threshold: float, start: int, end: int) -> int:
    """The end of the article cut back to a person's name over a paragraph
    that opens on the whole name (:func:`_biography_at`: "Jane Doe" /
    "Staff Writer" / "Jane Doe is a reporter who covers ..."), when that is
    the only such pair in [start, end) and the prose the line model keeps
    from the name on is at most ``_PROSE_AFTER_CLOSING_BY`` of the
    ``_ARTICLE_ABOVE`` words or more above it, and ``_BIO_WORDS`` at most:
    the author's box at the article's foot, whose byline the page may print
    nowhere. An article that profiles people prints the shape once per
    person, so a second pair above leaves the end where it is."""
    # the box can stand only where little prose is left: look there first, and above only on a find
    tail = _closing_tail(page, keep, threshold, start, end, _BIO_WORDS)
    if tail is None:
        return end
    first = int(tail.argmax())
    span = page.word_array[start:end]
    short = (span >= _NAME_WORDS[0]) & (span <= _NAME_WORDS[1])
    short[0] = False
    openers = _paragraph_openers(page, start + first, end + _BIO_NAME_REACH)
    found = next((at for at in (short[first:].nonzero()[0] + start + first).tolist()
                  if _biography_at(page, at, openers)), None)
    if found is None:
        return end
    openers = _paragraph_openers(page, start, end + _BIO_NAME_REACH)
    if any(_biography_at(page, at, openers) for at in (short[:first].nonzero()[0] + start).tolist()):
        return end
    return found


#: the byline's names are read on the short lines from this many lines over the region's start down to
#: ``_ANCHOR_REACH`` lines under its first paragraph
_BYLINE_BACK = 15
#: the author's biography opens within this many lines under the box's name line, on a line of this
#: many words at least
_BIO_UNDER_NAME, _BIO_LINE_WORDS = 3, 8
#: the article above the author's box holds this many words of kept prose at most (a long article's box is
#: left to the rules that weigh the prose under it against the article's)
_SHORT_ARTICLE_WORDS = 400
#: the box's name line holds the name and this many words more at most
_NAME_LINE_EXTRA = 2


def _bare_by(line: str) -> bool:
    """Whether ``line`` is a byline's "By" alone, the name on the next line."""
    found = BARE_BY.match(line)
    return found is not None and found.end() == len(line.rstrip())


def _byline_names(page: Page, low: int, high: int) -> dict[str, int]:
    """The people a byline names in [low, high): a short line that opens on
    "By" (:data:`AUTHOR_PREFIX`: "By Jane Doe", "von Jane Doe") or stands under a line "By" alone,
    each part of it (:data:`NAME_ROLE_SEPARATOR` sets apart name, role and
    site: "Jane Doe | The Texas Newsroom", "Jane Doe (Acme)") that reads as
    a name (:func:`_is_name`), mapped to the byline's line. A name on a line
    of its own may be a heading or an entry of the contents; under "By" it
    is the author."""
    names: dict[str, int] = {}
    for pos in range(max(low, 1), high):
        line = page.lines[pos]
        if page.words[pos] > _ANCHOR_WORDS:
            continue
        opening = AUTHOR_PREFIX.match(line)
        if opening is None and not _bare_by(page.lines[pos - 1]):
            continue
        for part in NAME_ROLE_SEPARATOR.split(line[opening.end():] if opening else line):
            part = part.split(" (", 1)[0].strip()
            if _is_name(part) and not any(word.lower() in ALL_STOPWORDS for word in part.split()):
                names.setdefault(part, pos)
    return names


def _opens_biography(line: str, name: str, under: int) -> bool:
    """Whether ``line``, ``under`` lines under the name, opens a paragraph
    about the person ``name``: on the whole name or its first word ("Jane
    Doe is a writer ...", "Jean-Luc started ..."), or going on from the name
    printed right over it, or over a closing bracket ("is a writer and
    editor ...", ") is the editor of ...", the author's address between)."""
    if line.startswith(name) or line.startswith(name.split()[0] + " "):
        return True
    if under > 1 and not line.startswith(")"):
        return False
    return BIOGRAPHY_OPENING.match(" " + line.lstrip(")").lstrip()) is not None


def end_before_author_bio(page: Page, keep: np.ndarray, threshold: float, start: int, end: int) -> int:
    """The end of the article cut back to the author's box under a short
    article (``_ARTICLE_ABOVE`` to ``_SHORT_ARTICLE_WORDS`` words of prose
    the line model keeps above it): a line holding a name the byline prints
    (:func:`_byline_names`) and ``_NAME_LINE_EXTRA`` words more at most
    ("Jane Doe", "About Jane Doe", "Headshot of Jane Doe", "Jane Doe (Acme)",
    never a picture's credit) over a paragraph about that person within
    ``_BIO_UNDER_NAME`` lines (:func:`_opens_biography`), or a paragraph
    opening on the whole name and a biography's verb ("Jane Doe is a
    reporter ..."), when under the biography no two paragraphs of prose
    stand together (an article goes on in paragraphs; a box of teasers and
    its pictures' descriptions does not) or their prose is no more than the
    article's above. :func:`end_before_author_box` and
    :func:`end_before_biography` weigh the prose under the box against the
    article's, which the teaser grid under a three-paragraph article
    outweighs; this rule asks the byline's name instead, and leaves a long
    article's box to them (a page's truth may hold a biography that closes a
    long article)."""
    lines, words = page.lines, page.words
    span = page.word_array[start:end]
    prose = (span >= _PROSE_WORDS) & (page.column("terminal")[start:end] > 0) & (keep[start:end] >= threshold)
    if not prose.any():
        return end
    first = start + int(prose.argmax())
    # (the byline may stand under a standfirst, the region's first paragraph)
    names = _byline_names(page, start - _BYLINE_BACK, min(first + _ANCHOR_REACH, end))
    if not names:
        return end
    kept = np.concatenate(([0], np.where(prose, span, 0).cumsum()))
    at_prose = (prose.nonzero()[0] + start).tolist()
    for at in range(first + 1, end):
        if kept[at - start] < _ARTICLE_ABOVE:
            continue
        if kept[at - start] > _SHORT_ARTICLE_WORDS:
            break
        line = lines[at]
        name = next((n for n, pos in names.items() if n in line and pos < at), None)
        if name is None:
            continue
        if words[at] <= len(name.split()) + _NAME_LINE_EXTRA:
            # the box's name line: the name alone, or with a word or two ("About Jane Doe", "Headshot
            # of Jane Doe", "Jane Doe (Acme)"), never a picture's credit ("Credit: Jane Doe")
            bio = None if has_credit_word(line) else \
                next((p for p in range(at + 1, min(at + 1 + _BIO_UNDER_NAME, end))
                      if words[p] >= _BIO_LINE_WORDS and _opens_biography(lines[p], name, p - at)), None)
        else:
            opens = line.startswith(name) and BIOGRAPHY_OPENING.match(line, len(name)) is not None
            bio = at if opens else None
        if bio is None:
            continue
        under = [p for p in at_prose if p > bio]
        if any(q - p <= 2 for p, q in zip(under, under[1:])) \
                and sum(words[p] for p in under) > kept[at - start]:
            continue
        return at
    return end


def end_before_reader_appeal(page: Page, keep: np.ndarray, threshold: float, start: int, end: int) -> int:
    """The end of the article cut back to the site's appeal to its readers
    (:data:`READER_APPEAL_OPENING`, :data:`READER_APPEAL_PHRASE`: "Enjoyed
    this piece? We need your help to keep publishing.", "Support our mission
    ...", "Donate now") inside [start, end), once the prose the line model
    keeps above it is ``_ARTICLE_ABOVE`` words or more and what follows holds
    at most ``_PROSE_AFTER_CLOSING_BY`` of it: the appeal and the box it opens
    read as prose, so the region model runs on over them; an article that
    quotes such words goes on."""
    tail = _closing_tail(page, keep, threshold, start, end)
    if tail is None:
        return end
    # the tail is a run to the end (the prose above only grows, that after only shrinks): one search
    first = start + int(tail.argmax())
    text = "\n" + "\n".join(page.plain[first:end])
    found = [m.start() + 1 for m in (READER_APPEAL_OPENING.search(text),) if m is not None]
    if (phrase := READER_APPEAL_PHRASE.search(text)) is not None:
        found.append(text.rfind("\n", 0, phrase.start()) + 1)
    return first + text.count("\n", 1, min(found)) if found else end


def _bulleted_list_under(page: Page, at_prose: np.ndarray, start: int, at: int) -> bool:
    """Whether the heading at ``start + at`` opens a bulleted list (its items
    bulleted or indented under it, as a text browser prints a list) after
    which no prose (``at_prose``, offsets from ``start``) comes within
    ``_LIST_LINES`` lines of the heading: a teaser's summary in such a list
    reads as prose, but is no return of the article."""
    bullet, indented = page.column("bullet"), page.column("indented")
    pos = start + at + 1
    if pos >= len(page.lines) or not bullet[pos]:
        return False
    # under an indented heading (a renderer that indents every line by its depth) only bullets make the list
    by_indent = not indented[start + at]
    while pos < len(page.lines) and (bullet[pos] or (by_indent and indented[pos])):
        pos += 1
    # a list running past the region's end has no prose after it: the sentinel closing ``at_prose``
    following = min(int(at_prose.searchsorted(pos - start)), len(at_prose) - 1)
    return int(at_prose[following]) - at > _LIST_LINES


#: a list of teasers with summaries: this many headlines at least, each over its summary of
#: so many words (one or two sentences)
_TEASER_PAIRS, _SUMMARY_WORDS = 3, (8, 80)


def _teaser_pairs_under(page: Page, pos: int, end: int) -> bool:
    """Whether the closing heading at ``pos`` opens a list of teasers, each a
    headline (``_HEADLINE_WORDS`` to ``_TEASER_HEADLINE`` words, a news headline's length, no
    sentence's end but a question's)
    over a summary of one or two sentences (``_SUMMARY_WORDS``), ``_TEASER_PAIRS``
    of them or more, one under the other, with no prose in the ``_LIST_LINES``
    lines under them before ``end``. The summaries read as prose, so the list
    seems the article's return, but an article's own sections run longer than
    a sentence or two under their headings, and a box of teasers set inside
    the article gives way to its prose."""
    terminal, words = page.column("terminal"), page.words
    pairs, at = _teaser_pairs(page, pos + 1, end, _TEASER_HEADLINE)
    return pairs >= _TEASER_PAIRS and not any(
        words[p] >= _PROSE_WORDS and terminal[p] for p in range(at, min(end, at + _LIST_LINES)))


def _picture_cards_under(page: Page, pos: int, end: int) -> bool:
    """Whether the closing heading at ``pos`` opens a list of picture cards,
    ``_TEASER_PAIRS`` or more one under the other, each its picture's alt text
    read as a sentence (``_SUMMARY_WORDS``, closing on a stop: "A couple
    smiles in the yard of their house.") over its headline (``_HEADLINE_WORDS``
    to ``_TEASER_HEADLINE`` words, no sentence's end but a question's), with
    no two paragraphs in a row in the ``_LIST_LINES`` lines under them
    before ``end``. The alt texts read as prose, more of it than a short
    article's above the heading; an article that goes on after a box set
    inside it does so in paragraphs."""
    terminal, words, lines = page.column("terminal"), page.words, page.lines
    pairs, at = 0, pos + 1
    while at + 1 < end:
        picture, headline = at, at + 1
        if not (_SUMMARY_WORDS[0] <= words[picture] <= _SUMMARY_WORDS[1] and terminal[picture]
                and _HEADLINE_WORDS <= words[headline] <= _TEASER_HEADLINE
                and (not terminal[headline] or lines[headline].endswith(_CALL_MARKS))):
            break
        pairs, at = pairs + 1, at + 2
    if pairs < _TEASER_PAIRS:
        return False
    prose = [words[p] >= _PROSE_WORDS and bool(terminal[p]) for p in range(at, min(end, at + _LIST_LINES))]
    return not any(a and b for a, b in zip(prose, prose[1:]))


def _teaser_pairs(page: Page, pos: int, end: int, longest: int = _HEAD_WORDS) -> tuple[int, int]:
    """How many teasers follow one another from ``pos`` on before ``end``,
    each a headline (:func:`_teaser_pairs_under`, of ``longest`` words at
    most) over its summary, and the line after the last."""
    terminal, words = page.column("terminal"), page.words
    pairs, at = 0, pos
    while at + 1 < end:
        headline, summary = at, at + 1
        # (a heading closing on a colon, "What to look for:", labels the article's own part)
        if not (_HEADLINE_WORDS <= words[headline] <= longest
                and (not terminal[headline] or page.lines[headline].endswith(_CALL_MARKS))
                and not page.lines[headline].rstrip().endswith((":", "："))
                and _SUMMARY_WORDS[0] <= words[summary] <= _SUMMARY_WORDS[1] and terminal[summary]):
            break
        pairs, at = pairs + 1, at + 2
    return pairs, at


def start_after_teasers(page: Page, start: int, end: int) -> int:
    """The start of the article moved down past a list of teasers that opens
    [start, end) under a heading that only ever labels other stories
    (:data:`CLOSING_HEADINGS`: "More news"), ``_TEASER_PAIRS`` or
    more headlines each over a summary of one or two sentences, when two
    paragraphs in a row, or a long line (``_SUMMARY_LINE`` words, perhaps a
    paragraph broken at its links), come right under the list: the
    article, whose paragraphs run on longer than a teaser's one under each
    headline. The start moves to the last teaser's headline: the article's
    own headline over its lead paragraph, under the list, is of a teaser's
    shape too."""
    # the heading opens the region, or lies right above it or above the first teaser's headline (the
    # model left them out, opening on a summary)
    keys = page.keys
    heading = next((p for p in (start, start - 1, start - 2) if p >= 0 and page.words[p] <= _CLOSING_WORDS
                    and (keys[p] in CLOSING_HEADINGS or CLOSING_PATTERN.search(keys[p]) is not None)), None)
    if heading is None:
        return start
    pairs, at = _teaser_pairs(page, heading + 1, end)
    if pairs < _TEASER_PAIRS or at + 1 >= end:
        return start
    terminal, words = page.column("terminal"), page.words
    if words[at] >= _SUMMARY_LINE or all(words[p] >= _PROSE_WORDS and terminal[p] for p in (at, at + 1)):
        # the list's last pair is left to the article: its own headline over its lead reads as a teaser
        return max(start, at - 2)
    return start


def _menu_under(page: Page, pos: int) -> bool:
    """Whether the ``_MENU_LINES`` lines under ``pos`` are a menu's items,
    ``_MENU_WORDS`` words long at most. A picture's placeholder ("image") or a
    bare count ("0") is a teaser card's, not a menu's: a menu names pages."""
    below = range(pos + 1, min(pos + 1 + _MENU_LINES, len(page.lines)))
    placeholder = page.column("placeholder")
    return all(page.words[p] <= _MENU_WORDS and not placeholder[p] and not page.lines[p].isdecimal()
               for p in below)


def _dates(page: Page, start: int, stop: int) -> list[int]:
    """The short lines in [start, stop) that are a date in words, a date in
    figures ("11/20/2019 01:14 PM") or a posting time ("3 hours ago"): only
    lines with a digit are searched."""
    short = page.word_array[start:stop] <= _SIGN_WORDS
    lines = page.lines
    worded = (short & (page.column("dateline")[start:stop] > 0)).nonzero()[0] + start
    figured = (short & (page.column("digit_share")[start:stop] > 0)).nonzero()[0] + start
    found = {p for p in worded.tolist() if MONTH_NAME.search(lines[p].lower())}
    found.update(p for p in figured.tolist() if _relative_time(lines[p])
                 or (NUMERIC_DATE.match(lines[p]) and _under_headline(page, p)))
    return sorted(p for p in found if not _labels_an_item(page, p))


def _labels_an_item(page: Page, pos: int) -> bool:
    """Whether the date on line ``pos`` labels the item of a list, a colon
    after it ("April 15: Last day to file", or the colon opening the next
    line): a timeline or a schedule in the article. A teaser's date stands
    alone."""
    after = page.lines[pos + 1] if pos + 1 < len(page.lines) else ""
    return page.lines[pos].endswith(":") or after.startswith(":")


#: the most lines of prose in a row between a list's first and last counted dates: a teaser's
#: headline printed twice and its summary (an article's dateline over its paragraphs, then
#: comments' times, is no list)
_TEASER_RUN = 3


def _prose_run_between(page: Page, first: int, last: int) -> int:
    """The longest run of lines of prose (``_PROSE_WORDS`` words or more) in (first, last)."""
    longest = run = 0
    for words in page.word_array[first + 1:last].tolist():
        run = run + 1 if words >= _PROSE_WORDS else 0
        longest = max(longest, run)
    return longest


def end_before_teasers(page: Page, start: int, end: int) -> int:
    """The end of the article cut back to where a list of teasers opens inside
    [start, end): headline, author, date and summary of other articles, with a
    date line (a month in words, or "3 hours ago") every few lines. A teaser's
    summary reads as prose; an article names its date once, above it, and
    between the list's dates come a teaser's few lines at a time
    (``_TEASER_RUN``), not an article's paragraphs. The cut
    falls on the first teaser's headline, and never leaves less than
    ``_ARTICLE_ABOVE`` words of prose above it."""
    words = page.words
    # the list may run on past the end the model chose: its dates there count too
    reach = min(len(words), end + _TEASER_REACH)
    # (a chart's dates, each over its figure, are no teasers' dates)
    dates = [at for at in _dates(page, start + 1, reach) if not _in_chart(page, at)]
    for k, at in enumerate(dates):
        if at >= end:
            break
        if k + _TEASER_DATES - 1 < len(dates) and dates[k + _TEASER_DATES - 1] < at + _TEASER_REACH \
                and _prose_run_between(page, at, dates[k + _TEASER_DATES - 1]) <= _TEASER_RUN:
            cut = at
            while cut - 1 > start and at - (cut - 1) <= _TEASER_HEAD and words[cut - 1] <= _HEAD_WORDS \
                    and not page.column("terminal")[cut - 1]:
                cut -= 1
            above = [w for w in words[start:cut] if w >= _PROSE_WORDS]
            return cut if sum(above) >= _ARTICLE_ABOVE else end
    return end


#: a teaser card prints its headline (of so many words) twice, at most this many lines apart (a
#: link and a heading, or around its picture's alt text), with its summary (``_PROSE_WORDS``
#: words or more) within so many lines under the second; a list of cards holds this many at
#: least, each at most so many lines under the one before
_CARD_TITLE_WORDS, _CARD_AGAIN, _CARD_SUMMARY = (3, 15), 2, 4
_TEASER_CARDS, _CARD_STEP = 3, 6


def _teaser_cards(page: Page, start: int, end: int) -> list[tuple[int, int]]:
    """The teaser cards in (start, end): a headline printed again right under
    it, then a summary; each as its first line and its summary's line."""
    lines, words = page.lines, page.words
    low, high = _CARD_TITLE_WORDS
    span = page.word_array[start + 1:end - 1]
    # (a headline printed again is a line the page holds twice: the "duplicate" feature)
    twice = page.column("duplicate")[start + 1:end - 1] > 0
    found = []
    for pos in (((span >= low) & (span <= high) & twice).nonzero()[0] + start + 1).tolist():
        line = lines[pos]
        following = lines[pos + 1:pos + 1 + _CARD_AGAIN]
        if line not in following:
            continue
        again = pos + 1 + following.index(line)
        summary = next((q for q in range(again + 1, min(len(lines), again + 1 + _CARD_SUMMARY))
                        if words[q] >= _PROSE_WORDS), None)
        if summary is not None:
            found.append((pos, summary))
    return found


def end_before_teaser_cards(page: Page, keep: np.ndarray, threshold: float, start: int, end: int) -> int:
    """The end of the article cut back to a list of teaser cards that closes
    [start, end): ``_TEASER_CARDS`` or more cards in a row, each printing its
    headline twice (a link and a heading, or around its picture's alt text)
    over a one-paragraph summary, with no prose the line model keeps after
    the first card but the cards' own ("You might also like" / "Headline" /
    "Headline" / "Its summary." / "Read more", ...). A summary reads as
    prose; an article names its own sections once. A list whose cards' closing
    line ("View webcam") is printed above its first card began above, in the
    article: it stays. The cut takes the list's short heading with it, and
    never leaves less than ``_ARTICLE_ABOVE`` words of prose above it."""
    found = _teaser_cards(page, start, end)
    cards = [pos for pos, _ in found]
    words = page.words
    for k in range(len(cards) - _TEASER_CARDS + 1):
        run = cards[k:k + _TEASER_CARDS]
        if any(b - a > _CARD_STEP for a, b in zip(run, run[1:])):
            continue
        listed = [cards[k]]
        for at in cards[k + 1:]:
            if at - listed[-1] > _CARD_STEP:
                break
            listed.append(at)
        # a card's lines: its headline to its summary, on to the next card in the list, and the last
        # card's as many as the list's longest
        inside = {p for pos, summary in found[k:] for p in range(pos, summary + 1)}
        inside.update(p for a, b in zip(listed, listed[1:]) for p in range(a, b))
        inside.update(range(listed[-1], listed[-1] + max(b - a for a, b in zip(listed, listed[1:]))))
        prose = (page.word_array[cards[k]:end] >= _PROSE_WORDS) & (keep[cards[k]:end] >= threshold)
        if any(cards[k] + p not in inside for p in prose.nonzero()[0].tolist()):
            continue
        cut = cards[k]
        if cut - 1 > start and words[cut - 1] <= _CLOSING_WORDS:
            cut -= 1
        # the line that closes each card ("Read more", "View webcam") above the first: a list that began above
        closing = {page.lines[at - 1] for at in listed[1:]}
        if any(line in closing for line in page.lines[start:cards[k]]):
            return end
        above = [w for w in words[start:cut] if w >= _PROSE_WORDS]
        return cut if sum(above) >= _ARTICLE_ABOVE else end
    return end


#: a comment form: this many of its fields (:data:`COMMENT_FORM_FIELDS`) within so many lines, one
#: a field only a comment form asks for; the short lines right above it (its heading, "Notify of",
#: "guest") go with it, so many at most
_FORM_FIELDS, _FORM_REACH, _FORM_HEAD = 3, 4, 8


def end_before_comment_form(page: Page, start: int, end: int) -> int:
    """The end of the article cut back to a comment form inside [start, end):
    ``_FORM_FIELDS`` of its fields on lines of their own within
    ``_FORM_REACH`` lines ("Name*", "Email*", "Website"), one of them a
    website or the comment itself, and with it the short lines that close no
    sentence right above it (the form's heading and options: "Leave a
    Reply", "Notify of", "new replies to my comments"). Readers' comments
    and whatever the page prints under them follow; a plugin's form may come
    without the comment headers :func:`end_before_comments` looks for. The
    cut never leaves less than ``_ARTICLE_ABOVE`` words of prose above it."""
    words = page.words
    short = (page.word_array[start:end] <= _RECORD_WORDS).nonzero()[0] + start
    fields = [pos for pos in short.tolist() if page.keys[pos] in COMMENT_FORM_FIELDS]
    for k, at in enumerate(fields):
        group = [pos for pos in fields[k:k + _FORM_FIELDS] if pos - at < _FORM_REACH]
        keys = {page.keys[pos] for pos in group}
        if len(keys) < _FORM_FIELDS or not keys & COMMENT_FORM_ONLY:
            continue
        terminal = page.column("terminal")
        cut = at
        while cut - 1 > start and at - (cut - 1) <= _FORM_HEAD and words[cut - 1] <= _SIGN_WORDS \
                and not terminal[cut - 1]:
            cut -= 1
        above = [w for w in words[start:cut] if w >= _PROSE_WORDS]
        return cut if sum(above) >= _ARTICLE_ABOVE else end
    return end


#: contact cards: this many lines of one kind (e-mail addresses, or phone numbers) within so many
#: lines, each card's name and role at most so many lines above its first contact line
_CARDS, _CARD_REACH, _CARD_HEAD = 3, 30, 10
#: a card's e-mail address and phone number stand this many lines apart at most
_CARD_PAIR = 2
#: a number that is only a figure with thousands separators ("1.234.567"), no phone number
_FIGURE = re.compile(r"^\d{1,3}(?:[.,]\d{3})+$")


def _contact_kinds(line: str) -> tuple[bool, bool]:
    """Whether a line gives an e-mail address, and a phone number: a line
    that is only one of them (:data:`CONTACT_LINE`, not a date or a figure),
    or an e-mail address with a phone number ending the line after it."""
    if CONTACT_LINE.match(line) is not None:
        if "@" in line or "protected]" in line:
            return True, False
        return False, NUMERIC_DATE.match(line) is None and _FIGURE.match(line) is None
    found = E_MAIL.search(line)
    return (True, PHONE_AT_END.search(line[found.end():]) is not None) if found else (False, False)


def end_before_contact_cards(page: Page, start: int, end: int) -> int:
    """The end of the article cut back to where a list of contact cards opens
    inside [start, end): name, role, city, e-mail address and phone number of
    each of a firm's people ("Connect with us"): a line that is only an
    e-mail address next to one that is only a phone number, or both run
    together on one line, in every card (a listing of places gives their
    phone numbers alone). The names and roles
    are short lines the region model runs on over; an article names a person
    to reach once, not ``_CARDS`` of them in a row. The cut falls under the
    last paragraph above the first card, and never leaves less than
    ``_ARTICLE_ABOVE`` words of prose above it."""
    lines = page.lines
    among = "\n".join(lines[start + 1:end])
    if "@" not in among and "protected]" not in among:
        return end
    words = page.words
    digits = page.column("digit_share")
    mails, phones = [], set()
    for pos in range(start + 1, min(len(words), end + _CARD_PAIR)):
        if words[pos] <= _SIGN_WORDS and (digits[pos] > 0 or "@" in lines[pos]
                                          or lines[pos].endswith("protected]")):
            mail, phone = _contact_kinds(lines[pos])
            if mail and pos < end:
                mails.append(pos)
            if phone:
                phones.add(pos)
    cards = [pos for pos in mails
             if any(p in phones for p in range(pos - _CARD_PAIR, pos + _CARD_PAIR + 1))]
    firsts = [cards[k] for k in range(len(cards) - _CARDS + 1)
              if cards[k + _CARDS - 1] - cards[k] <= _CARD_REACH]
    if not firsts:
        return end
    at = firsts[0]
    terminal = page.column("terminal")
    cut = at
    while cut - 1 > start and at - (cut - 1) <= _CARD_HEAD \
            and not (words[cut - 1] >= _PROSE_WORDS and terminal[cut - 1]):
        cut -= 1
    above = [w for w in words[start:cut] if w >= _PROSE_WORDS]
    return cut if sum(above) >= _ARTICLE_ABOVE else end


def first_occurrences(page: Page, body: list[int]) -> list[int]:
    """``body`` without the paragraphs (``_REPEAT_WORDS`` words or more) that
    repeat one already in it, word for word, within ``_REPEAT_REACH`` lines: a
    page prints a paragraph twice for its picture gallery, its teaser and its
    article; an article says it once. Lists repeat items further apart. A
    shorter line of words (not figures) that repeats the body line just above
    it goes too: a picture's alt text over its heading ("Cloud SQL", "Cloud SQL")."""
    seen: dict[str, int] = {}
    kept: list[int] = []
    for pos in body:
        line = page.lines[pos]
        if page.times[line] > 1:
            if page.words[pos] >= _REPEAT_WORDS:
                if pos - seen.get(line, -_REPEAT_REACH) < _REPEAT_REACH:
                    continue
                seen[line] = pos
            elif kept and page.lines[kept[-1]] == line and _wordy(page.plain[pos]):
                continue
        kept.append(pos)
    return kept


def _wordy(plain: str) -> bool:
    """Whether a line has two words of letters at least, not only figures or signs."""
    return sum(1 for word in plain.split() if word.isalpha() and len(word) > 1) >= 2


def _words_from(page: Page, body: list[int], first: int, last: int, enough: int) -> str:
    """The words of ``body[first:last]`` from the start, single-spaced, once
    they are ``enough`` characters long or the lines run out."""
    said = ""
    for pos in body[first:last]:
        said = " ".join(f"{said} {page.plain[pos]}".split())
        if len(said) >= enough:
            break
    return said


def drop_printed_again(page: Page, body: list[int]) -> list[int]:
    """``body`` without the paragraphs (``_AGAIN_WORDS`` words or more, not a
    fragment that opens in lower case) whose words the lines above them
    already printed, in order, from the start of a line on. A page that
    prints its article twice (a feed's copy, a print view, an embedded
    preview) breaks the copies into lines differently, so
    :func:`first_occurrences` does not see them; an article says a paragraph
    once. The copies line up where a line opens: only a paragraph that opens
    as a line above it opened is compared."""
    openings = [page.lines[p][:_OPENING] for p in body]
    times = Counter(openings)
    if all(times[o] == 1 for o, p in zip(openings, body) if page.words[p] >= _AGAIN_WORDS):
        return body
    starts_lower = page.column("starts_lower")
    opened: dict[str, list[int]] = {}
    kept = []
    for k, (pos, opening) in enumerate(zip(body, openings)):
        above = opened.setdefault(opening, [])
        if above and page.words[pos] >= _AGAIN_WORDS and not starts_lower[pos]:
            part = " ".join(page.plain[pos].split())
            if any(f"{_words_from(page, body, j, k, len(part))} ".startswith(f"{part} ") for j in above):
                above.append(k)
                continue
        above.append(k)
        kept.append(pos)
    return kept


#: a teaser's summary: this many words at least, trailing off; a list of teasers holds this many
#: at least, at most this many body lines apart (a headline between two); the opening of a
#: paragraph compared, in characters; and what the paragraph says at least beyond the summary
_TEASER_SUMMARY_WORDS, _TEASERS, _TEASER_STEP, _TEASER_OPENING, _TEASER_MORE = 12, 3, 2, 40, 10
_TRAILING_OFF = ("...", "…")


def _summarises(teaser: str, paragraph: str) -> bool:
    """Whether ``teaser``, trailing off, cuts ``paragraph`` short: the
    paragraph's opening is in it, and from there it says the paragraph's
    first words and no more."""
    at = teaser.find(paragraph[:_TEASER_OPENING])
    if at < 0 or paragraph.endswith(_TRAILING_OFF):
        return False
    said = teaser[at:].rstrip(".… ")
    return paragraph.startswith(said) and len(paragraph) > len(said) + _TEASER_MORE


def drop_teasers_of_itself(page: Page, body: list[int]) -> list[int]:
    """``body`` without a list of teasers that teases the article itself: at
    least ``_TEASERS`` summaries that trail off ("...") close together, with
    their headlines between them, one of which cuts short a paragraph of the
    body below the list. A site's list of latest stories, printed beside the
    article and taken for its opening, names the article among the others;
    an article's own list of items is not cut short by its own text."""
    lines, words = page.lines, page.words
    trailing = [k for k, pos in enumerate(body)
                if words[pos] >= _TEASER_SUMMARY_WORDS and lines[pos].endswith(_TRAILING_OFF)]
    if len(trailing) < _TEASERS:
        return body
    runs, run = [], [trailing[0]]
    for k in trailing[1:]:
        if k - run[-1] > _TEASER_STEP:
            runs.append(run)
            run = []
        run.append(k)
    runs.append(run)
    dropped: set[int] = set()
    for run in runs:
        if len(run) < _TEASERS:
            continue
        teasers = [lines[body[k]] for k in run]
        below = [lines[pos] for pos in body[run[-1] + 1:] if words[pos] >= _TEASER_SUMMARY_WORDS]
        if any(_summarises(teaser, paragraph) for paragraph in below for teaser in teasers):
            first = run[0] - 1 if run[0] > 0 and run[1] - run[0] == _TEASER_STEP else run[0]
            dropped.update(range(first, run[-1] + 1))
    return [pos for k, pos in enumerate(body) if k not in dropped] if dropped else body


def drop_copied_runs(page: Page, body: list[int]) -> list[int]:
    """``body`` without the runs of lines that repeat an earlier run of it
    line for line, once a run holds ``_COPIED_WORDS`` words: a page that
    prints its article again in the same lines (a second tab, a print or
    mobile copy) repeats headings and fragments that
    :func:`drop_printed_again` leaves, as an article might repeat a heading
    or a short line, never a whole passage."""
    lines = [page.lines[p] for p in body]
    if len(set(lines)) == len(lines):
        return body
    times = Counter(lines)
    if sum(page.words[p] for p, line in zip(body, lines) if times[line] > 1) < 2 * _COPIED_WORDS:
        return body
    seen: dict[str, list[int]] = {}
    dropped: set[int] = set()
    k = 0
    while k < len(lines):
        longest = 0
        for j in seen.get(lines[k], [])[-_COPY_CANDIDATES:]:
            n = 0
            while k + n < len(lines) and j + n < k and lines[j + n] == lines[k + n]:
                n += 1
            longest = max(longest, n)
        if longest and sum(page.words[p] for p in body[k:k + longest]) >= _COPIED_WORDS:
            dropped.update(range(k, k + longest))
            for i in range(k, k + longest):
                seen.setdefault(lines[i], []).append(i)
            k += longest
            continue
        seen.setdefault(lines[k], []).append(k)
        k += 1
    return [p for i, p in enumerate(body) if i not in dropped] if dropped else body


def _counter_at(page: Page, pos: int) -> tuple[str | None, str, int] | None:
    """The slide counter that opens at line ``pos`` ("Image 1 of 8", or "1",
    "of", "8" on lines of their own) as (its word "of" or None, its number of
    slides), and the last line it spans; None if there is none."""
    text, lines = "", page.lines
    for end in range(pos, min(pos + 4, len(lines))):
        if page.words[end] > _COUNTER_WORDS and end > pos:
            return None
        text = f"{text} {lines[end]}".strip()
        found = SLIDE_COUNTER.match(text)
        if found is not None:
            return found.group(1), found.group(2), end
    return None


def after_gallery(page: Page, body: list[int], captioned: Collection[int] = ()) -> list[int]:
    """``body`` without the picture gallery printed above the article: its
    captions, slide counters ("1 of 8", "1 / 8"), buttons and the headline
    again, up to its last counter and the few short lines under it. A
    counter that says "of" in words marks a gallery; a bare "1 / 8" counts
    only with the same number of slides said in words. Cut only when little
    body lies above the counter, one line of it credits a picture (a
    caption: the article's own paragraphs above a gallery credit none) or a
    caption was taken above it (``captioned``: its lines), and the article
    follows below it."""
    head = body[:_GALLERY_LINES]
    if not head:
        return body
    low, high = head[0], head[-1] + 1
    short = page.word_array[low:high] <= _COUNTER_WORDS + 2
    figured = (short & (page.column("digit_share")[low:high] > 0)).nonzero()[0] + low
    counters = [found for found in map(partial(_counter_at, page), figured.tolist()) if found is not None]
    slides = {total for word, total, _ in counters if word}
    ends = [end for word, total, end in counters if total in slides]
    if not ends:
        return body
    last = max(ends)
    cut = bisect_right(body, last)
    if sum(page.words[p] for p in body[:cut]) > _GALLERY_WORDS \
            or not (any(has_credit_word(page.lines[p][-_CREDIT_TAIL:]) for p in body[:cut])
                    or any(p < last for p in captioned)):
        return body
    terminal = page.column("terminal")
    while cut < len(body) and body[cut] - last <= 2 and page.words[body[cut]] <= _GALLERY_TAIL \
            and not terminal[body[cut]]:
        last = body[cut]
        cut += 1
    if not _article_below_gallery(page, body[cut:]):
        return body
    return body[cut:]


#: ... or this many paragraphs of prose: a short article under a gallery (a news brief of three
#: paragraphs) holds fewer than ``_ARTICLE_BELOW`` words
_PARAGRAPHS_BELOW = 3


def _article_below_gallery(page: Page, below: list[int]) -> bool:
    """Whether the body lines ``below`` a gallery's last counter are an
    article: ``_ARTICLE_BELOW`` words, or ``_PARAGRAPHS_BELOW`` paragraphs of
    prose (``_PROSE_WORDS`` words or more, closing a sentence); a slide's
    caption under its counter is neither."""
    if sum(page.words[p] for p in below) >= _ARTICLE_BELOW:
        return True
    terminal = page.column("terminal")
    return sum(page.words[p] >= _PROSE_WORDS and terminal[p] > 0 for p in below) >= _PARAGRAPHS_BELOW


#: a gallery the article stops in: its last counter is looked for among this many lines above the
#: end, the next counter within this many lines of the one before, and its last picture's caption
#: within this many lines under its counter
_GALLERY_BACK, _GALLERY_STEP, _GALLERY_CAPTION = 8, 6, 3
_FIRST_NUMBER = re.compile(r"\d{1,3}")


#: footnotes open within this many lines under the article's end (a rule, a blank mark)
_FOOTNOTE_GAP = 2


def end_over_footnotes(page: Page, end: int) -> int:
    """The end of the article moved on over its footnotes: a run of lines
    that close on a link back to where they are cited
    (:data:`FOOTNOTE_BACKLINK`, "1. ... ↩"), under the end or past up to
    ``_FOOTNOTE_GAP`` lines without a letter (a rule). The line model reads
    the rule over them as the article's end; a note that links back into
    the text is the article's own."""
    lines = page.lines
    pos = end
    while pos < min(len(lines), end + _FOOTNOTE_GAP) and not any(c.isalpha() for c in lines[pos]):
        pos += 1
    last = pos
    while last < len(lines) and FOOTNOTE_BACKLINK.search(lines[last]) is not None:
        last += 1
    return last if last > pos else end


def end_over_gallery(page: Page, start: int, end: int) -> int:
    """The end of the article moved on over the rest of a picture gallery it
    stops in: its last slide counter above the end ("2 of 4") says more
    pictures follow, and their counters follow below, in turn ("3 of 4", "4
    of 4"), each a few lines under the one before; the end moves past the
    last one's caption (a line within ``_GALLERY_CAPTION`` lines under it that
    closes a sentence or credits a picture). The line model reads a gallery's
    short lines as the page's furniture and ends the article amid them, its
    last captions left out."""
    counter = None
    for pos in range(end - 1, max(start, end - _GALLERY_BACK) - 1, -1):
        if page.words[pos] <= _COUNTER_WORDS + 2 and (counter := _counter_at(page, pos)) is not None:
            break
    if counter is None or counter[0] is None:
        return end
    total = counter[1]
    shown = int(_FIRST_NUMBER.search(page.lines[pos]).group())  # type: ignore[union-attr]
    last, pos = None, end
    while shown < int(total) and pos < len(page.lines) \
            and pos - (end if last is None else last) <= _GALLERY_STEP:
        found = _counter_at(page, pos) if page.words[pos] <= _COUNTER_WORDS + 2 else None
        number = _FIRST_NUMBER.search(page.lines[pos]) if found is not None else None
        if found is None or found[0] is None or found[1] != total or number is None \
                or int(number.group()) != shown + 1:
            pos += 1
            continue
        shown, last, pos = shown + 1, found[2], found[2] + 1
    if last is None:
        return end
    terminal = page.column("terminal")
    for q in range(last + 1, min(len(page.lines), last + 1 + _GALLERY_CAPTION)):
        if terminal[q] or has_credit_word(page.lines[q][-_CREDIT_TAIL:]):
            return q + 1
    return last + 1


#: a review's pros and cons: this many items at most in each list, each of this many words at most;
#: its verdict's paragraphs of this many words at least
_PROS_ITEMS, _PROS_WORDS, _VERDICT_WORDS = 12, 16, 12


def _list_under(page: Page, heading: int, headings: frozenset[str]) -> int | None:
    """The line after the short items listed under ``heading`` when its key is
    one of ``headings``, or None."""
    if heading >= len(page.lines) or page.words[heading] > 4 or page.keys[heading] not in headings:
        return None
    q = heading + 1
    while q < len(page.lines) and q - heading <= _PROS_ITEMS and page.words[q] <= _PROS_WORDS:
        if page.keys[q] in CONS_HEADINGS or page.keys[q] in VERDICT_HEADINGS:
            break
        q += 1
    return q if q > heading + 1 else None


#: a verdict over the review's rating: sentences of this many words at least
_RATED_VERDICT_WORDS = 5


def _under_verdict(page: Page, heading: int, least: int) -> int:
    """The line after the verdict whose heading ("Verdict", "Fazit") is at
    ``heading``, its sentences of ``least`` words at least; ``heading + 1``
    when no verdict is there."""
    if heading >= len(page.lines) or page.words[heading] > 4 \
            or page.keys[heading] not in VERDICT_HEADINGS:
        return heading + 1
    q, terminal = heading + 1, page.column("terminal")
    while q < len(page.lines) and page.words[q] >= least and terminal[q]:
        q += 1
    return q


def end_over_pros_and_cons(page: Page, end: int) -> int:
    """The end of the article moved on over a review's lists of pros and cons
    it stops at ("Pros" / items / "Cons" / items), and over the verdict under
    them ("Verdict" / its paragraphs); with no such lists, over a short
    verdict closing the review, a rating under it or none ("Verdict" / its
    sentence / "Rating: 4/5"). The line model reads the lists' short lines,
    the verdict's short heading and sentence, or the rating and the buy button
    under them, as the page's furniture and ends the review above them, its
    verdict left out."""
    cons = _list_under(page, end, PROS_HEADINGS)
    after = _list_under(page, cons, CONS_HEADINGS) if cons is not None else None
    if after is None:
        q = _under_verdict(page, end, _RATED_VERDICT_WORDS)
        return q if q > end + 1 else end
    q = _under_verdict(page, after, _VERDICT_WORDS)
    return q if q > after + 1 else after


#: the article goes on past a block set inside it (a table of figures, an ad's links, a form)
#: when, within this many lines of its end, a run of lines gains this much log-probability for
#: being inside over after, and holds this many words of sure prose
_RESUME_REACH, _RESUME_GAIN, _RESUME_WORDS = 400, 10.0, 60


def _best_run(gain: np.ndarray) -> tuple[float, int, int]:
    """The run [a, b) of ``gain`` with the largest sum, and that sum (Kadane)."""
    best, best_start, best_end, run, run_start = 0.0, 0, 0, 0.0, 0
    for k, value in enumerate(gain.tolist()):
        if run <= 0.0:
            run, run_start = value, k
        else:
            run += value
        if run > best:
            best, best_start, best_end = run, run_start, k + 1
    return best, best_start, best_end


#: a lead picture: at most this many lines (placeholder, caption, credit) of at most this many words
_PICTURE_LINES, _PICTURE_WORDS = 6, 40
#: a lead paragraph over it: this many words at least, closing a sentence (not a teaser's headline),
#: with this share of function words at least (a language that writes them onto its words, Turkish
#: or Finnish, holds few that stand alone: a sentence of twenty words holds one or two)
_LEAD_WORDS, _LEAD_STOPS = 20, 0.05


def open_over_lead_picture(page: Page, verdicts: Verdicts, start: int) -> int:
    """The start of the article moved back over a picture just above it (a
    placeholder or a credit among at most ``_PICTURE_LINES`` short lines, a
    slideshow's buttons too) to the paragraphs of sure prose printed once
    right above it: the lead paragraph set over the lead picture, which the
    model reads as a standfirst. A byline or dateline between them marks what
    stands above as no article, and a line too short to be a paragraph or
    closing no sentence (a teaser's or video's headline) stops the move."""
    marks = page.column("byline") + page.column("dateline")
    picture = page.column("placeholder") + page.column("credit")
    terminal = page.column("terminal")
    low = start
    while low > 0 and start - low < _PICTURE_LINES and page.words[low - 1] <= _PICTURE_WORDS \
            and not marks[low - 1] and not _prose_printed_once(page, verdicts, low - 1, low, _LEAD_STOPS)[0]:
        low -= 1
    if low == start or not picture[low:start].any():
        return start
    opened = low
    while opened > 0 and not marks[opened - 1] and page.words[opened - 1] >= _LEAD_WORDS \
            and terminal[opened - 1] \
            and _prose_printed_once(page, verdicts, opened - 1, opened, _LEAD_STOPS)[0]:
        opened -= 1
    return opened if opened < low else start


#: a recipe's ingredients' heading is looked for this many lines above the article at most, has
#: this many words at most, and the lines under it down to the article this many each at most;
#: the recipe's facts over its heading ("Serves: 4", "Prep time: 10 minutes"), this many lines
#: of this many words at most
_RECIPE_REACH, _RECIPE_HEADING_WORDS, _INGREDIENT_WORDS = 30, 3, 8
_RECIPE_FACTS, _RECIPE_FACT_WORDS = 4, 6


def _ingredient(line: str) -> bool:
    """An item of a recipe's ingredients, its bullet aside ("• 75 g melted butter", "4 Eier")."""
    item = BULLET.sub("", line, count=1)
    return INGREDIENT_AMOUNT.match(item) is not None or INGREDIENT_COUNTED.match(item) is not None


def open_over_recipe(page: Page, verdicts: Verdicts, start: int) -> int:
    """The start of the article moved back over a recipe's ingredients above
    it: their heading ("Ingredients", "Zutaten", "Ingrédients") within
    ``_RECIPE_REACH`` lines, and under it short lines down to the article, at
    least half of them an ingredient (:func:`_ingredient`; a heading over
    the method among them), then on over the recipe's facts and the
    paragraphs of sure prose printed once right above them (no byline or
    date line): its introduction. The region model reads a list of short
    items over the method as the page's furniture, and opens the recipe at
    its method."""
    lines, words = page.lines, page.words
    heading = next((p for p in range(start, max(-1, start - _RECIPE_REACH), -1)
                    if words[p] <= _RECIPE_HEADING_WORDS and page.keys[p] in INGREDIENT_HEADINGS), None)
    if heading is None:
        return start
    items = range(heading + 1, start)
    if any(words[p] > _INGREDIENT_WORDS for p in items) \
            or 2 * sum(_ingredient(lines[p]) for p in items) < len(items):
        return start
    marks = page.column("byline") + page.column("dateline")
    low = heading
    while heading - low < _RECIPE_FACTS and low > 0 and words[low - 1] <= _RECIPE_FACT_WORDS \
            and not marks[low - 1] and any(c == ":" or c.isdigit() for c in lines[low - 1]):
        low -= 1
    opened = low
    while opened > 0 and not marks[opened - 1] and _introduction(page, verdicts, opened - 1):
        opened -= 1
    return opened if opened < low else heading


#: a line of life dates has this many words at most, and its years span this many at most
_LIFE_DATES_WORDS, _LIFE_SPAN = 16, 125


def open_over_life_dates(page: Page, start: int) -> int:
    """The start of the article moved back over the life dates printed right
    above it ("Jane Doe (1941–2024)", "Born March 3, 1941; died June 2,
    2024."): an obituary's, under its headline. The model reads the short
    line of figures as the headline's furniture."""
    line = page.lines[start - 1] if start else ""
    if not line or page.words[start - 1] > _LIFE_DATES_WORDS or LIFE_DATES.match(line) is None:
        return start
    years = [int(year) for year in re.findall(r"\d{4}", line)]
    return start - 1 if 0 <= years[-1] - years[0] <= _LIFE_SPAN else start


def _introduction(page: Page, verdicts: Verdicts, pos: int) -> bool:
    """The line is a short paragraph of sure prose printed once (``_LAST_SENTENCE_WORDS`` words
    or more, closing a sentence, with stopwords)."""
    return bool(page.words[pos] >= _LAST_SENTENCE_WORDS and page.column("terminal")[pos]
                and page.column("stop_share")[pos] >= _PROSE_STOPS and verdicts.keep[pos] >= _SURE_KEEP
                and page.times[page.lines[pos]] == 1)


#: a recipe's ingredients: this many lines at most between their heading and the method's, each of
#: this many words at most
_INGREDIENT_LIST_LINES, _INGREDIENT_ITEM_WORDS = 60, 20


def _ingredients(page: Page, low: int, high: int) -> tuple[int, int] | None:
    """The first list of a recipe's ingredients in [low, high): the line of its
    heading (:data:`INGREDIENT_HEADINGS`) and the line of the method's heading
    under it (:data:`METHOD_HEADINGS`), with only short lines between."""
    for p in range(low, high):
        if page.words[p] > 3 or page.keys[p] not in INGREDIENT_HEADINGS:
            continue
        for q in range(p + 1, min(len(page.lines), p + 2 + _INGREDIENT_LIST_LINES)):
            if page.words[q] > _INGREDIENT_ITEM_WORDS:
                break
            if page.words[q] <= 4 and page.keys[q] in METHOD_HEADINGS:
                return (p, q) if q > p + 1 else None
    return None


def ingredient_lines(page: Page, kept: np.ndarray, furniture: np.ndarray, start: int, end: int) -> np.ndarray:
    """``kept`` with the recipe's ingredients in the article [start, end): their
    heading and each line between it and the method's heading that holds a
    letter or a figure, however short (:func:`_ingredients`): "3 leeks" and
    "Salt and pepper" read to the line model as a menu's items."""
    found = _ingredients(page, start, end)
    if found is None:
        return kept
    extra = [p for p in range(found[0], found[1] + 1)
             if not furniture[p] and any(c.isalnum() for c in page.lines[p])]
    return _kept_with(kept, extra)


def _prose_printed_once(page: Page, verdicts: Verdicts, low: int, high: int,
                        stops: float = _PROSE_STOPS) -> np.ndarray:
    """Words of the sure prose lines in [low, high) that the page prints once
    (0 elsewhere): a paragraph printed twice is the article's own copy, not
    more of it (the ``duplicate`` column: the lines the page prints more than once). Prose holds
    ``stops`` of function words at least."""
    words = page.word_array[low:high]
    prose = (words >= _PROSE_WORDS) & (page.column("terminal")[low:high] > 0) \
        & (page.column("stop_share")[low:high] >= stops) & (verdicts.keep[low:high] >= _SURE_KEEP) \
        & (page.column("duplicate")[low:high] == 0)
    return np.where(prose, words, 0)


def resume_after_block(page: Page, verdicts: Verdicts, start: int, end: int) -> int:
    """The end of the article moved on over a block set inside it to the
    article's prose that resumes below it. The region is one run, so a
    block the model reads as furniture (a long table of figures, an ad's
    links) splits the article and the decoding keeps only its first part.
    The article resumes where a run of lines within ``_RESUME_REACH`` lines
    of the end reads as inside far more than after (``_RESUME_GAIN``) and
    holds ``_RESUME_WORDS`` words of sure prose the page prints once (a
    copy of the article below it repeats its paragraphs): what follows an article
    (teasers, menus, footers) reads as after it, and readers' comments or
    teasers (a comment header in the block, or ``_TEASER_DATES`` different
    posting dates down to the run's end) end it."""
    reach = min(len(page.words), end + _RESUME_REACH)
    if reach <= end:
        return end
    region = verdicts.region[end:reach]
    best, best_start, best_end = _best_run(region[:, 1] - region[:, 2])
    if best < _RESUME_GAIN:
        return end
    if int(_prose_printed_once(page, verdicts, end, reach)[best_start:best_end].sum()) < _RESUME_WORDS:
        return end
    # readers' comments and teasers read as prose too; they date every few lines, an article once
    if page.column("comment_header")[end:end + best_start].any() \
            or len({page.lines[p] for p in _dates(page, end, end + best_end)}) >= _TEASER_DATES:
        return end
    return end + best_end


#: a block right under the end (a share row, a shop card, a recipe card) has this many lines at
#: most when the article resumes under it; the prose under a block the model drops (half its
#: lines at least) reads as inside nearly as much as after (this margin on average, in
#: log-probability), under a block it keeps as inside more than after (by this margin)
_BLOCK_LINES, _BLOCK_MARGIN, _KEPT_MARGIN = 24, 1.0, 0.3


def resume_after_short_block(page: Page, verdicts: Verdicts, threshold: float, end: int) -> int:
    """The end of the article moved on over a short block (``_BLOCK_LINES``
    lines at most: a share row, a product card, a pull quote's name, a
    recipe's card) to the run of kept lines under it, when that run holds two
    paragraphs of sure prose the page prints once, ``_RESUME_WORDS`` words
    together. Under a block the model drops (half its lines at least) the
    region model must not firmly read them as after the article
    (``_BLOCK_MARGIN``); under lines it keeps (a landing page's calls to
    action and testimonials) it must read them as inside (``_KEPT_MARGIN``).
    The model has learnt that prose after a share row is past the article;
    an article's paragraphs there are still inside by their words, as a
    teaser's summary or a comment (a comment header in the block, or
    ``_TEASER_DATES`` posting dates) is not."""
    n = len(page.words)
    sure = _prose_printed_once(page, verdicts, end, min(n, end + _BLOCK_LINES + 1))
    found = sure.nonzero()[0]
    if not found.size:
        return end
    first = end + int(found[0])
    if first == end or page.column("comment_header")[end:first].any():
        return end
    dropped = 2 * int((verdicts.keep[end:first] < threshold).sum()) >= first - end
    stop = first
    while stop < n and verdicts.keep[stop] >= threshold:
        stop += 1
    prose = _prose_printed_once(page, verdicts, first, stop)
    at = prose.nonzero()[0] + first
    if at.size < 2 or int(prose.sum()) < _RESUME_WORDS:
        return end
    margin = float((verdicts.region[at, 1] - verdicts.region[at, 2]).mean())
    if margin < (-_BLOCK_MARGIN if dropped else _KEPT_MARGIN) \
            or len({page.lines[p] for p in _dates(page, end, stop)}) >= _TEASER_DATES:
        return end
    return stop


def open_above_short_block(page: Page, verdicts: Verdicts, threshold: float, start: int) -> int:
    """:func:`resume_after_short_block` upwards: the start of the article
    moved back over a short block the model drops (``_BLOCK_LINES`` lines at
    most, half of them dropped at least) right above it to the run of kept
    lines above the block, when that run holds two paragraphs of sure prose
    the page prints once, ``_RESUME_WORDS`` words together, that the region
    model reads as inside more than before (``_KEPT_MARGIN``). Stricter than
    downwards: what comes before an article (a standfirst's teasers, a
    sidebar) reads as prose more often than what follows it."""
    low = max(0, start - _BLOCK_LINES - 1)
    sure = _prose_printed_once(page, verdicts, low, start)
    found = sure.nonzero()[0]
    if not found.size:
        return start
    last = low + int(found[-1])
    if last == start - 1:
        return start
    dropped = 2 * int((verdicts.keep[last + 1:start] < threshold).sum()) >= start - last - 1
    top = last
    while top > 0 and verdicts.keep[top - 1] >= threshold:
        top -= 1
    prose = _prose_printed_once(page, verdicts, top, last + 1)
    at = prose.nonzero()[0] + top
    if at.size < 2 or int(prose.sum()) < _RESUME_WORDS:
        return start
    margin = float((verdicts.region[at, 1] - verdicts.region[at, 0]).mean())
    if not dropped or margin < _KEPT_MARGIN:
        return start
    return top


def open_above_block(page: Page, verdicts: Verdicts, start: int, end: int) -> int:
    """The start of the article moved back over a block set inside it to the
    article's prose above it: :func:`resume_after_block` upwards, a run of
    lines above ``start`` that reads as inside far more than before and
    holds prose the page prints once. The article's own byline or date line
    right above ``start`` (:func:`_under_header`) marks ``start`` as its top:
    an article goes on under its header, never above it, and what reads as
    inside above it is a block of teasers."""
    low = max(0, start - _RESUME_REACH)
    if low >= start or _under_header(page, start):
        return start
    region = verdicts.region[low:start][::-1]
    best, best_start, best_end = _best_run(region[:, 1] - region[:, 0])
    if best < _RESUME_GAIN:
        return start
    if int(_prose_printed_once(page, verdicts, low, start)[::-1][best_start:best_end].sum()) < _RESUME_WORDS:
        return start
    return start - best_end


def _under_header(page: Page, start: int) -> bool:
    """A byline or date line, or its label alone ("Posted on", "By"), among the
    ``_ANCHOR_HEAD`` lines right above ``start``, each of ``_ANCHOR_HEAD_WORDS``
    words at most: the article's header, with ``start`` under it."""
    marks = page.column("byline") + page.column("dateline")
    for pos in range(start - 1, max(-1, start - 1 - _ANCHOR_HEAD), -1):
        if page.words[pos] > _ANCHOR_HEAD_WORDS:
            return False
        if _in_series(page, pos):
            continue
        if marks[pos] or META_LABEL.match(page.lines[pos]) is not None \
                or DATE_LINE.match(page.lines[pos]) is not None:
            return True
    return False


def _in_series(page: Page, pos: int) -> bool:
    """Line ``pos`` is one of a chart's data printed as text, each date over
    its value ("7/1/2020" / "+2.6%" / "8/1/2020"): a line without a letter
    between two date lines, or a date line two lines under another with such
    a value between them. A header's dates ("Published March 3" / "Updated
    March 4") have no value between them."""
    lines = page.lines

    def dated(q: int) -> bool:
        return 0 <= q < len(lines) and DATE_LINE.match(lines[q]) is not None

    def value(q: int) -> bool:
        return 0 <= q < len(lines) and bool(lines[q]) and not any(map(str.isalpha, lines[q]))

    return (value(pos) and dated(pos - 1) and dated(pos + 1)) \
        or (dated(pos) and value(pos - 1) and dated(pos - 2))


#: a question opening the article (an interview's first question) has this many words at most
_QUESTION_WORDS = 20


def open_over_first_question(page: Page, keep: np.ndarray, threshold: float, start: int) -> int:
    """The start of the article moved back over the question right above it,
    under the byline or date line: an interview's first question ("By Jane
    Doe" / "12 March 2024" / "Why Seville?" / the answer). The region model
    reads a short line over the first paragraph as the header's last piece;
    a question the model keeps, set between the byline and the first answer,
    is the article's."""
    q = start - 1
    if q < 1 or not page.lines[q].endswith("?") or not 2 <= page.words[q] <= _QUESTION_WORDS \
            or keep[q] < threshold:
        return start
    above = q - 1
    marked = page.column("byline")[above] or page.column("dateline")[above] \
        or DATE_LINE.match(page.lines[above]) is not None
    return q if marked else start


#: a live blog: this many entries at least in the article, each under a line that is only a
#: time ("10:15", "2h ago"); an entry's heading of this many words at most
_TIMED_ENTRIES, _ENTRY_HEADING_WORDS = 2, 12


def open_over_first_entry(page: Page, start: int, end: int) -> int:
    """The start of the article moved back over the first entry's time, and its
    heading under the time ("10:42" / "Minister arrives at summit" / the
    entry), when entries under such times follow in the article: a live
    blog's entries are alike, yet the region model reads the first one's
    short lines as the header's last pieces."""
    opened = _entry_above(page, start)
    if opened == start or sum(TIME_STAMP.match(line) is not None
                              for line in page.lines[start:end]) < _TIMED_ENTRIES:
        return start
    return opened


def _entry_above(page: Page, start: int) -> int:
    """The line of the time right over ``start``, or over a short heading
    right over it; ``start`` when there is none."""
    if start > 0 and TIME_STAMP.match(page.lines[start - 1]):
        return start - 1
    heading = start - 1
    if heading < 1 or not 1 <= page.words[heading] <= _ENTRY_HEADING_WORDS \
            or page.column("terminal")[heading] or page.column("furniture")[heading] \
            or page.column("byline")[heading]:
        return start
    return heading - 1 if TIME_STAMP.match(page.lines[heading - 1]) else start
