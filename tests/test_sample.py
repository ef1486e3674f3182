"""The fictional sample corpus is a test oracle: casekit must reproduce its hand labels."""

import json
from pathlib import Path

import pytest

from casekit import extract, load
from casekit.schema import ALLOWED, REPORT_FIELDS, SUBJECT_FIELDS

from .conftest import ROOT

SAMPLE = ROOT / "data" / "raw" / "sample"
LABELS = ROOT / "data" / "raw" / "sample_labels"


def label_key(source: str) -> str:
    path, _, row = source.partition("#")
    return f"{Path(path).stem}-{row}" if row else Path(path).stem


@pytest.fixture(scope="module")
def pairs():
    loaded = load(SAMPLE)
    assert loaded.rejected == []
    labels = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in LABELS.glob("*.json")}
    out = []
    for report in loaded:
        record = extract(report).to_codebook()
        record.pop("source")
        label = {k: v for k, v in labels.pop(label_key(report.source)).items() if k not in ("id", "notes")}
        out.append((report.source, label, record))
    assert labels == {}, f"labels without a report: {sorted(labels)}"
    return out


def test_every_sample_report_matches_its_hand_label(pairs):
    wrong = [(source, k, label[k], record[k]) for source, label, record in pairs for k in label if label[k] != record[k]]
    assert not wrong, "\n".join(map(str, wrong))
    assert len(pairs) >= 40


def test_sample_covers_every_codebook_value(pairs):
    seen: dict[str, set] = {f.name: set() for f in REPORT_FIELDS + SUBJECT_FIELDS}
    for _, label, _ in pairs:
        for f in REPORT_FIELDS:
            seen[f.name].add(json.dumps(label[f.name]))
        for subject in label["subjects"]:
            for f in SUBJECT_FIELDS:
                seen[f.name].add(json.dumps(subject[f.name]))
    for name, values in ALLOWED.items():
        missing = {v for v in values if json.dumps(v) not in seen[name]}
        assert not missing, f"{name}: no sample report has {sorted(missing)}"
    assert {"true", "false"} <= seen["barred_list"]
    assert any(len(label["subjects"]) > 1 for _, label, _ in pairs)


def test_sample_is_marked_fictional():
    readme = (ROOT / "data" / "raw" / "README.md").read_text()
    assert "FICTIONAL" in readme
    for path in SAMPLE.iterdir():
        assert "fictional example written for casekit" in path.read_text(encoding="utf-8").replace("‚Äô", "’")
