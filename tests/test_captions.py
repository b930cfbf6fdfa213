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
