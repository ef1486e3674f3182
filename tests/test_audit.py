"""The headline rates from hand labels beside the same rates from the extraction."""

import pytest

from casekit import audit


def person(grade="gross_misconduct", proceedings="hearing", left="no", outcome="gross_misconduct_proven",
           sanction="dismissed", barred=False):
    return {"role": "officer", "grade": grade, "proceedings": proceedings, "left_before_proceedings": left,
            "outcome": outcome, "sanction": sanction, "barred_list": barred}


def row(long, people, measure, denominator, group=audit.LABELS):
    found = long[(long["people"] == people) & (long["measure"] == measure) & (long["denominator"] == denominator)
                 & (long["group"] == group)]
    assert len(found) == 1
    return found.iloc[0]


def test_a_missed_finding_lowers_the_floor_rate_but_not_the_stated_one():
    gold = {f"r{n}": {"subjects": [person()]} for n in range(10)}
    predicted = {key: {"subjects": [person()]} for key in gold}
    predicted["r0"] = {"subjects": [person(outcome="not_stated", sanction="not_stated")]}
    long = audit.measure_comparison(gold, predicted)
    labels = row(long, "gross misconduct", "found proven", "all with a case to answer")
    extracted = row(long, "gross misconduct", "found proven", "all with a case to answer", audit.EXTRACTED)
    assert (labels["k"], labels["n"], extracted["k"], extracted["n"]) == (10, 10, 9, 10)
    assert labels["difference_points"] == extracted["difference_points"] == pytest.approx(-10.0)
    assert labels["difference_low"] < -9 < labels["difference_high"] <= 0.0  # every resample can only lose
    stated = row(long, "gross misconduct", "found proven", "those with a stated finding", audit.EXTRACTED)
    assert (stated["k"], stated["n"]) == (9, 9) and stated["difference_points"] == pytest.approx(0.0)


def test_the_difference_interval_pairs_the_reports():
    # labels vary from report to report and the extraction follows them but for one finding: resampled
    # together the sides move as one and the interval hugs -2.5 points; resampled apart it would span ±20
    outcomes = ["gross_misconduct_proven", "not_proven"] * 20
    gold = {f"r{n}": {"subjects": [person(outcome=o, sanction="not_stated")]} for n, o in enumerate(outcomes)}
    predicted = dict(gold, r0={"subjects": [person(outcome="not_proven", sanction="not_stated")]})
    first = row(audit.measure_comparison(gold, predicted), "either grade", "found proven", "all with a case to answer")
    assert first["difference_points"] == pytest.approx(-2.5)
    assert (first["difference_low"], first["difference_high"]) == (pytest.approx(-7.5), pytest.approx(0.0))


def test_extra_and_missing_people_change_the_denominators_and_no_case_people_are_not_counted():
    gold = {"a": {"subjects": [person(), person(grade="no_case", outcome="not_stated", sanction="not_stated")]},
            "b": {"subjects": [person(grade="misconduct", proceedings="meeting", outcome="not_proven", sanction="not_stated")]}}
    predicted = {"a": {"subjects": [person(), person()]}}  # an invented person in a, nobody found in b
    long = audit.measure_comparison(gold, predicted)
    labels = row(long, "either grade", "found proven", "all with a case to answer")
    extracted = row(long, "either grade", "found proven", "all with a case to answer", audit.EXTRACTED)
    assert (labels["k"], labels["n"], extracted["k"], extracted["n"]) == (1, 2, 2, 2)
    # two reports are too few to resample: the reader is told so rather than shown a bound
    shown = audit.measure_comparison_frame(long)
    assert shown.loc[0, "difference, points (95% interval)"] == "+50 (no interval: too few reports, or no spread between resamples)"


def test_the_readers_table_marks_empty_and_identical_and_never_says_minus_zero():
    gold = {f"r{n}": {"subjects": [person(grade="misconduct", proceedings="meeting", outcome="misconduct_proven",
                                          sanction="written_warning")]} for n in range(6)}
    frame = audit.measure_comparison_frame(audit.measure_comparison(gold, gold))
    assert list(frame.columns) == ["people", "measure", "among", audit.LABELS, audit.EXTRACTED,
                                   "difference, points (95% interval)"]
    gross = frame[frame["people"] == "gross misconduct"]
    assert set(gross[audit.LABELS]) == {"–"} and set(gross["difference, points (95% interval)"]) == {"–"}
    either = frame[frame["people"] == "either grade"]
    assert either[audit.LABELS].str.endswith("(few cases)").all()
    assert set(either["difference, points (95% interval)"]) == {"0 (the same on every report)"}
    assert [audit._points(v) for v in (-0.4, 2.5, -2.5, 4.6, -7.2)] == ["0", "+3", "-3", "+5", "-7"]
