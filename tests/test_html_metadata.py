"""Title, author, publication date, canonical URL and language of an HTML page,
from its markup. Every page here is written for the test."""
from __future__ import annotations

import json

import pytest

from worker.cleaning import extract

PROSE = ("<p>The council voted on Tuesday to keep the library open on Sundays, after a petition "
         "from parents and students gathered more than four thousand signatures in a month.</p>"
         "<p>Opening hours will be extended from ten in the morning until six in the evening, and "
         "the reading room on the first floor will stay open for students preparing exams.</p>")


def page(head: str = "", before: str = "", html_attrs: str = "") -> str:
    return (f"<html {html_attrs}><head>{head}</head><body><header><a href='/'>The Town Paper</a>"
            f"</header><article>{before}{PROSE}</article></body></html>")


def ld(data: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def test_json_ld_gives_headline_author_and_date():
    found = extract(page(ld({"@context": "https://schema.org", "@type": "NewsArticle",
                             "headline": "Library stays open on Sundays",
                             "author": {"@type": "Person", "name": "Jane Doe"},
                             "datePublished": "2025-03-04T07:30:00Z"})), "html")
    assert (found.title, found.author, found.published_at) == \
        ("Library stays open on Sundays", "Jane Doe", "2025-03-04T07:30:00Z")


def test_json_ld_graph_with_author_reference_and_several_people():
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "The Town Paper"},
        {"@type": "BlogPosting", "headline": "Sunday hours", "datePublished": "2025-03-04",
         "author": [{"@id": "#jane"}, {"@type": "Person", "name": "Ali Khan"}]},
        {"@type": "Person", "@id": "#jane", "name": "Jane Doe"}]}
    found = extract(page(ld(graph)), "html")
    assert found.author == "Jane Doe and Ali Khan" and found.published_at == "2025-03-04"


def test_a_person_in_the_byline_wins_over_an_organisation_as_author():
    head = ld({"@type": "Article", "author": {"@type": "Organization", "name": "The Town Paper"}})
    byline = '<p class="byline">By <a rel="author" href="/author/jane-doe">Jane Doe</a> | 4 March 2025</p>'
    assert extract(page(head, byline), "html").author == "Jane Doe"
    assert extract(page(head), "html").author == "The Town Paper"


def test_meta_tags_give_title_author_date_and_canonical_url():
    head = """<title>Library stays open on Sundays | The Town Paper</title>
        <meta property="og:title" content="Library stays open on Sundays">
        <meta property="og:site_name" content="The Town Paper">
        <meta name="author" content="Jane Doe">
        <meta property="article:published_time" content="2025-03-04T08:00:00+01:00">
        <link rel="canonical" href="https://town.example/news/library-sundays">"""
    found = extract(page(head), "html")
    assert found.title == "Library stays open on Sundays"
    assert found.author == "Jane Doe"
    assert found.published_at == "2025-03-04T08:00:00+01:00"
    assert found.url == "https://town.example/news/library-sundays"


def test_the_h1_is_the_title_when_the_declared_title_confirms_it():
    head = "<title>Library Stays Open On Sundays - The Town Paper</title>"
    found = extract(page(head, "<h1>Library stays open on Sundays</h1>"), "html")
    assert found.title == "Library stays open on Sundays"
    assert "Library stays open on Sundays" not in found.body


def test_a_site_logo_in_h1_is_not_the_title():
    head = ('<title>Library stays open on Sundays – The Town Paper</title>'
            '<meta property="og:site_name" content="The Town Paper">')
    html = page(head).replace("<a href='/'>The Town Paper</a>", "<h1>The Town Paper</h1>")
    assert extract(html, "html").title == "Library stays open on Sundays"


def test_time_element_gives_the_date():
    found = extract(page(before='<time datetime="2025-03-04T07:30:00+00:00">4 March</time>'), "html")
    assert found.published_at == "2025-03-04T07:30:00+00:00"


def test_a_dateline_and_a_byline_in_the_text_when_the_markup_has_none():
    before = "<h1>Library stays open</h1><p>By Jane Doe</p><p>Published on March 4, 2025</p>"
    found = extract(page("<title>Library stays open</title>", before), "html")
    assert (found.author, found.published_at) == ("Jane Doe", "2025-03-04")
    assert "By Jane Doe" not in found.body and "March 4, 2025" not in found.body


@pytest.mark.parametrize(("shown", "date"), [
    ("Veröffentlicht am 12. März 2024", "2024-03-12"),
    ("Montag, 12. Maerz 2024, 10:15 Uhr", "2024-03-12"),
    ("Publié le 1er juillet 2023 à 10h00", "2023-07-01"),
    ("lundi 3 juillet 2023", "2023-07-03"),
    ("lunes, 5 de mayo de 2022", "2022-05-05"),
    ("Pubblicato il 14 settembre 2021", "2021-09-14"),
    ("2 de março de 2020", "2020-03-02"),
    ("Gepubliceerd op 8 mei 2019", "2019-05-08"),
    ("3 déc. 2020", "2020-12-03"),
])
def test_a_dateline_in_another_language_gives_the_date(shown, date):
    """The visible date under the headline, its month named in German, French,
    Spanish, Italian, Portuguese or Dutch, in a paragraph or a ``<time>`` without
    ``datetime``; a dateline, it is no part of the article's text."""
    before = f"<h1>Library stays open</h1><p>{shown}</p>"
    found = extract(page("<title>Library stays open</title>", before), "html")
    assert found.published_at == date and shown not in found.body
    before = f"<h1>Library stays open</h1><time>{shown}</time>"
    assert extract(page("<title>Library stays open</title>", before), "html").published_at == date


def test_a_month_name_in_a_sentence_is_no_date():
    """"Mai", "mars", "mayo" in short paragraphs near the headline, with numbers but
    no day before the month's name or no year after it, date nothing."""
    before = ("<h1>Mission vers Mars</h1><p>Mars 2020 : 12 ans après, la sonde revient</p>"
              "<p>Le 3 mars, la mission vers Mars partira.</p>"
              "<p>Im Mai 2024 zahlten Mieter 12 Prozent mehr.</p>"
              "<p>Cinco de Mayo: 5 recetas con mayo y 2021 ideas</p>")
    assert extract(page("<title>Mission vers Mars</title>", before), "html").published_at is None


def test_the_date_in_the_url_as_a_last_resort():
    head = '<link rel="canonical" href="https://town.example/2025/03/04/library-sundays/">'
    assert extract(page(head), "html").published_at == "2025-03-04"


def test_language_from_the_html_element():
    assert extract(page(html_attrs='lang="en-GB"'), "html").lang == "en"
    assert extract(page(html_attrs='lang="fr"'), "html").lang == "fr"
    assert extract(page(), "html").lang == "en"


def test_no_metadata_is_none_not_a_guess():
    found = extract(page(), "html")
    assert (found.author, found.published_at, found.url) == (None, None, None)


def test_usernames_and_form_labels_are_not_authors():
    for byline in ('<span class="author">admin</span>', '<label class="comment-author">Name *</label>'):
        assert extract(page(before=byline), "html").author is None


@pytest.mark.parametrize(("lang", "shown", "date"), [
    ("el", "Πέμπτη, 5 Δεκεμβρίου 2024", "2024-12-05"),
    ("uk", "5 грудня 2024, 14:30", "2024-12-05"),
    ("bg", "5 декември 2024", "2024-12-05"),
    ("hr", "10. listopada 2024. u 14:30", "2024-10-10"),
    ("pl", "10 listopada 2024", "2024-11-10"),
    ("ms", "Khamis, 5 Disember 2024", "2024-12-05"),
    ("tl", "Disyembre 5, 2024", "2024-12-05"),
    ("vi", "Thứ năm, 5/12/2024, 14:30", "2024-12-05"),
    ("vi", "ngày 5 tháng 12 năm 2024", "2024-12-05"),
    ("ko", "입력 2024년 12월 5일 14:30", "2024-12-05"),
    ("fa", "پنجشنبه ۱۵ آذر ۱۴۰۳", "2024-12-05"),
    ("ar", "الخميس 5 كانون الأول 2024", "2024-12-05"),
    ("en", "12/5/2024", "2024-12-05"),
])
def test_a_dateline_in_the_pages_language_gives_the_date(lang, shown, date):
    """The visible date under the headline in the language the page declares, in a paragraph or a
    ``<time>`` without ``datetime``: its month named in the language's words, numbered between its
    words or of the Solar Hijri calendar; a spelling or a date of slashes read as the language does."""
    attrs = f'lang="{lang}"'
    before = f"<h1>Library stays open</h1><p>{shown}</p>"
    assert extract(page("<title>Library stays open</title>", before, attrs), "html").published_at == date
    before = f"<h1>Library stays open</h1><time>{shown}</time>"
    assert extract(page("<title>Library stays open</title>", before, attrs), "html").published_at == date
