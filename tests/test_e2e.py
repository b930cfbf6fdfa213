"""End to end over the real parts: submit -> Redis -> Celery worker processes ->
a MongoDB wire-protocol store, as a user runs them."""
from __future__ import annotations

import json
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from conftest import ROOT, SEED, settings_env, wait_until_done
from worker.inputs import read_inputs
from worker.producer import Submitter, submit

pytestmark = pytest.mark.e2e

ARTICLE_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Harbour bridge reopens after repairs | Example News</title>
<meta property="og:title" content="Harbour bridge reopens after repairs">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2024-05-06T07:08:09Z">
<link rel="canonical" href="https://news.example.com/harbour-bridge">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Harbour bridge reopens after repairs</h1>
<p>The harbour bridge reopened to traffic on Monday after eight months of repairs to its
steel deck, the city council said in a statement.</p>
<figure><img src="bridge.jpg" alt="bridge">
<figcaption>Cars cross the harbour bridge on its first morning back in service. Photo: Reuters</figcaption>
</figure>
<p>Engineers replaced more than four hundred corroded plates and repainted the whole span,
which carries about ninety thousand vehicles a day.</p>
<p>The council said the work finished two weeks ahead of schedule and within its budget,
and thanked residents for their patience during the long closure.</p>
</article>
<footer>Share this article. Copyright 2024 Example News.</footer>
</body></html>"""


def stored_without_times(store, doc_id):
    doc = store.get(doc_id)
    assert doc is not None, f"{doc_id} not stored"
    assert doc.pop("submitted_at") and doc.pop("ingested_at")
    return doc


def test_the_seed_goes_from_submit_to_the_documents_collection(settings, workers, live_store):
    workers.start()
    with Submitter(settings) as submitter:
        item = next(read_inputs([str(SEED.relative_to(ROOT))]))
        doc_id = submitter.add(item.submission, path=item.path)
    wait_until_done(live_store, [doc_id], workers=workers)

    expected = json.loads((ROOT / "tests" / "expected" / "us-japan-2plus2.json").read_text("utf-8"))
    del expected["submitted_at"], expected["ingested_at"]
    assert stored_without_times(live_store, doc_id) == expected
    assert live_store.get_raw(doc_id)["content"] == SEED.read_text("utf-8")


def test_an_html_page_is_stored_with_its_metadata_and_captions(settings, workers, live_store):
    workers.start()
    doc_id = submit(html=ARTICLE_HTML, url="https://news.example.com/harbour-bridge?utm_source=x",
                    source="example-news", settings=settings)
    wait_until_done(live_store, [doc_id], workers=workers)
    doc = live_store.get(doc_id)
    assert doc["format"] == "html" and doc["title"] == "Harbour bridge reopens after repairs"
    assert doc["body"].startswith("The harbour bridge reopened to traffic on Monday")
    assert "Engineers replaced" in doc["body"] and "Cars cross" not in doc["body"]
    assert doc["captions"] == [{"text": "Cars cross the harbour bridge on its first morning back in service.",
                                "credit": "Reuters"}]
    assert doc["author"] == "Jane Doe" and doc["published_at"].startswith("2024-05-06")
    assert doc["url"] == "https://news.example.com/harbour-bridge" and doc["lang"] == "en"
    assert doc["source"] == {"url": "https://news.example.com/harbour-bridge?utm_source=x",
                             "name": "example-news", "path": None}


def test_ingest_submit_rejects_bad_lines_and_queues_the_rest(settings, workers, live_store, tmp_path):
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join([
        json.dumps({"id": "good-1", "text": SEED.read_text("utf-8")}),
        json.dumps({"id": "bad-1", "text": "x", "url": "not a url"}),
        json.dumps({"id": "good-2", "html": ARTICLE_HTML}),
        "{broken json",
    ]) + "\n")
    run = subprocess.run([sys.executable, "-m", "worker.cli", "submit", str(batch)], cwd=ROOT,
                         env=settings_env(settings), capture_output=True, text=True, timeout=60)
    assert run.returncode == 1, run.stderr
    assert f"rejected {batch}:2: url: 'not a url' is not an absolute http(s) URL" in run.stderr
    assert f"rejected {batch}:4: not valid JSON" in run.stderr
    assert "queued 2, rejected 2" in run.stderr

    workers.start()
    wait_until_done(live_store, ["good-1", "good-2"], workers=workers)
    assert live_store.outcome_counts(["good-1", "good-2", "bad-1"]) == (2, 0)


def test_resubmitting_and_redelivering_never_makes_a_second_copy(settings, workers, live_store):
    text = SEED.read_text("utf-8")
    ids = [submit(text=text, settings=settings)]
    with ThreadPoolExecutor(10) as pool:
        ids += list(pool.map(lambda _: submit(text=text, settings=settings), range(10)))
    assert len(set(ids)) == 1
    # one process, so that "written once" is exact: two processes may both
    # write a brand-new document at the same moment (the same upsert twice)
    workers.start(concurrency=1)
    wait_until_done(live_store, ids, workers=workers)
    wait_for(lambda: workers.logs().count("succeeded in") == 11, workers)
    # the two processes may both find the new document absent and both write
    # it (the same upsert: still one copy), but no more than once each
    first = workers.logs().count(f"{ids[0]} stored")
    assert 1 <= first <= 2
    submit(text=text, settings=settings)
    with Submitter(settings) as submitter:
        submitter.add({"text": text})
    wait_for(lambda: workers.logs().count("succeeded in") == 13, workers)
    logs = workers.logs()
    assert logs.count(f"{ids[0]} stored") == first
    assert logs.count(f"{ids[0]} stored") + logs.count(f"{ids[0]} unchanged") == 13
    assert live_store.documents.count_documents({}) == 1
    assert live_store.raw.count_documents({}) == 1


def test_a_page_with_no_article_becomes_a_failure_record(settings, workers, live_store):
    workers.start()
    doc_id = submit(text="Home\nNews\nSport\nShare\nRead More\nLeave a Reply", settings=settings)
    wait_until_done(live_store, [doc_id], workers=workers)
    failure = live_store.get_failure(doc_id)
    assert failure["stage"] == "clean" and "no main text" in failure["error"]
    assert failure["raw"]["content"].startswith("Home\nNews") and failure["attempts"] == 1
    assert live_store.get(doc_id) is None


def test_ingest_worker_runs_the_same_worker(settings, live_store, tmp_path):
    log = open(tmp_path / "ingest-worker.log", "wb")
    process = subprocess.Popen([sys.executable, "-m", "worker.cli", "worker", "-c", "1", "--without-mingle",
                                "--without-gossip"], cwd=ROOT, env=settings_env(settings),
                               stdout=log, stderr=subprocess.STDOUT)
    try:
        doc_id = submit(text=SEED.read_text("utf-8"), settings=settings)
        wait_until_done(live_store, [doc_id])
    finally:
        process.terminate()
        process.wait(20)
    assert live_store.get(doc_id)["title"].startswith("US and Japan")
    assert "ready" in Path(tmp_path / "ingest-worker.log").read_text(errors="replace")


def test_workers_log_one_json_line_per_document(settings, workers, live_store):
    workers.start(log_format="json")
    with Submitter(settings) as submitter:
        good = submitter.add({"text": SEED.read_text("utf-8")})
        bad = submitter.add({"text": "Home\nNews\nShare"})
    wait_until_done(live_store, [good, bad], workers=workers)
    wait_for(lambda: f'"doc_id": "{bad}"' in workers.logs(), workers)
    lines = [json.loads(line) for line in workers.logs().splitlines() if line.startswith("{")]
    per_doc = {line["doc_id"]: line for line in lines if "doc_id" in line}
    assert per_doc[good]["outcome"] == "stored" and per_doc[good]["level"] == "INFO"
    assert per_doc[good]["ms"] > 0 and per_doc[good]["bytes_in"] == len(SEED.read_text("utf-8"))
    assert 0 < per_doc[good]["bytes_out"] < per_doc[good]["bytes_in"]
    assert per_doc[bad]["outcome"] == "failed" and per_doc[bad]["stage"] == "clean"


def wait_for(condition, workers, timeout=30):
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, workers.logs()[-3000:]
        time.sleep(0.1)


def test_worker_submit_stays_the_function_once_the_worker_modules_are_loaded():
    """A task or a script that loaded the worker's modules still finds
    ``worker.submit`` to be the documented call, not a module of that name."""
    import worker
    import worker.tasks  # noqa: F401  (loads the producer module, as a worker process does)
    assert callable(worker.submit) and worker.submit.__name__ == "submit"
    assert callable(worker.Submitter)
