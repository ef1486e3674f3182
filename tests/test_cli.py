import json
import subprocess
import sys

from casekit.cli import main

REPORT = ("Officer fails to record a crime – Kent Police, May 2022\n\n"
          "We found the officer had a case to answer for misconduct. Misconduct was proven at a misconduct meeting.\n")


def test_extract_jsonl_one_record_per_report_with_source(write, tmp_path, capsys):
    write("docs/a.txt", REPORT)
    write("docs/b.txt", REPORT.replace("May", "June"))
    assert main(["extract", str(tmp_path / "docs")]) == 0
    lines = capsys.readouterr().out.splitlines()
    records = [json.loads(line) for line in lines]
    assert [r["source"].split("/")[-1] for r in records] == ["a.txt", "b.txt"]
    assert records[0]["subjects"][0]["outcome"] == "misconduct_proven"
    assert set(records[0]) >= {"title", "forces", "incident_month", "published", "iopc_ref", "tags",
                               "criminal_indication", "cps_referral", "organisational_learning", "subjects"}


def test_extract_csv_and_evidence(write, tmp_path, capsys):
    path = write("a.txt", REPORT)
    assert main(["extract", str(path), "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("source,title,forces") and "Kent Police" in out
    assert main(["extract", str(path), "--evidence"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert any(e["field"] == "grade" and "case to answer" in e["sentence"] for e in record["evidence"])


def test_nothing_readable_exits_non_zero_and_names_the_file(write, capsys):
    path = write("empty.txt", "")
    assert main(["extract", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"rejected {path}: empty file" in err


def test_build_and_evaluate_round_trip(write, tmp_path, capsys):
    write("docs/r0001.txt", REPORT)
    write("gold/r0001.json", json.dumps({
        "title": "Officer fails to record a crime – Kent Police, May 2022", "forces": ["Kent Police"],
        "incident_month": "2022-05", "published": None, "iopc_ref": None, "tags": [], "criminal_indication": "not_stated",
        "cps_referral": "no", "organisational_learning": "not_stated",
        "subjects": [{"role": "officer", "grade": "misconduct", "proceedings": "meeting", "left_before_proceedings": "no",
                      "outcome": "misconduct_proven", "sanction": "not_stated", "barred_list": False}]}))
    assert main(["build", str(tmp_path / "docs"), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    assert (tmp_path / "out" / "reports.parquet").exists()
    capsys.readouterr()
    assert main(["extract", str(tmp_path / "docs")]) == 0
    (tmp_path / "pred.jsonl").write_text(capsys.readouterr().out)
    assert main(["evaluate", str(tmp_path / "gold"), str(tmp_path / "pred.jsonl"), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["subjects"]["f1"] == 1.0 and set(summary["fields"].values()) == {1.0}


def test_console_script_is_installed():
    result = subprocess.run([sys.executable, "-m", "casekit.cli", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and "casekit" in result.stdout
