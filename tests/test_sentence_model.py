"""The learned second reader for organisational learning (casekit.sentence_model) and how the rules consult it.

All report texts here are written for these tests and describe no real event."""

import subprocess
import sys

import pytest

from casekit import rules, sentence_model
from casekit.page import parse_page
from tests.conftest import ROOT, needs_shared

HEAD = "Test case - Kent Police, May 2021\n\nPublished 1 Jan 2023\nInvestigation\n\nAn officer attended a call in Ashford. "


def page_of(*sentences: str):
    return parse_page(HEAD + " ".join(sentences) + "\n")


# a toy training set in the project's own words: enough for every class and for bigrams seen twice
TOY = [
    ("The force has since changed its custody policy.", "yes"),
    ("The force has since changed its training for call handlers.", "yes"),
    ("We recommended the force change its guidance.", "yes"),
    ("We found no learning for the force.", "no"),
    ("We found no learning for the force in this case.", "no"),
    ("There was no learning for the force to change.", "no"),
    ("The officer attended a training course last year.", "none"),
    ("The policy says officers must check the cells.", "none"),
    ("The officer was under review for an earlier matter.", "none"),
    ("The officer reviewed the footage the next day.", "none"),
]


def test_probabilities_are_scikit_learns():
    """The plain-Python arithmetic extraction uses gives the probabilities scikit-learn's fitted model gives."""
    pytest.importorskip("sklearn")
    sentences, targets = [s for s, _ in TOY], [t for _, t in TOY]
    vectorizer, classifier = sentence_model.fit(sentences, targets)
    model = sentence_model.train(sentences, targets)
    unseen = ["The force has since changed its policy on training.", "No learning was found for the force.",
              "A sentence with no word the model knows"]
    expected = classifier.predict_proba(vectorizer.transform(sentences + unseen))
    for sentence, row in zip(sentences + unseen, expected):
        ours = sentence_model.probabilities(sentence, model)
        assert [ours[c] for c in classifier.classes_] == pytest.approx(list(row), abs=1e-5)


def test_ngrams_are_the_vectorisers():
    assert sentence_model.ngrams("We found NO learning, a b.") == ["we", "found", "no", "learning", "we found", "found no",
                                                                   "no learning"]


def test_training_examples_come_from_the_labels_and_the_rules_evidence():
    unstated = page_of("The officer reviewed the footage.", "He drove back to the station.")
    assert sentence_model.training_examples(unstated, "not_stated") == [("The officer reviewed the footage.", "none")]
    learned = page_of("We recommended that Kent Police review its policy on cell checks.")
    examples = sentence_model.training_examples(learned, "yes")
    assert examples == [("We recommended that Kent Police review its policy on cell checks.", "yes")]
    # the rules read it otherwise than its label: which sentence carries the label is not known, so nothing is taught
    assert sentence_model.training_examples(learned, "no") == []


def test_the_rules_come_first():
    page = page_of("We recommended that Kent Police review its policy on cell checks.")
    found = rules.organisational_learning(page)
    assert found.value == "yes" and not found.rule.startswith("sentence model")


@pytest.mark.parametrize("sentence", [
    "The constabulary told us it is rewriting its guidance for control room supervisors so that such calls are graded higher.",
    "Kent Police has since worked on improving how its control room grades calls from vulnerable people.",
])
def test_the_model_reads_a_wording_no_rule_knows(sentence):
    page = page_of(sentence, "The officer left the scene.")
    assert rules.learning_by_rules(page).value == "not_stated"
    found = rules.organisational_learning(page)
    assert found.value == "yes"
    assert [span.text for span in found.evidence] == [sentence]
    assert found.rule.startswith("sentence model (P=")


def test_someone_elses_no_is_not_offered_to_the_model():
    """The model is sure this is a "no", but it is the coroner's answer, not ours (as the rules hold too)."""
    sentence = "The coroner considered whether the force needed to change anything and concluded that it did not."
    assert sentence_model.probabilities(sentence)["no"] > sentence_model.THRESHOLD
    assert rules.organisational_learning(page_of(sentence)).value == "not_stated"


def test_learning_for_the_people_involved_is_not_offered_as_a_yes():
    about_people = "The inspector identified learning for the two response officers about recording their decisions."
    assert not rules._may_say_yes(about_people)
    assert rules._may_say_yes("Kent Police has since worked on improving how its control room grades calls.")


def test_most_confident_takes_the_surest_allowed_sentence():
    sure, surer = "We found no learning for the force.", "Kent Police has since changed its custody policy and its training."
    pairs = [(1, sure), (2, surer)]
    anything = {"yes": lambda text: True, "no": lambda text: True}
    value, sentence, probability = sentence_model.most_confident(pairs, anything)
    assert probability == max(max(sentence_model.probabilities(t)[v] for v in ("yes", "no")) for _, t in pairs)
    only_no = {"yes": lambda text: False, "no": lambda text: True}
    assert sentence_model.most_confident(pairs, only_no)[0] == "no"
    assert sentence_model.most_confident(pairs, {"yes": lambda text: False, "no": lambda text: False}) is None


@needs_shared
def test_the_shipped_model_is_what_training_gives_today():
    """A rule change that moves the rules' evidence on the labelled reports must come with a retrained model."""
    pytest.importorskip("sklearn")
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "train_learning_model.py"), "--check"],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr + "\nretrain: python scripts/train_learning_model.py"
