"""Report runs: tables -> executed notebooks -> a self-contained HTML site.

``casekit report`` (what ``make report`` calls) rebuilds the tables only when
the raw input changed, executes every notebook with papermill (one page per
force in parallel), renders reader versions with the code hidden, and writes
``reports/<run>/index.html`` linking every page. A failing notebook is named
and fails the run; the pages that worked are kept.
"""

from __future__ import annotations

import dataclasses
import html
import json
import os
import re
import sys
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .loading import printable
from .runs import name_problem, start_run
from .sources import PROJECT_ROOT, default_input, describe_input

NOTEBOOK_DIR = PROJECT_ROOT / "notebooks"
MAIN_NOTEBOOKS = ("01-corpus-overview", "02-outcome-by-grade", "03-resignation-before-hearing", "05-extraction-audit")
FORCE_NOTEBOOK = "04-force-profile"
# Kernels started at once can race for the same ports; such a start is retried.
_PORT_RACE = re.compile(r"address already in use|kernel died before replying|kernel didn't respond|zmq", re.I)


@dataclass
class ReportParams:
    input: str | None = None          # raw input; None: the public corpus if available, else the sample
    tables: str = "data/processed"    # where the tables are built
    out: str = "reports"              # runs are written to <out>/<run>/
    run: str | None = None            # run name; default: UTC timestamp
    forces: list[str] = field(default_factory=list)
    year_from: int | None = None
    year_to: int | None = None
    min_group: int = 10               # rates on fewer cases are flagged
    min_force_reports: int = 20       # a force gets its own page with at least this many reports
    force_pages: bool = True
    workers: int = 2
    gold_dir: str | None = None       # hand labels for the extraction audit, if any
    offline: bool = False
    cell_timeout: int = 600

    @classmethod
    def from_yaml(cls, path: str | Path) -> "ReportParams":
        from .params import ParamsError

        try:
            data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        except yaml.YAMLError as error:
            raise ParamsError(f"{path}: not valid YAML: {error}") from None
        return check_params(cls(), data or {}, str(path))


def _exists(key: str):
    return (lambda values: values[key] is None or os.path.lexists(values[key]), "an existing file or folder")


# Checks beyond each value's type (ReportParams' annotations are the schema).
PARAM_RULES = {
    "input": _exists("input"),
    "gold_dir": _exists("gold_dir"),
    "run": (lambda values: values["run"] is None or name_problem(values["run"]) is None,
            "a plain folder name (letters, digits, '.', '_', '-'; not 'latest')"),
    "forces": (lambda values: all(force.strip() for force in values["forces"]), "a list of force names"),
    "year_to": (lambda values: None in (values["year_from"], values["year_to"]) or values["year_from"] <= values["year_to"],
                "a year no earlier than year_from"),
    **{key: (lambda values, key=key: values[key] >= 1, "an integer of 1 or more")
       for key in ("min_group", "min_force_reports", "workers", "cell_timeout")},
}


def check_params(params: ReportParams, changes: dict | None = None, origin: str = "report parameters") -> ReportParams:
    """``params`` with ``changes`` applied, checked against the schema before anything runs."""
    from .params import ParamsError, checked

    if not isinstance(changes or {}, dict):
        raise ParamsError(f"{origin}: expected a mapping of parameter: value, got {type(changes).__name__}")
    return checked(ReportParams, {**dataclasses.asdict(params), **(changes or {})}, origin, PARAM_RULES)


@dataclass
class Page:
    name: str
    title: str
    html: str | None = None
    error: str | None = None
    seconds: float = 0.0


@dataclass
class ReportResult:
    run_dir: Path
    pages: list[Page]
    rebuilt: bool

    @property
    def failed(self) -> list[Page]:
        return [p for p in self.pages if p.error]


def _say(message: str) -> None:
    print(f"casekit report: {printable(message)}", file=sys.stderr, flush=True)


def ensure_tables(params: ReportParams) -> tuple[Path, bool, dict]:
    """(the table set to read, whether it was rebuilt, its manifest): built only if the input changed."""
    from .build import build_if_changed

    if params.input:
        source = Path(params.input)
        kind, note = describe_input(source)
    else:
        chosen = default_input(download=not params.offline)
        source, kind, note = chosen.path, chosen.kind, chosen.note
    return build_if_changed(source, params.tables, kind, note, progress=True, say=_say)


def _execute(notebook: Path, output: Path, parameters: dict, timeout: int, attempts: int = 3) -> None:
    import papermill as pm

    for attempt in range(1, attempts + 1):
        try:
            # no cwd: papermill would chdir the whole process, racing between threads;
            # every path handed to the notebooks is absolute instead
            pm.execute_notebook(str(notebook), str(output), parameters=parameters,
                                progress_bar=False, log_output=False, execution_timeout=timeout,
                                kernel_name="python3", request_save_on_cell_execute=False)
            return
        except Exception as error:  # papermill wraps kernel failures in several types
            if attempt < attempts and _PORT_RACE.search(str(error)) and "PapermillExecutionError" not in type(error).__name__:
                time.sleep(0.5 * attempt)
                continue
            raise


def _render(executed: Path, target: Path) -> None:
    import nbformat
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True)
    body, _ = exporter.from_notebook_node(nbformat.read(executed, as_version=4))
    tmp = target.with_suffix(".html.tmp")
    tmp.write_text(body, encoding="utf-8")
    os.replace(tmp, target)


def _title(executed: Path, fallback: str) -> str:
    import nbformat

    try:
        for cell in nbformat.read(executed, as_version=4).cells:
            if cell.cell_type == "markdown":
                for line in cell.source.splitlines():
                    if line.startswith("# "):
                        return line[2:].strip()
    except Exception:
        pass
    return fallback


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _error_summary(error: Exception) -> str:
    text = str(error)
    lines = [line for line in text.splitlines() if line.strip()]
    for line in reversed(lines):
        if re.match(r"^\w+(Error|Exception|NoData)\b", line) or "Error:" in line:
            return line.strip()[:300]
    return (lines[-1] if lines else type(error).__name__)[:300]


def run_report(params: ReportParams) -> ReportResult:
    started = time.perf_counter()
    params = check_params(params)
    tables, rebuilt, manifest = ensure_tables(params)
    out = Path(params.out).resolve()
    # the run's own folder, locked, renamed into place by run.finish below
    run = start_run(out, params.run)
    run_dir = run.path
    params = dataclasses.replace(params, run=run.name)
    common = {"data_dir": str(tables.resolve()), "forces": list(params.forces), "year_from": params.year_from,
              "year_to": params.year_to, "min_group": params.min_group}

    jobs: list[tuple[str, Path, dict, str]] = []
    for name in MAIN_NOTEBOOKS:
        extra = {"gold_dir": str(Path(params.gold_dir).resolve())} if (name == "05-extraction-audit" and params.gold_dir) else {}
        jobs.append((name, NOTEBOOK_DIR / f"{name}.ipynb", {**common, **extra}, name))
    if params.force_pages:
        for force in force_page_list(tables, params):
            jobs.append((f"force-{_slug(force)}", NOTEBOOK_DIR / f"{FORCE_NOTEBOOK}.ipynb",
                         {**common, "force": force}, force))

    pages: list[Page] = []
    _say(f"running {len(jobs)} notebooks with {params.workers} workers into {run_dir}")

    def one(job):
        name, notebook, parameters, label = job
        page = Page(name=name, title=label)
        executed = run_dir / "notebooks" / f"{name}.ipynb"
        t0 = time.perf_counter()
        try:
            _execute(notebook, executed, parameters, params.cell_timeout)
            _render(executed, run_dir / f"{name}.html")
            page.html = f"{name}.html"
            page.title = label if name.startswith("force-") else _title(executed, label)
        except Exception as error:
            page.error = _error_summary(error)
            if executed.exists():  # the partly run notebook shows where it stopped
                try:
                    _render(executed, run_dir / f"{name}.html")
                    page.html = f"{name}.html"
                except Exception:
                    pass
        page.seconds = time.perf_counter() - t0
        return page

    with ThreadPoolExecutor(max_workers=max(1, params.workers)) as pool:
        futures = [pool.submit(one, job) for job in jobs]
        for done, future in enumerate(as_completed(futures), start=1):
            page = future.result()
            pages.append(page)
            state = f"FAILED: {page.error}" if page.error else "ok"
            _say(f"[{done}/{len(jobs)}] {page.name} {state} ({page.seconds:.1f}s)")
    order = {job[0]: i for i, job in enumerate(jobs)}
    pages.sort(key=lambda p: order[p.name])
    write_index(run_dir, pages, manifest, params, time.perf_counter() - started)
    return ReportResult(run.finish(complete=not any(page.error for page in pages)), pages, rebuilt)


def force_page_list(tables: Path, params: ReportParams) -> list[str]:
    from .tables import read_tables, select

    chosen = select(read_tables(tables), params.forces or None, params.year_from, params.year_to)
    counts = chosen["reports"]["force"].value_counts()
    return sorted(counts[counts >= params.min_force_reports].index)


def write_index(run_dir: Path, pages: list[Page], manifest: dict, params: ReportParams, seconds: float) -> None:
    e = html.escape
    main = [p for p in pages if not p.name.startswith("force-")]
    forces = [p for p in pages if p.name.startswith("force-")]
    inputs = manifest.get("inputs") or [{}]
    source = inputs[0].get("path", "unknown")
    checksum = inputs[0].get("sha256") or manifest.get("input_fingerprint", "")
    rows = manifest.get("rows", {})

    def item(page: Page) -> str:
        link = f'<a href="{e(page.html)}">{e(page.title)}</a>' if page.html else e(page.title)
        failed = f' <strong class="failed">failed: {e(page.error)}</strong>' if page.error else ""
        return f"<li>{link}{failed}</li>"

    kind = manifest.get("input_kind", "")
    banner = ('<p class="warn">These pages show the <strong>fictional sample corpus</strong> bundled with casekit, '
              'not real IOPC data.</p>' if kind == "sample" else "")
    body = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>casekit report {e(run_dir.name)}</title>
<style>
body{{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#222}}
.warn{{background:#fff3cd;padding:.6rem 1rem;border-left:4px solid #e0a800}}
.failed{{color:#b00020}} dt{{font-weight:600}} code{{font-size:.9em}}
</style></head><body>
<h1>IOPC investigation summaries: casekit report</h1>
{banner}
<p>Tables and charts built from the prose of published IOPC investigation summaries. Every figure is traceable to
the sentences it came from (see the extraction audit).</p>
<h2>Data</h2>
<dl>
<dt>Source</dt><dd><code>{e(str(source))}</code> — {e(manifest.get('input_note', ''))}</dd>
<dt>Checksum (sha256)</dt><dd><code>{e(str(checksum))}</code></dd>
<dt>Reports</dt><dd>{rows.get('reports', '?')} reports, {rows.get('subjects', '?')} subjects; {rows.get('rejected', '?')} inputs rejected</dd>
<dt>Tables built</dt><dd>{e(manifest.get('built_at', '?'))}</dd>
<dt>This run</dt><dd>{e(run_dir.name)}, {len(pages)} pages in {seconds:.0f}s{'; ' + str(sum(1 for p in pages if p.error)) + ' failed' if any(p.error for p in pages) else ''}</dd>
</dl>
<h2>Analyses</h2>
<ul>{''.join(item(p) for p in main)}</ul>
<h2>Force profiles</h2>
<p>One page for each force with at least {params.min_force_reports} reports in the data.</p>
<ul>{''.join(item(p) for p in forces) or '<li>No force has enough reports.</li>'}</ul>
</body></html>
"""
    tmp = run_dir / "index.html.tmp"
    tmp.write_text(body, encoding="utf-8")
    os.replace(tmp, run_dir / "index.html")
    (run_dir / "run.json").write_text(json.dumps({
        "params": params.__dict__, "seconds": round(seconds, 1),
        "pages": [{"name": p.name, "title": p.title, "html": p.html, "error": p.error, "seconds": round(p.seconds, 1)} for p in pages],
    }, indent=2, default=str), encoding="utf-8")
