"""Alternation.search gives the pattern's own match, found by gated alternatives."""

import re

import pytest

from casekit.alternation import Alternation, _top_level_alternatives
from casekit import rules
from casekit.subjects import counts, decisions

SENTENCES = [
    "We recommended that Kent Police update its guidance on missing people.",
    "The force has since introduced monthly audits of its custody records.",
    "Two officers were served with misconduct notices.",
    "We found the sergeant had a case to answer for gross misconduct.",
    "The force proposed that it be dealt with as misconduct instead.",
    "There was an indication that PC A may have committed a criminal offence.",
    "PC B, who had been suspended, was charged with assault.",
    "Nothing here concerns anyone.",
    "Two officers were ſerved with misconduct notices.",  # a long s: matched by a case-blind "s", not by str.lower
    "",
]


def test_top_level_cut():
    assert _top_level_alternatives(r"a(?:b|c)|[|(]d|\|e|f") == ["a(?:b|c)", "[|(]d", r"\|e", "f"]
    assert _top_level_alternatives(r"[]|]x|y") == ["[]|]x", "y"]


@pytest.mark.parametrize("pattern", [rules._LEARNING, rules._YES_CRIMINAL, rules._BOILERPLATE,
                                     decisions._CTA, counts._TOTAL, decisions._DOWNGRADE])
def test_same_match(pattern):
    parts = Alternation(pattern)
    for text in SENTENCES + [s.upper() for s in SENTENCES] + [s[7:] for s in SENTENCES]:
        expected, got = pattern.search(text), parts.search(text)
        assert (expected and (expected.span(), expected.groupdict())) == (got and (got.span(), got.groupdict()))


def test_an_alternative_with_no_required_word_is_always_searched():
    # the shortcut "no required word in the text, so no match" holds only when every alternative needs a word
    pattern = re.compile(r"\bsince\b|\b\d{3}\b|\bsince\s+then\b", re.I)
    parts = Alternation(pattern)
    assert not parts.every_part_needs_a_word
    for text in ("after 120 days", "Since then, nothing", "nothing at all", ""):
        expected, got = pattern.search(text), parts.search(text)
        assert (expected and expected.span()) == (got and got.span())


def test_shared_words_are_looked_for_once():
    parts = Alternation(re.compile(r"we\s+recommended\s+training|the\s+force\s+recommended\s+an\s+audit", re.I))
    assert parts.words == {"recommended"}
    assert parts.search("Nothing recommended here.") is None
    assert parts.search("In March the force recommended an audit.").span() == (9, 39)


def test_back_references_refused():
    with pytest.raises(ValueError):
        Alternation(re.compile(r"(a)\1|b"))


def test_case_folding_beyond_lower():
    # a case-blind "s" matches "ſ", which str.lower leaves as it is: such a text is searched whole
    pattern = re.compile(r"\bsince\b|\baudit\b", re.I)
    assert Alternation(pattern).search("ever ſince").span() == pattern.search("ever ſince").span() == (5, 10)


def test_same_match_on_every_sentence_of_the_fictional_develop_part():
    # every sentence, and every sentence cut at a random point, of the project's own fictional reports
    import random

    from casekit import load
    from casekit.page import parse_page
    from casekit.repair import repair_text
    from casekit.sources import PROJECT_ROOT

    texts = [s.text for r in load(PROJECT_ROOT / "data" / "raw" / "synthetic" / "develop" / "docs").reports
             for s in parse_page(repair_text(r.text)).sentences]
    rng = random.Random(8)
    texts += [t[rng.randrange(len(t)):] for t in texts if t]
    assert len(texts) > 1000
    for pattern in (rules._LEARNING, rules._YES_CRIMINAL, rules._BOILERPLATE, decisions._CTA, counts._TOTAL, decisions._DOWNGRADE):
        parts = Alternation(pattern)
        for text in texts:
            expected, got = pattern.search(text), parts.search(text)
            assert (expected and (expected.span(), expected.groupdict())) == (got and (got.span(), got.groupdict())), text
