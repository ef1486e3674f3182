"""Phrases that name people: role nouns (longest first), ranks, counts, letters and names ("two of the officers",
"PC A", "the custody sergeant"), and the vocabulary of people a page itself uses."""
from __future__ import annotations

import contextlib
import contextvars
import functools
import re
from dataclasses import dataclass, replace


def _spaces(match: re.Match[str]) -> str:
    """A match blanked to as many spaces, so offsets into the text stay right."""
    return " " * len(match.group(0))
_CHIEF = re.compile(r"\bchief\s+(?:constable|officer)\b", re.I)
_DECIDES = re.compile(r"\s+(?:\w+\s+)?(?:found|rejected|imposed|decided|ruled|concluded|determined|dismissed|gave|issued)\b", re.I)
def who_chaired(proceedings: str) -> str:
    """", who chaired it" or ", who chaired the (misconduct) hearing": someone told as the chair of the proceedings named,
    by the nouns ``proceedings`` allows ("hearing|meeting")."""
    return r",\s+who\s+chaired\s+(?:it|the\s+(?:accelerated\s+|misconduct\s+|gross\s+misconduct\s+)?(?:" + proceedings + r"))"


# the one disciplinary proceedings were chaired by, told so just before their rank: "an accelerated hearing, chaired by the
# chief constable," (the chair, not a subject: not the constable the report is about; "conducted by" only of a chief
# officer, as a search or an enquiry may be conducted by anyone; and only of proceedings, not "The operation was led by
# the assistant chief constable", "The risk conference was chaired by Inspector Brook", people a report may be about)
_OF_PROCEEDINGS = r"\b(?:hearing|meeting|panel|appeal|proceedings)s?\b[^.;]{0,80}?"
_CHAIRED_BY_BEFORE = re.compile(_OF_PROCEEDINGS + r"\b(?:chaired|presided\s+over)\s+by\s+$", re.I)
_CONDUCTED_BY_BEFORE = re.compile(_OF_PROCEEDINGS + r"\b(?:conducted|heard|led)\s+by\s+$", re.I)
# the one who chaired the proceedings, told so straight after their rank: "The superintendent, who chaired the hearing, found
# ...", "The assistant chief constable, who chaired it," (the chair, not someone the case is about)
_CHAIRED_THEM = re.compile(r"\s*" + who_chaired("hearing|meeting|panel") + r"\s*,", re.I)

NUMBERS = {
    "a": 1, "an": 1, "one": 1, "another": 1, "single": 1, "two": 2, "both": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "twenty": 20, "pair": 2,
}


def number_of(word: str) -> int:
    """'4' or 'four' as 4."""
    return int(word) if word.isdigit() else NUMBERS[word.lower()]


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
    # "DO A", "DO Pritchard": a detention officer by letter or name (never the word "do")
    (r"(?-i:DO(?=\s+[A-Z][a-z]*[A-Z]?[a-z]*\b))", "staff"),  # (and "DO McAllister")
    (r"custody\s+(?:assistant|detention\s+officer)", "staff"),
    # a custody suite's gaoler, a constable or a member of staff as the page says ("two constables working as gaolers")
    (r"gaoler|jailer", "context"),
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
    # analysts a force employs are police staff ("the intelligence analyst had a case to answer")
    (r"(?:(?:intelligence|crime|performance)\s+)?analyst", "staff"),
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


def _abbreviations(page_heads: tuple[str, ...]) -> dict[str, str]:
    """The page's abbreviations among its own heads, each with the noun it stands for ("DO=detention officer")."""
    return dict(h.split("=", 1) for h in page_heads if "=" in h)


def _in_capitals(abbreviation: str) -> str:
    """A pattern for an abbreviation in capitals only: "DO", never the word "do"."""
    return f"(?-i:{re.escape(abbreviation)})"


@functools.lru_cache(maxsize=64)
def _head_re(page_heads: tuple[str, ...]) -> re.Pattern[str]:
    # the collective "staff" stays last, so "staff investigator" is read before it
    abbreviations = _abbreviations(page_heads)
    heads = [h for h, _ in _HEADS if h != "staff"] + [re.escape(h) for h in page_heads if "=" not in h] \
        + [_in_capitals(a) for a in abbreviations] + ["staff"]
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
# (or set against the clause before: "..., while the operator had a case to answer for misconduct")
_CASE_CLAUSE_OPENS = r"(?:^|\bthat\s+|,\s+|\b(?:and|while|whereas)\s+|\b(?:view|opinion|found|decided|concluded|considered|determined)\s+)"
_HAD_A_CASE = (r"(?:(?:may|might|could|would|did)\s+(?:not\s+)?(?:have\s+)?)?(?:had|has|have)\s+"
               r"(?:a\s+|no\s+)?(?:gross\s+misconduct\s+|misconduct\s+)?cases?\s+to\s+answer\b")
_CLAUSE_SUBJECT_CASE = re.compile(
    _CASE_CLAUSE_OPENS + _CLAUSE_NOUN + r"(?<!ly\s)"  # ("In our opinion the passenger had ...")
    r"(?:(?:also|each|both|all|then|therefore)\s+)*" + _HAD_A_CASE)
# "... had a case to answer for gross misconduct and the intelligence researcher a case to answer for misconduct": the
# second of two, with its verb left out
_AND_CLAUSE_SUBJECT_CASE = re.compile(r"\band\s+" + _CLAUSE_NOUN + r"(?:a|no)\s+(?:gross\s+misconduct\s+|misconduct\s+)?case\s+to\s+answer\b")
# "In our view the driver should face a gross misconduct hearing": only someone serving faces one
_CLAUSE_SUBJECT_PROCEEDINGS = re.compile(
    r"(?:^|\bthat\s+|,\s+|\band\s+|\bview\s+)" + _CLAUSE_NOUN +
    r"(?:should|would|will|must)\s+(?:also\s+)?(?:face|attend)\s+(?:a|an)\s+(?:gross\s+)?misconduct\s+(?:hearing|meeting)\b")
# "an intelligence analyst employed as police staff", "the analyst, a member of police staff," ("..., who is a member of
# police staff,"): the page says so
# (also of a force by its initials: "a controller, a member of BTP police staff")
_EMPLOYED_AS_STAFF = re.compile(r"\b(?i:a|an|the)\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z][a-z-]*[a-z])(?:\s+(?:employed|working)\s+as\s+"
                                r"|,\s+(?:who\s+(?:is|was)\s+)?a\s+member\s+of\s+)(?-i:[A-Z]{2,5}\s+)?(?i:police\s+staff)\b")
# in a vehicle: a page's driver or passenger with a case is police (the known roles decide everyone else)
_VEHICLE_NOUNS = {"driver", "passenger", "co-driver", "observer"}
# ... also listed with someone serving before the case: "that the driver and the officer in the rear had a case", "two of
# the officers, the driver and the sergeant, had a case", "two of the officers – the driver, and the officer riding in
# the rear – had a case" (the other named by a police word, in the same clause: not "that the driver and a friend had been
# drinking and that the sergeant had a case")
_VEHICLE_LISTED_WITH_A_CASE = re.compile(
    r"(?:\b(?:that|found|decided|concluded|considered|opinion|view)|\bofficers\s*[,:–—-])\s*(?:both\s+)?the\s+(?:police\s+)?(?P<noun>driver|passenger)\s*,?\s+"
    r"(?:and|as\s+well\s+as)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:officer|constable|sergeant|inspector|detective|PCSO|call\s+handler|detention\s+officer)\b"
    r"(?:(?!\b(?:that|and|passenger|driver)\b)[^.;,–—]){0,50}?\s*[,–—]?\s*(?:each\s+|both\s+)?(?:had|has)\s+(?:a\s+)?(?:gross\s+misconduct\s+|misconduct\s+)?case\s+to\s+answer\b", re.I)
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
    _CASE_CLAUSE_OPENS + r"(?P<name>(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)\s+(?:(?:also|then|therefore)\s+)*" + _HAD_A_CASE)
# a role noun, then the capitals the page will call it by: "detention officers (DOs)", "call handler (CH)"
_ABBREVIATION_AFTER = re.compile(r"\s*\((?P<abbr>[A-Z]{2,5})s?\)")
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
            for m in _VEHICLE_LISTED_WITH_A_CASE.finditer(sentence):
                if m.group("noun").lower() not in found:
                    found.append(m.group("noun").lower())
        if " face " in sentence or " attend " in sentence:
            matches += _CLAUSE_SUBJECT_PROCEEDINGS.finditer(sentence)
        if "police staff" in sentence.lower():
            # (the words up to the noun are tested against the known heads, not "police staff", one of them)
            # (not a place after a preposition: "The enquiry officer on the counter, a member of police staff,"; but "a case
            # to answer for misconduct for the investigator, who is a member of police staff," names the one decided on)
            found += [m.group("noun") for m in _EMPLOYED_AS_STAFF.finditer(sentence) if m.group("noun") not in found
                      and m.group("noun") not in _NOT_PAGE_HEADS and not _HEAD_RE.search(sentence, m.start(), m.end("noun"))
                      and not re.search(r"\b(?:on|at|in|of|from|behind|(?<!answer\s)(?<!misconduct\s)for|with|by)\s+$", sentence[:m.start()], re.I)]
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
    # "two detention officers (DOs)": the page's abbreviation for a known role noun, kept as "DO=detention officer"
    for sentence in sentences:
        if "(" in sentence:
            for m in _HEAD_RE.finditer(sentence):
                abbreviated = _ABBREVIATION_AFTER.match(sentence, m.end())
                if not abbreviated or not _more_specific_than_officer(m.group("head")) or _HEAD_RE.fullmatch(abbreviated.group("abbr")):
                    continue  # (not "the senior investigating officer (SIO)": a post no role noun names whole)
                abbr = abbreviated.group("abbr")
                initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", m.group(0))).upper()
                entry = f"{abbr}={_norm_head(m.group('head'))}"
                if initials == abbr and entry not in found:  # (its letters the noun's own: "DO", "detention officer")
                    found.append(entry)
    if _VEHICLE_NOUNS & set(found):
        # the crew of one car: "the passenger had a case", and "the driver ... would have had a case" is the driver
        found += [noun for noun in ("driver", "passenger") if noun not in found and any(
            re.search(r"\bthe\s+" + noun + r"\b", sentence, re.I) for sentence in sentences)]
    return tuple(found)


def page_abbreviations() -> str:
    """The page's own abbreviations for role nouns ("DO" for its "detention officers (DOs)"), as alternatives to add to a
    pattern of role words ("|(?-i:DO)"), or nothing."""
    return "".join("|" + _in_capitals(a) for a in _abbreviations(_PAGE_HEADS.get()))


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
# (a double-barrelled name whole: "PC Lloyd-Hale")
_NAME = r"[A-Z](?:[a-z]+|[a-z]?[A-Z][a-z]+|(?=['’][A-Z]))(?:['’-][A-Z]?[a-z]+)*"  # ("Brennig", "McAvoy", "O’Neill", "Lloyd-Hale")
_NAME_AFTER = re.compile(r"^\s+(?!(?:Police|Constabulary|Service|Force)\b)" + _NAME + r"\b")
# a surname straight after the first name just read ("PC Wynn Aldous"), not a force's name or the next clause's capital
_SURNAME_AFTER = re.compile(r"\s+(?!(?:Police|Constabulary|Service|Force|The|He|She|It|We|They|A|An|And|But|On|In|At|Of)\b)(" + _NAME + r"(?:['’]s)?)\b(?!(?:\s+[A-Z][\w-]+){0,3}\s+(?:Police|Constabulary|Service)\b)")
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
# "one of the two officers": one person picked out of a count
_ONE_OF_COUNTED = re.compile(r"one\s+of\s+(?:the|these|those)\s+(?P<n>two|three|four|five|six)\b", re.I)
_DET_WORDS = set(NUMBERS) | ORDINALS | _ONE_PICKED_OUT | {
    "the", "all", "each", "either", "neither", "any", "these", "those", "of", "remaining", "same",
    # ("this officer, PC Renshaw,": the one just described; not "that", which is mostly a conjunction: "found that officer A")
    "this",
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
_STAFF_NOUN_AFTER = re.compile(r"^\s+(?:investigator|researcher|analyst|worker|employee|supervisor|manager|handler|officer|controller|dispatcher|operator|clerk)\b", re.I)
_LETTERS_AFTER = re.compile(r"^\s+[A-Z](?:\s*,\s*[A-Z])*,?\s+and\s+[A-Z]\b(?![\w'’-])")
_LABEL_AFTER = re.compile(r"^\s+([A-Z])(?:(?=['’]s\b)|(?![\w'’-]))(?!\.\w)")  # "Officer B", "Officer B’s"


# ("reduced him in rank to constable", "replaced the dismissal with a reduction in rank to constable")
# (or just before "of constable", a phrase the noun finder may open on the "of")
_RANK_GIVEN = re.compile(r"\b(?:(?:(?:reduced|demoted)\s+(?:(?:him|her|them)\s+)?|(?:reduction|demotion)\s+)(?:in\s+rank\s+)?to"
                         r"|returned\s+to\s+the\s+rank\s+of)\s+(?:the\s+rank(?:\s+of)?\s+)?$", re.I)
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
# ("the two officers whose cases were for misconduct": the same, said of their cases)
WHOSE_CASES_WERE_FOR = r"whose\s+cases?\s+(?:was|were)\s+for"
_WITH_A_CASE = re.compile(r"\s+(?:(?:with|who\s+(?:had|have))\s+(?:a\s+)?cases?\s+to\s+answer\b|" + WHOSE_CASES_WERE_FOR + r"\s+(?:gross\s+)?misconduct\b)", re.I)


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
# (or misconduct proceedings for whom: "... would hold misconduct meetings for the three officers with a case to answer. These
# have not yet taken place."; not "learning meetings for the staff")
_PROCEEDINGS_NAMED_LAST = re.compile(r"^(?!.*\b(?:attended|took\s+place|(?:was|were)\s+held|found)\b).*(?:\bmisconduct\s+(?:meetings?|hearings?)\s+for\s+(?:the|both|all|each)\b[^.;,]{0,60}|\b(?:meetings?|hearings?)\b[^.;,]{0,40})[.;]?\s*$", re.I)
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


# a count taken from the group just named, then its verb: "Of the three officers, | one had a case to answer"
# (past a few words saying which group: "Of the four officers involved, two had", "Of the four officers we investigated,")
_A_COUNT = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
_COUNT_TAKEN_AFTER = re.compile(r"(?:\s+(?:involved|concerned|present|(?:we|who)(?:\s+[a-z]+){1,4}))?\s*,\s*"
                                r"(?P<n>" + _A_COUNT + r")\s+(?=(?:had|have|were|was|should|would|attended|received|faced)\b)"
                                # (not where a second count of the group follows: "one had a case for gross misconduct and two had
                                # a case for misconduct", which the counts read)
                                r"(?![^.;]*\band\s+" + _A_COUNT + r"\s+(?:had|have|were|was)\b)", re.I)


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
    expanded = _abbreviations(heads)  # ("the first DO" is the page's first detention officer)
    for m in _head_re(heads).finditer(clean):
        head = expanded.get(m.group("head"), m.group("head"))
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
        if "both" in det and count == 2 and not m.group("plural") and re.match(r"\s+and\s", clean[m.end():]):
            count = 1  # "both the PCSO and the constable": the first of two, each named
        end = m.end()
        if head.lower() == "staff" and (kind := _STAFF_NOUN_AFTER.match(clean[m.end():])) and count is None:
            count, plural = 1, False  # "the staff investigator": one person, "staff" naming their kind
            end += kind.end()  # (the noun is the phrase's: "the staff investigator and the detective sergeant" is a list)
        if count is None and not plural:
            count = 1
        if det[:1] == ["of"] and (taken := _COUNT_TAKEN_AFTER.match(clean, m.end())):
            # "of the four officers, two had a case": two people, out of four, as "two of the four officers" is
            count = number_of(taken.group("n"))
            plural = count > 1
            end = taken.end("n")
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
        if _CHIEF.search(clean[start:m.end()]) and (_DECIDES.match(clean[m.end():]) or _CONDUCTED_BY_BEFORE.search(clean[:start])) \
                or _CHAIRED_BY_BEFORE.search(clean[:start]):
            continue  # "the chief constable found ... proven", "chaired by the chief constable": who decides, not a subject
        if not m.group("plural") and _CHAIRED_THEM.match(clean[m.end():]):
            continue
        # "his colleague", a page's own noun: the one known colleague
        possessed = head.lower() in heads and start == m.start() and bool(_POSSESSIVE_BEFORE.search(clean[:start]))
        # ("PC Wynn Aldous" is PC Aldous: a first name and surname, the surname kept)
        surname = _SURNAME_AFTER.match(clean, m.end() + name.end()) if name else None
        named_as = (surname.group(1) if surname else name.group(0).strip()) if name else None
        phrases.append(Phrase(
            start=start, end=end, text=clean[start:end], head=_norm_head(head.rstrip("s") if head.lower().startswith("members") else head),
            role=_head_role(head) if head.lower() not in heads else ("officer" if head.lower() in _VEHICLE_NOUNS else "context"),
            count=count,
            definite=named or bool(label) or possessed or any(d in ("the", "this", "these", "those", "both", "all", "either", "neither") for d in det),
            # "the third officer" is someone new, not the officer already named
            other="other" in det or "remaining" in det or any(d in ORDINALS and d != "first" for d in det), plural=plural,
            # ("PC Ashby’s case" is PC Ashby)
            label=label.group(1) if label else (re.sub(r"['’]s$", "", named_as) if named_as else None),  # "officer A", "Sergeant Hale"
        ))
    return tuple(_with_bracketed_letters(_without_describing_appositions(phrases, clean), text))


# what joins the items of a list of people: "the sergeant, the constable and the inspector"
_LIST_JOIN = re.compile(r"\s*(?:,|and|,\s*and)\s*")
# an apposition's end: its own comma or dash within a few words, with no "and"/"or" going on
_CLOSED_APPOSITION = re.compile(r"(?:(?!\b(?:and|or)\b)[^,;.]){0,40}?(?:,|\s[–-])\s*(?!and\b|or\b)")


def _without_describing_appositions(phrases: list[Phrase], text: str) -> list[Phrase]:
    """'two detention officers, both members of police staff', 'the call handler and the supervisor, both members of police
    staff': a "both" or "all" set off by a comma after as many people, listed, says what they are, and is nobody more
    (what it says stays theirs: "both members of police staff" makes call handlers staff)."""
    kept: list[Phrase] = []
    run_start = 0  # where the list just before starts among those kept (joined by "and" or commas)
    for p in phrases:
        gap = text[kept[-1].end:p.start] if kept else ""
        if kept and kept[-1].label:
            gap = re.sub(r"^\s*" + re.escape(kept[-1].label), "", gap)  # (past the name after a rank: "PC Abel and PC Bell, both")
        joined = bool(kept) and _LIST_JOIN.fullmatch(gap) is not None
        # (closed by its own comma or dash, the list not going on: not "the two call handlers, both supervisors and the
        # inspector", five people; the cheap tests first, as every phrase search passes here)
        if joined and gap.strip() == "," and p.plural and p.count is not None and re.match(r"(?:both|all)\s", p.text, re.I) \
                and _CLOSED_APPOSITION.match(text, p.end):
            listed = sum(q.count or 0 for q in kept[run_start:])
            described = len(kept) - run_start if p.count == listed else 1 if kept[-1].plural and kept[-1].count == p.count else 0
            if described:
                for i in range(len(kept) - described, len(kept)):
                    if kept[i].role == "context":
                        kept[i] = replace(kept[i], role=p.role)
                continue
        if not joined:
            run_start = len(kept)
        kept.append(p)
    return kept


# "two other officers (Officers B and C)", "a constable (PC A)": the letters the report calls them by
_BRACKETED_LETTERS = re.compile(r"\s*\((?:(?:the\s+)?(?:[A-Za-z]+\s+){1,2})?(?P<letters>[A-Z](?:\s*(?:,|and|&)\s*[A-Z])*)\)")


# "the custody sergeant (PS Bell)": the name the report calls that one person by
# (a match opens only where a run of spaces does, so a long run of blanked text is crossed once, not from each space)
_TITLES = r"PC|PS|DC|DS|DI|DCI|Sergeant|Inspector|Constable|Detective\s+(?:Constable|Sergeant|Inspector)"
# one person by title and surname: "PC Doyle", "Sergeant Kerr"
ONE_BY_TITLE = r"(?-i:(?:" + _TITLES + r")\s+[A-Z][\w'’-]+)"
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
