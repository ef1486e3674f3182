"""Verified labels: hand labels replace extracted values for the reports they match.

A verified label is a hand label in the codebook's shape (one JSON file per
report, as in ``data/verified/iopc-2021/``). This stage sits between
extraction and the tables: ``casekit extract`` never applies labels, and
``casekit build`` applies them so that the tables carry the best values
known, while the extracted values stay beside them for comparison.

A label matches a report by its IOPC reference and title; failing that (no
reference, or one printed differently), by the export's row id (``r0045`` is
the workbook row whose ``XX`` is 45) with the same title. A label may hold
the title itself or, as the project's own labels do so that no published
wording is copied into the project, its fingerprint ``title_sha256`` (see
``title_fingerprint``); the tables keep the report's own title either way. A label that is
invalid, matches no report, or matches more than one is listed, never applied
silently.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import fastjsonschema

from .repair import collapse_whitespace, repair_text
from .schema import REPORT_FIELDS, codebook_json_schema
from .sources import PROJECT_ROOT

#: label sets applied by default (the second labeller's folder is for agreement only)
DEFAULT_LABEL_DIRS = (PROJECT_ROOT / "data" / "verified" / "iopc-2021",)
#: the current check part: label ids no rule was written against (data/verified/README.md)
CHECK_IDS = PROJECT_ROOT / "data" / "verified" / "check-4.txt"
_ROW_ID = re.compile(r"^r(\d+)$")


@dataclass(frozen=True)
class Label:
    path: str
    values: dict[str, Any]  # the codebook's fields (the title may be None) and subjects
    title_sha256: str  # the fingerprint of the title of the report it labels
    notes: str = ""

    @property
    def id(self) -> str:
        return Path(self.path).stem

    @property
    def row_id(self) -> int | None:
        m = _ROW_ID.match(self.id)
        return int(m.group(1)) if m else None


@dataclass
class LabelProblem:
    path: str
    reason: str


@dataclass
class Labels:
    labels: list[Label] = field(default_factory=list)
    problems: list[LabelProblem] = field(default_factory=list)


def shown_path(path: Path) -> str:
    """Paths inside the project are recorded relative to it, so tables do not depend on the clone's location."""
    try:
        return str(path.resolve().relative_to(PROJECT_ROOT))
    except ValueError:
        return str(path)


def title_fingerprint(title: str) -> str:
    """A title's identity without its words: the SHA-256 of its repaired, whitespace-collapsed, case-folded text."""
    return hashlib.sha256(_title_key(title).encode("utf-8")).hexdigest()


def label_json_schema() -> dict:
    """The codebook's record schema, with the title given as itself or as its fingerprint."""
    schema = codebook_json_schema()
    schema["required"] = [name for name in schema["required"] if name != "title"]
    schema["properties"]["title_sha256"] = {"type": "string", "pattern": "^[0-9a-f]{64}$"}
    schema["anyOf"] = [{"required": ["title"]}, {"required": ["title_sha256"]}]
    return schema


@functools.lru_cache(maxsize=1)
def _label_validator():
    """The label schema compiled once (fastjsonschema: 1,100 labels in ~30 ms, against ~0.8 s interpreted)."""
    return fastjsonschema.compile(label_json_schema())


def read_labels(folders: list[str | Path] | tuple[str | Path, ...] = DEFAULT_LABEL_DIRS) -> Labels:
    """Every ``*.json`` label in the folders, validated against the codebook; bad files become problems."""
    validate = _label_validator()
    out = Labels()
    for folder in folders:
        folder = Path(folder)
        if not folder.is_dir():
            out.problems.append(LabelProblem(str(folder), "label folder not found"))
            continue
        shown_folder = shown_path(folder)  # resolved once: per file it cost a third of reading the labels
        for path in sorted(folder.glob("*.json")):
            shown = str(Path(shown_folder, path.name))
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
                out.problems.append(LabelProblem(shown, f"unreadable label: {error}"))
                continue
            if not isinstance(data, dict):
                out.problems.append(LabelProblem(shown, "label is not a JSON object"))
                continue
            try:
                validate(data)
            except fastjsonschema.JsonSchemaValueException as error:
                where = "/".join(str(p) for p in error.path[1:]) or "(top level)"  # path[0] is "data"
                out.problems.append(LabelProblem(shown, f"invalid label at {where}: {error.message} (found {error.value!r:.80})"))
                continue
            values = {f.name: data.get(f.name) for f in REPORT_FIELDS}
            values["subjects"] = [dict(s) for s in data["subjects"]]
            fingerprint = data.get("title_sha256") or title_fingerprint(data["title"])
            out.labels.append(Label(shown, values, fingerprint, str(data.get("notes", ""))))
    return out


def _title_key(title: str) -> str:
    return collapse_whitespace(repair_text(title)).casefold()


def _row_number(value: Any) -> int | None:
    """A row id as read from a sheet ("12", "12.0", 12); anything else is no row number."""
    match = re.fullmatch(r"\s*(\d+)(?:\.0+)?\s*", str(value))
    return int(match.group(1)) if match else None


@dataclass
class Applied:
    records: list
    applied: int = 0
    matched: set[str] = field(default_factory=set)  # paths of the labels applied
    unmatched: list[str] = field(default_factory=list)  # labels for reports not in this build
    problems: list[LabelProblem] = field(default_factory=list)


class LabelMatcher:
    """Labels indexed once for a whole build, applied to its records batch by batch.

    What was applied where is remembered across batches, so the result does not
    depend on where a streaming build cuts its input: a label goes to the first
    report it matches, and a later report it also matches (two exports with the
    same row and title) is listed as a problem and keeps its extracted values;
    a report two labels match takes the first of them.
    """

    def __init__(self, labels: Labels):
        self.labels = labels
        self.by_ref: dict[tuple[str, str], list[Label]] = {}
        self.by_row: dict[tuple[int, str], list[Label]] = {}
        for label in labels.labels:
            if label.values["iopc_ref"]:
                self.by_ref.setdefault((label.values["iopc_ref"], label.title_sha256), []).append(label)
            if label.row_id is not None:
                self.by_row.setdefault((label.row_id, label.title_sha256), []).append(label)
        self.applied_to: dict[str, str] = {}  # label path -> source of the report it was applied to
        self.problems: list[LabelProblem] = list(labels.problems)

    def _candidates(self, record) -> list[Label]:
        """Labels for this record: by reference and title, else by the export's row id and title."""
        key = title_fingerprint(record.fields["title"])
        ref = record.fields.get("iopc_ref")
        by_ref = self.by_ref.get((ref, key), []) if ref else []
        row = _row_number(record.meta.get("row_id"))
        # a label with a reference that matched some report does not also match by row
        by_row = [label for label in self.by_row.get((row, key), []) if label not in by_ref] if row is not None else []
        return by_ref + by_row

    def apply(self, records: list) -> list:
        """The records, each labelled one with the label's values in place of the extracted ones."""
        out = list(records)
        for index, record in enumerate(records):
            chosen = None
            for label in self._candidates(record):
                if label.path in self.applied_to:
                    self.problems.append(LabelProblem(label.path, f"also matches {record.source}; applied only to "
                                                                  f"{self.applied_to[label.path]}"))
                elif chosen is not None:
                    self.problems.append(LabelProblem(label.path, f"same report as {chosen.path}; applied only the first"))
                else:
                    chosen = label
            if chosen is not None:
                self.applied_to[chosen.path] = record.source
                out[index] = _labelled(record, chosen)
        return out

    @property
    def matched(self) -> set[str]:
        return set(self.applied_to)

    @property
    def unmatched(self) -> list[str]:
        return [label.path for label in self.labels.labels if label.path not in self.applied_to]


def _labelled(record, label: Label):
    """The record with the label's values, its extracted values kept beside them."""
    # the title matched; the report's own stays, whether or not the label holds the words
    values = {f.name: label.values[f.name] for f in REPORT_FIELDS if f.name != "title"}
    if not values["tags"] and record.meta.get("tags"):
        # labels are made from the page text, which for an export row carries no Tags list;
        # the export's own tags column stays (docs/decisions.md)
        values["tags"] = record.fields["tags"]
    return replace(
        record,
        fields={**record.fields, **values},
        subjects=[dict(s) for s in label.values["subjects"]],
        extracted={"fields": record.fields, "subjects": record.subjects},
        values_from="verified",
        label_path=label.path,
        label_notes=label.notes,
    )


def apply_labels(records: list, labels: Labels) -> Applied:
    """Records with matching labels' values in place of the extracted ones (one list: see ``LabelMatcher``).

    Each returned record keeps its extracted values in ``extracted`` and says
    where its values came from (``values_from``, ``label_path``).
    """
    matcher = LabelMatcher(labels)
    out = matcher.apply(records)
    return Applied(out, len(matcher.applied_to), matcher.matched, matcher.unmatched, matcher.problems)
