"""Subjects: who had a case-to-answer decision, and what followed for each.

Reports describe people in groups ("two of the officers had a case to answer
for misconduct") and then refer back to them ("one resigned before the
meeting", "the other officer attended"). The resolver reads the prose once, in
order:

1. *Decisions* ("X had a case to answer for gross misconduct", "could find
   misconduct for X", "directed the force to hold a gross misconduct hearing
   for X") introduce groups of people or revise an existing group's grade.
2. Every sentence then *refers* to some of the people known so far (by their
   role noun, "both officers", "one of the officers", "the other officer",
   or, failing that, whoever was last talked about), and the *facts* it states
   (proceedings, departure, outcome, sanction, barred list) are recorded for
   them with the sentence as evidence.
3. Conventions from the codebook settle what the text leaves open.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from . import cues
from .alternation import Alternation
from .page import Page, Span

NUMBERS = {
    "a": 1, "an": 1, "one": 1, "another": 1, "single": 1, "two": 2, "both": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "twenty": 20, "pair": 2,
}
_ORDINAL_POSITION = {word: n for n, word in enumerate(
    ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"), start=1)}
ORDINALS = set(_ORDINAL_POSITION)

# Role nouns, longest first so "radio dispatch officer" is not read as "officer".
# role "context": staff where the report speaks of police staff, else unknown.
_HEADS: list[tuple[str, str]] = [
    (r"special\s+constable", "special"),
    (r"members?\s+of\s+(?:the\s+)?police\s+staff", "staff"), (r"members?\s+of\s+staff", "staff"),
    (r"staff\s+members?", "staff"),
    # "the other three members of the chat": people of a group the report is about (officers or staff, as the page says)
    (r"members?\s+of\s+the\s+(?:chat|group|team|unit)", "context"), (r"police\s+staff(?:\s+members?)?", "staff"),
    (r"police\s+community\s+support\s+officer", "staff"), (r"PCSO", "staff"),
    (r"(?:civilian\s+|designated\s+)?detention\s+officer", "staff"), (r"DDO", "staff"), (r"CDO", "staff"),
    (r"(?-i:DO(?=\s+[A-Z]\b))", "staff"),  # "DO A": a detention officer by letter (never the word "do")
    (r"custody\s+(?:assistant|detention\s+officer)", "staff"),
    (r"radio\s+dispatch\s+officer", "context"), (r"RDO", "context"), (r"call\s+handler", "context"),
    (r"dispatcher", "context"), (r"dispatch\s+operator", "context"), (r"radio\s+operator", "context"), (r"control\s+room\s+operator", "context"),
    (r"(?:crime\s+recording|communications?|contact\s+centre)\s+operator", "context"), (r"call\s+(?:taker|operator)", "context"),
    (r"(?:FCR\s+)?supervisor", "context"), (r"co-?ordinator", "context"), (r"SPOC", "context"),
    # control room staff managers, named by their post ("the deployment manager"; not a shop's "duty manager", who may be
    # a member of the public, nor the force incident manager, often an inspector, whom the text calls an officer)
    (r"(?:deployment|resource|control\s+room|communications?|contact\s+management)\s+manager", "context"),
    (r"(?:control\s+room|communications?)\s+(?:team\s+)?leader", "context"),
    # police staff at a station's front counter ("the front counter clerk"; not a court's clerk)
    (r"(?:front\s+(?:counter|desk)|station\s+enquiry|enquiry\s+office)\s+(?:clerk|officer|assistant)", "staff"),
    (r"custody\s+officer", "officer"), (r"custody\s+sergeant", "officer"), (r"police\s+driver", "officer"),
    # only ever a person serving with the police where a case to answer is decided
    (r"driver(?=\s+of\s+the\s+police)", "officer"),
    # "the officer in charge (of the investigation)" is one person, whoever else is "the officer"
    (r"officer\s+in\s+(?:overall\s+)?charge", "officer"), (r"(?-i:OIC)", "officer"),
    (r"police\s+officer", "officer"), (r"firearms\s+officer", "officer"), (r"officer", "officer"),
    (r"police\s+constable", "officer"), (r"constable", "officer"), (r"PC", "officer"),
    (r"(?-i:DC|DS|DI|DCI|PS|Insp)", "officer"),  # rank abbreviations, capitals only ("the DC", "the DS")
    (r"detective\s+(?:chief\s+)?(?:sergeant|inspector|superintendent)", "officer"),
    (r"(?:police\s+|acting\s+)?sergeant", "officer"), (r"(?:police\s+|acting\s+)?(?:chief\s+)?inspector", "officer"),
    (r"(?:chief\s+)?superintendent", "officer"), (r"detective(?:\s+constable)?", "officer"),
    (r"staff", "staff"),  # "three communications staff": a collective noun, counted only when numbered
]


@functools.lru_cache(maxsize=64)
def _head_re(page_heads: tuple[str, ...]) -> re.Pattern[str]:
    # the collective "staff" stays last, so "staff investigator" is read before it
    heads = [h for h, _ in _HEADS if h != "staff"] + [re.escape(h) for h in page_heads] + ["staff"]
    return re.compile(r"(?<![\w-])(?P<head>" + "|".join(f"(?:{h})" for h in heads) + r")(?P<plural>s)?(?![\w-])", re.I)


_HEAD_RE = _head_re(())
# Role nouns a page itself shows to be people serving with the police: only such people can have a
# case to answer, so "We found that the researcher had a case to answer" makes "researcher" one for
# that page. The noun must open its clause ("the officer who arrested the man had a case" is about
# the officer) and be a lower-case word, not someone outside the police.
_PAGE_HEADS: contextvars.ContextVar[tuple[str, ...]] = contextvars.ContextVar("page_heads", default=())
# a lower-case noun opening its clause: "... that the researcher", "In our view the driver"
_CLAUSE_NOUN = (r"(?:(?i:the|a|an)\s+(?:[a-z-]+\s+){0,2}?"
                # ("his colleague had a case to answer", "his two colleagues"; not "his actions")
                r"|(?i:his|her|their)\s+(?:(?i:two|three|four|five|six|other)\s+)?(?=(?:colleague|partner|crewmate|co-worker|counterpart)s?\s))"
                r"(?P<noun>[a-z][a-z-]*[a-z])\s+")
# where a clause naming who had a case opens, and its verb: "that ... had a case to answer", "In our view ... had no case"
_CLAUSE_OPENS = r"(?:^|\bthat\s+|,\s+|\band\s+|\b(?:view|opinion|found|decided|concluded|considered|determined)\s+)"
_HAD_A_CASE = (r"(?:(?:may|might|could|would|did)\s+(?:not\s+)?(?:have\s+)?)?(?:had|has|have)\s+"
               r"(?:a\s+|no\s+)?(?:gross\s+misconduct\s+|misconduct\s+)?cases?\s+to\s+answer\b")
_CLAUSE_SUBJECT_CASE = re.compile(
    _CLAUSE_OPENS + _CLAUSE_NOUN + r"(?<!ly\s)"  # ("In our opinion the passenger had ...")
    r"(?:(?:also|each|both|all|then|therefore)\s+)*" + _HAD_A_CASE)
# "... had a case to answer for gross misconduct and the intelligence researcher a case to answer for misconduct": the
# second of two, with its verb left out
_AND_CLAUSE_SUBJECT_CASE = re.compile(r"\band\s+" + _CLAUSE_NOUN + r"(?:a|no)\s+(?:gross\s+misconduct\s+|misconduct\s+)?case\s+to\s+answer\b")
# "In our view the driver should face a gross misconduct hearing": only someone serving faces one
_CLAUSE_SUBJECT_PROCEEDINGS = re.compile(
    r"(?:^|\bthat\s+|,\s+|\band\s+|\bview\s+)" + _CLAUSE_NOUN +
    r"(?:should|would|will|must)\s+(?:also\s+)?(?:face|attend)\s+(?:a|an)\s+(?:gross\s+)?misconduct\s+(?:hearing|meeting)\b")
# in a vehicle: a page's driver or passenger with a case is police (the known roles decide everyone else)
_VEHICLE_NOUNS = {"driver", "passenger", "co-driver", "observer"}
_MEMBERS_OF_THE_PUBLIC = {"man", "woman", "boy", "girl", "child", "teenager", "person", "people", "complainant", "victim", "caller"}
_NOT_PAGE_HEADS = _MEMBERS_OF_THE_PUBLIC | {
    "family", "public", "force", "police", "service", "constabulary", "department", "team", "unit", "panel", "crew",
    "chair", "investigation", "matter", "allegation", "complaint", "conduct", "remaining", "other",
    "latter", "former", "rest", "majority", "subject", "others",
    # what was done, not who did it ("the officers responsible for the strikes and the prolonged restraint had a case")
    "restraint", "strikes", "strike", "search", "arrest", "pursuit", "custody", "care", "death", "incident", "use",
    "handling", "response", "treatment", "detention", "behaviour", "failure", "failures", "actions", "decision",
}


# the first of two people listed before a case: "that the investigator [and the detective sergeant each had a case]",
# "In our opinion both the investigator [and the sergeant had a case]" (after our words: not "The detainee and ...")
_LISTED_BEFORE = re.compile(r"\b(?:that|decided|found|concluded|considered|opinion|view),?\s+(?:both\s+)?the\s+(?:[a-z]+\s+)?(?P<noun>[a-z]+)\s*$")


# "We found that Ms Lambden had a case to answer": a title and surname the page decides on, so someone serving (police
# staff are called so; a member of the public, "Mr Kettering", is never decided on, so never becomes a person; nor is
# one a court found had no case to answer)
_TITLED_SUBJECT_CASE = re.compile(
    _CLAUSE_OPENS + r"(?P<name>(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)\s+(?:(?:also|then|therefore)\s+)*" + _HAD_A_CASE)
_IN_COURT = re.compile(r"\b(?:judge|court|trial|jury|magistrates?|prosecution|charged|acquitted)\b", re.I)


def page_heads(sentences: list[str]) -> tuple[str, ...]:
    """The page's own words for people serving, beyond the known role nouns: nouns that these sentences say had (or had
    no) case to answer, or should face misconduct proceedings; and names by title ("ms lambden") said to have had one."""
    found: list[str] = []
    for sentence in sentences:
        # (most sentences: quick tests before the slow patterns)
        matches = []
        if "to answer" in sentence:
            if "M" in sentence and not _IN_COURT.search(sentence):
                for m in _TITLED_SUBJECT_CASE.finditer(sentence):
                    name = re.sub(r"\.?\s+", " ", m.group("name").lower())  # ("Mr. Dakin" is Mr Dakin)
                    if name not in found:
                        found.append(name)
            matches = [*_CLAUSE_SUBJECT_CASE.finditer(sentence), *_AND_CLAUSE_SUBJECT_CASE.finditer(sentence)]
        if " face " in sentence or " attend " in sentence:
            matches += _CLAUSE_SUBJECT_PROCEEDINGS.finditer(sentence)
        for m in matches:
            if re.search(r"\bwho\s+$", sentence[:m.start()]) \
                    and _MEMBERS_OF_THE_PUBLIC & set(re.findall(r"[a-z]+", sentence[m.start():m.start("noun")])):
                continue  # ("who found the man unresponsive had a case": a person, then what he was found, is no noun)
            nouns = [(m.group("noun"), m.group(0))]
            listed = _LISTED_BEFORE.search(sentence, 0, m.start()) if m.group(0).startswith("and ") else None
            if listed:
                nouns.append((listed.group("noun"), listed.group(0)))  # ("the investigator and the detective sergeant each had a case")
            for noun, said in nouns:
                noun = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun  # "the researchers"
                if noun not in _NOT_PAGE_HEADS and noun not in NUMBERS and noun not in _DET_WORDS and noun not in _STOP \
                        and not _HEAD_RE.search(said) and noun not in found:
                    found.append(noun)
    if _VEHICLE_NOUNS & set(found):
        # the crew of one car: "the passenger had a case", and "the driver ... would have had a case" is the driver
        found += [noun for noun in ("driver", "passenger") if noun not in found and any(
            re.search(r"\bthe\s+" + noun + r"\b", sentence, re.I) for sentence in sentences)]
    return tuple(found)


@contextlib.contextmanager
def page_vocabulary(heads: tuple[str, ...]):
    """Read phrases with a page's own role nouns as well as the known ones."""
    token = _PAGE_HEADS.set(heads)
    try:
        yield
    finally:
        _PAGE_HEADS.reset(token)
_POSSESSIVE_BEFORE = re.compile(r"\b(?:his|her|their)\s+$", re.I)
# "Sergeant Hale", "PC Rowe": a rank followed by a surname names one known person
_NAME_AFTER = re.compile(r"^\s+(?!(?:Police|Constabulary|Service|Force)\b)[A-Z][a-z'’-]+\b")
# a surname straight after the first name just read ("PC Wynn Aldous"), not a force's name or the next clause's capital
_SURNAME_AFTER = re.compile(r"\s+(?!(?:Police|Constabulary|Service|Force|The|He|She|It|We|They|A|An|And|But|On|In|At|Of)\b)([A-Z][a-z'’-]+(?:['’]s)?)\b(?!(?:\s+[A-Z][\w-]+){0,3}\s+(?:Police|Constabulary|Service)\b)")
_HEAD_ROLES = [(re.compile(f"^(?:{re.sub(r'[(][?]=[^)]*[)]', '', h)})s?$", re.I), role) for h, role in _HEADS]
GENERIC_HEADS = {"officer", "police officer"}
# "the staff member" is whichever member of staff the report is about: the call handler, the DDO
GENERIC_STAFF = re.compile(r"^(?:police\s+)?(?:staff(?:\s+members?)?|members?\s+of\s+(?:the\s+)?(?:police\s+)?staff)$")

# words that pick one person out of a group counted after them ("the last of the three officers", "the younger of the
# two"); "senior" and "junior" only so ("the more senior of the two sergeants"), as elsewhere they describe a rank
_ONE_PICKED_OUT = {"last", "other", "younger", "older", "elder"}
_PICKED_BY_RANK = {"senior", "junior"}
# "the more experienced of the two call handlers", "the least senior of the three": one picked out by a comparison
_COMPARING = ("more", "most", "less", "least")
_COMPARED = re.compile(r"\bthe\s+(?:" + "|".join(_COMPARING) + r")\s+$", re.I)  # (the words just before the adjective)
# one picked out of a group, with the number the group holds
_PICKED_OUT_OF = re.compile(r"\b(?:" + "|".join(sorted(_ONE_PICKED_OUT | _PICKED_BY_RANK | {"first", "second", "third", "fourth"}))
                            + r"|(?:" + "|".join(_COMPARING) + r")\s+[a-z]+)\s+of\s+(?:the|these|those)\s+(?P<n>two|three|four|five|six)\b", re.I)
# "any of the three constables": counted people, who each had none where it is denied that any had a case
_ANY_OF_COUNTED = re.compile(r"any\s+of\s+(?:the|these|those)\s+(?:two|three|four|five|six|seven|eight)\s", re.I)
_DET_WORDS = set(NUMBERS) | ORDINALS | _ONE_PICKED_OUT | {
    "the", "all", "each", "either", "neither", "any", "these", "those", "of", "remaining", "same",
}
_STOP = {
    "had", "has", "have", "was", "were", "is", "are", "be", "been", "that", "which", "who", "and", "or", "for",
    "to", "by", "with", "in", "on", "at", "from", "into", "as", "but", "not", "no", "nor", "could", "would", "may",
    "might", "should", "did", "do", "does", "found", "find", "concluded", "opinion", "view", "agreed", "whether",
    "against", "about", "after", "before", "while", "when", "than", "also", "then", "there", "their", "his", "her",
    "its", "our", "we", "they", "it", "he", "she", "them", "him", "said", "said,", "case", "answer", "investigated",
}


@dataclass
class Phrase:
    start: int
    end: int
    text: str
    head: str
    role: str
    count: int | None
    definite: bool
    other: bool
    plural: bool
    label: str | None = None  # "officer A": the letter the report names one person by
    bare: bool = False  # named by count or position alone, with no noun: "two of them", "the other", "the third"
    position: int | None = None  # for "the third": which of the group, counted from 1 (-1: the last)


def _shifted(phrase: Phrase, offset: int) -> Phrase:
    return replace(phrase, start=phrase.start + offset, end=phrase.end + offset)


# "officer A", "Officer B", "PC C": a capital letter standing for one person's name
_STAFF_NOUN_AFTER = re.compile(r"^\s+(?:investigator|researcher|analyst|worker|employee|supervisor|manager|handler|officer)\b", re.I)
_LETTERS_AFTER = re.compile(r"^\s+[A-Z](?:\s*,\s*[A-Z])*,?\s+and\s+[A-Z]\b(?![\w'’-])")
_LABEL_AFTER = re.compile(r"^\s+([A-Z])(?:(?=['’]s\b)|(?![\w'’-]))(?!\.\w)")  # "Officer B", "Officer B’s"


# ("reduced him in rank to constable")
# (or just before "of constable", a phrase the noun finder may open on the "of")
_RANK_GIVEN = re.compile(r"\b(?:(?:reduced|demoted)\s+(?:(?:him|her|them)\s+)?(?:in\s+rank\s+)?to|returned\s+to\s+the\s+rank\s+of)\s+(?:the\s+rank(?:\s+of)?\s+)?$", re.I)
# "three North Wales Police officers": a number, then a force's name, then the role noun
_FORCE_PREFIX = re.compile(r"\b(?i:the|two|three|four|five|six|seven|eight|nine|ten|both|all|\d+)\s+((?:[A-Z][\w-]*\s+){1,4})$")


def _more_specific_than_officer(text: str) -> bool:
    """'call handler', 'detention officer': a role noun more specific than 'officer'."""
    return not re.fullmatch(r"(?:police\s+)?officer", text.strip(), re.I)


def _head_role(head: str) -> str:
    for pattern, role in _HEAD_ROLES:
        if pattern.match(head):
            return role
    return "unknown"


_RANK_ABBREVIATIONS = {"do": "detention officer", "dc": "detective constable", "ds": "detective sergeant", "di": "detective inspector",
                       "dci": "detective chief inspector", "ps": "sergeant", "insp": "inspector",
                       # ("A police community support officer ... has been dismissed ... the PCSO had a case"): the same
                       "pcso": "police community support officer"}


# "the three officers with a case to answer", "the two who had cases to answer": people already decided on
_WITH_A_CASE = re.compile(r"\s+(?:with|who\s+(?:had|have))\s+(?:a\s+)?cases?\s+to\s+answer\b", re.I)


# what someone had ceased to be, rather than someone new: "he was no longer a serving officer"
_NO_LONGER_A = re.compile(r"\b(?:was|were|is|are)\s+(?:(?:then|now|by\s+then|\w+ly)\s+)?no\s+longer\s+(?:(?:a|an)\s+)?$", re.I)


# a sentence of its own about proceedings just named: "These are still to be arranged.", "It has not yet taken place."
_THOSE_STILL_TO_COME = re.compile(
    r"\s*(?:These|They|This|It|Both|Each)\s+(?:is|are|has|have)\s+(?:still\s+|yet\s+)?(?:to\s+be\s+(?:arranged|held|scheduled|listed|set)"
    r"|not\s+yet\s+(?:been\s+(?:held|arranged|scheduled)|taken\s+place)|yet\s+to\s+take\s+place)\s*[.;]?\s*$")
# ... or said with the arranging: "The MPS has arranged one, but it has not yet been held."
_ARRANGED_NOT_YET_HELD = re.compile(r"\b(?:has|have|had)\s+(?:now\s+)?(?:arranged|scheduled|listed|requested)\s+(?:one|it|them|this)\b[^.;]{0,20}?\b(?:it|they)\s+"
                                    r"(?:has|have)\s+not\s+yet\s+(?:been\s+held|taken\s+place)\b", re.I)
# (the proceedings the last thing named, and none of them held: not "attended a meeting ... and agreed to arrange mentoring")
_PROCEEDINGS_NAMED_LAST = re.compile(r"^(?!.*\b(?:attended|took\s+place|(?:was|were)\s+held|found)\b).*\b(?:meetings?|hearings?)\b[^.;,]{0,40}[.;]?\s*$", re.I)
# a letter given with its holder's place: "the first officer, PC A", "the second constable, Officer D"
_ORDINAL_LETTER = re.compile(r"\b(?P<ordinal>first|second|third|fourth|fifth|sixth)\s+(?:[\w-]+\s+)?(?:officer|constable|PC|sergeant)\s*,\s*"
                             r"(?:PC|Officer|Constable|Sergeant)\s+(?-i:(?P<label>[A-Z]))\b", re.I)


def _chief_rank(head: str) -> bool:
    """Whether a head names a chief's rank ("chief inspector", "detective chief superintendent"), a rank apart from
    the one it contains."""
    return bool(re.match(r"(?:detective\s+)?chief\s+(?:inspector|superintendent)\b", head))


_RANK_WORDS = re.compile(r"\b(?:constable|sergeant|inspector|superintendent|chief)\b")
_RANK_CHANGE = re.compile(r"\b(?:promoted|promotion|(?:acting|temporary)\s+(?:up|rank|sergeant|inspector|superintendent|chief))\b", re.I)


def _other_rank(known: str, said: str) -> bool:
    """Whether two heads name different ranks ("sergeant", "inspector"; "constable", "chief constable")."""
    a, b = _RANK_WORDS.findall(known), _RANK_WORDS.findall(said)
    return bool(a and b) and a != b


def _norm_head(head: str) -> str:
    head = re.sub(r"\s+", " ", head.lower())
    head = re.sub(r"^members\b", "member", head)  # "members of staff" is the plural of "member of staff"
    if head in ("pc", "police constable", "constable"):
        return "constable"  # a rank of its own: "the constable" is not the sergeant
    head = _RANK_ABBREVIATIONS.get(head, head)  # "the DS" is the detective sergeant
    return re.sub(r"^(?:police|acting) (?=sergeant|inspector|chief)", "", head)


def find_phrases(text: str) -> list[Phrase]:
    """Noun phrases naming people serving with the police, with their count (copies: callers may change them)."""
    return [replace(p) for p in _find_phrases(text, _PAGE_HEADS.get())]


def _is_count(word: str) -> bool:
    """'12 officers': a number of people; not a year ("In April 2024 the call handler") nor a "999 call handler"."""
    return word.isdigit() and len(word) <= 2


@functools.lru_cache(maxsize=8192)
def _find_phrases(text: str, heads: tuple[str, ...]) -> tuple[Phrase, ...]:
    clean = re.sub(r"\([^)]*\)", _spaces, text)  # "(RDOs)" repeats its noun
    phrases: list[Phrase] = []
    for m in _head_re(heads).finditer(clean):
        head = m.group("head")
        # walk back over determiners and modifiers: "all four police", "the offender management"
        words = list(re.finditer(r"[A-Za-z0-9'’-]+", clean[:m.start()]))
        start = m.start()
        det: list[str] = []
        mods = 0
        named_by_force = _FORCE_PREFIX.search(clean[:m.start()])
        for w in reversed(words):
            gap = clean[w.end():start]
            if gap.strip():  # punctuation between: the phrase ends here
                break
            word = w.group(0).lower().rstrip("’'s") if w.group(0).lower().endswith(("’s", "'s")) else w.group(0).lower()
            if word in _DET_WORDS or _is_count(word) or word in _PICKED_BY_RANK and det[-1:] == ["of"] \
                    or det[-1:] == ["of"] and w.group(0).isalpha() and w.group(0).islower() \
                    and _COMPARED.search(clean, max(0, w.start() - 12), w.start()) \
                    or word in _COMPARING and det[-1:] and (det[-1] in _PICKED_BY_RANK | _ONE_PICKED_OUT or det[-2:-1] == ["of"]):
                # ("the more senior of the two sergeants", "the more experienced of the two call handlers": one picked
                # out, as "the older of the two" is)
                det.append(word)
                start = w.start()
            elif word not in _STOP and not det and mods < 3 and w.group(0)[0].islower():
                mods += 1
                start = w.start()
            elif not det and w.group(0)[0].isupper() and named_by_force and w.start() >= named_by_force.start(1):
                start = w.start()  # "three North Wales Police officers": the force's name, then the number
            else:
                break
        det.reverse()
        count: int | None = None
        for word in det:
            if word == "of" and count is not None:
                break  # "two of the four officers": two people, out of four
            if word in NUMBERS and word not in ("a", "an") or _is_count(word):
                count = NUMBERS.get(word) or int(word)
        plural = bool(m.group("plural")) or head.lower().startswith("members") or head.lower() == "staff"
        if head.lower() == "staff" and _STAFF_NOUN_AFTER.match(clean[m.end():]) and count is None:
            count, plural = 1, False  # "the staff investigator": one person, "staff" naming their kind
        if count is None and not plural:
            count = 1
        if "of" in det and ("one" in det or det.index("of") and det[det.index("of") - 1] in ORDINALS | _ONE_PICKED_OUT | _PICKED_BY_RANK
                            or det.index("of") > 1 and det[det.index("of") - 2] in _COMPARING):
            # ("one of the two constables", "the first of the two constables", "the last of the three officers", "the
            # other of the two": one person)
            count = 1
            plural = False
        if any(d in ("either", "each", "neither") for d in det) \
                and not (det[0] == "neither" and not m.group("plural") and re.match(r"\s+nor\b", clean[m.end():])):
            # "either officer": every one of them; "each of the two officers": the two
            # (not "neither the sergeant nor the constable": one of a pair, each named)
            count, plural = (count if "of" in det else None), True
        letters = _LETTERS_AFTER.match(clean[m.end():]) if m.group("plural") else None
        if letters:
            # "Officers A and B": officer A and officer B, each named by a letter after its noun
            singular = _norm_head(re.sub(r"s$", "", head))
            for i, letter in enumerate(re.finditer(r"\b[A-Z]\b", letters.group(0))):
                at = m.end() + letter.start()
                phrases.append(Phrase(start=start if i == 0 else at, end=m.end() if i == 0 else at,
                                      text=f"{singular} {letter.group(0)}", head=singular, role=_head_role(head), count=1,
                                      definite=True, other=False, plural=False, label=letter.group(0)))
            continue
        named = not m.group("plural") and bool(_NAME_AFTER.match(clean[m.end():])) and head[0].isupper()
        label = _LABEL_AFTER.match(clean[m.end():]) if not m.group("plural") and head.lower() != "staff" else None
        name = _NAME_AFTER.match(clean[m.end():]) if named else None
        if named or label:
            count, plural = 1, False
        if _RANK_GIVEN.search(clean[:start]):
            continue  # "reduced in rank to constable": the rank given, not a person
        if _CHIEF.search(clean[start:m.end()]) and _DECIDES.match(clean[m.end():]):
            continue  # "the chief constable found ... proven": who decides a special case hearing, not a subject
        # "his colleague", a page's own noun: the one known colleague
        possessed = head.lower() in heads and start == m.start() and bool(_POSSESSIVE_BEFORE.search(clean[:start]))
        # ("PC Wynn Aldous" is PC Aldous: a first name and surname, the surname kept)
        surname = _SURNAME_AFTER.match(clean, m.end() + name.end()) if name else None
        named_as = (surname.group(1) if surname else name.group(0).strip()) if name else None
        phrases.append(Phrase(
            start=start, end=m.end(), text=clean[start:m.end()], head=_norm_head(head.rstrip("s") if head.lower().startswith("members") else head),
            role=_head_role(head) if head.lower() not in heads else ("officer" if head.lower() in _VEHICLE_NOUNS else "context"),
            count=count,
            definite=named or bool(label) or possessed or any(d in ("the", "these", "those", "both", "all", "either", "neither") for d in det),
            # "the third officer" is someone new, not the officer already named
            other="other" in det or "remaining" in det or any(d in ORDINALS and d != "first" for d in det), plural=plural,
            # ("PC Ashby’s case" is PC Ashby)
            label=label.group(1) if label else (re.sub(r"['’]s$", "", named_as) if named_as else None),  # "officer A", "Sergeant Hale"
        ))
    return tuple(_with_bracketed_letters(phrases, text))


# "two other officers (Officers B and C)", "a constable (PC A)": the letters the report calls them by
_BRACKETED_LETTERS = re.compile(r"\s*\((?:(?:the\s+)?(?:[A-Za-z]+\s+){1,2})?(?P<letters>[A-Z](?:\s*(?:,|and|&)\s*[A-Z])*)\)")


# "the custody sergeant (PS Bell)": the name the report calls that one person by
# (a match opens only where a run of spaces does, so a long run of blanked text is crossed once, not from each space)
_TITLES = r"PC|PS|DC|DS|DI|DCI|Sergeant|Inspector|Constable|Detective\s+(?:Constable|Sergeant|Inspector)"
_BRACKETED_NAME = re.compile(r"(?<!\s)\s*+\((?-i:" + _TITLES + r")"
                             r"\s+(?:(?-i:[A-Z])[\w'’-]+\s+)?(?P<name>(?-i:[A-Z])[\w'’-]+)\)")


def _with_bracketed_letters(phrases: list[Phrase], text: str) -> list[Phrase]:
    out: list[Phrase] = []
    for p in phrases:
        m = _BRACKETED_LETTERS.match(text, p.end)
        letters = re.findall(r"[A-Z]", m.group("letters")) if m and not p.label else []
        name = _BRACKETED_NAME.match(text, p.end) if not p.label and p.count == 1 and not p.plural else None
        if name:
            out.append(replace(p, label=name.group("name"), definite=True))  # (a name, as "Sergeant Hale" is labelled)
        elif len(letters) == 1 and p.count == 1 and not p.plural:
            out.append(replace(p, label=letters[0], definite=True))
        elif len(letters) > 1 and (p.count == len(letters) or p.count is None and p.plural):
            singular = re.sub(r"s$", "", p.head)
            out += [replace(p, count=1, plural=False, definite=True, label=letter, head=singular,
                            start=p.start if i == 0 else m.start(), end=p.end if i == 0 else m.start()) for i, letter in enumerate(letters)]
        else:
            out.append(p)
    return out


# --- people -------------------------------------------------------------------

@dataclass(eq=False)  # people are compared by identity: two can have equal facts
class Person:
    role: str
    grade: str
    group: int
    facts: dict[str, str] = field(default_factory=dict)
    barred: bool = False
    evidence: dict[str, list[Span]] = field(default_factory=dict)
    noted: dict[str, object] = field(default_factory=dict)
    split: bool = False
    named: bool = False  # picked out by "the officer who ..."
    remainder: bool = False
    sanctions_seen: list[tuple[int, str, Span]] = field(default_factory=list)  # (offset, sanction, sentence)
    outcome_at: int | None = None  # offset of the sentence that gave the outcome
    proceedings_held: bool = False  # the proceedings recorded were held, not only decided on
    downgraded: bool = False  # gross misconduct taken down to misconduct by an accepted decision
    seq: int = 0  # the order the report introduced people in ("the second officer")
    pronoun: str | None = None  # "m" or "f": how the report spoke of them when it spoke of them alone

    @property
    def has_left(self) -> bool:
        return self.facts.get("left") in DEPARTED

    def forget(self, name: str) -> None:
        """Drop a fact and its evidence, as if never read (what only a proposal gave)."""
        self.facts.pop(name, None)
        self.evidence.pop(name, None)
        self.noted.pop(name, None)

    def note(self, name: str, value, span: Span) -> None:
        if self.noted.get(name, value) != value:
            self.evidence[name] = []  # the value changed: its old sentences no longer justify it
        self.noted[name] = value
        self.evidence.setdefault(name, [])
        if span not in self.evidence[name]:
            self.evidence[name].append(span)


@dataclass(eq=False)
class Group:
    head: str
    role: str
    grade: str
    members: list[Person]
    plural: bool
    decided_at: int = -1
    described_as: str = ""  # "who made the remarks", when the report introduced them so
    disputed_at: int = -1  # a force's "no case to answer" the IOPC had not (yet) accepted
    label: str | None = None  # "officer A": the one person the report calls so
    modifiers: str = ""  # "investigating" in "the investigating officer": what tells this group apart
    introduced_at: int = -1  # the sentence that first named the group: groups decided together share it
    called: str = ""  # the words that introduced it ("the second officer"), lower case
    placed_as: str = ""  # the words that placed it in a roster of those investigated ("the second constable"), lower case

    @property
    def case(self) -> bool:
        return self.grade != "no_case"


# --- decisions ----------------------------------------------------------------

_CTA = re.compile(r"\bcases?\s+(?:to\s+answer\b|(?=for\s+(?:gross\s+)?misconduct\b))"
                  # "should answer a case of gross misconduct", "should answer a misconduct case"
                  r"|\b(?:should|would|must|ought\s+to|had\s+to)\s+(?:also\s+)?answer\s+(?:a|the)\s+(?:(?:gross\s+)?misconduct\s+)?case\b(?!\s+to\b)"
                  # ("... had a case to answer for gross misconduct and that the sergeant had one for misconduct": "one", a case)
                  r"|(?<=\bhad\s)one(?=\s+for\s+(?:gross\s+)?misconduct\b)", re.I)
# (searched by its alternatives, each only where its words appear: the same match, found faster)
_CTA_PARTS = Alternation(_CTA)
# the level said before the noun: "had a gross misconduct case to answer"
_LEVEL_BEFORE = re.compile(r"(?:\b(?P<gm>gross)\s+)?\bmisconduct\s+$", re.I)
_GRADE_AFTER = re.compile(
    r"^\s*(?:should\s+be\s+recorded\s+)?(?:,\s*)?(?:for|in\s+respect\s+of|regarding|in\s+relation\s+to|of)?\s*"
    r"(?:(?:both\s+)?(?P<gm>gross\s+misconduct)|(?P<m>misconduct))",
    re.I,
)
_NEGATIVE_BEFORE = re.compile(
    r"(?:\bno\s*$|\bneither\b[^,;]*$|\bnone\s+of\b[^,;]*$|\b(?:did\s+not|not)\s+find\s+(?:a\s+)?$|\bnot\s+(?:to\s+)?have\s+(?:had\s+)?(?:a\s+)?$|\bdid\s+not\s+have\s+(?:a\s+)?$|\bnot\s+found\s+to\s+have\s+(?:a\s+)?$|\b(?:did\s+not|didn['’]t)\s+(?:find|consider|think|conclude)\s+that\b(?:(?!\band\b)[^,;])*$"
    # ("the force did not think the second officer had a": with no "that", only a short subject between)
    r"|\b(?:did\s+not|didn['’]t)\s+(?:find|consider|think|conclude|believe)\s+(?!(?:it|this|that)\b)(?:[\w'’]+\s+){1,4}?(?:had|has|have)\s+(?:a\s+)?$"
    # ("the officer's driving did not give him a case to answer": what he did gave him none)
    r"|\b(?:did\s+not|didn['’]t|does\s+not|would\s+not)\s+give\s+(?:him|her|them|either\s+of\s+them|any\s+of\s+them)\s+(?:a\s+)?$)", re.I
)
_NEGATIVE_CLAUSE = re.compile(
    r"\b(?:insufficient\s+evidence|could\s+not\s+(?:reasonably\s+)?(?:conclude|find)|disagreed\s+that|no\s+reasonable\s+(?:tribunal|panel)|nor|"
    r"did\s+not\s+(?:agree|accept)\s+that|no\s+evidence\s+upon\s+which"
    # "there was not enough evidence on which a reasonable tribunal could find", "the evidence was not strong enough for"
    r"|not\s+(?:enough|sufficient)\s+evidence\s+(?:(?:on|upon)\s+which|for\s+(?:a|any)\s+(?:reasonable\s+)?(?:tribunal|panel))"
    # ("we did not think there was enough evidence on which a panel could find misconduct")
    r"|(?:did|do|does)\s+not\s+(?:consider|think|believe|find)\s+(?:that\s+)?there\s+(?:was|were|is)\s+(?:enough|sufficient)\s+evidence\s+"
    r"(?:(?:on|upon)\s+which|for\s+(?:a|any)\s+(?:reasonable\s+|properly\s+directed\s+)?(?:tribunal|panel))"
    r"|evidence\s+(?:was|were)\s+not\s+(?:strong\s+enough|sufficient|enough)\s+for\s+(?:a|any)\s+(?:reasonable\s+)?(?:tribunal|panel|misconduct))\b",
    re.I,
)
# "could find gross misconduct in respect of one officer, and misconduct on behalf of two officers"
_COULD_FIND = re.compile(
    r"\b(?:(?:could|would|might|to)\s+(?:have\s+)?(?:find|found|conclude|reach\s+a\s+finding\s+of|make\s+a\s+finding\s+of)|recommended"
    r"|(?P<not>did\s+not\s+find|found\s+no|no\s+finding\s+of))\s+(?:that\s+)?"
    r"(?:the\s+(?:charges?|allegations?)\s+(?:were\s+|was\s+)?prov(?:ed|en)\s+(?:for|as)\s+)?"
    r"(?=(?:gross\s+)?misconduct\b|(?:that\s+)?[^,.;]{0,80}?\s(?:had\s+|has\s+|have\s+)?(?:breached|committed\s+(?:a\s+)?breach|fallen\s+below|fell\s+below)\b)",
    re.I,
)
_PREPOSITION = r"(?:for|against|in\s+respect\s+of|in\s+relation\s+to|on\s+behalf\s+of|on\s+the\s+part\s+of|by|regarding|with\s+regard\s+to)"
# a further part of one opinion, for other people: "...; and for a third officer for ...", ", and in relation to one inspector"
_AGAIN_FOR = re.compile(r"(?:,\s*and|;)\s+(?:and\s+)?(?:also\s+)?" + _PREPOSITION + r"\s+")
_LEVEL_FOR = re.compile(
    r"(?P<grade>gross\s+misconduct|misconduct)(?:\s+or\s+gross\s+misconduct)?\s+" + _PREPOSITION + r"(?:\s+|\s*:\s*)", re.I)
_ACTOR_BREACHED = re.compile(
    r"(?:that\s+)?(?P<who>(?:any\s+of\s+)?[^,.;]{0,80}?)\s+(?:had\s+|has\s+|have\s+)?(?:breached|committed\s+(?:a\s+)?breach|fallen\s+below|fell\s+below)\b", re.I)
_BARE_LEVEL = re.compile(r"(?P<grade>gross\s+misconduct|misconduct)\s*(?:[.;]|$|,\s+(?:and|but|however)\b)", re.I)
# (past the first person's own reason: "gross misconduct for one call handler for grading the call wrongly; and misconduct
# for another call handler for ...")
_LEVEL_CONTINUES = re.compile(r"^(?:\s+(?:for|in\s+(?:respect|relation)\s+(?:of|to)|regarding)\b[^;]*?)?\s*[,;]?\s*(?:and|as\s+well\s+as)\s+(?:a\s+case\s+for\s+)?$", re.I)
# a new clause with its own subject ("Neither the CCTV nor the log explained it, and we found ..."):
# a negative before it is not this clause's
_CLAUSE_EDGE = re.compile(r",\s*and\s+(?=we\b|the\s+(?:force|IOPC|IPCC|investigator)\b|(?:he|she|they)\s+(?:also\s+)?(?:had|has|have)\b)|\band\s+(?=(?:we\s+)?(?:decided|found|concluded|considered)\b)|;|\bbut\b|\bhowever\b|\bwhile\b", re.I)
# where a clause starts: a negative earlier in the sentence ("insufficient evidence ... could find
# misconduct for one officer, and that ... could find misconduct for the other") is not this clause's
_CLAUSE_START = re.compile(r",?\s+and\s+that\b|;|\bbut\b|\bhowever\b|\bwhile\b", re.I)
# our power to direct, used ("used our powers to direct the force to hold a gross misconduct hearing"; not the force's "decided to
# direct the constable to reflective practice")
_OUR_POWERS_TO_DIRECT = (r"(?:(?:used|decided\s+to\s+use)\s+our\s+(?:\w+\s+)?powers?\s+to\s+direct"
                         r"|(?<=we\s)decided\s+to\s+direct(?=[^.]{0,60}?\b(?:hold|convene|arrange)\b))")
_DIRECTED = re.compile(
    # ("we recommended a misconduct meeting for the second PC")
    # ("used our powers to direct the force to hold a gross misconduct hearing")
    r"\b(?:direct(?:ed|ion)|" + _OUR_POWERS_TO_DIRECT + r"|recommend(?:ed|ation))\b[^.]{0,200}?\b(?:to\s+(?:hold|conduct|convene|bring|arrange)\s+(?:a\s+|the\s+)?|that\s+(?:a\s+|the\s+)?|(?:hold|conduct|convene|arrange)\s+(?:a|the)\s+|(?<=recommended\s)a\s+|(?<=directed\s)a\s+)"
    r"(?P<grade>gross\s+misconduct|misconduct)\s+(?P<kind>hearing|meeting|proceedings|panel)"
    r"(?:\s+(?:for|in\s+respect\s+of|against)\s+(?P<rest>[^.;]*))?",
    re.I,
)
# "the person chairing the meeting": the chair, however called (not "the officer chairing the daily risk meeting")
# ("The meeting was held in November. The person chairing it decided ...": the proceedings just named)
_CHAIRING = r"person\s+chairing\s+(?:(?:the|that|this|his|her|their)\s+(?:\w+\s+){0,2}?(?:meeting|hearing)|it)"
_PANEL_VOICE = re.compile(r"\b(?:panels?|chair(?:person|man)?|" + _CHAIRING + r"|at\s+(?:the|a|an|this|that|their|his|her)\s+(?:[\w-]+['’]s\s+|[\w-]+\s+[\w-]+['’]s\s+)?(?:misconduct\s+|gross\s+misconduct\s+)?(?:hearings?|meetings?)|(?:hearings?|meetings?|panel|proceedings)\b[^.;]{0,150}?\bat\s+which(?!\s+(?:point|time|stage|speed)\b)|(?:hearings?|meetings?)\s+(?:\w+ly\s+)?found|outcome\s+of\s+(?:the|that|this)\s+(?:\w+\s+)?(?:hearing|meeting))\b", re.I)
# the statutory test, in our voice: "a reasonable panel could find misconduct", a case to answer, not a panel's finding
_A_PANEL_COULD = re.compile(r"\b(?:a|any)\s+(?:reasonable\s+|properly\s+directed\s+)?(?:misconduct\s+)?panel\b(?:,\s*properly\s+directed,)?\s+(?:could|would|might)\s+(?:reasonably\s+)?find\b", re.I)
# "we agreed with them"; not "we agreed with their determination for the officer who ...", which accepts it for one
_AGREED_WITH_THEM = re.compile(
    r"\b(?:we|IOPC|IPCC)\b[^.]*\b(?:agreed|concurred)\s+with\s+(?:them|the\s+force|their|its)\b(?![^.]*\bfor\s+(?:the|one|one\s+of\s+the)\s+\w+)", re.I)
# (not "We disagreed and recommended a meeting, which the force accepted")
_ACCEPTED = re.compile(r"\b(?:we|IOPC|IPCC)\b(?:(?!\bnot\b|n['’]t\b|\bdisagree)[^.]){0,200}\b(?:agreed|accepted|agree|appropriate)\b|\bwhich\s+we\s+agreed\b|\bwe\s+(?:considered|reviewed)[^.]*\b(?:agreed|appropriate)\b", re.I)
# what overrides a force's disagreement: the IOPC recommending or directing proceedings
_FOLLOWED_UP = re.compile(
    r"\b(?:we|IOPC|IPCC|Commissioner|the\s+Director)\b[^.]{0,200}?\b(?:directed|direction|recommended|recommendation|" + _OUR_POWERS_TO_DIRECT + r")\b"
    r"[^.]{0,200}?\b(?:misconduct|hearing|meeting|proceedings|case\s+to\s+answer)\b", re.I)
# the force accepting our view after disputing it: "After further discussion, Essex Police accepted our findings"
_FORCE_CAME_ROUND = re.compile(r"^(?:(?!\b(?:we|not|n['’]t)\b)[^.])*\b(?:force|Police|Constabulary|(?-i:[A-Z]{2,5}))\s+(?:later\s+|then\s+|subsequently\s+|eventually\s+)?"
                               r"(?:accepted|agreed\s+with)\s+(?:our|the\s+IOPC['’]s)\s+(?:findings?|opinions?|view|conclusions?|assessment)\b", re.I)
_PROCEEDINGS_FOR = re.compile(
    r"\b(?P<grade>gross\s+misconduct|misconduct)\s+(?:meeting|hearing)s?\s+"
    r"(?:(?:was|were|had\s+been|have\s+been)\s+(?:arranged|held|scheduled|organised|convened)\s+)?(?:for|in\s+respect\s+of|against)\s+(?P<rest>[^.;]*)"
    r"|(?P<who>[^.;,]{0,80}?)\b(?:attended|faced|(?:was|were)\s+(?:subject\s+to|referred\s+to|required\s+to\s+attend)|should\s+(?:attend|face)|would\s+(?:attend|face)|(?:is|are)\s+(?:due\s+)?to\s+(?:attend|face)|will\s+(?:attend|face)|should\s+answer\s+(?:the\s+)?allegations?\s+at|(?:would|should|will|to)\s+(?:go|appear)\s+before)\s+"
    r"(?:a|an|the)\s+(?P<grade2>gross\s+misconduct|misconduct)\s+(?:meeting|hearing)"
    r"|\brefer(?:red)?\s+(?P<rest3>[^.;]{0,60}?)\s+to\s+a\s+(?P<grade3>gross\s+misconduct|misconduct)\s+(?:meeting|hearing)", re.I)
_PROCEEDINGS_FOR_PARTS = Alternation(_PROCEEDINGS_FOR)
# a departure said in the noun for one person ("the retired officer"), not of everyone in the sentence
_DEPARTED_NOUN = re.compile(r"\b(?:retired|former)(?=\s+(?:\w+\s+)?(?:officers?|constables?|sergeants?|inspectors?|members?|detention))", re.I)
_REPLACED = re.compile(r"\b(?:rejected|replaced|substituted|overturned|quashed|reduced|instead)\b", re.I)
# the force (anyone but us) not agreeing: "The force disagreed ...", "Kent Police did not accept ..."
_DISAGREEING = r"\b(?:disagreed|did\s+not\s+agree|did\s+not\s+accept)"
_NOT_AGREEING_SRC = r"^(?:(?!\bwe\b)[^.])*" + _DISAGREEING
# the force (not a family or an officer) disagreeing, named or by "It"
# a force by its name: "Kent Police", "Avon and Somerset Constabulary"
_A_FORCE_BY_NAME = r"(?-i:\b(?:[A-Z][\w-]+\s+){1,4}(?:Police|Constabulary))"
_THE_FORCE = r"(?:\bthe\s+force|\bthe\s+MPS|\bthe\s+appropriate\s+authority|^\s*It|" + _A_FORCE_BY_NAME + r")\b"
_THE_FORCE_DISAGREEING = _THE_FORCE + r"(?:(?!\bwe\b)[^.;]){0,80}?" + _DISAGREEING
_DISAGREEING_RE = re.compile(_DISAGREEING + r"\b", re.I)
# the force disputing our case in the sentence that states it: "Kent Police disagreed with our opinion that PC Quill had"
_DISPUTED_OUR_OPINION_THAT = re.compile(_THE_FORCE_DISAGREEING + r"\s+(?:with\s+)?(?:our|the\s+IOPC['’]s)\s+(?:[\w-]+\s+)?"
                                        r"(?:opinion|view|finding|conclusion|assessment)s?\s+that\b", re.I)
# the force's answer, after our case in the same sentence: ", the force did not agree but ..."
_FORCES_VIEW_AFTER = re.compile(r"[,;]\s*(?:but\s+|however\s+)?" + _THE_FORCE_DISAGREEING, re.I)
# how a person a force disagrees about is told: "the sergeant", "both officers", "PS Young"
_ONE_OF_OURS = r"(?:the|both|PC|DC|DS|PS|DI|DCI|Officer|Sergeant|Inspector|Constable|all\s+(?:three|four|five|six|of\s+them)(?!\s+of\s+the\s+others?\b)|each\s+of\s+them)\b"
_FORCE_DISAGREED = re.compile(
    _NOT_AGREEING_SRC + r"\s+(?:with\s+)?(?!all\b)(?:the|our|this|these|that)?\s*(?:[\w’']+\s+){0,3}"
    r"(?:conclusions?|findings?|opinions?|assessment|view|recommendations?)\b"
    # "The force agreed about the detention officer but disagreed about the sergeant" (the force speaking, not a family or
    # an officer disagreeing about an account)
    r"|" + _THE_FORCE_DISAGREEING + r"\s+(?:about|regarding|in\s+respect\s+of)\s+(?=" + _ONE_OF_OURS + r")"
    # ("Hertfordshire Constabulary disagreed with us about both officers": of people, not "about the publication of ...")
    r"|" + _THE_FORCE_DISAGREEING + r"\s+with\s+(?:us|the\s+IOPC)\s+(?:about|regarding|in\s+respect\s+of)\s+"
    r"(?=(?:both|all|each|either|the|PC|DC|DS|Officer|Sergeant)\b[^.;]{0,30}?\b(?:officers?|constables?|sergeants?|inspectors?|detectives?|PCSOs?|handlers?|staff|PC|DC|DS|Officer|Sergeant)\b)"
    # ("The force agreed with us about PS Orton but not about the other three")
    r"|" + _THE_FORCE + r"\s+agreed\b[^.;]{0,80}?\bbut\s+not\s+(?:about|regarding|in\s+respect\s+of)\s+(?="
    + _ONE_OF_OURS + r")"
    # ("About the sergeant, the force did not agree; ...": the one it disagreed about, told first)
    r"|^\s*(?:about|regarding|as\s+for|in\s+respect\s+of)\s+(?=" + _ONE_OF_OURS + r")[^,;.]{1,60},\s*"
    + _THE_FORCE_DISAGREEING, re.I)
_FORCE_DISAGREED_PARTS = Alternation(_FORCE_DISAGREED)  # (the same match, searched only where its words are)
# what the sentence before said, disputed: "disagreed with this", "did not accept that"
_DISAGREED_WITH_THIS = re.compile(_DISAGREEING + r"\s+(?:with\s+)?(?:this|that|it)\b", re.I)
# (or agreeing about some "but not about the other three")
_BUT_NOT_ABOUT = r"\bagreed\b[^.;]{0,80}?\bbut\s+not\s+"
_DISAGREED_ABOUT = re.compile(r"(?:" + _DISAGREEING + r"\s+(?:with\s+(?:us|the\s+IOPC)\s+)?|" + _BUT_NOT_ABOUT + r")"
                              r"(?:about|regarding|in\s+respect\s+of)\s+", re.I)
# "The force agreed.", "Kent Police agreed with us.": a sentence of its own
_FORCE_AGREED_SRC = (r"\s*(?:(?i:the\s+force|it|the\s+(?:MPS|Met))|" + _A_FORCE_BY_NAME + r")"
                     r"(?i:\s+agreed(?:\s+with\s+(?:us|this|our\s+(?:findings?|view|opinion)))?)")
_BARE_FORCE_AGREED = re.compile(_FORCE_AGREED_SRC + r"\s*\.\s*")
# "The force agreed, but decided to deal with it as a performance issue" (or "and decided"): the case agreed, then the
# route chosen, in one sentence
_FORCE_AGREED_BUT = re.compile(_FORCE_AGREED_SRC + r"(?i:\s*,?\s*(?:but|and)\b)")
# the reasons for our finding, told of the person by pronoun: "She had fired the Taser within seconds ..."
_OUR_REASONS = re.compile(r"\W*(?:he|she)\s+(?:had|did\s+not|failed|was)\b", re.I)
# (and "In our view they should have recognised the signs ...": our reasons, then "The force disagreed.")
_OUR_REASONS_DISPUTED = re.compile(_OUR_REASONS.pattern + r"|\W*in\s+our\s+(?:view|opinion),?\s+(?:he|she|they)\s+should\s+have\s+(?!been\b)(?![^.]*\brecommend)", re.I)
# a sentence of its own: "The force disagreed.", "Wiltshire Police did not agree." (a dispute only just after our finding),
# with its reason after it: "..., as it considered the inspector had acted reasonably", "..., saying ...", "...: its view
# was that ..."
_BARE_FORCE_DISAGREED = re.compile(
    # ("After reviewing our report, Surrey Police disagreed.")
    r"\s*(?:(?i:(?:after|having|when|on)\s+(?:reviewing|reading|receiving|considering|seeing|read|reviewed|received|considered)\s+(?:our|the)\s+(?:\w+\s+)?(?:report|findings|opinion|view)),\s*)?"
    r"(?:(?i:the\s+force|it|the\s+MPS|the\s+appropriate\s+authority)|(?:[A-Z][\w-]+\s+){1,4}(?:Police|Constabulary)|(?!(?:CPS|IOPC|IPCC|HSE)\b)[A-Z]{2,5})\s+"
    r"(?i:disagreed|did\s+not\s+agree|did\s+not\s+accept\s+this)(?:\s+with\s+(?:us|this|it))?"
    # (or after a semicolon, the force giving its reason: "...; it said she had acted on the control room's advice")
    # ("Lincolnshire Police did not agree and said the inspector had acted within the rules")
    r"(?:\s*[.;]?|(?i:,\s*(?:as|because|since|saying|stating|arguing|explaining|on\s+the\s+grounds?\s+that)\b|:\s"
    r"|,?\s+and\s+(?:said|considered|felt|thought|believed|argued|explained|stated|maintained|took\s+the\s+view)\b"
    # ("The force disagreed, and after considering its representations we decided not to pursue the matter further")
    r"|,?\s+and\s+(?:(?:after|having)\s+[^,.;]{1,60}?,?\s+)?we\s+(?:\w+\s+){0,2}?(?:decided|chose|agreed)\s+not\s+to\s+"
    r"(?:pursue|take\s+(?:the\s+matter|it|this)\s+further|make\s+a\s+recom|recommend|direct)\b"
    r"|;\s*(?=(?:it|the\s+force)\s+(?:said|considered|felt|thought|believed|argued|explained|stated|took\s+the\s+view)\b))"
    # (a reason about the level is no no-case view: "as it considered the conduct amounted to gross misconduct", "not
    # serious enough to justify dismissal")
    r"(?:(?!(?i:\b(?:gross|dismiss\w*|serious|level|higher|lower|rather)\b))[^.])*\.?)\s*$")
# a sentence on offences only, between a decision and the force's answer to it
# (one finding no offence, and not about the offence the force then disputes: "We also found an indication that he may have
# committed a criminal offence. Surrey Police disagreed, saying the footage did not show an offence.")
_OFFENCE_ASIDE = re.compile(r"\bno\s+(?:indication|evidence)\b[^.]*\boffence|\b(?:did\s+not|does\s+not)\s+(?:indicate|show|suggest)\b[^.]*\boffence"
                            r"|\bthreshold\b[^.]*\bnot\s+(?:been\s+)?(?:met|reached)", re.I)
_OFFENCE_WORD = re.compile(r"\b(?:offences?|criminal)\b", re.I)
# a disagreement we did not pursue: "we decided not to make a recommendation", "we did not direct the force"
# (not a delay or a lower route instead: "... until the trial had concluded", "..., but recommended a misconduct meeting")
_NOT_PURSUED = re.compile(r"\b(?:we|IOPC)\s+(?:\w+\s+){0,2}?(?:decided|chose|agreed)\s+not\s+to\s+(?:make\s+a\s+recom|recommend|direct|pursue)"
                          r"(?![^.]*\b(?:until|but|instead|yet|pending|at\s+this\s+stage|for\s+now)\b)", re.I)
# "We accepted the force's view.", straight after its disagreement (not "... view on the second officer", nor its position
# on waiting for a trial, nor the CPS's decision)
_ACCEPTED_ITS_VIEW = re.compile(r"^\W*we\s+(?:then\s+)?accepted\s+(?:the\s+force['’]s|its)\s+(?:view|reasons)\s*\.?\s*$", re.I)
_DEPARTURE_WORDS = re.compile(r"resign|retire|left|longer|dismiss|ended", re.I)
_A_DEPARTURE = re.compile(r"\b(?:resign\w*|retire\w*|left\s+the\s+(?:force|police|service))\b", re.I)
# ("we did not recommend proceedings"; not "the force did not accept our recommendation", which we made)
_NOT_FOLLOWED = re.compile(r"(?:\bnot|n['’]t)\s+(?:(?!(?:and|but|or|accept\w*|agree\w*|follow\w*)\b)[\w’']+\s+){0,6}?(?:recommend|direct)", re.I)
# (and "we used our powers to direct it to hold a gross misconduct hearing")
_DIRECTED_TO_HOLD = re.compile(r"\b(?:we|IOPC|IPCC)\b[^.]{0,120}?\b(?:direct(?:ed|ion)|(?:used\s+our\s+powers?|decided)\s+to\s+direct)\b(?:[^.]{0,60}?\b(?:hold|convene|arrange|bring)\b"
                               r"|\s+(?:that\s+)?(?:a|an)\s+(?:gross\s+)?misconduct\s+(?:hearing|meeting)\b)", re.I)
_WE_DIRECTED = re.compile(r"\b(?:we|IOPC|IPCC|Commissioner)\b[^.]{0,200}?\b(?:directed|" + _OUR_POWERS_TO_DIRECT + r")\b", re.I)
# "misconduct, rather than gross misconduct": a downgrade of the case, or (said by a panel) a finding
_MISCONDUCT_NOT_GROSS = r"misconduct\s*[(,–—-]?\s*(?:rather\s+than|and\s+not|not|instead\s+of)\s+gross\s+misconduct"
_DOWNGRADE = re.compile(
    r"(?<!gross\s)\bmisconduct\s+only\b|\b(?:treated|dealt\s+with|handled|considered)\s+as\s+misconduct\s+(?:instead|rather\s+than\s+gross)\b|"
    # "should be dealt with at the level of misconduct"
    r"\b(?:treated|dealt\s+with|handled|heard|considered|proceed(?:ed)?)\s+at\s+the\s+level\s+of\s+misconduct\b|\brevised\b[^.]*\bto\s+misconduct\b(?!\s+in\s+public)|"
    # "proposed dealing with the matter as misconduct instead", "... be dealt with at a misconduct meeting instead"
    r"\b(?:deal(?:t|ing)?\s+with|handl(?:e|ed|ing)|treat(?:ed|ing)?|heard)\b[^.]{0,40}?\b(?:as\s+misconduct|at\s+(?:a\s+)?misconduct\s+meetings?)\s+instead\b|"
    r"\b" + _MISCONDUCT_NOT_GROSS +
    # "should face a misconduct meeting rather than a gross misconduct hearing", "proposed a misconduct meeting instead"
    r"|(?<!gross\s)\bmisconduct\s+meetings?\s+(?:rather\s+than|instead\s+of)\s+(?:an?\s+)?gross\s+misconduct\s+hearings?\b"
    r"|\bproposed\s+(?:that\s+[^.]{0,60}?)?(?:an?\s+)?(?<!gross\s)misconduct\s+meetings?\s+(?:instead|rather)\b"
    r"|\bdid\s+not\s+agree\s+that[^.]*\bgross\s+misconduct,?\s+but\s+(?:to\s+|only\s+)?misconduct"
    # "did not agree that the conduct could amount to gross misconduct, and proposed misconduct meetings instead"
    r"|\b(?:did\s+not\s+agree|disagreed)\s+that[^.]*\bgross\s+misconduct\b[^.]*\b(?:proposed|instead|should\s+attend|attend)\b[^.]*(?<!\bno\s)\bmisconduct\s+meetings?\b(?![^.]*\bgross\b)",
    re.I,
)
_DOWNGRADE_PARTS = Alternation(_DOWNGRADE)  # (as _CTA_PARTS)
# "We considered the force's reasons and accepted that a misconduct meeting was appropriate": a lowering only where the
# force had just disputed the gross level (``_accepted_lower_meeting``), and only our acceptance (not the force's own)
_ACCEPTED_LOWER_MEETING = re.compile(r"\bwe\b[^.;]{0,80}?(?<!\bit\s)(?<!force\s)(?<!they\s)(?<!then\s)\baccepted\s+that\s+(?:an?\s+)?misconduct\s+meetings?\s+"
                                     r"(?:was|were|would\s+be)\s+(?:appropriate|proportionate|reasonable)\b", re.I)
# "first suggested it was misconduct rather than gross misconduct, but ... it agreed with our assessment": the
# force's lower level given up in the same sentence
_CAME_ROUND = re.compile(r"\bbut\b[^.]*\b(?:agreed|accepted|concurred)\s+(?:with\s+)?(?:our|the\s+IOPC['’]s)\s+"
                         r"(?:assessment|view|findings?|decision|opinion|determination)\b", re.I)
_TO_NO_CASE = re.compile(
    # ("The force disagreed, saying the failings amounted to practice requiring improvement": not misconduct, in its view;
    # not "disagreed that it was gross misconduct, but rejected the argument that it was practice requiring improvement",
    # "misconduct rather than gross misconduct, and not merely practice requiring improvement")
    _DISAGREEING + r"\b(?:(?!\brejected\b)[^.])*?(?<!\bnot\s)(?<!\bmerely\s)(?<!\bthan\s)(?<!\bjust\s)\bpractice\s+requiring\s+improvement\b|"
    + _DISAGREEING + r"\b[^.]*\b(?:performance|insufficient\s+evidence|no\s+case\s+to\s+answer|learning"
    r"|(?:not|neither|never)\b[^.]{0,60}\b(?:reach|meet|met|cross)\w*\s+(?:the\s+)?(?:threshold|level)\s+(?:for|of)\s+misconduct"
    r"|disciplinary\s+(?:action|proceedings)\s+(?:was|were)\s+(?:required|necessary|needed|warranted))\b"
    r"|\bno\s+case\s+to\s+answer\s+should\s+be\s+recorded\b"
    # "Surrey Police said the sergeant's conduct did not amount to misconduct": the force's view, said in its own sentence
    r"|(?:\bthe\s+force|^\s*It|" + _A_FORCE_BY_NAME + r")\s+(?:said|considered|felt|maintained|argued|believed|took\s+the\s+view)\s+(?:that\s+)?"
    r"[^.]{0,80}?\b(?:did\s+not|does\s+not|didn['’]t)\s+amount\s+to\s+misconduct\b"
    # "did not accept that the sergeant's conduct reached the threshold for misconduct": the negation is the disagreeing
    r"|\b(?:did\s+not|didn['’]t)\s+accept\s+that\b[^.]{0,80}\b(?:reach|met|meet|cross)\w*\s+(?:the\s+)?(?:threshold|level)\s+(?:for|of)\s+misconduct\b"
    # "It did not consider that the constable's conduct reached the threshold", "did not accept that the detention officers'
    # failings amounted to misconduct": the force's view of someone's conduct (not our own "We did not consider ...", nor
    # "did not accept that the handcuffing amounted to misconduct", which names nobody)
    # ("It" or the force by name: "they" may be anyone, a representative or the witnesses)
    r"|\b(?:it|force|Police|Constabulary)\s+(?:did\s+not|didn['’]t)\s+(?:consider|think|believe|agree|accept)\s+that\s+(?:[\w-]+\s+){0,4}?"
    r"(?:\w+['’]s?|his|her|their)\s+(?:\w+\s+)?(?:conduct|actions?|behaviour|failings?|failures?|decisions?|handling|supervision|response)\s+"
    r"(?:(?:reached|met|crossed)\s+(?:the\s+)?(?:threshold|level)\s+(?:for|of)|amounted\s+to|constituted)\s+misconduct\b"
    r"|\brather\s+than\s+(?:as\s+)?misconduct\b(?!\s+(?:proceedings|meetings?|hearings?)\b)"
    # ("this was better dealt with through further training than as misconduct")
    r"|\bbetter\s+(?:dealt\s+with|handled|addressed|resolved)\b[^.]{0,80}?\bthan\s+(?:as\s+|through\s+|by\s+)?(?:a\s+)?misconduct\b"
    r"|\b(?:view|opinion|considered|determined|decided|concluded)\s+(?:was\s+)?that\b(?:(?!\b(?:although|though)\b)[^.])*\b(?:actions?|conduct|behaviour)\s+(?:was|were|did)\s+not\s+(?:amount\s+to|constitute|meet\s+the\s+threshold\s+(?:of|for))\s+(?:gross\s+)?misconduct\b",
    re.I,
)
# the force calling the conduct a performance matter, not agreeing misconduct (the codebook's performance route
# "rather than misconduct"): a no-case view only where the force had not agreed the case, since a force that agreed
# it may still handle it as a performance issue, which the codebook keeps as misconduct
_FORCE_CALLS_IT_PERFORMANCE = re.compile(
    r"\b(?:force|(?!The\s)[A-Z][\w-]+\s+(?:Police|Constabulary)(?!\s+Federation)|MPS|GMP|WMP|appropriate\s+authority|they)\b[^.]{0,60}?"
    # (the force agreeing that it was a performance matter, not we: "Following consultation with Durham Constabulary, we
    # agreed that ... this could be dealt with as a performance matter" is the IOPC's view of a case it had found)
    # (a force that "suggested" the performance route for two of them, and we said yes: its proposal)
    r"\b(?:determined|decided|concluded|considered|felt|believed|(?<!\bwe\s)(?<!representative\s)(?:suggested|proposed)|(?<!\bwe\s)agreed|(?:view|opinion))\s+(?:that\s+)?(?:(?!\bmisconduct\b)[^.]){0,200}?"
    r"\b(?:a\s+matter\s+of\s+(?:poor\s+|unsatisfactory\s+)?performance|(?:poor|unsatisfactory)\s+performance|performance\s+(?:issue|matter)s?"
    # (the words of the performance regulations, or the order turned round: "his performance was unsatisfactory", "a
    # failure to perform ... to a satisfactory standard")
    r"|performance\s+(?:was|had\s+been)\s+(?:unsatisfactory|poor)|(?:inability|failure)\s+to\s+perform\b[^.]{0,60}?\bto\s+a\s+satisfactory\s+standard)\b"
    r"(?![^.]*\bmisconduct\b)", re.I)
# "enough evidence for a panel to find a case to answer": what a panel could find, not its finding
_FOR_A_PANEL_TO_FIND = r"\bfor\s+(?:a|the|any)\s+(?:\w+\s+){0,2}(?:panel|tribunal|meeting|hearing)\s+to\s+(?:find|conclude|decide)\b"
# "a performance issue, through an improvement plan, rather than through misconduct proceedings": the codebook's
# performance route "rather than misconduct", a no-case view only where the force had not agreed the case
_PERFORMANCE_NOT_MISCONDUCT = re.compile(
    r"\b(?:performance\s+(?:issues?|matters?|procedures?|route)|unsatisfactory\s+performance|(?:improvement|development)\s+plan)\b"
    r"[^.]*\bthan\s+(?:as\s+|through\s+|via\s+|by\s+way\s+of\s+)?(?:a\s+|the\s+)?misconduct\b", re.I)
# the force's view, opening on a pronoun for those just talked about: "It considered that her checks were ..."
_ITS_VIEW_OF_THEM = re.compile(r"\W*(?:it|the\s+force|(?:[A-Z][a-z]+\s+)+(?:Police|Constabulary))\s+(?:\w+\s+)?(?:considered|felt|thought|believed|"
                               r"argued|maintained|said|took\s+the\s+view)\s+that\s+(?:he|she|they|his|her|their)\b", re.I)
_PERFORMANCE_VIEW = re.compile(f"(?:{_PERFORMANCE_NOT_MISCONDUCT.pattern})|(?:{_FORCE_CALLS_IT_PERFORMANCE.pattern})", re.I)
# reflective practice "rather than through misconduct proceedings": a no-case view only after the force said it disagreed
# (a force agreeing the case may still choose reflective practice, which the codebook keeps as misconduct)
_NOT_AGREEING = re.compile(_NOT_AGREEING_SRC + r"\b", re.I)
_REFLECTION_NOT_MISCONDUCT = re.compile(r"\breflective\s+practice\b[^.]*\bthan\s+(?:as\s+|through\s+|via\s+|(?:face|facing|attend|attending|go\s+through)\s+)?(?:a\s+|the\s+)?misconduct\b", re.I)
_FORCE_AGREED_CASE = re.compile(r"\bagreed\b[^.]{0,80}\bcases?\s+to\s+answer\b|\bagreed\s+with\s+(?:our|the\s+IOPC['’]s)\s+(?:findings?|opinions?|conclusions?)\b", re.I)
_HYPOTHETICAL = re.compile(r"\breasonable\s+(?:tribunal|panel)|\b(?:could|would|may|might)\s+(?:not\s+)?(?:reasonably\s+|properly\s+)?(?:find|conclude|make\s+(?:that|this|such\s+a|a)\s+finding)\b|" + _FOR_A_PANEL_TO_FIND, re.I)
_PERFORMANCE_ROUTE = re.compile(r"\bperformance\b[^.]{0,40}\b(?:unsatisfactory|issues?|matter|procedure|route)\b|\bunsatisfactory\s+performance\b", re.I)
_BARE_PRONOUN_ACTOR = re.compile(r"(?:^|[;,]\s*(?:and\s+)?(?P<so>(?:so|therefore)\s+)?|\bthat\s+|\b(?:opinion|view)\s+|\b(?:found|decided|concluded|considered|meant|means)\s+)\s*(?:all\s+|each\s+of\s+the\s+|none\s+of\s+the\s+(?=(?:two|three|four|five|six|seven|eight)\s)|the\s+(?:remaining\s+(?=(?:two|three|four|five|six|seven|eight)\s))?|they\s+(?=(?:both|each|all)\s))?(?P<word>one|another|both|each|neither(?:\s+of\s+them)?|none\s+of\s+them|all(?=\s+(?:had|have)\b)|two|three|four|five|six|seven|eight)\s+(?:may\s+|could\s+|also\s+)?(?:had|has|have|was|were)\s*(?:a\s+|no\s+)?$", re.I)
# "The other three had posted ..., and we found each of them had a case": "them" is the sentence's own counted subject
_THE_OTHER_N_OPENING = re.compile(r"\s*The\s+(?:other|remaining)\s+(?P<word>two|three|four|five|six|seven|eight)\s+(?!of\b)(?=[a-z]+ed\b|had\b|were\b)")
# "The fourth had a case", "the remaining one had a case": someone of a counted group, by place (see _level_some_of_the_counted)
_BARE_ORDINAL_ACTOR = re.compile(r"(?:^|[;,]\s*(?:and\s+)?|\bthat\s+)\s*the\s+(?P<word>second|third|fourth|fifth|sixth|other|remaining|last)(?:\s+one)?\s+"
                                 r"(?:also\s+)?(?:had|has|was)\s*(?:a\s+|no\s+)?$", re.I)
# ("we concluded that he had a case", after "... messages to three of the student officers": one person, not those three)
_SINGULAR_PRONOUN_ACTOR = re.compile(r"\b(?:(?:he|she)(?:\s*,\s*too\s*,|\s+too)?\s+(?:(?:may|might|could|would|also|have|did|does|not)\s+)*(?:had|has|have)|(?:him|her))\s+(?:no\s+|a\s+)?$", re.I)
# "..., so she had no case", "..., so he had a case": a consequence about one person (see _the_consequence_is_about)
_ONE_HAD = r"(?:he|she)\s+(?:also\s+)?(?:had\s+(?:no\s+)?|(?:did\s+not\s+have|didn['’]t\s+have)\s+)(?:a\s+)?$"
_SO_ONE_HAD = re.compile(r"[,;]\s*(?:and\s+)?(?:so|therefore)\s+" + _ONE_HAD, re.I)
# "In our view the constable's wording did not amount to misconduct, and she had no case": with the clause opening on
# one person's doing, "and she had" is theirs as "so she had" is (not whoever was talked about last)
_AND_ONE_HAD = re.compile(r"[,;]\s*and\s+" + _ONE_HAD, re.I)
_POSSESSIVE_SUBJECT = re.compile(r"\W*(?:(?:In\s+our\s+(?:view|opinion)|We\s+(?:found|decided|concluded)(?:\s+that)?),?\s+)?"
                                 r"(?:(?i:the)\s+[a-z-]+(?:\s+[a-z-]+)?|(?:PC|PS|DC|DS|Sergeant|Constable|Inspector)\s+[A-Z][\w-]+)['’]s\s")
# a count with its noun implied, after "against" or "for": "against every one of the four", "for each of the three"
_EVERY_ONE_OF_THE = re.compile(r"(?:each|every\s+one|each\s+one|all|both)\s+of\s+(?:the\s+|these\s+|those\s+)?(?P<n>two|three|four|five|six|seven|eight)\b(?!\s+(?:of|[a-z]+s)\b)", re.I)
# ("We did find he had a case", "his conduct gave him a case to answer", "..., so he had a case": a consequence read
# only when it gives a case, as "..., so she had no case" reads well without it)
_PRONOUN_ACTOR = re.compile(r"(?:(?:^|\bthat\s+|[,;]\s*(?:and\s+)?(?:(?:so|therefore)\s+(?=(?:he|she)\s+(?:also\s+)?had\s+a\s+$))?|\b(?:found|decided|concluded|considered|thought|believed|determined|said|meant|means)\s+|\bdid\s+(?:find|decide|conclude|consider)\s+|\b(?:view|opinion)\s+|\bif\s+(?:he|she)\s+(?:were|was|had\s+been)\s+(?:still\s+)?(?:serving|employed|in\s+(?:the\s+)?(?:force|post))\s*,?\s+)(?:he|she|they(?:\s+(?:both|all|each))?)(?:\s*,\s*too\s*,|\s+too)?\s+(?:may\s+|might\s+|could\s+|would\s+)?(?:also\s+)?(?:have\s+)?(?:had|has|have|(?:did|does)\s+not\s+have|(?:didn|doesn)['’]t\s+have)"
                            r"|\b(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:conduct|actions|behaviour)\s+(?:gave|give|gives)\s+(?:him|her|them)"
                            # ("the officer's driving, and his failure to seek authorisation, gave him a case": a subject
                            # closed by its comma)
                            r"|,\s*(?:gave|give|gives)\s+(?:him|her|them)"
                            # ("..., but in our opinion they did give her a case to answer for misconduct")
                            r"|(?:[,;]\s*(?:and\s+|but\s+)?|\b(?:view|opinion),?\s+)(?:they|it|these|this)\s+(?:did\s+)?(?:gave|give|gives)\s+(?:him|her|them))\s*(?:no\s+|a\s+)?$", re.I)
# "the force considered there was therefore no case to answer": about whoever was just talked about
# "had the information been passed on, there would have been a case": a condition that is no departure
_OTHER_CONDITION = re.compile(r"\b(?:had|if)\s+(?:the|this|that|it|they|he|she)\b(?!\s+(?:still\s+)?been\s+serving)(?!\s+(?:not\s+)?(?:retired|resigned|left))", re.I)
# "had he still been serving, there would have been a case": only of someone who left (or said in our own voice)
_HAD_THEY_SERVED = re.compile(r"\bstill\s+(?:been\s+)?serving\b|\b(?:retired|resigned|former)\b|\bleft\s+the\s+(?:force|police|service)\b", re.I)
# the condition of someone who left, naming them: "if the constable were still serving", "had he still been serving"
_IF_STILL_SERVING = re.compile(r"\b(?:if|had)\s+(?P<who>[^,;.]{1,50}?)\s+(?:were|was|had)?\s*(?:still\s+)?(?:been\s+)?(?:still\s+)?serving\b", re.I)
# ("if the officer were still serving, there would be a case to answer": of someone who left)
_THERE_WAS = re.compile(r"\bthere\s+(?:was|were|is|had\s+been|would\s+(?:have\s+)?been|would\s+be)\s+(?:therefore\s+|still\s+|also\s+)?(?:no|a)\s+$", re.I)
# "A case to answer for misconduct was found ...": said of whoever the report is about
_FOUND_AFTER = re.compile(r"^\s*(?:for\s+(?:gross\s+)?misconduct\s+)?(?:was|were|has\s+been|had\s+been)\s+(?:found|identified|upheld)\b", re.I)


def _spaces(match: re.Match[str]) -> str:
    """A match blanked to as many spaces, so offsets into the text stay right."""
    return " " * len(match.group(0))


# ("the call handler, whose grading was wrong, had"; "Superintendent Sykes and Chief Inspector Tate, both of whom retired, had")
_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|whose|(?:both|all|each|neither|none|one|two|three)\s+of\s+whom)\b[^,;]*,")
# ("PS Bell (the custody sergeant) and PC Ray (the arresting officer) had": what each one was, not more people)
_BRACKETED_DESCRIPTION = re.compile(r"(?<=\w)\s*\((?:the|a|an|who|whose)\s[^()]{0,80}\)", re.I)
# a list goes on after the clause: "the inspector, who authorised it, the sergeant, ..."
_LIST_GOES_ON = re.compile(r"\s*(?!and\b)(?:(?:the|a|an)\s|(?-i:[A-Z]))", re.I)


def _blank_relative_clause(clause: re.Match[str]) -> str:
    """The clause blanked; its closing comma kept where the list goes on after it, so "the inspector, who authorised the
    operation, the sergeant, who briefed the team, and PC Quinn" stays a list of three."""
    if _LIST_GOES_ON.match(clause.string, clause.end()):
        return _spaces(clause)[:-1] + ","
    return _spaces(clause)


# "Officer C, the sergeant in charge at the scene, had": the apposition describes the lettered person
_LETTER_APPOSITION = re.compile(r"(\b(?:[Oo]fficers?|PCs?|DCs?|DSs?|[Ss]ergeants?|[Cc]onstables?)\s+[A-Z])(\s*,\s+(?:the|a|an)\s+[^,;()]{1,60},)(?!\s*(?:and|or)\b)")
# "two of the three officers": some of a counted group
# "...; the panel said that the other would have been dismissed": the other person, subject of a clause of their own
# ("..., and the panel said the retired constable would have been dismissed": the one who left, by the word for it)
_THE_OTHER_CLAUSE = re.compile(r"[;,]\s*(?:and\s+)?(?:the\s+(?:panel|chair)\s+(?:said|found|decided|concluded)\s+(?:that\s+)?)?"
                               r"the\s+(?:other|(?:retired|resigned|former)\s+[a-z]+)\s+"
                               r"(?:would|was|were|had|has|received|resigned|retired|left)\b", re.I)
_STILL_SERVING_WHO = re.compile(r"\s+(?:who\s+(?:was|were|is|are)\s+)?still\s+serving\b|\s+who\s+had\s+not\s+(?:resigned|retired|left)\b"
                                r"|\s+who\s+remained\s+(?:serving|in\s+(?:the\s+)?(?:force|service|police))\b"
                                # ("two of those who attended were dismissed": at the hearing, so not gone; not "who
                                # attended the scene")
                                r"|\s+who\s+(?:both\s+|all\s+)?attended(?=\s+(?:it|the\s+(?:hearing|meeting))\b|\s+(?:was|were|had)\b|\s*[,;.])", re.I)
_BY_DEPARTURE_WHO = re.compile(r"\s+who\s+(?:had\s+|has\s+)?(?:since\s+)?(?:resigned|retired|left)\b", re.I)


def _leaving_said(after: str) -> bool | None:
    """What the words after a person say of their leaving: True for "who had retired", False for "who were still
    serving", "who had not resigned", None for nothing."""
    if _BY_DEPARTURE_WHO.match(after):
        return True
    return False if _STILL_SERVING_WHO.match(after) else None
_DID_NOT_ATTEND = re.compile(r"\b(?:did\s+not|didn['’]t)\s+attend\s+(?:the|that|this|her|his|their)\b"
                             r"|\bwhich\s+(?:he|she|they)\s+(?:did\s+not|didn['’]t)\s+attend\b", re.I)  # ("a hearing, which he did not attend")
_REVISING = re.compile(r"\b(?:agreed|accepted|disagreed|downgraded|instead|rather)\b", re.I)
# a force saying what it meant to do: "it intended to deal with him at a misconduct meeting"
_FORCE_INTENDED = re.compile(r"\b(?:force|Police|Constabulary|it)\b[^.]{0,120}\b(?:intended|planned|wanted|wished)\s+to\s+(?:deal|handle|hold|arrange|address)\b", re.I)
# proceedings told as having happened: "The hearing took place in January", "a misconduct meeting was held"
_TOOK_PLACE = re.compile(r"^\W*(?:the|a|an|his|her|their)\s+(?:\w+\s+){0,2}?(?:meeting|hearing)s?\s+(?:\w+\s+){0,3}?(?:took\s+place|went\s+ahead|(?:was|were)\s+held)\b", re.I)
# proceedings about something else: "a meeting over an earlier matter"
_EARLIER_MATTER = re.compile(r"\b(?:earlier|separate|unrelated|another|previous)\s+(?:matter|case|complaint|incident|investigation)\b", re.I)
# the force proposing, not refused or denied: "Staffordshire Police proposed that the case be dealt with at a meeting instead"
# (a proposal refused after it is made is no proposal that stood; "It did not accept our opinion and proposed ..." is one)
_PROPOSING = re.compile(r"^(?!.*\bpropos\w*\b.*\b(?:refused|rejected|declined|did\s+not\s+accept|was\s+not\s+accepted)\b).*\b(?:force|Police|Constabulary|it|they)\b(?:(?!\b(?:representative|Federation|chair|panel|solicitor|barrister|counsel)\b)[^.]){0,200}\bpropos(?:ed|ing|al)\b", re.I)
# some of the group, opening a sentence about their leaving: "Two of them resigned before the hearing"
_SOME_OF_THEM_OPENING = re.compile(r"^\W*(?P<n>two|three|four|five)\s+of\s+them\s+(?=(?:had\s+|have\s+)?(?:resigned|retired|left)\b)", re.I)
# some of the group, named as the object of a finding: "proven for two of them", "against three of them"
# ("against the two who had made the remarks": the count with what they did, no noun)
_FOR_SOME_OF_THEM = re.compile(r"\b(?:for|against|in\s+respect\s+of)\s+(?:(?P<n>two|three|four|five|six)\s+of\s+them\b"
                               r"|the\s+(?P<n2>two|three|four|five|six)\s+(?=who\b))", re.I)
# ("She was found to have committed misconduct by not checking the constable's request": the pronoun opening the sentence
# is its subject, and someone's request named after it is not; "the constable's meeting" still names that one)
_PRONOUN_SUBJECT = re.compile(r"\W*(?:he|she)\s+(?:was|had|has|is|received|attended|admitted|accepted)\b", re.I)
_POSSESSIVE_NOT_PROCEEDINGS = re.compile(r"['’]s\s+(?!(?:[\w-]+\s+)?(?:meeting|hearing|case|proceedings|appeal|finding|sanction)\b)")
# proceedings as the sentence's subject: "The hearing took place in May", "A gross misconduct hearing was held" (not after
# "a reflective practice meeting" or an appeal the sentence before named, which "the meeting" may be)
_OTHER_MEETINGS = re.compile(r"\b(?:meetings?|hearings?|tribunal|appeals?|reviews?)\b", re.I)
_PROCEEDINGS_AS_SUBJECT = re.compile(r"\W*(?:The\s+(?:(?:gross\s+)?misconduct\s+|accelerated\s+(?:misconduct\s+)?|special\s+case\s+)?"
                                     r"|An?\s+(?:gross\s+)?misconduct\s+)(?:hearing|meeting)\b(?![^.]*\bwith\b)")
# a route chosen, not proceedings held: "decided that this should be dealt with at a misconduct meeting"
_ROUTE_AT = re.compile(r"\b(?:should|would|will|must|to|could)\s+be\s+(?:dealt\s+with|heard|considered|handled)\s+(?:as\s+(?:gross\s+)?misconduct\s+)?"
                       r"at\s+(?:a|an)\s+(?:gross\s+)?misconduct\s+(?:meeting|hearing)\b", re.I)


def _without_route(text: str) -> str:
    """The text with any route chosen ("should be dealt with at a misconduct meeting") blanked, for the panel-voice test
    (the cheap test first: every route says "be")."""
    return _ROUTE_AT.sub(" ", text) if "be " in text else text


# our finding repeated for someone else: "We took the same view of the sergeant", "we reached the same conclusion about"
_SAME_VIEW = re.compile(r"\b(?:we|IOPC|the\s+investigator)\s+(?:also\s+)?(?:took|reached|formed|came\s+to)\s+the\s+same\s+(?:view|opinion|conclusion)\s+"
                        r"(?:of|about|in\s+respect\s+of|for|regarding)\s+", re.I)
_SAME_VIEW_PARTS = Alternation(_SAME_VIEW)
# the force's view of another route: "It considered the failings could be addressed through learning"
# (or active: "it said ... that a development plan would address his conduct")
_FORCE_SUGGESTING = re.compile(r"\b(?:force|Police|Constabulary|it|they)\b[^.]{0,200}\b(?:could|should|would|might)\s+(?:instead\s+)?(?:be\s+"
                               r"(?:better\s+|best\s+|more\s+appropriately\s+)?(?:addressed|dealt\s+with|handled|resolved|managed|treated)"
                               r"|(?:address|deal\s+with|resolve|handle)\s+(?:his|her|their|the|this|that)\b)\b", re.I)
# we directing or recommending proceedings: "we directed the force to hold a gross misconduct hearing"
_DIRECTS_PROCEEDINGS = re.compile(r"\b(?:directed|recommended|direction|recommendation)\b[^.]*\b(?:meeting|hearing|proceedings)\b", re.I)
_COLLEAGUE = re.compile(r"\b(?:his|her|their)\s+colleague\b", re.I)
# "he had not reported his concerns about his colleague": the colleague is what "he" acted on; the sentence is his
_HIS_OWN_COLLEAGUE = re.compile(r"\b(?:he|she)\b[^.;]*?\b(?:about|with|to|from|on|for|of|by)\s+(?:his|her)\s+colleague\b", re.I)
# the one just named, by a pronoun as the object of a finding or as who would have been dismissed (not "her account", "her
# two former colleagues", "she would give her reasons")
_THE_ONE_BY_A_PRONOUN = re.compile(r"\b(?:against|for|on)\s+(?:him|her)\b(?!\s+(?!and\b|or\b|in\b|at\b)[a-z])"
                                   r"|\b(?:he|she)\s+would\s+(?:also\s+)?have\s+been\b", re.I)
_EACH_OF_THEM = re.compile(r"\b(?:each|both|all)\s+of\s+them\b", re.I)
_AGAINST_THEM = re.compile(r"\b(?:against|for)\s+(?:them\s+)?(?:both|all|each|them)\b", re.I)
_STILL_TO_COME = re.compile(r"\b(?:are|have)\s+(?:yet|still|not\s+yet)\b|\bhad\s+been\s+(?:arranged|scheduled|listed)\s+but\s+had\s+not\s+yet\b", re.I)  # ("... had been arranged but had not yet been held")
_ALL_OF_THEM = re.compile(r"\b(?:both|each|all|they|them|their)\b", re.I)
_HE_ALSO = re.compile(r"\b(?:he|she)\s+also\b", re.I)
_ALSO_FOUND = re.compile(r"\b(?:we|investigators?|IOPC|IPCC)\s+also\s+(?:found|decided|concluded|considered|were\s+of\s+the\s+(?:view|opinion))\b", re.I)
_SOME_OF_A_GROUP = re.compile(r"(?:one|two|three|four|five|six)\s+of\s+(?:the|these|those)\b", re.I)
# "So did the officer who ...": the sentence before's finding, for another person
_SO_DID = re.compile(r"\W*(?:So|Likewise,?|Similarly,?)\s+did\s+(?=(?:the|a|an|PC|DC|Sergeant|Inspector|Officer)\b)")
# what makes "So did X" something other than X's own case: X agreeing or reporting ("who had reached the same view", "in
# his statement to us", "who led the force's own review"), or the force disputing it in the same sentence
_SO_DID_NOT_A_CASE = re.compile(r"\b(?:view|statement|review|agreed|disagreed|accepted|investigat\w*|report\w*|complain\w*|witness\w*)\b", re.I)
# "The constable, in our view, also had a case": an aside between the person and the verb
_ASIDE = re.compile(r",\s*(?:in\s+our\s+(?:view|opinion)|we\s+(?:decided|found|concluded|considered|believed)|in\s+the\s+(?:IOPC|IPCC)['’]s\s+(?:view|opinion)"
                    # ("the police driver, because of the way he drove, had a case to answer")
                    r"|because\s+of\s+[^,;]{1,120}|given\s+[^,;]{1,120}"
                    # ("four officers, among them the sergeant who set up the group, had a case": one of the four, no other)
                    r"|(?:among|amongst)\s+them\s+[^,;]{1,120}),", re.I)
# "the detention officer who did the checks, each had a": the clause ends where the verb comes
_WHO_BEFORE_BRACKET = re.compile(r"(?<=\w)\s+who\s+(?:(?!\b(?:and|that)\s+(?:the|a|an)\b)[^,;()])*?(?=\s*\()", re.I)
_TRAILING_WHO = re.compile(r"(?<=\w)\s+who\s+[^,;]*,(?=\s+(?:each\s+|both\s+|all\s+|also\s+)?(?:had|has|have|may|might|could|would|should)\b[^,;]*$)", re.I)
# "the sergeant who had supervised the constable that night had a case": a relative clause with no comma to close it,
# running to the verb of the case (or to the person's name in brackets; the spaces taken possessively, since blanked
# text before it may be long runs of them); a clause opening on a reporting verb that names another person ("who
# said the constable had"), or holding one that does ("who reviewed the complaint said the constable had"), is no such
# clause ("who graded the call and found that he had": the pronoun is the one it describes)
# the clause's body, up to the verb of the case (a reporting verb naming another person inside it ends it); it ends on a
# word, so the look-ahead is not tried, and run to the end of a long run of blanked spaces, at each space of it
_REPORTING_PAST = r"said|told|thought|believed|felt|considered|decided|found|agreed|claimed|stated|concluded"
_WHO_CLAUSE_TO_THE_VERB = (r"(?:(?!\b(?:says|" + _REPORTING_PAST + r")"
                           r"\s+(?:that\s+)?(?:the|a|an|PC|DC|PS|DS|Sergeant|Constable|Inspector)\b)[^,;()])*?"
                           r"(?<=\S)(?<!\beach)(?<!\bboth)(?<!\ball)(?=(?:\s*\([^()]*\))?\s++(?:also\s+)?(?:(?:did|does|do|may|might|could|would)\s+(?:not\s+)?(?:also\s+)?)?(?:had|has|have)\s+(?:a\s+|no\s+)?$)")
_WHO_REPORTING = _REPORTING_PAST + r"|says|tells|thinks|believes|feels|accepted|alleged|knew|knows"
_WHO_RUNS_TO_THE_VERB = re.compile(r"(?<=\w)\s+who\s++(?!(?:" + _WHO_REPORTING + r")\b)" + _WHO_CLAUSE_TO_THE_VERB, re.I)
# the same clause opening on a reporting verb: "who found the man unresponsive", "who said nothing to the custody staff";
# told apart from a report of someone else's case ("who decided the constable had") by what follows the verb
_WHO_OPENS_ON_A_REPORTING_VERB = re.compile(r"(?<=\w)\s+who\s++(?:" + _WHO_REPORTING + r")\b(?P<rest>" + _WHO_CLAUSE_TO_THE_VERB + ")", re.I)
_VEHICLE_ROLE = re.compile(r"(?P<who>\b(?:the|this)\s+(?:police\s+)?(?:driver|passenger|co-driver|observer))\s+(?:may\s+|might\s+|also\s+|could\s+)*(?:had|has|have)\s+(?:a\s+|no\s+)?$", re.I)
# "we will decide whether the officer has a case to answer": a question still open, no decision (not our opinion
# that it was "for a panel to decide whether" someone may have a case)
# ("Decisions on whether the officer has a case to answer will be taken later": the same)
_WHETHER_OPEN = re.compile(r"^(?:(?!\b(?:opinion|view)\b)[^.;])*(?:\b(?:will|would|shall|yet\s+to|not\s+yet)\s+(?:decide|determine|consider|assess)"
                           r"|\b(?:decisions?|determinations?)\s+(?:on|about|as\s+to))\s+whether\b"
                           r"(?:(?!\b(?:and|but)\b)[^.;,])*$", re.I)
# "One of the officers with no case to answer ...": one of those found to have none
_WITHOUT_A_CASE_AFTER = re.compile(r"\s+(?:with|who\s+had|found\s+to\s+have)\s+no\s+case\s+to\s+answer\b", re.I)
# (up to a second person with a "who" of their own: "the constable who carried out the search and the sergeant who ...")
_WHO_CLAUSE = re.compile(r",?\s+(?:who|whose)\s+([^,;.]*?)(?=\s+and\s+(?:the|a|an)\s+(?:[\w-]+\s+){1,2}?who\b|[,;.]|$)")
_AUXILIARIES = {"had", "has", "have", "was", "were", "is", "are", "also", "been", "did", "then", "allegedly"}


def _content_words(clause: str) -> list[str]:
    return [w for w in re.findall(r"[a-z]+", clause.lower()) if w not in _AUXILIARIES]


def _stem(word: str) -> str:
    for ending in ("ing", "ed", "es", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[:-len(ending)]
    return word


def _did_what_it_says(modifier: str, described_as: str) -> bool:
    """'the punching officer' is the one introduced as 'the officer who punched the man': the -ing word names the
    verb of the description."""
    words = _content_words(described_as)
    return bool(modifier) and modifier.endswith("ing") and bool(words) and _stem(modifier) == _stem(words[0])


def _grade_of(words: str) -> str:
    """The grade a matched 'gross misconduct' or 'misconduct' names."""
    return "gross_misconduct" if words.lower().startswith("gross") else "misconduct"


def _grade_after(text: str) -> str | None:
    m = _GRADE_AFTER.match(text)
    if not m:
        return None
    return "gross_misconduct" if m.group("gm") else "misconduct"


# after a comma, someone described by "a ..." and then "and" someone else, before the clause's verb: one of a list
_LIST_OF_A_FEW = re.compile(r"(?:a|an)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+and\s+(?:(?:the|a|an)\s|(?-i:[A-Z]))(?:(?!\b(?:and|who|whose|which)\b)[^,;])*$", re.I)


def _last_break(text: str) -> int:
    last = 0
    # ("the inspector on duty that night": a time, no clause; "the sergeant and that detention officer": one of a list)
    for m in re.finditer(r"\bthat\b(?!\s+(?:night|day|morning|afternoon|evening|week|weekend|month|year|shift|time)\b)"
                         r"(?<!\band\sthat)(?<!\band\s\sthat)"
                         r"|\band\s+that\b(?=\s+(?:the|a|an|his|her|their|its|both|all|each|neither|no|there|it|he|she|they|this|these|those|one|two|three|four)\b)"
                         r"|\bwhether\b|;|:|,\s+(?:and\s+)?(?=(?:a|an|one|another)\s)", text, re.I):
        if m.group(0).startswith(",") and _LIST_OF_A_FEW.match(text, m.end()):
            continue  # ("An inspector, a sergeant and a constable had": a list going on, no apposition)
        if re.match(r",\s+and\s", m.group(0)) and _NAMED_IN_APPOSITION_BEFORE.search(text, max(0, m.start() - 80), m.start()):
            continue  # ("a sergeant, PS Yates, and a constable, PC Zeal, each had": the list goes on past the first's name)
        last = m.end()
    return last


# a role and its holder's name set off in commas, ending there: "a sergeant, PS Yates"
_NAMED_IN_APPOSITION_BEFORE = re.compile(r"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}[\w-]+,\s+(?-i:[A-Z][A-Za-z]{0,9}\.?\s+[A-Z][\w'’-]+)\s*$", re.I)
# a case to answer as the second predicate of the clause's subject: "..., and had a"
_SHARED_PREDICATE = re.compile(r",\s+and\s+(?:also\s+)?(?:had|has|have)\s+(?:a\s+)?$", re.I)
_OPENER = re.compile(r"\s*(?:(?:in\s+our\s+(?:view|opinion)|our\s+(?:view|opinion|conclusion)\s+was\s+that|we\s+(?:found|decided|concluded|considered)"
                     r"(?:\s+that)?|the\s+(?:lead\s+)?investigator\s+(?:found|concluded)(?:\s+that)?),?\s*)?", re.I)
_SUBJECT_DOES = re.compile(r"(?:\s*,[^,;]{1,80},)?\s+(?:was|were|had|has|did|failed|should|made|gave|took|acted|did\s+not)\b", re.I)
# ("two of the four had a case to answer": of those just counted)
_OF_THEM = re.compile(r"\b(?P<n>one|two|three|four|five|six|both|all|each)\s+of\s+(?:them|the\s+(?:two|three|four|five|six|seven|eight))\b(?=[^.;]{0,40}$)", re.I)


# jobs police staff hold, whose holders are no officers
_STAFF_JOBS = re.compile(r"\b(?:PCSOs?|police\s+community\s+support|call\s+handlers?|detention\s+officers?|controllers?|dispatchers?|"
                         r"civilian|investigators?\s+employed|custody\s+detention)\b", re.I)
_MORE_WORDS = r"further|more|another|other|additional"
_MORE_PEOPLE = re.compile(r"\b(?:" + _MORE_WORDS + r"|also)\b", re.I)
# more people serving told of: "two further officers", "another constable" (not "more experienced colleagues")
# ("more" or "other" counted: "two more junior colleagues", not "followed more senior colleagues")
_MORE_OF_US = re.compile(r"\b(?:another|further|additional|(?:two|three|four|five|six|some|several)\s+(?:more|other))\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:officers?|constables?|sergeants?|inspectors?|detectives?|PCs?|staff|members?|colleagues?)\b", re.I)
# the force agreeing with all we found: "The force agreed with us.", "Kent Police agreed with our findings." (not "agreed about PC A")
_FORCE_AGREED_ALL = re.compile(r"\bagreed(?:\s+with\s+(?:us|our\s+(?:findings?|opinions?|conclusions?|view)))?\s*[.;]", re.I)
# "another officer, PC Hale,", "a further constable, PC Ince": someone beyond those just talked about, named
_MORE_PEOPLE_JUST_BEFORE = re.compile(r"\b(?:" + _MORE_WORDS + r")\b[^.;]{0,40}$", re.I)
# more people by what is said of them: "PC Vane and PC Webb had a case ... too", "... had a case as well"
_SAID_OF_MORE = re.compile(r"\b(?:too|as\s+well|likewise|similarly)\b", re.I)
_EACH_OF_THE_LIST = re.compile(r"\b(?:each|both|all)\s+(?:\w+\s+){0,4}$", re.I)  # ("... each had a" case to answer)


# a sentence's subject opening it, perhaps after our words of finding: "DC Farrow ...", "The evidence showed DC Farrow ..."
_OPENS_ON_ITS_SUBJECT = re.compile(r"^\W*(?:(?:the\s+(?:evidence|footage|CCTV|records?)|our\s+investigation|we)\s+(?:also\s+)?(?:showed|found|established|noted)\s+(?:that\s+)?)?$", re.I)
# a preposition straight before a person: what follows is its object, never one of a list of people with a case
_OBJECT_OF = re.compile(r"\b(?:towards?|to|of|with|against|about|at|by|from|on|over|into|upon|including|involving|than|between)\s+$", re.I)

# a verb straight before a person, who is its object: "as he had not told the dispatcher that ..." (the one told is not
# the one the sentence is about)
_TOLD_WHOM = re.compile(r"\b(?:told|informed|warned|asked|instructed|ordered|contacted|called|phoned|advised|reminded)\s+$", re.I)

# "four of the officers, namely two constables, a sergeant and an acting sergeant, had": a counted group, then who they were
_COUNTED_THEN_LISTED = re.compile(r"\b(?P<n>two|three|four|five|six)\s+(?:of\s+the\s+|other\s+)?officers\s*,\s*(?:namely\s+|that\s+is\s+)?"
                                  r"(?P<list>[^,;:()]+(?:,\s*[^,;:()]+)*?)\s*,\s*(?:each\s+|all\s+|both\s+)?(?:may\s+|also\s+)?(?:had|have|has)\s+(?:a\s+)?$", re.I)


def _counted_then_listed(before: str, relative: bool = False) -> list[Phrase]:
    """The people of a counted group of officers listed in commas straight after it, when the list gives them all.
    ``relative``: read with the list's "who" clauses still in it, so each person after the first must follow "who ...
    and" ("two officers, a constable who carried out the search and a sergeant who authorised it, had"), not sit inside
    what someone did ("two officers, including a constable who had called a sergeant for advice, had")."""
    m = _COUNTED_THEN_LISTED.search(before)
    if not m:
        return []
    listed = [p for p in find_phrases(before) if m.start("list") <= p.start and p.end <= m.end("list")]
    if relative and any(not re.fullmatch(r"\s*(?:,|and|,\s*and)\s*|\s+who\s+[^,;]{1,80}?\s+and\s+", before[a.end:b.start])
                        for a, b in zip(listed, listed[1:])):
        return []
    if len(listed) < 2 or sum(p.count or 0 for p in listed) != NUMBERS[m.group("n").lower()] \
            or any(p.definite or p.label or p.head in GENERIC_HEADS or p.role != "officer" for p in listed):
        return []
    return listed


def _subjects_of(before: str, cut: int) -> list[Phrase]:
    """The people a 'had a case to answer' is said of: the last person before it, in their own
    clause, and those listed with them ('the detective, the sergeant and the inspector')."""
    if listed := _counted_then_listed(before):
        return listed
    phrases = [p for p in find_phrases(before) if p.end > cut]
    if _SHARED_PREDICATE.search(before) and (not phrases or not _close_enough(before[phrases[-1].end:])):
        # "In our view the call handler, who is police staff, was at fault in grading the call ..., and had a case to
        # answer": the sentence's subject, whose second predicate this is
        everyone = find_phrases(before)
        opening = everyone[:1]
        aside = _SUBJECT_DOES.match(before, opening[0].end) if opening else None
        # (only where nobody else is named between, bar inside the subject's own aside: not "the call handler was not at
        # fault, and PC Hart reviewed the log late, and had a case")
        others = [p for p in everyone[1:] if not (aside and p.end <= aside.end())]
        if opening and not others and _OPENER.fullmatch(before[:opening[0].start]) and aside:
            return opening
    if not phrases or not _close_enough(before[phrases[-1].end:]):
        # "two of them had a case to answer", after "notices on five officers": as "two of the officers"
        them = _OF_THEM.search(before, cut)
        if not them or not _close_enough(before[them.end():]):
            return []
        # ("Three of the officers had written the messages, and we found each of them had a case": officers)
        said = {p.role for p in find_phrases(before[:them.start()]) if p.plural}
        return [Phrase(start=them.start(), end=them.end(), text=them.group(0), head="officer",
                       role=said.pop() if len(said) == 1 and said <= {"officer", "staff"} else "unknown",
                       count=NUMBERS.get(them.group("n").lower()), definite=True, other=False,
                       plural=them.group("n").lower() != "one")]
    chosen = [phrases[-1]]
    # "the officer who pushed the woman and the sergeant each had": past a relative clause of the earlier person's own,
    # where "each", "both" or "all" says the list is of people (not "the sergeant who spoke to the doctor and the
    # inspector had", one person; not an apposition, "the officer who fired, Officer A,")
    each = bool(_EACH_OF_THE_LIST.search(before, phrases[-1].end))
    for p in reversed(phrases[:-1]):
        if _OBJECT_OF.search(before, 0, p.start):
            break  # ("his behaviour towards the two constables, and the sergeant had a case": they are what he did it to)
        gap = _past_letter(p, before[p.end:chosen[0].start])  # ("Officer A and Officer B")
        if p.label and p.end == chosen[0].end:
            gap = ","  # "two other officers (Officers B and C)": one phrase per letter, at the same place
        # ("the custody sergeant and that detention officer": the one just described)
        if not (re.fullmatch(r"\s*(?:,|and|or|nor|,\s*and|as\s+well\s+as)\s*(?:that\s+)?", gap, re.I)
                or each and re.fullmatch(r"\s*who\s+(?!(?:and|or)\b)[^,;]{1,60}?,?\s+(?:and|as\s+well\s+as)\s*", gap, re.I)
                # ("the two officers who searched him and the officer who authorised it had": each told by what they did)
                or _each_told_by_what_they_did(gap, before[chosen[0].end:])
                # ("PC Okafor, who rode in the back, and the driver had": an aside closed by its comma, then the list goes on)
                or re.fullmatch(r"\s*,\s*who\s+(?!(?:and|or)\b)[^,;]{1,80},\s+and\s+", gap, re.I)
                # ("PC Okafor and the van driver, PC Brennan, had": the second named after a description of their own)
                or chosen[0].label and re.fullmatch(r"(?:\s*,\s*who\s+(?!(?:and|or)\b)[^,;]{1,80},)?\s*,?\s*and\s+the\s+(?:[a-z-]+\s+){0,2}[a-z-]+,\s*",
                                                    gap, re.I)):
            break
        chosen.insert(0, p)
    # "the third officer, PC Lisle, had", "the van driver, PC Brennan, had": a name set off in commas after a person
    # is that person's name, not someone else in a list (a list of two would be joined by "and")
    for i in range(len(chosen) - 1, 0, -1):
        first, name = chosen[i - 1], chosen[i]
        ranks = _RANK_WORDS.findall(first.head)
        if ranks and ranks != _RANK_WORDS.findall(name.head) or first.role not in (name.role, "context"):
            # ("the sergeant, PC Lisle, and the inspector": a constable is no sergeant; "the inspector, DCI Hyde, and ...": nor
            # is a chief inspector an inspector; "the detention officer, PC Hyde, and ...": police staff is no constable; a list)
            continue
        if name.label and name.count == 1 and not first.label and first.count == 1 and first.definite and not first.plural \
                and before[first.end:name.start].strip() == "," and re.match(r"\s*,", _past_letter(name, before[name.end:])):
            chosen = chosen[:i - 1] + chosen[i:]
    if len(chosen) > 1:
        # "... and PC Harland, the officer in the case, each had": a description set off in commas after the last person
        # named, where the list has ended (with its "and", or with that name alone), is that person's
        name, described = chosen[-2], chosen[-1]
        joined_before = len(chosen) == 2 or re.search(r"\band\s*$", before[chosen[-3].end:name.start]) is not None
        if name.label and not described.label and described.definite and described.count == 1 and not described.plural \
                and _past_letter(name, before[name.end:described.start]).strip() == "," \
                and re.match(r"(?:\s+(?:in|of|on|for)\s+[^,;.]{1,40})?\s*,", before[described.end:]) \
                and described.role in (name.role, "context") and joined_before:
            chosen = chosen[:-1]
    if len(chosen) > 1 and chosen[0].count and chosen[0].count > 1 and before[chosen[0].end:chosen[1].start].strip() == "," \
            and len(chosen) - 1 <= chosen[0].count and all(p.definite and p.count == 1 and not p.label for p in chosen[1:]) \
            and (_SOME_OF_A_GROUP.match(chosen[0].text) or before[chosen[-1].end:].lstrip().startswith(",")):
        # "two of the three officers, the officer who knelt ... and the officer who ..., had": the list describes the two;
        # where it gives each by a rank of their own ("two of the officers, the constable who ... and the sergeant who
        # ..., had"), the list says who they are
        if sum(p.count for p in chosen[1:]) == chosen[0].count and chosen[0].head in GENERIC_HEADS \
                and all(p.role == "officer" and not _generic(p) for p in chosen[1:]) and len({p.head for p in chosen[1:]}) == len(chosen) - 1:
            return chosen[1:]
        return chosen[:1]
    if len(chosen) > 2 and chosen[0].count and chosen[0].count > 1 and before[chosen[0].end:chosen[1].start].strip() == "," \
            and before[chosen[-1].end:].lstrip().startswith(",") and sum(p.count or 1 for p in chosen[1:]) == chosen[0].count \
            and not any(p.definite for p in chosen[1:]) \
            and (chosen[0].head in GENERIC_HEADS and all(p.role == "officer" for p in chosen[1:])
                 or bool(GENERIC_STAFF.match(chosen[0].head)) and all(p.role in ("staff", "context") for p in chosen[1:])):
        # "three officers, two police constables and a detective constable, had": the list says who the three are
        # (only under a general noun the list's people all are: not "four constables, two sergeants and two inspectors")
        return chosen[1:]
    if len(chosen) == 2 and before[chosen[0].end:chosen[1].start].strip() == "," and before[chosen[1].end:].lstrip().startswith(",") \
            and re.match(r"(?:both|all|each|a|an)\s", chosen[1].text, re.I):
        # "the two call handlers, both members of police staff, had": the second phrase describes the first
        chosen = [_described_by(chosen[0], chosen[1])]
    elif len(chosen) == 1 and re.match(r"(?:a|an)\s", chosen[0].text, re.I) and before[chosen[0].end:].lstrip().startswith(","):
        # "the call handler, a police staff member, had a case" (cut before the apposition): the person it describes,
        # unless that noun is the vaguer one ("a member of staff, a call handler")
        described = [p for p in find_phrases(before[:chosen[0].start])
                     if re.fullmatch(r"\s*" + (re.escape(p.label) if p.label else "") + r"\s*,\s*", before[p.end:chosen[0].start])]
        if described and (not _generic(described[-1]) or described[-1].label):  # ("Officer B, a sergeant, had")
            chosen = [_described_by(described[-1], chosen[0])]
    return chosen


def _who(phrase: Phrase) -> tuple[str, str | None]:
    """A phrase's words past its article, with its letter: "the second call handler" is not "the first call handler"."""
    return re.sub(r"^(?:the|a|an)\s+", "", phrase.text.lower()), phrase.label


def _leaving_told(phrase: Phrase, described: str) -> bool | None:
    """Whether the people a phrase names had left (True) or were serving (False), by what is said of them ("the officer who
    had retired", "the two who were still serving") or by the phrase's own words ("the retired officer", "the two serving
    constables"); None where neither says."""
    said = _leaving_said(described)
    return said if said is not None else _leaving_in_words(phrase)


def _leaving_in_words(phrase: Phrase) -> bool | None:
    """Leaving said in the phrase itself: "the retired officer" (True), "the two serving constables" (False), else None."""
    return True if _THE_DEPARTED.match(phrase.text) else False if re.search(r"\bserving\b", phrase.text, re.I) else None


def _past_letter(phrase: Phrase, gap: str) -> str:
    """The text between a phrase and the next, past the phrase's own letter: "Officers A and B" joins by " and "."""
    if phrase.label and gap.lstrip().startswith(phrase.label):
        return gap.lstrip()[len(phrase.label):]
    # ("PC Rhea Dorn and PC Alf Munro": a first name before the surname the phrase is labelled by)
    named = re.match(r"\s*[A-Z][a-z'’-]+\s+" + re.escape(phrase.label) + r"\b", gap) if phrase.label else None
    # ("The custody sergeant (PS Hale) and ...": the name in brackets)
    named = named or (re.match(r"\s*\([^()]*\b" + re.escape(phrase.label) + r"\)", gap) if phrase.label and len(phrase.label) > 1 else None)
    return gap[named.end():] if named else gap


# (only where the sentence goes on of two or more: "... and the custody sergeant on duty were both served notices"; not
# "the sergeant who spoke to the man and the detention officer about ...", whose "and" is inside the clause)
_SEVERAL_AFTER = re.compile(r"[^.;]{0,80}?\b(?:were|are|have|both)\b", re.I)
# what one person did, told in a who-clause (not "who were", "who had both", said of several)
_WHAT_ONE_DID = r"\s+who\s+(?!(?:were|are|have|had\s+both)\b)[^,;.]{1,80}?"
_PAST_WHAT_THEY_DID = re.compile(_WHAT_ONE_DID + r"\s+and\s+", re.I)
# ("the sergeant who planned the raid and the constable who checked the address": each told by what they did, a list too)
_WHAT_THEY_DID_TOO = re.compile(r",?\s+(?:who|whose)\b", re.I)


# ("the inspector who authorised the pursuit, the sergeant who supervised the control room and the constable who ...": a
# list's comma; the next one's clause follows straight on, as an aside's ", PC Lowe, who" does not)
_PAST_WHAT_THEY_DID_COMMA = re.compile(_WHAT_ONE_DID + r",\s*", re.I)
_LISTED_WHO = re.compile(r"\s+who\b", re.I)


def _each_told_by_what_they_did(between: str, after: str) -> bool:
    """'the sergeant who planned the raid and the constable who checked the address': two people, each with what they
    did (not "the sergeant who briefed the constable", nor the clause's own "and": "who planned it and briefed ...")."""
    return bool(_PAST_WHAT_THEY_DID.fullmatch(between) and _WHAT_THEY_DID_TOO.match(after)
                or _PAST_WHAT_THEY_DID_COMMA.fullmatch(between) and _LISTED_WHO.match(after))


def _joined_run(found: list[Phrase], start: int, text: str) -> list[Phrase]:
    """The phrases from ``found[start]`` on joined by commas or "and" in ``text``: a list of people ("PC Ellery and PC
    Varley", "the custody sergeant, the detention officer and the constable")."""
    run = found[start:start + 1]
    for prev, q in zip(found[start:], found[start + 1:]):
        between = _past_letter(prev, text[prev.end:q.start])
        # ("the detention officer who booked in the bag and the custody sergeant": past what the first one did)
        if not re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", between) and not (
                _PAST_WHAT_THEY_DID.fullmatch(between) and _SEVERAL_AFTER.match(text[q.end:])) \
                and not _each_told_by_what_they_did(between, text[q.end:]):
            break
        run.append(q)
    return run


def _named_in_apposition(listed: list[Phrase]) -> bool:
    """'a third officer, PC Keele': one person, a description with the name beside it."""
    return len(listed) == 2 and not listed[0].plural and not listed[0].label and bool(listed[1].label)


def _described_by(person: Phrase, apposition: Phrase) -> Phrase:
    """'the call handler, a member of police staff': the person, with the role the apposition gives where
    their own noun leaves it open."""
    return replace(person, role=apposition.role) if person.role == "context" else person


def _generic(phrase: Phrase) -> bool:
    """'the officer', 'a member of staff': a noun that says only that someone serves with the police."""
    return bool(GENERIC_STAFF.match(phrase.head)) or phrase.head in GENERIC_HEADS


# a bracket straight after a person: "three of the officers (Officers A, B and C) had a", "two of the officers (both
# of whom had retired) had a": it says more about them, and is no clause of its own
_LEADING_BRACKET = re.compile(r"^\s*\([^()]{1,40}\)")


# a condition set off in commas between a person and their case: ", had he still been serving,"
_STILL_SERVING_ASIDE = re.compile(r"^\s*,\s*(?:had\s+(?:he|she)|if\s+(?:he|she)\s+had)\s+(?:still\s+)?been\s+(?:serving|a\s+(?:serving\s+)?(?:police\s+)?officer)\s*,", re.I)


def _close_enough(gap: str) -> bool:
    """The words between a person and 'case to answer' can be theirs: 'the officer may also have had a'.

    In 'As the sergeant had left the force, all we could make was a finding of a', the sergeant
    belongs to another clause.
    """
    gap = _LEADING_BRACKET.sub("", gap)
    gap = _BRACKETED_NAME.sub("", gap)  # ("the sergeant at the scene (PS Lane) had asked ... and had no": a name, not a clause)
    # ("the detective inspector, had he still been serving, would have had a": past the condition in its commas)
    gap = _STILL_SERVING_ASIDE.sub(" ", gap)
    return not (re.search(r"[,;(]", gap) and len(gap.split()) > 6)


# what joins the items of a list of people: "the sergeant, the constable and the inspector"
_LIST_JOIN = re.compile(r"\s*(?:,|and|,\s*and)\s*")


def _enumeration(text: str) -> int | None:
    """How many people a list names: 'the police constable and sergeant' is two."""
    phrases = find_phrases(text)
    best, run = 0, 0
    for i, phrase in enumerate(phrases):
        joined = i and _LIST_JOIN.fullmatch(_past_letter(phrases[i - 1], text[phrases[i - 1].end:phrase.start]))  # ("PC Garrow and PC Linthwaite")
        run = run + 1 if joined and phrase.count == 1 and phrases[i - 1].count == 1 else (1 if phrase.count == 1 else 0)
        best = max(best, run)
    return best if best >= 2 else None


def _listed_one_by_one(text: str) -> list[str]:
    """The ranks of a list naming people by rank, each person once: 'the sergeant and the inspector' is ["sergeant",
    "inspector"], 'a sergeant and two constables' ["sergeant", "constable", "constable"] (not "the officers and the
    sergeant", nor a list with a plain "officer" in it)."""
    phrases = find_phrases(text)
    best: list[Phrase] = []
    run: list[Phrase] = []
    for i, phrase in enumerate(phrases):
        between = _past_letter(phrases[i - 1], text[phrases[i - 1].end:phrase.start]) if run else ""
        joined = bool(run) and bool(_LIST_JOIN.fullmatch(between) or _each_told_by_what_they_did(between, text[phrase.end:]))
        counted = phrase.count is not None and 1 <= phrase.count <= 4 and (phrase.count == 1) != phrase.plural
        run = (run + [phrase] if joined else [phrase]) if counted else []
        best = run if len(run) > 1 and sum(p.count for p in run) > sum(p.count for p in best) else best  # (a list: two or more)
    # (a rank with a name counts as its rank: "an inspector, a sergeant and PC Khan")
    if not best or any(p.head in GENERIC_HEADS or p.label and len(p.label) < 2 or p.role not in ("officer", "staff") for p in best):
        return []
    total = sum(p.count for p in best)
    if any(p not in best and not (p.head in GENERIC_HEADS and p.count == total) for p in phrases):
        return []  # (part of a longer list, or beside others: "five officers: two constables ..., a sergeant and an inspector")
    return [p.head for p in best for _ in range(p.count)]


# ("interviewed the sergeant and the inspector under misconduct caution", "served notices on"; not "interviewed as
# witnesses", "were not under investigation")
_INVESTIGATED = re.compile(r"^(?!.*\b(?:witness\w*|not\s+under|(?:not|neither\s+of\s+whom\s+was|none\s+of\s+whom\s+was)\s+(?:being\s+)?investigated)\b)"
                           r".*\b(?:misconduct|notices?|caution|interview\w*|investigat\w*)\b", re.I)


# ("We investigated the detective constable's handling ...": the verb itself, not a notice or caution, names whom)
_WE_INVESTIGATED = re.compile(r"\binvestigat\w*\b", re.I)


# what investigators gathered besides questioning those investigated: statements, accounts, records
_GATHERED = r"took|obtained|spoke|gathered|reviewed|examined"
_CLAUSES_OF_A_LIST = re.compile(r";|,\s*(?:and\s+)?(?=(?:" + _GATHERED + r"|interviewed|served|questioned)\b)", re.I)
# (a clause of what was gathered is the witnesses' and the records', never the list of those investigated)
_WITNESS_CLAUSE = re.compile(r"\s*(?:" + _GATHERED + r")\b", re.I)
# a group counted, then who they were: "four officers: a sergeant and three constables", "Four officers – the two constables, ..."
_ROSTER_AFTER_COUNT = re.compile(r"\b(?:two|three|four|five|six)\s+(?:police\s+)?(?:officers|members\s+of\s+staff|staff)\s*(?::|\s[–-])\s", re.I)
_THE_GROUP_OF_OFFICERS = re.compile(r"\b(?:both|all|the\s+(?:two|three|four|five|six))\s+(?:\w+\s+)?officers\b", re.I)


def _first_case_word(text: str) -> int:
    """Where a decision sentence's own people begin to be decided on: the text before names those listed first."""
    m = _THE_GROUP_OF_OFFICERS.search(text)
    return m.start() if m else len(text)


def _actors_list(text: str) -> list[Phrase]:
    """People listed at the start of ``text``: 'both the officer and the custody officer ...'."""
    phrases = find_phrases(text)
    chosen: list[Phrase] = []
    position = 0
    for p in phrases:
        gap = text[position:p.start]
        if chosen and not re.fullmatch(r"\s*(?:,|and|or|,\s*and|as\s+well\s+as)\s*", gap, re.I):
            break
        if not chosen and re.search(r"[,;]|\b(?:who|which|for|to)\b", gap):
            break
        if chosen and gap.strip() == "," and re.match(r"(?:a|an)\s", p.text, re.I) and chosen[-1].definite \
                and re.match(r"\s*(?:[,.;]|who\b|$)", text[p.end:]):
            # "the detention officer, a member of police staff, who ...", "against the call handler, a member of police
            # staff.": describes the person before it
            chosen[-1] = _described_by(chosen[-1], p)
            position = p.end
            continue
        chosen.append(p)
        position = p.end
    return chosen


def _people_of_further_parts(text: str, start: int = 0) -> list[Phrase]:
    """The people of each further part of one opinion from ``start`` on ("...; and for a third officer for ...", ", and in
    relation to one inspector for ..."), placed in ``text``."""
    return [_shifted(p, again.end()) for again in _AGAIN_FOR.finditer(text, start) for p in _actors_list(text[again.end():])]


@dataclass
class Decision:
    phrases: list[Phrase]
    grade: str  # gross_misconduct / misconduct / unknown / no_case
    positive: bool
    bare: str | None = None  # "one" / "another": a person whose noun is implied
    implicit: bool = False  # "this may be considered misconduct": about whoever was just talked about
    exclusive: bool = False  # "only the detective constable had a case": the others decided with them had none
    nobody: bool = False  # "no officer or staff member had a case": nobody new, and no number to count
    singular: bool = False  # "he had a case": one person, never a group named last
    of_counted: bool = False  # "against every one of the four": the number counts people only if people were so counted
    they: bool = False  # "they each had a case": a pronoun, so, with nobody told apart, whoever was just talked about


def _blank_who_running_to_the_verb(text: str) -> str:
    """'the sergeant who had supervised the constable that night had a case': the relative clause blanked, where a person
    is named just before its "who" and it is the only one (a list of people each told by a "who" clause is read as a
    list, by _each_told_by_what_they_did; and "the officer who pushed her and the sergeant each had" is two, by the
    "each" that _subjects_of reads)."""
    who = _WHO_RUNS_TO_THE_VERB.search(text) or _who_reporting_plainly(text)
    if who is None or len(re.findall(r"\bwho\b", text, re.I)) > 1 or not any(p.end == who.start() for p in find_phrases(text[:who.start()])):
        return text
    return text[:who.start()] + _blank_trailing_who(who) + text[who.end():]


# what may follow the person a reporting verb names and still leave that person the one the case is about ("who decided
# the constable on duty had"; not "who found the constable in the cell block", a place)
_PERSON_ONLY_BEFORE_THE_VERB = re.compile(r"\s*+(?:(?:on\s+duty|at\s+the\s+time|that\s+(?:day|night|evening|morning))\s*+)?$", re.I)


def _who_reporting_plainly(text: str) -> re.Match[str] | None:
    """'the custody sergeant who found the man unresponsive had', 'the constable who said nothing to the custody staff
    had': a "who" clause opening on a reporting verb used plainly; not where the verb reports a person's case ("who
    found that the constable had", "who decided the constable on duty had": the person named after it is whom the case
    is about)."""
    who = _WHO_OPENS_ON_A_REPORTING_VERB.search(text)
    if who is None:
        return None
    rest = re.sub(r"^\s*that\b", "", who.group("rest"))
    named = find_phrases(rest)[:1]
    if named and not rest[:named[0].start].strip() and _PERSON_ONLY_BEFORE_THE_VERB.match(rest[named[0].end:]):
        return None
    return who


def _blank_trailing_who(who: re.Match[str]) -> str:
    """A trailing "who ..." clause blanked; where it runs on over "and" to a second person with a "who" clause of their
    own ("the constable who carried out the search and the sergeant who authorised it, had"), that person is kept."""
    inner = who.group(0)
    for join in re.finditer(r"\s+and\s+(?=(?:the|a|an)\s)", inner):
        second = find_phrases(inner[join.end():])[:1]
        if second and second[0].start == 0 and not second[0].plural and re.match(r"\s+who\s", inner[join.end() + second[0].end:]):
            kept = join.end() + second[0].end
            return " " * join.start() + inner[join.start():kept] + " " * (len(inner) - kept)
    return " " * len(inner)


# what was just told amounting to a case: "Our view was that this amounted to a case to answer for misconduct", "that his
# actions amounted to a case to answer": whoever was just talked about
_THIS_AMOUNTED_TO = re.compile(r"(?:^\W*|\bthat\s+|\b(?:view|opinion),?\s+)(?:this|these|it|(?:his|her|their)\s+(?:[\w-]+\s+)?(?:conduct|actions?|failings?|failures?|behaviour|decisions?))"
                               r"\s+(?:also\s+)?(?:amounted|amounts|would\s+amount|could\s+amount)\s+to\s+(?:a\s+)?$", re.I)


def _whose_failures_meant(as_written: str, bare: re.Match[str] | None) -> list[Phrase]:
    """'DS Kaur's failure to ..., and DC Webb's failure to ..., meant each had a case': the people whose failures the
    sentence named, as many as its word counts (read as written: the asides blanked before may hold one of them)."""
    if not bare or not re.match(r"(?:meant|means)\b", bare.group(0), re.I):
        return []
    named = [p for p in find_phrases(as_written[:bare.start()]) if (p.label or p.definite) and p.count == 1 and not p.plural
             and re.match(r"(?:\s+[A-Z][\w-]*){0,2}['’]s\s", as_written[p.end:])]
    word = bare.group("word").lower()
    wanted = len(named) if word in ("each", "all") else 2 if word == "both" else NUMBERS.get(word)
    return named if len(named) > 1 and len(named) == wanted else []


# a bare word said by pronoun or "all" ("they each had", "none of them had", "all had"): with nobody told apart, whoever
# was just talked about
_BY_PRONOUN_OR_ALL = re.compile(r"\b(?:they\s+\w+|none\s+of\s+them|all)\s+(?:\w+\s+)?(?:had|has|have)\s*(?:a\s+)?$", re.I)
# a clause's subject opens it: at the sentence's start or after ", and", "; ", "while"
_CLAUSE_OPENINGS = r"^|[,;]\s*(?:and\s+|while\s+|whereas\s+)?|\s(?:and|while|whereas)\s+"
_CLAUSE_OPENS = re.compile(r"(?:" + _CLAUSE_OPENINGS + r")\s*$", re.I)
# a clause's opening, or what a finding is about: "could find that the sergeant had committed misconduct, so he had a
# case", "We found the two sergeants had breached ..."
_CLAUSE_OR_FINDING_OPENS = re.compile(r"(?:" + _CLAUSE_OPENINGS + r"|\bthat\s+|\b(?:found|decided|concluded|considered)\s+)\s*$", re.I)
_CLAUSE_VERB = re.compile(r"\s+(?:also\s+|had\s+|has\s+|did\s+not\s+|was\s+|were\s+)?(?:had|has|was|were|did|[a-z]+ed)\b", re.I)


def _opens_its_clause(phrase: Phrase, text: str, opens: re.Pattern[str]) -> bool:
    """Whether one definite (or named) person is the subject of a clause of ``text``: opened as ``opens`` says, and
    followed by its verb."""
    return phrase.count == 1 and not phrase.plural and bool(phrase.definite or phrase.label) \
        and bool(opens.search(text[:phrase.start])) and bool(_CLAUSE_VERB.match(_past_letter(phrase, text[phrase.end:])))


def _clause_subjects(text: str, word: str) -> list[Phrase]:
    """'The sergeant had read the report, and the constable had been told to wait, so each had a case': the people the
    clauses before the consequence are about, one each, when there are as many as its word says (two for 'both' and
    'neither'); [] otherwise."""
    people: list[Phrase] = []
    for p in find_phrases(text):
        if _opens_its_clause(p, text, _CLAUSE_OPENS) and not any(_who(q) == _who(p) for q in people):
            people.append(p)
    return people if len(people) > 1 and (word.lower() == "each" or len(people) == 2) else []


def _the_consequence_is_about(text: str) -> list[Phrase] | None:
    """'The second officer had followed the guidance, so she had no case': the one person the clauses before the
    consequence are about; [] (whoever was just talked about) where they name nobody ('We decided it could not, so he
    had no case'); None where they name people but none is a clause's subject, so the "she" is left unread."""
    found = find_phrases(text)
    if not found:
        return []
    clause_subjects = [p for p in found if _opens_its_clause(p, text, _CLAUSE_OR_FINDING_OPENS)]
    return clause_subjects[-1:] or None


# where people were, between them and their verb: "the three constables on his team had", "the sergeant at the scene had"
_WHERE_THEY_WERE = re.compile(r"\s+(?:on|in|at|from)\s+(?:his|her|their|the|that)\s+[\w-]+(?=\s)", re.I)


def _list_opening_a_clause(text: str) -> list[Phrase]:
    """'... that the sergeant and the two constables had not acted on it, and all of them had a case': the people listed
    as the subject of a clause before the consequence (the last such list), where they are more than one person; []
    otherwise."""
    found = find_phrases(text)
    best: list[Phrase] = []
    i = 0
    while i < len(found):
        if not _CLAUSE_OR_FINDING_OPENS.search(text[:found[i].start]):
            i += 1
            continue
        listed = [found[i]]
        while i + len(listed) < len(found) and _LIST_JOIN.fullmatch(_past_letter(listed[-1], text[listed[-1].end:found[i + len(listed)].start])):
            listed.append(found[i + len(listed)])
        rest = _past_letter(listed[-1], text[listed[-1].end:])
        rest = rest[where.end():] if (where := _WHERE_THEY_WERE.match(rest)) else rest  # ("the three constables on his team had")
        if _CLAUSE_VERB.match(rest) \
                and sum(p.count or (2 if p.plural else 1) for p in listed) > 1 and all(p.definite or p.label for p in listed) \
                and not re.match(r"(?:any|no|none)\b", listed[0].text, re.I):  # (not "that any of the three had breached")
            best = listed
        i += len(listed)
    return best


# a second person's decision said short, after one's own: "..., but the constable did not", "..., and the sergeant had
# none", "..., as did the constable"
# (each name opens on a word, and the spaces before a clause are taken once: a run of blanked text stays cheap)
# (the clause may end on a "who" clause of its own: "and so did the detention officer ..., who had recorded ...")
def _short_name(group: str, longest: int) -> str:
    """The person a short clause names, captured as ``group``: opening on a word, up to ``longest`` characters."""
    return rf"(?P<{group}>[^,;.\s][^,;.]{{2,{longest - 1}}}?)"


_SAID_SHORT = re.compile(r"(?:[,;]\s*|(?<!\s)\s+)(?:(?:but|while|whereas)\s+" + _short_name("no", 60) + r"\s+did\s+not(?:\s+have\s+one)?"
                         r"|(?:but|while|whereas)\s+" + _short_name("did", 60) + r"\s+did(?:\s+have\s+one)?"
                         r"|(?:and|but|while|whereas)\s+" + _short_name("none", 60) + r"\s+had\s+none"
                         r"|(?:(?:and\s+)?neither|nor)\s+did\s+" + _short_name("neither", 90)
                         + r"|(?:as|and\s+so)\s+did\s+" + _short_name("yes", 90) + r")\s*(?:[.;:]|$|,\s+(?:who|as|because|since)\b)", re.I)
# what may follow the person a short clause names: what they were responsible for ("the detention officer responsible for
# the boy's welfare checks") or did ("as did the detention officer who held his legs"; a clause naming someone else is
# a second person, which the list check refuses)
_DESCRIBED_AFTER = re.compile(r"\s+(?:responsible\s+for|in\s+charge\s+of|on\s+duty\b|who\s)[^,;.]*$", re.I)
# between a no-case decision and "but X did": only its level, so that "did" stands for "had a case" (not "had no case to
# answer, because he had not seen the restraint, but the constable did")
_UP_TO_BUT = re.compile(r"\s*(?:to\s+answer)?(?:\s+for\s+(?:gross\s+)?misconduct)?\s*,?\s*", re.I)

# a case said in a sentence of its own, after a no-case one: "The constable, however, did:", "But the sergeant did."
_DID_ALONE = re.compile(r"\W*(?:(?:But|However|By\s+contrast|In\s+contrast|Only),?\s+)?(?P<who>[^,;.:]{3,60}?)"
                        r"(?:\s*,\s*(?:however|by\s+contrast|in\s+contrast|though)\s*,?)?\s+did(?:\s+have\s+(?:one|a\s+case(?:\s+to\s+answer)?))?"
                        # (a bare "did." or one saying what for: "did, for gross misconduct", "did: for not passing on ...")
                        r"(?:(?P<said_why>\s*,?\s+for\s+(?P<level>gross\s+misconduct|misconduct)\b|\s*:\s*for\b)|\s*(?:[.;:]|$))")


def _only_people(words: str, described: bool = False) -> list[Phrase]:
    """The people of ``words`` where they are one person or a list of people and nothing else (``described``: perhaps
    with a description after the last), else []."""
    people = find_phrases(words)
    if not people or words[:people[0].start].strip():
        return []
    after = _past_letter(people[-1], words[people[-1].end:])
    if (_DESCRIBED_AFTER.sub("", after) if described else after).strip() \
            or any(not _LIST_JOIN.fullmatch(_past_letter(a, words[a.end:b.start])) for a, b in zip(people, people[1:])):
        return []
    return people


def _the_other_said_short(sentence: str, decisions: list[Decision]) -> list[Decision]:
    """'We found the sergeant had a case to answer for misconduct, but the constable did not': the one named after "but"
    has no case; after a no-case decision, "but the constable did" a case; after "as did", the same case. Where the
    sentence's one decision named someone and the short clause names one person or list of people, and nobody else."""
    if len(decisions) != 1 or not decisions[0].phrases:
        return []
    short = _SAID_SHORT.search(sentence, decisions[0].phrases[-1].end)
    said_of_a_case = list(_CTA.finditer(sentence, 0, short.start())) if short else []
    if not said_of_a_case:
        return []
    said = next(name for name in ("no", "none", "neither", "did", "yes") if short.group(name))
    # ("..., and neither did the sergeant" and "but the sergeant did" follow a no-case decision, "as did" either kind; "but
    # X did not" and "X had none" follow a case)
    if said not in {"yes"} | ({"no", "none"} if decisions[0].positive else {"neither", "did"}):
        return []
    if said == "did" and not _UP_TO_BUT.fullmatch(sentence, said_of_a_case[-1].end(), short.start()):
        return []
    who, at = short.group(said), short.start(said)
    people = _only_people(who, described=True)
    if not people:
        return []
    if said in ("yes", "neither"):
        return [Decision([_shifted(p, at) for p in people], decisions[0].grade, decisions[0].positive)]  # the same decision
    if said == "did":
        return [Decision([_shifted(p, at) for p in people], "unknown", True)]  # a case, its level said elsewhere if at all
    return [Decision([_shifted(p, at) for p in people], "no_case", False)]


# a case said again with its verb left out: "DS Jowett had a case to answer for gross misconduct, | and PC Ives and PC Kemp
# for misconduct"
_GAPPED_CASE = re.compile(r"\bcase\s+to\s+answer\s+for\s+(?:gross\s+)?misconduct\s*,?\s+and\s+"
                          r"(?P<who>(?:(?!\b(?:had|has|have|was|were|is|are|for|that|we|it|they)\b)[^,.;]){2,80}?)\s+for\s+"
                          r"(?P<grade>gross\s+misconduct|misconduct)\b(?!\s+(?:meetings?|hearings?|proceedings|notices?))", re.I)


def _gapped_cases(sentence: str, decisions: list[Decision]) -> list[Decision]:
    """The people of a case said again with its verb left out, each a list of people and nothing else, at its own level."""
    if not decisions or not all(d.positive for d in decisions) or "misconduct" not in sentence:
        return []
    found = []
    for gapped in _GAPPED_CASE.finditer(sentence):
        who, at = gapped.group("who"), gapped.start("who")
        people = _only_people(who)
        if not people:
            continue
        found.append(Decision([_shifted(p, at) for p in people], _grade_of(gapped.group("grade")), True))
    return found


# a sentence opening on whom it is about: "In respect of the sergeant, ...", "As for PC Hale, ..."
_TOPIC_OPENING = re.compile(r"\s*(?:In\s+(?:respect\s+of|relation\s+to|the\s+case\s+of)|As\s+(?:for|regards|to)|Regarding|Turning\s+to"
                            r"|With\s+regard\s+to)\s+(?P<who>[^,.;]{3,60}),")


def find_decisions(sentence: str) -> list[Decision]:
    decisions: list[Decision] = []
    if "(" in sentence:
        # "A fourth (Officer D) had a case to answer": the person by the name in brackets (the rest blanked, so every
        # offset stays where it was)
        sentence = _BY_PLACE_THEN_NAME.sub(lambda m: " " * (m.start("who") - m.start()) + m.group("who") + " " * (m.end() - m.end("who")), sentence)
    if "misconduct" not in sentence.lower() and not _CTA_PARTS.search(sentence) and not _CASE_FOR.search(sentence):
        # every wording below names misconduct or a case to answer, but for the tribunal test with what they did
        return _could_find_that(sentence) if _HYPOTHETICAL_BODY.search(sentence) else decisions
    previous_end = 0
    for m in _CTA.finditer(sentence):
        if m.group(0).lower() == "one" and not re.search(r"\bcases?\s+(?:to\s+answer|for)\b", sentence[:m.start()], re.I):
            continue  # ("... had one for misconduct" stands for a case only after one was named: not a notice)
        before = _RELATIVE_CLAUSE.sub(_blank_relative_clause, sentence[previous_end:m.start()])
        before = _BRACKETED_DESCRIPTION.sub(_spaces, before)
        before = _ASIDE.sub(_spaces, before)
        before = _TRAILING_WHO.sub(_blank_trailing_who, before)
        before = _blank_who_running_to_the_verb(before)
        before = _WHO_BEFORE_BRACKET.sub(_spaces, before)
        before = _LETTER_APPOSITION.sub(lambda r: r.group(1) + " " * len(r.group(2)), before)
        after = sentence[m.end():]
        bare_before = _LEVEL_BEFORE.sub("", before)  # "she had a misconduct case": read as "she had a case"
        if _WHETHER_OPEN.search(before) and not re.match(r"\s*(?:for\s+(?:gross\s+)?misconduct\s+)?(?:and|but)\b", after):
            previous_end = m.end()
            continue  # (not "whether the officer had a case to answer, and concluded that he did")
        negative = _negated(before)
        grade = _grade_after(after) or _level_named(m.group(0), before)
        cut = _last_break(before)
        # ("two officers, a constable who carried out the search and a sergeant who authorised it, had": the list read
        # before its relative clauses are blanked, which would swallow the second person)
        phrases = _counted_then_listed(sentence[previous_end:m.start()], relative=True) or _subjects_of(before, cut)
        if not phrases and (vehicle := _VEHICLE_ROLE.search(before)):
            # "the driver had a case to answer": only someone serving can have one, so the driver is police
            phrases = [Phrase(vehicle.start("who"), vehicle.end("who"), vehicle.group("who"), "officer", "officer", 1, True, False, False)]
        if not phrases and before[:cut].rstrip().endswith(","):
            # "a member of staff, a call handler, had a case": the apposition broke the
            # clause; the person is the one named before it
            found = find_phrases(before)
            phrases = found[-1:]
            if len(found) > 1 and re.match(r"(?:a|an)\s", found[-1].text, re.I) and _generic(found[-1]) and (not _generic(found[-2]) or found[-2].label) \
                    and re.fullmatch(r"\s*,\s*", _past_letter(found[-2], before[found[-2].end:found[-1].start])):
                # ("the call handler, a member of police staff, had failed ..., and we found she had a case": the call
                # handler, whom the apposition describes)
                phrases = [_described_by(found[-2], found[-1])]
        bare = None
        tail_offset = 0
        counted = None
        if len(phrases) == 1 and _EACH_OF_THEM.fullmatch(phrases[0].text) and (opening := _THE_OTHER_N_OPENING.match(sentence)) \
                and opening.end() <= previous_end + phrases[0].start:
            phrases, bare = [], opening.group("word").lower()
        elif not phrases and previous_end == 0 and (opening := _THE_OTHER_N_OPENING.match(sentence)) \
                and re.search(r"[,;]\s*(?:and\s+)?(?:so\s+)?(?:(?:we\s+(?:found|decided|concluded|considered)\s+(?:that\s+)?)?they\s+(?:both\s+|each\s+|all\s+)?)?(?:also\s+)?had\s+a\s+$", before):
            # "The remaining two had posted very little, and we found they had a case": the two the sentence opens on
            # ("The other two had received the messages without reporting them, and had a case": its second predicate)
            bare = opening.group("word").lower()
        bare_actor = _BARE_PRONOUN_ACTOR.search(before)
        each_of_them = len(phrases) == 1 and _EACH_OF_THEM.fullmatch(phrases[0].text) \
            and re.search(r"(?:[,;]\s*(?:and\s+)?(?:so\s+)?|\bmean[ts]\s+)$", before[:phrases[0].start])
        bare_word = re.sub(r"\s+", " ", bare_actor.group("word").lower()) if bare_actor else ""
        each_bare = bare_word in ("all", "each", "both", "neither", "neither of them", "none of them") \
            and re.match(r"[;,]|mean[ts]\b|(?:found|decided|concluded|considered)\b", bare_actor.group(0), re.I)
        listed = _list_opening_a_clause(sentence[previous_end:previous_end + (phrases[0].start if each_of_them else bare_actor.start())]) \
            if each_of_them or each_bare else []
        if bare_word.split(" ", 1)[0] in ("both", "neither"):
            # ("so neither had a case": two people, or not this list; "The detective constables had ..., which meant
            # neither had": the two, their number given by the word)
            listed = [replace(p, count=2) if p.plural and p.count is None else p for p in listed]
            listed = listed if sum(p.count for p in listed) == 2 else []
        so_one = _SO_ONE_HAD.search(before)
        owner = _POSSESSIVE_SUBJECT.match(sentence, previous_end) if not so_one else None
        if owner and _AND_ONE_HAD.search(before) and not bare \
                and len(whose_doing := find_phrases(sentence[previous_end:owner.end()])) == 1:
            phrases = [whose_doing[0]]  # (the one whose doing the clause opens on: "the constable's wording ..., and she had")
        if so_one and phrases and not bare and all(p.end <= so_one.start() for p in phrases):
            # ("The constable had relied on what the sergeant told him, so he had no case": the pronoun's, read below as
            # the clause's subject, not the sergeant named last)
            phrases = []
        if whose := _whose_failures_meant(sentence[previous_end:m.start()], bare_actor):
            phrases = whose
        elif listed:
            # ("the sergeant and the two constables had not acted on it, and all of them had a case": those the clause
            # before it listed, a counted group among them, not whoever "them" last was; "The two investigators had raised
            # concerns, so neither had a case", "The three constables had asked him, which meant none of them had")
            phrases = listed
        elif bare_actor and bare_actor.group("so") and bare_word.split(" ", 1)[0] in ("both", "each", "neither") \
                and all(p.end <= bare_actor.start() for p in phrases):
            # ("The sergeant followed the policy, so neither had a case": the consequence's own subject, not the sergeant
            # of the clause before it: the people whose clauses it follows, else the pair talked about)
            phrases = _clause_subjects(sentence[previous_end:previous_end + bare_actor.start()], bare_actor.group("word"))
        if not phrases:
            b = bare_actor
            ordinal = _BARE_ORDINAL_ACTOR.search(before) if not b else None
            if b:
                # ("neither had a case": the pair, the negative read from the word as from any "neither" before a case)
                # ("they all had a case": each of those talked about)
                bare = {"neither": "both", "neither of them": "both", "all": "each", "none of them": "each"}.get(bare_word, bare_word)
                counted_before = [p for p in find_phrases(before[:b.start()]) if p.plural and (p.count or 0) > 1] \
                    if bare in ("each", "both", "all") and re.match(r"[;,]\s*(?:and\s+)?(?:so|therefore)\b", b.group(0), re.I) else []
                if counted_before:
                    # "... could find that both detention officers had committed misconduct, so each had a case": those
                    # the sentence counted, each
                    phrases, bare = counted_before[-1:], None
            elif ordinal:
                bare = ordinal.group("word").lower()  # "The fourth had a": one of a counted group, by place
            else:
                # "no case to answer for the other two RDOs", "... should be recorded for either officer"
                tail = re.match(r"^\s*(?:should\s+be\s+recorded\s+)?(?:(?:for|in\s+relation\s+to|in\s+respect\s+of)\s+(?:gross\s+)?misconduct\s+)?"
                                r"(?:in\s+relation\s+to\s+(?:the\s+)?(?:allegations?|conduct|actions)\s+(?:against|of)\s+|for|against|in\s+respect\s+of)\s*(.*)$", after, re.I)
                if tail:
                    phrases = _actors_list(tail.group(1))
                    if phrases:
                        # "... for two of the officers for <what>; and for a third officer for <what>": each part's people
                        phrases += _people_of_further_parts(tail.group(1).split(".", 1)[0], phrases[-1].end)
                    counted = _EVERY_ONE_OF_THE.match(tail.group(1)) if not phrases else None
                    if counted:
                        bare = counted.group("n").lower()  # "against every one of the four": the four, their noun implied
                    grade = _grade_after(after) or (_grade_after(tail.group(1)[phrases[-1].end:]) if phrases else None)
                    tail_offset = m.end() - previous_end + tail.start(1)  # (their place in the sentence, for the shift below)
        if not phrases and not bare and previous_end == 0 and (topic := _TOPIC_OPENING.match(sentence)) \
                and re.search(r"\b(?:he|she)\b", before[topic.end():], re.I) and len(about := find_phrases(topic.group("who"))) == 1 \
                and about[0].definite and about[0].count == 1:
            # "In respect of the sergeant, we decided that she did not have a case": the one the sentence opens on
            phrases = [_shifted(about[0], topic.start("who"))]
        if grade is None and not negative:
            grade = _level_later(after)
        if grade is None and not negative and (level := _MAY_HAVE_IF_PROVEN.search(sentence, previous_end, m.start())):
            grade = _grade_of(level.group("grade"))  # "X's conduct, if proven, could amount to gross misconduct, and he had a case"
        if grade is None and not negative and (level := _COULD_FIND_LEVEL.search(sentence, previous_end, m.start())):
            grade = _grade_of(level.group("grade"))
        exclusive = bool(phrases) and bool(re.search(r"\bonly\s+$", before[:phrases[0].start]))
        # ("whether any officer had a case"; but "We did not find that any of the three constables had a case" is the
        # three, each with none)
        nobody = bool(phrases) and (bool(re.search(r"\bno\s+$", before[:phrases[0].start]))
                                    or phrases[0].text.lower().startswith("any ") and not (negative and _ANY_OF_COUNTED.match(phrases[0].text)))
        negative = negative or nobody
        phrases = [_shifted(p, previous_end + tail_offset) for p in phrases]
        if phrases or bare:
            decisions.append(Decision(phrases, "no_case" if negative else (grade or "unknown"), not negative, bare,
                                      exclusive=exclusive, nobody=nobody, of_counted=counted is not None,
                                      they=bool(bare and bare_actor and _BY_PRONOUN_OR_ALL.search(bare_actor.group(0)))))
        elif so_one \
                and (about := _the_consequence_is_about(sentence[previous_end:previous_end + so_one.start()])) is not None \
                and (about or negative):
            # (a consequence is about the subject of the clause it follows, not whoever was talked about last: read that
            # way, "so she had no case" took another person's meeting away; with nobody named before it, whoever was)
            decisions.append(Decision([_shifted(p, previous_end) for p in about], "no_case" if negative else (grade or "unknown"),
                                      not negative, implicit=not about, singular=not about))
        elif _PRONOUN_ACTOR.search(bare_before) or _THIS_AMOUNTED_TO.search(bare_before) or _there_was_a_case(bare_before, sentence) or (not before.strip(" ,") or re.search(r"(?:^|[.;,]\s*|\bthat\s+)(?:a|no)\s+$", before, re.I)) and _FOUND_AFTER.match(after):
            # "... could have found they had a case to answer": whoever was just talked about
            # ("If the constable were still serving, there would be a case": the one the condition names)
            # ("Had the sergeant still been serving, we would have found that he had a case": the one the condition names, too)
            serving_if = _IF_STILL_SERVING.search(bare_before) if (_THERE_WAS.search(bare_before) or _SINGULAR_PRONOUN_ACTOR.search(bare_before)) \
                and "would" in bare_before.lower() else None
            named = [p for p in find_phrases(serving_if.group("who")) if p.definite and p.count == 1] if serving_if else []
            if len(named) == 1:
                decisions.append(Decision([_shifted(named[0], previous_end + serving_if.start("who"))],
                                          "no_case" if negative else (grade or "unknown"), not negative))
            else:
                decisions.append(Decision([], "no_case" if negative else (grade or "unknown"), not negative, implicit=True,
                                          singular=bool(_SINGULAR_PRONOUN_ACTOR.search(bare_before))))
        previous_end = m.end()
    decisions += _the_other_said_short(sentence, decisions)
    decisions += _gapped_cases(sentence, decisions)
    decisions += _case_for(sentence)
    if not decisions:
        decisions += _could_find(sentence)
    if not decisions:
        decisions += _could_find_that(sentence)
    if not decisions:
        decisions += _enough_to_find(sentence)
    if not decisions:
        decisions += _may_have(sentence)
    if not decisions:
        decisions += _amounted_to_misconduct_for(sentence)
    decisions = [_without_apposition(d, sentence) for d in decisions]
    if not decisions and (agreed := _AGREED_IT_AMOUNTED_TO.search(sentence)):
        # "the force agreed that the matter constituted misconduct": the level of the case just told, whose own
        # wording gave none
        decisions.append(Decision([], _grade_of(agreed.group("grade")), True, implicit=True, singular=True))
    return decisions


def _without_apposition(decision: Decision, sentence: str) -> Decision:
    """'PC Brereton, the constable who led the search, also had a case': the name and the description after it are one
    person (the description a definite one of the same rank, or a plain officer, set off by a comma)."""
    phrases = decision.phrases
    kept = [p for i, p in enumerate(phrases) if not (
        i and phrases[i - 1].label and not p.label and p.definite and not p.plural and p.count in (None, 1)
        and (p.head == phrases[i - 1].head or p.head in GENERIC_HEADS)
        and re.fullmatch(r"\s*(?:(?-i:[A-Z])[\w'’-]*\s*)?,\s*", sentence[phrases[i - 1].end:p.start])
        and re.match(r"\s+who\b[^,;]*,", sentence[p.end:]))]
    return decision if len(kept) == len(phrases) else replace(decision, phrases=kept)


_BY_PLACE_THEN_NAME = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:second|third|fourth|fifth|sixth|seventh)(?:\s+(?:officer|one))?\s*"
                                r"\((?P<who>(?:Officer|" + _TITLES + r")\s+(?-i:[A-Z])[\w'’-]*)\)")
_AGREED_IT_AMOUNTED_TO = re.compile(
    r"\b(?:force|Police|Constabulary|it|appropriate\s+authority)\s+(?:also\s+)?(?:agreed|accepted)\s+that\s+(?:the\s+matter|this|it|(?:his|her|their)\s+(?:conduct|actions?))\s+(?:constituted|amounted\s+to|was)\s+"
    r"(?P<grade>gross\s+misconduct|misconduct)\b(?!\s+(?:meeting|hearing|proceedings))", re.I)


# our opinion that the conduct "amounted to misconduct for two custody sergeants": a case to answer, at that level, for the
# people named after "for"
# (ours, opening the sentence, and found, not a rule: not "it would amount to misconduct for an officer to ignore ...", "for
# any officer", "for none of the three", "for which ...", "by the standards expected of ...")
_AMOUNTED_FOR = re.compile(r"^\W*(?:we\s+were\s+of\s+the\s+(?:opinion|view)|we\s+(?:found|concluded|decided|considered)|in\s+our\s+(?:view|opinion),?)\s+"
                           r"(?:that\s+)?(?:this|it|these\s+failings|their\s+(?:conduct|actions)|the\s+(?:conduct|failings?|failures?))\s+"
                           r"amounted\s+to\s+(?P<grade>gross\s+misconduct|misconduct)\s+for\s+"
                           r"(?!(?:any|none|neither|no|which|whom|whoever)\b)(?P<who>[^,;.]{1,80}?)(?=\s*(?:[,;.]|$|\s+and\s+(?:we|suggested|recommended)\b))", re.I)


def _amounted_to_misconduct_for(sentence: str) -> list[Decision]:
    m = _AMOUNTED_FOR.search(sentence)
    if not m or _NEGATED_BEFORE.search(sentence, 0, m.start("grade")) or re.search(r"\bto\s+[a-z]+|['’]s\b", m.group("who")):
        return []  # (not a rule, "for a call handler to close a log", nor "the constable's supervisor", someone by another)
    people = [_shifted(p, m.start("who")) for p in find_phrases(m.group("who"))]
    return [Decision(people, _grade_of(m.group("grade")), True)] if people else []


# "a tribunal could find that Officer A's use of force amounted to gross misconduct, and that Officers B and
# C had committed misconduct": each clause names its people and its level
# "enough evidence for a reasonable tribunal to find ..."
# (either order: "the evidence was sufficient for a reasonable tribunal, properly directed, to find")
_ENOUGH_EVIDENCE_TO = r"\b(?:(?:enough|sufficient)\s+evidence|evidence\s+(?:was|were|is)\s+(?:enough|sufficient|strong\s+enough))\b[^.;]{0,80}?\bto\s+(?:find|conclude)\s+"
_FIND_THAT = re.compile(r"\b(?:could|would|might)\s+(?:have\s+)?(?:find|found|conclude)\s+(?:that\s+|(?=(?:the|a|an)\s+[\w\s-]{1,40}?['’]s?\s))(?!(?:no|nothing|little)\b)"
                        r"|" + _ENOUGH_EVIDENCE_TO + r"that\s+", re.I)
_QUESTION_OR_NEGATION = re.compile(r"\b(?:whether|not|never|insufficient)\b|n['’]t\b", re.I)
_NEGATED_BEFORE = re.compile(r"\b(?:no|not|unable|unlikely|insufficient|nor|never)\b|n['’]t\b", re.I)
_CLAUSE_LEVEL = re.compile(
    r"(?P<who>[^,;]{1,80}?)(?:['’]s?\s+[^,;]{0,40}?)?\s+(?:had\s+|has\s+|have\s+)?(?:amounted\s+to|constituted|committed)\s+"
    r"(?P<grade>gross\s+misconduct|misconduct)\b", re.I)
_AND_THAT = re.compile(r"[^.;]*?,?\s+and\s+that\s+", re.I)


# "Officer A's strikes were not necessary, and there was enough evidence for a reasonable tribunal to find a case to
# answer for gross misconduct": the person is the one the sentence is about, named before
_ENOUGH_TO_FIND = re.compile(r"(?<!not\s)" + _ENOUGH_EVIDENCE_TO + r"(?:that\s+there\s+(?:was|is)\s+)?a\s+case\s+to\s+answer\b", re.I)


_IOPC_OPINION = re.compile(r"\b(?:our|the\s+(?:lead\s+)?investigator['’]s|the\s+IOPC['’]s)\s+(?:opinion|view)\b|\bwe\s+(?:found|concluded|considered|decided)\b", re.I)
_CLAUSE_JOIN = re.compile(r",\s+(?:and|but)\s+|;\s*|\bbut\s+", re.I)


def _enough_to_find(sentence: str) -> list[Decision]:
    m = _ENOUGH_TO_FIND.search(sentence)
    if not m or not _IOPC_OPINION.search(sentence, 0, m.start()):
        return []  # (the IOPC's opinion, not "Officer K told us that in his view there was enough evidence")
    clause = sentence[max([c.end() for c in _CLAUSE_JOIN.finditer(sentence, 0, m.start())], default=0):m.start()]
    if re.search(r"\b(?:whether|no|not|never|insufficient)\b|n['’]t\b", clause, re.I):
        return []  # a question, or a negation, in the clause that says it
    people = [p for p in find_phrases(sentence[:m.start()]) if (p.definite or p.label) and not p.other]
    grade = _grade_after(sentence[m.end():])
    if not people or not grade:
        return []
    return [Decision(people[:1], grade, True)]


def _could_find_that(sentence: str) -> list[Decision]:
    """'... could find that X's use of force amounted to gross misconduct, and that Y had committed misconduct'."""
    decisions: list[Decision] = []
    trigger = _FIND_THAT.search(sentence)
    if not trigger:
        return decisions
    starts = [m.end() for m in _CLAUSE_START.finditer(sentence, 0, trigger.start())]
    if _NEGATED_BEFORE.search(sentence, starts[-1] if starts else 0, trigger.start()):
        return decisions  # "no evidence to find that ...", "could not find that ...": no case to answer for anyone named
    if _QUESTION_OR_NEGATION.search(sentence, starts[-1] if starts else 0, trigger.end()):
        return decisions  # "whether the evidence was sufficient ... to find", "sufficient to establish ..., but not to find"
    position = trigger.end()
    while True:
        m = _CLAUSE_LEVEL.match(sentence, position)
        if not m:
            break
        phrases = [_shifted(p, m.start("who")) for p in find_phrases(m.group("who"))]
        if phrases:
            grade = _grade_of(m.group("grade"))
            decisions.append(Decision(phrases, grade, True))
        joined = _AND_THAT.match(sentence, m.end())
        if not joined:
            break
        position = joined.end()
    if not decisions and _HYPOTHETICAL_BODY.search(sentence, 0, trigger.start()) and _OUR_TEST.search(sentence, 0, trigger.start()) \
            and trigger.group(0).lower().startswith("could") \
            and not _CLEARING_DEED.match(sentence, trigger.end()):
        # the case-to-answer test itself, with what they did and no level ("enough evidence for a reasonable tribunal to
        # ... could find that the police driver had ignored the speed policy"): a case, its level from later in the
        # sentence or elsewhere
        did = _WHO_HAD_DONE.match(sentence, trigger.end())
        phrases = [p for p in find_phrases(did.group("who")) if p.definite and not p.other] if did else []
        if phrases and did.start("who") + phrases[0].start == did.start("who") + len(did.group("who")) - len(did.group("who").lstrip()):
            decisions.append(Decision([_shifted(p, did.start("who")) for p in phrases[:1]],
                                      _level_later(sentence[did.end():]) or "unknown", True))
    return decisions


# (the test as the IOPC applies it: "sufficient evidence upon which a reasonable tribunal could ...", in our voice; not
# "would find that the officer had acted in self-defence", nor a complainant's argument)
_OUR_TEST = re.compile(r"\b(?:we|our|investigator|IOPC|IPCC)\b[^.;]{0,160}?\b(?:sufficient|enough)\s+evidence\b[^.;]{0,80}$", re.I)
_CLEARING_DEED = re.compile(r"[^,;.]{1,80}?\s+had\s+(?:acted\s+(?:lawfully|reasonably|appropriately|proportionately|in\s+self-defen[cs]e|within)|followed|complied|"
                            r"been\s+(?:threatened|assaulted|attacked|entitled|justified|right))\b", re.I)
_WHO_HAD_DONE = re.compile(r"(?P<who>[^,;.]{1,80}?)\s+(?:had|has|have)\s+(?!(?:no|not|never|been\s+(?:right|justified|entitled))\b)(?:\w+ed|\w+en)\b", re.I)


# "there was a case for him to answer for gross misconduct": the person sits inside the words
_CASE_FOR = re.compile(r"\bcases?\s+for\s+(?P<who>[^.;,]{1,60}?)\s+to\s+answer\b", re.I)


_NEITHER_NOR_THEN_THAT = re.compile(r"\bneither\s+[\w-]+\s+nor\s+[\w-]+\s*,\s*and\s+that\b", re.I)
_ANY_NEGATIVE = re.compile(r"\b(?:not|never|no|disput\w*|argu\w*|claim\w*|alleg\w*|contend\w*|den(?:y|ied))\b|n['’]t\b", re.I)


def _negated(before: str) -> bool:
    """Whether the words before a case-to-answer say there was none: a negative just before them
    (past any level word, "no misconduct case"), or a negative clause they stand in."""
    clause = before[max([0] + [c.end() for c in _CLAUSE_EDGE.finditer(before)]):]
    pair = _NEITHER_NOR_THEN_THAT.search(clause)
    if pair and not _ANY_NEGATIVE.search(clause, 0, pair.start()):
        # ("Our finding was that the force he used was neither necessary nor proportionate, and that he had a case": a pair
        # of words, not the case denied; not "did not consider that ... neither ... nor ..., and that")
        clause = clause[:pair.start()] + clause[pair.end():]
    return bool(_NEGATIVE_BEFORE.search(_LEVEL_BEFORE.sub("", before))) or bool(_NEGATIVE_CLAUSE.search(clause + " "))


def _there_was_a_case(before: str, sentence: str) -> bool:
    """'there was (no) case to answer', about whoever was just talked about; 'there would have been a case' only of
    someone who left, or in our own voice without another condition ("had the information been passed on")."""
    there = _THERE_WAS.search(before)
    if there is None:
        return False
    if re.search(r"\bwould\s+be\b", there.group(0), re.I):
        # ("if the officer were still serving, there would be a case": not "there would be a case if any further messages
        # came to light", "only where ...", nor a departure told elsewhere in the sentence)
        return bool(_IF_STILL_SERVING.search(sentence)) and not re.search(r"\bonly\b", sentence, re.I)
    return "would" not in there.group(0).lower() or bool(_HAD_THEY_SERVED.search(sentence)) \
        or bool(_IOPC_OPINION.search(sentence)) and not _OTHER_CONDITION.search(sentence)


def _case_for(sentence: str) -> list[Decision]:
    decisions = []
    for m in _CASE_FOR.finditer(sentence):
        before, after = sentence[:m.start()], sentence[m.end():]
        negative = _negated(before)
        grade = "no_case" if negative else (_grade_after(after) or _level_later(after) or "unknown")
        phrases = [_shifted(p, m.start("who")) for p in find_phrases(m.group("who"))]
        if phrases:
            decisions.append(Decision(phrases, grade, not negative))
        elif re.fullmatch(r"(?:him|her|them)", m.group("who").strip(), re.I):
            decisions.append(Decision([], grade, not negative, implicit=True))
    return decisions


def _level_named(match: str, before: str) -> str | None:
    """The level inside the case-to-answer words ("answer a misconduct case") or just before them ("a gross misconduct case")."""
    inside = re.search(r"(?:\b(?P<gm>gross)\s+)?\bmisconduct\b", match, re.I)
    level = inside or _LEVEL_BEFORE.search(before)
    if not level:
        return None
    return "gross_misconduct" if level.group("gm") else "misconduct"


# the level given later in the clause: "a case to answer for the use of force, which could amount to
# gross misconduct", "a case to answer, but ... it was for misconduct"
_LEVEL_LATER = re.compile(
    r"\b(?:for|of|was|were|be|amount(?:ed|s)?\s+to|constitute[sd]?|at\s+the\s+level\s+of)\s+(?P<gm>gross\s+)?misconduct\b(?!\s+in\s+public\s+office)", re.I)


def _level_later(after: str) -> str | None:
    clause = re.split(r"[.;]|\bcase\s+to\s+answer\b", after, maxsplit=1)[0]
    m = _LEVEL_LATER.search(clause)
    if not m:
        return None
    return "gross_misconduct" if m.group("gm") else "misconduct"


def _could_find(sentence: str) -> list[Decision]:
    """'a tribunal could find misconduct in respect of X[, and gross misconduct for Y]'."""
    decisions: list[Decision] = []
    for trigger in _COULD_FIND.finditer(sentence):
        bare = _BARE_LEVEL.match(sentence, trigger.end())
        if bare:
            # "... could find misconduct." with nobody named: whoever the report is about
            starts = [m.end() for m in _CLAUSE_START.finditer(sentence, 0, trigger.start())]
            negative = bool(trigger.group("not")) or bool(_NEGATIVE_CLAUSE.search(sentence, starts[-1] if starts else 0, trigger.start()))
            grade = _grade_of(bare.group("grade"))
            decisions.append(Decision([], "no_case" if negative else grade, not negative, implicit=True))
            continue
        starts = [m.end() for m in _CLAUSE_START.finditer(sentence, 0, trigger.start())]
        negative = bool(trigger.group("not")) or bool(_NEGATIVE_CLAUSE.search(sentence, starts[-1] if starts else 0, trigger.start()))
        breached = _ACTOR_BREACHED.match(sentence, trigger.end())
        if breached:
            # "could find that officer A's actions breached the standards": level not given here
            phrases = find_phrases(breached.group("who"))
            if phrases:
                offset = breached.start("who")
                nobody = phrases[0].text.lower().startswith("any ")
                tribunal = re.search(r"\breasonable\s+(gross\s+)?misconduct\s+(?:meeting|hearing|panel)", sentence[:trigger.start()], re.I)
                grade = _level_later(sentence[breached.end():]) or (
                    ("gross_misconduct" if tribunal.group(1) else "misconduct") if tribunal else "unknown")
                decisions.append(Decision([_shifted(p, offset) for p in phrases], "no_case" if negative or nobody else grade,
                                          not (negative or nobody), nobody=nobody))
            continue
        levels: list[re.Match[str]] = []
        for m in _LEVEL_FOR.finditer(sentence, trigger.end()):
            if levels and not _LEVEL_CONTINUES.match(_tail_between(sentence, levels[-1], m)):
                break
            if not levels and m.start() != trigger.end():
                break
            levels.append(m)
        for i, m in enumerate(levels):
            stop = levels[i + 1].start() if i + 1 < len(levels) else len(sentence)
            whole = re.split(r"\.", sentence[m.end():stop], maxsplit=1)[0]
            rest = whole.split(";", 1)[0]
            phrases = _actors_list(rest)
            if phrases:
                # "... in relation to one custody sergeant for <what>, and in relation to one inspector for <what>";
                # "... for one of the officers for <what>; for the second officer for <what>"
                phrases += _people_of_further_parts(whole)
                offset = m.end()
                phrases = [_shifted(p, offset)
                           for p in phrases]
                grade = _grade_of(m.group("grade"))
                decisions.append(Decision(phrases, "no_case" if negative else grade, not negative))
            elif re.match(r"\s*(?:both|each|all|either)\s+of\s+them\b", rest, re.I):
                # ("..., but a panel could find misconduct for both of them": those just talked about)
                decisions.append(Decision([], "no_case" if negative else _grade_of(m.group("grade")), not negative, implicit=True))
    return decisions


# "the officer may have committed gross misconduct", "this may be considered as misconduct"
_MAY_HAVE_TEMPLATE = (r"\b(?:{modals})\s+(?:have\s+)?(?:committed|amount(?:ed)?\s+to|be\s+considered(?:\s+as)?|constitute|been)\s+"
                      r"(?P<grade>gross\s+misconduct|misconduct)\b(?!\s+in\s+(?:a\s+)?public\s+office)")
_MAY_HAVE = re.compile(_MAY_HAVE_TEMPLATE.format(modals="may|might|could"), re.I)
# after "if proven," the opinion may say "would": "X's conduct, if proven, would amount to misconduct"
_MAY_HAVE_IF_PROVEN = re.compile(_MAY_HAVE_TEMPLATE.format(modals="may|might|could|would"), re.I)
# "a panel could reasonably find that the constable had committed gross misconduct, so he had a case": the level the
# panel could find is the case's
_COULD_FIND_LEVEL = re.compile(r"\bcould\s+(?:reasonably\s+)?find\s+that\b[^.;]*?\b(?:committed|amounted\s+to)\s+"
                               r"(?P<grade>gross\s+misconduct|misconduct)\b[^.;]*?[,;]\s*(?:and\s+)?(?:so|therefore)\b", re.I)
_NOTICE = re.compile(r"\b(?:notices?|served|advis\w*|informed|assessment)\b", re.I)
_IF_PROVEN = re.compile(r",\s*(?:if|were\s+it|should\s+it\s+be)\s+(?:proven|proved|found\s+proven)\s*,", re.I)
_RELATIVE_ASIDE = re.compile(r",\s+(?:to\s+which|in\s+which|which|who|whom|where)\b[^,;.]*,(?=\s+(?:may|might|could|would)\b)", re.I)
_MAY_HAVE_START = re.compile(r"\b(?:that|opinion|view|concluded|found|whether)\b|[,;:]", re.I)


def _may_have(sentence: str) -> list[Decision]:
    decisions = []
    pattern = _MAY_HAVE
    if not _NOTICE.search(sentence) and _IF_PROVEN.search(sentence):  # (a notice saying "if proven, could amount to" decides nothing)
        sentence = _IF_PROVEN.sub(_spaces, sentence)  # "X's conduct, if proven, could amount to"
        pattern = _MAY_HAVE_IF_PROVEN  # "... if proven, would amount to misconduct": the opinion, not a question
    # "the PCSO's failure to report the messages, to which she had replied, could amount to": past the aside
    sentence = _RELATIVE_ASIDE.sub(_spaces, sentence)
    for m in pattern.finditer(sentence):
        openers = list(_MAY_HAVE_START.finditer(sentence, 0, m.start()))
        starts = [s.end() for s in openers]
        clause = sentence[starts[-1] if starts else 0:m.start()]
        if pattern is _MAY_HAVE_IF_PROVEN and any(o.group(0).lower() == "whether" for o in openers):
            continue  # "we considered whether the sergeant's conduct, if proven, would amount to ...": a question
        if re.search(r"\b(?:no|not|insufficient)\b", clause, re.I) or _NEGATIVE_CLAUSE.search(clause):
            continue
        grade = _grade_of(m.group("grade"))
        offset = starts[-1] if starts else 0
        phrases = [_shifted(p, offset)
                   for p in find_phrases(clause)]
        if phrases and phrases[-1].plural and not phrases[-1].definite and phrases[-1].count is None and not phrases[-1].label:
            continue  # ("proceedings against former officers are possible only where the conduct could amount to ..."): officers in general
        if phrases:
            decisions.append(Decision(phrases[-1:], grade, True))
        elif re.search(r"\b(?:this|these|their|his|her|they|he|she)\b", clause, re.I):
            decisions.append(Decision([], grade, True, implicit=True))
    return decisions


# Older summaries use the statute's test (behaviour "in a manner" justifying disciplinary
# proceedings) for an indication. Counted as the decision only where the report has no
# case-to-answer wording of its own; its level comes from proceedings tied to it.
_INDICATION = re.compile(
    r"\b(?:behaved|acted)\s+in\s+a\s+manner\s+(?:that|which)\s+(?:would|may|might|could)\s+justify\s+"
    r"(?:the\s+bringing\s+of\s+)?(?:disciplinary|misconduct)\s+proceedings", re.I)
_INDICATION_START = re.compile(r"\bindications?\s+(?:that\s+)?|\b(?:found|concluded|considered)\s+(?:that\s+)?|[,;:]\s*", re.I)


_INDICATION_STAGE = re.compile(r"(?<!no\s)(?<!any\s)\bindications?\s+(?:that\s+)?(?!\w+\s+had\s+a\s+case)(?:(?!\bbut\b)[^.;])*\bcase\s+to\s+answer", re.I)


def find_indications(sentence: str) -> list[Decision]:
    decisions = []
    if "manner" not in sentence:
        return decisions
    for m in _INDICATION.finditer(sentence):
        starts = [s.end() for s in _INDICATION_START.finditer(sentence, 0, m.start())]
        offset = starts[-1] if starts else 0
        clause = sentence[offset:m.start()]
        before = sentence[:m.start()]
        if re.search(r"\bno\s+(?:\w+\s+){0,2}indications?\b|\bnot\b|\bnone\s+of\b|\bneither\b", before, re.I):
            continue
        phrases = [_shifted(p, offset)
                   for p in find_phrases(clause)]
        if phrases:
            decisions.append(Decision(phrases[:1], "unknown", True))
    return decisions


def _modifiers(phrase: Phrase) -> str:
    """The words of a phrase that are neither its determiners nor its role noun: 'investigating'."""
    words = re.findall(r"[A-Za-z'’-]+", phrase.text.lower())
    head = phrase.head.split()
    body = [w for w in words if w not in _DET_WORDS and not w.isdigit()]
    while body and head and body[-1].rstrip("s") == head[-1].rstrip("s"):
        body.pop()
        head.pop()
    return " ".join(body)


def _tail_between(sentence: str, previous: re.Match[str], current: re.Match[str]) -> str:
    """What joins two 'misconduct for X' parts, after X's own words: ', and '."""
    between = sentence[previous.end():current.start()]
    phrases = _actors_list(between)
    return between[phrases[-1].end:] if phrases else between


# --- facts --------------------------------------------------------------------

# Both "no proceedings" and "management action": the matter handled as performance or learning.
# (done, or decided on: "decided to deal with it as", "chose to address it as"; not what a force "wanted to" do)
_DECIDED_TO = r"(?:decided|chose|opted|elected)\s+to\s+"
_HANDLED_AS_PERFORMANCE = (r"\b(?:dealt\s+with|handled|addressed|treated|" + _DECIDED_TO + r"(?:deal\s+with|handle|address|treat))\s+(?:\w+\s+){0,3}?as\s+(?:a\s+)?"
                           r"(?:performance|learning)\s+(?:matter|issue|opportunity)")
_HANDLED_THROUGH_LEARNING = (r"\b(?:address(?:ed)?|deal(?:t)?\s+with|handled|resolved|" + _DECIDED_TO + r"(?:handle|resolve))\s+(?:[\w'’]+\s+){0,8}?(?:through|by|via|with|under)\s+"
                             r"(?:\w+\s+){0,2}?(?:performance\s+(?:management|proceedings|procedures?)|learning|training|reflection)\b")
# A hearing in a court or inquest is not a disciplinary hearing.
_COURT_BEFORE = re.compile(r"\b(?:court|inquest|magistrates['’]?|crown|criminal|trial|bail|sentencing|appeal|pre-inquest|extradition|immigration)\s+$", re.I)
# a dismissal over another matter: a departure, not this case's sanction
# ("dismissed for something unrelated", "for unrelated conduct")
_SOMETHING_UNRELATED = r"\bsomething\s+(?:unrelated|else)\b|\bunrelated\s+(?:conduct|misconduct|proceedings|allegations?)\b"
_ANOTHER_MATTER = r"(?:\b(?:separate|unrelated|different|another)\s+(?:matter|case|investigation|incident)|" + _SOMETHING_UNRELATED + ")"
_ELSEWHERE_AFTER = r"(?![^.;]{0,60}" + _ANOTHER_MATTER + r")"
_PROCEEDINGS_ON_ANOTHER_MATTER = re.compile(
    r"(?P<proc>\b(?:(?:gross\s+)?misconduct\s+|special\s+case\s+|accelerated\s+|disciplinary\s+)?(?:hearing|meeting|proceedings)s?)"
    r"\s+(?:about|over|for|into|on|relating\s+to|in\s+relation\s+to|concerning|in)\s+(?:an?\s+|the\s+)?" + _ANOTHER_MATTER, re.I)
_DISMISSAL_WOULD_HAVE_FOLLOWED = r"\bdismissal\s+would\s+(?:also\s+)?have\s+(?:followed|resulted)\b"
_STILL_SERVING = r"\bstill\s+(?:been\s+)?(?:serving|in\s+the\s+force)\b"
# "both were dismissed", "they were all dismissed": all those just listed
_BOTH_DISMISSED_WORDS = (r"(?:both\s+(?:were|have\s+been)|they\s+(?:both|all)\s+(?:were|have\s+been)|they\s+(?:were|have\s+been)\s+(?:both|all))"
                         r"\s+(?:then\s+|subsequently\s+|later\s+|also\s+)?dismissed\b(?!\s+as\b)")
# "... found gross misconduct proven against PC Yule and PC Brandt, and both were dismissed": the people, where the
# sentence finds nothing not proven and speaks of no appeals, grievances or witnesses that "both" could be, nor of
# allegations or charges unless it found them proven; not opening a sentence, where they may be the last sentence's
# appeals ("The officers appealed. Both were dismissed.")
_BOTH_DISMISSED_IN_SENTENCE = re.compile(
    r"^(?![^.]*\b(?:appeal\w*|claims?|complain\w*|grievances?|applications?|challenges?|challenged|witness\w*)\b)"
    r"(?![^.]*\b(?:not|un)\s*prov(?:en|ed)\b)(?!(?=[^.]*\b(?:allegations?|charges?|cases?)\b)(?![^.]*\bprov(?:en|ed)\b))"
    r"(?=[^.]*?(?:[;,:]\s*|\band\s+)" + _BOTH_DISMISSED_WORDS + ")", re.I)
# the same as a clause of its own, once a sentence is split at its ", and"
_BOTH_DISMISSED_CLAUSE = re.compile(r"\s*(?:and\s+)?" + _BOTH_DISMISSED_WORDS, re.I)


# everyone proceedings were for, at them: "..., which all three attended, ..."
_WHICH_ALL_ATTENDED = r"which\s+(?:all|both|each)\s+(?:(?:two|three|four|five|six)\s+)?(?:of\s+them\s+)?attended\b"
FACTS: list[tuple[str, str, re.Pattern[str]]] = [
    # the level the proceedings are held at: the grade, where no decision gave it (codebook: "infer the
    # level only from proceedings the text ties to it")
    ("level", "gross_misconduct", re.compile(r"\bgross\s+misconduct\s+(?:hearing|proceedings|panel)s?\b|\badmitted\s+gross\s+misconduct\b|\b(?:special\s+case|accelerated)\s+(?:misconduct\s+)?hearing", re.I)),
    ("level", "misconduct", re.compile(r"(?<!gross\s)\b(?:misconduct|disciplinary)\s+meetings?\b", re.I)),
    ("proceedings", "accelerated_hearing", re.compile(r"\b(?:special\s+case|accelerated)\s+(?:misconduct\s+|disciplinary\s+)?hearing\b", re.I)),
    # the proceedings took place with the person there, not only decided on: a serving member took part
    ("held", "yes", re.compile(
        r"\battend(?:ed|s)\s+(?:a|the|their|his|her)\s+(?:\w+\s+){0,3}(?:meeting|hearing|proceedings)"
        # ("both attended (separate) misconduct meetings": a group's, with no article; not "attended court hearings")
        r"|\battend(?:ed|s)\s+(?:separate\s+|individual\s+)?(?:gross\s+)?misconduct\s+(?:meetings|hearings)\b"
        # (not "at the time the hearing could not go ahead")
        r"|\bat\s+(?:the|a|their|his|her)\s+(?!time\b)(?:\w+\s+){0,3}(?:meetings?|hearings?)\b(?!\s+(?:at|in)\s+(?:court|the\s+court))"
        r"|\b(?:meetings?|hearings?|panels?|chair(?:person)?)\s+(?:\w+\s+){0,2}(?:found|concluded|decided|determined|ruled|imposed|gave|issued|resulted|(?<!was\s)(?<!were\s)(?<!been\s)agreed)\b"
        # ("A misconduct meeting for the two constables was held in June")
        r"|\b(?:meetings?|hearings?)(?:\s+for\s+(?:the|both|all|each|him|her|them)\b[^.,;()]{0,40}?)?\s+(?:was|were)\s+held\b(?!\s+in\s+(?:his|her|their)\s+absence)"
        # ("A gross misconduct hearing for the three of them, which all three attended, took place in March")
        r"|\b(?:meeting|hearing)s?\b[^.;]{0,60}?,\s+" + _WHICH_ALL_ATTENDED +
        # ("He retired before his gross misconduct hearing, which was held in June")
        r"|\b(?:meeting|hearing)s?,\s+which\s+(?:was|were)\s+(?:later\s+)?held\b(?!\s+in\s+(?:his|her|their)\s+absence)"
        r"|\bheld\s+(?:(?:a|an|the)\s+)?(?:\w+\s+){0,3}(?:meeting|hearing)s?\b|\b(?:meeting|hearing)s?,?\s+held\s+(?:in|on|at|during)\b"
        r"|\b(?:following|after)\s+(?:a|the|their|his|her)\s+(?:\w+\s+){0,2}(?:meeting|hearing)\b"
        # ("DO A retired before the hearing, and it went ahead for DO B only": held for that one)
        r"|\bit\s+went\s+ahead\s+(?:for|against)\b", re.I)),
    # proceedings that went ahead without the person (gone by then): held, so not "not held"
    ("in_absence", "yes", re.compile(r"\b(?:held|went\s+ahead|took\s+place|proceeded|heard)\s+(?:the\s+(?:case|matter|allegations?)\s+)?"
                                     r"(?:(?:on|in|at|during)\s+[\w ]{1,25}?\s+)?(?:in\s+(?:his|her|their)\s+absence|without\s+(?:him|her|them)\b)", re.I)),
    # the person said to have attended the proceedings ("She attended the rearranged hearing"): outranks "absent"
    # ("Both officers attended misconduct meetings", "attended separate meetings"; "The sergeant told the meeting that ...")
    ("attended", "yes", re.compile(r"(?<!not\s)(?<!n['’]t\s)\battended\s+(?:(?:the|a|an|their|his|her|separate)\s+(?:\w+\s+){0,3}|(?:separate\s+)?(?:gross\s+)?misconduct\s+)(?:hearing|meeting)s?\b|\btook\s+part\s+in\s+the\b"
                                   # ("The meeting took place in May. The officer attended and accepted that ...")
                                   r"|\battended\s+and\s+(?:accepted|admitted|gave|answered|told|apologised)\b"
                                   # ("At the meeting, the sergeant admitted that ...")
                                   r"|\bat\s+the\s+(?:\w+\s+){0,2}(?:meeting|hearing),?\s+(?:the\s+[\w-]+(?:\s+[\w-]+)?|he|she|they|both|each)\s+(?:admitted|accepted|apologised|answered)\b"
                                   r"|\b(?:he|she|(?<!presenting\s)(?<!federation\s)(?<!force['’]s\s)(?:officer|constable|sergeant|inspector|PC|DC|PS|handler))\s+told\s+the\s+(?:meeting|chair)\s+(?:that\b|about\b)"
                                   # ("After hearing evidence from the officer, the panel ...", "Having heard his account, the chair")
                                   r"|\b(?:after\s+hearing|having\s+heard|heard)\s+(?:evidence|an\s+account|his\s+account|her\s+account)\s+(?:from\s+the\s+(?:officer|constable|sergeant|inspector|detective)\b)?(?=[^.]*\b(?:panel|chair)\b)"
                                   # ("a hearing ..., which they all attended", "The hearing took place in July and both officers attended")
                                   r"|\b(?:which|that)\s+(?:he|she|they)\s+(?:all\s+|both\s+)?attended\b"
                                   r"|\b(?:and|where)\s+(?:he|she|they|both|all)(?:\s+(?:officers|constables|of\s+them|three|four))?\s+(?:all\s+|both\s+)?attended\s*(?:[.;]|$)"
                                   # ("DO B, who attended, was given a final written warning": at the proceedings that gave it, not
                                   # "the officer who attended, PC Lee, ...", the one who went to the call)
                                   # (one person: not "PC Dale and PC Rowe, who attended, were dismissed")
                                   r"|^(?:(?!\band\b)[^;,])*,\s*who\s+attended\s*,(?=\s*was\s+(?:given\s+(?:an?\s+)?(?:final\s+)?written\s+warning"
                                   r"|dismissed|found\s+(?:to\s+have\s+committed\s+)?(?:gross\s+)?misconduct|reduced\s+in\s+rank|demoted)\b)", re.I)),
    # the person said not to have attended the proceedings: not shown taking part, though perhaps still serving ("The
    # constable, who was still suspended, did not attend.", "she chose not to attend the misconduct meeting"; not "was
    # sent to the call but did not attend", nor "did not attend the briefing meeting")
    ("absent", "yes", re.compile(r"\b(?:did\s+not|didn['’]t|chose\s+not\s+to|declined\s+to|refused\s+to)\s+attend\s+(?:the|that|this|his|her|their)\s+"
                                 r"(?:(?:gross\s+)?misconduct\s+|special\s+case\s+|accelerated\s+|disciplinary\s+)?(?:hearing|meeting)\b"
                                 r"|(?:^|[;]\s*)(?:the\s+[a-z]+(?:\s+[a-z]+)?|he|she|they)(?:\s*,[^,]{1,80},)?\s+(?:did\s+not|didn['’]t|chose\s+not\s+to|declined\s+to)"
                                 r"\s+attend\s*[.;]?\s*$", re.I)),
    ("proceedings", "hearing", re.compile(
        r"\bgross\s+misconduct\s+meetings?\b|(?<!reported\s)(?<!recalled\s)(?<!remembered\s)(?<!denied\s)\bhearings?\b(?!\s+(?:at|in)\s+(?:court|the\s+court))"
        # (not "after hearing about the tablets": someone hearing news, the verb after a preposition)
        r"(?<!\bafter\shearing)(?<!\bupon\shearing)(?<!\bon\shearing)(?<!\bwhen\shearing)(?<!\bwhile\shearing)(?<!\bsince\shearing)"
        r"|\bgross\s+misconduct\s+(?:proceedings|panel)\b|\bmisconduct\s+panel\b"
        r"|\battended\s+(?:the\s+)?proceedings\b[^.]{0,60}\bindependent\s+panel\b", re.I)),
    # "the sergeant's meeting", "a separate meeting"
    ("proceedings", "meeting", re.compile(r"(?<!gross\s)\b(?:misconduct|disciplinary)\s+meetings?\b|\b(?:a|the)\s+meeting\b"
                                          # ("Both meetings took place in summer 2021.")
                                          # (counted, and not with a family or complainant: "both meetings took place at the family home")
                                          r"|\b(?:both|the\s+two|the\s+three)\s+meetings\b(?=\s+(?:took\s+place|were\s+held|went\s+ahead)\b)(?![^.]{0,60}\b(?:family|complainant|relatives|home|victim)\b)"
                                          r"|\b(?:(?:a|the)\s+(?:separate|second|later|further)|his|her|their|\w+['’]s)\s+meetings?\b(?!\s+with\b)", re.I)),
    ("proceedings", "none", re.compile(
        r"\b(?:did\s+not|does\s+not|would\s+not|not)\s+(?:require|justify|warrant)\s+(?:formal\s+)?(?:disciplinary|misconduct)\s+proceedings"
        r"|\bno\s+(?:disciplinary\s+|misconduct\s+)?proceedings\s+(?:could|would|were|was|can)\b|\bno\s+(?:disciplinary|misconduct)\s+proceedings\b"
        r"|\bdeal(?:t)?\s+with\b[^.]{0,40}\b(?:by|through|with|using)\s+(?:way\s+of\s+)?(?:management\s+(?:action|advice)|words\s+of\s+advice|reflective\s+practice|the\s+reflective|a\s+(?:formal\s+)?performance|unsatisfactory\s+performance|(?:a|an)\s+(?:\w+\s+)?(?:development|action|improvement)\s+plan)"
        r"|\b(?:received|receive|given|be\s+given|was\s+given|issued\s+with)\s+(?:management\s+(?:action|advice)|words\s+of\s+advice)"
        r"|\bshould\s+(?:all\s+)?receive\s+management\s+action"
        r"|" + _HANDLED_AS_PERFORMANCE +
        r"|\bno\s+(?:further\s+)?(?:disciplinary\s+|misconduct\s+)?(?:action|proceedings)\s+(?:could|can|would|was|were|will)\s+(?:be\s+)?(?:taken|brought)\b"
        r"|\b(?:disciplinary|misconduct)\s+proceedings\s+(?:could|can)\s*not\s+be\s+(?:taken|brought)\b"  # ("so disciplinary proceedings could not be brought")
        r"|\bdid\s+not\s+face\s+(?:any\s+)?(?:\w+\s+)?proceedings\b"
        r"|\b(?:not|no\s+longer)\s+(?:possible|able)\s+to\s+(?:bring|take)\s+(?:any\s+)?(?:disciplinary|misconduct)\s+(?:proceedings|action)\b"
        r"|\boutside\s+(?:of\s+)?the\s+(?:formal\s+)?(?:disciplinary|misconduct)\s+(?:process|procedures?|system)\b"
        r"|" + _HANDLED_THROUGH_LEARNING +
        r"|\b(?:no\s+further\s+action\s+(?:was|would\s+be|could\s+be)\s+taken|to\s+take\s+no\s+further\s+action)", re.I)),
    # (not "the two who had not resigned", "he has not retired"; but "had she not resigned" says she did)
    ("left", "resigned", re.compile(r"(?<!\bwho\shad\snot\s)(?<!\bhas\snot\s)(?<!\bhave\snot\s)\bresign(?:ed|ation|s)\b", re.I)),
    ("left", "retired", re.compile(r"(?<!\bwho\shad\snot\s)(?<!\bhas\snot\s)(?<!\bhave\snot\s)\bretire(?:d|ment|s)\b", re.I)),
    # ("He had left GMP by the time our investigation finished": a force by its initials too)
    ("left", "left", re.compile(r"\b(?:had\s+)?left\s+(?:the\s+)?(?:special\s+)?(?:force|police|service|organisation|constabulary|employment|(?-i:[A-Z][\w-]+)(?:\s+(?:(?-i:[A-Z][\w-]+)|and|of))*\s+(?-i:Police|Constabulary)"
                                r"|(?-i:(?!(?:PC|PS|DC|DS|DI|DCI|PCSO|CCTV|CPS|IOPC|IPCC|A&E)\b)[A-Z]{2,5}))\b(?!\s+(?:station|car|vehicle|van|custody|building|premises|scene|office|area|(?-i:[A-Z])|for\s+(?:the\s+)?(?-i:[A-Z])))(?![^.;]{0,60}\b(?:transfer\w*|to\s+join|joined|moved\s+to)\b)|\bno\s+longer\s+(?:a\s+)?(?:serving|employed|a\s+member|(?:police\s+)?(?:officer|constable)\b|work(?:ed|s|ing)?\s+(?:for|with)\s+(?:the\s+)?(?:police|force|constabulary|service|(?-i:[A-Z][\w-]+)(?:\s+(?-i:[A-Z][\w-]+))*\s+(?:Police|Constabulary)|(?-i:[A-Z]{2,5})\b)|(?:with|in|part\s+of)\s+(?:the\s+(?:police|force|service|organisation|constabulary)|(?-i:[A-Z][\w-]+)(?:\s+(?-i:[A-Z][\w-]+|and|of))*\s+(?:Police|Constabulary)(?!['’]s|[^.;]{0,60}\btransferr\w*)))\b|\bhad\s+(?:already\s+)?been\s+dismissed\b|\b(?:has|have)\s+been\s+dismissed\b(?=[^.;]{0,60}" + _ANOTHER_MATTER + r")|\bhad\s+(?:by\s+then|previously)\s+been\s+dismissed\s+(?:from|following|after|for)\b|\bended\s+(?:his|her|their)\s+employment\b", re.I)),
    # a successful appeal against the finding (codebook: the result after the appeal counts)
    ("appeal", "upheld", re.compile(r"\bsuccessfully\s+appealed\b|\bgrounds\s+(?:for|of)\s+appeal\s+(?:were\s+|was\s+)?made\s+out\b|\bappeals?\s+tribunal\b[^.]*\b(?:not\s+proven|upheld\s+the\s+appeal|allowed\s+the\s+appeal|overturned)\b|\bappeals?\s+(?:was|were)\s+(?:upheld|successful|allowed)\b|\bwon\s+(?:their|his|her|the)\s+appeals?\b|\b(?:finding|findings|outcome)\s+(?:was|were)\s+(?:overturned|quashed)\b", re.I)),
    ("outcome", "pending", re.compile(
        r"\b(?:hearing|meeting|proceedings)\s+(?:is|are|has\s+yet|have\s+yet)\s+(?:yet\s+to|due\s+to|scheduled\s+to|expected\s+to|to\s+take)"
        # (not "criminal proceedings against the man are still to take place", nor a hearing "still to take place when he
        # resigned" that "was cancelled")
        r"|(?<!criminal\s)\b(?:hearings?|meetings?|proceedings)\b(?![^.]*\b(?:cancelled|abandoned|did\s+not\s+go\s+ahead)\b)[^.]{0,100}?\b(?:yet\s+to\s+take\s+place|will\s+take\s+place|will\s+be\s+held"
        # ("A gross misconduct hearing has not yet been arranged.")
        r"|not\s+yet\s+(?:taken\s+place|been\s+held|happened)|yet\s+to\s+be\s+(?:held|heard|scheduled|arranged)"
        # (not when called off: "had not yet been arranged when the force withdrew the case", "... because she resigned")
        r"|not\s+yet\s+been\s+(?:re)?(?:arranged|scheduled|listed)\b(?![^.]*\b(?:withdr\w+|discontinu\w+|resign\w+|retir\w+|left|cancel\w+|dropped|abandon\w+|died)\b)"
        # ("...; a date has yet to be set", "the hearing date has not yet been set": the date, not a sanction, is open)
        r"|\bdate\b[^.;]{0,30}?\b(?:(?:is|has)\s+(?:yet|still)\s+to\s+be|has\s+not\s+yet\s+been|is\s+not\s+yet)\s+(?:set|fixed|agreed|confirmed)"
        r"|still\s+to\s+(?:take\s+place|be\s+(?:held|heard|scheduled|arranged))"  # ("... have also still to take place")
        # "a hearing for the two constables is due to take place", "had not taken place when this summary was published"
        r"|(?:is|are)\s+(?:due|scheduled|expected|set)\s+to\s+(?:take\s+place|be\s+held|start|begin)"
        r"|will\s+be\s+(?:arranged|scheduled|convened|listed)"
        r"|not\s+(?:taken\s+place|been\s+held)\s+(?:when|by\s+the\s+time|at\s+the\s+time)\b)\b"
        # "will face a gross misconduct hearing", "both will attend misconduct meetings", "will hold a hearing";
        # "a date for the hearing has not yet been set"
        r"|\b(?:will|is\s+to|are\s+to|(?:is|are)\s+due\s+to)\s+(?:face|attend|hold|convene|appear\s+(?:at|before))\s+(?:a\s+|an\s+)?"
        r"(?:(?!sentencing|plea|trial|court|magistrates|inquest)\w+\s+){0,3}(?:hearing|meeting)s?\b(?!\s+(?:at|in)\s+(?:[\w'’]+\s+){0,3}(?:court|magistrates))"
        # ("The date of the sergeant's misconduct meeting has not yet been set")
        r"|\bdates?\s+(?:for|of)\s+(?:the|this|that|a|his|her|their)\s+(?:(?!(?:sentencing|plea|trial|court|appeal|inquest|criminal|magistrates)\b)[\w'’]+\s+){0,3}?(?:hearing|meeting)s?\s+(?:has|have)\s+(?:not\s+yet|yet\s+to)\s+(?:be(?:en)?\s+)?(?:fixed|set|agreed|arranged|scheduled)\b"
        # "at an accelerated hearing once the criminal case is over; no date has been set"
        r"|\b(?:hearing|meeting)s?\b[^.]{0,80}?\b(?:no\s+date\s+(?:has|had)\s+(?:yet\s+)?been\s+(?:set|fixed|agreed)|once\s+the\s+criminal\s+(?:case|proceedings|trial)\s+(?:is|are|has)\b)"
        r"|\bawaiting\s+(?:the\s+)?(?:hearing|meeting|outcome)\b"
        # said of the proceedings themselves (not "criminal proceedings are ongoing", "an appeal hearing has been listed"):
        # "his hearing has not yet concluded", "is ongoing", "the date of the hearing is still to be confirmed",
        # "a hearing has been arranged for next spring"
        r"|(?<!criminal\s)(?<!appeal\s)(?<!court\s)(?<!trial\s)\b(?:hearing|meeting|proceedings)s?\s+(?:(?:has|have)\s+not\s+yet\s+(?:concluded|finished)"
        r"|(?:is|are)\s+(?:still\s+)?ongoing|(?:is|are)\s+still\s+to\s+be\s+(?:confirmed|set|fixed|listed|arranged|scheduled)"
        r"|(?:has|have)\s+been\s+(?:arranged|scheduled|listed|set)\s+for\s+(?:next|later|the\s+(?:coming|new)|(?-i:[A-Z][a-z]+)\s+\d{4}))"
        # "Neither the hearing nor the meeting has yet taken place"
        r"|\bneither\b[^.]{0,60}\b(?:has|have)\s+yet\s+(?:taken\s+place|been\s+held)\b", re.I)),
    ("outcome", "gross_misconduct_proven", re.compile(
        r"\b(?:found\s+(?:guilty\s+of|to\s+have\s+committed)|(?<!no\s)finding\s+of|proved?\s+as)\s+gross\s+misconduct"
        # "which found the allegation against him proven as gross misconduct" (found, not "if proven as", "did not find ...")
        r"|(?<!not\s)(?<!n['’]t\s)\bfound\s+(?:the\s+)?(?:allegations?|case|it|them)(?:\s+against\s+(?:him|her|them|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?))?"
        r"\s+prov(?:en|ed)\s+as\s+gross\s+misconduct\b"
        # ("found the allegations against the acting sergeant proven at the level of gross misconduct")
        r"|(?<!not\s)(?<!n['’]t\s)\bfound\s+(?:the\s+)?(?:allegations?|case)\s+against\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+\s+prov(?:en|ed)\s+"
        r"(?:as|at\s+the\s+level\s+of)\s+gross\s+misconduct\b"
        r"|\b(?:found|concluded|determined|ruled|decided)\s+(?:that\s+)?(?:(?!(?:not|never|neither|no)\b)\w+\s+){0,3}(?:had|have)\s+committed\s+gross\s+misconduct"
        r"|(?<!not\sfind\s)(?<!not\sfound\s)(?<!satisfied\sthat\s)(?<!persuaded\sthat\s)(?<!\bnot\s)\bgross\s+misconduct\s+(?:was\s+|were\s+|(?:had|has|have)\s+been\s+)?(?:also\s+|later\s+|subsequently\s+)?(?:found\s+)?(?:proven|proved|found|substantiated)\b(?!\s+not)"
        r"|(?<!not\s)(?<!never\s)\bfound\s+gross\s+misconduct\s+(?:proven|proved|for|against|in\s+respect\s+of)\b"
        r"|\bbreach\w*\b[^.]{0,80}\bat\s+the\s+level\s+of\s+gross\s+misconduct"
        # "the case against Officer B was also found proven at the level of gross misconduct" (a finding said plainly: not
        # "if the allegations are proven at ...", "could not be proven at ...", "at the level of misconduct rather than ...")
        r"|\b(?:was|were)\s+(?:also\s+)?(?:found\s+)?prov(?:en|ed)\s+at\s+the\s+level\s+of\s+gross\s+misconduct\b"
        r"|\bfound\s+gross\s+misconduct\s+to\s+(?:be|have\s+been)\s+prov(?:en|ed)\b|\bfound\s+(?:to\s+be\s+|as\s+)gross\s+misconduct\b"
        r"|\bfound\b[^.]{0,80}\bassessed\s+as\s+gross\s+misconduct\b"
        r"|\badmitted\s+gross\s+misconduct\b", re.I)),
    # "the allegation was found proven": proven at the level of the proceedings (settle decides)
    ("outcome", "proven", re.compile(
        r"\b(?:allegations?|charges?|breach(?:es)?)\b[^.]{0,160}?\b(?:was|were|to\s+be|(?<!not\s)(?<!never\s)(?<!yet\s)been|found|as)\s+(?:also\s+)?(?:found\s+)?prov(?:en|ed)\b"
        r"|\bcase\s+against\s+(?:him|her|them|the\s+(?:\w+\s+)?\w+|(?-i:(?:Officer|PC|PCSO|DC|DS|Sergeant|Constable|Inspector)\s+[A-Z]\w*))\s+(?:was|were)\s+(?:also\s+)?(?:found\s+)?prov(?:en|ed)\b"
        # ("The case was proven against all three", "the panel found the case proven against each of them")
        r"|\bcase\s+(?:was|were)\s+(?:also\s+)?(?:found\s+)?prov(?:en|ed)\s+against\b|\bfound\s+the\s+case\s+prov(?:en|ed)\s+against\b"
        r"|\bfound\s+(?:the\s+|both\s+|all\s+|these\s+)?(?:\w+\s+)?(?:allegations?|charges?|breach(?:es)?)\s+(?:(?:about|of|over|concerning|relating\s+to|against)\s+(?:(?!\bnot\b)[^.,;]){1,60}?\s+)?prov(?:en|ed)\b"
        r"|\b(?:found|determined|concluded|ruled)\s+(?:[^.]{0,80}?\bthat\s+|that\s+)?(?:they|he|she|the\s+(?:\w+\s+)?(?:officers?|sergeant|constable|inspector))\s+had\s+(?:also\s+)?breached\b"
        r"|\bthere\s+(?:had\s+been|was)\s+a\s+breach\s+of\s+the\s+(?:police\s+)?standards\b"
        # a panel's finding in the standards' words: "The chair found that the officer's driving had fallen below the
        # standards of professional behaviour", "... that his use of force had breached the standards" (the panel's,
        # not our investigation's view that makes a case to answer)
        r"|\b(?:panel|chair|chairs?person|" + _CHAIRING + r")\s+(?:also\s+)?(?:found|concluded|decided|determined)\s+that\s+"
        r"(?:(?!\b(?:not|never|no|neither|nothing|none|nobody|if|would|could|might|may)\b)[^.;]){1,80}?\b(?:had\s+)?(?:fallen\s+below|fell\s+below|breached)\s+"
        r"the\s+(?:\w+\s+){0,2}standards?\b"
        # (not "..., but that this did not amount to misconduct", "... and amounted to practice requiring improvement")
        r"(?![^.;]{0,120}\b(?:did\s+not\s+amount|not\s+amount\w*\s+to\s+misconduct|practice\s+requiring\s+improvement|rather\s+than\s+misconduct)\b)"
        r"|\bfound\s+to\s+have\s+breached\s+the\s+(?:police\s+)?standards", re.I)),
    ("outcome", "not_proven", re.compile(
        r"\bnot\s+(?:proven|proved|substantiated)\b|\bmisconduct\s+was\s+not\s+found\b|\bnot\s+found\s+(?:to\s+have\s+(?:committed|breached)|proven)"
        r"|\bfound\s+not\s+to\s+have\s+(?:committed|breached)\b|\bnone\s+of\s+the\s+allegations\s+(?:were|was)\s+upheld\b|\ballegations?\s+(?:were|was)\s+not\s+upheld\b"
        r"|\bnot\s+(?:been\s+|find\s+(?:\w+\s+){0,3}?)prov(?:en|ed)\b|\bfound\s+not\s+guilty\b|\bcleared\s+of\b|\bunproven\b"
        # ("a constable cleared after a gross misconduct hearing")
        r"|\bcleared\s+(?:at|after|following|by)\s+(?:a|the)\s+(?:\w+\s+){0,3}?(?:hearing|meeting|panel)\b(?!\s+to\s)"
        r"|\bnot\s+found\s+to\s+have\s+breached\b|\bno\s+evidence\s+(?:that|to\s+(?:show|suggest))\b[^.]{0,60}\bbreached\b"
        r"|\b(?:neither|none|no)\b[^.]{0,60}\bfound\b[^.]{0,30}\bto\s+have\s+breached\b"
        r"|\b(?:found|concluded|determined|decided)\s+(?:that\s+)?(?:the\s+)?(?:\w+\s+){0,2}(?:had|has)\s+not\s+breached\b"
        r"|\bhad\s+not\s+committed\s+(?:misconduct|gross\s+misconduct)|\bno\s+misconduct\s+was\s+found\b|\bfound\s+no\s+misconduct\b"
        # (allegations thrown out: "the allegations against him were dismissed", "the panel dismissed the case against PC Bale";
        # not an appeal, nor a court's "case against the man")
        # (not one allegation of several, with another found proven: "dismissed the allegation of X but found the Y allegation proven")
        r"|\b(?:allegations?|charges?)\s+(?:against|faced\s+by)\s+(?:(?!(?:who|that|which|and|but|or|he|she|they|it|proven|proved|found)\b)[\w'’-]+\s+){1,4}?(?:was|were|had\s+been|have\s+been)\s+dismissed\b"
        r"(?![^.]*\bfound\b(?:(?!\bnot\b)[^.])*\b(?:proven|proved|upheld|substantiated)\b)"
        r"|\b(?:panel|chair|chairs?person|meeting|hearing)\s+(?:also\s+)?dismissed\s+(?:the|all|both)\s+(?:\w+\s+)?(?:allegations?|case|charges?)\b"
        r"(?![^.]*\bfound\b(?:(?!\bnot\b)[^.])*\b(?:proven|proved|upheld|substantiated)\b)"
        r"|\bdid\s+not\s+amount\s+to\s+(?:gross\s+)?misconduct\b|\bnot\s+serious\s+enough\s+to\s+amount\s+to\s+(?:gross\s+)?misconduct\b|\bhad\s+not\s+misconducted\b|\bdid\s+not\s+find\s+(?:gross\s+)?misconduct\b"
        , re.I)),
    ("outcome", "misconduct_proven", re.compile(
        r"(?<!gross\s)(?<!satisfied\sthat\s)(?<!persuaded\sthat\s)(?<!not\sfind\s)\bmisconduct\s+(?:was\s+|were\s+|(?:had|has|have)\s+been\s+)?(?:also\s+|later\s+|subsequently\s+)?(?:found\s+)?(?:proven|proved|substantiated)\b"
        r"|(?<!no\s)\bfinding\s+of\s+misconduct\b(?!\s+(?:was\s+)?not)"
        r"|(?<!gross\s)\bmisconduct\s+was\s+found\b(?!\s+(?:to\s+(?:be|have\s+been)\s+)?not\b)|\bfound\s+misconduct\s+(?:proven|proved)|\bat\s+which\s+misconduct\s+was\s+found\b(?!\s+not)"
        r"|\bfound\s+(?:guilty\s+of|to\s+have\s+committed)\s+misconduct"
        r"|\b(?:found|ruled|determined|concluded)\s+(?:that\s+)?(?:the\s+|both\s+)?(?:(?!(?:not|never|neither|no)\b)\w+\s+){0,2}(?:had|have)\s+committed\s+misconduct\b"
        # ("found that the fourth officer, PC Tennant, had committed misconduct": the person named at length)
        r"|\b(?:found|ruled|determined|concluded)\s+that\s+(?:(?!\b(?:not|never|neither|no|none|nobody|insufficient|unable|allegations?|whether)\b)[^.;]){1,80}?"
        r"\b(?:had|have)\s+committed\s+misconduct\b(?![^.;]{0,40}\b(?:was|were)\s+not\b)"
        r"|\b(?:panel|chair|meeting|hearing)\s+(?:also\s+)?found\s+misconduct\b(?![^.]{0,15}\bnot\b)"
        r"|\b(?:prov(?:en|ed)|found|breach\w*)\b[^.]{0,80}\bat\s+the\s+level\s+of\s+misconduct\b|(?<!gross\s)\bfound\s+misconduct\s+to\s+(?:be|have\s+been)\s+prov(?:en|ed)\b"
        r"|(?<!gross\s)\bfound\s+(?:to\s+be\s+|as\s+)misconduct\b|\bfound\b[^.]{0,80}\bassessed\s+as\s+misconduct\b"
        r"|(?<!gross\s)\badmitted\s+misconduct\b"
        r"|\bfound\s+misconduct\s*,?\s*(?:rather\s+than|and\s+not|but\s+not|not|instead\s+of)\s+gross\s+misconduct\s*,?\s+prov(?:en|ed)\b"
        # the panel's own level: "The panel decided that the punches were not proportionate, but that this was misconduct rather
        # than gross misconduct" (not a force's argument, nor what a panel could find)
        r"|\b(?:panel|chair|chairs?person)\s+(?:also\s+)?(?:decided|found|concluded|ruled|determined)\s+that\b(?:(?!\b(?:if|would|could|might)\b)[^.;]){0,100}?"
        # ("... decided that the fourth officer ... had committed misconduct rather than gross misconduct")
        r"\b(?:was|were|amounted\s+to|constituted|(?:had\s+)?committed)\s+" + _MISCONDUCT_NOT_GROSS + r"\b", re.I)),
    ("sanction", "would_have_been_dismissed", re.compile(r"\bwould\s+(?:also\s+)?have\s+been\s+(?:\w+ly\s+)?dismissed\b"
                                                         # ("said that dismissal would have followed had he not retired")
                                                         # (not a serving officer's mitigation: "... had it not been for his long record")
                                                         r"|\bdismissal\s+would\s+have\s+followed\s+(?:had|if)\s+(?:he|she|they)\s+(?:not\s+(?:retired|resigned|left)|(?:still\s+)?been\s+(?:still\s+)?serving|remained)\b|\bwould\s+(?:also\s+)?have\s+dismissed\b|\bwould\s+have\s+(?:resulted\s+in|received)\s+(?:a\s+)?dismissal\b"
                                                         # ("were he still in the force, dismissal would have been the outcome")
                                                         r"|\bdismissal\s+would\s+(?:also\s+)?have\s+been\s+(?:the\s+)?(?:outcome|sanction|result|appropriate)\b"
                                                         # ("decided that, were he still in the force, the sanction would have been dismissal")
                                                         # (only of someone gone: not "without his record the sanction would have
                                                         # been dismissal", nor "had it been proven")
                                                         r"|" + _STILL_SERVING + r"[^.]{0,60}\b(?:sanction|outcome)\s+would\s+(?:also\s+)?have\s+been\s+dismissal\b"
                                                         # ("if he had still been serving, dismissal would have followed"; not "had it not
                                                         # been for his record, dismissal would have followed", a serving officer's mitigation)
                                                         r"|" + _DISMISSAL_WOULD_HAVE_FOLLOWED + r"(?=[^.]{0,80}" + _STILL_SERVING + r")"
                                                         r"|" + _STILL_SERVING + r"[^.]{0,60}" + _DISMISSAL_WOULD_HAVE_FOLLOWED, re.I)),
    ("sanction", "dismissed", re.compile(r"(?<!would\shave\sbeen\s)(?<!had\sbeen\s)(?<!already\sbeen\s)\b(?:was|were|been|be)\s+dismissed\s+(?:without\s+notice|from|with\s+immediate)"
        r"|\bwho\s+(?:was|were)\s+still\s+serving\s+(?:was|were)\s+dismissed\b"  # ("the detention officer who was still serving was dismissed")
        # ("The two who had not resigned were dismissed", "the two officers still serving were dismissed")
        r"|\b(?:one|two|three|four|five|officers?|constables?)\s+(?:who\s+had\s+not\s+(?:resigned|retired|left)|(?:who\s+(?:was|were)\s+)?still\s+serving"
        r"|who\s+remained\s+serving)\s+(?:was|were)\s+(?:also\s+)?dismissed\b"
        r"|\bdismissed\s+(?:him|her|them|the\s+(?:(?:special|police|detective|custody|other|two|three|four)\s+)?(?:officers?|constables?|sergeants?))\b(?!['’])|\bdismissed\s+without\s+notice\b|\bsanction\s+of\s+dismissal\b|\bdismissal\s+without\s+notice\b"
        # ("a sergeant has been dismissed", not "had been", a departure before)
        r"|(?<!against\sthe\s)\b(?:officer|constable|sergeant|inspector|he|she|PC|PS|DC|DS|DI|PCSO|member\s+of\s+staff|staff\s+member|(?<=the\s)other(?:\s+one)?)\s+(?:was|were|has\s+been|have\s+been)\s+(?:then\s+|subsequently\s+|later\s+|also\s+|both\s+)?dismissed\b(?!\s+as\b)"
        + _ELSEWHERE_AFTER +
        # "Officer A was dismissed", "PC Lowe was dismissed", "the two PCs were dismissed", "the other officer attended and was
        # dismissed", each opening its clause (not "the allegations against both officers were dismissed", "the charges
        # faced by the two constables were dismissed")
        # ("We found that PC Gale had a case to answer ... and was dismissed at a hearing": the finding's subject)
        # ("At a gross misconduct hearing in January 2021 PC Sharrow was dismissed": past the date)
        r"|(?:^|[;,:]\s*|\b(?:and|then|but|where|when|hearing|meeting|that)\s+(?:(?:in|on)\s+(?:\w+\s+){0,2}\d{4}\s+)?)(?:(?:one|two|three|four|all|both)\s+of\s+)?(?:(?:the|both|all|two|three|four)\s+){0,2}"
        # ("the first detention officer attended and was dismissed": two words only after a place in the order, not "the
        # two probationary police officers were dismissed for failing their training")
        r"(?:(?:first|second|third|fourth|fifth|other|remaining)\s+(?-i:[a-z]+)\s+|(?-i:[a-z]+)\s+)?"
        # ("Mr Brereton was dismissed": police staff are called by title)
        r"(?:officers?|constables?|sergeants?|inspectors?|PCs?|PSs?|PCSOs?|DCs?|DSs?|DIs?|others|rest|(?-i:Mr|Mrs|Ms|Miss|Mx)(?=\s+(?-i:[A-Z])))(?:\s+(?-i:[A-Z][\w'’-]*)){0,2}"
        # ("PC Amos was found to have committed gross misconduct and was dismissed"; not "PC Amos's appeal was heard and was dismissed")
        r"(?:\s+(?:(?!\b(?:which|that|who|whose|appeal\w*)\b)[^.;,]){0,80}?\s+and)?"
        r"\s+(?:was|were|has\s+been|have\s+been)\s+(?:then\s+|subsequently\s+|later\s+|also\s+|both\s+|all\s+)?dismissed\b(?!\s+as\b)" + _ELSEWHERE_AFTER +
        # "proven against the two constables, who were dismissed": those found against, as a group
        r"|\bagainst\s+(?:the\s+|both\s+|all\s+)?(?:(?:two|three|four|five|six)\s+)?(?:[a-z-]+\s+)?(?:officers|constables|sergeants|inspectors|PCs|detectives|members\s+of\s+staff),\s+"
        r"who\s+were\s+(?:then\s+|later\s+|subsequently\s+|both\s+|all\s+)?dismissed\b(?!\s+as\b)"
        # "proven against Officer A, who was dismissed"
        r"|\b(?:officer|constable|sergeant|inspector|PC|PS|PCSO|DC|DS|DI)(?:\s+(?-i:[A-Z][\w'’-]*))?,\s+who\s+was\s+(?:then\s+|later\s+|subsequently\s+)?dismissed"
        r"(?:\s+without\s+notice)?(?:\s+(?:on|in|at)\s+(?:the\s+end\s+of\s+the\s+hearing|[\w\s]{1,25}?))?\s*(?:[.;]|$|,?\s+and\b)", re.I)),
    ("sanction", "dismissed", _BOTH_DISMISSED_IN_SENTENCE),  # ("..., and both were dismissed")
    ("sanction", "final_written_warning", re.compile(r"\bfinal\s+written\s+warnings?\b", re.I)),
    # ("reduced him to the rank of constable", "PS Hale was reduced to the rank of constable"; not "a reduction to the rank
    # of constable" the panel was asked for)
    ("sanction", "reduction_in_rank", re.compile(
        r"\breduc(?:ed|tion)\s+(?:(?:him|her|them)\s+)?in\s+rank\b|\bdemoted\b"
        r"|\breduced\s+(?:(?:him|her|them|the\s+(?:officer|sergeant|inspector)|(?-i:[A-Z][A-Za-z]{1,5})\.?\s+(?-i:[A-Z])[\w'’-]+)\s+)?"
        r"to\s+the\s+rank\s+of\b", re.I)),
    ("sanction", "written_warning", re.compile(r"(?<!final\s)\bwritten\s+warnings?\b|\bformal\s+reprimand\b", re.I)),
    # the reflective practice review process, not "management action, in the interest of reflective practice"
    ("sanction", "rprp", re.compile(
        r"\breflective\s+practice\s+(?:review\s+process|route)\b|\bRPRP\b"
        r"|\b(?:undergo|undergoing|underwent|undertake|undertook|t(?:ake|akes|aking|ook)\s+part\s+in|referred\s+(?:(?:him|her|them)\s+)?to|(?:ended|concluded|resulted)\s+(?:with|in)\s+a\s+referral\s+to|subject\s+to|through|via|by(?:\s+way\s+of)?|complete|completed|receive|received|given)\s+(?:the\s+)?(?:formal\s+)?reflective\s+practice\b", re.I)),
    ("sanction", "management_action", re.compile(
        r"\bmanagement\s+(?:action|advice)\b|\bwords\s+of\s+advice\b|\bverbal\s+warning\b|\b(?:development|action|improvement)\s+plan\b"
        r"|\b(?:reflection|learning)\s+and\s+(?:learning|improvement|development)\b|\bperformance/learning\s+debrief\b"
        r"|" + _HANDLED_AS_PERFORMANCE + r"|" + _HANDLED_THROUGH_LEARNING +
        r"|\bprovision\s+of\s+advice\b|\b(?:was|were)\s+(?:given|provided\s+with)\s+(?:formal\s+|informal\s+|supervisory\s+)?advice\b(?!\s+(?:by|from)\b)"
        # training imposed as the result (codebook): "PCSO Hurst was required to complete additional training"
        r"|\b(?:was|were)\s+required\s+to\s+(?:complete|undertake|attend|undergo)\s+(?:additional\s+|further\s+|extra\s+|refresher\s+)?training\b"
        r"(?![^.]{0,40}\bbefore\b)", re.I)),  # (not a rule of the job: "... training before patrolling alone")
    ("sanction", "no_further_action", re.compile(r"\bno\s+further\s+(?:disciplinary\s+|misconduct\s+)?action\b|\bnot\s+(?:face|take)\s+any\s+further\s+action\b|\bthere\s+was\s+no\s+sanction\b|\bno\s+(?:disciplinary\s+|misconduct\s+)?action\s+(?:could|can|would|was|were|will)\s+(?:be\s+)?(?:taken|brought)\b"
               # ("As he had retired, no sanction could be imposed")
               r"|\bno\s+(?:sanction|penalty)\s+(?:could|can)\s+be\s+(?:imposed|given|applied)\b(?![^.]*\b(?:until|pending|yet)\b)", re.I)),
]
_NO_PROCEEDINGS = re.compile(
    r"(?:\bnot|n['’]t)\s+(?:(?!(?:and|but|or)\b)[\w’']+\s+){0,6}?(?:recommend|direct|hold|conduct|convene|face)\b[^.]{0,20}\b(?:hearing|meeting|proceedings)\b|\binsufficient\s+evidence\s+for\s+them\s+to\s+(?:conduct|hold)|\bnot\s+(?:to\s+)?(?:hold|conduct|convene)\b"
    # ("did not need to attend a meeting"; not "a hearing, which he did not attend": held without him)
    r"|\b(?:need\s+not|(?:did|does|would)\s+not\s+(?:have|need)\s+to)\s+attend\b|\b(?:did|does|would)\s+not\s+attend\s+(?:a|an|any)\b"
    # "was not required to attend a misconduct meeting", "no misconduct meeting took place": no proceedings at all (not
    # one called off by a departure, "no hearing took place because she had resigned": that one was decided on)
    # (nor where proceedings were held after all: "not required to attend the meeting, which was held in her absence", "A
    # meeting was held for him; no hearing was needed", "not required to attend a hearing but attended a meeting")
    r"|^(?![^.]*\b(?:resign\w*|retire\w*|left\s+(?:the\s+)?(?:force|police|service)|died|death|illness|ill|ill-health|dismissed"
    r"|held\s+(?:in|for|on)|absence|attended|proven|found)\b)[^.]*?(?:\b(?:(?:was|were)\s+not|nor\s+(?:was|were)\s+(?:he|she|they))"
    r"\s+(?:required|asked|needed)\s+to\s+attend\b|\bno\s+(?:misconduct\s+|disciplinary\s+)?(?:meeting|hearing)\s+(?:took\s+place|was\s+"
    r"(?:held|needed|required|necessary|convened|arranged|considered\s+(?:necessary|appropriate|proportionate)))\b"
    r"|\bno\s+need\s+for\s+(?:a\s+)?(?:misconduct\s+|disciplinary\s+)?(?:meeting|hearing)\b)", re.I)
_NO_PROCEEDINGS_PARTS = Alternation(_NO_PROCEEDINGS)
# a force disputing someone's case ("did not agree that the sergeant had a case to answer for gross misconduct")
_DISPUTED_CASE = re.compile(_DISAGREEING + r"\s+that\b[^.;]{0,120}?\bhad\s+a\s+case\s+to\s+answer\b", re.I)
# a force arguing about the grade, or a chair's passing view at an adjourned hearing
_NOT_A_FINDING = re.compile(r"\b(?:did\s+not\s+agree|disagreed|not\s+accept|adjourned|expressed\s+(?:his|her|their|the)\s+view)\b", re.I)
_ROUTE_NOT_TAKEN = re.compile(
    # (the verb in any form: "rather than attend", "rather than being referred to")
    r"\b(?:instead\s+of|rather\s+than|without)\s+(?:(?:by\s+)?(?:attend(?:ing)?|fac(?:e|ing)|hold(?:ing)?|go(?:ing)?\s+to"
    r"|(?:being\s+|be\s+)?(?:referred|sent|taken)\s+to|(?:referring|sending)\s+(?:him|her|them)\s+to)\s+|through\s+|at\s+|by\s+|via\s+)?(?:(?:a|an)\s+"
    r"(?:gross\s+)?(?:misconduct\s+|disciplinary\s+)?(?:meeting|hearing|proceedings)\b"
    # ("rather than at misconduct meetings", "instead of disciplinary proceedings")
    r"|(?:gross\s+)?(?:misconduct|disciplinary)\s+(?:meetings|hearings|proceedings)\b)"
    # "retired before a misconduct meeting could be arranged": none was decided on
    r"|\bbefore\s+(?:a|any)\s+(?:\w+\s+){0,2}(?:meeting|hearing|proceedings)\s+(?:could|had)\s+(?:be(?:en)?\s+)?(?:arranged|organised|set\s+up|scheduled)\b", re.I)
# other proceedings these wait for: "once the hearing has been held", "until (or after) the other officer's hearing has concluded"
# (waiting in the present, "has concluded"; in the past only where the sentence names the other kind of proceedings,
# "PC B's meeting was delayed until the hearing had concluded"; never the case's own "until the hearing, where he was dismissed")
_WAITING_FOR = re.compile(r"\b(?:once|until|after)\s+(?:the|that|his|her|their|the\s+other)\s+(?:[\w’']+\s+){0,3}?(?P<kind>hearing|meeting)s?\s+"
                          r"(?:(?P<now>has|have|is|are)|had|was|were)\b[^.;,]*", re.I)


def _without_other_proceedings(sentence: str) -> str:
    """The sentence without the other proceedings it waits for."""
    def blank(m: re.Match[str]) -> str:
        other = "meeting" if m.group("kind").lower() == "hearing" else "hearing"
        rest = sentence[:m.start()] + sentence[m.end():]
        return " " if m.group("now") or re.search(r"\b" + other, rest, re.I) else m.group(0)
    return _WAITING_FOR.sub(blank, sentence)
_HYPOTHETICAL_BODY = re.compile(r"\breasonable\s+(?:\w+\s+){0,2}(?:tribunal|panel|meeting|hearing)\b", re.I)
# the IOPC's opinion of what a panel could find is no finding
_OPINION = re.compile(_FOR_A_PANEL_TO_FIND + r"|\breasonable\s+(?:tribunal|panel)|\b(?:could|would|may|might)\s+(?:have\s+)?(?:reasonably\s+|properly\s+)?(?:find|found|conclude|amount|committed|constitute)\b|\bmay\s+have\s+a\s+case\b", re.I)
_NEGATED_FINDING = re.compile(
    r"\b(?:not|no|neither|none|never)\b(?:\s+[\w’']+){0,8}?\s+(?:breached|found\s+(?:\w+\s+){0,4}to\s+have\s+breached)\b"
    r"|\bno\s+evidence\s+(?:that|to\s+(?:show|suggest|indicate))\b[^.]{0,60}\bbreached\b"
    r"|\bneither\b[^.]{0,60}\bfound\b[^.]{0,40}\bto\s+have\s+breached\b", re.I)
_FOUND_TO_HAVE_A_CASE = re.compile(r"\b(?:was|were)\s+found\s+to\s+have\s+(?:a\s+)?cases?\s+to\s+answer\b", re.I)
_BARRED = re.compile(r"\bbarred\s+list\b", re.I)
_NOT_BARRED = re.compile(r"\bnot\s+(?:be\s+)?(?:placed|put|added)\s+on\s+the\s+barred\s+list\b", re.I)
_SANCTION_ORDER = [
    "dismissed", "would_have_been_dismissed", "final_written_warning", "reduction_in_rank", "written_warning",
    "rprp", "management_action", "no_further_action",
]
# Sentences about people other than the subjects' conduct process.
_ABOUT_OTHERS = re.compile(r"\b(?:CPS|Crown\s+Prosecution|coroner|inquest|jury|the\s+man\s+was|the\s+woman\s+was)\b", re.I)
# the proceedings waiting on others: "A gross misconduct hearing ... is expected to take place later this year, after the
# inquest into the man's death" is about the hearing, whatever the inquest is
_WAITING_FOR_OTHERS = re.compile(r"\b(?:after|once|following|until|when)\s+(?:the\s+)?(?:CPS|Crown\s+Prosecution\s+Service|coroner['’]s|inquest)\b[^.;]*", re.I)


# advice an officer gave a member of the public is part of the story, not a sanction
_ADVICE_GIVEN = re.compile(r"\b(?:giving|gave|give|given|offering|offered)\s+(?:her|him|them|the\s+(?:man|woman|victim|caller|complainant|public))\s+['‘\"“]?words\s+of\s+advice", re.I)


# a finding in two parts, the first proven: "found that her failure amounted to misconduct, but the allegation that
# she lied was not proven" (not "found that the allegation that it amounted to ... was not proven", nor what it
# "would have amounted to")
_MIXED_FINDING = re.compile(
    r"\b(?:found|decided|concluded|determined)\s+that\s+(?:(?!\ballegations?\s+that\b|\balleged\b|\bwould\b|\bhad\s+it\b|\bif\b|\bdid\s+not\b)[^.;,]){1,100}?"
    r"\bamounted\s+to\s+(?P<gm>gross\s+)?misconduct\b(?:,?\s+(?:and\s+|but\s+)?not\s+gross\s+misconduct)?(?:,?\s+but\s+|;\s*)[^.;]*\bnot\s+(?:proven|proved|substantiated)\b", re.I)
# the panel's own verdict: "the breach amounted to gross misconduct", "found gross misconduct."
_PANEL_VERDICT = re.compile(r"(?<!not\s)\bamounted\s+to\s+(gross\s+)?misconduct\b|\bfound\s+(gross\s+)?misconduct\s*[.;]", re.I)


# Words without which a fact's pattern cannot match (lower case): a cheap test first keeps
# extraction fast, since most sentences state no fact at all.
_GATES: dict[tuple[str, str], tuple[str, ...]] = {
    ("level", "gross_misconduct"): ("gross", "special", "accelerated"),
    ("level", "misconduct"): ("meeting",),
    ("held", "yes"): ("attend", "meeting", "hearing", "panel", "chair", "went ahead"),
    ("proceedings", "accelerated_hearing"): ("special", "accelerated"),
    ("proceedings", "hearing"): ("hearing", "panel", "proceedings", "gross misconduct meeting"),
    ("proceedings", "meeting"): ("meeting",),
    ("proceedings", "none"): ("proceedings", "deal", "management", "advice", "performance", "learning", "action", "handled", "addressed", "treated", "outside", "resolved", "training"),
    ("left", "resigned"): ("resign",),
    ("left", "retired"): ("retire",),
    ("left", "left"): ("left", "longer", "dismissed", "ended"),
    ("in_absence", "yes"): ("absence", "without"),
    ("absent", "yes"): ("attend",),
    ("attended", "yes"): ("attended", "took part", "heard", "hearing evidence", "told the", "admitted", "accepted", "apologised", "answered"),
    ("outcome", "pending"): ("hearing", "meeting", "proceedings", "awaiting"),
    ("appeal", "upheld"): ("appeal", "overturned", "quashed"),
    ("outcome", "gross_misconduct_proven"): ("gross",),
    ("outcome", "proven"): ("prov", "breach", "below"),
    ("outcome", "not_proven"): ("not", "no ", "cleared", "none", "neither", "unproven", "dismissed"),
    ("outcome", "misconduct_proven"): ("misconduct", "breach"),
    ("sanction", "would_have_been_dismissed"): ("would have", "would also have"),
    ("sanction", "dismissed"): ("dismiss",),
    ("sanction", "final_written_warning"): ("final written",),
    ("sanction", "reduction_in_rank"): ("reduc", "demot"),
    ("sanction", "written_warning"): ("written warning", "reprimand"),
    ("sanction", "rprp"): ("reflective", "rprp"),
    ("sanction", "management_action"): ("management", "advice", "warning", "plan", "learning", "reflection", "debrief", "performance", "training"),
    ("sanction", "no_further_action"): ("further", "no ", "sanction"),
}


# a description of someone set off in commas, holding no fact of its own, between the person and what was found of them
_WHO_ASIDE = re.compile(r",\s+who\s+(?:had|was|were|has|is)\b(?![^,;]*\b(?:misconduct|dismiss\w*|resign\w*|retir\w*|warnings?|proven|"
                        r"hearings?|meetings?|sanction\w*|left|barred|reflective|management|case|longer|serving|demot\w*|reduc\w*|"
                        r"rank|advice|training|cleared|suspended|convicted|charged)\b)[^,;]{3,160},")


# left before the proceedings could happen: "resigned before his meeting could take place", "retired before the hearing was held"
_BEFORE_IT_COULD = re.compile(r"^(?!.*\b(?:appeal|criminal|separate|another|unrelated|different)\b).*"
                              r"\bbefore\s+(?:(?:his|her|their|the|a|any)\s+)?(?:misconduct\s+|gross\s+misconduct\s+)?(?:meeting|hearing)s?\s+"
                              r"(?:could|was|were|had|took)\b", re.I)
# what would have been, not what was: "If he had still been serving, he would have attended a misconduct meeting", "had
# the meeting gone ahead, he would have been given a written warning"
_WHAT_WOULD_HAVE_BEEN = re.compile(r"\bwould\s+(?:probably\s+|likely\s+)?(?:have|not\s+have)\b|\bhad\s+(?:he|she|they|the\s+\w+)\s+(?:still|remained|stayed|been)\b"
                                   r"|\bif\s+(?:he|she|they)\s+had\b|\bhad\s+the\s+(?:meeting|hearing)\b", re.I)
# a departure told as before the proceedings (or the investigation's end), or as stopping them
_LEFT_BEFORE_IT = re.compile(r"\bbefore\s+(?:(?:his|her|their|the|a|it|any|our)\s+)?(?:misconduct\s+)?(?:meeting|hearing|investigation|it)\b|\bby\s+then\b"
                             r"|\b(?:while|during)\s+(?:our|the)\s+investigation\b|\bcould\s+not\s+(?:go\s+ahead|take\s+place|be\s+held)\b"
                             r"|\bin\s+(?:his|her|their)\s+absence\b", re.I)
# "The panel found that the punches were not proportionate. ..., it decided that his conduct amounted to misconduct":
# "it" the panel the sentence before opened with (not the force, which a sentence opening with the panel does not name)
_OPENS_WITH_THE_PANEL = re.compile(r"^\W*(?:the|a)\s+(?:misconduct\s+|gross\s+misconduct\s+|hearing\s+|meeting\s+)?(?:panel|chair(?:person)?)\b", re.I)
_IT_FOUND = re.compile(r"(?:^\W*|,\s+)(?P<it>[Ii]t)\s+(?:also\s+|then\s+)?(?:decided|found|concluded|ruled|determined)\s+that\b")


# (a force by name or initials, not a rank's: "Having heard from PC Lowe, it decided ..." is still the panel)
_A_FORCE_BEFORE_IT = re.compile(r"\b(?:force|constabulary|(?-i:Police|Constabulary|Service)|(?-i:(?!(?:PCSO|PC|DC|DS|PS|DI|DCI|CDO)\b)[A-Z]{2,5}))\b", re.I)


# what shows the person at the proceedings: "PC Kerr answered the allegations at a gross misconduct hearing", "At the
# hearing the allegations against the three PCs were dismissed", "the panel was not satisfied that it was proven"
_SHOWN_AT_IT = re.compile(r"\b(?:answered|admitted|dismissed|prov(?:en|ed)|not\s+satisfied|gave\s+evidence)\b|\b" + _WHICH_ALL_ATTENDED, re.I)


def _a_word_on_others(text: str) -> bool:
    """A sentence between our finding and a force's bare "did not agree" that leaves the disagreement ours: no decision,
    no agreeing, recommending or offence, and no one else's request ("The constable's representative asked for a
    performance route. The force did not agree.": with that), unless it is our own word ("we said they should ...")."""
    if _CTA_PARTS.search(text) or re.search(r"\b(?:agree\w*|accept\w*|disagree\w*|offence|criminal|recommend\w*)\b", text, re.I):
        return False
    return bool(re.search(r"\bwe\b", text, re.I)) \
        or not re.search(r"\b(?:asked|requested|proposed|argued|suggested|submitted|claimed|said|wanted)\b", text, re.I)


def _the_panel_for_it(text: str, before: str) -> str:
    """The sentence with a finding's "it" read as the panel the sentence before opened with."""
    it = _IT_FOUND.search(text) if _OPENS_WITH_THE_PANEL.match(before) else None
    if it is None or _A_FORCE_BEFORE_IT.search(text, 0, it.start("it")):
        return text  # ("Greater Manchester Police then reviewed the case and, having taken advice, it decided ...": the force)
    return text[:it.start("it")] + "the panel" + text[it.end("it"):]


def _facts_of_predicate(predicate: str, plural: bool) -> dict[str, str]:
    """The facts a predicate states of people a clause named only by a count or a pronoun ("Two | were dismissed",
    "One of the four, PC Marlow, | was dismissed"), read with a subject the fact patterns know."""
    return facts_in(("the officers " if plural else "he ") + predicate)


def facts_in(sentence: str) -> dict[str, str]:
    """The facts a sentence states: proceedings, departure, outcome, sanction, barred list."""
    return dict(_facts_in(sentence))


_PROPOSED_TO_BE_HEARD_AT = re.compile(r"\b(?:should|would|could|will|ought\s+to|intended\s+to|proposed\s+to|planned\s+to)\s+(?:be\s+)?"
                                      r"[^.;]{0,80}?\b(?:heard|deal|dealt\s+with|considered|handled|addressed)\b[^.;]{0,60}?"
                                      r"\b(?P<at>at)\s+(?:a|an)\s+(?:\w+\s+){0,2}(?:meeting|hearing)", re.I)
_INCLUDING_THOSE_WHO_LEFT = re.compile(r"\bincluding\s+(?:the\s+(?:one|two|three|four|five|officers?|constables?)|those|him|her)\s+"
                                       r"who\s+had\s+(?:since\s+)?(?:resigned|retired|left)\b[^,.;]*", re.I)


@functools.lru_cache(maxsize=4096)
def _facts_in(sentence: str) -> dict[str, str]:
    found: dict[str, str] = {}
    as_written = sentence
    sentence = _ADVICE_GIVEN.sub(" ", sentence)
    opinion = bool(_OPINION.search(sentence))  # what a panel could find is no finding
    sentence = _HYPOTHETICAL_BODY.sub(" ", sentence)  # "a reasonable misconduct meeting could find" holds no meeting
    if "irect" not in sentence or not _WE_DIRECTED.search(sentence):  # (the substring spares most sentences the pattern)
        # "reflective practice instead of a misconduct meeting": no meeting (unless we then directed the force to hold it)
        sentence = _ROUTE_NOT_TAKEN.sub(" ", sentence)
    sentence = _without_other_proceedings(sentence)  # "due to attend meetings once the hearing has been held": not that hearing
    if " at a" in sentence and ("meeting" in sentence or "hearing" in sentence):
        # "considered that it should be treated as misconduct and heard at a misconduct meeting": a route proposed, not held
        sentence = _PROPOSED_TO_BE_HEARD_AT.sub(lambda m: m.group(0)[:m.start("at") - m.start()] + "via" + m.group(0)[m.end("at") - m.start():], sentence)
    if "unrelated" in sentence or "separate" in sentence or "another" in sentence or "different" in sentence:
        # "dismissed following a gross misconduct hearing about an unrelated matter": not this case's proceedings
        sentence = _PROCEEDINGS_ON_ANOTHER_MATTER.sub(lambda m: m.group(0).replace(m.group("proc"), "process"), sentence)
    if ", who " in sentence:
        sentence = _WHO_ASIDE.sub(" ", sentence)  # "found that PC A, who had posted fewer messages, had committed misconduct"
    if "including" in sentence:
        # ("proven against each of them, including the two who had resigned": a subset described, not everyone's departure)
        sentence = _INCLUDING_THOSE_WHO_LEFT.sub(" ", sentence)
    lowered = re.sub(r"\s+", " ", sentence.lower())
    for name, value, pattern in FACTS:
        if not cues.mentions(lowered, _GATES[(name, value)]):
            continue
        if value == "dismissed" and "would_have_been_dismissed" == found.get("sanction"):
            continue
        if name == "proceedings" and _NO_PROCEEDINGS_PARTS.search(sentence) and value != "none":
            continue
        if name == "outcome" and (_NOT_A_FINDING.search(sentence) or opinion):
            continue  # a force arguing about the grade is not a finding
        if value == "hearing":
            if not any(not _COURT_BEFORE.search(sentence[max(0, m.start() - 25):m.start()]) for m in pattern.finditer(sentence)):
                continue
        elif not pattern.search(sentence):
            continue
        if name == "sanction":
            current = found.get("sanction")
            if current is None or _SANCTION_ORDER.index(value) < _SANCTION_ORDER.index(current):
                found["sanction"] = value
        elif name == "outcome":
            # a mixed finding (proven on some counts, not on others) is proven
            current = found.get("outcome")
            if current is None or value == "gross_misconduct_proven" or _outcome_outranks(value, current):
                found["outcome"] = value
        elif name not in found:
            found[name] = value
    if found.get("outcome") in ("proven", "misconduct_proven") and _NEGATED_FINDING.search(sentence):
        found["outcome"] = "not_proven"  # "neither officer was found to have breached the standards"
    if "no_further_action" == found.get("sanction") and re.search(r"\b(?:in\s+respect\s+of|against)\s+the\s+(?:man|woman|complainant)", sentence, re.I):
        del found["sanction"]
    proposed = _PROPOSED_AT.search(sentence)
    proposed_only = proposed and not re.search(r"\bbut\b|;", sentence[proposed.end():])  # (not "..., but at the hearing we directed")
    # ("decided that this should be dealt with at a misconduct meeting": a route chosen, no panel speaking)
    # (not a force arguing the grade: "It did not agree that he had a case for gross misconduct, and proposed ... a misconduct meeting")
    panel_speaking = _PANEL_VOICE.search(_without_route(sentence)) and not opinion and not proposed_only and not _DISPUTED_CASE.search(sentence)
    finding_read = "outcome" in found
    if panel_speaking and found.get("outcome") in (None, "proven") and (verdict := _PANEL_VERDICT.search(sentence)):
        # the level the panel gave ("breached the standards ... and amounted to misconduct, but not gross misconduct")
        found["outcome"] = "gross_misconduct_proven" if (verdict.group(1) or verdict.group(2)) else "misconduct_proven"
    if panel_speaking and not finding_read:
        # (only with no finding read yet: "turned down a submission of no case to answer and found the allegations
        # proven" stays proven)
        # a panel's own words: "had a case to answer for misconduct, and not gross misconduct"
        # ("the panel accepted the submission": the no-case submission the sentence before reported)
        if re.search(r"\bno\s+case\s+(?:for\s+(?:him|her|them)\s+)?to\s+answer\b|\binsufficient\s+evidence\b"
                     r"|\b(?:accepted|upheld|allowed)\s+(?:the|this|that|his|her|their)\s+(?:\w+\s+)?submission\b(?!\s+that)", sentence, re.I):
            found["outcome"] = "not_proven"
        elif re.search(r"\bcase\s+(?:to\s+answer\s+)?for\s+gross\s+misconduct\b", sentence, re.I):
            found["outcome"] = "gross_misconduct_proven"
        elif re.search(r"\bcase\s+to\s+answer\s+for\s+misconduct\b|\b(?:a|the)\s+case\s+to\s+answer\s+was\s+found\b"
                       r"|\b(?:found|agreed|concluded|decided|determined)\s+(?:that\s+)?(?:\w+\s+){1,6}?had\s+a\s+case\s+(?:to\s+answer\b|for\s+misconduct\b)(?!\s+for\s+gross)", sentence, re.I):
            found["outcome"] = "misconduct_proven"
    if found.get("outcome") == "not_proven" and _PANEL_VOICE.search(sentence) and not opinion and not proposed_only \
            and (mixed := _MIXED_FINDING.search(sentence)):
        # "the hearing found that her failure amounted to misconduct, but the other allegation was not proven": a mixed
        # finding is proven
        found["outcome"] = "gross_misconduct_proven" if mixed.group("gm") else "misconduct_proven"
    if found.get("held") and _ALLEGATIONS_TO_ANSWER.search(sentence) and not _HELD_PLAINLY.search(sentence):
        del found["held"]  # "he should answer the allegations at a gross misconduct hearing": yet to come
    if found.get("held") and _NOT_HELD_AFTER_ALL.search(sentence):
        # "No misconduct meeting was held", "proposed that it be dealt with at a misconduct meeting"
        del found["held"]
        if re.search(_NONE_HELD, sentence, re.I):
            found["proceedings"] = "none"
    if found.get("outcome") == "not_proven" and _GROSS_NOT_BUT_MISCONDUCT.search(sentence):
        found["outcome"] = "misconduct_proven"  # "did not find gross misconduct proven, but decided it amounted to misconduct"
    if found.get("outcome") == "proven" and _PANEL_VOICE.search(sentence) and _NOT_GROSS.search(sentence):
        found["outcome"] = "misconduct_proven"  # "found the breaches proven, but as misconduct rather than gross misconduct"
    if "outcome" not in found and not opinion and "improvement" in lowered \
            and (_PANEL_FINDS.search(sentence) or found.get("held")) and _FOUND_PRACTICE_REQUIRING_IMPROVEMENT.search(sentence):
        # "the chair decided the failings amounted to practice requiring improvement"; "attended a misconduct meeting,
        # where his practice was found to require improvement"
        found["outcome"] = "not_proven"
    if "outcome" not in found and not opinion and "gross misconduct" in lowered and _CALLED_IT_MISCONDUCT.search(sentence) \
            and _PANEL_FINDS.search(sentence):  # (the substring first: this runs for most sentences)
        found["outcome"] = "misconduct_proven"  # "the panel found ... but decided this was misconduct and not gross misconduct"
    # ("Before a hearing could be arranged, ...": the time word sits in what was blanked as a hearing not held)
    if _DISMISSED_ELSEWHERE.search(sentence) and _BY_THEN.search(as_written) and found.get("sanction") != "would_have_been_dismissed":
        # "dismissed ... following separate proceedings about an unrelated matter": gone before this case's proceedings
        # (the dismissal stays as the sanction, settling as "would have been dismissed", unless the sentence says what
        # this case came to: "so no further action was taken")
        found["left"] = "left"
        if _ELSEWHERE_PROCEEDINGS.search(sentence):
            for name in ("held", "proceedings", "level"):  # "at a separate hearing": that case's proceedings, not this one's
                found.pop(name, None)
        if found.get("sanction") == "dismissed" and _NO_FURTHER_ACTION.search(sentence):
            found["sanction"] = "no_further_action"
        elif found.get("sanction") == "dismissed" and _THIS_ONE_CALLED_OFF.search(sentence):
            del found["sanction"]  # "..., and the meeting did not go ahead": this case's proceedings not held, nothing imposed
    if _BARRED.search(sentence) and not _NOT_BARRED.search(sentence):
        found["barred"] = "true"
    return found


# "it proposed to deal with the matter at a misconduct meeting": a route proposed, no panel's voice
_PROPOSED_AT = re.compile(r"\b(?:proposed|proposing|intended|planned|wanted|suggested)\s+(?:to\s+)?(?:deal|dealing|hold|holding|handle|handling)\b[^.]{0,60}\bat\s+(?:a|an)\s+(?:gross\s+)?misconduct\s+(?:meeting|hearing)", re.I)
_NO_FURTHER_ACTION = re.compile(r"\bno\s+further\s+action\b", re.I)
# this case's proceedings called off, said after another matter's dismissal: "and the meeting did not go ahead"
_THIS_ONE_CALLED_OFF = re.compile(r"\b(?:the|this|that|his|her)\s+(?:misconduct\s+)?(?:meeting|hearing)\s+(?:did\s+not\s+go\s+ahead|"
                                  r"(?:was|were)\s+(?:cancelled|called\s+off|abandoned)|never\s+took\s+place)\b", re.I)
_BY_THEN = re.compile(r"\b(?:before|already|previously|earlier|by\s+then)\b", re.I)
_ELSEWHERE = r"\b(?:separate|unrelated|another|different|other)\s+"
_DISMISSED_ELSEWHERE = re.compile(r"\bdismissed\b[^.]{0,80}(?:" + _ELSEWHERE + r"(?:\w+\s+){0,3}?(?:matter|proceedings|case|investigation)|"
                                  + _SOMETHING_UNRELATED + ")", re.I)
# "at a separate hearing": that case's proceedings
_ELSEWHERE_PROCEEDINGS = re.compile(_ELSEWHERE + r"(?:\w+\s+){0,2}?(?:hearing|proceedings|meeting)\b", re.I)
_GROSS_NOT_BUT_MISCONDUCT = re.compile(r"\bnot\s+(?:find\s+)?gross\s+misconduct\b[^.]*\bbut\b[^.]*\b(?:amounted\s+to|was|were|constituted)\s+misconduct\b"
                                       # "one allegation was not proven but found that his failure ... amounted to misconduct"
                                       r"|\bnot\s+proven\b[^.]*\bbut\b(?:(?!['’]s\b)[^.])*\b(?:found|decided|concluded|determined)\b(?:(?!['’]s\b)[^.])*"
                                       r"(?<!not\s)(?<!never\s)(?<!could\shave\s)(?<!would\shave\s)(?<!might\shave\s)(?<!may\shave\s)\b(?:amounted\s+to|constituted)\s+misconduct\b", re.I)
_NONE_HELD = r"\bno\s+(?:\w+\s+){0,2}(?:meeting|hearing)s?\s+(?:was|were)\s+held\b"
_ALLEGATIONS_TO_ANSWER = re.compile(
    r"\b(?:should|would|will|must|could|shall|to)\s+(?:now\s+|also\s+)?(?:answer|face)\s+(?:the\s+|these\s+|those\s+|his\s+|her\s+)?"
    r"allegations?\b[^.;]{0,80}?\bat\s+(?:a|an|the)\s+(?:\w+\s+){0,3}?(?:hearing|meeting)", re.I)
_HELD_PLAINLY = re.compile(r"\b(?:was|were)\s+held\b|\battended\b|\bpanel\s+found\b", re.I)
_NOT_HELD_AFTER_ALL = re.compile(
    _NONE_HELD +
    r"|\b(?:proposed|recommended|suggested)\b[^.]{0,80}\b(?:be\s+dealt\s+with|be\s+heard|be\s+considered|deal(?:ing)?\s+with\s+(?:\w+\s+){0,2}?)\s*at\s+(?:a|an)\b"
    # "we decided this should be dealt with at a misconduct meeting": a route chosen, nothing held yet
    r"|\b(?:should|would|will|must|could|might|to)\s+be\s+(?:dealt\s+with|heard|considered|handled)\s+(?:as\s+(?:gross\s+)?misconduct\s+)?at\s+(?:a|an)\b(?![^.]*\b(?:was|were)\s+held\b)"
    # "the force said it would deal with the matter at a misconduct meeting": the same, said actively
    r"|\b(?:should|would|will|could|to)\s+(?:deal\s+with|handle)\s+(?:\w+\s+){0,3}?at\s+(?:a|an)\b(?![^.]*\b(?:was|were)\s+held\b)", re.I)
# a panel calling what it found misconduct, not gross misconduct: "the panel ... decided this was misconduct and not
# gross misconduct", "They considered this to be misconduct and not gross misconduct" (straight after the panel's finding)
_FINDING_VERB = r"(?:considered|decided|found|concluded|determined|ruled|judged|felt)"
_CALLED_IT_MISCONDUCT = re.compile(
    r"\b" + _FINDING_VERB + r"\s+(?:that\s+)?(?:this|it|that|these|those"
    # ("It found that PC Dene's statement amounted to misconduct rather than gross misconduct")
    r"|(?:the|his|her|their|(?:(?-i:[A-Z])[\w-]*\s+)?(?-i:[A-Z])[\w-]*['’]s)\s+(?:[\w'’]+\s+){0,2}?(?:conduct|actions?|behaviour|failings?|failures?|breach(?:es)?|dishonesty"
    r"|statements?|accounts?|comments?|remarks?|messages?|posts?"
    r"|use\s+of\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+))\s+"  # ("decided that his use of the baton was misconduct rather than ...")
    r"(?:was|were|to\s+be|had\s+been|amounted\s+to|constituted)\s+" + _MISCONDUCT_NOT_GROSS + r"\b", re.I)
# the panel or chair itself finding, in the clause: "The panel found ..., but decided", "the chair decided" (not a
# sentence that only names a meeting, nor "we", the force or the appropriate authority deciding)
_PANEL_FINDS = re.compile(r"\b(?:panel|chair(?:person|man)?|" + _CHAIRING + r")\b(?:(?!\b(?:we|force|authority|IOPC|proposed|should|could|would)\b)[^.;]){0,120}?\b"
                          + _FINDING_VERB + r"\b", re.I)
# a meeting's chair finding "practice requiring improvement rather than misconduct": misconduct not proven (the
# regulations' lesser finding, which leads to reflective practice)
_FOUND_PRACTICE_REQUIRING_IMPROVEMENT = re.compile(
    r"\b(?:(?:amounted\s+to|was|were|constituted|as|found)\s+practice\s+requiring|(?:practice|performance)\s+(?:(?:was|were)\s+found\s+to\s+require|required|needed))"
    r"\s+improvement\b(?!\s+(?:and|as\s+well\s+as)\s+misconduct)", re.I)
_PANEL_PRONOUN_OPENING = re.compile(r"^\s*(?:They|It|She|He)\s+(?:also\s+)?" + _FINDING_VERB + r"\b")
# "it found misconduct, rather than gross misconduct, proven": a finding, not a downgrade of the case
# (or a panel's finding of the person: "Officer B was found to have committed misconduct rather than gross misconduct")
_FINDING_WORD = re.compile(r"\bfound\b[^.]{0,80}?(?<!\bif\s)\bprov(?:en|ed)\b|\b(?:was|were)\s+found\s+to\s+have\s+committed\b", re.I)
# the panel speaking on of someone: "It found that the sergeant had committed misconduct, not gross misconduct"
_HAD_COMMITTED_NOT_GROSS = re.compile(r"\bhad\s+committed\s+" + _MISCONDUCT_NOT_GROSS + r"\b", re.I)
_NOT_GROSS = re.compile(r"(?<!gross\s)\b" + _MISCONDUCT_NOT_GROSS + r"\b", re.I)


FORMAL_PROCEEDINGS = ("hearing", "meeting", "accelerated_hearing")
DEPARTED = ("resigned", "retired", "left")
FINDINGS = ("proven", "misconduct_proven", "gross_misconduct_proven", "not_proven")
# what only misconduct proceedings can impose (unlike management action, advice or no further action)
FORMAL_SANCTIONS = ("dismissed", "final_written_warning", "written_warning", "reduction_in_rank")
# what only proceedings that found the case proven give (dismissal may be said of someone who had left)
_SANCTIONS_OF_A_FINDING = FORMAL_SANCTIONS + ("would_have_been_dismissed",)


def _outcome_outranks(value: str, current: str) -> bool:
    """Proven beats not proven (a mixed finding is proven); a finding with its level beats a bare
    "proven"; gross misconduct beats misconduct."""
    return ((current == "not_proven" and value.endswith("proven"))
            or (current == "misconduct_proven" and value == "gross_misconduct_proven")
            or (current == "proven" and value in ("misconduct_proven", "gross_misconduct_proven")))


# --- counts of people served notices ------------------------------------------

_TOTAL = re.compile(
    r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(?:police\s+)?officers\s+(?:who\s+[^.]{0,60}?\s+)?(?:were|had\s+been)\s+(?:served|interviewed\s+under\s+misconduct\s+caution|given\s+misconduct\s+notices)"
    r"|\bserved\s+(?P<n2>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(?:police\s+)?officers\s+with\s+(?:misconduct\s+)?notices"
    r"|\binterviewed\s+(?:the\s+)?(?P<n3>two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:police\s+)?officers\s+under\s+misconduct\s+caution"
    r"|\bserved\s+(?:gross\s+)?(?:misconduct\s+)?notices\s+on\s+(?:all\s+|the\s+|each\s+of\s+the\s+)?(?P<n4>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(?:police\s+)?officers\b",
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
                                + r",\s+(?:will|are\s+(?:due|yet)\s+to|have\s+yet\s+to)\s+(?:take\s+place|be\s+held)\b", re.I)


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
    n = _to_int(lead.group("n")) if lead.group("n") else (None if rest else 1)
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
# people told by the level of their case: "the two officers with a case to answer for misconduct"
_WITH_A_CASE_AT = re.compile(r"\s+(?:with|who\s+had)\s+(?:a\s+)?case\s+to\s+answer\s+for\s+(?P<grade>gross\s+misconduct|misconduct)\b", re.I)
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


def _to_int(word: str) -> int:
    return int(word) if word.isdigit() else NUMBERS[word.lower()]


@functools.lru_cache(maxsize=256)
def _said_to_be_staff_pattern(head: str) -> re.Pattern[str]:
    """"the <head> ..., who is a member of police staff": the words between kept, to check nobody else is named there."""
    return re.compile(r"\b" + re.escape(head) + r"\b(?P<between>[^.;]{0,120}?),\s+(?:who\s+(?:is|was)\s+)?(?:a\s+)?member\s+of\s+"
                      r"(?:the\s+)?police\s+staff\b", re.I)


# --- the resolver -------------------------------------------------------------

_AGREED_WITH_FORCE = re.compile(r"\b(?:we|IOPC|IPCC)\s+agreed\s+with\s+(?:their|the\s+force['’]s|its)\s+(?:determination|decision|view|assessment)", re.I)
_ONE_OF = re.compile(r"(?:^\W*(?:Of\s+the\s+(?:two|three|four|five|six)\b[^,.;]{0,40},\s+)?"  # ("Of the two still serving, one was ...")
                     # (or after a semicolon or colon, "proven against both; one received ...", but not "; one was then held
                     # for the constables": a meeting or hearing)
                     r"|[;:]\s*(?!one\s+(?:was|were)\s+(?:then\s+|also\s+|later\s+)?(?:held|arranged|convened|scheduled|heard)\b))One"
                     r"(?=\s+(?:had\s+|has\s+)?(?:resigned|retired|left)\b"  # ("One had resigned before the hearing")
                     r"|\s+(?:was|received|attended|admitted|accepted|got)\b)"  # ("One was found to have committed misconduct")
                     r"|(?<!\bno\s)\bone\s+(?:(?:police\s+)?(?:officer|PC|constable|sergeant|detective|detention\s+officer|call\s+handler|PCSO|dispatcher)\b(?!\s+(?:from|of)\b)|of\s+(?:them\b|(?:the\s+)?(?:two\s+|three\s+|four\s+|these\s+|those\s+)?(?:[a-z]+\s+)?(?:officers|members|staff|PCs|constables|sergeants|inspectors|detectives|handlers|operators|dispatchers|PCSOs)\b"
                     # ("One of the three retired"; not "one of the three allegations", "one of the three men")
                     r"|the\s+(?:two|three|four|five|six)\b(?=\s*(?:,|$|(?:had|has|was|were|is|did|would|will|retired|resigned|left|received|attended|admitted|denied)\b))))"
                     # ("Misconduct was found proven against one, who was given a written warning": a finding's one person,
                     # the count alone)
                     r"|\b(?<=against\s)one\b(?=\s*(?:,\s*who\b|[.;]|$))", re.I)
# the giver of advice or a sanction, just named after it: "words of advice from a superintendent", "management action
# by her line manager"
_GIVEN_BY = re.compile(r"\b(?:advice|action|warning|guidance|feedback|debrief|reflective\s+practice)\b[^.;,]{0,30}?\b(?:from|by)\s+$", re.I)
# a finding's next person, with facts of their own: "(, and) against PC Odell, who would have been ...", "against the
# sergeant, who ..." (not "against the advice of the legal adviser")
_AGAINST_SOMEONE = (r"against\s+(?:(?:the|both|all|each)\s+(?:[\w-]+\s+){0,2}?(?:officers?|constables?|sergeants?|inspectors?|detectives?|PCs?|PCSOs?"
                    r"|members?\s+of\s+staff|staff|call\s+handlers?|other|others)\b|(?-i:(?:PC|DC|DS|PS|PCSO|Sergeant|Inspector|Constable|Officer)\s+[A-Z]))")
# a verb after one person that shows a list before it ("PC Lyle were given ..."), and one of either number that tells
# what proceedings gave ("the sergeant received ...")
_PLURAL_VERB = re.compile(r"\s+(?:were|are|have\s+been)\b")
_VERB_OF_EITHER_NUMBER = re.compile(r"\s+(?:received|attended|faced)\b")
# a panel's words reporting what it decided: "... and | concluded that both would have been dismissed"
_REPORTED_THAT = r"(?:concluded|decided|said|ruled)\s+that\s+"
_CLAUSE_SPLIT = re.compile(
    r";\s*|,?\s+(?:and|while|whereas|but)\s+(?=" + _AGAINST_SOMEONE + r"|(?:that\s+)?(?:(?:the|a|an|one|another|two|three|four|five|both)\b|[A-Z](?!\b))"
    r"|it\s+went\s+ahead\s+(?:for|against)\b"  # ("DO A retired before the hearing, and it went ahead for DO B only")
    # ("... against PC Lark and PC Moss and | concluded that both would have been dismissed")
    r"|" + _REPORTED_THAT + r"(?:both|each|all|they)\b"
    # ("... found gross misconduct proven against the constable, who was dismissed, and misconduct proven against the
    # sergeant, who ...": a finding of its own, against its own person)
    # (and "..., and not proven against the sergeant": the other finding, against its own person)
    r"|(?:(?:gross\s+)?misconduct\s+)?(?:was\s+)?(?:found\s+)?(?:not\s+)?(?:proven|proved)\s+against\b"
    r"|not\s+against\b"  # ("..., who received a written warning, but not against the custody sergeant")
    # ("..., and found the allegation against Sergeant Hoyle not proven": a finding of its own, its verb again)
    # (someone named, or by place: "against the remaining officer" is read with the sentence's people, as before)
    r"|found\s+(?:the\s+)?(?:allegations?|case|charges?)\s+against\s+(?:(?-i:(?:PC|PS|DC|DS|DI|Sergeant|Inspector|Constable|Officer|Mr|Ms|Mrs|Miss)\s+[A-Z])"
    r"|the\s+(?:first|second|third|fourth|fifth)\b))"
    r"|,\s+(?=" + _AGAINST_SOMEONE + r")"
    # ("PC Ashby ... received a written warning, | PC Bell was given words of advice, and ...": a named person's own clause)
    # (after a clause ending on what someone was given, and only "was" or "received": not "After the meeting for PC Ashby,
    # PC Bell had ...", nor "after PC Bell had been dismissed, PC Ashby resigned")
    r"|(?:(?<=warning)|(?<=advice)|(?<=action)|(?<=practice)|(?<=proven)),\s+"
    r"(?=(?-i:(?:PC|PS|DC|DS|DI|PCSO|Sergeant|Inspector|Constable|Officer)\s+[A-Z][\w'’-]*)\s+(?:was|received)\b)")
# a clause ending on the people a finding is against: "The panel found the allegations against DC Ferris"
_ENDS_AGAINST_PEOPLE = re.compile(r"\bagainst\s+(?P<people>(?:(?!\bagainst\b)[^;])*?)\s*$", re.I)
# what the next person of the list is followed by: the list's plural verb, or the finding itself ("DS Grant not proven")
_LIST_PREDICATE = re.compile(r"\s+(?:were|are|have\s+been|(?:were\s+)?(?:found\s+)?(?:not\s+)?(?:proven|proved)\b)", re.I)


def _rejoined_lists_after_against(clauses: list[str]) -> list[str]:
    """'The panel found the allegations against DC Ferris | DS Grant not proven': a split at "and" inside the list a
    finding is against, mended, so both are the clause's people and its finding is both's (only where the clause names
    nobody else: not "... proven against PC Quinn, who was dismissed, and found the allegations against the inspector |
    the sergeant not proven", whose finding is another's)."""
    out: list[str] = []
    for clause in clauses:
        if out and (against := _ENDS_AGAINST_PEOPLE.search(out[-1])) \
                and (names := find_phrases(against.group("people"))) and len(find_phrases(out[-1])) == len(names) \
                and not _past_letter(names[-1], against.group("people")[names[-1].end:]).strip() \
                and (lead := find_phrases(clause)[:1]) and not clause[:lead[0].start].strip() and lead[0].count == 1 \
                and _LIST_PREDICATE.match(_past_letter(lead[0], clause[lead[0].end:])):
            out[-1] = out[-1] + " and " + clause
        else:
            out.append(clause)
    return out


# a finding said alone: "The allegation against PC Rees was found not proven.", "The allegations against the two constables
# were not proven."
_ALLEGATIONS_NOT_PROVEN = re.compile(r"\s*The\s+(?:allegations?|cases?)\s+against\s+[^.;,]{2,80}?\s+(?:was|were)\s+(?:found\s+)?not\s+(?:proven|proved)\s*\.?\s*$", re.I)
# a clause that names its people by count or position only: "two of them were dismissed", "the other received ...",
# "the third was given ..."; read as "officers" of the group the sentence is about
_BARE_LEAD = re.compile(
    r"\s*(?:(?:at|in|during|following|after)\b[^,;]{0,60},\s*)?"  # ("At the hearing, two of them were dismissed")
    r"(?:the\s+(?:panel|chair)\s+(?:said|found|decided|concluded|ruled)\s+(?:that\s+)?)?"  # ("...; the panel said that the other would")
    r"(?:the\s+(?:allegations?|case)\s+against\s+)?"  # ("...; the allegation against the other was found not proven")
    r"(?:that\s+)?"  # ("The force decided that the first ... should face a hearing and | that the second should attend ...")
    r"(?P<lead>(?:the\s+(?=(?:one|two|three|four|five)\s+(?:who|still)\s))?(?P<n>one|two|three|four|five)(?:\s+of\s+them|\s+of\s+those(?=\s+who\s))?|the\s+(?P<which>other|remaining|first|second|third|fourth|last)(?:\s+one)?)"
    # ("the third, who had joined only that year, was given a final written warning": past a relative clause)
    r"(?:,\s+who\s+[^,;]{1,150},)?"
    # ("the three who were still serving were dismissed", "the one who had retired would have been"): told apart by leaving
    r"(?P<departure>\s+who\s+(?:(?:was|were)\s+still\s+serving|remained\s+serving|had\s+(?:not\s+)?(?:resigned|retired|left)|attended)|\s+still\s+serving)?"
    r"\s+(?=(?P<verb>was|were|had|has|is|are|will|would|should|received|resigned|retired|attended|faced|got|left|admitted|accepted)\b"
    # ("one received a written warning and | the other a final written warning": the verb left out, a sanction its object)
    r"|(?:a|an)\s+(?:final\s+written\s+warning|written\s+warning|reduction\s+in\s+rank)\b(?!\s+(?:was|were|had|is)\b))", re.I)
# (a force's acronym, not a rank's initials: "One of them, PC Reeve, resigned" is still about the one)
_NEW_SUBJECT = re.compile(r"^(?:and\s+|but\s+)?(?:we|they|the\s+(?:force|IOPC|IPCC|panel|chair)|(?:[A-Z][a-z]+\s+)+(?:Police|Constabulary)"
                          r"|(?!(?:PC|DC|DS|PS|DI|DCI|PCSO|CDO|DO)\b)[A-Z]{2,4})\b")
# letters listed in order, as the people investigated: "Officer A and Officer B were interviewed under misconduct caution"
_LETTERS_LISTED = re.compile(r"\b(?:Officers?|PCs?|DCs?|Sergeants?)\s+A(?:\s*,\s*(?:(?:Officer|PC|DC|Sergeant)\s+)?[B-H])*\s*,?\s+and\s+(?:(?:Officer|PC|DC|Sergeant)\s+)?[B-H]\b")
# letters given to a counted group in brackets, in the order of the group: "the three constables (Officers A, B and C)"
# ("Two detention officers (Officer A and Officer B)": the noun may come again with each letter)
_ROSTER_LETTERS = re.compile(r"\b(?i:two|three|four|five|six|both|all)\s+(?:[a-z]+\s+){0,2}[a-z]+s\s+\((?:[A-Za-z]+\s+)?[A-Z](?:\s*(?:,|and|&)\s*(?:[A-Z][a-z]+\s+)?[A-Z])+\)"
                             # ("Officer A and Officer B, both detention officers, ...": the letters, then the noun)
                             r"|\b(?:[A-Z][a-z]+\s+)?[A-Z](?:\s*(?:,|and|&)\s*(?:[A-Z][a-z]+\s+)?[A-Z])+\s*,\s*(?i:both|all\s+(?:two|three|four|five|six))\s+(?:[a-z]+\s+){0,2}[a-z]+s\b"
                             # ("Three constables, whom we refer to as Officers A, B and C, ...")
                             r"|\b(?i:two|three|four|five|six|both|all)\s+(?:[a-z]+\s+){0,2}[a-z]+s,\s+(?:whom|who)\s+we\s+(?:refer\s+to|call|have\s+called|will\s+call)\s+"
                             r"(?:as\s+)?(?:[A-Za-z]+\s+)?[A-Z](?:\s*(?:,|and|&)\s*[A-Z])+\b")
# a view's reason, whose people are not the view's: "..., as the sergeant had not briefed them" (not "regarded the
# constable's failings as a matter of performance", "as misconduct", "as well as": the view itself)
_GIVING_A_REASON = re.compile(r",?\s+as\s+(?!well\s+as\b|(?:a|an)\s+(?:\w+\s+)?(?:matter|issue|case|question)\b|performance\b|misconduct\b)|,?\s+(?:because|since|given\s+that)\s+", re.I)
# a reason about someone by pronoun: ", as he had been running the suite ..." (not ", as we had recommended,", "as well as")
_REASON_ABOUT_SOMEONE = re.compile(r",\s+(?:as|because|since)\s+(?:he|she|they)\s+(?:had|was|were|did|could|would)\b", re.I)
# where one view ends and another begins: "agreed about the first PC, but considered the second PC's ..."
_VIEW_CLAUSE_EDGE = re.compile(r",?\s+but\s+|;\s*|,\s+while\s+|,\s+whereas\s+", re.I)
# one person's conduct weighed: "the sergeant's conduct, if proven, could amount to ..."
# a name followed by its owner's "'s": "the inspector's instructions"
_AS_OWNER = re.compile(r"['’]s\s")
_POSSESSED = re.compile(r"['’]s?\s+(?:\w+\s+){0,2}(?:conduct|actions?|behaviour|failures?|use\s+of\s+force)\b", re.I)
# a person named or described after their noun: "the other officer involved, PC Moss", "the other officer who drove"
_NAMED_AFTER = re.compile(r"(?:\s+\w+)?\s*,\s*(?:(?-i:[A-Z])|the\s)|\s+(?:who|whom|whose)\b", re.I)
# "In the call handler's case, ...": a sentence framed by the person it is about
_IN_THEIR_CASE = re.compile(r"\W*(?:in|as\s+for)\s+$", re.I)
# a sentence opening on whom it is about: "As for PC B,", "After further discussion about the first officer,"
# ("We did not accept its view on the first officer, and we directed ...")
_ABOUT_SOMEONE = re.compile(r"^[^.;]{0,60}\b(?:about|regarding|concerning|in\s+relation\s+to|in\s+respect\s+of|as\s+for|for"
                            r"|(?:view|position|decision|finding)s?\s+on|(?:view|opinion)(?:\s+of)?)\s+$", re.I)
# role nouns a reference can end in: "the second officer", "the other constable"
_REFERRED_ROLE = r"officer|handler|member|constable|sergeant|inspector|operator|PCSO|PC|detective"
_ACCEPTED_FOR = re.compile(
    r"\b(?:we|IOPC|IPCC)\b(?:(?!\bnot\b|n['’]t\b)[^.]){0,60}?\b(?:accepted|agreed\s+with)\s+(?:its|the\s+force['’]s|their)\s+(?:position|view|decision|determination|assessment)\s+"
    r"(?:on|for|in\s+relation\s+to|regarding|about|in\s+respect\s+of)\s+"
    # (not "... about the detective constable but recommended that the PC ...": the accepted one only)
    r"(?P<who>(?:(?!\s(?:but|while|whereas)\s|\sand\s+(?:we\s+)?(?:recommended|directed)\b)[^,.;])+)", re.I)


def _acceptance_for(text: str) -> re.Match[str] | None:
    """'we accepted its position on the sergeant': the match, its people in ``who`` (the substrings spare most sentences)."""
    return _ACCEPTED_FOR.search(text) if "ccepted" in text or "greed" in text else None


# what a sentence accepting the force's view for one person goes on to pursue for another: "..., but recommended that
# the PC attend a misconduct meeting"
_PURSUED_AFTER = re.compile(r"\b(?:recommended|directed)\b[^.]{0,200}?\b(?:misconduct|hearing|meeting|proceedings)\b", re.I)
# a sentence whose subject is a bare number or what is left of a group: "Two were dismissed", "The third had retired"
# ("Three of them, a sergeant and two constables, were dismissed": past who they were)
# (a count alone: "Two", "Two of them", "Two of those who attended")
# ("The two of those who were still serving were dismissed", "The two of them": of a group, never "The two were", who may be
# anyone just named)
_BARE_COUNT_OF = (r"\s*(?:(?P<n>Two|Three|Four|Five)(?:\s+of\s+them|\s+of\s+those\s+who\s+(?:attended|were\s+still\s+serving))?"
                  r"|The\s(?P<the_n>two|three|four|five)\s+of\s+(?:them|those\s+who\s+were\s+still\s+serving))")
_BARE_COUNT = re.compile(_BARE_COUNT_OF + r"(?:\s*,[^,.;]{1,80},)?\s+(?:were|received|had|got|resigned|retired|are|will)\b")
# the same count as the subject its predicate is read with: "Two were dismissed."
_BARE_COUNT_SUBJECT = re.compile(_BARE_COUNT_OF + r"(?=\s+(?:were|had)\b)")
# things a bare count may count instead of people: "Four allegations were heard. Two were dismissed."
_COUNTED_THINGS = re.compile(r"\b(?:allegations?|charges?|complaints?|counts?|appeals?|grievances?|claims?|incidents?|matters?|particulars?|breaches)\b", re.I)
# a hearing or meeting, or people found against at one
_PROCEEDINGS_WORDS = re.compile(r"\b(?:hearings?|meetings?|panel|chair)\b", re.I)
# "The two attended misconduct meetings", "Both were served notices": a group counted with no noun
_BARE_GROUP = re.compile(r"\s*(?:(?:The|All)\s+(?:two|three|four|five|six)|Both)\s+(?:of\s+them\s+)?"
                         r"(?:were|received|had|got|resigned|retired|are|will|attended|faced|admitted|accepted|denied)\b")
_BARE_REST = re.compile(r"\s*The\s+(?:other|remaining|second|third|fourth|fifth|last)(?:\s+one)?\s+(?:was|were|had|has|received|resigned|retired|left|is|will|got)\b")
# "Sergeant Dunmore, a sergeant from the next station, ...": someone introduced as another of that rank
_ANOTHER_OF_THE_RANK = re.compile(r"\s*(?-i:[A-Z][\w'’-]*)?\s*,\s+(?:a|an|another)\s", re.I)
# what may stand before the person opening a report: "A former member of West Yorkshire Police staff"
_SUBJECT_LEAD = re.compile(r"\W*(?:(?:an?|the|former|serving|member|of|(?-i:[A-Z][\w-]*))\s+)*", re.I)
_FINITE_VERB = re.compile(r"\b(?:has|have|had|was|were|is|are|will|would)\b", re.I)
# a case said by pronoun in a later clause: "...; the investigator found that she had a case to answer"
# (said by us or our investigator: not "...; she decided that he had a case", the opening person deciding about another)
_PRONOUN_CASE_LATER = re.compile(r"[;,]\s*(?:and\s+)?(?:in\s+our\s+(?:view|opinion),?\s+|(?:we|the\s+investigators?|our\s+investigators?|(?:the|our)\s+investigation)\s+"
                                 r"(?:also\s+)?(?:found|decided|concluded|considered)\s+(?:that\s+)?)(?:he|she)\s+(?:also\s+)?had\s+a\s+case\b", re.I)
# members of the public a "he" or "she" may mean
_PUBLIC_OF_A_SEX = re.compile(r"\b(?:man|woman|boy|girl|father|mother|son|daughter|husband|wife|brother|sister|partner|boyfriend|girlfriend)\b", re.I)
# a view opening its sentence, and a case by pronoun in a later clause of it: "In our view ..., and he had a case"
_OUR_VIEW_OPENING = re.compile(r"\W*(?:In\s+our\s+(?:view|opinion)|We\s+(?:also\s+)?(?:found|decided|concluded|considered)"
                               r"|Our\s+investigation\s+(?:also\s+)?(?:found|concluded))\b", re.I)
_HE_HAD_A_CASE_AFTER = re.compile(r"[;,]\s*(?:and\s+)?(?:so\s+|therefore\s+)?(?:he|she)\s+(?:also\s+)?had\s+a\s+case\b", re.I)
# a number settled for people of one job: "both detention officers", "the two call handlers"
_SETTLED_COUNT = re.compile(r"(?:both|the\s+(?:two|three|four|five|six)|all\s+(?:two|three|four|five|six))\b", re.I)
_OTHER_PERSON_PRONOUN = re.compile(r"\b(?:him|her|them)\b", re.I)
_SUBORDINATE_OPENING = re.compile(r"\W*(?:because|although|though|as|since|given\s+that)\b", re.I)  # (a reason or concession about another)
# a clause granting something against the main one: who it names is not who the sentence is about
_CONCESSION = re.compile(r"\b(?:even\s+though|although|though|whereas|despite)\b", re.I)
# "The fourth officer, a sergeant who ..., was given a final written warning", opening the sentence after the others'
# results: by place among those with a case (see _refer)
_LAST_BY_PLACE = re.compile(r"\s*The\s+(?P<nth>third|fourth|fifth|sixth)(?:\s+(?:police\s+)?(?:officer|one))?(?=\s*,|\s+(?:was|were|had|received|got)\b)")
_ORDINAL_OPENING = re.compile(r"the\s+(?:first|second|third|fourth|fifth|sixth)\s", re.I)
# ... or the decision on someone known, by pronoun, in the clause after the one naming them: "..., we accepted its view that
# he had no case to answer"
_PRONOUN_DECIDED_LATER = re.compile(r"[;,]\s*(?:and\s+)?(?:we|the\s+IOPC)\s+(?:also\s+)?(?:found|decided|concluded|considered|accepted|agreed)\s+"
                                    r"(?:(?:with\s+)?(?:its|their|the\s+force['’]s)\s+view\s+)?(?:that\s+)?(?:he|she)\s+(?:also\s+)?had\s+(?:a|no)\s+case\b", re.I)
# "PC Dunmore, the constable who ...": a name, then who it is
_NAMED_IN_APPOSITION = re.compile(r"\s*(?-i:[A-Z][\w'’-]*)?\s*,\s+the\s+", re.I)
# a sentence opening on a count of others: "Three other officers had been in the group", "Two more constables were
# interviewed"
_OTHERS_OPENING = re.compile(r"\W*(?:two|three|four|five|six|seven|eight|\d+)\s+(?:other|more|further|additional)\s", re.I)
# "For the second, ...", "the second ...", "... against the second": the other of two (not a day, session or allegation)
_FOR_THE_SECOND = re.compile(r"\W*(?:(?:for|as\s+for|in\s+the\s+case\s+of|with\s+regard\s+to|regarding)\s+the\s+second\b"
                             r"|the\s+second\b(?!\s*,\s*(?:about|concerning|relating|regarding|which|on|that)\b)(?!\s+(?:day|session|sitting|allegation|complaint|incident|hearing|meeting|charge)s?\b)"
                             r"|[^.;]*\bagainst\s+the\s+second\b(?!\s+(?:day|session|sitting|allegation|complaint|incident|charge)s?\b))", re.I)
# ("A third, who had resigned, would have been dismissed": the next one counted off, as "the third")
# ("For the first of them, ...", "the second of the two was ...": of the group just talked about)
_BARE_ORDINAL = re.compile(r"(?:\b[Tt]he\s+(?P<the>first|second|third|fourth|fifth|sixth)|(?:^|(?<=[.;]\s))A\s+(?P<a>second|third|fourth|fifth))\b"
                           r"(?=(?:\s+one|\s+of\s+(?:them|these|those|the\s+(?:two|three|four|five|six)))?\s*(?:[,;.]|(?:was|were|had|has|admitted|accepted|received|attended|resigned|retired|left|is|will|would|did|denied)\b))")
# "four of the five", "all three": a count of people a list then goes through
_COUNTED = re.compile(r"\b(?:two|three|four|five|six|seven|eight|all|each|some|most|both)\s+of\s+(?:the|them|these|those)\b", re.I)
# "He resigned from the force, while our investigation was going on" (not "from his job as a teacher")
_FROM_THE_POLICE = re.compile(r"\b(?:from|left)\s+(?:the\s+)?(?:force|police|service|constabulary|(?:(?-i:[A-Z][\w-]+)\s+){1,3}(?:Police|Constabulary))\b|\b(?:our|the)\s+investigation\b", re.I)
_LIST_ITEM = re.compile(r"\s*[•▪◦·*–-]\s")
_THEY_WERE = re.compile(r"\s*(?:They|These|Those)\s+(?:three\s+|two\s+|four\s+)?(?:officers\s+)?were\s+(?:the|a|an)\s+(?=[^.]*(?:;|,\s*and\s+(?:the|a|an)\s))", re.I)
_BY_DEPARTURE = re.compile(
    r"(?P<who>\b(?:the|that)\s+(?:\w+\s+)?\w+)\s+(?:who\s+(?:was|is|were|are)\s+)?still\s+(?:serving|employed|working)\b"
    r"|(?P<who2>\b(?:the|that)\s+(?:\w+\s+)?\w+)\s+who\s+(?P<gone>(?:had\s+)?(?:resigned|retired|left\s+(?:the\s+)?(?:force|police|service|constabulary)\b))", re.I)
# a person called by their leaving: "the retired constable", "the former sergeant", "the officers who had resigned" is _BY_DEPARTURE's
_THE_DEPARTED = re.compile(r"\bthe\s+(?:retired|resigned|former)\s+(?:police\s+|detective\s+)?(?:officer|constable|PC|sergeant|inspector|member\s+of\s+staff)(?P<plural>s)?\b", re.I)
_CHIEF = re.compile(r"\bchief\s+(?:constable|officer)\b", re.I)
# those of a group still serving, as the ones a split speaks of: "Of the two still serving, one was dismissed and the other
# ...", "One of the two serving officers ..."
_OF_THOSE_SERVING = re.compile(r"\bstill\s+(?:serving|employed|in\s+the\s+force)\b|\bthe\s+(?:two|three|four|five|six)\s+serving\b"
                               r"|\bserving\s+(?:officers|constables|sergeants|members|ones)\b", re.I)
_DECIDES = re.compile(r"\s+(?:\w+\s+)?(?:found|rejected|imposed|decided|ruled|concluded|determined|dismissed|gave|issued)\b", re.I)
# "The other had resigned", "The other one was ...": the other, with nothing but a verb after it
_BARE_OTHER = re.compile(r"\W*the\s+other(?:\s+one)?\s+(?=(?:was|were|had|has|attended|received|resigned|retired|faced|will|would|did|is)\b)", re.I)
_THE_REST = re.compile(r"\bthe\s+(?:others|rest|remaining(?:\s+(?:two|three|four|five|six|officers|ones))?)\b", re.I)
_THE_OTHER = re.compile(r"\b(?:the\s+other|another)\s+(?:one|officer|member|[a-z]+\s+officer)\b"
                        r"|\bthe\s+other\b(?!\s+(?:force|forces|body|man|woman|men|women|side|hand|way|day|person|people)\b)", re.I)


# facts that are one person's own: told of one person, they are never also another's
_ONE_PERSONS_FACTS = frozenset(("left", "outcome", "sanction", "attended", "barred"))
# words that speak of more than one person (a singular "their" stays out of the rule's reach: it may mean several)
_SEVERAL_SPOKEN_OF = re.compile(r"\b(?:they|them|their|both|each|all|either|neither|none|others|every|together|between|respectively)\b"
                                r"|\bone\s+of\b|\b(?:two|three|four|five|six)\b", re.I)
_ONE_PERSON_PRONOUN = re.compile(r"\b(?:he|she|him|his|her)\b", re.I)
# the pronoun as the one the facts are about ("he was given", "before her meeting", "dismissed him"), not someone speaking of
# them ("the chair said he could see no reason ...")
_PRONOUN_OF_THE_FACTS = re.compile(r"\b(?:he|she)\s+(?:had\s+|has\s+|would\s+have\s+|will\s+)?(?:was|were|been|received|resigned|retired|left|attended|admitted|accepted|be)\b"
                                   r"|\b(?:his|her)\s+(?:misconduct\s+|gross\s+misconduct\s+)?(?:meeting|hearing|case|proceedings|employment)\b"
                                   r"|\b(?:dismissed|given|gave|issued)\s+(?:him|her)\b", re.I)
# a sentence opening on one person by their place in the report's order, or on one of a group, or on the other
_ORDINAL_SUBJECT = re.compile(r"\s*The\s+(first|second|third|fourth)\b(?=\s+(?:(?:police\s+|detention\s+)?(?:officer|constable|PC|sergeant|inspector|member\s+of\s+staff|one)\s+)?(?:was|had|has|received|resigned|retired|left|attended)\b)", re.I)
_ONE_ROLE = r"(?:[a-z]+\s+){0,2}?(?:officer|constable|PC|sergeant|inspector|PCSO|member\s+of\s+staff|call\s+handler"
_ONE_SUBJECT = re.compile(r"\s*One\s+(?!of\b)" + _ONE_ROLE + r")\b", re.I)
_THE_OTHER_SUBJECT = re.compile(r"\s*The\s+other\s+" + _ONE_ROLE + r"|one)\b", re.I)
# the level of a finding, a hearing or a meeting told in the sentence
_LEVEL_TOLD = re.compile(r"\b(?P<gross>gross\s+)?misconduct\s+(?:(?:was\s+)?(?:found\s+)?(?:proven|proved)|meeting|hearing)\b", re.I)
_A_LEVEL = re.compile(r"\b(gross\s+)?misconduct\b", re.I)  # every level the sentence speaks of


# "the two officers with a gross misconduct case", "the officers who had misconduct cases": told apart by level
_WITH_A_LEVEL = re.compile(r"\s+(?:with\s+(?:a\s+|the\s+)?|who\s+had\s+(?:a\s+|the\s+)?)(?P<gm>gross\s+)?misconduct\s+cases?\b", re.I)
# the words a bare decision by place is read from ("The fourth had a case"; see _BARE_ORDINAL_ACTOR)
_ORDINAL_BARE_WORDS = ("second", "third", "fourth", "fifth", "sixth", "other", "remaining", "last")
# a decision opening on some of a counted group: "Three of them, ...", "Two of the officers", "The fourth, a sergeant,"
_SOME_OF_THE_COUNTED = re.compile(r"\s*(?:(?P<n>Two|Three|Four|Five|Six)\s+of\s+(?:them|the\s+(?:two|three|four|five|six|seven|eight)\s+|these|those)"
                                  r"|The\s+(?P<which>other|remaining|last|second|third|fourth|fifth|sixth|seventh|eighth)(?:\s+one)?)\b(?=\W)")
# "At the first meeting, ...", "At the second hearing ...", and after one of them "At the second, ..."
_AT_THE_NTH_PROCEEDINGS = re.compile(r"\s*(?:At|In)\s+the\s+(?P<nth>first|second|third|fourth|remaining|other|last|final)\b"
                                     r"(?:\s+(?:misconduct\s+|gross\s+misconduct\s+)?(?P<kind>meeting|hearing)\b|\s*,)", re.I)
# no case found, in the passive: "the two were found to have no case to answer", "a case to answer ... was not found
# against the sergeant"
_PASSIVE_NO_CASE = re.compile(r"\b(?:was|were)\s+found\s+to\s+have\s+no\s+case\s+to\s+answer\b"
                              r"|^\s*(?:A|The)\s+case\s+to\s+answer\b[^.;]{0,40}?\bwas\s+not\s+found\s+against\b", re.I)
# someone named as deciding: ours, the force's or a decision maker's view, not the panel's
_SOMEONE_DECIDING = re.compile(r"\b(?:we|our|us|IOPC|IPCC|investigator|the\s+force|appropriate\s+authority|decision\s+maker)\b"
                               r"|" + _A_FORCE_BY_NAME + r"\b", re.I)
_SEX_WORD = re.compile(r"\b(?:fe)?male\b")  # (in a phrase's lower-cased modifiers: "the female officer")


def _pronoun_of_the_facts(text: str) -> str | None:
    """'m' or 'f' where the pronouns the facts are told with are all "he" or all "she", else None."""
    if not _PRONOUN_OF_THE_FACTS.search(text):
        return None
    # (every pronoun of the sentence, not only those: "she told him" speaks of two)
    genders = {"f" if m.group(0).lower() in ("she", "her") else "m" for m in _ONE_PERSON_PRONOUN.finditer(text)}
    return genders.pop() if len(genders) == 1 else None


class FirstGiven(NamedTuple):
    """Where the report first gives a surname: the phrase, its sentence's index, and that sentence's text before and
    after the phrase."""
    phrase: Phrase
    index: int
    before: str
    after: str


# a departure told as after the proceedings: "PC Shaw resigned from the force in 2023, after the hearing"
_AFTER_THE_PROCEEDINGS = re.compile(r"\bafter\s+(?:the|his|her|their)\s+(?:[\w-]+\s+)?(?:hearing|meeting)s?\b(?!\s+(?:was|had\s+been)\s+(?:arranged|scheduled|set))"
                                    # ("... was given a final written warning, and he resigned from the force three months later")
                                    r"|\b(?:dismissed|warning|advice|reduced|proven)\b[^.]{0,120}?\b(?:resigned|retired)\b[^.;]{0,50}?\b(?:later|afterwards)\b", re.I)


def _left_before(person: "Person") -> bool:
    """Known to have left, and not only in words that put it after the proceedings."""
    return person.has_left and not all(_AFTER_THE_PROCEEDINGS.search(span.text) for span in person.evidence.get("left", []))

# the report saying it will call its people by letters: "the constable who decided on the search is referred to here as
# Officer A, and her colleague ... as Officer B"
_CALLED_BY_LETTER = re.compile(r"\b(?:referred\s+to|called|known)\s+(?:here\s+|below\s+|in\s+this\s+(?:summary|report)\s+)?as\s+(?:Officer|PC|DC|DS|Sergeant|Constable)\s+A\b")
# our agreeing to what the force proposed: "The force proposed to deal with one of them through reflective practice, and
# we agreed"
_WE_AGREED_TO_IT = re.compile(r"\b(?:and|which)\s+we\s+(?:agreed|accepted)\b", re.I)
# what only those with a case have: "Both attended a misconduct meeting and were given written warnings"
_OF_PROCEEDINGS = re.compile(r"\b(?:meetings?|hearings?|warnings?|dismiss\w*|proven|demoted|reduced\s+in\s+rank)\b", re.I)
# people called by their finding: "the three officers found to have committed gross misconduct", "those found guilty of
# misconduct"
_BY_FINDING = re.compile(r"\W*(?:the|those)\s+(?:(?P<n>two|three|four|five|six)\s+)?(?:(?:officers|constables|members\s+of\s+staff|staff)\s+)?(?:who\s+(?:were|had\s+been)\s+)?"
                         r"found\s+(?:to\s+have\s+committed|guilty\s+of)\s+(?P<level>gross\s+misconduct|misconduct)\b", re.I)
# our recommendation that someone attend or face proceedings: "We recommended that the call handler attend a misconduct
# meeting, and the force agreed to hold one"
_WE_RECOMMENDED_ATTENDING = re.compile(r"\b(?:we|IOPC)\s+(?:then\s+|therefore\s+)?(?:recommended|directed)\s+that\s+(?:the\s+)?[\w\s-]{1,40}?\s+(?:attend|face)\s+(?:a|an)\s+(?:gross\s+)?misconduct\s+(?:meeting|hearing)\b", re.I)
# people a report would not call "the officer": police staff, and the posts staff hold (a call handler), whether or not
# the page says they are staff (not a noun of the page's own, such as "his colleague", nor a supervisor the page calls a
# sergeant: either may be an officer)
_STAFF_POST = re.compile("|".join(h for h, role in _HEADS if role == "context"), re.I)


def _not_called_officer(group: Group) -> bool:
    return group.role == "staff" or group.role != "officer" and bool(_STAFF_POST.fullmatch(group.head))


# what a news lead may tell of the case decided later in the page
_LEAD_FACTS = ("sanction", "proceedings", "outcome", "left")
# between two people a lead names in clauses of their own: "PC Fell has been dismissed and [his two colleagues] ..."
_NEXT_IN_THE_LEAD = re.compile(r"(?:\band|[;,])\s*(?:(?:his|her|their)\s+)?$", re.I)
# the verb of a news lead, after its subject: "A former sergeant | would have been dismissed | for ..."
_LEAD_VERB = re.compile(r"\b(?:would\s+have\s+been|has\s+been|have\s+been|was|were|has|have|received|faced)\b", re.I)
# the relative clause of a news lead: "A PCSO | who passed police information to a friend | has been dismissed"
_LEAD_WHO = re.compile(r"(?<=[\w)])\s+who\s+(?!(?:has|have|was|were)\s+been\b)[^,;.]{1,160}?(?<!\bwould)(?<!\bcould)(?<!\bmight)(?<!\bshould)(?=\s+(?:has|have)\s+been\b)")


class Resolver:
    def __init__(self, page: Page):
        self.page = page
        self.sentences = page.sentences
        self.surnames: dict[str, FirstGiven] | None = None  # (found once, when first needed)
        self.index_of = {id(s): i for i, s in enumerate(self.sentences)}
        self.text_mentions_staff = bool(re.search(r"\b(?:police\s+)?staff\b", page.body, re.I))
        self.groups: list[Group] = []
        self.pointer: list[Person] = []
        self.last_split: Group | None = None
        self.counted_within: tuple[list[Person], int] | None = None  # the group a count in this sentence is of, and where the count is
        self.counted_off: list[Person] = []  # a subset ("four of them") whose members bare counts and ordinals go through
        self.remainder: list[Person] = []
        self.split_scope: tuple[list[Person], list[Person]] | None = None
        self.leveled_at: dict[int, int] = {}  # sentence index: people of a group decided on without a level it gave one
        self.total: int | None = None  # people served notices, when the text says
        self.decided_here: list[Group] = []  # groups a decision in the current sentence was about
        # "the two police officers" when the people with a case are three members of staff: the sentence
        # is about others, and so is a "They ..." straight after it
        self.others_now = self.others_before = False
        self.nth_kind: str | None = None  # "meeting" after "At the first meeting": what a bare "At the second" counts
        # a page cut off mid-sentence (stored copies stop at about 2,000 characters) may not show how
        # a disagreement ended; a short last line or a list item without a full stop is a page's own ending.
        # (the marker line casekit's own fictional pages end with is not the page's ending)
        body = [p for p in page.paragraphs if not p.text.lstrip().startswith("FICTIONAL:")]
        last = body[-1].text.strip() if body else ""
        self.cut_off = (len(last) > 40 and not re.match(r"[-•*–\d]", last)
                        # (a bare ’ after a word is an apostrophe cut off, "the force’", not a closing quote, unless a quote
                        # it closes opened in that line: "... as ‘a lesson for every officer’")
                        and not re.search(r"(?:[.!?:;\"”)\]]|[.!?][’'])\s*$", last)
                        and not (last.endswith("’") and "‘" in last))
        # (the substring tests skip the slow patterns on the many sentences that cannot match them)
        self.last_direction = max((i for i, s in enumerate(self.sentences) if "irect" in s.text and _WE_DIRECTED.search(s.text)), default=-1)
        self.heads = page_heads([s.text for s in self.sentences])
        with page_vocabulary(self.heads):
            self._read_decisions()
            # sentences where the force agreed a case to answer, with whom they name (read once, with the page's own nouns)
            self._force_agreements = [(i, {_who(p) for p in find_phrases(s.text)}) for i, s in enumerate(self.sentences)
                                      if "greed" in s.text and _FORCE_AGREED_CASE.search(s.text)]
            # ("We found that the sergeant had a case ... The force agreed.": the force agreeing the case just told)
            self._force_agreements += [(i, {_who(p) for p in find_phrases(self.sentences[i - 1].text)}) for i, s in enumerate(self.sentences)
                                       if i and _BARE_FORCE_AGREED.fullmatch(s.text) and _CTA_PARTS.search(self.sentences[i - 1].text)]

    def _read_decisions(self) -> None:
        self.decisions = [find_decisions(s.text) for s in self.sentences]
        # "we found indications that five officers may have a case to answer" is the start of an
        # investigation (who was served notices); where the report goes on to give its opinions, those
        # decide, and the indication only sizes the group
        early = [i for i, s in enumerate(self.sentences) if self.decisions[i] and _INDICATION_STAGE.search(s.text)]
        if early and any(d for i, d in enumerate(self.decisions) if i not in early):
            for i in early:
                sized = [p.count for d in self.decisions[i] for p in d.phrases if p.count and p.count > 1]
                if sized and self.total is None:
                    self.total = sized[0]
                self.decisions[i] = []
        for i, sentence in enumerate(self.sentences):
            if not self.decisions[i] and sentence.text.rstrip().endswith(":"):
                self.decisions[i] = self._listed(i)
            listed_after = self._listed_after_colon(i)
            if listed_after:
                self.decisions[i] = listed_after
            if not self.decisions[i] and i and (same := _SAME_VIEW_PARTS.search(sentence.text)):
                # "We found the constables had a case to answer for misconduct. We took the same view of the sergeant":
                # the same finding, for the people named
                before = [d for d in self.decisions[i - 1] if d.grade != "unknown"][-1:]
                phrases = [_shifted(p, same.end()) for p in _actors_list(sentence.text[same.end():])]
                if before and phrases:
                    self.decisions[i] = [Decision(phrases, before[0].grade, before[0].positive)]
            if not self.decisions[i] and i and (so_did := _SO_DID.match(sentence.text)):
                # "We found that the officer who made the remark had a case to answer for misconduct. So did the officer
                # who carried out the search": the same finding, for the one "So did" names
                before = [d for d in self.decisions[i - 1] if d.positive and d.grade != "unknown"][-1:]
                phrases = [_shifted(p, so_did.end()) for p in _actors_list(sentence.text[so_did.end():])][:1]
                if before and phrases and phrases[0].count == 1 and not _SO_DID_NOT_A_CASE.search(sentence.text):
                    # (someone other than those the sentence before decided on: "So did the officer ...", after "the officer
                    # who made the remark"; not one who only shared the view, reported it, or whose case the force disputed)
                    self.decisions[i] = [Decision([replace(phrases[0], other=True)], before[0].grade, True)]
            if not self.decisions[i] and i and " did" in sentence.text and (did := _DID_ALONE.match(sentence.text)) \
                    and self._after_no_case(i, reach=2 if did.group("said_why") else 1):
                # "The sergeant did not have a case to answer. The detention officer, however, did.": a case, its level
                # said elsewhere if at all; in the sentence straight after the no-case decision, or the one after that
                # where it says what for ("The constable, however, did: for ..."), as "did" may stand for another verb
                # ("Neither checked the cell. Only PC Rowe did.")
                who = did.group("who")
                phrases = find_phrases(who)
                if len(phrases) == 1 and not who[:phrases[0].start].strip() and not _past_letter(phrases[0], who[phrases[0].end:]).strip():
                    level = _grade_of(did.group("level")) if did.group("level") else "unknown"  # ("Only PS Garroway did, for gross misconduct.")
                    self.decisions[i] = [Decision([_shifted(phrases[0], did.start("who"))], level, True)]
        if not any(not _PANEL_VOICE.search(s.text) for d, s in zip(self.decisions, self.sentences) if d):
            # no decision but a panel's: the older wording, where an "indication" was the decision
            indications = [find_indications(s.text) for s in self.sentences]
            if any(indications):
                self.decisions = [a + b for a, b in zip(indications, self.decisions)]

    def _after_no_case(self, index: int, reach: int) -> bool:
        """The last sentence with decisions, within ``reach`` sentences before ``index``, decided only no-case ones, and
        says after them no other "did" that a bare "X did." could stand for ("..., as he did not know the man had taken
        drugs. The detention officer did.")."""
        j = next((j for j in range(index - 1, max(-1, index - 1 - reach), -1) if self.decisions[j]), None)
        if j is None or any(d.positive for d in self.decisions[j]):
            return False
        text = self.sentences[j].text
        said = list(_CTA.finditer(text))
        return not said or not re.search(r"(?<!neither\s)(?<!nor\s)\bdid\b|n['’]t\b", text[said[-1].end():], re.I)

    def _listed_after_colon(self, index: int) -> list[Decision]:
        """'three of them had a case to answer for misconduct: a sergeant, who ..., and two constables, who ...': the
        counted people are those the list after the colon names, when its numbers add up to the count."""
        decisions = self.decisions[index]
        text = self.sentences[index].text
        if len(decisions) != 1 or len(decisions[0].phrases) != 1 or not decisions[0].positive:
            return []
        counted = decisions[0].phrases[0]
        colon = text.find(":", counted.end)
        if not counted.count or counted.count < 2 or colon < 0:
            return []
        tail = text[colon + 1:]
        listed = [p for p in find_phrases(tail)
                  if not tail[:p.start].strip() or re.search(r"(?:,|\band)\s*$", tail[:p.start])]
        if len(listed) < 2 or sum(p.count or 0 for p in listed) != counted.count:
            return []
        return [replace(decisions[0], phrases=[_shifted(p, colon + 1) for p in listed])]

    # people --------------------------------------------------------------
    def _role(self, phrase: Phrase) -> str:
        if phrase.role == "context":
            return "staff" if self.text_mentions_staff else "unknown"
        return phrase.role

    def _groups_of(self, people: list[Person]) -> list[Group]:
        """The groups these people belong to, each once, in order (the remainder belongs to none)."""
        return list({p.group: self.groups[p.group] for p in people if p.group >= 0}.values())

    def _split_one(self, group: Group, among: list[Person] | None = None) -> Person:
        """Take out the next person of a group (or of ``among``, some of its members) not yet split off ("one of the
        officers")."""
        return self._take_out(group, next(p for p in (among or group.members) if not p.split))

    def _take_out(self, group: Group, person: Person) -> Person:
        """Split ``person`` off ``group``: "the other" of it is then whoever is left."""
        person.split = True
        self.last_split = group
        return person

    def _count(self, phrase: Phrase, index: int) -> int | None:
        if phrase.count is not None:
            return phrase.count
        if phrase.plural and phrase.head not in GENERIC_HEADS:
            # "each detention officer", after "both detention officers" (or "the two ...") in the two sentences before: those
            # (not "Six detention officers worked that weekend", nor a number past "the detention officers responsible")
            for sentence in reversed(self.sentences[max(0, index - 2):index]):
                same = [q for q in find_phrases(sentence.text) if q.head == phrase.head and q.plural]
                if same:
                    if same[-1].count and same[-1].count > 1 and _SETTLED_COUNT.match(same[-1].text):
                        return same[-1].count
                    break
            else:
                # ("interviewed the sergeant and both constables ... no indication that any of the three officers ... Each
                # of the constables had a case": the constables' own settled number, further back, not the officers' count)
                settled = [q.count for sentence in self.sentences[:max(0, index - 2)] for q in find_phrases(sentence.text)
                           if q.head == phrase.head and q.plural and q.count and q.count > 1 and _SETTLED_COUNT.match(q.text)]
                if settled:
                    return settled[-1]
        nearby = self.sentences[max(0, index - 3):index + 1] if _OF_THEM.fullmatch(phrase.text) else []
        if nearby and not any(_CONTEXT_COUNT.search(s.text) for s in nearby):
            # "The last two to check on the man were interviewed ... each of them had a case": a group counted without a
            # noun, in this sentence or the three before, where no officers are counted there
            for sentence in reversed(nearby):
                counted = list(_COUNT_WITHOUT_NOUN.finditer(sentence.text))
                if counted:
                    return _to_int(counted[-1].group("n"))
        # "the officers": look for their number nearby ("both officers", "two ... officers"), or a
        # list of the people just named ("the police constable and sergeant")
        best: tuple[float, int] | None = None
        for j, sentence in enumerate(self.sentences):
            counts = [_to_int(m.group("n")) for m in _CONTEXT_COUNT.finditer(sentence.text)]
            if j <= index:
                listed = _enumeration(sentence.text)
                counts += [listed] if listed else []
            for count in counts:
                distance = abs(j - index) + (0 if j >= index else 0.5)
                if best is None or distance < best[0]:
                    best = (distance, count)
        return best[1] if best else None

    def _matching_groups(self, phrase: Phrase, loose: bool = False) -> list[Group]:
        """Groups a phrase can mean. ``loose``: in a sentence that only refers back (no decision), a
        specific rank may name the one person of that role known."""
        if phrase.label:
            # "officer B" is never officer A; a letter first used for one of a group names them from now on
            return [g for g in self.groups if g.label == phrase.label] or self._bind_letter(phrase) or self._bind_surname(phrase)
        if GENERIC_STAFF.match(phrase.head):
            return [g for g in self.groups if g.role == "staff" or GENERIC_STAFF.match(g.head)]
        if phrase.head in GENERIC_HEADS:
            candidates = [g for g in self.groups if g.role in ("officer",) or g.head in GENERIC_HEADS]
            if not candidates:
                # "the officer", said of the detention officer or custody officer the report is about
                candidates = [g for g in self.groups if g.head.endswith("officer")]
        else:
            # ("the detention officer" is not the plain "officer" of the opening, when police staff are no officers)
            candidates = [g for g in self.groups if (g.head == phrase.head or g.head.endswith(" " + phrase.head)
                          or phrase.head.endswith(" " + g.head) or g.head.startswith(phrase.head + " "))
                          and not (g.head in GENERIC_HEADS and phrase.role == "staff" and g.introduced_at == 0)]
            # "the detective constable" is the detective constable, not also the police constable, where both are known
            candidates = [g for g in candidates if g.head == phrase.head] or candidates
            # "the inspector" is never "the chief inspector": a rank of its own
            candidates = [g for g in candidates if _chief_rank(g.head) == _chief_rank(phrase.head)]
            if re.match(r"(?:the\s+)?(?:police\s+constable|PC)\b", phrase.text, re.I):
                # "the police constable" (or "PC"), set against "the DC": never the detective constable
                candidates = [g for g in candidates if not g.head.startswith("detective ")]
            # "the constable" is the special constable only when referred back to and no plain constable is known
            # ("The special constable ..." after "The four constables ...", of five officers: the one left, not the constables)
            same_kind = [g for g in candidates if (g.role == "special") == (phrase.role == "special")]
            if not same_kind and loose:
                left_plain = [g for g in self.groups if g.head in GENERIC_HEADS and g.case] if phrase.role == "special" else []
                same_kind = left_plain or candidates
            candidates = same_kind
            if not candidates or phrase.role == "staff" and not phrase.plural \
                    and all(g.head in GENERIC_HEADS and len(g.members) > 1 for g in candidates):
                # ("both had a case ... The detention officer resigned": the one a roster of those investigated called so,
                # if it did, not both)
                candidates = self._bind_rank(phrase) or candidates
            if not candidates and phrase.head == "constable":
                candidates = [g for g in self.groups if g.head in GENERIC_HEADS]  # "the constable" of "two officers"
                if re.match(r"(?:the\s+)?(?:student|probationer|probationary|trainee)\s+(?:police\s+)?constable\b", phrase.text, re.I):
                    # "the student constable" is someone of its own, never "the officer who struck the boy": a
                    # qualified rank does not fall back on an officer the report described otherwise
                    candidates = [g for g in candidates if not g.described_as]
            if not candidates and phrase.head.startswith("officer "):
                # "the officer in charge", of the one officer the report has called only "the officer"
                generic = [g for g in self.groups if g.head in GENERIC_HEADS]
                candidates = generic if len(generic) == 1 and len(generic[0].members) == 1 else []
            if not candidates and loose and phrase.definite and phrase.role == "officer":
                # "the custody sergeant", when the one officer known was introduced as "the custody sergeant officer"
                same = [g for g in self.groups if g.role == "officer"]
                candidates = same if len(same) == 1 and len(same[0].members) == 1 and not (
                    _other_rank(same[0].head, phrase.head) and not self._rank_changes) else []
                plain = [g for g in same if g.head in GENERIC_HEADS and len(g.members) == 1 and not g.label]
                if not candidates and len(plain) == 1 and not phrase.plural and self._rank_named_at_decision(phrase.head, plain[0]):
                    # "the inspector ... We found he had a case" (kept as "the officer"), then "a hearing for the
                    # inspector": the one plain officer, whose rank the decision named or its sentence before opened with
                    candidates = plain
        return candidates

    def _bind_rank(self, phrase: Phrase) -> list[Group]:
        """'We interviewed the sergeant and the inspector under misconduct caution ... both officers had a case to
        answer. ... The inspector was given ...': a group called only "officers" whose members a list of those
        investigated gave by rank, in the few sentences before the decision or in its own opening, so each rank names
        the member in its place ("a sergeant and two constables ... the second constable": by place among those of its
        rank). The list must give exactly as many people as the group had, and the rank must pick out one of them."""
        if phrase.plural or phrase.count not in (None, 1) or phrase.role not in ("officer", "staff"):
            return []  # (police staff too: "the custody sergeant and a detention officer ... both had a case")
        for at in sorted({g.introduced_at for g in self.groups if g.head in GENERIC_HEADS and not g.label and not g.described_as
                          and g.introduced_at >= 0}):
            listed = self._roster_at(at)
            same = [i for i, rank in enumerate(listed) if rank == phrase.head or rank.endswith(" " + phrase.head)]
            ordinal = _ORDINAL_OPENING.match(phrase.text)
            if ordinal and len(same) > 1:
                # ("a sergeant and two constables ... the first constable": the first of them as listed)
                place = _ORDINAL_POSITION[ordinal.group(0).split()[1].lower()]
                same = same[place - 1:place]
            if len(same) != 1:
                continue  # (not named in the list, or not one of it alone: "the constable" of two constables)
            # the group as introduced, in order, whether or not some of it has been bound to its rank already
            family = self._family_at(at, listed)
            if len(family) != len(listed):
                continue
            member = family[same[0]]
            if self.groups[member.group].head == listed[same[0]] and len(self.groups[member.group].members) == 1:
                return [self.groups[member.group]]  # (bound to this rank already)
            if self.groups[member.group].head not in GENERIC_HEADS:
                continue  # (bound to something else: that holds)
            regrouped = self._regroup([member], self.groups[member.group].decided_at)
            regrouped.head = listed[same[0]]  # (by its rank as listed, so "the custody sergeant" still finds it)
            if phrase.role == "staff":
                regrouped.role = member.role = "staff"
            if ordinal:
                regrouped.placed_as = phrase.text.lower()  # ("the second constable": this one, no one beyond)
            return [regrouped]
        return []

    def _roster_at(self, at: int) -> list[str]:
        """The ranks of those decided on at sentence ``at``, one per person, as a list of the people investigated gave
        them in the few sentences before, or a roster after their count ("four officers: a sergeant and three
        constables"), or the decision's own opening; [] where none did."""
        decided = self.sentences[at].text
        # (a list of the people investigated: "interviewed the sergeant and the inspector under misconduct caution", not
        # witnesses, "We spoke to the sergeant and the inspector who supervised the control room")
        # (a clause of its own: "We interviewed the custody sergeant and a detention officer, both under misconduct caution,
        # and took statements from ... other staff" lists the two investigated, not the witnesses after)
        return next((ranks for s in reversed(self.sentences[max(0, at - 6):at]) for clause in _CLAUSES_OF_A_LIST.split(s.text)
                     if not _WITNESS_CLAUSE.match(clause) and (_INVESTIGATED.search(clause) or _ROSTER_AFTER_COUNT.search(clause))
                     and (ranks := _listed_one_by_one(clause))), []) \
            or _listed_one_by_one(decided[:_first_case_word(decided)]) \
            or self._ranks_told_before(at)

    def _ranks_told_before(self, at: int) -> list[str]:
        """The ranks a sentence saying whom we investigated names, each once, in its order, where it names them other
        than as a list ("We investigated the detective constable's handling of the case and the way it was supervised by
        her detective sergeant. ... We found that both officers had a case"): one person per rank, so only where it
        names no count and nobody by a plain noun."""
        for s in reversed(self.sentences[max(0, at - 6):at]):
            for clause in _CLAUSES_OF_A_LIST.split(s.text):
                if _WITNESS_CLAUSE.match(clause) or not _WE_INVESTIGATED.search(clause) or _INVESTIGATED.search(clause) is None:
                    continue
                phrases = [p for p in find_phrases(clause) if p.role in ("officer", "staff")]
                if len(phrases) < 2 or any(p.plural or p.count != 1 or p.head in GENERIC_HEADS or p.label for p in phrases):
                    continue
                ranks = list(dict.fromkeys(p.head for p in phrases))
                if len(ranks) > 1:
                    return ranks
        return []

    def _family_at(self, at: int, listed: list[str]) -> list[Person]:
        """The people decided on together at sentence ``at``, in the order introduced, whether or not some have been
        bound to their rank already."""
        return sorted((p for g in self.groups if g.introduced_at == at and (g.head in GENERIC_HEADS or g.head in listed) for p in g.members),
                      key=lambda p: p.seq)

    def _ranked(self, group: Group) -> list[tuple[Person, str]]:
        """Each person decided on with a group called only "officers", with the rank a roster gave them ("a sergeant and
        three constables"); [] where no roster gives exactly as many ranks as people."""
        if group.head not in GENERIC_HEADS or group.introduced_at < 0:
            return []
        listed = self._roster_at(group.introduced_at)
        family = self._family_at(group.introduced_at, listed)
        return list(zip(family, listed)) if len(family) == len(listed) else []

    def _of_the_rank(self, group: Group, members: list[Person], rank: str) -> list[Person]:
        """Of a group called only "officers", the members a roster gave ``rank`` ("one of the constables", of "a sergeant and
        three constables"); all of ``members`` where no roster tells."""
        ranks = dict(self._ranked(group))
        return [p for p in members if p in ranks and (ranks[p] == rank or ranks[p].endswith(" " + rank))] or members

    def _rank_named_at_decision(self, head: str, group: Group) -> bool:
        """Whether the sentence deciding on ``group`` names ``head``, or the sentence before opens with it (whom a
        "he" there means)."""
        at = group.introduced_at
        if at < 0:
            return False
        before = find_phrases(self.sentences[at - 1].text)[:1] if at > 0 else []
        return any(p.head == head for p in find_phrases(self.sentences[at].text)) or [p.head for p in before] == [head]

    def _bind_letter(self, phrase: Phrase) -> list[Group]:
        """'Both detention officers had a case ... Officer B retired before his hearing': letters name a group's
        members in the order the report introduced them (A the first), once the report starts using them."""
        if not phrase.label or len(phrase.label) != 1 or not phrase.label.isupper():
            return []
        introduced = min((g.introduced_at for g in self.groups), default=0)
        used = re.compile(r"\b(?:officers?|PCs?|constables?|sergeants?|Officers?)\s+(?:[A-Z]\s*(?:,|and)\s*)*" + phrase.label + r"\b")
        earlier = [s.text for s in self.sentences[:introduced] if used.search(s.text)]
        position = ord(phrase.label) - ord("A")
        # ("Body-worn video showed the first officer, PC C, ...": the letter given with its place in the order)
        placed = [m for text in earlier for m in _ORDINAL_LETTER.finditer(text) if m.group("label") == phrase.label]
        if placed:
            position = _ORDINAL_POSITION[placed[0].group("ordinal").lower()] - 1
        elif earlier and not any(_ROSTER_LETTERS.search(text) or _CALLED_BY_LETTER.search(text)
                                 or any(_INVESTIGATED.search(c) and _LETTERS_LISTED.search(c) for c in text.split(";")) for text in earlier):
            # the letter already named someone before anyone had a case: not one of a group (unless a roster of
            # them all, "the three constables (Officers A, B and C)", gave the letters in order, or each letter came
            # with its place: "the first officer, PC A")
            return []
        # the people introduced together under one noun, in order, whether or not some were named by a letter already
        families: dict[tuple[int, str], list[Person]] = {}
        for g in self.groups:
            # ("three officers ... PC A": any officer's rank names one of a group of "officers")
            if g.case and (g.head == phrase.head or phrase.head in GENERIC_HEADS or g.head.endswith(" " + phrase.head)
                           or g.head in GENERIC_HEADS and phrase.role == "officer"):
                families.setdefault((g.introduced_at, g.head), []).extend(g.members)
        pools = [sorted(people, key=lambda p: p.seq) for people in families.values() if len(people) > max(position, 1)]
        pointed = [people for people in pools if any(p in self.pointer for p in people)]
        chosen = pointed if len(pointed) == 1 else (pools if len(pools) == 1 else [])
        if not chosen or self.groups[chosen[0][position].group].label:
            return []
        member = chosen[0][position]
        group = self._regroup([member], self.groups[member.group].decided_at)
        group.label = phrase.label
        return [group]

    def _surnames(self) -> dict[str, FirstGiven]:
        """Every surname the report gives a person serving with the police ("PC Garside", "Sergeant Dunmore"), in the
        order first given, with where it was first given."""
        if self.surnames is None:
            self.surnames = {}
            for index, sentence in enumerate(self.sentences):
                for phrase in find_phrases(sentence.text):
                    if phrase.label and len(phrase.label) > 1 and phrase.role in ("officer", "staff") and phrase.label not in self.surnames:
                        self.surnames[phrase.label] = FirstGiven(phrase, index, sentence.text[:phrase.start], sentence.text[phrase.end:])
        return self.surnames

    def _named_together_after(self, names: list[str], group: Group) -> bool:
        """'all four had a case ... PC Ashdown and PC Kettley were dismissed': these surnames are first given after the
        group's decision, together or each in a sentence telling a finding or sanction for them, and as no one else
        (not "PC Rudd, the driver of ...", not "another officer", not a chair, "chaired by Superintendent Oakes")."""
        first = {n: self._surnames()[n] for n in names}
        places = {f.index for f in first.values()}
        if min(places) <= group.decided_at:
            return False
        together = len(places) == 1
        after = {n: _past_letter(f.phrase, f.after) for n, f in first.items()}  # (the text past the surname itself)
        # (not "PC Rudd, the driver of ...", "PC Rudd (the driver)": introduced as someone else; "PC Marsh, who had
        # posted fewer messages," says only what the person did)
        # ("PC Teague, a constable who retired shortly before the hearing": the rank said again, one of the group's)
        return all((not re.match(r"\s*(?:\(|,\s+(?:the|a|an|another)\b)", after[n])
                    or re.match(r"\s*,\s+(?:a|an)\s+(?:police\s+)?" + re.escape(group.head) + r"\b", after[n], re.I) is not None)
                   # (a chair: "Superintendent Oakes chaired the meeting", "Superintendent Vale, who chaired it, ...")
                   and not re.match(r"\s*(?:,\s*who\s+(?:\w+\s+){0,2}?)?(?:chaired|chairs|chairing|presided|heard)\b", after[n], re.I)
                   # (given across sentences, each in one telling what was found or imposed on them: not a witness who
                   # "retired", nor the colleague the messages were about)
                   and (together or self._finding_for_them(n))
                   and not _MORE_PEOPLE_JUST_BEFORE.search(first[n].before)
                   and not re.search(r"\b(?:chair(?:ed|man|woman|person)?|panel|by)\W*$", first[n].before, re.I)
                   for n in names)

    def _finding_for_them(self, name: str) -> bool:
        """Whether the sentence first giving this surname tells a finding or sanction ("PC Garrow was dismissed"), not
        only a departure or a part in events."""
        facts = facts_in(self.sentences[self._surnames()[name].index].text)
        return "outcome" in facts or "sanction" in facts

    def _named_alone_with_facts(self, name: str) -> bool:
        """'... gross misconduct proven against all four. PC Ashdown was dismissed.': one surname, first given in a sentence
        that tells a finding or sanction of that person alone (not "proven against all four, and PC Ashdown was
        dismissed", where the sentence speaks of the whole group too; not "PC Fenn retired", perhaps a witness)."""
        text = self.sentences[self._surnames()[name].index].text
        named = find_phrases(text)
        # (the rank said again straight after the name, "PC Teague, a constable who retired ...", is the same person)
        named = [p for p in named if not any(q.label == name and q.head == p.head and re.fullmatch(r"\s*" + re.escape(name) + r"\s*,\s*", text[q.end:p.start])
                                             and re.match(r"(?:a|an)\s", p.text, re.I) for q in named)]
        return self._finding_for_them(name) and len(named) == 1 and not re.search(r"\b(?:all|both|each|every)\b", text, re.I)

    def _decided_by_name(self, name: str, group: Group) -> bool:
        """Whether a decision other than the one that made ``group`` names this surname ("PC Ellis had no case to
        answer"): someone of their own, not one of the group. (The same finding told again by name, "two constables
        had a case ... We found that PC Elwood and PC Carrow both had a case", with nothing saying they are more
        people, is the group's.)"""
        # (a level left unsaid is the same finding too: "The MPS agreed that PC Devlin had a case to answer"; and so is a
        # force's dispute of it, after the case was decided: "Essex Police did not agree that PC Frome had a case")
        return any(phrase.label == name and not (decision.positive and decision.grade in (group.grade, "unknown")
                                                 and not _MORE_PEOPLE.search(self.sentences[index].text)
                                                 and not _SAID_OF_MORE.search(self.sentences[index].text))
                   and not (not decision.positive and index > group.decided_at >= 0 and group.case
                            and _NOT_AGREEING.search(self.sentences[index].text))
                   for index, decisions in enumerate(self.decisions) if index != group.introduced_at
                   for decision in decisions for phrase in decision.phrases)

    def _bind_surname(self, phrase: Phrase) -> list[Group]:
        """'two officers, PC Garside and PC Whitlow ... both officers had a case ... the allegation against PC
        Garside': a surname names one of people decided on without it. Bound only where nothing else could be meant:
        the one unnamed sergeant for the one "Sergeant Dunmore" (not one introduced as "Sergeant Dunmore, a sergeant
        from another station"); of a group of unnamed people nothing yet tells apart, the surnames of one rank in the
        order first given, when there are exactly as many as the group. A surname with a decision of its own ("PC Ellis
        had no case to answer") is never one of a group.
        (A lookup that binds, as letters are bound: the first sentence to use a surname names the person for the rest.)"""
        if not phrase.label or len(phrase.label) < 2:
            return []
        surnames = self._surnames()
        unnamed = [g for g in self.groups if g.case and not g.label and g.role == phrase.role]
        if phrase.head not in GENERIC_HEADS:
            same_rank = [g for g in unnamed if g.head == phrase.head and len(g.members) == 1]
            rank_names = [n for n, first in surnames.items() if first.phrase.head == phrase.head]
            if not same_rank and rank_names == [phrase.label] and not any(g.head == phrase.head for g in self.groups):
                # "We interviewed the sergeant and the constable ... both officers had a case ... Sergeant Pell": the one
                # the roster called the sergeant
                same_rank = self._bind_rank(phrase)
            if len(same_rank) == 1 and rank_names == [phrase.label] and not self._decided_by_name(phrase.label, same_rank[0]) \
                    and not _ANOTHER_OF_THE_RANK.match(surnames[phrase.label].after):
                same_rank[0].label = phrase.label
                return same_rank
        plain = [g for g in unnamed if g.head in GENERIC_HEADS and len(g.members) == 1]
        officer_names = [n for n, first in surnames.items() if first.phrase.role == phrase.role]
        if plain == unnamed and len(plain) == 1 and len(self.groups) == 1 and officer_names == [phrase.label] \
                and re.search(r"(?:^\W*|\bthat\s+)the\s+(?:police\s+)?officer\s*,\s*$", surnames[phrase.label].before, re.I) \
                and len(find_phrases(self.sentences[surnames[phrase.label].index].text)) == 2:
            # "the officer, PC Dalby, had searched ... we decided the officer had a case ... PC Dalby resigned": the one
            # person with a case, whom the report named in apposition to "the officer" and named nobody else
            plain[0].label = phrase.label
            return plain
        families: dict[tuple[int, str], list[Person]] = {}
        for g in unnamed:
            if g.head in GENERIC_HEADS or g.head == phrase.head:
                families.setdefault((g.introduced_at, g.head), []).extend(p for p in g.members if not p.named)
        pools = [(head, sorted(people, key=lambda p: p.seq)) for (_, head), people in families.items() if len(people) > 1]
        if len(pools) != 1:
            return []
        head, pool = pools[0]
        group = self.groups[pool[0].group]
        # the surnames that could be theirs: those of one rank (for plain "officers", whichever rank the names share)
        # (less those already someone's: "One of them, PC Arkwright, retired ... PC Ellery, PC Tansley and PC Royce attended")
        taken = {g.label for g in self.groups if g.label}
        names = [n for n, first in surnames.items() if first.phrase.role == phrase.role
                 and (head in GENERIC_HEADS or first.phrase.head == head) and n not in taken]
        # (names first given after the decision, fewer than the group, name some of its members; nothing yet tells
        # those apart, so which ones does not matter. One name alone only in a sentence about that person alone, so
        # "proven against all four, and PC Ashdown was dismissed" keeps all four; "the other three" are then the rest)
        fewer = 1 <= len(names) < len(pool) and len({p.group for p in pool}) == 1 and self._named_together_after(names, group) \
            and (len(names) > 1 or self._named_alone_with_facts(names[0]))
        serving = [p for p in pool if p.facts.get("left") not in DEPARTED]
        if len(names) == len(serving) < len(pool) and len({tuple(sorted(p.facts.items())) for p in serving}) == 1 \
                and self._named_together_after(names, group) \
                and not any(_leaving_in_words(surnames[n].phrase)
                            or re.match(r"\s*(?:,\s*who\s+)?(?:had\s+)?(?:since\s+)?(?:retired|resigned|left)\b", _past_letter(surnames[n].phrase, surnames[n].after), re.I)
                            for n in names):
            # "One of the four retired ... PC Thwaite and PC Kilbride were dismissed ... The fourth officer, PC Lomas, ...":
            # names given with results, as many as are still serving, name those, never the one told apart by leaving
            pool = serving
        # (names of several ranks only for plain "officers", each given after the decision with a finding of its own:
        # "four officers ... PC Marlow and PC Dunstan were dismissed ... the fourth officer, Sergeant Ainsley, ...")
        mixed = head in GENERIC_HEADS and len(names) == len(pool) and self._named_together_after(names, group)
        if not (len(names) == len(pool) or fewer) or phrase.label not in names or len({surnames[n].phrase.head for n in names}) > 1 and not mixed \
                or any(self._decided_by_name(n, group) for n in names):
            return []  # (a name already someone's, or a witness of another rank, leaves the order unsure)
        if len({tuple(sorted(p.facts.items())) for p in pool}) > 1:
            return []  # ("one of them resigned", already told apart: the order of names need not follow)
        # all at once: the order binds each of them, and a member once taken out would shrink the group for the next
        for name, person in zip(names, pool):
            self._regroup([person], group.decided_at).label = name
            person.named = True  # (told apart from the rest of the group by name)
        return [g for g in self.groups if g.label == phrase.label]

    def _new_group(self, phrase: Phrase | None, grade: str, index: int, head: str = "officer", role: str = "officer") -> Group | None:
        count = self._count(phrase, index) if phrase else 1
        if not count:
            return None  # "officers" with no number: codebook says create none
        if phrase:
            head, role = phrase.head, self._role(phrase)
            if role == "unknown" and _OF_THEM.fullmatch(phrase.text):
                # "notices on five officers ... We found that four of them had a case": of the people last counted
                # (the nearest sentence that counts people; of officers and staff together, unknown)
                counts = ({q.role for q in find_phrases(s.text) if q.plural and q.count and q.count > 1}
                          for s in reversed(self.sentences[max(0, index - 2):index]))
                counted = next((roles for roles in counts if roles), set())
                role = counted.pop() if len(counted) == 1 and counted <= {"officer", "staff"} else role
                if role == "unknown" and not counted and not self.text_mentions_staff and not _STAFF_JOBS.search(self.page.body):
                    role = "officer"  # (a report that names no police staff, nor a staff job: they are officers)
            called = " ".join(filter(None, (_modifiers(phrase), head)))  # ("property officer": a modifier and its noun)
            if role == "officer" and called.endswith(" officer") and self._said_to_be_staff(called):
                role = "staff"  # "the property officer ..., who is a member of police staff"
        who = _WHO_CLAUSE.match(self.sentences[index].text[phrase.end:]) if phrase and phrase.end else None
        group = Group(head=head, role=role, grade=grade, members=[], plural=count > 1, decided_at=index,
                      described_as=who.group(1) if who else "", label=phrase.label if phrase else None,
                      modifiers=_modifiers(phrase) if phrase else "",
                      introduced_at=index, called=phrase.text.lower() if phrase else "")
        number = len(self.groups)
        for _ in range(count):
            person = Person(role=role, grade=grade, group=number, seq=sum(len(g.members) for g in self.groups) + len(group.members))
            person.note("grade", grade, self.sentences[index])
            group.members.append(person)
        self.groups.append(group)
        return group

    def _said_to_be_staff(self, head: str) -> bool:
        """Whether the report says the one it calls "the <head>" is police staff: "the property officer responsible for
        the store, who is a member of police staff", "the crime records officer, a member of police staff" (said of
        them, with nobody else named between)."""
        said = _said_to_be_staff_pattern(head)
        return any(not find_phrases(m.group("between")) for s in self.sentences if head in s.text.lower()
                   for m in said.finditer(s.text))

    @staticmethod
    def _came_round(text: str) -> bool:
        """'The force first suggested misconduct rather than gross misconduct, but agreed with our assessment': the lower
        level given up (not "..., but agreed with our assessment of the constable", about someone else)."""
        came = _CAME_ROUND.search(text)
        return bool(came) and not find_phrases(text[came.end():])

    def _force_agreed_their_case(self, index: int) -> bool:
        """Whether the force agreed the case of the people sentence ``index`` speaks of ("agreed that the inspector had a
        case ... The force handled it as a performance issue"), not someone else's ("agreed that the first call handler
        had a case ... the second call handler's performance was unsatisfactory")."""
        text = self.sentences[index].text
        # (not someone named as theirs: "a development plan agreed with his supervisor" is still about him)
        named = {_who(p) for p in find_phrases(text) if not _POSSESSIVE_BEFORE.search(text, 0, p.start)}
        return any(i <= index and (not named or named & agreed_about) for i, agreed_about in self._force_agreements)

    def _accepted(self, index: int) -> bool:
        if index >= len(self.sentences) or index <= self.last_direction:
            return False  # a direction at or after this sentence overrides any acceptance
        window = self.sentences[index:index + 3]
        # (not our recommendation that the person attend a meeting, which the force then agreed to hold: that overrides)
        return any(_ACCEPTED.search(s.text) and not _WE_RECOMMENDED_ATTENDING.search(s.text) for s in window) \
            or bool(re.search(r"\bagreed\b", self.sentences[index].text, re.I))

    def _accepted_for_whom(self, index: int) -> Iterator[list[Phrase]]:
        """The people of each "we accepted its position on <them>" in the sentences from ``index`` on."""
        for sentence in self.sentences[index:index + 3]:
            m = _acceptance_for(sentence.text)
            if m:
                yield find_phrases(m.group("who"))

    def _accepted_for_one(self, index: int) -> Group | None:
        """'we accepted its position on PC B' (or "on the second officer"): the one person so named, in a group of
        their own, by a letter, a specific rank or their place in the report; else None."""
        for named in self._accepted_for_whom(index):
            if len(named) != 1 or named[0].plural:
                continue
            groups = self._groups_named(named[0], called_apart=True)
            if len(groups) == 1 and len(groups[0].members) == 1:
                return groups[0]
        return None

    def _accepted_only_for(self, index: int) -> list[Group] | None:
        """'we accepted its position on the constable': the IOPC accepted the force's view for those named only."""
        for phrases in self._accepted_for_whom(index):
            # ("on the second officer": the one in that place, not every officer)
            named = [g for ph in phrases for g in self._groups_named(ph)]
            if named:
                return named
        return None

    @functools.cached_property
    def _rank_changes(self) -> bool:
        """A page telling of a promotion or an acting rank, which may call one person by two ranks."""
        return any(_RANK_CHANGE.search(s.text) for s in self.sentences)

    def _groups_named(self, phrase: Phrase, called_apart: bool = False) -> list[Group]:
        """The groups a phrase in a sentence that only refers back names: by place first ("the second officer"); else by
        its noun (``called_apart``: only groups with a name or a noun of their own, not a plain "officer")."""
        at = self._by_position(phrase)
        if at is not None:
            return [self.groups[at.group]] if at.group >= 0 or called_apart else self._matching_groups(replace(phrase, definite=True), loose=True)
        return [g for g in self._matching_groups(replace(phrase, definite=True), loose=True)
                if not called_apart or g.label or g.head not in GENERIC_HEADS]

    @staticmethod
    def _place_called(group: Group) -> int | None:
        """The place the report gave a group when it introduced it ("the second call handler": 2), else None."""
        return _ORDINAL_POSITION[group.called.split()[1].lower()] if _ORDINAL_OPENING.match(group.called) else None

    def _numbered_otherwise(self, group: Group, ordinal: str) -> bool:
        """'the second call handler had a case ... the first call handler had none': a group the report introduced by
        another place ("the second") is not the one this place names, whatever their noun."""
        place = self._place_called(group)
        return place is not None and place != _ORDINAL_POSITION[ordinal.lower()]

    @staticmethod
    def _with_a_case_if_directed(groups: list[Group], decision: Decision, sentence: str) -> list[Group]:
        """'... agreed with us about the second sergeant, but considered the first should face a meeting rather than a
        hearing. We did not agree, and directed a gross misconduct hearing': a direction or recommendation naming nobody
        is about those with a case, not also one whose lack of a case was settled (a case still disputed is kept)."""
        if decision.positive and decision.implicit and _DIRECTS_PROCEEDINGS.search(sentence) \
                and any(g.case for g in groups) and not all(g.case for g in groups):
            return [g for g in groups if g.case]
        return groups

    def _set_grade(self, group: Group, grade: str, index: int) -> None:
        downgrade = group.grade == "gross_misconduct" and grade == "misconduct"
        group.grade = grade
        group.decided_at = index
        for person in group.members:
            person.downgraded = person.downgraded or downgrade
            person.grade = grade
            person.note("grade", grade, self.sentences[index])

    def _rest_of_the_picked(self, index: int) -> Group | None:
        """The group the last decision picked one out of ("the more senior of the two sergeants"), when exactly one of
        those it was picked from is not yet known: "the other" of them."""
        decided = [g for g in self.groups if 0 <= g.decided_at < index]
        if not decided or decided[-1].decided_at != max(g.decided_at for g in decided):
            return None
        last = decided[-1]
        picked = _PICKED_OUT_OF.search(last.called)
        if picked is None or len(last.members) != 1:
            return None
        known = sum(len(g.members) for g in self.groups if g.head == last.head)
        return last if _to_int(picked.group("n")) - known == 1 else None

    # decisions -----------------------------------------------------------
    def _apply_decision(self, decision: Decision, index: int, create: bool = True) -> list[Group]:
        create = create and not decision.nobody
        sentence = self.sentences[index].text
        touched: list[Group] = []
        phrases = decision.phrases
        if decision.positive and decision.grade in ("misconduct", "gross_misconduct") \
                and (levelled := self._level_some_of_the_counted(decision, index)) is not None:
            return levelled
        if decision.bare in ("other", "remaining") and create and (picked_from := self._rest_of_the_picked(index)) is not None:
            # "We found that the more senior of the two sergeants had a case ... The other had a case to answer too": the
            # one of the two not picked out, someone new
            g = self._new_group(Phrase(0, 0, decision.bare, picked_from.head, picked_from.role, 1, False, False, False), decision.grade, index)
            return [g] if g else []
        if decision.bare in ("other", "remaining", "last") and not decision.positive:
            return []  # ("The other had no case", "The last had no case", with no one picked out before: whom it means is not known)
        if decision.bare in _ORDINAL_BARE_WORDS:
            if re.match(r"\s*The\s+\w+\s*,", sentence):
                return []  # ("The third, who ..., had a case", with no group waiting for its level: read by place, as before)
            place = _ORDINAL_POSITION.get(decision.bare)
            if place and place >= 3 and create and decision.positive and self.decided_here \
                    and sum(len(g.members) for g in self.decided_here) == place - 1 == sum(len(g.members) for g in self.groups):
                # "four of the constables had a case for gross misconduct and that the fifth had a case for misconduct": the
                # one after those this sentence just counted, someone new, called as they were
                template = self.decided_here[-1]
                g = self._new_group(Phrase(0, 0, decision.bare, template.head, template.role, 1, True, True, False), decision.grade, index)
                return [g] if g else []
            # ("The first officer had no case ... The second had a case": whoever the sentence is about, as "he had")
            decision = replace(decision, bare=None, implicit=True)
        if decision.implicit and self.decided_here:
            # "... had a case to answer, but the force said there was no case to answer and we agreed":
            # the people just decided on in this sentence
            for group in self.decided_here:
                self._revise(group, decision, index, sentence)
            return list(self.decided_here)
        if decision.implicit and not decision.positive and _NOT_AGREEING.search(sentence) \
                and (disputed := [g for g in self._groups_of(self.pointer) if g.case]):
            # "South Wales Police did not agree that there was a case to answer": the force disputing the case just told,
            # not someone new (whoever the sentence before happened to end on)
            for group in disputed:
                self._revise(group, decision, index, sentence)
            return disputed
        if decision.implicit and decision.positive and not find_phrases(sentence) \
                and (disputed := [g for g in self.groups if g.case and 0 <= g.disputed_at and index - g.disputed_at <= 4]):
            # "... did not agree that there was a case to answer. We recommended that the force hold a misconduct meeting":
            # the case in dispute, named by nobody (within four sentences: the force's reasons and ours may come between,
            # "It considered ... and proposed a meeting. We remained of the opinion ... We directed a hearing")
            for group in disputed:
                self._revise(group, decision, index, sentence)
            return disputed
        if decision.implicit and not decision.positive and self.pointer and all(p.remainder for p in self.pointer) \
                and not find_phrases(sentence):
            # "We served notices on all three officers ... The third officer had arrived last ... We found she had no case":
            # the one just talked about is one of those served beyond the decided, who have none already: nobody new
            return []
        if decision.implicit and create and (others := self._others_counted_just_before(index, sentence)) is not None:
            # "We found four officers had a case ... Three other officers had been in the group but had not posted. We found
            # that they had a case to answer for misconduct": the others just counted, people of their own
            g = self._new_group(others, decision.grade, index)
            return [g] if g else []
        if decision.implicit:
            # the person last talked about: someone known (their grade is revised), or someone new
            here = [p for p in find_phrases(self.sentences[index].text) if p.count == 1 and p.definite and not p.plural]
            if len(here) == 2 and not decision.positive and _AS_OWNER.match(sentence, here[1].end) \
                    and _PRONOUN_DECIDED_LATER.search(sentence, here[1].end):
                # ("The constable had followed the inspector's instructions, and we found she had no case": the one the
                # sentence is about, not the one whose instructions she followed)
                here = here[:1]
            opening_at = here[0].start if here else 0
            if len(here) == 2 and here[1].label and re.fullmatch(r"\s*,\s*", sentence[here[0].end:here[1].start]):
                here = here[1:]  # "The second officer, PC Kerridge, ...": one person, by name
            elif len(here) == 2 and here[0].label and len(here[0].label) > 1 and re.fullmatch(r"\s+(?:(?-i:[A-Z])[\w'’-]+\s+)?(?:was|is)\s+", sentence[here[0].end:here[1].start]):
                here = here[:1]  # ("Sergeant Dace was the supervisor ..., and we found he had a case": one person, by name)
            here_known = [g for p in here for g in self._matching_groups(p)]
            # "At the police constable's meeting, it was decided there was no case for him to answer": the one named here
            # ("For PC A, we directed a hearing": the person the sentence opens with, too)
            # ("When the supervisor reviewed the log she was busy, and we found she had no case": a clause of time opening on
            # the one person the sentence names, too)
            opening = len(here) == 1 and not re.sub(r"^\s*(?:for|as\s+for|in\s+the\s+case\s+of|when|while|whilst|once)\s+$", "",
                                                    self.sentences[index].text[:opening_at], flags=re.I).strip()
            if opening and re.match(r"\s*(?:when|while|whilst|once)\s", self.sentences[index].text, re.I) \
                    and _OTHER_PERSON_PRONOUN.search(self.sentences[index].text):
                opening = False  # ("When the sergeant asked him about the notes, he admitted ...": "he" is the one asked)
            at_their_proceedings = len(here) == 1 and (opening or re.search(
                r"\bat\s+the\s+" + re.escape(here[0].text.split(" ", 1)[-1]) + r"['’]s?\s+(?:\w+\s+)?(?:meeting|hearing)", self.sentences[index].text, re.I))
            # ("Officer C had reacted ...; we found he had a case": the lettered person opening the sentence, known or not)
            lettered_opening = opening and here[0].label is not None
            # ("After further discussion about the first officer, we directed a hearing against him": the one it is about)
            # ("Having weighed where the second officer stood, we accepted its view that he had no case": the one named
            # before the clause that decides by pronoun)
            later = _PRONOUN_DECIDED_LATER.search(sentence, here[0].end) if len(here) == 1 else None
            # (not "Because the sergeant had given him no instruction, we accepted ... that he had no case": "him" is another,
            # and so is the one the pronoun means)
            decided_later = bool(later) and not _OTHER_PERSON_PRONOUN.search(sentence, here[0].end, later.start()) \
                and not _SUBORDINATE_OPENING.match(sentence)
            about = len(here) == 1 and (_ABOUT_SOMEONE.search(self.sentences[index].text[:here[0].start]) or decided_later) \
                and (self._by_position(here[0], strict=decided_later)
                     or (here_known[0].members[0] if len(here_known) == 1 and len(here_known[0].members) == 1
                         # ("the second constable", when only a first is known: someone new, not that one)
                         and not (decided_later and _ORDINAL_OPENING.match(here[0].text)) else None))
            if not about and create and len(here) == 1 and not here_known and _IN_THEIR_CASE.match(sentence[:here[0].start]) \
                    and re.match(r"['’]s?\s+case\b", sentence[here[0].end:]):
                # "In the call handler's case, we found that her grading fell below the standard but that she had no case to
                # answer": the one the sentence is framed by, new to the report, whichever way it was decided
                g = self._new_group(here[0], decision.grade, index)
                return [g] if g else []
            if not about and decision.positive and create and len(here) == 1 and not here_known \
                    and _ABOUT_SOMEONE.search(self.sentences[index].text[:here[0].start]):
                # "Our view of the constable was that he had a case to answer": the one it is about, new to the report
                g = self._new_group(here[0], decision.grade, index)
                return [g] if g else []
            if about and (decision.positive or decided_later):
                group = self.groups[about.group]
                group = group if len(group.members) == 1 else self._regroup([about], index)
                self._revise(group, decision, index, sentence)
                return [group]
            # ("The detective inspector had signed off every claim; the investigator found that she had a case": the one the
            # sentence opens with, new to the report, when the case is said of her by pronoun in a later clause)
            opening_newcomer = opening and not here_known and (decision.positive and bool(_PRONOUN_CASE_LATER.search(sentence, here[0].end))
                                                               or not decision.positive and decided_later)
            # ("In our view the force the special constable used was not necessary, and he had a case": our view of the one
            # person its first clause names, new to the report, not whoever was counted in the sentence before)
            opening_newcomer = opening_newcomer or len(here) == 1 and not here_known and decision.positive \
                and bool(_OUR_VIEW_OPENING.match(sentence)) and bool(_HE_HAD_A_CASE_AFTER.search(sentence, here[0].end)) \
                and not any(ph.count == 1 and not ph.plural for s in self.sentences[max(0, index - 2):index] for ph in find_phrases(s.text))
            last = here[0] if at_their_proceedings and (len(here_known) == 1 or lettered_opening and not here_known) or opening_newcomer \
                else self._last_person(index, singular=decision.singular) or self._last_person(index)
            if len(here) == 1 and (decision.positive or decided_later) and (last is None or _POSSESSED.match(self.sentences[index].text, here[0].end)
                                                                           or decided_later and _AS_OWNER.match(sentence, here[0].end)):
                # "the sergeant's conduct, if proven, could amount to gross misconduct, and he had a case": the one whose
                # conduct the sentence weighs, not whoever the sentence before ended on (and with nobody before, the one
                # the sentence names)
                last = here[0]
            if not self.groups and decision.positive and not here and (last is None or not self._last_person(index, as_written=True).definite) \
                    and (opening_person := self._opening_person()) is not None:
                # "A former member of police staff has been jailed ... an officer preparing a case found ... We found that
                # she had a case": with nobody known yet, a decision by pronoun is about the one the report opens with,
                # not someone mentioned in passing ("an officer"; "the detention officer who booked him in" is meant)
                last = opening_person
            if last is None and not self.groups and decision.positive:
                # "She was interviewed ... We found she had a case to answer": with nobody known yet, whoever the
                # report described, however far back
                last = self._last_person(index, reach=index)
            ordinal = _BARE_ORDINAL.match(self.sentences[index].text) if last is not None and not here else None
            sized = self._matching_groups(last) if ordinal and ordinal.group("the") else []
            if sized and all(_ORDINAL_POSITION[ordinal.group("the").lower()] > len(g.members) for g in sized):
                # "four of the officers had a case ... The fifth had posted only once; we found he had no case": the
                # pronoun is the one the sentence opens with, beyond those just decided on: someone new
                if not create:
                    return touched
                g = self._new_group(replace(last, count=1, plural=False, text="the " + ordinal.group("the").lower()), decision.grade, index)
                return [g] if g else []
            known = self._matching_groups(last) if last is not None else []
            if known and self._someone_new(last, known, index, decision.positive):
                known = []
            # (not "One sergeant had also ... He also had a case": one of the pair, singled out)
            one_more_person = last is not None and decision.positive and create and last.count == 1 and not last.plural \
                and not last.other and not re.match(r"one\b", last.text, re.I) \
                and all(len(g.members) > 1 for g in known) and _HE_ALSO.search(self.sentences[index].text)
            if one_more_person:
                # "The officer in charge ... took no action. We considered that he also had a case": one more person,
                # not the group of several decided before
                g = self._new_group(last, decision.grade, index)
                return [g] if g else []
            if last is not None and known and not (last.head in GENERIC_HEADS and len(known) > 1):
                for group in self._with_a_case_if_directed(known, decision, sentence):
                    self._revise(group, decision, index, sentence)
                    touched.append(group)
                return touched
            if (last is None or known) and self.pointer:
                for group in self._with_a_case_if_directed(self._groups_of(self.pointer), decision, sentence):
                    self._revise(group, decision, index, sentence)
                    touched.append(group)
                return touched
            if last is None or not create:
                return touched
            phrases = [last]
        if decision.bare == "both":
            # "the force disagreed about the two inspectors and said both had a case": the pair just named, if known
            named = list(dict.fromkeys(g for ph in find_phrases(sentence) for g in self._matching_groups(replace(ph, definite=True))))
            pair = named if sum(len(g.members) for g in named) == 2 else self._groups_of(self.pointer) if len(self.pointer) == 2 else []
            if not pair and not self.groups and create and decision.positive and len(described := self._described_just_before(index)) == 2:
                # "The first call handler did not ... The second call handler graded ... We decided both had a case": the two
                for person in described:
                    g = self._new_group(person, decision.grade, index)
                    if g:
                        touched.append(g)
                return touched
            if pair:
                for group in pair:
                    self._revise(group, decision, index, sentence)
                return pair
        if decision.bare == "each":
            # "The property officer had marked ... DC Pelham did not chase ... We found that each had a case": the people
            # just described, one each; with people known, those just talked about
            described = self._described_just_before(index) if not self.groups and create and decision.positive else []
            if len(described) > 1:
                for person in described:
                    if g := self._new_group(person, decision.grade, index):
                        touched.append(g)
                return touched
            if (decision.they or re.match(r"\W*Each\s+(?:of\s+them\s+)?had\b", sentence)) and self.groups and create and decision.positive \
                    and (counted := self._counted_afresh_just_before(index)):
                # ("... two of the detention officers had recorded checks they had not made. They each had a case": as "Each
                # of them")
                return [g] if (g := self._new_group(counted, decision.grade, index)) else []
            if self.pointer:
                for group in self._groups_of(self.pointer):
                    self._revise(group, decision, index, sentence)
                    touched.append(group)
                return touched
            if decision.they:
                # ("We investigated the two detention officers ... which meant they each had a case": with nobody
                # described one by one and nobody known, those the report just talked about, as "they had a case" reads)
                return self._apply_decision(replace(decision, bare=None, implicit=True, they=False), index, create)
        if decision.of_counted and not self._people_so_counted(index, decision.bare):
            # ("a case to answer for each of the three", of three allegations: not three people, but whoever the sentence
            # is about)
            return self._apply_decision(replace(decision, bare=None, implicit=True, of_counted=False), index, create)
        if decision.bare and not self.groups and create and decision.positive \
                and len(listed := self._listed_just_before(index, NUMBERS.get(decision.bare, 0))) > 1:
            # "... that the custody sergeant, the detention officer and the constable may have breached the standards ...
            # We were of the opinion that all three had a case": the people the report listed, one each
            for person in listed:
                if g := self._new_group(person, decision.grade, index):
                    touched.append(g)
            return touched
        if decision.bare:
            template = self.groups[-1] if self.groups else None
            head = template.head if template else "officer"
            role = template.role if template else "officer"
            count = NUMBERS.get(decision.bare, 1)
            counted = [p for s in reversed(self.sentences[max(0, index - 2):index]) for p in reversed(find_phrases(s.text))
                       if p.plural and p.count == count and p.head not in GENERIC_HEADS][:1] if count > 1 else []
            if counted and template is not None and len(template.members) != count and counted[0].head != template.head:
                # "We decided the sergeant had no case. Both constables said ... We found that both had a case": the
                # constables just counted, not more of the sergeant last decided on
                head, role = counted[0].head, counted[0].role
            g = self._new_group(Phrase(0, 0, decision.bare, head, role if role != "context" else "unknown", count, False, False, count > 1), decision.grade, index)
            if g:
                g.role = role
                for p in g.members:
                    p.role = role
                touched.append(g)
            return touched
        if create and decision.positive and not self.groups and len(phrases) == 1 and phrases[0].definite and phrases[0].plural \
                and phrases[0].head in GENERIC_HEADS and (phrases[0].count or 0) > 1:
            # "The constable had not arrested him ... The detective sergeant signed off ... both officers had a case to
            # answer": the people just described, one each, when there are as many as the decision counts
            described = self._described_just_before(index)
            if len(described) == phrases[0].count:
                for person in described:
                    if g := self._new_group(person, decision.grade, index):
                        touched.append(g)
                return touched
        if create and decision.positive and not self.groups and phrases and all(p.count is None and (p.plural or p.head == "staff") for p in phrases):
            # "could find misconduct for the officers and staff interviewed": the people a roster counted
            phrases = self._roster(index) or phrases
        conjunction = len(phrases) > 1
        created: list[Group] = []  # people listed in one decision are different people
        # "both officer and member of staff" is two people, one each; "the sergeant and both constables" is three
        both = conjunction and phrases[0].text.lower().startswith("both") and not phrases[0].plural
        for phrase in phrases:
            if conjunction and phrase.count == 2 and phrase.text.lower().startswith("both") and not phrase.plural:
                phrase = replace(phrase, count=1)
            if both:
                phrase = replace(phrase, definite=True)  # "both officer and member of staff": the two known
            elif conjunction and phrase is not phrases[0] and phrases[0].definite and phrase.count is None and not phrase.definite:
                phrase = replace(phrase, definite=True)  # "those officers and staff": the determiner covers both
            if decision.positive and not phrase.plural and phrase.count in (None, 1) and re.match(r"another\s", phrase.text, re.I) \
                    and facts_in(sentence).get("sanction"):
                # (after the others' results at the same meetings, "another" officer "found to have a case" who was given a
                # written warning: the one at those proceedings not yet given a result, not someone new)
                cased = self._people_with_a_case()
                untold = _without_a_result(p for p in cased if p.facts.get("proceedings") in FORMAL_PROCEEDINGS)
                if len(untold) == 1 and len(_without_a_result(cased)) < len(cased):
                    group = self.groups[untold[0].group]
                    group = group if len(group.members) == 1 else self._regroup(untold, index)
                    touched.append(group)
                    continue
            if decision.positive and not phrase.definite and re.match(r"each\s", phrase.text, re.I) and self.groups:
                # "a misconduct meeting for each officer": every one of those known to have a case, nobody new
                with_a_case = [g for g in self._matching_groups(replace(phrase, definite=True)) if g.case]
                if with_a_case:
                    for group in with_a_case:
                        self._revise(group, decision, index, sentence)
                        touched.append(group)
                    continue
            ordinal = re.match(r"the\s+(first|second|third|fourth|fifth|sixth)\s", phrase.text, re.I)
            so_called = [p for g in self._matching_groups(replace(phrase, other=False)) for p in g.members] if ordinal else []
            at = self._by_position(phrase) if ordinal and phrase.count == 1 and len(so_called) >= _ORDINAL_POSITION[ordinal.group(1).lower()] else None
            # ("the first officer", when another was introduced as "the second officer": the numbering is the report's)
            # ("the second PC ... the first officer": an officer numbered by another police noun counts too)
            noun = r"(?:officer|constable|pc|police\s+constable)" if phrase.head in GENERIC_HEADS else re.escape(phrase.head)
            numbered_so = ordinal is not None and any(re.fullmatch(r"the\s+(?:first|second|third|fourth|fifth|sixth)\s+" + noun, g.called or "")
                                                      and g.called != phrase.text.lower() for g in self.groups)
            if numbered_so and at is not None and _ORDINAL_OPENING.match(self.groups[at.group].called or ""):
                numbered_so = False  # ("We found the second officer had a case ... The first officer had no case": someone new)
            if at is not None and phrase.head in GENERIC_HEADS and self.groups[at.group].called != phrase.text.lower() and not numbered_so:
                at = None  # (a plain "the second officer" is the one introduced so, else maybe someone new)
            if at is not None and self._numbered_otherwise(self.groups[at.group], ordinal.group(1)):
                at = None
            if at is not None and at in so_called and self.groups[at.group].decided_at < index and self.groups[at.group] not in created:
                # "It accepted there was a case to answer for the first officer", "we recommended a meeting for the second
                # PC" (split off from the pair before): the one at that place among those so called, already known
                group = self.groups[at.group]
                group = group if len(group.members) == 1 else self._regroup([at], index)
                self._revise(group, decision, index, sentence)
                touched.append(group)
                continue
            if ordinal and phrase.count == 1:
                # "the first call handler", of the two call handlers decided on: that one
                position = _ORDINAL_POSITION[ordinal.group(1).lower()]
                sized = [g for g in self._matching_groups(replace(phrase, other=False)) if len(g.members) >= position and g not in created]
                if len(sized) == 1 and len(sized[0].members) > 1:
                    group = self._regroup([sorted(sized[0].members, key=lambda p: p.seq)[position - 1]], index)
                    self._revise(group, decision, index, sentence)
                    touched.append(group)
                    continue
            if not self.groups and create and decision.positive and _OF_THEM.fullmatch(phrase.text):
                # "The arresting officer did not ... The PCSO had been told ... We found each of them had a case": with
                # nobody known yet, the people just described, one each
                named = self._described_just_before(index)
                if len(named) > 1 and phrase.count in (None, len(named)):
                    for person in named:
                        g = self._new_group(person, decision.grade, index)
                        if g:
                            touched.append(g)
                            created.append(g)
                    continue
            if self.groups and create and decision.positive and _OF_THEM.fullmatch(phrase.text) \
                    and re.match(r"(?:each|both|all)\b", phrase.text, re.I) and (counted := self._counted_afresh_just_before(index)):
                # "In our opinion the sergeant had a case ... We found that two of the detention officers had recorded checks
                # they had not made. Each of them had a case": the two just counted, new to the report, not the sergeant
                g = self._new_group(counted, decision.grade, index)
                if g:
                    touched.append(g)
                    created.append(g)
                continue
            if re.match(r"one\s", phrase.text, re.I) and not phrase.definite and phrase.count == 1:
                # "One officer was found to have a case to answer", of two already known: one of them
                pool = [g for g in self.groups if g.case and g.introduced_at != index and len([p for p in g.members if not p.split]) > 1
                        and (g.head == phrase.head or phrase.head in GENERIC_HEADS and g.role == "officer"
                             or GENERIC_STAFF.match(phrase.head) and (g.role == "staff" or GENERIC_STAFF.match(g.head)))]
                if pool:
                    group = self._regroup([self._split_one(pool[0])], index)
                    self._revise(group, decision, index, sentence)
                    touched.append(group)
                    continue
            if not decision.positive and phrase.count == 1 and re.match(r"one\s+of\s", phrase.text, re.I) \
                    and (without := _WITHOUT_A_CASE_AFTER.match(sentence, phrase.end)):
                # "One of the officers with no case to answer had not switched on her camera": one of those found to have
                # none, not of those with a case the sentence before talked about
                pool = [g for g in self.groups if not g.case and g.introduced_at != index and len([p for p in g.members if not p.split]) > 1]
                if pool:
                    group = self._regroup([self._split_one(pool[-1])], index)
                    # (what the sentence says of them describes them: "The officer who had been late to switch on her
                    # camera" later)
                    group.described_as = re.match(r"[^,;.]*", sentence[without.end():]).group(0).strip()
                    touched.append(group)
                    continue
            existing = self._matching_groups(phrase) if (phrase.definite and not phrase.other) else []
            if not existing and phrase.definite and phrase.other and _ORDINAL_OPENING.match(phrase.text):
                existing = self._bind_rank(phrase)  # ("the second constable" of a roster "an inspector and two constables")
            # (one just made is not meant again, unless by its name: "three constables, PC Harland, PC Vessey and PC Drummond")
            existing = [g for g in existing if g not in created or phrase.label and g.label == phrase.label]
            if ordinal:
                existing = [g for g in existing if not self._numbered_otherwise(g, ordinal.group(1))]
            if existing and decision.positive and phrase.count == 1 and not phrase.plural and not phrase.label \
                    and _ALSO_FOUND.search(sentence, 0, phrase.start) and phrase.head not in GENERIC_HEADS \
                    and all(len(g.members) > 1 and g.case and g.decided_at < index and g.head in GENERIC_HEADS for g in existing):
                # "We found that both officers had a case ... We also found that the detention officer had a case": one
                # more person, not one of the officers already decided on
                existing = []
            if phrase.definite and not phrase.plural and not phrase.label:
                # "the constable who punched him had a case ..., while the driver had a case ...": another noun in the same
                # sentence's decisions is another person
                # (but "the sergeant", after "the detective sergeant", is that one shortened)
                own = re.sub(r"^(?:the|that|this)\s+", "", phrase.text.lower())
                existing = [g for g in existing if not (g.introduced_at == index and g.called and own not in GENERIC_HEADS
                                                        and not g.called.endswith(own))]
            referred_back = False  # "the three officers with a case to answer": those decided on before
            if not existing and not phrase.definite and not phrase.other and phrase.count and phrase.count > 1 and decision.positive:
                if re.search(r"\b(?:agreed|accepted|concurred)\b", sentence, re.I):
                    # "the force agreed that three officers had cases to answer": the three already decided on
                    existing = self._counted_group_decided_before(phrase, lambda g: g.introduced_at != index)
                if not existing and index > 0 and not _MORE_PEOPLE.search(sentence):
                    # "Three officers should face a gross misconduct hearing ..." as the opening sentence, then "we found
                    # that three officers had a case to answer for gross misconduct": the opening told the finding first
                    # (once: not a second "three officers", nor "a further three", "three other officers", "also")
                    existing = self._counted_group_decided_before(
                        phrase, lambda g: g.introduced_at == 0 and g.decided_at == 0 and g.grade == decision.grade)
            if not existing and create and decision.positive and phrase.definite and phrase.count == 1 and not phrase.plural and not phrase.other \
                    and not phrase.label and phrase.role == "officer" and len(self.groups) == 1 and index > 0 and not conjunction \
                    and sum(len(d.phrases) or 1 for d in self.decisions[index] if d.positive) == 1:
                headline = self.groups[0]
                if headline.introduced_at == 0 and headline.decided_at == 0 and headline.head in GENERIC_HEADS and len(headline.members) == 1 \
                        and headline.grade == decision.grade and not _MORE_PEOPLE.search(sentence):
                    # "A South Wales Police officer will face a gross misconduct hearing" as the opening, then "the detective
                    # constable had a case to answer for gross misconduct": the officer of the opening, now by rank
                    headline.head = phrase.head
                    existing = [headline]
            if phrase.other and phrase.definite and phrase.count and not existing and re.search(r"\b(?:other|remaining)\b", phrase.text, re.I):
                # "the other two officers": the people known who were not just talked about
                # (of the rank it names: "the other constable" is no inspector)
                # (nor those this sentence has just decided on otherwise: "the sergeant and the constable had a case ..., and
                # the other two officers had none")
                others = [p for g in self.groups if g not in created and not (g.decided_at == index and g.grade != decision.grade)
                          for p in g.members if p not in self.pointer and not p.split and self._may_be_called(p, phrase.head)]
                if any(self.groups[p.group].label for p in others):
                    others = []  # "officer A" and "officer B" were named and decided on: not "the other two"
                unaccounted = (self.total or 0) - sum(len(g.members) for g in self.groups)
                if unaccounted == phrase.count and others and all(self.groups[p.group].grade not in (decision.grade, "unknown") for p in others) \
                        and not _REVISING.search(sentence):
                    # "Five officers were served notices ... three of the officers had a case ... The remaining two officers
                    # had no case": the two of the five not yet decided on, not two of the three (but "we agreed with the
                    # force that the other two had no case" revises two of the three)
                    others = []
                if len(others) == phrase.count:
                    existing = [self._regroup(others, index)]
            who = _WHO_CLAUSE.match(sentence[phrase.end:]) if existing and not phrase.plural else None
            if who and all(g.introduced_at == index and g.described_as and g.described_as != who.group(1) for g in existing):
                # "the sergeant who booked him in had a case to answer, and the sergeant who released him had a case to
                # answer": described apart in one sentence, two people
                existing = []
            if existing and decision.positive and conjunction and not phrase.plural and not phrase.label and not _REVISING.search(sentence) \
                    and all(g.introduced_at == index and g.case and g.grade not in (decision.grade, "unknown") for g in existing):
                # "a tribunal could conclude that the officer who hit him had a case for gross misconduct, and that the
                # officer and the staff member who booked him in had a case for misconduct": one opinion gives nobody two
                # levels, so someone else
                existing = []
            if len(existing) > 1 and not phrase.plural and (described := self._described(sentence[phrase.end:], existing)) is not None \
                    and described.decided_at < index:
                # "WYP did not agree that the officer whose camera was off had a case": the one introduced as "the officer
                # whose camera was not recording", of those known
                existing = [described]
            described_alike = [g for g in existing if _modifiers(phrase) and g.modifiers == _modifiers(phrase)]
            if described_alike and not phrase.plural:
                existing = described_alike  # "the arresting officer", introduced as such: that one, whoever came between
            elif existing and not phrase.plural and not phrase.label and phrase.head in GENERIC_HEADS:
                newcomer = self._recent_newcomer(index)
                if newcomer is not None:
                    existing, phrase = [], replace(phrase, head=newcomer.head, role=newcomer.role)
            # (in a list of people, or "also": not the force's view of "the officer who drove", one known)
            described_afresh = (conjunction or bool(re.search(r"\balso\b", sentence, re.I))) and bool(_WHO_CLAUSE.match(sentence[phrase.end:])) \
                and not _REVISING.search(sentence) \
                and not any(g.described_as for g in existing)
            if existing and not described_alike and not phrase.plural and not phrase.label and phrase.head in GENERIC_HEADS \
                    and (_modifiers(phrase) or described_afresh) \
                    and decision.positive and all((described_afresh or g.head not in GENERIC_HEADS and g.modifiers != _modifiers(phrase))
                                                  and g.decided_at < index and g.grade != decision.grade for g in existing):
                # "the exhibits officer had a case for misconduct", after the detective constable's for gross misconduct
                # (or "the officer who knelt on him", after "one officer" at another level: someone described afresh)
                existing = []
            if existing and decision.positive and not phrase.plural and not phrase.label and not _REVISING.search(sentence) and all(
                    g.head != phrase.head and phrase.head.endswith(" " + g.head) and g.decided_at < index
                    and g.grade in ("misconduct", "gross_misconduct") and g.grade != decision.grade for g in existing):
                existing = []  # "the detective constable had a case for misconduct", after the constable's for gross misconduct
                # (unless the sentence revises a decision: "the force agreed that the custody sergeant had a case for misconduct")
            told = _WHO_CLAUSE.match(sentence[phrase.end:]) if existing and decision.positive and not phrase.plural and not phrase.label else None
            if told and re.search(r"\balso\s+had\s+a\s+case\b", sentence[phrase.end:], re.I) and not _REVISING.search(sentence) \
                    and not re.search(r"\bsame\s+(?:officer|person|one|constable|sergeant)\b", sentence, re.I) \
                    and all(g.described_as and g.decided_at < index and not _deed_words(told.group(1)) & _deed_words(g.described_as)
                            for g in existing):
                # "the officer who knelt on the man had a case ... The officer whose remarks were caught on video also had a
                # case": told by another deed, and "also": someone else
                existing = []
            elif told and not _REVISING.search(sentence) and _OUR_VIEW_OPENING.match(sentence) \
                    and not re.search(r"\bsame\s+(?:officer|person|one|constable|sergeant)\b|\bwhether\b", sentence, re.I) \
                    and self._room_for_another(index) \
                    and all(g.described_as and g.decided_at < index and g.case and _other_deed(told.group(1), g.described_as) for g in existing):
                # "We found that the officer who pushed the man had a case ... In our view the officer who handcuffed the man
                # had a case": our view of someone told by another deed (another verb, nothing else shared), someone else
                existing = []
            picked = _PICKED_OUT_OF.search(phrase.text)
            if existing and picked and not _REVISING.search(sentence) and all(
                    len(g.members) < _to_int(picked.group("n")) and g.decided_at < index and g.case != decision.positive for g in existing):
                # "we found neither of the first two had a case ... The last of the three officers had a case": the one of
                # the three not yet decided on, someone new
                existing = []
            if existing and phrase.definite and phrase.count == 1 and not phrase.label and _WITH_A_CASE.match(sentence, phrase.end):
                # "The officer with a case to answer was dismissed", after one of those with none was picked out: the one
                # person with a case, whoever was talked about last
                with_a_case = [g for g in self.groups if g.case and g not in created and len(g.members) == 1 and g.decided_at < index
                               and (g.head == phrase.head or phrase.head in GENERIC_HEADS and g.role == "officer")]
                if len(with_a_case) == 1:
                    existing = with_a_case
            if phrase.definite and phrase.count and phrase.count > 1 and _WITH_A_CASE.match(sentence, phrase.end):
                # "the three officers with a case to answer": those decided on before, whatever each was called
                already = [g for g in self.groups if g.case and g not in created and g.decided_at < index
                           and (g in existing or phrase.head in GENERIC_HEADS and g.role in ("officer", "unknown"))]
                if (level_said := _WITH_A_CASE_AT.match(sentence, phrase.end)) and sum(len(g.members) for g in already) != phrase.count:
                    # ("the two officers with a case to answer for misconduct", beside three at gross misconduct: those two)
                    already = [g for g in already if g.grade == _grade_of(level_said.group("grade"))]
                if sum(len(g.members) for g in already) == phrase.count:
                    existing, referred_back = already, True
                elif level_said and all(g.grade != _grade_of(level_said.group("grade")) for g in existing):
                    existing = []  # (none known at that level: the two are others, "the other two" decided on before)
            if existing and phrase.count and phrase.count > 1 and not referred_back:
                # "the two officers who transported him" names two people: the known
                # group of that size, all known people if they number that many, or new ones
                sized = [g for g in existing if len(g.members) == phrase.count]
                if len(sized) > 1 and re.search(r"\b(?:hearing|meeting|proceedings)\b", sentence, re.I):
                    sized = [g for g in sized if g.case] or sized  # only those with a case face proceedings
                if len(sized) > 1 and _WITH_A_CASE_AT.match(sentence, phrase.end):
                    sized = [g for g in sized if g.grade == decision.grade] or sized  # ("the two with a case for misconduct")
                if sized:
                    existing = sized[-1:]
                elif len(existing) == 1 and (some := self._some_of_the_whole(existing[0], phrase, decision, index, sentence)):
                    existing = [some]
                elif decision.positive and phrase.definite and not _WHO_CLAUSE.match(sentence[phrase.end:]) \
                        and sum(len(g.members) for g in existing if g.case) == phrase.count:
                    # ("We recommended a gross misconduct hearing for all three officers", of three with a case and two
                    # with none: the three with a case, however each was called)
                    existing = [g for g in existing if g.case]
                elif sum(len(g.members) for g in existing) != phrase.count or _WHO_CLAUSE.match(sentence[phrase.end:]):
                    # ("the two officers who conducted the search", after the sergeant and the arresting officer: two others)
                    existing = []
            if existing and phrase.plural and phrase.count is None and len(existing) > 1:
                # "the officers" with no number: the group just talked about, if any
                recent = [g for g in existing if any(p in self.pointer for p in g.members)]
                existing = recent or existing
            if existing and not phrase.plural:
                # "the RDO" is the one RDO, not "the other two RDOs"; among equals,
                # whoever was last talked about
                existing = [g for g in existing if len(g.members) == 1] or existing
                if decision.positive and re.search(r"\bagreed\s+(?:with\s+us\s+)?(?:that\s+)?$", sentence[:phrase.start], re.I):
                    # "We found one of the constables had a case ... the second constable had none. The force agreed that the
                    # constable who made the record had a case": agreeing with our finding, of the one we found it for
                    existing = [g for g in existing if g.case and g.decided_at < index] or existing
                recent = [g for g in existing if any(p in self.pointer for p in g.members)]
                existing = recent[:1] or existing[-1:]
            if not existing and create and decision.positive and decision.grade in ("misconduct", "gross_misconduct") and phrase.definite:
                existing = self._levels_for_the_unleveled(phrase, index)
            if existing:
                for group in existing:
                    self._revise(group, decision, index, sentence)
                    touched.append(group)
                if decision.exclusive and decision.positive:
                    self._only(existing, index)
            elif create:
                g = self._new_group(phrase, decision.grade, index)
                if g:
                    touched.append(g)
                    created.append(g)
                    departed = _DEPARTED_NOUN.search(phrase.text)
                    if departed:  # "the retired officer", "a former constable": theirs alone
                        for person in g.members:
                            self._record(person, "left", "retired" if departed.group(0).lower() == "retired" else "left",
                                         self.sentences[index])
        return touched

    def _some_of_the_whole(self, whole: Group, phrase: Phrase, decision: Decision, index: int, sentence: str) -> Group | None:
        """'all four officers had a case to answer for misconduct ... the two officers whose accounts did not match the
        footage had a case to answer for gross misconduct', when nobody else is left to be them: two of the four, now at
        the higher level; 'It did not accept that the two student officers had a case', of all four: two of them. None
        where the two may be others (the report counted more, or told of "two further officers" since, or the force
        agreed with all of it)."""
        counted_all = self.total and sum(len(g.members) for g in self.groups) >= self.total \
            or re.match(r"(?:all|both)\b", whole.called or "")  # ("all four officers had a case": everyone counted)
        if not (counted_all and whole.case and whole.decided_at < index and len(whole.members) > phrase.count and phrase.definite):
            return None
        higher = decision.positive and decision.grade == "gross_misconduct" and whole.grade == "misconduct"
        refused = not decision.positive and _NOT_AGREEING.search(sentence) is not None \
            and bool(_modifiers(phrase) or phrase.head != whole.head) \
            and not any(_FORCE_AGREED_ALL.search(s.text) for s in self.sentences[whole.decided_at:index])
        untold = _without_a_result(sorted(whole.members, key=lambda p: p.seq))
        if not (higher or refused) or len(untold) < phrase.count \
                or any(_MORE_OF_US.search(s.text) for s in self.sentences[whole.introduced_at + 1:index + 1]):
            return None
        chosen = self._regroup(untold[:phrase.count], index)
        if higher:
            self._set_grade(chosen, decision.grade, index)
        return chosen

    def _people_so_counted(self, index: int, word: str) -> bool:
        """Before sentence ``index`` the report counted that many people ("Four officers ...", "all four officers"), and
        nothing near it counts that many of anything else ("three allegations", "four complaints", "two occasions")."""
        n = NUMBERS.get(word, 0)
        near = " ".join(s.text for s in self.sentences[max(0, index - 3):index + 1])
        if re.search(r"\b" + word + r"\s+(?:[\w-]+\s+)?(?:allegations?|complaints?|occasions?|incidents?|times|messages|calls|matters|charges|counts|reports)\b", near, re.I):
            return False
        before = " ".join(s.text for s in self.sentences[:index])
        # ("Four Hampshire and Isle of Wight Constabulary officers ...", "All four members were constables")
        return bool(re.search(r"\b" + word + r"\b(?:\s+[\w-]+){0,7}?\s+(?:officers|constables|sergeants|detectives|members|PCSOs|staff|call\s+handlers|detention\s+officers)\b", before, re.I)) \
            or any(p.count == n and p.role in ("officer", "staff", "special") for s in self.sentences[:index] for p in find_phrases(s.text))

    def _levels_for_the_unleveled(self, phrase: Phrase, index: int) -> list[Group]:
        """'We found that all four officers had a case to answer. In our view the two officers who searched her and the
        inspector each had a case to answer for gross misconduct, and the arresting constable for misconduct': the same
        four, now with their levels, when the sentence's decisions count exactly the people decided on without one."""
        unleveled = [g for g in self.groups if g.grade == "unknown" and g.decided_at < index and g.role in ("officer", "unknown")]
        taken = self.leveled_at.get(index, 0)  # (those this sentence already gave a level)
        named = sum(ph.count or 1 for d in self.decisions[index] if d.positive for ph in d.phrases)
        if len(unleveled) != 1 or named != len(unleveled[0].members) + taken or phrase.role != "officer":
            return []
        needed = phrase.count or 1
        chosen = unleveled[0].members[:needed]
        if len(chosen) < needed:
            return []
        self.leveled_at[index] = taken + needed
        return [self._regroup(chosen, index)]

    def _roster(self, index: int) -> list[Phrase]:
        """'three radio operators, one call handler, two sergeants and one inspector were interviewed under
        misconduct caution': the counted people of the last such list before sentence ``index``."""
        for sentence in reversed(self.sentences[:index + 1]):
            text = sentence.text
            served = re.search(r"\b(?:were|had\s+been)\s+(?:interviewed|served|given\s+(?:misconduct\s+)?notices)\b", text, re.I)
            if not served:
                continue
            listed: list[Phrase] = []
            for phrase in find_phrases(text[:served.start()]):
                joined = not listed or _LIST_JOIN.fullmatch(text[listed[-1].end:phrase.start])
                listed = listed + [phrase] if joined and phrase.count else ([phrase] if phrase.count else [])
            if len(listed) >= 2 and listed[-1].end >= served.start() - 2:
                return listed
        return []

    @staticmethod
    def _listed_with_the_next(clauses: list[str], i: int) -> bool:
        """Whether the next clause opens with one person and a plural verb ("PC Lyle were given ..."): clause ``i``, only
        a person, is listed with them, and their facts are its facts."""
        if i + 1 >= len(clauses):
            return False
        following = clauses[i + 1]
        lead = find_phrases(following)[:1]
        return bool(lead) and lead[0].count == 1 and not lead[0].plural and not following[:lead[0].start].strip() \
            and bool(_PLURAL_VERB.match(_past_letter(lead[0], following[lead[0].end:])))

    def _distribute(self, sentence: Span, people: list[Person]) -> bool:
        """'One officer received management advice and another was due to attend a misconduct meeting'.

        Where a sentence's clauses each name their own people and state their own facts, each
        clause's facts go to its people: a named or labelled group, else the next people of those
        the sentence is about, preferring those whose facts already agree. Returns False (the
        sentence's facts then go to everyone it is about) when a clause cannot be placed.
        """
        parts = []
        described: dict[int, str] = {}  # phrases followed by "who ...": someone described, not "the officer" just placed
        last_listed: list[Phrase] = []
        listed_at = -1  # the clause that listed them
        clauses = _rejoined_lists_after_against(_CLAUSE_SPLIT.split(sentence.text))
        waiting: list[Phrase] = []  # people named in a clause of their own, whose facts the next clause gives
        for i, clause in enumerate(clauses):
            lead = find_phrases(clause)[:1]
            # (", who were dismissed": "were" is the whole list's)
            # ("... against the first officer | and the officer who used the guard, | and both ...": one described, listed)
            continued = re.match(r"\s*,\s*(?P<rest>(?:and\s+)?(?:each|both|they)\b.*|who\s+(?:were|both|all|each)\b.*)$|(?P<who>\s+who\s[^,;]*?)?\s*[.]?\s*$",
                                 _past_letter(lead[0], clause[lead[0].end:]), re.S) \
                if lead and i and not clause[:lead[0].start].strip() else None
            if continued and continued.group("who") and facts_in(clause):
                continued = None  # ("..., and the officer who drove was dismissed": facts of their own)
            if continued and not continued.group("who") and not continued.group("rest") and self._listed_with_the_next(clauses, i):
                continued = None  # ("..., and the detention officer | and PC Lyle were given written warnings": the next one's)
            if continued and last_listed and parts:
                # "proven against the detective constable and the detective sergeant, and each ...": the list goes on
                parts.append((lead[0], parts[-1][1]))
                last_listed = last_listed + lead
                if continued.group("who"):
                    described[id(lead[0])] = continued.group("who")
                clause = continued.group("rest") or ""
                if not clause:
                    continue
            phrases = [p for p in find_phrases(clause) if not re.match(r"(?:a|an)\s", p.text, re.I) or p.other]
            # (", who were dismissed", ", and they were dismissed" after a list of people: said of the list, read with the
            # list as its subject; not "The officers appealed, and they were dismissed", the appeals)
            said = re.sub(r"(^|^and\s+|,\s*and\s+)(?:who|they)\s+(?=(?:were|both|all|each)\b)", r"\1the officers ", clause) \
                if not phrases and continued and continued.group("rest") else clause
            facts = _with_the_sentences_proceedings(facts_in(said), sentence.text)
            if not facts and parts and _BOTH_DISMISSED_CLAUSE.match(clause) and _BOTH_DISMISSED_IN_SENTENCE.search(sentence.text):
                # ("... proven against PC Yule and PC Brandt, | and both were dismissed": the split took the comma and "and"
                # the sentence's own reading of "both were dismissed" needs)
                facts = {"sanction": "dismissed"}
            if i and re.match(r"\s*not\s+against\b", clause) and "outcome" not in facts \
                    and (first := _with_the_sentences_proceedings(facts_in(clauses[0]), sentence.text)).get("outcome") in FINDINGS:
                # ("Misconduct was found proven against the detention officer, ..., but not against the custody sergeant":
                # the finding denied, at the same proceedings)
                facts.update({k: v for k, v in first.items() if k in ("held", "level", "proceedings") and k not in facts})
                facts["outcome"] = "not_proven"
            if i and re.match(r"\s*against\b", clause) and "outcome" not in facts:
                # ("At the meeting, misconduct was found proven against the sergeant, ..., | and against the inspector, who
                # received ...": the same finding at the same proceedings, for the next person)
                first = _with_the_sentences_proceedings(facts_in(clauses[0]), sentence.text)
                facts.update({k: v for k, v in first.items() if k in ("outcome", "held", "level") and k not in facts})
                if first.get("proceedings") in FORMAL_PROCEEDINGS and facts.get("proceedings") in (None, "none"):
                    facts["proceedings"] = first["proceedings"]  # (its management advice was that meeting's result)
            if not phrases and (lead := _BARE_LEAD.match(clause)):
                phrases = [_bare_phrase(lead)]
                # ("One of those who attended | was dismissed": the predicate, read with a subject of its own)
                facts = {**_with_the_sentences_proceedings(_facts_of_predicate(clause[lead.end():], phrases[0].plural), sentence.text), **facts}
            if phrases and not facts and _BARE_ATTENDED.search(clause):
                # "A hearing for all three was held; the two serving officers attended and ...": attended that one
                kind = facts_in(sentence.text).get("proceedings")
                known = {p.facts.get("proceedings") for p in people}
                if kind is None and len(known) == 1:
                    kind = known.pop()  # ("A hearing was held for all three. Two attended; the third ...": that hearing)
                facts = {"proceedings": kind, "held": "yes"} if kind in FORMAL_PROCEEDINGS else facts
            if phrases and facts and "outcome" not in facts and "sanction" not in facts and facts.get("proceedings") in FORMAL_PROCEEDINGS \
                    and parts and parts[-1][1].get("outcome") == "pending" and not re.search(r"\b(?:was|were|is|are|had|has|have|will|would|attended|faced|received|resigned|retired)\b", clause, re.I):
                facts = {**facts, "outcome": "pending"}  # "... will face a hearing, and the third officer a misconduct meeting"
            if phrases and all(p.label or p.definite and not p.plural and p.head not in GENERIC_HEADS for p in phrases) \
                    and re.fullmatch(r"\s*(?:(?-i:[A-Z])[\w'’-]*)?[\s,]*", clause[phrases[-1].end:]) \
                    and (lead_in := _ONLY_A_LEAD_IN.fullmatch(clause[:phrases[0].start])) \
                    and not (set(facts_in(clause)) - ({"held"} if lead_in.group(0).strip() else set())) and i + 1 < len(clauses) \
                    and (not lead_in.group(0).strip() or "sanction" in facts_in(clauses[i + 1])):
                # (after "The panel decided that", only where the next clause gives a sanction: not "The chair said that PC
                # Harland and PC Obi had both resigned; ...", whose sentence's findings are both of theirs)
                # "PC Harland and PC Vessey were dismissed": split at "and", the first clause only a name, listed with the next
                # ("The sergeant and the two constables who were still serving were dismissed": a rank, too)
                waiting += phrases
                continue
            if phrases and facts:
                listed = [phrases[0]] + [p for prev, p in zip(phrases, phrases[1:])
                                         if _LIST_JOIN.fullmatch(_past_letter(prev, clause[prev.end:p.start])) and (p.head not in GENERIC_HEADS or p.label
                                                  # ("against the first officer and the officer who used the guard")
                                                  or p.definite and not p.plural and re.match(r"\s+who\b", clause[p.end:]))]
                if waiting and not clause[:phrases[0].start].strip():
                    # (a rank waiting only before a counted group, "The sergeant and the two constables who were still serving
                    # were dismissed": not "The second PC and the student officer had acted ...", nor given what the next one's
                    # own "who resigned" says, "The dismissed constable and the officer who resigned have both been ...")
                    # ("The inspector and the sergeant were each given ...": one person and a plural verb, so both; and with a
                    # verb of either number that tells what proceedings gave, "The inspector and the sergeant received
                    # management advice")
                    # (not after "Both the custody sergeant", read as two of them: the sentence's facts then go to both)
                    after = _past_letter(phrases[0], clause[phrases[0].end:]) if phrases[0].count == 1 and not phrases[0].plural else ""
                    plural_verb, verb_of_either = bool(_PLURAL_VERB.match(after)), bool(_VERB_OF_EITHER_NUMBER.match(after))
                    listed = [p for p in waiting if p.label or plural_verb or verb_of_either and p.count == 1
                              or (phrases[0].count or 0) > 1
                              and not _BY_DEPARTURE_WHO.match(clause[phrases[0].end:])] + listed
                described |= {id(phrase): clause[phrase.end:] for phrase in listed if re.match(r"\s+(?:who|still\s+serving)\b", clause[phrase.end:])}
                parts += [(phrase, facts) for phrase in listed]
                last_listed, listed_at = listed, i
            elif facts and parts and (re.match(r"\s*(?:and\s+)?(?:" + _REPORTED_THAT + r")?(?:each|both|they)\b|who\s+(?:were|both|all|each)\b", clause, re.I)
                                      or not phrases and _AGAINST_THEM.search(clause) and "outcome" in facts
                                      # ("... against two of the officers, the sergeant and a constable who ..., and gave each
                                      # of them a written warning": those the clause before listed)
                                      or not phrases and _EACH_OF_THEM.search(clause)
                                      # ("A third officer, PC Keele, had resigned; the panel found ... proven against him":
                                      # the one just named, by a pronoun)
                                      or not phrases and _named_in_apposition(last_listed) and listed_at == i - 1 and _THE_ONE_BY_A_PRONOUN.search(clause)
                                      and not re.search(r"\b(?:others?|colleagues?|rest|remaining)\b", clause, re.I)
                                      # ("... against PC Penrose gross misconduct was found proven; he was dismissed without
                                      # notice": the one person the clause before named)
                                      or not phrases and len(last_listed) == 1 and listed_at == i - 1
                                      and re.match(r"\s*(?:and\s+)?(?:he|she)\s+(?:was|had|has|received|would)\b", clause, re.I)):
                # "..., and each was given a written warning", "..., and the panel found gross misconduct proven against both"
                parts += [(phrase, facts) for phrase in last_listed]
            waiting = []
        if len(parts) < 2 or not people:
            return False
        if parts[-1][1].get("outcome") == "pending" and _STILL_TO_COME.search(sentence.text):
            # "A hearing for Officer A and a meeting for Officer B are yet to take place": pending for both
            # (not for "a meeting was held for the PC in May, and ...": that one took place)
            parts = [(phrase, {**facts, "outcome": "pending"}) if facts.get("proceedings") in FORMAL_PROCEEDINGS
                     and "outcome" not in facts and "held" not in facts else (phrase, facts) for phrase, facts in parts]
        used: list[Person] = []
        placed = []
        placed_by_phrase: dict[int, list[Person]] = {}
        for phrase, facts in parts:
            if id(phrase) in placed_by_phrase:
                # "a hearing for the four officers ..., and the panel found ... proven against all of them": the same four
                placed.append((placed_by_phrase[id(phrase)], facts))
                continue
            if phrase.bare:
                # "two of them ...; the third ...": the group the sentence is about, in the order introduced
                group = sorted(people if len(people) > 1 else self._people_with_a_case(), key=lambda p: p.seq)
                if phrase.position and phrase.position > len(group):
                    # "Two were dismissed; the third ...": the sentence's people were only the first clause's; the third
                    # is of the one group with a case, if there is only one (else the clause cannot be placed)
                    decided = [g for g in self.groups if g.case]
                    if len(decided) != 1 or len(decided[0].members) < phrase.position:
                        return False
                    group = sorted(decided[0].members, key=lambda p: p.seq)
                gone = _leaving_said(described.get(id(phrase), ""))
                if gone is not None:
                    # "the three who were still serving ...": those of the group who had not left (or, "who had
                    # retired", those who had), whatever order they were introduced in
                    everyone = sorted(self._people_with_a_case(), key=lambda p: p.seq)
                    group = [p for p in group if p.has_left == gone] or [p for p in everyone if p.has_left == gone] or group
                if phrase.position:
                    targets = [group[phrase.position - 1 if phrase.position > 0 else -1]] if phrase.position <= len(group) else []
                else:
                    free = [p for p in group if p not in used]
                    if gone is None and phrase.count and facts.get("sanction") in _SANCTIONS_OF_A_FINDING:
                        # ("One of the four had retired ... Two were dismissed, and ... the officer who had retired would have
                        # been": a sanction imposed only on someone serving goes to those still serving; would-have-been to
                        # those who left)
                        # (a departure told as after the proceedings is no reason: "PC Shaw resigned in 2023, after the hearing")
                        free.sort(key=lambda p: _left_before(p) != (facts["sanction"] == "would_have_been_dismissed"))
                    targets = free[:phrase.count]  # (count None: all the rest)
                    counted_from = self.groups[targets[0].group] if targets else None
                    if phrase.count and counted_from is not None and all(p.group == targets[0].group for p in targets) \
                            and len(targets) < len(counted_from.members):
                        # ("Two of those who attended were dismissed ... The remaining officer ...": counted off the group)
                        for person in targets:
                            person.split = True
                        self.last_split = counted_from
            elif (gone := _leaving_told(phrase, described.get(id(phrase), ""))) is not None \
                    and (told := [p for p in people if p not in used and p.has_left == gone]
                         # ("The sergeant and the serving constable were dismissed", the sentence read as about the one who
                         # resigned: the constable still serving, of those with a case)
                         or ([p for p in self._people_with_a_case() if p not in used and p.has_left == gone
                              and self._may_be_called(p, phrase.head)] if phrase.definite and phrase.head not in GENERIC_HEADS else [])):
                # "the detention officer who was still serving was dismissed; ... the other": told apart by leaving
                # ("the two officers who were still serving": both; not before a colon that goes on to tell them apart)
                # ("the officers who were still serving": all of them; "the officer who ...": one)
                # (of the rank the phrase names, where it names one: "the two constables who were still serving", not the sergeant)
                if phrase.head not in GENERIC_HEADS:
                    told = [p for p in told if self._may_be_called(p, phrase.head)] or told
                targets = told[:1] if ":" in described.get(id(phrase), "") else told if phrase.plural and not phrase.count else told[:phrase.count or 1]
            elif (at := self._by_position(phrase)) is not None:
                targets = [at] if at not in used else []  # "the first PC will face ..., and the second PC ...": in order
            elif phrase.label or phrase.head not in GENERIC_HEADS:
                named = [p for g in self._matching_groups(phrase) for p in g.members if p in people]
                everyone_so_named = [p for g in self._matching_groups(phrase) for p in g.members]
                if not named and phrase.count and len(everyone_so_named) == phrase.count and (phrase.count > 1 or phrase.definite):
                    # "The two PCs will face a hearing, and ...": both constables known; "The sergeant received a written
                    # warning and the officer who led the search ...": the one sergeant, whoever the sentence is about
                    named = everyone_so_named
                targets = [p for p in named if p not in used]
                if not targets and named:
                    placed.append((named, facts))  # "the sergeant's meeting found ..., and the sergeant received ...": the same one
                    continue
            elif used and re.fullmatch(r"the\s+(?:police\s+)?officer", phrase.text, re.I) and id(phrase) not in described:
                targets = used[-1:]  # "..., at which misconduct was proven; the officer received ...": the same one
                placed.append((targets, facts))
                continue
            elif gone is True and (left_ones := [p for p in people if p.has_left and p not in used]):  # (gone: read just above)
                targets = left_ones[:1]  # "... and the officer who had resigned would also have been dismissed": the one who left
            else:
                # those the sentence is about first, then anyone else with a case
                others = [p for p in self._people_with_a_case() if p not in people]
                free = [p for p in people + others if p not in used]
                # ("the two serving officers attended and the retired officer did not": told apart by leaving, first)
                gone = _leaving_in_words(phrase)
                free.sort(key=lambda p: (gone is not None and p.has_left != gone, p not in people,
                                         sum(1 for k, v in facts.items() if p.facts.get(k) not in (None, v))))
                targets = free[:phrase.count or 1] if not phrase.plural or phrase.count else []
            if not targets and not (phrase.other or phrase.definite and phrase.head not in GENERIC_HEADS):
                return False
            # an empty clause target is "the second officer" or "the call handler" who is no subject
            used += targets
            placed.append((targets, facts))
            placed_by_phrase[id(phrase)] = targets
        if not used:
            return False
        for targets, facts in placed:
            for name, value in facts.items():
                for person in targets:
                    self._record(person, name, value, sentence, held="held" in facts)
        return True

    def _still_serving(self, text: str, people: list[Person], index: int) -> list[Person]:
        """'... a misconduct meeting, where misconduct was found for the officer': not the one who had left.

        Only where the sentence names nobody in particular and speaks of proceedings held. The kind of proceedings
        decides first, either way: a meeting only those serving had is theirs, a hearing only the one who left had
        is theirs. Then the one who left keeps it where the sentence says it went ahead without them ("in his
        absence", "which he did not attend", "would have been dismissed") or finds gross misconduct when those
        serving had misconduct cases.
        """
        facts = facts_in(text)
        if not people or "held" not in facts and facts.get("outcome") not in FINDINGS:
            return people
        if not all(p.has_left for p in people):
            return people
        if _BY_DEPARTURE.search(text) or _THE_DEPARTED.search(text):
            return people  # ("... proven against the officer who had retired": the one who left, by the words for it)
        serving = [p for p in self._people_with_a_case() if not p.facts.get("left")]
        kind = facts.get("proceedings")
        level = facts.get("level")
        if level and serving and all(p.grade != level for p in serving) and all(p.grade == level for p in people):
            return people  # "A gross misconduct hearing was held", when those serving had misconduct cases: the one who left
        if serving and kind in FORMAL_PROCEEDINGS:
            if all(p.facts.get("proceedings") == kind for p in serving) and all(p.facts.get("proceedings") not in (None, kind) for p in people):
                return serving if len({p.group for p in serving}) == 1 else people  # "the meeting, which she did not attend"
            if all(p.facts.get("proceedings") not in (None, kind) for p in serving) and all(p.facts.get("proceedings") == kind for p in people):
                return people  # "At the hearing in June, the panel found ...", when those serving had meetings
        previous = self.sentences[index - 1] if index > 0 else None
        absent_just_now = any(previous in p.evidence.get("in_absence", []) for p in people)  # "..., which went ahead in her absence. The panel found ..."
        if facts.get("sanction") == "would_have_been_dismissed" or facts.get("in_absence") or absent_just_now \
                or _DID_NOT_ATTEND.search(text):
            return people  # "would have dismissed him had he still been serving", "she did not attend the hearing": the one who left
        if any(ph.label or ph.head not in GENERIC_HEADS or ph.plural for ph in find_phrases(text)):
            return people
        if serving and facts.get("outcome") == "gross_misconduct_proven" and all(p.grade == "misconduct" for p in serving) \
                and any(p.grade == "gross_misconduct" for p in people):
            return people  # a gross misconduct finding, when those still serving had misconduct cases: the one who left
        return serving if len({p.group for p in serving}) == 1 else people

    def _those_who_left(self, text: str) -> list[Person] | None:
        """'The two who had resigned were the subject of a hearing': a sentence of its own opening on a count of those who
        left is about the people known to have left, when exactly that many have and all have a case; None otherwise."""
        lead = _BARE_LEAD.match(text)
        # (not a sentence naming others too, "..., as were both constables"; and only those who left, whose leaving the
        # record shows: "the two still serving" may be two of the people with no case, whose leaving nobody records)
        if not lead or not lead.group("n") or not _leaving_said(lead.group("departure") or "") or find_phrases(text):
            return None
        left = sorted((p for g in self.groups for p in g.members if p.has_left), key=lambda p: p.seq)
        return left if len(left) == _to_int(lead.group("n")) and all(p.grade != "no_case" for p in left) else None

    def _by_level(self, text: str, people: list[Person]) -> list[Person]:
        """'The panel at the gross misconduct hearing found the officer ...': the one whose case was gross misconduct.

        Only where the sentence names nobody in particular ("the officer", "he") or names, in the singular,
        a role several people share: a named person's proceedings may be at another level than their case.
        """
        facts = facts_in(text)
        # (a gross misconduct finding is only for a gross misconduct case: "The panel found gross misconduct proven against
        # all three", of those at a hearing, not one of the four at misconduct meetings)
        level = facts.get("level") or ("gross_misconduct" if facts.get("outcome") == "gross_misconduct_proven" else None)
        if not level or not people:
            return people
        if _DISAGREEING_RE.search(text):
            return people  # ("did not accept that the punching officer's conduct was gross misconduct, and proposed a
            # misconduct meeting": the level the force argued for, about the one it names)
        phrases = find_phrases(text)
        # ("the detention officer", singular, said of two detention officers: the level tells which)
        ambiguous = len(people) > 1 and len(phrases) == 1 and not phrases[0].plural and phrases[0].count == 1 and not phrases[0].label
        if not ambiguous and any(ph.label or ph.head not in GENERIC_HEADS or ph.plural for ph in phrases):
            return people
        at_level = [p for p in people if p.grade == level]
        if at_level:
            # "the officer" at the gross misconduct hearing, of two just talked about: the one at that level
            # ("A gross misconduct hearing was held", naming nobody, of people at two levels: those at that level;
            # not "... proven against both", a joint hearing)
            # (but "proven against all three", when exactly three have a case at that level: those three)
            counted = re.search(r"\ball\s+(two|three|four|five|six)\b", text, re.I)
            as_many = counted is not None and NUMBERS.get(counted.group(1).lower()) == len(at_level)
            return at_level if len(at_level) < len(people) and (phrases or as_many or not _ALL_OF_THEM.search(text)) else people
        if not facts.get("level"):
            return people  # (a finding's level picks among those the sentence is about, never someone else)
        matching = [p for g in self.groups if g.grade == level for p in g.members]
        return matching if len({p.group for p in matching}) == 1 else people

    def _recent_newcomer(self, index: int) -> Phrase | None:
        """'A fifth officer ...' or 'the fifth officer's decisions ...' just before: the officer now spoken of is them."""
        for sentence in reversed(self.sentences[max(0, index - 2):index]):
            phrases = find_phrases(sentence.text)
            if phrases:
                topic = phrases[0]  # the sentence's subject, as a rule
                indefinite = re.match(r"(?:a|an|another)\s", topic.text, re.I)
                if topic.count == 1 and (topic.other or indefinite) and not topic.label:
                    return topic
                return None
        return None

    def _proceedings_for(self, text: str, index: int) -> list[Group]:
        """'They held misconduct meetings in respect of the sergeant and the detention officer', with no
        decision before it: the people named had a case to answer at the proceedings' level."""
        m = _PROCEEDINGS_FOR_PARTS.search(text) if re.search(r"meeting|hearing", text, re.I) else None
        if not m or _NO_PROCEEDINGS_PARTS.search(text):
            return self._finding_without_decision(text, index)
        level = m.group("grade") or m.group("grade2") or m.group("grade3")
        grade = _grade_of(level)
        if m.group("rest") is not None:
            phrases = _actors_list(m.group("rest"))
            bare = re.match(r"(both|all\s+(?:two|three|four|five|six))(?:\s+of\s+them)?(?:\s+(?:in|on|during|at)\s+[^,;]{1,30}?)?\s*(?:[,;]|$)", m.group("rest"), re.I)
            if not phrases and bare:
                # "meetings were arranged for both", the pair interviewed: as "both had a case to answer"
                return self._apply_decision(Decision([], grade, True, bare=bare.group(1).split()[-1].lower()), index)
        elif m.group("rest3") is not None:
            phrases = _actors_list(m.group("rest3"))
        else:
            phrases = find_phrases(m.group("who"))[-1:]
        return self._apply_decision(Decision(phrases, grade, True), index) if phrases else []

    def _finding_without_decision(self, text: str, index: int) -> list[Group]:
        """'A gross misconduct hearing was held, at which the panel found the case against the officer not
        proven', in a report that gives no decision: the person had a case at the hearing's level."""
        facts = facts_in(text)
        if facts.get("proceedings") is None and facts.get("outcome") in FINDINGS:
            # "The force scheduled a hearing. The officer admitted gross misconduct.": the proceedings
            # were named just before the finding
            earlier = [facts_in(s.text) for s in self.sentences[max(0, index - 2):index]]
            kinds = [f["proceedings"] for f in earlier if f.get("proceedings") in FORMAL_PROCEEDINGS]
            if kinds:
                facts["proceedings"] = kinds[-1]
        if facts.get("proceedings") not in FORMAL_PROCEEDINGS or not (
                facts.get("outcome") in FINDINGS
                or facts.get("sanction") in FORMAL_SANCTIONS):
            return []
        if _OPINION.search(text) or any(self.decisions):
            return []
        phrases = [p for p in find_phrases(text) if p.count]
        if not phrases:
            return []
        level = facts.get("level") or ("misconduct" if facts["proceedings"] == "meeting" else "unknown")
        return self._apply_decision(Decision(phrases[:1], level, True), index)

    def _listed(self, index: int) -> list[Decision]:
        """'... could find misconduct in relation to:' and then one line per person."""
        text = self.sentences[index].text
        lead = _COULD_FIND.search(text) or _CTA_PARTS.search(text)
        if not lead or _NEGATIVE_CLAUSE.search(text) or re.search(r"\bno\s+case\s+to\s+answer", text, re.I):
            return []
        level = _LEVEL_FOR.search(text, lead.start())
        grade = _grade_of(level.group("grade")) if level else (
            _level_later(text[lead.end():]) or "unknown")
        phrases = []
        for item in self.sentences[index + 1:index + 8]:
            found = find_phrases(item.text)
            if not found or found[0].start > 4:
                break
            phrases.append(replace(found[0], definite=False, other=False))
        return [Decision(phrases, grade, True)] if phrases else []

    def _regroup(self, people: list[Person], index: int) -> Group:
        """Make these people a group of their own (taken out of theirs), so a decision can be about them alone."""
        if len({p.group for p in people}) == 1 and len(self.groups[people[0].group].members) == len(people):
            return self.groups[people[0].group]
        first = self.groups[people[0].group]
        group = Group(head=first.head, role=first.role, grade=first.grade, members=[], plural=len(people) > 1,
                      decided_at=index, introduced_at=first.introduced_at, described_as=first.described_as,
                      label=first.label if len(first.members) == len(people) else None, modifiers=first.modifiers,
                      disputed_at=first.disputed_at)
        number = len(self.groups)
        for person in people:
            self.groups[person.group].members.remove(person)
            person.group = number
            group.members.append(person)
        self.groups.append(group)
        return group

    def _identify_members(self, index: int) -> list[Person]:
        """'We found that three of the officers had a case to answer. They were the detective constable ...;
        the detective sergeant ...; and the police constable ...': each of the group is known by that rank from now on."""
        text = self.sentences[index].text
        if not _THEY_WERE.match(text):
            return []
        pool = next((g for g in self._groups_of(self.pointer) if g.head in GENERIC_HEADS and len(g.members) > 1 and not g.label), None)
        if pool is None:
            return []
        listed = [p for p in find_phrases(text) if p.count == 1 and not p.plural and not p.label]
        named = [p for p in listed if p.head not in GENERIC_HEADS]
        # ("These were the officer who applied the knee restraint, ..., and the officer who removed her clothing": each
        # known by what they did from now on)
        described = [who.group(1) for p in listed if p.head in GENERIC_HEADS and (who := _WHO_CLAUSE.match(text[p.end:]))]
        people = sorted(pool.members, key=lambda p: p.seq)
        if len(named) == len(pool.members):
            for person, phrase in zip(people, named):
                group = self._regroup([person], index)
                group.head, group.role, group.modifiers = phrase.head, self._role(phrase), _modifiers(phrase)
                person.role = group.role
        elif len(described) == len(listed) == len(pool.members):
            for person, what in zip(people, described):
                self._regroup([person], index).described_as = what
        else:
            return []
        return people

    def _only(self, chosen: list[Group], index: int) -> None:
        """'Only the detective constable had a case to answer': the others decided with them had none."""
        accepted = self._accepted(index)
        for group in self.groups:
            if group in chosen or not group.case or group.introduced_at not in {g.introduced_at for g in chosen}:
                continue
            if accepted:
                self._set_grade(group, "no_case", index)
            else:
                group.disputed_at = index

    def _someone_new(self, last: Phrase, known: list[Group], index: int, positive: bool) -> bool:
        """Whether the person last talked about, whom ``known`` could be, is rather someone not known yet."""
        if positive and not last.other and re.match(r"(?:one|a|an)\s+(?!of\b)", last.text, re.I):
            # "One police constable had replied to a meme ... He had a case to answer": someone introduced afresh, not
            # the special constable decided on before (nor "an officer had a case ... a meeting for the officer": theirs)
            told = next((j for j in range(index - 1, max(-1, index - 5), -1) if last.text in self.sentences[j].text), -1)
            if all(g.decided_at < told for g in known):
                return True
        known_count = sum(len(g.members) for g in known)
        if last.other and last.count and last.count > 1 and re.search(r"\b(?:other|remaining)\b", last.text, re.I) \
                and known_count < last.count:
            return True  # "The remaining five officers had only read the messages. We found they had no case": five more
        ordinal = re.search(r"\b(?:second|third|fourth|fifth|sixth)\b", last.text, re.I) if last.other else None
        if ordinal and all(g.placed_as == last.text.lower() for g in known):
            return False  # (the one a roster's place named so: _bind_rank)
        # "the second constable", when one constable is known (the sixth, of five): someone new (unless the report's
        # count already made them one of the rest)
        return bool(ordinal) and (known_count == 1 or known_count < _ORDINAL_POSITION[ordinal.group(0).lower()] and not self.remainder)

    def _described_just_before(self, index: int) -> list[Phrase]:
        """The people the two sentences before ``index`` describe one by one ("the arresting officer", "the PCSO"), each
        once: a plain "the officer" is one of the others when a more specific officer was named."""
        named: list[Phrase] = []
        for sentence in self.sentences[max(0, index - 2):index]:
            # (the people the sentence opens with, "PC Ellery and PC Varley sent ...", not "the custody sergeant" they failed
            # to tell)
            found = find_phrases(sentence.text)
            opening_list = _joined_run(found, 0, sentence.text)
            opening = sentence.text[:opening_list[0].start].strip() if opening_list else ""
            # ("An inspector, a sergeant and a constable were involved": a list of people each introduced by "a" is as
            # many people, told apart by role)
            introduced = len(opening_list) > 1 and len({_who(q) for q in opening_list}) == len(opening_list)
            for p in opening_list:
                # (after "We found that": what we found them to have done)
                if p.count != 1 or p.plural or not (p.definite or introduced) or p.role == "unknown" or opening and not opening.endswith(",") \
                        and not re.fullmatch(r"(?:we|our\s+investigation|the\s+investigation)\s+(?:found|established|concluded|investigated)(?:\s+that)?", opening, re.I):
                    continue
                if any(_who(q) == _who(p) or p.head in GENERIC_HEADS and q.role == "officer" for q in named):
                    continue
                named.append(replace(p, start=0, end=0))
        return named

    def _listed_just_before(self, index: int, count: int) -> list[Phrase]:
        """The last list of exactly ``count`` people, one each by role, in the four sentences before ``index`` ("the custody
        sergeant, the detention officer and the constable"): who a bare "all three" means, when nobody has a case yet."""
        for sentence in reversed(self.sentences[max(0, index - 4):index]):
            found = [p for p in find_phrases(sentence.text) if p.count == 1 and not p.plural and p.definite and p.role != "unknown"]
            for start in range(len(found)):
                run = _joined_run(found, start, sentence.text)
                if len(run) == count and len({_who(p) for p in run}) == count and not any(p.head in GENERIC_HEADS for p in run):
                    return [replace(p, start=0, end=0) for p in run]
        return []

    def _opening_person(self) -> Phrase | None:
        """The one person the report's first sentence is about, named before its verb ("A former member of police
        staff has been jailed ..."), as a phrase standing for them."""
        if not self.sentences:
            return None
        text = self.sentences[0].text
        verb = _FINITE_VERB.search(text)
        phrases = find_phrases(text)
        if not verb or not phrases or phrases[0].end > verb.start() or phrases[0].count != 1 or phrases[0].plural \
                or not _SUBJECT_LEAD.fullmatch(text[:phrases[0].start]) or _past_letter(phrases[0], text[phrases[0].end:verb.start()]).strip():
            return None  # (not "In March 2022, a police constable reported ...": someone the story starts with)
        return replace(phrases[0], start=0, end=0, definite=True)

    def _may_be_called(self, person: Person, noun: str) -> bool:
        """Whether "the other <noun>" can name this person: "officer" names anyone serving, a rank only its holders."""
        noun = _norm_head(noun)
        head = self.groups[person.group].head if 0 <= person.group < len(self.groups) else ""
        return noun in GENERIC_HEADS or noun not in ("constable", "sergeant", "inspector") or head == noun or not head

    def _last_person(self, index: int, reach: int = 4, as_written: bool = False, singular: bool = False) -> Phrase | None:
        """The person last talked about before sentence ``index`` (within ``reach`` sentences), as a phrase standing for them
        (``as_written``: the phrase as the report wrote it, "an officer" still indefinite; ``singular``: one person, as "he"
        is, never a group named as the object of a preposition: "sent messages to three of the student officers")."""
        for sentence in reversed(self.sentences[max(0, index - reach):index]):
            # (not what someone was: "as he was no longer a serving officer")
            phrases = [p for p in find_phrases(sentence.text) if p.count and not _NO_LONGER_A.search(sentence.text, 0, p.start)]
            if singular:
                one_of_them = [p for p in phrases if not (p.plural or p.count > 1) or not _OBJECT_OF.search(sentence.text, 0, p.start)]
                if one_of_them:
                    phrases = one_of_them  # (with nobody else in that sentence, the group stays: "he" may be one of them)
                elif phrases and re.match(r"\W*(?:[\w-]+\s+){0,4}?(?:he|she)\s", sentence.text, re.I):
                    continue  # ("Over several months he sent messages to three of the student officers": "he" is someone before)
                if phrases and all(re.search(r"\b(?:he|she)\s+(?:[a-z]+\s+){1,3}$", sentence.text[:p.start]) for p in phrases):
                    continue  # ("..., and he later told an inspector that ...": "he" is someone before, not the one told)
            if phrases:
                p = phrases[-1]
                conceded = _CONCESSION.search(sentence.text, phrases[0].end, p.start) if re.match(r"one\s+of\b", p.text, re.I) else None
                if conceded and not re.search(r"[,;]\s+(?:and|but|while)\b", sentence.text[conceded.end():p.start]):
                    # "the inspector had kept the grading low even though one of the constables had asked ...": the one the
                    # sentence is about, not one of a group named in passing in its "even though" clause (not "..., even
                    # though ..., and the detention officer then failed to check": a main clause again)
                    p = [q for q in phrases if q.start < conceded.start()][-1]
                subject = phrases[0]
                told = _TOLD_WHOM.search(sentence.text, 0, p.start) and (singular or p.count == 1 and not p.plural) \
                    and not re.search(r"[,;]\s*(?:but|and|yet|so|who)?\s*(?:he|she|they|who)\b", sentence.text[p.end:], re.I)
                # (or the subject of a clause of time or reason: "The fourth, a sergeant, did not step in while PC Harland was
                # kneeling on the man. He retired ...": the one the sentence is about)
                subordinate = bool(re.search(r"\b(?:while|whilst|when|because|although|though)\s+$", sentence.text[:p.start], re.I))
                if p is not subject and (_OBJECT_OF.search(sentence.text, 0, p.start) or told or subordinate) \
                        and not re.search(r"\bby\s+$", sentence.text[:p.start]) \
                        and not re.match(r"\s*,\s*who\b", _past_letter(p, sentence.text[p.end:])) \
                        and (_OPENS_ON_ITS_SUBJECT.match(sentence.text[:subject.start])
                             or re.fullmatch(r"\W*The\s+(?:second|third|fourth|fifth|sixth|other|last)\s*,\s*", sentence.text[:subject.start])) \
                        and not _OBJECT_OF.search(sentence.text, 0, subject.start) and subject.count == 1 and not subject.plural:
                    # "The evidence showed DC Farrow made two attempts ..., despite a note from the sergeant asking ... We
                    # decided he had a case": the one the sentence is about, not someone named after a preposition
                    p = subject
                elif len(phrases) > 1 and phrases[-2].role == "staff" \
                        and re.fullmatch(r"\s+(?:working|employed|serving)\s+as\s+", sentence.text[phrases[-2].end:p.start]):
                    p = replace(p, role="staff")  # "a member of police staff working as a crime records officer"
                elif len(phrases) > 1 and re.match(r"(?:a|an)\s", p.text, re.I) and not phrases[-2].plural \
                        and _generic(p) and (not _generic(phrases[-2]) or phrases[-2].label) \
                        and re.fullmatch(r"\s+(?:is|was)\s+(?:also\s+)?|\s*,\s*(?:also\s+)?", _past_letter(phrases[-2], sentence.text[phrases[-2].end:p.start])):
                    # "The detention officer is a member of police staff. We found she had a case", "the call handler, a member
                    # of police staff, had ...": the one the complement or apposition describes (not "The fourth officer, a
                    # sergeant, had ...": there the apposition is the more specific)
                    p = _described_by(phrases[-2], p)
                elif len(phrases) > 1 and _generic(p) and not _generic(phrases[-2]) and not phrases[-2].plural \
                        and not sentence.text[:phrases[-2].start].strip() \
                        and re.match(r"the\s", p.text, re.I) and re.match(r"(?:\s+(?:in|on|for|of)\s+[^,;]{1,30})?\s*,", sentence.text[p.end:]) \
                        and re.fullmatch(r"\s*,\s*(?:who\s+(?:was|is)\s+)?", sentence.text[phrases[-2].end:p.start]):
                    # "The first constable, who was the investigating officer, had not ...": the constable, whom the
                    # apposition only describes by a looser noun
                    p = phrases[-2]
                return p if as_written else replace(p, start=0, end=0, definite=True)  # ("the second constable" stays someone other)
        return None

    def _revise(self, group: Group, decision: Decision, index: int, sentence: str) -> None:
        if _PANEL_VOICE.search(sentence) and not _A_PANEL_COULD.search(sentence):
            return  # a panel's finding is an outcome, not a case-to-answer decision (not "a panel could find": our test)
        new, old = decision.grade, group.grade
        if decision.positive and 0 <= group.disputed_at < index:
            group.disputed_at = -1  # a later "they did agree that the officer had a case"
        if new == old or new == "unknown":
            return
        if old in ("unknown", "no_case") and new in ("gross_misconduct", "misconduct") and group.disputed_at < 0:
            # "no case for gross misconduct over the force used, but a case for the search": a case to
            # answer on any allegation is a case to answer
            self._set_grade(group, new, index)
        elif old == "gross_misconduct" and new == "misconduct" and self._accepted(index):
            self._set_grade(group, new, index)
        elif old in ("gross_misconduct", "misconduct", "unknown") and new == "no_case":
            following = " ".join(s.text for s in self.sentences[index:index + 2])
            if self._accepted(index) and (_TO_NO_CASE.search(following) or _PERFORMANCE_ROUTE.search(following) or _AGREED_WITH_THEM.search(following)
                                          or re.search(r"\b(?:we|IOPC|IPCC)\b", sentence)) \
                    or group is self._accepted_for_one(index):
                # ("we accepted its position on PC B": for that one, whatever we directed for another; not "on the
                # officer who ...", one of a group)
                self._set_grade(group, new, index)
            else:
                group.disputed_at = index

    # references ----------------------------------------------------------
    def _refer(self, sentence: Span, introduced: list[Group]) -> list[Person]:
        text = sentence.text
        if introduced:
            return [p for g in introduced for p in g.members]
        everyone = sorted((p for g in self.groups for p in g.members), key=lambda p: p.seq)  # in the order introduced
        case_people = self._people_with_a_case()
        item = self._list_item(sentence)
        if item:
            return item
        index = self._position(sentence)
        if _OUR_REASONS.match(text) and len(self.pointer) == 1 and index > 0 and _CTA_PARTS.search(self.sentences[index - 1].text) \
                and 0 <= self.pointer[0].group < len(self.groups) and self.groups[self.pointer[0].group].decided_at == index - 1:
            # "We found that the sergeant had a case ... She had fired the Taser before checking whether the constable had him
            # under control": our finding's reasons, of the one just decided on (whoever else they name)
            return list(self.pointer)
        if text.rstrip().endswith(":") and index + 1 < len(self.sentences) and _LIST_ITEM.match(self.sentences[index + 1].text) \
                and _COUNTED.search(text):
            return []  # "proven against four of the five:": the items say whom
        if (nth := self._at_the_nth_proceedings(text, everyone)) is not None:
            return nth
        one_of = _ONE_OF.search(text)
        # "One of the officers, PC Arkwright, ...": that one has the name from now on
        named_one = next((ph for ph in find_phrases(text) if ph.label and len(ph.label) > 1 and re.fullmatch(r"\s*,\s*", text[one_of.end():ph.start])
                          and not any(g.label == ph.label for g in self.groups)), None) if one_of else None
        if one_of and (facts_in(text) or named_one is not None):
            # (a sentence with nothing to record about "one of the officers", or to name them by, does not spend a split)
            pool = [g for g in self.groups if g.case and len([p for p in g.members if not p.split]) > 1]
            if one_of.group(0).startswith(":") and len(pool) > 1:
                pool = []  # (after a colon only where one group could be meant: "The constables attended: one was ...")
            rank = re.match(r"one\s+(?:police\s+)?(PC|constable|sergeant|detective)\b"
                            r"|one\s+of\s+the\s+(?:two\s+|three\s+|four\s+)?(?:police\s+)?(PC|constable|sergeant|detective)s\b", one_of.group(0), re.I)
            if rank:  # "one sergeant" is one of a group of sergeants, never one of the constables
                said = (rank.group(1) or rank.group(2)).lower()
                word = "constable" if said in ("pc", "constable") else said
                pool = [g for g in pool if g.head == word or g.head.endswith(" " + word) or g.head in GENERIC_HEADS]
            pointed = [g for g in pool if any(p in self.pointer for p in g.members)] or pool
            if pointed:
                group = pointed[0]
                members = list(group.members)  # (before a name takes the one out of the group)
                serving = [p for p in members if not p.has_left]
                if _OF_THOSE_SERVING.search(text) and any(p.has_left for p in members) and any(not p.split for p in serving):
                    members = serving  # the one and the other are of those still serving, not the one who left
                if rank:
                    members = self._of_the_rank(group, members, word)  # ("one of the constables", of "a sergeant and three constables")
                person = self._split_one(group, members)
                if named_one is not None:
                    self._regroup([person], index).label = named_one.label
                # facts in the clause naming "one of the officers" are that person's (and of anyone named with
                # them: "against the sergeant and one of the constables"); facts elsewhere are the whole group's
                chosen = self._named_just_before(text, one_of.start()) + [person]
                self.split_scope = (chosen, members)
                return chosen
        by_finding = _BY_FINDING.match(text)
        if by_finding and len(_BY_FINDING.findall(text)) == 1 and not re.search(r"\bfound\s+(?:to\s+have\s+committed|guilty\s+of)\b", text[by_finding.end():], re.I):
            # (the sentence's subject, its one finding: not "The sergeant, who had supervised the two officers found to
            # have ...", nor "The two officers found to have committed gross misconduct were dismissed, and the officers
            # found to have committed misconduct ...")
            # "The three officers found to have committed gross misconduct will be placed on the barred list": those with
            # that finding, when there are as many as the count says
            found = "gross_misconduct_proven" if by_finding.group("level").lower().startswith("gross") else "misconduct_proven"
            chosen = [p for p in case_people if p.facts.get("outcome") == found]
            wanted = NUMBERS.get((by_finding.group("n") or "").lower())
            if chosen and len(chosen) < len(case_people) and (wanted is None or len(chosen) == wanted):
                return chosen
        by_departure = _BY_DEPARTURE.search(text)
        if by_departure:
            # "the PC who was still serving", "the PC who had resigned": one of a group, told apart by leaving
            so_called = [g for ph in find_phrases(by_departure.group("who") or by_departure.group("who2"))
                         for g in self._matching_groups(replace(ph, definite=True), loose=True)]
            # (of those with a case, who alone had proceedings to leave before: not the constable found to have none)
            named = [p for g in ([g for g in so_called if g.case] or so_called) for p in g.members]
            said = by_departure.group("who2") or ""
            if not so_called and re.fullmatch(r"the\s+(?:two|three|four|five|six|one|other|others)", said, re.I):
                named = case_people  # ("the two who had resigned": a bare count, of those with a case)
            gone = bool(by_departure.group("gone"))
            chosen = [p for p in named if p.has_left == gone]
            if chosen and len(chosen) < len(named):
                # ("The sergeant and the two constables who were still serving were dismissed": the one named before too)
                start = by_departure.start("who") if by_departure.group("who") else by_departure.start("who2")
                listed = self._listed_with(text, start, named)
                # ("the officer who was still serving was dismissed; the other would have been": both, told apart below)
                return listed + (named if _THE_OTHER_CLAUSE.search(text) else chosen)
        departed_one = _THE_DEPARTED.search(text)
        if departed_one and not _THE_OTHER_CLAUSE.search(text) and len(find_phrases(text)) == 1 \
                and not re.match(r"\s*(?:,|and|as\s+well\s+as)\s+(?:the|both|all|two|three|four|five|his|her|their|(?-i:[A-Z]))\b",
                                 text[departed_one.end():], re.I):  # (not "the retired sergeant and the two others")
            # "It found gross misconduct proven against the retired constable": the one who had left, of those with a case
            gone = [p for p in case_people if p.has_left]
            if gone and len(gone) < len(case_people) and (len(gone) == 1 or departed_one.group("plural")):
                return gone
        # of two with a case, the one not just talked about
        other_of_two = [p for p in case_people if p is not self.pointer[0]] \
            if len(case_people) == 2 and len(self.pointer) == 1 and self.pointer[0] in case_people else []
        if re.search(r"\b(?:the\s+)?(?:other|remaining)\s+(?:[a-z]+\s+)?(?:(?:" + _REFERRED_ROLE + r")s?|staff|one)\b"
                     r"|\bthe\s+(?:others|rest)\b"  # ("The others were dismissed")
                     r"|\b(?:against|for|to|on)\s+the\s+other\b(?=\s*(?:[,.;]|and\b|$|(?:was|were|is|had|has)\b))"  # ("... against the other and ...", "... against the other was")
                     r"|^" + _BARE_OTHER.pattern, text, re.I):
            rest = [p for p in self.last_split.members if not p.split] if self.last_split else []  # ("The other attended a meeting")
            # (not "The remaining two officers ...", when one is left of the group split last: two others)
            counted = re.search(r"\b(?:other|remaining)\s+(two|three|four|five)\b", text, re.I)
            if rest and (counted is None or len(rest) == _to_int(counted.group(1))):
                return rest
            if other_of_two and _BARE_OTHER.match(text) and self._person_just_before(sentence):
                # "The first officer was dismissed. The other had resigned ...": of two with a case, the one not
                # just talked about
                return other_of_two
            other = re.search(r"\bthe\s+other\s+(?:[a-z]+\s+)?(?P<role>" + _REFERRED_ROLE + r")['’]s?\b", text, re.I)
            if other_of_two and other and self._may_be_called(other_of_two[0], other.group("role")):
                # "... against the officer who struck the man. The chair found that the other officer's failure ...":
                # of two with a case, the one not just talked about (not "the other constable" for an inspector)
                return other_of_two
        if other_of_two and _COLLEAGUE.search(text) and not find_phrases(text) and not _HIS_OWN_COLLEAGUE.search(text):
            return other_of_two  # "... against her colleague": the other of the two
        told_apart = self._split_by_deed(text, index)
        if told_apart:
            return told_apart
        other_n = re.search(r"\b(?:the\s+)?(?:other|remaining)\s+(?P<n>two|three|four|five)\b(?!\s+[a-z]+\s+(?:had|was|were))", text, re.I)
        if other_n:
            # "against the other two", after "the officer who struck the man": the rest of that group
            n = _to_int(other_n.group("n"))
            for group in self.groups:
                # (or a group one of them was just taken out of: "One of the four, PC Marlow, ... The other three ...")
                # (or one a member was named out of: "PC Ashdown was dismissed. The other three ...")
                named_out = any(g is not group and (g.label or g.described_as) and g.introduced_at == group.introduced_at and g.head == group.head
                                and all(p.named for p in g.members) for g in self.groups)
                if group is self.last_split or named_out or any(p.named or p.split for p in group.members):
                    rest = [p for p in group.members if not (p.named or p.split)]
                    if len(rest) == n:
                        return rest
            # (or those with a case beside the one just talked about: "WYP did not agree that the officer whose camera was off
            # had a case ... The other two officers attended a misconduct meeting")
            # (as the sentence's subject: not "PC Marsh resigned before the hearing for the remaining two")
            if other_n.start() == len(text) - len(text.lstrip()) and self.pointer \
                    and re.match(r"\s+(?:officers|constables|sergeants|inspectors|detectives|PCs|members\s+of\s+staff|staff)\b", text[other_n.end():]):
                cased = self._people_with_a_case()
                if set(self.pointer) <= set(cased) and len(cased) - len(self.pointer) == n:
                    return [p for p in cased if p not in self.pointer]
        bare_ordinal = _BARE_ORDINAL.search(text)
        if last_of_them := _LAST_BY_PLACE.match(text):
            cased = self._people_with_a_case()
            untold = [p for p in cased if "sanction" not in p.facts]
            numbered = any(_ORDINAL_OPENING.match(g.called or "") for g in self.groups)  # ("the third officer ...": the report's own)
            if _ORDINAL_POSITION[last_of_them.group("nth").lower()] == len(cased) and len(untold) == 1 \
                    and untold[0] not in self.pointer and not numbered:
                # "Two constables were dismissed. The panel said the one who had retired would have been. The fourth ...
                # was given a final written warning": the last of those with a case, the one not yet told of
                return untold
        if bare_ordinal and self._after_a_count(sentence) \
                and not any(re.match(r"the\s+(?:first|second|third|fourth)\s", p.text, re.I) for p in find_phrases(text)):
            # (not "The first call taker resigned, and the second ...": the noun says whom)
            # "The first admitted ...; in the case of the second, ...": by position in the group just talked about
            position = _ORDINAL_POSITION[(bare_ordinal.group("the") or bare_ordinal.group("a")).lower()]
            if self.counted_off and position <= len(self.counted_off) and set(self.pointer) <= set(self.counted_off):
                # "proven against four of them. Two were dismissed. A third ... The fourth ...": counted among the four
                return [self.counted_off[position - 1]]
            group = next((g for g in self._groups_of(self.pointer) if len(g.members) > 1), None)
            if group is not None and position <= len(group.members):
                chosen = sorted(group.members, key=lambda p: p.seq)[position - 1]
                if position == 1:
                    # ("For the first of them, ... against the other officer ...": the one not yet told of, as after "one of them")
                    self._take_out(group, chosen)
                return [chosen]
        # ("the first of the two detention officers" is the first detention officer)
        ordinal = re.search(r"\b(?:the\s+)((?:first|second|third|fourth|fifth|sixth)(?:\s*(?:,|and|,\s*and)\s*(?:first|second|third|fourth|fifth|sixth))*)"
                            r"\s+(?:of\s+(?:the|these|those)\s+(?:two|three|four|five|six)\s+)?((?:\w+\s+){0,2}?(?:" + _REFERRED_ROLE + r"|dispatcher|staff))s?\b", text, re.I)
        if ordinal:
            # people are numbered in the order the report introduced them (among those so called, if any);
            # "the second and third officers" are two of them
            positions = [_ORDINAL_POSITION[w.lower()] for w in re.findall(r"[a-z]+", ordinal.group(1), re.I) if w.lower() in _ORDINAL_POSITION]
            numbered = self._numbered(ordinal.group(2), max(positions))
            if max(positions) <= len(numbered):
                chosen = [numbered[i - 1] for i in positions]
                if positions == [1] and len((group := self.groups[chosen[0].group]).members) > 1:
                    self._take_out(group, chosen[0])  # ("the first detention officer ..., the other ...": the one not yet told of)
                return self._listed_with(text, ordinal.start(), chosen) + chosen
        if ordinal and not ordinal.group(1).lower().startswith("first"):
            self._add_remainder(self.total)
            if self.remainder:
                return list(self.remainder)
            facts = facts_in(text)
            said = next((p for p in find_phrases(text) if p.start == ordinal.start()), None)  # (the phrase the ordinal opens)
            if len(positions) == 1 and facts.get("proceedings") in FORMAL_PROCEEDINGS and ordinal.start() < 40:
                # "The second officer attended a misconduct meeting", when one officer is known: someone whose case the
                # report told in words the rules miss; the proceedings give its level
                level = facts.get("level") or ("misconduct" if facts["proceedings"] == "meeting" else "unknown")
                group = self._new_group(said, level, index) if said is not None and said.count == 1 and not self._called_so(said) else None
                if group is not None:
                    return list(group.members)
            if len(positions) == 1 and ordinal.start() < 40 and not find_phrases(text[:ordinal.start()]) \
                    and said is not None and not self._called_so(said):
                # "The second officer, who did not challenge the remarks, will receive management advice", when one
                # officer had a case: someone beyond those with a case, whom the sentence is about
                return []
        subset = self._numbered_subset(text) or self._bare_number(text, index)
        if subset:
            return subset
        newcomer = self._newcomer(sentence)
        if newcomer is not None:
            return newcomer
        targets: list[Person] = []
        others = False
        the_other = False  # "the sergeant and the other officer": whoever is left, once the rest are named
        unnamed_apposition: Phrase | None = None  # a surname no one has yet, just before a description of who it is
        reason = _REASON_ABOUT_SOMEONE.search(text)
        pronoun_subject = bool(_PRONOUN_SUBJECT.match(text))
        # ("she received words of advice from a superintendent": who gave it is not whom the sentence is about)
        not_givers = [p for p in find_phrases(text) if not _GIVEN_BY.search(text, 0, p.start)]
        for phrase in not_givers:
            if reason and phrase.start >= reason.end() and not phrase.definite and not phrase.label:
                continue  # ("his failure was a performance matter, as he had two members of staff absent": not theirs)
            if pronoun_subject and _POSSESSIVE_NOT_PROCEEDINGS.match(text, phrase.end):
                continue
            if phrase.other and phrase.definite and not phrase.plural and not phrase.label and phrase.head in GENERIC_HEADS \
                    and re.match(r"the\s+other\s", phrase.text, re.I) and not _NAMED_AFTER.match(text[phrase.end:]):
                the_other = True
                continue
            if phrase.label:
                named = self._matching_groups(phrase)
                for group in named:
                    targets += [p for p in group.members if p not in targets]
                if not named and len(phrase.label) > 1 and _NAMED_IN_APPOSITION.match(text, phrase.end):
                    unnamed_apposition = phrase  # "PC Dunmore, the constable who knelt on the man, ...": named by what follows
                continue
            if (phrase.definite and phrase.count and phrase.count > 1 and case_people and phrase.count != len(case_people)
                    and all(p.role != phrase.role for p in case_people)
                    # (bare "officers" may be a loose word for staff such as detention officers)
                    and (phrase.head != "officer" or not any(len(g.members) == phrase.count for g in self.groups))):
                others = True  # "the two police officers" when those with a case are three members of staff
                continue
            if others and phrase.count and not phrase.definite:
                continue  # "... and one member of staff": listed with them
            if not phrase.plural and phrase.definite and not phrase.label and text[phrase.end:].startswith(" who ") \
                    and (phrase.head in GENERIC_HEADS or any(len(g.members) > 1 for g in self._matching_groups(phrase))):
                # "the officer who broke her arm", "the PC who carried out the search", out of a group of several: one of them
                # (first, the one person already told apart by that deed: "the third had made comments about his speech
                # ... The officer who made the comments ...")
                deed = who.group(1) if (who := _WHO_CLAUSE.match(text[phrase.end:])) else ""
                described = [g for g in self.groups if g.case and g.described_as]
                by_deed = [g for g in described if _same_deed(deed, g.described_as)] \
                    or [g for g in described if _content_words(deed)[:1] == _content_words(g.described_as)[:1] and not _other_objects(deed, g.described_as)]
                pointed = self._groups_of(self.pointer)
                if not by_deed and len(pointed) > 1 and all(g.described_as for g in pointed):
                    # ("Two of them had held him down; the third had mocked his speech. The officer who made the comments
                    # ...": told by another word for the deed, the one of them alone, not one of the two)
                    by_deed = [g for g in pointed if len(g.members) == 1]
                if len(by_deed) == 1 and len(by_deed[0].members) == 1 and len(not_givers) == 1:
                    by_deed[0].members[0].named = True  # (so "the other two" are the rest)
                    return list(by_deed[0].members)  # (one person named: not "The officer who ... and the officer who ...")
                mine = [g for g in self._matching_groups(phrase) if len(g.members) > 1] if phrase.head not in GENERIC_HEADS else []
                group = next((g for g in mine or self._groups_of(self.pointer) if len(g.members) > 1 and any(not p.named for p in g.members)), None)
                if group is None:
                    described = self._described(text[phrase.end:], [g for g in self.groups if len(g.members) == 1])
                    who = _WHO_CLAUSE.match(text[phrase.end:])
                    if described and who and (not _deed_words(who.group(1)) & _deed_words(described.described_as)
                                               and _content_words(who.group(1))[:1] != _content_words(described.described_as)[:1]
                                               or _other_objects(who.group(1), described.described_as)):
                        described = None  # (a deed of its own, "who knelt on his back", is not "who struck the man")
                    if described:
                        return described.members
                    # ("The officer who struck the man ... The officer who knelt on his back ...", of three with a case: another
                    # of the group the first was told apart from)
                    rest = [g for g in self.groups if g.case and g.head in GENERIC_HEADS and not g.label and not g.described_as
                            and any(not p.named for p in g.members)]
                    group = rest[0] if len(rest) == 1 and phrase.head in GENERIC_HEADS else None
                if group:
                    unnamed = [p for p in group.members if not p.named]
                    if facts_in(text).get("outcome") == "not_proven":
                        # ("proven against three of the four ... The allegations against the officer who had held the doors were
                        # found not proven": not one of those found against, so one still without a finding)
                        unnamed.sort(key=lambda p: p.facts.get("outcome") in FINDINGS)
                    person = unnamed[0]
                    person.named = True
                    if group.head in GENERIC_HEADS and not group.label and not group.described_as and group.case:
                        # "The constable who created the group ... faced an accelerated hearing", of four officers: that one,
                        # known by rank and deed from now on (so "the sergeant" and "the remaining two constables" are others)
                        own = self._regroup([person], self._position(sentence))
                        if who := _WHO_CLAUSE.match(text[phrase.end:]):
                            own.described_as = who.group(1)
                    if _AGREED_WITH_FORCE.search(text) and group.disputed_at >= 0:
                        # "we agreed with their determination for the officer who ...": that one has no case
                        person.grade = "no_case"
                        person.note("grade", "no_case", sentence)
                    return [person]
            if phrase.head in GENERIC_HEADS:
                if targets and phrase.plural and (re.match(r"of\s+the\s", phrase.text, re.I) or re.search(
                        r"\b(?:supervis\w*|managing|checking|training|briefing|the\s+work\s+of)\s+$", text[:phrase.start], re.I)):
                    # "The inspector was given advice about checking the work of the officers she supervises": the officers
                    # the sentence's person acts on, not more of its subjects
                    continue
                if phrase.plural and phrase.definite or (phrase.count and phrase.count > 1 and phrase.definite):
                    if (level := _WITH_A_LEVEL.match(text, phrase.end)) is not None:
                        # "The two officers with a gross misconduct case were dismissed": those of that level, whoever was
                        # talked about last
                        grade = "gross_misconduct" if level.group("gm") else "misconduct"
                        at_level = [p for p in case_people if p.grade == grade]
                        if at_level and phrase.count in (None, len(at_level)):
                            targets += [p for p in at_level if p not in targets]
                            continue
                    if phrase.count and phrase.count == len(self.pointer) < len(case_people) and (
                            all(p in case_people for p in self.pointer) or not _tells(text, _OF_PROCEEDINGS_HELD)):
                        # "both officers": the two just named (not two just found to have no case, in a sentence of
                        # proceedings: "The two officers involved in the restraint attended a misconduct meeting")
                        targets += [p for p in self.pointer if p not in targets]
                        continue
                    sized = _the_group_of(phrase.count, [g for g in self.groups if g.case])
                    if phrase.count and phrase.count < len(case_people) and sized:
                        targets += [p for p in sized.members if p not in targets]  # "the three officers": the group of three
                        continue
                    at_one_level = [[p for p in case_people if p.grade == grade] for grade in dict.fromkeys(p.grade for p in case_people)] \
                        if phrase.count and phrase.count < len(case_people) else []
                    same_grade = [level for level in at_one_level if len(level) == phrase.count]
                    if len(same_grade) == 1:
                        # "the three officers", of three with a gross misconduct case and one with a misconduct case
                        targets += [p for p in same_grade[0] if p not in targets]
                        continue
                    if phrase.count is None and 1 < len(self.pointer) < len(case_people) and all(p.group == self.pointer[0].group for p in self.pointer):
                        targets += [p for p in self.pointer if p not in targets]  # "the officers": the group just talked about
                        continue
                    # (not those split off as having left, unless the count takes them in: "all four officers")
                    targets += [p for p in case_people if p not in targets and (phrase.count == len(case_people) or not (p.split and p.facts.get("left")))]
                elif phrase.head != "officer" and len(self.groups) > 1:
                    # "the police officer" beside "the custody officer": the one so named
                    named = [g for g in self.groups if g.head == phrase.head]
                    if len(named) == 1:
                        targets += [p for p in named[0].members if p not in targets]
                elif phrase.definite and _modifiers(phrase) and len(self.groups) > 1:
                    # "the investigating officer", introduced as such: that one
                    named = [g for g in self.groups if g.modifiers == _modifiers(phrase)] \
                        or [g for g in self.groups if _did_what_it_says(_modifiers(phrase), g.described_as)]
                    if len(named) == 1:
                        targets += [p for p in named[0].members if p not in targets]
                elif phrase.definite and self.pointer and not any(p in case_people for p in self.pointer) \
                        and (_formal_step(text) or re.search(r"\b(?:agreed|accepted)\b", text)):
                    # "The inspector had no case to answer ... The officer attended a misconduct meeting": the one
                    # officer with a case, not the one just cleared (reflection or advice may be anyone's); of several,
                    # the one the report calls plainly "the officer"
                    officers = [g for g in self.groups if g.case and g.role == "officer"]
                    plain = officers if len(officers) == 1 else [g for g in officers if g.head in GENERIC_HEADS and len(g.members) == 1]
                    if len(plain) == 1:
                        targets += [p for p in plain[0].members if p not in targets]
                elif phrase.definite and not phrase.plural and not phrase.label and phrase.head == "officer" and not _modifiers(phrase) \
                        and any(p.group >= 0 for p in self.pointer) \
                        and all(_not_called_officer(self.groups[p.group]) for p in self.pointer if p.group >= 0) \
                        and (plain := self._the_one_called_officer()) and not set(self.pointer) <= set(plain):
                    # "The call handler was given a written warning. The allegation against the officer was not proven": the
                    # one the report calls only "officer", set against the member of staff just talked about
                    targets += [p for p in plain if p not in targets]
                continue
            if re.match(r"(?:a|an|another)\s", phrase.text, re.I):
                continue  # "a senior detective" is someone new, not the detective constable
            matching = self._matching_groups(phrase, loose=True)
            if len(matching) > 1 and not phrase.plural and (who := _WHO_CLAUSE.match(text[phrase.end:])) \
                    and len(undescribed := [g for g in matching if not g.described_as or _deed_words(who.group(1)) & _deed_words(g.described_as)]) == 1:
                matching = undescribed  # "the constable who used PAVA", one of two told apart as "who punched the man": the other
            if len(matching) > 1 and not phrase.plural and (described := self._described(text[phrase.end:], matching)):
                matching = [described]  # "the constable who knelt on the man", of two constables: the one introduced so
                if unnamed_apposition is not None and not described.label and len(described.members) == 1 and facts_in(text):
                    described.label = unnamed_apposition.label  # (and "PC Dunmore" names that one from now on)
            if phrase.other and phrase.count and phrase.count > 1 and sum(len(g.members) for g in matching) < phrase.count \
                    and len(rest := [g for g in self.groups if g.case and g.head in GENERIC_HEADS and len(g.members) == phrase.count]) == 1:
                matching = rest  # "the remaining two constables", one constable told apart from four officers: the two left
            if level_said := _WITH_A_CASE_AT.match(text, phrase.end):
                # "The two officers with a case to answer for misconduct ...": those at that level, not two at another
                matching = [g for g in matching if g.grade == _grade_of(level_said.group("grade"))] or matching
            matched = [p for group in matching for p in group.members]
            if phrase.count and phrase.count > 1 and phrase.count > len(matched) and len(case_people) == phrase.count:
                matched = case_people  # "both staff", said of a sergeant and a detention officer
            sized = _the_group_of(phrase.count, matching)
            if sized is None and phrase.count and phrase.count > 1 and _tells(text, _OF_PROCEEDINGS_HELD):
                # ("The two officers involved in the restraint attended a misconduct meeting", beside two with no case:
                # only those with a case face proceedings)
                sized = _the_group_of(phrase.count, [g for g in matching if g.case])
            if phrase.count and phrase.count > 1 and len(matched) > phrase.count and sized:
                matched = list(sized.members)  # "the three constables", when a fourth constable is known too
            elif phrase.count and phrase.count > 1 and len(matched) > phrase.count \
                    and len(pointed := [p for p in matched if p in self.pointer]) == phrase.count:
                # "proven against the sergeant and two of the constables. The two constables were dismissed": of three
                # constables, the two just talked about
                matched = pointed
            elif phrase.count and phrase.count > 1 and len(matched) > phrase.count and len(matching) == 1 and phrase.definite \
                    and matching[0].head in GENERIC_HEADS and not matching[0].label and phrase.head not in GENERIC_HEADS \
                    and all(ph is phrase or any(g.head == ph.head for g in self.groups) for ph in not_givers) \
                    and not phrase.label and not any(p.split for p in matched) and not re.match(r"\s*\(", text[phrase.end:]) \
                    and _tells(text, _OF_RESULTS):
                # "all three officers had a case ... Meetings for the two constables were held": two of the three, known
                # by that rank from now on (the third, named by another, is the one left; not where the sentence also
                # names someone by a rank not yet known: "the two constables were given ... and the sergeant ...")
                group = self._regroup(matched[:phrase.count], self._position(sentence))
                group.head = phrase.head
                matched = list(group.members)
            targets += [p for p in matched if p not in targets]
        if targets and the_other:
            rest = [p for p in case_people if p not in targets]
            level = facts_in(text).get("level")
            for narrower in ([p for p in rest if p.grade == level], [p for p in rest if "outcome" not in p.facts]):
                if len(rest) > 1 and narrower:
                    rest = narrower  # (of several left: the one at the meeting's level, then the one with no outcome yet)
            if len(rest) == 1:
                targets += rest
        if targets:
            return targets
        if (of_that_sex := self._told_by_sex(text, case_people)) is not None:
            self.others_now = not of_that_sex
            return of_that_sex
        if others:
            self.others_now = True
            return []
        if self.others_before and not find_phrases(text) and re.match(r"\s*(?:They|These|Those)\b", text):
            return []  # "They were given management action", just after a sentence about other people
        some_of_them = _SOME_OF_THEM_AT_PROCEEDINGS.match(text)
        if some_of_them and len(self.pointer) > (n := _to_int(some_of_them.group("n"))) and len({p.group for p in self.pointer}) == 1 \
                and all(p in case_people for p in self.pointer) and len(fresh := _without_a_result(self.pointer)) == len(self.pointer) \
                and _tells(text, _OF_RESULTS):  # (not "Three of them accepted posting ...")
            # "the three officers would attend misconduct meetings. Two of them attended their meetings in spring": two of
            # the three, a group of their own from now on (what is said of them next is not the third's)
            return list(self._regroup(fresh[:n], self._position(sentence)).members)
        everyone_said = re.search(r"\b(?:both|all\s+(?:the\s+)?(?P<n>four|five|six|seven|eight|three|two)?|they\s+(?:should\s+)?all)\b", text, re.I)
        if everyone_said and case_people:
            n = _to_int(everyone_said.group("n")) if everyone_said.group("n") else None
            if everyone_said.group(0).lower() == "both" and len(self.pointer) == 2 \
                    and (len(case_people) != 2 or not any(p in case_people for p in self.pointer)
                         and not _OF_PROCEEDINGS.search(text)):
                # "both would take part in reflective practice": the two just talked about (also the two with no case, just
                # found so: "neither of the constables had a case to answer. Both had completed ...")
                return list(self.pointer)
            if n and n != len(case_people):
                # "all three", when four people had a case: the three just talked about, or the group of three
                sized = [p for p in self.pointer if p in case_people] if len(self.pointer) == n else \
                    next(([p for p in g.members] for g in self.groups if g.case and len(g.members) == n), [])
                if sized:
                    return sized
            return case_people
        plural = re.search(r"\b(?P<level>gross\s+misconduct\s+|misconduct\s+)?(?P<kind>meetings|hearings)\b", text, re.I)
        if plural and not find_phrases(text) and len(case_people) > 1:
            # "the force held misconduct meetings", naming nobody: everyone with a case at that level
            level = plural.group("level") and _grade_of(plural.group("level").strip())
            at_level = [p for p in case_people if not level or p.grade == level]
            if len(at_level) > 1:
                return at_level
        # "We identified learning for a control room operator who had not asked the driver ...": about someone new, of a
        # kind no one with a case is, whoever else it mentions
        phrases = not_givers
        first = phrases[:1]
        if first and re.match(r"(?:a|an)\s", first[0].text, re.I) and not first[0].plural and first[0].head not in GENERIC_HEADS \
                and not self._matching_groups(replace(first[0], definite=True), loose=True) \
                and not _PANEL_VOICE.search(text) and "outcome" not in facts_in(text):  # (not "A control room inspector gave
            # evidence at the meeting, which found misconduct proven": the meeting's finding is still theirs)
            return []
        # "the call handler would receive management action", with no call handler among the
        # subjects: the sentence is about someone else
        named = [p for p in phrases if p.definite and (p.head not in GENERIC_HEADS or p.label)]
        if named and not any(self._matching_groups(p, loose=True) for p in named):
            return self._named_by_rank(named, sentence)
        if len(self.pointer) == 1 and re.search(r"\b(?:in\s+(?:his|her)\s+absence|against\s+(?:him|her)|(?:his|her)\s+(?:hearing|meeting))\b", text, re.I) \
                and not re.search(r"\b(?:they|them|their|both|each|all|either|neither)\b", text, re.I):
            # "Officer A was dismissed over another matter. The hearing went ahead in his absence": the one just talked
            # about, not everyone that hearing was for (a pronoun that is the person's: not "the chair said he", "her
            # children")
            return list(self.pointer)
        # "At the meeting, the panel found ...": whoever that meeting was for
        # ("the hearing and the meeting": whoever either was for)
        kinds = {k.lower() for k in re.findall(r"\b(?:the|that|this)\s+(?:misconduct\s+|gross\s+misconduct\s+)?(meeting|hearing)\b", text, re.I)}
        if "hearing" in kinds:
            kinds.add("accelerated_hearing")
        attending = [p for p in everyone if p.facts.get("proceedings") in kinds]
        if attending:
            return attending
        return self.pointer or everyone

    def _others_counted_just_before(self, index: int, sentence: str) -> Phrase | None:
        """'Three other officers ...' opening the sentence before a decision about "they": that count of others, with
        nothing decided about them there (None otherwise)."""
        if index == 0 or not re.search(r"\bthey\b", sentence, re.I) or not self.groups:
            return None
        before = self.sentences[index - 1].text
        if not _OTHERS_OPENING.match(before) or _CTA_PARTS.search(before):
            return None
        first = find_phrases(before)[:1]
        return first[0] if first and first[0].other and first[0].plural and first[0].count and first[0].count > 1 else None

    def _take_the_forces_view(self, group: Group, accepted: bool, index: int) -> None:
        """The force's view that a group had no case: settled now if we accepted it, else in dispute (settled at the end,
        unless a recommendation or direction followed)."""
        if accepted:
            self._set_grade(group, "no_case", index)
        else:
            group.disputed_at = index

    def _level_some_of_the_counted(self, decision: Decision, index: int) -> list[Group] | None:
        """'We found that four officers had a case to answer. Three of them, PC A, PC B and PC C, had a case to answer for
        gross misconduct. The fourth, a sergeant, had a case to answer for misconduct.': the level, said afterwards, of
        some of a group whose case was told without one; those named take their names. None where the sentence does
        not open on some of them, or no one group is waiting for its level."""
        some = _SOME_OF_THE_COUNTED.match(self.sentences[index].text)
        if not some:
            return None  # (the cheap test first: this runs for every decision with a level)
        # (a group counted as several, though some may have been levelled already: "The fourth" is the one left)
        waiting = [g for g in self.groups if g.grade == "unknown" and g.plural and g.members and g.introduced_at < index]
        if len(waiting) != 1:
            return None
        group = waiting[0]
        people = sorted(group.members, key=lambda p: p.seq)
        if some.group("n"):
            chosen = people[:NUMBERS[some.group("n").lower()]]
            if len(chosen) >= len(people):
                return None  # ("Four of them", of four: all of them, which the usual reading already does)
        elif len(people) == 1 or some.group("which").lower() in ("other", "remaining", "last"):
            chosen = people  # (the rest: those whose level is still unsaid)
        else:
            return None
        # ("Three of them, PC Darrow, PC Keble and PC Orme, had": named in the order given, and by rank from now on;
        # "The fourth, a sergeant, had": the sergeant)
        named = [ph for ph in decision.phrases if ph.count == 1 and not ph.plural and (ph.label or ph.head not in GENERIC_HEADS)]
        chosen_group = self._regroup(chosen, index)
        self._set_grade(chosen_group, decision.grade, index)
        if len(named) != len(chosen):
            return [chosen_group]
        out = []
        for person, phrase in zip(chosen, named):
            single = self._regroup([person], index)  # (the chosen group itself, when it is one person)
            single.label = phrase.label or single.label
            if phrase.head not in GENERIC_HEADS:
                single.head, single.role, single.modifiers = phrase.head, self._role(phrase), _modifiers(phrase)
                person.role = single.role
            out.append(single)
        return out

    def _panel_no_case_after(self, index: int) -> str | None:
        """The kind of proceedings ("meeting", "hearing") whose panel the sentence reports finding no case, said in the
        passive with no one else deciding ("were found to have no case to answer", "a case to answer ... was not found
        against ..."), just after a sentence in which those proceedings' panel or chair spoke. None otherwise."""
        text = self.sentences[index].text
        if not index or not self.groups or not _PASSIVE_NO_CASE.search(text) or _SOMEONE_DECIDING.search(text):
            return None
        before = self.sentences[index - 1].text
        kind = facts_in(before).get("proceedings")
        return kind if kind in FORMAL_PROCEEDINGS and _PANEL_VOICE.search(before) else None

    def _at_the_nth_proceedings(self, text: str, everyone: list[Person]) -> list[Person] | None:
        """'At the first meeting the chair found misconduct proven ...; at the second, ...': the first (second) of those
        with that kind of proceedings, in the order the report introduced them. None where the sentence opens otherwise,
        or there are not that many."""
        m = _AT_THE_NTH_PROCEEDINGS.match(text)
        if not m:
            return None
        kind = m.group("kind") and m.group("kind").lower()
        if kind is None and self.nth_kind is None:
            return None  # ("At the second, ..." with no "At the first meeting" before it)
        kind = self.nth_kind = kind or self.nth_kind
        kinds = {"hearing", "accelerated_hearing"} if kind == "hearing" else {kind}
        attending = [p for p in everyone if p.facts.get("proceedings") in kinds]
        if m.group("nth").lower() not in _ORDINAL_POSITION:
            # "At the remaining meeting, the chair found ...": the one of those with that kind of proceedings not yet given
            # a result
            untold = _without_a_result(attending)
            return untold if len(attending) > 1 and len(untold) == 1 else None
        position = _ORDINAL_POSITION[m.group("nth").lower()]
        return [attending[position - 1]] if len(attending) > 1 and position <= len(attending) else None

    def _sex_of(self, person: Person) -> str | None:
        """'m' or 'f', where the report called the person "the male officer" or spoke of them alone as "he"."""
        said = _SEX_WORD.search(self.groups[person.group].modifiers) if person.group < len(self.groups) else None
        return ("f" if said.group(0) == "female" else "m") if said else person.pronoun

    def _told_by_sex(self, text: str, case_people: list[Person]) -> list[Person] | None:
        """'The female officer's performance fell below the standard', after the male officer's case: someone else (no
        one), or of a man and a woman with a case, the woman. None where the sentence names no one by sex, or the
        report has not said who is which."""
        said = [m for ph in find_phrases(text) if ph.definite and not ph.plural and not ph.label
                for m in [_SEX_WORD.search(_modifiers(ph))] if m]
        if len(said) != 1 or not case_people or any(self._sex_of(p) is None for p in case_people):
            return None
        sex = "f" if said[0].group(0) == "female" else "m"
        return [p for p in case_people if self._sex_of(p) == sex]

    def _named_by_rank(self, named: list[Phrase], sentence: Span) -> list[Person]:
        """'Both officers had a case to answer ... The detective sergeant retired': one of the two, known
        by that rank from now on. Only where one group of several plain "officers" could be meant."""
        if len(named) != 1 or named[0].role != "officer" or named[0].plural or named[0].label or named[0].other:
            return []
        pools = [g for g in self.groups if g.case and g.head in GENERIC_HEADS and len(g.members) > 1 and not g.label]
        if not pools:
            # ("The officer who struck the man ... The officer who knelt on his back ... The custody sergeant ...", of three:
            # the one left once the other two were told apart by deed)
            told_apart = [g for g in self.groups if g.case and (g.head in GENERIC_HEADS and g.described_as and len(g.members) == 1
                                                                or g.head not in GENERIC_HEADS and g.head != named[0].head)]
            left = [g for g in self.groups if g.case and g.head in GENERIC_HEADS and not g.described_as and not g.label]
            pools = left if told_apart and len(left) == 1 and len(left[0].members) == 1 \
                and all(g.introduced_at == left[0].introduced_at for g in told_apart) else []
            # (the one left, named by rank in a sentence of proceedings or results, even a rank not named before: "The
            # three constables were dealt with through reflective practice. The sergeant was given a written warning")
            # (only as the sentence's plain subject: not "The sergeant who supervised them was given advice", "The duty
            # inspector, who was not investigated, ...": someone described apart is someone else)
            last_one = bool(pools) and _tells(sentence.text, _OF_PROCEEDINGS_HELD | {"sanction"}) \
                and sentence.text[:named[0].start].strip(" \n\"'“‘").lower() in ("", "the") \
                and bool(re.match(r"\s+(?:was|were|had|has|received|attended|faced|retired|resigned)\b", sentence.text[named[0].end:]))
        else:
            last_one = False
        if len(pools) != 1:
            return []
        index = self._position(sentence)
        if not last_one and not any(p.head == named[0].head for s in self.sentences[:pools[0].introduced_at + 1] for p in find_phrases(s.text)):
            return []  # a rank not named among them before may be a bystander ("the duty inspector ... retired")
        # (not one the report already told apart by a description: "The constable who created the group ... The sergeant
        # retired": another of them)
        group = self._regroup([next((p for p in pools[0].members if not p.named), pools[0].members[0])], index)
        group.head = named[0].head
        return group.members

    def _described(self, text_after: str, groups: list[Group]) -> Group | None:
        """'the officer who had made the comments': the one introduced as 'who made the remarks'.

        The verb after "who" decides; failing that, the most shared words.
        """
        who = _WHO_CLAUSE.match(text_after)
        candidates = [g for g in groups if g.described_as]
        if not who or not candidates:
            return None
        words = _content_words(who.group(1))
        if not words:
            return None
        # (the same verb with another object is another deed: "who used PAVA" is not "who used the baton")
        same_verb = [g for g in candidates if _content_words(g.described_as)[:1] == words[:1] and not _other_objects(who.group(1), g.described_as)]
        if len(same_verb) == 1:
            return same_verb[0]
        scored = sorted(((len(set(words) & set(_content_words(g.described_as))), i) for i, g in enumerate(candidates)), reverse=True)
        if scored[0][0] > 0 and (len(scored) == 1 or scored[0][0] > scored[1][0]):
            return candidates[scored[0][1]]
        return None

    def _newcomer(self, sentence: Span) -> list[Person] | None:
        """'A third officer got a written warning at a misconduct meeting': someone new.

        Without a case-to-answer decision such a person is a subject only where
        the sentence ties them to proceedings, whose kind gives the grade.
        Returns None when the sentence introduces nobody new.
        """
        text = sentence.text
        m = re.match(r"^\s*(?:A|An|Another|A\s+further)\s+(?:(?:second|third|fourth|fifth|sixth)\s+)?(?:police\s+)?(officer|constable|sergeant)\b", text)
        if not m or text.lower().startswith(("an officer from", "an officer of")):
            return None
        apposed = next((ph for ph in find_phrases(text) if ph.start > m.end()), None)
        if apposed is not None and apposed.label and re.fullmatch(r"\s*,\s*", text[m.end():apposed.start]) \
                and any(g.label == apposed.label and g.case for g in self.groups):
            return None  # "A third officer, PC Keele, ...": someone already known by that name
        facts = facts_in(text)
        kind = facts.get("proceedings")
        if kind not in FORMAL_PROCEEDINGS:
            return []
        grade = "misconduct" if kind == "meeting" else ("gross_misconduct" if re.search(r"gross\s+misconduct\s+hearing", text, re.I) else "unknown")
        group = self._new_group(None, grade, self._position(sentence))
        return group.members if group else []

    def _named_just_before(self, text: str, start: int) -> list[Person]:
        """'against the sergeant and one of the constables': the one person named just before, joined by "and", when
        the report knows exactly one so called with a case."""
        before = [ph for ph in find_phrases(text[:start]) if ph.end <= start]
        if not before or not re.fullmatch(r"\s*and\s*", _past_letter(before[-1], text[before[-1].end:start])) \
                or not (before[-1].definite or before[-1].label) or before[-1].plural:
            return []
        groups = [g for g in self._matching_groups(before[-1]) if g.case and len(g.members) == 1]
        return groups[0].members if len(groups) == 1 else []

    def _listed_with(self, text: str, start: int, chosen: list[Person]) -> list[Person]:
        """'The custody sergeant and the first detention officer attended ...': the one person named just before, joined
        by "and" to the one found by place."""
        phrases = find_phrases(text)
        at = next((i for i, ph in enumerate(phrases) if ph.start == start), None)
        if not at or _past_letter(phrases[at - 1], text[phrases[at - 1].end:start]).strip().lower() != "and" \
                or not (phrases[at - 1].definite or phrases[at - 1].label):
            return []
        groups = [g for g in self._matching_groups(phrases[at - 1]) if len(g.members) == 1 and g.members[0] not in chosen]
        return groups[0].members if len(groups) == 1 else []

    def _accepted_lower_meeting(self, index: int) -> bool:
        """'South Wales Police did not agree that it could amount to gross misconduct ... We ... accepted that a misconduct
        meeting was appropriate': our acceptance of the lower level the force argued for, disagreeing in the three
        sentences before."""
        return bool(_ACCEPTED_LOWER_MEETING.search(self.sentences[index].text)) and any(
            _DISAGREEING_RE.search(s.text) for s in self.sentences[max(0, index - 3):index])

    def _person_just_before(self, sentence: Span) -> bool:
        """Whether the sentence before names a person ("The first constable was dismissed. The other ..."), not only
        something else counted ("The first, about the punch, was found proven. The other ...": an allegation)."""
        index = self._position(sentence)
        return index > 0 and bool(find_phrases(self.sentences[index - 1].text))

    def _after_a_count(self, sentence: Span) -> bool:
        """The sentence before counted people ("The two detention officers attended ..."), or was itself
        about one of them by position ("The first admitted ...")."""
        index = self._position(sentence)
        if index == 0:
            return False
        before = self.sentences[index - 1].text
        named_before = find_phrases(before)
        # ("Misconduct meetings were held for the arresting officers. The first was found ...": a group named, not counted)
        return (any(p.count and p.count > 1 or p.plural and p.definite and p.count is None for p in named_before)
                or bool(_BARE_ORDINAL.search(before)) or bool(_BARE_COUNT.match(before)) or bool(_BARE_GROUP.match(before))
                # ("... proven for one detention officer, who was dismissed. For the second, ...": one split off a group; not
                # "On the second, ..." or "The second, about his handcuffing, ...": a day, a session, an allegation)
                or bool(_FOR_THE_SECOND.match(sentence.text)) and bool(_ONE_OF.search(before)) and self.last_split is not None
                and len(self.last_split.members) > 1
                # ("... proven against two of them. The allegation against the third ...", a sentence naming no one else)
                or bool(_FOR_SOME_OF_THEM.search(before)) and not find_phrases(sentence.text)
                # ("The first detention officer attended and was dismissed. The second had resigned ..."; a person, not
                # "The first hearing was adjourned. The second was held ...")
                or any(p.start == 0 and _ORDINAL_OPENING.match(p.text) for p in named_before)
                # ("Misconduct was found proven against the first officer, ... For the second, ...": the first of them
                # told apart mid-sentence, then the next by position)
                or any(re.match(r"the\s+first\s", p.text, re.I) and p.head in GENERIC_HEADS for p in named_before)
                and bool(re.search(r"\bthe\s+second\b", sentence.text, re.I)))

    def _counted_group_decided_before(self, phrase: Phrase, also: Callable[[Group], bool]) -> list[Group]:
        """'three officers', indefinite, said of a group of that many already decided on (and ``also`` true of it)."""
        same = [g for g in self._matching_groups(replace(phrase, definite=True))
                if g.case and len(g.members) == phrase.count and also(g)]
        return same[-1:]

    def _numbered(self, noun: str, needed: int, strict: bool = False) -> list[Person]:
        """Whom "the first/second ... <noun>" counts: those so called, in the order introduced, where there are
        enough of them and the noun says more than "officer"; else everyone (``strict``: else only those so called,
        as "the second call handler" after only a first is someone new)."""
        phrases = find_phrases(noun)
        groups = [g for ph in phrases for g in self._matching_groups(replace(ph, other=False, definite=True))]
        if groups and all(self._place_called(g) is not None for g in groups):
            # ("the first custody sergeant had a case ... the second sergeant had none ... the first sergeant's meeting":
            # the report numbered them across both nouns, so the first is the custody sergeant)
            groups += [g for ph in phrases for g in self.groups if g not in groups and self._place_called(g) is not None
                       and g.head.endswith(" " + ph.head)]
        named = self._in_the_reports_order(p for g in groups for p in g.members)
        if _more_specific_than_officer(noun) and (len(named) >= needed or strict):
            return named
        return self._in_the_reports_order(p for g in self.groups for p in g.members)

    def _in_the_reports_order(self, people) -> list[Person]:
        """People in the order introduced, or, where the report numbered every one of them ("the second detention officer
        had a case ... the first detention officer had none"), in the order of its numbers, whatever order it told of
        them in."""
        people = sorted(people, key=lambda p: p.seq)
        places = [self._place_called(self.groups[p.group]) if len(self.groups[p.group].members) == 1 else None for p in people]
        if people and None not in places and len(set(places)) == len(places):
            return [p for _, p in sorted(zip(places, people), key=lambda pair: pair[0])]
        return people

    def _named_in_the_view(self, text: str, people: list[Person]) -> list[Person]:
        """'The force agreed about the first PC, but considered the second PC's failings a performance matter': where a
        sentence names several people, those in the clause giving the view that it was no misconduct."""
        view = _TO_NO_CASE.search(text) or _PERFORMANCE_VIEW.search(text)
        if view is None or len(find_phrases(text)) < 2:
            return people
        # (the clause holding the view's last words: its pattern may start far back, at the force's name)
        start = max([m.end() for m in _VIEW_CLAUSE_EDGE.finditer(text, 0, view.end())], default=0)
        end = _VIEW_CLAUSE_EDGE.search(text, view.end())
        # (not the people of its reason: "..., as the sergeant had not briefed them")
        clause = _GIVING_A_REASON.split(text[start:end.start() if end else len(text)])[0]
        named: list[Person] = []
        for phrase in find_phrases(clause):
            at = self._by_position(phrase)
            found = [at] if at is not None else [p for g in self._matching_groups(phrase) if len(g.members) == 1 or phrase.plural
                                                 for p in g.members]
            if len(found) > 1 and not phrase.plural and (modifiers := _modifiers(phrase).split() + phrase.head.split()[:-1]):
                # "the custody officer", of the officer who hit him and the officer who booked him in: not one the report
                # described by other deeds
                fitting = [p for p in found if not self.groups[p.group].described_as
                           or any(w in self.groups[p.group].described_as.lower() for w in modifiers)]
                found = fitting or found
            named += [p for p in found if p not in named]
        return named or people

    def _someone_unknown(self, text: str) -> bool:
        """Whether the sentence names by position ("the second officer") someone beyond the people known."""
        known = sum(len(g.members) for g in self.groups)
        for phrase in find_phrases(text):
            ordinal = None if phrase.plural else re.match(r"the\s+(second|third|fourth|fifth)\s", phrase.text, re.I)
            if ordinal and _ORDINAL_POSITION[ordinal.group(1).lower()] > known and not self._called_so(phrase):
                return True
        return False

    def _called_so(self, phrase: Phrase) -> bool:
        """Whether someone was introduced in these words ("We found the second officer had a case")."""
        return any(g.called == phrase.text.lower() for g in self.groups)

    def _by_position(self, phrase: Phrase, strict: bool = False) -> Person | None:
        """'the second PC': the second so called, or, where fewer are, the second person introduced (``strict``: only
        the second so called)."""
        ordinal = re.match(r"the\s+(first|second|third|fourth)\s+(.+)", phrase.text, re.I | re.S)
        if not ordinal or phrase.label or phrase.count != 1:
            return None
        position = _ORDINAL_POSITION[ordinal.group(1).lower()]
        numbered = self._numbered(ordinal.group(2), position, strict)
        return numbered[position - 1] if position <= len(numbered) else None

    def _position(self, sentence: Span) -> int:
        return self.index_of[id(sentence)]

    def _list_item(self, sentence: Span) -> list[Person]:
        """'... proven against four of the five:' then one item per person: each item is the next person of that
        group ("the former officer": the one who had left)."""
        index = self._position(sentence)
        if not _LIST_ITEM.match(sentence.text):
            return []
        lead = index - 1
        while lead >= 0 and _LIST_ITEM.match(self.sentences[lead].text):
            lead -= 1
        if lead < 0 or not self.sentences[lead].text.rstrip().endswith(":") or self.decisions[lead] \
                or not _COUNTED.search(self.sentences[lead].text):
            return []  # (a list after "We investigated:" is no list of people)
        group = next((g for g in self._groups_of(self.pointer) if len(g.members) > 1), None) or self.last_split
        if group is None:
            return []
        free = [p for p in sorted(group.members, key=lambda p: p.seq) if not p.split]
        gone = re.search(r"\b(?:former|retired)\b|\bhad\s+(?:he|she)\s+still\s+been\s+serving\b", sentence.text, re.I)
        chosen = [p for p in free if p.has_left == bool(gone)][:1] or free[:1]
        lead_outcome = facts_in(self.sentences[lead].text).get("outcome")
        for person in chosen:
            person.split = True
            if lead_outcome and "outcome" not in facts_in(sentence.text):
                self._record(person, "outcome", lead_outcome, self.sentences[lead])  # the lead's finding is each item's
        self.last_split = group
        return chosen

    def _proceedings_for_all_counted(self, sentence: Span, counted: list[Person]) -> None:
        """'A gross misconduct hearing was held, and the panel found gross misconduct proven against four of them': the
        hearing, told before the count and of nobody named, was all of theirs; the finding only the four's."""
        group, at = self.counted_within
        before = sentence.text[:at]
        facts = facts_in(before)
        if facts.get("proceedings") not in FORMAL_PROCEEDINGS or find_phrases(before):
            return
        for person in group:
            if person not in counted:
                self._record(person, "proceedings", facts["proceedings"], sentence, held="held" in facts)

    def _proceedings_just_before(self, index: int) -> bool:
        """'A hearing was held in May. Two were dismissed.': the sentence before is about the proceedings, and counts no
        allegations, incidents or the like a bare count could be counting."""
        before = self.sentences[index - 1].text if index > 0 else ""
        return bool(_PROCEEDINGS_WORDS.search(before)) and not _COUNTED_THINGS.search(before)

    def _room_for_another(self, index: int) -> bool:
        """Whether the report, before sentence ``index``, counted several people ("Two officers stopped a cyclist") and
        never said there was only one ("He was the only officer present", "No other officer was involved")."""
        before = self.sentences[:index]
        if any(_ONLY_ONE.search(s.text) for s in before):
            return False
        return any(ph.count and ph.count > 1 for s in before for ph in find_phrases(s.text))

    def _counted_afresh_just_before(self, index: int) -> Phrase | None:
        """The one person-phrase of the sentence before ``index``, when it counts several people no known group could be
        ("two of the detention officers had recorded checks they had not made"), as a definite phrase; else None."""
        if not index:
            return None
        found = find_phrases(self.sentences[index - 1].text)
        if len(found) != 1 or not found[0].count or found[0].count < 2 or self._matching_groups(replace(found[0], definite=True)):
            return None
        return replace(found[0], definite=True)

    def _split_by_deed(self, text: str, index: int) -> list[Person]:
        """'Two of them had held him down ...; the third had mocked him': the group just talked about, split into those
        the sentence tells apart by what they did, each part a group of its own described so (for "the two officers
        involved in the restraint", "the officer who made the comments" later)."""
        split = _SPLIT_BY_DEED.match(text)
        if not split or len({p.group for p in self.pointer}) != 1 or self.pointer[0].group < 0:
            return []
        group = self.groups[self.pointer[0].group]
        n = _to_int(split.group("n"))
        rest = _to_int(split.group("m")) if split.group("m") else 1
        if len(group.members) != n + rest or group.head not in GENERIC_HEADS or group.label or group.described_as \
                or not group.case or any(p.split or p.named for p in group.members):
            return []
        members = sorted(group.members, key=lambda p: p.seq)
        first = self._regroup(members[:n], index)
        first.described_as = split.group("first").strip()
        group.described_as = split.group("second").strip()  # (the group the first part left: the rest)
        return members

    def _bare_number(self, text: str, index: int) -> list[Person]:
        """'Two were dismissed. The third had retired': of the group just talked about, the next two, then the rest."""
        counted = _BARE_COUNT.match(text)
        if counted and "attended" in counted.group(0) and not self._proceedings_just_before(index):
            counted = None  # ("Five officers attended the man's home ... Two of those who attended ...": the scene, not a hearing)
        if counted:
            n = _to_int(counted.group("n") or counted.group("the_n"))
            for group in self._groups_of(self.pointer):
                free = [p for p in group.members if not p.split]
                if n < len(group.members) and len(free) > n:
                    chosen = free[:n]
                    for person in chosen:
                        person.split = True
                    self.last_split = group
                    return chosen
            subset = sorted(self.pointer, key=lambda p: p.seq)
            if len(subset) > n and all(p.split for p in subset):
                # "proven against four of them. Two were dismissed.": the first two of those four
                self.counted_off = subset
                return subset[:n]
        if _BARE_REST.match(text) and self.last_split:
            return [p for p in self.last_split.members if not p.split]
        return []

    def _the_ones_described(self, count: int) -> list[Person]:
        """'against the two who had made the remarks': of those talked about, the one group of that many, or, in a group a
        roster ranked ("a sergeant and two constables"), the one rank it gave that many; [] where neither tells."""
        groups = self._groups_of(self.pointer)
        if len(self.pointer) <= count:
            return []
        if sized := _the_group_of(count, groups):
            return list(sized.members)
        for group in groups:
            ranked = self._ranked(group)
            ranks = [rank for _, rank in ranked]
            if len(matching := {rank for rank in ranks if ranks.count(rank) == count}) == 1:
                rank = matching.pop()
                return [p for p, r in ranked if r == rank and p in self.pointer]
        return []

    def _numbered_subset(self, text: str) -> list[Person]:
        """'gross misconduct was found for four officers' out of eight, 'two of the officers were dismissed' out of
        three: the next four (two) of them; "the remaining officer" is then the rest."""
        counts = []
        for phrase in find_phrases(text):
            partitive = bool(re.match(r"(?:two|three|four|five|six)\s+of\s+(?:the|these|those)\s", phrase.text, re.I))
            # ("the two officers who carried out the search", of four: two of them, told by what they did)
            described = phrase.definite and phrase.head in GENERIC_HEADS and bool(re.match(r"\s+who\b", text[phrase.end:]))
            # ("Gross misconduct was also proven against two constables", of four officers whose ranks were never given:
            # two of them)
            # (not "Three of them, a sergeant and two constables, were dismissed": who the counted three were)
            unranked = phrase.head in ("constable", "sergeant") and not phrase.definite \
                and bool(re.search(r"\b(?:against|for)\s+$", text[:phrase.start])) \
                and all(g.head in GENERIC_HEADS for g in self._matching_groups(replace(phrase, count=None, definite=True)))
            # ("Two constables were dismissed without notice", of the four constables: two of them, the sentence's subject)
            opening = not phrase.definite and not text[:phrase.start].strip() and bool(re.match(r"\s+(?:were|have\s+been|had\s+been)\s", text[phrase.end:]))
            if phrase.definite and not (partitive or described) or phrase.head not in GENERIC_HEADS and not (partitive or unranked or opening) \
                    or not phrase.count or phrase.count < 2:
                continue
            # ("three of the four officers", when the sergeant with no case was talked about last: of the group of four)
            of_n = re.match(r"\w+\s+of\s+(?:the|these|those)\s+(two|three|four|five|six)\b", phrase.text, re.I) if partitive else None
            # (the one group of that size, with a case: not when a group with no case is as large)
            sized = [g for g in self.groups if len(g.members) == NUMBERS[of_n.group(1).lower()]] if of_n else []
            sized = sized if len(sized) == 1 and sized[0].case else []
            if partitive and not sized and phrase.head in GENERIC_HEADS and self.pointer \
                    and not any(g.case for g in self._groups_of(self.pointer)):
                # ("The sergeant had no case to answer. Two of the officers attended misconduct meetings": of the one group
                # with a case large enough, not of the sergeant just talked about)
                larger = [g for g in self.groups if g.case and len([p for p in g.members if not p.split]) > phrase.count]
                sized = larger if len(larger) == 1 else []
            # ("two of the constables", when the sergeant was talked about last: of the constables)
            counts.append((phrase.count, self._matching_groups(replace(phrase, count=None, definite=True))
                           if phrase.head not in GENERIC_HEADS and not unranked else
                           # (described: of a group with a case larger than the count, whoever was talked about last)
                           [g for g in self.groups if g.case and len([p for p in g.members if not p.split]) > phrase.count] if described
                           else sized, phrase.start))
        # ("misconduct was found proven for two of them", "Two of them resigned before the hearing")
        if not re.search(r"\b(?:other|others|remaining|rest|third|fourth|fifth)\b", text, re.I):  # (the rest told in the same sentence)
            some = list(_FOR_SOME_OF_THEM.finditer(text))
            counts += [(NUMBERS[m.group("n").lower()], [], m.start()) for m in some if m.group("n")]
            # ("against the two who had made the remarks": the one group of that many among those talked about, or the one
            # rank a roster gave that many; else the next that many, in the order introduced)
            described = [m for m in some if m.group("n2")]
            for m in described:
                if found := self._the_ones_described(NUMBERS[m.group("n2").lower()]):
                    return found
            counts += [(NUMBERS[m.group("n2").lower()], [], m.start()) for m in described]
            counts += [(NUMBERS[m.group("n").lower()], [], m.start()) for m in _SOME_OF_THEM_OPENING.finditer(text)]
        for count, named, at in counts:
            sized = None if named else _the_group_of(count, self._groups_of(self.pointer))
            if sized and len(self.pointer) > count:
                # ("Two constables ... and a third constable ... proven against two of them": of those talked about, the one
                # group of that many)
                return list(sized.members)
            for group in named or self._groups_of(self.pointer):
                # (those with no finding yet first: "the acting sergeant", found against already, is not one of them)
                free = sorted((p for p in group.members if not p.split), key=lambda p: "outcome" in p.facts)
                if count < len(group.members) and len(free) < count and not named \
                        and count > len(group.members) - len(free):
                    # ("In interview, two of the officers accepted ... The panel found gross misconduct proven against three
                    # of them", of four): a new count of the whole group, larger than the earlier one, not of those that count
                    # left over (a count within the earlier one, "proven against three ... two of them were dismissed", is of
                    # those three, below)
                    free = sorted(group.members, key=lambda p: ("outcome" in p.facts, p.seq))
                    for person in group.members:
                        person.split = False
                if count < len(group.members) and len(free) >= count:
                    chosen = free[:count]
                    for person in chosen:
                        person.split = True
                    self.last_split = group
                    self.counted_within = (list(group.members), at)
                    self.counted_off = []  # (a new count: "Two were ..." after it counts from this group)
                    return chosen
            subset = sorted(self.pointer, key=lambda p: p.seq)
            if named == [] and count < len(subset) and all(p.split for p in subset):
                # "Three of the officers attended meetings. Misconduct was found proven against two of them.": of those
                # three, counted off already (the third is then the one left of them)
                self.counted_off = subset
                return subset[:count]
        return []

    # main ----------------------------------------------------------------
    def run(self) -> list[Person]:
        with page_vocabulary(self.heads):
            return self._run()

    def _run(self) -> list[Person]:
        for index, sentence in enumerate(self.sentences):
            text = sentence.text
            lowered = text.lower()
            self.others_before, self.others_now = self.others_now, False
            self.counted_within = None
            if self.total is None and "officer" in lowered and (m := _TOTAL_PARTS.search(text, lowered)):
                self.total = _to_int(m.group("n") or m.group("n2") or m.group("n3") or m.group("n4"))
            decisions = self.decisions[index]
            if not self.groups and not decisions and not cues.mentions(lowered, ("direct", "meeting", "hearing", "admitted", "proven", "proved")):
                continue  # nobody known yet and nobody introduced: nothing to do (most sentences)
            introduced: list[Group] = []
            # a panel's "one member of staff had a case to answer" is a finding about someone known
            # (only before the case-to-answer words: not "The detention officer had a case to answer for misconduct and
            # received a written warning at a misconduct meeting", our decision and then what the meeting gave)
            unrouted = _without_route(text)
            voice = _PANEL_VOICE.search(unrouted)
            case_words = _CTA.search(unrouted) if voice and decisions else None
            panel_voice = bool(voice) and not (case_words and case_words.start() < voice.start() and decisions) \
                and not _HYPOTHETICAL.search(text)
            panel_finding = bool(self.groups) and panel_voice
            if panel_voice and not self.groups:
                # "a meeting was held, at which the panel found no case to answer for the officer": the
                # panel decided the proceedings; the case to answer was at the proceedings' level
                level = facts_in(text).get("level", "unknown")
                decisions = [replace(d, grade=level, positive=True) for d in decisions]
            if decisions and not panel_voice and (kind := self._panel_no_case_after(index)) is not None:
                # "At the hearing the panel did not find ... proven. The two were found to have no case to answer.": that
                # panel's own no-case finding, which the codebook reads as not proven at those proceedings, not our
                # decision that they had none
                decisions = []
                for person in self._refer(sentence, []):
                    if person.grade in ("misconduct", "gross_misconduct"):
                        self._record(person, "proceedings", kind, sentence, held=True)
                        self._record(person, "outcome", "not_proven", sentence)
            self.decided_here = []
            for decision in decisions:
                introduced += [g for g in self._apply_decision(decision, index, create=not panel_finding) if g not in introduced]
                self.decided_here = list(introduced)
            directed = _DIRECTED.search(text)
            if directed:
                grade = _grade_of(directed.group("grade"))
                phrases = _actors_list(directed.group("rest") or "")
                # ("we recommended a misconduct meeting for the second PC": for someone known, never someone new)
                recommended_a = bool(re.search(r"\brecommended\s+a\s+(?:gross\s+)?misconduct\b", directed.group(0), re.I))
                if phrases:
                    touched = self._apply_decision(Decision(phrases, grade, True), index, create=not recommended_a)
                    if not touched and recommended_a and not _NOT_FOLLOWED.search(text):
                        touched = self._apply_decision(Decision([], grade, True, implicit=True), index)  # (as below)
                    introduced += touched
                elif not self.groups:
                    g = self._new_group(None, grade, index)
                    introduced.append(g)
                elif not _NOT_FOLLOWED.search(text) and not introduced:
                    # "He recommended that the force hold a misconduct meeting": for whoever it is about
                    introduced += self._apply_decision(Decision([], grade, True, implicit=True), index)
            if not self.groups and not introduced:
                introduced += self._proceedings_for(text, index)
            referred = None  # who the sentence is about, worked out once (it can split groups)
            # ("The panel found ... They considered this to be misconduct and not gross misconduct": the panel speaking on)
            panel_speaking_on = bool(index and _PANEL_PRONOUN_OPENING.match(text) and _PANEL_FINDS.search(self.sentences[index - 1].text)
                                     and (_CALLED_IT_MISCONDUCT.search(text) or _HAD_COMMITTED_NOT_GROSS.search(text)))
            # (a force proposing "a misconduct meeting instead" is no panel speaking)
            if (_DOWNGRADE_PARTS.search(text, lowered) or "accepted" in lowered and self._accepted_lower_meeting(index)) \
                    and (not _PANEL_VOICE.search(text) or _PROPOSING.search(text)) and not _FINDING_WORD.search(text) \
                    and not panel_speaking_on and not self._came_round(text):
                if not introduced and self.groups and find_phrases(text):
                    referred = self._refer(sentence, [])  # "misconduct (and not gross misconduct) proceedings for the three officers"
                targets = list(dict.fromkeys(introduced)) or self._groups_of(referred or self.pointer)
                if not introduced and self._someone_unknown(text):
                    targets = []  # "For the second officer, ... misconduct only", when one officer is known: not theirs
                gross = [g for g in self.groups if g.grade == "gross_misconduct"]
                if not any(g.grade == "gross_misconduct" for g in targets) and not find_phrases(text) and len(gross) == 1:
                    targets = gross  # "the force argued it would amount to misconduct rather than gross misconduct": the one gross case
                # ("We accepted the force's view on the constable": an acceptance naming someone else is not this one's)
                accepted_for = self._accepted_only_for(index)
                for group in targets:
                    # (accepted for them by name, whatever we directed for another: "We accepted its view for PC Lomax ...
                    # However, we directed the force to hold a gross misconduct hearing for Inspector Kaur")
                    if group.grade == "gross_misconduct" and (group in (accepted_for or []) or self._accepted(index) and accepted_for is None
                                                              or self._unopposed(index)):
                        self._set_grade(group, "misconduct", index)
                        if group.disputed_at == index - 1:
                            # "The force disagreed. It considered the conduct misconduct rather than gross misconduct.":
                            # it disputed the level, not the case
                            group.disputed_at = -1
            # (the decision just before, or before a sentence on offences: "... had a case to answer. There was no indication that he
            # had committed a criminal offence. After reviewing our report, Surrey Police disagreed.")
            bare_disagreement = index > 0 and _BARE_FORCE_DISAGREED.match(text) and (
                _CTA_PARTS.search(self.sentences[index - 1].text)
                or index > 1 and _OFFENCE_ASIDE.search(self.sentences[index - 1].text) and _CTA_PARTS.search(self.sentences[index - 2].text)
                and not _OFFENCE_WORD.search(text)
                # ("We found that the sergeant had a case ... She had fired the Taser within seconds ... The force disagreed.":
                # our finding, then its reasons by pronoun)
                or index > 1 and _OUR_REASONS_DISPUTED.match(self.sentences[index - 1].text) and _CTA_PARTS.search(self.sentences[index - 2].text)
                and not _OFFENCE_WORD.search(self.sentences[index - 1].text)
                # ("We were of the opinion that PS Harland had a case ... The officers who visited had acted on his
                # instructions; we said they should receive learning. Cleveland Police did not agree with us.": our
                # finding, then a word on others with no decision)
                or index > 1 and _CTA_PARTS.search(self.sentences[index - 2].text) and _a_word_on_others(self.sentences[index - 1].text))
            # (the force disputing what the sentence before said of someone else: "... disagreed with this")
            view_of_others = self.others_before and bool(_DISAGREED_WITH_THIS.search(text))
            if (_FORCE_DISAGREED_PARTS.search(text, lowered) or bare_disagreement) and not introduced and not _DOWNGRADE_PARTS.search(text, lowered) and not _CTA_PARTS.search(text, lowered):
                # "the force disagreed with the Lead Investigator's conclusion": the IOPC's opinion is disputed
                # (settled at the end: unless proceedings went ahead or a recommendation followed); "with our view of the
                # detective constable": the people it names, else those just talked about
                named = find_phrases(text)
                verb = _DISAGREEING_RE.search(text)
                about = _DISAGREED_ABOUT.search(text)
                if about and referred is None:
                    # ("agreed about the detention officer but disagreed about the sergeant": only those it disagreed about)
                    said = find_phrases(text[about.end():])[:1]
                    if said and said[0].other or not said and re.match(r"the\s+(?:other|remaining)\s+(?:one|two|three|four|five)\b|the\s+others\b",
                                                                      text[about.end():], re.I):
                        # ("agreed with us about PS Orton but not about the other three": those with a case it did not name)
                        agreed_on = [p for ph in find_phrases(text[:about.end()]) for g in self._matching_groups(replace(ph, definite=True))
                                     for p in g.members]
                        referred = [p for p in self._people_with_a_case() if p not in agreed_on] or None
                    else:
                        referred = [p for ph in said for g in self._matching_groups(replace(ph, definite=True)) for p in g.members] or None
                disputed = None
                if view_of_others:
                    disputed = []  # ("... the female officer's performance fell below the standard. The force disagreed with this")
                elif named and referred is None and verb and "," not in text[verb.end():named[-1].start]:
                    referred = self._refer(sentence, [])  # (not "..., relying on a statement from the sergeant")
                elif bare_disagreement and referred is None and len(self.pointer) > 1 and re.search(r"\bone\s+of\b", text[verb.end():], re.I):
                    disputed = []  # ("as it considered one of the constables had followed the guidance": which one, unsaid)
                elif bare_disagreement and referred is None and len(self.pointer) > 1:
                    # "Sussex Police disagreed, as it considered PC Lowe had followed the guidance": of two, the one its
                    # reason names (one person only: a reason naming several may name them as its sources)
                    reason = [g for ph in named for g in self._matching_groups(replace(ph, definite=True))
                              if any(p in self.pointer for p in g.members)]
                    if len(reason) == 1 and len(reason[0].members) == 1:
                        disputed = reason[0].members
                for group in self._groups_of(disputed if disputed is not None else referred or self.pointer):
                    if group.case:
                        group.disputed_at = index
            elif introduced and _DISPUTED_OUR_OPINION_THAT.search(text):
                # "Exampleshire Police disagreed with our opinion that PC Quill and PC Ross each had a case to answer": our
                # case and the force's dispute of it in one sentence, the dispute first
                for group in introduced:
                    if group.case:
                        group.disputed_at = index
            # (the substring tests spare most sentences the two slow patterns)
            performance_not_misconduct = (("perform" in lowered or "plan" in lowered) and _PERFORMANCE_VIEW.search(text)
                                          and not self._force_agreed_their_case(index) and not _FORCE_AGREED_BUT.match(text)) or (
                "reflective" in lowered and _REFLECTION_NOT_MISCONDUCT.search(text)
                and any(_NOT_AGREEING.search(s.text) for s in self.sentences[:index + 1]))
            if (_TO_NO_CASE.search(text) or performance_not_misconduct) and not introduced and not _CTA_PARTS.search(text, lowered):
                # the force's view that it was not misconduct: settled now if the IOPC accepted it, else
                # disputed (settled at the end unless a recommendation or direction followed)
                only = self._accepted_only_for(index)
                accepted = bool(only) or self._accepted(index)
                self.split_scope = None
                if referred is None and _ITS_VIEW_OF_THEM.match(text) and self.pointer:
                    # "The force did not accept this. It considered that her checks matched the level the sergeant had
                    # set, ...": the view is of those just talked about, whoever its reasons name
                    referred = list(self.pointer)
                targets = referred = referred if referred is not None else self._refer(sentence, [])
                targets = self._named_in_the_view(text, targets)
                if targets and set(targets) < set(referred):
                    referred = targets  # (its management action too is theirs, not the others' the sentence spoke of)
                if (about := _DISAGREED_ABOUT.search(text)) is not None:
                    # ("It disagreed about the sergeant, arguing that he had closed the log on the strength of the constables'
                    # account ...": the one it disagreed about, not those its reasons name)
                    said_of = [p for ph in find_phrases(re.split(r"[,;:]", text[about.end():], maxsplit=1)[0])
                               for g in self._matching_groups(replace(ph, definite=True)) for p in g.members]
                    targets = [p for p in targets if p in said_of] or targets
                if view_of_others:
                    targets = []  # (its view of what the sentence before said of someone else)
                for group in self._groups_of(targets):
                    if group.grade in ("misconduct", "gross_misconduct"):
                        mine = [p for p in group.members if p in targets]
                        named = only is None or group in only
                        group = group if len(mine) == len(group.members) else self._regroup(mine, index)
                        self._take_the_forces_view(group, accepted and named, index)
            elif introduced and (view := _FORCES_VIEW_AFTER.search(text)) is not None and not _CTA_PARTS.search(text[view.start():]) \
                    and (_TO_NO_CASE.search(text, view.start()) or _PERFORMANCE_VIEW.search(text, view.start())):
                # "Although the investigator found a tribunal could find misconduct for both officers, the force did not agree
                # but identified performance issues in respect of both": our case and the force's view of it in one sentence
                accepted = self._accepted(index)
                for group in introduced:
                    if group.grade in ("misconduct", "gross_misconduct"):
                        self._take_the_forces_view(group, accepted, index)
            if not self.groups:
                continue
            identified = [] if introduced or referred is not None else self._identify_members(index)
            if identified:
                people = identified
            elif introduced or referred is None:
                self.split_scope = None
                people = self._refer(sentence, introduced)
            else:
                people = referred
            if not introduced:
                people = self._by_level(text, people)
                people = self._still_serving(text, people, index)
                people = self._a_finding_is_of_the_case(text, people)
                people = self._another_finding_is_of_the_untold(text, people)
                people = self._not_those_accepted_for(text, people)
            if people:
                self.pointer = people
                # (the cheap pronoun test first: the phrase search is slow, and most sentences have no pronoun to keep)
                if len(people) == 1 and people[0].pronoun is None and (pronoun := _pronoun_of_the_facts(text)) \
                        and len(find_phrases(text)) <= 1:
                    people[0].pronoun = pronoun
            # (a panel's finding, "It" for the panel just named, is about the person whatever its reasons say of the man)
            if _ABOUT_OTHERS.search(_WAITING_FOR_OTHERS.sub(" ", text)) and not _PANEL_VOICE.search(text) \
                    and not (index and re.match(r"\s*It\s+(?:also\s+)?found\b", text) and _OPENS_WITH_THE_PANEL.match(self.sentences[index - 1].text)):
                continue
            if self.split_scope:
                chosen, group = self.split_scope
                rest = [p for p in group if p not in chosen]
                scope = group  # a clause naming "one of them" or "the other one" speaks of them until the next does
                for clause in re.split(r",\s+|;\s+|\s+and\s+that\s+|\s+(?:and|while|whereas|but)\s+(?=(?:the\s+other|another)\b)", text):
                    if _ONE_OF.search(clause):
                        scope = chosen
                    elif (_THE_OTHER.search(clause) or _THE_REST.search(clause)) and rest:
                        scope = rest  # ("..., and the others were dismissed", "while the remaining three were")
                    elif _NEW_SUBJECT.match(clause) and not re.search(r"\b(?:he|she|him|her)\b", clause, re.I):
                        # "..., West Midlands Police requested a review": about them all again (not "the panel said she would
                        # have been dismissed": still the one)
                        scope = group
                    # ("One of the four, PC Marlow, | was dismissed at ...": the predicate of the one just named, read with a subject)
                    verb = re.match(r"\s*(was|were|had|has)\b", clause)
                    said = _facts_of_predicate(clause, verb.group(1) not in ("was", "has")) if verb else facts_in(clause)
                    if (one := re.match(r"\W*one\s+(?=(?:was|has|had)\b)", clause, re.I)) and scope == chosen:
                        said = _facts_of_predicate(clause[one.end():], False)  # ("Of the two still serving, | one was dismissed": the one split off)
                    facts = _with_the_sentences_proceedings(said, text)
                    for name, value in facts.items():
                        for target in scope:
                            self._record(target, name, value, sentence, held="held" in facts)
                continue
            if not introduced and self._distribute(sentence, people):
                continue
            if not introduced and (left := self._those_who_left(text)):
                people = self.pointer = left  # (after _distribute, which reads "the two still serving ..., and the retired one ...")
            if decisions and _FOUND_TO_HAVE_A_CASE.search(text):
                # "One officer was found to have a case to answer", after the meetings held for them: the
                # meeting's finding, at the meeting's level
                for person in people:
                    kind = person.facts.get("proceedings")
                    if person.facts.get("held") == "yes" and kind in FORMAL_PROCEEDINGS and "outcome" not in person.facts:
                        self._record(person, "outcome", "misconduct_proven" if kind == "meeting" else "proven", sentence)
            # ("The names of the dismissed constable and the retired constable ...": the one who left, known, by a word
            # for it, beside someone who did not; a description, not a departure of all)
            described_by_leaving = not introduced and 0 < len(_DEPARTED_NOUN.findall(text)) <= sum(p.has_left for p in people) < len(people) \
                and len(find_phrases(text)) > 1
            facts = facts_in(_DEPARTED_NOUN.sub("", self._without_no_case_departures(text)) if introduced else _the_panel_for_it(
                _DEPARTED_NOUN.sub("", text) if described_by_leaving else text, self.sentences[index - 1].text if index else ""))
            if not facts and not introduced and (counted := _BARE_COUNT_SUBJECT.match(text)) and self._proceedings_just_before(index):
                # "Two were dismissed.", "Two of those who attended were dismissed.": the people just counted off, read
                # with a subject (not "Four allegations were heard. Two were dismissed.")
                facts = _facts_of_predicate(text[counted.end():], True)
            if not facts and index and (_THOSE_STILL_TO_COME.match(text) or _ARRANGED_NOT_YET_HELD.search(text)) \
                    and _PROCEEDINGS_NAMED_LAST.search(self.sentences[index - 1].text):
                # "... should each attend a misconduct meeting. These are still to be arranged.": the proceedings just
                # named have not yet taken place
                facts = {"outcome": "pending"}
            if "outcome" not in facts and panel_speaking_on and not _HYPOTHETICAL.search(text):
                # "The panel found that he had been dishonest. They considered this to be misconduct and not gross
                # misconduct.": the panel, just named, speaking on; a finding, not the force lowering the case
                facts["outcome"] = "misconduct_proven"
            if facts.get("proceedings") in FORMAL_PROCEEDINGS and people and all(p.grade == "no_case" for p in people) \
                    and _PROCEEDINGS_AS_SUBJECT.match(text) and not find_phrases(text) \
                    and not (index and _OTHER_MEETINGS.search(self.sentences[index - 1].text)):
                # ("The custody sergeant had no case to answer. Sussex Police agreed. The hearing took place in May.": held for
                # those with a case at its level, never for someone with none)
                cased = self._people_with_a_case()
                level = "gross_misconduct" if facts["proceedings"] in ("hearing", "accelerated_hearing") else "misconduct"
                people = [p for p in cased if p.grade == level] or people
            if len(people) > 1 and not introduced and _ONE_PERSONS_FACTS.intersection(facts):
                people = self._the_one_meant(sentence, people, index) or people
            for name, value in facts.items():
                for person in people:
                    self._record(person, name, value, sentence, held="held" in facts)
            if self.counted_within:
                self._proceedings_for_all_counted(sentence, people)
        self._early_departures()
        self._settle_disputes()
        self._add_remainder(self.total)
        self._trim_remainder(self.total)
        self._lead_facts()
        self._not_proven_at_the_proceedings_just_told()
        people = [p for g in self.groups for p in g.members] + self.remainder
        _joint_proceedings_level(people)
        _proceedings_of_the_same_panel(people)
        for person in people:
            settle(person, self.cut_off)
        return people

    def _the_one_meant(self, sentence: Span, people: list[Person], index: int) -> list[Person] | None:
        """Of several people a sentence's facts would go to, the one it speaks of, when it speaks of one person only
        ("he was given a final written warning", "The sergeant resigned before the hearing"): a departure, an outcome
        or a sanction told of one person belongs to one. The cues, strongest first: a name or rank only one of them
        has; "the first" or "the second"; "one detention officer" then "the other"; the level of what is told (a gross
        misconduct finding is for the one with a gross misconduct case); "he" or "she" where the report has already
        used them of one; the one last named alone. None where none of them tells."""
        text = sentence.text
        if _SEVERAL_SPOKEN_OF.search(text):
            return None
        phrases = [p for p in find_phrases(text) if p.count]
        if any(p.plural or p.count > 1 for p in phrases) or len({(p.head, p.label) for p in phrases}) > 1:
            return None
        pronoun = _pronoun_of_the_facts(text)
        ordinal = _ORDINAL_SUBJECT.match(text)
        if not phrases and not pronoun and not ordinal:
            return None
        in_order = sorted(people, key=lambda p: p.seq)
        named = phrases[0] if phrases else None
        if named is not None and not (_generic(named) and not named.label):
            meant = self._people_called(replace(named, definite=True), people)
            if len(meant) == 1:
                return meant
            in_order = [p for p in in_order if p in meant] or in_order
        elif named is not None and named.definite and not named.plural \
                and (called_so := self._called_only_officer(in_order, lambda g: g.role == "officer" and "officer" not in g.head)):
            # ("The officer who knelt on him and the sergeant each had a case ... The officer was dismissed": the one the
            # report calls only "officer", where the others are officers known by their rank, not also the sergeant)
            return called_so
        if ordinal and (position := _ORDINAL_POSITION[ordinal.group(1).lower()]) <= len(in_order):
            return [in_order[position - 1]]  # "The first was found ...": in the order introduced
        if _ONE_SUBJECT.match(text) and len(groups := self._groups_of(in_order)) == 1 and any(not p.split for p in in_order):
            return [self._split_one(groups[0], in_order)]  # "One detention officer attended ..."
        if _THE_OTHER_SUBJECT.match(text) and len(unsplit := [p for p in in_order if not p.split]) == 1:
            unsplit[0].split = True
            return unsplit  # "The other detention officer retired ...", after "one" of them was told of
        if _THE_OTHER.search(text):
            return None  # ("For the other PC, ...": someone other than the one just told of, which the cues below do not know)
        # (only where the sentence speaks of one level: not "gross misconduct was not proven against him, but misconduct
        # was", which tells the gross misconduct case by its plain misconduct finding)
        if (level := _LEVEL_TOLD.search(text)) and len({bool(m.group(1)) for m in _A_LEVEL.finditer(text)}) == 1:
            grade = "gross_misconduct" if level.group("gross") else "misconduct"
            if len(meant := [p for p in in_order if p.grade == grade]) == 1:
                return meant
        if pronoun:
            # (only where the others were spoken of otherwise: a report may call two constables "he")
            if len(meant := [p for p in in_order if p.pronoun in (None, pronoun)]) == 1:
                return meant
            if named is None and (last := self._last_person(index, singular=True)) is not None and not last.plural \
                    and last.count == 1 and not (_generic(last) and not last.label) and len(meant := self._people_called(last, people)) == 1:
                return meant
        return None

    def _people_with_a_case(self) -> list[Person]:
        """Everyone decided to have a case to answer, group by group."""
        return [p for g in self.groups if g.case for p in g.members]

    def _called_only_officer(self, people: list[Person], others_fit: Callable[[Group], bool]) -> list[Person]:
        """Of these people, the one the report calls only "officer", where there are others and the groups of all of them
        fit ``others_fit``; [] otherwise."""
        called_so = [p for p in people if self.groups[p.group].head in GENERIC_HEADS]
        others = [p for p in people if p not in called_so]
        return called_so if len(called_so) == 1 and others and all(others_fit(self.groups[p.group]) for p in others) else []

    def _the_one_called_officer(self) -> list[Person]:
        """The one person with a case the report calls only "officer", where everyone else with one is police staff (or
        a post, such as call handler, that staff hold: not "his colleague", another officer)."""
        plain = self._called_only_officer(self._people_with_a_case(), _not_called_officer)
        return [] if plain and self.groups[plain[0].group].label else plain  # (not "Officer A", known by a letter)

    def _people_called(self, phrase: Phrase, among: list[Person]) -> list[Person]:
        """Those of ``among`` a phrase can mean."""
        return [p for g in self._matching_groups(phrase, loose=True) for p in g.members if p in among]

    def _not_proven_at_the_proceedings_just_told(self) -> None:
        """'At a gross misconduct hearing, the panel found gross misconduct proven against PC Morgan, who was dismissed.
        The allegation against PC Rees was found not proven.': a finding of not proven said alone, straight after the
        proceedings others were held at, of someone with a case at those proceedings' level and none of their own, was
        found there. Only "not proven": a proven finding said alone after others' hearing may be another process ("The
        sergeant admitted his failings and misconduct was found proven against him")."""
        for person in self._people_with_a_case():
            spans = person.evidence.get("outcome", [])
            if person.facts.get("outcome") != "not_proven" or person.facts.get("proceedings") or len(spans) != 1 \
                    or not _ALLEGATIONS_NOT_PROVEN.match(spans[0].text) or (index := self.index_of.get(id(spans[0]))) in (None, 0):
                continue
            before = self.sentences[index - 1]
            kinds = {p.facts.get("proceedings") for g in self.groups for p in g.members
                     if p is not person and before in p.evidence.get("proceedings", [])}
            kind = kinds.pop() if len(kinds) == 1 else None
            # (not an accelerated hearing, held for one person whose evidence was clear: another process than theirs)
            if kind in ("meeting", "hearing") and person.grade == ("misconduct" if kind == "meeting" else "gross_misconduct"):
                self._record(person, "proceedings", kind, before, held=True)
                self._record(person, "held", "yes", spans[0])

    def _lead_facts(self) -> None:
        """'A detective constable has been given a written warning after a misconduct meeting found ...', 'Two officers
        have received final written warnings at a misconduct hearing ...', 'The constable who restrained the man was
        cleared at a gross misconduct hearing ...' as the opening sentence, with the decision only later: what the lead
        tells is the case's, for the one person it names (or as many as it counts), where the body says nothing else of
        it."""
        if not self.sentences:
            return
        people = self._people_with_a_case()
        if not people or all(set(_LEAD_FACTS) <= set(p.facts) for p in people):
            return  # (nothing the lead could add: its facts are not read)
        lead = self.sentences[0]
        # ("A PCSO who passed police information to a friend has been dismissed ...": the news lead's relative clause
        # between the person and what happened to them)
        named = find_phrases(lead.text)
        # (only where the person opens the lead: not "A legal challenge by a sergeant who ... has been dismissed")
        # ("A Hertfordshire Constabulary officer who ...": the force's name before the noun)
        # ("At a misconduct meeting in 2023 the constable ...": the proceedings first)
        opens = bool(named) and bool(re.fullmatch(r"\W*(?:(?:At|In|After|Following)\s+(?:an?|the|his|her)\s+(?:[\w-]+\s+){0,3}?(?:meeting|hearing)"
                                                  r"(?:\s+(?:in|on)\s+(?:\w+\s+)?\d{4})?,?\s+)?"
                                                  r"(?:(?:an?|the)\s+)?(?:former\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+|(?-i:and|of)\s+)*", lead.text[:named[0].start], re.I))
        facts = facts_in(_LEAD_WHO.sub("", re.sub(r"\s*\([^)]*\)", "", lead.text), count=1) if opens else lead.text)
        # a formal sanction is read wherever the lead names its person; the rest of what it tells (proceedings, finding,
        # departure, and any other sanction: management action, reflective practice, "would have been dismissed"), only
        # where the person opens it
        facts = {k: v for k, v in facts.items() if k == "sanction" and v in FORMAL_SANCTIONS or opens and (k in _LEAD_FACTS or k == "held")}
        if not facts:
            return
        if opens and self._lead_facts_per_person(lead, named, facts):
            return
        if opens and len(named) > 2 and named[0].count == len(named) - 1 and all(p.label for p in named[1:]) \
                and lead.text[named[0].end:named[1].start].strip() == ",":
            named = named[:1]  # ("Two officers, PC Hebblethwaite and PS Mollison, have been given written warnings": the two)
        if opens and len(named) == 2 and named[0].count == 1 and named[1].label and len(people) == 1 \
                and lead.text[named[0].end:named[1].start].rstrip().endswith(","):
            named = named[:1]  # ("the constable who completed the search record, PC Orr, was given ...": one person, named after)
        single = [p for p in named if p.count == 1 and not p.definite and not p.label]
        counted = [p for p in named if (p.count or 0) > 1 and not p.label]
        if opens and not single and len(named) == 1 and named[0].count == 1 and (not named[0].label or len(people) == 1):
            # ("The constable who restrained the man was cleared ...": nobody before it to refer to; "PC Gandy resigned
            # ..., two months before his gross misconduct hearing", when one person had a case)
            single = named
        if len(people) > 1 and opens and (verb := _LEAD_VERB.search(lead.text, named[0].end)):
            # (the people the lead's subject names, not those after its verb: "A former sergeant would have been dismissed
            # for making comments to student officers")
            named = [p for p in named if p.start < verb.start()]
            single = [p for p in single if p.start < verb.start()]
            counted = [p for p in counted if p.start < verb.start()]
        if len(people) > 1:
            # with several people, the one the lead names by rank, when it names nobody else and they alone have the
            # rank ("A sergeant has been dismissed"; not "A sergeant failed to act and the constable was dismissed");
            # or all of them, as many as it counts ("Two officers have received final written warnings")
            if opens and len(counted) == len(named) == 1 and counted[0].count == len(people):
                single = people
            elif not len(single) == len(named) == 1:
                return
            else:
                people = [p for g in self.groups if g.case and g.head == single[0].head for p in g.members]
        if not single or len(people) != len(single) and len(people) != 1:
            return
        for person in people:
            if facts.get("proceedings") == "meeting" and person.grade == "gross_misconduct":
                continue  # (a meeting is never held for gross misconduct: the lead is about someone else)
            for name in _LEAD_FACTS:
                # (a lead's "found that he breached the standards" gives no level: the body may say which)
                if name == "proceedings":
                    self._record_lead_proceedings(person, facts, lead)
                elif name in facts and name not in person.facts and facts[name] != "proven":
                    self._record(person, name, facts[name], lead)

    def _record_lead_proceedings(self, person: Person, facts: dict[str, str], lead: Span) -> None:
        """The proceedings a lead names, where the body named none for this person; and that they were held, where the
        lead says so and they are the person's."""
        kind = facts.get("proceedings")
        if kind is None:
            return
        if "proceedings" not in person.facts:
            self._record(person, "proceedings", kind, lead, held="held" in facts)
        if "held" in facts and person.facts.get("proceedings") == kind:
            self._record(person, "held", "yes", lead)

    @staticmethod
    def _without_no_case_departures(text: str) -> str:
        """'PC Orme had a case to answer; Inspector Pike, who retired in 2021, had no case to answer': a departure told in a
        part of a decision sentence that only clears people is theirs, not everyone's (what else it says, such as
        reflective practice for them, stays)."""
        if ";" not in text or not _A_DEPARTURE.search(text):
            return text
        parts = text.split(";")
        clearing = [bool((decided := find_decisions(part)) and not any(d.positive for d in decided)) for part in parts]
        if all(clearing) or not any(clearing):
            return text
        return ";".join(_A_DEPARTURE.sub(" ", part) if clears else part for part, clears in zip(parts, clearing))

    def _not_those_accepted_for(self, text: str, people: list[Person]) -> list[Person]:
        """'We accepted its view about the detective constable, but recommended that the PC attend a misconduct meeting':
        what the sentence goes on to say is of the others, not of those whose case we let go."""
        accepted_for = _acceptance_for(text)
        if accepted_for is None or not _PURSUED_AFTER.search(text, accepted_for.end()):
            return people  # (not "We accepted its view about the sergeant, whose account the constable had confirmed")
        let_go = self._groups_called(accepted_for.group("who"))
        return [p for p in people if p.group < 0 or self.groups[p.group] not in let_go] or people

    def _a_finding_is_of_the_case(self, text: str, people: list[Person]) -> list[Person]:
        """'We found that PC Lant had a case to answer ... We found that the sergeant had no case to answer. The panel
        found gross misconduct proven': a finding or a formal sanction, in a sentence naming nobody, is of the one person
        with a case, not of the no-case person last talked about (words of advice may be given to someone with no case,
        and a meeting held may be with the family; these are not)."""
        # (or naming them only by a bare noun both could be called: "the PC was given a written warning", of two PCs one of
        # whom had no case)
        if not people or any(p.grade != "no_case" for p in people) or not all(
                ph.definite and not ph.label and not ph.plural and ph.count in (None, 1) and _modifiers(ph) in ("", "pc")
                and (ph.head in GENERIC_HEADS or ph.head == "constable") for ph in find_phrases(text)):
            return people
        facts = facts_in(text)
        if not (facts.get("outcome") or facts.get("sanction") in _SANCTIONS_OF_A_FINDING):
            return people
        with_case = self._people_with_a_case()
        return with_case if len(with_case) == 1 else people

    def _another_finding_is_of_the_untold(self, text: str, people: list[Person]) -> list[Person]:
        """'The panel found gross misconduct proven against the first constable, who was dismissed. It found the
        allegation against the driver not proven': a finding unlike the one just given, said of no one the report knows by
        that noun, is of the one person at the same proceedings still without a finding, not the one just found against."""
        if len(people) != 1 or "outcome" not in people[0].facts:
            return people
        said = facts_in(text).get("outcome")
        if said is None or said == people[0].facts["outcome"] or find_phrases(text) \
                or not re.search(r"\bagainst\s+the\s+(?:police\s+|van\s+|car\s+)?driver\b", text, re.I):
            return people  # (named by the driving only: not a second allegation of the same person, nor a passenger)
        kind = people[0].facts.get("proceedings")
        untold = [p for p in _without_a_result(self._people_with_a_case()) if p.facts.get("proceedings") == kind]
        return untold if kind in FORMAL_PROCEEDINGS and len(untold) == 1 else people

    def _lead_facts_per_person(self, lead: Span, named: list[Phrase], shared: dict[str, str]) -> bool:
        """'PC Fell has been dismissed and PC Ambrose given a final written warning after ...', 'A sergeant has been
        dismissed and a constable cleared ...', 'PC Hallworth has been given a final written warning and his two
        colleagues management advice': a lead naming people in clauses of their own, each with what happened to them,
        gives each clause's sanction and finding to those it names, and the proceedings the lead names (``shared``) to all
        of them, where the body says nothing else of it. True where the lead was read so."""
        if len(named) < 2 or any(len(lead.text[a.end:b.start]) > 120 or not _NEXT_IN_THE_LEAD.search(lead.text, a.end, b.start)
                                 for a, b in zip(named, named[1:])):
            return False
        clauses = [lead.text[p.start:q.start if q else len(lead.text)] for p, q in zip(named, [*named[1:], None])]
        targets = []
        for phrase, clause in zip(named, clauses):
            groups = [g for g in self._matching_groups(replace(phrase, definite=True), loose=True) if g.case]
            facts = {k: v for k, v in facts_in(clause).items() if k in ("sanction", "outcome", "left") and v != "proven"}
            if len(groups) != 1 or len(groups[0].members) != (phrase.count or 1) or not facts or any(groups[0] is g for g, _ in targets):
                return False  # (each clause the people the body decided on, as many as it counts, with something of their own)
            targets.append((groups[0], facts))
        for group, facts in targets:
            for person in group.members:
                for name, value in facts.items():
                    if name not in person.facts:
                        self._record(person, name, value, lead)
                self._record_lead_proceedings(person, shared, lead)  # ("... after a gross misconduct hearing": each clause's people's)
        return True

    def _unopposed(self, index: int, group: Group | None = None) -> bool:
        """The force's view at sentence ``index`` stood: a complete page, and no recommendation or direction after it
        (for ``group``: none that names nobody or names them; once we accepted the view for them by name, none that names
        them)."""
        if self.cut_off:
            return False
        let_go = False  # we accepted the force's view for them by name
        for sentence in self.sentences[index + 1:]:
            text = sentence.text
            acceptance = _acceptance_for(text) if group is not None else None
            if acceptance and group in self._groups_called(acceptance.group("who")):
                # ("we accepted its position in relation to the sergeant, ... recommended a meeting for the constable ...
                # we directed it to hold the meeting": what follows is of the others)
                let_go = True
            if let_go and acceptance:
                continue  # (an acceptance is no follow-up; it only lets them go)
            if (_FOLLOWED_UP.search(text) and not _NOT_FOLLOWED.search(text) or _FORCE_CAME_ROUND.search(text)) \
                    and self._follow_up_about(text, group, let_go):
                return False
        return True

    def _follow_up_about(self, text: str, group: Group | None, let_go: bool) -> bool:
        """Whether a recommendation or direction is about ``group``: one naming them, or (unless we let them go by name)
        one naming nobody."""
        if group is None:
            return True
        named = [ph for ph in find_phrases(text) if ph.definite]
        if not named:
            return not let_go
        return any(group in self._matching_groups(ph, loose=True) for ph in named)

    def _groups_called(self, words: str) -> list[Group]:
        """The groups the people in ``words`` (the ones an acceptance names) can mean."""
        return [g for ph in find_phrases(words) for g in self._matching_groups(replace(ph, definite=True), loose=True)]

    def _settle_disputes(self) -> None:
        """A force's "no case to answer" that nothing overrode settles the grade (codebook convention).

        The IOPC's opinion stands only where a recommendation or direction followed, the proceedings
        went ahead, or the page is cut off before the disagreement is resolved.
        """
        if self.cut_off:
            # the IOPC's opinion stands, and what the force only proposed instead ("proposed to address it through
            # unsatisfactory performance procedures") never happened as far as the page shows; unless the page, before it
            # stops, says we did not pursue it ("Having considered the force's reasons, we decided not to make a recom")
            for group in self.groups:
                if group.case and group.grade in ("misconduct", "gross_misconduct") and self._not_pursued(group):
                    self._set_grade(group, "no_case", group.disputed_at)
            for group in self.groups:
                if group.disputed_at >= 0 and group.case:
                    for person in group.members:
                        # (what it said the matter "would be better addressed through" is no more done than a proposal)
                        self._drop_proposed(person, suggested=True)
                for person in group.members:
                    if person.facts.get("proceedings") in FORMAL_PROCEEDINGS and not _WE_AGREED_TO_IT.search(
                            " ".join(s.text for s in person.evidence.get("sanction", []))):
                        # (nor once the person's own proceedings were directed or held instead: "proposed to deal with his
                        # actions through reflective practice ... we directed it to hold a gross misconduct hearing"; not a
                        # proposal we agreed to)
                        self._drop_proposed(person, suggested=True)
                if group.grade == "gross_misconduct":
                    for person in group.members:
                        self._drop_proposed_meeting(person)
            return
        for group in self.groups:
            if not group.case:
                continue
            if any(p.facts.get("proceedings") in FORMAL_PROCEEDINGS for p in group.members):
                # the proceedings went ahead: the force's suggested alternative ("could be addressed through learning")
                # never happened
                for person in group.members:
                    if person.facts.get("proceedings") in FORMAL_PROCEEDINGS:
                        self._drop_proposed(person, suggested=True)
                continue
            if group.disputed_at < 0 or not self._unopposed(group.disputed_at, group):
                continue
            self._set_grade(group, "no_case", group.disputed_at)

    def _not_pursued(self, group: Group) -> bool:
        """A disagreement over the whole group that we did not pursue before a cut-off page stops: "we decided not to make
        a recom...", or "We accepted the force's view." straight after it; with no proceedings held for the group."""
        at = group.disputed_at
        if at < 0 or _DISAGREED_ABOUT.search(self.sentences[at].text) \
                or any(p.facts.get("proceedings") in FORMAL_PROCEEDINGS for p in group.members):
            return False
        later = self.sentences[at + 1:]
        return any(_NOT_PURSUED.search(s.text) for s in later) or bool(later and _ACCEPTED_ITS_VIEW.match(later[0].text))

    def _drop_proposed_meeting(self, person: Person) -> None:
        """'... did not agree that it reached the level of gross misconduct, and intended to deal with him at a misconduct
        meeting', on a page cut off before our answer: the gross misconduct case stands, and the meeting the force only
        proposed for it is no proceedings decided on."""
        spans = person.evidence.get("proceedings", [])
        if person.facts.get("proceedings") == "meeting" and spans and not person.proceedings_held \
                and all(_PROPOSING.search(s.text) or _FORCE_INTENDED.search(s.text)
                        # ("it considered that the matter should be dealt with at a misconduct meeting": its view)
                        or _FORCE_SUGGESTING.search(s.text) and not _PANEL_VOICE.search(s.text) or _ROUTE_AT.search(s.text) for s in spans):
            person.forget("proceedings")

    def _drop_proposed(self, person: Person, suggested: bool = False) -> None:
        """Forget a sanction (and the "none" route with it) that only a force's proposal gave (``suggested``: or its
        view of what the matter could be dealt with by)."""
        spans = person.evidence.get("sanction", [])
        proposing = (lambda text: _PROPOSING.search(text) or _FORCE_SUGGESTING.search(text) and not _PANEL_VOICE.search(text)) \
            if suggested else _PROPOSING.search
        if person.facts.get("sanction") not in ("management_action", "rprp") or not spans or not all(proposing(s.text) for s in spans):
            return
        names = ["sanction"] + (["proceedings"] if person.facts.get("proceedings") == "none" else [])
        for name in names:
            person.forget(name)

    def _early_departures(self) -> None:
        """'The officer retired during our investigation', said before the case to answer.

        A departure stated earlier about the same kind of person is theirs: anywhere before, where the
        report has one person; in the two sentences before, for a one-person group no other group
        shares a role noun with. With one person only, so is an earlier "He resigned".
        It also names how someone only called "former" left.
        """
        for group in self.groups:
            self._named_just_before_by_pronoun(group)
        for group in self.groups:
            if len(group.members) != 1:
                continue
            # (a rank or noun another group shares: only a departure by pronoun just after this person's name is theirs)
            shared = any(g is not group and (g.head == group.head or g.head in GENERIC_HEADS and group.head in GENERIC_HEADS)
                         for g in self.groups)
            if shared and not group.label:
                continue
            person = group.members[0]
            if person.facts.get("left") not in (None, "left"):
                continue
            alone = len(self.groups) == 1
            # with several people, only a departure said just before this one's decision
            first = 0 if alone else max(0, group.introduced_at - 2)
            # (further back, a resignation or retirement by the rank only this person has: "The sergeant retired in
            # December ... [the acting inspector told of] ... In our opinion the sergeant had a case")
            by_rank = group.head not in GENERIC_HEADS and not alone
            start = 0 if by_rank else first
            for at, sentence in enumerate(self.sentences[start:group.introduced_at], start=start):
                if not _DEPARTURE_WORDS.search(sentence.text):
                    continue
                left = facts_in(sentence.text).get("left")
                if at < first and (left not in ("resigned", "retired")
                                   or not any(p.head == group.head and p.definite and not p.plural
                                              and re.match(r"\s+(?:had\s+)?(?:since\s+)?(?:retired|resigned)\b", sentence.text[p.end:], re.I)
                                              for p in find_phrases(sentence.text))):
                    continue  # (only a resignation or retirement so far back: "left the force" may be a transfer)
                if not left or person.facts.get("left") == "left" and left == "left":
                    continue
                # ("he was no longer a serving officer" names nobody but "he")
                phrases = [p for p in find_phrases(sentence.text) if not p.plural and not _NO_LONGER_A.search(sentence.text, 0, p.start)]
                no_longer = alone and not phrases and re.search(r"\b(?:he|she)\s+(?:was|were)\s+(?:\w+\s+)?no\s+longer\b", sentence.text, re.I)
                pronoun_left = not phrases and re.match(r"\s*(?:He|She)\b", sentence.text) and (
                    _FROM_THE_POLICE.search(sentence.text)
                    # ("She had resigned in August 2022. We found she had a case": the same pronoun decided on next)
                    or at == group.introduced_at - 1 and (said := re.match(r"\s*(He|She)\s+had\s+(?:since\s+)?(?:resigned|retired)\b", sentence.text))
                    and re.search(r"\b" + said.group(1).lower() + r"\s+(?:also\s+)?had\s+a\s+case\b", self.sentences[group.introduced_at].text))
                # (with one person only, a plain "the officer" is them, whatever rank the report gave them)
                if not shared and (any(p.head == group.head or p.head in GENERIC_HEADS and (group.head in GENERIC_HEADS or alone) for p in phrases)
                                   or no_longer) \
                        or pronoun_left and (alone or at > 0 and self._named_alone_in(self.sentences[at - 1].text, group)
                                             or self._the_one_of_that_sex(sentence.text, person, at)):
                    person.facts.pop("left", None)
                    self._record(person, "left", left, sentence)
                    # "... retired in March. No disciplinary proceedings could be brought against him once he had left. We
                    # found that, had he still been serving, he would have had a case": none could be held for them
                    for later in self.sentences[at:group.introduced_at + 1]:
                        if "proceedings" not in person.facts and facts_in(later.text).get("proceedings") == "none" \
                                and not any(p.head != group.head and not p.plural and not _NO_LONGER_A.search(later.text, 0, p.start)
                                            for p in find_phrases(later.text)):
                            self._record(person, "proceedings", "none", later)
                    break

    def _the_one_of_that_sex(self, text: str, person: Person, at: int) -> bool:
        """'The constable was interviewed ... which charged him. He resigned from the force ...', of a man and a woman
        with a case: a departure by "He" is the man's, where everyone else with a case is known to be a woman (and the
        other way round), and the few sentences before name this person's rank."""
        said = re.match(r"\s*(He|She)\b", text)
        sex = {"He": "m", "She": "f"}[said.group(1)] if said else None
        others = [p for p in self._people_with_a_case() if p is not person]
        if sex is None or not others or self._sex_of(person) not in (None, sex) or any(self._sex_of(p) in (None, sex) for p in others):
            return False
        head = self.groups[person.group].head
        # (the nearest person named before is of this rank, and nobody of the public of that sex stands between: not "The
        # inspector ... watched. He resigned", nor "The man's father ... He resigned")
        before = [ph for s in self.sentences[max(0, at - 3):at] for ph in find_phrases(s.text)]
        return bool(before) and before[-1].head == head and not before[-1].plural \
            and not _PUBLIC_OF_A_SEX.search(" ".join(s.text for s in self.sentences[max(0, at - 1):at]))

    def _named_alone_in(self, text: str, group: Group) -> bool:
        """'The material posted by the first officer, PC Dunmore, ... He resigned from the force': whether the sentence
        before a departure by pronoun names this group's person by name and nobody else (or only in apposition to them;
        not "The fourth, a sergeant, did not step in while PC Harland ...")."""
        phrases = find_phrases(text)
        named = [p for p in phrases if p.label]
        return len(named) == 1 and self._matching_groups(named[0]) == [group] \
            and all(p.label or p.plural or re.fullmatch(r"\s*,\s*", text[p.end:named[0].start]) for p in phrases)

    def _named_just_before_by_pronoun(self, group: Group) -> None:
        """'PC Lark retired before our investigation was complete. We found that, had he still been serving, he would have
        had a case': a decision only by pronoun, just after a departure naming one person (whom it was taken to mean, or
        whom no one else is called): that person, by that name from now on, and that departure theirs."""
        at = group.introduced_at
        if len(group.members) != 1 or at < 1 or group.members[0].facts.get("left") not in (None, "left"):
            return
        before, decision = self.sentences[at - 1].text, self.sentences[at].text
        if not _DEPARTURE_WORDS.search(before) or find_phrases(decision) or not re.search(r"\b(?:he|she)\b", decision, re.I):
            return
        named = [p for p in find_phrases(before) if not p.plural]
        left = facts_in(before).get("left")
        if left and len(named) == 1 and named[0].label and (group.label == named[0].label if group.label
                                                             else not any(g.label == named[0].label for g in self.groups)):
            group.label = named[0].label
            group.members[0].facts.pop("left", None)
            self._record(group.members[0], "left", left, self.sentences[at - 1])

    def _record(self, person: Person, name: str, value: str, sentence: Span, held: bool = False) -> None:
        if name == "barred":
            person.barred = True
            person.note("barred_list", True, sentence)
            return
        if name == "appeal":
            # the finding overturned on appeal: not proven, and its sanction gone
            person.facts["outcome"] = "not_proven"
            person.note("outcome", "not_proven", sentence)
            person.outcome_at = sentence.start
            person.facts.pop("sanction", None)
            person.sanctions_seen = [(at, v, span) for at, v, span in person.sanctions_seen if at >= sentence.start]
            return
        if name == "sanction" and _REPLACED.search(sentence.text):
            # "rejected the recommended sanction and imposed no further action": what replaced it counts
            person.facts[name] = value
            person.note(name, value, sentence)
            person.sanctions_seen = [(at, v, span) for at, v, span in person.sanctions_seen if at >= sentence.start]
            person.sanctions_seen.append((sentence.start, value, sentence))
            return
        current = person.facts.get(name)
        if name == "proceedings" and value == "none" and person.facts.get("outcome") in FINDINGS and person.facts.get("held") == "yes":
            return  # "The officer received management action" after the panel's finding: its result, not a route around it
        if name == "proceedings":
            # held or decided proceedings outrank "dealt with by management action"; a special case
            # hearing is the more specific name for the hearing held; proceedings held outrank those
            # only recommended ("a hearing be scheduled", then "a misconduct meeting was held")
            if current == "accelerated_hearing" and value == "hearing":
                person.proceedings_held = person.proceedings_held or held
                return  # "the hearing" after a special case hearing is that hearing
            # (an IOPC direction, or "the hearing took place", replaces what was only proposed or decided before)
            replaces = value in FORMAL_PROCEEDINGS and not person.proceedings_held and bool(
                _DIRECTED_TO_HOLD.search(sentence.text) or _TOOK_PLACE.search(sentence.text) and not _EARLIER_MATTER.search(sentence.text))
            if current in FORMAL_PROCEEDINGS and not (current == "hearing" and value == "accelerated_hearing") and not (
                    value in FORMAL_PROCEEDINGS and held and not person.proceedings_held) and not replaces:
                return  # (an IOPC direction replaces what the force had only proposed)
            person.proceedings_held = held and value in FORMAL_PROCEEDINGS
        elif name == "sanction":
            person.sanctions_seen.append((sentence.start, value, sentence))
            if current and _SANCTION_ORDER.index(current) <= _SANCTION_ORDER.index(value):
                return
        elif name == "outcome":
            if current and current != "pending" and not _outcome_outranks(value, current):
                return
            person.outcome_at = sentence.start
        elif current and not (name == "left" and current == "left" and value in ("resigned", "retired")):
            return  # (only a plain "left" gives way: "the former constable", then "if he had not already resigned")
        person.facts[name] = value
        person.note(name, value, sentence)

    def _add_remainder(self, total: int | None) -> None:
        known = sum(len(g.members) for g in self.groups)
        roles = {g.role for g in self.groups}
        known += len(self.remainder)
        if total and self.groups and total > known and roles <= {"officer"}:
            for _ in range(total - known):
                person = Person(role="officer", grade="no_case", group=-1, remainder=True)
                self.remainder.append(person)

    def _trim_remainder(self, total: int | None) -> None:
        """Those served beyond the decided, added when a sentence spoke of one of them ("The second officer, a sergeant,
        left the man ..."), are fewer once a later decision named that one ("We found the sergeant had a case"): no more
        people than were served, dropping those of whom nothing was recorded."""
        if not total or not self.remainder:
            return
        # (officers only: those served are counted as officers, and people are added for them only where every group is)
        excess = sum(len(g.members) for g in self.groups if g.role == "officer") + len(self.remainder) - total
        for person in [p for p in self.remainder if not p.facts][:max(excess, 0)]:
            self.remainder.remove(person)


def _joint_proceedings_level(people: list[Person]) -> None:
    """'All three officers attended a gross misconduct hearing', where one had a case for gross misconduct and two for
    misconduct: one hearing for them all, held at the highest level, raises nobody's case (only a level the proceedings
    give that person alone does, in ``settle``)."""
    shared = {span for p in people if p.grade == "gross_misconduct" for span in p.evidence.get("level", [])}
    for person in people:
        said = person.evidence.get("level", [])
        if person.grade == "misconduct" and person.facts.get("level") == "gross_misconduct" and said and all(span in shared for span in said) \
                and person.facts.get("outcome") != "gross_misconduct_proven":  # (found so there: heard at that level)
            person.forget("level")


_ALSO_PROVEN = re.compile(r"\balso\s+(?:found\s+)?prov(?:en|ed)\b", re.I)  # ("Misconduct was also proven against the sergeant")


def _proceedings_of_the_same_panel(people: list[Person]) -> None:
    """'At the hearing, the panel found gross misconduct proven against the sergeant and two of the constables ... The
    panel found that the remaining constable had committed misconduct' (or "Misconduct was also proven against the
    sergeant"): a finding for someone whose proceedings no sentence named is a finding of the proceedings the others at
    the same level were found at, when those are one kind."""
    for person in people:
        if person.facts.get("outcome") not in FINDINGS or person.facts.get("proceedings"):
            continue
        said = person.evidence.get("outcome", [])
        if not any(_PANEL_VOICE.search(span.text) or _ALSO_PROVEN.search(span.text) for span in said):
            continue  # (a panel's finding, or one more "also proven" after theirs: not a court's verdict, nor a finding said alone)
        # (those others found for or against there: proceedings that took place)
        peers = [p for p in people if p is not person and p.grade == person.grade and p.facts.get("proceedings") in FORMAL_PROCEEDINGS
                 and p.facts.get("outcome") in FINDINGS]
        kinds = {p.facts["proceedings"] for p in peers}
        if len(kinds) == 1:
            kind = kinds.pop()
            person.facts["proceedings"] = kind
            for peer in peers:
                for span in peer.evidence.get("proceedings", []):
                    person.note("proceedings", kind, span)


_COULD_HAVE_FOUND = re.compile(r"\b(?:could|might|may|would)\s+(?:have\s+)?(?:decided|found|concluded|determined)\b", re.I)
# a finding in the words only proceedings use, "was found proven", "was later found not proven", "proven against": made
# at proceedings the report does not name (not an opinion that conduct "did not amount to misconduct")
_FOUND_PROVEN = re.compile(r"\b(?:found|was|were|been)\s+(?:later\s+)?(?:found\s+)?(?:not\s+)?proven\b|\bproven\s+against\b", re.I)


def _found_at_unnamed_proceedings(person: Person) -> bool:
    """'The allegation against him was later found not proven', of someone with a case and no proceedings named: the
    finding stands, with the proceedings not stated."""
    return person.grade in ("misconduct", "gross_misconduct", "unknown") and person.facts.get("proceedings") in (None, "not_stated") \
        and any(_FOUND_PROVEN.search(s.text) and not _COULD_HAVE_FOUND.search(s.text) for s in person.evidence.get("outcome", []))


# sanctions only someone serving is given: a person who left before proceedings could be held cannot have had one
_SERVING_SANCTIONS = tuple(s for s in FORMAL_SANCTIONS if s != "dismissed")


def _deed_words(text: str) -> set[str]:
    """The longer words of a description, to tell two deeds apart ("arrested Mr Brown" and "arrested him" share one)."""
    # (a description may run on into the decision: "pinned the man down had a case to answer for misconduct")
    deed = re.split(r"\b(?:had|has)\s+(?:a|no)\s+case\b", text.lower())[0]
    return {w for w in _content_words(deed) if len(w) > 3 and w not in ("that", "with", "from", "their", "they")}


# where a description runs on into what became of the person: "who used PAVA | was found not proven"
_DESCRIPTION_ENDS = re.compile(r"\b(?:was|were|has\s+been|had\s+been)\s+(?:also\s+)?(?:found|given|dismissed|cleared|issued|placed|referred)\b"
                               r"|\b(?:received|attended|faced)\b", re.I)


# words reports use for the same thing done ("made the remarks", "made the comments")
_SAME_THING = {"remarks": "comments", "remark": "comments", "comment": "comments", "statements": "comments",
               "spray": "pava", "incapacitant": "pava", "captor": "pava", "stun": "taser", "stick": "baton"}


def _beyond_the_verb(deed: str, other: str) -> tuple[set[str], set[str]]:
    """The longer words of two descriptions, past where each runs on into what became of the person, less the first
    one's verb, with words for one thing made one ("remarks", "comments")."""
    deed, other = (_DESCRIPTION_ENDS.split(d, 1)[0] for d in (deed, other))
    first = set(_content_words(deed)[:1])
    mine, theirs = ({_SAME_THING.get(w, w) for w in _deed_words(d) - first} for d in (deed, other))
    return mine, theirs


def _same_deed(deed: str, other: str) -> bool:
    """'made the comments' and 'laughed and made comments about his speech': what was done shares a word beyond its verb."""
    mine, theirs = _beyond_the_verb(deed, other)
    return bool(mine & theirs)


def _other_deed(deed: str, other: str) -> bool:
    """'handcuffed the man' and 'pushed the man against the wall': another verb, and no word beyond it shared."""
    deed, other = (_DESCRIPTION_ENDS.split(d, 1)[0] for d in (deed, other))
    verbs = [_stem(w) for w in (_content_words(deed)[:1] + _content_words(other)[:1])]
    return len(verbs) == 2 and verbs[0] != verbs[1] and not _same_deed(deed, other)


def _other_objects(deed: str, other: str) -> bool:
    """'used PAVA' and 'used the baton': each names what was done with words the other lacks, so two deeds ("made the
    remarks" and "made the comments" are one)."""
    mine, theirs = _beyond_the_verb(deed, other)
    return bool(mine) and bool(theirs) and not mine & theirs


def _without_a_result(people: Iterable[Person]) -> list[Person]:
    """Those not yet given a finding or a sanction."""
    return [p for p in people if "outcome" not in p.facts and "sanction" not in p.facts]


def settle(person: Person, cut_off: bool = False) -> None:
    """Fill what the text leaves open, per the codebook's conventions (``cut_off``: the page stops mid-sentence)."""
    f = person.facts
    if person.has_left and f.get("sanction") in _SERVING_SANCTIONS and _BEFORE_IT_COULD.search(
            " ".join(s.text for s in person.evidence.get("left", []))):
        # "The detention officer who had recorded the checks resigned before his meeting could take place. At the meeting
        # for the other detention officer, ... she was given a written warning": the warning and its finding are the
        # other's, read onto both
        sentences = person.evidence.get("sanction", [])
        person.forget("sanction")
        if f.get("outcome") in FINDINGS and all(s in sentences for s in person.evidence.get("outcome", [])):
            person.forget("outcome")
    if person.has_left and f.get("sanction") in _SERVING_SANCTIONS and all(
            _AFTER_THE_PROCEEDINGS.search(s.text) for s in person.evidence.get("left", [])):
        # "... gave him a final written warning, and he resigned from the force three months later": left after the
        # proceedings ended, which he took part in while serving (codebook: `no`)
        person.forget("left")
        f["left"] = "no"
    level = f.pop("level", None)
    took_part = f.pop("held", None) == "yes"
    # a sign the person was at the proceedings said to be held: something answered, admitted, found proven or not, or
    # dismissed at them (not "The hearing was held in May.", nor "At the hearing, held in Octo" cut off)
    shown_at_it = any(_SHOWN_AT_IT.search(s.text) for s in person.evidence.get("held", []))
    went_ahead_without = f.pop("in_absence", None) == "yes"
    # said not to have attended, and nowhere said to have attended (a hearing adjourned, then "She attended the
    # rearranged hearing"): not shown taking part
    attended = f.pop("attended", None) == "yes"
    absent = f.pop("absent", None) == "yes" and not attended
    # said to have attended after a hearing was said to go ahead without someone: there after all ("The hearing went ahead
    # without her, and ... against both. DO B, who attended, was given ..."), not a welfare meeting attended before it
    attended_after = attended and went_ahead_without and min(s.start for s in person.evidence.get("attended", [])) \
        > max(s.start for s in person.evidence.get("in_absence", []))
    if person.has_left and f.get("proceedings") == "meeting" and (
            f.get("outcome") in ("misconduct_proven", "not_proven", "proven") or f.get("sanction") in _SERVING_SANCTIONS) \
            and not any(_WHAT_WOULD_HAVE_BEEN.search(s.text) for name in ("outcome", "sanction", "proceedings")
                        for s in person.evidence.get(name, [])) \
            and (attended or not any(_LEFT_BEFORE_IT.search(s.text) for s in person.evidence.get("left", []))):
        # a misconduct meeting that found for or against the person, or imposed a warning, was held with them serving: a
        # former officer may face a hearing, never a meeting, so a departure read onto them was someone else's (or came
        # after); not what would have been, and not a departure told as before it ("left the force by then", "in his
        # absence") unless the person is said to have attended
        person.forget("left")
        f["left"] = "no"
    level_evidence = person.evidence.pop("level", [])
    for key in ("level", "held", "in_absence", "absent", "attended"):
        person.noted.pop(key, None)
        person.evidence.pop(key, None)
    if (person.grade == "unknown" or person.grade == "misconduct" and level == "gross_misconduct" and not person.downgraded) and level and f.get(
            "proceedings") in FORMAL_PROCEEDINGS:
        # the level the proceedings were held at: where no decision gave it, or where the force took
        # the case higher than the IOPC had (a gross misconduct hearing for a misconduct opinion)
        person.grade = level
        person.evidence["grade"] = person.evidence.get("grade", []) + level_evidence
    if person.grade == "no_case":
        for key in ("proceedings", "left", "outcome"):
            f.pop(key, None)
        f["proceedings"] = "none"
        if f.get("sanction") not in ("management_action", "rprp", "no_further_action", "written_warning"):
            f.pop("sanction", None)
        f.setdefault("left", "not_stated")
        f.setdefault("outcome", "not_stated")
        f.setdefault("sanction", "not_stated")
        return
    if person.outcome_at is not None and f.get("outcome") in FINDINGS:
        # what was imposed after the finding outranks what was proposed before it
        after = [(v, span) for at, v, span in person.sanctions_seen if at >= person.outcome_at]
        if after:
            chosen = min((v for v, _ in after), key=_SANCTION_ORDER.index)
            f["sanction"] = chosen
            person.evidence["sanction"] = [span for v, span in after if v == chosen]
    sanction = f.get("sanction")
    if sanction in _SANCTIONS_OF_A_FINDING and (f.get("outcome") in ("not_held", "pending") or (
            f.get("outcome") == "not_proven" and not any(at > (person.outcome_at or 0) and v == sanction for at, v, _ in person.sanctions_seen))):
        # a warning or dismissal follows only a proven finding: with proceedings not (yet) held it is only what they
        # could impose; read no later than "not proven" it was another person's, or proposed ("one allegation was not
        # proven. He received a written warning for the other": a later one stays)
        del f["sanction"]
        person.evidence.pop("sanction", None)
        sanction = None
    if sanction == "written_warning" and f.get("outcome") == "gross_misconduct_proven":
        # a written warning is open only to a misconduct finding: whatever was admitted or alleged,
        # the level found was misconduct
        f["outcome"] = "misconduct_proven"
    if sanction == "would_have_been_dismissed":
        # only a hearing that found gross misconduct proven can say so
        f.setdefault("proceedings", "hearing")
        f.setdefault("outcome", "gross_misconduct_proven")
    if sanction == "dismissed" and f.get("outcome") == "misconduct_proven" and person.grade == "gross_misconduct":
        f["outcome"] = "gross_misconduct_proven"  # a dismissal follows a gross misconduct finding
    if sanction == "dismissed" and f.get("left") in DEPARTED:
        f["sanction"] = sanction = "would_have_been_dismissed"  # a former officer cannot be dismissed
    if f.get("proceedings") in (None, "not_stated") and (sanction == "dismissed" or f.get("outcome") == "gross_misconduct_proven"):
        # only a hearing finds gross misconduct or dismisses (the labels never say otherwise); after the grade step
        # above on purpose: a hearing inferred, not read, says nothing of the level
        f["proceedings"] = "hearing"
    if f.get("proceedings") in (None, "not_stated") and took_part and person.grade == "gross_misconduct" and f.get("outcome") in FINDINGS \
            and not any(_COULD_HAVE_FOUND.search(s.text) for s in person.evidence.get("outcome", [])):
        # ("The panel found gross misconduct not proven against PC Reyes": a finding at proceedings held, which for a gross
        # misconduct case is a hearing; not what a panel "could have decided")
        f["proceedings"] = "hearing"
    held = f.get("proceedings") in FORMAL_PROCEEDINGS
    if sanction == "would_have_been_dismissed" and not f.get("left"):
        f["left"] = "left"
    if "outcome" not in f and held:
        if sanction in ("dismissed", "would_have_been_dismissed"):
            f["outcome"] = "gross_misconduct_proven"
        elif sanction == "written_warning" or (sanction in ("final_written_warning", "reduction_in_rank")
                                                and f.get("proceedings") == "meeting"):
            # a written warning follows only misconduct, and a meeting can find only misconduct; a final
            # written warning or demotion at a hearing may follow either level, so it says nothing
            f["outcome"] = "misconduct_proven"
    if f.get("left") in DEPARTED and not held and sanction == "management_action" and any(v == "no_further_action" for _, v, _ in person.sanctions_seen):
        # management action proposed, then nothing possible once the person had gone
        f["sanction"] = sanction = "no_further_action"
    if f.get("outcome") == "proven":
        # proven at which level: the sanction says, else the proceedings and the grade they were held at
        if sanction in ("dismissed", "would_have_been_dismissed"):
            gross = True
        elif sanction == "written_warning" or f.get("proceedings") == "meeting":
            gross = False
        else:
            gross = f.get("proceedings") in ("hearing", "accelerated_hearing") and person.grade == "gross_misconduct"
        f["outcome"] = "gross_misconduct_proven" if gross else "misconduct_proven"
    # (not a hearing said to have been held, whose result the page does not give: "An accelerated hearing was held in
    # August, chaired by ..., who decided that the officer" cut off; a former officer may face a hearing, never a meeting,
    # so a meeting "held" was others')
    said_held_hearing = took_part and f.get("proceedings") in ("hearing", "accelerated_hearing")
    if f.get("left") and "outcome" not in f and not went_ahead_without and not said_held_hearing and (
            held or f.get("proceedings") == "none" or sanction == "no_further_action"):
        # a case to answer, and the person gone before proceedings decided on, or before any
        # action could be taken: nothing was held. A bare departure says nothing of proceedings.
        f["outcome"] = "not_held"
        f.setdefault("proceedings", "none")
    if sanction == "no_further_action" and "proceedings" not in f:
        f["proceedings"] = "none"
    if sanction == "no_further_action" and f.get("proceedings") == "none" and "outcome" not in f and person.grade != "unknown":
        f["outcome"] = "not_held"
    if sanction in ("management_action", "rprp") and "proceedings" not in f:
        f["proceedings"] = "none"
    if not held and f.get("outcome") in FINDINGS and not _found_at_unnamed_proceedings(person):
        f.pop("outcome")  # a finding needs proceedings: "did not amount to misconduct" said of management action
    # (a hearing said only to have been held, with no finding, sanction or attendance, does not show the person there:
    # hearings, unlike meetings, may go ahead without them)
    # (nor, on a page cut off before any result, a meeting said only to have been held: "The meeting was held in July
    # 2022 and the chair heard evidence about the pressures on the" shows nobody there yet)
    held_then_cut = cut_off and f.get("proceedings") == "meeting" and "outcome" not in f and sanction in (None, "not_stated") \
        and not any(_SHOWN_AT_IT.search(s.text) for spans in person.evidence.values() for s in spans)
    shown_there = attended or took_part and f.get("outcome") != "pending" and not held_then_cut and (
        f.get("proceedings") not in ("hearing", "accelerated_hearing") or shown_at_it
        or sanction in ("management_action", "rprp", "no_further_action"))  # (decided at the hearing: of someone serving)
    if held and "left" not in f and (attended_after or not went_ahead_without and not absent) and (f.get("outcome") in FINDINGS or shown_there or sanction in FORMAL_SANCTIONS):
        # (a formal sanction is imposed only on someone serving, as below; proceedings held without the person do not
        # show them taking part: the codebook's `no` needs that)
        f["left"] = "no"
    if f.get("proceedings") in (None, "not_stated") and sanction in FORMAL_SANCTIONS:
        # only misconduct proceedings impose these: the person took part, serving, whatever the text calls them
        f.setdefault("left", "no")
        if sanction == "written_warning":
            f.setdefault("outcome", "misconduct_proven")
    f.setdefault("proceedings", "not_stated")
    f.setdefault("left", "not_stated")
    f.setdefault("outcome", "not_stated")
    f.setdefault("sanction", "not_stated")


def resolve_subjects(page: Page) -> list[Person]:
    return Resolver(page).run()
