"""Human words for the codebook: value labels, column headings and the glossary.

Tables, charts and the report's glossary page read them from here, so a
reader never meets ``gross_misconduct_proven`` or ``rprp`` and the words are
chosen once. Every allowed value in ``casekit.schema`` has a label (a test
checks it).
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from .schema import ALLOWED

#: value labels, per codebook field: the same code can mean different things
#: in different fields ("unknown" role, "unknown" grade)
LABELS: dict[str, dict[str, str]] = {
    "role": {"officer": "police officer", "staff": "police staff", "special": "special constable",
             "unknown": "role not stated"},
    "grade": {"gross_misconduct": "gross misconduct", "misconduct": "misconduct", "no_case": "no case to answer",
              "unknown": "case to answer, level not stated"},
    "proceedings": {"hearing": "misconduct hearing", "accelerated_hearing": "special case hearing",
                    "meeting": "misconduct meeting", "none": "no proceedings", "not_stated": "not stated"},
    "left_before_proceedings": {"resigned": "resigned", "retired": "retired", "left": "left the service",
                                "no": "did not leave", "not_stated": "not stated"},
    "outcome": {"gross_misconduct_proven": "gross misconduct proven", "misconduct_proven": "misconduct proven",
                "not_proven": "not proven", "not_held": "proceedings not held", "pending": "pending",
                "not_stated": "not stated"},
    "sanction": {"dismissed": "dismissed", "would_have_been_dismissed": "would have been dismissed",
                 "final_written_warning": "final written warning", "written_warning": "written warning",
                 "reduction_in_rank": "reduction in rank", "management_action": "management action",
                 "rprp": "reflective practice (RPRP)", "no_further_action": "no further action",
                 "not_stated": "not stated"},
    "criminal_indication": {"yes": "yes", "no": "no", "not_stated": "not stated"},
    "cps_referral": {"yes": "referred to the CPS", "no": "not referred"},
    "organisational_learning": {"yes": "yes", "no": "none identified", "not_stated": "not stated"},
    # the evidence table holds every value as text
    "barred_list": {"True": "on the barred list", "False": "not on the barred list"},
}

#: column headings for readers; columns not listed keep their name, with _ as a space
COLUMNS: dict[str, str] = {
    "grade": "case to answer for",
    "left_before_proceedings": "left before proceedings",
    "cps_referral": "CPS referral",
    "criminal_indication": "criminal indication",
    "organisational_learning": "organisational learning",
    "incident_month": "incident month",
    "incident_year": "incident year",
    "iopc_ref": "IOPC reference",
    "n_case_to_answer": "people with a case to answer",
    "n_subjects": "people with a decision",
    "barred_list": "barred list",
    "report_id": "report id",
    "forces": "forces named",
    "force": "force",
}


def label(field: str, value) -> str:
    """The reader's word for one value of a codebook field (the value itself when it has none)."""
    return LABELS.get(field, {}).get(value, value)


def column_label(name: str) -> str:
    return COLUMNS.get(name, str(name).replace("_", " "))


def labelled(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy with codebook values in words and columns headed for readers.

    A crosstab's columns are themselves values of a field (named by
    ``frame.columns.name``); those headings are put in words too.
    """
    out = frame.copy()
    for column in out.columns:
        if column in LABELS:
            mapping = LABELS[column]
            out[column] = out[column].map(lambda v, m=mapping: m.get(v, v) if isinstance(v, str) else v)
    values_of = LABELS.get(out.columns.name, {})
    return out.rename(columns=lambda c: values_of[c] if c in values_of else column_label(c))


@dataclass(frozen=True)
class Term:
    term: str
    meaning: str
    codes: tuple[str, ...] = ()  # the codebook values it explains, as they appear in the downloads


#: the report's glossary, in the order a reader meets the ideas (written for casekit)
GLOSSARY: tuple[Term, ...] = (
    Term("IOPC", "The Independent Office for Police Conduct, which oversees the police complaints system in "
         "England and Wales and investigates the most serious matters itself. It publishes summaries of some of "
         "its investigations; those summaries are what casekit reads."),
    Term("Case to answer", "The investigation's opinion that there is enough evidence for a panel to find that "
         "a person's conduct amounted to misconduct or gross misconduct. It is not a finding that it did; the "
         "finding comes from the proceedings that follow.", ("grade",)),
    Term("Misconduct", "A breach of the Standards of Professional Behaviour serious enough to justify "
         "disciplinary action short of dismissal.", ("misconduct", "misconduct_proven")),
    Term("Gross misconduct", "A breach so serious that it could justify dismissal.",
         ("gross_misconduct", "gross_misconduct_proven")),
    Term("No case to answer", "The finding, as finally settled between the IOPC and the force, that the "
         "evidence would not support a finding of misconduct.", ("no_case",)),
    Term("Misconduct meeting", "Proceedings for a case to answer for misconduct. The most serious outcome it "
         "can give is a final written warning.", ("meeting",)),
    Term("Misconduct hearing", "Proceedings, usually for a case to answer for gross misconduct, before a panel "
         "led by a legally qualified chair; the panel can dismiss.", ("hearing",)),
    Term("Special case hearing", "A hearing held quickly, without the usual investigation stages, where the "
         "evidence is clear; also called an accelerated hearing.", ("accelerated_hearing",)),
    Term("Not proven", "The proceedings took place and found the allegation not proven.", ("not_proven",)),
    Term("Proceedings not held", "Proceedings were decided on but did not take place: for example the person "
         "resigned first or the case was withdrawn.", ("not_held",)),
    Term("Pending", "The summary says the proceedings are still to take place.", ("pending",)),
    Term("Not stated", "The summary does not say. Shown, not hidden, because it is often the largest group; "
         "rates say whether they count it.", ("not_stated",)),
    Term("Left before proceedings", "The person resigned, retired or otherwise left the police before their "
         "proceedings ended (or before they could be held).", ("resigned", "retired", "left")),
    Term("Dismissed", "Dismissal without notice: the most serious outcome of a hearing.", ("dismissed",)),
    Term("Would have been dismissed", "The outcome for a former officer found to have committed gross "
         "misconduct: they would have been dismissed had they still been serving.",
         ("would_have_been_dismissed",)),
    Term("Final written warning", "The most serious outcome short of dismissal; it stays on record for a set "
         "period.", ("final_written_warning",)),
    Term("Written warning", "A formal warning that stays on record for a set period.", ("written_warning",)),
    Term("Reduction in rank", "Demotion by at least one rank, an outcome a hearing can impose.",
         ("reduction_in_rank",)),
    Term("Management action", "Action by a line manager to improve conduct (advice, training, supervision), "
         "outside formal disciplinary outcomes.", ("management_action",)),
    Term("Reflective practice (RPRP)", "The reflective practice review process: a structured discussion in "
         "which the person reflects on what went wrong and agrees how to improve. It is not a disciplinary "
         "sanction.", ("rprp",)),
    Term("No further action", "The matter was closed with no outcome for the person.", ("no_further_action",)),
    Term("Barred list", "The College of Policing's list of people dismissed from policing, or who would have "
         "been; no force may employ them.", ("barred_list",)),
    Term("CPS referral", "The IOPC sent a file on a person serving with the police to the Crown Prosecution "
         "Service to decide whether to charge them with a crime.", ("cps_referral",)),
    Term("Criminal indication", "The IOPC saw signs that someone serving with the police may have committed "
         "a crime.", ("criminal_indication",)),
    Term("Organisational learning", "Lessons for a force or another body as a whole (recommendations, new "
         "training or guidance), as opposed to outcomes for individuals.", ("organisational_learning",)),
    Term("Subject force", "The force whose people the summary is about: the first force it names. Reports are "
         "counted under that force."),
    Term("Rate, n/N", "Every rate shows its numerator and denominator (n of N). The denominator is always "
         "said: all people with a case to answer, or only those whose result the summary states."),
    Term("95% interval", "A Wilson score interval: the range of rates that fit the observed counts, allowing "
         "for chance. Wide intervals mean few cases."),
    Term("Few cases", "A rate on fewer cases than the report's minimum group size is flagged, and a force "
         "needs that many people with a case to answer before its rates are set beside all forces."),
    Term("Funnel plot", "Each force's rate against its number of cases, with limits around the overall rate. "
         "A force outside the 95% limits is worth a look; outside the 99.8% limits, chance alone is an "
         "unlikely explanation. Neither is a verdict."),
)


def unlabelled_values() -> list[tuple[str, str]]:
    """(field, value) pairs of the codebook that have no label: empty when the vocabulary is covered."""
    return [(name, value) for name, values in ALLOWED.items() for value in values
            if value not in LABELS.get(name, {})]
