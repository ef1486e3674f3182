from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
WORKBOOK = SHARED / "corpus" / "iopc-recommendations-2021-06.xlsx"
SEEDS = SHARED / "corpus" / "seeds"
GOLD_DEV = SHARED / "gold" / "dev"

needs_shared = pytest.mark.skipif(not WORKBOOK.exists(), reason="../shared (the real corpus) is not beside this clone")


@pytest.fixture
def write(tmp_path):
    """write('name.txt', text or bytes) -> path inside a fresh folder."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return _write


@pytest.fixture(scope="session")
def site_run(tmp_path_factory):
    """One `casekit report` run, through the command line, shared by the report and browser tests.

    On the real workbook (with the project's verified labels) when ../shared is
    beside the clone, else on the fictional sample. Returns the output
    folder, the run folder and what the command printed on stderr.
    """
    import subprocess
    import sys

    out = tmp_path_factory.mktemp("site")
    if WORKBOOK.exists():
        source = ["--input", str(WORKBOOK)]
    else:
        source = ["--input", str(ROOT / "data" / "raw" / "sample"), "--min-force-reports", "2"]
    command = [sys.executable, "-m", "casekit.cli", "report", *source, "--tables", str(out / "tables"),
               "--out", str(out / "reports"), "--run", "first", "--workers", "2"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr[-3000:]
    return {"out": out / "reports", "run_dir": out / "reports" / "first", "stderr": result.stderr, "command": command}
