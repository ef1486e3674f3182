"""Evaluation against hand labels in codebook shape.

Scoring, as ../shared/gold/README.md sets it: each report-level field by exact
match (forces as a set); case-to-answer subjects (grade misconduct or gross
misconduct) matched per report as whole tuples, micro-F1 over all reports.

Check sets are small (tens of reports, a few dozen people), so every score
carries a 95% interval: Wilson for a field's share of reports right, and a
bootstrap over reports for the tuple F1 (people in one report share its
wording, so reports, not people, are the unit resampled).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from .schema import CASE_TO_ANSWER, REPORT_FIELDS, SUBJECT_TUPLE
from .stats import wilson
from .verified import title_fingerprint

SCORED_FIELDS = [f.name for f in REPORT_FIELDS]


def doc_id(source: str) -> str:
    """``.../docs/r0045.txt`` and ``r0045`` both give ``r0045``."""
    return Path(source.split("#")[0]).stem


def _same(name: str, gold: Any, pred: Any) -> bool:
    if name == "forces":
        return set(gold or []) == set(pred or [])
    return gold == pred


def case_tuples(subjects: list[dict[str, Any]]) -> Counter:
    return Counter(tuple(s.get(k) for k in SUBJECT_TUPLE) for s in subjects if s.get("grade") in CASE_TO_ANSWER)


def _project(tuples: Counter, position: int) -> Counter:
    """Whole-tuple counts reduced to one attribute's values."""
    return Counter(key[position] for key in tuples.elements())


@dataclass
class Matches:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: Counter, predicted: Counter) -> tuple[int, int, int]:
        """Count one report's matches; returns its (tp, fp, fn)."""
        tp = sum((gold & predicted).values())
        fp, fn = sum(predicted.values()) - tp, sum(gold.values()) - tp
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn
        return tp, fp, fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores(Matches):
    """Whole-tuple matches (inherited), report-field accuracy and per-attribute matches."""

    n_reports: int = 0
    field_correct: Counter = field(default_factory=Counter)
    attributes: dict[str, Matches] = field(default_factory=lambda: {k: Matches() for k in SUBJECT_TUPLE})
    missing: list[str] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)
    per_report: dict[str, tuple[int, int, int]] = field(default_factory=dict)  # (tp, fp, fn) of each report scored, by id
    _f1_intervals: dict = field(default_factory=dict, repr=False, compare=False)

    def accuracy(self, name: str) -> float:
        return self.field_correct[name] / self.n_reports if self.n_reports else float("nan")

    def accuracy_interval(self, name: str, level: float = 0.95) -> tuple[float, float]:
        """Wilson interval for the share of reports whose ``name`` is right."""
        low, high = wilson(self.field_correct[name], self.n_reports, level)
        return float(low), float(high)

    def f1_interval(self, level: float = 0.95, resamples: int = 2000, seed: int = 2021) -> tuple[float, float]:
        """Percentile bootstrap interval for the tuple F1, resampling whole reports.

        Only reports with someone in the labels or the extraction are
        resampled: the others add nothing to F1, and a resample holding none
        of the people would score 0 and drag the bound down. Percentile rather
        than BCa, whose jackknife is unstable on such lumpy counts. Seeded, so
        a figure quoted from one run is the figure the next prints.

        Where the bootstrap cannot vary (no error seen, nothing matched, or
        people in only one report), the interval is Wilson's for the share of
        people matched, J = tp / (tp + fp + fn), mapped to F1 = 2J / (1 + J);
        that treats people as independent. NaN when there are no people.
        """
        key = (level, resamples, seed)
        if key not in self._f1_intervals:
            self._f1_intervals[key] = self._f1_interval(level, resamples, seed)
        return self._f1_intervals[key]

    def _f1_interval(self, level: float, resamples: int, seed: int) -> tuple[float, float]:
        rows = _with_people(_counts(self))
        if not len(rows):
            return float("nan"), float("nan")
        if len(rows) < 2 or not self.tp or not (self.fp or self.fn):
            low, high = (float(x) for x in wilson(self.tp, self.tp + self.fp + self.fn, level))
            return 2 * low / (1 + low), 2 * high / (1 + high)
        return paired_bootstrap(rows, _micro_f1, level, resamples, seed)

    def summary(self) -> dict[str, Any]:
        return {
            "reports": self.n_reports,
            "fields": {name: round(self.accuracy(name), 4) for name in SCORED_FIELDS},
            "fields_ci95": {name: _rounded(self.accuracy_interval(name)) for name in SCORED_FIELDS},
            "subjects": {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                         "recall": round(self.recall, 4), "f1": round(self.f1, 4), "f1_ci95": _rounded(self.f1_interval())},
            "attributes": {k: round(m.f1, 4) for k, m in self.attributes.items()},
            "missing_predictions": self.missing,
        }


@dataclass
class Change:
    """Tuple F1 of one extraction against another's on the same labels, with a paired interval."""

    before: float
    after: float
    low: float
    high: float

    @property
    def change(self) -> float:
        return self.after - self.before

    def summary(self) -> dict[str, Any]:
        return {"before": round(self.before, 4), "after": round(self.after, 4), "change": round(self.change, 4),
                "change_ci95": _rounded((self.low, self.high))}


def f1_change(before: Scores, after: Scores, level: float = 0.95, resamples: int = 2000, seed: int = 2021) -> Change:
    """How far a rule change moved the tuple F1, with a paired bootstrap interval.

    Both scores must come from the same labels. Each resample takes the same
    reports for both sides, so the interval is of the difference itself: far
    narrower than comparing two separate intervals, and the honest test of
    whether a change on a check part is more than the luck of which reports
    it holds. NaN when people sit in fewer than two reports.
    """
    if list(before.per_report) != list(after.per_report):
        raise ValueError(f"scores of different label sets ({before.n_reports} and {after.n_reports} reports)")
    counts = _with_people(np.hstack([_counts(before), _counts(after)]))
    if len(counts) < 2:
        return Change(before.f1, after.f1, float("nan"), float("nan"))
    if (counts[:, :3] == counts[:, 3:]).all():
        return Change(before.f1, after.f1, 0.0, 0.0)  # the same on every report: no change in any resample

    def difference(*columns, axis=-1):
        return _micro_f1(*columns[3:], axis=axis) - _micro_f1(*columns[:3], axis=axis)

    return Change(before.f1, after.f1, *paired_bootstrap(counts, difference, level, resamples, seed))


def _counts(scores: Scores) -> np.ndarray:
    """Each report's (tp, fp, fn) as rows, in the order the reports were scored."""
    return np.array(list(scores.per_report.values()), dtype=float).reshape(-1, 3)


def _with_people(counts: np.ndarray) -> np.ndarray:
    """The rows (reports) with any person counted: the only ones F1 depends on."""
    return counts[counts.sum(axis=1) > 0]


def paired_bootstrap(rows: np.ndarray, statistic, level: float = 0.95, resamples: int = 2000,
                     seed: int = 2021) -> tuple[float, float]:
    """Percentile interval of ``statistic(*columns, axis)`` over ``rows`` (reports), resampling rows together.

    NaN when some resamples leave the statistic undefined (a share with no
    denominator in that resample): too few reports to bound it.
    """
    import warnings

    from scipy.stats import DegenerateDataWarning, bootstrap

    # the same rows in any order give the same interval (the tables and a JSON-lines file list reports differently)
    rows = rows[np.lexsort(rows.T[::-1])]

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DegenerateDataWarning)  # its NaN bounds are reported as undefined
        found = bootstrap(tuple(rows.T), statistic, paired=True, vectorized=True, confidence_level=level,
                          n_resamples=resamples, batch=250, method="percentile", random_state=np.random.default_rng(seed))
    return float(found.confidence_interval.low), float(found.confidence_interval.high)


def _micro_f1(tp, fp, fn, axis=-1):
    """F1 from summed counts, 2tp / (2tp + fp + fn), along ``axis`` (bootstrap resamples)."""
    tp, fp, fn = tp.sum(axis=axis), fp.sum(axis=axis), fn.sum(axis=axis)
    base = 2 * tp + fp + fn
    return np.divide(2 * tp, base, out=np.zeros_like(base, dtype=float), where=base > 0)


def _rounded(interval: tuple[float, float]) -> list[float | None]:
    """An interval for JSON: rounded, and ``null`` where it is undefined."""
    return [None if np.isnan(x) else round(x, 4) for x in interval]


def read_ids(path: str | Path) -> list[str]:
    """Ids listed one per line; blank lines and ``#`` comments are ignored."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [line.split("#", 1)[0].strip() for line in lines if line.split("#", 1)[0].strip()]


def load_gold(gold_dir: str | Path, ids: list[str] | None = None) -> dict[str, dict[str, Any]]:
    """Labels by id; with ``ids``, only those (a split), and every one must exist."""
    gold_dir = Path(gold_dir)
    labels = gold_dir / "labels" if (gold_dir / "labels").is_dir() else gold_dir
    gold = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(labels.glob("*.json"))}
    if ids is None:
        return gold
    missing = [i for i in ids if i not in gold]
    if missing:
        raise ValueError(f"{labels}: no label for {len(missing)} listed id(s): {', '.join(missing[:10])}")
    return {i: gold[i] for i in ids}


def load_predictions(path: str | Path) -> dict[str, dict[str, Any]]:
    """Predictions from ``casekit extract`` output (JSON lines), or a folder of labels (another labeller's)."""
    if Path(path).is_dir():
        return load_gold(path)
    out = {}
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(f"{path}:{number}: invalid JSON ({error.msg})") from None
            out[doc_id(record.get("source") or record.get("id") or str(number))] = record
    return out


def score(gold: dict[str, dict[str, Any]], predicted: dict[str, dict[str, Any]]) -> Scores:
    scores = Scores()
    for key, label in gold.items():
        scores.n_reports += 1
        pred = predicted.get(key)
        if pred is None:
            scores.missing.append(key)
            pred = {"subjects": []}
        for name in SCORED_FIELDS:
            gold_value, pred_value = label.get(name), pred.get(name)
            if name == "title" and gold_value is None and label.get("title_sha256"):
                # a label that keeps only the title's fingerprint (data/verified): compare fingerprints
                gold_value = label["title_sha256"]
                pred_value = pred.get("title_sha256") or (title_fingerprint(pred_value) if pred_value else None)
            if _same(name, gold_value, pred_value):
                scores.field_correct[name] += 1
            else:
                scores.errors.append({"id": key, "field": name, "gold": gold_value, "predicted": pred_value})
        g, p = case_tuples(label.get("subjects", [])), case_tuples(pred.get("subjects", []))
        scores.per_report[key] = scores.add(g, p)
        for position, matches in enumerate(scores.attributes.values()):  # in SUBJECT_TUPLE's order
            matches.add(_project(g, position), _project(p, position))
        if g != p:
            scores.errors.append({"id": key, "field": "subjects", "gold": sorted(g.elements()), "predicted": sorted(p.elements())})
    return scores


# --- the extractor against the verified labels a build applied -----------------

def from_tables(tables: dict, ids: list[str] | None = None) -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
    """(labels, extracted) by label id, for the verified reports of a built table set.

    A verified report's ``reports``/``subjects`` rows hold its hand label; its
    ``extracted_reports``/``extracted_subjects`` rows hold what the rules
    found. ``ids`` restricts both to those label ids (e.g. a check part).
    """
    reports = tables["reports"]
    verified = reports[reports["values_from"] == "verified"].copy()
    verified["label_id"] = verified["label_path"].map(lambda p: Path(str(p)).stem)
    if ids is not None:
        verified = verified[verified["label_id"].isin(set(ids))]
    fields = [f.name for f in REPORT_FIELDS]

    def record(row, subjects) -> dict[str, Any]:
        out = {name: _plain(row[name]) for name in fields}
        out["subjects"] = [{k: _plain(v) for k, v in s.items() if k not in ("report_id", "subject_index", "case_to_answer", "values_from")}
                           for s in subjects]
        return out

    def by_report(frame) -> dict[str, list[dict]]:
        grouped: dict[str, list[dict]] = {}
        for row in frame.sort_values(["report_id", "subject_index"]).to_dict("records"):
            grouped.setdefault(row["report_id"], []).append(row)
        return grouped

    label_subjects = by_report(tables["subjects"])
    extracted_subjects = by_report(tables["extracted_subjects"])
    extracted = tables["extracted_reports"].set_index("report_id")
    gold, predicted = {}, {}
    for row in verified.to_dict("records"):
        rid, key = row["report_id"], row["label_id"]
        gold[key] = record(row, label_subjects.get(rid, []))
        if rid in extracted.index:  # else scored as missing: nothing was extracted for it
            predicted[key] = record(extracted.loc[rid].to_dict(), extracted_subjects.get(rid, []))
    return gold, predicted


def _plain(value: Any) -> Any:
    """Table cells as the codebook's JSON values (lists, None, bools)."""
    import pandas as pd

    if hasattr(value, "tolist"):
        return value.tolist()
    return None if pd.api.types.is_scalar(value) and pd.isna(value) else value
