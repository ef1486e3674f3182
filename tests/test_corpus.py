"""The real corpus in ../shared: seeds checked by hand, gold accuracy, the whole workbook."""

import json

import pytest

from casekit import build_tables, extract, load
from casekit.evaluate import doc_id, load_gold, score

from .conftest import GOLD_DEV, SEEDS, WORKBOOK, needs_shared

pytestmark = [needs_shared, pytest.mark.corpus]

# What a careful reader records from each seed (the codebook's example is the first).
# Title and tags are public text: the test reads them from the seed file itself
# (first line; bullet lines after "Tags") rather than copying them here.
SEED_RECORDS = {
    "000_6ba26ea2f51c56f5": {
        "forces": ["Bedfordshire Police"], "incident_month": "2023-09", "published": None, "iopc_ref": None, "tags": [],
        "criminal_indication": "no", "cps_referral": "no", "organisational_learning": "no",
        "subjects": [{"role": "officer", "grade": "gross_misconduct", "proceedings": "hearing",
                      "left_before_proceedings": "resigned", "outcome": "gross_misconduct_proven",
                      "sanction": "would_have_been_dismissed", "barred_list": True}],
    },
    "003_4423313636d5c200": {
        "forces": ["Metropolitan Police Service"], "incident_month": "2023-11", "published": "2025-09-03",
        "iopc_ref": "2023/197352",
        "criminal_indication": "no", "cps_referral": "no", "organisational_learning": "no",
        "subjects": [
            # resigned before the misconduct meeting was held
            {"role": "officer", "grade": "misconduct", "proceedings": "meeting", "left_before_proceedings": "resigned",
             "outcome": "not_held", "sanction": "not_stated", "barred_list": False},
            # attended the meeting: not proven, dealt with by RPRP
            {"role": "officer", "grade": "misconduct", "proceedings": "meeting", "left_before_proceedings": "no",
             "outcome": "not_proven", "sanction": "rprp", "barred_list": False},
            # the third officer served a notice: no case to answer, feedback through RPRP
            {"role": "officer", "grade": "no_case", "proceedings": "none", "left_before_proceedings": "not_stated",
             "outcome": "not_stated", "sanction": "rprp", "barred_list": False},
        ],
    },
}


@pytest.mark.parametrize("name", sorted(SEED_RECORDS))
def test_seed_records_match_a_careful_reading(name):
    path = SEEDS / f"{name}.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    expected = dict(SEED_RECORDS[name])
    expected["title"] = lines[0].strip()
    after_tags = lines[lines.index("Tags") + 1:] if "Tags" in lines else []
    expected["tags"] = [line.strip().lstrip("•").strip() for line in after_tags if line.strip()]
    (report,) = load(path).reports
    record = extract(report).to_codebook()
    record.pop("source")
    assert record == expected
    assert name != "003_4423313636d5c200" or len(expected["tags"]) == 3


def test_gold_dev_meets_the_accuracy_targets():
    gold = load_gold(GOLD_DEV)
    predicted = {doc_id(r.source): extract(r).to_codebook() for r in load(GOLD_DEV / "docs")}
    result = score(gold, predicted)
    summary = result.summary()
    assert summary["reports"] == 50 and not summary["missing_predictions"]
    low = {name: acc for name, acc in summary["fields"].items() if acc < 0.95}
    assert not low, f"fields under 0.95: {low}"
    assert result.f1 >= 0.85, json.dumps(summary["subjects"])


@pytest.fixture(scope="module")
def workbook_build():
    loaded = load(WORKBOOK)
    return loaded, *build_tables(loaded)


def test_every_workbook_row_is_a_record_or_a_rejection_with_a_reason(workbook_build):
    loaded, build, tables = workbook_build
    sources = set(tables["reports"]["source"]) | set(tables["rejected"]["source"])
    assert len(loaded.reports) + len(loaded.rejected) == 1321
    assert sources == {f"{WORKBOOK}#{i}" for i in range(1, 1322)}
    assert tables["rejected"]["reason"].str.len().min() > 0
    assert len(tables["reports"]) > 1300


def test_workbook_tables_are_plausible(workbook_build):
    _, _, tables = workbook_build
    reports, subjects = tables["reports"], tables["subjects"]
    # every page title ends with its month, so nearly every report has one
    assert reports["incident_month"].notna().mean() > 0.9
    assert reports["force"].notna().mean() > 0.85
    assert 150 < subjects["case_to_answer"].sum() < 1000
    # evidence offsets point into the text they cite
    assert (tables["evidence"]["start"] <= tables["evidence"]["end"]).all()
