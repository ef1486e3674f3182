"""The built site as a reader gets it: every page opened in headless Chromium, with the network blocked.

Each page must render with its title, the site navigation and its tables and
figures, request nothing but itself (and the images inside it), link only to
files that exist, and log no console error. Screenshots of the index and of
one page of each kind are kept in reports/screenshots/ (git-ignored) to look at.

This test installs nothing: `make test` installs Debian's chromium when it is
missing, and playwright drives that binary (never a browser of its own).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from casekit.site import SITE_NAME

from .conftest import ROOT

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# a closed network: without these Chromium keeps trying to reach Google's services
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENSHOTS = ROOT / "reports" / "screenshots"

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(),
                                reason="chromium is not installed and `make test` could not install it (apt-get)")


class Reader:
    """One browser tab that records what each page asks for and complains about."""

    def __init__(self, browser):
        self.context = browser.new_context(viewport={"width": 1100, "height": 900}, service_workers="block")
        self.context.route("**/*", self._block)  # anything that is not the file itself never leaves the machine
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.problems: list[str] = []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("console", lambda message: message.type == "error" and self.problems.append(message.text))
        self.page.on("pageerror", lambda error: self.problems.append(str(error)))

    @staticmethod
    def _block(route):
        if route.request.url.startswith(("file:", "data:")):
            route.continue_()
        else:
            route.abort()

    def open(self, path: Path):
        self.requests.clear()
        self.problems.clear()
        self.page.goto(path.as_uri(), wait_until="load")
        return self.page


@pytest.fixture(scope="module")
def reader():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            yield Reader(browser)
        finally:
            browser.close()


def local_targets(page, here: Path) -> list[Path]:
    hrefs = page.eval_on_selector_all("a[href]", "links => links.map(a => a.getAttribute('href'))")
    return [here.parent / unquote(urlparse(h).path) for h in hrefs if h and not urlparse(h).scheme and not h.startswith("#")]


def test_every_page_renders_offline_with_title_navigation_tables_and_figures(site_run, reader):
    run_dir: Path = site_run["run_dir"]
    pages = sorted(run_dir.glob("*.html"))
    assert len(pages) >= 6
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    kinds = {"index.html": "index", "glossary.html": "glossary", "02-outcome-by-grade.html": "analysis"}
    force_pages = [p.name for p in pages if p.name.startswith("force-")]
    if force_pages:
        kinds[force_pages[0]] = "force"
    for path in pages:
        page = reader.open(path)
        heading = page.inner_text("h1")
        assert page.title() == f"{heading} · {SITE_NAME}", path.name
        assert page.locator('nav[aria-label="Site"] a[href="index.html"]').count() == 1, path.name
        assert page.locator('nav[aria-label="Site"] a[href="glossary.html"]').count() == 1, path.name
        if path.name not in ("index.html", "glossary.html"):
            assert page.locator("table.data, .cards").count() >= 1, f"{path.name}: no table"
        images = page.eval_on_selector_all("img", "imgs => imgs.map(i => [i.complete && i.naturalWidth > 0, i.alt])")
        if path.name[:2].isdigit() and not path.name.startswith("05"):
            assert images, f"{path.name}: no figure"
        for drawn, alt in images:
            assert drawn and len(alt) > 20 and "No description" not in alt, f"{path.name}: image {alt!r}"
        outside = [url for url in reader.requests if not url.startswith(("file:", "data:"))]
        assert outside == [], f"{path.name} asked the network for {outside}"
        assert reader.problems == [], f"{path.name}: {reader.problems}"
        missing = [str(t) for t in local_targets(page, path) if not t.exists()]
        assert missing == [], f"{path.name} links to missing files: {missing}"
        if path.name in kinds:
            page.screenshot(path=str(SCREENSHOTS / f"{kinds[path.name]}.png"), full_page=True)
    assert {p.stem for p in SCREENSHOTS.glob("*.png")} >= set(kinds.values())
