"""Furniture set among the article's paragraphs: lines a page prints inside
the article that are no part of it, found by their own shape whatever the
line model says of them. A site's notices and promotions (a cookie banner, a
newsletter box), widgets (a button, a price and its shop, an embed's frame),
a picture's alt text or button, the page's source printed as text, alt
text written in lower case between two paragraphs, and a link to another
story printed in capitals."""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict

import numpy as np

from .lines import KEY_STRIP, Page, lines_holding, lines_matching
from .pictures import one_word_button
from .rules.boilerplate import (
    AD_SLOTS,
    BUTTON_CALL,
    BUTTON_CALL_OPENERS,
    BUTTON_TITLE,
    CARD_BLURB,
    CARD_BLURB_OPENERS,
    CLOSING_BY,
    CONTENTS_HEADINGS,
    CONTENTS_NUMBER,
    CONTENTS_TOGGLE,
    CONTENTS_TOGGLE_MARKS,
    CONTENTS_TOGGLE_WORDS,
    DISCLOSURE_HINTS,
    DISCLOSURE_REACH,
    DISCLOSURE_SAID,
    DISCLOSURE_SPEAKER,
    DISCLOSURES,
    EDITORIAL_LINK,
    FORUM_PROFILE_FIELD,
    GLUED_CAPS_WIDGET,
    GLUED_LINKS,
    GLUED_VIDEO_TEASER,
    GLUED_WIDGET,
    GLUED_WIDGET_CHARS,
    GLUED_WIDGET_HEAD_WORDS,
    MORE_ON,
    NOTICE,
    NOTICE_HINTS,
    PICTURE_ALT_KINDS,
    PICTURE_ALT_TEXT,
    PICTURE_KIND_DESCRIPTION,
    PICTURE_KIND_WORDS,
    PICTURE_SLUG,
    PICTURE_SLUG_WORDS,
    POPULAR_HEADINGS,
    PORTRAIT_OF_NAME,
    PORTRAIT_WORDS,
    PRICE_ALONE,
    PROMOTION,
    PROMOTION_TRAPS,
    PROMOTIONS,
    READ_ALSO_LABEL,
    READ_ALSO_LINK,
    READ_ALSO_WORDS,
    SHARE_HINTS,
    SHARE_NETWORKS,
    SHARE_ROW_WORDS,
    SHARE_WORDS,
    SHOPS,
    SPLIT_READING_LINK,
    SPLIT_WIDGET_WORDS,
    VIDEO_BADGES,
    WIDGET,
    WIDGET_WORDS,
)
from .rules.credits import (
    LOWERCASE_PICTURE,
    PICTURE_BUTTONS,
    PICTURE_PERSON_SCENE,
    PICTURE_SCENE_OPENERS,
    PICTURE_SCENE_WORDS,
)
from .rules.shapes import PRINTED_ESCAPED_MARKUP, PRINTED_JSON, PRINTED_MARKUP
from .rules.stopwords import ALL_STOPWORDS

#: a lowercase picture's alt text has this many words at least; how a sentence ends, how
#: a paragraph ends that is not alt text, and how a teaser's cut summary trails off
_PICTURE_WORDS = 4
_SENTENCE_ENDS = (".", "!", "?", "”", '"')
_PICTURE_NOT_ENDS = (".", "!", "?", ":", ";", ",", "”", '"')
_TRAILING = ("...", "…")
#: what a line opens on, as a lowercase letter, when it carries on the sentence of the line before
_CARRIES_ON = tuple(",.;:)")
#: a share row's labels: words, and the bars or bullets between them, no other punctuation
_SHARE_ROW = re.compile(r"^[\w\s|•·/-]+$")
_SHARE_WORD = re.compile(r"[\w-]+")
#: a picture's alt text naming what it shows has this many words at most; what code holds
_NAMED_WORDS = 16
_CODE = frozenset("(){}[]=;<>/\\`$#@|*")
#: a line printed twice over is this long at least ("Deep endDeep end"); a line that opens
#: with one text printed twice, this long at least, whose first this many characters are sought
#: again, the text printed twice this long at least (not a word said over: "Ha ha ha ha")
_TWICE_CHARS = 8
_OPENS_TWICE_CHARS, _OPENS_TWICE_SOUGHT, _OPENS_TWICE_TEXT = 45, 20, 12
#: a social feed's posts printed as their previews over them: how many at least, and the characters
#: of a preview at least
_FEED_POSTS, _FEED_PREVIEW_CHARS = 3, 30
#: a text printed twice and glued onto a paragraph (:func:`_glued_twice`): the characters its
#: second copy is sought by, and its most characters; the quotes a paragraph may open on
_TWICE_GLUED_SOUGHT, _TWICE_GLUED_MOST = 6, 150
_OPENING_QUOTES = ("\"", "“", "‘", "'", "«", "„")
_HINTS = NOTICE_HINTS + DISCLOSURE_HINTS
#: a picture's button is this short ("View image in fullscreen")
_BUTTON_WORDS = 4
#: a box of the site's other posts: its heading's words at most, its headlines' words at
#: least and at most, and how many headlines it lists at least
_BOX_HEADING_WORDS, _BOX_ITEM_WORDS, _BOX_ITEM_MAX, _BOX_ITEMS = 6, 4, 20, 2
_HEADLINE_NOT_ENDS = (".", "!", ":", ";", ",", "…")
#: a numbered picture's alt text: the words of its name at least ("Headline 1",
#: "Headline 2"), and the number after them
_NUMBERED_WORDS = 5
_NUMBERED = re.compile(r"^[\"“]?(.*[^\s:]) (\d{1,2})[\"”]?$")
#: a bare price is this long at most ("USD 1,299.99")
_PRICE_CHARS = 16
#: a price and its shop's name are this many lines apart at most, the lines between this short
_SHOP_REACH, _SHOP_WORDS = 3, 3
#: a line between two pictures of this many words at most is theirs, not the article's
_BETWEEN_WORDS = 6
#: a card's blurb: its words at least and at most; how many of them make a grid at least,
#: within how many body lines
_BLURB_WORDS, _BLURB_MAX, _BLURBS, _BLURB_SPAN = 6, 16, 3, 12
#: a link to another story printed in capitals has this many words at least and at most (a
#: headline's); its words of this many letters at least are compared with the article's next
#: lines, this many of them, and at most this share of them is found there
_CAPITALS_WORDS, _CAPITALS_MAX, _CAPITALS_KEY_LETTERS, _CAPITALS_NEXT, _CAPITALS_SHARED = 6, 20, 4, 3, 0.25
#: a video story's link over its badge has this many words (fewest, most); the paragraph under the
#: badge this many at least
_VIDEO_TEASER_WORDS, _SENTENCE_WORDS = (4, 20), 8
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
#: an advertisement's label has this many words at most
_AD_LABEL_WORDS = 1
#: a link box's label alone has this many words at most
_LABEL_WORDS = 6
#: a table of contents: its heading's words at most, an entry's words at most, and how many entries
_CONTENTS_HEADING_WORDS, _CONTENTS_ENTRY_WORDS, _CONTENTS_ENTRIES = 4, 16, 2
#: under its heading, a table of contents' entries not found again that it passes in a row at most
#: (an entry whose section is headed in other words, a toggle's "Show"), and their share of it at most
_CONTENTS_MISSES, _CONTENTS_MISSED_SHARE = 2, 1 / 3
#: how a line not found again ends that is a sentence, no entry
_MISSED_ENDS = (".", ":", "!", ";", ",")
#: a table of contents' first lines left out above the entries kept, at most
_LEFT_OUT_ENTRIES = 12
#: an entry's number printed on a line of its own above its name ("3.1" / "Resistance bands")
_SECTION_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.?")
#: a table of contents without its heading: its entries at least, and the page lines from one
#: entry to the next at most
_HEADLESS_ENTRIES, _HEADLESS_GAP = 3, 2
#: the entries at least of a table of contents' part after an entry not found again
_HEADLESS_RESUMED = 2
#: what a table of contents' entry may open on before its name (:data:`CONTENTS_NUMBER`)
_ENTRY_MARKS = frozenset("•·*◦○●■□▪►▸–-")
_TOGGLE_MARKS = frozenset(CONTENTS_TOGGLE_MARKS)
#: how a sentence opening a list ends
_LIST_OPENERS = (":", "：")


def notices(page: Page, positions: list[int]) -> set[int]:
    """The ``positions`` whose line is a site's notice or promotion
    (:data:`NOTICE`, :data:`PROMOTION`, :func:`_discloses`): a cookie banner,
    a button's small print, a share button's label, its newsletter, its
    affiliate disclosure. Only the lines that hold one of
    :data:`NOTICE_HINTS` or :data:`DISCLOSURE_HINTS` are read."""
    lines = [page.lines[p] for p in positions]

    def notice(line: str) -> bool:
        if any(map(line.__contains__, NOTICE_HINTS)) and (NOTICE.match(line) is not None or _promotes(line)):
            return True
        return any(map(line.__contains__, DISCLOSURE_HINTS)) and _discloses(line.lower())

    return {positions[k] for k in lines_holding(lines, _HINTS) if notice(lines[k])}


def read_also_links(page: Page, positions: list[int]) -> set[int]:
    """The ``positions`` whose line is a link to another story under its
    label (:data:`READ_ALSO_LINK`: "Read more: ...", "Lesen Sie auch: ...",
    "Läs också: ...", "Читайте также: ..."), a headline's length at most: news
    sites set them among a story's paragraphs, and the story goes on under them."""
    lines, words = page.lines, page.words
    found = {p for p in positions if words[p] <= READ_ALSO_WORDS and (":" in lines[p] or ">" in lines[p]
             or "»" in lines[p] or "：" in lines[p]) and READ_ALSO_LINK.match(lines[p]) is not None}
    return found | _boxed_links(page, positions)


def _boxed_links(page: Page, positions: list[int]) -> set[int]:
    """The ``positions`` of a link box set among a story's paragraphs: its label
    alone on a line (:data:`READ_ALSO_LABEL`), then the linked story's headline,
    which ends with no full stop, then more of the story."""
    lines, words, found = page.lines, page.words, set()
    for k, pos in enumerate(positions[:-1]):
        if 0 < pos < len(lines) - 1 and words[pos] <= READ_ALSO_WORDS \
                and not lines[pos].rstrip().endswith(_HEADLINE_NOT_ENDS + _SENTENCE_ENDS) \
                and words[pos - 1] <= _LABEL_WORDS and READ_ALSO_LABEL.match(lines[pos - 1].strip()) \
                and positions[k + 1] > pos:
            found |= {pos, pos - 1}
    return found.intersection(positions)


def ad_labels(page: Page, positions: list[int]) -> set[int]:
    """The ``positions`` whose line is an advertisement slot's label alone
    (:data:`AD_SLOTS`: "Advertisement", "Anzeige", "Annons", "Реклама"), set
    among a story's paragraphs whatever the line model says of it."""
    return {p for p in positions if page.words[p] <= _AD_LABEL_WORDS and page.keys[p] in AD_SLOTS}


def _promotes(line: str) -> bool:
    """Whether ``line`` holds a :data:`PROMOTION`: searched with the alternatives
    whose phrase it holds (:data:`PROMOTIONS`), unless it holds a letter
    ``re.IGNORECASE`` reads as another."""
    if any(map(line.__contains__, PROMOTION_TRAPS)):
        return PROMOTION.search(line) is not None
    lowered = line.lower()
    return any(pattern.search(line) is not None for phrases, pattern in PROMOTIONS
               if any(map(lowered.__contains__, phrases)))


def contents_entries(page: Page, positions: list[int]) -> set[int]:
    """The ``positions`` that are a table of contents: its heading
    (:data:`CONTENTS_HEADINGS`, a box's toggle or mark put aside:
    :data:`CONTENTS_TOGGLE`) and the short lines right under it, their bullet
    and number put aside ("1 History", "□ 2.1 History"), each printed again
    further down the page as its section's heading, numbered or not; two of
    them at least."""
    headings = _contents_headings(page)
    if not headings:
        # (no heading on the page, kept or left out: no line is asked, only the tables without one)
        return _headless_contents(page, positions)
    found: set[int] = set()
    last: dict[str, int] | None = None
    kept = set(positions)
    heading_set = set(headings)
    for k, p in enumerate(positions):
        # the heading kept, or left out right above the first entry
        headed = p in heading_set
        named: set[str] = set()
        if headed:
            under = positions[k + 1:]
        elif p > 0 and p - 1 not in kept and _heading_within(headings, p - 1 - _LEFT_OUT_ENTRIES, p):
            if last is None:
                last = {_entry_name(line).casefold(): q for q, line in enumerate(page.lines)}
            top, named = _above_left_out(page, p - 1, kept, last)
            if not _contents_heading(page, top):
                continue
            under = positions[k:]
        else:
            continue
        if last is None:
            last = {_entry_name(line).casefold(): q for q, line in enumerate(page.lines)}
        entries = _entries_under(page, under, last, named)
        if entries:
            found.update(entries)
            if headed:
                found.add(p)
        elif headed and page.keys[p] not in CONTENTS_HEADINGS \
                and CONTENTS_TOGGLE.search(page.keys[p]).end() == len(page.keys[p]):  # type: ignore[union-attr]
            # a heading with its box's toggle ("Table of Contents Show") is the box's, entries or not
            found.add(p)
    return found | _headless_contents(page, positions)


def _above_left_out(page: Page, p: int, kept: set[int], last: dict[str, int]) -> tuple[int, set[str]]:
    """Line ``p``, or the first line above it that is none of a table of contents' first
    entries left out (up to ``_LEFT_OUT_ENTRIES`` lines): a number printed on a line of its
    own, or a short line named again further down (``last``), "Table of contents" / "1." /
    "Stop dreaming" / "2." / ... over the entries kept; and the names of those entries."""
    top = max(0, p - _LEFT_OUT_ENTRIES)
    names = set()
    while p > top and p not in kept and page.words[p] <= _CONTENTS_ENTRY_WORDS \
            and not _contents_heading(page, p):
        line = page.lines[p]
        if not (line[:1].isdecimal() and _SECTION_NUMBER.fullmatch(line) or _toggle(page, p)):
            name = _entry_name(line).casefold()
            if last.get(name, p) <= p or name in names:
                # (a name said twice: the lower is the first section's heading, under the table)
                break
            names.add(name)
        p -= 1
    return p, names


def _entries_under(page: Page, under: list[int], last: dict[str, int], named: set[str]) -> list[int]:
    """The lines of ``under`` (the kept lines under a table of contents' heading) that are its
    entries: short lines, each named again further down the page as its section's heading
    (``last``: each name's last line, case put aside: "Choosing your first telescope" heads
    "Choosing your First Telescope"), up to the first name said twice (the first section's
    heading), and between them a number printed apart from its name ("3.1") and up to
    ``_CONTENTS_MISSES`` lines in a row not found again, when they are at most
    ``_CONTENTS_MISSED_SHARE`` of the entries; none unless ``_CONTENTS_ENTRIES`` are found.
    ``named``: the names of its first entries, left out above ``under``."""
    entries: list[int] = []
    pending: list[int] = []
    names = set(named)
    found = missed = in_row = 0
    for q in under:
        line = page.lines[q]
        if page.words[q] > _CONTENTS_ENTRY_WORDS:
            break
        if line[:1].isdecimal() and _SECTION_NUMBER.fullmatch(line) or _toggle(page, q):
            pending.append(q)
            continue
        name = _entry_name(line).casefold()
        if name in names:
            # (the first section's heading, under the last entry: the table is over)
            break
        if last.get(name, q) > q and _LETTER_WORD.search(name) is not None:
            entries.extend(pending)
            entries.append(q)
            pending = []
            names.add(name)
            found += 1
            in_row = 0
            continue
        in_row += 1
        if in_row > _CONTENTS_MISSES or line.endswith(_MISSED_ENDS):
            # (a sentence: the article's, under the table)
            break
        pending.append(q)
        missed += 1
    missed -= sum(1 for q in pending if not _SECTION_NUMBER.fullmatch(page.lines[q]) and not _toggle(page, q))
    found += len(named)
    if found < _CONTENTS_ENTRIES or missed > _CONTENTS_MISSED_SHARE * (found + missed):
        return []
    return entries


def _toggle(page: Page, p: int) -> bool:
    """Whether line ``p`` is a table of contents' toggle alone ("Toggle", "[hide]")."""
    key = page.keys[p]
    return page.words[p] == 1 and (found := CONTENTS_TOGGLE.search(key)) is not None \
        and found.start() == 0 and found.end() == len(key)


def _entry_name(line: str) -> str:
    """A table of contents' entry without its bullet and number
    (:data:`CONTENTS_NUMBER`), read only where the line opens on one."""
    return CONTENTS_NUMBER.sub("", line) if line[:1] in _ENTRY_MARKS or line[:1].isdecimal() else line


def _contents_headings(page: Page) -> list[int]:
    """The lines of ``page`` that are a table of contents' heading, in order: most pages have
    none, and then no line needs its name read for one."""
    keys = page.keys
    short = (page.word_array <= _CONTENTS_HEADING_WORDS).nonzero()[0].tolist()
    return [q for q in short if (keys[q] in CONTENTS_HEADINGS or keys[q][:1] in _TOGGLE_MARKS
                                 or keys[q].endswith(CONTENTS_TOGGLE_WORDS)) and _contents_heading(page, q)]


def _heading_within(headings: list[int], top: int, stop: int) -> bool:
    """Whether one of ``headings`` (in order) is among lines ``top`` to ``stop`` (not
    included): where a table's first entries left out above a kept one may start."""
    k = bisect_right(headings, top - 1)
    return k < len(headings) and headings[k] < stop


def _contents_heading(page: Page, p: int) -> bool:
    """Whether line ``p`` is a table of contents' heading (:data:`CONTENTS_HEADINGS`),
    its box's toggle or mark put aside (:data:`CONTENTS_TOGGLE`)."""
    if page.words[p] > _CONTENTS_HEADING_WORDS:
        return False
    key = page.keys[p]
    return key in CONTENTS_HEADINGS or (key[:1] in _TOGGLE_MARKS or key.endswith(CONTENTS_TOGGLE_WORDS)) \
        and _untoggled(key).strip(KEY_STRIP) in CONTENTS_HEADINGS


#: how a key ends when the closing part of :data:`CONTENTS_TOGGLE` may match it: on a toggle's
#: word, bare or before the bracket closing it
_TOGGLE_ENDS = tuple(word + close for word in CONTENTS_TOGGLE_WORDS for close in ("", "]", ")"))


def _untoggled(key: str) -> str:
    """``CONTENTS_TOGGLE.sub("", key)``: the pattern, whose closing part is tried at every place of
    the key, is searched only when the key ends as a match of that part does (:data:`_TOGGLE_ENDS`);
    otherwise only its opening mark goes, with the spaces after it (``\\s`` is ``str.isspace``)."""
    if key.endswith(_TOGGLE_ENDS):
        return CONTENTS_TOGGLE.sub("", key)
    return key[1:].lstrip() if key[:1] in _TOGGLE_MARKS else key


def _headless_contents(page: Page, positions: list[int]) -> set[int]:
    """The ``positions`` of a table of contents whose heading is not kept:
    ``_HEADLESS_ENTRIES`` short lines or more in a row, their bullet and number
    put aside, each opening as a heading does (not a sentence's piece:
    ", Thailand"), each kept once again further down as a section's heading, in
    the same order, a paragraph between one heading and the next (a spec
    table's labels and values repeat without one). Not a list a sentence
    opens ("In this post we answer:"), nor the tail of a list: the article's
    own."""
    names = [_entry_name(page.lines[p]) for p in positions]
    # each entry is kept twice (over its section too): only the names kept twice are read, and a
    # run opens only at such a name's first place
    counts = Counter(names)
    if 2 not in counts.values():
        return set()
    later: defaultdict[str, list[int]] = defaultdict(list)
    for k, name in enumerate(names):
        if counts[name] == 2:
            later[name].append(k)
    starts = sorted(twice[0] for twice in later.values())
    found: set[int] = set()
    k = starts[0]
    while k < len(positions):
        run: list[int] = []
        copies: list[int] = []
        j = k
        while j < len(positions) and page.words[positions[j]] <= _CONTENTS_ENTRY_WORDS \
                and names[j][:1].isalnum() and not names[j][:1].islower() \
                and (not run or positions[j] - positions[j - 1] <= _HEADLESS_GAP):
            twice = later.get(names[j])
            if twice is None:
                break
            after = [c for c in twice if c > j]
            if not after or (copies and not any(
                    page.words[positions[c]] > _CONTENTS_ENTRY_WORDS
                    for c in range(copies[-1] + 1, after[0]))):
                break
            run.append(j)
            copies.append(after[0])
            j += 1
        # an entry whose section is headed in other words splits a table of contents in two
        resumed = k >= 2 and positions[k - 2] in found \
            and page.words[positions[k - 1]] <= _CONTENTS_ENTRY_WORDS
        if len(run) >= (_HEADLESS_RESUMED if resumed else _HEADLESS_ENTRIES) and copies[0] > run[-1] \
                and (k == 0 or resumed or not page.lines[positions[k - 1]].endswith(_LIST_OPENERS)
                     and not CONTENTS_NUMBER.match(page.lines[positions[k - 1]]).end()):  # type: ignore[union-attr]
            found.update(positions[r] for r in run)
            if resumed:
                found.add(positions[k - 1])
            k = j
        else:
            # (no run opens before the next name's first place)
            following = bisect_right(starts, k)
            k = starts[following] if following < len(starts) else len(positions)
    return found


def _discloses(line: str) -> bool:
    """Whether ``line`` (lowercased) is the site's disclosure
    (:data:`DISCLOSURES`), or says what the site earns
    (:data:`DISCLOSURE_SAID`) with the site speaking
    (:data:`DISCLOSURE_SPEAKER`) shortly before."""
    if any(phrase in line and pattern.search(line) is not None for phrase, pattern in DISCLOSURES):
        return True
    said = DISCLOSURE_SAID.search(line)
    if said is None:
        return False
    start = said.start()
    return DISCLOSURE_SPEAKER.search(line, max(0, start - DISCLOSURE_REACH), start) is not None


def boxes_of_other_posts(page: Page, positions: list[int]) -> set[int]:
    """The ``positions`` of a box of the site's other posts set inside the
    article: a heading that opens a section's or an author's other posts
    (:data:`CLOSING_BY`: "More from UK", "More business news") or its most
    read stories (:data:`POPULAR_HEADINGS`: "Most popular"; that heading
    itself may be furniture, not among ``positions``) and the headlines
    listed under it, ``_BOX_ITEMS`` or more lines of headline shape (no
    closing stop) on the lines right below it. The article goes on under the
    box, so it is no closing heading there."""
    lines, words = page.lines, page.words
    found: set[int] = set()
    n = len(lines)
    if n <= _BOX_ITEMS or not positions:
        return found
    counts = np.asarray(words)
    # the heading may be furniture, or its first headline taken for something else: the two
    # lines above each position are tried too
    kept = np.zeros(n, dtype=bool)
    kept[positions] = True
    near = kept.copy()
    near[:-1] |= kept[1:]
    near[:-2] |= kept[2:]
    item = (counts >= _BOX_ITEM_WORDS) & (counts <= _BOX_ITEM_MAX)
    # the lines under it first: a heading's key is dearer to read
    shaped = near & (counts <= _BOX_HEADING_WORDS)
    shaped[n - _BOX_ITEMS:] = False
    for k in range(1, _BOX_ITEMS + 1):
        shaped[:n - k] &= item[k:]
    for pos in shaped.nonzero()[0].tolist():
        key = page.keys[pos]
        if key not in POPULAR_HEADINGS and CLOSING_BY.match(key) is None:
            continue
        end = pos + 1
        while end < len(lines) and _BOX_ITEM_WORDS <= words[end] <= _BOX_ITEM_MAX \
                and not lines[end].endswith(_HEADLINE_NOT_ENDS):
            end += 1
        if end - pos - 1 >= _BOX_ITEMS:
            found.update(range(pos, end))
    return found


#: a forum post's header: lines of this many words at most, closing no sentence, around a field
#: of its author's profile, which a forum prints in this many posts' headers at least; a header's
#: line of this many words at least is the template of the other posts' ("Post by Jane » ...")
_HEADER_WORDS, _HEADERS, _TEMPLATE_WORDS = 12, 2, 3
_SENTENCE_CLOSES = (".", "!", "?", "…")


def forum_headers(page: Page, positions: list[int]) -> set[int]:
    """The ``positions`` of a forum's post headers set between its posts: a
    run of short lines that close no sentence, one under another in the page,
    holding a field of the author's profile with its count or date
    (:data:`FORUM_PROFILE_FIELD`: "Joined: 14 May 2019", "Beiträge: 57"),
    with the author's name, the post's date and its buttons ("Quote",
    "Reply", "Top") around it; and the lines opening with the same two words
    as a line of such a run ("Post by mike_77 » ...", over the first post
    too). Only on a page that prints ``_HEADERS`` such fields at least: a
    thread of posts (an article prints no member's profile)."""
    lines, words = page.lines, page.words
    n = len(lines)

    def short(p: int) -> bool:
        return words[p] <= _HEADER_WORDS and not lines[p].rstrip("\"”’)").endswith(_SENTENCE_CLOSES)

    # (short lines holding a digit, read off the page's columns, are the only ones searched)
    dated = ((page.column("digit_share") > 0) & (page.word_array <= _HEADER_WORDS)).nonzero()[0]
    fields = [p for p in dated.tolist() if FORUM_PROFILE_FIELD.match(lines[p]) is not None]
    if len(fields) < _HEADERS:
        return set()
    header: set[int] = set()
    for p in fields:
        low = high = p
        while low > 0 and short(low - 1):
            low -= 1
        while high + 1 < n and short(high + 1):
            high += 1
        header.update(range(low, high + 1))
    templates = {tuple(lines[p].split(" ", 2)[:2]) for p in header if words[p] >= _TEMPLATE_WORDS}
    return {p for p in positions if p in header or short(p) and words[p] >= _TEMPLATE_WORDS
            and tuple(lines[p].split(" ", 2)[:2]) in templates}


def card_blurbs(page: Page, positions: list[int]) -> set[int]:
    """The ``positions`` of a grid of cards that invite the reader to other
    pages of the site: ``_BLURBS`` short lines or more within ``_BLURB_SPAN``
    of ``positions``, each opening with a call (:data:`CARD_BLURB`: "Find
    out if ...", "Learn about the ...", "See how ..."). One such line is a
    link of the article's; a run of them is the site's teasers."""
    words = page.words
    lines, lower = page.lines, page.lower
    hits = [k for k, pos in enumerate(positions)
            if _BLURB_WORDS <= words[pos] <= _BLURB_MAX
            and lower[pos].split(" ", 1)[0] in CARD_BLURB_OPENERS and CARD_BLURB.match(lines[pos])]
    found: set[int] = set()
    for first, last in zip(hits, hits[_BLURBS - 1:]):
        if last - first <= _BLURB_SPAN:
            found.update(positions[k] for k in hits if first <= k <= last)
    return found


def capitalised_links(page: Page, positions: list[int]) -> set[int]:
    """The ``positions`` whose line is a link to another story printed in
    capitals between the article's paragraphs, as news sites print their
    related stories ("SINGER SAYS TOUR WILL GO ON AFTER INJURY"): a line of
    ``_CAPITALS_WORDS`` to ``_CAPITALS_MAX`` words, all in capitals, no
    sentence's end, question or exclamation, and about something the next
    lines do not tell (fewer than ``_CAPITALS_SHARED`` of its longer words
    are in them). A heading in capitals names what the paragraphs under it
    are about; a capitalised line in brackets or with code is no link
    ("(SOUNDBITE OF MUSIC)"), and a paragraph in capitals (a licence's
    small print) is longer or ends a sentence."""
    lines = page.lines
    found: set[int] = set()
    for k, p in enumerate(positions[:-1]):
        line = lines[p]
        if not _CAPITALS_WORDS <= page.words[p] <= _CAPITALS_MAX or not line.isupper() or line[:1] in "([{" \
                or line.rstrip("\"'”’ ").endswith(("?", "!", ".")) or not _CODE.isdisjoint(line):
            continue
        letter_words = _LETTER_WORD.findall(line)
        if len(letter_words) < _CAPITALS_WORDS:
            continue
        keys = {w.lower() for w in letter_words if len(w) >= _CAPITALS_KEY_LETTERS}
        following = " ".join(lines[q] for q in positions[k + 1:k + 1 + _CAPITALS_NEXT]).lower()
        if keys and sum(key in following for key in keys) < _CAPITALS_SHARED * len(keys):
            found.add(p)
    return found


def video_teasers(page: Page, positions: list[int]) -> set[int]:
    """The ``positions`` whose line is a link to a video story set between the
    article's paragraphs, its badge alone on the next line ("Taylor Swift: 10
    things you didn't know" / "Video"): a headline of ``_VIDEO_TEASER_WORDS``
    words, no sentence's end and no list's bullet, under a paragraph's finished
    sentence and over the badge, a finished sentence of ``_SENTENCE_WORDS``
    words at least under the badge (a recipe's last step over its "Video" and
    "Recipe Notes", a table's "Sensor" / "Video" are no link)."""
    lines, words = page.lines, page.words
    found: set[int] = set()
    if VIDEO_BADGES.isdisjoint(lines):
        return found
    low, high = _VIDEO_TEASER_WORDS
    for p in positions:
        if not 0 < p < len(lines) - 2 or lines[p + 1] not in VIDEO_BADGES or not low <= words[p] <= high:
            continue
        line = lines[p]
        if not line.endswith(_HEADLINE_NOT_ENDS + _SENTENCE_ENDS + ("?",)) and line[:1] not in _ENTRY_MARKS \
                and lines[p - 1].endswith(_SENTENCE_ENDS) and words[p + 2] >= _SENTENCE_WORDS \
                and lines[p + 2].endswith(_SENTENCE_ENDS):
            found.add(p)
    return found


def _printed_twice(line: str) -> bool:
    """Whether ``line`` is one text twice over, as a text browser prints a
    picture's alt text and title run together ("Deep endDeep end"), or three
    times over (an author's name in a card's picture, link and caption:
    "Jane DoeJane DoeJane Doe")."""
    half, odd = divmod(len(line), 2)
    third, rest = divmod(len(line), 3)
    # (the first character compared first: most lines differ there, and cost no copy of their halves)
    return len(line) >= _TWICE_CHARS and (line[0] == line[half + odd] and line[:half] == line[half + odd:]
                                          and (not odd or line[half] == " ")
                                          or not rest and line[0] == line[third] and line == line[:third] * 3)


def _opens_twice(line: str) -> bool:
    """Whether ``line`` opens with one text printed twice, a space between
    ("Best Value for Money Best Value for Money OXO Brew 9-Cup ...", "Our
    workshop is almost h Our workshop is almost here! Join us ..."), as a text
    browser prints a card's label over its picture and again under it, or a
    social feed's cut preview of a post run into the post: never a paragraph."""
    if len(line) < _OPENS_TWICE_CHARS:
        return False
    head = line[:_OPENS_TWICE_SOUGHT]
    at = line.find(head, _OPENS_TWICE_TEXT + 1)
    while at > 0:
        if line[at - 1] == " " and line.startswith(line[:at - 1], at):
            return True
        at = line.find(head, at + 1)
    return False


def feed_previews(page: Page, positions: list[int]) -> set[int]:
    """The ``positions`` of a social feed's posts, each printed as its preview cut at a fixed
    length over the whole post on the next line ("While you're dreaming about spring, our
    greenhouse" / "While you're dreaming about spring, our greenhouse crew is ..."): the
    run-together form of :func:`_opens_twice` printed over two lines. ``_FEED_POSTS`` previews at
    least cut at the same length, or one less (``_FEED_PREVIEW_CHARS`` characters or more); an
    article's term that opens the next line's sentence ("Predictive analytics" / "Predictive
    analytics employs ...") is no cut preview, nor are two of them as long as each other."""
    lines = page.lines
    kept = set(positions)
    by_length: defaultdict[int, list[int]] = defaultdict(list)
    for p in positions:
        line = lines[p]
        if len(line) >= _FEED_PREVIEW_CHARS and p + 1 in kept and len(lines[p + 1]) > len(line) \
                and lines[p + 1].startswith(line):
            by_length[len(line)].append(p)
    # (a preview cut after a space loses it: one character shorter than the others)
    found: set[int] = set()
    for length, previews in by_length.items():
        cut = previews + by_length.get(length - 1, [])
        if len(cut) >= _FEED_POSTS:
            found.update(q for p in cut for q in (p, p + 1))
    return found


def _printed_source(line: str) -> bool:
    """Whether ``line`` is the page's source printed as text: markup, markup
    escaped for display, or JSON data (:data:`~.rules.shapes.PRINTED_MARKUP`)."""
    return (line.startswith("<") and PRINTED_MARKUP.match(line) is not None) \
        or ("&lt;" in line and PRINTED_ESCAPED_MARKUP.search(line) is not None) \
        or ('"' in line and ('":' in line or '",' in line) and PRINTED_JSON.search(line) is not None)


def widgets(page: Page, positions: list[int]) -> set[int]:
    """The ``positions`` whose line is a widget set among the paragraphs
    (:data:`WIDGET`, :data:`BUTTON_CALL`): a button, a price and its shop, a social embed's frame,
    an advertisement's slot, a table of contents' heading; or a picture's alt
    text (:data:`PICTURE_ALT_TEXT`, :func:`_printed_twice`, a description
    saying what kind of picture it is, :data:`PICTURE_KIND_DESCRIPTION`, or showing a
    person doing something, :data:`~.rules.credits.PICTURE_PERSON_SCENE`, or naming the
    person a portrait shows, :data:`PORTRAIT_OF_NAME`, when no caption took it) or its button
    (:data:`PICTURE_BUTTONS`: "View image in fullscreen"); or a link to more
    stories on a name (:data:`MORE_ON`: "More on Jane Doe") or to the site's
    editorial policy (:data:`EDITORIAL_LINK`); or the page's
    source printed as text (:func:`_printed_source`), or a card's label or a
    feed's preview printed twice at a line's opening (:func:`_opens_twice`),
    whatever its length; or a menu a text browser ran together on one line
    (:data:`GLUED_LINKS`) or a video story's link with its badge glued on
    (:data:`GLUED_VIDEO_TEASER`)."""
    lines, words = page.lines, page.words

    def _goes_on(p: int) -> bool:
        """Whether the next line carries on line ``p``'s sentence (opens in lower case or on a comma
        or stop); unlike ``page.runs_on`` not for a line ending on "now", which a button does."""
        following = lines[p + 1] if p + 1 < len(lines) else ""
        return following[:1].islower() or following[:1] in _CARRIES_ON

    def _file_name_alt(p: int, lower: str) -> bool:
        """Line p is a picture's file name (:data:`PICTURE_SLUG`) on a line of its own:
        no sentence runs into it or on from it, as one runs through a link's words."""
        if PICTURE_SLUG.match(lower) is None or (p > 0 and page.runs_on[p - 1]) or _goes_on(p):
            return False
        parts = lower.replace("_", "-").split("-")
        return sum(part.isalpha() and part not in ALL_STOPWORDS for part in parts) >= PICTURE_SLUG_WORDS

    def short_widget(p: int, line: str, count: int) -> bool:
        lower = page.lower[p]
        # (a picture's alt text ends on its kind or a number: the others are not searched)
        return WIDGET.match(lower) is not None \
            or (lower.startswith(BUTTON_CALL_OPENERS) and BUTTON_CALL.match(lower) is not None
                and not _goes_on(p)) \
            or (line[:1] in "FSTG" and BUTTON_TITLE.match(line) is not None and not _goes_on(p)) \
            or ((line.endswith(PICTURE_ALT_KINDS) or line[-1].isdigit())
                and PICTURE_ALT_TEXT.match(line) is not None) \
            or (lower[:1] == "m" and MORE_ON.match(line) is not None) \
            or ("editorial" in lower and EDITORIAL_LINK.match(line) is not None
                and (line[:1].isupper() or not ((p > 0 and page.runs_on[p - 1]) or _goes_on(p)))) \
            or (count <= _BUTTON_WORDS and page.keys[p] in PICTURE_BUTTONS) \
            or (count == 1 and one_word_button(page, p)) \
            or (("-" in lower or "_" in lower) and _file_name_alt(p, lower))

    low, high = PICTURE_KIND_WORDS
    head, past = _OPENS_TWICE_SOUGHT, _OPENS_TWICE_TEXT + 1
    found = set()
    # (each line and its words read once, and the shapes of a line too short for them, or with
    # none of the characters printed source opens on, not asked: most lines are prose)
    for p in positions:
        line, count = lines[p], words[p]
        size = len(line)
        # (a text printed twice or thrice has its first character again half or a third of the
        # way in, and one opening twice its first characters again: most lines are not asked)
        if (size >= _TWICE_CHARS and (line[0] == line[(size + 1) // 2] or line[0] == line[size // 3])
                and _printed_twice(line)) \
                or (size >= _OPENS_TWICE_CHARS and line.find(line[:head], past) > 0 and _opens_twice(line)) \
                or ((line[0] == "<" or "&" in line or '"' in line) and _printed_source(line)) \
                or (count <= WIDGET_WORDS and short_widget(p, line, count)) \
                or (low <= count <= high and PICTURE_KIND_DESCRIPTION.match(line) is not None) \
                or (count >= PICTURE_SCENE_WORDS and line.split(" ", 1)[0].lower() in PICTURE_SCENE_OPENERS
                    and PICTURE_PERSON_SCENE.match(line) is not None) \
                or (count <= PORTRAIT_WORDS and " of " in line and PORTRAIT_OF_NAME.match(line) is not None) \
                or ("," not in line and "." not in line and GLUED_LINKS.match(line) is not None) \
                or (line.endswith("deo") and GLUED_VIDEO_TEASER.match(line) is not None):
            found.add(p)
    short = [p for p in positions if words[p] <= SHARE_ROW_WORDS]
    found.update(short[k] for k in lines_holding([lines[p] for p in short], SHARE_HINTS)
                 if _share_row(lines[short[k]]))
    return found | _split_widgets(page, [p for p in positions if p not in found])


def glued_widgets(page: Page, body: list[int]) -> dict[int, str]:
    """The ``body`` lines that close on a button a text browser glued onto
    the paragraph (:data:`GLUED_WIDGET`: "... much less stress.Click To Tweet",
    "... under $50 on A... SEE FULL GALLERY"), each with its text up to the
    button, and those that open on one text printed twice and glued on
    (:func:`_glued_twice`), each from the paragraph on. The paragraph has
    :data:`GLUED_WIDGET_HEAD_WORDS` words and a lowercase letter at least (a
    line in capitals is one heading or one button); the button is a whole
    :data:`WIDGET` of :data:`WIDGET_WORDS` words at most."""
    cut = {}
    # (a button glued on opens after a stop or a quote with a capital next to it: the lines with
    # none anywhere, most of them, are not searched at their end; a line cut is a part of one)
    glued = lines_matching([page.lines[p] for p in body], GLUED_WIDGET)
    sought, most = _TWICE_GLUED_SOUGHT, _TWICE_GLUED_MOST + 1
    for k, p in enumerate(body):
        line = page.lines[p]
        # (a text printed twice has its first characters again: most lines are not asked)
        if line.find(line[:sought], sought, most) > 0 and (opening := _glued_twice(line)) \
                and line[opening:].count(" ") >= GLUED_WIDGET_HEAD_WORDS - 1:
            cut[p] = line = line[opening:]
        # (the places a button may be glued on, from the longest tail: each line searched once, at its end)
        tail_from = max(0, len(line) - GLUED_WIDGET_CHARS)
        places = [found.end() for found in GLUED_WIDGET.finditer(line, tail_from)] if k in glued else []
        if line[-2:-1].isupper() and (caps := GLUED_CAPS_WIDGET.search(line)) is not None:
            places = sorted([*places, caps.start() + 1])
        for place in places:
            head, tail = line[:place], line[place:].lstrip()
            if len(tail.split()) > WIDGET_WORDS or len(head.split()) < GLUED_WIDGET_HEAD_WORDS:
                continue
            if WIDGET.match(tail.lower()) is not None and head.upper() != head:
                cut[p] = head.rstrip()
                break
    return cut


def _glued_twice(line: str) -> int:
    """Where the paragraph starts in a line that opens with one text printed
    twice with no space between, glued onto the paragraph ("Jane DoeJane
    DoeIf we haven't met yet, ...", a picture's alt text and title over the
    first sentence, as a text browser runs them together): the end of the
    second copy, when a capital or a quote opens what follows; else 0."""
    head = line[:_TWICE_GLUED_SOUGHT]
    at = line.find(head, _TWICE_GLUED_SOUGHT, _TWICE_GLUED_MOST + 1)
    while at > 0:
        end = 2 * at
        opening = line[end:end + 1]
        if line[at - 1] != " " and (opening.isupper() or opening in _OPENING_QUOTES) \
                and line.startswith(line[:at], at):
            return end
        at = line.find(head, at + 1, _TWICE_GLUED_MOST + 1)
    return 0


def _share_row(line: str) -> bool:
    """Whether ``line`` is a share row's labels and nothing else (:data:`SHARE_NETWORKS`);
    read only on the lines naming one of :data:`SHARE_HINTS`."""
    lower = line.lower()
    if _SHARE_ROW.match(lower) is None:
        return False
    words = _SHARE_WORD.findall(lower)
    networks = sum(word in SHARE_NETWORKS for word in words)
    return networks >= 2 and all(word in SHARE_NETWORKS or word in SHARE_WORDS for word in words)


def _split_widgets(page: Page, positions: list[int]) -> set[int]:
    """The ``positions`` of two short lines in a row that make a :data:`WIDGET`
    together, as a renderer splits a button or a counter at its markup ("Follow
    me on" / "Instagram", "1" / "of 6", "6" / "min read", "Expand" / "Collapse").
    Not a link to more reading split so (:data:`SPLIT_READING_LINK`: "Read our
    full" / "Acme X1 review"), which some sites' editors keep as the article's."""
    lines, words = page.lines, page.words
    found: set[int] = set()
    for p, q in zip(positions, positions[1:]):
        if words[p] <= SPLIT_WIDGET_WORDS and words[q] <= SPLIT_WIDGET_WORDS:
            joined = f"{lines[p]} {lines[q]}".lower()
            if (WIDGET.match(joined) is not None and SPLIT_READING_LINK.match(joined) is None) \
                    or ("editorial" in joined and EDITORIAL_LINK.match(joined) is not None):
                found.update((p, q))
    return found


def shop_prices(page: Page, positions: list[int]) -> set[int]:
    """The ``positions`` of a shop's price box broken into lines among a
    review's paragraphs: a bare price (:data:`PRICE_ALONE`) with a shop's
    name (:data:`SHOPS`) at most ``_SHOP_REACH`` lines under it or above it,
    and the short lines between (``_SHOP_WORDS`` words at most: "from", "View
    Deal", a sale price, "(6% off)"). A shop's name alone on a line is no
    sentence of an article, and a table's prices stand beside products'
    names, not shops'."""
    keys, words, found = page.keys, page.words, set()
    for k, p in enumerate(positions):
        line = page.lines[p]
        if len(line) > _PRICE_CHARS or PRICE_ALONE.match(line) is None:
            continue
        for step in (-1, 1):
            j = k + step
            while 0 <= j < len(positions) and abs(positions[j] - p) <= _SHOP_REACH \
                    and words[positions[j]] <= _SHOP_WORDS:
                if keys[positions[j]] in SHOPS:
                    found.update(positions[min(j, k):max(j, k) + 1])
                    break
                j += step
    return found


def numbered_pictures(page: Page, positions: list[int]) -> set[int]:
    """The ``positions`` whose line is a picture's alt text numbered as a
    site numbers its pictures after the headline ("Why Some People Triumph
    Online 1", "... 2"): one name of ``_NUMBERED_WORDS`` words or more
    printed with two numbers or more at the end. A heading numbers short
    names ("Step 1", "Number of Buttons 2") or ends its name with ":"."""
    lines = page.lines
    named: defaultdict[str, set[str]] = defaultdict(set)
    at: dict[int, str] = {}
    for p in positions:
        line = lines[p]
        if not line.rstrip('"”')[-1:].isdigit() or page.words[p] <= _NUMBERED_WORDS:
            continue
        found = _NUMBERED.match(line)
        if found is not None and len(found.group(1).split()) >= _NUMBERED_WORDS:
            named[found.group(1)].add(found.group(2))
            at[p] = found.group(1)
    return {p for p, name in at.items() if len(named[name]) >= 2}


def between_pictures(page: Page, positions: list[int]) -> set[int]:
    """The ``positions`` whose line is a short phrase (``_BETWEEN_WORDS``
    words at most, no sentence's end) with a picture's placeholder right above
    it and right below it: a gallery's caption or a card's name in a grid of
    pictures, where the article's sentences and headings sit between its
    paragraphs."""
    placeholder, lines, n = page.column("placeholder"), page.lines, len(page.lines)
    return {p for p in positions if 0 < p < n - 1 and placeholder[p - 1] and placeholder[p + 1]
            and page.words[p] <= _BETWEEN_WORDS and not lines[p].endswith(_PICTURE_NOT_ENDS)}


def _named_picture(line: str, words: int) -> bool:
    """Alt text that names what a picture shows in lower case, opening with
    a noun or a verb ("woman lifting a dumbbell", "sourdough loaf on a
    rack"): a lowercase first word that is no function word (a sentence's
    rest opens with one: "and then ...", "is the ..."), ``_NAMED_WORDS`` words
    at most, at most one capitalised, and no character of code."""
    first = line.split(" ", 1)[0]
    return words <= _NAMED_WORDS and first.isalpha() and first.islower() \
        and first not in ALL_STOPWORDS and _CODE.isdisjoint(line) \
        and sum(w[:1].isupper() for w in line.split()) <= 1


def without_lowercase_pictures(page: Page, body: list[int]) -> list[int]:
    """``body`` without a picture's alt text written in lower case
    (:data:`LOWERCASE_PICTURE` or :func:`_named_picture`, ``_PICTURE_WORDS``
    words at least) between
    a line that finished a sentence and the next, finishing none itself (or
    trailing off, "..."): a sentence broken over lines runs on from a line
    that did not finish. The pictures of a row print their alt texts one under
    another: a line so shaped right under such alt text is alt text too."""
    lines = page.lines

    def picture(prev: int, pos: int, after_picture: bool) -> bool:
        line = lines[pos]
        return line[:1].islower() and page.words[pos] >= _PICTURE_WORDS \
            and (after_picture or lines[prev].endswith(_SENTENCE_ENDS)) \
            and (not line.endswith(_PICTURE_NOT_ENDS) or line.endswith(_TRAILING)) \
            and (LOWERCASE_PICTURE.match(line) is not None or _named_picture(line, page.words[pos]))

    drop: set[int] = set()
    for prev, pos in zip(body, body[1:]):
        if picture(prev, pos, prev in drop):
            drop.add(pos)
    return [p for p in body if p not in drop] if drop else body
