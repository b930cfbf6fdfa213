#!/usr/bin/env python3
"""Build a compiled copy of the plain-text cleaner, to measure what compiling
it would buy: this worktree's ``worker`` and ``bench`` copied to ``--out``,
the plain-text modules of ``worker/cleaning`` (not the HTML path) compiled
there in place with mypyc or Cython (pure-Python mode), then the copy's
outputs checked against saved ones and its speed taken beside this
worktree's pure-Python cleaner.

    pip install mypy cython
    python bench/cleaner_outputs.py --save /tmp/pre-outputs.json
    python bench/cleaner_compiled.py --compiler mypyc --out /tmp/compiled \\
        --check /tmp/pre-outputs.json

Nothing here is part of the install: the package stays pure Python. mypyc
needs the modules to type-check (``mypy`` clean) and checks annotations at
run time (a numpy bool returned as ``bool`` raises); its ``str.lower`` does
not give the Greek final sigma. Cython checks annotated locals' exact types
(a ``dict`` annotation refuses a ``defaultdict``) and refuses a starred item
in a list display inside a call (``text.py``: ``min([body[0], *contents])``,
to be rewritten in the copy before it builds).
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quality import DEFAULT_BENCH  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
#: mypy is run on the copy alone: imports outside it (lxml, celery) are not followed
MYPY_INI = "[mypy]\nignore_missing_imports = True\nfollow_imports = silent\n"


def plain_text_modules(folder: Path) -> list[str]:
    cleaning = folder / "worker" / "cleaning"
    return [str(p.relative_to(folder)) for p in sorted([*cleaning.glob("*.py"), *cleaning.glob("rules/*.py")])
            if not p.name.startswith("html") and p.name != "__init__.py"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--compiler", choices=("mypyc", "cython"), default="mypyc")
    ap.add_argument("--out", type=Path, required=True, help="a folder to build the copy in (replaced)")
    ap.add_argument("--check", type=Path, help="outputs saved by bench/cleaner_outputs.py --save")
    ap.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    ap.add_argument("--no-speed", action="store_true", help="build (and check) only")
    args = ap.parse_args()
    out = args.out.resolve()
    shutil.rmtree(out, ignore_errors=True)
    for part in ("worker", "bench"):
        shutil.copytree(ROOT / part, out / part, ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    (out / "mypy.ini").write_text(MYPY_INI)
    modules = plain_text_modules(out)
    command = (["mypyc", *modules] if args.compiler == "mypyc"
               else ["cythonize", "-i", "-3", "-j", str(os.cpu_count() or 1), *modules])
    started = time.monotonic()
    subprocess.run(command, cwd=out, check=True, stdout=subprocess.DEVNULL)
    print(f"{args.compiler}: {len(modules)} modules built in {time.monotonic() - started:.0f} s (wall)")
    run = partial(subprocess.run, cwd=out, env={**os.environ, "PYTHONPATH": str(out)}, check=True)
    bench = ["--bench", str(args.bench.resolve())]
    if args.check:
        run([sys.executable, "bench/cleaner_outputs.py", "--check", str(args.check.resolve()), *bench])
    if not args.no_speed:
        run([sys.executable, "bench/cleaner_speed.py", "--against", str(ROOT / "worker/cleaning"), *bench])


if __name__ == "__main__":
    main()
