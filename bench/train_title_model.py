#!/usr/bin/env python3
"""Train the plain-text headline model on the tune half of the dev pages
whose headline is known (``wcxb-dev`` ``title``) and write
``worker/cleaning/weights/title_model.json``.

Every page goes through the cleaner up to the article's first line; the
candidate headlines near it (``worker.cleaning.title.title_candidates``:
lines, and the parts of "Headline | Site" lines) are labelled 1 when their
text is the headline (whitespace normalised), and boosted trees
(scikit-learn's ``HistGradientBoostingClassifier``) are fitted on their
features (``title_design``). The cleaner takes the best-scored candidate of
each page; it walks the trees itself with numpy (``TitleModel``), so the
trees are written out node by node.

    python bench/train_title_model.py                 # tune half, both renderings
    python bench/train_title_model.py --folds 5       # and the exact share under cross-validation

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

from worker.cleaning.lines import read_page  # noqa: E402
from worker.cleaning.text import find_article  # noqa: E402
from worker.cleaning.title import (  # noqa: E402
    WEIGHTS,
    TitleModel,
    never_headline,
    title_candidates,
    title_design,
)

_SPACE = re.compile(r"\s+")


def page_rows(text: str, title: str, unlabelled: bool = False):
    """The candidates' features and labels of one page, or None when the
    headline is not among its candidates (nothing to learn from it; with
    ``unlabelled`` those pages are kept, all labels 0, to be scored), or the
    page has no candidate."""
    page = read_page(text)
    if not page.lines:
        return None
    article = find_article(page)
    first = article.body[0] if article.body else article.start
    candidates = title_candidates(page, first, article.repeats | article.caption_lines)
    wanted = _SPACE.sub(" ", title).strip()
    labels = np.array([text == wanted for text in candidates.texts], dtype=int)
    if not (labels.any() or unlabelled and len(candidates)):
        return None
    return title_design(page, first, candidates), labels, never_headline(page, first, candidates)


def fit_trees(x: np.ndarray, y: np.ndarray, args: argparse.Namespace) -> TitleModel:
    """Boosted trees on the candidates (log loss), written as one TitleModel."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    booster = HistGradientBoostingClassifier(
        max_iter=args.trees, learning_rate=args.learning_rate, max_leaf_nodes=args.leaves,
        max_depth=args.depth, min_samples_leaf=args.min_leaf, early_stopping=False,
        random_state=0).fit(x, y)
    roots, feature, threshold, left, right, value = [], [], [], [], [], []
    depth = 0
    for (tree,) in booster._predictors:  # one tree per iteration for a binary target
        nodes = tree.nodes
        offset = len(feature)
        roots.append(offset)
        for i, node in enumerate(nodes):
            if node["is_leaf"]:
                feature.append(0)
                threshold.append(0.0)
                left.append(offset + i)
                right.append(offset + i)
            else:
                feature.append(int(node["feature_idx"]))
                threshold.append(float(node["num_threshold"]))
                left.append(offset + int(node["left"]))
                right.append(offset + int(node["right"]))
            value.append(round(float(node["value"]), 6))
        depth = max(depth, int(nodes["depth"].max()))
    model = TitleModel(base=float(np.ravel(booster._baseline_prediction)[0]), depth=depth,
                       roots=np.array(roots), feature=np.array(feature), threshold=np.array(threshold),
                       left=np.array(left), right=np.array(right), value=np.array(value))
    # thresholds to 7 significant digits, leaf values to 6 decimals: the same scores
    if not np.allclose(model.scores(x), booster.decision_function(x), atol=1e-4):
        raise SystemExit("the trees written out do not score as scikit-learn's do")
    return model


def cross_validate(scored: list[tuple[str, np.ndarray, np.ndarray, np.ndarray]], pages: int,
                   args: argparse.Namespace) -> None:
    """The share of the ``pages`` whose headline is known whose best-scored
    candidate is the headline (as ``quality.py`` counts titles, but without
    a headline's second line), each page scored by trees fitted on the other
    folds (a page's renderings in the same fold; a page whose headline is no
    candidate is a miss)."""
    ids = sorted({page_id for page_id, *_ in scored})
    fold = dict(zip(np.random.default_rng(0).permutation(ids).tolist(), np.arange(len(ids)) % args.folds))
    hits = 0
    for k in range(args.folds):
        train = [(x, y) for page_id, x, y, _ in scored if fold[page_id] != k and y.any()]
        model = fit_trees(np.concatenate([x for x, _ in train]), np.concatenate([y for _, y in train]), args)
        # the candidates that are never the headline are passed over, as the cleaner passes them
        hits += sum(int(not never.all() and y[np.argmax(np.where(never, -np.inf, model.scores(x)))])
                    for page_id, x, y, never in scored if fold[page_id] == k)
    print(f"cross-validation in {args.folds} folds: exact {hits}/{pages} = {hits / pages:.3f}",
          file=sys.stderr)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    ap.add_argument("--renderers", nargs="+", default=["text_bs", "text_w3m"])
    ap.add_argument("--split", choices=("all", "tune", "check"), default="tune")
    ap.add_argument("--out", type=Path, default=WEIGHTS)
    ap.add_argument("--trees", type=int, default=300, help="boosting iterations")
    ap.add_argument("--learning-rate", type=float, default=0.05)
    ap.add_argument("--leaves", type=int, default=15, help="leaves per tree at most")
    ap.add_argument("--depth", type=int, default=5, help="depth of a tree at most")
    ap.add_argument("--min-leaf", type=int, default=20, help="candidates per leaf at least")
    ap.add_argument("--folds", type=int, default=0,
                    help="also report the exact share under cross-validation in this many folds of pages")
    args = ap.parse_args()

    truth = json.loads((args.bench / "wcxb-dev" / "truth.json").read_text("utf-8"))
    parts, pages, titled, scored = [], 0, 0, []
    for renderer in args.renderers:
        for page_id, text in load_pages(args.bench / "wcxb-dev", renderer, args.split).items():
            pages += 1
            titled += bool(truth[page_id].get("title"))
            rows = page_rows(text, truth[page_id].get("title") or "", unlabelled=bool(args.folds))
            if rows is not None:
                scored.append((page_id, *rows))
                if rows[1].any():
                    parts.append(rows[:2])
    x = np.concatenate([rows[0] for rows in parts])
    y = np.concatenate([rows[1] for rows in parts])
    if args.folds:
        cross_validate(scored, titled, args)
    model = fit_trees(x, y, args)
    print(f"{len(parts)} of {pages} pages have their headline among the candidates; "
          f"{len(x)} candidates, {x.shape[1]} features, {len(model.roots)} trees of depth "
          f"{model.depth} at most", file=sys.stderr)
    data = {"_trained_on": f"wcxb-dev {' '.join(args.renderers)} split={args.split} trees={args.trees} "
                           f"learning_rate={args.learning_rate} leaves={args.leaves} depth={args.depth} "
                           f"min_leaf={args.min_leaf}",
            "_features": int(x.shape[1])}
    data.update(model.as_json())
    args.out.write_text(json.dumps(data, separators=(",", ":")) + "\n", "utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes)", file=sys.stderr)


if __name__ == "__main__":
    main()
