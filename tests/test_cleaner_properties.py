"""Invariants of the cleaner, for any input, plain text and HTML: it never
raises, it invents no word (body, title, captions), and it leaves an already
clean article as it is."""
from __future__ import annotations

import html
import re
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from worker.cleaning import extract
from worker.cleaning.normalize import INVISIBLE
from worker.cleaning.text import extract_text

_WORD = re.compile(r"\w+")
_TAG = re.compile(r"<[^<>]*>")
_UNSEEN = re.compile(r"<(script|style|template)\b.*?</\1\s*>|<!--.*?-->", re.S | re.I)
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
SEED = (Path(__file__).resolve().parent.parent / "seeds" / "us-japan-2plus2.txt").read_text("utf-8")
SEED_LINES = [line for line in SEED.splitlines() if line.strip()]
MENU = ["Home", "News", "Share", "image", "Read More", "Subscribe", "Related articles", "© 2025 Example",
        "• Politics", "[logo.png]", "Leave a Reply", "Photo: Reuters", "By Jane Doe", "12 March 2025"]
SENTENCES = [
    "The committee met on Tuesday to discuss the budget for the coming year.",
    "Residents said they had waited for the new school for more than a decade.",
    "Officials expect the work to be finished before the end of the summer.",
    "It is the third time this year that the river has flooded the lower town.",
    "The company said it would hire two hundred people at the new plant.",
    "Critics of the plan argue that it does too little for families on low incomes.",
]

#: a line as a text browser or inscriptis prints it: indented by its depth, perhaps bulleted
printed_line = st.tuples(st.sampled_from(["", "    ", "          "]), st.sampled_from(["", "* ", "• "]),
                         st.sampled_from(MENU + SEED_LINES + SENTENCES)).map("".join)
page_lines = st.lists(st.one_of(st.sampled_from(MENU), st.sampled_from(SEED_LINES), printed_line,
                                st.sampled_from(["", " "]), st.text(max_size=40)), max_size=60)
fast = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def words_of(text: str | None) -> set[str]:
    return set(_WORD.findall(text or ""))


@fast
@given(st.text(max_size=400))
def test_cleaning_never_raises_on_any_string(text):
    found = extract(text, "text")
    assert isinstance(found.body, str)
    assert "\n\n\n" not in found.body


@fast
@given(page_lines)
def test_every_word_of_the_output_comes_from_the_input(lines):
    page = "\n".join(lines)
    found = extract_text(page)
    # a soft hyphen or zero-width space splits no word; NFC makes canonically equal characters one ("豈")
    source = words_of(unicodedata.normalize("NFC", INVISIBLE.sub("", page)))
    assert words_of(found.body) <= source
    assert words_of(found.title) <= source
    for caption in found.captions:
        assert words_of(caption.text) | words_of(caption.credit) <= source
    assert all(line.strip() for line in found.body.split("\n\n")) or found.body == ""


@fast
@given(st.lists(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4), min_size=3, max_size=12))
def test_cleaning_a_clean_article_keeps_its_paragraphs(paragraphs):
    body = "\n\n".join(" ".join(sentences) for sentences in paragraphs)
    assert extract_text(body).body == body


def test_cleaning_the_seeds_body_again_keeps_it():
    body = extract_text(SEED).body
    assert extract_text(body).body == body


def test_the_same_page_always_gives_the_same_extraction():
    assert extract_text(SEED) == extract_text(SEED)


def test_cleaning_a_news_pages_body_again_keeps_it():
    page = (Path(__file__).resolve().parent.parent / "seeds" / "harbour-ferry.txt").read_text("utf-8")
    body = extract_text(page).body
    assert body and extract_text(body).body == body


#: a line of a page printed as Markdown: a link, a picture, a heading, a list item, bold or
#: emphasised words, an escape, a table's row, or anything
_MARKED = st.sampled_from(MENU + SENTENCES)
markdown_line = st.one_of(
    st.tuples(st.sampled_from(["", "  * ", "# ", "## ", "> ", "- ", "1\\. "]),
              st.sampled_from(["[{}](/a)", "![{}](/b.jpg)", "[![{}](/c.png)](/d)", "**{}**", "_{}_", "{}",
                               "[{}](/e \"t\")", "{} | {}", "\\*{}\\*", "[{}][1]"]),
              _MARKED).map(lambda t: t[0] + t[1].format(t[2], t[2])),
    st.sampled_from(["", "* * *", "---|---", "[1]: https://example.org/", "![](/f.png)"]),
    st.text(alphabet="[]()!*_#>|`\\-: ab\n", max_size=30))
_MARKS = re.compile(r"[\W_]+")


@fast
@given(st.lists(markdown_line, min_size=3, max_size=60))
def test_a_page_printed_as_markdown_is_cleaned_without_error_or_invented_words(lines):
    """Whatever the Markdown, cleaning it raises nothing, and every word it
    gives is the page's (marks apart: "_word_" gives "word"), but for the
    "image" of a picture with no alt text."""
    page = "\n".join(["[Home](/) [News](/n) [Sport](/s)", *lines])
    found = extract_text(page)
    source = set(_MARKS.split(page)) | {"image"}
    for text in (found.body, found.title, *(c.text for c in found.captions)):
        assert set(_MARKS.split(text or "")) <= source


SUBHEADINGS = ["Background", "What happens next", "Why it matters", "Reaction"]
SECTION = st.tuples(st.sampled_from(SUBHEADINGS),
                    st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=3))


@fast
@given(st.lists(SECTION, min_size=1, max_size=6))
def test_a_clean_article_keeps_its_short_subheadings(sections):
    body = "\n\n".join(f"{heading}\n\n{' '.join(sentences)}" for heading, sentences in sections)
    assert extract_text(body).body == body


# --- HTML: the same invariants ------------------------------------------------

TAGS = ["<p>", "</p>", "<div>", "</div>", "<article>", "</article>", "<nav>", "</nav>", "<h1>", "</h1>",
        "<figure>", "<figcaption>", "</figcaption>", "</figure>", "<img alt='Photo: Reuters'>", "<br>",
        "<script>var x = 1;</script>", "<!-- note -->", "<table><tr><td>", "</td></tr></table>",
        "<title>", "</title>", "<meta property='og:title' content='Council votes'>",
        "<meta name='author' content='Jane Doe'>", "<time datetime='2024-05-06'>", "</time>",
        "&amp;", "&eacute;", "&#x41;", "&#0;", "&nbsp;", "<", ">", "&"]
html_pages = st.lists(st.one_of(st.sampled_from(TAGS), st.sampled_from(SENTENCES), st.sampled_from(MENU),
                                st.text(max_size=30)), max_size=60).map("".join)


@fast
@given(html_pages)
def test_cleaning_html_never_raises(page):
    found = extract(page, "html")
    assert isinstance(found.body, str) and "\n\n\n" not in found.body


@fast
@given(st.text(max_size=400))
def test_cleaning_any_string_as_html_never_raises(text):
    assert isinstance(extract(text, "html").body, str)


@fast
@given(html_pages)
def test_every_word_of_an_html_pages_output_comes_from_the_input(page):
    found = extract(page, "html")
    # the words of the page as written and as read (entities decoded, markup
    # and scripts dropped; C0 control characters are invisible, dropped as the
    # cleaner drops soft hyphens). Text on both sides of markup a browser
    # ignores or keeps inline ('Home</div>The', 'Home<The ...>' an unknown
    # element) shows as one word: a word of the output may glue words of the
    # input, never make up a letter.
    source = set()
    for form in (page, _TAG.sub("", _UNSEEN.sub("", page))):
        for read in (form, html.unescape(form)):
            for visible in (INVISIBLE.sub("", read), _CONTROL.sub("", INVISIBLE.sub("", read))):
                source |= words_of(visible) | words_of(unicodedata.normalize("NFC", visible))
    shown = words_of(found.body) | words_of(found.title)
    for caption in found.captions:
        shown |= words_of(caption.text) | words_of(caption.credit)
    assert not {word for word in shown if not glued_from(word, source)}


def glued_from(word: str, source: set[str]) -> bool:
    """Whether ``word`` is one or more words of ``source`` put together."""
    ends = {0}
    for end in range(1, len(word) + 1):
        if any(word[start:end] in source for start in ends if start < end):
            ends.add(end)
    return len(word) in ends


def test_deeply_nested_and_truncated_html_clean_without_error():
    paragraph = "<p>" + SENTENCES[0] * 4 + "</p>"
    nested = "<div>" * 100_000 + paragraph + "</div>" * 100_000
    assert extract(nested, "html").body.startswith(SENTENCES[0])
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    page = (seeds / "harbour-ferry-electric.html").read_text("utf-8")
    for cut in range(0, len(page), max(1, len(page) // 40)):
        assert isinstance(extract(page[:cut], "html").body, str)


@given(st.lists(st.text(alphabet="ab \n", max_size=12), min_size=1, max_size=6),
       st.text(alphabet="ab ", min_size=1, max_size=4))
def test_headline_echoes_count_as_str_count_does(lines, text):
    from worker.cleaning.title import _echo_counts

    joined = "\n" + "\n".join(lines) + "\n"
    times = joined.split("\n").count(text)
    total = joined.count(text)
    expected = [0.0] * 3
    if total > times:
        first, last = joined.count("\n" + text) - times, joined.count(text + "\n") - times
        expected = [max(first, 0), max(last, 0), max(total - times - first - last, 0)]
    assert _echo_counts(joined, [text], [times]).tolist() == [expected]


@given(st.lists(st.text(alphabet="abc \n\u00e9\U0001f600", max_size=20), min_size=1, max_size=6),
       st.lists(st.text(alphabet="abc \u00e9\U0001f600", min_size=1, max_size=7), min_size=1, max_size=5))
def test_places_are_every_place_a_search_finds(lines, texts):
    from worker.cleaning import places as module

    joined = "\n" + "\n".join(lines) + "\n"
    every = [[at for at in range(len(joined)) if joined.startswith(t, at)] for t in texts]
    assert module.places(joined, texts) == every
    # a short page is searched; the hashing of a longer one finds the same places
    searched, module._SEARCHED = module._SEARCHED, -1
    try:
        assert module.places(joined, texts) == every
        # a tuple's table (a rule's hints) is made once and read again: the same places, twice
        assert module.places(joined, tuple(texts)) == every
        assert module.places(joined, tuple(texts)) == every
    finally:
        module._SEARCHED = searched


_PIECES = ["the", "and", "The", "season,", "review", "thank you.", "(1785)", ",", ";", "über", "Über", "ΟΔΟΣ",
           "de", "et", "Der", "said", "?", "»", "é", "x)", "-", "\U0001f600"]


@given(st.lists(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=4), min_size=1, max_size=8))
def test_a_page_reads_which_lines_run_on_as_each_line_would(pieces):
    from worker.cleaning.lines import read_page, runs_on

    page = read_page("\n".join(" ".join(words) for words in pieces))
    expected = [runs_on(line, following) for line, following in zip(page.lines, page.lines[1:])] + [False]
    assert page.runs_on.tolist() == expected


@fast
@given(page_lines)
def test_a_line_printed_once_is_no_duplicate(lines):
    # the region's passes read the lines printed once from the ``duplicate`` column, not ``page.times``
    from worker.cleaning.lines import read_page

    page = read_page("\n".join(lines))
    if page.lines:
        assert (page.column("duplicate") == 0).tolist() == [page.times[line] == 1 for line in page.lines]


@given(st.lists(st.text(alphabet="abc \u00e9", max_size=12), min_size=1, max_size=8),
       st.lists(st.text(alphabet="abc \u00e9", min_size=1, max_size=6), min_size=1, max_size=5))
def test_the_lines_holding_a_hint_are_those_a_search_of_each_line_finds(lines, hints):
    from worker.cleaning.lines import lines_holding

    assert lines_holding(lines, tuple(hints)) == [k for k, line in enumerate(lines)
                                                  if any(hint in line for hint in hints)]


@given(st.text(min_size=1, max_size=30))
def test_the_class_of_each_character_is_what_its_str_methods_say(chars):
    import unicodedata

    import numpy as np

    from worker.cleaning.lines import DECIMAL, DIGIT, LOWER, UNCASED, UPPER, char_classes
    from worker.cleaning.rules.bylines import UNCASED_NAME_START

    codes = np.frombuffer(chars.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    # lower: a lowercase letter a sentence would open on capitalised (not Georgian's, nor "ⓒ");
    # uncased: a letter of a script without capitals that opens a heading as a capital does
    expected = [(unicodedata.category(c) == "Ll" and c.title() != c) * LOWER | c.isupper() * UPPER
                | c.isdigit() * DIGIT | c.isdecimal() * DECIMAL
                | (UNCASED_NAME_START.match(c) is not None) * UNCASED for c in chars]
    assert char_classes(codes, chars).tolist() == expected


_LANGUAGE_CHARS = [*"aZé'’ _1٣ΣσİßﬁΟ\u0301\u0307-.\n", "\U0001d400"]


@given(st.text(alphabet=st.sampled_from(_LANGUAGE_CHARS), max_size=40))
def test_the_words_of_the_language_guess_are_those_the_pattern_finds(text):
    from worker.cleaning.language import lowered_words, words

    assert lowered_words(text) == [word.lower() for word in words(text)]


@given(st.lists(st.sampled_from([*"aZqQ' _1-.\n\t", "don't", "IT'S", "rock'n'roll", "''"]), max_size=20))
def test_the_words_of_ascii_text_are_those_the_pattern_finds(pieces):
    from worker.cleaning.language import _ASCII_WORD, lowered_words

    text = "".join(pieces)
    assert lowered_words(text) == _ASCII_WORD.findall(text.lower())


_TEXT_WORDS = ["tea", "te", "a", "über", "Tea", "ΟΔΟΣ", "x1", "_", "tea-time", "…", "\U0001d400"]


@given(st.lists(st.sampled_from(_TEXT_WORDS), max_size=12),
       st.lists(st.sampled_from(["tea", "te", "a", "über", "ea", "οδος", "x1", "_", "time"]), max_size=20))
def test_known_words_found_in_a_text_are_its_words_among_them(pieces, known):
    from worker.cleaning.title import _among, _spaced_words, _words

    text = " ".join(pieces)
    spaced = _spaced_words([text])
    if spaced is None:
        return
    expected = set(known).intersection(*_words([text]))
    assert _among(set(known), spaced[0]) == expected
    assert _among(set(known) | {f"w{k}" for k in range(20)}, spaced[0]) == expected


_OPENING_PIECES = ["By", "by", "BY", "written by", "Posted on", "von", "PAR", "Author:", "İn this article",
                   "ın this article", "Home", "»", "• item", "1.", "٣)", "a)", "Z)", "Updated", "5 min read",
                   "jane", "Doe", "-", "\u212a", "ſ", "home /", "x", ""]


def _lines_starting(pattern, joined, starts):
    """The lines a search of the whole page finds ``pattern`` starting (a match
    running into the next lines hides their starts, as ``finditer`` goes on)."""
    found = [m.start() for m in pattern.finditer(joined) if "\n" not in m.group()[1:]]
    return starts.searchsorted(found).tolist()


@given(st.lists(st.lists(st.sampled_from(_OPENING_PIECES), min_size=1, max_size=3), min_size=1, max_size=8))
def test_lines_opening_as_a_pattern_can_are_all_the_lines_it_matches(pieces):
    import numpy as np

    from worker.cleaning.lines import _ANCHORED, _OPENS, lines_starting_among

    lines = [" ".join(words).strip() or "x" for words in pieces]
    joined = "\n" + "\n".join(lines)
    starts = np.array([0, *np.cumsum([len(line) + 1 for line in lines[:-1]])])
    for name, table in _OPENS.items():
        opening = [k for k, line in enumerate(lines) if table[min(ord(line[0]), 0xFFFF)]]
        assert lines_starting_among(_ANCHORED[name], joined, starts.tolist(), opening) \
            == _lines_starting(_ANCHORED[name], joined, starts)


_PAIR_PIECES = [*_OPENING_PIECES, "b", "y Jane", "5", "12", "1)", "•", "•\t", "wr", "itten by"]


@given(st.lists(st.lists(st.sampled_from(_PAIR_PIECES), min_size=1, max_size=3), min_size=1, max_size=8))
def test_lines_opening_on_two_characters_a_pattern_can_are_all_the_lines_it_matches(pieces):
    """The lines picked by their first two characters (the second one the
    newline after a line of one, or none at the page's end) are all those a
    pattern matches at, and hide the same starts."""
    import numpy as np

    from worker.cleaning.lines import _ANCHORED, _PAIRS, _may_open, lines_starting_among

    lines = [" ".join(words).strip() or "x" for words in pieces]
    joined = "\n".join(lines)
    starts = np.array([0, *np.cumsum([len(line) + 1 for line in lines[:-1]])])
    codes = np.array([ord(c) for c in joined], dtype=np.uint32)
    second = codes.take(starts + 1, mode="clip")
    second[starts + 1 >= len(codes)] = 0xFFFF
    for name in _PAIRS:
        assert _PAIRS[name] is not None
        opening = _may_open(name, codes[starts], second).nonzero()[0].tolist()
        assert lines_starting_among(_ANCHORED[name], "\n" + joined, starts.tolist(), opening) \
            == _lines_starting(_ANCHORED[name], "\n" + joined, starts)


def test_the_ways_a_pattern_opens_on_two_characters():
    """:func:`~worker.cleaning.openings._prefixes` reads literals, classes,
    groups, branches and repeats; what it cannot read, or what may match
    fewer than two characters, gives no pair tables."""
    import re

    from worker.cleaning.openings import _prefixes, pair_tables, sre_parse

    def ways(pattern):
        return sorted(_prefixes(sre_parse.parse(pattern), 2))

    assert ways(r"^(?:by|von)\s") == [(("b",), ("y",)), (("v",), ("o",))]
    assert ways(r"\d{1,3}[.)]") == [((r"\d",), (r"\.", r"\)")), ((r"\d",), (r"\d",))]
    assert ways(r"(?=x)a(?:b|)c") == [(("a",), ("b",)), (("a",), ("c",))]
    assert pair_tables(re.compile(r"a?b")) is None
    assert pair_tables(re.compile(r"(?:a*)*b")) is None
    first, second = pair_tables(re.compile(r"by\b", re.IGNORECASE))
    assert first[ord("B")] & second[ord("Y")] and not first[ord("B")] & second[ord("e")]


def test_an_opening_character_is_folded_as_the_pattern_folds_its_letter():
    """The table of a case-blind pattern's opening characters is read with a
    class of its first letters: ``re`` must fold a letter alone and in a
    class alike ("i" is "İ" and "ı" too), over the whole BMP."""
    import re

    from worker.cleaning.openings import _BMP

    for letter in "abcdefghijklmnopqrstuvwxyz0":
        assert re.findall(letter, _BMP, re.IGNORECASE) == re.findall(f"[{letter}]", _BMP, re.IGNORECASE)


def test_alternatives_are_grouped_by_their_first_character():
    from worker.cleaning.openings import by_first_character

    assert by_first_character(r"learn more|(?:see|view) deal|listen|\d+ likes?|\d?x|\d+ min|(?:a|b)?c|[x|]") \
        == r"(?:learn more|listen)|see deal|view deal|(?=\d)(?:\d+ likes?|\d+ min)|\d?x|ac|bc|c|[x|]"


def _widget_lines():
    """Lines a widget's alternative matches as a whole (all but one look-ahead's), and any text."""
    from worker.cleaning.openings import _alternatives
    from worker.cleaning.rules.boilerplate import _WIDGET_ALTERNATIVES

    written = [a for a in _alternatives(_WIDGET_ALTERNATIVES) if "(?=" not in a]
    return st.one_of(st.sampled_from(written).flatmap(lambda a: st.from_regex(a, fullmatch=True)),
                     st.text(max_size=40))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_the_widget_pattern_grouped_matches_as_written(data):
    from worker.cleaning.rules.boilerplate import _WIDGET_ALTERNATIVES, _WIDGET_CLOSE, _WIDGET_OPEN, WIDGET

    written = re.compile(_WIDGET_OPEN + _WIDGET_ALTERNATIVES + _WIDGET_CLOSE, WIDGET.flags)
    assert written.pattern != WIDGET.pattern
    line = data.draw(_widget_lines())
    for text in (line, line.lower(), f"• {line}", f"{line}."):
        assert (WIDGET.match(text) is None) == (written.match(text) is None)


@fast
@given(page_lines)
def test_a_depth_indented_page_is_told_alike_from_its_code_points(lines):
    """The cheap bound of :func:`~worker.cleaning.layout.is_depth_indented`
    counted on the page's code points decides as the counts of its text do."""
    from worker.cleaning.layout import is_depth_indented
    from worker.cleaning.normalize import code_points

    for text in ("\n".join(lines), "\n".join("    " + line for line in lines), "\r\n".join(lines)):
        assert is_depth_indented(text, code_points(text)) == is_depth_indented(text)


_PREFIX_OPENINGS = ["Copyright", "COPYRIGHT", "© 2025", "Sponsored", "ΣΟΦΙΑ", "İstanbul", "• Share", "— Read",
                    "“Tags", "x", "Ärger", "\U0001f600 Share", "...", "", " "]


@given(st.lists(st.sampled_from(_PREFIX_OPENINGS), min_size=1, max_size=3))
def test_a_line_whose_key_opens_on_a_furniture_prefix_opens_on_a_character_the_gate_lets_through(pieces):
    """Lines are compared with the furniture prefixes only when their first
    character may open a key (:func:`~worker.cleaning.lines.key_of`) that
    opens on one: every line whose key does is let through."""
    from worker.cleaning.lines import (
        _ALL_PREFIXES_BY_FIRST,
        _OPENS_ANY_PREFIX,
        _OPENS_PREFIX,
        _PREFIXES_BY_FIRST,
        key_of,
    )
    from worker.cleaning.rules.boilerplate import PREFIXES, UNSPACED_PREFIXES

    line = " ".join(pieces).strip() or "x"
    every = PREFIXES + UNSPACED_PREFIXES
    for table, grouped, prefixes in ((_OPENS_PREFIX, _PREFIXES_BY_FIRST, PREFIXES),
                                     (_OPENS_ANY_PREFIX, _ALL_PREFIXES_BY_FIRST, every)):
        for text in (line, prefixes[len(line) % len(prefixes)].upper() + line, line.upper()):
            key = key_of(text)
            if key.startswith(grouped.get(key[:1], ())):
                assert table[min(ord(text[0]), 0xFFFF)]


_COMMENT_PIECES = ["3 Responses to", "responses to", "RESPONSES TO", "Re\u017fponses to", "\u0130",
                   "Jane Doe", "says:", "Reply", "12 comments", "Log in to reply", "the", "respon", "ses to",
                   "-", "»"]


@given(st.lists(st.lists(st.sampled_from(_COMMENT_PIECES), min_size=1, max_size=4), min_size=1, max_size=8))
def test_a_pages_comment_headers_are_the_short_lines_the_pattern_matches(pieces):
    """The comment-header column (its gates read over the whole page: "respons"
    found by one search, on pages whose lowercase is as long as they are or not)
    marks the short lines :data:`~worker.cleaning.rules.shapes.COMMENT_HEADER` matches."""
    from worker.cleaning.lines import _SHORT, read_page
    from worker.cleaning.rules.shapes import COMMENT_HEADER

    page = read_page("\n".join(" ".join(words) for words in pieces))
    expected = [COMMENT_HEADER.match(line) is not None and words <= _SHORT
                for line, words in zip(page.lines, page.words)]
    assert page.column("comment_header").astype(bool).tolist() == expected


_LONG_LINE_WORDS = ["the", "of", "na", "ya", "wa", "kitabu", "mtoto", "shule", "copy", "and"]


@given(st.lists(st.lists(st.sampled_from(_LONG_LINE_WORDS), min_size=10, max_size=14),
                min_size=3, max_size=6))
def test_a_pages_own_function_words_are_read_only_below_the_known_share(pieces):
    """A page's own function words are read only when under a quarter of its
    long lines' words are known ones (the share counted as ``mean`` counts it)."""
    import numpy as np

    from worker.cleaning.language import _KNOWN_SHARE, own_function_words
    from worker.cleaning.rules.stopwords import ALL_STOPWORDS

    tokens = [word for words in pieces for word in words]
    is_known = np.array([word in ALL_STOPWORDS for word in tokens])
    own = own_function_words(tokens, np.array([len(words) for words in pieces]), is_known)
    if is_known.mean() >= _KNOWN_SHARE:
        assert own == frozenset()
