"""Evaluation against hand labels in codebook shape.

Scoring, as ../shared/gold/README.md sets it: each report-level field by exact
match (forces as a set); case-to-answer subjects (grade misconduct or gross
misconduct) matched per report as whole tuples, micro-F1 over all reports.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .schema import CASE_TO_ANSWER, REPORT_FIELDS, SUBJECT_TUPLE

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


@dataclass
class Scores:
    n_reports: int = 0
    field_correct: Counter = field(default_factory=Counter)
    tp: int = 0
    fp: int = 0
    fn: int = 0
    missing: list[str] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)

    def accuracy(self, name: str) -> float:
        return self.field_correct[name] / self.n_reports if self.n_reports else float("nan")

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

    def summary(self) -> dict[str, Any]:
        return {
            "reports": self.n_reports,
            "fields": {name: round(self.accuracy(name), 4) for name in SCORED_FIELDS},
            "subjects": {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                         "recall": round(self.recall, 4), "f1": round(self.f1, 4)},
            "missing_predictions": self.missing,
        }


def load_gold(gold_dir: str | Path) -> dict[str, dict[str, Any]]:
    gold_dir = Path(gold_dir)
    labels = gold_dir / "labels" if (gold_dir / "labels").is_dir() else gold_dir
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(labels.glob("*.json"))}


def load_predictions(path: str | Path) -> dict[str, dict[str, Any]]:
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
            if _same(name, label.get(name), pred.get(name)):
                scores.field_correct[name] += 1
            else:
                scores.errors.append({"id": key, "field": name, "gold": label.get(name), "predicted": pred.get(name)})
        g, p = case_tuples(label.get("subjects", [])), case_tuples(pred.get("subjects", []))
        tp = sum((g & p).values())
        scores.tp += tp
        scores.fp += sum(p.values()) - tp
        scores.fn += sum(g.values()) - tp
        if g != p:
            scores.errors.append({"id": key, "field": "subjects", "gold": sorted(g.elements()), "predicted": sorted(p.elements())})
    return scores
