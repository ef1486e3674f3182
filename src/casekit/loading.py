"""Loading: every input shape becomes a stream of raw reports.

A report is one published summary with a ``source`` (a file path, or
``path#row`` for exports). Inputs that cannot be read become ``Rejected``
entries naming the source and the reason; they never stop the rest.
"""

from __future__ import annotations

import ast
import json
import math
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PAGE_SUFFIXES = {".txt", ".md", ".html", ".htm"}
EXPORT_SUFFIXES = {".csv", ".xlsx", ".xlsm", ".xls", ".jsonl", ".ndjson"}

# Column names recognised in exports, in order of preference. The shared
# workbook (BBC Shared Data Unit scrape of the IOPC site) uses the first ones.
DEFAULT_COLUMNS: dict[str, tuple[str, ...]] = {
    "title": ("heading", "title", "headline"),
    "text": ("content", "text", "body", "summary"),
    "ref": ("ref", "iopc_ref", "reference"),
    "url": ("url", "link"),
    "force": ("Force", "force"),
    "category": ("Category", "category"),
    "tags": ("tags", "Tags"),
    "page_date": ("date", "published", "Date"),
    "row_id": ("XX", "id", "ID"),
}
NO_REF = {"", "no ref found", "none", "nan", "n/a"}


@dataclass
class Report:
    source: str
    text: str
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class Rejected:
    source: str
    reason: str


@dataclass
class LoadResult:
    """What a load produced: the reports, and every input that was not one."""

    reports: list[Report] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)

    def __iter__(self) -> Iterator[Report]:
        return iter(self.reports)

    def __len__(self) -> int:
        return len(self.reports)


class InputError(ValueError):
    """An input that cannot become a report; the message names source and reason."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source, self.reason = source, reason


# --- decoding -----------------------------------------------------------------

def decode_bytes(data: bytes, source: str) -> str:
    """Decode a text file, refusing empty, binary and undecodable input."""
    if not data.strip():
        raise InputError(source, "empty file")
    head = data[:8192]
    if b"\x00" in head:
        raise InputError(source, "binary file (contains NUL bytes)")
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    if controls > max(8, len(head) // 50):
        raise InputError(source, "binary file (mostly control bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as utf8_error:
        # Pages saved on Windows are often cp1252; it has five unmapped bytes,
        # so it still refuses most genuinely broken input.
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            raise InputError(
                source, f"undecodable bytes: not UTF-8 (byte {utf8_error.start}) nor Windows-1252"
            ) from None


def html_to_text(html: str, source: str) -> str:
    """Visible text of a saved page, title first, one block per line."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "noscript", "template", "svg", "nav", "header", "footer", "form"]):
        tag.decompose()
    root = soup.find("main") or soup.find("article") or soup.body or soup
    heading = root.find("h1")
    title = heading.get_text(" ", strip=True) if heading else ""
    if heading:
        heading.decompose()
    if not title and soup.title:
        title = soup.title.get_text(" ", strip=True)
    for br in root.find_all("br"):
        br.replace_with("\n")
    for item in root.find_all("li"):
        item.insert(0, "• ")
    lines = [line.strip() for line in root.get_text("\n").split("\n")]
    body = "\n".join(line for line in lines if line)
    if not body.strip() and not title:
        raise InputError(source, "HTML with no text")
    if not body.strip():
        raise InputError(source, "HTML page has a title but no body text")
    return f"{title}\n\n{body}" if title else body


# --- not reports --------------------------------------------------------------

_ERROR_PAGE = re.compile(r"^\s*(?:(?:error\s+)?[45]\d\d(?:\s+error)?|page\s+not\s+found|not\s+found|access\s+denied)\b", re.I)


def not_a_report(text: str) -> str | None:
    """Why a scraped text is no report (an error page), or None."""
    if len(text) < 300 and _ERROR_PAGE.match(text.strip().splitlines()[0] if text.strip() else ""):
        return "scraped error page, not a report"
    return None


# --- pages --------------------------------------------------------------------

def read_page(path: Path) -> Report:
    source = str(path)
    text = decode_bytes(path.read_bytes(), source)
    if path.suffix.lower() in (".html", ".htm"):
        text = html_to_text(text, source)
    if not text.strip():
        raise InputError(source, "no text")
    if reason := not_a_report(text):
        raise InputError(source, reason)
    return Report(source=source, text=text, meta={"format": path.suffix.lower().lstrip(".")})


# --- exports ------------------------------------------------------------------

def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or str(value).strip() == ""


def parse_tags(value: Any) -> list[str]:
    """Tags as a list, from a list, a Python-list-looking string, or a ;/| list."""
    if _is_blank(value):
        return []
    if isinstance(value, (list, tuple)):
        return [str(v).strip() for v in value if str(v).strip()]
    text = str(value).strip()
    if text.startswith("["):
        try:
            parsed = ast.literal_eval(text)
            if isinstance(parsed, (list, tuple)):
                return [str(v).strip() for v in parsed if str(v).strip()]
        except (ValueError, SyntaxError):
            pass
        text = text.strip("[]")
    sep = ";" if ";" in text else "|" if "|" in text else ","
    return [t.strip().strip("'\"") for t in text.split(sep) if t.strip().strip("'\"")]


def resolve_columns(columns: Iterable[str], mapping: Mapping[str, str] | None) -> dict[str, str]:
    """Our field -> the export's column. An explicit mapping wins over the defaults."""
    available = list(columns)
    resolved: dict[str, str] = {}
    for ours, candidates in DEFAULT_COLUMNS.items():
        for candidate in candidates:
            if candidate in available:
                resolved[ours] = candidate
                break
    for ours, theirs in (mapping or {}).items():
        if ours not in DEFAULT_COLUMNS:
            raise ValueError(f"unknown field {ours!r} in column mapping; expected one of {sorted(DEFAULT_COLUMNS)}")
        if theirs not in available:
            raise InputError("column mapping", f"column {theirs!r} (for {ours}) not found; columns are {available}")
        resolved[ours] = theirs
    return resolved


def rows_to_reports(rows: Iterable[tuple[int, Mapping[str, Any]]], columns: list[str], path: Path,
                    mapping: Mapping[str, str] | None, result: LoadResult) -> None:
    try:
        cols = resolve_columns(columns, mapping)
    except InputError as error:
        result.rejected.append(Rejected(str(path), error.reason))
        return
    if "text" not in cols:
        result.rejected.append(Rejected(
            str(path),
            f"missing columns: no report text column (looked for {', '.join(DEFAULT_COLUMNS['text'])}; "
            f"found {', '.join(map(str, columns)) or 'none'}); pass a column mapping",
        ))
        return
    for number, row in rows:
        source = f"{path}#{number}"
        text = row.get(cols["text"])
        title = row.get(cols["title"]) if "title" in cols else None
        if _is_blank(text):
            result.rejected.append(Rejected(source, "empty text"))
            continue
        if str(text).strip() == cols["text"] and (title is None or str(title).strip() == cols.get("title")):
            result.rejected.append(Rejected(source, "repeated header row (values are the column names)"))
            continue
        parts = [str(title).strip()] if not _is_blank(title) else []
        parts.append(str(text).strip())
        ref = row.get(cols["ref"]) if "ref" in cols else None
        if not _is_blank(ref):
            # the layout of the gold documents: a furniture block after the prose
            parts.append(f"IOPC reference\n{str(ref).strip()}")
        meta: dict[str, Any] = {"format": path.suffix.lower().lstrip("."), "row": number}
        for key in ("url", "force", "category", "page_date", "row_id"):
            if key in cols and not _is_blank(row.get(cols[key])):
                value = row.get(cols[key])
                meta[key] = value.isoformat()[:10] if hasattr(value, "isoformat") else str(value).strip()
        if "tags" in cols:
            meta["tags"] = parse_tags(row.get(cols["tags"]))
        full = "\n\n".join(parts)
        if reason := not_a_report(full):
            result.rejected.append(Rejected(source, reason))
            continue
        result.reports.append(Report(source=source, text=full, meta=meta))


def read_export(path: Path, mapping: Mapping[str, str] | None, result: LoadResult) -> None:
    import pandas as pd

    suffix = path.suffix.lower()
    source = str(path)
    if suffix in (".jsonl", ".ndjson"):
        raw = decode_bytes(path.read_bytes(), source)
        rows, columns = [], []
        for number, line in enumerate(raw.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as error:
                result.rejected.append(Rejected(f"{source}#{number}", f"invalid JSON: {error.msg}"))
                continue
            if not isinstance(obj, dict):
                result.rejected.append(Rejected(f"{source}#{number}", "JSON line is not an object"))
                continue
            columns += [k for k in obj if k not in columns]
            rows.append((number, obj))
        rows_to_reports(rows, columns, path, mapping, result)
        return
    try:
        if suffix == ".csv":
            raw = decode_bytes(path.read_bytes(), source)
            import io

            frame = pd.read_csv(io.StringIO(raw), dtype=object, keep_default_na=False)
        else:
            try:
                frame = pd.read_excel(path, engine="calamine", dtype=object)
            except ImportError:  # pragma: no cover - calamine is a dependency
                frame = pd.read_excel(path, dtype=object)
    except InputError as error:
        result.rejected.append(Rejected(error.source, error.reason))
        return
    except Exception as error:  # a corrupt spreadsheet raises many types
        result.rejected.append(Rejected(source, f"unreadable {suffix.lstrip('.')} file: {error}"))
        return
    columns = [str(c) for c in frame.columns]
    frame.columns = columns
    records = frame.to_dict("records")
    rows_to_reports(((i, r) for i, r in enumerate(records, start=1)), columns, path, mapping, result)


# --- entry point --------------------------------------------------------------

def _files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and not any(part.startswith(".") for part in p.relative_to(folder).parts))


def load(paths: str | Path | Iterable[str | Path], mapping: Mapping[str, str] | None = None) -> LoadResult:
    """Load reports from files, folders and exports.

    ``mapping`` maps casekit's names (``title``, ``text``, ``ref``, ``url``,
    ``force``, ``category``, ``tags``, ``page_date``, ``row_id``) onto an
    export's own column names.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    result = LoadResult()
    for given in paths:
        path = Path(given)
        if not path.exists():
            result.rejected.append(Rejected(str(path), "no such file or folder"))
            continue
        files = _files_under(path) if path.is_dir() else [path]
        for file in files:
            suffix = file.suffix.lower()
            try:
                if suffix in PAGE_SUFFIXES:
                    result.reports.append(read_page(file))
                elif suffix in EXPORT_SUFFIXES:
                    read_export(file, mapping, result)
                else:
                    result.rejected.append(Rejected(str(file), f"unsupported file type {suffix or '(none)'}"))
            except InputError as error:
                result.rejected.append(Rejected(error.source, error.reason))
            except OSError as error:
                result.rejected.append(Rejected(str(file), f"cannot read: {error.strerror or error}"))
    return result
