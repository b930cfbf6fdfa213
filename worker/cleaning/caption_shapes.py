"""How a line reads to the caption finder (:mod:`.captions`): a caption's
phrase or a paragraph's sentence, a picture's description, a name alone,
a credit label, a photographer's credit. Tests of one line or two, no
search."""
from __future__ import annotations

import re
from itertools import compress, repeat

from .lines import key_of
from .rules.boilerplate import CARD_BLURB
from .rules.bylines import NAME_JOINER, WIRE_BYLINE
from .rules.credits import (
    BARE_CREDIT_LABELS,
    CREDIT_LABELS,
    STUDIO_WORDS,
    UPPER,
)
from .rules.shapes import COMMAS, SENTENCE_ENDS
from .rules.stopwords import ALL_STOPWORDS

#: a caption is at most this long; longer lines are paragraphs
MAX_WORDS = 70
#: alt text repeated as the caption below it is at least this long
MIN_ALT_WORDS = 4
SENTENCE_END = tuple(SENTENCE_ENDS)
_COMMAS = tuple(COMMAS)
#: a line printed twice in a row is alt text and caption from this long
_MIN_TWIN_WORDS = 6
#: ... and from this long under a paragraph
_MIN_UNDER_PROSE_TWIN_WORDS = 5
#: a caption broken at a link or an italic name is joined again from lines this short
FRAGMENT_HEAD_WORDS = 8
#: a caption's text after a picture label ("Image: Jose Mourinho, left, ...") is at least this long
MIN_LABELLED_WORDS = 3
#: a caption printed again just below as the article's opening line starts with the same
#: words and shares this much of the rest
_LEAD_REPEAT_START, _LEAD_REPEAT_SHARE = 6, 0.8


def fragment_start(line: str) -> bool:
    """The line continues a sentence broken at a link (", the bacteria ...")."""
    return line[0].islower() or line[0] in ",.;:)]"


def open_sentence(line: str) -> bool:
    """The line stops mid-sentence ("... writes the", "according to")."""
    return line.endswith(_COMMAS) or line.rsplit(" ", 1)[-1].lower() in ALL_STOPWORDS


_LABEL_ENDS = (":", "...", "…")
#: how the lines end that may be a credit label alone: its punctuation, or a label printed bare, or
#: with the comma a renderer leaves when it breaks the label from its credit ("Image source," /
#: "Getty Images", as BBC pages print them)
_BARE_ENDS = tuple(sorted({end + comma for label in BARE_CREDIT_LABELS
                           for end in (label.rsplit(" ", 1)[-1], label.rsplit(" ", 1)[-1].title())
                           for comma in ("", ",")}))


def is_label(line: str) -> bool:
    """A credit label standing alone: "Credit...", "Photo:", "Image:", or
    one a page prints without a colon ("Image copyright")."""
    key = key_of(line)
    return (line.endswith(_LABEL_ENDS) and key in CREDIT_LABELS) or key in BARE_CREDIT_LABELS


def camel_case(line: str) -> bool:
    """The line opens with a lowercase brand name ("iFixit", "iStock")."""
    first = line.split(" ", 1)[0]
    return first[0].islower() and any(map(str.isupper, first[1:]))


def unfinished_phrase(line: str) -> bool:
    """A phrase of mostly lowercase words and some function words that stops
    without a full stop: a picture's description ("Researchers have pinpointed
    the earliest evidence ... in Russia"), where a headline is capitalised and
    a paragraph ends its sentence. Printed twice in a row inside the article,
    it is alt text and caption."""
    tokens = line.split()
    return len(tokens) >= _MIN_TWIN_WORDS and not line.endswith((*SENTENCE_END, ":", ",")) \
        and sum(w[0].isupper() for w in tokens) * 2 < len(tokens) \
        and sum(w.lower() in ALL_STOPWORDS for w in tokens) >= _MIN_FUNCTION_WORDS


#: a person's name: two or three capitalised words, accented ("Juan Pérez") or an initial ("Amy K. Dragoo")
_NAME_WORD = r"(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ][\w'’-]*|[A-Z]\.)"
_PERSON = re.compile(rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}}")
#: a publication's name is printed this often on its own page (masthead, menus, footer)
_SITE_NAME_LINES = 3
#: ... on short lines of its own
_SITE_NAME_WORDS = 4
#: a staff photographer's credit closes a short caption, not a paragraph
MAX_STAFF_CAPTION_WORDS = 30


def describes(text: str, most: int = MAX_STAFF_CAPTION_WORDS) -> bool:
    """The text reads as a picture's description: a phrase or a sentence
    ("A pair of earbuds beside their case."), not a heading ("Legal
    Scholarship", "Fluke BT510 Battery Analyzer"), a list item or an aside."""
    tokens = text.split()
    return MIN_ALT_WORDS + 1 <= len(tokens) <= most and text[0].isalpha() \
        and sum(w[0].isupper() for w in tokens) * 2 < len(tokens)


def photographer(credit: str) -> bool:
    """A person's name, then a slash or a bar and a publication's ("Jane
    Doe/The Daily Planet", "JANE DOE / HARBOUR NEWS", "Jane Doe | The Daily
    Planet")."""
    person, _, other = (part.strip() for part in credit.replace(" | ", "/", 1).partition("/"))
    return bool(other) and (person.istitle() or person.isupper()) \
        and _PERSON.fullmatch(person.title()) is not None \
        and all(w[0].isupper() or w in _NAME_JOINERS for w in other.split())


def wire_byline(line: str) -> bool:
    """The line is a byline without its label, shaped as a credit: people's
    names and the news agency they write for ("Jane Doe, Reuters", "JANE DOE
    | AFP", "Jane Doe and John Roe (AP)"); not a picture library's credit
    ("Jane Doe, Getty Images") nor a slash's ("Jane Doe/Reuters")."""
    found = WIRE_BYLINE.fullmatch(line)
    return found is not None and all(
        _PERSON.fullmatch(name.title() if name.isupper() else name) is not None
        for name in NAME_JOINER.split(found.group("names")))


#: a photographer and a publication closing a caption's sentence ("... bridge. Jane Doe / The Daily Planet",
#: "... bridge. Jane Doe | The Daily Planet")
CLOSING_PHOTOGRAPHER = re.compile(rf"(?<=[.!?”\"]\s)(?P<credit>(?:[{UPPER}][\w'’-]+|[{UPPER}]\.)"
                                   rf"(?:\s+(?:[{UPPER}][\w'’-]+|[{UPPER}]\.)){{1,2}}(?:\s*/\s*|\s+\|\s+)[{UPPER}][\w.&'’/-]*"
                                   r"(?:\s+[\w.&'’/-]+){0,4})\s*$")


#: a photographer's name alone after a dash closing a caption's sentence ("... on Monday. – Jane Doe")
CLOSING_DASH_NAME = re.compile(rf"(?<=[.!?])\s+[–—]\s*(?P<credit>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})\s*$")


#: a caption closed by its photographer's name with no credit word, which only a picture above
#: makes a credit: in parentheses, after the organisation they took it for and a colon, after a bar,
#: or with their paper after a comma ("... in January. (Jane Doe)", "(ABC News: Jane Doe)", "... |
#: Jane Doe", "... in January. Jane Doe, The Daily Planet")
_PHOTOGRAPHER_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}}"
_ORGANISATION = rf"(?:The\s+)?[{UPPER}][\w&'’.-]*(?:\s+[{UPPER}][\w&'’.-]*){{0,3}}"
CLOSING_BARE_NAME = re.compile(
    rf"(?<=\S)\s*(?:\(\s*(?P<credit>(?:{_ORGANISATION}\s*:\s*)?{_PHOTOGRAPHER_NAME})\s*\)"
    rf"|\s\|\s*(?P<barred>{_PHOTOGRAPHER_NAME})"
    rf"|(?<=[.!?])\s+(?P<paper>{_PHOTOGRAPHER_NAME},\s+{_ORGANISATION}))\s*\.?$")


#: a paper a photographer works for, named in another language than English: in guillemets or
#: quotes, or capitalised words ("pour « Le Monde »", "para EL PAÍS", "für Die Zeit", "per La Stampa")
_FOREIGN_PAPER = (rf"(?:«\s*[{UPPER}][^»\n]{{0,40}}?\s*»|„[{UPPER}][^“\n]{{0,40}}“|"
                  rf"[{UPPER}][\w&'’.-]*(?:\s+[{UPPER}][\w&'’.-]*){{0,4}})")
#: "for" in other languages, before the paper a photographer works for
_FOR = r"(?:pour|für|para|per|voor)"
#: a photographer's line under a caption: the paper they work for, or the paper after a bar ("Jane
#: Doe for The Daily Planet", "Jane Doe for NPR", "Jane Doe | The Daily Planet", "Jane Doe pour « Le
#: Monde »", "Jane Doe para EL PAÍS")
PAPER_PHOTOGRAPHER = re.compile(rf"(?:[{UPPER}][\w'’-]+|[{UPPER}]\.)"
                                rf"(?:\s+(?:[{UPPER}][\w'’-]+|[{UPPER}]\.)){{1,2}}"
                                r"(?:\s+for\s+(?:The\s+[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4}|[A-Z]{2,}(?:\s+[A-Z]{2,})?)"
                                rf"|\s+{_FOR}\s+{_FOREIGN_PAPER}"
                                r"|\s+\|\s+(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’./-]*){0,4})")
#: :data:`PAPER_PHOTOGRAPHER` in another language, closing a caption's sentence ("... le 5 janvier.
#: Jane Doe pour « Le Monde »")
CLOSING_FOREIGN_PAPER = re.compile(rf"(?<=[.!?”\"»]\s)(?P<credit>[{UPPER}][\w'’-]+"
                                   rf"(?:\s+[{UPPER}][\w'’-]+){{1,2}}\s+{_FOR}\s+{_FOREIGN_PAPER})\s*\.?$")


def describes_or_tells(text: str) -> bool:
    """:func:`describes`, or a sentence of a news caption, its names
    capitalised ("President Jane Doe at the Economic Club of New York last
    week."): a full stop, and function words among the names."""
    if describes(text):
        return True
    tokens = text.split()
    return MIN_ALT_WORDS + 1 <= len(tokens) <= MAX_STAFF_CAPTION_WORDS and text.endswith(".") \
        and text[0].isupper() and sum(w.lower() in ALL_STOPWORDS for w in tokens) >= _MIN_FUNCTION_WORDS


def staff_credit(credit: str, lines: list[str]) -> bool:
    """A credit to a person and the page's own publication ("Michael
    Hession/NYT Wirecutter", "Treehugger / Lindsey Reynolds"): one side of the
    slash is a person's name, the other names a word the page prints again and
    again. A slash between two things ("Cost / License", "Red/Blue LEDs") is
    not."""
    parts = [part.strip() for part in credit.split("/")]
    if len(parts) != 2:
        return False
    for person, other in (parts, parts[::-1]):
        if _PERSON.fullmatch(person):
            names = [w for w in other.split() if len(w) > 2 and w[0].isupper()]
            short = [line for line in lines if line.count(" ") < _SITE_NAME_WORDS]
            if any(sum(name in line for line in short) >= _SITE_NAME_LINES for name in names):
                return True
    return False


_IN_PARENTHESES = re.compile(r"\(\s*([^()]{2,60}?)\s*\)\.?")
#: a credit in parentheses names a person or an organisation: capitalised words and these
_NAME_JOINERS = frozenset("& / - of de du van von da di y and".split())
_MAX_NAME_WORDS = 6
#: a caption is a phrase: it has function words ("the", "who", "is")
_MIN_FUNCTION_WORDS = 2


def credit_in_parentheses(lines: list[str], words: list[int], p: int) -> str | None:
    """A name alone in parentheses under a caption that ends without a full
    stop: its credit ("Kevin Mayer, the Disney executive ..." / "(Walt
    Disney Co.)"). Under a sentence it is a citation or a note, under a name
    or a heading an affiliation or an abbreviation ("(NIH)"), so the line above
    must read as a caption: a phrase of mostly lowercase words and some
    function words, unfinished."""
    m = _IN_PARENTHESES.fullmatch(lines[p])
    if m is None or p == 0 or not 2 <= words[p] <= _MAX_NAME_WORDS:
        return None
    name = m.group(1).split()
    if not all(w[0].isupper() or w.lower() in _NAME_JOINERS for w in name):
        return None
    above = lines[p - 1]
    if not 5 <= words[p - 1] <= MAX_WORDS or above.endswith(SENTENCE_END) or fragment_start(above) \
            or above.endswith((":", ",")):
        return None
    tokens = above.split()
    if sum(w[0].isupper() for w in tokens) * 2 >= len(tokens) \
            or sum(w.lower() in ALL_STOPWORDS for w in tokens) < _MIN_FUNCTION_WORDS:
        # a heading, a name, or a row of figures ("Water Resistance 100 m 50 m ...")
        return None
    return m.group(1)


def after_picture_label(line: str, m: re.Match[str], words: int,
                         split: tuple[str, str | None]) -> str | None:
    """The caption after a picture label on its own line ("Image: Jose
    Mourinho, left, has replaced ..."), when what follows is no credit
    (``m`` is the label's match, ``split`` the line's :func:`split_credit`)."""
    if words > MAX_WORDS or open_sentence(line) or line.endswith(("(", "[")):
        return None
    rest = line[m.end():]
    if rest.count(" ") + 1 < MIN_LABELLED_WORDS or split[1] is not None:
        return None
    if m.group("video") and not describes(_past_number(rest), MAX_WORDS):
        return None
    return rest


def _past_number(text: str) -> str:
    """The text past the number that opens it, a year or a count ("2025 was
    a busy year ...", "12 engineers explain ..."): a description may open so."""
    head, _, tail = text.partition(" ")
    return tail if tail and head.rstrip(",:").isdigit() else text


_WORDS = re.compile(r"\w+")


def repeated_as_lead(line: str, below: str, words: int) -> bool:
    """The line below says this one again in other words, as the article's
    first sentence repeats the lead picture's (or video's) caption: the same
    opening words, then most of the rest."""
    if words < _LEAD_REPEAT_START or line == below:
        return False
    mine, theirs = _WORDS.findall(line.lower()), _WORDS.findall(below.lower())
    if len(theirs) < _LEAD_REPEAT_START or mine[:_LEAD_REPEAT_START] != theirs[:_LEAD_REPEAT_START]:
        return False
    own = set(mine)
    return sum(w in own for w in theirs) >= _LEAD_REPEAT_SHARE * len(theirs)


#: a product's heading under its maker's credit is this short
_MAX_HEADING_WORDS = 12
#: a maker's name: a few capitalised words, a company's suffix allowed ("Apple, Inc.")
_MAKER = re.compile(r"[A-Z0-9][\w&'’.-]*(?:,?\s+[A-Z0-9&][\w&'’.-]*){0,3}")


#: a rank opening a ranked list's heading ("#10: ", "No. 3: ", "3. ", "3) ")
_RANK = re.compile(r"(?:#\s?|No\.\s?|Nr\.\s?)?\d{1,3}\s?[:.)]\s+|#\d{1,3}\s+")


def maker_credit(line: str, below: str) -> bool:
    """Line ``line``, under a picture, credits the maker of the product the
    picture shows: it is a name alone, and the product's heading below opens
    with it ("Nintendo" / "Nintendo Switch Lite for $200", "Apple, Inc." /
    "Apple iPhone 11 Pro Max"), as a list of products prints each one. A
    sentence below is no heading: a name over a paragraph that opens with it
    is a person's or a product's section ("Jane Doe" / "Jane Doe is the ...").
    The heading of a ranked list may open with its rank and name the maker
    alone ("Acme" / "#10: Acme")."""
    if _MAKER.fullmatch(line) is None:
        return False
    name = line.split(",", 1)[0]
    ranked = _RANK.match(below)
    if ranked is not None:
        # a ranked list's heading, its rank first ("#10: Acme", "3. Acme Kettle"), the name alone or first
        below = below[ranked.end():]
        if below == name:
            return name.split(" ", 1)[0].lower() not in ALL_STOPWORDS
    return below.startswith(name + " ") and name.split(" ", 1)[0].lower() not in ALL_STOPWORDS \
        and below.count(" ") < _MAX_HEADING_WORDS and not below.endswith(SENTENCE_END)


#: a name, a title and a suffix are at most this many words ("Jane A. Doe, DVM")
_MAX_NAME_LINE_WORDS = 6


def bare_name(line: str) -> bool:
    """The line is a name alone: a few capitalised words and no function
    word ("Jane Doe, DVM", "Acme Team"), no description."""
    tokens = line.replace(",", " ").split()
    return len(tokens) <= _MAX_NAME_LINE_WORDS and all(t[0].isupper() or not t[0].isalpha() for t in tokens) \
        and not any(t.lower() in ALL_STOPWORDS for t in tokens)


def not_title_case(line: str) -> bool:
    """The line has a lowercase word that is no function word past its first
    ("Lockers in Hakone in Chokokunomori station"): a phrase, not a heading
    set in title case ("Residents & Medical Students")."""
    return any(w[0].islower() and w.lower() not in ALL_STOPWORDS for w in line.split()[1:])


def broken_at_function_word(pieces: list[str]) -> bool:
    """A line broken into ``pieces`` next to a lowercase function word, where
    a link on a name begins or ends ("View of" / "Mount Fuji from Arakuyama
    Sengen Park", "Sanba Gorge" / "in Tokigawa, Saitama"): a caption broken at
    its links, where a heading wrapped at a line break parts two capitalised
    words ("Company of the Year" / "Award Winners")."""
    return any(_lowercase_function_word(above.rsplit(" ", 1)[-1])
               or _lowercase_function_word(below.split(" ", 1)[0])
               for above, below in zip(pieces, pieces[1:], strict=False))


def _lowercase_function_word(word: str) -> bool:
    return word.islower() and word in ALL_STOPWORDS


_NAME_PART = r"(?:[A-Z][a-z][\w'’-]*|(?:[A-Z]\.)+)"
_FULL_NAME = rf"{_NAME_PART}(?:\s+{_NAME_PART}){{1,2}}"
#: two people credited together: "Abby and Lauren", "Jane & John Doe"
_TWO_NAMES = rf"{_NAME_PART}\s+(?:and|&)\s+{_NAME_PART}(?:\s+{_NAME_PART})?"
_CAPITALISED = r"[A-Z][\w'’&.-]*"
#: a studio's name may hold lowercase words ("For Just a Moment Photography", "vik Moon Photography")
_STUDIO_NAME_WORD = r"[\w'’&.-]+"
#: a photographer's credit printed alone: people's names ("Jane Doe", "Jane Doe; John P. Roe",
#: "Abby and Lauren"), a studio ("Ryan Ray Photography"), a name for a publication ("Jane Doe
#: for The Daily Planet")
CREDIT_NAME = re.compile(rf"(?:{_FULL_NAME}(?:\s*;\s*{_FULL_NAME})*|{_TWO_NAMES}"
                         rf"|(?:{_STUDIO_NAME_WORD}\s+){{1,4}}(?:{STUDIO_WORDS}))(?:\s+for\s+(?:The\s+)?{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,2}})?")
#: alt text set as search keywords, in lowercase, over a picture's credit is this long at least
_MIN_KEYWORD_ALT_WORDS = 3
#: search keywords: words and numbers, no sentence's punctuation
_KEYWORDS = re.compile(r"[^\W\d_][\w'’-]*(?:\s+[\w'’-]+)*")


def keyword_alt(line: str) -> bool:
    """Alt text set in lowercase as search keywords, no sentence ("focus on
    storytelling veranda top hosting trends", "shoe test collage"): a
    picture's stand-in, where a heading or a paragraph is capitalised and a
    sentence broken at a link has its punctuation."""
    return line.islower() and line.count(" ") + 1 >= _MIN_KEYWORD_ALT_WORDS \
        and _KEYWORDS.fullmatch(line) is not None


def twin_phrase(line: str) -> bool:
    """A line that, printed twice in a row under a paragraph, is a picture's
    alt text and caption: a phrase or a sentence of some length
    ("Carrying my backpack throughout Gion in Kyoto"), not a heading in title
    case nor a question (a teaser's headline, a FAQ's), nor a paragraph (a
    paragraph printed twice is kept once). Under a paragraph, a phrase one
    word shorter than an unfinished one will do ("Irrigating Zinfandel grapes
    in California"): the paragraph above and its lowercase words tell it from
    a heading."""
    return _MIN_UNDER_PROSE_TWIN_WORDS <= line.count(" ") + 1 <= MAX_STAFF_CAPTION_WORDS \
        and not line.endswith("?") and not_title_case(line)


#: a picture's alt text that names what the caption below it shows is this short
MAX_NAMING_ALT_WORDS = 8
#: ... and its function words count among its names when it is shorter than this
_NAMING_ALT_WORDS = 6
#: rows of a table or items of a list closed by this many words alike are no alt text and caption
_PARALLEL_WORDS = 4
#: a caption that says its picture again has none of these: a formula, a table's cells, a
#: price, a specification's "label: value", a question and its answer
NOT_CAPTION_MARKS = frozenset("=|$%:?")


def names_and_tells(alt: str, line: str, share: float | None = None) -> bool:
    """Line ``alt``, a short name ("SimpliSafe Outdoor Camera", "Hanami
    Dango"), is a picture's alt text that ``line`` below it, its caption, says
    again in a phrase that stops without a full stop ("Mounted on our fence,
    the SimpliSafe Outdoor Camera uses sirens to deter intruders"), as a
    paragraph does not; a heading over its paragraph ("Dwelling Protection" /
    "Dwelling protection is the cornerstone ...") is followed by sentences, and
    a card's title over its call ("Learn about the ...") is the site's teaser.
    ``share``: how much of the alt text the caption says again (most of it, unless
    the caller has another sign of a picture: :data:`NAMED_IN_PART`)."""
    share = _NAMED_SHARE if share is None else share
    tokens = line.split()
    if not (_MIN_TWIN_WORDS <= len(tokens) <= MAX_STAFF_CAPTION_WORDS) \
            or line.endswith((*SENTENCE_END, ":", ",")) or not alt[0].isalpha() \
            or alt.endswith((":", "?", "-", "–", "—")) or fragment_start(line) \
            or line[0] in "-+$£€" or open_sentence(line) or not not_title_case(line) \
            or not NOT_CAPTION_MARKS.isdisjoint(line) or CARD_BLURB.match(line) \
            or sum(w.lower() in ALL_STOPWORDS for w in tokens) < _MIN_FUNCTION_WORDS:
        return False
    named, told = _WORDS.findall(alt.lower()), set(_WORDS.findall(line.lower()))
    if alt.count(" ") < _NAMING_ALT_WORDS:
        return bool(named) and sum(w in told for w in named) >= share * len(named)
    # a longer alt text that describes the picture ("Ring doorbell with its light on") names
    # it in its content words; a clause of a sentence is no alt text, nor is a table's row or a
    # list's item over the next, both closed by the same words ("VPN Up to 10 devices per user")
    ending = alt.lower().split()[-_PARALLEL_WORDS:]
    if alt.endswith(SENTENCE_END) or _lowercase_function_word(alt.split(" ", 1)[0]) \
            or ending == line.lower().split()[-_PARALLEL_WORDS:]:
        return False
    named = [w for w in named if w not in ALL_STOPWORDS]
    return bool(named) and sum(w in told for w in named) >= share * len(named)


#: the share of the alt text's words that its caption says again
_NAMED_SHARE = 0.8
#: ... between two paragraphs, alt text and caption each a line of their own: half of them
#: ("Two Harbour Cranes" / "Most harbour cranes we inspected are bolted to a rail")
NAMED_IN_PART = 0.5


def name_word(line: str) -> bool:
    """The line is one capitalised word, a name ("Trafalgar")."""
    return line[0].isupper() and line.isalpha()


def opens_credit(line: str, closing: re.Match[str]) -> bool:
    """The closing label opens a credit ("... Sonoma CA. Photo:", "| Photo by",
    "Feature Image by"), not a list or a clause within a sentence ("...
    assessing your own images:")."""
    before = line[:closing.start()].rstrip()
    return not before or closing.group("label")[0].isupper() or before.endswith(tuple(".!?(|,–—-"))


def phrase_start(line: str) -> bool:
    """The line opens a caption's sentence that a link or an italic name
    breaks: a short phrase of mostly lowercase words with a function word,
    unfinished ("Head cells in the flatworm"), not a heading."""
    tokens = line.split()
    return len(tokens) <= FRAGMENT_HEAD_WORDS and not line.endswith((*SENTENCE_END, ":")) \
        and sum(w[0].isupper() for w in tokens) * 2 < len(tokens) \
        and any(map(ALL_STOPWORDS.__contains__, tokens))


def label_at(lines: list[str], p: int) -> bool:
    """Line p ends a credit label: the label itself ("Photo:"), or its colon
    on a line of its own under the word ("Photo" / ":"), as a renderer breaks
    a label set in its own tag."""
    line = lines[p]
    if line in _LABEL_ENDS:
        return p > 0 and key_of(lines[p - 1]) in CREDIT_LABELS
    return is_label(line)


def labels_in(lines: list[str], low: int, high: int) -> list[bool]:
    """:func:`label_at` of lines [low, high), tried only on the lines that end as a label does."""
    found = [False] * (high - low)
    for p in compress(range(low, high), map(str.endswith, lines[low:high], repeat(_LABEL_ENDS + _BARE_ENDS))):
        found[p - low] = label_at(lines, p)
    return found
