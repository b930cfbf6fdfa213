"""The JSON Schemas in schemas/ are the public contract: valid, complete, and
applied the same way in code and as MongoDB validators."""
from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from worker import schemas

ROOT = Path(__file__).resolve().parent.parent


def test_every_schema_is_valid_json_schema():
    for name in ("submission", "document", "failure"):
        Draft202012Validator.check_schema(schemas.load(name))


def test_the_mongo_validator_speaks_mongos_dialect():
    mongo = schemas.mongo_validator("document")["$jsonSchema"]
    assert not {"$schema", "$id", "format", "type"} & keywords(mongo)
    assert mongo["properties"]["ingested_at"]["bsonType"] == "date"
    assert mongo["properties"]["word_count"]["bsonType"] == ["int", "long"]
    assert mongo["properties"]["title"]["bsonType"] == ["string", "null"]
    assert set(mongo["required"]) == set(schemas.load("document")["required"])


def test_every_stored_field_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text("utf-8")
    for field in schemas.load("document")["properties"]:
        assert re.search(rf"`{re.escape(field)}`", readme), f"README does not document `{field}`"


def keywords(node) -> set[str]:
    """Every schema keyword used in a schema (property names excluded)."""
    if isinstance(node, list):
        return set().union(*map(keywords, node))
    if not isinstance(node, dict):
        return set()
    found = set(node)
    for key, value in node.items():
        children = value.values() if key == "properties" else [value]
        found |= set().union(*map(keywords, children))
    return found


# --- the compiled fast path agrees with jsonschema --------------------------

_TRICKY = st.sampled_from(["", " ", "\n", "\t", "\x1c", "\x1f", "\x85", "\xa0", "\ufeff", "\u2028", "\x00",
                           "$", ".", "a", "é", "http://", "https://x.org/p?q#f", "HTTPS://X.ORG", "x\n"])
_TEXT = st.lists(st.one_of(_TRICKY, st.text(max_size=4)), max_size=4).map("".join)
_VALUE = st.recursive(st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), _TEXT),
                      lambda inner: st.one_of(st.lists(inner, max_size=3),
                                              st.dictionaries(_TEXT, inner, max_size=3)), max_leaves=6)
_SUBMISSION = st.dictionaries(st.sampled_from(["id", "text", "html", "url", "source", "metadata", "extra"]),
                              st.one_of(_TEXT, _VALUE), max_size=5)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_SUBMISSION)
def test_the_fast_validator_never_accepts_what_jsonschema_refuses(submission):
    assert schemas.first_error("submission", submission) == schemas.slow_first_error("submission", submission)


def test_the_fast_path_gives_jsonschemas_messages():
    bad = {"text": "x", "url": "not a url"}
    assert schemas.first_error("submission", bad) == "url: 'not a url' is not an absolute http(s) URL"
    # characters where Rust's and Python's idea of whitespace differ
    assert schemas.first_error("submission", {"text": "\x1c\x85"}) == "text: is empty or only whitespace"
    assert schemas.first_error("submission", {"text": "\ufeff"}) is None
    assert schemas.first_error("submission", {"text": "x", "metadata": {"when": object()}}) is not None


# --- failure records ------------------------------------------------------------

def test_failure_records_of_every_stage_match_their_schema(store):
    """The records `ingest failures` lists and users query: whatever the
    stage, and whatever the input (too malformed to store as it is included)."""
    from datetime import datetime

    from jsonschema import FormatChecker

    from worker.envelope import make_envelope
    from worker.pipeline import ingest
    from worker.store import Failure

    page = make_envelope({"id": "empty-page", "text": "Home\nNews\nSubscribe"}, max_bytes=1 << 20)
    too_big = {**make_envelope({"id": "too-big", "text": "x " * 600}, max_bytes=1 << 20)}
    malformed = {"id": {"$gt": ""}, "format": "text", "content": "x", "metadata": {"$where": 1}}
    ingest([page, too_big, malformed, "not an envelope"], store, max_bytes=1000)
    ingest([page], store, max_bytes=1000)  # a second attempt
    for stage in ("schema", "store", "task"):
        store.record_failures([Failure(f"{stage}-1", page, stage, f"{stage} went wrong", "Traceback ...")])
    for stage in ("worker", "time_limit"):
        store.record_failures([Failure(f"{stage}-1", page, stage, "lost 3 times", attempts=3)])

    records = list(store.failures.find())
    assert {r["stage"] for r in records} == set(schemas.load("failure")["properties"]["stage"]["enum"])
    assert store.get_failure("empty-page")["attempts"] == 2
    check = Draft202012Validator(schemas.load("failure"), format_checker=FormatChecker())
    for record in records:
        as_json = {k: v.isoformat() if isinstance(v, datetime) else v for k, v in record.items()}
        assert not [e.message for e in check.iter_errors(as_json)], record
