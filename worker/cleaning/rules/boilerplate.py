"""Phrases and shapes of page furniture: the lines a cleaner drops on sight.

Matching is on the whole line, lowercased, with surrounding punctuation and
bullets stripped (see ``worker.cleaning.lines.key_of``).
"""
from __future__ import annotations

#: Lines that stand for a picture, video or embed when a page is turned into text.
PLACEHOLDERS: frozenset[str] = frozenset("""
    image images img photo photos picture pictures foto bild bilder imagen imagem immagine
    video graphic graphics chart embed icon logo thumbnail gallery
""".split())

#: Last words that make a line a picture's alt text, not a heading ("Acme Health logo").
ALT_TEXT_ENDS: frozenset[str] = frozenset("""
    logo logos wordmark logotype logotipo logotipos logotyp thumbnail avatar
""".split())
#: What a picture is before a placeholder word, closing alt text ("Headline header image").
PICTURE_ROLES: frozenset[str] = frozenset("""
    header hero featured feature cover banner thumbnail
""".split())

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
    weiterlesen
    mehr lesen
    teilen
    werbung
    anzeige
    kommentare
    lire la suite
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
""".strip().splitlines())

#: Headings and links that close an article: what follows them is sharing,
#: related reading, comments or the author box, not more of the article.
END_MARKERS: frozenset[str] = frozenset(p.strip() for p in """
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
    related articles
    related posts
    related stories
    related content
    related reading
    more stories
    more from
    more news
    more like this
    similar articles
    other articles
    you may also like
    you might also like
    recommended
    recommended for you
    read next
    up next
    what to read next
    keep reading
    explore more
    in case you missed it
    latest
    latest news
    latest posts
    recent posts
    popular posts
    most popular
    most read
    trending
    tags
    tagged
    filed under
    article tags
    topics
    comments
    leave a reply
    leave a comment
    post a comment
    join the conversation
    view comments
    show comments
    load comments
    discussion
    about the author
    written by
    previous
    next
    previous post
    next post
    previous article
    next article
    newsletter
    subscribe
    sign up
    read more
    see also
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
    ähnliche artikel
    das könnte sie auch interessieren
    articles similaires
    à lire aussi
    lire aussi
    artículos relacionados
    te puede interesar
    articoli correlati
    potrebbe interessarti
    artigos relacionados
    leia também
    veja também
    gerelateerde artikelen
    baca juga
    artikel terkait
    похожие статьи
    читайте также
    комментарии
""".strip().splitlines())

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
)
