"""Guessing the language of a text from its function words."""
from __future__ import annotations

import re
from collections import Counter

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


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the language whose function words cover the text best,
    or None when the text is too short or covered by none."""
    tokens = _ASCII_WORD.findall(text.lower()) if text.isascii() else list(map(str.lower, words(text)))
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
