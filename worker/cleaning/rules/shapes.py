"""Shapes of lines that are not prose: list bullets, links and addresses,
separators, clock times and years, comment headers, horizontal rules.

Each is a pattern on one normalised line; the cleaner turns matches into
line features, so none of them decides a line alone.
"""
from __future__ import annotations

import re

from .dates import SHAPE_MONTHS

#: Marks that close a sentence: the Latin ones with closing quotes and brackets, and those of
#: other scripts that stand where they do ("؟" the Arabic question mark, "۔" the Urdu full stop,
#: "।" and "॥" the danda of Hindi and Bengali, "።" and "፧" the Ethiopic full stop and question mark).
SENTENCE_ENDS = ".!?…\"”’»)" + "؟۔।॥" + "።፧"
#: Commas: the Latin one and the Arabic "،" (Arabic, Persian, Urdu).
COMMAS = ",،"
#: Marks a heading never ends with: a sentence's or a clause's, the Arabic comma and semicolon
#: ("؛") and the Urdu and Indic full stops among them, and the Ethiopic full stop, comma and semicolon.
CLAUSE_ENDS = ".,;:…" + "،؛۔।" + "።፣፤"
#: Punctuation of the scripts past Latin-1 and the general punctuation block: the Arabic comma,
#: semicolon, question mark and full stop, the Urdu full stop, the danda, Hebrew's maqaf, geresh
#: and gershayim, the Ethiopic full stop, comma, semicolon and question mark.
SCRIPT_PUNCTUATION = "،؛؟٪۔।॥־׳״" + "።፣፤፧"

#: A footnote's link back to where it is cited, closing its line: "↩", "↩︎" (with the text
#: presentation selector), "⤴".
FOOTNOTE_BACKLINK = re.compile(r"[↩⤴]\ufe0e?\ufe0f?$")
#: a rule a text browser draws for an HTML <hr>: one box-drawing stroke repeated ("━━━━━", "─────"),
#: no corner or joint of a table's border ("┌───┐")
DRAWN_RULE = re.compile(r"^([─━])\1{4,}$")
#: a menu entry's name and the blurb under it printed on one line with no space between, as a
#: text browser prints a link holding both ("Cloud StorageKeep your files safe", "Pro™Tools for teams",
#: "Cloud KMSKeys you manage")
GLUED_BLURB = re.compile(r"(?:[a-z\u00ae\u2122)]|(?<=[A-Z])[A-Z])[A-Z][a-z.]")
#: w3m bullets and numbering, and the bullets pages type themselves.
BULLET = re.compile(r"^(?:[•·*\-–—►▸▶◦○●■□☆★→»›✓✔]|\d{1,3}[.)]|[a-z][.)])\s")

#: Addresses, handles and file names: the text of a link rather than prose.
URL_LIKE = re.compile(r"https?://|www\.|\.com\b|\.org\b|@\w|\.html?\b|\.jpe?g\b|\.png\b", re.IGNORECASE)

#: Runs of menu items or breadcrumbs kept on one line.
SEPARATOR = re.compile(r"\s[|/•·»›>]\s")

#: A breadcrumb trail on a line of its own: three steps at least, each a few words, apart by the
#: same kind of separator, each of four words at most, no colon nor full stop ("Inicio / Noticias /
#: Investigación", "Home > Reviews > Headphones", "Startseite › Tests › Staubsauger"): where the page
#: sits, never its headline ("Music / Film / Theatre: the week ahead" is one).
_STEP = r"[^\s/›»>.!?:|]+(?: [^\s/›»>.!?:|]+){0,3}"
BREADCRUMB = re.compile(rf"^{_STEP}(?: / {_STEP}){{2,}}$|^{_STEP}(?: [›»>] {_STEP}){{2,}}$")

TIME_OF_DAY = re.compile(r"\b\d{1,2}[:.h]\d\d\s*(?:[ap]\.?m\.?|uhr|h)?\b", re.IGNORECASE)

YEAR = re.compile(r"\b(?:19|20)\d\d\b")

#: The head line of a reader comment, or the count of comments (matched
#: from the start of a short line; the lookaheads keep it one scan per line).
#: A post's reply button in Arabic, Persian, Urdu, Hebrew, Hindi and Bengali, and the word its count of
#: comments ends on ("3 تعليقات", "۵ دیدگاه", "3 תגובות", "4 टिप्पणियाँ", "২টি মন্তব্য")
SCRIPT_REPLY_WORDS = ("رد", "الرد", "پاسخ", "جواب دیں", "השב", "הגב", "जवाब दें", "উত্তর দিন")
_SCRIPT_REPLY = "|".join(SCRIPT_REPLY_WORDS)
_SCRIPT_COMMENTS = "تعليقات|تعليق|دیدگاه|نظر|تبصرے|תגובות|טוקבקים|टिप्पणियां|टिप्पणियाँ|टिप्पणी|মন্তব্য"
COMMENT_HEADER = re.compile(
    r"(?:(?=.*:$).*\b(?:says|said|wrote|schreibt|dice|disse|écrit|dit|berkata)\s*:$"
    r"|(?:reply|responder|antworten|répondre|rispondi|balas|ответить)$"
    rf"|(?<![^\W\d_])(?:{_SCRIPT_REPLY})$|\d+\s*(?:টি\s+)?(?:{_SCRIPT_COMMENTS})(?!\w)"
    r"|\d+\s+(?:comments?|responses?|replies|kommentare|commentaires|comentários|comentarios|komentar)\b"
    r"|(?=.*respons).*\bresponses? to\b|(?:log in|sign in|login) to (?:reply|comment))",
    re.IGNORECASE,
)

#: A post's reply button on a line of its own, in several languages.
REPLY_BUTTON = re.compile(
    r"^(?:reply|responder|antworten|répondre|rispondi|balas|ответить|odpowiedz|reageer|beantwoorden|svara|"
    rf"{_SCRIPT_REPLY})$",
    re.IGNORECASE,
)

#: How long ago a comment or a teaser was posted: "3 hours ago", "vor 2 Tagen",
#: "il y a 5 jours", "hace 3 días", "há 2 horas", "2 дня назад".
RELATIVE_TIME = re.compile(
    r"\b\d+\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mos?|months?|y|yrs?|years?)"
    r"\s+ago\b|\b(?:an?|one)\s+(?:minute|hour|day|week|month|year)\s+ago\b"
    r"|\b(?:vor|il y a|hace|há|fa)\s+\d+\s*\w+|\b\d+\s*\w+\s+(?:fa|назад|geleden|lalu)\b"
    r"|^(?:just now|yesterday|gestern|hier|ayer|ontem|ieri)$",
    re.IGNORECASE,
)
#: A line that is only a time, of day or gone by ("14:30", "9.50 am", "10h15", "14:30 GMT", "2h ago",
#: "vor 3 Stunden"): a live blog prints one over each entry's heading.
TIME_STAMP = re.compile(
    r"^(?:\d{1,2}[:.h]\d\d\s*(?:[ap]\.?m\.?|uhr|h)?(?:\s+[A-Z]{2,4})?"
    r"|\d+\s*(?:m|mins?|minutes?|h|hrs?|hours?)\s+ago"
    r"|(?:vor|il y a|hace|há|fa)\s+\d+\s*\w+|\d+\s*\w+\s+(?:fa|назад|geleden|lalu))$",
    re.IGNORECASE,
)
#: what a line, lowercased, holds whenever :data:`RELATIVE_TIME` matches in it: a
#: case-sensitive test some ten times faster, that spares most lines the search
RELATIVE_HINT = re.compile(r"ago|назад|geleden|lalu|vor|il y a|hace|há|fa|"
                           r"just now|yesterday|gestern|hier|ayer|ontem|ieri")

#: A month named in words, in a lowercased line: a date line of a teaser or a comment
#: ("Wednesday November 20, 2019"); case-sensitive, as that is much the faster search. The
#: months the line model was trained with (:data:`.dates.SHAPE_LANGUAGES`).
MONTH_NAME = re.compile(rf"\b(?:{SHAPE_MONTHS})\b")

#: A line that is only a date in figures, day, month and year in either order and
#: one separator (not a rating, "9.5/10"), with
#: its time perhaps ("• 11/20/2019 01:14 PM", "20.11.2019", "2019-11-20 08:00"): a
#: teaser's date line as some sites print it.
NUMERIC_DATE = re.compile(
    r"^(?:[•·*\-–—]\s*)?(?:\d{1,2}([./-])\d{1,2}\1(?:\d{4}|\d{2})|\d{4}-\d{1,2}-\d{1,2})"
    r"(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)?$",
    re.IGNORECASE,
)

#: A chapter of a podcast's episode or a video: a timestamp (m:ss, mm:ss or h:mm:ss,
#: perhaps bulleted or bracketed) and a title with a letter in it ("04:12 Why cities flood",
#: "[1:02:30] - Questions"), not a time of day ("10:00 am"). Groups 1 to 3 are the hours, minutes and seconds.
CHAPTER_MARK = re.compile(
    r"^(?:[•·*\-–—]\s*)?[(\[]?(?:(\d{1,2}):)?(\d{1,2}):([0-5]\d)[)\]]?\s*[-–—:|.]?\s+(?![ap]\.?m\b)(?=\S*[^\W\d_])",
    re.IGNORECASE,
)
#: The same chapter with its timestamp closing the line, after its title, perhaps
#: bracketed or after a dash ("Intro (00:00)", "Why cities flood - 04:12"); groups as
#: in :data:`CHAPTER_MARK`.
CHAPTER_MARK_CLOSING = re.compile(
    r"^(?:[•·*\-–—]\s*)?(?=[^\d(\[]*[^\W\d_]).*?\S\s*(?:[-–—:|]\s*)?[(\[]?(?:(\d{1,2}):)?(\d{1,2}):([0-5]\d)[)\]]?$",
)

#: A picture gallery's slide counter, on one line or spread over a few short
#: ones: "Image 1 of 8", "1 of 8", "Foto 2 von 12", "Photo 3 sur 9", "1 / 8".
#: Group 1 says "of" in words, group 2 is the number of slides.
SLIDE_COUNTER = re.compile(
    r"^(?:(?:image|photo|picture|slide|foto|bild|imagen|diapositiva|diapo)\s+)?\d{1,3}\s+"
    r"(?:(of|von|de|sur|di|van|z)\s+/?\s*|/\s+)(\d{1,3})$",
    re.IGNORECASE,
)

#: A carousel's pager: its slide buttons, one a line or run together on one by a text
#: browser ("Go to slide 1", "Button for slide 1 Button for slide 2", "Gehe zu Folie 2",
#: "Aller à la diapositive 3"); the line under it is the shown slide's caption.
_SLIDE_BUTTON = (r"(?:(?:button\s+for|go\s+to|goto|jump\s+to|show|view)\s+slide"
                 r"|(?:gehe\s+)?zu\s+folie|aller\s+à\s+la\s+diapositive|ir\s+a\s+la\s+diapositiva"
                 r"|vai\s+alla\s+slide)\s+\d{1,3}")
SLIDE_BUTTONS = re.compile(rf"{_SLIDE_BUTTON}(?:\s+{_SLIDE_BUTTON})*", re.IGNORECASE)

#: The page's source printed as text, never a paragraph a reader sees: a line that
#: opens with an HTML tag and closes one ("<p>The article again ...</p>", a box's
#: "republish this article" code), markup escaped for display ("&lt;script
#: src=&quot;...&quot;&gt;", an embed code), or a run of JSON data (a shop widget's
#: settings: "buttonText":"Buy now","price":"19.97", ...; or arrays of arrays, a
#: feedback widget's [["Easy to understand","easyToUnderstand"],["Other","otherUp"]]).
#: Each is tried only on a line that holds its sign: "<" first, "&lt;", '":' or '",'.
PRINTED_MARKUP = re.compile(r"^<([a-z][a-z0-9]*)\b[^>]*>.*</\1>", re.IGNORECASE)
PRINTED_ESCAPED_MARKUP = re.compile(r"&lt;/?[a-z][a-z0-9]*\b.*&gt;", re.IGNORECASE)
PRINTED_JSON = re.compile(r"(?:\"[\]}]*\s*[:,]\s*[\"{\[][^\"]*){3}")

#: A line that is only a way to reach a person, as a staff or contact card prints it: an
#: e-mail address (or the "[email protected]" a site's e-mail shield prints in its
#: stead), or a phone number perhaps after its label ("+1 650 354 4020", "Tel.: 030 123 456",
#: "T: +44 (0)20 7089 4700"). Dates in figures have separators between every group and
#: fewer digits; see :data:`NUMERIC_DATE`.
CONTACT_LINE = re.compile(
    r"^(?:(?:e-?mail|mail|courriel|correo)\s*:?\s*)?(?:\[email\s*protected\]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$"
    r"|^(?:(?:tel|tél|phone|telefon|telefono|teléfono|téléphone|fax|mobile|mobil|cell|t|p|m)\.?\s*:?\s*)?"
    r"(?=(?:\D*\d){7})\+?\(?\d[\d ().\-]{6,}\d$",
    re.IGNORECASE,
)
#: An e-mail address anywhere in a line, and a phone number that ends the line after it
#: (a text browser runs a card's name, address and number together: "Jane Doe[email protected]+1 650
#: 354 4020").
E_MAIL = re.compile(r"\[email\s*protected\]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE_AT_END = re.compile(r"(?=(?:\D*\d){7})\+?\(?\d[\d ().\-]{6,}\d$")
#: How a text browser prints a raised or lowered mark glued onto its word: a caret before a
#: superscript ("12^th", "Jane Doe^1") and brackets round a subscript ("CO[2]", "N[2]O"); the page's
#: text holds "12th", "Doe1", "CO2". Only an ordinal's ending after a number, a number of up to
#: two digits after a word, and a digit after a formula's capital are read so: "10^15", "2^s" and
#: "items[0]" stay as printed.
RAISED_MARK = re.compile(r"(?<=\d)\^(?=(?:st|nd|rd|th)\b)|(?<=[^\W\d_])\^(?=\d{1,2}\b)")
LOWERED_MARK = re.compile(r"(?<=[A-Z])\[(\d)\](?![a-z\d_\[])")
#: A picture a text browser printed as its alt text or file name in brackets, glued onto the
#: paragraph it opens ("[ps4-deal-0412]The price of ...", "[svg][Acme-logo]6. Acme"): no
#: space inside the brackets (a transcript's "[MUSIC PLAYING]", a checklist's "[ ]") nor after
#: them, and not a number alone (a footnote's "[42]").
GLUED_PICTURE = re.compile(r"^((?:[•·*] )?)(?:\[(?!\d+\])[^\]\s]{1,80}\])+(?=[^\s\[\](:.,;])")
#: Struck-out and inserted text as a text browser marks it ("[S:fluctuate:S] rise",
#: "[DEL:$90:DEL]", "[INS:new:INS]"): the words are the page's, the marks are not.
EDIT_MARKS = re.compile(r"\[(S|DEL|INS):(.*?):\1\]")

#: A page is printed by a renderer indenting every block by its depth in the markup (inscriptis,
#: lynx), not its lists only (w3m), when this share of its lines holding text opens with a space.
DEPTH_INDENTED_SHARE = 0.95
#: The bullet of a list's item on such a page (after its indentation): the ASCII ones lynx and
#: inscriptis nest ("* ", "+ ", "o ", "- "), w3m's and a page's own, and numbering ("1. ");
#: group 1 is the bullet. A lone bullet is an empty item.
LAYOUT_BULLET = re.compile(r"([*+o\-•·◦○●■□☆★▪►▸]|\d{1,3}[.)])(?:\s+|$)")
#: ... those that mark a list inside another only ("o" is a word in Portuguese, Spanish, Italian)
NESTED_BULLETS = "+o"
#: A line of prose on such a page has this many words at least: the depth most of them sit at is
#: the page's text column.
PROSE_WORDS = 8

#: A recipe's ingredient with its amount, opening or closing a short line ("200 g red
#: lentils", "Guanciale 150 g", "2 tbsp olive oil", "Farine 250 g", "1/2 cup sugar"): an
#: item of the ingredients' list, never a page's headline.
INGREDIENT_AMOUNT = re.compile(
    r"^\d+(?:[.,/]\d+)?\s*(?:g|gr|kg|mg|ml|cl|dl|l|oz|lb|lbs|tbsp|tsp|cups?|el|tl|cs|cc)\b\.?\s+\S|"
    r"\S\s+\d+(?:[.,/]\d+)?\s*(?:g|gr|kg|mg|ml|cl|dl|oz|lb|lbs)\.?$",
    re.IGNORECASE)

#: A recipe's ingredient counted, opening a short line ("4 Eier", "3 ripe bananas", "½ lemon",
#: "1 Päckchen Backpulver"): with :data:`INGREDIENT_AMOUNT`, an item of the ingredients' list.
INGREDIENT_COUNTED = re.compile(r"^(?:\d+(?:[.,/]\d+)?|[½¼¾⅓⅔⅛])\s+[^\W\d_]")

#: The heading of a recipe's ingredients, and the heading of its method under them, matched on
#: the key of a short line ("Ingredients", "Zutaten", "Ingrédients" / "Method", "Zubereitung",
#: "Préparation"): the lines between them are the recipe's list of ingredients.
INGREDIENT_HEADINGS: frozenset[str] = frozenset("""
ingredients
ingredient list
zutaten
ingrédients
ingredientes
ingredienti
ingrediënten
składniki
ingredienser
ainekset
ingrediente
""".strip().splitlines())
METHOD_HEADINGS: frozenset[str] = frozenset("""
method
instructions
directions
preparation
steps
zubereitung
préparation
instructions de préparation
preparación
elaboración
modo de preparación
preparazione
procedimento
modo de preparo
modo de fazer
bereiding
bereidingswijze
przygotowanie
sposób przygotowania
""".strip().splitlines())

#: A review's lists of pros and of cons, and the heading of its verdict under them, matched on
#: the key of a short line ("Pros" / "Cons" / "Verdict", "Vorteile" / "Nachteile" / "Fazit").
PROS_HEADINGS: frozenset[str] = frozenset("""
pros
pro
the good
what we like
what we liked
vorteile
pluspunkte
pour
points forts
on aime
ventajas
pros
pregi
vantaggi
prós
vantagens
pluspunten
voordelen
zalety
plusy
""".strip().splitlines())
CONS_HEADINGS: frozenset[str] = frozenset("""
cons
con
the bad
what we don't like
what we didn't like
nachteile
minuspunkte
contra
contre
points faibles
on aime moins
desventajas
contras
difetti
svantaggi
contras
desvantagens
minpunten
nadelen
wady
minusy
""".strip().splitlines())
#: A heading over a review's lists that names both, matched on the close of a short line's key
#: ("Pros and Cons", "WorkFit-S Pros & Cons", "Vor- und Nachteile").
PROS_AND_CONS: tuple[str, ...] = (
    "pros and cons", "pros & cons", "pros/cons",
    "vor- und nachteile", "vorteile und nachteile", "avantages et inconvénients",
    "points forts et points faibles",
    "ventajas y desventajas", "pro e contro", "pregi e difetti", "vantagens e desvantagens", "prós e contras",
    "voor- en nadelen", "zalety i wady",
)
VERDICT_HEADINGS: frozenset[str] = frozenset("""
verdict
our verdict
the verdict
final verdict
bottom line
the bottom line
conclusion
should you buy it
fazit
unser fazit
testfazit
notre avis
notre verdict
veredicto
conclusión
nuestra opinión
verdetto
conclusione
giudizio finale
veredito
conclusão
oordeel
conclusie
eindoordeel
werdykt
podsumowanie
""".strip().splitlines())

#: A heading that opens the article's closing section, on the line's key (lower case, its
#: punctuation stripped), in the languages the cleaner reads: "Wrapping Up", "Final
#: Thoughts", "In Conclusion", "The Bottom Line", "Fazit", "En résumé", "Conclusiones".
CONCLUDING_HEADING = re.compile(
    r"^(?:wrapping (?:it )?up|to wrap (?:it )?up|final (?:thoughts|words?|tips|verdict)|closing thoughts|"
    r"concluding (?:thoughts|remarks)|last thoughts|(?:in )?conclusions?|in summary|to sum (?:it )?up|"
    r"summing up|in closing|(?:the )?bottom line|(?:key )?takeaways|"
    r"fazit|zusammenfassung|schlussgedanken|zum schluss|abschlie(?:ß|ss)end|"
    r"en conclusion|en résumé|pour conclure|le mot de la fin|"
    r"conclusi(?:ón|ones|one|oni)|en conclusión|en resumen|para terminar|reflexiones finales|"
    r"in conclusione|in sintesi|considerazioni finali|per concludere|"
    r"conclusão|em resumo|considerações finais|para concluir|"
    r"conclusie|tot slot|samenvatting|tot besluit|podsumowanie|wnioski)\b")

#: A person's life dates printed under an obituary's headline: the years of birth and
#: death, after the name or alone, dates in full or not ("Jane Doe (1941–2024)", "Jane
#: Doe, 1941–2024", "(3 March 1941 – 2 June 2024)", "* 1941 † 2024"), or born and died
#: written out ("Born March 3, 1941; died June 2, 2024.", "Geboren 1941, gestorben 2024",
#: "Né en 1941, mort en 2024", "Nacida en 1941, fallecida en 2024").
_LIFE_DATE = r"(?:[^\W\d_]+\.?\s+\d{1,2},?\s+|\d{1,2}\.?\s+[^\W\d_]+\.?\s+)?(?:1[6-9]|20)\d\d"
_BORN = r"born|b\.|geboren|geb\.|née?|nacid[ao]|nat[ao]|nascid[ao]|\*"
_DIED = (r"died|d\.|gestorben|gest\.|mort|morte|décédée?|fallecid[ao]|falleció|mort[ao]|morreu|"
         r"falecid[ao]|faleceu|overleden|†")
LIFE_DATES = re.compile(
    rf"^(?!copyright\b|\(c\))(?:[^\W\d_][^()\d]{{0,60}}?(?:,\s*|\s+))?\(?\s*(?:(?:{_BORN})\s*)?{_LIFE_DATE}\s*(?:[–—-]|-{{2}}|"
    rf"(?:{_DIED})\s*)\s*{_LIFE_DATE}\s*\)?\.?$"
    rf"|^(?:{_BORN})\b[^\n]{{0,60}}?\d{{4}}\s*[;,.]?\s*(?:and\s+|und\s+|et\s+|y\s+|e\s+)?(?:{_DIED})\b[^\n]{{0,60}}?"
    rf"\d{{4}}\.?$",
    re.IGNORECASE)

#: A sentence closed by a note's number ("... a multibillion-dollar industry. 3", "... in 2020.[4]"):
#: a paragraph's end, as a full stop is.
NOTE_NUMBER_END = re.compile(r"[.!?…\"”’)]\s*\[?\d{1,3}\]?$")

#: A sentence opening on a connective that ties it to the text before it ("On the other hand, we
#: have ...", "However, ...", "In addition, ..."): the article's text going on, never a picture's
#: caption, which stands alone. English, French, Spanish, Portuguese, German, Italian, Dutch.
DISCOURSE_OPENER = re.compile(
    r"(?:on the other hand|however|in addition|additionally|moreover|furthermore|meanwhile|in contrast|"
    r"by contrast|that said|for example|for instance|instead|besides|also|then|next|finally|still|"
    r"en revanche|par contre|cependant|pourtant|de plus|en outre|par ailleurs|"
    r"sin embargo|por otro lado|además|en cambio|por outro lado|no entanto|além disso|"
    r"jedoch|allerdings|außerdem|andererseits|dagegen|tuttavia|inoltre|d'altra parte|"
    r"daarentegen|echter|bovendien|anderzijds)\s*,", re.IGNORECASE)
#: a drop cap printed apart from its word: one capital letter alone on its line, the word's rest
#: opening the next line in small letters ("S" / "pecific ..."), this the rest
DROP_CAP_REST = re.compile(r"[^\W\d_]+")
