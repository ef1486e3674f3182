import re

from hypothesis import given, strategies as st

from casekit.page import parse_page, split_sentences, Span

PAGE = """Officer fails to record a report – Exampleshire Police, March 2024

Published 07 Feb 2026
Investigation

A fictional summary opens here. It has a second sentence.

Another paragraph follows.

IOPC reference

2024/123456
Tags
  • Exampleshire Police
  • Custody
"""


def test_furniture_is_parsed_out_of_the_prose():
    page = parse_page(PAGE)
    assert page.title.text == "Officer fails to record a report – Exampleshire Police, March 2024"
    assert page.published == "2026-02-07"
    assert page.page_type == "Investigation"
    assert page.ref_raw == "2024/123456"
    assert page.tags == ["Exampleshire Police", "Custody"]
    assert [s.text for s in page.sentences] == [
        "A fictional summary opens here.", "It has a second sentence.", "Another paragraph follows."]
    assert "IOPC reference" not in page.body and "Tags" not in page.body


def test_reference_on_the_same_line_and_no_tags():
    page = parse_page("Title, May 2020\n\nBody text.\n\nIOPC reference: 2020/000001")
    assert page.ref_raw == "2020/000001" and page.tags == []


def test_prose_after_the_tag_list_is_not_a_tag():
    page = parse_page(PAGE + "\nThis summary was saved from the site for a reading group.\n")
    assert page.tags == ["Exampleshire Police", "Custody"]


def test_sentence_spans_point_into_the_text():
    page = parse_page(PAGE)
    for sentence in page.sentences + [page.title]:
        assert PAGE[sentence.start:sentence.end] == sentence.text


def test_abbreviations_do_not_split_sentences():
    spans = split_sentences(Span(0, 40, "Mr. Smith met Dr. Jones. They spoke."))
    assert [s.text for s in spans] == ["Mr. Smith met Dr. Jones.", "They spoke."]


@given(st.lists(st.text(alphabet="abc XYZ.!?\n", min_size=1), min_size=1, max_size=6))
def test_every_sentence_is_a_slice_of_the_text(parts):
    text = "Title line\n" + "\n".join(parts)
    page = parse_page(text)
    for sentence in page.sentences:
        assert text[sentence.start:sentence.end] == sentence.text
        assert sentence.text.strip()


def test_a_sentence_ending_in_an_acronym_rank_ends_there():
    page = parse_page("Title, May 2020\n\nThe force agreed about the PC. A meeting was held later.")
    assert [s.text for s in page.sentences] == ["The force agreed about the PC.", "A meeting was held later."]


@given(st.lists(st.text(alphabet="abc XYZΣσ’İ.!?\n", min_size=1), min_size=1, max_size=6))
def test_a_word_missing_from_the_lowered_page_is_missing_from_every_sentence(parts):
    # the rules skip a page whose lowered text lacks a pattern's words, so the lowered page must hold each lowered sentence
    page = parse_page("Title line\n" + "\n".join(parts))
    assert page.lowered_sentences == [sentence.text.lower() for sentence in page.sentences]
    for lowered in page.lowered_sentences:
        # (whole: so is every word in it; a sentence-final sigma may fold apart, so the test is on its ASCII runs)
        for run in re.findall(r"[\x00-\x7f]+", lowered):
            assert run in page.lowered
