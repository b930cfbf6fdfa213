#!/usr/bin/env python3
"""The tune pages the cleaner scores lowest on, with where their words go wrong.

Cleans the tune half of one dev set with this worktree's cleaner and, for
each of its lowest pages, prints F1, word precision and recall, and the
share of the rendering's lines the output takes before the truth's first
line, inside its span and after its last line: a whole-region failure shows
as words before or after the span, an annotator's summary of a long guide as
words inside it. Tune pages only (the check half is held out).

    python bench/low_pages.py                      # wcxb-dev, both renderings
    python bench/low_pages.py --set aeb-dev --n 10
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quality import DEFAULT_BENCH, load_pages, run_cleaner  # noqa: E402

_WORD = re.compile(r"\w+")


def _norm(line: str) -> str:
    return " ".join(_WORD.findall(line.lower()))


def _spans(raw: list[str], truth: str, pred: str) -> tuple[int, int, int]:
    """Lines of the rendering (of 4 words or more, so that menus' single
    words do not match by chance) the output holds before, inside and after
    the span of the rendering's lines the truth holds."""
    lines = [_norm(line) for line in raw]
    lines = [line for line in lines if len(line.split()) >= 4]
    in_truth = [i for i, line in enumerate(lines) if line in truth]
    if not in_truth:
        return 0, 0, sum(line in pred for line in lines)
    first, last = in_truth[0], in_truth[-1]
    taken = [i for i, line in enumerate(lines) if line in pred and line not in truth]
    return sum(i < first for i in taken), sum(first <= i <= last for i in taken), sum(i > last for i in taken)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH, help="the shared bench folder")
    parser.add_argument("--set", default="wcxb-dev")
    parser.add_argument("--n", type=int, default=20)
    args = parser.parse_args()
    sys.path.insert(0, str(args.bench))
    import metric  # the benchmark's own scorer

    print("command: python bench/low_pages.py " + " ".join(sys.argv[1:]))
    folder = args.bench / args.set
    truth = json.loads((folder / "truth.json").read_text("utf-8"))
    for renderer in ("text_bs", "text_w3m"):
        pages = load_pages(folder, renderer, "tune")
        results, _ = run_cleaner(pages, "text")
        preds = {i: r.body for i, r in results.items()}
        per_page = metric.per_page({i: truth[i]["body"] for i in results}, preds)
        scores = sorted((row["f1"], i) for i, row in per_page.items())
        print(f"== {args.set} {renderer}: page F1 P R | extra lines before/inside/after the truth's span")
        for f1, page in scores[:args.n]:
            gold = Counter(_WORD.findall(truth[page]["body"].lower()))
            got = Counter(_WORD.findall(preds[page].lower()))
            both = sum((gold & got).values())
            p, r = both / max(1, sum(got.values())), both / max(1, sum(gold.values()))
            raw = pages[page].split("\n")
            before, inside, after = _spans(raw, " " + _norm(truth[page]["body"]) + " ", _norm(preds[page]))
            print(f"{page} {f1:.3f} {p:.2f} {r:.2f} | {before}/{inside}/{after}"
                  f"  truth {sum(gold.values())} words")


if __name__ == "__main__":
    main()
