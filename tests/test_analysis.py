"""Notebooks find the tables wherever they run, and say where they looked when there are none."""

import os
import subprocess
import sys

import pytest

from casekit import analysis
from casekit.tables import NoData

from .conftest import ROOT


def make_tables(folder):
    folder.mkdir(parents=True)
    (folder / "reports.parquet").write_bytes(b"")
    return folder


def test_the_parameter_wins_then_the_environment_then_the_project(tmp_path, monkeypatch):
    given, env, project = make_tables(tmp_path / "given"), make_tables(tmp_path / "env"), tmp_path / "project"
    make_tables(project / "data" / "processed")
    monkeypatch.setattr(analysis, "PROJECT_ROOT", project)
    monkeypatch.setenv(analysis.ENVIRONMENT, str(env))
    assert analysis.find_tables(given) == given.resolve()
    assert analysis.find_tables(None) == env.resolve()
    monkeypatch.delenv(analysis.ENVIRONMENT)
    monkeypatch.chdir(tmp_path)
    assert analysis.find_tables(None) == (project / "data" / "processed").resolve()


def test_a_relative_data_dir_is_found_from_the_project_root_too(tmp_path, monkeypatch):
    project = tmp_path / "project"
    make_tables(project / "data" / "processed")
    monkeypatch.setattr(analysis, "PROJECT_ROOT", project)
    monkeypatch.chdir(make_tables(tmp_path / "elsewhere" / "notebooks").parent)
    assert analysis.find_tables("data/processed") == (project / "data" / "processed").resolve()


def test_tables_above_the_working_directory_are_found(tmp_path, monkeypatch):
    make_tables(tmp_path / "clone" / "data" / "processed")
    (tmp_path / "clone" / "notebooks").mkdir()
    monkeypatch.setattr(analysis, "PROJECT_ROOT", tmp_path / "site-packages")
    monkeypatch.delenv(analysis.ENVIRONMENT, raising=False)
    monkeypatch.chdir(tmp_path / "clone" / "notebooks")
    assert analysis.find_tables() == (tmp_path / "clone" / "data" / "processed").resolve()


def test_no_tables_error_names_every_place_it_looked(tmp_path, monkeypatch):
    monkeypatch.setattr(analysis, "PROJECT_ROOT", tmp_path / "project")
    monkeypatch.delenv(analysis.ENVIRONMENT, raising=False)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(NoData) as error:
        analysis.find_tables()
    message = str(error.value)
    assert str(tmp_path / "project" / "data" / "processed") in message and "reports.parquet" in message
    assert "casekit build" in message
    with pytest.raises(NoData, match="data_dir parameter: .*missing"):
        analysis.find_tables(tmp_path / "missing")


def test_papermill_from_the_project_root_runs_a_notebook(tmp_path):
    """The interactive path: papermill's own command, run from the repository root, data_dir left as None."""
    papermill = os.path.join(os.path.dirname(sys.executable), "papermill")
    out = tmp_path / "out.ipynb"
    result = subprocess.run([papermill, "notebooks/01-corpus-overview.ipynb", str(out), "--no-progress-bar"],
                            cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "What the data holds" in out.read_text()
