"""The learned second opinion on organisational learning (casekit.learned) and how the rule uses it."""

import json
import runpy

import pytest

from casekit import extract_text, learned, rules
from casekit.learned import LinearTextModel
from casekit.sources import PROJECT_ROOT

TITLE = "Fictional case – Exampleshire Police, April 2021\n\n"


def test_scoring_matches_scikit_learn_on_a_model_exported_by_the_training_script():
    pytest.importorskip("sklearn")
    script = runpy.run_path(str(PROJECT_ROOT / "scripts" / "train_learning_model.py"))
    pages = [f"The force {verb} its {thing} after the review." for verb in ("changed", "kept", "rewrote", "dropped")
             for thing in ("lanyard rules", "policy", "rota", "training plan")]
    targets = [" changed " in page or " rewrote " in page for page in pages]
    settings = dict(script["SETTINGS"], min_df=1, max_features=50)
    vectorizer, model = script["fit"](pages, targets, settings)
    numbers = script["exported"](vectorizer, model, settings)
    shipped = LinearTextModel({g: (i, w) for g, i, w in numbers["vocabulary"]}, numbers["intercept"], 0.8, 2)
    for text in pages + ["An unseen page: the force rewrote its rota twice, twice, and nothing else."]:
        assert shipped.probability(text) == pytest.approx(model.predict_proba(vectorizer.transform([text]))[0, 1], abs=1e-6)


def test_the_shipped_model_was_not_trained_on_the_parts_that_judge_it():
    data = json.loads(learned.MODEL_PATH.read_text(encoding="utf-8"))
    trained_on = " ".join(data["trained_on"])
    assert "check-4 left out" in trained_on
    assert not any(part in trained_on for part in ("check-8", "check-9", "check-10"))
    assert data["threshold"] == 0.8 and len(data["vocabulary"]) <= data["max_features"]
    assert learned.learning_model() is not None


@pytest.fixture
def confident_about_lanyards(monkeypatch):
    """A stand-in model: any page mentioning a lanyard reads as learning."""
    model = LinearTextModel({"lanyard": (1.0, 20.0)}, intercept=-5.0, threshold=0.8, ngram_max=2)
    monkeypatch.setattr(rules, "learning_model", lambda: model)
    return model


def learning(body):
    record = extract_text(TITLE + body)
    evidence = [e for e in record.evidence if e.field == "organisational_learning"]
    return record.fields["organisational_learning"], evidence


def test_a_confident_model_fills_a_silent_page_with_a_practice_sentence_as_evidence(confident_about_lanyards):
    value, evidence = learning("A visitor walked into the custody suite unchallenged. PC A was spoken to about the lanyard policy. "
                               "The lanyard policy now covers visitors.")
    assert value == "yes"
    assert len(evidence) == 1 and evidence[0].rule.startswith("learned model: probability")
    assert evidence[0].sentence == "The lanyard policy now covers visitors."  # not the one about PC A


def test_the_rules_answer_first_and_a_page_without_practice_words_stays_silent(confident_about_lanyards):
    value, evidence = learning("The investigation did not identify any organisational learning. The lanyard policy was fine.")
    assert value == "no" and not evidence[0].rule.startswith("learned")
    assert learning("Nobody wore a lanyard that night.")[0] == "not_stated"  # no sentence about practice to show


def test_an_unsure_model_changes_nothing(monkeypatch):
    monkeypatch.setattr(rules, "learning_model", lambda: LinearTextModel({"lanyard": (1.0, 0.1)}, -5.0, 0.8, 2))
    assert learning("The lanyard policy now covers visitors.")[0] == "not_stated"


def test_the_model_ships_with_the_package():
    import tomllib

    data = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    shipped = data["tool"]["setuptools"]["package-data"]["casekit"]
    assert any(learned.MODEL_PATH.match(f"*/{pattern}") for pattern in shipped)
