"""Test-wide setup. The notebooks are tested (nbval) against tables built here from
the fictional sample corpus; they find them through CASEKIT_TABLES."""

import os
import shutil
import tempfile

# Set only when this run built the sample tables itself, so a folder the user
# named through CASEKIT_TABLES is never removed.
_BUILT_HERE = None


def pytest_configure(config):
    global _BUILT_HERE
    if os.environ.get("CASEKIT_TABLES"):
        return
    from casekit import build_tables, load
    from casekit.sources import SAMPLE_DIR

    out = tempfile.mkdtemp(prefix="casekit-sample-tables-")
    try:
        build_tables(load(SAMPLE_DIR), out, manifest={
            "input_kind": "sample", "input_note": "casekit's fictional sample corpus",
            "inputs": [{"path": "data/raw/sample", "sha256": None}]})
    except BaseException:
        shutil.rmtree(out, ignore_errors=True)  # (a failed build leaves nothing behind either)
        raise
    os.environ["CASEKIT_TABLES"] = out
    _BUILT_HERE = out


def pytest_unconfigure(config):
    # Every run used to leave its tables behind in the temporary folder.
    global _BUILT_HERE
    if _BUILT_HERE:
        shutil.rmtree(_BUILT_HERE, ignore_errors=True)
        os.environ.pop("CASEKIT_TABLES", None)
        _BUILT_HERE = None
