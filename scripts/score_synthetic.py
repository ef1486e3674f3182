"""Score the extractor on fictional check parts, pooled, with 95% intervals.

    python scripts/score_synthetic.py [PART ...] [--rates] [--json OUT]

PART is a folder under data/raw/synthetic (default: the parts never read,
as data/raw/synthetic/README.md lists them). Each part's documents are
extracted with the installed casekit, the labels and predictions of all
parts are pooled and scored as ``casekit evaluate`` scores one part; with
``--rates``, the site's headline rates from labels and from extraction too.
This is how the README's pooled figures are made.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from casekit import extract, load
from casekit.audit import measure_comparison, measure_comparison_frame
from casekit.evaluate import doc_id, load_gold, score

SYNTHETIC = Path(__file__).resolve().parents[1] / "data" / "raw" / "synthetic"
NEVER_READ = ("check-8", "check-9", "check-10", "check-11", "check-12", "check-15", "check-16", "check-26", "check-31", "check-32", "check-33", "check-37", "check-54", "check-55", "check-56", "check-58", "check-60", "check-61", "check-62", "check-63", "check-64", "check-65", "check-66", "check-67", "check-68", "check-69", "check-70", "check-71", "check-72", "check-73", "check-74", "check-75", "check-76", "check-77", "check-78", "check-79", "check-80", "check-81", "check-82", "check-86", "check-87", "check-88", "check-89", "check-90", "check-108", "check-109", "check-127", "check-130", "check-131", "check-136", "check-143", "check-146", "check-152", "check-153", "check-155", "check-156", "check-157", "check-158", "check-160", "check-161", "check-180", "check-181", "check-182", "check-183", "check-184", "check-185", "check-186")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("parts", nargs="*", default=list(NEVER_READ))
    parser.add_argument("--rates", action="store_true")
    parser.add_argument("--json", type=Path, help="also write the summary here")
    args = parser.parse_args(argv)
    gold, predicted = {}, {}
    for part in args.parts:
        folder = SYNTHETIC / part
        if not (folder / "docs").is_dir():
            print(f"score_synthetic: {folder}: no docs/ folder", file=sys.stderr)
            return 1
        labels = load_gold(folder)
        if set(labels) & set(gold):
            print(f"score_synthetic: {part} repeats ids of an earlier part", file=sys.stderr)
            return 1
        gold.update(labels)
        for report in load(folder / "docs").reports:
            predicted[doc_id(report.source)] = extract(report).to_codebook()
    result = score(gold, predicted)
    s = result.summary()
    low, high = result.f1_interval()
    print(f"{', '.join(args.parts)}: {result.n_reports} reports, {result.tp + result.fn} people with a case to answer")
    print(f"tuple F1 {result.f1:.3f} ({low:.3f}–{high:.3f})  tp {result.tp} fp {result.fp} fn {result.fn}")
    print("per attribute: " + " ".join(f"{k} {m.f1:.2f}" for k, m in result.attributes.items()))
    print("report fields below 1: " + (", ".join(f"{k} {v:.3f}" for k, v in s["fields"].items() if v < 1) or "none"))
    if args.rates:
        print(measure_comparison_frame(measure_comparison(gold, predicted)).to_string(index=False))
    if args.json:
        args.json.write_text(json.dumps(s, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
