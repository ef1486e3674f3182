"""Official figures to set beside the corpus estimates; each row cites its source."""

from __future__ import annotations

from importlib import resources

import pandas as pd


def official_statistics() -> pd.DataFrame:
    """Home Office, College of Policing and IOPC figures, with what each is comparable with."""
    with resources.files("casekit").joinpath("reference_data/official_statistics.csv").open("r", encoding="utf-8") as handle:
        return pd.read_csv(handle)
