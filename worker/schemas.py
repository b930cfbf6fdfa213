"""The JSON Schemas in ``schemas/``: loading them, checking against them, and
turning the document schema into MongoDB's ``$jsonSchema`` dialect.

The files are the public contract; this module never redefines a field.

Every check runs first through a compiled validator (``jsonschema-rs``, about
200 times faster than ``jsonschema``: at 0.2 ms a document, checking alone
would cap ``ingest submit`` near 5,000 documents/s). Only an instance it
refuses goes through ``jsonschema``, whose verdict and message are final: the
fast path can only say "valid" sooner, never change an answer.
"""
from __future__ import annotations

import json
import re
from datetime import datetime
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema_rs
from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

_REPO_SCHEMAS = Path(__file__).resolve().parent.parent / "schemas"


def schema_path(name: str) -> Path:
    """Path of ``schemas/<name>.schema.json`` (in the checkout, or packaged)."""
    filename = f"{name}.schema.json"
    packaged = resources.files("worker") / "schemas" / filename
    if packaged.is_file():
        return Path(str(packaged))
    return _REPO_SCHEMAS / filename


@cache
def load(name: str) -> dict[str, Any]:
    return json.loads(schema_path(name).read_text("utf-8"))


@cache
def validator(name: str) -> Draft202012Validator:
    schema = load(name)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


@cache
def fast_validator(name: str):
    """Schema ``name`` compiled by jsonschema-rs, its patterns made to match
    what Python's ``re`` matches (:func:`python_patterns`)."""
    return jsonschema_rs.validator_for(python_patterns(load(name)), validate_formats=True)


def first_error(name: str, instance: Any) -> str | None:
    """The most relevant violation of schema ``name`` as one readable line, or None."""
    try:
        if fast_validator(name).is_valid(instance):
            return None
    except (ValueError, TypeError, OverflowError):
        pass  # a Python value JSON has no word for: jsonschema judges it
    return slow_first_error(name, instance)


def slow_first_error(name: str, instance: Any) -> str | None:
    """:func:`first_error` by ``jsonschema`` alone (the reference)."""
    error = best_match(validator(name).iter_errors(instance))
    if error is None:
        return None
    while error.validator == "anyOf":
        # the branch that fits the value's type says what is wrong with it
        fitting = [e for e in error.context if e.validator != "type"]
        if not fitting:
            break
        error = best_match(fitting)
    where = "/".join(str(p) for p in error.absolute_path)
    return f"{where or '(document)'}: {_explain(error)}"


# Rust's \\s (Unicode White_Space) lacks five characters that Python's \\s has;
# the fast validator gets them added so that it is never more lenient.
_PY_ONLY_SPACE = "\\x1c-\\x1f\\x85"
_CLASS_OR_ESCAPE = re.compile(r"\\.|\[|\]")


def python_patterns(node: Any) -> Any:
    """A copy of a schema whose ``pattern`` regexes mean for jsonschema-rs what
    they mean for Python's ``re``: ``\\s`` and ``\\S`` widened to Python's set."""
    if isinstance(node, list):
        return [python_patterns(n) for n in node]
    if not isinstance(node, dict):
        return node
    out = {k: python_patterns(v) for k, v in node.items()}
    if isinstance(node.get("pattern"), str):
        out["pattern"] = _widen_spaces(node["pattern"])
    if isinstance(node.get("patternProperties"), dict):
        out["patternProperties"] = {_widen_spaces(k): python_patterns(v)
                                    for k, v in node["patternProperties"].items()}
    return out


def _widen_spaces(pattern: str) -> str:
    out, in_class, pos = [], False, 0
    for m in _CLASS_OR_ESCAPE.finditer(pattern):
        out.append(pattern[pos:m.start()])
        token, pos = m.group(), m.end()
        if token == "[" and not in_class:
            in_class = True
        elif token == "]" and in_class:
            in_class = False
        elif token == "\\s":
            token = f"\\s{_PY_ONLY_SPACE}" if in_class else f"[\\s{_PY_ONLY_SPACE}]"
        elif token == "\\S":
            if in_class:
                raise ValueError(f"cannot translate \\S inside a character class: {pattern!r}")
            token = f"[^\\s{_PY_ONLY_SPACE}]"
        out.append(token)
    out.append(pattern[pos:])
    return "".join(out)


def document_errors(document: dict[str, Any]) -> str | None:
    """Check a document as the store will write it (datetimes allowed where the
    schema says date-time)."""
    return first_error("document", _json_dates(document))


def _json_dates(document: dict[str, Any]) -> dict[str, Any]:
    return {k: v.isoformat() if isinstance(v, datetime) else v for k, v in document.items()}


#: the pattern of a submission id (schemas/submission.schema.json): no control characters
_NO_CONTROL = "^[^\\u0000-\\u001f]+$"
#: the pattern of a metadata key: no leading '$', no '.', no NUL
_SAFE_KEY = "^[^$.\\u0000][^.\\u0000]*$"
#: longest stretch of an offending value quoted in a message
_QUOTE = 60


def _quote(value: Any) -> str:
    """``repr(value)``, cut short: a message names the value, it does not echo 50 MB."""
    text = repr(value)
    return text if len(text) <= _QUOTE else f"{text[:_QUOTE]}... ({len(text):,} characters)"


def _explain(error) -> str:
    pattern = error.schema.get("pattern") if error.validator == "pattern" else None
    if pattern == "\\S":
        return "is empty or only whitespace"
    if pattern == _NO_CONTROL:
        position = next(i for i, c in enumerate(error.instance) if ord(c) < 0x20)
        return (f"contains a control character (U+{ord(error.instance[position]):04X} at "
                f"character {position + 1}): {_quote(error.instance)}")
    if error.validator == "maxLength":
        return f"{len(error.instance):,} characters is over the limit of {error.validator_value:,}"
    if error.validator == "minLength" and error.validator_value == 1:
        return "is empty"
    if error.validator == "type":
        expected = error.validator_value
        expected = " or ".join(expected) if isinstance(expected, list) else expected
        return f"{_quote(error.instance)} is not of type '{expected}'"
    if error.validator == "oneOf" and not error.absolute_path:
        return "needs exactly one of 'text' or 'html'"
    if error.validator == "additionalProperties":
        message = error.message.replace("Additional properties are not allowed", "unknown field")
        if not error.absolute_path and isinstance(error.instance, dict) \
                and not {"text", "html"} & set(error.instance):
            message += "; the page goes in 'text' or 'html'"
        return message
    if error.validator == "pattern" and error.schema.get("pattern", "").startswith("^[Hh]"):
        return f"{error.instance!r} is not an absolute http(s) URL"
    if error.validator == "propertyNames" or pattern == _SAFE_KEY:
        return f"key {_quote(error.instance)} may not start with '$' or contain '.' or NUL"
    return error.message


# --- MongoDB's $jsonSchema dialect ----------------------------------------

_BSON_TYPES = {
    "string": ["string"],
    "object": ["object"],
    "array": ["array"],
    "boolean": ["bool"],
    "null": ["null"],
    "integer": ["int", "long"],
    "number": ["int", "long", "double", "decimal"],
}
_UNSUPPORTED = {"$schema", "$id", "$comment", "$defs", "format", "examples", "default"}


@cache
def mongo_validator(name: str = "document") -> dict[str, Any]:
    """Schema ``name`` as a MongoDB ``$jsonSchema`` validator: JSON types become
    BSON types, ``format: date-time`` becomes a BSON date, and keywords MongoDB
    does not know are dropped."""
    return {"$jsonSchema": _to_mongo(load(name))}


def _to_mongo(node: Any) -> Any:
    if isinstance(node, list):
        return [_to_mongo(n) for n in node]
    if not isinstance(node, dict):
        return node
    out = {k: _to_mongo(v) for k, v in node.items()
           if k not in _UNSUPPORTED and k != "type" and k != "properties"}
    if "properties" in node:
        out["properties"] = {k: _to_mongo(v) for k, v in node["properties"].items()}
    if "type" in node:
        types = node["type"] if isinstance(node["type"], list) else [node["type"]]
        bson = [b for t in types for b in _BSON_TYPES[t]]
        if node.get("format") == "date-time":
            bson = ["date" if b == "string" else b for b in bson]
        out["bsonType"] = bson[0] if len(bson) == 1 else bson
    return out
