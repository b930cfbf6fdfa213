"""Shared fixtures: a mongomock store for fast store tests, and for end-to-end
tests the real parts: the Redis broker on this machine (INGEST_TEST_BROKER_URL,
default redis://127.0.0.1:6379/15), an nx-27017 MongoDB wire-protocol server
started for the session (or a real MongoDB at INGEST_TEST_MONGO_URI), and
Celery worker processes."""
from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import mongomock
import pytest
from mongomock.collection import BulkOperationBuilder

from worker.config import Settings, env_name
from worker.services import Service, redis_answers, start_nx27017
from worker.store import Store

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "us-japan-2plus2.txt"


# --- mongomock -----------------------------------------------------------

def _accept_sort(method):
    """mongomock 4.3 rejects the ``sort`` argument that pymongo >= 4.11 passes
    to bulk update builders (mongomock#912); single-document updates by _id
    need no sort, so drop it."""
    def wrapper(self, *args, sort=None, **kwargs):
        return method(self, *args, **kwargs)
    return wrapper


for _name in ("add_update", "add_replace"):
    setattr(BulkOperationBuilder, _name, _accept_sort(getattr(BulkOperationBuilder, _name)))


@pytest.fixture
def store() -> Store:
    s = Store(mongomock.MongoClient(tz_aware=True)["ingest"])
    s.ensure_schema()
    return s


# --- real parts ----------------------------------------------------------

def pytest_collection_modifyitems(items) -> None:
    """Every test that talks to the broker is marked ``broker``, so that CI can
    run exactly those again on RabbitMQ."""
    for item in items:
        if "broker_url" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.broker)


@pytest.fixture(scope="session")
def broker_url() -> str:
    url = os.environ.get("INGEST_TEST_BROKER_URL", "redis://127.0.0.1:6379/15")
    if url.startswith("redis") and not redis_answers(url):
        pytest.fail(f"no Redis answers at {url}: start one (`.ci/run` does) or set INGEST_TEST_BROKER_URL")
    if not url.startswith("redis") and not broker_answers(url):
        pytest.fail(f"no broker answers at {url}")
    return url


def broker_answers(url: str) -> bool:
    from kombu import Connection
    try:
        with Connection(url, connect_timeout=3) as conn:
            conn.ensure_connection(max_retries=1, timeout=3)
        return True
    except Exception:
        return False


@pytest.fixture(scope="session")
def mongo_service(tmp_path_factory) -> Iterator[Service]:
    uri = os.environ.get("INGEST_TEST_MONGO_URI")
    if uri:
        yield Service("store", uri, "INGEST_TEST_MONGO_URI")
        return
    service = start_nx27017(tmp_path_factory.mktemp("nx"))
    yield service
    service.stop()


@pytest.fixture
def settings(broker_url, mongo_service, tmp_path) -> Iterator[Settings]:
    """Settings of one end-to-end test: its own queue and database, so tests
    never see each other's messages or documents."""
    tag = uuid.uuid4().hex[:10]
    settings = Settings(broker_url=broker_url, mongo_uri=mongo_service.uri, db=f"test_{tag}",
                        queue=f"ingest-test-{tag}", data_dir=str(tmp_path / "data"),
                        visibility_timeout=30, task_time_limit=20,
                        store_retry_backoff_max=5)
    yield settings
    delete_queue(settings)


def delete_queue(settings: Settings) -> None:
    """Remove a test's queue from the broker (RabbitMQ keeps declared queues)."""
    from worker.celery_app import make_app
    try:
        with make_app(settings).connection_for_write() as conn:
            conn.ensure_connection(max_retries=1, timeout=5)
            channel = conn.default_channel
            channel.queue_purge(settings.queue)  # on Redis, queue_delete alone keeps the list
            channel.queue_delete(settings.queue)
    except Exception:  # a broker that is gone has nothing left to clean
        pass


@pytest.fixture
def live_store(settings) -> Iterator[Store]:
    s = Store.connect(settings.mongo_uri, settings.db)
    s.ensure_schema()
    yield s
    s.db.client.drop_database(settings.db)
    s.close()


def settings_env(settings: Settings) -> dict[str, str]:
    env = dict(os.environ)
    env.update({env_name(f.name): str(getattr(settings, f.name)) for f in dataclasses.fields(settings)})
    return env


class Workers:
    """Celery worker processes started by a test, stopped at its end."""

    def __init__(self, settings: Settings, log_dir: Path):
        self.settings = settings
        self.log_dir = log_dir
        self.processes: list[subprocess.Popen] = []

    def start(self, concurrency: int = 1, *extra: str, **env_overrides) -> subprocess.Popen:
        settings = dataclasses.replace(self.settings, **env_overrides)
        log = open(self.log_dir / f"worker-{len(list(self.log_dir.glob('worker-*.log')))}.log", "wb")
        process = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "worker", "worker", "--loglevel", "INFO",
             "--concurrency", str(concurrency), "--queues", settings.queue, "--without-gossip",
             "--without-mingle", "-n", f"test-{uuid.uuid4().hex[:6]}@%h", *extra],
            env=settings_env(settings), stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)
        self.processes.append(process)
        return process

    def logs(self) -> str:
        return "\n".join(p.read_text(errors="replace") for p in sorted(self.log_dir.glob("worker-*.log")))

    def stop_all(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                process.terminate()
        for process in self.processes:
            try:
                process.wait(20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


@pytest.fixture
def workers(settings, tmp_path) -> Iterator[Workers]:
    w = Workers(settings, tmp_path)
    yield w
    w.stop_all()


def wait_until_done(store: Store, ids, timeout: float = 60, workers: Workers | None = None) -> None:
    """Wait until every id is stored or recorded as failed."""
    ids = sorted(set(ids))
    deadline = time.monotonic() + timeout
    while True:
        stored, failed = store.outcome_counts(ids)
        if stored + failed >= len(ids):
            return
        dead = workers is not None and any(p.poll() is not None for p in workers.processes)
        if dead or time.monotonic() > deadline:
            logs = workers.logs()[-4000:] if workers else ""
            why = "a worker exited" if dead else f"after {timeout} s"
            raise AssertionError(f"{len(ids) - stored - failed} of {len(ids)} documents not done: "
                                 f"{why}\n{logs}")
        time.sleep(0.1)
