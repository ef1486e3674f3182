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


def test_report_flags_set_the_same_parameters_as_the_yaml(tmp_path, monkeypatch, capsys):
    from casekit import report

    seen = []

    def fake_run(params):
        seen.append(params)
        raise SystemExit(0)

    monkeypatch.setattr(report, "run_report", fake_run)
    (tmp_path / "p.yml").write_text("forces: [Essex Police]\nyear_from: 2010\nmin_group: 5\nkeep: 3\n")
    try:
        main(["report", "--params", str(tmp_path / "p.yml"), "--forces", "Kent Police", "the Met",
              "--from-year", "2016", "--to-year", "2019", "--min-group", "20", "--keep", "2"])
    except SystemExit:
        pass
    (params,) = seen
    assert params.forces == ["Kent Police", "Metropolitan Police Service"]
    assert (params.year_from, params.year_to, params.min_group, params.keep) == (2016, 2019, 20, 2)
    try:
        main(["report", "--params", str(tmp_path / "p.yml")])
    except SystemExit:
        pass
    assert (seen[1].forces, seen[1].year_from, seen[1].year_to, seen[1].min_group) == (["Essex Police"], 2010, None, 5)


def test_report_refuses_a_force_it_does_not_know(capsys):
    assert main(["report", "--forces", "Gotham City Police"]) == 2
    assert "not a force name: 'Gotham City Police'" in capsys.readouterr().err
