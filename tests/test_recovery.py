"""ingest failures / retry / reprocess (worker/recovery.py) end to end: a real
worker, the Redis queue and the nx-27017 store."""
from __future__ import annotations

import json
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta

import pytest

import worker
from conftest import ROOT, SEED, settings_env, wait_until_done
from worker.producer import Submitter
from worker.version import PIPELINE_VERSION

pytestmark = pytest.mark.e2e


def ingest(settings, *args):
    return subprocess.run([sys.executable, "-m", "worker.cli", *args], cwd=ROOT, env=settings_env(settings),
                          capture_output=True, text=True, timeout=120)


def wait_for(condition, workers, timeout=60):
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, workers.logs()[-3000:]
        time.sleep(0.2)


def naive(when):
    """A date as a naive UTC datetime: nx-27017 0.8 keeps a date that $set
    writes over an existing record as a string (real MongoDB keeps a date)."""
    return datetime.fromisoformat(when) if isinstance(when, str) else when.replace(tzinfo=None)


def stop(process):
    process.terminate()
    process.wait(30)


def test_a_failure_is_listed_then_retried_once_its_cause_is_fixed(settings, workers, live_store):
    # the cause: workers whose payload limit is smaller than the submitter's
    small = workers.start(max_document_bytes=2000)
    with Submitter(settings) as submitter:
        big = submitter.add({"id": "seed-1", "text": SEED.read_text("utf-8")})
        menu = submitter.add({"id": "menu-1", "text": "Home\nNews\nShare\nRead More"})
    wait_until_done(live_store, [big, menu], workers=workers)

    listed = ingest(settings, "failures")
    assert listed.returncode == 0, listed.stderr
    lines = {line.split()[0]: line for line in listed.stdout.splitlines()}
    assert "validate  attempts 1" in lines["seed-1"] and "over the limit of 2,000 bytes" in lines["seed-1"]
    assert "clean  attempts 1" in lines["menu-1"] and "no main text found" in lines["menu-1"]
    assert "2 failure(s)" in listed.stderr

    as_json = ingest(settings, "failures", "--json", "--raw", "--stage", "validate", "--since", "1h")
    [record] = [json.loads(line) for line in as_json.stdout.splitlines()]
    assert record["id"] == "seed-1" and record["attempts"] == 1
    assert record["raw"]["content"] == SEED.read_text("utf-8")
    assert [f["_id"] for f in worker.failures(stage="clean", settings=settings)] == ["menu-1"]
    assert worker.failures(since=datetime.now(UTC) + timedelta(hours=1), settings=settings) == []

    # fixed: the limit is back to the default; retry both
    stop(small)
    workers.start()
    done = ingest(settings, "retry", "seed-1", "menu-1", "no-such-id")
    assert done.returncode == 1 and "skipped no-such-id: no such failure" in done.stderr
    assert "requeued 2, skipped 1" in done.stderr

    # the stored one loses its failure record; the one whose raw still has no
    # article fails again and counts a second attempt
    wait_for(lambda: live_store.get("seed-1") and live_store.get_failure("seed-1") is None, workers)
    wait_for(lambda: live_store.get_failure("menu-1")["attempts"] == 2, workers)
    assert live_store.get("seed-1")["title"].startswith("US and Japan")
    assert live_store.get("menu-1") is None
    # (nx-27017 0.8 keeps a date that $set writes over an existing record as a
    # string, so last_failed_at is not compared here: real MongoDB keeps dates)
    assert live_store.get_failure("menu-1")["stage"] == "clean"


def test_retry_all_and_by_stage_from_python(settings, workers, live_store):
    workers.start()
    with Submitter(settings) as submitter:
        ids = [submitter.add({"id": f"menu-{i}", "text": f"Home\nNews {i}\nShare"}) for i in range(3)]
    wait_until_done(live_store, ids, workers=workers)
    report = worker.retry(stage="clean", settings=settings)
    assert sorted(report.requeued) == ids and report.skipped == []
    wait_for(lambda: all(f["attempts"] == 2 for f in worker.failures(settings=settings)), workers)
    assert len(worker.retry(all=True, settings=settings).requeued) == 3
    with pytest.raises(ValueError, match="name the failures"):
        worker.retry(settings=settings)


def test_reprocess_cleans_an_old_pipeline_versions_documents_again_in_place(settings, workers, live_store):
    workers.start()
    with Submitter(settings) as submitter:
        old = submitter.add({"id": "old-1", "text": SEED.read_text("utf-8")})
        current = submitter.add({"id": "current-1", "html": "<article><p>" + "A sentence of the article. " * 8
                                 + "</p></article>"})
    wait_until_done(live_store, [old, current], workers=workers)
    expected = live_store.get(old)
    # what an older cleaner left: another version, another body
    live_store.documents.update_one({"_id": old}, {"$set": {"pipeline_version": "0.9-old", "body": "stale",
                                                            "content_hash": "sha256:stale"}})
    before = live_store.get(current)["ingested_at"]

    done = ingest(settings, "reprocess", "--pipeline-version", "0.9-old", "--no-progress")
    assert done.returncode == 0, done.stderr
    assert f"requeued 1 document(s) for pipeline version {PIPELINE_VERSION}, skipped 0" in done.stderr

    wait_for(lambda: live_store.get(old)["pipeline_version"] == PIPELINE_VERSION, workers)
    again = live_store.get(old)
    assert again["body"] == expected["body"] and again["content_hash"] == expected["content_hash"]
    assert naive(again["submitted_at"]) == naive(expected["submitted_at"])  # the original submission's
    assert again["ingested_at"] != expected["ingested_at"]  # rewritten (a string on nx-27017, see above)
    assert live_store.documents.count_documents({}) == 2 and live_store.raw.count_documents({}) == 2
    assert live_store.get(current)["ingested_at"] == before  # not selected, not touched

    # every document not of the current version: none left; all of them: both, unchanged
    assert worker.reprocess(not_version=PIPELINE_VERSION, settings=settings).requeued == []
    everything = ingest(settings, "reprocess", "--since", "1d", "--by", "submitted")
    assert "requeued 2 document(s)" in everything.stderr
    wait_for(lambda: workers.logs().count("current-1 unchanged") == 1, workers)
    assert live_store.documents.count_documents({}) == 2
