#!/usr/bin/env python3
"""How the cleaner's time grows with input size: ms per MB for inputs of
50 KB to 5 MB, plain text built by repeating the sample pages in ``seeds/``,
HTML by repeating the body of the sample page in ``seeds/`` inside one page.
A flat ms/MB column means linear time.

    python bench/cleaner_scaling.py [--repeat 3] [--formats text html]
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from worker.cleaning import extract  # noqa: E402

SIZES_KB = (50, 200, 1000, 2000, 5000)


def sample(size: int, fmt: str) -> str:
    if fmt == "text":
        pages = [p.read_text("utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
        unit = "\n\n".join(pages)
        return (unit * (size // len(unit.encode()) + 1))[:size]
    page = next(iter(sorted((ROOT / "seeds").glob("*.html")))).read_text("utf-8")
    head, body, tail = re.split(r"(?is)<body[^>]*>|</body>", page, maxsplit=2)
    repeats = max(1, (size - len(head) - len(tail)) // len(body.encode()))
    return f"{head}<body>{body * repeats}</body>{tail}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=3, help="runs per size; the fastest counts")
    ap.add_argument("--formats", nargs="+", choices=("text", "html"), default=["text", "html"])
    args = ap.parse_args()
    print("command: python bench/cleaner_scaling.py " + " ".join(sys.argv[1:]))
    print(f"{'format':>6} {'KB':>6} {'lines':>7} {'ms':>9} {'ms/MB':>8}")
    for fmt in args.formats:
        for kb in SIZES_KB:
            page = sample(kb * 1000, fmt)
            size_mb = len(page.encode()) / 1e6
            best = float("inf")
            for _ in range(args.repeat):
                started = time.process_time()
                extract(page, fmt)
                best = min(best, time.process_time() - started)
            ms = best * 1000
            print(f"{fmt:>6} {kb:6d} {page.count(chr(10)):7d} {ms:9.1f} {ms / size_mb:8.1f}")


if __name__ == "__main__":
    main()
