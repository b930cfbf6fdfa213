#!/usr/bin/env python3
"""Four-fold cross-validation of the line model inside the tune half.

The shipped line model was trained on the tune half, so the tune figures
flatter it: a page the model has seen keeps its region. Here the tune pages
of every set are split into four folds by a hash of the page id (the same
fold for both renderings of a page); each fold is cleaned by a line model
fitted (``train_line_model.fit_line_model``) on the other three, and the
whole is scored with the benchmark's metric. The check half is never read.

    python bench/cross_validate.py                    # P/R/F1 per set and rendering
    python bench/cross_validate.py --out /tmp/cv      # + predictions and per-page scores

Needs scikit-learn (the ``bench`` extra); set ``OMP_NUM_THREADS=1
OPENBLAS_NUM_THREADS=1`` on a shared machine. Fold models live in memory only.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from unittest import mock

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from quality import DEFAULT_BENCH, load_pages  # noqa: E402
from train_line_model import fit_line_model, page_rows  # noqa: E402

from worker.cleaning import extract  # noqa: E402
from worker.cleaning.classifier import LineModel  # noqa: E402

FOLDS = 4


def fold_of(page_id: str) -> int:
    """The page's fold: the second byte of the hash (the first picks the half)."""
    return hashlib.sha256(page_id.encode()).digest()[1] % FOLDS


def as_model(data: dict) -> LineModel:
    return LineModel(**{name: (np.array(value, dtype=float) if isinstance(value, list) else value)
                        for name, value in data.items() if not name.startswith("_")})


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    ap.add_argument("--sets", nargs="+", default=["aeb-dev", "wcxb-dev"])
    ap.add_argument("--renderers", nargs="+", default=["text_bs", "text_w3m"])
    ap.add_argument("--out", type=Path, help="write predictions and per-page scores here")
    args = ap.parse_args()
    sys.path.insert(0, str(args.bench))
    import metric  # the benchmark's own scorer

    pages, truth, rows = {}, {}, []
    for name in args.sets:
        truth[name] = json.loads((args.bench / name / "truth.json").read_text("utf-8"))
        for renderer in args.renderers:
            pages[name, renderer] = load_pages(args.bench / name, renderer, "tune")
            for page_id, text in pages[name, renderer].items():
                found = page_rows(text, truth[name][page_id]["body"])
                if found is not None:
                    rows.append((fold_of(page_id), found))
    predictions: dict[tuple[str, str], dict[str, str]] = {key: {} for key in pages}
    for fold in range(FOLDS):
        model = as_model(fit_line_model([found for k, found in rows if k != fold]))
        # the cleaner reads its shipped model through this name; the fold's model stands in
        with mock.patch("worker.cleaning.text.line_model", lambda model=model: model):
            for key, texts in pages.items():
                for page_id, text in texts.items():
                    if fold_of(page_id) == fold:
                        predictions[key][page_id] = extract(text, "text").body
    print(f"{'set':9} {'renderer':9} {'pages':>5} {'P':>7} {'R':>7} {'F1':>7} {'F1<0.65':>7}")
    for (name, renderer), preds in predictions.items():
        refs = {i: truth[name][i]["body"] for i in preds}
        score = metric.score(refs, preds, n_bootstrap=0)
        per_page = metric.per_page(refs, preds)
        low = sum(row["f1"] < 0.65 for row in per_page.values())
        print(f"{name:9} {renderer:9} {len(preds):5d} {score['precision']:7.4f} {score['recall']:7.4f} "
              f"{score['f1']:7.4f} {low:7d}")
        if args.out:
            args.out.mkdir(parents=True, exist_ok=True)
            stem = f"{name}.{renderer}"
            (args.out / f"{stem}.predictions.json").write_text(json.dumps(preds, ensure_ascii=False))
            (args.out / f"{stem}.worst.tsv").write_text("".join(
                f"{i}\t{r['precision']}\t{r['recall']}\t{r['f1']:.3f}\n"
                for i, r in sorted(per_page.items(), key=lambda kv: kv[1]["f1"])))


if __name__ == "__main__":
    main()
