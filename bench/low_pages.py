#!/usr/bin/env python3
"""The tune pages a cleaner scores lowest on, with where their words go wrong.

Reads the per-page tsv and predictions that ``/work/ev.py tune --out DIR``
writes and the dev set's truth; for each of the lowest pages prints F1,
word precision and recall, and the share of the rendering's lines the output
takes before the truth's first line, inside its span and after its last
line: a whole-region failure shows as words before or after the span, an
annotator's summary of a long guide as words inside it. Tune pages only.

    python bench/low_pages.py /tmp/ev-base                      # wcxb-dev, both renderings
    python bench/low_pages.py /tmp/ev-base --set aeb-dev --n 10
"""
from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

BENCH = Path("/work/shared/bench")
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
    parser.add_argument("out", type=Path, help="directory written by ev.py tune --out")
    parser.add_argument("--set", default="wcxb-dev")
    parser.add_argument("--n", type=int, default=20)
    args = parser.parse_args()
    truth = json.loads((BENCH / args.set / "truth.json").read_text())
    for renderer in ("text_bs", "text_w3m"):
        tsv = (args.out / f"tune.{args.set}.{renderer}.tsv").read_text()
        rows = [line.split("\t") for line in tsv.splitlines()]
        scores = sorted((float(row[1]), row[0]) for row in rows if len(row) == 2 and row[0] in truth)
        preds = json.loads((args.out / f"tune.{args.set}.{renderer}.pred.json").read_text())
        print(f"== {args.set} {renderer}: page F1 P R | extra lines before/inside/after the truth's span")
        for f1, page in scores[:args.n]:
            gold = Counter(_WORD.findall(truth[page]["body"].lower()))
            got = Counter(_WORD.findall(preds[page].lower()))
            both = sum((gold & got).values())
            p, r = both / max(1, sum(got.values())), both / max(1, sum(gold.values()))
            raw = (BENCH / args.set / renderer / f"{page}.txt").read_text().split("\n")
            before, inside, after = _spans(raw, " " + _norm(truth[page]["body"]) + " ", _norm(preds[page]))
            print(f"{page} {f1:.3f} {p:.2f} {r:.2f} | {before}/{inside}/{after}"
                  f"  truth {sum(gold.values())} words")


if __name__ == "__main__":
    main()
