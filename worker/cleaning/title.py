"""Finding the headline among the lines just above the article (or its first
lines).

Plain text has no ``<h1>``: the headline is a line of a few words, near the
first paragraph, often just before a byline or a date, often repeated (a
breadcrumb, a share box), sharing words with the article's first paragraphs,
and seldom a person's name, a section label or a call to action, which crowd
the same place. Those cues are numbers for each
candidate line (:func:`title_design`), scored by boosted regression trees
trained by ``bench/train_title_model.py`` on the tune half of the dev pages
whose headline is known, and stored in ``weights/title_model.json``; the
best candidate wins, and where it is a page title ("Headline | Site") only
its headline part is kept.
"""
from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, fields
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from .edges import teaser_list_headline
from .html_dates import first_text_date, iso_date
from .lines import LINE_FEATURES, Page, heading_shape
from .places import places as find_places
from .rules.boilerplate import (
    ALT_TEXT_ENDS,
    BUTTON_NOW,
    CALL_TO_LEARN,
    EDIT_LINK,
    EDITORIAL_LINK,
    FAQ_HEADING,
    FINDER_LINK,
    FORM_NOTICE,
    FORUM_PROFILE_FIELD,
    LEGAL_LINKS,
    NAVIGATION_ITEMS,
    PICTURE_ROLES,
    PLACEHOLDERS,
    STEP_OR_POST_LINK,
)
from .rules.bylines import AUTHOR_LABEL, DATE_LABEL, DATE_LINE
from .rules.html_meta import TITLE_SEPARATOR, TITLE_SEPARATOR_CHARS
from .rules.shapes import BREADCRUMB, INGREDIENT_AMOUNT, SEPARATOR, TIME_STAMP
from .rules.stopwords import ALL_STOPWORDS
from .unspaced import character_grams, text_words

WEIGHTS = Path(__file__).parent / "weights" / "title_model.json"
#: how far above the first article paragraph, and into the article, a headline is looked for
LOOKBACK, LOOKAHEAD = 40, 10
_MIN_WORDS, _MAX_WORDS = 1, 35
_NEVER = ("placeholder", "furniture", "url_like", "bracketed", "horizontal_rule", "comment_header")
_NEVER_COLUMNS = np.array([LINE_FEATURES.index(name) for name in _NEVER])
_MARK_COLUMNS = np.array([LINE_FEATURES.index(name) for name in ("byline", "dateline")])
_AROUND = ("byline", "dateline", "opener", "separator", "furniture", "duplicate")
_AROUND_COLUMNS = np.array([LINE_FEATURES.index(name) for name in _AROUND])
#: how many lines after and before a candidate are looked at
_AFTER, _BEFORE = 3, 2
_AFTER_OFFSETS, _BEFORE_OFFSETS = np.arange(1, _AFTER + 1), np.arange(1, _BEFORE + 1)
#: the article's lead: its first paragraphs of some length, near its start
_LEAD_LINES, _LEAD_PARAGRAPHS, _PARAGRAPH_WORDS = 15, 3, 12
#: how many lines of the article are compared with a candidate's words
_BODY_LINES = 40
_WORD, _WORD_RUN = re.compile(r"\w{3,}"), re.compile(r"\w+")
#: the word characters of the BMP (those ``\w`` matches)
_WORD_CHAR = np.zeros(0x10000, dtype=bool)
_WORD_CHAR[[ord(c) for c in re.findall(r"\w", "".join(map(chr, range(0x10000))))]] = True
#: each code point of the BMP as :func:`_words` keeps it: itself when a word character or a
#: newline, else a space
_WORD_OR_SPACE = np.where(_WORD_CHAR, np.arange(0x10000), ord(" ")).astype("<u4")
_WORD_OR_SPACE[ord("\n")] = ord("\n")
#: a bracketed line of this many words at most may end a headline ("(1785)", "(Updated 2024)")
_BRACKETED_WORDS = 4
#: a list bullet a text rendering puts before a line ("• Headline", "□ Headline")
_BULLET_MARKS = "•□■▪●◦▸►"
_BULLET = re.compile(rf"^[{_BULLET_MARKS}]+\s*")
#: what a line adds to a headline when it is the picture's alt text ("Headline featured image")
_PICTURE_WORDS = PLACEHOLDERS | {"cover", "hero", "header", "featured", "banner", "avatar", "illustration"}
#: "Headline | Site", "Site - Headline", "Section: Headline"
_SEPARATOR_EDGE = re.compile(r"^\s*[|:–—·•»\-]|[|:–—·•»\-]\s*$")


@dataclass(frozen=True)
class Candidates:
    """The candidate headlines of a page: the line each comes from, its text
    (the whole line, or the part of a "Headline | Site" line on one side of
    its separator) and which of the two it is."""

    rows: np.ndarray
    texts: list[str]
    #: 0 the whole line, 1 its part before the first separator, 2 its part after the last
    part: np.ndarray
    #: the words of the part left out (0 for a whole line)
    dropped: list[str]

    def __len__(self) -> int:
        return len(self.texts)


def candidate_lines(page: Page, first_body: int, excluded: AbstractSet[int] = frozenset()) -> list[int]:
    """Lines that could be the headline: near the article's first line, of a
    heading's length, and no furniture, placeholder, address or repeated caption.
    Inside the article only a line shaped as a heading can be the headline:
    the first paragraph of a clean article is never taken for it."""
    low, high = max(0, first_body - LOOKBACK), min(len(page.lines), first_body + LOOKAHEAD + 1)
    words = page.word_array[low:high]
    fit = (words >= _MIN_WORDS) & (words <= _MAX_WORDS) & ~page.features[low:high, _NEVER_COLUMNS].any(axis=1)
    fit[first_body - low:] &= page.headings[first_body:high] | _over_byline(page, first_body, high)
    return [p for p in (low + fit.nonzero()[0]).tolist()
            if p not in excluded and not alt_text(page.lines[p])]


#: a headline closed by a full stop has this many words at most, and its byline or date this
#: many lines under it at most
_STOPPED_HEADLINE_WORDS, _BYLINE_REACH = 15, 3


def _over_byline(page: Page, low: int, high: int) -> np.ndarray:
    """Of the lines from ``low`` to ``high``, those that would have a heading's
    shape but for their closing full stop ("Things to Know Before Your First
    Trip.", "The Hottest Housing Markets in the U.S.") and stand just over a
    byline or a date line: a headline, where the article was found to open."""
    words = page.word_array[low:high]
    stopped = np.array([line[:1].isupper() and line.endswith(".") and not line.endswith("..")
                        for line in page.lines[low:high]], dtype=bool)
    stopped &= (words >= 2) & (words <= _STOPPED_HEADLINE_WORDS)
    if not stopped.any():
        return stopped
    marked = np.zeros(high - low + _BYLINE_REACH, dtype=bool)
    end = min(len(page.lines), high + _BYLINE_REACH)
    marked[:end - low] = page.features[low:end, _MARK_COLUMNS].any(axis=1)
    under = np.zeros(high - low, dtype=bool)
    for gap in range(1, _BYLINE_REACH + 1):
        under |= marked[gap:gap + high - low]
    return stopped & under


_ALT_TEXT_TRIM = ".,:;!?()[]"


def alt_text(line: str) -> bool:
    """The line names a picture by its last words, as alt text does ("Acme
    Health logo", "Headline header image"): a logo or a picture is no headline."""
    last = line.rsplit(None, 2)[-2:]
    if len(last) < 2:
        return False
    word = last[1].lower().strip(_ALT_TEXT_TRIM)
    return word in ALT_TEXT_ENDS \
        or (word in PLACEHOLDERS and last[0].lower().strip(_ALT_TEXT_TRIM) in PICTURE_ROLES)


def title_candidates(page: Page, first_body: int, excluded: AbstractSet[int] = frozenset()) -> Candidates:
    """The candidate lines, their bullets stripped, and beside each line cut
    by a title separator ("Headline | Site", "Section - Headline") its first
    and its last part, when no candidate line already reads so."""
    lines = candidate_lines(page, first_body, excluded)
    texts = [(_BULLET.sub("", line) or line) if (line := page.lines[p])[0] in _BULLET_MARKS else line
             for p in lines]
    rows, part, dropped = list(lines), [0] * len(lines), [""] * len(lines)
    seen = set(texts)
    for p, text in zip(lines, texts):
        if TITLE_SEPARATOR_CHARS.isdisjoint(text):
            continue
        pieces = [piece for piece in TITLE_SEPARATOR.split(text) if piece.strip()]
        if len(pieces) < 2:
            continue
        first, last = pieces[0].strip(), pieces[-1].strip()
        for kind, piece, rest in ((1, first, text[len(pieces[0]):]), (2, last, text[:-len(pieces[-1])])):
            if len(piece.split()) >= 2 and piece not in seen:
                seen.add(piece)
                rows.append(p)
                texts.append(piece)
                part.append(kind)
                dropped.append(rest)
    return Candidates(np.array(rows, dtype=int), texts, np.array(part, dtype=int), dropped)


def _continued(line: str, following: str, words: int) -> bool:
    """Whether a headline's line goes on on the next line, as a rendering
    that puts each element of a heading on a line of its own prints it: after
    a colon ("How to Plan a Trip:" / "Ten Steps"), or in brackets ("A Treatise
    on Tea" / "(1785)")."""
    if line.endswith(":"):
        return heading_shape(following, words) and not following.endswith(":")
    return words <= _BRACKETED_WORDS and following.startswith("(") and following.endswith(")")


def _words(texts: list[str]) -> list[list[str]]:
    """The words (runs of word characters) of each text, lowercased. The
    texts are lowercased together and their other characters made spaces,
    so that one split per text finds what a search per text would (past the
    BMP the search is made)."""
    spaced = _spaced_words(texts)
    if spaced is None:
        return [_WORD_RUN.findall(text) for text in "\n".join(texts).lower().split("\n")]
    return list(map(str.split, spaced))


def _spaced_words(texts: list[str]) -> list[str] | None:
    """Each text lowercased, its characters other than word characters made
    spaces (None past the BMP): its :func:`_words` split apart by spaces."""
    lowered = "\n".join(texts).lower()
    codes = np.frombuffer(lowered.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if len(codes) and codes.max() > 0xFFFF:
        return None
    return _WORD_OR_SPACE.take(codes).tobytes().decode("utf-32-le", "surrogatepass").split("\n")


#: a text is searched for at most this many known words, one by one; for more it is split
_SEARCHED_WORDS = 12


def _among(known: set[str], spaced: str) -> set[str]:
    """The words of ``known`` that are words of a text (as :func:`_spaced_words`
    gives it): a word between spaces there. For a few known words (a small
    page's candidates) a search for each costs less than hashing every word
    of the article's lead."""
    if len(known) > _SEARCHED_WORDS:
        return known.intersection(spaced.split())
    padded = f" {spaced} "
    return {w for w in known if f" {w} " in padded}


def _content_words(words: list[str]) -> set[str]:
    return {w for w in set(words).difference(ALL_STOPWORDS) if len(w) >= 3}


def _lead(page: Page, first_body: int) -> list[str]:
    """The article's first paragraphs: a headline announces their words, a
    byline, a section label or a call to action does not."""
    lead = [page.lines[p] for p in range(first_body, min(len(page.lines), first_body + _LEAD_LINES))
            if page.words[p] >= _PARAGRAPH_WORDS]
    return lead[:_LEAD_PARAGRAPHS]


def title_design(page: Page, first_body: int, candidates: Candidates) -> np.ndarray:
    """One row per candidate: its line's features, its distance to the
    article, what stands just before and after it, how often the page
    repeats it, whole or inside longer lines, how many of its words the
    article's lead repeats, and how it compares with the other candidates."""
    rows, texts = candidates.rows, candidates.texts
    n = len(page.lines)
    out = np.empty((len(rows), _TITLE_WIDTH))
    own = page.features.shape[1]
    out[:, :own] = page.features[rows]
    distance = first_body - rows
    words = np.array([text_words(t) if page.unspaced else len(t.split()) for t in texts], dtype=float)
    shaped = _heading_shapes(page, rows)
    # the candidate lines after each that have a heading's shape
    candidate_headings = np.zeros(len(shaped))
    candidate_headings[rows + 3] = shaped[rows + 3]
    headings_between = candidate_headings[::-1].cumsum()[::-1][rows + 4]
    out[:, own] = [heading_shape(t, w, page.unspaced) for t, w in zip(texts, words)]
    out[:, own + 1] = np.minimum(np.maximum(distance, -LOOKAHEAD), LOOKBACK) / 10
    out[:, own + 2] = np.log1p(np.maximum(distance, 0))
    out[:, own + 3] = distance <= 0
    out[:, own + 4] = np.log1p([page.times[t] for t in texts])
    out[:, own + 5] = np.log1p(headings_between)
    out[:, own + 6] = np.log1p(words) - np.log1p(words.max())
    out[:, own + 7] = words >= 4
    together = [*texts, " ".join(_lead(page, first_body)),
                " ".join(page.lines[first_body:first_body + _BODY_LINES])]
    spaced = _spaced_words(together)
    if page.unspaced:
        *shared, lead, body = map(character_grams, spaced or together)
    elif spaced is None:
        *words_of, lead_words, body_words = _words(together)
        shared = list(map(_content_words, words_of))
        known = set().union(*shared)
        lead, body = known.intersection(lead_words), known.intersection(body_words)
    else:
        shared = [_content_words(text.split()) for text in spaced[:-2]]
        known = set().union(*shared)
        lead, body = _among(known, spaced[-2]), _among(known, spaced[-1])
    out[:, own + 8] = [len(w & lead) / len(w) if w else 0.0 for w in shared]
    out[:, own + 9] = np.log1p([len(w & lead) for w in shared])
    at = own + 10
    # the most any line 1-3 after, and 1-2 before, has of each feature (0 off the page)
    padded = np.zeros((n + _AFTER + _BEFORE, len(_AROUND)))
    padded[_BEFORE:_BEFORE + n] = page.features[:, _AROUND_COLUMNS]
    above = (rows + _BEFORE)[:, None]
    # each feature's most after, then before
    out[:, at:at + 2 * len(_AROUND):2] = padded[above + _AFTER_OFFSETS].max(axis=1)
    out[:, at + 1:at + 2 * len(_AROUND):2] = padded[above - _BEFORE_OFFSETS].max(axis=1)
    at += 2 * len(_AROUND)
    joined = "\n" + "\n".join(page.lines) + "\n"
    for part in (_echoes(page, candidates, joined), _neighbours(page, rows, shaped),
                 _next_and_previous(page, rows), _body_overlap(shared, body),
                 _to_byline(page, first_body, rows), _parts(candidates, joined)):
        out[:, at:at + part.shape[1]] = part
        at += part.shape[1]
    return out


def _parts(candidates: Candidates, joined: str) -> np.ndarray:
    """For a part of a line: which part, how long the rest is, and whether the
    page (its lines ``joined``) prints the rest elsewhere (a site's name, a section's)."""
    out = np.zeros((len(candidates), 4))
    for i in candidates.part.nonzero()[0].tolist():
        rest = candidates.dropped[i].strip(" |–—·•»-:")
        out[i] = (candidates.part[i] == 1, candidates.part[i] == 2, np.log1p(len(rest.split())),
                  bool(rest) and len(_occurrences(joined, rest, most=2)) > 1)
    return out


#: the lines on either side of a line whose heading shapes :func:`_neighbours` counts
_NEAR_OFFSETS = np.array((-3, -2, -1, 1, 2, 3))
_ADJACENT = ("byline", "dateline", "opener", "separator", "furniture", "duplicate", "terminal",
             "log_words", "title_case", "stop_share")
_ADJACENT_COLUMNS = np.array([LINE_FEATURES.index(name) for name in _ADJACENT])


def _next_and_previous(page: Page, rows: np.ndarray) -> np.ndarray:
    """Some features of the very next line and the very previous one."""
    n = len(page.lines)
    padded = np.zeros((n + 2, len(_ADJACENT)))
    padded[1:n + 1] = page.features[:, _ADJACENT_COLUMNS]
    return np.concatenate((padded[rows + 2], padded[rows]), axis=1)


def _body_overlap(shared: list[set[str]], body: set[str]) -> np.ndarray:
    """The share of a candidate's words the article's first lines use (``body``)."""
    return np.array([len(w & body) / len(w) if w else 0.0 for w in shared])[:, None]


def _to_byline(page: Page, first_body: int, rows: np.ndarray) -> np.ndarray:
    """Lines from a candidate to the nearest byline or date line near the article's start."""
    low, high = max(0, first_body - LOOKBACK), min(len(page.lines), first_body + LOOKAHEAD + 1)
    found = low + np.nonzero(page.features[low:high, _MARK_COLUMNS].any(axis=1))[0]
    if not len(found):
        return np.zeros((len(rows), 2))
    gap = found[None, :] - rows[:, None]
    nearest = gap[np.arange(len(rows)), np.abs(gap).argmin(axis=1)]
    out = np.empty((len(rows), 2))
    out[:, 0], out[:, 1] = np.minimum(np.maximum(nearest, -6), 6) / 6, (nearest > 0) & (nearest <= 4)
    return out


def _echo_counts(joined: str, texts: list[str], whole: list[int],
                 places: list[list[int]] | None = None) -> np.ndarray:
    """For each text, how often ``joined`` (lines between newlines, a newline
    at either end) has it at the start of a longer line, at its end, and
    inside one, given how often it is a whole line (``whole``). Each text's
    places in the page (:func:`~.places.places`, unless given) are counted as
    ``str.count`` would (without overlaps); "\n" + text and text + "\n"
    never overlap themselves, so every place counts for those."""
    out = np.zeros((len(texts), 3))
    if places is None:
        places = find_places(joined, texts)
    for i, (t, times, found) in enumerate(zip(texts, whole, places)):
        if len(found) <= times:
            continue
        total = _without_overlaps(found, len(t))
        if total <= times:
            continue
        first = [joined[p - 1] for p in found].count("\n") - times
        last = [joined[p + len(t)] for p in found].count("\n") - times
        out[i] = first, last, total - times - first - last
    return np.maximum(out, 0)


def _without_overlaps(places: list[int], length: int) -> int:
    """How many of the ``places`` (ascending) of a text of ``length`` are
    left when each that overlaps the last one kept is skipped."""
    kept, free = 0, 0
    for p in places:
        if p >= free:
            kept, free = kept + 1, p + length
    return kept


def _occurrences(joined: str, text: str, most: int | None = None) -> list[int]:
    """Where ``joined`` has ``text``, left to right, without overlaps, as
    ``str.count`` counts them; the first ``most`` only, when given."""
    found: list[int] = []
    step = max(len(text), 1)
    at = joined.find(text)
    while at >= 0 and len(found) != most:
        found.append(at)
        at = joined.find(text, at + step)
    return found


def printed_inside(lines: list[str], places: list[list[int]], times: Counter[str]) -> list[str]:
    """The ``lines`` (whole lines of a page) the page prints inside a longer
    line too: more places in the page (``places``, each line's) than lines
    that are it (``times``). A line inside a text the page prints (a line, a
    line's part) has such a place, so only these are looked for in a text."""
    return [line for line, found in zip(lines, places) if len(found) > times[line]]


def _echoes(page: Page, candidates: Candidates, joined: str) -> np.ndarray:
    """How often the page prints the text inside a longer line ("Headline |
    Site", "on Headline", a breadcrumb), near the candidates and elsewhere,
    and whether the text is a longer form of another candidate line
    ("Hero image for Headline", "Headline cover"). ``joined`` is the page's
    lines between newlines."""
    texts, rows = candidates.texts, candidates.rows
    # a text two candidates share (a repeated line) is counted once
    position: dict[str, int] = {}
    text_of = [position.setdefault(t, len(position)) for t in texts]
    distinct = list(position)
    places = find_places(joined, distinct)
    everywhere = _echo_counts(joined, distinct, [page.times[t] for t in distinct], places)
    near = np.zeros(everywhere.shape)
    echoed = np.nonzero(everywhere.any(axis=1))[0].tolist()
    if echoed:
        # the places between the newlines around the candidates' lines: the window's own places
        low, high = int(rows.min()), int(rows.max()) + 1
        window = page.lines[low:high]
        before = low + sum(map(len, page.lines[:low]))
        after = before + sum(map(len, window)) + len(window)
        near[echoed] = _echo_counts(joined, [distinct[i] for i in echoed],
                                    [window.count(distinct[i]) for i in echoed],
                                    [[p for p in places[i] if before < p < after] for i in echoed])
    near, everywhere = near[text_of], everywhere[text_of]
    whole = (candidates.part == 0).nonzero()[0].tolist()
    # shortest first, so that only the lines shorter than a text are looked for in it
    short = sorted((texts[i] for i in whole if page.words[rows[i]] >= 2), key=len)
    lengths = list(map(len, short))
    inside = printed_inside(short, [places[position[t]] for t in short], page.times)
    inside_lengths = list(map(len, inside))
    wrapped = np.zeros((len(texts), 4))
    for i, t in enumerate(texts):
        among, among_lengths = (inside, inside_lengths) if places[text_of[i]] else (short, lengths)
        inner = max(filter(t.__contains__, among[:bisect_left(among_lengths, len(t))]), key=len, default=None)
        if inner is None:
            continue
        at = t.index(inner)
        extra = (t[:at] + " " + t[at + len(inner):]).strip()
        wrapped[i] = (at == 0, at > 0,
                      bool(_PICTURE_WORDS.intersection(_WORD.findall(extra.lower()))),
                      bool(_SEPARATOR_EDGE.search(t[:at]) or _SEPARATOR_EDGE.match(t[at + len(inner):])))
    return np.concatenate((np.log1p(near), np.log1p(np.maximum(everywhere - near, 0)), wrapped), axis=1)


def _heading_shapes(page: Page, rows: np.ndarray) -> np.ndarray:
    """Whether each line from three before the first of ``rows`` to three
    after the last has a heading's shape, at its position plus three (0 off
    the page and beyond those lines)."""
    n = len(page.lines)
    low, high = max(0, int(rows.min()) - 3), min(n, int(rows.max()) + 4)
    shaped = np.zeros(n + 6)
    shaped[low + 3:high + 3] = page.headings[low:high]
    return shaped


def _neighbours(page: Page, rows: np.ndarray, shaped: np.ndarray) -> np.ndarray:
    """Whether the lines just before and after have a heading's shape (a
    headline is often followed by its deck, a line of a heading's shape too),
    whether the next line is longer, and how many of the three lines on
    either side have a heading's shape (a menu, a table of contents);
    ``shaped`` is :func:`_heading_shapes`."""
    n, words = len(page.lines), page.words
    near = shaped[(rows + 3)[:, None] + _NEAR_OFFSETS]
    longer = [r + 1 < n and words[r + 1] > words[r] for r in rows.tolist()]
    # the shapes are 0 or 1: their sum is exact in any order
    out = np.empty((len(rows), 4))
    out[:, 0], out[:, 1], out[:, 2], out[:, 3] = near[:, 2], near[:, 3], longer, near.sum(axis=1)
    return out


#: the columns of :func:`title_design`: the line's own, ten of the candidate's, the lines
#: around, the echoes, the neighbours', the next and previous line's, the overlap with the
#: article, the way to the byline, the parts'
_TITLE_WIDTH = len(LINE_FEATURES) + 10 + 2 * len(_AROUND) + 10 + 4 + 2 * len(_ADJACENT) + 1 + 2 + 4


@dataclass(frozen=True)
class TitleModel:
    """Boosted regression trees, as trained: node arrays of every tree laid end
    to end, each tree starting at its ``roots`` entry, a leaf pointing to
    itself. They are scored laid out again as complete binary trees of
    ``depth`` levels (node ``i``'s children at ``2i + 1`` and ``2i + 2``, a
    leaf above the last level copied into every leaf below it), so that all
    the trees take one step down together for all candidates at once: a
    node's index in all trees laid end to end leads to its left child's
    (``child``), or at the last level to its left leaf's."""

    base: float
    depth: int
    roots: np.ndarray
    feature: np.ndarray
    threshold: np.ndarray
    left: np.ndarray
    right: np.ndarray
    value: np.ndarray
    # the trees laid out again, set by __post_init__
    _laid_out: tuple = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        inner, trees = 2 ** self.depth - 1, len(self.roots)
        feature = np.zeros((trees, inner), dtype=np.intp)
        threshold = np.full((trees, inner), np.inf)  # x > inf never: a copied leaf goes left
        leaves = np.zeros((trees, inner + 1))
        for at_tree, root in enumerate(self.roots.tolist()):
            stack = [(root, 0, 0)]
            while stack:
                node, at_slot, level = stack.pop()
                if self.left[node] == node:
                    first = last = at_slot
                    for _ in range(self.depth - level):
                        first, last = 2 * first + 1, 2 * last + 2
                    leaves[at_tree, first - inner:last - inner + 1] = self.value[node]
                    continue
                feature[at_tree, at_slot] = self.feature[node]
                threshold[at_tree, at_slot] = self.threshold[node]
                stack += [(self.left[node], 2 * at_slot + 1, level + 1),
                          (self.right[node], 2 * at_slot + 2, level + 1)]
        tree, slot = np.divmod(np.arange(trees * inner), inner)
        left = 2 * slot + 1
        child = np.where(left < inner, tree * inner + left, tree * (inner + 1) + left - inner)
        roots = (feature[:, 0], threshold[:, 0], child[np.arange(trees) * inner])
        # a node's left child is twice its index plus a number of its tree's: 1 - tree * inner for a
        # node's, (tree + 1) * (1 - inner) for a leaf's (at the last level), which spares a look-up
        # of ``child`` at each step
        index = tree * inner + slot
        steps = (1 - np.arange(trees) * inner, (np.arange(trees) + 1) * (1 - inner))
        if not np.array_equal(child, 2 * index + steps[1][tree] * (left >= inner)
                              + steps[0][tree] * (left < inner)):
            raise ValueError("the trees are not laid out as complete binary trees")
        object.__setattr__(self, "_laid_out", (feature.ravel(), threshold.ravel(), leaves.ravel(), steps,
                                               roots))

    def scores(self, design: np.ndarray) -> np.ndarray:
        feature, threshold, leaves, steps, (root_feature, root_threshold, root_child) = self._laid_out
        to_node, to_leaf = steps
        design = np.ascontiguousarray(design, dtype=float)
        flat = design.ravel()
        row_at = (np.arange(len(design)) * design.shape[1])[:, None]
        # all candidates start at the same roots: the first step reads whole columns
        node = (design.take(root_feature, axis=1) > root_threshold) + root_child
        # (each step's new arrays written in place: on a page's few dozen candidates the
        # allocations cost as much as the look-ups)
        for level in range(self.depth - 1, 0, -1):
            at = feature.take(node)
            at += row_at
            right = flat.take(at) > threshold.take(node)
            node *= 2
            node += to_node if level > 1 else to_leaf
            node += right
        return self.base + leaves.take(node).sum(axis=1)

    def as_json(self) -> dict:
        return {f.name: (value.tolist() if isinstance(value := getattr(self, f.name), np.ndarray) else value)
                for f in fields(self) if f.init}


_INTEGER_ARRAYS = ("roots", "feature", "left", "right")


@cache
def title_model(path: Path = WEIGHTS) -> TitleModel:
    """The headline model shipped with the package (read once)."""
    data = json.loads(path.read_text("utf-8"))
    values: dict[str, Any] = {name: (np.array(value, dtype=np.intp if name in _INTEGER_ARRAYS else float)
                                     if isinstance(value, list) else value)
                              for name, value in data.items() if not name.startswith("_")}
    return TitleModel(**values)


#: a word (letters first)
_LETTER_WORD = re.compile(r"\b[^\W\d_][\w'’-]*")
#: below this share of capitalised words of four letters or more, a line is in sentence case
_SENTENCE_CASE = 0.5
#: the next line goes on with a sentence when it has this many words at least (not a lowercase tag)
_GOING_ON_WORDS = 4


#: a line of the article of this many words, closed by none of :data:`_SENTENCE_ENDS`, goes on
#: on a next line of any length that opens in lowercase (a link's words: "... lost all their
#: data to a" / "joint" / "NAS and")
_BROKEN_WORDS = 8
_SENTENCE_ENDS = (".", "!", "?", ":", ";")
#: a picture's placeholder ("image") goes on with no sentence
_PLACEHOLDER_COLUMN = LINE_FEATURES.index("placeholder")


def _goes_on(page: Page, row: int, first_body: int) -> bool:
    """A line of the article, in sentence case, whose sentence goes on on the next
    line, that line's first word in lowercase ("... students can do the work via
    the internet" / "any time of day and, typically, ..."): a paragraph the
    rendering broke, not a heading ("iPhone ..." and a short lowercase line such
    as a picture's tags do not count, unless the line is a sentence's long head
    left open: :data:`_BROKEN_WORDS`, and the next line is no placeholder)."""
    following = row + 1
    if row < first_body or following >= len(page.lines) or page.words[following] < _GOING_ON_WORDS \
            and (page.words[row] < _BROKEN_WORDS or page.lines[row].endswith(_SENTENCE_ENDS)
                 or page.features[following, _PLACEHOLDER_COLUMN]) \
            or not page.lines[following].split(None, 1)[0].islower():
        return False
    return _sentence_case(page.lines[row])


def _sentence_case(line: str) -> bool:
    """Whether most of the line's words of four letters or more are lowercase."""
    long = [w for w in _LETTER_WORD.findall(line) if len(w) > 3]
    return bool(long) and sum(w[0].isupper() for w in long) < _SENTENCE_CASE * len(long)


#: what a heading over its standfirst never ends with
_CLOSING = (".", ":", "?", "!")


def _standfirst(page: Page, row: int, text: str, lines: set[int]) -> bool:
    """A sentence in sentence case, closed by a full stop, just under a shorter
    candidate line of a heading's shape that closes none, with a word of it
    ("Hardware-Attested Builds" / "More confidence in the integrity of your
    builds."): the headline's standfirst, not the headline. ``lines`` are the
    candidate lines."""
    above = row - 1
    if not text.endswith(".") or text.endswith("..") or above not in lines \
            or page.words[above] >= page.words[row]:
        return False
    heading = page.lines[above]
    return not heading.endswith(_CLOSING) and heading_shape(heading, page.words[above], page.unspaced) \
        and _sentence_case(text) and _share_a_stem(heading, text)


#: two words share a stem when they open on these many letters alike ("trams", "tramway")
_STEM = 4


def _share_a_stem(heading: str, text: str) -> bool:
    """Whether two lines have a content word's stem in common: a standfirst
    goes on with its headline's subject, as a site's name or a menu over a
    headline does not ("Field Notes" / "Things to know before your first trip.")."""
    first, second = (_content_words(_WORD_RUN.findall(line.lower())) for line in (heading, text))
    return not {w[:_STEM] for w in first}.isdisjoint(w[:_STEM] for w in second)


#: a count in brackets closing a line ("Meditation (268)"): a category and its posts, unless a year
_COUNT = re.compile(r"\((\d[\d,.]*)\)$")
_YEAR = re.compile(r"(?:1[5-9]|20)\d\d")


#: brackets that open and close, guillemets among them
_PAIRS = (("(", ")"), ("[", "]"), ("«", "»"), ("‹", "›"))
#: any of :data:`_PAIRS`: a line without one is no :func:`_fragment` (and most lines have none)
_BRACKET = re.compile(r"[()\[\]«»‹›]")


def _fragment(text: str) -> bool:
    """A line that is a piece of something else: its brackets unbalanced (an
    inline element the rendering broke off: "Alex Foster (Grove"; a link to
    the previous or next post: "« In Defense of Curiosity", "Next post »"), or
    a category and the count of its posts ("Mindfulness and Meditation (268)")."""
    if _BRACKET.search(text) is None:
        return False
    if any(text.count(opening) != text.count(closing) for opening, closing in _PAIRS):
        return True
    count = _COUNT.search(text)
    return count is not None and _YEAR.fullmatch(count.group(1)) is None


def _call_to_learn(text: str) -> bool:
    """A link to learn more about something ("Learn more about our programs") or
    to the site's editorial policy ("Learn about Acme's Editorial Process")."""
    return CALL_TO_LEARN.match(text) is not None \
        or ("ditorial" in text and EDITORIAL_LINK.match(text) is not None)


#: the line features of a byline, a date line and a line opening on a furniture phrase ("Related:")
_MARKED_COLUMNS = np.array([LINE_FEATURES.index(name) for name in ("byline", "dateline", "furniture_prefix")])


def _doubled(text: str) -> bool:
    """A text of two words or more printed twice on one line ("The history of
    coffee The history of coffee"): a link and its tooltip, a tab and its panel."""
    half = len(text) // 2
    return len(text) % 2 == 1 and text[half] == " " and text[:half] == text[half + 1:] and " " in text[:half]


#: a menu on one line lists this many items at least (set apart by bars or bullets, or as
#: single words: three words may be one name, "World Business News"), this many of them a
#: site's sections (:data:`NAVIGATION_ITEMS`), and these make half its items but function
#: words at least; what no menu holds
_MENU_ITEMS, _MENU_WORDS, _MENU_KNOWN = 3, 4, 3
_MENU_NEVER = frozenset(".,:;!?")


def _menu(text: str) -> bool:
    """A site's menu printed on one line ("Home News Sport Business Culture",
    "Home | World | Politics | Tech", "Startseite Politik Wirtschaft Sport"):
    items set apart by bars or bullets, or single capitalised words, most of
    them a site's sections, and no sentence's punctuation. A headline in
    title case names sections too ("Home Office Unveils New Visa Rules"),
    but never mostly."""
    if not _MENU_NEVER.isdisjoint(text):
        return False
    if SEPARATOR.search(text) is not None:
        items, least = [item.strip().lower() for item in SEPARATOR.split(text)], _MENU_ITEMS
    else:
        words = [word for word in text.split() if any(c.isalpha() for c in word)]
        if not all(not word.islower() or word in ALL_STOPWORDS for word in words):
            return False
        items, least = [word.lower() for word in words], _MENU_WORDS
    items = [item for item in items if item]
    known = sum(item in NAVIGATION_ITEMS for item in items)
    named = sum(item in NAVIGATION_ITEMS or item not in ALL_STOPWORDS for item in items)
    return len(items) >= least and known >= _MENU_KNOWN and 2 * known >= named


#: a paragraph of this many words at least that holds two sentences or more is never a headline
_TWO_SENTENCES_WORDS = 15
_INNER_SENTENCE_END = re.compile(r"[^\W\d_A-ZÀ-Þ]{2}[.!?]\s+[A-ZÀ-Þ]")


def _sentences(text: str, words: int) -> bool:
    """A paragraph of ``_TWO_SENTENCES_WORDS`` words or more that closes a
    sentence and opens another inside ("Hi all, my diesel knocks when cold.
    Has anyone had the same problem?"): a forum's first post or a lead, whose
    closing question gives it a heading's shape, not the headline. A stop
    after a capital ("U.S. Senate", "St. Paul") or another stop ("... what a
    time") ends no sentence."""
    return words >= _TWO_SENTENCES_WORDS and text.endswith((".", "!", "?")) \
        and _INNER_SENTENCE_END.search(text) is not None


#: a date line has this many words at most ("Fri 12 Apr 2024 07.00 BST")
_DATE_WORDS = 6


def _date(text: str, words: int) -> bool:
    """A short line opening on a date in any language of :mod:`.rules.dates`,
    day, month and year, after its label or not ("Fri 12 Apr 2024 07.00 BST",
    "12 de marzo de 2024", "Verfasst am 12.03.2024"), which the line model's
    narrower date shape may miss: the article's date, not its headline ("4th
    of July Sewing Projects" names no year)."""
    if words > _DATE_WORDS or not text[:1].isalnum():
        return False
    label = DATE_LABEL.match(text)
    date = text[label.end():] if label else text
    return DATE_LINE.match(date) is not None and iso_date(date) is not None


#: a site's name is printed among the page's first lines, and the article this many lines below
_TOP_LINES, _BELOW_TOP = 3, 5


def _site_name(page: Page, row: int, first_body: int) -> bool:
    """A line among the page's very first, printed again on the line next to
    it, well above the article ("Field Notes" / "Field Notes", a logo's link
    and the name beside it, before the menu): the site's name, not the headline."""
    if row >= _TOP_LINES or first_body - row < _BELOW_TOP:
        return False
    line = page.lines[row]
    return page.lines[row + 1] == line or (row > 0 and page.lines[row - 1] == line)


#: a site's name printed at the page's top has this many words at most; its headline stands
#: over the article's first line with this many bylines or date lines between at most
_MASTHEAD_WORDS, _MASTHEAD_REACH = 3, 2


def _dated(line: str) -> bool:
    """The line closes on a date after a separator, or is one ("Jane Doe |
    March 3, 2025"): a byline with its date."""
    return _whole_date(SEPARATOR.split(line)[-1].strip())


def _masthead(page: Page, row: int, first_body: int, lines: set[int]) -> bool:
    """The page's first line, a name of a few capitalised words ("The
    Gazette", "Riverside Herald"), printed right over a longer line that
    could be the headline, itself right over the article (its first
    paragraph, or the byline and date line over it), closing no sentence: the site's name over the
    headline, not the headline over its standfirst."""
    below = row + 1
    if row or below not in lines or not 0 < first_body - below <= _MASTHEAD_REACH + 1 \
            or page.words[row] > _MASTHEAD_WORDS or page.words[below] <= page.words[row] \
            or not all(page.features[p, _MARK_COLUMNS].any() or _dated(page.lines[p])
                       for p in range(below + 1, first_body)):
        return False
    name, headline = page.lines[row], page.lines[below]
    return all(word[:1].isupper() for word in name.split()) and not name.endswith(_CLOSING) \
        and not headline.endswith(_CLOSING)


#: an author's name has this many words at most, a byline's label ("Written by:") this many
_NAME_WORDS, _LABEL_WORDS = 6, 2


def _authors(page: Page, candidates: Candidates) -> set[str]:
    """The candidate lines printed just under a byline's label on a line of its
    own ("By" / "Mary Smith"): the author's name, wherever it is printed again."""
    rows = zip(candidates.rows.tolist(), candidates.texts, candidates.part.tolist())
    return {text for row, text, part in rows
            if not part and row and page.words[row] <= _NAME_WORDS and page.words[row - 1] <= _LABEL_WORDS
            and AUTHOR_LABEL.match(page.lines[row - 1]) is not None}


#: a picture's alt text adds this many of :data:`_PICTURE_WORDS` at most to the line it names
_PICTURE_TAIL = 2


def _named_picture(page: Page, text: str) -> bool:
    """Another line of the page with words naming a picture after it ("How to Plan
    a Trip cover", "How to Plan a Trip featured image"): the headline's picture's
    alt text, not the headline."""
    if text.rpartition(" ")[2].lower().strip(_ALT_TEXT_TRIM) not in _PICTURE_WORDS:
        return False
    words = text.split()
    for tail in range(1, min(_PICTURE_TAIL, len(words) - 2) + 1):
        if words[-tail].lower().strip(_ALT_TEXT_TRIM) not in _PICTURE_WORDS:
            break
        if page.times[" ".join(words[:-tail])]:
            return True
    return False


#: a promotion's button (:data:`BUTTON_NOW`) this many lines under a line at most, of this many words
_BUTTON_REACH, _BUTTON_WORDS = 3, 3


def _over_buttons(page: Page, rows: np.ndarray) -> set[int]:
    """Of the lines ``rows``, those with a promotion's button among the few
    lines under them ("Gaining Weight After 40?" / a blurb / "Apply Now"):
    the promotion's heading."""
    low, high = int(rows.min()) + 1, min(len(page.lines), int(rows.max()) + 1 + _BUTTON_REACH)
    short = low + (page.word_array[low:high] <= _BUTTON_WORDS).nonzero()[0]
    return {p - above for p in short.tolist() if BUTTON_NOW.match(page.lines[p]) is not None
            for above in range(1, _BUTTON_REACH + 1)}


#: a time stamp is a line of this many words at most; a live blog times this many entries at least
_STAMP_WORDS, _TIMED_ENTRIES = 4, 2


def _timed_entries(page: Page, rows: list[int]) -> set[int]:
    """Of the lines ``rows``, those printed under a line that is only a time
    ("14:30" / "Trains cancelled", "2h ago" / "Schools close"), when two of
    them are at least: a live blog's entries, each headed by its time, whose
    headings are not the blog's headline."""
    timed = {row for row in rows if row and page.words[row - 1] <= _STAMP_WORDS
             and TIME_STAMP.match(page.lines[row - 1]) is not None}
    return timed if len(timed) >= _TIMED_ENTRIES else set()


def _stamped(text: str) -> bool:
    """A time alone, or closing a line after a separator ("2 hours ago",
    "Jane_Doe · 3 hours ago", "Live | 14:30"): a post's or an entry's header
    or the part of it that says when, never a headline ("Why I quit 5 years
    ago" has no separator)."""
    return TIME_STAMP.match(SEPARATOR.split(text)[-1].strip()) is not None


def _page_title(text: str, row: int, whole: dict[str, int]) -> bool:
    """Whether the line is the page's title ("Headline - Site") whose
    headline is a line of its own further on: the headline is that line
    (a rendering that prints the page's ``<title>`` over it)."""
    if TITLE_SEPARATOR_CHARS.isdisjoint(text):
        return False
    pieces = [piece.strip() for piece in TITLE_SEPARATOR.split(text) if piece.strip()]
    return len(pieces) >= 2 and any(whole.get(piece, row) > row for piece in (pieces[0], pieces[-1]))


def never_headline(page: Page, first_body: int, candidates: Candidates) -> np.ndarray:
    """The candidates that cannot be the headline whatever the model scores
    them: a line of a paragraph that goes on on the next (:func:`_goes_on`),
    the site's name printed twice at the page's top, or a part of it
    (:func:`_site_name`), or over the headline (:func:`_masthead`), a promotion's heading over its button
    (:func:`_over_buttons`), a live blog's entry heading under its time
    (:func:`_timed_entries`), a picture's alt text naming a line of the page
    (:func:`_named_picture`), the author's name (:func:`_authors`), a
    standfirst under its headline (:func:`_standfirst`), a piece of something
    else (:func:`_fragment`), a text printed twice on its line
    (:func:`_doubled`), a site's menu on one line (:func:`_menu`), a date
    line (:func:`_date`), a paragraph of two sentences (:func:`_sentences`),
    the page's title over its headline (:func:`_page_title`), a link to learn
    more (:func:`_call_to_learn`), a numbered step or a link to the previous
    or next post (``STEP_OR_POST_LINK``), a form's notice (``FORM_NOTICE``), a
    link to the site's finder (``FINDER_LINK``), a link to edit the page
    (``EDIT_LINK``), a field of a forum member's profile
    (``FORUM_PROFILE_FIELD``), a footer's row of legal links
    (``LEGAL_LINKS``), a recipe's ingredient with its amount
    (``INGREDIENT_AMOUNT``), a breadcrumb trail (``BREADCRUMB``), a post's
    header or its time (:func:`_stamped`), a question
    under an FAQ's heading (``FAQ_HEADING``: the FAQ's first item), another
    story's headline in a list of teasers (:func:`.edges.teaser_list_headline`), a byline, a
    date line and a line opening on a furniture phrase. They stay among the
    candidates, so that the cues of the others (how many headings follow, how
    often a text repeats) do not change: only the choice passes them over."""
    ruled_out = _RuledOut(page, first_body, candidates)
    return np.array([ruled_out(k) for k in range(len(candidates))], dtype=bool)


class _RuledOut:
    """:func:`never_headline` asked of one candidate at a time (the page's
    shared cues read once): the choice asks only the best-scored candidates,
    in turn, until one passes, not all of them."""

    def __init__(self, page: Page, first_body: int, candidates: Candidates) -> None:
        self.page, self.first_body, self.candidates = page, first_body, candidates
        self.authors = _authors(page, candidates)
        self.lines = set(candidates.rows[candidates.part == 0].tolist())
        self.marked = (page.features[candidates.rows[:, None], _MARKED_COLUMNS].any(axis=1)
                       & (candidates.part == 0)).tolist()
        self.headings_of_others = _over_buttons(page, candidates.rows) \
            | _timed_entries(page, sorted(set(candidates.rows.tolist())))
        self.rows, self.part = candidates.rows.tolist(), candidates.part.tolist()
        self.whole = {text: row for row, text, part in zip(self.rows, candidates.texts, self.part)
                      if not part}
        self.faq_items = {row + 1 for row, text, part in zip(self.rows, candidates.texts, self.part)
                          if not part and FAQ_HEADING.match(text) is not None}

    def __call__(self, k: int) -> bool:
        page, first_body, row, text = self.page, self.first_body, self.rows[k], self.candidates.texts[k]
        return self.marked[k] or (not self.part[k] and (_goes_on(page, row, first_body)
                                                         or _standfirst(page, row, text, self.lines))) \
            or row in self.headings_of_others or _site_name(page, row, first_body) \
            or (not self.part[k] and _masthead(page, row, first_body, self.lines)) \
            or _named_picture(page, text) or text in self.authors or _fragment(text) or _doubled(text) \
            or _call_to_learn(text) \
            or _menu(text) or (not self.part[k] and (_date(text, page.words[row])
                                                     or _sentences(text, page.words[row]))) \
            or STEP_OR_POST_LINK.match(text) is not None or FORM_NOTICE.match(text) is not None \
            or FINDER_LINK.match(text) is not None or EDIT_LINK.match(text) is not None \
            or FORUM_PROFILE_FIELD.match(text) is not None or LEGAL_LINKS.match(text) is not None \
            or INGREDIENT_AMOUNT.search(text) is not None \
            or BREADCRUMB.match(text) is not None or _stamped(text) \
            or (not self.part[k] and _page_title(text, row, self.whole)) \
            or (row in self.faq_items and text.endswith(("?", "？"))) \
            or (not self.part[k] and teaser_list_headline(page, row))


def find_title(page: Page, first_body: int,
               excluded: AbstractSet[int] = frozenset()) -> tuple[int, str] | None:
    """The headline's line and its text (the line, or the headline part of
    it, or the line and the next when that ends it: :func:`_continued`), or
    None when no line near the article could be one. ``excluded`` lines
    (captions and their copies) are never the headline."""
    candidates = title_candidates(page, first_body, excluded)
    if not len(candidates):
        return None
    design = title_design(page, first_body, candidates)
    scores = title_model().scores(design)
    ruled_out = _RuledOut(page, first_body, candidates)
    # the best-scored candidate not ruled out (the first of equal scores), as an argmax would pick it
    best = next((k for k in np.argsort(-scores, kind="stable").tolist() if not ruled_out(k)), None)
    if best is None:
        return None
    row, text = int(candidates.rows[best]), candidates.texts[best]
    if candidates.part[best]:
        return row, text
    following = row + 1
    if following < len(page.lines) and following not in excluded \
            and _continued(text, page.lines[following], page.words[following]):
        return row, f"{text} {page.lines[following]}"
    return row, bare_headline(text)


#: a headline keeps this many words at least when its line's date or section label is cut off
_HEADLINE_KEPT_WORDS = 2


def bare_headline(text: str) -> str:
    """The headline without what its line prints beside it: a section's label
    before it ("Blog: Headline", "Noticias: Headline") and the date after it
    ("Headline January 22nd, 2019", "Headline 22. Januar 2019"), as a blog
    puts the post's date, or its category, in the heading's element."""
    label, colon, rest = text.partition(": ")
    if colon and label.lower() in NAVIGATION_ITEMS and len(rest.split()) > _HEADLINE_KEPT_WORDS:
        text = rest
    words = text.split(" ")
    for start in range(max(_HEADLINE_KEPT_WORDS, len(words) - _DATE_WORDS), len(words)):
        if _whole_date(" ".join(words[start:])):
            return " ".join(words[:start]).rstrip(" ,|–—-·")
    return text


#: a month's or a weekday's name: a word of three letters at least
_NAMED = re.compile(r"[^\W\d_]{3}")


def _whole_date(text: str) -> bool:
    """Whether the text is a date, its month named, and nothing more ("January
    22nd, 2019", "22. Januar 2019"). A date in figures after a headline is
    rather part of it, naming one post of a series ("Weekly Wrap-Up 12/19/2025")."""
    if DATE_LINE.match(text) is None or _NAMED.search(text) is None:
        return False
    found = first_text_date(text)
    return found is not None and found[1] == len(text)


#: full-width forms of ASCII's printable characters ("？", "！", "（"), U+FF01 to U+FF5E
_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
#: a character of a script set in full-width: Han, kana, Hangul, CJK punctuation
_WIDE_SCRIPT = re.compile(r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def plain_width(headline: str) -> str:
    """The headline with its full-width punctuation in ASCII when no
    character of a script set in full width is in it ("How Does It Work？" ->
    "How Does It Work?"): a Latin headline's full-width mark is a typing
    slip, while a Chinese or Japanese headline keeps its own."""
    if headline.isascii() or _WIDE_SCRIPT.search(headline) is not None:
        return headline
    return headline.translate(_FULL_WIDTH)
