"""Markdown syntax as scrapers print a web page (html2text, Jina Reader,
Firecrawl, crawl4ai), and the plain text a text browser prints for each.

:data:`STEPS` is applied in order over the whole page, each one pattern
with its replacement, run when the page holds its ``guard``: pictures first
(a linked picture is a link whose text holds one), then links, then the
marks of lines (headings, quotes, bullets, rules), then those of words
(bold, emphasis, code), escapes last. ``PICTURE`` brackets a picture's alt
text until the links are gone, then it is put on a line of its own, as
text_bs prints a picture.

The page is read with a newline before it, so that every pattern of a
line's start opens with that newline and every other with a mark of its
own ("[", "*"): the regex engine then skips to where a match may start
instead of trying every character of the page.
"""
from __future__ import annotations

import re
from collections.abc import Callable

#: a control character (taken out of the page first), around a picture's alt text until its
#: line is made
PICTURE = "\x1e"

#: a link's target: an address (its parentheses balanced or escaped, or in angle brackets),
#: then an optional title in quotes (over lines, as a long one is printed; a quote or two inside
#: it are ones not closing the link; bounded, so that a title never closed costs little)
_TARGET = (r"""(?>\(\s*(?:<[^<>\n]*>|[^()\s\\]*(?:(?:\\.|\([^()\s]*\))[^()\s\\]*)*)"""
           r"""(?:\s+(?:"[^"]{0,1000}(?:"(?!\s*\))[^"]{0,1000}){0,2}"|'[^'\n]{0,1000}'))?\s*\))""")
#: a link's text: anything but brackets (escaped ones, and one pair inside, too), over lines
#: (a link around a block). Both are atomic: a link that is not one is given up at once, not
#: tried again shorter.
_TEXT = r"((?>[^\[\]\\]*(?:(?:\\.|\[[^\[\]\\\n]*\](?!\())[^\[\]\\]*)*))"
_LINK = re.compile(r"\[" + _TEXT + r"\](?:" + _TARGET + r"|\[[^\]\n]*\])")
#: the end of a line (the page has a newline before it, and none after)
_EOL = r"(?=\n|$)"

#: a table's rule under its head: "---|:---:|---"
_TABLE_RULE = r"[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*"
#: a table: its head (a picture may have taken it apart), its rule, and its rows (the lines
#: under the rule up to a blank one: a cell holding paragraphs runs over lines)
TABLE = re.compile(r"\n(?:([^\n]*\|[^\n]*)\n)?" + _TABLE_RULE + r"((?:\n[ \t]*\S[^\n]*)*)" + _EOL)
_CELL_EDGE = re.compile(r"[ \t]*(?<!\\)\|[ \t]*")


def _cells_apart(table: re.Match[str]) -> str:
    """A table's rows with their cells apart, as w3m prints them, and no rule."""
    return "\n" + _CELL_EDGE.sub("  ", (table.group(1) or "") + table.group(2))


#: the fields a reader service prints over the page it hands over, between its title and the page
READER_FIELDS = ("URL Source", "Published Time", "Description", "Warning", "Number of Pages")

#: (guard, pattern, replacement) in the order they apply; a step runs when the page holds its guard
STEPS: tuple[tuple[str, re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    # a reader service's header over the page (Jina Reader: "Title:", "URL Source:", ... "Markdown
    # Content:"): the title alone
    ("Markdown Content:", re.compile(r"\A\n(?:Title: ([^\n]*)\n+)?(?:(?:" + "|".join(READER_FIELDS)
                                     + r"): [^\n]*\n+)*Markdown Content:\n"), "\n\\1\n\n"),
    # links side by side, or apart by a separator only (a menu, a breadcrumb, tags): a line each
    ("", re.compile(r"(\](?:" + _TARGET + r"|\[[^\]\n]*\]))[ \t]*(?:[|·•/»>›-][ \t]*)?(?=!?\[)"), "\\1\n"),
    # ... or apart by a comma ("[Privacy Policy](..), [Terms](..)"), kept
    ("](", re.compile(r"(\](?:" + _TARGET + r"|\[[^\]\n]*\])),[ \t]*(?=!?\[)"), "\\1,\n"),
    # ![alt](src "title"), and ![alt][ref]: the alt text, marked
    ("![", re.compile(r"!\[" + _TEXT + r"\](?:" + _TARGET + r"|\[[^\]\n]*\])"), PICTURE + r"\1" + PICTURE),
    # [text](url "title"), [text][ref]: the text; twice, for a link inside a link's text
    ("", _LINK, r"\1"),
    ("](", _LINK, r"\1"),
    # a link whose address holds spaces (a share button's query, an anchor "#3. Title"): the text
    ("](", re.compile(r"\[" + _TEXT + r"\]\((?:[a-zA-Z][\w+.-]*:|/|#)"
                      r"(?>[^()\n\\]*(?:(?:\\.|\([^()\n]*\))[^()\n\\]*)*)\)"), r"\1"),
    # a reference's definition ("[1]: https://... "title""), an abbreviation's ("*[RSS]: Really Simple
    # Syndication", a tooltip)
    ("]:", re.compile(r"\n[ \t]{0,3}\*?\[[^\]\n]+\]:[ \t]*\S[^\n]*"), "\n"),
    # <https://...>, <mailto:...>: the address
    ("<", re.compile(r"<((?:https?|ftp|mailto):[^>\s]*)>"), r"\1"),
    # a picture with no alt text is the word "image", as text_bs prints one
    (PICTURE, re.compile(PICTURE + "[ \t]*" + PICTURE), PICTURE + "image" + PICTURE),
    # a picture that opens a list item is the item's text: on the bullet's line
    (PICTURE, re.compile("\n([ \t]*[*+-][ \t]+)[ \t]*" + PICTURE + "[ \t]*([^" + PICTURE + "\n]*?)[ \t]*"
                         + PICTURE + "[ \t]*"), "\n\\1\\2\n"),
    # any other picture: on a line of its own
    (PICTURE, re.compile(PICTURE + r"[ \t]*([^" + PICTURE + r"]*?)[ \t]*" + PICTURE + "[ \t]*"), r"\n\1\n"),
    # a table's cells "a| b | c": apart, as w3m prints them, without its rule
    ("|", TABLE, _cells_apart),
    # a horizontal rule ("* * *", "---", "___"), a heading's underline ("===", "---"), a code fence
    ("", re.compile(r"\n[ \t]*(?:(?:[*_-][ \t]*){3,}|=+[ \t]*|(?:```|~~~)[^\n]*)" + _EOL), "\n"),
    # "## Heading" (at a line's start, indented up to three spaces, or after a list's bullet): its text
    ("#", re.compile(r"#(?:(?<=\n#)|(?<=\n[ \t]#)|(?<=\n[ \t]{2}#)|(?<=\n[ \t]{3}#)|(?<=[*+-] #))#{0,5}"
                     r"(?:[ \t]+|" + _EOL + ")"), ""),
    # headings run together on one line (inside a link or a card): a line each (once the
    # headings that open a line are gone; "# " inside a line is a code's comment)
    ("#", re.compile(r"#(?<=[ \t]#)#{1,5}[ \t]+(?=\S)"), "\n"),
    # "> quoted": its text
    (">", re.compile(r"\n([ \t]*)(?:>[ \t]?)+"), "\n\\1"),
    # "* item", "- item", "+ item" (empty items nested on one line: one bullet): w3m's bullet
    ("", re.compile(r"\n([ \t]*)(?:[*+-][ \t]+)+|\n([ \t]*)[*+-][ \t]*" + _EOL), "\n\\1\\2• "),
    # bold or emphasis around nothing ("__", "****"), or closing after a space ("_See: [link] _"),
    # on its own (a lone "*" may be a footnote's or a product's)
    ("", re.compile(r"(?:\*\*(?<=\s\*\*)|_(?<=\s_))[*_]*(?=[\s.,;:!?)]|$)"), ""),
    # bold or code marks between two words with no space ("about****Honorlock", "security**Cons",
    # "Catan_****also", "`U+00DF``0x C3`"): a space
    ("", re.compile(r"[*_`](?<=[^\W_][*_`])[*_`]*[*`][*_`]*(?=[^\W_])"), " "),
    # *emphasis*: its text, when the star is closed on its line (a lone star is a footnote's or a
    # formula's: "speedmult *100")
    ("*", re.compile(r"\*(?<![\w\\*]\*)(?=[^\s*])([^*\n]*?[^\s*\\])\*(?![\w*])"), r"\1"),
    # **bold**, __bold__, _emphasis_, `code`: the marks at a word's edge go (all but a lone star)
    ("", re.compile(r"(?:\*(?=[*_`])|[_`])(?:(?<![\w\\*][*_`])[*_`]*(?=[^\s*_,.;:!?)\]}])"
                    r"|(?<=[^\s\\(\[{][*_`])[*_`]*(?![\w*`]))"), ""),
    # "\*", "\_", "\[", "1\.": the character
    ("\\", re.compile(r"\\([!\"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~])"), r"\1"),
)

#: a page is Markdown when it has at least this many links and pictures ("](") ...
MIN_LINKS = 3
#: ... and one in this many lines at least: a plain-text page that quotes a few links
#: printed as Markdown is not one
LINES_PER_LINK = 50
