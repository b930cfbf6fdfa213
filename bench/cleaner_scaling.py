#!/usr/bin/env python3
"""How the plain-text cleaner's time grows with input size: ms per MB for
inputs of 50 KB to 5 MB, built by repeating the sample pages in ``seeds/``.
A flat ms/MB column means linear time.

    python bench/cleaner_scaling.py [--repeat 3]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from worker.cleaning import extract  # noqa: E402

SIZES_KB = (50, 200, 1000, 2000, 5000)


def sample(size: int) -> str:
    pages = [p.read_text("utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    unit = "\n\n".join(pages)
    return (unit * (size // len(unit.encode()) + 1))[:size]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=3, help="runs per size; the fastest counts")
    args = ap.parse_args()
    print("command: python bench/cleaner_scaling.py " + " ".join(sys.argv[1:]))
    print(f"{'KB':>6} {'lines':>7} {'ms':>9} {'ms/MB':>8}")
    for kb in SIZES_KB:
        text = sample(kb * 1000)
        best = float("inf")
        for _ in range(args.repeat):
            started = time.process_time()
            extract(text, "text")
            best = min(best, time.process_time() - started)
        print(f"{kb:6d} {text.count(chr(10)):7d} {best * 1000:9.1f} {best * 1000 / (kb / 1000):8.1f}")


if __name__ == "__main__":
    main()
