#!/usr/bin/env python3
"""The plain-text cleaner on renderings it was never tuned on.

The shared dev sets give each page as plain text from two renderers
(``text_bs``, ``text_w3m``), and every rule of the cleaner was studied on
those. Users' text comes from other scrapers too, so this bench renders each
page's HTML again with three more, run here and never stored in the repo,
and scores the cleaner on them as ``bench/quality.py`` does:

- ``inscriptis``: a text browser's layout (``inscriptis.get_text``), every
  line indented by its depth in the page;
- ``html2text``: Markdown (``html2text``, lines unwrapped), as LLM-era
  scrapers hand pages over: ``[text](url)`` links, ``![alt](src)`` pictures,
  ``**bold**``, ``#`` headings;
- ``markdownify``: Markdown of another flavour (``markdownify.markdownify``
  with its defaults: headings underlined, the ``<head>``'s title printed
  first, ``*`` emphasis); no rule was studied on it, Markdown's reading included.

A page the cleaner raises on is counted and named, not fatal. "whole text"
is the score of the rendering kept whole: what cleaning starts from.

    python bench/other_renderers.py                    # both sets, both renderers, every page
    python bench/other_renderers.py --split check --renderers html2text
"""
from __future__ import annotations

import gzip
import json
import statistics
import sys
import time
import traceback
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from quality import bench_arguments, caption_figures, in_split, title_figures  # noqa: E402

from worker.cleaning import extract  # noqa: E402
from worker.encoding import decode  # noqa: E402

RENDERERS = ("inscriptis", "html2text", "markdownify")


def render(renderer: str, html: str) -> str:
    if renderer == "inscriptis":
        import inscriptis
        return inscriptis.get_text(html)
    if renderer == "markdownify":
        import markdownify
        return markdownify.markdownify(html)
    import html2text
    converter = html2text.HTML2Text()
    converter.body_width = 0
    return converter.handle(html)


def _render_page(job: tuple[str, str, Path]) -> tuple[str, str | None]:
    renderer, page_id, path = job
    html = decode(gzip.decompress(path.read_bytes()), html=True)
    try:
        return page_id, render(renderer, html)
    except Exception:  # a renderer's own failure: the page is left out, said below
        return page_id, None


def rendered_pages(folder: Path, renderer: str, split: str, jobs: int) -> dict[str, str | None]:
    paths = [(renderer, path.name.split(".")[0], path) for path in sorted((folder / "html").iterdir())]
    paths = [job for job in paths if in_split(job[1], split)]
    with ProcessPoolExecutor(jobs) as pool:
        return dict(pool.map(_render_page, paths, chunksize=8))


def main() -> None:
    ap = bench_arguments(__doc__, RENDERERS)
    ap.add_argument("--jobs", type=int, default=2, help="processes rendering the pages (not cleaning them)")
    args = ap.parse_args()

    sys.path.insert(0, str(args.bench))
    import metric  # the benchmark's own scorer

    print("command: python bench/other_renderers.py " + " ".join(sys.argv[1:]))
    print(f"{'set':9} {'renderer':11} {'pages':>5} {'P':>6} {'R':>6} {'F1':>6} {'whole':>6} "
          f"{'ms med':>7} {'cap R':>6} {'cap P':>6} {'cap left':>8} {'title':>6} {'raised':>6}")
    for name in args.sets:
        folder = args.bench / name
        truth = json.loads((folder / "truth.json").read_text("utf-8"))
        for renderer in args.renderers:
            pages = rendered_pages(folder, renderer, args.split, args.jobs)
            unrendered = sorted(i for i, text in pages.items() if text is None)
            pages = {i: text for i, text in pages.items() if text is not None}
            results, times, raised = {}, [], []
            for page_id, text in pages.items():
                started = time.process_time()
                try:
                    results[page_id] = extract(text, "text")
                except Exception:
                    raised.append((page_id, traceback.format_exc(limit=-1).strip().splitlines()[-1]))
                    continue
                times.append((time.process_time() - started) * 1000)
            refs = {i: truth[i]["body"] for i in pages}
            preds = {i: (results[i].body if i in results else "") for i in pages}
            s = metric.score(refs, preds, n_bootstrap=0)
            whole = metric.score(refs, pages, n_bootstrap=0)
            caps, title = caption_figures(truth, results), title_figures(truth, results)
            fmt = lambda v: f"{v:6.3f}" if v is not None else "     -"  # noqa: E731
            median_ms = statistics.median(times) if times else float("nan")
            print(f"{name:9} {renderer:11} {len(pages):5d} {s['precision']:6.3f} {s['recall']:6.3f} "
                  f"{s['f1']:6.3f} {whole['f1']:6.3f} {median_ms:7.2f} "
                  f"{fmt(caps and caps['recall'])} {fmt(caps and caps['precision'])} "
                  f"{fmt(caps and caps['left_in_body']):>8} {fmt(title and title['exact'])} {len(raised):6d}")
            for page_id, error in raised:
                print(f"  raised on {name}/{page_id}: {error}")
            if unrendered:
                print(f"  {renderer} could not render {len(unrendered)} pages: {' '.join(unrendered)}")


if __name__ == "__main__":
    main()
