"""How photo credits are written: the patterns that split a credit off a caption.

Each pattern matches at the end of a caption line (or as a line of its own
after one) and names the credit in its ``credit`` group.
"""
from __future__ import annotations

import re

_AGENCIES = (
    r"Reuters|AFP|AP|Associated Press|The Associated Press|Getty Images|Getty|EPA|EPA-EFE|Shutterstock|Alamy|"
    r"Bloomberg|Xinhua|PA|PA Images|PA Wire|Sipa|SIPA|ANP|dpa|DPA|Kyodo|Yonhap|AAP|Corbis|"
    r"iStock|iStockphoto|Unsplash|Pexels|Wikimedia Commons|NurPhoto|Anadolu|ANSA|Zuma|ZUMA Press|"
    r"Imago|IMAGO|Keystone|Handout|Supplied|Pool|"
    # national agencies and picture libraries across the world
    r"EFE|Europa Press|Agencia EFE|Lusa|Agência Brasil|ANP Foto|Belga|Keystone-SDA|NTB|"
    r"Ritzau Scanpix|Scanpix|Lehtikuva|PAP|ČTK|MTI|TASS|ТАСС|RIA Novosti|РИА Новости|Sputnik|"
    r"Antara|Jiji Press|Jiji|Kyodo News|Xinhua News Agency|Canadian Press|"
    r"The Canadian Press|UPI|PA Media|PA Archive|Press Association|AAP Image|Newscom|TNS|"
    r"Tribune News Service|WENN|Rex Features|Backgrid|BACKGRID|Splash News|Camera Press|"
    r"Science Photo Library|NASA|ESA|Flickr|Pixabay|Canva|Adobe Stock|Dreamstime|123RF|"
    r"Depositphotos|Stocksy|Gallo Images|SOPA Images|LightRocket|Icon Sportswire|"
    r"Imagn Images|Imagn|Action Images|Sportsfile|Inpho|INPHO|Cal Sport Media|ZUMA Wire|Abaca|"
    r"ABACAPRESS|Maxppp|MAXPPP|LaPresse|Photoshot|WireImage|FilmMagic|Sipa USA|MediaPunch|Invision|"
    r"Magnum Photos|VCG|Visual China Group|Imaginechina|Hollandse Hoogte|picture alliance|"
    r"picture-alliance|Ullstein Bild|ullstein bild|Agencja Gazeta|Fotogramma|Cover Images|"
    # as Italian papers print them after "Foto" ("Foto Ansa")
    r"Ansa|Agf|LaPresse|"
    # Portuguese for a handout and a picture copied from elsewhere ("Foto: Divulgação",
    # "Reprodução/Instagram")
    r"Divulgação|Reprodução|"
    # India's, Malaysia's, Brazil's, Russia's, Latin America's, Korea's and Germany's agencies
    r"PTI|ANI|IANS|Bernama|Folhapress|Estadão Conteúdo|Agência O Globo|Interfax|Notimex|Télam|"
    r"Prensa Latina|Newsis|KNA|TTXVN|"
    # Slovakia's, Finland's, Bulgaria's and Ukraine's in their own letters
    r"TASR|STT|БТА|Укрінформ|УНІАН|"
    # more national agencies and picture desks (Mexico's, Chile's, Peru's, Colombia's, Turkey's, Iran's,
    # Palestine's, North Korea's, Greece's, Romania's, Croatia's, Serbia's, Ukraine's, Switzerland's,
    # Norway's, Sweden's, Denmark's, Italy's), and AFP and Bloomberg named in full
    r"Cuartoscuro|Agencia Uno|Andina|Colprensa|Anadolu Agency|IRNA|WAFA|KCNA|ANA-MPA|Eurokinissi|"
    r"Agerpres|HINA|Tanjug|Ukrinform|UNIAN|Keystone-ATS|NTB Scanpix|TT Nyhetsbyrån|Ritzau|Adnkronos|"
    r"Agence France-Presse|Agence France Presse|Bloomberg News|"
    # the wires as Arabic, Persian, Urdu, Hebrew, Hindi and Bengali papers name them ("(رويترز)", "(أ ف ب)",
    # "(ایرنا)", "(اے ایف پی)", "(רויטרס)", "(पीटीआई)", "(বাসস)")
    r"رويترز|أ ف ب|أ\.ف\.ب|ا ف ب|فرانس برس|أسوشيتد برس|الأناضول|د ب أ|واس|وام|سانا|ایرنا|ایسنا|ایلنا|تسنیم|"
    r"رویترز|اے ایف پی|اے پی پی|اے پی|رائٹرز|רויטרס|פלאש 90|פלאש90|पीटीआई|एएनआई|आईएएनएस|रॉयटर्स|एएफपी|"
    r"বাসস|রয়টার্স|এএফপি|ইউএনবি"
)
#: picture libraries: never an article's source, as a wire may be ("... into the US. PTI"), so a
#: sentence they close is a caption wherever it stands ("... on Tuesday. Getty Images")
PICTURE_LIBRARY = re.compile(r"(?:Getty Images|Shutterstock|Alamy|iStock|iStockphoto|Unsplash|Pexels|Pixabay|"
                             r"Adobe Stock|Dreamstime|123RF|Depositphotos|Stocksy|Science Photo Library|"
                             r"GETTY IMAGES|SHUTTERSTOCK|ALAMY|ISTOCK|SCIENCE PHOTO LIBRARY)(?:\s+Plus)?")
#: social networks and maps a picture is taken from ("(Twitter)", "Instagram/@janedoe")
_PLATFORMS = (r"Twitter|Instagram|Facebook|YouTube|TikTok|Reddit|LinkedIn|Snapchat|Bluesky|"
              r"Google Maps|Google Street View|Google Earth")
#: the words of :data:`_PLATFORMS` that gate a line's search for credits ("Google Maps": "google")
PLATFORM_WORDS = frozenset("twitter instagram facebook youtube tiktok reddit linkedin snapchat bluesky google"
                           .split())
#: a platform's name, with the account, as the whole credit
PLATFORM = re.compile(rf"(?:{_PLATFORMS})(?:\s*/\s*@?[\w.]+)?")
#: agencies as captions often print them, in capitals ("REUTERS", "GETTY IMAGES")
_AGENCIES_CAPS = _AGENCIES.upper()
#: an agency's name alone ("Reuters", "GETTY IMAGES")
AGENCY = re.compile(rf"{_AGENCIES}|{_AGENCIES_CAPS}")


def by_first_character(alternatives: str) -> str:
    """Plain words ``"Reuters|AFP|AP|..."`` as one group per first character
    (``"R(?:euters)|A(?:FP|P)"``), for a pattern that heeds case: ``re``
    tries every alternative at each place it searches, and grouped only the
    one group of that place's character. The same alternative matches: the
    order within a character is kept, and no two groups begin alike."""
    groups: dict[str, list[str]] = {}
    for word in alternatives.split("|"):
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


#: an agency's name, grouped by its first character: the same matches as :data:`AGENCY`, found faster
_ANY_AGENCY = by_first_character(f"{_AGENCIES}|{_AGENCIES_CAPS}")

#: a photographer's or a paper's name before a slash: words, initials ("Jane P. Doe", "J.R. Doe"); no
#: word closes a sentence, so that the caption before the credit is never taken for a name, and a
#: dash alone is no word ("... na ponte - Jane Doe/Folhapress": the dash ends the caption)
_NAME_WORD = r"(?:[A-Z]\.(?:[A-Z]\.)*|(?!-(?:\s|$))[\w'’&+-]+(?:\.[\w'’&+-]+)*)"
_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,5}}"
#: a person's name: two or three capitalised words, a middle initial allowed ("Jane P. Doe")
#: a capital letter of the Latin alphabets, accented or not ("Álvarez", "Éric", "Øystein")
UPPER = "A-ZÀ-ÖØ-Þ"
_PERSON_NAME = rf"[{UPPER}][\w'’-]+(?:\s+(?:[{UPPER}]\.|[{UPPER}][\w'’-]+)){{1,2}}"
#: a person's name with the particles of Dutch, German, Italian and Portuguese names ("Jan de
#: Vries", "Anna van der Berg", "Maria dos Santos")
_PARTICLE_NAME = (r"[A-Z][\w'’-]+(?:\s+(?:(?:van|von|de|der|den|di|da|del|dos|das|ten|ter|te)\s+)*"
                  r"(?:[A-Z]\.|[A-Z][\w'’-]+)){1,3}")
#: a photographer named with the paper they took the picture for, in parentheses ("(Jane Doe for
#: The Washington Post)", "(Jane Doe for NPR)"): "The" and the paper's name, a name in capitals or an
#: agency's ("(thanks for the tip)", "(Not Recommended for Streaming)" are prose)
_FOR_PAPER = (rf"{_PERSON_NAME}\s+for\s+(?:[Tt]he\s+[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){{0,4}}"
              rf"|[A-Z]{{2,}}(?:\s+[A-Z]{{2,}})?|{_AGENCIES})")
#: :data:`_FOR_PAPER` closing a line: a credit with no credit word
FOR_PAPER_CREDIT = re.compile(rf"\(\s*{_FOR_PAPER}\s*\)\s*\.?$", re.MULTILINE)
#: the wires of Japan, China and Korea as their papers name them ("共同", "ロイター", "新华社", "연합뉴스")
_CJK_AGENCIES = (r"共同通信|共同|時事通信|時事|ロイター|新華社|新华社|中新社|中央社|聯合|联合|"
                 r"AFP=時事|연합뉴스|뉴시스|뉴스1")
#: a picture's label in Thai before its credit ("ภาพ:", "ภาพโดย", "ที่มาภาพ:")
_THAI_LABELS = r"ภาพ\s*[:：]|ภาพโดย\s*:?|ที่มาภาพ\s*[:：]?"
#: an agency's credit: "Getty Images", "Jane Doe/AP", "JANE DOE/AFP via Getty Images",
#: "Jane Doe/E+ via Getty Images", "Jane Doe/Getty Images for Acme", "Jane Doe / AP file",
#: "Jane Doe—Getty Images", "JANE DOE | AFP", "Jane Doe | Bloomberg | Getty Images", "Jane Doe//Getty
#: Images" (two slashes, as some magazines print them) (what comes via an agency is named: "Sign up
#: via AP" is no credit)
_AGENCY_CREDIT = (rf"(?:{_NAME}\s*(?://?|[|—–])\s*(?:{_NAME}\s*/\s*)?)?(?:(?:{_AGENCIES})\s*[/|]\s*)?"
                  rf"(?:(?-i:[A-Z][\w'’&+-]*(?:\s+[A-Z][\w'’&+-]*){{0,5}})\s+(?:via|VIA)\s+)?"
                  rf"(?:{_AGENCIES}|{_AGENCIES_CAPS})"
                  rf"(?:\s+for\s+{_NAME})?(?:\s+file|\s+Photo)?")

#: Labels that introduce a credit, in several languages.
_LABELS = (
    r"Photo-illustration|Photo|Photos|Photograph|Photographs|Photography|Photographer|Picture|Pictures|Pic|Image|Images|"
    r"Illustrations|"
    r"Credit|Credits|Image credit|Photo credit|Source|Illustration|Photo illustration|"
    r"Foto|Fotos|Bild|Bildquelle|Quelle|Crédit|Crédits|Fotografía|Imagen|Immagine|Créditos|Fuente|"
    r"Picture credit|Pic credit|Image credits|Picture credits|"
    r"Screenshot|Screengrab|Image source|Image courtesy|Photo courtesy|Crédit photo|Crédits photo|"
    r"Photo credits|Composite|Beeld|Fotografia|Imagem|Kuva|Zdjęcie|Фото|Foto credit|Fotocredit|"
    r"Crédito|Crédito da foto|Crédito de la foto|Ilustración|Ilustração|Illustrazione|Afbeelding|Fonte|"
    r"Grafik|Infografik|Fotó|Foto crédito|"
    # Dutch, Turkish, Indonesian, Russian, Arabic, Chinese and Japanese ("Bron: ANP", "Fotoğraf: AA",
    # "Sumber: Antara", "Источник: ТАСС", "المصدر: رويترز", "图片来源：新华社", "写真：共同")
    r"Bron|Fotoğraf|Görsel|Kaynak|Sumber|Ilustrasi|Gambar|Фотография|Иллюстрация|Источник|Снимок|"
    r"صورة|المصدر|تصوير|图片来源|图片|摄影|来源|圖片來源|圖片|攝影|來源|写真|画像|出典|撮影|"
    # Arabic's lens ("عدسة: ..."), Persian's and Urdu's photo and picture ("عکس: ایسنا", "فوٹو: اے پی پی",
    # "تصویر: ..."), Hebrew's ("צילום: ..."), Hindi's ("फोटो: पीटीआई", "तस्वीर: ...") and Bengali's
    # ("ছবি: সংগৃহীত")
    r"عدسة|عکس|تصویر|منبع|فوٹو|צילום|צילומים|קרדיט|फोटो|फ़ोटो|तस्वीर|चित्र|ছবি|ফটো|"
    # Vietnamese ("Ảnh: TTXVN"), Bulgarian ("Снимка: БТА"), Slovak's ("Snímka: TASR"), Ukrainian's picture
    # ("Світлина: ..."), a picture in Croatian, Serbian, Slovenian, Hungarian and Catalan ("Slika:", "Kép:",
    # "Imatge: ACN") and Tagalog's ("Larawan: ...", "Kuha ni ...": taken by)
    r"Ảnh|Снимка|Снимки|Snímka|Світлина|Зображення|Slika|Fotografija|Фотографија|Kép|Imatge|Larawan|"
    # the photographer named as such in German, the Nordic languages, Spanish, Portuguese and Italian
    # ("Fotograf: Jane Doe", "Fotógrafo: Jane Doe"), a courtesy in Spanish and Portuguese ("Cortesía:
    # Acme"), Greek ("Φωτογραφία: Eurokinissi", "ΦΩΤΟ: EUROKINISSI"), Korean ("사진=연합뉴스", "그래픽=
    # 뉴스1", with "=" as Korean papers print it) and Chinese ("图/新华社", "圖：中央社")
    r"Fotograf|Fotografin|Fotógrafo|Fotógrafa|Fotografo|Cortesía|Cortesia|Φωτογραφία|Φωτό|Φωτο|"
    r"사진|그래픽|图|圖|"
    r"Header image|Feature image|Featured image|Top image|Main image|Lead image|Cover image|Hero image|"
    # pictures put together ("Photo composite: Jane Doe", "Fotomontage: dpa")
    r"Photo composite|Photo collage|Photo montage|Photomontage|Fotomontage|Fotomontaje|Fotomontagem"
)


def by_first_letter(alternatives: str) -> str:
    """Plain words or phrases ``"Photo|Picture|Image|..."`` as one group per
    first letter, lowercase (``"p(?:hoto|icture)|i(?:mage)"``), for a pattern
    that ignores case: there ``re`` enters every alternative at every place
    it tries, as it cannot skip one on its first letter, and grouped it
    enters one per letter. The same alternative matches: the order within a
    letter is kept, and no two letters match the same character (tested)."""
    groups: dict[str, list[str]] = {}
    for word in alternatives.split("|"):
        groups.setdefault(word[0].lower(), []).append(word[1:])
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


#: a label left inside a credit: glued to it by a slash ("Photo/Xinhua"), or opening its second part
#: ("Jane Doe; Photos: Getty Images"); "AP Photo/Jane Doe" names the agency's picture, and stays
LABEL_IN_CREDIT = re.compile(rf"(?:^|(?<=;\s))(?:{by_first_letter(_LABELS)})\s*"
                             rf"(?::|/(?=\s*(?-i:[{UPPER}0-9])))\s*", re.IGNORECASE)


#: a photographer and an agency opening a caption's line, the caption after them ("Jane Doe/AP Workers
#: stand on the bridge deck."): a person's name, so that a poll's ("Ipsos/Reuters Poll ...") is not one
LEADING_CREDIT = re.compile(rf"(?P<credit>{_PERSON_NAME}\s*/\s*(?:{_AGENCIES}|{_AGENCIES_CAPS}))\s+"
                            rf"(?=[{UPPER}][\w'’-]*\s+[a-z])")


#: a photographer's studio named in a credit ("Jane Doe Photography")
STUDIO_WORDS = r"Photography|Photographie|Fotografie|Fotografía|Fotografia|Photo|Studio|Studios"


#: Words before a plural label that make it a gallery's link, not a credit ("IN PHOTOS: The
#: storm's path", "In pictures: ...", "En images : ...", "Em fotos: ..."), lowercase
GALLERY_OPENERS: frozenset[str] = frozenset(("in", "en", "em"))


#: a publication's name before a credit label in parentheses ("(Express photo by Jane Doe)",
#: "(HT Photo: Jane Doe)"): one to three capitalised words, the credit's first part
PUBLICATION_NAME = re.compile(r"[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2}")


#: labels that introduce a credit only before a colon ("Illustrations: Jane Doe", "Photographs: Jane Doe/AP"):
#: before "by" they close a book's title ("1,419 Copyright-Free Illustrations by Jane Doe") (lowercase)
COLON_ONLY_LABELS: tuple[str, ...] = ("illustrations", "photographs")

#: the words in lower case a credit holds between its names ("Jane Doe for The Daily Planet", "Jane Doe on
#: Unsplash", "courtesy of the artist", "Jan de Vries", "picture alliance/dpa"): a "credit" after a label
#: with more of its words in lower case than these is the caption's sentence ("Image: Workers stand on the
#: bridge deck in Oslo")
CREDIT_JOINERS: frozenset[str] = frozenset(
    "for of the via and by courtesy photo photos file staff from on "
    "de del della di da das do dos du des la le van von der den ten ter y e et und en og och "
    "picture alliance".split())
#: ... that many of them at least
SENTENCE_WORDS_IN_CREDIT = 4

#: the words a credit of several pictures names each picture's place with ("Photo credits - upper left
#: jane.example.com, bottom left, @janedoe via Instagram, bottom right, John Roe"), in several languages
#: (lowercase): a credit holding :data:`POSITIONS_IN_CREDIT` of them lists its pictures, and its words in
#: lower case are no sentence's
PICTURE_POSITION_WORDS: frozenset[str] = frozenset(
    "left right top bottom upper lower centre center middle clockwise inset "
    "links rechts oben unten mitte gauche droite haut bas izquierda derecha arriba abajo "
    "sinistra destra alto basso esquerda direita cima baixo".split())
POSITIONS_IN_CREDIT = 2
#: ... and it may hold this many words
LISTED_CREDIT_WORDS = 24

#: a price: a credit names who made the picture and never what a thing costs ("Photographer – city
#: average ~$4,000 for a full day", a price list's item after a role and a dash)
PRICE_IN_CREDIT = re.compile(r"[$£€¥₹]\s?\d|\d\s?(?:€|£|\$|USD|EUR|GBP)(?!\w)")


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
    image credits
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
    crédits photo
    imagen
    fuente
    créditos
    immagine
    picture credit
    photo credits
    image courtesy
    photo courtesy
    image copyright
    foto credit
    fotocredit
    beeld
    kuva
    zdjęcie
    фото
    featured image
    feature image
    header image
    crédito
    fonte
    afbeelding
    grafik
    bron
    fotoğraf
    görsel
    kaynak
    sumber
    gambar
    фотография
    источник
    صورة
    المصدر
    图片
    图片来源
    来源
    圖片
    圖片來源
    來源
    写真
    画像
    出典
    ảnh
    снимка
    snímka
    slika
    larawan
""".strip().splitlines())

#: Credit labels a page prints on a line of their own without a colon, the credit on the
#: next line ("Image copyright" / "Getty Images", as BBC pages print them)
BARE_CREDIT_LABELS: frozenset[str] = frozenset(("image copyright", "image source", "picture source",
                                                "photo credit", "image credit", "photo credits",
                                                # ... as the BBC's services in Spanish, Portuguese, Russian
                                                # and Turkish print them ("Fuente de la imagen," / "Getty")
                                                "fuente de la imagen", "crédito", "автор фото",
                                                "fotoğraf kaynağı"))

#: Buttons a page prints beside a picture (lowercase): they show where a picture is, as a placeholder does
PICTURE_BUTTONS: frozenset[str] = frozenset(p.strip() for p in """
    open image caption
    close image caption
    toggle caption
    hide caption
    show caption
    expand caption
    enlarge this image
    buy photo
    buy this photo
    purchase photo
    enlarge image
    expand image
    view image in fullscreen
    view larger image
    click to enlarge
    zoom image
    open image in gallery
    view image
    view full image
    expand photo
    enlarge photo
    bild vergrößern
    bild vergroessern
    foto vergrößern
    agrandir l'image
    agrandir la photo
    ampliar imagen
    ampliar foto
    ampliar imagem
    ingrandisci immagine
    ingrandisci foto
    afbeelding vergroten
    foto vergroten
    view gallery
    open gallery
    launch gallery
    view slideshow
    full screen
    view fullscreen
    view in fullscreen
    galerie ansehen
    bildergalerie öffnen
    voir la galerie
    plein écran
    ver galería
    pantalla completa
    apri la galleria
    schermo intero
""".strip().splitlines())

#: Picture buttons of one word (lowercase): alone such a word may head a section ("Zoom"), so it is
#: a button only next to a picture's placeholder or a credited caption
ONE_WORD_PICTURE_BUTTONS: frozenset[str] = frozenset((
    "enlarge", "expand", "zoom", "fullscreen", "vergrößern", "vergroessern", "agrandir", "ampliar",
    "ingrandisci", "vergroten", "powiększ", "увеличить"))

#: Picture buttons a page prints under a caption and its credit (lowercase): the line above is
#: the caption, the line below the article's ("Buy Photo", as papers selling their pictures print it)
CAPTION_CLOSERS: frozenset[str] = frozenset(("buy photo", "buy this photo", "purchase photo"))

#: A figure's label and number opening its caption ("Figure 1. Enrollment flow diagram.", "Fig. 2:",
#: "Abb. 3:"), or alone on its line over it ("Figure 2."), in several languages. A figure named in
#: a sentence ("Figure 2 shows ...") has no stop after its number.
FIGURE_LABEL = re.compile(
    r"(?:Figure|Fig\.|Abbildung|Abb\.|Figura|Figuur|Rysunek|Rys\.|Рисунок|Рис\.|Şekil|Kuva|Figur)"
    r"\s*(?P<number>\d{1,3}[a-z]?)\s*(?P<stop>[.:|–—]|$)\s*")

#: A numbered table's label ("Table 1.", "Tabelle 2:"), that opens its caption over the table
TABLE_LABEL = re.compile(
    r"(?:Table|Tab\.|Tabelle|Tableau|Tabla|Tabela|Tabel|Tabella|Tablo|Tabell|Taulukko|Таблица)"
    r"\s*(?P<number>\d{1,3}[a-z]?)\s*(?P<stop>[.:|–—])\s*")
#: how the top border of a table a text browser draws in boxes opens ("┌───┬───┐", "+---+---+")
TABLE_TOPS = ("┌─", "╔═", "┏━", "+--", "+==")

#: Buttons a page prints beside a figure (lowercase): they are no caption, nor body
FIGURE_BUTTONS: frozenset[str] = frozenset(p.strip() for p in """
    open in a new tab
    open in new tab
    view this figure
    view figure
    view larger figure
    enlarge figure
    expand figure
    download figure
    abbildung vergrößern
    agrandir la figure
    ampliar figura
""".strip().splitlines())

#: A line that describes a picture, as its alt text does ("Image of a doctor holding a pad",
#: "Screenshot of the settings page", "A diagram showing the pipeline"): the picture's
#: stand-in. A sentence that tells what became of a picture is prose ("A photo of the
#: suspect was released on Monday"); "The Picture of Health" is a heading.
PICTURE_DESCRIPTION = re.compile(
    r"(?:(?:An?\s+)?(?:image|picture|photo|photograph|illustration|screenshot|screen shot|diagram|graphic|"
    r"infographic|rendering)\s+(?:of|showing|shows|depicting|from)\s"
    # ... "Product image of ...", "Hero image for ..."
    r"|(?:Product|Stock|Featured|Feature|Hero|Header|Cover)\s+(?:image|photo|picture)\s+(?:of|for)\s)"
    r"(?![^\n]*\b(?:was|were|has been|have been)\b)",
    re.IGNORECASE)

#: A picture's alt text that describes the scene it shows: "A", a few words naming who
#: or what, and what they are doing, with no verb of a sentence ("A dog resting its chin
#: on a kitten", "A woman holding a coffee cup in a kitchen", "An engineer checking the
#: brakes of a car."). A sentence says what is, was or will be ("is", "has", "will"),
#: ties a clause ("that", "which"), runs on into a second sentence, or takes "-ing"
#: after a preposition ("A guide to setting up a desk"); a headline capitalises the
#: verb ("A Treatise Concerning the Effects of Coffee").
PICTURE_SCENE = re.compile(
    r"^An?\s+(?=(?:(?!(?:to|of|for)\b)(?![\w'’,-]*ing\b)[\w'’,-]+\s+){0,4}?[a-z]\w+ing\s+(?:\w+ly\s+)?"
    r"(?:a|an|the|its|his|her|their|our|my|your|in|on|at|with|through|into|over|under|beside|next|off|"
    r"up|down|out|around|along|across|by|from|to)\b)"
    r"(?!.*\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|"
    r"do|does|did|be|been|that|which|who|whose|I|we|you)\b)(?!.*[.?!] [A-Z])[^:?!]*$")

#: A picture's alt text that describes a person (or a pet) doing something: "A" or a
#: number, who (:data:`_SCENE_WHO`), and a verb of what they do, "-ing" or in the present ("A
#: woman using hand weights", "A couple cooking vegetables", "A man snowshoes through a
#: winter landscape", "Two children reading a book", "A group of friends playing in a
#: band"), whatever follows; alt text may leave out the article before one person
#: ("Woman stretching on a mat", "man pouring coffee", in lower case too), which a
#: heading does not ("Women running for office" names many). As :data:`PICTURE_SCENE`, a
#: sentence says what is, was or will be, or what someone said, ties a clause, or runs
#: on into a second sentence ("A man accused of ... was arrested", "A woman living nearby
#: said ..."), and a heading may speak to the reader ("Puppy proofing your home").
_SCENE_ONE = (r"man|woman|person|girl|boy|child|kid|baby|toddler|teen|teenager|couple|family|doctor|nurse|"
              r"worker|student|athlete|runner|hiker|cyclist|chef|mother|father|dog|cat|puppy")
_SCENE_WHO = (rf"{_SCENE_ONE}|men|women|people|children|kids|"
              r"group of (?:[a-z]+ ){0,2}?(?:friends|people|women|men|kids|children|"
              r"students|workers|runners|colleagues)")
_SCENE_HOW = r"(?:(?:young|old|older|elderly|smiling|happy|senior|little|middle-aged|small)\s+)?"
PICTURE_PERSON_SCENE = re.compile(
    rf"^(?:(?:[Aa]n?|Two|Three|Four|Five|Several|two|three|four|five|several)\s+(?i:{_SCENE_HOW}(?:{_SCENE_WHO}))"
    rf"|(?i:{_SCENE_HOW}(?:{_SCENE_ONE})))\s+"
    r"(?:[a-z]{2,}ing|holds|stands|sits|walks|runs|wears|models|smiles|looks|poses|lies|rides|hikes|climbs|"
    r"snowshoes|ziplines|carries|reads|works|plays|cooks|eats|drinks|lifts|uses|stretch|raise|hold|stand|"
    r"sit|walk)\s+(?=[a-z])"
    r"(?!.*\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|"
    r"do|does|did|be|been|that|which|who|whose|I|we|you|your|said|says|told|according)\b)"
    r"(?!.*[.?!] [A-Z])[^:?!]*$")
#: the first words (lowercased) a :data:`PICTURE_PERSON_SCENE` opens on, read before it is tried
PICTURE_SCENE_OPENERS: frozenset[str] = frozenset(
    "a an two three four five several young old older elderly smiling happy senior little middle-aged small "
    "group men women people children kids".split() + _SCENE_ONE.split("|"))
#: a :data:`PICTURE_PERSON_SCENE` has this many words at least
PICTURE_SCENE_WORDS = 4

#: A short sentence that tells the story rather than shows a picture: a person who speaks or is
#: spoken to, words reported or quoted, a question, a clause of argument, a verb saying what is or
#: was ("He said ...", "But we ...", "Sleep training is a topic ..."): under a picture it is the
#: article's, not an uncredited caption; over a credit alone, a paragraph
#: ... the same words in other languages, any case, one language a line: none of them a picture's word
#: in another language ("war", "hat", "son", "era", "on", "men" are English; "il", "het", "de" articles;
#: "ma", "han", "ali" names; "São", "segundo" a place and "second"; "este" Spanish's "this")
TELLING_WORDS: dict[str, str] = {
    "de": "ich wir ihr er sie es sagte sagt sagten erklärte betonte teilte aber weil jedoch auch dass ist "
          "sind waren hatte hatten haben wird werden würde könnte sollte muss",
    "fr": "je nous vous ils elle elles dit a-t-il déclare déclaré annoncé expliqué affirmé indiqué selon "
          "mais parce cependant aussi est sont était étaient ont avait sera serait pourrait doit",
    "es": "yo nosotros ella ellos ellas dijo dice afirmó anunció explicó aseguró señaló declaró según "
          "pero porque también es fue eran ha había será sería podría debe",
    "it": "io noi voi lui lei loro detto dice annunciato spiegato dichiarato affermato secondo però "
          "perché anche è sono erano hanno aveva sarà sarebbe potrebbe deve",
    "pt": "eu nós você ele ela eles elas disse diz afirmou anunciou explicou declarou mas porque porém "
          "também é foi foram tem têm tinha será seria poderia deve",
    "nl": "ik wij jij hij zij zei zegt volgens maar omdat echter ook heeft hebben zal zou moet",
    "pl": "wy oni powiedział powiedziała mówi według bo jednak także też jest są był była było były "
          "mają będzie może musi",
    "ru": "я мы вы он она они оно это сказал сказала заявил заявила говорит словам но однако потому "
          "также тоже является был была были будет может должен",
    "sv": "jag vi hon det sade säger enligt eftersom dock också är var har hade kommer skulle kan måste",
    "uk": "він вона вони сказав сказала заявив заявила але також є були буде",
    "bg": "той тя каза заяви обаче също са беше бяха ще",
    "el": "είπε δήλωσε ανέφερε αλλά όμως επίσης είναι ήταν έχει",
    "tr": "dedi söyledi açıkladı ancak ama fakat çünkü ayrıca",
    "hu": "mondta közölte azonban mert szintén volt lesz",
    "fi": "sanoi kertoi mukaan mutta koska myös oli ovat",
    "hr": "rekao rekla izjavio izjavila međutim također",
    "ro": "declarat spus însă sunt",
    "ca": "dir perquè també",
    "ms": "berkata katanya menurut tetapi namun kerana juga adalah",
    "tl": "sinabi ayon ngunit",
}
_TELLING = "|".join(sorted({re.escape(word) for words in TELLING_WORDS.values() for word in words.split()},
                           key=lambda word: (-len(word), word)))
TELLS_NOT_SHOWS = re.compile(
    r"\b(?:I|[Ww]e|[Yy]ou|[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Tt]his|[Tt]hat|said|says|told|tells|according|"
    r"[Bb]ut|because|[Hh]owever|[Aa]lso|would|could|should|must|will|is|are|was|were|has|have|had)\b"
    rf"|(?<![\w-])(?i:{_TELLING})(?![\w-])"
    r"|[“”\"?!:;„«»¿¡]")

#: How a picture's alt text opens when it is written in lower case ("a hiker stands on a
#: ledge over a lake", "the keyserver web UI"): printed after a finished sentence and
#: finishing none itself, it is no paragraph nor the rest of one.
LOWERCASE_PICTURE = re.compile(r"^(?:a|an|the) ")

#: A line that says what the picture beside it shows, as a caption or its alt text does ("This
#: photo shows the harbour at dawn."): a caption, not body. A sentence about a picture that
#: tells what became of it is prose ("The photo shows signs of having been edited" is one).
PICTURE_SHOWS = re.compile(
    r"(?:This|The)\s+(?:image|picture|photo|photograph)\s+(?:above\s+|below\s+)?(?:shows|depicts)\s"
    r"(?![^\n]*\b(?:was|were|has been|have been|signs? of)\b)")

#: A label that opens a picture's caption, alone on its line (the caption on the next) or
#: before the caption's text: "Image caption" / "The protests began in June", "Image
#: caption, The protests ...", "Caption:", "Légende :", in several languages. A bare
#: "Caption" before words is a heading ("Caption contest"), so it needs its colon.
CAPTION_LABEL = re.compile(
    r"(?:(?:Image|Media|Photo|Picture|Video)\s+caption(?:\s*[:,]\s*|\s+|$)"
    r"|(?:Caption|Bildunterschrift|Légende|Pie de foto|Didascalia|Bijschrift|Bildtext|Billedtekst|Kuvateksti|"
    r"Legenda da foto|Legenda|Podpis|Подпись к фото|Fotoğraf altı yazısı)\s*(?::\s*|$)"
    # ... with the comma the BBC's services print after it ("Pie de foto," / "Obreros en ...")
    r"|(?:Pie de foto|Legenda da foto|Подпись к фото|Fotoğraf altı yazısı),(?:\s+|$))",
    re.IGNORECASE)

#: A credit's label and its credit before a caption's label on one line, as the BBC prints them when
#: a renderer joins the two: "Image copyright Getty Images Image caption The protests ...", "Image
#: source, Reuters Image caption, ..." (the caption's label at ``end``)
CREDIT_BEFORE_CAPTION = re.compile(
    r"(?:Image|Photo|Picture|Media)\s+(?:copyright|source)\s*[,:]?\s+(?P<credit>[^\n]{2,80}?)\s+"
    r"(?=(?:Image|Media|Photo|Picture|Video)\s+caption\b)", re.IGNORECASE)

#: A broadcaster's or paper's name, a colon and its photographer, with no credit word, alone on its
#: line or closing a caption's sentence ("... on Monday. ABC News: Jane Doe", "Sky News: Jane Doe"):
#: the name ends on a word saying it is a newsroom, so a list's "Chair: Jane Doe" is none
_NEWSROOM = r"(?:News|TV|Television|Radio|Press|Times|Post|Herald|Tribune|Photos|Pictures|Images)"
MEDIA_PHOTOGRAPHER = re.compile(
    rf"(?:^|(?<=[.!?”\"]\s))(?P<credit>(?:The\s+)?(?:[{UPPER}][\w&'’.-]*\s+){{1,3}}{_NEWSROOM}\s*:\s*"
    rf"{_PERSON_NAME})\s*\.?$")
#: where a line may hold one: a colon right after a newsroom's word (a cheap search of the whole
#: page first, each colon found and the word behind it checked)
NEWSROOM_COLON = re.compile(":(?:" + "|".join(f"(?<={word}:)" for word in _NEWSROOM[3:-1].split("|")) + ")")

#: "... on Tuesday. Jane Doe/Special to The Daily Planet", "(Special to the Planet)": a freelance's
#: picture, as American papers credit it (the paper's name capitalised, to the line's end; not a
#: byline, "By Jane Doe | Special to The Daily Planet")
_SPECIAL_TO = re.compile(rf"(?:^|(?<=[.!?”\"؟۔।]\s)|(?<=\())\(?"
                         rf"(?P<credit>(?:(?!By\s|BY\s){_PERSON_NAME}\s*[/|,—–]\s*)?"
                         r"[Ss]pecial to (?:[Tt]he )?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})\)?\s*\.?$")
#: "... (Twitter)", "(Instagram/@janedoe)", "... Twitter/@janedoe": a picture taken from a social
#: network or a map, in parentheses or with its account, after a sentence (with no picture near, the
#: article's own words: see :data:`PLATFORM`; a share button, "X (Twitter)", follows none)
_FROM_PLATFORMS = (
    re.compile(rf"(?<=[.!?”\"؟۔।]\s)\(\s*(?P<credit>(?:{_PLATFORMS})(?:\s*/\s*@?[\w.]+)?)\s*\)\s*\.?$"),
    re.compile(rf"(?<=[.!?”\"؟۔।]\s)(?P<credit>(?:{_PLATFORMS})\s*/\s*@[\w.]+)\s*\.?$"),
)
#: the patterns a line that names no other credit word is tried with when it names a social
#: network or "Special to" (those words gate no other pattern: see ``credits.names_credit_word``)
OWN_GATED_PATTERNS: tuple[re.Pattern[str], ...] = (_SPECIAL_TO, *_FROM_PLATFORMS)

#: the words of a stylist's credit (lowercase): a picture's credit, never an article's source
STYLING_WORDS: frozenset[str] = frozenset("styling stylist stylists stylisme styliste estilismo estilista "
                                          "foodstyling".split())
#: who styled a picture: "Prop styling by Jane Doe at Acme and Co.", "Food stylist: Jane Doe", "Stylisme :
#: Jane Doe", "Estilismo: Jane Doe" (a name after it, capitalised, and the lower-case words joining names)
_STYLED = (r"(?:(?i:prop|props|food|set|wardrobe|hair|fashion)\s+)?"
           r"(?i:styling|stylist|stylists|stylisme|styliste|estilismo|estilista|foodstyling)"
           r"\s*(?::|\s+(?:by|von|par|por|de|di))\s+"
           r"[A-Z][\w.'’&-]*(?:\s+(?:[A-Z][\w.'’&-]*|at|and|for|of|the|&|de|du|van|von|der))*")

STYLED_CREDIT = re.compile(rf"(?:^|(?<=[.!?”\"]\s))(?P<credit>(?:{_PERSON_NAME}[.,;]\s+)?{_STYLED}"
                           rf"(?:[.,;]\s+{_STYLED})*)\s*\.?$")
#: ... its labels make it longer than other credits: this many words at most
STYLED_CREDIT_WORDS = 24

_PLAIN_CREDIT_PATTERNS: tuple[re.Pattern[str], ...] = (
    # "... on Sunday. Photo: Reuters"  /  "Photograph: Jane Doe/AP"  /  "Photo by Jane Doe"
    # (not "... pictures by renowned photographer X are ...": a name after "by" is capitalised)
    # ... "Photo provided by Jane Doe", "Foto von Jane Doe", "Photo par Jane Doe", "Staff photo by Jane Doe"
    # ... a full-width colon or "＝" as Chinese and Japanese papers print them ("图片来源：新华社")
    # ... "Photo / Jane Doe", as New Zealand's papers print it (not "Photo / Video", a menu's,
    # nor "Photographer / Videographer", a list's)
    re.compile(rf"(?:^|(?<=[\s.!?()\]”\"。（]))(?:(?:File|Staff|Special|Submitted|Contributed|Handout)\s+)?"
               rf"(?:{by_first_letter(_LABELS)})\s*"
               rf"(?:[:：＝]|(?<=[\uac00-\ud7a3])=|(?<=[图圖])[/／]"
               rf"|(?:(?:provided|supplied|submitted|contributed|taken)\s+)?(?:by|von|par|por|di|door|av|oleh)"
               rf"\s*:?(?=\s*(?-i:[A-Z0-9@©'\"‘“]))|\.\.\.|…|-|–|—|©"
               rf"|(?<=\s)/(?=\s+(?-i:[A-Z0-9@]))(?!\s+(?:video|audio|galler|photo|picture|image|foto|bild)\w*\b))\s*"
               rf"(?P<credit>[^\n]{{2,160}}?)\s*\.?$", re.IGNORECASE),
    # "... w Warszawie. fot. PAP/Jan Kowalski", "(fot. Jan Kowalski)": the Polish label (before the agency's
    # credit, which is no caption's end)
    re.compile(r"(?:^|(?<=[\s.!?(]))[Ff]ot\.\s*:?\s*(?P<credit>[A-ZĄĆĘŁŃÓŚŹŻ0-9][^\n]{1,80}?)\s*\.?$"),
    # "Image copyright Getty Images", "Image source, Reuters" (BBC): the label before its credit
    re.compile(r"(?:^|(?<=[\s.!?()\]”\"]))(?:Image|Photo|Picture|Media)\s+(?:copyright|source)\s*[,:]?\s+"
               r"(?P<credit>[^\n]{2,80}?)\s*\.?$", re.IGNORECASE),
    # "Photo AFP", "Foto ANSA", "Photo Jane Doe / AFP", "Beeld ANP": a label, then an agency's credit
    re.compile(rf"(?:^|(?<=[\s.!?(]))(?:Photo|Foto|Bild|Beeld|Picture|Pic|Image)\s+(?P<credit>{_AGENCY_CREDIT})\)?"
               r"\s*\.?$"),
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
    # "... on Sunday. Juan Pérez (EFE)", "JANE DOE (AFP)": the photographer, then the agency in
    # parentheses, after a sentence (the name is the credit's, not the caption's)
    re.compile(rf"(?<=[.!?”\"؟۔।]\s)(?P<credit>{_PERSON_NAME}\s*\(\s*(?:{_AGENCIES}|{_AGENCIES_CAPS})\s*\))\s*\.?$"),
    # "... on Sunday. (AFP)"  "(Reuters/Jane Doe)"  "(File photo: AP)"
    # ... "(AP Photo/Jane Doe, File)", "(Jane Doe | AP)", "(Jane Doe—AP)", "(Jane Doe - Reuters)"
    re.compile(rf"\(\s*(?:(?:File\s+)?(?i:photo|picture|image|foto)\s*:?\s*)?"
               rf"(?P<credit>(?:{_AGENCIES})(?:\s+Photo)?(?:\s*/\s*[^()]{{1,80}}|\s+for\s+[^()]{{1,60}})?"
               rf"|[^()]{{1,80}}(?:/|\s*[|—–]\s*|\s+-\s+)(?:{_AGENCIES})|[^()]{{1,60}}\svia\s(?:{_AGENCIES}))"
               r"\)\s*\.?$"),
    # "... rabbits. (JANE DOE/SCIENCE PHOTO LIBRARY)": names on both sides of a slash, in parentheses
    re.compile(rf"(?:^|(?<=\s))\(\s*(?P<credit>(?!The\s)[{UPPER}][\w.'’-]*(?:\s+[{UPPER}][\w.'’-]*){{0,3}}"
               rf"\s*/\s*[{UPPER}][\w.&'’ -]{{1,60}})\)\s*\.?$"),
    # "... on Sunday. Getty Images"  "Jane Doe/Getty Images"  "© Reuters"  "Jane Doe / AP file"
    # "JANE DOE/AFP via Getty Images"  "Jane Doe/The Daily Planet via AP"  "Getty Images for Acme"
    # ... or glued to the sentence by a renderer: "... on July 25, 2019.Jane Doe / AP file", or after a bar
    # or a dash: "... the new bridge. | Shutterstock", "... nesta terça - Jane Doe/Folhapress"
    re.compile(rf"(?:^|(?<=[.!?”\"؟۔।]\s)|(?<=[a-z0-9][.!?])|(?<=\s[|–—-]\s))(?:©\s*)?(?P<credit>{_AGENCY_CREDIT})"
               r"\s*\.?$"),
    # "... on Sunday. © Jane Doe", "Joshua Tree, CA | © 2024 Jane Doe": a name after the copyright
    # sign closing a caption (alone on
    # its line, "© 2019 Acme. All rights reserved" is the page's footer)
    re.compile(r"(?<=[.!?”\"|–—]\s)©\s*(?:(?:19|20)\d\d\s+)?(?P<credit>(?![^\n]*\b(?:rights?|reserved)\b)[^©\n]{2,60}?)\s*\.?$",
               re.IGNORECASE),
    # "... 2019. REUTERS/Jane Doe"  "AP Photo/Jane Doe"
    re.compile(rf"(?:^|(?<=[.!?”\"؟۔।]\s))(?P<credit>(?:{_AGENCIES})(?:\s+Photo)?\s*/\s*[\w.'’ -]{{2,60}}"
               rf"(?:/[\w.'’ -]{{2,30}})?)\s*$",
               re.IGNORECASE),
    # "... (File photo)"  "File photo"  "Jane Doe Submitted photo"  "(Photo provided)"
    # ... "Courtesy photo", "Contributed photo", "Foto de archivo", "Photo d'archives", "Archivbild"
    # ... a closing parenthesis only after an opening one ("(Jane Doe file photo)" is whole)
    re.compile(r"(?:^|\s)(?P<opened>\()?(?P<credit>(?:File|Submitted|Handout|Supplied|Staff|Courtesy|Contributed|Provided|"
               r"Archive|Stock) (?:photo|picture|image)|"
               r"(?-i:(?:Photo|Picture|Image)s? (?:provided|submitted|contributed|supplied))|"
               r"(?:Foto|Imagen|Imagem) de (?:archivo|arquivo)|"
               r"Photo d'(?:archives?|illustration)(?: (?:AFP|AP|Reuters|EPA|Maxppp|Sipa))?|"
               r"Archivbild|Archivfoto|Symbolbild|Symbolfoto|Archieffoto|Archiefbeeld|Foto d'archivio)"
               r"(?(opened)\))\s*\.?$", re.IGNORECASE),
    # "... (Representative image)", "(Representational)", "(Image for representation)": a stock picture,
    # as Indian papers mark one (in parentheses: "... shows a representative image." is a sentence)
    re.compile(r"\(\s*(?P<credit>(?:Representative|Representational) (?:photo|picture|image)|"
               r"Representational|(?:Photo|Picture|Image) for representation(?:al purposes?)?)\s*\)\s*\.?$",
               re.IGNORECASE),
    # "... (Credit: iStock)"  "(Photo courtesy of Jane Doe)"  "(PTI File Photo)"
    re.compile(r"\(\s*(?:(?:photo|image|picture)s?\s+)?(?:credit|courtesy(?:\s+of)?)\s*:?\s*"
               r"(?P<credit>[^()]{2,80}?)\s*\)\s*\.?$", re.IGNORECASE),
    re.compile(r"\(\s*(?P<credit>[^()]{1,40}?\s+file\s+(?:photo|picture|image))\s*\)\s*\.?$", re.IGNORECASE),
    # "... since 2001 [File: Reuters]"  "... to the Moon [SpaceX via Nasa]"  "[Jane Doe/AP]"
    # (an agency's name alone in brackets is the link to its story: "... It's Complicated [Bloomberg]")
    # ... "[사진=연합뉴스]", as Korean papers print it
    re.compile(r"(?:^|(?<=\s))\[\s*(?:(?:File|Photo|Image|Picture|Foto)\s*:|(?:사진|그래픽)\s*=)\s*"
               r"(?P<credit>[^\[\]]{1,60}?)\s*\]\s*\.?$"),
    re.compile(r"(?:^|(?<=\s))\[\s*(?P<credit>[^\[\]:]{1,40}?\svia\s[^\[\]:]{1,40}?|[^\[\]:/]{1,40}/[^\[\]:]{1,40}?)"
               r"\s*\]\s*\.?$"),
    # "... campaign. (onmeth.com)": the web site the picture was taken from
    re.compile(r"(?:^|(?<=\s))\(\s*(?P<credit>(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|io|co))\s*\)\s*\.?$",
               re.IGNORECASE),
    # "... Photo courtesy of Jane Doe" (not "Some images courtesy of X.", a page's note on its pictures)
    # ... "Foto cortesía de Jane Doe", "Foto cortesia de Acme" (Spanish, Portuguese)
    re.compile(r"(?:^|(?<=[\s.!?()\]”\"]))(?:Photo|Image|Picture|Foto|Imagen|Imagem)\s+"
               r"(?:courtesy(?:\s+of)?|cortes[ií]a(?:\s+de)?)\s*:?\s*"
               r"(?P<credit>[^\n]{2,80}?)\s*\.?$", re.IGNORECASE),
    # "... Courtesy of Jane Doe", or alone on the line under its caption: "courtesy of Acme Studio."
    # ... or glued to the caption by a renderer: "... a fully functioning one.courtesy of Acme Studio."
    re.compile(r"(?:(?:^|(?<=[.!?”\"؟۔।]\s))Courtesy|^courtesy|(?<=[a-z][.!?])[Cc]ourtesy)(?:\s+of)?\s+"
               r"(?P<credit>[^\n]{2,80}?)\s*\.?$"),
    # "... at dawn. Image via Acme Studio", "(Photo via Jane Doe)": a capitalised label after a sentence
    # ("Send us your photos via WhatsApp." is no credit)
    re.compile(r"(?:^|(?<=[.!?”\"(]\s)|(?<=\())(?:Image|Images|Photo|Photos|Picture|Foto|Fotos|Screenshot|Screengrab)"
               r"\s+via\s+"
               r"(?P<credit>[A-Z@][^\n()]{1,80}?)\s*\)?\s*\.?$"),
    # "Foto ANSA/JANE DOE", "Photo: EPA/Jane Doe": a label, then an agency and its photographer
    re.compile(rf"(?:^|(?<=[\s.!?(]))(?:Photo|Foto|Bild|Beeld|Picture|Pic|Image)\s*:?\s+"
               rf"(?P<credit>(?:{_AGENCIES}|{_AGENCIES_CAPS})\s*/\s*{_NAME})\)?\s*\.?$"),
    # "... am Sonntag © Jane Doe": a name after the copyright sign closing a caption that has no full stop
    # ("Copyright © 2019 Acme", "All content © Acme" are the page's footer; a name is capitalised)
    # ... in Cyrillic too ("... в Кремле © РИА Новости / Иван Иванов"), or an agency in lower case ("... im
    # Rathaus © dpa", "© picture alliance/dpa")
    # ... or after a dash ("... im Rathaus - © dpa"), or a photographer and an agency in lower case ("... in
    # Oslo © Jane Doe/dpa")
    re.compile(r"(?:(?<=\w\s)|(?<=\w\s-\s))(?<![Cc]opyright\s)(?<![Cc]ontent\s)(?<![Cc]ontents\s)©\s*"
               r"(?P<credit>[A-ZА-ЯЁ][\w.'’-]*"
               r"(?:\s+[A-ZА-ЯЁ][\w.'’&-]*){0,4}"
               r"(?:\s*/\s*(?:[A-ZА-ЯЁ][\w.'’& -]{1,40}"
               r"|(?:dpa|picture alliance|picture-alliance|imago|ullstein bild)[\w.'’& -]{0,40}))?"
               r"|(?:dpa|picture alliance|picture-alliance|imago|ullstein bild)"
               r"(?:\s*/\s*[\w.'’& -]{1,40})?)\s*\.?$"),
    # "... on Sunday. Jane Doe | Staff Photographer", "JANE DOE | STAFF PHOTOGRAPHER", "Jane Doe,
    # Associated Press": a person's name, then the photographer's title or the agency
    re.compile(rf"(?:^|(?<=[.!?”\"؟۔।]\s))(?P<credit>{_PERSON_NAME}\s*(?:[|/,–—-]\s*(?i:(?:staff|contributing|"
               rf"freelance|special|senior)\s+)?(?i:photographer)|,\s*(?:{_AGENCIES}|{_AGENCIES_CAPS})))\s*\.?$"),
    # "(Reuters: Jane Doe)", "(Supplied: Acme Zoo)": an agency, then its photographer, in parentheses
    re.compile(rf"\(\s*(?P<credit>(?:{_AGENCIES}|{_AGENCIES_CAPS}|File)\s*:\s*[A-Z][\w.&'’ -]{{1,60}}?)"
               r"\s*\)\s*\.?$"),
    # "... on Tuesday. (Jane Doe for The Washington Post)": a photographer working for the paper
    re.compile(rf"(?:^|(?<=\s))\(\s*(?P<credit>{_FOR_PAPER})\s*\)\s*\.?$"),
    # "... in Den Haag. Foto Jane Doe", "(foto Jan de Vries)": a photographer's name after a bare "Foto"
    # or "Beeld", as Dutch and Italian papers print it (the name capitalised, to the line's end)
    re.compile(rf"(?:^|(?<=[.!?”\"؟۔।]\s)|(?<=\())(?:[Ff]oto|[Bb]eeld)\s+(?P<credit>{_PARTICLE_NAME}\)?)\s*\.?$"),
    # ... "... mardi. Photo Jane Doe", as French papers print it: after a sentence only (a line
    # "Photo Contest Winners" is a heading)
    re.compile(rf"(?<=[.!?”\"»]\s)(?:Photo|PHOTO)\s+(?P<credit>{_PARTICLE_NAME})\s*\.?$"),
    # "... Jane Doe/Special to The Daily Planet" (above)
    _SPECIAL_TO,
    # "... on Sunday. (HT Photo)", "(Express Photo)", "(Mint Pic)": the paper's own picture, as Indian
    # papers close a caption (a capitalised "Photo" after the paper's name, in parentheses); "(Tribune
    # photo)", "(Jane Doe file photo)", as American papers print it
    re.compile(r"(?:^|(?<=\s))\(\s*(?P<credit>(?!The\s)[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2}"
               r"\s+(?:(?:file\s+)?photo|Photo|Pic|Picture))\s*\)\s*\.?$"),
    # "... on Tuesday. Jane Doe photo", "Daily Planet file photo", "Jane Doe/Daily Planet photo": who
    # took it, then "photo" in lower case, after a sentence
    re.compile(rf"(?<=[.!?”\"؟۔।]\s)(?P<credit>(?:{_PERSON_NAME}\s*/\s*)?(?!The\s)[A-Z][\w.&'’-]*"
               r"(?:\s+[A-Z][\w.&'’-]*){1,3}\s+(?:file\s+)?photo)\s*\.?$"),
    # "... on Tuesday. (File)", "(Courtesy)", "(Submitted)", "... Tuesday. Courtesy": a bare word saying
    # where the picture came from, in parentheses or after a sentence
    re.compile(r"\(\s*(?P<credit>Courtesy|Submitted|File|COURTESY|SUBMITTED|FILE)\s*\)\s*\.?$"),
    re.compile(r"(?<=[.!?”\"؟۔।]\s)(?P<credit>Courtesy|Submitted)\s*\.?$"),
    # "... on Monday. via Associated Press", "via Getty Images": the agency the picture came through,
    # after a sentence or alone on its line
    re.compile(rf"(?:^|(?<=[.!?”\"؟۔।]\s))via\s+(?P<credit>(?:{_AGENCIES}|{_AGENCIES_CAPS}))\s*\.?$"),
    # "... on the table. Jane Doe. Prop styling by John Roe at Acme and Co.", "Food styling: Jane Doe",
    # "Stylisme : Jane Doe": who styled the picture, as magazines credit it beside (or after) its
    # photographer; the photographer and the stylists are the credit
    STYLED_CREDIT,
    # "... (Twitter)", "Twitter/@janedoe" (above)
    *_FROM_PLATFORMS,
    # "The Brooks Cascadia 19. All shoe photos iRunFar/Jane Doe unless noted.", "Alle Fotos: Jane Doe,
    # sofern nicht anders angegeben": the credit of every picture on the page, closing the first one's caption
    re.compile(r"(?:^|(?<=[.!?”\"]\s))(?:All|Alle|Toutes les|Todas las|Tutte le)\s+(?:[\w-]+\s+)?"
               r"(?i:photos|images|pictures|photographs|fotos|bilder|imágenes|immagini)"
               r"\s*(?::|by|von|de|par|por|di|courtesy of)?\s*(?P<credit>[^\n]{2,60}?)\s*,?\s*"
               r"(?:unless\s+(?:otherwise\s+)?(?:noted|stated|indicated|specified|credited)|"
               r"sofern nicht anders (?:angegeben|vermerkt)|sauf mention contraire|"
               r"salvo (?:que se indique lo contrario|indicación contraria)|salvo diversa indicazione)"
               r"\s*\.?$"),
)
#: The credits of Chinese, Korean and Japanese papers, the last of :data:`CREDIT_PATTERNS`: every
#: match holds a character beyond ASCII, so that a line in ASCII is not tried with them.
WIDE_CREDIT_PATTERNS: tuple[re.Pattern[str], ...] = (
    # "...揭幕。（新华社记者 张三 摄）": the photographer, then "摄" (took it), in parentheses, as Chinese
    # papers print a credit
    re.compile(r"[（(]\s*(?P<credit>[^（）()\n]{1,40}?)\s*[摄攝]\s*[）)]\s*[。.]?$"),
    # "... 공연 모습. /사진=정동극장", "/사진 제공=Acme": a Korean paper's credit after a slash
    re.compile(r"(?:^|(?<=[\s.。]))/\s*(?:사진|그래픽|자료)(?:\s*제공)?\s*=\s*(?P<credit>[^\n=/]{1,40}?)\s*$"),
    # "...首相（共同）", "（ロイター＝共同）", "（AP）", "...首相＝共同": a wire named in parentheses (another
    # agency in full-width ones) or after "＝", as Japanese, Chinese and Korean papers close a caption
    re.compile(rf"[（(]\s*(?P<credit>(?:{_CJK_AGENCIES}|(?<=（)(?:{_ANY_AGENCY}))(?:\s*[＝=/／・]\s*(?:{_CJK_AGENCIES}))?)\s*[）)]"
               r"\s*[。.]?$"),
    re.compile(rf"(?<=\S)[＝=]\s*(?P<credit>{_CJK_AGENCIES})\s*[。.]?$"),
    # "... ภาพ: รอยเตอร์", "... (ภาพโดย สมชาย ใจดี)": a Thai paper's label, then its credit
    re.compile(rf"(?:^|(?<=[\s(（]))(?:{_THAI_LABELS})\s*(?P<credit>[^\s:：][^\n:：]{{0,39}}?)\s*$"),
)
#: every credit pattern, in the order they are tried
CREDIT_PATTERNS: tuple[re.Pattern[str], ...] = (*_PLAIN_CREDIT_PATTERNS, *WIDE_CREDIT_PATTERNS)

#: For each of :data:`CREDIT_PATTERNS`, in order, what every match of it holds, when
#: searching for that is much cheaper than the pattern's own search (a literal, or
#: names in a fixed case): lines without it are not searched. None: no such test pays.
CREDIT_NEEDS: tuple[re.Pattern[str] | None, ...] = (
    None, re.compile(r"[Ff]ot\."), None,
    re.compile("Photo|Foto|Bild|Beeld|Pic|Image"),
    None,
    re.compile("Credit", re.IGNORECASE),
    re.compile(r"\)\s*\.?\s*$"),
    None, None,
    re.compile(_ANY_AGENCY),
    re.compile("©"),
    re.compile("/"),
    None, re.compile("epresent"), None, None, None, None, None,
    re.compile("courtesy|cortes", re.IGNORECASE),
    re.compile("ourtesy"),
    re.compile("via"),
    re.compile("/"),
    re.compile("©"),
    re.compile(rf"hotographer|HOTOGRAPHER|,\s*(?:{_ANY_AGENCY})"),
    re.compile(":"),
    re.compile(" for "),
    re.compile("[Ff]oto|[Bb]eeld"),
    re.compile("Photo|PHOTO"),
    re.compile("pecial to "),
    re.compile(r"(?:Photo|photo|Pic|Picture)\s*\)"),
    re.compile(" photo"),
    re.compile("Courtesy|Submitted|File|COURTESY|SUBMITTED|FILE"),
    re.compile("Courtesy|Submitted"),
    re.compile("via "),
    re.compile("tyl|TYL"),
    re.compile(_PLATFORMS),
    re.compile("@"),
    re.compile("nless|sofern|sauf|salvo"),
    re.compile("[摄攝]"),
    re.compile("="),
    re.compile(r"[）)]\s*[。.]?\s*$"),
    re.compile("[＝=]"),
    re.compile("ภาพ"),
)

#: For each of :data:`CREDIT_PATTERNS` that ignores case, in order, what every match of it
#: holds once the line is lowercased (a search in lowercase text that heeds case is much
#: cheaper than one that ignores it), or None. It holds only when the line has none of
#: :data:`CASE_TRAPS`: ``re.IGNORECASE`` reads "ı" and "İ" as an "i" and "ſ" as an "s",
#: which ``str.lower`` does not give.
CREDIT_NEEDS_LOWERCASE: tuple[re.Pattern[str] | None, ...] = (
    None, None,
    re.compile("copyright|source"),
    None,
    re.compile("vid[eé]o|vídeo"),
    None, None, None, None, None, None, None,
    re.compile("photo|picture|imag|foto|bild|beeld"),
    *(None,) * 31,
)
#: the characters ``re.IGNORECASE`` matches to a letter of :data:`CREDIT_NEEDS_LOWERCASE`
#: that do not lowercase to it (tested)
CASE_TRAPS = "\u0130\u0131\u017f"

#: :data:`_AGENCY_CREDIT` for a pattern that ignores case: the agencies named once (their
#: names in capitals are the same names to ``re.IGNORECASE``), grouped by first letter: the
#: same matches, found faster (tested)
_AGENCY_CREDIT_ANY_CASE = _AGENCY_CREDIT.replace(f"(?:{_AGENCIES}|{_AGENCIES_CAPS})", f"(?:{_AGENCIES})") \
    .replace(f"(?:{_AGENCIES})", f"(?:{by_first_letter(_AGENCIES)})")

#: Lines that are nothing but a credit, in shapes too loose to look for at
#: the end of a caption: "Jane Doe/Getty Images", "(Reed Saxon / Associated
#: Press)", "Reuters file", "Submitted photo", "Courtesy of NASA".
CREDIT_ONLY_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(rf"(?:[–—]\s*)?\(?(?P<credit>[{UPPER}](?:\.(?:[A-Z]\.)*|[\w'’-]*)(?:\s+[{UPPER}](?:\.|[\w'’-]*)){{0,4}}\s*/"
               rf"\s*[{UPPER}][\w.&'’ -]{{1,60}}(?:/[\w.&'’ -]{{1,40}}){{0,3}})\)?\.?"),
    re.compile(rf"(?P<credit>{_AGENCY_CREDIT_ANY_CASE})\s*(?:photo)?\.?",
               re.IGNORECASE),
    re.compile(r"\(?(?P<credit>(?:submitted|handout|file|supplied|stock|courtesy|contributed|provided|archive|"
               r"representative|representational) "
               r"(?:photo|picture|image)s?"
               r"|(?:photo|picture|image)s? (?:provided|submitted|contributed|supplied))\)?\.?",
               re.IGNORECASE),
    # "© Jane Doe": a name after the copyright sign, with no year (a page's footer has one,
    # or its rights: "© 2019 Acme Media", "© Acme. All rights reserved")
    re.compile(r"©\s*(?P<credit>(?![^\n]*\b(?:rights?|reserved|copyright)\b)[^\d©\n.!?|]{2,50}?)\s*",
               re.IGNORECASE),
    re.compile(r"courtesy(?: of)? (?P<credit>[^\n]{2,80})", re.IGNORECASE),
)

#: Words every credit carries one of (lowercase): lines without any are not searched.
#: (the generic words of a many-word name, "The Canadian Press", "Header image", gate nothing, and
#: nor do its function words and numbers, "Crédito de la foto", "Agencia Uno", "פלאש 90", words of
#: any sentence in Spanish, Portuguese, French or Italian, nor its words of prose, "associated",
#: "Canadian", "France", "Europa", "Latina", "Globo": the name's other words gate it)
_GENERIC_WORDS = frozenset("the of o top main lead cover hero header feature featured news service visual "
                           "group action sport media china archive association agency stock icon camera cal "
                           "features usa science library tribune wire alliance commons brasil "
                           "de da la uno 90 associated canadian france europa latina globo".split())
CREDIT_WORDS: frozenset[str] = frozenset(
    word for alternative in f"{_AGENCIES}|{_LABELS}".lower().split("|") for word in alternative.split()
) - _GENERIC_WORDS | frozenset("file courtesy submitted handout supplied credit credits copyright video "
                               "© 摄 攝 fot archivbild archivfoto symbolbild symbolfoto archieffoto "
                               "archiefbeeld representational ภาพ ภาพโดย ที่มาภาพ".split()) | STYLING_WORDS \
    | frozenset(_CJK_AGENCIES.lower().split("|")) | PLATFORM_WORDS

#: A label that opens a picture's caption on the caption's own line ("Image: Jose
#: Mourinho, left, ...", "Above: A coworking space ...", "Foto: ..."), in several
#: languages. Plurals ("Photos: ...") title a gallery link, not a caption; after
#: "Video:" a title ("Video: 16-inch MacBook Pro top features") is the video's
#: link, a sentence its caption (group ``video``), and so after "Watch:" ("WATCH: Workers explain
#: how ...").
PICTURE_LABEL = re.compile(
    r"(?:File\s+)?(?:Photo|Photograph|Picture|Pic|Image|Caption|Above|Pictured|Illustration|"
    r"Foto|Bild|Bildunterschrift|Imagen|Imagem|Immagine|Légende|Billede|Kuva|Zdjęcie|Фото|"
    r"(?P<video>Video|Vidéo|Vídeo|Watch|Regarder|Assista))\s*:\s*",
    re.IGNORECASE)

#: an agency's copyright notice printed after a caption's credit ("Photo: Jane Doe, AP / Copyright
#: 2019 The Associated Press. All rights reserved.", "Foto: X © 2020 Y. Alle Rechte vorbehalten"),
#: in several languages
RIGHTS_TRAILER = re.compile(
    r"\s*[/|–—-]?\s*(?:Copyright|©|\(c\))\s*(?:(?:©|\(c\))\s*)?(?:(?:19|20)\d\d\s+)?[^/\n]{2,60}?[.,]?\s*"
    r"(?:All rights reserved|Alle Rechte vorbehalten|Tous droits réservés|Todos los derechos reservados|"
    r"Todos os direitos reservados|Tutti i diritti riservati|Alle rechten voorbehouden|Tüm hakları saklıdır|"
    r"Усі права захищені|Всі права захищені|Всички права запазени|Sva prava zadržana|Сва права задржана|"
    r"Sva prava pridržana|Toate drepturile rezervate|Minden jog fenntartva|Kaikki oikeudet pidätetään|"
    r"Všetky práva vyhradené|Vse pravice pridržane|Tots els drets reservats|Hak cipta terpelihara)\.?\s*$",
    re.IGNORECASE)

#: a closing credit with no credit word: a person and a publication in parentheses, or two
#: names in brackets ("(Jane Doe/The Washington Post)", "[Jane Doe/Al Jazeera]")
SLASHED_CREDIT = re.compile(rf"(?:\((?:[{UPPER}][\w.'’-]*\s+){{1,3}}[{UPPER}][\w.'’-]*\s*/\s*"
                            rf"[{UPPER}][^()\n/]{{1,60}}\)"
                            r"|\[[^\[\]\n:]{1,40}/[^\[\]\n:]{1,40}\])\s*\.?$", re.MULTILINE)
#: where a line may close with one: a slash, then no parenthesis or bracket up to the line's end
SLASH_TO_CLOSE = re.compile(r"/[^\n()\[\]/]*[)\]]\.?$", re.MULTILINE)

#: a closing web site in parentheses ("(onmeth.com)"): a credit with no credit word
WEB_SITE_CREDIT = re.compile(r"\(\s*(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|io|co)\s*\)\s*\.?$",
                             re.IGNORECASE)

#: a credit label closing a caption's line, the credit (a link) on the next line: "... Sonoma
#: CA. Photo:" / "Jane Doe", "... a happy dog. Photo by" / "Jane Doe", "(Image via" / "Acme" / ")"
CLOSING_LABEL = re.compile(rf"(?:^|(?<=[\s.!?(|]))(?:File\s+)?(?P<label>{_LABELS})\s*"
                           r"(?::|\bby\b|\bvia\b|-|–|—)\s*$", re.IGNORECASE)

#: the words before a picture's label that say what is in the picture ("(im Bild: die Halle)", "(en
#: photo : ...)", "(nella foto: ...)"): there the label is no credit's
IN_PICTURE_BEFORE_LABEL = re.compile(r"(?:^|[\s(])(?:im|auf dem|en|sur la|en la|nella|na|op de|på)$",
                                     re.IGNORECASE)

#: where someone or something stands in the picture, in parentheses ("The mayor (left) and ...",
#: "(from left)", "(à gauche)"), or what it shows, named after a colon ("... a zone of your choice
#: (pictured: Tokyo Alley), ...", "(im Bild: ...)", "(en photo : ...)"): a caption's words; "(above)",
#: "(below)" and "(pictured above)" point a paragraph's reader to a picture or a video elsewhere
POSITION_IN_PICTURE = re.compile(
    r"\((?:left|right|centre|center|middle|top|bottom|front|rear|from left|left to right|l-r|l to r"
    r"|links|rechts|mitte|von links|v\. ?l\.|à gauche|à droite|au centre|de gauche à droite"
    r"|izquierda|derecha|centro|a la izquierda|a la derecha|de izquierda a derecha"
    r"|a sinistra|a destra|al centro|da sinistra|à esquerda|à direita|da esquerda|midden|van links"
    r"|(?:pictured|shown|im bild|auf dem bild|en photo|sur la photo|en la foto|en la imagen|nella foto"
    r"|na foto|na imagem|op de foto|på bilden|på bildet|на фото)\s*:\s*[^()\n]{1,60})\)",
    re.IGNORECASE)
