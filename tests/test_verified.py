"""Verified labels: validated, matched by reference and title or by row, applied with provenance."""

import json

from casekit import load
from casekit.extract import extract
from casekit.verified import apply_labels, read_labels

# Fictional reports, written for this test.
ROWS = [
    ("1", "Officer misses a welfare check – Kent Police, May 2022", "An officer missed a welfare check. We found no case to answer.", "2022/000101"),
    ("2", "Van crash after pursuit – Essex Police, June 2021", "A police van crashed. The driver had a case to answer for misconduct.", "no ref found"),
]


def export(tmp_path):
    path = tmp_path / "export.csv"
    lines = ["XX,heading,content,ref"] + [",".join(f'"{v}"' for v in row) for row in ROWS]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [extract(r) for r in load(path).reports]


def label(folder, name, title, ref=None, subjects=(), notes="", **overrides):
    values = {"id": name, "title": title, "forces": ["Kent Police"], "incident_month": "2022-05", "published": None,
              "iopc_ref": ref, "tags": [], "criminal_indication": "no", "cps_referral": "no",
              "organisational_learning": "not_stated", "subjects": list(subjects), "notes": notes, **overrides}
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.json").write_text(json.dumps(values), encoding="utf-8")


SUBJECT = {"role": "officer", "grade": "misconduct", "proceedings": "meeting", "left_before_proceedings": "no",
           "outcome": "misconduct_proven", "sanction": "written_warning", "barred_list": False}


def test_labels_replace_extracted_values_and_keep_them_for_comparison(tmp_path):
    records = export(tmp_path)
    folder = tmp_path / "labels"
    label(folder, "r0001", ROWS[0][1], ref="2022/000101", criminal_indication="not_stated", notes="read by hand")
    label(folder, "r0002", ROWS[1][1], subjects=[SUBJECT], forces=["Essex Police"], incident_month="2021-06")
    result = apply_labels(records, read_labels([folder]))
    assert result.applied == 2 and not result.problems
    first, second = result.records
    assert first.values_from == "verified" and first.label_path.endswith("r0001.json") and first.label_notes == "read by hand"
    assert first.fields["criminal_indication"] == "not_stated"
    assert first.extracted["fields"]["criminal_indication"] == records[0].fields["criminal_indication"]
    # no reference: matched by the export's row id, with the same title
    assert second.subjects == [SUBJECT] and second.extracted["subjects"] == records[1].subjects
    assert records[0].values_from == "extracted"  # the input records are not changed


def test_a_label_whose_title_differs_is_not_applied_by_row_alone(tmp_path):
    records = export(tmp_path)
    folder = tmp_path / "labels"
    label(folder, "r0002", "Some other report – Essex Police, June 2021", forces=["Essex Police"])
    result = apply_labels(records, read_labels([folder]))
    assert result.applied == 0 and result.unmatched == [str(folder / "r0002.json")]
    assert all(r.values_from == "extracted" for r in result.records)


def test_invalid_labels_are_listed_with_file_and_reason_and_never_applied(tmp_path):
    records = export(tmp_path)
    folder = tmp_path / "labels"
    label(folder, "r0001", ROWS[0][1], ref="2022/000101", subjects=[{**SUBJECT, "grade": "serious"}])
    (folder / "r0002.json").write_text("{not json", encoding="utf-8")
    labels = read_labels([folder, tmp_path / "missing"])
    problems = {p.path.rsplit("/", 1)[-1]: p.reason for p in labels.problems}
    assert "subjects/0/grade" in problems["r0001.json"] and "must be one of" in problems["r0001.json"] and "'serious'" in problems["r0001.json"]
    assert problems["r0002.json"].startswith("unreadable label")
    assert problems["missing"] == "label folder not found"
    assert apply_labels(records, labels).applied == 0


def test_the_projects_own_labels_are_valid():
    assert not read_labels().problems


def test_row_numbers_are_read_as_a_sheet_writes_them():
    from casekit.verified import _row_number
    assert [_row_number(v) for v in ("12", "12.0", 12, " 7 ")] == [12, 12, 12, 7]
    assert [_row_number(v) for v in ("12.5", "1e3", "nan", None, "row 3")] == [None] * 5


def test_a_label_may_hold_its_title_as_a_fingerprint_only(tmp_path):
    from casekit.verified import title_fingerprint
    records = export(tmp_path)
    folder = tmp_path / "labels"
    label(folder, "r0002", ROWS[1][1], forces=["Essex Police"], incident_month="2021-06")
    data = json.loads((folder / "r0002.json").read_text(encoding="utf-8"))
    data["title_sha256"] = title_fingerprint(data.pop("title").upper())  # case and spacing do not matter
    (folder / "r0002.json").write_text(json.dumps(data), encoding="utf-8")
    labels = read_labels([folder])
    assert not labels.problems
    result = apply_labels(records, labels)
    assert result.applied == 1 and result.records[1].fields["title"] == ROWS[1][1]


def test_the_projects_own_labels_keep_no_published_wording():
    from casekit.verified import DEFAULT_LABEL_DIRS
    folders = [*DEFAULT_LABEL_DIRS, DEFAULT_LABEL_DIRS[0].parent / "second-labeller"]
    files = [path for folder in folders for path in folder.glob("*.json")]
    assert files and not [path.name for path in files if "title" in json.loads(path.read_text(encoding="utf-8"))]


def test_where_a_build_cuts_its_input_does_not_change_which_report_a_label_goes_to(tmp_path):
    from dataclasses import replace

    from casekit.verified import LabelMatcher
    records = export(tmp_path)
    twin = replace(records[1], source="other-export.csv#3")  # another export's row with the same number and title
    folder = tmp_path / "labels"
    label(folder, "r0002", ROWS[1][1], forces=["Essex Police"], incident_month="2021-06")
    labels = read_labels([folder])
    whole = LabelMatcher(labels)
    at_once = whole.apply([records[1], twin])
    cut = LabelMatcher(labels)
    in_batches = cut.apply([records[1]]) + cut.apply([twin])
    assert [r.values_from for r in at_once] == [r.values_from for r in in_batches] == ["verified", "extracted"]
    assert [p.reason for p in whole.problems] == [p.reason for p in cut.problems]
    assert "also matches other-export.csv#3" in cut.problems[0].reason
