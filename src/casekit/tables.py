"""Tables: records become tidy, validated tables, written atomically.

``reports`` (one row per report), ``subjects`` (one row per subject, keyed to
its report), ``evidence`` (the sentence behind each value, with offsets into
the repaired text) and ``rejected`` (every input that did not become a
record, with the reason). Each is validated against the codebook before it is
written, and written as Parquet and CSV.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

from .extract import Record, extract
from .loading import LoadResult, Rejected
from .repair import collapse_whitespace
from .schema import ALLOWED, CASE_TO_ANSWER, REPORT_FIELDS, SUBJECT_FIELDS

TABLES = ("reports", "subjects", "evidence", "rejected")

# Columns beyond the codebook's, described for the data dictionary.
EXTRA_COLUMNS: dict[str, dict[str, tuple[str, str]]] = {
    "reports": {
        "report_id": ("str", "Stable key: first 12 hex digits of sha1(source)."),
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
    },
    "subjects": {
        "report_id": ("str", "The report this subject belongs to."),
        "subject_index": ("int", "Position of the subject within its report, from 0."),
        "case_to_answer": ("bool", "grade is misconduct or gross_misconduct."),
    },
    "evidence": {
        "report_id": ("str", "The report the evidence belongs to."),
        "field": ("str", "Codebook field the sentence supports."),
        "subject_index": ("int|null", "Subject the value belongs to; null for report-level fields."),
        "value": ("str", "The value extracted (lists joined with '; ')."),
        "sentence": ("str", "The sentence or line the value came from."),
        "start": ("int", "Character offset of the sentence in the repaired text."),
        "end": ("int", "End offset (exclusive) of the sentence in the repaired text."),
    },
    "rejected": {
        "source": ("str", "The file, or file#row, that did not become a record."),
        "reason": ("str", "Why: empty, binary, undecodable, no text, missing columns, duplicate, ..."),
    },
}


@dataclass
class Build:
    records: list[Record] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    duplicates: int = 0


def report_id(source: str) -> str:
    return hashlib.sha1(source.encode("utf-8")).hexdigest()[:12]


def _progress(iterable, total: int, show: bool):
    if not show:
        return iterable
    from tqdm import tqdm

    return tqdm(iterable, total=total, desc="extracting", unit="report", mininterval=0.5, leave=False)


def extract_all(loaded: LoadResult, progress: bool = False) -> Build:
    """Extract every loaded report; failures and duplicates go to ``rejected``."""
    build = Build(rejected=list(loaded.rejected))
    seen_ref_title: dict[tuple[str, str], str] = {}
    seen_text: dict[str, str] = {}
    for report in _progress(loaded.reports, len(loaded.reports), progress):
        try:
            record = extract(report)
        except ValueError as error:
            build.rejected.append(Rejected(report.source, f"no report text ({error})"))
            continue
        except Exception as error:  # one bad report never sinks a build
            build.rejected.append(Rejected(report.source, f"extraction failed: {type(error).__name__}: {error}"))
            continue
        title = collapse_whitespace(record.fields["title"]).lower()
        digest = hashlib.sha1(collapse_whitespace(record.text).lower().encode("utf-8")).hexdigest()
        ref = record.fields["iopc_ref"]
        # The same reference alone is not a duplicate: the IOPC publishes an
        # investigation page and its recommendation pages under one reference.
        if ref and (ref, title) in seen_ref_title:
            build.duplicates += 1
            build.rejected.append(Rejected(report.source, f"duplicate of {seen_ref_title[(ref, title)]} (same IOPC reference {ref} and title)"))
            continue
        if digest in seen_text:
            build.duplicates += 1
            build.rejected.append(Rejected(report.source, f"duplicate of {seen_text[digest]} (same title and text)"))
            continue
        if ref:
            seen_ref_title[(ref, title)] = report.source
        seen_text[digest] = report.source
        build.records.append(record)
    return build


def _joined(value) -> str:
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return "" if value is None else str(value)


def to_tables(build: Build) -> dict[str, pd.DataFrame]:
    report_rows, subject_rows, evidence_rows = [], [], []
    for record in build.records:
        rid = report_id(record.source)
        f = record.fields
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
        })
        for index, subject in enumerate(record.subjects):
            subject_rows.append({"report_id": rid, "subject_index": index, **subject,
                                 "case_to_answer": subject["grade"] in CASE_TO_ANSWER})
        for e in record.evidence:
            evidence_rows.append({"report_id": rid, "field": e.field, "subject_index": e.subject,
                                  "value": _joined(e.value), "sentence": e.sentence, "start": e.start, "end": e.end})

    report_columns = ["report_id", "source"] + [f.name for f in REPORT_FIELDS] + [
        c for c in EXTRA_COLUMNS["reports"] if c not in ("report_id", "source")]
    reports = pd.DataFrame(report_rows, columns=report_columns)
    reports["incident_year"] = reports["incident_year"].astype("Int64")
    subject_columns = ["report_id", "subject_index"] + [f.name for f in SUBJECT_FIELDS] + ["case_to_answer"]
    subjects = pd.DataFrame(subject_rows, columns=subject_columns)
    evidence = pd.DataFrame(evidence_rows, columns=list(EXTRA_COLUMNS["evidence"]))
    evidence["subject_index"] = evidence["subject_index"].astype("Int64")
    rejected = pd.DataFrame([{"source": r.source, "reason": r.reason} for r in build.rejected], columns=["source", "reason"])
    for frame in (reports, subjects, evidence, rejected):
        for column in frame.columns:
            if frame[column].dtype == object and column not in ("forces", "tags"):
                frame[column] = frame[column].astype("string")
    for frame, columns in ((reports, ("n_forces", "n_subjects", "n_case_to_answer")),
                           (subjects, ("subject_index",)), (evidence, ("start", "end"))):
        for column in columns:
            frame[column] = frame[column].astype("int64")
    for column in ("barred_list", "case_to_answer"):
        subjects[column] = subjects[column].astype(bool)
    return {"reports": reports, "subjects": subjects, "evidence": evidence, "rejected": rejected}


# --- validation ---------------------------------------------------------------

def schemas():
    import pandera.pandas as pa

    def allowed(name: str, nullable: bool = False):
        return pa.Column("string", pa.Check.isin(list(ALLOWED[name])), nullable=nullable)

    def list_of_str(nullable_items: bool = False):
        return pa.Column(object, pa.Check(lambda s: s.map(lambda v: isinstance(v, list) and all(isinstance(x, str) for x in v)),
                                          error="must be a list of strings"))

    reports = pa.DataFrameSchema({
        "report_id": pa.Column("string", unique=True),
        "source": pa.Column("string", unique=True),
        "title": pa.Column("string", pa.Check.str_length(min_value=1)),
        "forces": list_of_str(),
        "incident_month": pa.Column("string", pa.Check.str_matches(r"^\d{4}-(0[1-9]|1[0-2])$"), nullable=True),
        "published": pa.Column("string", pa.Check.str_matches(r"^\d{4}-\d{2}-\d{2}$"), nullable=True),
        "iopc_ref": pa.Column("string", pa.Check.str_matches(r"^\d+/\d+$"), nullable=True),
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
    return {"reports": reports, "subjects": subjects, "evidence": evidence, "rejected": rejected}


def validate(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Check every table against the codebook; raises pandera's SchemaErrors listing all failures."""
    checked = {name: schema.validate(tables[name], lazy=True) for name, schema in schemas().items()}
    ids = set(checked["reports"]["report_id"])
    for name in ("subjects", "evidence"):
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
        "subjects": ["report_id", "subject_index"] + [f.name for f in SUBJECT_FIELDS] + ["case_to_answer"],
        "evidence": list(EXTRA_COLUMNS["evidence"]),
        "rejected": list(EXTRA_COLUMNS["rejected"]),
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
    lines = ["# casekit data dictionary", "", "Generated from `casekit.schema` (the codebook as code); do not edit by hand.", ""]
    for table, group in frame.groupby("table", sort=False):
        lines += [f"## `{table}`", "", "| column | type | allowed values | description |", "|---|---|---|---|"]
        for row in group.itertuples():
            lines.append(f"| `{row.column}` | {row.type} | {row.allowed_values} | {row.description} |")
        lines.append("")
    return "\n".join(lines)


# --- writing ------------------------------------------------------------------

def _csv_ready(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    for column in ("forces", "tags"):
        if column in out.columns:
            out[column] = out[column].map(lambda v: "; ".join(v) if isinstance(v, list) else v)
    return out


def write_tables(tables: dict[str, pd.DataFrame], out_dir: str | Path, formats: Iterable[str] = ("parquet", "csv"),
                 manifest: dict | None = None) -> list[Path]:
    """Write into a staging folder, then move each finished file into place.

    An interrupted build leaves the previous outputs intact: nothing in
    ``out_dir`` changes until every file has been written and validated.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=out_dir))
    try:
        written: list[str] = []
        for name, frame in tables.items():
            if "parquet" in formats:
                frame.to_parquet(staging / f"{name}.parquet", index=False)
                written.append(f"{name}.parquet")
            if "csv" in formats:
                _csv_ready(frame).to_csv(staging / f"{name}.csv", index=False)
                written.append(f"{name}.csv")
        dictionary = data_dictionary()
        dictionary.to_csv(staging / "data_dictionary.csv", index=False)
        (staging / "data_dictionary.md").write_text(dictionary_markdown(dictionary), encoding="utf-8")
        written += ["data_dictionary.csv", "data_dictionary.md"]
        info = {
            "built_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "rows": {name: int(len(frame)) for name, frame in tables.items()},
            "files": {name: hashlib.sha256((staging / name).read_bytes()).hexdigest() for name in written},
            **(manifest or {}),
        }
        (staging / "manifest.json").write_text(json.dumps(info, indent=2, default=str), encoding="utf-8")
        written.append("manifest.json")  # last: its presence marks a complete set
        for name in written:
            os.replace(staging / name, out_dir / name)
        return [out_dir / name for name in written]
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def build_tables(loaded: LoadResult, out_dir: str | Path | None = None, progress: bool = False,
                 formats: Iterable[str] = ("parquet", "csv"), manifest: dict | None = None) -> tuple[Build, dict[str, pd.DataFrame]]:
    build = extract_all(loaded, progress=progress)
    tables = validate(to_tables(build))
    if out_dir is not None:
        write_tables(tables, out_dir, formats, {"duplicates": build.duplicates, **(manifest or {})})
    return build, tables


def read_tables(out_dir: str | Path) -> dict[str, pd.DataFrame]:
    """Read a built table set back (Parquet)."""
    out_dir = Path(out_dir)
    missing = [name for name in TABLES if not (out_dir / f"{name}.parquet").exists()]
    if missing:
        raise FileNotFoundError(f"{out_dir}: no built tables ({', '.join(missing)} missing); run `casekit build` first")
    return {name: pd.read_parquet(out_dir / f"{name}.parquet") for name in TABLES}


def read_manifest(out_dir: str | Path) -> dict:
    path = Path(out_dir) / "manifest.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


class NoData(ValueError):
    """The tables are missing, or the filters select nothing; the message says which."""


def select(tables: dict[str, pd.DataFrame], forces: list[str] | None = None,
           year_from: int | None = None, year_to: int | None = None) -> dict[str, pd.DataFrame]:
    """Restrict every table to reports of the given forces and incident years."""
    reports = tables["reports"]
    keep = pd.Series(True, index=reports.index)
    if forces:
        keep &= reports["forces"].map(lambda names: any(f in list(names) for f in forces))
    if year_from is not None:
        keep &= reports["incident_year"].fillna(-1) >= year_from
    if year_to is not None:
        keep &= reports["incident_year"].fillna(10_000) <= year_to
    chosen = reports[keep]
    if chosen.empty:
        raise NoData(f"no reports match forces={forces or 'all'}, years {year_from or '…'}–{year_to or '…'}; "
                     f"the tables hold {len(reports)} reports")
    ids = set(chosen["report_id"])
    return {"reports": chosen.reset_index(drop=True),
            "subjects": tables["subjects"][tables["subjects"]["report_id"].isin(ids)].reset_index(drop=True),
            "evidence": tables["evidence"][tables["evidence"]["report_id"].isin(ids)].reset_index(drop=True),
            "rejected": tables["rejected"]}


def load_for_analysis(data_dir: str | Path, forces: list[str] | None = None, year_from: int | None = None,
                      year_to: int | None = None) -> dict[str, pd.DataFrame]:
    """What each notebook starts with: built tables, filtered, or a clear error."""
    try:
        tables = read_tables(data_dir)
    except FileNotFoundError as error:
        raise NoData(f"{error}. Build them with `casekit build` or `make report`.") from None
    return select(tables, forces, year_from, year_to)


def describe_source(manifest: dict, reports: pd.DataFrame) -> str:
    """The first thing every page says: which data it shows."""
    inputs = manifest.get("inputs") or [{}]
    months = reports["incident_month"].dropna()
    span = f"{months.min()} to {months.max()}" if len(months) else "unknown"
    lines = []
    if manifest.get("input_kind") == "sample":
        lines.append("**These figures come from casekit's fictional sample corpus, not from real IOPC data.**\n")
    lines += [
        f"- **Source:** `{inputs[0].get('path', 'unknown')}` ({manifest.get('input_note', 'no build manifest')})",
        f"- **Checksum (sha256):** `{inputs[0].get('sha256') or manifest.get('input_fingerprint', 'n/a')}`",
        f"- **Reports shown:** {len(reports):,} (of {manifest.get('rows', {}).get('reports', '?')} built)",
        f"- **Incident months:** {span}",
        f"- **Tables built:** {manifest.get('built_at', 'unknown')}",
    ]
    return "\n".join(lines)
