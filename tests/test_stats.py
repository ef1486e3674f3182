"""Statistics helpers against values computed by hand or by scipy."""

import math

import numpy as np
import pandas as pd
import pytest
from scipy import stats as sps

from casekit import stats


def wilson_by_hand(k, n, z=1.959963984540054):
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return centre - half, centre + half


@pytest.mark.parametrize("k, n", [(5, 20), (0, 7), (7, 7), (207, 266), (1, 1)])
def test_wilson_matches_the_formula(k, n):
    low, high = stats.wilson(k, n)
    exp_low, exp_high = wilson_by_hand(k, n)
    assert float(low) == pytest.approx(exp_low, abs=1e-9) and float(high) == pytest.approx(exp_high, abs=1e-9)


def test_wilson_known_value_and_empty_denominator():
    low, high = stats.wilson(5, 20)
    assert (round(float(low), 4), round(float(high), 4)) == (0.1119, 0.4687)
    low, high = stats.wilson(np.array([0]), np.array([0]))
    assert np.isnan(low[0]) and np.isnan(high[0])


def test_rate_frame_flags_small_groups():
    frame = stats.rate_frame(pd.Series([3, 40], index=["a", "b"]), pd.Series([5, 100], index=["a", "b"]))
    assert frame["small"].tolist() == [True, False]
    assert frame.loc["b", "rate"] == 0.4


def test_funnel_limits_are_binomial_quantiles():
    limits = stats.funnel_limits(0.2, [10, 50])
    assert limits.loc[1, "lower_0.95"] == sps.binom.ppf(0.025, 50, 0.2) / 50
    assert limits.loc[1, "upper_0.998"] == sps.binom.ppf(0.999, 50, 0.2) / 50
    assert (limits["lower_0.998"] <= limits["lower_0.95"]).all() and (limits["upper_0.95"] <= limits["upper_0.998"]).all()


def test_funnel_table_marks_outliers():
    subjects = pd.DataFrame({"force": ["A"] * 100 + ["B"] * 100, "flag": [True] * 90 + [False] * 10 + [True] * 10 + [False] * 90})
    rates, p0 = stats.funnel_table(subjects, "force", "flag")
    assert p0 == 0.5 and rates["outside_0.998"].all()


def test_association_uses_fisher_for_small_2x2_and_chi_square_for_large():
    small = pd.DataFrame([[3, 1], [1, 3]])
    result = stats.association_test(small)
    assert result.test == "Fisher's exact" and result.p_value == pytest.approx(sps.fisher_exact([[3, 1], [1, 3]]).pvalue)
    large = pd.DataFrame([[30, 20], [20, 30]])
    result = stats.association_test(large)
    assert result.test == "chi-square" and result.p_value == pytest.approx(sps.chi2_contingency(large.to_numpy()).pvalue)


def test_association_permutation_for_small_larger_tables_is_reproducible():
    table = pd.DataFrame([[4, 1, 0], [1, 2, 5]])
    first, second = stats.association_test(table), stats.association_test(table)
    assert first.test == "permutation chi-square" and first.p_value == second.p_value and 0 < first.p_value < 1


def test_describe_rate_says_when_cases_are_few():
    assert stats.describe_rate(2, 5).endswith("read with care")
    assert stats.describe_rate(12, 40) == "12 of 40 (30%, 95% CI 18%–45%)"
    assert stats.describe_rate(0, 0) == "no cases"


def people(rows):
    """Case-to-answer people from (report, outcome, left_before_proceedings, sanction) tuples, as subject_frame makes them."""
    subjects = pd.DataFrame(rows, columns=["report_id", "outcome", "left_before_proceedings", "sanction"])
    subjects["subject_index"] = range(len(subjects))
    subjects = subjects.assign(role="officer", grade="gross_misconduct", proceedings="hearing", barred_list=False)
    reports = pd.DataFrame({"report_id": sorted(set(subjects["report_id"])), "force": "F", "incident_year": 2019,
                            "incident_month": "2019-01", "iopc_ref": None, "title": "t"})
    return stats.subject_frame({"reports": reports, "subjects": subjects})


def test_rates_that_can_count_unstated_outcomes_are_given_over_both_denominators():
    cases = people([("a", "gross_misconduct_proven", "no", "dismissed"), ("a", "not_proven", "no", "no_further_action"),
                    ("b", "not_stated", "not_stated", "not_stated"), ("b", "not_held", "resigned", "not_stated"),
                    ("b", "misconduct_proven", "no", "final_written_warning")])
    table = stats.measure_rates(cases, ["proven", "left_before"]).set_index(["measure", "denominator"])
    assert table.loc[("found proven", stats.ALL_CASES), ["k", "n"]].tolist() == [2, 5]
    # a finding is stated for the two proven and the one not proven; "not held" is no finding
    assert table.loc[("found proven", "those with a stated finding"), ["k", "n"]].tolist() == [2, 3]
    assert table.loc[("left before proceedings", "those whose leaving or staying is stated"), ["k", "n"]].tolist() == [1, 4]
    assert len(stats.measure_rates(cases, ["barred_list"])) == 1  # never "not stated": one denominator


def test_force_comparison_pairs_the_force_with_all_forces_row_by_row():
    cases = people([("a", "gross_misconduct_proven", "no", "dismissed")] * 3 + [("b", "not_proven", "no", "not_stated")] * 5)
    comparison = stats.force_comparison(cases, ["a"], "Force A")
    assert comparison["group"].tolist()[:4] == ["Force A", "all forces", "Force A", "all forces"]
    pairs = comparison.groupby(["measure", "denominator"], sort=False)["group"].apply(list)
    assert all(groups == ["Force A", "all forces"] for groups in pairs)
    first = comparison.iloc[:2]
    assert first[["k", "n"]].values.tolist() == [[3, 3], [3, 8]]
    wide = stats.side_by_side(comparison)
    assert list(wide.columns) == ["measure", "among", "Force A", "all forces"] and len(wide) == len(pairs)
    assert wide.iloc[0]["all forces"].startswith("3 of 8: 38%") and wide.iloc[0]["Force A"].endswith("(few cases)")


def test_force_counts_count_a_report_for_every_force_it_names():
    reports = pd.DataFrame({"report_id": ["a", "b", "c"],
                            "forces": [["Kent Police", "Essex Police"], ["Kent Police"], []]})
    cases = pd.DataFrame({"report_id": ["a", "a", "b", "c"]})
    counts = stats.force_counts(reports, cases)
    assert counts.to_dict("index") == {"Essex Police": {"reports": 1, "cases": 2},
                                       "Kent Police": {"reports": 2, "cases": 3}}
    assert stats.reports_naming(reports, "Essex Police")["report_id"].tolist() == ["a"]
    assert stats.reports_naming(reports, "Dorset Police").empty


def test_group_small_leaves_a_single_small_group_alone():
    frame = stats.rate_frame(pd.Series([1, 5]), pd.Series([2, 50]))
    frame.insert(0, "force", ["tiny", "big"])
    assert stats.group_small(frame, "force", 10)["force"].tolist() == ["tiny", "big"]


def test_every_rate_table_flags_small_numbers_at_the_threshold_its_wording_names():
    # a page that sets min_group flags and words small rates by that number, in every table
    subjects = pd.DataFrame({"force": ["A"] * 7 + ["B"] * 30, "flag": [True] * 3 + [False] * 4 + [True] * 10 + [False] * 20})
    rates, _ = stats.funnel_table(subjects, "force", "flag", small_n=5)
    assert not rates["small"].any()
    reports = pd.DataFrame({"forces": [["Kent Police"]] * 7, "incident_month": ["2020-01"] * 7, "published": [None] * 7,
                            "iopc_ref": [None] * 7, "tags": [[]] * 7, "criminal_indication": ["no"] * 7,
                            "cps_referral": ["no"] * 7, "organisational_learning": ["no"] * 7})
    assert stats.extraction_coverage(reports)["small"].all() and not stats.extraction_coverage(reports, 5)["small"].any()
    assert stats.describe_rate(3, 7).endswith("read with care") and not stats.describe_rate(3, 7, small_n=5).endswith("read with care")


def test_wilson_agrees_with_scipys_binomtest_for_many_counts_at_once():
    k = np.array([0, 1, 5, 7, 207, 3])
    n = np.array([7, 1, 20, 7, 266, 40])
    low, high = stats.wilson(k, n, level=0.9)
    for i in range(len(k)):
        expected = sps.binomtest(int(k[i]), int(n[i])).proportion_ci(0.9, method="wilson")
        assert (low[i], high[i]) == (pytest.approx(expected.low, abs=1e-12), pytest.approx(expected.high, abs=1e-12))
