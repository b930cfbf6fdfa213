"""Captions split off the text, their credits parsed."""
from __future__ import annotations

import pytest

from worker.cleaning import Caption
from worker.cleaning.captions import caption_from
from worker.cleaning.credits import credit_only, split_credit
from worker.cleaning.text import extract_text


@pytest.mark.parametrize(("line", "text", "credit"), [
    ("Rescuers search the rubble on Monday. Photo: Reuters", "Rescuers search the rubble on Monday.",
     "Reuters"),
    ("Trump asked voters for a big win. Credit... Doug Mills/The New York Times",
     "Trump asked voters for a big win.", "Doug Mills/The New York Times"),
    ("Firefighters at the scene on Sunday. (AFP)", "Firefighters at the scene on Sunday.", "AFP"),
    ("The harbour at dawn. Getty Images", "The harbour at dawn.", "Getty Images"),
    ("The old town hall in 1998. File photo", "The old town hall in 1998.", "File photo"),
    ("Crowds outside the court. Photograph: Jane Doe/AP", "Crowds outside the court.", "Jane Doe/AP"),
    ("Jonathan P. Blair Submitted photo", "Jonathan P. Blair", "Submitted photo"),
])
def test_a_credit_is_split_off_the_end_of_a_caption(line, text, credit):
    assert split_credit(line) == (text, credit)
    assert caption_from(line) == Caption(text, credit)


@pytest.mark.parametrize(("line", "credit"), [
    ("Photo: Reuters", "Reuters"),
    ("Credit... Doug Mills/The New York Times", "Doug Mills/The New York Times"),
    ("(AFP)", "AFP"),
    ("Getty Images", "Getty Images"),
    ("File photo", "File photo"),
    ("Photograph: Jane Doe/AP", "Jane Doe/AP"),
    ("Sanjeev Verma/Hindustan Times/Getty Images", "Sanjeev Verma/Hindustan Times/Getty Images"),
    ("(Reed Saxon / Associated Press)", "Reed Saxon / Associated Press"),
    ("Courtesy of Andrew Vaughan", "Andrew Vaughan"),
    ("Image copyright Getty Images", "Getty Images"),
    ("Image source, Reuters", "Reuters"),
    ("© Jane Doe", "Jane Doe"),
    ("Picture: Jane Doe", "Jane Doe"),
    ("Pic: Jane Doe", "Jane Doe"),
    ("Bild: dpa", "dpa"),
    ("Handout", "Handout"),
    ("Supplied", "Supplied"),
    ("Contributed photo", "Contributed photo"),
    ("Jane Doe/Ritzau Scanpix", "Jane Doe/Ritzau Scanpix"),
])
def test_a_line_that_is_only_a_credit_is_recognised(line, credit):
    assert credit_only(line) == credit


@pytest.mark.parametrize("line", [
    "The minister said the plan would cost more than expected.",
    "Read more",
    "Photos of the week",
    "He moved to New York/New Jersey in 2010 and has lived there since, he said in an interview.",
])
def test_prose_and_furniture_are_not_credits(line):
    assert credit_only(line) is None
    assert split_credit(line) == (line, None)


def page_with(caption_lines: list[str]) -> str:
    paragraph = ("The council said on Thursday that the new bridge would open in the spring, after two years "
                 "of work that had closed the main road to the harbour for most of the time.")
    lines = ["Home", "News", "Bridge to open in spring", "", paragraph, "", *caption_lines, "",
             paragraph.replace("bridge", "tunnel"), "", paragraph.replace("council", "mayor"), "",
             "Share this article", "Related articles", "Privacy policy"]
    return "\n".join(lines)


def test_a_caption_after_a_placeholder_with_its_credit_on_the_next_line():
    found = extract_text(page_with(["image", "Workers on the bridge deck in January.",
                                    "Jane Doe/Getty Images"]))
    assert found.captions == (Caption("Workers on the bridge deck in January.", "Jane Doe/Getty Images"),)
    assert "Workers on the bridge deck" not in found.body
    assert "Jane Doe" not in found.body


def test_a_caption_with_its_credit_inline_and_alt_text_above():
    found = extract_text(page_with(["Workers on the bridge deck in January.",
                                    "Workers on the bridge deck in January. Photo: Reuters"]))
    assert found.captions == (Caption("Workers on the bridge deck in January.", "Reuters"),)
    assert "Workers on the bridge deck" not in found.body


def test_a_caption_printed_again_below_broken_at_its_links_is_no_body():
    found = extract_text(page_with(["Harbour cranes image by Acme Lift, Portsmouth.", "",
                                    "Harbour cranes image by", "Acme Lift", ", Portsmouth."]))
    assert found.captions == (Caption("Harbour cranes", "Acme Lift, Portsmouth"),)
    assert "Harbour cranes" not in found.body and "Acme Lift" not in found.body


@pytest.mark.parametrize(("line", "text", "credit"), [
    ("Fans at the game on Tuesday, Nov. 19, 2019. (AP Photo/Jane Doe, File)",
     "Fans at the game on Tuesday, Nov. 19, 2019.", "AP Photo/Jane Doe, File"),
    ("Bacteria on a flea. ( JANE DOE/SCIENCE PHOTO LIBRARY)", "Bacteria on a flea.",
     "JANE DOE/SCIENCE PHOTO LIBRARY"),
    ("Troops remain in the country 18 years on [File: Reuters]", "Troops remain in the country 18 years on",
     "Reuters"),
    ("A concept for a lunar lander [SpaceX via Nasa]", "A concept for a lunar lander", "SpaceX via Nasa"),
    # a renderer glued the credit to the caption's full stop
    ("The senator speaks at the Capitol on July 25, 2019.Jane Doe / AP file",
     "The senator speaks at the Capitol on July 25, 2019.", "Jane Doe / AP file"),
    # a dash or a bar between a caption and its credit, and more credit labels
    ("Fans at the game on Sunday. Jane Doe—Getty Images", "Fans at the game on Sunday.",
     "Jane Doe—Getty Images"),
    ("Fans at the game on Sunday. JANE DOE | AFP", "Fans at the game on Sunday.", "JANE DOE | AFP"),
    ("Fans at the game on Sunday. Image Credits: Jane Doe / Getty Images", "Fans at the game on Sunday.",
     "Jane Doe / Getty Images"),
    ("Fans at the game on Sunday. Photo-illustration: Jane Doe", "Fans at the game on Sunday.", "Jane Doe"),
    ("The new settings menu. Screenshot: Jane Doe", "The new settings menu.", "Jane Doe"),
])
def test_credits_split_off_a_captions_end(line, text, credit):
    assert split_credit(line) == (text, credit)


@pytest.mark.parametrize("line", [
    # an agency alone in brackets: a link to its story
    "Why Can't the Singer Perform Her Own Songs? It's Complicated [Bloomberg]",
    # a page's copyright and a note on its pictures
    "© 2019 Acme Media. All rights reserved.",
    "Copyright © 2019 Acme Media",
    "Some images courtesy of Acme Photos.",
    # a slash between two words in parentheses
    "The council moved the data to a new network last year (TCP/IP).",
    # pictures sent via something, in prose
    "Readers can send us their photos via WhatsApp.",
    "The council kept the old photos via a private archive in town.",
    # a page's copyright, prose about photographers
    "Copyright © 2024 Acme Media",
    "All content © Acme Media",
    "He was an award-winning staff photographer, the council said.",
    "The meeting ended in Paris, France.",
])
def test_lines_that_are_no_credit(line):
    assert split_credit(line) == (line, None)


def test_a_credit_alone_is_the_caption_as_printed_and_the_document_is_valid():
    from worker import schemas
    from worker.document import clean

    page = page_with(["image", "Photo: Reuters"])
    assert extract_text(page).captions == (Caption("Photo: Reuters", "Reuters"),)
    assert schemas.document_errors(clean(page, url="https://example.com/a")) is None


def test_a_label_split_from_its_colon_still_credits_the_caption_above():
    found = extract_text(page_with(["Workers on the bridge deck in January.", "Photo", ":", "Getty Images"]))
    assert found.captions == (Caption("Workers on the bridge deck in January.", "Getty Images"),)
    assert "Workers on the bridge deck" not in found.body


def test_a_caption_after_a_picture_label_on_its_own_line():
    # the alt text's end, cut at a link, is left above it: it goes with the caption
    found = extract_text(page_with([", left, opens the new bridge to traffic on Monday",
                                    "Image: The mayor, left, opens the new bridge to traffic on Monday"]))
    assert found.captions == (Caption("The mayor, left, opens the new bridge to traffic on Monday"),)
    assert "opens the new bridge" not in found.body


def test_a_caption_broken_at_an_italic_name_is_joined_again():
    found = extract_text(page_with(["Yersinia pestis", ", the bacteria that cause plague, live on fleas.",
                                    "(JANE DOE/SCIENCE PHOTO LIBRARY)"]))
    assert found.captions == (Caption("Yersinia pestis, the bacteria that cause plague, live on fleas.",
                                      "JANE DOE/SCIENCE PHOTO LIBRARY"),)
    assert "bacteria" not in found.body


def test_a_name_in_parentheses_under_an_unfinished_caption_is_its_credit():
    found = extract_text(page_with(["Jane Doe, the engineer who is overseeing the work on the bridge",
                                    "(Harbour Works Co.)"]))
    assert found.captions == (Caption("Jane Doe, the engineer who is overseeing the work on the bridge",
                                      "Harbour Works Co."),)


def test_a_slash_between_two_things_is_no_credit_without_a_picture():
    found = extract_text(page_with(["Fees based on income", "Reservation Method/Rule"]))
    assert found.captions == ()


def test_the_lead_pictures_caption_repeated_by_the_first_sentence():
    lines = ["Home", "News", "Bridge to open in spring", "image",
             "A video showing the new bridge from the air was released by the council on Monday. (2 min)",
             "A video showing the new bridge from the air was released by the council on Monday.", "",
             "The council said on Thursday that the new bridge would open in the spring, after two years "
             "of work that had closed the main road to the harbour for most of the time.", "",
             "The mayor said the tunnel would open in the summer, after three years of work that had closed "
             "the old road to the harbour for most of the time.", "", "Share this article", "Privacy policy"]
    found = extract_text("\n".join(lines))
    assert [c.text for c in found.captions] == [lines[4]]
    assert found.body.startswith(lines[5])


def test_a_brand_in_lowercase_after_a_label_split_from_its_colon():
    found = extract_text(page_with(["image", "Photo", ":", "iFixit"]))
    assert found.captions == (Caption("Photo: iFixit", "iFixit"),)


def test_a_video_caption_is_a_sentence_and_its_copy_below_goes_with_it():
    text = ("In this talk given at a conference in 2016, the engineer explains how the bridge deck "
            "was lifted into place")
    found = extract_text(page_with([f"Video: {text}", "Video:", text]))
    assert found.captions == (Caption(text),)
    assert "In this talk" not in found.body


def test_a_video_title_is_no_caption_and_no_credit():
    found = extract_text(page_with(["Video: New Harbour Bridge Opening Highlights"]))
    assert found.captions == ()
    assert split_credit("Video: New Harbour Bridge Opening Highlights")[1] is None
    assert split_credit("Text-based, video-based or interactive")[1] is None
    assert split_credit("Video: Reuters") == ("", "Reuters")


def test_the_articles_source_at_its_end_is_no_picture_credit():
    found = extract_text(page_with(["SOURCE:", "News agencies"]))
    assert found.captions == ()
    # beside a picture, or naming a picture library, a source is a credit
    assert extract_text(page_with(["image", "Source: Unsplash"])).captions == (
        Caption("Source: Unsplash", "Unsplash"),)


def test_a_line_printed_twice_with_a_web_site_credit_is_alt_text_and_caption():
    caption = "Posters from the council's campaign for the new bridge. (bridgecampaign.org)"
    found = extract_text(page_with([caption, caption]))
    assert found.captions == (Caption("Posters from the council's campaign for the new bridge.",
                                      "bridgecampaign.org"),)
    assert "Posters" not in found.body
    assert split_credit("He said so (see also example.com).")[1] is None


def test_pictures_by_a_described_photographer_in_prose_is_no_credit():
    line = "These beautiful pictures by renowned nature photographer Jane Doe are a wonder"
    assert split_credit(line) == (line, None)
    assert split_credit("The bay at dawn. Photo by: 'Jane Doe'.") == ("The bay at dawn.", "'Jane Doe'")


def test_a_phrase_printed_twice_inside_the_article_is_alt_text_and_caption():
    twin = "Researchers have traced the oldest stones of the bridge to a quarry in the hills"
    found = extract_text(page_with([twin, twin]))
    assert found.captions == (Caption(twin),)
    assert "oldest stones" not in found.body


def test_a_headline_printed_twice_in_a_list_of_teasers_is_no_caption():
    from worker.cleaning.captions import _teaser
    lines = ["Recent", "Navy says the plan to cut the risk will take some time",
             "Navy says the plan to cut the risk will take some time", "People crowded into a meeting.",
             "By", "Jane Doe"]
    assert _teaser(lines, [0, 0, 0, 0, 1, 0], 1)


def test_a_makers_name_under_a_products_picture_is_its_credit():
    found = extract_text(page_with(["harbour-kettle.jpg", "Acme", "Acme Harbour Kettle for $40",
                                    "harbour-lamp.jpg", "A lamp for the harbour wall.", "Lumo, Inc.",
                                    "Lumo Harbour Lamp for $90"]))
    assert found.captions == (Caption("Acme", "Acme"), Caption("A lamp for the harbour wall.", "Lumo, Inc."))
    assert "Lumo, Inc." not in found.body


@pytest.mark.parametrize("agency", ["AP", "Reuters", "EFE"])
def test_an_agency_alone_under_a_news_caption_full_of_names_inside_the_article_is_its_credit(agency):
    paragraph = ("The council said on Thursday that the new bridge would open in the spring, after two years "
                 "of work that had closed the main road to the harbour for most of the time.")
    caption = "Mayor Jane Roe at the Harbour Bridge in Northport on March 3, 2024."
    lines = ["Home", "News", "Bridge to open in spring", "", paragraph, "", caption, agency, ""]
    for n in range(4):
        lines += [paragraph.replace("council", f"council's member {n}"), ""]
    found = extract_text("\n".join([*lines, "Share this article", "Related articles", "Privacy policy"]))
    assert found.captions == (Caption(caption, agency),)
    assert "Mayor Jane Roe" not in found.body


def _product_list(items: list[tuple[str | None, str, str]]) -> str:
    """A list of products with no picture printed: each an optional caption
    line, a credit line, a heading and a paragraph."""
    review = ("The {0} is the one we reach for first: it is well made, easy to clean and quiet, and after a "
              "month of daily use on the harbour boat it still works as well as on the first morning.")
    lines = ["Home", "Reviews", "", "The best gear for the harbour this year", "",
             "We tried dozens of products on the water this summer, and these are the ones that earned a "
             "place on board, from kettles to lamps, each tested for at least a month.", ""]
    for caption, credit, heading in items:
        lines += [caption, ""] if caption else []
        lines += [credit, "", heading, "", review.format(heading.split(" for ")[0]), ""]
    return "\n".join([*lines, "Share this article", "Related articles", "Privacy policy"])


def test_a_makers_name_over_a_priced_product_heading_with_no_picture_printed_is_its_credit():
    found = extract_text(_product_list([(None, "Acme", "Acme Harbour Kettle for $40"),
                                        ("Lumo Harbour Lamp.", "Lumo, Inc.", "Lumo Harbour Lamp for $90"),
                                        (None, "Nord", "Nord Deck Chair for $120")]))
    assert found.captions == (Caption("Acme", "Acme"), Caption("Lumo Harbour Lamp.", "Lumo, Inc."),
                              Caption("Nord", "Nord"))
    assert "Lumo, Inc." not in found.body
    assert "Acme Harbour Kettle for $40" in found.body


def test_a_word_over_a_heading_that_opens_with_it_and_gives_no_price_is_no_credit():
    found = extract_text(_product_list([(None, "Acme", "Acme Harbour Kettle"),
                                        (None, "Lumo", "Lumo Harbour Lamp")]))
    assert found.captions == ()


@pytest.mark.parametrize("heading", ["#10: Acme", "No. 3: Acme", "3. Acme Harbour Kettle", "#2 Acme"])
def test_a_makers_name_under_a_picture_over_a_ranked_heading_is_its_credit(heading):
    paragraph = "Acme sells its kettles in most of the shops around the old harbour, at a fair price."
    found = extract_text(page_with(["image", "Acme", heading, paragraph]))
    assert found.captions == (Caption("Acme", "Acme"),)
    assert found.body.split("\n\n")[1:3] == [heading, paragraph]


@pytest.mark.parametrize("block", [
    ["Acme", "#10: Acme", "Acme sells its kettles in most of the shops around the old harbour."],
    ["image", "Jane Doe", "1. Jane Doe is the engineer who oversaw the work on the bridge."],
])
def test_a_name_over_a_ranked_heading_with_no_picture_or_over_a_sentence_is_no_credit(block):
    found = extract_text(page_with(block))
    assert found.captions == ()


def test_a_name_over_a_paragraph_that_opens_with_it_is_no_credit():
    found = extract_text(page_with(["image", "Jane Doe",
                                    "Jane Doe is the engineer who oversaw the work on the bridge."]))
    assert found.captions == ()


@pytest.mark.parametrize(("line", "text", "credit"), [
    ("Fans at the game on Sunday. JANE DOE/AFP via Getty Images", "Fans at the game on Sunday.",
     "JANE DOE/AFP via Getty Images"),
    ("Fans at the game on Sunday. Jane Doe/The Daily Planet via AP", "Fans at the game on Sunday.",
     "Jane Doe/The Daily Planet via AP"),
    ("Fans at the game on Sunday. Jane Doe/Getty Images for Acme", "Fans at the game on Sunday.",
     "Jane Doe/Getty Images for Acme"),
    ("Fans at the game on Sunday. REUTERS", "Fans at the game on Sunday.", "REUTERS"),
    # the caption before a credit is never taken for a photographer's name
    ("Fans at the game. Jane Doe/AP", "Fans at the game.", "Jane Doe/AP"),
    ("Fans at the game on Sunday. © Jane Doe", "Fans at the game on Sunday.", "Jane Doe"),
    ("Harbour Bridge at dawn | © 2019 Jane Doe", "Harbour Bridge at dawn", "Jane Doe"),
    ("Fans at the game on Sunday. Photo courtesy of Jane Doe", "Fans at the game on Sunday.", "Jane Doe"),
    ("Photo illustration: Jane Doe/The Daily Planet", "", "Jane Doe/The Daily Planet"),
    ("Fans at the game on Sunday. Jane Doe/E+ via Getty Images", "Fans at the game on Sunday.",
     "Jane Doe/E+ via Getty Images"),
])
def test_credits_via_an_agency_in_capitals_after_a_copyright_sign_or_a_courtesy(line, text, credit):
    assert split_credit(line) == (text, credit)
    found = extract_text(page_with(["image", line]))
    assert [c.credit for c in found.captions] == [credit]
    assert credit not in found.body


def test_a_caption_before_a_slashed_credit_is_no_part_of_a_credit_alone():
    assert credit_only("Fans at the game. Jane Doe/The Daily Planet") is None
    assert credit_only("J.R. Doe/The Daily Planet") == "J.R. Doe/The Daily Planet"
    assert split_credit("Sign up via AP") == ("Sign up via AP", None)


def test_pictures_in_a_row_credited_alone_take_no_caption_from_the_text_above():
    found = extract_text(page_with(["Photo: Jane Doe", "Photo: Jane Doe", "Photo: Jane Doe"]))
    assert found.captions == (Caption("Photo: Jane Doe", "Jane Doe"),)
    assert "The council said on Thursday" in found.body


def test_a_credit_via_an_agency_alone_under_a_caption_is_its_credit():
    found = extract_text(page_with(["Workers on the bridge deck in January", "Jane Doe via Getty Images"]))
    assert found.captions == (Caption("Workers on the bridge deck in January", "Jane Doe via Getty Images"),)


@pytest.mark.parametrize("pieces", [
    ["Workers lift the last span of the", "harbour bridge", "into place on Sunday. Photo: Reuters"],
    # a phrase, an italic name, the rest: "Mussels on a pier" / "Mytilus edulis" / "grow ..."
    ["Mussels on a pier of the", "Mytilus edulis", "grow on the piers of the bridge. Photo: Reuters"],
    ["Protesters march through", "Trafalgar", "into place on Sunday. Photo: Reuters"],
])
def test_a_caption_broken_at_a_link_with_its_credit_at_the_end_is_joined_again(pieces):
    found = extract_text(page_with(pieces))
    assert found.captions == (Caption(" ".join(pieces).removesuffix(" Photo: Reuters"), "Reuters"),)
    assert "on the piers" not in found.body and "into place" not in found.body


@pytest.mark.parametrize(("pieces", "caption"), [
    # the credit is a link after its label, on the line below the caption
    (["Workers on the bridge deck in January. Photo by", "Jane Doe", "."],
     Caption("Workers on the bridge deck in January.", "Jane Doe")),
    (["The new bridge at dawn (Image via", "Acme Photos", ")"],
     Caption("The new bridge at dawn", "Acme Photos")),
    (["image", "Photo by", "Jane Doe"], Caption("Photo by Jane Doe", "Jane Doe")),
    (["Feature Image by", "Jane Doe"], Caption("Feature Image by Jane Doe", "Jane Doe")),
])
def test_a_caption_closed_by_a_label_with_its_credit_on_the_next_line(pieces, caption):
    found = extract_text(page_with(pieces))
    assert found.captions == (caption,)
    assert "Jane Doe" not in found.body and "Acme Photos" not in found.body


@pytest.mark.parametrize("pieces", [
    ["Here is what to look for when you check your own images:", "Exposure"],
    ["Cost per Credit:", "In-State | $472"],
])
def test_a_list_or_a_table_after_a_label_word_is_no_credit(pieces):
    assert extract_text(page_with(pieces)).captions == ()


def test_every_credit_pattern_match_holds_what_the_pattern_needs():
    from worker.cleaning.rules.credits import CREDIT_NEEDS, CREDIT_PATTERNS

    lines = ["The mayor speaks on Sunday. Photo: Reuters", "Rescuers at the site.Credit...Jane Doe/The Times",
             "Smoke over the port. JANE DOE/AFP via Getty Images", "The harbour at dawn. © Jane Doe",
             "Crowds in the square. REUTERS/Jane Doe", "A view of the lake. Photo courtesy of Jane Doe",
             "The old mill. Courtesy of the museum", "treatmentCredit: EPA",
             "Runners at the start. Getty Images",
             "The new bridge (Photo: AP)", "Residents return home. cREDIT: jane doe",
             "El alcalde inaugura el puente. Foto cortesía de Juan Pérez",
             "市长周一为新桥揭幕。（新华社记者 张三 摄）"]
    for line in lines:
        for pattern, needs in zip(CREDIT_PATTERNS, CREDIT_NEEDS, strict=True):
            if needs is not None and pattern.search(line):
                assert needs.search(line), (pattern.pattern, line)


@pytest.mark.parametrize(("line", "text", "credit"), [
    ("Fans at the game on Sunday. Photo by Jane Doe on Unsplash", "Fans at the game on Sunday.",
     "Jane Doe on Unsplash"),
    ("Fans at the game on Sunday. Jane Doe/Shutterstock", "Fans at the game on Sunday.",
     "Jane Doe/Shutterstock"),
    ("Fans at the game on Sunday. (Photo by Jane Doe/Getty Images)", "Fans at the game on Sunday.",
     "Jane Doe/Getty Images"),
    ("Fans at the game on Sunday. Photo: Jane Doe for The Daily Planet", "Fans at the game on Sunday.",
     "Jane Doe for The Daily Planet"),
    ("Fans at the game on Sunday. Photo provided by Jane Doe", "Fans at the game on Sunday.", "Jane Doe"),
    ("Fans at the game on Sunday. Courtesy photo", "Fans at the game on Sunday.", "Courtesy photo"),
    ("Fans at the game on Sunday. (Getty Images for Acme)", "Fans at the game on Sunday.",
     "Getty Images for Acme"),
    ("Fans at the game on Sunday. (Jane Doe via Getty Images)", "Fans at the game on Sunday.",
     "Jane Doe via Getty Images"),
    ("Fans at the game on Sunday. EPA-EFE/JANE DOE", "Fans at the game on Sunday.", "EPA-EFE/JANE DOE"),
    ("Fans at the game on Sunday. REUTERS/Jane Doe/File Photo", "Fans at the game on Sunday.",
     "REUTERS/Jane Doe/File Photo"),
    ("Fans at the game on Sunday. Composite: Jane Doe/Reuters", "Fans at the game on Sunday.",
     "Jane Doe/Reuters"),
    ("Les supporters au stade dimanche. Photo AFP", "Les supporters au stade dimanche.", "AFP"),
    ("Les supporters au stade dimanche. Crédit photo : Jane Doe", "Les supporters au stade dimanche.",
     "Jane Doe"),
    ("Fans im Stadion am Sonntag. Foto von Jane Doe", "Fans im Stadion am Sonntag.", "Jane Doe"),
    ("Fans im Stadion am Sonntag. Bild: Keystone-SDA", "Fans im Stadion am Sonntag.", "Keystone-SDA"),
    ("Aficionados en el estadio el domingo. Foto: EFE", "Aficionados en el estadio el domingo.", "EFE"),
    ("Aficionados en el estadio el domingo. Foto de archivo", "Aficionados en el estadio el domingo.",
     "Foto de archivo"),
    ("Supporters in het stadion op zondag. Beeld: ANP", "Supporters in het stadion op zondag.", "ANP"),
])
def test_credits_as_news_sites_print_them_in_several_languages(line, text, credit):
    assert split_credit(line) == (text, credit)
    found = extract_text(page_with(["image", line]))
    assert found.captions == (Caption(text, credit),)
    assert text not in found.body and credit not in found.body


@pytest.mark.parametrize("line", [
    "© 2024 Acme Media", "© Acme Media. All rights reserved", "Caption contest winners",
    "The photo by the window shows the old harbour.",
])
def test_more_prose_and_furniture_that_are_no_credits(line):
    assert credit_only(line) is None
    assert extract_text(page_with([line])).captions == ()


def test_an_agency_closing_a_sentence_with_no_picture_near_is_no_caption():
    assert extract_text(page_with(["He said it was the best day of his life. NASA"])).captions == ()


def test_a_paragraph_over_a_credit_with_no_picture_near_is_no_caption():
    paragraph = ("In the simplest way the engineers could put it, the new bridge and the old tunnel are "
                 "different ways to cross the harbour, neither of which makes the other useless for a town.")
    found = extract_text(page_with([paragraph, "Image Source: Harbour Works"]))
    assert [c.text for c in found.captions] == ["Image Source: Harbour Works"]
    assert paragraph in found.body


@pytest.mark.parametrize("pieces", [
    # BBC: the credit and its label, then the caption and its label, each on its own line
    ["Image copyright", "Getty Images", "Image caption", "Workers on the bridge deck in January."],
    ["Image copyright Getty Images", "Image caption Workers on the bridge deck in January."],
    ["Image source, Getty Images", "Image caption, Workers on the bridge deck in January."],
    # the caption's label, the caption, then its credit
    ["Caption:", "Workers on the bridge deck in January.", "Photo: Getty Images"],
    ["Caption: Workers on the bridge deck in January.", "Getty Images"],
])
def test_a_caption_opened_by_a_caption_label_with_its_credit_before_or_after(pieces):
    found = extract_text(page_with(pieces))
    assert found.captions == (Caption("Workers on the bridge deck in January.", "Getty Images"),)
    assert "Workers on the bridge deck" not in found.body and "Getty" not in found.body
    assert "The council said on Thursday" in found.body


def test_a_caption_label_in_french_and_a_credit_label_after_it():
    found = extract_text(page_with(["Légende :", "Des ouvriers sur le pont en janvier.", "Crédit photo :",
                                    "Jane Doe"]))
    assert found.captions == (Caption("Des ouvriers sur le pont en janvier.", "Jane Doe"),)


def test_a_button_beside_a_picture_shows_where_the_picture_is():
    found = extract_text(page_with(["Enlarge this image", "Jane Doe/The Daily Planet"]))
    assert found.captions == (Caption("Jane Doe/The Daily Planet", "Jane Doe/The Daily Planet"),)
    assert "Jane Doe" not in found.body


def test_a_button_between_a_caption_and_its_credit_is_skipped():
    found = extract_text(page_with(["Enlarge this image", "toggle caption", "Jane Doe/The Daily Planet",
                                    "Workers on the bridge deck in January.", "hide caption",
                                    "Jane Doe/The Daily Planet"]))
    assert Caption("Workers on the bridge deck in January.", "Jane Doe/The Daily Planet") in found.captions
    assert "Workers on the bridge deck" not in found.body and "Jane Doe" not in found.body


def test_a_caption_printed_again_in_other_spacing_is_dropped_from_the_body():
    found = extract_text(page_with(["“Workers on the bridge deck” in January .", "",
                                    "image", "\"Workers on the bridge deck\" in January. Photo: Reuters"]))
    assert found.captions == (Caption("\"Workers on the bridge deck\" in January.", "Reuters"),)
    assert "bridge deck" not in found.body


@pytest.mark.parametrize(("pieces", "credit"), [
    # a person and the publication, with no credit word, closing the caption
    (["The mayor opens the new bridge on Monday. (Jane Doe/The Daily Planet)"], "Jane Doe/The Daily Planet"),
    (["The mayor opens the new bridge on Monday. [Jane Doe/Harbour News]"], "Jane Doe/Harbour News"),
    # a photographer's name and the agency's, a dash between them, under the caption
    (["The mayor opens the new bridge on Monday.", "Jane Doe—Getty Images"], "Jane Doe—Getty Images"),
])
def test_a_credit_with_no_credit_word_or_a_dash_closes_a_caption(pieces, credit):
    found = extract_text(page_with(pieces))
    assert found.captions == (Caption("The mayor opens the new bridge on Monday.", credit),)
    assert "mayor opens" not in found.body


def test_a_line_that_describes_a_picture_is_its_alt_text_not_body():
    alt = "Image of a worker in a hard hat on the new bridge deck at dawn"
    found = extract_text(page_with([alt, "Workers on the bridge deck in January.",
                                    "Jane Doe/The Daily Planet"]))
    assert alt not in found.body
    assert found.captions == (Caption("Workers on the bridge deck in January.", "Jane Doe/The Daily Planet"),)


@pytest.mark.parametrize("line", ["A photo of the suspect was released by the police on Monday night.",
                                  "The Picture of Health"])
def test_prose_about_a_picture_and_a_heading_are_no_alt_text(line):
    assert line in extract_text(page_with([line])).body


def test_a_credit_printed_first_under_the_picture_then_its_caption():
    found = extract_text(page_with(["image", "Jane Doe/Getty Images",
                                    "The mayor opens the new bridge on Monday."]))
    assert found.captions == (Caption("The mayor opens the new bridge on Monday.", "Jane Doe/Getty Images"),)
    assert "mayor opens" not in found.body
    # a paragraph of the article in its own block under the credit is no caption
    found = extract_text(page_with(["image", "Jane Doe/Getty Images", "",
                                    "The mayor opens the new bridge today.",
                                    "It took two years to build, the council said."]))
    assert found.captions == (Caption("Jane Doe/Getty Images", "Jane Doe/Getty Images"),)


def test_a_caption_that_goes_on_after_its_alt_texts_sentence():
    alt = "Workers lift the last span of the new bridge into place."
    caption = f"{alt} It took two years to build."
    found = extract_text(page_with([alt, caption]))
    assert found.captions == (Caption(caption),)
    assert "Workers lift" not in found.body


def test_a_name_alone_under_a_picture_over_the_byline_is_the_authors_not_a_caption():
    lines = ["Home", "News", "Bridge to open in spring", "image", "Jane Doe, DVM", "By Jane Doe, DVM",
             "The council said on Thursday that the new bridge would open in the spring, after two years "
             "of work that had closed the main road to the harbour for most of the time.", "",
             "The mayor said the tunnel would open in the summer, after three years of work that had closed "
             "the old road to the harbour for most of the time.", "", "Share this article", "Privacy policy"]
    assert extract_text("\n".join(lines)).captions == ()


def test_a_line_printed_again_past_a_name_is_a_table_not_alt_text_and_caption():
    row = "Up to ten devices per adult user"
    found = extract_text(page_with(["Coverage", "VPN", row, "Antivirus software", row, "Safe browsing"]))
    assert found.captions == ()


def test_alt_text_and_its_caption_past_a_gallery_counter_or_a_button():
    alt = "Workers lift the last span of the new bridge into place"
    for between in ("2 / 5", "expand"):
        found = extract_text(page_with([alt, between, f"{alt} (Jane Doe/Getty Images)"]))
        assert found.captions == (Caption(alt, "Jane Doe/Getty Images"),)


@pytest.mark.parametrize(("line", "credit"), [
    ("(The mayor opens the new bridge to traffic on Monday. Photo: Reuters)", "Reuters"),
    ("(The mayor opens the new bridge to traffic on Monday.)", None),
])
def test_a_caption_in_parentheses_under_its_picture(line, credit):
    found = extract_text(page_with(["image", line]))
    assert found.captions == (Caption("The mayor opens the new bridge to traffic on Monday.", credit),)
    assert "mayor opens" not in found.body


def test_an_agencys_name_under_a_pictures_description_inside_the_article_is_its_credit():
    more = ["", "The mayor said the bridge would carry four lanes of traffic and a path for bicycles.", "",
            "Work on the approach roads will go on through the summer, the council said on Thursday."]
    found = extract_text(page_with(["A worker on the deck of the new bridge in January.", "Reuters", *more]))
    assert found.captions == (Caption("A worker on the deck of the new bridge in January.", "Reuters"),)
    # under the article's last paragraph it names the article's source
    lines = page_with([]).split("\n")
    at = lines.index("Share this article")
    ended = "\n".join([*lines[:at], "Reuters", *lines[at:]])
    assert extract_text(ended).captions == ()


def test_a_news_caption_full_of_names_over_a_staff_credit():
    site = ["The Daily Planet", "The Daily Planet", "Daily Planet"]
    found = extract_text(page_with(["Mayor Jane Doe at the Harbour Club of New Town last week.",
                                    "John Roe/The Daily Planet"]) + "\n" + "\n".join(site))
    assert found.captions == (Caption("Mayor Jane Doe at the Harbour Club of New Town last week.",
                                      "John Roe/The Daily Planet"),)


@pytest.mark.parametrize(("credit", "caption"), [
    ("Jane Doe / Harbour News", True),
    ("JANE DOE/HARBOUR NEWS", True),
    ("Strong CI/CD integration supports data-as-code practices", False),
])
def test_a_photographer_and_a_publication_under_a_caption(credit, caption):
    text = "A person walks over the new bridge while the sun sets behind the harbour."
    found = extract_text(page_with([text, credit]))
    assert (found.captions == (Caption(text, credit),)) is caption


@pytest.mark.parametrize(("line", "text", "credit"), [
    ("Tifosi allo stadio domenica. Foto Ansa", "Tifosi allo stadio domenica.", "Ansa"),
    ("Tifosi allo stadio domenica. Foto ANSA/JANE DOE", "Tifosi allo stadio domenica.", "ANSA/JANE DOE"),
    ("Aficionados en el estadio el domingo. Ilustración: Jane Doe", "Aficionados en el estadio el domingo.",
     "Jane Doe"),
    ("Torcedores no estádio no domingo. Crédito: Jane Doe", "Torcedores no estádio no domingo.", "Jane Doe"),
    ("Torcedores no estádio no domingo. Fonte: Reprodução/Instagram", "Torcedores no estádio no domingo.",
     "Reprodução/Instagram"),
    ("Supporters in het stadion op zondag. Afbeelding: Jane Doe", "Supporters in het stadion op zondag.",
     "Jane Doe"),
    ("So viele Fans kamen am Sonntag. Grafik: Jane Doe", "So viele Fans kamen am Sonntag.", "Jane Doe"),
    ("Les supporters au stade dimanche. Photo d'illustration", "Les supporters au stade dimanche.",
     "Photo d'illustration"),
    ("Les supporters au stade dimanche. Photo d'archives AFP", "Les supporters au stade dimanche.",
     "Photo d'archives AFP"),
    ("Fans at the game on Sunday. Image via Acme Studio", "Fans at the game on Sunday.", "Acme Studio"),
    ("Fans at the game on Sunday. (Reuters: Jane Doe)", "Fans at the game on Sunday.", "Reuters: Jane Doe"),
    ("Fans at the game on Sunday. (Supplied: Acme Zoo)", "Fans at the game on Sunday.", "Supplied: Acme Zoo"),
])
def test_more_credit_labels_and_agencies_in_several_languages(line, text, credit):
    assert split_credit(line) == (text, credit)
    found = extract_text(page_with(["image", line]))
    assert found.captions == (Caption(text, credit),)
    assert text not in found.body


@pytest.mark.parametrize(("pieces", "caption"), [
    # a stock site's credit, name and site each a link: "Photo by" / "Jane Doe" / "on" / "Unsplash"
    (["image", "Photo by", "Jane Doe", "on", "Unsplash"], Caption("Photo by Jane Doe on Unsplash",
                                                                  "Jane Doe on Unsplash")),
    (["Workers on the bridge deck in January. Image by", "Jane Doe", "via", "Acme Studio"],
     Caption("Workers on the bridge deck in January.", "Jane Doe via Acme Studio")),
])
def test_a_credit_and_the_site_it_came_from_on_lines_of_their_own(pieces, caption):
    found = extract_text(page_with(pieces))
    assert found.captions == (caption,)
    assert "Unsplash" not in found.body and "Acme Studio" not in found.body
    assert "\n\non\n\n" not in found.body and "via" not in found.body


def test_a_credit_printed_twice_around_its_pictures_button_takes_no_paragraph():
    found = extract_text(page_with(["Illustration: Jane Doe", "View image in fullscreen",
                                    "Illustration: Jane Doe"]))
    assert [c.text for c in found.captions] == ["Illustration: Jane Doe"]
    assert "View image" not in found.body and "Jane Doe" not in found.body
    assert found.body.startswith("The council said on Thursday")


def test_a_credit_in_lowercase_under_its_caption():
    found = extract_text(page_with(["image", "Workers on the bridge deck in January.",
                                    "courtesy of Acme Studio."]))
    assert found.captions == (Caption("Workers on the bridge deck in January.", "Acme Studio"),)
    assert "Acme" not in found.body


def test_a_line_that_says_what_the_picture_shows_is_a_caption():
    line = "This photo shows workers on the bridge deck in January."
    found = extract_text(page_with([line]))
    assert found.captions == (Caption(line),)
    assert "bridge deck" not in found.body


_SHOWS_CRANE = "This image shows the new harbour crane at dawn."


@pytest.mark.parametrize("caption_lines", [
    [_SHOWS_CRANE, "", "The harbour crane on its first day in", "Portsmouth"],
    [_SHOWS_CRANE, "The harbour crane on its first day in Portsmouth"],
])
def test_the_caption_under_alt_text_that_says_what_the_picture_shows(caption_lines):
    found = extract_text(page_with(caption_lines))
    assert [c.text for c in found.captions] == ["The harbour crane on its first day in Portsmouth"]
    assert "harbour crane" not in found.body and "Portsmouth" not in found.body


@pytest.mark.parametrize("below", ["Harbour Crane Safety Rules",
                                   "The harbour crane was built in 1990 by the city."])
def test_a_heading_or_a_paragraph_under_what_the_picture_shows_stays_in_the_body(below):
    found = extract_text(page_with([_SHOWS_CRANE, "", below]))
    assert found.captions == (Caption(_SHOWS_CRANE),)
    assert below in found.body


@pytest.mark.parametrize("line", ["The photo shows signs of having been edited, the experts said on Friday.",
                                  "This photo shows nothing was ever built on the site, the council says."])
def test_what_a_photo_shows_as_evidence_in_prose_is_no_caption(line):
    found = extract_text(page_with([line]))
    assert found.captions == ()
    assert line in found.body


def test_a_products_alt_text_is_no_body():
    found = extract_text(page_with(["Product image of Acme Kettle 2000"]))
    assert "Acme Kettle" not in found.body


def test_alt_text_that_is_a_keyword_and_the_caption_again_leaves_the_body():
    found = extract_text(page_with(["image", "bridge works - workers on the bridge deck in January.",
                                    "Workers on the bridge deck in January. Credit: Jane Doe"]))
    assert found.captions == (Caption("Workers on the bridge deck in January.", "Jane Doe"),)
    assert "bridge deck" not in found.body and "bridge works" not in found.body


def test_a_heading_that_ends_with_the_name_under_the_picture_stays():
    found = extract_text(page_with(["Best kettle overall: Acme Kettle 2000", "image", "Acme Kettle 2000",
                                    "Acme"]))
    assert "Best kettle overall: Acme Kettle 2000" in found.body


@pytest.mark.parametrize("counter", ["Foto 3/7", "Bild 2 von 9", "Photo 3 of 7", "Imagen 4 de 10"])
def test_a_gallerys_counter_in_several_languages_is_no_body(counter):
    found = extract_text(page_with(["image", counter,
                                    "Workers on the bridge deck in January. Photo: Reuters"]))
    assert counter not in found.body
    assert found.captions == (Caption("Workers on the bridge deck in January.", "Reuters"),)


@pytest.mark.parametrize(("line", "text", "credit"), [
    ("Tifosi allo stadio domenica (foto Ansa)", "Tifosi allo stadio domenica", "Ansa"),
    ("Fans im Stadion am Sonntag © Jane Doe", "Fans im Stadion am Sonntag", "Jane Doe"),
    ("Fans at the game on Sunday. Screenshot via Acme", "Fans at the game on Sunday.", "Acme"),
    ("Fans at the game on Sunday. Jane Doe | Staff Photographer", "Fans at the game on Sunday.",
     "Jane Doe | Staff Photographer"),
    ("Fans at the game on Sunday. Jane Doe, Associated Press", "Fans at the game on Sunday.",
     "Jane Doe, Associated Press"),
])
def test_credits_after_a_caption_with_no_full_stop_or_a_staff_photographers(line, text, credit):
    assert split_credit(line) == (text, credit)
    found = extract_text(page_with(["image", line]))
    assert found.captions == (Caption(text, credit),)


@pytest.mark.parametrize(("pieces", "credit"), [
    (["image", "Workers on the bridge deck in January.", "hide caption"], None),
    (["image", "Workers on the bridge deck in January.", "Open image caption", "Close image caption",
      "Jane Doe/The Daily Planet via Canva"], "Jane Doe/The Daily Planet via Canva"),
    (["Enlarge this image", "toggle caption", "Workers on the bridge deck in January."], None),
    (["image", "1 of 12", "Workers on the bridge deck in January."], None),
    (["Image 1 of 9", "Workers on the bridge deck in January."], None),
    (["Foto 3/7", "Workers on the bridge deck in January."], None),
])
def test_a_caption_beside_its_caption_button_or_under_a_gallerys_counter(pieces, credit):
    found = extract_text(page_with(pieces))
    assert found.captions == (Caption("Workers on the bridge deck in January.", credit),)
    assert "bridge deck" not in found.body and "caption" not in found.body


def test_a_button_or_a_heading_under_a_counter_is_no_caption():
    found = extract_text(page_with(["Image 1 of 9", "Learn more"]))
    assert found.captions == ()


def test_alt_text_that_says_the_credited_caption_again_in_other_words_leaves_the_body():
    alt = "Two workers fix a cable to the top of the new bridge tower over the harbour. Photo taken in May"
    caption = "Two workers fix a cable to the top of the new bridge tower over the harbour in May."
    found = extract_text(page_with([alt, f"{caption} Photo: Jane Doe/Harbour News"]))
    assert found.captions == (Caption(caption, "Jane Doe/Harbour News"),)
    assert "Two workers" not in found.body
    assert found.body.startswith("The council said on Thursday")


def test_a_paragraph_above_a_caption_that_opens_with_its_words_but_says_more_stays():
    paragraph = ("Two workers fix a cable to the top of the new bridge tower over the harbour, the council "
                 "said, and the work will go on through the winter until the deck is ready for cars.")
    caption = "Two workers fix a cable to the top of the new bridge tower. Photo: Jane Doe/Harbour News"
    found = extract_text(page_with([paragraph, caption]))
    assert paragraph in found.body


def test_a_courtesy_credit_glued_to_its_caption_by_a_text_browser():
    line = "Workers on the bridge deck in January.courtesy of Acme Studio."
    assert split_credit(line) == ("Workers on the bridge deck in January.", "Acme Studio")
    found = extract_text(page_with(["image", line]))
    assert found.captions == (Caption("Workers on the bridge deck in January.", "Acme Studio"),)


@pytest.mark.parametrize(("line", "text", "credit"), [
    ("Workers stand on the deck of the new bridge. Jane Doe / The Daily Planet",
     "Workers stand on the deck of the new bridge.", "Jane Doe / The Daily Planet"),
    ("Workers stand on the deck of the new bridge. | Shutterstock",
     "Workers stand on the deck of the new bridge.", "Shutterstock"),
])
def test_a_caption_under_its_picture_closed_by_a_photographer_or_after_a_bar(line, text, credit):
    found = extract_text(page_with(["image", line]))
    assert found.captions == (Caption(text, credit),)
    assert "Workers stand" not in found.body


def test_a_sentence_closed_by_two_names_and_a_slash_with_no_picture_above_stays():
    line = "The route runs from the harbour to the old mill. Jane Doe / Harbour News"
    found = extract_text(page_with([line]))
    assert found.captions == ()


@pytest.mark.parametrize("pieces", [
    # alt text, the picture, then the caption and its credit
    ["Workers on the bridge deck in January.", "image",
     "Workers on the bridge deck in January. Photo: Reuters"],
    ["Workers on the bridge deck in January", "image",
     "Workers on the bridge deck in January. Photo: Reuters"],
    # the picture, its alt text, then the caption
    ["image", "Workers on the bridge deck in January.", "Workers on the bridge deck in January. (Reuters)"],
    ["Workers on the bridge deck in January.", "Workers on the bridge deck in January. Photo: Reuters"],
    # the caption, its credit on a line of its own, and the caption again under a button
    ["image", "Workers on the bridge deck in January.", "Photo: Reuters", "Expand image",
     "Workers on the bridge deck in January."],
])
def test_a_caption_printed_twice_leaves_the_body_both_times(pieces):
    found = extract_text(page_with(pieces))
    assert [c.text for c in found.captions] == ["Workers on the bridge deck in January."]
    assert "bridge deck" not in found.body


@pytest.mark.parametrize(("credit_line", "credit"), [("[Photo: Jane Doe]", "Jane Doe"),
                                                     ("[File: Reuters]", "Reuters")])
def test_a_credit_in_brackets_under_its_caption_is_no_picture(credit_line, credit):
    found = extract_text(page_with(["image", "Workers on the bridge deck in January.", credit_line]))
    assert found.captions == (Caption("Workers on the bridge deck in January.", credit),)


@pytest.mark.parametrize(("alt", "pieces"), [
    ("Lockers in Hakone in Chokokunomori station", ["Lockers in", "Hakone", "in Chokokunomori station"]),
    ("Blick auf den Hafen von der alten Brücke in Hamburg", ["Blick auf den Hafen von der", "alten Brücke",
                                                              "in Hamburg"]),
    ("La vieille ville vue depuis le pont, à Lyon.", ["La vieille ville vue depuis le", "pont", ", à Lyon."]),
])
def test_alt_text_printed_again_below_broken_at_its_links_is_a_caption(alt, pieces):
    found = extract_text(page_with([alt, *pieces]))
    assert [c.text for c in found.captions] == [alt]
    assert pieces[0] not in found.body


@pytest.mark.parametrize(("line", "pieces"), [
    # a heading in title case broken at a line break
    ("Residents and Medical Students of the Year", ["Residents and Medical", "Students of the Year"]),
    # a plant's name and its Latin one
    ("Spider Plant is easy to grow (Chlorophytum comosum)", ["Spider Plant is easy to grow",
                                                             "(Chlorophytum comosum)"]),
    # too short to be a picture's description
    ("Better work travel starts now", ["Better work", "travel", "starts now"]),
])
def test_a_heading_printed_again_broken_is_no_caption(line, pieces):
    found = extract_text(page_with([line, *pieces]))
    assert found.captions == ()


_LONG = ("The council said on Thursday that the new bridge would open in the spring, after two years of "
         "work that had closed the main road to the harbour for most of the time, and that the old ferry "
         "would stop running on the same day.")


@pytest.mark.parametrize("line", [
    "The black in this living room gives a grounding effect in an otherwise light room.",
    "Lockers in Hakone in Chokokunomori station",
    "Das Wohnzimmer der Familie mit dem alten Sofa aus Leder.",
    "Le salon de la famille avec le vieux canapé en cuir.",
    "Irrigating Zinfandel grapes in California",
    "La récolte des raisins mûrs",
])
def test_a_phrase_printed_twice_under_a_paragraph_is_alt_text_and_caption(line):
    found = extract_text(page_with([_LONG, line, line, _LONG.replace("council", "mayor"),
                                    "Workers on the new bridge deck at dawn, before the opening day.",
                                    "Workers on the new bridge deck at dawn, before the opening day."]))
    assert [c.text for c in found.captions][:1] == [line]
    assert line not in found.body


@pytest.mark.parametrize("line", [
    "View of the Harbour Bridge from Castle Hill",
    "Morning on the New Harbour Bridge Deck",
])
def test_a_title_cased_line_printed_twice_in_one_block_is_alt_text_and_caption(line):
    # a text browser prints a figure's alt text and its caption in one block, the block its own
    found = extract_text(page_with([_LONG, "", line, line, "", _LONG.replace("council", "mayor")]))
    assert [c.text for c in found.captions] == [line]
    assert line not in found.body


@pytest.mark.parametrize(("alt", "caption"), [
    ("harbour bridge deck at dawn", "New Harbour Bridge Deck"),
    ("Acme Harbour 65L backpack hip belt system", "Acme Harbour Hip Belt"),
    ("Locker in Harbour Station", "Lockers in Harbour Station"),  # alike, but longer than two list items
])
def test_alt_text_and_a_short_caption_in_a_block_of_their_own_are_a_figure(alt, caption):
    found = extract_text(page_with([_LONG, "", alt, caption, "", _LONG.replace("council", "mayor")]))
    assert found.captions == (Caption(caption),)
    assert caption not in found.body
    assert alt not in found.body


@pytest.mark.parametrize("block", [
    ["Worse Value", "Better Value"],                               # a chart's two ends
    ["Shop the Harbour Kettle - steel", "Shop the Harbour Kettle - copper"],  # a shop's buttons
    ["Harbour Kettle by Acme", "Harbour Kettle", "", "$40"],      # a product's card
    ["git clone harbour", "cd harbour"],                           # code
])
def test_two_short_lines_alike_in_a_block_that_are_no_figure_are_no_caption(block):
    found = extract_text(page_with([_LONG, "", *block, "", _LONG.replace("council", "mayor")]))
    assert found.captions == ()


@pytest.mark.parametrize("alt", [
    "harbour travel tips, new bridge at dawn",                    # keywords, as long as the caption
    "Harbour Travel Guide - the new bridge over the old harbour",  # a title and its part, longer than a name
])
def test_alt_text_of_keywords_in_parts_over_its_caption_in_a_block_of_their_own_are_a_figure(alt):
    caption = "The new bridge at dawn."
    found = extract_text(page_with([_LONG, "", alt, caption, "", _LONG.replace("council", "mayor")]))
    assert found.captions == (Caption(caption),)
    assert alt not in found.body


def test_an_open_sentence_over_its_end_in_a_block_is_no_figure():
    found = extract_text(page_with([_LONG, "", "The harbour rules the new bridge must comply with include",
                                    "HBR (Harbour Bridge Rules) and the old port's safety code.", "",
                                    _LONG.replace("council", "mayor")]))
    assert found.captions == ()


def test_a_photographer_for_a_publication_under_keyword_alt_in_a_block_is_the_credit():
    # the block rule (alt text and a short caption) leaves a photographer the keywords do not name
    # to the credit's rule, though the publication's name is said in the keywords
    credit = "Jane P.H. Doe for The Planner"
    alt = "best online party planners the planner long table"
    found = extract_text(page_with([_LONG, "", alt, credit, "",
                                    "The Planner helps you book a call with a well-known party planner who "
                                    "sets the table, the lights and the flowers for you.", "",
                                    _LONG.replace("council", "mayor")]))
    assert Caption(credit, credit) in found.captions


_SLASHED = "Jane Doe/The Daily Planet"


@pytest.mark.parametrize(("lines", "caption"), [
    (["image", "Jane Doe/", "The Daily Planet"], Caption(_SLASHED, _SLASHED)),
    (["Share", "Email/", "SMS"], None),   # a slash between two things, no picture near
])
def test_a_credit_broken_at_its_slash_under_a_picture_is_the_caption_as_printed(lines, caption):
    found = extract_text(page_with(lines))
    assert found.captions == ((caption,) if caption else ())
    if caption:
        assert "Jane Doe" not in found.body


_VIEW = "View of the Harbour Bridge from Castle Hill"


@pytest.mark.parametrize("blocks", [
    ["", _VIEW, "", _VIEW, ""],
    ["", _VIEW, _VIEW, "The bridge was opened in the spring by the mayor, who spoke of the long works."],
])
def test_a_title_cased_line_printed_twice_in_two_blocks_or_over_its_paragraph_is_no_caption(blocks):
    # two blocks are a heading and its copy (a table of contents'); a block that goes on is no figure's
    found = extract_text(page_with([_LONG, *blocks, "", _LONG.replace("council", "mayor")]))
    assert found.captions == ()


@pytest.mark.parametrize(("above", "taken"), [
    ("The cranes were hired from\nHarbour Lift Ltd\n.", True),   # a paragraph broken at its links
    ("Be the first to know!", False),                            # a short sentence of its own
])
def test_a_phrase_printed_twice_under_a_paragraph_broken_at_its_links(above, taken):
    line = "Irrigating Zinfandel grapes in California"
    page = "\n\n".join(["Home", "News", "Bridge to open in spring", _LONG, above, line, line,
                        _LONG.replace("council", "mayor"), "Share this article"])
    found = extract_text(page)
    assert [c.text for c in found.captions] == ([line] if taken else [])
    assert (line in found.body) is not taken


@pytest.mark.parametrize("line", [
    "How Much Should You Pay for Cleaning in Boston",    # a heading in title case
    "How much should you pay for cleaning in Boston?",   # a question: a teaser's or a FAQ's
    "Morning on a Pinot Noir Vineyard",                  # five words in title case
    "Rebuilding the old harbour",                        # four words
])
def test_a_heading_or_question_printed_twice_is_no_caption(line):
    found = extract_text(page_with([_LONG, line, line, _LONG.replace("council", "mayor")]))
    assert found.captions == ()


def test_a_sentence_printed_twice_under_a_heading_is_no_caption():
    line = "A guide on how much to charge for yoga classes, with the average costs."
    found = extract_text(page_with(["How Much Should You Charge", line, line, _LONG]))
    assert found.captions == ()


@pytest.mark.parametrize(("alt", "caption"), [
    ("SimpliSafe Outdoor Camera",
     "Mounted on our wooden fence, the SimpliSafe Outdoor Camera uses spotlights to deter intruders"),
    ("Hamburger Hafen", "Blick auf den Hamburger Hafen am frühen Morgen von der alten Brücke"),
    ("Tour Eiffel", "La Tour Eiffel vue depuis le pont de Bir-Hakeim au lever du soleil"),
])
def test_alt_text_that_names_the_picture_over_its_caption_that_says_it_again(alt, caption):
    found = extract_text(page_with([_LONG, alt, caption, _LONG.replace("council", "mayor")]))
    assert [c.text for c in found.captions] == [caption]
    assert alt not in found.body and caption not in found.body


@pytest.mark.parametrize(("heading", "line"), [
    # a heading over its paragraph, which ends its sentence
    ("Dwelling Protection", "Dwelling protection is the cornerstone of any homeowners insurance policy."),
    # a specification's label and value
    ("Battery Saver Mode", "Battery saver mode of the watch: up to 20 days on one charge"),
    # a question and its answer
    ("Tax Free Shopping", "Can I go tax free shopping in all of the stores in Japan? Yes, in most of them"),
])
def test_a_heading_over_a_line_that_says_it_again_is_no_caption(heading, line):
    found = extract_text(page_with([_LONG, heading, line, _LONG.replace("council", "mayor")]))
    assert found.captions == ()


@pytest.mark.parametrize("line", [
    "Book a Photo-Booth Rental",                                     # a compound word
    "Wallet (credit/debit cards, cash, etc.)",                       # a slash after the word
    "Family/group photos – work with photographer per your list",   # lower case, a dash, after a word
    "Fotos de grupo – hablar con el fotógrafo antes de la boda",
])
def test_a_credit_word_inside_a_phrase_is_no_label(line):
    assert split_credit(line) == (line, None)


@pytest.mark.parametrize("line", ["Photography/Videography", "Photographer / Videographer", "Foto/Video"])
def test_a_slash_between_kinds_of_pictures_is_no_credit(line):
    assert credit_only(line) is None
    found = extract_text(page_with(["Wedding budget", line, _LONG]))
    assert found.captions == ()


@pytest.mark.parametrize(("line", "text", "credit"), [
    ("Tifosi allo stadio domenica (foto Ansa)", "Tifosi allo stadio domenica", "Ansa"),
    ("Mood-project board image by The Home Index", "Mood-project board", "The Home Index"),
    ("Rescuers at work on Sunday. Photo - Jane Doe", "Rescuers at work on Sunday.", "Jane Doe"),
])
def test_labels_in_lower_case_or_before_a_dash_still_open_a_credit(line, text, credit):
    assert split_credit(line) == (text, credit)


@pytest.mark.parametrize(("alt", "caption", "text", "credit"), [
    ("Color wheel", "Color Wheel by Clay", "Color Wheel", "Clay"),
    ("Web fonts examples", "Web Fonts Examples Overview by Jane Doe", "Web Fonts Examples Overview",
     "Jane Doe"),
    ("Der Farbkreis", "Der Farbkreis von Anna Schmidt", "Der Farbkreis", "Anna Schmidt"),
])
def test_alt_text_above_and_below_a_caption_that_names_its_maker(alt, caption, text, credit):
    found = extract_text(page_with([_LONG, alt, caption, alt, _LONG.replace("council", "mayor")]))
    assert found.captions == (Caption(text, credit),)
    assert alt not in found.body and caption not in found.body


@pytest.mark.parametrize(("alt", "caption", "text", "credit"), [
    ("Overview of the web design process", "Web Design Process by Clay", "Web Design Process", "Clay"),
    ("Inscription of white spaces", "White Space Examples by Jane Doe", "White Space Examples", "Jane Doe"),
    ("Skizze des Farbkreises", "Der Farbkreis als Skizze von Anna Schmidt", "Der Farbkreis als Skizze",
     "Anna Schmidt"),
])
def test_alt_text_around_a_caption_in_other_words_that_names_its_maker(alt, caption, text, credit):
    page = page_with([_LONG, alt, caption, alt, _LONG.replace("council", "mayor")])
    found = extract_text(page)
    assert found.captions == (Caption(text, credit),)
    # the copy above goes with the caption; the one below may head what follows
    assert found.body.split("\n\n")[1:4] == [_LONG, alt, _LONG.replace("council", "mayor")]


@pytest.mark.parametrize(("above", "between"), [
    ("Arrow that indicates expansion state", "Reviews by Category"),
    ("Read more ->", "Top 10 Leading Influencers by Followers"),
])
def test_a_line_by_someone_between_two_copies_sharing_no_word_is_no_caption(above, between):
    found = extract_text(page_with([_LONG, above, between, above, _LONG.replace("council", "mayor")]))
    assert found.captions == ()


def test_a_line_between_two_copies_without_a_maker_is_no_caption():
    found = extract_text(page_with([_LONG, "Patients and Families", "Patients and Families submenu",
                                    "Patients and Families", _LONG.replace("council", "mayor")]))
    assert found.captions == ()


@pytest.mark.parametrize("button", ["$110 at Acme Sports", "€89 bei Sportladen", "Check price on Amazon"])
def test_a_shop_button_over_a_credit_is_no_caption(button):
    found = extract_text(page_with([_LONG, "Best Value", "Acme Runner 7", button, "Credit: Jane Doe",
                                    _LONG.replace("council", "mayor")]))
    assert found.captions == (Caption("Credit: Jane Doe", "Jane Doe"),)


def test_labels_grouped_by_first_letter_match_as_the_plain_alternation():
    import re

    from worker.cleaning.rules.credits import _LABELS, CREDIT_PATTERNS, by_first_letter

    # no two first letters match the same character ignoring case, so the order between them is moot
    firsts = sorted({word[0].lower() for word in _LABELS.split("|")})
    assert not [(a, b) for a in firsts for b in firsts if a != b and re.fullmatch(re.escape(a), b, re.I)]
    grouped = CREDIT_PATTERNS[0]
    plain = re.compile(grouped.pattern.replace(by_first_letter(_LABELS), _LABELS), grouped.flags)
    assert plain.pattern != grouped.pattern
    lines = ["The mayor opens the bridge. Photo: Reuters", "Photography by Jane Doe", "PHOTOS - AFP",
             "Crédit photo : Jane Doe", "Photo illustration: Acme", "Pic credit: J. Doe",
             "Image courtesy: Acme Studio", "Фото: ТАСС", "Fotó: MTI", "Hero image: Jane Doe",
             "Photographer John took photos by the lake."]
    for line in lines:
        found, expected = grouped.search(line), plain.search(line)
        assert found is not None or line.startswith("Photographer John")
        assert (found and (found.span(), found.group("credit"))) \
            == (expected and (expected.span(), expected.group("credit")))


def test_agencies_grouped_by_first_character_match_as_the_plain_alternation():
    import re

    from worker.cleaning.rules.credits import _AGENCIES, _AGENCIES_CAPS, _ANY_AGENCY

    plain = re.compile(f"{_AGENCIES}|{_AGENCIES_CAPS}")
    grouped = re.compile(_ANY_AGENCY)
    assert plain.pattern != grouped.pattern
    for line in ["Crowds on Sunday. Getty Images", "JANE DOE/AFP via GETTY IMAGES", "Foto: dpa",
                 "Мэр в порту © РИА Новости", "Apples and pears", "AP Photo/Jane Doe", "no agency here",
                 "Agência Brasil", "EPA-EFE/Jane Doe", "123RF", "Imagn Images"]:
        found, expected = grouped.search(line), plain.search(line)
        assert (found and found.span()) == (expected and expected.span()), line


def test_lowercase_needs_ask_for_what_every_match_holds_and_traps_are_all_the_case_blind_letters():
    """Each lowercase need is a need of its pattern: it matches the lowercased line wherever
    the pattern matches the line and no trap is in it; and the traps are every character
    ``re.IGNORECASE`` matches to a letter of the needs that does not lowercase to it."""
    import re
    import sys

    from worker.cleaning.rules.credits import CASE_TRAPS, CREDIT_NEEDS_LOWERCASE, CREDIT_PATTERNS

    lines = ["Fans at the game. Image copyright Getty Images", "Image source, Reuters",
             "The mayor speaks. Video: Jane Doe/AP", "VIDÉO - Reuters", "Vídeo: Reuters",
             "Fans at the game. (File photo)", "Submitted Picture", "Foto de archivo", "IMAGEN DE ARCHIVO",
             "Photo d'archives AFP", "Archivbild", "Symbolfoto", "Archiefbeeld", "Foto d'archivio",
             "Courtesy image", "Stock photo."]
    used = 0
    for line in lines:
        for pattern, needs in zip(CREDIT_PATTERNS, CREDIT_NEEDS_LOWERCASE, strict=True):
            if needs is not None and pattern.search(line):
                used += 1
                assert pattern.flags & re.IGNORECASE
                assert needs.search(line.lower()), (pattern.pattern[:60], line)
    assert used >= len(lines)
    letters = {c for needs in CREDIT_NEEDS_LOWERCASE if needs is not None
               for c in needs.pattern if c.isalpha()}
    case_blind = re.compile("[" + "".join(sorted(letters)) + "]", re.IGNORECASE)
    found = {chr(c) for c in range(sys.maxunicode + 1)
             if case_blind.fullmatch(chr(c)) and chr(c).lower() not in letters}
    assert found == set(CASE_TRAPS)
    # a trap in the line: the pattern is searched as before
    for video in ("Vİdeo", "Vıdeo"):
        assert split_credit(f"The mayor speaks. {video}: Reuters") == ("The mayor speaks.", "Reuters")


@pytest.mark.parametrize("line", ["Rescuers at the site. REUTERS/Jane Doe", "Photo Jane Doe / AFP",
                                  "Foto ANSA/JANE DOE", "Crowds on Sunday. Getty Images"])
def test_a_credit_patterns_needs_hold_in_every_line_it_matches(line):
    from worker.cleaning.rules.credits import CREDIT_NEEDS, CREDIT_PATTERNS

    for pattern, needs in zip(CREDIT_PATTERNS, CREDIT_NEEDS, strict=True):
        if pattern.search(line) and needs is not None:
            assert needs.search(line), pattern.pattern[:60]


def test_a_credit_needs_literals_find_what_its_pattern_does():
    """A need read as literals (``credits._literals``) is held by a line exactly when its pattern
    finds it there, over lines built from every literal and its neighbours in case."""
    from worker.cleaning.credits import _literals
    from worker.cleaning.rules.credits import CREDIT_NEEDS, CREDIT_NEEDS_LOWERCASE

    converted = [(need, _literals(need)) for need in (*CREDIT_NEEDS, *CREDIT_NEEDS_LOWERCASE)
                 if isinstance(_literals(need), tuple)]
    assert len(converted) >= 13
    pieces = {literal for _, literals in converted for literal in literals}
    lines = [f"Rescuers at the site. {piece}" for piece in pieces] \
        + [f"x{piece.swapcase()}y" for piece in pieces] + [f"{piece[:-1]} {piece[-1:]}" for piece in pieces] \
        + ["Foto", "fOTO", "Fot", "fot.", "ot.", "Image", "image", "via", "VIA", "Special to", "Courtesy",
           "vidxo"]
    for need, literals in converted:
        assert literals != need
        for line in lines:
            assert any(literal in line for literal in literals) == (need.search(line) is not None), \
                (need.pattern, line)


@pytest.mark.parametrize(("line", "text", "credit"), [
    ("Crowds outside the court. Photo: Jane Doe, AP / Copyright 2024 The Associated Press. "
     "All rights reserved.", "Crowds outside the court.", "Jane Doe, AP"),
    ("Der Bürgermeister am Hafen. Foto: dpa © 2024 dpa. Alle Rechte vorbehalten",
     "Der Bürgermeister am Hafen.", "dpa"),
    ("Le maire au port. Photo : AFP / © 2024 AFP. Tous droits réservés.", "Le maire au port.", "AFP"),
    ("Crowds outside the court. Photo: Jane Doe, AP / COPYRIGHT 2024 THE ASSOCIATED PRESS. ALL RIGHTS "
     "RESERVED.", "Crowds outside the court.", "Jane Doe, AP"),
    ("Le maire au port. Photo : AFP / © 2024 AFP. Tous Droits Réservés", "Le maire au port.", "AFP"),
    ("Мэр в порту © РИА Новости / Иван Петров", "Мэр в порту", "РИА Новости / Иван Петров"),
    ("O prefeito no porto. Divulgação", "O prefeito no porto.", "Divulgação"),
    ("Traders on the floor on Monday. Jane Doe | Bloomberg | Getty Images", "Traders on the floor on Monday.",
     "Jane Doe | Bloomberg | Getty Images"),
])
def test_a_credit_before_a_copyright_notice_or_in_other_scripts_is_split_off(line, text, credit):
    assert split_credit(line) == (text, credit)


@pytest.mark.parametrize("line", ["© 2024 Acme Media. All rights reserved.",
                                  "Copyright 2024 Acme Inc. All Rights Reserved."])
def test_a_copyright_notice_with_no_credit_before_it_is_no_credit(line):
    assert split_credit(line) == (line, None)


@pytest.mark.parametrize(("line", "credit"), [("Divulgação", "Divulgação"),
                                              ("Jane Doe | Bloomberg | Getty Images",
                                               "Jane Doe | Bloomberg | Getty Images"),
                                              ("Reprodução/Instagram", "Reprodução/Instagram")])
def test_portuguese_and_chained_agency_credits_alone(line, credit):
    assert credit_only(line) == credit


def test_a_picture_description_printed_again_below_is_its_caption():
    paragraphs = [
        "The reef lies two hours by boat from the harbour, and most trips leave before dawn.",
        "Guides ask divers to keep their distance from the turtles, which feed on the sea grass.",
    ]
    alt = "A diver swimming with a turtle over the sea grass"
    page = "\n".join(["Home", "Travel", "Diving the Outer Reef", paragraphs[0], alt, alt, paragraphs[1],
                      "Share this story"])
    found = extract_text(page)
    assert Caption(alt, None) in found.captions
    assert alt not in found.body


@pytest.mark.parametrize("alt", ["Runner crossing a muddy stream in trail shoes",
                                 "trail shoes - jane doe tests the shoes in wet conditions on a muddy..."])
def test_alt_text_over_a_credited_caption_is_no_body(alt):
    paragraphs = [
        "The trail climbs for six miles through the forest before it reaches the open ridge above the lake.",
        "Most runners carry water and a light jacket, since the weather on the ridge changes quickly.",
    ]
    caption = "Jane Doe tests the shoes in wet conditions. Photo: Acme Running"
    page = "\n".join(["Home", "Trails", "Running the Ridge Trail", paragraphs[0], alt, caption, paragraphs[1],
                      "Share this story"])
    found = extract_text(page)
    assert Caption("Jane Doe tests the shoes in wet conditions.", "Acme Running") in found.captions
    assert found.body == "\n\n".join(paragraphs)


def test_a_short_paragraph_over_a_credited_caption_stays_body():
    paragraphs = [
        "The trail climbs for six miles through the forest before it reaches the open ridge above the lake.",
        "Most runners carry water and a light jacket.",
        "The weather on the ridge changes quickly, and storms can build within an hour in the summer.",
    ]
    caption = "Jane Doe tests the shoes in wet conditions. Photo: Acme Running"
    page = "\n".join(["Home", "Trails", "Running the Ridge Trail", *paragraphs[:2], caption, paragraphs[2],
                      "Share this story"])
    found = extract_text(page)
    assert paragraphs[1] in found.body


@pytest.mark.parametrize("credit", ["Jane Doe", "Jane Doe Photography", "Jane P.H. Doe for The Daily Planet",
                                    "Jane Doe; John Roe",
                                    # a studio or two people: function words the paragraph prints too
                                    "Studio This Is", "Abby and Lauren", "Jane & John Doe",
                                    # a studio's name with a lowercase word
                                    "For Just a Moment Photography"])
def test_a_photographer_alone_under_lowercase_keyword_alt_text_is_a_caption(credit):
    paragraphs = [
        "Hosts are planning parties around a single theme this year, from the invitations to the table.",
        "The theme can be a place, a season or a memory, and the best ones are personal to the host.",
        "This is the year of the long table, and it is set for friends who stay until the candles go out.",
        "Lighting sets the mood as much as the flowers do, and candles are back on almost every table.",
    ]
    page = "\n".join(["Home", "Entertaining", "The Top Party Trends of the Year", *paragraphs[:2],
                      "The Long Table", "long table for friends top party trends", credit,
                      *paragraphs[2:], "Share this story"])
    found = extract_text(page)
    assert Caption(credit, credit) in found.captions
    assert credit not in found.body and "long table for friends" not in found.body
    assert all(p in found.body for p in paragraphs)


@pytest.mark.parametrize(("below", "taken"), [
    # the paragraph under it broken at its links
    (["Here at the magazine, we remind readers of", "the power of candles",
      ". Now two planners explain why the long table is back this year."], True),
    # ... its block going on past the sentence's end, to a product's name with no full stop
    (["Here at the magazine, we remind readers of", "the power of candles",
      ". Now two planners explain why the long table is back this year.", "Again, less is more.",
      "Acme Cordless Table Lamp in Grey"], True),
    # a label over its value: the name is a heading
    (["Ordinary way:", "Guests sit in rows at tables of eight, and the hosts move from table to table.",
      "Our way:", "One long table for everyone."], False),
])
def test_a_photographer_alone_under_keyword_alt_text_over_a_paragraph_broken_at_its_links(below, taken):
    opening = ["Hosts plan parties around a single theme this year, from the invitations to the table.",
               "The theme can be a place, a season or a memory, and the best ones are personal to the host."]
    closing = "Lighting sets the mood as much as the flowers do, and candles are back on every table."
    pictured = "\n".join(["long table for friends top party trends", "Studio Lumen", *below])
    page = "\n\n".join(["Home", "Entertaining", "The Top Party Trends of the Year", *opening, pictured,
                        closing, "Share this story"])
    found = extract_text(page)
    assert (Caption("Studio Lumen", "Studio Lumen") in found.captions) is taken
    assert ("Studio Lumen" in found.body) is not taken


@pytest.mark.parametrize(("alt", "name", "paragraph"), [
    # a heading named again in its paragraph
    ("memorial park mountain bike trails", "Memorial Park",
     "Memorial Park is home to some of the best riding in the city, with trails for every level of rider."),
    # ... or in the alt text of its picture
    ("city the animation best anime of the year", "Kyoto Animation",
     "The studio made four of the shows on this list, and each of them looks better than the last one."),
    # a sentence broken at a link, not alt text
    ("might have been canceled after one season, but the", "Star Wars",
     "universe has lots of options for readers who want more of it, from novels to comics and games."),
])
def test_a_name_under_lowercase_words_that_is_no_credit_stays_body(alt, name, paragraph):
    opening = ["Riders in the city have more choice than ever, and most of the best trails are close by.",
               "We rode each of them this year, in the wet spring and in the dry heat of the late summer."]
    page = "\n".join(["Home", "Outdoors", "The Best Trails Near the City", *opening, alt, name, paragraph,
                      "Share this story"])
    found = extract_text(page)
    assert name in found.body and paragraph in found.body
    assert not any(c.text == name for c in found.captions)


@pytest.mark.parametrize(("line", "text", "credit"), [
    ("De minister in Den Haag op dinsdag. Bron: ANP", "De minister in Den Haag op dinsdag.", "ANP"),
    ("Cumhurbaşkanı Ankara’da konuştu. Fotoğraf: AA", "Cumhurbaşkanı Ankara’da konuştu.", "AA"),
    ("Warga antre di Jakarta, Senin. Sumber: Antara", "Warga antre di Jakarta, Senin.", "Antara"),
    ("Warga antre di Jakarta. Foto oleh Budi Santoso", "Warga antre di Jakarta.", "Budi Santoso"),
    ("Встреча в Кремле во вторник. Источник: ТАСС", "Встреча в Кремле во вторник.", "ТАСС"),
    ("الرئيس خلال الاجتماع في القاهرة. المصدر: رويترز", "الرئيس خلال الاجتماع في القاهرة.", "رويترز"),
    ("周一，代表团在北京参观。（图片来源：新华社）", "周一，代表团在北京参观。", "新华社"),
    ("記者会見する首相（写真：共同）", "記者会見する首相", "共同"),
    ("Công nhân trên cầu hôm thứ Ba. Ảnh: TTXVN", "Công nhân trên cầu hôm thứ Ba.", "TTXVN"),
    ("De minister in Den Haag op dinsdag. Beeld ANP", "De minister in Den Haag op dinsdag.", "ANP"),
])
def test_credit_labels_of_news_in_more_languages(line, text, credit):
    assert split_credit(line) == (text, credit)


@pytest.mark.parametrize(("line", "text", "credit"), [
    ("Der Bürgermeister eröffnet die Brücke. Fotograf: Jan Schmidt", "Der Bürgermeister eröffnet die Brücke.",
     "Jan Schmidt"),
    ("El alcalde inaugura el puente. Fotógrafo: Juan Pérez", "El alcalde inaugura el puente.", "Juan Pérez"),
    ("El alcalde inaugura el puente. Foto cortesía de Juan Pérez", "El alcalde inaugura el puente.",
     "Juan Pérez"),
    ("O prefeito inaugura a ponte. Cortesia: Prefeitura", "O prefeito inaugura a ponte.", "Prefeitura"),
    ("Ο δήμαρχος εγκαινιάζει τη γέφυρα. Φωτογραφία: Eurokinissi", "Ο δήμαρχος εγκαινιάζει τη γέφυρα.",
     "Eurokinissi"),
    ("Ο δήμαρχος εγκαινιάζει τη γέφυρα. (ΦΩΤΟ: EUROKINISSI)", "Ο δήμαρχος εγκαινιάζει τη γέφυρα.",
     "EUROKINISSI"),
    ("시장이 새 다리를 개통하고 있다. 사진=연합뉴스", "시장이 새 다리를 개통하고 있다.", "연합뉴스"),
    ("시장이 새 다리를 개통하고 있다. [사진=뉴스1]", "시장이 새 다리를 개통하고 있다.", "뉴스1"),
    ("市长周一为新桥揭幕。（新华社记者 张三 摄）", "市长周一为新桥揭幕。", "新华社记者 张三"),
    ("市长周一为新桥揭幕。图/新华社", "市长周一为新桥揭幕。", "新华社"),
])
def test_photographers_courtesies_and_korean_and_chinese_credits(line, text, credit):
    assert split_credit(line) == (text, credit)


@pytest.mark.parametrize("line", [
    "Der Fotograf arbeitet seit zwanzig Jahren für die Zeitung.",
    "Gracias por su cortesía durante la visita.",
    "사진 속 인물은 시장이다.",
    "他摄影多年，作品很多。",
    "x = 사진=1",
])
def test_the_new_label_words_inside_a_sentence_open_no_credit(line):
    assert split_credit(line) == (line, None)


def test_a_korean_caption_under_its_picture_leaves_the_body():
    caption = "시장이 월요일 새 다리를 개통하고 있다. 사진=연합뉴스"
    found = extract_text(page_with(["image", caption]))
    assert found.captions == (Caption("시장이 월요일 새 다리를 개통하고 있다.", "연합뉴스"),)
    assert "개통하고" not in found.body


def test_a_caption_with_an_indonesian_source_label_leaves_the_body():
    caption = "Warga antre di depan kantor pos di Jakarta, Senin. Sumber: Antara"
    found = extract_text(page_with(["image", caption]))
    assert found.captions == (Caption("Warga antre di depan kantor pos di Jakarta, Senin.", "Antara"),)
    assert "Warga antre" not in found.body


@pytest.mark.parametrize("line", ["IN PHOTOS: The bridge through the years",
                                  "In pictures: Storm batters the coast", "En images : la tempête"])
def test_a_gallery_link_opened_by_in_photos_is_no_credit(line):
    assert split_credit(line) == (line, None)
    assert credit_only(line) is None
    assert extract_text(page_with([line])).captions == ()


@pytest.mark.parametrize(("line", "credit"), [
    ("Farmers march to Delhi on Tuesday. (PTI)", "PTI"),
    ("Farmers march to Delhi on Tuesday. (PTI Photo)", "PTI Photo"),
    ("Farmers march to Delhi on Tuesday. (ANI)", "ANI"),
    ("Farmers march to Delhi on Tuesday. (IANS)", "IANS"),
    ("Manifestantes em Brasília nesta terça. Foto: Jane Doe/Folhapress", "Jane Doe/Folhapress"),
    ("Farmers march to Delhi on Tuesday. (Representative image)", "Representative image"),
    ("Farmers march to Delhi on Tuesday. (Image for representation)", "Image for representation"),
    ("Farmers march to Delhi on Tuesday. (Express photo by Jane Doe)", "Express photo by Jane Doe"),
])
def test_credits_of_indian_and_other_news_agencies(line, credit):
    assert split_credit(line) == (line[:line.rindex(".", 0, line.rindex(" ")) + 1], credit)


def test_a_representative_image_in_a_sentence_is_no_credit():
    line = "Figure 2 shows a representative image."
    assert split_credit(line) == (line, None)


def test_a_caption_credited_to_pti_leaves_the_body():
    caption = "Workers on the bridge deck in Kolkata on Tuesday. (PTI Photo)"
    found = extract_text(page_with(["image", caption]))
    assert found.captions == (Caption("Workers on the bridge deck in Kolkata on Tuesday.", "PTI Photo"),)
    assert "Workers on the bridge" not in found.body


def test_a_wire_named_as_the_articles_source_is_no_picture_credit():
    found = extract_text(page_with(["(With inputs from PTI)", "Source: PTI"]))
    assert found.captions == ()
    # beside a picture, the wire is the picture's
    found = extract_text(page_with(["image", "Workers at the PTI office on Tuesday.", "Source: PTI"]))
    assert found.captions == (Caption("Workers at the PTI office on Tuesday.", "PTI"),)


@pytest.mark.parametrize(("end", "credit"), [
    ("(Jane Doe | AP)", "Jane Doe | AP"),
    ("(Jane Doe—AP)", "Jane Doe—AP"),
    ("(Jane Doe - Reuters)", "Jane Doe - Reuters"),
    ("Photo / Jane Doe", "Jane Doe"),
    ("Photo / Getty Images", "Getty Images"),
])
def test_a_credit_after_a_bar_a_dash_or_a_spaced_slash(end, credit):
    caption = "Workers walk on the bridge deck on Tuesday."
    assert split_credit(f"{caption} {end}") == (caption, credit)


@pytest.mark.parametrize("line", ["Photo / Video", "Photos / videos", "News | Photos | Videos",
                                  "Photographer / Videographer"])
def test_a_menu_of_media_is_no_credit(line):
    assert split_credit(line) == (line, None)
    assert credit_only(line) is None


def test_a_gallery_counter_over_the_picture_marks_the_caption_under_it():
    found = extract_text(page_with(["1 of 12", "image", "Workers walk on the bridge deck on Tuesday.",
                                    "2 of 12", "image", "The new span was lifted into place overnight."]))
    assert found.captions == (Caption("Workers walk on the bridge deck on Tuesday."),
                              Caption("The new span was lifted into place overnight."))
    assert "Workers walk" not in found.body and "of 12" not in found.body


@pytest.mark.parametrize(("credit_line", "credit"), [
    ("Staff photo by Jane Doe", "Jane Doe"),
    ("JANE DOE | STAFF PHOTOGRAPHER", "JANE DOE | STAFF PHOTOGRAPHER"),
])
def test_a_staff_photographers_credit_under_its_caption(credit_line, credit):
    found = extract_text(page_with(["image", "Workers walk on the bridge deck on Tuesday.", credit_line]))
    assert found.captions == (Caption("Workers walk on the bridge deck on Tuesday.", credit),)
    assert "Staff" not in found.body and "STAFF" not in found.body


def test_a_line_may_be_repeated_below_wherever_its_copy_is_found():
    """:func:`may_be_repeated_below` (the cheap test: a line as long below that
    holds it) flags every line :func:`repeated_below` finds a copy of."""
    from worker.cleaning.lines import read_page
    from worker.cleaning.pictures import may_be_repeated_below, repeated_below

    page = read_page("\n".join([
        "Home", "A diver swims with a turtle off the reef",
        "A diver swims with a turtle off the reef Photo: AP",
        "The reef lies a short boat ride from the harbour and draws divers all year round.",
        "Boats wait at the pier at dawn", "2/5", "Boats wait at the pier at dawn (Jane Doe/AP)",
        "A crowd fills the square", "image", "Photo: A crowd fills the square on Sunday",
        "Sunset over the bay.", "Sunset over the bay. It was taken from the old lighthouse on the hill.",
        "A short line", "A short line"]))
    n = len(page.lines)
    flagged = [may_be_repeated_below(page.lines, page.words, p) for p in range(n)]
    credit_like, placeholder = page.column("credit").tolist(), page.column("placeholder").tolist()
    found = [p for p in range(n) if repeated_below(page, p, credit_like, placeholder) is not None]
    assert found == [1, 4, 7]
    assert all(flagged[p] for p in found)
    assert not flagged[3]


def test_alt_text_is_named_and_told_only_by_a_line_of_a_captions_length():
    """find_captions tries :func:`names_and_tells` only when the line below
    has at most ``MAX_STAFF_CAPTION_WORDS`` words: a longer line never tells."""
    from worker.cleaning.caption_shapes import MAX_STAFF_CAPTION_WORDS, names_and_tells

    alt = "SimpliSafe Outdoor Camera"
    told = "Mounted on our fence, the SimpliSafe Outdoor Camera uses sirens to deter intruders"
    assert names_and_tells(alt, told)
    padding = " and lights" * ((MAX_STAFF_CAPTION_WORDS - len(told.split())) // 2 + 1)
    assert len((told + padding).split()) > MAX_STAFF_CAPTION_WORDS
    assert not names_and_tells(alt, told + padding)
    fitting = told + " and lights" * ((MAX_STAFF_CAPTION_WORDS - len(told.split())) // 2)
    assert len(fitting.split()) <= MAX_STAFF_CAPTION_WORDS and names_and_tells(alt, fitting)


def test_picture_buttons_are_read_only_on_lines_of_a_buttons_length():
    """Only lines of ``BUTTON_WORDS`` words are read for a picture's button:
    every button has that many, and a line has at least as many words as its key."""
    from worker.cleaning.lines import read_page
    from worker.cleaning.pictures import BUTTON_WORDS, picture_buttons
    from worker.cleaning.rules.credits import PICTURE_BUTTONS

    assert all(BUTTON_WORDS[0] <= len(b.split(" ")) <= BUTTON_WORDS[1] for b in PICTURE_BUTTONS)
    page = read_page("\n".join(["Home", "• Enlarge this image", "Toggle caption", "image",
                                "Click to enlarge", "Enlarge", "View image in fullscreen now please"]))
    assert picture_buttons(page.lines, page.word_array, 0, len(page.lines)) == [1, 2, 4]


def test_a_credit_alones_agencies_named_once_and_grouped_match_as_before():
    """The case-blind credit-only pattern names each agency once, grouped by
    first letter: in capitals they are the same names to ``re.IGNORECASE``,
    and no two first letters match one character, so the same matches."""
    import re

    from worker.cleaning.rules.credits import (
        _AGENCIES,
        _AGENCIES_CAPS,
        _AGENCY_CREDIT,
        _AGENCY_CREDIT_ANY_CASE,
        CREDIT_ONLY_PATTERNS,
    )

    firsts = sorted({word[0].lower() for word in _AGENCIES.split("|")})
    assert not [(a, b) for a in firsts for b in firsts if a != b and re.fullmatch(re.escape(a), b, re.I)]
    assert all(re.fullmatch(re.escape(word), word.upper(), re.I) for word in _AGENCIES.split("|"))
    assert _AGENCIES_CAPS not in _AGENCY_CREDIT_ANY_CASE
    grouped = CREDIT_ONLY_PATTERNS[1]
    plain = re.compile(grouped.pattern.replace(_AGENCY_CREDIT_ANY_CASE, _AGENCY_CREDIT), grouped.flags)
    assert plain.pattern != grouped.pattern
    for line in ["Getty Images", "JANE DOE/AFP via GETTY IMAGES", "Jane Doe / AP file", "reuters photo",
                 "Jane Doe/Getty Images for Acme", "AP/Jane Doe/Reuters",
                 "Jane Doe | Bloomberg | Getty Images", "РИА Новости", "Agência Brasil", "EPA-EFE", "123rf",
                 "Imagn Images.", "Jane Doe—Getty Images", "Apples and pears", "Email/SMS", "iStock",
                 "ISTOCKPHOTO", "Sign up via AP"]:
        found, expected = grouped.fullmatch(line), plain.fullmatch(line)
        assert (found and (found.span(), found.group("credit"))) \
            == (expected and (expected.span(), expected.group("credit"))), line


def test_a_line_glued_to_its_credits_mark_names_a_credit():
    """The copyright sign and "Credit" name a credit wherever they stand in a
    line, glued to the words around them or not (found by one search of the page)."""
    from worker.cleaning.lines import read_page

    page = read_page("\n".join(["The harbour at dawn.©Jane Doe", "Marmots at play.Credit: EPA",
                                "A line about nothing", "© 2024", "A credit to the team"]))
    assert page.credit_words.tolist() == [True, True, False, True, True]


def test_function_words_of_a_credits_name_name_no_credit():
    """The function words and numbers of a credit's many-word name ("Crédito
    de la foto", "Agencia Uno", "פלאש 90") are words of any sentence: a line
    of prose holding them names no credit, and is not parsed for one; the
    name's other words still do."""
    from worker.cleaning.lines import read_page

    lines = ["Los vecinos de la ciudad esperan uno de los puentes más largos de la región desde hace 90 "
             "años.",
             "Os moradores da cidade esperam a ponte há 90 anos.",
             "Los vecinos esperan el puente. Crédito de la foto: Juan Pérez",
             "Los vecinos esperan el puente. Foto: Agencia Uno"]
    page = read_page("\n".join(lines))
    assert page.credit_words.tolist() == [False, False, True, True]
    assert split_credit(lines[2]) == ("Los vecinos esperan el puente.", "Juan Pérez")
    assert split_credit(lines[3]) == ("Los vecinos esperan el puente.", "Agencia Uno")


def test_prose_words_of_an_agencys_name_name_no_credit():
    """A word of an agency's many-word name that prose uses ("associated",
    "Canadian", "France", "Europa") names no credit alone: the name's other
    words ("Press", "Presse") do."""
    from worker.cleaning.lines import read_page

    lines = ["The risks associated with the new bridge worried the Canadian engineers and their partners "
             "in France.",
             "Workers on the bridge on Monday. Photo: The Associated Press",
             "Obreros en el puente el lunes. Foto: Europa Press"]
    page = read_page("\n".join(lines))
    assert page.credit_words.tolist() == [False, True, True]
    assert split_credit(lines[1]) == ("Workers on the bridge on Monday.", "The Associated Press")
    assert split_credit(lines[2]) == ("Obreros en el puente el lunes.", "Europa Press")


@pytest.mark.parametrize(("line", "text", "credit"), [
    ("시장이 새 다리를 개통하고 있다. /사진=시청", "시장이 새 다리를 개통하고 있다.", "시청"),
    ("시장이 새 다리를 개통하고 있다. /사진 제공=시청", "시장이 새 다리를 개통하고 있다.", "시청"),
    ("新しい橋を開通させる市長（共同）", "新しい橋を開通させる市長", "共同"),
    ("新しい橋を開通させる大統領（ロイター＝共同）", "新しい橋を開通させる大統領", "ロイター＝共同"),
    ("新しい橋を開通させる市長＝時事", "新しい橋を開通させる市長", "時事"),
    ("Burmistrz otwiera nowy most. fot. PAP/Jan Kowalski", "Burmistrz otwiera nowy most.",
     "PAP/Jan Kowalski"),
    ("Burmistrz otwiera nowy most (fot. Jan Kowalski)", "Burmistrz otwiera nowy most", "Jan Kowalski"),
    ("De burgemeester opent de brug. Foto Jan de Vries", "De burgemeester opent de brug.", "Jan de Vries"),
    ("Il sindaco inaugura il ponte (foto Mario Rossi)", "Il sindaco inaugura il ponte", "Mario Rossi"),
    ("Il sindaco inaugura il ponte (Foto ANSA)", "Il sindaco inaugura il ponte", "ANSA"),
])
def test_credits_in_korean_japanese_polish_dutch_and_italian_papers(line, text, credit):
    assert split_credit(line) == (text, credit)


@pytest.mark.parametrize(("line", "credit"), [
    ("fot. Jan Kowalski", "Jan Kowalski"),
    ("Foto Jan de Vries", "Jan de Vries"),
])
def test_the_new_credit_labels_alone_on_a_line(line, credit):
    assert credit_only(line) == credit


@pytest.mark.parametrize("line", [
    "We went to the Foto Museum in Amsterdam",
    "共同で開発した新しい橋が開通した。",
    "A fot. B",
    "De foto van de burgemeester werd dinsdag gemaakt.",
])
def test_the_new_credit_words_in_a_sentence_open_no_credit(line):
    assert split_credit(line) == (line, None)


def test_a_japanese_caption_under_its_picture_leaves_the_body():
    caption = "新しい橋の開通式でテープカットする市長（共同）"
    found = extract_text(page_with(["image", caption]))
    assert found.captions == (Caption("新しい橋の開通式でテープカットする市長", "共同"),)


@pytest.mark.parametrize(("line", "text", "credit"), [
    ("The mayor cuts the ribbon on Tuesday. (Jane Doe for The Daily Planet)",
     "The mayor cuts the ribbon on Tuesday.", "Jane Doe for The Daily Planet"),
    ("The mayor cuts the ribbon on Tuesday. (Jane P. Doe for NPR)", "The mayor cuts the ribbon on Tuesday.",
     "Jane P. Doe for NPR"),
    ("The mayor cuts the ribbon on Tuesday. (Photo provided)", "The mayor cuts the ribbon on Tuesday.",
     "Photo provided"),
])
def test_a_photographer_for_a_paper_and_a_provided_photo_close_a_caption(line, text, credit):
    assert split_credit(line) == (text, credit)


@pytest.mark.parametrize("line", ["Limited Success (Not Recommended for Streaming)",
                                  "We asked the readers (thanks for the tip)",
                                  "Best Gifts for The Holidays"])
def test_words_for_a_title_in_parentheses_are_no_photographers_credit(line):
    assert split_credit(line) == (line, None)
    assert credit_only(line) is None


def test_a_caption_under_its_picture_with_a_photographer_for_a_paper_leaves_the_body():
    found = extract_text(page_with(["image", "Workers on the bridge deck in January.",
                                    "(Jane Doe for The Daily Planet)"]))
    assert found.captions == (Caption("Workers on the bridge deck in January.",
                                      "Jane Doe for The Daily Planet"),)
    assert "Workers on the bridge deck" not in found.body


@pytest.mark.parametrize("line", ["(Photo provided)", "Photos submitted"])
def test_a_provided_photo_alone_is_a_credit(line):
    assert credit_only(line) == line.strip("()")


def test_a_label_alone_between_a_caption_and_its_credit_credits_the_caption_above():
    found = extract_text(page_with(["image", "Workers on the bridge deck in January.", "Photo by", "Jane Doe",
                                    "for The Daily Planet"]))
    assert found.captions == (Caption("Workers on the bridge deck in January.",
                                      "Jane Doe for The Daily Planet"),)
    assert "Workers on the bridge deck" not in found.body
    assert "Daily Planet" not in found.body


def test_a_label_alone_under_a_paragraph_with_no_picture_leaves_the_paragraph_in_the_body():
    paragraph = "Workers finished the bridge deck in January, two months ahead of the schedule they set."
    found = extract_text(page_with([paragraph, "Photo by", "Jane Doe"]))
    assert paragraph in found.body
    assert all(caption.text != paragraph for caption in found.captions)


def test_a_caption_under_its_picture_closed_by_an_agency_in_brackets():
    found = extract_text(page_with(["image", "Workers on the bridge deck in January. [Reuters]"]))
    assert found.captions == (Caption("Workers on the bridge deck in January.", "Reuters"),)
    assert "Workers on the bridge deck" not in found.body


def test_an_agency_in_brackets_after_a_paragraph_is_no_caption():
    line = "Workers finished the bridge deck in January, two months ahead of the schedule. [Reuters]"
    found = extract_text(page_with([line]))
    assert found.captions == ()


def test_a_name_after_the_copyright_sign_credits_the_caption_above_under_its_picture():
    found = extract_text(page_with(["image", "Workers on the bridge deck in January.", "© Jane Doe"]))
    assert found.captions == (Caption("Workers on the bridge deck in January.", "Jane Doe"),)
    assert "Jane Doe" not in found.body


def test_a_name_after_the_copyright_sign_under_a_paragraph_leaves_the_paragraph():
    paragraph = "Workers finished the bridge deck in January, two months ahead of the schedule they set."
    found = extract_text(page_with([paragraph, "© Jane Doe"]))
    assert paragraph in found.body
    assert found.captions == ()


@pytest.mark.parametrize("credit", ["Jane Doe for The Daily Planet", "Jane Doe for NPR",
                                    "Jane Doe | The Daily Planet"])
def test_a_photographer_and_their_paper_under_a_caption_under_its_picture(credit):
    found = extract_text(page_with(["image", "Workers on the bridge deck in January.", credit]))
    assert found.captions == (Caption("Workers on the bridge deck in January.", credit),)
    assert "Daily Planet" not in found.body and "NPR" not in found.body


def test_a_caption_under_its_picture_closed_by_a_photographer_after_a_bar():
    line = "Workers on the bridge deck in January. Jane Doe | The Daily Planet"
    found = extract_text(page_with(["image", line]))
    assert found.captions == (Caption("Workers on the bridge deck in January.",
                                      "Jane Doe | The Daily Planet"),)


@pytest.mark.parametrize("heading", ["Best Gifts for The Holidays", "Tips for Beginners"])
def test_a_heading_with_for_under_a_paragraph_stays_in_the_body(heading):
    paragraph = "Workers finished the bridge deck in January, two months ahead of the schedule they set."
    found = extract_text(page_with([paragraph, heading, paragraph.replace("bridge", "road")]))
    assert heading in found.body
    assert found.captions == ()


@pytest.mark.parametrize("line", ["The mayor opens the bridge. (AP)", "The mayor = Reuters",
                                  "The bridge /Photo=AP", "The mayor (Jane Doe for The Daily Planet)"])
def test_the_credits_of_wide_scripts_never_match_a_line_in_ascii(line):
    from worker.cleaning.rules.credits import WIDE_CREDIT_PATTERNS

    assert not any(pattern.search(line) for pattern in WIDE_CREDIT_PATTERNS)


@pytest.mark.parametrize(("line", "text", "credit"), [
    ("The mayor opens the bridge. JANE DOE VIA GETTY IMAGES", "The mayor opens the bridge.",
     "JANE DOE VIA GETTY IMAGES"),
    ("The mayor opens the bridge. | AP Photo", "The mayor opens the bridge.", "AP Photo"),
    ("The mayor opens the bridge. (The Associated Press)", "The mayor opens the bridge.",
     "The Associated Press"),
    ("The mayor opens the bridge. Jane Doe, The Associated Press", "The mayor opens the bridge.",
     "Jane Doe, The Associated Press"),
    ("The mayor opens the bridge. (HT Photo)", "The mayor opens the bridge.", "HT Photo"),
    ("The mayor opens the bridge. (Express Photo)", "The mayor opens the bridge.", "Express Photo"),
])
def test_news_credits_in_capitals_with_a_bare_photo_or_the_paper_s_own_photo(line, text, credit):
    assert split_credit(line) == (text, credit)


@pytest.mark.parametrize("line", ["We kept the shots on the phone (The Photo).", "The bridge (Photo)",
                                  "Sign up via AP News today"])
def test_a_photo_word_in_parentheses_after_the_or_alone_is_no_paper_s_photo(line):
    assert split_credit(line) == (line, None)


def test_a_caps_credit_via_an_agency_alone_under_a_caption_under_its_picture():
    found = extract_text(page_with(["image", "Workers on the bridge deck in January.",
                                    "JANE DOE VIA GETTY IMAGES"]))
    assert found.captions == (Caption("Workers on the bridge deck in January.", "JANE DOE VIA GETTY IMAGES"),)
    assert "GETTY" not in found.body


@pytest.mark.parametrize("credit", ["Getty Images", "Jane Doe/AP"])
def test_a_credit_printed_first_under_its_picture_credits_the_news_caption_below(credit):
    caption = "Mayor Jane Roe opens the Harbour Bridge in Portsmouth on Monday."
    found = extract_text(page_with(["image", credit, caption]))
    assert found.captions == (Caption(caption, credit),)
    assert "Harbour Bridge" not in found.body


def test_an_agency_alone_under_a_paragraph_with_no_picture_is_still_the_article_s_source():
    paragraph = "Workers finished the bridge deck in January, two months ahead of the schedule they set."
    found = extract_text(page_with([paragraph, "The Associated Press"]))
    assert paragraph in found.body
    assert found.captions == ()


def test_a_caption_over_a_buy_photo_button_under_its_picture_leaves_the_body():
    found = extract_text(page_with(["image", "Workers on the bridge deck in January.", "Buy Photo"]))
    assert found.captions == (Caption("Workers on the bridge deck in January.", None),)
    assert "Workers on the bridge deck" not in found.body
    assert "Buy Photo" not in found.body


@pytest.mark.parametrize("gap", ["", " "])
def test_a_buy_photo_button_glued_to_a_credit_is_no_part_of_it(gap):
    line = f"Workers on the bridge deck in January. (Photo: Jane Doe/The Daily Planet){gap}Buy Photo"
    assert split_credit(line) == ("Workers on the bridge deck in January.", "Jane Doe/The Daily Planet")


def test_a_paragraph_under_a_buy_photo_button_under_its_picture_stays_in_the_body():
    paragraph = "Workers finished the bridge deck in January, two months ahead of the schedule they set."
    found = extract_text(page_with(["image", "Buy Photo", paragraph]))
    assert paragraph in found.body
    assert "Buy Photo" not in found.body


@pytest.mark.parametrize(("line", "text", "credit"), [
    # a photographer, the paper and the wire it came through
    ("The mayor opens the bridge. Jane Doe/The Daily Planet/TNS", "The mayor opens the bridge.",
     "Jane Doe/The Daily Planet/TNS"),
    ("Die Brücke am Dienstag. Jane Doe/Stadtblatt/dpa", "Die Brücke am Dienstag.", "Jane Doe/Stadtblatt/dpa"),
    # national agencies named in full or as their papers print them
    ("Los vecinos en el ayuntamiento el martes. (Cuartoscuro)", "Los vecinos en el ayuntamiento el martes.",
     "Cuartoscuro"),
    ("The summit opens in Paris. Agence France-Presse", "The summit opens in Paris.", "Agence France-Presse"),
    ("The summit opens in Ankara. Jane Doe/Anadolu Agency", "The summit opens in Ankara.",
     "Jane Doe/Anadolu Agency"),
    # a stock or archive picture in German and Dutch, in parentheses
    ("Die Brücke am Dienstag. (Symbolbild)", "Die Brücke am Dienstag.", "Symbolbild"),
    ("De brug op dinsdag. (Archiefbeeld)", "De brug op dinsdag.", "Archiefbeeld"),
    # a bare label, then an agency and its photographer (Dutch), or a name (French)
    ("De brug op dinsdag. Beeld ANP / Jan de Vries", "De brug op dinsdag.", "ANP / Jan de Vries"),
    ("Le maire inaugure le pont mardi. Photo Jeanne Dupont", "Le maire inaugure le pont mardi.",
     "Jeanne Dupont"),
    # a freelance's picture, as American papers credit it
    ("The mayor opens the bridge. Jane Doe/Special to The Daily Planet", "The mayor opens the bridge.",
     "Jane Doe/Special to The Daily Planet"),
    ("The mayor opens the bridge. (Special to the Planet)", "The mayor opens the bridge.",
     "Special to the Planet"),
])
def test_more_news_credits_closing_a_caption(line, text, credit):
    assert split_credit(line) == (text, credit)


@pytest.mark.parametrize("line", [
    "Photo Contest Winners",
    "Enter the contest and win a prize. Photo Booth",
    "The gift was special to the family and they kept it for years.",
    "Tickets are special to members only.",
    "He read the Special to The Editor column.",
    "By Jane Doe | Special to The Daily Planet",
])
def test_a_bare_photo_or_special_to_in_prose_is_no_credit(line):
    assert split_credit(line) == (line, None)


@pytest.mark.parametrize("line", ["Special to The Daily Planet", "Jane Doe/Special to The Daily Planet"])
def test_a_freelance_s_credit_alone_under_a_caption_under_its_picture(line):
    found = extract_text(page_with(["image", "Workers on the bridge deck in January.", line]))
    assert found.captions == (Caption("Workers on the bridge deck in January.", line),)
    assert "Daily Planet" not in found.body


@pytest.mark.parametrize(("line", "text", "credit"), [
    # the paper's own picture, as American papers print it
    ("The mayor opens the bridge. (Tribune photo)", "The mayor opens the bridge.", "Tribune photo"),
    ("The mayor opens the bridge. (Jane Doe file photo)", "The mayor opens the bridge.",
     "Jane Doe file photo"),
    ("The mayor opens the bridge. Jane Doe photo", "The mayor opens the bridge.", "Jane Doe photo"),
    ("The mayor opens the bridge. Jane Doe/Daily Planet photo", "The mayor opens the bridge.",
     "Jane Doe/Daily Planet photo"),
    # a bare word saying where the picture came from
    ("The mayor opens the bridge. (File)", "The mayor opens the bridge.", "File"),
    ("The mayor opens the bridge. (Submitted)", "The mayor opens the bridge.", "Submitted"),
    ("The mayor opens the bridge. Courtesy", "The mayor opens the bridge.", "Courtesy"),
    # a social network or a map, in parentheses or with the account
    ("The mayor opens the bridge. (Instagram/@janedoe)", "The mayor opens the bridge.", "Instagram/@janedoe"),
    ("The mayor opens the bridge. Twitter/@janedoe", "The mayor opens the bridge.", "Twitter/@janedoe"),
    ("The house on Elm Street. (Google Street View)", "The house on Elm Street.", "Google Street View"),
])
def test_news_credits_with_no_label_closing_a_caption(line, text, credit):
    assert split_credit(line) == (text, credit)


@pytest.mark.parametrize("line", [
    "Take a photo",
    "We kept the shots on the phone (The Photo).",
    "Follow us on Twitter",
    "X (Twitter)",
    "You are commenting using your Twitter account. ( Logout / Change )",
    "The award was special to us. ( Home / News )",
    "The form was submitted",
    "Jane Doe | The Oregonian",
])
def test_a_photo_word_or_a_network_in_prose_is_no_label_free_credit(line):
    assert split_credit(line) == (line, None)


def test_a_social_network_closing_a_sentence_with_no_picture_near_stays_in_the_body():
    paragraph = ("The mayor posted a video of the opening on her account on the social network on Monday "
                 "morning (Twitter).")
    found = extract_text(page_with([paragraph]))
    assert paragraph in found.body
    assert found.captions == ()


def test_a_social_network_named_in_parentheses_under_a_picture_credits_the_caption():
    found = extract_text(page_with(["image", "Workers on the bridge deck in January. (Instagram)"]))
    assert found.captions == (Caption("Workers on the bridge deck in January.", "Instagram"),)
    assert "Workers on the bridge deck" not in found.body


def test_a_caption_under_its_picture_closed_by_a_photographer_and_a_paper_s_two_names():
    line = "Workers on the bridge deck in January. Jane Doe | The Oregonian/OregonLive"
    found = extract_text(page_with(["image", line]))
    assert found.captions == (Caption("Workers on the bridge deck in January.",
                                      "Jane Doe | The Oregonian/OregonLive"),)
    assert "Oregonian" not in found.body


@pytest.mark.parametrize("credit_apart", [False, True])
def test_a_caption_broken_at_many_links_under_its_picture_is_taken_whole(credit_apart):
    pieces = ["President", "Jane Roe", "speaks with", "John Doe", "and", "Mary Major",
              "at the summit in Harbourtown on Sunday."]
    if credit_apart:
        caption_lines = ["image", *pieces, "Jane Doe/Reuters"]
    else:
        caption_lines = ["image", *pieces[:-1], pieces[-1] + " (Jane Doe/Reuters)"]
    found = extract_text(page_with(caption_lines))
    caption = "President Jane Roe speaks with John Doe and Mary Major at the summit in Harbourtown on Sunday."
    assert found.captions == (Caption(caption, "Jane Doe/Reuters"),)
    assert "President" not in found.body and "Mary Major" not in found.body


def test_a_block_with_a_finished_sentence_over_a_broken_caption_keeps_its_sentence():
    found = extract_text(page_with(["image", "The summit closed early.", "President", "Jane Roe",
                                    "speaks with", "John Doe", "on Sunday. (Jane Doe/Reuters)"]))
    assert all(not caption.text.startswith("The summit") for caption in found.captions)


@pytest.mark.parametrize("library", ["Getty Images", "Shutterstock", "iStock"])
def test_a_sentence_closed_by_a_picture_library_is_a_caption_with_no_picture_printed(library):
    # a renderer that prints no placeholder: a picture library is never the article's source
    found = extract_text(page_with([f"Workers on the bridge deck in January. {library}"]))
    assert found.captions == (Caption("Workers on the bridge deck in January.", library),)
    assert "Workers on the bridge deck" not in found.body


def test_a_sentence_closed_by_a_wire_with_no_picture_near_is_still_the_article_s_source():
    line = "Workers finished the bridge deck in January, two months ahead of the schedule they set. Reuters"
    found = extract_text(page_with([line]))
    assert found.captions == ()


@pytest.mark.parametrize(("line", "credit"), [
    ("Die Brücke am Dienstag © dpa", "dpa"),
    ("Die Brücke am Dienstag © picture alliance/dpa", "picture alliance/dpa"),
    ("Die Brücke am Dienstag - © dpa", "dpa"),
    ("Le pont mardi - © Jeanne Dupont", "Jeanne Dupont"),
])
def test_an_agency_in_lower_case_or_a_name_after_a_dash_and_the_copyright_sign(line, credit):
    text = line.split(" - ©")[0].split(" ©")[0]
    assert split_credit(line) == (text, credit)


@pytest.mark.parametrize("line", ["Copyright © dpa", "All content © picture alliance"])
def test_a_footer_s_copyright_of_an_agency_is_no_caption_s_credit(line):
    assert split_credit(line) == (line, None)


@pytest.mark.parametrize("caption_lines", [
    ["> Workers on the bridge deck in January.", "> Photo: Jane Doe/Reuters"],
    ["> Workers on the bridge deck in January. Photo: Jane Doe/Reuters"],
    ["Workers on the bridge deck in January.", "— Jane Doe/Reuters"],
])
def test_a_caption_in_a_quoted_block_or_its_credit_after_a_dash(caption_lines):
    """A caption set in a Markdown quote ("> ...") or its credit opened by a dash is read
    without the quote's or the dash's mark."""
    found = extract_text(page_with(caption_lines))
    assert found.captions == (Caption("Workers on the bridge deck in January.", "Jane Doe/Reuters"),)
    assert "Workers on the bridge deck" not in found.body


@pytest.mark.parametrize(("caption_lines", "caption"), [
    (["Obreros sobre el tablero del puente en enero.", "Juan Pérez / El Diario"],
     Caption("Obreros sobre el tablero del puente en enero.", "Juan Pérez / El Diario")),
])
def test_a_photographer_s_credit_alone_under_a_caption_with_no_picture_printed(caption_lines, caption):
    """An accented photographer's name then a paper credits the caption above it as
    "Jane Doe / The Daily Planet" does."""
    found = extract_text(page_with(caption_lines))
    assert found.captions == (caption,)
    assert caption.text not in found.body


def test_alt_text_in_a_text_browser_s_brackets_printed_again_below_is_the_caption():
    """w3m prints a picture's alt text in brackets; the same words printed again below are its caption."""
    line = "Workers lift a steel beam onto the bridge deck in January."
    found = extract_text(page_with([f"[{line}]", line]))
    assert found.captions == (Caption(line, None),)
    assert "steel beam" not in found.body


@pytest.mark.parametrize("credit", ["Staff photo", "Courtesy photo", "Handout photo", "Getty Images"])
def test_a_credit_that_says_it_is_a_picture_s_under_a_sentence_is_no_article_source(credit):
    """An agency alone under a paragraph is the article's source, but "Staff photo" or a
    picture library under a sentence describing a scene credits that sentence."""
    found = extract_text(page_with(["Workers lift a steel beam onto the bridge deck in January.", credit]))
    assert found.captions == (Caption("Workers lift a steel beam onto the bridge deck in January.", credit),)


def test_a_credit_for_pictures_put_together():
    found = extract_text(page_with(["The two mayors at the opening of the bridge.",
                                    "Photo composite: Jane Doe"]))
    assert found.captions == (Caption("The two mayors at the opening of the bridge.", "Jane Doe"),)


#: the paragraphs of :func:`news_page`, two above the picture and two below it
_NEWS_PARAGRAPHS = (
    "The council said on Thursday that the new bridge would open in the spring, after two years of work that "
    "had closed the main road to the harbour for most of the time.",
    "Engineers finished the last span in January, and the first lorries are due to cross it in March, once "
    "the inspectors have signed off the welds.",
    "The old ferry, which has carried cars across the harbour since 1962, will stop running a week after the "
    "bridge opens, the council said.",
    "Residents of the island have asked for a footpath on the bridge, which the council said it would study "
    "before the summer.",
)


def news_page(caption_lines: list[str]) -> str:
    """A news page: menus, the headline, two paragraphs, the picture and its caption,
    two paragraphs, the footer."""
    first, second, third, fourth = _NEWS_PARAGRAPHS
    return "\n".join(["Home", "News", "Bridge to open in spring", "", first, "", second, "",
                      *caption_lines, "",
                      third, "", fourth, "", "Share this article", "Related articles", "Privacy policy"])


@pytest.mark.parametrize(("caption_lines", "caption"), [
    # a Spanish paper: the photographer's accented name, then the paper's in capitals
    (["image", "Obreros en el puente de Oslo, este martes. Claudio Álvarez / EL PAÍS"],
     Caption("Obreros en el puente de Oslo, este martes.", "Claudio Álvarez / EL PAÍS")),
    (["image", "Obreros en el puente de Oslo, este martes.", "Ángel Navarrete / EL PAÍS"],
     Caption("Obreros en el puente de Oslo, este martes.", "Ángel Navarrete / EL PAÍS")),
    # a Brazilian paper: the credit after a dash
    (["image", "Operários na ponte de Oslo nesta terça - Pedro Ladeira/Folhapress"],
     Caption("Operários na ponte de Oslo nesta terça", "Pedro Ladeira/Folhapress")),
    (["image", "Operários na ponte - Pedro Ladeira/Folhapress"],
     Caption("Operários na ponte", "Pedro Ladeira/Folhapress")),
    # an American site: the agency the picture came through
    (["image", "Workers stand on the bridge deck in Oslo on Monday. via Associated Press"],
     Caption("Workers stand on the bridge deck in Oslo on Monday.", "Associated Press")),
    # plural labels with their colon
    (["image", "Workers stand on the bridge deck in Oslo on Monday.", "Photographs: Jane Doe"],
     Caption("Workers stand on the bridge deck in Oslo on Monday.", "Jane Doe")),
    (["image", "Illustrations: Tim Boelaars"], Caption("Illustrations: Tim Boelaars", "Tim Boelaars")),
    # a picture label before a caption of ten words: the caption, not a credit
    (["image", "Image: Workers stand on the bridge deck in Oslo on Monday"],
     Caption("Workers stand on the bridge deck in Oslo on Monday", None)),
    # an Indian paper's stock picture
    (["image", "Workers stand on the bridge deck in Oslo on Monday. (Representational)"],
     Caption("Workers stand on the bridge deck in Oslo on Monday.", "Representational")),
    # a Singaporean paper: its initials before the label
    (["image", "Workers stand on the bridge deck in Oslo on Monday. ST PHOTO: JANE DOE"],
     Caption("Workers stand on the bridge deck in Oslo on Monday.", "ST PHOTO: JANE DOE")),
    # a German magazine: the caption's last word a verb's particle, its labelled credit below
    (["image", "Arbeiter auf der Brücke in Oslo: Die Arbeiten dauern noch an", "Foto: Kay Nietfeld / dpa"],
     Caption("Arbeiter auf der Brücke in Oslo: Die Arbeiten dauern noch an", "Kay Nietfeld / dpa")),
    # a British broadcaster's labels broken from their credit and caption, the comma left on the label
    (["Image source,", "Getty Images", "Image caption,",
      "Workers stand on the bridge deck in Oslo in January"],
     Caption("Workers stand on the bridge deck in Oslo in January", "Getty Images")),
    # ... and its services in Spanish, Portuguese and Russian
    (["Fuente de la imagen,", "Getty Images", "Pie de foto,", "Obreros en el puente de Oslo"],
     Caption("Obreros en el puente de Oslo", "Getty Images")),
    (["Crédito,", "Getty Images", "Legenda da foto,", "Operários na ponte de Oslo"],
     Caption("Operários na ponte de Oslo", "Getty Images")),
    (["Автор фото,", "Getty Images", "Подпись к фото,", "Рабочие на мосту в Осло"],
     Caption("Рабочие на мосту в Осло", "Getty Images")),
    # a French, a Spanish and a German paper: the photographer, then the paper they work for
    (["image", "Des ouvriers sur le pont d'Oslo, le 5 janvier 2020. Jane Doe pour « Le Monde »"],
     Caption("Des ouvriers sur le pont d'Oslo, le 5 janvier 2020.", "Jane Doe pour « Le Monde »")),
    (["image", "Obreros en el puente de Oslo, este martes.", "Jane Doe para EL PAÍS"],
     Caption("Obreros en el puente de Oslo, este martes.", "Jane Doe para EL PAÍS")),
    (["image", "Arbeiter auf der Brücke in Oslo.", "Jane Doe für Die Zeit"],
     Caption("Arbeiter auf der Brücke in Oslo.", "Jane Doe für Die Zeit")),
    # a German weekly: the photographer and the agency in lower case after the copyright sign
    (["image", "Arbeiter auf der Brücke in Oslo © Jane Doe/dpa"],
     Caption("Arbeiter auf der Brücke in Oslo", "Jane Doe/dpa")),
])
def test_news_captions_in_the_conventions_of_papers_across_languages(caption_lines, caption):
    """Captions as papers in several countries print them: the caption is taken
    with its credit, and the body is the article's paragraphs only."""
    found = extract_text(news_page(caption_lines))
    assert found.captions == (caption,)
    assert found.body == "\n\n".join(_NEWS_PARAGRAPHS)


@pytest.mark.parametrize("line", [
    "Image: Jose Mourinho has agreed a deal",
    "Image: Workers stand on the bridge deck in Oslo on Monday",
])
def test_a_sentence_after_a_picture_label_is_no_credit(line):
    assert split_credit(line) == (line, None)
    assert credit_only(line) is None


@pytest.mark.parametrize(("line", "credit"), [
    ("Photo: courtesy of the artist and Acme Gallery", "courtesy of the artist and Acme Gallery"),
    ("Foto: picture alliance/dpa/Jane Doe", "picture alliance/dpa/Jane Doe"),
    ("Photo: Jane Doe for The Daily Planet", "Jane Doe for The Daily Planet"),
    ("Photo by Jane Doe on Unsplash", "Jane Doe on Unsplash"),
    ("Claudio Álvarez / EL PAÍS", "Claudio Álvarez / EL PAÍS"),
    ("Éric Feferberg / AFP", "Éric Feferberg / AFP"),
    ("via Getty Images", "Getty Images"),
])
def test_credits_with_words_in_lower_case_or_accented_names_stay_credits(line, credit):
    assert credit_only(line) == credit


def test_a_name_for_an_office_after_a_sentence_is_no_photographer():
    """"para" before a capitalised word after a sentence is a photographer's credit only under a picture."""
    line = "The mayor said she had voted for the bridge. Jane Doe para Presidente"
    found = extract_text(news_page([line]))
    assert found.captions == ()
    assert line in found.body


def test_a_book_s_title_closed_by_illustrations_by_is_no_credit():
    line = "Animals: 1,419 Copyright-Free Illustrations by Jim Harter"
    assert split_credit(line) == (line, None)


_HARBOUR = [
    "The city council voted on Tuesday to build a new bridge across the harbour, ending a debate that "
    "has divided residents for more than a decade.",
    "The bridge will carry trams, bicycles and pedestrians but no private cars, and is expected to open "
    "in 2029 if construction starts next spring as planned.",
    "Opponents argued that the bridge would block the view of the old town from the water and harm the "
    "fishing industry that still uses the inner harbour.",
]


def test_a_slideshows_previous_and_next_buttons_do_not_end_the_article():
    paragraphs = [
        *_HARBOUR,
        "Supporters said the crossing would cut travel times for thousands of commuters who now rely on a "
        "ferry that stops running at midnight.",
        "The council will publish the final design in the autumn, after a public consultation that opens "
        "next month.",
    ]
    page = "\n\n".join([
        "Home News World Sport Business Culture",
        "City council approves new harbour bridge after years of debate",
        "By Anna Lindqvist\n12 March 2024",
        *paragraphs[:2],
        "Previous\nNext\nimage\nThe current ferry crossing carries about 8,000 people a day.\n"
        "Photo: Jane Doe/Reuters",
        *paragraphs[2:],
        "Related stories\nTram line extension delayed again\nBridge repairs close north lane",
        "© 2024 The Harbour Times",
    ])
    found = extract_text(page)
    assert found.body == "\n\n".join(paragraphs)
    assert found.captions == (Caption("The current ferry crossing carries about 8,000 people a day.",
                                      "Jane Doe/Reuters"),)
    assert "Previous" in found.boilerplate and "Next" in found.boilerplate


@pytest.mark.parametrize("picture", [
    ["image", "Workers on the bridge deck in January.", "Photo: Jane Doe/Reuters"],
    ["Previous", "Next", "image", "Workers on the bridge deck in January.", "Photo: Jane Doe/Reuters"],
    ["Workers on the bridge deck in January. Photo: Jane Doe/Reuters"],
])
def test_the_lead_paragraph_over_the_lead_picture_is_the_articles_first(picture):
    found = extract_text(page_with(picture))
    assert found.body.split("\n\n") == [
        "The council said on Thursday that the new bridge would open in the spring, after two years of work "
        "that had closed the main road to the harbour for most of the time.",
        "The council said on Thursday that the new tunnel would open in the spring, after two years of work "
        "that had closed the main road to the harbour for most of the time.",
        "The mayor said on Thursday that the new bridge would open in the spring, after two years of work "
        "that had closed the main road to the harbour for most of the time.",
    ]
    assert found.captions == (Caption("Workers on the bridge deck in January.", "Jane Doe/Reuters"),)
    assert found.title == "Bridge to open in spring"


@pytest.mark.parametrize(("byline", "author"), [
    ("By Jane Doe, Reuters", "Jane Doe"),
    ("By Jane Doe, Associated Press", "Jane Doe"),
    ("By Jane Doe | AP", "Jane Doe"),
    # no "By": the names and the agency alone
    ("Jane Doe, Reuters", "Jane Doe"),
    ("JANE DOE, REUTERS", "JANE DOE"),
    ("Jane Doe | AFP", "Jane Doe"),
    ("Jane Doe - dpa", "Jane Doe"),
    ("Jane Doe and John Roe (AP)", "Jane Doe and John Roe"),
])
def test_a_byline_naming_an_agency_under_the_headline_is_no_caption_credit(byline, author):
    paragraphs = _HARBOUR
    page = "\n\n".join(["Home News Weather Sport", "Weather",
                        "City council approves new harbour bridge after years of debate", byline,
                        "March 3, 2024", *paragraphs, "Related stories"])
    found = extract_text(page)
    assert found.title == "City council approves new harbour bridge after years of debate"
    assert found.captions == ()
    assert found.author == author
    assert found.published_at == "2024-03-03"
    assert found.body == "\n\n".join(paragraphs)


def test_a_byline_of_names_and_an_agency_alone_under_the_headline_is_the_author():
    """"Jane Doe, Reuters" right under the headline, no "By" and no date under it: the
    byline, not the headline's credit as a caption."""
    page = "\n".join(["Home", "News", "Weather", "Sport", "",
                      "City council approves new harbour bridge after years of debate",
                      "Jane Doe, Reuters", "", *_HARBOUR, "", "Related stories", "© 2024 The Harbour Times"])
    found = extract_text(page)
    assert (found.title, found.author, found.published_at, found.captions) == (
        "City council approves new harbour bridge after years of debate", "Jane Doe", None, ())
    assert found.body == "\n\n".join(_HARBOUR)


@pytest.mark.parametrize(("top", "middle", "caption"), [
    # the lead picture under the headline, its caption and credit under it
    (["image", "Firefighters at the scene", "Jane Doe, Reuters"], [],
     Caption("Firefighters at the scene", "Jane Doe, Reuters")),
    # a picture between the paragraphs, under a byline of the same shape
    (["Jane Doe, Reuters", "March 3, 2024"], ["image", "Firefighters at the scene", "John Roe, Reuters"],
     Caption("Firefighters at the scene", "John Roe, Reuters")),
    # a caption closed by its credit, under the headline or between the paragraphs
    (["Firefighters at the scene. Jane Doe/Reuters"], [],
     Caption("Firefighters at the scene.", "Jane Doe/Reuters")),
    (["Jane Doe, Reuters"], ["Firefighters at the scene. John Roe/Reuters"],
     Caption("Firefighters at the scene.", "John Roe/Reuters")),
    (["Jane Doe, Reuters"], ["Firefighters at the scene.", "John Roe/Reuters"],
     Caption("Firefighters at the scene.", "John Roe/Reuters")),
])
def test_a_caption_credited_to_a_person_and_an_agency_stays_a_caption(top, middle, caption):
    """A caption's credit shaped as a byline without "By" ("Jane Doe, Reuters") is the
    picture's under a picture's mark; a credit after a slash or closing the caption's
    sentence is a picture's wherever it stands."""
    page = "\n".join(["Home", "News", "Weather", "Sport", "",
                      "City council approves new harbour bridge after years of debate", *top, "",
                      _HARBOUR[0], *middle, *_HARBOUR[1:], "", "Related stories", "© 2024 The Harbour Times"])
    found = extract_text(page)
    assert found.title == "City council approves new harbour bridge after years of debate"
    assert found.captions == (caption,)
    assert found.body == "\n\n".join(_HARBOUR)
    assert found.author == ("Jane Doe" if top[0] == "Jane Doe, Reuters" else None)


_BRIDGE = [
    "Crews finished the repairs on the old river bridge two weeks ahead of schedule, the city said on "
    "Monday, and traffic will return to both lanes this weekend.",
    "The work cost $4.2 million, less than the city had budgeted, and was paid for by a state grant "
    "awarded last year.",
    "The bridge, built in 1932, carries about 20,000 vehicles a day and had been limited to one lane "
    "since the autumn.",
    "City engineers said the next inspection is due in 2026, and no further closures are planned before "
    "then.",
]


def _bridge_page(sep: str, middle: list[str]) -> str:
    return sep.join(["Home\nNews\nSport\nBusiness", "Bridge repairs finish early",
                     "By John Smith\nMarch 3, 2024",
                     *_BRIDGE[:2], *middle, *_BRIDGE[2:], "Privacy policy\nTerms of use\nContact"])


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_credit_printed_before_its_caption_leaves_the_paragraph_above_it(sep):
    found = extract_text(_bridge_page(sep, ["Jane Doe/AP", "Workers on the bridge deck in January."]))
    assert found.body == "\n\n".join(_BRIDGE)
    assert found.captions == (Caption("Workers on the bridge deck in January.", "Jane Doe/AP"),)


@pytest.mark.parametrize("middle", [
    # one sentence between paragraphs, its credit alone under it
    ["Workers lift the last steel section of the bridge deck into place on Friday morning.",
     "Photo: Jane Doe/Reuters"],
    # two sentences under the picture's placeholder
    ["image", "Workers lift the last steel section of the bridge deck into place on Friday morning. The "
     "bridge reopens on Saturday.", "Photo: Jane Doe/Reuters"],
    # two sentences under the picture's alt text, which opens as they do
    ["Workers lift the last steel section of the bridge deck", "Workers lift the last steel section of "
     "the bridge deck into place on Friday morning. The bridge reopens on Saturday.",
     "Photo: Jane Doe/Reuters"],
])
def test_a_caption_over_its_credit_alone_stays_a_caption(middle):
    found = extract_text(_bridge_page("\n\n", middle))
    assert found.body == "\n\n".join(_BRIDGE)
    text = middle[-2]
    assert found.captions == (Caption(text, "Jane Doe/Reuters"),)


def test_captions_of_two_sentences_stay_on_a_page_that_credits_its_pictures_alike():
    captions = [
        "The display is bright and easy to read in the sun. We liked it best on long runs in the hills.",
        "The strap is soft and light on the wrist. It dries quickly after a swim in the lake.",
        "The battery lasted for two weeks in our test. Charging it took less than an hour at home.",
    ]
    paragraphs = [
        "We wore each watch for a month on runs, hikes and rides, and compared what it recorded with a "
        "chest strap and a handheld GPS unit.",
        "The screens differ more than the prices suggest, and the brighter ones cost a few hours of battery "
        "life on every charge.",
        "Comfort matters on long days, and the lighter watches were the ones our testers kept wearing "
        "after the test was over.",
        "Battery life decides how often you think about the watch at all, and the best of them can go for "
        "weeks between charges.",
    ]
    page = "\n\n".join(["Home\nReviews\nDeals", "The best GPS watches", "By Jane Roe\nMay 2, 2025",
                        paragraphs[0],
                        *(part for paragraph, caption in zip(paragraphs[1:], captions, strict=True)
                          for part in (paragraph, f"{caption}\nCredit: Jane Roe")),
                        "About us\nContact\nPrivacy policy"])
    found = extract_text(page)
    assert found.body == "\n\n".join(paragraphs)
    assert found.captions == tuple(Caption(caption, "Jane Roe") for caption in captions)


def test_a_byline_naming_its_agency_over_the_date_is_no_credit_of_the_headline():
    paragraphs = [
        "Oil prices fell for a third day on Wednesday as weak economic data from China raised concerns "
        "about demand.",
        "Brent crude futures settled down 1.2 per cent at $85.95 a barrel, while U.S. West Texas "
        "Intermediate crude fell 1.4 per cent.",
        "Analysts said that output cuts by OPEC+ would keep prices supported in the second half of the year.",
    ]
    page = "\n\n".join([
        "Markets  Companies  Tech  Opinion",
        "Oil prices fall as demand worries grow",
        "By Rob Hart, Reuters\nMarch 20, 2024 4:05 PM UTC",
        *paragraphs,
        "Our Standards: The Thomson Reuters Trust Principles.",
    ])
    found = extract_text(page)
    assert found.title == "Oil prices fall as demand worries grow"
    assert found.captions == ()
    assert found.body == "\n\n".join(paragraphs)
    assert found.published_at == "2024-03-20"


_STUDY = ("A total of 329 students completed the eligibility questionnaire, and 88 of them were enrolled "
          "in the study and randomly assigned to one of its two groups.")
_RESULTS = ("Compared with the control group, the participants who meditated reported lower stress at the "
            "end of the eight weeks and at the follow-up twelve weeks later.")


@pytest.mark.parametrize(("lines", "caption"), [
    (["image", "Figure 1. Flow of participants through the study.", "View this figure"],
     "Figure 1. Flow of participants through the study."),
    (["Abb. 2: Verlauf der Teilnehmerzahlen im Studienjahr", "Abbildung vergrößern"],
     "Abb. 2: Verlauf der Teilnehmerzahlen im Studienjahr"),
    (["Figure 2.", "Figure 2.", "Open in a new tab", "Stress scores of both groups over the study."],
     "Stress scores of both groups over the study."),
])
def test_a_figure_label_opens_or_heads_its_caption(lines, caption):
    found = extract_text(page_with([_STUDY, *lines, _RESULTS]))
    assert found.captions == (Caption(caption),)
    paragraphs = found.body.split("\n\n")
    assert len(paragraphs) == 5 and paragraphs[1:3] == [_STUDY, _RESULTS]


@pytest.mark.parametrize("lines", [
    ["Figure 2 shows the stress scores of both groups over the study."],
    ["Figure 1. Flow of participants through the study."],
    ["Figure 2.", "Stress scores of both groups over the study."],
])
def test_a_figure_named_in_the_text_or_with_no_picture_is_no_caption(lines):
    found = extract_text(page_with([_STUDY, *lines, _RESULTS]))
    assert found.captions == ()
    assert found.body.split("\n\n")[1:-3] == [_STUDY, *lines]


@pytest.mark.parametrize("block", [
    ["image", "Enlarge this image", "Firefighters battle the blaze on Monday."],
    ["image", "Bild vergrößern", "Feuerwehrleute bekämpfen den Brand am Montag."],
    ["image", "View gallery", "Firefighters battle the blaze on Monday."],
    ["image", "Plein écran", "Des pompiers luttent contre l'incendie lundi."],
    ["image", "Firefighters battle the blaze on Monday.", "1 of 5"],
    ["image", "Firefighters battle the blaze on Monday.", "Foto 2/7"],
])
def test_a_description_between_two_marks_of_a_picture_is_its_caption_without_a_credit(block):
    caption = next(line for line in block if line.endswith("."))
    found = extract_text(page_with(block))
    assert found.captions == (Caption(caption),)
    paragraphs = found.body.split("\n\n")
    assert len(paragraphs) == 3 and not any(line in paragraphs for line in block)


def test_a_paragraph_under_a_picture_alone_or_a_caption_closer_stays_in_the_body():
    paragraph = "Workers finished the bridge deck in January, two months ahead of the schedule they set."
    for block in (["image", paragraph], ["image", "Buy Photo", paragraph], ["View gallery", paragraph]):
        found = extract_text(page_with(block))
        assert found.captions == ()
        assert found.body.split("\n\n")[1] == paragraph


def test_alt_text_with_its_html_entities_escaped_over_its_caption_is_dropped():
    caption = "This slipcovered sofa from Harbour & Home comes in dozens of stain resistant fabrics."
    alt = caption.replace("&", "&amp;")
    found = extract_text(page_with([_STUDY, alt, caption, _RESULTS]))
    assert found.captions == (Caption(caption),)
    paragraphs = found.body.split("\n\n")
    assert len(paragraphs) == 5 and paragraphs[1:3] == [_STUDY, _RESULTS]


def test_a_heading_printed_escaped_then_plain_is_no_caption():
    heading = "Top Consulting & Executive Search Firms"
    found = extract_text(page_with([_STUDY, heading.replace("&", "&amp;"), heading, _RESULTS]))
    assert found.captions == ()
    assert heading in found.body.split("\n\n")


@pytest.mark.parametrize("dash", ["–", "—"])
def test_a_caption_under_a_picture_closed_by_a_dash_and_a_name_is_credited(dash):
    found = extract_text(page_with(["image", f"Firefighters battle the blaze on Monday. {dash} Jane Doe"]))
    assert found.captions == (Caption("Firefighters battle the blaze on Monday.", "Jane Doe"),)
    assert "Firefighters battle" not in found.body


@pytest.mark.parametrize("block", [
    ["image", "“We will rebuild the bridge before the winter.” – Jane Doe"],
    ["The mayor thanked the crews who worked through the night. – Jane Doe"],
])
def test_a_quotation_or_a_line_with_no_picture_closed_by_a_dash_and_a_name_is_no_caption(block):
    found = extract_text(page_with(block))
    assert found.captions == ()


@pytest.mark.parametrize(("alt", "pieces"), [
    ("View of Mount Fuji from Arakuyama Sengen Park", ["View of", "Mount Fuji from Arakuyama Sengen Park"]),
    ("Rotenburo Onsen in Hakone Yuryo", ["Rotenburo Onsen in", "Hakone Yuryo"]),
    ("Sanba Gorge in Tokigawa, Saitama", ["Sanba Gorge", "in Tokigawa, Saitama"]),
    ("Blick auf den Hafen von Hamburg", ["Blick auf den Hafen von", "Hamburg"]),
])
def test_a_name_printed_again_below_broken_at_a_link_after_a_function_word_is_a_caption(alt, pieces):
    found = extract_text(page_with([_STUDY, alt, *pieces, _RESULTS]))
    assert found.captions == (Caption(alt),)
    paragraphs = found.body.split("\n\n")
    assert paragraphs[1:3] == [_STUDY, _RESULTS]


@pytest.mark.parametrize(("line", "pieces"), [
    # broken between two capitalised words, as a heading wraps
    ("Company of the Year Award Winners", ["Company of the Year", "Award Winners"]),
    ("Helpline +48 797 217 197", ["Helpline", "+48 797 217 197"]),
])
def test_a_title_printed_again_broken_away_from_a_function_word_is_no_caption(line, pieces):
    found = extract_text(page_with([_STUDY, line, *pieces, _RESULTS]))
    assert found.captions == ()


def test_a_links_new_window_notice_over_a_credit_is_neither_caption_nor_body():
    product = "Acme Laptop Pro (2020) 16GB RAM 512GB SSD Silver"
    found = extract_text(page_with([_STUDY, product, "Opens in a new window", "Credit: Acme", _RESULTS]))
    assert found.captions == (Caption("Credit: Acme", "Acme"),)
    assert found.body.split("\n\n")[1:4] == [_STUDY, product, _RESULTS]


@pytest.mark.parametrize("button", ["Check Amazon Price", "View Walmart Prices"])
def test_a_shop_button_naming_its_shop_over_a_product_is_no_caption(button):
    product = "Acme espresso and coffee grinder"
    found = extract_text(page_with([_STUDY, product, button, "Acme K4/K6", _RESULTS]))
    assert all(button not in (c.text, c.credit) for c in found.captions)
    assert button not in found.body


# captions on news pages, in the shapes news sites print them

_DECK = "Workers stand on the bridge deck in January."


@pytest.mark.parametrize("block", [
    ["Enlarge this image", "", _DECK, "Jane Doe/NPR", "hide caption", "", "toggle caption", "Jane Doe/NPR"],
    ["Enlarge this image", _DECK, "Jane Doe/NPR", "hide caption", "toggle caption", "Jane Doe/NPR"],
])
def test_a_credit_printed_again_past_its_captions_buttons_is_no_caption_of_its_own(block):
    found = extract_text(page_with(block))
    assert found.captions == (Caption(_DECK, "Jane Doe/NPR"),)
    assert "Jane Doe" not in found.body and "bridge deck" not in found.body


@pytest.mark.parametrize("credit_line", ["Image: Getty", "Photo: Jane Doe/Reuters", "Foto: dpa",
                                         "Jane Doe/AP"])
def test_a_credit_that_opens_a_block_credits_the_caption_under_it_not_the_paragraph_over_the_gap(credit_line):
    found = extract_text(page_with([credit_line, _DECK]))
    assert [c.text for c in found.captions] == [_DECK]
    paragraphs = found.body.split("\n\n")
    assert len(paragraphs) == 3 and paragraphs[0].startswith("The council said")


@pytest.mark.parametrize(("closer", "credit"), [
    ("(Jane Doe)", "Jane Doe"),
    ("(ABC News: Jane Doe)", "ABC News: Jane Doe"),
    ("| Jane Doe", "Jane Doe"),
    ("Jane Doe, The Daily Planet", "Jane Doe, The Daily Planet"),
])
def test_a_caption_under_a_picture_closed_by_a_bare_name_is_credited_to_it(closer, credit):
    found = extract_text(page_with(["image", f"{_DECK} {closer}"]))
    assert found.captions == (Caption(_DECK, credit),)
    assert "bridge deck" not in found.body


@pytest.mark.parametrize("line", [
    "The mayor thanked the crews who worked through the night (Jane Doe).",
    "The crews worked through the night, the mayor said. (Jane Doe)",
])
def test_a_sentence_closed_by_a_bare_name_with_no_picture_above_stays_in_the_body(line):
    found = extract_text(page_with([line]))
    assert found.captions == ()
    assert line in found.body


def test_a_short_description_under_the_lead_picture_over_the_first_paragraph_is_its_caption():
    headline = "Bridge to open in spring\n"
    found = extract_text(page_with([]).replace(headline, f"{headline}By Jane Smith\n\nimage\n{_DECK}\n"))
    assert found.captions == (Caption(_DECK),)
    assert "bridge deck" not in found.body and found.body.startswith("The council said")


def _page_with_under_article(blocks: list[list[str]]) -> str:
    lines = page_with([]).split("\n")
    tail = lines.index("Share this article")
    return "\n".join([*lines[:tail], *(line for block in blocks for line in (*block, "")), *lines[tail:]])


def test_the_credited_captions_of_a_gallery_under_the_article_are_all_found():
    captions = [f"Workers on the bridge deck in January, on day {day} of the works." for day in range(1, 6)]
    gallery = [["image", f"{caption} Photo: Reuters"] for caption in captions]
    found = extract_text(_page_with_under_article(gallery))
    assert found.captions == tuple(Caption(caption, "Reuters") for caption in captions)
    assert "bridge deck" not in found.body


def test_teasers_past_the_article_s_margin_that_repeat_their_headlines_around_a_picture_are_no_captions():
    headlines = ["Mayor promises to fix the flooded streets", "Four held over the harbour thefts",
                 "Experts call for a plan to protect the birds", "Police recover the stolen boats"]
    blocks = [["image", "Workers on the bridge deck in January. Photo: Reuters"],
              *([headline, "image", headline] for headline in headlines)]
    found = extract_text(_page_with_under_article(blocks))
    assert found.captions[0] == Caption("Workers on the bridge deck in January.", "Reuters")
    assert not any(caption.text in headlines[1:] for caption in found.captions)


def test_a_credit_under_a_picture_credits_the_short_sentence_set_apart_under_it():
    found = extract_text(page_with(["image", "", "Photo: Jane Doe/Reuters", "", _DECK]))
    assert found.captions == (Caption(_DECK, "Jane Doe/Reuters"),)
    assert "bridge deck" not in found.body and "Jane Doe" not in found.body


def test_a_credit_under_a_picture_over_a_paragraph_credits_no_paragraph():
    paragraph = "Workers finished the bridge deck in January, two months ahead of the schedule they set."
    found = extract_text(page_with(["image", "", "Photo: Jane Doe/Reuters", "", paragraph]))
    assert paragraph in found.body.split("\n\n")


# credits2: credits' labels, a label alone over its caption, a photographer before an agency in parentheses

def test_a_label_alone_over_the_caption_s_sentence_labels_the_caption_it_is_no_credit():
    found = extract_text(page_with(["image", "Image:", _DECK]))
    assert found.captions == (Caption(_DECK),)
    assert "bridge deck" not in found.body


@pytest.mark.parametrize("block", [
    ["image", f"{_DECK} Photo/Xinhua"],
    ["image", _DECK, "Photo/Xinhua"],
])
def test_a_label_glued_to_its_agency_by_a_slash_is_no_part_of_the_credit(block):
    found = extract_text(page_with(block))
    assert found.captions == (Caption(_DECK, "Xinhua"),)
    assert "Xinhua" not in found.body


def test_the_labels_of_a_credit_in_two_parts_are_no_part_of_it():
    found = extract_text(page_with(["image", f"{_DECK} Photo Illustration: Jane Doe; Photos: Getty Images"]))
    assert found.captions == (Caption(_DECK, "Jane Doe; Getty Images"),)
    assert "Getty" not in found.body


@pytest.mark.parametrize("closer", ["Juan Pérez (EFE)", "Jane Doe (AFP)", "JANE DOE (REUTERS)"])
def test_a_photographer_before_the_agency_in_parentheses_is_part_of_the_credit(closer):
    found = extract_text(page_with(["image", f"{_DECK} {closer}"]))
    assert found.captions == (Caption(_DECK, closer),)
    assert "bridge deck" not in found.body


@pytest.mark.parametrize("credit", ["Jane Doe/AP", "JANE DOE/AFP", "Jane Doe / Reuters"])
def test_a_credit_printed_before_its_caption_on_the_same_line_is_split_off(credit):
    found = extract_text(page_with(["image", f"{credit} {_DECK}"]))
    assert found.captions == (Caption(_DECK, credit),)
    assert "bridge deck" not in found.body


# capfix: the BBC's credit and caption on one line, a paper's name and photographer as a credit, a
# credit alone between paragraphs, an uncredited caption under a placeholder, video labels, picture buttons

_PROTEST = "Protesters gathered outside parliament on Monday"


@pytest.mark.parametrize("line", [
    f"Image copyright Getty Images Image caption {_PROTEST}",
    f"Image source, Getty Images Image caption, {_PROTEST}",
])
def test_the_bbc_s_credit_and_caption_labels_on_one_line_split_credit_from_caption(line):
    found = extract_text(page_with([line]))
    assert found.captions == (Caption(_PROTEST, "Getty Images"),)
    assert "parliament" not in found.body
    assert "Getty" not in found.body
    assert "The council said on Thursday" in found.body


@pytest.mark.parametrize("block", [
    ["image", _DECK, "ABC News: Jane Doe"],
    ["image", f"{_DECK} ABC News: Jane Doe"],
    [_DECK, "ABC News: Jane Doe"],
])
def test_a_paper_and_its_photographer_after_a_colon_credit_the_caption(block):
    found = extract_text(page_with(block))
    assert found.captions == (Caption(_DECK, "ABC News: Jane Doe"),)
    assert "bridge deck" not in found.body
    assert "Jane Doe" not in found.body


@pytest.mark.parametrize("credit", ["Image: Getty", "Photo: AP"])
def test_a_credit_alone_between_paragraphs_takes_no_paragraph_as_its_caption(credit):
    found = extract_text(page_with([credit]))
    paragraphs = found.body.split("\n\n")
    assert found.captions == ()
    assert len(paragraphs) == 3
    assert paragraphs[0].startswith("The council said on Thursday")
    assert credit not in found.body


@pytest.mark.parametrize("placeholder", ["image", "Image", "Photo"])
def test_a_short_description_under_a_placeholder_is_its_uncredited_caption(placeholder):
    found = extract_text(page_with([placeholder, _DECK]))
    assert found.captions == (Caption(_DECK),)
    assert "bridge deck" not in found.body
    assert len(found.body.split("\n\n")) == 3


def test_a_short_paragraph_under_a_placeholder_that_tells_no_picture_stays_body():
    said = "He said the work would be finished by the end of the month, if the weather held."
    found = extract_text(page_with(["image", said]))
    assert said in found.body.split("\n\n")


@pytest.mark.parametrize("label", ["WATCH: ", "Watch: ", "Video: "])
def test_a_video_s_label_opens_its_caption(label):
    video = "Workers explain how the bridge deck was lifted into place"
    found = extract_text(page_with([f"{label}{video}"]))
    assert found.captions == (Caption(video),)
    assert "lifted into place" not in found.body


@pytest.mark.parametrize(("block", "credit"), [
    (["Enlarge", f"{_DECK} Photo: Reuters"], "Reuters"),
    ([f"{_DECK} Photo: Reuters", "Enlarge"], "Reuters"),
    (["Zoom", f"{_DECK} (AFP)"], "AFP"),
    (["Vergrößern", f"{_DECK} Foto: dpa"], "dpa"),
    (["Agrandir", f"{_DECK} Photo: AFP"], "AFP"),
    (["image", "Expand", f"{_DECK} Photo: Reuters"], "Reuters"),
])
def test_a_one_word_picture_button_beside_a_caption_is_neither_body_nor_caption(block, credit):
    found = extract_text(page_with(block))
    assert found.captions == (Caption(_DECK, credit),)
    assert len(found.body.split("\n\n")) == 3
    assert "bridge deck" not in found.body


def test_a_one_word_heading_over_a_paragraph_is_no_picture_button():
    found = extract_text(page_with(["Zoom", "The council met on Zoom for most of the year, and the "
                                            "minutes of every meeting are online."]))
    assert "Zoom" in found.body.split("\n\n")


@pytest.mark.parametrize(("line", "credit"), [
    ("Workers stand on the bridge deck in January. EFE", "EFE"),
    ("Workers stand on the bridge deck in January (AFP)", "AFP"),
    ("Trabajadores en el puente en enero. EFE", "EFE"),
])
def test_a_wire_s_bare_name_closing_the_sentence_under_a_placeholder_credits_it(line, credit):
    found = extract_text(page_with(["image", line]))
    assert found.captions == (Caption(line.rsplit(" ", 1)[0].rstrip(), credit),)
    assert credit not in found.body


@pytest.mark.parametrize("block", [
    ["Image copyright Getty Images", f"Image caption {_PROTEST}"],
    ["Image copyright", "Getty Images", "Image caption", _PROTEST],
    ["Image source, Getty Images", "Image caption,", _PROTEST],
    [f"Image caption {_PROTEST} Image copyright Getty Images"],
])
def test_the_bbc_s_credit_and_caption_labels_on_lines_of_their_own_split_credit_from_caption(block):
    found = extract_text(page_with(block))
    assert found.captions == (Caption(_PROTEST, "Getty Images"),)
    assert "parliament" not in found.body
    assert "Getty" not in found.body


# caplang: captions and their guards in the languages the cleaner knows, credits in the new languages

_PAGES_IN = {
    "de": ("Start", "Brücke soll im Frühjahr öffnen",
           "Der Stadtrat teilte am Donnerstag mit, dass die neue Brücke im Frühjahr eröffnet werden soll, "
           "nach zwei Jahren Bauzeit, in denen die Straße zum Hafen meistens gesperrt war und die Anwohner "
           "lange Umwege fahren mussten.",
           "Teilen", "Datenschutz"),
    "fr": ("Accueil", "Le pont ouvrira au printemps",
           "Le conseil municipal a annoncé jeudi que le nouveau pont ouvrira au printemps, après deux ans "
           "de travaux qui ont fermé la route du port pendant la plupart du temps et obligé les habitants "
           "à de longs détours.",
           "Partager", "Mentions légales"),
    "es": ("Inicio", "El puente abrirá en primavera",
           "El ayuntamiento anunció el jueves que el nuevo puente se abrirá en primavera, después de dos "
           "años de obras que cerraron la carretera del puerto durante la mayor parte del tiempo y obligaron "
           "a los vecinos a dar largos rodeos.",
           "Compartir", "Política de privacidad"),
}


def page_in(language: str, caption_lines: list[str]) -> str:
    """:func:`page_with` in another language: a news page, ``caption_lines``
    between its first and second paragraph."""
    home, headline, paragraph, share, privacy = _PAGES_IN[language]
    second, third = paragraph.replace("Frühjahr", "Sommer").replace("printemps", "été") \
        .replace("primavera", "verano"), paragraph.replace("zwei", "drei").replace("deux", "trois") \
        .replace("dos", "tres")
    return "\n".join([home, headline, "", paragraph, "", *caption_lines, "", second, "", third, "", share,
                      privacy])


_PARAGRAPH_LENGTH = 99

_DESCRIPTIONS = {
    "de": "Arbeiter auf der Baustelle der Brücke im Januar.",
    "fr": "Des ouvriers sur le chantier du pont en janvier.",
    "es": "Obreros en la obra del puente en enero.",
}
_STORY_SENTENCES = {
    "de": "Die Arbeiten sind fast fertig, sagte der Bürgermeister.",
    "fr": "Mais le maire a dit que les travaux sont finis.",
    "es": "Pero el alcalde dijo que las obras son caras.",
}


@pytest.mark.parametrize(("language", "placeholder"), [
    ("de", "Foto"), ("de", "Bild"), ("fr", "Image"), ("fr", "Photo"), ("es", "Imagen"), ("es", "Foto"),
])
def test_a_short_description_under_a_placeholder_is_its_caption_in_other_languages(language, placeholder):
    found = extract_text(page_in(language, [placeholder, _DESCRIPTIONS[language]]))
    assert found.captions == (Caption(_DESCRIPTIONS[language]),)
    assert len(found.body.split("\n\n")) == 3


@pytest.mark.parametrize(("language", "placeholder"), [("de", "Foto"), ("fr", "Image"), ("es", "Imagen")])
def test_a_story_sentence_under_a_placeholder_stays_body_in_other_languages(language, placeholder):
    found = extract_text(page_in(language, [placeholder, _STORY_SENTENCES[language]]))
    assert found.captions == ()
    assert _STORY_SENTENCES[language] in found.body.split("\n\n")


@pytest.mark.parametrize(("language", "credit"), [
    ("de", "Foto: dpa"), ("fr", "Photo: AFP"), ("es", "Foto: EFE"),
])
def test_a_credit_alone_between_paragraphs_takes_no_paragraph_in_other_languages(language, credit):
    found = extract_text(page_in(language, [credit]))
    assert found.captions == ()
    paragraphs = [line for line in page_in(language, []).split("\n") if len(line) > _PARAGRAPH_LENGTH]
    assert all(paragraph in found.body for paragraph in paragraphs)


@pytest.mark.parametrize(("story", "description"), [
    ("Die Brücke sei zu teuer, sagte der Bürgermeister.", "Arbeiter auf der Baustelle der Brücke im Januar."),
    ("Selon le maire, le pont coûte trop cher.", "Des ouvriers sur le chantier du pont en janvier."),
    ("Pero el alcalde dijo que el puente es caro.", "Obreros en la obra del puente en enero."),
    ("Il sindaco ha detto che il ponte costa troppo.", "Operai sul cantiere del ponte a gennaio."),
    ("O prefeito disse que a ponte custa caro.", "Operários na obra da ponte em janeiro."),
    ("Volgens de burgemeester kost de brug te veel.", "Arbeiders op de bouwplaats van de brug in januari."),
    ("Burmistrz powiedział, że most jest za drogi.", "Robotnicy na budowie mostu w styczniu."),
    ("Мэр сказал, что мост слишком дорогой.", "Рабочие на строительстве моста в январе."),
    ("Borgmästaren sade att bron kostar för mycket.", "Arbetare på bygget av bron i januari."),
    ("Мер заявив, що міст надто дорогий.", "Робітники на будівництві мосту в січні."),
    ("Ο δήμαρχος είπε ότι η γέφυρα κοστίζει πολύ.", "Εργάτες στο εργοτάξιο της γέφυρας τον Ιανουάριο."),
    ("Belediye başkanı köprünün pahalı olduğunu söyledi, ancak proje sürüyor.", "İşçiler ocak ayında köprü "
     "şantiyesinde."),
    ("A polgármester szerint azonban a híd túl drága.", "Munkások a híd építkezésén januárban."),
    ("Pormestari sanoi, että silta on liian kallis.", "Työntekijöitä sillan työmaalla tammikuussa."),
    ("Datuk Bandar berkata jambatan itu terlalu mahal.", "Pekerja di tapak pembinaan jambatan pada Januari."),
])
def test_a_story_sentence_tells_and_a_picture_s_description_does_not_in_many_languages(story, description):
    from worker.cleaning.rules.credits import TELLS_NOT_SHOWS

    assert TELLS_NOT_SHOWS.search(story) is not None
    assert TELLS_NOT_SHOWS.search(description) is None


# -- silvercap: longer alt text naming its picture in content words; a caption printed again uncredited


@pytest.mark.parametrize(("alt", "caption"), [
    ("Acme Porch Light with its lamp on",
     "The lamp on the Acme Porch Light lit up a large part of our garden"),
    ("Pressing the Button on the Acme Doorbell Pro",
     "The Acme Doorbell Pro button offers a clear chime and two-way audio"),
    ("Le Pont Neuf et la rive gauche",
     "Le soleil se lève sur le Pont Neuf et la rive gauche à Paris"),
])
def test_a_longer_alt_text_that_names_the_picture_over_its_caption(alt, caption):
    found = extract_text(page_with([_LONG, alt, caption, _LONG.replace("council", "mayor")]))
    assert [c.text for c in found.captions] == [caption]
    assert alt not in found.body and caption not in found.body


@pytest.mark.parametrize(("above", "line"), [
    # rows of a table closed by the same words
    ("Backup storage Up to 10 devices per adult user", "Antivirus software Up to 10 devices per adult user"),
    # a sentence's clause, closed by its full stop, over the next line
    ("The council will vote on the new harbour plan.",
     "Next week the council of the harbour plan will meet in town"),
    # a clause opened by a function word
    ("and the new harbour plan for the old town",
     "The new harbour plan for the old town will cost more than expected"),
])
def test_a_longer_line_over_one_that_says_it_again_is_no_alt_text(above, line):
    found = extract_text(page_with([_LONG, above, line, _LONG.replace("council", "mayor")]))
    assert found.captions == ()


def test_a_caption_printed_again_without_its_credit_is_the_same_caption_credited():
    from worker.cleaning.captions import FoundCaption, _distinct

    text = "A hand on top of the Acme Porch Light at night"
    found = [FoundCaption(Caption(text, "Jane Doe"), (3, 4)), FoundCaption(Caption("Another picture"), (6,)),
             FoundCaption(Caption(text), (9,), (8,))]
    kept = _distinct(found)
    assert [f.caption for f in kept] == [Caption(text, "Jane Doe"), Caption("Another picture")]
    assert kept[0].lines == (3, 4) and set(kept[0].dropped) == {8, 9}
    # two credits are two pictures that share a caption
    other = [FoundCaption(Caption(text, "Jane Doe"), (3,)), FoundCaption(Caption(text, "John Roe"), (9,))]
    assert len(_distinct(other)) == 2


# capshapes: a rights notice closing the article, placeholders in more languages, a scene under a placeholder


def _page_closing_on(notice: str, footer: bool) -> str:
    """:func:`page_with` with no caption, ``notice`` after its last paragraph
    (and the site's footer under it, or the page's end)."""
    lines = page_with([]).split("\n")
    return "\n".join([*lines[:-4], "", notice, *(["", *lines[-3:]] if footer else [])])


@pytest.mark.parametrize("footer", [True, False])
@pytest.mark.parametrize("notice", [
    "© 2024 Example Media. All rights reserved. This material may not be published, broadcast, rewritten or "
    "redistributed.",
    "Copyright 2024 The Associated Press. All rights reserved.",
    "This article is copyright © 2024 Example Media and may not be reproduced without permission.",
    "本文版權所有，未經授權不得轉載。",
    "Alle Rechte vorbehalten. Nachdruck nur mit Genehmigung.",
    "Tous droits réservés. Reproduction interdite.",
    "Todos los derechos reservados.",
    "Tutti i diritti riservati. Riproduzione vietata.",
    "Все права защищены. Перепечатка без разрешения запрещена.",
    "© Example Media 2024. Todos os direitos reservados.",
])
def test_a_rights_notice_closing_the_article_is_boilerplate(notice, footer):
    found = extract_text(_page_closing_on(notice, footer))
    assert found.body == extract_text(page_with([])).body
    assert notice in found.boilerplate


@pytest.mark.parametrize("sentence", [
    "The court ruled that the copyright of the song belongs to its composer, and that all rights reserved by "
    "the label in the old contract are void.",
    "Copyright lawyers say the ruling means that no song may be reproduced without the permission of its "
    "composer.",
    "All rights reserved, the label said, though it would not say how it would enforce them.",
    "The report may not be published until next year, officials said.",
    "This report may not be published until the inquiry ends, the minister said on Friday.",
    "Reproduction of the document is prohibited by the court, the judge ruled.",
])
def test_a_story_sentence_about_copyright_closing_the_article_stays_body(sentence):
    found = extract_text(_page_closing_on(sentence, True))
    assert found.body.split("\n\n")[-1] == sentence


@pytest.mark.parametrize("placeholder", [
    "Фото", "Изображение", "Видео", "Зображення", "Снимка", "صورة", "فيديو", "تصویر", "عکس", "사진", "이미지",
    "Resim", "Görsel", "Kuva", "Obrázek", "Obrázok", "Εικόνα", "Φωτογραφία", "תמונה", "तस्वीर", "ছবি",
    "Hình ảnh", "Ảnh", "Gambar", "Billede", "Bilde", "Kép", "Fotó", "Slika", "Fotografija", "Imatge",
    "Larawan",
])
def test_a_short_description_under_a_placeholder_in_another_language_is_its_caption(placeholder):
    found = extract_text(page_with([placeholder, _DECK]))
    assert found.captions == (Caption(_DECK),)
    assert found.body == extract_text(page_with([])).body
    assert placeholder in found.boilerplate


def test_a_story_sentence_under_a_placeholder_in_another_language_stays_body():
    found = extract_text(page_in("de", ["Фото", _STORY_SENTENCES["de"]]))
    assert found.captions == ()
    assert _STORY_SENTENCES["de"] in found.body.split("\n\n")


@pytest.mark.parametrize("caption", [
    "A welder works on a steel section of the bridge deck during a storm on Friday.",
    "A crane operator guides a steel beam into place above the harbour road in January.",
])
def test_a_longer_scene_under_a_placeholder_is_its_uncredited_caption(caption):
    found = extract_text(page_with(["image", caption]))
    assert found.captions == (Caption(caption),)
    assert found.body == extract_text(page_with([])).body


@pytest.mark.parametrize("sentence", [
    "From planning to opening day, our engineers help keep your commute short and safe.",
    "The council voted for the plan in March, after a long debate about its cost.",
    "Traffic on the harbour road fell by a third in the months after the closure.",
])
def test_a_story_sentence_of_that_length_under_a_placeholder_stays_body(sentence):
    found = extract_text(page_with(["image", sentence]))
    assert found.captions == ()
    assert sentence in found.body.split("\n\n")


@pytest.mark.parametrize(("alt", "pieces"), [
    ("Harbour Walk Guide - Fishing boats at the old pier", ["Fishing boats at the old pier"]),
    ("Lisbon Itinerary – The yellow tram at the top of the hill", ["The yellow tram at the top of the",
                                                                   "hill"]),
    ("Hamburg Reiseführer - Blick auf den Hafen von der alten Brücke", ["Blick auf den Hafen von der",
                                                                       "alten Brücke"]),
    ("Old Town Walk | Lanterns over the river at night", ["Lanterns over the river at night"]),
])
def test_keyword_alt_text_over_its_caption_printed_without_the_keyword(alt, pieces):
    found = extract_text(page_with([alt, *pieces]))
    assert [c.text for c in found.captions] == [" ".join(pieces)]
    assert pieces[0] not in found.body
    assert alt not in found.body


@pytest.mark.parametrize(("line", "below"), [
    # a product's heading, its name after a colon, over the name
    ("Best Budget Kettle: Acme Steel Kettle", "Acme Steel Kettle"),
    # a single word after the dash
    ("Step Two - Painting", "Painting"),
])
def test_a_heading_over_its_last_words_is_no_keyword_alt_text(line, below):
    found = extract_text(page_with([line, below]))
    assert found.captions == ()


@pytest.mark.parametrize("maker", ["Studio Nord", "Acme"])
def test_pictures_credited_to_the_same_maker_are_captions(maker):
    found = extract_text(page_with([f"Harbour Bridge Poster by {maker}", _LONG,
                                    f"City Guide App Concept by {maker}"]))
    assert found.captions == (Caption("Harbour Bridge Poster", maker),
                              Caption("City Guide App Concept", maker))
    assert "Harbour Bridge Poster" not in found.body
    assert "City Guide App" not in found.body


@pytest.mark.parametrize(("first", "second"), [
    ("Dune by Frank Herbert", "Emma by Jane Austen"),          # a reading list
    ("Pet Insurance Costs by State", "Pet Insurance Costs by Breed"),  # headings
    ("VPN Prices by Country", "VPN Prices by Country"),        # a heading printed twice
    ("4. Futurist by Acme Fonts", "5. Culture by Acme Fonts"),  # a numbered list's items
])
def test_titles_by_different_makers_are_no_captions(first, second):
    found = extract_text(page_with([first, _LONG, second]))
    assert found.captions == ()
    assert first in found.body.split("\n\n")


def test_a_shops_cards_by_one_maker_are_no_captions():
    found = extract_text(page_with(["image", "Harbour Bench by Acme Studio", "Harbour Bench", "$400",
                                    "image", "Pier Armchair by Acme Studio", "Pier Armchair", "$300"]))
    assert found.captions == ()


@pytest.mark.parametrize("caption", [
    "The mayor (left) and the harbour master open the new bridge",
    "Hand brakes (left) give better control on steep roads than foot brakes (right)",
    "Die Bürgermeisterin (links) und der Hafenmeister auf der neuen Brücke",
    "La maire (à gauche) et le capitaine du port sur le nouveau pont",
])
def test_a_line_that_places_who_is_where_in_the_picture_is_a_caption(caption):
    found = extract_text(page_with([caption]))
    assert [c.text for c in found.captions] == [caption]
    assert caption not in found.body


@pytest.mark.parametrize("sentence", [
    "Watch the two videos (below), where we teach you everything about the bridge and its history.",
    "Before the bridge, I spent months testing the ferry (pictured above) that crossed the bay.",
])
def test_a_sentence_pointing_above_or_below_stays_body(sentence):
    found = extract_text(page_with([sentence]))
    assert found.captions == ()
    assert sentence in found.body.split("\n\n")


# silverfound: captions the text rendering prints beside a carousel's pager or a picture library alone


@pytest.mark.parametrize("pager", [
    ["Previous", "Next", "Button for slide 1", "Button for slide 2", "Button for slide 3"],
    ["Previous Next", "Button for slide 1 Button for slide 2 Button for slide 3"],
    ["Go to slide 1", "Go to slide 2"],
])
def test_a_caption_under_a_carousels_slide_buttons(pager):
    found = extract_text(page_with([*pager, "Workers on the bridge deck in January."]))
    assert found.captions == (Caption("Workers on the bridge deck in January."),)
    assert "bridge deck" not in found.body and "slide" not in found.body


@pytest.mark.parametrize("heading", ["Learn more", "Results of the Field Tests"])
def test_a_heading_under_a_carousels_slide_buttons_is_no_caption(heading):
    found = extract_text(page_with(["Button for slide 1", "Button for slide 2", heading]))
    assert found.captions == ()


@pytest.mark.parametrize("library", ["Getty Images", "Shutterstock", "iStock"])
def test_a_picture_librarys_name_alone_under_a_heading_is_a_credit_as_printed(library):
    lines = page_with(["Planning the opening day", library]).split("\n")
    found = extract_text("\n".join(lines))
    assert found.captions == (Caption(library, library),)
    assert library not in found.body
    assert "Planning the opening day" in found.body


def test_an_agencys_name_alone_under_a_paragraph_is_no_caption():
    found = extract_text(page_with(["Reuters"]))
    assert found.captions == ()


@pytest.mark.parametrize("alt", ["Illustration of two workers on the bridge deck.",
                                 "Photo of a crane lifting a steel beam over the harbour"])
def test_a_name_alone_under_alt_text_that_describes_the_picture_is_its_credit(alt):
    found = extract_text(page_with([alt, "Jane Doe"]))
    assert found.captions == (Caption("Jane Doe", "Jane Doe"),)
    assert "Jane Doe" not in found.body


def test_a_name_alone_under_its_own_picture_is_no_credit():
    found = extract_text(page_with(["Picture of Jane Doe", "Jane Doe", "Bridge reporter"]))
    assert Caption("Jane Doe", "Jane Doe") not in found.captions


@pytest.mark.parametrize("below", ["The facts are plain: the bridge was built fast and opens in the spring.",
                                   "• Cost: $20 per crossing, paid at the gate"])
def test_a_heading_under_alt_text_that_describes_the_picture_is_no_credit(below):
    found = extract_text(page_with(["Illustration of two workers on the bridge deck.", "Fast Facts", below]))
    assert found.captions == ()
    assert "Fast Facts" in found.body.split("\n\n")


# silverleft: a numbered table's caption over the table a text browser draws in boxes


_TABLE = ["┌──────────────┬───────────┬───────────┐",
          "│ Group        │ Before    │ After     │",
          "├──────────────┼───────────┼───────────┤",
          "│ Intervention │ 20.4      │ 17.9      │",
          "└──────────────┴───────────┴───────────┘"]


@pytest.mark.parametrize("label", [
    "Table 1. Baseline scores of the participants in both groups (N=88).",
    "Table 2: Mean stress scores per group at the start and at the end",
    "Tabelle 3. Mittelwerte der beiden Gruppen zu Beginn der Studie.",
])
def test_a_numbered_table_label_over_a_drawn_table_is_its_caption(label):
    found = extract_text(page_with([_STUDY, label, *_TABLE, _RESULTS]))
    assert found.captions == (Caption(label),)
    assert label not in found.body
    assert _STUDY in found.body and _RESULTS in found.body


@pytest.mark.parametrize("lines", [
    ["Table 1 shows the baseline scores of the participants in both groups.", *_TABLE],
    ["Table 1. Baseline scores of the participants in both groups (N=88)."],
    ["Table 1.", *_TABLE],
])
def test_a_table_named_in_the_text_or_with_no_table_below_is_no_caption(lines):
    found = extract_text(page_with([_STUDY, *lines, _RESULTS]))
    assert found.captions == ()
    assert lines[0] in found.body


# silverleft: a video's caption that opens with a number, a year or a count


@pytest.mark.parametrize("video", [
    "2025 was a busy year on the harbour: workers lifted the bridge deck into place in March.",
    "12 engineers explain how the bridge deck was lifted into place",
])
def test_a_video_s_caption_may_open_with_a_number(video):
    found = extract_text(page_with([f"Video: {video}"]))
    assert found.captions == (Caption(video),)
    assert "bridge deck" not in found.body


def test_a_video_title_opening_with_a_number_is_no_caption():
    found = extract_text(page_with(["Video: 10 Best Bridges of the Year"]))
    assert found.captions == ()


# silverfound (2): alt text that names part of what its caption says, between two paragraphs


@pytest.mark.parametrize(("alt", "caption"), [
    ("Two Harbour Cranes", "Most harbour cranes we inspected are bolted to a concrete rail"),
    ("Bridge deck at night", "You can easily see the bridge deck lights from the old pier"),
    ("Hafenkran am Kai", "Der alte Hafenkran am Nordufer wird nachts von der Brücke aus beleuchtet"),
])
def test_alt_text_that_names_part_of_its_caption_between_paragraphs(alt, caption):
    found = extract_text(page_with([alt, caption, _LONG.replace("council", "mayor")]))
    assert [c.text for c in found.captions] == [caption]
    assert caption not in found.body


def test_alt_text_that_names_part_of_its_caption_under_a_heading():
    caption = "Most harbour cranes we inspected are bolted to a concrete rail"
    found = extract_text(page_with(["Why Choose Harbour Cranes?", "Two Harbour Cranes", caption,
                                    _LONG.replace("council", "mayor")]))
    assert [c.text for c in found.captions] == [caption]
    assert caption not in found.body and "Why Choose Harbour Cranes?" in found.body


@pytest.mark.parametrize("items", [
    ["Packing tape", "Packing paper, bubble wrap and other cushioning for the glasses", "Permanent markers"],
    ["Harbour cranes", "Most harbour cranes we inspected are bolted to a concrete rail", "Cost: $20"],
    ["The crane is idle", "The crane is broken", "The crane does not turn when the wind blows from the west",
     "The crane does not turn when the track is wet (rain, frost or snow)."],
    ["Any one of the following may sign the form for the harbour office",
     "An officer who is a harbour resident or has an office in the port",
     "A crane operator or harbour pilot",
     "A licensed or registered crane firm allowed to work in the harbour",
     "A shipping agent acting for the owner (that applies to one of the above)"],
])
def test_a_list_item_that_names_part_of_the_next_is_no_caption(items):
    found = extract_text(page_with(items))
    assert found.captions == ()


def test_a_heading_over_a_paragraph_closed_by_a_notes_number_is_no_caption():
    paragraph = "Even though harbour cranes are still a new sight here, they already move most cargo. 3"
    lines = ["Harbour Crane Statistics", paragraph, _LONG.replace("council", "mayor")]
    found = extract_text(page_with(lines))
    assert found.captions == ()
    assert paragraph in found.body


@pytest.mark.parametrize(("name", "paragraph"), [
    ("Salt and Pepper", "Salt is the first thing a cook reaches for, and good kitchens keep three kinds."),
    ("Studio This Is", "Studio This Is made the long table famous, and every planner now asks for one."),
])
def test_a_heading_with_function_words_under_keyword_alt_text_is_no_credit(name, paragraph):
    alt = "salt and pepper on the table top party trends"
    page = "\n".join(["Home", "Entertaining", "The Top Party Trends of the Year", _LONG, alt, name, paragraph,
                      _LONG, "Share this story"])
    found = extract_text(page)
    assert found.captions == ()


# capleft: alt text and its caption printed as one block of two lines between paragraphs (the caption
# a sentence that says one of the alt text's words again); a heading over its paragraph is apart


@pytest.mark.parametrize(("alt", "caption"), [
    ("Harbour crane app's overview page", "We used the harbour crane app to watch the cargo come in."),
    ("power plant by the harbour at dusk", "Emissions from the harbour plant reached a new high last year."),
    ("Hafenkran im Nebel am Morgen", "Der alte Hafenkran am Nordufer wird nachts beleuchtet."),
])
def test_alt_text_and_caption_in_one_block(alt, caption):
    found = extract_text(page_with([f"{alt}\n{caption}", "", _LONG.replace("council", "mayor")]))
    assert [c.text for c in found.captions] == [caption]
    assert caption not in found.body and alt not in found.body


@pytest.mark.parametrize(("alt", "caption"), [
    ("digital nomads, travel bloggers", "Boarding the morning ferry to the island."),  # no word again
    ("harbourcam", "Sunset madness over the old harbour wall."),                            # one word
    ("sunset over the harbour wall from the pier", "Sunset madness at the pier!"),          # longer alt
])
def test_lowercase_alt_text_over_a_finished_sentence_in_one_block_is_a_figure(alt, caption):
    # a heading does not open in lowercase, and a paragraph is printed on a line of its own
    found = extract_text(page_with([_LONG, "", f"{alt}\n{caption}", "", _LONG.replace("council", "mayor")]))
    assert [c.text for c in found.captions] == [caption]
    assert caption not in found.body and alt not in found.body


def test_lowercase_alt_text_over_a_finished_sentence_apart_is_left_to_the_shared_word_rules():
    paragraph = "Boarding the morning ferry to the island."
    found = extract_text(page_with([_LONG, "", "digital nomads, travel bloggers", "", paragraph, "",
                                    _LONG.replace("council", "mayor")]))
    assert paragraph in found.body


def test_a_heading_over_its_short_paragraph_apart_is_no_caption():
    paragraph = "We used the harbour crane app to watch the cargo come in."
    found = extract_text(page_with(["Harbour crane app overview", "", paragraph, "",
                                    _LONG.replace("council", "mayor")]))
    assert found.captions == ()
    assert paragraph in found.body


def test_a_run_of_headed_paragraphs_in_blocks_of_two_is_no_caption():
    blocks = ["Crane safety\nEvery harbour crane we inspected is checked for safety each week.",
              "Crane noise\nThe quieter harbour crane runs at night without waking the town."]
    found = extract_text(page_with(["\n\n".join(blocks), "", _LONG.replace("council", "mayor")]))
    assert found.captions == ()
    assert "Crane safety" in found.body and "Crane noise" in found.body


def test_a_heading_printed_again_in_the_contents_over_its_paragraph_is_no_caption():
    heading, paragraph = "Harbour crane safety tips", "Every harbour crane we inspected is checked each week."
    lines = [heading, "", f"{heading}\n{paragraph}", "", _LONG.replace("council", "mayor")]
    found = extract_text(page_with(lines))
    assert found.captions == ()
    assert paragraph in found.body


def test_a_product_cards_call_under_its_title_is_no_caption():
    call = "Use Acme Crane to move heavy cargo from any harbour in the country."
    lines = [f"Acme Crane for Harbour Cargo\n{call}", "", _LONG.replace("council", "mayor")]
    found = extract_text(page_with(lines))
    assert found.captions == ()


# capfound: alt text in lowercase (a file's keywords, a scene) over its caption, a finished sentence
# that says one of its words again, the section's heading under it


@pytest.mark.parametrize(("alt", "caption"), [
    ("harbour crane lifting a container at dawn", "The new harbour crane can lift two containers at once."),
    ("workers on the bridge deck in winter", "Most of the bridge deck was laid in the coldest months."),
    ("hafenkran am kai bei nacht", "Der alte Hafenkran am Nordufer wird nachts beleuchtet."),
])
def test_lowercase_alt_text_over_its_caption_sentence_under_a_paragraph(alt, caption):
    page = "\n".join(["Home", "News", "Bridge to open in spring", _LONG, alt, caption, "What Happens Next",
                      _LONG.replace("council", "mayor"), "Share this article"])
    found = extract_text(page)
    assert [c.text for c in found.captions] == [caption]
    assert caption not in found.body and alt not in found.body and "What Happens Next" in found.body


@pytest.mark.parametrize(("above", "alt", "sentence"), [
    # a sentence broken at a link, and a phrase that shares no word with the sentence under it
    (_LONG[:-1] + " as shown in", "the ferry timetable for the winter", "The timetable is printed in May."),
    (_LONG, "a quick look at the numbers", "The council spent four million on the work."),
    # under a heading, the section's one-line opening; a paragraph of two sentences
    ("Why the Bridge Matters", "crane on the bridge deck at dawn", "The bridge deck took a long time."),
    (_LONG, "crane on the bridge deck at dawn", "The bridge deck took longer than planned. It opens in May."),
])
def test_a_lowercase_line_over_a_sentence_is_no_alt_text_when_nothing_ties_them(above, alt, sentence):
    page = "\n".join(["Home", "News", "Bridge to open in spring", above, alt, sentence,
                      "What Happens Next", _LONG.replace("council", "mayor"), "Share this article"])
    found = extract_text(page)
    assert found.captions == ()
    assert sentence in found.body


# Alt text and caption apart, on a page whose renderer prints every element on lines of its
# own (it breaks sentences at their links, and parts alt text from its caption with a blank line)


def spaced_page(lines: list[str]) -> str:
    """A page printed element by element: blocks apart, a sentence broken at its link."""
    broken = ["The mayor said the new bridge would open in spring, as the", "harbour office",
              ", which had asked for it, wrote to every household in the town last week."]
    blocks = ["Home", "News", "Bridge to open in spring", _LONG, "\n".join(broken), *lines,
              _LONG.replace("council", "mayor"), _LONG.replace("bridge", "tunnel"), "Share this article"]
    return "\n\n".join(blocks)


@pytest.mark.parametrize(("alt", "caption"), [
    ("harbour crane at dawn", "The new harbour crane can lift two containers at once."),
    ("Harbour crane and its cab", "Our harbour crane lifting two containers from the night ferry"),
    ("Hafenkran und Kai", "Der alte Hafenkran am Nordufer bei Nacht"),
])
def test_alt_text_apart_from_its_caption_on_a_page_printed_element_by_element(alt, caption):
    found = extract_text(spaced_page([alt, caption]))
    assert [c.text for c in found.captions] == [caption]
    assert caption not in found.body and alt not in found.body


def test_lowercase_alt_text_apart_from_its_caption_under_a_heading():
    alt, caption = "harbour crane at dawn", "The new harbour crane can lift two containers at once."
    found = extract_text(spaced_page(["Cranes at Work", alt, caption]))
    assert [c.text for c in found.captions] == [caption]
    assert "Cranes at Work" in found.body and alt not in found.body


@pytest.mark.parametrize("lines", [
    # a heading over its paragraph, a finished sentence
    ["Harbour crane safety", "Every harbour crane we inspected is checked for safety each week."],
    # a list's items, each a phrase with no full stop
    ["Harbour cranes lift containers", "Harbour cranes move cargo from ships to the trucks",
     "Cranes that run all night in the busy season"],
])
def test_a_heading_or_list_apart_on_a_page_printed_element_by_element_is_no_caption(lines):
    found = extract_text(spaced_page(lines))
    assert found.captions == ()
    assert all(line in found.body for line in lines)


def test_alt_text_and_caption_apart_on_a_page_that_never_breaks_at_links_are_a_heading_and_its_text():
    caption = "Our harbour crane lifting two containers from the night ferry"
    page = spaced_page(["Harbour crane and its cab", caption])
    page = page.replace("as the\nharbour office\n, which", "as the harbour office, which")
    found = extract_text(page)
    assert found.captions == ()


# Who styled the picture, credited beside its photographer as magazines print it


@pytest.mark.parametrize(("line", "text", "credit"), [
    ("A loaf on the board. Jane Doe. Food styling by John Roe.", "A loaf on the board.",
     "Jane Doe. Food styling by John Roe"),
    ("Mugs on the shelf. Prop Stylist: Ann Lee", "Mugs on the shelf.", "Prop Stylist: Ann Lee"),
])
def test_a_stylists_credit_is_split_off_the_end_of_a_caption(line, text, credit):
    assert split_credit(line) == (text, credit)


@pytest.mark.parametrize("line", [
    "Jane Doe. Prop styling by John Roe at Acme and Co.",
    "Food styling: John Roe",
    "Stylisme : Jeanne Dupont",
])
def test_a_stylists_credit_under_alt_text_leaves_the_body(line):
    found = extract_text(page_with(["Two mugs and a loaf of bread on a wooden board", line]))
    assert line not in found.body
    assert any(line.rstrip(".") in (c.credit or "") for c in found.captions)


@pytest.mark.parametrize("line", [
    "The salon offers hair styling by appointment.",
    "Styling by Jane Doe is what made the shop famous.",
])
def test_styling_in_a_sentence_is_no_credit(line):
    assert split_credit(line) == (line, None)


# Each block printed apart (text_bs): a file's few lowercase keywords over a short caption
# sentence that says one of them again, a paragraph under it


@pytest.mark.parametrize(("alt", "caption"), [
    ("harbour crane", "The new harbour crane lifts two containers at once."),
    ("bridge deck winter", "Workers finish the bridge deck in the snow!"),
])
def test_short_lowercase_alt_text_apart_over_a_short_caption_sentence(alt, caption):
    page = "\n\n".join(["Home", "News", "Bridge to open in spring", _LONG, "Why did it take so long?", alt,
                        caption, _LONG.replace("council", "mayor"), "Share this article"])
    found = extract_text(page)
    assert [c.text for c in found.captions] == [caption]
    assert caption not in found.body and alt not in found.body


def test_a_sentence_opening_on_a_connective_under_lowercase_alt_text_stays_in_the_body():
    sentence = "On the other hand, the harbour crane lifts two containers."
    page = "\n\n".join(["Home", "News", "Bridge to open in spring", _LONG, "harbour crane", sentence,
                        _LONG.replace("council", "mayor"), "Share this article"])
    found = extract_text(page)
    assert found.captions == ()
    assert sentence in found.body


# A picture's file name left as its alt text over the caption that says its words again


@pytest.mark.parametrize("name", ["Harbour-crane-night-lifting",
                                  "harbour-crane-night-liftingharbour-crane-night-lifting"])
def test_a_caption_under_its_pictures_file_name(name):
    caption = "The harbour crane lifting at night."
    found = extract_text(page_with([name, caption]))
    assert [c.text for c in found.captions] == [caption]
    assert caption not in found.body and name not in found.body


def test_a_logos_name_under_its_file_name_is_no_caption():
    found = extract_text(page_with(["Acme-Harbour-Cranes-logo", "Acme Harbour Cranes"]))
    assert found.captions == ()


def test_a_caption_broken_at_its_links_under_its_pictures_file_name():
    lines = ["Harbour-crane-night-lifting", "", "The harbour crane", "at", "night", "."]
    found = extract_text(page_with(lines))
    assert [c.text for c in found.captions] == ["The harbour crane at night."]
    assert "The harbour crane" not in found.body


# What the picture shows named in parentheses after a colon, under its placeholder


@pytest.mark.parametrize("caption", [
    "The new market hall lets visitors pick a stall of their choice (pictured: the fish hall), pay at "
    "one counter, eat at the long tables in the middle and then move on to the next hall on the floor.",
    "Die neue Markthalle (im Bild: die Fischhalle) öffnet im Mai.",
])
def test_a_caption_naming_what_is_pictured_under_its_placeholder(caption):
    found = extract_text(page_with(["image", caption]))
    assert [c.text for c in found.captions] == [caption]
    assert caption not in found.body


def test_pictured_above_in_a_paragraph_is_no_caption():
    line = "The old hall (pictured above) was closed in May after the council found cracks in its roof."
    found = extract_text(page_with([line]))
    assert line in found.body


def test_short_lowercase_alt_text_apart_over_a_caption_over_a_paragraph_broken_at_links():
    caption = "The new harbour crane lifts two containers at once."
    page = "\n\n".join(["Home", "News", "Bridge to open in spring", _LONG, "Why did it take so long?",
                        "harbour crane", caption,
                        "Every crane on the quay was built by\nAcme Cranes\n, which said the work took two "
                        "years longer than planned.", _LONG.replace("council", "mayor"),
                        "Share this article"])
    found = extract_text(page)
    assert [c.text for c in found.captions] == [caption]
    assert "Every crane on the quay was built by" in found.body


@pytest.mark.parametrize("pieces", [
    # a sentence naming a photo that goes on on the next line (a link broke it)
    ["The mayor opened the new bridge on Sunday in front of a crowd, Photo Jane Doe", "and the council"],
    # a line going on from the one above, under a finished sentence, that no line goes on from
    ["The council met on Sunday.",
     "and the mayor opened the new bridge in front of the crowd. Photo: Jane Doe"],
])
def test_a_line_that_can_close_no_caption_is_not_parsed_for_its_credit(pieces):
    from worker.cleaning.captions import find_captions
    from worker.cleaning.lines import read_page

    page = read_page(page_with(pieces))
    p = page.lines.index(next(line for line in pieces if "Jane Doe" in line))
    assert page.words[p] > 12 and p not in page.credits
    assert all(p not in f.lines for f in find_captions(page, 0, len(page.lines)))
    assert p not in page.credits


# A name printed over a picture's lowercase keyword alt text that ends on it, and again under it


@pytest.mark.parametrize("renderer_gap", ["\n\n", "\n"])
def test_a_name_around_keyword_alt_text_that_ends_on_it_is_the_caption(renderer_gap):
    services = [("Harbourly", "Harbourly asks you about the rooms you want changed"),
                ("CraneWorks", "CraneWorks sends a designer to the house first")]
    items = []
    for number, (name, text) in enumerate(services, 1):
        items += [str(number), name, f"best online harbour design services {name.lower()}", name,
                  f"{text}, and the plan that comes back within a week names every piece of furniture "
                  "with its price and the shop that sells it, so that nothing has to be looked for again."]
    page = renderer_gap.join(["Home", "Guides", "The best harbour design services", _LONG, *items,
                              _LONG.replace("council", "mayor"), "Share this article"])
    found = extract_text(page)
    assert [c.text for c in found.captions] == ["Harbourly", "CraneWorks"]
    assert "best online harbour design services" not in found.body
    assert "Harbourly asks you" in found.body


# A page's pictures credited in one form: what the search found twice tells the pictures it missed


def test_a_short_line_under_lowercase_alt_text_on_a_page_crediting_its_pictures_so_is_a_name():
    sections = [("Harbour Walks", "foggy harbour walk seaside hosting trends", "Jane Doe Photography"),
                ("Lantern Dinners", "lantern dinner table seaside hosting trends", "John Roe"),
                ("Shell Tablescapes", "shell table setting seaside hosting trends", "northWind Studio")]
    lines = ["Home", "Guides", "Seaside hosting trends", _LONG]
    for heading, alt, credit in sections:
        lines += [heading, alt, credit, f"{heading} are back this year. " + _LONG]
    page = "\n\n".join([*lines, "Share this article"])
    found = extract_text(page)
    assert [c.credit for c in found.captions] == ["Jane Doe Photography", "John Roe", "northWind Studio"]
    assert "northWind Studio" not in found.body and "shell table setting" not in found.body
    assert "Shell Tablescapes" in found.body


def test_a_credit_the_page_prints_under_its_captions_printed_again_alone_credits_the_phrase_over_it():
    figures = ["Opening the oven door of the bread maker", "Credit: The Harbour Table",
               "", "Pouring flour into the bread maker pan", "Credit: The Harbour Table"]
    lines = ["Home", "Reviews", "", "The best bread makers", "", _LONG, "", *figures, "",
             _LONG.replace("council", "mayor"), "", "Best bread makers on the counter", "",
             "The Harbour Table", "", _LONG.replace("council", "baker"), "", "Share this article"]
    found = extract_text("\n".join(lines))
    assert Caption("Best bread makers on the counter", "The Harbour Table") in found.captions
    assert "The Harbour Table" not in found.body and "makers on the counter" not in found.body


def test_keyword_alt_text_over_a_short_sentence_on_a_page_printing_its_figures_so():
    figures = [("harbour crane", "The new harbour crane lifts two containers at once."),
               ("bridge deck winter", "Workers finish the bridge deck in the snow."),
               ("Harbour guide, ferry pier at night", "The last ferry leaves the old pier at midnight.")]
    lines = ["Home", "News", "Bridge to open in spring", _LONG]
    for number, (alt, caption) in enumerate(figures):
        lines += [f"Question {number}?", alt, caption, _LONG.replace("council", f"mayor {number}")]
    found = extract_text("\n\n".join([*lines, "Share this article"]))
    assert [c.text for c in found.captions] == [caption for _, caption in figures]
    assert "ferry pier at night" not in found.body


def test_a_heading_in_title_case_over_a_short_sentence_on_a_page_printing_figures_so_stays():
    figures = [("harbour crane", "The new harbour crane lifts two containers at once."),
               ("bridge deck winter", "Workers finish the bridge deck in the snow.")]
    lines = ["Home", "News", "Bridge to open in spring", _LONG]
    for number, (alt, caption) in enumerate(figures):
        lines += [f"Question {number}?", alt, caption, _LONG.replace("council", f"mayor {number}")]
    lines += ["The Ferry Pier at Night", "The last ferry leaves the old pier at midnight.", _LONG]
    found = extract_text("\n\n".join([*lines, "Share this article"]))
    assert [c.text for c in found.captions] == [caption for _, caption in figures]
    assert "The Ferry Pier at Night" in found.body


def test_a_gallery_of_lowercase_alt_text_over_the_names_it_shows_apart():
    gallery = ["camping essentials harbour lantern lit", "Harbour Lantern Kit",
               "camping essentials folding stove on a rock", "Folding Stove 2p",
               "camping essentials wool blanket", "Wool Blanket"]
    page = "\n\n".join(["Home", "Guides", "What to pack for the coast", _LONG, *gallery,
                        _LONG.replace("council", "mayor"), "Share this article"])
    found = extract_text(page)
    assert [c.text for c in found.captions] == ["Harbour Lantern Kit", "Folding Stove 2p", "Wool Blanket"]
    assert "camping essentials" not in found.body


def test_three_figures_in_a_row_set_apart_as_alt_text_over_caption_are_a_gallery():
    gallery = ["A bird table I built", "Bird table project: old pallet wood",
               "Painted the garden shed doors", "Shed doors after painting",
               "A bench out of old fence boards", "Fence board bench project"]
    page = "\n\n".join(["Home", "Projects", "My garden projects", _LONG, *gallery,
                        _LONG.replace("council", "mayor"), "Share this article"])
    found = extract_text(page)
    assert [c.text for c in found.captions] == gallery[1::2]
    assert not any(alt in found.body for alt in gallery[::2])


def test_two_headings_over_their_notes_are_no_gallery():
    notes = ["A bird table I built", "Bird table project: old pallet wood",
             "Painted the garden shed doors", "Shed doors after painting"]
    page = "\n\n".join(["Home", "Projects", "My garden projects", _LONG, *notes,
                        _LONG.replace("council", "mayor"), "Share this article"])
    found = extract_text(page)
    assert found.captions == ()


def test_a_phrase_printed_twice_apart_under_a_paragraph_is_alt_text_and_caption():
    caption = "Morning Fog Over the Harbour Wall"
    page = "\n\n".join(["Home", "Travel", "A weekend on the coast", _LONG, caption, caption,
                        "The ferry to the island leaves twice a day from the old pier, and the crossing "
                        "takes forty minutes in calm weather.", _LONG.replace("council", "mayor"),
                        "Share this article"])
    found = extract_text(page)
    assert [c.text for c in found.captions] == [caption]
    assert caption not in found.body


def test_a_heading_printed_twice_apart_over_a_paragraph_saying_it_again_stays():
    heading = "Ferry Timetables"
    page = "\n\n".join(["Home", "Travel", "A weekend on the coast", _LONG, heading, heading,
                        "The ferry timetables change twice a year, and the winter crossing takes forty "
                        "minutes in calm weather.", _LONG.replace("council", "mayor"), "Share this article"])
    found = extract_text(page)
    assert found.captions == ()


@pytest.mark.parametrize(("line", "text", "credit"), [
    ("Our home office mood board. Photo credits - upper left janedoe.example.com, bottom left, @johnroe via "
     "Instagram, bottom right, Mary Major - marymajor.example.org.", "Our home office mood board.",
     "upper left janedoe.example.com, bottom left, @johnroe via Instagram, bottom right, Mary Major - "
     "marymajor.example.org"),
    ("The kitchen after the remodel. Photos: top left, Jane Doe; top right, John Roe; bottom, Mary Major for "
     "The Daily Planet", "The kitchen after the remodel.",
     "top left, Jane Doe; top right, John Roe; bottom, Mary Major for The Daily Planet"),
])
def test_a_credit_listing_its_pictures_by_place_is_split_off_whole(line, text, credit):
    assert split_credit(line) == (text, credit)


@pytest.mark.parametrize("line", [
    "Image: the dog on the left jumps over the fence at the top of the hill",
    "Photo: the tower on the left and the bridge on the right were built in the same decade by the city",
])
def test_places_in_a_captions_sentence_after_a_label_make_no_credit(line):
    assert split_credit(line) == (line, None)


def test_a_phrase_printed_twice_apart_over_a_paragraph_naming_a_source_is_alt_text_and_caption():
    caption = "Morning Fog Over the Harbour Wall"
    page = "\n\n".join(["Home", "Travel", "A weekend on the coast", _LONG, caption, caption,
                        "The ferry leaves twice a day from the old pier, a source at the port authority "
                        "said, and the crossing takes forty minutes in calm weather.",
                        _LONG.replace("council", "mayor"), "Share this article"])
    found = extract_text(page)
    assert [c.text for c in found.captions] == [caption]
    assert caption not in found.body


@pytest.mark.parametrize("line", [
    "Photographer – Springfield average ~$4,000 for full-day package",
    "Photography: from €1,200 for the ceremony and the reception",
])
def test_a_price_after_a_credits_label_is_no_credit(line):
    assert split_credit(line) == (line, None)
    assert credit_only(line) is None


def test_a_price_lists_role_under_its_heading_stays_in_the_body():
    items = ["Photographer – Springfield average ~$4,000 for full-day package",
             "Videographer – average ~$3,700 for a highlight film", "Extra hours or second shooter fees"]
    above = ["Makeup – bride ($70-$150) and bridal party",
             "Beauty trials – hair and makeup sessions (~$75 each)"]
    page = "\n\n".join(["Home", "Weddings", "What a wedding costs", _LONG, "Hair & Makeup", *above,
                        "Photography & Videography", *items, _LONG.replace("council", "mayor"),
                        "Share this article"])
    found = extract_text(page)
    assert found.captions == ()
    assert all(item in found.body for item in items)


@pytest.mark.parametrize(("line", "text", "credit"), [
    ("A living room painted a deep blue. Jane Doe//Getty Images", "A living room painted a deep blue.",
     "Jane Doe//Getty Images"),
    ("Jane Doe Studios//Getty Images", "", "Jane Doe Studios//Getty Images"),
])
def test_a_credit_with_two_slashes_before_its_agency_is_split_off(line, text, credit):
    assert split_credit(line) == (text, credit)


def test_lowercase_alt_text_closed_by_a_labelled_credit_is_a_caption():
    line = "illustrated icons of a kettle, a teapot and two cups Illustrations: Jane Doe"
    page = "\n\n".join(["Home", "Kitchen", "How to descale a kettle", "By John Roe", "Updated April 10, 2025",
                        line, _LONG, _LONG.replace("council", "mayor"), "Share this article"])
    found = extract_text(page)
    assert found.captions == (Caption("illustrated icons of a kettle, a teapot and two cups", "Jane Doe"),)
    assert "Illustrations" not in found.body


@pytest.mark.parametrize(("line", "text", "credit"), [
    ("The Brooks Cascadia 19. All shoe photos Trailblog/Jane Doe unless noted.", "The Brooks Cascadia 19.",
     "Trailblog/Jane Doe"),
    ("Unser Garten im Mai. Alle Fotos: Jane Doe, sofern nicht anders angegeben", "Unser Garten im Mai.",
     "Jane Doe"),
])
def test_the_pages_credit_for_all_its_pictures_closing_a_caption_is_split_off(line, text, credit):
    assert split_credit(line) == (text, credit)


def test_all_prices_unless_stated_is_no_credit():
    line = "All prices are correct unless otherwise stated."
    assert split_credit(line) == (line, None)
