"""Applying decisions: the resolver's part that turns each decision into groups of people, or revises the groups
already known (a grade changed, a group split, a name or rank bound to one person)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import NamedTuple

from .phrases import (
    _chief_rank, find_phrases, GENERIC_HEADS, GENERIC_STAFF, number_of, NUMBERS, _ORDINAL_LETTER, _ORDINAL_POSITION,
    _ONE_OF_COUNTED, _other_rank, Phrase, _PICKED_OUT_OF, _POSSESSIVE_BEFORE, _RANK_CHANGE, _shifted, _WITH_A_CASE
)
from .people import DEPARTED, Group, Person
from .decisions import (
    _ACCEPTED, _actors_list, _ALSO_FOUND, _CAME_ROUND, _CLAUSES_OF_A_LIST, _content_words, _COUNT_THEN_ITS_LIST, _CTA, Decision,
    _DEPARTED_NOUN, _DID_ALONE, _DIRECTS_PROCEEDINGS, _enumeration, find_decisions, find_indications,
    _EACH_OF_THEM, _first_case_word, _FORCE_AGREED_ALL, _grade_of, _HE_ALSO, _OBJECT_OF, _OBJECT_OF_OR_FOR, _OPENS_ON_ITS_SUBJECT, _INDICATION_STAGE, _INVESTIGATED, _leaving_in_words,
    _LIST_JOIN, _listed_one_by_one, _modifiers, _MORE_OF_US, _MORE_PEOPLE, _MORE_PEOPLE_JUST_BEFORE, _NOT_AGREEING,
    _OF_THEM, _PANEL_VOICE, _past_letter, _RELATIVE_CLAUSE, _REVISING, _ROSTER_AFTER_COUNT, _SAID_OF_MORE, _SAME_VIEW_PARTS, _SO_DID,
    _SO_DID_NOT_A_CASE, _STAFF_JOBS, _stem, _ALSO_WORDS, _THE_FORCE_WORD, _THE_GROUP_OF_OFFICERS, _TOLD_WHOM, _WE_INVESTIGATED, _who, _WHO_CLAUSE, _WITHOUT_A_CASE_AFTER,
    _WITNESS_CLAUSE
)
from ..schema import DISMISSALS
from .facts import _ANOTHER, facts_in, FINDINGS, FORMAL_PROCEEDINGS, FORMAL_SANCTIONS
from .counts import _CONTEXT_COUNT, _COUNT_WITHOUT_NOUN, _said_to_be_staff_pattern, _TOTAL_PARTS, _WITH_A_CASE_AT


# what going to proceedings tells of a person: the level, what was held and that they attended
_PROCEEDINGS_FACTS = frozenset({"proceedings", "level", "held", "attended"})
# a verb after one person that shows a list before it ("PC Lyle were given ..."), and one of either number that tells
# what proceedings gave ("the sergeant received ...")
_PLURAL_VERB = re.compile(r"\s+(?:were|are|have\s+been)\b")
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
# a name followed by its owner's "'s": "the inspector's instructions"
# "either of them", "each officer", "the other officer": one picked out of people known, never someone new
_ONE_OF_THEM = re.compile(r"(?:either|neither|each|both|one|none|any|the\s+other|the\s+second|the\s+third)\b", re.I)
# people told apart by where they were: "the two officers in the corridor", "the officer outside the cell"
_PLACED_BY_WHERE = re.compile(r"\s+(?:in|outside|inside|at|near|by|on)\s+(?:the|a)\s+(?!(?:case|time|meeting|hearing|investigation|incident)\b)[a-z]", re.I)
_AS_OWNER = re.compile(r"['’]s\s")
# one person's conduct weighed: "the sergeant's conduct, if proven, could amount to ..."
_POSSESSED = re.compile(r"['’]s?\s+(?:\w+\s+){0,2}(?:conduct|actions?|behaviour|failures?|use\s+of\s+force)\b", re.I)
# a sentence opening on the rest of a group, counted without a noun: "The remaining two had ...", "The other three were ..."
# (as referring's _BARE_REST, but with the count, which says how many "each of them" in the next sentence are)
_THE_REST_COUNTED_OPENING = re.compile(r"\W*the\s+(?:remaining|other)\s+(?P<n>two|three|four|five|six)\s+(?=(?:had|have|were|was|did|are)\b)", re.I)
# "In our opinion, ...", before a decision's subject: only a lead, so the subject still opens the sentence
_IN_OUR_VIEW_LEAD = re.compile(r"^\W*in\s+our\s+(?:view|opinion)\s*,?\s*", re.I)
# "In the call handler's case, ...": a sentence framed by the person it is about
_IN_THEIR_CASE = re.compile(r"\W*(?:in|as\s+for)\s+$", re.I)
# a sentence opening on whom it is about: "As for PC B,", "After further discussion about the first officer,"
# ("We did not accept its view on the first officer, and we directed ...")
_ABOUT_SOMEONE = re.compile(r"^[^.;]{0,60}\b(?:about|regarding|concerning|in\s+relation\s+to|in\s+respect\s+of|as\s+for|for"
                            r"|(?:view|position|decision|finding)s?\s+on|(?:view|opinion)(?:\s+of)?)\s+$", re.I)
_ACCEPTED_FOR = re.compile(
    r"\b(?:we|IOPC|IPCC)\b(?:(?!\bnot\b|n['’]t\b)[^.]){0,60}?\b(?:accepted|agreed\s+with)\s+(?:its|the\s+force['’]s|their)\s+(?:position|view|decision|determination|assessment)\s+"
    r"(?:on|for|in\s+relation\s+to|regarding|about|in\s+respect\s+of)\s+"
    # (not "... about the detective constable but recommended that the PC ...": the accepted one only)
    r"(?P<who>(?:(?!\s(?:but|while|whereas)\s|\sand\s+(?:we\s+)?(?:recommended|directed)\b)[^,.;])+)", re.I)


# those the phrase before calls the ones with a case: "the two other constables with a case to answer"
_WITH_A_CASE_AFTER = re.compile(r"\s+(?:with|who\s+had)\s+(?:a\s+)?cases?\s+to\s+answer\b", re.I)
# ... with its level and a name in apposition, if said: "with a case to answer for gross misconduct, the sergeant,"
_WITH_A_CASE_TOLD = re.compile(_WITH_A_CASE_AFTER.pattern + r"(?P<level>\s+for\s+(?P<gm>gross\s+)?misconduct)?(?P<named>\s*,)?", re.I)


# ... or the force's view taken as ours, of named people: "Having considered its reasons, we accepted that the second
# constable had no case to answer" (the people in ``who``; not "we accepted that it was right to ...", no one named)
# (not denied, "never" or "neither we nor the force accepted"; nor what we should have accepted; nor no case limited to
# one allegation or one level, "had no case to answer for gross misconduct", "concerning the search": the clause must end
# there)
_ACCEPTED_THAT_NONE = re.compile(
    r"\b(?:we|IOPC|IPCC)\b(?:(?!\b(?:not|never|neither|nor|no\s+point|should|would|could)\b|n['’]t\b)[^.]){0,60}?\b(?:accepted|agreed)\s+that\s+"
    r"(?P<who>(?:(?!\s(?:but|while|whereas|and|or)\s)[^,.;]){1,80}?)\s+(?:had\s+no\s+case|did\s+not\s+have\s+a\s+case)\s+to\s+answer\b"
    r"(?=\s*(?:[.;)]|$)|,?\s+(?:and|but|because|since|given|following|which|while)\b|,?\s+as\s+(?!far\b|regards\b|to\b|concerns\b))", re.I)


def _acceptance_for(text: str) -> re.Match[str] | None:
    """'we accepted its position on the sergeant', 'we accepted that the sergeant had no case to answer': the match, its
    people in ``who`` (the substrings spare most sentences)."""
    if "ccepted" not in text and "greed" not in text:
        return None
    return _ACCEPTED_FOR.search(text) or ("nswer" in text and _ACCEPTED_THAT_NONE.search(text) or None)


# a post held at a rank, by the rank's word after the post's: "custody sergeant", "duty inspector" (not a rank of its own:
# "detective sergeant", "chief inspector", "special constable")
@functools.cache
def _a_post_of_the_rank(rank: str) -> re.Pattern:
    return re.compile(r"(?!(?:detective|chief|special|deputy|assistant|acting|temporary|trainee|student|police)\b)[a-z]+\s+" + re.escape(rank))


# a named person's own verb straight after their name: "Sergeant Colley attended ...", "... was given a written warning"
_OWN_VERB_AFTER_THE_NAME = re.compile(r"\s+(?:had\s+|has\s+)?(?:since\s+)?(?:attended|appeared|faced|received|was|resigned|retired|left)\b", re.I)
# a count the sentence then names one by one: "Those three, PC Dray, ...", "The two officers, PC Hale and ..."
_COUNT_IN_APPOSITION = re.compile(r"\s*(?:those|these|the|all)\s+(?P<n>two|three|four|five|six)(?:\s+(?:officers|of\s+them|members\s+of\s+staff))?\s*,\s*"
                                  r"(?=(?:PC|DC|PS|DS|Sergeant|Inspector|Constable|the|a|an)\s)", re.I)
# two people joined by "and" (not a comma, which may open an apposition: "The officer, a sergeant with twenty years' service,")
_JOINED_BY_AND = re.compile(r"\s*,?\s*and\s+")
# "Sergeant Dunmore, a sergeant from the next station, ...": someone introduced as another of that rank
_ANOTHER_OF_THE_RANK = re.compile(r"\s*(?-i:[A-Z][\w'’-]*)?\s*,\s+(?:a|an|another)\s", re.I)
# a case said by pronoun in a later clause: "...; the investigator found that she had a case to answer"
# (said by us or our investigator: not "...; she decided that he had a case", the opening person deciding about another)
_PRONOUN_CASE_LATER = re.compile(r"[;,]\s*(?:and\s+)?(?:in\s+our\s+(?:view|opinion),?\s+|(?:we|the\s+investigators?|our\s+investigators?|(?:the|our)\s+investigation)\s+"
                                 r"(?:also\s+)?(?:found|decided|concluded|considered)\s+(?:that\s+)?)(?:he|she)\s+(?:also\s+)?had\s+a\s+case\b"
                                 # ("The first detention officer had recorded visits that did not take place, and he too had a
                                 # case": one more, said so)
                                 r"|[;,]\s*and\s+(?:he|she)(?:\s+too|\s*,\s*too\s*,|\s+also)\s+had\s+a\s+case\b"
                                 # ("We also found that the first detention officer had recorded checks ..., and decided he had a
                                 # case": our finding's second verb, its "we" left out)
                                 r"|,\s*and\s+(?:found|decided|concluded|considered)\s+(?:that\s+)?(?:he|she)\s+(?:also\s+)?had\s+a\s+case\b"
                                 # ("...; we found a case to answer for gross misconduct for her as well")
                                 r"|[;,]\s*(?:and\s+)?we\s+(?:also\s+)?found\s+a\s+case\s+to\s+answer\s+(?:for\s+(?:gross\s+)?misconduct\s+)?"
                                 r"(?:for|against)\s+(?:him|her)\b", re.I)
# a view opening its sentence, and a case by pronoun in a later clause of it: "In our view ..., and he had a case"
_OUR_VIEW_OPENING = re.compile(r"\W*(?:In\s+our\s+(?:view|opinion)|We\s+(?:also\s+)?(?:found|decided|concluded|considered)"
                               r"|Our\s+investigation\s+(?:also\s+)?(?:found|concluded))\b", re.I)
# where someone sat in a vehicle: "the officer in the passenger seat", "the officer in the driving seat"
_IN_THE_SEAT = re.compile(r"\s+(?:in|from)\s+the\s+(?P<role>passenger|driver|driving)(?:['’]s)?\s+seat\b", re.I)
# the words before the one person a sentence is about, where it opens on them: "For PC A, ...", "When the supervisor ..."
# ("For PC A, ...", "As for PC A, ...", "In the case of PC A, ...": the one a sentence is framed by)
_FRAMED_BY = r"for|as\s+for|in\s+the\s+case\s+of"
_LEAD_IN_TO_THE_ONE = re.compile(r"^\s*(?:" + _FRAMED_BY + r"|when|while|whilst|once)\s+$", re.I)
# ... and before one named: after our finding, in apposition to "one of" a group ("We found that one of the detention
# officers, DO Pritchard, had ...") or to a place beyond those known ("A third officer, PC Mowbray, had ...")
_LEAD_IN_TO_ONE_NAMED = re.compile(r"^\W*we\s+(?:also\s+)?(?:found|decided|concluded)\s+(?:that\s+)?(?:one\s+of\s+the\s+(?:[a-z]+\s+){0,2}[a-z]+s\s*,\s*)?$"
                                   r"|^\W*(?:an?|the)\s+(?:second|third|fourth|fifth|further|other)\s+(?:[a-z]+\s+)?[a-z]+\s*,\s*$", re.I)
_AGREEING_WORD = re.compile(r"\b(?:agreed|accepted|concurred)\b", re.I)
_WE_ALSO_FOUND_THAT = re.compile(r"\W*we\s+also\s+found\s+that\s+", re.I)
_OUR_VIEW_ASIDE = re.compile(r",\s*(?:we\s+(?:also\s+)?(?:found|decided|concluded|considered)|in\s+our\s+(?:view|opinion))\s*,", re.I)
_HE_HAD_A_CASE_AFTER = re.compile(r"[;,]\s*(?:and\s+)?(?:so\s+|therefore\s+)?(?:he|she)\s+(?:also\s+)?had\s+a\s+case\b", re.I)
# an acting rank: "the acting sergeant" is not "the sergeant" where the report has both
_ACTING = re.compile(r"\bacting\s", re.I)
# words that make someone one more beside those counted: "A fourth officer", "another", "who was not one of them"
_BESIDE_THOSE_COUNTED = re.compile(r"\b(?:another|other|others|second|third|fourth|fifth|sixth|also|not\s+one\s+of)\b"
                                   r"|\b(?:too|as\s+well)\s*(?:[.;,]|$)", re.I)  # (not "held his arm too long")
_ONE_BY_A_PRONOUN = re.compile(r"\b(?:he|she)\s+(?:also\s+)?had\s+a\s+case\b", re.I)
_ONE_OF_SEVERAL = re.compile(r"one\s+of\s+the\s+[\w-]+s\b", re.I)
# a plural told apart from the rest of its kind by what follows: "the detective constables who remained"
_QUALIFIED_AFTER = re.compile(r"\s+(?:who|that|still|remaining|left|involved|concerned)\b", re.I)
# a count without its noun earlier in the sentence: "any of the five", "all of the three"
_OF_THE_N_BEFORE = re.compile(r"\b(?:any|all|each|none|both|every\s+one)\s+of\s+the\s+(?P<n>two|three|four|five|six|seven|eight)"
                              r"(?=\s+(?:had|have|has|was|were|is|are|did|could|would|may|might|should)\b)", re.I)
# a number settled for people of one job: "both detention officers", "the two call handlers"
_SETTLED_COUNT = re.compile(r"(?:both|the\s+(?:two|three|four|five|six)|all\s+(?:two|three|four|five|six))\b", re.I)
_OTHER_PERSON_PRONOUN = re.compile(r"\b(?:him|her|them)\b", re.I)
_SUBORDINATE_OPENING = re.compile(r"\W*(?:because|although|though|as|since|given\s+that)\b", re.I)  # (a reason or concession about another)
# "he" or "she": one person by pronoun; and the group's words that say a sentence is about more than that one
_HE_OR_SHE = re.compile(r"\b(?:he|she)\b", re.I)
_THE_GROUP_TOO = re.compile(r"\b(?:both|all|each|they|them|their|as\s+did|colleagues?|other|others|second|two|three|four|five)\b", re.I)
_ORDINAL_OPENING = re.compile(r"the\s+(?:first|second|third|fourth|fifth|sixth)\s", re.I)
# ... or the decision on someone known, by pronoun, in the clause after the one naming them: "..., we accepted its view that
# he had no case to answer"
# (or said plainly after a semicolon: "The second officer took no part in it; she had no case to answer")
_PRONOUN_DECIDED_LATER = re.compile(r"(?:[;,]\s*(?:and\s+)?(?:we|the\s+IOPC)\s+(?:also\s+)?(?:found|decided|concluded|considered|accepted|agreed)\s+"
                                    r"(?:(?:with\s+)?(?:its|their|the\s+force['’]s)\s+view\s+)?(?:that\s+)?|;\s*)(?:he|she)\s+(?:also\s+)?"
                                    r"(?:had\s+(?:a|no)|did\s+not\s+have\s+a)\s+case\b", re.I)
# ("A third, who had resigned, would have been dismissed": the next one counted off, as "the third")
# ("For the first of them, ...", "the second of the two was ...": of the group just talked about)
_BARE_ORDINAL = re.compile(r"(?:\b[Tt]he\s+(?P<the>first|second|third|fourth|fifth|sixth)|(?:^|(?<=[.;]\s))A\s+(?P<a>second|third|fourth|fifth))\b"
                           r"(?=(?:\s+one|\s+of\s+(?:them|these|those|the\s+(?:two|three|four|five|six)))?\s*(?:[,;.]|(?:was|were|had|has|admitted|accepted|received|attended|resigned|retired|left|is|will|would|did|denied)\b))")
# the words a bare decision by place is read from ("The fourth had a case"; see _BARE_ORDINAL_ACTOR)
_ORDINAL_BARE_WORDS = ("second", "third", "fourth", "fifth", "sixth", "other", "remaining", "last")


# a decision about people by their number alone: "In our view both had a case", "We found all three had a case"
_BY_COUNT_ALONE = re.compile(r"\W*(?:In\s+our\s+(?:view|opinion),?\s+|We\s+(?:also\s+)?(?:found|decided|concluded)\s+(?:that\s+)?)?"
                             r"(?:both|all\s+(?:three|four))(?:\s+of\s+them)?\s+had\s+a\s+case\b", re.I)
# our finding opening its sentence: "We found that ...", "Our investigation found that ..."
_WE_FOUND_THAT = re.compile(r"\W*(?:We|Our\s+investigation)\s+(?:also\s+)?found\s+that\b", re.I)

# where a list after a colon moves on to its next person: ", and PC Okafor for ...", "; the sergeant for ..."
_NEXT_LISTED = re.compile(r"(?:,\s*(?:and\s+)?|;\s*(?:and\s+)?|\s+and\s+)(?=(?:the|a|an)\s|(?-i:[A-Z]))", re.I)


def _listed_after_a_colon(sentence: str) -> list[Phrase]:
    """'...: the detention officer in relation to the force she used, and PC Okafor for failing to report the injury':
    the one person each part of the list after the colon opens on (shifted to the sentence)."""
    colon = sentence.find(":")
    if colon < 0:
        return []
    listed = []
    ends = [colon + 1] + [m.end() for m in _NEXT_LISTED.finditer(sentence, colon + 1)]
    starts = [m.start() for m in _NEXT_LISTED.finditer(sentence, colon + 1)] + [len(sentence)]
    for start, end in zip(ends, starts):
        part = sentence[start:end]
        found = find_phrases(part)
        if found and not part[:found[0].start].strip() and found[0].count == 1 and not found[0].plural:
            listed.append(_shifted(found[0], start))
    return listed


# one more person: "It also agreed that ...", "... had a case to answer too"
_ONE_MORE = re.compile(r"\b(?:" + _ALSO_WORDS + r"|further|another|additional)\b", re.I)
# the force agreeing that there was a case, naming nobody: "North Yorkshire Police agreed that there was a case to answer"
_FORCE_AGREED_THERE_WAS = re.compile(_THE_FORCE_WORD + r"\s+(?:also\s+)?(?:agreed|accepted)\s+(?:that\s+)?there\s+(?:was|were)\s+a\s+case\b", re.I)
# the force agreeing about someone it then names: "Sussex Police agreed that the officer in charge ... had a case"
_FORCE_AGREED_BEFORE = re.compile(r"^[\w '’-]{0,60}?" + _THE_FORCE_WORD + r"\s+(?:agreed|accepted)\s+(?:that\s+)?$", re.I)


def _people_counted_beyond(text: str, n: int) -> bool:
    """Whether the text counts more than ``n`` people: "five of its officers", "Four officers were served ..." (not "three
    allegations", "three incidents in which PC Keel ...")."""
    for number in re.finditer(r"\b(?:" + "|".join(word for word, value in NUMBERS.items() if value > n) + r")\b", text, re.I):
        if any(p.plural and p.start <= 20 for p in find_phrases(text[number.end():number.end() + 60])):
            return True
    return False


# people told as witnesses only: "were interviewed as witnesses", "were not under investigation", "Two other constables were
# in the suite and gave statements"
_TOLD_AS_WITNESSES = re.compile(r"\bwitness|\bnot\s+(?:been\s+)?(?:under\s+investigation|investigated)\b|\bgave\s+(?:a\s+)?statements?\b|\bamong\s+those\s+present\b", re.I)


# a result told as of another matter or an earlier time: "for a separate matter", "previously", "had received", "also ...
# in a linked investigation", "in 2021"
_ANOTHER_TIME_OR_MATTER = re.compile(r"\b(?:" + _ANOTHER + r"|linked|previous(?:ly)?|earlier|before|also"
                                     r"|had\s+(?:already\s+|previously\s+)?(?:been|received|got))\b|\bin\s+(?:19|20)\d\d\b", re.I)
# "a witness, PC Varley," straight before the name
_A_WITNESS_NAMED = re.compile(r"\bwitness(?:es)?\s*,?\s*$", re.I)
# "PC Dunne searched the driver and PC Varley ...": the name straight after "and"
_AND_STRAIGHT_BEFORE = re.compile(r"(?:^|[\s,])and\s+$", re.I)
# a place opening a phrase: "the second officer", "the other constable"
_A_PLACE_OPENING = re.compile(r"\s*(?:the|a|an)\s+(" + "|".join(sorted(_ORDINAL_POSITION)) + r"|other)\b", re.I)
# the one named giving a result, not receiving it: "Superintendent Voss found ...", "PC Dorran, who chaired the meeting"
_GIVES_THE_RESULT = re.compile(r"\s*(?:,\s*who\s+)?(?:found|decided|concluded|ruled|chaired|heard|imposed|gave)\b", re.I)


class FirstGiven(NamedTuple):
    """Where the report first gives a surname: the phrase, its sentence's index, and that sentence's text before and
    after the phrase."""
    phrase: Phrase
    index: int
    before: str
    after: str

# the report saying it will call its people by letters: "the constable who decided on the search is referred to here as
# Officer A, and her colleague ... as Officer B"
_CALLED_BY_LETTER = re.compile(r"\b(?:referred\s+to|called|known)\s+(?:here\s+|below\s+|in\s+this\s+(?:summary|report)\s+)?as\s+(?:Officer|PC|DC|DS|Sergeant|Constable)\s+A\b")
# the force taking up our recommendation ("and it accepted our recommendation"): its acceptance, not ours
_FORCE_ACCEPTED_OURS = re.compile(_THE_FORCE_WORD + r"\s+(?:then\s+|later\s+|subsequently\s+)?accepted\s+(?:our|the|this|that)\s+recommendations?\b"
                                  r"|\bwhich\s+(?:the\s+force|it)\s+(?:then\s+|later\s+|subsequently\s+)?accepted\b", re.I)
# the force agreeing with us ("agreed with our findings in relation to the first call handler, but ..."): its agreement about
# someone, not an acceptance of its own view
_FORCE_AGREED_WITH_US = re.compile(_THE_FORCE_WORD + r"\s+(?:also\s+)?agreed\s+with\s+(?:us|our|the\s+IOPC)\b", re.I)
# our recommendation that someone attend or face proceedings: "We recommended that the call handler attend a misconduct
# meeting, and the force agreed to hold one"
_WE_RECOMMENDED_ATTENDING = re.compile(r"\b(?:we|IOPC)\s+(?:then\s+|therefore\s+)?(?:recommended|directed)\s+that\s+(?:the\s+)?[\w\s-]{1,40}?\s+(?:attend|face)\s+(?:a|an)\s+(?:gross\s+)?misconduct\s+(?:meeting|hearing)\b", re.I)


def _deed_words(text: str) -> set[str]:
    """The longer words of a description, to tell two deeds apart ("arrested Mr Brown" and "arrested him" share one)."""
    # (a description may run on into the decision: "pinned the man down had a case to answer for misconduct")
    deed = re.split(r"\b(?:had|has)\s+(?:a|no)\s+case\b", text.lower())[0]
    return {w for w in _content_words(deed) if len(w) > 3 and w not in ("that", "with", "from", "their", "they")}


# a voice other than ours, or a turn, in a sentence of decisions: "but the force considered that ..."
_ANOTHER_VOICE_IN_IT = re.compile(r"\bbut\b|\b(?:force|Police|Constabulary|it)\s+(?:considered|believed|thought|said|agreed|decided|felt)\b", re.I)


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


def _verb_named_in(deed: str, other: str) -> bool:
    """'handcuffed the man' and 'applied the handcuffs': the verb of one is, by its stem, a later word of the other."""
    mine, theirs = (_content_words(_DESCRIPTION_ENDS.split(d, 1)[0]) for d in (deed, other))
    return bool(mine and theirs) and (_stem(mine[0]) in {_stem(w) for w in theirs[1:]} or _stem(theirs[0]) in {_stem(w) for w in mine[1:]})


def _other_deed(deed: str, other: str) -> bool:
    """'handcuffed the man' and 'pushed the man against the wall': another verb, and no word beyond it shared."""
    deed, other = (_DESCRIPTION_ENDS.split(d, 1)[0] for d in (deed, other))
    verbs = [_stem(w) for w in (_content_words(deed)[:1] + _content_words(other)[:1])]
    return len(verbs) == 2 and verbs[0] != verbs[1] and not _same_deed(deed, other)


# a place given with no noun, in apposition to a name, opening its sentence: "For the first, PC Ashdown, the meeting found
# ...", "The second, PC Lowe, ..." (not a lead-in, "In the first, PC Ashdown called", "On the first, ...": the first
# incident or call)
_BARE_PLACE_BEFORE = re.compile(r"^\W*(?:(?:for|against)\s+)?the\s+(first|second|third|fourth)\s*,\s*$", re.I)
# "Neither was under investigation", "None of them was investigated"
_NONE_UNDER_INVESTIGATION = re.compile(r"\b(?:neither|none|nobody|no\s+one)\b[^.]{0,40}\b(?:under\s+investigation|investigated)\b", re.I)
# what a sentence naming people before a decision may say that is not what they did: a negation, a question, their
# report or complaint of others, their own force named apart
_NOT_WHAT_THEY_DID = re.compile(r"\b(?:not|never|no|whether|unclear|reported|complained|said|told|raised|alleged)\b"
                                r"|\b(?:of|from)\s+(?-i:[A-Z][\w-]+\s+)+(?:Police|Constabulary)\b", re.I)


def _beside_its_place(first: FirstGiven) -> Phrase | None:
    """The phrase a surname was first given in apposition to, "the first constable, " before "PC Oduya" (whether it names
    a place is for ``_by_position`` to say), or a bare place, "the first, ", as of the name's own rank; None where the
    surname came first."""
    if (bare := _BARE_PLACE_BEFORE.search(first.before)) and re.match(r"\s*,\s*(?!who\b)", _past_letter(first.phrase, first.after)):
        return replace(first.phrase, text=f"the {bare.group(1).lower()} {first.phrase.head}", label=None)
    return next((ph for ph in find_phrases(first.before) if re.fullmatch(r"\s*,\s*", first.before[ph.end:])), None)


def _told_of(person: Person) -> tuple:
    """Everything told of a person so far, as one value: two people with equal values are not yet told apart."""
    return tuple(sorted(person.facts.items()))


def _those_sent_to_proceedings(pool: list[Person], named: int) -> list[Person]:
    """'All four officers had a case ... Three of the officers attended misconduct meetings ... Misconduct was found proven
    against PC Ashdown and PC Colley': of a group told apart only by some of them going to proceedings (what that tells:
    its kind, its level, that it was held and attended), those who went, where they are at least as many as the names
    (findings are made at proceedings, so the named are among them); [] where anything else tells the members apart (a
    departure, a result, a level of their own)."""
    kinds = {_told_of(p) for p in pool}
    if len(kinds) != 2:
        return []
    fuller, other = sorted(kinds, key=len, reverse=True)
    added = dict(fuller).keys() - dict(other).keys()
    if not set(other) < set(fuller) or not added <= _PROCEEDINGS_FACTS or dict(fuller).get("proceedings") not in FORMAL_PROCEEDINGS:
        return []
    sent = [p for p in pool if _told_of(p) == fuller]
    return sent if named <= len(sent) else []


def _without_a_result(people: Iterable[Person]) -> list[Person]:
    """Those not yet given a finding or a sanction."""
    return [p for p in people if "outcome" not in p.facts and "sanction" not in p.facts]


# "the other two", "the remaining three": the words that call the rest of a counted group
_THE_OTHER_N_WORDS = re.compile(r"the\s+(?:other|remaining)\s+(?:two|three|four|five|six|seven|eight)\b", re.I)


class AppliesDecisions:
    """How a decision's sentence changes who is known: new groups, their grades and sizes, splits, and the letters,
    ranks and names bound to people."""

    def _told_by_the_other_pronoun(self, phrase: Phrase, pronoun: str, index: int) -> bool:
        """Whether a sentence before ``index`` tells of the one ``phrase`` names, naming nobody else, with the other
        pronoun first ("The sergeant told us he had ...", of "she")."""
        name = (phrase.label or phrase.text).lower()
        other = "he" if pronoun == "she" else "she"
        for earlier in self.sentences[:index]:
            if name in earlier.text.lower() and len(find_phrases(earlier.text)) == 1 \
                    and (first := _HE_OR_SHE.search(earlier.text)) and first.group(0).lower() == other:
                return True
        return False

    def _read_decisions(self) -> None:
        self.decisions = [find_decisions(s.text) for s in self.sentences]
        for i, decided in enumerate(self.decisions):
            # ("Three allegations were made about PC Ferris ... We decided that the other two had a case": no more people
            # were counted before, so the two are allegations, and the sentence decides on no one)
            self.decisions[i] = [d for d in decided if not d.rest_of_counted
                                 or any(_people_counted_beyond(s.text, d.phrases[0].count or 0) for s in self.sentences[:i])]
            # ("PC Harland told us he ... We found that PC Harland had followed PS Quill's instructions, and that she had a
            # case": not PC Harland, but whoever "she" means, as a bare "she had a case" is read)
            self.decisions[i] = [replace(d, phrases=[], implicit=True, singular=True, by_pronoun=None)
                                 if d.by_pronoun and self._told_by_the_other_pronoun(d.phrases[0], d.by_pronoun, i) else d
                                 for d in self.decisions[i]]
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
            if i and len(self.decisions[i]) == 1 and not self.decisions[i - 1] \
                    and (them := self._the_counted_group_them_means(self.decisions[i][0], i)) is not None:
                # "The remaining two had not posted anything. Each of them had a case to answer for misconduct": "them" is
                # the counted group the sentence before opened on, and is read as if named
                self.decisions[i] = [replace(self.decisions[i][0], phrases=[them])]
        if not any(not _PANEL_VOICE.search(s.text) for d, s in zip(self.decisions, self.sentences) if d):
            # no decision but a panel's: the older wording, where an "indication" was the decision
            indications = [find_indications(s.text) for s in self.sentences]
            if any(indications):
                self.decisions = [a + b for a, b in zip(indications, self.decisions)]

    def _the_counted_group_them_means(self, decision: Decision, index: int) -> Phrase | None:
        """Where ``decision`` (in sentence ``index``) is about "each of them", "both of them" or "all of them" alone, and
        the sentence before, deciding nothing, opens on a counted group as its subject ("The remaining two had ...", "The
        other three officers were ..."): the decision's phrase, counted and described as that group; else None."""
        if len(decision.phrases) != 1:
            return None
        own = decision.phrases[0]
        text = self.sentences[index].text
        if not _EACH_OF_THEM.fullmatch(own.text) or not _OPENS_ON_ITS_SUBJECT.match(_IN_OUR_VIEW_LEAD.sub("", text[:own.start])):
            return None
        before = self.sentences[index - 1].text
        if rest := _THE_REST_COUNTED_OPENING.match(before):
            # ("The remaining two had ...": a count with no noun, of the rest; of the kind of people last counted before it,
            # "five members of police staff", else officers)
            counted = next((p for t in reversed(self.sentences[:index - 1]) for p in reversed(find_phrases(t.text))
                            if p.plural and (p.count or 0) > 1 and p.role in ("officer", "staff")), None)
            role = counted.role if counted else "officer"
            head, count, other = (counted.head if counted else "officer"), number_of(rest.group("n")), True
        elif (first := find_phrases(before)[:1]) and _OPENS_ON_ITS_SUBJECT.match(before[:first[0].start]) \
                and first[0].plural and first[0].definite and (first[0].count or 0) > 1 and first[0].label is None:
            head, role, count, other = first[0].head, first[0].role, first[0].count, first[0].other
        else:
            return None
        if own.text.lower().startswith("both") and count != 2:
            return None
        return replace(own, head=head, role=role, count=count, other=other)

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

    def _the_two_described_before(self, index: int) -> list[Phrase]:
        """Whom a bare "both had a case" means with nobody known yet: the two people the sentences before describe one by
        one ("The first call handler did not ... The second call handler graded ..."), or two of one post told apart in
        one sentence ("the sergeant on the night shift left ..., and that the sergeant who took over did not ..."), or,
        where neither is found, the two our findings described further back ("Our investigation found that the
        constable had ... We also found that a member of police staff had ... [the charge and the court case] ... We
        concluded that both had a case"); [] otherwise."""
        if len(near := self._described_just_before(index)) == 2:
            return near
        if len(same_post := self._same_post_twice_just_before(index)) == 2:
            return same_post
        if not same_post and len(further := self._described_just_before(index, reach=6)) == 2:
            return further
        return self._two_named_clause_subjects_just_before(index)

    def _framed_with_a_case(self, index: int) -> list[Group]:
        """'For the detention officer, the force agreed there was a case to answer ...': the one known person with a case
        the sentence is framed by; [] where it opens otherwise."""
        sentence = self.sentences[index].text
        first = find_phrases(sentence)[:1]
        if not first or not _LEAD_IN_TO_THE_ONE.match(sentence[:first[0].start]) or not re.match(r"\s*,", sentence[first[0].end:]):
            return []
        framed = [g for g in self._matching_groups(first[0]) if g.case]
        return framed if len(framed) == 1 else []

    def _pointed_with_a_case(self, index: int) -> list[Group]:
        """The groups of those just talked about that were decided on, with a case, before sentence ``index``."""
        return [g for g in self._groups_of(self.pointer) if g.case and 0 <= g.decided_at < index]

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
            # (a number is settled by "both", "the two", or by counting those investigated: "We interviewed the custody
            # sergeant and two detention officers under misconduct caution")
            def settled(q: Phrase, text: str) -> bool:
                # (not for "the remaining constables": fewer than all those investigated; and only those the sentence's
                # interview or notices were for, not "Six detention officers worked that weekend, and we served notices on
                # two of them")
                return bool(q.count and q.count > 1 and (_SETTLED_COUNT.match(q.text) or not phrase.other and _INVESTIGATED.search(text)
                                                         and not re.search(r"\b(?:one|two|three|four|five|six)\s+of\s+them\b", text[q.end:], re.I)))
            for sentence in reversed(self.sentences[max(0, index - 2):index]):
                same = [q for q in find_phrases(sentence.text) if q.head == phrase.head and q.plural]
                if same:
                    if settled(same[-1], sentence.text):
                        return same[-1].count
                    if same[-1].count is not None or not same[-1].definite or _QUALIFIED_AFTER.match(sentence.text, same[-1].end):
                        break
                    # ("The detective constables had signed the drugs out ...", uncounted: their number is still the one
                    # given further back)
            else:
                # ("interviewed the sergeant and both constables ... no indication that any of the three officers ... Each
                # of the constables had a case": the constables' own settled number, further back, not the officers' count)
                counts = [q.count for sentence in self.sentences[:max(0, index - 2)] for q in find_phrases(sentence.text)
                          if q.head == phrase.head and q.plural and settled(q, sentence.text)]
                if counts:
                    return counts[-1]
        of_them = bool(_OF_THEM.fullmatch(phrase.text))
        if of_them and (same := _OF_THE_N_BEFORE.search(self.sentences[index].text, 0, max(0, phrase.start))) \
                and self.total == number_of(same.group("n")) and not find_phrases(self.sentences[index].text[same.end():phrase.start]):
            # ("We found no evidence that any of the five had committed an offence, and we concluded that each of them had
            # a case": the five the sentence just counted, as many as were served, with nobody named between)
            return number_of(same.group("n"))
        nearby = self.sentences[max(0, index - 3):index + 1] if of_them else []
        if nearby and not any(_CONTEXT_COUNT.search(s.text) for s in nearby):
            # "The last two to check on the man were interviewed ... each of them had a case": a group counted without a
            # noun, in this sentence or the three before, where no officers are counted there
            for sentence in reversed(nearby):
                counted = list(_COUNT_WITHOUT_NOUN.finditer(sentence.text))
                if counted:
                    return number_of(counted[-1].group("n"))
        # "the officers": look for their number nearby ("both officers", "two ... officers"), or a
        # list of the people just named ("the police constable and sergeant")
        best: tuple[float, int] | None = None
        for j, sentence in enumerate(self.sentences):
            counts = [number_of(m.group("n")) for m in _CONTEXT_COUNT.finditer(sentence.text)]
            if j <= index:
                listed = _enumeration(sentence.text)
                counts += [listed] if listed else []
            for count in counts:
                distance = abs(j - index) + (0 if j >= index else 0.5)
                if best is None or distance < best[0]:
                    best = (distance, count)
        return best[1] if best else None

    def _counted_with_a_case_just_before(self, index: int) -> Group | None:
        """The group of several officers counted with a case at a level in the four sentences before ``index``, with someone
        in it not yet named; None otherwise."""
        counted = [g for g in self.groups if g.grade in ("misconduct", "gross_misconduct") and g.plural and g.members
                   and g.head in GENERIC_HEADS and not g.label and index - 4 <= g.decided_at < index
                   and any(not p.named and not p.split for p in g.members)]
        return counted[-1] if len(counted) == 1 else None

    def _one_of_everyone_counted(self, phrase: Phrase, decision: Decision, counted: Group, index: int) -> bool:
        """'... decided that all three officers had a case to answer for gross misconduct. For the sergeant, our finding was
        that he would have had a case ...': someone by a rank no one is known by yet, at the level just ``counted``, when
        those counted are everyone the report investigated."""
        if decision.grade != counted.grade or not phrase.definite or phrase.label \
                or phrase.head in GENERIC_HEADS or self._matching_groups(phrase) \
                or self.total is None or self.total != sum(len(g.members) for g in self.groups):
            return False
        # (one the roster of those investigated lists after its count: "interviewed three officers under misconduct
        # notices: two constables ..., and a sergeant"; not "served notices on a sergeant and interviewed three officers")
        rank = re.compile(r":[^.]*\b" + re.escape(phrase.head) + r"s?\b", re.I)
        return any((total := _TOTAL_PARTS.search(s.text, s.text.lower())) and rank.search(s.text, total.end())
                   for s in self.sentences[:index])

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
                          and not (g.head in GENERIC_HEADS and phrase.role == "staff" and g.introduced_at == 0)
                          # (nor people a decision called officers by a word of its own: "The sergeant who booked him in and
                          # the sergeant on the night shift ... and neither had a case ... the detention officer had a case")
                          and not (g.head in GENERIC_HEADS and phrase.role == "staff" and g.role == "officer" and g.called in ("both", "neither", "each"))]
            # "the detective constable" is the detective constable, not also the police constable, where both are known
            candidates = [g for g in candidates if g.head == phrase.head] or candidates
            # "the inspector" is never "the chief inspector": a rank of its own
            candidates = [g for g in candidates if _chief_rank(g.head) == _chief_rank(phrase.head)]
            if re.match(r"(?:the\s+)?(?:police\s+constable|PC)\b", phrase.text, re.I):
                # "the police constable" (or "PC"), set against "the DC": never the detective constable
                candidates = [g for g in candidates if not g.head.startswith("detective ")]
            if re.match(r"(?:the\s+)?(?:student|probationer|probationary|trainee)\s+(?:police\s+)?constable\b", phrase.text, re.I):
                # "the trainee constable" is never the constable the report called plainly so ("a police constable and a
                # trainee constable")
                candidates = [g for g in candidates if g.head in GENERIC_HEADS or re.search(r"\b(?:student|probation\w*|trainee)\b", g.called, re.I)]
            elif {bool(_ACTING.search(g.called)) for g in candidates} == {True, False}:
                # "the acting sergeant" and "the sergeant", where the report has one of each: told apart by "acting"
                acting = bool(_ACTING.search(phrase.text))
                candidates = [g for g in candidates if bool(_ACTING.search(g.called)) == acting]
            elif phrase.head.startswith("detective "):
                # and "the detective constable" is never one the report introduced as a police constable, nor the one a
                # roster listing both told apart as the plain constable ("a constable ... and a detective constable")
                plain = phrase.head.split(" ", 1)[1]
                candidates = [g for g in candidates if not re.search(r"\bpolice\s+constable|\bPC\b", g.called, re.I)
                              and not (g.head == plain and g.introduced_at >= 0 and phrase.head in self._roster_at(g.introduced_at))]
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
                # "the constable" of "two officers" (never a member of staff: "the enquiry officer, a member of police staff")
                candidates = [g for g in self.groups if g.head in GENERIC_HEADS and g.role != "staff"]
                if re.match(r"(?:the\s+)?(?:student|probationer|probationary|trainee)\s+(?:police\s+)?constable\b", phrase.text, re.I):
                    # "the student constable" is someone of its own, never "the officer who struck the boy": a
                    # qualified rank does not fall back on an officer the report described otherwise
                    candidates = [g for g in candidates if not g.described_as]
            if not candidates and loose and phrase.definite and not phrase.plural and phrase.count in (None, 1) and phrase.role == "officer":
                # ("The first officer, a constable, ... The second officer, an acting sergeant, ... We found both had a case
                # ... The acting sergeant retired": of the plain officers, the one the account placed with that rank)
                generic = [g for g in self.groups if g.head in GENERIC_HEADS and g.case and not g.label and len(g.members) > 1]
                if len(generic) == 1 and self._placed_by_an_earlier_apposition(phrase, generic) is not None:
                    candidates = generic
            if not candidates and phrase.head.startswith("officer "):
                # "the officer in charge", of the one officer the report has called only "the officer"
                generic = [g for g in self.groups if g.head in GENERIC_HEADS]
                candidates = generic if len(generic) == 1 and len(generic[0].members) == 1 else []
            if not candidates and loose and phrase.definite and phrase.role == "officer":
                # "the custody sergeant", when the one officer known was introduced as "the custody sergeant officer"
                same = [g for g in self.groups if g.role == "officer"]
                plain = [g for g in same if g.head in GENERIC_HEADS and len(g.members) == 1 and not g.label]
                if len(plain) == 1 and self._listed_beside_a_plain_officer(phrase.head, plain[0].decided_at):
                    return []
                candidates = same if len(same) == 1 and len(same[0].members) == 1 and not (
                    _other_rank(same[0].head, phrase.head) and not self._rank_changes) else []
                if not candidates and len(plain) == 1 and not phrase.plural and self._rank_named_at_decision(phrase.head, plain[0]):
                    # "the inspector ... We found he had a case" (kept as "the officer"), then "a hearing for the
                    # inspector": the one plain officer, whose rank the decision named or its sentence before opened with
                    candidates = plain
        return candidates

    def _listed_beside_a_plain_officer(self, head: str, decided_at: int) -> bool:
        """'We interviewed the officer and the sergeant under misconduct caution': before the decision on the one known
        only as "the officer", the report listed one of this rank beside a plain "the officer" as two people, so "the
        sergeant" is never that one. (Not a list of those heard later: "evidence from the officer, the custody sergeant
        and an expert", where the sergeant is a witness.)"""
        for sentence in self.sentences[:max(decided_at, 0)]:
            found = [p for p in find_phrases(sentence.text) if p.count == 1 and not p.plural and not p.label]
            for first, second in zip(found, found[1:]):
                if {first.head in GENERIC_HEADS, second.head in GENERIC_HEADS} == {True, False} \
                        and head in (first.head, second.head) and _JOINED_BY_AND.fullmatch(sentence.text[first.end:second.start]):
                    return True
        return False

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
            if len(exact := [i for i in same if listed[i] == phrase.head]) == 1:
                same = exact  # ("a constable ... and a detective constable ... the constable": the one listed as just that)
            ordinal = _ORDINAL_OPENING.match(phrase.text)
            if ordinal:
                # ("a sergeant and two constables ... the first constable": the first of them as listed; "the second
                # constable", where the list gave only one, is someone beyond it)
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
        # (our finding just before, one "that" clause per person, says whom "both" means before any list of those served)
        return self._ranks_found_just_before(at) or next((ranks for s in reversed(self.sentences[max(0, at - 6):at]) for clause in _CLAUSES_OF_A_LIST.split(s.text)
                     if not _WITNESS_CLAUSE.match(clause) and (_INVESTIGATED.search(clause) or _ROSTER_AFTER_COUNT.search(clause))
                     and (ranks := _listed_one_by_one(clause))), []) \
            or _listed_one_by_one(decided[:_first_case_word(decided)]) \
            or self._ranks_told_before(at) \
            or self._the_one_list_counting_them(at)

    def _the_one_list_counting_them(self, at: int) -> list[str]:
        """'On 21 August three constables and a sergeant went to a flat ... We found that all four officers had a case':
        where a decision refers back to a counted group of officers and no roster is near it, the one list of ranks the
        report gave before it that counts as many people; [] where none does, or lists of that size differ."""
        referred = _THE_GROUP_OF_OFFICERS.search(self.sentences[at].text)
        counted = find_phrases(referred.group(0)) if referred else []
        if not counted or not counted[0].count or counted[0].count < 3:
            return []  # (not "both officers": a pair of ranks told in passing, "A sergeant and an inspector were on duty", is common)
        lists = {tuple(ranks) for s in self.sentences[:at] for clause in _CLAUSES_OF_A_LIST.split(s.text)
                 if not _WITNESS_CLAUSE.match(clause) and len(ranks := _listed_one_by_one(clause)) == counted[0].count}
        return list(lists.pop()) if len(lists) == 1 else []

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

    def _ranks_found_just_before(self, at: int) -> list[str]:
        """'We found that the custody sergeant had authorised the search ..., and that the arresting constable made no
        attempt ... In our view both had a case': the ranks of the people our finding just before told of, each the subject
        of its own "that" clause, one person per rank; [] where it names anyone else or by a plain noun."""
        if at == 0 or not _BY_COUNT_ALONE.match(self.sentences[at].text):
            return []
        before = self.sentences[at - 1].text
        if not _WE_FOUND_THAT.match(before):
            return []
        phrases = find_phrases(before)
        subjects = [p for p in phrases if re.search(r"\bthat\s+$", before[:p.start])]
        if len(subjects) < 2 or len(subjects) != len(phrases) or any(p.plural or p.count != 1 or p.head in GENERIC_HEADS or p.label or not p.definite for p in subjects):
            return []
        ranks = [p.head for p in subjects]
        return ranks if len(set(ranks)) == len(ranks) else []

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

    def _named_before_with_the_next_counted(self, names: list[str], group: Group) -> bool:
        """'Two constables, PC Rendle and PC Voss, had taken the photographs. A third constable forwarded one ... the three
        constables had a case': these surnames, first given together before the group's decision in an account that then
        counts on to one more of their rank ("A third constable"), as many as make up the group, are all of it but the one
        counted on (not witnesses, nor names given apart)."""
        first = {n: self._surnames()[n] for n in names}
        places = {f.index for f in first.values()}
        if len(places) != 1 or (at := min(places)) >= group.decided_at or len(names) + 1 != len(group.members) \
                or any(f.phrase.head != group.head for f in first.values()) or group.described_as \
                or any(_TOLD_AS_WITNESSES.search(s.text) or _NONE_UNDER_INVESTIGATION.search(s.text) for s in self.sentences[at:at + 2]):
            return False
        # (the names' sentence tells what they did, plainly: not a negation, a question, a report or complaint of theirs, nor
        # people of a force named apart: "PC Rendle and PC Voss did not take part", "It was not clear whether PC Rendle
        # ...", "reported their concerns", "PC Rendle and PC Voss of Essex Police")
        if _NOT_WHAT_THEY_DID.search(self.sentences[at].text):
            return False
        ordinal = next((w for w, n in _ORDINAL_POSITION.items() if n == len(names) + 1), None)
        if ordinal is None:
            return False  # (more people than the places the reports give)
        counted_on = re.compile(r"\b(?:a|the)\s+" + ordinal + r"\s+" + re.escape(group.head) + r"\b", re.I)
        return any(counted_on.search(s.text) for s in self.sentences[at:at + 2])

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
        # ("For PC Fairclough, the panel found ...", "Against PC Fenwick, ...": a sentence framed by the name, whatever
        # follows its comma)
        return all((not re.match(r"\s*(?:\(|,\s+(?:the|a|an|another)\b)", after[n])
                    or re.match(r"\s*,\s+(?:a|an)\s+(?:police\s+)?" + re.escape(group.head) + r"\b", after[n], re.I) is not None
                    or re.fullmatch(r"\W*(?:" + _FRAMED_BY + r"|against)\s+", first[n].before, re.I) is not None)
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
        only a departure or a part in events; or tells their accelerated hearing, the next sentence its finding by
        pronoun ("PC Denholm faced an accelerated misconduct hearing. The chair found gross misconduct proven and he was
        dismissed")."""
        at = self._surnames()[name].index
        facts = facts_in(self.sentences[at].text)
        if "outcome" in facts or "sanction" in facts:
            return True
        after = self.sentences[at + 1].text if at + 1 < len(self.sentences) else ""
        told_next = facts_in(after)
        return facts.get("proceedings") == "accelerated_hearing" and "left" not in facts \
            and ("outcome" in told_next or "sanction" in told_next) and not find_phrases(after) and bool(_HE_OR_SHE.search(after))

    def _names_give_the_level(self, names: list[str], grade: str) -> bool:
        """Whether the sentences first giving these surnames tell proceedings or results of ``grade``'s level only, at least
        one of them ("PC Lyle and PC Fenwick were dismissed": gross misconduct's; a written warning tells neither)."""
        told = set()
        for name in names:
            facts = facts_in(self.sentences[self._surnames()[name].index].text)
            level = facts.get("level") or ("gross_misconduct" if facts.get("sanction") in DISMISSALS
                                           or facts.get("outcome") == "gross_misconduct_proven" else None)
            if level:
                told.add(level)
        return told == {grade}

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
        # (and a level given by name where the group's was left unsaid: "Two GMP officers have a case to answer ... We decided
        # that PC Ormerod had a case to answer for gross misconduct. PC Lyle had a case to answer for misconduct")
        # (an aside about them is no more people: "PC Ormerod, who was the more experienced of the two, had ...")
        def said(index: int) -> str:
            return _RELATIVE_CLAUSE.sub(",", self.sentences[index].text)
        return any(phrase.label == name and not (decision.positive and (decision.grade in (group.grade, "unknown") or group.grade == "unknown")
                                                 and not _MORE_PEOPLE.search(said(index))
                                                 and not _SAID_OF_MORE.search(said(index)))
                   and not (not decision.positive and index > group.decided_at >= 0 and group.case
                            and _NOT_AGREEING.search(self.sentences[index].text))
                   for index, decisions in enumerate(self.decisions) if index != group.introduced_at
                   for decision in decisions for phrase in decision.phrases)

    def _decided_apart_when_made(self, name: str, group: Group) -> bool:
        """'we found that the constable had a case to answer for gross misconduct, and that PC Marsh had a case to answer
        for misconduct': the surname decided on in the sentence that made the group, by a decision of its own, is someone
        else than the unnamed one."""
        if group.introduced_at < 0 or group.label or (first := self._surnames().get(name)) is None:
            return False
        # (only where the report told of someone of that rank, unnamed, before first giving the name: "a BTP constable
        # took the photographs ... One of the recipients, PC Marsh, replied"; not "PC Marsh fired his Taser ... the
        # constable had a case for firing it, and PC Marsh had a case for his account", one officer)
        told = [sentence.text for sentence in self.sentences[:first.index]] + [first.before]
        unnamed_before = any(not ph.label and (ph.head == group.head or ph.head.endswith(" " + group.head))
                             for text in told for ph in find_phrases(text))
        return unnamed_before and any(any(ph.label == name for ph in decision.phrases)
                                      and not any(ph.text.lower() == group.called for ph in decision.phrases)
                                      for decision in self.decisions[group.introduced_at])

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
            if not same_rank and len(posts := [g for g in self.groups if _a_post_of_the_rank(phrase.head).fullmatch(g.head)]) == 1 \
                    and posts[0] in unnamed and len(posts[0].members) == 1 \
                    and not any(g.head == phrase.head for g in self.groups) and self._first_given_with_own_proceedings(phrase.label):
                # "the custody sergeant had a case ... Sergeant Colley attended a misconduct meeting": the one sergeant the
                # report names by post (not a rank of its own: "the detective sergeant", "the chief inspector")
                same_rank = posts
            rank_names = [n for n, first in surnames.items() if first.phrase.head == phrase.head]
            if not same_rank and rank_names == [phrase.label] and not any(g.head == phrase.head for g in self.groups):
                # "We interviewed the sergeant and the constable ... both officers had a case ... Sergeant Pell": the one
                # the roster called the sergeant
                same_rank = self._bind_rank(phrase)
            if len(same_rank) == 1 and rank_names == [phrase.label] and not self._decided_by_name(phrase.label, same_rank[0]) \
                    and not self._decided_apart_when_made(phrase.label, same_rank[0]) \
                    and not _ANOTHER_OF_THE_RANK.match(surnames[phrase.label].after):
                same_rank[0].label = phrase.label
                return same_rank
        plain = [g for g in unnamed if g.head in GENERIC_HEADS and len(g.members) == 1]
        officer_names = [n for n, first in surnames.items() if first.phrase.role == phrase.role]
        first = surnames.get(phrase.label)
        first_told = self.sentences[first.index].text if first else ""
        if plain == unnamed and len(plain) == 1 and len(self.groups) == 1 and officer_names == [phrase.label] \
                and (re.search(r"(?:^\W*|\bthat\s+)the\s+(?:police\s+)?officer\s*,\s*$", first.before, re.I)
                     and len(find_phrases(first_told)) == 2
                     # (or the one person the report names at all, first as the subject of what they did: "PC Tarrant
                     # stayed at the flat ... We decided the officer had a case ... which PC Tarrant attended")
                     or len(self.groups[0].members) == 1 and not first.before.strip() and len(find_phrases(first_told)) == 1
                     # (decided on as plain "the officer": not "the officer who then restrained him", "another officer")
                     and re.fullmatch(r"the\s+(?:police\s+)?officer", plain[0].called) and not plain[0].described_as
                     and first.index < plain[0].decided_at and not re.search(r"\bwitness|\bnot\s+under\s+investigation\b", first_told, re.I)
                     and self.total in (None, 1)):
            # "the officer, PC Dalby, had searched ... we decided the officer had a case ... PC Dalby resigned": the one
            # person with a case, whom the report named in apposition to "the officer" and named nobody else
            plain[0].label = phrase.label
            return plain
        if self._named_first_at_their_result(phrase, unnamed, officer_names, first) or self._the_last_name_left(phrase, unnamed, officer_names):
            unnamed[0].label = phrase.label
            return unnamed
        if placed := self._placed_by_ordinal(phrase.label):
            decided_at = self.groups[placed[phrase.label].group].decided_at
            for name, person in placed.items():
                self._regroup([person], decided_at).label = name
                person.named = True
            return [g for g in self.groups if g.label == phrase.label]
        families: dict[tuple[int, str], list[Person]] = {}
        for g in unnamed:
            if g.head in GENERIC_HEADS or g.head == phrase.head:
                families.setdefault((g.introduced_at, g.head), []).extend(p for p in g.members if not p.named)
        pools = [(head, sorted(people, key=lambda p: p.seq)) for (_, head), people in families.items() if len(people) > 1]
        # the surnames that could be theirs: those of one rank (for plain "officers", whichever rank the names share)
        # (less those already someone's: "One of them, PC Arkwright, retired ... PC Ellery, PC Tansley and PC Royce attended")
        taken = {g.label for g in self.groups if g.label}

        def names_for(head: str) -> list[str]:
            return [n for n, first in surnames.items() if first.phrase.role == phrase.role
                    and (head in GENERIC_HEADS or first.phrase.head == head) and n not in taken]
        if len(pools) > 1:
            # ("three of the officers had a case for gross misconduct. The remaining two had a case for misconduct ... PC Lyle
            # and PC Fenwick were dismissed. The third officer, PC Okafor, had resigned": groups decided on in turn, the
            # names those of the one group of exactly as many, each first given with no other level's proceedings)
            pools = [(head, pool) for head, pool in pools if len(names_for(head)) == len(pool) and len({p.group for p in pool}) == 1
                     and self._names_give_the_level(names_for(head), self.groups[pool[0].group].grade)]
        if len(pools) != 1:
            return []
        head, pool = pools[0]
        group = self.groups[pool[0].group]
        names = names_for(head)
        # (names first given after the decision, fewer than the group, name some of its members; nothing yet tells
        # those apart, so which ones does not matter. One name alone only in a sentence about that person alone, so
        # "proven against all four, and PC Ashdown was dismissed" keeps all four; "the other three" are then the rest)
        named_so = self._named_together_after(names, group) or self._named_before_with_the_next_counted(names, group)
        fewer = 1 <= len(names) < len(pool) and len({p.group for p in pool}) == 1 and named_so \
            and (len(names) > 1 or self._named_alone_with_facts(names[0]))
        serving = [p for p in pool if p.facts.get("left") not in DEPARTED]
        if len(names) == len(serving) < len(pool) and len({_told_of(p) for p in serving}) == 1 \
                and named_so \
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
        if len({_told_of(p) for p in pool}) > 1:
            pool = _those_sent_to_proceedings(pool, len(names)) if fewer else []
            if not pool or not all(facts_in(self.sentences[surnames[n].index].text).get("outcome") in FINDINGS for n in names):
                return []  # ("one of them resigned", already told apart: the order of names need not follow)
        # all at once: the order binds each of them, and a member once taken out would shrink the group for the next
        for name, person in zip(names, pool):
            self._regroup([person], group.decided_at).label = name
            person.named = True  # (told apart from the rest of the group by name)
        return [g for g in self.groups if g.label == phrase.label]

    def _the_last_name_left(self, phrase: Phrase, unnamed: list[Group], officer_names: list[str]) -> bool:
        """'The second officer, PC Rilke, ... both officers had a case ... the force accepted that PC Okafor had a case ...
        The allegations against PC Rilke were found not proven': the one surname of its rank nobody has yet, for the one
        person with a case still unnamed (what is left of a group decided on together), where the report names exactly as
        many of that one rank as have a case. The name must be given as one of them (joined by "and" to a bound name, or
        beside their place) or first with this case's result; never a witness's."""
        surnames = self._surnames()
        if len(officer_names) < 2 or len(unnamed) != 1 or len(unnamed[0].members) != 1 or not unnamed[0].plural \
                or not (unnamed[0].head in GENERIC_HEADS or unnamed[0].head == phrase.head) \
                or len({surnames[n].phrase.head for n in officer_names}) > 1:
            return False
        taken = {g.label for g in self.groups if g.label}
        with_case = sum(len(g.members) for g in self.groups if g.case and g.role == phrase.role)
        if [n for n in officer_names if n not in taken] != [phrase.label] or with_case != len(officer_names) \
                or self._decided_by_name(phrase.label, unnamed[0]) or self._told_as_a_witness(phrase.label):
            return False
        first = surnames[phrase.label]
        if first.index >= unnamed[0].decided_at:
            return self._first_given_with_its_result(first)
        return self._named_together_with_a_bound_name(first, taken) or self._in_apposition_to_a_place_among(first, len(officer_names))

    def _named_together_with_a_bound_name(self, first: FirstGiven, taken: set[str]) -> bool:
        """'PC Dunne searched the driver and PC Varley handcuffed him', 'PC Dunne and PC Varley ...': the surname first given
        joined by "and" to one already someone's, with nobody named between (not "PC Dunne and another officer restrained
        him while PC Varley spoke to his mother")."""
        text = self.sentences[first.index].text
        found = find_phrases(text)
        at = next((i for i, ph in enumerate(found) if ph.label == first.phrase.label), None)
        if at is None or at == 0:  # (unnamed, or first in its sentence)
            return False
        before = found[at - 1]
        return before.label in taken and bool(_AND_STRAIGHT_BEFORE.search(text, before.end, found[at].start))

    @staticmethod
    def _in_apposition_to_a_place_among(first: FirstGiven, size: int) -> bool:
        """'The second officer, PC Rilke, ...': the surname first given beside a place within the group's size (not "The
        third constable, PC Cole, called for an ambulance" beside two with a case)."""
        place = _beside_its_place(first)
        ordinal = place and _A_PLACE_OPENING.match(place.text)
        if not ordinal:
            return False
        word = ordinal.group(1).lower()
        # ("The other officer, PC Rilke,": the other of two only)
        return _ORDINAL_POSITION[word] <= size if word in _ORDINAL_POSITION else size == 2

    def _told_as_a_witness(self, name: str) -> bool:
        """Whether a clause naming the surname tells of a witness or of someone not investigated ("PC Varley was a witness
        and was not investigated", "A witness, PC Varley, said ..."), in any sentence that names them."""
        named = re.compile(r"\b" + re.escape(name) + r"\b")
        for sentence in self.sentences:
            if not named.search(sentence.text):
                continue
            found = find_phrases(sentence.text)
            for at, ph in enumerate(found):
                if ph.label != name:
                    continue
                # (what follows the name up to the next person, or "a witness, PC Varley," just before it)
                after = sentence.text[ph.end:found[at + 1].start if at + 1 < len(found) else len(sentence.text)]
                if _TOLD_AS_WITNESSES.search(re.split(r"[;:]", after)[0]) or _A_WITNESS_NAMED.search(sentence.text, 0, ph.start):
                    return True
        return False

    def _named_first_at_their_result(self, phrase: Phrase, unnamed: list[Group], officer_names: list[str], first: FirstGiven | None) -> bool:
        """'We found that the officer who used the Taser had a case ... The chair found misconduct proven and gave PC Dorran
        a written warning': whether ``phrase``'s surname, the only one the report gives anyone of its role, is first given
        after the decisions, in a sentence of that one person alone telling this case's finding or formal sanction, while
        exactly one person, as yet unnamed, has a case at all. Not a result from another matter or an earlier time, told
        as such ("for a separate matter", "previously", "had received", "also ... in a linked investigation"), nor the
        one who gave it ("Superintendent Voss found ...")."""
        if first is None or officer_names != [phrase.label] or len(unnamed) != 1 or len(unnamed[0].members) != 1:
            return False
        if any(g.case for g in self.groups if g is not unnamed[0]) or first.index <= max(g.decided_at for g in self.groups):
            return False
        return self._first_given_with_its_result(first) and not self._decided_by_name(phrase.label, unnamed[0])

    def _first_given_with_its_result(self, first: FirstGiven) -> bool:
        """Whether a surname is first given in a sentence of that one person alone telling this case's finding or formal
        sanction: not a result from another matter or an earlier time, told as such ("for a separate matter",
        "previously", "had received", "also ... in a linked investigation"), nor the one who gave it ("Superintendent
        Voss found ...")."""
        told = self.sentences[first.index].text
        if _ANOTHER_TIME_OR_MATTER.search(told) or _GIVES_THE_RESULT.match(_past_letter(first.phrase, first.after)):
            return False
        facts = facts_in(told)
        # (not a departure, "PC Quayle was dismissed in 2023 after a separate hearing": someone gone over another matter)
        return (facts.get("outcome") in FINDINGS or facts.get("sanction") in FORMAL_SANCTIONS) and "left" not in facts \
            and len(find_phrases(told)) == 1

    def _counted_then_named_before(self, index: int, count: int) -> list[Phrase]:
        """The people the nearest of the six sentences before ``index`` counts and then names one by one in apposition,
        as many as ``count`` ("Those three, PC Dray, PC Lennox and a sergeant, were interviewed ..."); [] where none does,
        or a sentence between names anyone serving but those same people counted again ("The three officers then ...")."""
        for at in range(index - 1, max(-1, index - 7), -1):
            text = self.sentences[at].text
            found = find_phrases(text)
            if (opening := _COUNT_IN_APPOSITION.match(text)) and NUMBERS.get(opening.group("n").lower()) == count \
                    or any(p.plural and p.count == count and _COUNT_THEN_ITS_LIST.match(text, p.end) for p in found):
                # (or the count, then a colon and its people: "We investigated three officers: PC Lamb, PC Orton and PS Kaye")
                return self._described_just_before(at + 1, reach=1)
            if any(p.role in ("officer", "staff", "special") and not (p.plural and p.count == count) for p in found):
                return []
        return []

    def _first_given_with_own_proceedings(self, name: str) -> bool:
        """Whether the sentence first giving a surname opens on it, straight before its verb, and tells that person's
        proceedings or their result ("Sergeant Colley attended a misconduct meeting in August 2023"): not someone first
        given with a deed or post of their own ("Sergeant Colley, who had arrested the man, ...", "A response sergeant,
        Sergeant Colley, ..."), nor a question still open ("has yet to decide whether Sergeant Colley ...")."""
        first = self._surnames()[name]
        return not first.before.strip(" \t\"'“‘(") \
            and bool(_OWN_VERB_AFTER_THE_NAME.match(_past_letter(first.phrase, first.after))) \
            and bool(facts_in(self.sentences[first.index].text).keys() & {"proceedings", "outcome", "sanction"})

    def _placed_by_ordinal(self, name: str) -> dict[str, Person]:
        """'the first constable, PC Oduya, had closed the reports. The second constable, PC Ibbotson, ... both constables
        had a case ... proven against PC Oduya': surnames first given beside their place ("the first constable, ") are
        those members of the group their places number, where the group holds everyone so numbered and nobody in it is
        yet told apart by name. Every such surname of the group, by member (all at once, as a member once taken out of the
        group would shift the places of the rest); none where this surname is not one of them."""
        surnames = self._surnames()
        if name not in surnames or _beside_its_place(surnames[name]) is None:
            return {}  # (the cheap test first: this runs for every surname no group yet holds)
        placed: dict[str, Person] = {}
        taken = {g.label for g in self.groups if g.label}
        for surname, first in surnames.items():
            ordinal = _beside_its_place(first)
            if ordinal is None or surname in taken or (person := self._by_position(ordinal, strict=True)) is None:
                continue
            noun = ordinal.text.split(None, 2)[2]
            numbered = self._numbered(noun, 1, strict=True)
            group = self.groups[person.group]
            # (of the name's rank: "the first officer, PC Abara," is no custody sergeant)
            # (the report's places of that noun are exactly the group's, "the first constable" and "the second constable"
            # of two: not the first officer to arrive, the constables who came later being two more, nor the first of three
            # where two had a case)
            # (and nothing yet tells the members apart: not after "one of them resigned")
            if group.case and not group.label and group.role == first.phrase.role and all(p in group.members for p in numbered) \
                    and (group.head == first.phrase.head or group.head in GENERIC_HEADS) \
                    and self._places_used(noun) == set(range(1, len(group.members) + 1)) \
                    and len({_told_of(p) for p in group.members}) == 1 \
                    and not any(p.named for p in group.members) and not self._decided_by_name(surname, group):
                placed[surname] = person
        if name not in placed:
            return {}
        group = placed[name].group
        placed = {n: p for n, p in placed.items() if p.group == group}
        return placed if len(set(map(id, placed.values()))) == len(placed) else {}

    def _places_used(self, noun: str) -> set[int]:
        """The places the report gives people of this noun anywhere ("the first constable", "a second constable")."""
        pattern = re.compile(r"\b(?:the|a)\s+(first|second|third|fourth)\s+" + re.escape(noun) + r"\b", re.I)
        places = {_ORDINAL_POSITION[m.group(1).lower()] for sentence in self.sentences for m in pattern.finditer(sentence.text)}
        # (and a bare place beside a name of that rank: "For the first, PC Ashdown, ...")
        return places | {_ORDINAL_POSITION[bare.group(1).lower()] for first in self._surnames().values()
                         if first.phrase.head == noun and (bare := _BARE_PLACE_BEFORE.search(first.before))}

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
        # (not our recommendation that the person attend a meeting, which the force then agreed to hold: that overrides;
        # nor the force agreeing about someone else: "The force agreed about the constable but not about the call handler,
        # whose failings it saw as a performance matter")
        return any(_ACCEPTED.search(_FORCE_ACCEPTED_OURS.sub(" ", s.text)) and not _WE_RECOMMENDED_ATTENDING.search(s.text) for s in window) \
            or bool(re.search(r"\bagreed\b(?!\s+(?:about|in\s+respect\s+of|regarding|as\s+to)\b)|\bwe\s+agreed\b", _FORCE_AGREED_WITH_US.sub(" ", self.sentences[index].text), re.I))

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

    def _placed_beyond_those_known(self, phrase: Phrase) -> bool:
        """'The third officer', when two are known: a place in the report's order beyond the people known, so someone not
        yet known."""
        return bool(_ORDINAL_OPENING.match(phrase.text)) and self._by_position(phrase) is None

    def _same_post_twice_just_before(self, index: int) -> list[Phrase]:
        """The two people the sentence before ``index`` names by the same post, each definite and alone ("the sergeant on
        the night shift ..., and that the sergeant who took over from him"); [] otherwise."""
        if not index:
            return []
        found = [p for p in find_phrases(self.sentences[index - 1].text)
                 if p.definite and p.count == 1 and not p.plural and not p.label and p.head not in GENERIC_HEADS and p.role in ("officer", "staff")]
        return [replace(p, start=0, end=0) for p in found] if len(found) == 2 and found[0].head == found[1].head else []

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

    def _with_a_case_if_directed(self, groups: list[Group], decision: Decision, sentence: str) -> list[Group]:
        """'... agreed with us about the second sergeant, but considered the first should face a meeting rather than a
        hearing. We did not agree, and directed a gross misconduct hearing': a direction or recommendation naming nobody
        is about those with a case, not also one whose lack of a case was settled (a case still disputed is kept)."""
        if not (decision.positive and decision.implicit and _DIRECTS_PROCEEDINGS.search(sentence)):
            return groups
        if any(g.case for g in groups) and not all(g.case for g in groups):
            return [g for g in groups if g.case]
        if groups and not any(g.case for g in groups) and all(g.disputed_at < 0 for g in groups) \
                and not any(d.positive for g in groups for d in self.decisions[g.introduced_at]) \
                and len(waiting := [g for g in self.groups if g.case and not any(p.facts.get("proceedings") in FORMAL_PROCEEDINGS
                                                                                for p in g.members)]) == 1:
            # ("The force agreed that the second officer had no case, but considered the first officer's actions misconduct
            # only. We directed a gross misconduct hearing": the one with a case still waiting for proceedings, not the one
            # found to have none from the start, whose lack of a case was just agreed)
            return waiting
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
        return last if number_of(picked.group("n")) - known == 1 else None

    # decisions -----------------------------------------------------------
    def _apply_decision(self, decision: Decision, index: int, create: bool = True) -> list[Group]:
        create = create and not decision.nobody and not decision.known_only
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
            counted_before = [g for g in self.groups if len(g.members) == (place or 0) - 1 and g.decided_at < index]
            if place and place >= 3 and create and sum(len(g.members) for g in self.groups) == place - 1 \
                    and (decision.positive and (self.decided_here and sum(len(g.members) for g in self.decided_here) == place - 1
                                                or counted_before)
                         # ("There was no case to answer for the fifth", of five served, four decided on: the one left)
                         or not decision.positive and self.total == place):
                # "four of the constables had a case for gross misconduct and that the fifth had a case for misconduct": the
                # one after those this sentence just counted, someone new, called as they were (or those a sentence before
                # counted: "Three of the officers had a case ... We found that the fourth had a case")
                template = (self.decided_here or counted_before or self.groups)[-1]
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
        if decision.implicit and decision.positive and _FORCE_AGREED_THERE_WAS.search(sentence) \
                and (agreed := self._framed_with_a_case(index) or self._pointed_with_a_case(index)):
            # "North Yorkshire Police agreed that there was a case to answer but took the view that it amounted to
            # misconduct": the force agreeing the case just told, not someone the sentence before mentioned in passing
            # (at the level the force gave, where we accepted it or nothing of ours about them followed: "we did not agree
            # ... and directed a gross misconduct hearing" keeps ours)
            for group in agreed:
                if decision.grade in ("misconduct", "gross_misconduct") and decision.grade != group.grade \
                        and (self._accepted(index) or self._unopposed(index, group)):
                    self._set_grade(group, decision.grade, index)
            return agreed
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
        if decision.implicit and decision.positive and create and self.pointer and decision.singular == (len(self.pointer) == 1) \
                and all(p.remainder for p in self.pointer) and not find_phrases(sentence):
            # ("Five officers were served ... three had a case ... The other two had responded approvingly ... We found they
            # had a case to answer for misconduct": those of the served just talked about, now people with a case; "he" only
            # of one of them)
            group = self._new_group(Phrase(0, 0, "the others", "officer", "officer", len(self.pointer), True, True, len(self.pointer) > 1),
                                    decision.grade, index)
            if group is not None:
                for person in self.pointer:
                    self.remainder.remove(person)
                return [group]
        if decision.implicit and create and (others := self._others_counted_just_before(index, sentence)) is not None:
            # "We found four officers had a case ... Three other officers had been in the group but had not posted. We found
            # that they had a case to answer for misconduct": the others just counted, people of their own
            g = self._new_group(others, decision.grade, index)
            return [g] if g else []
        if decision.implicit:
            # the person last talked about: someone known (their grade is revised), or someone new
            here = [p for p in find_phrases(self.sentences[index].text) if p.count == 1 and p.definite and not p.plural]
            later_pronoun = _PRONOUN_DECIDED_LATER.search(sentence, here[1].end) if len(here) == 2 else None
            if later_pronoun and _AS_OWNER.match(sentence, here[1].end) \
                    and (not decision.positive or self._owner_of_another_sex(here[1], later_pronoun.group(0))):
                # ("The constable had followed the inspector's instructions, and we found she had no case": the one the
                # sentence is about, not the one whose instructions she followed; and a case too, where the owner is known
                # to be of the other sex: "The PCSO had viewed the record at the special constable's request; we found she
                # had a case", after the special constable known as "he")
                here = here[:1]
            elif len(here) == 2 and _OPENS_ON_ITS_SUBJECT.match(sentence[:here[0].start]) \
                    and (_OBJECT_OF.search(sentence, 0, here[1].start)
                         # (the one told, unless the sentence goes on about them: "asked the sergeant for help, but she refused")
                         or _TOLD_WHOM.search(sentence, 0, here[1].start) and later_pronoun is not None
                         and not _HE_OR_SHE.search(sentence, here[1].end, later_pronoun.start())) \
                    and not _AS_OWNER.match(sentence, here[0].end) \
                    and not (decision.positive and re.search(r"\bby\s+$", sentence[:here[1].start])) \
                    and _PRONOUN_DECIDED_LATER.search(sentence, here[1].end) and not _OTHER_PERSON_PRONOUN.search(sentence, here[0].end):
                # ("The second constable had been told by the sergeant that it was urgent, and we found he had no case": the
                # one the sentence opens on, not the one named after a preposition or a verb of telling, "The detention officer
                # had asked the sergeant whether to wait ...; we found she had no case"; but a case found after a passive's agent
                # is the agent's, as before: "The sergeant was lied to by PC Keane, and we found he had a case"; nor where
                # the subject is an owner: "The sergeant's log had been altered by PC Hart")
                here = here[:1]
            opening_at = here[0].start if here else 0
            if len(here) == 2 and here[1].label and re.fullmatch(r"\s*,\s*", sentence[here[0].end:here[1].start]):
                here = here[1:]  # "The second officer, PC Kerridge, ...": one person, by name
            elif len(here) == 2 and here[0].label and len(here[0].label) > 1 and re.fullmatch(r"\s+(?:(?-i:[A-Z])[\w'’-]+\s+)?(?:was|is)\s+", sentence[here[0].end:here[1].start]):
                here = here[:1]  # ("Sergeant Dace was the supervisor ..., and we found he had a case": one person, by name)
            here_known = [g for p in here for g in self._matching_groups(p)]
            if len(here) == 1 and here[0].head in GENERIC_HEADS and self._placed_beyond_those_known(here[0]):
                here_known = []  # ("The third officer ...", two officers known: a place beyond them, someone not yet known)
            # "At the police constable's meeting, it was decided there was no case for him to answer": the one named here
            # ("For PC A, we directed a hearing": the person the sentence opens with, too)
            # ("When the supervisor reviewed the log she was busy, and we found she had no case": a clause of time opening on
            # the one person the sentence names, too)
            lead_in = self.sentences[index].text[:opening_at]
            opening = len(here) == 1 and (not lead_in.strip() or bool(_LEAD_IN_TO_THE_ONE.match(lead_in))
                                          or bool(here[0].label) and bool(_LEAD_IN_TO_ONE_NAMED.match(lead_in))
                                          # ("We also found that the first detention officer had ..., and decided he had a case")
                                          or bool(_ORDINAL_OPENING.match(here[0].text)) and bool(_WE_ALSO_FOUND_THAT.fullmatch(lead_in)))
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
            if len(here) == 1 and decision.singular and here[0].definite and here[0].count == 1 and not here[0].plural \
                    and not _OBJECT_OF_OR_FOR.search(sentence, 0, here[0].start) \
                    and last is not None and (last.plural or (last.count or 1) > 1):
                # "... nothing to indicate the sergeant had committed an offence, but that he had a case": "he" is the one
                # person the sentence names, not the eleven officers a statement came from before it
                last = here[0]
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
            if decision.undecided and known and self._placed_beyond_those_known(last):
                # ("The first officer ... had a case. The second officer had posted ...; we found a case to answer for her as
                # well": a place beyond those known, someone new, not the first officer's second allegation)
                known = []
            if decision.undecided and any(0 <= g.decided_at < index for g in known):
                return touched  # (a second allegation of someone decided on: their case stands)
            if known and decision.positive and create and (pronoun := _HE_ALSO.search(self.sentences[index].text)) \
                    and all(g.case and g.decided_at < index for g in known) \
                    and (subject := self._subject_of(index - 1)) is not None and not set(self._matching_groups(subject)) & set(known) \
                    and self._all_of_the_other_sex([p for g in known for p in g.members], pronoun.group(0).split()[0]):
                # "The custody sergeant had been told by the detention officer that he was responding. We decided he also had a
                # case": one more person, the one the sentence before is about, not the one it named after them, whose case
                # is already known and who is known to be of the other sex (else "he also" may be a second case of the one
                # who told: "The inspector was told by PC Shaw that ..., which was untrue. We found he also had a case")
                last, known = subject, self._matching_groups(subject)
            if known and create and (subject := self._subject_beside_an_agent_of_the_other_sex(last, known, index)) is not None:
                # ("The member of police staff had been added to the chat by PC Tillotson ... We decided she had no case")
                last, known = subject, self._matching_groups(subject)
            if known and create and self._of_another_sex(last, known, index):
                # (the one just described, "The officer who took the first call", "The call handler who took the second call";
                # where the phrase is the known person's own rank alone, "the sergeant", the pronoun is someone else the report
                # has not named: an officer)
                described = last.head in GENERIC_HEADS or last.other or self._described_by_a_clause(last, index)
                if len(here) == 1 and not here_known and here[0].count == 1 and not here[0].plural and re.search(r"\b(?:he|she)\s+(?:also\s+)?had\s+(?:a|no)\s+case\b", sentence[here[0].end:], re.I):
                    # ("She had a case ... We found that the first detention officer had recorded checks he never made, and
                    # that he had a case": the one new person this sentence names, not someone it never names)
                    g = self._new_group(here[0], decision.grade, index)
                    return [g] if g else []
                g = self._new_group(last if described else replace(last, text="the officer", head="officer", role="officer", label=None),
                                    decision.grade, index)
                if g and described:
                    self._take_what_was_told_of(last, known, g, index)
                return [g] if g else []
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
                if decision.singular and len(self.pointer) == 1 and len(known) == 1 and self.pointer[0] in known[0].members \
                        and len(known[0].members) > 1 and last.count in (None, 1) and not last.plural \
                        and _HE_OR_SHE.search(sentence) and not _THE_GROUP_TOO.search(sentence) \
                        and {"proceedings", "outcome", "sanction", "left"} & set(facts_in(sentence)):
                    # ("both detention officers had a case ... The first detention officer accepted her failings. The force
                    # agreed that she had a case and dealt with her through reflective practice": "she" is the one just
                    # talked about, of her group, a group of her own from now on; not the pair) (only where the sentence tells
                    # her own route or result, by "he" or "she", and speaks of no one else: not "as did the second, and both
                    # were ...", "that their conduct amounted to misconduct", nor a bare agreement the next sentence's "Each"
                    # may follow)
                    known = [self._regroup(list(self.pointer), index)]
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
            if not pair and create and decision.positive and len(listed := _listed_after_a_colon(sentence)) == 2 \
                    and not any(g for ph in listed for g in self._matching_groups(replace(ph, definite=True))):
                # "In our view both had a case to answer for misconduct: the detention officer in relation to the force she
                # used, and PC Okafor for failing to report the injury": the two the colon lists, one each
                for person in listed:
                    if g := self._new_group(person, decision.grade, index):
                        touched.append(g)
                return touched
            if not pair and not self.groups and create and decision.positive and (described := self._the_two_described_before(index)):
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
            counted = self._counted_afresh_just_before(index) if self.groups and create and decision.positive else None
            if counted and (decision.they or re.match(r"\W*Each\s+(?:of\s+them\s+)?had\b", sentence)
                            or self._others_counted_with_no_other_part(counted, index)):
                # ("... two of the detention officers had recorded checks they had not made. They each had a case": as "Each
                # of them") (or "Two other officers had replied ... We were of the opinion that each had a case": the others
                # just counted, more people than those known; not others told as witnesses, "and gave statements")
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
            if len(described) != phrases[0].count:
                # ("Those three, PC Dray, PC Lennox and a sergeant, were interviewed ... We considered ... all three
                # officers had a case": the count named one by one in apposition, a few sentences further back)
                described = self._counted_then_named_before(index, phrases[0].count)
            if len(described) == phrases[0].count:
                for person in described:
                    if g := self._new_group(person, decision.grade, index):
                        touched.append(g)
                return touched
        if create and decision.positive and not self.groups and phrases and all(p.count is None and (p.plural or p.head == "staff") for p in phrases):
            # "could find misconduct for the officers and staff interviewed": the people a roster counted (of a post named,
            # only those of it: "each detention officer", after "The custody sergeant and both detention officers were
            # interviewed", is not the sergeant)
            # (only where every phrase names a post, and by that post however qualified, "sergeants" taking the custody
            # sergeant too; a filter that leaves no one keeps the whole roster)
            roster = self._roster(index)
            if all(p.head not in GENERIC_HEADS and not GENERIC_STAFF.match(p.head) for p in phrases):
                of_the_post = [q for q in roster if any(q.head == p.head or q.head.endswith(" " + p.head) for p in phrases)]
                roster = of_the_post or roster
            phrases = roster or phrases
        conjunction = len(phrases) > 1
        created: list[Group] = []  # people listed in one decision are different people
        # "both officer and member of staff" is two people, one each; "the sergeant and both constables" is three
        both = conjunction and phrases[0].text.lower().startswith("both") and not phrases[0].plural
        for phrase in phrases:
            if conjunction and phrase.count == 2 and phrase.text.lower().startswith("both") and not phrase.plural:
                phrase = replace(phrase, count=1)
            if create and decision.positive and phrase.count == 1 and not phrase.plural \
                    and (counted := self._counted_with_a_case_just_before(index)) is not None \
                    and (decision.grade == "unknown" and phrase.label and not any(g.label == phrase.label for g in self.groups)
                         or self._one_of_everyone_counted(phrase, decision, counted, index)) \
                    and not _BESIDE_THOSE_COUNTED.search(sentence) \
                    and facts_in(sentence).get("level") in (None, counted.grade):
                # ("We decided that three of the officers had a case to answer for misconduct. PC Darrow had a case to answer
                # for the knee strikes. ...": one of those just counted, named, at the count's level; not "A fourth officer,
                # PC Quayle, had a case", nor one whose proceedings are at another level)
                person = next(p for p in counted.members if not p.named and not p.split)
                person.named = True
                own = self._regroup([person], index)
                own.head, own.label = phrase.head, phrase.label
                touched.append(own)
                created.append(own)
                continue
            if create and decision.positive and phrase.count == 1 and _ONE_OF_SEVERAL.match(phrase.text) and self.total \
                    and self.total > sum(len(g.members) for g in self.groups) \
                    and (matching := self._matching_groups(replace(phrase, definite=True))) \
                    and all(len(g.members) == 1 and g.case and g.grade != decision.grade for g in matching):
                # ("... gave him a case to answer for gross misconduct. We also found that one of the officers restraining
                # the man had a case to answer for misconduct": one of the several served, at another level than the one
                # known, so someone new)
                if g := self._new_group(replace(phrase, definite=False), decision.grade, index):
                    touched.append(g)
                    created.append(g)
                continue
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
            one = phrase.count == 1 and re.match(r"one\s", phrase.text, re.I)
            told = _WITH_A_CASE_TOLD.match(sentence, phrase.end) if one and phrase.definite and re.match(r"one\s+of\s", phrase.text, re.I) else None
            if one and (not phrase.definite or told):
                # "One officer was found to have a case to answer", of two already known: one of them (or "One of the two
                # detention officers with a case to answer resigned": one of those with a case, whoever was talked about last)
                pool = [g for g in self.groups if g.case and g.introduced_at != index and len(g.unsplit) > 1
                        and (g.head == phrase.head or phrase.head in GENERIC_HEADS and g.role == "officer"
                             or GENERIC_STAFF.match(phrase.head) and (g.role == "staff" or GENERIC_STAFF.match(g.head)))]
                if phrase.definite:
                    # (of the one group that fits "the two" and any level said after: not one of two constables for "one of
                    # the two officers with a case to answer for gross misconduct", the inspector and the sergeant; where
                    # several fit, or the sentence names the one, "..., the sergeant, retired", it says more than this reads)
                    said = re.search(r"\bthe\s+(two|three|four|five|six)\b", phrase.text, re.I)
                    pool = [g for g in pool if (said is None or len(g.unsplit) == NUMBERS[said.group(1).lower()])
                            and (not told.group("level") or g.grade == ("gross_misconduct" if told.group("gm") else "misconduct"))]
                    if len(pool) != 1 or told.group("named"):
                        pool = []
                if pool:
                    group = self._regroup([self._split_one(pool[0])], index)
                    self._revise(group, decision, index, sentence)
                    touched.append(group)
                    continue
            if not decision.positive and phrase.count == 1 and re.match(r"one\s+of\s", phrase.text, re.I) \
                    and (without := _WITHOUT_A_CASE_AFTER.match(sentence, phrase.end)):
                # "One of the officers with no case to answer had not switched on her camera": one of those found to have
                # none, not of those with a case the sentence before talked about
                pool = [g for g in self.groups if not g.case and g.introduced_at != index and len(g.unsplit) > 1]
                if pool:
                    group = self._regroup([self._split_one(pool[-1])], index)
                    # (what the sentence says of them describes them: "The officer who had been late to switch on her
                    # camera" later)
                    group.described_as = re.match(r"[^,;.]*", sentence[without.end():]).group(0).strip()
                    touched.append(group)
                    continue
            existing = self._matching_groups(phrase) if (phrase.definite and not phrase.other) else []
            if existing and phrase.plural and phrase.count is None and not phrase.label and phrase.head in GENERIC_HEADS \
                    and re.match(r"(?:the|those)\s", phrase.text, re.I) and _WHO_CLAUSE.match(sentence[phrase.end:]) and not _REVISING.search(sentence) \
                    and sum(len(g.members) for g in existing) == 1 and all(g.head not in GENERIC_HEADS for g in existing):
                # ("In our view the sergeant had a case ... The officers who searched the girl had no case": a plural told apart
                # by what they did is more than the one person known, whom the report calls by a rank of their own, so others;
                # not a bare "the officers", nor our accepting the force's view, "we accepted that the officers had no case",
                # which may take in the sergeant with those beside him)
                existing = []
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
            if existing and decision.positive and not decision.implicit and phrase.definite and phrase.count in (None, 1) and not phrase.plural \
                    and not phrase.label and not ordinal and not re.fullmatch(r"(?:the\s+)?(?:police\s+)?staff", phrase.text, re.I) \
                    and all(len(g.members) > 1 and not g.case and g.decided_at < index for g in existing) \
                    and not (_AGREEING_WORD.search(sentence) and any(g.case for g in self.groups)):
                # "We found that three of the officers ... had no case to answer. In our opinion, the officer who placed his
                # forearm across the man's neck had a case": a group we counted as having none does not hold one person
                # with a case, so someone else (not a singular revising the whole group); where everyone served is known
                # already, one of them, our view of them revised (only a decision naming them: not one by pronoun,
                # "implicit"; nor the force agreeing, "The force agreed that the officer had a case", of the one with a
                # case known, rv222; nor "the police staff", a collective)
                everyone_known = bool(self.total) and self.total <= sum(len(g.members) for g in self.groups)
                existing = [self._regroup([self._split_one(existing[0])], index)] if everyone_known and len(existing) == 1 else []
            if phrase.definite and not phrase.plural and not phrase.label:
                # "the constable who punched him had a case ..., while the driver had a case ...": another noun in the same
                # sentence's decisions is another person
                # (but "the sergeant", after "the detective sergeant", is that one shortened)
                own = re.sub(r"^(?:the|that|this)\s+", "", phrase.text.lower())
                existing = [g for g in existing if not (g.introduced_at == index and g.called and own not in GENERIC_HEADS
                                                        and not g.called.endswith(own))]
            referred_back = False  # "the three officers with a case to answer": those decided on before
            if not existing and not phrase.definite and not phrase.other and phrase.count and phrase.count > 1 and decision.positive:
                if _AGREEING_WORD.search(sentence):
                    # "the force agreed that three officers had cases to answer": the three already decided on
                    existing = self._counted_group_decided_before(phrase, lambda g: g.introduced_at != index)
                if not existing and index > 0 and not _MORE_PEOPLE.search(sentence):
                    # "Three officers should face a gross misconduct hearing ..." as the opening sentence, then "we found
                    # that three officers had a case to answer for gross misconduct": the opening told the finding first
                    # (once: not a second "three officers", nor "a further three", "three other officers", "also")
                    existing = self._counted_group_decided_before(
                        phrase, lambda g: g.introduced_at == 0 and g.decided_at == 0 and g.grade == decision.grade)
            if create and decision.positive and phrase.definite and phrase.count == 1 and not phrase.plural \
                    and not phrase.other and not phrase.label and _FORCE_AGREED_BEFORE.search(sentence, 0, phrase.start) \
                    and phrase.role == "officer" and (phrase.head in GENERIC_HEADS or phrase.head.startswith("officer ")) \
                    and not _ONE_MORE.search(sentence) \
                    and len(cased := [g for g in self.groups if g.case]) == 1 and (pool := cased[0]).introduced_at < index \
                    and pool.head in GENERIC_HEADS and not pool.label and pool.grade == decision.grade \
                    and len(pool.unsplit) > 1 \
                    and (not existing or existing == [pool] and (who := _WHO_CLAUSE.match(sentence[phrase.end:]))):
                # "each of the three officers had a case ... The force agreed that the officer in charge at the scene had a
                # case" (or "that the officer who took charge had a case"): one of the three we decided on, the force
                # agreeing about them (by that name from now on); not someone of another rank or post, nor one more ("also",
                # "too": "It also agreed that the sergeant who authorised the entry had a case")
                group = self._regroup([self._split_one(pool)], index)
                group.head = phrase.head
                if existing:
                    group.described_as = who.group(1)
                existing = [group]
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
                picked_of_two = [g for g in self.groups if g not in created and g.decided_at < index and len(g.members) == 1
                                 and (picked := _ONE_OF_COUNTED.match(g.called)) and picked.group("n").lower() == "two"]
                if phrase.count == 1 and picked_of_two and picked_of_two[-1].decided_at >= max(g.decided_at for g in self.groups if g not in created):
                    # "One of the two officers who searched her had a case ... The other officer had none": the second of
                    # that pair, someone new (not the custody sergeant decided on before them)
                    others = []
                unaccounted = (self.total or 0) - sum(len(g.members) for g in self.groups)
                if unaccounted == phrase.count and others and all(self.groups[p.group].grade not in (decision.grade, "unknown") for p in others) \
                        and not _REVISING.search(sentence):
                    # "Five officers were served notices ... three of the officers had a case ... The remaining two officers
                    # had no case": the two of the five not yet decided on, not two of the three (but "we agreed with the
                    # force that the other two had no case" revises two of the three)
                    others = []
                if len(others) != phrase.count and _WITH_A_CASE_AFTER.match(sentence, phrase.end):
                    # ("For the two other constables with a case to answer, ...": the others of those with a case, not of
                    # everyone known)
                    others = [p for p in others if self.groups[p.group].case]
                if len(others) == phrase.count:
                    existing = [self._regroup(others, index)]
                elif (said := _THE_OTHER_N_WORDS.match(phrase.text)) is not None:
                    # ("We found that PC Quinn had a case ..., and that the other two had a case ... The force did not agree
                    # that the other two had a case": the same words again, so the same people)
                    same = [g for g in self.groups if g not in created and g.decided_at < index and len(g.members) == phrase.count
                            and (before := _THE_OTHER_N_WORDS.match(g.called)) is not None and before.group(0).lower() == said.group(0).lower()]
                    existing = same[-1:]
            who = _WHO_CLAUSE.match(sentence[phrase.end:]) if existing and not phrase.plural else None
            if who and all(g.introduced_at == index and g.described_as and g.described_as != who.group(1) for g in existing):
                # "the sergeant who booked him in had a case to answer, and the sergeant who released him had a case to
                # answer": described apart in one sentence, two people
                existing = []
            # (or by where they stood, in our own finding of both: "..., and a case to answer for misconduct for the officer at
            # the van door"; not the force's view of the one officer, "but the force considered that the officer at the scene
            # ...", nor "the officer at the centre of the complaint")
            told_apart = (re.match(r"\s+(?:who|whose)\b", sentence[phrase.end:])
                          or phrase.head in GENERIC_HEADS
                          and re.match(r"\s+(?:at|by|beside|inside|outside|near)\s+the\s+(?!(?:centre|heart|time|hearing|meeting|end|start|beginning|scene)\b)", sentence[phrase.end:])
                          and not _ANOTHER_VOICE_IN_IT.search(sentence)) \
                and all(len(g.members) == 1 and not g.label for g in existing)
            if existing and decision.positive and (conjunction or told_apart) and not phrase.plural \
                    and not phrase.label and not _REVISING.search(sentence) \
                    and all(g.introduced_at == index and g.case and g.grade not in (decision.grade, "unknown") for g in existing):
                # "a tribunal could conclude that the officer who hit him had a case for gross misconduct, and that the
                # officer and the staff member who booked him in had a case for misconduct": one opinion gives nobody two
                # levels, so someone else (also one told apart by a defining clause: "the constable had a case for gross
                # misconduct, and the officer who was holding the boy's arms had a case for misconduct"; not ", who ...", nor
                # one of several just decided on, nor someone named, whose deeds the clause may tell again)
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
                    and (decision.positive or _modifiers(phrase) and not described_afresh) \
                    and all((described_afresh or g.head not in GENERIC_HEADS and g.modifiers != _modifiers(phrase))
                            and g.decided_at < index and g.grade != decision.grade for g in existing):
                # "the exhibits officer had a case for misconduct", after the detective constable's for gross misconduct
                # (or "the officer who knelt on him", after "one officer" at another level: someone described afresh)
                # (or "no case to answer ... for the arresting officer", after the custody sergeant and a constable had one)
                existing = []
            if existing and decision.positive and not phrase.plural and not phrase.label and not _REVISING.search(sentence) and all(
                    g.head != phrase.head and phrase.head.endswith(" " + g.head) and g.decided_at < index
                    and g.grade in ("misconduct", "gross_misconduct") and g.grade != decision.grade for g in existing):
                existing = []  # "the detective constable had a case for misconduct", after the constable's for gross misconduct
                # (unless the sentence revises a decision: "the force agreed that the custody sergeant had a case for misconduct")
            if existing and decision.positive and not phrase.plural and not phrase.label and not _REVISING.search(sentence) \
                    and re.search(r"\balso\b", sentence, re.I) and all(
                    g.modifiers and not _modifiers(phrase) and g.head != phrase.head and g.decided_at < index
                    and g.grade != decision.grade for g in existing):
                existing = []  # ("We also considered that the constable had a case to answer for misconduct", after the
                # property officer's for gross misconduct: another person, by another noun and "also")
            if existing and not phrase.plural and not phrase.label and not _REVISING.search(sentence) \
                    and not _ACTING.search(phrase.text) and all(
                    _ACTING.search(g.called) and g.decided_at < index and g.grade != decision.grade for g in existing):
                existing = []  # ("We found that the sergeant ... had a case to answer for misconduct", after the acting sergeant's
                # for gross misconduct: the sergeant the roster listed beside the acting one)
            told = _WHO_CLAUSE.match(sentence[phrase.end:]) if existing and decision.positive and not phrase.plural and not phrase.label else None
            if told and re.search(r"\balso\s+had\s+a\s+case\b", sentence[phrase.end:], re.I) and not _REVISING.search(sentence) \
                    and not re.search(r"\bsame\s+(?:officer|person|one|constable|sergeant)\b", sentence, re.I) \
                    and all(g.described_as and g.decided_at < index and not _deed_words(told.group(1)) & _deed_words(g.described_as)
                            for g in existing):
                # "the officer who knelt on the man had a case ... The officer whose remarks were caught on video also had a
                # case": told by another deed, and "also": someone else
                existing = []
            elif told and not _REVISING.search(sentence) and (_OUR_VIEW_OPENING.match(sentence) or _OUR_VIEW_ASIDE.search(sentence)) \
                    and not re.search(r"\bsame\s+(?:officer|person|one|constable|sergeant)\b|\bwhether\b", sentence, re.I) \
                    and self._room_for_another(index) \
                    and all(g.described_as and g.decided_at < index and g.case and _other_deed(told.group(1), g.described_as) for g in existing):
                # "We found that the officer who pushed the man had a case ... In our view the officer who handcuffed the man
                # had a case": our view of someone told by another deed (another verb, nothing else shared), someone else
                # (our view also set off in commas: "The officer who knelt on his back, we concluded, had a case")
                existing = []
            seat = _IN_THE_SEAT.match(sentence, phrase.end) if existing and phrase.definite and not phrase.plural else None
            if seat and all(re.search(r"\b(?:driver|passenger)\b", g.called) and seat.group("role").lower() not in g.called
                            for g in existing):
                # "The officer in the passenger seat had no case", after "the driver" had one: the other of the car
                existing = []
            one_of_n = _ONE_OF_COUNTED.match(phrase.text)
            if existing and one_of_n and sum(len(g.members) for g in existing) < number_of(one_of_n.group("n")):
                # "One of the two officers who carried out the search also had a case", when only the custody sergeant is
                # known: one of two people not yet known, someone new
                existing = []
            picked = _PICKED_OUT_OF.search(phrase.text)
            if existing and picked and not _REVISING.search(sentence) and all(
                    len(g.members) < number_of(picked.group("n")) and g.decided_at < index and g.case != decision.positive for g in existing):
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
                if not referred_back and re.match(r"\s+whose\b", sentence[phrase.end:]) \
                        and (self.total or 0) - sum(len(g.members) for g in self.groups) != phrase.count:
                    # ("The two officers whose cases were for misconduct ...": people decided on before, so new ones only as
                    # many as the report's count of those investigated leaves undecided)
                    continue
            if existing and phrase.count and phrase.count > 1 and not referred_back:
                # "the two officers who transported him" names two people: the known
                # group of that size, all known people if they number that many, or new ones
                sized = [g for g in existing if len(g.members) == phrase.count]
                if len(sized) > 1 and re.search(r"\b(?:hearing|meeting|proceedings)\b", sentence, re.I):
                    sized = [g for g in sized if g.case] or sized  # only those with a case face proceedings
                if sized and decision.positive and not any(g.case for g in sized) and re.search(r"\b(?:hearings?|meetings?|proceedings)\b", sentence, re.I) \
                        and sum(len(g.members) for g in existing if g.case) == phrase.count and not re.search(r"\breview", sentence, re.I):
                    # ("we directed the force to hold misconduct meetings for both officers": the two with a case, one each,
                    # not the pair found to have none; but "We upheld the review and directed ... meetings for both officers"
                    # gives the reviewed pair their case)
                    sized = []
                if len(sized) > 1 and _WITH_A_CASE_AT.match(sentence, phrase.end):
                    sized = [g for g in sized if g.grade == decision.grade] or sized  # ("the two with a case for misconduct")
                known_count = sum(len(g.members) for g in self.groups)
                if sized and phrase.definite and phrase.head in GENERIC_HEADS and (self.total or 0) - known_count >= phrase.count \
                        and not _REVISING.search(sentence) \
                        and (_WHO_CLAUSE.match(sentence[phrase.end:]) or _PLACED_BY_WHERE.match(sentence, phrase.end)) \
                        and all(g.decided_at < index and g.case != decision.positive and (g.described_as or g.head not in GENERIC_HEADS)
                                for g in sized):
                    # "the sergeant and the two constables who carried out the search had a case ... no case for the two
                    # officers in the corridor", of five served: two others, told by where they were
                    sized = existing = []
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
            if existing and create and not phrase.plural and phrase.count == 1 and not phrase.label and not _REVISING.search(sentence) \
                    and not _ONE_OF_THEM.match(phrase.text) and _WHO_CLAUSE.match(sentence[phrase.end:]) \
                    and (self.total or 0) > sum(len(g.members) for g in self.groups) and all(
                        len(g.members) > 1 and g.decided_at < index and "unknown" not in (g.grade, decision.grade)
                        and (g.case, g.grade) != (decision.positive, decision.grade)
                        for g in existing) \
                    and self._room_for_another(index):  # (last: it reads every sentence before)
                # "the two officers who took him down had no case ... the constable who struck him had a case": one person
                # is not a pair decided on otherwise, someone else (where the report counted more people than are known:
                # with no count, "the officer who sprayed him" may be one of the pair)
                existing = []
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
            if existing and decision.implicit and decision.positive and create and phrase.count == 1 and not phrase.plural \
                    and len(existing) == 1 and len(existing[0].members) > 1 and _ONE_BY_A_PRONOUN.search(sentence):
                # ("neither arresting officer had a case in relation to it. However, one of them, a police constable, wrote a
                # statement ... We found that she had a case": the one told of by the pronoun, not the pair)
                existing = [self._regroup([self._split_one(existing[0])], index)]
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

    def _subject_of(self, index: int) -> Phrase | None:
        """The one person sentence ``index`` opens on, as its subject ("The custody sergeant had been told ..."); None where
        it opens otherwise or on several people."""
        if index < 0:
            return None
        text = self.sentences[index].text
        found = find_phrases(text)[:1]
        if not found or not _OPENS_ON_ITS_SUBJECT.match(text[:found[0].start]):
            return None
        subject = found[0]
        return subject if subject.count == 1 and not subject.plural and subject.definite else None

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
