"""Benchmark: build the whole shared workbook end to end.

Read (calamine), repair, structure, extract, validate (pandera), write Parquet
and CSV — exactly what `casekit build` does. Prints the median of a few runs.
Run: `make bench` or `.venv/bin/python benchmarks/bench_build.py [--runs N]`.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from casekit import build_tables, load

WORKBOOK = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "iopc-recommendations-2021-06.xlsx"
TARGET_SECONDS = 5.0


def one_run(path: Path) -> tuple[float, dict[str, float], int]:
    stages: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as out:
        started = time.perf_counter()
        loaded = load(path)
        stages["read"] = time.perf_counter() - started
        build, tables = build_tables(loaded, out)
        total = time.perf_counter() - started
        stages["extract+validate+write"] = total - stages["read"]
    return total, stages, len(tables["reports"])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--input", type=Path, default=WORKBOOK)
    args = parser.parse_args()
    if not args.input.exists():
        print(f"benchmark input not found: {args.input} (needs ../shared beside the clone)", file=sys.stderr)
        return 1
    results = [one_run(args.input) for _ in range(args.runs)]
    totals = [r[0] for r in results]
    median = statistics.median(totals)
    print(f"input: {args.input} ({results[0][2]} reports)")
    for name in results[0][1]:
        print(f"  {name:<24} median {statistics.median(r[1][name] for r in results):.2f}s")
    print(f"end to end: median {median:.2f}s over {args.runs} runs (min {min(totals):.2f}s, max {max(totals):.2f}s); "
          f"target {TARGET_SECONDS:.0f}s: {'met' if median < TARGET_SECONDS else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
