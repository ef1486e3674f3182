"""The site's pieces: the header about the data, the layout, notebooks as pages, downloads."""

import re

import nbformat
import pandas as pd
import pytest

from casekit import display, site
from casekit.sources import REGISTRY

PUBLIC = REGISTRY["iopc-recommendations-2021"]


def manifest(kind="public", sha=PUBLIC.sha256, path="/tmp/somewhere/data/raw/public/iopc-recommendations-2021-06.xlsx"):
    return {"input_kind": kind, "input_note": "note", "inputs": [{"path": path, "sha256": sha}],
            "built_at": "2025-01-01T00:00:00+00:00", "rows": {"reports": 1311}}


def test_header_names_the_public_source_by_address_and_licence_never_a_local_path():
    shown = pd.DataFrame({"incident_month": ["2016-03", None, "2019-11", "2017-01"]})
    about = site.about_data(manifest(), shown, ["Kent Police", "Essex Police"], 2016, 2019)
    assert about.url == PUBLIC.url and about.licence == PUBLIC.licence and about.checksum == PUBLIC.sha256
    assert about.file == "iopc-recommendations-2021-06.xlsx"
    assert (about.reports_shown, about.reports_built) == (4, 1311)
    assert about.date_range.startswith("March 2016 to November 2019") and "1 report give" in about.date_range
    assert about.filters == ["forces: Kent Police, Essex Police", "incident years 2016 to 2019"]
    html = site.layout(site.Site("r1", "now", about, [], []), "index", "Title", "<p>body</p>")
    assert "/tmp/somewhere" not in html and PUBLIC.url in html and "forces: Kent Police, Essex Police" in html


def test_sample_data_is_called_fictional_on_every_page():
    about = site.about_data(manifest("sample", None, "data/raw/sample"), pd.DataFrame({"incident_month": ["2021-01"]}))
    html = site.layout(site.Site("r1", "now", about, [], []), "x", "A page", "<p>body</p>")
    assert "Fictional data." in html and about.url is None and about.filters == []


def small_site(forces=("Kent Police", "Essex Police")):
    about = site.about_data(manifest(), pd.DataFrame({"incident_month": ["2020-01"]}))
    analyses = [site.Link("01-a", "First analysis", "01-a.html"), site.Link("02-b", "Second analysis", "02-b.html")]
    force_links = [site.Link(f"force-{i}", name, f"force-{i}.html") for i, name in enumerate(forces)]
    return site.Site("run-1", "2025-01-01 10:00 UTC", about, analyses, force_links)


def test_layout_has_title_navigation_neighbours_footer_and_nothing_external():
    html = site.layout(small_site(), "02-b", "Second analysis", "<p>the body</p>", computed="2025-01-01 10:01 UTC",
                       reused_from="run-0", notebook="notebooks/02-b.ipynb")
    assert "<title>Second analysis · " in html and "<h1>Second analysis</h1>" in html
    assert 'href="index.html"' in html and 'href="force-1.html"' in html and 'href="glossary.html"' in html
    assert 'rel="prev" href="01-a.html"' in html and 'rel="next" href="glossary.html"' in html
    assert "casekit 0.1.0" in html and "run run-1" in html and "unchanged since run run-0" in html
    assert not re.search(r"<(script|link|iframe)\b", html) and not re.search(r"""src=["']?https?:""", html)
    assert len(html.encode()) < 20_000  # a small stylesheet, not 264 KB of JupyterLab's
    assert site.page_body(html) == "<p>the body</p>"


def executed_notebook(path, cells):
    nb = nbformat.v4.new_notebook()
    nb.cells = cells
    nbformat.write(nb, path)
    return path


def display_output(obj):
    """The output IPython records when a notebook displays ``obj``."""
    bundle = obj._repr_mimebundle_()
    data, metadata = bundle if isinstance(bundle, tuple) else (bundle, {})
    return nbformat.v4.new_output("display_data", data=data, metadata=metadata)


def test_a_notebook_becomes_a_body_with_its_title_taken_its_tables_offered_as_csv(tmp_path):
    frame = pd.DataFrame({"sanction": ["rprp", "dismissed"], "people": [3, 1]})
    code = nbformat.v4.new_code_cell("table(...)")
    code.outputs = [display_output(display.table(frame, "sanctions", "Sanctions")),
                    display_output(display.table(frame, "sanctions", "Again, same name")),
                    display_output(display.key_figures(display.count("reports", 5)))]
    hidden = nbformat.v4.new_code_cell("data.about()")
    hidden.metadata["tags"] = [site.INTERACTIVE_TAG]
    hidden.outputs = [nbformat.v4.new_output("display_data", data={"text/markdown": "Tables: `/home/me/data`"})]
    warning = nbformat.v4.new_code_cell("x")
    warning.outputs = [nbformat.v4.new_output("stream", name="stderr", text="DeprecationWarning: noise")]
    path = executed_notebook(tmp_path / "nb.ipynb", [
        nbformat.v4.new_markdown_cell("# The page title\n\nWhat this page *answers*, in a sentence.\n\n## Part"),
        hidden, code, warning])
    body = site.render_notebook(path, tmp_path, "01-page")
    assert body.title == "The page title" and body.summary == "What this page answers, in a sentence."
    assert body.downloads == ["downloads/01-page/sanctions.csv", "downloads/01-page/sanctions-2.csv"]
    written = pd.read_csv(tmp_path / "downloads" / "01-page" / "sanctions.csv")
    assert written.to_dict("list") == {"sanction": ["reflective practice (RPRP)", "dismissed"], "people": [3, 1]}
    assert 'href="downloads/01-page/sanctions.csv"' in body.html
    assert "The page title" not in body.html and "<h2" in body.html
    assert "/home/me/data" not in body.html and "DeprecationWarning" not in body.html
    assert "<style" not in body.html and "<script" not in body.html


def test_a_failed_cell_shows_its_error_on_the_page(tmp_path):
    failed = nbformat.v4.new_code_cell("raise ValueError")
    failed.outputs = [nbformat.v4.new_output("error", ename="ValueError", evalue="no reports match",
                                             traceback=["\x1b[31mValueError\x1b[0m: no reports match"])]
    body = site.render_notebook(executed_notebook(tmp_path / "nb.ipynb", [failed]), tmp_path, "p")
    assert "ValueError: no reports match" in body.html and "\x1b" not in body.html


def test_glossary_page_lists_the_library_glossary(tmp_path):
    page = site.write_glossary(tmp_path, small_site()).read_text()
    assert "Reflective practice (RPRP)" in page and "<code>rprp</code>" in page and "<title>Glossary · " in page


@pytest.mark.parametrize("forces", [(), ("Kent Police",)])
def test_index_lists_forces_with_their_counts_or_says_there_are_none(tmp_path, forces):
    pages = [type("P", (), {"name": "01-a", "title": "First analysis", "html": "01-a.html", "error": None,
                            "summary": "It answers this.", "reused_from": None})()]
    entries = [site.ForceEntry(name, 25, 3, "force-0.html") for name in forces]
    index = site.write_index(tmp_path, small_site(forces), pages, entries, min_group=10, min_force_reports=20,
                             seconds=12.3).read_text()
    assert "It answers this." in index and "1 computed in this run, 0 unchanged" in index
    if forces:
        assert '<a href="force-0.html">Kent Police</a>' in index and "too few cases" in index
    else:
        assert "No force has 20 or more reports" in index
