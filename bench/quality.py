#!/usr/bin/env python3
"""Quality of the cleaner on the hand-checked dev sets in ../shared/bench.

For each set and rendering, every page goes through the same path as
``ingest clean`` (decode, check, clean), the body is scored with the
benchmark's shingle metric, and the caption, title and speed figures are
printed beside it, with the command that made them. Times are CPU time of
this process (one core), each page's the least of ``--repeat`` runs (3), so
that other work on a shared machine inflates them as little as it can.

    python bench/quality.py                          # every set and rendering
    python bench/quality.py --sets aeb-dev --renderers text_bs --split tune
    python bench/quality.py --per-page bench/out     # predictions and worst pages

``--split tune`` / ``--split check`` take one half of the pages each (by a
hash of the page id): tune on one, confirm on the other.
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from worker.cleaning import extract  # noqa: E402
from worker.encoding import decode  # noqa: E402

DEFAULT_BENCH = ROOT.parent / "shared" / "bench"
RENDERERS = ("text_bs", "text_w3m", "html")
_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")
_LABEL_WORDS = (r"photos?|photograph(?:y|er)?|pictures?|pics?|images?|illustration|graphic|video|credits?|"
                r"source|copyright|courtesy|fotos?|bild|quelle|crédits?|créditos?|fuente|imagen|immagine|fonte")
#: a credit's label ("Photo:", "Image credit:", "Photo by", "Courtesy of", "(c)"): the cleaner
#: may emit a credit without it, and its words are no part of what must be found
_CREDIT_LABEL = re.compile(rf"\b(?:{_LABEL_WORDS})(?:\s+(?:{_LABEL_WORDS}))*\s*:|"
                           rf"(?:^|[.|/;(\[–—]\s*)\s*(?:(?:{_LABEL_WORDS})(?:\s+(?:{_LABEL_WORDS}))*\s+by|(?:(?:{_LABEL_WORDS})\s+)*courtesy\s+of)\b|"
                           r"\(c\)", re.IGNORECASE)


def load_pages(folder: Path, renderer: str, split: str) -> dict[str, str]:
    pages = {}
    for path in sorted((folder / renderer).iterdir()):
        page_id = path.name.split(".")[0]
        if not in_split(page_id, split):
            continue
        data = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
        pages[page_id] = decode(data, html=renderer == "html")
    return pages


def in_split(page_id: str, split: str) -> bool:
    if split == "all":
        return True
    even = hashlib.sha256(page_id.encode()).digest()[0] % 2 == 0
    return even if split == "tune" else not even


def run_cleaner(pages: dict[str, str], fmt: str, repeat: int = 1) -> tuple[dict, list[float]]:
    """Clean every page; its time is the least CPU time of ``repeat`` runs
    (as ``timeit`` does), which discounts what other processes on a shared
    machine cost it (cache and core contention)."""
    results, times = {}, []
    for page_id, content in pages.items():
        best = float("inf")
        for _ in range(repeat):
            started = time.process_time()
            results[page_id] = extract(content, fmt)
            best = min(best, time.process_time() - started)
        times.append(best * 1000)
    return results, times


def words(text: str | None) -> list[str]:
    return _WORD.findall((text or "").lower())


def caption_words(text: str | None) -> list[str]:
    """The words of a caption without its credit's label: "Credit: Amazon" is
    found in an emitted caption whose credit is "Amazon"."""
    return words(_CREDIT_LABEL.sub(" ", text or ""))


def caption_figures(truth: dict, results: dict) -> dict[str, float] | None:
    """Recall of truth captions, precision of emitted ones, and the share of
    truth captions left in the body, over pages whose truth has captions.
    An emitted caption is compared with its credit, as the page prints them
    (the truth's captions keep their credits), both without a credit's label
    ("Photo:", "Image credit:"), which the cleaner may strip off a credit."""
    found = total = real = emitted = leaked = 0
    for page_id, result in results.items():
        wanted = [c for c in truth[page_id].get("captions") or [] if words(c)]
        if not wanted:
            continue
        got = [caption_words(f"{c.text} {c.credit or ''}") for c in result.captions]
        body_words = set(words(result.body))
        for caption in wanted:
            cw = words(caption)
            total += 1
            found += any(_share_in(caption_words(caption), g) >= 0.8 for g in got)
            leaked += len(cw) >= 4 and _share_in(cw, body_words) >= 0.8 and _phrase_in(caption, result.body)
        for g in got:
            emitted += 1
            real += any(_share_in(caption_words(c), g) >= 0.8 or _share_in(g, caption_words(c)) >= 0.8
                        for c in wanted)
    if not total:
        return None
    return {"recall": found / total, "precision": real / emitted if emitted else 0.0,
            "left_in_body": leaked / total, "truth": total, "emitted": emitted}


def _share_in(needle: list[str], haystack) -> float:
    if not needle:
        return 0.0
    pool = set(haystack)
    return sum(1 for w in needle if w in pool) / len(needle)


def _phrase_in(caption: str, body: str) -> bool:
    cw, bw = " ".join(words(caption)), " ".join(words(body))
    return bool(cw) and cw in bw


def title_figures(truth: dict, results: dict) -> dict[str, float] | None:
    pairs = [(truth[i].get("title"), r) for i, r in results.items() if truth[i].get("title")]
    if not pairs:
        return None
    norm = lambda s: _SPACE.sub(" ", s or "").strip()  # noqa: E731
    exact = sum(norm(t) == norm(r.title) for t, r in pairs)
    repeated = sum(bool(r.title) and norm(r.body).startswith(norm(r.title)) for _, r in pairs)
    return {"exact": exact / len(pairs), "repeated_in_body": repeated / len(pairs), "n": len(pairs)}


# --- HTML: trafilatura side by side -------------------------------------------------------

def html_side_by_side(name: str, pages: dict[str, str], truth: dict, metric) -> None:
    """Ours and trafilatura on the same pages in the same process: shingle P/R/F1,
    the metadata shares right, and the median ms per page, timed interleaved
    (page by page, alternating which goes first) so machine load hits both alike.

    trafilatura runs as the issue quotes it, ``extract(include_comments=False)``,
    timed for its text alone ("ms text") and with its metadata ("ms +meta",
    ``bare_extraction(with_metadata=True)``, the comparable job to ours)."""
    try:
        import trafilatura
    except ImportError:
        print(f"  {name}: trafilatura not installed (pip install -e .[bench]): no side by side")
        return
    ours, theirs, their_meta = {}, {}, {}
    ms = {"ours": [], "trafilatura text": [], "trafilatura +meta": []}
    runs = {
        "ours": lambda html: extract(html, "html"),
        "trafilatura text": lambda html: trafilatura.extract(html, include_comments=False) or "",
        "trafilatura +meta": lambda html: trafilatura.bare_extraction(
            html, include_comments=False, with_metadata=True),
    }
    for n, (page_id, html) in enumerate(pages.items()):
        order = list(runs) if n % 2 == 0 else list(reversed(runs))
        out = {}
        for key in order:
            started = time.perf_counter()
            out[key] = runs[key](html)
            ms[key].append((time.perf_counter() - started) * 1000)
        ours[page_id] = out["ours"]
        theirs[page_id] = out["trafilatura text"]
        their_meta[page_id] = _trafilatura_fields(out["trafilatura +meta"])
    refs = {i: truth[i]["body"] for i in pages}
    rows = [("ours", {i: r.body for i, r in ours.items()}, _our_fields(ours), ms["ours"]),
            ("trafilatura", theirs, their_meta, ms["trafilatura text"])]
    with_meta = any(truth[i].get("title") for i in pages)
    print(f"  {name} html side by side ({len(pages)} pages; ms interleaved; "
          f"trafilatura +meta ms med {statistics.median(ms['trafilatura +meta']):.2f})")
    print(f"  {'system':12} {'P':>6} {'R':>6} {'F1':>6} {'ms med':>7}"
          + ("  " + " ".join(f"{f:>7}" for f in _META_FIELDS) if with_meta else ""))
    for label, preds, fields, times in rows:
        s = metric.score(refs, preds, n_bootstrap=0)
        line = (f"  {label:12} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} "
                f"{statistics.median(times):7.2f}")
        if with_meta:
            shares = metadata_shares(truth, fields)
            line += "  " + " ".join(f"{shares[f]:7.3f}" for f in _META_FIELDS)
        print(line)


#: our field -> the truth.json field it is checked against (wcxb-dev)
_META_FIELDS = {"title": "title", "author": "author", "date": "publish_date"}


def _our_fields(results: dict) -> dict[str, dict[str, str | None]]:
    return {i: {"title": r.title, "author": r.author, "date": r.published_at} for i, r in results.items()}


def _trafilatura_fields(document) -> dict[str, str | None]:
    if document is None:
        return {"title": None, "author": None, "date": None}
    return {"title": document.title, "author": document.author, "date": document.date}


def metadata_shares(truth: dict, fields: dict[str, dict[str, str | None]]) -> dict[str, float]:
    """Share of pages whose title, author and date equal the truth after
    whitespace normalisation (dates on their YYYY-MM-DD part). A page whose
    truth has no value is right only when nothing is emitted."""
    return {field: sum(_meta_equal(field, fields[i][field], truth[i].get(key)) for i in fields) / len(fields)
            for field, key in _META_FIELDS.items()}


def _meta_equal(field: str, ours: str | None, theirs: str | None) -> bool:
    def norm(value: str | None) -> str:
        value = _SPACE.sub(" ", value or "").strip()
        return value[:10] if field == "date" else value

    return norm(ours) == norm(theirs)


def byline_figures(truth: dict, results: dict) -> dict[str, dict[str, float]] | None:
    """For a plain-text rendering: the shares of pages whose author and date are
    right (:func:`metadata_shares`), emitted but wrong, and emitted at all."""
    if not any(truth[i].get("author") or truth[i].get("publish_date") for i in results):
        return None
    fields = _our_fields(results)
    exact = metadata_shares(truth, fields)
    figures = {}
    for field in ("author", "date"):
        emitted = [i for i in fields if fields[i][field]]
        wrong = len(emitted) - sum(_meta_equal(field, fields[i][field], truth[i].get(_META_FIELDS[field]))
                                   for i in emitted)
        figures[field] = {"exact": exact[field], "wrong": wrong / len(fields),
                          "emitted": len(emitted) / len(fields)}
    return figures


def bench_arguments(doc: str, renderers: tuple[str, ...]) -> argparse.ArgumentParser:
    """The options every quality bench takes: the bench folder, its sets, the
    renderings and the half of the pages."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("--bench", type=Path, default=DEFAULT_BENCH, help="the shared bench folder")
    ap.add_argument("--sets", nargs="+", default=["aeb-dev", "wcxb-dev"])
    ap.add_argument("--renderers", nargs="+", default=list(renderers), choices=renderers)
    ap.add_argument("--split", choices=("all", "tune", "check"), default="all")
    return ap


def main() -> None:
    ap = bench_arguments(__doc__, RENDERERS)
    ap.add_argument("--per-page", type=Path, help="write predictions and per-page scores here")
    ap.add_argument("--repeat", type=int, default=3,
                    help="time each page as the least of this many runs (the machine is shared)")
    args = ap.parse_args()

    sys.path.insert(0, str(args.bench))
    import metric  # the benchmark's own scorer

    print("command: python bench/quality.py " + " ".join(sys.argv[1:]))
    header = (f"{'set':9} {'renderer':9} {'pages':>5} {'P':>6} {'R':>6} {'F1':>6} {'word-F1':>7} "
              f"{'ms med':>7} {'ms p95':>7} {'cap R':>6} {'cap P':>6} {'cap left':>8} "
              f"{'title':>6} {'t-rep':>6}")
    print(header)
    for name in args.sets:
        folder = args.bench / name
        truth = json.loads((folder / "truth.json").read_text("utf-8"))
        for renderer in args.renderers:
            pages = load_pages(folder, renderer, args.split)
            results, times = run_cleaner(pages, "html" if renderer == "html" else "text", args.repeat)
            refs = {i: truth[i]["body"] for i in results}
            preds = {i: r.body for i, r in results.items()}
            s = metric.score(refs, preds, n_bootstrap=0)
            w = metric.word_score(refs, preds)
            caps = caption_figures(truth, results)
            title = title_figures(truth, results)
            p95 = statistics.quantiles(times, n=20)[-1] if len(times) > 1 else times[0]
            fmt = lambda v: f"{v:6.3f}" if v is not None else "     -"  # noqa: E731
            print(f"{name:9} {renderer:9} {len(results):5d} {s['precision']:6.3f} {s['recall']:6.3f} "
                  f"{s['f1']:6.3f} {w['f1']:7.3f} {statistics.median(times):7.2f} {p95:7.2f} "
                  f"{fmt(caps and caps['recall'])} {fmt(caps and caps['precision'])} "
                  f"{fmt(caps and caps['left_in_body']):>8} "
                  f"{fmt(title and title['exact'])} {fmt(title and title['repeated_in_body'])}")
            meta = byline_figures(truth, results) if renderer != "html" else None
            if meta:
                print(f"  {name} {renderer} byline: " + "; ".join(
                    f"{field} exact {v['exact']:.3f} wrong {v['wrong']:.3f} emitted {v['emitted']:.3f}"
                    for field, v in meta.items()))
            if renderer == "html":
                html_side_by_side(name, pages, truth, metric)
            if args.per_page:
                args.per_page.mkdir(parents=True, exist_ok=True)
                stem = f"{name}.{renderer}"
                (args.per_page / f"{stem}.predictions.json").write_text(json.dumps(preds, ensure_ascii=False))
                rows = sorted(metric.per_page(refs, preds).items(), key=lambda kv: kv[1]["f1"])
                (args.per_page / f"{stem}.worst.tsv").write_text("".join(
                    f"{i}\t{r['precision']}\t{r['recall']}\t{r['f1']:.3f}\n" for i, r in rows))


if __name__ == "__main__":
    main()
