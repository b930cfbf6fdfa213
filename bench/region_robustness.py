#!/usr/bin/env python3
"""How robust the choice of the article's region is on news pages: the tune
pages of aeb-dev and the news pages (``silver_left.is_news``) of wcxb-dev's
tune half, perturbed the ways real sites print their articles, each scored
against its truth with the benchmark's shingle metric.

The article's lines in a rendering are the lines of 8 words or more whose
4-word shingles are mostly in the truth body. The perturbations:

* ``teasers_after`` / ``teasers_before``: other pages' leads as a list of
  teasers (headline over one or two sentences) under or over the article,
  under a heading ("Related stories", "More news", ...) or none;
* ``comments``: a comment section (count, names, posting times, other pages'
  sentences, "Reply") under the article;
* ``newsletter_mid`` / ``advert_split``: a newsletter box, or an
  "Advertisement" / "Continue reading below" break, in the article's middle;
* ``next_story``: another page's article printed whole under the article
  (an endless scroll), under a label ("Next story", "Up next") or none;
* ``short`` / ``short_boiler`` / ``short_boiler_footer``: the article cut to
  its first three paragraphs (the truth cut with it), alone, with made-up
  prose of the site's own (about us, cookies, rights) right under it, or in
  its footer some lines below;
* ``no_headline``: the page without its headline line.

Each row gives the corpus figures (F1, precision, recall) and how many pages
score more than 0.1 below their unperturbed F1 ("broken"). ``--show X``
lists the pages more than X below, ``--kinds`` picks perturbations.

    python bench/region_robustness.py
    python bench/region_robustness.py --kinds none comments --show 0.1

Tune half only: the check half is held out (its pages are not studied).
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from quality import DEFAULT_BENCH, load_pages  # noqa: E402
from silver_left import is_news  # noqa: E402

from worker.cleaning import extract_text  # noqa: E402

_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
_ARTICLE_LINE_WORDS, _ARTICLE_SHARE, _BROKEN = 8, 0.8, 0.1
KINDS = ("none", "teasers_after", "teasers_before", "comments", "newsletter_mid", "advert_split",
         "next_story", "short", "short_boiler", "short_boiler_footer", "no_headline")

_USERS = ("jdoe1982", "Marta K.", "truthseeker", "Old Sailor", "bcarter", "Nina_P", "RealisticView", "tom w")
_TIMES = ("March 3, 2021 at 9:14 am", "2 days ago", "14 Jan 2020, 18:02", "5 hours ago",
          "July 21, 2019 at 11:40 pm")
_TEASER_HEADINGS = ("Related stories", "More from News", "You may also like", "Recommended", "")
_LEAD_HEADINGS = ("More news", "Top stories", "Latest", "")
_NEXT_LABELS = ("Next story", "Next article", "Up next", "")
_NEWSLETTER = ("Sign up for our newsletter",
               "Get the day's top stories and the best of our reporting delivered straight to your inbox "
               "every morning.",
               "Email address", "Sign up",
               "By signing up you agree to our Terms of Use and Privacy Policy. You can unsubscribe at any "
               "time.")
_SITE_PROSE = (
    "Our newsroom is committed to independent journalism that holds the powerful to account. We rely on "
    "the support of our readers to fund reporting from across the region, and every subscription helps us "
    "hire reporters, editors and photographers who cover the stories that matter to our communities.",
    "We use cookies and similar technologies to improve your experience on our website, to analyse traffic "
    "and to personalise content and advertising. By continuing to browse the site you agree to our use of "
    "cookies. You can change your preferences at any time in the settings of your browser.",
    "This material may not be published, broadcast, rewritten or redistributed in whole or in part without "
    "prior written permission. All content on this site is provided for general information only and does "
    "not constitute professional advice of any kind; readers should seek independent advice before acting.",
    "The company was founded more than a century ago and today publishes a family of newspapers, magazines "
    "and websites read by millions of people every month. Its journalists have won numerous awards for "
    "their investigative work, and its archive holds a hundred years of reporting on local and world events.",
)


def _sentences(text: str) -> list[str]:
    pieces = _SENTENCE_END.split(text.replace("\n", " "))
    return [s.strip() for s in pieces if 6 <= len(_WORD.findall(s)) <= 40]


def _article_lines(metric, lines: list[str], truth: str) -> list[int]:
    """The rendered lines that are the truth's prose: most of their shingles in it."""
    bag = metric.shingle_bag(truth)
    found = []
    for pos, line in enumerate(lines):
        if len(_WORD.findall(line)) < _ARTICLE_LINE_WORDS:
            continue
        shingles = metric.shingle_bag(line)
        if sum(min(c, bag[k]) for k, c in shingles.items()) >= _ARTICLE_SHARE * sum(shingles.values()):
            found.append(pos)
    return found


def _headline_of(body: str) -> str | None:
    sentences = _sentences(body)
    return " ".join(_WORD.findall(sentences[0])[:10]).capitalize() if sentences else None


def _teasers(others: list[dict], rng: random.Random, n: int) -> list[str]:
    found = []
    for other in rng.sample(others, n):
        sentences = _sentences(other["body"])
        if sentences and other["title"]:
            found += [other["title"], " ".join(sentences[:rng.choice((1, 2))])]
    return found


def _comments(others: list[dict], rng: random.Random, n: int = 6) -> list[str]:
    found = [f"{rng.randint(12, 240)} Comments", "Join the discussion"]
    for other in rng.sample(others, n):
        sentences = _sentences(other["body"])
        if sentences:
            comment = " ".join(sentences[:rng.choice((1, 2))])
            found += [rng.choice(_USERS), rng.choice(_TIMES), comment, "Reply"]
    return found


def _heading(label: str) -> list[str]:
    return [label] if label else []


def perturb(metric, kind: str, lines: list[str], arts: list[int], headline: set[int], others: list[dict],
            rng: random.Random, truth: str) -> tuple[list[str], str] | None:
    """The perturbed page's lines and its truth; None when the page cannot take the perturbation."""
    first, last, middle = arts[0], arts[-1], arts[len(arts) // 2]
    if kind == "teasers_after":
        return lines[:last + 1] + _heading(rng.choice(_TEASER_HEADINGS)) + _teasers(others, rng, 4) \
            + lines[last + 1:], truth
    if kind == "teasers_before":
        return lines[:first] + _heading(rng.choice(_LEAD_HEADINGS)) + _teasers(others, rng, 3) \
            + lines[first:], truth
    if kind == "comments":
        return lines[:last + 1] + _comments(others, rng) + lines[last + 1:], truth
    if kind == "newsletter_mid":
        return lines[:middle] + list(_NEWSLETTER) + lines[middle:], truth
    if kind == "advert_split":
        return lines[:middle] + ["Advertisement", "Continue reading below"] + lines[middle:], truth
    if kind == "next_story":
        other = rng.choice(others)
        if not other["title"]:
            return None
        return lines[:last + 1] + _heading(rng.choice(_NEXT_LABELS)) + [other["title"]] \
            + other["body"].split("\n") + lines[last + 1:], truth
    if kind in ("short", "short_boiler", "short_boiler_footer"):
        if len(arts) < 6:
            return None
        # the article up to its third paragraph, and the truth up to the same paragraph
        head, tail = lines[:arts[3]], lines[last + 1:]
        paragraphs = [p for p in truth.split("\n") if p.strip()]
        third = metric.shingle_bag(lines[arts[2]])
        at = max(range(len(paragraphs)),
                 key=lambda q: sum((metric.shingle_bag(paragraphs[q]) & third).values()))
        prose = list(rng.sample(_SITE_PROSE, 3))
        if kind == "short_boiler":
            head += prose
        elif kind == "short_boiler_footer":
            cut = min(len(tail), 12)
            tail = tail[:cut] + ["About us"] + prose + tail[cut:]
        return head + tail, "\n\n".join(paragraphs[:at + 1])
    if kind == "no_headline":
        if not headline:
            return None
        return [line for pos, line in enumerate(lines) if pos not in headline], truth
    raise ValueError(kind)


def news_pages(bench: Path, renderer: str) -> list[tuple[str, str, str, str, str | None]]:
    """(set, page id, text, truth body, headline) of aeb-dev's tune pages and wcxb-dev's tune news pages."""
    pages = []
    for name in ("aeb-dev", "wcxb-dev"):
        truth = json.loads((bench / name / "truth.json").read_text("utf-8"))
        for page_id, text in load_pages(bench / name, renderer, "tune").items():
            if name == "aeb-dev" or is_news(bench / name, page_id):
                pages.append((name, page_id, text, truth[page_id]["body"], truth[page_id].get("title")))
    return pages


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bench", type=Path, default=DEFAULT_BENCH, help="the shared bench folder")
    ap.add_argument("--renderers", nargs="+", default=["text_bs", "text_w3m"],
                    choices=("text_bs", "text_w3m"))
    ap.add_argument("--kinds", nargs="+", default=list(KINDS), choices=KINDS)
    ap.add_argument("--show", type=float, help="list the pages whose F1 falls more than this")
    args = ap.parse_args()
    sys.path.insert(0, str(args.bench))
    import metric  # the benchmark's scorer, beside its data
    kinds = ["none"] + [k for k in args.kinds if k != "none"]
    for renderer in args.renderers:
        pages = news_pages(args.bench, renderer)
        unperturbed: dict[str, float] = {}
        for kind in kinds:
            refs, preds = {}, {}
            for name, page_id, text, body, _ in pages:
                lines = text.split("\n")
                arts = _article_lines(metric, lines, body)
                if len(arts) < 2:
                    continue
                rng = random.Random(f"{page_id}{kind}")
                others = [{"body": p[3], "title": p[4] or _headline_of(p[3])}
                          for p in rng.sample(pages, 12) if p[1] != page_id]
                headline: set[int] = set()
                if kind == "no_headline":
                    got = (extract_text(text).title or "").strip()
                    headline = {pos for pos in range(arts[0]) if got and lines[pos].strip() == got}
                found = (lines, body) if kind == "none" else \
                    perturb(metric, kind, lines, arts, headline, others, rng, body)
                if found is None:
                    continue
                key = f"{name}/{page_id}"
                refs[key], preds[key] = found[1], extract_text("\n".join(found[0])).body
            score = metric.score(refs, preds, n_bootstrap=0)
            per_page = {k: v["f1"] for k, v in metric.per_page(refs, preds).items()}
            if kind == "none":
                unperturbed = per_page
            fallen = {k: unperturbed[k] - f for k, f in per_page.items() if k in unperturbed}
            broken = sum(d > _BROKEN for d in fallen.values())
            print(f"{renderer:8} {kind:19} pages {len(refs):3}  F1 {score['f1']:.4f}"
                  f"  P {score['precision']:.4f}  R {score['recall']:.4f}  broken {broken:3}", flush=True)
            if args.show is not None and kind != "none":
                for k in sorted(fallen, key=fallen.get, reverse=True):
                    if fallen[k] > args.show:
                        print(f"    {k}  {unperturbed[k]:.3f} -> {per_page[k]:.3f}")
    print("command: python bench/region_robustness.py " + " ".join(sys.argv[1:]))


if __name__ == "__main__":
    main()
