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

from .lines import COLUMN_OF, LINE_FEATURES, Page

_NEIGHBOUR_FEATURES = np.array([LINE_FEATURES.index(n) for n in
                                ("log_words", "stop_share", "terminal", "bullet", "title_case")])
_NEIGHBOUR_OFFSETS = (-3, -2, -1, 1, 2, 3)
_REACH = max(map(abs, _NEIGHBOUR_OFFSETS))
_MEAN_WINDOWS = (5, 15, 40)
_SUM_WINDOWS = ((-10, 0), (1, 11), (-40, 0), (1, 41))
_MARKER_WINDOWS = ((-5, 0), (1, 6), (-15, 0), (1, 16))
_COMMENT_WINDOWS = ((-30, 0), (1, 31), (-8, 0), (1, 9))
#: features counted before and around each line, each group in one pass
_MARKERS = [LINE_FEATURES.index(n) for n in ("end_marker", "opener")]
_COMMENTS = [LINE_FEATURES.index(n) for n in ("comment_header", "time_of_day")]
#: the columns counted in windows and running totals, side by side: log words, words, prose,
#: then line features (the three summed with words and prose, the markers, the comment signs)
_LOG_WORDS, _WORDS, _PROSE = 0, 1, 2
_OWN_COUNTED_FEATURES = np.array([*(LINE_FEATURES.index(n) for n in ("duplicate", "bullet", "furniture")),
                                  *_MARKERS, *_COMMENTS])
_COUNTED = 3 + len(_OWN_COUNTED_FEATURES)
_OWN_COUNTED = slice(3, _COUNTED)
_LOG_WORDS_COLUMN, _WORDS_COLUMN = slice(0, 1), slice(1, 2)
_SUMMED = slice(1, 6)
_MARKER_COLUMNS, _COMMENT_COLUMNS = slice(6, 8), slice(8, 10)
_PAD = max(abs(edge) for windows in ([(-h, h + 1) for h in _MEAN_WINDOWS], _SUM_WINDOWS, _MARKER_WINDOWS,
                                      _COMMENT_WINDOWS) for window in windows for edge in window)


def _col(page_features: np.ndarray, name: str) -> np.ndarray:
    return page_features[:, COLUMN_OF[name]]


def _rank(values: np.ndarray) -> np.ndarray:
    """0 for the largest value of the page, 1 for the smallest."""
    n = len(values)
    # each value's place in the stable order: the order's inverse (what a second argsort would give)
    rank = np.empty(n, dtype=np.intp)
    rank[(-values).argsort(kind="stable")] = np.arange(n)
    return rank / max(n - 1, 1)


def prose_mass(features: np.ndarray) -> np.ndarray:
    """Words weighted by how much the line reads as prose (function words,
    end punctuation): the quantity whose densest run is the article."""
    words = np.expm1(_col(features, "log_words"))
    stops = (_col(features, "stop_share") * 4).clip(0, 1)
    return words * stops * (0.5 + 0.5 * _col(features, "terminal"))


def densest_run(values: np.ndarray) -> tuple[int, int]:
    """The [start, end) run with the largest sum of ``values``, (0, 0) when
    none is positive: the first end where a prefix sum stands highest above
    the lowest prefix sum before it, and the last place of that low (as
    Kadane's scan would find them), with array operations."""
    prefix = np.concatenate(([0.0], values.cumsum()))
    low = np.minimum.accumulate(prefix)
    rising = prefix - low
    end = int(rising.argmax())
    if rising[end] <= 0:
        return 0, 0
    at_low = (prefix[:end] <= low[end]).nonzero()[0]
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
    ordered = values.copy()
    ordered.partition(sorted({0, -1, below, above}))
    a, b = ordered[below], ordered[above]
    diff = b - a
    return b - diff * (1 - gamma) if gamma >= 0.5 else a + diff * gamma


#: pages of up to this many lines read their mean windows' line counts from tables made at import
_COUNTED_LINES = 2000
_WINDOW_ENDS = np.arange(_COUNTED_LINES)[:, None] + np.array(_MEAN_WINDOWS) + 1
_WINDOW_STARTS = np.maximum(np.arange(_COUNTED_LINES)[:, None] - np.array(_MEAN_WINDOWS), 0)


def _window_counts(n: int) -> np.ndarray:
    """For each of ``n`` lines, how many lines each window of :data:`_MEAN_WINDOWS`
    around it holds on the page (fewer near its ends): one column a window."""
    if n <= _COUNTED_LINES:
        return np.minimum(_WINDOW_ENDS[:n], n) - _WINDOW_STARTS[:n]
    index = np.arange(n)
    return np.stack([np.minimum(index + h + 1, n) - np.maximum(index - h, 0) for h in _MEAN_WINDOWS], axis=1)


def design_matrix(page: Page) -> np.ndarray:
    """One row per line: its own features, then its context. The columns are
    written into one matrix allocated once (:data:`_DESIGN_WIDTH` wide), not
    gathered in small arrays and joined: on a page of a few dozen lines the
    joining cost more than the arithmetic."""
    return design_of(page.features)


def design_of(x: np.ndarray) -> np.ndarray:
    """:func:`design_matrix` of lines' features (a page's rows, or some of them)."""
    n = len(x)
    out = np.empty((n, _DESIGN_WIDTH))
    own = x.shape[1]
    out[:, :own] = x
    words = np.expm1(_col(x, "log_words"))
    prose = prose_mass(x)
    # the neighbours' features: one padded copy, read at each offset
    padded = np.empty((n + 2 * _REACH, len(_NEIGHBOUR_FEATURES)))
    padded[:_REACH], padded[_REACH + n:] = -1.0, -1.0
    padded[_REACH:_REACH + n] = x[:, _NEIGHBOUR_FEATURES]
    at = own
    step = len(_NEIGHBOUR_FEATURES)
    for offset in _NEIGHBOUR_OFFSETS:
        out[:, at:at + step] = padded[_REACH + offset:_REACH + offset + n]
        at += step

    # every windowed or running count from one cumulative sum of the counted columns
    counted = np.empty((n, _COUNTED))
    counted[:, _LOG_WORDS] = _col(x, "log_words")
    counted[:, _WORDS] = words
    counted[:, _PROSE] = prose
    counted[:, _OWN_COUNTED] = x[:, _OWN_COUNTED_FEATURES]
    cumulative = counted.cumsum(axis=0)
    last = cumulative[-1] if n else np.zeros(_COUNTED)
    base = _PAD + 1
    running = np.empty((base + n + _PAD, _COUNTED))
    running[:base], running[base:base + n], running[base + n:] = 0.0, cumulative, last

    def window(columns: slice, start: int, stop: int) -> np.ndarray:
        """For each row i, the sums of ``columns`` over rows [i + start, i + stop) (clipped)."""
        return (running[base + stop - 1: base + stop - 1 + n, columns]
                - running[base + start - 1: base + start - 1 + n, columns])

    index = np.arange(n)
    counts = _window_counts(n)
    for k, h in enumerate(_MEAN_WINDOWS):
        out[:, at + k:at + k + 1] = window(_LOG_WORDS_COLUMN, -h, h + 1)
    out[:, at:at + len(_MEAN_WINDOWS)] /= counts
    at += len(_MEAN_WINDOWS)

    total = words.sum() + 1
    out[:, at] = cumulative[:, _WORDS] / total
    out[:, at + 1], out[:, at + 2] = np.log1p(total), np.log1p(n)
    at += 3
    summed = _SUMMED.stop - _SUMMED.start
    windowed = np.empty((n, summed * len(_SUM_WINDOWS)))
    for k, (a, b) in enumerate(_SUM_WINDOWS):
        windowed[:, k * summed:(k + 1) * summed] = window(_SUMMED, a, b)
    np.log1p(windowed, out=windowed)
    out[:, at:at + windowed.shape[1]] = windowed.reshape(n, len(_SUM_WINDOWS), summed).transpose(0, 2, 1) \
        .reshape(n, -1)
    at += windowed.shape[1]
    cumulative_prose = cumulative[:, _PROSE]
    out[:, at] = cumulative_prose / (cumulative_prose[-1] + 1)
    out[:, at + 1] = words / (words.max() + 1)
    out[:, at + 2] = _rank(words)
    out[:, at + 3] = _rank(prose)
    out[:, at + 4] = prose / (prose.max() + 1e-9)
    at += 5
    # each marker's running counts, then its windows: columns a marker's width apart
    width = 2 + len(_MARKER_WINDOWS)
    group = out[:, at:at + len(_MARKERS) * width]
    before = cumulative[:, _MARKER_COLUMNS]
    group[:, ::width] = np.log1p(before)
    group[:, 1::width] = np.log1p(last[_MARKER_COLUMNS] - before)
    for w, (a, b) in enumerate(_MARKER_WINDOWS):
        group[:, 2 + w::width] = window(_MARKER_COLUMNS, a, b)
    at += len(_MARKERS) * width
    low, high = densest_run(prose - upper_quartile(prose) - 1) if n else (0, 0)
    out[:, at] = (index >= low) & (index < high)
    out[:, at + 1] = np.minimum(np.maximum(low - index, -50), 50) / 10
    out[:, at + 2] = np.minimum(np.maximum(index - high, -50), 50) / 10
    at += 3
    width = len(_COMMENT_WINDOWS) + 1
    group = out[:, at:at + len(_COMMENTS) * width]
    for w, (a, b) in enumerate(_COMMENT_WINDOWS):
        group[:, w::width] = window(_COMMENT_COLUMNS, a, b)
    group[:, len(_COMMENT_WINDOWS)::width] = np.log1p(cumulative[:, _COMMENT_COLUMNS])
    return out


#: the columns of :func:`design_matrix`: the line's own, its neighbours', the mean
#: windows, the page's sizes and running share, the sum windows, the prose measures,
#: the markers', the densest run's, the comment signs'
_DESIGN_WIDTH = (len(LINE_FEATURES) + len(_NEIGHBOUR_OFFSETS) * len(_NEIGHBOUR_FEATURES) + len(_MEAN_WINDOWS)
                 + 3 + 5 * len(_SUM_WINDOWS) + 5 + len(_MARKERS) * (2 + len(_MARKER_WINDOWS)) + 3
                 + len(_COMMENTS) * (len(_COMMENT_WINDOWS) + 1))
