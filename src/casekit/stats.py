"""Statistics: honest rates from the tables.

Every rate comes with its numerator, denominator and a 95% Wilson interval,
and is flagged when its denominator is small; tests of association stay valid
for small counts; funnel limits compare institutions with different volumes.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from .schema import CASE_TO_ANSWER, DISMISSALS
from .tables import naming_any

#: what a rate with no denominator shows (the site's mark for a missing value)
NO_RATE = "–"


def share_with_interval(rate: float, low: float, high: float) -> str:
    """'30% (18%–45%)': a share and its interval, as every table writes them."""
    return f"{rate:.0%} ({low:.0%}–{high:.0%})"


#: below this denominator a rate is flagged as resting on few cases
SMALL_N = 10
LEFT_VALUES = ("resigned", "retired", "left")
PROVEN = ("gross_misconduct_proven", "misconduct_proven")
#: outcomes that are a finding: the proceedings took place and the summary says how they ended
FINDINGS = PROVEN + ("not_proven",)


def wilson(k, n, level: float = 0.95) -> tuple[np.ndarray, np.ndarray]:
    """Wilson score interval for k successes in n trials, elementwise (NaN where n is 0).

    The closed form, vectorised (tests check it against scipy's binomtest):
    a site page computes hundreds of these.
    """
    from scipy.stats import norm

    k, n = (np.asarray(x, dtype=float) for x in np.broadcast_arrays(k, n))
    z = norm.ppf(1 - (1 - level) / 2)
    with np.errstate(divide="ignore", invalid="ignore"):
        p = k / n
        denominator = 1 + z * z / n
        centre = (p + z * z / (2 * n)) / denominator
        half = z * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denominator
    low, high = np.clip(centre - half, 0, 1), np.clip(centre + half, 0, 1)
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
    return with_flags(tables["subjects"].merge(reports, on="report_id", how="left", validate="many_to_one"))


def with_flags(subjects: pd.DataFrame) -> pd.DataFrame:
    """Subjects with the boolean columns the measures count (``proven``, ``finding_stated``, ...)."""
    subjects = subjects.copy()
    subjects["left_before"] = subjects["left_before_proceedings"].isin(LEFT_VALUES)
    subjects["left_stated"] = subjects["left_before_proceedings"] != "not_stated"
    subjects["proven"] = subjects["outcome"].isin(PROVEN)
    subjects["finding_stated"] = subjects["outcome"].isin(FINDINGS)
    subjects["dismissed"] = subjects["sanction"].isin(DISMISSALS)
    subjects["sanction_stated"] = subjects["sanction"] != "not_stated"
    subjects["barred_list"] = subjects["barred_list"].eq(True)  # a label may leave it out (None)
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


def funnel_table(subjects: pd.DataFrame, by: str, flag: str, levels: tuple[float, ...] = (0.95, 0.998),
                 small_n: int = SMALL_N) -> tuple[pd.DataFrame, float]:
    """Per-group k, n, rate and whether it lies outside each funnel limit; and the overall rate."""
    rates = rates_by(subjects, by, flag, small_n)
    p0 = float(rates["k"].sum() / rates["n"].sum()) if rates["n"].sum() else float("nan")
    limits = funnel_limits(p0, rates["n"].to_numpy(), levels)
    for level in levels:
        rates[f"outside_{level:g}"] = (rates["rate"] < limits[f"lower_{level:g}"]) | (rates["rate"] > limits[f"upper_{level:g}"])
    return rates, p0


def describe_rate(k: int, n: int, level: float = 0.95, small_n: int = SMALL_N) -> str:
    """'12 of 40 (30%, 95% CI 18%–45%)', with a warning for small denominators."""
    if n == 0:
        return "no cases"
    low, high = wilson(k, n, level)
    text = f"{k:,} of {n:,} ({k / n:.0%}, {level:.0%} CI {float(low):.0%}–{float(high):.0%})"
    return text + (" — few cases, read with care" if n < small_n else "")


def present(rates: pd.DataFrame, label_columns: list[str] | None = None, small_n: int = SMALL_N) -> pd.DataFrame:
    """Rates for readers: 'k of n', the share with its interval, and a small-number flag."""
    numbers = ("k", "n", "rate", "low", "high", "small", "grouped")
    label_columns = label_columns or [c for c in rates.columns if c not in numbers]
    out = rates[label_columns].copy()
    out["cases"] = [f"{k:,} of {n:,}" for k, n in zip(rates["k"], rates["n"])]
    out["share (95% CI)"] = [
        NO_RATE if n == 0 else share_with_interval(r, lo, hi) for r, lo, hi, n in zip(rates["rate"], rates["low"], rates["high"], rates["n"])]
    out["note"] = np.where(rates["small"], f"fewer than {small_n} cases", "")
    return out.reset_index(drop=True)


def extraction_coverage(reports: pd.DataFrame, small_n: int = SMALL_N) -> pd.DataFrame:
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
    return rate_frame(frame["k"], frame["n"], small_n).reset_index()


def review_list(reports: pd.DataFrame, subjects: pd.DataFrame) -> pd.DataFrame:
    """Reports to read by hand: nothing found, or subject facts that contradict each other."""
    issues: list[dict] = []
    empty = reports[(reports["n_subjects"] == 0) & (reports["criminal_indication"] == "not_stated")
                    & (reports["organisational_learning"] == "not_stated")]
    for r in empty.itertuples():
        issues.append({"report_id": r.report_id, "title": r.title, "issue": "no finding extracted"})
    checks = {
        "finding without proceedings held": subjects["outcome"].isin(FINDINGS)
        & ~subjects["proceedings"].isin(("hearing", "accelerated_hearing", "meeting")),
        "took part in proceedings but outcome not held": (subjects["left_before_proceedings"] == "no") & (subjects["outcome"] == "not_held"),
        "case to answer, level unknown": subjects["grade"] == "unknown",
        "dismissal without gross misconduct proven": subjects["sanction"].isin(DISMISSALS)
        & (subjects["outcome"] != "gross_misconduct_proven"),
    }
    titles = reports.set_index("report_id")["title"]
    for issue, mask in checks.items():
        for report_id in subjects.loc[mask, "report_id"].unique():
            issues.append({"report_id": report_id, "title": titles.get(report_id, ""), "issue": issue})
    return pd.DataFrame(issues, columns=["report_id", "title", "issue"])


@dataclass(frozen=True)
class Measure:
    """A share of people with a case to answer, and which of them the summaries let us count honestly.

    ``flag`` marks those counted; ``stated`` marks those whose summary says
    either way. A rate over everyone treats "not stated" as "no", so where the
    summaries often say nothing both denominators are shown.
    """

    name: str
    flag: str
    stated: str | None = None
    stated_words: str = ""


ALL_CASES = "all with a case to answer"
MEASURES: dict[str, Measure] = {m.flag: m for m in (
    Measure("found proven", "proven", "finding_stated", "with a stated finding"),
    Measure("dismissed, or would have been", "dismissed", "sanction_stated", "with a stated sanction"),
    Measure("left before proceedings", "left_before", "left_stated", "whose leaving or staying is stated"),
    Measure("placed on the barred list", "barred_list"),
)}


def denominators(flags: list[str] | None = None):
    """(flag, measure name, denominator words, column marking who is in it or None) for each measure's denominators."""
    for flag in flags or list(MEASURES):
        measure = MEASURES[flag]
        yield flag, measure.name, ALL_CASES, None
        if measure.stated:
            yield flag, measure.name, f"those {measure.stated_words}", measure.stated


def measure_rates(cases: pd.DataFrame, flags: list[str] | None = None, small_n: int = SMALL_N) -> pd.DataFrame:
    """For each measure: its rate among all with a case to answer and, where it matters, among those with a stated result."""
    rows = []
    for flag, name, denominator, stated in denominators(flags):
        among = cases if stated is None else cases[cases[stated]]
        rows.append({"measure": name, "denominator": denominator, "k": int(among[flag].sum()), "n": len(among)})
    table = pd.DataFrame(rows)
    return pd.concat([table[["measure", "denominator"]], rate_frame(table["k"], table["n"], small_n)], axis=1)


def reports_naming(reports: pd.DataFrame, force: str) -> pd.DataFrame:
    """The reports that name ``force`` among their forces (a report may name several)."""
    return reports[naming_any(reports, [force])]


def force_counts(reports: pd.DataFrame, cases: pd.DataFrame) -> pd.DataFrame:
    """Per force: the reports naming it and the people with a case to answer in them (a report naming two forces counts for both)."""
    named = reports[["report_id", "forces"]].explode("forces").dropna().rename(columns={"forces": "force"})
    counts = pd.DataFrame({
        "reports": named["force"].value_counts(),
        "cases": cases[["report_id"]].merge(named, on="report_id")["force"].value_counts(),
    }).fillna(0).astype(int)
    counts.index.name = "force"
    return counts.sort_index()


def force_comparison(cases: pd.DataFrame, force_report_ids, force: str, small_n: int = SMALL_N) -> pd.DataFrame:
    """One force's rates beside all forces', measure by measure and denominator by denominator (force first)."""
    mine = measure_rates(cases[cases["report_id"].isin(set(force_report_ids))], small_n=small_n).assign(group=force)
    every = measure_rates(cases, small_n=small_n).assign(group="all forces")
    # both frames list the same measures in the same order: a stable sort on their shared index
    # puts the force and all forces side by side, force first
    paired = pd.concat([mine, every]).sort_index(kind="stable").reset_index(drop=True)
    return paired[["measure", "denominator", "group", "k", "n", "rate", "low", "high", "small"]]


def side_by_side(comparison: pd.DataFrame, small_n: int = SMALL_N) -> pd.DataFrame:
    """A force comparison for readers: one row per measure and denominator, the force and all forces as columns."""
    shown = comparison.assign(cell=[
        NO_RATE if n == 0 else f"{k} of {n}: {share_with_interval(r, lo, hi)}" + (" (few cases)" if n < small_n else "")
        for k, n, r, lo, hi in zip(comparison["k"], comparison["n"], comparison["rate"], comparison["low"], comparison["high"])])
    groups = list(dict.fromkeys(shown["group"]))
    wide = shown.pivot(index=["measure", "denominator"], columns="group", values="cell")
    order = list(dict.fromkeys(zip(shown["measure"], shown["denominator"])))
    wide = wide.reindex(pd.MultiIndex.from_tuples(order, names=["measure", "denominator"]))[groups]
    wide.columns.name = None
    return wide.reset_index().rename(columns={"denominator": "among"})


def group_small(rates: pd.DataFrame, label: str, min_n: int, what: str = "forces") -> pd.DataFrame:
    """Rows resting on fewer than ``min_n`` cases merged into one "other" row, so a ranking shows what it can support."""
    small = rates["n"] < min_n
    if small.sum() < 2:
        return rates.reset_index(drop=True)
    other = rate_frame(pd.Series([int(rates.loc[small, "k"].sum())]), pd.Series([int(rates.loc[small, "n"].sum())]), min_n)
    other.insert(0, label, f"{int(small.sum())} other {what} (fewer than {min_n} cases each)")
    other["grouped"] = True
    kept = rates.loc[~small].assign(grouped=False)
    return pd.concat([kept, other], ignore_index=True)
