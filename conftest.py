"""Test-wide setup. The notebooks are tested (nbval) against tables built here from
the fictional sample corpus; they find them through CASEKIT_TABLES."""

import os
import shutil
import tempfile

import pytest

# the tables this run built itself (never a folder the user named through CASEKIT_TABLES)
_BUILT_HERE = pytest.StashKey[str]()


def pytest_configure(config):
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
    config.stash[_BUILT_HERE] = out


def pytest_unconfigure(config):
    # (every run used to leave its tables behind in the temporary folder)
    out = config.stash.get(_BUILT_HERE, None)
    if out:
        shutil.rmtree(out, ignore_errors=True)
        os.environ.pop("CASEKIT_TABLES", None)
        del config.stash[_BUILT_HERE]
