"""Where several short texts occur in a page, found in one pass over it.

A search per text (``str.find``) reads the whole page once for each: a few
dozen candidate headlines, or a rule's dozen hints, read the page a few dozen
times. Instead, the first ``HEAD`` characters at every place of the page are
hashed at once (numpy), and only the places whose hash is one of the texts'
are compared with those texts. Texts shorter than ``HEAD`` are searched for.
"""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import numpy as np

#: how many first characters of a text are hashed
HEAD = 4
_MIX = (np.uint64(0x9E3779B97F4A7C15), np.uint64(0xC2B2AE3D27D4EB4F))
#: the hash is the top 16 bits of the mix: a bucket of a table of 65,536
_BUCKET_SHIFT = np.uint64(48)


def head_buckets(text: str) -> np.ndarray:
    """For each place of ``text``, a 16-bit hash of the ``HEAD`` characters
    that start there (none for the last ``HEAD - 1`` places): each two
    characters (UTF-32) are read as one 64-bit number, unaligned."""
    n = len(text)
    if n < HEAD:
        return np.zeros(0, dtype=np.uint64)
    pairs = np.ndarray(shape=(n - 1,), dtype=np.uint64, buffer=text.encode("utf-32-le", "surrogatepass"),
                       strides=(4,))
    m = n - HEAD + 1
    # (one array for the page, each step written in place)
    mixed = pairs[:m] * _MIX[0]
    mixed += pairs[2:2 + m]
    mixed *= _MIX[1]
    mixed >>= _BUCKET_SHIFT
    return mixed


def searched(text: str, needle: str) -> list[int]:
    """Every place of ``needle`` in ``text``, overlaps too, by ``str.find``."""
    found: list[int] = []
    at = text.find(needle)
    while at >= 0:
        found.append(at)
        at = text.find(needle, at + 1)
    return found


def _needle_table(needles: Sequence[str]) -> tuple[list[int], dict[int, list[int]], np.ndarray]:
    """The needles that are hashed, those of each bucket, and the buckets wanted (a table of all)."""
    hashed = [i for i, needle in enumerate(needles) if len(needle) >= HEAD]
    if not hashed:
        return hashed, {}, np.zeros(0, dtype=bool)
    heads = head_buckets("".join(needles[i][:HEAD] for i in hashed))[::HEAD]
    by_bucket: dict[int, list[int]] = {}
    for bucket, i in zip(heads.tolist(), hashed):
        by_bucket.setdefault(bucket, []).append(i)
    wanted = np.zeros(0x10000, dtype=bool)
    wanted[heads] = True
    return hashed, by_bucket, wanted


#: below this many characters times needles (a short page's few candidate headlines) a
#: search for each needle costs less than hashing the page
_SEARCHED = 60_000
#: the tables of the rules' hints (tuples, the same on every page), made once each
_rule_table = lru_cache(maxsize=32)(_needle_table)


def places(text: str, needles: Sequence[str]) -> list[list[int]]:
    """Every place where ``text`` has each of ``needles``, left to right,
    overlaps too (as ``str.find`` from each place on finds them). The table
    of a tuple of needles (a rule's hints) is made once, not on each page."""
    if len(text) * len(needles) <= _SEARCHED:
        return [searched(text, needle) for needle in needles]
    found: list[list[int]] = [[] if len(needle) >= HEAD else searched(text, needle) for needle in needles]
    hashed, by_bucket, wanted = (_rule_table if isinstance(needles, tuple) else _needle_table)(needles)
    if not hashed:
        return found
    buckets = head_buckets(text)
    # (the buckets read as signed: below 2 ** 16, the same numbers, and ``take`` need not convert them)
    hits = wanted.take(buckets.view(np.int64)).nonzero()[0]
    for at, bucket in zip(hits.tolist(), buckets[hits].tolist()):
        for i in by_bucket[bucket]:
            if text.startswith(needles[i], at):
                found[i].append(at)
    return found
