"""How pages write a date in words: month and weekday names by language, the
ordinals and the words between day, month and year ("12. März 2024", "1er juillet
2023", "5 de mayo de 2022", "1º maggio 2021", "Montag, 12. März 2024").

One table for every reader of dates: :func:`~..html_dates.iso_date` (the HTML
path's markup and shown dates, and the plain-text byline's date), the plain-text
dateline shape (:mod:`.bylines`) and the month names of :mod:`.shapes`.
"""
from __future__ import annotations

import unicodedata

#: Month names by language, January to December: each month's full name first, then
#: its other spellings (abbreviations, regional names, the case a date puts them in; separated
#: by spaces, or a tuple of them where one has two words: "كانون الأول"), as the language
#: writes them in a date (Polish, Czech and Finnish in that case alone: "12 marca 2024";
#: Turkish also as typed without its letters: "Kasim"). Each also reads
#: without its accents ("fevrier", "marz", "dicembre"). A spelling the languages listed
#: earlier give another month is that month, but in the later language's pages
#: (:data:`LANGUAGE_MONTHS`: Croatian "listopada" is October, Polish November).
MONTHS: dict[str, tuple[str | tuple[str, ...], ...]] = {
    "en": ("january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul",
           "august aug", "september sept sep", "october oct", "november nov", "december dec"),
    "de": ("januar jänner jan", "februar feber feb", "märz maerz mär mrz", "april apr", "mai", "juni jun",
           "juli jul", "august aug", "september sept sep", "oktober okt", "november nov", "dezember dez"),
    "fr": ("janvier janv", "février févr fév", "mars", "avril avr", "mai", "juin", "juillet juil", "août",
           "septembre sept", "octobre oct", "novembre nov", "décembre déc"),
    "es": ("enero ene", "febrero feb", "marzo mar", "abril abr", "mayo may", "junio jun", "julio jul",
           "agosto ago", "septiembre setiembre sept sep set", "octubre oct", "noviembre nov",
           "diciembre dic"),
    "it": ("gennaio gen", "febbraio feb", "marzo mar", "aprile apr", "maggio mag", "giugno giu", "luglio lug",
           "agosto ago", "settembre sett set", "ottobre ott", "novembre nov", "dicembre dic"),
    "pt": ("janeiro jan", "fevereiro fev", "março mar", "abril abr", "maio mai", "junho jun", "julho jul",
           "agosto ago", "setembro set", "outubro out", "novembro nov", "dezembro dez"),
    "nl": ("januari jan", "februari feb", "maart mrt", "april apr", "mei", "juni jun", "juli jul",
           "augustus aug", "september sept sep", "oktober okt", "november nov", "december dec"),
    "ca": ("gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre", "octubre",
           "novembre", "desembre"),
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december"),
    "da": ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
           "november", "december"),
    "no": ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "desember"),
    "ro": ("ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
           "octombrie", "noiembrie", "decembrie"),
    "pl": ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
           "października", "listopada", "grudnia"),
    "cs": ("ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října",
           "listopadu", "prosince"),
    "fi": ("tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta",
           "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"),
    "id": ("januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober",
           "november", "desember"),
    "tr": ("ocak", "şubat", "mart", "nisan", "mayıs mayis", "haziran", "temmuz", "ağustos", "eylül",
           "ekim", "kasım kasim", "aralık aralik"),
    "hu": ("január jan", "február febr feb", "március márc", "április ápr", "május máj", "június jún",
           "július júl", "augusztus aug", "szeptember szept", "október okt", "november nov", "december dec"),
    "sl": ("januar januarja", "februar februarja", "marec marca", "april aprila", "maj maja", "junij junija",
           "julij julija", "avgust avgusta", "september septembra", "oktober oktobra", "november novembra",
           "december decembra"),
    # Serbian in both its alphabets
    "sr": ("januar januara јануар јануара", "februar februara фебруар фебруара", "mart marta март марта",
           "april aprila април априла", "maj maja мај маја", "jun juna јун јуна", "jul jula јул јула",
           "avgust avgusta август августа", "septembar septembra септембар септембра",
           "oktobar oktobra октобар октобра", "novembar novembra новембар новембра",
           "decembar decembra децембар децембра"),
    # Croatian: its "listopad(a)" is October, Polish and Czech November (:data:`LANGUAGE_MONTHS`)
    "hr": ("siječanj siječnja", "veljača veljače", "ožujak ožujka", "travanj travnja", "svibanj svibnja",
           "lipanj lipnja", "srpanj srpnja", "kolovoz kolovoza", "rujan rujna", "listopad listopada",
           "studeni studenoga studenog", "prosinac prosinca"),
    "sk": ("január januára", "február februára", "marec marca", "apríl apríla", "máj mája", "jún júna",
           "júl júla", "august augusta", "september septembra", "október októbra", "november novembra",
           "december decembra"),
    # Greek: also in capitals, which keep the diaeresis and drop the accent ("ΜΑΪΟΥ")
    "el": ("ιανουαρίου ιανουάριος ιαν", "φεβρουαρίου φεβρουάριος φεβ", "μαρτίου μάρτιος μαρ",
           "απριλίου απρίλιος απρ", "μαΐου μάιος μαΐ μαϊου μαϊος", "ιουνίου ιούνιος ιουν",
           "ιουλίου ιούλιος ιουλ",
           "αυγούστου αύγουστος αυγ", "σεπτεμβρίου σεπτέμβριος σεπ", "οκτωβρίου οκτώβριος οκτ",
           "νοεμβρίου νοέμβριος νοε", "δεκεμβρίου δεκέμβριος δεκ"),
    "ru": ("января январь янв", "февраля февраль фев", "марта март мар", "апреля апрель апр", "мая май",
           "июня июнь июн", "июля июль июл", "августа август авг", "сентября сентябрь сен сент",
           "октября октябрь окт", "ноября ноябрь ноя", "декабря декабрь дек"),
    "uk": ("січня січень", "лютого лютий", "березня березень", "квітня квітень", "травня травень",
           "червня червень", "липня липень", "серпня серпень", "вересня вересень", "жовтня жовтень",
           "листопада листопад", "грудня грудень"),
    "bg": ("януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври",
           "ноември", "декември"),
    "ms": ("januari", "februari", "mac", "april", "mei", "jun", "julai", "ogos", "september", "oktober",
           "november", "disember"),
    "tl": ("enero", "pebrero", "marso", "abril", "mayo", "hunyo", "hulyo", "agosto", "setyembre septiyembre",
           "oktubre", "nobyembre", "disyembre"),
    # Georgian: also in the dative a date may put them in ("5 დეკემბერს")
    "ka": ("იანვარი იანვარს", "თებერვალი თებერვალს", "მარტი მარტს", "აპრილი აპრილს", "მაისი მაისს",
           "ივნისი ივნისს", "ივლისი ივლისს", "აგვისტო აგვისტოს", "სექტემბერი სექტემბერს",
           "ოქტომბერი ოქტომბერს", "ნოემბერი ნოემბერს", "დეკემბერი დეკემბერს"),
    # Persian: the Gregorian months (the solar ones are :data:`SOLAR_MONTHS`)
    "fa": ("ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر",
           "دسامبر"),
    # Arabic: the names of Egypt and the Gulf, the Levant's (two of them words: "كانون الأول") and the
    # Maghreb's
    "ar": (("يناير", "كانون الثاني", "جانفي"), "فبراير شباط فيفري", "مارس آذار",
           "أبريل ابريل إبريل نيسان أفريل", "مايو أيار ماي", "يونيو يونيه حزيران جوان",
           "يوليو يوليه تموز جويلية", "أغسطس اغسطس آب أوت", "سبتمبر أيلول",
           ("أكتوبر", "اكتوبر", "تشرين الأول"),
           ("نوفمبر", "تشرين الثاني"), ("ديسمبر", "كانون الأول")),
    "ur": ("جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر", "اکتوبر", "نومبر",
           "دسمبر"),
    # Hebrew: also with the "ב" ("in") a date puts before them ("5 בדצמבר 2024")
    "he": ("ינואר בינואר", "פברואר בפברואר", "מרץ מרס במרץ במרס", "אפריל באפריל", "מאי במאי", "יוני ביוני",
           "יולי ביולי", "אוגוסט באוגוסט", "ספטמבר בספטמבר", "אוקטובר באוקטובר", "נובמבר בנובמבר",
           "דצמבר בדצמבר"),
    "hi": ("जनवरी", "फरवरी फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर सितम्बर",
           "अक्टूबर अक्तूबर", "नवंबर नवम्बर", "दिसंबर दिसम्बर"),
    # Thai: the full names and the shortened ("ธ.ค. 2567"; written here without their last dot), the year
    # of the Buddhist era after them (:data:`BUDDHIST_ERA`)
    "th": ("มกราคม ม.ค", "กุมภาพันธ์ ก.พ", "มีนาคม มี.ค", "เมษายน เม.ย", "พฤษภาคม พ.ค", "มิถุนายน มิ.ย",
           "กรกฎาคม ก.ค", "สิงหาคม ส.ค", "กันยายน ก.ย", "ตุลาคม ต.ค", "พฤศจิกายน พ.ย", "ธันวาคม ธ.ค"),
    "bn": ("জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর",
           "নভেম্বর", "ডিসেম্বর"),
}

#: Weekday names by language, Monday to Sunday, as a dateline opens with them ("Montag,
#: 12. März 2024", "lundi 3 juillet 2023", "lunes, 5 de mayo de 2022"): separated by spaces, or a
#: tuple where they are of two words ("thứ năm").
WEEKDAYS: dict[str, str | tuple[str, ...]] = {
    "en": "monday tuesday wednesday thursday friday saturday sunday",
    "de": "montag dienstag mittwoch donnerstag freitag samstag sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "ca": "dilluns dimarts dimecres dijous divendres dissabte diumenge",
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag",
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    "ro": "luni marți miercuri joi vineri sâmbătă duminică",
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela",
    "id": "senin selasa rabu kamis jumat sabtu minggu",
    "tr": "pazartesi salı çarşamba perşembe cuma cumartesi pazar",
    "hu": "hétfő kedd szerda csütörtök péntek szombat vasárnap",
    "sl": "ponedeljek torek sreda četrtek petek sobota nedelja",
    "sr": "ponedeljak utorak sreda četvrtak petak subota nedelja "
          "понедељак уторак среда четвртак петак субота недеља",
    "hr": "ponedjeljak utorak srijeda četvrtak petak subota nedjelja",
    "sk": "pondelok utorok streda štvrtok piatok sobota nedeľa",
    "fi": "maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai",
    "el": "δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο κυριακή",
    "ru": "понедельник вторник среда четверг пятница суббота воскресенье",
    "uk": "понеділок вівторок середа четвер п'ятниця п’ятниця субота неділя",
    "bg": "понеделник вторник сряда четвъртък петък събота неделя",
    "ms": "isnin selasa rabu khamis jumaat sabtu ahad",
    "tl": "lunes martes miyerkules huwebes biyernes sabado linggo",
    "ka": "ორშაბათი სამშაბათი ოთხშაბათი ხუთშაბათი პარასკევი შაბათი კვირა",
    "fa": "دوشنبه سه‌شنبه سهشنبه چهارشنبه پنجشنبه پنج‌شنبه جمعه شنبه یکشنبه",
    "vi": ("thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật"),
    "ar": "الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد",
    "ur": "پیر منگل بدھ جمعرات جمعہ ہفتہ اتوار",
    "hi": "सोमवार मंगलवार बुधवार गुरुवार शुक्रवार शनिवार रविवार",
    "bn": "সোমবার মঙ্গলবার বুধবার বৃহস্পতিবার শুক্রবার শনিবার রবিবার",
    # Thai: "วัน" ("day") before the name, maybe "ที่" ("the") before the day's number after it
    # ("วันพฤหัสบดีที่ 5 ธันวาคม 2567")
    "th": "วันจันทร์ที่ วันอังคารที่ วันพุธที่ วันพฤหัสบดีที่ วันศุกร์ที่ วันเสาร์ที่ วันอาทิตย์ที่ "
          "วันจันทร์ วันอังคาร วันพุธ วันพฤหัสบดี วันศุกร์ วันเสาร์ วันอาทิตย์",
}

#: the languages of the months and weekdays that the shipped line model's features were
#: trained with (the dateline shape :data:`.bylines.DATELINE`, :data:`.shapes.MONTH_NAME`,
#: and the dated captions of :data:`.bylines.DATED_CAPTION`): English in every spelling, the
#: others' full names. Those shapes keep reading these alone, so that the article's lines
#: stay as they were, until the model is trained anew; dates are read in every language.
SHAPE_LANGUAGES = ("en", "de", "fr", "es")

#: what follows a day's number ("1st", "1er", "1º", "1°", "1ª"; the German "12." is a dot)
DAY_ORDINAL = r"st|nd|rd|th|er|º|°|ª"
#: what stands between a day and its month ("12th of May", "5 de mayo", "1 d'abril")
BEFORE_MONTH = r"(?:of|de|del)\s+|d['’]\s*"
#: what stands between a month and its year ("5 de mayo de 2022", "1 de enero del 2020", the Thai eras:
#: "5 ธันวาคม พ.ศ. 2567" of the Buddhist era, "ค.ศ. 2024" of the Christian)
BEFORE_YEAR = r"(?:de|del)\s+|(?:พ\.ศ\.|ค\.ศ\.)\s*"

#: The languages whose pages count the years of the Buddhist era, and what it adds to the Gregorian year
#: (Thai "พ.ศ. 2567" is 2024): a year of theirs this far at least is one of that era, read with their months
BUDDHIST_ERA_LANGUAGES = ("th",)
BUDDHIST_ERA = 543
BUDDHIST_ERA_FROM = 2400

#: Romanian's s and t with a comma below (ș ț) as old keyboards type them, with a cedilla (ş ţ): each
#: month and weekday with these letters is also read so ("marţi")
CEDILLA_FORMS = str.maketrans("șțȘȚ", "şţŞŢ")


def plain(word: str) -> str:
    """``word`` without its accents ("février" -> "fevrier"), the rest composed again (a Bengali
    vowel sign of two parts)."""
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", word)
                                                if not unicodedata.combining(c)))


def _unique(words: list[str]) -> list[str]:
    return list(dict.fromkeys(words))


def _spellings(month: str | tuple[str, ...]) -> list[str]:
    """A month's (or a language's weekdays') spellings: words separated by spaces, or a tuple of them."""
    return list(month) if isinstance(month, tuple) else month.split()


def _month_numbers() -> tuple[dict[str, int], dict[str, dict[str, int]]]:
    """Each spelling's month as the first language that lists it names it, and the spellings a later
    language names another month with, by language."""
    numbers: dict[str, int] = {}
    by_language: dict[str, dict[str, int]] = {}
    for lang, months in MONTHS.items():
        for number, spellings in enumerate(months, 1):
            for word in _spellings(spellings):
                for form in (word, plain(word), word.translate(CEDILLA_FORMS)):
                    if numbers.setdefault(form, number) != number:
                        by_language.setdefault(lang, {})[form] = number
    return numbers, by_language


#: each spelling of a month, lowercase, with and without its accents -> its number; and
#: the spellings that name another month in a language's pages (Croatian "listopada": October)
MONTH_NUMBERS, LANGUAGE_MONTHS = _month_numbers()

#: every spelling of a month, longest first (a regular expression's alternatives; the dots of
#: a shortened Thai month, "ธ.ค", as dots)
ALL_MONTHS = "|".join(w.replace(".", r"\.") for w in sorted(MONTH_NUMBERS, key=lambda w: (-len(w), w)))

#: the spellings of the months of the languages that count the years of the Buddhist era
BUDDHIST_ERA_MONTHS = frozenset(form for lang in BUDDHIST_ERA_LANGUAGES for spellings in MONTHS[lang]
                                for w in _spellings(spellings) for form in (w, plain(w)))

#: the languages whose months may come before the day ("March 12, 2024", "Mayo 5, 2020"):
#: every spelling in English, the full names as written in the others (their
#: abbreviations are words too often: "gen", "set", "out"; other languages put the day first)
MONTH_FIRST_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "tl")

#: the months that may come before the day, longest first
MONTHS_FIRST = "|".join(sorted(_unique(
    [w for spellings in MONTHS["en"] for w in _spellings(spellings)]
    + [_spellings(spellings)[0] for lang in MONTH_FIRST_LANGUAGES[1:] for spellings in MONTHS[lang]]),
    key=lambda w: (-len(w), w)))

#: the languages that write the year first, then the month and the day ("2024. március 12.")
YEAR_FIRST_LANGUAGES = ("hu",)

#: the months that may come after the year, longest first
MONTHS_AFTER_YEAR = "|".join(sorted(_unique(
    [form for lang in YEAR_FIRST_LANGUAGES for spellings in MONTHS[lang] for w in _spellings(spellings)
     for form in (w, plain(w))]), key=lambda w: (-len(w), w)))

#: Weekday names shortened, as a dateline opens with them ("Fri 12 Apr 2024 07.00 BST",
#: "Do., 12. März 2024", "jeu. 3 juillet 2023").
WEEKDAY_ABBREVIATIONS: dict[str, str] = {
    "en": "mon tue tues wed thu thur thurs fri sat sun",
    "de": "mo di mi do fr sa so",
    "fr": "lun mar mer jeu ven sam dim",
    "es": "lun mar mié jue vie sáb dom",
    "it": "lun mar mer gio ven sab dom",
    "pt": "seg ter qua qui sex sáb dom",
    "nl": "ma di wo do vr za zo",
}

#: every weekday, with and without its accents, longest first
ALL_WEEKDAYS = "|".join(sorted(_unique(
    [form for names in WEEKDAYS.values() for w in _spellings(names)
     for form in (w, plain(w), w.translate(CEDILLA_FORMS))]),
    key=lambda w: (-len(w), w)))
#: every shortened weekday (:data:`WEEKDAY_ABBREVIATIONS`), with and without its accents, longest first
ALL_WEEKDAY_ABBREVIATIONS = "|".join(sorted(_unique(
    [form for names in WEEKDAY_ABBREVIATIONS.values() for w in names.split() for form in (w, plain(w))]),
    key=lambda w: (-len(w), w)))


def _shape_months() -> str:
    """The months of the dateline shape (:data:`SHAPE_LANGUAGES`) in the order the
    model's shape was written in: English spellings month by month, then the other
    languages' full names not yet listed."""
    english = [w for spellings in MONTHS["en"] for w in _spellings(spellings)]
    others = [_spellings(spellings)[0] for lang in SHAPE_LANGUAGES[1:] for spellings in MONTHS[lang]]
    return "|".join(_unique(english + others))


#: the months of the dateline shape, as alternatives
SHAPE_MONTHS = _shape_months()
#: the weekdays of the dateline shape, as alternatives
SHAPE_WEEKDAYS = "|".join(_unique([w for lang in SHAPE_LANGUAGES for w in _spellings(WEEKDAYS[lang])]))

#: The months of the Solar Hijri calendar, Farvardin to Esfand, as Persian pages date by them
#: ("۱۵ آذر ۱۴۰۳"; also with the Arabic letters "ي" and "ك"), read as the Gregorian date; each with
#: its Dari name after it, as Afghan pages date by the same months ("۱۵ قوس ۱۴۰۳", Hamal to Hut)
SOLAR_MONTHS = ("فروردین حمل", "اردیبهشت ثور", "خرداد جوزا", "تیر سرطان", "مرداد اسد", "شهریور سنبله",
                "مهر میزان", "آبان عقرب", "آذر قوس", "دی جدی", "بهمن دلو", "اسفند حوت")
#: each spelling of a solar month -> its number
SOLAR_MONTH_NUMBERS: dict[str, int] = {
    form: number for number, names in enumerate(SOLAR_MONTHS, 1) for name in names.split()
    for form in (name, name.replace("ی", "ي").replace("ک", "ك"))}
#: every spelling of a solar month, longest first
ALL_SOLAR_MONTHS = "|".join(sorted(SOLAR_MONTH_NUMBERS, key=lambda w: (-len(w), w)))
#: the word "month" a solar month's name may take ("۱۵ آذر ماه ۱۴۰۳", "۱۵ آذرماه ۱۴۰۳")
SOLAR_MONTH_WORD = "ماه"

#: what stands between a month's names in two regions' calendars, one after the other
#: ("5 ديسمبر/كانون الأول 2024")
BETWEEN_MONTH_NAMES = r"\s*/\s*"

#: Dates whose month is a number, each number after the word for it, the day first
#: ("ngày 5 tháng 12 năm 2024", "5 tháng 12, 2024"): the words for day, month and year by language
NUMBERED_DAY_FIRST: dict[str, tuple[str, str, str]] = {
    "vi": ("ngày", "tháng", "năm"),
}
#: ... the year first, each number followed by its word ("2024년 12월 5일")
NUMBERED_YEAR_FIRST: dict[str, tuple[str, str, str]] = {
    "ko": ("년", "월", "일"),
}
#: the words before a day's, month's and year's number, and after them, as alternatives
DAY_WORDS = "|".join(words[0] for words in NUMBERED_DAY_FIRST.values())
MONTH_WORDS = "|".join(words[1] for words in NUMBERED_DAY_FIRST.values())
YEAR_WORDS = "|".join(words[2] for words in NUMBERED_DAY_FIRST.values())
YEAR_MARKS = "|".join(marks[0] for marks in NUMBERED_YEAR_FIRST.values())
MONTH_MARKS = "|".join(marks[1] for marks in NUMBERED_YEAR_FIRST.values())
DAY_MARKS = "|".join(marks[2] for marks in NUMBERED_YEAR_FIRST.values())

#: the languages whose pages write a date of slashes month first ("12/5/2024" is December 5th);
#: the others' pages write the day first ("5/12/2024"); a page of no known language, month first
SLASH_MONTH_FIRST_LANGUAGES = ("en",)
