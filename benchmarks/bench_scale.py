"""Benchmark: `casekit build` on 1x, 10x and 50x the shared workbook; time and peak memory per size.

Copies after the first are made distinct (title prefixed "Copy k: ", page
address and row id suffixed) so none is rejected as a duplicate. Each build
runs as a child process; its process tree (the build and its extraction
workers) is sampled from /proc every 0.2 s. Reported per size: wall time, CPU
seconds of the whole tree, peak memory of the tree (sum of PSS, which counts
pages shared between processes once) and the largest single process (RSS).
Targets: 50x under 120 s and under 1 GB. The load average is printed too:
on a busy machine, wall time says more about the neighbours than about casekit.

Run: `.venv/bin/python benchmarks/bench_scale.py [--sizes 1 10 50] [--format xlsx|csv]` (Linux).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WORKBOOK = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "iopc-recommendations-2021-06.xlsx"
COLUMNS = ["XX", "url", "Force", "Category", "ref", "heading", "date", "content", "tags"]  # what casekit reads
TARGET_SECONDS, TARGET_MB = 120, 1024


def make_input(times: int, folder: Path, fmt: str) -> Path:
    import pandas as pd

    rows = pd.read_excel(WORKBOOK, engine="calamine", dtype=object)[COLUMNS]
    copies = [rows]
    for k in range(1, times):
        copy = rows.copy()
        copy["heading"] = [f"Copy {k}: {h}" for h in copy["heading"]]
        copy["url"] = [f"{u}?copy={k}" for u in copy["url"]]
        copy["XX"] = [f"{x}-{k}" for x in copy["XX"]]
        copies.append(copy)
    path = folder / f"workbook-x{times}.{fmt}"
    whole = pd.concat(copies, ignore_index=True)
    whole.to_csv(path, index=False) if fmt == "csv" else whole.to_excel(path, index=False)
    return path


def _tree(root: int) -> list[int]:
    pids, frontier = [root], [root]
    while frontier:
        parent = frontier.pop()
        try:
            children = Path(f"/proc/{parent}/task/{parent}/children").read_text().split()
        except OSError:
            continue
        pids += map(int, children)
        frontier += map(int, children)
    return pids


def _sample(pid: int) -> tuple[int, int, float]:
    """(PSS kB, RSS kB, CPU seconds) of one process, or zeros once it is gone."""
    try:
        rollup = Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0, 0, 0.0
    values = {line.split(":")[0]: int(line.split()[1]) for line in rollup[1:] if line.split()[1:2]}
    ticks = os.sysconf("SC_CLK_TCK")
    return values.get("Pss", 0), values.get("Rss", 0), (int(fields[11]) + int(fields[12])) / ticks


def measure(path: Path, out: Path) -> dict:
    casekit = Path(sys.executable).with_name("casekit")
    started = time.perf_counter()
    child = subprocess.Popen([str(casekit), "build", str(path), "--out", str(out), "--quiet"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak_pss = peak_rss = 0
    cpu: dict[int, float] = {}
    while child.poll() is None:
        samples = {pid: _sample(pid) for pid in _tree(child.pid)}
        peak_pss = max(peak_pss, sum(s[0] for s in samples.values()))
        peak_rss = max(peak_rss, max((s[1] for s in samples.values()), default=0))
        cpu.update({pid: s[2] for pid, s in samples.items() if s[2]})
        time.sleep(0.2)
    seconds = time.perf_counter() - started
    summary = child.stderr.read().strip().splitlines()
    if child.returncode != 0:
        raise SystemExit(f"build of {path} failed: {summary[-1] if summary else child.returncode}")
    return {"seconds": seconds, "cpu": sum(cpu.values()), "pss_mb": peak_pss / 1024, "rss_mb": peak_rss / 1024,
            "summary": summary[-1]}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 50])
    parser.add_argument("--format", choices=["xlsx", "csv"], default="xlsx")
    args = parser.parse_args()
    if not WORKBOOK.exists():
        print(f"benchmark input not found: {WORKBOOK} (needs ../shared beside the clone)", file=sys.stderr)
        return 1
    print(f"{os.cpu_count()} cores; load average at start {os.getloadavg()[0]:.1f}")
    print(f"{'size':>5} {'reports':>8} {'wall s':>7} {'cpu s':>7} {'tree MB':>8} {'max RSS MB':>10}  load")
    missed = []
    with tempfile.TemporaryDirectory() as tmp:
        for times in args.sizes:
            path = make_input(times, Path(tmp), args.format)
            result = measure(path, Path(tmp) / f"tables-x{times}")
            reports = result["summary"].split("wrote ")[1].split(" ")[0]
            print(f"{times:>4}x {reports:>8} {result['seconds']:7.1f} {result['cpu']:7.1f} {result['pss_mb']:8.0f} "
                  f"{result['rss_mb']:10.0f}  {os.getloadavg()[0]:.1f}", flush=True)
            if times == 50 and (result["seconds"] > TARGET_SECONDS or result["pss_mb"] > TARGET_MB):
                missed.append(f"50x: {result['seconds']:.0f} s, {result['pss_mb']:.0f} MB")
            path.unlink()
    print(f"targets at 50x: under {TARGET_SECONDS} s and {TARGET_MB} MB: {'MISSED (' + '; '.join(missed) + ')' if missed else 'met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
