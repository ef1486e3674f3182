"""Test-wide setup. The notebooks are tested (nbval) against tables built here from
the fictional sample corpus; they find them through CASEKIT_TABLES."""

import os
import tempfile


def pytest_configure(config):
    if os.environ.get("CASEKIT_TABLES"):
        return
    from casekit import build_tables, load
    from casekit.sources import SAMPLE_DIR

    out = tempfile.mkdtemp(prefix="casekit-sample-tables-")
    build_tables(load(SAMPLE_DIR), out, manifest={
        "input_kind": "sample", "input_note": "casekit's fictional sample corpus",
        "inputs": [{"path": "data/raw/sample", "sha256": None}]})
    os.environ["CASEKIT_TABLES"] = out
