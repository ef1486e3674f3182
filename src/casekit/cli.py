"""Command line: ``casekit extract | build | evaluate``.

``casekit extract`` is what the held-out evaluation calls on a folder of
``.txt`` files: one codebook record per line on stdout, each with its
``source``. Keep its output stable.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

from . import __version__
from .loading import MAX_PAGE_BYTES, load, say

DEFAULT_OUT = "data/processed"


def _mapping(pairs: list[str] | None) -> dict[str, str] | None:
    if not pairs:
        return None
    mapping = {}
    for pair in pairs:
        for item in pair.split(","):
            if "=" not in item:
                raise SystemExit(f"casekit: --columns expects field=column pairs, got {item!r}")
            ours, theirs = item.split("=", 1)
            mapping[ours.strip()] = theirs.strip()
    return mapping


def _warn_rejected(rejected) -> None:
    for item in rejected:
        say(f"rejected {item.source}: {item.reason}")


def cmd_extract(args: argparse.Namespace) -> int:
    import pandas as pd

    from .build import extract_all
    from .safecsv import write_csv

    loaded = load(args.paths, mapping=_mapping(args.columns), max_page_bytes=args.max_page_kb * 1024)
    build = extract_all(loaded, progress=args.progress, workers=args.workers, max_subjects=args.max_subjects)
    _warn_rejected(build.rejected)
    out = sys.stdout
    if args.format == "jsonl":
        for record in build.records:
            out.write(json.dumps(record.to_codebook(with_evidence=args.evidence), ensure_ascii=False) + "\n")
    else:
        fields = ["source", "title", "forces", "incident_month", "published", "iopc_ref", "tags",
                  "criminal_indication", "cps_referral", "organisational_learning", "subjects"]
        rows = []
        for record in build.records:
            row = record.to_codebook()
            row["forces"] = "; ".join(row["forces"])
            row["tags"] = "; ".join(row["tags"])
            row["subjects"] = json.dumps(row["subjects"])
            rows.append(row)
        write_csv(pd.DataFrame(rows, columns=fields), out)
    if not build.records:
        say("no report could be read from the given paths")
        return 1
    return 0


def _input_manifest(paths: list[Path], kind: str, note: str) -> dict:
    from .sources import sha256_of

    return {"input_kind": kind, "input_note": note,
            "inputs": [{"path": str(p), "sha256": sha256_of(p) if p.is_file() else None} for p in paths]}


def cmd_build(args: argparse.Namespace) -> int:
    import time

    from .build import MissingInput, NothingRead, build_paths
    from .sources import default_input
    from .tables import TablesBusy

    started = time.perf_counter()
    if args.paths:
        from .sources import describe_input

        paths = list(args.paths)
        kind, note = describe_input(paths[0]) if len(paths) == 1 else ("given", "paths given on the command line")
    else:
        chosen = default_input(args.cache, download=not args.offline)
        paths, kind, note = [chosen.path], chosen.kind, chosen.note
        say(f"input: {chosen.path} ({note})")
    try:
        build, tables = build_paths(paths, args.out, mapping=_mapping(args.columns), max_page_bytes=args.max_page_kb * 1024,
                                    progress=not args.quiet, formats=tuple(args.formats),
                                    manifest=_input_manifest(paths, kind, note), workers=args.workers,
                                    max_subjects=args.max_subjects,
                                    label_dirs=[] if args.no_labels else args.labels)
    except MissingInput as error:
        say(str(error))
        return 2
    except NothingRead as error:
        _warn_rejected(error.build.rejected)
        say(str(error))
        return 1
    except TablesBusy as error:
        say(str(error))
        return 2
    except Exception as error:  # validation failure: the previous tables stay in place
        say(f"build failed, previous tables left untouched: {error}")
        return 2
    if not args.quiet:
        _warn_rejected(build.rejected)
    if build.labels:
        for problem in build.labels.problems:
            say(f"label {problem.path} not applied: {problem.reason}")
        say(f"verified labels: {build.labels.applied} applied of {build.labels.read} read "
             f"({build.labels.read - len(build.labels.matched)} match no report in this input)")
    skipped = f", {len(build.skipped)} hidden entries skipped" if build.skipped else ""
    say(
        f"wrote {len(tables['reports'])} reports, {len(tables['subjects'])} subjects, "
        f"{len(tables['evidence'])} evidence rows, {len(tables['rejected'])} rejected "
        f"({build.duplicates} duplicates{skipped}) to {args.out} in {time.perf_counter() - started:.1f}s"
    )
    return 0


def cmd_fetch(args: argparse.Namespace) -> int:
    from .sources import FetchError, cached_path, fetch

    try:
        already = cached_path(args.name, args.cache)
        path = already or fetch(args.name, args.cache, from_path=args.from_path, timeout=args.timeout, progress=True)
    except FetchError as error:
        say(str(error))
        return 1
    state = "already cached" if already else ("seeded from " + str(args.from_path) if args.from_path else "downloaded")
    say(f"{args.name}: {state}, verified: {path}")
    print(path)
    return 0


def cmd_sources(args: argparse.Namespace) -> int:
    from .sources import REGISTRY, cached_path

    for source in REGISTRY.values():
        where = cached_path(source.name, args.cache)
        print(f"{source.name}\n  {source.description}\n  {source.url}\n  sha256 {source.sha256}, {source.size:,} bytes"
              f"\n  {source.licence}\n  cached: {where or 'no'}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from .build import MissingInput, NothingRead
    from .params import ParamsError
    from .report import ReportParams, check_params, run_report
    from .runs import RunNameError
    from .tables import TableSetError, TablesBusy

    flags = {name: str(value) if isinstance(value, Path) else value
             for name in ("input", "tables", "out", "run", "workers", "min_force_reports", "check_ids",
                          "year_from", "year_to", "min_group", "keep", "verified_only")
             if (value := getattr(args, name)) is not None}
    if args.forces is not None:
        from .schema import canonical_force

        named = [(given, canonical_force(given)) for given in args.forces]
        unknown = [given for given, force in named if force is None]
        if unknown:
            say(f"--forces: not a force name: {', '.join(map(repr, unknown))} (see ../shared/CODEBOOK.md)")
            return 2
        flags["forces"] = [force for _, force in named]
    if args.no_force_pages:
        flags["force_pages"] = False
    if args.offline:
        flags["offline"] = True
    try:
        params = ReportParams.from_yaml(args.params) if args.params else ReportParams()
        result = run_report(check_params(params, flags, "command line" if not args.params else f"{args.params} and flags"))
    except OSError as error:
        say(f"{error.filename or ''}: {error.strerror or error}" if error.filename else str(error))
        return 2
    except (ParamsError, RunNameError, MissingInput, TablesBusy, TableSetError) as error:
        say(str(error))
        return 2
    except NothingRead as error:
        say(f"no report run: {error}")
        return 1
    index = result.run_dir / "index.html"
    if result.failed:
        for page in result.failed:
            say(f"notebook {page.name} failed: {page.error}")
        say(f"report written with {len(result.failed)} failed page(s), kept apart from the published runs "
             f"('latest' not moved): {index}")
        return 1
    say(f"report written: {index}")
    print(index)
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluate import f1_change, load_gold, load_predictions, read_ids, score

    try:
        gold = load_gold(args.gold_dir, read_ids(args.ids) if args.ids else None)
    except (OSError, ValueError) as error:
        say(str(error))
        return 1
    if not gold:
        say(f"no labels (*.json) found in {args.gold_dir}")
        return 1
    try:
        predicted = load_predictions(args.predictions)
    except (OSError, ValueError) as error:
        say(str(error))
        return 1
    if args.rates and args.json:
        say("--rates prints a table for reading; run it without --json")
        return 1
    result = score(gold, predicted)
    summary = result.summary()
    change = None
    if args.baseline:
        try:
            baseline = score(gold, load_predictions(args.baseline))
        except (OSError, ValueError) as error:
            say(f"baseline: {error}")
            return 1
        if len(baseline.missing) == baseline.n_reports:
            say(f"{args.baseline}: no prediction for any of the {baseline.n_reports} labelled reports; "
                "is it an extraction of these reports?")
            return 1
        if baseline.missing:
            say(f"{args.baseline}: no prediction for {len(baseline.missing)} of {baseline.n_reports} labelled reports "
                "(scored as nothing found)")
        change = f1_change(baseline, result)
        summary["change_from_baseline"] = change.summary()
    if args.json:
        if args.errors:
            summary["errors"] = result.errors
        print(json.dumps(summary, indent=2, ensure_ascii=False))
        return 0
    # printed from the unrounded scores (the JSON's are rounded to four places)
    print(f"reports scored: {result.n_reports}  (95% intervals: Wilson for fields, bootstrap over reports for F1)")
    for name in summary["fields"]:
        print(f"  {name:<26} {result.accuracy(name):.3f}  {_interval(result.accuracy_interval(name))}")
    print(f"case-to-answer subjects: precision {result.precision:.3f}  recall {result.recall:.3f}  F1 {result.f1:.3f}"
          f" {_interval(result.f1_interval())}  (tp {result.tp}, fp {result.fp}, fn {result.fn})")
    print("  per attribute (F1): " + ", ".join(f"{k} {m.f1:.3f}" for k, m in result.attributes.items()))
    if change is not None:
        spread = "interval undefined" if math.isnan(change.low) else f"95% interval {change.low:+.3f} to {change.high:+.3f}"
        print(f"tuple F1 change from {args.baseline}: {change.before:.3f} -> {change.after:.3f}, {change.change:+.3f} "
              f"({spread}; paired bootstrap over the same reports)")
    if summary["missing_predictions"]:
        print(f"no prediction for: {', '.join(summary['missing_predictions'])}")
    if args.rates:
        from .audit import measure_comparison, measure_comparison_frame

        print("\nheadline rates on these reports, from the labels and from the extraction (95% intervals):")
        print(measure_comparison_frame(measure_comparison(gold, predicted)).to_string(index=False))
    if args.errors:
        for error in result.errors:
            print(f"{error['id']} {error['field']}\n    gold: {error['gold']}\n    pred: {error['predicted']}")
    return 0


def _interval(bounds: tuple[float, float]) -> str:
    low, high = bounds
    return "(interval undefined)" if math.isnan(low) else f"({low:.3f}–{high:.3f})"


def _limits(parser: argparse.ArgumentParser) -> None:
    from .parallel_extract import MAX_SUBJECTS

    parser.add_argument("--workers", type=int, help="processes extracting at once (default: every core)")
    parser.add_argument("--max-page-kb", dest="max_page_kb", type=int, default=MAX_PAGE_BYTES // 1024,
                        help=f"reject a page or export row larger than this (default {MAX_PAGE_BYTES // 1024})")
    parser.add_argument("--max-subjects", dest="max_subjects", type=int, default=MAX_SUBJECTS,
                        help=f"reject a report naming more subjects than this (default {MAX_SUBJECTS})")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="casekit", description="Structure IOPC investigation summaries into tidy tables.")
    parser.add_argument("--version", action="version", version=f"casekit {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    columns_help = "map an export's columns: field=column[,field=column] (fields: title, text, ref, url, force, category, tags, page_date, row_id)"
    p = sub.add_parser("extract", help="print one codebook record per report")
    p.add_argument("paths", nargs="+", type=Path, help="files or folders (.txt/.md/.html pages; .csv/.xlsx/.jsonl exports)")
    p.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
    p.add_argument("--evidence", action="store_true", help="include the evidence sentences and offsets")
    p.add_argument("--columns", action="append", help=columns_help)
    p.add_argument("--progress", action="store_true", help="show a progress bar on stderr")
    _limits(p)
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("build", help="build the reports/subjects/evidence/rejected tables")
    p.add_argument("paths", nargs="*", type=Path,
                   help="inputs; default: the public corpus if cached or downloadable, else the fictional sample")
    p.add_argument("--cache", type=Path, help="cache folder for public sources (default data/raw/public or $CASEKIT_CACHE)")
    p.add_argument("--offline", action="store_true", help="with no paths: do not try to download the public corpus")
    p.add_argument("--out", type=Path, default=Path(DEFAULT_OUT))
    p.add_argument("--formats", nargs="+", choices=["parquet", "csv"], default=["parquet", "csv"])
    p.add_argument("--columns", action="append", help=columns_help)
    p.add_argument("--quiet", action="store_true", help="no progress bar, and rejections counted, not listed")
    p.add_argument("--labels", action="append", type=Path, metavar="DIR",
                   help="a folder of verified labels to apply (repeatable; default: the project's data/verified/iopc-2021)")
    p.add_argument("--no-labels", action="store_true", help="apply no verified labels: every value as extracted")
    _limits(p)
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("fetch", help="download a public source into the cache and verify its checksum")
    p.add_argument("name", help="a registered source (see `casekit sources`)")
    p.add_argument("--from", dest="from_path", type=Path, help="seed the cache from a local copy instead of downloading")
    p.add_argument("--cache", type=Path)
    p.add_argument("--timeout", type=float, default=60.0)
    p.set_defaults(func=cmd_fetch)

    p = sub.add_parser("sources", help="list the registered public sources and whether they are cached")
    p.add_argument("--cache", type=Path)
    p.set_defaults(func=cmd_sources)

    p = sub.add_parser("report", help="build tables if needed, run the notebooks, render the HTML report site")
    p.add_argument("--params", type=Path, help="YAML file of report parameters (see reports/weekly.yml)")
    p.add_argument("--input", type=Path, help="raw input (default: public corpus if available, else the sample)")
    p.add_argument("--tables", type=Path, help="where tables are built (default data/processed)")
    p.add_argument("--out", type=Path, help="where runs are written (default reports)")
    p.add_argument("--run", help="run name (default: UTC timestamp)")
    p.add_argument("--workers", type=int, help="notebooks run at once (default 2)")
    p.add_argument("--min-force-reports", dest="min_force_reports", type=int, help="reports a force needs for its own page")
    p.add_argument("--check-ids", dest="check_ids", type=Path, metavar="FILE",
                   help="label ids the audit scores the extractor on (default: the project's check part)")
    p.add_argument("--verified-only", dest="verified_only", action="store_true", default=None,
                   help="every page shows only reports whose values were verified by hand")
    p.add_argument("--forces", nargs="+", metavar="FORCE", help="show only reports naming these forces (overrides the YAML)")
    p.add_argument("--from-year", dest="year_from", type=int, metavar="YEAR", help="first incident year shown")
    p.add_argument("--to-year", dest="year_to", type=int, metavar="YEAR", help="last incident year shown")
    p.add_argument("--min-group", dest="min_group", type=int, metavar="N", help="rates on fewer cases are flagged (default 10)")
    p.add_argument("--keep", type=int, metavar="N", help="runs kept in the output folder, older ones deleted (default 5; 0 keeps all)")
    p.add_argument("--no-force-pages", action="store_true")
    p.add_argument("--offline", action="store_true", help="do not try to download the public corpus")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("evaluate", help="score predictions against hand labels")
    p.add_argument("gold_dir", type=Path, help="folder of labels (or one with a labels/ subfolder)")
    p.add_argument("predictions", type=Path, help="output of `casekit extract --format jsonl`, or a folder of another labeller's labels")
    p.add_argument("--ids", type=Path, help="score only the ids listed in this file (one per line, # comments), e.g. a check part")
    p.add_argument("--json", action="store_true")
    p.add_argument("--errors", action="store_true", help="list every disagreement")
    p.add_argument("--rates", action="store_true",
                   help="also compute the site's headline rates from the labels and from the predictions, side by side")
    p.add_argument("--baseline", type=Path, metavar="PRED.jsonl",
                   help="an earlier extraction of the same reports: also print the tuple F1 change, with a paired interval")
    p.set_defaults(func=cmd_evaluate)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
