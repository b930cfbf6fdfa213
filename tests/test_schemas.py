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


def test_both_schemas_are_valid_json_schema():
    for name in ("submission", "document"):
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
