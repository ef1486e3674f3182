"""Benchmark: extraction time against the length of one long sentence.

A scraped page can lose its full stops, and the subject rules blank relative clauses ("the sergeant, who ..., had a
case") to spaces of the same length, so one sentence may be tens of thousands of characters with long blanked runs.
A pattern that tries a look-ahead from every space of such a run grows with the square of its length (the
seventeenth stop found `_BRACKETED_NAME` taking 4.6 s on a 54,000-character sentence). This builds fictional
sentences of growing length in the shapes that blank the most, extracts each, and prints the time per size and the
growth from one size to the next: about 4x per 4x of length is linear; 16x is quadratic.

Run: `.venv/bin/python benchmarks/bench_long_sentence.py [--sizes 1000 4000 16000]` (clause words per sentence).
Target: growth under 6x per 4x of length (linear, with room for noise). The first rules of the seventeenth stop grew
about 13x per 4x in two shapes (16,000 words: 11.6 s and 14.4 s).
"""

from __future__ import annotations

import argparse
import random
import time

from casekit.extract import extract_text

MAX_GROWTH = 6.0  # per step of the default sizes (4x of length each)
WORDS = ("had been on duty at the station since early morning and told the control room about the man in the cell "
         "who was later taken to hospital by ambulance").split()
TITLE = "Conduct of officers in custody (fictional) - Kent Police, May 2021\n\n"
SHAPES = {  # each a fictional sentence shape whose clause the rules blank or scan
    "relative clause": "We found the sergeant, who {c}, had a case to answer for misconduct.",
    "who to the verb": "We found the sergeant who {c} had a case to answer for misconduct.",
    "two clauses and a bracketed name": ("The constable, who {c}, and the sergeant (PS Lane), who {c}, had a case to "
                                         "answer for gross misconduct. The panel found the case proven."),
    "news lead": "A constable who {c} has been dismissed after a gross misconduct hearing. We found he had a case to answer.",
    "and that": "We found that PC Dale had a case to answer for misconduct, and that {c}, and that the sergeant {c}.",
    "two-person lead and a short decision": ("PC Fell has been dismissed and PC Amber given a final written warning after {c}. "
                                             "The inspector had no case to answer, but the sergeant who {c} did."),
    # (the fifty-sixth stop: every referral word of a CPS sentence is read where it stands, and a take-back searched after
    # it; its first version grew with the square of the words, 9.6 s for one run-on sentence of 19,000)
    "referral words, denied, in one run": "We decided the evidence did not justify referring a file to the CPS, but {c}.",
}
# (words for a shape whose clause must hold the words its rules read: referral words, negatives and "but")
SHAPE_WORDS = {"referral words, denied, in one run": "the officer sent a message and the sergeant passed it on but we did not refer it".split()}


def clause(words: int, seed: int, vocabulary: tuple[str, ...] | list[str] = WORDS) -> str:
    rnd = random.Random(seed)
    return " ".join(rnd.choice(vocabulary) for _ in range(words))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 4000, 16000])
    args = parser.parse_args()
    extract_text(TITLE + "We found the sergeant had a case to answer.")  # warm the pattern cache
    worst = 0.0  # the largest growth from one size to the next
    for name, shape in SHAPES.items():
        times = []
        for size in args.sizes:
            text = TITLE + shape.format(c=clause(size, size, SHAPE_WORDS.get(name, WORDS)))
            start = time.perf_counter()
            extract_text(text)
            times.append(time.perf_counter() - start)
        steps = [b / a for a, b in zip(times, times[1:]) if a > 0]
        growth = ", ".join(f"x{g:.1f}" for g in steps)
        print(f"{name:38} " + "  ".join(f"{s} words {t:.3f} s" for s, t in zip(args.sizes, times)) + f"  (growth {growth})")
        worst = max(worst, *steps)
    print(f"largest growth x{worst:.1f} (target under x{MAX_GROWTH:.0f}): {'ok' if worst < MAX_GROWTH else 'OVER'}")


if __name__ == "__main__":
    main()
