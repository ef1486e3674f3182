"""Report runs: tables -> executed notebooks -> a self-contained HTML site.

``casekit report`` (what ``make report`` calls) rebuilds the tables only when
the raw input changed, executes the notebooks with papermill (one page per
force, ``workers`` at a time), renders reader versions with the code hidden
(``casekit.site``), and writes ``reports/<run>/index.html`` linking every
page. A failing notebook is named and fails the run; the pages that worked
are kept.

A page is executed again only when its notebook, its parameters, the tables
or casekit itself changed since the run ``latest`` points at; otherwise that
run's output is reused. Each worker keeps one kernel for all its notebooks
(cleared between them), so imports are paid once per worker rather than once
per page. Kernels write to ``kernels.log`` in the run folder, not the console.
Only the newest ``keep`` runs are kept.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import os
import re
import shutil
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import yaml

from .atomic import write_text_atomic
from .loading import say
from .runs import name_problem, start_run
from .sources import PROJECT_ROOT, default_input, describe_input, files_digest, sha256_of

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
    check_ids: str | None = None      # the audit's check part (label ids); None: the project's current one
    verified_only: bool = False       # every page shows only hand-verified reports
    offline: bool = False
    cell_timeout: int = 600
    keep: int = 5                     # runs kept in <out>/ (older ones are deleted); 0 keeps every run

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
    "check_ids": _exists("check_ids"),
    "run": (lambda values: values["run"] is None or name_problem(values["run"]) is None,
            "a plain folder name (letters, digits, '.', '_', '-'; not 'latest')"),
    "forces": (lambda values: all(force.strip() for force in values["forces"]), "a list of force names"),
    "year_to": (lambda values: None in (values["year_from"], values["year_to"]) or values["year_from"] <= values["year_to"],
                "a year no earlier than year_from"),
    **{key: (lambda values, key=key: values[key] >= 1, "an integer of 1 or more")
       for key in ("min_group", "min_force_reports", "workers", "cell_timeout")},
    "keep": (lambda values: values["keep"] >= 0, "an integer of 0 or more (0 keeps every run)"),
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
    summary: str = ""                 # the notebook's first paragraph, for the index
    key: str = ""                     # fingerprint of what the page was computed from
    computed: str | None = None       # when its notebook was executed (UTC)
    reused_from: str | None = None    # the earlier run whose output was reused, if any
    downloads: list[str] = field(default_factory=list)
    body: str | None = field(default=None, repr=False)  # the rendered notebook, before the layout


@dataclass
class ReportResult:
    run_dir: Path
    pages: list[Page]
    rebuilt: bool

    @property
    def failed(self) -> list[Page]:
        return [p for p in self.pages if p.error]


def _say(message: str) -> None:
    say(message, who="casekit report")


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


def _kernel_manager_class():
    from jupyter_client.manager import KernelManager

    class TrackedKernelManager(KernelManager):
        """A kernel manager that remembers the clients papermill opens, so they can be closed.

        papermill leaves a client's channels open when it did not start the
        kernel itself; without this each page would leak one.
        """

        def client(self, **kwargs):
            client = super().client(**kwargs)
            self.__dict__.setdefault("_opened", []).append(client)
            return client

        def close_clients(self) -> None:
            for client in self.__dict__.pop("_opened", []):
                try:
                    client.stop_channels()
                except Exception:  # already closed with its kernel
                    pass

    return TrackedKernelManager


class Kernel:
    """One worker's kernel, kept for all its notebooks; each notebook starts from an empty namespace.

    Its stdout and stderr (startup warnings, the interrupt at shutdown) go to
    ``log``, never to the console.
    """

    def __init__(self, log: Path, cwd: Path = NOTEBOOK_DIR):
        self.log, self.cwd, self.manager = log, cwd, None

    def start(self, attempts: int = 3) -> None:
        for attempt in range(1, attempts + 1):
            manager = _kernel_manager_class()(kernel_name="python3")
            try:
                with open(self.log, "ab") as log:
                    manager.start_kernel(stdout=log, stderr=log, cwd=str(self.cwd))
                self.manager = manager
                return
            except Exception as error:
                if attempt < attempts and _PORT_RACE.search(str(error)):
                    time.sleep(0.5 * attempt)
                    continue
                raise

    def _clear(self) -> None:
        client = self.manager.client()
        try:
            client.start_channels()
            client.wait_for_ready(timeout=60)
            client.execute_interactive("%reset -f", store_history=False, timeout=60, output_hook=lambda msg: None)
        finally:
            self.manager.close_clients()

    def run(self, notebook: Path, output: Path, parameters: dict, timeout: int) -> None:
        import papermill as pm

        if self.manager is not None and self.manager.is_alive():
            try:
                self._clear()
            except Exception:  # a kernel that cannot clear itself is replaced
                self.close()
        for attempt in (1, 2):
            if self.manager is None or not self.manager.is_alive():
                self.start()
            try:
                pm.execute_notebook(str(notebook), str(output), parameters=parameters, progress_bar=False,
                                    log_output=False, execution_timeout=timeout, kernel_name="python3",
                                    request_save_on_cell_execute=False, km=self.manager)
                return
            except Exception as error:
                # a kernel that died as it started (it lost a race for its ports: "Kernel died before replying to
                # kernel_info") ran nothing of the notebook: a fresh one runs it once more; any other failure is the page's
                if attempt == 1 and _PORT_RACE.search(str(error)) and not self.manager.is_alive():
                    self.close()
                    continue
                raise
            finally:
                if self.manager is not None:
                    self.manager.close_clients()

    def close(self) -> None:
        if self.manager is not None:
            try:
                self.manager.shutdown_kernel(now=True)
            except Exception:  # already gone
                pass
            self.manager.close_clients()
            self.manager = None


@contextmanager
def _quiet_console(log: Path):
    """papermill's, nbclient's and jupyter_client's messages go to the run's log, not the console."""
    handler = logging.FileHandler(log, encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    loggers = [logging.getLogger(name) for name in ("papermill", "traitlets", "nbclient", "jupyter_client")]
    saved = [(logger.propagate, logger.level) for logger in loggers]
    for logger in loggers:
        logger.addHandler(handler)
        logger.propagate = False
        logger.setLevel(logging.INFO)
    try:
        yield
    finally:
        for logger, (propagate, level) in zip(loggers, saved):
            logger.removeHandler(handler)
            logger.propagate, logger.level = propagate, level
        handler.close()


def _error_summary(error: Exception) -> str:
    text = str(error)
    lines = [line for line in text.splitlines() if line.strip()]
    for line in reversed(lines):
        if re.match(r"^\w+(Error|Exception|NoData)\b", line) or "Error:" in line:
            return line.strip()[:300]
    return (lines[-1] if lines else type(error).__name__)[:300]


# --- what a page depends on ---------------------------------------------------------

def tables_fingerprint(manifest: dict) -> str:
    """The built tables' content (not their build time or folder): unchanged tables keep their pages.

    From the checksums the manifest records, which reading the set has already verified.
    """
    from .tables import TABLES

    digest = hashlib.sha256()
    for name in TABLES:
        digest.update(name.encode())
        digest.update(manifest["files"][f"{name}.parquet"].encode())
    return digest.hexdigest()


def code_fingerprint() -> str:
    """casekit's own code, templates and reference data: a change to a chart or a rate recomputes every page."""
    package = Path(__file__).resolve().parent
    files = sorted(p for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    return files_digest((str(p.relative_to(package)), p) for p in files)


def page_key(notebook: Path, parameters: dict, tables: str, code: str) -> str:
    """What a page's content depends on. The tables count by content (``tables``), not by the
    folder ``data_dir`` names: a rebuild that yields the same tables keeps the pages."""
    hashed = {name: value for name, value in parameters.items() if name != "data_dir"}
    inputs = {"notebook": sha256_of(notebook), "parameters": hashed, "tables": tables, "casekit": code}
    check = parameters.get("check_ids")
    if check and Path(check).exists():
        inputs["check_ids"] = sha256_of(Path(check))
    return hashlib.sha256(json.dumps(inputs, sort_keys=True, default=str).encode()).hexdigest()


def _previous_pages(out: Path) -> tuple[str | None, dict[str, tuple[Path, dict]]]:
    """The pages of the run ``latest`` points at, by key: those that rendered without error."""
    try:
        previous = (out / "latest").resolve(strict=True)
        info = json.loads((previous / "run.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None, {}
    return previous.name, {p["key"]: (previous, p) for p in info.get("pages", [])
                           if p.get("key") and p.get("html") and not p.get("error")}


def _link_or_copy(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, target)  # runs share unchanged files instead of copying them
    except OSError:
        shutil.copy2(source, target)


def _reuse(page: Page, previous_dir: Path, record: dict, run_dir: Path) -> bool:
    """Bring an unchanged page's executed notebook, body and downloads over from the previous run."""
    from .site import page_body

    files = [f"notebooks/{page.name}.ipynb", *record.get("downloads", [])]
    if not all((previous_dir / f).is_file() for f in [*files, record["html"]]):
        return False
    page.body = page_body((previous_dir / record["html"]).read_text(encoding="utf-8"))
    if page.body is None:
        return False
    for f in files:
        _link_or_copy(previous_dir / f, run_dir / f)
    page.html, page.summary, page.downloads = record["html"], record.get("summary", ""), record.get("downloads", [])
    page.computed, page.reused_from = record.get("computed"), record.get("reused_from") or previous_dir.name
    if not page.name.startswith("force-"):
        page.title = record.get("title", page.title)
    return True


# --- the run -------------------------------------------------------------------------

@dataclass
class Job:
    name: str
    notebook: Path
    parameters: dict
    label: str


def _selection(tables: Path, params: ReportParams):
    """The reports every page shows (None when the filters select nothing: each page then says so)."""
    from .tables import NoData, read_tables, select

    try:
        return select(read_tables(tables), params.forces or None, params.year_from, params.year_to, params.verified_only)
    except NoData:
        return None


def force_entries(selection, params: ReportParams) -> list:
    """Forces named in at least ``min_force_reports`` reports, with their reports and people with a case to answer."""
    from .site import ForceEntry
    from .stats import case_subjects, force_counts

    if selection is None or not params.force_pages:
        return []
    counts = force_counts(selection["reports"], case_subjects(selection["subjects"]))
    chosen = counts[counts["reports"] >= params.min_force_reports]
    return [ForceEntry(force, int(row.reports), int(row.cases)) for force, row in chosen.iterrows()]


def run_report(params: ReportParams) -> ReportResult:
    from . import site
    from .display import slug
    from .verified import CHECK_IDS

    started = time.perf_counter()
    started_at = datetime.now(timezone.utc)
    params = check_params(params)
    out = Path(params.out).resolve()
    # the run's own folder, locked, reserved first so a taken name fails before any build;
    # folder.finish below renames it into place
    folder = start_run(out, params.run)
    try:
        tables, rebuilt, manifest = ensure_tables(params)
    except BaseException:
        folder.abandon()
        raise
    run, run_dir = folder.name, folder.path
    params = dataclasses.replace(params, run=run)
    common = {"data_dir": str(tables.resolve()), "forces": list(params.forces), "year_from": params.year_from,
              "year_to": params.year_to, "min_group": params.min_group, "verified_only": params.verified_only}
    selection = _selection(tables, params)
    forces = force_entries(selection, params)

    jobs: list[Job] = []
    for name in MAIN_NOTEBOOKS:
        extra = {"check_ids": str(Path(params.check_ids or CHECK_IDS).resolve())} if name == "05-extraction-audit" else {}
        jobs.append(Job(name, NOTEBOOK_DIR / f"{name}.ipynb", {**common, **extra}, name))
    for force in forces:
        jobs.append(Job(f"force-{slug(force.name)}", NOTEBOOK_DIR / f"{FORCE_NOTEBOOK}.ipynb",
                        {**common, "force": force.name}, force.name))

    tables_digest, code_digest = tables_fingerprint(manifest), code_fingerprint()
    previous_run, previous = _previous_pages(out)
    pages = {job.name: Page(name=job.name, title=job.label, key=page_key(job.notebook, job.parameters, tables_digest, code_digest))
             for job in jobs}
    to_run = [job for job in jobs if not (pages[job.name].key in previous
                                          and _reuse(pages[job.name], *previous[pages[job.name].key], run_dir))]
    if len(to_run) < len(jobs):
        _say(f"{len(jobs) - len(to_run)} of {len(jobs)} pages unchanged since run {previous_run}: reused")
    log = run_dir / "kernels.log"
    if to_run:
        _say(f"running {len(to_run)} notebooks with {params.workers} workers into {run_dir} (kernel messages: {log.name})")

    kernels: list[Kernel] = []
    local = threading.local()

    def one(job: Job) -> Page:
        page = pages[job.name]
        if not hasattr(local, "kernel"):
            local.kernel = Kernel(log)
            kernels.append(local.kernel)
        executed = run_dir / "notebooks" / f"{job.name}.ipynb"
        t0 = time.perf_counter()
        page.computed = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        try:
            local.kernel.run(job.notebook, executed, job.parameters, params.cell_timeout)
        except Exception as error:
            page.error = _error_summary(error)
        if executed.exists():  # a partly run notebook still shows where it stopped
            try:
                body = site.render_notebook(executed, run_dir, job.name)
                page.html, page.body, page.summary, page.downloads = f"{job.name}.html", body.html, body.summary, body.downloads
                if body.title and not job.name.startswith("force-"):
                    page.title = body.title
            except Exception as error:
                page.error = page.error or f"rendering failed: {_error_summary(error)}"
        page.seconds = time.perf_counter() - t0
        return page

    with _quiet_console(log), ThreadPoolExecutor(max_workers=max(1, params.workers)) as pool:
        try:
            futures = [pool.submit(one, job) for job in to_run]
            for done, future in enumerate(as_completed(futures), start=1):
                page = future.result()
                state = f"FAILED: {page.error}" if page.error else "ok"
                _say(f"[{done}/{len(to_run)}] {page.name} {state} ({page.seconds:.1f}s)")
        finally:
            pool.shutdown(wait=True)
            for kernel in kernels:
                kernel.close()

    ordered = [pages[job.name] for job in jobs]
    for force in forces:
        page = pages[f"force-{slug(force.name)}"]
        force.html, force.error = page.html, page.error
    about = site.about_data(manifest, selection["reports"] if selection else None, params.forces,
                            params.year_from, params.year_to, params.verified_only)
    links = [site.Link(p.name, p.title, p.html) for p in ordered if p.html]
    the_site = site.Site(run, started_at.strftime("%Y-%m-%d %H:%M UTC"), about,
                         [link for link in links if not link.name.startswith("force-")],
                         [link for link in links if link.name.startswith("force-")])
    for page in ordered:
        if page.html:
            site.write_page(run_dir, the_site, page.name, page.title, page.body, error=page.error, computed=page.computed,
                            reused_from=page.reused_from, notebook=f"notebooks/{page.name}.ipynb")
    site.write_glossary(run_dir, the_site)
    seconds = time.perf_counter() - started
    site.write_index(run_dir, the_site, ordered, forces, min_group=params.min_group,
                     min_force_reports=params.min_force_reports, seconds=seconds)
    _write_run_record(run_dir, params, ordered, started_at, seconds)
    # <run>, with latest moved to it, only when every page rendered; else <run>-failed
    run_dir = folder.finish(complete=not any(page.error for page in ordered))
    for pruned in prune_runs(out, params.keep, run_dir):
        _say(f"removed old run {pruned.name} (keeping the newest {params.keep})")
    return ReportResult(run_dir, ordered, rebuilt)


def _write_run_record(run_dir: Path, params: ReportParams, pages: list[Page], started_at: datetime, seconds: float) -> None:
    record = {"params": params.__dict__, "started": started_at.isoformat(timespec="seconds"), "seconds": round(seconds, 1),
              "pages": [{"name": p.name, "title": p.title, "html": p.html, "error": p.error, "seconds": round(p.seconds, 1),
                         "summary": p.summary, "key": p.key, "computed": p.computed, "reused_from": p.reused_from,
                         "downloads": p.downloads} for p in pages]}
    write_text_atomic(run_dir / "run.json", json.dumps(record, indent=2, default=str))


def prune_runs(out: Path, keep: int, current: Path) -> list[Path]:
    """Delete finished runs (folders with a run.json) beyond the newest ``keep``; never the current or latest run."""
    if keep < 1:
        return []
    protected = {current.resolve()}
    if (out / "latest").exists():
        protected.add((out / "latest").resolve())
    runs = [d for d in out.iterdir() if d.is_dir() and not d.is_symlink() and (d / "run.json").is_file()]
    runs.sort(key=lambda d: (d / "run.json").stat().st_mtime, reverse=True)
    doomed = [d for d in runs[keep:] if d.resolve() not in protected]
    for folder in doomed:
        shutil.rmtree(folder, ignore_errors=True)
    return doomed
