"""What kind of error the extractor makes on fictional check parts, as counts only.

    python scripts/error_kinds.py [PART ...]

PART is a folder under data/raw/synthetic (default: the parts never read). For
each report whose case-to-answer people differ from the labels, it counts
either the difference in the number of people, or, where the numbers agree,
which attributes of the mismatched people differ (grade, proceedings, left,
outcome, sanction). It prints no report ids and no text, so it can be run on
the never-read parts without reading them: a guide to which kind of error is
worth the next piece of work.
"""

from __future__ import annotations

import argparse
import collections
import sys

from casekit import extract, load
from casekit.evaluate import case_tuples, doc_id, load_gold
from casekit.schema import SUBJECT_TUPLE

from score_synthetic import NEVER_READ, SYNTHETIC


def error_kinds(parts: list[str]) -> tuple[collections.Counter, collections.Counter]:
    """(reports by how many people too many or too few, mismatched people by the attributes that differ)."""
    counts: collections.Counter = collections.Counter()
    attributes: collections.Counter = collections.Counter()
    for part in parts:
        gold = load_gold(SYNTHETIC / part)
        for report in load(SYNTHETIC / part / "docs").reports:
            labelled = case_tuples(gold[doc_id(report.source)].get("subjects", []))
            found = case_tuples(extract(report).to_codebook().get("subjects", []))
            difference = sum(found.values()) - sum(labelled.values())
            if difference:
                counts[difference] += 1
                continue
            # the same number of people: pair the mismatched ones in sorted order, as the attribute scores do
            for want, got in zip(sorted((labelled - found).elements()), sorted((found - labelled).elements())):
                attributes[tuple(name for name, a, b in zip(SUBJECT_TUPLE, want, got) if a != b)] += 1
    return counts, attributes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("parts", nargs="*", default=list(NEVER_READ))
    args = parser.parse_args(argv)
    counts, attributes = error_kinds(args.parts)
    print(f"{len(args.parts)} parts; reports with too many or too few people: "
          + (", ".join(f"{n:+d}: {c}" for n, c in sorted(counts.items())) or "none"))
    print("people mismatched, by the attributes that differ (reports with the right number of people):")
    for kind, n in attributes.most_common():
        print(f"  {n:4d}  {' + '.join(kind)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
