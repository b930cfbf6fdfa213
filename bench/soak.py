#!/usr/bin/env python3
"""Soak: many documents through real Redis, real worker processes and a real
(nx-27017) store while workers are killed at random moments and the store is
taken down once; then every submitted document is accounted for.

What happens:

- a fresh queue (``soak-<tag>``) on ``--broker`` (Redis db 14 by default, so
  that the ``unacked`` hash it watches holds only its own messages) and a
  fresh nx-27017 server and database;
- ``--workers`` (2) ``celery -A worker worker`` commands of ``--concurrency``
  (2) processes, logging one JSON line per document;
- a feeder thread submits ``--docs`` documents through :class:`Submitter` in
  chunks, keeping at most ``--backlog`` messages queued or unacknowledged;
- every ``--kill-every`` seconds (drawn at random from ``--seed``) either a
  prefork child of a random worker or a whole worker command (its parent and
  children, as a crash or an OOM kill of a container would) gets SIGKILL; a
  killed worker command is replaced by a new one;
- once, when a random share (25-60%) of the documents has an outcome, the
  nx-27017 server is stopped for ``--outage`` seconds (15-30) and started
  again on the same port and data folder;
- then it waits until the queue is empty, no message is unacknowledged
  (kombu's ``unacked`` hash) or in a worker's in-flight list (taken from the
  queue, not yet recorded: worker/redis_transport.py) and stored + failed has
  not grown for ``--settle`` seconds.

The documents: the repo's seeds and generated plain-text and HTML news pages
(``--bench-dir`` adds the ``.txt``/``.html`` pages of a folder), each under
its own id and each with a sentence naming that id in its article text, so no
two should clean to the same body; one in 1,000 is a deliberately bad page
(menus and share links only) that must end as a failure record.

The figures (ids are document ids):

- **submitted**: ids the Submitter queued (``Submitter.report.queued``);
- **stored**: submitted ids present in ``documents``;
- **failed**: submitted ids present in ``failures`` and not in ``documents``;
  ``expected`` says how many of them are the deliberately bad pages, and
  ``unexpected`` how many are not (a good page that failed);
- **lost**: submitted - stored - failed: ids with no outcome at all;
- **duplicated**: the sum of
  - *foreign*: ids in ``documents`` or ``failures`` that were never submitted,
  - *stored and failed*: ids in both ``documents`` and ``failures``,
  - *same content*: documents whose ``content_hash`` another document also
    has (every page's body is unique; counted as copies beyond the first),
  - *rewritten*: ids a worker wrote to ``documents`` more than once (two or
    more ``stored`` log lines): a redelivered batch must find its documents
    unchanged and leave them (``unchanged`` lines), not write them again;
- **redelivered, absorbed** (information, not an error): ids a worker saw
  again and left unchanged, and failure records with more than one attempt;
- **returned from in-flight lists** (information): messages a worker command
  was killed holding between taking them from Redis and recording them as
  unacknowledged (the window kombu's BRPOP lost them in), which another
  worker's sweep returned to the queue, from the workers' log lines.

Lost and duplicated must be 0; the exit code is 1 otherwise.

The recovery settings are short on purpose and go to the workers as
``INGEST_*`` variables (one already set in the environment wins):
visibility timeout 120 s, task time limit 60 s (a batch waits out a store
outage in place for half of it), store retry backoff capped at 8 s, store
timeout 2 s; with ``--quick`` 60 s and 20 s. Worker logs stay in
``--log-dir``.

    python bench/soak.py                       # 50,000 documents (~6-10 min on 2 cores)
    python bench/soak.py --docs 2000 --quick   # a smoke run (~1-2 min)
"""
from __future__ import annotations

import argparse
import dataclasses
import html
import json
import os
import random
import re
import shlex
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import ExitStack, suppress
from pathlib import Path

import psutil
import redis

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from throughput import delete_queue, settings_env, stop_workers, worker_command  # noqa: E402

from worker.config import Settings, env_name  # noqa: E402
from worker.producer import Submitter  # noqa: E402
from worker.redis_transport import INFLIGHT_LISTS  # noqa: E402
from worker.services import start_nx27017  # noqa: E402
from worker.store import Store, StoreUnavailable  # noqa: E402

#: short, deliberate recovery settings (see the docstring)
SOAK_SETTINGS = {"visibility_timeout": 120, "task_time_limit": 60, "store_retry_backoff_max": 8,
                 "mongo_timeout_ms": 2000, "batch_size": 100, "log_level": "INFO", "log_format": "json"}
#: --quick: a killed worker command's batches come back sooner
QUICK_SETTINGS = {**SOAK_SETTINGS, "visibility_timeout": 60, "task_time_limit": 20}
BAD_EVERY = 1000
MARK = " The record of this story is {id}, and no other page carries that reference."


# --- documents -------------------------------------------------------------

WORDS = ("council harbour ferry service passengers morning bridge repair engineers minister budget "
         "report committee railway station river village school teachers hospital nurses patients "
         "weather storm flood farmers market prices energy wind turbines solar project workers union "
         "talks agreement city residents street traffic police officers court judge trial museum "
         "exhibition artists library festival season team coach match league players supporters "
         "company shares profits export factory jobs government election voters campaign policy").split()
NAV = ["Home", "News", "Local", "Sport", "Business", "Weather", "Subscribe", "Sign in"]
FOOT = ["Share this article", "Facebook", "Twitter", "Email", "Contact us", "Privacy policy"]
#: pages the cleaner finds no article in (checked: each raises NoMainText)
BAD_PAGES = [
    ("text", "Share this article\nFacebook\nTwitter\nEmail\n"),
    ("text", "Menu\n"),
    ("text", "\n".join(NAV) + "\n\n" + "\n".join(FOOT) + "\n"),
    ("html", "<html><body><nav>" + " ".join(f"<a href='/{x}'>{x}</a>" for x in NAV) + "</nav></body></html>"),
]


def _sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def generated_page(rng: random.Random, doc_id: str, fmt: str) -> str:
    """A news page of 3-12 paragraphs with menus, byline, date and share links."""
    title = _sentence(rng, rng.randint(5, 10)).rstrip(".")
    paras = [" ".join(_sentence(rng, rng.randint(9, 24)) for _ in range(rng.randint(2, 5)))
             for _ in range(rng.randint(3, 12))]
    paras[rng.randrange(len(paras))] += MARK.format(id=doc_id)
    byline = f"By {rng.choice(['Maria', 'John', 'Aiko'])} {rng.choice(['Lind', 'Smith', 'Sato', 'Okafor'])}"
    date = f"Published {rng.randint(1, 28)} March 2025, {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
    if fmt == "text":
        return "\n\n".join(["\n".join(NAV), title, f"{byline}\n{date}", *paras, "\n".join(FOOT)]) + "\n"
    e = html.escape
    return ("<!doctype html><html><head><title>" + e(title) + " | The Daily Example</title></head>"
            + "<body><nav><ul>" + "".join(f"<li><a href='/{x.lower()}'>{x}</a></li>" for x in NAV)
            + "</ul></nav><article><h1>"
            + e(title) + f"</h1><p class='byline'>{byline}</p><time>{date}</time>"
            + "".join(f"<p>{e(p)}</p>" for p in paras) + "</article><footer>"
            + " ".join(f"<a href='#'>{x}</a>" for x in FOOT) + "</footer></body></html>")


def marked(page: str, fmt: str, doc_id: str) -> str:
    """A real page with the id sentence added to its longest paragraph."""
    if fmt == "html":
        paras = list(re.finditer(r"<p\b[^>]*>(.*?)</p>", page, re.S))
        if paras:
            end = max(paras, key=lambda m: len(m.group(1))).end(1)
            return page[:end] + MARK.format(id=doc_id) + page[end:]
        return page
    lines = page.split("\n")
    k = max(range(len(lines)), key=lambda k: len(lines[k]))
    lines[k] += MARK.format(id=doc_id)
    return "\n".join(lines)


def real_pages(bench_dir: Path | None) -> list[tuple[str, str]]:
    files = sorted((ROOT / "seeds").iterdir())
    if bench_dir:
        files += sorted(p for p in bench_dir.rglob("*") if p.suffix in (".txt", ".html"))[:2000]
    return [("html" if p.suffix == ".html" else "text", p.read_text("utf-8", errors="replace"))
            for p in files]


def documents(count: int, tag: str, pages: list[tuple[str, str]]) -> Iterator[tuple[dict, bool]]:
    """(submission, is_bad) for ``count`` documents: one in 50 a real page,
    one in ``BAD_EVERY`` a page with no article, the rest generated (a third
    of them HTML). The same ``count`` always gives the same pages."""
    rng = random.Random(20251201)
    for i in range(count):
        doc_id = f"{tag}-{i}"
        if i % BAD_EVERY == BAD_EVERY // 2:
            fmt, content = BAD_PAGES[(i // BAD_EVERY) % len(BAD_PAGES)]
            bad = True
        elif i % 50 == 7:
            fmt, page = pages[(i // 50) % len(pages)]
            content, bad = marked(page, fmt, doc_id), False
        else:
            fmt = "html" if rng.random() < 1 / 3 else "text"
            content, bad = generated_page(rng, doc_id, fmt), False
        yield {"id": doc_id, fmt: content, "source": "soak", "url": f"https://soak.example/{tag}/{i}"}, bad


# --- the broker, as kombu's Redis transport keeps it --------------------------

class Broker:
    """The soak queue's length, the unacknowledged messages (kombu's
    ``unacked`` hash: delivered to a worker, running, prefetched or waiting
    for an ETA, or held by a worker that died until the restore sweep) and
    the messages in in-flight lists (taken and not yet recorded in ``unacked``,
    or held by a dead worker command until its heartbeat expires)."""

    def __init__(self, url: str, queue: str):
        self.client = redis.Redis.from_url(url)
        # kombu keeps priorities 3, 6, 9 in sibling lists
        self.keys = [queue] + [f"{queue}\x06\x16{p}" for p in (3, 6, 9)]

    def queued(self) -> int:
        pipe = self.client.pipeline()
        for key in self.keys:
            pipe.llen(key)
        return sum(pipe.execute())

    def unacked(self) -> int:
        return self.client.hlen("unacked")

    def inflight(self) -> int:
        lists = [k for k, q in self.client.hgetall(INFLIGHT_LISTS).items() if q.decode() in self.keys]
        return sum(self.client.llen(k) for k in lists)

    def backlog(self) -> int:
        return self.queued() + self.unacked() + self.inflight()


# --- workers -----------------------------------------------------------------

@dataclasses.dataclass
class Worker:
    process: subprocess.Popen
    log: Path
    started: float
    last_size: int = 0
    last_growth: float = 0.0

    def children(self) -> list[psutil.Process]:
        with suppress(psutil.NoSuchProcess):
            return psutil.Process(self.process.pid).children()
        return []


class Fleet:
    def __init__(self, settings: Settings, concurrency: int, log_dir: Path):
        self.settings, self.concurrency, self.log_dir = settings, concurrency, log_dir
        self.workers: list[Worker] = []
        self.all_logs: list[Path] = []

    def start(self) -> Worker:
        log = self.log_dir / f"worker-{len(self.all_logs)}.log"
        with open(log, "wb") as out:
            process = subprocess.Popen(worker_command(self.settings, self.concurrency, "INFO"),
                                       env=settings_env(self.settings), stdout=out,
                                       stderr=subprocess.STDOUT, cwd=ROOT)
        worker = Worker(process, log, time.monotonic(), last_growth=time.monotonic())
        self.workers.append(worker)
        self.all_logs.append(log)
        return worker

    def kill_whole(self, worker: Worker) -> None:
        """SIGKILL the worker command and its children at once (a crash)."""
        procs = [worker.process.pid] + [c.pid for c in worker.children()]
        for pid in procs:
            with suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        worker.process.wait()
        self.workers.remove(worker)

    def stop(self) -> None:
        stop_workers([w.process for w in self.workers])


# --- the feeder ---------------------------------------------------------------

class Feeder(threading.Thread):
    """Submits the documents in chunks, keeping the broker's backlog bounded."""

    def __init__(self, settings: Settings, docs: Iterator[tuple[dict, bool]], broker: Broker,
                 backlog: int, chunk: int = 1000):
        super().__init__(daemon=True, name="feeder")
        self.settings, self.docs, self.broker = settings, docs, broker
        self.max_backlog, self.chunk = backlog, chunk
        self.queued: list[str] = []
        self.bad: set[str] = set()
        self.error: BaseException | None = None
        self.first_at: float | None = None
        self.done_at: float | None = None
        self.stopping = threading.Event()

    def run(self) -> None:
        try:
            chunk: list[dict] = []
            for submission, bad in self.docs:
                if bad:
                    self.bad.add(submission["id"])
                chunk.append(submission)
                if len(chunk) == self.chunk:
                    self._send(chunk)
                    chunk = []
            if chunk:
                self._send(chunk)
        except BaseException as exc:  # reported by the main thread
            self.error = exc
        finally:
            self.done_at = time.perf_counter()

    def _send(self, chunk: list[dict]) -> None:
        while self.broker.backlog() > self.max_backlog:
            if self.stopping.wait(0.2):
                raise RuntimeError("feeder stopped")
        self.first_at = self.first_at or time.perf_counter()
        submitter = Submitter(self.settings)
        try:
            with submitter:
                for submission in chunk:
                    submitter.add(submission)
        finally:
            self.queued.extend(submitter.report.queued)


# --- the run -------------------------------------------------------------------

@dataclasses.dataclass
class Chaos:
    rng: random.Random
    kill_every: tuple[float, float]
    outage: tuple[float, float]
    outage_at: float  # share of the documents with an outcome
    next_kill: float = 0.0
    child_kills: int = 0
    worker_kills: int = 0
    skipped_kills: int = 0
    outage_started: float | None = None
    outage_planned: float = 0.0
    outage_seconds: float | None = None
    events: list[str] = dataclasses.field(default_factory=list)

    def schedule(self, now: float) -> None:
        self.next_kill = now + self.rng.uniform(*self.kill_every)


#: the log line of worker/redis_transport.py returning an in-flight list
RETURNED = re.compile(rb"returned (\d+) message\(s\) of (dead consumer|a lost fetch)")


def log_outcomes(logs: list[Path]) -> tuple[dict[str, Counter], int, Counter]:
    """Per outcome (stored, unchanged, failed), how many log lines each id
    has; unreadable lines; how often a batch waited for the store in place
    and went back to the broker as a retry, and how many messages were
    returned from a dead consumer's in-flight list or after a lost fetch."""
    outcomes: dict[str, Counter] = {"stored": Counter(), "unchanged": Counter(), "failed": Counter()}
    unreadable, store_waits = 0, Counter()
    for path in logs:
        with path.open("rb") as f:
            for raw in f:
                if b'"outcome"' not in raw:
                    if b"trying batch again in" in raw:
                        store_waits["in place"] += 1
                    elif b"] retry: Retry in" in raw:
                        store_waits["through the broker"] += 1
                    elif returned := RETURNED.search(raw):
                        store_waits[returned[2].decode()] += int(returned[1])
                    continue
                try:
                    line = json.loads(raw)
                except ValueError:
                    unreadable += 1
                    continue
                outcomes.setdefault(line["outcome"], Counter())[line["doc_id"]] += 1
    return outcomes, unreadable, store_waits


def account(store: Store, submitted: set[str], bad: set[str], logs: list[Path]) -> dict:
    docs = {d["_id"]: d.get("content_hash") for d in store.documents.find({}, {"content_hash": 1})}
    failures = {f["_id"]: f.get("attempts", 1) for f in store.failures.find({}, {"attempts": 1})}
    stored = submitted & docs.keys()
    failed = (submitted & failures.keys()) - docs.keys()
    lost = submitted - stored - failed
    foreign = (docs.keys() | failures.keys()) - submitted
    both = docs.keys() & failures.keys()
    same_content = sum(n - 1 for n in Counter(docs.values()).values() if n > 1)
    outcomes, unreadable, store_waits = log_outcomes(logs)
    rewritten = {i for i, n in outcomes["stored"].items() if n > 1}
    return {
        "submitted": len(submitted), "stored": len(stored), "failed": len(failed),
        "failed_expected": len(failed & bad), "failed_unexpected": len(failed - bad),
        "bad_not_failed": len(bad - failed), "lost": len(lost),
        "duplicated": len(foreign) + len(both) + same_content + len(rewritten),
        "foreign": len(foreign), "stored_and_failed": len(both), "same_content": same_content,
        "rewritten": len(rewritten),
        "absorbed": len(set(outcomes["unchanged"])),
        "failure_reattempts": sum(1 for n in failures.values() if n > 1),
        "stored_without_log_line": len(stored - set(outcomes["stored"])), "unreadable_log_lines": unreadable,
        "unlogged_absorbed": len((stored - set(outcomes["stored"])) & set(outcomes["unchanged"])),
        "store_waits_in_place": store_waits["in place"],
        "store_retries_via_broker": store_waits["through the broker"],
        "returned_from_dead_consumers": store_waits["dead consumer"],
        "returned_after_lost_fetch": store_waits["a lost fetch"],
        "lost_ids": sorted(lost)[:50], "rewritten_ids": sorted(rewritten)[:50],
        "foreign_ids": sorted(foreign)[:20], "same_content_ids": sorted(
            i for i, h in docs.items() if Counter(docs.values())[h] > 1)[:20] if same_content else [],
    }


def soak_settings(base: Settings, broker: str, mongo_uri: str, tag: str, quick: bool) -> Settings:
    """The soak's settings: its own queue and database, and the short recovery
    settings unless the environment sets them."""
    chosen = QUICK_SETTINGS if quick else SOAK_SETTINGS
    overrides = {k: v for k, v in chosen.items() if not os.environ.get(env_name(k))}
    return dataclasses.replace(base, broker_url=broker, mongo_uri=mongo_uri, db=f"soak_{tag}",
                               queue=f"soak-{tag}", **overrides)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=1, help="seed of the kill and outage schedule")
    parser.add_argument("--quick", action="store_true",
                        help="a smoke run: kills every 4-10 s, a 15 s outage, a 5 s settle")
    parser.add_argument("--workers", type=int, default=2, help="worker commands")
    parser.add_argument("--concurrency", type=int, default=2, help="processes per worker command")
    parser.add_argument("--kill-every", type=float, nargs=2, metavar=("MIN", "MAX"),
                        help="seconds between kills, drawn uniformly (default 5 20)")
    parser.add_argument("--outage", type=float, nargs=2, metavar=("MIN", "MAX"),
                        help="seconds the store is down (default 15 30)")
    parser.add_argument("--backlog", type=int, default=24, help="most messages queued or unacked at once")
    parser.add_argument("--settle", type=float, help="seconds of no progress that end the drain (default 15)")
    parser.add_argument("--drain-timeout", type=float, default=900)
    parser.add_argument("--bench-dir", type=Path, help="add the .txt/.html pages of this folder")
    parser.add_argument("--broker", default=os.environ.get("INGEST_SOAK_BROKER_URL", "redis://127.0.0.1:6379/14"))
    parser.add_argument("--log-dir", type=Path, help="where worker logs go (default bench/out/soak-<tag>)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    kill_every = tuple(args.kill_every or ((4, 10) if args.quick else (5, 20)))
    outage = tuple(args.outage or ((15, 15) if args.quick else (15, 30)))
    settle = args.settle or (5 if args.quick else 15)

    command = "python bench/soak.py " + shlex.join(argv if argv is not None else sys.argv[1:])
    tag = uuid.uuid4().hex[:8]
    log_dir = args.log_dir or ROOT / "bench" / "out" / f"soak-{tag}"
    log_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    chaos = Chaos(rng, kill_every, outage, outage_at=rng.uniform(0.25, 0.6))

    def say(text: str) -> None:
        now = time.time()
        line = f"[{time.strftime('%H:%M:%S', time.localtime(now))}.{int(now % 1 * 1000):03d}] {text}"
        chaos.events.append(line)
        print(line, file=sys.stderr, flush=True)

    with ExitStack() as stack:
        nx_dir = log_dir / "nx"
        service = start_nx27017(nx_dir)
        stack.callback(lambda: service.stop())
        port = int(service.uri.rsplit(":", 1)[1])
        settings = soak_settings(Settings.from_env(), args.broker, service.uri, tag, args.quick)
        stack.callback(delete_queue, settings)
        env = {env_name(k): getattr(settings, k) for k in ("visibility_timeout", "task_time_limit",
                                                            "store_retry_backoff_max", "mongo_timeout_ms",
                                                            "batch_size")}
        say(f"settings: {' '.join(f'{k}={v}' for k, v in env.items())}; queue {settings.queue} on "
            f"{settings.broker_url}, db {settings.db} on {settings.mongo_uri}; logs in {log_dir}")
        broker = Broker(settings.broker_url, settings.queue)
        if broker.unacked():
            say(f"warning: {broker.unacked()} unacked messages of someone else in this Redis db")
        store = Store.connect(settings.mongo_uri, settings.db, timeout_ms=1000)
        store.ensure_schema()
        fleet = Fleet(settings, args.concurrency, log_dir)
        stack.callback(fleet.stop)
        for _ in range(args.workers):
            fleet.start()

        docs = documents(args.docs, f"soak-{tag}", real_pages(args.bench_dir))
        feeder = Feeder(settings, docs, broker, args.backlog)
        stack.callback(feeder.stopping.set)
        started = time.perf_counter()
        feeder.start()
        chaos.schedule(time.monotonic())
        done, last_done, last_change = 0, -1, time.perf_counter()
        last_report, stalls, unexpected_exits = 0.0, 0, 0
        phase = "chaos"
        while True:
            time.sleep(1)
            now = time.monotonic()
            with suppress(StoreUnavailable):
                counts = store.counts()
                done = counts["documents"] + counts["failures"]
            if done != last_done:
                last_done, last_change = done, time.perf_counter()
            if feeder.error:
                raise RuntimeError(f"the feeder failed: {feeder.error!r}")
            for w in list(fleet.workers):
                if w.process.poll() is not None:
                    unexpected_exits += 1
                    fleet.workers.remove(w)
                    say(f"worker pid {w.process.pid} exited by itself ({w.process.returncode}): replaced")
                    fleet.start()
                size = w.log.stat().st_size
                if size != w.last_size:
                    w.last_size, w.last_growth = size, now
                elif now - w.last_growth > 60 and broker.queued() > 0 and chaos.outage_started is None:
                    stalls += 1
                    w.last_growth = now
                    say(f"worker pid {w.process.pid} has logged nothing for 60 s with messages queued")
            queued, unacked, inflight = broker.queued(), broker.unacked(), broker.inflight()
            if phase == "chaos":
                due = done >= chaos.outage_at * args.docs
                if chaos.outage_started is None and chaos.outage_seconds is None and due:
                    chaos.outage_planned = rng.uniform(*chaos.outage)
                    service.stop()
                    chaos.outage_started = time.perf_counter()
                    say(f"store stopped (nx-27017 pid {service.process.pid}) for "
                        f"{chaos.outage_planned:.0f} s at {done:,} outcomes")
                elif chaos.outage_started is not None and \
                        time.perf_counter() - chaos.outage_started >= chaos.outage_planned:
                    service = start_nx27017(nx_dir, port=port)
                    chaos.outage_seconds = time.perf_counter() - chaos.outage_started
                    chaos.outage_started = None
                    say(f"store serving again after {chaos.outage_seconds:.1f} s (pid {service.process.pid})")
                if now >= chaos.next_kill:
                    kill(fleet, chaos, say)
                    chaos.schedule(now)
                if feeder.done_at and queued == 0 and chaos.outage_seconds is not None:
                    phase = "drain"
                    say(f"all {len(feeder.queued):,} submitted, queue empty: no more kills; draining")
            elif queued == 0 and unacked == 0 and inflight == 0 and \
                    time.perf_counter() - last_change >= settle:
                break
            elif time.perf_counter() - last_change > args.drain_timeout:
                say(f"no progress for {args.drain_timeout:.0f} s: giving up the drain")
                break
            if now - last_report >= 10:
                last_report = now
                say(f"submitted {len(feeder.queued):,}  outcomes {done:,}  queued {queued}  "
                    f"unacked {unacked}  in-flight {inflight}  "
                    f"kills {chaos.child_kills}+{chaos.worker_kills}  phase {phase}")
        finished = last_change
        fleet.stop()
        figures = account(store, set(feeder.queued), feeder.bad, fleet.all_logs)
        store.close()
    elapsed = finished - started
    figures.update({
        "command": command, "settings": {k: str(v) for k, v in env.items()},
        "workers": f"{args.workers} x celery worker -c {args.concurrency}",
        "child_kills": chaos.child_kills, "worker_kills": chaos.worker_kills,
        "skipped_kills": chaos.skipped_kills, "unexpected_exits": unexpected_exits, "stalls": stalls,
        "outage_seconds": round(chaos.outage_seconds or 0, 1), "elapsed_seconds": round(elapsed, 1),
        "docs_per_second": round((figures["stored"] + figures["failed"]) / elapsed, 1),
        "log_dir": str(log_dir), "events": chaos.events,
    })
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1))
    print(report(figures))
    return 0 if figures["lost"] == 0 and figures["duplicated"] == 0 else 1


def kill(fleet: Fleet, chaos: Chaos, say) -> None:
    """SIGKILL a prefork child of a random worker, or a whole worker command
    (then start a replacement)."""
    rng = chaos.rng
    whole = rng.random() < 0.5
    if not fleet.workers:
        return
    worker = rng.choice(fleet.workers)
    if whole:
        fleet.kill_whole(worker)
        chaos.worker_kills += 1
        replacement = fleet.start()
        say(f"SIGKILL worker command pid {worker.process.pid} and its children; "
            f"replacement pid {replacement.process.pid}")
        return
    children = worker.children()
    if not children:
        chaos.skipped_kills += 1
        return
    child = rng.choice(sorted(children, key=lambda c: c.pid))
    with suppress(ProcessLookupError):
        os.kill(child.pid, signal.SIGKILL)
    chaos.child_kills += 1
    say(f"SIGKILL prefork child pid {child.pid} of worker pid {worker.process.pid}")


def report(f: dict) -> str:
    settings = " ".join(f"{k}={v}" for k, v in f["settings"].items())
    rows = [
        ("submitted", f"{f['submitted']:,}", "ids the Submitter queued"),
        ("stored", f"{f['stored']:,}", "submitted ids in `documents`"),
        ("failed", f"{f['failed']:,}", f"submitted ids in `failures`, not stored: {f['failed_expected']} "
                                       f"deliberately bad, {f['failed_unexpected']} others; "
                                       f"{f['bad_not_failed']} bad pages not failed"),
        ("**lost**", f"**{f['lost']:,}**", "submitted - stored - failed"),
        ("**duplicated**", f"**{f['duplicated']:,}**",
         f"foreign {f['foreign']} + stored and failed {f['stored_and_failed']} + same content "
         f"{f['same_content']} + written twice {f['rewritten']}"),
        ("redelivered, absorbed", f"{f['absorbed']:,}",
         f"ids seen again and left unchanged; {f['failure_reattempts']} failures recorded twice"),
        ("returned from in-flight lists", f"{f['returned_from_dead_consumers']}",
         f"messages a killed worker command held between taking and recording them, returned to the "
         f"queue by another worker's sweep; {f['returned_after_lost_fetch']} after a lost fetch reply"),
        ("kills (SIGKILL)", f"{f['child_kills'] + f['worker_kills']}",
         f"{f['child_kills']} prefork children, {f['worker_kills']} whole worker commands (replaced); "
         f"{f['unexpected_exits']} exits on their own, {f['stalls']} stalls"),
        ("store outage", f"{f['outage_seconds']} s",
         f"nx-27017 stopped, then restarted on its port and data; batches waited for it in place "
         f"{f['store_waits_in_place']} times, went back to the broker {f['store_retries_via_broker']} times"),
        ("elapsed", f"{f['elapsed_seconds']:,} s", "first submit to the last outcome"),
        ("throughput", f"{f['docs_per_second']:,} docs/s", "outcomes / elapsed, kills and outage included"),
    ]
    lines = [f"$ {f['command']}", f"workers: {f['workers']}; {settings}", "",
             "| figure | value | what it counts |", "|---|---|---|"]
    lines += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    for key in ("lost_ids", "rewritten_ids", "foreign_ids", "same_content_ids"):
        if f[key]:
            lines.append(f"{key}: {' '.join(f[key])}")
    if f["stored_without_log_line"] or f["unreadable_log_lines"]:
        lines.append(f"log check: {f['stored_without_log_line']} stored ids have no 'stored' line (a process "
                     f"killed after writing, before logging; {f['unlogged_absorbed']} of them seen again "
                     f"unchanged), {f['unreadable_log_lines']} unreadable lines")
    lines.append(f"worker logs: {f['log_dir']}")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
