"""casekit: IOPC investigation summaries as tidy, evidence-linked tables.

    import casekit
    loaded = casekit.load("data/raw/sample")          # reports + rejected inputs
    record = casekit.extract(loaded.reports[0])       # one codebook record
    build, tables = casekit.build_tables(loaded)      # reports/subjects/evidence/rejected
"""

__version__ = "0.1.0"

from .extract import Record, extract, extract_text  # noqa: E402
from .loading import LoadResult, Rejected, Report, load  # noqa: E402

# The table stages are imported on first use (PEP 562): they bring pandas, which light commands
# such as `casekit --help` do not need.
_LAZY = {"build_tables": "build", "read_tables": "tables"}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib
        value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["load", "extract", "extract_text", "build_tables", "read_tables",
           "Report", "Record", "Rejected", "LoadResult", "__version__"]
