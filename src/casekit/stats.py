"""Statistics: honest rates from the tables.

Every rate comes with its numerator, denominator and a 95% Wilson interval,
and is flagged when its denominator is small; tests of association stay valid
for small counts; funnel limits compare institutions with different volumes.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from .schema import CASE_TO_ANSWER

#: below this denominator a rate is flagged as resting on few cases
SMALL_N = 10
LEFT_VALUES = ("resigned", "retired", "left")
PROVEN = ("gross_misconduct_proven", "misconduct_proven")


def wilson(k, n, level: float = 0.95) -> tuple[np.ndarray, np.ndarray]:
    """Wilson score interval for k successes in n trials (NaN where n is 0)."""
    from statsmodels.stats.proportion import proportion_confint

    k = np.asarray(k, dtype=float)
    n = np.asarray(n, dtype=float)
    safe = np.where(n > 0, n, 1)
    low, high = proportion_confint(k, safe, alpha=1 - level, method="wilson")
    return np.where(n > 0, low, np.nan), np.where(n > 0, high, np.nan)


def rate_frame(k: pd.Series, n: pd.Series, small_n: int = SMALL_N, level: float = 0.95) -> pd.DataFrame:
    """k and n (indexed alike) as a table: k, n, rate, low, high, small."""
    low, high = wilson(k.to_numpy(), n.to_numpy(), level)
    n_values = n.to_numpy()
    out = pd.DataFrame({"k": k.astype(int), "n": n.astype(int)}, index=k.index)
    out["rate"] = np.where(n_values > 0, k.to_numpy() / np.where(n_values > 0, n_values, 1), np.nan)
    out["low"], out["high"] = low, high
    out["small"] = out["n"] < small_n
    return out


def subject_frame(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Subjects with their report's force, year and reference: the unit of most analyses."""
    reports = tables["reports"][["report_id", "force", "incident_year", "incident_month", "iopc_ref", "title"]]
    subjects = tables["subjects"].merge(reports, on="report_id", how="left", validate="many_to_one")
    subjects["left_before"] = subjects["left_before_proceedings"].isin(LEFT_VALUES)
    subjects["proven"] = subjects["outcome"].isin(PROVEN)
    return subjects


def case_subjects(subjects: pd.DataFrame) -> pd.DataFrame:
    return subjects[subjects["grade"].isin(CASE_TO_ANSWER)]


def crosstab(subjects: pd.DataFrame, row: str, column: str, small_n: int = SMALL_N) -> pd.DataFrame:
    """Long table of row x column counts, with each cell's share of its row and a Wilson interval."""
    counts = pd.crosstab(subjects[row], subjects[column])
    long = counts.stack().rename("k").reset_index()
    long["n"] = long[row].map(counts.sum(axis=1))
    rates = rate_frame(long["k"], long["n"], small_n)
    return pd.concat([long[[row, column]], rates], axis=1)


def rates_by(subjects: pd.DataFrame, by: str | list[str], flag: str, small_n: int = SMALL_N) -> pd.DataFrame:
    """Share of subjects with boolean column ``flag`` set, per group, with intervals."""
    grouped = subjects.groupby(by, dropna=False)[flag]
    return rate_frame(grouped.sum(), grouped.size(), small_n).reset_index()


@dataclass(frozen=True)
class Association:
    test: str
    statistic: float
    p_value: float
    note: str

    def __str__(self) -> str:
        return f"{self.test}: p = {self.p_value:.3g} ({self.note})"


def association_test(table: pd.DataFrame, seed: int = 2021) -> Association:
    """Test of association for a contingency table that stays valid for small counts.

    A chi-square test where every expected count is at least 5; otherwise
    Fisher's exact test for a 2x2 table, and a permutation chi-square test
    (exact in distribution, by resampling) for larger tables.
    """
    from scipy import stats

    table = table.loc[table.sum(axis=1) > 0, table.sum(axis=0) > 0]
    observed = table.to_numpy()
    if observed.shape[0] < 2 or observed.shape[1] < 2:
        return Association("none", float("nan"), float("nan"), "fewer than two non-empty rows or columns")
    expected = stats.contingency.expected_freq(observed)
    if (expected >= 5).all():
        result = stats.chi2_contingency(observed)
        return Association("chi-square", float(result.statistic), float(result.pvalue),
                           f"all expected counts at least 5; df = {result.dof}")
    if observed.shape == (2, 2):
        result = stats.fisher_exact(observed)
        return Association("Fisher's exact", float(result.statistic), float(result.pvalue),
                           "some expected counts below 5")
    method = stats.PermutationMethod(n_resamples=9999, rng=np.random.default_rng(seed))
    result = stats.chi2_contingency(observed, correction=False, method=method)
    return Association("permutation chi-square", float(result.statistic), float(result.pvalue),
                       "some expected counts below 5; 9,999 permutations")


def funnel_limits(p0: float, n: np.ndarray | list[int], levels: tuple[float, ...] = (0.95, 0.998)) -> pd.DataFrame:
    """Exact binomial control limits around the overall rate ``p0`` for each denominator ``n``.

    The limits used for comparing institutions (Spiegelhalter, Statistics in
    Medicine 2005): a unit outside the 95% limits is worth a look, outside
    99.8% is unlikely to be chance alone.
    """
    from scipy import stats

    n = np.asarray(n, dtype=int)
    out = pd.DataFrame({"n": n})
    for level in levels:
        tail = (1 - level) / 2
        lower = stats.binom.ppf(tail, n, p0) / np.where(n > 0, n, 1)
        upper = stats.binom.ppf(1 - tail, n, p0) / np.where(n > 0, n, 1)
        out[f"lower_{level:g}"] = np.clip(lower, 0, 1)
        out[f"upper_{level:g}"] = np.clip(upper, 0, 1)
    return out


def funnel_table(subjects: pd.DataFrame, by: str, flag: str, levels: tuple[float, ...] = (0.95, 0.998)) -> tuple[pd.DataFrame, float]:
    """Per-group k, n, rate and whether it lies outside each funnel limit; and the overall rate."""
    rates = rates_by(subjects, by, flag)
    p0 = float(rates["k"].sum() / rates["n"].sum()) if rates["n"].sum() else float("nan")
    limits = funnel_limits(p0, rates["n"].to_numpy(), levels)
    for level in levels:
        rates[f"outside_{level:g}"] = (rates["rate"] < limits[f"lower_{level:g}"]) | (rates["rate"] > limits[f"upper_{level:g}"])
    return rates, p0


def describe_rate(k: int, n: int, level: float = 0.95) -> str:
    """'12 of 40 (30%, 95% CI 18%–45%)', with a warning for small denominators."""
    if n == 0:
        return "no cases"
    low, high = wilson(k, n, level)
    text = f"{k} of {n} ({k / n:.0%}, {level:.0%} CI {float(low):.0%}–{float(high):.0%})"
    return text + (" — few cases, read with care" if n < SMALL_N else "")


def present(rates: pd.DataFrame, label_columns: list[str] | None = None) -> pd.DataFrame:
    """Rates for readers: 'k of n', the share with its interval, and a small-number flag."""
    label_columns = label_columns or [c for c in rates.columns if c not in ("k", "n", "rate", "low", "high", "small")]
    out = rates[label_columns].copy()
    out["cases"] = [f"{k} of {n}" for k, n in zip(rates["k"], rates["n"])]
    out["share (95% CI)"] = [
        "—" if n == 0 else f"{r:.0%} ({lo:.0%}–{hi:.0%})" for r, lo, hi, n in zip(rates["rate"], rates["low"], rates["high"], rates["n"])]
    out["note"] = np.where(rates["small"], f"fewer than {SMALL_N} cases", "")
    return out.reset_index(drop=True)


def extraction_coverage(reports: pd.DataFrame) -> pd.DataFrame:
    """Share of reports for which each field was found (not null, not 'not_stated', not empty)."""
    rows = []
    for column in ("forces", "incident_month", "published", "iopc_ref", "tags", "criminal_indication",
                   "cps_referral", "organisational_learning"):
        values = reports[column]
        if column in ("forces", "tags"):
            found = values.map(lambda v: len(v) > 0)
        elif column == "cps_referral":
            found = values == "yes"
        else:
            found = values.notna() & (values.astype("string") != "not_stated")
        rows.append({"field": column, "k": int(found.sum()), "n": len(values)})
    frame = pd.DataFrame(rows).set_index("field")
    return rate_frame(frame["k"], frame["n"]).reset_index()


def review_list(reports: pd.DataFrame, subjects: pd.DataFrame) -> pd.DataFrame:
    """Reports to read by hand: nothing found, or subject facts that contradict each other."""
    issues: list[dict] = []
    empty = reports[(reports["n_subjects"] == 0) & (reports["criminal_indication"] == "not_stated")
                    & (reports["organisational_learning"] == "not_stated")]
    for r in empty.itertuples():
        issues.append({"report_id": r.report_id, "title": r.title, "issue": "no finding extracted"})
    checks = {
        "finding without proceedings held": subjects["outcome"].isin(PROVEN + ("not_proven",))
        & ~subjects["proceedings"].isin(("hearing", "accelerated_hearing", "meeting")),
        "took part in proceedings but outcome not held": (subjects["left_before_proceedings"] == "no") & (subjects["outcome"] == "not_held"),
        "case to answer, level unknown": subjects["grade"] == "unknown",
        "dismissal without gross misconduct proven": subjects["sanction"].isin(("dismissed", "would_have_been_dismissed"))
        & (subjects["outcome"] != "gross_misconduct_proven"),
    }
    titles = reports.set_index("report_id")["title"]
    for issue, mask in checks.items():
        for report_id in subjects.loc[mask, "report_id"].unique():
            issues.append({"report_id": report_id, "title": titles.get(report_id, ""), "issue": issue})
    return pd.DataFrame(issues, columns=["report_id", "title", "issue"])


def force_comparison(cases: pd.DataFrame, force_report_ids, force: str, small_n: int = SMALL_N) -> pd.DataFrame:
    """One force's rates beside all forces', for the measures a force profile shows."""
    mine = cases[cases["report_id"].isin(set(force_report_ids))]
    rows = []
    for measure, flag in (("found proven", "proven"), ("left before proceedings", "left_before"),
                          ("on the barred list", "barred_list")):
        for group, frame in ((force, mine), ("all forces", cases)):
            rows.append({"measure": measure, "group": group, "label": f"{measure}: {group}",
                         "k": int(frame[flag].sum()), "n": len(frame)})
    table = pd.DataFrame(rows)
    rates = rate_frame(table["k"], table["n"], small_n)
    return pd.concat([table[["measure", "group", "label"]], rates], axis=1)
