"""Referring: the resolver's part that decides which of the people known so far a sentence is about."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import replace

from ..page import MONTH_NAMES, Span
from .phrases import (
    find_phrases, GENERIC_HEADS, _HEADS, ONE_BY_TITLE, _more_specific_than_officer, _NO_LONGER_A, _norm_head, number_of, NUMBERS,
    _ORDINAL_POSITION, page_abbreviations, Phrase, _VEHICLE_NOUNS
)
from .people import Group, Person
from .decisions import (
    _A_FORCE_BY_NAME, _A_PANEL_COULD, _ACCEPTED_LOWER_MEETING, _AGREED_WITH_THEM, _COLLEAGUE, _content_words, _COUNT_THEN_ITS_LIST,
    _CTA_PARTS, Decision, _described_by, _did_what_it_says, _DISAGREEING_RE, _FOR_SOME_OF_THEM, _generic, _grade_of,
    _HIS_OWN_COLLEAGUE, _joined_run, _modifiers, _named_in_apposition, _OBJECT_OF, _only_people, _OBJECT_OF_OR_FOR, _OPENS_ON_ITS_SUBJECT, _OUR_REASONS, _PANEL_VOICE,
    _past_letter, _PERFORMANCE_ROUTE, _PERFORMANCE_VIEW, _POSSESSIVE_NOT_PROCEEDINGS, _PRONOUN_SUBJECT,
    _SOME_OF_THEM_OPENING, _THE_DEPARTED, _THE_OTHER_CLAUSE, _TITLE, _TO_NO_CASE, _TOLD_WHOM, _who, _WHO_CLAUSE, _ALSO_WORDS
)
from .facts import _ANOTHER, facts_in, FINDINGS, FORMAL_PROCEEDINGS, FORMAL_SANCTIONS
from .counts import (
    _FACING, _formal_step, _OF_PROCEEDINGS_HELD, _OF_RESULTS, _ONLY_ONE, _SOME_OF_THEM_AT_PROCEEDINGS, _SPLIT_BY_DEED,
    _tells, _the_group_of, _WITH_A_CASE_AT
)
from .applying import (
    _BARE_ORDINAL, _beyond_the_verb, _deed_words, _FRAMED_BY, _ORDINAL_OPENING, _same_deed, _THE_OTHER_N_WORDS, _TOLD_AS_WITNESSES,
    _verb_named_in, _without_a_result
)


# a sentence telling only that people were witnesses or not investigated, naming no case: "The other three officers were not
# under investigation.", "All officers were treated as witnesses." (a group: one person "was a witness" at first may
# still be the one a later "she had a case" means; and their status in the investigation, not what they saw: "were
# witnesses to the strikes but did not report them" may be the very people with a case)
_ONLY_WITNESSES = re.compile(r"^(?!\W*(?:while|whilst|although|though|as|because|since|when)\b)(?![^.]*\bcases?\s+to\s+answer\b)[^.;,]*?\bwere\s+"
                             r"(?:not\s+(?:under\s+investigation|investigated)|(?:only\s+)?(?:treated|interviewed|spoken\s+to)\s+as\s+witnesses"
                             r"|witnesses\s*(?:[.]|$|in\s+(?:the|our|this)\s+investigation))", re.I)
# a name in apposition closed by its own comma, no list going on after it ("The officer, PC Lane, PC Reed and PC Moss")
_NAME_CLOSED_OFF = re.compile(r"\s*,(?!\s*(?:and\b|or\b|" + ONE_BY_TITLE + r"))")


def _named_in_apposition_to(p: Phrase, q: Phrase, text: str, plain: bool) -> bool:
    """Whether ``q`` is ``p`` again, by name, set off by a comma: "the sergeant, Sergeant Lyle, set ..." (one rank), or,
    where ``plain``, "The second officer, PC Aldous, knelt ...": a plain officer, then a name closed by its own comma, not a
    list going on."""
    if not q.label or p.label or not re.fullmatch(r"\s*,\s*", text[p.end:q.start]):
        return False
    return q.head == p.head or plain and p.head in GENERIC_HEADS and q.role == "officer" and bool(_NAME_CLOSED_OFF.match(_past_letter(q, text[q.end:])))


# a person placed among others by the words that introduce them: "the second officer", "one officer", "another officer"
_PLACED_AMONG_OTHERS = re.compile(_ORDINAL_OPENING.pattern + r"|(?:one|another|the\s+other)\s", re.I)

_AGREED_WITH_FORCE = re.compile(r"\b(?:we|IOPC|IPCC)\s+agreed\s+with\s+(?:their|the\s+force['’]s|its)\s+(?:determination|decision|view|assessment)", re.I)
# a counted plural told apart by what follows it ("the two constables who had been on guard", "the two constables on guard")
_QUALIFIED_AFTER_THE_COUNT = re.compile(r"\s+(?:who|whom|that|which|on|at|in|from|with|involved)\b", re.I)
# a sentence whose results may not be the case's own: another's hearing, an earlier or unrelated matter, a question still
# open, or different proceedings told at once
_NOT_THEIR_OWN_CASE_NOW = re.compile(r"['’]s\s+(?:gross\s+misconduct\s+|misconduct\s+|accelerated\s+)?(?:hearing|meeting)\b|\bwhether\b"
                                     r"|\b(?:unrelated|separate|earlier|previous|previously|different)\b", re.I)
# "two of the other officers", after "the other three officers" were cleared: some of those
_SOME_OF_THE_OTHERS = re.compile(r"(?:two|three|four|five)\s+of\s+the\s+other\s", re.I)
# a finding straight after the one it is against: "... against one was found proven", "... against the other not proven"
_ITS_FINDING_NEXT = r"\s+(?:(?:was|were)\b|(?:not\s+)?(?:proven|proved|upheld|substantiated)\b)"
_ONE_OF = re.compile(r"(?:^\W*(?:Of\s+the\s+(?:two|three|four|five|six)\b[^,.;]{0,40},\s+)?"  # ("Of the two still serving, one was ...")
                     # (or after a semicolon or colon, "proven against both; one received ...", but not "; one was then held
                     # for the constables": a meeting or hearing)
                     r"|[;:]\s*(?!one\s+(?:was|were)\s+(?:then\s+|also\s+|later\s+)?(?:held|arranged|convened|scheduled|heard)\b))One"
                     r"(?=\s+(?:had\s+|has\s+)?(?:resigned|retired|left)\b"  # ("One had resigned before the hearing")
                     r"|\s+(?:was|received|attended|admitted|accepted|got)\b)"  # ("One was found to have committed misconduct")
                     # (not "every one of them", all of them)
                     r"|(?<!\bno\s)(?<!\bevery\s)\bone\s+(?:(?:police\s+)?(?:officer|PC|constable|sergeant|detective|detention\s+officer|call\s+handler|PCSO|dispatcher)\b(?!\s+(?:from|of)\b)|of\s+(?:them\b|(?:the\s+)?(?:two\s+|three\s+|four\s+|these\s+|those\s+)?(?:[a-z]+\s+)?(?:officers|members|staff|PCs|constables|sergeants|inspectors|detectives|handlers|operators|dispatchers|PCSOs)\b"
                     # ("One of the three retired"; not "one of the three allegations", "one of the three men")
                     r"|the\s+(?:two|three|four|five|six)\b(?=\s*(?:,|$|(?:had|has|was|were|is|did|would|will|retired|resigned|left|received|attended|admitted|denied)\b))))"
                     # ("Misconduct was found proven against one, who was given a written warning": a finding's one person,
                     # the count alone)
                     # ("The allegation against one was found proven", "... against one not proven": the one the allegation
                     # was against, its finding next)
                     r"|\b(?<=against\s)one\b(?=\s*(?:,\s*who\b|[.;]|$)|" + _ITS_FINDING_NEXT + r")"
                     # ("one of the three who described the headbutt had retired", "One of the two facing gross misconduct
                     # retired": the count told apart by what they did or faced, then the one's departure)
                     # (one alone: not "each one", "every single one", "not one", "all but one"; the departure its own verb,
                     # not denied, "the other" not leaving too, and leaving the force, not "left the station": rv223)
                     # (the look-behinds after "one", so they are tried only where "one" is)
                     r"|\bone(?<!\bno\sone)(?<!\bevery\sone)(?<!\beach\sone)(?<!\bsingle\sone)(?<!\bnot\sone)(?<!\bbut\sone)\s+of\s+the\s+(?P<told_apart>two|three|four|five|six)\s+"
                     r"(?:who|facing)\b(?:(?!\b(?:not|never|no)\b|n['’]t\b)[^,.;]){1,60}?"
                     r"(?=\s+(?:had\s+|has\s+)?(?:since\s+|already\s+|then\s+|later\s+)?(?:resigned|retired|left\s+the\s+(?:force|police|service))\b"
                     r"(?![^.;]*\bthe\s+other\b))", re.I)
# the giver of advice or a sanction, just named after it: "words of advice from a superintendent", "management action
# by her line manager"
_GIVEN_BY = re.compile(r"\b(?:advice|action|warning|guidance|feedback|debrief|reflective\s+practice)\b[^.;,]{0,30}?\b(?:from|by)\s+$", re.I)
# a view's reason, whose people are not the view's: "..., as the sergeant had not briefed them", "..., given he had
# fourteen officers to supervise" (not "regarded the constable's failings as a matter of performance", "as misconduct",
# "as well as": the view itself; nor "given her workload", a noun)
_GIVING_A_REASON = re.compile(r",?\s+as\s+(?!well\s+as\b|(?:a|an)\s+(?:\w+\s+)?(?:matter|issue|case|question)\b|performance\b|misconduct\b)|,?\s+(?:because|since|given\s+that|given(?=\s+(?:he|she|they)\s+(?:had|has|was|were|is|are)\b))\s+", re.I)
# a reason about someone by pronoun: ", as he had been running the suite ..." (not ", as we had recommended,", "as well as")
_REASON_ABOUT_SOMEONE = re.compile(r",\s+(?:as|because|since)\s+(?:he|she|they)\s+(?:had|was|were|did|could|would)\b", re.I)
# where one view ends and another begins: "agreed about the first PC, but considered the second PC's ..."
_VIEW_CLAUSE_EDGE = re.compile(r",?\s+but\s+|;\s*|,\s+while\s+|,\s+whereas\s+", re.I)
# ... and where a view may begin, as a second thing said: "It said the constable had tried to ..., and that his failure was
# best dealt with as ..." (not where it ends: "it regarded the constable's failings as performance, and that the same was
# true of the sergeant's supervision" goes on)
_SECOND_THING_SAID = re.compile(r",\s+and\s+that\s+", re.I)
_VIEW_CLAUSE_START = re.compile(_VIEW_CLAUSE_EDGE.pattern + "|" + _SECOND_THING_SAID.pattern, re.I)
# our acceptance of the force's view, told with its dispute: "disagreed about PC Hurst, and we accepted its view"
_WE_ACCEPTED_ITS_VIEW = re.compile(r"\bwe\s+(?:accepted|agreed\s+with)\s+(?:its|the\s+force['’]s|this|that)\b", re.I)
# the rank everyone served held, told in the notices' sentence with no exception: "notices on five officers, all constables"
# (not "the officers at the scene, all constables", "all constables except one")
_ALL_OF_A_RANK = re.compile(r"\bnotices?\b[^.;]*\bofficers\s*,\s*all\s+(?:of\s+them\s+)?(?:police\s+)?(?P<rank>constable|sergeant|inspector)s\b"
                            r"(?![^.;]*\b(?:except|bar|apart|other\s+than|save)\b)", re.I)
# a person named or described after their noun: "the other officer involved, PC Moss", "the other officer who drove"
_NAMED_AFTER = re.compile(r"(?:\s+\w+)?\s*,\s*(?:(?-i:[A-Z])|the\s)|\s+(?:who|whom|whose)\b", re.I)
# role nouns a reference can end in: "the second officer", "the other constable"
_REFERRED_ROLE = r"officer|handler|member|constable|sergeant|inspector|operator|PCSO|PC|detective"
# a sentence whose subject is a bare number or what is left of a group: "Two were dismissed", "The third had retired"
# ("Three of them, a sergeant and two constables, were dismissed": past who they were)
# (a count alone: "Two", "Two of them", "Two of those who attended")
# ("The two of those who were still serving were dismissed", "The two of them": of a group, never "The two were", who may be
# anyone just named)
_BARE_COUNT_OF = (r"\s*(?:(?P<n>Two|Three|Four|Five)(?:\s+of\s+them|\s+of\s+those\s+who\s+(?:attended|were\s+still\s+serving))?"
                  r"|The\s(?P<the_n>two|three|four|five)\s+of\s+(?:them|those\s+who\s+were\s+still\s+serving))")
_BARE_COUNT = re.compile(_BARE_COUNT_OF + r"(?:\s*,[^,.;]{1,80},)?\s+(?:were|received|had|got|resigned|retired|are|will|attended|faced)\b")
# "Two of the four facing gross misconduct allegations ...": a count of a number of people, with no noun for them (not
# "Two of the three who attended": of those the clause describes)
_N_OF_THE_M = re.compile(r"\W*(?P<n>Two|Three|Four|Five)\s+of\s+the\s+(?P<m>three|four|five|six)\b(?!\s+(?:\w+\s+)?(?:officers|constables|sergeants|staff|of)\b|\s+who\b)")
# a count and the plural it counts: "two detainees", "both men", "three of the complaints" (not a span of time, "two
# weeks later")
_A_COUNTED_PLURAL = re.compile(r"\b(?P<n>two|three|four|five|six|both)\s+(?:of\s+the\s+)?(?:[a-z-]+\s+)?"
                               r"(?!(?:years|months|weeks|days|hours|minutes|times)\b)[a-z-]+s\b", re.I)
# things a bare count may count instead of people: "Four allegations were heard. Two were dismissed."
_COUNTED_THINGS = re.compile(r"\b(?:allegations?|charges?|complaints?|counts?|appeals?|grievances?|claims?|incidents?|matters?|particulars?|breaches)\b", re.I)
# a hearing or meeting, or people found against at one
_PROCEEDINGS_WORDS = re.compile(r"\b(?:hearings?|meetings?|panel|chair)\b", re.I)
# "The two attended misconduct meetings", "Both were served notices": a group counted with no noun
_BARE_GROUP = re.compile(r"\s*(?:(?:The|All)\s+(?:two|three|four|five|six)|Both)\s+(?:of\s+them\s+)?"
                         r"(?:were|received|had|got|resigned|retired|are|will|attended|faced|admitted|accepted|denied)\b")
_BARE_REST = re.compile(r"\s*The\s+(?:other|remaining|second|third|fourth|fifth|last)(?:\s+one)?\s+(?:was|were|had|has|received|resigned|retired|left|is|will|got)\b")
# what may stand before the person opening a report: "A former member of West Yorkshire Police staff"
_SUBJECT_LEAD = re.compile(r"\W*(?:(?:an?|the|former|serving|member|of|(?-i:[A-Z][\w-]*))\s+)*", re.I)
_FINITE_VERB = re.compile(r"\b(?:has|have|had|was|were|is|are|will|would)\b", re.I)
# a clause granting something against the main one: who it names is not who the sentence is about
_CONCESSION = re.compile(r"\b(?:even\s+though|although|though|whereas|despite)\b", re.I)
# "The fourth officer, a sergeant who ..., was given a final written warning", opening the sentence after the others'
# results: by place among those with a case (see _refer)
_LAST_BY_PLACE = re.compile(r"\s*The\s+(?P<nth>third|fourth|fifth|sixth)(?:\s+(?:police\s+)?(?:officer|one))?(?=\s*,|\s+(?:was|were|had|received|got)\b)")
# "PC Dunmore, the constable who ...": a name, then who it is
_NAMED_IN_APPOSITION = re.compile(r"\s*(?-i:[A-Z][\w'’-]*)?\s*,\s+the\s+", re.I)
# a sentence opening on a count of others: "Three other officers had been in the group", "Two more constables were
# interviewed"
_OTHERS_OPENING = re.compile(r"\W*(?:two|three|four|five|six|seven|eight|\d+)\s+(?:other|more|further|additional)\s", re.I)
# "For the second, ...", "the second ...", "... against the second": the other of two (not a day, session or allegation)
_FOR_THE_SECOND = re.compile(r"\W*(?:(?:for|as\s+for|in\s+the\s+case\s+of|with\s+regard\s+to|regarding)\s+the\s+second\b"
                             r"|the\s+second\b(?!\s*,\s*(?:about|concerning|relating|regarding|which|on|that)\b)(?!\s+(?:day|session|sitting|allegation|complaint|incident|hearing|meeting|charge)s?\b)"
                             r"|[^.;]*\bagainst\s+the\s+second\b(?!\s+(?:day|session|sitting|allegation|complaint|incident|charge)s?\b))", re.I)
# "four of the five", "all three": a count of people a list then goes through
_COUNTED = re.compile(r"\b(?:two|three|four|five|six|seven|eight|all|each|some|most|both)\s+of\s+(?:the|them|these|those)\b", re.I)
_LIST_ITEM = re.compile(r"\s*[•▪◦·*–-]\s")
# a count of those split, just before a colon: "proven against two of them: one was given ... and the other ..."
# ("proven against both of them: one was given a written warning and the other management advice": the pair's finding)
COUNTED_BEFORE_A_COLON = re.compile(r"\b(two|three|four|five|both)\s+of\s+(?:them|these|those|the\s+(?:\w+\s+)?(?:officers|constables|staff))\s*:", re.I)
# a rank straight on to its own result: "The sergeant was found ...", "For the sergeant, the allegation was found proven"
_A_RESULT_OF_THEIR_OWN = re.compile(r"\s+(?:was|were|had|has)\b|\s*,\s+(?:the\s+)?(?:allegations?|case|chair|panel|meeting|hearing)\b", re.I)
_BY_DEPARTURE = re.compile(
    r"(?P<who>\b(?:the|that)\s+(?:\w+\s+)?\w+)\s+(?:who\s+(?:was|is|were|are)\s+)?still\s+(?:serving|employed|working)\b"
    r"|(?P<who2>\b(?:the|that)\s+(?:\w+\s+)?\w+)\s+who\s+(?P<gone>(?:had\s+)?(?:resigned|retired|left\s+(?:the\s+)?(?:force|police|service|constabulary)\b)"
    # ("the officer who had left would have been dismissed": left, with the sentence's verb straight after)
    r"|had\s+left(?=\s+(?:would|was|were|had|has|is|will)\b))", re.I)
# an aside of those included, straight before a departure's description: "the other three, including the one who had retired"
_INCLUDED_ASIDE = re.compile(r"\b(?:including(?:\s+for)?|among\s+them)\s+$", re.I)
# those of a group still serving, as the ones a split speaks of: "Of the two still serving, one was dismissed and the other
# ...", "One of the two serving officers ..."
_OF_THOSE_SERVING = re.compile(r"\bstill\s+(?:serving|employed|in\s+the\s+force)\b|\bthe\s+(?:two|three|four|five|six)\s+serving\b"
                               r"|\bserving\s+(?:officers|constables|sergeants|members|ones)\b", re.I)
# "The other had resigned", "The other one was ...": the other, with nothing but a verb after it
# (or with the other's name in apposition: "The other, PC Tate, received a final written warning")
_BARE_OTHER = re.compile(r"\W*the\s+other(?:\s+one)?(?:,\s+" + _TITLE + r"\s+[A-Z][\w'’-]+,)?"
                         r"\s+(?=(?:was|were|had|has|attended|received|resigned|retired|faced|will|would|did|is)\b)", re.I)


# "the other officer, PC Rudd, ...": the other of two, named in apposition
_THE_OTHER_NAMED = re.compile(r"\bthe\s+other\s+(?:[a-z]+\s+)?(?P<role>" + _REFERRED_ROLE + r")\s*,\s*(?=" + _TITLE + r"\s)", re.I)
# a name in apposition to a place among those counted: "the other officer, PC Rudd,", "the third, PC Venn," (the sentence
# text up to the name)
_NAMED_AFTER_A_PLACE = re.compile(r"\bthe\s+(?:other\s+(?:[a-z]+\s+)?(?:" + _REFERRED_ROLE + r")|(?:second|third|fourth|fifth|sixth|other|remaining)(?:\s+one)?)\s*,\s*$", re.I)


# "the two officers with a gross misconduct case", "the officers who had misconduct cases": told apart by level
_WITH_A_LEVEL = re.compile(r"\s+(?:(?:with\s+(?:a\s+|the\s+)?|who\s+had\s+(?:a\s+|the\s+)?)(?P<gm>gross\s+)?misconduct\s+cases?\b"
                           # ("the two officers facing gross misconduct allegations")
                           r"|" + _FACING + r"\s+(?P<gm2>gross\s+)?misconduct\s+(?:allegations?|charges?)\b)", re.I)
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
# what only those with a case have: "Both attended a misconduct meeting and were given written warnings"
_OF_PROCEEDINGS = re.compile(r"\b(?:meetings?|hearings?|warnings?|dismiss\w*|proven|demoted|reduced\s+in\s+rank)\b", re.I)
# people called by their finding: "the three officers found to have committed gross misconduct", "those found guilty of
# misconduct"
_BY_FINDING = re.compile(r"\W*(?:the|those)\s+(?:(?P<n>two|three|four|five|six)\s+)?(?:(?:officers|constables|members\s+of\s+staff|staff)\s+)?(?:who\s+(?:were|had\s+been)\s+)?"
                         r"found\s+(?:to\s+have\s+committed|guilty\s+of)\s+(?P<level>gross\s+misconduct|misconduct)\b", re.I)
# people a report would not call "the officer": police staff, and the posts staff hold (a call handler), whether or not
# the page says they are staff (not a noun of the page's own, such as "his colleague", nor a supervisor the page calls a
# sergeant: either may be an officer)
_STAFF_POST = re.compile("|".join(h for h, role in _HEADS if role == "context"), re.I)


# a case said of someone by pronoun: "she would have had a case", "he had a case"
# ("she has a case", "she would have had a gross misconduct case to answer")
_CASE_BY_PRONOUN = re.compile(r"\b(he|she)\s+(?:also\s+)?(?:(?:would|may|might|could)\s+(?:also\s+)?have\s+)?(?:had|has)\s+(?:a|no)\s+(?:\w+\s+){0,2}?case\b", re.I)
_SEX_OF_PRONOUN = {"he": "m", "she": "f"}
# where a report names the people it investigated: "served notices on PC Harland", "we call them Officer A, B and C"
# the rest of a counted group at a clause's end, its noun implied: "... and misconduct meetings for the other two"
_FOR_THE_OTHER_N = re.compile(r"\bfor\s+the\s+(?:other|remaining)\s+(?P<n>two|three|four|five)(?=\s*[.;]?\s*$)", re.I)
# the force's view, then whom it is of: "It disagreed about", "The force did not agree that"
_FORCES_VIEW_OF = re.compile(r"^\s*(?:It|The\s+force|[A-Z][\w ]{2,40}?\s+(?:Police|Constabulary|Service))\s+(?:also\s+)?(?:disagreed|agreed|did\s+not\s+agree)"
                             r"\s+(?:about|with\s+(?:us\s+)?(?:about|on|regarding)|regarding|on|that)\s+$")
# what may follow "the other two" when they are people: the sentence going on, or a noun for people (not "the other two
# allegations")
_PEOPLE_AFTER_THE_OTHER_N = re.compile(r"\s*(?:[,.;:]|$)|\s+(?:officers|constables|sergeants|inspectors|detectives|PCs|members|staff|call\s+handlers"
                                       r"|detention\s+officers|of\s+them|had|have|were|did|should|could|would)\b", re.I)
# ... with proceedings of their own: "a gross misconduct hearing for the first officer and misconduct meetings for the other two"
# "The other two officers were ...", opening the sentence
_THE_OTHER_N_WERE = re.compile(r"\s*the\s+other\s+(?P<n>two|three|four|five)\s+(?:officers|constables|sergeants|inspectors|detectives|PCs|members\s+of\s+staff|staff)\s+were\b", re.I)
# a sentence doing something with people it names after the verb: "agreed to put the remaining two through ..."
# (not "referred the other two back to ...", allegations; nor a sentence about someone by pronoun: "gave him a written warning")
_PUT_THROUGH = re.compile(r"\b(?:put|putting|place|placed|placing)\s+(?:the\s+)?$", re.I)
_PROCEEDINGS_FOR_THE_OTHER_N = re.compile(r"\band\s+(?:gross\s+)?misconduct\s+(?:meetings?|hearings?)\s+" + _FOR_THE_OTHER_N.pattern, re.I)
_AMONG_THE_INVESTIGATED = re.compile(r"\b(?:served|interview\w*|investigat\w*|notices?|caution|case\s+to\s+answer|we\s+(?:call|refer\s+to)|file)\b", re.I)
# a person named as someone other than those investigated: "were interviewed as witnesses", "were not under
# investigation", "Two other officers were served ...", "who chaired the meeting"
# (of them, those told as witnesses only: _TOLD_AS_WITNESSES)
# people served with notices or questioned under caution (not witnesses)
_SERVED_OR_QUESTIONED = re.compile(r"\b(?:served|notices?|under\s+(?:misconduct|criminal)\s+caution|investigated)\b", re.I)
_SOMEONE_ELSE_PRESENT = re.compile(_TOLD_AS_WITNESSES.pattern + r"|\b(?:other\s+(?:two\s+|three\s+|four\s+|five\s+|six\s+)?officers|another\s+officer)\b|\bchaired\b", re.I)
# a departure before proceedings of the one who left: "retired before his meeting could be held"
_LEFT_BEFORE = r"(?:resigned|retired|left)\b[^.;]*?\bbefore\s+"
_THE_PROCEEDINGS = r"\s+(?:(?:gross\s+)?misconduct\s+)?(?:meeting|hearing)\b"
_LEFT_BEFORE_OWN_PROCEEDINGS = re.compile(r"\b" + _LEFT_BEFORE + r"(?:his|her)" + _THE_PROCEEDINGS, re.I)
# a departure before proceedings already told of for the group: "had resigned in the meantime", "retired before the
# hearing", after "A hearing for the four officers took place in May"
_LEFT_BEFORE_THOSE_TOLD = re.compile(r"\b(?:had\s+(?:already\s+)?(?:resigned|retired|left)\b[^.;]*?\b(?:in\s+the\s+meantime|by\s+then|beforehand)\b"
                                     r"|" + _LEFT_BEFORE + r"the" + _THE_PROCEEDINGS + r")", re.I)
# proceedings on some other matter: "retired before his hearing on that matter", "an unrelated complaint"
_ANOTHER_MATTER = re.compile(r"\b(?:separate|unrelated|different|another|other)\s+(?:complaint|matter|investigation|allegation|case)\b"
                             r"|\bon\s+(?:that|this)\s+matter\b", re.I)
# what would have happened to someone who left: "would have been dismissed", "had he still been serving"
_WHAT_WOULD_HAVE_BEEN_SAID = re.compile(r"\bwould\s+have\s+been\s+dismissed\b|\bhad\s+(?:he|she|they)\s+(?:still\s+)?been\s+(?:serving|an?\s+(?:officer|constable))\b", re.I)
# a count earlier in the sentence that an ordinal continues: "two of the constables were dismissed and the third ..."
# (the ordinal's group is counted off in the sentence itself, not the one talked about before)
_COUNTED_BEFORE_THE_PLACE = re.compile(r"\b(?:two|three|four)\s+(?:of\s+(?:them|the\s+\w+)\s+)?(?:were|had|have|received)\b[^.;]*\band\s+(?:that\s+)?$"
                                       # ("found gross misconduct proven against two of them, who were dismissed without
                                       # notice, and found that the third ...": the count the finding is of)
                                       r"|\b(?:against|for)\s+(?:two|three|four|five)\s+of\s+(?:them|the\s+\w+)\b[^.;]*\band\s+(?:found|decided|concluded|said)\s+that\s+$", re.I)
_ONE_MORE_CASE = re.compile(r"\b(?:" + _ALSO_WORDS + r")\b", re.I)


_WE_KEPT_OUR_VIEW = re.compile(r"\b(?:we|IOPC)\b[^.;]{0,80}?\b(?:remained\s+of\s+the\s+(?:view|opinion)|maintained\s+(?:our|its)\s+(?:view|opinion))\b", re.I)


def _not_called_officer(group: Group) -> bool:
    return group.role == "staff" or group.role != "officer" and bool(_STAFF_POST.fullmatch(group.head))


def _other_objects(deed: str, other: str) -> bool:
    """'used PAVA' and 'used the baton': each names what was done with words the other lacks, so two deeds ("made the
    remarks" and "made the comments" are one)."""
    mine, theirs = _beyond_the_verb(deed, other)
    return bool(mine) and bool(theirs) and not mine & theirs


def _the_one_left(case_people: list[Person], taken: list[Person], text: str) -> list[Person]:
    """'The other officer': the one of those with a case not ``taken``, as a list of one, or [] if more than one is left
    (of several left: the one at the sentence's level, then the one with no outcome yet)."""
    rest = [p for p in case_people if p not in taken]
    level = facts_in(text).get("level")
    for narrower in ([p for p in rest if p.grade == level], [p for p in rest if "outcome" not in p.facts]):
        if len(rest) > 1 and narrower:
            rest = narrower
    return rest if len(rest) == 1 else []


# a sentence going on about someone just talked about, by pronoun alone: "He also did not record ..."
_GOES_ON_BY_PRONOUN = re.compile(r"\W*(?:He|She)\s+(?:also\s+)?(?!had\s+(?:a|no)\s+case\b)\w+", re.I)

# one of two described, then "the second" in a clause of its own: "The officer who had made the comment received a final
# written warning, and the second officer received a written warning" (the second of the two, not the second introduced)
# (plain "officer" only: a rank, "the second constable", is placed among those of that rank)
_DESCRIBED_THEN_THE_SECOND = re.compile(r"\W*The\s+(?:police\s+)?officer\s+who\b[^.;]*?,\s*and\s+the\s+second\s+(?:police\s+)?officer\b", re.I)
# the findings against someone (every finding but "not proven")
_FOUND_AGAINST = tuple(f for f in FINDINGS if f != "not_proven")
# some of them counted off, with their ranks in apposition: "Two of them, a sergeant and a constable, ..."
_COUNTED_THEN_RANKS = re.compile(r"(?:two|three|four)\s+of\s+(?:them|the\s+(?:two|three|four|five|six)\s+officers|the\s+officers)\s*,\s*(?P<ranks>[^,;.()]{3,80}?)\s*,", re.I)
# a sentence telling only that a hearing was held, and when: "A misconduct hearing was held in March 2024."
# (a date only: not "on appeal", "at a Police Appeals Tribunal")
_A_HEARING_HELD_ALONE = re.compile(r"\W*A\s+misconduct\s+hearing\s+(?:was\s+held|took\s+place|went\s+ahead)"
                                   r"(?:\s+(?:in|on)\s+(?:(?:\d{1,2}\s+)?" + MONTH_NAMES + r"(?:\s+\d{4})?|\d{4}))?"
                                   # (and what it found, in the same clause: "... and found gross misconduct proven")
                                   r"(?:\s+and\s+found\s+[\w ]+)?\.?\s*")
# a who-clause set off by a comma that only tells what the person was given: "against the constable, who was dismissed",
# "..., who has since been dismissed" (a result, not a deed that sets one constable apart from another: not "who was
# found asleep", "who received the call")
_WHO_TELLS_A_SANCTION = re.compile(r"(?:was|were|has|have|had)\s+(?:since\s+|then\s+|later\s+|subsequently\s+|also\s+)?(?:been\s+)?"
                                   r"(?:dismissed|issued|demoted|given\s+(?:a|an)\s+(?:final\s+)?written\s+warning|given\s+management)\b", re.I)
# a sanction given plainly, not one still weighed, denied or only what would have been: "was given management action"
_GIVEN_PLAINLY = re.compile(r"\b(?:was|were)\s+(?:\w+\s+)?(?:given|issued|referred)\b|\b(?:received|gave|completed|underwent|undertook)\b", re.I)
_GIVEN_ONLY_MAYBE = re.compile(r"\b(?:whether|would|should|could|might|may|otherwise)\b|\b(?:not|never)\s+(?:been\s+|be\s+)?(?:given|issued|received?)\b", re.I)
# an account placing someone and giving their rank: "the second officer, a special constable, pushed him"
_PLACE_THEN_RANK = re.compile(r"\bthe\s+(?P<nth>first|second|third|fourth)\s+(?:officer|constable)\s*,\s*(?P<rank>(?:a|an)\s+[^,;.]{1,40}?)\s*,", re.I)
# a time before the proceedings just told, opening a sentence: "A week before it, PC Whitlow resigned"
# ("Before the hearing took place, PC Fenwick retired")
_BEFORE_THE_TOLD_PROCEEDINGS = re.compile(r"\s*(?:(?:(?:a|one|two|three|four|a\s+few)\s+(?:days?|weeks?|months?)|shortly|just|the\s+day)\s+)?before\s+"
                                          r"(?:it|that|the\s+(?:misconduct\s+|gross\s+misconduct\s+)?(?:hearing|meeting))"
                                          r"(?:\s+(?:took\s+place|was\s+held|could\s+(?:take\s+place|be\s+held|go\s+ahead)|began|started))?\s*,\s*", re.I)
# a clause's subject: opening the sentence or a clause joined on ("PC Dove was in charge and PC Amadi had spoken to her"),
# its verb straight after it
_CLAUSE_OPENS_BEFORE = re.compile(r"(?:^\W*|[;,]\s*|\s(?:and|while|whereas|but)\s+)$", re.I)
_CLAUSE_VERB_AFTER = re.compile(r"\s+(?:also\s+)?(?!(?:and|or|who|whose|of|in|at|on|from|with|to|for|the|a|an)\b)[a-z]+\b")
# ... not beside someone told as a witness or observer only
_ONLY_WATCHING = re.compile(_TOLD_AS_WITNESSES.pattern + r"|\bas\s+(?:an?\s+)?observer\b", re.I)
# a word for someone in a vehicle, which names no rank: "the driver", "the passenger" (not "the driver of the stolen car",
# "the driver's speed": another's, or a thing)
_A_VEHICLE_WORD = re.compile(r"\bthe\s+(?:police\s+)?(?P<noun>" + "|".join(sorted(_VEHICLE_NOUNS)) + r")\b(?!\s+of\b|['’])", re.I)
# ... as the one a result is about: opening the sentence, or after "against", "for" ("The case against the driver was
# found not proven", "For the driver, the panel found ...")
_THE_VEHICLE_WORD_AS_SUBJECT = re.compile(r"(?:\W*|.*?\b(?:against|for)\s+)" + _A_VEHICLE_WORD.pattern, re.I)
# anyone else the sentence may be about: a pronoun, or a word for several
_SOMEONE_ELSE_TOO = re.compile(r"\b(?:he|she|him|her|his|they|them|their|both|all|each|either|neither)\b", re.I)
# people who only gave evidence: "The custody sergeant and the detention officer gave witness statements"
# (only where that is all the sentence says of them: not "gave witness statements to the inquest which we found were
# misleading", their conduct)
_AS_WITNESSES = re.compile(r"\b(?:(?:gave|provided|made)\s+witness\s+statements?|(?:were|was)\s+(?:treated\s+as\s+)?(?:a\s+)?witness(?:es)?)\W*$", re.I)
_TREATED_AS_A_WITNESS = re.compile(r"\b(?:was|were)\s+(?:treated|interviewed|seen)\s+(?:only\s+)?as\s+(?:a\s+)?witness(?:es)?\b", re.I)
# attending one's own proceedings: "attended her misconduct meeting", "attended a separate meeting"
# (not a meeting with others: "attended a meeting with the woman's family to explain our findings")
_ATTENDED_OWN = re.compile(r"\battended\s+(?:his|her|their|a|a\s+separate)\s+(?:(?:gross\s+)?misconduct\s+)?(?:meeting|hearing)\b(?!\s+(?:with|to)\b)", re.I)
# someone placed in turn without a name: "The panel found misconduct proven against a third officer"
# ("A second officer was found to have committed gross misconduct and was dismissed", opening its sentence)
_A_PLACE_IN_TURN = re.compile(r"(?:^\W*|\b(?:against|for|to)\s+)an?\s+(?P<nth>second|third|fourth|fifth|sixth)\s+(?:officer|constable|sergeant)\b", re.I)
# a pronoun listed with the one the sentence then names: "a hearing for him and PC Harland", "She and PC Dale attended"
_PRONOUN_LISTED_BEFORE = re.compile(r"(?:^\s*(?:he|she)|\b(?:for|against|with|to)\s+(?:him|her))\s+and\s+$", re.I)


# the finding's "against" said again before a second person named by rank ("... against the constable who had knelt on the
# man and against the custody sergeant")
_AND_AGAINST_A_RANK = re.compile(r",?\s+and\s+against\s+$", re.I)


def _decided_together(groups: Iterable[Group]) -> list[list[Person]]:
    """The members of these groups, gathered by the sentence that introduced them: those decided on together."""
    together: dict[int, list[Person]] = {}
    for group in groups:
        together.setdefault(group.introduced_at, []).extend(group.members)
    return list(together.values())


def _rank_in_apposition(text: str, end: int) -> Phrase | None:
    """The rank set off in commas straight after ``end``: "The second, a detective constable, ...", "one of the officers, a
    sergeant, retired" (one person not yet known, of a rank more than "officer")."""
    told = next((p for p in find_phrases(text) if p.start >= end), None)
    if told is not None and re.fullmatch(r"\s*,\s*", text[end:told.start]) and not told.definite \
            and told.count == 1 and not told.plural and told.head not in GENERIC_HEADS:
        return told
    return None


def _only_advice(facts: dict[str, str]) -> bool:
    """Whether what a sentence tells of its people is advice or reflection alone, no proceedings, finding or departure."""
    told = {k: v for k, v in facts.items() if k in ("proceedings", "outcome", "sanction", "left", "level")}
    return told.keys() <= {"proceedings", "sanction"} and told.get("proceedings", "none") == "none" \
        and told.get("sanction", "management_action") in ("management_action", "rprp")


# a clause opening on the panel's verb: "..., | and the panel found (that) the sergeant would have been dismissed" (counts'
# _ONLY_A_LEAD_IN is the same lead, but optional and with "considered": folding either way changes which clauses are read)
_THE_PANELS_VERB = re.compile(r"\W*(?:and\s+)?(?:the\s+(?:panel|chair)|it)\s+(?:said|found|decided|concluded|ruled)\s+(?:that\s+)?", re.I)
# where a clause goes on about someone else: "... had been right to suspend him | and that he would have been dismissed"
_SAID_OF_SOMEONE_ELSE_AGAIN = re.compile(r"\s+and\s+that\b|,?\s+so\b|,?\s+which\b", re.I)


class RefersToPeople:
    """Which of the people known so far a sentence is about: by count, name, rank, letter, description, position or
    pronoun, or whoever was last talked about."""

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

    def _of_another_sex(self, last: Phrase, known: list[Group], index: int) -> bool:
        """Whether the case this sentence gives by pronoun ("she would have had a case") is of someone of the other sex
        than everyone ``known`` the phrase last talked about could mean ("The officer who took the first report had left
        the force ...", after a constable known as "he"): someone new, the one just described."""
        text = self.sentences[index].text
        said = _CASE_BY_PRONOUN.search(text) if last.definite and not last.label else None
        # (not a case said "also", "too" or "as well": one more of someone known, whatever sex the report let slip)
        return bool(said) and not _ONE_MORE_CASE.search(text) and self._all_of_the_other_sex([p for g in known for p in g.members], said.group(1))

    def _subject_beside_an_agent_of_the_other_sex(self, last: Phrase, known: list[Group], index: int) -> Phrase | None:
        """'The member of police staff had been added to the chat by PC Tillotson ... We decided she had no case': the one
        the sentence before opens on, where the person it named last is a passive's agent ("by PC Tillotson") known to be of
        the other sex than the pronoun the case is said by, and the one it opens on is not; None otherwise."""
        said = _CASE_BY_PRONOUN.search(self.sentences[index].text)
        subject = self._subject_of(index - 1) if said else None
        # (a passive's agent: "had been added to the chat by PC Tillotson", not "stood by PC Orme")
        if subject is None or not re.search(r"\b(?:was|were|been|being)\s+(?:[\w-]+\s+){0,2}?[\w-]+(?:ed|en|wn|ught)\b[^.;]{0,80}?\bby\s+"
                                            + re.escape(last.text) + r"\b", self.sentences[index - 1].text):
            return None
        agents = [p for g in known for p in g.members]
        subjects = [p for g in self._matching_groups(subject) for p in g.members]
        return subject if self._all_of_the_other_sex(agents, said.group(1)) and not self._all_of_the_other_sex(subjects, said.group(1)) else None

    def _owner_of_another_sex(self, owner: Phrase, decided: str) -> bool:
        """Whether everyone ``owner`` could mean is known to be of the other sex than the pronoun the decision ``decided``
        ("... we found she had a case") gives."""
        pronoun = re.search(r"\b(he|she)\b", decided, re.I)
        return bool(pronoun) and self._all_of_the_other_sex([p for g in self._matching_groups(owner) for p in g.members], pronoun.group(1))

    def _all_of_the_other_sex(self, people: list[Person], pronoun: str) -> bool:
        """Whether ``people`` are some, each known to be of the other sex than ``pronoun`` ("he" or "she")."""
        return bool(people) and all(self._sex_of(p) not in (None, _SEX_OF_PRONOUN[pronoun.lower()]) for p in people)

    def _described_by_a_clause(self, last: Phrase, index: int) -> bool:
        """Whether a sentence just before opens on ``last`` and tells who they are by a clause: "The call handler who took the
        second call had since left the force" (someone described, not the known call handler named again)."""
        return any(re.match(r"\W*" + re.escape(last.text) + r"\s*,?\s+who\b", self.sentences[j].text, re.I)
                   for j in range(index - 1, max(-1, index - 3), -1))

    def _take_what_was_told_of(self, last: Phrase, known: list[Group], new: Group, index: int) -> None:
        """The facts the sentence describing ``last`` gave to someone ``known``, before ``last`` was known to be someone new
        ("The officer who took the first call had retired ...", read as the constable then), moved to the new person."""
        told = next((j for j in range(index - 1, max(-1, index - 3), -1) if last.text in self.sentences[j].text), None)
        # (only a sentence that opens on the one described and names no one else: not "He resigned in May, and the officer
        # who took the first report retired a month later")
        if told is None or not self.sentences[told].text.lstrip().startswith(last.text) or len(find_phrases(self.sentences[told].text)) > 1:
            return
        sentence = self.sentences[told]
        for person in (p for g in known for p in g.members):
            for name in [n for n, spans in person.evidence.items() if spans and all(sp is sentence for sp in spans) and n in person.facts]:
                value = person.facts[name]
                person.forget(name)
                person.sanctions_seen = [seen for seen in person.sanctions_seen if seen[2] is not sentence]
                for member in new.members:
                    self._record(member, name, value, sentence)

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

    def _described_just_before(self, index: int, reach: int = 2) -> list[Phrase]:
        """The people the ``reach`` sentences before ``index`` describe one by one ("the arresting officer", "the PCSO"),
        each once: a plain "the officer" is one of the others when a more specific officer was named. A plain officer
        named in apposition is one person when placed among others ("The second officer, PC Aldous, ...", "Another
        officer, PC Dunn, ..."), else only among others described: alone ("Two officers went in. The officer, PC Lane,
        forced the door"), the two phrases stay apart, as the other of a pair the report leaves undescribed is met by
        them (the review rv216 found the pair otherwise loses its names)."""
        named, merged_plain = self._described_one_by_one(index, reach, plain_apposition=True)
        return named if len(named) >= 2 or not merged_plain else self._described_one_by_one(index, reach, plain_apposition=False)[0]

    def _described_one_by_one(self, index: int, reach: int, plain_apposition: bool) -> tuple[list[Phrase], bool]:
        """``_described_just_before``'s people, and whether a plain officer named in apposition was taken as one person."""
        named: list[Phrase] = []
        merged_plain = False
        for sentence in self.sentences[max(0, index - reach):index]:
            if _AS_WITNESSES.search(sentence.text):
                continue  # ("The custody sergeant and the detention officer gave witness statements.": not those decided on)
            # (the people the sentence opens with, "PC Ellery and PC Varley sent ...", not "the custody sergeant" they failed
            # to tell)
            found = find_phrases(sentence.text)
            opening_list = _joined_run(found, 0, sentence.text)
            opening = sentence.text[:opening_list[0].start].strip() if opening_list else ""
            counted = opening_list[0] if len(opening_list) == 1 and opening_list[0].plural and opening_list[0].count else None
            if counted and len(found) > 1 and _COUNT_THEN_ITS_LIST.fullmatch(sentence.text[counted.end:found[1].start]):
                # ("We investigated three officers: PC Lamb, PC Orton and a sergeant, PS Kaye": the count, then its people
                # one by one after the colon, as in apposition; taken only where the list gives as many as counted)
                opening_list = _joined_run(found, 1, sentence.text)
            kept = [p for p, q in zip(opening_list, opening_list[1:] + [None])
                    if q is None or not _named_in_apposition_to(p, q, sentence.text, plain_apposition)]
            # (one placed by an ordinal, "The second officer, PC Aldous", or as one of several, "Another officer, PC Dunn",
            # is one person whoever else is described)
            merged_plain = merged_plain or any(p.head in GENERIC_HEADS and not _PLACED_AMONG_OTHERS.match(p.text) for p in opening_list if p not in kept)
            opening_list = kept
            if counted and opening_list and opening_list[0] is not counted and len(opening_list) != counted.count:
                opening_list = [counted]
            # ("An inspector, a sergeant and a constable were involved": a list of people each introduced by "a" is as
            # many people, told apart by role)
            introduced = len(opening_list) > 1 and len({_who(q) for q in opening_list}) == len(opening_list)
            # (after "We found that": what we found them to have done; "We also found that a member of police staff ... had
            # passed him details": someone new, found to have done something)
            found_that = bool(re.fullmatch(r"(?:we|our\s+investigation|the\s+investigation)\s+(?:also\s+)?(?:found|established|concluded|investigated)(?:\s+that)?",
                                           opening, re.I))
            for p in opening_list:
                if p.count != 1 or p.plural or not (p.definite or introduced or found_that and len(opening_list) == 1) or p.role == "unknown" \
                        or opening and not opening.endswith(",") and not found_that:
                    continue
                if any(_who(q) == _who(p) or p.head in GENERIC_HEADS and q.role == "officer" for q in named):
                    continue
                named.append(replace(p, start=0, end=0))
        return named, merged_plain

    def _called_so_in_apposition(self, text: str, index: int) -> list[Person] | None:
        """'The force disagreed about the third officer, the driver, ... The case against the driver was found not proven':
        the one person with a case an earlier apposition gave that word (a word for someone in a vehicle, which names no
        rank); None where the sentence names anyone else, or no apposition places one person."""
        said = _THE_VEHICLE_WORD_AS_SUBJECT.match(text)
        if said is None or find_phrases(text) or len(_A_VEHICLE_WORD.findall(text)) > 1 or _SOMEONE_ELSE_TOO.search(text):
            return None
        told = re.compile(r",\s+the\s+" + re.escape(said.group("noun").lower()) + r"\s*,", re.I)
        placed = []
        for earlier in self.sentences[:index]:
            for m in told.finditer(earlier.text):
                # (by place, rank or name: "the third officer, the driver,", "PC Lowe, the driver,")
                before = [p for p in find_phrases(earlier.text[:m.start()]) if p.count == 1 and not p.plural
                          and not _past_letter(p, earlier.text[p.end:m.start()]).strip()]
                person = self._by_position(before[0]) if before else None
                if person is None and before and len(groups := self._matching_groups(before[0])) == 1 and len(groups[0].members) == 1:
                    person = groups[0].members[0]
                if person is not None and person not in placed and self.groups[person.group].case:
                    placed.append(person)
        return placed if len(placed) == 1 else None

    def _two_named_clause_subjects_just_before(self, index: int) -> list[Phrase]:
        """'PC Dove was in charge at the scene and PC Amadi had spoken to the woman. We found that both had a case': the two
        people, each named, the sentence before makes each the subject of a clause of its own, one each; [] otherwise (not
        with a third clause's subject, "and the sergeant followed in a car", nor one told as a witness or observer; by name
        only: "the sergeant had told them to hurry" may be whoever gave the order)."""
        if index == 0 or _ONLY_WATCHING.search(text := self.sentences[index - 1].text):
            return []
        subjects = [p for p in find_phrases(text) if _CLAUSE_OPENS_BEFORE.search(text, 0, p.start)]
        if len(subjects) != 2 or len({p.label for p in subjects}) != 2 \
                or not all(p.label and len(p.label) > 1 and p.count == 1 and not p.plural and p.role != "unknown"
                           and _CLAUSE_VERB_AFTER.match(_past_letter(p, text[p.end:])) for p in subjects):
            return []
        return [replace(p, start=0, end=0) for p in subjects]

    def _listed_just_before(self, index: int, count: int) -> list[Phrase]:
        """The last list of exactly ``count`` people, one each by role, in the four sentences before ``index`` ("the custody
        sergeant, the detention officer and the constable"): who a bare "all three" means, when nobody has a case yet.
        A counted kind counts as many ("The custody sergeant and two detention officers were served with misconduct notices
        ... all three"), only in a list of everyone its sentence names, served or questioned and not witnesses, with no
        nearer sentence counting that many at once ("Three detention officers were served ...")."""
        counted_nearer = False
        for sentence in reversed(self.sentences[max(0, index - 4):index]):
            everyone = find_phrases(sentence.text)
            found = [p for p in everyone if p.role != "unknown"
                     and (p.count == 1 and not p.plural and p.definite or p.plural and (p.count or 0) > 1)]
            for start in range(len(found)):
                run = _joined_run(found, start, sentence.text)
                if len(run) < 2 or sum(p.count for p in run) != count or len({_who(p) for p in run}) != len(run) \
                        or any(p.head in GENERIC_HEADS for p in run):
                    continue
                if all(p.count == 1 for p in run):
                    return [replace(p, start=0, end=0) for p in run]
                if not counted_nearer and len(run) == len(everyone) and not any(p.other for p in run) \
                        and _SERVED_OR_QUESTIONED.search(sentence.text) and not _TOLD_AS_WITNESSES.search(sentence.text):
                    return [replace(p, start=0, end=0) for p in run]
            counted_nearer = counted_nearer or any(p.plural and p.count == count for p in everyone)
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
        """Whether "the other <noun>" can name this person: "officer" names anyone serving, a rank or a post only its holders
        (or someone known only as an officer): "the other detention officer" is no custody sergeant."""
        noun = _norm_head(noun)
        head = self.groups[person.group].head if 0 <= person.group < len(self.groups) else ""
        return noun in GENERIC_HEADS or head == noun or not head \
            or noun not in ("constable", "sergeant", "inspector") and (head in GENERIC_HEADS or head.endswith(" " + noun) or noun.endswith(" " + head)) \
            or head in GENERIC_HEADS and noun in self._ranks_everyone_held  # ("five officers, all constables": any of them)

    @functools.cached_property
    def _ranks_everyone_held(self) -> frozenset[str]:
        """The ranks the report says everyone it served notices on held ("We served misconduct notices on five officers, all
        constables"), read once a page (``_may_be_called`` asks for every person it weighs)."""
        return frozenset(m.group("rank").lower() for s in self.sentences for m in _ALL_OF_A_RANK.finditer(s.text))

    def _told_only_as_witnesses(self, sentence: Span, found: list[Phrase]) -> bool:
        """A sentence (its people ``found``) telling of a group only that they were witnesses or not investigated: the
        group opening it, joined by "and" if more than one ("PC Dunn and PC Hale were not investigated"; not "The constable
        applied the restraints and the two other officers were not investigated", a clause of its own), nobody named after
        it ("..., which PC Dunn carried out alone"), and none of them people with a case ("The two constables were
        witnesses at the man's trial", of two with one)."""
        told = _ONLY_WITNESSES.match(sentence.text)
        if told is None or not found or not re.fullmatch(r"\W*(?:all\s+|both\s+)?", sentence.text[:found[0].start], re.I):
            return False
        told_of = [p for p in found if p.start < told.end()]
        if not all(re.fullmatch(r"\s+and\s+", sentence.text[a.end:b.start]) for a, b in zip(told_of, told_of[1:])):
            return False
        # ("The other three officers", "Three further officers": not those known; a count, those of that size)
        return not any(p.start >= told.end() for p in found) \
            and not any(g.case and (p.count is None or p.count == len(g.members)) for p in found if not p.other
                        for g in self._matching_groups(replace(p, definite=True)))

    def _last_person(self, index: int, reach: int = 4, as_written: bool = False, singular: bool = False) -> Phrase | None:
        """The person last talked about before sentence ``index`` (within ``reach`` sentences), as a phrase standing for them
        (``as_written``: the phrase as the report wrote it, "an officer" still indefinite; ``singular``: one person, as "he"
        is, never a group named as the object of a preposition: "sent messages to three of the student officers")."""
        decided = re.search(r"\b(he|she)\b", self.sentences[index].text, re.I) if index < len(self.sentences) else None
        for sentence in reversed(self.sentences[max(0, index - reach):index]):
            found = find_phrases(sentence.text)
            if self._told_only_as_witnesses(sentence, found):
                continue  # ("The other three officers were not under investigation.": nobody a decision could be about)
            # (not what someone was: "as he was no longer a serving officer"; nor nobody: "No supervisor we spoke to said so")
            phrases = [p for p in found if p.count and not _NO_LONGER_A.search(sentence.text, 0, p.start)
                       and not re.search(r"\b(?:no|not\s+a|not\s+one)\s+$", sentence.text[:p.start], re.I)]
            if singular:
                one_of_them = [p for p in phrases if not (p.plural or p.count > 1) or not _OBJECT_OF.search(sentence.text, 0, p.start)]
                if one_of_them:
                    phrases = one_of_them  # (with nobody else in that sentence, the group stays: "he" may be one of them)
                elif phrases and re.match(r"\W*(?:[\w-]+\s+){0,4}?(?:he|she)\s", sentence.text, re.I):
                    continue  # ("Over several months he sent messages to three of the student officers": "he" is someone before)
                if phrases and all(re.search(r"\b(?:he|she)\s+(?:[a-z]+\s+){1,3}$", sentence.text[:p.start]) for p in phrases):
                    continue  # ("..., and he later told an inspector that ...": "he" is someone before, not the one told)
            owner = re.search(r"\b(he|she)\b(?!\s+(?:said|says|told|complained|alleged|reported|claimed|stated)\b)", sentence.text[:phrases[0].start], re.I) \
                if phrases else None
            if owner and all(re.search(r"\b(?:his|her)\s+$", sentence.text[:p.start], re.I) for p in phrases) \
                    and (decided is None or decided.group(1).lower() == owner.group(1).lower()):
                # ("However, she had closed the case without her sergeant's approval. In our opinion she had a case": the
                # one the sentence is about, someone before, not the one only named as hers; not "He said his arresting
                # officer had punched him. We decided she had a case": the one he spoke of, another, is hers)
                continue
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
                # (or someone unnamed, the object of a gerund: "... had closed the incident without asking a supervisor. In our
                # view she had a case": the call handler, not any supervisor)
                gerund = not p.definite and not p.label and bool(re.search(r"\b(?:without|before|after|by)\s+[a-z]+ing\s+$", sentence.text[:p.start], re.I))
                # (or someone the subject spoke of: "..., in which he said a former supervisor had given him permission. We
                # found he had a case": the one who said it)
                reported = bool(re.search(r"\b(?:he|she)\s+(?:said|claimed|stated|insisted|explained|told\s+us)\s+(?:that\s+)?$", sentence.text[:p.start], re.I))
                if p is not subject and (_OBJECT_OF_OR_FOR.search(sentence.text, 0, p.start) or told or subordinate or gerund or reported) \
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
                        and re.fullmatch(r"\s+(?:is|was)\s+(?:also\s+)?|\s*,\s*(?:who\s+(?:is|was)\s+)?(?:also\s+)?", _past_letter(phrases[-2], sentence.text[phrases[-2].end:p.start])):
                    # "The detention officer is a member of police staff. We found she had a case", "the call handler, a member
                    # of police staff, had ...", "The detention officer, who is a member of police staff, accepted": the one the complement or apposition describes (not "The fourth officer, a
                    # sergeant, had ...": there the apposition is the more specific)
                    p = _described_by(phrases[-2], p)
                elif len(phrases) > 1 and phrases[-2].label and phrases[-2].count == 1 and re.match(r"one\s+of\b", p.text, re.I) \
                        and re.fullmatch(r"\s*,\s*", _past_letter(phrases[-2], sentence.text[phrases[-2].end:p.start])) \
                        and re.match(r"[^,;]{0,40},", sentence.text[p.end:]):
                    # "PC Okafor, one of the two constables, had led the search": the one named, whom the apposition places
                    p = phrases[-2]
                elif len(phrases) > 1 and (_generic(p) or phrases[-2].label and len(phrases[-2].label) > 1) and not _generic(phrases[-2]) \
                        and not phrases[-2].plural and not sentence.text[:phrases[-2].start].strip() \
                        and re.match(r"the\s", p.text, re.I) and re.match(r"(?:\s+(?:in|on|for|of)\s+[^,;]{1,30})?\s*,", sentence.text[p.end:]) \
                        and re.fullmatch(r"\s*,\s*(?:who\s+(?:was|is|had\s+been|has\s+been)\s+)?", _past_letter(phrases[-2], sentence.text[phrases[-2].end:p.start])):
                    # "The first constable, who was the investigating officer, had not ...": the constable, whom the
                    # apposition only describes by a looser noun (or by any post, after a name: "PC Orrin, who had been the
                    # officer in charge for two months, did not ...")
                    p = phrases[-2]
                return p if as_written else replace(p, start=0, end=0, definite=True)  # ("the second constable" stays someone other)
        return None

    def _revise(self, group: Group, decision: Decision, index: int, sentence: str) -> None:
        if _PANEL_VOICE.search(sentence) and not _A_PANEL_COULD.search(sentence):
            return  # a panel's finding is an outcome, not a case-to-answer decision (not "a panel could find": our test)
        new, old = decision.grade, group.grade
        if decision.positive and 0 <= group.disputed_at < index and not _WE_KEPT_OUR_VIEW.search(sentence):
            # a later "they did agree that the officer had a case" (not our own view kept, "we remained of the view that
            # both officers had a case": still disputed, what the force would rather do still only its wish)
            group.disputed_at = -1
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
            pool = [g for g in self.groups if g.case and len(g.unsplit) > 1]
            if not pool and named_one is not None:
                # ("In interview, three of the officers said ...; the fourth declined ... one of the constables, PC Aldous,
                # resigned": one the name picks out of the whole group, whatever a count of what they said split off)
                pool = [g for g in self.groups if g.case and len(g.members) > 1 and any(not p.split for p in g.members)]
            if one_of.group(0).startswith(":") and len(pool) > 1:
                pool = []  # (after a colon only where one group could be meant: "The constables attended: one was ...")
            if one_of.group(0).lower() == "one" and re.search(r"\bagainst\s+$", text[:one_of.start()], re.I) \
                    and self._others_counted_near(index):
                # ("... the force they used on two detainees. ... the allegation of excessive force against one was found
                # proven": a bare "one" may be one of those others, rv266)
                pool = []
            if one_of.group("told_apart"):
                # ("one of the two who had since retired": of a group with a case at least that size, and not where others
                # of that number were just counted, "Two inspectors had planned the search": cr52b)
                n = NUMBERS[one_of.group("told_apart").lower()]
                others_so_counted = any(ph.count == n and ph.plural and ph.head not in GENERIC_HEADS
                                        and not any(g.head == ph.head or g.head.endswith(" " + ph.head) for g in pool)
                                        for s in self.sentences[max(0, index - 2):index + 1] for ph in find_phrases(s.text))
                pool = [] if others_so_counted else [g for g in pool if len(g.unsplit) >= n]
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
                counted = COUNTED_BEFORE_A_COLON.search(text, 0, one_of.start() + 1) if one_of.group(0).startswith(":") else None
                if counted and counted.group(1).lower() == "both" and len(self.pointer) == 2 and all(p in members and not p.split for p in self.pointer):
                    # ("The other two admitted their failings. Misconduct was found proven against both of them: one ..."): the
                    # pair just talked about
                    members = list(self.pointer)
                elif counted and NUMBERS[counted.group(1).lower()] < len(unsplit := [p for p in members if not p.split and not p.has_left]):
                    # ("proven against two of them: one was given a written warning and the other management advice", of three
                    # at the meetings: the one and the other are of those two, in the report's order, and the finding is both's)
                    members = sorted(unsplit, key=lambda p: p.seq)[:NUMBERS[counted.group(1).lower()]]
                person = self._split_one(group, members)
                if named_one is not None:
                    self._regroup([person], index).label = named_one.label
                if (told := _rank_in_apposition(text, one_of.end())) is not None and not told.label:
                    person.rank_told = told.head  # ("Before the hearing, one of the officers, a sergeant, retired": later "the sergeant")
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
        # (not one named in an aside of those included: "For the other three officers, including the one who had retired,
        # the panel found the allegations not proven" is of all three)
        by_departure = next((m for m in _BY_DEPARTURE.finditer(text) if not _INCLUDED_ASIDE.search(text, 0, m.start())), None)
        if by_departure:
            # "the PC who was still serving", "the PC who had resigned": one of a group, told apart by leaving
            so_called = [g for ph in find_phrases(by_departure.group("who") or by_departure.group("who2"))
                         for g in self._matching_groups(replace(ph, definite=True), loose=True)]
            # (of those with a case, who alone had proceedings to leave before: not the constable found to have none)
            named = [p for g in ([g for g in so_called if g.case] or so_called) for p in g.members]
            said = by_departure.group("who2") or ""
            if not so_called and re.fullmatch(r"the\s+(?:two|three|four|five|six|one|other|others)", said, re.I):
                named = case_people  # ("the two who had resigned": a bare count, of those with a case)
            within = [p for p in named if p in self.pointer]
            singular = not any(ph.plural or (ph.count or 1) > 1 for ph in find_phrases(by_departure.group("who") or by_departure.group("who2") or ""))
            if singular and any(p.has_left for p in within) and any(not p.has_left for p in within):
                # ("gross misconduct proven against both officers who had posted messages. The officer who was still serving
                # was dismissed": of the two just talked about, not of everyone with a case; not a plural, "The officers who
                # were still serving were dismissed", which may mean more than those just talked about)
                named = within
            gone = bool(by_departure.group("gone"))
            chosen = [p for p in named if p.has_left == gone]
            if chosen and len(chosen) < len(named):
                # ("The sergeant and the two constables who were still serving were dismissed": the one named before too)
                start = by_departure.start("who") if by_departure.group("who") else by_departure.start("who2")
                listed = self._listed_with(text, start, named)
                # ("the officer who was still serving was dismissed; the other would have been", "..., and the panel decided
                # that the officer who had resigned would have been": both, told apart below)
                both_told = len({bool(m.group("gone")) for m in _BY_DEPARTURE.finditer(text)}) == 2
                return listed + (named if _THE_OTHER_CLAUSE.search(text) or both_told else chosen)
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
                     r"|\b(?:against|for|to|on|in\s+the\s+case\s+of)\s+the\s+other\b(?=\s*(?:[,.;]|and\b|$|(?:is|had|has)\b)|" + _ITS_FINDING_NEXT + r")"  # ("... against the other and ...", "... against the other was", "In the case of the other, ...", "found the allegation against the other not proven")
                     r"|^" + _BARE_OTHER.pattern, text, re.I):
            partnered = self._the_other_of_a_pair_listed_with_one(text)
            if partnered:
                return partnered
            if (remaining := self._the_remaining_still_untold(text)) is not None:
                return remaining
            rest = self.last_split.unsplit if self.last_split else []  # ("The other attended a meeting")
            # (not "The remaining two officers ...", when one is left of the group split last: two others)
            counted = re.search(r"\b(?:other|remaining)\s+(two|three|four|five)\b", text, re.I)
            if rest and (counted is None or len(rest) == number_of(counted.group(1))):
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
        if other_of_two and (named_other := _THE_OTHER_NAMED.search(text)) and self._may_be_called(other_of_two[0], named_other.group("role")) \
                and not _SOMEONE_ELSE_PRESENT.search(text):
            # "The allegations against the other officer, PC Dunmore, were found not proven" (not "The other officer, PC
            # Moss, who had not been under investigation, was given words of advice")
            return other_of_two
        if other_of_two and _COLLEAGUE.search(text) and not find_phrases(text) and not _HIS_OWN_COLLEAGUE.search(text):
            return other_of_two  # "... against her colleague": the other of the two
        told_apart = self._split_by_deed(text, index)
        if told_apart:
            return told_apart
        other_n = re.search(r"\b(?:the\s+)?(?:other|remaining)\s+(?P<n>two|three|four|five)\b(?!\s+[a-z]+\s+(?:had|was|were))", text, re.I)
        if other_n:
            # "against the other two", after "the officer who struck the man": the rest of that group
            n = number_of(other_n.group("n"))
            told = facts_in(text)
            if self.counted_off and sorted(self.pointer, key=lambda p: p.seq) == self.counted_off[:len(self.pointer)] \
                    and len(rest := self.counted_off[len(self.pointer):]) == n \
                    and {"sanction", "left"} & set(told) and not {"outcome", "proceedings", "held"} & set(told) \
                    and not _SOMEONE_ELSE_PRESENT.search(text):
                # ("proven against four of the officers. Two of them had resigned, and the panel said they would have been
                # dismissed. The other two were dismissed": the rest of the four counted off, not of everyone with a case;
                # only where the sentence tells what followed the finding, not a finding of its own, "The other two were
                # found not proven", which is of those not counted; and only after the first of them: "the remaining two"
                # after these are others)
                return rest
            for group in self.groups:
                # (or a group one of them was just taken out of: "One of the four, PC Marlow, ... The other three ...")
                # (or one a member was named out of: "PC Ashdown was dismissed. The other three ...")
                # ("all three officers had a case ... PC Darrow ... The other two": named by rank and name out of plain officers)
                named_out = any(g is not group and (g.label or g.described_as) and g.introduced_at == group.introduced_at
                                and (g.head == group.head and all(p.named for p in g.members)
                                     or group.head in GENERIC_HEADS and g.role == group.role and g.label and len(g.members) == 1)
                                for g in self.groups)
                if group is self.last_split or named_out or any(p.named or p.split for p in group.members):
                    rest = [p for p in group.members if not (p.named or p.split)]
                    if len(rest) == n:
                        return rest
            if self.total and not self.remainder and other_n.start() == len(text) - len(text.lstrip()) \
                    and re.match(r"\s+(?:had|have|were|did)\b", text[other_n.end():]) \
                    and self.total - sum(len(g.members) for g in self.groups) == n:
                # "Five officers were served ... three of the officers had a case ... The other two had posted only ordinary
                # messages": the rest of those served, not yet decided on
                self._add_remainder(self.total)
                if len(self.remainder) == n:
                    return list(self.remainder)
            # (or those with a case beside the one just talked about: "WYP did not agree that the officer whose camera was off
            # had a case ... The other two officers attended a misconduct meeting")
            # (as the sentence's subject: not "PC Marsh resigned before the hearing for the remaining two")
            # (or what the force thought of them: "It disagreed about the other two, saying ...")
            if self.pointer and (other_n.start() == len(text) - len(text.lstrip()) and re.match(
                    r"\s+(?:officers|constables|sergeants|inspectors|detectives|PCs|members\s+of\s+staff|staff)\b", text[other_n.end():])
                    or _FORCES_VIEW_OF.search(text, 0, other_n.start()) and _PEOPLE_AFTER_THE_OTHER_N.match(text, other_n.end())) \
                    and (others := self._the_other_n_with_a_case(n)):
                return others
            if self.pointer and _PUT_THROUGH.search(text, 0, other_n.start()) and not find_phrases(text) \
                    and not re.search(r"\b(?:he|she|him|her|his)\b", text, re.I) \
                    and len(rest := [p for p in everyone if p not in self.pointer]) == n:
                # ("The force also agreed to put the remaining two through the reflective practice review process", after
                # the meetings of the other three: what was done with everyone else)
                return rest
        elif self.pointer and (were := _THE_OTHER_N_WERE.match(text)) \
                and {"proceedings", "outcome", "sanction"} & set(facts_in(text)) \
                and (others := self._the_other_n_with_a_case(number_of(were.group("n")))):
            # ("Two of them attended misconduct meetings ... The other two officers were placed on the reflective practice
            # review process": those with a case beside the ones just talked about, by what was done with them)
            return others
        bare_ordinal = _BARE_ORDINAL.search(text)
        post = self.groups[self.pointer[0].group].head if len(self.pointer) == 1 and self.pointer[0].group >= 0 else None
        if bare_ordinal and bare_ordinal.group("the") == "second" and post and index \
                and re.search(r"\bthe\s+first\s+" + re.escape(post) + r"\b", self.sentences[index - 1].text, re.I):
            # "... proven against the first detention officer, who was dismissed. In the case of the second, ...": the other
            # of that post, not the first again
            second = [p for p in everyone if p not in self.pointer and self.groups[p.group].head == post]
            if len(second) == 1:
                return second
        if last_of_them := _LAST_BY_PLACE.match(text):
            cased = self._people_with_a_case()
            untold = [p for p in cased if "sanction" not in p.facts]
            numbered = any(_ORDINAL_OPENING.match(g.called or "") for g in self.groups)  # ("the third officer ...": the report's own)
            if _ORDINAL_POSITION[last_of_them.group("nth").lower()] == len(cased) and len(untold) == 1 \
                    and untold[0] not in self.pointer and not numbered:
                # "Two constables were dismissed. The panel said the one who had retired would have been. The fourth ...
                # was given a final written warning": the last of those with a case, the one not yet told of
                return untold
        if bare_ordinal and self._after_a_count(sentence) and not _COUNTED_BEFORE_THE_PLACE.search(text, 0, bare_ordinal.start()) \
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
                if (told := _rank_in_apposition(text, bare_ordinal.end())) is not None:
                    chosen.rank_told = told.head  # ("The second, a detective constable, ...": later "the detective constable")
                return [chosen]
            decided_with = [p for g in self.groups if g.introduced_at == group.introduced_at and g.case for p in g.members] if group is not None else []
            if position == len(decided_with) and len(decided_with) - len(group.members) == 1:
                # ("the three other officers had a case ... Two of them attended misconduct meetings ... The third resigned":
                # the one of the three not among the two just counted off)
                return [p for p in decided_with if p not in group.members]
        # ("the first of the two detention officers" is the first detention officer)
        ordinal = re.search(r"\b(?:the\s+)((?:first|second|third|fourth|fifth|sixth)(?:\s*(?:,|and|,\s*and)\s*(?:first|second|third|fourth|fifth|sixth))*)"
                            r"\s+(?:of\s+(?:the|these|those)\s+(?:two|three|four|five|six)\s+)?((?:\w+\s+){0,2}?(?:" + _REFERRED_ROLE + page_abbreviations() + r"|dispatcher|staff))s?\b", text, re.I)
        if ordinal:
            # people are numbered in the order the report introduced them (among those so called, if any);
            # "the second and third officers" are two of them
            positions = [_ORDINAL_POSITION[w.lower()] for w in re.findall(r"[a-z]+", ordinal.group(1), re.I) if w.lower() in _ORDINAL_POSITION]
            so_called = [g for g in self.groups if g.called == re.sub(r"\s+", " ", ordinal.group(0).lower())]
            if len(positions) == 1 and len(so_called) == 1:
                # ("In our view the second call handler did have a case ... decided that the second call handler should
                # attend a meeting": the one the report introduced by just those words, whoever else it counted; with anyone
                # listed before)
                return self._with_those_before(text, ordinal.start(), list(so_called[0].members))
            pair = sorted(self.pointer, key=lambda p: p.seq)
            if positions == [2] and len(pair) == 2 and _DESCRIBED_THEN_THE_SECOND.match(text) \
                    and all(self.groups[p.group].case and "sanction" not in p.facts for p in pair):
                return pair  # (each clause then takes its own of the two)
            numbered = self._of_the_counted(ordinal.group(0), index) or self._numbered(ordinal.group(2), max(positions))
            with_a_case = [p for p in numbered if self.groups[p.group].case]
            told = facts_in(text)
            # a finding or sanction of "the fourth officer", a plain noun, where the report did not number its people itself:
            # counted only among those it can be of
            finding_by_plain_place = not _more_specific_than_officer(ordinal.group(2)) \
                and (told.get("outcome") in FINDINGS or told.get("sanction") in FORMAL_SANCTIONS) \
                and not any(self._place_called(self.groups[p.group]) is not None for p in numbered)
            if finding_by_plain_place and max(positions) <= len(with_a_case) < len(numbered):
                # ("The allegation against the fourth officer was not proven", after an inspector with no case and four
                # constables with one: a finding is only ever of someone with a case, so the fourth of those)
                numbered = with_a_case
            at_proceedings = [p for p in numbered if not (p.has_left and p.facts.get("proceedings") == "none")]
            if finding_by_plain_place and max(positions) <= len(at_proceedings) < len(numbered) \
                    and self._numbered_at_proceedings(at_proceedings):
                # ("The case against the second officer was found not proven", after one who retired with no proceedings and
                # two who attended a meeting: the second of those the finding can be of)
                numbered = at_proceedings
            if max(positions) <= len(numbered):
                chosen = [numbered[i - 1] for i in positions]
                if positions == [1] and len((group := self.groups[chosen[0].group]).members) > 1:
                    self._take_out(group, chosen[0])  # ("the first detention officer ..., the other ...": the one not yet told of)
                named = next((ph for ph in find_phrases(text) if ph.start > ordinal.end() and ph.label and len(ph.label) > 1), None)
                if len(chosen) == 1 and named is not None and re.fullmatch(r"\s*,\s*", text[ordinal.end():named.start]) \
                        and re.match(r"\s*,", _past_letter(named, text[named.end:])) and not any(g.label == named.label for g in self.groups) \
                        and not self.groups[chosen[0].group].label:
                    # ("The first officer, PC Tranter, had been told ...": that one, by that name from now on)
                    self._regroup(chosen, self._position(sentence)).label = named.label
                # ("a gross misconduct hearing for the first officer and misconduct meetings for the other two": the rest of
                # those numbered too, their own clause giving their own facts)
                rest = [p for p in numbered if p not in chosen]
                # (only proceedings of their own "for the other two" at the sentence's end: not "The first officer was
                # dismissed and the other two were given final written warnings", whose clauses are read apart, nor "...
                # and reflective practice for the other two")
                others = _PROCEEDINGS_FOR_THE_OTHER_N.search(text, ordinal.end())
                rest = rest if others and len(chosen) == 1 and len(rest) == NUMBERS[others.group("n").lower()] else []
                return self._with_those_before(text, ordinal.start(), chosen) + rest
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
        subset = self._numbered_subset(text, index) or self._bare_number(text, index)
        if subset:
            return subset
        if _A_PLACE_IN_TURN.match(text) and (next_told := self._the_next_told_in_turn(text)) is not None:
            return next_told  # ("One of the four, PC Dawlish, ... A second officer was dismissed": one of them, not someone new)
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
        # ("Because the constables had acted on the sergeant's instruction ..., the force decided that they should take part
        # in reflective practice": an owner is named for their thing, where the sentence names someone plainly)
        # (the one named plainly coming first: not "the sergeant's treatment of the constable", the owner's own object)
        plain_starts = [p.start for p in not_givers if p.definite and not re.match(r"['’]", text[p.end:])]
        owners = [p for p in not_givers if _POSSESSIVE_NOT_PROCEEDINGS.match(text, p.end) and any(at < p.start for at in plain_starts)]
        for phrase in not_givers:
            if reason and phrase.start >= reason.end() and not phrase.definite and not phrase.label:
                continue  # ("his failure was a performance matter, as he had two members of staff absent": not theirs)
            if phrase in owners or pronoun_subject and _POSSESSIVE_NOT_PROCEEDINGS.match(text, phrase.end):
                continue
            if phrase.plural and not phrase.definite and phrase.count is None and not phrase.label and re.match(r"['’]", text[phrase.end:]) \
                    and (so_called := self._matching_groups(phrase, loose=True)) and all(len(g.members) == 1 for g in so_called):
                # (a kind of people, bare and in the possessive: "the checks he should make on special constables' use of
                # police systems" is no one special constable; not "Special constables were later given advice", nor "PCs
                # Harland and Dove", which may mean them)
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
                    and _TREATED_AS_A_WITNESS.search(text, phrase.end):
                # ("The constable who reported the messages ... was treated as a witness": someone else, not one of those
                # decided on)
                continue
            if not phrase.plural and phrase.definite and not phrase.label and text[phrase.end:].startswith(" who ") \
                    and (phrase.head in GENERIC_HEADS or any(len(g.members) > 1 for g in self._matching_groups(phrase))):
                # "the officer who broke her arm", "the PC who carried out the search", out of a group of several: one of them
                # (first, the one person already told apart by that deed: "the third had made comments about his speech
                # ... The officer who made the comments ...")
                deed = who.group(1) if (who := _WHO_CLAUSE.match(text[phrase.end:])) else ""
                described = [g for g in self.groups if g.case and g.described_as]
                by_deed = [g for g in described if _same_deed(deed, g.described_as)] \
                    or [g for g in described if _content_words(deed)[:1] == _content_words(g.described_as)[:1] and not _other_objects(deed, g.described_as)] \
                    or [g for g in described if _verb_named_in(deed, g.described_as)]  # ("who handcuffed the man": "who applied the handcuffs")
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
                    # (not one who left: "One of the officers retired ... The other three meetings took place ... proven against
                    # the officer who delivered the knee strikes")
                    # (but "the constable who had resigned" is the one who left, split off or not)
                    # (and "... said he would have been dismissed had he still been serving": someone who left)
                    gone = re.match(r"\s+who\s+(?:had\s+)?(?:since\s+)?(?:resigned|retired|left)\b", text[phrase.end:], re.I) \
                        or _WHAT_WOULD_HAVE_BEEN_SAID.search(text)
                    unnamed = sorted((p for p in group.members if not p.named),
                                     key=lambda p: (not p.has_left,) if gone else (p.has_left,))
                    told = facts_in(text)
                    if told.get("outcome") == "not_proven":
                        # ("proven against three of the four ... The allegations against the officer who had held the doors were
                        # found not proven": not one of those found against, so one still without a finding)
                        unnamed.sort(key=lambda p: p.facts.get("outcome") in FINDINGS)
                    elif "outcome" not in told and told.get("sanction") in ("management_action", "rprp") and _GIVEN_PLAINLY.search(text) \
                            and not _GIVEN_ONLY_MAYBE.search(text):
                        # ("... PC Ashby ... was given a written warning ... PC Dunmore ... not proven. The officer who swore at
                        # the man was given management action": a result without proceedings, given plainly, for one whose
                        # result is untold; one found not proven before one found against, as advice may follow that)
                        unnamed.sort(key=lambda p: (p.facts.get("outcome") in _FOUND_AGAINST or "sanction" in p.facts,
                                                    p.facts.get("outcome") == "not_proven"))
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
                    if any(q.start > phrase.start and q.definite and not q.plural and not q.label
                           and (q.head in GENERIC_HEADS and text[q.end:].startswith(" who ") and re.search(r"\s+and\s+$", text[:q.start])
                                or q.head not in GENERIC_HEADS and _AND_AGAINST_A_RANK.search(text[:q.start])) for q in not_givers):
                        # ("proven against the officer who delivered the knee strikes and the officer who knelt on his back, and
                        # each was given a written warning": two people, each told apart by a deed; or the second by rank: "...
                        # against the constable who had knelt on the man and against the custody sergeant", the finding's
                        # "against" said again, not "... and the custody sergeant gave evidence for him", a clause of its own)
                        targets.append(person)
                        continue
                    return targets + [person]
            if phrase.other and phrase.plural and _SOME_OF_THE_OTHERS.match(phrase.text) \
                    and len(others := [g for g in self.groups if not g.case and _THE_OTHER_N_WORDS.search(g.called)
                                       and len(g.members) > (phrase.count or 0)]) == 1 \
                    and not [p for p in _without_a_result(case_people) if not p.has_left] and _only_advice(facts_in(text)):
                # ("None of the other three officers had a case ... two of the other officers had not switched on their
                # cameras, and we recommended management advice": some of those cleared, not those with a case; which ones
                # is not said, so the first of them. Only advice or reflection, and only once everyone with a case has had
                # a result or left: "Two of the other officers were given final written warnings", with two of those with
                # a case still untold, are those two)
                targets += [p for p in sorted(others[0].members, key=lambda p: p.seq)[:phrase.count] if p not in targets]
                continue
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
                        grade = "gross_misconduct" if level.group("gm") or level.group("gm2") else "misconduct"
                        at_level = [p for p in case_people if p.grade == grade]
                        if at_level and phrase.count in (None, len(at_level)):
                            targets += [p for p in at_level if p not in targets]
                            continue
                    told = facts_in(text)
                    at_its_level = [p for p in case_people if p.grade == told.get("level") and not (p.split or p.has_left)] \
                        if told.get("proceedings") else []
                    if phrase.count and len(at_its_level) == phrase.count < len(case_people) \
                            and self._just_decided_at_another_level(told["level"], index):
                        # "... had a case to answer for misconduct. The MPS agreed. At a gross misconduct hearing, which both
                        # officers attended, ...": the two with a case at the proceedings' level, not the two just decided on
                        # at the other (not two talked about since, "asked for their cases to be heard alongside", nor two
                        # whose level is not yet known)
                        targets += [p for p in at_its_level if p not in targets]
                        continue
                    # (but "the other two officers", after two just given a result, are the rest: "... proven against the
                    # constable ... and against the custody sergeant, and each was given a written warning. The cases against the
                    # other two officers were found not proven"; after two just named at a hearing, those two)
                    if phrase.count and phrase.count == len(self.pointer) < len(case_people) \
                            and not (phrase.other and _without_a_result(self.pointer) == []) and (
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
                        and (_formal_step(text) or re.search(r"\b(?:agreed|accepted)\b", text)
                             or len(self.pointer) > 1 and not phrase.plural and phrase.count in (None, 1)):
                    # "The inspector had no case to answer ... The officer attended a misconduct meeting": the one
                    # officer with a case, not the one just cleared (reflection or advice may be anyone's; but one
                    # "officer" is never the several just cleared: "Two other officers had no case ... The officer
                    # resigned"); of several, the one the report calls plainly "the officer"
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
            if not phrase.definite and phrase.count and phrase.count > sum(len(g.members) for g in matching) and not phrase.label:
                continue  # "he was supervising eleven call handlers": more people than any known, others (of the one call handler)
            if len(matching) > 1 and not phrase.plural and (who := _WHO_CLAUSE.match(text[phrase.end:])) \
                    and not (who.group(0).startswith(",") and _WHO_TELLS_A_SANCTION.match(who.group(1))) \
                    and len(undescribed := [g for g in matching if not g.described_as or _deed_words(who.group(1)) & _deed_words(g.described_as)]) == 1:
                matching = undescribed  # "the constable who used PAVA", one of two told apart as "who punched the man": the other
            if len(matching) > 1 and not phrase.plural and (described := self._described(text[phrase.end:], matching)):
                matching = [described]  # "the constable who knelt on the man", of two constables: the one introduced so
                if unnamed_apposition is not None and not described.label and len(described.members) == 1 and facts_in(text):
                    described.label = unnamed_apposition.label  # (and "PC Dunmore" names that one from now on)
            if len(matching) > 1 and phrase.definite and not phrase.plural and phrase.count in (None, 1) and not phrase.label \
                    and len(self.pointer) > 1 and not any(p in case_people for p in self.pointer) \
                    and len(cased := [g for g in matching if g.case]) == 1 and len(cased[0].members) == 1:
                # "We did not find the custody sergeant or the second constable had a case ... It said the PC had made an honest
                # mistake": of two constables, the one with a case, not one of the several just cleared (but after one cleared,
                # "the constable was given words of advice" may be that one)
                matching = cased
            if phrase.other and phrase.count and phrase.count > 1 and sum(len(g.members) for g in matching) < phrase.count \
                    and len(rest := [g for g in self.groups if g.case and g.head in GENERIC_HEADS and len(g.members) == phrase.count]) == 1:
                matching = rest  # "the remaining two constables", one constable told apart from four officers: the two left
            if level_said := _WITH_A_CASE_AT.match(text, phrase.end):
                # "The two officers with a case to answer for misconduct ...": those at that level, not two at another
                matching = [g for g in matching if g.grade == _grade_of(level_said.group("grade"))] or matching
            matched = [p for group in matching for p in group.members]
            if targets and set(matched) <= set(targets) and phrase.definite and not phrase.plural and not phrase.label and phrase.head not in GENERIC_HEADS \
                    and (before_it := [q for q in not_givers if q.end <= phrase.start][-1:]) and text[before_it[0].end:].startswith(" who ") \
                    and _AND_AGAINST_A_RANK.search(text[:phrase.start]):
                # ("proven against the constable who had knelt on the man and against the custody sergeant": the second of the
                # list, a rank none of them is known by yet, another of the group the first was told apart from by deed, as
                # the rank alone would be, not the one just told apart again; not after "the retired constable", one known by
                # rank)
                matched = [p for p in self._named_by_rank([phrase], sentence) if p not in targets] or matched
            if not matched and phrase.definite and not phrase.plural and phrase.count in (None, 1) and phrase.head not in GENERIC_HEADS \
                    and {"outcome", "sanction"} & set(facts_in(text)) \
                    and not text[:phrase.start].strip(" \"'‘“") and not re.match(r"\s+who\b", text[phrase.end:]) \
                    and not _SOMEONE_ELSE_PRESENT.search(text) and phrase.role in ("officer", "unknown") \
                    and len(unnamed := [p for p in case_people if not self.groups[p.group].label and not p.named
                                        and self.groups[p.group].head in GENERIC_HEADS]) == 1 \
                    and len(case_people) > 1 and all(self.groups[p.group].label for p in case_people if p not in unnamed):
                # ("three officers had a case ... PC Vaughan-Rees was found to have committed misconduct ... The case against
                # PC Gethin was found not proven. The detective constable admitted misconduct": the one of them not named, as
                # the sentence's subject; not "The sergeant who had driven the van ..., though he was not investigated")
                matched = unnamed
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
            elif phrase.count and phrase.count > 1 and len(matched) > phrase.count \
                    and len(cased := [p for p in matched if self.groups[p.group].case]) == phrase.count \
                    and facts_in(text).keys() & {"proceedings", "outcome", "sanction"} \
                    and not _QUALIFIED_AFTER_THE_COUNT.match(text, phrase.end) and not _NOT_THEIR_OWN_CASE_NOW.search(text):
                # ("Both constables were referred to the reflective practice review process", of three constables, one of
                # them with no case: a route or result for the two with a case; not "The two constables who had been on
                # guard were given words of advice", told apart by what they did, nor a sentence about another's hearing,
                # an earlier matter, a question still open or different proceedings for each)
                matched = cased
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
            elif phrase.definite and not phrase.plural and phrase.count in (None, 1) and not phrase.label and len(matched) > 1 \
                    and (placed := self._placed_by_an_earlier_apposition(phrase, matching)) is not None:
                # "the second officer, a special constable, pushed him ... both officers had a case ... proven against the
                # special constable": the one the account placed with that rank
                matched = [placed]
            elif phrase.definite and not phrase.plural and phrase.count in (None, 1) and not phrase.label and len(matched) > 1 \
                    and {"outcome", "sanction"} & set(facts_in(text)) and not re.search(r"\bappeal", text, re.I) \
                    and len(untold := _without_a_result(p for p in matched if not p.has_left)) == 1:
                # "Misconduct was not found proven against the constable", of four constables, three of them given results
                # already: the one whose result is still to be told
                matched = untold
            targets += [p for p in matched if p not in targets]
        if the_other and targets:
            # "the sergeant and the other officer": whoever is left, once the rest are named
            targets += _the_one_left(case_people, targets, text)
        elif the_other and len(self.pointer) == 1 and self.pointer[0] in case_people and not pronoun_subject \
                and {"outcome", "sanction", "left"} & set(facts_in(text)):
            # "The officer who handcuffed him received a written warning. The allegation against the other officer was found
            # not proven.": the other of those with a case, once the one just talked about is set apart (where the sentence
            # tells a result, and not of "he", the one just talked about: "He told the meeting that the other officer had
            # advised him", "The chair praised the other officer for his evidence at the meeting" are not the other's)
            targets = _the_one_left(case_people, self.pointer, text)
        if targets and len(self.pointer) == 1 and self.pointer[0] not in targets and self.pointer[0] in case_people \
                and (first := find_phrases(text)) and _PRONOUN_LISTED_BEFORE.search(text, 0, first[0].start):
            # "A gross misconduct hearing for him and PC Harland took place": the one just talked about, listed first
            targets = list(self.pointer) + targets
        if targets:
            return targets
        if (called := self._called_so_in_apposition(text, index)) is not None:
            return called
        if (newly_named := self._newly_named_of_a_group(sentence, index)) is not None:
            return newly_named
        if (of_that_sex := self._told_by_sex(text, case_people)) is not None:
            self.others_now = not of_that_sex
            return of_that_sex
        if others:
            self.others_now = True
            return []
        if self.others_before and not find_phrases(text) and re.match(r"\s*(?:They|These|Those)\b", text):
            return []  # "They were given management action", just after a sentence about other people
        some_of_them = _SOME_OF_THEM_AT_PROCEEDINGS.match(text)
        if some_of_them and len(self.pointer) > (n := number_of(some_of_them.group("n"))) and len({p.group for p in self.pointer}) == 1 \
                and all(p in case_people for p in self.pointer) and len(fresh := _without_a_result(self.pointer)) == len(self.pointer) \
                and _tells(text, _OF_RESULTS):  # (not "Three of them accepted posting ...")
            # "the three officers would attend misconduct meetings. Two of them attended their meetings in spring": two of
            # the three, a group of their own from now on (what is said of them next is not the third's)
            return list(self._regroup(fresh[:n], self._position(sentence)).members)
        everyone_said = re.search(r"\b(?:both|all\s+(?:the\s+)?(?P<n>four|five|six|seven|eight|three|two)?|they\s+(?:should\s+)?all)\b", text, re.I)
        if everyone_said and case_people:
            n = number_of(everyone_said.group("n")) if everyone_said.group("n") else None
            if everyone_said.group(0).lower() == "both" and len(self.pointer) == 2 \
                    and (len(case_people) != 2 or not any(p in case_people for p in self.pointer)
                         and not _OF_PROCEEDINGS.search(text)):
                # "both would take part in reflective practice": the two just talked about (also the two with no case, just
                # found so: "neither of the constables had a case to answer. Both had completed ...")
                return list(self.pointer)
            if everyone_said.group(0).lower() == "both" and len(case_people) > 2 \
                    and len(at_those := self._at_the_proceedings_said(text, case_people)) == 2:
                # "The panel found gross misconduct proven against both", of three with a case, two of them at the hearing:
                # those two
                return at_those
            if n and n != len(case_people):
                # "all three", when four people had a case: the three just talked about, or the group of three (or the three
                # counted off last: "proven against four of them. Two had resigned ... All four were placed on the barred list")
                sized = [p for p in self.pointer if p in case_people] if len(self.pointer) == n else \
                    next(([p for p in g.members] for g in self.groups if g.case and len(g.members) == n), []) \
                    or (list(self.counted_off) if len(self.counted_off) == n else [])
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
        # (not a name in apposition to "the other officer" or "the third": "The allegations against the other officer, PC
        # Dunmore, were found not proven" is the other of those with a case, named)
        named = [p for p in phrases if p.definite and (p.head not in GENERIC_HEADS or p.label)
                 and not _NAMED_AFTER_A_PLACE.search(text, 0, p.start)]
        if named and not any(self._matching_groups(p, loose=True) for p in named):
            return self._named_at_last(named, sentence) or self._named_by_rank(named, sentence)
        if len(self.pointer) == 1 and re.search(r"\b(?:in\s+(?:his|her)\s+absence|against\s+(?:him|her)|(?:his|her)\s+(?:hearing|meeting))\b", text, re.I) \
                and not re.search(r"\b(?:they|them|their|both|each|all|either|neither)\b", text, re.I):
            # "Officer A was dismissed over another matter. The hearing went ahead in his absence": the one just talked
            # about, not everyone that hearing was for (a pronoun that is the person's: not "the chair said he", "her
            # children")
            return list(self.pointer)
        if (next_told := self._the_next_told_in_turn(text)) is not None:
            return next_told
        if not phrases and _A_HEARING_HELD_ALONE.fullmatch(text) \
                and self.pointer and all(p.grade == "misconduct" for p in self.pointer) \
                and (gross := [p for p in case_people if p.grade == "gross_misconduct" and not p.facts.get("proceedings")]):
            # (gross misconduct cases for a sergeant and a constable, then misconduct cases for two more, then "A misconduct
            # hearing took place in June": a hearing, naming no one, is for those whose case was gross misconduct, not the
            # two just talked about, whose case was for a meeting; only a sentence telling that alone, not "A misconduct
            # hearing was therefore held", "Because of earlier warnings, a misconduct hearing was held for ...", an appeal
            # or a question)
            return gross
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

    def _named_at_last(self, named: list[Phrase], sentence: Span) -> list[Person]:
        """'We found that he had a case to answer ... PC Dransfield resigned from the force': a name new to the report, as
        the plain subject of a sentence telling of leaving, proceedings or results, is the one person with a case, where
        the report gave them no name and names nobody else."""
        if len(named) != 1 or not named[0].label or named[0].role != "officer" or named[0].plural or named[0].other:
            return []
        case_people = self._people_with_a_case()
        if len(case_people) != 1 or any(g.label for g in self.groups):
            return []
        group = self.groups[case_people[0].group]
        if group.head not in GENERIC_HEADS | {named[0].head}:
            return []
        text = sentence.text
        if text[:named[0].start].strip() or not re.match(r"\s*" + re.escape(named[0].label) + r"\s+(?:had\s+)?(?:resigned|retired|left|was|attended|received)\b",
                                                         text[named[0].end:]) \
                or not _tells(text, _OF_RESULTS | _OF_PROCEEDINGS_HELD):
            return []
        # (not someone of the other sex than the one decided on, nor a matter of their own: "PC Quinn was dismissed after a
        # separate hearing into her own use of the chat", of "he had a case")
        decided = re.search(r"\b(he|she)\b", self.sentences[group.introduced_at].text, re.I) if group.introduced_at >= 0 else None
        other_sex = {"he": r"\b(?:she|her|hers)\b", "she": r"\b(?:he|him|his)\b"}.get(decided.group(1).lower()) if decided else None
        if other_sex and re.search(other_sex, text, re.I) or re.search(r"\b" + _ANOTHER + r"\b", text, re.I):
            return []
        # (nobody else named anywhere: a second name may be a witness, a colleague or the one this is; and the name new here,
        # not someone told of before the decision: "Sergeant Pike, a sergeant from another station, called an ambulance")
        index = self._position(sentence)
        if any(p.label and (p.label != named[0].label or i < index) for i, s in enumerate(self.sentences) for p in find_phrases(s.text)):
            return []
        group.label = named[0].label
        return case_people

    def _just_decided_at_another_level(self, level: str, index: int) -> bool:
        """Whether those just talked about were last told of in their own decision, at a known level other than ``level``,
        with nobody named since."""
        if not self.pointer or any(p.grade not in ("misconduct", "gross_misconduct") or p.grade == level for p in self.pointer):
            return False
        decided = {self.groups[p.group].decided_at for p in self.pointer}
        if len(decided) != 1 or (at := decided.pop()) is None:
            return False
        return at < index and all(not find_phrases(s.text) for s in self.sentences[at + 1:index])

    def _named_by_rank(self, named: list[Phrase], sentence: Span) -> list[Person]:
        """'Both officers had a case to answer ... The detective sergeant retired': one of the two, known
        by that rank from now on. Only where one group of several plain "officers" could be meant."""
        name = None
        if _named_in_apposition(named) and re.fullmatch(r"\s*,\s*", sentence.text[named[0].end:named[1].start]):
            named, name = named[:1], named[1].label  # ("The custody sergeant, Sergeant Quayle, was ...": named in apposition)
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
        told = [p for p in pools[0].members if p.rank_told == named[0].head]
        if len(told) == 1:
            # ("The second, a detective constable, took no steps ... The detective constable attended a meeting": the one
            # an apposition gave that rank when placing them)
            group = self._regroup(told, index)
            group.head, group.label = named[0].head, name or group.label
            return group.members
        if name is not None:
            return []  # (a name in apposition binds only one told that rank)
        named_in = [found for found in (find_phrases(s.text) for s in self.sentences[:pools[0].introduced_at + 1])
                    if any(p.head == named[0].head for p in found)]
        at_proceedings = [p for p in self.pointer if p in pools[0].members and not p.split and not p.has_left]
        if not last_one and not named_in and len(at_proceedings) > 1 and re.match(r"the\s", named[0].text, re.I) \
                and _tells(sentence.text, frozenset({"outcome"})) \
                and re.fullmatch(r"\W*(?:for\s+)?", sentence.text[:named[0].start], re.I) \
                and _A_RESULT_OF_THEIR_OWN.match(sentence.text, named[0].end):
            # ("One of the officers, a constable, resigned ... The two officers still serving attended misconduct meetings. For
            # the sergeant, the allegation was found proven": one of those just said to be at the proceedings, who alone can
            # have a finding; not a bystander given advice, nor one described apart, "the inspector who planned it", "the
            # sergeant, who had retired,")
            group = self._regroup([next((p for p in at_proceedings if not p.named), at_proceedings[0])], index)
            group.head = named[0].head
            return group.members
        if not last_one and not named_in:
            return []  # a rank not named among them before may be a bystander ("the duty inspector ... retired")
        if not last_one and all(any(q.plural and q.definite and q.count == len(pools[0].members) and q.head in GENERIC_HEADS
                                    for q in found[1:])
                                and any(p.head == named[0].head and p.definite for p in found) for found in named_in):
            # ("We interviewed the custody sergeant, the two officers who searched the girl, and the duty inspector ...
            # both officers had a case": the rank was named beside the group counted, in a list, as someone else; not
            # "Four officers, the arresting officer, the custody sergeant ...": the count heading its roster; nor "the two
            # officers who restrained him, a sergeant and a constable,": ranks in apposition, indefinite)
            return []
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

    def _the_next_told_in_turn(self, text: str) -> list[Person] | None:
        """'A hearing for the four officers ... gross misconduct proven against PC Dowling and PC Ashcroft, who were both
        dismissed. The panel found misconduct proven against a third officer, ...': of those decided on together, the next
        one not yet given a result, when as many as the place before it have theirs (None otherwise)."""
        placed = _A_PLACE_IN_TURN.search(text)
        told = facts_in(text)
        given = {"outcome", "sanction"} & set(told)
        if not placed or not given:
            return None
        place = _ORDINAL_POSITION[placed.group("nth").lower()]
        together = _decided_together(g for g in self.groups if g.case and g.role == "officer")
        fits = [sorted(members, key=lambda p: p.seq) for members in together if len(members) >= place]
        if len(fits) != 1:
            return None
        untold = _without_a_result(fits[0])
        waiting = [p for p in untold if not p.has_left]
        if len(fits[0]) - len(untold) == place - 1 and waiting:
            return waiting[:1]
        # a serving person's sanction alone, after a proven finding for each of them, counted off by sanctions: "The panel
        # found gross misconduct proven against all three. ... PC Harland would have been dismissed ... A second officer,
        # PC Drewett, was dismissed" (not of one found not proven; a would-have-been, of one who left, only with the
        # departure told in the sentence itself: "A second constable had retired in 2022; the panel said he would have
        # been dismissed", not "A second officer would have been dismissed" after someone known to have left)
        proven = [p for p in fits[0] if p.facts.get("outcome") != "not_proven"]
        untold = [p for p in proven if "sanction" not in p.facts]
        waiting = [p for p in untold if not p.has_left]
        if given == {"sanction"} and (told["sanction"] in FORMAL_SANCTIONS or told["sanction"] == "would_have_been_dismissed" and "left" in told) \
                and all(p.facts.get("outcome") in FINDINGS for p in proven) and len(proven) - len(untold) == place - 1 and waiting:
            return waiting[:1]
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
        return self._the_one_so_called(before[-1], lambda person: self.groups[person.group].case)

    def _the_one_so_called(self, phrase: Phrase, keep: Callable[[Person], bool]) -> list[Person]:
        """The one person ``phrase`` names (and ``keep`` accepts): the only one so called, or, by its ordinal, one of several
        ("The first custody sergeant and one of the constables were each found ...", of both custody sergeants)."""
        groups = [g for g in self._matching_groups(phrase) if len(g.members) == 1 and keep(g.members[0])]
        if len(groups) == 1:
            return groups[0].members
        if groups:
            return []
        placed = self._by_position(phrase, strict=True)
        # (never one split off or gone: after "One of the detention officers resigned", "the first" may count them or not)
        return [placed] if placed is not None and keep(placed) and self.groups[placed.group].case \
            and not (placed.split or placed.has_left) else []

    def _one_named_outside(self, clause: str, group: list[Person]) -> list[Person]:
        """The one person with a case a clause names as its subject or as the one a finding is against, when they are
        not of ``group`` (the group a sentence splits "one of" from); [] otherwise."""
        phrases = [ph for ph in find_phrases(clause) if ph.definite or ph.label]
        if len(phrases) != 1 or phrases[0].plural:
            return []
        if not re.fullmatch(r"\W*(?:and\s+)?|.*\b(?:against|for)\s+", clause[:phrases[0].start], re.I | re.S):
            return []  # (the clause's subject or the one a finding is against: not an aside, "who, unlike the sergeant, was")
        return self._one_named_of(phrases, [g.members[0] for g in self.groups if g.case and len(g.members) == 1 and g.members[0] not in group])

    def _result_said_of_one_outside(self, clause: str, group: list[Person]) -> tuple[list[Person], str] | None:
        """'..., and the panel found the sergeant would have been dismissed had he still been serving': after the panel's
        verb, the one person with a case outside ``group`` the clause goes on to name, with the part of the clause that is
        theirs (up to "and that", "so" or "which", said of someone else again); None where that part says no result."""
        lead = _THE_PANELS_VERB.match(clause)
        if lead is None:
            return None
        own = _SAID_OF_SOMEONE_ELSE_AGAIN.split(clause[lead.end():], 1)[0]
        named = self._one_named_outside(own, group)
        if not named or not {"outcome", "sanction", "left"} & set(facts_in(own)):
            return None
        return named, own

    def _one_named_of(self, phrases: list[Phrase], people: list[Person]) -> list[Person]:
        """The one of ``people`` that ``phrases`` name, by name or rank, when they name exactly one of them; [] otherwise."""
        named = {p for ph in phrases if ph.label or ph.definite and not ph.plural
                 for g in self._matching_groups(ph) for p in g.members if p in people}
        return list(named) if len(named) == 1 else []

    @staticmethod
    def _at_the_proceedings_said(text: str, people: list[Person]) -> list[Person]:
        """Those of ``people`` with the kind of proceedings the sentence speaks of ("the panel", "the hearing": a hearing;
        "the chair", "the meeting": a meeting); [] where it speaks of neither or of both."""
        hearing = bool(re.search(r"\b(?:panel|hearing)\b", text, re.I))
        meeting = bool(re.search(r"\b(?:chair|meeting)\b", text, re.I))
        if hearing == meeting:
            return []
        # (a panel sits at a hearing; an accelerated hearing is one only where the sentence says so)
        kinds = ({"accelerated_hearing"} if re.search(r"\baccelerated\b", text, re.I) else {"hearing"}) if hearing else {"meeting"}
        return [p for p in people if p.facts.get("proceedings") in kinds]

    def _the_remaining_still_untold(self, text: str) -> list[Person] | None:
        """'The remaining two officers attended separate misconduct meetings', after the three at the hearing were given
        their results: the one group of that many with a case whose results are all still to come (None otherwise)."""
        remaining = re.search(r"\bthe\s+(?:remaining\s+(two|three|four|five)|(two|three|four|five)\s+remaining)\b", text, re.I)
        if not remaining:
            return None
        n = number_of(remaining.group(1) or remaining.group(2))
        untold = [g for g in self.groups if g.case and len(g.members) == n and len(_without_a_result(g.members)) == n]
        told = [g for g in self.groups if g.case and (not _without_a_result(g.members) or all(p.has_left for p in g.members))]
        return list(untold[0].members) if len(untold) == 1 and told else None

    def _the_other_of_a_pair_listed_with_one(self, text: str) -> list[Person]:
        """'The sergeant and the other constable attended misconduct meetings', after "the remaining two, a sergeant and a
        constable, had a case": the one named and the one of that rank decided with them (not another of the
        constables talked of since). [] where the sentence lists no such pair, or the pair is not so decided."""
        found = find_phrases(text)
        for a, b in zip(found, found[1:]):
            one, other = (a, b) if b.other else (b, a)
            if not other.other or one.other or not re.fullmatch(r"\s+and\s+", text[a.end:b.start]) \
                    or not (one.definite and other.definite) or one.plural or other.plural or one.label \
                    or _NAMED_AFTER.match(text, other.end):
                continue  # (not "the other officer involved, PC Moss,": named, whoever that is)
            groups = [g for g in self._matching_groups(one) if g.case and len(g.members) == 1]
            if len(groups) != 1:
                continue
            # (one still without a result: not "PC Gale", given hers in the sentence before; nor one of a pair the other of
            # whom retired before the meeting, "One of the two detention officers retired ... The meetings for the custody
            # sergeant and the other detention officer have not yet been held")
            partners = [p for g in self.groups if g is not groups[0] and g.case and g.introduced_at == groups[0].introduced_at
                        for p in _without_a_result(g.members) if not p.split and self._may_be_called(p, other.head)]
            if len(partners) == 1:
                return groups[0].members + partners
        return []

    def _placed_by_an_earlier_apposition(self, phrase: Phrase, matching: list[Group]) -> Person | None:
        """'The first officer took hold of him, and the second officer, a special constable, pushed him to the ground',
        told before one group of plain officers was decided on: the member at that place, when the phrase is that rank."""
        if len(matching) != 1 or matching[0].head not in GENERIC_HEADS or matching[0].label or phrase.head in GENERIC_HEADS:
            return None
        members = sorted(matching[0].members, key=lambda p: p.seq)
        places = set()
        for earlier in self.sentences[:max(0, matching[0].introduced_at)]:
            for placed in _PLACE_THEN_RANK.finditer(earlier.text):
                rank = find_phrases(placed.group("rank"))
                if len(rank) == 1 and rank[0].head == phrase.head:
                    places.add(_ORDINAL_POSITION[placed.group("nth").lower()])
        return members[places.pop() - 1] if len(places) == 1 and max(places) <= len(members) else None

    def _counted_in_the_clause_before(self, text: str, start: int, chosen: list[Person]) -> list[Person]:
        """'A hearing for the two officers who carried out the search is expected later this year, and the third officer
        will attend a meeting': the counted people the clause before the one placed names, where as many with a case were
        decided on together (each clause's facts then go to its own people)."""
        if not re.search(r"(?:,\s*and|;)\s+$", text[:start]):
            return []
        counted = [ph for ph in find_phrases(text[:start]) if ph.definite and ph.count and ph.count > 1 and not ph.other]
        if len(counted) != 1:
            return []
        together = _decided_together(g for g in self._matching_groups(counted[0], loose=True)
                                     if g.case and not set(g.members) & set(chosen))
        fits = [members for members in together if len(members) == counted[0].count]
        return fits[0] if len(fits) == 1 else []

    def _the_other_n_with_a_case(self, n: int) -> list[Person]:
        """'the other two': those with a case beside the ones just talked about, when they number ``n``; [] otherwise."""
        cased = self._people_with_a_case()
        if self.pointer and set(self.pointer) <= set(cased) and len(cased) - len(self.pointer) == n:
            return [p for p in cased if p not in self.pointer]
        return []

    def _with_those_before(self, text: str, start: int, chosen: list[Person]) -> list[Person]:
        """Those found by place at ``start``, with anyone counted in the clause before or listed just before them."""
        return self._counted_in_the_clause_before(text, start, chosen) + self._listed_with(text, start, chosen) + chosen

    def _listed_with(self, text: str, start: int, chosen: list[Person]) -> list[Person]:
        """'The custody sergeant and the first detention officer attended ...': the one person named just before, joined
        by "and" to the one found by place."""
        phrases = find_phrases(text)
        at = next((i for i, ph in enumerate(phrases) if ph.start == start), None)
        if not at or _past_letter(phrases[at - 1], text[phrases[at - 1].end:start]).strip().lower() != "and" \
                or not (phrases[at - 1].definite or phrases[at - 1].label):
            return []
        return self._the_one_so_called(phrases[at - 1], lambda person: person not in chosen)

    def _others_counted_near(self, index: int) -> bool:
        """Whether sentence ``index`` or the one before counts people or things that are not police ("two detainees",
        "both men", "three complaints"): a count no person phrase covers."""
        for sentence in self.sentences[max(0, index - 1):index + 1]:
            covered = [(ph.start, ph.end) for ph in find_phrases(sentence.text)]
            for m in _A_COUNTED_PLURAL.finditer(sentence.text):
                if not any(start <= m.start("n") < end for start, end in covered):
                    return True
        return False

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
        # ("The first, a constable, went to her home. He also did not record the damage. The second, ...": past sentences
        # that go on about the one just placed by pronoun alone)
        back = index - 1
        while back > 0 and index - back < 3 and _GOES_ON_BY_PRONOUN.match(before) and not find_phrases(before):
            back -= 1
            before = self.sentences[back].text
        named_before = find_phrases(before)
        # ("Misconduct meetings were held for the arresting officers. The first was found ...": a group named, not counted)
        # ("In our view each officer had a case to answer. The first, a detective constable, ...": each of those known, in our
        # decision on them; not "A hearing was arranged for each officer. The first, in March, found ...", one hearing each)
        each_decided = "case to answer" in before.lower()
        return (any(p.count and p.count > 1 or p.plural and p.definite and p.count is None
                    or each_decided and re.match(r"(?:each|every)\s", p.text, re.I) for p in named_before)
                or bool(_BARE_ORDINAL.search(before)) or bool(_BARE_COUNT.match(before)) or bool(_BARE_GROUP.match(before))
                # ("... proven for one detention officer, who was dismissed. For the second, ...": one split off a group; not
                # "On the second, ..." or "The second, about his handcuffing, ...": a day, a session, an allegation)
                or bool(_FOR_THE_SECOND.match(sentence.text)) and bool(_ONE_OF.search(before)) and self.last_split is not None
                and len(self.last_split.members) > 1
                # ("... proven against two of them. The allegation against the third ...", a sentence naming no one else, but
                # the third's own name: "The allegations against the third, PC Deane, were found not proven")
                or bool(_FOR_SOME_OF_THEM.search(before)) and not [p for p in find_phrases(sentence.text)
                                                                    if not _NAMED_AFTER_A_PLACE.search(sentence.text, 0, p.start)]
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

    def _of_the_counted(self, ordinal: str, index: int) -> list[Person]:
        """"the first of the two searching officers": the one group of that many with a case, in the report's order,
        however the noun describes them; and "The second officer" just after such a "first of the two", the same group.
        Empty where no count is given or no one group fits it."""
        of_n = re.search(r"\bof\s+(?:the|these|those)\s+(two|three|four|five|six)\b", ordinal, re.I)
        if of_n is None and index and re.match(r"the\s+(?:second|third|fourth)\s+(?:officer|one)\b", ordinal, re.I):
            of_n = re.search(r"\bthe\s+first\s+of\s+(?:the|these|those)\s+(two|three|four|five|six)\b", self.sentences[index - 1].text, re.I)
        if of_n is None and index and (last := re.match(r"the\s+(second|third|fourth|fifth)\s+(?:officer|one)\b", ordinal, re.I)):
            # ("Two of the three officers attended misconduct meetings ... The meeting for the third officer has not yet taken
            # place": the last of the three the sentence before counted from)
            some_of = re.search(r"\b(?:one|two|three|four)\s+of\s+(?:the|these|those)\s+(two|three|four|five|six)\b", self.sentences[index - 1].text, re.I)
            if some_of and NUMBERS[some_of.group(1).lower()] == _ORDINAL_POSITION[last.group(1).lower()]:
                of_n = some_of
        if of_n is None:
            return []
        sized = [g for g in self.groups if g.case and len(g.members) == NUMBERS[of_n.group(1).lower()]]
        return sorted(sized[0].members, key=lambda p: p.seq) if len(sized) == 1 else []

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
        everyone = self._in_the_reports_order(p for g in self.groups for p in g.members)
        if (roles := {ph.role for ph in phrases}) and roles <= {"staff", "special"} and not any(
                re.search(r"\b(?:working|acting|employed|serving|deployed)\s+as\s+(?:an?\s+)?" + re.escape(ph.head), s.text, re.I)
                for ph in phrases for s in self.sentences):
            # ("the first detention officer", police staff, where only officers are known: someone new, not the first
            # officer; not where officers were "working as detention officers")
            everyone = [p for p in everyone if self.groups[p.group].role in roles]
        # ("the call handler ... both officers ... At the first officer's meeting": the first of those an officer can be,
        # not a member of staff with a post of another name)
        officers = [p for p in everyone if self.groups[p.group].role == "officer" or self.groups[p.group].head.endswith("officer")]
        plain = not _more_specific_than_officer(noun)
        return officers if plain and len(officers) >= needed and len(officers) < len(everyone) else everyone

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
        # (", and that" opens the view only where no more follows so: not "..., and that his failings were ..., and that the
        # same was true of the sergeant's supervision", a view carried on to more people)
        edges = _VIEW_CLAUSE_EDGE if _SECOND_THING_SAID.search(text, view.end()) else _VIEW_CLAUSE_START
        start = max([m.end() for m in edges.finditer(text, 0, view.end())], default=0)
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
        owner = re.search(r"\b(his|her)\s+(?:[\w-]+\s+){0,2}?(?:failures?|failings?|actions?|conduct|behaviour|omissions?|mistakes?|errors?|lapses?|oversights?|decisions?|supervision|handling)\b", clause, re.I)
        if not named and owner:
            # ("The force disagreed. It said the constable had tried to lead the sergeant away ..., and that his failure to
            # report the matter was best dealt with as practice requiring improvement": a clause naming no one, only "his"
            # failure, is of the one the force disputes, not of everyone its reasons name) (a dispute still open, of
            # someone that pronoun may be)
            sex = "m" if owner.group(1).lower() == "his" else "f"
            named = [p for p in people if p.group >= 0 and (g := self.groups[p.group]).disputed_at >= 0
                     and g.grade in ("misconduct", "gross_misconduct") and self._sex_of(p) in (None, sex)
                     # (not a dispute we accepted as it was told: "disagreed about PC Hurst, and we accepted its view")
                     and not _WE_ACCEPTED_ITS_VIEW.search(self.sentences[g.disputed_at].text)]
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

    def _numbered_at_proceedings(self, at_proceedings: list[Person]) -> bool:
        """Whether the report numbers its people among those at the proceedings: everyone else with a case left with no
        proceedings ("no disciplinary proceedings could be brought against him"), and no "the third officer" beyond
        those at them (a report that numbers everyone, the one who left among them, keeps its own numbers)."""
        others = [p for p in self._people_with_a_case() if p not in at_proceedings]
        if not others or not all(p.has_left and p.facts.get("proceedings") == "none" for p in others):
            return False
        used = [_ORDINAL_POSITION[w.lower()] for s in self.sentences
                for w in re.findall(r"\bthe\s+(first|second|third|fourth)\s+(?:officer|constable|one)\b", s.text, re.I)]
        return max(used, default=0) <= len(at_proceedings)

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

    def _newly_named_of_a_group(self, sentence: Span, index: int) -> list[Person] | None:
        """'PC Ardley, who had sent most of the messages, was dismissed without notice', after four officers, none named,
        had a case: one of that group not yet told of, named so from now on. None where the sentence opens otherwise,
        names anyone else, tells no sanction or finding (a departure only of someone named among those investigated),
        names a witness or someone else present, or the name is known."""
        text = sentence.text
        found = find_phrases(text)
        if len(found) != 1 or not found[0].label or found[0].count != 1 \
                or text[:found[0].start].strip() and not _BEFORE_THE_TOLD_PROCEEDINGS.fullmatch(text[:found[0].start]) \
                and not re.fullmatch(r"\s*(?:" + _FRAMED_BY + r")\s+", text[:found[0].start], re.I) \
                or any(g.label == found[0].label for g in self.groups):
            return None
        told = facts_in(text)
        named_at = [j for j in range(index) if re.search(r"\b" + re.escape(found[0].label) + r"\b", self.sentences[j].text)]
        left_before_own = (bool(_LEFT_BEFORE_OWN_PROCEEDINGS.search(text))
                           or (bool(_LEFT_BEFORE_THOSE_TOLD.search(text)) or bool(_BEFORE_THE_TOLD_PROCEEDINGS.match(text)))
                           and self._proceedings_just_before(index)) and not _ANOTHER_MATTER.search(text)
        # ("PC Larkin attended her misconduct meeting in October 2023", after three with meetings arranged: one of them, at
        # her own proceedings; not a witness at someone else's)
        attended_own = told.get("attended") == "yes" and told.get("proceedings") in FORMAL_PROCEEDINGS \
            and bool(_ATTENDED_OWN.search(text)) and not re.search(r"\bwitness|\bgave\s+evidence\b", text, re.I)
        if not {"sanction", "outcome"} & set(told) and not attended_own \
                and not ("left" in told and (any(_AMONG_THE_INVESTIGATED.search(self.sentences[j].text) for j in named_at)
                                             or left_before_own)):
            # (a departure alone may be anyone's, "DI Shaw, of the force's professional standards department, retired", unless
            # the report named them among those investigated: "we call them Officer A, Officer B and Officer C", or it was
            # before proceedings of their own: "Sergeant Ruskin retired before his meeting could be held")
            return None
        # (a group counted with a case, none of it named; or the one left of it once the others were named: "two of the
        # five had a case ... PC Danby attended a misconduct meeting ... Sergeant Ruskin retired before his meeting")
        pool = [g for g in self.groups if g.case and not g.label and g.head in GENERIC_HEADS
                and (len(g.members) > 1 or any(o is not g and o.label and o.introduced_at == g.introduced_at and o.case for o in self.groups))]
        if len(pool) != 1:
            return None
        if len(pool[0].members) == 1 and re.search(r"\bone\s+of\s+the\s+other\b", text, re.I):
            # (the one left of a group, unless the sentence places the name among the others: "Sergeant Ruskin, one of the
            # other two, was given management advice by his line manager")
            return None
        if any(self._someone_else_present(j) for j in range(named_at[0] if named_at else index, index + 1)):
            return None  # (named as a witness, or before "two other officers": someone else present, not one of them)
        members = sorted(pool[0].members, key=lambda p: p.seq)
        # (one of whom nothing the sentence tells is known, or who left as it says: "One of them resigned ... PC Sale would
        # have been dismissed had she not resigned"; those just talked about first, then those with a finding: "proven
        # against three of them. PC Ardley ... was dismissed. PC Venn had resigned ...": two of the three)
        said = {k: v for k, v in told.items() if k in ("sanction", "outcome", "left")}
        if not {"sanction", "outcome"} & set(said):
            # (a departure alone is of someone whose result is not yet told: not one dismissed at the hearing already)
            members = [p for p in members if "outcome" not in p.facts]
        untold = sorted((p for p in members if all(k not in p.facts or k == "left" and p.facts[k] == v for k, v in said.items())),
                        key=lambda p: ("left" in said and p.facts.get("left") != said["left"], p not in self.pointer,
                                       "outcome" not in p.facts, p.seq))
        if not untold:
            return None
        group = self._regroup(untold[:1], index)
        group.label, group.head = found[0].label, found[0].head
        return list(group.members)

    def _someone_else_present(self, index: int) -> bool:
        """Whether sentence ``index`` speaks of a witness or of others present ("PC Dale and two other officers went in"),
        not of the rest of those investigated decided on ("The other three officers had no case to answer")."""
        present = _SOMEONE_ELSE_PRESENT.search(self.sentences[index].text)
        return bool(present) and not (re.match(r"other|another", present.group(0), re.I) and self.decisions[index])

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
        if len(found) != 1 or not found[0].count or found[0].count < 2:
            return None
        known = self._matching_groups(replace(found[0], definite=True))
        # ("Two of the other officers, who were holding his legs, ...", beside the one officer known: others, not them)
        if known and not (found[0].other and sum(len(g.members) for g in known) < found[0].count):
            return None
        return replace(found[0], definite=True, other=False)

    def _others_counted_with_no_other_part(self, counted: Phrase, index: int) -> bool:
        """Whether the people the sentence before ``index`` counted (see ``_counted_afresh_just_before``) are "other" people
        ("Two other officers had replied to the messages"), not told there as witnesses or others present ("Two other
        constables were in the suite and gave statements")."""
        return bool(re.match(r"(?:\w+\s+)?other\b", counted.text.split(None, 1)[-1], re.I)) \
            and not _TOLD_AS_WITNESSES.search(self.sentences[index - 1].text)

    def _split_by_deed(self, text: str, index: int) -> list[Person]:
        """'Two of them had held him down ...; the third had mocked him': the group just talked about, split into those
        the sentence tells apart by what they did, each part a group of its own described so (for "the two officers
        involved in the restraint", "the officer who made the comments" later)."""
        split = _SPLIT_BY_DEED.match(text)
        if not split or len({p.group for p in self.pointer}) != 1 or self.pointer[0].group < 0:
            return []
        group = self.groups[self.pointer[0].group]
        n = number_of(split.group("n"))
        rest = number_of(split.group("m")) if split.group("m") else 1
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
            n = number_of(counted.group("n") or counted.group("the_n"))
            for group in self._groups_of(self.pointer):
                free = group.unsplit
                if n < len(group.members) and len(free) > n:
                    chosen = free[:n]
                    for person in chosen:
                        person.split = True
                    self.last_split = group
                    self._known_by_the_ranks_listed(text, counted.start(), chosen, index)
                    return chosen
            subset = sorted(self.pointer, key=lambda p: p.seq)
            if len(subset) > n and all(p.split for p in subset):
                # "proven against four of them. Two were dismissed.": the first two of those four
                self.counted_off = subset
                return subset[:n]
        if _BARE_REST.match(text) and self.last_split:
            return self.last_split.unsplit
        if of_the := _N_OF_THE_M.match(text):
            # "Two of the four facing gross misconduct allegations resigned": of the one group of four with a case, whoever
            # was talked about last, the next two
            n, m = number_of(of_the.group("n")), number_of(of_the.group("m"))
            sized = [g for g in self.groups if g.case and len(g.members) == m]
            free = sized[0].unsplit if len(sized) == 1 else []
            if n < m and len(free) > n:
                for person in free[:n]:
                    person.split = True
                self.last_split = sized[0]
                return free[:n]
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

    def _known_by_the_ranks_listed(self, text: str, at: int, chosen: list[Person], index: int) -> None:
        """'Two of them, a sergeant and a constable, had been the most involved ...', of four plain officers: each of those
        counted off is known by the rank listed for them, in turn, from now on (a rank each, none of them known yet)."""
        listed = _COUNTED_THEN_RANKS.match(text, at)
        if listed is None or any(self.groups[p.group].head not in GENERIC_HEADS or self.groups[p.group].label for p in chosen):
            return
        ranks = _only_people(listed.group("ranks"))
        if len(ranks) != len(chosen) or len({r.head for r in ranks}) != len(ranks) \
                or any(r.plural or r.count not in (None, 1) or r.definite or r.label or r.head in GENERIC_HEADS for r in ranks) \
                or any(g.head == r.head for r in ranks for g in self.groups):
            return
        later = " ".join([text[listed.end():]] + [s.text for s in self.sentences[index + 1:]])
        if any(re.search(r"\b(?:also\s+an?|another|the\s+other|a\s+second|(?:were|are)\s+(?:also\s+)?)\s+(?:[\w-]+\s+)?" + re.escape(r.head) + r"s?\b", later, re.I)
               for r in ranks):
            return  # ("The third, also a constable, had retired", "The other two were constables as well": not one person's alone)
        for person, rank in zip(chosen, ranks):
            # (decided on when their group was, not here: naming their ranks decides nothing)
            group = self._regroup([person], self.groups[person.group].decided_at)
            group.head, group.role, group.modifiers = rank.head, self._role(rank), _modifiers(rank)
            person.role = group.role

    def _numbered_subset(self, text: str, index: int) -> list[Person]:
        """'gross misconduct was found for four officers' out of eight, 'two of the officers were dismissed' out of
        three: the next four (two) of them; "the remaining officer" is then the rest."""
        counts = []
        phrases_here = find_phrases(text)
        for phrase in phrases_here:
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
            # (the groups with a case larger than the count, whoever was talked about last)
            larger = [g for g in self.groups if g.case and len(g.unsplit) > phrase.count]
            if partitive and not sized and phrase.head in GENERIC_HEADS and self.pointer \
                    and not any(g.case for g in self._groups_of(self.pointer)):
                # ("The sergeant had no case to answer. Two of the officers attended misconduct meetings": of the one group
                # with a case large enough, not of the sergeant just talked about)
                sized = larger if len(larger) == 1 else []
            # ("two of the constables", when the sergeant was talked about last: of the constables)
            counts.append((phrase.count, self._matching_groups(replace(phrase, count=None, definite=True))
                           if phrase.head not in GENERIC_HEADS and not unranked else
                           larger if described else sized, phrase.start))
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
            pointed = self._groups_of(self.pointer)
            counted = next((q for q in phrases_here if q.start == at), None)
            if not named and pointed and all(len(g.members) < count for g in pointed) \
                    and not any(q.start > at and (q.label or re.search(r"\b(?:against|for)\s+$", text[:q.start]))
                                for q in phrases_here) \
                    and len(larger_of_its_kind := [g for g in self.groups if g.case and len(g.members) > count
                                                   and (counted is None or counted.role not in ("officer", "staff") or g.role == counted.role)]) == 1:
                # ("One of them, PC Saddler, had resigned. The panel found gross misconduct proven against four serving
                # officers": more than those just talked about, so of the one group with a case larger than the count, of
                # the counted kind (officers, not the staff beside them); not where the sentence names someone after the
                # count, or finds against someone else, "..., and found the same against PC Bain": their own finding)
                pointed = larger_of_its_kind
            for group in named or pointed:
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
                    self._known_by_the_ranks_listed(text, at, chosen, index)
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
