"""The JSON Schemas in schemas/ are the public contract: valid, complete, and
applied the same way in code and as MongoDB validators."""
from __future__ import annotations

import re
from pathlib import Path

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
