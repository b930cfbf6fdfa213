"""Words and function words of lines in scripts written without spaces
between words (Chinese, Japanese, Thai).

Counted by spaces, a paragraph of Chinese is one long "word" with no function
word: the shape of a menu item. Here its characters are counted as words
(:data:`~.rules.stopwords.UNSPACED_SCRIPTS`: a run's length over a typical
word's) and its function characters or words found inside the runs, so that
lengths and function-word shares compare with a spaced language's. Pages
with none of these characters never come here.
"""
from __future__ import annotations

import numpy as np

from .rules.stopwords import UNSPACED_SCRIPTS, UNSPACED_STOPWORDS

#: each code point of the BMP's share of a word: one over its script's characters per word, 0 outside
WORD_SHARE = np.zeros(0x10000, dtype=np.float64)
for _lang, _blocks, _per_word in UNSPACED_SCRIPTS:
    for _first, _last in _blocks:
        WORD_SHARE[_first:_last + 1] = 1 / _per_word
#: the single characters that are function words (Chinese, Japanese)
_FUNCTION_CHAR = np.zeros(0x10000, dtype=bool)
_FUNCTION_CHAR[[ord(w) for words in UNSPACED_STOPWORDS.values() for w in words if len(w) == 1]] = True
#: the longer function words, found as substrings (Thai)
_FUNCTION_WORDS = tuple(sorted(w for words in UNSPACED_STOPWORDS.values() for w in words if len(w) > 1))
_THAI = (0x0E00, 0x0E7F)


def unspaced_words(codes: np.ndarray, starts: np.ndarray, lines: list[str],
                   spaced_words: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    """Each line's words and function words in unspaced scripts, beyond
    those its spaces count, or None when the page is mostly in spaced words
    (a few names or a language menu in these scripts leave it as it is):
    ``codes`` are the code points of the lines joined by newlines, line i
    starting at ``starts[i]``; ``spaced_words`` the words its spaces count.
    A run of such characters, which the spaces count as one word (or less:
    punctuation splits runs), becomes its length over its script's
    characters per word."""
    share = WORD_SHARE.take(codes, mode="clip")
    inside = share > 0
    opens = inside.copy()
    opens[1:] &= ~inside[:-1]
    runs = np.add.reduceat(opens, starts, dtype=float)
    weight = np.add.reduceat(share, starts)
    if weight.sum() <= spaced_words.sum() - runs.sum():
        return None
    extra = np.maximum(weight - np.minimum(runs, spaced_words), 0)
    stops = np.add.reduceat(_FUNCTION_CHAR.take(codes, mode="clip"), starts, dtype=float)
    thai = np.add.reduceat((codes >= _THAI[0]) & (codes <= _THAI[1]), starts) > 0
    for j in thai.nonzero()[0].tolist():
        line = lines[j]
        stops[j] += sum(map(line.count, _FUNCTION_WORDS))
    return extra, stops


def count_runs(share: np.ndarray) -> int:
    """How many runs of unspaced letters a text's :data:`WORD_SHARE` shows."""
    inside = share > 0
    return int(inside[:1].sum()) + int(np.count_nonzero(inside[1:] & ~inside[:-1]))


def text_words(text: str) -> int:
    """The words of one text, counted as :func:`unspaced_words` counts a line's."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    share = WORD_SHARE.take(codes, mode="clip")
    runs = count_runs(share)
    spaced = len(text.split())
    return max(round(spaced + max(float(share.sum()) - min(runs, spaced), 0)), 1)


#: a word's stand-in when words are not spaced: each run of this many characters (Thai's
#: letters carry vowel and tone marks, so more of them)
_GRAM, _THAI_GRAM = 2, 4


def character_grams(text: str) -> set[str]:
    """The runs of two characters (four in Thai) of each lowercased word of a
    text in an unspaced script, the words of three letters or more of the
    rest: what two texts share when their words are not spaced apart (a
    headline and the article's lead)."""
    found = set()
    for word in text.lower().split():
        codes = np.frombuffer(word.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        if not WORD_SHARE.take(codes, mode="clip").any():
            if len(word) >= 3:
                found.add(word)
            continue
        size = _THAI_GRAM if ((codes >= _THAI[0]) & (codes <= _THAI[1])).any() else _GRAM
        found.update(word[k:k + size] for k in range(max(len(word) - size + 1, 1)))
    return found
