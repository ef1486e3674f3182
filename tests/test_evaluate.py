"""Scoring against hand labels: whole tuples, per attribute, and restriction to a split."""

import json

import pytest

from casekit.evaluate import load_gold, read_ids, score


def subject(grade="misconduct", proceedings="meeting", left="no", outcome="misconduct_proven", sanction="written_warning"):
    return {"role": "officer", "grade": grade, "proceedings": proceedings, "left_before_proceedings": left,
            "outcome": outcome, "sanction": sanction, "barred_list": False}


def test_a_wrong_sanction_misses_the_tuple_but_only_the_sanction_attribute():
    gold = {"a": {"subjects": [subject(), subject(grade="no_case")]}}
    predicted = {"a": {"subjects": [subject(sanction="management_action")]}}
    result = score(gold, predicted)
    assert (result.tp, result.fp, result.fn) == (0, 1, 1)
    attributes = result.summary()["attributes"]
    assert attributes["sanction"] == 0.0
    assert attributes["grade"] == attributes["proceedings"] == attributes["outcome"] == 1.0


def test_no_case_subjects_are_not_scored_and_an_extra_person_is_a_false_positive():
    gold = {"a": {"subjects": [subject()]}}
    predicted = {"a": {"subjects": [subject(), subject(), subject(grade="no_case")]}}
    result = score(gold, predicted)
    assert (result.tp, result.fp, result.fn) == (1, 1, 0)
    assert result.attributes["grade"].precision == 0.5


def test_a_split_scores_only_its_ids_and_refuses_unlabelled_ones(tmp_path):
    for name in ("r0001", "r0002"):
        (tmp_path / f"{name}.json").write_text(json.dumps({"subjects": []}))
    ids = tmp_path / "check.txt"
    ids.write_text("# check part\nr0002\n\n")
    assert read_ids(ids) == ["r0002"]
    assert list(load_gold(tmp_path, read_ids(ids))) == ["r0002"]
    with pytest.raises(ValueError, match="r0003"):
        load_gold(tmp_path, ["r0002", "r0003"])


def test_a_folder_of_another_labellers_labels_scores_as_predictions(tmp_path):
    from casekit.evaluate import load_predictions

    (tmp_path / "r0001.json").write_text(json.dumps({"subjects": [subject()]}))
    assert load_predictions(tmp_path) == {"r0001": {"subjects": [subject()]}}
