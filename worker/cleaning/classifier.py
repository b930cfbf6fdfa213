"""The shipped line model: logistic regressions over the design matrix of
:mod:`.context`, trained by ``bench/train_line_model.py`` and stored as
numbers in ``weights/line_model.json``.

Four questions are asked of every line: is it before, inside or after the
article (one three-way model); does the article start here; does it end
just before here; and, inside the article, is this line kept. Linear models
were chosen over trees because, with context features, they scored as well
on the held-out pages, and they cost one matrix product per page.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

WEIGHTS = Path(__file__).parent / "weights" / "line_model.json"


@dataclass(frozen=True)
class Verdicts:
    """Per line: log-probabilities of before/inside/after the article, the
    log-odds that the article starts or ends there, and the chance of being kept."""

    region: np.ndarray
    start: np.ndarray
    end: np.ndarray
    keep: np.ndarray


@dataclass(frozen=True)
class LineModel:
    mean: np.ndarray
    scale: np.ndarray
    region: np.ndarray
    region_bias: np.ndarray
    start: np.ndarray
    start_bias: float
    end: np.ndarray
    end_bias: float
    keep: np.ndarray
    keep_bias: float
    boundary_weight: float
    keep_threshold: float
    #: added to every line's log-probability of being inside the article: a
    #: prior for short articles over long runs of look-alike lines after them,
    #: chosen on the tune half (``bench/train_line_model.py --inside-shift``)
    inside_shift: float = 0.0
    # the four models as one product, set by __post_init__
    _weights: np.ndarray = field(init=False, repr=False, compare=False)
    _bias: np.ndarray = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # the four models as one product with the raw features: standardising folded into the weights
        weights = np.column_stack((self.region.T, self.start, self.end, self.keep)) / self.scale[:, None]
        bias = np.concatenate((self.region_bias, [self.start_bias, self.end_bias, self.keep_bias]))
        object.__setattr__(self, "_weights", weights)
        object.__setattr__(self, "_bias", bias - self.mean @ weights)

    def judge(self, design: np.ndarray) -> Verdicts:
        # numpy's own loop, not BLAS: OpenBLAS spreads a product of a page's size over every
        # core, and its threads cost many times the product in CPU time (7 ms on a long page)
        out = np.einsum("ij,jk->ik", design, self._weights) + self._bias
        scores = out[:, :3] - out[:, :3].max(axis=1, keepdims=True)
        region = scores - np.log(np.exp(scores).sum(axis=1, keepdims=True))
        region[:, 1] += self.inside_shift
        keep = 1 / (1 + np.exp(-out[:, 5]))
        return Verdicts(region=region, start=out[:, 3], end=out[:, 4], keep=keep)

    def as_json(self) -> dict:
        return {name: (value.tolist() if isinstance(value, np.ndarray) else value)
                for name, value in self.__dict__.items() if not name.startswith("_")}


@cache
def line_model(path: Path = WEIGHTS) -> LineModel:
    """The model shipped with the package (read once, never changed)."""
    data = json.loads(path.read_text("utf-8"))
    values: dict[str, Any] = {name: (np.array(value, dtype=float) if isinstance(value, list) else value)
                              for name, value in data.items() if not name.startswith("_")}
    return LineModel(**values)
