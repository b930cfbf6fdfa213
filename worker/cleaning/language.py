"""Guessing the language of a text from its function words."""
from __future__ import annotations

import re
from collections import Counter

import numpy as np

from .rules.stopwords import STOPWORDS, UNSPACED_STOPWORDS
from .unspaced import WORD_SHARE, count_runs

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
#: :data:`_WORD` in ASCII text lowercased, whose letters are a-z: the same words, lowercased, found faster
_ASCII_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
#: ASCII bytes lowercased, every byte but a letter and the apostrophe made a space: the runs
#: :data:`_ASCII_WORD` finds its words in, split apart in one pass
_ASCII_RUNS = bytes(c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 or c == 39 else 32 for c in range(256))
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
        return _ascii_words(text)
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


def _ascii_words(text: str) -> list[str]:
    """``_ASCII_WORD.findall(text.lower())`` of an ASCII text: its runs of
    letters and apostrophes (no match spans two), split at once, and only
    the runs holding an apostrophe searched, which finds in each what the
    search of the whole text finds there."""
    runs = text.encode("ascii").translate(_ASCII_RUNS).decode("ascii").split()
    if "'" not in text:
        return runs
    find = _ASCII_WORD.findall
    return [word for run in runs for word in (find(run) if "'" in run else (run,))]


def detect_language(text: str, unspaced: bool | None = None) -> str | None:
    """ISO 639-1 code of the language whose function words cover the text best,
    or None when the text is too short or covered by none. ``unspaced``: whether
    the text's page is mostly in a script written without spaces (Chinese,
    Japanese, Thai), when the caller knows; a page known to be in spaced words
    is not searched for such letters again."""
    tokens = lowered_words(text)
    if unspaced is not False and not text.isascii():
        unspaced = _unspaced_language(text, len(tokens))
        if unspaced is not False:
            return unspaced
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


def _unspaced_language(text: str, tokens: int) -> str | None | bool:
    """The language of a text mostly in a script written without spaces
    (Chinese, Japanese, Thai): the one whose function words
    (:data:`~.rules.stopwords.UNSPACED_STOPWORDS`) cover most of its words
    counted by characters (:mod:`.unspaced`), or None when too short or
    covered by none; False when the text is mostly in spaced words."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    share = WORD_SHARE.take(codes, mode="clip")
    words = float(share.sum())
    if not words or words <= tokens - count_runs(share):
        return False
    if words < _MIN_WORDS:
        return None
    hits = {lang: sum(map(text.count, function_words)) for lang, function_words in UNSPACED_STOPWORDS.items()}
    best = max(hits, key=hits.__getitem__)
    return best if hits[best] / words >= _MIN_SHARE else None
