"""Build: raw inputs become records, then tables, in a sequence of small steps.

    check_inputs   every input named exists, else nothing is written
    load           reports, rejected inputs, skipped entries   (casekit.loading)
    extract_all    one record per report, in worker processes over chunks
    deduplicate    a later copy of a report is rejected, naming the first
    to_tables, validate, write_tables                          (casekit.tables)

``build_tables`` runs the steps after loading; records can be revised between
``extract_all`` and ``to_tables`` (see the note there). ``build_if_changed`` is
what ``casekit report`` calls: it rebuilds only when the input changed, under
the tables folder's lock.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
from collections import Counter
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .extract import Record, extract
from .loading import MAX_PAGE_BYTES, LoadResult, Rejected, Report, Skipped, input_files, load, printable
from .repair import collapse_whitespace
from .tables import (TableSetError, read_manifest, record_id, table_set, tables_lock, to_tables, validate,
                     verified_table_set, write_tables)

# Real reports name at most a dozen people; hundreds means the text is no summary.
MAX_SUBJECTS = 100
# Below this many reports, starting worker processes costs more than it saves.
_PARALLEL_FROM = 200


class MissingInput(ValueError):
    """An input named on the command line or in the parameters does not exist."""


class NothingRead(ValueError):
    """No input became a record, so there is nothing to write; previous tables are kept."""

    def __init__(self, message: str, build: "Build"):
        super().__init__(message)
        self.build = build


@dataclass
class Build:
    records: list[Record] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    duplicates: int = 0


def check_inputs(paths: Iterable[str | Path]) -> list[Path]:
    """The inputs as paths; a missing one is an error before anything is read or written."""
    paths = [Path(p) for p in paths]
    missing = [p for p in paths if not os.path.lexists(p)]
    if missing:
        raise MissingInput(f"no such file or folder: {', '.join(printable(str(p)) for p in missing)}; nothing was built")
    return paths


# --- extraction ---------------------------------------------------------------

def _extract_chunk(reports: Sequence[Report], max_subjects: int) -> list[Record | Rejected]:
    """Extract each report; a failure is that report's rejection, never the chunk's."""
    out: list[Record | Rejected] = []
    for report in reports:
        try:
            record = extract(report)
        except ValueError as error:
            out.append(Rejected(report.source, f"no report text ({error})"))
            continue
        except Exception as error:  # one bad report never sinks a build
            out.append(Rejected(report.source, f"extraction failed: {type(error).__name__}: {error}"))
            continue
        if len(record.subjects) > max_subjects:
            out.append(Rejected(report.source, f"too many subjects: {len(record.subjects)} "
                                               f"(cap {max_subjects}; raise it with --max-subjects)"))
            continue
        out.append(record)
    return out


def _workers(requested: int | None) -> int:
    if requested:
        return max(1, requested)
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def _progress_bar(total: int, show: bool):
    from tqdm import tqdm

    return tqdm(total=total, desc="extracting", unit="report", mininterval=0.5, leave=False, disable=not show)


def _extract_reports(reports: Sequence[Report], workers: int, max_subjects: int, progress: bool) -> list[Record | Rejected]:
    """Records and rejections in input order, extracted in worker processes when it pays."""
    with _progress_bar(len(reports), progress) as bar:
        if workers == 1 or len(reports) < _PARALLEL_FROM:
            results = []
            for report in reports:
                results += _extract_chunk([report], max_subjects)
                bar.update()
            return results
        # Several chunks per worker keep both busy to the end and the progress bar moving.
        size = max(20, min(500, len(reports) // (workers * 8)))
        chunks = [reports[i:i + size] for i in range(0, len(reports), size)]
        done: dict[int, list[Record | Rejected]] = {}
        # fork: workers start at once with casekit already imported (the report
        # calls this before it starts any thread)
        context = multiprocessing.get_context("fork") if "fork" in multiprocessing.get_all_start_methods() else None
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            futures = {pool.submit(_extract_chunk, chunk, max_subjects): index for index, chunk in enumerate(chunks)}
            for future in as_completed(futures):
                index = futures[future]
                done[index] = future.result()
                bar.update(len(chunks[index]))
        return [item for index in range(len(chunks)) for item in done.pop(index)]


def deduplicate(records: Iterable[Record], build: Build) -> None:
    """Keep the first of each report; later copies go to ``build.rejected`` naming it."""
    seen_ref_title: dict[tuple[str, str], str] = {}
    seen_text: dict[str, str] = {}
    seen_id: dict[str, str] = {}
    for record in records:
        title = collapse_whitespace(record.fields["title"]).lower()
        digest = hashlib.sha1(collapse_whitespace(record.text).lower().encode("utf-8")).hexdigest()
        ref = record.fields["iopc_ref"]
        rid = record_id(record)
        # The same reference alone is not a duplicate: the IOPC publishes an
        # investigation page and its recommendation pages under one reference.
        if ref and (ref, title) in seen_ref_title:
            why = f"duplicate of {seen_ref_title[(ref, title)]} (same IOPC reference {ref} and title)"
        elif digest in seen_text:
            why = f"duplicate of {seen_text[digest]} (same title and text)"
        elif rid in seen_id:
            address = record.meta.get("url")
            why = f"duplicate of {seen_id[rid]} (same {'page address ' + address if address else 'report id ' + rid})"
        else:
            if ref:
                seen_ref_title[(ref, title)] = record.source
            seen_text[digest] = record.source
            seen_id[rid] = record.source
            build.records.append(record)
            continue
        build.duplicates += 1
        build.rejected.append(Rejected(record.source, why))


def extract_all(loaded: LoadResult, progress: bool = False, workers: int | None = None,
                max_subjects: int = MAX_SUBJECTS) -> Build:
    """Extract every loaded report; failures, oversized reports and duplicates go to ``rejected``."""
    build = Build(rejected=list(loaded.rejected), skipped=list(loaded.skipped))
    results = _extract_reports(loaded.reports, _workers(workers), max_subjects, progress)
    build.rejected += [item for item in results if isinstance(item, Rejected)]
    deduplicate((item for item in results if isinstance(item, Record)), build)
    return build


# --- tables -------------------------------------------------------------------

def build_tables(loaded: LoadResult, out_dir: str | Path | None = None, progress: bool = False,
                 formats: Iterable[str] = ("parquet", "csv"), manifest: dict | None = None,
                 workers: int | None = None, max_subjects: int = MAX_SUBJECTS) -> tuple[Build, dict[str, pd.DataFrame]]:
    """Extract, tabulate and validate; with ``out_dir``, also write the table set there.

    A build that read no report raises ``NothingRead`` and writes nothing, so
    the tables already in ``out_dir`` stay as they were.
    """
    build = extract_all(loaded, progress=progress, workers=workers, max_subjects=max_subjects)
    # The records are final from here on. A stage that revises them before they
    # become tables (hand-verified labels, issue 8) takes and returns `build` here.
    tables = validate(to_tables(build))
    if out_dir is not None:
        if not build.records:
            raise NothingRead(f"no report could be read ({len(build.rejected)} inputs rejected); "
                              f"nothing was written and the tables in {printable(str(out_dir))} are as they were", build)
        skipped = Counter(item.rule for item in build.skipped)
        write_tables(tables, out_dir, formats, {"duplicates": build.duplicates, "skipped": dict(skipped), **(manifest or {})})
    return build, tables


# --- rebuilding only when the input changed -------------------------------------

def fingerprint(path: str | Path) -> str:
    """The file's sha256; for a folder, sha256 over the files a build would read (names and contents)."""
    from .sources import sha256_of

    path = Path(path)
    if path.is_file():
        return sha256_of(path)
    digest = hashlib.sha256()
    for file in input_files(path, LoadResult()):
        digest.update(str(file.relative_to(path)).encode())
        digest.update(sha256_of(file).encode())
    return digest.hexdigest()


def build_if_changed(source: str | Path, tables_dir: str | Path, kind: str, note: str,
                     progress: bool = True, say=print) -> tuple[Path, bool, dict]:
    """(the folder of the table set to read, whether it was rebuilt, its manifest).

    Holds the tables folder's lock throughout, so two runs never build the same
    tables at once; the folder returned is the set itself, which a later build
    does not change.
    """
    (source,) = check_inputs([source])
    tables_dir = Path(tables_dir).resolve()
    stamp = fingerprint(source)
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
        loaded = load(source)
        build_tables(loaded, tables_dir, progress=progress, manifest={
            "input_kind": kind, "input_note": note, "input_fingerprint": stamp,
            "inputs": [{"path": str(source), "sha256": stamp if source.is_file() else None}]})
        return table_set(tables_dir), True, read_manifest(tables_dir)

