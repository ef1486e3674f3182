"""The report run: notebooks executed, pages rendered, an index that links them all."""

import json
import threading
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pytest

from casekit import report as report_module
from casekit.cli import main
from casekit.report import ReportParams, run_report
from casekit.sources import SAMPLE_DIR

from .conftest import WORKBOOK, needs_shared


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.tags = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "a":
            self.links.append(dict(attrs).get("href"))


def parse(path: Path) -> Links:
    parser = Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


@needs_shared
@pytest.mark.corpus
def test_report_on_the_shared_workbook_is_a_complete_site(tmp_path):
    result = run_report(ReportParams(input=str(WORKBOOK), tables=str(tmp_path / "tables"), out=str(tmp_path / "reports"),
                                     run="test", workers=2))
    assert result.failed == [] and result.rebuilt
    index = result.run_dir / "index.html"
    links = parse(index).links
    assert len(links) >= 4 + 10  # the analyses and at least ten force pages
    for link in links:
        page = result.run_dir / link
        assert page.exists(), link
        html = page.read_text(encoding="utf-8")
        assert "<table" in html, f"{link} has no table"
        assert "data:image/png;base64" in html, f"{link} has no figure"
        executed = nbformat.read(result.run_dir / "notebooks" / link.replace(".html", ".ipynb"), as_version=4)
        errors = [o for c in executed.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
        assert errors == [], link
    text = index.read_text()
    assert "7e3a90e1dc3d532de04979f327aeee6b9cf8a91ac1ba61c7ca48e2f8a614f1c8" in text and "1311 reports" in text
    # a second run reuses the tables: the input did not change
    again = run_report(ReportParams(input=str(WORKBOOK), tables=str(tmp_path / "tables"), out=str(tmp_path / "reports"),
                                    run="again", workers=2, force_pages=False))
    assert not again.rebuilt and (tmp_path / "reports" / "latest").resolve().name == "again"


def tiny_notebooks(folder: Path, sources: dict[str, str]) -> Path:
    """Notebooks that run in a moment, with the parameters cell the report fills."""
    folder.mkdir(exist_ok=True)
    for name, source in sources.items():
        nb = nbformat.v4.new_notebook()
        nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        params = nbformat.v4.new_code_cell("data_dir = None\nforces = []\nyear_from = None\nyear_to = None\nmin_group = 10")
        params.metadata["tags"] = ["parameters"]
        nb.cells = [nbformat.v4.new_markdown_cell(f"# The {name} page"), params, nbformat.v4.new_code_cell(source)]
        nbformat.write(nb, folder / f"{name}.ipynb")
    return folder


def test_a_failing_notebook_is_named_the_rest_kept_and_latest_not_moved(tmp_path, monkeypatch):
    notebooks = tiny_notebooks(tmp_path / "nb", {"good": "print('fine')",
                                                 "bad": "raise ValueError('no reports match the filters')"})
    monkeypatch.setattr(report_module, "NOTEBOOK_DIR", notebooks)
    monkeypatch.setattr(report_module, "MAIN_NOTEBOOKS", ("good",))
    common = dict(input=str(SAMPLE_DIR), tables=str(tmp_path / "tables"), out=str(tmp_path / "out"), force_pages=False)
    first = run_report(ReportParams(run="first", **common))
    assert first.failed == [] and (tmp_path / "out" / "latest").resolve() == first.run_dir
    monkeypatch.setattr(report_module, "MAIN_NOTEBOOKS", ("good", "bad"))
    result = run_report(ReportParams(run="r", **common))
    (bad,) = result.failed
    assert bad.name == "bad" and "no reports match the filters" in bad.error
    assert result.run_dir == tmp_path / "out" / "r-failed" and (result.run_dir / "good.html").exists()
    index = (result.run_dir / "index.html").read_text()
    assert "The good page" in index and "failed: ValueError: no reports match the filters" in index
    assert "fictional sample corpus" in index
    assert (tmp_path / "out" / "latest").resolve() == first.run_dir  # the published site is the complete run
    assert sorted(p.name for p in (tmp_path / "out").iterdir() if not p.name.startswith(".")) == ["first", "latest", "r-failed"]


def test_two_runs_started_together_get_their_own_folders(tmp_path, monkeypatch):
    notebooks = tiny_notebooks(tmp_path / "nb", {"forces": "print(forces)"})
    monkeypatch.setattr(report_module, "NOTEBOOK_DIR", notebooks)
    monkeypatch.setattr(report_module, "MAIN_NOTEBOOKS", ("forces",))
    common = dict(input=str(SAMPLE_DIR), tables=str(tmp_path / "tables"), out=str(tmp_path / "out"), force_pages=False)
    chosen = (["Metropolitan Police Service"], [])
    start = threading.Barrier(2)
    results: dict = {}

    def one(forces):
        start.wait()
        results[tuple(forces)] = run_report(ReportParams(forces=forces, **common))

    threads = [threading.Thread(target=one, args=(forces,)) for forces in chosen]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert len(results) == 2 and all(not r.failed for r in results.values())
    folders = {r.run_dir for r in results.values()}
    assert len(folders) == 2  # unique default names, even within one second
    for forces, result in results.items():
        described = json.loads((result.run_dir / "run.json").read_text())
        assert described["params"]["forces"] == list(forces) and described["params"]["run"] == result.run_dir.name
        executed = nbformat.read(result.run_dir / "notebooks" / "forces.ipynb", as_version=4)
        assert str(list(forces)) in executed.cells[-1].outputs[0]["text"]
    assert (tmp_path / "out" / "latest").resolve() in folders
    assert [p for p in (tmp_path / "out" / ".running").iterdir() if p.is_dir()] == []


def test_a_missing_input_changes_neither_the_tables_nor_latest(tmp_path, monkeypatch, capsys):
    notebooks = tiny_notebooks(tmp_path / "nb", {"good": "print('fine')"})
    monkeypatch.setattr(report_module, "NOTEBOOK_DIR", notebooks)
    monkeypatch.setattr(report_module, "MAIN_NOTEBOOKS", ("good",))
    args = ["report", "--tables", str(tmp_path / "tables"), "--out", str(tmp_path / "out"), "--no-force-pages", "--offline"]
    assert main([*args, "--input", str(SAMPLE_DIR), "--run", "good"]) == 0
    before = {p: p.read_bytes() for p in (tmp_path / "tables").rglob("*") if p.is_file()}
    capsys.readouterr()
    assert main([*args, "--input", str(tmp_path / "typo.xlsx")]) == 2
    err = capsys.readouterr().err
    assert "input: expected an existing file or folder" in err and "Traceback" not in err
    assert {p: p.read_bytes() for p in (tmp_path / "tables").rglob("*") if p.is_file()} == before
    assert (tmp_path / "out" / "latest").resolve().name == "good"
    assert sorted(p.name for p in (tmp_path / "out").iterdir() if not p.name.startswith(".")) == ["good", "latest"]


def test_report_parameters_file_rejects_unknown_keys(tmp_path):
    path = tmp_path / "p.yml"
    path.write_text("workers: 1\nforse: []\n")
    with pytest.raises(ValueError, match="forse: unknown parameter"):
        ReportParams.from_yaml(path)
    path.write_text("workers: 1\nforces: [Kent Police]\n")
    assert ReportParams.from_yaml(path).forces == ["Kent Police"]


def test_shipped_schedule_file_is_valid():
    params = ReportParams.from_yaml(Path(__file__).resolve().parents[1] / "reports" / "weekly.yml")
    assert params.workers >= 1 and params.tables == "data/processed"


def test_a_kernel_port_race_is_retried(monkeypatch, tmp_path):
    import papermill

    calls = []

    def flaky(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("ZMQError: Address already in use (addr='tcp://127.0.0.1:54321')")

    monkeypatch.setattr(papermill, "execute_notebook", flaky)
    report_module._execute(tmp_path / "in.ipynb", tmp_path / "out.ipynb", {}, timeout=10)
    assert len(calls) == 2

    def broken(*args, **kwargs):
        raise ValueError("a real error in a cell")

    monkeypatch.setattr(papermill, "execute_notebook", broken)
    with pytest.raises(ValueError):
        report_module._execute(tmp_path / "in.ipynb", tmp_path / "out.ipynb", {}, timeout=10)
