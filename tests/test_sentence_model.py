"""The learned second reader for organisational learning (casekit.sentence_model) and how the rules consult it.

All report texts here are written for these tests and describe no real event."""

import subprocess
import sys

import pytest

from casekit import rules, sentence_model
from casekit.page import parse_page
from tests.conftest import ROOT, needs_shared

HEAD = "Test case - Kent Police, May 2021\n\nPublished 1 Jan 2023\nInvestigation\n\nAn officer attended a call in Ashford. "


def page_of(*sentences: str):
    return parse_page(HEAD + " ".join(sentences) + "\n")


def criminal_of(body: str) -> str:
    """Criminal indication, as extraction reads it (with the page's own CPS reading), of a page with this body."""
    page = page_of(body)
    return rules.criminal_indication(page, rules.cps_referral(page)).value


# a toy training set in the project's own words: enough for every class and for bigrams seen twice
TOY = [
    ("The force has since changed its custody policy.", "yes"),
    ("The force has since changed its training for call handlers.", "yes"),
    ("We recommended the force change its guidance.", "yes"),
    ("We found no learning for the force.", "no"),
    ("We found no learning for the force in this case.", "no"),
    ("There was no learning for the force to change.", "no"),
    ("The officer attended a training course last year.", "none"),
    ("The policy says officers must check the cells.", "none"),
    ("The officer was under review for an earlier matter.", "none"),
    ("The officer reviewed the footage the next day.", "none"),
]


def test_probabilities_are_scikit_learns():
    """The plain-Python arithmetic extraction uses gives the probabilities scikit-learn's fitted model gives."""
    pytest.importorskip("sklearn")
    sentences, targets = [s for s, _ in TOY], [t for _, t in TOY]
    vectorizer, classifier = sentence_model.fit(sentences, targets)
    model = sentence_model.train(sentences, targets)
    unseen = ["The force has since changed its policy on training.", "No learning was found for the force.",
              "A sentence with no word the model knows"]
    expected = classifier.predict_proba(vectorizer.transform(sentences + unseen))
    for sentence, row in zip(sentences + unseen, expected):
        ours = sentence_model.probabilities(sentence, model)
        assert [ours[c] for c in classifier.classes_] == pytest.approx(list(row), abs=1e-5)


def test_ngrams_are_the_vectorisers():
    assert sentence_model.ngrams("We found NO learning, a b.") == ["we", "found", "no", "learning", "we found", "found no",
                                                                   "no learning"]


def test_training_examples_come_from_the_labels_and_the_rules_evidence():
    unstated = page_of("The officer reviewed the footage.", "He drove back to the station.")
    assert sentence_model.training_examples(unstated, "not_stated", sentence_model.LEARNING, rules.learning_by_rules) == [("The officer reviewed the footage.", "none")]
    learned = page_of("We recommended that Kent Police review its policy on cell checks.")
    examples = sentence_model.training_examples(learned, "yes", sentence_model.LEARNING, rules.learning_by_rules)
    assert examples == [("We recommended that Kent Police review its policy on cell checks.", "yes")]
    # the rules read it otherwise than its label: which sentence carries the label is not known, so nothing is taught
    assert sentence_model.training_examples(learned, "no", sentence_model.LEARNING, rules.learning_by_rules) == []


def test_the_rules_come_first():
    page = page_of("We recommended that Kent Police review its policy on cell checks.")
    found = rules.organisational_learning(page)
    assert found.value == "yes" and not found.rule.startswith("sentence model")


@pytest.mark.parametrize("sentence", [
    "The constabulary told us it is rewriting its guidance for the control room so that such calls are graded higher.",
    "Kent Police has since worked on improving how its control room grades calls from vulnerable people.",
])
def test_the_model_reads_a_wording_no_rule_knows(sentence):
    page = page_of(sentence, "The officer left the scene.")
    assert rules.learning_by_rules(page).value == "not_stated"
    found = rules.organisational_learning(page)
    assert found.value == "yes"
    assert [span.text for span in found.evidence] == [sentence]
    assert found.rule.startswith("sentence model (P=")


def test_someone_elses_no_is_not_offered_to_the_model():
    """The model is sure this is a "no", but it is the coroner's answer, not ours (as the rules hold too)."""
    sentence = "The coroner considered whether the force needed to change anything and concluded that it did not."
    assert sentence_model.probabilities(sentence, sentence_model.LEARNING.model())["no"] > sentence_model.THRESHOLD
    assert rules.organisational_learning(page_of(sentence)).value == "not_stated"


def test_learning_for_the_people_involved_is_not_offered_as_a_yes():
    about_people = "The inspector identified learning for the two response officers about recording their decisions."
    assert not rules._may_say_yes(about_people)
    assert rules._may_say_yes("Kent Police has since worked on improving how its control room grades calls.")


def test_most_confident_gives_the_surest_reading_or_none():
    sure, surer = "We found no learning for the force.", "Kent Police has since changed its custody policy and its training."
    pairs = [(1, sure), (2, surer)]
    model = sentence_model.LEARNING.model()
    p_sure, p_surer = sentence_model.probabilities(sure, model), sentence_model.probabilities(surer, model)
    assert p_surer["yes"] > p_sure["no"] > sentence_model.THRESHOLD
    anything = {"yes": lambda text: True, "no": lambda text: True}
    assert sentence_model.most_confident(pairs, anything, model) == ("yes", 2, p_surer["yes"])
    # the surest reading not allowed: no answer, rather than the lesser "no" of a page that says "yes"
    assert sentence_model.most_confident(pairs, {"yes": lambda text: False, "no": lambda text: True}, model) is None
    assert sentence_model.most_confident(pairs, {"no": lambda text: True}, model) is None
    assert sentence_model.most_confident([(1, sure)], {"no": lambda text: True}, model) == ("no", 1, p_sure["no"])


@needs_shared
def test_the_shipped_model_is_what_training_gives_today():
    """A rule change that moves the rules' evidence on the labelled reports must come with a retrained model."""
    pytest.importorskip("sklearn")
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "train_learning_model.py"), "--check"],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr + "\nretrain: python scripts/train_learning_model.py"


def test_the_offence_model_reads_a_no_said_of_someone_serving_with_the_police():
    sentence = "The investigation found nothing suggesting that the constable had committed a criminal offence."
    page = page_of(sentence)
    cps = rules.cps_referral(page)
    assert rules.criminal_by_rules(page, cps).value == "not_stated"
    found = rules.criminal_indication(page, cps)
    assert (found.value, [s.text for s in found.evidence]) == ("no", [sentence])
    assert found.rule.startswith("sentence model (P=")


@pytest.mark.parametrize("sentence", [
    # the model is as sure of this, but a driver is the public
    "The investigation found nothing suggesting that the driver had committed a criminal offence.",
])
def test_the_offence_model_is_not_offered_a_no_about_someone_else(sentence):
    assert sentence_model.probabilities(sentence, sentence_model.CRIMINAL.model())["no"] > sentence_model.THRESHOLD
    assert criminal_of(sentence) == "not_stated"


def test_the_offence_model_never_says_yes():
    assert set(rules._MODEL_MAY_SAY_NO_OFFENCE) == {"no"}
    assert not rules._may_say_no_offence("The CPS decided that the constable should not be charged with an offence.")


def test_every_reader_has_its_shipped_model():
    for reader in sentence_model.READERS:
        model = reader.model()
        assert tuple(model["classes"]) == sentence_model.CLASSES and model["vocabulary"]
        assert model["trained_on"]["field"] == reader.field


@pytest.mark.parametrize("body", [
    # a "yes" the guards block is not answered by the page's lesser "no"
    "Kent Police has changed how its school liaison team searches pupils. Apart from this, we found nothing else the "
    "force needed to do differently.",
    # a question with no answer
    "We looked at whether there were any lessons for Kent Police.",
    # training for one person, by role
    "The call taker has since completed refresher training on grading calls.",
    "The dog handler has since completed refresher training on recall commands.",
    # a refusal, or nothing to change
    "The force declined to change its pursuit guidance.",
    "Kent Police saw nothing in the case that called for changes to its training.",
    # the case's own handling
    "The force has since issued a formal apology and reviewed the footage again.",
    # a practice that already was, and an intention
    "The force has a policy on the use of spit hoods.",
    "The force is planning to update its pursuit training next year.",
    # someone else's "no", and a complaint review's
    "The coroner found nothing that the force needed to change.",
    "The force's own debrief did not identify anything to change in its procedures.",
    "We did not uphold the review. We did not recommend any change to the decision.",
    # "train" is a word's start: not "restrained"
    "The officer was restrained by colleagues and the man was taken to hospital.",
])
def test_what_the_review_of_the_learned_reader_found(body):
    """Texts like those the fresh-eyes review of the learned reader wrote: each read as learning by its first version,
    and each not_stated by the codebook (as the rules alone read them)."""
    page = page_of(body)
    assert rules.learning_by_rules(page).value == "not_stated"
    assert rules.organisational_learning(page).value == "not_stated"


def test_a_question_and_its_answer_in_one_sentence_is_our_no():
    sentence = "We also asked whether the force should handle such calls differently, and concluded that it should not."
    assert rules._may_say_no(sentence)
    assert not rules._may_say_no("We also asked whether the force should handle such calls differently.")
    assert not rules._may_say_no("The coroner asked whether the force should handle such calls differently, and concluded that it should not.")


def test_model_difference_tolerates_the_sixth_decimal_only():
    pytest.importorskip("sklearn")
    sentences, targets = [s for s, _ in TOY], [t for _, t in TOY]
    model = sentence_model.train(sentences, targets)
    assert sentence_model.model_difference(model, model) is None
    nudged = {**model, "intercepts": [b + 1e-6 for b in model["intercepts"]]}
    assert sentence_model.model_difference(nudged, model) is None
    moved = {**model, "intercepts": [b + 0.01 for b in model["intercepts"]]}
    assert "weights differ" in sentence_model.model_difference(moved, model)
    fewer = {**model, "vocabulary": dict(list(model["vocabulary"].items())[1:])}
    assert "vocabulary differs" in sentence_model.model_difference(fewer, model)


@pytest.mark.parametrize("sentence", [
    "We considered whether his overtaking could amount to a criminal offence and, having read the collision report, decided "
    "there was no indication that it did.",
    "We considered whether any of the officers' messages could amount to a criminal offence and concluded that none did.",
])
def test_our_question_answered_in_the_same_sentence_is_an_offence_no(sentence):
    page = page_of(sentence)
    cps = rules.cps_referral(page)
    assert rules.criminal_by_rules(page, cps).value == "not_stated"
    found = rules.criminal_indication(page, cps)
    assert found.value == "no" and found.rule.startswith("sentence model")


@pytest.mark.parametrize("sentence", [
    # "a public order offence" names the offence, not the public
    "We considered whether the sergeant's shouting in the street could amount to a public order offence and found no "
    "indication that it did.",
    # the threshold or the level not reached, as our answer
    "We considered whether the altered custody entries might amount to a criminal offence but decided the evidence did not "
    "reach that level.",
    "We considered whether any of the posts in the group could amount to a criminal offence and decided that the threshold "
    "was not met.",
    # a bare reply with its reason after a comma, and a reason between our verb and the denial
    "We considered whether the posts met the threshold for an offence under the Malicious Communications Act 1988 and "
    "concluded they did not, as only members of the group could read them.",
    "We considered whether the photographs PC Marsh shared amounted to an offence and concluded, given that the chat was "
    "closed, that there was no indication he had committed one.",
    "We considered whether the altered entries could amount to a criminal offence, and concluded that there was no "
    "indication one had been committed.",
    # our question asked as "thought about"
    "We also thought about whether her use of the patrol car might amount to a criminal offence, and found no "
    "indication that it did.",
    # the evidence not showing it: after "but" alone, and of someone serving named without "that"
    "We also looked at whether the constable may have committed the offence of misconduct in public office, but the "
    "evidence did not indicate that he had.",
    "We considered whether the second strike could amount to an assault, and concluded that the evidence did not indicate "
    "the sergeant had committed a criminal offence.",
])
def test_our_answer_in_new_words_closing_our_question_is_an_offence_no(sentence):
    """The offence model may say "no" of each (some the rules read too, on a page where nothing blocks them)."""
    assert rules._may_say_no_offence(sentence)
    assert criminal_of(sentence) == "no"


def test_no_file_sent_to_the_cps_is_no_charging_decision():
    sentence = "We concluded that none of the four constables had committed such an offence, and no referral was made to the CPS."
    assert rules._may_say_no_offence(sentence)
    assert criminal_of(sentence) == "no"
    # (and our bare reply it closes is still the end of our answer)
    replied = ("We considered whether the sergeant's driving could amount to a criminal offence, and concluded that it did "
               "not, and no referral was made to the CPS.")
    assert rules._may_say_no_offence(replied)
    # (a charging decision is still the CPS's, which presumes an indication)
    assert not rules._may_say_no_offence("We concluded that none of the four constables had committed such an offence, "
                                         "and the CPS decided not to charge them.")


@pytest.mark.parametrize("body", [
    # the public's offence, by the public order offence's name
    "We considered whether the man's shouting at the officers could amount to a public order offence and found no "
    "indication that it did.",
    # (what the review of this widening found: the public in a group, or by their part in the events)
    "We considered whether the marchers' chanting could amount to a public order offence, and concluded that it did not.",
    "We considered whether the cyclist had committed a public order offence when he swore at PC Ives, and concluded that "
    "he had not, as no one else heard it.",
    "We considered whether the fans had committed a public order offence and whether PC Pryce had acted lawfully, and "
    "concluded that they had not.",
    "We considered whether the dog's owner could have committed an offence, and concluded, given that the dog had been on "
    "a lead, that there was no indication he had committed one.",
    "We considered whether the host had committed an offence by refusing the officers entry, and decided there was no "
    "evidence he had.",
    # someone else's thinking, though after our question
    "We considered whether PC Lowe's driving could amount to an offence; PC Lowe himself thought about whether it did and "
    "decided that it did not.",
    # a level that is not the offence's, and a bare reply to a sentence asking two things
    "We considered whether PC Lyle's handling of the dog could amount to an offence, and concluded that his record-keeping "
    "did not reach the level expected of a handler.",
    "We considered whether PC Rowe had been trained in the belt's use and whether its use could amount to a criminal "
    "offence, and found that he had not, because his training had lapsed.",
    # someone's belief, not our question
    "PC Lyle thought about whether he had committed an offence and concluded that he had not.",
    # a threshold for something else
    "We considered whether his driving could amount to an offence, and decided that the threshold for a misconduct notice "
    "was not met for the passenger.",
    # the evidence not showing something else, after "but"
    "We considered whether the constable's use of force could amount to an assault, but the evidence did not show how the "
    "injury was caused.",
])
def test_the_widened_offence_answers_keep_their_guards(body):
    assert criminal_of(body) == "not_stated"


@pytest.mark.parametrize("body", [
    # someone else asks; the answer is about something else; the public named just before
    "The attending officers considered whether his driving could amount to a criminal offence and decided that it did not.",
    "We considered whether his driving could amount to a criminal offence and found no record of the journey.",
    "Mrs Hale had been sent abusive emails by a neighbour. We considered whether the emails could amount to an offence, "
    "and concluded that they did not.",
    # (what the review of the widened offence guard found)
    # an answer that is not a denial of the offence
    "We considered whether the officers' use of force could amount to a criminal offence and decided that the hold "
    "was not necessary by the end.",
    "We considered whether the constable's driving could amount to an offence and concluded that he had not been "
    "driving within the exemptions for police vehicles.",
    # someone else's offence, and a criminal investigation of an officer (an indication, by the codebook)
    "We considered whether the detainee's kicking of the cell door was a criminal offence and concluded that it was not.",
    "We carried out a criminal investigation into whether PC Lowe's driving could amount to an offence and concluded "
    "that it did not.",
    # an officer's own belief, and another's question with "we" in it
    "PC Reid believed he had committed no criminal offence.",
    "A road safety expert we instructed considered whether the officers' decision could amount to an offence and "
    "concluded that it did not.",
])
def test_an_offence_question_not_ours_or_not_answered_is_not_read(body):
    assert criminal_of(body) == "not_stated"


def test_a_change_since_for_every_one_of_a_group_of_staff_is_learning():
    sentence = "Kent Police has since made the course part of the annual training for every officer who works in its custody suites."
    page = page_of(sentence)
    # (the model read it first; since check-48 the rules read "made ... part of the training for every ...")
    assert rules.organisational_learning(page).value == "yes"
    # the people involved, even with "since", stay the rules' own reading
    assert not rules._may_say_yes("Kent Police has since given both officers involved refresher training on restraint.")


@pytest.mark.parametrize("sentence", [
    # staff by their posts: every one of them, or a post in the plural with no one pointed at
    "Since these events, every custody sergeant and detention officer in the force has been trained again on rousing "
    "checks.",
    "Lancashire Constabulary has since removed the low-risk grading from its policy and trained its response officers on "
    "the change.",
    "Surrey Police has since sent all its special constables new guidance on driving marked cars, and has tightened its "
    "checks on vehicle logs.",
    # any holder of a post doing the new rule's work
    "Durham Constabulary told us that, since these events, a supervisor reviews every open harassment investigation each "
    "week.",
    # a check against records, and things replaced
    "Since these events, supervisors at the force's custody suites have been required to compare a sample of recorded cell "
    "visits against CCTV on each shift.",
    "Cleveland Police has since replaced them in all of its custody suites, as part of a change to its procedures.",
    # the force's report to us, in the past perfect
    "After our investigation, Cumbria Constabulary told us that everyone working in its control room had completed "
    "refresher training on grading calls.",
    # "both" of things, not of people
    "Kent Police has since required call handlers to search both of its record systems for every report of a missing "
    "person with dementia.",
    # the complaint the matter began with, as the time the change came after
    "Since the complaint was made, Dorset Police has introduced a monthly review of a sample of stop and search records.",
    "Following the woman's complaint, Dorset Police has introduced a weekly review of every open stalking investigation "
    "by specialist officers.",
])
def test_a_change_since_for_a_group_of_its_staff_is_what_the_model_may_read(sentence):
    assert rules._may_say_yes(sentence)
    assert rules.organisational_learning(page_of(sentence)).value == "yes"


@pytest.mark.parametrize("sentence, value", [
    ("We made four recommendations to the Met.", "yes"),
    ("We made two recommendations to the Home Office.", "yes"),
    ("We also made a number of recommendations to the MPS about how children are searched.", "yes"),
    # a disciplinary recommendation, someone's findings, and recommendations about someone's case
    ("We recommended that the Met bring misconduct proceedings against PC Hale.", "not_stated"),
    ("We recommended that the Home Office pathologist's report be shared with the woman's family.", "not_stated"),
    ("We made a number of recommendations to Dorset Police about the misconduct proceedings for the two officers.", "not_stated"),
])
def test_recommendations_to_a_national_body_or_by_a_number(sentence, value):
    assert rules.learning_by_rules(page_of(sentence)).value == value


@pytest.mark.parametrize("body", [
    # a member of the public named just before an officer-named "no" does not block it
    "PC Lane struck Mr Daly twice with his baton. We were satisfied that PC Lane had committed no criminal offence.",
    # our question after an opening clause is still ours
    "Having watched the dashcam footage, we considered whether his driving could amount to a criminal offence and "
    "decided there was no indication that it did.",
])
def test_the_offence_reader_still_reads_these(body):
    page = page_of(body)
    cps = rules.cps_referral(page)
    if rules.criminal_by_rules(page, cps).value == "not_stated":
        assert rules.criminal_indication(page, cps).value == "no"


@pytest.mark.parametrize("sentence", [
    "Every officer involved in the restraint has since completed refresher training in first aid.",
    "Since the incident, every officer who attended has completed refresher training on positional asphyxia.",
])
def test_every_one_of_the_people_involved_is_not_a_group_of_staff(sentence):
    assert not rules._may_say_yes(sentence)
    assert rules.organisational_learning(page_of(sentence)).value == "not_stated"



# Read after check-35 (twenty-eighth change), narrowed by its review.
@pytest.mark.parametrize("sentence", [
    # "since these events" dates a change as "since the incident" does, and a compound ("officer safety") names no one
    "Since these events, Kent Police has added a module on spotting head injuries to the yearly officer safety course "
    "taken by all of its response officers.",
    # "missing person" is a kind of case, not a person
    "The force has since begun checking every missing person search strategy within the hour.",
    # (a staffing minimum for a post is a new measure, learning by the codebook; it was blocked only because its post
    # named people, and the thirty-seventh stop reads past a post in the plural no one is pointed at)
    "Kent Police has since set a minimum number of detention officers for each night shift in its custody suites.",
])
def test_a_dated_change_for_the_forces_staff_may_be_a_yes(sentence):
    assert rules._may_say_yes(sentence)


@pytest.mark.parametrize("sentence", [
    "Since these events, the two detention officers have completed refresher training on rousing checks.",
    "The custody sergeant has since been given further training on rousing checks.",
    "Since the incident, officers who attended have had refresher training on restraint.",
    # (the review of this change: the people involved in other words, and sanctions on a group)
    "Since these events, officers on the shift have been reminded of the guidance on cell checks.",
    "Since these events, the custody staff working that night have completed refresher training.",
    "Since these events, detectives in the unit have been suspended while the force reviews their cases.",
])
def test_particular_people_are_never_a_yes(sentence):
    assert not rules._may_say_yes(sentence)


def test_a_change_for_every_call_handler_since_these_events_is_learning():
    sentence = ("Since these events, every call handler in Kent Police's contact centres has completed refresher training on "
                "grading calls about stalking.")
    page = page_of(sentence)
    # (the model read it first; since the fifty-fourth stop the rules read it too, as learning for a group of staff)
    assert rules.learning_by_rules(page).value == "yes"
    found = rules.organisational_learning(page)
    assert found.value == "yes" and [span.text for span in found.evidence] == [sentence]


@pytest.mark.parametrize("body", [
    "We looked at whether any of the officers might have committed a criminal offence and concluded that the evidence did "
    "not indicate this.",
    "We also considered whether either constable may have committed a criminal offence. We decided that the evidence did "
    "not reach that threshold.",
])
def test_our_offence_question_answered_no_in_other_words(body):
    assert criminal_of(body) == "no"


@pytest.mark.parametrize("body", [
    # (the review of this change: an offence named, of a member of the public)
    "We considered whether the conduct of the neighbour could amount to assault, and concluded that it did not.",
    "We considered whether the man's actions could amount to a criminal offence, and concluded that the evidence did not "
    "indicate this.",
])
def test_an_offence_of_a_member_of_the_public_is_not_our_no(body):
    assert criminal_of(body) == "not_stated"


# Read after check-36 (twenty-ninth change). A role let through the guard when the force made the change since the
# events was taken back after two reviews: the people involved and sanctions on them come in too many wordings.
@pytest.mark.parametrize("sentence", [
    "The force has since given the custody sergeant further training on rousing checks.",
    "Kent Police has since reminded the two constables of the guidance on body-worn video.",
    "The force has since given him management advice about his note-taking.",
    "It has since given the officers involved refresher training on restraint.",
    "Since these events, the force has given call handlers working that shift further guidance on risk questions.",
    "The force has since reminded PC Hale and PC Moore of the need to record their searches.",
    "Since the incident, the force has retrained officers concerned in the pursuit.",
    # (sanctions)
    "Since these events, the force has suspended detectives in the unit while it reviews their cases.",
    "The force has since dismissed the constable and reminded staff of the standards expected.",
    # (the reviews of this change: sanctions, names, one of them, those who were there, the case's own people, one
    # person's training, a practice that already was)
    "Since these events, Kent Police has issued written warnings to three of its officers.",
    "Since these events, the force has reminded Sergeant Lowe and Officer B of the guidance on restraint.",
    "Since the incident, the force has arranged refresher training for a constable on its response team.",
    "The force has since arranged refresher training for each officer who entered the cell.",
    "The force has since arranged for a different team of officers to look again at the victim's crime report.",
    "The force has made sure they have completed refresher training on vehicle pursuits since these events.",
    "The force has arranged refresher training on pursuits for officers in its roads policing unit.",
    "Since these events, the force has arranged misconduct meetings for officers of the Crawley response team.",
    "Since these events, the force has briefed the night shift custody sergeant on the guidance.",
    "The DI has since had refresher training on supervising domestic abuse investigations.",
    "The force has had written procedures on rousing checks since 2016.",
    # (with a group of its staff by their posts now read past: the people involved, pointed at, by their shift, a change
    # still weighed, a year before the events)
    "Since these events, the force has given the officers refresher training on restraint.",
    "Since these events, Kent Police has given both sergeants words of advice about supervision.",
    "Since these events, Kent Police has given both constables in the team words of advice about its systems.",
    # ("both" of a compound that names people, and of their own things: the rv135 review)
    "Since the investigation, Kent Police has sent both response team officers on refresher training in detainee welfare.",
    "Since the incident, Kent Police has given both unit sergeants further training on risk management.",
    "Since the investigation, Kent Police has added a note to both of their training records.",
    # (the complaint's own handling, after it)
    "Since the complaint was made, the force has apologised to the woman and reopened the investigation.",
    "Following her complaint, the force has given the officer management advice about his notes.",
    # (the rv136 review: another body's change, one person by a role, and a complaint that may be another's)
    "Following the complaint, the ambulance trust has since introduced a new handover form for shared calls.",
    "Following the complaint, Kent Police has since suspended the trainee's driving permit.",
    "Following that complaint, Kent Police introduced a noise nuisance protocol with the council.",
    "Since these events, the two constables involved have completed refresher training.",
    "Since these events, the sergeant has completed refresher training on rousing checks.",
    "Since these events, the force has given call handlers working that shift further guidance on risk questions.",
    "Since these events, the force has been looking at a change so that supervisors review every grading.",
    "Kent Police told us that, since these events, it had introduced the audit of cell visits in 2015.",
    # (what the review of that reading found: those we investigated, by their own words, and one of them)
    "Since then, Dorset Police has given officers whose conduct we investigated further first aid training.",
    "Since these events, Dorset Police has given officers in this case refresher training on cell checks.",
    "Since these events, Dorset Police has given sergeants and constables we investigated refresher training.",
    "Since then, Dorset Police has given officers A, B and C refresher training on handcuffing.",
    "Since then, the force has given nine officers refresher training on the use of force.",
    "Since these events, Dorset Police has given all seven constables refresher training in restraint.",
    "Since these events, Dorset Police has given a staff member in its control room further training on grading.",
    "Since these events, Dorset Police has reviewed every shift the sergeant worked that month.",
    "Since these events, Dorset Police has agreed that a sergeant can return to custody duties once retrained.",
    # a practice that already was, or what people did, told us in the past perfect
    "Since these events, Dorset Police has told us that its call handlers had received this training for several years.",
    "Following the incident, Dorset Police told us that custody staff had already been trained in this before the incident.",
    "Since these events, Dorset Police has told us that officers had followed the search policy correctly.",
])
def test_a_change_the_force_made_for_particular_people_or_a_sanction_is_never_a_yes(sentence):
    assert not rules._may_say_yes(sentence)


@pytest.mark.parametrize("sentence, value", [
    ("We looked carefully at whether there was anything for BTP as an organisation to learn from the incident, and "
     "concluded that there was not.", "no"),
    ("We considered closely whether there was anything for the force to change after the pursuit, and found none.", "no"),
    ("We considered whether there was anything for the force to improve, and decided there was not.", "no"),
    # (a question about the force as well as the people involved is still a learning question)
    ("We considered whether there was any learning for the officers or for the force, and decided there was none.", "no"),
    # (not someone else's question, nor a change to one decision, nor lessons for the people involved)
    ("At the inquest, the coroner looked carefully at whether there was anything for the force to learn, and decided "
     "that there was not.", "not_stated"),
    ("We considered whether there was anything for the force to change in the outcome of the complaint, and decided that "
     "there was not.", "not_stated"),
    ("We also considered closely whether there were any lessons for the two officers, and found none.", "not_stated"),
    ("We did not identify any lessons for PC Wade arising from the way he drove.", "not_stated"),
    # (anything for someone serving to learn is the people involved, not the organisation)
    ("We looked carefully at whether there was anything for PC Lane to learn from the incident, and concluded that there "
     "was not.", "not_stated"),
])
def test_asked_whether_there_was_anything_for_the_force_to_learn(sentence, value):
    assert rules.learning_by_rules(page_of(sentence)).value == value
    assert rules.organisational_learning(page_of(sentence)).value == value



@pytest.mark.parametrize("sentence", [
    # (the second review of the twenty-ninth change: an offence said to be possible is an indication, never the model's "no")
    "We decided that the constable's conduct could amount to a criminal offence of misconduct in public office.",
    "We concluded that the sergeant may have committed a criminal offence of misconduct in public office.",
    "We were not able to rule out that the officer had committed a criminal offence.",
    # (the review of this guard: other words for the same)
    "We found that a criminal offence may have been committed by the constable.",
    "We concluded that the sergeant's conduct could potentially amount to a criminal offence.",
    "It could not be ruled out that the constable had committed a criminal offence of theft.",
])
def test_an_offence_said_to_be_possible_is_never_the_offence_models_no(sentence):
    assert criminal_of(sentence) != "no"


@pytest.mark.parametrize("sentence", [
    "There was nothing to suggest that the constable may have committed a criminal offence.",
    "We considered whether his driving could amount to a criminal offence and concluded that it did not.",
    # (someone's claim we answered, and a denial by "rule out", stay the model's to read)
    "We concluded that the allegation that the constable may have committed a criminal offence of theft was unfounded.",
    "The evidence allowed us to rule out that the constable had committed any criminal offence.",
])
def test_an_offence_denied_is_still_a_no(sentence):
    assert criminal_of(sentence) == "no"


# --- after reading check-38: our question answered in other words -------------------------------------------------

@pytest.mark.parametrize("body", [
    # the IPCC is the IOPC's former name; misconduct in public office is an offence of office holders, not of the public
    "The IPCC considered whether either detention officer might have committed the offence of misconduct in public office, "
    "and concluded there was no indication that either had.",
    "The IPCC considered whether the custody sergeant or the detention officer might have committed an offence of "
    "manslaughter, or misconduct in public office, and concluded there was no indication that any of them had.",
])
def test_the_ipcc_asking_about_misconduct_in_public_office_is_our_question_about_them(body):
    assert criminal_of(body) == "no"


@pytest.mark.parametrize("body", [
    # health workers and ambulance crews serve with no police force
    "The IPCC considered whether the custody nurse might have committed an offence of neglect, and concluded that she had not.",
    "We considered whether the ambulance crew had committed an offence by leaving the man, and concluded that they had not.",
    # a question about the officers' handling of someone else's offence, answered: not a finding about their own
    "We considered whether any of the officers had recorded the assault she reported as a criminal offence, and concluded "
    "that none of them had.",
])
def test_what_is_not_our_offence_question_about_those_serving(body):
    assert criminal_of(body) == "not_stated"


# Eighth stop: the rule a force has made since the events names whoever does that work from now on. Read on parts
# already read, where the reader was sure of a "yes" and its guard refused it over the rule's roles.
@pytest.mark.parametrize("sentence", [
    # (wordings the patterns do not read, so the reader is asked)
    "After we raised this, Kent Police altered its custody system so that staff must now record a reason before they "
    "close a detainee's risk assessment.",
    "Since this case, Kent Police has looked again at how it stores seized drugs at its stations, and now requires two "
    "members of staff to be present whenever a drugs safe is opened.",
    "Since these events, Kent Police has made it a requirement that any report of a missing child with a trafficking "
    "marker is graded as high risk until an inspector has looked at it.",
    "The force has told us that it has since begun a review by the duty sergeant of every bail decision made overnight.",
    # (and past a comma into who does what: ", who must confirm ...")
    "Kent Police has since made the closure of any report about a missing child subject to review by an inspector, who "
    "must confirm that the child has been seen.",
    # ("has had" since the events is a change, like "has completed")
    "Since these events, every detention officer in Kent Police's custody suites has had refresher training on rousing "
    "checks.",
])
def test_a_rule_the_force_made_since_may_be_a_yes(sentence):
    assert rules._may_say_yes(sentence)


@pytest.mark.parametrize("sentence", [
    # a rule for particular people is their own measure
    "Since these events, the force has made it a requirement for both officers to be supervised on every shift.",
    "Since these events, the force has made it a requirement for the custody sergeant to be supervised on every shift.",
    "After we raised this, the force changed his duties so that he must now work alongside a tutor constable.",
    "Since the incident, the force has changed the rota so that the officers involved must now work apart.",
    # the roles outside the rule still count ("officers who attended" are the people involved)
    "Since the incident, officers who attended have been told that they must now record every search.",
    # no date after the events: a rule that may always have been
    "Kent Police's guidance requires two members of staff to be present whenever a cell is opened at night.",
    "The force has had a requirement that staff must check cells every hour since 2016.",
    # (found by its review: "has since 2015" is no date after the events; a rule weighed, not made; another body's rule,
    # or ours)
    "The force told us that any release of a detainee still needs sign-off by an inspector, as it has since 2015.",
    "Since these events, the force has agreed to consider a requirement that all response officers retrain every year.",
    "Since these events, the force has been looking at a change to its script so that call handlers must now ask about "
    "weapons.",
    "Since the incident, the hospital has changed its procedures so that nurses must now tell the police before they "
    "discharge a detainee.",
    "Since these events, we have changed our own procedures so that our assessment staff must now confirm each referral.",
])
def test_a_rule_for_particular_people_or_without_a_date_is_never_a_yes(sentence):
    assert not rules._may_say_yes(sentence)


@pytest.mark.parametrize("before, expected", [
    # (tenth stop) "he" is the officer the sentence before named, where no one of the public is named near it; else it may
    # be anyone
    ("", "no"),
    ("He was stopped by a man outside the shop.", "not_stated"),
])
def test_the_offence_models_no_by_pronoun_is_the_officers_just_named(before, expected):
    sentence = "The investigation found nothing suggesting that he had committed a criminal offence."
    assert sentence_model.probabilities(sentence, sentence_model.CRIMINAL.model())["no"] > sentence_model.THRESHOLD
    assert criminal_of(" ".join(filter(None, (before, sentence)))) == expected
