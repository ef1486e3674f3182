"""What every analysis notebook starts with: the built tables, found wherever it runs, filtered.

A notebook opened in JupyterLab, run by papermill from the project root or
by ``casekit report`` finds the same tables: the ``data_dir`` parameter when
given, else ``$CASEKIT_TABLES``, else the project's ``data/processed``
(looked for beside the installed package and above the working directory).
When none holds tables, the error lists every place it looked.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .sources import PROJECT_ROOT
from .stats import SMALL_N, case_subjects, subject_frame
from .tables import NoData, load_for_analysis, read_manifest

ENVIRONMENT = "CASEKIT_TABLES"
DEFAULT_TABLES = Path("data") / "processed"
_MARKER = "reports.parquet"  # a folder holds built tables when it has this


def _candidates(data_dir: str | os.PathLike | None) -> list[tuple[str, Path]]:
    if data_dir:
        given = Path(data_dir).expanduser()
        places = [("data_dir parameter", given)]
        if not given.is_absolute():
            places.append(("data_dir parameter, from the project root", PROJECT_ROOT / given))
        return places
    if os.environ.get(ENVIRONMENT):
        return [(f"${ENVIRONMENT}", Path(os.environ[ENVIRONMENT]).expanduser())]
    places = [("the project's data/processed", PROJECT_ROOT / DEFAULT_TABLES)]
    here = Path.cwd().resolve()
    places += [("data/processed above the working directory", folder / DEFAULT_TABLES)
               for folder in (here, *here.parents)]
    return places


def find_tables(data_dir: str | os.PathLike | None = None) -> Path:
    """The folder of built tables a notebook should read; NoData naming every place tried when there is none."""
    places = _candidates(data_dir)
    for _, folder in places:
        if (folder / _MARKER).is_file():
            return folder.resolve()
    first_reason: dict[str, str] = {}
    for where, folder in places:
        first_reason.setdefault(str(folder), where)
    tried = "; ".join(f"{where}: {folder}" for folder, where in first_reason.items())
    raise NoData(f"no built tables ({_MARKER}) found. Looked in {tried}. "
                 "Build them with `casekit build` or `make report`, or set data_dir (or $CASEKIT_TABLES) to their folder.")


@dataclass
class Analysis:
    """The tables one page works from, filtered as its parameters say."""

    data_dir: Path
    manifest: dict
    tables: dict[str, pd.DataFrame]
    subjects: pd.DataFrame
    min_group: int
    selection: dict = field(default_factory=dict)  # the filters it was opened with (forces, years, verified only)

    @property
    def reports(self) -> pd.DataFrame:
        return self.tables["reports"]

    @property
    def cases(self) -> pd.DataFrame:
        """People with a case to answer for misconduct or gross misconduct: the usual denominator."""
        return case_subjects(self.subjects)

    def about(self):
        """Which data this is, for someone running the notebook by hand (report pages carry it in their header)."""
        from IPython.display import Markdown

        from .site import about_data

        about = about_data(self.manifest, self.reports, **self.selection)
        return Markdown(f"Tables: `{self.data_dir}`\n\n" + about.to_markdown())


def open_analysis(data_dir=None, forces=None, year_from=None, year_to=None, min_group: int = SMALL_N,
                  verified_only: bool = False) -> Analysis:
    folder = find_tables(data_dir)
    tables = load_for_analysis(folder, list(forces or []) or None, year_from, year_to, bool(verified_only))
    selection = {"forces": list(forces or []), "year_from": year_from, "year_to": year_to, "verified_only": bool(verified_only)}
    return Analysis(folder, read_manifest(folder), tables, subject_frame(tables), int(min_group), selection)
