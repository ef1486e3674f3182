"""Loading: every input shape becomes a stream of raw reports.

A report is one published summary with a ``source`` (a file path, or
``path#row`` for exports). Inputs that cannot be read become ``Rejected``
entries naming the source and the reason; they never stop the rest. In a
folder, every entry is a report, a rejection, or skipped by a rule the result
counts (hidden dot-files); nothing is dropped silently.
"""

from __future__ import annotations

import ast
import codecs
import csv
import errno
import hashlib
import io
import json
import math
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, TextIO

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

# Real summaries are under 20 KB; a page far larger is no summary, and
# extraction time and memory grow with it.
MAX_PAGE_BYTES = 512 * 1024
HIDDEN = "hidden (dot) file or folder"
# Fields other than the text that must be single values (a JSON list or object is refused).
SCALAR_FIELDS = ("ref", "url", "force", "category", "page_date", "row_id")


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
class Skipped:
    source: str
    rule: str


@dataclass
class LoadResult:
    """What a load produced: the reports, every input that was not one, and what a rule skipped."""

    reports: list[Report] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)

    def __iter__(self) -> Iterator[Report]:
        return iter(self.reports)

    def __len__(self) -> int:
        return len(self.reports)


class InputError(ValueError):
    """An input that cannot become a report; the message names source and reason."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source, self.reason = source, reason


def printable(text: str) -> str:
    """``text`` with control characters escaped, so a file name cannot forge a line of output."""
    return "".join(ch if ch.isprintable() or ch == " " else ch.encode("unicode_escape").decode("ascii") for ch in text)


def say(message: str, who: str = "casekit") -> None:
    """One progress or error line on stderr, as every casekit command writes them; control characters
    (say, in a file name) are escaped so none can forge a line."""
    print(f"{who}: {printable(str(message))}", file=sys.stderr, flush=True)


# --- identity -----------------------------------------------------------------

def report_id(text: str, meta: Mapping[str, Any]) -> str:
    """A report's stable key: from its page address when the export gives one, else from its text.

    Never from the path it was loaded from, so the same report has the same id
    whichever way the path was spelt and whichever export or folder held it.
    The text is whitespace-collapsed and case-folded first.
    """
    url = str(meta.get("url") or "").strip().rstrip("/")
    identity = f"url:{url}" if url else "text:" + " ".join(text.split()).casefold()
    return hashlib.sha1(identity.encode("utf-8")).hexdigest()[:12]


def _new_report(source: str, text: str, meta: dict[str, Any]) -> Report:
    meta["report_id"] = report_id(text, meta)
    return Report(source=source, text=text, meta=meta)


def _too_large(size: int, limit: int) -> str | None:
    if size > limit:
        return f"too large: {size:,} bytes (limit {limit:,}; raise it with --max-page-kb)"
    return None


# --- decoding -----------------------------------------------------------------

def _choose_encoding(stream: BinaryIO, source: str) -> str:
    """How to decode a file, read in blocks (never whole): refuses empty, binary and undecodable input."""
    head = stream.read(8192)
    blank, utf8_error = True, None
    decoder = codecs.getincrementaldecoder("utf-8")()
    stream.seek(0)
    position = 0
    for block in iter(lambda: stream.read(1 << 20), b""):
        blank = blank and not block.strip()
        if utf8_error is None:
            try:
                decoder.decode(block)
            except UnicodeDecodeError as error:
                utf8_error = position + error.start
        position += len(block)
    if blank:
        raise InputError(source, "empty file")
    if b"\x00" in head:
        raise InputError(source, "binary file (contains NUL bytes)")
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    if controls > max(8, len(head) // 50):
        raise InputError(source, "binary file (mostly control bytes)")
    if utf8_error is None:
        try:
            decoder.decode(b"", final=True)
            return "utf-8-sig"
        except UnicodeDecodeError:
            utf8_error = position
    # Pages saved on Windows are often cp1252; it has five unmapped bytes,
    # so it still refuses most genuinely broken input.
    stream.seek(0)
    try:
        for block in iter(lambda: stream.read(1 << 20), b""):
            block.decode("cp1252")
    except UnicodeDecodeError:
        raise InputError(source, f"undecodable bytes: not UTF-8 (byte {utf8_error}) nor Windows-1252") from None
    return "cp1252"


def decode_bytes(data: bytes, source: str) -> str:
    """Decode a text file, refusing empty, binary and undecodable input."""
    return data.decode(_choose_encoding(io.BytesIO(data), source))


@contextmanager
def open_text(path: Path, source: str) -> Iterator[TextIO]:
    """A text file opened for streaming, after the checks ``decode_bytes`` makes."""
    with open(path, "rb") as raw:
        encoding = _choose_encoding(raw, source)
    with open(path, encoding=encoding, newline="") as handle:
        yield handle


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

def read_page(path: Path, max_bytes: int = MAX_PAGE_BYTES) -> Report:
    source = str(path)
    if reason := _too_large(path.stat().st_size, max_bytes):
        raise InputError(source, reason)  # checked before reading: never load a huge file
    text = decode_bytes(path.read_bytes(), source)
    if path.suffix.lower() in (".html", ".htm"):
        text = html_to_text(text, source)
    if not text.strip():
        raise InputError(source, "no text")
    if reason := not_a_report(text):
        raise InputError(source, reason)
    return _new_report(source, text, {"format": path.suffix.lower().lstrip(".")})


# --- exports ------------------------------------------------------------------

def _is_blank(value: Any) -> bool:
    if isinstance(value, str):
        return not value.strip()
    return value is None or (isinstance(value, float) and math.isnan(value)) or str(value).strip() == ""


# A list of quoted strings without backslashes (the workbook's tags): its items
# are exactly what lies between the quotes, so it needs no parser.
_PLAIN_ITEM = r"(?:'[^'\\]*'|\"[^\"\\]*\")"
_PLAIN_LIST = re.compile(rf"\[\s*(?:{_PLAIN_ITEM}\s*(?:,\s*{_PLAIN_ITEM}\s*)*,?\s*)?\]")
_QUOTED = re.compile(r"'([^'\\]*)'|\"([^\"\\]*)\"")


def parse_tags(value: Any) -> list[str]:
    """Tags as a list, from a list, a Python-list-looking string, or a ;/| list."""
    if _is_blank(value):
        return []
    if isinstance(value, (list, tuple)):
        return [str(v).strip() for v in value if str(v).strip()]
    text = str(value).strip()
    if text.startswith("["):
        if _PLAIN_LIST.fullmatch(text):
            return [item.strip() for pair in _QUOTED.findall(text) if (item := pair[0] or pair[1]).strip()]
        try:
            parsed = ast.literal_eval(text)
            if isinstance(parsed, (list, tuple)):
                return [str(v).strip() for v in parsed if str(v).strip()]
        except (ValueError, SyntaxError, TypeError, RecursionError, MemoryError):  # hostile text is no list
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


def _type_problem(row: Mapping[str, Any], cols: Mapping[str, str]) -> str | None:
    """Why a row's typed fields are unusable (title and text must be text), or None."""
    for key in ("title", "text"):
        value = row.get(cols[key]) if key in cols else None
        if not _is_blank(value) and not isinstance(value, str):
            return f"{key} is {type(value).__name__} ({str(value)[:40]!r}), not text"
    for key in SCALAR_FIELDS:
        value = row.get(cols[key]) if key in cols else None
        if isinstance(value, (list, tuple, dict)):
            return f"{key} is a {type(value).__name__}, expected a single value"
    tags = row.get(cols["tags"]) if "tags" in cols else None
    if isinstance(tags, dict):
        return "tags is an object, expected a list or text"
    return None


def rows_to_reports(rows: Iterable[tuple[int, Mapping[str, Any]]], columns: list[str], path: Path,
                    mapping: Mapping[str, str] | None, result: LoadResult,
                    max_bytes: int = MAX_PAGE_BYTES) -> Iterator[Report]:
    """Each usable row as a report, lazily; every other row is rejected with its reason."""
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
        if reason := _type_problem(row, cols):
            result.rejected.append(Rejected(source, reason))
            continue
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
        if reason := _too_large(len(full.encode("utf-8")), max_bytes):
            result.rejected.append(Rejected(source, reason))
            continue
        if reason := not_a_report(full):
            result.rejected.append(Rejected(source, reason))
            continue
        yield _new_report(source, full, meta)


# Exports are read a row at a time, so a large export is never held whole.

def _jsonl_rows(handle: TextIO, source: str, result: LoadResult) -> Iterator[tuple[int, dict]]:
    for number, line in enumerate(handle, start=1):
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
        yield number, obj


def _jsonl_columns(handle: TextIO) -> list[str]:
    """Every key any line uses, in order of first use (a first pass over the file)."""
    columns: dict[str, None] = {}
    for _, obj in _jsonl_rows(handle, "", LoadResult()):
        columns.update(dict.fromkeys(obj))
    handle.seek(0)
    return list(columns)


def _csv_rows(reader, width: int, source: str, result: LoadResult) -> Iterator[tuple[int, list[str]]]:
    """Rows of a CSV; a malformed row is rejected alone, with its line, and the rest are kept."""
    number = 0
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            number += 1
            result.rejected.append(Rejected(f"{source}#{number}", f"malformed CSV at line {reader.line_num}: {error}"))
            continue
        if not fields:  # a blank line, as pandas skips them
            continue
        number += 1
        if len(fields) != width:
            result.rejected.append(Rejected(
                f"{source}#{number}", f"{len(fields)} fields where the header has {width} (line {reader.line_num})"))
            continue
        yield number, fields


def _spreadsheet_cell(value: Any) -> Any:
    """A cell as pandas' calamine reader gives it: empty is None, whole floats are ints."""
    if value == "":
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _spreadsheet_rows(rows: Iterator[list], columns: list[str]) -> Iterator[tuple[int, dict]]:
    number = 0
    for cells in rows:
        values = [_spreadsheet_cell(cell) for cell in cells]
        if all(value is None for value in values):  # a blank row, as pandas skips them
            continue
        number += 1
        yield number, dict(zip(columns, values))


@contextmanager
def _export_table(path: Path, source: str, result: LoadResult) -> Iterator[tuple[list[str], Iterator[tuple[int, dict]]]]:
    """(column names, the rows as they are read) of an export."""
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        with open_text(path, source) as handle:
            yield _jsonl_columns(handle), _jsonl_rows(handle, source, result)
    elif suffix == ".csv":
        # A report's text can exceed the csv module's default field limit (128 KB); the
        # page-size limit is what refuses an oversized row, with its size. (Set when a CSV
        # is read, not on import: the limit is the whole process's.)
        csv.field_size_limit(max(csv.field_size_limit(), 1 << 30))
        with open_text(path, source) as handle:
            reader = csv.reader(handle)
            columns = [name.strip() for name in next(reader, [])]
            rows = ((number, dict(zip(columns, fields))) for number, fields in _csv_rows(reader, len(columns), source, result))
            yield columns, rows
    else:
        from python_calamine import CalamineWorkbook

        rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).iter_rows()
        header = [_spreadsheet_cell(cell) for cell in next(rows, [])]
        columns = [str(name) if name is not None else f"Unnamed: {i}" for i, name in enumerate(header)]
        yield columns, _spreadsheet_rows(rows, columns)


def read_export(path: Path, mapping: Mapping[str, str] | None, result: LoadResult,
                max_bytes: int = MAX_PAGE_BYTES) -> Iterator[Report]:
    """An export's reports, row by row; bad rows, and an unreadable or empty file, are rejected."""
    source = str(path)
    rejected_before = len(result.rejected)
    read = 0

    def counted(rows):
        nonlocal read
        for row in rows:
            read += 1
            yield row

    try:
        with _export_table(path, source, result) as (columns, rows):
            yield from rows_to_reports(counted(rows), columns, path, mapping, result, max_bytes)
    except InputError as error:
        result.rejected.append(Rejected(error.source, error.reason))
        return
    except Exception as error:  # a corrupt spreadsheet raises many types
        kept = f" (rows before {read + 1} were kept)" if read else ""
        result.rejected.append(Rejected(source, f"unreadable {path.suffix.lower().lstrip('.')} file: {error}{kept}"))
        return
    if not read and len(result.rejected) == rejected_before:
        result.rejected.append(Rejected(source, "no rows (the export holds a header at most)"))


# --- walking the inputs -------------------------------------------------------

def _not_regular(mode: int) -> str:
    kind = ("FIFO" if stat.S_ISFIFO(mode) else "socket" if stat.S_ISSOCK(mode)
            else "device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "special file")
    return f"not a regular file ({kind}); not opened"


def _stat(path: Path, result: LoadResult) -> os.stat_result | None:
    """The entry's status through any symlink, or None with the reason recorded."""
    try:
        return path.stat()
    except FileNotFoundError:
        reason = "broken symlink (its target does not exist)" if path.is_symlink() else "no such file or folder"
    except OSError as error:
        reason = "symlink loop" if error.errno == errno.ELOOP else f"cannot read: {error.strerror or error}"
    result.rejected.append(Rejected(str(path), reason))
    return None


def input_files(given: str | Path, result: LoadResult) -> list[Path]:
    """The regular files to read under ``given``, in path order.

    Every other entry is recorded in ``result``: dot-files are skipped (and
    counted); FIFOs, sockets and devices are rejected without being opened;
    symlinks are followed once, and a link back to a folder above it, or to a
    folder already read, is rejected.
    """
    given = Path(given)
    info = _stat(given, result)
    if info is None:
        return []
    if stat.S_ISREG(info.st_mode):
        return [given]
    if not stat.S_ISDIR(info.st_mode):
        result.rejected.append(Rejected(str(given), _not_regular(info.st_mode)))
        return []
    files: list[Path] = []
    seen: dict[tuple[int, int], Path] = {}

    def walk(folder: Path, key: tuple[int, int], ancestors: frozenset) -> None:
        seen[key] = folder
        try:
            # real entries before symlinks, so a folder is read under its own name first
            entries = sorted(os.scandir(folder), key=lambda e: (e.is_symlink(), e.name))
        except OSError as error:
            result.rejected.append(Rejected(str(folder), f"cannot read folder: {error.strerror or error}"))
            return
        if not entries:
            result.rejected.append(Rejected(str(folder), "empty folder"))
        for entry in entries:
            path = Path(entry.path)
            if entry.name.startswith("."):
                result.skipped.append(Skipped(str(path), HIDDEN))
                continue
            info = _stat(path, result)
            if info is None:
                continue
            if stat.S_ISDIR(info.st_mode):
                inner = (info.st_dev, info.st_ino)
                if inner in ancestors:
                    result.rejected.append(Rejected(str(path), "symlink loop (links back to a folder above it)"))
                elif inner in seen:
                    result.rejected.append(Rejected(str(path), f"folder already read as {seen[inner]}"))
                else:
                    walk(path, inner, ancestors | {inner})
            elif stat.S_ISREG(info.st_mode):
                files.append(path)
            else:
                result.rejected.append(Rejected(str(path), _not_regular(info.st_mode)))

    root = (info.st_dev, info.st_ino)
    walk(given, root, frozenset({root}))
    return sorted(files, key=str)


# --- entry point --------------------------------------------------------------

def iter_reports(paths: str | Path | Iterable[str | Path], result: LoadResult,
                 mapping: Mapping[str, str] | None = None, max_page_bytes: int = MAX_PAGE_BYTES) -> Iterator[Report]:
    """The reports under ``paths``, one at a time; rejections and skips are recorded in ``result`` as met."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    for given in paths:
        for file in input_files(given, result):
            suffix = file.suffix.lower()
            try:
                if suffix in PAGE_SUFFIXES:
                    yield read_page(file, max_page_bytes)
                elif suffix in EXPORT_SUFFIXES:
                    yield from read_export(file, mapping, result, max_page_bytes)
                else:
                    result.rejected.append(Rejected(str(file), f"unsupported file type {suffix or '(none)'}"))
            except InputError as error:
                result.rejected.append(Rejected(error.source, error.reason))
            except OSError as error:
                result.rejected.append(Rejected(str(file), f"cannot read: {error.strerror or error}"))


def load(paths: str | Path | Iterable[str | Path], mapping: Mapping[str, str] | None = None,
         max_page_bytes: int = MAX_PAGE_BYTES) -> LoadResult:
    """Load reports from files, folders and exports.

    ``mapping`` maps casekit's names (``title``, ``text``, ``ref``, ``url``,
    ``force``, ``category``, ``tags``, ``page_date``, ``row_id``) onto an
    export's own column names. A page or export row larger than
    ``max_page_bytes`` is rejected with its size.
    """
    result = LoadResult()
    result.reports = list(iter_reports(paths, result, mapping, max_page_bytes))
    return result
