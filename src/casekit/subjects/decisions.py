"""Decisions: sentences saying who had a case to answer, at what level, on whose view (ours, the force's, a panel's)
and whether it was accepted, with the wording around them the resolver reads (departures, lists, clauses)."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..alternation import Alternation
from ..schema import FORCE_INITIALS
from .phrases import (
    _ANY_OF_COUNTED, _BRACKETED_NAME, _DET_WORDS, find_phrases, GENERIC_HEADS, GENERIC_STAFF, _LIST_JOIN, NUMBERS, ONE_BY_TITLE, Phrase,
    _RANK_WORDS, _shifted, _spaces, _TITLES
)


_HYPOTHETICAL_BODY = re.compile(r"\breasonable\s+(?:\w+\s+){0,2}(?:tribunal|panel|meeting|hearing)\b", re.I)
# a person called by their leaving: "the retired constable", "the former sergeant", "the officers who had resigned" is _BY_DEPARTURE's
_THE_DEPARTED = re.compile(r"\bthe\s+(?:retired|resigned|former)\s+(?:police\s+|detective\s+)?(?:officer|constable|PC|sergeant|inspector|member\s+of\s+staff)(?P<plural>s)?\b", re.I)


_CTA = re.compile(r"\bcases?\s+(?:to\s+answer\b|(?=for\s+(?:gross\s+)?misconduct\b))"
                  # "should answer a case of gross misconduct", "should answer a misconduct case"
                  r"|\b(?:should|would|must|ought\s+to|had\s+to)\s+(?:also\s+)?answer\s+(?:a|the)\s+(?:(?:gross\s+)?misconduct\s+)?case\b(?!\s+to\b)"
                  # ("... had a case to answer for gross misconduct and that the sergeant had one for misconduct": "one", a case)
                  r"|(?<=\bhad\s)one(?=\s+for\s+(?:gross\s+)?misconduct\b)"
                  # ("The two officers whose cases were for misconduct attended meetings")
                  r"|(?<=\bwhose\s)cases?\s+(?:was|were)\s+(?=for\s+(?:gross\s+)?misconduct\b)", re.I)
# (searched by its alternatives, each only where its words appear: the same match, found faster)
_CTA_PARTS = Alternation(_CTA)
# the level said before the noun: "had a gross misconduct case to answer"
_LEVEL_BEFORE = re.compile(r"(?:\b(?P<gm>gross)\s+)?\bmisconduct\s+$", re.I)
_GRADE_AFTER = re.compile(
    # ("the case to answer was one of gross misconduct")
    r"^\s*(?:should\s+be\s+recorded\s+)?(?:,\s*)?(?:for|in\s+respect\s+of|regarding|in\s+relation\s+to|of|(?:was|is)\s+one\s+(?:of|for))?\s*"
    r"(?:(?:both\s+)?(?P<gm>gross\s+misconduct)|(?P<m>misconduct))",
    re.I,
)
# the evidence showing no case, up to the case words: "the evidence did not show a" (case to answer)
_EVIDENCE_DID_NOT_SHOW = r"evidence\s+(?:did\s+not|didn['’]t|does\s+not|doesn['’]t)\s+(?:show|disclose|establish|demonstrate)\s+(?:a\s+)?$"
_NEGATIVE_BEFORE = re.compile(
    # ("neither custody sergeant, and not the detention officer either, had a": the list's last member denied too)
    r"(?:\bno\s*$|\bneither\b[^,;]*$|\bneither\b[^,;]*,\s*(?:and|or)\s+not\s+[^,;]*\beither\s*,\s*(?:had|has|have)\s+(?:a\s+)?$|\bnone\s+of\b[^,;]*$|\b(?:did\s+not|not)\s+find\s+(?:a\s+)?$|\bnot\s+(?:to\s+)?have\s+(?:had\s+)?(?:a\s+)?$|\bdid\s+not\s+(?:in\s+our\s+(?:view|opinion)\s+)?have\s+(?:a\s+)?$|\bnot\s+found\s+to\s+have\s+(?:a\s+)?$|\b(?:did\s+not|didn['’]t)\s+(?:find|consider|think|conclude)\s+that\b(?:(?!\band\b)[^,;])*$"
    # ("did not in our view have a case": our view set in without commas)
    # ("the force did not think the second officer had a": with no "that", only a short subject between; or two joined by
    # "or": "did not find the custody sergeant or the second constable had a")
    r"|\b(?:did\s+not|didn['’]t)\s+(?:find|consider|think|conclude|believe)\s+(?!(?:it|this|that)\b)(?:[\w'’]+\s+){1,4}?(?:or\s+(?:the|a|an|any|either)\s+(?:[\w'’]+\s+){1,3}?)?(?:had|has|have)\s+(?:a\s+)?$"
    # ("the officer's driving did not give him a case to answer": what he did gave him none)
    r"|\b(?:did\s+not|didn['’]t|does\s+not|would\s+not)\s+give\s+(?:him|her|them|either\s+of\s+them|any\s+of\s+them)\s+(?:a\s+)?$)", re.I
)
# ("No officer was found to have a case": nobody, the whole subject, not "an officer with no record was found to have";
# "the evidence did not show a case", opening a clause or after our view: what the evidence showed, not "did not face a
# case until the review", rv221; someone's claim of it, "PC Kerr told us the evidence did not show a case", is no
# decision at all, _SOMEONE_SAID_THE_EVIDENCE) (apart from _NEGATIVE_BEFORE and behind word gates in ``_negated``: tried
# at every position, they are slow)
_NOBODY_FOUND_TO_HAVE = re.compile(
    r"(?:^|[,;:]|\b(?:that|and|but|so)\b)\s*(?:no|not\s+one)\s+(?:other\s+|single\s+)?(?:police\s+)?(?:officers?|members?\s+of\s+(?:police\s+)?staff|staff\s+members?|one|person|individual)\s+"
    r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+found\s+to\s+have\s+(?:a\s+)?$", re.I)
_THE_EVIDENCE_DID_NOT_SHOW = re.compile(
    r"(?:^\W*|\b(?:view|opinion|assessment|found|concluded|decided|considered|satisfied)\s+(?:that\s+)?|,\s*(?:but\s+|and\s+)?)(?:the\s+|our\s+)?"
    + _EVIDENCE_DID_NOT_SHOW, re.I)
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
# (or ", or for": "no case to answer for the other sergeant, who ..., or for the second gaoler")
_A_FURTHER_PART = r"(?:,\s*(?:and|or)|;)\s+(?:and\s+)?(?:also\s+)?"
_AGAIN_FOR = re.compile(_A_FURTHER_PART + _PREPOSITION + r"\s+")
# ... at a level of its own: "a case to answer for gross misconduct against the custody sergeant, and for misconduct against
# each of the two detention officers"
_LEVEL_AGAIN = re.compile(_A_FURTHER_PART + r"(?:for|of)\s+(?P<gm>gross\s+)?misconduct\s+" + _PREPOSITION + r"\s+", re.I)
_LEVEL_FOR = re.compile(
    r"(?P<grade>gross\s+misconduct|misconduct)(?:\s+or\s+gross\s+misconduct)?\s+" + _PREPOSITION + r"(?:\s+|\s*:\s*)", re.I)
_ACTOR_BREACHED = re.compile(
    r"(?:that\s+)?(?P<who>(?:any\s+of\s+)?[^,.;]{0,80}?)\s+(?:had\s+|has\s+|have\s+)?(?:breached|committed\s+(?:a\s+)?breach|fallen\s+below|fell\s+below)\b", re.I)
_BARE_LEVEL = re.compile(r"(?P<grade>gross\s+misconduct|misconduct)\s*(?:[.;]|$|,\s+(?:and|but|however)\b)", re.I)
# (past the first person's own reason: "gross misconduct for one call handler for grading the call wrongly; and misconduct
# for another call handler for ...")
_LEVEL_CONTINUES = re.compile(r"^(?:\s+(?:for|in\s+(?:respect|relation)\s+(?:of|to)|regarding)\b[^;]*?)?\s*[,;]?\s*(?:and|as\s+well\s+as)\s+(?:a\s+case\s+for\s+)?$", re.I)
# a new clause with its own subject ("Neither the CCTV nor the log explained it, and we found ..."):
# a negative before it is not this clause's (a concession too, as "but": "did not accept that PS Lee's supervision amounted
# to misconduct, though it agreed that the two constables had a case")
_CLAUSE_EDGE = re.compile(r",\s*and\s+(?=we\b|in\s+our\s+(?:view|opinion)\b|the\s+(?:force|IOPC|IPCC|investigator)\b|(?:he|she|they)\s+(?:also\s+)?(?:had|has|have)\b)|\band\s+(?=(?:we\s+)?(?:decided|found|concluded|considered)\b)|;|\bbut\b|\bhowever\b|\bwhile\b|,\s*(?:al)?though\b|\bwhereas\b", re.I)
# where a clause starts: a negative earlier in the sentence ("insufficient evidence ... could find
# misconduct for one officer, and that ... could find misconduct for the other") is not this clause's
_CLAUSE_START = re.compile(r",?\s+and\s+that\b|;|\bbut\b|\bhowever\b|\bwhile\b|,\s*(?:al)?though\b|\bwhereas\b", re.I)
# our power to direct, used ("used our powers to direct the force to hold a gross misconduct hearing"; not the force's "decided to
# direct the constable to reflective practice")
_OUR_POWERS_TO_DIRECT = (r"(?:(?:used|decided\s+to\s+use)\s+our\s+(?:\w+\s+)?powers?\s+to\s+direct"
                         r"|(?<=we\s)decided\s+to\s+direct(?=[^.]{0,60}?\b(?:hold|convene|arrange)\b))")
_DIRECTED = re.compile(
    # ("we recommended a misconduct meeting for the second PC")
    # ("used our powers to direct the force to hold a gross misconduct hearing")
    r"\b(?:direct(?:ed|ion)|" + _OUR_POWERS_TO_DIRECT + r"|recommend(?:ed|ation))\b[^.]{0,200}?\b(?:to\s+(?:hold|conduct|convene|bring|arrange)\s+(?:a\s+|the\s+)?|that\s+(?:a\s+|the\s+)?|(?:hold|conduct|convene|arrange)\s+(?:a|the)\s+|(?<=recommended\s)a\s+|(?<=directed\s)a\s+)"
    r"(?P<grade>gross\s+misconduct|misconduct)\s+(?P<kind>hearing|meeting|proceedings|panel)s?"
    r"(?:\s+(?:for|in\s+respect\s+of|against)\s+(?P<rest>[^.;]*))?",
    re.I,
)
# "the person chairing the meeting": the chair, however called (not "the officer chairing the daily risk meeting")
# ("The meeting was held in November. The person chairing it decided ...": the proceedings just named)
# ("the person chairing the meeting"; an officer only chairing someone's proceedings, "The officer chairing PC Tolley's
# meeting", "the superintendent chairing the misconduct meeting", not "the officer chairing the daily risk meeting", who may
# be someone the case is about)
_CHAIRING = (r"(?:person\s+chairing\s+(?:(?:the|that|this|his|her|their)\s+(?:\w+\s+){0,2}?(?:meeting|hearing)|it)"
             r"|(?:officer|superintendent|inspector)\s+chairing\s+(?:(?:(?-i:(?:PC|DC|DS|PS|PCSO|Sergeant|Inspector|Constable)\s+[A-Z][\w-]*)"
             r"|(?:the\s+)?(?:officer|constable|sergeant|inspector|detective))['’]s\s+(?:misconduct\s+)?(?:meeting|hearing)"
             r"|(?:the|that|his|her|their)\s+(?:gross\s+)?misconduct\s+(?:meeting|hearing)))")
# the chair of someone's proceedings finding: "The officer chairing PC Tolley's meeting found that ..."
CHAIR_OF_THE_PROCEEDINGS_FOUND = re.compile(r"\b" + _CHAIRING + r"\s+(?:found|concluded|decided|determined)\b", re.I)
# (", where" as "at which": "attended the meeting in September 2024, where his failure ... was found to amount to misconduct")
_PANEL_VOICE = re.compile(r"\b(?:panels?|chair(?:person|man)?|" + _CHAIRING + r"|at\s+(?:the|a|an|this|that|their|his|her)\s+(?:[\w-]+['’]s\s+|[\w-]+\s+[\w-]+['’]s\s+)?(?:misconduct\s+|gross\s+misconduct\s+)?(?:hearings?|meetings?)|(?:hearings?|meetings?|panel|proceedings)\b[^.;]{0,150}?(?:\bat\s+which(?!\s+(?:point|time|stage|speed)\b)|,\s+where\b)|(?:hearings?|meetings?)\s+(?:\w+ly\s+|(?:held\s+(?:by\s+the\s+force\s+)?)?(?:in|on)\s+(?:\d{1,2}\s+)?(?:(?-i:[A-Z])[a-z]+\s+)?(?:\d{4}\s+)?)?(?:found|decided|concluded|determined)|outcome\s+of\s+(?:the|that|this)\s+(?:\w+\s+)?(?:hearing|meeting))\b", re.I)
# the statutory test, in our voice: "a reasonable panel could find misconduct", a case to answer, not a panel's finding
_A_PANEL_COULD = re.compile(r"\b(?:a|any)\s+(?:reasonable\s+|properly\s+directed\s+)?(?:misconduct\s+)?panel\b(?:,\s*properly\s+directed,)?\s+(?:could|would|might)\s+(?:reasonably\s+)?find\b", re.I)
# "we agreed with them"; not "we agreed with their determination for the officer who ...", which accepts it for one
_AGREED_WITH_THEM = re.compile(
    r"\b(?:we|IOPC|IPCC)\b[^.]*\b(?:agreed|concurred)\s+with\s+(?:them|the\s+force|their|its)\b(?![^.]*\bfor\s+(?:the|one|one\s+of\s+the)\s+\w+)", re.I)
# (not "We disagreed and recommended a meeting, which the force accepted")
# (ours, not the force's own "After we explained our reasons, the force accepted that both had a case")
_ACCEPTED = re.compile(r"\b(?:we|IOPC|IPCC)\b(?:(?!\bnot\b|n['’]t\b|\bdisagree)[^.]){0,200}\b(?:agreed|agree|appropriate|(?<!force\s)(?<!Police\s)(?<!Constabulary\s)accepted)\b"
                       r"|\bwhich\s+we\s+agreed\b|\bwe\s+(?:considered|reviewed)[^.]*\b(?:agreed|appropriate)\b", re.I)
# what overrides a force's disagreement: the IOPC recommending or directing proceedings
_FOLLOWED_UP = re.compile(
    r"\b(?:we|IOPC|IPCC|Commissioner|the\s+Director)\b[^.]{0,200}?\b(?:directed|direction|recommended|recommendation|" + _OUR_POWERS_TO_DIRECT + r")\b"
    r"[^.]{0,200}?\b(?:misconduct|hearing|meeting|proceedings|case\s+to\s+answer)\b"
    # (or our recommendation of what the person should receive: "We therefore recommended that she receive management action";
    # not after accepting the force's view, not "instead", not advice for others, "that the force give its call handlers")
    r"|^(?![^.]*\b(?:we\s+(?:\w+\s+)?(?:accepted|agreed)|accepted\s+(?:the\s+force|its|their)|instead)\b)[^.]*\b(?:we|IOPC|IPCC)\b[^.]{0,80}?\brecommended\s+that\s+(?:he|she|(?:the\s+)?(?:officer|constable|sergeant|inspector)"
    # (or of several: "recommended that both officers take part in the reflective practice review process"; "they" and
    # "the officers" here are those the force disputed, as a recommendation after the dispute is about them)
    r"|they|(?:both|all|the)\s+(?:two\s+|three\s+|four\s+)?(?:officers|constables|sergeants)"
    r"|" + ONE_BY_TITLE + r")\s+(?:should\s+)?(?:receive|be\s+given|undergo|complete|take\s+part\s+in)\s+(?:the\s+)?"
    r"(?:management\s+(?:action|advice)|reflective\s+practice)\b", re.I)
# the force accepting our view after disputing it: "After further discussion, Essex Police accepted our findings"
_FORCE_CAME_ROUND = re.compile(r"^(?:(?!\b(?:we|not|n['’]t)\b)[^.])*\b(?:force|Police|Constabulary|(?-i:[A-Z]{2,5}))\s+(?:later\s+|then\s+|subsequently\s+|eventually\s+)?"
                               r"(?:accepted|agreed\s+with)\s+(?:our|the\s+IOPC['’]s)\s+(?:findings?|opinions?|view|conclusions?|assessment)\b", re.I)
_PROCEEDINGS_FOR = re.compile(
    r"\b(?P<grade>gross\s+misconduct|misconduct)\s+(?:meeting|hearing)s?\s+"
    r"(?:(?:was|were|had\s+been|have\s+been)\s+(?:arranged|held|scheduled|organised|convened)\s+)?(?:for|in\s+respect\s+of|against)\s+(?P<rest>[^.;]*)"
    r"|(?P<who>[^.;,]{0,80}?)\b(?:attended|faced|(?:was|were)\s+(?:subject\s+to|referred\s+to|required\s+to\s+attend)|should\s+(?:also\s+)?(?:attend|face)|would\s+(?:also\s+)?(?:attend|face)|(?:is|are)\s+(?:due\s+)?to\s+(?:attend|face)|will\s+(?:attend|face)|should\s+answer\s+(?:the\s+)?allegations?\s+at|(?:would|should|will|to)\s+(?:go|appear)\s+before)\s+"
    # ("should attend a misconduct meeting"; "the two constables should attend misconduct meetings", one each)
    r"(?:(?:a|an|the)\s+(?P<grade2>gross\s+misconduct|misconduct)\s+(?:meeting|hearing)|(?P<grade4>gross\s+misconduct|misconduct)\s+(?:meetings|hearings))"
    r"|\brefer(?:red)?\s+(?P<rest3>[^.;]{0,60}?)\s+to\s+a\s+(?P<grade3>gross\s+misconduct|misconduct)\s+(?:meeting|hearing)", re.I)
_PROCEEDINGS_FOR_PARTS = Alternation(_PROCEEDINGS_FOR)
# one of a group picked out by a clause saying they left ("all three constables, including the one who has resigned", "one
# of whom has since retired"; no comma before "who": not "The two officers, who have since retired,")
_ONE_WHO_LEFT = (r"(?:(?:(?<=\bone\s)|(?<=\bofficer\s)|(?<=\bconstable\s)|(?<=\bsergeant\s)|(?<=\binspector\s)|(?<=\bPC\s)|(?<=\bdetective\s))who"
                 # ("Misconduct meetings for the three officers, one of whom has since retired,")
                 r"|\bone\s+of\s+whom)\s+(?:has|had)\s+(?:since\s+)?(?:resigned|retired|left)\b")
_ONE_WHO_LEFT_RE = re.compile(_ONE_WHO_LEFT, re.I)
# a departure said in the noun for one person ("the retired officer"), or in such a clause: not of everyone in the sentence
_DEPARTED_NOUN = re.compile(r"\b(?:retired|former)(?=\s+(?:\w+\s+)?(?:officers?|constables?|sergeants?|inspectors?|members?|detention))"
                            r"|" + _ONE_WHO_LEFT, re.I)
_REPLACED = re.compile(r"\b(?:rejected|replaced|substituted|overturned|quashed|reduced|instead)\b", re.I)
# the force (anyone but us) not agreeing: "The force disagreed ...", "Kent Police did not accept ..."
_DISAGREEING = r"\b(?:disagreed|did\s+not\s+agree|did\s+not\s+accept)"
_NOT_AGREEING_SRC = r"^(?:(?!\bwe\b)[^.])*" + _DISAGREEING
# the force (not a family or an officer) disagreeing, named or by "It"
# a force by its name: "Kent Police", "Avon and Somerset Constabulary" (its "and" too)
# (or by its initials, "GMP", "BTP": not a rank's, nor another body's)
_A_FORCE_NAMED = r"(?-i:\b(?:[A-Z][\w-]+\s+(?:and\s+)?){1,4}(?:Police|Constabulary))"
_A_FORCE_BY_NAME = r"(?:" + _A_FORCE_NAMED + r"|(?-i:\b(?!(?:IOPC|IPCC|CPS|NHS|PCSO|PC|DC|DS|PS|DI|DCI|DSU|ACC|CCTV|BWV)\b)[A-Z]{2,5}\b))"
# the initials of a force the schema knows ("MPS", "TVP"), in capitals only: not any body's ("NWAS")
KNOWN_FORCE_INITIALS = r"(?-i:" + "|".join(FORCE_INITIALS) + r")"
_THE_FORCE = r"(?:\bthe\s+force|\bthe\s+MPS|\bthe\s+appropriate\s+authority|^\s*It|" + _A_FORCE_BY_NAME + r")\b"
# the force itself opening a sentence, not another body known by its initials ("NWAS disagreed"): "The force", "The
# appropriate authority", "It", "Kent Police", "Avon and Somerset Constabulary", or the initials of a force the schema knows
THE_FORCE_ITSELF = re.compile(r"\W*(?:the\s+force|the\s+appropriate\s+authority|it|" + _A_FORCE_NAMED + r"|the\s+(?-i:MPS|Met)|"
                              + KNOWN_FORCE_INITIALS + r")\b", re.I)
_THE_FORCE_DISAGREEING = _THE_FORCE + r"(?:(?!\bwe\b)[^.;]){0,80}?" + _DISAGREEING
_DISAGREEING_RE = re.compile(_DISAGREEING + r"\b", re.I)
# the force disputing our case in the sentence that states it: "Kent Police disagreed with our opinion that PC Quill had"
_DISPUTED_OUR_OPINION_THAT = re.compile(_THE_FORCE_DISAGREEING + r"\s+(?:with\s+)?(?:our|the\s+IOPC['’]s)\s+(?:[\w-]+\s+)?"
                                        r"(?:opinion|view|finding|conclusion|assessment)s?\s+that\b", re.I)
# the force's answer, after our case in the same sentence: ", the force did not agree but ..."
_FORCES_VIEW_AFTER = re.compile(r"[,;]\s*(?:but\s+|however\s+)?" + _THE_FORCE_DISAGREEING, re.I)
# how a person a force disagrees about is told: "the sergeant", "both officers", "PS Young"
# the titles a person's name follows ("PC Rudd", "Sergeant Vale"), as a report writes them
_TITLE = r"(?:PC|DC|PS|DS|Sergeant|Constable|Inspector|Officer)"
# the titles our people go by: "PC Hale", "DCI Moss"
_OUR_TITLES = r"PC|DC|DS|PS|DI|DCI|Officer|Sergeant|Inspector|Constable"
_ONE_OF_OURS = r"(?:the|both|" + _OUR_TITLES + r"|all\s+(?:three|four|five|six|of\s+them)(?!\s+of\s+the\s+others?\b)|each\s+of\s+them)\b"
# the nouns for the people a force may disagree with us about ("both officers", "the two constables")
_OUR_PEOPLE_NOUNS = r"officers?|constables?|sergeants?|inspectors?|detectives?|PCSOs?|handlers?|staff"
# ... said by a word for one of them: "the inspector", "the two constables", "PC Hale" (not "the recommendation")
_ONE_OF_OURS_BY_NOUN = (r"(?:(?:the|both)\s+(?:[\w-]+\s+){0,2}?(?:" + _OUR_PEOPLE_NOUNS + r")|(?-i:" + _OUR_TITLES + r")\s+[A-Z])\b")
_FORCE_DISAGREED = re.compile(
    _NOT_AGREEING_SRC + r"\s+(?:with\s+)?(?!all\b)(?:the|our|this|these|that)?\s*(?:[\w’']+\s+){0,3}"
    r"(?:conclusions?|findings?|opinions?|assessment|view|recommendations?)\b"
    # "The force agreed about the detention officer but disagreed about the sergeant" (the force speaking, not a family or
    # an officer disagreeing about an account)
    r"|" + _THE_FORCE_DISAGREEING + r"\s+(?:about|regarding|in\s+(?:respect\s+of|relation\s+to))\s+(?=" + _ONE_OF_OURS + r")"
    # ("Hertfordshire Constabulary disagreed with us about both officers": of people, not "about the publication of ...")
    r"|" + _THE_FORCE_DISAGREEING + r"\s+with\s+(?:us|the\s+IOPC)\s+(?:about|regarding|in\s+(?:respect\s+of|relation\s+to))\s+"
    r"(?=(?:both|all|each|either|the|PC|DC|DS|Officer|Sergeant)\b[^.;]{0,30}?\b(?:" + _OUR_PEOPLE_NOUNS + r"|PC|DC|DS|Officer|Sergeant)\b)"
    # ("... disagreed with us on both officers": "on" only straight before them, not "on the basis that the officers ...")
    r"|" + _THE_FORCE_DISAGREEING + r"\s+with\s+(?:us|the\s+IOPC)\s+on\s+(?=(?:both|all|each|either|the)\s+(?:[\w-]+\s+)?(?:" + _OUR_PEOPLE_NOUNS + r")\b)"
    # ("The force agreed with us about PS Orton but not about the other three")
    r"|" + _THE_FORCE + r"\s+agreed\b[^.;]{0,80}?\bbut\s+not\s+(?:about|regarding|in\s+respect\s+of)\s+(?="
    + _ONE_OF_OURS + r")"
    # ("The force agreed about the sergeant but not the inspector", "Kent Police accepted our opinion for the sergeant but not
    # for the inspector": the other, by a word for one of our people)
    r"|" + _THE_FORCE + r"\s+(?:agreed|accepted)\b[^.;]{0,80}?\bbut\s+not\s+(?:for\s+)?(?=" + _ONE_OF_OURS_BY_NOUN + r")"
    # ("The force agreed that the first officer should face a hearing, but did not accept that the second officer's conduct
    # amounted to misconduct": agreeing about one and disputing another in one sentence)
    r"|" + _THE_FORCE + r"\s+agreed\b[^.;]{0,120}?\bbut\s+" + _DISAGREEING + r"\s+that\s+(?=" + _ONE_OF_OURS + r")"
    # ("About the sergeant, the force did not agree; ...": the one it disagreed about, told first)
    r"|^\s*(?:about|regarding|as\s+for|in\s+respect\s+of)\s+(?=" + _ONE_OF_OURS + r")[^,;.]{1,60},\s*"
    + _THE_FORCE_DISAGREEING
    # ("West Yorkshire Police disagreed that his conduct amounted to misconduct": of the one just talked about)
    + r"|" + _THE_FORCE_DISAGREEING + r"\s+that\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:conduct|actions?|behaviour|failings?|failures?)"
    r"\s+(?:amounted\s+to|was|were)\s+(?:gross\s+)?misconduct\b", re.I)
_FORCE_DISAGREED_PARTS = Alternation(_FORCE_DISAGREED)  # (the same match, searched only where its words are)
# what the sentence before said, disputed: "disagreed with this", "did not accept that"
_DISAGREED_WITH_THIS = re.compile(_DISAGREEING + r"\s+(?:with\s+)?(?:this|that|it)\b", re.I)
# (or agreeing about some "but not about the other three")
_BUT_NOT_ABOUT = r"\b(?:agreed|accepted)\b[^.;]{0,80}?\bbut\s+not\s+"
# ("agreed that the first officer should face a hearing, but did not accept that the second officer's conduct amounted
# to misconduct": the one its "that" clause opens on)
_DISAGREED_ABOUT = re.compile(r"(?:" + _DISAGREEING + r"\s+(?:with\s+(?:us|the\s+IOPC)\s+)?|" + _BUT_NOT_ABOUT + r")"
                              r"(?:(?:about|regarding|in\s+(?:respect\s+of|relation\s+to)|for|that(?=\s+(?:the|" + _TITLE + r")\s))\s+|(?=" + _ONE_OF_OURS_BY_NOUN + r"))", re.I)
# "The force agreed.", "Kent Police agreed with us.": a sentence of its own
# the force as the subject of its answer, in plain words: "Kent Police agreed", "the force accepted", "it agreed"
_THE_FORCE_WORD = r"\b(?:police|constabulary|service|force|it)"
# one more person, said so: "also", "too", "as well"
_ALSO_WORDS = r"also|too|as\s+well"
# the force opening a sentence: "The force", "It", "the MPS", "Kent Police", "GMP"
FORCE_OPENING = r"\s*(?:(?i:the\s+force|it|the\s+(?:MPS|Met))|" + _A_FORCE_BY_NAME + r")"
_FORCE_AGREED_SRC = (FORCE_OPENING +
                     # ("Gwent Police fully agreed with both findings", "... with each of our findings", "... with our two findings":
                     # ours, the case and the no-case alike)
                     r"(?i:\s+(?:fully\s+)?agreed(?:\s+with\s+(?:us|this|our\s+(?:findings?|view|opinion)"
                     r"|(?:(?:both|all|each)\s+(?:of\s+)?(?:our\s+|the\s+|these\s+)?|our\s+)(?:(?:two|three|four|five)\s+)?(?:findings|decisions|opinions)))?)")
_BARE_FORCE_AGREED = re.compile(_FORCE_AGREED_SRC + r"\s*\.\s*")
# the force agreeing our case for some of those we decided on: "The force agreed that two of the officers had a case to answer"
_FORCE_AGREED_THAT_SOME = re.compile(_FORCE_AGREED_SRC + r"(?i:\s+that\s+(?:two|three|four|five|six)\s+of\s+(?:the|them)\b)")
# "The force agreed, but decided to deal with it as a performance issue" (or "and decided"): the case agreed, then the
# route chosen, in one sentence
_FORCE_AGREED_BUT = re.compile(_FORCE_AGREED_SRC + r"(?i:\s*,?\s*(?:but|and)\b)")
# the reasons for our finding, told of the person by pronoun: "She had fired the Taser within seconds ..."
# what someone did or failed to do, told as our reason: "... had not recorded", "... failed to check"
_WHAT_THEY_DID = r"\s+(?:had|did\s+not|failed|was)\b"
WHAT_THEY_DID = re.compile(_WHAT_THEY_DID, re.I)
_OUR_REASONS = re.compile(r"\W*(?:he|she)" + _WHAT_THEY_DID, re.I)
# (and "In our view they should have recognised the signs ...": our reasons, then "The force disagreed.")
# (or what the evidence showed of them: "The evidence indicated he had not followed the policy ...")
_OUR_REASONS_DISPUTED = re.compile(_OUR_REASONS.pattern + r"|\W*the\s+evidence\s+(?:indicated|suggested|showed)\s+(?:that\s+)?(?:he|she)\s+(?:had|did\s+not|failed|was)\b|\W*in\s+our\s+(?:view|opinion),?\s+(?:he|she|they)\s+should\s+have\s+(?!been\b)(?![^.]*\brecommend)", re.I)
# a force's disagreement with its scope: "in both cases", "in either case", "in all three cases"
_IN_EVERY_CASE = (r"(?:in|on)\s+(?:both|all|each|either)(?:\s+(?:two|three|four|five|six))?(?:\s+of\s+the)?\s+(?:officers?['’]s?\s+)?"
                  r"(?:cases?|instances?|counts?)")
# ... said where fewer than two people were decided on, "both cases" are of something else ("we found that PC Xavier had a
# case ..., and we also recommended changes to two policies. Kent Police disagreed in both cases")
_IN_EVERY_CASE_RE = re.compile(r"\b" + _IN_EVERY_CASE, re.I)
# a sentence of its own: "The force disagreed.", "Wiltshire Police did not agree." (a dispute only just after our finding),
# with its reason after it: "..., as it considered the inspector had acted reasonably", "..., saying ...", "...: its view
# was that ..."
_BARE_FORCE_DISAGREED = re.compile(
    # ("After reviewing our report, Surrey Police disagreed.")
    r"\s*(?:(?i:(?:after|having|when|on)\s+(?:reviewing|reading|receiving|considering|seeing|read|reviewed|received|considered)\s+(?:our|the)\s+(?:\w+\s+)?(?:report|findings|opinion|view)),\s*)?"
    r"(?:(?i:the\s+force|it|the\s+MPS|the\s+appropriate\s+authority)|(?:[A-Z][\w-]+\s+(?:and\s+)?){1,4}(?:Police|Constabulary)|(?!(?:CPS|IOPC|IPCC|HSE)\b)[A-Z]{2,5})\s+"
    r"(?i:disagreed|did\s+not\s+agree|did\s+not\s+accept\s+this)(?:\s+with\s+(?:us|this|it))?"
    # ("South Wales Police disagreed in both cases", "in either case", "in all three cases": every one of our findings)
    r"(?i:\s+" + _IN_EVERY_CASE + r")?"
    # (or after a semicolon, the force giving its reason: "...; it said she had acted on the control room's advice")
    # ("Lincolnshire Police did not agree and said the inspector had acted within the rules"; "Gwent Police did not agree,
    # taking the view that the grading was within the range of reasonable decisions")
    r"(?:\s*[.;]?|(?i:,\s*(?:as|because|since|saying|stating|arguing|explaining|pointing\s+(?:out|to)|referring\s+to|noting|citing|given|in\s+(?:view|light)\s+of|owing\s+to|taking\s+the\s+view|on\s+the\s+grounds?\s+that)\b|:\s"
    r"|,?\s+and\s+(?:said|considered|felt|thought|believed|argued|explained|stated|maintained|took\s+the\s+view)\b"
    # ("Kent Police disagreed, and the matter went no further": nothing followed, as the codebook's bare disagreement)
    r"|,?\s+and\s+the\s+(?:matter|case)\s+(?:went|progressed|proceeded|was\s+taken)\s+no\s+further(?=\s*[.;]|\s*$)"
    # ("The force disagreed, and after considering its representations we decided not to pursue the matter further")
    r"|,?\s+and\s+(?:(?:after|having)\s+[^,.;]{1,60}?,?\s+)?we\s+(?:\w+\s+){0,2}?(?:decided|chose|agreed)\s+not\s+to\s+"
    r"(?:pursue|take\s+(?:the\s+matter|it|this)\s+further|make\s+a\s+recom|recommend|direct)\b"
    r"|;\s*(?=(?:it|the\s+force)\s+(?:said|considered|felt|thought|believed|argued|explained|stated|took\s+the\s+view)\b))"
    # (a reason about the level is no no-case view: "as it considered the conduct amounted to gross misconduct", "not
    # serious enough to justify dismissal")
    # (not any "rather": "a failing of process rather than of the individual" is no level)
    # (a reason that the conduct was serious, in any words, is about the level: "serious misconduct", "the matter extremely
    # serious", "the conduct serious."; but not "serious" of something else: "he had been managing a serious collision")
    r"(?:(?!(?i:\b(?:gross|dismiss\w*|(?:not|sufficiently|insufficiently|so|as|less|more|too|very|extremely|particularly|highly|really)\s+serious"
    r"|serious(?=\s*(?:misconduct|matter|breach|enough|[.,;]|$))|level|higher|lower"
    r"|rather\s+than\s+(?:an?\s+|the\s+)?(?:misconduct\s+)?(?:meeting|hearing))\b))[^.])*\.?)\s*$")
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
def _misconduct_not_gross(words: str) -> str:
    """"misconduct, rather than gross misconduct", with ``words`` the ways of saying "rather than"."""
    return r"misconduct\s*[(,–—-]?\s*(?:" + words + r")\s+gross\s+misconduct"


_RATHER_THAN = r"rather\s+than|and\s+not|not|instead\s+of"
_MISCONDUCT_NOT_GROSS = _misconduct_not_gross(_RATHER_THAN)
# ... and in a finding's words also "misconduct but not gross misconduct" (said of a case, it lowers no one else's: see
# facts._CALLED_IT_MISCONDUCT)
MISCONDUCT_NOT_GROSS_FOUND = _misconduct_not_gross(r"but\s+not|" + _RATHER_THAN)
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
    # "Gwent Police disagreed and considered the case amounted to misconduct": the lower level, its view of our case
    r"|\b(?:disagreed|did\s+not\s+agree)\b[^.]{0,40}?\bconsidered\s+(?:that\s+)?(?:the|its|this|his|her|their)\s+(?:case|conduct|matter)\s+"
    r"(?:amounted\s+to|was|to\s+be|could\s+amount\s+to)\s+(?<!gross\s)misconduct\b(?!\s+(?:rather|and|or)\b)"
    # "did not agree that the conduct could amount to gross misconduct, and proposed misconduct meetings instead"
    r"|\b(?:did\s+not\s+agree|disagreed)\s+that[^.]*\bgross\s+misconduct\b[^.]*\b(?:proposed|instead|should\s+attend|attend)\b[^.]*(?<!\bno\s)\bmisconduct\s+meetings?\b(?![^.]*\bgross\b)",
    re.I,
)
_DOWNGRADE_PARTS = Alternation(_DOWNGRADE)  # (as _CTA_PARTS)
# the force's own view of how to deal with our gross misconduct case: "North Yorkshire Police considered that the conduct
# should be dealt with as misconduct", a lower level where we accepted it or did not pursue our own (see the resolver; not
# after "We disagreed.", and a gross misconduct hearing held); the force opening the sentence as its
# subject, not "Surrey Police at first considered", "Initially, ...", "the force, which considered" of a separate complaint,
# nor our "whether it considered"; not denied ("should not be dealt with"); also "the inspector's conduct", "would be more
# appropriately dealt with", and with "and proposed a misconduct meeting" beside it
_FORCE_WOULD_DEAL_WITH_IT_AS_MISCONDUCT = re.compile(
    r"^\W*(?!(?:initially|originally|at\s+first|first|later|then)\b)(?:the\s+force|it|(?:[a-z][\w-]+\s+(?:and\s+)?){1,4}(?:police|constabulary|service))\s+considered\s+(?:that\s+)?(?:the|its|this|his|her|their)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:case|conduct|matter)\s+(?:should|would|could)\s+(?:(?!(?:not|never)\b)\w+\s+){0,2}?be\s+(?:(?:more\s+)?\w+ly\s+)?(?:dealt\s+with|treated|handled)\s+as\s+"
    r"(?<!gross\s)misconduct\b(?!\s+(?:rather|or)\b|\s+and\s+(?:not\s+)?gross\b)", re.I)

# the force's view that our gross misconduct case was misconduct, in a view's own words: "Kent Police's view was that the
# breach was at the level of misconduct", "in its view his actions amounted to misconduct but not gross misconduct",
# "disagreed about the level, taking the view that his driving amounted to misconduct", "it considered the matter
# amounted to misconduct"; a lower level only where we said at once that we accepted it (``ACCEPTED_THE_FORCES_VIEW``),
# not where nothing followed (the review of this wording, rv220: our view kept in other words, a panel's or another
# body's view, a hearing later); not "did not amount to", "nothing", "fell short of", "whether", a second allegation
# ("also"), "misconduct or gross misconduct", "misconduct so serious", nor "misconduct in (a) public office"
_A_FORCE_HOLDING = r"(?:\bthe\s+force|\bit|" + _A_FORCE_BY_NAME + r")"
_THE_FORCES_VIEW_WAS_THAT = (
    r"(?:^\W*" + _A_FORCE_HOLDING + r"['’]s\s+(?:view|opinion|position)\s+was\s+(?:that\s+)?"
    r"|\bin\s+(?:its|the\s+force['’]s)\s+(?:view|opinion)\s*,?\s*"
    r"|" + _A_FORCE_HOLDING + r"\b[^.;]{0,80}?\btaking\s+the\s+view\s+(?:that\s+)?"
    r"|" + _A_FORCE_HOLDING + r"\s+(?:instead\s+|however\s+)?(?:considered|believed|felt|thought|took\s+the\s+view|was\s+of\s+the\s+(?:view|opinion))\s+(?:that\s+)?)")
FORCE_VIEW_IT_WAS_MISCONDUCT = re.compile(
    r"^(?!.*\b(?:whether|also|panel|chair|tribunal|CPS|Crown|trust)\b)"
    # (not where it disputes someone else: "disagreed about the detention officer, although in its view the sergeant's ...")
    r"(?!.*\b(?:disagreed|did\s+not\s+agree)\s+(?:about|over|regarding)\s+(?!(?:the|its|our)\s+(?:level|grade|seriousness)\b)[^.;]*\b(?:although|though|but|whereas)\b)"
    r".*?" + _THE_FORCES_VIEW_WAS_THAT
    # (what it thought, undenied: not "none of his actions", "unlikely that", "the claim that ... was not supported")
    + r"(?:(?!\b(?:not|no|nothing|none|nobody|neither|nor|never|short|unlikely|gross|we|us|our)\b|n['’]t\b|\b(?:claim|allegation|suggestion)\s+that\b)[^.;]){0,100}?"
    r"\b(?:amounted\s+to|amounting\s+to|was\s+at\s+the\s+level\s+of|reached\s+the\s+level\s+of|constituted|was|were"
    r"|would\s+be\s+(?:better\s+|more\s+\w+ly\s+)?dealt\s+with\s+as)\s+"
    r"(?<!gross\s)misconduct\b(?!\s+(?:in\s+(?:a\s+)?public|or\b|and\s+(?:potentially\s+|possibly\s+)?gross|so\s+serious|meetings?|hearings?|proceedings|caution)"
    r"|,?\s+(?:and|or)\s+(?:potentially\s+|possibly\s+|even\s+)?gross)", re.I)
# our acceptance of it, in its sentence or the next: "we accepted this", "We looked at its reasons and accepted them",
# "we accepted its view", "We considered the force's reasons and agreed."
# (not "We accepted that the roads were clear", a fact; nor "we did not accept", "disagreed", "remained of the view")
ACCEPTED_THE_FORCES_VIEW = re.compile(r"^(?!.*\b(?:disagree\w*|directed|recommended|remained|maintained)\b)"
                                      r"(?:[^.;])*\bwe\s+(?:(?!(?:not|never|did|do|does|would|could|had)\b|\w+n['’]t\b)[\w'’-]+\s+){0,6}?"
                                      r"(?:accepted|agreed\s+with)\s+(?:(?:its|the\s+force['’]s)\s+(?:view|position|reasons?|reasoning|argument|assessment|rationale|proposal|opinion)"
                                      r"|this|them|these|those|it(?=\s*(?:[.,;]|$))"
                                      # ("accepted that", "accepted that argument", "accepted that his driving was at the level of
                                      # misconduct"; not "accepted that the roads were clear", a fact)
                                      r"|that(?=\s*(?:[.,;]|$|view\b|position\b|argument\b|assessment\b|reasoning\b)"
                                      # (not "accepted that he had been tired ... but still considered ... gross misconduct": cr52c)
                                      r"|(?:(?!\b(?:but|however|still|gross)\b)[^.;])*\b(?:misconduct(?!\s+(?:proceedings|meetings?|hearings?|caution|notices?))"
                                      r"|(?:right|lower|correct|appropriate|that)\s+level)\b))\b"
                                      r"|^\W*(?:and\s+|so\s+)?we\s+(?:[\w'’-]+\s+){0,6}?agreed\s*\.?\s*$", re.I)

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
    # (past a reason given first: "It considered that the sergeant had been managing a very heavy workload during the
    # first national lockdown and that his shortcomings did not amount to misconduct")
    r"|(?:\bthe\s+force|^\s*It|" + _A_FORCE_BY_NAME + r")\s+(?:said|considered|felt|maintained|argued|believed|took\s+the\s+view)\s+(?:that\s+)?"
    # (not across someone's case: "considered that PS Ash had a case to answer, but that PC Bell's actions did not ...")
    r"(?:(?!\bcase\s+to\s+answer\b)[^.]){0,160}?\b(?:did\s+not|does\s+not|didn['’]t)\s+amount\s+to\s+misconduct\b"
    # "did not accept that the sergeant's conduct reached the threshold for misconduct": the negation is the disagreeing
    r"|\b(?:did\s+not|didn['’]t)\s+accept\s+that\b[^.]{0,80}\b(?:reach|met|meet|cross)\w*\s+(?:the\s+)?(?:threshold|level)\s+(?:for|of)\s+misconduct\b"
    # "It did not consider that the constable's conduct reached the threshold", "did not accept that the detention officers'
    # failings amounted to misconduct": the force's view of someone's conduct (not our own "We did not consider ...", nor
    # "did not accept that the handcuffing amounted to misconduct", which names nobody)
    # ("It" or the force by name, or by its initials, "The MPS did not accept that ...": "they" may be anyone, a
    # representative or the witnesses)
    r"|(?:\b(?:it|force|Police|Constabulary)|\b" + KNOWN_FORCE_INITIALS + r")\s+(?:did\s+not|didn['’]t)\s+(?:consider|think|believe|agree|accept)\s+that\s+(?:[\w-]+\s+){0,4}?"
    r"(?:\w+['’]s?|his|her|their)\s+(?:\w+\s+)?(?:conduct|actions?|behaviour|failings?|failures?|decisions?|handling|supervision|response)\s+"
    r"(?:(?:reached|met|crossed)\s+(?:the\s+)?(?:threshold|level)\s+(?:for|of)|amounted\s+to|constituted)\s+misconduct\b"
    r"|\brather\s+than\s+(?:as\s+)?misconduct\b(?!\s+(?:proceedings|meetings?|hearings?)\b)"
    # ("the force ... considered that his driving had not fallen below professional standards to the extent it would amount to
    # misconduct": the force's view, by the standard of professional behaviour)
    r"|\b(?:force|Police|Constabulary)\b[^.]{0,120}?\b(?:(?:considered|concluded|decided|determined)\s+that|view\s+was\s+that)\b[^.]{0,80}?\bnot\s+f[ae]ll(?:en)?\s+below\b"
    r"[^.]{0,120}?\bmisconduct\b"
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
# (and the force agreeing after the case in the same sentence: "We found that the call handler and the dispatcher both had a
# case to answer for misconduct, and North Yorkshire Police agreed")
_FORCE_AGREED_CASE = re.compile(r"\bagreed\b[^.]{0,120}\bcases?\s+to\s+answer\b|\bagreed\s+with\s+(?:our|the\s+IOPC['’]s)\s+(?:findings?|opinions?|conclusions?)\b"
                                r"|\bcases?\s+to\s+answer\b[^.;]{0,120}?,\s*and\s+(?:the\s+force|it|the\s+MPS|(?-i:(?:[A-Z][\w-]+\s+(?:and\s+|of\s+)?){1,5}(?:Police|Constabulary|Service)))"
                                r"\s+agreed(?:\s+with\s+(?:us|this|our\s+(?:findings?|view|opinion)))?\s*(?:\.|$)", re.I)
_HYPOTHETICAL = re.compile(r"\breasonable\s+(?:tribunal|panel)|\b(?:could|would|may|might)\s+(?:not\s+)?(?:reasonably\s+|properly\s+)?(?:find|conclude|make\s+(?:that|this|such\s+a|a)\s+finding)\b|" + _FOR_A_PANEL_TO_FIND, re.I)
_PERFORMANCE_ROUTE = re.compile(r"\bperformance\b[^.]{0,40}\b(?:unsatisfactory|issues?|matter|procedure|route)\b|\bunsatisfactory\s+performance\b", re.I)
_BARE_PRONOUN_ACTOR = re.compile(r"(?:^|[;,]\s*(?:and\s+)?(?P<so>(?:so|therefore)\s+)?|\bthat\s+|\b(?:opinion|view)\s+|\b(?:found|decided|concluded|considered|meant|means)\s+)\s*(?:all\s+|each\s+of\s+the\s+|none\s+of\s+the\s+(?=(?:two|three|four|five|six|seven|eight)\s)|the\s+(?:remaining\s+(?=(?:two|three|four|five|six|seven|eight)\s))?|they\s+(?=(?:both|each|all)\s))?(?P<word>one(?:\s+other)?|another|both|each|neither(?:\s+of\s+them)?|none\s+of\s+them|all(?=\s+(?:had|have)\b)|two|three|four|five|six|seven|eight)\s+(?:who\s+(?:(?!(?:had|has|have)\b)[\w'’-]+\s+){1,8}?)?(?:may\s+|could\s+|also\s+)?(?:had|has|have|was|were)\s*(?:a\s+|no\s+)?$", re.I)
# "The other three had posted ..., and we found each of them had a case": "them" is the sentence's own counted subject
_THE_OTHER_N_OPENING = re.compile(r"\s*The\s+(?:other|remaining)\s+(?P<word>two|three|four|five|six|seven|eight)\s+(?!of\b)(?=[a-z]+ed\b|had\b|were\b)")
# (or with their noun: "The other two constables had reacted ..., and we found they had a case")
_THE_OTHER_N_NOUN_OPENING = re.compile(r"\s*(?P<who>The\s+(?:other|remaining)\s+(?P<n>two|three|four|five|six|seven|eight))\s+(?P<noun>[a-z]+?)s\s+(?=[a-z]+ed\b|had\b|were\b)")
# the clause after such an opening giving its people a case: "..., and we found they had a", "; each of them had a"
_THEY_HAD_A = r"[,;]\s*(?:and\s+)?(?:so\s+)?(?:(?:we\s+(?:found|decided|concluded|considered)\s+(?:that\s+)?)?(?:they\s+(?:both\s+|each\s+|all\s+)?|(?:each|all)\s+of\s+th(?:ose|ese|e)\s+{word}\s+))?(?:also\s+)?had\s+a\s+$"
# "The fourth had a case", "the remaining one had a case": someone of a counted group, by place (see _level_some_of_the_counted)
_BARE_ORDINAL_ACTOR = re.compile(r"(?:^|[;,]\s*(?:and\s+)?|\bthat\s+)\s*the\s+(?P<word>second|third|fourth|fifth|sixth|other|remaining|last)(?:\s+one)?\s+"
                                 r"(?:also\s+)?(?:had|has|was)\s*(?:a\s+|no\s+)?$", re.I)
# ("we concluded that he had a case", after "... messages to three of the student officers": one person, not those three)
_SINGULAR_PRONOUN_ACTOR = re.compile(r"\b(?:(?:he|she)(?:\s*,\s*too\s*,|\s+too)?\s+(?:(?:may|might|could|would|also|have|did|does|not)\s+)*(?:had|has|have)|(?:him|her))\s+(?:no\s+|a\s+)?$", re.I)
# "..., so she had no case", "..., so he had a case": a consequence about one person (see _the_consequence_is_about)
_ONE_HAD = r"(?P<pronoun>he|she)\s+(?:also\s+)?(?:had\s+(?:no\s+)?|(?:did\s+not\s+have|didn['’]t\s+have)\s+)(?:a\s+)?$"
_SO_ONE_HAD = re.compile(r"[,;]\s*(?:and\s+)?(?:so|therefore)\s+" + _ONE_HAD, re.I)
# "In our view the constable's wording did not amount to misconduct, and she had no case": with the clause opening on
# one person's doing, "and she had" is theirs as "so she had" is (not whoever was talked about last)
_AND_ONE_HAD = re.compile(r"[,;]\s*and\s+" + _ONE_HAD, re.I)
# "we considered that the call handler had not gathered ..., and that she had a case": "she" is the subject of the "that"
# clause it stands beside (not whoever the sentence before named last)
_AND_THAT_ONE_HAD = re.compile(r"[,;]?\s+and\s+that\s+" + _ONE_HAD, re.I)
_OTHER_FORMS_OF = {"she": re.compile(r"\b(?:her|hers|herself)\b", re.I), "he": re.compile(r"\b(?:him|his|himself)\b", re.I)}
_THAT_CLAUSE_SUBJECT = re.compile(r"^\W*(?:[^,;]{0,60},\s*)?(?:we|our\s+investigation)\s+(?:also\s+)?(?:found|decided|concluded|considered)\s+that\s+"
                                  r"(?P<who>(?:(?!\b(?:that|who|which|and)\b)[^,;.]){3,60}?)\s+(?:had|has|was|did|should|could|would|failed|acted)\b", re.I)
_POSSESSIVE_SUBJECT = re.compile(r"\W*(?:(?:In\s+our\s+(?:view|opinion)|We\s+(?:found|decided|concluded)(?:\s+that)?),?\s+)?"
                                 r"(?:(?i:the)\s+[a-z-]+(?:\s+[a-z-]+)?|(?:PC|PS|DC|DS|Sergeant|Constable|Inspector)\s+[A-Z][\w-]+)['’]s\s")
# a count with its noun implied, after "against" or "for": "against every one of the four", "for each of the three"
_EVERY_ONE_OF_THE = re.compile(r"(?:each|every\s+one|each\s+one|all|both)\s+of\s+(?:the\s+|these\s+|those\s+)?(?P<n>two|three|four|five|six|seven|eight)\b(?!\s+(?:of|[a-z]+s)\b)", re.I)
# a conduct noun, its object or occasion and "gave", up to the pronoun given the case
_CONDUCT_WITH_ITS_OBJECT = (r"(?:[\w-]+\s+){0,2}?(?:conduct|actions|behaviour)\s+(?:towards?|to|during|at|in|on|with|over)\s+"
                            r"(?:(?!\b(?:and|but|which|who|that|earlier|previous|prior|another|separate)\b)[^,;.]){1,40}?"
                            r"\s+(?:also\s+)?(?:gave|give|gives)\s+")
# ("We did find he had a case", "his conduct gave him a case to answer", "..., so he had a case": a consequence read
# only when it gives a case, as "..., so she had no case" reads well without it)
_PRONOUN_ACTOR = re.compile(r"(?:(?:^|\bthat\s+|[,;]\s*(?:and\s+|but\s+)?(?:(?:so|therefore)\s+(?=(?:he|she)\s+(?:also\s+)?had\s+a\s+$))?|\b(?:found|decided|concluded|considered|thought|believed|determined|said|told|informed|meant|means)\s+|\bdid\s+(?:find|decide|conclude|consider)\s+|\b(?:view|opinion)\s+|\b(?:if\s+(?:he|she|they)\s+(?:were|was|had\s+(?:still\s+)?been)|had\s+(?:he|she|they)\s+(?:still\s+)?been)\s+(?:still\s+)?(?:serving|employed|in\s+(?:the\s+)?(?:force|post))\s*,?\s+)(?:he|she|they(?:\s+(?:both|all|each))?)(?:\s*,\s*too\s*,|\s+too)?\s+(?:may\s+|might\s+|could\s+|would\s+)?(?:also\s+)?(?:have\s+)?(?:had|has|have|(?:did|does)\s+not\s+have|(?:didn|doesn)['’]t\s+have)"
                            r"|\b(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:conduct|actions|behaviour)\s+(?:gave|give|gives)\s+(?:him|her|them)"
                            # (its object or occasion after it, "his behaviour towards the woman gave him a case": one person's
                            # own, the pronouns agreeing; not a question, nor another occasion, "during an earlier incident")
                            # (the look-behinds after its first letter, so they are tried only where "h" is)
                            r"|\bh(?<!whether\sh)(?<!if\sh)(?<!or\snot\sh)(?:is\s+" + _CONDUCT_WITH_ITS_OBJECT + r"him|er\s+" + _CONDUCT_WITH_ITS_OBJECT + r"her)"
                            # ("the officer's driving, and his failure to seek authorisation, gave him a case": a subject
                            # closed by its comma)
                            r"|,\s*(?:gave|give|gives)\s+(?:him|her|them)"
                            # ("..., but in our opinion they did give her a case to answer for misconduct")
                            r"|(?:[,;]\s*(?:and\s+|but\s+)?|\b(?:view|opinion),?\s+)(?:they|it|these|this)\s+(?:did\s+)?(?:gave|give|gives)\s+(?:him|her|them))\s*(?:no\s+|a\s+)?$", re.I)
# a pronoun's case as its second predicate: "Our view was that he had abused his position for a sexual purpose and had a
# case" (the first predicate naming nobody: a person in it may be the subject, read by _subjects_of first)
_PRONOUN_THEN_SECOND_PREDICATE = re.compile(r"(?:^|\bthat\s+|\b(?:found|decided|concluded|considered)\s+)(?:he|she)\s+(?:had|has)\s+(?!(?:a|no)\s+$)"
                                            r"[^.;:]{3,150}?,?\s+and\s+(?:also\s+|so\s+|therefore\s+)?had\s+(?:no\s+|a\s+)?$", re.I)
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


# ("the call handler, whose grading was wrong, had"; "Superintendent Sykes and Chief Inspector Tate, both of whom retired, had";
# "the detention officer responsible for the checks, and who recorded them as done, had")
_RELATIVE_CLAUSE = re.compile(r",\s+(?:and\s+)?(?:who|whose|(?:both|all|each|neither|none|one|two|three)\s+of\s+whom)\b[^,;]*,")
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
                               r"the\s+(?:other|(?:retired|resigned|former)\s+(?:[a-z]+\s+)?[a-z]+)\s+"
                               r"(?:would|was|were|had|has|received|resigned|retired|left)\b", re.I)
# still in post: "still serving", or, of police staff, "still employed"
STILL_IN_POST = r"still\s+(?:serving|employed)"
_STILL_SERVING_WHO = re.compile(r"\s+(?:who\s+(?:was|were|is|are)\s+)?" + STILL_IN_POST + r"\b|\s+who\s+had\s+not\s+(?:resigned|retired|left)\b"
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
# (a force by its initials too: "GMP proposed that the case be heard at a misconduct meeting")
_PROPOSING = re.compile(r"^(?!.*\bpropos\w*\b.*\b(?:refused|rejected|declined|did\s+not\s+accept|was\s+not\s+accepted)\b).*(?:\b(?:force|Police|Constabulary|it|they)\b|" + _A_FORCE_BY_NAME + r")(?:(?!\b(?:representative|Federation|chair|panel|solicitor|barrister|counsel)\b)[^.]){0,200}\bpropos(?:ed|ing|al)\b", re.I)
# some of the group, opening a sentence about their leaving: "Two of them resigned before the hearing"
_SOME_OF_THEM_OPENING = re.compile(r"^\W*(?P<n>two|three|four|five)\s+of\s+them\s+(?=(?:had\s+|have\s+)?(?:resigned|retired|left)\b)", re.I)
# some of the group, named as the object of a finding: "proven for two of them", "against three of them"
# ("against the two who had made the remarks": the count with what they did, no noun)
# (or the subject of a finding: "The panel found that two of them had committed misconduct")
_FOR_SOME_OF_THEM = re.compile(r"\b(?:for|against|in\s+respect\s+of|found\s+that)\s+(?:(?P<n>two|three|four|five|six)\s+of\s+them\b"
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
                       r"at\s+(?:a|an)\s+(?:gross\s+)?misconduct\s+(?:meeting|hearing)\b"
                       # (the proceedings' kind left out too, as a view only, "should be dealt with as misconduct at a meeting", "would
                       # be better heard at a meeting"; not one arranged and held, "for the case to be heard at a meeting in May, where")
                       r"|\b(?:should|would|could)\s+be\s+(?:better\s+)?(?:dealt\s+with|heard|handled)\s+(?:as\s+(?:gross\s+)?misconduct\s+)?"
                       r"at\s+(?:a|an)\s+(?:meeting|hearing)\b(?!\s+(?:in|on|held)\b|\s*,?\s+(?:where|at\s+which|which)\b)", re.I)


# the force's view of which proceedings fit: "arguing that his guilty plea meant a misconduct meeting would be the more
# proportionate response"
def _a_meeting_said_to_fit(verb: str) -> re.Pattern[str]:
    """The force saying a meeting (its kind perhaps left out: "a meeting would be the right forum") fits, by ``verb``."""
    return re.compile(r"\b(?:force|Police|Constabulary|it|they)\b[^.]{0,200}\b(?:a|an)\s+(?:misconduct\s+)?meeting\s+" + verb + r"\s+"
                      r"(?:the\s+|a\s+)?(?:(?:more|most|better)\s+)?(?:proportionate|appropriate|suitable|fitting|right|proper|correct)\b", re.I)


_A_MEETING_WOULD_FIT = _a_meeting_said_to_fit(r"(?:would|should|might)\s+be")
# ... or, in the force's own disagreement, said as what was right: "did not agree, and said a misconduct meeting was the right forum"
_A_MEETING_WAS_RIGHT = _a_meeting_said_to_fit(r"(?:(?:would|should|might)\s+be|was|is)")
# ... and a meeting then held or arranged after the argument: "and held one in May", "and a meeting was arranged for June"
# (or referred to one, or due to attend it: "and it referred the sergeant to a misconduct meeting", "and he is due to attend")
_HELD_OR_ARRANGED = re.compile(r"\b(?:held|hold|arranged|convened|went\s+ahead|took\s+place|at\s+which|where|scheduled|will\s+attend"
                               # (not "due to his record", "referred a file to the CPS", "due to retire")
                               r"|referred\b[^.;]{0,40}\bmeeting|due\s+to\s+(?:attend|take\s+place|be\s+held)|yet\s+to\s+(?:be\s+held|take\s+place))\b", re.I)


# a route set aside: "would prefer to deal with the matter through reflective practice rather than at a misconduct meeting"
_RATHER_THAN_AT = re.compile(r"\b(?:rather\s+than|instead\s+of)\s+(?:at\s+)?(?:a|an)\s+(?:gross\s+)?misconduct\s+(?:meeting|hearing)\b", re.I)


def _without_route(text: str) -> str:
    """The text with any route chosen ("should be dealt with at a misconduct meeting") or set aside ("rather than at a
    misconduct meeting") blanked, for the panel-voice test (the cheap tests first: every route says "be", every setting
    aside "rather" or "instead")."""
    if "be " in text:
        text = _ROUTE_AT.sub(" ", text)
    return _RATHER_THAN_AT.sub(" ", text) if "rather" in text or "instead" in text else text


# our finding repeated for someone else: "We took the same view of the sergeant", "we reached the same conclusion about"
_SAME_VIEW = re.compile(r"\b(?:we|IOPC|the\s+investigator)\s+(?:also\s+)?(?:took|reached|formed|came\s+to)\s+the\s+same\s+(?:view|opinion|conclusion)\s+"
                        r"(?:of|about|in\s+respect\s+of|for|regarding)\s+", re.I)
_SAME_VIEW_PARTS = Alternation(_SAME_VIEW)
# the force's view of another route: "It considered the failings could be addressed through learning"
# (or active: "it said ... that a development plan would address his conduct")
# (the force by its initials too: "The MPS agreed ..., but believed that PC Sato should instead be dealt with through ...")
# ("told us it would prefer to address them through a development plan": what it would rather do, no more done)
# (or "In its view ... should be handled through unsatisfactory performance procedures")
_FORCE_SUGGESTING = re.compile(r"(?:\b(?:force|Police|Constabulary|it|they)\b|\bin\s+its\s+view\b|(?-i:\b(?:MPS|GMP|WMP|BTP)\b))[^.]{0,200}\b(?:could|should|would|might)\s+(?:instead\s+)?(?:be\s+"
                               r"(?:better\s+|best\s+|more\s+appropriately\s+)?(?:addressed|dealt\s+with|handled|resolved|managed|treated)"
                               r"|(?:prefer\s+to\s+|rather\s+)?(?:address|deal\s+with|resolve|handle)\s+(?:his|her|their|them|the|this|that)\b)\b"
                               # ("saying the matter was better handled as a performance issue": its view of what is best)
                               # (or set off by a comma: "... was a performance matter, best dealt with through ...")
                               # ("In its view the failings were matters of performance, better dealt with through ...")
                               r"|(?:\b(?:force|Police|Constabulary|it|they)\b|\bin\s+its\s+view\b)[^.]{0,200}(?:\b(?:was|were|is|are)\s+|,\s*)(?:better|best|more\s+appropriately)\s+"
                               r"(?:addressed|dealt\s+with|handled|resolved|managed|treated)\b", re.I)
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
# a reason set in, whose people are not those decided on: "because of the way he drove", "given his rank"
# (or the means: "the call handler, by not grading the call in line with force policy, had a case")
_A_REASON = r"(?:because\s+of|given|by\s+(?:not\s+|failing\s+to\s+)?[a-z]+ing\b)\s*[^,;]{1,120}"
_ASIDE = re.compile(r",\s*(?:in\s+our\s+(?:view|opinion)|we\s+(?:decided|found|concluded|considered|believed)|in\s+the\s+(?:IOPC|IPCC|(?:lead\s+)?investigator|decision[\s-]maker)['’]s\s+(?:view|opinion)"
                    r"|in\s+the\s+(?:view|opinion)\s+of\s+(?:the\s+|our\s+)?(?:IOPC|IPCC|(?:lead\s+)?investigator|decision[\s-]maker)"
                    # ("the police driver, because of the way he drove, had a case to answer")
                    r"|" + _A_REASON +
                    # ("four officers, among them the sergeant who set up the group, had a case": one of the four, no other)
                    r"|(?:among|amongst)\s+them\s+[^,;]{1,120}"
                    # ("A third officer, the most senior at the scene, had a case": a superlative describing the one person)
                    r"|the\s+(?:most|least)\s+[a-z]+\b[^,;]{0,60}"
                    # (or a comparative of a counted few: "the second officer, the more junior of the two, had a case")
                    r"|the\s+(?:more|less)\s+[a-z]+\s+of\s+the\s+(?:two|three|four|five)\b[^,;]{0,40}"
                    # ("We concluded that, had he still been a serving officer, the inspector would have had a case": what he
                    # would have been, nobody more)
                    # (or "if he had still been a serving officer": one person)
                    r"|(?:(?:had|if)\s+(?:he|she|they)|if\s+(?:he|she)\s+had)\s+(?:still\s+)?been\s+(?:still\s+)?(?:an?\s+)?(?:serving\s+)?(?:police\s+)?(?:officers?|constables?|members?\s+of\s+(?:police\s+)?staff)),", re.I)
# "PS Mallory, the control room sergeant, in our view also had a case": our view set in before the verb, no comma after it
# (or inside the verb: "he would in our view have had a case to answer")
_OUR_VIEW_BEFORE_ITS_VERB = re.compile(r"(?<=,)\s*in\s+(?:our|the\s+IOPC['’]s)\s+(?:view|opinion)(?=\s+(?:also\s+)?(?:had|has)\s+(?:a|no)\s+$)"
                                       r"|(?<=\bwould)\s+in\s+(?:our|the\s+IOPC['’]s)\s+(?:view|opinion)(?=\s+(?:also\s+)?have\s+had\s+(?:a|no)\s+$)", re.I)
# ("four of the officers, including the sergeant, had a case": one of the four, after a counted group only; "the officers,
# including the sergeant, had a case" names the one person known)
_INCLUDING_ONE_OF_THE_COUNTED = re.compile(r"\b(?P<group>(?:two|three|four|five|six|seven|eight|nine|ten)\s+(?:of\s+(?:the|them)\s+)?(?:[\w-]+\s+){0,2}?[\w-]+s)"
                                           r"\s*,\s*including\s+[^,;]{1,120},", re.I)
# "the detention officer who did the checks, each had a": the clause ends where the verb comes
_WHO_BEFORE_BRACKET = re.compile(r"(?<=\w)\s+who\s+(?:(?!\b(?:and|that)\s+(?:the|a|an)\b)[^,;()])*?(?=\s*\()", re.I)
_TRAILING_WHO = re.compile(r"(?<=\w)\s+who\s+[^,;]*,(?=\s+(?:each\s+|both\s+|all\s+|also\s+)?(?:had|has|have|may|might|could|would|should)\b[^,;]*$)", re.I)
# "the sergeant who had supervised the constable that night had a case": a relative clause with no comma to close it,
# running to the verb of the case (or to the person's name in brackets; the spaces taken possessively, since blanked
# text before it may be long runs of them); a clause opening on a reporting verb that names another person ("who
# said the constable had"), or holding one that does ("who reviewed the complaint said the constable had"), is no such
# clause ("who graded the call and found that he had": the pronoun is the one it describes)
# the clause's body, up to the verb of the case (a reporting verb naming another person inside it ends it, as does "and
# that" opening a finding about people: "who held her acted lawfully and that neither had"; not "who decided the driver was
# sober and that he could drive", what the person decided); it ends on a
# word, so the look-ahead is not tried, and run to the end of a long run of blanked spaces, at each space of it
_REPORTING_PAST = r"said|told|thought|believed|felt|considered|decided|found|agreed|claimed|stated|concluded"
_WHO_CLAUSE_TO_THE_VERB = (r"(?:(?!\b(?:says|" + _REPORTING_PAST + r")"
                           r"\s+(?:that\s+)?(?:the|a|an|PC|DC|PS|DS|Sergeant|Constable|Inspector)\b|\band\s+that\s+(?:neither|none|both|each|all|there)\b)[^,;()])*?"
                           r"(?<=\S)(?<!\beach)(?<!\bboth)(?<!\ball)(?=(?:\s*\([^()]*\))?\s++(?:also\s+)?(?:(?:did|does|do|may|might|could|would)\s+(?:not\s+)?(?:also\s+)?)?(?:had|has|have)\s+(?:a\s+|no\s+)?$)")
_WHO_REPORTING = _REPORTING_PAST + r"|says|tells|thinks|believes|feels|accepted|alleged|knew|knows"
# a short relative clause ending where its person's own verb begins: "the constable who owned the phone | had posted most
# of the content, including images, and had a case" (the clause blanked, the deed and the case are the constable's)
_WHO_BEFORE_ITS_MAIN_VERB = re.compile(r"(?<=\w)\s+who\s+(?!had\b|has\b)[^,;()]{1,60}?(?=\s+had\s+(?!(?:a|no)\s+case\b)(?:not\s+)?[a-z]+(?:ed|en|nt|ld|ght)\b)", re.I)
_WHO_RUNS_TO_THE_VERB = re.compile(r"(?<=\w)\s+who\s++(?!(?:" + _WHO_REPORTING + r")\b)" + _WHO_CLAUSE_TO_THE_VERB, re.I)
# the same clause opening on a reporting verb: "who found the man unresponsive", "who said nothing to the custody staff";
# told apart from a report of someone else's case ("who decided the constable had") by what follows the verb
_WHO_OPENS_ON_A_REPORTING_VERB = re.compile(r"(?<=\w)\s+who\s++(?:" + _WHO_REPORTING + r")\b(?P<rest>" + _WHO_CLAUSE_TO_THE_VERB + ")", re.I)
# someone in a vehicle, who is police wherever a case to answer is decided: "the driver", "the police passenger"
_VEHICLE_WHO = r"(?:the|this)\s+(?:police\s+)?(?:driver|passenger|co-driver|observer)"
_VEHICLE_PERSON = re.compile(r"\s*(?P<who>" + _VEHICLE_WHO + r")\s*", re.I)
_VEHICLE_ROLE = re.compile(r"(?P<who>\b" + _VEHICLE_WHO + r")\s+(?:may\s+|might\s+|also\s+|could\s+)*(?:had|has|have)\s+(?:a\s+|no\s+)?$", re.I)


def _vehicle_phrase(vehicle: re.Match[str], offset: int = 0) -> Phrase:
    """The one officer a vehicle's role names ("the driver"), as a phrase at its place in the sentence."""
    return Phrase(offset + vehicle.start("who"), offset + vehicle.end("who"), vehicle.group("who"), "officer", "officer", 1, True, False, False)
# "we will decide whether the officer has a case to answer" (or "are reviewing the evidence to decide whether"): a question
# still open, no decision (not our opinion that it was "for a panel to decide whether" someone may have a case)
# ("Decisions on whether the officer has a case to answer will be taken later": the same)
_WHETHER_OPEN = re.compile(r"^(?:(?!\b(?:opinion|view)\b)[^.;])*(?:\b(?:will|would|shall|yet\s+to|not\s+yet)\s+(?:decide|determine|consider|assess|establish)"
                           r"|\b(?:decisions?|determinations?)\s+(?:on|about|as\s+to)"
                           # ("we are reviewing the evidence to decide whether", "We are considering whether": still going on)
                           r"|\b(?:are|is)\s+(?:now\s+|currently\s+|still\s+)?(?:\w+ing\b[^.;]{0,80}?\bto\s+(?:decide|determine|assess|establish)"
                           r"|considering|examining|assessing|reviewing|investigating|looking\s+at))\s+whether\b"
                           # (not a case told of someone in passing: "is reviewing whether the inspector who had a case ...",
                           # "the constable whom we found to have a case"; but "the call handlers whom she spoke to have a
                           # case" is the question's own)
                           r"(?!.*\bwhom?\s+(?:(?:we|the\s+force|it|they)\s+)?(?:found|decided|considered|concluded|had|has|have|was|were|is|are)\b[^.;,]*$"
                           # ("whether the officer with a case to answer should be suspended": cr52d)
                           r"|.*\b(?:with|found\s+to\s+have)\s+(?:a\s+)?$)"
                           r"(?:(?!\b(?:and|but)\b)[^.;,])*$", re.I)
# "we looked at whether ..., and whether his conduct meant he had a case to answer": a question our investigation asked,
# answered (if at all) in a sentence of its own
# (not "Having examined whether ... we concluded that she had", "After we examined whether ..., the force agreed that he
# had": answered in the same sentence)
_ANSWERED = r"found|concluded|decided|agreed|accepted|view|opinion"
# (the last "whether" before the case, its clause running to it unbroken; an earlier one may have opened the question)
_LOOKED_AT_WHETHER = re.compile(r"^(?:(?!\b(?:" + _ANSWERED + r")\b)[^.;])*\b(?:looked\s+at|examined|assessed)\s+whether\b"
                                r"(?:(?:(?!\b(?:" + _ANSWERED + r")\b)[^.;])*\bwhether\b)?(?:(?!\b(?:and|but|" + _ANSWERED + r")\b)[^.;,])*$", re.I)
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


_DONE = re.compile(r"(?:carried\s+out|conducted|made|did|performed|led)\s+(?:the|a|an)\s+(?P<object>[a-z]+)\b", re.I)


def _singular(word: str) -> str:
    """A noun's singular, enough to match "strikes" with "strike", "vehicles" with "vehicle", "searches" with "search"
    (``_stem`` cuts verbs' endings and would make "strikes" "strik" but "strike" itself)."""
    word = word.lower()
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if re.search(r"(?:ch|sh|x|ss)es$", word):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


_DEED_OPENING = re.compile(r"\s*(?:(?:who|that)\s+)?(?:had\s+|has\s+|was\s+|were\s+)?(?:also\s+|then\s+|first\s+)?[a-z-]+\s+", re.I)
_OBJECT_ENDS = re.compile(r"\s(?:of|to|for|against|from|with|at|in|on|into|onto|by|during|after|before|and|but|while|when|as"
                          r"|each|both|all|had|has|have|was|were|is|are|who|which|that)\s|[,;:]", re.I)


def _object_of_the_deed(described_as: str) -> list[str]:
    """The words of the object of a description's verb ("who" kept or not): "who discharged the Taser" -> ["taser"]; "used
    knee strikes" -> ["knee", "strikes"]; "who authorised the use of the Taser" -> ["use"]."""
    opening = _DEED_OPENING.match(described_as)
    if not opening:
        return []
    # (an owner is no part of the thing: "seized the man's phone" -> ["phone"])
    rest = re.sub(r"\b[\w-]+(?:['’]s\b|s['’](?!\w))", " ", described_as[opening.end():]) + " "
    end = _OBJECT_ENDS.search(rest)
    return [w for w in re.findall(r"[a-z]+", rest[:end.start() if end else len(rest)].lower()) if w not in _NOT_AN_OBJECT]


# the words of a post, not a deed's object: "the custody officer", "the control room officer"
_POST_WORDS = {"custody", "control", "duty", "response", "traffic", "dog", "firearm", "detention", "case", "exhibit", "family", "liaison"}
_NOT_AN_OBJECT = {"the", "a", "an", "his", "her", "their", "its", "him", "them", "it"}
# (the words _modifiers leaves that place someone, not a deed: counts and ordinals it takes away itself)
_PLACING_WORDS = {"former", "retired", "serving", "senior", "junior"}
# (a person in a deed's object is someone else: "supervising the student officer")
_A_PERSON_NOUN = {"officer", "constable", "sergeant", "inspector", "student", "colleague", "man", "woman", "boy", "girl", "child",
                  "driver", "passenger", "detainee", "suspect", "handler", "member", "person"}


def _did_what_it_says(modifier: str, described_as: str) -> bool:
    """'the punching officer' is the one introduced as 'the officer who punched the man': the -ing word names the
    verb of the description; 'the Taser officer' the one 'who discharged the Taser': another word names its object."""
    # (or the object of a verb that only says it was done: "the searching officer" is "the officer who carried out the
    # search", not one "who recorded the arrest" for "the arresting officer")
    words = _content_words(described_as)
    if not modifier or not words:
        return False
    if not modifier.endswith("ing"):
        # (or a noun before the role that is the object of the description's verb: "the Taser officer" is "the officer who
        # discharged the Taser", "the knee-strike officer" the one "who used knee strikes"; not a noun further on, "who
        # authorised the use of the Taser"; never a word that places or counts)
        parts = [_singular(w) for w in re.split(r"[\s-]+", modifier) if w]
        if not parts or _PLACING_WORDS.intersection(parts) or _POST_WORDS.intersection(parts):
            return False
        # (the object's last words, and no person: not "the student officer" for one "supervising the student officer")
        objects = [_singular(w) for w in _object_of_the_deed(described_as)]
        return objects[-len(parts):] == parts and not _A_PERSON_NOUN.intersection(objects)
    done = _DONE.match(described_as.strip())
    return _stem(modifier) == _stem(words[0]) or bool(done) and _stem(modifier) == _stem(done.group("object"))


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
                         # (nor a relative "that" with its verb straight after: "the checks that were missed")
                         r"(?!\s+(?:was|were|is|are|(?:had|has|have)\s+been)\b)"
                         r"(?<!\band\sthat)(?<!\band\s\sthat)"
                         r"|\band\s+that\b(?=\s+(?:the|a|an|his|her|their|its|both|all|each|neither|no|there|it|he|she|they|this|these|those|one|two|three|four)\b)"
                         r"|\bwhether\b|;|:|,\s+(?:and\s+)?(?=(?:a|an|one|another)\s)", text, re.I):
        if m.group(0).startswith(",") and _LIST_OF_A_FEW.match(text, m.end()):
            continue  # ("An inspector, a sergeant and a constable had": a list going on, no apposition)
        if re.match(r",\s+and\s", m.group(0)) and _NAMED_IN_APPOSITION_BEFORE.search(text, max(0, m.start() - 80), m.start()):
            continue  # ("a sergeant, PS Yates, and a constable, PC Zeal, each had": the list goes on past the first's name)
        if re.match(r",\s+and\s", m.group(0)) and _EACH_CLOSES_THE_PAIR.match(text, m.end()) \
                and _one_person_told(text[last:m.start()]):
            # ("We concluded that the sergeant who reviewed the grading, and a control room supervisor who was responsible
            # overnight, each had": two people, each told by a clause of their own, then "each")
            continue
        last = m.end()
    return last


# the second of a pair closed by a comma and "each" or "both" before the verb: "..., and a control room supervisor who was
# responsible overnight, each had a"
_EACH_CLOSES_THE_PAIR = re.compile(r"(?:a|an)\b\s+(?:[\w-]+\s+){0,3}?[\w-]+(?:\s+who\s+[^,;]{1,100})?(?:\s*,\s*|\s{2,})(?:each|both)\s+(?:also\s+)?(?:had|has|have)\s+(?:a\s+)?$", re.I)


def _one_person_told(clause: str) -> bool:
    """Whether a clause is one person alone, perhaps told by a "who" clause of their own (blanked or not: the "who" clauses
    may be spaces by now): "the sergeant who reviewed the grading" (the first of a pair), not "the sergeant said that the
    constable"."""
    found = find_phrases(clause)
    return len(found) == 1 and not clause[:found[0].start].strip() \
        and re.fullmatch(r"(?:\s+who\s+[^,;]{1,100})?\s*", clause[found[0].end:]) is not None


# a role and its holder's name set off in commas, ending there: "a sergeant, PS Yates"
# (or named by how the summary calls them: "the constable who wrote most of the messages, referred to here as PC A")
_NAMED_IN_APPOSITION_BEFORE = re.compile(r"(?:\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}[\w-]+,|\b(?:referred\s+to\s+(?:here\s+|below\s+)?as|known\s+(?:here\s+)?as))"
                                         r"\s+(?-i:[A-Z][A-Za-z]{0,9}\.?\s+[A-Z][\w'’-]*)\s*$", re.I)
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
_PREPOSITIONS = r"towards?|to|of|with|against|about|at|by|from|on|over|into|upon|including|involving|than|between"
_OBJECT_OF = re.compile(r"\b(?:" + _PREPOSITIONS + r")\s+$", re.I)
# (and "for", where only the one a later pronoun means is chosen: "set tasks for PC Orme" is no subject; in lists of people
# with a case "for" often names them: "a case to answer for the sergeant and for PC Wynn")
_OBJECT_OF_OR_FOR = re.compile(r"\b(?:" + _PREPOSITIONS + r"|for)\s+$", re.I)

# a verb straight before a person, who is its object: "as he had not told the dispatcher that ..." (the one told is not
# the one the sentence is about)
_TOLD_WHOM = re.compile(r"\b(?:told|informed|warned|asked|instructed|ordered|contacted|called|phoned|advised|reminded)\s+$", re.I)

# "four of the officers, namely two constables, a sergeant and an acting sergeant, had": a counted group, then who they were
# (also by ranks a roster gave before: "four of the officers, the sergeant, the detective constable and two of the
# constables, had")
# ("two of the four officers, the officer in the case and the sergeant, had": the list after a count of a count)
_COUNTED_THEN_LISTED = re.compile(r"\b(?P<n>two|three|four|five|six)\s+(?:of\s+the\s+(?:(?:two|three|four|five|six|seven|eight)\s+)?|other\s+)?officers\s*,\s*(?:namely\s+|that\s+is\s+)?"
                                  r"(?P<list>[^,;:()]+(?:,\s*[^,;:()]+)*?)\s*,\s*(?:each\s+|all\s+|both\s+)?(?:may\s+|also\s+)?(?:had|have|has)\s+(?:a\s+)?$", re.I)


_IN_THE_CASE = r"\s+in\s+(?:the\s+case|charge(?:\s+of\s+the\s+(?:case|investigation))?)\b"


def _counted_then_listed(before: str, relative: bool = False) -> list[Phrase]:
    """The people of a counted group of officers listed in commas straight after it, when the list gives them all.
    ``relative``: read with the list's "who" clauses still in it, so each person after the first must follow "who ...
    and" ("two officers, a constable who carried out the search and a sergeant who authorised it, had"), not sit inside
    what someone did ("two officers, including a constable who had called a sergeant for advice, had")."""
    m = _COUNTED_THEN_LISTED.search(before)
    if not m:
        return []
    listed = [p for p in find_phrases(before) if m.start("list") <= p.start and p.end <= m.end("list")]
    if relative and any(not re.fullmatch(r"\s*(?:,|and|,\s*and)\s*|\s+who\s+[^,;]{1,80}?\s+and\s+|" + _IN_THE_CASE + r"\s*(?:,|and|,\s*and)\s*",
                                         before[a.end:b.start])
                        for a, b in zip(listed, listed[1:])):
        return []
    # (a plain "officer" only told apart by what they were: "the officer in the case")
    # (a name among ranks too: "two of the officers, the custody sergeant and PC Aldous, had"; names alone are bound to the
    # count elsewhere)
    if len(listed) < 2 or sum(p.count or 0 for p in listed) != NUMBERS[m.group("n").lower()] \
            or any(p.label and not p.definite or not p.label and p.head in GENERIC_HEADS and not re.match(_IN_THE_CASE, before[p.end:])
                   or p.role != "officer" for p in listed) \
            or all(p.label for p in listed):
        return []
    return listed


# a person described by where or what they were, then named in commas: "the sergeant in charge at the scene, PS Morland,"
_DESCRIBED_THEN_NAMED = re.compile(r"\s+(?:in|at|on|of|for|from)\s+[^,;.()]{1,40}?\s*,\s*", re.I)
# or by what they did: "the officer who struck the man, PC Ambrose,"
_DONE_THEN_NAMED = re.compile(r"\s+who\s+(?!(?:and|or)\b)[^,;.()]{1,60}?\s*,\s*", re.I)


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
    anchor = chosen[0]  # where the list's next gap ends: the first person chosen, or a description of them before their name
    for p in reversed(phrases[:-1]):
        if _OBJECT_OF.search(before, 0, p.start):
            break  # ("his behaviour towards the two constables, and the sergeant had a case": they are what he did it to)
        same_rank = _RANK_WORDS.findall(p.head) == _RANK_WORDS.findall(chosen[0].head) and p.role in (chosen[0].role, "context")
        if anchor is chosen[0] and chosen[0].label and not p.label and p.definite and p.count == 1 and not p.plural \
                and (same_rank and _DESCRIBED_THEN_NAMED.fullmatch(before[p.end:chosen[0].start])
                     # ("the officer who struck the man, PC Ambrose, and the officer who knelt on him, PC Ferriby, each had":
                     # each described by what they did, then named)
                     or (p.head in GENERIC_HEADS or same_rank) and chosen[0].role == "officer"
                     and _DONE_THEN_NAMED.fullmatch(before[p.end:chosen[0].start])) \
                and re.match(r"\s*,", _past_letter(chosen[0], before[chosen[0].end:])):
            # ("PC Rudd, PC Cawley and the sergeant in charge at the scene, PS Morland, had": the description and the name
            # after it are one person)
            anchor = p
            continue
        gap = _past_letter(p, before[p.end:anchor.start])  # ("Officer A and Officer B")
        if p.label and p.end == chosen[0].end:
            gap = ","  # "two other officers (Officers B and C)": one phrase per letter, at the same place
        # ("the custody sergeant and that detention officer": the one just described)
        if not (re.fullmatch(r"\s*(?:,|and|or|nor|,\s*and|as\s+well\s+as)\s*(?:that\s+)?", gap, re.I)
                or each and re.fullmatch(r"\s*who\s+(?!(?:and|or)\b)[^,;]{1,60}?,?\s+(?:and|as\s+well\s+as)\s*", gap, re.I)
                # ("the two officers who searched him and the officer who authorised it had": each told by what they did)
                or _each_told_by_what_they_did(gap, before[chosen[0].end:])
                # ("PC Okafor, who rode in the back, and the driver had": an aside closed by its comma, then the list goes on)
                or re.fullmatch(r"\s*,\s*who\s+(?!(?:and|or)\b)[^,;]{1,80},\s+and\s+", gap, re.I)
                # ("the sergeant who took over from him, and the detention officer responsible for the checks, had": each told
                # by a clause of their own, the list closed by a comma before its verb)
                or re.fullmatch(r"\s*who\s+(?!(?:and|or)\b)[^,;]{1,80},\s+and\s+", gap, re.I)
                and re.fullmatch(r"[^,;]{0,80},\s*(?:also\s+|each\s+|both\s+)?(?:(?:may|might|would)\s+(?:have\s+)?)?(?:had|has|have)\s+(?:a\s+|no\s+)?",
                                 before[chosen[0].end:], re.I)
                # ("PC Okafor and the van driver, PC Brennan, had": the second named after a description of their own)
                or chosen[0].label and re.fullmatch(r"(?:\s*,\s*who\s+(?!(?:and|or)\b)[^,;]{1,80},)?\s*,?\s*and\s+the\s+(?:[a-z-]+\s+){0,2}[a-z-]+,\s*",
                                                    gap, re.I)):
            break
        chosen.insert(0, p)
        anchor = p
    # "the third officer, PC Lisle, had", "the van driver, PC Brennan, had": a name set off in commas after a person
    # is that person's name, not someone else in a list (a list of two would be joined by "and"); so is one after someone
    # not yet known, by rank or as an officer ("A third officer, PC Doyle, had", "..., and a sergeant, PS Bell, had"; not
    # "a call handler, PC Lee, and a sergeant", a list of three)
    for i in range(len(chosen) - 1, 0, -1):
        first, name = chosen[i - 1], chosen[i]
        ranks = _RANK_WORDS.findall(first.head)
        if ranks and ranks != _RANK_WORDS.findall(name.head) or first.role not in (name.role, "context"):
            # ("the sergeant, PC Lisle, and the inspector": a constable is no sergeant; "the inspector, DCI Hyde, and ...": nor
            # is a chief inspector an inspector; "the detention officer, PC Hyde, and ...": police staff is no constable; a list)
            continue
        if name.label and name.count == 1 and not first.label and first.count == 1 and not first.plural \
                and (first.definite or first.head in GENERIC_HEADS or ranks) \
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
    if len(chosen) == 2 and chosen[0].count and chosen[0].count > 1 and _SOME_OF_A_GROUP.match(chosen[0].text) \
            and before[chosen[0].end:chosen[1].start].strip() == "," and chosen[1].definite and chosen[1].plural \
            and chosen[1].count is None and not chosen[1].label \
            and re.fullmatch(r"(?:\s*,|\s{2,})\s*(?:each\s+|both\s+|also\s+)?(?:had|has|have)\s+(?:a\s+|no\s+)?", before[chosen[1].end:]):
        # "two of the officers, the constables who took off her clothing, had": the plural apposition says which two
        # they are, and is nobody more
        return chosen[:1]
    if len(chosen) > 2 and chosen[0].count and chosen[0].count > 1 and before[chosen[0].end:chosen[1].start].strip() == "," \
            and before[chosen[-1].end:].lstrip().startswith(",") and sum(p.count or 1 for p in chosen[1:]) == chosen[0].count \
            and not any(p.definite for p in chosen[1:]) \
            and (chosen[0].head in GENERIC_HEADS and all(p.role == "officer" for p in chosen[1:])
                 or bool(GENERIC_STAFF.match(chosen[0].head)) and all(p.role in ("staff", "context") for p in chosen[1:])):
        # "three officers, two police constables and a detective constable, had": the list says who the three are
        # (only under a general noun the list's people all are: not "four constables, two sergeants and two inspectors")
        return chosen[1:]
    if len(chosen) > 2 and chosen[0].plural and chosen[0].count == len(chosen) - 1 and before[chosen[0].end:chosen[1].start].strip() == "," \
            and all(p.label and len(p.label) > 1 and not p.plural for p in chosen[1:]) \
            and _past_letter(chosen[-1], before[chosen[-1].end:]).lstrip().startswith(","):
        # "three of the officers, PC Brennan, PC Osei-Hart and PS Caddick, had": the names say who the three are
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
# (a comma before the "and" too: "an inspector who had authorised and led the operation, and two constables who ...", where
# the second's who-clause ends the sentence or its part, not "..., and the two constables who carried it out had no case")
_PAST_WHAT_THEY_DID_COMMA_AND = re.compile(_WHAT_ONE_DID + r",\s+and\s+", re.I)
# ("the sergeant who planned the raid and the constable who checked the address": each told by what they did, a list too)
_WHAT_THEY_DID_TOO = re.compile(r",?\s+(?:who|whose)\b", re.I)


# ("the inspector who authorised the pursuit, the sergeant who supervised the control room and the constable who ...": a
# list's comma; the next one's clause follows straight on, as an aside's ", PC Lowe, who" does not)
_WHO_IS = re.compile(r",\s+who\s+(?:is|was|are|were)\s+(?:a\s+|an\s+)?(?:members?\s+of\s+)?", re.I)
# ... the same aside between two of a list: "the investigator, who is a member of police staff, and the sergeant"
_STAFF_ASIDE_JOIN = re.compile(_WHO_IS.pattern + r"(?:the\s+)?(?:police\s+)?staff\s*,\s*(?:and\s+)?", re.I)
_PAST_WHAT_THEY_DID_COMMA = re.compile(_WHAT_ONE_DID + r",\s*", re.I)
_LISTED_WHO = re.compile(r"\s+who\b", re.I)
# ... a who-clause that ends its part: "and two constables who carried it out." (not "who carried it out had no case")
_WHO_ENDING_ITS_PART = re.compile(r"\s+who\s+[^,;.]{1,80}?(?:,|[.;:])")


def _each_told_by_what_they_did(between: str, after: str) -> bool:
    """'the sergeant who planned the raid and the constable who checked the address': two people, each with what they
    did (not "the sergeant who briefed the constable", nor the clause's own "and": "who planned it and briefed ...")."""
    return bool(_PAST_WHAT_THEY_DID.fullmatch(between) and _WHAT_THEY_DID_TOO.match(after)
                or _PAST_WHAT_THEY_DID_COMMA.fullmatch(between) and _LISTED_WHO.match(after)
                or _PAST_WHAT_THEY_DID_COMMA_AND.fullmatch(between) and _WHO_ENDING_ITS_PART.match(after))


def _joined_run(found: list[Phrase], start: int, text: str) -> list[Phrase]:
    """The phrases from ``found[start]`` on joined by commas or "and" in ``text``: a list of people ("PC Ellery and PC
    Varley", "the custody sergeant, the detention officer and the constable")."""
    run = found[start:start + 1]
    end = run[0].end if run else 0  # where the last person's words end (past what they are, said in an aside)
    for q in found[start + 1:]:
        between = _past_letter(run[-1], text[end:q.start]) if end == run[-1].end else text[end:q.start]
        if q.role == "staff" and _WHO_IS.fullmatch(between) and re.match(r"\s*,", text[q.end:]):
            # ("the investigator, who is a member of police staff, and the detective sergeant": what the first one is,
            # nobody more)
            end = q.end
            continue
        # ("the detention officer who booked in the bag and the custody sergeant": past what the first one did)
        if not re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", between) and not _STAFF_ASIDE_JOIN.fullmatch(between) and not (
                _PAST_WHAT_THEY_DID.fullmatch(between) and _SEVERAL_AFTER.match(text[q.end:])) \
                and not _each_told_by_what_they_did(between, text[q.end:]):
            break
        run.append(q)
        end = q.end
    return run


def _named_in_apposition(listed: list[Phrase]) -> bool:
    """'a third officer, PC Keele': one person, a description with the name beside it."""
    return len(listed) == 2 and not listed[0].plural and not listed[0].label and bool(listed[1].label)


# what may stand between a person and an apposition describing them: "the officer in charge at the scene, a constable",
# "the officer who took charge, a constable"
_BEFORE_APPOSITION = re.compile(r"(?:\s+(?:at|on|in)\s+the\s+[\w-]+|\s+who\s+[^,;()]{1,60})?\s*,\s*")
# and after it, the verb the person's clause goes on with: "..., a constable with eight years' service, had"
_APPOSITION_CLOSED = re.compile(r"[^,;()]{0,60},\s*(?:also\s+)?(?:had|has|would|could|may|might)\b", re.I)


def _described_in_apposition(before: str, phrase: Phrase) -> Phrase | None:
    """'the officer in charge at the scene, a constable with eight years' service, had a case': the definite person
    before an indefinite apposition set off in commas, not someone new (not a list: "the sergeant, a constable, and")."""
    if phrase.definite or phrase.plural or phrase.other or phrase.label or (phrase.count or 1) != 1:
        return None
    person = _the_person_an_apposition_follows(before, phrase)
    if person is None or not _APPOSITION_CLOSED.match(before, phrase.end):
        return None
    if person.head in GENERIC_HEADS and phrase.role != person.role:
        return replace(person, role=phrase.role)  # ("the second officer, a special constable,": role "special")
    return _described_by(person, phrase)


def _the_person_an_apposition_follows(before: str, phrase: Phrase) -> Phrase | None:
    """The one definite person named just before ``phrase``, set off from it as an apposition is ("the call handler, "
    before "a member of police staff"); None where nobody is."""
    found = find_phrases(before)
    at = next((i for i, p in enumerate(found) if p.start == phrase.start), None)
    if not at or not found[at - 1].definite or found[at - 1].plural or (found[at - 1].count or 1) != 1 \
            or not _BEFORE_APPOSITION.fullmatch(before, found[at - 1].end, phrase.start):
        return None
    return found[at - 1]


def _the_one_a_generic_apposition_describes(before: str, phrase: Phrase) -> Phrase | None:
    """'the call handler, a member of police staff, and PC Treloar': the definite person a generic apposition in a list
    describes ("a member of police staff" says only that the call handler is staff); None otherwise."""
    # (a plain generic noun only: not "another officer", "a second officer", "one officer", someone else)
    if phrase.definite or phrase.plural or phrase.label or phrase.other or (phrase.count or 1) != 1 or not _generic(phrase) \
            or not _A_PLAIN_GENERIC.fullmatch(phrase.text) or not re.match(r"\s*,", before[phrase.end:]):
        return None
    person = _the_person_an_apposition_follows(before, phrase)
    # (and one the apposition can describe: "the custody sergeant, a member of police staff," are two people)
    if person is None or _generic(person) or person.role not in ("context", phrase.role):
        return None
    return _described_by(person, phrase)


_A_PLAIN_GENERIC = re.compile(r"(?:a|an)\s+(?:police\s+officer|officer|(?:police\s+)?staff\s+member|member\s+of\s+(?:the\s+)?(?:police\s+)?staff)", re.I)


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


# what the people just named are, set off in commas: ", both members of police staff,"
_DESCRIBING_ASIDE = re.compile(r"^\s*,\s*(?:both|all(?:\s+(?:two|three|four|five|six))?)\s+[^,;()]{1,60},", re.I)
# a condition set off in commas between a person and their case: ", had he still been serving,"
_STILL_SERVING_ASIDE = re.compile(r"^\s*,\s*(?:had\s+(?:he|she)|if\s+(?:he|she)\s+had)\s+(?:still\s+)?been\s+(?:serving|a\s+(?:serving\s+)?(?:police\s+)?officer)\s*,", re.I)


# a second thing of the person's own in commas after their possessive, before what it amounted to
# (after a name or a plural too: "PC Brennan's use of force, his failure to stop, and the account he gave,", "the two
# constables' decision to leave, and their failure to tell anyone,")
_MORE_OF_THEIR_DOING = re.compile(r"^(?P<own>(?:\s+(?-i:[A-Z])[\w-]*)?['’]s?\s+[^,;()]{1,40}?)(?:,\s+(?:and\s+)?(?:the|his|her|their)\s+[^,;()]{1,40}?)*"
                                  r",\s+and\s+(?:the|his|her|their)\s+[^,;()]{1,40},\s+"
                                  r"(?=(?:also\s+|together\s+)?(?:amounted|amounts|would\s+amount|could\s+amount)\s)", re.I)


def _close_enough(gap: str) -> bool:
    """The words between a person and 'case to answer' can be theirs: 'the officer may also have had a'.

    In 'As the sergeant had left the force, all we could make was a finding of a', the sergeant
    belongs to another clause.
    """
    gap = _LEADING_BRACKET.sub("", gap)
    gap = _BRACKETED_NAME.sub("", gap)  # ("the sergeant at the scene (PS Lane) had asked ... and had no": a name, not a clause)
    # ("the detective inspector, had he still been serving, would have had a": past the condition in its commas)
    gap = _STILL_SERVING_ASIDE.sub(" ", gap)
    gap = _DESCRIBING_ASIDE.sub(" ", gap)  # ("the two call handlers, both members of police staff, had a": what they are)
    # ("the officer's use of force, and the account he gave of it, amounted to a": more of that person's own doing)
    gap = _MORE_OF_THEIR_DOING.sub(r"\g<own> ", gap)
    return not (re.search(r"[,;(]", gap) and len(gap.split()) > 6)


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
    sergeant", nor a list with a plain "officer" in it). An aside about one of them is no one more ("the PCSO, who is a
    member of police staff,"), and "Both the constable and the PCSO" is the two, one each."""
    text = _RELATIVE_CLAUSE.sub(_spaces, text)
    phrases = find_phrases(text)  # ("Both the constable and the PCSO": one each, as find_phrases reads "both" before "and")
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
# what comes between a count and the list of its people ("three officers: PC Lamb, ...", "three officers who had posted
# the images: ...")
_COUNT_THEN_ITS_LIST = re.compile(r"\s*(?:,?\s*who\s+[^:;.,–]{1,80}?)?(?::|\s[–-])\s*", re.I)
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
    # "we found no case to answer for her": about someone not yet decided on (of one already decided, a second allegation's
    # words: "We found no case to answer for him over the arrest itself")
    undecided: bool = False
    # "We decided that the other three had a case": people only if the report counted more people before (not "three
    # allegations")
    rest_of_counted: bool = False
    # "The force did not agree that the other two had a case": about people already decided on, never new ones
    known_only: bool = False
    # "..., and that she had a case", read as the "that" clause's subject: the pronoun, so a person the report tells of by the
    # other one is not meant
    by_pronoun: str | None = None


def _blank_who_running_to_the_verb(text: str) -> str:
    """'the sergeant who had supervised the constable that night had a case': the relative clause blanked, where a person
    is named just before its "who" and it is the only one (a list of people each told by a "who" clause is read as a
    list, by _each_told_by_what_they_did; and "the officer who pushed her and the sergeant each had" is two, by the
    "each" that _subjects_of reads)."""
    who = _WHO_RUNS_TO_THE_VERB.search(text) or _who_reporting_plainly(text) or _WHO_BEFORE_ITS_MAIN_VERB.search(text)
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
        if len(listed) > 2 and listed[0].plural and listed[0].count == len(listed) - 1 and all(p.label for p in listed[1:]) \
                and text[listed[0].end:listed[1].start].strip() == "," and rest.lstrip().startswith(","):
            # ("that two of the officers, PC Vance and PC Redfern, had posted ..., and that each had a case": the count
            # named in apposition, each by name)
            listed, rest = listed[1:], rest.lstrip()[1:]
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
# for misconduct", "..., and the control room inspector one for misconduct"
_GAPPED_CASE = re.compile(r"\bcase\s+to\s+answer\s+for\s+(?:gross\s+)?misconduct\s*,?\s+and\s+"
                          r"(?P<who>(?:(?!\b(?:had|has|have|was|were|is|are|for|that|we|it|they)\b)[^,.;]){2,80}?)\s+(?:one\s+)?for\s+"
                          r"(?P<grade>gross\s+misconduct|misconduct)\b(?!\s+(?:meetings?|hearings?|proceedings|notices?))", re.I)

# ... or with the level before the people each time: "a case to answer for gross misconduct for the custody sergeant, and for
# misconduct for the detention officer"
_GAPPED_CASE_LEVEL_FIRST = re.compile(r"\bcase\s+to\s+answer\s+for\s+(?:gross\s+)?misconduct\s+for\s+[^,.;]{2,80}?,?\s+and\s+for\s+"
                                      r"(?P<grade>gross\s+misconduct|misconduct)\s+for\s+(?P<who>[^,.;]{2,80}?)\s*(?=[,.;]|$)", re.I)


def _gapped_cases(sentence: str, decisions: list[Decision]) -> list[Decision]:
    """The people of a case said again with its verb left out, each a list of people and nothing else, at its own level."""
    if not decisions or not all(d.positive for d in decisions) or "misconduct" not in sentence:
        return []
    found = []
    for gapped in [*_GAPPED_CASE.finditer(sentence), *_GAPPED_CASE_LEVEL_FIRST.finditer(sentence)]:
        who, at = gapped.group("who"), gapped.start("who")
        people = _only_people(who)
        if not people:
            continue
        found.append(Decision([_shifted(p, at) for p in people], _grade_of(gapped.group("grade")), True))
    return found


# a sentence opening on whom it is about: "In respect of the sergeant, ...", "As for PC Hale, ..."
# a case found for someone by pronoun: "We found no case to answer for him", "we did not find a case to answer for her"
_FOR_A_PRONOUN = re.compile(r"\s*(?:(?:for|in\s+relation\s+to|in\s+respect\s+of)\s+(?:gross\s+)?misconduct\s+)?(?:for|against|in\s+respect\s+of|in\s+relation\s+to)\s+(him|her)\b(?![-\w])", re.I)
# a case someone says they were told of, in their own account: no decision ("PC Kerr said in interview that he had been
# told he had a case")
_TOLD_IN_SOMEONES_ACCOUNT = re.compile(r"\b(?:said|says|claimed|stated|insisted|maintained|told\s+us|account|interview)\b[^.;]*\b(?:told|informed)\s+(?:he|she|they)\s+"
                                       r"(?:\w+\s+)?(?:had|has|have)\s+(?:a|no)\s+$", re.I)
_WE_WOULD_HAVE_FOUND_A = re.compile(r"\bwe\s+would\s+(?:also\s+)?have\s+found\s+(?:a|no)\s+$", re.I)
_WE_FOUND_A = re.compile(r"\b(?:we|investigators?|(?:the|our)\s+(?:IOPC|IPCC|investigation))\s+(?:also\s+)?(?:found|did\s+not\s+find|identified|did\s+not\s+identify)\s+(?:a|no)\s+$", re.I)
# someone's claim that the evidence showed no case ("DC Kerr told us the evidence did not show a case to answer"): no
# decision of ours either way (not ours, "we said that", nor the force's view, "Essex Police said": cr52c)
_SAYING = r"(?:told\s+us|said|claimed|argued|insisted|maintained|suggested)"
_SOMEONE_SAID_THE_EVIDENCE = re.compile(r"^(?!.*\b(?:we|IOPC|force|Police|Constabulary|it)\b\s+(?:\w+\s+){0,2}?" + _SAYING + r"\b)"
                                        r".*\b" + _SAYING + r"\s+(?:that\s+)?(?:the\s+)?" + _EVIDENCE_DID_NOT_SHOW, re.I)
# those who speak for an officer at proceedings
_ADVOCATES = r"representative|counsel|solicitor|barrister|lawyer|advocate"
# someone arguing for the officer at the proceedings: what they submit decides nothing
# (only where the submission runs straight on to the case, with no clause break and no finding of ours between: not
# "Although his solicitor contended that he had acted lawfully, we concluded that PC Lane had a case")
_AN_ADVOCATE_ARGUED = re.compile(r"\b(?:" + _ADVOCATES + r")s?\b[^.;,]{0,60}\b(?:argued|submitted|contended|claimed)\s+"
                                 r"(?:that\s+)?(?:(?!\b(?:we|panel|chair)\b)[^.;,])*$", re.I)
# our case given up: "we agreed with it and withdrew our opinion"
# (not "we have not withdrawn our opinion", nor our finding on one allegation of several: "withdrew our finding on that
# allegation"; and only an opinion of a case, ended there: not "withdrew our opinion that he had a case to answer for gross
# misconduct and agreed he had one for misconduct", a level lowered, nor "our view that a meeting was needed", "our opinion
# that he may have committed a criminal offence")
_WE_WITHDREW_OUR_OPINION = re.compile(r"\bwe\b(?:(?:(?!\b(?:not|never)\b|n['’]t\b)[^.;]){0,120}\bwithdr(?:ew|awn)\s+our\s+(?:opinion|finding|view|decision)"
                                      r"|[^.;]{0,120}\b(?:did\s+not|decided\s+not\s+to)\s+pursue\s+our\s+(?:opinion|finding|view))\b"
                                      # (the person the opinion names, if it names one)
                                      r"(?P<that>\s+that\s+(?:[\w'’]+\s+){1,3}?(?:had|has)\s+a\s+case\s+to\s+answer(?:\s+for\s+misconduct)?)?"
                                      r"(?=\s*(?:[.;,]|$)|\s+(?:given|as|because|in\s+light)\b)", re.I)
# "The other two, both constables, had a case", "The other three had no case": the rest of a counted group, by number
# (with our view set in: "The other two, in our view, had a case", "The other two, we found, had", "The other three, in our
# view, did not have a case")
_THE_OTHER_N_HAD = re.compile(r"\s*(?P<who>The\s+(?:other|remaining)\s+(?P<n>two|three|four|five|six))(?:\s*,\s*(?:both|all)\s+(?P<noun>[a-z]+?)s\s*,)?"
                              # ("The other two, who had been members of the group but had not challenged it, had a case")
                              r"(?:\s*,\s*who\s+[^,;]{1,160},)?"
                              r"(?:\s*,\s*(?:in\s+(?:our|the\s+IOPC['’]s)\s+(?:view|opinion)|we\s+(?:found|decided|concluded|considered))\s*,)?"
                              r"\s+(?:also\s+|each\s+|both\s+|all\s+)?(?:had\s+(?:(?P<no>no)|a)|(?P<not>did\s+not\s+have\s+a))\s+(?:gross\s+misconduct\s+|misconduct\s+)?case\s+to\s+answer\b")
# what follows the people of a finding that the case words then close: "... had a", "... each had no"
_HAD_A_CASE_BEFORE = r"(?:also\s+|each\s+|both\s+|all\s+)?(?:had|has)\s+(?:a\s+|no\s+)?$"
# "the other two", as the subject of a finding
_THE_OTHER_N_AS_WHO = r"(?P<who>the\s+other\s+(?P<n>two|three|four|five|six|seven|eight))\s+"
# "We decided that the other three had a case", "We found each of the other two had a case": the rest of a counted group as
# the subject of our own finding, opening the sentence (not the force's "it accepted that the other two had", often those
# already decided on, nor "we would have decided", "we initially decided")
_THE_OTHER_N_AS_SUBJECT = re.compile(r"\W*(?:(?:However|In\s+addition),?\s+)?We\s+(?:also\s+)?(?:found|decided|concluded|considered)\s+(?:that\s+)?"
                                     r"(?P<who>(?:(?:each|all)\s+of\s+)?the\s+other\s+(?P<n>two|three|four|five|six|seven|eight))\s+"
                                     + _HAD_A_CASE_BEFORE, re.I)
# "..., and that the other two had a case to answer for misconduct": the rest of a counted group as the subject of a later
# clause of the same finding of ours (the sentence opening on it: not the force's "The force decided that ...")
_OUR_FINDING_OPENING = re.compile(r"\W*(?:(?:However|In\s+addition|When\s+our\s+investigation\s+ended|At\s+the\s+end\s+of\s+our\s+investigation),?\s+)?"
                                  r"(?:We|In\s+our\s+(?:view|opinion),\s+)\s*(?:also\s+)?(?:found|decided|concluded|considered)?\b", re.I)
_THE_OTHER_N_IN_A_LATER_CLAUSE = re.compile(r"(?:,\s*and|;\s*(?:and)?)\s+(?:that\s+)?" + _THE_OTHER_N_AS_WHO + _HAD_A_CASE_BEFORE, re.I)
# the force's answer about them, opening the sentence: "The force did not agree that the other two had a case to answer"
# (read with capitals kept)
_THE_FORCE_ON_THE_OTHER_N = re.compile(r"\W*(?:The\s+force|It|" + _A_FORCE_BY_NAME + r")\s+(?:did\s+not\s+agree|disagreed|agreed|accepted)\s+"
                                       r"(?:with\s+us\s+)?that\s+" + _THE_OTHER_N_AS_WHO + _HAD_A_CASE_BEFORE)
_TOPIC_OPENING = re.compile(r"\s*(?:In\s+(?:respect\s+of|relation\s+to|the\s+case\s+of)|As\s+(?:for|regards|to)|Regarding|Turning\s+to|For"
                            r"|With\s+regard\s+to)\s+(?P<who>[^,.;]{3,60}),")


# our own view that what someone did was no misconduct: "We decided this was not misconduct but practice requiring
# improvement", "We found that her actions amounted to practice requiring improvement", "did not amount to misconduct, but
# that his practice required improvement" (the regulations' lesser finding; not "his actions did not amount to
# misconduct" alone, which may be one matter of several: "However, he had a case ...")
_OUR_VIEW_NOT_MISCONDUCT = re.compile(
    r"^\W*(?:We|Our\s+investigation)\s+(?:also\s+)?(?:decided|found|concluded|considered)\s+(?:that\s+)?"
    r"(?:this|it|(?:his|her)\s+(?:[\w-]+\s+)?(?:conduct|actions?|failings?|failures?|behaviour|grading|decisions?))\s+"
    r"(?:(?:was\s+not\s+misconduct|did\s+not\s+amount\s+to\s+misconduct),?\s+but\s+(?:that\s+)?"
    r"(?:(?:his|her|their)\s+practice\s+required\s+improvement|(?:was|were)\s+practice\s+requiring\s+improvement|practice\s+requiring\s+improvement)"
    r"|amounted\s+to\s+practice\s+requiring\s+improvement)\b", re.I)


# one line of a list of findings: the person (with what they did, in brackets or after a comma), a colon, the finding
_FINDING_ITEM = re.compile(r"^\W*(?P<who>[^:;.]{2,160}?)\s*:\s*(?:(?P<no>no)|a)\s+case\s+to\s+answer"
                           r"(?:\s+for\s+(?P<grade>gross\s+misconduct|misconduct)\b)?", re.I)


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
        before = _OUR_VIEW_BEFORE_ITS_VERB.sub(_spaces, before)
        before = _INCLUDING_ONE_OF_THE_COUNTED.sub(lambda r: r.group("group") + " " * (r.end() - r.end("group")), before)
        before = _TRAILING_WHO.sub(_blank_trailing_who, before)
        before = _blank_who_running_to_the_verb(before)
        before = _WHO_BEFORE_BRACKET.sub(_spaces, before)
        before = _LETTER_APPOSITION.sub(lambda r: r.group(1) + " " * len(r.group(2)), before)
        after = sentence[m.end():]
        bare_before = _LEVEL_BEFORE.sub("", before)  # "she had a misconduct case": read as "she had a case"
        if (_WHETHER_OPEN.search(before) and not re.match(r"\s*(?:for\s+(?:gross\s+)?misconduct\s+)?(?:and|but)\b", after)
                or _LOOKED_AT_WHETHER.search(before) and not re.match(r"\s*(?:for\s+(?:gross\s+)?misconduct\s*)?,?\s*(?:and|but)\s+(?:we\s+)?(?:" + _ANSWERED + r")\b", after)):
            previous_end = m.end()
            continue  # (not "whether the officer had a case to answer, and concluded that he did")
        if _AN_ADVOCATE_ARGUED.search(before) or _SOMEONE_SAID_THE_EVIDENCE.search(before):
            previous_end = m.end()
            continue  # ("his representative argued that there was no case to answer": a submission, not a decision)
        negative = _negated(before)
        grade = _grade_after(after) or _level_named(m.group(0), before)
        cut = _last_break(before)
        # ("two officers, a constable who carried out the search and a sergeant who authorised it, had": the list read
        # before its relative clauses are blanked, which would swallow the second person)
        phrases = _counted_then_listed(sentence[previous_end:m.start()], relative=True) or _subjects_of(before, cut)
        if len(phrases) == 1 and (described := _described_in_apposition(before, phrases[0])) is not None:
            phrases = [described]  # ("the officer in charge at the scene, a constable with eight years' service, had")
        elif len(phrases) > 1:
            # ("the call handler, a member of police staff, and PC Treloar each had": in a list, a generic apposition is
            # the person before it, not someone of its own)
            phrases = [_the_one_a_generic_apposition_describes(before, p) or p for p in phrases]
        rest_of_counted = known_only = False
        if not phrases and previous_end == 0 and not negative and (others_subject := _THE_OTHER_N_AS_SUBJECT.match(before)) \
                and (the_other_n := _the_other_n_phrase(others_subject, "officer")) is not None:
            phrases = [the_other_n]
            rest_of_counted = True
        elif not phrases and not previous_end and (forces_view := _THE_FORCE_ON_THE_OTHER_N.match(before)) \
                and (the_other_n := _the_other_n_phrase(forces_view, "officer")) is not None:
            phrases = [the_other_n]  # (as "the other two officers" is read, of those known only)
            known_only = True
        elif not phrases and previous_end and not negative and _OUR_FINDING_OPENING.match(sentence) \
                and (later := _THE_OTHER_N_IN_A_LATER_CLAUSE.search(before)) \
                and (the_other_n := _the_other_n_phrase(later, "officer")) is not None:
            phrases = [the_other_n]
            rest_of_counted = True
        if not phrases and (vehicle := _VEHICLE_ROLE.search(before)):
            # "the driver had a case to answer": only someone serving can have one, so the driver is police
            phrases = [_vehicle_phrase(vehicle)]
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
        second = None  # (a pronoun's case as its second predicate, read below)
        tail_offset = 0
        counted = None
        if len(phrases) == 1 and (opening := _THE_OTHER_N_OPENING.match(sentence)) and opening.end() <= previous_end + phrases[0].start \
                and (_EACH_OF_THEM.fullmatch(phrases[0].text)
                     # ("The other three had taken part ..., and we decided each of the three had a case": the same three)
                     or re.fullmatch(r"(?:each|all)\s+of\s+th(?:e|ose|ese)\s+" + opening.group("word"), phrases[0].text, re.I)
                     and re.search(r"\bwe\s+(?:also\s+)?(?:found|decided|concluded|considered)\s+(?:that\s+)?$", before[:phrases[0].start], re.I)):
            phrases, bare = [], opening.group("word").lower()
        elif not phrases and previous_end == 0 and (opening := _THE_OTHER_N_OPENING.match(sentence)) \
                and re.search(_THEY_HAD_A.format(word=opening.group("word")), before, re.I):
            # "The remaining two had posted very little, and we found they had a case": the two the sentence opens on
            # ("The other two had received the messages without reporting them, and had a case": its second predicate)
            bare = opening.group("word").lower()
        elif not phrases and previous_end == 0 and (opening := _THE_OTHER_N_NOUN_OPENING.match(sentence)) \
                and re.search(_THEY_HAD_A.format(word=opening.group("n")), before, re.I):
            bare = opening.group("n").lower()  # ("The other two constables had ..., and we found they had a case": those two)
        bare_actor = _BARE_PRONOUN_ACTOR.search(before)
        each_of_them = len(phrases) == 1 and _EACH_OF_THEM.fullmatch(phrases[0].text) \
            and re.search(r"(?:[,;]\s*(?:and\s+)?(?:so\s+)?|\bmean[ts]\s+)$", before[:phrases[0].start])
        bare_word = re.sub(r"\s+", " ", bare_actor.group("word").lower()) if bare_actor else ""
        # (", and that each had a case", after "We found that two of the officers, PC Vance and PC Redfern, had ...")
        each_bare = bare_word in ("all", "each", "both", "neither", "neither of them", "none of them") \
            and (re.match(r"[;,]|mean[ts]\b|(?:found|decided|concluded|considered)\b", bare_actor.group(0), re.I)
                 or re.match(r"that\b", bare_actor.group(0), re.I) and re.search(r",\s*and\s+$", before[:bare_actor.start()]))
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
                bare = {"neither": "both", "neither of them": "both", "all": "each", "none of them": "each", "one other": "another"}.get(bare_word, bare_word)
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
                        # (not the reasons, person by person, after the list: "for both the PCSO and the constable: for the
                        # PCSO because ..., and for the constable because ...")
                        named = {re.sub(r"^(?:both|either|each)\s+(?:the\s+)?", "", _who(p)[0]) for p in phrases}
                        phrases += [p for p in _people_of_further_parts(tail.group(1).split(".", 1)[0], phrases[-1].end)
                                    if _who(p)[0] not in named]
                    counted = _EVERY_ONE_OF_THE.match(tail.group(1)) if not phrases else None
                    placed = re.match(r"the\s+(third|fourth|fifth|sixth)\b(?!\s+[a-z])", tail.group(1)) if not phrases else None
                    if counted:
                        bare = counted.group("n").lower()  # "against every one of the four": the four, their noun implied
                    elif placed:
                        bare = placed.group(1).lower()  # "no case to answer for the fifth, who ...": one of a counted group, by place
                    # (or the level named before the case, in our own finding: "We concluded that there was a gross misconduct case
                    # to answer for the sergeant"; not someone's belief, nor our question, "whether there was ...")
                    grade = _grade_after(after) or (_grade_after(tail.group(1)[phrases[-1].end:]) if phrases else None) \
                        or (_level_named(m.group(0), before) if _OUR_FINDING_OF_A_LEVELLED_CASE.match(before) else None)
                    tail_offset = m.end() - previous_end + tail.start(1)  # (their place in the sentence, for the shift below)
        if not phrases and not bare and previous_end == 0 and (topic := _TOPIC_OPENING.match(sentence)) \
                and (re.search(r"\b(?:he|she)\b", before[topic.end():], re.I)
                     # ("For the custody sergeant, our view was that the case to answer was one of gross misconduct")
                     or re.search(r"\bthe\s+$", before) and re.search(r"\b(?:our\s+view|we\s+(?:found|decided|concluded))\b", before[topic.end():], re.I)) \
                and len(about := find_phrases(topic.group("who"))) == 1 \
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
        if tail_offset and phrases and grade and not negative \
                and (again := _LEVEL_AGAIN.search(sentence, phrases[0].end)) and any(p.start >= again.end() for p in phrases):
            # (each part's people at its own level: those before the second level at the first)
            decisions.append(Decision([p for p in phrases if p.start < again.start()], grade, True, exclusive=exclusive))
            phrases = [p for p in phrases if p.start >= again.end()]
            grade = "gross_misconduct" if again.group("gm") else "misconduct"
        if phrases or bare:
            decisions.append(Decision(phrases, "no_case" if negative else (grade or "unknown"), not negative, bare,
                                      exclusive=exclusive, nobody=nobody, of_counted=counted is not None, rest_of_counted=rest_of_counted,
                                      known_only=known_only, they=bool(bare and bare_actor and _BY_PRONOUN_OR_ALL.search(bare_actor.group(0)))))
        elif so_one \
                and (about := _the_consequence_is_about(sentence[previous_end:previous_end + so_one.start()])) is not None \
                and (about or negative):
            # (a consequence is about the subject of the clause it follows, not whoever was talked about last: read that
            # way, "so she had no case" took another person's meeting away; with nobody named before it, whoever was)
            decisions.append(Decision([_shifted(p, previous_end) for p in about], "no_case" if negative else (grade or "unknown"),
                                      not negative, implicit=not about, singular=not about))
        elif (serving_if := _IF_STILL_SERVING.search(bare_before)) and _WE_WOULD_HAVE_FOUND_A.search(bare_before, serving_if.end()):
            # "If he had still been serving, we would have found a case to answer": the one the condition names (or means,
            # by pronoun: whoever was just talked about and not yet decided on)
            named = [p for p in find_phrases(serving_if.group("who")) if p.definite and p.count == 1]
            verdict = "no_case" if negative else (grade or "unknown")
            decisions.append(Decision([_shifted(named[0], previous_end + serving_if.start("who"))], verdict, not negative)
                             if len(named) == 1 else Decision([], verdict, not negative, implicit=True, singular=True, undecided=True))
        elif previous_end == 0 and (and_that := _AND_THAT_ONE_HAD.search(before)) \
                and (subject := _THAT_CLAUSE_SUBJECT.match(sentence, 0, and_that.start())) \
                and len(named := find_phrases(sentence[subject.start("who"):and_that.start()])) == 1 and named[0].start == 0 \
                and (named[0].definite or named[0].label) and not named[0].plural \
                and not _past_letter(named[0], subject.group("who")[named[0].end:]).strip() \
                and not _OTHER_FORMS_OF[(pronoun := and_that.group("pronoun").lower())].search(sentence, subject.end("who"), and_that.start()):
            # "we considered that the call handler had not gathered ..., and that she had a case": the "that" clause's subject
            # (not where the clause names anyone else or tells "her" or "him", who may be someone else: "the officer had used
            # her login without her knowledge, and that she had no case"; nor one the report tells of by the other pronoun,
            # checked where the report is read: see AppliesDecisions._read_decisions)
            decisions.append(Decision([_shifted(named[0], subject.start("who"))], "no_case" if negative else (grade or "unknown"),
                                      not negative, by_pronoun=pronoun))
        elif _FOR_A_PRONOUN.match(after) and _WE_FOUND_A.search(bare_before):
            # "We did not find a case to answer for him": whoever was just talked about
            decisions.append(Decision([], "no_case" if negative else (grade or _grade_after(after) or "unknown"), not negative,
                                      implicit=True, singular=True, undecided=True))
        elif _PRONOUN_ACTOR.search(bare_before) and not _TOLD_IN_SOMEONES_ACCOUNT.search(bare_before) or (second := _PRONOUN_THEN_SECOND_PREDICATE.search(bare_before)) or _THIS_AMOUNTED_TO.search(bare_before) or _there_was_a_case(bare_before, sentence) or (not before.strip(" ,") or re.search(r"(?:^|[.;,]\s*|\bthat\s+)(?:a|no)\s+$", before, re.I)) and _FOUND_AFTER.match(after):
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
                                          singular=bool(_SINGULAR_PRONOUN_ACTOR.search(bare_before) or second)))
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
    if not decisions and (item := _FINDING_ITEM.match(sentence)):
        # a list of findings, one person a line: "PC Harland (the strikes to the head): a case to answer for gross
        # misconduct", "the fourth officer, a constable taking details: no case to answer"
        who = [p for p in find_phrases(item.group("who")) if p.count == 1 and not p.plural][:1]
        if who:
            negative = bool(item.group("no"))
            decisions.append(Decision([replace(who[0], definite=True)], "no_case" if negative else
                                      (_grade_of(item.group("grade")) if item.group("grade") else "unknown"), not negative))
    others = _THE_OTHER_N_HAD.match(sentence)
    if others and all(p.end <= others.end() for d in decisions for p in d.phrases):
        # "The other two, both constables, had a case to answer for misconduct": as "the other two constables" would (not
        # the apposition's "both constables", two known)
        if (the_other_n := _the_other_n_phrase(others, others.group("noun") or "officer")) is not None:
            decisions = []
            negative = bool(others.group("no") or others.group("not"))
            grade = "no_case" if negative else (_grade_after(sentence[others.end():]) or "unknown")
            decisions.append(Decision([the_other_n], grade, not negative))
    decisions = [_without_apposition(d, sentence) for d in decisions]
    if not decisions and (agreed := _AGREED_IT_AMOUNTED_TO.search(sentence)):
        # "the force agreed that the matter constituted misconduct": the level of the case just told, whose own
        # wording gave none
        decisions.append(Decision([], _grade_of(agreed.group("grade")), True, implicit=True, singular=True))
    if not decisions and _OUR_VIEW_NOT_MISCONDUCT.search(sentence):
        # "We decided this was not misconduct but practice requiring improvement": no case, in our own voice, for whoever was
        # just talked about and not yet decided on (of one with a case, a word on another matter)
        decisions.append(Decision([], "no_case", False, implicit=True, singular=True, undecided=True))
    return decisions


def _the_other_n_phrase(said: re.Match[str], noun: str) -> Phrase | None:
    """"the other three", said where ``said`` matched (its groups "who" and "n"), read as "the other three <noun>s" would
    be, placed at the words the sentence has."""
    named = find_phrases(f"the other {said.group('n').lower()} {noun}s")
    return replace(named[0], start=said.start("who"), end=said.end("who"), text=said.group("who")) if named else None


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
        if not phrases and (vehicle := _VEHICLE_PERSON.fullmatch(m.group("who"))):
            # ("could find that the driver had committed gross misconduct": only someone serving faces that, so police)
            phrases = [_vehicle_phrase(vehicle, m.start("who"))]
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


# "neither necessary nor proportionate, and that he had a case", "..., and the officer had a case": a pair of words
# before the clause that decides, no denial of the case
# (or a relative clause's pair, then the clause: "his use of force, which was neither necessary nor proportionate, gave him a case")
_NEITHER_NOR_THEN_A_CLAUSE = re.compile(r"\bneither\s+[\w-]+\s+nor\s+[\w-]+\s*,\s*(?:and\s+(?:that\b|(?=the\s|(?:he|she|they)\s))|\s*(?=(?:(?:he|she)\s+had|gave\s+(?:him|her))\s+a\s*$))", re.I)
_ANY_NEGATIVE = re.compile(r"\b(?:not|never|no|disput\w*|argu\w*|claim\w*|alleg\w*|contend\w*|den(?:y|ied))\b|n['’]t\b", re.I)


# a case that fell short, in our own voice: "In our view this fell short of a case to answer for misconduct for the officer"
# (not the force's view we then rejected: "The force said her conduct fell short of a case to answer. We disagreed"; nor our
# question, "whether ... fell short of", nor a denial, "had not fallen short of")
_FELL_SHORT_IN_OUR_VIEW = re.compile(r"(?:\bin\s+our\s+(?:view|opinion)|\bwe\s+(?:also\s+)?(?:decided|found|concluded|considered|judged))\b"
                                     r"(?:(?!\b(?:whether|if|not|never)\b|n['’]t\b)[^.;])*\b(?:fell|falls|fall|fallen)\s+short\s+of\s+(?:a\s+)?$", re.I)


def _negated(before: str) -> bool:
    """Whether the words before a case-to-answer say there was none: a negative just before them
    (past any level word, "no misconduct case"), or a negative clause they stand in."""
    clause = before[max([0] + [c.end() for c in _CLAUSE_EDGE.finditer(before)]):]
    pair = _NEITHER_NOR_THEN_A_CLAUSE.search(clause)
    if pair and not _ANY_NEGATIVE.search(clause, 0, pair.start()):
        # ("Our finding was that the force he used was neither necessary nor proportionate, and that he had a case": a pair
        # of words, not the case denied; not "did not consider that ... neither ... nor ..., and that")
        clause = clause[:pair.start()] + clause[pair.end():]
    bare = _LEVEL_BEFORE.sub("", before)
    lowered = bare.lower()
    return bool(_NEGATIVE_BEFORE.search(bare)) or bool(_NEGATIVE_CLAUSE.search(clause + " ")) \
        or bool(_FELL_SHORT_IN_OUR_VIEW.search(before)) \
        or "found to have" in lowered and bool(_NOBODY_FOUND_TO_HAVE.search(bare)) \
        or "evidence" in lowered and bool(_THE_EVIDENCE_DID_NOT_SHOW.search(bare))


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


# our finding that there was a case at a level, the person after it: "We concluded that there was a gross misconduct case (to
# answer for the custody sergeant)"; "At the end of our investigation, we found a gross misconduct case ..."
# (not a finding someone else quotes: an opening quotation mark)
_OUR_FINDING_OF_A_LEVELLED_CASE = re.compile(r"^(?!\W*[“\"‘'])\W*(?:(?:in\s+our\s+(?:view|opinion)|(?:when|once|after)\s+(?:our|the)\s+investigation\s+(?:ended|finished|concluded|was\s+complete)"
                                             r"|at\s+the\s+(?:end|close|conclusion)\s+of\s+(?:our|the)\s+investigation),?\s+)?we\s+(?:also\s+)?(?:concluded|decided|found)\s+"
                                             r"(?:that\s+)?(?:there\s+(?:was|were)\s+)?(?:a\s+)?(?:gross\s+)?misconduct\s+$", re.I)


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
        if starts and re.search(r"\b(?:nothing|no\s+(?:evidence|indication)|(?:did|does)\s+not\s+(?:suggest|show|indicate|consider|think|believe))\b[^.;,]{0,60}$",
                                sentence[:starts[-1]], re.I):
            # ("nothing we found suggested that their conduct could amount to misconduct": denied before its clause; not
            # "although nothing suggested he meant to ignore her, his failure could amount to misconduct", a clause apart)
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
