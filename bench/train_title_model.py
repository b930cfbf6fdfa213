#!/usr/bin/env python3
"""Train the plain-text headline model on the tune half of the dev pages
whose headline is known (``wcxb-dev`` ``title``) and write
``worker/cleaning/weights/title_model.json``.

Every page goes through the cleaner up to the article's first line; the
candidate lines near it (``worker.cleaning.title.title_candidates``) are
labelled 1 when they are the headline (whitespace normalised), and a
conditional logit (a softmax over each page's candidates) is fitted on their
features (``title_design``).

    python bench/train_title_model.py                 # tune half, both renderings

Needs scipy (with scikit-learn, the ``bench`` extra); the cleaner itself needs only numpy.
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
from worker.cleaning.title import WEIGHTS, TitleModel, title_candidates, title_design  # noqa: E402

_SPACE = re.compile(r"\s+")


def page_rows(text: str, title: str):
    page = read_page(text)
    if not page.lines:
        return None
    article = find_article(page)
    first = article.body[0] if article.body else article.start
    candidates = title_candidates(page, first, article.caption_lines | article.repeats)
    wanted = _SPACE.sub(" ", title).strip()
    labels = np.array([page.lines[p] == wanted for p in candidates], dtype=int)
    if not labels.any():
        return None
    return title_design(page, first, candidates), labels


def fit_choice(groups: list[tuple[np.ndarray, np.ndarray]], l2: float) -> np.ndarray:
    """Weights of a conditional logit: on each page, a softmax over its
    candidates, the headline's log-probability maximised (with an L2 penalty),
    since the cleaner takes the best candidate of each page."""
    from scipy.optimize import minimize

    sizes = np.array([len(z) for z, _ in groups])
    z = np.concatenate([z for z, _ in groups])
    wanted = np.concatenate([y / y.sum() for _, y in groups])
    page = np.repeat(np.arange(len(groups)), sizes)

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        scores = z @ w
        top = np.full(len(groups), -np.inf)
        np.maximum.at(top, page, scores)
        exp = np.exp(scores - top[page])
        total = np.bincount(page, exp)
        prob = exp / total[page]
        value = -(wanted * (scores - top[page] - np.log(total[page]))).sum() + l2 * w @ w
        grad = z.T @ (prob - wanted) + 2 * l2 * w
        return value, grad

    return minimize(loss, np.zeros(z.shape[1]), jac=True, method="L-BFGS-B").x


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    ap.add_argument("--renderers", nargs="+", default=["text_bs", "text_w3m"])
    ap.add_argument("--split", choices=("all", "tune", "check"), default="tune")
    ap.add_argument("--out", type=Path, default=WEIGHTS)
    ap.add_argument("--l2", type=float, default=1.0, help="L2 penalty on the weights")
    args = ap.parse_args()

    truth = json.loads((args.bench / "wcxb-dev" / "truth.json").read_text("utf-8"))
    parts, pages = [], 0
    for renderer in args.renderers:
        for page_id, text in load_pages(args.bench / "wcxb-dev", renderer, args.split).items():
            pages += 1
            rows = page_rows(text, truth[page_id].get("title") or "")
            if rows is not None:
                parts.append(rows)
    x = np.concatenate([rows[0] for rows in parts])
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    groups = [((rows[0] - mean) / scale, rows[1]) for rows in parts]
    weights = fit_choice(groups, args.l2)
    print(f"{len(parts)} of {pages} pages have their headline among the candidates; "
          f"{len(x)} candidates, {x.shape[1]} features", file=sys.stderr)
    model = TitleModel(mean=mean, scale=scale, weights=weights, bias=0.0)
    data = {"_trained_on": f"wcxb-dev {' '.join(args.renderers)} split={args.split} l2={args.l2}"}
    data.update({k: (np.round(v, 6).tolist() if isinstance(v, np.ndarray) else v)
                 for k, v in model.as_json().items()})
    args.out.write_text(json.dumps(data) + "\n", "utf-8")
    print(f"wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
