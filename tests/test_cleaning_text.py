"""The plain-text cleaner as a user sees it: a page in, the article, its
headline, its captions and the dropped lines out."""
from __future__ import annotations

from pathlib import Path

from worker.cleaning import Caption, extract
from worker.cleaning.text import extract_text

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED = (SEEDS / "us-japan-2plus2.txt").read_text("utf-8")
TITLE = "US and Japan to revamp joint military operations to counter China and North Korea"
CAPTION = ("From left to right, US Defence Secretary Lloyd Austin, US Secretary of State Antony Blinken, "
           "Japanese Foreign Minister Yoko Kamikawa, and Japanese Defence Minister Minoru Kihara attend a "
           "joint press conference at Iikura Guest House in Tokyo on Sunday.")
DROPPED = ("image", "image", "Read More", "Leave a Reply")


def seed_paragraphs() -> list[str]:
    """The seed's article paragraphs, in order: every line but the headline,
    the caption and the furniture."""
    lines = [line.strip() for line in SEED.splitlines() if line.strip()]
    return [line for line in lines if line != TITLE and not line.startswith("From left to right")
            and line not in DROPPED]


def test_the_seed_gives_exactly_the_expected_extraction():
    found = extract(SEED, "text")
    assert found.title == TITLE
    assert found.body == "\n\n".join(seed_paragraphs())
    assert found.captions == (Caption(CAPTION, "Reuters"),)
    assert found.boilerplate == DROPPED
    assert found.lang == "en"
    assert (found.author, found.published_at, found.url) == (None, None, None)


def test_the_seed_body_holds_no_furniture_caption_or_empty_paragraph():
    paragraphs = extract_text(SEED).body.split("\n\n")
    assert len(paragraphs) == 24
    assert paragraphs[0].startswith("The United States and Japan said they will revamp")
    assert paragraphs[-1].startswith("Blinken reiterated that Washington")
    for line in ("image", "Read More", "Leave a Reply", "", TITLE):
        assert line not in paragraphs
    assert "Iikura Guest House" not in extract_text(SEED).body


def test_a_news_page_loses_its_menus_share_box_related_links_and_comments():
    page = (SEEDS / "harbour-ferry.txt").read_text("utf-8")
    found = extract_text(page)
    body = found.body.split("\n\n")
    assert found.title == "Harbour ferry service to resume after six-week repair"
    assert body[0].startswith("The harbour ferry will carry passengers again from Monday")
    assert body[-1].startswith("Passengers are advised to check the timetable")
    assert len(body) == 7
    for dropped in ("Home", "Subscribe", "Share this article", "Related articles",
                    "Council approves new bus lanes in the old town", "Comments",
                    "I hope they fix the timetable too, the evening boats never run on time.",
                    "© 2025 Harbour Courier. All rights reserved."):
        assert dropped not in body
        assert dropped in found.boilerplate
    assert found.captions == (Caption("The ferry at the north pier on Tuesday morning.",
                                      "Jane Doe/Harbour Courier"),)


def test_empty_and_furniture_only_pages_have_no_body():
    assert extract_text("").body == ""
    assert extract_text("\n \n\t\n").body == ""
    assert extract_text("Home\nMenu\nShare\nRead More\nLeave a Reply").body == ""


def test_template_lines_known_for_the_source_never_reach_the_body():
    paragraphs = seed_paragraphs()
    template = frozenset({paragraphs[-1]})
    found = extract_text(SEED, template_lines=template)
    assert paragraphs[-1] not in found.body.split("\n\n")
    assert paragraphs[-1] in found.boilerplate


def test_reader_comments_under_a_post_are_not_its_body():
    article = seed_paragraphs()[:4]
    comments = [
        "Finally! I have been asking for this for years, because my job means that I can never get to "
        "the library before it closes in the evening, and the weekends are the only time I have.",
        "I hope they keep the reading hour going after the trial, since my two children loved it when "
        "it ran in the summer and they still talk about the stories they heard there.",
        "Will the computers be available on Sundays as well, or only the lending desk? It would help a "
        "lot of people who do not have a printer at home and need to print forms for the council.",
    ]
    thread = []
    for name, when, comment in zip(("Anna", "Tom", "Sam"), ("March 3, 2024 at 4:47 pm",
                                   "March 4, 2024 at 9:12 am", "March 5, 2024 at 8:02 am"), comments):
        thread += [name, "on", when, "said:", "Hi all,", comment]
    page = "\n".join(["Home", "Blog", TITLE, "September 10, 2024", *article, "|", "Permalink", "|",
                      "3 Comments", "Previous Post", "Next Post", "Comments", *thread])
    body = extract_text(page).body
    assert all(paragraph in body for paragraph in article)
    assert not any(comment in body for comment in comments)
    assert "said:" not in body


def test_a_list_of_teasers_after_the_article_is_not_its_body():
    article = seed_paragraphs()[:5]
    teasers = [
        ("City council approves the new budget for schools", "Maria Lopez", "Tuesday November 19, 2024",
         "The council voted on Tuesday to raise spending on schools by four per cent next year, after a "
         "long debate about the cost of repairs to buildings in the old town."),
        ("Storm closes the coastal road for a second day", "Peter Hall", "Tuesday November 19, 2024",
         "Workers are still clearing fallen trees from the coastal road, which the police said would stay "
         "closed until the wind drops and the engineers have checked the bridges."),
        ("Local bakery wins a national prize for its bread", "Ann Berg", "Monday November 18, 2024",
         "A family bakery that has been open for more than sixty years won the national prize for its rye "
         "bread, beating more than two hundred entries from across the country."),
        ("Hospital opens a new wing for children", "Tom Reed", "Monday November 18, 2024",
         "The new wing has forty beds and a playground on the roof, and the hospital said that it would "
         "shorten the waiting lists for operations on children by half."),
    ]
    page = "\n".join(["Home", "News", TITLE, "Wednesday November 20, 2024", *article, "More",
                      *(line for teaser in teasers for line in teaser)])
    body = extract_text(page).body
    assert all(paragraph in body for paragraph in article)
    assert not any(line in body for teaser in teasers for line in teaser)


def test_a_paragraph_printed_twice_close_by_is_kept_once():
    article = seed_paragraphs()[:6]
    repeated = article[2]
    page = "\n".join(["Home", TITLE, *article[:3], repeated, *article[3:]])
    body = extract_text(page).body.split("\n\n")
    assert body == article


def test_a_byline_and_date_under_the_standfirst_are_not_body():
    article = seed_paragraphs()[:6]
    page = "\n".join(["Home", "News", TITLE, article[0], "By Jane Miller", "March 12, 2024", *article[1:]])
    found = extract_text(page)
    assert found.body == "\n\n".join(article)
    assert "By Jane Miller" in found.boilerplate and "March 12, 2024" in found.boilerplate


def test_the_authors_biography_closing_the_page_is_not_body():
    article = seed_paragraphs()[:8]
    bio = ("Jane Miller is a senior reporter who covers defence and foreign policy. She joined the paper "
           "in 2015 after ten years as a correspondent in Asia.")
    found = extract_text("\n".join(["Home", TITLE, *article, bio, "Share", "Related"]))
    assert found.body == "\n\n".join(article)
    assert bio in found.boilerplate


#: a menu, the lead picture's placeholder, then the headline over its byline and date
HERO_PAGE = "\n".join((
    "Home", "News", "Sport", "Weather", "Contact", "image",
    "Volunteers restore the old mill pond after years of neglect",
    "By", "Jane Doe", "March 3, 2025",
    "Volunteers from three villages spent the winter clearing the old mill pond, which had filled "
    "with silt and reeds since the mill closed in the nineteen-seventies.",
    "The work was paid for by a small grant from the county and by a bake sale that raised more "
    "than two thousand pounds over a single weekend in the autumn.",
    "Ducks and moorhens have already returned, and the group hopes to see kingfishers nesting on "
    "the bank by the summer, once the new willows have taken root.",
    "The next work party meets on Saturday morning at the car park by the church, and newcomers "
    "are welcome to bring gloves and boots.",
    "Related stories", "Council approves new bus lanes"))


def test_a_headline_under_the_lead_picture_and_over_the_byline_is_no_caption():
    found = extract_text(HERO_PAGE)
    assert found.title == "Volunteers restore the old mill pond after years of neglect"
    assert found.captions == ()
    assert found.body.startswith("Volunteers from three villages")


def _page(*lines: str) -> str:
    return "\n".join(lines)


_CLINIC_BODY = (
    "Every town in the county will run a flu clinic this week, the health board said on Monday, and no "
    "appointment is needed for adults over sixty-five.",
    "The clinics open at nine in the morning in the town halls and stay open until the evening, so that "
    "people who work during the day can come after their shift.",
    "Last winter fewer than half of the people who were offered a vaccine took it, and the board hopes "
    "that clinics closer to home will change that this year.")


def test_a_logo_or_a_picture_named_by_its_alt_text_is_never_the_headline():
    found = extract_text(_page("Home", "About", "Riverside Health Board logo", *_CLINIC_BODY))
    assert found.title != "Riverside Health Board logo"
    found = extract_text(_page("Home", "About", "Flu clinics open in every town header image",
                               "By Jane Doe", *_CLINIC_BODY))
    assert found.title != "Flu clinics open in every town header image"
    assert found.body.startswith("Every town in the county")
