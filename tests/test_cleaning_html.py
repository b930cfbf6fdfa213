"""The HTML cleaner as a user sees it: a page in, the article, its captions and
what was dropped out. Every page here is written for the test."""
from __future__ import annotations

import json
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

import worker
from worker import schemas
from worker.cleaning import Caption, extract
from worker.document import normalise, to_json
from worker.envelope import make_envelope

HERE = Path(__file__).parent
SEED = HERE.parent / "seeds" / "harbour-ferry-electric.html"
T0 = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)

PROSE = [
    "The council voted on Tuesday to keep the library open on Sundays, after a petition from parents "
    "and students gathered more than four thousand signatures in a single month.",
    "Opening hours will be extended from ten in the morning until six in the evening, and the reading "
    "room on the first floor will stay open for students preparing their exams.",
    "The extra hours will cost about ninety thousand a year, which the council will take from the "
    "budget it had set aside for repairs to the old town hall.",
]


def page(body: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def paragraphs(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def article(inner: str = "") -> str:
    return page(f"""
        <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
        <article><h1>Library stays open on Sundays</h1>{paragraphs(*PROSE[:2])}{inner}
        {paragraphs(PROSE[2])}</article>
        <footer><p>© 2025 The Town Paper. All rights reserved.</p></footer>""")


def seed_document() -> dict:
    envelope = make_envelope({"html": SEED.read_text("utf-8")}, max_bytes=8 << 20,
                             path="seeds/harbour-ferry-electric.html", submitted_at=T0)
    return normalise(envelope, ingested_at=T0)


# --- the seed page -------------------------------------------------------------------------

def test_seed_page_gives_exactly_the_expected_document():
    expected = json.loads((HERE / "expected" / "harbour-ferry-electric.json").read_text("utf-8"))
    assert json.loads(to_json(seed_document())) == expected


def test_seed_page_reads_as_a_newspaper_article():
    doc = seed_document()
    assert doc["format"] == "html" and doc["lang"] == "en"
    assert doc["title"] == "Harbour ferries switch to battery power after two-year trial"
    assert doc["author"] == "Maren Olsen"
    assert doc["published_at"] == "2025-03-04T07:30:00+00:00"
    assert doc["url"] == "https://coastalcourier.example/news/2025/03/04/harbour-ferries-battery-power"
    paragraphs_ = doc["body"].split("\n\n")
    assert paragraphs_[0].startswith("The city's four commuter ferries will run entirely on battery")
    assert paragraphs_[-1].startswith("Engineers at the shipyard said")
    assert "Quieter crossings" in paragraphs_ and "Old Town – Northgate 12 min 2" in doc["body"]
    for furniture in ("Share on Facebook", "Advertisement", "newsletter", "Related stories",
                      "Finally!", "Most read", "All rights reserved", "Photo: Reuters", "Jonas Lie"):
        assert furniture not in doc["body"]
    assert doc["captions"] == [
        {"text": "The Northern Star leaves Pier 3 on its first full day on battery power.",
         "credit": "Reuters"},
        {"text": "A charging arm reaches the ferry within seconds of mooring.",
         "credit": "Jonas Lie/Harbour Authority"}]
    assert "Leave a Reply" in doc["boilerplate"] and "Related stories" in doc["boilerplate"]
    assert doc["title"] not in doc["boilerplate"]
    assert schemas.document_errors(doc) is None


def test_worker_clean_takes_html_like_ingest_clean():
    doc = worker.clean(html=SEED.read_text("utf-8"), source="seed")
    assert doc["format"] == "html" and doc["body"] == seed_document()["body"]
    assert doc["captions"] == seed_document()["captions"]


# --- the article -----------------------------------------------------------------------------

def test_the_article_is_kept_and_navigation_and_footer_are_dropped():
    found = extract(article(), "html")
    assert found.body == "\n\n".join(PROSE)
    assert found.title == "Library stays open on Sundays"
    assert "Home News Sport" in found.boilerplate
    assert "© 2025 The Town Paper. All rights reserved." in found.boilerplate


def test_sharing_ads_related_links_and_comments_inside_the_article_are_dropped():
    inner = """
        <div class="share-buttons"><a href="#">Facebook</a> <a href="#">Twitter</a></div>
        <div class="ad-container">Advertisement: the best deals on garden furniture this week only</div>
        <div class="related-posts"><h3>Read more</h3><ul>
          <li><a href="/a">Council approves new cycle lanes</a></li>
          <li><a href="/b">School roof repairs finished early</a></li></ul></div>"""
    found = extract(article(inner) .replace("</article>", """
        <div id="comments"><p>Great decision, my children will love studying there at the weekend.</p>
        </div></article>"""), "html")
    assert found.body == "\n\n".join(PROSE)
    for dropped in ("Advertisement: the best deals on garden furniture this week only",
                    "Council approves new cycle lanes",
                    "Great decision, my children will love studying there at the weekend."):
        assert dropped in found.boilerplate


def test_hidden_text_is_not_the_article_but_is_in_the_audit_trail():
    inner = ('<div style="display: none">Subscribe now to read the full story without limits</div>'
             '<p hidden>Secret text that no reader sees on the page at all today</p>'
             '<span class="sr-only">Opens in a new window for screen readers</span>')
    found = extract(article(inner), "html")
    assert found.body == "\n\n".join(PROSE)
    assert found.boilerplate[1:4] == ("Subscribe now to read the full story without limits",
                                      "Secret text that no reader sees on the page at all today",
                                      "Opens in a new window for screen readers")


def test_lists_tables_and_subheadings_inside_the_article_are_kept():
    inner = """<h2>New opening hours</h2>
        <ul><li>Monday to Friday: 8 to 20</li><li>Saturday: 9 to 18</li><li>Sunday: 10 to 18</li></ul>
        <table><tr><th>Room</th><th>Seats</th></tr><tr><td>Reading room</td><td>120</td></tr>
        <tr><td>Children's corner</td><td>40</td></tr></table>"""
    body = extract(article(inner), "html").body
    assert ("New opening hours\n\nMonday to Friday: 8 to 20\nSaturday: 9 to 18\nSunday: 10 to 18\n\n"
            "Room Seats\nReading room 120\nChildren's corner 40") in body


def test_br_separated_text_is_read_as_paragraphs():
    html = page("<div class='post'>" + "<br><br>".join(PROSE) + "</div><div class='nav'>Home | About</div>")
    assert extract(html, "html").body == "\n\n".join(PROSE)


def test_malformed_markup_still_gives_the_article():
    html = ("<html><body><div><p>" + PROSE[0] + "<p><b><i>" + PROSE[1] + "</b></i></span></div>"
            "</div><table><tr><td><p>" + PROSE[2] + "</td></p></tr><div>")
    assert extract(html, "html").body == "\n\n".join(PROSE)


def test_a_page_without_markup_or_text_gives_an_empty_body():
    for html in ("", "   ", "<html></html>", "\x00\x01<<<>>>", "<!-- only a comment -->"):
        assert extract(html, "html").body == ""


def test_an_xml_declaration_is_no_obstacle():
    html = "<?xml version='1.0' encoding='utf-8'?>" + article()
    assert extract(html, "html").body == "\n\n".join(PROSE)


def test_a_page_over_5_mb_is_cleaned_in_reasonable_time():
    html = page("<article>" + paragraphs(*PROSE) * 12_000 + "</article>")
    assert len(html.encode()) > 5 * 1024 * 1024
    started = time.perf_counter()
    found = extract(html, "html")
    assert time.perf_counter() - started < 30
    assert found.body.startswith(PROSE[0]) and found.body.count(PROSE[2]) == 12_000


def test_nesting_deeper_than_the_parser_goes_keeps_the_text():
    html = "<div>" * 5000 + paragraphs(*PROSE) + "</div>" * 5000
    assert extract(html, "html").body == "\n\n".join(PROSE)


def test_the_same_page_always_gives_the_same_result():
    html = SEED.read_text("utf-8")
    assert extract(html, "html") == extract(html, "html")


# --- captions --------------------------------------------------------------------------------

def test_figcaption_becomes_a_caption_with_its_credit_and_leaves_the_body():
    inner = """<figure><img src="a.jpg" alt="">
        <figcaption>Pupils read in the library on a Sunday morning. Photo: Reuters</figcaption></figure>"""
    found = extract(article(inner), "html")
    assert found.captions == (Caption("Pupils read in the library on a Sunday morning.", "Reuters"),)
    assert "Pupils read" not in found.body and found.body == "\n\n".join(PROSE)


def test_wordpress_caption_and_credit_classed_span():
    inner = """<div class="wp-caption"><img src="b.jpg">
        <p class="wp-caption-text">The reading room after its renovation.
        <span class="photo-credit">Anna Berg/Town Paper</span></p></div>"""
    found = extract(article(inner), "html")
    assert found.captions == (Caption("The reading room after its renovation.", "Anna Berg/Town Paper"),)
    assert "Anna Berg" not in found.body and "renovation" not in found.body


def test_itemprop_caption_and_a_credit_element_next_to_it():
    inner = """<div class="media"><img src="c.jpg">
        <span itemprop="caption">The mayor opens the doors on the first Sunday.</span>
        <span class="credit">Getty Images</span></div>"""
    found = extract(article(inner), "html")
    assert found.captions == (Caption("The mayor opens the doors on the first Sunday.", "Getty Images"),)
    assert "Getty" not in found.body


def test_a_caption_that_is_only_a_credit_keeps_its_text():
    inner = '<figure><img src="d.jpg"><figcaption>Photograph: Tim Doe/AFP</figcaption></figure>'
    assert extract(article(inner), "html").captions == (Caption("Photograph: Tim Doe/AFP", "Tim Doe/AFP"),)


def test_alt_text_that_reads_as_a_sentence_is_a_caption_and_keywords_are_not():
    inner = ('<img src="e.jpg" alt="Children queue outside the library before it opens on Sunday.">'
             '<p>' + PROSE[1] + '</p><img src="f.jpg" alt="library sunday opening hours"><p>'
             + PROSE[0] + '</p><img src="g.jpg" alt="IMG_2041.jpg">')
    found = extract(article(inner), "html")
    assert found.captions == (Caption("Children queue outside the library before it opens on Sunday."),)


def test_an_alt_text_repeating_the_figcaption_is_said_once():
    inner = """<figure><img src="h.jpg" alt="Pupils read in the library on a Sunday morning.">
        <figcaption>Pupils read in the library on a Sunday morning. (Credit: iStock)</figcaption></figure>"""
    found = extract(article(inner), "html")
    assert found.captions == (Caption("Pupils read in the library on a Sunday morning.", "iStock"),)


def test_words_on_either_side_of_a_block_boundary_stay_apart():
    """A browser shows 'Harbour' and 'Ferries' as two words in both pages: a
    heading made of blocks, and a stray '</p>' (which opens an empty paragraph)."""
    heading = page(f"<h1><span>Harbour</span><div>Ferries go electric</div></h1>{paragraphs(*PROSE)}")
    assert extract(heading, "html").title == "Harbour Ferries go electric"
    stray = page(f"<div>{PROSE[0]}</p>{PROSE[1]}</div>")
    body = extract(stray, "html").body
    assert PROSE[0] in body and PROSE[1] in body
    assert "month.Opening" not in body


CHINESE_PROSE = [
    "新华社北京12月5日电 国家统计局5日发布数据显示，11月份全国居民消费价格同比上涨0.2%，环比下降0.6%。",
    "国家统计局城市司首席统计师董莉娟表示，11月份，受季节性因素和国际油价波动等影响，全国CPI环比下降。",
    "扣除食品和能源价格的核心CPI同比上涨0.3%，涨幅比上月扩大0.1个百分点。",
]


@pytest.mark.parametrize("declared", ["11月份CPI同比上涨0.2%_新华网", "11月份CPI同比上涨0.2%｜新华网",
                                      "11月份CPI同比上涨0.2% - 新华网"])
def test_a_chinese_headline_is_the_h1_that_the_title_tag_holds_with_the_sites_name(declared):
    """Chinese sites join the headline and their name with "_" or a
    full-width bar, no spaces; a headline is one run of characters, no word
    apart, and still a headline."""
    html = page(f"<nav><a href='/'>首页</a> <a href='/n'>新闻</a></nav>"
                f"<article><h1>11月份CPI同比上涨0.2%</h1>{paragraphs(*CHINESE_PROSE)}</article>"
                "<footer>版权所有 新华网</footer>",
                f"<title>{declared}</title>")
    found = extract(html, "html")
    assert found.title == "11月份CPI同比上涨0.2%"
    assert found.body == "\n\n".join(CHINESE_PROSE)


def test_a_japanese_title_tags_site_name_after_a_full_width_bar_is_cut():
    prose = paragraphs("政府は5日、来年度の予算案を閣議決定した。総額は過去最大となる見通しだ。",
                       "財務省によると、社会保障費の増加が主な要因だという。")
    title = "<title>来年度予算案を閣議決定　過去最大に｜日本経済新聞</title>"
    html = page(f"<article>{prose}</article>", title)
    assert extract(html, "html").title == "来年度予算案を閣議決定 過去最大に"
