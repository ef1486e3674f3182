"""Extraction: a loaded report becomes one codebook record with its evidence."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from . import rules
from .loading import Report
from .page import Page, parse_page
from .repair import repair_text
from .subjects import resolve_subjects


@dataclass(frozen=True)
class Evidence:
    field: str
    value: Any
    sentence: str
    start: int
    end: int
    subject: int | None = None  # index into the record's subjects, None for report fields
    rule: str = ""


@dataclass
class Record:
    source: str
    fields: dict[str, Any]
    subjects: list[dict[str, Any]]
    evidence: list[Evidence] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    text: str = ""
    # set by casekit.verified when a hand label replaced the extracted values
    values_from: str = "extracted"
    label_path: str | None = None
    label_notes: str = ""
    extracted: dict[str, Any] | None = None  # the extracted fields and subjects a label replaced

    def to_codebook(self, with_evidence: bool = False) -> dict[str, Any]:
        """The record in the codebook's JSON shape, plus ``source`` (and evidence if asked)."""
        out = dict(self.fields)
        out["subjects"] = [dict(s) for s in self.subjects]
        out["source"] = self.source
        if with_evidence:
            out["evidence"] = [
                {"field": e.field, "subject": e.subject, "value": e.value, "sentence": e.sentence,
                 "start": e.start, "end": e.end, "rule": e.rule}
                for e in self.evidence
            ]
        return out


def _cite(evidence: list[Evidence], name: str, value: Any, spans, subject: int | None = None, rule: str = "") -> None:
    for span in spans:
        if span is not None:
            evidence.append(Evidence(name, value, span.text, span.start, span.end, subject, rule))


def extract_page(page: Page, source: str, meta: dict[str, Any] | None = None) -> Record:
    meta = meta or {}
    evidence: list[Evidence] = []
    cps = rules.cps_referral(page)
    findings = {
        "title": rules.Finding(page.title.text, (page.title,), "first line"),
        "forces": rules.forces(page),
        "incident_month": rules.incident_month(page),
        "published": rules.published(page),
        "iopc_ref": rules.iopc_ref(page),
        "tags": rules.tags(page, meta.get("tags")),
        "criminal_indication": rules.criminal_indication(page, cps),
        "cps_referral": cps,
        "organisational_learning": rules.organisational_learning(page),
    }
    fields = {}
    for name, finding in findings.items():
        fields[name] = finding.value
        _cite(evidence, name, finding.value, finding.evidence, rule=finding.rule)

    subjects = []
    for index, person in enumerate(resolve_subjects(page)):
        subject = {
            "role": person.role,
            "grade": person.grade,
            "proceedings": person.facts["proceedings"],
            "left_before_proceedings": person.facts["left"],
            "outcome": person.facts["outcome"],
            "sanction": person.facts["sanction"],
            "barred_list": person.barred,
        }
        subjects.append(subject)
        for name, spans in person.evidence.items():
            key = "left_before_proceedings" if name == "left" else name
            _cite(evidence, key, subject.get(key), spans, subject=index)
    return Record(source=source, fields=fields, subjects=subjects, evidence=evidence, meta=meta, text=page.text)


def extract(report: Report) -> Record:
    """Repair, structure and extract one report. Raises ValueError on a report with no text."""
    text = repair_text(report.text)
    page = parse_page(text)
    return extract_page(page, report.source, report.meta)


def extract_text(text: str, source: str = "<text>") -> Record:
    return extract(Report(source=source, text=text))
