"""Bytes of an HTML page to text: declared, missing and wrong charsets."""
from __future__ import annotations

import pytest

from worker.cleaning import extract
from worker.encoding import Undecodable, decode

TEXT = "Café crème brûlée — “quoted” naïve façade, São Paulo, Zürich. Ça va très bien à Montréal."


def html(charset: str | None = None) -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    return f"<html><head>{meta}</head><body><p>{TEXT}</p></body></html>"


@pytest.mark.parametrize("declared, encoded_as", [
    (None, "utf-8"),
    (None, "cp1252"),              # Latin-1 page, no charset
    ("utf-8", "cp1252"),           # declares UTF-8, is windows-1252
    ("iso-8859-1", "utf-8"),       # declares Latin-1, is UTF-8
    ("iso-8859-1", "cp1252"),      # Latin-1 label, windows-1252 quotes and dashes
    ("x-unknown", "cp1252"),
])
def test_html_is_decoded_whatever_its_charset_says(declared, encoded_as):
    assert TEXT in decode(html(declared).encode(encoded_as), html=True)


def test_a_latin1_page_without_charset_cleans_to_the_right_text():
    data = html().replace("—", "-").replace("“", '"').replace("”", '"').encode("latin-1")
    assert extract(decode(data, html=True), "html").body == \
        TEXT.replace("—", "-").replace("“", '"').replace("”", '"')


def test_other_scripts_are_detected_or_declared():
    russian = "<p>Привет, как дела? Это тестовая страница на русском языке для проверки.</p>"
    assert "Привет" in decode(russian.encode("cp1251"), html=True)
    japanese = '<meta charset="shift_jis"><p>日本語のテキストです。</p>'
    assert "日本語" in decode(japanese.encode("shift_jis"), html=True)


def test_binary_data_is_refused():
    with pytest.raises(Undecodable):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", html=True)
