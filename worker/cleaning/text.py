"""The plain-text cleaner: from the text of a web page to its article.

1. Every non-empty line is measured (:mod:`.lines`) and set in its context
   (:mod:`.context`).
2. The shipped line model (:mod:`.classifier`) scores each line as before,
   inside or after the article, as its first or first-after line, and as
   kept or dropped.
3. The article is the one run of lines that best fits those scores
   (:mod:`.region`); inside it, dropped lines (ads, "Read more" links) go,
   and so does the furniture set among its paragraphs, known by its shape
   (:mod:`.inline_furniture`: notices, widgets, a picture's alt text).
4. The headline is found just above the article (:mod:`.title`), captions
   and their credits are split off (:mod:`.captions`), and everything else
   is listed as boilerplate. Lines that are furniture on sight (``rules``:
   "Share", "Leave a Reply", "image") are never body, whatever the model says.
"""
from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from itertools import compress

import numpy as np

from .byline import byline_and_date
from .captions import FoundCaption, find_captions, picture_descriptions
from .classifier import line_model
from .context import design_matrix
from .edges import (
    dated_captions_above,
    other_story_tail,
    person_named,
    site_prose_block,
    site_prose_tail,
    story_apart,
    table_date_cells,
    teasers_over_story,
    teasers_under_story,
    trim_edges,
)
from .inline_furniture import (
    ad_labels,
    between_pictures,
    boxes_of_other_posts,
    capitalised_links,
    card_blurbs,
    contents_entries,
    feed_previews,
    forum_headers,
    glued_widgets,
    notices,
    numbered_pictures,
    read_also_links,
    shop_prices,
    video_teasers,
    widgets,
    without_lowercase_pictures,
)
from .language import detect_language
from .lines import Page, read_page
from .model import Extraction
from .region import (
    after_gallery,
    around_kept_prose,
    article_span,
    doubted_paragraphs,
    drop_copied_runs,
    drop_printed_again,
    drop_teasers_of_itself,
    end_after_list,
    end_at_closing_heading,
    end_before_author_bio,
    end_before_author_box,
    end_before_biography,
    end_before_comment_form,
    end_before_comments,
    end_before_contact_cards,
    end_before_next_story,
    end_before_reader_appeal,
    end_before_site_about,
    end_before_teaser_cards,
    end_before_teasers,
    end_over_chapters,
    end_over_footnotes,
    end_over_gallery,
    end_over_like_items,
    end_over_pros_and_cons,
    extend_over_kept_gap,
    extend_over_prose,
    extend_over_records,
    figure_tables,
    first_occurrences,
    headings_between_kept,
    headlines_and_summaries,
    ingredient_lines,
    labelled_values,
    last_paragraphs_over_comments,
    open_above_block,
    open_above_short_block,
    open_over_chapters,
    open_over_first_entry,
    open_over_first_question,
    open_over_lead_picture,
    open_over_life_dates,
    open_over_recipe,
    pros_and_cons_inside,
    resume_after_block,
    resume_after_short_block,
    resume_at_closing_section,
    sentence_tails,
    spec_tables,
    start_after_glued_menu,
    start_after_teasers,
    start_at_byline,
    start_over_broken_paragraph,
    subheadings_between_paragraphs,
    thread_posts,
    verdicts_without_comments,
    without_site_about,
)
from .rules.boilerplate import FAQ_HEADING, WIDGET
from .rules.bylines import META_LABEL, ROLE_WORD
from .rules.shapes import EDIT_MARKS, GLUED_PICTURE, LOWERED_MARK, RAISED_MARK
from .title import find_title, plain_width

#: enough of the body to tell its language
_LANGUAGE_SAMPLE = 3000
#: the headline printed again near it (a breadcrumb, a share box, a second heading, the
#: page's title "Headline | Site", a picture's alt text "Headline featured image") is not body
_TITLE_REPEAT, _TITLE_SUFFIX_WORDS = 12, 4
#: a line right over or under the headline that closes on it repeats it when it has this many words
_ECHOED_HEADLINE_WORDS = 4
#: a standfirst under the headline has this many words at least and at most (a longer line is
#: the article's first paragraph, printed above its byline), and a byline or date line comes
#: within so many lines under it
_STANDFIRST_WORDS, _STANDFIRST_REACH = (8, 30), 3
#: a label of the byline or date on a line of its own has this many words at most
_LABEL_WORDS = 3
#: a role printed under the author's name alone has this many words at most
_ROLE_WORDS = 5
#: the headline printed again is looked for among this many lines at the body's top, under
#: lines of ``_LABEL_WORDS`` words at most
_TOP_REPEAT = 3
#: an article none of whose lines the model keeps keeps its prose of this many words at
#: least, at this share of the keep threshold
_BARE_WORDS, _BARE_KEEP = 12, 0.5
#: a line leading in to a source's name ("See it now:" / "Acme") has this many words at least
_LEAD_IN_WORDS = 3
#: a bulleted list of this many items at least is kept whole when the line model keeps half of them
_LIST_ITEMS = 3
#: an item of a bulleted list of this many words at least is kept when the line model keeps
#: another item of its list
_LIST_ITEM_SENTENCE = 8


@dataclass(frozen=True)
class Article:
    """Where the article is in a page: its body lines, its captions, the
    lines that only repeated a caption, and its table of contents' lines
    (positions in ``page.lines``)."""

    page: Page
    start: int
    body: list[int]
    captions: list[FoundCaption]
    caption_lines: set[int]
    repeats: set[int]
    contents: set[int] = field(default_factory=set)


def looks_clean(page: Page) -> bool:
    """Whether the text has the form of a body this cleaner prints: every
    line a paragraph of its own, and no line that is furniture on sight,
    nor a site's notice, read-also link or ad label among the paragraphs
    (text copied from a browser spaces every line, its newsletter box and
    "Read more: ..." links too; a widget's shapes, a line printed twice or
    a picture's description, may be an article's own). No page of the dev sets
    has it, in either rendering: a renderer puts the menus, share boxes and
    placeholders of a page on lines of their own, or runs lines together."""
    if not (page.column("blank_before") * page.column("blank_after")).all() \
            or (page.column("furniture") + page.column("placeholder")).any():
        return False
    every = list(range(len(page.lines)))
    return not (notices(page, every) or read_also_links(page, every) or ad_labels(page, every))


def _paragraphs_of_bare_region(page: Page, keep: np.ndarray, threshold: float, start: int,
                                end: int) -> np.ndarray:
    """The paragraphs of the article [start, end) when the line model keeps
    none of its lines: the lines of prose (``_BARE_WORDS`` words or more,
    closing a sentence) that it keeps with a lower ``threshold``. A page holds
    an article; one of a single short paragraph among comment headers and
    "Posted in" lines reads too little like one for the model to keep."""
    words = page.word_array[start:end]
    prose = (words >= _BARE_WORDS) & (page.column("terminal")[start:end] > 0) \
        & (keep[start:end] >= threshold) & (page.column("furniture")[start:end] == 0)
    return start + prose.nonzero()[0]


def _with_whole_lists(page: Page, kept: np.ndarray, furniture: np.ndarray, start: int,
                      end: int) -> np.ndarray:
    """``kept`` with every item of a bulleted list in the article [start,
    end) of which the line model keeps at least half the items, or that a
    kept line ending on a colon leads in to ("Cons:" / "• Awkwardly tall"):
    a list is the article's as a whole, though the model doubts its shortest
    items ("• Mac", "• Free shipping"). Of a list the model keeps an item
    of, the items of ``_LIST_ITEM_SENTENCE`` words or more are kept too: a
    sentence's worth of words in a list beside the article's own items
    ("• Best for: ..." / "• Key features: ...") is the article's."""
    bullet = page.column("bullet")[start:end] > 0
    if not bullet.any():
        return kept
    is_kept = np.zeros(end - start, dtype=bool)
    is_kept[kept - start] = True
    edges = np.diff(np.concatenate(([0], bullet.astype(np.int8), [0]))).nonzero()[0]
    extra: list[int] = []
    for first, stop in zip(edges[::2].tolist(), edges[1::2].tolist()):
        led = first > 0 and is_kept[first - 1] and page.lines[start + first - 1].endswith(":")
        if led or stop - first >= _LIST_ITEMS and 2 * is_kept[first:stop].sum() >= stop - first:
            extra.extend(p for p in range(first, stop) if not is_kept[p] and not furniture[start + p])
        elif is_kept[first:stop].any():
            extra.extend(p for p in range(first, stop) if not is_kept[p] and not furniture[start + p]
                         and page.words[start + p] >= _LIST_ITEM_SENTENCE)
    if not extra:
        return kept
    return np.union1d(kept, start + np.asarray(extra, dtype=kept.dtype))


def find_article(page: Page, template_lines: frozenset[str] = frozenset()) -> Article:
    """The article's lines and captions in a page with lines."""
    model = line_model()
    judged = model.judge(design_matrix(page))
    verdicts, box = without_site_about(page, judged, model.keep_threshold)
    start, end = article_span(verdicts, model.boundary_weight)
    if start > box:
        # without the site's box the best run lies under it, in the footer: the page's own run stands
        # (and ends at the box, :func:`end_before_site_about`)
        verdicts = judged
        start, end = article_span(verdicts, model.boundary_weight)
    start, end = around_kept_prose(page, verdicts, model.keep_threshold, start, end, model.boundary_weight)
    start, end = extend_over_prose(page, verdicts, start, end)
    start = start_over_broken_paragraph(page, verdicts, model.keep_threshold, start, end)
    end = extend_over_kept_gap(page, verdicts, model.keep_threshold, start, end)
    # the article resumes under a block, but not into a list of other stories' headlines and summaries
    while (resumed := max(resume_after_block(page, verdicts, start, end),
                          resume_after_short_block(page, verdicts, model.keep_threshold, end))) > end \
            and not headlines_and_summaries(page, end, resumed):
        end = extend_over_kept_gap(page, verdicts, model.keep_threshold, start, resumed)
    if (closing := resume_at_closing_section(page, verdicts, model.keep_threshold, start, end)) > end:
        end = extend_over_kept_gap(page, verdicts, model.keep_threshold, start, closing)
    while (opened := min(open_above_block(page, verdicts, start, end),
                         open_above_short_block(page, verdicts, model.keep_threshold, start))) < start:
        start = opened
    start = open_over_chapters(page, verdicts.keep, start)
    start = open_over_recipe(page, verdicts, open_over_lead_picture(page, verdicts, start))
    start = open_over_life_dates(page, start)
    end = end_over_chapters(page, end_after_list(page, verdicts.keep, model.keep_threshold, end))
    end = end_over_like_items(page, verdicts.keep, model.keep_threshold, start, end)
    end = extend_over_records(page, start, end)
    end = end_over_footnotes(page, end_over_pros_and_cons(page, end_over_gallery(page, start, end)))
    end = end_before_teasers(page, start, end_before_comments(page, start, end))
    verdicts = verdicts_without_comments(page, verdicts, model.judge, start, end)
    end = end_before_comment_form(page, start, end)
    end = end_before_contact_cards(page, start, end)
    end = end_at_closing_heading(page, verdicts.keep, model.keep_threshold, start, end)
    end = end_before_teaser_cards(page, verdicts.keep, model.keep_threshold, start, end)
    end = end_before_site_about(page, start, end_before_next_story(page, start, end))
    start = start_at_byline(page, verdicts.keep, model.keep_threshold, start, end)
    start = start_after_teasers(page, start, end)
    start = open_over_first_question(page, verdicts.keep, model.keep_threshold, start)
    start = start_after_glued_menu(page, open_over_first_entry(page, start, end), end)
    end = end_before_author_box(page, verdicts.keep, model.keep_threshold, start, end)
    end = end_before_biography(page, verdicts.keep, model.keep_threshold, start, end)
    end = end_before_author_bio(page, verdicts.keep, model.keep_threshold, start, end)
    end = end_before_reader_appeal(page, verdicts.keep, model.keep_threshold, start, end)
    posts = thread_posts(page, start, end)
    end = posts[-1].stop if posts else end
    furniture = page.column("furniture") + page.column("placeholder")
    described = picture_descriptions(page, start, end)
    captions = find_captions(page, start, end, described)
    caption_lines = {p for found in captions for p in found.lines}
    repeats = {p for found in captions for p in found.dropped} | set(described)
    kept = start + ((verdicts.keep[start:end] >= model.keep_threshold)
                    & (furniture[start:end] == 0)).nonzero()[0]
    if posts:
        # (kept is sorted and distinct already: without a forum's posts there is nothing to merge)
        kept = np.union1d(kept, [p for post in posts for p in post if not furniture[p]]).astype(int)
    if not kept.size:
        kept = _paragraphs_of_bare_region(page, verdicts.keep, _BARE_KEEP * model.keep_threshold, start, end)
    else:
        kept = _with_whole_lists(page, kept, furniture, start, end)
        kept = sentence_tails(page, kept, furniture, start, end)
        kept = last_paragraphs_over_comments(page, kept, verdicts.keep, model.keep_threshold, furniture,
                                             start, end)
        kept = subheadings_between_paragraphs(page, kept, furniture, start, end)
        kept = doubted_paragraphs(page, kept, verdicts.keep, model.keep_threshold, furniture, start, end)
        kept = labelled_values(page, kept, furniture, start, end)
        kept = pros_and_cons_inside(page, kept, furniture, start, end)
        kept = spec_tables(page, kept, furniture, start, end)
        kept = figure_tables(page, kept, furniture, start, end)
        kept = headings_between_kept(page, kept, verdicts.keep, model.keep_threshold, furniture, start, end)
        kept = ingredient_lines(page, kept, furniture, start, end)
    lines = [p for p in kept.tolist() if page.lines[p] not in template_lines
             and p not in caption_lines and p not in repeats]
    contents = contents_entries(page, lines)
    notice_lines = notices(page, lines) | boxes_of_other_posts(page, lines) | card_blurbs(page, lines) \
        | forum_headers(page, lines) | contents | read_also_links(page, lines) \
        | ad_labels(page, lines)
    # a gallery is found by its counters and buttons, which are widgets too
    shown = after_gallery(page, first_occurrences(page, [p for p in lines if p not in notice_lines]),
                          caption_lines)
    widget_lines = widgets(page, shown) | numbered_pictures(page, shown) | between_pictures(page, shown) \
        | capitalised_links(page, shown) | shop_prices(page, shown) | video_teasers(page, shown) \
        | feed_previews(page, shown)
    body = without_lowercase_pictures(page, [p for p in shown if p not in widget_lines])
    return Article(page, start, body, captions, caption_lines, repeats, contents)


def _headline_lines(page: Page, title: int, headline: str) -> list[int]:
    """The lines the headline is printed on: its line, and the next one when
    the headline goes on there (printed over two lines)."""
    following = title + 1
    if following < len(page.lines) and headline.endswith(" " + page.lines[following]):
        return [title, following]
    return [title]


def _repeats_headline(page: Page, pos: int, title: int, headline: str) -> bool:
    """The line repeats the headline near it (above it, whatever follows: a
    teaser of the article itself, "Headline Its first sentence ...")."""
    line = page.lines[pos]
    if abs(pos - title) == 1 and line != headline and line.endswith(" " + headline) \
            and len(headline.split()) >= _ECHOED_HEADLINE_WORDS:
        return True
    return abs(pos - title) < _TITLE_REPEAT and line.startswith(headline) \
        and (pos < title or len(line.split()) - len(headline.split()) <= _TITLE_SUFFIX_WORDS)


def _standfirst(page: Page, pos: int, body: list[int], headline: int | None,
                captions: Collection[int] = ()) -> bool:
    """Whether the line at ``pos`` is the standfirst printed right under the
    headline: a line of ``_STANDFIRST_WORDS`` words among the body's first
    two, under the headline or a line shaped as one (the headline chosen may
    be another line: the site's name in the byline's box), and above the
    byline or date line that opens the article (within
    ``_STANDFIRST_REACH`` lines, not counting the lines of ``captions``: the
    lead picture may come between; "By" on a line of its own over the name
    counts, and so does the author's name alone on a line the article does
    not keep, but not a widget's label shaped as one, "Sponsored Content", nor
    a caption's credit, "Jane Doe, Reuters": a subheading shaped as a name is
    kept), a summary of the article, not its text."""
    if not 0 < pos < len(page.lines) or not _STANDFIRST_WORDS[0] <= page.words[pos] <= _STANDFIRST_WORDS[1] \
            or pos not in body[:2] or not (pos - 1 == headline or page.headings[pos - 1]):
        return False
    stop, seen = pos + 1, 0
    while stop < len(page.lines) and seen < _STANDFIRST_REACH:
        seen += stop not in captions
        stop += 1
    marks = page.column("byline")[pos:stop] + page.column("dateline")[pos:stop]
    if marks[0] or _meta_label(page, pos):
        return False
    # (a table's column of dates under the first paragraph is no date line opening the article)
    for p in table_date_cells(page, range(pos + 1, stop)):
        marks[p - pos] = 0
    return bool(marks[1:].any()) or any(_meta_label(page, p) for p in range(pos + 1, stop)) \
        or any(p not in body and p not in captions and person_named(page.lines[p]) is not None
               and WIDGET.match(page.lines[p].lower()) is None for p in range(pos + 1, stop))


def _meta_label(page: Page, pos: int) -> bool:
    """A label of the byline or date on a line of its own ("By", "Author:", "Published")."""
    return page.words[pos] <= _LABEL_WORDS and META_LABEL.match(page.lines[pos]) is not None


def _with_first_question(page: Page, title: int, headline: str, body: list[int]) -> list[int]:
    """The body with the FAQ's first question put back when the headline is
    an FAQ's heading ("Frequently asked questions about delivery") and the body
    opens on its answer: the question between them is the FAQ's first item."""
    if not body or body[0] != title + 2 or FAQ_HEADING.match(headline) is None \
            or not page.lines[title + 1].endswith(("?", "？")):
        return body
    return [title + 1, *body]


def _caption_texts(page: Page, captions: list[FoundCaption]) -> tuple[set[str], set[str], set[str]]:
    """The texts a body line is dropped for repeating: each caption's text,
    and the lines it was read from; and apart (:func:`_caption_copies`) the
    pieces of a caption's text broken at its links ("Quercus robur" / ", the
    common oak, ..."; a piece of its credit counts as a whole, "Image by" /
    "Jane Doe" / "via" / "Acme"), and the captions that are only their
    credit, the name of a source ("Acme"): the article may print either
    as its own."""
    texts, pieces, names = set(), set(), set()
    for found in captions:
        text, credit = found.caption.text, found.caption.credit
        if text == credit:
            names.add(text)
            continue
        texts.add(text)
        for line in map(page.lines.__getitem__, found.lines):
            if len(found.lines) > 1 and line in text and line != text \
                    and (credit is None or line not in credit):
                pieces.add(line)
            else:
                texts.add(line)
    return texts, pieces - texts, names


def _caption_copies(page: Page, body: list[int], pieces: set[str], names: set[str]) -> set[int]:
    """The body lines that print a piece of a caption (``pieces``) or a
    picture's credit-only caption (``names``) again: all but a piece inside
    a sentence of the article, which goes on on the next line ("... found
    that the" / "Quercus robur" / "trees there are ..."), and a source's name
    under a line of the body that leads in to it ("See it now:" / "Acme",
    ``_LEAD_IN_WORDS`` words at least: a credit's label, "Photo:", "Image
    credit:", is shorter)."""
    kept = set(body)
    return {p for p in body if page.lines[p] in pieces and not page.runs_on[p]
            or page.lines[p] in names
            and not (p - 1 in kept and page.lines[p - 1].endswith((":", "："))
                     and page.words[p - 1] >= _LEAD_IN_WORDS)}


def _body_and_title(page: Page, template_lines: frozenset[str] = frozenset()
                    ) -> tuple[Article, list[int], list[int], str | None]:
    """The article, its body lines, and the headline's lines and text (a line
    taken for a caption or a table of contents' entry is never the headline)."""
    article = find_article(page, template_lines)
    body = article.body
    # a table of contents over the first paragraph is the article's top: the headline is above it
    first = min([body[0], *article.contents]) if body else article.start
    found = find_title(page, first, article.repeats | article.caption_lines | article.contents)
    captions, pieces, credit_names = _caption_texts(page, article.captions)
    if found is None:
        title_lines, headline = [], None
    else:
        title, headline = found
        title_lines = _headline_lines(page, title, headline)
        near = range(max(0, title - _TITLE_REPEAT + 1), min(len(page.lines), title + _TITLE_REPEAT))
        repeats = {p for p in near if _repeats_headline(page, p, title, headline)} | set(title_lines)
        # the headline printed again as the body's first line, however far below it, or
        # under a few stray labels at the body's top ("EU" / the headline)
        for p in body[:_TOP_REPEAT]:
            if page.lines[p] == headline:
                repeats.add(p)
                break
            if page.words[p] > _LABEL_WORDS:
                break
        repeats.update(p for p in body[:2]
                       if _standfirst(page, p, body, title_lines[-1], article.caption_lines))
        body = _with_first_question(page, title_lines[-1], headline,
                                    dated_captions_above(page, [p for p in body if p not in repeats], title))
    if pieces or credit_names:
        copies = _caption_copies(page, body, pieces, credit_names)
        body = [p for p in body if p not in copies]
    body = drop_printed_again(page, drop_copied_runs(page, trim_edges(page, body, captions)))
    body = site_prose_tail(page, site_prose_block(page, body, headline), headline)
    body = other_story_tail(page, body, headline)
    body = story_apart(page, body, headline)
    # a list that teases the article itself among other stories goes first: the article's own
    # teaser in it says the headline's words, and would end a list of other stories' there
    body = teasers_over_story(page, drop_teasers_of_itself(page, body), headline)
    body = teasers_under_story(page, body, headline)
    return article, body, title_lines, headline


def _without_author_lines(page: Page, body: list[int], author: str) -> list[int]:
    """``body`` without the lines that are the author's name and nothing else:
    the byline's name printed alone above the article, or again in the author's
    box under it, is no sentence of the article, nor the role printed under it
    (``_ROLE_WORDS`` words at most, :data:`ROLE_WORD`: "Senior Editor"). Not a
    name linked inside a sentence, which runs on from the line above or into
    the next."""
    lines, words = page.lines, page.words
    names = {p for p in body if lines[p] == author
             and not (p > 0 and page.runs_on[p - 1]) and not page.runs_on[p]}
    roles = {p + 1 for p in names if p + 1 < len(lines) and words[p + 1] <= _ROLE_WORDS
             and ROLE_WORD.search(lines[p + 1]) is not None}
    return [p for p in body if p not in names and p not in roles]


def _printed_lines(page: Page, body: list[int]) -> tuple[dict[int, str], dict[int, list[str]]]:
    """The ``body`` lines whose text the body prints otherwise than the page,
    and what was cut off each of them: a button a text browser glued onto its
    end or a text printed twice glued onto its opening (:func:`glued_widgets`),
    a picture's alt text glued onto its opening (:data:`GLUED_PICTURE`). The
    raised and lowered marks it printed apart are joined to their words again
    (:data:`RAISED_MARK`, :data:`LOWERED_MARK`: "12^th" is "12th") and its
    marks of struck-out and inserted words left out (:data:`EDIT_MARKS`):
    those are no furniture cut off."""
    texts = glued_widgets(page, body)
    cut = {p: _cut_around(page.lines[p], kept) for p, kept in texts.items()}
    for p in body:
        line = texts.get(p, page.lines[p])
        if "^" in line:
            line = RAISED_MARK.sub("", line)
        if "[" in line:
            line = LOWERED_MARK.sub(r"\1", line)
            if (picture := GLUED_PICTURE.match(line)) is not None:
                cut.setdefault(p, []).insert(0, picture.group(0)[len(picture.group(1)):])
                line = picture.group(1) + line[picture.end():]
            if ":" in line:
                line = EDIT_MARKS.sub(r"\2", line)
        if line is not page.lines[p] and line != page.lines[p]:
            texts[p] = line
    return texts, cut


def _cut_around(line: str, kept: str) -> list[str]:
    """What ``line`` holds before and after ``kept``, the part of it kept."""
    at = line.find(kept)
    return [piece for piece in (line[:at].strip(), line[at + len(kept):].strip()) if piece]


def _dropped_text(lines: list[str], dropped: list[bool], cut: dict[int, list[str]]) -> list[str]:
    """The lines dropped whole and the pieces cut off the lines kept, in the page's order."""
    if not cut:
        return list(compress(lines, dropped))
    return [piece for p, line in enumerate(lines)
            for piece in ([line] if dropped[p] else cut.get(p, ()))]


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
        body_text = "\n\n".join([line for line in page.lines if line not in template_lines])
        return Extraction(body=body_text, lang=detect_language(body_text[:_LANGUAGE_SAMPLE], page.unspaced),
                          boilerplate=tuple(line for line in page.lines if line in template_lines))
    article, body, title_lines, headline = _body_and_title(page, template_lines)

    texts, cut = _printed_lines(page, body)
    body_text = "\n\n".join([texts.get(p, page.lines[p]) for p in body])
    anchor = title_lines[-1] if title_lines else (body[0] if body else article.start)
    lang = detect_language(body_text[:_LANGUAGE_SAMPLE], page.unspaced)
    author, published_at = byline_and_date(page, anchor, set(body), body_text,
                                            {*article.caption_lines, *title_lines}, lang)
    if author is not None and author in body_text:
        body = _without_author_lines(page, body, author)
        body_text = "\n\n".join([texts.get(p, page.lines[p]) for p in body])
    dropped = np.ones(len(page.lines), dtype=bool)
    dropped[[*body, *article.caption_lines, *title_lines]] = False
    return Extraction(
        body=body_text,
        title=None if headline is None else plain_width(headline),
        captions=tuple(found.caption for found in article.captions),
        boilerplate=tuple(_dropped_text(page.lines, dropped.tolist(), {p: cut[p] for p in body if p in cut})),
        lang=lang,
        author=author,
        published_at=published_at,
    )
