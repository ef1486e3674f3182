"""The codebook (../shared/CODEBOOK.md) as code: fields, allowed values, force names.

Everything downstream (extraction, validation, the data dictionary, evaluation)
reads its vocabulary from here, so a change to the contract is made once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# --- allowed values -----------------------------------------------------------

TERNARY = ("yes", "no", "not_stated")
YES_NO = ("yes", "no")

ROLES = ("officer", "staff", "special", "unknown")
GRADES = ("gross_misconduct", "misconduct", "no_case", "unknown")
PROCEEDINGS = ("hearing", "accelerated_hearing", "meeting", "none", "not_stated")
LEFT = ("resigned", "retired", "left", "no", "not_stated")
OUTCOMES = (
    "gross_misconduct_proven",
    "misconduct_proven",
    "not_proven",
    "not_held",
    "pending",
    "not_stated",
)
SANCTIONS = (
    "dismissed",
    "would_have_been_dismissed",
    "final_written_warning",
    "written_warning",
    "reduction_in_rank",
    "management_action",
    "rprp",
    "no_further_action",
    "not_stated",
)

#: grades that count as "a case to answer" in the evaluation and the analyses
CASE_TO_ANSWER = ("gross_misconduct", "misconduct")

#: sanctions that are a dismissal, given or a leaver's "would have been" (as the analyses count them and the rules read them)
DISMISSALS = ("dismissed", "would_have_been_dismissed")

#: the subject fields matched as one tuple by the evaluation
SUBJECT_TUPLE = ("grade", "proceedings", "left_before_proceedings", "outcome", "sanction")


@dataclass(frozen=True)
class Field:
    name: str
    dtype: str
    description: str
    values: tuple[str, ...] | None = None
    table: str = "reports"


REPORT_FIELDS: tuple[Field, ...] = (
    Field("title", "str", "First line of the page, encoding repaired, whitespace collapsed."),
    Field("forces", "list[str]", "Canonical names of the police bodies named as subject force, title first, then body."),
    Field("incident_month", "str|null", "YYYY-MM from the trailing 'Month YYYY' of the title."),
    Field("published", "str|null", "YYYY-MM-DD from a 'Published DD Mon YYYY' line."),
    Field("iopc_ref", "str|null", "IOPC reference YYYY/NNNNNN, from the 'IOPC reference' line or the body."),
    Field("tags", "list[str]", "Items of the page's trailing Tags list (or the export's tags column)."),
    Field("criminal_indication", "str", "Did the IOPC see signs that someone serving with the police may have committed a crime (or investigate one as a crime)?", TERNARY),
    Field("cps_referral", "str", "Was a file on a person serving with the police referred to the Crown Prosecution Service?", YES_NO),
    Field("organisational_learning", "str", "Did the summary report organisational learning or recommendations to a force or body?", TERNARY),
)

SUBJECT_FIELDS: tuple[Field, ...] = (
    Field("role", "str", "officer, police staff, special constable, or unknown.", ROLES, "subjects"),
    Field("grade", "str", "Case-to-answer finding as finally settled.", GRADES, "subjects"),
    Field("proceedings", "str", "Disciplinary proceedings decided on or held for this person.", PROCEEDINGS, "subjects"),
    Field("left_before_proceedings", "str", "Whether and how the person left the service before proceedings ended.", LEFT, "subjects"),
    Field("outcome", "str", "Result of the proceedings.", OUTCOMES, "subjects"),
    Field("sanction", "str", "Outcome imposed on the person.", SANCTIONS, "subjects"),
    Field("barred_list", "bool", "The text says the person was or will be placed on the police barred list.", None, "subjects"),
)

ALLOWED: dict[str, tuple[str, ...]] = {
    f.name: f.values for f in REPORT_FIELDS + SUBJECT_FIELDS if f.values is not None
}


# --- forces -------------------------------------------------------------------

CANONICAL_FORCES: tuple[str, ...] = (  # grouped by the kind of body; order carries no meaning
    "National Crime Agency", "Avon and Somerset Constabulary", "Cambridgeshire Constabulary",
    "Cheshire Constabulary", "Civil Nuclear Constabulary", "Cumbria Constabulary", "Derbyshire Constabulary",
    "Durham Constabulary", "Gloucestershire Constabulary", "Hampshire and Isle of Wight Constabulary",
    "Hertfordshire Constabulary", "Lancashire Constabulary", "Norfolk Constabulary", "Suffolk Constabulary",
    "HM Revenue and Customs", "Home Office", "Bedfordshire Police", "British Transport Police",
    "City of London Police", "Cleveland Police", "Devon and Cornwall Police", "Dorset Police",
    "Dyfed-Powys Police", "Essex Police", "Greater Manchester Police", "Gwent Police", "Humberside Police",
    "Kent Police", "Leicestershire Police", "Lincolnshire Police", "Merseyside Police",
    "Ministry of Defence Police", "North Wales Police", "North Yorkshire Police", "Northamptonshire Police",
    "Northumbria Police", "Nottinghamshire Police", "South Wales Police", "South Yorkshire Police",
    "Staffordshire Police", "Surrey Police", "Sussex Police", "Thames Valley Police", "Warwickshire Police",
    "West Mercia Police", "West Midlands Police", "West Yorkshire Police", "Wiltshire Police",
    "Metropolitan Police Service",
)

# Place stems that take a police suffix ("Hampshire Police", "Hampshire
# Constabulary"): every territorial force gets its own place by default.
_STEMS: dict[str, tuple[str, ...]] = {
    "Avon and Somerset Constabulary": (r"Avon\s*(?:and|&)\s*Somerset",),
    "Devon and Cornwall Police": (r"Devon\s*(?:and|&)\s*Cornwall",),
    "Dyfed-Powys Police": (r"Dyfed[\s-]*Powys",),
    "Hampshire and Isle of Wight Constabulary": (r"Hampshire(?:\s*(?:and|&)\s*(?:the\s+)?Isle\s+of\s+Wight)?",),
    "Metropolitan Police Service": (r"Metropolitan", r"Met"),
}


# Forces known by their initials, matched in capitals only ("GMP", never "gmp"); the same list tells a departure "from
# the MPS" from one "from the UK".
_INITIALS: dict[str, str] = {
    "Metropolitan Police Service": "MPS", "British Transport Police": "BTP", "Ministry of Defence Police": "MDP",
    "National Crime Agency": "NCA", "HM Revenue and Customs": "HMRC", "Greater Manchester Police": "GMP",
    "West Midlands Police": "WMP", "South Yorkshire Police": "SYP", "North Yorkshire Police": "NYP",
    "West Yorkshire Police": "WYP", "Thames Valley Police": "TVP",
}
FORCE_INITIALS = tuple(_INITIALS.values())

# Other whole alternative names, matched as they stand. Abbreviations are
# case-sensitive ("the Met", never "the met"); everything else is not
# ("Sussex police" appears in titles).
_ALIASES: dict[str, tuple[str, ...]] = {
    "Metropolitan Police Service": (r"(?-i:(?<=the\s)Met\b(?!\s+(?:Office|with|in|at|on|a|an|the|him|her|them)\b))",),
    "Ministry of Defence Police": (r"(?-i:MoD)\s+Police",),
    "HM Revenue and Customs": (r"(?:HM|Her\s+Majesty['’]s)\s+Revenue\s*(?:and|&)\s*Customs",),
}

# Bodies whose name is not "<place> Police/Constabulary".
_NOT_TERRITORIAL = {
    "City of London Police", "British Transport Police", "Civil Nuclear Constabulary",
    "Ministry of Defence Police", "National Crime Agency", "HM Revenue and Customs", "Home Office",
}

# (no space at all, as in a scraped "Devon and CornwallPolice", is still the force)
_SUFFIX = r"\s*(?:Police(?:\s+(?:Force|Service))?|Constabulary)"
# A Police and Crime Commissioner or Panel, a fire service or the Police
# Federation is not a force.
_NOT_A_FORCE = r"(?!\s+and\s+Crime\b)(?!\s+(?:Fire|Federation)\b)"


def _place(name: str) -> str:
    return re.sub(r" (?:Constabulary|Police|Police Service)$", "", name)


def _alternatives(name: str) -> list[str]:
    alternatives = [re.escape(name).replace(r"\ ", r"\s+")]
    if name not in _NOT_TERRITORIAL:
        stems = _STEMS.get(name, (re.escape(_place(name)).replace(r"\ ", r"\s+"),))
        alternatives += [stem + _SUFFIX for stem in stems]
    initials = [r"(?-i:" + _INITIALS[name] + r"\b)"] if name in _INITIALS else []
    return alternatives + list(_ALIASES.get(name, ())) + initials


# One pass over the text for all forces: a named group per force, the longest
# variant of each first ("Metropolitan Police Service" before "Metropolitan Police").
_GROUP_NAMES = {f"f{i}": name for i, name in enumerate(CANONICAL_FORCES)}
FORCE_PATTERN = re.compile(
    # every name starts with a capital: checking that first skips most positions
    r"(?-i:(?=[A-Z]))(?<![A-Za-z])(?:"
    + "|".join(f"(?P<{key}>" + "|".join(_alternatives(name)) + ")" for key, name in _GROUP_NAMES.items())
    + r")" + _NOT_A_FORCE,
    re.I,
)


def find_forces(text: str) -> list[tuple[int, int, str]]:
    """Every force mention in ``text`` as (start, end, canonical name), in text order."""
    return [(m.start(), m.end(), _GROUP_NAMES[m.lastgroup]) for m in FORCE_PATTERN.finditer(text)]


_TITLE_FORCE_SEGMENT = re.compile(r"\s[-–—]\s(?P<segment>[^-–—]+?)(?:,\s*[A-Za-z]+\.?\s+\d{4})?\W*$")


def fuzzy_title_forces(title: str) -> list[str]:
    """Forces named in a title's ``– Force, Month YYYY`` tail despite a typo.

    Used only when no exact name is found: "Metroplitan Police Service" and
    "South Yorshire Police" are still those forces.
    """
    import difflib

    m = _TITLE_FORCE_SEGMENT.search(title)
    if not m:
        return []
    found: list[str] = []
    lowered = {name.lower(): name for name in CANONICAL_FORCES}
    # a bare place ("West Midlands", "Devon and Cornwall") names its force too
    lowered.update({_place(name).lower(): name for name in CANONICAL_FORCES if name not in _NOT_TERRITORIAL})
    for part in re.split(r",\s*|\s+and\s+(?=[A-Z](?!ornwall))|\s*&\s*(?=[A-Z])", m.group("segment")):
        close = difflib.get_close_matches(part.strip().lower(), list(lowered), n=1, cutoff=0.88)
        if close and lowered[close[0]] not in found:
            found.append(lowered[close[0]])
    return found


def canonical_force(name: str) -> str | None:
    """Map one free-text force label (e.g. an export's Force column) to its canonical name."""
    hits = find_forces(name.strip())
    return hits[0][2] if hits else None


# --- the record as JSON Schema ------------------------------------------------

#: the shape of the codebook's patterned text fields (null allowed), for every validator
FIELD_PATTERNS = {"incident_month": r"^\d{4}-(0[1-9]|1[0-2])$", "published": r"^\d{4}-\d{2}-\d{2}$", "iopc_ref": r"^\d+/\d+$"}


def codebook_json_schema() -> dict:
    """JSON Schema (draft 2020-12) of one codebook record, from the fields above.

    Hand labels are validated against it; extra keys (``id``, ``notes``,
    ``source``) are allowed, as the codebook allows added fields.
    """
    def field_schema(f: Field) -> dict:
        if f.values is not None:
            return {"enum": list(f.values)}
        if f.dtype == "list[str]":
            return {"type": "array", "items": {"type": "string"}}
        if f.dtype == "str|null":
            return {"type": ["string", "null"]}
        if f.dtype == "bool":
            return {"type": "boolean"}
        return {"type": "string", "minLength": 1}

    subject = {"type": "object", "required": [f.name for f in SUBJECT_FIELDS],
               "properties": {f.name: field_schema(f) for f in SUBJECT_FIELDS}}
    properties = {f.name: field_schema(f) for f in REPORT_FIELDS}
    for name, pattern in FIELD_PATTERNS.items():
        properties[name] = {"anyOf": [{"type": "null"}, {"type": "string", "pattern": pattern}]}
    properties["forces"] = {"type": "array", "items": {"enum": list(CANONICAL_FORCES)}, "uniqueItems": True}
    properties["subjects"] = {"type": "array", "items": subject}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "casekit codebook record",
        "type": "object",
        "required": [f.name for f in REPORT_FIELDS] + ["subjects"],
        "properties": properties,
    }
