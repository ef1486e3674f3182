"""Compare two versions of the rules record by record, on everything the project can extract.

    python scripts/compare_rules.py BASE [HEAD]

BASE and HEAD are git revisions (HEAD: the working tree when left out). Each
version's ``src/`` is run, in a process of its own, on every fictional part
under data/raw/synthetic, both shared gold sets, the two seed reports and
every workbook row, and the two sets of records (values and evidence) are
compared. This is how each round's "every output compared with the start
rules" is checked.

It prints, for each kind of text, case-to-answer tp/fp/fn and report-field
errors with each version, then the records that changed. Only texts the rules
may be developed on are named, by id: the read fictional parts, the gold sets,
the seeds and the verified rows listed in data/verified/develop-*.txt. Every
other text (the never-read fictional parts, the verified check rows, the
workbook rows nobody labelled, the held-out rows among them, and any part this
script does not know) is given as counts only (better, worse, the same, or
unlabelled), never an id or a text, so it can be run without reading them.
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

# (only paths at the top: the child process runs the older version's casekit, which may lack what the parent uses)
ROOT = Path(__file__).resolve().parents[1]
SYNTHETIC = ROOT / "data" / "raw" / "synthetic"
VERIFIED = ROOT / "data" / "verified"
SHARED = ROOT.parent / "shared"
WORKBOOK = SHARED / "corpus" / "iopc-recommendations-2021-06.xlsx"
SEEDS = SHARED / "corpus" / "seeds"
GOLD = {"gold-dev": SHARED / "gold" / "dev", "gold-newformat": SHARED / "gold" / "dev-newformat"}

# kinds of text whose changed records may be named, and those told as counts only
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


def extract_all(out: Path, tree: Path) -> None:
    """In the child: every record, with evidence, by (part, source), pickled to ``out``, with each part's count of inputs
    the loader rejected and the parts that failed whole (by the kind of error only: its message may name a text)."""
    import casekit
    from casekit import extract, load

    if tree not in Path(casekit.__file__).resolve().parents:
        raise SystemExit(f"compare_rules: casekit came from {casekit.__file__}, not from {tree}")
    records, rejected, failed = {}, Counter(), {}
    for part, path in sources():
        try:
            result = load(path)
            rejected[part] = len(result.rejected)
            for report in result.reports:
                # (workbook rows by their row number, as labels name them; other texts by their file)
                key = f"row:{report.meta['row_id']}" if part == "workbook" else report.source
                try:
                    records[(part, key)] = extract(report).to_codebook(with_evidence=True)
                except Exception as error:  # (one report's failure is that version's output, not the run's end)
                    records[(part, key)] = {"error": type(error).__name__}
        except Exception as error:
            failed[part] = type(error).__name__
    out.write_bytes(pickle.dumps({"records": records, "rejected": rejected, "failed": failed}))


def _resolved(revision: str) -> str:
    """The commit a revision names, or a clear error (git's own message) for one it does not."""
    found = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--verify", "--end-of-options", f"{revision}^{{commit}}"],
                           capture_output=True, text=True)
    if found.returncode:
        raise SystemExit(f"compare_rules: {revision}: not a commit ({found.stderr.strip()})")
    return found.stdout.strip()


def _source_tree(commit: str | None, into: Path) -> Path:
    """The src/ folder of ``commit`` (exported from git into ``into``), or the working tree's."""
    if commit is None:
        return ROOT / "src"
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", commit, "src"],
                             capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into / "src"


def _snapshot(commit: str | None, folder: Path) -> dict:
    """One version's records, extracted by a child process with that version's src/ first on its path."""
    folder.mkdir()
    tree = _source_tree(commit, folder).resolve()
    out = folder / "records.pickle"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (str(tree), os.environ.get("PYTHONPATH"))))}
    done = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--extract-into", str(out), "--tree", str(tree)],
                          env=env, capture_output=True, text=True)
    if done.returncode:
        # (its last line only: a traceback's earlier lines may quote a text)
        last = (done.stderr.strip().splitlines() or ["no message"])[-1].split(":")[0]
        raise SystemExit(f"compare_rules: extraction with {commit or 'the working tree'} failed ({last})")
    return pickle.loads(out.read_bytes())


def labels_and_kinds() -> tuple[dict[tuple[str, str], dict], dict[str, str], set[str], set[str]]:
    """Every label by (part, id); the kind of text of each part; the verified develop ids and check ids."""
    from casekit.evaluate import load_gold, read_ids

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from score_synthetic import NEVER_READ

    labels: dict[tuple[str, str], dict] = {}
    kinds: dict[str, str] = {}
    for part, _ in sources():
        if part in GOLD:
            kinds[part] = part
            labels.update({(part, i): v for i, v in load_gold(GOLD[part]).items()})
        elif part == "seeds":
            kinds[part] = part  # (the two seed reports: extracted and compared, with no labels here)
        elif part != "workbook":
            kinds[part] = "never-read" if part in NEVER_READ else "read"
            if (SYNTHETIC / part / "labels").is_dir():
                labels.update({(part, i): v for i, v in load_gold(SYNTHETIC / part).items()})
    if (VERIFIED / "iopc-2021").is_dir():
        labels.update({("workbook", i): v for i, v in load_gold(VERIFIED / "iopc-2021").items()})
    develop = {i for p in sorted(VERIFIED.glob("develop-*.txt")) for i in read_ids(p)}
    checked = {i for p in sorted(VERIFIED.glob("check-*.txt")) for i in read_ids(p)}
    return labels, kinds, develop, checked


def keyed(snapshot: dict) -> dict[tuple[str, str], dict]:
    """The child's records by (part, id), ids made here, as labels name them (whatever version made the records)."""
    from casekit.evaluate import doc_id

    def made(part: str, key: str) -> str:
        if key.startswith("row:"):
            row = key[4:]
            return f"r{int(row):04d}" if row.isdigit() else key
        return doc_id(key)

    return {(part, made(part, key)): record for (part, key), record in snapshot["records"].items()}


def kind_of(part: str, key: str, kinds: dict[str, str], develop: set, checked: set) -> str:
    """The kind of text a record is; a part or row this script does not know is counted, never named."""
    if part != "workbook":
        return kinds.get(part, "never-read")
    if key in checked:
        return "workbook-check"
    return "workbook-develop" if key in develop else "workbook-unlabelled"


def errors(part: str, label: dict | None, record: dict) -> tuple[int, int, int, int] | None:
    """(tp, fp, fn, report-field errors) of one record against its label; None without a label. A workbook row's tags
    are left out where its label has none: labels write the gold layout's [] where the export has a tags column."""
    from casekit.evaluate import score

    if label is None:
        return None
    predicted = {"subjects": []} if "error" in record else record
    if part == "workbook" and label.get("tags") == [] and predicted.get("tags"):
        predicted = {**predicted, "tags": []}
    result = score({"x": label}, {"x": predicted})
    return result.tp, result.fp, result.fn, sum(1 for e in result.errors if e["field"] != "subjects")


def verdict(before: tuple[int, int, int, int] | None, after: tuple[int, int, int, int] | None) -> str:
    """'better' or 'worse' by the count of errors (fp + fn + field errors); 'same' where they are as many (a record that
    changed only in ways no label scores, or traded one error for another); 'unlabelled' without a label."""
    if before is None or after is None:
        return "unlabelled"
    wrong_before, wrong_after = sum(before[1:]), sum(after[1:])
    return "better" if wrong_after < wrong_before else "worse" if wrong_after > wrong_before else "same"


def compare(base: dict, head: dict, labels: dict, kinds: dict[str, str], develop: set, checked: set
            ) -> tuple[dict, list, Counter]:
    """(totals by kind: [base tp, fp, fn, field errors], [head ...]; changed records that may be named, as (kind, part,
    id, verdict, 'values' or 'evidence'); counts of the others' changes by (kind, verdict)). A record one version lacks
    is an empty one (every labelled person missed)."""
    totals: dict[str, list[list[int]]] = defaultdict(lambda: [[0, 0, 0, 0], [0, 0, 0, 0]])
    named: list[tuple[str, str, str, str, str]] = []
    counted: Counter = Counter()
    missing = {"error": "missing"}
    for part, key in sorted(set(base) | set(head) | set(labels)):
        kind = kind_of(part, key, kinds, develop, checked)
        assert kind in LISTED + COUNTED, kind
        a, b = base.get((part, key), missing), head.get((part, key), missing)
        label = labels.get((part, key))
        before, after = errors(part, label, a), errors(part, label, b)
        if before is not None:
            for i in range(4):
                totals[kind][0][i] += before[i]
                totals[kind][1][i] += after[i]
        if a == b:
            continue
        values_a = {k: v for k, v in a.items() if k != "evidence"}
        values_b = {k: v for k, v in b.items() if k != "evidence"}
        how = "evidence" if values_a == values_b else "values"
        said = verdict(before, after)
        if kind in LISTED:
            named.append((kind, part, key, said, how))
        else:
            counted[(kind, said)] += 1
    return dict(totals), named, counted


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base", nargs="?")
    parser.add_argument("head", nargs="?")
    parser.add_argument("--extract-into", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--tree", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.extract_into:
        extract_all(args.extract_into, args.tree)
        return 0
    if not args.base:
        parser.error("give the base revision")
    if not WORKBOOK.exists():
        print(f"compare_rules: {WORKBOOK} is missing: the workbook is read from ../shared beside this clone", file=sys.stderr)
        return 1
    commits = (_resolved(args.base), _resolved(args.head) if args.head else None)
    with tempfile.TemporaryDirectory() as tmp, ThreadPoolExecutor(2) as pool:
        snapshots = list(pool.map(lambda pair: _snapshot(pair[1], Path(tmp) / pair[0]), zip(("base", "head"), commits)))
    labels, kinds, develop, checked = labels_and_kinds()
    base, head = (keyed(s) for s in snapshots)
    for name, snapshot in zip((args.base, args.head or "the working tree"), snapshots):
        for part, error in sorted(snapshot["failed"].items()):
            print(f"compare_rules: {name}: {part} failed whole ({error})")
        if sum(snapshot["rejected"].values()):
            print(f"compare_rules: {name}: the loader rejected " + ", ".join(
                f"{n} in {part}" for part, n in sorted(snapshot["rejected"].items()) if n))
    totals, named, counted = compare(base, head, labels, kinds, develop, checked)
    print(f"{len(base)} records with {args.base}, {len(head)} with {args.head or 'the working tree'}")
    for kind in sorted(totals):
        a, b = totals[kind]
        print(f"{kind:20s} tp/fp/fn/field errors {a[0]}/{a[1]}/{a[2]}/{a[3]} -> {b[0]}/{b[1]}/{b[2]}/{b[3]}")
    for kind, part, key, said, how in named:
        print(f"changed: {kind} {part} {key}: {said} ({how})")
    for (kind, said), n in sorted(counted.items()):
        print(f"changed, counted only: {kind}: {n} {said}")
    print(f"{len(named) + sum(counted.values())} records changed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
