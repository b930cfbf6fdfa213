"""Shapes of bylines and datelines: lines that sit between a headline and the
article and are neither."""
from __future__ import annotations

import re

from .credits import by_first_letter
from .dates import (
    ALL_MONTHS,
    ALL_SOLAR_MONTHS,
    ALL_WEEKDAY_ABBREVIATIONS,
    ALL_WEEKDAYS,
    BEFORE_MONTH,
    DAY_ORDINAL,
    DAY_WORDS,
    MONTH_MARKS,
    MONTH_WORDS,
    MONTHS_AFTER_YEAR,
    MONTHS_FIRST,
    SHAPE_MONTHS,
    SHAPE_WEEKDAYS,
    SOLAR_MONTH_WORD,
    YEAR_MARKS,
)

#: the months of the dateline shape the line model was trained with (:data:`.dates.SHAPE_LANGUAGES`)
_MONTHS = SHAPE_MONTHS

#: a byline's label in Arabic ("بقلم: ...", "بواسطة ..."), Persian ("نویسنده: ...", "توسط ..."),
#: Urdu ("تحریر: ...", "رپورٹ: ..."), Hebrew ("מאת ..."), Hindi ("लेखक: ...", "द्वारा: ...") and
#: Bengali ("লিখেছেন: ...", "লেখক: ...")
_SCRIPT_BYLINE_LABELS = ("بقلم|بواسطة|الكاتب|نویسنده|توسط|تحریر|رپورٹ|مصنف|מאת|"
                         "लेखक|लेखिका|द्वारा|रिपोर्ट|লিখেছেন|লেখক|প্রতিবেদক")
#: the first letter of a name in a script without capitals: Hebrew, Arabic and the Indic scripts
#: write names as any word, so that their letters stand where a capital does
UNCASED_NAME_START = re.compile("[\u05d0-\u05ea\u0620-\u06d3\u0900-\u0dff]")
#: ... and Korean's syllables, for a name in a byline only
UNCASED_NAME_LETTER = re.compile("[\u05d0-\u05ea\u0620-\u06d3\u0900-\u0dff\uac00-\ud7a3]")
#: A Korean reporter's byline, the title after the name ("홍길동 기자", "(서울=연합뉴스) 홍길동 기자 =",
#: "[서울=뉴시스] 홍길동·김철수 기자", "홍길동 기자 hong@example.co.kr"): the place and agency in brackets
#: first, maybe; the line's end, "=", a separator or the e-mail address after it ("정부는 기자 회견에서 ..."
#: is prose)
KOREAN_REPORTER = re.compile(r"^(?:[\[(][^\[\]()]{1,30}[\])]\s*)?"
                             r"(?P<name>[\uac00-\ud7a3]{2,4}(?:\s*[·,]\s*[\uac00-\ud7a3]{2,4}){0,2})\s*기자"
                             r"\s*(?:$|=|[|·/]|[\w.+-]+@)")
#: A line opening on a byline's label and a word ("By Jane Doe", "Von Max Muster"); not the
#: Spanish and Portuguese explainer's "Por qué ..." / "Por que ...", a headline's opening.
BYLINE = re.compile(
    r"^(?:by|written by|posted by|words by|von|par|por(?!\s+qu[eé]\b)|di|door|autor|author:?|"
    rf"(?:{_SCRIPT_BYLINE_LABELS}):?)\s+\S",
    re.IGNORECASE,
)

#: the months grouped by first letter (:func:`~.credits.by_first_letter`): the same matches, found faster
_GROUPED_MONTHS = by_first_letter(_MONTHS)

#: a date in Chinese and Japanese: year, month and day each followed by its character ("2024年12月5日")
_HAN_DATE = r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"

DATELINE = re.compile(
    rf"^(?:(?:published|updated|posted|last updated|modified)\s*:?\s*(?:on\s+)?)?"
    rf"(?:\w+day,?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\.?\s+(?:{_GROUPED_MONTHS})\.?"
    rf"|(?:{_GROUPED_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?|"
    rf"\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}|{_HAN_DATE})",
    re.IGNORECASE,
)

#: A line that opens on a date, in any language of :mod:`.dates`: the byline's date line
#: (:mod:`~..byline`), wider than the line model's :data:`DATELINE` shape ("Montag, den 12.
#: März 2024", "lundi 3 juillet 2023", "lunes, 5 de mayo de 2022", "1º maggio 2021",
#: "2024. március 12.", "2024/03/12", "ngày 5 tháng 12", "2024년 12월", the solar "۱۵ آذر").
DATE_LINE = re.compile(
    rf"^(?:(?:published|updated|posted|last updated|modified)\s*:?\s*(?:on\s+)?)?"
    rf"(?:(?:\w+day|{by_first_letter(ALL_WEEKDAYS)}|(?:{ALL_WEEKDAY_ABBREVIATIONS})\b)\.?,?\s+(?:den\s+)?)?"
    rf"(?:\d{{1,2}}(?:{DAY_ORDINAL})?(?:\.\s*|\s+)(?:{BEFORE_MONTH})?(?:{by_first_letter(ALL_MONTHS)})\b\.?"
    rf"|(?:(?:{DAY_WORDS})\s+)?\d{{1,2}}\s+(?:{MONTH_WORDS})\s+\d{{1,2}}\b|\d{{4}}\s*(?:{YEAR_MARKS})\s*\d{{1,2}}\s*(?:{MONTH_MARKS})"
    rf"|\d{{1,2}}\s+(?:{ALL_SOLAR_MONTHS})(?!\w)|\d{{1,2}}\s+(?:{ALL_SOLAR_MONTHS}){SOLAR_MONTH_WORD}"
    rf"|\d{{4}}\.\s\d{{1,2}}\.\s\d{{1,2}}\.|\d{{1,2}}\.\s\d{{1,2}}\.\s\d{{4}}"
    rf"|(?:{by_first_letter(MONTHS_FIRST)})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?|"
    rf"\d{{4}}\.\s+(?:{MONTHS_AFTER_YEAR})\b|"
    rf"\d{{4}}-\d{{2}}-\d{{2}}|\d{{4}}[/.]\d{{1,2}}[/.]\d{{1,2}}\b|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}|{_HAN_DATE})",
    re.IGNORECASE,
)

#: The place a news agency's dateline opens with, before its date ("WASHINGTON — March 4, 2024",
#: "BERLIN, 12. März 2024", "Paris (AFP) – 3 juin 2023", "Madrid - 06 feb 2024", "San Diego,
#: California — ..."): one to three capitalised words, maybe a region after a comma and the
#: agency in brackets, then a comma or a dash; a letter's article before its date ("Paris, le 9
#: septembre 2026", "Hamburg, den 3. März 2026").
DATELINE_PLACE = re.compile(
    r"^[A-ZÀ-Ý][\w'’.-]*(?: [A-ZÀ-Ý][\w'’.-]*){0,2}"
    r"(?:, [A-ZÀ-Ý][\w'’.-]*(?: [A-ZÀ-Ý][\w'’.-]*)?(?=\s*[-–—(]))?"
    r"(?:\s*\([^()\d]{1,30}\))?\s*(?:,|\s[-–—]|[–—])\s*(?:(?:le|den|am|el|il|em|op)\s+)?")

#: A news story's opening paragraph under an agency's dateline: its place in capitals, maybe a
#: region after a comma and the agency in brackets, then a dash and the story ("HAYWARD, Calif.
#: (AP) — ...", "BUFFALO, N.Y. — ...", "LONDON (Reuters) - ...", "PARIS (AFP) – ...").
AGENCY_OPENING = re.compile(
    r"^[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+(?: [A-ZÀ-Ý][A-ZÀ-Ý'’.-]+){0,2}(?:, [A-ZÀ-Ý][\w'’.-]*(?: [A-ZÀ-Ý][\w'’.-]*)?)?"
    r"(?:\s*\([^()\d]{1,30}\))?\s*[-–—]\s")

#: "5 min read", "Reading time: 3 minutes"
READING_TIME = re.compile(r"^(?:\d+\s*min(?:ute)?s?\s+read|reading time\b.*)$", re.IGNORECASE)

#: Lines that open an article's text right after its headline: a byline, a
#: date, the reading time, a table of contents or a breadcrumb trail.
OPENER = re.compile(
    r"^(?:by\b|written by|posted by|posted on|published|updated|last updated|"
    # ... "published" and "updated" in Arabic, Persian, Urdu, Hebrew, Hindi and Bengali, as a word
    r"(?:نشر في|نشر بتاريخ|تاريخ النشر|آخر تحديث|تم التحديث|منتشر شده|تاریخ انتشار|به روز رسانی|"
    r"شائع شدہ|تاریخ اشاعت|اپ ڈیٹ|פורסם|עודכן|प्रकाशित|अपडेट|প্রকাশিত|আপডেট|হালনাগাদ)(?!\w)|"
    r"\d+\s*min(?:ute)?s?\s+read|reading time|table of contents|in this article|on this page|"
    r"home\b.*[/›»>])",
    re.IGNORECASE,
)

#: An author's biography: a paragraph that opens with a name (two or three
#: capitalised words), maybe with an e-mail address in brackets, and says what
#: the person is ("Jane Doe is a writer", "Jane Doe (jane@herald.com) is the editor",
#: "Max Muster ist Redakteur", "Marie Dupont est journaliste", "Mario Rossi è giornalista",
#: "Ana Souza é jornalista", "Sanne Bakker is een journalist").
AUTHOR_BIO = re.compile(
    r"^((?:[A-ZÀ-Ý][\w'’.-]+ ){2,3})(?:\([^()\s]+@[^()\s]+\),? )?"
    r"(?:is an?|is the|has been|was an?|ist (?:ein|eine|der|die)?|est (?:un|une|le|la)?|"
    r"es (?:un|una|el|la)?|è (?:un|una|uno|il|la|lo)?|é (?:um|uma|o|a)?|is (?:een|de|het))\b"
)

#: A byline that credits a newsroom, not a person: a site's or an agency's name and its
#: staff or bureau ("IGN Staff", "News Nation Bureau", "HT News Desk", "dpa-Redaktion").
STAFF_BYLINE = re.compile(
    r"^(?:[Bb]y )?(?:[\w&.’'-]+ ){0,3}[\w&.’'-]*[ -](?:Staff|Bureau|News Service|News Desk|Web Desk|"
    r"Staff Writers?|Staff Reporters?|Redaktion|Rédaction|Redacción|Redazione|Redação)$")

#: An author's box greeting the reader in the first person under the article ("Hi, I'm
#: Jane!", "Hey there! I'm Jane and I started this blog in 2011", "Hallo, ich bin Jane").
GREETING_BIO = re.compile(
    r"^(?:Hey|Hi|Hello|Hallo|Salut|Bonjour|Hola|Ciao|Olá|Oi|Hoi)(?: there| everyone| all)?[,!.]? "
    r"(?:I['’]m|I am|my name is|ich bin|je suis|je m['’]appelle|soy|me llamo|sono|mi chiamo|eu sou|"
    r"sou|ik ben) [A-ZÀ-Ý]")

#: An author's box under the article that speaks in the first person under the author's name
#: ("Jane Doe" / "I'm Jane, a gardener and writer ..."): the first name it gives (group 1).
FIRST_PERSON_BIO = re.compile(
    r"^(?:I['’]m|I am|My name is|Ich bin|Je suis|Je m['’]appelle|Soy|Me llamo|Sono|Mi chiamo|Eu sou|Ik ben) "
    r"([A-ZÀ-Ý][\w'’-]+)[,.!]")

#: the person spoken of after the name: a biography goes on about him or her
BIO_PRONOUN = re.compile(
    r"\b(?:he|she|his|her|him|they|their|er|sie|sein|seine|ihr|ihre|il|elle|son|sa|ses|él|ella|su|sus|"
    r"lui|lei|suo|sua|suoi|sue|ele|ela|seu|seus|suas|dele|dela|hij|zij|zijn|haar)\b",
    re.IGNORECASE)

#: An author's card above the article: a name (one to three capitalised
#: words) said to be a writer by trade ("Archie is a writer from London",
#: "Jane Doe is one of the industry's best known editors", "Max ist Redakteur",
#: "Mario è giornalista", "Ana é jornalista", "Sanne is schrijfster").
AUTHOR_CARD = re.compile(
    r"^(?:[A-ZÀ-Ý][\w'’.-]+ ){1,3}(?:is|was|ist|est|es|è|é)(?!\w)[^.]{0,80}?\b"
    r"(?:writers?|journalists?|experts?|authors?|editors?|reporters?|contributors?|correspondents?|columnists?|"
    r"bloggers?|Autor(?:in)?|Redakteur(?:in)?|Journalist(?:in)?|journaliste|rédact(?:eur|rice)|"
    r"auteure?|periodista|escritora?|redactora?|autora?|giornalista|scritt(?:ore|rice)|autore|autrice|"
    r"redatt(?:ore|rice)|jornalista|redator(?:a)?|schrijf(?:ster|ter)|redacteur)\b"
)

#: An author's card above the article that gives the writer's years in the trade instead:
#: a name (one to three capitalised words) that has or brings so many years of experience
#: ("Jane Doe has 40 years of experience in the mortgage industry", "Jane brings over 20 years
#: ..."), or the years first and the name after them ("With 30+ years in journalism, Jane
#: covers ..."); spoken of as he or she after it (:data:`PERSON_PRONOUN`), a company's years
#: are not a person's.
_ABOUT_YEARS = r"(?:over |more than |nearly |almost |about )?\d+\+? years"
EXPERIENCE_CARD = re.compile(
    rf"^(?:(?:[A-ZÀ-Ý][\w'’.-]+ ){{1,3}}(?:has|brings) {_ABOUT_YEARS}\b|"
    rf"With {_ABOUT_YEARS} (?:of experience )?in [^,]{{1,40}}, (?:[A-ZÀ-Ý][\w'’.-]+ ){{1,3}})")

#: A news site's one-line note on its reporter under the article: a name said
#: to be a reporter of a paper ("Julius is an LA Entertainment Reporter for Fox
#: News.", "Jane Doe is a staff writer at The Herald covering city hall", "Max
#: Muster ist Redakteur bei der Zeitung", "Marie Dupont est journaliste au Monde"),
#: or the colleagues credited for it ("Fox News' Jane Doe contributed to this
#: report."). Read only in the article's last lines (see ``edges``).
REPORTER_NOTE = re.compile(
    r"^(?:[A-ZÀ-Ý][\w'’.-]+ ){1,3}(?:"
    r"(?:is|was|has been) (?:an?|the) (?:[\w'’&-]+ ){0,5}?"
    r"(?i:reporter|correspondent|writer|editor|journalist|columnist|producer|contributor)s? "
    r"(?:for|at|with|on|covering|who covers|based in)\b|"
    r"ist (?:\w+ )?(?i:redakteur(?:in)?|reporter(?:in)?|korrespondent(?:in)?|journalist(?:in)?) "
    r"(?:bei|für|der|des|im)\b|"
    r"est (?:\w+ )?(?i:journaliste|reporter|correspondante?|rédact(?:eur|rice)) (?:à|au|aux|chez|pour)\b|"
    r"es (?:\w+ )?(?i:periodista|reportera?|corresponsal|redactora?) (?:de|del|en|para)\b|"
    r"è (?:\w+ )?(?i:giornalista|corrispondente|redattrice|redattore) (?:di|del|della|per|a)\b|"
    r"(?:covers|writes about|reports on) (?:[\w'’&,-]+ ){1,6}?for (?:the )?[A-Z]|reports for (?:the )?[A-Z]|"
    r"[^.]{0,80}\. (?:Reach|Contact|Email|E-mail) (?:him|her|them) at\b)"
    r"|\bcontributed to this (?:report|story|article)\.?$")

#: A press release's closing profile of the company it is about: a paragraph
#: that opens with the company's name and says what it is, and tells where it
#: sits, when it was founded, whom it employs or where its shares trade ("Acme
#: is headquartered in Baar, employs 1,300 people ... listed on the SIX Swiss
#: Exchange", "Acme ist ein ... mit Sitz in", "Acme est une ... dont le siège").
#: ``COMPANY_PROFILE`` finds the name, ``COMPANY_FACTS`` the facts.
COMPANY_PROFILE = re.compile(
    r"^((?:[A-ZÀ-Ý][\w&.’'-]*)(?: [A-ZÀ-Ý][\w&.-]*){0,3})(?: \([^)]*\))?,? "
    r"(?:is|ist|est|es|è) (?:an?|the|one of|headquartered|based|ein|eine|un|une|una|uno)\b")
COMPANY_FACTS = re.compile(
    r"\b(?:headquartered|headquarters|founded in|employs|employees|listed on|traded on|NYSE|NASDAQ|Nasdaq|"
    r"stock exchange|Swiss Exchange|Sitz in|gegründet|Mitarbeiter(?:innen)?|siège|fondée?|emploie|"
    r"fundada|empleados|fondata|dipendenti)\b")

#: The heading over a press release's closing profile of the company, naming it ("About Acme",
#: "À propos de Transports Lumière", "À propos d'Acme", "Über Acme", "Acerca de Acme", "Sobre a
#: Acme", "Informazioni su Acme", "Over Acme"): the paragraph under it opens with the name.
ABOUT_COMPANY = re.compile(
    r"^(?:About|[ÀA] propos d(?:e |['’])|Über|Acerca de|Sobre(?: a| o)?|Informazioni su|Over|O firmie)\s*"
    r"((?:[A-ZÀ-Ý][\w&.’'-]*)(?: [A-ZÀ-Ý][\w&.-]*){0,4})\s*:?$")

#: A label a page prints on a line of its own before the article's author or
#: date, the value on the next line ("Author:", "Updated:", "Publish date:").
META_LABEL = re.compile(
    r"^[|•·\s]*(?:by|written by|author|authors|posted|posted on|published|published on|updated|last updated|"
    r"publish date|date|von|autor|autorin|veröffentlicht|aktualisiert|datum|par|auteur|publié|publié le|"
    r"mis à jour|por|publicado|actualizado|fecha|di|autore|pubblicato|aggiornato)\s*:?\s*$",
    re.IGNORECASE,
)

#: A date's label opening a line that goes on with the date and more ("Posted on November 25,
#: 2024 in Health, Nutrition", "Last Updated on Feb 27, 2026"), in several languages: a text
#: browser prints the byline's parts on one row, where text_bs prints each on a line of its own
DATE_LABEL_OPENING = re.compile(
    r"^(?:posted|published|updated|last updated|veröffentlicht|aktualisiert|publié|mis à jour|publicado|"
    r"actualizado|pubblicato|aggiornato)(?:\s+(?:on|le|am|el|il|em))?\b",
    re.IGNORECASE,
)

#: The label of a byline printed on a line of its own, the author's name on the next
#: ("By" / "Jane Doe", "Written by:", "Autor:", "Par", "Interview by"): the part of :data:`META_LABEL` that
#: announces a person, not a date.
AUTHOR_LABEL = re.compile(
    r"^[|•·\s]*(?:by|written by|words by|posted by|author|authors|von|autor|autorin|par|auteur|"
    r"por|di|autore|door|av|af|oleh|yazar|yazan|szerző|avtor|penulis|geschrieben von|écrit par|escrito por|"
    r"scritto da|"
    r"geschreven door|skrivet av|skrevet av|skrevet af|interview by|interviewed by|interview von|"
    r"das interview führte|propos recueillis par|entrevista por|intervista di|interview door)\s*:?\s*$",
    re.IGNORECASE,
)

#: A news picture's caption dated as agencies date them, a weekday and then the
#: year ("... defends during the game Tuesday, Nov. 19, 2019, in Memphis",
#: "... am Dienstag, 19. November 2019", "... le mardi 19 novembre 2019").
DATED_CAPTION = re.compile(
    rf"\b(?:{SHAPE_WEEKDAYS})\b,?[\w.,\s]{{0,20}}?\b(?:19|20)\d\d\b",
    re.IGNORECASE,
)

#: one person spoken of, in the third person singular: what a biography says after a first name
PERSON_PRONOUN = re.compile(
    r"\b(?:he|she|his|her|him|himself|herself|er|sie|seine?|ihre?|il|elle|él|ella|lui|lei|ele|ela|hij|zij)\b",
    re.IGNORECASE)

#: what a biography says right after a first name: what the person is
BIO_VERB = re.compile(
    r"(?:is an?|is the|has been|was an?|ist (?:ein|eine|der|die)|est (?:un|une|le|la)|es (?:un|una|el|la)|"
    r"è (?:un|una|uno|il|la|lo)|é (?:um|uma|o|a)|is (?:een|de|het))\b")

#: The label of a byline that names the article's author, the name after it ("By Jane Doe",
#: "Written by Jane Doe", "Von Max Muster", "Par Marie Dupont", "Av Anna Berg", "Af Anna Berg",
#: "Door Jan de Vries", "Oleh Budi Santoso", "Autor: Jan Nowak", "Text: Anna Schmidt", "Yazan:",
#: "Szerző:", "Avtor:"; Romanian
#: "de", in lower case and before two capitalised words only, as it is a common word elsewhere);
#: not an editor's or a reviewer's, nor a picture's credit ("Photo: Jane Doe").
AUTHOR_PREFIX = re.compile(
    r"^[|•·\s]*(?:(?:(?:written|posted|words|reported|reporting|story|text)\s+by|by|"
    r"(?:geschrieben|verfasst|gepostet)\s+von|von|(?:écrit|rédigé|publié)\s+par|par|"
    r"(?:escrito|publicado|redactado)\s+por|por(?!\s+qu[eé]\b)|(?:scritto|pubblicato)\s+da|testo\s+di|di|"
    r"(?:geschreven|geplaatst)\s+door|door|(?:skrivet|skrevet|publicerad|publisert)\s+av|av|"
    r"(?:skrevet|publiceret)\s+af|af|oleh|(?-i:de(?=\s+[A-ZÀ-Ý][\w'’.-]*\s+[A-ZÀ-Ý]))|"
    # ... the Greek genitive's article ("Του Γιώργου ...", "Της Μαρίας ..."), Finnish's writer, Tagalog's
    # "ni" and a Korean reporter's title before the name, alone on the line ("기자 홍길동"; "기자 회견
    # 열려" is a press conference)
    r"(?-i:Του|Της)|kirjoittaja|(?-i:Ni)|기자(?=\s+[\uac00-\ud7a3]{2,4}\s*(?:$|[=|·/]|[\w.+-]+@))|"
    rf"{_SCRIPT_BYLINE_LABELS})\s*:?\s+|"
    r"(?:author|authors|autor|autorin|auteur|autore|autora|yazar|yazan|penulis|forfatter|författare|skribent|"
    r"szerző|avtor|avtorica|autorka|reporter|text|texte|texto|testo|tekst|"
    # ... in Cyrillic, Turkish's news ("Haber: ..."), Vietnamese ("Tác giả: ...")
    r"автор|автори|haber|tác giả)\s*:\s*)(?=[^\W\d_])",
    re.IGNORECASE)

#: The label of an interview's byline, the interviewer's name after it: the article's author
#: ("Interview by Jane Doe", "Interview: Max Muster", "Das Interview führte Max Muster", "Propos
#: recueillis par Marie Dupont", "Entrevista de María García"); not "Interview with", "Intervista
#: a": the person interviewed. The name ends the line, or a separator or date follows it
#: (:data:`INTERVIEWER_END`): "Interview: Jane Doe on her new album" names the person interviewed.
INTERVIEWER_PREFIX = re.compile(
    r"^[|•·\s]*(?:(?:interview|interviewed|interviews)\s+(?:by|von|par|door)|(?:das\s+)?interview\s+führte|"
    r"(?:propos\s+recueillis|entretien\s+réalisé)\s+par|entrevista\s+(?:de|por)|intervista\s+di|"
    r"(?:interview|interviews|entrevista|intervista)\s*:)\s*(?=[^\W\d_])",
    re.IGNORECASE)

#: what may follow an interviewer's name on its line: nothing, a separator, the paper or a date
INTERVIEWER_END = re.compile(r"\s*(?:$|[|•·,;(]|[-–—]\s|\d|(?:for|für|pour|para|per|voor)\s)")

#: A line that opens on "by" alone, as a byline does ("by", "By Jane Doe", "von Max Muster")
BARE_BY = re.compile(r"^[|•·\s]*(?:by|von|par|por|door|di|av|af|oleh)\b\s*:?", re.IGNORECASE)

#: The end of a line that names another role than the author's, the "by" and the name on the
#: next line ("Medically reviewed" / "by" / "Jane Doe", "Fact checked" / "by Jane Doe",
#: "Fotografiert" / "von Max Muster"): the name is the reviewer's, the editor's or the photographer's.
OTHER_ROLE_END = re.compile(
    r"\b(?:reviewed|edited|fact[- ]?checked|checked|illustrated|photographed|translated|produced|narrated|"
    r"hosted|sponsored|presented|powered|approved|verified|geprüft|redigiert|übersetzt|fotografiert|"
    r"illustriert|révisé|relu|vérifié|traduit|illustré|photographié|revisado|editado|traducido|verificado|"
    r"ilustrado|rivisto|tradotto|verificato|nagekeken|vertaald)\s*:?\s*$", re.IGNORECASE)

#: A byline's label after a date on the same line, the author's name after it ("Posted on
#: March 3, 2024 by Sarah", "Publié le 3 juillet 2023 par Marie Dupont").
AUTHOR_AFTER_DATE = re.compile(r"\s(?:by|von|par|por|door|di|av|af|oleh|על ידי|"
                               rf"{_SCRIPT_BYLINE_LABELS})\s*:?\s+(?=[^\W\d_])", re.IGNORECASE)

#: News agencies that write stories, and so sign bylines ("Jane Doe, Reuters"), as well as
#: credit pictures; picture libraries ("Getty Images") credit pictures only.
_WIRES = (r"Reuters|AP|AFP|Associated Press|The Associated Press|Agence France-Presse|Agence France Presse|"
          r"dpa|EFE|ANSA|ANP|APA|PAP|UPI|AAP|Europa Press|PA Media|Press Association|Xinhua|Kyodo|"
          r"Kyodo News|Yonhap|Bloomberg|Bloomberg News|PTI|ANI|IANS|Bernama|Lusa|Belga|NTB|Ritzau|Anadolu|"
          r"Anadolu Agency|TASS|Interfax|KNA|Canadian Press|The Canadian Press|Jiji Press|Antara|Agerpres|"
          r"HINA|Tanjug|Ukrinform|Keystone-SDA|Keystone-ATS|Adnkronos|Agencia EFE|CTK|ČTK|MTI|TT")
#: A byline without its label, a person's names and the news agency the person writes for
#: ("Jane Doe, Reuters", "JANE DOE | AFP", "Jane Doe and John Roe (AP)"), as a whole line:
#: ``names`` is the names.
WIRE_BYLINE = re.compile(
    rf"(?P<names>.+?)\s*(?:,|\s[|•·]|\s[-–—]|\s?\()\s*"
    rf"(?:{_WIRES}|{_WIRES.upper()})\)?\.?")

#: Where a byline's names end before what follows them on its line: a ``;`` ("Reporting by Jane
#: Doe; Editing by John Roe"), the paper or place written for ("Jane Doe for The Herald", "Max
#: Muster für den Stadtboten"), or, after a comma, a news agency, a paper ("..., The Herald") or a
#: place ("Jane Doe, Reuters", "Klaus Weber, Berlin"): a single capitalised word, not a person's
#: credentials in capitals nor a suffix ("Jane Doe, MD", "John Roe, Jr.").
NAMES_END = re.compile(
    r"\s*;|\s(?:for|für|pour|para|per|voor|för)\s+(?:the\s|den\s|die\s|das\s|der\s|le\s|la\s|el\s|il\s)?[A-ZÀ-Ý]|"
    r",\s*(?:The\s|(?:AP|AFP|dpa|EFE|ANSA|ANP|APA|PAP|UPI|AAP|Associated Press|Agence France-Presse|"
    r"Europa Press|PA Media|Press Association|Xinhua|Kyodo|Yonhap)\b|"
    r"(?!(?:Jr|Sr|Esq)\b)[A-ZÀ-Ý][a-zß-ÿ]{2,}(?:\s*$|\s*[|•·;]))")

#: The label of a date line, before the date ("Published:", "Last updated on", "Mis à jour le",
#: "Publicado em", "Publicado a", "Gepubliceerd op", "Geplaatst op", "Stand:", "Opublikowano").
DATE_LABEL = re.compile(
    r"^[|•·\s]*(?:(?:first\s+)?published|(?:last\s+)?updated|posted|modified|date|publish date|"
    r"(?:zuletzt|laatst) (?:aktualisiert|bijgewerkt)|dernière mise à jour|última actualización|"
    r"ultimo aggiornamento|última atualização|ostatnia aktualizacja|zaktualizowano|"
    r"veröffentlicht|aktualisiert|verfasst|erstellt|datum|publiée?|mise? à jour|publicado|actualizado|fecha|"
    r"pubblicato|aggiornato|atualizado|gepubliceerd|bijgewerkt|publicerad|uppdaterad|publiceret|opdateret|stand|"
    r"erschienen|postée?|publicada|pubblicata|postato|geplaatst|gepost|opublikowano|data publikacji|"
    # ... in Arabic, Persian, Urdu, Hebrew (and its weekdays, "יום חמישי,"), Hindi and Bengali
    r"نشر في|نشر بتاريخ|تاريخ النشر|منتشر شده در|نوشته شده در|منتشر شده|تاریخ انتشار|شائع شدہ|تاریخ اشاعت|"
    r"פורסם ב-?|פורסם|"
    # ... in the languages of Europe's east and south-east, Finnish, Korean, Vietnamese, Malay, Tagalog
    r"δημοσιεύθηκε|δημοσίευση|опубліковано|опубликовано|публикувано|објављено|objavljeno|"
    r"yayınlanma(?: tarihi)?|"
    r"publicat|publikálva|megjelent|julkaistu|publikované|uverejnené|입력|등록|기사입력|ngày đăng|đăng ngày|"
    r"diterbitkan|inilathala|"
    r"יום (?:ראשון|שני|שלישי|רביעי|חמישי|שישי),?|प्रकाशित|প্রকাশিত)"
    r"(?:\s+(?:on|am|le|el|il|em|op|den|a))?\s*:?\s*",
    re.IGNORECASE)

#: The label of the date a page was last changed, not first published ("Updated", "Last
#: updated:", "Modified", "Aktualisiert", "Zuletzt aktualisiert", "Mis à jour", "Dernière mise à
#: jour", "Laatst bijgewerkt", "Ostatnia aktualizacja"): the published date is another.
UPDATED_LABEL = re.compile(
    r"^[|•·\s]*(?:last\s+|zuletzt\s+|laatst\s+)?(?:updated|modified|reviewed|edited|aktualisiert|geändert|"
    r"mis à jour|modifié|actualizado|aggiornato|atualizado|bijgewerkt|gewijzigd|uppdaterad|opdateret|"
    r"dernière mise à jour|última actualización|ultimo aggiornamento|última atualização|"
    r"ostatnia aktualizacja|zaktualizowano|"
    r"ενημέρωση|ενημερώθηκε|оновлено|обновлено|обновено|актуализирано|ажурирано|ažurirano|"
    r"güncelleme|güncellendi|son güncelleme|actualizat|frissítve|módosítva|päivitetty|aktualizované|"
    r"posodobljeno|actualitzat|수정|cập nhật|dikemas kini)(?!\w)", re.IGNORECASE)

#: the words a person's name may hold in lower case ("Ludwig van Beethoven", "María del Mar")
NAME_PARTICLES: frozenset[str] = frozenset({
    "de", "da", "das", "do", "dos", "del", "della", "di", "du", "des", "van", "von", "der", "den",
    "ter", "la", "le", "bin", "ibn", "al", "el", "y", "e",
})

#: A line that ends on a byline's label, the author's name on the next line ("Published on
#: December 2nd, 2025 by" / "Jane Doe").
AUTHOR_LABEL_AT_END = re.compile(r"\s(?:by|von|par|por|door|di|av|af|oleh)\s*:?$", re.IGNORECASE)

#: An author's label on a line of its own that names the author wherever it stands on the page (an
#: author's box under the article: "Written by" / "Jane Doe", "Author:" / "Jane Doe"): of two words
#: or more, or a noun, or with its colon, capitalised (:func:`~..byline._boxed_author`); not a bare "by",
#: which a link cut out of a sentence leaves, nor a menu's "Authors".
AUTHOR_BOX_LABEL = re.compile(
    r"^(?:(?:written|words|posted|article|text|story)\s+by|by\s*:|author|authors\s*:|autor(?:in)?|"
    r"auteur|autore|yazar|szerző|avtor|penulis|geschrieben von|écrit par|escrito por|scritto da|"
    r"geschreven door|skrivet av|skrevet av|skrevet af)\s*:?\s*$",
    re.IGNORECASE,
)

#: A picture's placeholder or an author's picture over a name ("image", "Jane Doe's avatar", "Photo of Jane
#: Doe"): a name of one word ("Supermove", "Staff") under it, over a date, is the author's
PICTURE_LINE = re.compile(
    r"^(?:image|photo|picture|avatar|author image|.{1,40}['’]s avatar|(?:photo|picture) of .{1,40})$",
    re.IGNORECASE)

#: A line of a separator alone, between a byline's parts printed on lines of their own ("Jane Doe" /
#: "•" / "Oct 20, 2025"): no part of them, between a name and the date under it (after a date, a
#: section's name: "12/19/2025" / "•" / "Philosophy")
SEPARATOR_LINE = re.compile(r"^[|•·/–—-]$")

#: A clock time, or "on", before the date a date line's label opens ("Published 10:19am 19 December
#: 2025", "on Friday December 19, 2025 @08:00PM"); read where no date opens the rest ("Stand: 23.11.2026")
BEFORE_DATE = re.compile(
    r"^(?:on\s+|\d{1,2}(?::\d{2}\s*(?:[ap]\.?m\.?)?|\.\d{2}\s*[ap]\.?m\.?)\s*[,|•·–—-]?\s*)", re.IGNORECASE)

#: a joiner of two authors' names on a line of its own, between the lines of their names
LONE_JOINER = re.compile(r"^(?:and|&|,|und|et|y|e|en|i)$", re.IGNORECASE)

#: A person's role printed after the name in a byline ("Jane Doe, Senior Editor", "Jane Doe
#: Founder & CEO", "Max Muster, Redakteur"): the name ends before it.
ROLE_WORD = re.compile(
    r"\b(?:founder|co-founder|ceo|coo|cto|cfo|editor|writer|reporter|journalist|analyst|expert|director|"
    r"manager|reviewer|contributor|correspondent|columnist|specialist|consultant|senior|executive|"
    r"desk|redakteur(?:in)?|journaliste|rédact(?:eur|rice)|periodista|redactora?|giornalista|redattore|"
    r"korrespondent(?:in)?|correspondante?|corresponsal|corrispondente|redacteur|verslaggever|redaktör|"
    r"redaktør)\b",
    re.IGNORECASE)

#: what sets a person's role off the name before it on the name's line ("Jane Doe | Senior Reporter",
#: "Max Muster – Redakteur")
NAME_ROLE_SEPARATOR = re.compile(r"\s*[|•·]\s*|\s+[-–—]\s+")

#: A date's label or an English month run into the name before it where a renderer lost the space
#: ("By Jane DoePublished: Jun 25, 2025", "by Jane DoeNovember 20, 2007"): the name ends there
GLUED_DATE = re.compile(
    r"(?<=[a-zß-ÿ])(?=(?:Published|Updated|Posted|Last Updated|Modified|"
    + "|".join(sorted({w.capitalize() for w in MONTHS_FIRST.split("|") if w.isascii() and len(w) > 3}
                      | {"May"}, key=lambda w: (-len(w), w)))
    + r")\b)")

#: two words run together where a renderer lost the space between them ("Jane DoeUpdated")
GLUED_WORDS = re.compile(r"[a-zß-ÿ]{3}[A-ZÀ-Ý]")

#: words of a page's furniture that a line shaped as a name holds, never a person's name
#: ("Featured Image", "Show Sidebar", "Company Logo", a menu's "About Us", "Contact Us", "Next Post",
#: "Compartir en Facebook")
NOT_NAME_WORDS: frozenset[str] = frozenset({
    "image", "images", "picture", "photo", "photos", "featured", "feature", "sidebar", "menu", "logo",
    "icon", "thumbnail", "banner", "video", "bild", "foto", "fotos", "imagen", "immagine", "navigation",
    "about", "us", "contact", "home", "login", "search", "subscribe", "newsletter", "share", "follow",
    "privacy", "careers", "next", "previous", "prev", "older", "newer",
    "facebook", "twitter", "linkedin", "whatsapp", "instagram", "pinterest", "email", "e-mail", "print",
    "teilen", "partager", "compartir", "condividi", "partilhar", "compartilhar", "delen", "udostępnij",
    # ... a date's labels over it on a line of their own ("Released" / "March 2, 2022")
    "published", "released", "posted", "updated", "date",
    # ... a site's sections, which a menu prints twice, shaped as names joined ("News & Events")
    "news", "events", "blog", "nachrichten", "aktuelles", "termine", "veranstaltungen", "actualités",
    "événements", "noticias", "eventos", "notizie", "eventi", "notícias", "nieuws", "evenementen",
})

#: what joins two authors' names in a byline ("Jane Doe and John Roe", "Max Muster und Eva Frei")
NAME_JOINER = re.compile(r"\s*,\s*|\s+(?:and|&|und|et|y|e|en|i)\s+")

#: the site or its newsroom speaking of itself: the first person plural ("we", "our"), in the
#: languages of the bylines above; "us" only in lower case (not the "US"). A news story speaks
#: of others, and sets a "we" it reports inside quotes.
SITE_VOICE = re.compile(
    r"\b(?:[Ww]e|[Oo]urs?|us|[Ww]ir|[Uu]ns|[Uu]nser(?:e[mnrs]?)?|[Nn]ous|[Nn]otre|[Nn]os|[Nn]osotros|"
    r"[Nn]uestr[oa]s?|[Nn]oi|[Nn]ostr[oaie]|[Nn]ós|[Nn]oss[oa]s?|[Ww]ij|[Oo]ns|[Oo]nze)\b")
#: ... as the subject of what it says ("we use", "wir sind"), not only in a call to use "our" product
SITE_SUBJECT = re.compile(r"\b(?:[Ww]e|[Ww]ir|[Nn]ous|[Nn]osotros|[Nn]oi|[Nn]ós|[Ww]ij)\b")
#: the spans a story quotes (a "we" in them is the speaker's, not the site's)
QUOTED = re.compile(r"[\"“„«»][^\"“”„«»]*[\"”“»«]")
