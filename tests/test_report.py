"""The report run: notebooks executed, pages rendered, unchanged pages reused, a quiet console, old runs pruned."""

import json
import os
import subprocess
import threading
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pytest

from casekit import report as report_module
from casekit import site
from casekit.cli import main
from casekit.report import Kernel, ReportParams, page_key, prune_runs, run_report
from casekit.schema import CASE_TO_ANSWER
from casekit.sources import SAMPLE_DIR
from casekit.stats import FINDINGS, LEFT_VALUES, PROVEN

from .conftest import ROOT, WORKBOOK

SAMPLE_LABELS = ROOT / "data" / "raw" / "sample_labels"
KERNEL_NOISE = ("without encryption", "KeyboardInterrupt", "[IPKernelApp]", "papermill")


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


def outputs(executed: Path, kind: str, name: str | None = None) -> list:
    nb = nbformat.read(executed, as_version=4)
    return [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == kind and (name is None or o.get("name") == name)]


def test_report_is_a_complete_quiet_site(site_run):
    run_dir = site_run["run_dir"]
    for noise in KERNEL_NOISE:
        assert noise not in site_run["stderr"], f"kernel noise on the console: {noise}"
    assert (run_dir / "kernels.log").exists()
    pages = [link for link in parse(run_dir / "index.html").links
             if link and link.endswith(".html") and link not in ("index.html", "glossary.html")]
    assert len(set(pages)) >= 4 + (10 if WORKBOOK.exists() else 1)  # the analyses and the force pages
    for link in set(pages):
        html = (run_dir / link).read_text(encoding="utf-8")
        assert "<table" in html or 'class="cards"' in html, f"{link} has no table"
        assert "data:image/png;base64" in html or link.startswith("force-"), f"{link} has no figure"
        assert "No description has been provided" not in html and "<script" not in html
        executed = run_dir / "notebooks" / link.replace(".html", ".ipynb")
        assert outputs(executed, "error") == [], link
        assert outputs(executed, "stream", "stderr") == [], f"{link} printed warnings"
    size = sum(f.stat().st_size for f in run_dir.rglob("*") if f.is_file())
    assert size < 8_000_000, f"site is {size / 1e6:.1f} MB"


@pytest.mark.corpus
@pytest.mark.skipif(not WORKBOOK.exists(), reason="../shared (the real corpus) is not beside this clone")
def test_report_on_the_workbook_names_its_public_source(site_run):
    index = (site_run["run_dir"] / "index.html").read_text(encoding="utf-8")
    assert "7e3a90e1dc3d532de04979f327aeee6b9cf8a91ac1ba61c7ca48e2f8a614f1c8" in index
    assert "1311 of 1311 reports" in index and "github.com/BBC-Data-Unit/police_misconduct" in index
    assert "Open Government Licence" in index and "/data/raw/" not in index
    met = (site_run["run_dir"] / "force-metropolitan-police-service.html").read_text(encoding="utf-8")
    assert "<h1>Metropolitan Police Service</h1>" in met and "Set `force`" not in met


def test_a_second_run_with_nothing_changed_executes_no_page(site_run):
    command = [*site_run["command"][:-4], "--run", "second", "--workers", "2"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    record = json.loads((site_run["out"] / "second" / "run.json").read_text())
    assert all(p["reused_from"] == "first" for p in record["pages"])
    assert not (site_run["out"] / "second" / "kernels.log").exists()
    assert "pages unchanged since run first: reused" in result.stderr
    for page in record["pages"]:  # the reused page is the same page in a fresh layout
        before = site.page_body((site_run["out"] / "first" / page["html"]).read_text(encoding="utf-8"))
        after = site.page_body((site_run["out"] / "second" / page["html"]).read_text(encoding="utf-8"))
        assert before == after and "run second" in (site_run["out"] / "second" / page["html"]).read_text(encoding="utf-8")
        for download in page["downloads"]:
            assert (site_run["out"] / "second" / download).is_file()
    assert (site_run["out"] / "latest").resolve().name == "second"


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("sample")
    return run_report(ReportParams(input=str(SAMPLE_DIR), tables=str(tmp / "tables"), out=str(tmp / "reports"),
                                   run="sample", min_force_reports=2, workers=2))


def key_figures(run_dir: Path, page: str) -> dict[str, list]:
    figures = site.table_data(run_dir / "notebooks" / f"{page}.ipynb")["key-figures"]
    columns = figures["columns"]
    return {(row[0], row[columns.index("detail")]): row for row in figures["rows"]}


def test_key_figures_on_the_sample_agree_with_its_hand_labels(sample_run):
    """The notebooks' key figures, read from the executed notebooks, against counts made straight from the labels."""
    assert sample_run.failed == []
    labels = [json.loads(p.read_text()) for p in SAMPLE_LABELS.glob("*.json")]
    people = [s for label in labels for s in label["subjects"]]
    cases = [s for s in people if s["grade"] in CASE_TO_ANSWER]
    gm = [s for s in cases if s["grade"] == "gross_misconduct"]

    overview = {label: row[2] for (label, _), row in key_figures(sample_run.run_dir, "01-corpus-overview").items()}
    assert overview["reports"] == len(labels)
    assert overview["people with a case-to-answer decision"] == len(people)
    assert overview["people with a case to answer"] == len(cases)

    grade = {(label, detail.split(" · ")[0]): (row[2], row[3])
             for (label, detail), row in key_figures(sample_run.run_dir, "02-outcome-by-grade").items()}
    proven = sum(s["outcome"] in PROVEN for s in gm)
    stated = sum(s["outcome"] in FINDINGS for s in gm)
    assert grade[("found proven", f"{proven} of {len(gm)} among all with a case to answer")] == (proven, len(gm))
    assert grade[("found proven", f"{proven} of {stated} among those with a stated finding")] == (proven, stated)

    leaving = {(label, detail.split(" · ")[0]): row[2:4]
               for (label, detail), row in key_figures(sample_run.run_dir, "03-resignation-before-hearing").items()}
    left = sum(s["left_before_proceedings"] in LEFT_VALUES for s in cases)
    assert leaving[("left before proceedings", f"{left} of {len(cases)} among all with a case to answer")] == [left, len(cases)]


def test_sample_force_pages_exist_and_say_when_cases_are_too_few(sample_run):
    forces = [p for p in sample_run.pages if p.name.startswith("force-")]
    assert forces and all(p.html and not p.error for p in forces)
    html = (sample_run.run_dir / forces[0].html).read_text(encoding="utf-8")
    assert f"<h1>{forces[0].title}</h1>" in html and "Too few cases for rates." in html


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
    bad_page = (result.run_dir / "bad.html").read_text()
    assert "This page did not finish" in bad_page and "no reports match the filters" in bad_page
    # a failed page is never reused: the next run executes it again, and reuses the good page from latest
    again = run_report(ReportParams(run="r2", **common))
    assert {p.name: p.reused_from for p in again.pages} == {"good": "first", "bad": None}


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


def test_a_taken_run_name_fails_before_any_tables_are_built(tmp_path, capsys):
    (tmp_path / "out" / "taken").mkdir(parents=True)
    args = ["report", "--tables", str(tmp_path / "tables"), "--out", str(tmp_path / "out"), "--offline",
            "--input", str(SAMPLE_DIR), "--run", "taken"]
    assert main(args) == 2
    assert "already exists" in capsys.readouterr().err
    assert not (tmp_path / "tables").exists() or not any((tmp_path / "tables").iterdir())
    assert [p for p in (tmp_path / "out" / ".running").iterdir()] == []  # nothing reserved is left behind



def test_page_key_changes_with_notebook_parameters_tables_and_code(tmp_path):
    notebook = tmp_path / "n.ipynb"
    notebook.write_text("{}")
    base = page_key(notebook, {"forces": [], "min_group": 10}, "tables-1", "code-1")
    assert base == page_key(notebook, {"min_group": 10, "forces": []}, "tables-1", "code-1")
    assert base != page_key(notebook, {"forces": [], "min_group": 5}, "tables-1", "code-1")
    assert base != page_key(notebook, {"forces": [], "min_group": 10}, "tables-2", "code-1")
    assert base != page_key(notebook, {"forces": [], "min_group": 10}, "tables-1", "code-2")
    notebook.write_text('{"cells": []}')
    assert base != page_key(notebook, {"forces": [], "min_group": 10}, "tables-1", "code-1")


def test_a_rebuild_into_a_new_folder_with_the_same_tables_keeps_the_page_key(tmp_path):
    notebook = tmp_path / "n.ipynb"
    notebook.write_text("{}")
    first = page_key(notebook, {"data_dir": "/t/v-20261130T010000-aaa", "min_group": 10}, "tables-1", "code-1")
    assert first == page_key(notebook, {"data_dir": "/t/v-20261130T020000-bbb", "min_group": 10}, "tables-1", "code-1")


def test_old_runs_are_pruned_but_never_the_current_or_latest(tmp_path):
    for i, name in enumerate(["r1", "r2", "r3", "r4", "r5"]):
        (tmp_path / name).mkdir()
        (tmp_path / name / "run.json").write_text("{}")
        os.utime(tmp_path / name / "run.json", (1000 + i, 1000 + i))
    (tmp_path / "not-a-run").mkdir()  # no run.json: never touched
    (tmp_path / "latest").symlink_to("r1", target_is_directory=True)
    removed = prune_runs(tmp_path, 2, tmp_path / "r5")
    assert sorted(p.name for p in removed) == ["r2", "r3"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["latest", "not-a-run", "r1", "r4", "r5"]
    assert prune_runs(tmp_path, 0, tmp_path / "r5") == []


def test_shipped_schedule_file_is_valid():
    params = ReportParams.from_yaml(Path(__file__).resolve().parents[1] / "reports" / "weekly.yml")
    assert params.workers >= 1 and params.tables == "data/processed" and params.keep >= 1


def test_report_parameters_file_rejects_unknown_keys(tmp_path):
    path = tmp_path / "p.yml"
    path.write_text("workers: 1\nforse: []\n")
    with pytest.raises(ValueError, match="forse: unknown parameter"):
        ReportParams.from_yaml(path)
    path.write_text("workers: 1\nforces: [Kent Police]\n")
    assert ReportParams.from_yaml(path).forces == ["Kent Police"]


def test_a_kernel_port_race_is_retried(monkeypatch, tmp_path):
    from jupyter_client.manager import KernelManager

    calls = []

    def flaky(self, **kwargs):
        calls.append(kwargs)
        if len(calls) == 1:
            raise RuntimeError("ZMQError: Address already in use (addr='tcp://127.0.0.1:54321')")

    monkeypatch.setattr(KernelManager, "start_kernel", flaky)
    kernel = Kernel(tmp_path / "kernels.log")
    kernel.start()
    assert len(calls) == 2 and kernel.manager is not None
    assert calls[1]["stderr"].name == str(tmp_path / "kernels.log")  # the kernel's own messages go to the log

    def broken(self, **kwargs):
        raise ValueError("no such kernel")

    monkeypatch.setattr(KernelManager, "start_kernel", broken)
    with pytest.raises(ValueError):
        Kernel(tmp_path / "kernels.log").start()


def test_a_kernel_that_dies_as_it_starts_is_replaced_and_the_page_run_again(monkeypatch, tmp_path):
    # (seen once in a fresh clone's `make test`: a kernel lost its ports and died before replying, and a page failed)
    import papermill

    from jupyter_client.manager import KernelManager

    started, runs = [], []
    monkeypatch.setattr(KernelManager, "start_kernel", lambda self, **kwargs: started.append(self))
    monkeypatch.setattr(KernelManager, "is_alive", lambda self: len(runs) != 1)  # (dead just after the first run failed)
    monkeypatch.setattr(KernelManager, "shutdown_kernel", lambda self, now=False: None)

    def execute(notebook, output, km=None, **kwargs):
        runs.append(km)
        if len(runs) == 1:
            raise RuntimeError("Kernel died before replying to kernel_info")

    monkeypatch.setattr(papermill, "execute_notebook", execute)
    kernel = Kernel(tmp_path / "kernels.log")
    kernel.run(tmp_path / "in.ipynb", tmp_path / "out.ipynb", {}, 60)
    assert len(runs) == 2 and len(started) == 2 and runs[0] is not runs[1]

    def failing(notebook, output, km=None, **kwargs):
        raise ValueError("a cell failed")  # (the page's own failure: not run again)

    monkeypatch.setattr(papermill, "execute_notebook", failing)
    with pytest.raises(ValueError):
        kernel.run(tmp_path / "in.ipynb", tmp_path / "out.ipynb", {}, 60)
