#!/usr/bin/env python3
"""Train the cleaner's line model on the tune half of the dev sets and write
``worker/cleaning/weights/line_model.json``.

Each line of each page is labelled from the truth: kept when most of its
4-word shingles are in the truth body (short lines: when its words are, near
the article); the article region runs from the first to the last kept line
of 4+ words. Four logistic regressions are fitted on the features of
``worker.cleaning.context.design_matrix`` (the very code the cleaner runs),
lines weighted by their words so that, as in the benchmark metric, every page
counts once and long paragraphs count more than menu items.

    python bench/train_line_model.py                 # tune half, both renderings
    python bench/train_line_model.py --split all     # every dev page

Needs scikit-learn (the ``bench`` extra); the cleaner itself needs only numpy.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from quality import DEFAULT_BENCH, load_pages  # noqa: E402

from worker.cleaning.classifier import WEIGHTS, LineModel  # noqa: E402
from worker.cleaning.context import design_matrix  # noqa: E402
from worker.cleaning.lines import read_page  # noqa: E402

_WORD = re.compile(r"\w+")


def shingles(tokens: list[str], n: int = 4) -> set[tuple[str, ...]]:
    if len(tokens) < n:
        return {tuple(tokens)} if tokens else set()
    return {tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}


def label_lines(lines: list[str], truth: str) -> np.ndarray:
    """1 for the lines of the truth body, by shingles (short lines by their
    words, and only near the long ones)."""
    truth_tokens = _WORD.findall(truth)
    truth_shingles = shingles(truth_tokens)
    truth_text = " " + " ".join(truth_tokens) + " "
    tokens = [_WORD.findall(line) for line in lines]
    labels = np.zeros(len(lines), dtype=int)
    for i, toks in enumerate(tokens):
        if len(toks) >= 4:
            own = [tuple(toks[k:k + 4]) for k in range(len(toks) - 3)]
            labels[i] = sum(s in truth_shingles for s in own) >= 0.5 * len(own)
    long_kept = np.flatnonzero(labels)
    if len(long_kept):
        low, high = long_kept[0] - 3, long_kept[-1] + 3
        for i, toks in enumerate(tokens):
            if 0 < len(toks) < 4 and low <= i <= high:
                labels[i] = (" " + " ".join(toks) + " ") in truth_text
    return labels


def page_rows(text: str, truth: str):
    page = read_page(text)
    if not page.lines:
        return None
    x = design_matrix(page)
    kept = label_lines(page.lines, truth)
    words = np.array(page.words, dtype=float) + 1
    region = np.zeros(len(kept), dtype=int)
    start = np.zeros(len(kept), dtype=int)
    end = np.zeros(len(kept), dtype=int)
    long_kept = np.flatnonzero(kept & (np.array(page.words) >= 4))
    if len(long_kept):
        a, b = long_kept[0], long_kept[-1] + 1
        region[a:b] = 1
        region[b:] = 2
        start[a] = 1
        if b < len(kept):
            end[b] = 1
    return x, kept, region, start, end, words / words.sum() * 100


def fit_line_model(parts: list, C: float = 1.0, inside_shift: float = -0.3) -> dict:
    """The line model fitted on ``parts`` (:func:`page_rows` of each page),
    as the numbers the weights file stores (rounded to 6 decimals)."""
    from sklearn.linear_model import LogisticRegression

    x, kept, region, start, end, weight = (np.concatenate(column) for column in zip(*parts))
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    z = (x - mean) / scale
    print(f"{len(parts)} pages, {len(x)} lines, {x.shape[1]} features", file=sys.stderr)

    def fit(target, sample_weight, rows=slice(None)):
        model = LogisticRegression(C=C, max_iter=3000)
        return model.fit(z[rows], target[rows], sample_weight=sample_weight[rows] if sample_weight is not None
                         else None)

    three = fit(region, weight)
    inside = region == 1
    keep = fit(kept, weight, inside)
    first = fit(start, None)
    after = fit(end, None)
    model = LineModel(
        mean=mean, scale=scale, region=three.coef_, region_bias=three.intercept_,
        start=first.coef_[0], start_bias=float(first.intercept_[0]),
        end=after.coef_[0], end_bias=float(after.intercept_[0]),
        keep=keep.coef_[0], keep_bias=float(keep.intercept_[0]),
        boundary_weight=1.0, keep_threshold=0.5, inside_shift=inside_shift,
    )
    return {k: (np.round(v, 6).tolist() if isinstance(v, np.ndarray) else v)
            for k, v in model.as_json().items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    ap.add_argument("--sets", nargs="+", default=["aeb-dev", "wcxb-dev"])
    ap.add_argument("--renderers", nargs="+", default=["text_bs", "text_w3m"])
    ap.add_argument("--split", choices=("all", "tune", "check"), default="tune")
    ap.add_argument("--out", type=Path, default=WEIGHTS)
    ap.add_argument("-C", type=float, default=1.0, help="inverse regularisation strength")
    ap.add_argument("--inside-shift", type=float, default=-0.3,
                    help="prior on the inside-the-article log-probability (chosen on the tune half: "
                         "-0.3 and -0.6 beat 0 on both halves, -0.9 loses recall)")
    args = ap.parse_args()

    parts = []
    for name in args.sets:
        truth = json.loads((args.bench / name / "truth.json").read_text("utf-8"))
        for renderer in args.renderers:
            for page_id, text in load_pages(args.bench / name, renderer, args.split).items():
                rows = page_rows(text, truth[page_id]["body"])
                if rows is not None:
                    parts.append(rows)
    data = {"_trained_on": f"{' '.join(args.sets)} {' '.join(args.renderers)} split={args.split} C={args.C}"}
    data.update(fit_line_model(parts, args.C, args.inside_shift))
    args.out.write_text(json.dumps(data) + "\n", "utf-8")
    print(f"wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
