"""casekit.cues finds exactly the words ``in`` finds, whatever was registered or asked before."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casekit import cues

# a small alphabet, so words often overlap, nest and repeat inside the texts
_TEXT = st.text(alphabet="abc -", max_size=40)
_WORDS = st.lists(st.text(alphabet="abc -", min_size=1, max_size=4), min_size=1, max_size=6).map(tuple)


@settings(max_examples=300, deadline=None)
@given(texts=st.lists(_TEXT, min_size=1, max_size=4), gates=st.lists(_WORDS, min_size=1, max_size=4))
def test_the_words_found_are_the_words_in_the_text(texts, gates):
    # gates asked in turn over the same texts: a new gate's words must not be missed for a text already scanned
    for words in gates:
        for text in texts:
            assert cues.mentions(text, words) == any(word in text for word in words)
            assert cues.present(text) & set(words) == {word for word in words if word in text}


def test_nested_and_overlapping_words_are_each_found():
    words = ("recommend", "recommendation", "commend", "dation", "on t")
    cues.register(words)
    assert cues.present("we made a recommendation to the force") >= {"recommend", "recommendation", "commend", "dation", "on t"}
    assert not cues.mentions("no such words here", words)


def test_an_empty_word_is_refused():
    with pytest.raises(ValueError):
        cues.mentions("any text", ("", "case"))
