"""The extractor's accuracy on the check part, from a built table set.

A verified report's tables hold its hand label, and ``extracted_reports`` /
``extracted_subjects`` hold what the rules found for it. Restricted to the
check part (label ids no rule was written against, ``data/verified/check-*.txt``),
the two give an honest measure of the rules on reports they never saw. The
extraction-audit notebook shows it; the scoring is ``casekit.evaluate``'s.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .evaluate import SCORED_FIELDS, Scores, from_tables, paired_bootstrap, read_ids, score
from .schema import CASE_TO_ANSWER, SUBJECT_TUPLE
from .labels import column_label, label
from .stats import NO_RATE, SMALL_N, case_subjects, denominators, measure_rates, share_with_interval, side_by_side, with_flags
from .verified import CHECK_IDS


# A label is matched to its report by reference and title, and a workbook label
# keeps the export's tags, so these agree by construction: no measure of the rules.
NOT_COMPARABLE = ("title", "iopc_ref", "tags")


@dataclass
class CheckScore:
    part: str           # the ids file's name, e.g. check-4.txt
    listed: int         # ids the part lists
    scores: Scores      # on those of them these tables hold

    @property
    def errors(self) -> list[dict[str, Any]]:
        return self.scores.errors

    @property
    def case_subjects(self) -> int:
        """People with a case to answer in the check labels (the tuple F1's base)."""
        return self.scores.tp + self.scores.fn

    def headline(self) -> str:
        s, n = self.scores, self.scores.n_reports
        small = (f" **Only {self.case_subjects} of them had a case to answer, too few for a stable figure on "
                 "people**: read the report fields with more confidence than the subject scores."
                 if self.case_subjects < SMALL_N * 3 else "")
        return (f"**Check set: {n} hand-labelled reports** ({self.part}; {self.listed} listed, {n} in these tables), "
                f"set aside as a check (what has been seen of it: `data/verified/README.md`). People with a case to answer: {self.case_subjects} in the labels, "
                f"{s.tp + s.fp} extracted, {s.tp} matched exactly (precision {s.precision:.2f}, recall {s.recall:.2f}, "
                f"F1 {self.f1_shown()}).{small}")

    def f1_shown(self) -> str:
        """'0.90 (95% interval 0.84–0.95)'; the interval resamples whole reports (``Scores.f1_interval``)."""
        low, high = self.scores.f1_interval()
        shown = f"{self.scores.f1:.2f}"
        return shown if math.isnan(low) else f"{shown} (95% interval {low:.2f}–{high:.2f})"

    def fields_frame(self) -> pd.DataFrame:
        n = self.scores.n_reports
        return pd.DataFrame([{"field": column_label(name), "right": self.scores.field_correct[name], "of": n,
                              "accuracy (95% interval)": share_with_interval(self.scores.accuracy(name),
                                                                             *self.scores.accuracy_interval(name))}
                             for name in SCORED_FIELDS if name not in NOT_COMPARABLE])

    def subjects_frame(self) -> pd.DataFrame:
        s = self.scores
        return pd.DataFrame([{"in the labels": s.tp + s.fn, "extracted": s.tp + s.fp, "matched": s.tp,
                              "precision": f"{s.precision:.2f}", "recall": f"{s.recall:.2f}", "F1": self.f1_shown()}])

    def attributes_frame(self) -> pd.DataFrame:
        return pd.DataFrame([{"attribute": column_label(name), "matched": m.tp, "in the labels": m.tp + m.fn,
                              "extracted": m.tp + m.fp, "F1": f"{m.f1:.2f}"} for name, m in self.scores.attributes.items()])

    def errors_frame(self) -> pd.DataFrame:
        def shown(field: str, value) -> str:
            if field == "subjects":  # whole people: (grade, proceedings, left, outcome, sanction), in words
                people = [", ".join(label(name, v) for name, v in zip(SUBJECT_TUPLE, person)) for person in value]
                return "; ".join(people) or "nobody"
            if isinstance(value, list):
                return "; ".join(map(str, value)) or "none"
            return label(field, value) if isinstance(value, str) else str(value)

        return pd.DataFrame([{"label": e["id"], "field": column_label(e["field"]), "label says": shown(e["field"], e["gold"]),
                              "extracted": shown(e["field"], e["predicted"])} for e in self.errors
                             if e["field"] not in NOT_COMPARABLE])


def check_part(tables: dict[str, pd.DataFrame], check_ids: str | Path | None = None) -> CheckScore | None:
    """The check part's scores on these tables, or None when they hold none of its reports."""
    path = Path(check_ids) if check_ids else CHECK_IDS
    if not path.is_file():
        return None  # a checkout without the verified labels' id lists
    ids = read_ids(path)
    if "extracted_reports" not in tables or "values_from" not in tables["reports"]:
        return None
    gold, predicted = from_tables(tables, ids)
    if not gold:
        return None
    return CheckScore(path.name, len(ids), score(gold, predicted))


# --- what the extractor's errors do to the published rates -----------------------

_SUBJECT_COLUMNS = list(SUBJECT_TUPLE) + ["barred_list"]
LABELS, EXTRACTED = "from the hand labels", "from the extraction"
#: a difference resting on fewer reports than this gets no interval: with a handful, resampling mostly
#: repeats the same few reports, and the percentiles say more about that than about the extractor
MIN_REPORTS_FOR_INTERVAL = 5


def _cases(records: dict[str, dict[str, Any]]) -> pd.DataFrame:
    """People with a case to answer in codebook records, with their report's key and the measures' flags."""
    rows = [{"report": key, **{k: person.get(k) for k in _SUBJECT_COLUMNS}}
            for key, record in records.items() for person in record.get("subjects", [])]
    return case_subjects(with_flags(pd.DataFrame(rows, columns=["report", *_SUBJECT_COLUMNS])))


def _share_difference(k_labels, n_labels, k_extracted, n_extracted, axis=-1):
    """Extracted share minus labelled share, from per-report counts summed along ``axis``."""
    def share(k, n):
        k, n = k.sum(axis=axis), n.sum(axis=axis)
        return np.divide(k, n, out=np.full(np.shape(n), np.nan), where=n > 0)
    return share(k_extracted, n_extracted) - share(k_labels, n_labels)


def measure_comparison(gold: dict[str, dict[str, Any]], predicted: dict[str, dict[str, Any]],
                       small_n: int = SMALL_N) -> pd.DataFrame:
    """Each headline rate computed twice on the same reports: from the hand labels and from the extraction.

    Tuple F1 counts a person wrong for any one attribute; a reader of the
    site needs to know how far the rates it publishes would move. Long
    format, as ``stats.force_comparison``: per ``people`` ("either grade",
    "gross misconduct"; each side counts the people its own grades put
    there), measure and denominator, one row per side (``group``) with k, n,
    rate and interval, and on every row the difference in points (extracted
    minus labels) with a paired bootstrap interval over reports.
    """
    sides = {LABELS: _cases(gold), EXTRACTED: _cases({key: predicted.get(key, {}) for key in gold})}
    frames = []
    for people, grades in (("either grade", CASE_TO_ANSWER), ("gross misconduct", ("gross_misconduct",))):
        chosen = {side: cases[cases["grade"].isin(grades)] for side, cases in sides.items()}
        rates = {side: measure_rates(cases, small_n=small_n) for side, cases in chosen.items()}
        differences = [_difference(chosen, flag, stated, list(gold)) for flag, _, _, stated in denominators()]
        for side, frame in rates.items():
            frame = frame.assign(people=people, group=side)
            frame["difference_points"] = (rates[EXTRACTED]["rate"] - rates[LABELS]["rate"]) * 100
            frame["difference_low"], frame["difference_high"] = zip(*differences)
            frames.append(frame)
    return pd.concat(frames, ignore_index=True)


def _difference(chosen: dict[str, pd.DataFrame], flag: str, stated: str | None, reports: list[str]) -> tuple[float, float]:
    """Paired bootstrap interval (in points) for one measure's extracted-minus-labelled share; NaN if too few reports."""
    counts = []
    for side in (LABELS, EXTRACTED):
        cases = chosen[side] if stated is None else chosen[side][chosen[side][stated]]
        per_report = cases.groupby("report")[flag].agg(["sum", "size"]).reindex(reports, fill_value=0)
        counts += [per_report["sum"].to_numpy(float), per_report["size"].to_numpy(float)]
    rows = np.column_stack(counts)
    rows = rows[rows[:, [1, 3]].sum(axis=1) > 0]  # reports with someone in this denominator, on either side
    if (rows[:, :2] == rows[:, 2:]).all() and len(rows):
        return 0.0, 0.0  # the same on every report: the extraction agrees here
    if len(rows) < MIN_REPORTS_FOR_INTERVAL:
        return float("nan"), float("nan")
    low, high = paired_bootstrap(rows, _share_difference)
    if low == high:
        return float("nan"), float("nan")  # no spread across resamples: nothing to bound it with
    return low * 100, high * 100


def measure_comparison_frame(comparison: pd.DataFrame, small_n: int = SMALL_N) -> pd.DataFrame:
    """``measure_comparison`` for readers: each side as 'k of n: rate (interval)', then the difference in points."""
    parts = []
    for people, frame in comparison.groupby("people", sort=False):
        wide = side_by_side(frame, small_n)
        shown = {(row["measure"], row["denominator"]): _difference_shown(row) for row in frame.to_dict("records")}
        wide.insert(0, "people", people)
        wide["difference, points (95% interval)"] = [shown[key] for key in zip(wide["measure"], wide["among"])]
        parts.append(wide)
    return pd.concat(parts, ignore_index=True)


def _difference_shown(row: dict[str, Any]) -> str:
    point, low, high = row["difference_points"], row["difference_low"], row["difference_high"]
    if pd.isna(point):
        return NO_RATE
    if low == high == 0.0 and point == 0.0:
        return "0 (the same on every report)"
    if math.isnan(low):
        return f"{_points(point)} (no interval: too few reports, or no spread between resamples)"
    return f"{_points(point)} ({_points(low)} to {_points(high)})"


def _points(value: float) -> str:
    """A difference in points, signed and whole, halves away from zero: '+4', '-7', '0' (never '-0')."""
    whole = int(math.copysign(math.floor(abs(value) + 0.5), value))
    return f"{whole:+d}" if whole else "0"


def verified_rate_comparison(tables: dict[str, pd.DataFrame], small_n: int = SMALL_N) -> pd.DataFrame | None:
    """``measure_comparison`` over every verified report in these tables; None when they hold none."""
    if "extracted_reports" not in tables or "values_from" not in tables["reports"]:
        return None
    gold, predicted = from_tables(tables)
    return measure_comparison(gold, predicted, small_n) if gold else None
