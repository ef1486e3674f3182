"""Compare two versions of the rules record by record, on everything the project can extract.

    python scripts/compare_rules.py BASE [HEAD]

BASE and HEAD are git revisions (HEAD: the working tree when left out). Each
version's ``src/`` is run, in a process of its own, on every fictional part
under data/raw/synthetic, both shared gold sets and every workbook row, and the
two sets of records (values and evidence) are compared. This is how each
round's "every output compared with the start rules" is checked.

It prints, for each kind of text, case-to-answer tp/fp/fn and report-field
errors with each version, then the records that changed. Only parts the rules
may be developed on are listed by id (the read fictional parts, gold, the
verified develop rows); for the never-read fictional parts, the verified check
rows and the workbook rows nobody labelled (the held-out rows among them) it
gives counts only (better, worse, changed in some other way), never an id or
a text, so it can be run without reading them.
"""

from __future__ import annotations

import argparse
import io
import os
import pickle
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from casekit.evaluate import load_gold, read_ids, score

sys.path.insert(0, str(Path(__file__).resolve().parent))  # (its sibling, wherever it is run from)
from score_synthetic import NEVER_READ, SYNTHETIC  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
WORKBOOK = SHARED / "corpus" / "iopc-recommendations-2021-06.xlsx"
GOLD = {"gold-dev": SHARED / "gold" / "dev", "gold-newformat": SHARED / "gold" / "dev-newformat"}
SEEDS = SHARED / "corpus" / "seeds"
VERIFIED = ROOT / "data" / "verified"

# kinds of text whose changed records may be listed by id, and those told as counts only
LISTED = ("read", "gold-dev", "gold-newformat", "seeds", "workbook-develop")
COUNTED = ("never-read", "workbook-check", "workbook-unlabelled")


def sources() -> list[tuple[str, Path]]:
    """(part, path) for everything extracted: each fictional part, each gold set, the seeds, the workbook."""
    found = [(p.name, p / "docs") for p in sorted(SYNTHETIC.iterdir()) if (p / "docs").is_dir()]
    found += [(name, path / "docs") for name, path in GOLD.items() if (path / "docs").is_dir()]
    if SEEDS.is_dir():
        found.append(("seeds", SEEDS))
    if WORKBOOK.exists():
        found.append(("workbook", WORKBOOK))
    return found


def extract_all(out: Path) -> None:
    """Every record, with evidence, by (part, id), pickled to ``out``: run with the version's src/ first on the path."""
    from casekit import extract, load
    from casekit.evaluate import doc_id

    records = {}
    for part, path in sources():
        for report in load(path).reports:
            key = f"r{int(report.meta['row_id']):04d}" if part == "workbook" else doc_id(report.source)
            try:
                records[(part, key)] = extract(report).to_codebook(with_evidence=True)
            except Exception as error:  # (one report's failure is that version's output, not the run's end)
                records[(part, key)] = {"error": f"{type(error).__name__}: {error}"}
        print(f"compare_rules: {part} done", file=sys.stderr, flush=True)
    out.write_bytes(pickle.dumps(records))


def _source_tree(revision: str | None, into: Path) -> Path:
    """The src/ folder of ``revision`` (exported from git into ``into``), or the working tree's."""
    if revision is None:
        return ROOT / "src"
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", revision, "src"],
                             capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into / "src"


def _snapshot(revision: str | None, work: Path) -> dict:
    tree = _source_tree(revision, work / (revision or "worktree").replace("/", "_"))
    out = work / f"{(revision or 'worktree').replace('/', '_')}.pickle"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join((str(tree), str(Path(__file__).parent)))}
    subprocess.run([sys.executable, __file__, "--extract-into", str(out)], env=env, check=True)
    return pickle.loads(out.read_bytes())


def labels_by_kind() -> tuple[dict[tuple[str, str], dict], dict[str, str]]:
    """Every label by (part, id), and the kind of text of each part (workbook rows by id: develop or check)."""
    labels: dict[tuple[str, str], dict] = {}
    kinds: dict[str, str] = {}
    for part, _ in sources():
        if part == "seeds":
            kinds[part] = part  # (the two seed reports: extracted, compared, never labelled here)
        elif part in GOLD:
            kinds[part] = part
            labels.update({(part, i): v for i, v in load_gold(GOLD[part]).items()})
        elif part != "workbook":
            kinds[part] = "never-read" if part in NEVER_READ else "read"
            if (SYNTHETIC / part / "labels").is_dir():
                labels.update({(part, i): v for i, v in load_gold(SYNTHETIC / part).items()})
    if (VERIFIED / "iopc-2021").is_dir():
        labels.update({("workbook", i): v for i, v in load_gold(VERIFIED / "iopc-2021").items()})
    return labels, kinds


def kind_of(part: str, key: str, kinds: dict[str, str], labelled: set, checked: set) -> str:
    if part != "workbook":
        return kinds.get(part, "read")
    if key in checked:
        return "workbook-check"
    return "workbook-develop" if (part, key) in labelled else "workbook-unlabelled"


def errors(label: dict | None, record: dict) -> tuple[int, int, int, int] | None:
    """(tp, fp, fn, report-field errors) of one record against its label; None without a label. A workbook row's
    tags are left out: labels write the gold layout's [] where the export has a tags column."""
    if label is None:
        return None
    predicted = {"subjects": []} if "error" in record else dict(record)
    predicted.pop("evidence", None)
    label = {k: v for k, v in label.items() if k != "notes"}
    if label.get("tags") == [] and predicted.get("tags"):
        predicted["tags"] = []
    result = score({"x": label}, {"x": predicted})
    return result.tp, result.fp, result.fn, sum(1 for e in result.errors if e["field"] != "subjects")


def verdict(before: tuple[int, int, int, int] | None, after: tuple[int, int, int, int] | None) -> str:
    """'better' or 'worse' by the count of errors (fp + fn + field errors); 'same' where they are as many (a record that
    changed only in ways no label scores, or traded one error for another); 'unlabelled' without a label."""
    if before is None or after is None:
        return "unlabelled"
    wrong_before, wrong_after = sum(before[1:]), sum(after[1:])
    return "better" if wrong_after < wrong_before else "worse" if wrong_after > wrong_before else "same"


def compare(base: dict, head: dict, labels: dict, kinds: dict[str, str], checked: set) -> tuple[dict, list, Counter]:
    """(totals by kind: [base tp, fp, fn, field errors], [head ...]; changed records that may be listed, as (kind, part,
    id, verdict, 'values' or 'evidence'); counts of the others' changes by (kind, verdict))."""
    totals: dict[str, list[list[int]]] = defaultdict(lambda: [[0, 0, 0, 0], [0, 0, 0, 0]])
    listed: list[tuple[str, str, str, str, str]] = []
    counted: Counter = Counter()
    labelled = set(labels)
    for part, key in sorted(set(base) | set(head)):
        kind = kind_of(part, key, kinds, labelled, checked)
        a, b = base.get((part, key), {"error": "missing"}), head.get((part, key), {"error": "missing"})
        label = labels.get((part, key))
        before, after = errors(label, a), errors(label, b)
        if before is not None:
            for i in range(4):
                totals[kind][0][i] += before[i]
                totals[kind][1][i] += after[i]
        if a == b:
            continue
        how = "evidence" if {k: v for k, v in a.items() if k != "evidence"} == {k: v for k, v in b.items() if k != "evidence"} \
            else "values"
        said = verdict(before, after)
        if kind in LISTED:
            listed.append((kind, part, key, said, how))
        else:
            counted[(kind, said)] += 1
    return dict(totals), listed, counted


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base", nargs="?")
    parser.add_argument("head", nargs="?")
    parser.add_argument("--extract-into", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.extract_into:
        extract_all(args.extract_into)
        return 0
    if not args.base:
        parser.error("give the base revision")
    if not WORKBOOK.exists():
        print(f"compare_rules: {WORKBOOK} is missing: the workbook is read from ../shared beside this clone", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp, ThreadPoolExecutor(2) as pool:
        base, head = pool.map(lambda rev: _snapshot(rev, Path(tmp)), (args.base, args.head))
    labels, kinds = labels_by_kind()
    checked = {i for p in sorted(VERIFIED.glob("check-*.txt")) for i in read_ids(p)}
    totals, listed, counted = compare(base, head, labels, kinds, checked)
    print(f"{len(base)} records with {args.base}, {len(head)} with {args.head or 'the working tree'}")
    for kind in sorted(totals):
        (a, b) = totals[kind]
        print(f"{kind:20s} tp/fp/fn/field errors {a[0]}/{a[1]}/{a[2]}/{a[3]} -> {b[0]}/{b[1]}/{b[2]}/{b[3]}")
    for kind, part, key, said, how in listed:
        print(f"changed: {kind} {part} {key}: {said} ({how})")
    for (kind, said), n in sorted(counted.items()):
        print(f"changed, counted only: {kind}: {n} {said}")
    print(f"{len(listed) + sum(counted.values())} records changed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
