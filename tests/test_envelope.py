"""Checking submissions and giving them their ids, before anything is queued."""
from __future__ import annotations

import pytest

from worker.envelope import Rejected, document_id, envelope_errors, make_envelope, submission_errors

MAX = 1000


def test_the_submitters_id_wins():
    assert document_id({"id": "my-1", "url": "https://a.example/x", "text": "t"}) == "my-1"


def test_urls_that_name_the_same_page_give_the_same_id():
    same = ["https://Example.com/news/a?x=1", "https://example.com:443/news/a?x=1#comments",
            "HTTPS://EXAMPLE.COM/news/a?x=1"]
    assert len({document_id({"url": u, "text": "t"}) for u in same}) == 1
    assert document_id({"url": "https://example.com/news/a?x=2", "text": "t"}) != \
        document_id({"url": same[0], "text": "t"})


def test_without_id_or_url_the_content_decides():
    a, b = document_id({"text": "one"}), document_id({"text": "two"})
    assert a.startswith("c-") and a != b and a == document_id({"text": "one"})


@pytest.mark.parametrize("submission, reason", [
    ({}, "exactly one of 'text' or 'html'"),
    ({"text": "a", "html": "<p>a</p>"}, "exactly one of 'text' or 'html'"),
    ({"text": "   \n "}, "text: is empty or only whitespace"),
    ({"text": "a", "url": "ftp://x"}, "url: 'ftp://x' is not an absolute http(s) URL"),
    ({"text": "a", "colour": "red"}, "unknown field ('colour' was unexpected)"),
    ({"text": "a", "metadata": {"$where": 1}},
     "metadata: key '$where' may not start with '$' or contain '.'"),
    ({"text": "a", "metadata": {"a": {"b.c": 1}}},
     "metadata/a: key 'b.c' may not start with '$' or contain '.'"),
    ({"text": 5}, "text: 5 is not of type 'string'"),
    ({"text": "a\x00b"}, "text: contains NUL characters (binary data?)"),
    ({"text": "x" * 1001}, "text: 1,001 bytes is over the limit of 1,000 bytes (INGEST_MAX_DOCUMENT_BYTES)"),
    (["text"], "a submission is a JSON object, not list"),
])
def test_bad_submissions_are_refused_with_a_clear_reason(submission, reason):
    assert reason in submission_errors(submission, MAX)
    with pytest.raises(Rejected, match="."):
        make_envelope(submission, max_bytes=MAX)


def test_an_envelope_carries_what_the_worker_needs():
    envelope = make_envelope({"html": "<p>Hi</p>", "url": "https://a.example/", "source": "feed",
                              "metadata": {"k": "v"}}, max_bytes=MAX, path="in/a.html")
    assert envelope["format"] == "html" and envelope["content"] == "<p>Hi</p>"
    assert envelope["source"] == {"url": "https://a.example/", "name": "feed", "path": "in/a.html"}
    assert envelope_errors(envelope, MAX) is None


@pytest.mark.parametrize("mangle", [
    lambda e: e.pop("content"),
    lambda e: e.update(format="pdf"),
    lambda e: e.update(submitted_at="yesterday"),
    lambda e: e.update(content="x" * 2000),
    lambda e: e.update(extra=1),
])
def test_the_worker_refuses_malformed_envelopes(mangle):
    envelope = make_envelope({"text": "hello"}, max_bytes=MAX)
    mangle(envelope)
    assert envelope_errors(envelope, MAX)
