"""Readers see words, not codes: every codebook value has a label, and the glossary explains the terms."""

import pandas as pd

from casekit import labels
from casekit.schema import ALLOWED


def test_every_codebook_value_has_a_label():
    assert labels.unlabelled_values() == []
    # and no label is a code left as it was
    assert all("_" not in word for mapping in labels.LABELS.values() for word in mapping.values())


def test_labels_depend_on_the_field():
    assert labels.label("role", "unknown") == "role not stated"
    assert labels.label("grade", "unknown") == "case to answer, level not stated"
    assert labels.label("sanction", "rprp") == "reflective practice (RPRP)"
    assert labels.label("outcome", "not_held") == "proceedings not held"
    assert labels.label("title", "anything") == "anything"


def test_labelled_frame_turns_values_and_headings_into_words():
    frame = pd.DataFrame({"grade": ["gross_misconduct", "misconduct"], "cps_referral": ["yes", "no"], "k": [1, 2]})
    out = labels.labelled(frame)
    assert list(out.columns) == ["case to answer for", "CPS referral", "k"]
    assert out["case to answer for"].tolist() == ["gross misconduct", "misconduct"]
    assert out["CPS referral"].tolist() == ["referred to the CPS", "not referred"]
    assert frame["grade"].tolist() == ["gross_misconduct", "misconduct"]  # the input is left alone


def test_a_crosstabs_column_values_are_labelled_too():
    people = pd.DataFrame({"grade": ["misconduct", "misconduct", "gross_misconduct"],
                           "outcome": ["not_held", "misconduct_proven", "gross_misconduct_proven"]})
    crosstab = pd.crosstab(people["grade"], people["outcome"]).reset_index()
    assert list(labels.labelled(crosstab).columns) == [
        "case to answer for", "gross misconduct proven", "misconduct proven", "proceedings not held"]


def test_glossary_explains_the_terms_a_reader_meets():
    terms = {t.term for t in labels.GLOSSARY}
    for needed in ("Reflective practice (RPRP)", "Special case hearing", "Barred list", "Management action",
                   "Case to answer", "95% interval", "Funnel plot"):
        assert needed in terms
    codes = {code for t in labels.GLOSSARY for code in t.codes}
    # every outcome and sanction a table can show is explained somewhere
    assert set(ALLOWED["sanction"]) <= codes and set(ALLOWED["outcome"]) <= codes
