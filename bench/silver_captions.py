#!/usr/bin/env python3
"""Caption figures of the plain-text cleaner against silver captions taken
from the pages' HTML, on the tune half of both dev sets.

Only 25 captions of the aeb-dev tune half have hand truth. Each dev page also
has its HTML beside its text renderings, and the HTML says which text is a
caption: the silver captions of a page are the text of its ``<figcaption>``
elements and of the innermost elements whose class or itemprop contains
"caption", with the credit elements of the same figure or picture container
(class "credit", "copyright", "photographer", "courtesy") joined to them, or
alone when the figure has no caption. Figures in teasers (inside a link,
``nav``, ``aside``, ``footer`` or a related/teaser/promo container) are left
out; a container that holds half the page's text or more is the page itself
whatever its class says (WordPress prints "has-sidebar" on ``<body>``).
A silver caption is scored only when its words are printed in the text
(80% at least), near the article (25 lines before the first line of the
truth body to 5 after the last), and not in the truth body itself (3 words
or more): the truth of wcxb-dev sometimes keeps a caption in the body.

For each page and rendering: the share of silver captions found among the
emitted captions (80% of a silver caption's words in one emitted caption and
its credit, a credit's label such as "Photo:" or "Credit:" left out of both, as
``quality.py`` counts found: "Credit: Amazon" is found as the credit "Amazon"),
the share left in the body, and the share of emitted captions that match a
silver caption of the page (a lower bound: the HTML misses captions set in plain paragraphs or alt text).

    python bench/silver_captions.py                    # both sets, both renderings
    python bench/silver_captions.py --rows rows.tsv    # every silver and emitted caption, by status

Tune half only: the check half is held out (its pages are not studied).
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from pathlib import Path

import lxml.html

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from quality import DEFAULT_BENCH, caption_words, in_split, load_pages  # noqa: E402

from worker.cleaning import extract_text  # noqa: E402

_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")
#: containers of teasers and furniture, whose figures are not the article's
_OUTSIDE = re.compile(r"related|teaser|recommend|promo|sidebar|widget|newsletter|footer|\bnav|menu|"
                      r"more-stories|trending|popular|card__", re.IGNORECASE)
_OUTSIDE_TAGS = frozenset(("nav", "aside", "footer", "a"))
#: classes that name a caption's state or button, not a caption ("has-caption", "caption-toggle")
_NOT_CAPTION_CLASS = re.compile(r"(?:has|no|with|without)-caption|captioned|"
                                r"caption-(?:button|toggle|btn|icon|trigger|control)|(?:show|hide|toggle)-caption",
                                re.IGNORECASE)
_CAPTION_WORD = re.compile(r"(?<![\w-])caption(?![\w-])", re.IGNORECASE)
_CREDIT_CLASS = re.compile(r"credit|copyright|photographer|courtesy", re.IGNORECASE)
#: a caption button's words printed before the caption ("Caption Close")
_LEADING_BUTTONS = re.compile(r"^(?:(?:caption|close|hide|show|toggle|expand|open)\s+)+", re.IGNORECASE)
#: a "caption" made of these words only is a button or a label
_UI_WORDS = frozenset("caption close open hide show toggle expand advertisement image photo enlarge view "
                      "fullscreen full screen zoom x 1 2 3 of gallery".split())
_MAX_CAPTION_WORDS, _MAX_CREDIT_WORDS, _CONTAINER_DEPTH = 90, 25, 4
_NO_CREDIT_TAGS = frozenset(("img", "a", "meta", "link"))
_RENDERERS = ("text_bs", "text_w3m")
_FOUND, _NEAR_BEFORE, _NEAR_AFTER, _MIN_PROSE_WORDS = 0.8, 25, 5, 6
#: a container holding this share of the page's text or more is no teaser
_PAGE_SHARE = 0.5


def words(text: str | None) -> list[str]:
    return _WORD.findall((text or "").lower())


def share_in(needle: list[str], haystack) -> float:
    pool = set(haystack)
    return sum(w in pool for w in needle) / len(needle) if needle else 0.0


def phrase_in(text: str, body: str) -> bool:
    key = " ".join(words(text))
    return bool(key) and key in " ".join(words(body))


def _text_of(el) -> str:
    parts = el.xpath(".//text()[not(ancestor::button)]")
    return _SPACE.sub(" ", " ".join(parts)).strip()


def _names(el) -> str:
    return f"{el.get('class') or ''} {el.get('itemprop') or ''}"


def _in_teaser(el, sizes: dict) -> bool:
    """Whether ``el`` sits in a teaser or furniture container. A container holding most of the
    page's text is the page itself, whatever its class says (WordPress prints the layout on
    ``<body>`` and the article: "single-post has-sidebar", "content sidebar_content")."""
    return any((anc.tag in _OUTSIDE_TAGS
                or _OUTSIDE.search(f"{anc.get('class') or ''} {anc.get('id') or ''}"))
               and _size(anc, sizes) < _PAGE_SHARE * sizes["page"]
               for anc in el.iterancestors())


def _size(el, sizes: dict) -> int:
    if el not in sizes:
        sizes[el] = len(el.text_content())
    return sizes[el]


def _is_caption(el) -> bool:
    if el.tag == "figcaption":
        return True
    names = _names(el)
    if "caption" not in names.lower() or el.tag in ("img", "figure", "button", "a", "svg", "input"):
        return False
    return not _NOT_CAPTION_CLASS.search(names) or _CAPTION_WORD.search(names) is not None


def silver_from_html(html: str) -> list[str]:
    """The silver captions of one page, in page order, each once."""
    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return []
    for bad in root.xpath("//script|//style|//noscript|//template"):
        bad.getparent().remove(bad)
    captions = [el for el in root.iter() if isinstance(el.tag, str) and _is_caption(el)]
    marked = set(captions)
    sizes: dict = {"page": len(root.text_content())}
    groups: dict = {}
    for el in captions:
        if any(d in marked for d in el.iterdescendants()) or _in_teaser(el, sizes):
            continue
        home = next((a for a in el.iterancestors() if a.tag == "figure"), el)
        groups.setdefault(home, []).append(_text_of(el))
    credits = [el for el in root.iter() if isinstance(el.tag, str) and el.tag not in _NO_CREDIT_TAGS
               and el not in marked and _CREDIT_CLASS.search(_names(el))
               and not any(a in marked for a in el.iterancestors())]
    credited = set(credits)
    for el in credits:
        if any(a in credited for a in el.iterancestors()) or _in_teaser(el, sizes):
            continue
        text = _text_of(el)
        if not text or len(words(text)) > _MAX_CREDIT_WORDS:
            continue
        home = _credit_home(el, groups)
        if home is not None:
            groups.setdefault(home, []).append(text)
    found: list[str] = []
    for parts in groups.values():
        joined = ""
        for part in (_LEADING_BUTTONS.sub("", p) for p in parts):
            if part and " ".join(words(part)) not in " ".join(words(joined)):
                joined = f"{joined} {part}".strip()
        w = words(joined)
        if w and len(w) <= _MAX_CAPTION_WORDS and not all(x in _UI_WORDS for x in w) \
                and all(words(f) != w for f in found):
            found.append(joined)
    return found


def _credit_home(el, groups: dict):
    """The figure or caption a credit element belongs to: the nearest container (a few
    levels up) that holds a caption, a figure or a picture; None for a credit with no
    picture near (a page's copyright line)."""
    for depth, anc in enumerate(el.iterancestors()):
        if depth >= _CONTAINER_DEPTH or anc.tag in ("body", "article", "main"):
            return None
        if anc in groups:
            return anc
        inside = [g for g in groups if g is not anc and anc in g.iterancestors()]
        if inside:
            return inside[0]
        if anc.tag == "figure" or anc.find(".//img") is not None:
            return anc
    return None


def usable(silver: list[str], text: str, truth_body: str) -> list[str]:
    """The silver captions printed in the text near the article and not in its truth body."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    line_words = [" ".join(words(line)) for line in lines]
    body = " ".join(words(truth_body))
    inside = [i for i, lw in enumerate(line_words) if lw.count(" ") + 1 >= _MIN_PROSE_WORDS and lw in body]
    if not inside:
        return []
    low, high = inside[0] - _NEAR_BEFORE, inside[-1] + _NEAR_AFTER
    printed = set(words(text))
    kept = []
    for caption in silver:
        cw = words(caption)
        if share_in(cw, printed) < _FOUND or (len(cw) >= 3 and phrase_in(caption, truth_body)):
            continue
        key = " ".join(cw[:4])
        at = [i for i, lw in enumerate(line_words) if key in lw]
        if any(low <= i <= high for i in at):
            kept.append(caption)
    return kept


def silver_of(folder: Path) -> dict[str, list[str]]:
    """The silver captions of each tune page of a dev set."""
    out = {}
    for path in sorted((folder / "html").iterdir()):
        page_id = path.name.split(".")[0]
        if in_split(page_id, "tune"):
            html = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
            out[page_id] = silver_from_html(html)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bench", type=Path, default=DEFAULT_BENCH, help="the shared bench folder")
    ap.add_argument("--sets", nargs="+", default=["aeb-dev", "wcxb-dev"])
    ap.add_argument("--renderers", nargs="+", default=list(_RENDERERS), choices=_RENDERERS)
    ap.add_argument("--rows", type=Path, help="write every silver and emitted caption here, with its status")
    args = ap.parse_args()
    print("command: python bench/silver_captions.py " + " ".join(sys.argv[1:]))
    print(f"{'set':9} {'renderer':9} {'pages':>5} {'silver':>6} {'found':>6} {'left':>6} "
          f"{'emitted':>7} {'real':>6}")
    rows = []
    for name in args.sets:
        folder = args.bench / name
        truth = json.loads((folder / "truth.json").read_text("utf-8"))
        silver = silver_of(folder)
        for renderer in args.renderers:
            total = found = left = emitted = real = pages = 0
            for page_id, text in load_pages(folder, renderer, "tune").items():
                wanted = usable(silver.get(page_id, []), text, truth[page_id]["body"])
                result = extract_text(text)
                got = [caption_words(f"{c.text} {c.credit or ''}") for c in result.captions]
                body = set(words(result.body))
                pages += bool(wanted)
                for caption in wanted:
                    cw = words(caption)
                    hit = any(share_in(caption_words(caption), g) >= _FOUND for g in got)
                    stays = len(cw) >= 4 and share_in(cw, body) >= _FOUND and phrase_in(caption, result.body)
                    total, found, left = total + 1, found + hit, left + stays
                    status = "found" if hit else "left" if stays else "missed"
                    rows.append((name, renderer, page_id, status, caption))
                for caption, g in zip(result.captions, got, strict=True):
                    ok = any(share_in(caption_words(s), g) >= _FOUND
                             or share_in(g, caption_words(s)) >= _FOUND for s in silver.get(page_id, []))
                    emitted, real = emitted + 1, real + ok
                    if not ok:
                        shown = f"{caption.text} || {caption.credit}"
                        rows.append((name, renderer, page_id, "unmatched", shown))
            print(f"{name:9} {renderer:9} {pages:5d} {total:6d} {found / max(total, 1):6.3f} "
                  f"{left / max(total, 1):6.3f} {emitted:7d} {real / max(emitted, 1):6.3f}")
    if args.rows:
        args.rows.write_text("".join("\t".join(r).replace("\n", " ") + "\n" for r in rows), "utf-8")


if __name__ == "__main__":
    main()
