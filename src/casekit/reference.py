"""Official figures to set beside the corpus estimates; each row cites its source."""

from __future__ import annotations

from importlib import resources

import pandas as pd

from .stats import FINDINGS, SMALL_N, describe_rate


def official_statistics() -> pd.DataFrame:
    """Home Office, College of Policing and IOPC figures, with what each is comparable with."""
    with resources.files("casekit").joinpath("reference_data/official_statistics.csv").open("r", encoding="utf-8") as handle:
        return pd.read_csv(handle)


def corpus_counterparts(cases: pd.DataFrame) -> dict[str, tuple[int, int]]:
    """(k, n) for each measure an official figure is ``comparable_with``, from people with a case to answer.

    Each denominator keeps only people whose result the text states, as the official counts do.
    """
    held = cases[cases["proceedings"].isin(["hearing", "accelerated_hearing"]) & cases["outcome"].isin(FINDINGS)]
    met = cases[(cases["proceedings"] == "meeting") & cases["outcome"].isin(["misconduct_proven", "not_proven"])]
    barred = cases[cases["barred_list"]]
    return {
        "grade_gross_misconduct_hearing_proven": (int((held["outcome"] == "gross_misconduct_proven").sum()), len(held)),
        "meeting_proven": (int((met["outcome"] == "misconduct_proven").sum()), len(met)),
        "proven_after_iopc": (int(cases["proven"].sum()), int(cases["finding_stated"].sum())),
        "barred_former": (int(barred["left_before"].sum()), len(barred)),
    }


def beside_official(cases: pd.DataFrame, measures: list[str], small_n: int = SMALL_N) -> pd.DataFrame:
    """Official figures (for ``measures``, keys of ``comparable_with``) beside the same share in these summaries."""
    corpus = corpus_counterparts(cases)
    unknown = sorted(set(measures) - set(corpus))
    if unknown:
        raise ValueError(f"no corpus counterpart for {unknown}; known: {sorted(corpus)}")
    official = official_statistics().dropna(subset=["comparable_with"])
    missing = sorted(set(measures) - set(official["comparable_with"]))
    if missing:
        raise ValueError(f"no official figure is comparable with {missing}")
    rows = []
    for _, ref in official.iterrows():
        if ref["comparable_with"] in measures:
            k, n = corpus[ref["comparable_with"]]
            rows.append({"measure": ref["measure"], "official figure": f"{ref['value']:.0%} ({ref['publisher']}, {ref['period']})",
                         "these summaries": describe_rate(k, n, small_n=small_n), "how they differ": ref["definition_notes"]})
    return pd.DataFrame(rows, columns=["measure", "official figure", "these summaries", "how they differ"])
