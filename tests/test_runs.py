"""Report parameters and run folders: checked before anything runs; one run per folder."""

import pytest

from casekit.cli import main
from casekit.params import ParamsError
from casekit.report import ReportParams, check_params
from casekit.runs import RunNameError, start_run


@pytest.mark.parametrize("yaml_text, message", [
    ("forces: Kent Police\n", "forces: expected a list, got 'Kent Police' (str)"),
    ('year_from: "2019"\n', "year_from: expected an integer, got '2019' (str)"),
    ("input: 123\n", "input: expected text, got 123 (int)"),
    ("workers: 0\n", "workers: expected an integer of 1 or more, got 0"),
    ("force_pages: maybe\n", "force_pages: expected true or false, got 'maybe' (str)"),
    ("year_from: 2020\nyear_to: 2019\n", "year_to: expected a year no earlier than year_from, got 2019"),
    ("input: does/not/exist.xlsx\n", "input: expected an existing file or folder, got 'does/not/exist.xlsx'"),
    ("run: ../escaped\n", "run: expected a plain folder name"),
    ("- a list\n", "expected a mapping of parameter: value, got list"),
    ("forces: [unclosed\n", "not valid YAML"),
])
def test_a_parameters_file_is_checked_key_by_key(tmp_path, yaml_text, message):
    path = tmp_path / "p.yml"
    path.write_text(yaml_text)
    with pytest.raises(ParamsError) as raised:
        ReportParams.from_yaml(path)
    assert message in str(raised.value) and str(path) in str(raised.value)


def test_every_problem_is_listed_at_once():
    with pytest.raises(ParamsError) as raised:
        check_params(ReportParams(), {"forces": "Kent Police", "year_from": "2019", "cell_timeout": "ten"})
    assert [part.split(":")[0] for part in str(raised.value).split(": ", 1)[1].split("; ")] == [
        "forces", "year_from", "cell_timeout"]


def test_good_parameters_pass_unchanged():
    params = check_params(ReportParams(), {"forces": ["Kent Police"], "year_from": 2019, "workers": 1})
    assert params.forces == ["Kent Police"] and params.year_from == 2019 and params.tables == "data/processed"


@pytest.mark.parametrize("name", ["latest", "../escaped", "/abs/path", ".", "..", "a/b", "two words", "x-failed",
                                  "new\nline", ""])
def test_a_run_name_must_be_one_plain_free_folder_name(tmp_path, capsys, name):
    out = tmp_path / "out"
    with pytest.raises(RunNameError):
        start_run(out, name)
    assert main(["report", "--run", name, "--out", str(out), "--input", str(tmp_path), "--offline"]) == 2
    err = capsys.readouterr().err
    assert "run" in err and "Traceback" not in err and "\n" not in err.rstrip("\n")
    assert [p.name for p in out.iterdir()] == [".running"] if out.exists() else True


def test_a_taken_or_busy_run_name_is_refused_and_default_names_are_unique(tmp_path):
    out = tmp_path / "out"
    first = start_run(out, "weekly")
    with pytest.raises(RunNameError, match="in progress"):
        start_run(out, "weekly")
    assert first.finish(complete=True) == out / "weekly" and (out / "latest").resolve() == out / "weekly"
    with pytest.raises(RunNameError, match="already exists"):
        start_run(out, "weekly")
    runs = [start_run(out) for _ in range(3)]  # all within a second or two
    assert len({run.name for run in runs}) == 3


def test_a_killed_run_leaves_nothing_that_looks_finished_and_is_cleaned_next_time(tmp_path):
    out = tmp_path / "out"
    killed = start_run(out, "killed")
    (killed.path / "index.html").write_text("half a page")
    killed.lock.release()  # what the kernel does when the process dies
    assert [p.name for p in out.iterdir()] == [".running"]  # no run folder, no latest
    start_run(out, "next").finish(complete=False)
    assert sorted(p.name for p in out.iterdir()) == [".running", "next-failed"]
    assert [p.name for p in (out / ".running").iterdir() if p.is_dir()] == []
