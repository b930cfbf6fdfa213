#!/usr/bin/env python3
"""A digest of every plain-text cleaner output on the shared dev sets, to check
that a change meant to be neutral (a speed-up) changes nothing.

For every page of ``aeb-dev`` and ``wcxb-dev``, renderings ``text_bs`` and
``text_w3m``, the title, body, captions, boilerplate, language, author and date
are hashed (a file saved before author and date were hashed is checked on the rest).

    python bench/cleaner_outputs.py --save bench/out/outputs.json   # before
    python bench/cleaner_outputs.py --check bench/out/outputs.json  # after: lists pages that differ
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from quality import DEFAULT_BENCH, load_pages  # noqa: E402

from worker.cleaning import extract  # noqa: E402

SETS = ("aeb-dev", "wcxb-dev")
RENDERERS = ("text_bs", "text_w3m")
FIELDS = ("title", "body", "captions", "boilerplate", "lang", "author", "published_at")


def digest(result) -> dict[str, str]:
    values = {"title": result.title, "body": result.body,
              "captions": [c.as_dict() for c in result.captions],
              "boilerplate": list(result.boilerplate), "lang": result.lang,
              "author": result.author, "published_at": result.published_at}
    return {f: hashlib.sha256(json.dumps(values[f], ensure_ascii=False).encode()).hexdigest()[:16]
            for f in FIELDS}


def outputs(bench: Path) -> dict[str, dict[str, str]]:
    found = {}
    for name in SETS:
        for renderer in RENDERERS:
            for page_id, content in load_pages(bench / name, renderer, "all").items():
                found[f"{name}/{renderer}/{page_id}"] = digest(extract(content, "text"))
    return found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path, help="write the digests here")
    group.add_argument("--check", type=Path, help="compare with digests saved earlier")
    args = ap.parse_args()
    found = outputs(args.bench)
    if args.save:
        args.save.parent.mkdir(parents=True, exist_ok=True)
        args.save.write_text(json.dumps(found, indent=0, sort_keys=True))
        print(f"{len(found)} pages saved to {args.save}")
        return
    saved = json.loads(args.check.read_text())
    differ = {key: [f for f in saved[key] if found.get(key, {}).get(f) != saved[key][f]]
              for key in saved}
    differ = {key: fields for key, fields in differ.items() if fields or key not in found}
    for key, fields in sorted(differ.items()):
        print(f"DIFFERS {key}: {', '.join(fields)}")
    print(f"{len(saved) - len(differ)}/{len(saved)} pages identical")
    sys.exit(1 if differ or len(found) != len(saved) else 0)


if __name__ == "__main__":
    main()
