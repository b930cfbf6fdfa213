"""The README's commands and examples are the ones that work."""
from __future__ import annotations

import ast
import re
from datetime import UTC
from pathlib import Path

import pytest
from pymongo.cursor import Cursor

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text("utf-8")


def section(title: str) -> str:
    start = README.index(f"\n## {title}\n")
    end = README.find("\n## ", start + 1)
    return README[start:end if end > 0 else None]


def test_ci_runs_exactly_the_readmes_test_command():
    commands = re.findall(r"^(python3 -m venv .*)$", section("Two commands on a fresh machine"), re.M)
    assert len(commands) == 2 and commands[1].endswith("&& pytest")
    assert commands[1] in (ROOT / ".ci" / "run").read_text().splitlines()
    assert commands[0].endswith("ingest run seeds/")


@pytest.mark.e2e
def test_the_readmes_pymongo_queries_run(live_store):
    from datetime import datetime

    from worker.document import normalise
    from worker.envelope import make_envelope

    envelope = make_envelope({"text": (ROOT / "seeds" / "us-japan-2plus2.txt").read_text("utf-8"),
                              "url": "https://www.scmp.com/news/3272", "source": "scmp"}, max_bytes=1 << 23)
    doc = normalise(envelope, ingested_at=datetime.now(UTC))
    live_store.write([doc], {doc["_id"]: envelope})

    [code] = re.findall(r"```python\n(.*?)```", section("Querying MongoDB"), re.S)
    code = code.replace('MongoClient("mongodb://localhost:27017").ingest', "client[database]")
    scope = {"client": live_store.db.client, "database": live_store.db.name, "doc": doc}
    results = []
    for statement in ast.parse(code).body:
        if isinstance(statement, ast.Expr):
            value = eval(compile(ast.Expression(statement.value), "README", "eval"), scope)
            results.append(list(value) if isinstance(value, Cursor) else [value])
        else:
            exec(compile(ast.Module([statement], []), "README", "exec"), scope)
    assert results[0][0]["_id"] == doc["_id"]
    assert all(len(r) == 1 for r in results), results


def _string_constants(*files: str) -> tuple[set[str], set[str]]:
    """The string literals and the test functions of these test files."""
    strings, tests = set(), set()
    for name in files:
        tree = ast.parse((ROOT / "tests" / name).read_text("utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                strings.add(node.value)
            elif isinstance(node, ast.FunctionDef) and node.name.startswith("test_"):
                tests.add(node.name)
    return strings, tests


def test_the_bad_input_table_quotes_what_the_tests_assert():
    strings, tests = _string_constants("test_bad_input.py", "test_security.py")
    rows = [line for line in section("Bad input").splitlines()
            if line.startswith("| ") and not line.startswith(("| input", "|---"))]
    assert len(rows) >= 25
    for row in rows:
        _, gets, test = [cell.strip() for cell in row.strip().strip("|").split(" | ")]
        for quoted in re.findall(r"`([^`]+)`", gets):
            message = re.sub(r"^rejected [^:]+(:\d+)?: ", "", quoted)
            assert any(message in s for s in strings), f"README quotes {message!r}, no test asserts it"
        for name in re.findall(r"`(test_\w+)`", test):
            assert name in tests, f"README names {name}, which does not exist"
        assert re.search(r"`test_\w+`", test) or test.startswith("same"), row
