#!/usr/bin/env python3
"""Does a per-source template memory pay? Measured on the dev sets' pages
that share a host with another page.

The dev sets hold few pages per host (aeb-dev: 25 hosts with 2 pages;
wcxb-dev: 22 hosts with 2 or 3; the host is that of truth.json's ``url``).
Each such page is cleaned twice: without memory, and with the template lines
its host's *other* pages give (leave-one-out: a line counts once it occurs in
at least ``--min-others`` of them, 1 by default, since no host has more than
two others). Body P/R/F1 (the benchmark's shingle metric, as
``bench/quality.py`` scores it) are compared on those pages only, per set and
rendering, for each policy of what a recurring line may be:

- ``all``: every line that recurs;
- ``short<K>``: recurring lines of at most K words (shorter than a paragraph:
  a paragraph two articles of a site share can be a real quote);
- ``outside``: recurring lines that the cleaner, without memory, left out of
  the article of another page of the host (its ``boilerplate``);
- ``outside+short<K>``: both;
- ``once``: only lines printed once in the page (not "Pros", "Cons" and
  "Price", headings every review of a site repeats); ``min<K>``: of K words
  or more; ``dup<PCT>``: no template at all for a page with PCT% or more of
  its words in recurring lines (a copy of a page seen before, such as one
  article under two URLs);
- ``worker``: what ``worker/templates.py`` chooses (``all+once+dup90``), by
  its own code, given the other pages as its memory.

Lines are the page's lines as ``read_page`` normalises them, the lines
``extract_text(template_lines=...)`` compares. The HTML cleaner takes no
template lines: for ``html`` a line is a line of the body or an entry of the
boilerplate (whitespace collapsed), and the memory drops body lines after
cleaning (what a wrapper outside the cleaner could do).

``hit`` counts the pages whose body lost a line to the memory, ``removed``
the body lines it took out; of those with 4 words or more, ``4w+ truth`` are
the ones whose words the truth body holds in sequence (real text lost) and
``4w+ tmpl`` the others (template removed). Shorter lines cannot be told
apart this way ("Share" and "By" occur in many bodies): the shingle figures
count them. Deterministic: the same pages always give the same figures.

    python bench/templates.py
    python bench/templates.py --sets aeb-dev --renderers text_bs --policies all outside
    python bench/templates.py --show 20        # the lines removed, by policy
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from quality import DEFAULT_BENCH, RENDERERS, load_pages, words  # noqa: E402

from worker.cleaning import extract  # noqa: E402
from worker.cleaning.lines import read_page  # noqa: E402
from worker.cleaning.model import Extraction  # noqa: E402
from worker.cleaning.text import extract_text  # noqa: E402
from worker.templates import choose, line_key, source_of  # noqa: E402

POLICIES = ("all", "short12", "short25", "outside", "outside+short25", "all+once", "all+once+dup90",
            "worker")


def host_of(url: str) -> str:
    """The source the worker's memory would file a page under, given its URL alone."""
    return source_of({"source": {"url": url}}) or ""


def groups(truth: dict, ids) -> dict[str, list[str]]:
    """Pages by host, only hosts with two pages or more, in id order."""
    by_host = defaultdict(list)
    for page_id in sorted(ids):
        by_host[host_of(truth[page_id]["url"])].append(page_id)
    return {h: members for h, members in by_host.items() if len(members) > 1}


def _norm(line: str) -> str:
    return " ".join(line.split())


def page_lines(content: str, base: Extraction, renderer: str) -> list[str]:
    """The lines of a page, as the memory would record them."""
    if renderer != "html":
        return read_page(content).lines
    return [_norm(x) for x in [*base.body.split("\n"), *base.boilerplate] if _norm(x)]


def dropped_lines(base: Extraction) -> set[str]:
    """What the cleaner, without memory, left out of the article."""
    return {_norm(x) for x in base.boilerplate}


def parse_policy(policy: str) -> dict:
    """``all`` or ``outside``, then any of ``short<K>``, ``min<K>``, ``once``,
    ``dup<PCT>``, joined by ``+`` (``outside+short25+once``); or ``worker``."""
    rule = {"kind": "all", "short": None, "min": 1, "once": False, "dup": None}
    if policy == "worker":
        return {**rule, "kind": "worker"}
    for token in policy.split("+"):
        if token in ("all", "outside"):
            rule["kind"] = token
        elif token == "once":
            rule["once"] = True
        elif m := re.fullmatch(r"(short|min|dup)(\d+)", token):
            rule[m[1]] = int(m[2])
        else:
            raise ValueError(f"unknown policy token {token!r} in {policy!r}")
    return rule


def template_for(page_id: str, members: list[str], lines: dict, dropped: dict, policy: str,
                 min_others: int) -> frozenset[str]:
    rule = parse_policy(policy)
    others = [m for m in members if m != page_id]
    if rule["kind"] == "worker":  # worker/templates.py's own choice, the others as its memory
        keys = {line: line_key("host", line) for line in lines[page_id]}
        firsts = defaultdict(list)
        for other in others:
            for line in set(lines[other]):
                firsts[line_key("host", line)].append(other)
        return choose(page_id, lines[page_id], keys, firsts, min_others)
    seen = defaultdict(int)
    outside = set()
    for other in others:
        for line in set(lines[other]):
            seen[line] += 1
        outside |= dropped[other]
    own = Counter(lines[page_id])
    found = set()
    for line in own:
        n_words = len(line.split())
        if seen[line] < min_others or n_words < rule["min"]:
            continue
        if rule["short"] and n_words > rule["short"]:
            continue
        if rule["once"] and own[line] > 1:
            continue
        if rule["kind"] == "outside" and line not in outside:
            continue
        found.add(line)
    if rule["dup"] is not None:
        total = sum(len(line.split()) * n for line, n in own.items())
        recurring = sum(len(line.split()) * n for line, n in own.items() if seen[line] >= min_others)
        if total and recurring * 100 >= rule["dup"] * total:
            return frozenset()  # a copy of a page seen before, not a page of template
    return frozenset(found)


def clean_with(content: str, base: Extraction, renderer: str, template: frozenset[str]) -> str:
    if not template:
        return base.body
    if renderer != "html":
        return extract_text(content, template_lines=template).body
    kept = [x for x in base.body.split("\n") if _norm(x) not in template]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()


def removed_lines(before: str, after: str) -> list[str]:
    remaining = {_norm(x) for x in after.split("\n")}
    return [_norm(x) for x in before.split("\n") if _norm(x) and _norm(x) not in remaining]


def in_truth(line: str, truth_body: str) -> bool:
    needle = " ".join(words(line))
    return bool(needle) and f" {needle} " in f" {' '.join(words(truth_body))} "


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bench", type=Path, default=DEFAULT_BENCH, help="the shared bench folder")
    ap.add_argument("--sets", nargs="+", default=["aeb-dev", "wcxb-dev"])
    ap.add_argument("--renderers", nargs="+", default=list(RENDERERS), choices=RENDERERS)
    ap.add_argument("--policies", nargs="+", default=list(POLICIES))
    ap.add_argument("--min-others", type=int, default=1,
                    help="a line is template once in this many of the host's other pages")
    ap.add_argument("--show", type=int, default=0, help="print up to this many removed lines per row")
    args = ap.parse_args()
    for policy in args.policies:
        try:
            parse_policy(policy)
        except ValueError as exc:
            ap.error(str(exc))

    sys.path.insert(0, str(args.bench))
    import metric  # the benchmark's own scorer

    print("command: python bench/templates.py " + " ".join(sys.argv[1:]))
    print(f"{'set':9} {'renderer':9} {'policy':16} {'pages':>5} {'hit':>4} {'P':>6} {'R':>6} {'F1':>6} "
          f"{'dP':>7} {'dR':>7} {'dF1':>7} {'removed':>7} {'4w+ tmpl':>8} {'4w+ truth':>9}")
    for name in args.sets:
        folder = args.bench / name
        truth = json.loads((folder / "truth.json").read_text("utf-8"))
        for renderer in args.renderers:
            pages = load_pages(folder, renderer, "all")
            hosts = groups(truth, pages)
            paired = sorted(p for members in hosts.values() for p in members)
            fmt = "html" if renderer == "html" else "text"
            base = {p: extract(pages[p], fmt) for p in paired}
            lines = {p: page_lines(pages[p], base[p], renderer) for p in paired}
            dropped = {p: dropped_lines(base[p]) for p in paired}
            refs = {p: truth[p]["body"] for p in paired}
            before = metric.score(refs, {p: base[p].body for p in paired}, n_bootstrap=0)
            print(f"{name:9} {renderer:9} {'(no memory)':16} {len(paired):5d} {'':>4} "
                  f"{before['precision']:6.3f} {before['recall']:6.3f} {before['f1']:6.3f}")
            for policy in args.policies:
                preds, removed, hit = {}, [], 0
                for members in hosts.values():
                    for p in members:
                        template = template_for(p, members, lines, dropped, policy, args.min_others)
                        preds[p] = clean_with(pages[p], base[p], renderer, template)
                        gone = removed_lines(base[p].body, preds[p])
                        hit += bool(gone)
                        removed += [(p, line, in_truth(line, refs[p])) for line in gone]
                s = metric.score(refs, preds, n_bootstrap=0)
                real = sum(r for _, line, r in removed if len(words(line)) >= 4)
                template = sum(not r for _, line, r in removed if len(words(line)) >= 4)
                print(f"{name:9} {renderer:9} {policy:16} {len(paired):5d} {hit:4d} "
                      f"{s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} "
                      f"{s['precision'] - before['precision']:+7.3f} {s['recall'] - before['recall']:+7.3f} "
                      f"{s['f1'] - before['f1']:+7.3f} {len(removed):7d} {template:8d} {real:9d}")
                for p, line, real_text in removed[:args.show]:
                    tag = "TRUTH " if real_text else "templ "
                    print(f"    {tag}{host_of(truth[p]['url'])[:28]:28} {line[:100]!r}")


if __name__ == "__main__":
    main()
