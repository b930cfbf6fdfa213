"""Security: JSON on the queue (never pickle), the payload limit at submit and
in the worker, credentials never printed or logged, and MongoDB queries built
from values only (README: "Security")."""
from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import time
from datetime import UTC, datetime
from urllib.parse import urlsplit

import pytest

import worker
from conftest import ROOT, SEED, settings_env, wait_until_done
from worker.celery_app import TASK_NAME, app_for, celery_config
from worker.document import normalise
from worker.envelope import make_envelope
from worker.producer import Submitter, submit
from worker.services import free_port

BROKER_SECRET, MONGO_SECRET = "S3cretBrokerPW", "S3cretMongoPW"


# --- JSON, never pickle -----------------------------------------------------

def test_the_queue_speaks_json_only(settings):
    config = celery_config(settings)
    assert config["task_serializer"] == "json" and config["accept_content"] == ["json"]
    assert config["result_serializer"] == "json"


class Evil:
    """Unpickling this would make a folder: proof that nothing was unpickled."""

    def __init__(self, marker: str):
        self.marker = marker

    def __reduce__(self):
        return (os.mkdir, (self.marker,))


@pytest.mark.e2e
def test_a_pickled_message_is_refused_and_the_worker_keeps_going(settings, workers, live_store, tmp_path):
    workers.start()
    marker = tmp_path / "unpickled"
    app_for(settings).send_task(TASK_NAME, args=[[Evil(str(marker))]], queue=settings.queue,
                                serializer="pickle")
    deadline = time.monotonic() + 60
    while "Refusing to deserialize untrusted content of type pickle" not in workers.logs():
        assert time.monotonic() < deadline, workers.logs()[-3000:]
        time.sleep(0.2)
    assert not marker.exists()
    # acknowledged and dropped (Celery's on_decode_error), not redelivered forever;
    # the worker takes the next message
    with Submitter(settings) as submitter:
        doc_id = submitter.add({"text": SEED.read_text("utf-8")})
    wait_until_done(live_store, [doc_id], workers=workers)
    assert live_store.get(doc_id) is not None and not marker.exists()
    assert all(p.poll() is None for p in workers.processes)


# --- the payload limit: at submit (tests/test_bad_input.py, 50 MB) and in the worker

@pytest.mark.e2e
def test_the_worker_enforces_the_payload_limit_itself(settings, workers, live_store):
    workers.start(max_document_bytes=1000)
    # another producer, with its own limit
    big = make_envelope({"id": "big-1", "text": "word " * 1000}, max_bytes=1 << 23)
    app_for(settings).send_task(TASK_NAME, args=[[big]], queue=settings.queue)
    wait_until_done(live_store, ["big-1"], workers=workers)
    failure = live_store.get_failure("big-1")
    assert failure["stage"] == "validate"
    assert "5,000 bytes is over the limit of 1,000 bytes" in failure["error"]


# --- credentials --------------------------------------------------------------

def ingest(*args, env, timeout=120):
    return subprocess.run([sys.executable, "-m", "worker.cli", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)


def down_env(tmp_path) -> dict[str, str]:
    return {**os.environ, "INGEST_BROKER_URL": f"redis://user:{BROKER_SECRET}@127.0.0.1:{free_port()}/0",
            "INGEST_MONGO_URI": f"mongodb://user:{MONGO_SECRET}@127.0.0.1:{free_port()}/?authSource=admin",
            "INGEST_MONGO_TIMEOUT_MS": "1000", "INGEST_DATA_DIR": str(tmp_path / "data")}


def assert_no_secret(text: str) -> None:
    assert BROKER_SECRET not in text and MONGO_SECRET not in text, text


def test_ingest_status_and_a_failed_submit_never_show_the_passwords(tmp_path):
    env = down_env(tmp_path)
    for args in (["status"], ["status", "--json"]):
        done = ingest(*args, env=env)
        assert done.returncode == 2
        assert_no_secret(done.stdout + done.stderr)
        assert "user:***@127.0.0.1" in done.stdout
    done = ingest("submit", str(SEED), env=env)
    assert done.returncode == 2 and "cannot reach the broker at redis://user:***@127.0.0.1" in done.stderr
    assert_no_secret(done.stdout + done.stderr)
    done = ingest("failures", env=env)
    assert done.returncode == 2
    assert_no_secret(done.stdout + done.stderr)


@pytest.mark.e2e
def test_ingest_runs_report_and_a_workers_logs_never_show_the_passwords(settings, broker_url, workers,
                                                                       tmp_path):
    # Redis on this machine has no password: it accepts any given for 'default';
    # RabbitMQ's URL carries its own (guest:guest)
    with_password = broker_url.replace("redis://", f"redis://default:{BROKER_SECRET}@", 1)
    parts = urlsplit(with_password)
    user, password = parts.username, parts.password
    env = {**os.environ, "INGEST_BROKER_URL": with_password, "INGEST_QUEUE": settings.queue,
           "INGEST_DATA_DIR": str(tmp_path / "data"), "INGEST_MONGO_URI": settings.mongo_uri,
           "INGEST_DB": settings.db}
    done = ingest("run", str(SEED), "-c", "1", env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "stored 1 document(s)" in done.stdout and f"{user}:***@" in done.stdout
    assert_no_secret(done.stdout + done.stderr)
    assert f":{password}@" not in done.stdout + done.stderr

    # a worker with both passwords, its store down: startup banner and retry logs
    down = f"mongodb://user:{MONGO_SECRET}@127.0.0.1:{free_port()}/?authSource=admin"
    workers.start(1, broker_url=with_password, mongo_uri=down, mongo_timeout_ms=500)
    workers.settings = dataclasses.replace(settings, broker_url=with_password)
    submit(text=SEED.read_text("utf-8"), settings=workers.settings)
    deadline = time.monotonic() + 60
    while "retry: Retry in" not in workers.logs():
        assert time.monotonic() < deadline, workers.logs()[-3000:]
        time.sleep(0.2)
    logs = workers.logs()
    assert f"{user}:**@" in logs and "StoreUnavailable" in logs
    assert_no_secret(logs)
    assert f":{password}@" not in logs


# --- MongoDB queries from values ------------------------------------------------

@pytest.mark.parametrize("operator", [{"$ne": None}, {"$gt": ""}, {"$where": "sleep(100)"}, ["a"], 5])
def test_an_operator_can_never_reach_a_query_as_an_id(store, operator):
    stored = normalise(make_envelope({"id": "doc-1", "text": SEED.read_text("utf-8")}, max_bytes=1 << 23),
                       ingested_at=datetime.now(UTC))
    store.write([stored], {"doc-1": make_envelope({"id": "doc-1", "text": "x"}, max_bytes=100)})
    for read in (store.get, store.get_raw, store.get_failure):
        with pytest.raises(TypeError, match="a document id is a string"):
            read(operator)
    with pytest.raises(TypeError):
        store.outcome_counts([operator])
    with pytest.raises(TypeError):
        worker.failures(ids=[operator], store=store)
    with pytest.raises(TypeError):
        worker.retry([operator], store=store)
    with pytest.raises(TypeError):
        worker.failures(stage=operator, store=store)
    with pytest.raises(TypeError):
        worker.reprocess(pipeline_version=operator, store=store)


def test_ids_that_look_like_operators_are_plain_values(store):
    """'$where' and '{"$ne": null}' are legal ids: as values they match only
    the document of that id."""
    for doc_id in ("$where", '{"$ne": null}', "a.b"):
        envelope = make_envelope({"id": doc_id, "text": SEED.read_text("utf-8")}, max_bytes=1 << 23)
        store.write([normalise(envelope, ingested_at=datetime.now(UTC))], {doc_id: envelope})
    assert store.get("$where")["_id"] == "$where"
    assert store.get('{"$ne": null}')["_id"] == '{"$ne": null}'
    assert store.get("$ne") is None and store.documents.count_documents({}) == 3
    assert store.find_failures(ids=["$where"]) == []


def test_ingest_retry_takes_an_operator_as_a_literal_id(settings, live_store):
    done = ingest("retry", '{"$ne": null}', env=settings_env(settings))
    assert done.returncode == 1 and 'skipped {"$ne": null}: no such failure' in done.stderr
    done = ingest("failures", "--stage", "$ne", env=settings_env(settings))
    assert done.returncode == 2 and "Invalid value for '--stage'" in done.stderr


def test_metadata_keys_with_a_dollar_or_a_dot_are_refused_at_submit_and_by_the_worker():
    with pytest.raises(worker.envelope.Rejected, match=r"metadata/a: key '\$gt' may not start with"):
        make_envelope({"text": "a", "metadata": {"a": {"$gt": 1}}}, max_bytes=100)
    from worker.envelope import envelope_errors
    envelope = {**make_envelope({"text": "a"}, max_bytes=100), "metadata": {"x.y": 1}}
    assert "metadata: key 'x.y' may not start with '$' or contain '.'" in envelope_errors(envelope, 100)
