import json

import pandas as pd
import pandera.errors
import pytest

from casekit import build_tables, load, read_tables
from casekit.tables import data_dictionary, validate, write_tables
from casekit import parallel_extract
from casekit import tables as tables_module

REPORT = ("Officer misses a welfare check – Exampleshire Police, May 2022\n\n"
          "PC Ash, we decided, had a case to answer for misconduct. PC Ash went to a misconduct meeting in May "
          "and received a written warning.\n\nIOPC reference\n2022/000123\n")


@pytest.fixture
def corpus(write, tmp_path):
    write("raw/one.txt", REPORT)
    write("raw/copy.txt", REPORT)  # the same page saved twice
    write("raw/two.txt", REPORT.replace("May 2022", "June 2022").replace("000123", "000124"))
    write("raw/empty.txt", "")
    return tmp_path / "raw"


def test_build_writes_every_table_and_the_dictionary(corpus, tmp_path):
    out = tmp_path / "out"
    build, tables = build_tables(load(corpus), out)
    assert build.duplicates == 1
    for name in ("reports", "subjects", "evidence", "rejected"):
        assert (out / f"{name}.parquet").exists() and (out / f"{name}.csv").exists()
    assert (out / "data_dictionary.md").exists()
    back = read_tables(out)
    assert len(back["reports"]) == 2 and len(back["subjects"]) == 2
    reasons = dict(zip(back["rejected"]["source"].str.split("/").str[-1], back["rejected"]["reason"]))
    assert reasons["empty.txt"] == "empty file"
    # files load in name order, so one.txt is the later copy of copy.txt
    assert reasons["one.txt"] == f"duplicate of {corpus / 'copy.txt'} (same IOPC reference 2022/000123 and title)"
    subjects = back["subjects"].merge(back["reports"][["report_id", "incident_month"]], on="report_id")
    assert set(subjects["sanction"]) == {"written_warning"}
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["rows"]["reports"] == 2 and manifest["duplicates"] == 1


def test_validation_rejects_values_outside_the_codebook(corpus):
    build, tables = build_tables(load(corpus))
    broken = dict(tables)
    broken["subjects"] = tables["subjects"].assign(sanction=pd.array(["sacked"] * len(tables["subjects"]), dtype="string"))
    with pytest.raises(pandera.errors.SchemaErrors):
        validate(broken)


def snapshot(out):
    """Every table as read back, and every top-level file's bytes as a user opening it would see them."""
    return ({name: frame.to_json() for name, frame in read_tables(out).items()},
            {p.name: p.read_bytes() for p in out.iterdir() if p.is_file() and not p.name.startswith(".")})


def test_interrupted_write_leaves_previous_tables_intact(corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    build_tables(load(corpus), out)
    before = snapshot(out)

    def crash(*args, **kwargs):
        raise KeyboardInterrupt("power cut")

    _, tables = build_tables(load(corpus))
    monkeypatch.setattr(tables_module, "write_csv", crash)
    with pytest.raises(KeyboardInterrupt):
        write_tables(tables, out)
    assert snapshot(out) == before
    assert not list(out.glob(".staging-*"))


def test_dictionary_describes_every_column(corpus):
    _, tables = build_tables(load(corpus))
    described = data_dictionary().groupby("table")["column"].apply(set).to_dict()
    for name, frame in tables.items():
        assert set(frame.columns) == described[name], name
    assert data_dictionary()["description"].str.len().min() > 0


def test_one_failing_report_is_rejected_not_fatal(corpus, monkeypatch):
    real = parallel_extract.extract

    def flaky(report):
        if report.source.endswith("two.txt"):
            raise RuntimeError("rule bug")
        return real(report)

    monkeypatch.setattr(parallel_extract, "extract", flaky)
    build, tables = build_tables(load(corpus))
    assert len(tables["reports"]) == 1
    assert any("extraction failed: RuntimeError: rule bug" in r for r in tables["rejected"]["reason"])
