"""What surrounds each line: the features that let a line be judged by its
neighbourhood and its place in the page, not by its own shape alone.

jusText decides short lines by their neighbours; boilerpipe and the
densest-region methods by where the prose mass is. Here both become numbers:
the shape of the lines around, how much prose lies in windows before and
after, how far the line sits from the page's densest run of prose, how many
closing markers ("Share", "Related", comment headers) were already passed.
All of it is computed with array operations, in time linear in the lines.
"""
from __future__ import annotations

import numpy as np

from .lines import LINE_FEATURES, Page

_NEIGHBOUR_FEATURES = tuple(LINE_FEATURES.index(n) for n in
                            ("log_words", "stop_share", "terminal", "bullet", "title_case"))
_NEIGHBOUR_OFFSETS = (-3, -2, -1, 1, 2, 3)
_REACH = max(map(abs, _NEIGHBOUR_OFFSETS))
_MEAN_WINDOWS = (5, 15, 40)
_SUM_WINDOWS = ((-10, 0), (1, 11), (-40, 0), (1, 41))
_MARKER_WINDOWS = ((-5, 0), (1, 6), (-15, 0), (1, 16))
_COMMENT_WINDOWS = ((-30, 0), (1, 31), (-8, 0), (1, 9))
#: features counted before and around each line, each group in one pass
_MARKERS = [LINE_FEATURES.index(n) for n in ("end_marker", "opener")]
_COMMENTS = [LINE_FEATURES.index(n) for n in ("comment_header", "time_of_day")]


def _col(page_features: np.ndarray, name: str) -> np.ndarray:
    return page_features[:, LINE_FEATURES.index(name)]


def window_sum(values: np.ndarray, start: int, stop: int) -> np.ndarray:
    """For each position i, the sum of ``values[i+start : i+stop]`` (clipped)."""
    n = len(values)
    cumulative = np.cumsum(values)
    pad = max(abs(start), abs(stop))
    padded = np.concatenate((np.zeros(pad + 1), cumulative, np.full(pad, cumulative[-1] if n else 0.0)))
    base = pad + 1
    return padded[base + stop - 1: base + stop - 1 + n] - padded[base + start - 1: base + start - 1 + n]


def window_sums(values: np.ndarray, windows) -> np.ndarray:
    """:func:`window_sum` of every column of ``values`` (n x k) for every
    (start, stop) window, as n x (k * windows) columns, window by window:
    one cumulative sum for them all."""
    n, k = values.shape
    pad = max(max(abs(a), abs(b)) for a, b in windows)
    cumulative = np.cumsum(values, axis=0)
    last = cumulative[-1] if n else np.zeros(k)
    padded = np.concatenate((np.zeros((pad + 1, k)), cumulative, np.broadcast_to(last, (pad, k))))
    base = pad + 1
    return np.hstack([padded[base + b - 1: base + b - 1 + n] - padded[base + a - 1: base + a - 1 + n]
                      for a, b in windows])


def _window_mean(values: np.ndarray, half: int) -> np.ndarray:
    return window_sum(values, -half, half + 1) / window_sum(np.ones(len(values)), -half, half + 1)


def _rank(values: np.ndarray) -> np.ndarray:
    """0 for the largest value of the page, 1 for the smallest."""
    n = len(values)
    order = np.argsort(np.argsort(-values, kind="stable"), kind="stable")
    return order / max(n - 1, 1)


def prose_mass(features: np.ndarray) -> np.ndarray:
    """Words weighted by how much the line reads as prose (function words,
    end punctuation): the quantity whose densest run is the article."""
    words = np.expm1(_col(features, "log_words"))
    stops = np.clip(_col(features, "stop_share") * 4, 0, 1)
    return words * stops * (0.5 + 0.5 * _col(features, "terminal"))


def densest_run(values: np.ndarray) -> tuple[int, int]:
    """The [start, end) run with the largest sum of ``values``, (0, 0) when
    none is positive: the first end where a prefix sum stands highest above
    the lowest prefix sum before it, and the last place of that low (as
    Kadane's scan would find them), with array operations."""
    prefix = np.concatenate(([0.0], np.cumsum(values)))
    low = np.minimum.accumulate(prefix)
    rising = prefix - low
    end = int(np.argmax(rising))
    if rising[end] <= 0:
        return 0, 0
    at_low = np.flatnonzero(prefix[:end] <= low[end])
    return int(at_low[-1]), end


def upper_quartile(values: np.ndarray) -> float:
    """``np.percentile(values, 75)``, to the last bit (its linear method, as
    numpy computes it, down to the sign of a zero), without the overhead that
    is most of its cost on a page's few hundred lines."""
    n = len(values)
    virtual = (n - 1) * 0.75
    if virtual >= n - 1:  # one value: numpy takes the last (index -1), with a weight of 1
        below = above = -1
    else:
        below = int(np.floor(virtual))
        above = below + 1
    gamma = virtual - below
    # partitioned at the places numpy chooses, so that equal values (0.0 and -0.0) land alike
    ordered = np.partition(values, np.unique(np.array([0, -1, below, above])))
    a, b = ordered[below], ordered[above]
    diff = b - a
    return b - diff * (1 - gamma) if gamma >= 0.5 else a + diff * gamma


def design_matrix(page: Page) -> np.ndarray:
    """One row per line: its own features, then its context."""
    x = page.features
    n = len(x)
    words = np.expm1(_col(x, "log_words"))
    prose = prose_mass(x)
    cols = [x]
    # the neighbours' features: one padded copy, read at each offset
    padded = np.full((n + 2 * _REACH, len(_NEIGHBOUR_FEATURES)), -1.0)
    padded[_REACH:_REACH + n] = x[:, _NEIGHBOUR_FEATURES]
    cols.extend(padded[_REACH + offset:_REACH + offset + n] for offset in _NEIGHBOUR_OFFSETS)
    index = np.arange(n)
    counts = np.column_stack([np.minimum(index + h + 1, n) - np.maximum(index - h, 0) for h in _MEAN_WINDOWS])
    cols.append(window_sums(_col(x, "log_words")[:, None], [(-h, h + 1) for h in _MEAN_WINDOWS]) / counts)

    total = words.sum() + 1
    cols.append((np.cumsum(words) / total)[:, None])
    cols.append(np.full((n, 1), np.log1p(total)))
    cols.append(np.full((n, 1), np.log1p(n)))
    sums = np.column_stack((words, prose, _col(x, "duplicate"), _col(x, "bullet"), _col(x, "furniture")))
    windowed = np.log1p(window_sums(sums, _SUM_WINDOWS))
    cols.append(windowed.reshape(n, len(_SUM_WINDOWS), 5).transpose(0, 2, 1).reshape(n, -1))
    cumulative_prose = np.cumsum(prose)
    cols.append((cumulative_prose / (cumulative_prose[-1] + 1))[:, None])

    cols.append((words / (words.max() + 1))[:, None])
    cols.append(_rank(words)[:, None])
    cols.append(_rank(prose)[:, None])
    cols.append((prose / (prose.max() + 1e-9))[:, None])
    markers = x[:, _MARKERS]
    before = np.cumsum(markers, axis=0)
    marker_windows = window_sums(markers, _MARKER_WINDOWS)
    for k in range(len(_MARKERS)):
        cols.append(np.log1p(before[:, k:k + 1]))
        cols.append(np.log1p(markers[:, k].sum() - before[:, k:k + 1]))
        cols.append(marker_windows[:, k::len(_MARKERS)])
    low, high = densest_run(prose - upper_quartile(prose) - 1) if n else (0, 0)
    cols.append(((index >= low) & (index < high)).astype(float)[:, None])
    cols.append(np.clip(low - index, -50, 50)[:, None] / 10)
    cols.append(np.clip(index - high, -50, 50)[:, None] / 10)
    comments = x[:, _COMMENTS]
    comment_windows = window_sums(comments, _COMMENT_WINDOWS)
    comment_before = np.log1p(np.cumsum(comments, axis=0))
    for k in range(len(_COMMENTS)):
        cols.append(comment_windows[:, k::len(_COMMENTS)])
        cols.append(comment_before[:, k:k + 1])
    return np.hstack(cols)
