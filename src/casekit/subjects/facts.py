"""Facts a sentence states about the people it refers to: proceedings, departure, outcome, sanction, barred list."""
from __future__ import annotations

import functools
import re

from .. import cues
from ..alternation import Alternation
from .phrases import find_phrases, _IN_COURT, ONE_BY_TITLE, _spaces, who_chaired
from .decisions import (
    _CHAIRING, _CTA_PARTS, _DISAGREEING, _FOR_A_PANEL_TO_FIND, _HYPOTHETICAL_BODY, _MISCONDUCT_NOT_GROSS, MISCONDUCT_NOT_GROSS_FOUND,
    _PANEL_VOICE, STILL_IN_POST, _WE_DIRECTED, _without_route
)


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
_ANOTHER = r"(?:separate|unrelated|different|another)"
_ANOTHER_MATTER = r"(?:\b" + _ANOTHER + r"\s+(?:matter|case|investigation|incident)|" + _SOMETHING_UNRELATED + ")"
_ELSEWHERE_AFTER = r"(?![^.;]{0,60}" + _ANOTHER_MATTER + r")"
# a dismissal tied to another matter by its preposition: "was dismissed from Kent Police in 2020 after a separate hearing
# into an unrelated matter", "dismissed from the force in a separate matter" (not "dismissed without notice at the same
# hearing, which also dealt with an unrelated matter", nor "dismissed from the force the following year in a separate matter")
_OVER_ANOTHER_MATTER = (r"(?:\s+from\s+(?:the\s+)?[\w-]+(?:\s+(?-i:[A-Z])[\w-]+){0,2})?(?:\s+in\s+\d{4})?\s+"
                        r"(?:in|over|for|after|following|because\s+of|as\s+a\s+result\s+of)\s+(?:an?\s+|the\s+)?"
                        # ("after a hearing about an unrelated matter", read as "a process about ..." once its proceedings are set aside)
                        r"(?:(?:gross\s+)?(?:misconduct\s+)?(?:hearing|meeting|investigation|proceedings|process)\s+(?:about|into|over|for|on|concerning|in\s+relation\s+to)\s+(?:an?\s+|the\s+)?)?"
                        + _ANOTHER + r"\b")
_PROCEEDINGS_ON_ANOTHER_MATTER = re.compile(
    r"(?P<proc>\b(?:(?:gross\s+)?misconduct\s+|special\s+case\s+|accelerated\s+|disciplinary\s+)?(?:hearing|meeting|proceedings)s?)"
    r"\s+(?:about|over|for|into|on|relating\s+to|in\s+relation\s+to|concerning|in)\s+(?:an?\s+|the\s+)?" + _ANOTHER_MATTER, re.I)
# officers in the plural, by rank: "the two constables", "three of the sergeants"
_OFFICERS_PLURAL = r"(?:officers|constables|sergeants|inspectors|PCs|detectives)"
_DISMISSAL_WOULD_HAVE_FOLLOWED = r"\bdismissal\s+would\s+(?:also\s+)?have\s+(?:followed|resulted)\b"
# one of a counted group: "one of them", "one of the three constables"
_ONE_OF_THEM = r"one\s+of\s+(?:them|the\s+(?:two|three|four|five|six)(?:\s+[a-z]+)?)"
_STILL_SERVING = (r"\bstill\s+(?:been\s+)?(?:serving|employed|in\s+the\s+force|an?\s+(?:serving\s+)?(?:police\s+)?(?:officer|constable)"
                  r"|work(?:ed|ing)\s+for\s+the\s+(?:force|police))\b")
# "both were dismissed", "they were all dismissed", "all three were dismissed", and a bare "they were dismissed" (in a
# sentence that found them proven, by _BOTH_DISMISSED_IN_SENTENCE): all those just listed (not "they were later
# dismissed over an unrelated matter", another matter's, nor "... were dismissed and given a final written warning
# respectively", one each)
_BOTH_DISMISSED_WORDS = (r"(?:both\s+(?:were|have\s+been)|they\s+(?:(?:both|all)\s+)?(?:were|have\s+been)(?:\s+(?:both|all))?"
                         r"|all\s+(?:two|three|four|five|six|of\s+them)\s+(?:were|have\s+been))"
                         r"\s+(?:then\s+|subsequently\s+|later\s+|also\s+)?dismissed\b(?!\s+as\b)" + _ELSEWHERE_AFTER
                         + r"(?![^.;]*\brespectively\b)")
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
# a warning someone already held, no sanction of this case: "already had live written warnings for other matters", "was
# already subject to a final written warning imposed for an unrelated matter" (not one extended: "the chair extended his
# live written warning by twelve months")
_WARNING_HELD_ALREADY = re.compile(r"\balready\s+(?:had|held|subject\s+to|on)\b[^.;]{0,40}\bwarnings?\b"
                                   r"|\b(?:previous|earlier|prior|existing|live)\s+(?:final\s+)?written\s+warnings?\b"
                                   r"|\bwarnings?\s+(?:\w+\s+){0,2}for\s+(?:other|previous|unrelated|separate|earlier)\s+(?:matters?|conduct|misconduct)\b", re.I)
# our own decision not to pursue a matter, no sanction of anyone's: "We considered the force's response and decided to take no
# further action on the matter"
_WE_TOOK_NO_FURTHER_ACTION = re.compile(r"^\W*We\s+(?:[\w'’]+\s+){0,8}?(?:decided|chose|agreed)\s+to\s+take\s+no\s+further\s+action\s+on\s+the\s+matter\b", re.I)
# "an accelerated (special case) hearing", the other name in brackets, in a sentence that does not set it aside ("considered
# an accelerated (special case) hearing but ... arranged a gross misconduct hearing instead", "was not possible")
_NOT_SET_ASIDE = r"^(?![^.]*\b(?:considered|instead|not\s+possible|did\s+not\s+meet|rather\s+than)\b)[^.]*?"
_ACCELERATED = r"(?:special\s+case|accelerated)"
_BRACKETED_ACCELERATED = r"\b" + _ACCELERATED + r"\s+\(" + _ACCELERATED + r"\)\s+(?:misconduct\s+|disciplinary\s+)?hearing\b"
# a finding's person told by a defining clause: "the officer who used the baton" (not "who was alleged to have ...")
_WHO_TELLS = r"(?:who\s+(?:(?!(?:not|never|neither|no|alleged|believed|accused|suspected|said|thought|claimed)\b)[\w'’-]+\s+){1,6}?)?"
# the person with a case by their post alone, as a sentence about their own proceedings names them ("the constable", "the
# driver"; not "the presenting officer", "the arresting officer", "the officer's line manager")
_THE_PERSONS_POST = r"(?:officers?|constables?|sergeants?|inspectors?|detectives?|drivers?|(?:call\s+)?handlers?)"

FACTS: list[tuple[str, str, re.Pattern[str]]] = [
    # the level the proceedings are held at: the grade, where no decision gave it (codebook: "infer the
    # level only from proceedings the text ties to it")
    ("level", "gross_misconduct", re.compile(r"\bgross\s+misconduct\s+(?:hearing|proceedings|panel)s?\b|\badmitted\s+gross\s+misconduct\b|\b" + _ACCELERATED + r"\s+(?:misconduct\s+)?hearing"
                                             r"|" + _NOT_SET_ASIDE + _BRACKETED_ACCELERATED, re.I)),
    ("level", "misconduct", re.compile(r"(?<!gross\s)\b(?:misconduct|disciplinary)\s+meetings?\b", re.I)),
    # ("an accelerated (special case) hearing": the other name in brackets; not one only considered or set aside)
    # ("their cases were heard at accelerated hearings": one each, tied to the people heard, not "held accelerated hearings in
    # two unrelated cases")
    ("proceedings", "accelerated_hearing", re.compile(r"\b" + _ACCELERATED + r"\s+(?:misconduct\s+|disciplinary\s+)?hearing\b"
                                                      r"|" + _NOT_SET_ASIDE + r"(?:" + _BRACKETED_ACCELERATED
                                                      + r"|\b(?:heard|dealt\s+with|dismissed|attended)\s+(?:at|in)\s+(?:separate\s+)?"
                                                      + _ACCELERATED + r"\s+(?:misconduct\s+)?hearings\b"
                                                      # ("the force chose the accelerated route": this case's, kept; not "why it had
                                                      # not followed", "usually", "in an unrelated case", nor one later changed)
                                                      r"|^(?!.*\b(?:not|why|usually|unrelated|another\s+case|other\s+cases?|later|transferred|referred)\b)"
                                                      r".*?\b(?:chose|took|used|followed|decided\s+on)\s+the\s+" + _ACCELERATED + r"\s+(?:route|procedure|process)\b)", re.I)),
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
        # ("... arranged a hearing under the provisions for former officers, which was held in February")
        r"|\b(?:meeting|hearing)s?\b(?:\s+(?:under|for|into|about)\b[^.;,]{1,60})?,\s+which\s+(?:was|were)\s+(?:later\s+)?held\b(?!\s+in\s+(?:his|her|their)\s+absence)"
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
                                   # ("and the constable attended with his Police Federation representative": there, represented)
                                   r"|(?<!not\s)(?<!n['’]t\s)\battended\s+with\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}(?:representatives?|friends?|solicitors?|lawyers?|counsel)\b"
                                   # ("The five officers appeared before a gross misconduct hearing": not before a court)
                                   r"|(?<!not\s)(?<!n['’]t\s)(?<!\byet\s)(?<!\bnever\s)\bappeared\s+(?:before|at)\s+(?:(?:the|a|an|their|his|her|separate)\s+(?:\w+\s+){0,3}|(?:separate\s+)?(?:gross\s+)?misconduct\s+)(?:hearing|meeting|panel)s?\b"
                                   # ("The meeting took place in May. The officer attended and accepted that ...")
                                   r"|\battended\s+and\s+(?:accepted|admitted|gave|answered|told|apologised)\b"
                                   # ("The officer attended and did not contest the allegations", "Both officers attended and were represented":
                                   # the person by their post, not "The man's family attended and were represented", "His representative")
                                   r"|\b(?:the|both)\s+" + _THE_PERSONS_POST + r"\s+attended\s+and\s+(?:denied|contested|did\s+not\s+contest|(?:was|were)\s+represented)\b"
                                   # ("... agreed with our findings and brought all four officers before a gross misconduct hearing")
                                   r"|\bbrought\s+(?:(?:him|her|them|all|both|each|the|of|two|three|four|five|six|[\w-]+s)\s+){1,4}before\s+(?:a|an|the)\s+(?:gross\s+)?misconduct\s+(?:hearing|meeting|panel)\b"
                                   # ("the officer was brought before a gross misconduct hearing in July 2022"; not "recommended that she
                                   # was brought before ...", yet to come)
                                   r"|^(?:(?!\bthat\b)[^;])*?\b(?:was|were)\s+brought\s+before\s+(?:a|an|the)\s+(?:gross\s+)?misconduct\s+(?:hearing|meeting|panel)\b"
                                   # ("The other two officers denied the allegations at a gross misconduct hearing which sat for four days")
                                   r"|(?<!not\s)\b(?:denied|admitted|contested)\s+(?:the\s+|all\s+the\s+|both\s+)?(?:allegations?|charges?)\s+at\s+(?:the|a|an|their|his|her)\s+"
                                   r"(?:[\w-]+\s+){0,3}?(?:hearing|meeting)s?\b"
                                   # ("The force arranged misconduct meetings for both officers, and both attended them")
                                   r"|\b(?:meeting|hearing)s?\b[^.;]{0,80}?(?<!not\s)(?<!n['’]t\s)\battended\s+(?:them|it)\b"
                                   # ("At the meeting, the sergeant admitted that ...")
                                   r"|\bat\s+the\s+(?:\w+\s+){0,2}(?:meeting|hearing),?\s+(?:the\s+[\w-]+(?:\s+[\w-]+)?|he|she|they|both|each)\s+(?:admitted|accepted|apologised|answered)\b"
                                   # ("At the hearing the constable said he had feared ...": the person by their post, not "the chair said",
                                   # "the presenting officer argued", "PC Olwen said she had seen ...", a witness by name)
                                   r"|\bat\s+the\s+(?:\w+\s+){0,2}(?:meeting|hearing),?\s+the\s+" + _THE_PERSONS_POST + r"\s+(?:said|explained|argued|denied)\b"
                                   r"|\b(?:he|she|(?<!presenting\s)(?<!federation\s)(?<!force['’]s\s)(?:officer|constable|sergeant|inspector|PC|DC|PS|handler))\s+told\s+the\s+(?:meeting|chair)\s+(?:that\b|about\b)"
                                   # ("He admitted the relationship but told the panel he had not ...": the one who admitted it; "The constable
                                   # told the panel that ...", the sentence's subject by post, not "The inspector who supervised the sergeant
                                   # told the panel", nor a letter's "he told the panel")
                                   r"|\b(?:he|she)\s+admitted\b[^.;]{0,80}?\bbut\s+told\s+the\s+panel\b"
                                   r"|^\W*the\s+" + _THE_PERSONS_POST + r"\s+(?:also\s+)?told\s+the\s+panel\b"
                                   # ("A hearing took place over three days in December 2023, and the driver gave evidence": at the hearing
                                   # the sentence tells, by the person's post; not "and she gave evidence", often the complainant, nor at
                                   # someone else's, "The sergeant's hearing took place first, and the constable gave evidence")
                                   r"|(?<!['’]s\s)\b(?:meeting|hearing)s?\b[^.;]{0,80}?\b(?:and|where|at\s+which)\s+the\s+" + _THE_PERSONS_POST + r"\s+gave\s+evidence\b"
                                   # ("After hearing evidence from the officer, the panel ...", "Having heard his account, the chair")
                                   r"|\b(?:after\s+hearing|having\s+heard|heard)\s+(?:evidence|an\s+account|his\s+account|her\s+account)\s+(?:from\s+the\s+(?:officer|constable|sergeant|inspector|detective)\b)?(?=[^.]*\b(?:panel|chair)\b)"
                                   # ("The hearing ... heard evidence from the officer": by post, not "from him", often the complainant, nor "from
                                   # the officer's line manager", "from the arresting officer", "from the driver of the other car")
                                   r"|\b(?:panel|chair|hearing|meeting)\b[^.;]{0,80}?\bheard\s+(?:evidence|an\s+account)\s+from\s+the\s+" + _THE_PERSONS_POST + r"\b(?!['’]|\s+of\b)"
                                   # ("a hearing ..., which they all attended", "The hearing took place in July and both officers attended")
                                   r"|\b(?:which|that)\s+(?:he|she|they)\s+(?:all\s+|both\s+)?attended\b"
                                   # (or by the person's noun: "The misconduct meeting, which the constable attended, took place in May")
                                   r"|\b(?:meeting|hearing)s?\b[^.;]{0,60}?\b(?:which|that)\s+the\s+(?!(?:IOPC|IPCC)\b)(?:[\w-]+\s+){0,2}?(?:officers?|constables?|sergeants?|inspectors?|PCs?|detectives?|staff|handlers?)\s+(?:all\s+|both\s+)?attended\b"
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
        # (nor someone's earshot: "the way they spoke about him within his hearing"; "in her hearing" may be her own)
        r"(?<!\bwithin\shis\shearing)(?<!\bwithin\sher\shearing)(?<!\bwithin\stheir\shearing)"
        # (not the test for a case to answer: "enough evidence for a misconduct panel to find that the remark was discriminatory")
        r"|\bgross\s+misconduct\s+proceedings\b|\b(?:gross\s+)?misconduct\s+panel\b(?!\s+(?:to|could|would|might|may)\s+(?:reasonably\s+)?find\b)"
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
        r"|\b(?:disciplinary|misconduct)\s+proceedings\s+(?:could|can)\s*not\s+(?:therefore\s+|then\s+)?be\s+(?:taken|brought)\b"  # ("so disciplinary proceedings could not be brought")
        # ("As a former officer, she could not be subject to disciplinary proceedings")
        r"|\bcould\s+not\s+be\s+(?:made\s+)?(?:the\s+)?subject\s+(?:to|of)\s+(?:any\s+)?(?:disciplinary|misconduct)\s+proceedings\b(?!\s+until\b)"
        r"|\bdid\s+not\s+face\s+(?:any\s+)?(?:\w+\s+)?proceedings\b"
        r"|\b(?:not|no\s+longer)\s+(?:possible|able)\s+to\s+(?:bring|take)\s+(?:any\s+)?(?:disciplinary|misconduct)\s+(?:proceedings|action)\b"
        # ("the rules did not allow proceedings to be brought against him as a former officer")
        r"|\b(?:did|do|does|would)\s+not\s+allow\s+(?:any\s+)?(?:disciplinary\s+|misconduct\s+)?proceedings\s+to\s+be\s+(?:brought|taken)\b"
        r"|\boutside\s+(?:of\s+)?the\s+(?:formal\s+)?(?:disciplinary|misconduct)\s+(?:process|procedures?|system)\b"
        r"|" + _HANDLED_THROUGH_LEARNING +
        r"|\b(?:no\s+further\s+action\s+(?:was|would\s+be|could\s+be)\s+taken|to\s+take\s+no\s+further\s+action)", re.I)),
    # (not "the two who had not resigned", "he has not retired"; but "had she not resigned" says she did)
    ("left", "resigned", re.compile(r"(?<!\bwho\shad\snot\s)(?<!\bhas\snot\s)(?<!\bhave\snot\s)\bresign(?:ed|ation|s)\b", re.I)),
    ("left", "retired", re.compile(r"(?<!\bwho\shad\snot\s)(?<!\bhas\snot\s)(?<!\bhave\snot\s)\bretire(?:d|ment|s)\b", re.I)),
    # ("He had left GMP by the time our investigation finished": a force by its initials too)
    ("left", "left", re.compile(r"\b(?:had\s+)?left\s+(?:the\s+)?(?:special\s+)?(?:force|police|service|organisation|constabulary|employment|(?-i:[A-Z][\w-]+)(?:\s+(?:(?-i:[A-Z][\w-]+)|and|of))*\s+(?-i:Police|Constabulary)"
                                r"|(?-i:(?!(?:PC|PS|DC|DS|DI|DCI|PCSO|CCTV|CPS|IOPC|IPCC|A&E)\b)[A-Z]{2,5}))\b(?!\s+(?:station|car|vehicle|van|custody|building|premises|scene|office|area|(?-i:[A-Z])|for\s+(?:the\s+)?(?-i:[A-Z])))(?![^.;]{0,60}\b(?:transfer\w*|to\s+join|joined|moved\s+to)\b)|\bno\s+longer\s+(?:a\s+)?(?:serving|employed|a\s+member|(?:police\s+)?(?:officer|constable)\b|work(?:ed|s|ing)?\s+(?:for|with)\s+(?:the\s+)?(?:police|force|constabulary|service|(?-i:[A-Z][\w-]+)(?:\s+(?-i:[A-Z][\w-]+))*\s+(?:Police|Constabulary)|(?-i:[A-Z]{2,5})\b)|(?:with|in|part\s+of)\s+(?:the\s+(?:police|force|service|organisation|constabulary)|(?-i:[A-Z][\w-]+)(?:\s+(?-i:[A-Z][\w-]+|and|of))*\s+(?:Police|Constabulary)(?!['’]s|[^.;]{0,60}\btransferr\w*)))\b|\bhad\s+(?:already\s+)?been\s+dismissed\b|\b(?:has|have)\s+been\s+dismissed\b(?=[^.;]{0,60}" + _ANOTHER_MATTER + r")|\bhad\s+(?:by\s+then|previously)\s+been\s+dismissed\s+(?:from|following|after|for)\b|\bended\s+(?:his|her|their)\s+employment\b", re.I)),
    # ("she left her job with the force before it could be held")
    # (not a move within the force: "left his role in the force's roads policing unit ... and moved to a neighbourhood team")
    ("left", "left", re.compile(r"\bleft\s+(?:his|her|their)\s+(?:job|post|role|employment)\s+(?:with|at|in)\s+(?:the\s+)?(?:force|police|constabulary|service"
                                r"|(?-i:[A-Z][\w-]+)(?:\s+(?-i:[A-Z][\w-]+|and|of))*\s+(?:Police|Constabulary))\b(?!['’]s|\s+(?:station|unit|team|custody|control))"
                                r"(?![^.;]{0,100}\b(?:moved|transferr\w*|joined|to\s+join|posted\s+to)\b)"
                                r"|\bleft\s+(?:his|her|their)\s+job\s+as\s+a\s+(?:police\s+)?(?:officer|constable)\b", re.I)),
    # ("The third officer was dismissed from Kent Police in 2020 after a separate hearing into an unrelated matter":
    # dismissed over another matter, so gone before this case's proceedings)
    ("left", "left", re.compile(r"\b(?:was|were)\s+dismissed" + _OVER_ANOTHER_MATTER, re.I)),
    # a successful appeal against the finding (codebook: the result after the appeal counts)
    ("appeal", "upheld", re.compile(r"\bsuccessfully\s+appealed\b|\bgrounds\s+(?:for|of)\s+appeal\s+(?:were\s+|was\s+)?made\s+out\b|\bappeals?\s+tribunal\b[^.]*\b(?:not\s+proven|upheld\s+the\s+appeal|allowed\s+the\s+appeal|overturned)\b|\bappeals?\s+(?:was|were)\s+(?:upheld|successful|allowed)\b|\bwon\s+(?:their|his|her|the)\s+appeals?\b|\b(?:finding|findings|outcome)\s+(?:was|were)\s+(?:overturned|quashed)\b", re.I)),
    ("outcome", "pending", re.compile(
        # (not "no hearing is now to be held")
        r"(?<!criminal\s)(?<!court\s)(?<!\bno\s)(?<!\bno\smisconduct\s)(?<!\bno\sgross\smisconduct\s)"
        r"\b(?:hearing|meeting|proceedings)\s+(?:is|are|has\s+yet|have\s+yet)\s+(?:now\s+)?(?:yet\s+to|due\s+to|scheduled\s+to|expected\s+to|to\s+take|to\s+be\s+(?:held|heard|convened|arranged))"
        # ("The force told us that disciplinary proceedings would follow once she had been sentenced": disciplinary ones
        # only, not "a learning meeting would follow"; not "would follow if", "no misconduct proceedings would follow",
        # "whether a misconduct meeting would follow", nor one then cancelled)
        r"|(?<!\bno\s)(?<!\bany\s)(?<!whether\s)(?<!whether\sa\s)\b(?:misconduct|disciplinary)\s+(?:hearing|meeting|proceedings)\s+(?:will|would)\s+follow\b"
        r"(?!\s+if\b)(?![^.]*\b(?:cancelled|abandoned|withdrawn|did\s+not\s+go\s+ahead)\b)"
        # (not "criminal proceedings against the man are still to take place", nor a hearing "still to take place when he
        # resigned" that "was cancelled")
        r"|(?<!criminal\s)\b(?:hearings?|meetings?|proceedings)\b(?![^.]*\b(?:cancelled|abandoned|did\s+not\s+go\s+ahead)\b)[^.]{0,100}?\b(?:yet\s+to\s+take\s+place|will\s+take\s+place|will\s+be\s+held"
        # ("A gross misconduct hearing has not yet been arranged.")
        r"|not\s+yet\s+(?:taken\s+place|been\s+held|happened)|yet\s+to\s+be\s+(?:held|heard|scheduled|arranged)"
        # (not when called off: "had not yet been arranged when the force withdrew the case", "... because she resigned")
        r"|not\s+yet\s+been\s+(?:re)?(?:arranged|scheduled|listed)\b(?![^.]*\b(?:withdr\w+|discontinu\w+|resign\w+|retir\w+|left|cancel\w+|dropped|abandon\w+|died)\b)"
        # ("...; a date has yet to be set", "the hearing date has not yet been set": the date, not a sanction, is open)
        # ("the date of that hearing had not been fixed and we will update this summary once it is held")
        r"|\bdate\b[^.;]{0,30}?\b(?:(?:is|has)\s+(?:yet|still)\s+to\s+be|has\s+not\s+yet\s+been|had\s+not\s+(?:yet\s+)?been|is\s+not\s+yet)\s+(?:set|fixed|agreed|confirmed)"
        # (read only where the sentence also names the proceedings, as every pending wording here: the gate words)
        r"|\bwill\s+update\s+this\s+(?:summary|page)\s+(?:once|when|after)\b"
        r"|still\s+to\s+(?:take\s+place|be\s+(?:held|heard|scheduled|arranged))"  # ("... have also still to take place")
        # "a hearing for the two constables is due to take place", "had not taken place when this summary was published"
        r"|(?:is|are)\s+(?:due|scheduled|expected|set)\s+to\s+(?:take\s+place|be\s+held|start|begin)"
        r"|will\s+be\s+(?:arranged|scheduled|convened|listed)"
        r"|not\s+(?:taken\s+place|been\s+held)\s+(?:when|by\s+the\s+time|at\s+the\s+time)\b)\b"
        # "will face a gross misconduct hearing", "both will attend misconduct meetings", "will hold a hearing";
        # "a date for the hearing has not yet been set"
        # (or each, both: "The two constables will each attend a misconduct meeting")
        # ("will each now attend", "are each to attend")
        r"|\b(?:will|(?:is|are)\s+(?:each\s+|both\s+)?to|(?:is|are)\s+due\s+to)\s+(?:each\s+|both\s+)?(?:now\s+)?(?:face|attend|hold|convene|appear\s+(?:at|before))\s+(?:a\s+|an\s+)?"
        # (not a learning or reflective meeting: "will each attend a learning meeting with their inspector")
        r"(?:(?!sentencing|plea|trial|court|magistrates|inquest|learning|reflective|debrief)\w+\s+){0,3}(?:hearing|meeting)s?\b(?!\s+(?:at|in)\s+(?:[\w'’]+\s+){0,3}(?:court|magistrates))"
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
        r"|\bneither\b[^.]{0,60}\b(?:has|have)\s+yet\s+(?:taken\s+place|been\s+held)\b"
        # ("None of these proceedings has taken place yet.")
        r"|\bnone\s+of\s+(?:these|the|those|them)\s+(?:\w+\s+)?(?:proceedings|hearings|meetings)?\s*(?:has|have|had)\s+"
        r"(?:yet\s+(?:taken\s+place|been\s+held)|(?:taken\s+place|been\s+held)\s+(?:yet|at\s+the\s+time\s+of\s+writing))\b"
        # ("The fourth officer's case will be dealt with at a misconduct meeting once the hearing has concluded"; its "at"
        # read as "via" by then)
        # (proceedings only: not "will be considered at a meeting with the local commander", "at a team meeting")
        r"|\bwill\s+be\s+(?:dealt\s+with|heard|considered)\s+(?:at|via|by\s+way\s+of)\s+(?:a|an|the)\s+(?:gross\s+)?(?:misconduct|disciplinary)\s+(?:meeting|hearing)s?\b", re.I)),
    ("outcome", "gross_misconduct_proven", re.compile(
        r"\b(?:found\s+(?:guilty\s+of|to\s+have\s+committed)|(?<!no\s)finding\s+of|proved?\s+as)\s+gross\s+misconduct"
        # "which found the allegation against him proven as gross misconduct" (found, not "if proven as", "did not find ...")
        r"|(?<!not\s)(?<!n['’]t\s)\bfound\s+(?:the\s+)?(?:allegations?|case|it|them)(?:\s+against\s+(?:him|her|them|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?))?"
        r"\s+prov(?:en|ed)\s+as\s+gross\s+misconduct\b"
        # ("found the allegations against the acting sergeant proven at the level of gross misconduct")
        r"|(?<!not\s)(?<!n['’]t\s)\bfound\s+(?:the\s+)?(?:allegations?|case)\s+against\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+\s+prov(?:en|ed)\s+"
        r"(?:as|at\s+the\s+level\s+of)\s+gross\s+misconduct\b"
        # ("found that the officer who used the baton had committed gross misconduct": the one a defining clause tells)
        r"|\b(?:found|concluded|determined|ruled|decided)\s+(?:that\s+)?(?:(?!(?:not|never|neither|no)\b)\w+\s+){0,3}"
        + _WHO_TELLS + r"(?:had|have)\s+committed\s+gross\s+misconduct"
        # ("a panel found he committed gross misconduct": without "had" only after a bare pronoun, not "found insufficient
        # evidence he committed")
        r"|\b(?:found|concluded|determined|ruled|decided)\s+(?:that\s+)?(?:he|she|they)\s+committed\s+gross\s+misconduct"
        # (not the level set aside: "found misconduct rather than gross misconduct proven")
        r"|(?<!not\sfind\s)(?<!not\sfound\s)(?<!satisfied\sthat\s)(?<!persuaded\sthat\s)(?<!\bnot\s)(?<!rather\sthan\s)(?<!instead\sof\s)(?<!answer\sfor\s)\bgross\s+misconduct\s+(?:was\s+|were\s+|(?:had|has|have)\s+been\s+)?(?:also\s+|later\s+|subsequently\s+)?(?:found\s+)?(?:proven|proved|found|substantiated)\b(?!\s+not)"
        r"|(?<!not\s)(?<!never\s)\bfound\s+gross\s+misconduct\s+(?:proven|proved|for|against|in\s+respect\s+of)\b"
        r"|\bbreach\w*\b(?:(?!\bnot\b)[^.;]){0,120}\bat\s+the\s+level\s+of\s+gross\s+misconduct"
        # "the case against Officer B was also found proven at the level of gross misconduct" (a finding said plainly: not
        # "if the allegations are proven at ...", "could not be proven at ...", "at the level of misconduct rather than ...")
        r"|\b(?:was|were)\s+(?:also\s+)?(?:found\s+)?prov(?:en|ed)\s+at\s+the\s+level\s+of\s+gross\s+misconduct\b"
        r"|\bfound\s+gross\s+misconduct\s+to\s+(?:be|have\s+been)\s+prov(?:en|ed)\b|\bfound\s+(?:to\s+be\s+|as\s+)gross\s+misconduct\b"
        r"|\bfound\b[^.]{0,80}\bassessed\s+as\s+gross\s+misconduct\b"
        r"|\badmitted\s+gross\s+misconduct\b", re.I)),
    # "the allegation was found proven": proven at the level of the proceedings (settle decides; not "was not found proven",
    # "has not been found proven", "were not found to be proven")
    ("outcome", "proven", re.compile(
        r"\b(?:allegations?|charges?|breach(?:es)?)\b[^.]{0,160}?\b(?:was|were|(?<!not\sfound\s)to\s+be|(?<!not\s)(?<!never\s)(?<!yet\s)been|(?<!not\s)(?<!not\sbeen\s)(?<!not\sultimately\s)found|as)\s+(?:also\s+)?(?:found\s+)?prov(?:en|ed)\b"
        r"|\bcase\s+against\s+(?:him|her|them|the\s+(?:\w+\s+)?\w+|(?-i:(?:Officer|PC|PCSO|DC|DS|Sergeant|Constable|Inspector)\s+[A-Z]\w*))\s+(?:was|were)\s+(?:also\s+)?(?:found\s+)?prov(?:en|ed)\b"
        # ("The case was proven against all three", "the panel found the case proven against each of them")
        r"|\bcase\s+(?:was|were)\s+(?:also\s+)?(?:found\s+)?prov(?:en|ed)\s+against\b|\bfound\s+the\s+case\s+prov(?:en|ed)\s+against\b"
        # ("the panel found the case against him proven")
        r"|\bfound\s+the\s+case\s+against\s+(?:him|her|them|the\s+(?:(?!not\b)\w+\s+)?(?!not\b)\w+)\s+prov(?:en|ed)\b"
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
        r"\bnot\s+(?:proven|proved|substantiated)\b|\bmisconduct\s+was\s+not\s+found\b|\bnot\s+(?:been\s+|ultimately\s+)?found\s+(?:to\s+have\s+(?:committed|breached)|(?:to\s+be\s+)?prov(?:en|ed))"
        r"|\bfound\s+not\s+to\s+have\s+(?:committed|breached)\b|\bnone\s+of\s+the\s+allegations\s+(?:were|was)\s+upheld\b|\ballegations?\s+(?:were|was)\s+not\s+upheld\b"
        r"|\bnot\s+(?:been\s+|find\s+(?:\w+\s+){0,3}?)prov(?:en|ed)\b|\bfound\s+not\s+guilty\b|\bcleared\s+of\b|\bunproven\b"
        # ("The panel did not find the allegation against PC Quill proven": the person named between)
        # (or two named, "against DS Ormond and DC Pike"; not one allegation of several, "..., apart from one, which ...")
        r"|\bnot\s+find\s+(?:the\s+|any\s+)?(?:allegations?|case|charges?)\s+against\s+(?:(?!(?:but|not)\b)[\w'’-]+\s+){1,7}?prov(?:en|ed)\b"
        r"(?![^.;]*\b(?:apart\s+from|except|other\s+than|save\s+for|but)\b)"
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
        # ("The second officer's meeting concluded that her conduct had not amounted to misconduct")
        # (misconduct itself: "had not amounted to gross misconduct but had amounted to misconduct" is a finding)
        r"|\bdid\s+not\s+amount\s+to\s+(?:gross\s+)?misconduct\b|\b(?:had|has)\s+not\s+amounted\s+to\s+misconduct\b|\bnot\s+serious\s+enough\s+to\s+amount\s+to\s+(?:gross\s+)?misconduct\b|\bhad\s+not\s+misconducted\b|\bdid\s+not\s+find\s+(?:gross\s+)?misconduct\b"
        , re.I)),
    ("outcome", "misconduct_proven", re.compile(
        r"(?<!gross\s)(?<!satisfied\sthat\s)(?<!persuaded\sthat\s)(?<!not\sfind\s)\bmisconduct\s+(?:was\s+|were\s+|(?:had|has|have)\s+been\s+)?(?:also\s+|later\s+|subsequently\s+)?(?:found\s+)?(?:proven|proved|substantiated)\b"
        r"|(?<!no\s)\bfinding\s+of\s+misconduct\b(?!\s+(?:was\s+)?not)"
        r"|(?<!gross\s)\bmisconduct\s+was\s+found\b(?!\s+(?:to\s+(?:be|have\s+been)\s+)?not\b)|\bfound\s+misconduct\s+(?:proven|proved)|\bat\s+which\s+misconduct\s+was\s+found\b(?!\s+not)"
        r"|\bfound\s+(?:guilty\s+of|to\s+have\s+committed)\s+misconduct"
        r"|\b(?:found|ruled|determined|concluded)\s+(?:that\s+)?(?:the\s+|both\s+)?(?:(?!(?:not|never|neither|no)\b)\w+\s+){0,2}"
        + _WHO_TELLS + r"(?:had|have)\s+committed\s+misconduct\b"
        r"|\b(?:found|ruled|determined|concluded)\s+(?:that\s+)?(?:he|she|they)\s+committed\s+misconduct\b"
        # ("found that the fourth officer, PC Tennant, had committed misconduct": the person named at length)
        r"|\b(?:found|ruled|determined|concluded)\s+that\s+(?:(?!\b(?:not|never|neither|no|none|nobody|insufficient|unable|allegations?|whether)\b)[^.;]){1,80}?"
        r"\b(?:had|have)\s+committed\s+misconduct\b(?![^.;]{0,40}\b(?:was|were)\s+not\b)"
        # (after an aside of how, in commas: "found that, in striking the man, he had committed misconduct"; not a concession,
        # "found that, even if he had committed misconduct, ...", "despite our view that she had committed misconduct")
        r"|\b(?:found|ruled|determined|concluded)\s+that,\s+(?:in|on|by|when|while|after)\s+(?!(?:the\s+absence|view|spite)\b)[^,.;]{1,60},\s+"
        r"(?:he|she|they|the\s+(?:\w+\s+)?(?:officer|constable|sergeant|inspector))\s+had\s+committed\s+misconduct\b"
        r"|\b(?:panel|chair|meeting|hearing)\s+(?:also\s+)?found\s+misconduct\b(?![^.]{0,15}\bnot\b)"
        # ("The panel decided he had committed misconduct, not gross misconduct")
        # (not a concession the sentence goes on to undo: "Although the panel decided he had committed misconduct, the
        # Police Appeals Tribunal later overturned that finding")
        r"|^(?!\W*(?:although|though|while|whilst)\b)[^.]*?\b(?:panel|chair|meeting|hearing)\s+(?:also\s+)?decided\s+(?:that\s+)?(?:he|she|they|the\s+\w+(?:\s+\w+)?"
        r"|(?-i:(?:PC|DC|DS|PS|DI|PCSO|Sergeant|Inspector|Constable|Officer)\s+[A-Z][\w'’-]*))\s+had\s+committed\s+misconduct\b"
        # (not past a denial or another clause: "found ... not proven; the other allegation ... at the level of misconduct")
        r"|\b(?:prov(?:en|ed)|found|breach\w*)\b(?:(?!\bnot\b)[^.;]){0,120}\bat\s+the\s+level\s+of\s+misconduct\b|(?<!gross\s)\bfound\s+misconduct\s+to\s+(?:be|have\s+been)\s+prov(?:en|ed)\b"
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
                                                         # ("were he still in the force, he would have faced dismissal"; not "would have
                                                         # faced dismissal but for his record", nor "dismissal proceedings")
                                                         r"|" + _STILL_SERVING + r"[^.]{0,60}\bwould\s+have\s+faced\s+dismissal\b(?!\s+(?:proceedings|hearings?)\b)"
                                                         # ("if he had still been serving, dismissal would have followed"; not "had it not
                                                         # been for his record, dismissal would have followed", a serving officer's mitigation)
                                                         r"|" + _DISMISSAL_WOULD_HAVE_FOLLOWED + r"(?=[^.]{0,80}" + _STILL_SERVING + r")"
                                                         r"|" + _STILL_SERVING + r"[^.]{0,60}" + _DISMISSAL_WOULD_HAVE_FOLLOWED, re.I)),
    # (not dismissed over another matter: "was dismissed from the force in a separate matter before his meeting")
    ("sanction", "dismissed", re.compile(r"(?<!would\shave\sbeen\s)(?<!had\sbeen\s)(?<!already\sbeen\s)\b(?:was|were|been|be)\s+dismissed(?!" + _OVER_ANOTHER_MATTER + r")\s+(?:without\s+notice|from|with\s+immediate)"
        r"|\bwho\s+(?:was|were)\s+" + STILL_IN_POST + r"(?:\s+by\s+(?:the\s+)?(?:force|[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|and|of))*))?\s+(?:was|were)\s+dismissed\b"  # ("the detention officer who was still serving was dismissed")
        # ("The two who had not resigned were dismissed", "the two officers still serving were dismissed")
        r"|\b(?:one|two|three|four|five|officers?|constables?)\s+(?:who\s+had\s+not\s+(?:resigned|retired|left)|(?:who\s+(?:was|were)\s+)?" + STILL_IN_POST +
        r"|who\s+remained\s+serving)\s+(?:was|were)\s+(?:also\s+)?dismissed\b"
        r"|\bdismissed\s+(?:him|her|them|the\s+(?:(?:first|second|third|fourth|remaining)\s+)?(?:(?:special|police|detective|custody|other|two|three|four)\s+)?(?:officers?|constables?|sergeants?))\b(?!['’])|\bdismissed\s+without\s+notice\b|(?<!\bhave\s)(?<!\bnot\s)(?<!\bto\s)\bdismissed\s+(?-i:(?:PC|PS|DC|DS|(?:Detective\s+|Acting\s+|Police\s+)?[A-Z][a-z]+)\s+[A-Z][\w'’-]+)\s+without\s+notice\b|\bsanction\s+of\s+dismissal\b|\bdismissal\s+without\s+notice\b"
        # ("a sergeant has been dismissed", not "had been", a departure before; "The detention officer, a member of police
        # staff, was dismissed": past the apposition)
        # ("... and the investigator was dismissed": a member of staff by their work, as the clause's subject; not "a complaint
        # about the call handler was dismissed")
        r"|\band\s+the\s+(?:investigator|call\s+(?:handler|taker)|dispatcher|operator)\s+(?:was|has\s+been)\s+(?:then\s+|subsequently\s+|later\s+)?dismissed\b(?!\s+as\b)"
        r"|(?<!against\sthe\s)\b(?:officer|constable|sergeant|inspector|he|she|PC|PS|DC|DS|DI|PCSO|member\s+of\s+(?:police\s+)?staff|staff\s+member|(?:civilian\s+)?employee|(?<=the\s)other(?:\s+one)?)(?:,(?=\s+(?:was|were)\s))?\s+(?:was|were|has\s+been|have\s+been)\s+(?:then\s+|subsequently\s+|later\s+|also\s+|both\s+)?dismissed\b(?!\s+as\b)"
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
        # ("PC Amos was found to have committed gross misconduct and was dismissed"; not "PC Amos's appeal was heard and was dismissed";
        # "The first, PC Dunn, was dismissed": the name in apposition)
        r"(?:\s+(?:(?!\b(?:which|that|who|whose|appeal\w*)\b)[^.;,]){0,80}?\s+and)?"
        r",?\s+(?:was|were|has\s+been|have\s+been)\s+(?:then\s+|subsequently\s+|later\s+|also\s+|both\s+|all\s+)?dismissed\b(?!\s+as\b)" + _ELSEWHERE_AFTER +
        # "proven against the two constables, who were dismissed": those found against, as a group
        r"|\bagainst\s+(?:(?:the\s+|both\s+|all\s+)?(?:(?:two|three|four|five|six)\s+)?(?:[a-z-]+\s+)?(?:" + _OFFICERS_PLURAL + r"|members\s+of\s+staff)"
        r"|both|all\s+(?:two|three|four|five|six)|the\s+(?:two|three|four|five|six)"  # ("against all three, who were dismissed")
        # ("against two of them, who were dismissed", "against three of the constables, who ...": those of a group found against)
        r"|(?:two|three|four|five|six)\s+of\s+(?:them|the\s+(?:[a-z-]+\s+)?" + _OFFICERS_PLURAL + r")),\s+"
        r"who\s+were\s+(?:then\s+|later\s+|subsequently\s+|both\s+|all\s+)?dismissed\b(?!\s+as\b)"
        # "proven against one of them, who was dismissed", "One of them was dismissed"
        # (opening the sentence, or in apposition: not "..., and one of them was dismissed following that inquiry")
        r"|(?:^\W*" + _ONE_OF_THEM + r"|\b(?:against|for)\s+" + _ONE_OF_THEM + r"\s*,\s*who)\s+was\s+(?:then\s+|later\s+|subsequently\s+)?dismissed\b(?!\s+as\b)"
        + _ELSEWHERE_AFTER +
        # "proven against Officer A, who was dismissed"
        r"|\b(?:officer|constable|sergeant|inspector|PC|PS|PCSO|DC|DS|DI)(?:\s+(?-i:[A-Z][\w'’-]*))?,\s+who\s+was\s+(?:then\s+|later\s+|subsequently\s+)?dismissed"
        r"(?:\s+without\s+notice)?(?:\s+(?:on|in|at)\s+(?:the\s+end\s+of\s+the\s+hearing|[\w\s]{1,25}?))?\s*(?:[.;]|$|,?\s+and\b)", re.I)),
    ("sanction", "dismissed", _BOTH_DISMISSED_IN_SENTENCE),  # ("..., and both were dismissed")
    ("sanction", "final_written_warning", re.compile(r"\bfinal\s+written\s+warnings?\b", re.I)),
    # ("reduced him to the rank of constable", "PS Hale was reduced to the rank of constable"; not "a reduction to the rank
    # of constable" the panel was asked for)
    ("sanction", "reduction_in_rank", re.compile(
        # ("reduced the detective sergeant in rank to constable": the person by rank between)
        r"\breduc(?:ed|tion)\s+(?:(?:him|her|them|the\s+(?:(?:detective|police|acting|custody|chief)\s+)?(?:officer|constable|sergeant|inspector)"
        r"|(?-i:[A-Z][A-Za-z]{1,5})\.?\s+(?-i:[A-Z])[\w'’-]+)\s+)?in\s+rank\b|\bdemoted\b|\b(?:given|received)\s+a\s+demotion\b"
        r"|\breduced\s+(?:(?:him|her|them|the\s+(?:officer|sergeant|inspector)|(?-i:[A-Z][A-Za-z]{1,5})\.?\s+(?-i:[A-Z])[\w'’-]+)\s+)?"
        r"to\s+the\s+rank\s+of\b", re.I)),
    ("sanction", "written_warning", re.compile(r"(?<!final\s)\bwritten\s+warnings?\b|\bformal\s+reprimand\b", re.I)),
    # the reflective practice review process, not "management action, in the interest of reflective practice"
    ("sanction", "rprp", re.compile(
        r"\breflective\s+practice\s+(?:review\s+process|route)\b|\bRPRP\b"
        # ("both accepted that reflective practice was the right way to deal with it, and no meeting was held")
        # (not "had not accepted", nor of another matter: "... to deal with a separate minor matter")
        r"|(?<!not\s)\baccepted\s+that\s+reflective\s+practice\s+was\s+the\s+(?:right|appropriate|best|proportionate)\s+(?:way|route|response)\b"
        r"(?![^.]*\b(?:separate|unrelated|other|different)\s+(?:\w+\s+)?(?:matter|issue|incident)\b)"
        # (not "has not taken part in reflective practice", "did not undergo")
        r"|(?<!not\s)(?<!n['’]t\s)(?<!never\s)(?<!yet\s)\b(?:undergo|undergoing|underwent|undertake|undertook|t(?:ake|akes|aking|aken|ook)\s+part\s+in|referred\s+(?:(?:him|her|them)\s+)?to|(?:ended|concluded|resulted)\s+(?:with|in)\s+a\s+referral\s+to|subject\s+to|through|via|by(?:\s+way\s+of)?|complete|completed|receive|received|given)\s+(?:the\s+)?(?:formal\s+)?reflective\s+practice\b", re.I)),
    ("sanction", "management_action", re.compile(
        r"\bmanagement\s+(?:action|advice)\b|\bwords\s+of\s+advice\b|\bverbal\s+warning\b|\b(?:development|action|improvement)\s+plan\b"
        r"|\b(?:reflection|learning)\s+and\s+(?:learning|improvement|development)\b|\bperformance/learning\s+debrief\b"
        r"|" + _HANDLED_AS_PERFORMANCE + r"|" + _HANDLED_THROUGH_LEARNING +
        r"|\bprovision\s+of\s+advice\b|\b(?:was|were)\s+(?:given|provided\s+with)\s+(?:formal\s+|informal\s+|supervisory\s+)?advice\b(?!\s+(?:by|from)\b)"
        # training imposed as the result (codebook): "PCSO Hurst was required to complete additional training"
        r"|\b(?:was|were)\s+required\s+to\s+(?:complete|undertake|attend|undergo)\s+(?:additional\s+|further\s+|extra\s+|refresher\s+)?training\b"
        r"(?![^.]{0,40}\bbefore\b)"  # (not a rule of the job: "... training before patrolling alone")
        # ("The chair did, however, direct that he receive further training on the system": the proceedings' result)
        r"|\b(?:chair(?:person|man|woman)?|panel)\b[^.;]{0,30}\bdirect(?:ed)?\s+(?:that\s+(?:he|she|they|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:should\s+)?(?:be\s+given|receive|complete|undertake|attend|undergo)"
        r"|(?:him|her|them)\s+to\s+(?:receive|complete|undertake|attend|undergo))\s+(?:additional\s+|further\s+|extra\s+|refresher\s+)?training\b", re.I)),
    ("sanction", "no_further_action", re.compile(r"\bno\s+further\s+(?:disciplinary\s+|misconduct\s+)?action\b|\bnot\s+(?:face|take)\s+any\s+further\s+action\b|\bthere\s+was\s+no\s+sanction\b|\bno\s+(?:disciplinary\s+|misconduct\s+)?action\s+(?:could|can|would|was|were|will)\s+(?:be\s+)?(?:taken|brought)\b"
               # ("As he had retired, no sanction could be imposed")
               r"|\bno\s+(?:sanction|penalty)\s+(?:could|can)\s+be\s+(?:imposed|given|applied)\b(?![^.]*\b(?:until|pending|yet)\b)", re.I)),
]
_NO_PROCEEDINGS = re.compile(
    r"(?:\bnot|n['’]t)\s+(?:(?!(?:and|but|or)\b)[\w’']+\s+){0,6}?(?:recommend|direct|hold|conduct|convene|face)\b[^.]{0,20}\b(?:hearing|meeting|proceedings)\b|\binsufficient\s+evidence\s+for\s+them\s+to\s+(?:conduct|hold)|\bnot\s+(?:to\s+)?(?:hold|conduct|convene)\b"
    # ("better addressed by a development plan than by a misconduct meeting": the meeting set aside)
    # ("better dealt with through reflective practice than at a misconduct meeting", its "at" read as "via" by then)
    r"|\b(?:instead\s+of|than)\s+(?:by\s+|through\s+|at\s+|via\s+|with\s+)?(?:an?\s+|the\s+)?(?:formal\s+)?(?:misconduct|disciplinary)\s+(?:meeting|hearing|proceedings)\b"
    # ("better dealt with through the reflective practice review process than at a meeting": the kind left unsaid)
    # (not where what is preferred is itself proceedings: "better suited to a misconduct meeting than a hearing")
    r"|\b(?:better|more\s+appropriately|more\s+appropriate)\s+(?:(?!\b(?:meeting|hearing)s?\b)[^.;]){0,120}?\bthan\s+(?:by\s+|through\s+|at\s+|via\s+|with\s+)?(?:an?\s+|the\s+)(?:formal\s+)?(?:meeting|hearing)\b"
    # ("The force did not refer PC Tandy to a misconduct meeting and instead ...")
    r"|\b(?:(?:did|does|would)\s+not|(?:decided|chose|agreed)\s+not\s+to)\s+refer\s+(?:him|her|them|(?:[\w’'-]+\s+){1,4}?)\s*to\s+(?:a|any)\s+(?:gross\s+)?(?:misconduct\s+|disciplinary\s+)?(?:meeting|hearing)\b"
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
# our weighing a recommendation or direction, not yet made: "we considered whether to make a formal recommendation that ..."
_TO_RECOMMEND = r"to\s+(?:make\s+(?:a\s+|any\s+)?(?:formal\s+)?recommendation|recommend|direct)\b"
_WHETHER_TO_RECOMMEND = re.compile(r"\bwhether\s+" + _TO_RECOMMEND, re.I)
# ... with the proceedings weighed, up to the first: blanked so they are no proceedings decided on
_WHETHER_TO_RECOMMEND_IT = re.compile(r"\bwhether\s+(?:it\s+was\s+necessary\s+)?" + _TO_RECOMMEND
                                      + r"[^.;,]*?\b(?:meeting|hearing|proceedings)s?\b(?:\s+(?:should\s+)?be\s+(?:held|brought|arranged))?", re.I)
# ("the conduct was not serious enough to justify gross misconduct proceedings against a former officer", "not
# sufficiently serious to justify a gross misconduct hearing", "did not reach the threshold for gross misconduct")
_GROSS_NOT_JUSTIFIED = re.compile(r"\b(?:not\s+(?:\w+\s+){0,2}(?:enough|sufficiently\s+serious)\s+to\s+(?:justify|warrant)\s+(?:a\s+|an\s+)?"
                                  r"|(?:did\s+not|does\s+not|would\s+not)\s+(?:reach|meet)\s+the\s+threshold\s+(?:for|of)\s+)gross\s+misconduct\b"
                                  r"(?:\s+(?:proceedings|hearings?|panel))?", re.I)
# a force disputing someone's case ("did not agree that the sergeant had a case to answer for gross misconduct"), or its
# level ("disagreed that the constable's conduct amounted to gross misconduct")
_DISPUTED_CASE = re.compile(_DISAGREEING + r"\s+that\b[^.;]{0,120}?\bhad\s+a\s+case\s+to\s+answer\b"
                            # (the force by name, never "it", which may be a panel: "it disagreed that it amounted to gross misconduct")
                            r"|\b(?i:the\s+force|(?-i:[A-Z][\w-]+\s+){1,4}(?:Police|Constabulary|Service))\s+" + _DISAGREEING + r"\s+that\b[^.;]{0,120}?\bamounted\s+to\b", re.I)
# a force arguing about the grade, or a chair's passing view at an adjourned hearing
_NOT_A_FINDING = re.compile(r"\b(?:did\s+not\s+agree|disagreed|not\s+accept|adjourned|expressed\s+(?:his|her|their|the)\s+view)\b", re.I)
_ROUTE_NOT_TAKEN = re.compile(
    # (the verb in any form: "rather than attend", "rather than being referred to")
    r"\b(?:instead\s+of|rather\s+than|without)\s+(?:(?:by\s+)?(?:attend(?:ing)?|fac(?:e|ing)|hold(?:ing)?|go(?:ing)?\s+to"
    # ("instead of arranging a meeting"; not "without arranging a hearing", one that then did not happen)
    r"|(?:being\s+|be\s+)?(?:referred|sent|taken)\s+to|(?:referring|sending)\s+(?:him|her|them)\s+to|(?<!without\s)(?:arrang(?:e|ing)|convening|calling))\s+"
    r"|through\s+|at\s+|by\s+|via\s+|to\s+)?(?:(?:a|an)\s+"
    r"(?:gross\s+)?(?:misconduct\s+|disciplinary\s+)?(?:meeting|hearing|proceedings)\b"
    # ("rather than at misconduct meetings", "instead of disciplinary proceedings")
    r"|(?:gross\s+)?(?:misconduct|disciplinary)\s+(?:meetings|hearings|proceedings)\b)"
    # "was not referred to a misconduct meeting", "did not refer him to ...": none (not one only put off, "not referred to a
    # misconduct hearing until May", "not ... straight away, but was given a written warning at one", "for almost a year, and
    # was then given ...")
    r"|(?:\b(?:(?:was|were|is|are|been)\s+not|(?:will|would)\s+not\s+be)\s+(?:referred|sent|taken)|\b(?:did|does|do)\s+not\s+(?:refer|send)\s+(?:him|her|them))\s+to\s+"
    r"(?:(?:a|an|any)\s+(?:gross\s+)?(?:misconduct\s+|disciplinary\s+)?(?:meeting|hearing|proceedings)\b|(?:gross\s+)?misconduct\s+(?:meetings|hearings)\b)"
    r"(?![^.;]*\b(?:until|pending|while|whilst|straight\s+away|immediately|at\s+first|initially|then|later|sooner|eventually|at\s+one|there|for\s+(?:almost\s+|nearly\s+|over\s+|more\s+than\s+)?(?:a|an|one|two|three|several|some)\s+(?:years?|months?|weeks?))\b)"
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
# ("the man was", the man as the subject: not "the officer who knelt on the man was found proven", the man an object)
_OBJECT_BEFORE = r"(?<!\bon\s)(?<!\bto\s)(?<!\bat\s)(?<!\bwith\s)(?<!\bby\s)(?<!\bfrom\s)(?<!\bagainst\s)(?<!\bpunched\s)(?<!\bstruck\s)(?<!\brestrained\s)(?<!\barrested\s)(?<!\bsearched\s)"
_ABOUT_OTHERS = re.compile(r"\b(?:CPS|Crown\s+Prosecution|coroner|inquest|jury|" + _OBJECT_BEFORE + r"the\s+man\s+was|" + _OBJECT_BEFORE + r"the\s+woman\s+was)\b", re.I)
# the proceedings waiting on others: "A gross misconduct hearing ... is expected to take place later this year, after the
# inquest into the man's death" is about the hearing, whatever the inquest is
_WAITING_FOR_OTHERS = re.compile(r"\b(?:after|once|following|until|when)\s+(?:the\s+)?(?:CPS|Crown\s+Prosecution\s+Service|coroner['’]s|inquest)\b[^.;]*", re.I)


# advice or reflective practice denied, or only what would have been, not given: "was not given management advice", "did
# not receive words of advice", "would otherwise have been given management advice", "had he still been serving, he would
# have received management advice" (not one received later, "did not receive management advice until May", nor the one
# given beside it, "was not given management advice, but PC Doyle was", nor a future told as reported, "would have received
# it by the end of March"; advice only weighed, "whether management advice should be given", is left to the readings that
# know whose answer follows)
_ADVICE_WORDS = r"(?:management\s+(?:action|advice)|words\s+of\s+advice|reflective\s+practice|(?:a\s+)?development\s+plan)"
_ADVICE_DENIED = re.compile(r"\b(?:(?:was|were|has|have|had)\s+(?:not|never)\s+(?:been\s+)?(?:given|offered|issued)|(?:was|were)n['’]t\s+(?:given|offered|issued)"
                            r"|(?:did\s+not|didn['’]t)\s+(?:receive|get|undergo|complete|take\s+part\s+in)"
                            r"|(?:has|have|had)\s+not\s+(?:received|had|undergone|completed)"
                            r"|never\s+(?:receive|received|got|underwent|undergo|completed|complete|took\s+part\s+in|take\s+part\s+in)"
                            r"|(?:did\s+not|didn['’]t|never)\s+(?:give|offer)\s+(?:him|her|them|the\s+[\w-]+))\s+(?:any\s+|the\s+)?" + _ADVICE_WORDS
                            # ("no management advice was given to her")
                            + r"|\bno\s+" + _ADVICE_WORDS + r"\s+(?:was|were|has\s+been|had\s+been)\s+(?:given|offered|issued)\b", re.I)
# ... not a denial of when, how, by whom or why, or one the sentence then takes back: "was not given management advice
# straight away; his inspector delivered it in June", "did not receive it for another seven months", "not ... in person",
# "did not give the constable management advice himself", "had never been given management advice before", "but PC Doyle
# was", "although her manager gave it to her later"
_ONLY_WHEN_HOW_OR_WHO = re.compile(r"\b(?:until|but|although|though|whereas|later|instead|straight\s+away|immediately|at\s+first|sooner|in\s+person"
                                   r"|himself|herself|themselves|at\s+the\s+(?:meeting|hearing|time)|as\s+a\s+(?:punishment|sanction)|for\s+(?:another|a\s+further|several|some)"
                                   r"|before|previously|again|delivered|gave\s+it)\b", re.I)
_ADVICE_HYPOTHETICAL = re.compile(r"\bwould\s+(?:otherwise\s+|also\s+|probably\s+|likely\s+)?have\s+(?:been\s+given|received|been\s+offered|been\s+referred\s+to)\s+"
                                  r"(?:any\s+|the\s+(?:same\s+)?)?" + _ADVICE_WORDS, re.I)
# (what would have been, only with its condition said: "otherwise", "had he stayed", "had PC Tolley not retired", "if she had
# remained", "had he still been serving"; not "PC Vance, who is still serving, would have received it by the end of June")
_A_CONDITION = re.compile(r"\b(?:otherwise|had\s+(?:he|she|they|" + ONE_BY_TITLE + r"|the\s+[\w-]+)\b"
                          r"|if\s+(?:he|she|they)\s+had\b)", re.I)


def _without_advice_not_given(sentence: str) -> str:
    """The sentence with advice or reflective practice that was denied, or only what would have been, blanked."""
    if not re.search(r"\bwhy\b", sentence, re.I):
        # (what follows the denial says when, how or by whom, or takes it back)
        sentence = _ADVICE_DENIED.sub(lambda m: m.group(0) if _ONLY_WHEN_HOW_OR_WHO.search(m.string, m.end()) else _spaces(m), sentence)
    if _A_CONDITION.search(sentence):
        sentence = _ADVICE_HYPOTHETICAL.sub(_spaces, sentence)
    return sentence


# advice an officer gave a member of the public is part of the story, not a sanction
_ADVICE_GIVEN = re.compile(r"\b(?:giving|gave|give|given|offering|offered)\s+(?:her|him|them|the\s+(?:man|woman|victim|caller|complainant|public))\s+['‘\"“]?words\s+of\s+advice", re.I)


# a finding told apart by matter, one not proven and the other proven: "found misconduct not proven in relation to the
# use of force, but proven in relation to his language" (the two matters read by _opens_on_a_person: not people)
_ON_A_MATTER = r"(?:in\s+relation\s+to|in\s+respect\s+of|for|on|regarding|as\s+to|about)\s+"
_NOT_PROVEN_BUT_PROVEN = re.compile(r"\bnot\s+(?:proven|proved)\s+" + _ON_A_MATTER + r"(?P<first>[^.;]{1,100}?),?\s+but\s+"
                                    r"(?:was\s+|were\s+)?(?:found\s+(?:it\s+|misconduct\s+)?)?(?:proven|proved)\s+" + _ON_A_MATTER
                                    + r"(?P<second>[^.;,]{1,60})", re.I)
# a finding in two parts, the first proven: "found that her failure amounted to misconduct, but the allegation that
# she lied was not proven" (not "found that the allegation that it amounted to ... was not proven", nor what it
# "would have amounted to")
_MIXED_FINDING = re.compile(
    # (nor what it could not be sure of: "found that it could not be sure her conduct amounted to ...")
    r"\b(?:found|decided|concluded|determined)\s+that\s+(?:(?:(?!\ballegations?\s+that\b|\balleged\b|\bwould\b|\bhad\s+it\b|\bif\b|\bdid\s+not\b|\bnot\b|\bunable\b|\bcannot\b)[^.;,]){1,100}?"
    r"\bamounted\s+to"
    # ("found that his use of force was misconduct, but not gross misconduct": the level said plainly of a deed named by
    # its owner, straight after "that"; not "that neither of his comments was", "that at most the matter was", "that the
    # only question was whether ...", "that it was unclear whether ...")
    r"|(?:the|his|her|their|(?-i:[A-Z])[\w-]*['’]s)\s+(?:(?!(?:was|were|is|are|had|has|have|that|whether|not|no|neither|none|only|if|would|could|might|may)\b)[\w'’-]+\s+){1,5}?"
    r"(?:was|were)(?=\s+(?:gross\s+)?misconduct\b(?!\s+(?:proceedings|meetings?|hearings?)\b)))"
    r"\s+(?P<gm>gross\s+)?misconduct\b"
    # ("... amounted to gross misconduct in respect of the search and his comments, but ...": the matters it was proven on,
    # naming no one else and no second deed: not "... in respect of the search and referred him to a hearing")
    r"(?:\s+(?:in\s+respect\s+of|in\s+relation\s+to|regarding|over)\s+(?:(?!\b(?:PCs?|DCs?|PS|DS|Sergeant|Constable|Inspector|officers?|constables?|sergeants?|other|colleague)\b"
    r"|\band\s+(?:[a-z]+ed|was|were|had|sent|gave|made|took)\b)[^.;,]){1,100}?)?"
    # (the part not proven the same body's, then, and the same person's: not "..., but a Police Appeals Tribunal later found
    # ... not proven", a later result, nor "..., but found the allegation against the detention officer not proven")
    r"(?:(?:,?\s+(?:and\s+|but\s+)?not\s+gross\s+misconduct)?(?:,?\s+but\s+|;\s*)"
    # (nor one set aside later, "that finding was set aside", nor a colleague's: "against his colleague, PC Brennan")
    r"(?:(?!\b(?:tribunal|appeals?|appealed|fresh|later|overturned|quashed|set\s+aside)\b|\bagainst\s+(?:the\s+(?:[\w-]+\s+)?(?:officer|constable|sergeant|inspector|call\s+handler|PCSO)\b|(?:his|her|their)\s+(?:colleague|fellow)|(?-i:PC|DC|PS|DS|Sergeant|Constable|Inspector)\s))[^.;])*"
    r"\bnot\s+(?:proven|proved|substantiated)\b"
    # ("..., but did not find the assault allegation proven": the other part denied by the finding's verb)
    # (not of another person: "..., but did not find the allegation proven against PC Ensor")
    r"|,?\s+but\s+did\s+not\s+find\s+(?:the\s+|any\s+)?(?:(?!not\b)[\w'’-]+\s+){0,4}?(?:allegations?|charges?)\s+(?:proven|proved|substantiated)\b(?!\s+against\b))", re.I)
# the finding's verb said by us or the force: "Kent Police decided that his handling of the exhibit was misconduct; at a
# misconduct meeting, the chair found the allegation not proven" (the force's case, then the chair's finding; not "The
# hearing held by the force in June found", "The panel at the hearing into her use of force found")
_OURS_OR_THE_FORCES = re.compile(r"(?:\bwe|\bIOPC|\bIPCC|\bthe\s+force|\b(?:appropriate\s+)?authority|(?-i:\b(?:Police|Constabulary|Service)))"
                                 r"\s+(?:also\s+|then\s+|later\s+)?$", re.I)
# ... or the other way round: "found the dishonesty allegation not proven, but decided that she had committed misconduct"
_NOT_PROVEN_BUT_COMMITTED = re.compile(r"\bnot\s+(?:proven|proved|substantiated)\b[^.;]{0,60}?,?\s+but\s+(?:(?:found|decided|concluded|determined)\s+(?:that\s+)?)?"
                                       # (by pronoun, the one the finding is of: not "..., but decided that the sergeant had ...")
                                       r"(?:he|she)\s+had\s+committed\s+(?P<gm>gross\s+)?misconduct\b", re.I)
# ... or each allegation by its name: "found the use of force allegation proven at the level of gross misconduct, but did
# not find the honesty allegation proven" (a mixed finding is proven, at the level named: with none named, what the chair
# then decided of the proven part may still be no misconduct)
# (allegations found proven are a panel's or chair's, whoever the sentence names as finding)
_PROVEN_BUT_NOT_THE_OTHER = re.compile(
    r"\bfound\s+(?:the\s+|one\s+)?(?:(?!(?:not|no)\b)[\w'’-]+\s+){0,4}?allegations?\s+prov(?:en|ed)\s+(?:at\s+the\s+level\s+of|as)\s+(?P<gm>gross\s+)?misconduct"
    r",?\s+but\s+(?:did\s+not\s+find\s+(?:the\s+)?(?:(?!not\b)[\w'’-]+\s+){0,4}?allegations?\s+prov(?:en|ed)|found\s+(?:the\s+)?(?:(?!not\b)[\w'’-]+\s+){0,4}?allegations?\s+not\s+prov(?:en|ed))\b", re.I)
# the officer's own answer to the allegation, no verdict: "accepted that he had driven too fast, but denied that this
# amounted to gross misconduct"
# (not "argued" or "maintained": the presenting side's words too, "the presenting officer, who argued that ...")
_DENIED_THAT = re.compile(r"\b(?:denied|disputed|contested)\s+that\s+(?:(?:this|it|his|her|their|the)\s+)?(?:[\w'’-]+\s+){0,3}?$", re.I)
# a word that hedges or denies what follows it ("but was not ...", "would be"): no verdict past it
_UNHEDGED = r"(?!\b(?:not|but|would|could|might|may)\b)"
# the panel's own verdict: "the breach amounted to gross misconduct", "found that he had used excessive force, amounting to
# gross misconduct" (set off by a comma: not "conduct amounting to", the allegation's name), "found gross misconduct."
# (or in a clause of its own after what it found: "found that he had pursued ..., and that this was gross misconduct"; its
# verb of finding in the sentence, not what was alleged, argued or denied: "denied that he lied, and that this was ...")
# ("where his failure to supervise the investigation was found to amount to misconduct": said in the passive)
_PANEL_VERDICT = re.compile(r"(?<!not\s)\b(?:amounted|(?<=,\s)amounting|(?:was|were)\s+found\s+to\s+amount)\s+to\s+(gross\s+)?misconduct\b"
                            r"|\bfound\s+(gross\s+)?misconduct\s*[.;]"
                            r"|\b(?:found|decided|concluded|determined|ruled)\s+that\b[^.;]*?,\s+and\s+that\s+(?:this|it|these|that|they)\s+"
                            r"(?:was|were|constituted)\s+(gross\s+)?misconduct\b(?!\s+(?:proceedings|meetings?|hearings?)\b)"
                            # ("... and that this was a breach of the standards ... serious enough to amount to gross misconduct")
                            # ("found that the first officer's actions were a breach of the standards amounting to misconduct,
                            # rather than gross misconduct")
                            r"|\b(?:was|were)\s+(?:a\s+)?breach(?:es)?\s+of\s+(?:the\s+)?standards\b(?:" + _UNHEDGED + r"[^.;,]){0,60}?"
                            r"\s+amounting\s+to\s+(gross\s+)?misconduct\b"
                            # (not "was a breach ... but was not, in its view, serious enough", nor what would be)
                            r"|\b(?:was|were)\s+(?:(?:a\s+)?breach(?:es)?\s+of\b(?:" + _UNHEDGED + r"[^.;]){0,80}?)?(?<!\bnot)\s+serious\s+enough\s+to\s+amount\s+to\s+(gross\s+)?misconduct\b", re.I)


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
    ("attended", "yes"): ("attended", "appeared", "took part", "heard", "hearing evidence", "told the", "admitted", "accepted", "apologised", "answered",
                          "denied", "contested", "brought", "gave evidence", "said", "explained", "argued"),
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
# (or after where it sat: "At a gross misconduct hearing in September 2023, the panel found ...")
_OPENS_WITH_THE_PANEL = re.compile(r"^\W*(?:(?:At|In)\s+(?:the|a|an)\s+[^,.;]{0,60},\s+)?(?:the|a)\s+(?:misconduct\s+|gross\s+misconduct\s+|hearing\s+|meeting\s+)?"
                                   r"(?:panel|chair(?:person)?)\b", re.I)
# a panel said to sit, and nothing more of it: "A misconduct hearing panel sat in January 2024." (not one due to sit, stood
# down or cancelled, nor one a force is then said to act in)
A_PANEL_SAT = re.compile(r"^\W*(?:the|a)\s+(?:(?:accelerated|misconduct|gross\s+misconduct|hearing|meeting)\s+){0,3}panel\s+(?:sat|met|convened)\b"
                         r"(?![^.]*\b(?:force|Police|Constabulary|cancel\w*|adjourn\w*|stood\s+down|postponed)\b)", re.I)
# ("It found the allegations against PC Vance not proven": what it found, said without "that")
_IT_FOUND = re.compile(r"(?:^\W*|,\s+)(?P<it>[Ii]t)\s+(?:also\s+|then\s+)?(?:decided|found|concluded|ruled|determined)\s+"
                       r"(?:that\b|(?=the\s+(?:allegations?|case|charges?)\s+against\b))")


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


# "The Deputy Chief Constable, who chaired it, found that ...": whoever chaired the proceedings, finding (not going on to
# decide the case: "found that Sergeant Rees had a case to answer", "certified the case")
_WHO_CHAIRED_IT = re.compile(r"^\W*(?:the|a)\s+(?:[\w-]+\s+){0,4}?[\w-]+" + who_chaired("hearing|meeting") + r",\s+(?=(?:found|concluded|decided|determined)\b(?![^.]*\b(?:case\s+to\s+answer|certif\w*|referred|should|adjourn\w*|postpon\w*)\b))", re.I)
# ... where the sentence before named someone's disciplinary proceedings, held (not a briefing, a tasking meeting, a case
# review or an assessment panel; nor proceedings still to come)
_DISCIPLINARY_PROCEEDINGS_HELD = re.compile(r"\b(?:(?:accelerated|misconduct|gross\s+misconduct|special\s+case)\s+(?:hearing|meeting)|(?<!review\s)hearing)s?\b"
                                            r"(?![^.]*\b(?:due|will|cancel\w*|adjourn\w*|postponed|arranged|scheduled|listed|fixed|not\s+yet|yet\s+to)\b)", re.I)


def _the_panel_for_it(text: str, before: str) -> str:
    """The sentence with a finding's "it" read as the panel the sentence before opened with (or its chair, told as the one
    who chaired the proceedings that sentence named, as the chair)."""
    if (chair := _WHO_CHAIRED_IT.match(text)) and _DISCIPLINARY_PROCEEDINGS_HELD.search(before):
        return "The chair " + text[chair.end():]
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
# a panel's doubt of a finding is the finding denied: "the chair was not satisfied that misconduct had been proven", "not
# persuaded that the allegation against PC Ames was made out", "not satisfied that PC Carr had breached the standards" (read
# as "not proven": the words of a finding it holds would otherwise count as a mixed finding, which is proven). Only the
# doubt and the predicate are rewritten, so the people named between stay where they were.
_NOT_SATISFIED_IT_WAS_PROVEN = re.compile(
    r"(?P<doubt>(?:\bnot|n['’]t)(?:\s*,\s*however\s*,)?\s+(?:(?:fully|entirely|wholly|sufficiently|therefore|ultimately)\s+)?"
    r"(?:satisfied|persuaded|convinced)|\b(?:unconvinced|unpersuaded))"
    r"(?:\s*,?\s*(?:on\s+the\s+balance\s+of\s+probabilities|to\s+the\s+(?:required\s+)?standard(?:\s+required)?)\s*,?)?\s+(?:that\s+)?"
    # the finding doubted: misconduct, the allegations (against someone), a breach ... was proven, made out, established
    r"(?:(?:(?:the|either|both|any\s+of\s+the|all\s+of\s+the|a|an)\s+)?(?:two\s+|three\s+|four\s+)?"
    r"(?:(?:gross\s+)?misconduct|allegations?|case|charges?|breach(?:es)?(?:\s+of\s+(?:[\w'’-]+\s+){1,6}?(?:behaviour|standards?))?)"
    r"(?:\s+against(?:\s+[\w'’-]+){1,8}?)?\s+"
    r"(?P<proven>(?:(?:had|has|have)\s+been|was|were)\s+(?:made\s+out|prov(?:en|ed)|established)\b)"
    # or a person, or their conduct, doubted to have done it: "that PC Carr had breached the standards", "that the
    # officer's conduct amounted to misconduct", "that he had committed gross misconduct"
    r"|(?:(?!(?:and\s+(?:found|was|were|gave)|found|but)\b)[\w'’-]+\s+){1,5}?(?P<breached>(?:had\s+)?(?:(?:breached|fallen\s+below|fell\s+below)\s+the\s+(?:\w+\s+){0,3}?standards?"
    r"|amounted\s+to\s+(?:gross\s+)?misconduct|committed\s+(?:gross\s+)?misconduct)\b))", re.I)
# a finding told beside the doubt, which the doubt does not deny: "not satisfied that gross misconduct had been proven,
# but found that his actions amounted to misconduct", "... but was satisfied that it had been proven for the search"
_FOUND_BESIDE_THE_DOUBT = re.compile(r"\b(?:but|however|although|though|whereas|while|instead)\b[^.;]*\b(?:found|satisfied|amounted|prov(?:en|ed)|breached)\b"
                                     r"|\band\s+(?:found|gave)\b", re.I)
# ... or a finding of misconduct itself before it: "The panel was satisfied that misconduct was proven, but not satisfied
# that gross misconduct was" (not "found the facts proved but was not satisfied that they amounted to misconduct")
_FOUND_BEFORE_THE_DOUBT = re.compile(r"(?<!not\s)\b(?:satisfied|found)\s+(?:that\s+)?(?:gross\s+)?misconduct\s+(?:was\s+|were\s+|had\s+been\s+)?(?:found\s+)?prov(?:en|ed)\b", re.I)
# only a panel's or chair's doubt is a finding: "the chair was not satisfied", "the panel were unconvinced", "it was not
# satisfied" where the sentence names the proceedings (never ours or the force's, at the case-to-answer stage: "We were
# therefore not satisfied that he had committed gross misconduct", "The MPS was not satisfied that ...")
_DOUBTED_BY_THE_PROCEEDINGS = re.compile(r"\b(?:panel|chair\w*|hearing|meeting|tribunal|presiding\s+officer|(?P<it>it))\b"
                                         r"[^.;]{0,40}?\b(?:was|were|is)\s*(?:\w+\s+)?$", re.I)
_THE_PROCEEDINGS_NAMED = re.compile(r"\b(?:panel|chair\w*|hearing|meeting|tribunal)\b", re.I)


def _doubt_as_not_proven(sentence: str) -> str:
    """The sentence with a panel's or chair's doubt of the finding written as "not proven", each offset where it was; as it
    was where the doubt is no panel's, or a finding of misconduct is told beside or before it."""
    def rewritten(m: re.Match[str]) -> str:
        before = sentence[:m.start()]
        doubter = _DOUBTED_BY_THE_PROCEEDINGS.search(before)
        if not doubter or doubter.group("it") and not _THE_PROCEEDINGS_NAMED.search(sentence) \
                or _FOUND_BESIDE_THE_DOUBT.search(sentence, m.end()) or _FOUND_BEFORE_THE_DOUBT.search(before):
            return m.group(0)
        said = m.group("proven") and "proven" or "breached"
        at = m.start(said) - m.start()
        # (every predicate is longer than "not proven", so the sentence keeps its length and offsets)
        return " " * len(m.group("doubt")) + m.group(0)[len(m.group("doubt")):at] + "not proven".ljust(len(m.group(said)))
    return _NOT_SATISFIED_IT_WAS_PROVEN.sub(rewritten, sentence)


_INCLUDING_THOSE_WHO_LEFT = re.compile(r"\bincluding\s+(?:the\s+(?:one|two|three|four|five|officers?|constables?)|those|him|her)\s+"
                                       r"who\s+had\s+(?:since\s+)?(?:resigned|retired|left)\b[^,.;]*", re.I)


def _opens_on_a_person(words: str) -> bool:
    """Whether the words open on a person ("the sergeant", "PC Rowe"): a finding told apart by person, not by matter."""
    found = find_phrases(words)
    # (not a possessive: "the officer's language" is a matter)
    return bool(found) and not words[:found[0].start].strip(" ,") and not re.match(r"['’]s?\b", words[found[0].end:])


# the sanction an appeal or review put another in place of: "replaced (the final written warning) with a written warning",
# "substituted a written warning for (the final written warning)"
_SANCTION_REPLACED = re.compile(r"\breplaced\s+(?P<old>(?:the|a|his|her)\s+(?:[\w-]+\s+){0,3}?(?:warning|dismissal|sanction))\s+with\b"
                                r"|\bsubstituted\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?warning\s+for\s+(?P<old2>(?:the|a|his|her)\s+(?:[\w-]+\s+){0,3}?(?:warning|dismissal|sanction))\b", re.I)


def _blank_the_replaced(m: re.Match[str]) -> str:
    """The match with the sanction replaced blanked, so every offset stays where it was."""
    name = "old" if m.group("old") else "old2"
    return m.group(0)[:m.start(name) - m.start()] + " " * len(m.group(name)) + m.group(0)[m.end(name) - m.start():]


@functools.lru_cache(maxsize=4096)
def _facts_in(sentence: str) -> dict[str, str]:
    found: dict[str, str] = {}
    as_written = sentence
    sentence = _ADVICE_GIVEN.sub(" ", sentence)
    if "dvice" in sentence or "anagement" in sentence or "eflective" in sentence or "plan" in sentence:
        sentence = _without_advice_not_given(sentence)  # (the substrings spare most sentences the patterns)
    opinion = bool(_OPINION.search(sentence))  # what a panel could find is no finding
    sentence = _HYPOTHETICAL_BODY.sub(" ", sentence)  # "a reasonable misconduct meeting could find" holds no meeting
    if "irect" not in sentence or not _WE_DIRECTED.search(sentence):  # (the substring spares most sentences the pattern)
        # "reflective practice instead of a misconduct meeting": no meeting (unless we then directed the force to hold it)
        sentence = _ROUTE_NOT_TAKEN.sub(" ", sentence)
    sentence = _without_other_proceedings(sentence)  # "due to attend meetings once the hearing has been held": not that hearing
    if "whether" in sentence:
        # "we considered whether to direct the force to hold a misconduct meeting, but decided not to": a meeting weighed,
        # none decided on (only its own words: "..., and decided to do so, and at the hearing ..." keeps the hearing)
        sentence = _WHETHER_TO_RECOMMEND_IT.sub(lambda m: " " * len(m.group(0)), sentence)
    if "gross" in sentence:
        # "not serious enough to justify gross misconduct proceedings": that level and its proceedings denied
        sentence = _GROSS_NOT_JUSTIFIED.sub(lambda m: " " * len(m.group(0)), sentence)
    if "replaced" in sentence or "substituted" in sentence:
        # "replaced the final written warning with a written warning": only the one put in its place
        sentence = _SANCTION_REPLACED.sub(_blank_the_replaced, sentence)
    if " at a" in sentence and ("meeting" in sentence or "hearing" in sentence):
        # "considered that it should be treated as misconduct and heard at a misconduct meeting": a route proposed, not held
        sentence = _PROPOSED_TO_BE_HEARD_AT.sub(lambda m: m.group(0)[:m.start("at") - m.start()] + "via" + m.group(0)[m.end("at") - m.start():], sentence)
    if "unrelated" in sentence or "separate" in sentence or "another" in sentence or "different" in sentence:
        # "dismissed following a gross misconduct hearing about an unrelated matter": not this case's proceedings
        sentence = _PROCEEDINGS_ON_ANOTHER_MATTER.sub(lambda m: m.group(0).replace(m.group("proc"), "process"), sentence)
    if ", who " in sentence:
        sentence = _WHO_ASIDE.sub(" ", sentence)  # "found that PC A, who had posted fewer messages, had committed misconduct"
    if "satisfied" in sentence or "persuaded" in sentence or "convinced" in sentence:
        sentence = _doubt_as_not_proven(sentence)
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
    if found.get("sanction") in ("written_warning", "final_written_warning") and _WARNING_HELD_ALREADY.search(sentence) \
            and not re.search(r"\bextend(?:ed|ing|s)?\b", sentence, re.I):
        # a warning someone already held is no sanction of this case; one given beside it still is ("because she already had
        # a live written warning on her record, she was given a final written warning")
        blanked = _WARNING_HELD_ALREADY.sub(lambda m: " " * len(m.group(0)), sentence)
        given = _facts_in(blanked).get("sanction")
        if given in ("written_warning", "final_written_warning"):
            found["sanction"] = given
        else:
            del found["sanction"]
    if "no_further_action" == found.get("sanction") and (re.search(r"\b(?:in\s+respect\s+of|against)\s+the\s+(?:man|woman|complainant)", sentence, re.I)
                                                      or _WE_TOOK_NO_FURTHER_ACTION.search(sentence)):
        # (nor our own decision not to pursue a matter the force disputed: "We considered the force's response and decided
        # to take no further action on the matter", no sanction of anyone's)
        del found["sanction"]
    if "sanction" in found and (first := _AT_FIRST_WANTED.search(sentence)) and not _AGREED_TO_IT_AFTER.search(sentence, first.end()):
        # "The force at first wanted to give the sergeant management action as well": a first plan, which the word says
        # changed (not one we then agreed to: "The force initially proposed to give him management action, which we
        # accepted"); what the rest of the sentence says was given stands ("..., but we did not agree and he was given a
        # written warning at a misconduct meeting")
        given = _facts_in(sentence[:first.start()] + " " * len(first.group(0)) + sentence[first.end():]).get("sanction")
        if given:
            found["sanction"] = given
        else:
            del found["sanction"]
    proposed = _PROPOSED_AT.search(sentence)
    proposed_only = proposed and not re.search(r"\bbut\b|;", sentence[proposed.end():])  # (not "..., but at the hearing we directed")
    # ("decided that this should be dealt with at a misconduct meeting": a route chosen, no panel speaking)
    # (not a force arguing the grade: "It did not agree that he had a case for gross misconduct, and proposed ... a misconduct meeting")
    panel_speaking = _PANEL_VOICE.search(_without_route(sentence)) and not opinion and not proposed_only and not _DISPUTED_CASE.search(sentence)
    finding_read = "outcome" in found
    if panel_speaking and found.get("outcome") in (None, "proven") and (verdict := _PANEL_VERDICT.search(sentence)) \
            and not _DENIED_THAT.search(sentence, 0, verdict.start()):
        # the level the panel gave ("breached the standards ... and amounted to misconduct, but not gross misconduct")
        found["outcome"] = "gross_misconduct_proven" if any(verdict.groups()) else "misconduct_proven"
    if panel_speaking and not finding_read:
        # (only with no finding read yet: "turned down a submission of no case to answer and found the allegations
        # proven" stays proven)
        # a panel's own words: "had a case to answer for misconduct, and not gross misconduct"
        # ("the panel accepted the submission": the no-case submission the sentence before reported)
        if re.search(r"\bno\s+case\s+(?:for\s+(?:him|her|them)\s+)?to\s+answer\b|\binsufficient\s+evidence\b"
                     r"|\b(?:accepted|upheld|allowed)\s+(?:the|this|that|his|her|their)\s+(?:\w+\s+)?submission\b(?!\s+that)", sentence, re.I):
            found["outcome"] = "not_proven"
        # (not those the sentence describes by our decision: "The three officers with a case to answer for gross misconduct
        # attended a gross misconduct hearing, at which the panel heard evidence ...")
        elif re.search(r"(?<!\bwith\sa\s)\bcase\s+(?:to\s+answer\s+)?for\s+gross\s+misconduct\b", sentence, re.I):
            found["outcome"] = "gross_misconduct_proven"
        elif re.search(r"(?<!\bwith\sa\s)\bcase\s+to\s+answer\s+for\s+misconduct\b|\b(?:a|the)\s+case\s+to\s+answer\s+was\s+found\b"
                       r"|\b(?:found|agreed|concluded|decided|determined)\s+(?:that\s+)?(?:\w+\s+){1,6}?had\s+a\s+case\s+(?:to\s+answer\b|for\s+misconduct\b)(?!\s+for\s+gross)", sentence, re.I):
            found["outcome"] = "misconduct_proven"
    if found.get("outcome") == "not_proven" and not opinion and (mixed := _NOT_PROVEN_BUT_PROVEN.search(sentence)) \
            and not _opens_on_a_person(mixed.group("first")) and not _opens_on_a_person(mixed.group("second")):
        # ("found misconduct not proven in relation to the use of force, but proven in relation to his language": a mixed
        # finding is proven, at the level settle reads from the proceedings)
        found["outcome"] = "proven"
    if found.get("outcome") == "not_proven" and _PANEL_VOICE.search(sentence) and not opinion and not proposed_only \
            and (mixed := _MIXED_FINDING.search(sentence) or _NOT_PROVEN_BUT_COMMITTED.search(sentence)) \
            and not _OURS_OR_THE_FORCES.search(sentence, 0, mixed.start()) \
            or found.get("outcome") == "not_proven" and not opinion and not proposed_only and (mixed := _PROVEN_BUT_NOT_THE_OTHER.search(sentence)):
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
    if found.get("held") and _LEFT_BEFORE_IT_AND_NOT_HELD.search(sentence):
        del found["held"]  # "he resigned ..., before the hearing was held, and so it did not go ahead": a time, then none held
    if found.get("proceedings") in ("meeting", "hearing") and _NOT_NEEDED.search(sentence) and not _HELD_AFTER_ALL.search(sentence):
        # "a misconduct meeting was not needed, and she should instead receive management action": a route set aside
        found["proceedings"] = "none"
        found.pop("held", None)
    if found.get("outcome") == "not_proven" and _GROSS_NOT_BUT_MISCONDUCT.search(sentence):
        found["outcome"] = "misconduct_proven"  # "did not find gross misconduct proven, but decided it amounted to misconduct"
    if found.get("outcome") == "proven" and _PANEL_VOICE.search(sentence) and _NOT_GROSS.search(sentence):
        found["outcome"] = "misconduct_proven"  # "found the breaches proven, but as misconduct rather than gross misconduct"
    if found.get("outcome") == "proven" and not opinion and (levels := _PROVEN_AS.findall(sentence)):
        # "The case against PC Aldous was found proven as misconduct, rather than gross misconduct": proven at the level said
        # (the last said: "did not find it proven as gross misconduct, but found it proven as misconduct")
        found["outcome"] = "gross_misconduct_proven" if levels[-1] else "misconduct_proven"
    if "outcome" not in found and not opinion and "improvement" in lowered \
            and (_PANEL_FINDS.search(sentence) or found.get("held") or _THE_MEETING_FOUND.search(sentence)) \
            and _FOUND_PRACTICE_REQUIRING_IMPROVEMENT.search(sentence):
        # "the chair decided the failings amounted to practice requiring improvement"; "attended a misconduct meeting,
        # where his practice was found to require improvement"
        found["outcome"] = "not_proven"
    # (not a chair setting the level before the proceedings: "Before the hearing, the chair reviewed the allegation, which it
    # decided was misconduct, and directed that a misconduct meeting be held instead")
    if "outcome" not in found and not opinion and _WHICH_IT_CALLED_MISCONDUCT.search(sentence) and _PANEL_FINDS.search(sentence) \
            and not re.search(r"\bbefore\s+the\s+(?:hearing|meeting)\b|\bdirected\b|\binstead\b", sentence, re.I):
        found["outcome"] = "misconduct_proven"
    if "outcome" not in found and not opinion and "gross misconduct" in lowered and (called := _CALLED_IT_MISCONDUCT.search(sentence)) \
            and (panel := _PANEL_FINDS.search(sentence)) and (panel.start() < called.start() or " but not " not in called.group(0)):
        # "the panel found ... but decided this was misconduct and not gross misconduct" (the substring first: this runs for
        # most sentences) (a panel named only after "but not": not "The force decided that his conduct was misconduct but not
        # gross misconduct, and the chair it appointed decided to adjourn", the force's lowering)
        found["outcome"] = "misconduct_proven"
    # ("Before a hearing could be arranged, ...": the time word sits in what was blanked as a hearing not held)
    # (or where the sentence says this case's proceedings were called off: "..., and her meeting did not go ahead"; not a
    # criminal case that was: "the case against him was abandoned by the prosecution")
    if _DISMISSED_ELSEWHERE.search(sentence) and (_BY_THEN.search(as_written) or _THIS_ONE_CALLED_OFF.search(sentence) and not _A_CRIMINAL_CASE.search(sentence)
                                                  and not _PUT_OFF_OR_HELD_LATER.search(sentence)) \
            and found.get("sanction") != "would_have_been_dismissed":
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
    if found.get("left") and "outcome" not in found and _THIS_ONE_CALLED_OFF.search(sentence) \
            and not _PUT_OFF_OR_HELD_LATER.search(sentence) and not _A_CRIMINAL_CASE.search(sentence):
        # ("... was dismissed after proceedings over an unrelated matter, so the case against him did not go ahead", "She
        # retired, and her hearing was cancelled"): the one who left, whose proceedings were never held, whatever hearing
        # the others had (not one held later after all, "rearranged", "at first", "in his absence"; nor a criminal case
        # that did not go ahead)
        found["outcome"] = "not_held"
    if _BARRED.search(sentence) and not _NOT_BARRED.search(sentence):
        found["barred"] = "true"
    return found


# a sanction a force first meant to give, its verb's object: "The force at first wanted to give the sergeant management
# action", "It had initially proposed to give her words of advice", "The force originally wanted the sergeant to receive
# management action" (the force's own plan: not the officer's or the chair's, nor a plan about something else, "planned to
# hold the meeting in March", nor a relative clause beside the sanction given, "whom the force had originally wanted to
# dismiss, was given a final written warning")
_GIVEN_TO = r"(?:him|her|them|the\s+(?:[\w-]+\s+){0,2}?(?:officers?|constables?|sergeants?|inspectors?|PCs?))"
# the force as a clause's subject, by "the force", "it" or its full name ("Avon and Somerset Constabulary", "City of London
# Police"), and a following "had" (also the resolver's, for a proposal a cut page stops in)
THE_FORCE_AS_SUBJECT = r"(?:the\s+force|it|(?-i:[A-Z][\w-]+(?:\s+(?:[A-Z][\w-]+|and|of))*\s+(?:Police|Constabulary)))\s+(?:had\s+)?"
_FIRST = r"(?:at\s+first|initially|originally)"
# (the time word after the force, or opening the sentence: "At first, the force wanted to give ...")
_AT_FIRST_WANTED = re.compile(r"^(?:" + _FIRST + r",?\s+" + THE_FORCE_AS_SUBJECT + r"|(?:[^.,;]{0,60},\s*)?" + THE_FORCE_AS_SUBJECT + _FIRST + r"\s+)"
                              r"(?:wanted|proposed|intended|planned|suggested|sought|meant)\s+"
                              r"(?:to\s+(?:give|impose|issue)\s+(?:" + _GIVEN_TO + r"\s+)?|" + _GIVEN_TO + r"\s+to\s+(?:receive|have|be\s+given)\s+)"
                              r"(?:an?\s+)?(?:management\s+action|(?:words\s+of\s+)?advice|(?:final\s+)?written\s+warning|reflective\s+practice)\b", re.I)
# ... then given after all: "..., and did so once it had reviewed his account", "which we accepted"
_AGREED_TO_IT_AFTER = re.compile(r"\b(?:agreed|accepted|approved|supported|did\s+so|which\s+it\s+did)\b", re.I)
# "it proposed to deal with the matter at a misconduct meeting": a route proposed, no panel's voice
# a finding with its level: "found proven as misconduct", "proved as gross misconduct"
_PROVEN_AS = re.compile(r"\bprov(?:en|ed)\s+as\s+(?P<gm>gross\s+)?misconduct\b", re.I)
_PROPOSED_AT = re.compile(r"\b(?:proposed|proposing|intended|planned|wanted|suggested)\s+(?:to\s+)?(?:deal|dealing|hold|holding|handle|handling)\b[^.]{0,60}\bat\s+(?:a|an)\s+(?:gross\s+)?misconduct\s+(?:meeting|hearing)", re.I)
_NO_FURTHER_ACTION = re.compile(r"\bno\s+further\s+action\b", re.I)
# this case's proceedings called off, said after another matter's dismissal: "and the meeting did not go ahead"
# ("her misconduct meeting for this case did not go ahead": the case named between)
_THIS_ONE_CALLED_OFF = re.compile(r"\b(?:(?:the|this|that|his|her)\s+(?:(?:gross\s+)?misconduct\s+)?(?:meeting|hearing)(?:\s+(?:for|in|on)\s+this\s+(?:case|matter))?"
                                  r"|the\s+case\s+against\s+(?:him|her)|(?:his|her)\s+case)\s+"
                                  r"(?:did\s+not\s+go\s+ahead|"
                                  r"(?:was|were)\s+(?:cancelled|called\s+off|abandoned)|never\s+took\s+place)\b", re.I)
# ... held after all, or only put off: "It was later rearranged", "did not go ahead at first", "went ahead in his absence"
_PUT_OFF_OR_HELD_LATER = re.compile(r"\b(?:rearranged|re-?listed|instead|at\s+first|until|as\s+planned|straight\s+away|initially|went\s+ahead|(?<!before\sit\s)took\s+place"
                                    r"|(?:was|were)\s+(?:later\s+)?held|in\s+(?:his|her|their)\s+absence)\b", re.I)
# a criminal case, not the misconduct one: "the case against him did not go ahead after the CPS discontinued it"
_A_CRIMINAL_CASE = re.compile(_IN_COURT.pattern + r"|\b(?:CPS|Crown|charg\w*|prosecut\w*)\b", re.I)
_BY_THEN = re.compile(r"\b(?:before|already|previously|earlier|by\s+then)\b", re.I)
_ELSEWHERE = r"\b(?:separate|unrelated|another|different|other)\s+"
_DISMISSED_ELSEWHERE = re.compile(r"\bdismissed\b[^.]{0,80}(?:" + _ELSEWHERE + r"(?:\w+\s+){0,3}?(?:matter|proceedings|case|investigation)|"
                                  + _SOMETHING_UNRELATED + ")", re.I)
# "at a separate hearing": that case's proceedings
_ELSEWHERE_PROCEEDINGS = re.compile(_ELSEWHERE + r"(?:\w+\s+){0,2}?(?:hearing|proceedings|meeting)\b", re.I)
_GROSS_NOT_BUT_MISCONDUCT = re.compile(r"\bnot\s+(?:find\s+)?gross\s+misconduct\b[^.]*\bbut\b[^.]*\b(?:amounted\s+to|was|were|constituted)\s+misconduct\b"
                                       # "one allegation was not proven but found that his failure ... amounted to misconduct"
                                       r"|\bnot\s+proven\b[^.]*\bbut\b(?:(?!['’]s\b)[^.])*\b(?:found|decided|concluded|determined)\b(?:(?!['’]s\b)[^.])*"
                                       r"(?<!not\s)(?<!never\s)(?<!could\shave\s)(?<!would\shave\s)(?<!might\shave\s)(?<!may\shave\s)\b(?:amounted\s+to|constituted)\s+misconduct\b"
                                       # ("found that his use of the Taser ... amounted to misconduct, but decided it did not amount to
                                       # gross misconduct": the same, the other way round)
                                       # (only the panel's, chair's or meeting's own finding, denying nothing before it: not "could not
                                       # have amounted", "none of her actions amounted", nor an appropriate authority's assessment)
                                       r"|\b(?:panel|chair|meeting|hearing)\s+(?:\w+\s+){0,2}?(?:found|decided|concluded|determined)\b"
                                       r"(?:(?!\b(?:none|nothing|neither|no|if|had\s+it|had\s+they|not\s+(?:proven|proved|found|made\s+out))\b)[^.])*?(?<!not\s)(?<!never\s)(?<!have\s)\b(?:amounted\s+to|constituted)\s+misconduct\b"
                                       r"[^.]*?\bbut\b[^.]*?\b(?:did\s+not|didn['’]t)\s+(?:amount\s+to|constitute)\s+gross\s+misconduct\b", re.I)
# proceedings judged unneeded: "a misconduct meeting was not needed", "there was no need for a hearing"
_UNNEEDED = r"\s+(?:was|is|would\s+be|were|would)\s+not\s+(?:be\s+)?(?:considered\s+)?(?:needed|necessary|required|warranted|appropriate|proportionate)\b"
_NOT_NEEDED = re.compile(r"\b(?:a|any)\s+(?:formal\s+)?(?:gross\s+)?(?:misconduct|disciplinary)\s+(?:meeting|hearing)" + _UNNEEDED +
                         # (and "a meeting was not needed", the level unsaid, as long as nothing later in the sentence turns
                         # it round: "The force first said a meeting was not needed, but we directed it to hold one")
                         r"|\b(?:a|any)\s+(?:formal\s+)?(?:meeting|hearing)" + _UNNEEDED
                         + r"(?![^.]*\b(?:but|however|direct\w*|recommend\w*|arranged|agreed\s+to\s+hold)\b)"
                         r"|\bno\s+need\s+for\s+(?:a|any)\s+(?:\w+\s+){0,2}(?:meeting|hearing)\b"
                         # ("she took part in the reflective practice review process; there was no misconduct meeting"; not
                         # one a departure called off, "she resigned, so there was no hearing": that one was decided on)
                         r"|^(?![^.]*\b(?:resign\w*|retire\w*|left|died|death|passed\s+away|no\s+longer|dismissed|absence|withdr\w*|yet)\b)[^.]*?"
                         r"\bthere\s+(?:was|were)\s+no\s+(?:formal\s+)?(?:gross\s+)?(?:misconduct\s+|disciplinary\s+)?(?:meeting|hearing)s?\b"
                         r"(?!\s+(?:with|about|into)\b)", re.I)
# (unless the sentence goes on to proceedings that did happen: "..., but the hearing went ahead", "held a misconduct meeting
# instead", "attended a misconduct meeting")
_HELD_AFTER_ALL = re.compile(r"\b(?:attended|went\s+ahead|(?:was|were)\s+held|took\s+place|held\s+(?:a|an|the)|instead\s+of\s+a\s+meeting|(?:meeting|hearing)\s+instead)\b", re.I)
_NONE_HELD = r"\bno\s+(?:\w+\s+){0,2}(?:meeting|hearing)s?\s+(?:was|were)\s+held\b"
_ALLEGATIONS_TO_ANSWER = re.compile(
    r"\b(?:should|would|will|must|could|shall|to)\s+(?:now\s+|also\s+)?(?:answer|face)\s+(?:the\s+|these\s+|those\s+|his\s+|her\s+)?"
    r"allegations?\b[^.;]{0,80}?\bat\s+(?:a|an|the)\s+(?:\w+\s+){0,3}?(?:hearing|meeting)", re.I)
# proceedings named only as the time someone left before, then said not to have gone ahead (not "He resigned a week before
# the hearing was held in March", which was held)
_LEFT_BEFORE_IT_AND_NOT_HELD = re.compile(r"\bbefore\s+(?:the|his|her|their)\s+(?:\w+\s+){0,2}?(?:hearing|meeting)\s+was\s+held\b"
                                          # (straight after: "..., and it was not pursued"; not "before the hearing was held in
                                          # July, and a criminal charge ... was reviewed, but it was dropped")
                                          r"\s*,?\s*(?:and\s+(?:so\s+)?|so\s+)?"
                                          r"(?:it|the\s+(?:\w+\s+){0,2}?(?:hearing|meeting)|the\s+proceedings|the\s+case\s+against\s+(?:him|her))\s+"
                                          r"(?:(?:did\s+not|didn['’]t|never)\s+(?:go\s+ahead|take\s+place)"
                                          r"|(?:was|were)\s+(?:(?:subsequently|later|then|therefore)\s+)?(?:cancelled|abandoned|dropped|discontinued|withdrawn"
                                          r"|not\s+(?:pursued|progressed|taken\s+forward)|never\s+pursued))\b", re.I)
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
    r"(?:was|were|to\s+be|had\s+been|amounted\s+to|constituted)\s+" + MISCONDUCT_NOT_GROSS_FOUND + r"\b", re.I)
# the panel naming the level of what it found, in a clause of its own: "found that PC Greer's statement was inaccurate
# through carelessness, which it decided was misconduct"
_WHICH_IT_CALLED_MISCONDUCT = re.compile(r"\bwhich\s+(?:it|the\s+panel|they)\s+" + _FINDING_VERB + r"\s+(?:was|were|amounted\s+to|constituted)\s+"
                                         r"misconduct\b(?!\s+(?:proceedings|meetings?|hearings?)\b)", re.I)
# the panel or chair itself finding, in the clause: "The panel found ..., but decided", "the chair decided" (not a
# sentence that only names a meeting, nor "we", the force or the appropriate authority deciding)
_PANEL_FINDS = re.compile(r"\b(?:panel|chair(?:person|man)?|" + _CHAIRING + r")\b(?:(?!\b(?:we|force|authority|IOPC|proposed|should|could|would)\b)[^.;]){0,120}?\b"
                          # ("the panel did not find the allegation of dishonesty proven. It found ...": the panel too)
                          + r"(?:" + _FINDING_VERB + r"|did\s+not\s+find)\b", re.I)
# a meeting's chair finding "practice requiring improvement rather than misconduct": misconduct not proven (the
# regulations' lesser finding, which leads to reflective practice)
# the meeting itself finding, after it took place: "The meeting took place in February 2020 and found that ..." (a misconduct
# meeting's finding: not "a meeting took place with his line manager", nor a hearing, whose attendance it would imply)
_THE_MEETING_FOUND = re.compile(r"\bmeeting\s+(?:took\s+place|was\s+held)\b(?!\s+with\b)[^.;]{0,60}?\band\s+found\b", re.I)
_FOUND_PRACTICE_REQUIRING_IMPROVEMENT = re.compile(
    r"\b(?:(?:amounted\s+to|was|were|constituted|as|found)\s+practice\s+requiring|(?:practice|performance)\s+(?:(?:was|were)\s+found\s+to\s+require|required|needed))"
    r"\s+improvement\b(?!\s+(?:and|as\s+well\s+as)\s+misconduct)", re.I)
_PANEL_PRONOUN_OPENING = re.compile(r"^\s*(?:(?:They|It|She|He)|(?:For|As\s+for|In\s+the\s+case\s+of)\s+[^,;.]{1,40}(?:,\s*[^,;.]{1,30})?,\s*(?:they|it|she|he))"
                                    # ("For the second, PC Saint, it found ...": the panel still, on the next person)
                                    r"\s+(?:also\s+)?" + _FINDING_VERB + r"\b")
# "it found misconduct, rather than gross misconduct, proven": a finding, not a downgrade of the case
# (or a panel's finding of the person: "Officer B was found to have committed misconduct rather than gross misconduct")
_FINDING_WORD = re.compile(r"\bfound\b[^.]{0,80}?(?<!\bif\s)\bprov(?:en|ed)\b|\b(?:was|were)\s+found\s+to\s+have\s+committed\b", re.I)
# the panel speaking on of someone: "It found that the sergeant had committed misconduct, not gross misconduct"
_HAD_COMMITTED_NOT_GROSS = re.compile(r"\bhad\s+committed\s+" + _MISCONDUCT_NOT_GROSS + r"\b", re.I)
_NOT_GROSS = re.compile(r"(?<!gross\s)\b" + _MISCONDUCT_NOT_GROSS + r"\b", re.I)


FORMAL_PROCEEDINGS = ("hearing", "meeting", "accelerated_hearing")
FINDINGS = ("proven", "misconduct_proven", "gross_misconduct_proven", "not_proven")
# what only misconduct proceedings can impose (unlike management action, advice or no further action)
FORMAL_SANCTIONS = ("dismissed", "final_written_warning", "written_warning", "reduction_in_rank")
# what only proceedings that found the case proven give (dismissal may be said of someone who had left)
_SANCTIONS_OF_A_FINDING = FORMAL_SANCTIONS + ("would_have_been_dismissed",)


def _outcome_outranks(value: str, current: str) -> bool:
    """Proven beats not proven (a mixed finding is proven) and not held; a finding with its level beats a bare
    "proven"; gross misconduct beats misconduct."""
    # (not held too: a hearing held after all, after one said called off)
    return ((current in ("not_proven", "not_held") and value.endswith("proven"))
            or (current == "misconduct_proven" and value == "gross_misconduct_proven")
            or (current == "proven" and value in ("misconduct_proven", "gross_misconduct_proven")))
