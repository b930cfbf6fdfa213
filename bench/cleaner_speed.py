#!/usr/bin/env python3
"""Speed of the plain-text cleaner against another version of it, in the same
run: median ms per page for each dev set and rendering, each page timed as
the least CPU time of ``--repeat`` runs, the two versions interleaved page by
page (alternating which goes first) so that load on a shared machine hits
both alike.

    git archive HEAD worker/cleaning | tar -x -C /tmp/before
    python bench/cleaner_speed.py --against /tmp/before/worker/cleaning

Without ``--against`` only this worktree's cleaner is timed.
"""
from __future__ import annotations

import argparse
import importlib.util
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from quality import DEFAULT_BENCH, load_pages  # noqa: E402

from worker.cleaning.text import extract_text  # noqa: E402


def load_cleaner(folder: Path):
    """``extract_text`` of the cleaning package in ``folder``, imported under another name."""
    spec = importlib.util.spec_from_file_location("cleaning_against", folder / "__init__.py",
                                                  submodule_search_locations=[str(folder)])
    module = importlib.util.module_from_spec(spec)
    sys.modules["cleaning_against"] = module
    spec.loader.exec_module(module)
    return importlib.import_module("cleaning_against.text").extract_text


def best_ms(clean, content: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        clean(content)
        best = min(best, time.process_time() - started)
    return best * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    ap.add_argument("--against", type=Path, help="another worker/cleaning folder to time beside this one")
    ap.add_argument("--sets", nargs="+", default=["aeb-dev", "wcxb-dev"])
    ap.add_argument("--renderers", nargs="+", default=["text_bs", "text_w3m"])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    cleaners = {"this": extract_text}
    if args.against:
        cleaners = {"against": load_cleaner(args.against), **cleaners}
    print("command: python bench/cleaner_speed.py " + " ".join(sys.argv[1:]))
    print(f"{'set':9} {'renderer':9} {'pages':>5} " + " ".join(f"{k + ' med':>12}" for k in cleaners)
          + ("  ratio" if len(cleaners) > 1 else ""))
    for name in args.sets:
        for renderer in args.renderers:
            pages = load_pages(args.bench / name, renderer, "all")
            ms: dict[str, list[float]] = {k: [] for k in cleaners}
            for n, content in enumerate(pages.values()):
                order = list(cleaners) if n % 2 else list(reversed(cleaners))
                for key in order:
                    ms[key].append(best_ms(cleaners[key], content, args.repeat))
            medians = {k: statistics.median(v) for k, v in ms.items()}
            line = f"{name:9} {renderer:9} {len(pages):5d} "
            line += " ".join(f"{m:12.2f}" for m in medians.values())
            if len(cleaners) > 1:
                line += f"  {medians['this'] / medians['against']:5.2f}"
            print(line)


if __name__ == "__main__":
    main()
