"""Official figures beside the corpus: each measure counted over the people whose result is stated."""

import pandas as pd
import pytest

from casekit import reference, stats


def cases_from(rows):
    """People with a case to answer from (proceedings, outcome, left_before_proceedings, barred_list) tuples."""
    subjects = pd.DataFrame(rows, columns=["proceedings", "outcome", "left_before_proceedings", "barred_list"])
    subjects = subjects.assign(report_id="a", subject_index=range(len(subjects)), role="officer",
                               grade="gross_misconduct", sanction="not_stated")
    reports = pd.DataFrame({"report_id": ["a"], "force": "F", "incident_year": 2019, "incident_month": "2019-01",
                            "iopc_ref": None, "title": "t"})
    return stats.subject_frame({"reports": reports, "subjects": subjects})


def test_counterparts_count_only_stated_results():
    cases = cases_from([
        ("hearing", "gross_misconduct_proven", "no", False),
        ("accelerated_hearing", "misconduct_proven", "no", False),
        ("hearing", "not_stated", "no", False),          # no finding given: outside the hearing denominator
        ("meeting", "misconduct_proven", "no", False),
        ("meeting", "not_proven", "no", False),
        ("none", "not_held", "resigned", True),
        ("hearing", "gross_misconduct_proven", "no", True),
    ])
    counts = reference.corpus_counterparts(cases)
    assert counts["grade_gross_misconduct_hearing_proven"] == (2, 3)
    assert counts["meeting_proven"] == (1, 2)
    assert counts["proven_after_iopc"] == (4, 5)
    assert counts["barred_former"] == (1, 2)


def test_every_comparable_official_figure_has_a_counterpart():
    comparable = set(reference.official_statistics()["comparable_with"].dropna())
    assert comparable == set(reference.corpus_counterparts(cases_from([("none", "not_stated", "not_stated", False)])))


def test_beside_official_cites_the_figure_and_flags_a_small_corpus_share():
    table = reference.beside_official(cases_from([("meeting", "misconduct_proven", "no", False)]), ["meeting_proven"])
    assert table["measure"].tolist() == ["misconduct proven at meetings"]
    assert table.loc[0, "official figure"].startswith("79% (Home Office")
    assert table.loc[0, "these summaries"].startswith("1 of 1")


def test_beside_official_refuses_a_measure_it_cannot_count():
    with pytest.raises(ValueError, match="no corpus counterpart"):
        reference.beside_official(cases_from([("none", "not_stated", "not_stated", False)]), ["arrests"])
