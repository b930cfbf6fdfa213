"""Guessing the language of a text from its function words."""
from __future__ import annotations

import re
from collections import Counter

import numpy as np

from .rules.stopwords import STOPWORDS

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
#: :data:`_WORD` in ASCII text lowercased, whose letters are a-z: the same words, lowercased, found faster
_ASCII_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
#: below this share of function words no language is claimed
_MIN_SHARE = 0.12
_MIN_WORDS = 5
#: each function word and the languages that have it, so a text is counted in one pass
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _lang, _words in STOPWORDS.items():
    for _word in _words:
        _LANGUAGES_OF[_word] = (*_LANGUAGES_OF.get(_word, ()), _lang)


#: the code points of the BMP that ``[^\W\d_]`` (a letter of :data:`_WORD`) matches
_LETTER = np.zeros(0x10000, dtype=bool)
_LETTER[[ord(c) for c in re.findall(r"[^\W\d_]", "".join(map(chr, range(0x10000))))]] = True


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def lowered_words(text: str) -> list[str]:
    """``words(text)``, each lowercased. The letters are looked up in a
    table of the BMP, every other character made a space (an apostrophe
    between letters aside), and the text lowercased and split once: one
    pass over the text instead of a search whose every step reads Unicode
    categories. Past the BMP the search is made."""
    if text.isascii():
        return _ASCII_WORD.findall(text.lower())
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if codes.max() > 0xFFFF:
        return list(map(str.lower, words(text)))
    letter = _LETTER.take(codes)
    joins = np.zeros(len(codes), dtype=bool)
    joins[1:-1] = ((codes[1:-1] == ord("'")) | (codes[1:-1] == ord("’"))) & letter[:-2] & letter[2:]
    kept = letter | joins
    runs = (~kept).cumsum()[joins.nonzero()[0]]
    if (runs[1:] == runs[:-1]).any():
        # letters joined by several apostrophes ("rock'n'roll") are several words ("rock'n", "roll"),
        # each lowercased alone
        return list(map(str.lower, words(text)))
    return np.where(kept, codes, ord(" ")).astype("<u4").tobytes().decode("utf-32-le", "surrogatepass") \
        .lower().split()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the language whose function words cover the text best,
    or None when the text is too short or covered by none."""
    tokens = lowered_words(text)
    if len(tokens) < _MIN_WORDS:
        return None
    hits = dict.fromkeys(STOPWORDS, 0)
    # the function words, counted by the languages that have them
    languages_of = map(_LANGUAGES_OF.get, filter(_LANGUAGES_OF.__contains__, tokens))
    for languages, found in Counter(languages_of).items():
        for lang in languages:
            hits[lang] += found
    best, best_hits = None, 0
    for lang, found in hits.items():
        if found > best_hits:
            best, best_hits = lang, found
    return best if best_hits / len(tokens) >= _MIN_SHARE else None
