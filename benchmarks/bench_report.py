"""Benchmark: the full report on the shared workbook (every notebook and force page).

Tables are built fresh, then all notebooks run two at a time and are rendered.
Run: `.venv/bin/python benchmarks/bench_report.py`. Target: under 3 minutes.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from casekit.report import ReportParams, run_report

WORKBOOK = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "iopc-recommendations-2021-06.xlsx"
TARGET_SECONDS = 180


def main() -> int:
    if not WORKBOOK.exists():
        print(f"benchmark input not found: {WORKBOOK}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        result = run_report(ReportParams(input=str(WORKBOOK), tables=f"{tmp}/tables", out=f"{tmp}/reports", run="bench", workers=2))
        seconds = time.perf_counter() - started
    print(f"full report: {len(result.pages)} pages ({len(result.failed)} failed) in {seconds:.1f}s; "
          f"target {TARGET_SECONDS}s: {'met' if seconds < TARGET_SECONDS else 'MISSED'}")
    return 0 if not result.failed else 1


if __name__ == "__main__":
    sys.exit(main())
