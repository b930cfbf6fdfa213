"""``ingest run``: the whole path on one machine, with nothing configured.

Uses the configured or locally answering Redis and MongoDB; where none
answers, starts local stand-ins (:mod:`worker.services`), runs real worker
processes, submits the inputs, waits until every document is stored or
recorded as failed, and stops what it started.
"""
from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import time
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

from .config import Settings, env_name, redact_uri
from .envelope import Rejected
from .inputs import read_inputs
from .producer import Submitter
from .services import (
    Service,
    filesystem_broker,
    mongo_answers,
    redis_answers,
    redis_installed,
    start_nx27017,
    start_redis,
)
from .store import Store


@dataclass
class RunReport:
    broker: Service
    store: Service
    db: str
    submitted: list[str] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)
    stored: int = 0
    failures: list[dict] = field(default_factory=list)
    seconds: float = 0.0


def choose_broker(settings: Settings, data_dir: Path, configured: bool) -> Service:
    if configured or redis_answers(settings.broker_url):
        return Service("broker", settings.broker_url,
                       "configured" if configured else "answering locally")
    if redis_installed():
        return start_redis(data_dir)
    return filesystem_broker(data_dir)


def choose_store(settings: Settings, data_dir: Path, configured: bool) -> Service:
    if configured or mongo_answers(settings.mongo_uri):
        return Service("store", settings.mongo_uri,
                       "configured" if configured else "answering locally")
    return start_nx27017(data_dir)


def run(paths: list[str], *, settings: Settings, broker_configured: bool = False,
        store_configured: bool = False, concurrency: int = 2, format: str = "auto",
        timeout: float = 600, say: Callable[[str], None] = print,
        keep_running: Callable[[], None] | None = None) -> RunReport:
    """Ingest ``paths`` end to end. A broker or store that is configured is used
    as it is; one that is not is looked for at the default address, and started
    locally when none answers there."""
    data_dir = Path(settings.data_dir)
    with ExitStack() as stack:
        broker = choose_broker(settings, data_dir, broker_configured)
        stack.callback(broker.stop)
        say(f"broker: {redact_uri(broker.uri)} ({broker.how})")
        store_service = choose_store(settings, data_dir, store_configured)
        stack.callback(store_service.stop)
        say(f"store:  {redact_uri(store_service.uri)} ({store_service.how})")
        settings = dataclasses.replace(settings, broker_url=broker.uri, mongo_uri=store_service.uri)

        store = Store.connect(settings.mongo_uri, settings.db, settings.mongo_timeout_ms)
        stack.callback(store.close)
        store.ensure_schema()
        report = RunReport(broker, store_service, settings.db)
        started = time.monotonic()
        worker = _start_worker(settings, concurrency)
        stack.callback(_stop_worker, worker)

        with Submitter(settings) as submitter:
            for item in read_inputs(paths, format=format):
                if item.error:
                    report.rejected.append((item.origin, item.error))
                    continue
                try:
                    report.submitted.append(submitter.add(item.submission, path=item.path))
                except Rejected as exc:
                    report.rejected.append((item.origin, str(exc)))
        ids = sorted(set(report.submitted))
        say(f"queued {len(ids)} document(s), rejected {len(report.rejected)}; waiting for the worker")
        deadline = time.monotonic() + timeout
        while ids:
            stored, failed = store.outcome_counts(ids)
            if stored + failed >= len(ids):
                break
            if worker.poll() is not None:
                raise RuntimeError(f"the worker exited with code {worker.returncode}")
            if time.monotonic() > deadline:
                raise TimeoutError(f"{len(ids) - stored - failed} document(s) not done after {timeout:.0f} s")
            time.sleep(0.2)
        report.stored = store.documents.count_documents({"_id": {"$in": ids}})
        report.failures = list(store.failures.find({"_id": {"$in": ids}}, {"error": 1, "stage": 1}))
        report.seconds = time.monotonic() - started
        if keep_running is not None:
            keep_running()
        return report


def _start_worker(settings: Settings, concurrency: int) -> subprocess.Popen:
    env = dict(os.environ)
    env.update({env_name(f.name): str(getattr(settings, f.name)) for f in dataclasses.fields(settings)})
    return subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "worker", "--quiet", "worker", "--loglevel", "WARNING",
         "--concurrency", str(concurrency), "--queues", settings.queue, "--without-gossip",
         "--without-mingle", "--without-heartbeat", "-n", f"ingest-run-{os.getpid()}@%h"],
        env=env)


def _stop_worker(worker: subprocess.Popen) -> None:
    if worker.poll() is None:
        worker.terminate()
        try:
            worker.wait(30)
        except subprocess.TimeoutExpired:
            worker.kill()
            worker.wait()
