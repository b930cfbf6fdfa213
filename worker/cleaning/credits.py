"""Photo credits: telling them apart from the caption they close.

The shapes are data, in ``rules.credits``; this module applies them.
"""
from __future__ import annotations

import re
from itertools import product

from .language import COMBINING
from .rules.credits import (
    CASE_TRAPS,
    COLON_ONLY_LABELS,
    CREDIT_JOINERS,
    CREDIT_LABELS,
    CREDIT_NEEDS,
    CREDIT_NEEDS_LOWERCASE,
    CREDIT_ONLY_PATTERNS,
    CREDIT_PATTERNS,
    CREDIT_WORDS,
    FOR_PAPER_CREDIT,
    GALLERY_OPENERS,
    IN_PICTURE_BEFORE_LABEL,
    LABEL_IN_CREDIT,
    LEADING_CREDIT,
    LISTED_CREDIT_WORDS,
    MEDIA_PHOTOGRAPHER,
    OWN_GATED_PATTERNS,
    PICTURE_POSITION_WORDS,
    PLATFORM_WORDS,
    POSITIONS_IN_CREDIT,
    PRICE_IN_CREDIT,
    PUBLICATION_NAME,
    RIGHTS_TRAILER,
    SENTENCE_WORDS_IN_CREDIT,
    SLASHED_CREDIT,
    STYLED_CREDIT,
    STYLED_CREDIT_WORDS,
    STYLING_WORDS,
    WEB_SITE_CREDIT,
    WIDE_CREDIT_PATTERNS,
)

_TRIM = " \t.,;:-–—|/©）>"
#: :data:`CREDIT_WORDS` but the names of social networks and maps
_CREDIT_WORDS_BUT_PLATFORMS = CREDIT_WORDS - PLATFORM_WORDS
#: the word every copyright notice of :data:`RIGHTS_TRAILER` holds (a cheap test first)
_RIGHTS_WORDS = ("reserved", "vorbehalten", "réservés", "reservados", "riservati", "voorbehouden")
#: a word, its vowel signs in it ("फोटो"), or the copyright sign
_WORD = re.compile(rf"[\w{COMBINING}]+|©")
#: a table of bytes that makes a space of each but an ASCII word character (``\w``: letters, digits, "_")
_ASCII_NON_WORD = bytes(c if c < 128 and (chr(c).isalnum() or c == ord("_")) else ord(" ")
                        for c in range(256))
#: credits close a caption: only the end of a long line is searched
_TAIL = 200
#: a credit names people and agencies; a longer "credit" is the caption after a label ("FILE PHOTO: ...")
_MAX_CREDIT_WORDS = 10


def _closing(pattern: re.Pattern[str]) -> str | None:
    """The character a pattern's match must end on, a full stop and spaces
    aside: ")" or "]" for the credits in parentheses or brackets, else None."""
    for closing in (")", "]"):
        if pattern.pattern.endswith(("\\" + closing + r"\s*\.?$", "\\" + closing + r"\s*$")):
            return closing
    return None


#: a need that is only literals in alternation, each character plain, escaped ("\."), or a
#: letter's two cases in brackets ("Courtesy|Submitted", "[Ff]oto|[Bb]eeld", "[Ff]ot\.")
_LITERAL_PIECE = r"(?:\[\w\w\]|\\\W|[^\\\[\](){}.*+?^$|])+"
_LITERAL_NEED = re.compile(rf"{_LITERAL_PIECE}(?:\|{_LITERAL_PIECE})*")


def _literals(need: re.Pattern[str] | None) -> re.Pattern[str] | tuple[str, ...] | None:
    """A need that is only literals in alternation (:data:`_LITERAL_NEED`, heeding case) as
    those literals, each bracketed letter's two spellings spelt out: ``str``'s search for each
    is exact, and cheaper than the pattern's scan of the line; another need as it is."""
    if need is None or need.flags & re.IGNORECASE or not _LITERAL_NEED.fullmatch(need.pattern):
        return need
    spelt: list[str] = []
    for alternative in need.pattern.split("|"):
        pieces = [tuple(part[1:3]) if part.startswith("[") else (re.sub(r"\\(\W)", r"\1", part),)
                  for part in re.split(r"(\[\w\w\])", alternative)]
        spelt += map("".join, product(*pieces))
    return tuple(spelt)


#: each credit pattern with the character its match must close on (None: any) and what
#: it must hold (:data:`CREDIT_NEEDS`), and lowercased (:data:`CREDIT_NEEDS_LOWERCASE`), each
#: as literals where it is only those (:func:`_literals`): a line is tried only with the
#: patterns that can match it, each credit-naming line of every page
_PATTERNS = tuple((pattern, _closing(pattern), _literals(needs), _literals(lowercase_needs))
                  for pattern, needs, lowercase_needs in zip(CREDIT_PATTERNS, CREDIT_NEEDS,
                                                             CREDIT_NEEDS_LOWERCASE, strict=True))
#: :data:`_PATTERNS` but the credits of Chinese, Korean and Japanese papers, for a line in ASCII
_ASCII_PATTERNS = _PATTERNS[:len(_PATTERNS) - len(WIDE_CREDIT_PATTERNS)]
#: the patterns a line gated only by a social network's name or "Special to" is tried with
_OWN_GATED = tuple(entry for entry in _PATTERNS if entry[0] in OWN_GATED_PATTERNS)


def _by_closing(patterns: tuple) -> dict[str, tuple]:
    """``patterns`` for each character a credit may close on (")", "]", or "" for any other),
    in order: those whose match may close on it, so that a line is not tried with the others."""
    return {last: tuple(entry for entry in patterns if entry[1] in (None, last)) for last in (")", "]", "")}


_ASCII_BY_CLOSING, _ALL_BY_CLOSING, _OWN_BY_CLOSING = (_by_closing(_ASCII_PATTERNS), _by_closing(_PATTERNS),
                                                       _by_closing(_OWN_GATED))


#: a button to buy the picture closing its caption's line, glued to the credit or not
_BUY_BUTTON = re.compile(r"\s*(?:Buy|Purchase)(?: this)? Photo$")


def has_credit_word(text: str, platforms: bool = True) -> bool:
    """Whether the text names a credit word; "Credit" glued to the word
    before it by a renderer ("marmotsCredit: X") counts too, and so do a
    closing "[X via Y]", a closing web site ("(onmeth.com)"), a closing
    photographer for a paper ("(Jane Doe for The Washington Post)") and a
    closing person and publication ("(Jane Doe/The Washington Post)")
    (``platforms``: as :func:`names_credit_word`)."""
    return _credit_gate(text, slashed=True) >= (_OWN if platforms else _ALL)


def names_credit_word(text: str, platforms: bool = True) -> bool:
    """:func:`has_credit_word` but for a slash alone: a word of a credit is named.
    A social network's name (in a line that closes a parenthesis or names an
    account, "(Instagram)", "Twitter/@janedoe") and a freelance's "Special to"
    count only with ``platforms``: alone they open only their own patterns
    (:data:`OWN_GATED_PATTERNS`; a share button "X/Twitter", a comment form's
    "... your Twitter account. ( Logout / Change )", name no one)."""
    return _credit_gate(text, slashed=False) >= (_OWN if platforms else _ALL)


#: what a line's credit words open (:func:`_credit_gate`): no pattern, only the patterns of
#: :data:`OWN_GATED_PATTERNS`, or all
_NONE, _OWN, _ALL = 0, 1, 2


def _credit_gate(text: str, slashed: bool) -> int:
    """Which credit patterns the text's credit words open (``slashed``: a closing
    person and publication, "(Jane Doe/The Washington Post)", opens all)."""
    if "Credit" in text:
        return _ALL
    lowered = text.lower()
    # (an ASCII text's words are its runs of letters, digits and "_": the rest made spaces and
    # the text split, several times faster than the search)
    words = lowered.encode("ascii").translate(_ASCII_NON_WORD).decode("ascii").split() if lowered.isascii() \
        else _WORD.findall(lowered)
    if not _CREDIT_WORDS_BUT_PLATFORMS.isdisjoint(words) \
            or (text.endswith("]") and " via " in text) \
            or (text.endswith((")", ").")) and (WEB_SITE_CREDIT.search(text) is not None or (
                " for " in text and FOR_PAPER_CREDIT.search(text) is not None))) \
            or (slashed and "/" in text and text.endswith((")", ").", "]", "]."))
                and SLASHED_CREDIT.search(text) is not None):
        return _ALL
    if "pecial to " in text or (("@" in text or text.endswith((")", ").", ") ", ") .")))
                                and not PLATFORM_WORDS.isdisjoint(words)):
        return _OWN
    return _NONE


def split_credit(line: str) -> tuple[str, str | None]:
    """``"... on Sunday. Photo: Reuters"`` -> ``("... on Sunday.", "Reuters")``.

    Returns the line unchanged and None when it carries no credit.
    """
    if line.endswith("Photo") and (button := _BUY_BUTTON.search(line)) is not None and button.start() > 0:
        # a picture's button glued to its credit by a renderer ("(Photo: Jane Doe/The Daily Planet)Buy
        # Photo"): no part of the credit
        line = line[:button.start()]
    offset = max(0, len(line) - _TAIL)
    tail = line[offset:]
    gate = _credit_gate(tail, slashed=True)
    if gate == _NONE:
        if ": " in tail and (media := MEDIA_PHOTOGRAPHER.search(tail)) is not None:
            return line[:offset + media.start()].rstrip(), media.group("credit")
        return line, None
    by_closing = _OWN_BY_CLOSING if gate != _ALL else _ASCII_BY_CLOSING if tail.isascii() else _ALL_BY_CLOSING
    lowered = tail.lower()
    rights = RIGHTS_TRAILER.search(tail) if any(map(lowered.__contains__, _RIGHTS_WORDS)) else None
    if rights is not None:
        # "... Photo: Jane Doe, AP / Copyright 2019 The Associated Press. All rights reserved.": the
        # agency's notice after the credit is no part of it
        text, credit = split_credit(line[:offset + rights.start()])
        if credit is not None:
            return text, credit
    end = tail.rstrip()
    last = (end[:-1].rstrip() if end.endswith(".") else end)[-1:]
    lowercase = not any(map(tail.__contains__, CASE_TRAPS))
    for pattern, _, needs, lowercase_needs in by_closing.get(last, by_closing[""]):
        if (needs is not None and (not any(map(tail.__contains__, needs)) if type(needs) is tuple
                                   else needs.search(tail) is None)) \
                or (lowercase and lowercase_needs is not None
                    and (not any(map(lowered.__contains__, lowercase_needs)) if type(lowercase_needs) is tuple
                         else lowercase_needs.search(lowered) is None)):
            continue
        m = pattern.search(tail)
        if m and (_not_a_label(tail, m) or (pattern is _LABELLED and reads_as_sentence(m.group("credit")))):
            m = None
        if m:
            credit = m.group("credit").strip(_TRIM)
            text = line[: offset + m.start()].rstrip(" |–—-（")
            opened = text.rfind("(")
            inside = text[opened + 1:].strip(" :")
            if opened >= 0 and credit.endswith(")") and ")" not in text[opened:] \
                    and (not inside or inside.lower() in CREDIT_LABELS):
                text, credit = text[:opened].rstrip(), credit[:-1].strip(_TRIM)
            elif opened >= 0 and credit.endswith(")") and PUBLICATION_NAME.fullmatch(inside):
                # the paper's name before the label, in the parentheses ("(Express photo by Jane
                # Doe)"): the credit is all they hold
                whole = line[offset + m.start():].rstrip(" .")
                text, credit = text[:opened].rstrip(), f"{inside} {whole[:-1]}".strip(_TRIM)
            elif text.startswith("(") and credit.endswith(")") and ")" not in text:
                # the caption and its credit in one pair of parentheses: "(The mayor ... Photo: Reuters)"
                text, credit = text[1:].lstrip(), credit[:-1].strip(_TRIM)
            elif pattern is _LABELLED and text[-1:].isupper() \
                    and (paper := _PAPER_BEFORE_LABEL.search(text)) is not None:
                # the paper's initials before the label, after the caption's sentence ("... on Monday.
                # ST PHOTO: JANE DOE"): the credit's first part, as in parentheses ("(HT Photo: Jane Doe)")
                whole = line[offset + m.start():].rstrip(" .")
                text, credit = text[:paper.start()].rstrip(), f"{paper.group()} {whole}"
            if text.endswith("(") and line.rstrip(" .").endswith(")"):
                # a credit in parentheses its pattern starts inside ("(Foto ANSA)")
                text = text[:-1].rstrip()
            most = STYLED_CREDIT_WORDS if pattern is STYLED_CREDIT else _MAX_CREDIT_WORDS
            if credit.count(" ") >= most and lists_positions(credit):
                # several pictures' credits, each after its place ("upper left Jane Doe, bottom right ...")
                most = LISTED_CREDIT_WORDS
            if credit and credit.count(" ") < most and PRICE_IN_CREDIT.search(credit) is None:
                return text, _unlabelled(credit)
    return _credit_first(line)


def _credit_first(line: str) -> tuple[str, str | None]:
    """A credit opening the line, its caption's sentence after it ("Jane Doe/AP
    Workers stand on the bridge deck.") -> the sentence and the credit."""
    if len(line) > _TAIL or "/" not in line[:60] or not line.endswith((".", "!", "?")):
        return line, None
    m = LEADING_CREDIT.match(line)
    if m is None or not reads_as_sentence(line[m.end():]):
        return line, None
    return line[m.end():], m.group("credit")


#: the pattern of a credit after its label ("Photo: Jane Doe/AP", "Image: ...")
_LABELLED = CREDIT_PATTERNS[0]


#: a paper's initials after a caption's sentence, before a credit's label ("... on Monday. ST PHOTO: X")
_PAPER_BEFORE_LABEL = re.compile(r"(?<=[.!?”\"]\s)[A-Z]{2,5}(?:\s+[A-Z]{2,5})?$")


def reads_as_sentence(credit: str) -> bool:
    """What follows a label reads as a sentence, not a credit: many words in
    lower case that join no names ("Image: Workers stand on the bridge deck in
    Oslo", a caption after its picture label), and no slash between names."""
    if "/" in credit or credit.count(" ") < SENTENCE_WORDS_IN_CREDIT:
        return False
    lowercase = [w for w in credit.split() if w[0].islower() and w not in CREDIT_JOINERS]
    if len(lowercase) >= SENTENCE_WORDS_IN_CREDIT and lists_positions(credit):
        # the places of the pictures a credit lists are no sentence's words ("upper left Jane Doe, ...")
        lowercase = [w for w in lowercase if w.rstrip(",;.") not in PICTURE_POSITION_WORDS]
    return len(lowercase) >= SENTENCE_WORDS_IN_CREDIT


def lists_positions(credit: str) -> bool:
    """The credit names the places of the pictures it credits ("upper left Jane Doe, bottom
    right John Roe", "top, Jane Doe; bottom, John Roe"): it lists several pictures' credits."""
    return sum(w in PICTURE_POSITION_WORDS
               for w in credit.lower().replace(",", " ").replace(";", " ").split()) >= POSITIONS_IN_CREDIT


def _not_a_label(tail: str, m: re.Match[str]) -> bool:
    """The credit word the match opens on is a word of the sentence, not a
    label: glued to the next word by a hyphen ("Book a Photo-Booth Rental")
    or a slash ("(credit/debit cards)"), after "In" opening a gallery's link
    ("IN PHOTOS: ...") or after a word saying what is in the picture ("(im
    Bild: ...)"), a plural label with no colon ("Illustrations by X"),
    or in lower case after a word and before a dash ("Family/group photos –
    work with ...")."""
    between = tail[m.start():m.start("credit")]
    if tail[m.start("credit"):m.start("credit") + 1] == "/" or between.endswith("-"):
        return True
    if between.lower().startswith(COLON_ONLY_LABELS) and ":" not in between:
        # a plural label before "by" closes a book's title ("Copyright-Free Illustrations by Jane Doe")
        return True
    if IN_PICTURE_BEFORE_LABEL.search(tail[:m.start()].rstrip()) is not None:
        # what the picture shows, named in a sentence ("Die Halle (im Bild: der Eingang) öffnet ...")
        return True
    if tail[:m.start()].strip().lower() in GALLERY_OPENERS:
        # a gallery's link ("IN PHOTOS: The storm's path"), the whole line
        return True
    # ... a label in parentheses may be in lower case ("(foto Ansa)"), and so may one that
    # names its maker ("... board image by The Home Index"): a dash after a word in lower
    # case goes on the sentence
    return bool(between) and between[0].islower() and between.rstrip().endswith(("-", "–", "—")) \
        and tail[:m.start()].rstrip()[-1:].isalnum()


#: words that name a kind of picture or its maker, not who made it: a slash between two of
#: them ("Photography/Videography", "Photo / Video") lists services, not a credit
_PICTURE_KINDS = frozenset(("photo", "photos", "photograph", "photographs", "photography", "photographer",
                            "photographers", "picture", "pictures", "image", "images", "video", "videos",
                            "videography", "videographer", "foto", "fotos", "fotografie", "fotografía",
                            "fotografia", "fotograf", "bild", "bilder", "imagen", "imagem", "immagine"))


def names_picture_kind(credit: str) -> bool:
    """The credit says it is a picture's ("Staff photo", "Getty Images", "Foto: dpa" as parsed)."""
    return not _PICTURE_KINDS.isdisjoint(credit.lower().replace("/", " ").split())


def names_stylist(credit: str) -> bool:
    """The credit names who styled the picture ("Jane Doe. Prop styling by John Roe"): a
    picture's credit, never the article's source."""
    return not STYLING_WORDS.isdisjoint(credit.lower().replace(":", " ").split())


def credit_only(line: str, split: tuple[str, str | None] | None = None) -> str | None:
    """The credit when the whole line is one ("Photo: Reuters", "Credit... X/NYT",
    "Jane Doe/Getty Images", "(Reed Saxon / Associated Press)"). ``split`` is
    the line's :func:`split_credit`, when the caller has it already."""
    text, credit = split or split_credit(line)
    if credit and not text.strip(_TRIM):
        return credit
    if credit and line.startswith(credit):
        # the credit opens its caption's line ("Jane Doe/AP Workers stand on the bridge deck.")
        return None
    if len(line) > _TAIL or not ("/" in line or has_credit_word(line)):
        return None
    for pattern in CREDIT_ONLY_PATTERNS:
        m = pattern.fullmatch(line)
        if m:
            credit = m.group("credit").strip(_TRIM)
            parts = [part.strip().lower() for part in credit.split("/")]
            if len(parts) == 2 and all(" " not in part for part in parts) \
                    and not _PICTURE_KINDS.isdisjoint(parts):
                return None
            return _unlabelled(credit) or None
    return None


def _unlabelled(credit: str) -> str:
    """The credit without the labels left inside it ("Photo/Xinhua" -> "Xinhua",
    "Jane Doe; Photos: Getty Images" -> "Jane Doe; Getty Images")."""
    if "/" not in credit and ";" not in credit:
        return credit
    return LABEL_IN_CREDIT.sub("", credit) or credit
