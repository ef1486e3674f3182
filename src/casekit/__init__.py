"""casekit: IOPC investigation summaries as tidy, evidence-linked tables.

    import casekit
    loaded = casekit.load("data/raw/sample")          # reports + rejected inputs
    record = casekit.extract(loaded.reports[0])       # one codebook record
    build, tables = casekit.build_tables(loaded)      # reports/subjects/evidence/rejected
"""

__version__ = "0.1.0"

from .build import build_tables  # noqa: E402
from .extract import Record, extract, extract_text  # noqa: E402
from .loading import LoadResult, Rejected, Report, load  # noqa: E402
from .tables import read_tables  # noqa: E402

__all__ = ["load", "extract", "extract_text", "build_tables", "read_tables",
           "Report", "Record", "Rejected", "LoadResult", "__version__"]
