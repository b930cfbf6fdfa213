"""The per-source template memory (worker/templates.py): the store's counting
on mongomock and on nx-27017, the choice of template lines, and a source's
footer leaving the body once enough documents of that source had it."""
from __future__ import annotations

import dataclasses

import pytest
from pymongo.errors import OperationFailure

from worker import delivery, templates
from worker.cleaning.lines import read_page
from worker.config import Settings
from worker.envelope import make_envelope
from worker.store import StoreUnavailable
from worker.templates import choose, line_key, page_lines, source_of

FOOTER = ("The Harbour Gazette is owned by its readers and has reported on the islands since 1921, "
          "with no paywall and no advertising.")
TOPICS = ["ferry", "school", "market", "library", "bridge", "orchard", "harbour", "museum"]
N = 3
SETTINGS = Settings(template_memory=True, template_min_docs=N)


def page(i: int, footer: str = FOOTER) -> str:
    t = TOPICS[i]
    return (f"Home\nNews\nSport\n\nThe {t} reopens after a long winter\n\n"
            f"The {t} on the north shore opened its doors again on Monday, after repairs that took "
            "most of the winter and cost more than the council had planned.\n\n"
            f"Residents queued from early morning, and several said the {t} had been missed more "
            "than they expected during the months it stood empty.\n\n"
            f"The council said the remaining work on the {t} would be finished by the summer, "
            "weather permitting, and that no further closures were planned.\n\n"
            f"{footer}\n\nShare\nLeave a Reply")


def envelope(i: int, source: str | None = "gazette", **submission):
    given = {"id": f"g{i}", "text": page(i), **({"source": source} if source else {}), **submission}
    return make_envelope(given, max_bytes=1 << 20)


def run(envelopes, store, settings=SETTINGS, redelivered=False):
    return delivery.deliver(envelopes, store, settings, redelivered=redelivered, resubmit=lambda rest: None)


def body_lines(store, doc_id):
    return store.get(doc_id)["body"].split("\n\n")


# --- counting in the store ------------------------------------------------

def test_each_line_keeps_its_first_documents_in_order_and_counts_each_once(store):
    seen = {"k1": ("s", ["d1", "d2"]), "k2": ("s", ["d2"])}
    assert store.record_template_lines(seen, keep=3) == {"k1": ["d1", "d2"], "k2": ["d2"]}
    # the same documents again (a redelivery, a resubmission): nothing changes
    assert store.record_template_lines(seen, keep=3) == {"k1": ["d1", "d2"], "k2": ["d2"]}
    # a batch that holds an old document beside new ones: only the new are added, up to 3
    again = {"k1": ("s", ["d2", "d3", "d4", "d5"])}
    assert store.record_template_lines(again, keep=3) == {"k1": ["d1", "d2", "d3"]}
    assert store.record_template_lines({"k1": ("s", ["d6"])}, keep=3) == {"k1": ["d1", "d2", "d3"]}
    assert store.templates.find_one({"_id": "k1"}) == {"_id": "k1", "source": "s", "docs": ["d1", "d2", "d3"]}
    assert store.templates.count_documents({}) == 2


def test_a_line_a_document_first_had_stays_counted_for_it(store):
    """A document's place in a line's list never changes, however many come after."""
    store.record_template_lines({"k": ("s", ["a", "b"])}, keep=2)
    store.record_template_lines({"k": ("s", ["c", "d"])}, keep=2)
    assert store.record_template_lines({"k": ("s", ["b"])}, keep=2) == {"k": ["a", "b"]}
    assert store.record_template_lines({"k": ("s", ["d"])}, keep=2) == {"k": ["a", "b"]}


@pytest.mark.e2e
def test_the_operators_work_on_nx_27017(live_store):
    """$push with $each and $slice, $nin on an array, $setOnInsert, and the
    duplicate key an upsert meets when its record holds one of its ids."""
    first = live_store.record_template_lines({"k1": ("s", ["d1", "d2"]), "k2": ("s", ["d1"])}, keep=3)
    assert first == {"k1": ["d1", "d2"], "k2": ["d1"]}
    assert live_store.record_template_lines({"k1": ("s", ["d2", "d3", "d4"]), "k2": ("s", ["d1"])},
                                            keep=3) == {"k1": ["d1", "d2", "d3"], "k2": ["d1"]}
    # an upsert whose record already holds one of its ids: a duplicate key, tried again as an update
    live_store._push_template_ids([("k2", "s", ["d1"]), ("k3", "s", ["d9"])], keep=3)
    assert live_store.templates.find_one({"_id": "k2"})["docs"] == ["d1"]
    assert live_store.templates.find_one({"_id": "k3"}) == {"_id": "k3", "source": "s", "docs": ["d9"]}


def test_a_duplicate_key_from_another_worker_is_retried_as_an_update(store):
    """Two workers create the same new line's record at once: the second's
    upsert fails as a duplicate key and its ids are added by an update."""
    store.templates.insert_one({"_id": "k", "source": "s", "docs": ["other"]})
    store._push_template_ids([("k", "s", ["mine"])], keep=3)  # as if read before the insert
    assert store.templates.find_one({"_id": "k"})["docs"] == ["other", "mine"]


# --- the choice of template lines -------------------------------------------

def test_lines_are_read_as_the_cleaner_reads_them():
    text = "  Home \u00a0 page\r\n\r\nCafe\u0301 menu\n\n\tShare\u200b this\n" + page(0)
    assert page_lines(text) == read_page(text).lines


def test_the_source_is_the_name_else_the_host():
    assert source_of(envelope(0, "gazette", url="https://www.example.com/a")) == "gazette"
    assert source_of(envelope(0, None, url="https://WWW.Example.com/a")) == "example.com"
    assert source_of(envelope(0, None)) is None


def test_lines_repeated_in_the_page_and_pages_that_are_copies_are_not_template():
    lines = ["Pros", "Cons", "Pros", "Cons", "Footer line of the site", "An article paragraph of its own"]
    keys = {line: line_key("s", line) for line in lines}
    others = ("a", "b")
    firsts = {keys[line]: others for line in ("Pros", "Cons", "Footer line of the site")}
    assert choose("me", lines, keys, firsts, min_docs=2) == {"Footer line of the site"}
    # not yet N others, or the document itself among the first N: not template for it
    assert choose("me", lines, keys, firsts, min_docs=3) == frozenset()
    assert choose("a", lines, keys, firsts, min_docs=2) == frozenset()
    # a page nearly all of whose words recur is a copy of one seen before
    firsts[keys["An article paragraph of its own"]] = others
    assert choose("me", lines, keys, firsts, min_docs=2) == frozenset()


# --- behaviour ---------------------------------------------------------------

def test_after_n_documents_share_a_footer_the_next_ones_body_lacks_it(store):
    run([envelope(i) for i in range(N)], store)
    for i in range(N):  # not yet known as template: the cleaner alone keeps it
        assert FOOTER in body_lines(store, f"g{i}")
    run([envelope(N), envelope(N + 1)], store)
    for i in (N, N + 1):
        doc = store.get(f"g{i}")
        assert FOOTER not in doc["body"] and FOOTER in doc["boilerplate"]
        assert f"The {TOPICS[i]} on the north shore" in doc["body"]


def test_within_one_batch_the_documents_after_the_first_n_are_cleaned_with_it(store):
    run([envelope(i) for i in range(N + 2)], store)
    assert [FOOTER in body_lines(store, f"g{i}") for i in range(N + 2)] == [True] * N + [False] * 2


def test_cleaning_a_document_again_finds_the_same_template_lines(store):
    """Redelivered or resubmitted after more of its source arrived, a document
    is cleaned as it was the first time: the store finds it unchanged."""
    run([envelope(i) for i in range(N + 1)], store)
    run([envelope(i) for i in range(N + 1, N + 4)], store)
    for i in (0, N - 1, N, N + 2):
        assert run([envelope(i)], store, redelivered=True).unchanged == [f"g{i}"]
    resubmitted = run([envelope(i) for i in range(N + 4)], store)
    assert sorted(resubmitted.unchanged) == [f"g{i}" for i in range(N + 4)] and not resubmitted.stored


def test_sources_do_not_share_a_memory_and_documents_without_one_have_none(store):
    run([envelope(i, "gazette") for i in range(N)], store)
    run([envelope(N, "courier"), envelope(N + 1, None)], store)
    assert FOOTER in body_lines(store, f"g{N}") and FOOTER in body_lines(store, f"g{N + 1}")


def test_html_and_invalid_documents_are_not_recorded(store):
    html = make_envelope({"id": "h1", "html": f"<p>{FOOTER}</p>", "source": "gazette"}, max_bytes=1 << 20)
    bad = {**envelope(0), "id": {"$gt": ""}}
    assert templates.template_lines([html, bad], store, min_docs=N, max_bytes=1 << 20) == {}
    assert store.templates.count_documents({}) == 0


def test_the_memory_is_off_unless_asked_for(store):
    assert Settings().template_memory is False
    assert Settings.from_env({"INGEST_TEMPLATE_MEMORY": "1"}).template_memory is True
    with pytest.raises(ValueError, match="INGEST_TEMPLATE_MEMORY"):
        Settings.from_env({"INGEST_TEMPLATE_MEMORY": "maybe"})
    run([envelope(i) for i in range(N + 1)], store, settings=Settings())
    assert store.templates.count_documents({}) == 0 and FOOTER in body_lines(store, f"g{N}")


def test_an_outage_of_the_memory_is_an_outage_and_another_error_is_cleaned_without_it(store, monkeypatch):
    def down(*args, **kwargs):
        raise StoreUnavailable("down")
    monkeypatch.setattr(store, "record_template_lines", down)
    with pytest.raises(StoreUnavailable):
        run([envelope(0)], store)

    def refused(*args, **kwargs):
        raise OperationFailure("not allowed")
    monkeypatch.setattr(store, "record_template_lines", refused)
    assert run([envelope(0)], store).stored == ["g0"]


def test_min_docs_must_be_at_least_one():
    with pytest.raises(ValueError, match="INGEST_TEMPLATE_MIN_DOCS"):
        dataclasses.replace(SETTINGS, template_min_docs=0)
