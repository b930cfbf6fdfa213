#!/usr/bin/env python3
"""Every silver caption (``silver_captions.py``) left in the body on the tune
half, with the lines around it and what the cleaner did with each.

Each caption left in the body is printed with its page, host and the
``--context`` lines above and below its first body line. A mark before each
line says what became of it: ``B`` body, ``C`` a caption's line, ``T`` the
headline, ``-`` dropped; ``t`` after it when its words are in the truth body.
It is the list to group into shapes before writing a caption rule, and to
count with the truth how often each shape is the article's own text.

``--misses`` prints the captions neither found nor left in the body (dropped
or printed elsewhere) with their context, the line found by the caption's
first words. ``--news`` keeps only news pages: those whose HTML declares a
news article or a news organisation (schema.org ``NewsArticle`` and its kin,
``NewsMediaOrganization``, a ``news_keywords`` meta), a general signal of a
newspaper, agency or magazine page rather than a hand-picked list of hosts.

    python bench/silver_left.py --renderer text_w3m --context 3
    python bench/silver_left.py --news --misses

Tune half only: the check half is held out (its pages are not studied).
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from quality import DEFAULT_BENCH, caption_words, load_pages  # noqa: E402
from silver_captions import phrase_in, share_in, silver_of, usable, words  # noqa: E402

from worker.cleaning import extract_text  # noqa: E402
from worker.cleaning.lines import read_page  # noqa: E402
from worker.cleaning.text import _body_and_title  # noqa: E402

_FOUND, _MIN_LEFT_WORDS, _SHOWN = 0.8, 4, 160
_NEWS = re.compile(r'"@type"\s*:\s*\[?\s*"(?:News|Reportage|Analysis|Opinion|Report|Backgrounder)\w*Article"'
                   r"|NewsMediaOrganization|name=[\"']news_keywords[\"']", re.IGNORECASE)


def is_news(folder: Path, page_id: str) -> bool:
    """Whether the page's HTML declares a news article or a news organisation."""
    path = next((folder / "html").glob(f"{page_id}.*"), None)
    return path is not None and _NEWS.search(
        gzip.decompress(path.read_bytes()).decode("utf-8", "replace")) is not None


def _caption_found(caption: str, got: list[list[str]]) -> bool:
    return any(share_in(caption_words(caption), g) >= _FOUND for g in got)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bench", type=Path, default=DEFAULT_BENCH, help="the shared bench folder")
    ap.add_argument("--sets", nargs="+", default=["wcxb-dev", "aeb-dev"])
    ap.add_argument("--renderer", default="text_bs", choices=("text_bs", "text_w3m"))
    ap.add_argument("--context", type=int, default=3, help="lines shown above and below")
    ap.add_argument("--news", action="store_true", help="news pages only (HTML declares news)")
    ap.add_argument("--misses", action="store_true", help="missed captions instead")
    args = ap.parse_args()
    for name in args.sets:
        folder = args.bench / name
        truth = json.loads((folder / "truth.json").read_text("utf-8"))
        silver = silver_of(folder)
        for page_id, text in load_pages(folder, args.renderer, "tune").items():
            truth_body = truth[page_id]["body"]
            wanted = usable(silver.get(page_id, []), text, truth_body)
            if not wanted or (args.news and not is_news(folder, page_id)):
                continue
            got = [caption_words(f"{c.text} {c.credit or ''}") for c in extract_text(text).captions]
            page = read_page(text)
            article, body, title_lines, _ = _body_and_title(page)
            in_body = set(body)
            body_text = "\n".join(page.lines[p] for p in body)
            body_words = set(words(body_text))
            truth_words = " ".join(words(truth_body))
            host = urlparse(truth[page_id].get("url") or "").netloc
            for caption in wanted:
                cw = words(caption)
                left = len(cw) >= _MIN_LEFT_WORDS and share_in(cw, body_words) >= _FOUND \
                    and phrase_in(caption, body_text)
                if left == args.misses or (args.misses and _caption_found(caption, got)):
                    continue
                key = " ".join(cw[:4])
                where = range(len(page.lines)) if args.misses else body
                at = next((p for p in where if key in " ".join(words(page.lines[p]))), None)
                print(f"=== {name} {page_id} {host} | {caption[:_SHOWN]}")
                if at is None:
                    continue
                for q in range(max(0, at - args.context), min(len(page.lines), at + args.context + 1)):
                    line_words = " ".join(words(page.lines[q]))
                    mark = "B" if q in in_body else "C" if q in article.caption_lines \
                        else "T" if q in title_lines else "-"
                    said = "t" if line_words and line_words in truth_words else " "
                    print(f"  {'>' if q == at else ' '}{mark}{said} {page.lines[q][:_SHOWN]}")


if __name__ == "__main__":
    main()
