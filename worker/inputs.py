"""Reading what users submit: files, folders, JSON lines and stdin.

Every input becomes an :class:`Item`: a submission dict ready for checking, or
the reason it could not be read, with where it came from ("docs.jsonl:12").
"""
from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from .encoding import Undecodable, decode

HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
#: plain text whatever it opens with: Markdown may open on inline HTML ("<div align=center>")
MARKDOWN_SUFFIXES = {".md", ".markdown"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FORMATS = ("auto", "text", "html")


@dataclass(frozen=True)
class Item:
    origin: str
    submission: dict[str, Any] | None = None
    error: str | None = None
    path: str | None = None


def read_inputs(paths: Iterable[str], *, format: str = "auto", encoding: str | None = None,
                stdin: BinaryIO | None = None) -> Iterator[Item]:
    """Yield every document found under ``paths`` in a stable order.

    ``-`` reads stdin: JSON lines when it starts with ``{``, else one page.
    Folders are walked recursively in name order, hidden entries skipped.
    """
    for path in paths:
        if path == "-":
            data = (stdin or sys.stdin.buffer).read()
            if data.lstrip()[:1] == b"{":
                yield from _json_lines(data, "<stdin>", None)
            else:
                yield _page(data, "<stdin>", None, format, encoding)
            continue
        p = Path(path)
        if p.is_dir():
            for file in _walk(p):
                yield from _read_file(file, format, encoding)
        elif p.is_file():
            yield from _read_file(p, format, encoding)
        else:
            yield Item(origin=path, error="no such file or folder")


def count_inputs(paths: Iterable[str]) -> int | None:
    """How many items :func:`read_inputs` will yield for ``paths`` (for a
    progress bar), or None when stdin is among them."""
    total = 0
    for path in paths:
        if path == "-":
            return None
        p = Path(path)
        files = _walk(p) if p.is_dir() else [p]
        for file in files:
            if file.suffix.lower() in JSONL_SUFFIXES and file.is_file():
                try:
                    with file.open("rb") as f:
                        total += sum(1 for line in f if line.strip())
                except OSError:
                    total += 1
            else:
                total += 1
    return total


def _walk(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*")
                  if p.is_file() and not any(part.startswith(".") for part in p.relative_to(folder).parts))


def _read_file(path: Path, format: str, encoding: str | None) -> Iterator[Item]:
    origin = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Item(origin=origin, error=f"cannot read: {exc.strerror}")
        return
    if path.suffix.lower() in JSONL_SUFFIXES:
        yield from _json_lines(data, origin, origin)
    else:
        yield _page(data, origin, origin, format, encoding, suffix=path.suffix.lower())


def _page(data: bytes, origin: str, path: str | None, format: str, encoding: str | None,
          suffix: str = "") -> Item:
    if format == "auto":
        sniffed = suffix not in MARKDOWN_SUFFIXES and looks_like_html(data)
        format = "html" if suffix in HTML_SUFFIXES or sniffed else "text"
    try:
        content = decode(data, html=format == "html", encoding=encoding)
    except Undecodable as exc:
        return Item(origin=origin, error=str(exc), path=path)
    return Item(origin=origin, submission={format: content}, path=path)


def looks_like_html(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml")) or (
        head.startswith(b"<") and (b"<body" in head or b"<head" in head or b"<div" in head or b"<p>" in head))


def _json_lines(data: bytes, origin: str, path: str | None) -> Iterator[Item]:
    for number, line in enumerate(data.split(b"\n"), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            submission = json.loads(line.decode("utf-8"))
        except UnicodeDecodeError as exc:
            yield Item(origin=where, error=f"not valid UTF-8 ({exc.reason} at byte {exc.start + 1} "
                                           f"of the line)", path=path)
            continue
        except ValueError as exc:
            yield Item(origin=where, error=f"not valid JSON: {exc}", path=path)
            continue
        yield Item(origin=where, submission=submission, path=path)
