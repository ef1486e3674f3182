"""Benchmark: the full report on the shared workbook, then the same report again with nothing changed.

The first run builds the tables and executes every notebook and force page,
two at a time; the second must reuse every page. Also reports the size of the
site a run writes (hard links shared with earlier runs counted in full).
Run: `.venv/bin/python benchmarks/bench_report.py`. Targets: first run under
90 s, second under 15 s, site under 8 MB.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from casekit.report import ReportParams, run_report

SHARED = Path(__file__).resolve().parents[2] / "shared"
WORKBOOK = SHARED / "corpus" / "iopc-recommendations-2021-06.xlsx"
TARGETS = {"full report": 90, "second run": 15}
SITE_TARGET_MB = 8


def timed(params: ReportParams):
    started = time.perf_counter()
    result = run_report(params)
    return result, time.perf_counter() - started


def main() -> int:
    if not WORKBOOK.exists():
        print(f"benchmark input not found: {WORKBOOK}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        common = {"input": str(WORKBOOK), "tables": f"{tmp}/tables", "out": f"{tmp}/reports", "workers": 2}
        first, first_seconds = timed(ReportParams(run="first", **common))
        second, second_seconds = timed(ReportParams(run="second", **common))
        size = sum(f.stat().st_size for f in first.run_dir.rglob("*") if f.is_file()) / 1e6
    reused = sum(1 for p in second.pages if p.reused_from)
    ok = True
    for name, seconds in (("full report", first_seconds), ("second run", second_seconds)):
        met = seconds < TARGETS[name]
        ok &= met
        print(f"{name}: {len(first.pages)} pages in {seconds:.1f}s; target {TARGETS[name]}s: {'met' if met else 'MISSED'}")
    print(f"second run reused {reused} of {len(second.pages)} pages; site {size:.1f} MB, target {SITE_TARGET_MB} MB: "
          f"{'met' if size < SITE_TARGET_MB else 'MISSED'}")
    return 0 if ok and not first.failed and reused == len(second.pages) and size < SITE_TARGET_MB else 1


if __name__ == "__main__":
    sys.exit(main())
