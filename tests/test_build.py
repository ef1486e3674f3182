"""The build: inputs -> records -> one atomic, verified table set; safe under faults and concurrency."""

import csv
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from casekit import load, read_tables
from casekit import tables as tables_module
from casekit.build import NothingRead, build_tables, check_inputs, MissingInput
from casekit.cli import main
from casekit.safecsv import FORMULA_STARTS
from casekit.sources import SAMPLE_DIR
from casekit.tables import TableSetError, table_set


# Fictional reports, written for these tests.
REPORT = ("{title} – Exampleshire Police, May 2022\n\n"
          "PC Ash, we decided, had a case to answer for misconduct. PC Ash went to a misconduct meeting in May "
          "and received a written warning. This is a fictional example.\n")
HOSTILE_TITLES = ['=HYPERLINK("http://example.invalid","y") Officer', "@SUM(1) Officer", "+cmd|' /C calc'!A0 Officer",
                  "-1+1 Officer"]


def pages(folder: Path, titles) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for number, title in enumerate(titles):
        (folder / f"p{number:03}.txt").write_text(REPORT.format(title=title), encoding="utf-8")
    return folder


def snapshot(out: Path):
    return ({name: frame.to_json() for name, frame in read_tables(out).items()},
            {p.name: p.read_bytes() for p in out.iterdir() if p.is_file() and not p.name.startswith(".")})


@pytest.fixture
def built(tmp_path):
    """A tables folder holding a good set built from two fictional pages."""
    out = tmp_path / "tables"
    build_tables(load(pages(tmp_path / "raw", ["Officer misses a check", "Officer loses a file"])), out)
    return out


def test_parallel_extraction_gives_the_same_tables_as_one_process(tmp_path):
    rows = [{"heading": f"Fictional case {n} – Exampleshire Police, May 2022",
             "content": f"PC Ash{n} had a case to answer for misconduct. Written warning for case {n}."}
            for n in range(240)]
    (tmp_path / "many.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    loaded = load(tmp_path / "many.jsonl")
    _, serial = build_tables(loaded, workers=1)
    _, parallel = build_tables(loaded, workers=2)
    for name in serial:
        assert serial[name].equals(parallel[name]), name
    assert len(serial["reports"]) == 240


def test_a_build_that_reads_nothing_writes_nothing(built, tmp_path):
    before = snapshot(built)
    (tmp_path / "empty").mkdir()
    (tmp_path / "only_bad").mkdir()
    (tmp_path / "only_bad" / "x.txt").write_text("")
    for nothing in (tmp_path / "empty", tmp_path / "only_bad"):
        with pytest.raises(NothingRead, match="nothing was written"):
            build_tables(load(nothing), built)
        assert snapshot(built) == before
    with pytest.raises(MissingInput, match="does-not-exist"):
        check_inputs([tmp_path / "does-not-exist"])


def test_cli_build_from_a_missing_or_empty_input_keeps_the_previous_tables(built, tmp_path, capsys):
    before = snapshot(built)
    (tmp_path / "empty").mkdir()
    assert main(["build", str(tmp_path / "does-not-exist"), "--out", str(built), "--quiet"]) == 2
    assert "no such file or folder" in capsys.readouterr().err
    assert main(["build", str(tmp_path / "empty"), "--out", str(built), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert "rejected" in err and "empty folder" in err and "are as they were" in err
    assert snapshot(built) == before


def test_report_ids_are_the_same_however_the_input_path_is_spelt(tmp_path, monkeypatch):
    pages(tmp_path / "raw", ["Officer misses a check", "Officer loses a file"])
    monkeypatch.chdir(tmp_path)
    _, relative = build_tables(load("raw"))
    _, absolute = build_tables(load(tmp_path / "raw"))
    assert list(relative["reports"]["source"]) != list(absolute["reports"]["source"])
    assert list(relative["reports"]["report_id"]) == list(absolute["reports"]["report_id"])


def test_a_report_over_the_subject_cap_is_rejected_and_listed(tmp_path):
    build, tables = build_tables(load(pages(tmp_path / "raw", ["Officer misses a check"])), max_subjects=0)
    assert tables["reports"].empty
    assert list(tables["rejected"]["reason"]) == ["too many subjects: 1 (cap 0; raise it with --max-subjects)"]


def test_no_csv_cell_begins_with_a_formula_character(tmp_path, capsys):
    raw = pages(tmp_path / "raw", HOSTILE_TITLES)
    out = tmp_path / "out"
    build_tables(load(raw), out)
    assert main(["extract", str(raw), "--format", "csv"]) == 0
    outputs = {"extract": capsys.readouterr().out}
    outputs |= {p.name: p.read_text(encoding="utf-8") for p in out.glob("*.csv")}
    assert {"reports.csv", "evidence.csv", "subjects.csv", "rejected.csv", "data_dictionary.csv"} <= set(outputs)
    for name, text in outputs.items():
        risky = [c for row in csv.reader(text.splitlines()) for c in row if c.startswith(FORMULA_STARTS)]
        assert not risky, (name, risky)
    # the Parquet tables keep the raw text
    assert sorted(t.split(" – ")[0] for t in read_tables(out)["reports"]["title"]) == sorted(HOSTILE_TITLES)
    assert "'=HYPERLINK" in outputs["reports.csv"] and "'=HYPERLINK" in outputs["extract"]


@pytest.mark.parametrize("step", ["write", "rename", "swap", "links"])
def test_a_fault_at_any_step_of_the_swap_leaves_one_whole_set(built, tmp_path, monkeypatch, step):
    before = snapshot(built)
    _, tables = build_tables(load(pages(tmp_path / "raw2", ["Officer shouts at a driver"])))
    real_link = tables_module.atomic_symlink

    def fail(*args, **kwargs):
        raise OSError("injected fault")

    if step == "write":
        monkeypatch.setattr(tables_module, "_write_set", fail)
    elif step == "rename":
        monkeypatch.setattr(tables_module.os, "rename", fail)
    elif step == "swap":
        monkeypatch.setattr(tables_module, "atomic_symlink",
                            lambda link, target: fail() if link.name == "current" else real_link(link, target))
    else:
        monkeypatch.setattr(tables_module, "_link_files", fail)
    with pytest.raises(OSError, match="injected fault"):
        tables_module.write_tables(tables, built)
    monkeypatch.undo()
    after = read_tables(built)  # never a mix: verified against the manifest
    if step == "links":  # the swap itself had happened: the new set is current, whole
        assert list(after["reports"]["title"].str.split(" – ").str[0]) == ["Officer shouts at a driver"]
    else:
        assert snapshot(built) == before
    # the next build cleans whatever the fault left behind
    tables_module.write_tables(tables, built)
    leftovers = [p.name for p in built.iterdir() if p.name.startswith((".staging-", ".link-"))]
    assert leftovers == [] and len(list(built.glob("v-*"))) == 2


def test_a_build_killed_inside_the_swap_leaves_the_previous_set_current(built, tmp_path):
    before = snapshot(built)
    raw = pages(tmp_path / "raw2", ["Officer shouts at a driver"])
    script = (
        "import os, signal, sys\n"
        "from casekit import build_tables, load\n"
        "real = os.replace\n"
        "def replace(source, target, *a, **k):\n"
        "    if str(target).endswith('/current'):\n"
        "        os.kill(os.getpid(), signal.SIGKILL)\n"
        "    return real(source, target, *a, **k)\n"
        "os.replace = replace\n"
        "build_tables(load(sys.argv[1]), sys.argv[2])\n"
    )
    killed = subprocess.run([sys.executable, "-c", script, str(raw), str(built)], capture_output=True, text=True)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert snapshot(built) == before
    assert list(built.glob(".link-*")) and len(list(built.glob("v-*"))) == 2  # what the kill left
    build_tables(load(raw), built)
    assert not list(built.glob(".link-*")) and not list(built.glob(".staging-*"))


def test_a_mixed_or_unchecked_set_is_refused_with_the_file_named(built, tmp_path):
    other = tmp_path / "other"
    build_tables(load(pages(tmp_path / "raw2", ["Officer shouts at a driver"])), other)
    folder = table_set(built)
    (folder / "reports.parquet").write_bytes((table_set(other) / "reports.parquet").read_bytes())
    with pytest.raises(TableSetError, match="reports.parquet does not match the manifest"):
        read_tables(built)
    (folder / "manifest.json").unlink()
    with pytest.raises(TableSetError, match="no readable manifest.json"):
        read_tables(built)


def test_a_folder_of_tables_from_before_versioned_sets_is_read_and_then_upgraded(built, tmp_path):
    flat = tmp_path / "flat"
    flat.mkdir()
    for path in table_set(built).iterdir():
        (flat / path.name).write_bytes(path.read_bytes())
    assert read_tables(flat)["reports"].equals(read_tables(built)["reports"])
    build_tables(load(pages(tmp_path / "raw2", ["Officer shouts at a driver"])), flat)
    assert (flat / "reports.parquet").is_symlink() and len(read_tables(flat)["reports"]) == 1


def test_two_concurrent_builds_each_publish_a_whole_set_and_readers_never_see_a_mix(tmp_path):
    out = tmp_path / "tables"
    casekit = [sys.executable, "-m", "casekit.cli", "build", "--quiet", "--out", str(out)]
    build_tables(load(SAMPLE_DIR), out)
    other = pages(tmp_path / "raw", ["Officer misses a check", "Officer loses a file", "Officer shouts"])
    runs = [subprocess.Popen([*casekit, str(source)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for source in (SAMPLE_DIR, other)]
    sizes = set()
    while any(run.poll() is None for run in runs):
        sizes.add(len(read_tables(out)["reports"]))  # raises on a mixed set
        time.sleep(0.05)
    for run in runs:
        assert run.returncode == 0, run.stderr.read()
    final = len(read_tables(out)["reports"])
    assert final in (3, 43) and sizes <= {3, 43}
    assert not list(out.glob(".staging-*")) and len(list(out.glob("v-*"))) == 2


def test_a_file_name_cannot_forge_a_line_of_output(tmp_path, capsys):
    pages(tmp_path / "raw", ["Officer misses a check"])
    (tmp_path / "raw" / "evil\ncasekit: wrote 9999 reports.txt").write_text("")
    assert main(["build", str(tmp_path / "raw"), "--out", str(tmp_path / "out")]) == 0
    lines = capsys.readouterr().err.splitlines()
    assert not [line for line in lines if line.startswith("casekit: wrote 9999")]
    assert any("evil\\ncasekit: wrote 9999 reports.txt: empty file" in line for line in lines)
