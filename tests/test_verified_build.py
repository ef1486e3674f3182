"""Verified labels as a build stage: applied to the tables with provenance, extracted values kept, scored by the audit."""

import json

import pandas as pd

from casekit import audit
from casekit.build import build_paths
from casekit.cli import main
from casekit.tables import read_manifest, read_tables

# Fictional reports, written for this test.
ROWS = [
    ("1", "Officer misses a welfare check – Kent Police, May 2022",
     "An officer missed a welfare check on a man in crisis. We found the officer had a case to answer for misconduct. "
     "Kent Police held a misconduct meeting and the officer received a written warning.", "2022/000101"),
    ("2", "Van crash after pursuit – Essex Police, June 2021",
     "A police van crashed during a pursuit. We found no indication that any officer had acted in a way that would "
     "justify disciplinary proceedings.", "no ref found"),
]
SUBJECT = {"role": "officer", "grade": "misconduct", "proceedings": "meeting", "left_before_proceedings": "no",
           "outcome": "not_proven", "sanction": "not_stated", "barred_list": False}


def export(tmp_path):
    path = tmp_path / "export.csv"
    lines = ["XX,heading,content,ref"] + [",".join(f'"{v}"' for v in row) for row in ROWS]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def label_folder(tmp_path):
    folder = tmp_path / "labels"
    folder.mkdir()
    # r0001: a person reads the outcome differently from the rules (a fictional disagreement)
    (folder / "r0001.json").write_text(json.dumps({
        "title": ROWS[0][1], "forces": ["Kent Police"], "incident_month": "2022-05", "published": None,
        "iopc_ref": "2022/000101", "tags": [], "criminal_indication": "not_stated", "cps_referral": "no",
        "organisational_learning": "not_stated", "subjects": [SUBJECT], "notes": "fictional"}), encoding="utf-8")
    (folder / "r0009.json").write_text(json.dumps({   # a report this input does not hold
        "title": "Another case – Kent Police, May 2020", "forces": ["Kent Police"], "incident_month": "2020-05",
        "published": None, "iopc_ref": None, "tags": [], "criminal_indication": "no", "cps_referral": "no",
        "organisational_learning": "no", "subjects": []}), encoding="utf-8")
    (folder / "broken.json").write_text("{", encoding="utf-8")
    return folder


def test_a_build_applies_labels_with_provenance_and_keeps_what_was_extracted(tmp_path):
    build, _ = build_paths([export(tmp_path)], tmp_path / "out", label_dirs=[label_folder(tmp_path)], workers=1)
    tables = read_tables(tmp_path / "out")
    reports = tables["reports"].set_index("row_id")
    assert reports.loc["1", "values_from"] == "verified" and reports.loc["1", "label_path"].endswith("r0001.json")
    assert reports.loc["2", "values_from"] == "extracted" and pd.isna(reports.loc["2", "label_path"])
    rid = reports.loc["1", "report_id"]
    subjects = tables["subjects"][tables["subjects"]["report_id"] == rid]
    assert subjects["outcome"].tolist() == ["not_proven"] and subjects["values_from"].tolist() == ["verified"]
    # the rules' own reading stays beside it, and the evidence still justifies that reading
    extracted = tables["extracted_subjects"][tables["extracted_subjects"]["report_id"] == rid]
    assert extracted["outcome"].tolist() == ["misconduct_proven"]
    assert list(tables["extracted_reports"]["report_id"]) == [rid]
    account = read_manifest(tmp_path / "out")["verified_labels"]
    assert (account["labels"], account["applied"], account["matching_no_report"]) == (2, 1, 1)
    assert [p["path"].rsplit("/", 1)[-1] for p in account["problems"]] == ["broken.json"]


def test_the_audit_scores_the_extractor_on_the_check_part_from_the_tables(tmp_path):
    build_paths([export(tmp_path)], tmp_path / "out", label_dirs=[label_folder(tmp_path)], workers=1)
    ids = tmp_path / "check.txt"
    ids.write_text("# fictional check part\nr0001\n", encoding="utf-8")
    check = audit.check_part(read_tables(tmp_path / "out"), ids)
    assert check.scores.n_reports == 1 and check.listed == 1
    assert (check.scores.tp, check.scores.fp, check.scores.fn) == (0, 1, 1)  # the outcome differs
    assert check.scores.attributes["grade"].f1 == 1.0 and check.scores.attributes["outcome"].f1 == 0.0
    assert "Check set: 1 hand-labelled reports" in check.headline()
    assert "F1 0.00 (95% interval 0.00–0.79)" in check.headline()  # one report: Wilson on its people, not a bootstrap
    assert check.fields_frame()["accuracy (95% interval)"].str.match(r"\d+% \(\d+%–\d+%\)").all()
    empty = tmp_path / "none.txt"
    empty.write_text("r0042\n", encoding="utf-8")
    assert audit.check_part(read_tables(tmp_path / "out"), empty) is None
    assert audit.check_part(read_tables(tmp_path / "out"), tmp_path / "no-such-list.txt") is None
    # fields the label was matched on, or copied from the export, are no measure of the rules
    shown = {"title", "IOPC reference", "tags"}
    assert not set(check.fields_frame()["field"]) & shown and "forces named" in set(check.fields_frame()["field"])
    assert not set(check.errors_frame()["field"]) & shown


def test_the_extracted_side_keeps_its_own_title(tmp_path):
    from casekit.evaluate import from_tables
    build_paths([export(tmp_path)], tmp_path / "out", label_dirs=[label_folder(tmp_path)], workers=1)
    tables = read_tables(tmp_path / "out")
    tables["extracted_reports"].loc[:, "title"] = "as the rules read it"
    gold, predicted = from_tables(tables)
    assert gold["r0001"]["title"] == ROWS[0][1] and predicted["r0001"]["title"] == "as the rules read it"


def test_no_labels_means_every_value_as_extracted(tmp_path, capsys):
    source = export(tmp_path)
    assert main(["build", str(source), "--out", str(tmp_path / "out"), "--no-labels", "--quiet"]) == 0
    assert set(read_tables(tmp_path / "out")["reports"]["values_from"]) == {"extracted"}
    assert main(["build", str(source), "--out", str(tmp_path / "out2"), "--labels", str(label_folder(tmp_path)), "--quiet"]) == 0
    err = capsys.readouterr().err
    assert "verified labels: 1 applied of 2 read (1 match no report in this input)" in err
    assert "broken.json not applied" in err


def test_extract_never_applies_labels(tmp_path, capsys):
    label_folder(tmp_path)
    assert main(["extract", str(export(tmp_path))]) == 0
    first = json.loads(capsys.readouterr().out.splitlines()[0])
    assert first["subjects"][0]["outcome"] == "misconduct_proven" and "values_from" not in first


def test_the_tables_do_not_depend_on_where_the_build_cuts_its_batches(tmp_path, monkeypatch):
    import casekit.build

    whole, _ = build_paths([export(tmp_path)], tmp_path / "whole", label_dirs=[label_folder(tmp_path)], workers=1)
    monkeypatch.setattr(casekit.build, "_TABLE_BATCH", 1)  # a batch per report: labels meet each record on its own
    cut, _ = build_paths([export(tmp_path)], tmp_path / "cut", label_dirs=[tmp_path / "labels"], workers=1)
    for name, frame in read_tables(tmp_path / "whole").items():
        pd.testing.assert_frame_equal(read_tables(tmp_path / "cut")[name], frame, check_dtype=True)
    assert cut.labels.summary() == whole.labels.summary() and cut.labels.applied == 1
