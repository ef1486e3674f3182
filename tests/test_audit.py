"""The headline rates from hand labels beside the same rates from the extraction."""

import math

import pytest

from casekit import audit


def person(grade="gross_misconduct", proceedings="hearing", left="no", outcome="gross_misconduct_proven",
           sanction="dismissed", barred=False):
    return {"role": "officer", "grade": grade, "proceedings": proceedings, "left_before_proceedings": left,
            "outcome": outcome, "sanction": sanction, "barred_list": barred}


def row(frame, people, measure, among):
    found = frame[(frame["people"] == people) & (frame["measure"] == measure) & (frame["among"] == among)]
    assert len(found) == 1
    return found.iloc[0]


def test_a_missed_finding_lowers_the_floor_rate_but_not_the_stated_one():
    gold = {f"r{n}": {"subjects": [person()]} for n in range(10)}
    predicted = {key: {"subjects": [person()]} for key in gold}
    predicted["r0"] = {"subjects": [person(outcome="not_stated", sanction="not_stated")]}
    compared = audit.measure_comparison(gold, predicted)
    floor = row(compared, "gross misconduct", "found proven", "all with a case to answer")
    assert (floor["k_labels"], floor["n_labels"], floor["k_extracted"], floor["n_extracted"]) == (10, 10, 9, 10)
    assert floor["difference_points"] == pytest.approx(-10.0)
    low, high = floor["difference_interval"]
    assert low < -9 / 100 < high <= 0.0  # paired: every resample can only lose, never gain
    stated = row(compared, "gross misconduct", "found proven", "those with a stated finding")
    assert (stated["k_extracted"], stated["n_extracted"]) == (9, 9) and stated["difference_points"] == pytest.approx(0.0)


def test_extra_and_missing_people_change_the_denominators_and_no_case_people_are_not_counted():
    gold = {"a": {"subjects": [person(), person(grade="no_case", outcome="not_stated", sanction="not_stated")]},
            "b": {"subjects": [person(grade="misconduct", proceedings="meeting", outcome="not_proven", sanction="not_stated")]}}
    predicted = {"a": {"subjects": [person(), person()]}}  # an invented person in a, nobody found in b
    compared = audit.measure_comparison(gold, predicted)
    either = row(compared, "either grade", "left before proceedings", "all with a case to answer")
    assert (either["n_labels"], either["n_extracted"]) == (2, 2)
    proven = row(compared, "either grade", "found proven", "all with a case to answer")
    assert (proven["k_labels"], proven["k_extracted"]) == (1, 2)


def test_the_readers_table_says_none_and_never_minus_zero():
    gold = {"a": {"subjects": [person(grade="misconduct", proceedings="meeting", outcome="misconduct_proven",
                                      sanction="written_warning")]}}
    frame = audit.measure_comparison_frame(audit.measure_comparison(gold, gold))
    gross = frame[frame["people"] == "gross misconduct"]
    assert set(gross["from the hand labels"]) == {"none"} and set(gross["difference, points (95% interval)"]) == {"–"}
    either = frame[frame["people"] == "either grade"]
    assert either["from the hand labels"].str.endswith("(few cases)").all()
    assert not frame["difference, points (95% interval)"].str.contains("-0").any()
    assert audit._points(-0.4) == "0" and audit._points(4.6) == "+5" and audit._points(-7.2) == "-7"


def test_identical_extraction_moves_nothing():
    gold = {f"r{n}": {"subjects": [person(), person(left="resigned", sanction="would_have_been_dismissed")]} for n in range(5)}
    compared = audit.measure_comparison(gold, gold)
    assert (compared["difference_points"].dropna() == 0).all()
    assert all(interval == (0.0, 0.0) or math.isnan(interval[0]) for interval in compared["difference_interval"])
