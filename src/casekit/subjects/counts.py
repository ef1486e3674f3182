"""Counting people: totals served misconduct notices, groups counted without a noun, and the small sentence tests the
resolver uses when it sizes, splits or picks out a group."""
from __future__ import annotations

import functools
import re

from ..alternation import Alternation
from .phrases import _ORDINAL_POSITION, number_of, ORDINALS, Phrase, WHOSE_CASES_WERE_FOR
from .people import Group
from .decisions import _DOWNGRADE_PARTS
from .facts import facts_in, FINDINGS, FORMAL_PROCEEDINGS, FORMAL_SANCTIONS


_TOTAL = re.compile(
    r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(?:police\s+)?officers\s+(?:who\s+[^.]{0,60}?\s+)?(?:were|had\s+been)\s+(?:served|interviewed\s+under\s+misconduct\s+caution|given\s+misconduct\s+notices)"
    r"|\bserved\s+(?P<n2>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(?:police\s+)?officers\s+with\s+(?:misconduct\s+)?notices"
    r"|\binterviewed\s+(?:the\s+)?(?P<n3>two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:police\s+)?officers\s+under\s+(?:misconduct\s+caution|(?:gross\s+)?misconduct\s+notices)"
    r"|\bserved\s+(?:gross\s+)?(?:misconduct\s+)?notices\s+on\s+(?:all\s+|the\s+|each\s+of\s+the\s+)?(?P<n4>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(?:police\s+)?officers\b"
    # ("Five officers had posted in the group, and all five were served with gross misconduct notices")
    r"|\bofficers\b[^.]{0,120}?\ball\s+(?P<n5>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(?:of\s+them\s+)?(?:were|had\s+been)\s+(?:served|given\s+(?:gross\s+)?misconduct\s+notices)"
    # ("Five officers had taken part in the group. All five were served with gross misconduct notices")
    r"|^\W*All\s+(?P<n6>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(?:of\s+them\s+)?(?:were|had\s+been)\s+(?:served|given\s+(?:gross\s+)?misconduct\s+notices)",
    re.I,
)
_TOTAL_PARTS = Alternation(_TOTAL)  # (as _CTA_PARTS; its match is _TOTAL's own, named groups and all)
# a group counted without a noun: "The last two to check on the man", "the four in the van", "The first three to arrive"
_COUNT_WITHOUT_NOUN = re.compile(r"\b(?i:the|those|these)\s+(?i:(?:first|last|other|remaining)\s+)?(?P<n>(?i:two|three|four|five|six))"
                                 r"\s+(?=(?i:to|who|in|on|at)\s)(?!(?i:to\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d)))")
_CONTEXT_COUNT = re.compile(
    r"\b(?P<n>(?i:both|two|three|four|five|six|seven|eight|nine|ten))\s+(?i:of\s+the\s+)?(?:[A-Z][\w-]*\s+){0,3}(?i:police\s+)?(?i:officers|constables)\b"
)


# "attended" with nothing after it: the proceedings the sentence has told of
_BARE_ATTENDED = re.compile(r"\battended\s*[.;]?\s*$", re.I)


# a list of proceedings set off by commas, then what is still to come of all of them: "X for the two PCs, and Y for the
# sergeant, will take place ..."
_NOT_HELD_PART = r"(?:(?!\b(?:attended|held|took|received|given|found|was|were|had)\b)[^,;.])*"
_ALL_STILL_TO_COME = re.compile(r"^\W*(?:" + _NOT_HELD_PART + r"\b(?:hearings?|meetings?)\b" + _NOT_HELD_PART + r",\s*(?:and\s+)?){1,3}"
                                + _NOT_HELD_PART + r"\b(?:hearings?|meetings?)\b" + _NOT_HELD_PART
                                + r",\s+(?:will|are\s+(?:due|yet)\s+to|have\s+yet\s+to)\s+(?:take\s+place|be\s+held)\b"
                                # ("A gross misconduct hearing for PC A and a misconduct meeting for PC B will be arranged once
                                # ...": two joined by "and", no commas)
                                + r"|^\W*" + _NOT_HELD_PART + r"\b(?:hearing|meeting)\s+for\s+" + _NOT_HELD_PART + r"\band\s+(?:a|an)\s+"
                                + _NOT_HELD_PART + r"\b(?:hearing|meeting)\s+for\s+" + _NOT_HELD_PART
                                + r"\s+(?:will|are\s+(?:due|yet)\s+to|have\s+yet\s+to)\s+(?:(?:now\s+)?(?:take\s+place|be\s+(?:held|arranged|scheduled)))\b", re.I)


def _with_the_sentences_proceedings(facts: dict[str, str], sentence: str) -> dict[str, str]:
    """A clause's finding or formal sanction, with no proceedings of its own, came from those its sentence names:
    "One officer resigned before the hearing; the other attended and was dismissed"."""
    if facts.get("proceedings") in FORMAL_PROCEEDINGS and "outcome" not in facts and _ALL_STILL_TO_COME.search(sentence):
        # "Gross misconduct hearings for the two PCs, and a misconduct meeting for the sergeant, will take place once ...":
        # the predicate after the list is every clause's
        return {**facts, "outcome": "pending"}
    if "proceedings" in facts or not (facts.get("outcome") in FINDINGS or facts.get("sanction") in FORMAL_SANCTIONS):
        return facts
    kind = facts_in(sentence).get("proceedings")
    return {**facts, "proceedings": kind} if kind in FORMAL_PROCEEDINGS else facts


def _formal_step(sentence: str) -> bool:
    """Whether the sentence tells of misconduct proceedings, a finding or a formal sanction: only people
    with a case to answer have those."""
    facts = facts_in(sentence)
    return facts.get("proceedings") in FORMAL_PROCEEDINGS or facts.get("outcome") in FINDINGS \
        or facts.get("sanction") in FORMAL_SANCTIONS or bool(_DOWNGRADE_PARTS.search(sentence))


# what may come before a list of names whose facts the next clause gives: "The panel decided that | PC Harland | and PC Obi
# would have been dismissed"
_ONLY_A_LEAD_IN = re.compile(r"\s*(?:(?:the\s+(?:panel|chair)|it)\s+(?:said|found|decided|concluded|ruled|considered)\s+(?:that\s+)?)?", re.I)


def _bare_phrase(lead: re.Match[str]) -> Phrase:
    """A clause's people named by count or position alone, as a phrase of the generic "officer"."""
    which = (lead.group("which") or "").lower()
    # "the other was", one person; "the remaining were", all the rest
    rest = which in ("other", "remaining") and (lead.group("verb") or "").lower() in ("were", "are", "have")
    n = number_of(lead.group("n")) if lead.group("n") else (None if rest else 1)
    return Phrase(start=lead.start("lead"), end=lead.end("lead"), text=lead.group("lead"), head="officer", role="officer",
                  count=n, definite=bool(which), other=which in ("other", "remaining") or which in ORDINALS and which != "first",
                  plural=rest or (n or 0) > 1, bare=True, position=-1 if which == "last" else _ORDINAL_POSITION.get(which))


# a report saying one person was there: "He was the only officer present", "No other officer was involved", "A single officer"
_ONLY_ONE = re.compile(r"\b(?:the\s+only\s+(?:officer|constable|member\s+of\s+staff)|no\s+other\s+(?:officers?|constables?)|a\s+single\s+(?:officer|constable)"
                       r"|(?:was|were)\s+(?:on\s+(?:his|her)\s+own|alone))\b", re.I)
# a group told apart by deed in one sentence: "Two of them had held him face down ...; the third had mocked his speech"
_SPLIT_BY_DEED = re.compile(r"\s*(?P<n>Two|Three|Four)\s+of\s+them\s+(?:had|were)\s+(?P<first>[^;.]{5,200});\s*(?:and\s+)?the\s+"
                            r"(?:third|fourth|fifth|other|last|remaining|(?:other|remaining)\s+(?P<m>two|three))(?:\s+one)?\s+(?:had|was|were)\s+"
                            r"(?P<second>[^;.]{5,200})")
# people told by the level of their case: "the two officers with a case to answer for misconduct", "the two officers
# facing gross misconduct allegations"
# people told by the level they faced: "facing", "who faced", "who were facing" (then the level)
_FACING = r"(?:facing|who\s+(?:faced|were\s+facing))"
# ("the two officers whose cases were for misconduct": the same, said of their cases)
_WITH_A_CASE_AT = re.compile(r"\s+(?:(?:with|who\s+had)\s+(?:a\s+)?case\s+to\s+answer\s+for|" + WHOSE_CASES_WERE_FOR + r"|" + _FACING + r")\s+"
                             # (not "facing misconduct proceedings", the general name for either level's)
                             r"(?P<grade>gross\s+misconduct|misconduct)\b(?!\s+proceedings)", re.I)
# a sentence about some of those just talked about: "Two of them attended their meetings in spring 2024."
_SOME_OF_THEM_AT_PROCEEDINGS = re.compile(r"\s*(?P<n>Two|Three|Four|Five)\s+of\s+(?:them|these|those)\b", re.I)


# what makes a sentence one of proceedings (held, found, or named) or of their results (held, found, sanctioned, left)
_OF_PROCEEDINGS_HELD = frozenset({"held", "outcome", "proceedings"})
_OF_RESULTS = frozenset({"held", "outcome", "sanction", "left"})


def _tells(text: str, facts: frozenset[str]) -> bool:
    """Whether the sentence states any of these facts."""
    return bool(facts & facts_in(text).keys())


def _the_group_of(size: int | None, groups: list[Group]) -> Group | None:
    """The one group of these with that many people ("the three officers"), if exactly one has."""
    sized = [g for g in groups if len(g.members) == size]
    return sized[0] if len(sized) == 1 else None


@functools.lru_cache(maxsize=256)
def _said_to_be_staff_pattern(head: str) -> re.Pattern[str]:
    """"the <head> ..., who is a member of police staff": the words between kept, to check nobody else is named there."""
    return re.compile(r"\b" + re.escape(head) + r"\b(?P<between>[^.;]{0,120}?),\s+(?:who\s+(?:is|was)\s+)?(?:a\s+)?member\s+of\s+"
                      r"(?:the\s+)?police\s+staff\b", re.I)
