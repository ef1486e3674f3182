"""The report site: every page in one layout, and the pages that are not notebooks.

An executed notebook becomes a page in two steps: :func:`render_notebook`
turns it into the reader's body (no code; tables offered as CSV downloads),
then :func:`write_page` puts that body in the shared layout: the page's real
title, navigation to the index, the analyses and the forces, what the data is
(public source with its address and licence, checksum, incident dates,
reports shown, filters) and a footer with the casekit version and run time.
The index and the glossary use the same layout. Pages are single files with
an inline stylesheet of a few KB and no scripts: nothing is fetched from
anywhere, so a page can be emailed as it is.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd

from . import __version__
from .atomic import write_text_atomic
from .display import TABLE_MIME, slug
from .labels import GLOSSARY
from .sources import REGISTRY

TEMPLATES = Path(__file__).resolve().parent / "templates"
SITE_NAME = "IOPC summaries: casekit report"
#: cells with this tag help someone running the notebook by hand and are left out of pages
INTERACTIVE_TAG = "interactive"


# --- what the data is --------------------------------------------------------------

@dataclass
class About:
    """What every page says about its data."""

    kind: str                 # public, sample or given
    source: str
    short_source: str
    url: str | None
    licence: str | None
    file: str | None          # the input's file name; never a local path
    checksum: str
    built_at: str
    reports_shown: int
    reports_built: int
    date_range: str
    filters: list[str] = field(default_factory=list)
    verified: int = 0         # reports shown whose values a person verified by hand

    def to_markdown(self) -> str:
        """The same facts as a page's header, for someone running a notebook by hand."""
        lines = ["**These figures come from casekit's fictional sample corpus, not from real IOPC data.**\n"] if self.kind == "sample" else []
        source = f"[{self.source}]({self.url})" if self.url else self.source
        lines += [
            f"- **Source:** {source}" + (f" (file `{self.file}`)" if self.file else ""),
            *([f"- **Licence:** {self.licence}"] if self.licence else []),
            f"- **Checksum (sha256):** `{self.checksum or 'not recorded'}`",
            f"- **Incidents:** {self.date_range}",
            f"- **Reports shown:** {self.reports_shown:,} of {self.reports_built:,} in the tables",
            f"- **Filters:** {'; '.join(self.filters) if self.filters else 'none: every force and year'}",
            f"- **Tables built:** {self.built_at}",
        ]
        return "\n".join(lines)


def _month(value: str) -> str:
    return pd.Timestamp(f"{value}-01").strftime("%B %Y")


def about_data(manifest: dict, shown: pd.DataFrame | None, forces=(), year_from=None, year_to=None,
               verified_only: bool = False) -> About:
    """The header facts for a run: the source as published (not as cached here) and the selection shown."""
    inputs = manifest.get("inputs") or [{}]
    checksum = inputs[0].get("sha256") or manifest.get("input_fingerprint") or ""
    kind = manifest.get("input_kind", "given")
    registered = next((s for s in REGISTRY.values() if s.sha256 == checksum), None)
    path = inputs[0].get("path")
    if registered:
        source, short, url, licence = registered.description, "public IOPC summaries", registered.url, registered.licence
    elif kind == "sample":
        source, short, url, licence = "casekit's fictional sample corpus", "fictional sample", None, None
    else:
        source, short, url, licence = manifest.get("input_note") or "input named when the tables were built", "own input", None, None
    reports = shown if shown is not None else pd.DataFrame({"incident_month": []})
    months = reports["incident_month"].dropna()
    if len(months):
        undated = len(reports) - len(months)
        date_range = f"{_month(months.min())} to {_month(months.max())} (month of incident, from each title)"
        date_range += f"; {undated} report{'s' if undated != 1 else ''} give no month" if undated else ""
    else:
        date_range = "no report gives a month"
    filters = []
    if forces:
        filters.append("forces: " + ", ".join(forces))
    if year_from is not None or year_to is not None:
        filters.append(f"incident years {year_from if year_from is not None else 'any'} to {year_to if year_to is not None else 'any'}")
    if verified_only:
        filters.append("hand-verified reports only")
    verified = int((reports["values_from"] == "verified").sum()) if "values_from" in reports else 0
    return About(kind, source, short, url, licence, Path(path).name if path and registered else None, checksum,
                 manifest.get("built_at", "unknown"), len(reports), int(manifest.get("rows", {}).get("reports", len(reports))),
                 date_range, filters, verified)


# --- the site's pages ------------------------------------------------------------------

@dataclass
class Link:
    name: str
    title: str
    href: str


@dataclass
class Site:
    """What the layout needs besides a page's own body."""

    run: str
    started: str
    about: About
    analyses: list[Link]
    forces: list[Link]
    name: str = SITE_NAME
    version: str = __version__

    def neighbours(self, name: str) -> tuple[Link | None, Link | None]:
        """Previous and next page among the analyses (then the glossary), or among the forces."""
        glossary = Link("glossary", "Glossary", "glossary.html")
        for sequence in (self.analyses + [glossary], self.forces):
            names = [link.name for link in sequence]
            if name in names:
                i = names.index(name)
                return (sequence[i - 1] if i > 0 else None, sequence[i + 1] if i + 1 < len(sequence) else None)
        return None, None


@lru_cache(maxsize=1)
def _environment():
    import jinja2

    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True,
                              undefined=jinja2.StrictUndefined, trim_blocks=False)


@lru_cache(maxsize=1)
def stylesheet() -> str:
    return (TEMPLATES / "site.css").read_text(encoding="utf-8")


def layout(site: Site, current: str, title: str, body: str, *, error: str | None = None, computed: str | None = None,
           reused_from: str | None = None, notebook: str | None = None) -> str:
    previous, following = site.neighbours(current)
    return _environment().get_template("layout.html.j2").render(
        site=site, current=current, current_is_force=any(link.name == current for link in site.forces),
        title=title, body=body, css=stylesheet(), error=error, computed=computed,
        reused_from=reused_from, notebook=notebook, previous=previous, next=following)


_BODY = re.compile(r"<!-- casekit:body -->\n(?P<body>.*)\n<!-- /casekit:body -->", re.S)


def page_body(page: str) -> str | None:
    """The body of a page written by :func:`write_page`, to place in a new layout when the page is reused."""
    match = _BODY.search(page)
    return match.group("body") if match else None


def write_page(run_dir: Path, site: Site, name: str, title: str, body: str, **details) -> Path:
    target = run_dir / f"{name}.html"
    write_text_atomic(target, layout(site, name, title, body, **details))
    return target


# --- notebooks as pages ------------------------------------------------------------------

@dataclass
class Body:
    title: str | None     # the notebook's own "# " heading, which the layout shows instead
    summary: str          # its first paragraph, for the index
    html: str
    downloads: list[str]  # files written, relative to the run folder


_HEADING = re.compile(r"\A\s*#\s+(?P<title>[^\n]+)\n?")


def _take_title(nb) -> tuple[str | None, str]:
    """Remove the first markdown cell's top heading (the layout prints the title) and return it with the intro."""
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        match = _HEADING.match(cell.source)
        if not match:
            return None, ""
        cell.source = cell.source[match.end():]
        intro = next((p.strip() for p in cell.source.split("\n\n") if p.strip()), "")
        return match.group("title").strip(), re.sub(r"[*`]", "", " ".join(intro.split()))
    return None, ""


def _write_download(frame: pd.DataFrame, path: Path) -> None:
    """Every CSV the site offers is written here (atomically, without the index, formula-safe)."""
    from .safecsv import write_csv

    path.parent.mkdir(parents=True, exist_ok=True)
    write_csv(frame, path)


def _offer_downloads(nb, run_dir: Path, page: str) -> list[str]:
    """Write each displayed table's full data as CSV and note its address on the output for the template."""
    written: list[str] = []
    used: set[str] = set()
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {}).get(TABLE_MIME)
            if not data or not data.get("download"):
                continue
            base = slug(data.get("name") or "table")
            name, n = base, 2
            while name in used:
                name, n = f"{base}-{n}", n + 1
            used.add(name)
            relative = f"downloads/{page}/{name}.csv"
            _write_download(pd.DataFrame(data["rows"], columns=data["columns"]), run_dir / relative)
            output.setdefault("metadata", {})["casekit_download"] = relative
            written.append(relative)
    return written


def render_notebook(executed: Path, run_dir: Path, page: str) -> Body:
    """The reader's body of an executed notebook; its tables' CSV files are written under ``downloads/<page>/``."""
    import nbformat
    from nbconvert import HTMLExporter
    from traitlets.config import Config

    nb = nbformat.read(executed, as_version=4)
    title, summary = _take_title(nb)
    downloads = _offer_downloads(nb, run_dir, page)
    config = Config()
    config.TagRemovePreprocessor.enabled = True
    config.TagRemovePreprocessor.remove_cell_tags = {INTERACTIVE_TAG}
    exporter = HTMLExporter(config=config, extra_template_basedirs=[str(TEMPLATES)], template_name="casekit_page",
                            exclude_input=True)
    body, _ = exporter.from_notebook_node(nb)
    return Body(title, summary, body, downloads)


# --- the index and the glossary -----------------------------------------------------------

def write_glossary(run_dir: Path, site: Site) -> Path:
    terms = [{"term": t.term, "meaning": t.meaning, "codes": t.codes, "anchor": slug(t.term)} for t in GLOSSARY]
    body = _environment().get_template("glossary.html.j2").render(terms=terms)
    return write_page(run_dir, site, "glossary", "Glossary", body)


@dataclass
class ForceEntry:
    name: str
    reports: int
    cases: int
    html: str | None = None
    error: str | None = None


def write_index(run_dir: Path, site: Site, pages: list, forces: list[ForceEntry], *, min_group: int,
                min_force_reports: int, seconds: float) -> Path:
    """The front page. ``pages`` are the run's pages (name, title, html, error, summary, reused_from)."""
    analyses = [p for p in pages if not p.name.startswith("force-")]
    body = _environment().get_template("index.html.j2").render(
        analyses=analyses, forces=forces, failed=[p for p in pages if p.error], pages=pages,
        executed=sum(1 for p in pages if not p.reused_from), reused=sum(1 for p in pages if p.reused_from),
        min_group=min_group, min_force_reports=min_force_reports, seconds=seconds)
    return write_page(run_dir, site, "index", "What IOPC investigation summaries say happened next", body)


def table_data(executed: Path) -> dict[str, dict]:
    """Every table an executed notebook displayed, by name: {"columns", "rows", ...} (for tests and checks)."""
    nb = json.loads(executed.read_text(encoding="utf-8"))
    found = {}
    for cell in nb["cells"]:
        for output in cell.get("outputs", []):
            data = output.get("data", {}).get(TABLE_MIME)
            if data:
                found.setdefault(data["name"], data)
    return found
