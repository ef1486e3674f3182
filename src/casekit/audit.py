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

import pandas as pd

from .evaluate import SCORED_FIELDS, Scores, from_tables, read_ids, score
from .schema import SUBJECT_TUPLE
from .labels import column_label, label
from .stats import SMALL_N, share_with_interval
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
                f"none used to write the rules. People with a case to answer: {self.case_subjects} in the labels, "
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
