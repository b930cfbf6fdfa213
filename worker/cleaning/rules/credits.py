"""How photo credits are written: the patterns that split a credit off a caption.

Each pattern matches at the end of a caption line (or as a line of its own
after one) and names the credit in its ``credit`` group.
"""
from __future__ import annotations

import re

_AGENCIES = (
    r"Reuters|AFP|AP|Associated Press|Getty Images|Getty|EPA|EPA-EFE|Shutterstock|Alamy|"
    r"Bloomberg|Xinhua|PA|PA Images|PA Wire|Sipa|SIPA|ANP|dpa|DPA|Kyodo|Yonhap|AAP|Corbis|"
    r"iStock|iStockphoto|Unsplash|Pexels|Wikimedia Commons|NurPhoto|Anadolu|ANSA|Zuma|ZUMA Press|"
    r"Imago|IMAGO|Keystone|Handout|Supplied|Pool"
)
#: agencies as captions often print them, in capitals ("REUTERS", "GETTY IMAGES")
_AGENCIES_CAPS = _AGENCIES.upper()
#: a photographer's or a paper's name before a slash: words, initials ("Jane P. Doe", "J.R. Doe"); no
#: word closes a sentence, so that the caption before the credit is never taken for a name
_NAME_WORD = r"(?:[A-Z]\.(?:[A-Z]\.)*|[\w'’&+-]+(?:\.[\w'’&+-]+)*)"
_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,5}}"
#: an agency's credit: "Getty Images", "Jane Doe/AP", "JANE DOE/AFP via Getty Images",
#: "Jane Doe/E+ via Getty Images", "Jane Doe/Getty Images for Acme", "Jane Doe / AP file"
#: (what comes via an agency is named: "Sign up via AP" is no credit)
_AGENCY_CREDIT = (rf"(?:{_NAME}\s*/\s*)?(?:(?-i:[A-Z][\w'’&+-]*(?:\s+[A-Z][\w'’&+-]*){{0,5}})\s+via\s+)?"
                  rf"(?:{_AGENCIES}|{_AGENCIES_CAPS})"
                  rf"(?:\s+for\s+{_NAME})?(?:\s+file)?")

#: Labels that introduce a credit, in several languages.
_LABELS = (
    r"Photo|Photos|Photograph|Photography|Photographer|Picture|Pictures|Pic|Image|Images|"
    r"Credit|Credits|Image credit|Photo credit|Source|Illustration|Photo illustration|"
    r"Foto|Fotos|Bild|Bildquelle|Quelle|Crédit|Crédits|Fotografía|Imagen|Immagine|Créditos|Fuente"
)

#: Credit labels as a line of their own (lowercase, punctuation trimmed): the
#: credit or the caption follows on the next line ("Credit..." / "Jane Doe/NYT").
CREDIT_LABELS: frozenset[str] = frozenset(p.strip() for p in """
    credit
    credits
    photo
    photos
    photo credit
    photograph
    picture
    image
    image credit
    image source
    source
    foto
    fotos
    bild
    bildquelle
    quelle
    crédit
    crédits
    crédit photo
    imagen
    fuente
    créditos
    immagine
""".strip().splitlines())

CREDIT_PATTERNS: tuple[re.Pattern[str], ...] = (
    # "... on Sunday. Photo: Reuters"  /  "Photograph: Jane Doe/AP"  /  "Photo by Jane Doe"
    # (not "... pictures by renowned photographer X are ...": a name after "by" is capitalised)
    re.compile(rf"(?:^|(?<=[\s.!?()\]”\"]))(?:File\s+)?(?:{_LABELS})\s*"
               rf"(?::|by\s*:?(?=\s*(?-i:[A-Z0-9@©'\"‘“]))|\.\.\.|…|-|–|—|©)\s*"
               rf"(?P<credit>[^\n]{{2,120}}?)\s*\.?$", re.IGNORECASE),
    # "Video: Reuters", "Video: Jane Doe/AP": after "Video:" a title is far more common
    # ("Video: Houseplants for Low Light"), so only an agency or a slashed credit is one
    re.compile(rf"(?:^|(?<=[\s.!?()\]”\"]))(?:Video|Vidéo|Vídeo)\s*(?::|by|-|–|—|©)\s*"
               rf"(?P<credit>(?:[\w.'’ -]{{1,60}}/\s*)?(?:{_AGENCIES})|[\w.'’ -]{{1,60}}/[\w.&'’ -]{{1,60}})"
               r"\s*\.?$",
               re.IGNORECASE),
    # "Credit... Doug Mills/The New York Times" (NYT), "Credit: X"
    # ... also glued to the caption by a renderer: "last week.Credit...X", "treatmentCredit: EPA"
    re.compile(r"(?:^|(?<=[\s.!?)”\"])|(?<=[a-z])(?-i:(?=C)))Credit\s*(?:\.\.\.|…|:)\s*(?P<credit>[^\n]{2,120}?)\s*$",
               re.IGNORECASE),
    # "... on Sunday. (AFP)"  "(Reuters/Jane Doe)"  "(File photo: AP)"
    # ... "(AP Photo/Jane Doe, File)"
    re.compile(rf"\(\s*(?:(?:File\s+)?(?:Photo|Picture|Image|Foto)\s*:?\s*)?"
               rf"(?P<credit>(?:{_AGENCIES})(?:\s+Photo)?(?:\s*/\s*[^()]{{1,80}})?"
               rf"|[^()]{{1,80}}/(?:{_AGENCIES}))\)\s*\.?$"),
    # "... rabbits. (JANE DOE/SCIENCE PHOTO LIBRARY)": names on both sides of a slash, in parentheses
    re.compile(r"(?:^|(?<=\s))\(\s*(?P<credit>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
               r"\s*/\s*[A-Z][\w.&'’ -]{1,60})\)\s*\.?$"),
    # "... on Sunday. Getty Images"  "Jane Doe/Getty Images"  "© Reuters"  "Jane Doe / AP file"
    # "JANE DOE/AFP via Getty Images"  "Jane Doe/The Daily Planet via AP"  "Getty Images for Acme"
    # ... or glued to the sentence by a renderer: "... on July 25, 2019.Jane Doe / AP file"
    re.compile(rf"(?:^|(?<=[.!?”\"]\s)|(?<=[a-z0-9][.!?]))(?:©\s*)?(?P<credit>{_AGENCY_CREDIT})\s*\.?$"),
    # "... on Sunday. © Jane Doe", "Joshua Tree, CA | © 2024 Jane Doe": a name after the copyright
    # sign closing a caption (alone on
    # its line, "© 2019 Acme. All rights reserved" is the page's footer)
    re.compile(r"(?<=[.!?”\"|–—]\s)©\s*(?:(?:19|20)\d\d\s+)?(?P<credit>(?![^\n]*\b(?:rights?|reserved)\b)[^©\n]{2,60}?)\s*\.?$",
               re.IGNORECASE),
    # "... 2019. REUTERS/Jane Doe"  "AP Photo/Jane Doe"
    re.compile(rf"(?:^|(?<=[.!?”\"]\s))(?P<credit>(?:{_AGENCIES})(?:\s+Photo)?\s*/\s*[\w.'’ -]{{2,60}})\s*$",
               re.IGNORECASE),
    # "... (File photo)"  "File photo"  "Jane Doe Submitted photo"
    re.compile(r"(?:^|\s)\(?(?P<credit>(?:File|Submitted|Handout|Supplied|Staff) (?:photo|picture|image))\)?"
               r"\s*\.?$", re.IGNORECASE),
    # "... (Credit: iStock)"  "(Photo courtesy of Jane Doe)"  "(PTI File Photo)"
    re.compile(r"\(\s*(?:(?:photo|image|picture)s?\s+)?(?:credit|courtesy(?:\s+of)?)\s*:?\s*"
               r"(?P<credit>[^()]{2,80}?)\s*\)\s*\.?$", re.IGNORECASE),
    re.compile(r"\(\s*(?P<credit>[^()]{1,40}?\s+file\s+(?:photo|picture|image))\s*\)\s*\.?$", re.IGNORECASE),
    # "... since 2001 [File: Reuters]"  "... to the Moon [SpaceX via Nasa]"  "[Jane Doe/AP]"
    # (an agency's name alone in brackets is the link to its story: "... It's Complicated [Bloomberg]")
    re.compile(r"(?:^|(?<=\s))\[\s*(?:File|Photo|Image|Picture|Foto)\s*:\s*(?P<credit>[^\[\]]{1,60}?)\s*\]\s*\.?$"),
    re.compile(r"(?:^|(?<=\s))\[\s*(?P<credit>[^\[\]:]{1,40}?\svia\s[^\[\]:]{1,40}?|[^\[\]:/]{1,40}/[^\[\]:]{1,40}?)"
               r"\s*\]\s*\.?$"),
    # "... campaign. (onmeth.com)": the web site the picture was taken from
    re.compile(r"(?:^|(?<=\s))\(\s*(?P<credit>(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|io|co))\s*\)\s*\.?$",
               re.IGNORECASE),
    # "... Photo courtesy of Jane Doe" (not "Some images courtesy of X.", a page's note on its pictures)
    re.compile(r"(?:^|(?<=[\s.!?()\]”\"]))(?:Photo|Image|Picture|Foto)\s+courtesy(?:\s+of)?\s*:?\s*"
               r"(?P<credit>[^\n]{2,80}?)\s*\.?$", re.IGNORECASE),
    # "... Courtesy of Jane Doe"
    re.compile(r"(?:^|(?<=[.!?”\"]\s))Courtesy(?:\s+of)?\s+(?P<credit>[^\n]{2,80}?)\s*\.?$"),
)

#: For each of :data:`CREDIT_PATTERNS`, in order, what every match of it holds, when
#: searching for that is much cheaper than the pattern's own search (a literal, or
#: names in a fixed case): lines without it are not searched. None: no such test pays.
CREDIT_NEEDS: tuple[re.Pattern[str] | None, ...] = (
    None, None,
    re.compile("Credit", re.IGNORECASE),
    None, None,
    re.compile(rf"{_AGENCIES}|{_AGENCIES_CAPS}"),
    re.compile("©"),
    None, None, None, None, None, None, None,
    re.compile("courtesy", re.IGNORECASE),
    re.compile("Courtesy"),
)

#: Lines that are nothing but a credit, in shapes too loose to look for at
#: the end of a caption: "Jane Doe/Getty Images", "(Reed Saxon / Associated
#: Press)", "Reuters file", "Submitted photo", "Courtesy of NASA".
CREDIT_ONLY_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(r"\(?(?P<credit>[A-Z](?:\.(?:[A-Z]\.)*|[\w'’-]*)(?:\s+[A-Z](?:\.|[\w'’-]*)){0,4}\s*/"
               r"\s*[A-Z][\w.&'’ -]{1,60}(?:/[\w.&'’ -]{1,40}){0,3})\)?\.?"),
    re.compile(rf"(?P<credit>{_AGENCY_CREDIT})\s*(?:photo)?\.?",
               re.IGNORECASE),
    re.compile(r"(?P<credit>(?:submitted|handout|file|supplied|stock) (?:photo|picture|image)s?)\.?",
               re.IGNORECASE),
    re.compile(r"courtesy(?: of)? (?P<credit>[^\n]{2,80})", re.IGNORECASE),
)

#: Words every credit carries one of (lowercase): lines without any are not searched.
CREDIT_WORDS: frozenset[str] = frozenset(
    word for alternative in f"{_AGENCIES}|{_LABELS}".lower().split("|") for word in alternative.split()
) | frozenset("file courtesy submitted handout supplied credit credits video ©".split())

#: A label that opens a picture's caption on the caption's own line ("Image: Jose
#: Mourinho, left, ...", "Above: A coworking space ...", "Foto: ..."), in several
#: languages. Plurals ("Photos: ...") title a gallery link, not a caption; after
#: "Video:" a title ("Video: 16-inch MacBook Pro top features") is the video's
#: link, a sentence its caption (group ``video``).
PICTURE_LABEL = re.compile(
    r"(?:File\s+)?(?:Photo|Photograph|Picture|Pic|Image|Caption|Above|Pictured|Illustration|"
    r"Foto|Bild|Bildunterschrift|Imagen|Imagem|Immagine|Légende|Billede|Kuva|Zdjęcie|Фото|"
    r"(?P<video>Video|Vidéo|Vídeo))\s*:\s*",
    re.IGNORECASE)

#: a closing web site in parentheses ("(onmeth.com)"): a credit with no credit word
WEB_SITE_CREDIT = re.compile(r"\(\s*(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|io|co)\s*\)\s*\.?$",
                             re.IGNORECASE)

#: a credit label closing a caption's line, the credit (a link) on the next line: "... Sonoma
#: CA. Photo:" / "Jane Doe", "... a happy dog. Photo by" / "Jane Doe", "(Image via" / "Acme" / ")"
CLOSING_LABEL = re.compile(rf"(?:^|(?<=[\s.!?(|]))(?:File\s+)?(?P<label>{_LABELS})\s*"
                           r"(?::|\bby\b|\bvia\b|-|–|—)\s*$", re.IGNORECASE)
