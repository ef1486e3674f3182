"""Tables: records become tidy, validated tables, written and read as one set.

``reports`` (one row per report), ``subjects`` (one row per subject, keyed to
its report), ``evidence`` (the sentence behind each value, with offsets into
the repaired text) and ``rejected`` (every input that did not become a
record, with the reason). Each is validated against the codebook before it is
written, and written as Parquet and formula-safe CSV.

A tables folder holds whole sets: each build writes a new version folder and
publishes it by swapping the ``current`` symlink in one step; the files at
the folder's top level are stable links through ``current``. Reading checks
the set against its manifest's checksums and refuses a mismatched set.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

from .extract import Record
from .atomic import LINK_PREFIX, atomic_symlink
from .loading import printable, report_id, say
from .safecsv import write_csv
from .schema import ALLOWED, CASE_TO_ANSWER, FIELD_PATTERNS, REPORT_FIELDS, SUBJECT_FIELDS
from .sources import sha256_of

TABLES = ("reports", "subjects", "evidence", "rejected", "extracted_reports", "extracted_subjects")
CURRENT = "current"          # symlink to the version folder of the current set
LOCK_FILE = ".lock"
STAGING_PREFIX = ".staging-"
VERSION_PREFIX = "v-"
LOCK_WAIT_SECONDS = 600

# Columns beyond the codebook's, described for the data dictionary.
EXTRA_COLUMNS: dict[str, dict[str, tuple[str, str]]] = {
    "reports": {
        "report_id": ("str", "Stable key: first 12 hex digits of sha1 of the page address (`url`) where the export gives one, "
                             "else of the report's text (whitespace collapsed, case-folded); never of the path."),
        "source": ("str", "Where the report came from: a file path, or path#row for an export."),
        "force": ("str|null", "The first force in `forces` (the subject force), for grouping."),
        "n_forces": ("int", "Number of forces named."),
        "incident_year": ("int|null", "Year of incident_month."),
        "n_subjects": ("int", "Subjects with a case-to-answer decision (any grade)."),
        "n_case_to_answer": ("int", "Subjects with a case to answer for misconduct or gross misconduct."),
        "url": ("str|null", "Page address, where the export gives one."),
        "source_force": ("str|null", "The export's own force label, as given."),
        "category": ("str|null", "The export's category label, as given."),
        "page_date": ("str|null", "The export's page date (YYYY-MM-DD), as given; not the codebook's `published`."),
        "row_id": ("str|null", "The export's own row identifier (the workbook's XX)."),
        "format": ("str", "Input format: txt, md, html, csv, xlsx, jsonl."),
        "values_from": ("str", "Where this row's codebook values came from: `extracted` (casekit's rules) or `verified` "
                               "(a hand label, which replaced the extracted values; those stay in `extracted_reports`)."),
        "label_path": ("str|null", "The hand label applied, for `verified` rows (relative to the project when inside it)."),
    },
    "subjects": {
        "report_id": ("str", "The report this subject belongs to."),
        "subject_index": ("int", "Position of the subject within its report, from 0."),
        "case_to_answer": ("bool", "grade is misconduct or gross_misconduct."),
        "values_from": ("str", "`extracted` or `verified`, as for the subject's report."),
    },
    "evidence": {
        "report_id": ("str", "The report the evidence belongs to (the sentences justify the extracted values; for a "
                             "verified report those are in `extracted_reports` and `extracted_subjects`)."),
        "field": ("str", "Codebook field the sentence supports."),
        "subject_index": ("int|null", "Subject the value belongs to; null for report-level fields."),
        "value": ("str", "The value extracted (lists joined with '; ')."),
        "sentence": ("str", "The sentence or line the value came from."),
        "start": ("int", "Character offset of the sentence in the repaired text."),
        "end": ("int", "End offset (exclusive) of the sentence in the repaired text."),
        "rule": ("str", "What read a report field from the sentence: the rule's own words, or `sentence model (P=...)` "
                        "when no rule knew the wording and a learned reader did (organisational learning, criminal "
                        "indication); empty for subjects' values, which the resolver reads from several sentences."),
    },
    "rejected": {
        "source": ("str", "The file, or file#row, that did not become a record."),
        "reason": ("str", "Why: empty, binary, undecodable, no text, missing columns, duplicate, ..."),
    },
    "extracted_reports": {
        "report_id": ("str", "A verified report: the values casekit extracted before its hand label replaced them."),
    },
    "extracted_subjects": {
        "report_id": ("str", "A verified report: the subjects casekit extracted before its hand label replaced them."),
        "subject_index": ("int", "Position of the subject among the extracted ones, from 0 (evidence rows refer to it)."),
        "case_to_answer": ("bool", "grade is misconduct or gross_misconduct."),
    },
}
_REPORT_CODEBOOK = [f.name for f in REPORT_FIELDS]
_SUBJECT_COLUMNS = ["report_id", "subject_index"] + [f.name for f in SUBJECT_FIELDS] + ["case_to_answer"]


def record_id(record: Record) -> str:
    """The report id given at loading, or, for a record made from bare text, one from its text."""
    return record.meta.get("report_id") or report_id(record.text, record.meta)


def _joined(value) -> str:
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return "" if value is None else str(value)


def to_tables(records: Iterable[Record], rejected: Iterable = ()) -> dict[str, pd.DataFrame]:
    """Frames from records and the inputs rejected (``Rejected``: source, reason)."""
    report_rows, subject_rows, evidence_rows, extracted_report_rows, extracted_subject_rows = [], [], [], [], []
    for record in records:
        rid = record_id(record)
        f = record.fields
        if record.extracted is not None:
            extracted_report_rows.append({"report_id": rid, **{name: record.extracted["fields"][name] for name in _REPORT_CODEBOOK}})
            for index, subject in enumerate(record.extracted["subjects"]):
                extracted_subject_rows.append({"report_id": rid, "subject_index": index, **subject,
                                               "case_to_answer": subject["grade"] in CASE_TO_ANSWER})
        month = f["incident_month"]
        report_rows.append({
            "report_id": rid,
            "source": record.source,
            **{name: f[name] for name in (fld.name for fld in REPORT_FIELDS)},
            "force": f["forces"][0] if f["forces"] else None,
            "n_forces": len(f["forces"]),
            "incident_year": int(month[:4]) if month else None,
            "n_subjects": len(record.subjects),
            "n_case_to_answer": sum(s["grade"] in CASE_TO_ANSWER for s in record.subjects),
            **{key: record.meta.get(key) for key in ("url", "category", "page_date", "row_id")},
            "source_force": record.meta.get("force"),
            "format": record.meta.get("format", ""),
            "values_from": record.values_from,
            "label_path": record.label_path,
        })
        for index, subject in enumerate(record.subjects):
            subject_rows.append({"report_id": rid, "subject_index": index, **subject,
                                 "case_to_answer": subject["grade"] in CASE_TO_ANSWER, "values_from": record.values_from})
        for e in record.evidence:
            evidence_rows.append({"report_id": rid, "field": e.field, "subject_index": e.subject,
                                  "value": _joined(e.value), "sentence": e.sentence, "start": e.start, "end": e.end,
                                  "rule": e.rule})

    report_columns = ["report_id", "source"] + [f.name for f in REPORT_FIELDS] + [
        c for c in EXTRA_COLUMNS["reports"] if c not in ("report_id", "source")]
    reports = pd.DataFrame(report_rows, columns=report_columns)
    reports["incident_year"] = reports["incident_year"].astype("Int64")
    subjects = pd.DataFrame(subject_rows, columns=_SUBJECT_COLUMNS + ["values_from"])
    extracted_reports = pd.DataFrame(extracted_report_rows, columns=["report_id"] + _REPORT_CODEBOOK)
    extracted_subjects = pd.DataFrame(extracted_subject_rows, columns=_SUBJECT_COLUMNS)
    evidence = pd.DataFrame(evidence_rows, columns=list(EXTRA_COLUMNS["evidence"]))
    evidence["subject_index"] = evidence["subject_index"].astype("Int64")
    rejected = pd.DataFrame([{"source": r.source, "reason": r.reason} for r in rejected], columns=["source", "reason"])
    for frame in (reports, subjects, evidence, rejected, extracted_reports, extracted_subjects):
        for column in frame.columns:
            if frame[column].dtype == object and column not in ("forces", "tags"):
                frame[column] = frame[column].astype("string")
    for frame, columns in ((reports, ("n_forces", "n_subjects", "n_case_to_answer")),
                           (subjects, ("subject_index",)), (evidence, ("start", "end")), (extracted_subjects, ("subject_index",))):
        for column in columns:
            frame[column] = frame[column].astype("int64")
    for frame in (subjects, extracted_subjects):
        for column in ("barred_list", "case_to_answer"):
            frame[column] = frame[column].astype(bool)
    return {"reports": reports, "subjects": subjects, "evidence": evidence, "rejected": rejected,
            "extracted_reports": extracted_reports, "extracted_subjects": extracted_subjects}


def concat_tables(parts: list[dict[str, pd.DataFrame]], rejected: Iterable = ()) -> dict[str, pd.DataFrame]:
    """One set of tables from the sets made batch by batch, and the rejected inputs."""
    whole = to_tables([], rejected)
    for name in ("reports", "subjects", "evidence", "extracted_reports", "extracted_subjects"):
        frames = [part[name] for part in parts]
        if frames:
            whole[name] = pd.concat(frames, ignore_index=True)
    return whole


# --- validation ---------------------------------------------------------------

def schemas():
    import pandera.pandas as pa

    def allowed(name: str, nullable: bool = False):
        return pa.Column("string", pa.Check.isin(list(ALLOWED[name])), nullable=nullable)

    def list_of_str():
        return pa.Column(object, pa.Check(lambda s: s.map(lambda v: isinstance(v, list) and all(isinstance(x, str) for x in v)),
                                          error="must be a list of strings"))

    reports = pa.DataFrameSchema({
        "report_id": pa.Column("string", unique=True),
        "source": pa.Column("string", unique=True),
        "title": pa.Column("string", pa.Check.str_length(min_value=1)),
        "forces": list_of_str(),
        **{name: pa.Column("string", pa.Check.str_matches(pattern), nullable=True) for name, pattern in FIELD_PATTERNS.items()},
        "tags": list_of_str(),
        "criminal_indication": allowed("criminal_indication"),
        "cps_referral": allowed("cps_referral"),
        "organisational_learning": allowed("organisational_learning"),
        "n_subjects": pa.Column("int64", pa.Check.ge(0)),
        "n_case_to_answer": pa.Column("int64", pa.Check.ge(0)),
    }, checks=[pa.Check(lambda df: df["n_case_to_answer"] <= df["n_subjects"], error="more case-to-answer subjects than subjects")],
        strict=False)
    subjects = pa.DataFrameSchema({
        "report_id": pa.Column("string"),
        "subject_index": pa.Column("int64", pa.Check.ge(0)),
        **{name: allowed(name) for name in ("role", "grade", "proceedings", "left_before_proceedings", "outcome", "sanction")},
        "barred_list": pa.Column(bool),
    }, unique=["report_id", "subject_index"], strict=False)
    evidence = pa.DataFrameSchema({
        "report_id": pa.Column("string"),
        "field": pa.Column("string", pa.Check.isin([f.name for f in REPORT_FIELDS + SUBJECT_FIELDS])),
        "sentence": pa.Column("string"),
        "start": pa.Column("int64", pa.Check.ge(0)),
        "end": pa.Column("int64", pa.Check.ge(0)),
    }, checks=[pa.Check(lambda df: df["start"] <= df["end"], error="start after end")], strict=False)
    rejected = pa.DataFrameSchema({"source": pa.Column("string"), "reason": pa.Column("string", pa.Check.str_length(min_value=1))})
    reports = reports.add_columns({"values_from": pa.Column("string", pa.Check.isin(["extracted", "verified"])),
                                   "label_path": pa.Column("string", nullable=True)})
    subjects = subjects.add_columns({"values_from": pa.Column("string", pa.Check.isin(["extracted", "verified"]))})
    extracted_reports = pa.DataFrameSchema({"report_id": pa.Column("string", unique=True), **{
        name: reports.columns[name] for name in _REPORT_CODEBOOK if name != "title"}}, strict=False)
    extracted_subjects = subjects.remove_columns(["values_from"])
    return {"reports": reports, "subjects": subjects, "evidence": evidence, "rejected": rejected,
            "extracted_reports": extracted_reports, "extracted_subjects": extracted_subjects}


def validate(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Check every table against the codebook; raises pandera's SchemaErrors listing all failures."""
    checked = {name: schema.validate(tables[name], lazy=True) for name, schema in schemas().items()}
    ids = set(checked["reports"]["report_id"])
    verified = set(checked["reports"].loc[checked["reports"]["values_from"] == "verified", "report_id"])
    if set(checked["extracted_reports"]["report_id"]) != verified:
        raise ValueError("extracted_reports must hold exactly the verified reports")
    for name in ("subjects", "evidence", "extracted_subjects"):
        orphans = set(checked[name]["report_id"]) - ids
        if orphans:
            raise ValueError(f"{name} table refers to unknown reports: {sorted(orphans)[:5]}")
    return checked


# --- data dictionary ----------------------------------------------------------

def data_dictionary() -> pd.DataFrame:
    rows = []
    codebook = {f.name: f for f in REPORT_FIELDS + SUBJECT_FIELDS}
    columns = {
        "reports": ["report_id", "source"] + [f.name for f in REPORT_FIELDS] + [c for c in EXTRA_COLUMNS["reports"] if c not in ("report_id", "source")],
        "subjects": _SUBJECT_COLUMNS + ["values_from"],
        "evidence": list(EXTRA_COLUMNS["evidence"]),
        "rejected": list(EXTRA_COLUMNS["rejected"]),
        "extracted_reports": ["report_id"] + _REPORT_CODEBOOK,
        "extracted_subjects": _SUBJECT_COLUMNS,
    }
    for table, names in columns.items():
        for name in names:
            if name in EXTRA_COLUMNS[table]:
                dtype, description = EXTRA_COLUMNS[table][name]
                values = ""
            else:
                spec = codebook[name]
                dtype, description, values = spec.dtype, spec.description, ", ".join(spec.values or ())
            rows.append({"table": table, "column": name, "type": dtype, "allowed_values": values,
                         "description": description, "from_codebook": name in codebook})
    return pd.DataFrame(rows)


def dictionary_markdown(frame: pd.DataFrame) -> str:
    lines = ["# casekit data dictionary", "", "Generated from `casekit.schema` (the codebook as code); do not edit by hand.", "",
             "The Parquet files hold the text exactly as extracted. In the CSV files, a text cell that begins with "
             "`=`, `+`, `-`, `@`, a tab or a carriage return is written with a leading apostrophe (`'`), so that "
             "spreadsheets show it as text instead of running it as a formula (report text is untrusted).", ""]
    for table, group in frame.groupby("table", sort=False):
        lines += [f"## `{table}`", "", "| column | type | allowed values | description |", "|---|---|---|---|"]
        for row in group.itertuples():
            lines.append(f"| `{row.column}` | {row.type} | {row.allowed_values} | {row.description} |")
        lines.append("")
    return "\n".join(lines)


# --- writing ------------------------------------------------------------------

class TableSetError(ValueError):
    """A table set that is incomplete or does not match its manifest; the message says which file."""


class TablesBusy(RuntimeError):
    """Another build held the tables folder's lock for longer than we wait."""


@contextmanager
def tables_lock(out_dir: str | Path, timeout: float = LOCK_WAIT_SECONDS,
                say: Callable[[str], None] = say) -> Iterator[None]:
    """Hold the tables folder's lock: one build at a time writes there. Re-entrant in one thread."""
    from filelock import FileLock, Timeout

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    lock = FileLock(out_dir / LOCK_FILE, is_singleton=True)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        say(f"waiting for another build of {printable(str(out_dir))} to finish")
        try:
            lock.acquire(timeout=timeout)
        except Timeout:
            raise TablesBusy(f"{printable(str(out_dir))}: another build still held the lock after {timeout:.0f}s; "
                             "nothing was written") from None
    try:
        yield
    finally:
        lock.release()


def _csv_ready(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy(deep=False)
    for column in ("forces", "tags"):
        if column in out.columns:
            out[column] = out[column].map(lambda v: "; ".join(v) if isinstance(v, list) else v)
    return out


def _write_set(tables: dict[str, pd.DataFrame], folder: Path, formats: Iterable[str], manifest: dict | None) -> list[str]:
    written: list[str] = []
    for name, frame in tables.items():
        if "parquet" in formats:
            frame.to_parquet(folder / f"{name}.parquet", index=False)
            written.append(f"{name}.parquet")
        if "csv" in formats:
            write_csv(_csv_ready(frame), folder / f"{name}.csv")
            written.append(f"{name}.csv")
    dictionary = data_dictionary()
    write_csv(dictionary, folder / "data_dictionary.csv")
    (folder / "data_dictionary.md").write_text(dictionary_markdown(dictionary), encoding="utf-8")
    written += ["data_dictionary.csv", "data_dictionary.md"]
    info = {
        "built_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "rows": {name: int(len(frame)) for name, frame in tables.items()},
        "files": {name: sha256_of(folder / name) for name in written},
        **(manifest or {}),
    }
    (folder / "manifest.json").write_text(json.dumps(info, indent=2, default=str), encoding="utf-8")
    return written + ["manifest.json"]


def _current_name(out_dir: Path) -> str | None:
    link = out_dir / CURRENT
    return os.readlink(link) if link.is_symlink() else None


def _link_files(out_dir: Path, names: list[str]) -> None:
    """Top-level links ``name -> current/name``: the paths users know, always the current set."""
    for name in names:
        link = out_dir / name
        if not (link.is_symlink() and os.readlink(link) == f"{CURRENT}/{name}") and not link.is_dir():
            atomic_symlink(link, f"{CURRENT}/{name}")
    for entry in out_dir.iterdir():  # links to files the new set no longer has (e.g. CSV after --formats parquet)
        if entry.is_symlink() and entry.name not in names and os.readlink(entry).startswith(f"{CURRENT}/"):
            entry.unlink()


def _remove(out_dir: Path, keep: set[str | None]) -> None:
    """Remove what killed builds left (staging folders, half-made links) and sets other than ``keep``."""
    for entry in out_dir.iterdir():
        name = entry.name
        if name.startswith((STAGING_PREFIX, LINK_PREFIX)) or (name.startswith(VERSION_PREFIX) and name not in keep):
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                entry.unlink(missing_ok=True)


def write_tables(tables: dict[str, pd.DataFrame], out_dir: str | Path, formats: Iterable[str] = ("parquet", "csv"),
                 manifest: dict | None = None) -> list[Path]:
    """Write a new table set into ``out_dir`` and make it current in one step.

    The set is written into a staging folder, renamed to its own version
    folder, and published by renaming a new ``current`` symlink over the old
    one, so readers see the old set or the new one, never a mix, and a build
    killed at any point leaves the previous set current. Runs under the
    folder's lock. Leftovers of killed builds are removed first; afterwards
    only the new set and the one before it (which a reader may still hold) are kept.
    """
    out_dir = Path(out_dir)
    with tables_lock(out_dir):
        _remove(out_dir, keep={_current_name(out_dir)} | {e.name for e in out_dir.glob(f"{VERSION_PREFIX}*")})
        staging = out_dir / f"{STAGING_PREFIX}{secrets.token_hex(6)}"
        staging.mkdir()
        try:
            written = _write_set(tables, staging, formats, manifest)
            version = f"{VERSION_PREFIX}{datetime.now(timezone.utc):%Y%m%dT%H%M%S}-{secrets.token_hex(3)}"
            os.rename(staging, out_dir / version)
            previous = _current_name(out_dir)
            atomic_symlink(out_dir / CURRENT, version)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        _link_files(out_dir, written)
        _remove(out_dir, keep={version, previous})
    return [out_dir / name for name in written]


# --- reading ------------------------------------------------------------------

def table_set(out_dir: str | Path) -> Path:
    """The folder that holds the current set: the target of ``current``, or ``out_dir`` itself (one set)."""
    out_dir = Path(out_dir)
    current = out_dir / CURRENT
    if os.path.lexists(current):
        return current.resolve(strict=True)
    return out_dir


def verified_table_set(out_dir: str | Path) -> Path:
    """The current set's folder, once every file matches the manifest; else a clear error."""
    folder = table_set(out_dir)
    missing = [name for name in TABLES if not (folder / f"{name}.parquet").exists()]
    if missing:
        raise FileNotFoundError(f"{out_dir}: no built tables ({', '.join(missing)} missing); run `casekit build` first")
    try:
        files = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["files"]
    except (OSError, ValueError, KeyError, TypeError):
        raise TableSetError(f"{out_dir}: no readable manifest.json listing the set's files, so the set cannot be "
                            "checked; rebuild it with `casekit build`") from None
    for name, expected in files.items():
        path = folder / name
        if not path.exists():
            raise TableSetError(f"{out_dir}: {name} is missing from the table set; rebuild it with `casekit build`")
        if sha256_of(path) != expected:
            raise TableSetError(f"{out_dir}: {name} does not match the manifest's checksum, so the set is mixed or "
                                "damaged; rebuild it with `casekit build`")
    return folder


def read_tables(out_dir: str | Path) -> dict[str, pd.DataFrame]:
    """Read a built table set back (Parquet), refusing a set that does not match its manifest."""
    while True:
        folder = verified_table_set(out_dir)
        try:
            return {name: pd.read_parquet(folder / f"{name}.parquet") for name in TABLES}
        except FileNotFoundError:
            # Builds replaced the set twice while we read it and removed its
            # folder; read the new current set, which is whole.
            if table_set(out_dir) == folder:
                raise


def read_manifest(out_dir: str | Path) -> dict:
    try:
        path = table_set(out_dir) / "manifest.json"
    except FileNotFoundError:
        return {}
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


class NoData(ValueError):
    """The tables are missing, or the filters select nothing; the message says which."""


def naming_any(reports: pd.DataFrame, forces: list[str]) -> pd.Series:
    """Which reports name at least one of ``forces`` (a report may name several)."""
    return reports["forces"].map(lambda names: any(f in list(names) for f in forces))


def select(tables: dict[str, pd.DataFrame], forces: list[str] | None = None,
           year_from: int | None = None, year_to: int | None = None, verified_only: bool = False) -> dict[str, pd.DataFrame]:
    """Restrict every table to reports of the given forces and incident years (and, if asked, to hand-verified reports)."""
    reports = tables["reports"]
    keep = pd.Series(True, index=reports.index)
    if verified_only:
        keep &= reports["values_from"] == "verified"
    if forces:
        keep &= naming_any(reports, forces)
    if year_from is not None:
        keep &= reports["incident_year"].fillna(-1) >= year_from
    if year_to is not None:
        keep &= reports["incident_year"].fillna(10_000) <= year_to
    chosen = reports[keep]
    if chosen.empty:
        raise NoData(f"no reports match forces={forces or 'all'}, years {year_from or '…'}–{year_to or '…'}"
                     f"{', verified only' if verified_only else ''}; the tables hold {len(reports)} reports")
    ids = set(chosen["report_id"])
    out = {"reports": chosen.reset_index(drop=True), "rejected": tables["rejected"]}
    for name in ("subjects", "evidence", "extracted_reports", "extracted_subjects"):
        if name in tables:
            out[name] = tables[name][tables[name]["report_id"].isin(ids)].reset_index(drop=True)
    return out


def load_for_analysis(data_dir: str | Path, forces: list[str] | None = None, year_from: int | None = None,
                      year_to: int | None = None, verified_only: bool = False) -> dict[str, pd.DataFrame]:
    """What each notebook starts with: built tables, filtered, or a clear error."""
    try:
        tables = read_tables(data_dir)
    except FileNotFoundError as error:
        raise NoData(f"{error}. Build them with `casekit build` or `make report`.") from None
    except TableSetError as error:
        raise NoData(str(error)) from None
    return select(tables, forces, year_from, year_to, verified_only)
