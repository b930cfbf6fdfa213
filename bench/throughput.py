#!/usr/bin/env python3
"""Throughput, submit rate, worker memory and scaling of doc-ingest, measured
side by side in one run on this machine.

- **ceiling**: the same cleaner and the same store writes (``pipeline.ingest``
  on batches of ``INGEST_BATCH_SIZE``) in 2 processes with no queue;
- **end to end**: ``Submitter`` -> broker -> ``celery -A worker worker`` ->
  store, from the first document submitted to the last one stored or
  recorded as failed; workers started and warmed up beforehand;
- **scaling**: end to end with 1 and 2 worker processes and with 2 separate
  worker commands of 1 process each;
- **submit**: ``ingest submit`` of small JSON-lines documents, as a user runs it;
- **memory**: the resident memory of each worker process over many documents.

The documents are the repo's seed and the ``aeb-dev`` text pages of the shared
bench (``../shared/bench`` or ``--bench``), repeated under distinct ids. The
store is nx-27017 (started here) unless ``--mongo`` names one; the broker is
``--broker`` (Redis db 15 by default). Each side runs ``--rounds`` times,
interleaved, and the table gives the median and the spread. CPU seconds per
1,000 documents of each process say what limits each side.

    python bench/throughput.py                       # everything (~15-25 min on 2 cores)
    python bench/throughput.py --only ratio --docs 5000 --rounds 1
    python bench/throughput.py --only submit memory
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import multiprocessing
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from contextlib import ExitStack, suppress
from datetime import UTC, datetime
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from worker.config import Settings, env_name  # noqa: E402
from worker.envelope import make_envelope  # noqa: E402
from worker.pipeline import ingest  # noqa: E402
from worker.producer import Submitter  # noqa: E402
from worker.services import start_nx27017  # noqa: E402
from worker.store import Store  # noqa: E402

DEFAULT_BENCH = ROOT.parent / "shared" / "bench"
SEED = ROOT / "seeds" / "us-japan-2plus2.txt"
PARTS = ("ratio", "scaling", "submit", "memory")


# --- documents -------------------------------------------------------------

def load_pages(bench: Path) -> list[str]:
    folder = bench / "aeb-dev" / "text_bs"
    pages = [p.read_text("utf-8") for p in sorted(folder.glob("*.txt"))]
    if not pages:
        sys.exit(f"no pages in {folder}: give the shared bench folder with --bench")
    return [SEED.read_text("utf-8"), *pages]


def submissions(pages: list[str], count: int, tag: str) -> list[dict]:
    """``count`` submissions cycling through ``pages``, each under its own id
    so that every one is a new document to store."""
    return [{"id": f"{tag}-{i}", "text": pages[i % len(pages)], "source": "bench"} for i in range(count)]


# --- process accounting ----------------------------------------------------

class Cpu:
    """CPU seconds used by named process trees between ``start`` and ``stop``."""

    def __init__(self, **roots: int | list[int] | None):
        self.roots = {name: pid for name, pid in roots.items() if pid}
        self.before: dict[str, float] = {}

    @classmethod
    def _tree(cls, pid: int | list[int]) -> float:
        if isinstance(pid, list):
            return sum(cls._tree(p) for p in pid)
        try:
            proc = psutil.Process(pid)
            procs = [proc, *proc.children(recursive=True)]
        except psutil.NoSuchProcess:
            return 0.0
        total = 0.0
        for p in procs:
            try:
                t = p.cpu_times()
                total += t.user + t.system
            except psutil.NoSuchProcess:
                pass
        return total

    def start(self) -> None:
        self.before = {name: self._tree(pid) for name, pid in self.roots.items()}
        self.before["bench"] = time.process_time()

    def stop(self, docs: int) -> dict[str, float]:
        """CPU milliseconds per document of each tree."""
        used = {name: self._tree(pid) - self.before[name] for name, pid in self.roots.items()}
        used["bench"] = time.process_time() - self.before["bench"]
        return {name: round(seconds * 1000 / docs, 2) for name, seconds in used.items()}


def redis_pid(broker: str) -> int | None:
    if not broker.startswith("redis"):
        return None
    for proc in psutil.process_iter(["name"]):
        if proc.info["name"] == "redis-server":
            return proc.pid
    return None


# --- the ceiling: same work, no queue --------------------------------------

def _ceiling_child(settings: Settings, batches: list[list[dict]], barrier, done) -> None:
    from threadpoolctl import threadpool_limits
    threadpool_limits(limits=1)  # as a worker process does (worker/celery_app.py)
    store = Store.connect(settings.mongo_uri, settings.db)
    store.get("warm-up")
    barrier.wait()
    for batch in batches:
        ingest(batch, store, max_bytes=settings.max_document_bytes)
    done.put(os.getpid())


def ceiling(settings: Settings, subs: list[dict], processes: int, cpu_roots: dict) -> dict:
    """Documents/s of cleaning and storing ``subs`` in ``processes`` processes."""
    setup = Store.connect(settings.mongo_uri, settings.db)
    setup.ensure_schema()  # the same indexes as the workers write through (the text index costs most)
    setup.close()
    now = datetime.now(UTC)
    envelopes = [make_envelope(s, max_bytes=settings.max_document_bytes, submitted_at=now) for s in subs]
    size = settings.batch_size
    batches = [envelopes[i:i + size] for i in range(0, len(envelopes), size)]
    shares = [batches[k::processes] for k in range(processes)]
    ctx = multiprocessing.get_context("fork")
    barrier, done = ctx.Barrier(processes + 1), ctx.Queue()
    children = [ctx.Process(target=_ceiling_child, args=(settings, share, barrier, done)) for share in shares]
    for child in children:
        child.start()
    cpu = Cpu(**cpu_roots, processes=[child.pid for child in children])
    barrier.wait()
    cpu.start()
    started = time.perf_counter()
    for _ in children:
        done.get(timeout=3600)
    seconds = time.perf_counter() - started
    per_doc = cpu.stop(len(subs))
    for child in children:
        child.join()
    return {"docs": len(subs), "seconds": seconds, "rate": len(subs) / seconds, "cpu_ms_per_doc": per_doc}


# --- end to end --------------------------------------------------------------

def settings_env(settings: Settings) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.update({env_name(f.name): str(getattr(settings, f.name)) for f in dataclasses.fields(settings)})
    return env


def worker_command(settings: Settings, concurrency: int, loglevel: str = "WARNING") -> list[str]:
    return [sys.executable, "-m", "celery", "-A", "worker", "worker", "--loglevel", loglevel,
            "--concurrency", str(concurrency), "--queues", settings.queue, "--without-gossip",
            "--without-mingle", "-n", f"bench-{uuid.uuid4().hex[:6]}@%h"]


def start_workers(settings: Settings, layout: list[int], log_dir: Path) -> list[subprocess.Popen]:
    procs = []
    for n, concurrency in enumerate(layout):
        with open(log_dir / f"worker-{settings.queue}-{n}.log", "wb") as log:
            procs.append(subprocess.Popen(worker_command(settings, concurrency), env=settings_env(settings),
                                          stdout=log, stderr=subprocess.STDOUT, cwd=ROOT))
    return procs


def stop_workers(procs: list[subprocess.Popen]) -> None:
    for p in procs:
        if p.poll() is None:
            p.terminate()
    for p in procs:
        try:
            p.wait(60)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()


def wait_for_count(store: Store, total: int, procs: list[subprocess.Popen], timeout: float = 3600,
                   poll: float = 1.0, on_poll=None) -> float:
    """Wait until documents + failures reach ``total``; the time it happened.
    Polls every ``poll`` seconds (each poll costs the store ~10 ms of CPU),
    ten times as often near the end."""
    deadline = time.monotonic() + timeout
    while True:
        counts = store.counts()
        if on_poll:
            on_poll(counts)
        left = total - counts["documents"] - counts["failures"]
        if left <= 0:
            return time.perf_counter()
        if any(p.poll() is not None for p in procs):
            raise RuntimeError("a worker exited during the bench")
        if time.monotonic() > deadline:
            raise TimeoutError(f"{total - counts['documents'] - counts['failures']} documents not done")
        time.sleep(poll if left > 300 else poll / 10)


def warm_up(settings: Settings, store: Store, pages: list[str], procs, batches: int = 6) -> int:
    """A few small batches so that every worker process has connected and cleaned."""
    subs = submissions(pages, batches * 5, "warm")
    with Submitter(settings, batch_size=5) as submitter:
        for s in subs:
            submitter.add(s)
    wait_for_count(store, len(subs), procs, poll=0.2)
    return len(subs)


def end_to_end(settings: Settings, subs: list[dict], pages: list[str], layout: list[int], log_dir: Path,
               cpu_roots: dict) -> dict:
    store = Store.connect(settings.mongo_uri, settings.db)
    store.ensure_schema()
    procs = start_workers(settings, layout, log_dir)
    try:
        warm = warm_up(settings, store, pages, procs)
        cpu = Cpu(**cpu_roots, **{f"worker{n}": p.pid for n, p in enumerate(procs)})
        cpu.start()
        started = time.perf_counter()
        with Submitter(settings) as submitter:
            for s in subs:
                submitter.add(s)
        submitted = time.perf_counter()
        finished = wait_for_count(store, warm + len(subs), procs)
        per_doc = cpu.stop(len(subs))
        per_doc["workers"] = round(sum(v for k, v in per_doc.items() if k.startswith("worker")), 2)
        for key in [k for k in per_doc if k.startswith("worker") and k != "workers"]:
            del per_doc[key]
    finally:
        stop_workers(procs)
        store.close()
        delete_queue(settings)
    seconds = finished - started
    return {"docs": len(subs), "seconds": seconds, "rate": len(subs) / seconds,
            "submit_seconds": submitted - started, "cpu_ms_per_doc": per_doc}


# --- submit --------------------------------------------------------------------

def small_jsonl(path: Path, count: int) -> Path:
    with path.open("w") as f:
        for i in range(count):
            f.write(json.dumps({"id": f"small-{i}", "url": f"https://example.com/news/{i}", "source": "bench",
                                "text": f"Headline number {i}\n\nA short paragraph of article text that says "
                                        f"something about item {i}, at modest length.\n\nShare"}) + "\n")
    return path


def submit_cli(settings: Settings, jsonl: Path, count: int) -> dict:
    command = [sys.executable, "-m", "worker.cli", "submit", str(jsonl)]
    started = time.perf_counter()
    done = subprocess.run(command, env=settings_env(settings), capture_output=True, text=True, cwd=ROOT)
    seconds = time.perf_counter() - started
    if done.returncode != 0 or f"queued {count}," not in done.stderr:
        raise RuntimeError(f"ingest submit failed ({done.returncode}):\n{done.stderr[-2000:]}")
    delete_queue(settings)
    return {"docs": count, "seconds": seconds, "rate": count / seconds,
            "log_lines": len(done.stderr.splitlines())}


def delete_queue(settings: Settings) -> None:
    """Drop a run's queue and what is left in it (RabbitMQ keeps declared queues)."""
    from worker.celery_app import app_for
    with app_for(settings).connection_for_write() as conn:
        channel = conn.default_channel
        channel.queue_purge(settings.queue)  # on Redis, queue_delete alone keeps the list
        channel.queue_delete(settings.queue)


def queue_depth(settings: Settings) -> int:
    from worker.celery_app import app_for
    with app_for(settings).connection_for_read() as conn:
        try:
            return conn.default_channel.queue_declare(queue=settings.queue, passive=True).message_count
        except conn.channel_errors:  # not declared yet
            return 0


def paced_submit(settings: Settings, subs: list[dict], procs, backlog: int = 40, chunk: int = 2000,
                 while_waiting=lambda: None) -> None:
    """Submit in chunks, keeping at most ``backlog`` messages waiting, so that
    a long run does not park gigabytes in the broker."""
    for start in range(0, len(subs), chunk):
        while queue_depth(settings) > backlog:
            if any(p.poll() is not None for p in procs):
                raise RuntimeError("a worker exited during the bench")
            while_waiting()
            time.sleep(0.2)
        with Submitter(settings) as submitter:
            for s in subs[start:start + chunk]:
                submitter.add(s)


# --- memory ---------------------------------------------------------------------

def memory(settings: Settings, pages: list[str], count: int, log_dir: Path, concurrency: int = 2) -> dict:
    """RSS of each worker child after warm-up and over ``count`` documents."""
    store = Store.connect(settings.mongo_uri, settings.db)
    store.ensure_schema()
    procs = start_workers(settings, [concurrency], log_dir)
    samples: list[tuple[int, dict[int, int]]] = []

    def children_rss() -> dict[int, int]:
        out = {}
        for child in psutil.Process(procs[0].pid).children():
            with suppress(psutil.NoSuchProcess):
                out[child.pid] = child.memory_info().rss
        return out

    try:
        warm_subs = submissions(pages, 2000, "mem-warm")
        with Submitter(settings) as submitter:
            for s in warm_subs:
                submitter.add(s)
        warm = warm_up(settings, store, pages, procs) + len(warm_subs)
        wait_for_count(store, warm, procs)
        baseline = children_rss()
        started = time.perf_counter()
        last = [0.0]

        def sample(counts=None):
            if time.monotonic() - last[0] >= 2:
                last[0] = time.monotonic()
                counts = counts or store.counts()
                samples.append((counts["documents"] + counts["failures"] - warm, children_rss()))

        paced_submit(settings, submissions(pages, count, "mem"), procs, while_waiting=sample)

        wait_for_count(store, warm + count, procs, on_poll=sample)
        seconds = time.perf_counter() - started
        end = children_rss()
    finally:
        stop_workers(procs)
        store.close()
        delete_queue(settings)
    mib = 1024 * 1024
    peak = {pid: max([rss.get(pid, 0) for _, rss in samples] + [end.get(pid, 0)]) for pid in baseline}
    growth = max((peak[pid] - baseline[pid]) / baseline[pid] for pid in baseline)
    end_growth = max((end.get(pid, 0) - baseline[pid]) / baseline[pid] for pid in baseline)
    return {"docs": count, "seconds": seconds, "rate": count / seconds,
            "baseline_mib": sorted(round(v / mib, 1) for v in baseline.values()),
            "peak_mib": sorted(round(v / mib, 1) for v in peak.values()),
            "end_mib": sorted(round(v / mib, 1) for v in end.values()),
            "replaced_children": sorted(set(end) - set(baseline)),
            "max_growth_pct": round(growth * 100, 1), "end_growth_pct": round(end_growth * 100, 1),
            "samples": len(samples),
            "curve": [(done, sorted(round(v / mib, 1) for v in rss.values()))
                      for done, rss in samples[:: max(1, len(samples) // 10)]]}


# --- report ---------------------------------------------------------------------

def spread(values: list[float]) -> str:
    if len(values) == 1:
        return f"{values[0]:,.0f}"
    return (f"{statistics.median(values):,.0f} (min {min(values):,.0f}, max {max(values):,.0f}, "
            f"n={len(values)})")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH, help="the shared bench folder")
    parser.add_argument("--only", nargs="+", choices=PARTS, default=list(PARTS))
    parser.add_argument("--docs", type=int, default=20_000, help="documents per end-to-end / ceiling run")
    parser.add_argument("--rounds", type=int, default=2, help="interleaved runs of each side of the ratio")
    parser.add_argument("--scaling-docs", type=int, default=5_000, help="documents per scaling run")
    parser.add_argument("--submit-docs", type=int, default=100_000)
    parser.add_argument("--memory-docs", type=int, default=100_000)
    parser.add_argument("--broker", default=os.environ.get("INGEST_BENCH_BROKER_URL", "redis://127.0.0.1:6379/15"))
    parser.add_argument("--mongo", default=os.environ.get("INGEST_BENCH_MONGO_URI"),
                        help="a MongoDB to use instead of a fresh nx-27017")
    parser.add_argument("--json", type=Path, help="also write the raw figures here")
    args = parser.parse_args(argv)

    command = "python bench/throughput.py " + shlex.join(argv if argv is not None else sys.argv[1:])
    pages = load_pages(args.bench)
    results: dict = {"command": command.strip(), "pages": len(pages)}
    base = Settings.from_env()
    with ExitStack() as stack, tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        tmp = Path(tmp)
        if args.mongo:
            mongo_uri, store_pid = args.mongo, None
        else:
            service = start_nx27017(tmp / "nx")
            stack.callback(service.stop)
            mongo_uri, store_pid = service.uri, service.process.pid
        roots = {"store": store_pid, "broker": redis_pid(args.broker)}

        def fresh(tag: str) -> Settings:
            suffix = f"{tag}-{uuid.uuid4().hex[:6]}"
            return dataclasses.replace(base, broker_url=args.broker, mongo_uri=mongo_uri,
                                       db=f"bench_{suffix}".replace("-", "_"), queue=f"bench-{suffix}",
                                       log_level="WARNING")

        def say(text: str) -> None:
            print(text, file=sys.stderr, flush=True)

        if "ratio" in args.only:
            results["ceiling"], results["e2e"] = [], []
            for r in range(args.rounds):
                subs = submissions(pages, args.docs, f"r{r}")
                c = ceiling(fresh("ceiling"), subs, 2, roots)
                say(f"round {r + 1}: ceiling {c['rate']:,.0f} docs/s  {c['cpu_ms_per_doc']}")
                e = end_to_end(fresh("e2e"), subs, pages, [2], tmp, roots)
                say(f"round {r + 1}: end to end {e['rate']:,.0f} docs/s  {e['cpu_ms_per_doc']}")
                results["ceiling"].append(c)
                results["e2e"].append(e)
        if "scaling" in args.only:
            results["scaling"] = {}
            layouts = (("1 worker, -c 1", [1]), ("1 worker, -c 2", [2]), ("2 workers, -c 1 each", [1, 1]))
            for name, layout in layouts:
                e = end_to_end(fresh("scale"), submissions(pages, args.scaling_docs, "s"), pages, layout, tmp,
                               roots)
                say(f"scaling {name}: {e['rate']:,.0f} docs/s")
                results["scaling"][name] = e
        if "submit" in args.only:
            jsonl = small_jsonl(tmp / "small.jsonl", args.submit_docs)
            results["submit"] = []
            for _ in range(args.rounds):
                s = submit_cli(fresh("submit"), jsonl, args.submit_docs)
                say(f"submit: {s['rate']:,.0f} docs/s")
                results["submit"].append(s)
        if "memory" in args.only:
            results["memory"] = memory(fresh("memory"), pages, args.memory_docs, tmp)
            say(f"memory: {results['memory']}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, default=str))
    print(report(results))


def report(results: dict) -> str:
    lines = [f"$ {results['command']}", f"documents: the seed and {results['pages'] - 1} aeb-dev text pages, "
             "repeated under distinct ids", ""]
    lines += ["| measure | documents | figure |", "|---|---|---|"]
    if "e2e" in results:
        c = [r["rate"] for r in results["ceiling"]]
        e = [r["rate"] for r in results["e2e"]]
        ratios = [b / a for a, b in zip(c, e)]
        n = results["e2e"][0]["docs"]
        lines.append(f"| ceiling: clean + store, 2 processes, no queue | {n:,} | {spread(c)} docs/s |")
        lines.append(f"| end to end: submit -> broker -> 2 worker processes -> store | {n:,} "
                     f"| {spread(e)} docs/s |")
        lines.append(f"| **end to end / ceiling** (per round) | | **{statistics.median(ratios):.2f}** "
                     f"({', '.join(f'{x:.2f}' for x in ratios)}) |")
    for name, e in results.get("scaling", {}).items():
        lines.append(f"| scaling: {name} | {e['docs']:,} | {e['rate']:,.0f} docs/s |")
    if "submit" in results:
        s = [r["rate"] for r in results["submit"]]
        lines.append(f"| `ingest submit` of small JSON lines (not a terminal) "
                     f"| {results['submit'][0]['docs']:,} | {spread(s)} docs/s |")
    if "memory" in results:
        m = results["memory"]
        lines.append(f"| worker children RSS after warm-up -> peak -> end (MiB) | {m['docs']:,} | "
                     f"{m['baseline_mib']} -> {m['peak_mib']} -> {m['end_mib']}: growth at the end "
                     f"**{m['end_growth_pct']}%**, at the highest of {m['samples']} samples "
                     f"{m['max_growth_pct']}%; {m['rate']:,.0f} docs/s |")
    if "e2e" in results:
        keys = ["processes", "workers", "store", "broker", "bench"]
        lines += ["", "CPU ms per document, by process (median round): what limits each side", "",
                  "| side | wall ms/doc | cleaning+writing processes | store (nx-27017) | Redis | bench "
                  "(submitting) | total CPU ms/doc |", "|---|---|---|---|---|---|---|"]
        for side in ("ceiling", "e2e"):
            runs = sorted(results[side], key=lambda r: r["rate"])
            run = runs[len(runs) // 2]
            cpu = run["cpu_ms_per_doc"]
            work = cpu.get("processes", cpu.get("workers", 0))
            total = sum(cpu.get(k, 0) for k in keys)
            lines.append(f"| {side} | {1000 / run['rate']:.2f} | {work} | {cpu.get('store', '')} "
                         f"| {cpu.get('broker', '')} | {cpu.get('bench', '')} | {total:.2f} |")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
