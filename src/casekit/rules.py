"""Report-level rules: each returns a value and the sentence(s) that justify it.

Every rule is small, reads the parsed page (never raw text), and cites its
evidence as a ``Span`` of the repaired text, so each number in a table can be
traced to the words behind it.
"""

from __future__ import annotations

from bisect import bisect_right
import re
from dataclasses import dataclass
from typing import Callable, Iterator

from . import cues, sentence_model
from .alternation import Alternation
from .page import MONTH_NAMES, Page, Span
from .schema import find_forces, fuzzy_title_forces
from .subjects.facts import _WHETHER_TO_RECOMMEND
from .subjects.phrases import _TITLES


@dataclass(frozen=True)
class Finding:
    value: object
    evidence: tuple[Span, ...] = ()
    rule: str = ""


# how a question may be asked more closely: "looked carefully at whether", "considered closely whether"
_CLOSELY = r"(?:\s+(?:carefully|closely|specifically|fully|thoroughly|further))?"
# our asking a question, closely or not ("We considered whether ...", "we weighed up whether ...", "we looked closely at
# whether ...")
_WEIGHED = r"weighed(?:\s+up)?"
_ASKED_WHETHER = (r"(?:considered|looked" + _CLOSELY + r"\s+at|examined|assessed|reviewed|thought" + _CLOSELY + r"\s+about|" + _WEIGHED
                  + r"|asked(?:\s+ourselves)?)" + _CLOSELY)
# whether a lower-cased text holds any of these lower-case words: the cheap test before a slow pattern
_mentions = cues.mentions


def _first(page: Page, pattern: re.Pattern[str], exclude: re.Pattern[str] | None = None,
           gate: tuple[str, ...] = (), also: re.Pattern[str] | None = None,
           negated_before: re.Pattern[str] | None = None) -> Span | None:
    """The first sentence the pattern matches (and ``also`` matches, where given; ``negated_before`` does not,
    up to the match's end). ``gate``: words (lower case) without which it cannot, checked first because most
    sentences have none of them."""
    if gate and not _mentions(page.lowered, gate):
        return None  # no sentence can hold what the page does not
    for sentence, lowered in zip(page.sentences, page.lowered_sentences):
        if gate and not _mentions(lowered, gate):
            continue
        m = pattern.search(sentence.text)
        if m and not (exclude and exclude.search(sentence.text)) and not (also and not also.search(sentence.text)) \
                and not (negated_before and negated_before.search(sentence.text, 0, m.end())):
            return sentence
    return None


def _index_of(page: Page, sentence: Span) -> int:
    """The place of one of the page's own sentences (the very span a rule found, not an equal one)."""
    return next(i for i, s in enumerate(page.sentences) if s is sentence)


def _answered_no(page: Page, question: re.Pattern[str], answer: re.Pattern[str],
                 gate: tuple[str, ...], asked_by_us: bool = False, exclude: re.Pattern[str] | None = None) -> tuple[Span, Span] | None:
    """A sentence asking whether something happened, answered "no" by the next sentence on its own:
    "We considered whether ... any learning for the force. We did not identify any." Both sentences are the
    evidence, since neither says it alone. ``asked_by_us``: only where the IOPC asks (not "The attending officers
    assessed whether ... They found no evidence that they did."); ``exclude``: not a question it matches (someone
    else's: "The force's professional standards department had considered whether ... It found nothing.")."""
    if not _mentions(page.lowered, gate):
        return None
    sentences = page.sentences
    for asked, answered, lowered in zip(sentences, sentences[1:], page.lowered_sentences):
        if _mentions(lowered, gate) and (m := question.search(asked.text)) and answer.search(answered.text) \
                and not (asked_by_us and _ASKER_NOT_US.search(asked.text, 0, m.start())) and not (exclude and exclude.search(asked.text)) \
                and not (lowered.count("whether") > 1 and _PRONOUN_REPLY.match(answered.text)):
            # (a reply by pronoun to a sentence asking two things: "whether it could amount to assault, and whether he had
            # recorded it. We concluded that he had not.")
            return asked, answered
    return None


# a reply by pronoun alone, which answers whichever question was asked last: "We concluded that he had not."
# the newer words a lead clause of our answer opens with ("Bearing in mind the guidance, ...", "In the light of the
# footage, ...", "Weighing the footage against his account, ...": what we weighed, not whose, "Considering his driving")
_NEWER_OPENERS = r"(?:bearing\s+in\s+mind|in\s+(?:the\s+)?light\s+of|(?:taking|considering|weighing)\s+(?:the|all|everything|these|this))"
# our view denied in the newer words: "did not think", "didn't consider"
_DID_NOT_THINK = r"(?:did\s+not|didn['’]t)\s+(?:think|consider|believe)"
_PRONOUN_REPLY = re.compile(r"\W*(?:we\s+)?(?:concluded|decided|found)\s+(?:that\s+)?(?:(?:he|she|they|it)\s+(?:had|did|was|were|could)|there\s+(?:was|were))\s+not\b"
                            # (and in the newer words: "In the light of the footage, we did not think there was an indication
                            # that he had.")
                            r"|\W*(?:" + _NEWER_OPENERS +
                            r"|[^.]*?\bwe\s+(?:also\s+)?" + _DID_NOT_THINK + r")\b[^.]*?\bthat\s+(?:he|she|they|it)\s+(?:had|did)\b", re.I)
# someone other than the IOPC asking: "The attending officers assessed whether ...", "The force considered whether ..."
# (with what says which of them: "Officers called to the street assessed whether ...")
_ASKER_NOT_US = re.compile(r"\b(?:officers?|constables?|sergeants?|inspectors?|force|constabulary|Police|call\s+handlers?|CPS|staff"
                           # ("The force's professional standards department first considered whether ...": its own review)
                           r"|department|PSD|jury|coroner|inquest|panel|chair|unit|court)"
                           r"(?:\s+(?:called|sent|who|at|on|from|in|dealing|attending)\b[^.;,]{0,40})?\s+(?:also\s+|then\s+|first\s+|initially\s+|had\s+)?$", re.I)


# The answer, complete in itself and pointing back at the question: "We found no indication that they had.",
# "We did not identify any.", "We found none." (not "We found no record of the handover.")
# what a referral threshold is for: "for referring a file to the Crown Prosecution Service", "for a referral to the CPS"
_FOR_A_FILE_TO_THE_CPS = (r"for\s+(?:(?:referring|referral\s+of|sending|submitting)\s+(?:a\s+|the\s+|any\s+)?(?:file|case|matter)|(?:a\s+)?referral)\s+to\s+the\s+"
                          r"(?:CPS|Crown\s+Prosecution\s+Service)")
# what a threshold not met was for, and what followed from it: "... for that offence, and no file was sent to the CPS",
# "... for a criminal prosecution", "..., as there was no evidence that ..."
# ("did not reach the threshold for a referral to the CPS")
_THRESHOLD_TAIL = (r"(?:\s+for\s+(?:(?:a|an|any|that|this|the|either|each)\s+(?:criminal\s+)?(?:offences?|prosecution|charge)|either\s+of\s+them)"
                   r"|\s+" + _FOR_A_FILE_TO_THE_CPS + r")?"
                   r"(?:,\s*(?:as|because|since|given|so)\b[^.]*|,\s*and\s+no\s+(?:other\s+offence|file|further\s+action)\b[^.]*)?")
# the threshold for a referral to the CPS not met: "the threshold for referring a file to the Crown Prosecution Service had not been met"
_CPS_THRESHOLD_NOT_MET = (r"the\s+threshold\s+" + _FOR_A_FILE_TO_THE_CPS + r"\s+(?:had\s+not\s+been|has\s+not\s+been|was\s+not)\s+(?:met|reached|crossed)")
_CPS_THRESHOLD_NOT_MET_RE = re.compile(_CPS_THRESHOLD_NOT_MET, re.I)
# "... beyond the individual learning for the two officers involved": learning for the people, and none for the force
_BEYOND_INDIVIDUAL_LEARNING = (r"\s+(?:beyond|other\s+than|apart\s+from|except(?:\s+for)?)\s+(?:the\s+)?individual\s+learning\s+for\s+(?:the\s+|both\s+)?(?:[\w-]+\s+){0,3}?"
                               r"(?:people|officers?|constables?|sergeants?|staff|members?\s+of\s+staff|call\s+handlers?|him|her|them)(?:\s+(?:involved|concerned))?")
# what the people involved were given, set apart from the force's learning: "beyond what had already been addressed with
# the individuals", "beyond the outcomes for the officers involved"
_BEYOND_WHAT_THE_PEOPLE_GOT = (r"\s*,?\s+(?:beyond|other\s+than|apart\s+from|except(?:\s+for)?)\s+(?:"
                               r"what\s+had\s+(?:already\s+)?been\s+(?:addressed|dealt\s+with|done|covered)\s+with\s+(?:the\s+|both\s+)?(?:(?!(?:all|new|probationary)\b)[\w-]+\s+)?(?:individuals|officers|people|staff)"
                               r"|the\s+(?:individual\s+)?outcomes?\s+for\s+(?:the\s+|both\s+)?(?:[\w-]+\s+){0,2}?(?:individuals|officers|people|staff))"
                               r"(?:\s+(?:involved|concerned))?")
# an aside between an answer's verb and what it found: "decided, in the context of a closed private group, that there was
# no indication ...", "concluded, given what he had been told, that ..." (a clause of circumstance, not a second finding)
# (a concession too: "concluded that, although they were inappropriate, they did not meet that threshold")
_ASIDE = (r"(?:\s*,\s*(?:(?:in|given|on|after|having|as|for|despite|with|taking|based|bearing|considering)\b"
          # (a concession naming no one: not "whilst PC Vale's posts needed further examination", a person left open)
          r"|(?:although|though|while|whilst)\b(?![^.,;]*\b(?:PCs?|DCs?|DS|PS|officers?|constables?|sergeants?|inspectors?|[A-Z][a-z]+['’]s)\b))"
          # (not an exception: "with the exception of PC Vale", "in all but one case")
          r"(?![^.,;]*\b(?:except\w*|but|apart|other\s+than|save)\b)[^.,;]{1,120},)?")
_NO_SUCH_FINDING = (r"(?:(?:(?:found|identified|saw)\s+(?:none|nothing(?:\s+to\s+(?:indicate|suggest|show))?|no\s+(?:such\s+)?(?:indication|evidence))"
                    # ("We concluded that it did not: the training ... was in line with national guidance.", the answer alone)
                    r"|(?:concluded|decided)(?:\s+that(?=\s*,))?" + _ASIDE + r"\s+(?:that\s+)?(?:it|they)\s+did\s+not(?=\s*(?:[.:;]|$))"
                    r"|(?:did\s+not|didn['’]t)\s+(?:find|identify|see)\s+an?\s+(?:indication|evidence)"
                    r"|(?:concluded|decided)(?:\s+that(?=\s*,))?" + _ASIDE + r"\s+(?:that\s+)?there\s+(?:was|were)\s+no\s+(?:such\s+)?(?:indication|evidence)"
                    # ("concluded that the evidence did not indicate that he had", "We decided that the evidence did not reach that
                    # threshold.")
                    r"|(?:concluded|decided|found)\s+(?:that\s+)?the\s+evidence\s+(?:did\s+not\s+(?:indicate|show|suggest|(?:meet|reach)\s+(?:the|that|this)\s+threshold" + _THRESHOLD_TAIL + ")"
                    # ("the evidence fell short of the threshold for either offence")
                    r"|fell\s+short\s+of\s+(?:the|that|this)\s+threshold" + _THRESHOLD_TAIL + "))"
                    # ("... that any of the officers had committed one")
                    r"(?:\s+(?:(?:that\s+)?(?:he|she|they|it|either(?:\s+of\s+them)?|any\s+of\s+(?:them|the\s+(?:\w+\s+)?(?:officers|constables|two|three|four|five|six))"
                    # ("... that any officer had")
                    # ("... that it could", of what they did that could amount to an offence)
                    # ("... that he may have committed one")
                    r"|any\s+(?:police\s+)?(?:officer|constable|member\s+of\s+staff))\s+(?:had|did|could|(?:may|might)\s+have)"
                    # ("... that he had committed either offence", the two just asked about)
                    r"(?:\s+(?:done\s+)?so|\s+committed\s+(?:one|either\s+offence|(?:that|this|the|such\s+an)\s+offence))?|of\s+(?:this|that|it|any\s+(?:criminal\s+)?offences?)"
                    # ("... did not indicate that offence had been committed")
                    r"|(?:that\s+)?(?:the\s+|that\s+|this\s+|an?\s+|any\s+)?(?:criminal\s+)?offence\s+(?:had|has)\s+been\s+committed))?"
                    r"|(?:did\s+not|didn['’]t)\s+(?:find|identify|see)\s+any(?:thing)?"
                    # ("we concluded that they fell short of the threshold for a criminal offence", with its reason: ", as there
                    # was no evidence that ...")
                    r"|(?:concluded|decided|found)\s+(?:that\s+)?(?:it|they|he|she|this|these|those|(?:his|her|their)\s+(?:conduct|actions|behaviour|messages|comments|driving))"
                    r"\s+(?:fell\s+short\s+of|did\s+not\s+(?:meet|reach|cross))\s+(?:the|that|this)\s+threshold" + _THRESHOLD_TAIL +
                    # ("we did not think that threshold was reached for any of the officers")
                    r"|(?:did\s+not|didn['’]t)\s+(?:think|consider|believe)\s+(?:that\s+)?(?:the|that|this)\s+threshold\s+(?:was|had\s+been)\s+(?:reached|met|crossed)"
                    r"(?:\s+(?:for|by)\s+(?:any|either|each|none)\s+of\s+(?:them|the\s+(?:\w+\s+)?(?:officers|constables|sergeants|staff)))?"
                    # ("we decided the threshold for a criminal offence had not been met")
                    # ("... the threshold for a criminal investigation had not been reached")
                    r"|(?:concluded|decided|found)\s+(?:that\s+)?the\s+threshold\s+for\s+(?:a|an|any|that|this)\s+(?:criminal\s+(?:offence|prosecution|charge|investigation)|offence|prosecution|charge)\s+"
                    r"(?:had\s+not\s+been|has\s+not\s+been|was\s+not)\s+(?:met|reached|crossed)"
                    # ("... was not met by any of the five")
                    r"(?:\s+(?:by|for)\s+(?:any|either|each)\s+of\s+(?:them|the\s+(?:\w+\s+)?(?:two|three|four|five|six|officers|constables)))?" + _THRESHOLD_TAIL +
                    # ("We concluded there were none.", "We decided there was none beyond the individual learning for the two people
                    # involved.": none for the force; "We concluded there was not: ...")
                    r"|(?:concluded|decided)\s+(?:that\s+)?there\s+(?:was|were)\s+none(?:" + _BEYOND_INDIVIDUAL_LEARNING + r"(?=\s*[.;]?\s*$))?"
                    r"|(?:concluded|decided)\s+(?:that\s+)?there\s+(?:was|were)\s+not(?=\s*(?:[.:;]|$))"
                    # ("we decided the threshold for referring a file to the CPS had not been met": the referral threshold is an
                    # indication that an offence may have been committed)
                    r"|(?:concluded|decided|found)\s+(?:that\s+)?" + _CPS_THRESHOLD_NOT_MET + ")"
                    r"(?:\s+(?:either|at\s+all|in\s+this\s+case))?")
_SHORT_ANSWER_NO = re.compile(
    # ("We did not find any: the force's policy was sound.", "We found nothing that needed to.")
    # (after a clause saying how, of no one in particular: "Having examined the footage, we did not find an indication that
    # he had.", "After reviewing ..."; not "Having reviewed the footage of the first constable, ...", an answer for one)
    r"^\W*(?:(?:having\s+(?:examined|reviewed|considered|looked\s+at|assessed|analysed|read|watched|studied|listened\s+to|taken|sought|obtained|received|weighed)|after\s+(?:examining|reviewing|considering|looking\s+at|assessing|analysing|taking|seeking|obtaining|receiving)|taking\s+into\s+account"
    # ("Because they were sent within a closed group, and having taken legal advice, we ...")
    r"|because|given|as)\b"
    # ("After obtaining the officers' accounts, we ...": all of them, by the plural's possessive)
    r"(?:(?!\b(?:first|second|third|other|one|either|each|both|PC|DC|DS|constables?|officer|officers(?!['’])|sergeants?|inspectors?|his|her|their)\b)[^.;]){1,160}?,\s*(?=we\b))?"
    r"(?:(?:we|it|they|the\s+investigation)\s+)?" + _NO_SUCH_FINDING + r"(?:\s+that\s+needed\s+to(?:\s+change)?)?"
    # (and what followed from it: ", so no file was sent to the Crown Prosecution Service", "and so we did not send a file")
    r"(?:,?\s*(?:so|and)\s+no\s+(?:file|referral)\s+(?:was|were|went)\b[^.]*|,?\s*(?:and\s+)?so\s+we\s+did\s+not\s+(?:send|refer|pass)\b[^.]*)?\s*"
    # (the reason may say what would not have changed: "...: an earlier visit would not have changed the outcome")
    r"(?:\.|:\s+(?![^.]*\b(?:instead|already|since|introduced|retrain\w*|(?<!\bnot\shave\s)(?<!n['’]t\shave\s)changed|updated|rewr\w*|revised|amended|replaced|moved|new|now|brought\s+in|installed|launched)\b)[^.]*\.?)?\s*$"
    r"|^\W*(?:there\s+(?:was|were)\s+none|none\s+(?:was|were)\s+(?:found|identified))\s*\.?\s*$"
    # "Nothing we found suggested that the PCSO had committed one." (the offence just asked about; ours)
    # ("Nothing in the evidence suggested that any of the three had committed one.")
    r"|^\W*nothing\s+(?:(?:that\s+)?(?:we|our\s+investigation)\s+(?:\w+\s+){0,2}?|in\s+the\s+evidence\s+)(?:suggested|indicated|showed)\s+(?:that\s+)?"
    r"(?:he|she|they|(?:the|either|any)\s+(?:of\s+the\s+)?(?:\w+\s+)?(?:officers?|constables?|sergeants?|inspectors?|PCs?|PCSOs?|staff|detention\s+officers?|call\s+handlers?))"
    r"\s+(?:had|may\s+have|might\s+have)\s+committed\s+(?:one|it|such\s+an?\s+offence)\s*\.?\s*$"
    # "The evidence did not indicate that any of the three had committed one.": the evidence's own voice, of those counted or
    # all of them (not "he" or "the other officer", who may be someone the question did not ask about)
    r"|^\W*the\s+evidence\s+(?:also\s+)?did\s+not\s+(?:indicate|show|suggest)\s+(?:to\s+us\s+)?(?:that\s+)?"
    r"(?:they|(?:any|either|none|each)\s+of\s+(?:them|the\s+(?:two|three|four|five|six)))\s+(?:had|may\s+have|might\s+have)\s+committed\s+(?:one|it|such\s+an?\s+offence)\s*\.?\s*$"
    # "In our view there was no indication that he had."
    r"|^\W*(?:in\s+our\s+(?:view|opinion),?\s+)?there\s+(?:was|were)\s+no\s+(?:such\s+)?(?:indication|evidence)"
    # (and a reason after a colon: "...: the evidence suggested he had been reckless, rather than ...")
    # (a reason that is no other offence, nor evidence missing: not "...: it was the other constable whose punch ...", "...:
    # the footage had been deleted")
    r"(?:\s+(?:that\s+)?(?:he|she|they|it)\s+(?:had|did)(?:\s+(?:done\s+)?so)?)?\s*(?:\.|:\s+(?![^.]*\b(?:but|however|although|though|other|another|offences?|assault\w*|may|might|could|deleted|missing|lost|unavailable|available)\b)[^.]*\.?)?\s*$", re.I)
# ... and for an offence, one answer more: "We considered whether the special constable had committed a criminal offence.
# We concluded that he had not." (a reply by pronoun that answers only "whether he had committed", never a learning question)
_HAD_NOT_REPLY = re.compile(r"^\W*we\s+(?:concluded|decided)\s+(?:that\s+)?(?:he|she|they)\s+had\s+not(?:\s+done\s+so)?\s*\.?\s*$", re.I)


# --- forces -------------------------------------------------------------------

# A force named in the body counts only where the sentence ties it to the
# conduct under investigation (its officers, its referral, its decisions);
# a force merely contacted or mentioned does not.
_SUBJECT_CONTEXT_AFTER = re.compile(
    r"^\W{0,3}(?:\([A-Z]{2,5}\)\s*)?(?:police\s+)?(?:officers?|staff|constables?|sergeants?|custody|call\s+handlers?|"
    r"referred|agreed|held|determined|disagreed|decided|reviewed|arrested|attended|received\s+a\s+(?:call|report|complaint)|"
    r"did\s+not\s+agree|accepted|proposed|was\s+directed|were\s+directed)\b",
    re.I,
)
_SUBJECT_CONTEXT_BEFORE = re.compile(
    r"(?:officers?|staff|constables?|sergeants?|members?\s+of\s+(?:police\s+)?staff|employed\s+by|serving\s+with|"
    r"directed|referral\s+from|referred\s+by|recommended\s+that|recommendations?\s+to)\s+(?:from|of|with|at|by)?\s*(?:the\s+)?$",
    re.I,
)


# Where the title names the force(s), a force met only in the narrative (the
# neighbouring force that found the man, the force that was phoned) is a
# bystander: a body force joins only in a sentence about conduct.
_CONDUCT = re.compile(
    r"\b(?:case\s+to\s+answer|misconduct|notices?\s+of\s+investigation|served\s+(?:with\s+)?notices?|"
    r"disciplinary|standards\s+of\s+professional\s+behaviour|under\s+(?:misconduct|criminal)\s+caution|"
    r"conduct\s+of\s+(?:the\s+)?(?:officers?|staff))\b",
    re.I,
)


# ... or one whose officers took the person in hand, in the events investigated: "the man was arrested by British
# Transport Police (BTP) officers", "Northamptonshire Police officers arrested a man". Only someone of the public,
# at that time: not an officer arrested by another force ("He was arrested by Kent Police officers" may be the subject
# officer), nor one "had been" detained before, nor a detention negated, hoped for or said by others.
_TAKEN_IN_HAND_VERBS = ("arrested", "detained", "restrained", "searched", "handcuffed", "tasered")
_TAKEN_IN_HAND = r"(?:" + "|".join(_TAKEN_IN_HAND_VERBS) + r")"
_OF_THE_PUBLIC = r"(?:man|woman|boy|girl|driver|detainee|suspect|teenager|youth|motorist|cyclist|passenger)"
_A_FORCE = r"(?P<{}>[A-Z][\w&-]*(?:\s+(?:[A-Z][\w&-]*|and|of))*)(?:\s+\([A-Z]{{2,5}}\))?"
_ACTED_ON_THE_PERSON = re.compile(
    r"\b(?:[Tt]he|[Aa])\s+" + _OF_THE_PUBLIC + r"\b[^.;]{0,40}?\bwas\s+(?:\w+\s+and\s+)?" + _TAKEN_IN_HAND
    + r"(?:\s+under\s+[\w\s]{1,25}?)?\s+by\s+(?:(?:both|two|three|four|several|an?)\s+)?"
    + r"(?:" + _A_FORCE.format("by") + r"\s+officers?\b|officers\s+from\s+" + _A_FORCE.format("from") + r")"
    # ("Northamptonshire Police officers arrested a man", "Essex Police arrested the driver")
    + r"|(?:^|(?<=[.;]\s))" + _A_FORCE.format("acting") + r"(?:\s+officers)?\s+(?:then\s+)?" + _TAKEN_IN_HAND + r"\s+(?:a|the)\s+" + _OF_THE_PUBLIC + r"\b")
# (not told of another time, or of something apart from the case)
_ANOTHER_TIME = re.compile(r"\b(?:earlier|previous(?:ly)?|before|ago|separate|unrelated|occasions?)\b", re.I)


# ... or one of whose own people was assessed: "The Nottinghamshire Police inspector had no case to answer", "We investigated
# the actions of the Thames Valley Police driver and the Hampshire Constabulary officer", "Cheshire Constabulary separately
# referred the conduct of its two arresting officers". Not a post named in passing in a sentence about conduct (a witness,
# a helper, someone who reviewed others' conduct, "the Kent Police driver training course").
_A_POST = (r"(?:(?:traffic|response|firearms|control\s+room|detention|custody)\s+)?"
           r"(?:officer|inspector|sergeant|constable|driver|detective|PCSO|call\s+handler|supervisor)s?")
_ITS_PERSON_DECIDED = re.compile(
    r"^\s+" + _A_POST + r"\s+(?:and\s+(?:the|a|an)\s+(?:[\w-]+\s+){1,4}?)?(?:each\s+|both\s+|also\s+)?"
    r"(?:had|has|have|did\s+not\s+have)\s+(?:no\s+|a\s+)?case\s+to\s+answer\b", re.I)
_ITS_PERSON_INVESTIGATED = re.compile(
    r"\binvestigated\s+the\s+(?:actions|conduct|decisions)\s+of\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+){1,6}?and\s+)?(?:the|a|an)\s+$", re.I)
_ITS_POST = re.compile(r"^\s+" + _A_POST + r"\b", re.I)
_ITS_OWN_REFERRED = re.compile(r"^\s+(?:(?:also|later|separately|then)\s+)?referred\s+the\s+conduct\s+of\s+(?:its|their)\b", re.I)


def _its_person_assessed(text: str, start: int, end: int) -> bool:
    """Whether the force named at ``start:end`` is one whose own person the sentence tells was assessed."""
    after = text[end:end + 120]
    return bool(_ITS_PERSON_DECIDED.match(after) or _ITS_OWN_REFERRED.match(after)
                or _ITS_POST.match(after) and _ITS_PERSON_INVESTIGATED.search(text, max(0, start - 120), start))


# A title that names no force (a national recommendation to the NPCC or the
# College of Policing) leaves the force whose handling was investigated to the
# body, named as the one who acted: "detained by X", "by either X or Y", "a
# complaint against X", "recommendations for X", "into how X dealt", "the
# contact X had", "X was not made aware". A force met otherwise ("reported to
# X", "a complaint to X") stays a bystander.
_ACTOR_BEFORE = re.compile(
    r"(?:\bby(?:\s+either)?|\bagainst|\brecommendations?\s+for|\binto\s+how|\binto\s+the\s+\w+)\s+(?:the\s+)?$", re.I)
_LISTED_WITH = re.compile(r"\s*(?:,|\bor\b|\band\b|,\s*(?:or|and)\b)\s*", re.I)  # "by either X or Y": Y acted too
_ACTOR_AFTER = re.compile(r"^\s*(?:had|has|dealt|handled|was|were|did|failed)\b", re.I)


def forces(page: Page) -> Finding:
    names: list[str] = []
    evidence: list[Span] = []
    title_names = [name for _, _, name in find_forces(page.title.text)] or fuzzy_title_forces(page.title.text)
    for name in title_names:
        if name not in names:
            names.append(name)
            evidence.append(page.title)
    for sentence in page.sentences:
        if title_names and any(verb in sentence.text for verb in _TAKEN_IN_HAND_VERBS) and not _ANOTHER_TIME.search(sentence.text):
            # a force that took the person in hand joins on its own, whatever else the sentence says (the cheap tests first)
            for m in _ACTED_ON_THE_PERSON.finditer(sentence.text):
                for _, _, name in find_forces(m.group("by") or m.group("from") or m.group("acting")):
                    if name not in names:
                        names.append(name)
                        evidence.append(sentence)
        if title_names and any(cue in sentence.text for cue in ("case to answer", "investigated the", "referred the conduct")):
            for start, end, name in find_forces(sentence.text):
                if name not in names and _its_person_assessed(sentence.text, start, end):
                    names.append(name)
                    evidence.append(sentence)
        if title_names and not _CONDUCT.search(sentence.text):
            continue  # with forces in the title, only a sentence about conduct adds one (tested first: it is cheaper)
        joined_until = None  # where the force that last joined in this sentence ends
        for start, end, name in find_forces(sentence.text):
            after = sentence.text[end:end + 60]
            before = sentence.text[max(0, start - 60):start]
            listed_with_one_joined = joined_until is not None and _LISTED_WITH.fullmatch(sentence.text[joined_until:start])
            if (_SUBJECT_CONTEXT_AFTER.search(after) or _SUBJECT_CONTEXT_BEFORE.search(before)
                    or not title_names and (_ACTOR_AFTER.search(after) or _ACTOR_BEFORE.search(before)
                                            or listed_with_one_joined)):
                joined_until = end
                if name not in names:
                    names.append(name)
                    evidence.append(sentence)
    return Finding(names, tuple(evidence), "title, then body forces named with their officers or decisions")


# --- dates and references -----------------------------------------------------

_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], start=1)}
_MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
               "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
# every "Month YYYY" in the title; the last counts (codebook: a few titles put the force after it)
_TITLE_MONTH = re.compile(r"\b([A-Za-z]{3,9})\.?,?\s+(\d{4})\b(?![/–-]\d)")


def incident_month(page: Page) -> Finding:
    for m in reversed(list(_TITLE_MONTH.finditer(page.title.text))):
        month = _MONTHS.get(m.group(1).lower()) or _MONTH_ABBR.get(m.group(1).lower())
        if month:
            return Finding(f"{m.group(2)}-{month:02d}", (page.title,), "the last 'Month YYYY' of the title")
    return Finding(None, (), "title has no month and year")


def published(page: Page) -> Finding:
    if page.published:
        return Finding(page.published, (page.published_span,), "'Published DD Mon YYYY' line")
    return Finding(None)


_NO_REF = {"", "no ref found", "none", "n/a", "nan", "unknown"}
_REF_PLAIN = re.compile(r"^(\d{4})\s*[/\-–—]?\s*(\d{5,7})$")
_REF_ANY = re.compile(r"\d+\s*/\s*\d+")
_REF_IN_BODY = re.compile(r"\b((?:19|20)\d{2})/(\d{5,7})\b")


def normalise_ref(raw: str | None) -> str | None:
    """``2017-091299`` and ``2017090856`` become ``YYYY/NNNNNN``; odd ones stay as printed."""
    if raw is None or raw.strip().lower() in _NO_REF:
        return None
    text = raw.strip()
    if m := _REF_PLAIN.match(text):
        return f"{m.group(1)}/{m.group(2)}"
    if m := _REF_ANY.search(text):
        return re.sub(r"\s+", "", m.group(0))
    return None


def iopc_ref(page: Page) -> Finding:
    if page.ref_raw is not None:
        value = normalise_ref(page.ref_raw)
        return Finding(value, (page.ref_span,) if value else (), "'IOPC reference' line")
    for sentence in page.sentences:
        if m := _REF_IN_BODY.search(sentence.text):
            return Finding(f"{m.group(1)}/{m.group(2)}", (sentence,), "reference printed in the body")
    return Finding(None)


def tags(page: Page, export_tags: list[str] | None = None) -> Finding:
    if page.tags:
        return Finding(list(page.tags), (page.tags_span,), "trailing 'Tags' list")
    if export_tags:
        return Finding(list(export_tags), (), "the export's tags column")
    return Finding([])


# --- criminal indication and CPS ----------------------------------------------

_POLICE_PERSON = r"(?:officers?|constables?|PCs?|PCSOs?|CDOs?|sergeants?|inspectors?|police\s+driver|member\s+of\s+(?:police\s+|(?:the|its)\s+force['’]s\s+)?staff|staff\s+member|call\s+handler|(?:person|anyone|anybody|nobody|no\s+one)(?:\s+else)?\s+serving\s+with\s+(?:the\s+police|(?:the|either|both|any)\s+forces?\b|(?-i:[A-Z]{2,5})\b)|police)"
# The same without the bare word "police", which names the force as often as a person.
_POLICE_INDIVIDUAL = _POLICE_PERSON.replace("|police)", ")")
# (only to the question asked that plainly: not "whether PC Ross had been aware that the driver had committed an offence",
# "whether the sergeant had recorded the criminal offence")
_ASKED_HAD_COMMITTED = re.compile(r"\b" + _ASKED_WHETHER + r"\s+whether\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?"
                                  + _POLICE_INDIVIDUAL + r"\s+(?:had|may\s+have|might\s+have)\s+committed\s+(?:a|an|any)\s+(?:criminal\s+)?offence\b", re.I)
_CPS = re.compile(r"\b(?:CPS|Crown\s+Prosecution\s+Service)\b")
# a force by its full name, capitals kept even in case-blind patterns: "Avon and Somerset Police", "City of London Police"
_SPELLED_FORCE = r"(?-i:[A-Z][\w-]+\s+(?:(?:[A-Z][\w-]+|and|of)\s+){0,4})(?:Police|Constabulary)"  # ("Hampshire and Isle of Wight ...")
# our asking the CPS something (its name already read as "prosecutors"): "we asked the CPS ..."
_WE_ASKED_PROSECUTORS = r"\b(?:we|IOPC|IPCC)\s+(?:also\s+|then\s+)?asked\s+(?:the\s+)?prosecutors\b"
# What the IOPC (or a passive voice) does with a file: refer, submit, send it.
# ("we asked the CPS to decide whether he should be charged": ours, about someone serving; not "The family asked the CPS to
# decide whether the other driver ...", nor our asking about a member of the public)
_CPS_REFERRAL = re.compile(r"\b(?:refer(?:red|ral)?|submit(?:ted)?|sent|send|passed|forwarded|provided|file|went\s+to)\b"
                           r"|" + _WE_ASKED_PROSECUTORS + r"[^.]{0,20}?\b(?:to\s+(?:decide|consider|advise)\s+)?whether\s+"
                           r"(?:he|she|(?:the|any|either|both)\s+(?:\w+\s+)?(?:officers?|constables?|sergeants?|inspectors?|PCs?|PCSOs?|detectives?)|(?-i:(?:PC|DC|DS|Sergeant|Inspector|Officer)\s+[A-Z]))\b", re.I)
# our asking the CPS to consider charging someone by pronoun: "we asked the Crown Prosecution Service (CPS) to consider
# charging him" (a referral where the pronoun is the one we investigated, _pronoun_of_someone_serving; not "Had we asked
# ...", a supposition)
_WE_ASKED_IT_TO_CHARGE = re.compile(r"(?<!\bhad\s)" + _WE_ASKED_PROSECUTORS + r"(?:\s*\(\s*prosecutors\s*\))?\s+to\s+"
                                    r"(?:consider|decide\s+(?:on|about|whether\s+to))\s+(?:charg(?:e|ing)|prosecut(?:e|ing))\s+(?P<whom>him|her|them)\b", re.I)
# "the CPS authorised charges of ...", naming nobody: whose, the rest of the report says
_CPS_AUTHORISED_CHARGES = re.compile(r"\b(?:authorised|approved)\s+(?:a\s+|the\s+)?(?:charges?|prosecution)\b", re.I)
# ("No criminal charges were brought, following advice from the CPS": its charging decision, as much as one authorising
# charges, where the sentence and the one before are about nobody of the public)
_NO_CHARGES_ON_ADVICE = re.compile(r"^\W*no\s+(?:criminal\s+)?charges?\s+(?:were|was)\s+(?:brought|made|laid)\b[^.]{0,40}?"
                                   r"\b(?:following|on|after)\s+(?:the\s+)?advice\s+(?:from|of)\s+(?:the\s+)?prosecutors\b", re.I)
# ... against someone it names ("against the motorcyclist", "against her former partner"): not naming nobody
_CHARGED_SOMEONE = re.compile(r"\b(?:charges?|prosecution)\b[^.]{0,120}\bagainst\b", re.I)
# "did not refer", "insufficient evidence to submit", "failing to make a referral": no file went.
# a question about a referral with no answer in its sentence: "We considered whether to refer a file to the CPS for ..."
_ONLY_ASKED_WHETHER_TO_REFER = re.compile(r"^(?!.*\b(?:but|and\s+(?:we\s+)?(?:decided|concluded|found|did|sent|referred))\b).*\b(?:considered|assessed|looked\s+at)\s+"
                                          r"whether\s+to\s+(?:refer|send|pass|submit)\b", re.I)
# its answer, that we did: "We decided to do so and sent a file in May"
_SENT_AFTER_ALL = re.compile(r"\b(?:sent|referred|passed|submitted)\s+(?:a|the|our)\s+file\b|\bdecided\s+to\s+(?:do\s+so|refer|send)\b", re.I)
_TO_THE_CPS_OR_NOWHERE = r"(?=\s+to\s+(?:the\s+)?prosecutors\b|\s+for\s+(?:advice|a\s+charging)\b|\s*(?:[,.;]|$))"
_CPS_NOT_SENT = re.compile(
    # ("We considered referring a file to the CPS but decided the evidence was not strong enough to meet the threshold")
    r"\bconsidered\s+(?:referring|sending|whether\s+to\s+(?:refer|send))\b[^.]{0,80}?\bbut\s+(?:decided|concluded|found)\b(?![^.]{0,30}\bno\s+reason\b)"
    r"[^.]{0,60}?\b(?:was\s+not|were\s+not|did\s+not|not\s+to|not\s+(?:strong|enough|sufficient)|insufficient)\b"
    r"|\b(?:did\s+not|not\s+to|no\s+need\s+to|(?:insufficient|not\s+enough|not\s+sufficient)\s+evidence\s+to|fail(?:ed|ing|ure)?\s+to|tests?\s+to)\s+"
    r"(?:\w+\s+){0,2}?(?:refer|submit|send|make\s+a\s+referral|liaise|disclose)\b"
    # "closed without a file being sent to the CPS", "did not meet the threshold for referring a file", "no file was sent"
    # (to the CPS, or nowhere said: not "referred the matter to the CPS without the case being passed back to the force first")
    r"|\bwithout\s+(?:a\s+|any\s+|the\s+)?(?:file|case|referral)\s+(?:\w+\s+){0,3}?(?:being\s+)?(?:sent|referred|submitted|passed|made)\b" + _TO_THE_CPS_OR_NOWHERE +
    # ("closed the investigation without sending a file to the CPS"; not "without sending the case papers to the force")
    r"|\bwithout\s+(?:sending|referring|submitting|passing)\s+(?:a\s+|any\s+|the\s+)?(?:file|case)\b" + _TO_THE_CPS_OR_NOWHERE +
    # ("we decided it was not strong enough to meet the threshold for sending a file to the CPS")
    r"|(?:\bnot|n['’]t|\bnever)\s+(?:\w+\s+){0,3}?(?:meet|met|reach|reached)\s+the\s+threshold\s+for\s+(?:referring|referral|a\s+referral|sending|submitting)\b"
    r"|\b(?:below|short\s+of)\s+the\s+threshold\s+for\s+(?:referring|referral|a\s+referral|sending|submitting)\b"
    # ("the threshold for referring a file to the CPS had not been met")
    r"|\bthreshold\s+for\s+(?:referring|referral|a\s+referral|sending|submitting)\b[^.]{0,80}?\b(?:had|has|was|were)\s+not\s+(?:been\s+)?(?:met|reached)\b"
    r"|(?:\bnot|n['’]t)\s+(?:\w+\s+){0,2}?(?:reach|reached|meet|met)\s+the\s+(?:level|standard|threshold)\b[^.]{0,30}?\bto\s+(?:send|refer|submit|pass)\s+(?:a\s+|the\s+)?file\b"
    # ("it did not reach the threshold for a file to be passed to the CPS")
    # (not ", but the evidence against the constable did": a file on the other)
    r"|(?:\bnot|n['’]t)\s+(?:\w+\s+){0,2}?(?:reach|reached|meet|met)\s+the\s+threshold\s+for\s+(?:a|the|any)\s+(?:file|case|referral)\s+to\s+be\s+(?:passed|sent|referred|submitted|made)\b(?![^.]*\bbut\b[^.]*\bdid\b)"
    # ("No file was therefore sent to the CPS")
    r"|\bno\s+(?:file|referral)\s+(?:was|were|has\s+been|had\s+been)\s+(?:therefore\s+|thus\s+|then\s+|ever\s+|subsequently\s+|consequently\s+|accordingly\s+|ultimately\s+|later\s+)?(?:sent|made|submitted|referred|passed)\b"
    # a decision still to come: "we will decide ... whether a file should go to the CPS"
    # (not "we considered whether a file should be sent, and decided that it should")
    r"|\b(?:will|would|are|is|am|yet\s+to|still\s+to)\s+(?:now\s+|then\s+)?decid\w*\b[^.]{0,80}?\bwhether\s+(?:a|any)\s+(?:file|referral)\s+should\s+(?:go|be\s+(?:sent|referred|passed|submitted|made))\b"
    # ("so no file went to the CPS")
    r"|\bno\s+(?:file|referral)\s+(?:went|was\s+passed)\s+to\b"
    # ("the case was not referred to the CPS", "wasn't ever sent to the CPS": the passive denial, to the CPS itself, as the
    # sentence's only word on a referral: not "until May, when ...", "...; only the constable's case was", "..., but the
    # sergeant's was", "..., so we referred it ourselves")
    r"|^(?:(?!\bbut\b)[^.;])*?(?:\b(?:was|were|has|have|had)\s+(?:not|never)|\b(?:wasn|weren|hasn|haven|hadn)['’]t)(?:\s*,?\s+(?:yet|ever|formally|however|then|therefore),?)?"
    r"\s+(?:been\s+)?(?:referred|sent|passed|submitted|forwarded)\s+(?:on\s+)?to\s+(?:the\s+)?prosecutors\b"
    r"(?![^.]*\b(?:until|but|only|ourselves|instead|later|then)\b|[^.]*;)",
    re.I,
)
# Where each word of a referral stands, for wordings the lists above do not know: "the evidence did not justify referring
# a file", "was not strong enough for us to refer", "none of them reached the threshold for referral" deny it; "we will
# decide whether to send a file" asks it. In order (`_referral_words_stand`):
# - only a referral not yet made can be denied or asked ("referring", "to refer", "a referral"; not "the referral", "we
#   sent", "the evidence sent to it": one there was, or a statement inside the negative or question);
# - a negative or "whether" counts only where it governs the word: only words of a threshold, a judgement or a question
#   stand between them ("made no comment in interview and a file was sent", "Neither officer objected to our decision to
#   refer": sent), within the word's clause (back to a comma, "but", "after" and the like);
# - a denial counts only in a sentence in our voice or no one's (`_OURS_OR_NO_ONES`), and not where the sentence takes it
#   back for its own referral; a question is a referral where its sentence or the next answers yes.
# (a verb with its file is one word, "sending a file", and so is a file with its verb, "a file should be sent")
_REFERRAL_WORD = re.compile(r"\b(?:(?:refer(?:s|red|ring|ral)?|submit(?:s|ted|ting)?|send(?:s|ing)?|sent|pass(?:ed|ing)?|forward(?:ed|ing)?)"
                            r"(?:\s+(?:a|the|our|any)\s+(?:\w+\s+)?file\b)?"
                            r"|(?:a|the|any|our)\s+file\s+(?:should|would|could|might|was\s+to|ought\s+to)\s+(?:(?:have\s+)?be(?:en)?\s+)?(?:sent|referred|submitted|passed|forwarded|go)"
                            r"|went\s+to|file)\b", re.I)
# (not "the level at which a file should go": still the same clause)
_CLAUSE_BREAK = re.compile(r"[,;:()]|\b(?:but|yet|despite|and\s+(?:so\s+|then\s+)?we|so\s+we|after|before|when|once|until|because|since|following|although|though|while|who|whom)\b"
                           r"|(?<!\bat\s)(?<!\bfor\s)(?<!\bin\s)\bwhich\b", re.I)
_DENIES_IT = r"(?:\b(?:not|never|no|none|nothing|neither|insufficient|short\s+of|below)\b|n['’]t\b)"
# the words that may stand between a negative or "whether" and the referral it governs
_GOVERNING = (r"(?:(?:a|an|the|any|our|us|we|it|them|there|for|of|to|at|which|be|been|have|do|did|does|would|should|could|can|might|may|was|were|is|are"
              r"|justify|justified|warrant|warranted|support|supported|meet|met|reach|reached|threshold|level|standard|test|strong|enough|sufficient(?:ly)?"
              r"|evidence|consider|considered|think|thought|believe|decide|decided|that|basis|grounds|need|needed|necessary|so|as|also|then)\s+)*")
# ("if" only as a question's: "decide if", not a condition, "tell them if a referral was made")
_GOVERNED = re.compile(r"(?:" + _DENIES_IT + r"|(?P<asked>\bwhether\b|\b(?:decide[ds]?|know|consider(?:ed)?|ask(?:ed)?|see|assess(?:ed)?|check(?:ed)?)\s+if\b))\s+"
                       + _GOVERNING + r"$", re.I)
# (or a threshold for it, whatever the negative or question is about: "none of his remarks reached the threshold for
# referral", "whether the evidence we had gathered met the threshold for referring")
_BELOW_ITS_THRESHOLD = re.compile(r"(?:" + _DENIES_IT + r"(?:\s+(?:did|had|has|have|was|were|yet|ever|been|of|them|the|his|her|their|its|it|they"
                                  r"|remarks|messages|comments|posts|conduct|actions|evidence|allegations?)){0,3}\s+|(?P<asked>\bwhether\b)[^.]*?\b)(?:reach|reached|reaches|meet|met|meets)\s+the\s+(?:threshold|level|standard)\s+(?:for|at\s+which|required\s+for)\s+(?:\w+\s+){0,2}$", re.I)
# (or the negative after it: "Referring a file to the CPS was not justified", "a referral could not be justified")
_NOT_WARRANTED_AFTER = re.compile(r"(?:\s+(?:to|the|a|an|any|prosecutors|file|of|on|in|for|this|that|his|her|their|case|him|her|them|either|officer|constable|sergeant)){0,6}?"
                                  r"\s+(?:(?:was|were|is|would\s+be|could|can)\s*(?:not|n['’]t)|would\s+not\s+(?:have\s+been|be))\s+(?:be\s+)?(?:justified|warranted|appropriate|necessary|needed|required)\b", re.I)
# a referral done after all, answering a question or taking back a denial: "and did so", "but we made one", "though it was
# in PC Hale's"
_YES_DONE = r"\b(?:did\s+so|made\s+(?:one(?!\s+recommendation)|it(?!\s+clear)|the\s+referral|a\s+referral)|(?:one|a\s+referral|the\s+referral)\s+was\s+(?:then\s+|later\s+)?(?:made|sent)|we\s+did(?=\s*(?:[.,;]|$|\s+(?:in|on|at|after|later|then)\b))|(?:though|although|while)\s+it\s+(?:was|did)\b(?!\s+not))"
# (a denial the sentence takes back of its own referral: "..., but the evidence against the constable did", "until May",
# "...; only the constable's case was"; not "..., but we found PC Vance had a case to answer")
_TAKEN_BACK_AFTER = re.compile(_YES_DONE + r"|\buntil\b|(?:\bbut\b|;)(?:(?!\bbut\b)[^.;])*?\b(?:did|was|were|had|has|have)\s*(?:[.;]|$)|;\s*only\b|\bourselves\b|\binstead\b(?![^.;]*\bcases?\s+to\s+answer\b)"
                               # ("..., so we did", "..., which we then did", "..., but we made one")
                               r"|\b(?:so|and|which)\s+we\s+(?:then\s+|later\s+)?did\b(?!\s+not)|\bbut\s+we\b[^.;]*?\b(?:made\s+(?:one|it)|did\s+so|sent|referred|passed|submitted)\b", re.I)
# a question answered yes in its own sentence: "..., and decided to do so", "..., and decided that we should"
_ANSWERED_YES = re.compile(r"\bdecided\s+to\s+(?:do\s+so|refer|send)\b|\b(?:decided|concluded|agreed|found)\s+(?:that\s+)?(?:we|it|they|one|a\s+file)\s+(?:should|would|did|was|were|had)\b"
                           r"(?!\s+(?:not|unnecessary|inappropriate|unjustified|premature|disproportionate)\b)|" + _YES_DONE, re.I)
# ... or in the next: "It did, and the file was submitted in April"
# (ours, sending someone or something on: "We told them we had referred him in April", "We disagreed and referred him
# ourselves"; not "We sent our report to the family". Not `_WE_SENT`, which takes any "we ... passed/gave" within forty
# characters, "we noted the deadline had passed", and stays as it is for the clause test built on it)
_WE_REFERRED = (r"\bwe(?:\s+(?:had|have|then|later|also|therefore|subsequently|disagreed\s+and|decided\s+to|went\s+on\s+to))*\s+(?:referred|sent|submitted)\b"
                # (to the CPS or nowhere said: not "to Kent Police", "to the misconduct panel", "to the family")
                r"(?![^.;]{0,60}\bto\s+(?!(?:the\s+)?(?:CPS|Crown)\b))")
_ANSWERED_YES_NEXT = re.compile(_SENT_AFTER_ALL.pattern + r"|^\W*(?:it|they)\s+did\b(?!\s+not)|\bit\s+did\s*[.;]?\s*$|\bdecided\s+(?:that\s+)?it\s+did\b(?!\s+not)|\bit\s+went\s+ahead\b|"
                                + _WE_REFERRED + r"|" + _ANSWERED_YES.pattern + r"|\b(?:the|a|our)\s+file\s+was\s+(?:then\s+|later\s+)?(?:sent|submitted|referred|passed)\b", re.I)


# a referral word told with its own subject just before it: "we sent", "that was passed", "our referral"
# (or a participle after its noun: "the evidence sent to it", "the evidence submitted by us"; or someone's own: "PC Hale's
# referral")
_WITH_ITS_OWN_SUBJECT = re.compile(r"(?:\b(?:we|it|they|he|she)\s+(?:had\s+|have\s+|has\s+|then\s+|later\s+)?|\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+"
                                   r"|\b(?:our|its|their|his|her)\s+|['’]s\s+)$", re.I)
_NOUN_BEFORE_ITS_PARTICIPLE = re.compile(r"\b(?:evidence|file|report|papers|material|case|information)\s+$", re.I)
_PARTICIPLE = re.compile(r"(?:sent|passed|submitted|forwarded|referred)\s+(?:to|by)\b", re.I)


# a referral not yet made, the only kind a negative or question can be about: "referring", "to refer", "should be sent", "a
# referral", "for referral", a file with its verb (not "the referral", "the referral made in May": one there was)
_NOT_YET_MADE = re.compile(r"(?:referring|sending|submitting|passing|forwarding|(?:a|the|any|our)\s+file\b)", re.I)
_NOT_YET_MADE_BEFORE = re.compile(r"\b(?:to|be|been|being|would|should|could|will|might|may|must|can)\s+(?:have\s+)?$", re.I)
_A_REFERRAL_NOT_YET_MADE = re.compile(r"\b(?:a|any|no|for|further)\s+$", re.I)


# a sentence in our voice or none ("We decided ...", "Having weighed the evidence, we ...", "When our work is complete we
# will decide ...", "In our view none of them ...", "The evidence did not ...", "A referral was not justified"): only there
# is a denial ours (not "Kent Police said there were no grounds for a referral", "PC Hale's solicitor argued that a
# referral was not justified", which we may overrule)
_OURS_OR_NO_ONES = re.compile(r"^\W*(?:[^,.;]{0,60},\s*|(?:when|once|after|before|having|following|as|until)\b[^,.;]{0,60}?\s+(?=we\b))?(?:(?:in\s+our\s+(?:view|opinion|assessment)|however|overall|on\s+balance),?\s+)?"
                              r"(?:we|our|us|the\s+evidence|evidence|it|there|this|that|none|neither|nor|no|a|any|referring|sending|the\s+threshold"
                              r"|the\s+(?:material|information|messages?|remarks?|comments?|conduct|actions?)|his|her|their)\b", re.I)


def _told_as_made(words: str, word: re.Match[str]) -> bool:
    """Whether a referral word tells of one there was, whatever negative or question is near: a bare file, perhaps the
    one the CPS holds ("The CPS did not think the file ..."); a verb with its own subject or a participle after its noun,
    a statement inside the negative or question ("whether the evidence we sent supports a charge"); anything but a
    referral not yet made."""
    start, near = word.start(), max(0, word.start() - 30)
    if word.group(0).lower() == "file" or _WITH_ITS_OWN_SUBJECT.search(words, near, start) \
            or _PARTICIPLE.match(words, start) and _NOUN_BEFORE_ITS_PARTICIPLE.search(words, near, start):
        return True
    return not (_NOT_YET_MADE.match(words, start) or _NOT_YET_MADE_BEFORE.search(words, near, start)
                or word.group(0).lower() == "referral" and _A_REFERRAL_NOT_YET_MADE.search(words, near, start))


def _referral_words_stand(words: str) -> set[str]:
    """How each referral word in a sentence stands: "asked" where "whether" or "if" governs it in its clause, "denied"
    where a negative does, otherwise "told". Only a referral not yet made is asked or denied (``_NOT_YET_MADE``)."""
    stands = set()
    breaks = [b.end() for b in _CLAUSE_BREAK.finditer(words)]  # (found once: a run-on sentence may hold many words)
    searched: list = [-1, None]  # (the last search for a take-back, from where, and what it found)

    def taken_back_after(at: int) -> bool:
        """Whether a take-back starts at ``at`` or later (one search reused while it still answers: words come in order)."""
        if searched[0] < 0 or not (searched[1] is None or searched[1].start() >= at):
            searched[:] = [at, _TAKEN_BACK_AFTER.search(words, at)]
        return searched[1] is not None

    for word in _REFERRAL_WORD.finditer(words):
        if _told_as_made(words, word):
            stands.add("told")
            continue
        at = bisect_right(breaks, word.start())
        clause = words[breaks[at - 1] if at else 0:word.start()]
        clause = " ".join(clause.split()[-12:]) + " "
        governed = _GOVERNED.search(clause) or _BELOW_ITS_THRESHOLD.search(clause)
        if governed and governed.group("asked"):
            stands.add("asked")
        elif (governed or _NOT_WARRANTED_AFTER.match(words, word.end())) and not taken_back_after(word.end()):
            stands.add("denied")
        else:
            stands.add("told")
    return stands


# (not "referred the matter to us", a referral to the IOPC)
# (not across the CPS: "Kent Police referred the case to the CPS and then to us" sent a file there)
_REFERRED_TO_US = re.compile(r"\b(?:submitted\s+a\s+referral|refer(?:red|ral)?|passed|sent|forwarded)\b(?:(?!\bprosecutors\b|\band\b)[^.;]){0,60}?\bto\s+"
                             r"(?:us|the\s+IOPC|the\s+IPCC|the\s+Independent\s+Office\s+for\s+Police\s+Conduct)\b", re.I)
# (read by us: not "The CPS reviewed our file", a file sent to it)
_A_FILE_READ = re.compile(r"\b(?:we|our\s+investigators|investigators)\s+(?:also\s+|then\s+)?(?:examined|reviewed|obtained|read|looked\s+at|analysed|checked)\s+"
                          r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}?file\b", re.I)
_IOPC_ACTOR = re.compile(r"\b(?:we|our|(?<!\bto\s)us|IOPC|IPCC|investigators?|(?:the|our)\s+investigation)\b", re.I)
# A charging decision on a person serving with the police ("charge the officer", "the officer was charged").
_CHARGE_ON_POLICE = re.compile(
    r"\b(?:charg(?:e|ed|ing)|prosecut(?:e|ed|ion\s+of)|file\s+(?:of\s+evidence\s+)?(?:on|about|regarding|in\s+respect\s+of))\s+"
    r"(?:(?:the|a|an|both|two|three|four|one\s+of\s+the|either)\s+)?(?:\w+\s+)?" + _POLICE_PERSON + r"\b"
    r"|\b" + _POLICE_PERSON + r"\b[^.]{0,60}\b(?:was|were|should\s+be|would\s+be|be)\s+(?:charged|convicted|prosecuted)\b"
    r"|\b(?:charges?|criminal\s+proceedings|prosecution)\b[^.]{0,80}\bagainst\s+(?:(?:the|a|an|both|either)\s+)?(?:\w+\s+)?" + _POLICE_PERSON + r"\b",
    re.I,
)
# The case against a member of the public, not anyone serving with the police.
# (and victims' own cases: "telling victims their files had been sent to the CPS")
_CPS_ABOUT_PUBLIC = re.compile(r"\b(?:the\s+(?:man|woman|boy|girl|suspect|driver\s+of\s+the\s+car)|him|suspects?|the\s+case\s+against\s+(?:him|her)|victims?)\b", re.I)


def _about_the_public(page: Page, index: int, words: str) -> bool:
    """Whether a sentence about the CPS is about a member of the public. A bare "him" is whoever the two sentences before
    name: someone serving, where they name only them ("PC Harland was interviewed under criminal caution. He gave a
    prepared statement. A file went to the CPS, and it charged him ..."); otherwise, as always, perhaps the man the force
    arrested."""
    found = {match.group(0).lower() for match in _CPS_ABOUT_PUBLIC.finditer(words)}
    if found != {"him"} or not index:
        return bool(found)
    before = " ".join(s.text for s in page.sentences[max(0, index - 2):index])
    return not _POLICE_INDIVIDUAL_RE.search(before) or bool(_PUBLIC_BY_PRONOUN["he"].search(before))


def _pronoun_of_someone_serving(page: Page, index: int, pronoun: str) -> bool:
    """Whether "him", "her" or "them" in sentence ``index`` is someone serving: it and the two sentences before name someone
    serving and no one of the public the pronoun could mean ("The driver of the other car was arrested ... charging him" is
    the driver's). (``_about_the_public`` asks the like of a bare "him" in any CPS sentence, from the two sentences before
    only and by its own list of the public; it stays as it is for the readings built on it.)"""
    before = " ".join(s.text for s in page.sentences[max(0, index - 2):index + 1])
    public = _PUBLIC_BY_PRONOUN["he" if pronoun == "him" else "she"] if pronoun in ("him", "her") else _THE_PUBLIC_NAMED
    return bool(_POLICE_INDIVIDUAL_RE.search(before)) and not public.search(before) and not _ABOUT_THE_PUBLIC.search(before)


# the matter coming to the IOPC: "GMP referred her complaint to us", "we began an independent investigation"
_CAME_TO_US = re.compile(r"\breferred\s+(?:the\s+|this\s+|her\s+|his\s+|their\s+|a\s+)?(?:matter|complaint|case|incident|conduct|death)s?\s+to\s+(?:us|the\s+IOPC|the\s+IPCC)\b"
                         r"|\bwe\s+(?:began|started|opened|launched|decided\s+to\s+(?:carry\s+out|conduct|begin))\s+(?:an?\s+)?(?:independent\s+)?investigation\b", re.I)


_DATED = re.compile(r"\b(?:(?P<month>" + MONTH_NAMES + r")\s+)?"
                    r"(?P<year>(?:19|20)\d{2})\b")


def _date_of(text: str) -> tuple[int, int] | None:
    """The first month and year a sentence gives (month 0 when only the year), if any."""
    m = _DATED.search(text)
    if not m:
        return None
    month = m.group("month")
    return int(m.group("year")), (_MONTHS[month.lower()] if month else 0)


def _before_we_came_in(page: Page, sentence: Span) -> bool:
    """Whether the sentence tells the story before the matter came to the IOPC ("In June the case was sent to the CPS
    for a charging decision. ... GMP referred her complaint to us"): the force's own case, not a file on police. Told
    earlier in the page, unless its date is later than the referral's (a summary may open with how things ended)."""
    came = next((s for s in page.sentences if _CAME_TO_US.search(s.text)), None)
    if came is None or sentence.start >= came.start:
        return False
    when, referred = _date_of(sentence.text), _date_of(came.text)
    return not (when and referred and when > referred)


# our own sending, in a clause: "we sent a file on the constable to the CPS"
_WE_SENT = re.compile(r"\b(?:we|IOPC|IPCC|our\s+investigators?)\b[^.;]{0,40}\b(?:sent|passed|referred|submitted|gave)\b", re.I)


# "..., and we sent a file." (to the CPS just named)
_NOT_TO_ANOTHER = r"(?!\s+(?:on\s+\w+\s+)?to\s+(?!the\s+(?:CPS|Crown)\b)(?:the\s+)?[\w-]+)"  # (not to anyone but the CPS)
_WE_SENT_A_FILE = re.compile(r"\b(?:we|IOPC|IPCC)\s+(?:then\s+|later\s+)?(?:sent|referred|passed|submitted)\s+(?:a|the|our)\s+file\b" + _NOT_TO_ANOTHER +
                             # ("... the decision was revisited and the file was sent after all")
                             r"|\bthe\s+file\s+was\s+(?:then\s+|later\s+)?(?:sent|referred|passed|submitted)\b" + _NOT_TO_ANOTHER, re.I)


def _sent_in_a_clause_of_its_own(words: str) -> bool:
    """'We sent a file on the constable to the CPS; the evidence on the sergeant fell short of the threshold': a file went,
    though another clause says one did not."""
    return any(_CPS_REFERRAL.search(c) and _WE_SENT.search(c) and not _CPS_NOT_SENT.search(c) for c in words.split(";"))


def _sent_in_the_next(page: Page, index: int, sent: re.Pattern[str]) -> Finding | None:
    """A file sent after all, as the sentence after ``index`` says (``sent``) and does not take back: a referral left
    open or declined in its own sentence, answered in the next."""
    after = page.sentences[index + 1] if index + 1 < len(page.sentences) else None
    if after is not None and sent.search(after.text) and not _CPS_NOT_SENT.search(after.text):
        return Finding("yes", (page.sentences[index], after), "the IOPC referred a file to the CPS")
    return None


def cps_referral(page: Page) -> Finding:
    """A file on someone serving with the police went to the CPS, or the CPS decided on charging them.

    The CPS also appears in the story (the force's own case against a suspect,
    an officer who failed to liaise with it); those mentions do not count.
    A passive "the case was referred" counts unless it is about a member of
    the public or the report finds no indication of a crime by police.
    """
    for index, sentence in enumerate(page.sentences):
        text = sentence.text
        if not _CPS.search(text):
            continue
        words = _CPS.sub(" prosecutors ", text)  # the name itself says "Prosecution"
        if _CHARGE_ON_POLICE.search(words):
            return Finding("yes", (sentence,), "charging decision by the CPS on a person serving with the police")
        if _CPS_AUTHORISED_CHARGES.search(words) and not _CPS_ABOUT_PUBLIC.search(words) and not _CHARGED_SOMEONE.search(words) \
                and _first(page, _YES_CRIMINAL_PARTS, gate=_YES_CRIMINAL_WORDS, negated_before=_NOT_AN_INDICATION_BEFORE):
            # (in a report that shows someone serving under criminal caution, arrested or charged: theirs)
            return Finding("yes", (sentence,), "the CPS authorised charges, in a report of a criminal investigation of police")
        if _NO_CHARGES_ON_ADVICE.search(words) and not _about_the_public(page, index, words) \
                and not (index and _CPS_ABOUT_PUBLIC.search(page.sentences[index - 1].text)) \
                and _first(page, _YES_CRIMINAL_PARTS, gate=_YES_CRIMINAL_WORDS, negated_before=_NOT_AN_INDICATION_BEFORE):
            return Finding("yes", (sentence,), "the CPS advised against charges, in a report of a criminal investigation of police")
        # (a referral to us is no file to the CPS: "The judge asked the CPS to explain the failure, and Kent Police referred
        # the matter to us")
        # (nor a file we read: "We examined the case file, ... and emails between the officers and the CPS")
        if (asked := _WE_ASKED_IT_TO_CHARGE.search(words)) and "?" not in words \
                and _pronoun_of_someone_serving(page, index, asked.group("whom").lower()):
            return Finding("yes", (sentence,), "we asked the CPS to consider charging the one we investigated")
        our_sending = _A_FILE_READ.sub(" ", _REFERRED_TO_US.sub(" ", words))
        referral = _CPS_REFERRAL.search(our_sending)
        stands = _referral_words_stand(our_sending) if referral and _OURS_OR_NO_ONES.match(words) else {"told"}
        not_sent = referral and _CPS_NOT_SENT.search(words)
        if referral and (not_sent or stands == {"denied"}) and not _sent_in_a_clause_of_its_own(words):
            # ("On the first allegation, the evidence did not reach the threshold for a file to be passed to the CPS. On the
            # second, it did, and we sent a file.": the next sentence sends one after all)
            # (and a denial read only by where its words stand, perhaps someone else's, by ours in the next: "Kent Police did
            # not think a referral was needed. We disagreed and referred PC Hale ourselves.")
            if (sent := _sent_in_the_next(page, index, _WE_SENT_A_FILE if not_sent else _ANSWERED_YES_NEXT)) is not None:
                return sent
            continue
        if not referral:
            continue
        if _ONLY_ASKED_WHETHER_TO_REFER.search(words) or ("asked" in stands and "told" not in stands and not _ANSWERED_YES.search(words)):
            # ("We considered whether to refer a file to the CPS for offences under the Computer Misuse Act.": a question,
            # its answer in the next sentence; a file sent only if that says so)
            if (sent := _sent_in_the_next(page, index, _ANSWERED_YES_NEXT)) is not None:
                return sent
            continue
        # ("Our file went to the CPS, which decided not to charge him": ours, so about someone serving)
        if _IOPC_ACTOR.search(words) and not (_about_the_public(page, index, words)
                                              and not re.search(r"\b(?:we|IOPC|IPCC)\b|\bour\s+(?:file|evidence|report)\b", words, re.I)):
            # the IOPC only investigates people serving with the police
            return Finding("yes", (sentence,), "the IOPC referred a file to the CPS")
        if not _about_the_public(page, index, words) and _first(page, _NO_CRIMINAL_PARTS, gate=("criminal",)) is None \
                and not _before_we_came_in(page, sentence):
            return Finding("yes", (sentence,), "a file went to the CPS, in a report that does not rule out a crime by police")
    return Finding("no", (), "no referral to the CPS is mentioned")


# "at the force", of its people (not "at the force's front counter", "in the force area": a place)
_AT_THE_FORCE = r"(?:at|in|within)\s+the\s+(?:force|constabulary)\b(?!['’]s|\s+area)"
# a character of a finding that is not about what someone knew of another's offence ("nothing to suggest the officers
# knew the man had committed ...")
_NOT_KNOWING = r"(?:(?!\b(?:knew|know|aware|told|informed|heard|reali[sz]ed|learn[et]d?|believed|thought|suspected|reports?|reported|alleg\w*|ignored)\b)[^.])"
# ("we did not find anything to suggest that ...", "... to suggest to us that ...")
_NOTHING_SUGGESTED = (r"\b(?:nothing|none\s+of\s+the\s+evidence|(?:did\s+not|didn['’]t)\s+(?:find|identify)\s+anything|did\s+we\s+(?:find|identify)\s+anything|(?:was|were)\s+there\s+anything)"
                      # (ours, not another's finding: "told the complainant that nothing it had found suggested ...", the force's)
                      r"\b(?:(?!\b(?:it|they)\s+(?:had\s+)?(?:found|seen|saw|identified)\b)[^.]){0,40}?\b(?:to\s+)?(?:indicated?|suggest(?:ed)?|show(?:ed)?|point(?:ed|s)?\s+to)\s+(?:to\s+us\s+)?(?:that\s+)?")
# the evidence's own voice: "The evidence (also) did not indicate ..."
_THE_EVIDENCE_DID_NOT = r"^\W*the\s+evidence\s+(?:also\s+)?(?:did|does)\s+not\s+(?:indicate|show|suggest)\s+"
_NO_CRIMINAL = re.compile(
    # ("we did not find an indication ...", "Nor was there any indication ...")
    r"\b(?:no|not\s+(?:find|found|identify|identified)\s+any)\s+(?:\w+\s+)?(?:indication|evidence)\b[^.]{0,300}?\bcriminal(?:ity)?\b"
    # ("We did not find evidence that the officer may have committed a criminal offence": no article)
    # (ours, of someone serving and of an offence they committed: not the officers' finding about the public, nor what someone
    # knew)
    r"|\b(?:we|IOPC|IPCC|(?:our|the)\s+(?:investigation|investigators))\s+(?:also\s+)?(?:did\s+not|didn['’]t)\s+(?:find|identify)\s+(?:indications?|evidence)\s+(?:to\s+(?:suggest|indicate|show)\s+)?that\s+"
    r"(?:(?:the|any|either|each)\s+(?:of\s+the\s+)?(?:[\w-]+\s+)?(?:officers?|constables?|sergeants?|inspectors?|detectives?|call\s+handlers?|PCSOs?|detention\s+officers?)|(?-i:(?:PC|DC|PS|DS|Sergeant|Constable|Inspector)\s+[A-Z][\w'’-]+))"
    r"\s+(?:had|may\s+have|might\s+have|could\s+have)\s+committed\s+(?:a|an|any)\s+criminal\s+offences?\b"
    r"|\b(?:not\s+(?:find|found|identify|identified)\s+an|nor\s+(?:was|were|is)\s+there\s+(?:any|an)|nor\s+did\s+we\s+(?:find|identify|see)\s+(?:any|an))\s+(?:\w+\s+)?(?:indication|evidence)\b" +
    _NOT_KNOWING + r"{0,300}?(?:\bcommitted\s+(?:a\s+|an\s+|any\s+)?criminal\s+(?:offences?|conduct)\b"
    # ("Nor did we find any indication that a criminal offence had been committed by anyone serving with the MPS")
    r"|\bcriminal\s+offences?\s+(?:had|has|was|were)\s+been\s+committed\s+by\s+(?:anyone|anybody|any\s+(?:person|officer|member\s+of\s+staff))(?:\s+else)?\s+serving\b)"
    # ("We found that the driver had no case to answer and that the evidence did not indicate he had committed a criminal offence")
    # (of the one the same finding gave no case: not "... did not indicate she had committed a criminal offence, so the
    # constable had no grounds to arrest her", nor the force's own inquiry)
    r"|^\W*we\s+(?:\w+\s+){0,2}?(?:found|concluded|decided)\s+that\s+(?:the\s+)?[\w\s-]{1,40}?\bhad\s+no\s+case\s+to\s+answer\b[^.;]{0,60}?\band\s+that\s+the\s+evidence\s+did\s+not\s+"
    r"(?:indicate|show|suggest)\s+(?:that\s+)?(?:he|she|they)\s+(?:had\s+|may\s+have\s+)?committed\s+(?:a|an|any)\s+criminal\s+offences?\b\s*(?:[.;]|,\s+so\b|$)"
    r"|\bno\s+point\b[^.]{0,80}\bany\s+(?:indication|evidence)\b[^.]{0,300}?\bcriminal\b"
    # "At no point did we find an indication that any of them may have committed a criminal offence"
    r"|\bno\s+point\b[^.]{0,80}\ban\s+(?:indication|evidence)\s+that\s+(?:any|either|none|each)\s+of\s+them\b" + _NOT_KNOWING + r"{0,80}\bcommitted\s+(?:a\s+|an\s+|any\s+)?criminal\s+offences?\b"
    # ("..., or that any of them had committed a criminal offence", after what would justify proceedings: the offence's own
    # clause about them)
    r"|\bno\s+point\b[^.]{0,80}\ban\s+(?:indication|evidence)\s+that\s+(?:any|either|none|each)\s+of\s+them\b[^.]{0,160}?,\s+or\s+that\s+(?:any|either|none|each)\s+of\s+them\s+(?:had|may\s+have|might\s+have)\s+committed\s+(?:a\s+|an\s+|any\s+)?criminal\s+offences?\b"
    r"|\bdid\s+not\s+(?:identify|find)\s+any\s+criminal\b"
    r"|\bno\s+criminal\s+(?:offences?|matters?)\s+(?:were|was|had\s+been)\s+(?:identified|found|indicated)"
    # "satisfied that nobody serving with Thames Valley Police may have committed a criminal offence"
    r"|\b(?:nobody|no\s+one|no\s+person)\s+serving\s+with\s+(?:the\s+police|the\s+force|(?-i:(?:[A-Z][\w-]+\s+|and\s+|of\s+){1,5}(?:Police|Constabulary|Service)))\s+"
    r"(?:may\s+have\s+|had\s+|has\s+)?committed\s+(?:a\s+|an\s+|any\s+)(?:criminal\s+)?offences?\b",
    re.I,
)
_NO_CRIMINAL_PARTS = Alternation(_NO_CRIMINAL)
# Other wordings of the "no" finding, about people serving with the police (checked in the same
# sentence, since a man's offence is no indication about the police): "not considered ... an indication
# that any officer ... committed a criminal offence", "no evidence of ... criminality by the sergeants",
# "no indication that the constable committed any offences".
_NO_OFFENCE_FINDING = re.compile(
    r"\b(?:no|not\s+(?:\w+\s+)?(?:consider|find|found|identify|believe|think)\w*\s+(?:that\s+)?(?:there\s+(?:to\s+be|was|were)\s+)?(?:an?|any)|insufficient)\s+"
    r"(?:indications?|evidence)\b[^.]{0,300}?\b(?:criminal\s+(?:offences?|conduct)|criminality|committed\s+(?:a\s+|an\s+|any\s+)?(?:crimes?|offences?)|offences?\s+had\s+been\s+committed)\b"
    # "nothing we found suggested that either officer had committed a criminal offence"
    # (custody staff too, here only and straight after the word that picks them: "either member of custody staff"; elsewhere
    # "a member of custody staff" is as often the one a detainee assaulted)
    r"|" + _NOTHING_SUGGESTED + r"(?:(?:any\s+|either\s+|the\s+)?(?:(?!(?:his|her|man|woman|men|women|boy|girl|child|suspect|detainee|prisoner|driver|motorist|passenger|cyclist)\b)\w+\s+){0,4}?"
    + _POLICE_PERSON + r"|(?:(?:either|any|each|both|all|none)\s+(?:of\s+the\s+)?|the\s+)members?\s+of\s+(?:custody|detention)\s+staff)" +
    # (not what they knew of someone else's offence: "nothing to suggest the officers knew the man had committed ...")
    r"(?:" + _NOT_KNOWING + r"{0,80}?|[^.]{0,160}?\bor\s+(?:that\s+)?[^.]{0,40}?)\b(?:committed\s+(?:a\s+|an\s+|any\s+)?(?:criminal\s+)?(?:offences?|crimes?)|broken\s+the\s+criminal\s+law)\b"
    # "nothing to suggest that either of them, or anyone else serving with the force, had committed a criminal offence"
    # ("Nothing we found suggested that anyone working for the force had committed a criminal offence.")
    r"|" + _NOTHING_SUGGESTED + r"[^.]{0,80}?\b(?:anyone|anybody|any\s+person)(?:\s+else)?\s+(?:serving\s+with\b|working\s+for\b|" + _AT_THE_FORCE + r")"
    # (not what someone of the public did: "..., or that the man had committed a criminal offence")
    r"(?!" + _NOT_KNOWING + r"{0,120}?\b(?:man|woman|men|women|boy|girl|suspect|detainee|motorist|complainant)\b)" + r"(?:" + _NOT_KNOWING + r"{0,80}?"
    # ("... having behaved in a way that would justify proceedings, or having committed a criminal offence")
    r"|" + _NOT_KNOWING + r"{0,120}?,\s+or\s+(?:having|had)\s+)\bcommitted\s+(?:a\s+|an\s+|any\s+)?(?:criminal\s+)?(?:offences?|crimes?)\b"
    # ... or in the passive: "nothing to indicate that a criminal offence was committed by any officer"
    r"|" + _NOTHING_SUGGESTED + r"(?:a|an|any)\s+(?:criminal\s+)?offences?\s+(?:was|were|had\s+been)\s+committed\s+by\s+(?:any|the|either|an?)\s+(?:\w+\s+){0,2}?" + _POLICE_PERSON + r"\b"
    # "the evidence did not indicate that a person serving ... committed a criminal offence", "no member of police
    # staff had committed a criminal offence"
    r"|\b(?:did|does)\s+not\s+(?:indicate|show|suggest)\s+that\b[^.]{0,160}?\bcommitted\s+(?:a\s+|an\s+|any\s+)?(?:criminal\s+)?(?:offences?|crimes?)\b"
    r"|\bno\s+(?:\w+\s+){0,4}?(?:officers?|staff|person\s+serving)\b[^.]{0,40}\bcommitted\s+(?:a\s+|an\s+|any\s+)?(?:criminal\s+)?(?:offences?|crimes?)\b"
    # "nobody serving with the police had ..., and nothing to suggest that any of them had committed ...": "them" are
    # the police people the clause before named
    r"|\b(?:(?:none|any|all|each|either|both)\s+(?:of\s+the\s+)?(?:\w+\s+)?)?" + _POLICE_INDIVIDUAL + r"\b[^.;]{0,120}?"
    + _NOTHING_SUGGESTED + r"(?:any|either|each|both|all|none|one)\s+of\s+them\b[^.;]{0,40}?\bcommitted\s+(?:a\s+|an\s+|any\s+)?(?:criminal\s+)?(?:offences?|crimes?)\b"
    # "nothing to suggest a criminal offence by either officer" (the officer the doer, not "the officers' informant"
    # or "the men the officers stopped")
    r"|" + _NOTHING_SUGGESTED + r"(?:a|an|any)\s+(?:criminal\s+)?offences?\s+(?:by|on\s+the\s+part\s+of)\s+(?:any|the|either|an?)\s+(?:of\s+the\s+)?"
    r"(?:(?:police|detention|custody|response|arresting|other|two|three|four)\s+)?" + _POLICE_PERSON + r"\b(?![’']|\s+(?:had\s+)?(?:stopped|arrested|detained|restrained|informants?)\b)"
    # "neither officer's actions gave any indication of a criminal offence"
    r"|\b(?:neither|none\s+of\s+the)\s+(?:of\s+the\s+)?(?:\w+\s+)?" + _POLICE_INDIVIDUAL + r"\b[^.]{0,40}?\b(?:gave|showed|provided|raised)\s+(?:any\s+)?indication\s+of\s+(?:a\s+|any\s+)?criminal\s+(?:offences?|conduct)\b"
    # "we did not consider that any person serving with the police had acted ..., or had committed a criminal offence"
    r"|\b(?:we|IOPC|(?:our|the)\s+investigation)\s+(?:did|do|does)\s+not\s+(?:consider|think|believe|find)\s+that\b" +
    _NOT_KNOWING + r"{0,160}?\bcommitted\s+(?:a\s+|an\s+|any\s+)(?:criminal\s+)?offences?\b"
    # the IOPC's finding "we were satisfied that the constable had not committed any criminal offence" (not someone's claim)
    r"|\b(?:we|IOPC|investigation)\b[^.]{0,40}\b(?:satisfied|concluded|found|decided)\s+that\s+(?:the|either|neither|any)\s+(?:\w+\s+)?" + _POLICE_PERSON
    + r"\s+(?:had|has|have)\s+not\s+committed\s+(?:a\s+|an\s+|any\s+)(?:criminal\s+)?(?:offences?|crimes?)\b", re.I)
_NO_OFFENCE_FINDING_PARTS = Alternation(_NO_OFFENCE_FINDING)
# The evidence's "no" naming no one, or "either of them": "The evidence did not suggest to us that a criminal offence may
# have been committed." (the whole sentence, in our voice), "The evidence also did not indicate that either of them had
# committed a criminal offence." Ours only where the sentence before is about the people we investigated (their case
# to answer, misconduct notices) and names no member of the public: not "Officers found him dead in his flat. The
# evidence did not suggest that ...", nor "Two teenagers were detained ... did not show that either of them had ...".
_EVIDENCE_SAID_NO = re.compile(
    _THE_EVIDENCE_DID_NOT + r"to\s+us\s+that\s+(?:a|an|any)\s+criminal\s+offences?\s+(?:(?:may|might|could)\s+have\s+been|had\s+been|has\s+been|was|were)\s+committed\s*[.;]?\s*$"
    # ("Nor was there any indication that a criminal offence had been committed by any of them.")
    r"|^\W*nor\s+(?:was|were)\s+there\s+(?:any|an)\s+indication\s+that\s+(?:a|an|any)\s+criminal\s+offences?\s+(?:had|has|was|were)\s+been\s+committed\s+by\s+(?:any|either|each|none)\s+of\s+them\s*[.;]?\s*$"
    r"|" + _THE_EVIDENCE_DID_NOT + r"(?:to\s+us\s+)?that\s+(?:(?:either|any|none|both|each)\s+of\s+them|he|she|they)\s+(?:had\s+|may\s+have\s+|might\s+have\s+)?committed\s+(?:a|an|any)\s+(?:criminal\s+)?offences?\s*[.;]?\s*$"
    # ("... he had no case to answer for misconduct. Nor did the evidence indicate that he had committed a criminal offence.")
    r"|^\W*nor\s+did\s+the\s+evidence\s+(?:indicate|show|suggest)\s+(?:to\s+us\s+)?that\s+(?:he|she)\s+(?:had\s+)?committed\s+(?:a|an|any)\s+(?:criminal\s+)?offences?\s*[.;]?\s*$", re.I)
# someone of the public by who they are (not "driver", a police driver as often)
_A_PERSON_OF_THE_PUBLIC = re.compile(r"\b(?:man|woman|men|women|boys?|girls?|teenagers?|youths?|child(?:ren)?|suspects?|detainees?|prisoners?|complainants?"
                                     r"|(?-i:Mr|Mrs|Ms|Miss)|passengers?|pedestrians?|cyclists?|motorists?|neighbours?|residents?|callers?|victims?)\b", re.I)
_ABOUT_THOSE_INVESTIGATED = re.compile(r"\bcases?\s+to\s+answer\b|\bmisconduct\s+(?:notices?|caution)\b|\bwe\s+investigated\b"
                                       r"|\bjustif(?:y|ied|ies)\s+(?:disciplinary\s+|misconduct\s+)?proceedings\b", re.I)


_NOR_OF_HIM_OR_HER = re.compile(r"\W*nor\b.*?\bthat\s+(he|she)\b")
_THE_OTHER_PRONOUN = {"he": re.compile(r"\b(?:she|her|hers)\b", re.I), "she": re.compile(r"\b(?:he|him|his)\b", re.I)}


def _evidence_said_no(page: Page) -> Span | None:
    """The first sentence ``_EVIDENCE_SAID_NO`` matches whose sentence before names no one of the public and, for
    "either of them", is about those investigated; or the evidence's "nothing" of someone by pronoun, where the sentence
    before is about those investigated and names no one of the public that pronoun could mean."""
    sentences = page.sentences
    for i, (sentence, lowered) in enumerate(zip(sentences, page.lowered_sentences)):
        if "evidence" not in lowered and "nor " not in lowered and "nothing in" not in lowered:
            continue
        nothing = _NOTHING_IN_THE_EVIDENCE.search(sentence.text)
        if not (nothing or _EVIDENCE_SAID_NO.search(sentence.text)):
            continue
        before = sentences[i - 1].text if i else ""
        agentless = not re.search(r"\b(?:of\s+them|he|she|they)\b", lowered)
        # ("We concluded that the driver had a case to answer ... The evidence did not indicate that he had ...": the one
        # just decided on; not "... because he arrested a woman ... that she had ...", nor "... how they dealt with a man")
        # ("Nor did the evidence indicate that he had ...": the one the sentence before was about, so not after "for the way
        # she dealt with the son", whose "he" is someone else)
        nor = _NOR_OF_HIM_OR_HER.match(lowered)
        if nor and _THE_OTHER_PRONOUN[nor.group(1)].search(before):
            continue
        if nothing:
            pronoun = re.search(r"\b(?:he|she)\b", lowered)
            if nothing.group("whose") and not _THEIR_CASE_DECIDED_LAST.search(before):
                continue  # ("their" may be anyone the sentence before names: the protesters arrested, a family, a couple)
            if _ABOUT_THOSE_INVESTIGATED.search(before) and not (pronoun and _PUBLIC_BY_PRONOUN[pronoun.group(0)].search(before)):
                return sentence
            continue
        if agentless and not _ABOUT_THE_PUBLIC.search(before) \
                or not agentless and _ABOUT_THOSE_INVESTIGATED.search(before) and not _A_PERSON_OF_THE_PUBLIC.search(before):
            return sentence
    return None


# "We considered whether any of the officers may have committed a criminal offence. We found no indication that they had."
# (about people serving with the police, named straight after "whether": not "whether the man had committed ...")
_ASKED_CRIMINAL = re.compile(r"\b" + _ASKED_WHETHER + r"\s+whether\s+(?:there\s+(?:was|were)\s+(?:an?|any)\s+indications?\s+that\s+)?"
                             r"(?:any\s+(?:of\s+)?|either\s+(?:of\s+)?|the\s+|an?\s+)?"
                             # (not how they handled an offence: "whether Sergeant Pell had recorded the criminal offence correctly")
                             r"(?:(?:the\s+)?(?:\w+\s+)?" + _POLICE_INDIVIDUAL + r"\b(?!(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+(?:had\s+|should\s+have\s+)?(?:recorded|logged|reported|classified|crimed|investigated"
                             # (nor what they knew of another's: "whether the sergeant had been told that the man may have committed")
                             r"|(?:been\s+|was\s+|were\s+)?(?:told|informed|made\s+aware|aware|warned)\s+that|(?:knew|suspected|realised|realized|noticed)\s+that"
                             r"|(?:been\s+|was\s+|were\s+)aware\s+of\s+(?:[\w-]+\s+){0,3}?that|(?:should|must|ought\s+to)\s+have\s+(?:realised|realized|known|noticed|seen)"
                             r"|(?:knew|suspected|realised|realized)\s+(?=(?:the|a|an|his|her)\s+[\w-]+\s+(?:may|might|had|could|was)\b)"
                             # (nor someone of theirs: "whether PC Lowe's husband may have committed", the name read with its "'s")
                             r"|(?:[\w-]+\s+)?(?:husband|wife|partner|son|daughter|brother|sister|father|mother|friend|neighbour|relative|child|family))\b)"
                             # ("whether any person serving with Durham Constabulary may have committed an offence": the question only,
                             # not every reading of people serving, where a family's letter "against anyone serving with Kent Police"
                             # is no file of ours)
                             r"|(?:person|anyone|anybody)\s+serving\s+with\s+(?:the\s+)?" + _SPELLED_FORCE + r"\b"
                             # ("whether he may have committed the offence of misconduct in public office": the one just talked about,
                             # kept from the public by the check on the sentence before)
                             r"|(?:he|she)\s+(?=(?:may|might|could|had)\s+(?:have\s+)?committed\b)"
                             # ("whether the false entries could amount to a criminal offence": what the people investigated did)
                             # ("whether what the constable did could amount to misconduct in public office")
                             r"|what\s+(?:the\s+)?(?:\w+\s+)?" + _POLICE_INDIVIDUAL + r"\s+(?:did|had\s+done|said|wrote|posted)\s+(?=(?:could|might|may|would)\b)"
                             # ("whether what any of the three did could amount to gross negligence manslaughter": those investigated)
                             r"|what\s+(?:any|each|either|all|both|none)\s+of\s+(?:them|the\s+(?:two|three|four|five|six)(?:\s+" + _POLICE_INDIVIDUAL + r")?)\s+(?:did|had\s+done)\s+(?=(?:could|might|may|would)\b)"
                             r"|(?:(?:sending|sharing|posting|writing|taking|keeping)\s+)?(?:the|his|her|their|these|those)\s+(?:(?!(?:man|woman|boy|girl|complainant|Mr|Mrs|Ms)\b)[\w-]+\s+){0,3}?"
                             # ("the detective sergeant's conduct": a possessive only of someone serving, not "the neighbour's")
                             r"(?:(?:\w+\s+)?" + _POLICE_INDIVIDUAL + r"['’]s\s+(?:[\w-]+\s+)?)?"
                             r"(?:entries|search(?:es)?|actions|conduct|(?<=['’]s\s)behaviour|(?<=\bthe\s)discharge(?!\s+of\s+(?!(?:the|his|her)\s+(?:Taser|taser|firearm|weapon|gun|CS\s+spray|PAVA)\b))|comments|remarks|posts|messages|texts|emails|images|photo(?:graph)?s|videos|statements|accounts|records|restraint|force\s+used|use\s+of\s+force|driving"
                             # ("whether any of the content could amount to an offence": what the group shared)
                             # ("whether his contact with the woman could amount to ...": his, with someone)
                             r"|content|material|contact(?:\s+with\s+(?:the|a|an|her|his)\s+[\w-]+)?"
                             # ("whether the way the car was driven could amount to a criminal offence")
                             r"|way\s+(?:the|his|her|their)\s+(?!(?:stolen|other|suspect['’]s|man['’]s|woman['’]s|motorist['’]s)\b)(?:[\w-]+\s+){0,2}?(?:was|were)\s+(?:driven|handled|used|restrained|carried\s+out))"
                             # ("his searches of the database could", "the force used by the two officers could")
                             # (done "by" someone serving: not "the messages sent by her neighbour", "the force used by the man")
                             r"(?:\s+of\s+(?:the\s+|a\s+)?[\w-]+|\s+(?:used\s+|made\s+|sent\s+|written\s+)?by\s+(?:the\s+|both\s+|either\s+|all\s+)?(?:two\s+|three\s+|four\s+)?"
                             r"(?:\w+\s+)?" + _POLICE_INDIVIDUAL +
                             # ("the messages in the group chat could", "the false entries in the custody record could": a police record)
                             r"|\s+(?:in|on)\s+(?:the|their|that)\s+(?:[\w-]+\s+){0,2}?(?:group|chat|thread|account|page|(?:custody|police|crime|incident)\s+(?:records?|logs?)))?"
                             # ("whether any of the messages were grossly offensive under the Communications Act": "were" only before
                             # that Act's words, not "whether the searches were lawful", "whether the images were taken by the man")
                             r"\s+(?=(?:could|might|may|would|met|reached|crossed|amounted|constituted|pointed\s+to)\b|(?:were|was)\s+(?:grossly\s+offensive|indecent|obscene|menacing)\b(?=[^.]{0,60}\bCommunications\s+Act\b))"
                             # ("whether the altered log might amount to an offence by the detention officer": whose, said after)
                             r"|(?:the|his|her|their)\s+(?:[\w-]+\s+){1,3}?(?=(?:could|might|may|would)\s+(?:amount\s+to|be|constitute)\s+(?:a|an)\s+(?:criminal\s+)?offence\s+"
                             r"by\s+(?:the\s+|any\s+|either\s+)?(?:\w+\s+)?" + _POLICE_INDIVIDUAL + r"\b))"
                             # ("whether his conduct might amount to the offence of misconduct in public office", "whether any of the
                             # messages met the threshold for an offence under the Communications Act")
                             # ("could be an offence under the Communications Act", "could amount to misconduct in public office")
                             r"[^.]{0,80}(?:\b(?:committed|criminal)\b[^.]{0,40}\boffences?\b|\b(?:amount(?:ed)?\s+to|be|constituted?|pointed\s+to)\s+(?:a|an|the)\s+offences?\b"
                             r"|\bamount(?:ed)?\s+to\s+misconduct\s+in\s+(?:a\s+)?public\s+office\b"
                             # ("whether her conduct could amount to fraud": an offence by its name)
                             r"|\bamount\s+to\s+(?:fraud|theft|assault|harassment|stalking|perverting\s+the\s+course\s+of\s+justice|(?:gross\s+negligence\s+)?manslaughter)\b"
                             # ("might be grossly offensive under the Communications Act 2003": an offence named by its Act)
                             r"|\bunder\s+the\s+(?:Malicious\s+)?Communications\s+Act\b"
                             r"|\b(?:met|meet|reached|crossed)\s+the\s+threshold\s+for\s+(?:a|an|the|any)\s+(?:criminal\s+)?offences?\b)"
                             # (not an offence by someone of the public: "pointed to an offence by the man he had arrested")
                             r"(?!\s+by\s+(?!\w+ing\b)(?!(?:the\s+|any\s+|either\s+|both\s+)?(?:\w+\s+)?" + _POLICE_INDIVIDUAL + r"\b))", re.I)
# an offence by its name, as questions about the police name them: "an assault", "dangerous driving"
_AN_OFFENCE_BY_NAME = (r"(?:an?\s+)?(?:(?:common\s+)?assault|actual\s+bodily\s+harm|theft|fraud|(?:dangerous|careless)(?:\s+or\s+(?:dangerous|careless))?\s+driving"
                       r"|driving\s+without\s+due\s+care(?:\s+and\s+attention)?)\b")
# ... in one sentence: "We considered whether the sergeant may have committed a sexual offence and found no indication that he had"
# ", and found no indication that they had." closing the sentence that asked
# ("... and concluded that it did not": an answer only in the sentence that asked, as on its own "We concluded that he had
# not" may answer another question)
_ANSWERED_NO_AT_THE_END = (r"(?:,\s+(?:including|such\s+as|for\s+example|namely)\s+[^.,;]{1,80})?"
                           # (the offence may be named at length: "an offence under the Computer Misuse Act or of misconduct in
                           # public office")
                           # (or after a semicolon: "...; we concluded the evidence did not meet the threshold"; or a reason first: "but
                           # as they were shared in a closed group, the evidence did not suggest ...")
                           r"(?:\s+(?:under|of)\s+(?:the\s+)?[^.,;]{1,80}?)?[^.]{0,40}?(?:(?:,?\s+(?:and|but)(?:\s*,[^.,;]{1,120},|\s+(?:as|because|since)\s+[^.,;]{1,120},)?\s+|;\s*)(?:we\s+)?"
                           # ("and concluded that they did not meet the threshold")
                           # ("..., and concluded that they did not meet the threshold for referring a file to the CPS")
                           r"(?:(?:concluded|decided)(?:\s+that(?=\s*,))?" + _ASIDE + r"\s+(?:that\s+)?(?:it|they|he|she)\s+(?:did|had|was|were)\s+not\b(?:\s+(?:meet|reach|cross|met|reached|crossed)\s+(?:the|that)\s+threshold\b"
                           r"(?:\s+for\s+(?:a|an|any)\s+(?:criminal\s+)?offence|\s+" + _FOR_A_FILE_TO_THE_CPS + r")?)?"
                           # ("and concluded that none of them met the threshold for a criminal offence")
                           r"|(?:concluded|decided|found)\s+(?:that\s+)?none(?:\s+of\s+them)?\s+(?:met|reached|crossed)\s+(?:the|that)\s+threshold\b(?:\s+for\s+(?:a|an|any)\s+(?:criminal\s+)?offence)?"
                           # ("and concluded the evidence did not indicate that it did")
                           r"|(?:concluded|decided|found)\s+(?:that\s+)?the\s+evidence\s+did\s+not\s+(?:indicate|show|suggest)\s+(?:that\s+)?(?:it|they|he|she)\s+(?:did|had|was|were|could)(?=\s*[.;]\s*$)"
                           # ("and concluded that the evidence did not meet the threshold for referring a file to the CPS")
                           r"|(?:concluded|decided|found)\s+(?:that\s+)?the\s+evidence\s+did\s+not\s+(?:meet|reach)\s+the\s+threshold\s+" + _FOR_A_FILE_TO_THE_CPS +
                           # ("and concluded that the evidence did not indicate she had committed any criminal offence", "but decided the
                           # evidence did not point to one")
                           r"|(?:concluded|decided|found)\s+(?:that\s+)?the\s+evidence\s+did\s+not\s+(?:(?:indicate|show|suggest)\s+(?:that\s+)?(?:he|she|they)\s+had\s+committed\s+(?:a|an|any|that\s+or\s+any\s+other)\s+(?:criminal\s+)?offence|point\s+to\s+(?:one|an?\s+(?:criminal\s+)?offence|any\s+(?:criminal\s+)?offence))\b"
                           # ("... did not point to a criminal offence by any of them": by those asked about)
                           r"(?:\s+by\s+(?:(?:any|either|each|one)\s+of\s+them|him|her|them))?"
                           # ("the evidence did not suggest any criminal offence had been committed")
                           r"|the\s+evidence\s+did\s+not\s+(?:indicate|show|suggest)\s+(?:that\s+)?(?:any|a|an)\s+(?:criminal\s+)?offence\s+(?:had\s+been|was)\s+committed\b"
                           # ("and concluded that none of them did")
                           r"|(?:concluded|decided|found)\s+(?:that\s+)?none\s+of\s+them\s+(?:did|could|would)(?=\s*[.;]\s*$)"
                           # ("and concluded that there was no indication that he had", "... that he had done so")
                           # (or "... there was nothing to indicate that they had")
                           r"|(?:concluded|decided|found)\s+(?:that\s+)?there\s+(?:was|were)\s+(?:no\s+(?:such\s+)?(?:indication|evidence)|nothing\s+to\s+(?:indicate|suggest|show))\s+(?:that\s+)?"
                           r"(?:he|she|they|it|(?:either|any|each)\s+of\s+them)\s+(?:had|did)"
                           r"(?:\s+(?:done\s+so|committed\s+(?:one|it|an?\s+offence|" + _AN_OFFENCE_BY_NAME + r")))?(?=\s*[.;]\s*$)"
                           r"|" + _NO_SUCH_FINDING + ")"
                           # ("...; in our view there was no indication that any of the three had committed one.")
                           + r"|;\s+(?:in\s+our\s+(?:view|opinion),?\s+)?there\s+(?:was|were)\s+no\s+(?:such\s+)?(?:indication|evidence)\s+that\s+"
                           r"(?:he|she|they|it|either\s+of\s+them|any\s+of\s+(?:them|the\s+(?:two|three|four|five|six|officers|constables|sergeants|staff)))"
                           r"\s+(?:had|did)(?:\s+committed\s+(?:one|it|an?\s+offence))?)"
                           # ("..., given his account that ...", "...: the evidence fell short of ..."): the reason, not a second finding
                           # (or what followed from it: ", so no file was sent to the CPS")
                           r"(?:(?:,\s*(?:given|as|because|since|in\s+view\s+of|so)\b|:\s)(?:(?!\b(?:but|however|although|except)\b)[^.])*)?\s*[.;]?\s*$")
# the words an offence question asks with: "an offence", or "manslaughter" by its name (questions naming the other offences
# are left unread on purpose, as "his contact with the woman could amount to harassment" is often someone else's conduct)
_OFFENCE_WORDS = ("offence", "manslaughter")
# offences a question may name without the word "offence": "could amount to misconduct in public office"
_OFFENCES_BY_NAME = ("public office", "communications act")
# (the gates are constant tuples: cues.mentions knows a gate by its identity, so one built at each call would be
# registered afresh every time)
_OFFENCE_QUESTION_WORDS = _OFFENCE_WORDS + _OFFENCES_BY_NAME
_CRIMINAL_QUESTION_WORDS = ("criminal",) + _OFFENCE_QUESTION_WORDS
# The answer to our offence question, told by its parts rather than sentence by sentence: an optional clause saying how
# we got there ("Having weighed the footage against his account,", "Because we could not show that ...,"), our voice
# ("we concluded that", "our view was that"), a denial (no indication, nothing suggested, the evidence did not indicate,
# "they did not", "none did"), whom it clears ("he", "any of the three", "the officer", or the conduct: "it") and what
# ("had committed one", "had", "did"), and what followed ("so no file was sent to the CPS", "because the group was
# closed"). Whoever the lead clause mentions, the denial is of the offence just asked about; a "but" after it (or in the
# lead), or a reason naming another offence or offender, may open someone else's, so it answers nothing.
# (not a clause picking one of several out: "Having reviewed the footage of the first sergeant, we found no evidence that he
# had" answers for one of the two asked about)
def _lead_clause(openers: str, picks_one_out: str, also_not: str = "") -> str:
    """A lead clause opening with ``openers``, up to its comma, never one with words that pick one of those asked about
    out (nor a "but", "however", "although", nor ``also_not``)."""
    return openers + r"\b(?:(?!\b(?:but|however|although" + also_not + r")\b|" + picks_one_out + r")[^.;:]){1,200}?,\s*"


_OLDER_OPENERS = r"(?:having|after|because|as|given|since|on\s+(?:the|that)\s+evidence|taking\s+(?:into\s+)?account)"
_ONE_OF_THOSE_ASKED = (r"\b(?:first|second|third|fourth|other|another|one|either|each|both)\s+(?:of\s+(?:the|them)\b|(?:[\w-]+\s+)?"
                       r"(?:officers?|constables?|sergeants?|inspectors?|PCs?|members?)\b)")
_HOW_WE_GOT_THERE = r"(?:" + _lead_clause(_OLDER_OPENERS, _ONE_OF_THOSE_ASKED) + r")?"
# the newer lead words, required, after which only a pronoun or a quantifier is cleared (_offence_answer_no_pattern)
# (not a clause asking its own question: "Considering whether the man himself may have ..., ... he had"; nor one taking
# part of what was asked: "Taking the pursuit first", "Considering the first allegation")
_NEWER_LEAD = r"(?:" + _lead_clause(_NEWER_OPENERS, _ONE_OF_THOSE_ASKED, "|whether|first|second|third|part") + r")"
# where the question asked about several, one of them by post or name is picked out too: "In the light of the sergeant's
# body-worn video, we did not think there was an indication that she had" answers for one of "the sergeant or the
# constable", as "Bearing in mind the footage of PC Hale, ... he had" does (not "..., that any of them had")
# (or by a name's possessive, "Hale's body-worn video", or a post of police staff, "the call handler's recorded calls")
_HOW_WE_GOT_THERE_FOR_ALL = r"(?:" + _lead_clause(_OLDER_OPENERS, _ONE_OF_THOSE_ASKED + r"|\b(?-i:PC|DC|DS|PS|Sergeant|Constable|Inspector)\s+(?-i:[A-Z])"
                                                 r"|\b(?:officer|constable|sergeant|inspector|PCSO|driver|detective|handler|dispatcher|operator"
                                                 r"|supervisor|detention\s+officer)(?:['’]s)?\b|\b(?-i:[A-Z][a-z]+)['’]s\b") + r")?"
_OUR_VOICE = (r"(?:(?:we|the\s+investigation)\s+(?:also\s+)?(?:(?:concluded|decided|found|determined|were\s+satisfied)\s+(?:that\s+)?)?"
              r"|our\s+(?:view|opinion|conclusion)\s+was\s+(?:that\s+)?|in\s+our\s+(?:view|opinion),?\s+)")
_WHOM_IT_CLEARS = (r"(?:he|she|they|it|(?:any|either|each|all|both)\s+of\s+(?:them|the\s+(?:two|three|four|five|six|seven|eight))"
                   # (not "the other officer", whom the question may not have asked about)
                   r"|(?:the|any|either)\s+(?:of\s+the\s+)?(?:(?!other\b)[\w-]+\s+){0,2}?" + _POLICE_INDIVIDUAL + r")")
_HAD_COMMITTED_ONE = (r"(?:(?:had|may\s+have|might\s+have|could\s+have)\s+(?:committed\s+(?:one|it|such\s+an?\s+offence|(?:an?|any)\s+(?:criminal\s+)?offence)"
                      r"|done\s+so)|had|did)")


def _we_did_not_think(cleared: str) -> str:
    """"we did not think there was an indication that he had": our view, as our verb and "we" have said."""
    return (r"(?:(?<=\bwe\s)|(?<=\bwe\salso\s))" + _DID_NOT_THINK + r"\s+(?:that\s+)?there\s+(?:was|were)\s+"
            r"(?:an?|any)\s+(?:indication|evidence)\s+(?:that\s+)?" + cleared)


def _newer_denials(whom: str) -> str:
    """The denials only in the newer words, clearing ``whom``: "we did not think there was an indication that he had",
    "the evidence did not give an indication that any of them had"."""
    cleared = whom + r"\s+" + _HAD_COMMITTED_ONE
    return r"(?:" + _we_did_not_think(cleared) + r"|(?:the\s+evidence)\s+(?:also\s+)?did\s+not\s+give\s+(?:an?|any)\s+indication\s+(?:that\s+)?" + cleared + r")"


def _denies_it(whom: str, wider: bool = True) -> str:
    """The denial, clearing ``whom`` (``wider``: in the newer words too, read inside the older ones)."""
    cleared = whom + r"\s+" + _HAD_COMMITTED_ONE
    we_did_not_think = r"|" + _we_did_not_think(cleared) if wider else ""
    # ("the evidence did not give an indication that any of them had")
    gave_none = r"|give\s+(?:an?|any)\s+indication" if wider else ""
    return (r"(?:(?:there\s+(?:was|were)\s+)?no\s+(?:such\s+)?(?:indication|evidence)\s+(?:that\s+)?" + cleared +
            r"|(?:did\s+not|didn['’]t)\s+(?:find|identify|see)\s+(?:an?|any)\s+(?:indication|evidence)\s+(?:that\s+)?" + cleared
            + we_did_not_think +
            r"|nothing\s+(?:in\s+the\s+evidence\s+|(?:that\s+)?we\s+(?:saw|found|identified|examined)\s+)?(?:suggested|indicated|showed|pointed\s+to)\s+(?:that\s+)?" + cleared +
            # ("we decided it did not indicate that he may have committed any criminal offence": the evidence, by pronoun, only
            # straight after our own verb; not "It did not show ...", which may be any footage or review told before)
            r"|(?:the\s+evidence|(?:(?<=\bdecided\s)|(?<=\bconcluded\s)|(?<=\bfound\s))(?:that\s+)?it)\s+(?:also\s+)?did\s+not\s+(?:indicate|show|suggest" + gave_none + r")"
            r"\s+(?:to\s+us\s+)?(?:that\s+)?" + cleared + r")")


# (a bare reply, only as our finding: "We concluded they did not", "we concluded that none did")
_OUR_FINDING = r"(?:we|the\s+investigation)\s+(?:also\s+)?(?:concluded|decided|found|determined)\s+(?:that\s+)?"
# ("did not" or "had not": "it was not" may answer another question the sentence asked)
# ("there was not", after "whether there was an indication that ...")
def _bare_reply(subjects: str) -> str:
    return r"(?:(?:" + subjects + r")\s+(?:did|had)\s+not|(?:none|neither)(?:\s+of\s+them)?\s+(?:did|had)|there\s+(?:was|were)\s+not)"


_BARE_REPLY = _bare_reply(r"it|they|he|she")
_WHAT_FOLLOWED = (r"(?:(?:,?\s*(?:and\s+)?(?:so\s+)?(?:no\s+(?:file|referral)\s+(?:was|were|went)|we\s+did\s+not\s+(?:send|refer|pass))"
                  # (a reason naming no other offence or offender: not ": it was the other constable whose blow may have been ...")
                  # (after a comma: "that he had as much information as ..." is no reason, nor "he had since contacted")
                  # (nor one naming someone by title: "..., because the blows were struck by PC Rowe alone")
                  r"|,\s*(?:because|as|since|given)\b|:\s)(?:(?!\b(?:but|however|although|though|except|other|another|offences?|assault\w*|may|might|could)\b"
                  r"|\b(?-i:PC|DC|DS|PS|Sergeant|Constable|Inspector)\s+(?-i:[A-Z]))[^.])*)?")


# whom the newer words may clear: by pronoun or by quantifier ("either officer"), not a post that may be someone else's
# ("we did not think there was an indication that the detention officer had", after a question about the sergeant)
_WHOM_BY_PRONOUN = (r"(?:he|she|they|it|(?:any|either|each|all|both|none|neither)\s+of\s+(?:them|the\s+(?:two|three|four|five|six|seven|eight))"
                    r"|(?:any|either|each|both)\s+(?:[\w-]+\s+)?" + _POLICE_INDIVIDUAL + r")")


def _offence_answer_no_pattern(whom: str, lead: str = _HOW_WE_GOT_THERE, wider: bool = True, bare: str = _BARE_REPLY,
                               whom_by_pronoun: str = _WHOM_BY_PRONOUN) -> str:
    """The whole answer, its denial clearing ``whom`` (or a ``bare`` reply as our finding); never one quoted, which is
    someone's words ("“In the light of the footage, we did not think ...” These were the words of the force's letter").
    ``wider``: the newer words too (lead clauses and denials), which clear only ``whom_by_pronoun``."""
    answer = (r"(?:(?:" + _OUR_VOICE + r")?(?:" + _denies_it(whom, False)
              + (r"|" + _newer_denials(whom_by_pronoun) if wider else "") + r")|" + _OUR_FINDING + bare + r")")
    newer = (r"|" + _NEWER_LEAD + r"(?:(?:" + _OUR_VOICE + r")?" + _denies_it(whom_by_pronoun, True) + r"|" + _OUR_FINDING + bare + r")"
             if wider else "")
    return r"^(?!\W*[\"“‘'’])\W*(?:" + lead + answer + newer + r")" + _WHAT_FOLLOWED + r"\s*\.?\s*$"


def _offence_answer_no(whom: str) -> re.Pattern[str]:
    return re.compile(_offence_answer_no_pattern(whom), re.I)


_OFFENCE_ANSWER_NO = _offence_answer_no(_WHOM_IT_CLEARS)
# where the question asked about several people ("either constable", "PC Shaw or PC Rowe", "the officers' driving"), the
# answer may not name one of them: "they", "any of them", "none did", a pronoun, or the conduct, "it" (not "the sergeant"
# or "the first constable", with the other perhaps still open)
# (a pronoun may stand for them all, as the writer sees them; a named one is one of them)
_WHOM_ALL = (r"(?:they|it|(?:any|either|each|all|both|none|neither)\s+of\s+(?:them|the\s+(?:(?:two|three|four|five|six|seven|eight)\b)?(?:\s*[\w-]+\s+)?(?:[\w-]+s)?)"
             r"|(?:any|either|each)\s+(?:[\w-]+\s+)?" + _POLICE_INDIVIDUAL + r")")
# ("he" or "she" only in the fewer words read before, and never after a lead clause that picks one of them out, for
# whom it answers: _HOW_WE_GOT_THERE_FOR_ALL; a pronoun for several is the writer's shorthand, not to be stretched)
# (a bare "she had not" no more than a denial clearing "she": _BARE_REPLY_OF_ALL)
_BARE_REPLY_OF_ALL = _bare_reply(r"it|they")
_OFFENCE_ANSWER_NO_OF_ALL = re.compile(_offence_answer_no_pattern(_WHOM_ALL, bare=_BARE_REPLY_OF_ALL, whom_by_pronoun=_WHOM_ALL) + r"|"
                                       + _offence_answer_no_pattern(r"(?:he|she)", _HOW_WE_GOT_THERE_FOR_ALL, wider=False), re.I)
_ASKED_OF_SEVERAL = re.compile(r"\bwhether\b[^.]{0,80}?(?:\b(?:any|either|each|both|all|none)\s+(?:of\s+(?:the\b|them\b)|(?:[\w-]+\s+)?(?:officers?|constables?|sergeants?|inspectors?|staff|PCs?|DCs?|members?)\b)"
                               r"|\b(?:officers|constables|sergeants|inspectors|staff|PCs|DCs)\b"
                               # ("the call handler or the dispatcher": staff posts too; not "or the van driver", who may be anyone)
                               r"|\b(?:or|and)\s+(?:(?-i:PC|DC|DS|PS)\s|(?:the\s+)?(?:\w+\s+)?(?:officer|constable|sergeant|inspector|PCSO|call\s+handler|dispatcher)\b)"
                               # ("PC Amis or her colleague", "or the custody assistant", "or the one who sat in the back")
                               r"|\bor\s+(?:his|her|their|the)\s+(?:[\w-]+\s+)?(?:colleagues?|assistants?|partners?|one|other|crewmates?)\b)", re.I)


# (asked and answered by us: not "the call handler considered whether ... and decided that they did not", nor the force's
# own review before the matter came to us)
# (not what someone knew of another's offence: "whether Sergeant Abel had been aware that the man's messages could amount to
# an offence; the evidence did not suggest ...")
_ASKED_AND_ANSWERED_CRIMINAL = re.compile(r"\b(?:we|IOPC|IPCC|investigators?|(?:our|the)\s+investigation)\s+(?!(?:[^.]*?\s)?(?:aware|knew|known)\b)(?:also\s+|then\s+|further\s+)?"
                                          + _ASKED_CRIMINAL.pattern + _ANSWERED_NO_AT_THE_END, re.I)
# an offence asked about by its name, not the word "offence", where the question says it is someone serving who may have
# committed it, or that it is their force or driving that may amount to it: "whether either constable might have
# committed an assault", "whether the first officer's use of force could amount to an assault", "whether the officer's
# driving might amount to dangerous or careless driving" (not "whether his contact with the woman could amount to
# harassment", often someone else's conduct, nor "whether the man had committed an assault")
_OFFENCES_NAMED_FOR_THE_POLICE = ("assault", "theft", "fraud", "driving")
# someone serving, named plainly: "the four officers", "both constables", "PC Ashby", "Officer B", "DS Patel", "the custody
# officer" (a police post; not "the security officer", "an RSPCA officer")
_SOMEONE_SERVING_NAMED = (r"(?:(?-i:(?:" + _TITLES + r"|Chief\s+Inspector|Officer)\s+[A-Z][\w'’-]*)"
                          r"|(?:the\s+|both\s+|all\s+|either\s+)(?:two\s+|three\s+|four\s+|five\s+|six\s+)?"
                          r"(?:(?:police|arresting|custody|response|detention|off-duty|other|first|second|third)\s+)?" + _POLICE_INDIVIDUAL + r"\b)")
_ASKED_NAMED_OFFENCE = (r"\b" + _ASKED_WHETHER + r"\s+whether\s+(?:"
                        # ("whether PC Greaves may have committed an assault": by title and name too)
                        r"(?:(?:any|either|each|both|all)\s+(?:of\s+)?(?:the\s+)?|the\s+)?(?:\w+\s+)?" + _POLICE_INDIVIDUAL
                        + r"(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+(?:(?:may|might|could|had)\s+(?:have\s+)?committed\s+" + _AN_OFFENCE_BY_NAME +
                        # ("whether any of the officers may have assaulted the man": the offence by its verb)
                        r"|(?:may|might|could)\s+have\s+assaulted\s+(?:him|her|them|(?:the|a|an)\s+[\w-]+)\b)" +
                        # ("PC Osei's use of force": someone serving by title and name)
                        r"|(?:(?:the|his|her|their)\s+(?:(?:\w+\s+)?" + _POLICE_INDIVIDUAL + r"['’]s\s+)?|(?-i:PC|DC|DS|PS|Sergeant|Constable)\s+(?-i:[A-Z])[\w-]+['’]s\s+)"
                        r"(?:use\s+of\s+force|driving|restraint|strikes?"
                        # ("the force used by the four officers", "the force PC Iqbal used": force someone serving used, named)
                        # (no one else's "security officer", "RSPCA officer": a plain rank or a police post before it; and what
                        # they used it on or when may follow: "used by PC Ashby on the man", "during the arrest")
                        r"|(?<=\bthe\s)force\s+(?:used\s+by\s+" + _SOMEONE_SERVING_NAMED + r"(?:\s+and\s+" + _SOMEONE_SERVING_NAMED + r")?"
                        r"|(?:that\s+)?" + _SOMEONE_SERVING_NAMED + r"\s+(?:had\s+)?used)(?:\s+(?:on|during|in|when|while|against)\s+[^.,;]{1,60}?)?"
                        # ("the constable's use of his baton could amount to an assault", "PC Lund's use of a Taser on the man":
                        # force by a weapon someone serving carried, only with that person named as its user, not "her use of
                        # the CS spray")
                        r"|(?<=['’]s\s)use\s+of\s+(?:(?:his|her|their|the|a)\s+)?(?:baton|Taser|PAVA(?:\s+spray)?|CS\s+spray|incapacitant\s+spray|handcuffs|shield)"
                        r"(?:\s+on\s+(?:the|a|an)\s+[\w-]+|\s+on\s+(?:him|her))?)"
                        # (for every question above, "could amount to" or a plain "amounted to")
                        r"\s+(?:(?:could|might|may)\s+(?:have\s+)?(?:amount(?:ed)?\s+to|constituted?)|amounted\s+to|constituted)\s+" + _AN_OFFENCE_BY_NAME + r")")
_ASKED_NAMED_OFFENCE_RE = re.compile(_ASKED_NAMED_OFFENCE, re.I)
_ASKED_AND_ANSWERED_NAMED_OFFENCE = re.compile(r"\b(?:we|IOPC|(?:our|the)\s+investigation)\s+(?:also\s+)?" + _ASKED_NAMED_OFFENCE
                                               + _ANSWERED_NO_AT_THE_END, re.I)
# ... of the people by pronoun or count: "We considered whether either of them (he, any of the four) may have committed a
# criminal offence, and decided there was no indication that they had" (kept apart, as a sentence about a member of the
# public does not count; the IOPC weighs offences only by people serving with the police)
_ASKED_AND_ANSWERED_OF_THEM = re.compile(
    # (the IOPC asking: not "the attending officers considered whether either of them had committed an offence")
    r"\b(?:we|IOPC|(?:our|the)\s+investigation|investigators)\s+(?:also\s+)?" + _ASKED_WHETHER + r"\s+whether\s+"
    r"(?:(?:either|any|each|both|all)\s+of\s+(?:them|the\s+(?:two|three|four|five|six))|he|she|they)\b"
    r"[^.]{0,80}\b(?:committed|criminal)\b[^.]{0,40}\boffences?\b" + _ANSWERED_NO_AT_THE_END, re.I)
# the statutory wording, in our voice, of the person the report is about: "We did not consider there was an indication that
# he may have committed a criminal offence" (the IOPC's indication test is only for people serving with the police)
_NO_INDICATION_THAT_HE = re.compile(
    r"\b(?:we|our\s+investigation|the\s+investigation|IOPC)\s+(?:(?:did|does)\s+not\s+(?:consider|find|identify|believe)|found\s+no|identified\s+no)"
    r"\s+(?:that\s+)?(?:there\s+(?:was|were)\s+)?(?:an?\s+|any\s+)?"
    r"indications?\s+that\s+(?:he|she|they)\s+(?:may|might|could)\s+have\s+committed\s+(?:a|an|any)\s+(?:criminal\s+)?offences?\b", re.I)
# "we found nothing to suggest that either of them had committed a criminal offence": the people the report is about, by
# pronoun (the IOPC's finding on an offence is about people serving with the police)
# (an aside between them and the verb that takes in anyone else: "either of them, or anybody else working in the custody
# suite, had committed"; not one saying who they are, "they, as licensed door staff,")
_OFFENCE_BY_THEM = (r"(?:\s*,\s*or\s+(?:anybody|anyone|any\s+other\s+(?:person|officer|member)|others?)\b[^.,;]{0,80},)?\s+(?:(?:had|may|might|could)\s+(?:have\s+)?)?(?:[^.]{0,120}?,?\s+or\s+(?:had\s+)?)?"
                    r"committed\s+(?:a\s+|an\s+|any\s+)(?:criminal\s+)?offences?\b")
_NOTHING_BY_THEM = re.compile(
    # "either of them" in any voice; "he" or "they" only in our own
    _NOTHING_SUGGESTED + r"(?:either|any|none|both|each)\s+of\s+them" + _OFFENCE_BY_THEM +
    # ("Nothing in the evidence pointed to a criminal offence by either of them")
    r"|" + _NOTHING_SUGGESTED + r"(?:a|an|any)\s+(?:criminal\s+)?offences?\s+by\s+(?:either|any|each|both|one)\s+of\s+them\b" +
    r"|\b(?:we|our\s+investigation|the\s+investigation)\b.*?" + _NOTHING_SUGGESTED + r"(?:he|she|they)" + _OFFENCE_BY_THEM +
    # ("... that any of them had acted in a way that would justify disciplinary proceedings, or that any of them had committed
    # a crime": "them" are people who could face proceedings, so people serving)
    r"|" + _NOTHING_SUGGESTED + r"(?:either|any|none|each)\s+of\s+them\b[^.]{0,120}?\b(?:disciplinary|misconduct)\s+proceedings\b[^.]{0,40}?,?\s+or\s+"
    r"(?:that\s+)?(?:(?:either|any|none|each)\s+of\s+them\s+)?(?:had\s+)?committed\s+(?:a\s+crime|any\s+crimes?|(?:a\s+|an\s+|any\s+)(?:criminal\s+)?offences?)\b", re.I)
# "Nothing in the evidence suggested that he had committed a criminal offence": the evidence we gathered, of the one the
# sentence before says we investigated ("We interviewed the officer under misconduct caution"), not someone of the public
# ("Nothing in their actions indicated a criminal offence": what those we investigated did, the offence naming no one else;
# only where the sentence before ends on our decision about them, see _THEIR_CASE_DECIDED_LAST)
_NOTHING_IN_THE_EVIDENCE = re.compile(r"^\W*nothing\s+in\s+the\s+evidence\s+(?:suggested|indicated|showed|pointed\s+to)\s+(?:to\s+us\s+)?(?:that\s+)?(?:he|she|they)"
                                      + _OFFENCE_BY_THEM + r"\s*[.;]?\s*$"
                                      r"|^\W*nothing\s+in\s+(?P<whose>their)\s+(?:actions|conduct|behaviour)\s+(?:suggested|indicated|showed|pointed\s+to)\s+"
                                      r"(?:to\s+us\s+)?(?:a|an|any)\s+(?:criminal\s+)?offence\s*[.;]?\s*$", re.I)
# the sentence before ending on our decision about a group of officers, the last people it names: "..., and found that none
# of the four officers had a case to answer."
_THEIR_CASE_DECIDED_LAST = re.compile(r"\b(?:found|decided|concluded)\s+(?:that\s+)?(?:(?:none|neither|all|both|each)\s+of\s+)?the\s+(?:(?:two|three|four|five|six)\s+)?"
                                      r"(?:officers|constables|sergeants|PCs)\s+had\s+(?:a|no)\s+cases?\s+to\s+answer(?:\s+for\s+(?:gross\s+)?misconduct)?\s*\.?\s*$", re.I)
# ... by a count ("any of the three") or with our voice inside the "nothing" ("Nothing we found suggested she had ..."):
# about the police only where neither this sentence nor the one before is about members of the public ("Officers stopped
# three young men ... nothing to suggest that any of the three had ...")
_NOTHING_BY_THE_COUNTED = re.compile(
    _NOTHING_SUGGESTED + r"(?:either|any|none|both|each)\s+of\s+the\s+(?:two|three|four|five|six)\b"
    # ("... that any of the four people under investigation had committed ...": those we investigated)
    r"(?:\s+(?:people|persons|individuals)\s+(?:under\s+investigation|we\s+investigated))?" + _OFFENCE_BY_THEM +
    # ("We found nothing to suggest either had committed a criminal offence": the pronoun standing alone)
    r"|" + _NOTHING_SUGGESTED + r"(?:either|any|none|each)" + _OFFENCE_BY_THEM +
    r"|\bnothing\s+(?:that\s+)?(?:we|our\s+investigation)\s+(?:\w+\s+){1,3}?(?:indicated|suggested|showed|pointed\s+to)\s+(?:that\s+)?(?:he|she|they)"
    + _OFFENCE_BY_THEM +
    # ("Nor did we find anything to indicate that he had committed ...")
    r"|^\W*nor\s+did\s+we\s+(?:find|identify|see)\s+anything\s+(?:to\s+)?(?:indicate|suggest|show)\s+(?:that\s+)?(?:he|she|they)" + _OFFENCE_BY_THEM, re.I)
# Our own "nothing to suggest" (we are the finding's subject: not "We noted the force found nothing ...", nor a coroner's),
# of those we investigated, in words the readings above do not know: by a word that says they served ("either member of
# the custody team", "any of those we investigated"), or by "them" where the sentence before is about those we
# investigated ("We found nothing to suggest a criminal offence had been committed by either of them"; not after "a
# landlord and his tenant"), or after the "disciplinary proceedings" frame (", nor that any of them may have committed").
_WE_FOUND_NOTHING = r"^(?![^\w]*[\"“‘'])\W*(?:we|our\s+investigation|our\s+investigators|the\s+IOPC)\s+(?:also\s+)?(?:found\s+|saw\s+)?" + _NOTHING_SUGGESTED
# (custody or detention, which only police run; any other only as the force's own: not an ambulance service's control room
# staff, a council's neighbourhood team)
_POLICE_TEAM = r"(?:(?:force\s+)?custody|force\s+(?:detention|control\s+room|response|firearms|call[\s-]handling))\s+(?:team|staff|unit|shift)"
# (a team of another body told in the two sentences before: "detention staff at the immigration removal centre")
_ANOTHER_BODYS_PLACE = re.compile(r"\b(?:immigration|prison|hospital|ambulance|paramedics?|council|local\s+authority|secure\s+unit|airport|airline|contractors?|private|security|escorts?|court|care\s+home|NHS)\b", re.I)
# (and people of the public by their tie to each other: "two drivers", "a father and his son")
_A_PAIR_OF_THE_PUBLIC = re.compile(r"\b(?:drivers|motorists|father|mother|son|daughter|husband|wife|partners?|brothers?|sisters?|neighbours?|couple)\b", re.I)
_OUR_NOTHING_BY_THOSE_SERVING = re.compile(
    _WE_FOUND_NOTHING + r"(?:(?:either|any|each)\s+member\s+of\s+the\s+" + _POLICE_TEAM + r"|(?:any|either|none|each)\s+of\s+those\s+we\s+investigated)\b"
    + _OFFENCE_BY_THEM, re.I)
_OUR_NOTHING_BY_THEM = re.compile(
    _WE_FOUND_NOTHING + r"(?:a|an|any)\s+(?:criminal\s+)?offences?\s+(?:had|has|was|were)\s+(?:been\s+)?committed\s+by\s+(?:either|any|each|none|one)\s+of\s+them\b"
    r"|" + _WE_FOUND_NOTHING + r"(?:either|any|none|each)\s+of\s+them\b[^.]{0,120}?\b(?:disciplinary|misconduct)\s+proceedings\b[^.]{0,40}?,?\s+n?or\s+"
    r"(?:that\s+)?(?:either|any|none|each)(?:\s+of\s+them)?\s+(?:(?:had|may|might|could)\s+(?:have\s+)?)?committed\s+(?:a\s+crime|any\s+crimes?|(?:a\s+|an\s+|any\s+)(?:criminal\s+)?offences?)\b", re.I)


def _our_nothing_of_those_investigated(page: Page) -> Span | None:
    """The first sentence of ours saying nothing suggested an offence by those we investigated, by a word that says they
    served, or by "them" after a sentence about those we investigated that names no one of the public."""
    sentences = page.sentences
    for i, (sentence, lowered) in enumerate(zip(sentences, page.lowered_sentences)):
        if "offence" not in lowered or "?" in lowered:
            continue
        before = sentences[i - 1].text if i else ""
        if _OUR_NOTHING_BY_THOSE_SERVING.search(sentence.text) and not _ANOTHER_BODYS_PLACE.search(" ".join(s.text for s in sentences[max(0, i - 2):i])):
            return sentence
        if _OUR_NOTHING_BY_THEM.search(sentence.text) and not _ABOUT_THE_PUBLIC.search(sentence.text) \
                and _ABOUT_THOSE_INVESTIGATED.search(before) and not _A_PERSON_OF_THE_PUBLIC.search(before) and not _ABOUT_THE_PUBLIC.search(before) \
                and not _PUBLIC_GROUPS.search(before) and not _A_PAIR_OF_THE_PUBLIC.search(before):
            return sentence
    return None


# a sentence about a member of the public, whose offence is no finding about the police
# people met on the road, in a shop or at school
_PUBLIC_ROLES = r"cyclists?|riders?|motorists?|pedestrians?|passengers?|shoppers?|customers?|pupils?|students?"
_ABOUT_THE_PUBLIC = re.compile(r"\b(?:man|woman|men|women|boy|girl|people(?!\s+(?:under\s+investigation|we\s+investigated)\b)|detainee|suspect|driver|released|arrest\w*|family|complainant|"
                               + _PUBLIC_ROLES + r"|"
                               r"neighbours?|witness(?:es)?|residents?|youths?|teenagers?)\b", re.I)
# (with "anyone serving with Avon and Somerset Police": someone serving, by the force's name)
# (or anyone at all the force employs: "anyone working for the force")
_POLICE_INDIVIDUAL_RE = re.compile(r"\b" + _POLICE_INDIVIDUAL + r"\b|\bserving\s+with\s+" + _SPELLED_FORCE + r"\b"
                                   r"|\b(?:anyone|anybody|any\s+person|nobody|no\s+one)(?:\s+else)?\s+working\s+for\s+(?:the\s+force|" + _SPELLED_FORCE + r")\b", re.I)
# ... and "anyone (else) at the force", only as the one a "nothing suggested" finding is about (not for the checks that tell a
# sentence about someone serving elsewhere)
# (and custody staff, which only the "nothing suggested" reading of them, picked by "either", "any", "the", lets through)
_SERVING_OR_AT_THE_FORCE_RE = re.compile(_POLICE_INDIVIDUAL_RE.pattern + r"|\b(?:anyone|anybody|any\s+person)(?:\s+else)?\s+" + _AT_THE_FORCE
                                         + r"|\bmembers?\s+of\s+(?:custody|detention)\s+staff\b", re.I)
# someone serving, by the word for them (the sentence's subject or our interviewee)
# (the project's word for one person serving, with the plurals and detectives a subject may be)
_SERVING_NOUN = r"(?:" + _POLICE_INDIVIDUAL + r"|detectives?|members\s+of\s+(?:police\s+)?staff|call\s+handlers|police\s+drivers)"
# a sentence telling of something done, opening on who it was done to or by (no question, modal, proposal or belief in it)
_TOLD_AS_DONE = r"^(?!.*\b(?:whether|should|may|might|could|would|if|suggest\w*|propos\w*|believ\w*|asked|consider\w*)\b)\W*"
_CRIMINAL_NOTICES = r"criminal(?:\s+and\s+(?:gross\s+)?misconduct)?\s+notices?"
_YES_CRIMINAL = re.compile(
    # (not our question, "whether there was an indication that ...": its answer says, _indication_asked_and_found)
    r"(?<!no\s)(?<!not\s)(?<!whether\s)(?<!whether\sthere\s)(?<!whether\sthere\swas\s)"
    r"\b(?:an\s+|was\s+an\s+|there\s+was\s+an\s+|there\s+were\s+)indications?\s+that\b[^.]{0,300}?\bmay\s+(?:\w+\s+)?have\s+committed\b[^.]{0,120}?\b(?:criminal\s+offences?|offences?|assault|misconduct\s+in\s+(?:a\s+)?public\s+office)"
    r"|\bunder\s+(?:the\s+)?(?:both\s+)?(?:criminal\s+(?:and\s+(?:a\s+)?misconduct\s+)?|misconduct\s+and\s+(?:a\s+)?criminal\s+)cautions?\b"
    r"|\bnotices?\s+of\s+(?:a\s+)?criminal\s+investigation\b"
    # ("The officer was served with a misconduct notice and a criminal notice for careless driving", "We served criminal
    # notices on both detention officers": a criminal notice on someone serving, told as done, the person or we opening the
    # sentence; not "PC Hale served a criminal notice on the driver", "Mr Dale was served", nor one asked about, proposed
    # or supposed)
    r"|" + _TOLD_AS_DONE + r"(?:(?:the|a|an|both|all|each|one|two|three|four)\s+)?(?:[\w-]+\s+){0,2}?"
    + _POLICE_INDIVIDUAL + r"\s+(?:was|were)\s+(?:also\s+|later\s+)?served\s+with\s+(?:a\s+|an\s+)?(?:(?:gross\s+)?misconduct\s+notices?\s+and\s+(?:a\s+)?)?"
    + _CRIMINAL_NOTICES + r"\b"
    r"|" + _TOLD_AS_DONE + r"we\s+(?:also\s+|then\s+|later\s+)?served\s+(?:a\s+)?" + _CRIMINAL_NOTICES
    + r"\s+on\s+(?:the|both|all|each|two|three|four)\s+(?:[\w-]+\s+){0,2}?" + _POLICE_INDIVIDUAL + r"\b"
    r"|\b" + _POLICE_INDIVIDUAL + r"\b[^.]{0,60}?\bunder\s+caution\s+for\s+(?:an\s+)?(?:alleged\s+)?(?:criminal\s+)?offence\b"
    r"|\b(?:response|responses)\s+to\s+(?:both\s+)?the\s+criminal\s+(?:and\s+(?:a\s+)?misconduct\s+)?cautions?\b"
    r"|\b" + _POLICE_INDIVIDUAL + r"\b[^.]{0,80}?\bcriminal\s+investigation\s+into\s+(?:his|her|their)\s+conduct\b"
    # an interview as a suspect of a crime, of someone serving named as the sentence's subject: "One officer was criminally
    # interviewed", "DC Reid was interviewed criminally", "The PCSO was criminally interviewed" (not "No officer was", nor
    # the man who punched an officer)
    r"|(?:^|(?<=[.;]\s))(?:(?:the|one|both|all|two|three|each|an?)\s+(?:of\s+the\s+)?)?(?:(?!no\b|neither\b|not\b)[\w-]+\s+)?" + _SERVING_NOUN
    + r"\s+(?:was|were)\s+(?:also\s+)?(?:criminally\s+interviewed|interviewed\s+criminally|interviewed\s+(?:under\s+(?:criminal\s+)?caution\s+)?on\s+suspicion\s+of"
    # (a crime, not a breach of the standards: "on suspicion of gross misconduct", "of discreditable conduct", "of failing to")
    + r"(?!\s+(?:gross\s+)?misconduct\b(?!\s+in\s+(?:a\s+)?public\s+office)|\s+breach\w*|\s+discreditable|\s+fail\w*|\s+having\s+failed|\s+(?:poor|unsatisfactory)\b))\b"
    + r"|(?:^|(?<=[.;]\s))(?-i:(?:PC|DC|DS|PS|DI|PCSO|Sergeant|Inspector|Constable)\s+[A-Z][\w'’-]+)\s+(?:was|were)\s+(?:also\s+)?(?:criminally\s+interviewed|interviewed\s+criminally)\b"
    # ... or by us, our own voice doing it: "investigators ... and criminally interviewed the driver of the vehicle" (we
    # interview only people serving; not "Investigators from Kent Police", nor "we have not", "should we have")
    r"|\b(?:we|(?:our\s+)?investigators(?!\s+from\b))\s+(?:have\s+|had\s+|also\s+)?(?:[^.;]{0,140}?(?:,|\band)\s+)?criminally\s+interviewed\s+"
    r"(?:the|both|all|one|two|three|an?)\s+(?!(?:\w+\s+){0,2}(?:man|woman|partner|suspect|complainant|boy|girl|member\s+of\s+the\s+public)\b)"
    # ... "we interviewed the officer about allegations of misconduct in public office"
    r"|\bwe\s+(?:also\s+)?interviewed\s+(?:the|both|all|each)\s+(?:\w+\s+)?" + _SERVING_NOUN + r"\s+(?:in\s+relation\s+to|about|regarding|on\s+suspicion\s+of|for)\s+"
    r"(?:the\s+|an?\s+)?(?:allegations?\s+of\s+|offences?\s+of\s+)?misconduct\s+in\s+(?:a\s+)?public\s+office\b"
    # ... or told by us they will be: "We served the officer with a notice and informed him that he would be investigated
    # criminally for assault" (not "only if", nor what anyone else feared or asked)
    r"|\b(?:we|IOPC|IPCC)\b[^.;]{0,100}?\b(?:told|informed|notified|advised)\s+(?:him|her|them|the\s+(?:\w+\s+)?" + _SERVING_NOUN + r")\s+(?:that\s+)?"
    r"(?:he|she|they)\s+would\s+(?:also\s+)?(?:be\s+(?:investigated\s+criminally|criminally\s+investigated)|face\s+a\s+criminal\s+investigation)\b(?!\s+(?:only|if|unless)\b)"
    r"|(?:^|[.;]\s*)The\s+\w+\s+officers\s+were\s+(?:later\s+|subsequently\s+)?arrested\b"
    r"|(?:^|[.;]\s*)(?:The|An?)\s+(?:\w+\s+)?(?:officer|sergeant|constable|PC|PCSO)\b(?:,[^,]{0,40},)?\s+was\s+(?:later\s+|subsequently\s+)?arrested\b"
    r"|\bcriminal\s+investigation\s+(?:into|of)\s+(?:the\s+)?" + _POLICE_PERSON +
    # the officer charged ("PC A, who had been suspended, was charged"), not someone the officers dealt with ("arrested by
    # another officer ..., and he was convicted", "the man stopped by the officers", "arrested the man, who was charged")
    r"|(?<!\bby\s)(?<!\bby\sthe\s)(?<!\bby\sanother\s)(?<!\bby\stwo\s)(?<!\bby\sthree\s)(?<!\bby\spolice\s)(?<!\bby\sother\s)"
    r"\b(?:officers?|constables?|PCs?|sergeants?|police\s+driver)\b(?:\s+[A-Z]\b)?(?:,\s+who\b[^,.]{0,80},)?"
    r"(?:(?!\band\s+(?:the|a|an|he|she|they|his|her)\b|\b(?:who|whom|after|before|when)\b)[^.]){0,60}?\b(?:was|were)\s+(?:charged|convicted|prosecuted)\b",
    re.I,
)


# (searched by its alternatives, each only where its words appear: the same match, found faster)
_YES_CRIMINAL_PARTS = Alternation(_YES_CRIMINAL)
_YES_CRIMINAL_WORDS = ("indication", "caution", "criminal", "charged", "convicted", "prosecuted", "arrested", "public office", "suspicion")


# what, before a "yes" wording, makes it no indication about the police: a negation ("we did not find an indication that
# ...", "have not found an indication", "did not reveal an indication", "Nor did we find an indication"), a caution we
# decided against, or a member of the public's caution
_NOT_AN_INDICATION_BEFORE = re.compile(r"(?:\b(?:not|never|no)\b|n['’]t\b)(?:(?!\b(?:but|however|although)\b)[^.,;]){0,40}\bindications?\s+that\b"
                                 # ("Nor did we find an indication that", "Nor, in our view, was there", "Neither did we find",
                                 # "..., nor was there", "..., and nor was there": a clause's own denial; not "Neither PC Dale nor
                                 # PC Rook disputed that there was", "neither a warrant nor consent and we found", "Nor was it
                                 # disputed that", "Nor did he accept that")
                                 r"|(?:^\W*|[,;]\s*|\band\s+)(?:nor|neither(?=\s*,|\s+(?:did|was|were|had|has|could|is|do|does)\b))\b(?:\s*,[^.,;]{1,40},)?"
                                 r"(?:(?!\b(?:but|however|although|disput\w*|accept\w*|challeng\w*|contest\w*|den(?:y|ied|ies)|question\w*|agree\w*|admit\w*)\b)[^.,;]){0,40}\bindications?\s+that\b"
                                 # ("We decided it was not necessary to interview her under criminal caution": no caution given)
                                 r"|(?:\b(?:not|never)\b|n['’]t\b)(?:(?!\b(?:but|however|although)\b)[^.,;]){0,40}\binterview\w*\b[^.,;]{0,40}\bunder\b"
                                 # ("A man was arrested on suspicion of burglary and was interviewed under criminal caution": his)
                                 r"|^\W*(?:a|the)\s+(?:[\w-]+\s+)?(?:man|woman|boy|girl|teenager|youth|detainee|member\s+of\s+the\s+public)\b"
                                 r"(?:(?!\b(?:officers?|constables?|PCs?|sergeants?|he|she)\b)[^.;]){0,80}?\binterviewed\b", re.I)


# members of the public the sentence before may have named, as "he", "she" or a count may point back to them
_PUBLIC_EITHER = (_PUBLIC_ROLES + r"|drivers?|detainees?|suspects?|complainants?|witness(?:es)?|residents?|youths?|teenagers?|persons?|people|children|child")
_PUBLIC_BY_PRONOUN = {
    # (a neighbour too: "her neighbour had shoved her ... We examined whether his use of force could amount to an assault")
    "he": re.compile(r"\b(?:man|men|boys?|father|sons?|husband|brother|neighbours?|Mr|" + _PUBLIC_EITHER + r")\b", re.I),
    "she": re.compile(r"\b(?:woman|women|girls?|mother|daughters?|wife|sister|neighbours?|Mrs|Ms|Miss|" + _PUBLIC_EITHER + r")\b", re.I),
}
_REFERENT = re.compile(r"\b(?:(?P<pronoun>he|she|they)|of\s+the\s+(?P<count>two|three|four|five|six))\b(?=[^.]*\bcommitted\b)", re.I)


# the "no offence" finding said of one person by pronoun, in our own voice ("We found no indication that he had committed an
# offence"): theirs where neither it nor the sentence before names someone of the public the pronoun could mean
# (_first_after_no_public); not another body's finding ("The vetting unit found no indication that she ..."), nor "any of
# them", whom a sentence further back may have named as the public
_NO_OFFENCE_OF_A_REFERENT = re.compile(r"^(?=.*\bwe\b)(?=.*\b(?:he|she)\b).*?(?:" + _NO_OFFENCE_FINDING.pattern + r")", re.I)


# our view, opening the sentence, that what was done fell below an offence's threshold: "We did not consider that any of the
# messages reached the threshold for a criminal offence" (things, or the officers' or a named officer's: not "his
# driving", "their conduct", which may be the public's; nor a view we quote, or the force's investigation's)
_WHAT_THEY_DID = (r"(?:(?:the|these|those)\s+(?:(?:officers|constables|sergeants)['’]\s+)?|(?:PC|DC|PS|DS|Sergeant|Constable|Inspector)\s+[A-Z][\w-]+['’]s\s+)"
                  r"(?:[\w-]+\s+){0,2}?(?:messages|comments|posts|images|remarks|conduct|actions|behaviour|driving|searches)\s+")
# ("... for prosecution as a criminal offence")
_THRESHOLD_FOR_AN_OFFENCE = r"the\s+threshold\s+for\s+(?:prosecution\s+as\s+)?(?:a|an|any)\s+(?:criminal\s+)?(?:offences?|prosecution|charge)\b"
_OUR_VIEW_BELOW_THE_THRESHOLD = re.compile(
    r"^\W*(?:in\s+our\s+(?:view|opinion),?\s+)?we\s+(?:did|do)\s+not\s+(?:consider|think|believe|find)\s+that\s+(?:(?:any|either|each|none)\s+of\s+)?"
    + _WHAT_THEY_DID + r"(?:reached|met|crossed)\s+" + _THRESHOLD_FOR_AN_OFFENCE, re.I)
# the same view in other words, opening the sentence in our own voice and ending it ("In our view, none of the messages met
# the threshold for prosecution as a criminal offence"; "We decided the messages did not reach the threshold for a criminal
# offence"): not in quotation marks, nor reported ("..., the letter said"), nor with an exception after it ("..., except
# one image PC Lyle shared", "but PC Cray's messages did")
_OUR_VIEW_NONE_REACHED_IT = re.compile(
    r"^\s*(?:in\s+our\s+(?:view|opinion),?\s+(?:none|neither)\s+of\s+" + _WHAT_THEY_DID + r"(?:reached|met|crossed)\s+"
    r"|(?:in\s+our\s+(?:view|opinion),?\s+)?we\s+(?:decided|concluded|found)\s+(?:that\s+)?" + _WHAT_THEY_DID + r"did\s+not\s+(?:reach|meet|cross)\s+)"
    + _THRESHOLD_FOR_AN_OFFENCE + r"\s*\.?\s*$", re.I)
# what officers posted or sent, told before: the messages a view of ours can be about ("... found they shared racist and
# misogynistic messages in a group chat"; not "A woman sent abusive messages to PC Gale", "Members of the public posted
# comments about PC Kerr"; "a special constable ... had been posting racist material")
_OFFICERS_SENT_THEM = re.compile(r"\b(?:officers?|constables?|sergeants?|PCs?|PCSOs?|they)\b[^.]{0,80}?\b(?:shared|posted|sent|exchanged|wrote|forwarded|sharing|posting|sending)\b"
                                 r"[^.]{0,60}?\b(?:messages|comments|posts|images|remarks|material|content|memes)\b", re.I)


# our answer to an offence question that what it asked about fell below the threshold: "In our view, none of them met the
# threshold for a criminal prosecution", "In our view they did not reach the threshold for prosecution" (read only where
# officers are told to have sent such things, as for _OUR_VIEW_NONE_REACHED_IT; no lead clause, which may hold an
# exception)
_BELOW_THE_THRESHOLD_ANSWER = re.compile(
    r"^\W*(?:in\s+our\s+(?:view|opinion),?\s+|we\s+(?:decided|concluded|found)\s+(?:that\s+)?)"
    r"(?:(?:none|neither)\s+of\s+them\s+(?:met|reached|crossed)|(?:they|it)\s+did\s+not\s+(?:meet|reach|cross))\s+the\s+threshold"
    r"(?:\s+for\s+(?:a\s+|an\s+|any\s+)?(?:criminal\s+)?(?:prosecution|offence|charge))?" + _WHAT_FOLLOWED + r"\s*\.?\s*$", re.I)


def _asked_and_below_the_threshold(page: Page) -> tuple[Span, Span] | None:
    """Our offence question about what officers sent, answered by ``_BELOW_THE_THRESHOLD_ANSWER`` in the next sentence (the
    page searched for the officers' sending only once such an answer is found, as for ``_our_view_none_reached_it``)."""
    found = _answered_no(page, _ASKED_CRIMINAL, _BELOW_THE_THRESHOLD_ANSWER, gate=_CRIMINAL_QUESTION_WORDS, asked_by_us=True)
    return _not_after_the_public(page, found) if found is not None and _OFFICERS_SENT_THEM.search(page.text) else None


# our whole-sentence denial of an offence by those the report is about, pointed to as a group: "The evidence did not
# indicate that any of the four had committed a criminal offence", "We found nothing to suggest that either person may have
# committed a criminal offence", "Nothing we found indicated that anyone involved had committed a criminal offence", "No one
# serving with Thames Valley Police was found to have committed a criminal offence". In our own voice, opening the sentence
# (not "It found ...", "She said ...", "In their view, ..."), the whole denial; not "any of them", nor "of the staff", who
# may be the public or another body's people.
_NO_OFFENCE_BY_THOSE_INVOLVED = re.compile(
    r"^\W*(?:(?:we|our\s+investigation)\s+(?:also\s+)?(?:found|saw|identified)\s+|(?:the\s+evidence|our\s+investigation)\s+(?:also\s+)?)?"
    r"(?:nothing\s+(?:we\s+found\s+|in\s+the\s+evidence\s+)?(?:to\s+)?(?:suggest(?:ed)?|indicat(?:e|ed)|show(?:ed)?)|(?:did|does)\s+not\s+(?:indicate|suggest|show)|no\s+(?:indication|evidence))"
    r"\s+(?:to\s+us\s+)?(?:that\s+)?(?:(?:any|either|none|neither|each)\s+of\s+the\s+(?P<count>two|three|four|five|six)|(?:any|either|none|neither|each)\s+of\s+the\s+officers"
    r"|(?P<loose>(?:either|any)\s+(?:person|officer|member\s+of\s+staff)|anyone\s+involved|any\s+of\s+those\s+involved)|anyone\s+serving\s+with\s+" + _SPELLED_FORCE + r")"
    r"(?:,[^.,]{1,80},)?\s+(?:had|may\s+have|might\s+have|could\s+have)\s+committed\s+(?:a|an|any)\s+criminal\s+offence\s*\.?\s*$"
    r"|^\W*no\s+one\s+serving\s+with\s+" + _SPELLED_FORCE + r"\s+was\s+found\s+to\s+have\s+committed\s+a\s+criminal\s+offence\s*\.?\s*$", re.I)
# people of the public in a plural or a pair that _ABOUT_THE_PUBLIC does not already name (it has neighbours, residents,
# passengers, cyclists, pupils and the like): who "any of the three" or "either person" may be ("three friends", "two
# cousins", "a landlord and his tenant", supporters of two clubs)
_PUBLIC_GROUPS = re.compile(r"\b(?:friends|cousins|brothers|sisters|supporters|fans|landlord|tenant|patients)\b", re.I)


def _no_offence_by_those_involved(page: Page) -> Span | None:
    """The first sentence ``_NO_OFFENCE_BY_THOSE_INVOLVED`` matches where those it points to are police: a count only where
    the page counts police by it before ("Four officers attended"), whoever else is named, and "either person" or "anyone
    involved" only where none of the three sentences before names someone of the public."""
    if not _mentions(page.lowered, ("criminal",)):
        return None
    sentences = page.sentences
    for index, (sentence, lowered) in enumerate(zip(sentences, page.lowered_sentences)):
        if "criminal" not in lowered or not (m := _NO_OFFENCE_BY_THOSE_INVOLVED.search(sentence.text)):
            continue
        # (the page's own text before the sentence, which the sentences' spans index)
        before = page.text[sentences[max(0, index - 3)].start:sentence.start]
        if m.group("count") and not re.search(r"\b" + m.group("count") + r"\s+(?:[\w-]+\s+){0,2}?" + _POLICE_INDIVIDUAL + r"s?\b",
                                              page.text[sentences[0].start:sentence.start], re.I):
            continue
        if m.group("loose") and (_ABOUT_THE_PUBLIC.search(before) or _PUBLIC_GROUPS.search(before)
                                                       or _NAMED_MEMBER_OF_THE_PUBLIC.search(before)):
            continue
        return sentence
    return None


def _our_view_none_reached_it(page: Page) -> Span | None:
    """Our view, in other words, that what they posted fell below the threshold (``_OUR_VIEW_NONE_REACHED_IT``), where the
    report told of officers sending such things (the page searched only once such a sentence is found)."""
    said = _first(page, _OUR_VIEW_NONE_REACHED_IT, gate=("threshold",), exclude=_ABOUT_THE_PUBLIC)
    return said if said is not None and _OFFICERS_SENT_THEM.search(page.text) else None


def _first_after_no_public(page: Page, pattern: re.Pattern[str], gate: tuple[str, ...]) -> Span | None:
    """The first sentence the pattern matches where the people it points back to ("she", "any of the three") are not
    members of the public named in it or in the sentence before ("Officers stopped three young men ... nothing to suggest
    that any of the three had ..."; "... the threat the man posed. Nothing we found suggested she had ..." is hers)."""
    if not _mentions(page.lowered, gate):
        return None
    sentences = page.sentences
    for i, (sentence, lowered) in enumerate(zip(sentences, page.lowered_sentences)):
        if not (_mentions(lowered, gate) and (m := pattern.search(sentence.text))) or _ABOUT_THE_PUBLIC.search(sentence.text):
            continue
        before = sentences[i - 1].text if i else ""
        referent = _REFERENT.search(m.group(0))
        pronoun = (referent.group("pronoun") or "").lower() if referent else ""
        if pronoun in _PUBLIC_BY_PRONOUN:
            public = _PUBLIC_BY_PRONOUN[pronoun].search(before)
        elif referent and referent.group("count"):
            public = re.search(r"\b" + referent.group("count") + r"\s+(?:[\w-]+\s+){0,2}?(?:" + _PUBLIC_EITHER + r"|men|women|boys|girls)\b", before, re.I)
        else:
            public = _ABOUT_THE_PUBLIC.search(before)
        if not public:
            return sentence
    return None


# "We considered whether any of the three might have committed a criminal offence." (ours, of people counted, the count
# standing alone: not "any of the three men")
_ASKED_OF_THE_COUNTED = re.compile(
    r"^\W*(?:we|the\s+IOPC|our\s+investigation|(?:our\s+)?investigators)\s+(?:also\s+)?" + _ASKED_WHETHER
    + r"\s+whether\s+(?:any|either|each|all|both)\s+of\s+the\s+(?P<n>two|three|four|five|six)\b"
    r"(?=\s+(?:may|might|could|had|have|has|was|were|would|committed)\b)[^.]{0,40}\b(?:committed|criminal)\b[^.]{0,40}\boffences?\b", re.I)


# an answer that names the officers it clears, leaving only the offence to the question: "We examined whether taking or
# sharing the pictures might be a criminal offence. In our view the evidence did not indicate that either officer had
# committed one." (our question whether something might be a criminal offence, ending there: not "whether failing to record a
# criminal offence was a breach", nor "might be a disciplinary offence"; the answer of officers by rank, not "either staff
# member", who may be anyone's staff)
_ASKED_ABOUT_AN_OFFENCE = re.compile(r"^\W*we\s+(?:also\s+)?" + _ASKED_WHETHER + r"\s+whether\b[^.]{1,120}?\s(?:might|could|may)\s+(?:have\s+)?"
                                     r"(?:be(?:en)?|amount(?:ed)?\s+to|constituted?)\s+a\s+criminal\s+offence\s*\.?\s*$", re.I)
_THE_POLICE_COMMITTED_NONE = re.compile(
    r"^\W*(?:in\s+our\s+(?:view|opinion),?\s+)?(?:the\s+evidence\s+(?:also\s+)?did\s+not\s+(?:indicate|show|suggest)\s+(?:to\s+us\s+)?|we\s+did\s+not\s+find\s+)(?:that\s+)?"
    r"(?:either|any)\s+(?:of\s+the\s+)?(?:(?:two|three|four|five|six)\s+)?(?:(?:police|custody|response|arresting|detective)\s+)?"
    r"(?:officers?|constables?|sergeants?|inspectors?|PCs?|PCSOs?)\s+(?:had|may\s+have|might\s+have)\s+committed\s+one\s*\.?\s*$", re.I)
# ... or the answer of no offence at all, of the act the question named: "We decided that the evidence did not show that any
# offence had been committed, although ..." (read only after that question, and not after the public's act)
_NO_OFFENCE_COMMITTED = re.compile(
    r"^\W*(?:we\s+(?:also\s+)?(?:decided|concluded|found)\s+(?:that\s+)?)?(?:in\s+our\s+(?:view|opinion),?\s+)?the\s+evidence\s+(?:also\s+)?did\s+not\s+"
    r"(?:indicate|show|suggest)\s+(?:to\s+us\s+)?(?:that\s+)?(?:an?|any)\s+(?:criminal\s+)?offence\s+(?:had|has)\s+been\s+committed"
    r"\s*(?:\.|,\s+(?:although|though|even\s+though)\b[^.]*\.?)?\s*$", re.I)
# the act a question asks about, as an act of the police: its own gerund ("whether posting the photograph ...") or a person
# serving named in it; never the public's ("whether the man's behaviour ...", "whether the letters sent by a neighbour ...")
_AN_ACT_ASKED_ABOUT = re.compile(r"\bwhether\s+(?!(?:any|some|no|every)thing\b)[a-z]+ing\b", re.I)
_AT_THE_POLICE = re.compile(r"\b(?:at|to|towards|against|on)\s+$", re.I)
_PUBLIC_DOERS = r"man|woman|men|women|boy|girl|driver|detainee|suspect|prisoner|neighbour|resident|youth|teenager|complainant|caller"
_THE_PUBLICS_ACT = re.compile(r"\b(?:" + _PUBLIC_DOERS + r"|passenger|motorist|cyclist|pedestrian)s?['’]s?(?=\s)"
                              r"|\bby\s+(?:the|a|an|his|her)\s+(?:\w+\s+)?(?:" + _PUBLIC_DOERS + r")\b", re.I)


def _no_offence_in_the_act_asked_about(page: Page) -> tuple[Span, Span] | None:
    """``_NO_OFFENCE_COMMITTED`` answering our question whether an act could be an offence, where the act is plainly the
    police's (its gerund, or someone serving named in the question) and the sentence before the question names no one of
    the public: not "A man spat at PC Oakes. We considered whether the man's behaviour could amount to ..." (rv206)."""
    found = _answered_no(page, _ASKED_ABOUT_AN_OFFENCE, _NO_OFFENCE_COMMITTED, gate=("criminal",), asked_by_us=True)
    if found is None:
        return None
    asked = found[0].text
    named = list(_POLICE_INDIVIDUAL_RE.finditer(asked))
    serving = [m for m in named if not _AT_THE_POLICE.search(asked, 0, m.start())]  # (not those the act was aimed at)
    if not (_AN_ACT_ASKED_ABOUT.search(asked) or serving) or _THE_PUBLICS_ACT.search(asked) or named and not serving:
        return None
    index = _index_of(page, found[0])
    before = page.sentences[index - 1].text if index else ""
    return None if _ABOUT_THE_PUBLIC.search(before) or _NAMED_MEMBER_OF_THE_PUBLIC.search(before) else found


# our question whether any of a group may have committed an offence, answered in its own sentence: "We looked at whether
# any of the three may have committed a criminal offence and concluded that none of them had." ("had" answers "may have
# committed" only: not "whether any of them had been told ...", "had grounds to suspect ...", "had recognised ...")
_NONE_OF_THEM_HAD = re.compile(
    r"^\W*we\s+(?:also\s+)?" + _ASKED_WHETHER + r"\s+whether\s+(?:any|either|each)\s+of\s+(?:them|the\s+(?:two|three|four|five|six)(?:\s+(?:officers|constables|sergeants))?)\s+"
    r"(?:may|might|could)\s+have\s+committed\s+(?:a|an|any)\s+(?:criminal\s+)?offences?\s*,?\s+and\s+(?:concluded|decided|found)\s+(?:that\s+)?"
    r"(?:none|neither)\s+of\s+(?:them|the\s+(?:officers|constables|sergeants))\s+had\s*\.?\s*$", re.I)


def _none_of_them_had(page: Page) -> tuple[Span] | None:
    """``_NONE_OF_THEM_HAD``, where those counted are not members of the public counted just before ("Officers stopped three
    young men ...")."""
    said = _first_after_no_public(page, _NONE_OF_THEM_HAD, gate=("offence",))
    return (said,) if said is not None else None


def _asked_of_the_counted(page: Page) -> tuple[Span, Span] | None:
    """That question answered "no" by the next sentence, where the three are not members of the public counted just before
    ("Three brothers were arrested ... We considered whether any of the three ...")."""
    sentences = page.sentences
    for i, (asked, answered) in enumerate(zip(sentences, sentences[1:])):
        m = _ASKED_OF_THE_COUNTED.search(asked.text) if "offence" in asked.text else None
        if not m or not _SHORT_ANSWER_NO.search(answered.text):
            continue
        counted = [c.group(0) for before in sentences[max(0, i - 3):i]
                   for c in re.finditer(r"\b" + m.group("n") + r"\s+(?:[\w-]+\s+){0,2}?[a-z]+s\b", before.text, re.I)]
        if not any(not _POLICE_INDIVIDUAL_RE.search(c) for c in counted):
            return asked, answered
    return None


def criminal_indication(page: Page, cps: Finding) -> Finding:
    """The rules' reading first; when they find nothing, the sentence model may find a "no" (never a "yes": an
    indication of crime against a named person is not something to guess)."""
    found = criminal_by_rules(page, cps)
    if found.value != "not_stated":
        return found
    return _ask_the_model(page, "criminal_indication") or found


# the sentence before names someone of the public, whose "texts" or "messages" a question may then ask about: "Ms Reed
# had been getting abusive texts from a neighbour. We considered whether the texts could amount to an offence, ..."
# (titles by case: not the verb "miss")
# the people of a place, as the public: "villagers", "people in her village"
_PEOPLE_OF_A_PLACE = r"villagers|locals|people\s+(?:in|from)\s+(?:her|his|their|the)\s+(?:village|street|area|town|estate|community|neighbourhood)"
_NAMED_MEMBER_OF_THE_PUBLIC = re.compile(r"\b(?:neighbours?|callers?|(?-i:Mr|Mrs|Ms|Miss)|members?\s+of\s+the\s+public|residents?|detainees?"
                                         r"|" + _PEOPLE_OF_A_PLACE + r")\b", re.I)


# what the offence model cannot weigh, so a "no" it finds must not contain it: a charging or court decision (which
# presumes an indication), a criminal investigation of someone (an indication, by the codebook), the public as the
# offender, or someone's knowledge or belief ("PC Reid believed he had committed no criminal offence")
_NOT_FOR_THE_OFFENCE_MODEL = re.compile(r"\b(?:CPS|Crown|charg\w*|prosecut\w*|court|trial|jury|acquit\w*|convict\w*|arrest\w*|caution\w*"
                                        r"|criminal\s+investigation|investigated\s+(?:him|her|them|whether)|"
                                        # (not someone the force was used on: "whether the force used on the man could amount to ...")
                                        r"(?<!\bon\sthe\s)(?:man|men|woman|women)"
                                        r"|boy|girl|(?-i:Mr|Mrs|Ms|Miss)|member\s+of\s+the\s+public|driver|complainant|suspect"
                                        r"|detainee'?s?|prisoner'?s?|knew|know|aware|believ\w*|(?<!\bwe\s)(?<!\bwe\salso\s)thought|coroner|inquest|force'?s?\s+own|professional\s+standards"
                                        # (someone's account of what they saw: "PC A told us she saw nothing to suggest ...")
                                        r"|(?<!\bwe\s)(?:told|said|claimed))\b", re.I)


# our own question, asked by us as the sentence's subject ("We considered whether", "Having watched the footage, we
# looked at whether"; not "An independent expert we instructed considered whether")
_WE_ASKED = re.compile(r"^(?:[^,]{0,120},\s*)?(?:we|the\s+IOPC|the\s+IPCC|our\s+investigation)\s+(?:also\s+|then\s+|further\s+)?"
                       + _ASKED_WHETHER + r"\s+whether\b", re.I)
# no file sent to the CPS, closing our finding ("..., and no referral was made to the CPS"): what followed from our answer,
# not the charging decision the offence model cannot weigh
_NO_FILE_TO_THE_CPS = re.compile(r",?\s*(?:and\s+)?(?:so\s+)?(?:no\s+(?:file|referral)\s+(?:was|were)\s+(?:therefore\s+)?(?:sent|made|passed|referred|submitted)"
                                 r"|we\s+(?:therefore\s+)?did\s+not\s+(?:send|refer|pass)\s+(?:a|the|any)\s+(?:file|matter|case))\s+to\s+the\s+(?:CPS|Crown\s+Prosecution\s+Service)\s*\.?\s*$", re.I)
# the answer denies the offence itself, in its closing words: "concluded that they did not", "decided there was no
# indication that it did", "fell short of that threshold" (not "decided that the restraint was not proportionate",
# nor "concluded that he had not been driving within the exemptions")
# (a reason may stand between our verb and the denial: "and concluded, given that the group was closed and private, that
# there was no indication he had committed one"; or follow a bare reply: "and concluded they did not, as they were sent
# within a private group")
_OUR_ANSWER_OPENS = r"\b(?:and|but)\b[^.;]{0,100}?\b(?:found|concluded|decided)\b(?:\s*,[^.;]{1,120}?,)?[^.;]{0,40}?"
# (a bare reply answers whichever question was asked last, so only a sentence asking one thing: not "whether he had been
# trained and whether its use could amount to an offence, and found that he had not")
_OFFENCE_DENIED_BARE = re.compile(_OUR_ANSWER_OPENS + r"(?:"
                                  r"\b(?:that\s+)?(?:it|they|he|she|none|neither)\s+(?:did|had|was|were|could)\s+not\b\s*(?:[.;:]|$|meet|reach|amount"
                                  r"|,\s*(?:as|because|since|given)\b)"
                                  r"|\bnone\s+(?:did|had|was|were|could)\b\s*(?:[.;:]|$))", re.I)
_OFFENCE_DENIED = re.compile(_OUR_ANSWER_OPENS + r"(?:"
                             # ("decided there was no indication one had been committed", "no indication he had")
                             r"\bno\s+(?:indication|evidence)\s+(?:that|of)\b|\bno\s+(?:indication|evidence)\s+(?=(?:one|he|she|they|it)\s+(?:had|did|was|were)\b)"
                             # ("the evidence did not reach that level", "the threshold was not met"; not "did not reach the level
                             # expected of a handler")
                             r"|\b(?:did|had)\s+not\s+(?:meet|reach)\s+(?:the|that|this)\s+threshold|\bfell\s+short\s+of\s+(?:the|that)\s+threshold"
                             r"|\b(?:did|had)\s+not\s+reach\s+(?:that|this)\s+level\s*(?:[.;]|$)"
                             r"|\b(?:the|that|this)\s+threshold\s+(?:was|had|has)\s+not\s+(?:been\s+)?(?:met|reached)\s*(?:[.;]|$)"
                             # ("and concluded that the threshold for referring a file to the CPS had not been reached")
                             r"|\b" + _CPS_THRESHOLD_NOT_MET +
                             # ("and concluded that none of them met that threshold")
                             r"|\b(?:none|neither)\s+of\s+them\s+(?:met|reached|crossed)\s+(?:the|that|this)\s+threshold"
                             # ("and decided that the evidence did not indicate that any of the officers had committed one")
                             r"|\bthe\s+evidence\s+did\s+not\s+(?:indicate|show|suggest)\s+that\s+(?:any|either)\s+of\s+the\s+(?:\w+\s+)?"
                             r"(?:officers|constables|sergeants|staff)\s+had\s+(?:committed\s+(?:one|it|such\s+an?\s+offence)|done\s+so)\s*(?:[.;]|$)"
                             # ("and concluded that the evidence did not indicate this")
                             r"|\bthe\s+evidence\s+did\s+not\s+(?:indicate|show|suggest)\s+(?:this|that|so|it)\s*(?:[.;]|$))", re.I)
# our answer as the evidence not showing the offence, straight after the question, ours ("..., and concluded that the
# evidence did not indicate that it did", "...; the evidence did not indicate that he had committed that or any other
# offence", "and decided the evidence did not point to one"; not what else it did not show, "did not show how the injury was
# caused", "did not indicate whether he had", nor another's finding, "and the force's adviser concluded"). Whose offence
# the words do not say, so only of a question naming someone serving (_may_say_no_offence).
# ("but the evidence did not indicate that he had"; "that the officer had", "the officer had": someone serving, by post)
_EVIDENCE_DID_NOT_SHOW_IT = re.compile(r"(?:\b(?:and|but)\s+(?:we\s+)?(?:also\s+)?(?:found|concluded|decided)\b(?:\s+that)?|\bbut|;)\s*the\s+evidence\s+did\s+not\s+"
                                       r"(?:indicate|show|suggest|point\s+to|support)\s+(?:(?:that\s+(?:he|she|they|it|any\s+of\s+them|either\s+of\s+them)|(?:that\s+)?the\s+" + _POLICE_INDIVIDUAL + r")"
                                       r"\s+(?:had|did|could|was|were)"
                                       r"(?:\s+(?:committed\s+(?:that\s+or\s+any\s+other\s+(?:criminal\s+)?offence|an?\s+(?:criminal\s+)?offence|one|it|such\s+an?\s+offence)|done\s+so))?"
                                       r"|(?:an?|any)\s+(?:criminal\s+)?offence(?:\s+by\s+(?:him|her|them))?|one)\s*(?:[.;]|$)", re.I)
_OF_AN_OFFICE_HOLDER = re.compile(r"\bmisconduct\s+in\s+(?:a\s+)?public\s+office\b", re.I)
# the public in the question, or a second person left open: "the messages sent by her neighbour", "but the detention
# officer's might"
# (health workers in custody and ambulance crews serve with no police force; "misconduct in public office" is an
# offence of office holders, not of the public; "a public order offence" is anyone's, so the public's unless the
# question names someone serving as whose it is, _ASKED_OF_SOMEONE_SERVING)
# (and the public in a group or by their part in the events: protesters, fans, a dog's owner, a party's host)
_SOMEONE_ELSES_OFFENCE = re.compile(r"\b(?:neighbours?|callers?|stolen|thie(?:f|ves)|residents?|passengers?|pedestrians?|victims?|public(?!\s+office)"
                                    r"|(?:motor)?cyclists?|shop\s*(?:owners?|keepers?)|shopkeepers?"
                                    # (door staff, people of a place; not a partner or relative, often the officer's own)
                                    r"|door\s+supervisors?|security\s+guards?|bouncers?|" + _PEOPLE_OF_A_PLACE +
                                    r"|nurses?|paramedics?|ambulance|doctors?|medical|healthcare|clinicians?"
                                    r"|protesters?|demonstrators?|supporters?|fans|crowds?|students?|teenagers?|youths?|owners?|hosts?|landlords?|tenants?)\b"
                                    r"|\bbut\b[^.]*\b(?:might|may|could)\b", re.I)


# whose conduct our question asks about, named as someone serving straight after "whether": "whether the sergeant's shouting
# could amount to a public order offence" (not "whether the protesters had committed a public order offence")
_ASKED_OF_SOMEONE_SERVING = re.compile(r"\bwhether\s+(?:the\s+|(?:any|either|each)\s+of\s+the\s+)?(?:[\w-]+\s+)?(?:" + _POLICE_INDIVIDUAL + r")(?:['’]s?)?\s", re.I)
_PUBLIC_ORDER = re.compile(r"public\s+order\b", re.I)


def _someone_elses_offence(people: str) -> bool:
    """Whether the question may be about an offence of someone not serving (see _SOMEONE_ELSES_OFFENCE)."""
    return any(not (_PUBLIC_ORDER.match(people, m.start()) and _ASKED_OF_SOMEONE_SERVING.search(people))
               for m in _SOMEONE_ELSES_OFFENCE.finditer(people))


# our own finding that an offence was possible, with no denial in the sentence: "We decided that the constable's conduct
# could amount to a criminal offence", "we found that an offence may have been committed" (an indication, by the
# codebook; never the model's "no"). Not someone's claim we answered ("We rejected the suggestion that he might have
# ..."), nor "could not have".
_WE_FOUND_AN_OFFENCE_POSSIBLE = re.compile(
    r"^(?:[^,]{0,80},\s*)?(?:we|the\s+IOPC|our\s+investigation)\s+(?:also\s+)?(?:decided|concluded|found|considered)\s+(?:that\s+)?"
    r"(?:(?!\b(?:allegations?|claims?|suggestions?|idea|complaints?|assertions?|concerns?|reports?)\b)[^.;]){0,80}?"
    r"\b(?:could|may|might)\s+(?:(?!not\b|never\b)\w+\s+)?(?:have\s+)?(?:been\s+)?(?:amount(?:ed)?\s+to|committed|constitute[sd]?)\b", re.I)
# an offence not ruled out: "We were not able to rule out that ...", "It could not be ruled out", "could not exclude the
# possibility" (not "The evidence allowed us to rule out ...", a denial)
_NOT_RULED_OUT = re.compile(r"\b(?:not|n['’]t|unable\s+to)\s+(?:(?:able|possible)\s+to\s+|be\s+)?(?:rule[sd]?\s+out|exclude[sd]?)\b", re.I)
_DENIED = re.compile(r"\b(?:not|no|nothing|none|neither|nor|never)\b|n['’]t\b", re.I)


# people a sentence points back to without naming them: "he", "she", "any of them", "either of the two" (not "any of the
# three men"). The offence model's "no" about them is theirs where neither the sentence nor the one before names someone of
# the public they could be (the sentence before is model_candidates' to weigh: ModelUse.pointed_back_to)
# (not "they", often things: "we concluded that they fell short of the threshold", of the messages)
_POINTED_BACK_TO = re.compile(r"\b(?:he|she|(?:any|either|none|neither|each|both|all)\s+of\s+(?:them|the\s+(?:two|three|four|five|six)(?!\s+[a-z]+s\b)))\b", re.I)
# anyone of the public a sentence names, in the singular or plural ("Three boys were stopped", "spoke to their parents")
# (not "the people we investigated")
_THE_PUBLIC_NAMED = re.compile(r"\b(?:" + _PUBLIC_EITHER + r"|men|women|boys|girls|parents?|relatives?|friends?|prisoners?|lodgers?|tenants?)\b"
                               r"(?!\s+(?:under\s+investigation|we\s+investigated)\b)"
                               r"|(?-i:\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z])", re.I)  # ("Mr Osei", named by title)
# the view of whoever the sentence reports, not ours: "In his view the evidence did not indicate ...", "She told us ..."
_SOMEONE_ELSES_VIEW = re.compile(r"\b(?:in\s+(?:his|her|their)\s+(?:view|opinion)|according\s+to|told\s+us"
                                 r"|(?:he|she|they)\s+(?:said|considered|concluded|found|decided|felt|thought|believed|accepted)\b)", re.I)
# people in the plural the sentence before names as serving with the police ("both officers", "the two constables")
_POLICE_IN_THE_PLURAL = re.compile(r"\b(?:officers|constables|sergeants|inspectors|detectives|PCs|DCs|staff|call\s+handlers)\b"
                                   r"|\b(?:neither|both|either|each)\s+(?:\w+\s+)?(?:officer|constable|sergeant|member\s+of\s+staff)\b", re.I)
_THOSE_WE_INVESTIGATED = re.compile(r"\b(?:people|those|persons)\s+(?:we\s+investigated|under\s+investigation)\b", re.I)
_HE, _SHE = re.compile(r"\b(?:he|him|his)\b", re.I), re.compile(r"\b(?:she|her|hers)\b", re.I)


# whoever a sentence says had (or had no) case to answer serves with the police, as only they can have one: "the driver had
# no case to answer", "none of the three had a case to answer"
_CASE_DECIDED_OF = re.compile(r"\b(?:(?:the|a)\s+(?:police\s+)?[a-z]+|(?:none|any|either|neither|each|all|both)\s+of\s+(?:them|the\s+(?:two|three|four|five|six)))"
                              r"(?=\s+(?:also\s+)?(?:had|has)\s+(?:a\s+|no\s+)?(?:gross\s+misconduct\s+|misconduct\s+)?case\s+to\s+answer\b)", re.I)


def _those_decided_as_officers(text: str) -> str:
    """The sentence with everyone it says had (or had no) case to answer called "the officer(s)", and a police driver an
    officer, so the checks for the public no longer take "the driver" for a motorist: "We concluded that the driver had no
    case to answer for misconduct, and we found nothing to indicate that he had committed a criminal offence."
    """
    for said in {m.group(0) for m in _CASE_DECIDED_OF.finditer(text)}:
        text = re.sub(r"\b" + re.escape(said) + r"\b", "the officers" if " of " in said else "the officer", text)
    return re.sub(r"\bpolice\s+driver\b", "police officer", text, flags=re.I)


def _pointed_back_to_the_police(sentences: list[Span], index: int) -> bool:
    """Whether the people sentence ``index`` only points back to ("either of them", "she") are people serving with the
    police: the sentence before names one ("We found that neither officer had a case to answer.") or is our own question
    ("We considered whether her conduct could amount to fraud."), and neither it nor this one names anyone of the public.
    Or the sentence itself says, before pointing, that they had or had no case to answer and names no one of the public:
    "none of the three had a case to answer ..., and that nothing pointed to any of them having committed ..."
    """
    text = sentences[index].text
    if _CASE_DECIDED_OF.search(text):
        own = _those_decided_as_officers(text)
        pointed = _POINTED_BACK_TO.search(own)
        if pointed and _POLICE_INDIVIDUAL_RE.search(own, 0, pointed.start()) and not _SOMEONE_ELSES_VIEW.search(own) \
                and not (_ABOUT_THE_PUBLIC.search(own) or _THE_PUBLIC_NAMED.search(own)):
            return True
    if index == 0:
        return False
    pointed = _POINTED_BACK_TO.search(text).group(0).lower()
    back = index - 1
    if pointed in ("he", "she") and back > 0 and _only_goes_on_about(sentences[back].text, pointed) \
            and not any(_PUBLIC_BY_PRONOUN[pointed].search(s.text) for s in sentences[max(0, back - 3):back]):
        # ("We found PC Keeble had no case to answer. In our view her decision was a reasonable one given the threat she
        # faced. Nothing suggested that she ...": the one the sentence before that named, where no one of the public the
        # pronoun could mean was named just before: not "The man threatened PC Keeble. We found ... In our view his threats
        # were real. Nothing suggested that he ...")
        back -= 1
    before = _those_decided_as_officers(sentences[back].text)
    if not (_POLICE_INDIVIDUAL_RE.search(before) or _WE_ASKED.search(before)) or _SOMEONE_ELSES_VIEW.search(text):
        return False
    if pointed in ("he", "she"):
        # (the same person: not "she" after a sentence about an officer it calls "he")
        same, other = _same_and_other(pointed)
        if other.search(before) and not same.search(before):
            return False
    elif not (_POLICE_IN_THE_PLURAL.search(before) or len(_POLICE_INDIVIDUAL_RE.findall(before)) > 1 or _WE_ASKED.search(before)
              or _THOSE_WE_INVESTIGATED.search(text)) and re.search(r"\bthem\b", before, re.I):
        return False  # ("either of them" after one officer who "searched both of them": the two searched)
    return not any(_ABOUT_THE_PUBLIC.search(t) or _THE_PUBLIC_NAMED.search(t) for t in (before, *(s.text for s in sentences[back + 1:index + 1])))


def _same_and_other(pronoun: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words of this pronoun's person ("she", "her") and of the other sex's."""
    return (_HE, _SHE) if pronoun == "he" else (_SHE, _HE)


# someone of the public a sentence may name with no public word the lists know: "The caller later accepted ..."
_SOMEONE_ELSE_NAMED = re.compile(r"\b(?:caller|victim|informant|owner|landlord|shopkeeper|member\s+of\s+the\s+public)\b", re.I)
# a sentence opening on what the person did, by its possessive: "In our view her decision was a reasonable one", "His use
# of the Taser was proportionate" (a deed of the one just decided on, not a state or something done to someone: "In our
# view she had been wrongly suspected", "he was unwell")
_OPENS_ON_THEIR_DEED = re.compile(r"^\W*(?:(?:in\s+our\s+(?:view|opinion)|we\s+(?:found|considered|decided)\s+that)\s*,?\s*)?(?:his|her)\s+(?:[\w-]+\s+){0,2}?"
                                  r"(?:decisions?|actions?|conduct|use\s+of|response|handling|judgement|judgment|behaviour|choice)\b", re.I)


def _only_goes_on_about(text: str, pronoun: str) -> bool:
    """Whether a sentence names nobody and only goes on about what someone did, by this pronoun ("In our view her decision
    was a reasonable one given the threat she faced"), never the other's."""
    other = _same_and_other(pronoun)[1]
    return bool(_OPENS_ON_THEIR_DEED.search(text)) and not other.search(text) and not _POLICE_INDIVIDUAL_RE.search(text) \
        and not _ABOUT_THE_PUBLIC.search(text) and not _THE_PUBLIC_NAMED.search(text) and not _WE_ASKED.search(text) \
        and not _PUBLIC_BY_PRONOUN[pronoun].search(text) and not _SOMEONE_ELSE_NAMED.search(text)


def _may_say_no_offence(text: str) -> bool:
    """Whose offence is the patterns' question: the sentence names someone serving with the police, or is our own
    question answered in the same sentence ("We considered whether his driving could amount to an offence and decided
    there was no indication that it did": the IOPC asks it of the people it investigates). A question alone, another's
    question, or an answer about something else answers nothing. (A sentence the "no offence" patterns matched and
    turned down stays turned down.)"""
    # (whom the sentence says had a case to answer, or a police driver, is someone serving: "the officer" to the checks for
    # the public; the "no offence" patterns read the words as written)
    # (no file sent to the CPS, closing our finding, is read as the finding's end: "concluded that it did not, and no
    # referral was made to the CPS")
    text = _NO_FILE_TO_THE_CPS.sub(".", text)
    people = _those_decided_as_officers(text)
    if _QUESTION.search(text):
        # (the evidence not showing it answers only a question naming someone serving, or an office holder's offence)
        answered = _OFFENCE_DENIED.search(text) or _OFFENCE_DENIED_BARE.search(text) and text.lower().count("whether") < 2 \
            or _EVIDENCE_DID_NOT_SHOW_IT.search(text) and (_POLICE_INDIVIDUAL_RE.search(people) or _OF_AN_OFFICE_HOLDER.search(text))
        if not (_WE_ASKED.search(text) and answered) or _someone_elses_offence(people):
            return False
    elif not (_POLICE_INDIVIDUAL_RE.search(people) or _POINTED_BACK_TO.search(text) and not _ABOUT_THE_PUBLIC.search(people)) \
            or _NOT_RULED_OUT.search(text) \
            or (_WE_FOUND_AN_OFFENCE_POSSIBLE.search(text) and not _DENIED.search(text)):
        return False
    # (the referral threshold not met is our answer, not a charging decision the model cannot weigh)
    plain = _CPS_THRESHOLD_NOT_MET_RE.sub(" ", people) if _QUESTION.search(text) else people
    return not _NOT_FOR_THE_OFFENCE_MODEL.search(plain) and not _NO_CRIMINAL_PARTS.search(text) and not _NO_OFFENCE_FINDING_PARTS.search(text)


_MODEL_MAY_SAY_NO_OFFENCE = {"no": _may_say_no_offence}


# messages someone of the public sent: "abusive messages from a neighbour", "his former partner had sent him texts"
_PUBLIC_SENDER = re.compile(r"\b(?:messages|texts|emails|posts|comments|images|photos|letters|calls)\s+(?:[\w-]+\s+){0,3}?(?:from|by)\s+(?:(?:a|an|the|her|his|their)\s+)?(?:former\s+|ex-?)?"
                            r"(?:neighbours?|partners?|husband|wife|boyfriend|girlfriend|relatives?|residents?|man|woman|stranger|caller|member\s+of\s+the\s+public"
                            r"|(?:local\s+)?people|locals|villagers)\b(?!['’]s)"
                            r"|\b(?:neighbours?|partners?|husband|wife|boyfriend|girlfriend|man|woman)\s+(?:had\s+)?(?:sent|posted|written|made)\b", re.I)
# someone serving doing what the question asks about: "a sergeant had sent him abusive messages"
_SOMEONE_SERVING_DID = re.compile(r"\b" + _POLICE_INDIVIDUAL + r"\b[^.;]{0,80}?\b(?:had\s+)?(?:sent|sending|posted|posting|wrote|written|made|shared|sharing|used|pushed|struck|kicked|punched|sprayed|searched|restrained)\b", re.I)
# colleagues giving statements, who are no members of the public: "The other members of the group gave witness statements"
_COLLEAGUES_GAVE_STATEMENTS = re.compile(r"^\W*(?:the\s+)?(?:other|remaining)\s+(?:members\s+of\s+(?:the|his|her|their)\s+(?:group|team|shift|unit)|officers|colleagues)\s+"
                                         r"(?:all\s+)?gave\s+witness\s+statements\b", re.I)
_THOSE_INVESTIGATED = re.compile(r"\b(?:people|persons|those|all\s+\w+)\s+(?:under\s+investigation|we\s+investigated|investigated|served\s+with\s+(?:misconduct\s+)?notices)\b", re.I)


_PRONOUN_OF = {"he": "he", "his": "he", "she": "she", "her": "she"}


def _not_after_the_public(page: Page, found):
    """What a question-and-answer rule found (a sentence, or the question and its answer), unless its question names no
    one serving and is about what a member of the public did: messages the three sentences before say someone of the
    public sent ("Ms Hale had been getting abusive messages from a neighbour"), with no one serving said to have sent
    them, or whatever the sentence just before, naming no one serving, says of the public ("Ms Reed had been getting
    abusive texts ... We considered whether the texts could amount to an offence"), as the offence model is kept from it."""
    if found is None:
        return None
    asked = found[0] if isinstance(found, tuple) else found
    index = _index_of(page, asked)
    if not index or _POLICE_INDIVIDUAL_RE.search(asked.text):
        return found  # ("whether the constable's use of force ...": someone serving)
    earlier = page.sentences[max(0, index - 3):index]
    before = earlier[-1].text
    pronoun_asked = re.search(r"\bwhether\s+(he|she|his|her)\s", asked.text, re.I)
    if pronoun_asked and _PUBLIC_BY_PRONOUN[_PRONOUN_OF[pronoun_asked.group(1).lower()]].search(before):
        # ("During the arrest, the man bit PC Kay's hand. We considered whether he may have committed ...": his; "Mr Hart
        # sent PC Lowe abusive texts. We considered whether his messages amounted to ...")
        return None
    if any(_PUBLIC_SENDER.search(s.text) for s in earlier) and not any(_SOMEONE_SERVING_DID.search(s.text) for s in earlier):
        return None
    if _POLICE_INDIVIDUAL_RE.search(before):
        return found  # ("Mr Dale said a sergeant had sent him messages. We considered whether the messages ...")
    pronoun = re.match(r"\W*(he|she)\b", before, re.I)
    if pronoun and len(earlier) > 1 and _ABOUT_THOSE_INVESTIGATED.search(earlier[-2].text) \
            and not _PUBLIC_BY_PRONOUN[pronoun.group(1).lower()].search(before) \
            and re.search(r"\bwhether\s+" + ("his" if pronoun.group(1).lower() == "he" else "her") + r"\b", asked.text, re.I):
        # ("... interviewed the officer under misconduct caution. He accepted that the contact with the woman had been unwise.
        # We considered whether his conduct ...": the one interviewed, whoever his account names)
        return found
    before = _THOSE_INVESTIGATED.sub(" ", before)  # ("All three people under investigation were interviewed ...": police)
    # ("The other members of the group gave witness statements": colleagues of those investigated, by the statements they gave)
    before = _COLLEAGUES_GAVE_STATEMENTS.sub(" ", before)
    return None if _NAMED_MEMBER_OF_THE_PUBLIC.search(before) or _ABOUT_THE_PUBLIC.search(before) else found


def _offence_answered_no(page: Page, question: re.Pattern[str], gate: tuple[str, ...]) -> tuple[Span, Span] | None:
    """Our offence question, answered "no" by the next sentence read by its parts; a question about several people must be
    answered for them all."""
    return _answered_no(page, question, _OFFENCE_ANSWER_NO, gate=gate, asked_by_us=True, exclude=_ASKED_OF_SEVERAL) \
        or _answered_no(page, question, _OFFENCE_ANSWER_NO_OF_ALL, gate=gate, asked_by_us=True)


_CRIME_WORDS = ("criminal", "crime", "offence")


def _no_offence_of_those_pointed_back_to(page: Page) -> Span | None:
    """A "no offence" finding naming no one, only pointing back ("The evidence also did not suggest that he had committed
    any criminal offence.") to people serving: "We concluded that the driver had no case to answer for misconduct." just
    before (see ``_pointed_back_to_the_police``)."""
    if not _mentions(page.lowered, _CRIME_WORDS):
        return None
    for index, (sentence, lowered) in enumerate(zip(page.sentences, page.lowered_sentences)):
        if _mentions(lowered, _CRIME_WORDS) and _NO_OFFENCE_FINDING_PARTS.search(sentence.text) \
                and not _POLICE_INDIVIDUAL_RE.search(sentence.text) and _POINTED_BACK_TO.search(sentence.text) \
                and _pointed_back_to_the_police(page.sentences, index):
            return sentence
    return None


# our question whether there was an indication that someone serving may have committed an offence, answered "yes" in its
# own sentence or one of the next two ("We considered whether there was an indication that any of the officers may have
# committed a criminal offence. Having viewed the footage, we decided that there was."); the question alone is no finding
# (_YES_CRIMINAL)
_INDICATION_ASKED = re.compile(r"\bwhether\s+(?:there\s+(?:was|were)\s+)?(?:an?\s+|any\s+)?indications?\s+that\s+"
                               r"(?:(?:any|either|each|one|both|all)\s+of\s+(?:the|them|these|those)\b|the\s+(?:[\w-]+\s+)?" + _POLICE_INDIVIDUAL
                               + r"\b|(?-i:PC|DC|PS|DS|Sergeant|Constable|Inspector)\s+(?-i:[A-Z]))[^.]{0,200}?"
                               r"\b(?:may|might|could)\s+(?:\w+\s+)?have\s+committed\b", re.I)
# "there was", as a reply: alone, or "an indication", "in the case of PC Ash", "and ..."; never "there was not", "no"
_THERE_WAS_REPLY = (r"\s*,?\s*(?:that\b\s*)?(?:,?\s*[^,.;]{1,40},\s*)?there\s+(?:was|were)"
                    r"(?=\s*(?:[,.;]|$)|\s+(?:(?:such\s+)?an?\s+indication|one|in\s+(?:the\s+case\s+of|respect\s+of)|and)\b)")
_OUR_ANSWER_VERB = r"(?:found|decided|concluded|determined)"
_OUR_VIEW_WAS = r"our\s+(?:view|conclusion|finding)\s+was|in\s+our\s+view"
# (its own sentence, after a lead clause: "Having viewed ..., we decided that there was"; or after "and" in the question's)
_THERE_WAS_NEXT = re.compile(r"^(?:[^.;]{0,100},\s*)?(?:we\s+(?:also\s+)?" + _OUR_ANSWER_VERB + r"|" + _OUR_VIEW_WAS + r")" + _THERE_WAS_REPLY, re.I)
_THERE_WAS_AFTER = re.compile(r"\band\s+(?:(?:we\s+)?(?:also\s+)?" + _OUR_ANSWER_VERB + r"|" + _OUR_VIEW_WAS + r")" + _THERE_WAS_REPLY, re.I)


def _indication_asked_and_found(page: Page) -> Span | None:
    """Our question whether there was an indication of an offence by someone serving, answered "there was" in its own
    sentence or one of the next two (not someone else's question: "Collision investigators considered whether ...")."""
    if "indication" not in page.lowered:
        return None
    sentences = page.sentences
    for index, sentence in enumerate(sentences):
        asked = _INDICATION_ASKED.search(sentence.text)
        if not asked or not _WE_ASKED.search(sentence.text):
            continue
        if _THERE_WAS_AFTER.search(sentence.text, asked.end()):
            return sentence
        for later in sentences[index + 1:index + 3]:
            if _THERE_WAS_NEXT.match(later.text):
                return sentence
            if "whether" in later.text.lower():
                break  # (a second question takes the reply)
    return None


def criminal_by_rules(page: Page, cps: Finding) -> Finding:
    """Criminal indication as the rules read it (the sentence model is trained on this reading's evidence)."""
    yes = _first(page, _YES_CRIMINAL_PARTS, gate=_YES_CRIMINAL_WORDS, negated_before=_NOT_AN_INDICATION_BEFORE) \
        or _indication_asked_and_found(page)
    if yes:
        return Finding("yes", (yes,), "indication of an offence, criminal caution or charge of a person serving with the police")
    if cps.value == "yes":
        return Finding("yes", cps.evidence, "a file on a person serving with the police went to the CPS")
    no = _first(page, _NO_CRIMINAL_PARTS, gate=("criminal",)) or _first(
        page, _NO_OFFENCE_FINDING_PARTS, gate=_CRIME_WORDS, also=_SERVING_OR_AT_THE_FORCE_RE) \
        or _no_offence_of_those_pointed_back_to(page)
    if no:
        return Finding("no", (no,), "'no indication ... criminal offence'")
    no = _not_after_the_public(page, _first(page, _ASKED_AND_ANSWERED_CRIMINAL, gate=_OFFENCE_QUESTION_WORDS)) \
        or _first(page, _NO_INDICATION_THAT_HE, gate=("indication",)) \
        or _first(page, _NOTHING_BY_THEM, gate=_CRIME_WORDS, exclude=_ABOUT_THE_PUBLIC) \
        or _first(page, _ASKED_AND_ANSWERED_OF_THEM, gate=("offence",), exclude=_ABOUT_THE_PUBLIC) \
        or _first_after_no_public(page, _NOTHING_BY_THE_COUNTED, gate=("offence",)) or _evidence_said_no(page) \
        or _our_nothing_of_those_investigated(page) \
        or _first_after_no_public(page, _NO_OFFENCE_OF_A_REFERENT, gate=_CRIME_WORDS) \
        or _first_after_no_public(page, _OUR_VIEW_BELOW_THE_THRESHOLD, gate=("threshold",)) \
        or _no_offence_by_those_involved(page) \
        or _our_view_none_reached_it(page) \
        or _not_after_the_public(page, _first(page, _ASKED_AND_ANSWERED_NAMED_OFFENCE, gate=_OFFENCES_NAMED_FOR_THE_POLICE))
    if no:
        return Finding("no", (no,), "'no indication ... offence', said of the person the report is about")
    asked_and_answered = _not_after_the_public(page, _answered_no(page, _ASKED_CRIMINAL, _SHORT_ANSWER_NO, gate=_CRIMINAL_QUESTION_WORDS, asked_by_us=True)) \
        or _asked_of_the_counted(page) \
        or _answered_no(page, _ASKED_ABOUT_AN_OFFENCE, _THE_POLICE_COMMITTED_NONE, gate=("criminal",), asked_by_us=True) \
        or _no_offence_in_the_act_asked_about(page) \
        or _none_of_them_had(page) \
        or _answered_no(page, _ASKED_HAD_COMMITTED, _HAD_NOT_REPLY, gate=("offence",), asked_by_us=True) \
        or _not_after_the_public(page, _offence_answered_no(page, _ASKED_CRIMINAL, _CRIMINAL_QUESTION_WORDS)) \
        or _asked_and_below_the_threshold(page) \
        or _not_after_the_public(page, _offence_answered_no(page, _ASKED_NAMED_OFFENCE_RE, _OFFENCES_NAMED_FOR_THE_POLICE))
    if asked_and_answered:
        return Finding("no", asked_and_answered, "asked whether anyone committed an offence, and answered no")
    return Finding("not_stated")


# --- organisational learning ----------------------------------------------------

# a force's name, or "the police", "the local police" (any word before it, as these patterns are read case-blind)
_FORCE_NAME = r"(?:[A-Z][\w-]+\s+(?:Police|Constabulary))"
# a title before a person's letter or name: "PC A", "Sergeant Lowe"
_OFFICER_TITLE = r"(?:PC|DC|DS|PS|PCSO|Sergeant|Constable|Inspector|Officer)"
# a force by its initials ("GMP", "BTP"), read with capitals kept
_ACRONYM = r"(?-i:[A-Z]{2,5})"
# initials that are a rank, not a force: "the DS", "PCSO Smith"
_RANK_INITIALS = r"PCSO|PC|DC|DS|CDO|DI|DCI|PS"
# a force by its initials ("GMP", "BTP"): not a rank's, nor another body's ("the DS", "the IOPC", "the CPS")
_FORCE_INITIALS = r"(?!(?:IOPC|IPCC|CPS|" + _RANK_INITIALS + r")\b)" + _ACRONYM
# the body learning can be for: "the force", "Dorset Police"
# ("Devon and Cornwall Police", "City of London Police": a name spelled out)
_LEARNER = r"(?:the\s+|either\s+|both\s+|each\s+)?(?:forces?|organisation|constabulary|" + _FORCE_NAME + r"|" + _SPELLED_FORCE + r")"
# the IOPC itself searching (not "PC A looked for learning materials")
_WE_LOOKED_FOR = r"\b(?:we|IOPC|IPCC|(?:the|our)\s+investigation|investigators?)\s+(?:also\s+)?(?:looked|searched)\s+for\b"
# the force as a body, with the space before what follows: "the force as a whole", "Kent Police as an organisation",
# "the force, as an organisation, needed"
_AS_A_BODY = r"(?:,?\s+as\s+(?:an\s+organisation|a\s+whole),?)?\s+"
# what the force might learn or change ("needed to change as an organisation", "... to change.", "... to improve, and
# ..."; not "change in its decision on the outcome")
_LEARN_OR_CHANGE = (r"(?:learn|do\s+differently"
                    # ("... needed to change about how it monitors ...": its own practice)
                    r"|(?:change|improve)(?=\s+as\s+(?:an\s+organisation|a\s+whole)\b|\s*[.;,]|\s+(?:from|after|as\s+a\s+result)\b"
                    r"|\s+(?:about|in)\s+(?:how|the\s+way)\s+it\b(?![^.]*\bcomplain)))")
# "anything the force could learn", "anything Kent Police should do differently"
_ANYTHING_FOR_THE_FORCE = (r"anything\s+(?:that\s+)?(?:the\s+|either\s+|both\s+|each\s+)?(?:force|forces|organisation|constabulary|" + _FORCE_NAME
                           # ("anything the MPS as an organisation should learn": its initials, as the questions below take them)
                           + r"|(?!SIO\b)" + _FORCE_INITIALS + r")"
                           # ("anything the force itself needed to learn": the police as the body, not "the organisation itself", a
                           # care home, or initials, "the NHS itself")
                           + r"(?:(?:(?<=force)|(?<=constabulary)|(?<=police)|(?<=service))\s+itself)?" + _AS_A_BODY
                           + r"(?:could|might|should|can|needed\s+to|ought\s+to)\s+" + _LEARN_OR_CHANGE)
# learning or lessons for some of the people serving, not the organisation: "any lessons for the two officers", "for PC
# Wade" (not "for call handlers", a group of its staff, nor "for the officers or for the force")
_SOME_OF_ITS_PEOPLE = (r"(?:(?:the|both|either|these|those)\s+(?:[\w-]+\s+)?(?:officers?|constables?|sergeants?|inspectors?|detectives?"
                       r"|staff|members?\s+of\s+staff|PCSOs?|call\s+(?:handlers?|takers?)|drivers?|supervisors?|investigators?)"
                       r"|(?-i:(?:" + _OFFICER_TITLE + r"|" + _RANK_INITIALS + r"|Sgt)\s+[A-Z][\w'’-]*))\b")
_FOR_SOME_OF_ITS_PEOPLE = (r"\s+for\s+" + _SOME_OF_ITS_PEOPLE
                           + r"(?!\s+(?:or|and)\s+(?:for\s+)?(?:the\s+)?(?:force|organisation|constabulary|" + _FORCE_NAME + r"))")
# ... or named as the question's subject: "whether PC Lane and PC Stoll needed any further learning"
_THEY_NEEDED = (r"(?!\s+" + _SOME_OF_ITS_PEOPLE + r"(?:\s+and\s+" + _SOME_OF_ITS_PEOPLE + r")?\s+"
                r"(?:needed|required|would\s+benefit|should\s+(?:receive|have|get))\b)")
# asking whether there was learning: "we considered whether there was any learning for the force" ("looked carefully at
# whether", "considered closely whether")
# (one question: "whether the policy had been followed and whether it held any lessons" asks two, and "it was not" answers
# the first)
_ASKED_LEARNING = (r"(?:\b" + _ASKED_WHETHER + r"\s+whether\b" + _THEY_NEEDED + r"(?:(?!\bindividual\b|\bwhether\b)[^.]){0,80}"
                   r"\b(?:(?:any|organi[sz]ational|wider)\s+(?:\w+\s+){0,2}?(?:learning|lessons)(?!" + _FOR_SOME_OF_ITS_PEOPLE + r")"
                   # ("whether there was anything the force could learn from the case", "... the force as a whole could learn",
                   # "... Kent Police should do differently")
                   r"|" + _ANYTHING_FOR_THE_FORCE +
                   # ("whether Kent Police's policy or training on Taser needed to change")
                   r"|(?:the\s+force['’]s|" + _SPELLED_FORCE + r"['’]s|its)\s+(?:[\w-]+\s+){0,3}?(?:polic(?:y|ies)|training|procedures?|practices?|guidance)\b[^.]{0,60}?\b(?:needed|had|ought)\s+to\s+change"
                   # ("whether Kent Police should change anything about how it deals with such calls")
                   r"|(?:the\s+)?(?:force|forces|organisation|constabulary|" + _FORCE_NAME + r"|(?!SIO\b)" + _FORCE_INITIALS + r")" + _AS_A_BODY + r"(?:should|could|needed\s+to|ought\s+to)\s+change\s+anything"
                   # ("whether anything in the force's policies, training or procedures should change")
                   r"|anything\s+in\s+(?:the\s+force['’]s|its)\s+(?:polic(?:y|ies)|training|procedures?|practices?|guidance)\b[^.]{0,60}?\b(?:should|needed\s+to|had\s+to)\s+change"
                   # ("whether the force could learn anything from the incident")
                   # ("whether BTP could learn anything as an organisation")
                   r"|(?:the\s+)?(?:force|forces|organisation|constabulary|" + _FORCE_NAME + r"|(?!SIO\b)" + _FORCE_INITIALS + r")\s+(?:could|might|should|can)\s+learn\s+anything"
                   # ("whether BTP as an organisation had anything to learn", "whether the case raised any wider issues for Kent Police")
                   r"|(?:force|forces|organisation|constabulary|Police|" + _ACRONYM + r")(?:,?\s+as\s+(?:an\s+organisation|a\s+whole),?|\s+itself)?\s+(?:had|has)\s+(?:anything\s+to\s+learn"
                   # ("whether the force itself had lessons to take from the incident")
                   r"|(?:any\s+)?(?:lessons|learning)\s+to\s+(?:take|learn|draw))"
                   r"|(?:any\s+)?wider\s+issues\s+for\s+" + _LEARNER +
                   # ("whether there was anything for GMP as an organisation to learn from this collision")
                   r"|anything\s+for\s+(?:" + _LEARNER + r"|(?!" + _RANK_INITIALS + r")" + _ACRONYM + r")" + _AS_A_BODY + r"to\s+" + _LEARN_OR_CHANGE +
                   # ("whether there was learning for Dorset Police", "... lessons here for the force")
                   # ("whether there were lessons for GMP as a force": by its initials too)
                   # (not a rank's letters or a person's: "lessons for DSU Marsh")
                   r"|(?:learning|lessons)\s+(?:here\s+|in\s+(?:this|the)\s+case\s+)?for\s+(?:" + _LEARNER + r"|(?!(?:SIO|DSU|DCS|DCC|ACC|DCI|DSI)\b)" + _FORCE_INITIALS + r"\b(?!\s+(?-i:[A-Z])[a-z]))" +
                   r"|(?:opportunit(?:y|ies)|chance|scope)\s+for\s+(?:the\s+|either\s+|both\s+)?(?:force|forces|organisation|constabulary|service|" + _FORCE_NAME + r")\s+to\s+learn"
                   # ("whether the case showed any need for the force to change the way it acts on ANPR information")
                   # (the force by name, about its own ways: not "any need for the DCC to change her decision", "... to change
                   # PC Ray's driving authorisation")
                   r"|(?:any|a)\s+need\s+for\s+(?:the\s+force|(?-i:" + _SPELLED_FORCE + r"))\s+to\s+(?:change|improve)\s+(?:anything|the\s+way\s+it|how\s+it"
                   r"|its\s+(?:[\w-]+\s+)?(?:polic(?:y|ies)|procedures?|practices?|guidance|training|systems?|approach)))\b"
                   # "we looked for opportunities for organisational learning", "we looked for anything the force could learn"
                   r"|" + _WE_LOOKED_FOR + r"\s+" + _ANYTHING_FOR_THE_FORCE +
                   r"|" + _WE_LOOKED_FOR + r"\s+(?:any\s+)?(?:(?:wider|organi[sz]ational)\s+)?(?:opportunit(?:y|ies)\s+for\s+(?:(?:wider|organi[sz]ational)\s+)?)?(?:learning|lessons)\b"
                   # ("we looked for opportunities for the force to learn from this case")
                   r"|" + _WE_LOOKED_FOR + r"\s+(?:any\s+)?(?:opportunit(?:y|ies)|chances?|ways)\s+for\s+(?:the\s+|either\s+|both\s+)?(?:force|forces|organisation|constabulary|" + _FORCE_NAME + r")\s+to\s+learn\b)")
# the sentence is the whole answer, with nothing kept back: not "Beyond that, ...", "Apart from this, ...", "... other than ..."
_WHOLE_ANSWER = r"^(?!.*\b(?:beyond|further|apart\s+from|other\s+than|else|except)\b)"
# what a denial says was not identified: "any organisational learning", "any learning opportunities", "any recommendations"
_LEARNING_OR_RECOMMENDATIONS = r"(?:organisational\s+learning|learning(?:\s+opportunities)?|(?:learning\s+)?recommendations)"
_NO_LEARNING = re.compile(
    # "We did not think there was anything Kent Police as an organisation needed to learn from the case." (the whole answer:
    # not "Beyond that, ...", "... about its pursuit policy", "..., but we recommended ...")
    _WHOLE_ANSWER + r"\W*(?:\w+\s+){0,3}?(?:we|IOPC|IPCC)\s+(?:did\s+not|didn['’]t)\s+(?:think|consider|believe|find)\s+"
    r"(?:that\s+)?there\s+(?:was|were)\s+anything\s+(?:that\s+)?(?:the\s+force|the\s+organisation|either\s+force|" + _FORCE_NAME + r"|(?-i:[A-Z]{2,5}))\s+"
    r"(?:as\s+an\s+organisation\s+)?(?:needed|had|ought)\s+to\s+learn(?:\s+from\s+(?:the|this)\s+(?:case|investigation|incident|matter))?\s*[.;]?\s*$|"
    # ("Having carefully reviewed the circumstances, we were not able to identify any organisational learning from this
    # case.": ours, and the whole answer; not the force's review, nor a search still going on, "as the inquest had not yet")
    + _WHOLE_ANSWER + r"(?!.*\b(?:yet|stage|publication|until|pending|awaiting)\b)[^.]{0,80}?\b(?:we|IOPC|IPCC)\s+(?:were|was)\s+(?:not\s+able|unable)\s+"
    r"to\s+(?:identify|find)\s+any\s+" + _LEARNING_OR_RECOMMENDATIONS + r"(?:\s+(?:from|in)\s+(?:the|this)\s+(?:case|investigation|incident|matter))?\s*[.;]?\s*$|"
    # ("We did not find that the force needed to take any wider learning from this case.": the whole answer)
    + _WHOLE_ANSWER + r"\W*(?:we|IOPC|IPCC)\s+(?:did\s+not|didn['’]t)\s+(?:think|consider|believe|find)\s+(?:that\s+)?(?:the\s+force|the\s+organisation|"
    + _FORCE_NAME + r")\s+(?:needed|had|ought)\s+to\s+(?:take|draw|learn)\s+any\s+(?:wider\s+|organi[sz]ational\s+)?(?:learning|lessons)"
    r"(?:\s+from\s+(?:the|this)\s+(?:case|investigation|incident|matter))?\s*[.;]?\s*$|"
    # ("We did not consider that there was any wider learning for Lincolnshire Police.": the whole answer)
    + _WHOLE_ANSWER + r"\W*(?:we|IOPC|IPCC)\s+(?:did\s+not|didn['’]t)\s+(?:think|consider|believe)\s+(?:that\s+)?there\s+(?:was|were)\s+any\s+"
    r"(?:wider\s+|organi[sz]ational\s+)?(?:learning|lessons)(?:\s+for\s+" + _LEARNER + r")?\s*[.;]?\s*$|"
    # ("This investigation did not reveal any organisational learning for the force.")
    # ("We did not find any matters of organisational learning for South Wales Police.")
    r"\b(?:did\s+not|have\s+not|has\s+not|didn['’]t)\s+(?:identify|identified|find|found|issue|issued|make|made|reveal|revealed|uncover|uncovered)\s+any\s+"
    r"(?:(?:matters|areas|issues|points)\s+(?:of|for)\s+(?=organi[sz]ational\s+learning))?" + _LEARNING_OR_RECOMMENDATIONS +
    # ("Nor did we identify any learning for the force.": the whole answer, and not about the people: not "... beyond that
    # recommendation", "... for the officer")
    r"|" + _WHOLE_ANSWER + r".*?\bnor\s+did\s+(?:we|the\s+investigation)\s+(?:identify|find|make)\s+any\s+" + _LEARNING_OR_RECOMMENDATIONS +
    r"(?!\s+for\s+(?:the\s+|both\s+|either\s+)?(?:\w+\s+)?(?:officers?|constables?|sergeants?|staff|him|her|them|PCs?|call\s+handlers?)\b)"
    # ("No learning for BTP was identified": for the force, by name)
    r"|\bno\s+(?:organi[sz]ational\s+)?learning\s+(?:for\s+(?:" + _LEARNER + r"|(?:the\s+)?" + _FORCE_INITIALS + r")\s+(?:or\s+(?:for\s+)?its\s+staff\s+)?)?"
    r"(?:was|were|has\s+been|had\s+been)\s+identified"
    r"|\bno\s+organi[sz]ational\s+learning\b"
    # ("We found nothing that called for organisational learning in this case.")
    # (ours, and the whole answer: not "Apart from that, ...", nor the force's own investigation)
    # (also the second verb of our sentence: "We looked at whether the force's policies had played any part and found
    # nothing that called for organisational learning")
    # (or our question and its answer in one sentence: "We considered whether the force needed to learn anything from what
    # happened, and found nothing that called for organisational learning"; our own clause throughout, no relative clause
    # or recommendation of ours between)
    r"|" + _WHOLE_ANSWER + r".*?\b(?:we|IOPC|our\s+investigation)\s+(?:also\s+)?"
    r"(?:" + _ASKED_WHETHER + r"\s+whether\b(?:(?!\b(?:who|which|whose|recommend\w*)\b)[^.;]){0,160}?\band\s+)?"
    r"(?:(?:found|identified|saw)\s+nothing|(?:did\s+not|didn['’]t)\s+(?:find|identify|see)\s+anything)(?:\s+in\s+this\s+case)?\s+(?:that|which)\s+(?:called\s+for|required|warranted|pointed\s+to)\s+"
    # ("... called for organisational learning", "... called for a learning recommendation")
    # ("... called for a learning recommendation to Thames Valley Police in this case")
    r"(?:any\s+|an?\s+)?(?:(?:organi[sz]ational|wider)\s+learning\b|(?:learning\s+)?recommendations?\b)(?:\s+(?:to|for)\s+(?:the\s+force|either\s+force|both\s+forces|the\s+forces|" + _SPELLED_FORCE + r"))?"
    r"(?:\s+(?:in\s+this\s+case|here|by\s+(?:the\s+force|" + _SPELLED_FORCE + r")))?\s*[.;]?\s*$"
    # "we found no learning for the force", "identified no learning opportunities"
    r"|\b(?:found|identified)\s+no\s+(?:wider\s+)?(?:learning|lessons)(?:\s+opportunit(?:y|ies))?\s+for\s+(?:the\s+)?(?:force|organisation|constabulary|(?-i:(?:[A-Z][\w-]+\s+){1,4}(?:Police|Constabulary)))"
    # "no performance, individual learning or organisational learning has been highlighted",
    # "no performance issues or any need for organisational learning", "any opportunities for organizational learning"
    r"|\bno\b[^.]{0,60}\borgani[sz]ational\s+learning\b"
    r"|\b(?:did\s+not|have\s+not|has\s+not|didn['’]t)\s+(?:identify|identified|find|found)\s+any\s+opportunit(?:y|ies)\s+for\s+(?:organi[sz]ational\s+)?learning"
    # "our investigation did not identify any areas for improvement." (the IOPC's, and the whole answer: not the force's own
    # review, an officer's account, or "... in the officers' handling of the arrest, but ...")
    r"|\b(?:we|IOPC|IPCC|(?:the|our)\s+investigation)\s+(?:did\s+not|have\s+not|has\s+not|didn['’]t)\s+(?:identify|identified|find|found)\s+any\s+"
    r"(?:areas?\s+(?:for|of)\s+(?:improvement|learning)|lessons)(?:\s+for\s+" + _LEARNER + r")?\s*[.;]?\s*$"
    # "we considered whether there was any organisational learning and did not find any"
    # ("... whether the case pointed to any learning for the force and found none")
    # ("... any opportunities for the force to learn from this case, and found none in this case")
    r"|" + _ASKED_LEARNING + r"[^.]{0,80}"
    # ("... whether GMP could learn anything as an organisation ..., and we did not identify any such learning")
    # ("..., and did not find any wider learning for the force")
    # ("..., and our investigation did not reveal any")
    r"\b(?:did\s+not\s+(?:find|identify|reveal|uncover)\s+any(?:thing|\s+such\s+learning|\s+(?:wider\s+|organi[sz]ational\s+)(?:learning|lessons)(?:\s+for\s+" + _LEARNER + r")?)?|found\s+none(?:\s+to\s+recommend)?|found\s+nothing(?:\s+that\s+needed\s+to(?:\s+change)?)?"
    r"|(?:concluded|decided)\s+(?:that\s+)?(?:it|there|they)\s+(?:did|was|were|could)\s+not|there\s+(?:was|were)\s+none"
    # ("..., but nothing at an organisational level came to light")
    r"|nothing(?:\s+at\s+an?\s+organi[sz]ational\s+level|\s+of\s+(?:that|the)\s+kind)?\s+(?:came\s+to\s+light|emerged)"
    # ("..., and decided that there was nothing beyond the individual learning for the two officers involved")
    r"|(?:concluded|decided)\s+(?:that\s+)?there\s+(?:was|were)\s+(?:nothing|none)" + _BEYOND_INDIVIDUAL_LEARNING + r"(?=\s*[.;]?\s*$))"
    r"(?:\s+(?:in\s+this\s+(?:case|investigation)|here|on\s+this\s+occasion))?(?:(?:,?\s+(?:as|because|since)|:|;)\s+(?:(?!\b(?:introduced|updated|rolled|changed|amended|revised|implemented|brought|put\s+in\s+place|received|agreed|shared|reminded|(?<!had\sbeen\s)trained|issued|since|rewritten|rewrote|tightened|after|recommend\w*|identif\w*)\b)[^.]){0,240})?\s*[.;]?\s*$"
    # the whole answer, whatever was asked: "we did not find anything the force needed to change", "..., and found nothing
    # the force needed to change", "Nor did we find anything in North Wales Police's policy or training that needed to
    # change as a result of the collision", "We did not find anything that Kent Police needed to learn as an organisation"
    # (ours, about the force, and the whole answer: not the force's own review, an officer's check, or "Apart from this, ...")
    r"|" + _WHOLE_ANSWER + r"(?:\W*we\b[^.;]*?,?\s+and\s+(?:we\s+)?|.*?(?:\b(?:we|IOPC|(?:the|our)\s+investigation)\s+(?:also\s+)?|\bnor\s+did\s+we\s+))"
    r"(?:(?:did\s+not|didn['’]t)\s+(?:find|identify|see)\s+anything|found\s+nothing|identified\s+nothing|find\s+anything)\s+"
    r"(?:(?:in|about)\s+(?:the\s+force['’]s|" + _SPELLED_FORCE + r"['’]s)\s+[^.;]{0,60}?\s+(?:that\s+|which\s+)?"
    r"|(?:that\s+|which\s+)?(?:the\s+force|either\s+force|the\s+organisation|" + _SPELLED_FORCE + r")" + _AS_A_BODY + r")"
    r"(?:(?:needed|had|ought)\s+to\s+(?:change|learn|improve|do\s+differently)(?:\s+as\s+an\s+organisation)?"
    # ("We found nothing in the force's policy or training that called for a learning recommendation.")
    r"|called\s+for\s+(?:any\s+|an?\s+)?(?:organi[sz]ational\s+learning|learning\s+recommendations?))"
    r"(?:\s+(?:as\s+a\s+result\s+of|from|after)\s+[^.;]{0,60})?\s*[.;]?\s*$"
    # "we looked for wider lessons for the force and found none"
    r"|\b(?:looked|searched)\s+for\s+(?:any\s+)?(?:wider\s+|organi[sz]ational\s+)?(?:lessons|learning)\b[^.]{0,80}\bfound\s+(?:none|no\s+(?:lessons|learning))\b"
    # "We looked for learning for the force ... and did not find any." (ours, and the whole answer)
    # ("We looked for ways in which the force could improve its practice as a result of this case, but did not find any.")
    r"|\b(?:we|(?:the|our)\s+investigation)\s+(?:looked|searched)\s+for\s+(?:(?:any\s+)?(?:wider\s+|organi[sz]ational\s+)?(?:lessons|learning)\b"
    r"|(?:any\s+)?ways\s+(?:in\s+which\s+)?" + _LEARNER + r"\s+(?:could|might|should|can)\s+(?:improve|learn|change)\b)[^.]{0,120}"
    r"\b(?:but\s+)?did\s+not\s+(?:find|identify)\s+any(?:\s+(?:that|which)\s+[^.]{0,40})?\s*[.;]?\s*$"
    # ("We looked at whether the case pointed to any wider issue for Lincolnshire Police to address, but found none.": in the
    # singular only ours, of the case and the force, and the whole answer; not an expert's, nor one about an officer)
    r"|^\W*we\s+(?:also\s+)?(?:looked\s+at|considered|examined)\s+whether\s+(?:the|this)\s+(?:case|matter|incident)\s+(?:pointed\s+to|raised|showed)\s+"
    r"any\s+wider\s+issue\s+for\s+(?:the\s+force|" + _SPELLED_FORCE + r"|(?-i:[A-Z]{2,5}))(?:\s+to\s+address)?\s*,?\s+(?:but|and)\s+found\s+none\s*[.;]?\s*$"
    # ("We considered whether there was any learning for West Yorkshire Police, and identified none beyond the individual
    # learning for the officers involved": our question, its answer straight after it with no other subject, and nothing
    # after the answer; not an expert's or a complainant's question, "... and looked for CCTV, but identified none", "...
    # but at this stage have identified none; we will look again ...")
    r"|^\W*we\s+(?:also\s+)?" + _ASKED_LEARNING + r"(?:\s+(?:from|in)\s+[^.,;]{1,60}?)?\s*,?\s+(?:and|but)\s+(?:we\s+)?(?:found|identified)\s+none"
    r"(?:" + _BEYOND_INDIVIDUAL_LEARNING + r"|" + _BEYOND_WHAT_THE_PEOPLE_GOT + r")?\s*\.?\s*$",
    re.I,
)
_NO_LEARNING_PARTS = Alternation(_NO_LEARNING)  # (the same match, searched only where its words are)
_ASKED_LEARNING_RE = re.compile(_ASKED_LEARNING, re.I)
# the force's own ways, however the question names them, with no person in the question: "whether the force needed to
# change its training or guidance", "whether Kent Police should change its policy on vehicle checks", "whether the control
# room procedures needed to change" (not "whether the sergeant should change his approach", "whether the officer's
# training needed to change")
_ASKED_ABOUT_ITS_WAYS_RE = re.compile(
    r"\b" + _ASKED_WHETHER + r"\s+whether\b"
    r"(?:(?!\b(?:individual|whether|officers?|constables?|sergeants?|inspectors?|detectives?|PCs?|DCs?|staff|his|her|him|he|she|their|they)\b)[^.]){0,80}?"
    r"(?:\b(?:force|forces|organisation|constabulary|Police)\s+(?:should|could|needed\s+to|ought\s+to|had\s+to)\s+(?:change|improve|revise|update)\s+(?:its|the\s+way\s+it|how\s+it)\b"
    r"|\b(?:polic(?:y|ies)|procedures|training|guidance|practices|processes|systems)\s+(?:needed|had|ought)\s+to\s+(?:change|be\s+changed|improve|be\s+improved)\b)", re.I)
# the short answers to a learning question, and two that answer only it: "We decided there was no need (, as ...).",
# "They did not: the procedures were followed.", "We decided that there was nothing beyond the individual learning for the
# two officers involved." (a reason that is a change made since is learning acted on, no "no": "no need, as the force had
# already introduced a two-person check after the incident")
# (a change dated before the events is a practice that already was: "as the force had already updated its policy
# shortly before these events")
_BEFORE_THE_EVENTS = r"\bbefore\s+(?:these|the|this|that)\s+(?:events?|incidents?|death|collision|arrest)\b"
_BEFORE_THE_EVENTS_RE = re.compile(_BEFORE_THE_EVENTS, re.I)
_NOT_A_CHANGE_SINCE = (r"(?![^.]*\b(?:introduced|updated|rolled|changed|amended|revised|implemented|brought|put\s+in\s+place|since"
                       r"|after|tightened|rewr\w+|issued)\b(?![^.]*" + _BEFORE_THE_EVENTS + r"))")
_SHORT_ANSWER_NO_LEARNING = re.compile(
    _SHORT_ANSWER_NO.pattern
    + r"|^\W*(?:we\s+)?(?:(?:did\s+not|didn['’]t)\s+(?:find|identify|see)\s+any|found\s+none|identified\s+none)(?:" + _BEYOND_INDIVIDUAL_LEARNING + r"|" + _BEYOND_WHAT_THE_PEOPLE_GOT + r")\s*[.;]?\s*$"
    # ("There was none: its procedure was clear and up to date ...", "We did not think they did, as the guidance covered
    # such calls": the answer, with a reason that is no change made since)
    + r"|^\W*(?:there\s+(?:was|were)\s+none|none\s+(?:was|were)\s+(?:found|identified)|we\s+did\s+not\s+(?:think|consider|believe)\s+(?:that\s+)?(?:it|they)\s+(?:did|had|was|were))"
    r"\s*(?:[.;]|(?::|,\s*(?:as|because|since)\b)" + _NOT_A_CHANGE_SINCE
    + r"(?![^.]*\b(?:instead|already|retrain\w*|moved|new|now|installed|launched|begun|began|started|set\s+up|established|created|following|recommend\w*)\b))"
    + r"|^\W*(?:we\s+)?(?:concluded|decided|found)\s+(?:that\s+)?there\s+(?:was|were)\s+no\s+(?:such\s+)?need(?:\s+(?:for\s+(?:it|any|one|change)|to\s+(?:do\s+so|change)))?\s*(?:[.;:]|,\s*(?:as|because|since)\b" + _NOT_A_CHANGE_SINCE + r")"
    # ("We thought about whether the force could learn anything ... We decided that it could not.")
    + r"|^\W*(?:(?:we\s+)?(?:concluded|decided|found)\s+(?:that\s+)?)?(?:(?:it|they)\s+(?:did|could)\s+not|there\s+(?:was|were)\s+not)\s*(?:[.;]|(?::|,\s*(?:as|because|since)\b)" + _NOT_A_CHANGE_SINCE + r")"
    + r"|^\W*(?:we\s+)?(?:concluded|decided)\s+(?:that\s+)?there\s+(?:was|were)\s+nothing" + _BEYOND_INDIVIDUAL_LEARNING + r"\s*[.;]?\s*$",
    _SHORT_ANSWER_NO.flags)
# our answer "no recommendations to make", weaker than the other denials: it holds only where the page tells of no learning
# anywhere (a recommendation of ours before or after, another body's the force took up, the force's own change), as it may
# answer one narrow question ("whether the force could learn anything from the search of the woodland itself"); ours only
# ("We considered whether ...", not the family's question or a supervisor's answer)
# ("We thought about whether the force could learn anything from the incident, ..., and decided there were no learning
# recommendations to make"; "Our investigation found there were no learning recommendations to make to Derbyshire
# Constabulary.")
_NO_RECOMMENDATIONS_TO_MAKE = re.compile(
    r"\bwe\s+(?:also\s+)?" + _ASKED_LEARNING + r"[^.]{0,120}?,?\s+and\s+(?:we\s+)?(?:concluded|decided|found)\s+(?:that\s+)?there\s+(?:was|were)\s+no\s+"
    r"(?:(?:organi[sz]ational|wider)\s+)?(?:learning\s+)?recommendations?\s+to\s+make\s*\.?\s*$"
    r"|^\W*(?:we|our\s+investigation)\s+(?:found|decided|concluded)\s+(?:that\s+)?there\s+(?:was|were)\s+no\s+(?:organi[sz]ational\s+)?learning\s+recommendations?\s+to\s+make"
    r"(?:\s+to\s+(?:the\s+force|" + _SPELLED_FORCE + r"))?\s*\.?\s*$", re.I)
# A weaker "no", taken only where no sentence of the page finds learning: "we did not identify any further
# organisational learning", "we made no learning recommendations" ("further" or "other" may follow learning found
# above; not "no further recommendations", nor other learning "for the officers")
_NO_MORE_LEARNING = re.compile(
    r"\b(?:we|IOPC|IPCC|(?:the|our)\s+investigation)\s+(?:did\s+not|have\s+not|has\s+not|didn['’]t)\s+(?:identify|find|make)\s+any\s+"
    r"(?:further|wider|other|additional)\s+" + _LEARNING_OR_RECOMMENDATIONS + r"\b"
    r"(?!\s+for\s+(?:the\s+|both\s+)?(?:\w+\s+)?(?:officers?|constables?|sergeants?|staff|him|her|them)\b)"
    # ("We found none and made no learning recommendations": the second verb of our answer)
    # (not "... made no learning recommendations beyond the one on cell-door hatches we had already made")
    r"|\b(?:we|IOPC|IPCC)\s+(?:(?:found|identified|saw)\s+(?:none|nothing),?\s+and\s+)?(?:therefore\s+|also\s+|so\s+)?(?:have\s+|has\s+|had\s+)?made\s+no\s+(?:(?:wider|learning|organisational)\s+){1,2}recommendations\b"
    r"(?!\s+(?:beyond|other\s+than|apart\s+from|except)\b)", re.I)
# ... and our plain denial with no "any" ("We did not identify organisational learning.", "Nor did we identify learning for
# either force."): ours and the whole sentence, but weaker than the "any" form, so learning found anywhere else, by the rules
# or the model, comes first (the denial may be of one force, or of the IOPC's own view, beside learning for another)
_NO_LEARNING_PLAINLY = re.compile(
    _WHOLE_ANSWER + r"\W*(?:(?:in\s+this\s+case|here)\s*,?\s*)?(?:(?:we|IOPC|IPCC|our\s+investigation)\s+(?:also\s+)?(?:did\s+not|didn['’]t)"
    r"|nor\s+did\s+(?:we|our\s+investigation))\s+(?:identify|find)\s+(?:any\s+)?(?:wider\s+|organi[sz]ational\s+)?(?:learning|lessons)"
    r"(?:\s+opportunities)?(?:\s+for\s+" + _LEARNER + r")?\s*[.;]?\s*$"
    # ("We found no wider learning for BTP arising from this case.": ours, the force by its initials, and the whole sentence)
    r"|" + _WHOLE_ANSWER + r"\W*(?:we|IOPC|IPCC)\s+(?:also\s+)?(?:found|identified)\s+no\s+(?:wider\s+|organi[sz]ational\s+)?(?:learning|lessons)\s+for\s+"
    r"(?:the\s+)?(?-i:(?!(?:SIO|FLO|ARV|DCC|ACC|NHS|PSD)\b))" + _FORCE_INITIALS + r"\b(?:\s+(?:arising\s+)?(?:from|in)\s+(?:this|the)\s+(?:case|incident|investigation|matter))?\s*[.;]?\s*$", re.I)
_PLAINLY_NO = "'we did not identify organisational learning', with no learning found"
# any denial that learning was found, whoever's ("The force said the investigation did not identify learning."): it names
# learning only to deny it, so it is no learning found, though not our "no"
_LEARNING_DENIED = re.compile(r"\b(?:did\s+not|didn['’]t|has\s+not|have\s+not|had\s+not)\s+(?:identify|find|reveal)\s+(?:any\s+)?"
                              r"(?:wider\s+|organi[sz]ational\s+)?(?:learning|lessons)(?:\s+opportunities)?\b"
                              # (a recommendation not made, as the whole sentence: "Having considered the force's reasons, we
                              # decided not to make a recommendation", which after a force's disagreement is the one about the
                              # officer's case and names learning for no one; not "..., but made one to Kent Police", "..., as the
                              # learning had already been shared with ...")
                              r"|^\W*(?:(?:having|after|given)\b[^.;]{1,120},\s*)?(?:we\s+)?(?:(?:considered|accepted)\s+[^.;,]{1,80}?\s+and\s+)?"
                              r"(?:(?:did\s+not|didn['’]t|decided\s+not\s+to|chose\s+not\s+to)\s+make|decided\s+against\s+making)\s+(?:a|any)\s+(?:formal\s+)?recommendations?"
                              r"(?:\s+(?:to|about|on)\s+[^.;,]{1,60})?\s*\.?\s*$", re.I)
# (each blanked in turn, by _read_past, before the positive patterns read a sentence)
_DENIALS_OF_LEARNING = ((_NO_MORE_LEARNING, " "), (_NO_LEARNING_PLAINLY, " "), (_LEARNING_DENIED, " "))
# The standard paragraph explaining why the IOPC makes recommendations at all.
_BOILERPLATE = re.compile(r"\bmake\s+learning\s+recommendations\s+to\s+improve\s+policing|carefully\s+considered\s+whether\s+there\s+were\s+any\s+learning"
                          r"|\blearning\s+recommendations\s+(?:aim|are\s+intended|seek)\s+to\s+improve\s+policing", re.I)
# who takes a measure: the force, by name or acronym, or "it"; with "they", which may also mean officers
_FORCE_WORDS = r"force|forces|constabulary|it|" + _FORCE_NAME  # ("Since then, the two forces have put in place a joint protocol")
_FORCE_ITSELF = r"(?:" + _FORCE_WORDS + r"|" + _ACRONYM + r")"
_FORCE_SUBJECT = r"(?:" + _FORCE_ITSELF + r"|they)"
# a force setting something up, and what it sets up (not "set up a meeting with the family")
_FORCE_SET_UP = r"(?:introduced|launched|set\s+up|rolled\s+out|established|created|changed|updated|revised|amended|implemented|put\s+in\s+place)"
_NEW_MEASURE = (r"(?:(?!(?:misconduct|disciplinary|gross)\b)\w+\s+){0,3}?(?:reviews?|checks?|audits?|units?|teams?|posts?|roles?|process(?:es)?|procedures?|systems?|schemes?|panels?|ways?\s+of"
                r"|requirements?|protocols?|courses?|programmes?|training|polic(?:y|ies)|forms?|forums?|boards?|meetings?\s+of|alerts?|prompts?)\b")
# the force as the doer, by name or "it" (not a rank's initials or another body: "the DS", "the IOPC")
_FORCE_ACTING = r"(?:" + _FORCE_WORDS + r"|" + _FORCE_INITIALS + r")"
# what a force's own measure changes
_PRACTICE = r"process|processes|policy|policies|procedures?|practices?|guidance|training|systems?"
# what a force does to change its practice, and to what (not "reviewed the complaint", "started proceedings"; not
# checks on the detainee or of an officer's searches, which are care or evidence: "carried out checks on the man",
# "an audit of PC Smith's searches")
# (and "the checklist completed for Mr Hill")
_ABOUT_A_PERSON = (r"(?:\b(?:on|of)\s+(?:him|her|them|his|their|(?-i:" + _OFFICER_TITLE + r"\s+[A-Z])"
                   r"|the\s+(?:\w+\s+)?(?:man|woman|boy|girl|detainee|prisoner|person|suspect|complainant|driver|victim|officer|constable|sergeant|PC|PCSO|inspector|detective)\b)"
                   r"|\bcompleted\s+for\b|\bfor\s+(?-i:(?:Mr|Mrs|Ms|Miss)\s+[A-Z]))")
_NOT_A_PRACTICE = (r"\b(?:complaints?|proceedings|determination|decisions?|him|her|his|CPR|actions|public|statement|warning)\b"
                   r"|\b(?:misconduct|disciplinary)\s+(?:process|procedures?)\b"
                   r"|(?-i:\b(?:PC|DC|DS|Sergeant|Inspector|Constable|Officer)\s+[A-Z])"
                   r"|\b(?:the|both|two|three|four)\s+(?:\w+\s+)?(?:officers?|constables?|PCs?|sergeants?)\b|" + _ABOUT_A_PERSON)
_FORCE_CHANGE_OBJECT = (r"(?:(?!" + _NOT_A_PRACTICE + r")[^.]){0,80}?"
                        r"\b(?:" + _PRACTICE + r"|audits?|alerts?|checks|reviews\s+of|review\s+of\s+how|reporting\s+line|campaign|forms?|the\s+way"
                        r"|briefings?|software|scheme|protocol|course|supervision|rules?|workloads?|caseloads?|staffing|log-?ins|investigators|tools?"
                        r"|questions|question\s+sets?|checklists?|workshops?|seminars?|sessions?)\b"
                        r"(?!\s+" + _ABOUT_A_PERSON + r")")
# the verbs of a force's change; "increased" only with what it increased ("the number of detectives", "how often it audits")
# (what a force sets up or brings in; told with no time word, only these say it changed something)
_FORCE_NEW_MEASURE_VERB = (r"(?:" + _FORCE_SET_UP + r"|brought\s+in|delivered|refreshed|recruited"
                           # ("has held workshops on ... for all of its neighbourhood teams"; not "held a meeting")
                           r"|held(?=\s+(?:[\w-]+\s+){0,3}?(?:workshops?|seminars?|training\s+sessions?|briefing\s+sessions?)\b"
                           r"[^.;]{0,80}?\bfor\s+(?:all|every|each)\s+(?!(?:two|three|four|of\s+the)\b)))\b")
_FORCE_CHANGE_VERB = (r"(?:" + _FORCE_NEW_MEASURE_VERB + r"|added|issued|reissued|re-issued|carried\s+out|(?<!already\s)(?:started|begun)|reminded|rewritten|rewrote"
                      # ("has since moved to monthly checks of searches", "moved to a system where an inspector must authorise ..."; not
                      # "moved to a new building", "moved to carry out checks of the driver's records", "moved to accelerated
                      # misconduct procedures")
                      r"|moved\s+to(?=\s+(?:(?:an?|new|monthly|weekly|daily|quarterly|regular|random|automated)\s+)+(?:[\w-]+\s+){0,2}?"
                      r"(?:checks|audits|reviews|dip-?sampling|system|process)\b)"
                      # ("has briefed all of its special constables on its policy": its people as a body, not "briefed the driver")
                      r"|briefed(?=\s+(?:all|every)\s+(?:of\s+)?(?:its|their)\b)"
                      r"|reviewed|improved|developed|adopted|extended|expanded|strengthened"
                      # ("has agreed a protocol with the local health board": an arrangement it made)
                      r"|agreed(?=\s+(?:a|an)\s+(?:new\s+)?(?:protocol|arrangement|agreement|procedure)\b))\b")
_FORCE_INCREASED = (r"(?:increased|doubled|trebled|tripled)\s+(?:the\s+number\s+of|how\s+often)\b"
                    # ("has doubled the frequency of its audits": its own practice, not checks on one detainee)
                    r"|(?:increased|doubled|trebled|tripled)\s+the\s+frequency\s+of\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:audits?|checks|reviews|inspections|dip-samples?|supervis\w+)\b"
                    r"(?![^.]{0,40}\b(?:on|of)\s+(?:the\s+)?(?:detainee|prisoner|man|woman|him|her|Mr|Mrs|Ms)\b)"
                    r"|(?:reduced|cut)\s+(?:the\s+number\s+of\s+(?:cases|investigations|calls|referrals)\s+(?:each|every|a|one)\b|(?:the\s+|its\s+)?(?:caseloads?|workloads?)\b"
                    # ("has reduced the number of staff roles that can search its intelligence systems": access narrowed)
                    r"|the\s+number\s+of\s+(?:[\w-]+\s+){0,2}?(?:people|staff|officers|roles|posts|users|accounts)\s+(?:who|that)\s+(?:can|could|are\s+able\s+to)\s+(?:search|access|view|use|see)\b"
                    r"(?=[^.;,]{0,40}?\b(?:systems?|databases?|records|intelligence|data|information)\b)"
                    # (not one person's records: "who can access the man's records")
                    r"(?![^.;,]{0,40}?(?:\b(?:his|her|their)\b|\b(?:man|woman|boy|girl|complainant|victim|family|person|officer|constable)['’]s\b)))")
_FORCE_CHANGE = r"(?:" + _FORCE_CHANGE_VERB + _FORCE_CHANGE_OBJECT + r"|" + _FORCE_INCREASED + r")"
# the force itself as the doer of a change told with no time word: by name (capitals), "the force", or its acronym;
# not "used force", the IOPC, a rank's initials or a dummy "it"
_FORCE_DOER = r"(?:\bthe\s+(?:force|constabulary)|(?-i:\b" + _FORCE_NAME + r")|\b" + _FORCE_INITIALS + r")"
# an event a force's change may follow: "since these events", "after the matter came to light", "following our investigation"
# ("since the man's death")
_AFTER_EVENT = (r"\b(?:since|following|after|as\s+a\s+result\s+of|because\s+of|in\s+response\s+to)\s+(?:receiving\s+|reading\s+)?(?:the|our|this|these|that)\s+(?:[\w’']+\s+){0,2}?"
                r"(?:investigation|incident|case|death|review|collision|events?|matter|report)\b"
                r"|\bas\s+a\s+result\s+of\s+(?:the\s+)?(?:issues|problems|failings|concerns|gaps)\b")
# A force's change since or because of the case, whatever it changed: "has since introduced monthly audits",
# "Following the investigation, Cleveland Police has reissued its guidance", "it now carries out audits". Learning
# for a force counts whoever identified it (codebook), so this holds even where the IOPC made no recommendation.
# what a force does when it changes something, whatever the thing: added, introduced, changed, set up ...
# (not what any case brings: launched an appeal, issued a reprimand or a summons, replaced a damaged car, started a review of
# the arrest, updated its records)
_FORCE_CHANGE_DONE = (r"(?:added|introduced|changed|created|set\s+up|brought\s+in|rolled\s+out|established|revised|amended|redesigned"
                      # ("has made training on abuse of position part of the induction course for every new special constable")
                      r"|made(?=\s+(?:[\w-]+\s+){1,8}?part\s+of\s+(?:the|its|their)\b)"
                      # ("has made training on the use of messaging apps compulsory for every officer")
                      r"|made(?=\s+(?:(?!(?:no|not|none|never)\b)[\w-]+\s+){1,12}?(?:mandatory|compulsory)\b(?![^.]*\b(?:involved|concerned)\b))"
                      r"|rewritten|implemented|increased|expanded|extended|strengthened|restricted|limited|tightened|put\s+in\s+place|installed|fitted|upgraded|restructured|adopted|developed|made\s+changes\s+to"
                      # ("has made it a requirement that every warrant briefing includes ...")
                      r"|made\s+it\s+a\s+(?:requirement|rule)\s+(?:that|for))")
# A force's change since the events, told with the time word and the force as the doer, whatever it changed (not about the
# people involved): "Since these events, Humberside Police has added a second authorising post", "The force has since
# changed its custody handover template", "Kent Police told us it has since introduced a test of every cell call bell"
# (initials of a force, not of another body: "the local NHS trust introduced ..."; _FORCE_INITIALS already refuses the
# IOPC's, the IPCC's and the CPS's)
_NOT_POLICE_INITIALS = r"(?!(?-i:NHS|DWP|DVLA)\b)"
_THE_FORCE_BY_NAME = r"(?:the\s+force|(?-i:" + _SPELLED_FORCE + r")|\b" + _NOT_POLICE_INITIALS + _FORCE_INITIALS + r")"
# everyone in a job trained or briefed: "briefed every response team", "trained all of its sergeants" (not "all three
# constables", "all the officers involved")
# ("briefed all of its custody staff at Dover")
_EVERYONE_BRIEFED = (r"(?:trained|retrained|briefed|reminded)\s+(?:all|every)\s+(?:of\s+its\s+|its\s+)?(?!(?:two|three|four|five|six|\d+|of\s+the)\b)(?:[\w-]+\s+){0,2}?"
                     r"(?:teams?|shifts?|officers|staff|supervisors|sergeants|call\s+handlers)\b(?!\s+(?:involved|concerned|who\b))")
# someone in a role, as one person: "the call handler", "the duty sergeant"
_ONE_PERSONS_ROLE = (r"(?:[\w-]+\s+){0,2}?(?:officer|constable|sergeant|inspector|detective|call\s+handler|handler|call\s+taker|dispatcher"
                     r"|controller|PCSO|driver|member\s+of\s+staff|staff\s+member)")
_FORCE_CHANGED_SINCE = (
    # ("Since the hearing, Kent Police has made ...": the force's own change after the proceedings too)
    r"(?:(?:" + _AFTER_EVENT + r"|\bsince\s+then\b|\b(?:since|following|after)\s+the\s+(?:hearing|proceedings))\s*,?\s*(?:however\s*,?\s*)?" + _THE_FORCE_BY_NAME + r"\s+(?:has|have)\s+(?:also\s+)?"
    # ("The force also told us it has since changed ...", and "... told us it has changed its custody handover template so
    # that ...": its own change, told by it, needs no time word; but without one, not a change dated or already in place,
    # "had introduced recorders in 2018", nor a fix to one record, "had amended the crime report")
    r"|\b" + _THE_FORCE_BY_NAME + r"\s+(?:has\s+|had\s+)?(?:also\s+)?(?:told|informed|assured)\s+us\s+(?:that\s+)?it\s+(?:has|had)\s+(?:also\s+)?"
    r"(?:since\s+|(?![^.;]*\b(?:before|already|earlier|previously|(?:19|20)\d\d)\b)"
    r"(?![^.;]*\b(?:the|his|her|its|that)\s+(?:[\w-]+\s+)?(?:report|record|log|entry|file|statement)\b(?!\s+(?:templates?|forms?|process|system|polic(?:y|ies))\b)))"
    # ("Cambridgeshire Constabulary told us that, since these events, it has ...")
    # ("... told us that, because of this case, it has fitted a second monitor")
    r"|\b" + _THE_FORCE_BY_NAME + r"\s+(?:has\s+|had\s+)?(?:told|informed|assured)\s+us\s+(?:that\s*)?,?\s*(?:since|because\s+of|as\s+a\s+result\s+of)\s+(?:these|the|this|that|our)\s+"
    r"(?:events?|incidents?|case|investigation|matter)\s*,?\s*it\s+(?:has|had)\s+(?:also\s+)?"
    # ("Hertfordshire Constabulary has, however, since introduced ...")
    r"|\b" + _THE_FORCE_BY_NAME + r"\s+(?:has|have)(?:\s*,\s*however\s*,)?\s+(?:also\s+)?since\s+)"
    # (what it changed, in the rest of the clause: not about a person, nor proceedings)
    # (after an article, or a bare noun of guidance: "has added healthcare advice to ...", not "has established that ...")
    # ("has briefed every response team on its policy", everyone in a job; "has made it a requirement that any missing child ...")
    # ("has since changed how the keys for its marked vehicles are signed out, so that ...")
    # ("has since carried out its own review of strip searches in its custody suites, and has changed its custody system so
    # that ...": a change after a first step, in the same clause of the force's)
    # (a review of its own practice: not of one person's doing, "of the inspector's conduct", nor of the case's evidence)
    r"(?:(?:carried\s+out|completed|conducted)\s+(?:its\s+own\s+|a\s+)?review\s+of\s+(?:(?!\b(?:misconduct|hearing|proceedings|case|officers?|constables?|sergeants?"
    r"|inspectors?|PCSOs?|detectives?|handlers?|suspects?|footage|evidence|incident|arrest|interviews?|complaints?|appeal|vetting)\b|['’]s\b)[^.;]){0,80}?,?\s+and\s+(?:has\s+|have\s+)?)?"
    r"(?:also\s+)?(?:" + _EVERYONE_BRIEFED + r"|" + _FORCE_CHANGE_DONE + r"\s+(?=(?:a|an|its|their|the|new|every|all|each|any|how)\s"
    # ("has since restricted neighbourhood staff's access to the records system")
    r"|(?:[\w’'-]+\s+){0,2}(?:advice|guidance|training|checks|questions|information|prompts?|alerts?|monitoring|auditing|supervision|access)\b"
    # ("has fitted electronic cell visit recorders in all of its custody suites")
    r"|(?:[\w-]+\s+){0,3}(?:recorders?|devices|cameras|alarms|sensors|locks|scanners|readers)\b)"
    r"(?:(?!" + _NOT_A_PRACTICE + r"|\b(?:s?he|they|his|her|either|both|misconduct|disciplinary|(?:re)?investigat\w*|referral|notices?|warnings?|sanctions?"
    r"|family|families|relatives|partners?|complainants?|victims?|witnesses|appeal|meeting|markers?|(?:the|this)\s+case|(?-i:Mr|Mrs|Ms|Miss)"
    # (a measure for one person: "... supervised shifts for the call handler who graded the call", "a review of whether the
    # call taker who graded the call should stay")
    r"|for\s+the\s+" + _ONE_PERSONS_ROLE + r"|the\s+" + _ONE_PERSONS_ROLE + r"\s+who"
    r"|(?:man|woman|boy|girl|driver|pedestrian|suspect|detainee)(?:['’]s)?)\b)[^.;,]){3,160}?"
    # (to the clause's end, or a purpose or condition after it: "... is treated as high risk until an inspector has reviewed ...")
    r"(?=\s+(?:so\s+that|so\s+as|in\s+order|to\s+(?:make|ensure|help|allow)|until|unless)\b|\s*[.;,]|\s*$))")
# training, and everyone in a job it went to: "refresher training", "every call handler", "all of its detective sergeants"
# (not "both detention officers", "the two constables", "every officer who attended")
_TRAINING = r"(?:(?:refresher|further|new|additional|extra)\s+)?training"
_EVERYONE_IN_A_JOB = (r"(?:all|every)\s+(?:of\s+its\s+|its\s+)?(?!(?:two|three|four|five|six|seven|eight|of|the)\b)"
                      r"(?:(?!(?:who|that|involved|concerned|at|on)\b)[\w-]+\s+){0,3}?"
                      r"(?:officers?|staff|constables?|sergeants?|supervisors?|call\s+handlers?|handlers?|dispatchers?|drivers?|investigators?|detectives?)\b")
# more people for the work: "added a second on-call pilot", "recruited two more detectives", "moved two additional
# investigators into the team" (not for this case's own investigation)
_MORE_PEOPLE_FOR_THE_WORK = (r"(?:added|recruited|appointed|moved|assigned|allocated)\s+(?:an?|another|two|three|four|\d+)\s+(?:second|third|additional|extra|more|further)\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:pilots?|officers?|staff|investigators?|supervisors?|sergeants?|inspectors?|constables?|analysts?|call\s+handlers?|nurses?|practitioners?|detectives?|posts?)\b"
                             r"(?![^.]{0,40}\b(?:the\s+case|the\s+investigation|investigating\s+the)\b)")
# one person's own, not the force's: a title ("PC", "DS"), an improvement plan, "the officer's"
_ONE_PERSONS_OWN = r"(?-i:PC|DC|DS|PCSO)|improvement\s+plan|(?:officer|constable|sergeant)['’]s"
_FORCE_OWN_CHANGE_SRC = (
    _FORCE_CHANGED_SINCE + r"|"
    # ("the force had already rewritten its guidance after the incident": before we could recommend it)
    r"\b" + _FORCE_ITSELF + r"\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:since|now|subsequently|already)\s+(?:also\s+)?" + _FORCE_CHANGE +
    r"|(?:" + _AFTER_EVENT + r")[^.]{0,60}?\b" + _FORCE_ITSELF + r"\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:since\s+)?" + _FORCE_CHANGE +
    # what a force has done, told in the present perfect: "Kent Police has brought in weekly checks", "it has refreshed
    # the training its drivers receive", "The force ... and has since recruited four more investigators" (one clause)
    r"|(?:" + _FORCE_DOER + r"\s+(?:[^.;,]{0,80}?\band\s+)?|\bit\s+)(?:has|have)\s+(?:also\s+)?(?:since\s+)?"
    r"(?:" + _FORCE_NEW_MEASURE_VERB + _FORCE_CHANGE_OBJECT + r"|" + _FORCE_INCREASED + r")" +
        # (or accepted what we said: "Norfolk Constabulary accepted this and has briefed all of its custody staff on ...")
    r"|\b" + _FORCE_ITSELF + r"\s+(?:accepted|agreed\s+(?:to|with))\s+(?:(?:the|our|this|these|all)\s+(?:\w+\s+)?recommendations?|this|it|our\s+(?:view|findings?))\s+and\s+(?:has\s+|have\s+)?(?:since\s+)?(?:" + _FORCE_CHANGE + r"|" + _EVERYONE_BRIEFED + r")" +
    # what it changed while we investigated: "During our investigation, the force introduced a requirement for ... checks"
    # (not "made the training records available", "reviewed the training records of both officers")
    r"|\bduring\s+(?:the|our|this)\s+investigation\b[^.]{0,60}?\b" + _FORCE_ITSELF + r"\s+(?:has\s+|had\s+)?(?:also\s+)?(?:" + _FORCE_SET_UP + r"|brought\s+in)" +
    r"\b(?:(?!\b(?:available|records?)\b)[^.]){0,80}?\b(?:" + _PRACTICE + r"|requirements?|checks|audits?)\b"
    # something new set up since: "has since introduced a weekly caseload review", "has since made first aid training mandatory",
    # "has since made it a requirement for custody staff to ...", "has since restricted this access"
    r"|\b" + _FORCE_ACTING + r"\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:since|subsequently)\s+(?:also\s+)?(?:(?:(?!\b(?:misconduct|hearing|opinion|proceedings)\b)[^.;]){0,120}?\band\s+)?"
    r"(?:(?:" + _FORCE_SET_UP + r"|added|agreed)\s+(?:(?:an?|new|random|daily|weekly|monthly|regular)\s+)+" + _NEW_MEASURE + r"|made\s+(?:\w+\s+){1,5}?(?:mandatory|compulsory)\b"
    r"|added\s+(?:this|it|these|them|an?\s+(?:new\s+)?(?:section|module|part|element|input|session)\b[^.;]{0,80}?)\s+to\s+(?:the|its)\s+(?:[\w-]+\s+){0,4}?(?:training|guidance|polic(?:y|ies)|procedures?|course|checklist)\b"
    # "has since added a second on-call pilot", "has since recruited two more detectives": more people for the work
    r"|" + _MORE_PEOPLE_FOR_THE_WORK +
    # "has since trained all of its sergeants", "has since audited its fleet and replaced the faulty cameras"
    r"|(?:trained|retrained|briefed|reminded)\s+(?:all|every)\s+(?:of\s+)?(?:its|their)\b"
    # ("has since briefed every response team on the standards expected")
    r"|" + _EVERYONE_BRIEFED +
    r"|(?:audited|upgraded|replaced|repaired)\s+(?:its|all\s+(?:of\s+)?its)\s+(?:[\w-]+\s+){0,2}?(?:fleet|vehicles?|vans?|cars?|cameras?|equipment|radios?|systems?|devices?|cells?|kit)\b"
    r"|made\s+it\s+a\s+requirement\s+(?:for|that)\s+(?:all\s+|every\s+|any\s+)?(?!(?:the|both|his|her|their|two|three|four)\b)(?:\w+\s+)?(?:staff|officers|call\s+handlers|supervisors|sergeants)\b"
    r"|(?:restricted|limited|tightened)\s+(?:this\s+access\b|(?:the\s+|its\s+)?access\s+to\s+(?:\w+\s+){0,3}?(?:systems?|databases?|records|intelligence|information|data)\b"
    # ("has since restricted access so that staff can only view the files they are assigned")
    r"|access\s+so\s+that\s+(?:staff|officers|users|only)\b))"
    # something new brought in after the events, told after another change in the same clause ("Since these events, the force
    # has given supervisors access ... and has introduced a daily review of ...") or by two forces named together
    # ("Since then, Norfolk and Suffolk have introduced a joint protocol")
    # ("Since our investigation, Merseyside Police and BTP have agreed a joint protocol")
    r"|(?:" + _AFTER_EVENT + r"|\bsince\s+then\b)[^.]{0,40}?\b(?:(?-i:" + _FORCE_NAME + r")\s+and\s+(?:(?-i:" + _FORCE_NAME + r")|" + _ACRONYM + r")|" + _FORCE_ACTING
    + r"|(?-i:(?!(?:Mr|Mrs|Ms|Miss|Dr)\b)[A-Z][a-z]+\s+and\s+(?!(?:Mr|Mrs|Ms|Miss|Dr)\b)[A-Z][a-z]+))\s+"
    r"(?:[^.;]{0,160}?\band\s+)?(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:since\s+)?(?:" + _FORCE_SET_UP + r"|brought\s+in|begun|started"
    r"|(?<=\bhave\s)agreed(?=\s+(?:an?\s+)?joint\b))"
    r"\s+(?:(?:(?:an?|new|random|joint|shared|daily|weekly|monthly|regular)\s+)+(?:[\w-]+\s+){0,3}?"
    r"(?:reviews?|checks?|audits?|protocols?|(?:dip-)?sampling|procedures?|process(?:es)?|polic(?:y|ies)|training|systems?|schemes?|guidance|requirements?"
    # ("Since then, Norfolk and Suffolk have set up shared access to each other's incident logs")
    r"|(?<=shared\s)access\s+to)\b"
    # ("has brought in handheld devices that time-stamp each cell visit")
    r"|(?:(?<=brought\sin\s)|(?<=introduced\s))(?:[\w-]+\s+){0,2}?(?:devices|cameras|equipment|technology|alarms|sensors)\b)"
    r"(?!\s+(?:of|into)\s+(?:(?-i:PC|DC|DS|Sergeant|Officer)\b|the\s+(?:officer|constable|sergeant|circumstances|case|incident)|his|her))"
    # a rule for everyone in a job, since the events: "Since these events, the force has moved the desk ..., and now
    # requires every detention officer to hand over in person" (not one person's requirement)
    r"|(?:" + _AFTER_EVENT + r"|\bsince\s+then\b)[^.]{0,40}?\b" + _FORCE_ACTING + r"\b[^.;]{0,160}?\bnow\s+(?:requires|expects|asks|insists\s+that)\s+(?:all|every|each)\s+(?!of\b)(?:[\w-]+\s+){0,2}?"
    r"(?:staff|officers?|constables?|sergeants?|supervisors?|call\s+handlers?|handlers?|detention\s+officers?|investigators?|drivers?|employees?|members?"
    r"|probationers?|recruits?|trainees?)\b"
    r"(?![^.]{0,40}\b(?:involved|concerned|who\s+(?:attended|were|was)|in\s+this\s+case)\b)"
    # "Since the collision GMP has given refresher training on its pursuit policy ... to all of its response drivers"
    # ("After this incident, the force gave all call handlers in its control room refresher training on ...": everyone in a job)
    r"|(?:" + _AFTER_EVENT + r"|\bsince\s+then\b)[^.]{0,40}?\b" + _FORCE_ACTING + r"\s+(?:(?:has|have)\s+(?:also\s+)?(?:given|provided|delivered)|gave|provided|delivered)\s+"
    # (everyone in a job: not "all three constables", "every officer who dealt with the call", "all of the officers at the scene")
    r"(?:(?:all|every)\s+(?:of\s+its\s+|its\s+)?(?!(?:two|three|four|five|six|seven|eight|of|the)\b)"
    r"(?:(?!(?:who|that|involved|concerned|at|on)\b)[\w-]+\s+){1,7}?)?" + _TRAINING + r"\b"
    r"(?![^.]{0,80}\b(?:involved|concerned|who\s+attended)\b)"
    r"|\b" + _FORCE_ITSELF + r"\s+now\s+(?:carries\s+out|requires|uses|runs|audits|checks|reviews|provides|includes|has\s+a)\b[^.]{0,60}?\b(?:" + _PRACTICE + r"|audits?|checks|reviews|samples?|searches)\b"
    # ("North Wales Police told us that it now carries out a monthly review of every sexual offence investigation": one
    # review or check of every case of a kind, by the force named (not "a review of the officer's conduct", "of its
    # decision", nor a hospital trust's "it")
    r"|\b" + _THE_FORCE_BY_NAME + r"(?:\s+(?:has\s+)?told\s+us\s+(?:that\s+)?it)?\s+now\s+carries\s+out\s+an?\s+(?:[\w-]+\s+){0,2}?(?:review|check|audit)"
    r"\s+of\s+(?:every|all|each|any)\b"
    # a rule for every such occasion: "Hertfordshire Constabulary now requires two members of staff to be present whenever a
    # cash exhibit is signed out" (not two people sent on a course)
    r"|\b" + _FORCE_ITSELF + r"\s+(?:now\s+requires|has\s+since\s+required)\s+(?:at\s+least\s+)?two\s+members\s+of\s+staff\s+to\s+"
    r"[^.]{0,60}?\b(?:whenever|every\s+time|each\s+time|any\s+time)\b"
    # (for every occasion, not one person's: "whenever the detention officer involved handles property", "whenever Jane Ellis ...")
    r"(?![^.]*(?:\b(?:PC|DC|DS|PS|Mr|Mrs|Ms|Miss|Dr|Sergeant|Constable|Officer|involved|concerned|who)\b"
    r"|\bthe\s+(?:[\w-]+\s+){0,2}?(?:officer|handler|taker|constable|sergeant|inspector|investigator|nurse|doctor)\b|(?-i:\b[A-Z][a-z]+\s+[A-Z][a-z]+\b)))"
    # "all of its control room inspectors have completed refresher training" (its people as a body, not those involved)
    # (a change since: not "all of its custody staff had received training", what they knew before the incident)
    r"|\b(?:since|now)\b[^.]{0,160}?\ball\s+(?:of\s+)?its\s+(?:[\w-]+\s+){0,3}?(?:officers|staff|inspectors|sergeants|supervisors|call\s+handlers|drivers|advisers|constables|investigators|dispatchers)"
    r"\s+(?:have|has)\s+(?:now\s+|since\s+)?(?:completed|received|been\s+given|attended)\s+(?:[\w-]+\s+){0,2}?training\b"
    # what the force told us it has changed: "The force told us it has since used the collision in the refresher training it
    # gives all its drivers", "... told us that, since this incident, any such call is reviewed by a duty inspector"
    # (the force, not "the DS told us"; for its people, not "since the incident, she has completed refresher training")
    # ("the force told us its missing persons unit had started a second review of all medium-risk reports": its own part)
    r"|\b" + _FORCE_ACTING + r"\s+(?:has\s+|had\s+)?(?:told|informed|assured)\s+us\s+(?:that\s+)?its\s+(?:[\w-]+\s+){0,3}?(?:unit|team|department|control\s+room|custody\s+suites?)\s+"
    r"(?:has|had)\s+(?:since\s+|now\s+|already\s+)?(?:started|begun|introduced|set\s+up|brought\s+in|put\s+in\s+place)\s+(?:(?:an?|new|regular|daily|weekly|second)\s+)+" + _NEW_MEASURE +
    r"\s+of\s+(?:all|every|each)\b(?![^.]{0,60}\b(?:the\s+(?:\w+\s+)?(?:officer|constable|sergeant|detective|inspector|investigation)|his|her|(?-i:Mr|Mrs|Ms))\b)" +
    r"|\b" + _FORCE_ACTING + r"\s+(?:has\s+|had\s+)?(?:told|informed|assured)\s+us\s+(?:that\s*,?\s*)?(?:it\s+(?:has|had)\s+(?:since|now)\b|since\s+(?:this|the)\s+"
    r"(?:incident|case|events?|collision|investigation)\b"
    # ("told us that line managers are now required to check ...": everyone in that post, with no article)
    r"|(?:(?:[\w-]+\s+){0,2}?(?:inspectors|sergeants|supervisors|managers|team\s+leaders)\s+(?:are\s+)?now\b(?:\s+(?:required|expected)\s+to\b)?"
    # ("told us that an inspector now reviews a sample of closed investigations every week": someone in a role, now)
    r"|(?:an?|the|its)\s+(?:[\w-]+\s+){0,3}?(?:inspector|sergeant|supervisor|manager|team|unit)s?\s+now\b)"
    # (not one person's supervision: "a sergeant now checks every search PC Dale records, until his improvement plan ends")
    r"(?![^.]*\b(?:his|her|" + _ONE_PERSONS_OWN + r")\b))"
    r"(?:(?!" + _NOT_A_PRACTICE + r"|\b(?:s?he|reflective)\b)[^.]){0,200}?\b(?:" + _PRACTICE + r"|reviewed|reviews?\s+of\s+(?:every|all|each|its|how)|reviews\s+(?:a\s+)?samples?\s+of|audits?|checks"
    r"|(?:check|review|audit)\s+(?:(?:a\s+)?(?:random\s+)?samples?\s+of|every|all|each)|(?:check|review|audit)\s+(?:[\w-]+\s+){0,2}?records)\b"
    # what the force told us its own system or process now does: "The force has told us that its custody system now alerts the
    # sergeant and healthcare staff whenever a dose falls due" (the force by its name or as "the force", not "it" or
    # initials, which may be another body; a verb of something done differently, not what a record holds or shows; not
    # about one person or a complaint; not a practice that was the same then)
    r"|\b(?:the\s+force|" + _SPELLED_FORCE + r")\s+(?:has\s+|had\s+)?(?:told|informed|assured)\s+us\s+(?:that\s+)?its\s+(?:[\w-]+\s+){0,3}?(?:" + _PRACTICE
    + r"|software|forms?|templates?|checklists?)\s+now\s+(?:alerts|prompts|requires|includes|covers|warns|reminds|asks|blocks|prevents|sends"
    r"|records\s+(?:every|all|each)|(?:automatically\s+)?(?:flags|checks)\s+(?:every|all|each|any))\b"
    # (the people it alerts may be posts, "the sergeant and healthcare staff"; not someone of the public, by role or name)
    r"(?![^.]*\b(?:(?:complaints?|proceedings|determination|him|her|his|statement|warning|(?:misconduct|disciplinary)\s+(?:process|procedures?))\b"
    r"|(?-i:Mr|Mrs|Ms)|" + _ONE_PERSONS_OWN +
    r"|(?:the|a)\s+(?:man|woman|boy|girl|complainant|victim|detainee|caller|family)\b(?!\s+(?:in|held\s+in)\s+(?:custody|its\s+care))"
    r"|(?-i:[A-Z][a-z]+\s+[A-Z][a-z]+)(?!\s+(?:Police|Constabulary|Service))"
    r"|as\s+(?:then|before|it\s+(?:was|did))|same\s+as)\b)"
    # what the force told us it did for the work after the events, after another thing done in the same clause: "The force also
    # told us that it had reviewed the caseloads of detectives in the team and had moved two additional investigators into it"
    r"|\b" + _FORCE_ACTING + r"\s+(?:has\s+|had\s+)?(?:also\s+)?(?:told|informed|assured)\s+us\s+(?:that\s+)?it\s+(?:has|had)\s+(?:also\s+)?(?:since\s+)?"
    r"(?:(?:(?!\b(?:misconduct|hearing|opinion|proceedings|not|no|he|she|they)\b)[^.;]){0,120}?\band\s+(?:has\s+|had\s+)?(?:also\s+)?)?" + _MORE_PEOPLE_FOR_THE_WORK +
    # checks the force began after the events, of every such thing: "Following this case, Hertfordshire Constabulary began
    # checking a random sample of searches on its intelligence systems every month" (not one officer's searches)
    r"|(?:" + _AFTER_EVENT + r"|\bsince\s+then\b)[^.]{0,40}?\b" + _FORCE_ACTING + r"\s+(?:has\s+|have\s+)?(?:also\s+)?(?:since\s+)?(?:began|begun|started)\s+"
    r"(?:checking|auditing|reviewing|sampling|dip-sampling|monitoring)\s+(?:a\s+(?:random\s+)?sample\s+of\s+|all\s+|every\s+|each\s+)?(?:(?!(?:the|this|that|these|those|his|her|their)\b)[\w-]+\s+){0,2}?"
    r"(?:search(?:es)?|calls?|logs?|records?|incidents?|reports?|cases?|decisions?|detentions?|referrals?)\b"
    r"(?![^.;,]{0,60}?\b(?:by|of|for)\s+(?:the\s+(?:[\w-]+\s+)?(?:officer|constable|sergeant|PCSO|detective|handler|member\s+of\s+staff)|PCs?|DCs?|DS|PS|PCSO|Sergeant|him|her|his|their)\b"
    r"|[^.;]{0,80}?\b(?:involved|concerned)\b)"
    # a change made before the IOPC could recommend it: "because Essex Police had already tightened its auditing of searches"
    r"|\b" + _FORCE_ACTING + r"\s+had\s+already\s+(?:" + _FORCE_SET_UP + r"|tightened|strengthened|improved)\s+(?:its|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:" + _PRACTICE + r"|audit(?:s|ing)?|checks|supervision|access)\b"
    # what the force told us it had given everyone in a job, after the events: "Following the incident, the force told us it
    # had given refresher training on ... to every response officer in the district" (not "to both detention officers",
    # "to PC Hart", training they had "when they joined")
    r"|(?:" + _AFTER_EVENT + r"|\bsince\s+then\b)[^.]{0,40}?\b" + _FORCE_ACTING + r"\s+(?:has\s+|had\s+)?(?:told|informed|assured)\s+us\s+(?:that\s+)?it\s+"
    r"(?:has|had)\s+(?:since\s+)?(?:given|provided|delivered)\s+"
    r"(?:" + _TRAINING + r"\b[^.;]{0,100}?\bto\s+" + _EVERYONE_IN_A_JOB + r"|" + _EVERYONE_IN_A_JOB + r"\s+" + _TRAINING + r")"
    # (not those at the scene or who went there, nor training they had before: "in 2018", "when they joined", "as part of
    # their initial course")
    r"(?!\s*,?\s*(?:who|that)\b)(?![^.;,]{0,80}\b(?:involved|concerned|at\s+the\s+scene|on\s+duty|present|when|before|initial|as\s+part\s+of|in\s+(?:19|20)\d\d)\b)"
    # a change to its own practice after another thing done, in one clause: "The force has since checked the cash held in
    # all of its stores and changed its procedures so that ..." (its own policy, procedures or guidance: not "changed the
    # entries", "amended the crime record", "set up a development plan")
    r"|\b" + _THE_FORCE_BY_NAME + r"\s+(?:has|have)\s+(?:also\s+)?since\s+(?:(?!\b(?:misconduct|hearing|opinion|proceedings|not|no|he|she|they|told|informed)\b)[^.;]){1,120}?\band\s+(?:has\s+)?"
    r"(?:changed|revised|rewritten|rewrote|updated|amended|introduced)\s+its\s+(?:[\w-]+\s+){0,2}?(?:policy|policies|procedures?|process(?:es)?|guidance|practice)\b")
# A force's change since the events told by its verb alone, whatever the object (the shapes above each want a worded
# object; this one wants the time and the force as the doer): "Since this incident, Cleveland Police has restricted access to
# sexual offence investigation records ...", "Cleveland Police has since moved the list onto its command and control
# system", "Since her death, the two forces have agreed a protocol ...", "Following the incident, Essex Police's dog unit has
# brought in a rule ..." (the force, its unit, or the force and a health body or another force; nothing about a person, a
# complaint, proceedings, a family or a referral in the clause after it)
_AFTER_THE_EVENTS_LEAD = (r"(?:" + _AFTER_EVENT + r"|\bsince\s+then\b|\bsince\s+(?:her|his|their|the\s+(?:man|woman|boy|girl)['’]s)\s+death\b"
                          r"|\bin\s+response\s+to\s+our\s+(?:findings|recommendations?|report)\b|\bsince\s+the\s+matter\s+came\s+to\s+light\b"
                          # ("Since the woman complained, ...": after the complaint this case began with)
                          # (one complainant: not "Since they complained, Kent Police has installed a camera outside their flats", a
                          # remedy for them, which "their" does not give away)
                          r"|\bsince\s+(?:the\s+(?:man|woman|boy|girl|complainant|victim)|she|he)\s+(?:first\s+)?complained\b)"
                          # (not an earlier event: "Since the death of a man in its custody in 2014, ...")
                          r"(?![^.;,]{0,60}\b(?:19|20)\d\d\b)")
_FORCE_OR_ITS_PARTNERS = (r"(?:" + _THE_FORCE_BY_NAME + r"(?:['’]s\s+(?:[\w-]+\s+){0,2}?(?:unit|team|department|control\s+room))?"
                          r"|(?-i:" + _FORCE_NAME + r")\s+and\s+(?:the\s+)?(?:local\s+)?(?:[\w-]+\s+){0,3}?(?:trust|board|service|council|(?-i:" + _FORCE_NAME + r")|(?-i:[A-Z]{2,5}))"
                          r"|the\s+two\s+forces)")
# officers as a class, told by the part they take in any such work: "(to) the officers taking part in them", "the
# constables who take part in each operation" (only the bare noun straight after "the", of these four: not a count or
# "both", nor the case's own event, "the two officers taking part in the search"; "the firearms officers" or "the call
# handlers taking part in each operation" are left unread)
_A_CLASS_BY_THE_PART_THEY_TAKE = (r"(?:(?<=\bthe\sofficers)|(?<=\bthe\sconstables)|(?<=\bthe\ssergeants)|(?<=\bthe\sdetectives))"
                                  r"\s+(?:taking|who\s+(?:take|are\s+taking))\s+part\s+in\s+(?:them|each|every|any|such|planned|future|these|those)\b")
_A_CHANGE_MADE = (r"(?:restricted|limited|capped|reduced|replaced|moved|put|placed|installed|fitted|introduced|brought\s+in|begun|started|added"
                  r"|agreed\s+(?:an?|a\s+(?:new|written|joint))\s+(?:protocol|arrangement|procedure)|set\s+up|created|changed|rewritten|revised|updated|amended"
                  r"|tightened|extended|expanded|strengthened|issued|reissued|reminded(?!\s+us\b)|told\s+all|trained|retrained|briefed|launched|rolled\s+out|recruited|improved"
                  r"|(?:given|provided)\s+(?:all|every))\b")
_NOTHING_ABOUT_A_PERSON_AFTER = (r"(?![^.;]{0,160}?\b(?:his|her|him|PCSO|PC|DC|DS|PS|Sergeant|Constable|Mr|Mrs|Ms|Miss|Dr"
                                 # (a rank before a name, in either case: "briefed inspector Wyatt")
                                 r"|(?:inspector|detective|officer)\s+(?-i:[A-Z][\w'’-]*)"
                                 r"|the\s+(?:[\w-]+\s+)?(?:officer|constable|sergeant|inspector|call\s+(?:handler|taker)|detective|driver|dispatcher|controller|member\s+of\s+staff|investigator|PCSO)"
                                 # (those of the case, in the plural: "put the officers through refresher training", "the three call
                                 # handlers involved"; the case itself: "moved the investigation to its major crime team"; "changed nothing")
                                 # (nor those a new rule is for, by the part they take: "to the officers taking part in them")
                                 r"|(?<!all\s)the\s+(?:[\w-]+\s+)?(?:officers|constables|sergeants|call\s+handlers|PCSOs|detectives)(?!\s+(?:in|at|across|of|on)\b|" + _A_CLASS_BY_THE_PART_THEY_TAKE + r")"
                                 r"|(?:officers?|call\s+handlers?|staff|constables?|sergeants?|detectives?)\s+(?:involved|concerned)|the\s+(?:investigation|case|inquiry)\b|nothing"
                                 # (counted people, those at the scene, the public, the case's own investigation, or something taken away:
                                 # not "retrained all three officers", "briefed all the officers who attended the scene", "added a marker to
                                 # the woman's address", "replaced its investigating officer", "started removing the cameras")
                                 r"|(?:both|all\s+(?:two|three|four|five|six)|the\s+(?:two|three|four|five|six))\s+(?:[\w-]+\s+)?(?:officers|constables|sergeants|staff|PCs|call\s+handlers)"
                                 r"|the\s+(?:man|woman|boy|girl|complainant|victim|detainee|suspect|deceased)\b|(?:man|woman|boy|girl|complainant|victim|detainee|suspect|deceased)['’]s|address|home|attended|at\s+the\s+scene"
                                 r"|investigating|(?:re)?investigate|reinvestigat\w*|remov\w*|withdr\w*"
                                 r"|misconduct|disciplinary|proceedings|notices?|suspended|dismissed|compensation|apolog\w*|family|families|complain\w*|appeal|referral|referred)\b)")
# ... and what was changed a way of working, somewhere in the clause: a system, a rule, access, checks, cover, equipment,
# training (not "replaced the damaged car", "reminded drivers in the county that they must stop", "extended the bail")
_A_WAY_OF_WORKING_AFTER = (r"(?=[^.;]{0,160}?\b(?:" + _PRACTICE + r"|how\s+(?:it|they)|access|records?|systems?|protocols?|rules?|audits?|checks|reviews?|(?:dip-?)?sampl\w*"
                           r"|alerts?|prompts?|caseloads?|workloads?|cover|staffing|lists?|equipment|cameras?|devices?|CCTV|cards?|codes?|programmes?|courses?"
                           r"|sessions?|schemes?|arrangements?|leads?|posts?|roles?|teams)\b)")
_FORCE_CHANGED_SINCE_BY_ITS_VERB = (r"(?:" + _AFTER_THE_EVENTS_LEAD + r"[^.;]{0,40}?\b" + _FORCE_OR_ITS_PARTNERS + r"\s+(?:has|have)\s+(?:also\s+)?(?:since\s+)?"
                                    r"|\b" + _FORCE_OR_ITS_PARTNERS + r"\s+(?:has|have)\s+(?:also\s+)?since\s+)" + _NOTHING_ABOUT_A_PERSON_AFTER + _A_WAY_OF_WORKING_AFTER + _A_CHANGE_MADE)
# learning for a group of the force's staff, whoever identified it (the codebook's convention): a measure the force has
# brought in for all or every one of a kind of its staff ("Essex Police has introduced a yearly refresher for all of its
# response drivers"), or every one of a kind trained since the events ("Since this incident, every call handler in the
# force has had refresher training"). Its own staff only (no other owner: "the hospital's staff", "security officers",
# "staff at the care home"); never the people of the case ("all three officers", "every officer involved", "who went to
# the flat", "named in this report", "under investigation"); never a year, which may be before the events.
# (not _EVERYONE_IN_A_JOB, which the older readings of a force's change use: this takes "each", "of the force's" and more
# posts, and keeps out the people of the case and other bodies' staff; folding the two would change what those read)
_STAFF_OF_A_KIND = (r"(?:all|every|each)\s+(?:one\s+)?(?:of\s+)?(?:its\s+|their\s+|the\s+force['’]s\s+|the\s+|(?-i:(?:[A-Z][\w-]+\s+)+(?:Police|Constabulary))['’]s\s+)?"
                    r"(?:(?!(?:two|three|four|five|six|seven|eight|both|security|hospital|ambulance|prison|care|NHS|council|store|shop|trust)\b)(?![\w-]+['’]s\b)[\w-]+\s+){0,3}?"
                    r"(?:officers?|staff|call\s+(?:handlers?|takers?)|dispatchers?|drivers?|supervisors?|sergeants?|constables?|inspectors?"
                    r"|investigators?|detectives?|teams?|recruits?|PCSOs?)\b"
                    r"(?!\s+(?:involved|present|concerned|named|employed|under\s+investigation|on\s+duty|at\s+(?:the|that|this)\b"
                    r"|in\s+(?:this|the)\s+(?:case|report|incident)|(?:that|this)\s+(?:night|day|shift|morning|evening))"
                    r"|\s+(?:who|that)\s+(?:had\s+|have\s+|were\s+|was\s+)?(?:\w+ed|went|were|was|gave|faced|saw|took|did|made|came|dealt)\b)")
# the measure itself, so that no copy of a report, welfare support or legal representation counts
_A_MEASURE_FOR_STAFF = r"(?:training|refreshers?|guidance|courses?|modules?|briefings?|sessions?|schemes?|programmes?|checks?|audits?|requirements?|workshops?)"
_FOR_A_GROUP_OF_ITS_STAFF = (
    # (both readings need "all", "every" or "each" and a measure in the clause: looked for first, once, so that the rest,
    # tried at every position, runs only in the few sentences that have them)
    r"^(?=[^.;]*\b(?:all|every|each)\b)(?=[^.;]*\b" + _A_MEASURE_FOR_STAFF + r"\b)(?![^.;]*\b(?:19|20)\d\d\b)(?:"
    r"[^.;]*?\b" + _FORCE_DOER + r"\s+(?:has|have)\s+(?:also\s+)?(?:since\s+)?(?:" + _FORCE_SET_UP + r"|brought\s+in|delivered|provided|reviewed|refreshed)\b"
    r"[^.;]{0,80}?\b" + _A_MEASURE_FOR_STAFF + r"\b[^.;]{0,80}?\b(?:for|to|given\s+to)\s+" + _STAFF_OF_A_KIND +
    r"|[^.;]*?(?:" + _AFTER_EVENT + r")(?![^.;]{0,40}\bintroduc)[^.;]{0,60}?\b" + _STAFF_OF_A_KIND + r"[^.;]{0,60}?\b(?:has|have)\s+(?:now\s+|since\s+)?"
    r"(?:completed|had|received|attended|undergone|been\s+(?:given|trained|retrained|briefed))\b[^.;]{0,40}?\b" + _A_MEASURE_FOR_STAFF + r"\b)")
_FORCE_OWN_CHANGE = re.compile(_FORCE_OWN_CHANGE_SRC + r"|" + _FORCE_CHANGED_SINCE_BY_ITS_VERB + r"|" + _FOR_A_GROUP_OF_ITS_STAFF, re.I)
_FORCE_OWN_CHANGE_PARTS = Alternation(_FORCE_OWN_CHANGE)
# "the two constables involved", "the actions of the investigators involved": about the people in the case
_INVOLVED = re.compile(r"\b(?:officers?|constables?|PCs?|sergeants?|detectives?|investigators?|staff)\s+(?:who\s+were\s+)?involved\b|\b(?:both|the\s+two|the\s+three)\s+(?:\w+\s+)?(?:officers|constables|PCs|sergeants|detectives)\b", re.I)
_FORCE_OWN_CHANGE_WORDS = ("since", "now", "subsequently", "following", "after", "during", "result", "accepted", "agreed", "has ", "have ",
                           "response")
# the IOPC or its investigation finding something (not the complainant, and not negated)
# "Our two recommendations": a counted set of ours (uncounted, "our recommendations about the sergeant" may be one person's)
_OUR_COUNTED_RECOMMENDATIONS = r"^\W*(?i:our)\s+(?i:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?i:recommendations)"
_WE_FOUND = (r"\b(?:we|IOPC|IPCC|investigation|investigators?|review|report)\s+(?:has\s+|have\s+|had\s+|also\s+)*"
             r"(?:identified|highlighted|found|revealed)\s+")
# what a recommendation or suggestion about the case or its people names: proceedings, outcomes, the complaint, a member of
# the public, or people involved ("the two detention officers", "the PCSO who attended", "PC Marsh")
_ABOUT_THE_CASE_OR_ITS_PEOPLE = (r"(?:" + _NOT_A_PRACTICE + r"|\b(?:action\s+against|misconduct|disciplinary|hearing|meeting|sanctions?|management\s+action"
                                 r"|reflective|upheld|reinvestigat\w*|complainant|family|(?-i:Mr|Mrs|Ms|Miss|Dr)"
                                 # (a remedy for a member of the public: "pay for the repair of the door", "provide the woman
                                 # with a copy of the footage")
                                 r"|repair\w*|compensat\w*|apolog\w*|copy\s+of|(?:the|that|this)\s+(?:woman|man|boy|girl|victim|caller|drivers?)"
                                 r"|(?:the|that|this)\s+(?:\w+\s+){0,2}?(?:officers?|constables?|sergeants?|inspectors?|detectives?|PCSOs?|handlers?|investigators?"
                                 r"|detention\s+officers?|members?\s+of\s+staff))\b)")
_LEARNING = re.compile(
    r"\b(?:we|IOPC|IPCC|investigation|investigator|report)\b[^.]{0,80}\brecommend(?:ed|ation|ations|s)?\b"
    # ("Our two recommendations to Essex Police, about how supervisors oversee ..., were accepted in full.")
    r"|" + _OUR_COUNTED_RECOMMENDATIONS + r"\s+to\b"
    # our finding, then what we recommended, in one sentence however long the finding ("We found that two of the four
    # reports had not been shared with ..., and recommended that the force check whether ...")
    r"|\bwe\s+(?:also\s+)?(?:found|concluded|identified|noted|established|did\s+(?:also\s+)?find)\b[^.;]{0,200}?,?\s+and\s+(?:also\s+)?recommended\s+(?:that|to)\b"
    # (not a recommendation about the case or its people: "... and recommended that the force take no further action against
    # any of the officers", "... that the complaint be upheld", "... that the two detention officers receive guidance")
    r"(?![^.]{0,120}" + _ABOUT_THE_CASE_OR_ITS_PEOPLE + r")"
    # what we suggested a force do about its practice or its staff as a body ("We suggested that the constabulary remind
    # staff in its control room to ...": learning for a group of its staff; not a suggestion about one person's conduct)
    r"|\bwe\s+(?:also\s+)?suggested\s+(?:to\s+" + _THE_FORCE_BY_NAME + r"\s+)?that\s+(?:" + _THE_FORCE_BY_NAME + r"|it)\s+(?:should\s+)?"
    r"(?:remind|review|update|amend|change|introduce|revise|improve|issue|brief|train|check\s+whether|consider\s+(?:introducing|changing|updating|reviewing))\b"
    # (nor about the case itself: "review its decision not to record Mr Dale's complaint", "update Mrs Doyle")
    r"(?![^.]{0,120}" + _ABOUT_THE_CASE_OR_ITS_PEOPLE + r")"
    r"|\brecommendations?\s+(?:were|was|have\s+been|had\s+been)\s+made\b"
    r"|\blearning\s+recommendations?\b"
    # learning for a group of the force's staff, to be taken up by their managers: "learning that needed to be addressed by
    # managers to ensure that staff understand the definitions" (learning to be dealt with, not a learning disability,
    # e-learning that already was, or what learning the force means to take)
    r"|(?<![\w-])learning\s+(?:(?:that|which)\s+(?:needed|needs|need)\s+to\s+be|to\s+be)\s+(?:addressed|taken\s+forward|dealt\s+with|shared)\b"
    r"(?:(?!\b(?:no|not|never|whether|if)\b)[^.]){0,80}?\b(?:to\s+(?:ensure|make\s+sure)|so)\s+(?:that\s+)?(?:all\s+)?(?:its\s+)?"
    r"(?:staff|officers|call\s+(?:handlers|takers)|supervisors|control\s+room\s+staff)\s+(?:understand|know|are\s+aware)\b"
    r"|\b(?:identified|identify|identifies|highlighted|highlight)\s+(?:\w+\s+){0,3}?(?:learning|areas?\s+(?:for|of)\s+(?:improvement|learning)|gaps?\s+in|need\s+for)\b"
    r"|\b(?:identified|highlighted)\s+(?:that\s+)?there\s+(?:may|might|could)\s+be\s+(?:an?\s+)?areas?\s+(?:for|of)\s+(?:improvement|learning)\b"
    # a practice found missing: "highlighted a lack of policies for officers", "identified that no guidance was in place"
    # (said by the IOPC or its investigation, not negated: not "the complainant said it highlighted", "has not identified")
    r"|" + _WE_FOUND + r"(?:that\s+there\s+(?:was|were)\s+)?(?:a|an|the)\s+(?:[\w-]+\s+)?(?:lack|absence)\s+of\s+(?:any\s+)?(?:[\w-]+\s+)?(?:" + _PRACTICE + r")\b"
    r"|" + _WE_FOUND + r"that\s+(?:there\s+(?:was|were)\s+)?no\s+(?:[\w-]+\s+)?(?:" + _PRACTICE + r")(?:\s+or\s+(?:" + _PRACTICE + r"))?\s+(?:(?:was|were)\s+)?in\s+place\b"
    r"|\b(?:we|IOPC|IPCC|investigation|investigators?|they|review|report)\s+(?:\w+\s+){0,2}?(?:found|noted)\s+(?:(?!(?:no|not|nothing)\b)\w+\s+){0,3}?(?:learning|areas?\s+(?:for|of)\s+(?:improvement|learning)|gaps?\s+in)\b"
    r"|\b(?:wider|organisational|collective)\s+learning\b|\blessons\s+(?:were\s+|would\s+be\s+|are\s+)?learn[te]d?\s+for\b"
    r"|\blearning\s+(?:point|opportunit(?:y|ies)|issue)\s+for\s+(?:the\s+)?(?:force|organisation|constabulary|service)\b"
    # learning we put to the force: "We raised this as learning with the force, which has agreed to update the guidance"
    # (not a question, "asked whether we raised this as learning", nor one of its people, "with the force's officer in the case")
    r"|(?<!whether\s)\b(?:we|IOPC|IPCC)\s+(?:also\s+)?(?:raised|shared|fed\s+back|passed\s+on)\s+(?:this|it|these|them|that)\s+as\s+(?:organisational\s+|wider\s+)?"
    r"learning\s+(?:with|for|to)\s+(?:the\s+force|" + _SPELLED_FORCE + r")\b(?!['’]|\s+(?:officers?|PCs?|sergeants?|inspectors?|constables?|staff|detectives?)\b)"
    # a force's own measures: "the force has since reviewed its process", "committed to reviewing working practices"
    r"|\b(?:" + _FORCE_SUBJECT + r"|forces|department|organisation)\s+(?:\w+\s+){0,6}?"
    r"(?:committed\s+to|has\s+since|have\s+since|had\s+since|proactively|agreed\s+to|proposed\s+to|undertook\s+to|planned\s+to|intend(?:s|ed)?\s+to|would|will|could)\s+(?:\w+\s+){0,2}?"
    r"(?:review(?:ed|ing)?|updat(?:e|ed|ing)|amend(?:ed|ing)?|improv(?:e|ed|ing)|chang(?:e|ed|ing)|introduc(?:e|ed|ing)|implement(?:ed|ing)?|revis(?:e|ed|ing)|shar(?:e|ed|ing)"
    r"|provid(?:e|ed|ing)|giv(?:e|en|ing)|issu(?:e|ed|ing)|disseminat(?:e|ed|ing)|circulat(?:e|ed|ing))\b"
    # (guidance "to all call handlers" is organisational; guidance given "the officer" is not)
    r"(?:(?!\b(?:officer|constable|sergeant|him|her)\b)[^.]){0,80}\b(?:" + _PRACTICE + r"|record[- ]keeping|reminders?|briefings?)\b"
    # ... or done already: "the force updated its procedure", "made changes to their internal processes"
    r"|\b" + _FORCE_SUBJECT + r"\s+(?:has\s+|had\s+|have\s+)?(?:since\s+|now\s+|subsequently\s+|also\s+|already\s+)?"
    r"(?:updated|amended|changed|revised|reviewed|introduced|implemented|improved|rectified)\s+(?:its|their)\b[^.]{0,60}\b(?:" + _PRACTICE + r")\b"
    # ... or its team's: "shared the findings with GMP's training team, which has updated its guidance on restraint"
    r"|\b(?:team|unit|department),?\s+which\s+(?:has\s+|had\s+|have\s+)?(?:since\s+|now\s+|also\s+)?"
    r"(?:updated|amended|changed|revised|introduced|improved)\s+(?:its|their)\b(?:(?!\bcomplaints?\b)[^.]){0,60}\b(?:" + _PRACTICE + r")\b"
    # "the force's policy on missing people was out of date, and the force has agreed to update it": a practice found wanting
    r"|\b(?:" + _PRACTICE + r")\b[^.;]{0,60}?\b(?:was|were|is|are|had\s+been)\s+(?:out\s+of\s+date|outdated|unclear|inadequate|insufficient|flawed|inconsistent)\b"
    r"[^.;]{0,40}\b" + _FORCE_ITSELF + r"\s+(?:has\s+|had\s+)?(?:agreed|committed|undertaken|promised)\s+to\s+(?:review|update|amend|change|revise|rewrite|replace)\s+(?:it|them)\b"
    # "the force has issued a reminder to all officers"
    r"|\b(?:reminders?|briefings?|guidance|training|bulletins?)\s+(?:was\s+|were\s+|has\s+been\s+|have\s+been\s+)?(?:issued\s+|sent\s+|given\s+|delivered\s+|circulated\s+)?to\s+all\s+"
    r"(?:(?!(?:of|two|three|four|five|six)\b)\w+\s+){0,2}(?:staff|officers|call\s+handlers|supervisors|special\s+constables)\b(?!\s+(?:involved|concerned|who\s+were\s+involved|at\s+the\s+scene|present))"
    # ("it has reissued its guidance": the force, not "they have since refreshed their knowledge")
    r"|\b" + _FORCE_SUBJECT + r"\s+(?:has\s+|had\s+|have\s+)?(?:since\s+|now\s+|subsequently\s+|also\s+)?(?:reissued|re-issued)\s+(?:its|their)\b[^.]{0,60}\b(?:" + _PRACTICE + r")\b"
    r"|\b" + _FORCE_ITSELF + r"\s+(?:has\s+|had\s+|have\s+)?(?:since\s+|now\s+|subsequently\s+|also\s+)?refreshed\s+its\b[^.]{0,60}\b(?:" + _PRACTICE + r")\b"
    # "Cleveland Police put in place a suicide prevention policy", "the force has since introduced training"
    r"|\b" + _FORCE_SUBJECT + r"\s+(?:has\s+|have\s+|had\s+)?(?:since\s+|now\s+|subsequently\s+|also\s+|already\s+)?"
    # ("has brought in automated monitoring that flags repeated searches", "introduced spot checks comparing ...")
    r"(?:introduced|put\s+in\s+place|implemented|developed|adopted|set\s+up|brought\s+in)\b[^.]{0,80}\b(?:" + _PRACTICE
    + r"|changes|improvements|risk\s+assessment|monitoring|spot[\s-]+checks|audits?|dip[\s-]+samples?)\b"
    # "Both forces have since put a joint protocol in place"
    r"|\b(?:both|the\s+two|the\s+three)\s+forces\s+(?:have\s+|had\s+)?(?:also\s+)?(?:since|subsequently)\s+(?:also\s+)?put\s+"
    r"(?:(?:a|an|the|new|joint|its|their)\s+)*(?:[\w-]+\s+){0,2}?(?:" + _PRACTICE + r"|protocols?|arrangements?|agreements?)\s+in\s+place\b(?!\s+for\s+(?:him|her|them|the\s+(?:man|woman)))"
    # a whole group of staff trained since the case: "every call handler in its contact centre has since completed refresher
    # training" (not the people involved: "both officers have since completed training")
    r"|\b(?:every|all)\s+(?:of\s+(?:its|the|their)\s+)?(?!(?:\d+|two|three|four|five|six|seven|eight|nine|ten|(?:of\s+)?(?:them|those))\b)(?:(?!involved\b)[\w-]+\s+){0,8}?(?:has|have)\s+(?:also\s+)?since\s+(?:also\s+)?"
    r"(?:completed|received|attended|undertaken|undergone|been\s+given)\s+(?:\w+\s+){0,3}?training\b"
    # "since these events, all of its control room staff have had refresher training"
    r"|\bsince\s+(?:the|these|this|that|then|our)\b[^.]{0,80}?\b(?:every|all)\s+(?:of\s+(?:its|the|their)\s+)?(?!(?:\d+|two|three|four|five|six|seven|eight|nine|ten|(?:of\s+)?(?:them|those))\b)"
    r"(?:(?!(?:involved|who|concerned)\b)[\w-]+\s+){0,8}?(?:has|have)\s+(?:also\s+)?(?:completed|received|attended|undertaken|undergone|been\s+given|had)\s+(?:\w+\s+){0,3}?training\b"
    # "has given refresher training to all of its response drivers", "has run workshops for all of its sergeants"
    # ("has introduced a refresher session on pursuits for all of its response drivers")
    r"|\b(?:has|have)\s+(?:since\s+|now\s+|also\s+)*(?:given|provided|delivered|issued|sent|run|introduced|arranged|organised|rolled\s+out|set\s+up)\s+(?:\w+\s+){0,2}?(?:training|guidance|reminders?|briefings?|workshops?|sessions?|courses?)\b"
    r"(?:\s+(?:on|about)\s+(?!(?:the|this)\s+(?:case|incident|investigation)\b)[^.;]{1,80}?)?\s+(?:to|for)\s+all\s+(?:of\s+(?:its|their)\s+)?"
    # (everyone in a job: not "all three constables")
    r"(?:(?!(?:involved|concerned|the|two|three|four|five|six|seven|eight|nine|ten|\d+)\b)[\w-]+\s+){0,4}?(?:staff|officers|drivers|sergeants|inspectors|supervisors|call\s+handlers|constables|investigators|teams)\b(?!\s+(?:involved|concerned|who|at\s+the\s+scene))"
    # "domestic abuse training is now part of the induction", "supervisors now check a sample of the logs"
    r"|\b(?:training|guidance|checks?|audits?)\s+(?:is|are)\s+now\s+(?:part\s+of|included\s+in|given\s+to|provided\s+to|mandatory|compulsory|required)\b"
    r"|\b(?:supervisors|sergeants|inspectors|managers)\s+now\s+(?:check|review|audit|dip-sample|sample)\b"
    # "a joint protocol has since been put in place"
    r"|\b(?:an?|the)\s+(?:new\s+|joint\s+)?(?:protocol|process|procedure|policy|system)\s+(?:has|have)\s+(?:since|now)\s+been\s+(?:put\s+in\s+place|introduced|set\s+up|agreed|implemented)\b(?!\s+(?:in|by)\s+other\b)"
    r"|\bsteps\s+(?:had\s+been\s+|have\s+been\s+|were\s+|are\s+being\s+)?taken\b[^.]{0,60}\bto\s+(?:improve|address|learn)\b"
    # "Northumbria Police has taken steps to ensure future referrals are made on time" (the force's own, since)
    r"|\b" + _FORCE_ITSELF + r"\s+(?:has|have)\s+(?:since\s+|now\s+|also\s+)?taken\s+(?:a\s+number\s+of\s+|several\s+|further\s+|practical\s+)?steps\s+to\s+"
    r"(?:ensure|prevent|improve|address)\b"
    r"|\b(?:act\s+on|take|taking|share|sharing|disseminat(?:e|ed|ing)|spread(?:ing)?)\s+(?:the\s+)?lessons\b"
    r"|\bshar(?:e|ed|ing)\s+(?:the\s+)?learning\b[^.]{0,80}\b(?:staff|officers|force|wider|widely)\b|\bshar(?:e|ed|ing)\s+(?:the\s+|our\s+)?learning\s+with\s+(?:(?:(?-i:[A-Z][\w-]+)\s+|(?-i:and|of)\s+){1,4}(?:Police|Constabulary)|(?:the\s+)?(?:force|forces|College|NPCC|National)\b)|\blearning\b[^.]{0,60}\bshared\s+more\s+widely\b"
    r"|\b(?:guidance|training|policy|policies|procedures?)\s+(?:will|would)\s+be\s+(?:developed|issued|updated|introduced|reviewed|amended|revised)\b"
    r"|\bincorporat\w*\b[^.]{0,40}\binto\s+(?:the\s+|its\s+|their\s+)?(?:\w+\s+)?(?:training|polic(?:y|ies)|procedures?|guidance)\b"
    r"|\blearning\s+(?:bulletin|log|newsletter)\b|\bforce\s+briefings?\b|\buse\s+(?:the\s+)?learning\b[^.]{0,60}\btraining\b"
    r"|\b(?:remind|train|brief)\w*\s+all\s+(?:\w+\s+){0,2}(?:staff|officers)\b"
    # ("reminded custody staff across the force that ...": done, not "had briefed" them before, nor a job of training)
    r"|(?<!\bhad\s)\b(?:reminded|briefed|retrained)\s+(?:\w+\s+){0,2}(?:staff|officers|call\s+handlers|supervisors|sergeants)\s+(?:across|throughout)\s+(?:the\s+)?force\b"
    # "all detention officers have had refresher training", "all call handlers will receive training" (not "all three officers")
    r"|\ball\s+(?:(?!(?:of|the|both|attending|involved|concerned|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)\w+\s+){0,2}"
    r"(?:staff|officers|call\s+handlers|supervisors)\s+(?:(?:have|has)\s+(?:also\s+)?(?:since|now)\s+(?:had|received|been\s+given|completed|attended|undertaken)|will\s+(?:receive|be\s+given))"
    r"\s+(?:\w+\s+){0,2}?training\b"
    r"|\bwill\s+include\s+(?:review|updat|amend|improv|chang|introduc|implement|revis)\w*\b[^.]{0,80}\b(?:process|processes|policy|policies|procedures?|practices?|guidance|training)\b"
    r"|\b" + _FORCE_SUBJECT + r"\b[^.]{0,40}\b(?:will|would)\s+address\b[^.]{0,40}\bareas?\s+(?:requiring|needing|for)\s+improvement\b"
    r"|\b(?:made|make|making)\s+changes\s+to\s+(?:its|their|the\s+force['’]s)\b[^.]{0,50}\b(?:" + _PRACTICE + r")\b"
    r"|\bimprovements?\s+(?:had\s+been\s+|have\s+been\s+|were\s+|was\s+)?made\s+to\s+(?:the\s+|its\s+|their\s+)?(?:\w+\s+){0,2}(?:practices|processes|procedures|policies|systems|training)\b"
    r"|\b(?:take|taking|took|taken)\s+(?:the\s+)?learning\s+from\b"
    r"|\b(?:would|will)\s+be\s+(?:used|incorporated|included|shared)\s+(?:in|when|for|within)\s+(?:the\s+)?(?:\w+\s+){0,2}?training\b"
    # "the force agreed to use footage from this incident in its refresher training"
    r"|(?<!not\s)(?<!n['’]t\s)\b(?:agreed|committed|undertook|decided)\s+to\s+(?:use|include|incorporate)\b[^.]{0,60}?\b(?:in|into)\s+(?:its|their)\s+(?:\w+\s+){0,3}?training\b"
    # "all of its call handlers have been trained on it"
    r"|\ball\s+(?:of\s+)?(?:its|their|the\s+force['’]s)\s+(?:\w+\s+)?(?:staff|officers|call\s+handlers|supervisors|constables)\s+(?:have|has)\s+(?:since|now)\s+been\s+(?:trained|briefed|reminded)\b"
    r"|\b(?:disseminated|circulated|cascaded)\s+to\s+(?:all\s+|relevant\s+)?(?:members\s+of\s+)?(?:staff|officers)\b"
    r"|\b(?:identified|highlighted)\b[^.]{0,80}\blearning\s+for\b"
    r"|\b(?:staff|officers)\s+(?:\w+\s+){0,6}would\s+(?:benefit\s+from|receive)\s+(?:a\s+)?(?:reminder|refresher|training|guidance)\b"
    r"|\b(?:staff|officers)\s+(?:\w+\s+){0,3}(?:would|will)\s+be\s+(?:advised|reminded|trained|briefed|made\s+aware)\b"
    r"|\b(?:opportunit(?:y|ies)\s+for\s+learning|learning\s+opportunit(?:y|ies)|areas?\s+(?:for|of)\s+(?:learning|improvement))\s+(?:was|were|had\s+been|has\s+been)\s+identified\b"
    r"|\b(?:suggested|advised)\b[^.]{0,80}\b(?:what|any)\s+learning\b"
    r"|\bchanges\s+(?:had|have|has)\s+(?:already\s+|since\s+)?been\s+(?:made|introduced|implemented)\b"
    r"|\b(?:implemented|put\s+in\s+place|introduced)\b[^.]{0,60}\blearning\b"
    r"|\bas\s+a\s+result\s+of\s+(?:the\s+)?learning\b"
    r"|\bforce\s+agreed\s+with\s+these\s+recommendations\b"
    # our suggestion that the force change something: "we suggested the force might like to bring in a written
    # cell-cleaning checklist" ("may want to introduce", "should consider reviewing")
    # (a change of practice: not "update Mrs Kay about the outcome", "review its decision not to record the complaint")
    r"|\b(?:we|IOPC|IPCC|(?:our|the)\s+investigators?)\s+(?:also\s+)?suggested\s+(?:to\s+the\s+force\s+)?(?:that\s+)?(?:the\s+force|" + _FORCE_ITSELF + r")\s+(?:may|might|should|could)\s+"
    r"(?:want\s+to\s+|wish\s+to\s+|like\s+to\s+)?(?:consider\s+)?(?:introduc|review|updat|chang|improv|revis|amend|develop|adopt)\w*\b"
    r"(?:(?!\b(?:complaint|decision|Mr|Mrs|Ms|family|outcome)\b)[^.;]){0,60}?\b(?:" + _PRACTICE + r"|regime|checklists?|checks|arrangements?|protocols?|rota)\b"
    # a lack in the force itself: the investigation "highlighted that" a named force "does not have enough" of something
    r"|" + _WE_FOUND + r"that\s+(?:the\s+)?" + _FORCE_ITSELF + r"\s+(?:does|did)\s+not\s+have\s+(?:sufficient|enough|adequate)\s+(?:\w+\s+){0,2}?"
    r"(?:resources|staff|officers|call\s+handlers|capacity|advisers|supervisors|cover)\b"
    # a practice found wanting, which the force will put right: its procedures "were not robust", and it "will ensure
    # they are rectified"
    r"|\b(?:" + _PRACTICE + r")\b[^.;]{0,120}?\b(?:appeared|appear|were|was|are|is)\s+not\s+(?:to\s+be\s+)?(?:robust|adequate|sufficient|fit\s+for\s+purpose)\b"
    r"[^.;]{0,60}?\b(?:they|it|the\s+force|" + _FORCE_ITSELF + r")\s+(?:would|will)\s+ensure\s+(?:that\s+)?(?:these|they|this|it)\s+(?:are|is|were|was|be)\s+(?:rectified|addressed|improved|updated|reviewed)\b"
    r"|" + _FORCE_OWN_CHANGE_SRC,
    re.I,
)
# Recommendations about individual officers (hold a hearing, management action)
# are disciplinary, not organisational.
_INDIVIDUAL = re.compile(
    r"\b(?:hearing|misconduct\s+meeting|case\s+to\s+answer|management\s+(?:action|advice)|words\s+of\s+advice|disciplinary|should\s+receive|unsatisfactory\s+performance|"
    # ("that both officers should attend misconduct meetings": proceedings for people; not "how it schedules misconduct hearings",
    # "officers who attend misconduct meetings are given ...")
    # (the recommendation itself, not a second one after "and that": "that the force change ..., and that the two call
    # handlers attend misconduct meetings" recommends a change too)
    r"recommend\w*\s+that\s+(?:both|the\s+(?:two|three|four))\s+(?:\w+\s+)?(?:officers|constables|sergeants|PCs|call\s+handlers|detention\s+officers)\s+"
    r"(?:should\s+|must\s+|to\s+)?(?:attend|face)\s+(?:gross\s+)?misconduct\s+(?:meetings|hearings)|"
    r"(?<!addition\sto\s)individual\s+learning|debrief(?:ed|ing)?|line\s+manager(?:s(?!\s+(?:are|will|now)\b))?|reflective\s+practice|"
    r"(?:the|an|one|two|three|four|five|six|seven|eight)\s+(?:police\s+)?officers?\s+(?:should|would|receive|(?:may|might|could)\s+benefit)"
    # ("hold misconduct meetings for both officers": proceedings for people)
    r"|(?:meetings|hearings)\s+(?:for|against)\s+(?:both|all|each|the|two|three|four|him|her|them)\b(?!\s+(?:force|public|families)\b)"
    # ("We did not accept this and recommended that the force hold misconduct meetings": the proceedings themselves)
    r"|recommend\w*\s+that\s+(?:the\s+force|it)\s+(?:should\s+)?(?:hold|arrange|convene)\s+(?:gross\s+)?misconduct\s+(?:meetings|hearings)(?=\s*[.;]?\s*$))\b",
    re.I,
)
# learning for counted or named people: "for four officers", "for the fourth officer", "one of the officers"
_FOR_INDIVIDUALS = re.compile(
    r"\b(?:for|to)\s+(?:the\s+(?!chief\b)(?:\w+\s+)?|a\s+|an\s+|both(?![^.,;]*?\band\b)\s+(?:\w+\s+)?|(?:one|two|three|four|five|six|seven|eight)\s+(?:of\s+the\s+)?(?:\w+\s+)?)"
    r"(?:officers?|(?<!chief\s)constables?|sergeants?|inspectors?|call\s+handlers?|members?\s+of\s+staff|staff\s+members?)\b"
    # (not a class of them told by the part they take in any such work: "restricted access ... to the officers taking part in
    # them"; not "the two officers taking part in the search", those of the case)
    r"(?!" + _A_CLASS_BY_THE_PART_THEY_TAKE + r")"
    r"|\bone\s+of\s+the\s+officers\b"
    # ("We identified learning for her about ...", "learning opportunities for him": one person's, or theirs, by an object
    # pronoun; not "for her team", "for him and the other call handlers", "for her ..., and for the custody staff")
    r"|\blearning(?:\s+(?:opportunities|points))?\s+for\s+(?:him|her|them)(?=\s+(?:about|on|over|in|around|regarding)\b|\s*[.;,])(?![^.]*\band\s+(?:for\s+)?(?:the|all|other|his|her|their)\b)"
    # ("learning for all four officers": those counted, the noun straight after the count; not "all six custody sergeants at
    # the suite", a group of its staff)
    r"|\bfor\s+all\s+(?:two|three|four|five|six|seven|eight)\s+(?:officers|constables|sergeants|PCs)\b(?!\s+(?:at|in|across|on)\b)"
    # "provide the two response officers with training"
    r"|\b(?:provide|provided|give|gave|given|offer|offered)\s+(?:the\s+|both\s+)?(?:(?:one|two|three|four|five|six)\s+)?(?:\w+\s+)?"
    r"(?:officers?|constables?|sergeants?|detectives?|inspectors?|call\s+handlers?|members?\s+of\s+staff)\s+with\b", re.I)
_ORGANISATIONAL = re.compile(
    r"\b(?:training|guidance|policy|policies|procedures?|process(?:es)?|(?:new|joint)\s+protocols?|(?:shared|joint)\s+access|force|forces|constabulary|all\s+officers|all\s+staff|awareness|audit|review|"
    r"system|systems|practice|national|college\s+of\s+policing|NPCC|custody|learning|improve|ensure|consider|reiterate|lessons|changes|briefings?|(?:officers|staff)\s+(?:\w+\s+){0,2}reminded"
    # (our report or its learning sent round the force's staff: not a missing man's description circulated to officers)
    r"|(?:report|findings|learning|lessons)\b[^.]{0,40}?\b(?:disseminated|circulated|cascaded))\b",
    re.I,
)
# (both searched by their alternatives, each only where its words appear: the same match, found faster)
_LEARNING_PARTS = Alternation(_LEARNING)
_BOILERPLATE_PARTS = Alternation(_BOILERPLATE)
# words without which _LEARNING cannot match
_LEARNING_WORDS = ("recommend", "learn", "improv", "doubl", "trebl", "tripl", "gap", "need for", "review", "updat", "amend", "chang", "introduc", "rewr",
                   "implement", "revis", "shar", "reminder", "refresher", "training", "guidance", "advised", "reminded",
                   "trained", "briefed", "aware", "provid", "giv", "issu", "disseminat", "circulat", "cascad", "rectif", "put in place", "adopt", "develop",
                   "set up", "steps", "lessons", "incorporat", "bulletin", "briefing", "remind", "address", "launch", "added",
                   "reissu", "re-issu", "brought in", "deliver", "carried out", "creat", "establish", "start", "began", "begun", "roll", "refresh", "now ", "recruit", "increas", "lack of", "absence of", " in place",
                   "requirement", "restrict", "limited", "tightened", "extend", "expand", "strengthen", "reduc", "cut ",
                   "audit", "replac", "upgrad", "repair", "agreed", "appoint", "workshop", "session", "run ", "mandatory", "compulsory",
                   "redesign", "fitted", "install", "not have", "moved to")
# ... and, since every pattern above also names what is learnt or changed (or, for something set up since the case,
# says "since"), one of these as well
_LEARNING_OBJECTS = ("learn", "recommend", "suggest", "resources", "not have enough", "not have sufficient", "not have adequate", "whenever", "policy", "policies", "procedur", "process", "practice", "guidance", "training", "system",
                     "record", "remind", "refresher", "brief", "lesson", "improv", "gap", "need for", "change", "aware",
                     "risk assessment", "steps", "disseminat", "circulat", "cascad", "opportunit", "trained", "advised",
                     "audit", "alert", "check", "reporting line", "campaign", "form", "the way", "software", "scheme",
                     "protocol", "course", "supervision", "sample", "search", "rules", "workload", "staffing", "log-in", "login",
                     "investigators", "requirement", "mandatory", "compulsory", "review of", "reviews", "tool", "number of", "how often",
                     "how many", "caseload", "question", "checklist",
                     # (a measure set up "since" names no practice word of its own: "has since introduced a weekly review",
                     # "Following our investigation, Merseyside Police has introduced a log at ...")
                     "since", "subsequently", "following the", "following our", "following this", "after the", "after our", "after this")
# a recommendation whose doer is the force: "we recommended that Kent Police update its guidance"
# a change aimed at the people in the case, not the force's practice
_ABOUT_THE_PEOPLE = re.compile("|".join(f"(?:{p.pattern})" for p in (_INDIVIDUAL, _FOR_INDIVIDUALS, _INVOLVED)), re.I)
# ("we made three recommendations to Humberside Police about ...": what about, and not about its officers; a counted set
# with nothing after the force's name, "We made two recommendations to West Mercia Police.", is learning: the real pages
# count only learning recommendations)
# a police body's name of several words: "Devon and Cornwall Police", "the Metropolitan Police Service"
_BODY_NAME = (r"(?:the\s+)?(?:(?:[A-Z][\w-]+\s+|(?-i:and|of)\s+){1,6}?(?:Police|Constabulary|Service)"
              r"|(?-i:(?!CPS\b)(?:[A-Z]{1,4}P|MPS|PSNI|CNC))\b)")
# (and the national bodies our recommendations go to, learning for an organisation by the codebook: "to the Home Office",
# "to the College of Policing", "to the Met"; not "that the Home Office pathologist's findings be shared")
_BODY_WE_RECOMMEND_TO = (r"(?:" + _BODY_NAME + r"|(?:the\s+)?(?-i:NPCC|Met|Home\s+Office|College\s+of\s+Policing|National\s+Police\s+Chiefs['’]?\s+Council)\b"
                         r"(?!\s+(?:pathologists?|scientists?|forensic|approved)\b|['’]s))")
# what a recommendation about one person's case is about ("about how it should deal with PC Lowe's conduct"), and the titles
# before someone's name
_SOMEONES_CASE = r"conduct|misconduct|disciplinary|performance|behaviour|return|dismissal|sanctions?"
_NAME_TITLES = r"PC|DC|DS|PS|Sergeant|Inspector|Constable|Officer|Mr|Mrs|Ms|Miss|Dr"
# no officer named anywhere after: "two recommendations to Kent Police – about the conduct of PC Lisle" is about a person
_NO_OFFICER_NAMED = r"(?![^.]*(?-i:\b" + _OFFICER_TITLE + r"\s+[A-Z]))"
_FORCE_TO_ACT = re.compile(r"(?<!\bnot\sto\s)(?<!\bshould\shave\s)(?<!\bwould\shave\s)(?<!\bintended\sto\s)"
                           r"\b(?:made|make|making)\s+(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:learning\s+)?recommendations\s+(?:to|for)\s+"
                           # (or counted out to each of two bodies, the sentence ending there and naming no officer: "five
                           # recommendations to West Mercia Police and two to Warwickshire Police."; not "decided not to make",
                           # "should have made", "had intended to make")
                           + _BODY_WE_RECOMMEND_TO + r"(?=\s*(?:[.;(]|$)|" + _NO_OFFICER_NAMED + r",?\s+and\s+"
                           r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:recommendations?\s+)?to\s+" + _BODY_WE_RECOMMEND_TO + r"\s*(?:\.|$))"
                           # ("We made one recommendation to Dyfed-Powys Police, about the supervision of ...")
                           # (one counted: "our recommendation to Bedfordshire Police" may be about its officers)
                           r"|\b(?:(?:made|make|making)\s+(?:(?:a\s+number\s+of\s+|(?:\w+\s+){0,2}?)recommendations|(?:one|a)\s+recommendation"
                           # (not one about someone's conduct: "a recommendation to Kent Police, about how it should deal with PC Lowe's conduct")
                           r"(?![^.]*\b(?:" + _SOMEONES_CASE + r"|(?-i:" + _NAME_TITLES + r")\s+[A-Z])))"
                           # ("Our two recommendations to Essex Police, about how supervisors oversee ...")
                           r"|" + _OUR_COUNTED_RECOMMENDATIONS +
                           r"|[Rr]ecommendations?\s+(?:(?:have|has|had)\s+been|were|was)\s+made)\s+to\s+" + _BODY_WE_RECOMMEND_TO +
                           # (none about a named officer: "two recommendations to Kent Police – about the conduct of PC Lisle")
                           _NO_OFFICER_NAMED +
                           r"(?::|(?:,|\s+[–—-])?\s+(?:about|on(?!\s+\d)|regarding|concerning|(?:covering|addressing|relating\s+to)(?![^.]*\b(?:" + _SOMEONES_CASE + r"|case|apolog\w*|compensat\w*|payment|damage|family|involved|each\s+(?:officer|constable|sergeant))\b|[^.]*(?-i:\b(?:" + _NAME_TITLES + r")\s+[A-Z]))|to\s+improve|in\s+respect\s+of|following|after|as\s+a\s+result\s+of|including|among\s+them"
                           # ("two recommendations to Kent Police, one about how rousing checks are recorded and one about ...")
                           r"|one\s+(?:about|on|regarding|concerning)))\s+(?!(?:the\s+|their\s+)?(?:gross\s+)?(?:misconduct|disciplinary)\s+(?:proceedings|hearings?|meetings?|cases?)\s+(?:for|against|of|into)\b)"
                           r"(?!(?:that\s+)?(?:(?:the|both|its|two|three|four)\s+(?:\w+\s+)?(?:officers?|constables?|PCs?|sergeants?|staff)\b|(?:(?:Detective|Chief|Acting)\s+)?" + _OFFICER_TITLE + r"s?\s+[A-Z]))|\brecommend\w*\s+that\s+" + _BODY_NAME + r"\b|\brecommend\w*\s+that\s+(?:the\s+)?(?!(?:" + _RANK_INITIALS + r")\b)" + _ACRONYM + r"\s+[a-z]")
# an officer named by letter ("PC A"): recommendations about them are about people, not practice
_LETTERED = re.compile(r"\b(?:PCs?|DCs?|DSs?|PSs?|Officers?|Sergeant|Constable)\s+[A-Z]\b")
_RECOMMENDATION_TITLE = re.compile(r"^\s*(?:national\s+)?recommendations?\b", re.I)


# learning beside one person's management action still counts when it names practice or reaches a group of staff
# ("wider custody staff", "all officers")
# (every one of a kind of its staff: not those counted, "for all three officers")
_BEYOND_THE_INDIVIDUAL = re.compile(r"\b(?:training|guidance|policy|all\s+(?:of\s+(?:its|their)\s+)?(?!(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s)(?:\w+\s+)?(?:officers|staff)|wider\s+(?:\w+\s+){0,2}(?:staff|officers)"
                                    # ("We made two recommendations to GMP, about how concerns ... are passed on to line managers")
                                    # (not recommendations that are themselves the proceedings or sanctions of the case)
                                    r"|reminder|has\s+since|have\s+since|(?:two|three|four|five|six|seven|eight|\d+)\s+recommendations\s+to"
                                    r"(?![^.]*\b(?:misconduct|disciplinary|hearings?|meetings?|management\s+action|sanctions?|the\s+case|each\s+officer)\b))\b", re.I)
# one person's training, given as their sanction, reaches no further than them: "management action in the form of further
# training" (not "learning in the form of training for every call handler")
_ONE_PERSONS_TRAINING = re.compile(r"\bmanagement\s+(?:action|advice)\s+in\s+the\s+form\s+of\s+(?:further\s+|refresher\s+|additional\s+)?training\b", re.I)
# (not a recommendation about the case, its people or its family: "... that the force consider whether she needs closer
# supervision", "... amend the crime record", "... brief the deceased's sister", "... consider whether to take any further
# action", "... refer the matter to the CPS")
_OUR_RECOMMENDATION_AFTER_A_CASE = re.compile(r"[,;]\s*(?:but|and)\s+we\s+(?:also\s+)?recommended\s+that\s+(?:the\s+force|it|" + _FORCE_NAME + r")\s+"
                                              r"(?:should\s+)?(?:review|remind|update|amend|change|introduce|revise|improve|issue|brief|train)\b"
                                              r"(?![^.]{0,120}(?:" + _ABOUT_THE_CASE_OR_ITS_PEOPLE + r"|\b(?:he|she|they|them|action|the\s+matter|records?"
                                              r"|CPS|Crown\s+Prosecution|deceased|sister|brother|son|daughter|mother|father|parents?|partner|widow(?:er)?)\b))", re.I)
_WE_RECOMMENDED = re.compile(r"\b(?:we|IOPC|IPCC)\s+(?:\w+\s+)?(?:suggested|recommended)\b", re.I)
_RECOMMENDING = re.compile(r"\brecommend|\bsuggest", re.I)
# a promise to look for learning is not learning found: "to consider any learning", "would consider wider learning"
# ("considered whether the investigation had identified any learning" asks, as does "looked at whether the case showed
# any need for organisational learning"; "considered what learning was identified" found)
_ONLY_CONSIDERING = re.compile(r"\bconsider(?:ed|ing|s)?\s+(?:any|wider|what|if)\b(?:(?!\b(?:identified|made|updated|introduced|found)\b)[^.,]){0,80}\blearning\b"
                               # ("whether Avon and Somerset Constabulary had any wider learning": "and" in a force's name)
                               # ("We asked ourselves whether there was wider learning for ...", "We thought about whether there was any
                               # ...": whether there was any at all; not "asked whether the learning it identified could be shared")
                               r"|\b(?:asked(?:\s+ourselves)?|thought(?:\s+\w+)?\s+about|reviewed)\s+whether\s+there\s+(?:was|were|is|are)\s+(?:any\s+)?"
                               r"(?:(?:wider|organi[sz]ational)\s+)?(?:learning|lessons)\b(?!\s+(?:it|that|which|the\s+force)\b)"
                               # (a question with its answer in the same sentence is more than a question)
                               r"(?![^.]*\b(?:identified|found|recommended|highlighted|introduced|since)\b)"
                               r"|\b(?:(?:consider(?:ed|ing|s)?|looked\s+at|examined|assessed|" + _WEIGHED + r")" + _CLOSELY
                               + r"|(?:would|will|to)\s+(?:think\s+about|look\s+(?:at|into))"
                               # ("We are discussing with Staffordshire Police whether there is any wider learning": talks still going on)
                               r"|(?:are|is)\s+(?:now\s+)?discussing\s+with\s+[^.,]{1,60}?)\s+whether\b(?:(?!\b(?:and|but)\b(?<!Avon\sand)(?<!Devon\sand))[^.,]){0,80}\blearning\b"
                               # "we looked for opportunities for learning": a search, with no finding in it
                               r"|" + _WE_LOOKED_FOR +
                               r"(?:(?!\b(?:and|but|identified|found|highlighted)\b)[^.,;]){0,60}\blearning\b(?:\s+(?:arising\s+)?(?:for|from)\s+[^.,;]{1,40})?\s*[.;]?\s*$", re.I)


# "We made two recommendations." counted on its own, then "The first, to both forces, was that ..."
_RECOMMENDATIONS_COUNTED = re.compile(r"^\W*(?:we|the\s+IOPC)\s+(?:also\s+)?made\s+(?:two|three|four|five|six|\d+|several|a\s+number\s+of)\s+"
                                      r"(?:learning\s+)?recommendations\s*[.:]?\s*$", re.I)
# "The first, to both forces, was that ...", "The second, to City of London Police, ..."
_ADDRESSED_TO_A_FORCE = re.compile(r"\bto\s+(?:(?:both|the|each|either)\s+forces?|" + _SPELLED_FORCE + r"|(?-i:[A-Z]{2,5}))\b", re.I)
# what is owed to a family, not practice: an apology, compensation, costs
_REDRESS = re.compile(r"\b(?:apologi[sz]\w*|compensat\w*|pay\w*|costs?)\b", re.I)
_RECOMMENDATION_ITEM = re.compile(r"^\W*The\s+(?:first|second|third|fourth|fifth|other|last)\b[^.]{0,80}?\bwas\s+that\b", re.I)


def _recommendations_listed(page: Page) -> tuple[Span, Span] | None:
    """Recommendations counted in a sentence of their own and then gone through one by one, one of them addressed to a
    force ("The second, to City of London Police, was that custody staff receive refresher training"), not about the
    people involved: learning, with both sentences as the evidence."""
    sentences = page.sentences
    for index, counted in enumerate(sentences):
        if "recommendations" not in counted.text or not _RECOMMENDATIONS_COUNTED.match(counted.text):
            continue
        for item in sentences[index + 1:index + 4]:
            if _RECOMMENDATION_ITEM.match(item.text) and _ADDRESSED_TO_A_FORCE.search(item.text) and not _ABOUT_THE_PEOPLE.search(item.text) \
                    and not _REDRESS.search(item.text):
                return counted, item
    return None


# someone else asking the learning question (a coroner, the force's own review): their answer is not ours
_ASKED_BY_OTHERS = re.compile(r"\b(?:coroner|inquest|(?:internal|local|own)\s+(?:review|investigation|inquiry)|professional\s+standards|PSD|the\s+force|constabulary"
                              r"|(?-i:[A-Z][\w-]+\s+Police))\b[^.;]{0,60}?\b(?:" + _ASKED_WHETHER + r"|asked\s+itself" + _CLOSELY + r")\s+whether\b"
                              # ("It considered whether there was anything the force itself needed to learn": the force asking of
                              # itself, not ours, who say "we"; not "Our investigation ... It also considered whether ...")
                              r"|^\W*It\s+(?:also\s+|then\s+|first\s+)?(?:" + _ASKED_WHETHER + r")\s+whether\b[^.]*\bitself\b", re.I)


def organisational_learning(page: Page) -> Finding:
    """The rules' reading first; when they find nothing, the learned second reader's most confident sentence."""
    found = learning_by_rules(page)
    if found.rule in (_ASKED_AND_ANSWERED_NO, _PLAINLY_NO, _NONE_TO_MAKE):
        # the weakest "no", a question and its answer: learning found anywhere else comes first, by the model too
        # ("We asked whether the force should change its approach ... We concluded that it did not, .... Kent Police
        # nevertheless updated its guidance after our investigation.")
        later = _ask_the_model(page, "organisational_learning")
        return later if later is not None and later.value == "yes" else found
    if found.value != "not_stated":
        return found
    return _ask_the_model(page, "organisational_learning") or found


# our short answer, in the negative, to the question just before: "We did not find anything in this case.", "We found
# none.", "There was none." (not a partial one: "We found nothing else", "..., but ...")
_ONLY_PART_OF_IT = r"(?!\b(?:but|however|although|though|except|apart|other|beyond|further|else|only)\b)"
_SHORT_NEGATIVE_ANSWER = re.compile(
    r"^\W*(?:(?:we|the\s+IOPC|our\s+investigation)\b(?:" + _ONLY_PART_OF_IT + r"[^.;:,]){0,60}?"
    r"\b(?:not|no|none|nothing)\b|there\s+(?:was|were)\s+(?:none|nothing|no)\b)"
    r"(?:" + _ONLY_PART_OF_IT + r"[^;:,]){0,60}$", re.I)
# (an answer to the question, not news of something else: "We decided there was no need to refer the matter to the CPS")
_ABOUT_SOMETHING_ELSE = re.compile(r"\b(?:refer\w*|CPS|Crown|criminal|offences?|misconduct|proceedings|officers?|constables?|sergeants?"
                                   # (a thing found missing: "We found no record of the handover")
                                   r"|complain\w*|appeal\w*)\b|\bno\s+(?:record|recording|footage|CCTV|log)\s+of\s+(?:the|his|her|their|that|this)\b", re.I)


# ... to a question about the force as a body (not about the people in the case: "whether the officer should learn")
_ASKED_OF_THE_FORCE = re.compile(r"\b(?:the\s+force|forces|organi[sz]ation|constabulary|as\s+a\s+whole)\b|" + _SPELLED_FORCE + r"|\b(?!SIO\b)" + _FORCE_INITIALS + r"\b", re.I)
_ASKED_OF_SOMEONE = re.compile(r"\b(?:officers?|constables?|sergeants?|inspectors?|detectives?|staff|PCSOs?|PCs?|DCs?|call\s+handlers?|handlers?|individuals?"
                               r"|he|she|him|her|his|they|them|their)\b", re.I)


_ENDS_ON_A_FUNCTION_WORD = re.compile(r"\b(?:we|it|its|our|their|his|her|the|a|an|of|to|and|or|that|for|in|on|with|by|was|were|had|has|have|is|are)\W*$", re.I)


def model_candidates(page: Page, use: ModelUse) -> list[tuple[Span | tuple[Span, Span], str]]:
    """The (sentence, text) pairs a field's sentence model reads: its reader's candidates, less a question straight after
    a sentence ``use.question_after`` matches (that sentence says whose "texts" or "damage" the question is about). Where
    ``use.reads_answers``, a question with our short "no" straight after it is also read as one text, the two sentences
    its evidence ("We asked ourselves whether there was anything the MPS as an organisation should learn. We did not find
    anything."): the question's wording may be new to the patterns, and the answer alone says nothing of learning."""
    sentences, lowered = page.sentences, page.lowered_sentences
    after = use.question_after
    out: list[tuple[Span | tuple[Span, Span], str]] = []
    for index, sentence in use.reader.candidates(page):
        if after and index and "whether" in lowered[index] and after.search(sentences[index - 1].text):
            continue
        if sentence == page.cut_sentence and len(sentence.text.split()) < 6 and _ENDS_ON_A_FUNCTION_WORD.search(sentence.text):
            # (a sentence the page's end cut off after a few words, mid-clause, says too little to read: "Any recommendation
            # we"; a longer one may already say it, "We have written to the force to ask it to review how the model treats
            # ri", and a short one may be whole but for its stop, "Its practices have since changed")
            continue
        if use.pointed_back_to and not _QUESTION.search(sentence.text) and not _POLICE_INDIVIDUAL_RE.search(sentence.text) \
                and _POINTED_BACK_TO.search(sentence.text) and not use.pointed_back_to(sentences, index):
            # ("... arrested a woman. Nothing suggested she had committed an offence": hers, perhaps; a question we asked and
            # answered in one sentence, "whether any of the messages ... and concluded that they did not", is weighed as one)
            continue
        out.append((sentence, sentence.text))
        if use.reads_answers and "whether" in lowered[index] and index + 1 < len(sentences) \
                and _ASKED_OF_THE_FORCE.search(sentence.text) and not _ASKED_OF_SOMEONE.search(sentence.text) \
                and _SHORT_NEGATIVE_ANSWER.match(answer := sentences[index + 1].text) and not _ABOUT_SOMETHING_ELSE.search(answer):
            out.append(((sentence, sentences[index + 1]), f"{sentence.text} {answer}"))
    return out


def _ask_the_model(page: Page, field: str) -> Finding | None:
    """The field's sentence model on the page's candidate sentences: its most confident allowed value, if any."""
    use = MODEL_USES[field]
    best = sentence_model.most_confident(model_candidates(page, use), use.may_say, use.reader.model())
    if best is None:
        return None
    value, sentence, probability = best
    evidence = sentence if isinstance(sentence, tuple) else (sentence,)
    return Finding(value, evidence, f"sentence model (P={probability:.2f}): no rule knew the wording")


# a complaint, or the case's own handling: an apology, compensation, a repair, an investigation reopened
_A_CASES_OWN_HANDLING = r"complain\w*|apolog\w*|compensat\w*|repair\w*|reopen\w*"
# what the model cannot weigh, so a "yes" it finds must not contain it:
_NOT_FOR_THE_MODEL = re.compile(
    # a person, or a role of one (learning for the people involved is not organisational)
    r"\b(?:officers?|constables?|sergeants?|inspectors?|detectives?|staff|PCSOs?|PCs?|DCs?|DS|PS|he|she|his|her|him|they|them|both"
    r"|call\s+(?:handlers?|takers?)|handlers?|drivers?|nurses?|investigators?|supervisors?|commanders?|negotiators?|dispatchers?"
    r"|controllers?|employees?|individuals?|person|trainees?|Mr|Mrs|Ms"
    # someone's complaint or a case's own handling ("has since issued an apology", "reopened the investigation")
    r"|" + _A_CASES_OWN_HANDLING + r"|family|school|suspects?|sanctions?|receipts?|CCTV|footage"
    # a negation, refusal or keeping things as they were
    r"|not|no|never|nor|nothing|none|refus\w*|declin\w*|against|reject\w*|kept|retain\w*|unchanged"
    # an intention, not a change yet
    r"|would|will|proposed|plans?|planning|intends?|intending|aims?|aiming|hopes?|hoping|going\s+to|looking\s+to|wants?\s+to|seeks?\s+to"
    # ("has agreed to consider a requirement ...": an intention too)
    r"|to\s+consider|considering"
    # (something it set up before, spoken of: "the monthly audit of searches that it introduced in 2015")
    r"|(?:that|which)\s+(?:it|they|the\s+force)\s+(?:had\s+)?(?:introduced|brought\s+in|set\s+up|started)"
    # a practice that already was, or talk about one ("had issued guidance in 2019", "a statement about its policy")
    r"|had|requires?|recommends|says|states|statements?|comment\w*|explain\w*)\b|n't\b"
    r"|\b(?:has|have)\s+an?\s+(?:\w+\s+)?(?:policy|procedure|guidance|process)\b", re.I)


# every one of a group of the force's staff, changed since the events, is the organisation, not the people involved:
# "has since made this part of the annual training for every officer and member of staff who works in its custody suites"
# ("all frontline officers", "all officers and staff in its response teams": all of a job, not "all three officers")
# (the staff by their posts too: "every custody sergeant and detention officer in the force", "all its special
# constables", "every member of custody staff"; not "each officer who entered the cell", one by one of those involved)
_STAFF_POSTS = (r"officers?|staff|members?\s+of\s+(?:[\w-]+\s+)?staff|call\s+(?:handlers?|takers?)|drivers?|supervisors?|investigators?|detectives?"
                r"|sergeants?|constables?|inspectors?|dispatchers?|controllers?|handlers?")
# (not "all seven constables", nor past a "the": "every shift the sergeant worked")
_COUNT_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
_A_COUNT = "|".join(_COUNT_WORDS) + r"|\d+"
_NOT_THE = r"(?!(?:the|that|this|these|those)\b)"
_EVERY_ONE_OF_ITS_STAFF = re.compile(r"\b(?:every|all\s+(?:of\s+)?(?:its|their)|all(?!\s+(?:of\s+)?(?:the|these|those|" + _A_COUNT + r")\b))\s+(?:" + _NOT_THE + r"[\w-]+\s+){0,2}?(?:" + _STAFF_POSTS + r")"
                                     r"(?:\s+and\s+(?:" + _NOT_THE + r"[\w-]+\s+){0,2}?(?:" + _STAFF_POSTS + r"))?\b", re.I)
# the posts whose any holder a changed system or rule calls on ("a supervisor", "the duty inspector")
_A_POST_HOLDER = r"(?:supervisor|sergeant|inspector|manager)"
# a group of its staff by a post in the plural, in a change the force made since: "required call handlers to search both
# systems", "trained its response officers on the change", "supervisors now compare ..." (not the people involved, whom
# a summary points at in the four words before, in the same clause: "the officers", "both constables", "the arresting and
# escorting officers", "three of its officers", "nine officers", "a staff member"; nor "the officers involved", "officers
# who attended", "whose conduct we investigated", "we investigated", "call handlers working that shift", "officers of the
# Crawley response team", "officers in this case", "officers A, B and C")
_STAFF_IN_THE_PLURAL = re.compile(r"\b(?:officers|staff(?!\s+members?\b)|call\s+(?:handlers|takers)|supervisors|sergeants|constables|inspectors|dispatchers|controllers)\b"
                                  r"(?!\s+(?:involved|who|whose\s+(?:conduct|actions?|behaviour|cases?)|whom|named|concerned|working|on\s+duty|(?:we|you)\s+investigated|under\s+investigation"
                                  r"|(?:of|from|in)\s+(?:the|that|this|these|those|our)|that\s+(?:night|day|shift))\b)(?!\s+(?-i:[A-Z])\b)", re.I)
_POINTING_WORDS = frozenset("the both these those his her their our each either any one a an other".split()) | frozenset(_COUNT_WORDS)


def _without_groups_of_its_staff(text: str) -> str:
    """The sentence without the posts in the plural no one is pointed at in (see _STAFF_IN_THE_PLURAL)."""
    def pointed_at(m: re.Match[str]) -> bool:
        clause = re.split(r"[,;:()]", text[:m.start()])[-1]
        words = [word.lower() for word in clause.split()[-4:]]
        # ("three of its officers": "of" after a count or a quantifier; not "audits of contact between officers")
        return any(word in _POINTING_WORDS or word.isdigit() for word in words) \
            or any(word == "of" and i and (words[i - 1] in _POINTING_WORDS or words[i - 1] in ("all", "some", "none", "most", "several"))
                   for i, word in enumerate(words))
    return _STAFF_IN_THE_PLURAL.sub(lambda m: m.group(0) if pointed_at(m) else " ", text)


# any holder of a post doing a new rule's work: "a supervisor reviews every open investigation", "a detective inspector now
# checks supervisory reviews" (not "has agreed that a sergeant can return to custody duties": one of them, perhaps)
_ANY_HOLDER_NOW_DOES = re.compile(r"\ban?\s+(?:[\w-]+\s+)?" + _A_POST_HOLDER + r"\s+(?:now\s+)?(?:reviews|checks|audits|approves|signs)\b", re.I)
# the force's report to us of a change it made, in the past perfect ("told us that ... every custody sergeant had completed
# refresher training"): that "had" as "has" (not a practice that already was, "had received this training for several
# years", "had already been trained ... before the incident", a year; nor what people did, "had followed the policy")
_TOLD_US_IT_HAD = re.compile(r"\btold\s+us\b(?![^.]*\b(?:(?:19|20)\d\d|already|previously|before\s+(?:the|these|this|that)|for\s+(?:\w+\s+){0,2}years)\b)"
                             r"[^.]*?\b(?P<had>had)\s+(?:since\s+|now\s+|all\s+|each\s+)?(?:completed|introduced|added|changed|trained|retrained|started|begun"
                             r"|set\s+up|brought\s+in|rolled\s+out|updated|revised|issued|reminded|briefed|(?:(?:refresher|further|new|additional|extra)\s+)?training)\b", re.I)
# the complaint the matter began with, as the time a change the police made came after: "Since the complaint was made, the
# force has introduced ...", "Following the woman's complaint, Staffordshire Police set up ..." (read as "since these
# events"; the complaint's own handling, "has since apologised", "reopened the investigation", stays blocked by its words;
# not "that complaint", "his earlier complaint", which may be another's, nor another body's change)
_AFTER_THE_COMPLAINT = re.compile(r"^\W*(?:since|following|after|in\s+response\s+to)\s+(?:the\s+(?:[a-z]+['’]s\s+)?|her\s+|his\s+|their\s+)complaint(?:\s+was\s+made)?(?=\s*,)", re.I)
# "both" of things, not of people: "required call handlers to search both of its record systems", "in both forces" (the
# thing ending its phrase: not "both response team officers", "both unit sergeants"; nor "both of their records", the
# people's own)
_BOTH_OF_THINGS = re.compile(r"\bboth\s+(?:of\s+)?(?:(?:its|the)\s+)?(?:[\w-]+\s+)?(?:systems?|databases?|records?|sites?|suites?|forces?|areas?|lists?|logs?|checks?|teams?|units?)\b"
                             r"(?=\s*(?:[.,;:]|$)|\s+(?:for|of|in|at|to|on|and|or|so|that|which|with|now|are|were|is|was|has|have|had)\b)", re.I)
# a check against records or footage, a practice ("supervisors now compare a sample of cell visits against CCTV"), not a
# refusal ("decided against making any change") or measures against people
_CHECKED_AGAINST = re.compile(r"\b(?:compare[sd]?|comparing|checks?|checked|checking|audits?|audited)\b[^.;]{0,80}?\bagainst\s+(?:the\s+)?"
                              r"(?:CCTV|footage|(?:[\w-]+\s+)?(?:records?|logs?))\b", re.I)
# ("every officer involved", "every officer who attended", "at the scene": the people involved, not a group of staff)
_THE_PEOPLE_INVOLVED = re.compile(r"\b(?:involved|attended|attending|present|at\s+the\s+scene|on\s+duty|who\s+(?:was|were|dealt|took|went|responded))\b", re.I)
_HAS_HAD = re.compile(r"\b(?:has|have)\s+had\b", re.I)
# whoever holds a post, called on by a changed system: "the force's call system now prompts a supervisor to review the
# grading" (any supervisor, not one of the people involved)
_ANY_HOLDER_THE_SYSTEM_CALLS = re.compile(r"\b(?:prompts?|alerts?|notif(?:y|ies))\s+(?:an?|the\s+duty)\s+(?:[\w-]+\s+)?" + _A_POST_HOLDER + r"\b", re.I)
_A_RULE_FORBIDS_OR_THINGS_SET_UP = re.compile(r"\b(?:must|may)\s+not\s+be\b"
                                              r"|\b(?:introduced|installed|fitted|extended|expanded|rolled\s+out|replaced|upgraded)\s+them\b", re.I)
_SINCE = re.compile(r"\b(?:has|have)\s+since\b(?!\s+(?:\d|(?:" + "|".join(_MONTHS) + r")\b))|\bsince\s+(?:then|(?:the|these|those|this|that)\s+(?:incidents?|events?|investigation))\b", re.I)
# a rule the force has made since the events names whoever does that work from now on, not the people involved:
# "changed the system, so that staff must now confirm the incident number before they add an update", "now requires two
# members of staff to be present", "a requirement that ... until an inspector has reviewed the case", "begun a review by
# the duty inspector of every high-risk search strategy" (the rule runs to the next comma, or past one into who does what
# when: ", who must confirm ...")
_MADE_SINCE = re.compile(_SINCE.pattern + r"|" + _AFTER_EVENT + r"|\b(?:after|once|when)\s+we\s+raised\s+(?:this|it)\b", re.I)
# (made by the force, not by another body or by us: "the hospital has changed its procedures so that nurses must now ...")
_THE_FORCE_MADE = re.compile(r"(?:" + _THE_FORCE_BY_NAME + r"|\bit)\s+(?!(?:of|and|or|to|in|for|with)\b)[a-z]+\b", re.I)
# (and made, not yet being weighed: "has since agreed to consider a requirement that ...", "has been looking at a change to
# its script so that ...", "has been developing new guidance so that ...")
_NOT_MADE_YET = re.compile(r"\b(?:consider\w*|look(?:s|ing)?\s+(?:at|into)|explor\w*|develop(?:s|ing)|draft(?:s|ing)|work(?:s|ing)\s+on"
                           r"|propos\w*|discuss\w*|whether|been\s+asked)\b", re.I)
_THE_RULE_IT_MADE = re.compile(r"\b(?:so\s+that|a\s+requirement\s+(?:that|for)|now\s+requires?|must\s+now|now\s+(?:has|have)\s+to"
                               # ("it has required two members of staff to sign for ...")
                               r"|(?:has|have)\s+(?:since\s+)?required"
                               # ("spot checks of custody records by an inspector", "is now reviewed by an inspector")
                               r"|(?:reviews?|reviewed|checks?|checked|audits?|audited|approval|approved|sign[\s-]?off)(?:\s+of(?:\s+[\w-]+){1,3}?)?\s+by\s+(?:a|an|the)\b)(?:[^.;,]|,\s*(?=(?:who|which|whenever|before|until|unless)\b))*", re.I)
# (a rule for particular people is their own measure: "a requirement for both officers", "so that he is supervised", "a
# requirement for the custody sergeant to be supervised"; "a review by the duty inspector" names whoever holds the post)
_POINTED_AT = r"\b(?:he|she|his|her|him|both|either|involved|concerned|attended|PCs?|DCs?|DS|PS|Mr|Mrs|Ms)\b"
# ("the custody sergeant", "those officers", "the member of staff"; not "the number of staff")
_THE_ROLE = (r"(?:the|these|those)\s+(?:(?!of\b)[\w-]+\s+){0,2}?(?:officers?|constables?|staff|PCs?|call\s+handlers?|sergeants?"
             r"|inspectors?|detectives?|drivers?|members?\s+of\s+staff)\b")
_PARTICULAR_PEOPLE = re.compile(_POINTED_AT + r"|(?<!by\s)" + _THE_ROLE, re.I)
# a role or person as the first half of a compound names no one: "officer safety training", "a missing person search"
# (and "CCTV monitors", equipment, names no footage of the case)
# (a role naming a kind of training: "officer safety training", "refresher driver training", "supervisor training")
# (not one person's: "gave the driver training", "given the call handler training")
_ROLE_IN_A_COMPOUND = re.compile(r"\b(?:(?:officer|staff|(?<!\bthe\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bthat\s)(?<!\bthis\s)(?:driver|driving|supervisor|call\s+handler))"
                                 r"\s+(?:safety|training|welfare|wellbeing)|missing\s+persons?"
                                 r"|CCTV\s+(?:monitors?|screens?|cameras?|systems?|coverage))\b", re.I)


# the police as who made a change: the force by name or initials, "the force", "it" (not "the nightclub's owner ... all of its
# door staff", "the local NHS trust")
_THE_POLICE_ACTING = re.compile(_THE_FORCE_BY_NAME + r"\b|\b(?:police|constabulary|it)\b", re.I)
_CHANGE_MADE = re.compile(r"\b(?:introduced|issued|made|required|requires|rolled|set|brought|extended|added|trained|briefed|changed|updated"
                          r"|revised|gave|given|began|started|installed|fitted|audited|now)\b", re.I)


def _the_police_made_it(text: str) -> bool:
    """Whether the police are named before the change is told ("the force introduced ..."; not "the local NHS trust
    introduced a requirement ... of a request from the police")."""
    made = _CHANGE_MADE.search(text)
    return bool(_THE_POLICE_ACTING.search(text, 0, made.start() if made else len(text)))


# what the learning guard reads past in a change the force made since the events, in this order: every one of a group of
# its staff, any holder a changed system calls on, "has had" as "has"; and, in a change made (not one still weighed),
# "both" of things, a check against records, any holder doing the new rule's work
_READ_PAST_IN_A_CHANGE_SINCE = ((_EVERY_ONE_OF_ITS_STAFF, " "), (_ANY_HOLDER_THE_SYSTEM_CALLS, " "), (_HAS_HAD, "has"))
_READ_PAST_IN_A_CHANGE_MADE = ((_BOTH_OF_THINGS, " "), (_CHECKED_AGAINST, " compared "), (_ANY_HOLDER_NOW_DOES, " "))


def _read_past(text: str, readings: tuple[tuple[re.Pattern[str], str], ...]) -> str:
    """The text with each reading's matches replaced, in turn."""
    for pattern, replacement in readings:
        text = pattern.sub(replacement, text)
    return text


def _may_say_yes(text: str) -> bool:
    """Only a wording no pattern knows: a sentence the learning patterns matched and then turned down (a bare
    recommendation to a force, which may be disciplinary) stays turned down. Who and what stays the patterns' question
    too: a sentence with a person, a complaint or the case's own handling, a negation, an intention or a practice that
    already was is not offered, nor a promise only to look for learning, nor the IOPC's stock sentences."""
    lowered = text.lower()
    if _LEARNING_PARTS.search(text, lowered) or _BOILERPLATE_PARTS.search(text, lowered):
        return False  # (the patterns read the sentence as written)
    # the guard reads the sentence without the compounds, which name no one ("officer safety training"), and a change
    # dated after the events, not about the people involved, without every one of a group of the force's staff
    text = _ROLE_IN_A_COMPOUND.sub(" ", text)
    if (after_the_complaint := _AFTER_THE_COMPLAINT.sub("Since these events", text)) != text and _the_police_made_it(after_the_complaint):
        text = after_the_complaint
    if _MADE_SINCE.search(text) and not _THE_PEOPLE_INVOLVED.search(text) and _the_police_made_it(text):
        # (and "has had refresher training" since the events is a change, not a practice that already was; nor is what the
        # force told us it had done)
        text = _read_past(text, _READ_PAST_IN_A_CHANGE_SINCE)
        if not _NOT_MADE_YET.search(text):
            # (a group of its staff, a post's holder, a check against records, "both" of things, told in a change made, not
            # one weighed)
            text = _without_groups_of_its_staff(_read_past(text, _READ_PAST_IN_A_CHANGE_MADE))
            if told := _TOLD_US_IT_HAD.search(text):
                text = text[:told.start("had")] + "has" + text[told.end("had"):]
        # (what a rule forbids is no refusal: "an instruction that personal phones must not be used"; and the things it
        # set up may be "them": "has since introduced them in all of its custody suites")
        text = _A_RULE_FORBIDS_OR_THINGS_SET_UP.sub(" ", text)
    # and without the rule the force has made since, unless the rule is for particular people
    rule = _THE_RULE_IT_MADE.search(text) if _MADE_SINCE.search(text) else None
    if (rule and _THE_FORCE_MADE.search(text, 0, rule.start()) and not _NOT_MADE_YET.search(text, 0, rule.start())
            and not _PARTICULAR_PEOPLE.search(rule.group())):
        text = text[:rule.start()] + " " + text[rule.end():]
    return not _NOT_FOR_THE_MODEL.search(text) and not _ONLY_CONSIDERING.search(text)


# a "no" is ours: the IOPC, or its investigation, speaking
_OURS = re.compile(r"\b(?:we|our|us|IOPC|IPCC|investigation)\b", re.I)
# and no one else's (a coroner's, a debrief's), no question without its answer, no more than part of the answer
# ("Apart from this, we found nothing else ..."), and not about a complaint's review or a decision
_NOT_OUR_WHOLE_NO = re.compile(r"\b(?:coroner|inquest|debrief\w*|own\s+review|professional\s+standards|PSD"
                               r"|beyond|further|apart\s+from|other\s+than|else|except|complain\w*|uph[oe]ld|decision|appeal\w*)\b", re.I)
# ("any lessons for the two officers" is about the people involved)
# (or "whether there was anything for PC Lane to learn": a person's learning, not the force's)
_LEARNING_FOR_SOME_OF_ITS_PEOPLE = re.compile(r"\b(?:learning|lessons)" + _FOR_SOME_OF_ITS_PEOPLE
                                              + r"|\banything" + _FOR_SOME_OF_ITS_PEOPLE + r"\s+to\s+learn\b", re.I)
# a question is an answer only with its answer after it: "asked whether ..., and concluded that it did not"
_QUESTION = re.compile(r"\b(?:whether|if)\b", re.I)
_ANSWERED_AFTER = re.compile(r"\b(?:whether|if)\b.*\b(?:and|but)\s+(?:we\s+)?(?:found|concluded|decided|did\s+not|identified)\b"
                             # (a question and our short answer, read together: model_candidates)
                             r"|\b(?:whether|if)\b[^.?]*[.?]\s+(?:we|the\s+IOPC|our\s+investigation|there)\b", re.I)


def _may_say_no(text: str) -> bool:
    # a "no" speaks of learning or change itself, in a wording no pattern knows (one the patterns turned down, such as a
    # coroner's or the force's own review's answer, stays turned down), and is ours and the whole of our answer
    lowered = text.lower()
    return _mentions(lowered, sentence_model.NO_WORDS) and bool(_OURS.search(text)) and not _NOT_OUR_WHOLE_NO.search(text) \
        and (not (_QUESTION.search(text) or _ONLY_CONSIDERING.search(text)) or bool(_ANSWERED_AFTER.search(text))) \
        and not _NO_LEARNING_PARTS.search(text) and not _NO_LEARNING_PLAINLY.search(text) and not _ASKED_BY_OTHERS.search(text) \
        and not _BOILERPLATE_PARTS.search(text, lowered) \
        and not _LEARNING_FOR_SOME_OF_ITS_PEOPLE.search(text)


_MODEL_MAY_SAY = {"yes": _may_say_yes, "no": _may_say_no}


# A force's second change, told as the second half of one clause: "The force has since reduced the number of people who
# can search its systems, and now carries out random monthly audits of the searches", "Since this case, South Wales
# Police has restricted special constables' access ... and added a monthly audit of ...". The second half is read with
# the force as its subject again; the first half may be something the patterns do not count (a restriction).
_A_FORCES_SECOND_CHANGE = re.compile(
    r"^(?P<subject>(?:(?:" + _AFTER_EVENT + r")\s*,\s*)?" + _THE_FORCE_BY_NAME + r")\s+(?P<tense>has\s+since|has|now)\s+"
    # (the first half: one clause, no other subject of its own; "and" may join its nouns: "for its officers and staff")
    r"(?:(?!\b(?:but|while|whereas|although|because|after|before|he|she|they|we)\b)[^.;:]){3,160}?"
    # (the second half opens on a verb: "now runs", "added", "has made", "set up")
    r",?\s+(?P<and>and)\s+(?P<second>(?P<tense2>now\s+)[a-z]+s\b[^.;]*"
    r"|(?P<tense3>(?:has\s+)?(?:also\s+)?(?:since\s+)?)(?:[a-z]+ed|set|put|made|brought|begun|began|built|drawn|drew|taken|took|sent|written|wrote)\b[^.;]*)", re.I)


# (the second half about someone: "now audits the searches made by the member of staff", "their training records")
_SOMEONE = re.compile(r"\b(?:their|them)\b|" + _POINTED_AT + r"|" + _THE_ROLE, re.I)
# (or a practice that already was: "now runs the monthly audit it introduced in 2015", "still runs", "as it has done since")
_ALREADY = re.compile(r"\b(?:(?:19|20)\d\d|already|still|continues|continued|since)\b", re.I)
_THE_CASES_OWN_HANDLING = re.compile(r"\b(?:" + _A_CASES_OWN_HANDLING + r"|famil(?:y|ies)|victims?|returned)\b", re.I)


def _second_change_alone(text: str) -> str | None:
    """A sentence's second half told again of the force ("<subject> has <second change>"), if it has one."""
    second = " and " in text and _A_FORCES_SECOND_CHANGE.match(text.strip())
    # (not after a measure for particular people or the case's own handling, which the second half may go on with: "has
    # given both officers words of advice and added a note to their training records", "... and added a note to each
    # officer's file", "has since apologised to the family and amended the custody record")
    if (not second or _SOMEONE.search(second["second"]) or _ALREADY.search(second["second"], len(second["tense2"] or second["tense3"] or ""))
            or _PARTICULAR_PEOPLE.search(second.string, 0, second.start("and"))
            or _THE_CASES_OWN_HANDLING.search(second.string, 0, second.start("and"))):
        return None
    half = second["second"]
    tense = "" if half.lower().startswith(("has ", "now ")) else second["tense"] + " "
    return f"{second['subject']} {tense}{half}"


def _sentences_and_second_changes(page: Page) -> Iterator[tuple[Span, str, str]]:
    """Each sentence (its text, lowered), and after it its second change told alone, if it has one."""
    for sentence, lowered in zip(page.sentences, page.lowered_sentences):
        yield sentence, sentence.text, lowered
        alone = _second_change_alone(sentence.text)
        if alone:
            yield sentence, alone, alone.lower()


# a decision still to come on recommendations of some kind: "will decide whether to make learning recommendations"
_WHETHER_TO_MAKE_RECOMMENDATIONS = re.compile(r"\bwhether\s+to\s+make\s+(?:any\s+)?(?:(?:learning|further|wider|national)\s+)?recommendations?\b", re.I)
# ... beside recommendations told as made: "We made three learning recommendations to Essex Police and will decide whether
# to make further recommendations", "Our learning recommendations to the force were accepted; ..."
_RECOMMENDATIONS_MADE = re.compile(r"\b(?:made|accepted|agreed\s+to|issued)\b", re.I)


def _learning_for_a_body(page: Page) -> Iterator[Span]:
    """The sentences telling of learning or recommendations for a force or body, in the page's order."""
    for sentence, text, lowered in _sentences_and_second_changes(page):
        learning = (_mentions(lowered, _LEARNING_WORDS) and _mentions(lowered, _LEARNING_OBJECTS)
                    and _LEARNING_PARTS.search(text, lowered))
        if not learning or _BOILERPLATE_PARTS.search(text, lowered):  # (the cheap test first)
            continue
        if "to make" in lowered and _NO_RECOMMENDATIONS_TO_MAKE.search(text):
            continue  # ("..., and decided there were no learning recommendations to make": none, read below)
        denied = _read_past(text, _DENIALS_OF_LEARNING)
        if denied != text:
            # "we did not identify any further organisational learning" names learning only to deny it; the rest of
            # the sentence may still find some ("..., as the force had already shared the learning with all staff")
            text, lowered = denied, denied.lower()
            learning = _LEARNING_PARTS.search(text, lowered)
            if not learning:
                continue
        if _BEFORE_THE_EVENTS_RE.search(text) and not (_SINCE.search(text) or "recommend" in lowered):
            continue  # a change made before the events is a practice that already was, not learning from them
        considering = _ONLY_CONSIDERING.search(text)
        # (the IOPC asking the force to consider its learning, or a recommendation after considering it, is learning)
        if considering and not _WE_RECOMMENDED.search(text) and not _RECOMMENDING.search(text, considering.end()):
            continue
        # (a recommendation of ours to the force, in a clause after a person's case: "... did not have a case to answer,
        # but we recommended that the force review how concerns ... are recorded": that clause is what is read)
        own_clause = _OUR_RECOMMENDATION_AFTER_A_CASE.search(text)
        if _INDIVIDUAL.search(text[own_clause.start():] if own_clause else text) \
                and not _BEYOND_THE_INDIVIDUAL.search(_ONE_PERSONS_TRAINING.sub(" ", text)):
            continue
        # (the force as one it is for, not the one who passed it on to the person: "learning for one of the officers ...,
        # which the force has discussed with her")
        if _FOR_INDIVIDUALS.search(text) and not re.search(r"\b(?:all\s+(?:officers|staff)|the\s+force" + _PASSED_ON_TO_THEM + r"|forces|organisation)\b", text, re.I) \
                and not find_forces(text):
            continue  # learning for the people involved alone is not organisational
        # "we made our recommendation to <force>" alone may be a disciplinary one;
        # learning "for <force>" is organisational.
        recommends = "recommend" in learning.group(0).lower()
        if recommends and (_WHETHER_TO_RECOMMEND.search(text) or _WHETHER_TO_MAKE_RECOMMENDATIONS.search(text)
                           and not _RECOMMENDATIONS_MADE.search(text)) and not _WE_RECOMMENDED.search(text):
            # ("we are now considering whether to recommend that it hold a meeting": weighed, none made; "we will decide whether
            # to make learning recommendations when we have its reply": still to come, unless the sentence tells some made)
            continue
        to_act = _FORCE_TO_ACT.search(text) if recommends else None  # (it only matters for a recommendation)
        # (after a colon the recommendations themselves follow: about named officers, they are disciplinary)
        if to_act and to_act.group(0).rstrip().endswith(":") and (_ABOUT_THE_PEOPLE.search(text, to_act.end()) or _LETTERED.search(text, to_act.end())):
            to_act = None  # "two recommendations to Kent Police: that PC A be given words of advice ...": about its officers
        names_body = (not recommends or to_act) and find_forces(text)
        if _ORGANISATIONAL.search(text) or names_body:
            yield sentence


# what the force did with one person's learning, giving it only to them: "... has discussed with her"
_PASSED_ON_TO_THEM = (r"(?!\s+(?:has|had|have)\s+(?:since\s+)?(?:discussed|talked(?:\s+it)?\s+through|gone(?:\s+it)?\s+through|raised|shared)"
                      r"\s+(?:it\s+|this\s+)?with\s+(?:him|her|them)\b)")
# a sentence set against the one before: "However, we recommended ...", "We did, however, recommend ..."
_SET_AGAINST = re.compile(r"\b(?:however|nevertheless|nonetheless)\b", re.I)


# ("We considered whether there was any other learning for the force and identified none": more than was found)
_ALSO_ASKED = re.compile(r"\b(?:we|IOPC|our\s+investigation)\s+also\b|\bany\s+(?:other|further)\s+(?:[\w-]+\s+)?(?:learning|lessons)\b", re.I)


def learning_by_rules(page: Page) -> Finding:
    """Organisational learning as the rules read it (the sentence model is trained on this reading's evidence)."""
    if _RECOMMENDATION_TITLE.search(page.title.text):
        return Finding("yes", (page.title,), "the page is a learning recommendation")
    no = _first(page, _NO_LEARNING_PARTS, gate=("learn", "recommendation", "lesson", "improve", "issue", "differently", "change"),
                exclude=_ASKED_BY_OTHERS)
    if no:
        # ("We recommended that the force review ... We also looked at whether its pursuit policy had played any part and
        # found nothing that called for organisational learning": "also", after learning found, answers one more question)
        # (learning plainly for the force: not "We recommended that she receive management advice ..., and BTP has since
        # given her this advice", one person's)
        earlier = next((s for s in _learning_for_a_body(page) if s.end <= no.start and not _INDIVIDUAL.search(s.text)), None) \
            if _ALSO_ASKED.search(no.text) else None
        if earlier is not None:
            return Finding("yes", (earlier,), "learning for a force, before our 'also ... nothing' about one more question")
        # learning for a force counts whoever identified it: its own change outweighs the IOPC's "none"
        # (a second change told in one clause too: "... and has made training ... compulsory for every supervisor")
        own = _the_forces_own_change(page)
        if own is not None:
            return Finding("yes", (own,), "the force changed its practice after the case, though the IOPC made no recommendation")
        # (so does a recommendation we made after it, set against it: "We considered whether the force could learn anything
        # from the pursuit itself and decided that it could not. However, we recommended that it review ...")
        later = next((s for s in _learning_for_a_body(page) if s.start > no.start and _SET_AGAINST.search(s.text)), None)
        if later is not None:
            return Finding("yes", (later,), "a recommendation for a force after the IOPC found no other learning")
        return Finding("no", (no,), "'did not identify any organisational learning'")
    found = next(_learning_for_a_body(page), None)
    if found is not None:
        return Finding("yes", (found,), "learning or recommendations for a force or body")
    listed = _recommendations_listed(page)
    if listed:
        return Finding("yes", listed, "recommendations counted, then each addressed to a force")
    # (a change the force made itself after the case counts, whoever identified the learning: "As a result, it has
    # changed the number of supervisors who must be on duty ...")
    own = _the_forces_own_change(page)
    if own is not None:
        return Finding("yes", (own,), "the force changed its practice after the case")
    weak_no = _first(page, _NO_MORE_LEARNING, gate=("learn", "recommendation"))
    if weak_no:
        return Finding("no", (weak_no,), "'we did not identify any further organisational learning', with no learning found")
    none_to_make = _first(page, _NO_RECOMMENDATIONS_TO_MAKE, gate=("to make",))
    if none_to_make:
        return Finding("no", (none_to_make,), _NONE_TO_MAKE)
    plainly_no = _first(page, _NO_LEARNING_PLAINLY, gate=("learn", "lesson"))
    if plainly_no:
        return Finding("no", (plainly_no,), _PLAINLY_NO)
    # asked in one sentence, answered "none" in the next; learning found anywhere else comes first
    # (the force's own review asking, "It found nothing.", is not our answer)
    asked_and_answered = _answered_no(page, _ASKED_LEARNING_RE, _SHORT_ANSWER_NO_LEARNING, gate=("learn", "lesson", "change", "differently"),
                                      exclude=_ASKED_BY_OTHERS)
    asked_and_answered = asked_and_answered or _answered_no(page, _ASKED_ABOUT_ITS_WAYS_RE, _SHORT_ANSWER_NO_LEARNING, gate=("change", "improv", "revis", "updat"),
                                                            exclude=_ASKED_BY_OTHERS)
    if asked_and_answered:
        # (the force's own change, told anywhere, would have outweighed our "none": it was looked for above)
        return Finding("no", asked_and_answered, _ASKED_AND_ANSWERED_NO)
    return Finding("not_stated")


def _the_forces_own_change(page: Page) -> Span | None:
    """The first sentence telling of a change the force made itself after the case, not about the people involved."""
    # (not a practice that already was: "has provided training on positional asphyxia for several years, well before
    # these events", as _learning_for_a_body reads it)
    return next((sentence for sentence, text, lowered in _sentences_and_second_changes(page)
                 if _mentions(lowered, _FORCE_OWN_CHANGE_WORDS) and _FORCE_OWN_CHANGE_PARTS.search(text, lowered) and not _ABOUT_THE_PEOPLE.search(text)
                 and not (_BEFORE_THE_EVENTS_RE.search(text) and not _SINCE.search(text))),
                None)


_ASKED_AND_ANSWERED_NO = "asked whether there was learning for the force, and answered no"
_NONE_TO_MAKE = "'no learning recommendations to make', with no learning found"


@dataclass(frozen=True)
class ModelUse:
    """How the rules use a field's sentence model: the rules' own reading (whose evidence trains the model), what the
    model may answer and from which sentences, and which questions it skips."""
    reader: sentence_model.Reader
    by_rules: Callable[[Page], Finding]
    may_say: dict[str, Callable[[str], bool]]
    question_after: re.Pattern[str] | None = None
    reads_answers: bool = False  # (a question and our short "no" after it, read together)
    # a sentence whose people are only pointed back to ("he", "any of them") is read only where this says they are the police
    pointed_back_to: Callable[[list[Span], int], bool] | None = None


# (extraction, training and cross-validation all read these)
MODEL_USES = {
    "organisational_learning": ModelUse(sentence_model.LEARNING, learning_by_rules, _MODEL_MAY_SAY, reads_answers=True),
    "criminal_indication": ModelUse(sentence_model.CRIMINAL, lambda page: criminal_by_rules(page, cps_referral(page)),
                                    _MODEL_MAY_SAY_NO_OFFENCE, _NAMED_MEMBER_OF_THE_PUBLIC, pointed_back_to=_pointed_back_to_the_police),
}
