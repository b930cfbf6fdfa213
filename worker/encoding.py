"""Bytes read from files or stdin, decoded to text, or refused with a reason."""
from __future__ import annotations

import codecs
import re

from bs4 import UnicodeDammit

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
         (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


#: charset labels that browsers read as windows-1252 (WHATWG Encoding Standard)
_AS_WINDOWS_1252 = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii",
                    "cp819", "ibm819", "iso-ir-100", "windows-1252", "cp1252", "x-cp1252"}
_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)|"""
                       rb"""<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""", re.IGNORECASE)
#: how far into a page its charset declaration is looked for
_HEAD_BYTES = 8192
#: characters of a page looked at to tell its script
_SAMPLE = 100_000
#: a page read as windows-1252 with more of its letters outside ASCII than this
#: is in another script (Cyrillic, Greek...) or a multibyte encoding
_LATIN_NON_ASCII = 0.2


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
        return _decode_html(data)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise Undecodable(f"not valid UTF-8 ({exc.reason} at byte {exc.start}); "
                          f"name the encoding with --encoding") from None


def _decode_html(data: bytes) -> str:
    """Valid UTF-8 is UTF-8 whatever the page declares (a legacy encoding almost
    never decodes as UTF-8 by chance, the converse is the common mislabel);
    else the declared charset when it decodes, ISO-8859-1 read as windows-1252
    as browsers do; else windows-1252 when the page reads as Latin text; else
    detection (UnicodeDammit)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    m = _DECLARED.search(data[:_HEAD_BYTES])
    if m:
        label = (m.group(1) or m.group(2)).decode("ascii", "replace").lower()
        codec = "cp1252" if label in _AS_WINDOWS_1252 else label
        if codec not in ("utf-8", "utf8"):
            try:
                return data.decode(codec)
            except (LookupError, UnicodeDecodeError):
                pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and _reads_as_latin(text):
        return text
    dammit = UnicodeDammit(data, is_html=True)
    if dammit.unicode_markup is None:
        raise Undecodable("no character encoding fits this HTML")
    return dammit.unicode_markup


def _reads_as_latin(text: str) -> bool:
    letters = [c for c in text[:_SAMPLE] if c.isalpha()]
    if not letters:
        return True
    return sum(1 for c in letters if ord(c) > 127) / len(letters) <= _LATIN_NON_ASCII
