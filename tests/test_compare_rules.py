"""The rule-comparison script's bookkeeping: which records it may name, and how it calls a change."""

import runpy

import pytest

from tests.conftest import ROOT as PROJECT_ROOT

compare_rules = runpy.run_path(str(PROJECT_ROOT / "scripts" / "compare_rules.py"), run_name="compare_rules")


def _label(*tuples, **fields):
    keys = ("role", "grade", "proceedings", "left_before_proceedings", "outcome", "sanction")
    return {"criminal_indication": "no", "tags": [], **fields,
            "subjects": [dict(zip(keys, ("officer",) + t), barred_list=False) for t in tuples]}


PROVEN = ("misconduct", "meeting", "no", "misconduct_proven", "written_warning")
UNTOLD = ("misconduct", "meeting", "no", "not_stated", "not_stated")


def test_a_change_is_better_worse_or_the_same_by_its_count_of_errors():
    verdict = compare_rules["verdict"]
    assert verdict((0, 1, 1, 0), (1, 0, 0, 0)) == "better"
    assert verdict((1, 0, 0, 0), (1, 0, 0, 1)) == "worse"
    assert verdict((1, 0, 0, 0), (1, 0, 0, 0)) == "same"
    assert verdict(None, None) == "unlabelled"


def test_a_workbook_rows_tags_are_not_counted_against_the_gold_layouts_empty_list():
    errors = compare_rules["errors"]
    record = {**_label(PROVEN), "tags": ["Kent Police"], "evidence": []}
    assert errors(_label(PROVEN), record) == (1, 0, 0, 0)
    assert errors(_label(PROVEN), {"error": "ValueError: bad row"})[:3] == (0, 0, 1)  # (a failed record has nobody)
    assert errors(None, record) is None


def test_only_parts_the_rules_may_be_developed_on_are_named():
    compare = compare_rules["compare"]
    labels = {("check-1", "a"): _label(PROVEN), ("check-8", "b"): _label(PROVEN),
              ("workbook", "r0001"): _label(PROVEN), ("workbook", "r0002"): _label(PROVEN)}
    kinds = {"check-1": "read", "check-8": "never-read"}
    before = {k: _label(UNTOLD) for k in labels} | {("workbook", "r0003"): _label()}
    after = {k: _label(PROVEN) for k in labels} | {("workbook", "r0003"): _label(PROVEN)}
    totals, listed, counted = compare(before, after, labels, kinds, checked={"r0002"})
    assert [(kind, part, key, said) for kind, part, key, said, _ in listed] == [
        ("read", "check-1", "a", "better"), ("workbook-develop", "workbook", "r0001", "better")]
    # never-read parts, the check rows and rows nobody labelled (the held-out among them): counts only
    assert counted == {("never-read", "better"): 1, ("workbook-check", "better"): 1, ("workbook-unlabelled", "unlabelled"): 1}
    assert totals["read"] == [[0, 1, 1, 0], [1, 0, 0, 0]]


def test_a_change_of_evidence_alone_is_told_apart_from_a_change_of_values():
    compare = compare_rules["compare"]
    record = {**_label(PROVEN), "evidence": [{"field": "outcome", "sentence": "One."}]}
    moved = {**record, "evidence": [{"field": "outcome", "sentence": "Another."}]}
    _, listed, _ = compare({("check-1", "a"): record}, {("check-1", "a"): moved},
                           {("check-1", "a"): _label(PROVEN)}, {"check-1": "read"}, checked=set())
    assert listed == [("read", "check-1", "a", "same", "evidence")]


def test_the_working_tree_is_its_own_source(tmp_path):
    assert compare_rules["_source_tree"](None, tmp_path) == PROJECT_ROOT / "src"


def test_a_base_revision_is_required(capsys):
    with pytest.raises(SystemExit):
        compare_rules["main"]([])
    assert "base revision" in capsys.readouterr().err
