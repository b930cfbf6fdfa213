#!/usr/bin/env python3
"""Work done by the plain-text cleaner, counted in instructions.

Wall-clock figures (``cleaner_speed.py``) move by a few per cent with the
machine's load; callgrind's instruction count does not, so a speed-up or a
new rule's cost of 1% can be told from noise. A fixed sample of tune pages
(the first 60 wcxb-dev and 20 aeb-dev page ids, both renderings) is cleaned
once to warm up, then again with only that second pass counted (inside a
``heapq.heapify`` comparison, which ``--toggle-collect`` names).

    python bench/cleaner_instructions.py
    python bench/cleaner_instructions.py --against /tmp/before/worker/cleaning

Needs valgrind. Takes about three and a half minutes per cleaner.
"""
from __future__ import annotations

import argparse
import heapq
import os
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from cleaner_speed import load_cleaner  # noqa: E402
from quality import DEFAULT_BENCH, load_pages  # noqa: E402

SAMPLE = {"wcxb-dev": 60, "aeb-dev": 20}
RENDERERS = ("text_bs", "text_w3m")


def sample(bench: Path) -> list[str]:
    texts = []
    for name, count in SAMPLE.items():
        for renderer in RENDERERS:
            pages = load_pages(bench / name, renderer, "tune")
            texts += [pages[i] for i in sorted(pages)[:count]]
    return texts


def inner(bench: Path, against: Path | None) -> None:
    """Clean the sample twice; callgrind counts the second pass only."""
    if against is None:
        from worker.cleaning.text import extract_text
    else:
        extract_text = load_cleaner(against)
    texts = sample(bench)
    for text in texts:
        extract_text(text)

    class Counted:
        def __lt__(self, other: object) -> bool:
            for text in texts:
                extract_text(text)
            return False

    heapq.heapify([Counted(), Counted()])


def counted(bench: Path, against: Path | None) -> int:
    command = ["valgrind", "--tool=callgrind", "--collect-atstart=no", "--toggle-collect=*heapify*",
               "--callgrind-out-file=/dev/null", sys.executable, __file__, "--inner", "--bench", str(bench)]
    if against is not None:
        command += ["--against", str(against)]
    env = dict(os.environ, PYTHONHASHSEED="0")
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    return int(re.search(r"Collected : (\d+)", done.stderr).group(1))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    ap.add_argument("--against", type=Path, help="another version's worker/cleaning folder")
    ap.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.inner:
        inner(args.bench, args.against)
        return
    against = f" --against {args.against}" if args.against else ""
    print(f"command: python bench/cleaner_instructions.py{against}")
    pages = 2 * sum(SAMPLE.values())
    this = counted(args.bench, None)
    print(f"this     {this:>15,} instructions, {this / pages / 1e6:.1f} M per page ({pages} renderings)")
    if args.against:
        other = counted(args.bench, args.against)
        print(f"against  {other:>15,} instructions, {other / pages / 1e6:.1f} M per page")
        print(f"ratio    {this / other:.3f}")


if __name__ == "__main__":
    main()
