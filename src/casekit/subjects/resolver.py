"""The resolver: reads a page's sentences in order, applies each decision to groups of people, refers every other
sentence to the people it is about and records its facts with the sentence as evidence, then settles what the text
leaves open by the codebook's conventions."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from .. import cues
from ..page import Page, Span
from ..schema import DISMISSALS
from .phrases import (
    _ARRANGED_NOT_YET_HELD, find_phrases, GENERIC_HEADS, _NO_LONGER_A, number_of, NUMBERS, _ORDINAL_POSITION, page_heads,
    page_vocabulary, Phrase, _PROCEEDINGS_NAMED_LAST, _RANK_WORDS, _spaces, _THOSE_STILL_TO_COME
)
from .people import DEPARTED, Group, Person
from .decisions import (
    _A_DEPARTURE, _A_REASON, _ACCEPTED_ITS_VIEW, _actors_list, _ALSO_WORDS, _AGAINST_THEM, _ALL_OF_THEM, _BARE_FORCE_AGREED,
    _BARE_FORCE_DISAGREED, _IN_EVERY_CASE_RE, _BY_DEPARTURE_WHO, FORCE_OPENING, CHAIR_OF_THE_PROCEEDINGS_FOUND, _COULD_FIND, _CTA, _CTA_PARTS, Decision, _DEPARTED_NOUN, _ONE_WHO_LEFT_RE, MISCONDUCT_NOT_GROSS_FOUND, _WE_WITHDREW_OUR_OPINION,
    _DEPARTURE_WORDS, _DID_NOT_ATTEND, _DIRECTED, _DIRECTED_TO_HOLD, _DISAGREED_ABOUT, _DISAGREED_WITH_THIS,
    _DISAGREEING_RE, _DISPUTED_OUR_OPINION_THAT, _DOWNGRADE_PARTS, _FORCE_WOULD_DEAL_WITH_IT_AS_MISCONDUCT, FORCE_VIEW_IT_WAS_MISCONDUCT, ACCEPTED_THE_FORCES_VIEW, _EACH_OF_THEM, _A_MEETING_WAS_RIGHT, _EARLIER_MATTER, find_decisions,
    _FOLLOWED_UP, _FORCE_AGREED_BUT, _FORCE_AGREED_CASE, _FORCE_AGREED_THAT_SOME, _FORCE_CAME_ROUND, _FORCE_DISAGREED_PARTS, _FORCE_INTENDED,
    _A_MEETING_WOULD_FIT, _FORCE_SUGGESTING, _FORCES_VIEW_AFTER, _HELD_OR_ARRANGED, _generic, _grade_of, _HYPOTHETICAL, _ITS_VIEW_OF_THEM, _leaving_in_words,
    _leaving_said, _leaving_told, _LEVEL_FOR, _level_later, _LIST_JOIN, _modifiers, _named_in_apposition,
    _NEGATIVE_CLAUSE, _NOT_AGREEING, _NOT_FOLLOWED, _NOT_PURSUED, _OFFENCE_ASIDE, _OFFENCE_WORD, _OTHER_MEETINGS,
    _OUR_REASONS_DISPUTED, _PANEL_VOICE, _past_letter, _PERFORMANCE_VIEW, _PROCEEDINGS_AS_SUBJECT,
    _PROCEEDINGS_FOR, _PROCEEDINGS_FOR_PARTS, _PROPOSING, _REFLECTION_NOT_MISCONDUCT, _REPLACED, _ROUTE_AT, STILL_IN_POST, _STILL_TO_COME,
    _THE_DEPARTED, _THE_FORCE_WORD, _THE_ONE_BY_A_PRONOUN, _TO_NO_CASE, _TOOK_PLACE, THE_FORCE_ITSELF, KNOWN_FORCE_INITIALS, WHAT_THEY_DID, _WE_DIRECTED, _who, _WHO_CLAUSE, _without_route
)
from .facts import (
    _a_word_on_others, _ABOUT_OTHERS, _BEFORE_IT_COULD, THE_FORCE_AS_SUBJECT, _BOTH_DISMISSED_CLAUSE, _BOTH_DISMISSED_IN_SENTENCE,
    A_PANEL_SAT, _CALLED_IT_MISCONDUCT, facts_in, _facts_of_predicate, _FINDING_WORD, FINDINGS, FORMAL_PROCEEDINGS,
    FORMAL_SANCTIONS, _FOUND_TO_HAVE_A_CASE, _HAD_COMMITTED_NOT_GROSS, _LEFT_BEFORE_IT, _NO_PROCEEDINGS_PARTS, _NOT_GROSS,
    _OPENS_WITH_THE_PANEL, _OPINION, _outcome_outranks, _PANEL_FINDS, _PANEL_PRONOUN_OPENING, _SANCTION_ORDER,
    _SANCTIONS_OF_A_FINDING, _SHOWN_AT_IT, _the_panel_for_it, _WAITING_FOR_OTHERS, _WHAT_WOULD_HAVE_BEEN, _WHETHER_TO_RECOMMEND
)
from .counts import (
    _BARE_ATTENDED, _bare_phrase, _ONLY_A_LEAD_IN, _TOTAL_PARTS, _with_the_sentences_proceedings
)
from .applying import _acceptance_for, FirstGiven, _PLURAL_VERB, _without_a_result
from .referring import (
    _BARE_COUNT_OF, _BY_DEPARTURE, COUNTED_BEFORE_A_COLON, _FOR_THE_OTHER_N, _not_called_officer, _ONE_OF, _PEOPLE_AFTER_THE_OTHER_N
)
from .applying import AppliesDecisions
from .referring import RefersToPeople


# a finding's next person, with facts of their own: "(, and) against PC Odell, who would have been ...", "against the
# sergeant, who ..." (not "against the advice of the legal adviser")
_AGAINST_SOMEONE = (r"against\s+(?:(?:the|both|all|each|(?:one|two|three|four|five)\s+of\s+the)\s+(?:[\w-]+\s+){0,2}?(?:officers?|constables?|sergeants?|inspectors?|detectives?|PCs?|PCSOs?"
                    r"|members?\s+of\s+staff|staff|call\s+handlers?|other|others)\b|(?-i:(?:PC|DC|DS|PS|PCSO|Sergeant|Inspector|Constable|Officer)\s+[A-Z]))")
_VERB_OF_EITHER_NUMBER = re.compile(r"\s+(?:received|attended|faced)\b")
# a panel's words reporting what it decided: "... and | concluded that both would have been dismissed"
_REPORTED_THAT = r"(?:concluded|decided|said|ruled)\s+that\s+"
# a departure told right after a name: "PC Ashby, who resigned from the force in August 2023, ...", "PC Ashby had since retired"
_LEFT_AFTER_A_NAME = re.compile(r"\s*(?:,\s*who\s+)?(?:had\s+)?(?:since\s+|already\s+)?(?P<how>retired|resigned)\b", re.I)
_A_PERSONS_PRONOUN = re.compile(r"\b(?:he|him|his|she|her)\b", re.I)
# a sentence opening on a pronoun for several just talked about: "They had ...", "Each had ...", "Both ..." (not "He had
# ...", which may be either of two men: rv278; the word as a determiner, "Both constables", is told apart where it is read)
_OPENS_ON_THEIR_PRONOUN = re.compile(r"\W*(?:they|each|both|neither)\s+(?!of\b)", re.I)
_FORCE_DID_NOT_AGREE_THAT = re.compile(r"\s*it\s+(?:did\s+not|didn['’]t)\s+agree\s+that\b", re.I)
_REPORTED_THAT_OPENING = re.compile(r"\s*" + _REPORTED_THAT, re.I)
_WE_DID_SO = re.compile(r"\bwe\s+(?:then\s+|duly\s+)?(?:recommended|directed)\s+(?:this|so|it|that)\b|\bwe\s+did\s+so\b", re.I)
# proceedings at both levels named in one sentence, a hearing and a meeting
# ("a gross misconduct hearing for the first officer and misconduct meetings for the other two": each for someone)
_PROCEEDINGS_AT_BOTH_LEVELS = re.compile(r"\bgross\s+misconduct\s+hearings?\s+for\b[^.;]*(?<!gross\s)\bmisconduct\s+meetings?\s+for\b"
                                         r"|(?<!gross\s)\bmisconduct\s+meetings?\s+for\b[^.;]*\bgross\s+misconduct\s+hearings?\s+for\b", re.I)
# a sentence's opening "For" (or "As for", "In the case of"), before the people its finding is for ("For the sergeant and a
# second constable, the panel found")
_FOR_THE_PEOPLE_OPENING = re.compile(r"\s*(?:for|as\s+for|in\s+the\s+case\s+of)\s+", re.I)
# our own disagreement with the force's view, in the next sentences: "We disagreed.", "We did not accept this."
_WE_DISAGREED = re.compile(r"\W*(?:however,?\s+)?we\s+(?:disagreed|did\s+not\s+(?:agree|accept))\b", re.I)
# someone new, by a departure: "a retired sergeant", "a former inspector"
_SOMEONE_NEW_WHO_LEFT = re.compile(r"(?<![,(]\s)\ban?\s+(?:retired|former)\b", re.I)
# a clause shared by a list just given: "each received a written warning", "and both were dismissed"
_EACH_OF_THE_LIST_NEXT = re.compile(r"\s*(?:and\s+)?(?:each|both)\b", re.I)
# what an aside may tell of a person's own standing at the proceedings: "who had resigned", "who attended", "who was
# still serving"
_OWN_STANDING = re.compile(r"\b(?:resign\w*|retir\w*|left|leaving|attend\w*|serving|absent|dismissed)\b", re.I)
_CLAUSE_SPLIT = re.compile(
    # ("The sergeant will face a hearing, and | each constable will attend a meeting": "each" with its noun)
    # ("... proven and she was given a written warning, while | those against PC Vardy were found not proven": the
    # allegations against the next person)
    r";\s*|,?\s+(?:and|while|whereas|but)\s+(?=" + _AGAINST_SOMEONE + r"|those\s+against\b|(?:that\s+)?(?:(?:the|a|an|one|another|two|three|four|five|both)\b|each\s+(?!of\b)[a-z]|[A-Z](?!\b))"
    r"|it\s+went\s+ahead\s+(?:for|against)\b"  # ("DO A retired before the hearing, and it went ahead for DO B only")
    # ("The force agreed that PC Harland should face a gross misconduct hearing, but | it did not agree that the failings by
    # PC Oyelaran ...": the force's dispute about the next person, a clause of its own)
    r"|(?<=but\s)(?=it\s+(?:did\s+not|didn['’]t)\s+agree\s+that\b)"
    # ("It arranged a gross misconduct hearing for the first officer and | misconduct meetings for the other two")
    r"|(?:gross\s+misconduct\s+|misconduct\s+)(?:meetings?|hearings?)\s+for\b"
    # ("... against PC Lark and PC Moss and | concluded that both would have been dismissed")
    r"|" + _REPORTED_THAT + r"(?:both|each|all|they)\b"
    # ("... found the case against PC Tolley not proven and | decided that PC Ashdown had committed misconduct": a
    # finding of its own, for the person it names)
    r"|" + _REPORTED_THAT + r"(?=(?-i:(?:PC|DC|DS|PS|DI|PCSO|Sergeant|Inspector|Constable|Officer)\s+[A-Z]))"
    # ("It dismissed PC Orme without notice and | found that PC Castell would have been dismissed": only as what would have
    # been done to someone who had left, not "found that PC Drew had raised them properly, and gave
    # the sergeant a final written warning", a fact whose clause the shared verb would join)
    r"|found\s+that\s+(?=(?-i:(?:PC|DC|DS|PS|DI|PCSO|Sergeant|Inspector|Constable|Officer)\s+[A-Z][\w'’-]+\s+would\s+have\s+been\s+dismissed\b))"
    # ("... proven against three constables, who were dismissed, and | found that the sergeant would have been dismissed")
    r"|(?<=,\sand\s)found\s+that\s+(?=the\s+(?:(?:custody|duty|acting|detective)\s+)?(?:sergeant|inspector|constable|superintendent)\b"
    # (or by place: "... against two of them, who were dismissed without notice, and | found that the third had committed
    # misconduct")
    # (a place word of its own, "the third", "the last officer"; "the other" or "the remaining" only bare, as after a count:
    # not "... against PC Tarrant, who was dismissed, and found that the other constable ...", with no count before)
    r"|the\s+(?:(?:second|third|fourth|fifth|last)\b|(?:other|remaining)(?=\s+(?:had|has|was|were|did|would|should)\b|['’]s\b)))"
    # ("... found gross misconduct proven against the constable, who was dismissed, and misconduct proven against the
    # sergeant, who ...": a finding of its own, against its own person)
    # (and "..., and not proven against the sergeant": the other finding, against its own person)
    r"|(?:(?:gross\s+)?misconduct\s+)?(?:was\s+)?(?:found\s+)?(?:not\s+)?(?:proven|proved)\s+against\b"
    r"|not\s+against\b"  # ("..., who received a written warning, but not against the custody sergeant")
    # ("..., and found the allegation against Sergeant Hoyle not proven": a finding of its own, its verb again)
    # (someone named, or by place: "against the remaining officer" is read with the sentence's people, as before)
    r"|found\s+(?:the\s+)?(?:allegations?|case|charges?)\s+against\s+(?:(?-i:(?:PC|PS|DC|DS|DI|Sergeant|Inspector|Constable|Officer|Mr|Ms|Mrs|Miss)\s+[A-Z])"
    r"|the\s+(?:first|second|third|fourth|fifth)\b"
    # (or by a rank: "..., but found the allegation against the sergeant not proven")
    r"|the\s+(?:(?:custody|duty|acting|detective)\s+)?(?:sergeant|inspector|constable|superintendent)\b))"
    r"|,\s+(?=" + _AGAINST_SOMEONE + r")"
    # ("PC Ashby ... received a written warning, | PC Bell was given words of advice, and ...": a named person's own clause)
    # (after a clause ending on what someone was given, and only "was" or "received": not "After the meeting for PC Ashby,
    # PC Bell had ...", nor "after PC Bell had been dismissed, PC Ashby resigned")
    r"|(?:(?<=warning)|(?<=advice)|(?<=action)|(?<=practice)|(?<=proven)),\s+"
    r"(?=(?-i:(?:PC|PS|DC|DS|DI|PCSO|Sergeant|Inspector|Constable|Officer)\s+[A-Z][\w'’-]*)\s+(?:was|received)\b)")
# a clause ending on the people a finding is against: "The panel found the allegations against DC Ferris"
# (or proceedings "for" them: "Misconduct meetings for PC Lyle | and PC Fairbrother were held")
_ENDS_AGAINST_PEOPLE = re.compile(r"\b(?:against|(?:meetings?|hearings?)\s+for)\s+(?P<people>(?:(?!\b(?:against|for)\b)[^;])*?)\s*$", re.I)
# (what they had done: not "PC Tanfield, who were dismissed", the list's result)
_ONLY_DESCRIBED = re.compile(r"\s*,\s*who\s+(?!(?:were|was|had\s+been|have\s+been|received|would|will)\b)[^,;]*?[,.]?\s*", re.I)
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
                and (_LIST_PREDICATE.match(rest := _past_letter(lead[0], clause[lead[0].end:]))
                     # ("... proven against Officer A | and Officer B, who had struck the man, | and both were dismissed": the
                     # list's last, described, with nothing of their own)
                     or _ONLY_DESCRIBED.fullmatch(rest) and not facts_in(clause)):
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
    # ("At the hearing, two of them were dismissed"; without the comma only before a count: "At the hearing two were")
    r"\s*(?:(?:at|in|during|following|after)\b[^,;]{0,60}?(?:,\s*|\s+(?=(?:one|two|three|four|five)\b)))?"
    r"(?:the\s+(?:panel|chair)\s+(?:said|found|decided|concluded|ruled)\s+(?:that\s+)?)?"  # ("...; the panel said that the other would")
    # ("... against two of them, who were dismissed, and | found that the third had committed misconduct": the panel's
    # verb again, after the split)
    r"(?:found\s+that\s+(?=the\s+(?:other|remaining|second|third|fourth|fifth|last)\b))?"
    r"(?:the\s+(?:allegations?|case)\s+against\s+)?"  # ("...; the allegation against the other was found not proven")
    # ("Two of those who attended", "Two of the three who attended were dismissed": of those the clause describes)
    r"(?:that\s+)?"  # ("The force decided that the first ... should face a hearing and | that the second should attend ...")
    r"(?P<lead>(?:the\s+(?=(?:one|two|three|four|five)\s+(?:who|still)\s))?(?P<n>one|two|three|four|five)(?:\s+of\s+them|\s+of\s+(?:those|the\s+(?:two|three|four|five|six))(?=\s+who\s))?|the\s+(?P<which>other|remaining|first|second|third|fourth|fifth|last)(?:\s+one)?)"
    # ("the third, who had joined only that year, was given a final written warning": past a relative clause)
    r"(?:,\s+who\s+[^,;]{1,150},)?"
    # ("the three who were still serving were dismissed", "the one who had retired would have been"): told apart by leaving
    r"(?P<departure>\s+who\s+(?:(?:was|were)\s+" + STILL_IN_POST + r"|remained\s+serving|had\s+(?:not\s+)?(?:resigned|retired|left)|attended)|\s+" + STILL_IN_POST + r")?"
    r"\s+(?=(?P<verb>was|were|had|has|is|are|will|would|should|received|resigned|retired|attended|faced|got|left|admitted|accepted)\b"
    # ("one received a written warning and | the other a final written warning": the verb left out, a sanction its object)
    r"|(?:a|an)\s+(?:final\s+written\s+warning|written\s+warning|reduction\s+in\s+rank)\b(?!\s+(?:was|were|had|is)\b))", re.I)
def _one_of_a_rank_opening(text: str) -> Phrase | None:
    """The one person of a rank a sentence opens on: "One constable had ...", "A sergeant, who heard the remark, ..."."""
    opening = next(iter(find_phrases(text)), None)
    if opening is None or opening.start > 2 or opening.count != 1 or opening.definite or opening.plural or opening.label \
            or opening.head in GENERIC_HEADS:
        return None
    return opening


# a finding against a count of those talked about: "The panel found gross misconduct proven against two of them, | who
# were dismissed without notice" (the people of its clause, by count alone; the empty groups are those _bare_phrase reads)
_A_FINDING_AGAINST_N_OF_THEM = re.compile(r"\b(?:proven|proved)\s+against\s+(?P<lead>(?P<n>two|three|four|five)\s+of\s+them)\b"
                                          r"(?P<which>)(?P<verb>)(?=\s*(?:,\s*who\b|$))", re.I)
# (a force's acronym, not a rank's initials: "One of them, PC Reeve, resigned" is still about the one)
_NEW_SUBJECT = re.compile(r"^(?:and\s+|but\s+)?(?:we|they|the\s+(?:force|IOPC|IPCC|panel|chair)|(?:[A-Z][a-z]+\s+)+(?:Police|Constabulary)"
                          r"|(?!(?:PC|DC|DS|PS|DI|DCI|PCSO|CDO|DO)\b)[A-Z]{2,4})\b")


# what a sentence accepting the force's view for one person goes on to pursue for another: "..., but recommended that
# the PC attend a misconduct meeting"
_PURSUED_AFTER = re.compile(r"\b(?:recommended|directed)\b[^.]{0,200}?\b(?:misconduct|hearing|meeting|proceedings)\b", re.I)
# the same count as the subject its predicate is read with: "Two were dismissed."
_AMOUNTED_TO_NOT_GROSS = re.compile(r"\bamounted\s+to\s+" + MISCONDUCT_NOT_GROSS_FOUND + r"\b", re.I)
# a force agreeing about someone in a clause of its own: "agreed that the first officer should face a hearing"
_AGREED_THAT = re.compile(r"\bagreed\s+that\b", re.I)
# the force, opening the sentence, agreeing that someone had a case ("The force agreed that ...", "Kent Police agreed that
# ...", "It agreed that ..."; not the officer's representative or a family)
_THE_FORCE_AGREED_THAT = re.compile(FORCE_OPENING + r"(?:\s+Service)?\s+(?:also\s+)?agreed\s+that\b")  # ("Metropolitan Police Service")
# after the one disputed, only whom or why: the sentence's end, or "who ...", "as ...", "because ...", "saying ..."
_THEN_ONLY_WHOM_OR_WHY = re.compile(r"\s*(?:[.;]|$|,\s*(?:who|whom|as|because|saying|arguing|since)\b)")
# what else than the case a dispute "about" someone may be of: a level or a route ("a misconduct meeting more proportionate
# than a hearing", "not serious enough to justify dismissal", "the level of"), an allegation, an account, a share of blame
_NOT_THE_CASE_ITSELF = re.compile(r"\b(?:meeting|hearing|level|serious\w*|proportionate|dismissal|gross|culpab\w*|allegations?|accounts?)\b", re.I)
# ... and in the sentence after, where proceedings and results are told of anyone: only words that weigh a level
_LEVEL_SAID_NEXT = re.compile(r"\b(?:level|serious\w*|proportionate|rather\s+than|only\s+(?:to\s+)?misconduct)\b", re.I)
# our answer to a dispute in the same sentence: "..., so we recommended that she face ...", "and we then directed it to ..."
_OUR_ANSWER_IN_IT = re.compile(r"\bwe\s+(?:then\s+|therefore\s+|later\s+)?(?:recommended|directed|did\s+not\s+accept|disagreed|rejected)\b", re.I)
_BARE_COUNT_SUBJECT = re.compile(_BARE_COUNT_OF + r"(?=\s+(?:were|had)\b)")
# members of the public a "he" or "she" may mean
_PUBLIC_OF_A_SEX_WORDS = r"man|woman|boy|girl|father|mother|son|daughter|husband|wife|brother|sister|partner|boyfriend|girlfriend"
_PUBLIC_OF_A_SEX = re.compile(r"\b(?:" + _PUBLIC_OF_A_SEX_WORDS + r")\b", re.I)
# "He resigned from the force, while our investigation was going on" (not "from his job as a teacher")
# (or by a force's initials, "He resigned from the MPS", "from GMP"; not a company's or a country's, "left the UK", "the BP
# garage")
_FROM_THE_POLICE = re.compile(r"\b(?:from|left)\s+(?:the\s+)?(?:force|police|service|constabulary|(?:(?-i:[A-Z][\w-]+)\s+){1,3}(?:Police|Constabulary)"
                              r"|" + KNOWN_FORCE_INITIALS + r")\b|\b(?:our|the)\s+investigation\b", re.I)
# a move to another force or body, not leaving the police: "He left the MPS in 2021 and now serves with Kent Police", "to
# return to Kent Police", "transferred"
_MOVED_TO_ANOTHER_FORCE = re.compile(r"\b(?:to\s+(?:join|return\s+to)|now\s+serv\w+\s+with|transferr\w*|joined)\b", re.I)
_THEY_WERE = re.compile(r"\s*(?:They|These|Those)\s+(?:three\s+|two\s+|four\s+)?(?:officers\s+)?were\s+(?:the|a|an)\s+(?=[^.]*(?:;|,\s*and\s+(?:the|a|an)\s))", re.I)
# a case to answer, then a colon opening the list of whose it was: "had a case to answer for misconduct: the custody
# sergeant, for ...; the male constable, ..."
_CASE_THEN_A_COLON = re.compile(r"\bcase\s+to\s+answer\s+for\s+(?:gross\s+)?misconduct\s*:\s*", re.I)
# where an item of a list opens: at its start, or after a semicolon, a comma or an "and"
_OPENS_A_LIST_ITEM = re.compile(r"(?:^|[;,]\s*|\band\s+)\s*$")
_THE_REST = re.compile(r"\bthe\s+(?:others|rest|remaining(?:\s+(?:two|three|four|five|six|officers|ones))?)\b", re.I)
_THE_OTHER = re.compile(r"\b(?:the\s+other|another)\s+(?:one|officer|member|[a-z]+\s+officer)\b"
                        r"|\bthe\s+other\b(?!\s+(?:force|forces|body|man|woman|men|women|side|hand|way|day|person|people)\b)", re.I)


# someone a report tells of as a witness or as the one who complained ("A constable who attended later gave a witness
# statement", "A constable complained that ...")
# (what is said of them after their noun, in their own clause; not "began a relationship with a witness")
_WITNESS_OR_COMPLAINANT = re.compile(r"[^.;]{0,100}?\b(?:complained|witness\s+statement|as\s+a\s+witness|gave\s+(?:a\s+|us\s+a\s+)?statement)\b", re.I)
# one allegation among others: "On a second allegation, ...", "In respect of a separate allegation about the search"
_ONE_MORE_ALLEGATION = re.compile(r"\b(?:a|the)\s+(?:second|third|further|separate|other|another)\s+allegation\b|\banother\s+allegation\b", re.I)


# facts that are one person's own: told of one person, they are never also another's
_ONE_PERSONS_FACTS = frozenset(("left", "outcome", "sanction", "attended", "barred"))
# a hearing held without someone, told by a pronoun: "in his absence", "without them" (``one``: a single person)
# (not "without her representative": someone else missing)
_ABSENCE_BY_PRONOUN = re.compile(r"\bin\s+(?:(?P<one>his|her)|their)\s+absence\b|\bwithout\s+(?:(?P<one_>him|her)|them)\b"
                                 r"(?!\s+(?:own\s+)?(?:representative|solicitor|lawyer|counsel|barrister|friend|federation|union|"
                                 r"legal|present|being)\b)", re.I)
# "the other four", "the remaining two": the sentence's others, counted (not _THE_OTHER_N's "the other one", "the others")
_OTHERS_COUNTED = re.compile(r"\b(?:the\s+)?(?:other|remaining)\s+(?:two|three|four|five|six|seven|eight|\d+)\b", re.I)
# ... said beside others who were there, told straight after them: "(the other four) attended", "(PC Ibe) present"
_THERE_STRAIGHT_AFTER = re.compile(r"(?:\s+(?-i:[A-Z])[\w'’-]+)?(?:\s+(?:officers?|constables?|sergeants?|who|were|both|all|also))*\s+"
                                   r"(?:attended|were\s+present|present|took\s+part|were\s+there)\b", re.I)
# ... beside the hearing of others, named as its companions: "alongside the hearing for Sergeant Finch" (not "and that
# of PC Dowd", "as well as that of": the absence extended to them)
_ALONGSIDE = re.compile(r"\b(?:alongside|together\s+with|at\s+the\s+same\s+time\s+as)\b", re.I)
# ... and not after the leaver's own proceedings were told as called off ("PC Varley resigned and the meeting for him did
# not go ahead. The meeting went ahead without him ... for PC Dowd": his stays not held)
_CALLED_OFF = re.compile(r"\b(?:did\s+not|didn['’]t|never|could\s+not|could\s+no\s+longer|can\s+no\s+longer)\s+(?:go\s+ahead|take\s+place|be\s+held)\b"
                         r"|\b(?:was|were)\s+(?:later\s+)?(?:cancelled|abandoned|discontinued|withdrawn|called\s+off|dropped)\b"
                         r"|\bnot\s+to\s+(?:proceed|hold|go\s+ahead)\b|\bno\s+(?:\w+\s+){0,2}(?:hearing|meeting|proceedings)\s+(?:was|were|would\s+be|could\s+be)\s+(?:held|brought)\b", re.I)
# ... or told of someone serving who was absent, or denied: not a leaver's absence ("Sergeant Ng, who was too ill to
# attend", "in custody", "did not attend", "was not held in her absence", "refused to hear it in her absence")
# (not "custody sergeant", nor an allegation's "failed to search": "in custody", "failed to attend")
_ABSENT_THEMSELVES = re.compile(r"\b(?:ill|unwell|sick|signed\s+off|hospital|in\s+custody|prison|excused|absent|abroad|unable|neither|"
                                r"on\s+(?:\w+\s+)?leave|(?:on\s+)?medical\s+(?:grounds|leave)|"
                                r"(?:refused|declined|failed|chose\s+not|decided\s+not|did\s+not|would\s+not|could\s+not)\s+(?:to\s+)?(?:attend|appear|take\s+part|be\s+present)|"
                                r"not\s+(?:to\s+)?(?:attend|be\s+present|present|held|heard|go\s+ahead|proceed))\b"
                                r"|\bnone\s+(?:of|attended)\b", re.I)


def _others_there(rest: str) -> bool:
    """The others told there straight after they are named, in what follows an absence: "while the other four attended",
    "with PC Hart and PC Ibe present" (not "with the complainant and her solicitor present", nor "and that of the other
    two, who had been present at the restraint")."""
    ends = [m.end() for m in _OTHERS_COUNTED.finditer(rest)] + [p.end for p in find_phrases(rest)]
    return any(_THERE_STRAIGHT_AFTER.match(rest, end) for end in ends)


# words that speak of more than one person (a singular "their" stays out of the rule's reach: it may mean several)
_SEVERAL_SPOKEN_OF = re.compile(r"\b(?:they|them|their|both|each|all|either|neither|none|others|every|together|between|respectively)\b"
                                r"|\bone\s+of\b|\b(?:two|three|four|five|six)\b", re.I)
_ONE_PERSON_PRONOUN = re.compile(r"\b(?:he|she|him|his|her)\b", re.I)
# someone of the public a sentence's "he" or "she" may be ("The complainant has told us she will attend the hearing")
_SOMEONE_OF_THE_PUBLIC = re.compile(r"\b(?:" + _PUBLIC_OF_A_SEX_WORDS + r"|complainant|detainee|victim|neighbour)s?\b", re.I)
# the pronoun as the one the facts are about ("he was given", "before her meeting", "dismissed him"), not someone speaking of
# them ("the chair said he could see no reason ...")
_PRONOUN_OF_THE_FACTS = re.compile(r"\b(?:he|she)\s+(?:had\s+|has\s+|would\s+have\s+|will\s+)?(?:was|were|been|received|resigned|retired|left|attend(?:ed)?|admitted|accepted|be|took\s+part|faced)\b"
                                   r"|\b(?:his|her)\s+(?:misconduct\s+|gross\s+misconduct\s+)?(?:meeting|hearing|case|proceedings|employment)\b"
                                   r"|\b(?:dismissed|given|gave|issued)\s+(?:him|her)\b"
                                   # (a case decided by pronoun: "We decided he had a case to answer"; narrower than
                                   # referring._CASE_BY_PRONOUN, which also reads "might have had a case" as said of someone)
                                   r"|\b(?:he|she)\s+(?:also\s+)?(?:had|has|would\s+have\s+had)\s+(?:a|no)\s+(?:[\w-]+\s+){0,2}?case\b", re.I)
# a sentence opening on one person by their place in the report's order, or on one of a group, or on the other
_ORDINAL_SUBJECT = re.compile(r"\s*The\s+(first|second|third|fourth)\b(?=\s+(?:(?:police\s+|detention\s+)?(?:officer|constable|PC|sergeant|inspector|member\s+of\s+staff|one)\s+)?(?:was|had|has|received|resigned|retired|left|attended)\b)", re.I)
_ONE_ROLE = r"(?:[a-z]+\s+){0,2}?(?:officer|constable|PC|sergeant|inspector|PCSO|member\s+of\s+staff|call\s+handler"
_ONE_SUBJECT = re.compile(r"\s*One\s+(?!of\b)" + _ONE_ROLE + r")\b", re.I)
_THE_OTHER_SUBJECT = re.compile(r"\s*The\s+other\s+" + _ONE_ROLE + r"|one)\b", re.I)
# the level of a finding, a hearing or a meeting told in the sentence
_LEVEL_TOLD = re.compile(r"\b(?P<gross>gross\s+)?misconduct\s+(?:(?:was\s+)?(?:found\s+)?(?:proven|proved)|meeting|hearing)\b", re.I)
_A_LEVEL = re.compile(r"\b(gross\s+)?misconduct\b", re.I)  # every level the sentence speaks of


# a sentence opening on a departure by pronoun: "She had resigned ...", or "He retired in December 2019" and "She resigned from
# the force" (a date or the force: not "He retired to the back office", nor "He retired in 2023, after completing reflective
# practice")
_LEFT_BY_PRONOUN = re.compile(r"\s*(He|She)\s+(?:had\s+(?:since\s+)?(?:resigned|retired)\b"
                              r"|(?:resigned|retired)\s+(?:from\s+(?:the\s+)?(?:force|police|service|(?-i:[A-Z])\w+)|in\s+(?:\w+\s+)?\d{4}|on\s+\d)"
                              r"(?![^.]*\bafter\s+(?:the|his|her|completing|being)\b))")


def _level_of_proceedings(m: re.Match[str]) -> str:
    """The grade a _PROCEEDINGS_FOR match's meeting or hearing gives, whichever of its forms matched."""
    return _grade_of(m.group("grade") or m.group("grade2") or m.group("grade3") or m.group("grade4"))


# a route chosen instead of proceedings: "better addressed by a development plan ... than by a misconduct meeting"
_ROUTE_RATHER_THAN_A_MEETING = re.compile(r"\b(?:better|best|more\s+appropriately)\s+(?:addressed|dealt\s+with|handled|managed|resolved)\b[^.;]*\b(?:than|instead\s+of)\b"
                                          r"|\b(?:rather\s+than|instead\s+of)\s+(?:by\s+|through\s+|at\s+|with\s+)?(?:a\s+|the\s+)?(?:misconduct|disciplinary)\s+(?:meeting|hearing|proceedings)\b", re.I)
# the force accepting a case we found: "North Yorkshire Police accepted that the officer had a case to answer"
_FORCE_ACCEPTED_CASE = re.compile(_THE_FORCE_WORD + r"\s+(?:also\s+)?accepted\s+(?:that\s+)?(?:(?!\bno\b)[^.;]){0,120}?\b(?:had|has)\s+a\s+case\s+to\s+answer\b", re.I)
# a reason set in its commas, naming people who are not the sentence's: ", given his rank and the position of the
# probationers,"
_GIVEN_ASIDE = re.compile(r",\s*(?:" + _A_REASON + r"|in\s+view\s+of\s[^,;]{1,120}),", re.I)
# the mark of an owner straight after a person: "the sergeant's", "the officers'"
_OWNER_AFTER = re.compile(r"['’](?:s\b|(?=\s))")


def _without_reasons(text: str) -> str:
    """The text with its reasons in commas blanked (every offset kept): ", given his rank and the position of the
    probationers," names nobody the sentence is about."""
    return _GIVEN_ASIDE.sub(_spaces, text)


def _joined_in_a_list(clause: str, first: Phrase, prev: Phrase, phrase: Phrase) -> bool:
    """Whether ``phrase`` follows ``prev`` in a list: "PC Garrow and PC Linthwaite", or each after the preposition the list
    opened with ("meetings for the custody sergeant and for the second detention officer")."""
    between = _past_letter(prev, clause[prev.end:phrase.start])
    if _LIST_JOIN.fullmatch(between):
        return True
    repeated = re.fullmatch(r"\s*,?\s*(?:and\s+)?(for|against)\s+", between, re.I)
    return bool(repeated) and bool(re.search(r"\b" + repeated.group(1) + r"\s+$", clause[:first.start], re.I))


def _without_anothers_leaving(facts: dict[str, str], phrase: Phrase, listed: list[Phrase], clause: str) -> dict[str, str]:
    """'PC Denholm and the retired sergeant will both be placed on the barred list': a departure the clause tells only as
    how it describes one of those it lists is that one's, not the others'."""
    # (not "PC Dane and the other retired officer": "other" says the first left too; the cheap tests first, as every
    # listed clause with a departure passes here)
    if "left" not in facts or len(listed) < 2 or any(re.search(r"\bother\b", p.text, re.I) for p in listed) \
            or "left" in facts_in(phrase.text) or not any("left" in facts_in(p.text) for p in listed):
        return facts
    blanked = clause
    for p in listed:
        blanked = blanked[:p.start] + " " * (p.end - p.start) + blanked[p.end:]
    return facts if "left" in facts_in(blanked) else {k: v for k, v in facts.items() if k != "left"}


def _pronoun_of_the_facts(text: str) -> str | None:
    """'m' or 'f' where the pronouns the facts are told with are all "he" or all "she", else None."""
    if not _PRONOUN_OF_THE_FACTS.search(text):
        return None
    # (every pronoun of the sentence, not only those: "she told him" speaks of two)
    genders = _sexes_by_pronoun(text)
    return genders.pop() if len(genders) == 1 else None


def _sexes_by_pronoun(text: str) -> set[str]:
    """'m' and 'f', as the sentence's one-person pronouns ("he", "her", ...) speak of men, women or both."""
    return {"f" if m.group(0).lower() in ("she", "her") else "m" for m in _ONE_PERSON_PRONOUN.finditer(text)}


# a departure told as after the proceedings: "PC Shaw resigned from the force in 2023, after the hearing"
_AFTER_THE_PROCEEDINGS = re.compile(r"\bafter\s+(?:the|his|her|their)\s+(?:[\w-]+\s+)?(?:hearing|meeting)s?\b(?!\s+(?:was|had\s+been)\s+(?:arranged|scheduled|set))"
                                    # ("... was given a final written warning, and he resigned from the force three months later")
                                    r"|\b(?:dismissed|warning|advice|reduced|proven)\b[^.]{0,120}?\b(?:resigned|retired)\b[^.;]{0,50}?\b(?:later|afterwards)\b", re.I)


def _left_before(person: "Person") -> bool:
    """Known to have left, and not only in words that put it after the proceedings."""
    return person.has_left and not all(_AFTER_THE_PROCEEDINGS.search(span.text) for span in person.evidence.get("left", []))
# our weighing of what the force put to us, cut off straight after: "We considered this ca", "We considered the force's
# proposal" (not "We considered this an appropriate outcome and recommended ...", which says what we made of it)
# (or our answer to it begun and cut before it says anything: "We considered the force's response and explained that we")
_WEIGHING_IT = re.compile(r"\W*We\s+(?:then\s+|have\s+|carefully\s+)?consider(?:ed|ing)?\s+(?:this|it|that|the\s+(?:force['’]s\s+)?"
                          r"(?:proposal|suggestion|request|view|reasons|response|representations|position|arguments?))"
                          r"(?:(?:\s+[\w'’-]*)?|\s+and\s+(?:explained|told|wrote|replied|said)(?:\s+(?:to\s+)?(?:it|the\s+force|them))?(?:\s+that)?(?:\s+(?:we|it|the))?)\s*$", re.I)
# the force's proposal, the page stopping in it: the force its subject, nothing accepted, given or done in it ("For the second
# detention officer, the force proposed to deal with the matter through reflective practice instead of misconduct
# proceedings, be"; not "which we accepted, and she received it in Ju", "as we had proposed", "his inspector, who proposed")
# (or after a clause of its own: "The force did not share our view of PC Kelby, and proposed instead that his actions be
# addressed through reflective practice, arguing that", "However, it told us it believed ..., and suggested that the
# inspector reflect on the case through the reflective practice review process instead of att"; not its own decision
# first, "It decided to deal with the matter through reflective practice, and suggested that his inspector oversee it",
# nor one already given, "told us it had already given PC X words of advice, and suggested that no further action ...")
_THE_FORCE_PROPOSING_AS_THE_PAGE_STOPS = re.compile(
    r"^(?:[^.,]{0,80},\s*)?" + THE_FORCE_AS_SUBJECT + r"(?:(?:(?!\b(?:we|accept\w*|agree\w*|decided|deal\w*|would|will|gave|given|received?|completed|already|since)\b)[^.;]){0,160}?,?\s+and\s+)?"
    r"(?:proposed\s+to\s+deal\s+with|(?:proposed|suggested)\s+(?:instead\s+)?that)\b"
    r"(?![^.]*\b(?:we|our|us|accept\w*|agree\w*|complet\w*|received|given|gave|since|which)\b)[^.]*$", re.I)
# (a sanction given outright in the sentence before the page's last: not a route only proposed)
_GIVEN_OUTRIGHT = re.compile(r"\b(?:gave|given|received|receive|completed|had\s+already)\b", re.I)
# a clause with its verb and noun left out, by place: "..., and the second a misconduct meeting"
_GAPPED_BY_PLACE = re.compile(r"\W*(?:and\s+)?the\s+(?:second|third|fourth|other|last)(?=\s+(?:a|an)\s+(?:gross\s+)?misconduct\s+(?:meeting|hearing)\b)", re.I)
# proceedings for several, set off before what the sentence says: "At a misconduct meeting held for both constables in
# February 2024, ..."
_PROCEEDINGS_FOR_THEM_THEN = re.compile(r"\W*(?:At|In)\s+(?:a|the)\s+(?:joint\s+)?(?:gross\s+)?misconduct\s+(?:meeting|hearing)\s+(?:held\s+)?"
                                        r"for\s+[^,;.]{1,80},\s*", re.I)
# our agreeing to what the force proposed: "The force proposed to deal with one of them through reflective practice, and
# we agreed"
_WE_AGREED_TO_IT = re.compile(r"\b(?:and|which)\s+we\s+(?:agreed|accepted)\b", re.I)


# what a news lead may tell of the case decided later in the page
_LEAD_FACTS = ("sanction", "proceedings", "outcome", "left")
# between two people a lead names in clauses of their own: "PC Fell has been dismissed and [his two colleagues] ..."
_NEXT_IN_THE_LEAD = re.compile(r"(?:\band|[;,])\s*(?:(?:his|her|their)\s+)?$", re.I)
# more people said of in a decision: "... had a case too", "as well", "as did the sergeant", "two further officers"
_MORE_SAID = re.compile(r"\b(?:further|another|other|additional|" + _ALSO_WORDS + r"|as\s+did|likewise)\b", re.I)
# the verb of a news lead, after its subject: "A former sergeant | would have been dismissed | for ..."
_LEAD_VERB = re.compile(r"\b(?:would\s+have\s+been|has\s+been|have\s+been|was|were|has|have|received|faced)\b", re.I)
# the relative clause of a news lead: "A PCSO | who passed police information to a friend | has been dismissed"
_LEAD_WHO = re.compile(r"(?<=[\w)])\s+who\s+(?!(?:has|have|was|were)\s+been\b)[^,;.]{1,160}?(?<!\bwould)(?<!\bcould)(?<!\bmight)(?<!\bshould)(?=\s+(?:has|have)\s+been\b)")


# proceedings for someone by pronoun alone: "directed the force to bring gross misconduct proceedings against him"
_PROCEEDINGS_AGAINST_PRONOUN = re.compile(r"\b(?:misconduct\s+)?(?:proceedings|hearing|meeting)\s+against\s+(him|her)\b(?![^.;]*\b(?:he|she|him|her|his)\b)", re.I)
# a newcomer the report sets apart from those investigated, straight after naming them: "The second officer was not a
# subject of the investigation", "..., who was a witness," (not "witnessed the arrest", "a witness statement")
_SET_APART = re.compile(r"\s*,?\s*(?:who\s+)?(?:was|were)\s+(?:not\s+(?:a\s+subject\s+of\s+(?:the|our|this)\s+investigation|under\s+investigation|investigated)"
                        r"|(?:treated\s+as\s+|only\s+)?a\s+witness\b(?!\s+statement))", re.I)
# "the other two" where a clause names whom it is about ("It disagreed about the other two, saying ...")
_THE_OTHER_N = re.compile(r"the\s+(?:other|remaining)\s+(?P<n>one|two|three|four|five)\b|the\s+others\b", re.I)


# what someone outside the case told or believed: "His family told us they believed the delay had been deliberate"
_SOMEONE_ELSES_CLAIM = re.compile(r"\b(?:family|relatives?|complainant|mother|father|wife|husband|partner|son|daughter|sister|brother|neighbou?r|"
                                  r"witness(?:es)?)\b[^.]{0,60}?\b(?:told\s+us|believed|said|alleged|claimed|felt|thought|complained|suggested)\b", re.I)


# "..., and each was given a written warning": a bare "each", "both" or "they" given a result (not "each of the three ...")
_BARE_EACH_GIVEN = re.compile(r"\s*(?:and\s+)?(?:each|both|they)\s+(?!of\b)(?:were\s+|was\s+)?(?:given|received|got|dismissed)\b", re.I)

# the force agreeing about one person, then its view of another: "GMP agreed about the second officer but considered ..."
_AGREED_ABOUT_ONE_BUT = re.compile(r"[^.;]*?\bagreed\s+(?:with\s+us\s+)?(?:about|over|on|in\s+respect\s+of)\s+[^,;.]{3,60}?\s*,?\s+but\b", re.I)


def _mark_a_guessed_finding(people: list[Person], facts: dict[str, str], text: str) -> None:
    """A finding given to more people than the sentence names ("proven against the custody sergeant and the arresting
    constable", given to all four with a case) is a guess for each of them (_own_finding_replaces_a_guess). Not
    where a group it names is uncounted ("against the sergeant and the constables"), which may be everyone."""
    if "outcome" not in facts or len(people) < 2:
        return
    named = find_phrases(text)
    if any(p.plural and not p.count for p in named):
        return
    if 0 < sum(p.count or 1 for p in named) < len(people):
        for person in people:
            person.outcome_guessed = True


# what makes a sentence's finding no finding of these proceedings about the person: a part of a mixed finding, an
# argument, submission, question or denial, what would have been, another matter or an earlier case, an appeal
_NOT_THESE_PROCEEDINGS_FINDING = re.compile(
    r"\b(?:argu\w*|submissions?|represent\w*|asked|questions?|maintain\w*|denied|den(?:y|ies)|claim\w*|would\s+have|had\s+it"
    r"|previous\w*|earlier|unrelated|separate|other\s+matters?|before\s+the\s+(?:hearing|meeting)|in\s+(?:19|20)\d\d"
    r"|one\s+of\s+the\s+(?:\w+\s+)?allegations|other\s+(?:\w+\s+)?allegations?|appeal\w*|tribunal)\b", re.I)


def _own_finding_replaces_a_guess(people: list[Person], facts: dict[str, str], text: str) -> None:
    """A finding told of one person alone replaces the one guessed for them from a sentence that named fewer people
    than it was given to ("The panel found gross misconduct proven against the custody sergeant and the arresting
    constable ... The case against the fourth officer was not proven"). What they alone were then given confirms the
    guess ("... The other had resigned, and the panel found he would have been dismissed"), so it stays."""
    if len(people) != 1 or not people[0].outcome_guessed:
        return
    person = people[0]
    if "outcome" in facts and person.facts.get("outcome") not in (None, facts["outcome"]) \
            and not _NOT_THESE_PROCEEDINGS_FINDING.search(text):
        person.forget("outcome")
    if "outcome" in facts or "sanction" in facts:
        person.outcome_guessed = False


class Resolver(AppliesDecisions, RefersToPeople):
    def __init__(self, page: Page):
        self.page = page
        self.sentences = _with_our_decisions_apart(page.sentences)
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
        self.introduced_clause_by_clause = False  # (a sentence's people introduced one clause at a time: _proceedings_for)
        self.nth_kind: str | None = None  # "meeting" after "At the first meeting": what a bare "At the second" counts
        # a page cut off mid-sentence may not show how a disagreement ended
        self.cut_off = page.cut_off
        # (the substring tests skip the slow patterns on the many sentences that cannot match them)
        self.last_direction = max((i for i, s in enumerate(self.sentences) if "irect" in s.text and _WE_DIRECTED.search(s.text)), default=-1)
        self.heads = page_heads([s.text for s in self.sentences])
        with page_vocabulary(self.heads):
            self._read_decisions()
            # sentences where the force agreed a case to answer, with whom they name (read once, with the page's own nouns)
            # ("North Yorkshire Police accepted that the officer had a case to answer for misconduct" too)
            self._force_agreements = [(i, {_who(p) for p in find_phrases(s.text)}) for i, s in enumerate(self.sentences)
                                      if "greed" in s.text and _FORCE_AGREED_CASE.search(s.text)
                                      or "ccepted" in s.text and _FORCE_ACCEPTED_CASE.search(s.text)]
            # ("We found that the sergeant had a case ... The force agreed.": the force agreeing the case just told)
            self._force_agreements += [(i, {_who(p) for p in find_phrases(self.sentences[i - 1].text)}) for i, s in enumerate(self.sentences)
                                       if i and _BARE_FORCE_AGREED.fullmatch(s.text) and _CTA_PARTS.search(self.sentences[i - 1].text)]

    def _placed_or_matching(self, phrase: Phrase) -> list[Person]:
        """Whom a phrase names: the one its ordinal places ("the first officer"), else everyone of the groups it matches."""
        placed = self._by_position(replace(phrase, definite=True))
        return [placed] if placed is not None else [p for g in self._matching_groups(replace(phrase, definite=True)) for p in g.members]

    def _distribute(self, sentence: Span, people: list[Person], before: str = "") -> bool:
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
        finding_list: list[Phrase] = []  # people a finding is against, its "against" said again for each
        opened_for: list[Phrase] = []  # the people a sentence opened "For": the next clause's finding is theirs
        for i, clause in enumerate(clauses):
            lead = find_phrases(clause)[:1]
            # (", who were dismissed": "were" is the whole list's)
            # ("... against the first officer | and the officer who used the guard, | and both ...": one described, listed)
            # ("... against PC Ashdown, who had pushed the boy, | and PC Colley, who had sworn at him; | each received ...")
            continued = re.match(r"\s*,\s*(?P<rest>(?:and\s+)?(?:each|both|they)\b.*|who\s+(?:were|both|all|each)\b.*)$|(?P<who>\s*,?\s+who\s[^,;]*?)?\s*[.]?\s*$",
                                 _past_letter(lead[0], clause[lead[0].end:]), re.S) \
                if lead and i and not clause[:lead[0].start].strip() else None
            if continued and continued.group("who") and facts_in(clause):
                continued = None  # ("..., and the officer who drove was dismissed": facts of their own)
            if continued and continued.group("who") and continued.group("who").lstrip().startswith(",") \
                    and not (len(last_listed) == 1 and i + 1 < len(clauses) and _EACH_OF_THE_LIST_NEXT.match(clauses[i + 1])
                             and not _OWN_STANDING.search(continued.group("who"))):
                # (set off by commas, an aside that may tell the person's own part: only for the second of two, a shared
                # "each" or "both" next, the aside telling no departure or attendance of its own; not "PC Lamb, who had
                # resigned, and PC Mayo, who attended", nor a list of three going on to "all three")
                continued = None
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
            # (not "had they still been officers": what they would have been, no one of its own)
            phrases = [p for p in find_phrases(clause) if (not re.match(r"(?:a|an)\s", p.text, re.I) or p.other)
                       and not re.search(r"\bstill\s+been\s+(?:serving\s+)?$", clause[:p.start], re.I)]
            if not phrases and (rest := _FOR_THE_OTHER_N.search(clause)):
                # ("... and misconduct meetings for the other two": the rest of those counted, their noun implied)
                phrases = find_phrases(clause[:rest.end()] + " officers")[-1:]
            if not phrases and (placed := _GAPPED_BY_PLACE.match(clause)):
                # ("We decided the first officer should face a gross misconduct hearing, | and the second a misconduct
                # meeting": the verb left out, and the noun)
                phrases = find_phrases(clause[:placed.end()] + " officer")[-1:]
            # (", who were dismissed", ", and they were dismissed" after a list of people: said of the list, read with the
            # list as its subject; not "The officers appealed, and they were dismissed", the appeals)
            said = re.sub(r"(^|^and\s+|,\s*and\s+)(?:who|they)\s+(?=(?:were|both|all|each)\b)", r"\1the officers ", clause) \
                if not phrases and continued and continued.group("rest") else clause
            # ("It found that the sergeant's conduct amounted to misconduct ...; the allegations against the constable were
            # found not proven", after "The panel did not find ...": the panel's finding, clause by clause too)
            if i and _REPORTED_THAT_OPENING.match(said) and _PANEL_FINDS.search(clauses[0]):
                # ("... where the chair found the case against PC Tolley not proven and | decided that PC Ashdown had
                # committed misconduct": the same chair, deciding of the next person)
                said = "the panel " + said.lstrip()
            facts = _with_the_sentences_proceedings(facts_in(_the_panel_for_it(said, before)), sentence.text)
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
            if not phrases and (lead := _BARE_LEAD.match(clause) or _A_FINDING_AGAINST_N_OF_THEM.search(clause)):
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
            if not i and phrases and all(p.label or p.definite and not p.plural and p.head not in GENERIC_HEADS for p in phrases) \
                    and _FOR_THE_PEOPLE_OPENING.fullmatch(clause[:phrases[0].start]) and not facts \
                    and not _past_letter(phrases[-1], clause[phrases[-1].end:]).strip() and len(clauses) > 1 \
                    and (next_ones := find_phrases(clauses[1])) and len(next_ones) == 1 and not clauses[1][:next_ones[0].start].strip() \
                    and re.match(r"\s*,\s*(?!who\b|whose\b)", _past_letter(next_ones[0], clauses[1][next_ones[0].end:])) and facts_in(clauses[1]) \
                    and not any(p.label or p.head not in GENERIC_HEADS for c in clauses[2:] for p in find_phrases(c)):
                # "For PC Harland | and PC Mistry, the panel decided that ...": the people the finding is for, split at
                # "and", the next clause's finding theirs too (only a finding that names no one else, after no aside of the
                # second's: not "For PS Kell and PC Ames, the chair accepted that PC Ames's conduct ..., but found the
                # allegation against PS Kell not proven", nor "For PC Ames and the sergeant, who had retired by then, ...")
                opened_for = phrases
                continue
            if phrases and facts:
                listed = [phrases[0]] + [p for prev, p in zip(phrases, phrases[1:])
                                         if _joined_in_a_list(clause, phrases[0], prev, p) and (p.head not in GENERIC_HEADS or p.label
                                                  # ("against the first officer and the officer who used the guard")
                                                  or p.definite and not p.plural and re.match(r"\s+who\b", clause[p.end:]))]
                if opened_for:
                    listed = opened_for + listed
                elif waiting and not clause[:phrases[0].start].strip():
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
                described |= {id(phrase): clause[phrase.end:] for phrase in listed if re.match(r"\s+(?:who|" + STILL_IN_POST + r")\b", clause[phrase.end:])}
                parts += [(phrase, _without_anothers_leaving(facts, phrase, listed, clause)) for phrase in listed]
                # ("proven against the constable who had knelt on the man | against the custody sergeant, | and each was given
                # a written warning": the finding's list goes on, so a bare "each" after it is both)
                # (not "..., and against PC Penrose gross misconduct was found proven; he was dismissed": a finding of its own;
                # and the list only where "against" is followed by the person)
                goes_on = listed_at == i - 1 and re.match(r"\s*against\s*$", clause[:phrases[0].start]) and not facts_in(clause)
                finding_list = last_listed + listed if goes_on else []
                last_listed, listed_at = listed, i
            elif phrases and not facts and parts and _FORCE_DID_NOT_AGREE_THAT.match(clause):
                # (what the force disputed of the next person takes nothing of the clause before: "..., but it did not agree
                # that the failings by PC Oyelaran were serious enough")
                parts += [(phrase, {}) for phrase in phrases]
                last_listed, listed_at = phrases, i
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
                # (a bare "each", "both" or "they" of the finding's whole list, where it went on: not "each of the three
                # constables who had watched", others)
                whole_list = finding_list and listed_at == i - 1 and _BARE_EACH_GIVEN.match(clause)
                parts += [(phrase, facts) for phrase in (finding_list if whole_list else last_listed)]
            waiting, opened_for = [], []
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
                if phrase.definite and not phrase.plural and phrase.count in (None, 1) and not phrase.label and len(named) != 1 \
                        and (at_place := self._placed_by_an_earlier_apposition(phrase, self._matching_groups(phrase, loose=True))) is not None \
                        and at_place in people:
                    # ("The first officer, a constable, ... The second officer, an acting sergeant, ... The constable was dismissed,
                    # and the acting sergeant was given a final written warning": each the one the account placed with that rank)
                    named = everyone_so_named = [at_place]
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
            _own_finding_replaces_a_guess(targets, facts, sentence.text)
            for name, value in facts.items():
                for person in targets:
                    self._record(person, name, value, sentence, held="held" in facts)
            _mark_a_guessed_finding(targets, facts, sentence.text)
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
                return self._placed_among(text, serving) if len({p.group for p in serving}) == 1 else people  # "the meeting, which she did not attend"
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
        return self._placed_among(text, serving) if len({p.group for p in serving}) == 1 else people

    def _placed_among(self, text: str, serving: list[Person]) -> list[Person]:
        """'The meeting found misconduct proven against the first officer', when the two at the meeting are those still
        serving: the first of them, not both (as ``_numbered_at_proceedings`` numbers them)."""
        placed = [ph for ph in find_phrases(text) if ph.count == 1 and re.match(r"the\s+(?:first|second|third|fourth)\s", ph.text, re.I)]
        if len(placed) != 1 or len(serving) < 2 or not self._numbered_at_proceedings(serving):
            return serving
        at = _ORDINAL_POSITION[placed[0].text.split()[1].lower()]
        ordered = sorted(serving, key=lambda p: p.seq)
        return [ordered[at - 1]] if at <= len(ordered) else serving

    def _those_who_left(self, text: str) -> list[Person] | None:
        """'The two who had resigned were the subject of a hearing': a sentence of its own opening on a count of those who
        left is about the people known to have left, when exactly that many have and all have a case; None otherwise."""
        lead = _BARE_LEAD.match(text)
        # (not a sentence naming others too, "..., as were both constables"; and only those who left, whose leaving the
        # record shows: "the two still serving" may be two of the people with no case, whose leaving nobody records)
        if not lead or not lead.group("n") or not _leaving_said(lead.group("departure") or "") or find_phrases(text):
            return None
        left = sorted((p for g in self.groups for p in g.members if p.has_left), key=lambda p: p.seq)
        return left if len(left) == number_of(lead.group("n")) and all(p.grade != "no_case" for p in left) else None

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
        if _PROCEEDINGS_AT_BOTH_LEVELS.search(text):
            return people  # ("a gross misconduct hearing for the first officer and misconduct meetings for the other two")
        phrases = find_phrases(text)
        # (not where the sentence names someone: a named person's proceedings may be at another level than their case)
        if facts.get("level") and not any(ph.label for ph in phrases) and (twins := self._the_same_post_at_the_level(people, level)):
            return twins
        # ("the detention officer", singular, said of two detention officers: the level tells which)
        ambiguous = len(people) > 1 and len(phrases) == 1 and not phrases[0].plural and phrases[0].count == 1 and not phrases[0].label
        # (or several people named one by one, one of whom could be two: "A gross misconduct hearing for the sergeant and the
        # constable", of a constable at each level; as many at the level as were named)
        ambiguous = ambiguous or len(phrases) > 1 and len(people) > len(phrases) \
            and all(not ph.plural and ph.count == 1 and not ph.label for ph in phrases) \
            and sum(p.grade == level for p in people) == len(phrases)
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

    def _the_same_post_at_the_level(self, people: list[Person], level: str) -> list[Person]:
        """'A gross misconduct hearing for the sergeant and the two constables', of two constables with a gross misconduct
        case and two with a misconduct case: each group read at another level swapped for the one group of the same post
        and size at the proceedings' level, none of whose members the sentence was already read as meaning; [] where any
        such group has no one such twin, or nothing was swapped."""
        out: list[Person] = []
        swapped = False
        for group in self._groups_of(people):
            mine = [p for p in group.members if p in people]
            if not group.case or group.grade == level:
                out += mine
                continue
            twins = [g for g in self.groups if g.grade == level and g.head == group.head and len(g.members) == len(mine)
                     and not any(p in people for p in g.members)]
            if len(twins) != 1:
                return []
            out += twins[0].members
            swapped = True
        return out if swapped else []

    def _of_the_pronouns_sex(self, text: str, people: list[Person], index: int | None = None) -> list[Person]:
        """'... directed the force to bring gross misconduct proceedings against him', just after the inspector the report
        calls "she": of those with a case, the one man, where the sentence names nobody and speaks of one sex only. With
        nobody of that sex having a case, and ``index`` given: nobody, where the sentence before opens on a rank no one
        known holds ("The detective sergeant's reviews had missed it. We decided ... his performance ..., and he was
        referred to the reflective practice review process": his facts, not hers)."""
        if len(people) != 1 or self._sex_of(people[0]) is None:
            return people  # (the cheap tests first: every sentence passes here)
        against = _PROCEEDINGS_AGAINST_PRONOUN.search(text)
        told = _pronoun_of_the_facts(text)
        sex = told or (against and ("f" if against.group(1).lower() == "her" else "m"))
        if not sex or self._sex_of(people[0]) == sex or find_phrases(text) or _SOMEONE_OF_THE_PUBLIC.search(text):
            return people
        of_that_sex = [p for p in self._people_with_a_case() if self._sex_of(p) == sex]
        if not of_that_sex and told and index and self._opens_on_a_stranger_by_rank(index - 1):
            return []
        return of_that_sex if len(of_that_sex) == 1 else people

    def _opens_on_a_stranger_by_rank(self, index: int) -> bool:
        """Whether sentence ``index`` opens on one person by a rank no one known holds ("The detective sergeant's reviews
        ..."); not a description such as "the officer in charge" or "the driver", which may be the one known."""
        stranger = self._subject_of(index)
        return stranger is not None and not stranger.label and bool(_RANK_WORDS.search(stranger.head)) \
            and not self._matching_groups(stranger)

    def _only_of_the_other_sex(self, text: str, people: list[Person]) -> bool:
        """Whether a sentence naming nobody speaks only of one sex by pronoun ("her failings"), and each of ``people`` is
        known to be of the other."""
        sexes = _sexes_by_pronoun(text)
        return len(sexes) == 1 and bool(people) and all(self._sex_of(p) not in (None, *sexes) for p in people) \
            and not find_phrases(text)

    def _someone_else_just_brought_in(self, index: int) -> bool:
        """Whether the sentence before opens on someone new ("The second officer was a probationer", "A call handler had
        ..."), whom a pronoun of the other sex may then mean (not a slip of the pronoun for the one person told of)."""
        if index == 0:
            return False
        before = self.sentences[index - 1].text
        opening = find_phrases(before)[:1]
        return bool(opening) and opening[0].count == 1 and not opening[0].plural and (opening[0].other or not opening[0].definite) \
            and not before[:opening[0].start].strip(" \t\"'“‘(")

    def _recent_newcomer(self, index: int) -> Phrase | None:
        """'A fifth officer ...' or 'the fifth officer's decisions ...' just before: the officer now spoken of is them."""
        for sentence in reversed(self.sentences[max(0, index - 2):index]):
            phrases = find_phrases(sentence.text)
            if phrases:
                topic = phrases[0]  # the sentence's subject, as a rule
                indefinite = re.match(r"(?:a|an|another)\s", topic.text, re.I)
                # (not one the report set apart from those investigated: "The second officer was not a subject of the
                # investigation", or was a witness)
                if topic.count == 1 and (topic.other or indefinite) and not topic.label \
                        and not _SET_APART.match(sentence.text, topic.end):
                    return topic
                return None
        return None

    def _proceedings_for(self, text: str, index: int) -> list[Group]:
        """'They held misconduct meetings in respect of the sergeant and the detention officer', with no
        decision before it: the people named had a case to answer at the proceedings' level."""
        m = _PROCEEDINGS_FOR_PARTS.search(text) if re.search(r"meeting|hearing", text, re.I) else None
        while m is not None and m.group("grade4"):
            # (proceedings in the plural name people one each only after a first clause decided someone: "A detective
            # constable and a member of police staff faced misconduct meetings" waits for the decisions that follow)
            m = _PROCEEDINGS_FOR.search(text, m.end())
        if not m or _NO_PROCEEDINGS_PARTS.search(text):
            return self._finding_without_decision(text, index)
        grade = _level_of_proceedings(m)
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
        touched = self._apply_decision(Decision(phrases, grade, True), index) if phrases else []
        first = len(touched)
        while phrases and m.group("who") is not None and (m := _PROCEEDINGS_FOR.search(text, m.end())) is not None \
                and m.group("who") is not None and not re.search(r"\bsame\b", m.group("who"), re.I) \
                and (phrases := find_phrases(m.group("who"))[-1:]):
            # ("we decided that the sergeant should face a gross misconduct hearing, and that the inspector should attend a
            # misconduct meeting": each clause its own person, at its own level; not "..., and that the same officer (PC
            # Rowe) should also attend a misconduct meeting": one person, two proceedings, at the level decided first)
            if any(g in touched for g in self._matching_groups(phrases[0])):
                continue
            touched += [g for g in self._apply_decision(Decision(phrases, _level_of_proceedings(m), True), index) if g not in touched]
        self.introduced_clause_by_clause = len(touched) > first  # (so each clause's facts go to its own people)
        return touched

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

    def _ranks_listed_after_a_colon(self, index: int, introduced: list[Group]) -> None:
        """'three of the officers had a case to answer for misconduct: the custody sergeant, for authorising the search; the
        male constable, for remaining in view; and one of the female constables, ...': the group the decision made, its
        members listed in turn after its colon, each by a rank of their own. Each member is known by that rank from now on,
        as one placed with a rank in apposition is ("the sergeant" is then that one), while the group stays whole for
        whatever counts within it ("one of the three", "the other two")."""
        text = self.sentences[index].text
        if len(introduced) != 1 or (colon := _CASE_THEN_A_COLON.search(text)) is None:
            return
        pool, listing = introduced[0], text[colon.end():]
        if pool.head not in GENERIC_HEADS or len(pool.members) < 2 or pool.label or not pool.case:
            return
        found = find_phrases(listing)
        # (each item opens its part of the list, after the colon, a semicolon or an "and": not the people a reason names,
        # "for not telling the custody sergeant ...; for misleading the detention officer"; and no names, which bind by
        # themselves)
        items = [p for p in found if _OPENS_A_LIST_ITEM.search(listing[:p.start])]
        ranks = [p.head for p in items]
        if len(items) != len(pool.members) or len(found) != len(items) or any(p.label or p.plural or p.count != 1 for p in items):
            return
        for person, rank in zip(sorted(pool.members, key=lambda p: p.seq), ranks):
            if rank not in GENERIC_HEADS and ranks.count(rank) == 1:
                person.rank_told = rank  # (not two of one rank, "the constable who held him; the constable who ...")

    def _members_told_in_turn(self, index: int) -> list[Person]:
        """'We found that three of the officers had a case to answer. One constable had made a remark. A second constable had
        used a neck hold. A sergeant had not challenged it.': the sentences straight after the count, each opening on one
        person of a rank, tell the group's members in turn; each is known by that rank from now on."""
        text = self.sentences[index].text
        if not re.match(r"\W*One\s", text) or index == 0 or not self.decisions[index - 1]:
            return []
        pool = next((g for g in self._groups_of(self.pointer) if g.head in GENERIC_HEADS and len(g.members) > 1 and not g.label
                     and g.case and g.decided_at == index - 1), None)
        if pool is None:
            return []
        end = index + len(pool.members)
        if end > len(self.sentences) or end < len(self.sentences) and _one_of_a_rank_opening(self.sentences[end].text):
            return []  # (exactly as many: not where one more sentence opens the same way)
        told = []
        for at in range(index, end):
            text = self.sentences[at].text
            opening = _one_of_a_rank_opening(text)
            if opening is None or facts_in(text) or self.decisions[at] or re.search(r"\btheir\b", text, re.I):
                # (told in turn only by what each did, before any result or decision; not someone acting on them, "One
                # inspector had raised concerns about their conduct")
                return []
            told.append((opening, text[opening.end:]))
        people = sorted(pool.members, key=lambda p: p.seq)
        for person, (phrase, deed) in zip(people, told):
            group = self._regroup([person], index)
            group.head, group.role, group.modifiers = phrase.head, self._role(phrase), _modifiers(phrase)
            # (and by what they did: "The constable who made the remark" is the one who "had made a derogatory remark")
            group.described_as = re.sub(r"^\W*(?:who\s+[^,]*,\s*)?(?:had\s+|has\s+)?", "", deed).rstrip(" .")
            person.role = group.role
        return people  # (all of them: "The remaining two officers" after the last is beyond the three)

    def _members_by_rank(self, index: int) -> list[Person]:
        """'A gross misconduct hearing was held in January for three police constables and a sergeant', of the four officers
        with a case: each known by that rank from now on (the report's first count of them by rank, in the order given)."""
        text = self.sentences[index].text
        if facts_in(text).get("proceedings") not in FORMAL_PROCEEDINGS:
            return []
        phrases = find_phrases(text)
        if len(phrases) < 2 or not re.search(r"\b(?:for|against)\s+$", text[:phrases[0].start]) \
                or any(p.label or p.definite or p.other or p.count is None or p.role != "officer" or p.head in GENERIC_HEADS for p in phrases) \
                or len({p.head for p in phrases}) != len(phrases) \
                or not all(_LIST_JOIN.fullmatch(text[a.end:b.start]) for a, b in zip(phrases, phrases[1:])):
            return []
        pools = [g for g in self.groups if g.head in GENERIC_HEADS and not g.label and g.case and len(g.members) > 1
                 and len(g.members) == sum(p.count for p in phrases)]
        if len(pools) != 1:
            return []
        people = sorted(pools[0].members, key=lambda p: p.seq)
        taken = 0
        for phrase in phrases:
            share = people[taken:taken + phrase.count]
            taken += phrase.count
            group = self._regroup(share, index)
            group.head, group.role, group.modifiers, group.plural = phrase.head, self._role(phrase), _modifiers(phrase), len(share) > 1
            for person in share:
                person.role = group.role
        return people

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
            if self.total is None and ("officer" in lowered or "served" in lowered) and (m := _TOTAL_PARTS.search(text, lowered)):
                self.total = number_of(next(n for n in m.groupdict().values() if n))  # (the one number its matching wording gave)
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
            # ("The force agreed that two of the officers had a case to answer", of three we decided on: its answer about some
            # of them, nobody new)
            agreeing = bool(self.groups) and bool(_FORCE_AGREED_THAT_SOME.match(text))
            for decision in decisions:
                introduced += [g for g in self._apply_decision(decision, index, create=not panel_finding and not agreeing) if g not in introduced]
                self.decided_here = list(introduced)
            self._ranks_listed_after_a_colon(index, introduced)
            directed = _DIRECTED.search(text)
            if directed and re.search(r"\bwhether\s+to\s+(?:\w+\s+){0,3}$", text[:directed.start()], re.I) \
                    and not re.search(r"\b(?:decided|chose|agreed)\s+to\s+do\s+so\b", text[directed.end():], re.I):
                directed = None  # ("we then considered whether to make a formal recommendation that a meeting be held": undecided)
            weighed = None
            if not directed and index and _WE_DID_SO.search(text) and _WHETHER_TO_RECOMMEND.search(self.sentences[index - 1].text):
                # ("We then considered whether to make a recommendation that a misconduct meeting be held. We recommended
                # this in April": the one weighed, now made, with its proceedings)
                directed = weighed = _DIRECTED.search(self.sentences[index - 1].text)
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
                    if _GIVEN_ASIDE.search(text) and not find_phrases(_without_reasons(text)) and (pointed := self._pointed_with_a_case(index)):
                        # "We did not agree, given his rank and the position of the probationers, and directed a gross
                        # misconduct hearing": for those just talked about, not the people its reasons name
                        for group in pointed:
                            self._revise(group, Decision([], grade, True, implicit=True), index, text)
                        introduced += pointed
                    elif len(self.pointer) == 1 and (by_sex := self._of_the_pronouns_sex(text, list(self.pointer))) != list(self.pointer) \
                            and len((group := self.groups[by_sex[0].group]).members) == 1:
                        # "We did not agree and directed the force to bring gross misconduct proceedings against him", just
                        # after the inspector called "she": for the one man with a case
                        self._revise(group, Decision([], grade, True, implicit=True), index, text)
                        introduced.append(group)
                    else:
                        # "He recommended that the force hold a misconduct meeting": for whoever it is about
                        introduced += self._apply_decision(Decision([], grade, True, implicit=True), index)
                if weighed is not None and weighed.group("kind").lower() in ("meeting", "hearing"):
                    for person in (p for g in introduced for p in g.members):
                        self._record(person, "proceedings", weighed.group("kind").lower(), sentence)
            self.introduced_clause_by_clause = False
            if not self.groups and not introduced:
                introduced += self._proceedings_for(text, index)
            referred = None  # who the sentence is about, worked out once (it can split groups)
            # ("The panel found ... They considered this to be misconduct and not gross misconduct": the panel speaking on)
            # (or sitting: "A misconduct hearing panel sat in January 2024. It found that ...")
            panel_speaking_on = bool(index and _PANEL_PRONOUN_OPENING.match(text)
                                     and (_PANEL_FINDS.search(self.sentences[index - 1].text) or A_PANEL_SAT.match(self.sentences[index - 1].text))
                                     and (_CALLED_IT_MISCONDUCT.search(text) or _HAD_COMMITTED_NOT_GROSS.search(text)
                                          # ("It found that the punches were ... but amounted to misconduct, not gross
                                          # misconduct": whatever it says amounted to it, after the panel's finding)
                                          or bool(_AMOUNTED_TO_NOT_GROSS.search(text))))
            # (a force proposing "a misconduct meeting instead" is no panel speaking)
            lowering = bool(_DOWNGRADE_PARTS.search(text, lowered) or "accepted" in lowered and self._accepted_lower_meeting(index)
                            or _FORCE_WOULD_DEAL_WITH_IT_AS_MISCONDUCT.search(text)
                            and not any(_WE_DISAGREED.match(s.text) for s in self.sentences[index + 1:index + 3]))
            # (the force's view in a view's own words lowers the level only where we accepted it at once)
            only_its_view_accepted = not lowering and self._forces_view_accepted_at_once(index, lowered)
            lowered_by_its_view = False
            if (lowering or only_its_view_accepted) \
                    and (not voice or _PROPOSING.search(text)) and not _FINDING_WORD.search(text) \
                    and not panel_speaking_on and not self._came_round(text):
                if not introduced and self.groups and find_phrases(text):
                    referred = self._refer(sentence, [])  # "misconduct (and not gross misconduct) proceedings for the three officers"
                targets = list(dict.fromkeys(introduced)) or self._groups_of(referred or self.pointer)
                # (not with a word for them all beside it: "the conduct of both officers, and especially the second officer",
                # "their conduct, including the second officer's failure")
                in_the_text = find_phrases(text)
                agreed = None if introduced else _AGREED_ABOUT_ONE_BUT.match(text)

                def placed_among(phrases: list[Phrase], groups: list[Group]) -> list[Person]:
                    return [at for ph in phrases if (at := self._by_position(ph)) is not None and any(at in g.members for g in groups)] \
                        if not introduced and not _ALL_OF_THEM.search(text) and not any(ph.plural for ph in phrases) else []
                if agreed:
                    # ("GMP agreed about the second officer but considered the first officer's case was misconduct, not gross
                    # misconduct": the one placed after "but", of all those with a case, not the one agreed about; where
                    # nothing after "but" places fewer than all of them, "his", "the other officer", the view is read as
                    # before)
                    after = [ph for ph in in_the_text if ph.start >= agreed.end()]
                    cased = [g for g in self.groups if g.case]
                    if 0 < len(placed_among(after, cased)) < sum(len(g.members) for g in cased):
                        in_the_text, targets = after, cased
                    else:
                        agreed = None
                placed = placed_among(in_the_text, targets)
                if placed and len(placed) < sum(len(g.members) for g in targets):
                    # ("GMP agreed about the first officer. It considered that the second officer's conduct ... should be
                    # dealt with as misconduct rather than gross misconduct": the one it places, not the pair)
                    targets = [self._regroup([p], index) for p in dict.fromkeys(placed)]
                    if agreed:
                        referred = list(dict.fromkeys(placed))  # (and our answer after it, "We did not agree and directed ...", is theirs)
                if not introduced and self._someone_unknown(text):
                    targets = []  # "For the second officer, ... misconduct only", when one officer is known: not theirs
                gross = [g for g in self.groups if g.grade == "gross_misconduct"]
                if not any(g.grade == "gross_misconduct" for g in targets) and not find_phrases(text) and len(gross) == 1:
                    targets = gross  # "the force argued it would amount to misconduct rather than gross misconduct": the one gross case
                # ("We accepted the force's view on the constable": an acceptance naming someone else is not this one's)
                accepted_for = self._accepted_only_for(index)
                if only_its_view_accepted and accepted_for is None and (
                        not in_the_text and len(self._people_with_a_case()) > 1
                        or in_the_text and not any(g.grade == "gross_misconduct" for ph in in_the_text for g in self._matching_groups(ph))):
                    # (a view naming nobody, of several: "Essex Police's view was that the falsified records amounted to
                    # misconduct" is not the one gross case's, cr52, nor is "her supervision failures" surely, cr52d; and a
                    # view naming someone names one with a gross case, not a call handler with none, cr52d)
                    targets = []
                for group in targets:
                    # (accepted for them by name, whatever we directed for another: "We accepted its view for PC Lomax ...
                    # However, we directed the force to hold a gross misconduct hearing for Inspector Kaur")
                    # (unopposed for them: "we directed a hearing for the sergeant" later leaves the constable's lower level)
                    if group.grade == "gross_misconduct" and (group in (accepted_for or []) or self._accepted(index) and accepted_for is None
                                                              or not only_its_view_accepted and self._unopposed(index, group)):
                        self._set_grade(group, "misconduct", index)
                        lowered_by_its_view = only_its_view_accepted
                        if group.disputed_at == index - 1:
                            # "The force disagreed. It considered the conduct misconduct rather than gross misconduct.":
                            # it disputed the level, not the case
                            group.disputed_at = -1
            # (the decision just before, or before a sentence on offences: "... had a case to answer. There was no indication that he
            # had committed a criminal offence. After reviewing our report, Surrey Police disagreed.")
            # (not a view of someone else's, just told: "His family told us they believed he had ignored the call on purpose.
            # Kent Police disagreed with this")
            bare_disagreement = index > 0 and _BARE_FORCE_DISAGREED.match(text) \
                and not (_IN_EVERY_CASE_RE.search(text)
                         and sum(len(g.members) for g in self.groups if g.case and index - 3 <= g.decided_at < index) < 2) \
                and not (_DISAGREED_WITH_THIS.search(text) and _SOMEONE_ELSES_CLAIM.search(self.sentences[index - 1].text)) and (
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
                or index > 1 and _CTA_PARTS.search(self.sentences[index - 2].text) and _a_word_on_others(self.sentences[index - 1].text)
                # ("Our view was that both officers had a case ... The constable had not recorded a reason ... The sergeant had
                # not arranged an appropriate adult ... GMP disagreed.": our reasons, one sentence for each of them)
                or THE_FORCE_ITSELF.match(text) and self._our_reasons_for_each_since_the_decision(index))
            # (the force disputing what the sentence before said of someone else: "... disagreed with this")
            view_of_others = self.others_before and bool(_DISAGREED_WITH_THIS.search(text))
            # (its view of a lower level is no dispute of the case: "disagreed about the level, taking the view that his driving
            # amounted to misconduct")
            if (_FORCE_DISAGREED_PARTS.search(text, lowered) or bare_disagreement) and not introduced and not _DOWNGRADE_PARTS.search(text, lowered) \
                    and not lowered_by_its_view and not _CTA_PARTS.search(text, lowered):
                # "the force disagreed with the Lead Investigator's conclusion": the IOPC's opinion is disputed
                # (settled at the end: unless proceedings went ahead or a recommendation followed); "with our view of the
                # detective constable": the people it names, else those just talked about
                named = find_phrases(text)
                verb = _DISAGREEING_RE.search(text)
                about = _DISAGREED_ABOUT.search(text)
                disputed = None
                if about and referred is None:
                    # ("agreed about the detention officer but disagreed about the sergeant": only those it disagreed about)
                    said = find_phrases(text[about.end():])[:1]
                    other_n = _THE_OTHER_N.match(text, about.end())
                    # (people: not "disagreed about the other two allegations")
                    if said and said[0].other or not said and other_n and _PEOPLE_AFTER_THE_OTHER_N.match(text, other_n.end()):
                        # ("agreed with us about PS Orton but not about the other three": those with a case it did not name)
                        # ("agreed that the first officer should face a hearing, but did not accept that the second officer's
                        # ...": the first by place, not every officer)
                        agreed_on = [p for ph in find_phrases(text[:about.end()]) for p in self._placed_or_matching(ph)]
                        if not agreed_on and other_n and other_n.group("n") and _PEOPLE_AFTER_THE_OTHER_N.match(text, other_n.end()) \
                                and self._the_other_n_with_a_case(number_of(other_n.group("n"))):
                            # ("The force agreed that PC Dunmore had a case ... It disagreed about the other two": the other
                            # two with a case, beside the one just talked about)
                            agreed_on = list(self.pointer)
                        referred = [p for p in self._people_with_a_case() if p not in agreed_on] or None
                        if referred and agreed_on and _AGREED_THAT.search(text, 0, about.start()):
                            # (the proceedings its agreeing clause names are the first one's, "should face a gross
                            # misconduct hearing"; only the dispute is the second one's)
                            disputed, referred = referred, agreed_on
                    else:
                        referred = [p for ph in said for g in self._matching_groups(replace(ph, definite=True)) for p in g.members] or None
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
            elif introduced and (disputed_groups := self._agreed_on_one_then_disputed(text, lowered, index)):
                # "The force agreed that the driver had a case to answer but disagreed about the passenger": its agreement
                # read as a decision on the first, its dispute of the one it names straight after
                for group in disputed_groups:
                    if group not in introduced:
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
            # ("Derbyshire Constabulary agreed, but thought this would be better addressed by a development plan than by a
            # misconduct meeting": the case agreed, then the route chosen, which keeps it)
            route_after_agreeing = bool(_FORCE_AGREED_BUT.match(text)) and bool(_ROUTE_RATHER_THAN_A_MEETING.search(text)) \
                and not re.search(r"\bno\s+case\b", text, re.I)
            # (not a view of one more allegation: "On a second allegation, the force considered that the officer had not fallen
            # below the standards ...", or one told of just after: "He attended a meeting on a separate allegation": a case
            # on any allegation is a case to answer)
            if (_TO_NO_CASE.search(text) and not route_after_agreeing or performance_not_misconduct) and not introduced \
                    and not any(_ONE_MORE_ALLEGATION.search(s.text) for s in self.sentences[index:index + 3]) \
                    and not _CTA_PARTS.search(text, lowered) and not CHAIR_OF_THE_PROCEEDINGS_FOUND.search(text):
                # (the finding of the chair of someone's proceedings is their result, not the force's view of the case: "The
                # officer chairing PC Tolley's meeting found that his actions amounted to practice requiring improvement
                # rather than misconduct"; not any sentence naming a panel, a chair or a meeting, where the force may speak)
                # the force's view that it was not misconduct: settled now if the IOPC accepted it, else
                # disputed (settled at the end unless a recommendation or direction followed)
                only = self._accepted_only_for(index)
                accepted = bool(only) or self._accepted(index)
                self.split_scope = None
                if referred is None and _ITS_VIEW_OF_THEM.match(text) and self.pointer:
                    # "The force did not accept this. It considered that her checks matched the level the sergeant had
                    # set, ...": the view is of those just talked about, whoever its reasons name
                    referred = list(self.pointer)
                by_reference = referred is None
                targets = referred = referred if referred is not None else self._refer(sentence, [])
                targets = self._named_in_the_view(text, targets)
                if by_reference and self._only_of_the_other_sex(text, targets) and self._someone_else_just_brought_in(index):
                    # ("We found he had a case ... The second officer was a probationer. The force considered her failings to
                    # be a matter of performance": someone else's, not the one man with a case)
                    targets = referred = []
                in_the_text = find_phrases(text)
                if targets and not any(self.groups[p.group].case for p in targets if p.group >= 0) \
                        and len(cased := self._groups_of(self._people_with_a_case())) == 1 \
                        and any(ph.head == cased[0].head and cased[0] in self._matching_groups(replace(ph, definite=True))
                                for ph in in_the_text) \
                        and not any(ph.head == g.head for ph in in_the_text for g in self._groups_of(targets)) \
                        and not _A_PERSONS_PRONOUN.search(text):
                    # ("... had a case to answer. His sergeant ... had no case to answer. The force disagreed that the
                    # officer's conduct amounted to misconduct. It considered the failure to be one of performance, arising
                    # from the officer's limited experience": a view that it was not misconduct, calling the one with a case
                    # by the report's name for them, and not the others (by name or pronoun), is theirs, not that of whoever
                    # was named last)
                    targets = referred = list(cased[0].members)
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
            identified = [] if introduced or referred is not None else (self._identify_members(index) or self._members_told_in_turn(index)
                                                                                       or self._members_by_rank(index))
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
                people = self._of_the_pronouns_sex(text, people, index)
                people = self._the_one_of_them_with_a_case(text, people)
            if people and not (decisions or introduced) and self._still_about_those_just_told_of(text, people):
                people = []  # (nothing told of those it names after its pronoun; the pointer stays)
            if people:
                self.pointer = people
                # (the cheap pronoun test first: the phrase search is slow, and most sentences have no pronoun to keep)
                if len(people) == 1 and people[0].pronoun is None and (pronoun := _pronoun_of_the_facts(text)) \
                        and len(find_phrases(text)) <= 1 and not _SOMEONE_OF_THE_PUBLIC.search(text):
                    people[0].pronoun = pronoun
            # (a panel's finding, "It" for the panel just named, is about the person whatever its reasons say of the man)
            if _ABOUT_OTHERS.search(_WAITING_FOR_OTHERS.sub(" ", text)) and not _PANEL_VOICE.search(text) \
                    and not (index and re.match(r"\s*It\s+(?:also\s+)?found\b", text) and _OPENS_WITH_THE_PANEL.match(self.sentences[index - 1].text)):
                continue
            if self.split_scope:
                chosen, group = self.split_scope
                rest = [p for p in group if p not in chosen]
                scope = group  # a clause naming "one of them" or "the other one" speaks of them until the next does
                # (and at a colon after a count of them, "proven against two of them: one ...": the finding both's)
                colon = r"|:\s+" if COUNTED_BEFORE_A_COLON.search(text) else ""
                for clause in re.split(r",\s+|;\s+" + colon + r"|\s+and\s+that\s+|\s+(?:and|while|whereas|but)\s+(?=(?:the\s+other|another)\b)", text):
                    results_only = False
                    if _ONE_OF.search(clause):
                        scope = chosen
                    elif said_of := self._result_said_of_one_outside(clause, group):
                        # ("One constable was dismissed without notice, | and the panel found the sergeant would have been
                        # dismissed had he still been serving": the sergeant's result, from the part of the clause that is his,
                        # not a hearing it mentions as a place)
                        scope, clause = said_of
                        results_only = True
                    elif named := self._one_named_outside(clause, group):
                        # ("The chair found misconduct proven against the sergeant, | who was given a written warning, | and
                        # found the allegation against one of the detention officers not proven": the sergeant's clauses)
                        scope = named
                    elif (_THE_OTHER.search(clause) or _THE_REST.search(clause)) and rest:
                        scope = rest  # ("..., and the others were dismissed", "while the remaining three were")
                    elif _NEW_SUBJECT.match(clause) and not re.search(r"\b(?:he|she|him|her)\b", clause, re.I):
                        # "..., West Midlands Police requested a review": about them all again (not "the panel said she would
                        # have been dismissed": still the one)
                        scope = group
                    # ("One of the four, PC Marlow, | was dismissed at ...": the predicate of the one just named, read with a subject)
                    # (or of the one named just before, by "who": "proven against one of them, | who was dismissed")
                    verb = re.match(r"\s*(?:who\s+)?(was|were|had|has)\b", clause)
                    said = _facts_of_predicate(clause[verb.start(1):], verb.group(1) not in ("was", "has")) if verb else facts_in(clause)
                    if (one := re.match(r"\W*one\s+(?=(?:was|has|had)\b)", clause, re.I)) and scope == chosen:
                        said = _facts_of_predicate(clause[one.end():], False)  # ("Of the two still serving, | one was dismissed": the one split off)
                    facts = _with_the_sentences_proceedings(said, text)
                    if results_only:
                        facts = {k: v for k, v in facts.items() if k in ("outcome", "sanction", "left", "barred")}
                    for name, value in facts.items():
                        for target in scope:
                            self._record(target, name, value, sentence, held="held" in facts)
                if scope is rest and rest:
                    # ("One of them retired before it took place, and the hearing went ahead for the other. The panel found
                    # gross misconduct proven and she was dismissed": the one the sentence ended on)
                    self.pointer = rest
                continue
            if (not introduced or self.introduced_clause_by_clause) \
                    and self._distribute(sentence, people, self.sentences[index - 1].text if index else ""):
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
            described_by_leaving = not introduced and (
                # (or by someone with a case the sentence's people leave out: "The sergeant, the constable who was dismissed and the
                # retired constable will be placed on the barred list", read as about the first two)
                # (a list, of two or more, or someone new, "a retired sergeant who had trained PC Dace gave evidence for him": not
                # "The retired inspector would also have been dismissed, ... because he had failed to supervise the officers on
                # his shift", about him alone, his departure told first here)
                (len(people) > 1 or _SOMEONE_NEW_WHO_LEFT.search(text)) and 0 < len(_DEPARTED_NOUN.findall(text)) <= sum(p.has_left for p in set(people) | set(self._people_with_a_case()))
                and sum(p.has_left for p in people) < len(people) and len(find_phrases(text)) > 1
                # (a clause picking one out: whether or not their departure was read, it is not everyone's)
                or 0 < len(_ONE_WHO_LEFT_RE.findall(text)) < len(people) and sum(p.has_left for p in people) < len(people))
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
            if len(people) > 1 and facts.get("in_absence") == "yes" and set(facts) <= {"in_absence", "proceedings", "held", "level"} \
                    and re.search(r"\bwithout\s+(?:him|her)\b|\bin\s+(?:his|her)\s+absence\b", text, re.I) \
                    and len(gone := [p for p in people if p.has_left]) == 1:
                # ("One of the three, PC Dunsford, resigned ... The hearing went ahead without him.": his absence, not theirs;
                # not "... went ahead without her, and the panel found gross misconduct proven against both")
                people = gone
            # ("At a misconduct meeting held for both constables in February 2024, | the allegation against PC Iqbal was
            # found proven and she received a written warning": the meeting theirs, the rest the one named after it)
            framed = _PROCEEDINGS_FOR_THEM_THEN.match(text) if len(people) > 1 and not introduced else None
            named_after = self._one_named_of(find_phrases(text[framed.end():]), people) if framed else []
            absent_ones = self._whose_absence(text, facts, people, index) if not introduced else []
            _own_finding_replaces_a_guess(people, facts, text)
            for name, value in facts.items():
                for person in (absent_ones if name == "in_absence" and absent_ones
                               else people if not named_after or name in ("proceedings", "held", "level") else named_after):
                    self._record(person, name, value, sentence, held="held" in facts)
            if not named_after:
                _mark_a_guessed_finding(people, facts, text)
            if self.counted_within:
                self._proceedings_for_all_counted(sentence, people)
        self._early_departures()
        self._withdraw_our_opinions()
        self._settle_disputes()
        self._add_remainder(self.total)
        self._trim_remainder(self.total)
        self._opening_count_named_later()
        self._lead_facts()
        self._not_proven_at_the_proceedings_just_told()
        people = [p for g in self.groups for p in g.members] + self.remainder
        _joint_proceedings_level(people)
        _proceedings_of_the_same_panel(people)
        # (whether the page tells a hearing as never happening, asked once for the page, not for each person)
        told_never_held = self.cut_off and _told_never_held_on_the_page(self.page.sentences)
        for person in people:
            settle(person, self.cut_off, self.page.cut_sentence, told_never_held)
        return people

    def _whose_absence(self, text: str, facts: dict[str, str], people: list[Person], index: int) -> list[Person]:
        """Those a hearing went ahead without, told by a pronoun, where the sentence's people are not all of them: the
        ones who had left, when the sentence tells the others there ("Two of the officers resigned. The hearing proceeded
        in their absence, while the other four attended"), or those who had just been told leaving, when the sentence
        names only others, after the pronoun, as the hearing's companions or as there ("PC Oldroyd resigned ... The
        hearing went ahead in his absence, alongside the hearing for Sergeant Finch"). Empty where the sentence's own people may be
        meant: a serving officer can be absent too ("who was in hospital", "None of the three attended")."""
        if facts.get("in_absence") != "yes" or not (by := _ABSENCE_BY_PRONOUN.search(text)) \
                or facts.get("proceedings") not in FORMAL_PROCEEDINGS or _ABSENT_THEMSELVES.search(text):
            return []
        pronoun = by.group("one") or by.group("one_")  # (None for "their", "them")
        gone = [p for p in people if p.has_left]
        if gone:
            return gone if not pronoun and len(gone) < len(people) and _others_there(text[by.end():]) else []
        if not index or find_phrases(text[:by.start()]) \
                or not (_ALONGSIDE.search(text, by.end()) or _others_there(text[by.end():])) \
                or facts_in(self.sentences[index - 1].text).get("left") is None or _CALLED_OFF.search(self.sentences[index - 1].text) \
                or _ABSENT_THEMSELVES.search(self.sentences[index - 1].text):
            return []
        # (those the sentence before told leaving: with a case, gone, not among the sentence's people, their own
        # proceedings not told as not held nor of another kind, as many as the pronoun says and of its sex where known)
        sex = _sexes_by_pronoun(pronoun).pop() if pronoun else None
        leavers = [p for p in self._people_with_a_case() if p.has_left and p not in people and p.facts.get("outcome") != "not_held"
                   and p.facts.get("proceedings") in (None, facts["proceedings"])
                   and any(span.start == self.sentences[index - 1].start for span in p.evidence.get("left", []))
                   and (sex is None or self._sex_of(p) in (None, sex))]
        return leavers if (len(leavers) == 1) == bool(pronoun) and leavers else []

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

    def _opening_count_named_later(self) -> None:
        """'Three Staffordshire Police officers have faced a gross misconduct hearing ...' as the opening sentence, then
        'PC Danvers, the second constable and the custody sergeant each had a case to answer for gross misconduct': the
        three the opening counted are the three the body decides on one by one, in one sentence at the same level (not
        more people: "also", "further"); the opening's own facts are then read as the lead's (see ``_lead_facts``)."""
        if not self.groups or not self.sentences:
            return
        opening, lead = self.groups[0], self.sentences[0]
        if not (opening.introduced_at == 0 and opening.decided_at == 0 and opening.head in GENERIC_HEADS and not opening.label
                and len(opening.members) > 1 and not any(p.split or p.named for p in opening.members)
                and all(s.start < lead.end for p in opening.members for spans in p.evidence.values() for s in spans)):
            return
        # (groups decided on later: not members of the opening's own group known by rank now, "Two of them, a sergeant and a
        # constable, ...", decided on with it)
        later = [g for g in self.groups[1:] if g.members and (g.case or g.grade != "no_case") and g.decided_at > opening.decided_at]
        at = {g.decided_at for g in later}
        if len(at) != 1 or sum(len(g.members) for g in later) != len(opening.members) or any(g.grade != opening.grade for g in later):
            return
        index = at.pop()
        # (nobody else decided on between: not "both officers had a case ... A sergeant and an inspector were found to have a
        # case", the opening's people told again, then two more; nor more people said so, "too", "as well", "as did")
        if any(d.positive for i, decisions in enumerate(self.decisions) if i not in (0, index) for d in decisions) \
                or _MORE_SAID.search(self.sentences[index].text):
            return
        opening.members.clear()

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

    def _the_one_of_them_with_a_case(self, text: str, people: list[Person]) -> list[Person]:
        """'... one detention officer had a case ... The second detention officer had no case ... The detention officer was
        referred to reflective practice': one person, named by the noun both share, given a route or a sanction, is the
        one of them with a case."""
        if len(people) < 2 or sum(p.grade != "no_case" for p in people) != 1:
            return people
        named = find_phrases(text)
        if len(named) != 1 or named[0].plural or named[0].count != 1 or not named[0].definite or named[0].label or named[0].other:
            return people
        facts = facts_in(text)
        if not (facts.get("sanction") or facts.get("proceedings")):
            return people
        return [p for p in people if p.grade != "no_case"]

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
        # (not those its reasons name, nor an owner: "We did not agree, because of the age of the child and the sergeant's
        # instructions, and directed a gross misconduct hearing" names nobody it is for)
        text = _without_reasons(text)
        # (an owner, "the sergeant's instructions", "the officers' instructions", is named for their thing)
        named = [ph for ph in find_phrases(text) if ph.definite and not _OWNER_AFTER.match(text, ph.end)]
        if not named:
            return not let_go
        return any(group in self._matching_groups(ph, loose=True) for ph in named)

    def _groups_called(self, words: str, one_each: bool = False) -> list[Group]:
        """The groups the people in ``words`` (the ones an acceptance names) can mean, each once (``one_each``: only
        people named one by one, not "both officers")."""
        return list(dict.fromkeys(g for ph in find_phrases(words) if not one_each or ph.count == 1 and not ph.plural
                                  for g in self._matching_groups(replace(ph, definite=True), loose=True)))

    def _withdraw_our_opinions(self) -> None:
        """'After reviewing the force's view, we agreed with it and withdrew our opinion': no case for the one person with a
        case the opinion names; else one the sentence names among those the force disputed; else the one it disputed; else
        the one decided on last. Never anyone new, never one of a pair."""
        for index, sentence in enumerate(self.sentences):
            lowered = sentence.text.lower()
            if "withdr" not in lowered and "pursue" not in lowered:
                continue  # (the substrings spare most sentences the pattern)
            withdrawn = _WE_WITHDREW_OUR_OPINION.search(sentence.text)
            if not withdrawn or _CTA_PARTS.search(sentence.text[:withdrawn.start()]):
                continue  # (a case found before it in the sentence is another decision)
            with_a_case = [g for g in self.groups if g.case and g.grade in ("misconduct", "gross_misconduct") and 0 <= g.decided_at < index]
            disputed = [g for g in with_a_case if 0 <= g.disputed_at < index]
            latest = max((g.decided_at for g in with_a_case), default=-1)
            named_by_it = [g for g in self._groups_called(withdrawn.group("that") or "", one_each=True) if g in with_a_case]
            named = [g for g in self._groups_called(sentence.text[:withdrawn.end()], one_each=True) if g in (disputed or with_a_case)]
            chosen = named_by_it or named or disputed or [g for g in with_a_case if g.decided_at == latest]
            if len(chosen) == 1 and len(chosen[0].members) == 1:
                self._set_grade(chosen[0], "no_case", index)
                chosen[0].disputed_at = -1

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
                if group.case and group.disputed_at < 0 and group.grade in ("misconduct", "gross_misconduct"):
                    for person in group.members:
                        # (with the case agreed, the route it "would prefer", which the page's last words weigh, is no more
                        # done than a proposal: "... said it would prefer to deal with the matter through the reflective
                        # practice review process rather than at a misconduct meeting. We considered this ca")
                        if self._proposed_as_the_page_stops(person):
                            self._forget_a_proposed_route(person)  # (the proposal the page stops in, whatever its words)
                        elif self._weighed_as_the_page_stops(person):
                            self._drop_proposed(person, suggested=True)
                if group.disputed_at >= 0 and group.case:
                    for person in group.members:
                        # (what it said the matter "would be better addressed through" is no more done than a proposal)
                        self._drop_proposed(person, suggested=True)
                        spans = person.evidence.get("proceedings", [])
                        if spans and all(_WHETHER_TO_RECOMMEND.search(s.text) for s in spans):
                            # ("we then considered whether to make a formal recommendation that a misconduct meeting be
                            # held", and the page stops: none decided on as far as it shows)
                            person.forget("proceedings")
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

    def _still_about_those_just_told_of(self, text: str, people: list[Person]) -> bool:
        """A sentence opening on a pronoun for the several just talked about, telling nothing of anyone, that names someone
        else only after it ("Neither acting sergeant had a case. Each had signed off the incident, relying on what the call
        handler had recorded. We decided their actions amounted to practice requiring improvement"): still about them,
        not the call handler it names."""
        opening = _OPENS_ON_THEIR_PRONOUN.match(text) if len(self.pointer) > 1 else None
        # (the word alone, a pronoun: not "Both constables had ...", a determiner naming others, cr60)
        return opening is not None and not any(p in self.pointer for p in people) and not facts_in(text) \
            and not any(ph.start < opening.end() for ph in find_phrases(text))

    def _our_reasons_for_each_since_the_decision(self, index: int) -> bool:
        """Whether the sentences just before ``index`` are a decision that more than one person had a case, then our
        reasons for it, two or three sentences each opening on one of them by the report's word for them ("The constable
        had not recorded ...", "The sergeant had not arranged ...") and telling no decision, proceedings or result."""
        reasons = 0
        for at in range(index - 1, max(-1, index - 5), -1):
            text = self.sentences[at].text
            if _CTA_PARTS.search(text):
                decided = [g for g in self.groups if g.case and g.decided_at == at]
                return reasons >= 2 and sum(len(g.members) for g in decided) >= reasons
            found = find_phrases(text)
            if not found or found[0].label or not found[0].definite or found[0].plural or text[:found[0].start].strip() \
                    or not WHAT_THEY_DID.match(text, found[0].end) or facts_in(text) or _OFFENCE_WORD.search(text):
                return False
            reasons += 1
        return False

    def _proposed_as_the_page_stops(self, person: Person) -> bool:
        """The person's sanction told only in the force's proposal that a cut page stops in ("the force proposed to deal
        with the matter through reflective practice instead of misconduct proceedings, be")."""
        spans = person.evidence.get("sanction", [])
        cut = self.page.cut_sentence
        return bool(spans) and cut is not None and all(s.text == cut.text for s in spans) \
            and bool(_THE_FORCE_PROPOSING_AS_THE_PAGE_STOPS.match(cut.text))

    def _weighed_as_the_page_stops(self, person: Person) -> bool:
        """The person's sanction was told in the sentence just before the one a cut page stops in, which weighs it ("We
        considered this ca"): a route the force only put to us. (Where the page stops in the force's proposal itself, see
        ``_proposed_as_the_page_stops``.)"""
        spans = person.evidence.get("sanction", [])
        cut = self.page.cut_sentence
        if not spans or cut is None or not _WEIGHING_IT.match(cut.text):
            return False
        before = self._text_just_before(cut)
        return before is not None and all(s.text == before for s in spans) and not _GIVEN_OUTRIGHT.search(before)

    def _text_just_before(self, cut: Span) -> str | None:
        """The text of the sentence just before the one a cut page stops in; None where the page stops in its first."""
        return next((s.text for s in reversed(self.sentences) if s.end <= cut.start), None)

    def _forces_view_accepted_at_once(self, index: int, lowered: str) -> bool:
        """The force's view that our gross misconduct case was misconduct, in a view's own words, accepted by us in its
        sentence or the next ("... taking the view that his driving amounted to misconduct. We accepted its view."), with
        no direction of ours at or after it (``lowered``: the sentence in lower case, as the caller has it)."""
        text = self.sentences[index].text
        if "misconduct" not in lowered or not cues.mentions(lowered, ("view", "consider", "believ", "felt", "thought", "opinion", "position")):
            return False  # (most sentences: the pattern is slow)
        view = FORCE_VIEW_IT_WAS_MISCONDUCT.search(text)
        if view is None or index <= self.last_direction:
            return False
        rest = [text[view.end():]] + [s.text for s in self.sentences[index + 1:index + 2]]
        # (not where a hearing later found gross misconduct proven: the level stood, cr52d)
        return any(ACCEPTED_THE_FORCES_VIEW.search(part) for part in rest) \
            and not any(facts_in(s.text).get("outcome") == "gross_misconduct_proven" for s in self.sentences[index + 1:])

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
                        or _FORCE_SUGGESTING.search(s.text) and not _PANEL_VOICE.search(s.text) or _ROUTE_AT.search(s.text)
                        # ("arguing that ... a misconduct meeting would be the more proportionate resp": the argument the page
                        # stops in or just after, with no meeting held or arranged in it)
                        or self._argued_as_the_page_stops(s) or self._argued_in_its_own_disagreement(s) for s in spans):
            person.forget("proceedings")

    def _argued_in_its_own_disagreement(self, sentence: Span) -> bool:
        """'West Midlands Police did not agree; it believed a meeting would be the right forum': the force's view, in its own
        disagreement, with no meeting held or arranged after it in that sentence or any later one ("It arranged one for
        June.")."""
        argued = _A_MEETING_WAS_RIGHT.search(sentence.text)
        if argued is None or _DISAGREEING_RE.search(sentence.text, 0, argued.end()) is None or _HELD_OR_ARRANGED.search(sentence.text, argued.end()):
            return False
        return not any(_HELD_OR_ARRANGED.search(later.text) for later in self.sentences if later.start > sentence.start)

    def _argued_as_the_page_stops(self, sentence: Span) -> bool:
        """Whether ``sentence`` is the force arguing that a misconduct meeting "would be the more proportionate" route, in
        the sentence a cut page stops in or the one just before it, with nothing after the argument telling of a meeting
        held or arranged ("... and held one in May")."""
        cut = self.page.cut_sentence
        argued = _A_MEETING_WOULD_FIT.search(sentence.text)
        if cut is None or argued is None or _HELD_OR_ARRANGED.search(sentence.text, argued.end()):
            return False
        return sentence.text in (cut.text, self._text_just_before(cut))

    def _drop_proposed(self, person: Person, suggested: bool = False) -> None:
        """Forget a sanction (and the "none" route with it) that only a force's proposal gave (``suggested``: or its
        view of what the matter could be dealt with by)."""
        spans = person.evidence.get("sanction", [])

        def proposing(text: str) -> bool:
            if suggested:
                return bool(_PROPOSING.search(text) or _FORCE_SUGGESTING.search(text) and not _PANEL_VOICE.search(_without_route(text)))
            return bool(_PROPOSING.search(text))
        if spans and all(proposing(s.text) for s in spans):
            self._forget_a_proposed_route(person)

    @staticmethod
    def _forget_a_proposed_route(person: Person) -> None:
        """Forget a management action or reflective practice, and the "none" route with it: a route only proposed."""
        if person.facts.get("sanction") not in ("management_action", "rprp"):
            return
        for name in ["sanction"] + (["proceedings"] if person.facts.get("proceedings") == "none" else []):
            person.forget(name)

    def _departed_just_before_this_one(self, group: Group) -> int | None:
        """'The officer who struck the man resigned in August 2019 ... We concluded that, had he still been serving, this
        officer would have had a case': the sentence just before the decision naming one person, leaving, when the
        decision calls them "this officer" (whoever else of that rank the report knows); its index, else None."""
        if len(group.members) != 1 or not re.match(r"(?:this|that)\s", group.called):
            return None
        # (the nearest of the two sentences before that names anyone: "... resigned in August 2019. We referred a file
        # about him to the CPS. We concluded that, had he still been serving, this officer ...")
        at = next((i for i in range(group.introduced_at - 1, max(-1, group.introduced_at - 3), -1)
                   if find_phrases(self.sentences[i].text)), -1)
        if at < 0:
            return None
        named = find_phrases(self.sentences[at].text)
        if len(named) != 1 or named[0].plural or (named[0].count or 1) != 1 or not named[0].definite \
                or not (named[0].head == group.head or named[0].head in GENERIC_HEADS and group.head in GENERIC_HEADS) \
                or facts_in(self.sentences[at].text).get("left") not in DEPARTED:
            return None
        return at

    def _plainly_the_one_by_rank(self, phrase: Phrase, text: str, at: int) -> bool:
        """'The constable resigned from the force', before a decision that calls the one person decided on only "the former
        officer": that person, by a rank said plainly ("the constable", not "the Chief Constable", "the officer's sergeant"
        or "the constable who had been first on the scene"), of a rank no earlier sentence gives a witness or complainant."""
        if not phrase.definite or phrase.plural or phrase.label or phrase.role != "officer" \
                or not re.fullmatch(r"the\s+(?!chief\b)(?:[a-z]+\s+)?[a-z]+", phrase.text, re.I) \
                or re.search(r"['’]s?\s+$", text[:phrase.start]) or re.match(r"\s+(?:who|whom|that)\b", text[phrase.end:]):
            return False
        return not any(p.head == phrase.head and _WITNESS_OR_COMPLAINANT.match(s.text, p.end)
                       for s in self.sentences[:at] for p in find_phrases(s.text))

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
            departed_at = self._departed_just_before_this_one(group)
            if shared and not group.label and departed_at is None:
                continue
            person = group.members[0]
            if person.facts.get("left") not in (None, "left"):
                continue
            alone = len(self.groups) == 1
            # with several people, only a departure said just before this one's decision
            first = 0 if alone else max(0, group.introduced_at - 2)
            # (further back, a resignation or retirement by the rank only this person has: "The sergeant retired in
            # December ... [the acting inspector told of] ... In our opinion the sergeant had a case"; or by their name, "PC
            # Garside retired from BTP")
            by_rank = group.head not in GENERIC_HEADS and not alone
            start = 0 if by_rank else first
            for at, sentence in enumerate(self.sentences[start:group.introduced_at], start=start):
                if not _DEPARTURE_WORDS.search(sentence.text):
                    continue
                left = facts_in(sentence.text).get("left")
                if (by_name := self._leaving_by_name(group, sentence.text)) is not None:
                    # ("PC Ashby, who resigned from the force in August 2023, declined to be interviewed", before the three
                    # named were decided on: his, by his name, whatever other constables there are)
                    person.facts.pop("left", None)
                    self._record(person, "left", by_name, sentence)
                    self._none_could_be_brought(person, group, at)
                    break
                if at < first and (left not in ("resigned", "retired")
                                   or not any(p.head == group.head and p.definite and not p.plural
                                              and re.match(r"\s+(?:had\s+)?(?:since\s+)?(?:retired|resigned)\b", _past_letter(p, sentence.text[p.end:]), re.I)
                                              for p in find_phrases(sentence.text))):
                    continue  # (only a resignation or retirement so far back: "left the force" may be a transfer)
                if not left or person.facts.get("left") == "left" and left == "left":
                    continue
                # ("he was no longer a serving officer" names nobody but "he")
                phrases = [p for p in find_phrases(sentence.text) if not p.plural and not _NO_LONGER_A.search(sentence.text, 0, p.start)]
                no_longer = alone and not phrases and re.search(r"\b(?:he|she)\s+(?:was|were)\s+(?:\w+\s+)?no\s+longer\b", sentence.text, re.I)
                # ("She had resigned in August 2022. We found she had a case": the same pronoun decided on next; "... We found that,
                # had she still been employed, she would have had a case"; "He retired in December 2019, ...")
                decided_next = not phrases and at == group.introduced_at - 1 \
                    and (said := _LEFT_BY_PRONOUN.match(sentence.text)) is not None \
                    and re.search(r"\b" + said.group(1).lower() + r"\s+(?:also\s+)?(?:would\s+(?:also\s+)?have\s+)?had\s+a\s+case\b",
                                  self.sentences[group.introduced_at].text) is not None
                pronoun_left = not phrases and re.match(r"\s*(?:He|She)\b", sentence.text) and (_FROM_THE_POLICE.search(sentence.text) or decided_next) \
                    and not _MOVED_TO_ANOTHER_FORCE.search(sentence.text)
                # (with one person only, a plain "the officer" is them, whatever rank the report gave them)
                if at == departed_at \
                        or not shared and (any(p.head == group.head or p.head in GENERIC_HEADS and (group.head in GENERIC_HEADS or alone)
                                                   # ("The constable resigned ... the former officer would have had a case": a
                                                   # rank, where the one person decided on is called only an officer)
                                                   or alone and group.head in GENERIC_HEADS and self._plainly_the_one_by_rank(p, sentence.text, at)
                                                   for p in phrases)
                                   or no_longer) \
                        or pronoun_left and (alone or decided_next or at > 0 and self._named_alone_in(self.sentences[at - 1].text, group)
                                             or self._the_one_of_that_sex(sentence.text, person, at)):
                    person.facts.pop("left", None)
                    self._record(person, "left", left, sentence)
                    self._none_could_be_brought(person, group, at)
                    break

    def _none_could_be_brought(self, person: Person, group: Group, departed_at: int) -> None:
        """"... retired in March. No disciplinary proceedings could be brought against him once he had left. We found that,
        had he still been serving, he would have had a case": none could be held for the one who left, said between their
        departure and their decision, naming no one else (by rank or by name: not "No disciplinary proceedings could be
        brought against PC Stroud, who had died", of PC Brennan)."""
        for later in self.sentences[departed_at:group.introduced_at + 1]:
            if "proceedings" not in person.facts and facts_in(later.text).get("proceedings") == "none" \
                    and not any((p.head != group.head or p.label and p.label != group.label) and not p.plural
                                and not _NO_LONGER_A.search(later.text, 0, p.start)
                                # (nor anyone in general: "it was not possible to bring proceedings against a former officer")
                                and not (p.head in GENERIC_HEADS and not p.definite) for p in find_phrases(later.text)):
                self._record(person, "proceedings", "none", later)

    def _agreed_on_one_then_disputed(self, text: str, lowered: str, index: int) -> list[Group]:
        """'The force agreed that the driver had a case to answer but disagreed about the passenger': the force, opening the
        sentence, agreeing someone's case and then disputing one other person's, named alone straight after "disagreed
        about" (the sentence ending there, or going on only with whom or why), the one group that name fits; [] otherwise.
        Not where case words follow, nor where the dispute may be of the level (the downgrade wording, or proceedings,
        seriousness or dismissal said of it here or in the next sentence), of an allegation, an account or a share of
        the blame ("the sergeant's second allegation"), nor where we answer it in the same sentence ("..., so we
        recommended ..."): the review rv218 and the code review found those keep the case."""
        about = _DISAGREED_ABOUT.search(text)
        if about is None or not _THE_FORCE_AGREED_THAT.match(text, 0, about.start()) or _CTA_PARTS.search(text[about.start():]) \
                or _DOWNGRADE_PARTS.search(text, lowered) or _OUR_ANSWER_IN_IT.search(text, about.end()):
            return []
        following = self.sentences[index + 1].text if index + 1 < len(self.sentences) else ""
        if _NOT_THE_CASE_ITSELF.search(text, about.end()) or _LEVEL_SAID_NEXT.search(following) or _DOWNGRADE_PARTS.search(following, following.lower()):
            return []
        named = find_phrases(text[about.end():])[:1]
        if not named or named[0].start != 0 or named[0].plural:
            return []
        if not _THEN_ONLY_WHOM_OR_WHY.match(_past_letter(named[0], text[about.end() + named[0].end:])):
            return []  # ("PC" is the phrase of "PC Moss": what follows is read past the name)
        groups = [g for g in self._matching_groups(replace(named[0], definite=True)) if g.case]
        return groups if len(groups) == 1 and (named[0].label or named[0].head not in GENERIC_HEADS) else []

    @staticmethod
    def _leaving_by_name(group: Group, text: str) -> str | None:
        """'PC Ashby, who resigned from the force in August 2023, ...': how the one person this group names by name left,
        said right after their name, else None."""
        if not group.label:
            return None
        for p in find_phrases(text):
            if p.label == group.label and (said := _LEFT_AFTER_A_NAME.match(_past_letter(p, text[p.end:]))):
                return said.group("how").lower()
        return None

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
            held_before, person.proceedings_held = person.proceedings_held, held and value in FORMAL_PROCEEDINGS
            if value in FORMAL_PROCEEDINGS and _DIRECTED_TO_HOLD.search(sentence.text) and not held_before \
                    and person.facts.get("sanction") in ("management_action", "rprp") \
                    and all(s.end <= sentence.start for s in person.evidence.get("sanction", [])):
                # ("It considered ... management action would be enough. We did not accept this, and directed the force to
                # hold a misconduct meeting": the route the force proposed, replaced by the proceedings we directed)
                person.forget("sanction")
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


# (arranged then, not before: not "had been scheduled for April", "was due"; and not one that "did not go ahead")
_ARRANGED = re.compile(r"^(?!.*\b(?:did\s+not|could\s+not|never)\s+(?:go\s+ahead|take\s+place|happen)\b)"
                       r".*(?<!\bbeen\s)(?<!\bhad\s)\b(?:arranged|convened|decided\s+to\s+hold|decided\s+that\s+a\s+hearing\s+should\s+be\s+held|agreed\s+to\s+hold|scheduled)\b", re.I | re.S)
# a departure, then in the same sentence a hearing arranged: "retired in February 2024, and a gross misconduct hearing
# was arranged for the following summer"
# (a misconduct hearing, not a court's or a tribunal's; arranged, not "listed as closed", nor "arranged before he left";
# and, as _ARRANGED reads it, not one that "never took place" or "could not go ahead")
_ARRANGED_AFTER_LEAVING = re.compile(r"\b(?:resigned|retired|left)\b[^.;]*?(?:,\s*|\s)(?:and|but)\s+(?:then\s+)?(?:a|the|his|her)\s+"
                                     r"(?:(?:gross\s+)?misconduct\s+|accelerated\s+|disciplinary\s+|special\s+case\s+)?"
                                     r"hearing\s+was\s+(?:then\s+|later\s+)?(?:arranged|scheduled|convened|listed\s+for)\b(?!\s+(?:before|prior)\b)"
                                     # (not one arranged before: "was scheduled months earlier, while he was still serving")
                                     r"(?![^.;]*\b(?:earlier|previously|already|while\s+(?:he|she|they)\s+(?:was|were)\s+still)\b)"
                                     # (nor one the rest of the sentence calls off: "... was arranged but did not go ahead",
                                     # "... listed for June but never took place", "... and then cancelled")
                                     r"(?![^.;]*\b(?:(?:did\s+not|didn['’]t|could\s+not|never)\s+(?:go\s+ahead|went\s+ahead|take\s+place|took\s+place|happen(?:ed)?)"
                                     r"|cancell?ed|called\s+off|withdrawn|abandoned|lapsed|dropped|not\s+to\s+proceed))", re.I)
# the departure as the last words of the sentence a page cuts: "... the constable resigned from" (the cut falls in the
# departure's own clause, whose end may tell what became of the hearing; not "retired before his hearing, and the force
# wrote to", told whole before the cut)
# (or the hearing going ahead after it: "She resigned in June, shortly before the hearing, which went ahead in her abs")
_LEFT_AT_THE_CUT = re.compile(r"\b(?:resigned|retired|left)\b(?:(?:\s+\S+){0,4}\s*$|[^.;]*?\b(?<!\bbefore\s)(?:which|the\s+hearing|it)\s+(?:then\s+|still\s+)?"
                              r"(?:went\s+ahead|was\s+held|proceeded)\b)", re.I)
# a cut sentence that has already said the hearing was not held: "The hearing fell away when the constable resigned from",
# "The force did not hold the hearing, because the constable resigned from"
_NOT_HELD_IN_IT = re.compile(r"\b(?:not|never|no|without)\b|\bfell\s+away\b|\bcancel|\bvacat|\babandon|\bwithdr|\bdropp", re.I)
# a hearing told as one that never happened, in the words about the hearing itself (not an interview, a trial or an
# application that "could not proceed" or "was withdrawn"): "before the hearing could take place", "it did not go ahead",
# "which never took place", "was (later) cancelled", "but it was abandoned", "the force called off the hearing", "decided
# not to proceed", "there was therefore no hearing". Only a veto on the two newer readings above, so a wording it misses
# leaves the older reading ("not held"), never a new error of the kind it guards. (Not _CALLED_OFF, nor facts'
# _BEFORE_IT_COULD: they read such words anywhere in a sentence, for other ends, and would widen the veto.)
_THE_HEARING = r"(?:hearing|proceedings|case(?:\s+against\s+(?:him|her|them|the\s+[\w-]+))?)"
_NEVER_HAPPENED = r"(?:go\s+ahead|went\s+ahead|take\s+place|took\s+place|happen(?:ed)?|proceed(?:ed)?|be\s+(?:held|brought|heard|convened))"
_CALLED_OFF_WORDS = (r"(?:cancell?ed|called\s+off|dropped|stood\s+down|terminated|discontinued|abandoned|withdrawn|lapsed|vacated|not\s+(?:held|pursued|convened)"
                     r"|never\s+(?:held|convened))")
_TOLD_NEVER_HELD = re.compile(
    r"\bbefore\s+(?:(?:the|his|her|their|a|any)\s+(?:[\w'’-]+\s+){0,3}?" + _THE_HEARING + r"(?:\s+[\w'’-]+){0,4}?|it)\s+could\s+"
    r"(?:take\s+place|be\s+(?:held|heard|convened)|go\s+ahead|happen|start|begin)\b"
    # ("did not, in the end, go ahead", "was not able to go ahead", "never got under way")
    r"|\b(?:" + _THE_HEARING + r"|it|which)\s+(?:[\w'’-]+\s+){0,2}?(?:did\s+not|didn['’]t|could\s+not|couldn['’]t|would\s+not|was\s+unable\s+to"
    r"|was\s+not\s+able\s+to|never)\s*(?:,[^,.;]{1,30},\s*)?(?:" + _NEVER_HAPPENED + r"|got\s+(?:under\s+way|underway|started))\b(?!\s+(?:if|unless)\b)"
    # ("the force did not hold the hearing", "closed the case without a hearing", "the hearing fell away")
    r"|\b(?:did\s+not|didn['’]t|never)\s+hold\s+(?:the|his|her|their|a|any)\s+(?:[\w-]+\s+)?hearing\b|\bwithout\s+(?:a|any)\s+(?:[\w-]+\s+)?hearing\b"
    r"|\b(?:hearing|proceedings)\s+(?:then\s+|simply\s+)?fell\s+away\b"
    r"|\b(?:" + _THE_HEARING + r"|it|which)\s+(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:[\w-]+ly\s+|later\s+|then\s+|since\s+)?" + _CALLED_OFF_WORDS + r"\b"
    r"|\b(?:cancell?ed|called\s+off|dropped|stood\s+down|terminated|discontinued|abandoned|withdrew)\s+(?:the|his|her|their|its|all)\s+(?:[\w-]+\s+){0,2}?"
    + _THE_HEARING + r"s?\b"
    r"|\b(?:decided|chose|agreed)\s+not\s+to\s+(?:proceed|hold|continue|go\s+ahead)\b|\bnot\s+(?:possible|able)\s+to\s+(?:hold|proceed|continue)\b"
    r"|\bno\s+(?:[\w-]+\s+){0,2}?" + _THE_HEARING + r"\s+(?:was|were|could\s+be|has\s+been|had\s+been)\s+(?:ever\s+|then\s+|\w+ly\s+)?(?:held|brought|convened)\b"
    r"|\bno\s+(?:[\w-]+\s+){0,2}?" + _THE_HEARING + r"\s+(?:took\s+place|went\s+ahead)\b"
    r"|\bthere\s+(?:was|were)\s+(?:therefore\s+|then\s+|thus\s+)?no\s+(?:[\w-]+\s+)?(?:hearing|proceedings)\b(?!\s+date)", re.I)
# a departure told only as a condition: "had he not resigned, the hearing would" (not _WHAT_WOULD_HAVE_BEEN, which reads
# what would have followed, "had he still been serving", and not this)
_DEPARTURE_AS_A_CONDITION = re.compile(r"\bhad\s+(?:he|she|they|the\s+[\w-]+)\s+not\s+(?:resigned|retired|left)\b|\bif\s+(?:he|she|they)\s+had\s+not\b", re.I)
_FOR_FORMER_OFFICERS = re.compile(r"\bfor\s+(?:the\s+)?former\s+(?:[\w-]+\s+){0,2}?(?:officers?|constables?|sergeants?|inspectors?)\b|\bformer\s+officers?['’]?\s+hearings?\b"
                                  r"|\b(?:apply|applies)\s+to\s+former\s+officers\b", re.I)


def _told_never_held_on_the_page(sentences: Sequence[Span]) -> bool:
    """Whether the page tells a hearing as never happening (_TOLD_NEVER_HELD), anyone's: the newer readings then stand
    back, leaving the older reading, whatever the page's people."""
    return any(_TOLD_NEVER_HELD.search(s.text) for s in sentences)


def _hearing_for_the_departed(person: Person, cut_sentence: Span | None = None, newer: bool = True) -> bool:
    """A hearing decided on for someone who had already gone, which a page cut before its result leaves open (not "not
    held"): "decided to hold a hearing for the former officer", or one arranged only after they left ("The sergeant retired
    ... had he still been serving ... The force agreed and arranged a hearing. Under the regulations ... and"; "The
    inspector retired in February, and a gross misconduct hearing was arranged for the summer"), or a departure told in
    the very sentence the page cuts ("Shortly before the hearing was due, the constable resigned from"), whose end may
    say what became of the hearing (the first the page tells of the departure: not "Because the sergeant had retired,
    the" after "The sergeant retired before his hearing."). ``newer``: those last two readings too."""
    proceedings_spans = person.evidence.get("proceedings", [])
    left_spans = person.evidence.get("left", [])
    if any(_FOR_FORMER_OFFICERS.search(s.text) for s in proceedings_spans):
        return True
    if newer and (any(_ARRANGED_AFTER_LEAVING.search(s.text) and _ARRANGED.search(s.text) for s in left_spans if s in proceedings_spans)
                  or cut_sentence is not None and left_spans and min(s.start for s in left_spans) == cut_sentence.start
                  and _LEFT_AT_THE_CUT.search(cut_sentence.text) and not _DEPARTURE_AS_A_CONDITION.search(cut_sentence.text)
                  and not _NOT_HELD_IN_IT.search(cut_sentence.text)):
        return True
    return bool(left_spans) and bool(proceedings_spans) and max(s.start for s in left_spans) < min(s.start for s in proceedings_spans) \
        and any(_ARRANGED.search(s.text) for s in proceedings_spans)


# a panel or chair saying what a leaver would have been given: "The panel found ... and said that if he had still been
# serving he would have been given a final written warning" (theirs, though they left; not our view, nor the force's)
_A_PANEL_WOULD_HAVE_GIVEN = re.compile(r"\b(?:panel|chair)\b[^.]*\bwould\s+(?:have\s+been\s+given|have\s+received)\s+(?:a\s+)?"
                                       r"(?:final\s+written\s+warning|written\s+warning|reduction\s+in\s+rank)\b", re.I)


# what proceedings could impose, not what they did: "If the allegations are proven, the panel may decide that he would have
# been dismissed"
_HYPOTHETICAL_SANCTION = re.compile(r"\b(?:if|may|might|could|would\s+face)\b", re.I)


# a sanction told plainly as given to the person the finding was of: the person (by pronoun, rank or name) or the panel or
# chair opening the sentence, then the verb of giving ("He was given a final written warning", "It decided that he would
# have been dismissed for the other allegation"); not a sanction told of in passing ("The sanctions open to the panel
# ranged from ...", "A written warning stays on an officer's record ...")
_GIVEN_PLAINLY = re.compile(
    r"\s*(?:in\s+(?-i:[A-Z])[a-z]+\s+\d{4},?\s+)?"
    r"(?:he|she|the\s+(?:[\w-]+\s+){0,2}?(?:officer|constable|sergeant|inspector|detective|handler|operator|PCSO)"
    r"|(?-i:(?:PC|PS|DC|DS|DI|Sergeant|Inspector|Constable)\s+[A-Z][\w'’-]+)|it|the\s+(?:panel|chair))\s+"
    r"(?:was\s+(?:given|issued|dismissed)|received|gave|issued|dismissed|decided\s+that\s+(?:he|she)\s+would\s+have\s+been\s+dismissed)\b", re.I)
# ... and nothing in it says the sanction was not imposed at this finding: denied, wanted, recommended, expected, hedged,
# undone, or another matter's, another time's or another person's ("No written warning was given", "had asked for",
# "should have received", "In an unrelated matter", "for a similar incident in 2019", "was withdrawn on appeal"; not
# "would have been dismissed", a leaver's), read after the plain opening ("In May 2024 the chair gave ...": its date)
# (like _NOT_THESE_PROCEEDINGS_FINDING for a finding, but a sanction "for the other allegation" is this finding's)
_NOT_IMPOSED_AT_THIS_FINDING = re.compile(
    r"\b(?:no|not|never|nor|unrelated|separate|another|different|other\s+matter|similar|previous(?:ly)?|already|earlier|before|"
    r"expired|expect(?:ed|ing)?|ask(?:ed|ing)|sought|seeking|wanted|recommend(?:ed|ing)?|should|could|might|if|had\s+it|colleague|"
    r"appeal(?:ed|s)?|withdrawn|rescinded|removed|overturned|quashed|set\s+aside|range[ds]?|open\s+to|usual(?:ly)?|stays|remains|"
    r"vetting|convicted|conviction|later|afterwards|after|following|weeks?|months?|years?)\b"
    r"|\bwould\b(?!\s+have\s+been\s+dismissed)|\bhad\s+(?:received|been\s+given|been\s+issued)\b|\b(?:19|20)\d\d\b"
    r"|(?-i:\bmay\b)", re.I)
# a finding proven against someone named in the same sentence as the not-proven one: the people are told apart there
_PROVEN_AGAINST = re.compile(r"(?<!not\s)\bprov(?:en|ed)\s+against\b", re.I)
# a finding that gross misconduct was not proven leaves only misconduct to have been proven
_GROSS_NOT_PROVEN = re.compile(r"\bgross\s+misconduct\s+(?:was\s+|were\s+)?(?:found\s+)?not\s+prov(?:en|ed)\b"
                               r"|\bnot\s+(?:find|found)\s+gross\s+misconduct\b", re.I)


def _imposed_right_after_the_finding(person: Person, sanction: str) -> bool:
    """The sanction given in the sentence that follows the person's finding in the same paragraph, told plainly (a
    sentence later, or one telling of another matter, may be another person's or another case's)."""
    finding = person.evidence.get("outcome", [])
    if not finding or any(_PROVEN_AGAINST.search(s.text) for s in finding):
        return False  # ("proven against PC Birch and not proven against PC Ash. The officer was dismissed": told apart already)
    finding_ends = max(s.end for s in finding)
    return any(
        v == sanction and span.start - finding_ends == 1 and (given := _GIVEN_PLAINLY.match(span.text))
        and not _NOT_IMPOSED_AT_THIS_FINDING.search(span.text, given.end()) for _, v, span in person.sanctions_seen)


def settle(person: Person, cut_off: bool = False, cut_sentence: Span | None = None, told_never_held: bool = False) -> None:
    """Fill what the text leaves open, per the codebook's conventions (``cut_off``: the page stops mid-sentence, in
    ``cut_sentence``; ``told_never_held``: it tells a hearing as never happening, _told_never_held_on_the_page)."""
    f = person.facts
    if person.has_left and f.get("sanction") in _SERVING_SANCTIONS and _BEFORE_IT_COULD.search(
            " ".join(s.text for s in person.evidence.get("left", []))) \
            and not any(_A_PANEL_WOULD_HAVE_GIVEN.search(s.text) for s in person.evidence.get("sanction", [])):
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
    if level == "gross_misconduct" and f.get("proceedings") == "meeting":
        # a misconduct meeting is held for misconduct alone: the gross misconduct hearing read onto one going to it was
        # someone else's, so it never raises their case, and a case no decision gave a level is the meeting's
        level, level_evidence = "misconduct", person.evidence.get("proceedings", [])
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
    if sanction in _SANCTIONS_OF_A_FINDING and f.get("outcome") == "pending" \
            and any(at > (person.outcome_at or 0) and v == sanction and not _HYPOTHETICAL_SANCTION.search(span.text)
                    for at, v, span in person.sanctions_seen):
        # ("... will each attend a misconduct meeting. Both meetings took place in June, and each received a written
        # warning": held since, with a result; pending was what was said before it)
        del f["outcome"]
        person.evidence.pop("outcome", None)
    if sanction in _SANCTIONS_OF_A_FINDING and f.get("outcome") == "not_proven" and f.get("proceedings") in FORMAL_PROCEEDINGS \
            and _imposed_right_after_the_finding(person, sanction):
        # a warning or dismissal imposed, plainly, in the sentence right after the finding shows that something was found proven:
        # the finding was mixed ("found the honesty allegation not proven. He was given a final written warning"), and a
        # mixed finding is proven, at the level the words give where they give one ("amounting to misconduct rather than
        # gross misconduct", "found gross misconduct not proven": misconduct)
        said_not_gross = any(_NOT_GROSS.search(s.text) or _GROSS_NOT_PROVEN.search(s.text) for s in person.evidence.get("outcome", [])
                             + [span for _, v, span in person.sanctions_seen if v == sanction])
        f["outcome"] = "misconduct_proven" if said_not_gross else "proven"
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
        if sanction in DISMISSALS:
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
        if sanction in DISMISSALS:
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
    # (nor a hearing for the one who had gone that a cut page leaves open)
    # (a hearing the page has already told as not held, "was cancelled", "did not go ahead", is open only by the older
    # readings, not by the newer ones that read a departure's own sentence)
    said_not_held = cut_off and f.get("outcome") == "not_held" and bool(person.evidence.get("outcome"))
    for_the_former = cut_off and f.get("proceedings") in ("hearing", "accelerated_hearing") and _hearing_for_the_departed(
        person, cut_sentence, newer=not (said_not_held or told_never_held))
    if said_not_held:
        # (a cut page may go on to hold it after all: "PC Sale resigned, and his hearing was cancelled. The force later
        # rearranged the hearing, which was held in his absence in Octo"; what the page shows is left to the rules below)
        person.forget("outcome")
    if f.get("left") and "outcome" not in f and not went_ahead_without and not said_held_hearing and not for_the_former and (
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
    if person.grade == "misconduct" and not person.downgraded and f.get("outcome") == "gross_misconduct_proven" \
            and sanction in DISMISSALS:
        # gross misconduct found proven, and dismissal: only a case at that level can end so (a misconduct case may be
        # dismissed for a live final written warning, but never found gross misconduct), so the misconduct read for them was
        # the group beside them. (Requiring the finding's own words to name gross misconduct, as review rv257 suggested
        # against a finding inferred from the dismissal, lost three of the six records this reads right: a group’s finding
        # reaches its members without the words.)
        person.grade = "gross_misconduct"
        person.evidence["grade"] = person.evidence.get("grade", []) + person.evidence.get("outcome", [])
    if f.get("proceedings") == "meeting" and (f.get("outcome") == "gross_misconduct_proven" or sanction in DISMISSALS):
        # a misconduct meeting finds misconduct alone and cannot dismiss: for a gross misconduct case found so, or dismissed,
        # the meeting read onto them was others' (the group beside them at a meeting), and their proceedings a hearing;
        # for a misconduct case, found at the meeting, the finding is of misconduct
        if person.grade == "gross_misconduct":
            f["proceedings"] = "hearing"
        elif person.grade == "misconduct" and f.get("outcome") == "gross_misconduct_proven" and sanction not in DISMISSALS:
            f["outcome"] = "misconduct_proven"
    f.setdefault("proceedings", "not_stated")
    f.setdefault("left", "not_stated")
    f.setdefault("outcome", "not_stated")
    f.setdefault("sanction", "not_stated")


# our decision by pronoun after a semicolon: "The third, PC Quayle, had posted far fewer messages; we found she had a case
# to answer for misconduct" (a sentence of its own, its pronoun the one the first part told of)
_OUR_DECISION_BY_PRONOUN = re.compile(r";\s+(?=we\s+(?:also\s+)?(?:found|decided|concluded)\s+(?:that\s+)?(?:he|she)\s+(?:also\s+)?had\s+(?:a|no)\s+case\b)")


def _with_our_decisions_apart(sentences: list[Span]) -> list[Span]:
    """The sentences, each of our decisions by pronoun after a semicolon a sentence of its own, where the part before
    names someone by name (not "The fifth had posted only once; we found he had no case", which the bare place reads)."""
    out: list[Span] = []
    for sentence in sentences:
        at = 0
        for m in _OUR_DECISION_BY_PRONOUN.finditer(sentence.text):
            if not any(p.label for p in find_phrases(sentence.text[at:m.start()])):
                continue
            out.append(Span(sentence.start + at, sentence.start + m.start(), sentence.text[at:m.start()]))
            at = m.end()
        out.append(sentence if at == 0 else Span(sentence.start + at, sentence.end, sentence.text[at:]))
    return out


def resolve_subjects(page: Page) -> list[Person]:
    return Resolver(page).run()
