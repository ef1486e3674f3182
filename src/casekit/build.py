"""Build: raw inputs become records, then tables, in a sequence of small steps.

    check_inputs   every input named exists, else nothing is written
    iter_reports   reports, rejected inputs, skipped entries       (casekit.loading)
    extracted      records, in worker processes over chunks        (casekit.parallel_extract)
    Deduplicator   a later copy of a report is rejected, naming the first   (casekit.dedupe)
    LabelMatcher   hand-verified labels replace extracted values   (casekit.verified)
    to_tables, concat_tables, validate, write_tables               (casekit.tables)

This module only runs them in order. The stages stream: inputs are read as
workers need them and records become table rows in batches, so memory stays
flat however large the input. ``build_paths`` is ``casekit build``; ``build_tables`` does the
same from an already loaded ``LoadResult``; ``build_if_changed`` is what
``casekit report`` calls: it rebuilds only when the input changed, under the
tables folder's lock.
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

import pandas as pd

from .dedupe import Deduplicator
from .extract import Record
from .loading import MAX_PAGE_BYTES, LoadResult, Rejected, Report, Skipped, input_files, iter_reports, printable
from .parallel_extract import MAX_SUBJECTS, extracted
from .sources import files_digest, sha256_of
from .verified import DEFAULT_LABEL_DIRS, LabelMatcher, LabelProblem, Labels, read_labels, shown_path
from .tables import (TableSetError, concat_tables, read_manifest, table_set, tables_lock, to_tables,
                     validate, verified_table_set, write_tables)


class MissingInput(ValueError):
    """An input named on the command line or in the parameters does not exist."""


class NothingRead(ValueError):
    """No input became a record, so there is nothing to write; previous tables are kept."""

    def __init__(self, message: str, build: "Build"):
        super().__init__(message)
        self.build = build


@dataclass
class Build:
    """What a build kept and turned away. ``extract_all`` fills ``records``; the
    streaming ``build_tables`` leaves it empty (the records are in the tables)."""

    records: list[Record] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    duplicates: int = 0
    labels: "LabelAccount | None" = None  # set when verified labels were applied


@dataclass
class LabelAccount:
    """What the verified-labels stage did: labels read, applied, matching nothing here, and bad ones."""

    folders: list[str]
    read: int
    applied: int = 0
    problems: list[LabelProblem] = field(default_factory=list)
    matched: set[str] = field(default_factory=set)

    def summary(self) -> dict:
        return {"folders": self.folders, "labels": self.read, "applied": self.applied,
                "matching_no_report": self.read - len(self.matched),
                "problems": [{"path": p.path, "reason": p.reason} for p in self.problems]}


def check_inputs(paths: Iterable[str | Path]) -> list[Path]:
    """The inputs as paths; a missing one is an error before anything is read or written."""
    paths = [Path(p) for p in paths]
    missing = [p for p in paths if not os.path.lexists(p)]
    if missing:
        raise MissingInput(f"no such file or folder: {', '.join(printable(str(p)) for p in missing)}; nothing was built")
    return paths


# --- extraction and deduplication (casekit.parallel_extract, casekit.dedupe) -------

def _settle(results: list[Record | Rejected], build: Build, seen: Deduplicator) -> list[Record]:
    """The chunk's records to keep; its failures and duplicates go to ``build.rejected``, in input order."""
    kept = []
    for item in results:
        if isinstance(item, Rejected):
            build.rejected.append(item)
        elif why := seen.duplicate_of(item):
            build.duplicates += 1
            build.rejected.append(Rejected(item.source, why))
        else:
            kept.append(item)
    return kept


def extract_all(loaded: LoadResult, progress: bool = False, workers: int | None = None,
                max_subjects: int = MAX_SUBJECTS) -> Build:
    """Every loaded report as a record; failures, oversized reports and duplicates go to ``rejected``."""
    build = Build(rejected=list(loaded.rejected), skipped=list(loaded.skipped))
    seen = Deduplicator()
    for results in extracted(loaded.reports, workers, max_subjects, progress):
        build.records += _settle(results, build, seen)
    return build


# --- tables -------------------------------------------------------------------

# Records become table rows a batch at a time, so a large build never holds
# every record at once.
_TABLE_BATCH = 5000


def tabulate(reports: Iterable[Report], loaded: LoadResult, progress: bool = False, workers: int | None = None,
             max_subjects: int = MAX_SUBJECTS, labels: Labels | None = None,
             label_folders: Sequence[str] = ()) -> tuple[Build, dict[str, pd.DataFrame]]:
    """Extract ``reports`` and turn the records into validated tables.

    ``loaded`` collects the loading's rejections and skips; it may still be
    filling while ``reports`` is consumed (a streaming load). ``labels``:
    hand-verified labels applied to the records they match (None: none).
    """
    build = Build()
    matcher = LabelMatcher(labels) if labels is not None else None
    seen = Deduplicator()
    parts: list[dict[str, pd.DataFrame]] = []
    batch: list[Record] = []
    for results in chain(extracted(reports, workers, max_subjects, progress), [None]):
        if results is not None:
            batch += _settle(results, build, seen)
        if batch and (results is None or len(batch) >= _TABLE_BATCH):
            if matcher is not None:
                batch = matcher.apply(batch)  # verified labels replace extracted values
            parts.append(to_tables(batch))
            batch = []
    if matcher is not None:
        build.labels = LabelAccount([str(f) for f in label_folders], len(labels.labels), len(matcher.applied_to),
                                    matcher.problems, matcher.matched)
    build.rejected = loaded.rejected + build.rejected
    build.skipped = list(loaded.skipped)
    return build, validate(concat_tables(parts, build.rejected))


def build_tables(loaded: LoadResult, out_dir: str | Path | None = None, progress: bool = False,
                 formats: Iterable[str] = ("parquet", "csv"), manifest: dict | None = None,
                 workers: int | None = None, max_subjects: int = MAX_SUBJECTS,
                 label_dirs: Sequence[str | Path] | None = None) -> tuple[Build, dict[str, pd.DataFrame]]:
    """Extract, tabulate and validate; with ``out_dir``, also write the table set there.

    Returns the build's account (rejections, skips, duplicates; its
    ``records`` stay empty: they are in the tables) and the tables. A build
    that read no report raises ``NothingRead`` and writes nothing, so the
    tables already in ``out_dir`` stay as they were.
    """
    labels, folders = _labels(label_dirs)
    build, tables = tabulate(loaded.reports, loaded, progress, workers, max_subjects, labels, folders)
    if out_dir is not None:
        write_build(build, tables, out_dir, formats, manifest)
    return build, tables


def write_build(build: Build, tables: dict[str, pd.DataFrame], out_dir: str | Path,
                formats: Iterable[str] = ("parquet", "csv"), manifest: dict | None = None) -> None:
    if tables["reports"].empty:
        raise NothingRead(f"no report could be read ({len(build.rejected)} inputs rejected); nothing was written "
                          f"and the tables in {printable(str(out_dir))} are as they were", build)
    skipped = Counter(item.rule for item in build.skipped)
    labels = {"verified_labels": build.labels.summary()} if build.labels else {}
    write_tables(tables, out_dir, formats, {"duplicates": build.duplicates, "skipped": dict(skipped), **labels,
                                            **(manifest or {})})


def _own_label_dirs() -> list[Path]:
    """The project's own verified-label folders that exist in this checkout."""
    return [Path(d) for d in DEFAULT_LABEL_DIRS if Path(d).is_dir()]


def _labels(label_dirs: Sequence[str | Path] | None) -> tuple[Labels | None, list[str]]:
    """The labels to apply: the folders named (None: the project's own, where they exist; []: none)."""
    if label_dirs is None:
        label_dirs = _own_label_dirs()
    if not label_dirs:
        return None, []
    return read_labels(list(label_dirs)), [shown_path(Path(d)) for d in label_dirs]


def build_paths(paths: Iterable[str | Path], out_dir: str | Path, mapping: Mapping[str, str] | None = None,
                max_page_bytes: int = MAX_PAGE_BYTES, progress: bool = False, formats: Iterable[str] = ("parquet", "csv"),
                manifest: dict | None = None, workers: int | None = None,
                max_subjects: int = MAX_SUBJECTS,
                label_dirs: Sequence[str | Path] | None = None) -> tuple[Build, dict[str, pd.DataFrame]]:
    """The whole build from inputs to a written table set, streaming: the inputs are read as extraction goes.

    ``label_dirs``: folders of verified labels to apply (None: the project's own; []: none).
    """
    paths = check_inputs(paths)
    labels, folders = _labels(label_dirs)
    loaded = LoadResult()
    reports = iter_reports(paths, loaded, mapping, max_page_bytes)
    build, tables = tabulate(reports, loaded, progress, workers, max_subjects, labels, folders)
    write_build(build, tables, out_dir, formats, manifest)
    return build, tables


# --- rebuilding only when the input changed -------------------------------------

def fingerprint(path: str | Path) -> str:
    """The file's sha256; for a folder, sha256 over the files a build would read (names and contents)."""
    path = Path(path)
    if path.is_file():
        return sha256_of(path)
    return files_digest((str(file.relative_to(path)), file) for file in input_files(path, LoadResult()))


def build_if_changed(source: str | Path, tables_dir: str | Path, kind: str, note: str,
                     progress: bool = True, say=print) -> tuple[Path, bool, dict]:
    """(the folder of the table set to read, whether it was rebuilt, its manifest).

    Holds the tables folder's lock throughout, so two runs never build the same
    tables at once; the folder returned is the set itself, which a later build
    does not change.
    """
    (source,) = check_inputs([source])
    tables_dir = Path(tables_dir).resolve()
    # the verified labels are an input too: changing one rebuilds the tables
    own = fingerprint(source)
    stamp = hashlib.sha256("".join([own] + [fingerprint(d) for d in _own_label_dirs()]).encode()).hexdigest()
    with tables_lock(tables_dir, say=say):
        manifest = read_manifest(tables_dir)
        if manifest.get("input_fingerprint") == stamp:
            try:
                current = verified_table_set(tables_dir)
            except (OSError, TableSetError) as error:
                say(f"rebuilding: {printable(str(error))}")
            else:
                say(f"tables in {printable(str(tables_dir))} are up to date with {printable(str(source))}")
                return current, False, manifest
        say(f"building tables from {printable(str(source))} ({note})")
        build_paths([source], tables_dir, progress=progress, manifest={
            "input_kind": kind, "input_note": note, "input_fingerprint": stamp,
            "inputs": [{"path": str(source), "sha256": own if source.is_file() else None}]})
        return table_set(tables_dir), True, read_manifest(tables_dir)

