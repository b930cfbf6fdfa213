"""The `ingest` command as a user types it."""
from __future__ import annotations

import json
import subprocess
import sys

from conftest import ROOT
from worker.services import free_port


def ingest(*args, env=None, stdin=None):
    return subprocess.run([sys.executable, "-m", "worker.cli", *args], cwd=ROOT, input=stdin,
                          capture_output=True, text=True, timeout=60, env=env)


def test_clean_prints_the_seeds_document_as_one_json_line():
    done = ingest("clean", "seeds/us-japan-2plus2.txt")
    assert done.returncode == 0, done.stderr
    [line] = done.stdout.splitlines()
    doc = json.loads(line)
    expected = json.loads((ROOT / "tests" / "expected" / "us-japan-2plus2.json").read_text("utf-8"))
    for volatile in ("submitted_at", "ingested_at"):
        assert doc.pop(volatile) and expected.pop(volatile)
    assert doc == expected


def test_clean_reads_stdin_and_reports_inputs_without_article():
    article = "A sentence of the article. " * 5
    done = ingest("clean", "-", stdin='{"text": "Home\\nShare"}\n{"html": "<p>' + article
                  + '</p>", "url": "https://example.com/x"}\n')
    assert done.returncode == 1
    assert "<stdin>:1: no main text found" in done.stderr
    [line] = done.stdout.splitlines()
    assert json.loads(line)["format"] == "html"


def test_submit_fails_fast_when_the_broker_is_down(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "INGEST_BROKER_URL": f"redis://127.0.0.1:{free_port()}/0"}
    done = ingest("submit", "seeds/", env=env)
    assert done.returncode == 2
    assert "cannot reach the broker at redis://127.0.0.1:" in done.stderr


def test_submit_names_the_file_of_an_undecodable_input(tmp_path, broker_url):
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("caf\xe9".encode("latin-1"))
    env = {"PATH": "/usr/bin:/bin", "INGEST_BROKER_URL": broker_url, "INGEST_QUEUE": f"cli-{free_port()}"}
    done = ingest("submit", str(bad), env=env)
    assert done.returncode == 1
    assert f"rejected {bad}: not valid UTF-8" in done.stderr and "queued 0, rejected 1" in done.stderr
