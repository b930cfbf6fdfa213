"""Bytes read from files or stdin, decoded to text, or refused with a reason."""
from __future__ import annotations

import codecs

from bs4 import UnicodeDammit

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
         (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


class Undecodable(ValueError):
    """Bytes that are not text in any encoding we can tell."""


def decode(data: bytes, *, html: bool, encoding: str | None = None) -> str:
    """Decode a page.

    With ``encoding`` given, that one. HTML honours its byte-order mark and
    declared charset, and has its encoding detected when it declares none or a
    wrong one. Plain text must be UTF-8 (or carry a UTF-16/32 byte-order mark):
    a guess at the encoding of bare text is too often wrong to store silently.
    """
    if encoding:
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError) as exc:
            raise Undecodable(f"cannot decode as {encoding}: {exc}") from None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    if b"\x00" in data:
        raise Undecodable("binary data (NUL bytes), not a text or HTML page")
    if html:
        dammit = UnicodeDammit(data, is_html=True)
        if dammit.unicode_markup is None:
            raise Undecodable("no character encoding fits this HTML")
        return dammit.unicode_markup
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise Undecodable(f"not valid UTF-8 ({exc.reason} at byte {exc.start}); "
                          f"name the encoding with --encoding") from None
