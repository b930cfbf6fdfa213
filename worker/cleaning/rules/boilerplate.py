"""Phrases and shapes of page furniture: the lines a cleaner drops on sight.

Matching is on the whole line, lowercased, with surrounding punctuation and
bullets stripped (see ``worker.cleaning.lines.key_of``).
"""
from __future__ import annotations

import re

from ..openings import by_first_character

#: Lines that stand for a picture, video or embed when a page is turned into text, in the
#: languages of :mod:`.stopwords` (the words for picture, photo, image and video; a phrase's
#: words are joined by "_": "hình_ảnh"; not Romanian "imagine", an English word too)
PLACEHOLDERS: frozenset[str] = frozenset(word.replace("_", " ") for word in """
    image images img photo photos picture pictures foto bild bilder imagen imagem immagine
    video graphic graphics chart embed icon logo thumbnail gallery illustration afbeelding zdjęcie ilustracja
    grafika 图片 圖片 照片 视频 視頻 写真 画像 動画 ภาพ รูปภาพ วิดีโอ
    fotos fotografia fotografie fotografía fotografija fotó videó vídeo vidéo billede bilde kuva valokuva
    obrázek obrázok kép slika imatge gambar larawan resim görsel fotoğraf
    фото фотография изображение видео зображення світлина відео снимка слика фотографија
    εικόνα φωτογραφία βίντεο תמונה וידאו صورة فيديو تصویر عکس ویدیو ویڈیو तस्वीर फोटो वीडियो ছবি ভিডিও
    사진 이미지 동영상 영상 hình_ảnh ảnh ምስል
    चित्र სურათი ფოტო
""".split())

#: Last words that make a line a picture's alt text, not a heading ("Acme Health logo").
ALT_TEXT_ENDS: frozenset[str] = frozenset("""
    logo logos wordmark logotype logotipo logotipos logotyp thumbnail avatar
""".split())
#: What a picture is before a placeholder word, closing alt text ("Headline header image").
PICTURE_ROLES: frozenset[str] = frozenset("""
    header hero featured feature cover banner thumbnail
""".split())

#: :data:`PHRASES`, :data:`END_MARKERS` and :data:`PREFIXES` in Arabic, Persian, Urdu, Hebrew, Hindi and
#: Bengali, one language a line: the site's own words around an article. Its menu's ("Home", "Search") ...
_SCRIPT_MENU: frozenset[str] = frozenset(
    "الرئيسية|بحث|صفحه اصلی|جستجو|صفحہ اول|تلاش|ראשי|חיפוש|होम|खोजें|প্রচ্ছদ|হোম|খুঁজুন".split("|"))
#: ... the words of its share, follow and sign-up boxes and its footer, which close an article
_SCRIPT_PHRASES: frozenset[str] = frozenset(p.strip() for p in """
    إعلان|مشاركة|شارك|شارك المقال|شارك هذا المقال|رد|الرد|اقرأ المزيد|النشرة البريدية
    النشرة الإخبارية|تابعونا|تابعنا|الوسوم|كلمات مفتاحية|اشترك|اشترك الآن|جميع الحقوق محفوظة
    تبلیغات|اشتراک|اشتراک گذاری|پاسخ|ادامه مطلب|خبرنامه|ما را دنبال کنید|برچسب ها
    تمامی حقوق محفوظ است|کلیه حقوق محفوظ است
    اشتہار|شیئر|شیئر کریں|جواب دیں|مزید پڑھیں|نیوز لیٹر|ہمیں فالو کریں|ٹیگز|جملہ حقوق محفوظ ہیں
    פרסומת|שתפו|שתף|שיתוף|שתפו את הכתבה|השב|הגב|המשך לקרוא|ניוזלטר|עקבו אחרינו|תגיות|כל הזכויות שמורות
    विज्ञापन|शेयर|शेयर करें|जवाब दें|और पढ़ें|न्यूज़लेटर|हमें फॉलो करें|टैग|सर्वाधिकार सुरक्षित
    বিজ্ঞাপন|শেয়ার|শেয়ার করুন|উত্তর দিন|আরও পড়ুন|নিউজলেটার|আমাদের অনুসরণ করুন|ট্যাগ
    সর্বস্বত্ব সংরক্ষিত
""".replace("\n", "|").split("|") if p.strip())
#: ... the headings of the comments and related reading under an article
_SCRIPT_AFTER_ARTICLE: frozenset[str] = frozenset(p.strip() for p in """
    التعليقات|تعليقات|اترك تعليقا|اترك تعليقاً|أضف تعليقا|أضف تعليقاً|أخبار ذات صلة|مقالات ذات صلة
    مواضيع ذات صلة
    نظرات|دیدگاه ها|ارسال نظر|دیدگاهتان را بنویسید|اخبار مرتبط|مطالب مرتبط|نوشته های مرتبط
    تبصرے|تبصرہ کریں|اپنا تبصرہ بھیجیں|متعلقہ خبریں|متعلقہ تحریریں
    תגובות|כתיבת תגובה|הוסף תגובה|להוספת תגובה|כתבות נוספות|כתבות קשורות|פוסטים נוספים
    टिप्पणियां|टिप्पणियाँ|टिप्पणी करें|एक टिप्पणी छोड़ें|संबंधित खबरें|संबंधित पोस्ट|संबंधित लेख
    মন্তব্য|মন্তব্যসমূহ|মন্তব্য করুন|সম্পর্কিত খবর|সম্পর্কিত লেখা|আরও খবর
""".replace("\n", "|").split("|") if p.strip())
#: ... and the openings of the lines of its footer and boxes ("Follow us on ...", "All rights reserved ...")
_SCRIPT_PREFIXES: tuple[str, ...] = tuple(p.strip() for p in """
    تابعونا|تابعنا على|اشترك في|جميع الحقوق محفوظة|الوسوم:|كلمات مفتاحية:
    ما را در|ما را دنبال|عضویت در خبرنامه|تمامی حقوق|کلیه حقوق|برچسب ها:
    ہمیں فالو|ہمارا نیوز لیٹر|جملہ حقوق|ٹیگز:
    עקבו אחרינו|הירשמו לניוזלטר|כל הזכויות שמורות|תגיות:
    हमें फॉलो|न्यूज़लेटर के लिए|सर्वाधिकार सुरक्षित|टैग:
    আমাদের অনুসরণ|আমাদের ফেসবুকে|নিউজলেটার|সর্বস্বত্ব|ট্যাগ:
""".replace("\n", "|").split("|") if p.strip())

#: Whole lines that are navigation, sharing, comment or subscription furniture.
PHRASES: frozenset[str] = frozenset(p.strip() for p in """
    read more
    read more stories
    continue reading
    leave a reply
    leave a comment
    post a comment
    comments
    reply
    share
    share this
    share this article
    share this story
    share on facebook
    share on twitter
    share on linkedin
    share via email
    tweet
    email
    print
    facebook
    twitter
    linkedin
    whatsapp
    pinterest
    reddit
    copy link
    advertisement
    advertising
    sponsored
    skip to content
    skip to main content
    skip to navigation
    menu
    main menu
    close
    search
    home
    subscribe
    subscribe now
    sign in
    sign up
    log in
    login
    register
    newsletter
    related
    related articles
    related posts
    related stories
    recommended
    more stories
    more from
    you may also like
    most popular
    most read
    trending
    tags
    topics
    categories
    back to top
    previous article
    next article
    previous
    next
    load more
    show more
    see more
    view comments
    cancel reply
    all rights reserved
    privacy policy
    terms of use
    terms of service
    cookie policy
    accept cookies
    accept
    contact us
    about us
    mehr lesen
    teilen
    werbung
    anzeige
    kommentare
    partager
    publicité
    commentaires
    leer más
    compartir
    publicidad
    comentarios
    leggi anche
    leggi di più
    condividi
    pubblicità
    commenti
    leia mais
    compartilhar
    publicidade
    lees meer
    delen
    advertentie
    paylaş
    yorumlar
    κοινοποίηση
    σχόλια
    поділитися
    коментарі
    сподели
    коментари
    подели
    podeli
    podijeli
    komentari
    distribuie
    comentarii
    megosztás
    hozzászólások
    kommentit
    zdieľať
    komentáre
    komentarji
    공유하기
    댓글
    chia sẻ
    bình luận
    comparteix
    comentaris
    kongsi
    ibahagi
    分享
    分享到
    分享到：
    发表评论
    發表評論
    發表迴響
    返回顶部
    返回首頁
    返回首页
    シェア
    シェアする
    ツイート
    コメント
    コメントを書く
    続きを読む
    もっと見る
    อ่านเพิ่มเติม
    อ่านต่อ
    แชร์
    แสดงความคิดเห็น
""".strip().splitlines()) | _SCRIPT_MENU | _SCRIPT_PHRASES | _SCRIPT_AFTER_ARTICLE

#: A button set among the article's paragraphs that shows the rest of the story ("Continue reading",
#: "Haberin devamı", "Czytaj dalej"): the article goes on under it (furniture, as :data:`PHRASES` are).
READ_ON: frozenset[str] = frozenset(p.strip() for p in """
    continue reading|weiterlesen|lire la suite|seguir leyendo|continuar leyendo|continua a leggere
    continuar lendo|verder lezen|lees verder|czytaj dalej|читать далее|читати далі|haberin devamı
    jatka lukemista|čítať ďalej|čtěte dále|pokračovat ve čtení|tovább olvasom|διαβάστε τη συνέχεια
    đọc tiếp|läs vidare|læs videre|les videre|続きを読む|อ่านต่อ|계속 읽기
""".replace("\n", "|").split("|") if p.strip())
PHRASES |= READ_ON
#: A teaser's button to the story it sums up, on a line of its own under the summary ("Read
#: more", "Learn more", "Mehr erfahren", "Lire la suite"): a summary over one is no paragraph
#: of the article on the page.
MORE_BUTTONS: frozenset[str] = READ_ON | frozenset(p.strip() for p in """
    read more|learn more|find out more|discover more|see more|keep reading|read the full story|
    read full story|read the full article|read full article|read the story|read article|
    mehr erfahren|mehr lesen|mehr dazu|en savoir plus|lire plus|leer más|más información|saber más|
    leggi di più|leggi tutto|scopri di più|saiba mais|leia mais|lees meer|meer lezen|meer informatie|
    läs mer|læs mere|les mer|lue lisää|czytaj więcej|dowiedz się więcej|подробнее|читать больше|
    devamını oku|daha fazla bilgi|더 보기|자세히 보기|もっと見る|詳しくはこちら|
    了解更多|阅读更多|閱讀更多|查看更多
""".replace("\n", "|").split("|") if p.strip())

#: The label of an advertisement's slot set among the article's paragraphs: the article goes
#: on under it (a subset of :data:`PHRASES`).
AD_SLOTS: frozenset[str] = frozenset("""
    advertisement advertising ad ads werbung anzeige publicité publicidad pubblicità publicidade
    advertentie reklame annonce annons annonse reklama реклама mainos
""".split())
#: "Read also" and "Read more" in Arabic, Persian, Urdu, Hebrew, Hindi and Bengali
_SCRIPT_READ_ALSO = ("اقرأ أيضا|اقرأ أيضاً|اقرأ ايضا|اقرأ ايضاً|إقرأ أيضا|إقرأ أيضاً|اقرأ المزيد|اقرأ كذلك|"
                     "بیشتر بخوانید|بخوانید|این را هم بخوانید|یہ بھی پڑھیں|مزید پڑھیں|קראו עוד|קראו גם|"
                     "यह भी पढ़ें|ये भी पढ़ें|और पढ़ें|इसे भी पढ़ें|আরও পড়ুন|আরো পড়ুন")
#: "Further reading", "Related reading", "Read also" in Chinese, Japanese and Thai
_READ_ALSO_UNSPACED = "延伸阅读|延伸閱讀|相关阅读|相關閱讀|推荐阅读|推薦閱讀|あわせて読みたい|อ่านเพิ่มเติม|อ่านต่อ"
#: The labels of a link to another story ("Read more", "Lesen Sie auch", "À lire aussi"), in
#: every language: the one list :data:`READ_ALSO_LINK` and :data:`READ_ALSO_LABEL` read.
_READ_ALSO_LABELS = (
    r"read more|read also|also read|see also|related|more|lesen sie auch|auch interessant|"
    r"à lire aussi|lire aussi|voir aussi|lee también|lea también|leer también|leer más|ver también|"
    r"leggi anche|leia também|leia mais|veja também|lees ook|lees meer|läs också|läs även|läs mer|"
    r"læs også|læs mere|les også|les mer|lue myös|čtěte také|čtěte též|přečtěte si také|czytaj także|"
    r"czytaj też|zobacz też|zobacz także|читайте также|смотрите также|"
    r"devamını oku|διαβάστε επίσης|διαβάστε ακόμα|читайте також|прочетете още|прочети още|pročitajte još|"
    r"прочитајте још|pročitajte i|citește și|citeste si|olvassa el ezt is|prečítajte si aj|čítajte aj|"
    r"preberite tudi|xem thêm|đọc thêm|llegeix també|llegiu també|baca juga|basahin din|"
    rf"{_SCRIPT_READ_ALSO}|{_READ_ALSO_UNSPACED}")
#: A link to another story set among the article's paragraphs, its label then the story's
#: headline ("Read more: Europe's summer of heat", "Lesen Sie auch: ...", "À lire aussi : ..."):
#: the article goes on under it.
READ_ALSO_LINK = re.compile(rf"^(?:mehr zum thema|{_READ_ALSO_LABELS})\s?[:>»：]\s*\S", re.IGNORECASE)
#: A link box's heading on a line of its own, the linked story's headline on the next
#: ("Mehr zum Thema", "Te recomendamos", "Trending now", "On HoustonChronicle.com:"): set
#: among the article's paragraphs, the article goes on under the headline. A
#: :data:`READ_ALSO_LINK`'s label is one only standing bare, as a box's heading ("Read More",
#: "Lesen Sie auch"): split at its colon ("Also read:") some editors keep it as the article's.
READ_ALSO_LABEL = re.compile(
    r"^(?:(?:mehr zum thema|das könnte sie auch interessieren|te recomendamos|te puede interesar|"
    r"ti potrebbe interessare|potrebbe interessarti|vous aimerez aussi|sur le même sujet|trending now|"
    r"you may also like|you might also like|more on this story|more on this topic|"
    r"(?:more )?on [\w-]+(?:\.[\w-]+)+)\s?[:>»]?|"
    rf"{_READ_ALSO_LABELS}|【(?:{_READ_ALSO_UNSPACED})】)$", re.IGNORECASE)
#: a :data:`READ_ALSO_LINK` has this many words at most: its label and a headline
READ_ALSO_WORDS = 24

#: Labels over the next article a page prints whole under the article (an endless
#: scroll: "Next story" / its headline / its byline / its paragraphs). Matched on the
#: key of a short line. ("Up next" labels a video player's queue set in articles too.)
NEXT_STORY_LABELS: frozenset[str] = frozenset(p.strip() for p in """
    next story
    next article
    nächster artikel
    article suivant
    siguiente artículo
    articolo successivo
    próximo artigo
""".strip().splitlines())

#: Labels over what comes next that may also label a video queue or a reading box inside
#: the article: they end it only over another story that says none of its headline's words
#: (``edges.other_story_tail``). Matched on the key of a short line.
UP_NEXT_LABELS: frozenset[str] = NEXT_STORY_LABELS | frozenset(p.strip() for p in """
    up next
    next up
    read next
    read this next
    coming up next
    als nächstes
    à suivre
    a continuación
    a seguire
    volgende artikel
    nästa artikel
    następny artykuł
""".strip().splitlines())

#: Headings of the site's box on itself, in its footer or its sidebar ("About us", "Über uns",
#: "Qui sommes-nous ?"): the paragraph under one is the site's blurb (its mission, its company),
#: never an article's. A menu's link of the same words has no paragraph under it. Matched on the
#: key of a short line.
SITE_ABOUT_HEADINGS: frozenset[str] = frozenset(p.strip() for p in """
    about us
    who we are
    über uns
    wer wir sind
    à propos de nous
    qui sommes-nous
    qui sommes nous
    quiénes somos
    sobre nosotros
    chi siamo
    sobre nós
    quem somos
    over ons
    wie zijn wij
    om oss
    om os
    o nas
""".strip().splitlines())

#: Headings after which nothing of the article comes, whatever follows them: a
#: paywall's call ("To read the full story") and the site's word on itself or on
#: how it works ("Why trust us?", "How we reviewed this article"). The text under
#: them reads as prose (a box about the site's testers, a list of sources), but no
#: article goes on under them. Matched on the key of a short line.
FINAL_HEADINGS: frozenset[str] = frozenset(p.strip() for p in """
    to read the full story
    to read the full article
    subscribe to continue reading
    subscribe to read the full story
    subscribe to read the full article
    already a subscriber? sign in
    this article is for subscribers only
    jetzt abonnieren und weiterlesen
    abonnez-vous pour lire la suite
    suscríbete para seguir leyendo
    abbonati per continuare a leggere
    assine para continuar lendo
    why trust us
    why you can trust us
    why should you trust us
    warum sie uns vertrauen können
    pourquoi nous faire confiance
    por qué confiar en nosotros
    perché fidarsi di noi
    por que confiar em nós
    waarom ons vertrouwen
    how we reviewed this article
    about the author
    about the authors
    about the writer
    about our expert
    about our experts
    meet the writer
    meet the author
    über den autor
    über die autorin
    sobre el autor
    sobre o autor
    over de auteur
    à propos de l'auteur
""".strip().splitlines())

#: Headings that only ever open what follows an article: related reading, the
#: comments, the author box; the line model reads them (:data:`END_MARKERS`), and
#: the article ends at them (:data:`CLOSING_HEADINGS`).
_AFTER_ARTICLE: frozenset[str] = frozenset(p.strip() for p in """
    related articles
    related posts
    related stories
    related content
    related reading
    more stories
    more from
    more news
    similar articles
    other articles
    you may also like
    you might also like
    recommended
    recommended for you
    read next
    what to read next
    explore more
    latest news
    recent posts
    recent articles
    latest articles
    more articles
    read more articles
    more related posts
    related resources
    related products
    related tags
    more videos
    from the archive
    back to blog
    blog categories
    popular posts
    most popular
    most read
    trending
    leave a reply
    leave a comment
    post a comment
    join the conversation
    view comments
    show comments
    load comments
    about the author
    previous post
    next post
    see also
    ähnliche artikel
    das könnte sie auch interessieren
    articles similaires
    à lire aussi
    artículos relacionados
    te puede interesar
    articoli correlati
    potrebbe interessarti
    artigos relacionados
    leia também
    veja também
    gerelateerde artikelen
    artikel terkait
    похожие статьи
    читайте также
    комментарии
    ilgili haberler
    bunlar da ilginizi çekebilir
    σχετικά άρθρα
    схожі новини
    още по темата
    povezane vesti
    повезане вести
    povezani članci
    articole similare
    kapcsolódó cikkek
    ezek is érdekelhetik
    súvisiace články
    sorodni članki
    관련 기사
    함께 보면 좋은 기사
    tin liên quan
    bài viết liên quan
    notícies relacionades
    berita berkaitan
    相关新闻
    相關新聞
    相关阅读
    相關閱讀
    相关文章
    相關文章
    延伸阅读
    延伸閱讀
    推荐阅读
    推薦閱讀
    関連記事
    関連ニュース
    おすすめ記事
    ข่าวที่เกี่ยวข้อง
    บทความที่เกี่ยวข้อง
""".strip().splitlines()) | _SCRIPT_AFTER_ARTICLE

#: Headings and links that close an article: what follows them is sharing,
#: related reading, comments or the author box, not more of the article.
END_MARKERS: frozenset[str] = _AFTER_ARTICLE | frozenset(p.strip() for p in """
    share
    share this
    share this article
    share this post
    share this story
    share article
    share on facebook
    share on twitter
    share on linkedin
    related
    more like this
    up next
    keep reading
    in case you missed it
    latest
    latest posts
    tags
    tagged
    filed under
    article tags
    topics
    comments
    discussion
    written by
    previous
    next
    previous article
    next article
    newsletter
    subscribe
    sign up
    read more
    further reading
    references
    sources
    footnotes
    advertisement
    sponsored
    back to top
    follow us
    stay connected
    connect with us
    get in touch
    contact us
    about us
    privacy policy
    cookie policy
    terms of use
    all rights reserved
    tweet
    email
    print
    reply
    artikel teilen
    lire aussi
    baca juga
    分享到
    分享到：
    シェアする
    この記事をシェアする
    แชร์บทความนี้
""".strip().splitlines()) | _SCRIPT_PHRASES

#: End markers that are also a slideshow's buttons: "Previous" / "Next" over a picture
#: move through a gallery set inside the article, and the article goes on below it.
GALLERY_BUTTONS: frozenset[str] = frozenset({"previous", "next"})

#: A site's rights line, the last of its footer ("Copyright © 2023 Example Inc. All Rights
#: Reserved.", "© 2024 Example"): matched on a short line's key.
RIGHTS_LINE = re.compile(r"^(?:copyright\b|©|\(c\) ?\d{4})|\ball rights reserved\b")

#: A line that starts with one of these and is short is furniture too
#: ("Follow us on Twitter", "Sign up for our newsletter", "Copyright 2024 ...").
PREFIXES: tuple[str, ...] = (
    "follow us",
    "sign up for",
    "subscribe to",
    "copyright",
    "©",
    "all rights reserved",
    "click here",
    "related:",
    "read more:",
    "read also",
    "see also",
    "also read",
    "share this",
    "posted in",
    "filed under",
    "tagged",
    "tags:",
    "categories:",
    "this article was",
    "we use cookies",
    "by clicking",
    "your email address will not be published",
    "required fields are marked",
    "notify me of",
    "save my name",
    *_SCRIPT_PREFIXES,
)
#: :data:`PREFIXES` in the scripts written without spaces (the editor's line, the rights,
#: related reading): read on the pages in those scripts only, so that no other page's short
#: lines are compared with them
UNSPACED_PREFIXES: tuple[str, ...] = (
    "责任编辑",
    "責任編輯",
    "版权所有",
    "版權所有",
    "相关阅读：",
    "延伸阅读：",
    "関連記事：",
    "สงวนลิขสิทธิ์",
    "อ่านเพิ่มเติม:",
)

#: Headings that only ever open what follows an article: related reading, the
#: comments, the author box, its sources and its pictures' ("Sources", "Image
#: credits"; the truths keep "References"), a paywall's call ("To read the full
#: story"), the site's word on itself ("Why trust us?"). Unlike :data:`END_MARKERS` (which the
#: line model reads) none of them is also an inline box's label inside an article
#: ("Related", "Share").
CLOSING_HEADINGS: frozenset[str] = _AFTER_ARTICLE | frozenset(p.strip() for p in """
    you may also be interested in
    you might also be interested in
    you might be interested in
    you may also enjoy
    you might also enjoy
    vous aimerez aussi
    vous aimerez peut-être aussi
    sur le même sujet
    también te puede interesar
    te podría interesar
    noticias relacionadas
    ti potrebbe interessare
    potrebbe interessarti anche
    você também pode gostar
    você pode gostar
    notícias relacionadas
    dit vind je misschien ook leuk
    misschien ook interessant
    вам также может быть интересно
    похожие новости
    read more stories
    recommended stories
    popular now
    trending now
    top stories
    latest stories
    editor's picks
    editors' picks
    meistgelesen
    les plus lus
    lo más leído
    i più letti
    mais lidas
    meest gelezen
    вам может быть интересно
    explore more articles
    recommended reading
    from our archives
    weitere artikel
    ähnliche beiträge
    neueste beiträge
    mehr zum thema
    articles récents
    derniers articles
    artículos recientes
    articoli recenti
    ultimi articoli
    artigos recentes
    gerelateerde berichten
    recente berichten
    photo sources
    sources
    citations
    footnotes
    quellen
    fuentes
    fonti
    fontes
    bronnen
    image references
    image credits
    photo credits
""".strip().splitlines()) | FINAL_HEADINGS

#: Lines a comment thread prints around each comment besides its count, its headers and its reply
#: button (:data:`.shapes.COMMENT_HEADER`): the commenter's avatar ("Jane Doe's avatar", "Avatar of
#: Jane", "Avatar von Jane", "Avatar de Jane"), the comment's age in a thread's short form ("8d",
#: "3h", "2 hrs", "5 Min."), its likes ("Liked by Jane", "12 likes", "Gefällt 3 Personen") and its
#: fold ("Expand full comment", "Show 3 more replies", "Weitere Antworten anzeigen"), in several
#: languages. Matched on the lowercased line.
COMMENT_SIGN = re.compile(
    r"^(?:.{1,40}['’]s avatar|(?:user )?avatar(?: (?:of|von|de|di|van) .{1,40})?"
    r"|\d{1,2} ?(?:s|m|min|mins|h|hr|hrs|std|d|t|j|w|wk|mo|y|yr)\.?"
    r"|liked by .{1,40}|\d+ (?:likes?|upvotes?|points?)|gefällt \d+ .{1,20}|\d+ (?:j'aime|me gusta)"
    r"|expand (?:full )?comment|(?:show|view|load|see) (?:\d+ )?(?:more |all |previous )?(?:replies|comments)"
    r"|weitere (?:antworten|kommentare)(?: anzeigen| laden)?"
    r"|(?:afficher|voir) (?:plus de |les )?(?:réponses|commentaires)"
    r"|(?:ver|mostrar|cargar) (?:más )?(?:respuestas|comentarios))$")

#: The fields of a comment form, each a line of its own (its label, "Name*", "Email*",
#: "Website", "Comment"), in several languages; :data:`COMMENT_FORM_ONLY` are the fields only a
#: comment form asks for (a sign-up or contact form asks for no website). Matched on the key of
#: a short line.
COMMENT_FORM_FIELDS: frozenset[str] = frozenset(p.strip() for p in """
    name
    your name
    email
    e-mail
    email address
    your email
    website
    your website
    comment
    your comment
    nom
    site web
    commentaire
    nombre
    correo electrónico
    sitio web
    comentario
    webseite
    kommentar
    nome
    sito web
    commento
    naam
    reactie
""".strip().splitlines())
COMMENT_FORM_ONLY: frozenset[str] = frozenset(p.strip() for p in """
    website
    your website
    comment
    your comment
    site web
    commentaire
    sitio web
    comentario
    webseite
    kommentar
    sito web
    commento
    reactie
""".strip().splitlines())

#: Headings of a list of the site's other reading, matched on the key of a short line beside
#: :data:`CLOSING_HEADINGS`: "More blog posts", "Related reads", "Explore related topics",
#: "Latest reviews", "The latest from the blog", "More articles you might enjoy", "Related
#: papers". ("You might like" is not one, nor "More bread recipes": sites print them over
#: a box set inside the article.)
CLOSING_PATTERN = re.compile(
    r"^(?:more|other|related|recommended|latest|recent|popular|similar|explore)\b.{0,30}"
    r"\b(?:articles?|posts?|stories|reads?|reading|news|topics?|blogs?|guides|resources|insights|content"
    r"|reviews|episodes|videos|products|papers)"
    r"(?: you (?:might|may|will|could) (?:also )?(?:enjoy|like|love))?$"
    r"|^(?:the )?latest from\b")

#: Headings that open the author's other posts under an article ("More from Jane
#: Doe", "More articles by Jane Doe", "Latest posts by Jane", "Recently by Jane
#: Doe") or the section's ("More business news"), matched on the key of a short
#: line, like :data:`CLOSING_HEADINGS`.
CLOSING_BY = re.compile(
    r"^more \w+ (?:news|stories)$|"
    r"^(?:(?:more|other|recent|latest|all)(?: \w+)? (?:by|from)|recently by|"
    r"mehr (?:von|artikel von)|weitere artikel von|plus (?:de|d'articles de)|du même auteur|"
    r"más de|más artículos de|altri articoli di|mais de) \w",
    re.IGNORECASE)


#: The label over an article's list of tags or topics, on a line of its own or opening the line
#: of tags ("Tags:", "Filed under", "Topics Apple"), in several languages; matched on a short
#: line's key.
TAG_LABELS: frozenset[str] = frozenset(p.strip() for p in """
    tags
    tag
    tagged
    tagged with
    topics
    topics covered
    related topics
    filed under
    labels
    categories
    category
    posted in
    schlagwörter
    schlagworte
    themen
    étiquettes
    mots-clés
    sujets
    etiquetas
    temas
    argomenti
    tópicos
    assuntos
    onderwerpen
    trefwoorden
""".strip().splitlines())


#: ... opening the line of tags, as a text browser runs them together ("Topics Apple")
TAG_LABEL_OPENING = re.compile(r"^(?:topics|tags|filed under|labels|themen|sujets|temas)\s+(?=\S)",
                               re.IGNORECASE)


#: The arrows of a blog's links to its previous and next posts, each alone on a line around
#: the linked post's title ("←" / "Older post" / "→"): set under the article, they close it.
PREVIOUS_ARROWS: frozenset[str] = frozenset("← « ‹ ⟵ ◄ ◀".split())
NEXT_ARROWS: frozenset[str] = frozenset("→ » › ⟶ ► ▶".split())

#: ... and the two links printed on one row, as a text browser prints them ("Previous Post Next
#: Post", "« Previous article: Title Next article: Title »"), in several languages: a post's,
#: an article's or an entry's, not a slide's ("Previous Next" under a gallery's picture)
_POST = r"(?:post|article|story|entry|beitrag|artikel|article|artículo|entrada|articolo|artigo|bericht)"
POST_NAVIGATION_ROW = re.compile(
    rf"^\W*(?:(?:previous|prev|older|vorheriger|précédent|anterior|precedente)\s+{_POST}|"
    rf"{_POST}\s+(?:précédent|anterior|precedente|vorheriger))\b.*"
    rf"\b(?:(?:next|newer|nächster|suivant|siguiente|successivo|próximo|volgende)\s+{_POST}|"
    rf"{_POST}\s+(?:suivant|siguiente|successivo|seguinte))\b",
    re.IGNORECASE)


#: Headings of the site's lists of its most read stories ("Most popular",
#: "Trending now"): a box of them set among the paragraphs, or above them, is the
#: site's, whatever the article links to (see ``inline_furniture.boxes_of_other_posts``).
POPULAR_HEADINGS: frozenset[str] = frozenset(p.strip() for p in """
    most popular
    most read
    most viewed
    most shared
    popular posts
    popular now
    popular stories
    trending
    trending now
    trending stories
    top stories
    editor's picks
    editors' picks
    meistgelesen
    meistgelesene artikel
    les plus lus
    lo más leído
    lo más visto
    i più letti
    mais lidas
    mais lidos
    meest gelezen
""".strip().splitlines())


#: Notices a site prints on every page, whatever their length: a cookie banner's
#: text, the small print under a sign-up button, a share button's label. Matched
#: from the start of a line, in any case, on the lines the line model kept: the
#: model never sees them, so they can only drop lines.
NOTICE = re.compile(
    r"^(?:[•·*-]\s*)?(?:"
    r"(?:this|our) (?:web)?site (?:uses|is using) cookies|we use cookies|"
    r"(?:this|the) cookies? (?:is|are) (?:set|used)\b|by clicking\b|by continuing to (?:use|browse)\b|"
    r"click to (?:share|print|email)\b|(?:share on )?\w+(?: \w+)? \(opens in (?:a )?new (?:window|tab)\)|"
    r"\(opens in (?:a )?new (?:window|tab)\)$|"
    r"(?:diese (?:web)?seite|diese website) (?:verwendet|nutzt) cookies|wir (?:verwenden|nutzen) cookies|"
    r"(?:ce site|notre site) utilise des cookies|nous utilisons des cookies|"
    r"(?:este sitio|esta web|este sitio web) (?:utiliza|usa) cookies|(?:utilizamos|usamos) cookies|"
    r"al hacer clic\b|questo sito (?:utilizza|usa) (?:i )?cookie|utilizziamo (?:i )?cookie|"
    r"(?:este site|este sítio) (?:utiliza|usa) cookies|ao clicar\b|"
    r"(?:deze (?:web)?site) gebruikt cookies|wij gebruiken cookies|"
    r"we and our (?:\d+ )?partners (?:store|process|use)\b|store and/or access information on a device|"
    r"wir und unsere (?:\d+ )?partner (?:speichern|verarbeiten)\b|"
    r"nous et nos (?:\d+ )?partenaires (?:stockons|traitons)\b|"
    r"nosotros y nuestros (?:\d+ )?socios (?:almacenamos|tratamos)\b|"
    r"noi e i nostri (?:\d+ )?partner (?:archiviamo|trattiamo)\b|"
    # a news site's call to follow it on social media or a messaging channel ("Follow us on
    # Twitter ...", "Подписывайтесь на наш канал ...", "Folgen Sie uns auf ...", "Síguenos en ...")
    r"follow us on (?:twitter|x|facebook|instagram|telegram|whatsapp|linkedin|youtube|tiktok|google news)\b|"
    r"подписывайтесь на (?:наш|нас)\b|читайте нас в\b|folgen sie uns auf\b|suivez-nous sur\b|"
    r"síguenos en\b|siga-nos n[oa]s?\b|seguici su\b|"
    r"please (?:turn on|enable) javascript\b|(?:turn on|enable) javascript(?: in your browser)? to \w|"
    r"(?:this|the) (?:site|website|page|slideshow|video|media|content|app|form) requires javascript\b|"
    r"(?:we(?:'|’)?re sorry,? but )?you (?:will )?need to enable javascript to \w|"
    r"javascript (?:is )?(?:required|disabled)(?: in your browser)?[.!]?$|"
    r"bitte (?:aktivieren sie|aktiviere) javascript|veuillez activer (?:le )?javascript|"
    r"(?:por favor,? )?(?:habilita|activa) (?:el )?javascript|abilita(?:re)? (?:il )?javascript|"
    r"ative o javascript|schakel javascript in|"
    r"(?:this|the) (?:article|story|content|post) is (?:only |exclusively )?"
    r"(?:reserved|available|exclusive|open) (?:only |exclusively )?(?:for|to) (?:our )?(?:paying |digital )?"
    r"(?:subscribers|members)|"
    r"you have (?:\d+|one|two|three) (?:free )?(?:articles?|stories) (?:left|remaining)|"
    r"cet article est réservé aux abonnés|il vous reste \d+ ?% (?:de cet article )?à (?:lire|découvrir)|"
    r"dieser (?:artikel|beitrag|inhalt) ist (?:nur |exklusiv )?für (?:\w+-)?abonnent|"
    r"este (?:artículo|contenido) es (?:exclusivo )?para (?:suscriptores|socios|abonados)|"
    r"questo (?:articolo|contenuto) è riservato agli abbonati|"
    r"este (?:conteúdo|artigo) é exclusivo para assinantes|"
    r"dit (?:artikel|stuk) is (?:alleen|exclusief) voor abonnees|"
    # the consent printed under a sign-up or contact form, in which the reader agrees ("By
    # submitting this form, you agree ...", "By signing up, you consent ...", "En soumettant
    # ce formulaire ..."), and a form plugin's notice on its hidden fields and its spam trap
    # ("Please leave this field empty")
    r"by (?:submitting|completing|sending|signing up|subscribing|registering|providing|entering|"
    r"using|continuing)\b"
    r"[^.!?]{0,80}?\b(?:you|i) (?:hereby )?(?:agree|consent|authori[sz]e|acknowledge|accept|"
    r"confirm|understand)\b|"
    r"terms of submitting this form\b|this field is (?:hidden when viewing the form|"
    r"for validation purposes)\b|"
    r"(?:please )?leave this field (?:blank|empty)\b|"
    r"mit (?:dem )?(?:absenden|abschicken) (?:des|dieses) formulars\b|"
    r"en (?:soumettant|envoyant|validant) ce formulaire\b|en vous inscrivant,? vous acceptez\b|"
    r"al (?:enviar|completar) (?:este|el) formulario\b|al (?:suscribirte|registrarte),? aceptas\b|"
    r"(?:inviando|compilando) (?:questo|il) modulo\b|ao (?:enviar|preencher) (?:este|o) formulário\b|"
    r"door (?:dit|het) formulier (?:te verzenden|in te vullen)\b|"
    # a widget's apology when it fails (a store finder's, a search box's, a form's): "Sorry,
    # we couldn't find a match ...", "We're sorry. This option is not available ..."
    r"(?:we['’]re |we are )?sorry[,.!]? (?:but )?(?:(?:it looks like|it seems(?: that)?) )?"
    r"(?:we (?:couldn['’]?t|could not|can['’]?t|cannot|were unable to|did not|didn['’]?t) find|"
    r"(?:this|that|the) (?:option|feature|page|content|service|location|item|video|"
    r"product) is (?:currently )?"
    r"(?:not|no longer|un) ?available|something went wrong|an? (?:unexpected )?error (?:has )?occurred|"
    r"there (?:was|has been) an? (?:\w+ )?(?:error|problem)|no (?:results|matches|"
    r"locations) (?:were )?found)|"
    r"leider (?:konnten wir|wurden) keine (?:ergebnisse|treffer)|leider ist ein fehler aufgetreten|"
    r"es tut uns leid,? (?:aber )?(?:es ist ein fehler aufgetreten|wir konnten)|"
    r"désolée?s?,? (?:une erreur (?:s'est produite|est survenue)|nous n'avons (?:trouvé|pas pu trouver)|"
    r"aucun résultat)|"
    r"lo sentimos,? (?:se ha producido un error|ha ocurrido un error|no (?:hemos encontrado|se encontraron|"
    r"encontramos))|(?:ci dispiace|spiacenti),? (?:si è verificato un errore|non (?:abbiamo trovato|"
    r"è stato trovato))|desculpe,? (?:ocorreu um erro|não (?:encontramos|foi possível encontrar))|"
    r"sorry,? (?:er is iets misgegaan|er is een fout opgetreden|we (?:konden|hebben) geen))|"
    # a newsletter's note to a reader it was forwarded to, a documentation site's bookmark feature
    r"was this (?:newsletter|email|e-mail) forwarded to you\b|"
    r"(?:stay organized with collections )?save and categorize content based on your preferences\b",
    re.IGNORECASE)

#: Promotions a site sets among the paragraphs, found anywhere in a line: its
#: newsletter, new posts "delivered to your inbox", a commenting policy, a call to
#: support its journalism ("If you're enjoying this article, consider supporting our
#: journalism by subscribing").
#: ... each alternative with the phrases (in lower case) every match of it holds one of:
#: a line is searched only with the alternatives whose phrase it holds, lowercased (the
#: whole pattern, unanchored, is tried at every character of a paragraph)
_PROMOTIONS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("to your inbox",), r"delivered (?:straight |right )?to your inbox"),
    (("reader-supported publication",), r"\breader-supported publication"),
    (("to receive new posts",), r"to receive new posts"),
    (("consider supporting our ",), r"consider supporting our (?:[\w-]+ ){0,3}journalism"),
    (("journalismus", "journalisme", "periodismo", "giornalismo"),
     r"unterstützen sie unseren journalismus|"
     r"soutenez notre journalisme|apoya nuestro periodismo|sostieni il nostro giornalismo"),
    (("newsletter",), r"(?:sign up|subscribe) (?:for|to) (?:our|the) .{0,60}newsletter"),
    (("please be respectful",), r"please be respectful"),
    # a news site's call for its readers' views ("We'd like to hear what you think about this or any
    # of our articles", "We want to hear from you!")
    (("o hear ",), r"\bwe(?:['’]d| would) (?:like|love) to hear (?:what you think|from you)|"
                   r"\bwe want to hear from you"),
    # a text-message sign-up's small print ("Msg & data rates may apply")
    (("data rates may apply",), r"\b(?:msg|message)s?\.?\s*(?:&|and)\s*data rates may apply"),
    (("newsletter",), r"(?:abonnieren sie|melden sie sich für) (?:unseren|den) newsletter|"
                      r"abonnez-vous à (?:notre|la) newsletter|"
                      r"(?:suscríbete|suscribete) a (?:nuestra|la) newsletter|"
                      r"iscriviti alla (?:nostra )?newsletter|"
                      r"(?:inscreva-se|assine) (?:na|a) nossa newsletter"),
)
PROMOTION = re.compile("|".join(pattern for _, pattern in _PROMOTIONS), re.IGNORECASE)
PROMOTIONS: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = tuple(
    (phrases, re.compile(pattern, re.IGNORECASE)) for phrases, pattern in _PROMOTIONS)
#: the characters ``re.IGNORECASE`` reads as a letter of :data:`PROMOTION` that do not
#: lowercase to it: a line with one is searched with the whole pattern (tested)
PROMOTION_TRAPS = "\u0130\u0131\u017f"

#: A site's disclosure of how it earns from what it recommends, printed at the
#: top or foot of its articles: affiliate links, commissions on purchases ("We
#: may earn a commission", "This post contains affiliate links", "As an Amazon
#: Associate I earn from qualifying purchases", "at no extra cost to you"), paid
#: placements and editorial independence ("We independently review everything
#: we recommend"). Each pattern with a phrase it holds, searched in the lowercased
#: line only when the phrase is there (a pattern tried at every word of a line
#: costs microseconds); what :data:`DISCLOSURE_SAID` finds counts only when the
#: site itself says it (:data:`DISCLOSURE_SPEAKER`).
_DISCLOSURES = (
    ("to you", r"\bat no (?:additional|extra) (?:cost|charge) to you\b"),
    ("paid placement", r"\bpaid placement\b"),
    ("editorially independent", r"\beditorially independent\b"),
    ("independently", r"^(?:we|our (?:\w+ )?(?:editors|experts|team|reviewers))\s+(?:independently )?"
                      r"(?:select|test|review|research|evaluate|recommend)\w*\b.{0,40}\bindependently\b|"
                      r"^we independently (?:review|test|research|evaluate|select|choose|vet)\b"),
    ("financial relationship", r"\bwe have financial relationships? with\b"),
    ("supported by commissions", r"\bsupported by commissions\b"),
    ("disclosure", r"\bread (?:my|our) (?:full )?(?:affiliate )?disclosure\b|"
                   r"\b(?:visit|see) (?:my|our) (?:full )?(?:affiliate )?disclosure (?:page|policy)\b"),
    ("are affiliate", r"\blinks (?:in|on) this (?:article|post|page|site) are affiliate\b"),
    ("contain affiliate", r"^(?:note: )?some (?:posts|articles|pages) (?:may )?contain affiliate links\b"),
    ("sponsored content", r"^(?:also, )?this (?:article|post|page) contains sponsored content\b"),
    ("provision", r"\b(?:wir|ich) (?:erhalten|bekommen)\b.{0,40}\bprovision\b|"
                  r"\b(?:erhalten|bekommen) (?:wir|ich)\b.{0,40}\bprovision\b"),
    ("affiliate-link", r"\baffiliate-links?\b"),
    ("affili", r"\bliens? (?:d'affiliation|affiliés?)\b"),
    ("une commission", r"\bnous (?:pouvons )?(?:percevoir|recevoir|toucher) une commission\b"),
    ("de afiliad", r"\b(?:enlaces?|links?) de afiliad"),
    ("una comisión", r"\b(?:podemos )?recibir una comisión\b"),
    ("affiliazione", r"\blink di affiliazione\b"),
    ("una commissione", r"\b(?:possiamo )?ricevere una commissione\b"),
    ("uma comissão", r"\b(?:podemos )?receber uma comissão\b"),
    ("commissie ontvangen", r"\bwij (?:kunnen )?(?:een )?commissie ontvangen\b"),
    ("commissie", r"\bontvang(?:en)? (?:ik|wij|we) (?:mogelijk )?(?:een )?(?:kleine )?commissie\b"),
    ("affiliate", r"\b(?:dit (?:bericht|artikel)|deze (?:pagina|blog)) bevat (?:\w+ )?affiliate[- ]links\b|"
                  r"\b(?:questo (?:articolo|post)|la pagina) contiene (?:\w+ )?link (?:di )?affiliat|"
                  r"\b(?:este (?:artigo|post)|esta página) contém (?:\w+ )?links? de afiliad"),
)
DISCLOSURES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (phrase, re.compile(pattern)) for phrase, pattern in _DISCLOSURES)
#: What a site says of itself in a disclosure, and who says it within
#: ``DISCLOSURE_REACH`` characters before: we, I, this post (an article about
#: affiliate marketing says what others earn).
DISCLOSURE_SAID = re.compile(
    r"\b(?:earn|receive|get|make)s? (?:an? )?(?:small |tiny )?(?:affiliate )?(?:commissions?|compensation)\b|"
    r"\bcontains? (?:some )?affiliate links?\b|\buses? affiliate links\b|\bearn from qualifying purchases\b")
DISCLOSURE_SPEAKER = re.compile(
    r"\b(?:we|i|this (?:post|article|page|site|website|blog|podcast|story|video|guide))\b")
DISCLOSURE_REACH = 100

#: Every :data:`NOTICE` or :data:`PROMOTION` holds one of these (in the case it is
#: usually printed; a "reader-supported publication" invites "to receive new posts";
#: a consent banner's partners store or access information on a device):
#: a line, or a whole body, without any is not searched.
NOTICE_HINTS: tuple[str, ...] = ("ookie", "lick", "clic", "pens in ", "ewsletter", "nbox", "new posts",
                                 "orwarded", "ategorize",
                                 "espectful", "artner", "artenaires", "socios", "ccess information",
                                 "avaScript", "avascript", "ournalism", "iornalismo", "eriodismo", "o hear ",
                                 "ollow us on", "одписывайтесь", "итайте нас", "olgen Sie uns", "uivez-nous",
                                 "íguenos", "iga-nos", "eguici",
                                 "ubscribers", "embers", "ree articles", "ree stories", "bonn", "ous reste",
                                 "uscriptores", "ocios", "bonados", "bbonati", "ssinantes",
                                 "ata rates", "y submitting", "y completing", "y sending", "y signing up",
                                 "y subscribing", "y registering", "y providing", "y entering", "y using",
                                 "y continuing", "ubmitting this form", "iewing the form",
                                 "alidation purposes", "field blank", "field empty", "orry", "eider",
                                 "tut uns leid", "ésolé", "o sentimos", "i dispiace", "piacenti",
                                 "esculpe", "bsenden", "bschicken", "soumettant", "nvoyant",
                                 "alidant", "nscrivant", "nviar", "ompletar", "uscribirte", "egistrarte",
                                 "nviando", "ompilando", "reencher", "erzenden", "n te vullen")
#: Nearly every disclosure (:data:`DISCLOSURES`, :data:`DISCLOSURE_SAID`) holds one of
#: these (commission, comisión, comissão; affiliate, afiliado; independent; Provision;
#: disclosure; sponsored): only the lines that do are searched.
DISCLOSURE_HINTS: tuple[str, ...] = ("ommis", "omis", "filia", "ndependent", "rovision", "isclosure",
                                     "ponsored")


#: Whole lines that are a page's widgets set among the paragraphs, never its text:
#: buttons and calls to action ("Learn more", "Book a demo", "Check price on Amazon", "Check Amazon Price",
#: "$49 at Target", "Buy now at Amazon", "Get a quote from Acme Movers", "Start your
#: 14-day free trial", "Join our newsletter!", "Sign up for free →", "Compare used
#: car deals with Acme", "No credit card required", "Free 14-day trial. No credit card required",
#: "Follow me on Instagram", and the links a pirated site theme prints in a footer, "Download
#: Premium WordPress Themes Free"), a
#: product's logo named as one ("Product Logo for Acme"), a social embed's frame ("View
#: this post on Instagram", "A post shared by ..."), an advertisement's slot
#: ("Advertisement - Continue Reading Below"), a share row's or a video's prompt
#: ("Share your thoughts with friends", "Like this article?", "Thanks for watching!"), an
#: advertisement's or a comment count's slot ("Story continues below advertisement",
#: "Comments (12)"), a tag list ("Themen: ...", "Mots-clés : ...", "Filed under: ..."), a gallery's or a
#: newsletter's link ("Bildergalerie", "Newsletter abonnieren"),
#: a news site's link to a related
#: story set among the paragraphs ("READ MORE: Council delays vote", "Lesen Sie
#: auch: ...", "On HoustonChronicle.com: ..."), a table of contents' heading, a loading
#: notice, a rating's stars, a gallery's counter ("Image 1 of 9"), a sign-up form's
#: fields ("Email Address", "First Name *[ ]"), a struck-out old price and a picture's
#: file name as a text browser prints them ("[DEL:$90:DEL] $85", "[IMG_0412]") or as
#: it is ("GettyImages-123.jpg"), a label on its own line ("Author", "Also:"), a form's
#: messages ("Oops! Something went wrong while submitting the form."), a social handle
#: ("@janedoe"), a reading time ("5 min read", "11 mins") or a video's ("0:24"), a modal's
#: "Close Modal", a comment form's heading ("Leave a Reply Cancel reply"), a review site's
#: "Why trust us?", an FAQ's buttons ("Expand All Collapse All"), a search box's "No results
#: found", a one-word button ("Like", "Like Loading…" as a text browser prints it with its
#: loading notice, "Follow", "Download", "Folgen", "Suivre"; not
#: "More", which a renderer splits out of a paragraph's "(More)" link), a links list's
#: heading ("More Resources", "More References", "Mehr Artikel") and a pager's links
#: ("Previous Next", "< Previous | Compare | Next >"), the buttons of an AI summary box ("Generate a
#: summary of this story", "Show me the facts"), a rating widget's answers ("Let us improve this
#: post!"), a sign-up box's call ("Never miss another article", "Be the first to know!", "Don't miss a
#: thing by following us on Facebook"), a contact box's heading ("Get in touch") and a
#: follow button ("Add us on Google", "Follow us on social media"), a share button's
#: confirmation ("Link copied!", "Copied to clipboard", "Lien copié") and an embedded
#: video's frame title ("YouTube video player"), a shop's or a list's buttons ("Watch now",
#: "View all", "Read the review", "Now 20% Off"), a reading time ("2–4
#: minutes") and a heading over links to other posts ("You might also like", "Recommended
#: reading"), a news site's buttons for its readers' accounts ("Already have an account? Log in",
#: "Thanks for signing up!"), a link's notice that it opens a new window ("Opens in a new window",
#: "Öffnet in neuem Fenster"), its read-aloud player ("Listen · 3:51", "Listen to this article"),
#: its reading list ("Save this story") and its sponsor's slot ("Sponsor Message"), a call to
#: subscribe, join or give ("Register Now", "Join today – it's free", "Donate now", "Jetzt
#: abonnieren"), a search box's label ("Search for:") and a form's field as a text browser
#: prints it, empty, closing its label or opening its button ("Business Email *[ ]", "[ ]Submit";
#: a checklist's "[ ] Book the venue" is no field), and a news page's furniture: its paywall's
#: and membership calls ("Subscribe to continue reading", "Become a Member", "Support independent
#: journalism"), its comments' and gallery's buttons ("View 12 comments", "See full gallery"), a
#: related box's or a sponsor's label ("Related Coverage", "Sponsored Content", 7 languages), a
#: button making the site a preferred source on Google ("Add Acme as a Preferred Source", "Add
#: Acme on Google", "Prefer Acme on Google", "Add Acme to your Google News feed"), its
#: video player's ("Up next"), a live blog's ("Key events"), its app's, its tips' and corrections'
#: links ("Got a tip?", "Report an error", "Reprints & Permissions") and its reader buttons ("Gift
#: this article", "Continue reading the main story") and a teaser's age ("5 hours ago", "vor 2
#: Stunden"). And a picture's file name as a camera or a screenshot names it ("IMG_2671", "Screenshot
#: 2025-12-15 at 11"), a heading's anchor printed as text ("#section2"), a notice's button ("Dismiss
#: notification"), an empty list's notice ("No items found."), a rating's or a reading time's label
#: ("Average rating", "Reading Time:"), a contributor's credit alone on a line ("Text by", "Icons
#: by Jane Doe", "Illustrations de Jane Doe"). Matched
#: on the whole line lowercased (written in lower case: a case-blind match costs twice as
#: much), on the short lines the line model kept (see :data:`WIDGET_WORDS`): the model
#: never sees them, so they can only drop lines.
_WIDGET_ALTERNATIVES = (
    r"(?:[a-z]{0,3}[$£€¥₹]\s?\d[\d.,]*|\d[\d.,]*\s?(?:[$£€]|eur|usd|gbp)) "
    r"(?:at|on|from|@|bei|chez|en|sur|su|na|op|em) \S.*|"
    r"(?:check|see|view|compare|get|track) (?:the )?(?:latest |current |best |today'?s )?"
    r"(?:[a-z][\w.'’&-]* )?prices?"
    r"(?: (?:on|at|from) \S.*)?|"
    r"learn more(?: here)?|learn more about how we (?:test|review|rate|research)(?: [\w ]{1,30})?|"
    r"find out more|get started|start now|try (?:it )?(?:for )?free|try (?:it )?now|"
    r"watch (?:a |the )?demo|get certified|start shopping(?: [\w'’-]+)?(?: now| today)?|"
    r"download (?:the|our|your|this|a) (?:free )?"
    r"(?:e-?book|guide|white ?paper|report|checklist|template|toolkit)|"
    r"start (?:your |a )?(?:\d+-(?:day|week|month) )?free trial"
    r"(?: (?:of|with|for) [^.!?]{1,40})?(?: today| now)?|"
    r"join (?:our|my|the) (?:[\w'’& ]{1,40} )?newsletter|"
    r"sign up (?:for free|now|today)(?: and [^.!?]{1,40})?|"
    r"(?:thank you|thanks) for subscribing(?: to [^.!?]{1,60})?|free download|"
    r"(?:book|get|request|schedule) a (?:free )?demo|get a (?:free )?quote|book now|shop now|"
    r"order now|download now|sign[- ]up (?:for )?free|visit (?:the )?(?:web)?site|add to (?:cart|basket|bag)|"
    r"get (?:this |the )?deal|get the recipe|(?:see|view) (?:the )?deal|see (?:the )?pric(?:ing|es)|"
    r"(?:[$£€]\s?\d[\d.,]* )?save [$£€]\s?\d[\d.,]*|check availability|read (?:our |the )?full review|"
    r"read review|read (?:our |the )?full [^.]{1,40} review(?=$)|best prices today|price comparison from .+|"
    r"starting at [$£€]\s?\d[\d.,]*|\d+ likes?|\d+ (?:of \d+ )?comments|"
    r"no (?:results|matches|items|posts|articles)(?: found)?|keine (?:ergebnisse|treffer)(?: gefunden)?|"
    r"aucun résultat(?: trouvé)?|"
    r"no se (?:han )?encontr(?:ado|aron) resultados|sin resultados|nessun risultato(?: trovato)?|"
    r"nenhum resultado(?: encontrado)?|geen resultaten(?: gevonden)?|"
    r"expand all(?: collapse all)?|collapse all(?: expand all)?|expand collapse|source|play video|"
    r"watch (?:the )?video|skip ad|"
    r"(?:listen to (?:this )?(?:article|story)(?: in \w+(?: \w+)? (?:format|version|mode))?|"
    r"artikel (?:anhören|vorlesen lassen)|écouter (?:cet |l')article|"
    r"escuchar (?:este )?artículo|ascolta (?:questo |l')articolo|ouvir (?:este )?artigo|"
    r"artikel (?:beluisteren|voorlezen))(?: ?[·•|-] ?\d{1,3}(?::\d{2})? ?min(?:utes?|s|\.)?)?|"
    r"listen(?: ·)?(?: \d{1,2}:\d{2})*|sponsor message|"
    r"(?:read|view) (?:this (?:article|story) )?in (?:english|spanish|french|german|italian|portuguese|"
    r"(?:simplified |traditional )?chinese|japanese|korean|arabic|russian|ukrainian|hindi)|"
    r"阅读简体中文版|阅读繁体中文版|閱讀繁體中文版|閱讀簡體中文版|leer en (?:español|inglés)|"
    r"lire (?:cet article )?en (?:français|anglais)|auf (?:deutsch|englisch) lesen|"
    r"ler em (?:português|inglês)|"
    r"leggi in (?:italiano|inglese)|lees in het (?:nederlands|engels)|читать на (?:русском|английском)|"
    r"print this (?:article|page)|"
    r"opens? in (?:a )?new (?:window|tab)|"
    r"(?:öffnet |wird )?in (?:einem )?neue[mn] (?:fenster|tab)(?: öffnen| geöffnet)?|"
    r"s'ouvre dans une nouvelle fenêtre|s'ouvre dans un nouvel onglet|"
    r"se abre en una (?:nueva ventana|pestaña nueva)|si apre in una nuova (?:finestra|scheda)|"
    r"abre em uma nova (?:janela|aba)|opent in een nieuw(?:e)? (?:venster|tabblad)|"
    r"save (?:for later|this (?:article|story|post)|to (?:favou?rites|reading list))|"
    r"artikel (?:merken|speichern|opslaan)|(?:sauvegarder|enregistrer) (?:l'|cet )article|"
    r"guardar (?:este )?artículo|salva (?:questo |l')articolo|salvar (?:este )?artigo|"
    r"already (?:have an account|a (?:member|subscriber))\??(?: (?:log|sign) in)?|"
    r"(?:sie haben )?bereits (?:ein konto|registriert|abonnent(?:in)?)\??(?: (?:anmelden|einloggen))?|"
    r"(?:vous avez )?déjà (?:un compte|abonné(?:e)?) ?\??(?: (?:se connecter|connectez-vous))?|"
    r"¿?ya (?:tienes|tiene) (?:una )?cuenta\??(?: (?:inicia|iniciar) sesión)?|¿?ya eres suscriptor\??|"
    r"hai già un account\??(?: accedi)?|sei già abbonato\??|"
    r"já (?:tem|tens) (?:uma )?conta\??(?: (?:entrar|faça login|entre))?|já é assinante\??|"
    r"(?:heb je|heeft u) al een account\??(?: (?:log in|inloggen))?|"
    r"(?:thanks|thank you)!? for (?:signing up|registering)|sign me up|"
    r"(?:subscribe|join|register|donate|give|support us) (?:now|today|here)(?: [–—-] [^.!?]{1,30})?|"
    r"jetzt (?:abonnieren|registrieren|spenden|anmelden)|(?:abonnez|inscrivez)-vous (?:dès )?maintenant|"
    r"faites un don|(?:suscríbete|regístrate|dona) (?:ahora|hoy)|(?:abbonati|iscriviti|registrati|dona) ora|"
    r"(?:assine|inscreva-se|doe) (?:já|agora)|(?:abonneer|registreer|doneer) nu|word nu lid|"
    r"[^\[\]]{0,80}\[[ _]*\]|\[[ _]*\] ?(?:submit|subscribe|sign (?:me )?up|send|go|search|join)|"
    r"search for ?:|suche nach ?:|rechercher ?:|buscar ?:|cerca ?:|pesquisar ?:|zoeken naar ?:|"
    r"(?:(?:enter )?(?:your )?e-?mail(?: address)?|first name|last name|leave this field blank)"
    r"(?: ?\*)?(?: ?\[[ _]*\])?|"
    r"jump to recipe|print recipe|was this (?:article |page )?helpful\??|thanks? (?:you )?for your feedback|"
    r"(?:click here to )?(?:get|download) (?:the|our) .{1,40} app|\[del:.{1,20}:del\].*|"
    r"\[(?=[\w.-]{4,}\])(?=[\w.-]*[a-z])[\w.-]*[\d_][\w.-]*\]|"
    r"mehr erfahren|jetzt kaufen|jetzt bestellen|zum angebot|en savoir plus|acheter maintenant|voir l'offre|"
    r"más información|saber más|comprar ahora|ver oferta|scopri di più|acquista ora|vedi offerta|"
    r"saiba mais|comprar agora|meer informatie|nu kopen|"
    r"compare (?:new |used )?[\w ]{0,30}(?:deals|prices|quotes|rates|offers) (?:with|at|on|from) \S.*|"
    r"buy (?:it )?now (?:at|on|from) \S.*|get (?:a|your) (?:free )?quotes? (?:from|with|for) \S.*|"
    r"check (?:their|the|our) (?:latest )?(?:rates|prices|availability)"
    r"(?: (?:and|&) (?:rates|prices|availability))?|start (?:the )?course|"
    r"(?:(?:start (?:your |a )?)?(?:free (?:\d+[- ]day )?trial|\d+[- ]day free trial|kostenlose testversion|"
    r"essai gratuit|prueba gratuita|prova gratuita|teste grátis|gratis proefperiode)[.,!]? )?"
    r"(?:no credit card (?:required|needed)|keine kreditkarte (?:erforderlich|nötig)|sans carte bancaire|"
    r"sin tarjeta de crédito|nessuna carta di credito richiesta|sem cartão de crédito|geen creditcard nodig)|"
    r"(?:product )?logo (?:for|of|von|de|di|van) \S.*|"
    r"(?:(?:free|premium|nulled|download|downloads?) ){1,3}wordpress themes?(?: (?:free|download|nulled))*|"
    r"(?:follow (?:me|us) on|folge (?:mir|uns) auf|folgen sie (?:mir|uns) auf|suivez-(?:moi|nous) sur|"
    r"s[íi]gue(?:me|nos) en|seguimi su|seguici su|siga-(?:me|nos) no|volg (?:mij|ons) op) "
    r"(?:social media|(?:den )?sozialen medien|les réseaux sociaux|(?:las )?redes sociales|"
    r"(?:i )?social(?: network)?|(?:as )?redes sociais|sociale media|"
    r"\w+(?:(?:,(?: (?:and|&|und|et|y|e|en))?| (?:and|&|und|et|y|e|en)) \w+){0,4})|"
    r"add us on(?: google)?|sign in to your|"
    r"(?:diesen |den )?artikel teilen|teilen auf \w+|partager (?:l'|cet )?article|partager sur \w+|"
    r"compartir (?:este |esta |la |el )?(?:artículo|noticia)|compartir en \w+(?: compartir en \w+)*|"
    r"condividi (?:questo |l')?articolo|condividi su \w+(?: condividi su \w+)*|"
    r"compartilh(?:e|ar) (?:esta |este |a |o )?(?:notícia|artigo|matéria)|compartilh(?:e|ar) (?:no|na) \w+|"
    r"deel (?:dit artikel|dit bericht|op \w+)|dela (?:artikeln|på \w+)|del (?:artikkelen|artikelen|på \w+)|"
    r"sdílet (?:článek|na \w+)|поделиться (?:в соцсетях|статьей|новостью)|udostępnij (?:artykuł|na \w+)|"
    r"(?:jetzt )?(?:zum|für den) newsletter anmelden|(?:jetzt )?newsletter abonnieren|"
    r"meld je aan voor (?:de|onze) nieuwsbrief|"
    r"(?:open|view|see|browse) (?:the |this )?(?:photo |image |picture )?gallery"
    r"(?: \(\d+ (?:photos|images|pictures)\))?|"
    r"follow [\w'’. -]{1,40} on (?:twitter|x|instagram|facebook|threads|bluesky|mastodon|linkedin|tiktok)"
    r"(?::? ?@[\w.]+)?|load (?:more )?comments|jetzt kommentieren|artikel verschenken|réagir|"
    r"purchase licensing rights|"
    r"generate a summary of this (?:story|article)|"
    r"here is a fact-based summary of the (?:story|article)(?: contents)?|"
    r"try something different|show me the facts|explain it like i['’]?m (?:5|five)|"
    r"give me a lighthearted recap|"
    r"we are sorry that this (?:post|article) was not useful for you|let us improve this (?:post|article)|"
    r"tell us how we can improve this (?:post|article)\??|"
    r"never miss (?:another|an?|a single) (?:article|post|story|update|issue)|"
    r"don['’]?t miss (?:a thing|out|(?:any |out on )?(?:the )?(?:latest )?"
    r"(?:news|stories|updates|articles|posts)(?: from us)?)"
    r"(?: ?[,:–—-]? (?:by |and )?(?:follow(?:ing)?|sign(?:ing)? up|subscrib(?:e|ing)|join(?:ing)?)"
    r" (?:us|to|for) .{1,60})?|get in touch(?: with us)?|"
    r"be the first to know|(?:type|enter) your (?:work )?e-?mail(?: address)?(?: here)?|your work e-?mail|"
    r"view this (?:post|photo|video|reel) on \w+|a post shared by .+|"
    r"advertisement\W+(?:continue|scroll|story continues|article continues|page continues)\b.*|"
    r"continue reading below|click to tweet|back to (?:the )?gallery|"
    r"share your thoughts(?: with [\w ]{1,40})?|bookmark and share|thanks for watching|partilhar|"
    r"(?:the )?(?:story|article) continues below(?: (?:this |the )?(?:advertisement|ad))?|"
    r"scroll (?:down )?to continue(?: reading)?|comments? \(\d+\)|"
    r"(?:themen|schlagwörter|schlagworte|sujets|mots-clés|thèmes|temas|etiquetas|argomenti|onderwerpen|"
    r"trefwoorden|tópicos|assuntos) ?: \S.*|"
    r"photo gallery|bildergalerie|galerie photos?|galería de fotos|fotogalleria|fotogalerij|galeria de fotos|"
    r"(?:tags|tagged(?: with| as)?|topics|filed under|categories|category|posted in) ?:(?: \S.*)?|"
    r"(?:subscribe|sign up|register|log in|sign in) (?:now )?to (?:continue|keep) reading\b.*|"
    r"subscribe (?:now )?(?:for|to get) (?:unlimited|full|digital) access\b.*|"
    r"get unlimited (?:digital )?access\b.*|"
    r"create a (?:free )?account to (?:continue|keep) reading\b.*|"
    r"this (?:article|story) is (?:only )?(?:for|available to|exclusive to) (?:paid )?(?:subscribers|members)"
    r"(?: only)?|become an? (?:[\w'’+]+ ){0,3}(?:member|subscriber|insider|supporter)(?: today| now)?|"
    r"support (?:independent|our|quality|local) journalism|"
    r"(?:view|show|read|see|load) (?:all )?(?:the )?(?:\d+ )?comments?|join the (?:conversation|discussion)|"
    r"kommentare (?:anzeigen|lesen)|(?:voir|afficher) les commentaires|ver (?:los )?comentarios|"
    r"(?:vedi|leggi) (?:i )?commenti|ver (?:os )?comentários|bekijk (?:de )?reacties|"
    r"related (?:coverage|content|videos?|links|news|story|article|post)|"
    r"recommended (?:for you|stories|articles|videos)|"
    r"(?:add|make|set) (?:[\w'’&. ]{1,30} )?(?:as )?a (?:preferred|trusted|reliable)(?: and trusted)? "
    r"(?:news )?source"
    r"(?: (?:on|in) google(?: search| news)?)?|as a (?:reliable|trusted) and trusted news source|add now|"
    r"(?:add|prefer) [^.!?]{1,40} (?:on|in|to your) google(?: news)?(?: feed)?|"
    r"click (?:here|the button) to make [\w'’&. ]{1,30} a preferred source on google|\d+ comments? on \S.*|"
    r"(?:verwandte|ähnliche) artikel|articles (?:similaires|liés)|(?:artículos|noticias) relacionad[oa]s|"
    r"articoli correlati|(?:artigos|notícias) relacionad[oa]s|gerelateerde artikelen|"
    r"(?:view|open|see|launch|browse) (?:the )?(?:full |photo )?gallery|see (?:all )?(?:the )?photos|"
    r"now playing|up next|next up|key events|show key events only|pinned post|"
    r"(?:have|got|do you have) an? (?:news |story )?(?:tip|story)(?: idea)?(?: for us)?\?.*|"
    r"(?:get|download) (?:our|the) (?:free )?app|"
    r"reprints(?: (?:&|and) permissions)?|rights (?:&|and) permissions|report an error|"
    r"(?:report|send us|submit|suggest) a correction|"
    r"(?:sponsored|paid|partner|promoted) (?:content|post|story|links?)|skip (?:advertisement|ad)|"
    r"contenu sponsorisé|contenido patrocinado|contenuto sponsorizzato|conteúdo patrocinado|"
    r"read (?:the )?full (?:article|story)|(?:gift|give) (?:this|the|an) article|save (?:article|story)|"
    r"continue reading the main story|(?:enable|turn on) (?:push )?notifications|"
    r"(?:(?:updated|posted|published) )?(?:\d+|an?|one) (?:minutes?|mins?|hours?|hrs?|days?|weeks?) ago|"
    r"vor (?:\d+|einer?) (?:minuten?|stunden?|tag(?:en)?)|il y a \d+ (?:minutes?|heures?|jours?)|"
    r"hace \d+ (?:minutos?|horas?|días?)|\d+ (?:minuti|ore|giorni) fa|há \d+ (?:minutos?|horas?|dias?)|"
    r"\d+ (?:minuten|uur|dagen) geleden|"
    r"newsletter abonnieren|inscrivez-vous à (?:notre|la) newsletter|"
    r"suscr[íi]bete a (?:nuestro|el) bolet[íi]n|"
    r"(?:meld (?:je|u) aan voor|abonneer (?:je|u) op) (?:onze|de) nieuwsbrief|"
    r"(?:did you )?(?:like|enjoy|enjoyed) this (?:article|story|post)\?|"
    r"hat (?:ihnen|dir) (?:dieser|der) artikel gefallen\?|cet article vous a plu ?\?|"
    r"¿te (?:ha )?gustado este artículo\?|ti è piaciuto questo articolo\?|"
    r"(?:read more|related|also read|read also|see also|read next|more on this|lesen sie auch|mehr zum thema|"
    r"(?:à|a) lire aussi|lire aussi|leggi anche|lee también|lea también|leia também|veja também|lees ook|"
    r"zie ook) ?: \S.*|on [\w-]+\.(?:com|org|net|co\.uk) ?:(?: \S.*)?|"
    r"(?:link )?copied(?: to (?:the )?clipboard)?|link kopiert|lien copié|enlace copiado|link copiato|"
    r"link copiado|link gekopieerd|youtube video player|"
    r"watch now|jetzt ansehen|regarder maintenant|ver ahora|guarda ora|assista agora|"
    r"view all|see all|alle anzeigen|voir tout|ver todos?|vedi tutti|ver tudo|bekijk alles|"
    r"read the review|now \d+% off|\d+[–-]\d+ min(?:ute)?s?(?: read)?|"
    r"recommended reading|you (?:might|may) (?:also )?like|das könnte (?:dich|sie) auch interessieren|"
    r"vous aimerez aussi|(?:también )?te puede interesar|potrebbe interessarti anche|"
    r"table of contents|in this article|on this page|jump to|inhaltsverzeichnis|sommaire|"
    r"tabla de contenidos?|índice de contenidos|indice dei contenuti|inhoudsopgave|"
    r"loading|loading (?:\w+ ){0,8}\w+(?:\.\.\.|…)|share this (?:page|article|post|story)|"
    r"opens? in (?:a )?new (?:tab|window)|"
    r"\d(?:\.\d)? (?:stars? )?out of \d+(?: stars)?|\d+ (?:of|/) \d+|"
    r"(?:view|see|shop|buy) (?:it )?(?:at|on) \S.{0,40}|voir (?:sur|chez) \S.{0,40}|"
    r"bekijk (?:bij|op) \S.{0,40}|today['’]?s best .{1,40} deals|"
    r"(?:[\w.-]+ ){0,4}bei \S+ (?:ansehen|kaufen|bestellen)\*?|"
    r"[\w.-]+\.(?:jpe?g|png|gif|webp|avif|svg|tiff?)|"
    r"(?:img|dsc[fn]?|pxl|mvimg|gopr)[_-]?\d{3,}(?:[_-]\d+)*|"
    r"screen ?shot[ _-]\d{4}-\d{2}-\d{2}(?: at [\d.: ]+(?: [ap]m)?)?|#[a-z]+[_-]?\d+|"
    r"dismiss(?: (?:notification|alert|banner|message))?|"
    r"average (?:customer )?rating|durchschnittliche bewertung|note moyenne|valoración media|"
    r"valutazione media|avaliação média|gemiddelde beoordeling|"
    r"(?:estimated )?reading time|lesezeit|temps de lecture|tiempo de lectura|tempo di lettura|"
    r"tempo de leitura|leestijd|"
    r"author|authors|autor|autorin|auteur|auteure|autore|autrice|autora|"
    r"(?:text|words|icons?|illustrations?|graphics|animation|photography|interactive) by"
    r"(?: [\w.'’ -]{1,40})?|"
    r"(?:texto?|ilustraciones|ilustrações|illustrations?|illustrazioni) (?:de|di|par|por)"
    r"(?: [\w.'’ -]{1,40})?|"
    r"oops!? something went wrong(?: while submitting the form)?|"
    r"(?:thank you|thanks)!? your submission has been received|"
    r"(?:also|more|mehr|aussi|además|inoltre|ook) ?:|@\w+|no comments|close modal|"
    r"(?:open|close|show|hide|toggle) share (?:options|links|menu|buttons)|"
    r"\d{1,2}:\d{2}(?::\d{2})?|leave a (?:reply|comment) cancel reply|why trust (?:us|[\w'’-]+)\??|"
    r"\d+ mins?(?: read)?|\d+ minutes? read|"
    r"like(?: loading)?|follow|download|blog|compare|gefällt mir|folgen|herunterladen|j'aime|"
    r"suivre|télécharger|"
    r"more (?:resources|references|help|workflows|articles|stories|guides|posts|reading|tools|videos|links|"
    r"insights)|mehr artikel|plus d'articles|más artículos|altri articoli|mais artigos|meer artikelen|"
    r"me gusta|seguir|descargar|mi piace|segui|scarica|curtir|baixar|volgen|"
    r"(?:[<«←] ?)?(?:previous|prev)(?: (?:post|article|story|page|icon))?(?: ?\| ?\w+)? ?\|? ?"
    r"next(?: (?:post|article|story|page|icon))?(?: ?[>»→])?|"
    r"(?:image|photo|picture|slide|foto|bild|imagen|imagem|immagine|diapositiva) \d+ ?"
    r"(?:of|/|von|de|di|sur|van) ?\d+"
)
#: what comes before and after the alternatives: a bullet, and a closing mark
_WIDGET_OPEN, _WIDGET_CLOSE = r"^(?:[•·*>|-]\s*)?(?:", r")[.!:…]*(?: ?[→»])?$"
#: :data:`_WIDGET_ALTERNATIVES` as a whole line, grouped by their first characters
#: (:func:`by_first_character`): a short line is tried with a few of them, not with each
WIDGET = re.compile(_WIDGET_OPEN + by_first_character(_WIDGET_ALTERNATIVES) + _WIDGET_CLOSE)
#: A field of a forum member's profile printed in each post's header, with its count or date
#: ("Joined: 14 May 2019", "Posts: 4,512", "Registriert: 02.01.2015", "Beiträge: 57", "Inscrit
#: le : 3 mars 2020", "Mensajes: 120", "Messaggi: 88", "Berichten: 12"): its label and a colon
#: ("Posts 2" is a widget's count). Matched on short lines holding a digit.
FORUM_PROFILE_FIELD = re.compile(
    r"^(?:joined|posts|registered|member since|messages|reputation|reaction score|likes received|"
    r"registriert|beiträge|mitglied seit|dabei seit|inscrit(?: le)?|inscription|"
    r"registrado(?: em| el)?|mensajes|miembro desde|mensagens|membro desde|iscritto(?: il)?|messaggi|"
    r"lid sinds|berichten|geregistreerd)\s*:\s*\S", re.IGNORECASE)
#: The heading of a table of contents, matched on the key of a short line: the entries under
#: it name the article's sections, printed again below as their headings.
CONTENTS_HEADINGS: frozenset[str] = frozenset(p.strip() for p in """
table of contents
contents
in this article
on this page
jump to
inhaltsverzeichnis
inhalt
sommaire
table des matières
tabla de contenidos
tabla de contenido
índice de contenidos
contenidos
índice
indice dei contenuti
indice
sommario
índice de conteúdos
conteúdo
inhoudsopgave
inhoud
spis treści
in this post
in this guide
in this review
jump to section
jump to a section
skip to section
in diesem artikel
auf dieser seite
dans cet article
sur cette page
en este artículo
en esta página
in questo articolo
in questa pagina
neste artigo
nesta página
in dit artikel
op deze pagina
""".strip().splitlines())
#: A table of contents' heading with its box's toggle or mark ("Table of Contents Show",
#: "□ Contents [hide]", "Inhaltsverzeichnis anzeigen"): the heading's key is what is left.
CONTENTS_TOGGLE_MARKS = "□■▪◦○●▸►"
CONTENTS_TOGGLE_WORDS = ("show", "hide", "toggle", "anzeigen", "ausblenden", "afficher", "masquer", "mostrar",
                         "ocultar", "mostra", "nascondi", "tonen", "verbergen")
CONTENTS_TOGGLE = re.compile(
    rf"^[{CONTENTS_TOGGLE_MARKS}]\s*|\s*[\[(]?\b(?:{'|'.join(CONTENTS_TOGGLE_WORDS)})\b[\])]?$")
#: an entry's bullet and number before its name in a table of contents ("1 ", "2.3. ", "• ", "□ 2.1 ")
CONTENTS_NUMBER = re.compile(r"^(?:[•·*◦○●■□▪►▸–-]\s+)?(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?")
#: A link to more of a person's, a band's or a topic's stories, set among the paragraphs
#: ("More on Jane Doe", "More by John Roe", "More articles by", "Mehr von Jane Doe"): the
#: words after it capitalised, as a name or a topic is ("More on that later" is prose).
MORE_ON = re.compile(
    r"^(?:More|MORE|Mehr|MEHR) (?i:on|about|by|from|articles by|stories by|posts by|von|über|zu)"
    r"(?: (?:[A-ZÀ-Ý0-9][\w’'&.-]*|&|the|of|and|und|der|die|das))*:?$")
#: A link to the site's editorial policy, on a line of its own and capitalised ("Editorial
#: Guidelines", "Learn more about our editorial process.", "Acme's editorial guidelines"), or
#: in lower case where no sentence runs into it or on from it, or split over two short lines
#: ("Read our" / "editorial standards"); a sentence runs through a link's text ("... meets
#: our" / "editorial standards" / "and ...").
EDITORIAL_LINK = re.compile(
    r"^(?:learn (?:more )?about |see |read )?(?:our |the )?(?:[\w'’&. ]{1,30}['’]s? )?editorial "
    r"(?:process|guidelines|polic(?:y|ies)|standards)\.?$", re.IGNORECASE)
#: A link inviting the reader to learn more about something, opening its line ("Learn more
#: about our programs", "Learn about Acme's products", "En savoir plus sur nos offres"):
#: a call to read elsewhere, never a page's headline.
CALL_TO_LEARN = re.compile(
    r"^(?:learn (?:more )?about|find out more about|en savoir plus sur|erfahren sie mehr über|"
    r"mehr erfahren über|más información sobre|descubre más sobre|scopri di più su|saiba mais sobre|"
    r"lees meer over|meer informatie over)\b", re.IGNORECASE)
#: A numbered step or tip of a list ("Step 1: Name your company", "Tip #2 - Update your
#: software", "Schritt 3", "Étape 2") or a link to the previous or next post ("Previous: The
#: Year in Physics", "Older post:", "Article précédent :"): a piece of the article or of the
#: site, never its headline.
STEP_OR_POST_LINK = re.compile(
    r"^(?:(?:tip|step|schritt|tipp|étape|astuce|paso|consejo|passo|stap) #?\d+\b|"
    r"(?:previous|next|older|newer|vorheriger|nächster|précédent|suivant|anterior|siguiente|precedente|"
    r"successivo|vorige|volgende)(?: (?:post|article|story|entry|beitrag|artikel|artículo|articolo|bericht))?"
    r"\s*:|(?:article|artículo|articolo) (?:précédent|suivant|anterior|siguiente|precedente|successivo)\s*:)",
    re.IGNORECASE)
#: An FAQ's heading, a line opening on "frequently asked questions" in one of the
#: languages ("Frequently asked questions about delivery", "FAQ", "Veelgestelde vragen
#: over bezorgen", "Häufig gestellte Fragen", "Questions fréquentes", "Preguntas
#: frecuentes", "Domande frequenti", "Perguntas frequentes"): the questions under it are
#: the FAQ's items, never the page's headline.
FAQ_HEADING = re.compile(
    r"^(?:faqs?|q ?& ?a|(?:frequently asked|common) questions|veelgestelde vragen|veel gestelde vragen|"
    r"(?:häufig gestellte|häufige) fragen|questions (?:fréquentes|fréquemment posées)|foire aux questions|"
    r"preguntas (?:frecuentes|más frecuentes)|domande (?:frequenti|più frequenti)|perguntas frequentes)\b",
    re.IGNORECASE)
#: A footer's row of legal links printed on one line, two of them at least and nothing else
#: ("Privacy policy Terms of use", "Mentions légales Confidentialité", "Impressum | Datenschutz",
#: "Aviso legal Política de privacidad", "Note legali Privacy", "Privacybeleid Algemene
#: voorwaarden"): never a page's headline.
_LEGAL_LINK = (
    r"(?:privacy(?: (?:policy|notice|statement|settings))?|terms(?: (?:of (?:use|service)|and conditions))?|"
    r"cookies?(?: (?:policy|settings))?|legal(?: notice)?|imprint|disclaimer|accessibility|sitemap|"
    r"contact(?: us)?|about us|impressum|datenschutz(?:erklärung)?|agb|kontakt|barrierefreiheit|"
    r"mentions légales|confidentialité|politique de confidentialité|cgu|cgv|conditions générales|"
    r"aviso legal|privacidad|política de privacidad|política de cookies|contacto|"
    r"note legali|termini(?: e condizioni)?|contatti|privacidade|política de privacidade|termos(?: de uso)?|"
    r"privacybeleid|privacyverklaring|algemene voorwaarden|voorwaarden|colofon)")
LEGAL_LINKS = re.compile(rf"^{_LEGAL_LINK}(?:\s*[|•·/-]?\s*{_LEGAL_LINK})+$", re.IGNORECASE)
#: A web form's notice printed as text, as a form plugin marks its hidden fields and its
#: spam trap ("This field is hidden when viewing the form", "This field is for validation
#: purposes and should be left unchanged."): never a page's headline.
FORM_NOTICE = re.compile(r"^this field is (?:hidden when viewing the form|for validation purposes)",
                         re.IGNORECASE)
#: A link to the site's finder, a few words on a line of its own ("Find a Doctor", "Find
#: your coach", "Find an EV charger", "Arzt finden", "Trouver un magasin", "Encuentra tu
#: gimnasio", "Trova un negozio", "Encontre um médico", "Vind een winkel"): a tool of the
#: site, never a page's headline (52 tune candidates on 23 hosts, none a headline).
FINDER_LINK = re.compile(
    r"^(?:find (?:a|an|your|the right)|trouve[rz] (?:un|une|votre|ton|ta)|encuentra (?:un|una|tu)|"
    r"busca (?:un|una|tu)|trova (?:un|una|il tuo|la tua)|encontre (?:um|uma|seu|sua)|"
    r"vind (?:een|je|uw)|finden sie (?:einen|eine|ihren|ihre)) [\w'’-]+(?: [\w'’-]+)?$|"
    r"^[\w'’-]+(?: [\w'’-]+)? finden$",
    re.IGNORECASE)
#: A documentation page's link to edit it or see its source, on a line of its own ("Edit this
#: page", "Edit on GitHub", "Suggest an edit", "Diese Seite bearbeiten", "Modifier cette page",
#: "Editar esta página", "Modifica questa pagina", "Deze pagina bewerken"): a tool of the
#: site, never a page's headline.
EDIT_LINK = re.compile(
    r"^(?:edit (?:this page|page|on github|on gitlab|this article)|improve this (?:page|doc)|"
    r"suggest (?:an edit|changes)|view (?:page )?source|(?:diese )?seite bearbeiten|auf github bearbeiten|"
    r"modifier (?:cette page|sur github)|editar (?:esta página|en github|no github)|"
    r"modifica (?:questa pagina|su github)|(?:deze )?pagina bewerken|bewerken op github)$",
    re.IGNORECASE)
#: The items of a site's menu: its home link and the sections a site lists side by side on
#: one line ("Home News Sport Business Culture", "Startseite | Politik | Wirtschaft",
#: "Accueil Actualités Sport Économie", a business's "Services Work Blog Contact"), lowercased.
#: A line that is mostly these is the menu, never the page's headline, however close above the
#: headline it is printed.
NAVIGATION_ITEMS: frozenset[str] = frozenset("""
    home homepage news latest world uk europe africa asia americas politics business economy money
    markets finance sport sports football culture arts opinion opinions comment analysis tech technology
    science health lifestyle life style travel food entertainment music film films movies books tv
    television weather video videos podcasts podcast photos gallery games education environment climate
    local national international regional blog blogs about contact shop store recipes events magazine
    newsletters jobs obituaries forum forums community help auto cars motoring
    services work portfolio projects clients team careers pricing solutions products resources
    startseite nachrichten aktuell politik wirtschaft finanzen kultur meinung wissen wissenschaft
    gesundheit reise reisen panorama ausland inland digital technik leben regional lokales kontakt
    rezepte videos fotos hilfe leistungen referenzen projekte karriere preise
    accueil actualités actu politique économie monde société santé culture sciences vidéos
    recettes voyage loisirs aide réalisations projets carrières tarifs
    inicio portada noticias actualidad política economía deportes cultura opinión internacional
    sociedad salud ciencia tecnología vídeos contacto recetas viajes ayuda servicios proyectos precios
    notizie cronaca politica economia esteri spettacoli salute scienza tecnologia contatti ricette
    viaggi servizi progetti prezzi
    início notícias últimas mundo esporte esportes desporto opinião saúde ciência contato contacto
    receitas serviços projetos preços
    nieuws binnenland buitenland politiek economie cultuur opinie wetenschap gezondheid reizen
    diensten projecten vacatures prijzen
""".split())
#: A promotion's button: a call to buy, book, apply, download or join now ("Apply Now",
#: "Download Now", "Order today", "Jetzt bewerben", "Achetez maintenant", "Compra ahora",
#: "Acquista ora", "Compre agora", "Bestel nu"). A line just above it heads a promotion,
#: never the page's article. Calls to read, watch, listen or subscribe are not among them:
#: an article's own page prints those.
BUTTON_NOW = re.compile(
    r"^(?:apply|download|order|buy|shop|start shopping|book|register|enrol|enroll|join|donate|pay|call|"
    r"sign up|install|reserve|claim)(?: [\w'’-]+)? (?:now|today)!?$|"
    r"^jetzt (?:bewerben|herunterladen|downloaden|kaufen|bestellen|buchen|anmelden|registrieren|spenden)!?$|"
    r"^(?:postulez|téléchargez|commandez|achetez|réservez|inscrivez-vous) maintenant!?$|"
    r"^(?:solicita|descarga|compra|pide|reserva|regístrate|inscríbete|dona) (?:ahora|hoy)!?$|"
    r"^(?:candidati|scarica|acquista|ordina|prenota|registrati|iscriviti|dona) (?:ora|subito)!?$|"
    r"^(?:candidate-se|baixe|compre|peça|reserve|cadastre-se|inscreva-se|doe) (?:agora|já)!?$|"
    r"^(?:solliciteer|download|bestel|koop|boek|registreer|doneer) nu!?$",
    re.IGNORECASE)
#: A share row that a text browser prints on one line, the buttons' labels and
#: nothing else ("Email Facebook LinkedIn Twitter Copy URL", "Share on Twitter
#: Share on LinkedIn Copy link"): two of :data:`SHARE_NETWORKS` at least, every
#: other word one of :data:`SHARE_WORDS`; only lines naming one of
#: :data:`SHARE_HINTS` (in the cases a button prints Facebook, LinkedIn, Twitter, WhatsApp or
#: Reddit) are read.
SHARE_NETWORKS: frozenset[str] = frozenset("""
    facebook twitter x linkedin pinterest whatsapp reddit tumblr telegram flipboard messenger bluesky
    mastodon threads pocket xing vk email e-mail mail print sms
""".split())
SHARE_WORDS: frozenset[str] = frozenset("""
    share on via to this copy link url more options save article story page post
    teilen drucken kopieren partager imprimer copier lien compartir imprimir copiar enlace
    condividi stampa copia compartilhar delen printen kopiëren
""".split())
SHARE_HINTS: tuple[str, ...] = ("acebook", "ACEBOOK", "witter", "WITTER", "inked", "INKED", "hatsApp",
                                "hatsapp", "HATSAPP", "eddit", "EDDIT")
#: a :data:`SHARE_NETWORKS` row has this many words at most
SHARE_ROW_WORDS = 16

#: A call-to-action button set among the paragraphs: a demo, quote or estimate to
#: book ("Book A Demo Today!", "Request a Custom Quote", "Get Free Quote"), a shop's
#: call ("Shop Puma Today", "Order Vans Now"), "Contact Sales", "Get started for
#: free", a list's link to its rest ("View All Services", "See More Rows"). Matched like
#: :data:`WIDGET`, on a line whose sentence does not go on on the next (a link inside a
#: sentence: "Request a free quote" / "and we'll help").
BUTTON_CALL = re.compile(
    r"^(?:"
    r"(?:book|get|request|schedule) (?:a |an |your |our )?(?:free |custom |personali[sz]ed |live )*"
    r"(?:demo|quote|estimate|consultation)(?: today| now)?|"
    r"(?:shop|order|buy) [^.!?]{1,30} (?:today|now)|contact sales|get started (?:for free|today|now)|"
    r"(?:view|see|browse) all [\w&'’ -]{1,40}|(?:see|view|explore) more [\w&'’ -]{1,40}"
    r")[.!:…]*(?: ?[→»])?$")
#: A call-to-action button printed in title case, as buttons are and a link inside a sentence
#: is not ("Free Trial", "Free 14-Day Trial", "Try Acme Pro", "Try Acme Now", "Get Started with
#: Acme"; not "Try It Today", "Try the ...", "Get started with Acme here."): matched with its
#: case, on a line whose sentence does not go on.
BUTTON_TITLE = re.compile(
    r"^(?:Start (?:Your |a |A )?)?(?:Free|FREE) (?:\d+[- ](?:Day|DAY|Week|Month) )?(?:Trial|TRIAL)!?$|"
    r"^Get Started [Ww]ith [^.!?]{1,60}$|"
    r"^Try (?!(?:It|This|That|These|Those|Our|The|A|An|To|And|Not|Again|Out|One|Some|Any|Each|Every|Them"
    r"|You|Your|Yourself|My|His|Her|Their|Its|Something|Anything|Everything|Before|For|With|In|On|At|Using"
    r"|Adding)\b)"
    r"[A-Z][\w&'’.+-]*(?: (?:[A-Z][\w&'’.+-]*|&|the|of|de)){0,3}(?: (?:Now|Today|Free|for Free))?!?$")

#: the first words of a :data:`BUTTON_CALL`, lowercased: only lines opening with one are matched
BUTTON_CALL_OPENERS: tuple[str, ...] = ("book ", "get ", "request ", "schedule ", "shop ", "order ", "buy ",
                                        "contact ", "view ", "see ", "browse ", "explore ")
#: a line of more words is never a :data:`WIDGET` or a :data:`PICTURE_ALT_TEXT`
WIDGET_WORDS = 12
#: Where a text browser glues a button onto the paragraph it follows, as it prints an inline
#: box on the line before: right after a sentence's end, with no space ("... much less
#: stress.Click To Tweet"), or after a space, a button in capitals closing the line
#: (:data:`GLUED_CAPS_WIDGET`: "... under $50 on A... SEE FULL GALLERY", "[logo] CHECK PRICE").
#: The piece after the place is a button when it is a whole :data:`WIDGET`; what comes before it
#: is the paragraph.
GLUED_WIDGET = re.compile(r"[.!?…\"'”’)\]](?=[A-Z])")
GLUED_CAPS_WIDGET = re.compile(r"\S (?=[A-Z]{2,}(?: [A-Z]{2,})+[.!:…]*$)")
#: a :data:`GLUED_WIDGET` is looked for in this many characters at a line's end (a button's length)
GLUED_WIDGET_CHARS = 80
#: a paragraph a :data:`GLUED_WIDGET` is cut off has this many words at least
GLUED_WIDGET_HEAD_WORDS = 3
#: A link to a video story set among the paragraphs, its "Video" badge glued onto its headline
#: as a text browser prints the two ("Taylor Swift: 10 things you didn't knowVideo"): a headline
#: with no sentence's end, its last word in lower case run into the badge.
GLUED_VIDEO_TEASER = re.compile(r"^[^.!?]*[a-z’'”](?:Video|Vídeo|Vidéo)$")
#: The badge a news site sets under a video story's link, printed on a line of its own
VIDEO_BADGES: frozenset[str] = frozenset({"Video", "VIDEO", "Vídeo", "Vidéo", "VÍDEO", "VIDÉO"})
#: A menu or a list of links a text browser printed on one line with no space between them
#: ("AboutBlogFree Data TransferGet A DemoLearning CenterContact SupportCareers", "The Best
#: Mice for 2026The Best Gaming Mice for 2026..."): words and spaces only, no stop or comma,
#: and a lowercase letter or a digit run into a capitalised word at four places at least (a
#: name in camel case, "YouTube", "iPhone", makes one).
GLUED_LINKS = re.compile(r"^(?=[\w &'’-]+$)(?=.* )(?:.*?[a-z0-9][A-Z][a-z]){4}")
#: each of two lines that make a :data:`WIDGET` together has this many words at most
SPLIT_WIDGET_WORDS = 4
#: a link to more reading, which two lines in a row may make too ("Read our full" /
#: "Acme X1 review", "Also read:" / a headline): some sites' editors keep it
SPLIT_READING_LINK = re.compile(
    r"^(?:[•·*>|-]\s*)?(?:read|also|related|see also|lesen|lire|à lire|leer|lee|leggi|leia|lees|zie)\b")

#: A card's blurb inviting the reader to another page of the site, opening with a
#: call ("Find out if ...", "Learn about the ...", "See how ...", "Check out these
#: ...", "Entdecken Sie ...", "Découvrez comment ..."): a grid of such cards is
#: the site's, not the article's (see ``inline_furniture.card_blurbs``). Not
#: "Learn more about X", which articles print as a link to their sources.
CARD_BLURB = re.compile(
    r"^(?:learn (?:about|how|ways|what|why|the)|find out (?:how|if|what|why|which|more|ways|about)|"
    r"explore (?:causes|ways|how|the|our)|discover (?:how|what|why|the|our)|"
    r"see (?:how|why|what|the benefits)|check out (?:these|our|this|the)|"
    r"erfahren sie(?:,)? (?:wie|was|warum|mehr)|entdecken sie|finden sie heraus|"
    r"découvrez (?:comment|les|nos|pourquoi|ce)|apprenez (?:à|comment)|"
    r"descubre (?:cómo|los|las|nuestr|por qué|qué)|aprende (?:a|cómo)|"
    r"scopri (?:come|i|le|gli|perché|cosa)|impara (?:a|come)|"
    r"descubra (?:como|os|as|por que|o que)|saiba (?:como|por que|o que)|"
    r"ontdek (?:hoe|de|het|waarom|wat)|lees (?:hoe|waarom|wat))\b",
    re.IGNORECASE)
#: the first words of a :data:`CARD_BLURB`, lowercased: only lines opening with one are matched
CARD_BLURB_OPENERS: frozenset[str] = frozenset("""
    learn find explore discover see check erfahren entdecken finden découvrez apprenez descubre aprende
    scopri impara descubra saiba ontdek lees
""".split())

#: A product card's call under its title, opening with a verb said to the reader ("Use Acme to
#: move large files ...", "Create a secure upload portal ...", "Nutzen Sie ...", "Créez ..."):
#: a picture's caption tells what it shows, it does not tell the reader what to do.
CARD_CALL = re.compile(
    r"^(?:use|create|get|try|start|build|join|download|sign up|book|shop|order|grab|"
    r"nutzen sie|erstellen sie|holen sie|utilisez|créez|obtenez|usa|crea|utiliza|prova)\s", re.IGNORECASE)

#: A site's button under the box that closes an article with a call to its product or
#: service ("Book Free Demo Today", "Request a Quote", "Start your free trial", "Find a
#: Mover", "Use the Calculator", "Jetzt kostenlos testen", "Demander un devis"): a verb said
#: to the reader, on a short line of its own. Links to more reading ("Read more", "Learn
#: more", "Explore") are no such call: an article's own last paragraph stands over them.
CALL_BUTTON = re.compile(
    r"^(?:book|request|get|start|schedule|try|use|download|contact|talk to|claim|sign up|join|shop|find|"
    r"discover|call|reserve|subscribe|apply|register|buy|order|chat|"
    r"jetzt|testen sie|buchen sie|kontaktieren sie|fordern sie|vereinbaren sie|"
    r"demandez|demander|réservez|essayez|contactez|commencez|"
    r"solicita|reserva|prueba|contáctanos|empieza|comienza|"
    r"richiedi|prenota|prova|contattaci|inizia|"
    r"solicite|reserve|experimente|fale|comece)\b", re.IGNORECASE)

#: A shop's price box set among a review's paragraphs, as a renderer breaks it into lines: a
#: bare price ("$82.99", "USD 27.97", "49,95 €") next to a shop's name alone on a line
#: ("Amazon", "Best Buy", "MediaMarkt"), maybe with a word or a button between ("$209" /
#: "from" / "Amazon"). The shop's name is matched on a line's key (lowercased, punctuation
#: trimmed), the price on the line (see ``inline_furniture.shop_prices``).
PRICE_ALONE = re.compile(r"^(?:[A-Z]{3} ?)?[$£€¥₹]\s?\d[\d.,]*$|^(?:USD|EUR|GBP|CHF|CAD|AUD) ?\d[\d.,]*$|"
                         r"^\d[\d.,]*\s?(?:[$£€]|USD|EUR|GBP|CHF|zł|kr|Kč)$")
SHOPS: frozenset[str] = frozenset(p.strip() for p in """
    amazon
    amazon.com
    amazon.co.uk
    amazon.de
    amazon.fr
    amazon.es
    amazon.it
    amazon.ca
    walmart
    walmart.com
    target
    target.com
    best buy
    bestbuy.com
    costco
    ebay
    etsy
    home depot
    the home depot
    lowe's
    lowe’s
    wayfair
    rei
    newegg
    b&h
    b&h photo
    adorama
    kohl's
    macy's
    nordstrom
    sephora
    ulta
    ulta beauty
    zappos
    chewy
    dick's sporting goods
    sam's club
    google store
    apple store
    samsung store
    argos
    currys
    john lewis
    boots
    tesco
    mediamarkt
    media markt
    saturn
    otto
    galaxus
    fnac
    darty
    cdiscount
    boulanger
    el corte inglés
    pccomponentes
    unieuro
    bol.com
    coolblue
    allegro
""".strip().splitlines())

#: A picture's alt text on a line of its own, as a renderer prints an ``<img>``:
#: words naming what it shows, closed by what it is, in lower case, without a
#: full stop ("Compute engine icon", "CIS Controls logo", "AppFlowy screenshot 2").
#: A heading or a product name capitalises its last word ("Aquasonic Icon"), but no
#: heading closes on "Logo": a logo's alt text may capitalise it ("Allianz Logo").
#: ... what it is: the alt text's last word, or the one before its number
PICTURE_ALT_KINDS = ("logo", "logos", "wordmark", "logotype", "logotipo", "logotipos", "logotyp", "icon",
                     "image", "screenshot", "illustration", "infographic", "thumbnail", "avatar", "headshot",
                     "photo", "diagram", "Logo", "Logos", "LOGO", "Logotipo", "Logotyp", "Wordmark")
PICTURE_ALT_TEXT = re.compile(rf"^[^.!?]+ (?:{'|'.join(PICTURE_ALT_KINDS)})(?: \d+)?$")

#: A picture's alt text left as its file's name, words joined by dashes or underscores
#: ("logo-acme-white", "Brown-black-puppy-walking-on-lawn", "Custom-dashboards-Acme"): three
#: parts or more, of letters or of digits ("apple-watch-series-11"); a name mixing them is a
#: product's or a file's in the article ("ESP32-C6-Config", "CVE-2025-1170"). A compound
#: word of the article ("pay-as-you-go", "Speech-to-Text") has fewer than
#: PICTURE_SLUG_WORDS parts that are no function words (``inline_furniture.widgets``).
PICTURE_SLUG = re.compile(r"^[a-z]+(?:[-_](?:[a-z]+|\d+)){2,}$")
PICTURE_SLUG_WORDS = 3

#: A picture's description on a line of its own, as a renderer prints an
#: ``<img>``'s alt text: it opens by saying what kind of picture it is and what it
#: shows ("Images of remodeled showers with grab bars", "A closeup of the bleed
#: valve", "Before and after images of an enclosed porch", "Map graphic showing
#: ...", "Illustration showing the app", "Photo montrant ...", "Imagen que muestra
#: ...", a kind after a word that says which, "Gantt chart of the phases", "A
#: watercolor-style cartoon of a brain", or a title, "Infographic titled ..."; such
#: alt text written for readers who cannot see the picture may run long). A
#: sentence of the article names its pictures later ("Here is a photo
#: of ...") or tells what became of one ("A photo of the suspect was released"),
#: and a heading is shorter (see ``inline_furniture.widgets``; the descriptions
#: that stand beside a caption are ``rules.credits.PICTURE_DESCRIPTION``'s).
PICTURE_KIND_DESCRIPTION = re.compile(
    r"^[•·*\s-]*(?=[A-Z])(?![A-Z][a-z]* examples? )"
    r"(?:(?:An?|One|Two|Three|Four|Five|Several|Multiple|Different|Before and after|Step|"
    r"Side-by-side|[A-Z][a-z]+ different)\s+)?"
    r"(?:(?:(?:[Cc]lose-?up|[Ii]mages?|[Pp]hotos?|[Pp]hotographs?|[Pp]ictures?|[Ii]llustrations?|[Dd]iagram|"
    r"[Dd]rawing|[Rr]endering|[Ss]creenshot|[Mm]ap graphic|[Gg]raphic|[Ii]nfographic|[Cc]artoon|"
    r"[Hh]eadshot|[Ee]xamples?|[Bb]adge|[Gg]raphs?|[Dd]ashboard view)"
    r"|(?!(?:This|That|These|Those|The|Our|My|Your|Their|His|Her|Its)\s)[A-Za-z-]+\s+"
    r"(?:[Dd]iagram|[Cc]artoon|[Ii]nfographic|[Ii]llustration|[Gg]raphs?|[Cc]harts?|[Pp]hotos?|[Ss]creenshot))"
    r"\s+(?:of|showing|shows|depicting|illustrating|titled|entitled|listing|summari[sz]ing|comparing)"
    r"|(?:Photo|Image|Illustration|Capture d'écran) (?:montrant|représentant)"
    r"|(?:Foto|Imagen|Ilustración|Captura de pantalla) (?:que muestra|mostrando)"
    r"|(?:Das )?(?:Foto|Bild|Grafik|Illustration|Screenshot) zeigt)\s"
    r"(?![^\n]*\b(?:was|were|has been|have been|include|includes|wurde|wurden|fue|fueron|a été|ont été)\b)"
    r"(?![^\n]*:$)")
#: a :data:`PICTURE_KIND_DESCRIPTION` has this many words at least and at most
PICTURE_KIND_WORDS = (6, 120)

#: A portrait's alt text naming who it shows, nothing more ("Headshot of Jane Doe",
#: "Photo of Jane Doe", "Author photo of ..."): an author's box or a quoted expert's
#: picture. A caption says more; a heading names no person this way.
PORTRAIT_OF_NAME = re.compile(
    r"^(?:Headshot|Portrait|Photo|Picture|Image|Author (?:photo|picture|image)|"
    r"Profile (?:photo|picture|image))"
    r" of (?:[A-Z][\w.’'-]*)(?: (?:[A-Z][\w.’'-]*|de|van|von|da|del|der|la|le)){1,3}$")
#: a :data:`PORTRAIT_OF_NAME` has this many words at most
PORTRAIT_WORDS = 7

#: A site's calls to subscribe or to support it, as it closes its articles: its
#: newsletter ("tips in your inbox", "sign up below", "thank you for subscribing"),
#: its paywall ("unlock this article"), an appeal for donations, or a news
#: agency's credits ("(Reporting by Jane Doe; Editing by John Roe)"), a rating
#: widget ("Click on a star to rate it!"), a newsletter's web version's call to pass it on, as a
#: sentence of its own ("Enjoyed this issue? Forward it to a friend.", "Gostou? Encaminhe para um
#: amigo."), a note that the transcript or interview was edited ("This transcript has been
#: edited for clarity", "Das Interview wurde gekürzt"), a note on the print edition or the
#: original ("A version of this article appears in print on ...", "Read the original article."), a
#: dated note that it was corrected ("This article was amended on 8 December 2025. ..."). Searched
#: in the first lines and the second half of an article, on the lines that hold one of
#: :data:`CLOSING_NOTICE_HINTS` (see ``edges``).
#: Each alternative with the phrases (in lower case) every match of it holds one of: a
#: line in lower case is searched only with the alternatives whose phrase it holds (the
#: whole pattern, unanchored, is tried at every character of a paragraph).
_CLOSING_NOTICES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("your inbox",), r"(?:tips|updates|news|deals|stories|information|insights|content|it|them) "
                      r"(?:\w+ ){0,3}(?:in|to) your inbox"),
    (("by subscribing",), r"\bby subscribing\b"),
    (("for subscribing",), r"\b(?:thank you|thanks) for subscribing"),
    (("join ",), r"\bjoin (?:our|my) (?:mailing list|newsletter|email list)"),
    (("sign up ",), r"\bsign up (?:below|here|now|today)\b|\bsign up to (?:receive|get)\b"),
    (("subscribers",), r"\bexclusive to .{0,30}subscribers"),
    (("unlock this ",), r"\bunlock this (?:article|piece|story)"),
    (("subscribe below",), r"\bsubscribe below\b"),
    (("ly newsletter",), r"\b(?:a|our|the) (?:free )?(?:daily|weekly) newsletter"),
    (("we need your help",), r"\bwe need your help to keep"),
    (("consider supporting ",), r"\bconsider supporting (?:our|us)\b"),
    (("support us",), r"\bsupport us[!.]"),
    (("donation",), r"\b(?:reader|one-off|monthly) donations?\b|\bgive a (?:one-off )?donation"),
    (("become a patron",), r"\bbecome a patron\b"),
    (("donate via",), r"\bdonate via\b"),
    (("already a supporter",), r"\balready a supporter"),
    (("reader-supported",), r"\breader-supported\b"),
    (("postfach",), r"\bin ihr (?:e-mail-)?postfach"),
    (("unterstützen sie uns",), r"\bunterstützen sie uns"),
    (("dans votre boîte ",), r"\bdans votre boîte (?:mail|de réception)"),
    (("soutenez-nous",), r"\bsoutenez-nous"),
    (("en tu bandeja de entrada",), r"\ben tu bandeja de entrada"),
    (("apóyanos",), r"\bapóyanos"),
    (("reporting by",), r"^\(?(?:additional )?reporting by\b.{0,200}\b(?:editing|writing) by\b"),
    (("in print",), r"^a version of this (?:article|story) appears? in print\b"),
    (("was amended on", "was corrected on"),
     r"^this (?:article|story|piece) was (?:amended|corrected) on \d{1,2} \w+ \d{4}\b|"
     r"^this (?:article|story|piece) was (?:amended|corrected) on \w+ \d{1,2},? \d{4}\b"),
    (("read the original article",), r"\bread the original article\b"),
    (("print edition of",), r"^published in the print edition of\b"),
    (("abonnez-vous pour lire la suite",), r"\babonnez-vous pour lire la suite\b"),
    (("a star to",), r"\bclick (?:on )?a star to\b"),
    (("how useful was this ",), r"\bhow useful was this (?:post|article)"),
    (("no votes so far",), r"\bno votes so far"),
    (("be the first to rate",), r"\bbe the first to rate"),
    (("submit rating",), r"^submit rating$"),
    (("vote count:",), r"\bvote count:"),
    (("forward", "encaminhe", "leiten sie", "transférez", "reenv", "inoltra", "stuur"),
     r"(?:^|[.!?] )(?:forward (?:it|this(?: email| newsletter| issue)?) to a friend|"
     r"was this (?:email )?forwarded to you|encaminhe (?:para|a) um amigo|"
     r"leiten sie (?:diesen newsletter|ihn) weiter|transférez(?:-le)? à un ami|reenv[ií]a(?:lo)? a un amigo|"
     r"inoltra(?:la|lo)? a un amico|stuur (?:hem|deze nieuwsbrief|dit) door)"),
    ((" has been ",), r"^(?:this|the) (?:transcript|interview|conversation|q&a) has been (?:lightly )?"
                      r"(?:edited|condensed)\b"),
    ((" wurde ",), r"^(?:das|dieses) (?:interview|gespräch|transkript) wurde (?:\w+ )?"
                   r"(?:gekürzt|redigiert|bearbeitet)\b"),
    (("entretien a été ",), r"^(?:cet|l['’]) ?entretien a été (?:\w+ )?"
                            r"(?:édité|condensé|raccourci|révisé)\b"),
    (("ha sido ", " fue "), r"^(?:esta|la) (?:entrevista|transcripción) (?:ha sido|fue) (?:\w+ )?"
                            r"(?:editada|condensada|resumida)\b"),
)
CLOSING_NOTICE = re.compile("|".join(pattern for _, pattern in _CLOSING_NOTICES), re.IGNORECASE)
#: :data:`_CLOSING_NOTICES` compiled heeding case, for a line in lower case that holds none of
#: :data:`CLOSING_NOTICE_TRAPS`: the same matches as :data:`CLOSING_NOTICE`, found faster.
CLOSING_NOTICES_LOWERCASE: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = tuple(
    (phrases, re.compile(pattern)) for phrases, pattern in _CLOSING_NOTICES)
#: the characters of lowercase text that ``re.IGNORECASE`` reads as a letter of
#: :data:`CLOSING_NOTICE` they are not ("ı" as "i", "ſ" as "s"; tested)
CLOSING_NOTICE_TRAPS = "\u0131\u017f"

#: Every :data:`CLOSING_NOTICE` holds one of these, in lower case.
CLOSING_NOTICE_HINTS: tuple[str, ...] = (
    "inbox", "subscrib", "join our", "join my", "sign up", "unlock this", "ly newsletter", "help to keep",
    "consider supporting", "support us", "donation", "patron", "donate via", "supporter", "reader-supported",
    "postfach", "unterstützen sie", "boîte", "soutenez", "bandeja", "apóyanos", "reporting by",
    "star to", "useful was", "in print", "original article", "print edition", "abonnez-vous",
    "was amended on", "was corrected on",
    "vote", "first to rate", "submit rating", "forward", "encaminhe", "leiten sie",
    "transférez", "reenv", "inoltra", "stuur", "has been", " wurde ", " a été ", "ha sido", " fue ")

#: What follows a person's name at the head of a biography ("Jane Doe is a reporter ...",
#: "Jane Doe, a CPA, ...", "Jane Doe joined ..."), matched right after the name, in
#: English, German, French, Spanish, Italian, Portuguese and Dutch.
BIOGRAPHY_OPENING = re.compile(
    r",\s|\s+(?:is|was|has|had|joined|writes|covers|holds|serves|leads|ist|war|hat|schreibt|est|était|a|écrit"
    r"|es|era|ha|escribe|è|scrive|é|tem|escreve|heeft|schrijft)\b",
)

#: A site's appeal to its readers for money or sign-ups, which follows the article it
#: closes ("Enjoyed this piece? We need your help to keep publishing.", "Support our
#: mission ...", "Become a paid subscriber ...", "Donate now"), or its call to follow it or
#: its writer or to sign up for its newsletter, which opens the box of links and feed posts
#: closing the page ("Follow us on Instagram", "Other ways to connect with Jane", "Sign up
#: for our newsletter", "Stay up-to-date with Acme", "Suivez-nous"), in English, German,
#: French, Spanish, Italian, Portuguese and Dutch, searched in the lines' lowercased words
#: (``Page.plain``: punctuation is a space there, a bullet too) joined, each after a newline:
#: :data:`READER_APPEAL_OPENING` opens a line, :data:`READER_APPEAL_PHRASE` stands anywhere in
#: one. Each pattern opens on a literal or a few letters, which ``re`` scans for fast.
_FOLLOW_CALL = (
    r"follow (?:us|me)\b|(?:like|follow) our page\b|other ways to connect\b|connect with (?:us|me)\b"
    r"|stay up to date with [^\n]{0,30}\n|stay (?:in touch|connected) with (?:us|me)\b|get updates\b"
    r"|(?:subscribe to|sign up for) (?:our|my)\b|join (?:our|my) (?:newsletter|mailing list|email list)\b"
    r"|folgen sie uns\b|folge uns\b|(?:abonnieren sie|abonniere) unseren newsletter\b|suivez nous\b"
    r"|(?:abonnez vous|inscrivez vous) à (?:notre|nos)\b|síguenos\b|suscríbete a nuestro\b|seguici\b"
    r"|iscriviti alla nostra newsletter\b|siga nos\b|assine (?:a )?nossa newsletter\b|volg ons\b"
    r"|(?:schrijf je in voor|abonneer je op) onze nieuwsbrief\b"
)
#: ... or its question whether the article helped, opening a line ("Was this article helpful?",
#: "Did you find this content helpful?", "84% of people found this article helpful", "War dieser
#: Artikel hilfreich?", "Cet article vous a-t-il été utile ?"), which opens the feedback box under it
_HELPED = (
    r"(?:was|is) (?:this|the) (?:article|post|page|content|information|guide) (?:helpful|useful)"
    r"|(?:did you find|(?:\d+ +of )?(?:people|readers) found) this (?:article|post|page|content|information"
    r"|guide) (?:helpful|useful)"
    r"|war (?:dieser|der) (?:artikel|beitrag) hilfreich|(?:cet|l) article vous a t il été utile"
    r"|te ha (?:resultado|sido) útil este artículo|(?:este|el) artículo (?:te )?(?:ha sido|fue) útil"
    r"|questo articolo (?:ti )?è stato utile|(?:este|o) artigo foi útil|was dit artikel nuttig"
)
READER_APPEAL_OPENING = re.compile(
    r"\n *(?:support (?:our|us)\b|donate (?:now|today)\b"
    r"|(?:enjoyed|liked) this (?:piece|article|post|story)\b"
    r"|unterstützen sie (?:uns|unsere)\b|jetzt spenden\b|soutenez nous\b|faites un don\b|apóyanos\b"
    r"|haz una donación\b|dona ahora\b|sostienici\b|fai una donazione\b|dona ora\b|apoie (?:o nosso|nosso)\b"
    rf"|faça uma doação\b|doe agora\b|steun ons\b|doneer (?:nu|vandaag)\b|{_FOLLOW_CALL}|{_HELPED})",
)
READER_APPEAL_PHRASE = re.compile(
    r"(?:we need your (?:help|support)|become a (?:paid )?(?:subscriber|member|patron|supporter)|donate via"
    r"|please consider (?:supporting|donating))\b",
)

#: A rights notice written as sentences of its own, closing an article ("© 2024 Example Media. All
#: rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
#: "Alle Rechte vorbehalten. Nachdruck nur mit Genehmigung.", "本文版權所有，未經授權不得轉載。"):
#: the whole line is its clauses, one at least saying the rights are reserved or reprinting is
#: forbidden (:data:`_RIGHTS_RESERVED`, :data:`_NO_REPRINT`), the others the holder's name under its
#: mark (:data:`_RIGHTS_HOLDER`), so that a story's sentence about copyright is none.
_RIGHTS_RESERVED = (
    r"(?:all|some) rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados"
    r"|todos os direitos reservados|tutti i diritti riservati|alle rechten voorbehouden|tüm hakları saklıdır"
    r"|все права защищены|усі права захищені|всі права захищені|wszelkie prawa zastrzeżone"
    r"|všechna práva vyhrazena|všetky práva vyhradené|alla rättigheter förbehållna"
    r"|alle rettigheder forbeholdes"
    r"|alle rettigheter reservert|kaikki oikeudet pidätetään|minden jog fenntartva|toate drepturile rezervate"
    r"|sva prava zadržana|sva prava pridržana|όλα τα δικαιώματα (?:διατηρούνται|κατοχυρωμένα)"
    r"|hak cipta (?:dilindungi undang-undang|terpelihara)|bảo lưu mọi quyền|tots els drets reservats"
    r"|جميع الحقوق محفوظة|(?:تمامی|کلیه) حقوق[^.!?\n]{0,30}محفوظ است|כל הזכויות שמורות|सर्वाधिकार सुरक्षित"
    r"|(?:本文|本站|本網|本网)?(?:版權所有|版权所有)|สงวนลิขสิทธิ์"
)
#: ... what may not be done with the text, then how (each clause a formula, so that a story's
#: sentence that goes on past it, "The report may not be published until May", is none)
_REPRINT_VERBS = (r"(?:re)?(?:produced|published|printed|distributed|broadcast|copied|used|rewritten"
                  r"|transmitted|sold)")
_REPRINT_TAIL = (rf"(?:,?\s+(?:or\s+|and\s+)?{_REPRINT_VERBS}|\s+in whole or in part"
                 r"|\s+in any (?:form|medium|way)|\s+(?:by|in) any means"
                 r"|\s+without (?:the )?(?:prior |express )?(?:written )?"
                 r"(?:permission|consent|authori[sz]ation)(?: of [^.!?\n]{1,60})?)*")
_NO_REPRINT = (
    r"this (?:material|article|story|content|report|text|photo|picture|image|video|publication)s?"
    rf"(?: (?:is|are) (?:copyright(?:ed)?|protected by copyright)[^.!?\n]{{0,60}}? and)? may not be "
    rf"{_REPRINT_VERBS}{_REPRINT_TAIL}"
    r"|no part of this (?:publication|article|material|website|site|story) may be "
    rf"{_REPRINT_VERBS}{_REPRINT_TAIL}"
    r"|(?:any )?(?:unauthori[sz]ed )?reproduction(?: in whole or in part)? (?:is )?(?:strictly )?"
    r"(?:prohibited|forbidden)"
    r"|nachdruck(?: und vervielfältigung)? (?:(?:nur )?(?:mit|nach) "
    r"(?:vorheriger |schriftlicher |ausdrücklicher )*"
    r"(?:genehmigung|zustimmung|erlaubnis)(?: de[rs] [^.!?\n]{1,40})?|(?:ist )?(?:verboten|untersagt))"
    r"|(?:toute )?reproduction (?:même partielle |totale ou partielle |partielle ou totale )?"
    r"(?:est )?interdite"
    r"(?: sans (?:l['’])?autorisation[^.!?\n]{0,40})?"
    r"|(?:queda )?prohibida (?:su|la) reproducción(?: total o parcial)?(?: sin [^.!?\n]{1,50})?"
    r"|(?:è )?vietata la riproduzione(?: anche parziale)?|riproduzione (?:vietata|riservata)"
    r"|(?:é )?proibida a reprodução(?: total ou parcial)?(?: sem [^.!?\n]{1,50})?"
    r"|перепечатка(?: материалов)? (?:без (?:письменного )?(?:разрешения|согласия)(?: [^.!?\n]{1,30}?)? "
    r"запрещена|запрещена|(?:возможна )?только с (?:письменного )?(?:разрешения|согласия)[^.!?\n]{0,40})"
    r"|(?:полное или частичное )?копирование материалов (?:без [^.!?\n]{1,40} )?запрещено"
    r"|(?:本文)?未經(?:授權|許可|同意)[^。，.!?\n]{0,10}?(?:不得|禁止|請勿)(?:轉載|轉貼|複製|使用)"
    r"|(?:本文)?未经(?:授权|许可|同意)[^。，.!?\n]{0,10}?(?:不得|禁止|请勿)(?:转载|转贴|复制|使用)"
    r"|無断(?:転載|複製|転用)(?:を)?(?:禁じます|禁止(?:します)?)"
    r"|무단\s*전재[^.!?\n]{0,20}?금지"
)
_RIGHTS_HOLDER = r"(?:copyright|©|\(c\)|ⓒ|저작권자)\s*(?:(?:©|\(c\)|ⓒ)\s*)?[^.!?;，。\n]{1,60}?"
_RIGHTS_SEPARATOR = r"\s*(?:[.,;!，。；、|/–—-]\s*)+"
RIGHTS_NOTICE = re.compile(
    rf"(?:{_RIGHTS_HOLDER}{_RIGHTS_SEPARATOR})*(?:{_RIGHTS_RESERVED}|{_NO_REPRINT})"
    rf"(?:{_RIGHTS_SEPARATOR}(?:{_RIGHTS_RESERVED}|{_NO_REPRINT}|{_RIGHTS_HOLDER}))*[\s.!。]*",
    re.IGNORECASE)

#: A legal disclaimer as the site prints it under its articles, said in the first sentence of its
#: paragraph: the text is not advice ("This material is not intended to replace the advice of a
#: qualified advisor", "Acme and its affiliates do not provide tax, legal or accounting advice",
#: "Dieser Beitrag stellt keine Anlageberatung dar"), is for information only, names a trademark's
#: owner, warns that past performance guarantees nothing, says who the firm is registered as
#: ("Acme, LLC is a Registered Investment Adviser"), or that the list above is sponsored or the
#: offer not personal. Searched in the last lines of an article (see ``edges``).
CLOSING_DISCLAIMER = re.compile(
    r"\b(?:is|are) not intended (?:to|as) (?:replace|be|provide|constitute|serve)\b"
    r"|\b(?:does|do) not (?:provide|constitute|offer) (?:\w+ ){0,2}"
    r"(?:tax|legal|financial|investment|medical|accounting)\b(?:,? (?:or |and )?\w+)* advice\b"
    r"|\bfor (?:general )?(?:informational|information|educational) (?:purposes )?only\b"
    r"|\b(?:is|are) (?:a )?registered trademarks? (?:of|owned by)\b"
    r"|\bpast performance (?:is|does) not\b|\bnot a guarantee of future (?:results|performance)\b"
    r"|\bregistered investment advis[eo]r\b|\bshould not be (?:construed|relied upon|considered) as\b"
    r"|\bsponsored list\b|\bis provided as a service of\b|^not personali[sz]ed\b"
    r"|\bstellt keine (?:\w+)?beratung dar\b"
    r"|\b(?:dient|dienen) (?:ausschließlich|nur) (?:zu )?informationszwecken\b"
    r"|\bne constitue(?:nt)? (?:pas|en aucun cas) (?:un )?conseil\b|\bà titre (?:purement )?informatif\b"
    r"|\bno constituye(?:n)? (?:\w+ ){0,2}(?:asesoramiento|asesoría|consejo)\b"
    r"|\bcon fines (?:exclusivamente |meramente )?informativos\b", re.IGNORECASE)
#: Every :data:`CLOSING_DISCLAIMER` holds one of these, in lower case: a first sentence without any
#: is not searched.
CLOSING_DISCLAIMER_HINTS: tuple[str, ...] = (
    "not intended", "advice", " only", "trademark", "past performance", "guarantee of future",
    "investment advis", "should not be", "sponsored list", "service of", "personali", "beratung",
    "informationszwecken", "conseil", "informatif", "constituye", "informativos")

#: A site's word on how it is paid or how it works, as it sets it above its articles, that
#: :data:`DISCLOSURES` does not read: advertising ("Advertising on our site helps support our
#: mission. We do not endorse ..."), its partners' pay, its editorial promise ("Acme is committed
#: to delivering content that is objective and actionable", "Acme aims to help business owners
#: make informed decisions"). Searched only among an article's first lines (see ``edges``):
#: further down, an article may speak of advertising and sponsors itself. (A site's note that it,
#: by its name, "may earn a commission" is printed as the article's own line as often.)
OPENING_DISCLOSURE = re.compile(
    r"\badvertising on (?:our|this) (?:site|website) helps support\b|\bwe do not endorse\b"
    r"|\bcommitted to delivering content that is objective\b"
    r"|\baims to help (?:business owners|readers|consumers|people) make (?:informed|better) decisions\b"
    r"|\b(?:our )?partners (?:may )?compensate us\b|\bwe may be compensated\b|\badvertiser disclosure\b"
    r"|\bwerbung auf (?:unserer|dieser) (?:seite|website|webseite) (?:hilft|unterstützt)\b"
    r"|\bla publicité sur (?:notre|ce) site (?:nous aide|aide|soutient)\b"
    r"|\bla publicidad en (?:nuestro|este) sitio (?:nos ayuda|ayuda|apoya)\b", re.IGNORECASE)
#: Every :data:`OPENING_DISCLOSURE` holds one of these, in lower case: a line without any is not searched.
OPENING_DISCLOSURE_HINTS: tuple[str, ...] = (
    "advertising", "endorse", "objective", "make informed", "make better", "compensate", "advertiser",
    "werbung", "publicité", "publicidad")

#: A paragraph of the site's prose about itself, as it sets it under its articles: the site, its
#: newsroom, its readers or its policies named as its own ("our website", "our readers", "this
#: site", "our journalism"), the reader's consent ("you agree", "by continuing to browse") or its
#: cookies, in English, German, French, Spanish, Italian, Portuguese and Dutch. Searched in a
#: paragraph that speaks as the site or is its rights notice, apart from the story's subject
#: (see ``edges.site_prose_block``).
_SITE_OWN_NOUNS = ("web site", "website", "site", "newsroom", "journalism", "journalists", "reporters",
                   "readers", "subscribers", "advertisers", "privacy policy", "terms of use",
                   "terms of service", "cookie policy")
_SITE_SELF_PHRASES = (
    "you agree", "cookies", "by continuing to browse", "by continuing to use", "sie stimmen", "vous acceptez",
    "usted acepta", "i nostri lettori", "la nostra redazione",
    *(f"unsere{end} {noun}" for end in ("", "r", "n", "m", "s") for noun in (
        "website", "webseite", "seite", "redaktion", "leser", "leserinnen", "abonnenten", "journalismus",
        "datenschutzerklärung", "nutzungsbedingungen")),
    *(f"notre {noun}" for noun in ("site", "rédaction", "journalisme")),
    *(f"nos {noun}" for noun in ("lecteurs", "abonnés", "journalistes")),
    *(f"{own} {noun}" for own in ("nuestro", "nuestra", "nuestros", "nuestras") for noun in (
        "sitio", "web", "redacción", "periodismo", "lectores", "suscriptores", "periodistas")),
    *(f"il nostro {noun}" for noun in ("sito", "giornalismo")),
    *(f"{own} {noun}" for own in ("nosso", "nossa", "nossos", "nossas") for noun in (
        "site", "redação", "jornalismo", "leitores", "assinantes")),
    *(f"onze {noun}" for noun in ("website", "site", "redactie", "journalistiek", "lezers", "abonnees")),
)
SITE_SELF = re.compile(
    r"\b(?:(?:our|this) (?:" + "|".join(_SITE_OWN_NOUNS) + r")|"
    + "|".join(map(re.escape, _SITE_SELF_PHRASES)) + r")\b", re.IGNORECASE)
#: Every :data:`SITE_SELF` holds one of these, in lower case: a line without any is not searched.
SITE_SELF_HINTS: tuple[str, ...] = (
    *(f"{own} {noun}" for own in ("our", "this") for noun in _SITE_OWN_NOUNS), *_SITE_SELF_PHRASES)
#: The words a publisher's prose about itself is made of (its papers, websites, newsroom, journalists,
#: readers and subscribers), in English, German, French, Spanish, Italian, Portuguese and Dutch: a
#: paragraph saying several of them, apart from the story's subject, next to the site's word on
#: itself, is its history or its mission (see ``edges.site_prose_block``).
SITE_NOUN = re.compile(
    r"\b(?:newspapers?|magazines?|websites?|newsrooms?|journalis(?:ts?|m)|readers(?:hip)?|subscribers?"
    r"|subscriptions?|publishers?|publications"
    r"|zeitung(?:en)?|zeitschriften?|webseiten?|redaktion(?:en)?|journalist(?:en|innen)?|journalismus|leser(?:innen)?"
    r"|abonnenten|verlag|journaux|journalistes|journalisme|rédactions?|lecteurs|abonnés|éditeur"
    r"|periódicos?|revistas?|sitios? web|periodistas|periodismo|redacción|lectores|suscriptores|editorial"
    r"|giornal[ei]|riviste|giornalist[ei]|giornalismo|redazione|lettori|abbonati|editore"
    r"|jorna(?:l|is)|jornalistas|jornalismo|redação|leitores|assinantes|editora"
    r"|kranten?|tijdschriften|journalisten|journalistiek|redactie|lezers|abonnees|uitgever(?:ij)?)\b",
    re.IGNORECASE)
#: ... so many distinct ones
SITE_NOUNS = 2
