"""Reading files, folders, JSON lines and stdin into submissions."""
from __future__ import annotations

import io
import json

from worker.inputs import read_inputs


def test_folders_are_read_recursively_in_name_order_skipping_hidden(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("two")
    (tmp_path / "1.txt").write_text("one")
    (tmp_path / ".hidden.txt").write_text("no")
    (tmp_path / "page.html").write_text("<html><body><p>three</p></body></html>")
    items = list(read_inputs([str(tmp_path)]))
    assert [i.origin.removeprefix(str(tmp_path) + "/") for i in items] == ["1.txt", "b/2.txt", "page.html"]
    assert items[0].submission == {"text": "one"} and items[0].path == str(tmp_path / "1.txt")
    assert "html" in items[2].submission


def test_json_lines_name_their_line(tmp_path):
    f = tmp_path / "docs.jsonl"
    f.write_text(json.dumps({"text": "a", "id": "1"}) + "\n\n{not json\n"
                 + json.dumps({"html": "<p>b</p>"}) + "\n")
    items = list(read_inputs([str(f)]))
    assert [i.origin for i in items] == [f"{f}:1", f"{f}:3", f"{f}:4"]
    assert items[0].submission == {"text": "a", "id": "1"}
    assert items[1].error.startswith("not valid JSON")


def test_stdin_is_json_lines_or_one_page():
    lines = list(read_inputs(["-"], stdin=io.BytesIO(b'{"text": "a"}\n{"text": "b"}\n')))
    assert [i.submission for i in lines] == [{"text": "a"}, {"text": "b"}]
    page = list(read_inputs(["-"], stdin=io.BytesIO(b"Just a page\nof text\n")))
    assert page[0].submission == {"text": "Just a page\nof text\n"} and page[0].origin == "<stdin>"


def test_html_is_recognised_by_content_and_format_can_be_forced(tmp_path):
    f = tmp_path / "page"
    f.write_bytes(b"<!DOCTYPE html><html><body><p>x</p></body></html>")
    assert "html" in next(read_inputs([str(f)])).submission
    assert "text" in next(read_inputs([str(f)], format="text")).submission


def test_a_markdown_file_is_text_though_it_opens_with_a_tag(tmp_path):
    """Markdown may open on inline HTML; its suffix says it is a text page (the
    cleaner reads a Markdown page's marks off)."""
    for name in ("README.md", "notes.markdown"):
        f = tmp_path / name
        f.write_bytes(b'<div align="center"><p>Logo</p></div>\n\n# Harbour ferry returns\n')
        assert "text" in next(read_inputs([str(f)])).submission
    f = tmp_path / "page"
    f.write_bytes(b'<div align="center"><p>Logo</p></div>\n')
    assert "html" in next(read_inputs([str(f)])).submission


def test_undecodable_inputs_say_why(tmp_path):
    (tmp_path / "latin1.txt").write_bytes("café".encode("latin-1"))
    (tmp_path / "pic.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    latin, png = read_inputs([str(tmp_path / "latin1.txt"), str(tmp_path / "pic.png")])
    assert "not valid UTF-8" in latin.error and "--encoding" in latin.error
    assert "binary data" in png.error
    forced = next(read_inputs([str(tmp_path / "latin1.txt")], encoding="latin-1"))
    assert forced.submission == {"text": "café"}


def test_html_without_a_charset_is_detected(tmp_path):
    f = tmp_path / "old.html"
    f.write_bytes("<html><body><p>Une journée d'été à Montréal, déjà.</p></body></html>".encode("cp1252"))
    assert "journée d'été" in next(read_inputs([str(f)])).submission["html"]


def test_missing_paths_are_reported():
    assert next(read_inputs(["/no/such/file"])).error == "no such file or folder"
