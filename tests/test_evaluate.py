"""Scoring against hand labels: whole tuples, per attribute, and restriction to a split."""

import json
import math

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


def _reports(right: int, wrong: int, people_per_report: int = 1) -> tuple[dict, dict]:
    """``right`` reports extracted exactly and ``wrong`` with every person's sanction misread."""
    gold, predicted = {}, {}
    for number in range(right + wrong):
        people = [subject() for _ in range(people_per_report)]
        gold[f"r{number}"] = {"subjects": people}
        misread = number >= right
        predicted[f"r{number}"] = {"subjects": [subject(sanction="management_action") if misread else subject()
                                                for _ in range(people_per_report)]}
    return gold, predicted


def test_the_f1_interval_holds_the_estimate_and_narrows_with_more_reports():
    small, large = score(*_reports(16, 4)), score(*_reports(160, 40))
    assert round(small.f1, 4) == round(large.f1, 4)
    (small_low, small_high), (large_low, large_high) = small.f1_interval(), large.f1_interval()
    assert small_low < small.f1 < small_high and large_low < large.f1 < large_high
    assert large_high - large_low < (small_high - small_low) * 0.6
    assert small.f1_interval() == small.f1_interval()  # seeded: a quoted figure is reproducible


def test_the_f1_interval_resamples_reports_so_errors_clustered_in_one_report_widen_it():
    # same people and same errors: 5 of 25 wrong, either spread over 5 reports or all in one
    spread = score(*_reports(20, 5))
    gold, predicted = _reports(20, 0)
    gold["big"] = {"subjects": [subject() for _ in range(5)]}
    predicted["big"] = {"subjects": [subject(outcome="not_proven") for _ in range(5)]}
    clustered = score(gold, predicted)
    assert (clustered.tp, clustered.fp, clustered.fn) == (spread.tp, spread.fp, spread.fn)
    width = lambda s: s.f1_interval()[1] - s.f1_interval()[0]
    assert width(clustered) > width(spread)


def test_a_perfect_score_still_has_an_interval_below_one():
    perfect = score(*_reports(20, 0))
    low, high = perfect.f1_interval()
    # no error seen: Wilson for 20 of 20 people matched (0.8389-1), mapped to F1 = 2J / (1 + J)
    assert perfect.f1 == 1.0 and high == 1.0 and round(low, 4) == 0.9124
    field_low, field_high = perfect.accuracy_interval("forces")
    assert field_high == 1.0 and round(field_low, 4) == 0.8389


def test_nothing_matched_is_not_a_certain_zero():
    gold, predicted = _reports(20, 0)
    low, high = score(gold, {}).f1_interval()
    assert low == 0.0 and 0.2 < high < 0.4


def test_reports_without_people_do_not_drag_the_interval_down():
    # 14 people in 3 of 340 reports, one person misread: resamples that miss all
    # three reports must not count as F1 = 0
    gold, predicted = _reports(336, 0, people_per_report=0)
    for number, size in ((0, 5), (1, 5), (2, 4)):
        gold[f"p{number}"] = {"subjects": [subject() for _ in range(size)]}
        predicted[f"p{number}"] = {"subjects": [subject() for _ in range(size)]}
    predicted["p2"]["subjects"][0] = subject(outcome="not_proven")
    sparse = score(gold, predicted)
    low, high = sparse.f1_interval()
    assert low > 0.7 and low < sparse.f1 < high


def test_a_higher_confidence_level_gives_a_wider_interval():
    result = score(*_reports(30, 10))
    (low_50, high_50), (low_95, high_95) = result.f1_interval(level=0.5), result.f1_interval()
    assert low_95 < low_50 < result.f1 < high_50 < high_95


def test_intervals_are_undefined_without_people_and_say_so_in_json():
    nobody = score({"a": {"subjects": []}, "b": {"subjects": []}}, {})
    assert all(math.isnan(x) for x in nobody.f1_interval())
    summary = nobody.summary()
    assert summary["subjects"]["f1_ci95"] == [None, None]
    assert summary["fields_ci95"]["forces"][0] is not None
    json.dumps(summary, allow_nan=False)  # no NaN reaches the JSON
    one = score(*_reports(0, 1))  # people in one report: nothing to resample, so Wilson on the people
    low, high = one.f1_interval()
    assert low == 0.0 and 0.5 < high < 1


def test_a_change_is_measured_on_the_same_reports_with_a_paired_interval():
    from casekit.evaluate import f1_change

    gold, worse = _reports(20, 20)
    _, better = _reports(40, 0)
    broad = f1_change(score(gold, worse), score(gold, better))
    assert broad.change > 0.3 and 0 < broad.low <= broad.change <= broad.high  # twenty reports mended: clearly real
    one_mended = dict(worse, r20=better["r20"])
    narrow = f1_change(score(gold, worse), score(gold, one_mended))
    assert narrow.change > 0 and narrow.low == 0.0  # one report mended: could be which reports the part holds
    same = f1_change(score(gold, worse), score(gold, worse))
    assert (same.change, same.low, same.high) == (0.0, 0.0, 0.0)
    with pytest.raises(ValueError, match="different label sets"):
        f1_change(score(gold, worse), score({"a": {"subjects": []}}, {}))
    renamed = {f"x{key}": label for key, label in gold.items()}
    with pytest.raises(ValueError, match="different label sets"):  # as many reports, but not the same ones
        f1_change(score(gold, worse), score(renamed, {}))


def test_evaluate_prints_the_change_from_a_baseline_extraction(tmp_path, capsys):
    from casekit.cli import main

    gold, worse = _reports(10, 10)
    _, better = _reports(20, 0)
    (tmp_path / "labels").mkdir()
    for key, label in gold.items():
        (tmp_path / "labels" / f"{key}.json").write_text(json.dumps(label))
    for name, predictions in (("before", worse), ("after", better)):
        (tmp_path / f"{name}.jsonl").write_text("".join(json.dumps(dict(p, id=k)) + "\n" for k, p in predictions.items()))
    assert main(["evaluate", str(tmp_path), str(tmp_path / "after.jsonl"), "--baseline", str(tmp_path / "before.jsonl")]) == 0
    assert "0.500 -> 1.000, +0.500 (95% interval +0." in capsys.readouterr().out
    assert main(["evaluate", str(tmp_path), str(tmp_path / "after.jsonl"), "--json", "--baseline", str(tmp_path / "after.jsonl")]) == 0
    assert json.loads(capsys.readouterr().out)["change_from_baseline"]["change_ci95"] == [0.0, 0.0]
    assert main(["evaluate", str(tmp_path), str(tmp_path / "before.jsonl"), "--rates"]) == 0
    printed = capsys.readouterr().out
    assert "headline rates on these reports" in printed and "20 of 20: 100% (84%–100%)" in printed
    (tmp_path / "other.jsonl").write_text(json.dumps({"id": "elsewhere", "subjects": []}) + "\n")
    assert main(["evaluate", str(tmp_path), str(tmp_path / "after.jsonl"), "--baseline", str(tmp_path / "other.jsonl")]) == 1
    assert "no prediction for any of the 20 labelled reports" in capsys.readouterr().err


def test_the_interval_does_not_depend_on_the_order_reports_arrive_in():
    gold, predicted = _reports(30, 10)
    reversed_gold = dict(reversed(list(gold.items())))
    assert score(gold, predicted).f1_interval() == score(reversed_gold, predicted).f1_interval()
