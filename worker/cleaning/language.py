"""Guessing the language of a text from its function words."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from itertools import compress
from typing import Literal

import numpy as np

from .rules.stopwords import KANA_SHARE, KO_PARTICLES, STOPWORDS, UNSPACED_SCRIPTS
from .unspaced import WORD_SHARE, count_runs

#: the combining vowel signs and marks of the BMP (Devanagari "ि", Bengali "া", Arabic harakat): part
#: of the word they sit on, which a search for letters alone would cut at each of them
COMBINING = re.escape("".join(chr(c) for c in range(0x10000) if unicodedata.category(chr(c)) in ("Mn", "Mc")))
_WORD_CHAR = rf"(?:[^\W\d_]|[{COMBINING}])"
_WORD = re.compile(rf"{_WORD_CHAR}+(?:['’]{_WORD_CHAR}+)?")
#: :data:`_WORD` in ASCII text lowercased, whose letters are a-z: the same words, lowercased, found faster
_ASCII_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
#: ASCII bytes lowercased, every byte but a letter and the apostrophe made a space: the runs
#: :data:`_ASCII_WORD` finds its words in, split apart in one pass
_ASCII_RUNS = bytes(c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 or c == 39 else 32 for c in range(256))
#: below this share of function words no language is claimed
_MIN_SHARE = 0.12
_MIN_WORDS = 5
#: a line with this share of one language's function words is prose in that language
_PROSE_SHARE = 0.3
#: lines of at least this many words are the prose a page's own function words are read from
_LONG_LINE = 10
#: fewer long lines than this tell too little to read a language's function words from
_MIN_LONG_LINES = 3
#: long lines holding this share of known function words are in a known language (the best
#: single language is looked for only below it)
_KNOWN_SHARE = 0.25
#: a page's own function word is short and in this share of its long lines (and in three at least)
_OWN_WORD_CHARS = 4
_OWN_WORD_LINES = 0.4
_OWN_WORDS = 16
#: a language shows several such words ("na", "ya", "wa"); one alone is a template's ("copy")
_MIN_OWN_WORDS = 3
#: and they are a tenth of its running words at least, as a language's most frequent words are
_MIN_OWN_SHARE = 0.1
#: the Hangul syllables, the letters Korean words are written in
HANGUL_FROM, HANGUL_TO = 0xAC00, 0xD7A3
_HANGUL = re.compile(f"[{chr(HANGUL_FROM)}-{chr(HANGUL_TO)}]")
#: marks that may follow a word's last letter in a token split at spaces ("계획을," "했다.")
_AFTER_WORD = ".,!?;:\"'”’)]」』>…·"
#: each function word and the languages that have it, so a text is counted in one pass
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _lang, _words in STOPWORDS.items():
    for _word in _words:
        _LANGUAGES_OF[_word] = (*_LANGUAGES_OF.get(_word, ()), _lang)


#: the code points of the BMP that ``_WORD_CHAR`` (a letter or mark of :data:`_WORD`) matches
_LETTER = np.zeros(0x10000, dtype=bool)
_LETTER[[ord(c) for c in re.findall(_WORD_CHAR, "".join(map(chr, range(0x10000))))]] = True


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


def with_particles(tokens: list[str]) -> np.ndarray:
    """Which of ``tokens`` end on a Korean particle (:data:`KO_PARTICLES`),
    marks after the word aside: the function words Korean writes onto its
    words. Only Hangul tokens can."""
    last_letters = (token.rstrip(_AFTER_WORD)[-1:] for token in tokens)
    return np.fromiter(map(KO_PARTICLES.__contains__, last_letters), dtype=bool, count=len(tokens))


def detect_language(text: str, unspaced: bool | None = None) -> str | None:
    """ISO 639-1 code of the language whose function words cover the text best,
    or None when the text is too short or covered by none. ``unspaced``: whether
    the text's page is mostly in a script written without spaces (Chinese,
    Japanese, Thai), when the caller knows; a page known to be in spaced words
    is not searched for such letters again."""
    tokens = lowered_words(text)
    if unspaced is not False and not text.isascii():
        script = _unspaced_language(text, len(tokens))
        if script is not False:
            return script
    if len(tokens) < _MIN_WORDS:
        return None
    hits = dict.fromkeys(STOPWORDS, 0)
    # the function words counted, then each word's count added to the languages that have it (a
    # word's hash is kept with it, a tuple of languages' is made again at each count)
    for word, count in Counter(filter(_LANGUAGES_OF.__contains__, tokens)).items():
        for lang in _LANGUAGES_OF[word]:
            hits[lang] += count
    if max(hits.values()) < _MIN_SHARE * len(tokens) and _HANGUL.search(text):
        hits["ko"] += int(with_particles(tokens).sum())
    best, best_hits = None, 0
    for lang, found in hits.items():
        if found > best_hits:
            best, best_hits = lang, found
    return best if best_hits / len(tokens) >= _MIN_SHARE else None


def own_function_words(tokens: list[str], words_per_line: np.ndarray, is_known: np.ndarray) -> frozenset[str]:
    """The function words of a page in a language no list knows, read from
    the page itself: short words that recur across most of its long lines
    (a language's most frequent words are its shortest and are spread over
    all its sentences, as content words are not), when there are several.
    ``tokens`` are the page's lowercased words, line after line, ``words_per_line`` how many each line
    has and ``is_known`` which tokens are known function words. Empty when
    the long lines are too few to tell or one of them is prose in a known
    language (a page of English data may have no other prose)."""
    long_lines = words_per_line >= _LONG_LINE
    if long_lines.sum() < _MIN_LONG_LINES:
        return frozenset()
    in_long = np.repeat(long_lines, words_per_line)
    known = is_known[in_long]
    # (``mean`` to the last bit, a count over a length, without its overhead)
    if np.count_nonzero(known) / len(known) >= _KNOWN_SHARE:
        return frozenset()
    long_tokens = list(compress(tokens, in_long.tolist()))
    ends = np.cumsum(words_per_line[long_lines]).tolist()
    spans = list(zip([0, *ends], ends))
    if any(_known_prose(long_tokens[start:end]) for start, end in spans):
        return frozenset()
    lines_with = Counter(word for start, end in spans for word in set(long_tokens[start:end]))
    floor = max(_MIN_LONG_LINES, _OWN_WORD_LINES * len(ends))
    own = frozenset([word for word, lines in lines_with.most_common()
                     if lines >= floor and len(word) <= _OWN_WORD_CHARS and word.isalpha()][:_OWN_WORDS])
    covered = sum(map(own.__contains__, long_tokens))
    return own if len(own) >= _MIN_OWN_WORDS and covered >= _MIN_OWN_SHARE * len(long_tokens) else frozenset()


def _known_prose(words: list[str]) -> bool:
    hits = Counter(lang for word in filter(_LANGUAGES_OF.__contains__, words) for lang in _LANGUAGES_OF[word])
    return bool(hits) and max(hits.values()) >= _PROSE_SHARE * len(words)


def _unspaced_language(text: str, tokens: int) -> str | None | Literal[False]:
    """The language of a text mostly in a script written without spaces,
    told by its letters (:data:`~.rules.stopwords.UNSPACED_SCRIPTS`): Thai
    when most are Thai, Japanese when kana are among the ideographs
    (:data:`~.rules.stopwords.KANA_SHARE`), else Chinese. A terse text (a
    statistics bulletin) has few function characters, but its script tells.
    None when too short; False when the text is mostly in spaced words."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    share = WORD_SHARE.take(codes, mode="clip")
    words = float(share.sum())
    if not words or words <= tokens - count_runs(share):
        return False
    if words < _MIN_WORDS:
        return None
    letters = {lang: sum(int(np.count_nonzero((codes >= first) & (codes <= last))) for first, last in blocks)
               for lang, blocks, _ in UNSPACED_SCRIPTS}
    total = sum(letters.values())
    if letters["th"] * 2 > total:
        return "th"
    return "ja" if letters["ja"] >= KANA_SHARE * total else "zh"
