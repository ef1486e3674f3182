"""Train the sentence model for organisational learning and write it into the package.

    python scripts/train_learning_model.py [--check]

Reads the labelled reports the rules have been developed on: the verified
workbook rows (data/verified/iopc-2021, their text read from ../shared at run
time), ../shared/gold/dev and dev-newformat, and the fictional parts already
read (TRAINING_PARTS). Parts never read and the newest check part are left out,
so they still measure the model honestly. Writes
src/casekit/models/learning_sentences.json (n-gram weights only, no text).
With --check, writes nothing and fails if the shipped model differs from a
fresh training run (as after a rule change that moved the rules' evidence).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from casekit import load, sentence_model
from casekit.atomic import write_text_atomic
from casekit.evaluate import doc_id, load_gold
from casekit.page import parse_page
from casekit.repair import repair_text

sys.path.insert(0, str(Path(__file__).resolve().parent))
from workbook_docs import documents  # noqa: E402  (the labelling documents of workbook rows)

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SYNTHETIC = ROOT / "data" / "raw" / "synthetic"
MODEL = ROOT / "src" / "casekit" / "models" / sentence_model.MODEL_RESOURCE
# the fictional parts rules were developed on, or that were read after their frozen scores; the rest stay unseen
TRAINING_PARTS = ("develop", "check-1", "check-2", "check-3", "check-4", "check-5", "check-6", "check-7", "check-13",
                  "check-14", "check-17", "check-18", "check-19", "check-20", "check-21", "check-22", "check-23",
                  "check-24", "check-25", "check-27", "check-28", "check-29")


def labelled_texts() -> list[tuple[str, str, str]]:
    """(where, text, organisational_learning label) for every training report."""
    out = []
    verified = load_gold(ROOT / "data" / "verified" / "iopc-2021")
    for doc, text in documents(sorted(verified)).items():
        out.append((f"verified/{doc}", text, verified[doc]["organisational_learning"]))
    folders = [SHARED / "gold" / "dev", SHARED / "gold" / "dev-newformat"] + [SYNTHETIC / p for p in TRAINING_PARTS]
    for folder in folders:
        gold = load_gold(folder)
        for report in load(folder / "docs").reports:
            out.append((f"{folder.name}/{doc_id(report.source)}", report.text, gold[doc_id(report.source)]["organisational_learning"]))
    return out


def build() -> dict:
    sentences, targets = [], []
    for _, text, label in labelled_texts():
        for sentence, target in sentence_model.training_examples(parse_page(repair_text(text)), label):
            sentences.append(sentence)
            targets.append(target)
    model = sentence_model.train(sentences, targets)
    model["trained_on"] = {"sentences": dict(sorted(Counter(targets).items())), "fictional_parts": list(TRAINING_PARTS),
                           "real": ["data/verified/iopc-2021", "../shared/gold/dev", "../shared/gold/dev-newformat"]}
    return model


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped model instead of writing")
    args = parser.parse_args(argv)
    model = build()
    # one n-gram to a line, so a retrained model's diff reads
    text = json.dumps(model, sort_keys=True, separators=(",", ":")).replace('],"', '],\n"') + "\n"
    if args.check:
        same = MODEL.is_file() and MODEL.read_text(encoding="utf-8") == text
        print(f"{MODEL}: {'up to date' if same else 'differs from a fresh training run'}", file=sys.stderr)
        return 0 if same else 1
    write_text_atomic(MODEL, text)
    print(f"wrote {MODEL}: {len(model['vocabulary'])} n-grams, {model['trained_on']['sentences']}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
