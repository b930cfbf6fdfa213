"""`ingest run` on a machine where nothing is configured: it starts local
stand-ins, ingests end to end, reports, and stops what it started."""
from __future__ import annotations

import subprocess
import sys

import pymongo
import pytest

from conftest import ROOT, delete_queue
from worker.config import Settings
from worker.run import run
from worker.services import free_port, mongo_answers, redis_answers

pytestmark = pytest.mark.e2e


def nothing_answering(tmp_path) -> Settings:
    """Settings whose default broker and store addresses answer nothing, as on
    a fresh machine."""
    return Settings(broker_url=f"redis://127.0.0.1:{free_port()}/0",
                    mongo_uri=f"mongodb://127.0.0.1:{free_port()}", data_dir=str(tmp_path / "data"))


def test_it_starts_redis_and_nx27017_then_stops_them(tmp_path):
    said = []
    report = run([str(ROOT / "seeds")], settings=nothing_answering(tmp_path), say=said.append)
    assert report.broker.how.startswith("started redis-server") and report.store.started
    assert report.stored >= 1 and not report.failures and not report.rejected
    assert any(line.startswith("store:  mongodb://127.0.0.1:") for line in said)
    assert not redis_answers(report.broker.uri) and not mongo_answers(report.store.uri)
    assert (tmp_path / "data" / "mongo").is_dir()


def test_without_redis_installed_messages_go_through_files(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", "/nonexistent")
    report = run([str(ROOT / "seeds" / "us-japan-2plus2.txt")], settings=nothing_answering(tmp_path),
                 say=lambda _: None)
    assert report.broker.uri == "filesystem://" and report.stored == 1


def test_a_configured_store_is_used_and_left_running(tmp_path, broker_url, mongo_service):
    settings = Settings(broker_url=broker_url, mongo_uri=mongo_service.uri, db="run_test",
                        queue=f"run-test-{free_port()}", data_dir=str(tmp_path))
    report = run([str(ROOT / "seeds" / "us-japan-2plus2.txt")], settings=settings,
                 broker_configured=True, store_configured=True, say=lambda _: None)
    assert not report.broker.started and not report.store.started and report.stored == 1
    client = pymongo.MongoClient(mongo_service.uri)
    assert client.run_test.documents.find_one({"title": {"$regex": "^US and Japan"}})
    client.drop_database("run_test")
    delete_queue(settings)


def test_the_command_reports_what_it_stored(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "INGEST_DATA_DIR": str(tmp_path / "data"),
           "INGEST_QUEUE": f"run-cli-{free_port()}"}
    done = subprocess.run([sys.executable, "-m", "worker.cli", "run", str(ROOT / "seeds")], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    assert "stored " in done.stdout and "0 failed, 0 rejected" in done.stdout
    assert "query them: mongosh 'mongodb://" in done.stdout
