"""The rule-comparison script's bookkeeping: which records it may name, and how it calls a change."""

import runpy

import pytest

from tests.conftest import ROOT as PROJECT_ROOT

compare_rules = runpy.run_path(str(PROJECT_ROOT / "scripts" / "compare_rules.py"), run_name="compare_rules")


def _label(*tuples, tags=()):
    keys = ("role", "grade", "proceedings", "left_before_proceedings", "outcome", "sanction")
    return {"criminal_indication": "no", "tags": list(tags),
            "subjects": [dict(zip(keys, ("officer",) + t), barred_list=False) for t in tuples]}


PROVEN = ("misconduct", "meeting", "no", "misconduct_proven", "written_warning")
UNTOLD = ("misconduct", "meeting", "no", "not_stated", "not_stated")


def test_a_change_is_better_worse_or_the_same_by_its_count_of_errors():
    verdict = compare_rules["verdict"]
    assert verdict((0, 1, 1, 0), (1, 0, 0, 0)) == "better"
    assert verdict((1, 0, 0, 0), (1, 0, 0, 1)) == "worse"
    assert verdict((1, 0, 0, 0), (1, 0, 0, 0)) == "same"
    assert verdict(None, None) == "unlabelled"


def test_only_a_workbook_rows_tags_are_spared_against_the_gold_layouts_empty_list():
    errors = compare_rules["errors"]
    tagged = {**_label(PROVEN, tags=["Kent Police"]), "evidence": []}
    assert errors("workbook", _label(PROVEN), tagged) == (1, 0, 0, 0)
    assert errors("check-1", _label(PROVEN), tagged) == (1, 0, 0, 1)  # (elsewhere a wrong tag is an error)
    assert errors("check-1", _label(PROVEN), {"error": "ValueError"})[:3] == (0, 0, 1)  # (a failed record has nobody)
    assert errors("check-1", None, tagged) is None


def test_a_part_or_row_it_does_not_know_is_counted_never_named():
    kind_of = compare_rules["kind_of"]
    kinds = {"check-1": "read", "check-8": "never-read"}
    assert kind_of("check-1", "a", kinds, develop=set(), checked=set()) == "read"
    assert kind_of("check-999", "a", kinds, develop=set(), checked=set()) == "never-read"
    assert kind_of("workbook", "r0001", kinds, develop={"r0001"}, checked=set()) == "workbook-develop"
    assert kind_of("workbook", "r0002", kinds, develop={"r0002"}, checked={"r0002"}) == "workbook-check"
    assert kind_of("workbook", "r0003", kinds, develop=set(), checked=set()) == "workbook-unlabelled"


def test_only_parts_the_rules_may_be_developed_on_are_named():
    compare = compare_rules["compare"]
    labels = {("check-1", "a"): _label(PROVEN), ("check-8", "b"): _label(PROVEN),
              ("workbook", "r0001"): _label(PROVEN), ("workbook", "r0002"): _label(PROVEN)}
    kinds = {"check-1": "read", "check-8": "never-read"}
    before = {k: _label(UNTOLD) for k in labels} | {("workbook", "r0003"): _label()}
    after = {k: _label(PROVEN) for k in labels} | {("workbook", "r0003"): _label(PROVEN)}
    totals, named, counted = compare(before, after, labels, kinds, develop={"r0001"}, checked={"r0002"})
    assert [(kind, part, key, said) for kind, part, key, said, _ in named] == [
        ("read", "check-1", "a", "better"), ("workbook-develop", "workbook", "r0001", "better")]
    # never-read parts, the check rows and rows nobody labelled (the held-out among them): counts only
    assert counted == {("never-read", "better"): 1, ("workbook-check", "better"): 1, ("workbook-unlabelled", "unlabelled"): 1}
    assert totals["read"] == [[0, 1, 1, 0], [1, 0, 0, 0]]


def test_a_record_one_version_lacks_counts_as_empty():
    compare = compare_rules["compare"]
    labels = {("check-1", "a"): _label(PROVEN)}
    totals, named, _ = compare({}, {("check-1", "a"): _label(PROVEN)}, labels, {"check-1": "read"}, set(), set())
    assert totals["read"] == [[0, 0, 1, 2], [1, 0, 0, 0]]
    assert named[0][3] == "better"


def test_a_change_of_evidence_alone_is_told_apart_from_a_change_of_values():
    compare = compare_rules["compare"]
    record = {**_label(PROVEN), "evidence": [{"field": "outcome", "sentence": "One."}]}
    moved = {**record, "evidence": [{"field": "outcome", "sentence": "Another."}]}
    _, named, _ = compare({("check-1", "a"): record}, {("check-1", "a"): moved},
                          {("check-1", "a"): _label(PROVEN)}, {"check-1": "read"}, set(), set())
    assert named == [("read", "check-1", "a", "same", "evidence")]


def test_the_report_never_prints_an_id_it_may_only_count(monkeypatch, tmp_path, capsys):
    main = compare_rules["main"]
    names = main.__globals__
    snapshot = {"rejected": {}, "failed": {}, "records": {
        ("check-1", "/x/check-1/docs/fread.txt"): _label(UNTOLD),
        ("check-8", "/x/check-8/docs/fsecret.txt"): _label(UNTOLD),
        ("workbook", "row:7"): _label(UNTOLD), ("workbook", "row:8"): _label(UNTOLD)}}
    changed = {"rejected": {}, "failed": {}, "records": {k: _label(PROVEN) for k in snapshot["records"]}}
    labels = {("check-1", "fread"): _label(PROVEN), ("check-8", "fsecret"): _label(PROVEN), ("workbook", "r0007"): _label(PROVEN)}
    monkeypatch.setitem(names, "WORKBOOK", tmp_path)
    monkeypatch.setitem(names, "_resolved", lambda revision: revision)
    monkeypatch.setitem(names, "_snapshot", lambda commit, folder: snapshot if commit == "base" else changed)
    monkeypatch.setitem(names, "labels_and_kinds",
                        lambda: (labels, {"check-1": "read", "check-8": "never-read"}, set(), {"r0007"}))
    assert main(["base"]) == 0
    out = capsys.readouterr().out
    assert "changed: read check-1 fread: better (values)" in out
    assert "fsecret" not in out and "r0007" not in out and "r0008" not in out
    assert "never-read: 1 better" in out and "workbook-check: 1 better" in out and "workbook-unlabelled: 1 unlabelled" in out


def test_the_working_tree_is_its_own_source(tmp_path):
    assert compare_rules["_source_tree"](None, tmp_path) == PROJECT_ROOT / "src"


def test_a_base_revision_is_required(capsys):
    with pytest.raises(SystemExit):
        compare_rules["main"]([])
    assert "base revision" in capsys.readouterr().err


def test_a_revision_git_does_not_know_is_a_clear_error():
    with pytest.raises(SystemExit, match="not a commit"):
        compare_rules["_resolved"]("no-such-revision-anywhere")
