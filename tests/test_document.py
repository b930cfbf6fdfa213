"""The seed in, the exact stored document out: the public contract at work."""
from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from worker import schemas
from worker.document import NoMainText, content_hash, normalise, to_json
from worker.envelope import make_envelope

HERE = Path(__file__).parent
SEED = HERE.parent / "seeds" / "us-japan-2plus2.txt"
T0 = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
MAX = 8 << 20


def seed_document() -> dict:
    envelope = make_envelope({"text": SEED.read_text("utf-8")}, max_bytes=MAX,
                             path="seeds/us-japan-2plus2.txt", submitted_at=T0)
    return normalise(envelope, ingested_at=T0)


def test_seed_gives_exactly_the_expected_document():
    expected = json.loads((HERE / "expected" / "us-japan-2plus2.json").read_text("utf-8"))
    assert json.loads(to_json(seed_document())) == expected


def test_seed_document_reads_as_the_issue_describes():
    doc = seed_document()
    assert doc["title"] == "US and Japan to revamp joint military operations to counter China and North Korea"
    paragraphs = doc["body"].split("\n\n")
    assert paragraphs[0].startswith("The United States and Japan said they will revamp")
    assert paragraphs[-1].startswith("Blinken reiterated that Washington")
    assert len(paragraphs) == 24
    for line in ("image", "Read More", "Leave a Reply", ""):
        assert line not in paragraphs
    assert "\n\n\n" not in doc["body"] and "Iikura Guest House" not in doc["body"]
    assert doc["captions"] == [{
        "text": "From left to right, US Defence Secretary Lloyd Austin, US Secretary of State Antony "
                "Blinken, Japanese Foreign Minister Yoko Kamikawa, and Japanese Defence Minister Minoru "
                "Kihara attend a joint press conference at Iikura Guest House in Tokyo on Sunday.",
        "credit": "Reuters"}]
    assert doc["boilerplate"] == ["image", "image", "Read More", "Leave a Reply"]
    assert doc["source"] == {"url": None, "name": None, "path": "seeds/us-japan-2plus2.txt"}
    assert doc["format"] == "text" and doc["lang"] == "en"
    assert doc["content_hash"] == content_hash(doc["body"])


def test_the_document_matches_its_schema():
    assert schemas.document_errors(seed_document()) is None


def test_the_same_input_always_gives_the_same_document():
    assert seed_document() == seed_document()


def test_worker_clean_is_the_python_face_of_ingest_clean():
    import worker
    doc = worker.clean(SEED.read_text("utf-8"), url="https://example.com/a", source="seed")
    assert doc["title"] == seed_document()["title"] and doc["body"] == seed_document()["body"]
    assert doc["source"] == {"url": "https://example.com/a", "name": "seed", "path": None}


def test_a_page_of_furniture_only_has_no_main_text():
    envelope = make_envelope({"text": "Home\nMenu\nShare\nRead More\nLeave a Reply"}, max_bytes=MAX)
    with pytest.raises(NoMainText):
        normalise(envelope, ingested_at=T0)


def test_metadata_and_origin_pass_through():
    envelope = make_envelope({"text": SEED.read_text("utf-8"), "url": "https://example.com/a?b=1",
                              "source": "scmp", "metadata": {"tags": ["asia"], "n": 1}},
                             max_bytes=MAX, submitted_at=T0)
    doc = normalise(envelope, ingested_at=T0)
    assert doc["source"] == {"url": "https://example.com/a?b=1", "name": "scmp", "path": None}
    assert doc["url"] == "https://example.com/a?b=1"
    assert doc["metadata"] == {"tags": ["asia"], "n": 1}
    assert doc["_id"].startswith("u-")


@pytest.mark.parametrize(("body", "words"), [
    ("The council voted on Tuesday.", 5),
    ("国家统计局5日发布数据。", 11),
    ("政府は5日、予算案を閣議決定した。", 15),
    ("Apple发布了新款iPhone。", 7),
])
def test_word_count_counts_each_ideograph_and_kana_as_a_word_processor_does(body, words):
    """Chinese and Japanese put no spaces between words: each ideograph or
    kana counts as one word, as word processors count them, so the counts of
    two documents in different scripts compare."""
    envelope = make_envelope({"text": body}, max_bytes=MAX, path="a.txt", submitted_at=T0)
    assert normalise(envelope, ingested_at=T0)["word_count"] == words
