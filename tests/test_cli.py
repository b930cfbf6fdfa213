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


def test_submit_draws_a_progress_bar_on_a_terminal(tmp_path, broker_url):
    import fcntl
    import os
    import pty
    import struct
    import termios
    batch = tmp_path / "batch.jsonl"
    batch.write_text("".join(json.dumps({"text": f"Headline {i}\n\nSome words of article text."}) + "\n"
                             for i in range(300)))
    env = {"PATH": "/usr/bin:/bin", "INGEST_BROKER_URL": broker_url, "INGEST_QUEUE": f"cli-{free_port()}"}
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # 24 rows, 100 columns
    with subprocess.Popen([sys.executable, "-m", "worker.cli", "submit", str(batch)], cwd=ROOT, env=env,
                          stderr=follower, stdout=subprocess.DEVNULL) as process:
        os.close(follower)
        screen = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the terminal closed with the process
                break
            if not chunk:
                break
            screen += chunk
    os.close(leader)
    screen = screen.decode(errors="replace")
    assert process.returncode == 0, screen
    assert "300/300" in screen and "100%" in screen and "docs/s" in screen
    assert "queued 300, rejected 0" in screen
    purge(env)


def test_submit_logs_plain_progress_lines_off_a_terminal(tmp_path, broker_url):
    batch = tmp_path / "batch.jsonl"
    batch.write_text("".join(json.dumps({"text": f"Headline {i}\n\nSome words."}) + "\n" for i in range(3)))
    env = {"PATH": "/usr/bin:/bin", "INGEST_BROKER_URL": broker_url, "INGEST_QUEUE": f"cli-{free_port()}",
           "INGEST_PROGRESS_INTERVAL": "0", "INGEST_LOG_FORMAT": "json"}
    done = ingest("submit", str(batch), env=env)
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stderr.splitlines() if line.startswith("{")]
    assert [line["done"] for line in lines] == [1, 2, 3]
    assert {line["total"] for line in lines} == {3} and "\r" not in done.stderr
    assert all(line["rate"] > 0 and line["seconds_left"] is not None for line in lines)
    purge(env)


def purge(env):
    """Remove a test's queue (it has no worker)."""
    from conftest import delete_queue
    from worker.config import Settings
    delete_queue(Settings.from_env(env))
