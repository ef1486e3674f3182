"""Report-level rules on short texts written for these tests (fictional)."""

import re

import pytest

from casekit import extract_text, rules
from casekit.page import parse_page
from casekit.rules import normalise_ref
from casekit.schema import canonical_force, find_forces


def record(body: str, title: str = "Fictional case – Exampleshire Police, March 2022", tail: str = ""):
    return extract_text(f"{title}\n\n{body}\n{tail}").fields


@pytest.mark.parametrize("variant, canonical", [
    ("the Met", "Metropolitan Police Service"), ("Metropolitan Police", "Metropolitan Police Service"),
    ("MPS", "Metropolitan Police Service"), ("Dyfed Powys Police", "Dyfed-Powys Police"),
    ("Avon & Somerset Police", "Avon and Somerset Constabulary"), ("Hampshire Constabulary", "Hampshire and Isle of Wight Constabulary"),
    ("Devon and Cornwall Constabulary", "Devon and Cornwall Police"), ("Wiltshire Constabulary", "Wiltshire Police"),
    ("Kent Police", "Kent Police"), ("HMRC", "HM Revenue and Customs"),
])
def test_force_variants_map_to_canonical_names(variant, canonical):
    assert canonical_force(variant) == canonical


def test_police_and_crime_bodies_are_not_forces():
    assert find_forces("Exampleshire and Kent Police and Crime Commissioner") == []
    assert find_forces("the Cambridgeshire Police and Crime Panel") == []


def test_forces_title_first_then_body_forces_tied_to_conduct():
    fields = record("Officers from Essex Police found the car. "
                    "Two Kent Police officers were served with misconduct notices.",
                    title="Pursuit ends in collision – Sussex Police, May 2019")
    # Essex officers only appear in the narrative: bystanders, not a subject force
    assert fields["forces"] == ["Sussex Police", "Kent Police"]


def test_body_force_when_the_title_names_none():
    fields = record("Officers from Kent Police arrested a man.", title="Recommendation - College of Policing, May 2019")
    assert fields["forces"] == ["Kent Police"]


@pytest.mark.parametrize("body, expected", [
    ("A man was detained in a town by Exeter Wessex Police under the Mental Health Act.", []),  # no such force
    ("A man was detained in Yeovil by Avon and Somerset Constabulary under the Mental Health Act.",
     ["Avon and Somerset Constabulary"]),
    ("The first report was never progressed by either Kent Police or GMP.", ["Kent Police", "Greater Manchester Police"]),
    ("The family made a complaint against Dorset Police.", ["Dorset Police"]),
    ("We have also published recommendations for the Metropolitan Police Service.", ["Metropolitan Police Service"]),
    ("An investigation into how Lancashire Constabulary dealt with her calls.", ["Lancashire Constabulary"]),
    ("An investigation into the contact Dorset Police had with a woman.", ["Dorset Police"]),
    ("Devon and CornwallPolice was not made aware of the call.", ["Devon and Cornwall Police"]),
    # a force told of something, or phoned, is not the one whose handling was looked at
    ("A member of the public made a complaint to Cambridgeshire Constabulary.", []),
    ("She reported him missing to Bedfordshire Police.", []),
])
def test_a_body_force_that_acted_when_the_title_names_none(body, expected):
    fields = record(body, title="National recommendation - National Police Chiefs' Council, May 2016")
    assert fields["forces"] == expected


@pytest.mark.parametrize("body, expected", [
    # a force only told, phoned or passing by stays a bystander when the title names the force
    ("The family reported him missing to Avon and Somerset Constabulary, who passed the report on.", []),
    ("Officers from Avon and Somerset Constabulary found the man and called an ambulance.", []),
    ("A complaint against Avon and Somerset Constabulary was made later.", []),
    # one whose officers took the person in hand acted in the events investigated (as the shared gold reads it)
    ("A man was detained by Avon and Somerset Constabulary officers and handed over.", ["Avon and Somerset Constabulary"]),
    ("At the station the man was arrested and searched by British Transport Police (BTP) officers, then driven to a cell.",
     ["British Transport Police"]),
    ("The driver ran off but was detained by both Devon and Cornwall and Metropolitan Police Service (MPS) officers.",
     ["Metropolitan Police Service"]),
    # ("he" may be the officer under investigation, arrested by another force)
    ("At the station he was arrested by British Transport Police (BTP) officers, then driven to a cell.", []),
    ("Dorset Police officers arrested a man on suspicion of theft.", ["Dorset Police"]),
])
def test_a_body_force_when_the_title_names_the_force(body, expected):
    fields = record(body, title="Death in custody - Devon and Cornwall Police, May 2016")
    assert fields["forces"] == ["Devon and Cornwall Police"] + expected


# (the thirty-eighth stop) a body force whose post is named in a sentence about conduct, or whose officers' conduct it
# referred or we investigated, is a subject force; a force only named beside a post outside such a sentence stays a bystander
@pytest.mark.parametrize("body, expected", [
    ("We found that the Wiltshire Police inspector had no case to answer.", ["Wiltshire Police"]),
    ("The Wiltshire Police driver and a Devon and Cornwall sergeant had a case to answer for misconduct.", ["Wiltshire Police"]),
    ("Wiltshire Police later referred the conduct of its two detention officers to us.", ["Wiltshire Police"]),
    ("We investigated the actions of a Wiltshire Police traffic officer who joined the pursuit.", ["Wiltshire Police"]),
    ("A Wiltshire Police inspector took over command of the pursuit at the county boundary.", []),
    ("The pursuit passed to the Wiltshire Police control room, and the officers had a case to answer for misconduct.", []),
    ("Wiltshire Police later sent the man's records to us.", []),
    # (rv137: a post named in passing in a sentence about conduct is no subject force)
    ("A Wiltshire Police detective gave evidence at the gross misconduct hearing of the two constables.", []),
    ("A Wiltshire Police inspector reviewed the conduct of the officers on behalf of the force.", []),
    ("The constable had not completed the Wiltshire Police driver training course, and we found he had a case to answer.", []),
    ("We investigated the actions of the officers who detained the man, after a Wiltshire Police officer had found him.", []),
    ("Wiltshire Police later reviewed the misconduct investigation, and agreed with its findings.", []),
])
def test_a_body_force_by_its_post_or_its_referral_in_a_sentence_about_conduct(body, expected):
    fields = record(body, title="Death in custody - Devon and Cornwall Police, May 2016")
    assert fields["forces"] == ["Devon and Cornwall Police"] + expected


def test_title_forces_with_typos_or_bare_places():
    assert record("Text.", title="Recommendation - Metroplitan Police Service, May 2016")["forces"] == ["Metropolitan Police Service"]
    assert record("Text.", title="Dog bite - Devon and Cornwall, September 2017")["forces"] == ["Devon and Cornwall Police"]
    assert record("Text.", title="Recommendations - Sussex police, April 2020")["forces"] == ["Sussex Police"]


@pytest.mark.parametrize("title, month", [
    ("A case – Kent Police, September 2023", "2023-09"),
    ("A case – Kent Police, January and February 2019", "2019-02"),
    ("A case – Kent Police, Sept 2019", "2019-09"),
    ("A case – Kent Police, 2019", None),
    ("A case – Kent Police, March", None),
    # the codebook: the last "Month YYYY", wherever it sits (a few titles put the force after it)
    ("Recommendation - October 2016, Kent Police", "2016-10"),
    ("A case in March 2018 – Kent Police, June 2018", "2018-06"),
    ("A case – Kent Police, 2014/15", None),
])
def test_incident_month_follows_the_title(title, month):
    assert record("Nothing else.", title=title)["incident_month"] == month


@pytest.mark.parametrize("raw, ref", [
    ("2017-091299", "2017/091299"), ("2017090856", "2017/090856"), ("22017/082348", "22017/082348"),
    ("2023/197352", "2023/197352"), ("no ref found", None), (None, None),
])
def test_reference_normalisation(raw, ref):
    assert normalise_ref(raw) == ref


def test_published_and_tags_from_the_page_furniture():
    fields = record("Body text here.", tail="\nPublished 3 September 2025\nIOPC reference\n2023/000777\nTags\n• Custody\n• Kent Police")
    assert fields["iopc_ref"] == "2023/000777" and fields["tags"] == ["Custody", "Kent Police"]


def test_published_line_under_the_title():
    text = "A case – Kent Police, May 2024\n\nPublished 12 Jan 2026\nInvestigation\n\nA sentence of body."
    assert extract_text(text).fields["published"] == "2026-01-12"


@pytest.mark.parametrize("body, expected", [
    ("Our view was that there was no indication any officer had committed a criminal offence.", "no"),
    ("We found an indication that the sergeant may have committed a criminal offence of assault.", "yes"),
    ("The officer was interviewed under criminal caution.", "yes"),
    ("We sent a file to the Crown Prosecution Service about the constable.", "yes"),
    ("We found no indication that anyone behaved in a manner justifying disciplinary proceedings.", "not_stated"),
    ("Nothing in the evidence we found suggested that the sergeant had committed a criminal offence.", "no"),
    ("We saw nothing to indicate that a criminal offence was committed by any officer.", "no"),
    ("We weighed possible theft by the constable, but did not find an indication that an offence had been committed.", "no"),
    ("Our conclusion was that nothing indicated any police officer had committed a criminal offence.", "no"),
    ("We found no indication that anyone serving with the police had committed a crime.", "no"),
    # an officer told they will be investigated criminally is under criminal investigation
    ("We gave the sergeant a misconduct notice and told him he would also be investigated criminally for assault.", "yes"),
    ("We told the woman that the man who hit her would be investigated criminally by another force.", "not_stated"),
    # an interview as a suspect of a crime outranks a closing "no indication"
    ("We spoke to all four officers under misconduct caution; one officer was also criminally interviewed. We found no "
     "indication that any officer had committed an offence.", "yes"),
    ("Our investigators took statements from witnesses, viewed the footage and criminally interviewed the driver of the "
     "police car.", "yes"),
    ("We interviewed the constable about allegations of misconduct in public office.", "yes"),
    # (after the freeze, a miss of the review) an interview on suspicion of a crime, of someone serving
    ("The sergeant was interviewed on suspicion of assault. We later decided he had a case to answer.", "yes"),
    ("The man was interviewed on suspicion of assault. We found no indication that any officer had committed an offence.",
     "no"),
    # (after check-83 was read) our question and its answer in one sentence, in two more wordings
    ("We looked at whether any of the posts might amount to an offence under the Communications Act 2003, and concluded "
     "that none reached the threshold for a criminal offence.", "no"),
    ("We also looked at whether the constable's driving could amount to a criminal offence and concluded the evidence "
     "did not indicate that it did.", "no"),
])
def test_criminal_indication(body, expected):
    assert record(body)["criminal_indication"] == expected


@pytest.mark.parametrize("body, expected", [
    ("We referred a file of evidence to the CPS.", "yes"),
    ("The CPS decided to charge the officer with assault.", "yes"),
    ("The CPS later discontinued the case against the man.", "no"),
    ("Nothing about prosecutors here.", "no"),
    # the name itself says "Prosecution": no decision without a referral or a charge
    ("The sergeant was said to have been slow to liaise with the Crown Prosecution Service.", "no"),
    ("Exampleshire Police did not refer the burglary file to the CPS.", "no"),
    ("A file on the two suspects went to the CPS in May.", "no"),
    ("We submitted our report, with statements from the man and the officers, to the CPS.", "yes"),
    ("Prosecutors at the CPS brought no criminal proceedings against the constable.", "yes"),
    ("The detention officer's file was passed to the CPS, who decided not to charge.", "yes"),
    # (read after check-53, a twelfth round) a referral considered and decided against; (found by its review) not "found no
    # reason not to", with the file sent
    ("The constable was interviewed under criminal caution. We considered referring a file to the Crown Prosecution Service "
     "but decided the evidence was not strong enough to meet the threshold for doing so.", "no"),
    ("The constable was interviewed under criminal caution. We considered whether to refer a file to the Crown Prosecution "
     "Service but found no reason not to, and a file was sent in March.", "yes"),
])
def test_cps_referral(body, expected):
    assert record(body)["cps_referral"] == expected


@pytest.mark.parametrize("body, title, expected", [
    ("We did not identify any organisational learning in this matter.", None, "no"),
    ("We recommended that the force review its custody training.", None, "yes"),
    ("Our investigation highlighted a need for Kent Police to update its guidance.", None, "yes"),
    ("We made our recommendation to Kent Police in May.", None, "not_stated"),
    ("A short context paragraph.", "Recommendation - Kent Police, May 2020", "yes"),
    ("The force will give the officer individual learning.", None, "not_stated"),
    ("We recommended that Kent Police remind its call handlers to check the caller's history.", None, "yes"),
    ("Since the incident, Kent Police reviewed its own vehicle procedures.", None, "yes"),
    ("We searched for wider lessons for the force and found none.", None, "no"),
    ("We also considered whether there was any wider learning for the force.", None, "not_stated"),
    ("We recommended that the sergeant take part in reflective practice about his checks.", None, "not_stated"),
])
def test_organisational_learning(body, title, expected):
    kwargs = {"title": title} if title else {}
    assert record(body, **kwargs)["organisational_learning"] == expected


@pytest.mark.parametrize("body, expected", [
    # a member of the public cautioned or investigated is no indication about police
    ("The man was interviewed under caution for an alleged offence of theft.", "not_stated"),
    ("Police began a criminal investigation into his conduct after the man fled.", "not_stated"),
    ("We interviewed the officer under caution for an alleged offence of assault.", "yes"),
])
def test_criminal_indication_is_about_people_serving_with_the_police(body, expected):
    assert record(body)["criminal_indication"] == expected


@pytest.mark.parametrize("body, expected", [
    ("The custody sergeant found there was no need for a doctor.", "not_stated"),
    ("The custody nurse noted improvements in his condition.", "not_stated"),
    ("The sergeant said he would review the footage in line with force policy.", "not_stated"),
    ("We made two learning recommendations to the Chief Constable.", "yes"),
    ("Exampleshire Police agreed to review its policy on warning markers.", "yes"),
])
def test_organisational_learning_needs_an_organisation(body, expected):
    assert record(body)["organisational_learning"] == expected


@pytest.mark.parametrize("body, expected", [
    # a force's own measures, promised or already taken, are organisational learning
    ("Exampleshire Police agreed to issue fresh guidance to every control room supervisor.", "yes"),
    ("The constabulary proposed to revisit how its call handlers are trained.", "not_stated"),  # no object named
    ("They proposed to review their call handler training in the coming year.", "yes"),
    ("The force said it would be improving record-keeping for stop and search.", "yes"),
    ("The force has since updated its procedure for recording bail conditions.", "yes"),
    ("Exampleshire Police had made changes to their internal processes for vetting.", "yes"),
    ("Improvements had been made to the working practices of the custody suite.", "yes"),
    ("The force told us it would take learning from the case for its detention staff.", "yes"),
    ("What the report found will be used in the training of dog handlers.", "yes"),
    ("The revised advice has now been circulated to all staff.", "yes"),
    ("Our report identified a failing by the inspector and learning for Exampleshire Police.", "yes"),
    ("Staff working within the busy front office would benefit from a refresher on the policy.", "yes"),
    # ... but guidance given one person is that person's
    ("The force agreed to give the sergeant guidance on record-keeping.", "not_stated"),
    ("Our investigators reviewed the force's policies and procedures.", "not_stated"),
    # learning for a group of its staff, to be addressed by their managers
    ("The force found learning to be taken forward by team leaders so that all call handlers understand the risk grades.",
     "yes"),
    ("We considered whether there was learning so that staff understand the policy better, and found none.", "no"),
    # the force's own steps since, its report sent round its staff, our suggestion of a change, a lack in the force
    # itself, a practice found wanting that it will put right
    ("Exampleshire Police has since taken steps to ensure that referrals reach us within a day.", "yes"),
    ("The force said it would arrange for our report to be circulated to relevant members of staff as a reminder.", "yes"),
    ("We also suggested that the force might wish to introduce a written checklist for cell cleaning.", "yes"),
    ("The investigation highlighted that Kent Police does not have enough trained resources to run two searches at once.", "yes"),
    ("The force told us its procedures for recording the rationale were not robust enough and that it would ensure "
     "these are rectified.", "yes"),
    # ... not steps for the person, nor a change suggested for one officer
    ("Steps were taken to ensure the man was safe before he was released.", "not_stated"),
    ("We suggested that the sergeant should receive words of advice about his notes.", "not_stated"),
])
def test_organisational_learning_from_the_forces_own_measures(body, expected):
    assert record(body)["organisational_learning"] == expected


@pytest.mark.parametrize("body, expected", [
    # the "no" finding in other words, about people serving with the police
    ("We did not think there was any indication that a constable present had committed a criminal offence.", "no"),
    ("We found no evidence pointing to criminality by the two sergeants.", "no"),
    ("There was insufficient evidence to show that any officer had committed an offence.", "no"),
    ("There was no indication that the custody officer had committed a crime.", "no"),
    # ... not about the man's crime, nor an officer's handling of one
    ("There was no evidence that the man had committed an offence.", "not_stated"),
    ("There was insufficient evidence that the two officers failed to record a crime.", "not_stated"),
])
def test_criminal_indication_no_in_other_words(body, expected):
    assert record(body)["criminal_indication"] == expected


@pytest.mark.parametrize("body, expected", [
    # measures a force has already put in place
    ("Exampleshire Police has since introduced a new process for booking voluntary interviews.", "yes"),
    ("During our inquiry the constabulary put in place a policy on welfare checks for suspects.", "yes"),
    ("We noted that steps had been taken by the force to improve how it searches for missing people.", "yes"),
    ("The force said it would act on the lessons of this case across its custody suites.", "yes"),
    ("The force will share the learning from our report with all of its detention staff.", "yes"),
    ("National guidance will be developed on the use of unmarked cars.", "yes"),
    ("The case will be incorporated into the training material for new call handlers.", "yes"),
    ("This learning will appear in the force's learning bulletin.", "yes"),
    ("We suggested the force remind all control room staff of the policy.", "yes"),
    # ... but not learning for named or counted people, nor only a promise to look for some
    ("The investigator made individual learning recommendations for both drivers, which the force implemented.", "not_stated"),
    ("We recommended further learning for one of the response constables about recording.", "not_stated"),
    ("They said they would provide the two detectives with training on search powers.", "not_stated"),
    ("We recommended the sergeant have a debrief with their line manager to consolidate learning.", "not_stated"),
    ("The force said it would consider wider organisational learning on mental health.", "not_stated"),
    ("We recommended that the supervisor should be reminded of the need to update callers.", "not_stated"),
    # an explicit "no", however worded
    ("No performance, individual learning or organisational learning was highlighted.", "no"),
    ("We saw no performance issues and no need for organisational learning.", "no"),
    ("We did not identify any opportunities for organizational learning.", "no"),
])
def test_organisational_learning_kinds_from_the_fifth_check_part(body, expected):
    assert record(body)["organisational_learning"] == expected


@pytest.mark.parametrize("body, expected", [
    ("We concluded that the evidence did not show that any officer present had committed a criminal offence.", "no"),
    ("We found that no member of police staff had committed an offence.", "no"),
    ("There was no indication of misconduct or criminality in the force's handling of the call.", "no"),
    ("We did not identify any objective evidence supporting criminal proceedings against the constables.", "no"),
])
def test_criminal_indication_no_kinds_from_the_fifth_check_part(body, expected):
    assert record(body)["criminal_indication"] == expected


def test_learning_looked_for_and_not_found_is_no():
    assert record("We considered whether there was any organisational learning and did not find any.")["organisational_learning"] == "no"


@pytest.mark.parametrize("body", [
    "We considered whether the case pointed to any learning for the force and found none.",
    "We looked at whether the investigation showed a need for wider learning, and concluded that it did not.",
])
def test_learning_considered_and_not_found_is_no(body):
    assert record(body)["organisational_learning"] == "no"


@pytest.mark.parametrize("body, field, expected", [
    # the offence in "nothing to indicate" must be a police person's
    ("There was nothing to indicate that Mr A had committed a criminal offence when the officers detained him.",
     "criminal_indication", "not_stated"),
    # a recommendation after considering learning is learning found
    ("We considered whether there was any learning for the force and made a recommendation that it review its custody training.",
     "organisational_learning", "yes"),
    # "no" needs the force's learning and must close the sentence
    ("We examined whether lessons had been learned from a previous death and concluded that they were not. "
     "We recommended that Kent Police review its custody training.", "organisational_learning", "yes"),
    ("We considered whether the sergeant needed individual learning and did not find any evidence that he breached the standards.",
     "organisational_learning", "not_stated"),
    # a rank acronym is not a force
    ("We recommended that the PCSO receive extra supervision.", "organisational_learning", "not_stated"),
])
def test_wordings_near_the_new_report_rules_that_must_not_trigger_them(body, field, expected):
    assert record(body)[field] == expected


@pytest.mark.parametrize("body, expected", [
    # whatever a force changed since, or because of, the case
    ("Essex Police has since launched a confidential reporting line for harassment.", "yes"),
    ("Following the investigation, Kent Police has reissued its guidance on messaging apps to every team.", "yes"),
    ("The force told us it now carries out weekly dip samples of intelligence searches.", "yes"),
    ("The constabulary accepted the recommendation and has since rewritten the form.", "yes"),  # (known since the twentieth round)
    ("The force accepted our recommendation and updated the form in May.", "yes"),
    ("Since our investigation, the force has added an alert to its custody software.", "yes"),
    # ... not people, and not what anyone did before the case
    ("The officers have since made a full recovery.", "not_stated"),
    ("They had reviewed the footage before the arrest.", "not_stated"),
    ("The force has since reviewed the complaint.", "not_stated"),
    ("Kent Police has since started misconduct proceedings.", "not_stated"),
    ("Following the incident, they started CPR on the man in the cell.", "not_stated"),
    ("The force subsequently revised its determination to misconduct.", "not_stated"),
])
def test_organisational_learning_from_changes_a_force_has_made_since(body, expected):
    assert record(body)["organisational_learning"] == expected


@pytest.mark.parametrize("body, expected", [
    ("Nothing we found indicated that any of the four constables had committed a criminal offence.", "no"),
    ("We found nothing to suggest that any officer or member of staff in the control room had acted in a way that "
     "justified disciplinary proceedings, or had committed a criminal offence.", "no"),
    ("We did not consider that there was any indication of a criminal offence by anyone serving with the police.", "no"),
    # a negated indication is no indication
    ("We did not find an indication that either sergeant may have committed a criminal offence.", "no"),
    ("We did not consider there was an indication that the constable may have committed a criminal offence.", "no"),
    ("Our investigation has not found an indication that any officer may have committed an offence.", "no"),
    # the "nothing ... committed" finding must be about the officers' offence, not the man's
    ("There was nothing to suggest that the officers knew the man had committed an offence.", "not_stated"),
    # (read after check-52, an eleventh round) the short answer "he had not"; an offence by its name, "manslaughter", of
    # what those investigated did, answered "no indication that it could"
    ("We considered whether the special constable had committed a criminal offence in sharing the photograph. We concluded "
     "that he had not.", "no"),
    ("We considered whether what any of the three did could amount to gross negligence manslaughter, and concluded there "
     "was no indication that it could.", "no"),
    ("We considered whether the sergeant had followed the policy. We concluded that he had not.", "not_stated"),
])
def test_criminal_indication_no_in_longer_wordings(body, expected):
    assert record(body)["criminal_indication"] == expected


@pytest.mark.parametrize("body, expected", [
    # the force's own change counts even where the IOPC recommended nothing (learning "whoever identified it")
    ("We did not make any learning recommendations. Kent Police told us it has since reminded its special constables of the "
     "rules on using police systems.", "yes"),
    ("We have shared learning with Essex Police about how it supervises its investigators.", "yes"),
    ("We recommended that Hampshire and Isle of Wight Constabulary reviews how supervisors are told of earlier concerns.", "yes"),
    # boilerplate and only considering learning are not learning
    ("Our learning recommendations aim to improve policing and public confidence.", "not_stated"),
    ("We carefully considered whether the investigation pointed to any need for organisational learning.", "not_stated"),
])
def test_organisational_learning_kinds_from_the_fifth_synthetic_part(body, expected):
    assert record(body)["organisational_learning"] == expected


@pytest.mark.parametrize("body, expected", [
    # learning for the people involved, after "no organisational learning", stays no
    ("We did not identify any organisational learning. Following the investigation, the force reminded both constables "
     "involved of the rules on searches.", "no"),
    ("We did not identify any organisational learning. Essex Police has since delivered refresher training to the two "
     "constables involved.", "no"),
    ("We did not identify any organisational learning. Following the investigation, the MPS reviewed the actions of the "
     "investigators involved.", "no"),
    # learning shared with a family is no organisation's
    ("We shared our learning with the family.", "not_stated"),
    # a clause that identified learning is more than considering it
    ("Having considered what happened in the custody suite, the force identified learning and updated its guidance.", "yes"),
])
def test_organisational_learning_near_this_rounds_rules_that_must_not_trigger_them(body, expected):
    assert record(body)["organisational_learning"] == expected


@pytest.mark.parametrize("body, expected", [
    # a question answered in the next sentence
    ("We looked at whether either constable might have committed a criminal offence. We found no indication that "
     "either had.", "no"),
    # ... but only a short answer to it, not the next finding about something else
    ("We looked at whether either constable might have committed a criminal offence. We found no evidence that the "
     "radio log had been altered by anyone at the control room after the pursuit ended.", "not_stated"),
    ("There was nothing to indicate that the PC or the sergeant, or any of them, had committed a criminal offence.", "no"),
    ("Nobody serving with the police had acted improperly, and nothing suggested that any of them had committed an offence.", "no"),
    ("Our investigators found nothing to indicate a criminal offence by any of the detention officers.", "no"),
    ("We concluded that the sergeant had not committed any criminal offence.", "no"),
    # the person's offence is the man's here, not an officer's
    ("The officers believed the man had not committed any offence.", "not_stated"),
])
def test_criminal_indication_no_from_the_sixth_synthetic_part(body, expected):
    assert record(body)["criminal_indication"] == expected


@pytest.mark.parametrize("body, expected", [
    ("We considered whether there was any learning for Kent Police and found none on this occasion.", "no"),
    ("We looked at whether there was any chance for the force to learn from the case, and found none.", "no"),
    ("We examined whether the case showed any wider learning, but found none to recommend.", "no"),
    ("We considered whether there was any organisational learning for either force. We did not find any.", "no"),
    # the next sentence answers something else
    ("We considered whether there was any organisational learning for either force. We did not find any record of the "
     "call being passed to the duty inspector before midnight.", "not_stated"),
    # a question cut off is not learning identified
    ("We considered whether the review had identified any learning for the", "not_stated"),
    # what a force changed while we investigated, or set up since, is learning
    ("While we were investigating, and during our investigation, Essex Police introduced daily checks of its holding cells.", "yes"),
    ("Suffolk Constabulary has since set up a weekly meeting of its missing persons coordinators.", "yes"),
    ("Devon and Cornwall Police has since made refresher first aid training mandatory for custody staff.", "yes"),
    ("We made two recommendations to Lancashire Constabulary about the handover of detainees between shifts.", "yes"),
    # ... not what happened to the officers involved
    ("The force has since made the two constables involved attend a meeting with their inspector.", "not_stated"),
])
def test_organisational_learning_from_the_sixth_synthetic_part(body, expected):
    assert record(body)["organisational_learning"] == expected


@pytest.mark.parametrize("body, expected", [
    # the question must be about people serving with the police, the answer complete and pointing back
    ("We considered whether the man had committed an offence when he pushed the PC. We found no evidence that he had.", "not_stated"),
    ("We considered whether the PC had committed a criminal offence. We found no CCTV of the corridor.", "not_stated"),
    ("The woman detained by the PCSO had not committed any offence.", "not_stated"),
    ("The officers told us the PC had not committed an offence.", "not_stated"),
    ("There was nothing to suggest an offence by the officers' informant.", "not_stated"),
    ("There was nothing to indicate a criminal offence by any of the men the officers stopped.", "not_stated"),
])
def test_criminal_no_near_the_sixth_rounds_rules_that_must_not_trigger_them(body, expected):
    assert record(body)["criminal_indication"] == expected


@pytest.mark.parametrize("body, expected", [
    # "learn" as "find out", and an answer about something else
    ("We considered whether the call handler had any chance to learn of the man's illness. We found none.", "not_stated"),
    ("We considered whether there was any learning for the force from the handover. We found no record of the handover.",
     "not_stated"),
    # a later recommendation outweighs the short answer
    ("We considered whether there was any learning for Kent Police about the pursuit. We found none. However, we "
     "recommended that Kent Police review its custody handover policy.", "yes"),
    # helping the investigation, a meeting with a family, or another body's new case is no change of practice
    ("During the investigation, Kent Police made the training records available to our investigators.", "not_stated"),
    ("During the investigation, it reviewed the training records of both officers.", "not_stated"),
    ("The force has since set up a meeting with the family.", "not_stated"),
    ("The DS subsequently created a new entry in the custody record.", "not_stated"),
    ("We did not identify any organisational learning. The IOPC has since set up a new investigation into the officer's "
     "conduct.", "no"),
    # recommendations to a force about its officers are disciplinary
    ("We made recommendations to Kent Police regarding the two constables.", "not_stated"),
    ("We made our recommendations to Kent Police, which agreed that both officers should attend misconduct meetings.",
     "not_stated"),
])
def test_learning_near_the_sixth_rounds_rules_that_must_not_trigger_them(body, expected):
    assert record(body)["organisational_learning"] == expected


@pytest.mark.parametrize("field, body, expected", [
    ("organisational_learning", "Since the incident the force has brought in spot checks of custody records on every shift.", "yes"),
    ("organisational_learning", "We looked for learning for the force arising from this case and did not find any.", "no"),
    ("organisational_learning", "We made two recommendations to Kent Police: that control room staff log every third-party "
     "report of risk, and that supervisors read the full history before closing an incident.", "yes"),
    ("organisational_learning", "Since the incident, the force has told us that supervisors now check the logs, and it has "
     "reissued its guidance to detention staff.", "yes"),
    ("criminal_indication", "We did not consider there was an indication that he may have committed a criminal offence.", "no"),
    ("criminal_indication", "We considered whether the sergeant may have committed a sexual offence and found no indication "
     "that he had.", "no"),
    # the man arrested by an officer and convicted is not an officer convicted
    ("criminal_indication", "The man was later arrested by another officer, and he was convicted of sexual offences in 2018.",
     "not_stated"),
    ("cps_referral", "The investigator concluded that there was not enough evidence to refer either officer to the Crown "
     "Prosecution Service.", "no"),
])
def test_report_fields_from_the_seventh_synthetic_part(field, body, expected):
    assert record(body)[field] == expected


@pytest.mark.parametrize("field, body, expected", [
    # a review of the seventh round's rules: wordings near them that must not trigger them
    ("organisational_learning", "We looked for learning in the force's policy and did not find any reference to stalking. We "
     "recommended that Kent Police update its policy on repeat reports.", "yes"),
    ("organisational_learning", "PC A said she looked for learning materials but did not find any.", "not_stated"),
    ("criminal_indication", "We considered whether the officer had committed a criminal offence, and found no record of the "
     "search.", "not_stated"),
    ("criminal_indication", "The man's solicitor argued there was no indication that he may have committed any offence.",
     "not_stated"),
    ("criminal_indication", "The vetting unit found no indication that she may have committed an offence.", "not_stated"),
    ("criminal_indication", "PC A, who had been suspended, was charged with assault.", "yes"),
    ("criminal_indication", "The sergeant pleaded not guilty but was convicted.", "yes"),
    ("criminal_indication", "The man stopped by the officers in May was prosecuted for theft.", "not_stated"),
    ("organisational_learning", "We made two recommendations to Kent Police: that PC A should be given words of advice and "
     "that PC B attend a refresher course.", "not_stated"),
    ("organisational_learning", "The two officers were given management advice. They have since refreshed their knowledge of "
     "the force's pursuit policy.", "not_stated"),
    ("organisational_learning", "After the matter was referred to us, the force carried out checks on the constable's phone.",
     "not_stated"),
    ("organisational_learning", "Kent Police has since brought in a detective team from Essex Police to reinvestigate.",
     "not_stated"),
])
def test_report_fields_near_the_seventh_rounds_rules(field, body, expected):
    assert record(body)[field] == expected


@pytest.mark.parametrize("field, body, expected", [
    # a third review, of the mends and the speed changes
    ("organisational_learning", "Following our investigation, the force carried out a review of how it grades emergency calls.", "yes"),
    ("organisational_learning", "The force now carries out reviews of all open missing person cases every week.", "yes"),
    ("organisational_learning", "Following the incident, the local police has introduced new training for call handlers.", "yes"),
    ("organisational_learning", "During our investigation, the force brought in a requirement for supervisors to check every "
     "custody log.", "yes"),
    ("organisational_learning", "They have since reissued their guidance on cell visits to all detention staff.", "yes"),
    ("organisational_learning", "The investigation looked for learning for the force and did not find any.", "no"),
    ("organisational_learning", "We looked for learning for the force and did not find any that needed sharing.", "no"),
    ("criminal_indication", "The officers arrested the man, who was charged with robbery.", "not_stated"),
    ("criminal_indication", "An officer restrained the man and the man was charged with assault.", "not_stated"),
    ("criminal_indication", "We considered whether the sergeant may have committed an offence and found no indication that "
     "he had done so.", "no"),
    ("criminal_indication", "We considered whether the PC had committed a criminal offence, and found no evidence of any "
     "offence.", "no"),
])
def test_report_fields_near_the_third_reviews_mends(field, body, expected):
    assert record(body)[field] == expected


def test_the_learning_gates_let_through_every_real_sentence_the_learning_pattern_matches():
    # the gates are hand-kept word lists in front of the slow pattern: a word the pattern needs and the gates lack
    # silently loses learning (this stop's "review" and "brought in" did). Checked on every sentence of the corpus.
    from casekit.loading import load
    from casekit.page import parse_page
    from casekit.repair import repair_text
    from casekit.rules import _LEARNING, _LEARNING_OBJECTS, _LEARNING_WORDS
    from casekit.sources import PROJECT_ROOT
    workbook = PROJECT_ROOT.parent / "shared" / "corpus" / "iopc-recommendations-2021-06.xlsx"
    if not workbook.exists():
        pytest.skip("the public corpus is not beside the project")
    missed = []
    for report in load(workbook).reports:
        for sentence in parse_page(repair_text(report.text)).sentences:
            lowered = sentence.text.lower()
            gated = any(w in lowered for w in _LEARNING_WORDS) and any(w in lowered for w in _LEARNING_OBJECTS)
            if not gated and _LEARNING.search(sentence.text):
                missed.append(sentence.text[:120])
    assert not missed, missed[:5]


@pytest.mark.parametrize("body, field, expected", [
    # learning found "no" in other words, and a force's measures in other words
    ("We found no learning for the force arising from this case.", "organisational_learning", "no"),
    ("The force told us that it had already updated its training for control room staff.", "organisational_learning", "yes"),
    ("Our investigation identified that the force's policy on missing people was out of date, and the force has agreed "
     "to update it.", "organisational_learning", "yes"),
    ("The force has issued a reminder to all officers about switching on body worn video.", "organisational_learning", "yes"),
    # "anything", as "nothing", to suggest an officer's offence
    ("We did not find anything to suggest that a criminal offence had been committed by any officer.", "criminal_indication", "no"),
    # ... but not about the people the officers dealt with, nor a witness's view
    ("PC A told us she did not see anything to suggest that her colleague PC B had committed a criminal offence.",
     "criminal_indication", "not_stated"),
    ("We found nothing to suggest that the driver the officers stopped had committed a criminal offence.",
     "criminal_indication", "not_stated"),
    # learning for the people involved, a practice found wanting, learning "found" under a negation
    ("We found no learning for the officers involved. We recommended that the force reviews its policy on handcuffing.",
     "organisational_learning", "yes"),
    # (not a "yes"; by the codebook a plain "no": what the sentence model, asked when no pattern answers, reads)
    ("We found there was no learning for the force.", "organisational_learning", "no"),
    ("The inspector gave guidance to all three officers involved about recording their use of force.",
     "organisational_learning", "not_stated"),
    ("The complainant asked the force to look again at its decision under its complaints procedure, and the force has "
     "agreed to review it.", "organisational_learning", "not_stated"),
    ("We did not find anything to suggest that the man the officers stopped had committed a criminal offence.",
     "criminal_indication", "not_stated"),
])
def test_report_field_wordings_of_the_ninth_round(body, field, expected):
    assert extract_text("Fictional case – Exampleshire Police, April 2021\n\n" + body).fields[field] == expected


@pytest.mark.parametrize("body, expected", [
    # a force's change told in the present perfect, or after any event it follows ("learning whoever identified it")
    ("Cleveland Police fixed the intercom and has brought in weekly checks of the intercoms in all its cells.", "yes"),
    ("Since the matter came to light, Kent Police has increased how often it audits use of its databases.", "yes"),
    ("As a result of problems our investigation found, the force has introduced daily audits of restricted searches.", "yes"),
    ("The force also looked at caseloads in its rape team and has since recruited five more investigators.", "yes"),
    ("Dorset Police has told us that, since these events, it has brought in a screening tool for reports of harassment.", "yes"),
    ("The force has also delivered refresher training on restraint to all of its custody officers.", "yes"),
    ("We did not make any learning recommendations. After the matter came to light, Kent Police introduced monthly audits "
     "of searches made by staff.", "yes"),
    ("We have also shared learning with Devon and Cornwall Police about how it handles reports of missing children.", "yes"),
    # a practice found missing, and recommendations made to a force
    ("Our investigation highlighted a lack of guidance for call handlers on reports of stalking.", "yes"),
    ("The investigator identified that no policy or procedure was in place for people released under investigation.", "yes"),
    ("Two recommendations have been made to Kent Police in respect of this investigation.", "yes"),
    # ... but not care for the detainee, a complaint reviewed, one officer's learning or a lack of something else
    ("After the incident, the force carried out checks on the man's welfare.", "not_stated"),
    ("Since the incident, the force has reviewed the complaint and apologised to the family.", "not_stated"),
    ("Since these events the constable has completed first aid training.", "not_stated"),
    ("The force has since increased the man's compensation.", "not_stated"),
    ("We recommended that the officer may benefit from learning about record keeping.", "not_stated"),
    ("The review highlighted a lack of trust between the family and the force.", "not_stated"),
    # found by the review of this round: someone else doing something, care, evidence, and negations
    ("The sergeant used force to hold Mr Kay down and has since delivered training on restraint to recruits.", "not_stated"),
    ("Ms Shaw said it had been frightening and has since set up a campaign to improve the way victims are treated.", "not_stated"),
    ("The IOPC has delivered training on its new complaints system to forces.", "not_stated"),
    ("After the incident, the force carried out checks on the man's welfare in line with its custody policy.", "not_stated"),
    ("After the incident, the force carried out an audit of PC Smith's searches on its systems.", "not_stated"),
    ("After the death, the force carried out tests on the Taser PC Amos had used.", "not_stated"),
    ("After the man became violent, the force increased the number of officers guarding him.", "not_stated"),
    ("Our investigation has not identified a lack of training or guidance.", "not_stated"),
    ("The complainant said the incident highlighted a lack of training among officers.", "not_stated"),
    ("Two recommendations have been made to Kent Police in respect of PC Amos and PC Jones.", "not_stated"),
    # ... and close variants it should cover
    ("We did not identify any organisational learning. Kent Police has brought in weekly checks of its cells.", "yes"),
    ("A recommendation was made to Kent Police about how it records calls.", "yes"),
    ("Our investigation revealed a lack of up-to-date guidance for call handlers.", "yes"),
])
def test_organisational_learning_from_the_tenth_round(body, expected):
    assert record(body)["organisational_learning"] == expected


@pytest.mark.parametrize("body, expected", [
    # a question about learning, answered in the next sentence or with its reason; improvement areas not found
    ("We examined whether the case revealed any need for organisational learning. None was found.", "no"),
    ("We considered whether there was learning for Dorset Police and concluded that there was not, as the force had "
     "already found the fault itself.", "no"),
    ("Our investigation did not identify any areas for improvement.", "no"),
    # a counted set of recommendations to a force, a force's rule or restriction brought in since, training for all
    ("We made three recommendations to Avon and Somerset Constabulary.", "yes"),
    ("Essex Police has since made it a requirement for supervisors to review every pursuit log.", "yes"),
    ("The constabulary has since restricted access to its crime records to staff who need it.", "yes"),
    ("All control room staff have since received refresher training on missing person calls.", "yes"),
    ("The force has since disseminated the lessons from the case to custody sergeants.", "yes"),
    ("Our findings were passed to the force's driver training unit, which has revised its guidance on pursuits.", "yes"),
    ("We identified there could be an area for improvement for Kent Police in how it logs calls.", "yes"),
    ("The force dealt with one sergeant through management action and shared the learning with wider control room staff.",
     "yes"),
    # ... but not a question left open, one officer's restriction or requirement, counted officers' training, or a
    # counted set of recommendations about named officers
    ("We looked at whether the incident showed any learning for the force.", "not_stated"),
    ("The force has since restricted his access to its systems.", "not_stated"),
    ("The force has since made it a requirement that he is supervised on every shift.", "not_stated"),
    ("All three officers have had refresher training on restraint.", "not_stated"),
    ("We made two recommendations to Kent Police: that PC A attend a misconduct meeting and that PC B receive "
     "management action.", "not_stated"),
    # found by the review of this round: a person's learning needs, training already held or for counted officers, a
    # requirement or restriction for the officers, evidence, a school, a complaint's handling, someone else's "none",
    # and a "none" whose reason is the force's own change
    ("Staff identified that the woman had learning difficulties and called an appropriate adult.", "not_stated"),
    ("All custody officers had received training on rousing checks before the incident.", "not_stated"),
    ("All 5 officers have since received refresher training on restraint.", "not_stated"),
    ("The force has since made it a requirement for both officers to complete refresher training.", "not_stated"),
    ("The force has since restricted the access of both officers to the police national computer.", "not_stated"),
    ("The force has since restricted access to the footage while criminal proceedings are ongoing.", "not_stated"),
    ("The family spoke to the boy's school, which has since updated its safeguarding policy.", "not_stated"),
    ("The complaint went to the professional standards department, which reviewed its handling of the complaint "
     "under the complaints process.", "not_stated"),
    ("The force's own review did not identify any areas for improvement. We found its missing persons policy unclear "
     "and recommended that Kent Police revise it.", "yes"),
    ("PC A did not identify any lessons for himself in his account. We recommended that Kent Police update its "
     "guidance on handcuffing.", "yes"),
])
def test_organisational_learning_from_the_eleventh_round(body, expected):
    assert record(body)["organisational_learning"] == expected


def test_a_none_whose_reason_is_the_forces_own_change_is_not_no():
    # learning for a force counts whoever identified it, so "none, as the force had introduced new guidance" must not
    # read as no (whether it reads as yes depends on the force-change patterns knowing the verb)
    body = ("We considered whether there was learning for the force and concluded that there was not, as the force had "
            "introduced new guidance for call handlers after its own review.")
    assert record(body)["organisational_learning"] != "no"


@pytest.mark.parametrize("body, expected", [
    # learning looked for, then not found: a search is no finding, and the next sentence answers it
    ("During the investigation we searched for opportunities for wider learning. We found none.", "no"),
    ("We looked for opportunities for organisational learning.", "not_stated"),
    # none "further" found by us, and no learning recommendations made
    ("Cumbria Police already had a policy covering this, and we did not identify any other organisational learning.", "no"),
    ("The checks worked as designed, and we made no learning recommendations.", "no"),
    # ... but "no further recommendations" follows learning already dealt with: the force's change is learning
    ("The force had updated its guidance before our report, so we made no further recommendations.", "yes"),
    # a question whose force's name holds "and" stays a question
    ("We considered whether Devon and Cornwall Police had any wider learning from the case, and the force's", "not_stated"),
    # management advice for the people is about them, not practice
    ("We recommended that both officers receive management advice about their note taking.", "not_stated"),
    # a force's change told with other verbs and objects
    ("Since the incident, Surrey Police has extended its quarterly audits of custody records to its two smaller suites.", "yes"),
    ("Following the investigation, the force has cut the number of cases each investigator can hold.", "yes"),
    ("After the collision, Essex Police issued new guidance to all special constables on driving marked cars.", "yes"),
    ("Norfolk Constabulary has since brought in a checklist of questions for call handlers to ask in these cases.", "yes"),
    ("The force agreed to include the body worn footage in its public order training.", "yes"),
    ("Kent Police told us that all of its call handlers have now been briefed on the new grading rules.", "yes"),
])
def test_organisational_learning_from_the_thirteenth_round(body, expected):
    assert record(body, title="Fictional case – Kent Police, March 2022")["organisational_learning"] == expected


def test_our_file_sent_to_the_cps_about_an_officer_is_a_referral():
    # "our" file is the IOPC's, so it concerns someone serving, even where the CPS's decision says "him"
    body = ("The constable was interviewed under criminal caution. Our file went to the Crown Prosecution Service, which "
            "decided not to charge him.")
    assert record(body)["cps_referral"] == "yes"


@pytest.mark.parametrize("body, expected", [
    # (found by the review of the thirteenth round) "further" or "other" after learning found: the learning stands
    ("We recommended that Kent Police review its training on handcuffing. We did not identify any further learning.", "yes"),
    ("The force's own review found learning for its control room, which it has shared with all call handlers. We did "
     "not identify any other organisational learning.", "yes"),
    # "no recommendations" about conduct beside a learning recommendation
    ("We made no recommendations about the sergeant's conduct. We recommended that Kent Police update its guidance on "
     "spit guards.", "yes"),
    # the same sentence may deny more learning and still tell of some
    ("We made no learning recommendations, as the force had already shared the learning with all custody staff.", "yes"),
    # a search for learning followed by a change in the same sentence
    ("We looked for wider learning, and the force has since introduced new guidance on rousing checks.", "yes"),
    # one officer's advice beside a change for all staff
    ("The sergeant was given words of advice, and the force has since reminded all of its custody officers about "
     "rousing checks.", "yes"),
    # changes about one person, or things that are no practice
    ("Following the investigation, the force issued PC Shaw with a final written warning under its data policy.", "not_stated"),
    ("After the crash, Kent Police issued a public statement about its pursuit policy.", "not_stated"),
    ("Since the investigation, the force has reviewed DC Rowe's caseload.", "not_stated"),
    ("After the incident, the force reduced the number of officers guarding the cell.", "not_stated"),
    ("After the death, the force reviewed the risk assessment checklist completed for Mr Hill.", "not_stated"),
    ("Training was given to all the officers at the scene on first aid.", "not_stated"),
    ("Kent Police told us that all of its response officers have been trained in first aid.", "not_stated"),
    ("Kent Police has not agreed to include the footage in its training.", "not_stated"),
])
def test_review_of_the_thirteenth_round(body, expected):
    assert record(body, title="Fictional case – Kent Police, March 2022")["organisational_learning"] == expected


@pytest.mark.parametrize("body", [
    "Our investigation found that the force had sent a file on the man to the CPS, which decided to charge him.",
    "In our view the file officers sent to the CPS about the woman was incomplete.",
])
def test_our_view_of_a_file_about_a_member_of_the_public_is_no_referral(body):
    assert record(body)["cps_referral"] == "no"


@pytest.mark.parametrize("body, expected", [
    # recommendations to a force with a comma before what they were about
    ("We made three recommendations to Kent Police, about how its control room shares risk information.", "yes"),
    ("We made two recommendations to Kent Police, including that its custody guidance be rewritten.", "yes"),
    # two forces' joint arrangement, set up since
    ("Kent Police and Essex Police have no shared process for this. Both forces have since put a joint protocol in place.", "yes"),
    # a whole group of staff trained since the case; not the people involved
    ("Kent Police said every call handler in its control room has since completed refresher training on risk.", "yes"),
    ("Kent Police said both officers involved have since completed refresher training on risk.", "not_stated"),
])
def test_learning_of_the_fifteenth_round(body, expected):
    assert record(body, title="Fictional case – Kent Police, March 2022")["organisational_learning"] == expected


@pytest.mark.parametrize("body", [
    # (found by the review of the fifteenth round) not learning: an old arrangement, care of one man, the people involved,
    # recommendations about named officers
    "The force had put a protocol in place in 2018, but the officers did not follow it.",
    "Kent Police had put bail checks in place for the man.",
    "All the officers involved have since completed training on restraint.",
    "All of them have since completed training on restraint.",
    "We made two recommendations to Kent Police, about Detective Sergeant Lowe and PC Grey.",
])
def test_not_learning_found_by_the_fifteenth_review(body):
    assert record(body, title="Fictional case – Kent Police, March 2022")["organisational_learning"] == "not_stated"


@pytest.mark.parametrize("body, field, expected", [
    # wordings of "no indication of an offence"
    ("Nor was there any indication that any officer had committed a criminal offence.", "criminal_indication", "no"),
    ("We did not find an indication that any of the four had committed a criminal offence.", "criminal_indication", "no"),
    ("No criminal offence was indicated by our investigation.", "criminal_indication", "no"),
    ("The evidence did not indicate that anyone serving with either force had committed a criminal offence.",
     "criminal_indication", "no"),
    ("Nothing we found suggested that the sergeant, or anyone else serving with the force, had committed a criminal offence.",
     "criminal_indication", "no"),
    # a file never sent
    ("The case was closed without a file being sent to the Crown Prosecution Service.", "cps_referral", "no"),
    ("We decided the evidence did not meet the threshold for referring a file to the CPS.", "cps_referral", "no"),
    # a force's new measure since the events, after another change or by two forces named together
    ("Since the incident, Kent Police has moved its custody nurses and has introduced a weekly review of rousing checks.",
     "organisational_learning", "yes"),
    ("Since this incident the force has introduced random dip-sampling of cell visits.", "organisational_learning", "yes"),
    ("Since then, Kent and Essex have introduced a joint protocol for missing children.", "organisational_learning", "yes"),
])
def test_report_fields_of_the_fifteenth_round(body, field, expected):
    assert record(body, title="Fictional case – Kent Police, March 2022")[field] == expected


@pytest.mark.parametrize("body, field, expected", [
    # (found by the review of the fifteenth round's second part) a threshold met is a referral
    ("A file was passed to the CPS as it met the threshold for referral.", "cps_referral", "yes"),
    # one officer's own habits, a reminder to one officer: not organisational
    ("Since then, PC Marsh has completed refresher training and has introduced a daily check of her own notebook.",
     "organisational_learning", "not_stated"),
    ("We recommended that the officer be reminded of the protocol for recording vulnerable people.", "organisational_learning", "not_stated"),
    # what the police knew of someone else's offence is no finding about the police
    ("There was nothing to suggest that anyone serving with the force was aware the man had committed a criminal offence.",
     "criminal_indication", "not_stated"),
])
def test_report_fields_of_the_fifteenth_review(body, field, expected):
    assert record(body, title="Fictional case – Kent Police, March 2022")[field] == expected


@pytest.mark.parametrize("body, field, expected", [
    # an offence asked about and answered in one sentence, in a few more ways
    ("We considered whether the sergeant's conduct could amount to a criminal offence and found no indication that it did.",
     "criminal_indication", "no"),
    ("We considered whether the constable might have committed an offence and concluded there was no indication that he had.",
     "criminal_indication", "no"),
    # our finding of no offence, said of the people the report is about by pronoun
    ("Nothing suggested that either of them had committed a criminal offence.", "criminal_indication", "no"),
    ("We did not find anything to suggest that he had committed a criminal offence.", "criminal_indication", "no"),
    ("Nor did we find anything to suggest that either officer had committed a criminal offence.", "criminal_indication", "no"),
    ("We found nothing to suggest that any of them had breached the standards, or had committed a criminal offence.",
     "criminal_indication", "no"),
    ("We did not consider that any person serving with the police had acted improperly, or had committed a criminal offence.",
     "criminal_indication", "no"),
    ("We found nothing to suggest that they knew the man had committed a criminal offence.", "criminal_indication", "not_stated"),
    # a question about learning answered no in the same sentence
    ("We asked ourselves whether there was anything the force could learn from this case, and concluded that there was not.",
     "organisational_learning", "no"),
    # the force's changes since, in more words
    ("Kent Police has since audited its fleet and replaced the faulty cameras.", "organisational_learning", "yes"),
    ("Since the crash, Kent Police has given refresher training to all of its response drivers.", "organisational_learning", "yes"),
    ("Kent Police told us it has since agreed a new way of sharing alerts with the ambulance service.", "organisational_learning", "yes"),
    ("Kent Police has since trained all of its custody sergeants on alcohol withdrawal.", "organisational_learning", "yes"),
    ("Kent Police told us that mental health training is now part of the induction for its call handlers.", "organisational_learning", "yes"),
    ("Kent Police said that, since the death, all of its custody staff have had refresher training on rousing.", "organisational_learning", "yes"),
    ("We made three recommendations to the MPS about searches of children.", "organisational_learning", "yes"),
    ("The force told us it has since added a second on-call inspector to cover nights.", "organisational_learning", "yes"),
    ("Kent Police has since replaced the officer's radio.", "organisational_learning", "not_stated"),
])
def test_report_fields_of_the_sixteenth_round(body, field, expected):
    assert record(body, title="Fictional case – Kent Police, March 2022")[field] == expected


@pytest.mark.parametrize("body, field, expected", [
    # (found by the review of the sixteenth round) what someone knew or believed, and a member of the public, are no finding
    ("We did not consider that the sergeant knew that PC Roe had committed a criminal offence.", "criminal_indication", "not_stated"),
    ("The officers did not believe that the boy had committed an offence, but arrested him anyway.", "criminal_indication", "not_stated"),
    ("Officers detained the man under the Mental Health Act. There was nothing to suggest that he had committed a "
     "criminal offence, so he was taken to hospital.", "criminal_indication", "not_stated"),
    # the case's own steps, and old or one-off arrangements, are no organisational learning
    ("We did not identify any organisational learning. Kent Police has since appointed a new officer in charge of the case.",
     "organisational_learning", "no"),
    ("We did not identify any organisational learning. Kent Police has since briefed all the officers who attended the scene.",
     "organisational_learning", "no"),
    ("We did not identify any organisational learning. Kent Police has since replaced its investigating officer.",
     "organisational_learning", "no"),
    ("Since all officers in the force have had personal safety training, PC Roe should have known what to do.",
     "organisational_learning", "not_stated"),
    ("Kent Police had issued guidance to all of its response officers in 2019, which PC Roe did not follow.",
     "organisational_learning", "not_stated"),
    ("Since the call, Kent Police has run workshops for all of the officers involved.", "organisational_learning", "not_stated"),
    ("We made two recommendations to the SIO about the investigation of the assault.", "organisational_learning", "not_stated"),
])
def test_report_fields_of_the_sixteenth_review(body, field, expected):
    assert record(body, title="Fictional case – Kent Police, March 2022")[field] == expected


@pytest.mark.parametrize("body, field, expected", [
    # "no offence" in more words
    ("We considered whether the officer may have committed an offence under data protection law. In our view there was "
     "no indication that he had.", "criminal_indication", "no"),
    ("We also considered whether there was an indication that any officer had committed a criminal offence. We found none.",
     "criminal_indication", "no"),
    ("At no point did we find an indication that any of them may have committed a criminal offence.", "criminal_indication", "no"),
    ("We were satisfied that nobody serving with Kent Police may have committed a criminal offence.", "criminal_indication", "no"),
    ("Nor did we find any indication that either had committed a criminal offence.", "criminal_indication", "no"),
    ("We concluded that neither officer's actions gave any indication of a criminal offence.", "criminal_indication", "no"),
    # questions about learning answered no
    ("We considered whether there were lessons for either force. We did not identify any.", "organisational_learning", "no"),
    ("We considered whether the case raised any wider issues for Kent Police and decided that it did not: the policy was "
     "clear.", "organisational_learning", "no"),
    ("We asked ourselves whether BTP as an organisation had anything to learn from this case, and concluded that it did not.",
     "organisational_learning", "no"),
    ("We therefore made no learning recommendations.", "organisational_learning", "no"),
    # changes since the case in more words
    ("Kent Police told us that, since this case, it has begun monthly random audits of searches on its systems.",
     "organisational_learning", "yes"),
    ("Since the collision Kent Police has given refresher training on its pursuit policy, and on red lights, to its drivers.",
     "organisational_learning", "yes"),
    ("Following our investigation, Kent Police has limited who can see intelligence records so that staff only open "
     "records for their own tasks, and has introduced monthly checks of searches.", "organisational_learning", "yes"),
    ("Since the incident, Kent Police has brought in a check by a supervisor of every log with no unit assigned.",
     "organisational_learning", "yes"),
    ("Kent Police has since added this to the annual safety training for its response officers.", "organisational_learning", "yes"),
    ("Kent Police has since made the module mandatory for every response driver.", "organisational_learning", "yes"),
    ("Kent Police has since restricted special constables' access to two systems and introduced monthly audits of "
     "searches.", "organisational_learning", "yes"),
])
def test_report_fields_of_the_seventeenth_round(body, field, expected):
    assert record(body, title="Fictional case – Kent Police, March 2022")[field] == expected


@pytest.mark.parametrize("body, field, expected", [
    # (found by the review of the seventeenth round)
    ("The family wrote to the CPS asking it to consider charges against anyone serving with Kent Police who had been "
     "involved. We found no indication that any officer had committed a criminal offence.", "cps_referral", "no"),
    ("We considered whether the case raised any wider issues for Kent Police and decided that it did not: all of its "
     "call handlers have since received refresher training on risk.", "organisational_learning", "yes"),
    ("Since the incident, Kent Police has given both officers training on restraint.", "organisational_learning", "not_stated"),
    ("Following our investigation, Kent Police has begun a review of PC Roe's previous stop and search records.",
     "organisational_learning", "not_stated"),
    ("Kent Police has since accepted our opinion and set up a misconduct panel to hear the case against PC Roe.",
     "organisational_learning", "not_stated"),
    ("We considered whether PC Roe had anything to learn from how she dealt with the man, and concluded that there was not.",
     "organisational_learning", "not_stated"),
    ("No one serving with Kent Police was aware that he had committed an offence before he was released.",
     "criminal_indication", "not_stated"),
    ("Nor did we find any evidence that the officers recorded the criminal offence she reported.", "criminal_indication", "not_stated"),
    ("At no point was there an indication that the driver was armed or had committed a criminal offence.",
     "criminal_indication", "not_stated"),
    ("Neither the 999 call nor the man's own account gave any indication of a criminal offence, so the officers left.",
     "criminal_indication", "not_stated"),
    ("We were satisfied that nobody serving with Thames Valley Police may have committed a criminal offence.",
     "criminal_indication", "no"),
])
def test_report_fields_of_the_seventeenth_review(body, field, expected):
    assert record(body, title="Fictional case – Kent Police, March 2022")[field] == expected


@pytest.mark.parametrize("body, field, expected", [
    ("Kent Police and Essex Police told us a joint protocol has since been put in place.", "organisational_learning", "yes"),
    ("Since these events, Kent Police has brought in handheld devices that time-stamp each cell visit.", "organisational_learning", "yes"),
    ("Since these events, Kent Police has run workshops on challenging racist remarks for all of its response teams.",
     "organisational_learning", "yes"),
    ("Kent Police has since added a section on aftercare after restraint to the annual safety training.", "organisational_learning", "yes"),
    ("We later decided that the evidence did not reach the level needed to send a file to the Crown Prosecution Service.",
     "cps_referral", "no"),
    ("We considered whether the false entries could amount to a criminal offence, and concluded that there was no "
     "indication that they did.", "criminal_indication", "no"),
    # (not training for the people involved, nor devices for one person)
    ("Since these events, Kent Police has run workshops on restraint for all of the officers involved.", "organisational_learning", "not_stated"),
])
def test_report_fields_of_the_eighteenth_round(body, field, expected):
    assert record(body, title="Fictional case – Kent Police, March 2022")[field] == expected


@pytest.mark.parametrize("body, field, expected", [
    # (found by the review of the eighteenth round)
    ("The evidence did not meet the standard to send PC Dean to a hearing and we referred a file to the CPS about his "
     "driving.", "cps_referral", "yes"),
    ("We considered whether the comments Mr Hussain posted about PC Grant could amount to a criminal offence, and "
     "concluded that there was no indication that they did.", "criminal_indication", "not_stated"),
    ("We found that the policy has been implemented inconsistently across the force.", "organisational_learning", "not_stated"),
    ("The force told us that a new system has been introduced in other forces but not yet in Kent.", "organisational_learning", "not_stated"),
    ("Since the death, Kent Police has started removing the cameras.", "organisational_learning", "not_stated"),
    ("Kent Police has given a briefing on the case to all of its staff.", "organisational_learning", "not_stated"),
])
def test_report_fields_of_the_eighteenth_review(body, field, expected):
    assert record(body, title="Fictional case – Kent Police, March 2022")[field] == expected


@pytest.mark.parametrize("body, field, expected", [
    # nineteenth round, read from check-22: the "no" finding, asked and answered in one sentence
    ("We looked at whether the posts could amount to a criminal offence and found no indication that they did.",
     "criminal_indication", "no"),
    ("We considered whether her conduct might amount to the offence of misconduct in public office, and concluded there "
     "was no indication that it did.", "criminal_indication", "no"),
    ("We considered whether either of them may have committed a criminal offence, and decided there was no indication "
     "that they had.", "criminal_indication", "no"),
    ("We considered whether any of the three may have committed an offence by searching the records and found no "
     "indication that they had.", "criminal_indication", "no"),
    ("In our view nobody serving with the force had committed a criminal offence.", "criminal_indication", "no"),
    ("We found nothing to suggest that anyone serving with Avon and Somerset Police had committed a criminal offence.",
     "criminal_indication", "no"),
    # (not a member of the public's offence)
    ("We considered whether the man may have committed an offence, and decided there was no indication that he had.",
     "criminal_indication", "not_stated"),
    # files and charges
    ("Our file went to the Crown Prosecution Service in March.", "cps_referral", "yes"),
    ("The sergeant was interviewed under criminal caution. The Crown Prosecution Service later authorised charges of "
     "misconduct in public office.", "cps_referral", "yes"),
    ("The man was arrested. The Crown Prosecution Service authorised charges of robbery.", "cps_referral", "no"),
    # the force's own case against a suspect, told before the matter came to us
    ("In May the case was sent to the Crown Prosecution Service for a charging decision. It then emerged that an exhibit "
     "had been lost. The force referred the complaint to us in June.", "cps_referral", "no"),
    # learning
    ("Kent Police told us that, since the incident, every high-risk call is reviewed by a duty inspector.",
     "organisational_learning", "yes"),
    ("The force told us it has since used the case in the refresher training it gives its response drivers.",
     "organisational_learning", "yes"),
    ("We made no learning recommendations, because Kent Police had already tightened its auditing of database searches.",
     "organisational_learning", "yes"),
    ("We also considered whether the force could learn anything from the case, and we did not identify anything.",
     "organisational_learning", "no"),
    ("We asked ourselves whether there were lessons for Thames Valley Police in how the call was handled, and found none.",
     "organisational_learning", "no"),
])
def test_report_fields_of_the_nineteenth_round(body, field, expected):
    assert record(body, title="Fictional case – Kent Police, March 2022")[field] == expected


@pytest.mark.parametrize("body, field, expected", [
    # (found by the review of the nineteenth round)
    ("The driver was interviewed under criminal caution. The Crown Prosecution Service authorised charges of dangerous "
     "driving against the motorcyclist.", "cps_referral", "no"),
    ("The force told us that, since the incident, she has completed refresher training and her calls are reviewed by her "
     "supervisor.", "organisational_learning", "not_stated"),
    ("Kent Police told us it has since dealt with her through reflective practice.", "organisational_learning", "not_stated"),
    ("In interview the DS told us that, since the incident, he had changed his own practice on searches.",
     "organisational_learning", "not_stated"),
    ("Two neighbours argued in the street. The attending officers considered whether either of them had committed a "
     "criminal offence, and decided there was no evidence that they had.", "criminal_indication", "not_stated"),
    # a summary that opens with how things ended: a file dated after the referral is ours
    ("In brief: a file was passed to the Crown Prosecution Service in March 2022, and no charges were brought. Kent "
     "Police referred the matter to us in February 2021.", "cps_referral", "yes"),
])
def test_report_fields_of_the_nineteenth_review(body, field, expected):
    assert record(body, title="Fictional case – Kent Police, March 2022")[field] == expected


@pytest.mark.parametrize("body, field, expected", [
    # twentieth round, read from check-23
    ("We considered whether the sergeant may have committed an offence by altering the log, and concluded that the "
     "evidence did not indicate that he had.", "criminal_indication", "no"),
    ("We looked at whether the altered entries could amount to a criminal offence; in our view there was no indication "
     "that any of the three had committed one.", "criminal_indication", "no"),
    ("We considered whether any of the posts could amount to a criminal offence, and found no indication that any of the "
     "officers had committed one.", "criminal_indication", "no"),
    ("We considered whether the force used could amount to a criminal offence, and we did not find an indication that it "
     "did.", "criminal_indication", "no"),
    ("Nothing in the evidence pointed to a criminal offence by either of them.", "criminal_indication", "no"),
    ("We decided that the threshold for referring a file to the Crown Prosecution Service had not been met.",
     "cps_referral", "no"),
    ("Since this incident, Kent Police has rewritten that section of its missing persons policy.", "organisational_learning", "yes"),
    ("Following this case Kent Police has briefed all of its special constables on its social media policy.",
     "organisational_learning", "yes"),
    ("Since our investigation, Kent Police and BTP have agreed a joint protocol for calls about the railway.",
     "organisational_learning", "yes"),
    ("Kent Police has since changed its radio plan, and all of its control room supervisors have completed refresher "
     "training on pursuits.", "organisational_learning", "yes"),
    ("We made two recommendations. The first, to both forces, was that they agree a joint protocol for detainees. The "
     "second, to Kent Police, was that custody staff receive refresher training.", "organisational_learning", "yes"),
    ("We also considered whether there was any organisational learning for Kent Police. We did not find any: the policy "
     "was sound.", "organisational_learning", "no"),
    ("We asked ourselves whether anything in the force's policies or training should change as a result of the collision. "
     "We found nothing that needed to.", "organisational_learning", "no"),
    ("We asked whether there was anything Kent Police as an organisation should learn from the case. We found nothing: "
     "the officer was off duty.", "organisational_learning", "no"),
    # (recommendations about the people involved are no learning for the force)
    ("We made two recommendations. The first, to Kent Police, was that the officers involved receive words of advice.",
     "organisational_learning", "not_stated"),
])
def test_report_fields_of_the_twentieth_round(body, field, expected):
    assert record(body, title="Fictional case – Kent Police, March 2022")[field] == expected


@pytest.mark.parametrize("body, field, expected", [
    # (found by the review of the twentieth round)
    ("Kent Police told us that all of its custody staff had received training on prone restraint. We found that the "
     "custody sergeant had ignored that training.", "organisational_learning", "not_stated"),
    ("Since the investigation, the force has agreed a new training plan with the sergeant.", "organisational_learning", "not_stated"),
    ("Following the incident, the force briefed the driver about its pursuit policy.", "organisational_learning", "not_stated"),
    ("The officers went to the flat after a call. Both neighbours denied making threats, and nothing in their accounts "
     "pointed to an offence by either of them.", "criminal_indication", "not_stated"),
    ("We made two recommendations. The first was that the force apologise to the family. The second, to Kent Police, was "
     "that it pay the funeral costs.", "organisational_learning", "not_stated"),
    ("We considered whether there was any learning for the force. We did not find any: instead, the force told us it had "
     "already decided to retrain all its call handlers.", "organisational_learning", "not_stated"),
])
def test_report_fields_of_the_twentieth_review(body, field, expected):
    assert record(body, title="Fictional case – Kent Police, March 2022")[field] == expected


@pytest.mark.parametrize("body, field, expected", [
    # "no offence" answers in more shapes: a count, "nothing we found", a reason after the answer, a clause in between
    ("We saw nothing to indicate that any of the four had committed a criminal offence.", "criminal_indication", "no"),
    ("Nothing we gathered showed he had committed a criminal offence.", "criminal_indication", "no"),
    ("We examined whether the sergeant's handling of the prisoner might amount to a criminal offence and concluded that "
     "there was no indication that it did, given that the cell camera backed up her account.", "criminal_indication", "no"),
    ("We reviewed whether the constable's actions might amount to a criminal offence and, having read the medical notes, "
     "decided there was no indication that they did.", "criminal_indication", "no"),
    ("We also asked whether either of them might have committed a criminal offence, and saw no indication that they had.",
     "criminal_indication", "no"),
    ("We considered whether his searches of the database could amount to the offence of misconduct in public office and "
     "concluded that they did not: the evidence fell short of the threshold for referring a file to the CPS.",
     "criminal_indication", "no"),
    ("We considered whether his searches of the database could amount to the offence of misconduct in public office and "
     "concluded that they did not: the evidence fell short of the threshold for referring a file to the CPS.",
     "cps_referral", "no"),
    # (a reason that turns into a second finding is not read as the answer)
    ("We considered whether the sergeant's handling of the prisoner might amount to a criminal offence and concluded that "
     "there was no indication that it did, but the detention officer's might.", "criminal_indication", "not_stated"),
    # learning asked in more ways, answered no
    ("We reviewed whether the case pointed to any wider learning for Kent Police and found none.", "organisational_learning", "no"),
    ("We thought about whether the case held any lessons for Kent Police as an organisation and did not identify any.",
     "organisational_learning", "no"),
    ("We also asked ourselves whether there were wider lessons here for Kent Police. We concluded there were none.",
     "organisational_learning", "no"),
    # a rule for everyone in a job, brought in since
    ("Since these events, Kent Police has rebuilt its custody desk and now requires every detention officer to log each "
     "cell visit on a handheld device.", "organisational_learning", "yes"),
    ("Since these events, Kent Police now requires the sergeant to attend a refresher course.", "organisational_learning",
     "not_stated"),
])
def test_report_fields_of_the_twenty_first_round(body, field, expected):
    assert record(body, title="Fictional case – Kent Police, March 2022")[field] == expected


@pytest.mark.parametrize("body, field, expected", [
    # (found by the review of the twenty-first round)
    ("Two constables stopped a cyclist and searched his bag. Nothing we found suggested he had committed a criminal offence.",
     "criminal_indication", "not_stated"),
    ("Officers stopped three young men near the station and searched them. We found nothing to suggest that any of the "
     "three had committed an offence.", "criminal_indication", "not_stated"),
    ("The call handler considered whether the caller's messages could amount to a criminal offence and decided that they "
     "did not.", "criminal_indication", "not_stated"),
    ("Before it referred the matter to us, the force reviewed whether the constable's actions could amount to a criminal "
     "offence and concluded that they did not.", "criminal_indication", "not_stated"),
    ("We also considered whether the constable had told the truth in his statement, and whether his actions could amount "
     "to a criminal offence. We concluded that he had not.", "criminal_indication", "not_stated"),
    ("We reviewed whether the custody policy had been followed and whether it held any lessons for Kent Police, and "
     "concluded that it was not.", "organisational_learning", "not_stated"),
    ("Since these events, Kent Police now requires each of the officers involved to complete a course on safeguarding.",
     "organisational_learning", "not_stated"),
    ("Since these events, Kent Police now expects all three officers who attended the call to complete more training.",
     "organisational_learning", "not_stated"),
    ("The evidence on the constable met the threshold and we sent a file on him to the CPS; the evidence on the sergeant "
     "fell short of the threshold for referral.", "cps_referral", "yes"),
])
def test_report_fields_of_the_twenty_first_review(body, field, expected):
    assert record(body, title="Fictional case – Kent Police, March 2022")[field] == expected


@pytest.mark.parametrize("body, field, expected", [
    # the twenty-second round: more answers about offences and learning
    ("We considered whether the restraint used by the two constables could amount to a criminal offence, and decided "
     "there was no indication that it did.", "criminal_indication", "no"),
    ("On that evidence the officer had no case to answer. Nor did we find anything to indicate that he had committed a "
     "criminal offence.", "criminal_indication", "no"),
    ("None of the evidence pointed to anyone serving with Kent Police having acted in a way that would justify "
     "disciplinary proceedings, or having committed a criminal offence.", "criminal_indication", "no"),
    ("We considered whether any of the three might have committed a criminal offence. In our view, there was no "
     "indication that they had.", "criminal_indication", "no"),
    ("We considered whether any of the three men might have committed a criminal offence. In our view, there was no "
     "indication that they had.", "criminal_indication", "not_stated"),
    ("We considered whether Kent Police could learn anything from the case, and found nothing that needed to change.",
     "organisational_learning", "no"),
    ("We did not think there was anything Kent Police as an organisation needed to learn from the case.",
     "organisational_learning", "no"),
    ("After this incident, Kent Police gave all call handlers in its control room refresher training on stalking.",
     "organisational_learning", "yes"),
    ("After this incident, Kent Police gave the officers involved refresher training on stalking.",
     "organisational_learning", "not_stated"),
    ("Since the searches came to light, the force has doubled the frequency of its audits of database use.",
     "organisational_learning", "yes"),
    ("Since the complaint, the force has introduced a rule that a supervisor must hear the recording of any repeat call.",
     "organisational_learning", "yes"),
])
def test_report_fields_of_the_twenty_second_round(body, field, expected):
    assert record(body, title="Fictional case – Kent Police, March 2022")[field] == expected


@pytest.mark.parametrize("body, field, expected", [
    # (found by the review of the twenty-second round)
    ("We recommended that Kent Police update its guidance on stalking. Beyond that, we did not think there was anything "
     "the force needed to learn from the case.", "organisational_learning", "yes"),
    ("We did not think there was anything Kent Police needed to learn about its pursuit policy, but we recommended that "
     "it retrain its call handlers.", "organisational_learning", "yes"),
    ("After this incident, Kent Police gave all three constables refresher training on risk assessment.",
     "organisational_learning", "not_stated"),
    ("After this incident, Kent Police gave every officer who dealt with the call refresher training.",
     "organisational_learning", "not_stated"),
    ("After his fall in the cell, the force increased the frequency of checks on Mr Dunne to every fifteen minutes.",
     "organisational_learning", "not_stated"),
    ("Since the complaint, the force has doubled the frequency of its spot checks on body worn video.",
     "organisational_learning", "yes"),
    ("We considered whether there were lessons for Kent Police, and found nothing that needed to change: the force had "
     "already rewritten its guidance after the incident.", "organisational_learning", "yes"),
    ("Two drivers collided at a junction. The attending officers considered whether either of the two drivers could have "
     "committed a criminal offence. They decided there was no evidence that they had.", "criminal_indication", "not_stated"),
    ("Three brothers were arrested at the house and later released. We considered whether any of the three might have "
     "committed a criminal offence. In our view, there was no indication that they had.", "criminal_indication", "not_stated"),
    ("We considered whether the messages sent by her neighbour could amount to a criminal offence, and decided that they "
     "did not.", "criminal_indication", "not_stated"),
    ("PC Vale handcuffed Mr Hale outside the shop. Mr Hale had been calm throughout. Nor did we find anything to indicate "
     "that he had committed an offence.", "criminal_indication", "not_stated"),
    ("None of the evidence suggested that PC Vale had ignored a report that the man had committed an offence.",
     "criminal_indication", "not_stated"),
])
def test_report_fields_of_the_twenty_second_review(body, field, expected):
    assert record(body, title="Fictional case – Kent Police, March 2022")[field] == expected


def test_a_gated_search_skips_only_pages_that_lack_its_words():
    page = parse_page("Title\nThe force has since changed its policy. Nothing else.")
    policy = re.compile(r"\bchanged\s+its\s+policy\b")
    assert rules._first(page, policy, gate=("policy",)).text == "The force has since changed its policy."
    assert rules._first(page, policy, gate=("audit",)) is None  # the gate's word is nowhere on the page
    assert rules._first(parse_page("Title\nNo change. The force changed its POLICY."), re.compile(r"changed its policy", re.I),
                        gate=("policy",)).text == "The force changed its POLICY."


@pytest.mark.parametrize("body, field, expected", [
    # the twenty-third round: questions about learning asked in other words, and changes a force made
    ("We asked ourselves whether there was anything the force as a whole might learn from this case, and found nothing.",
     "organisational_learning", "no"),
    ("We considered whether Kent Police should change anything about the way it handles such reports. We found nothing "
     "that needed to change.", "organisational_learning", "no"),
    ("We also considered whether there was anything Kent Police should do differently after this case. We did not "
     "identify anything.", "organisational_learning", "no"),
    ("We looked for anything Kent Police as an organisation could learn from the incident and did not find anything.",
     "organisational_learning", "no"),
    ("We considered whether there were lessons in this case for the force, and found none.", "organisational_learning", "no"),
    ("Since the crash, Kent Police has introduced a short course on pursuit tactics for all of its traffic officers.",
     "organisational_learning", "yes"),
    ("Kent Police has told us it has since added a fortnightly supervisor's review of every open missing person report.",
     "organisational_learning", "yes"),
    # an offence asked about as a threshold, and an answer that first says how it was reached
    ("We considered whether any of the posts met the threshold for an offence under the Malicious Communications Act, "
     "and concluded that they did not.", "criminal_indication", "no"),
    ("We considered whether the constable may have committed an offence of careless driving. Having reviewed the dashcam "
     "footage, we did not find an indication that he had.", "criminal_indication", "no"),
    # someone's account of files sent to the CPS in other cases is no referral of our own
    ("The detective told us she had informed the victims that their files had gone to the CPS. We found no indication "
     "that any officer had committed a criminal offence.", "cps_referral", "no"),
])
def test_report_fields_of_the_twenty_third_round(body, field, expected):
    assert record(body, title="Fictional case – Kent Police, March 2022")[field] == expected


@pytest.mark.parametrize("body, field, expected", [
    # (found by the review of the twenty-third round)
    ("Kent Police informed us that it had sent a file on the sergeant to the CPS, which decided not to charge him. We found "
     "no indication that the two constables with him had committed a criminal offence.", "cps_referral", "yes"),
    ("We did not identify any organisational learning. Kent Police told us that it has since carried out a review of the "
     "sergeant's training record.", "organisational_learning", "no"),
    ("Kent Police has arranged refresher training on handcuffing for all three constables.", "organisational_learning",
     "not_stated"),
    ("Officers called to the street assessed whether the texts met the threshold for a criminal offence. They found no "
     "evidence that they did.", "criminal_indication", "not_stated"),
    ("We considered whether either sergeant may have committed a criminal offence. Having reviewed the footage of the first "
     "sergeant, we found no evidence that he had.", "criminal_indication", "not_stated"),
    ("We considered whether the sergeant may have committed an offence of careless driving. After reviewing the data from "
     "the car, we did not find an indication that he had.", "criminal_indication", "no"),
    ("We considered whether there was anything Kent Police should do differently after the case, and found nothing.",
     "organisational_learning", "no"),
])
def test_report_fields_of_the_twenty_third_review(body, field, expected):
    assert record(body, title="Fictional case – Kent Police, March 2022")[field] == expected


@pytest.mark.parametrize("body, field, expected", [
    # the twenty-fourth round: "no" said as nothing the force needed to change, and changes a force made since
    ("We examined how the calls were graded and found nothing the force needed to change.", "organisational_learning", "no"),
    ("Nor did we find anything in Kent Police's guidance on missing people that needed to change as a result of the case.",
     "organisational_learning", "no"),
    ("We did not find anything that Devon and Cornwall Police needed to learn as an organisation.", "organisational_learning",
     "no"),
    ("We also considered whether Kent Police's training on restraint needed to change after this incident, and concluded "
     "that it did not.", "organisational_learning", "no"),
    ("We asked whether there was any learning for Kent Police's custody policy, and found none: the policy was clear and "
     "the sergeant had been trained in it.", "organisational_learning", "no"),
    ("We recommended that the force hold misconduct meetings for both sergeants.", "organisational_learning", "not_stated"),
    ("Since the collision, Kent Police has added a night-time supervisor to its control room rota.",
     "organisational_learning", "yes"),
    ("The force has since changed its search record form so that every strip search must be countersigned.",
     "organisational_learning", "yes"),
    ("Since then, Kent Police has issued a final written warning to the constable.", "organisational_learning", "not_stated"),
    ("The force has since updated the family on the progress of the case.", "organisational_learning", "not_stated"),
    # offences: answers and questions in other words
    ("We considered whether either of them may have committed a criminal offence, and found nothing to indicate that "
     "they had.", "criminal_indication", "no"),
    ("We considered whether the way the van was driven could amount to a criminal offence, and found no indication that "
     "it did.", "criminal_indication", "no"),
    ("We considered whether the sergeant's conduct could amount to the offence of misconduct in public office. In our view "
     "there was no indication that it did: he had acted carelessly rather than dishonestly.", "criminal_indication", "no"),
    ("Nor did we find any indication that a criminal offence had been committed by anyone serving with Kent Police.",
     "criminal_indication", "no"),
    ("We found that the constable had no case to answer and that the evidence did not indicate he had committed a "
     "criminal offence.", "criminal_indication", "no"),
    ("In May 2022 we asked the Crown Prosecution Service to decide whether the sergeant should be charged with assault.",
     "cps_referral", "yes"),
])
def test_report_fields_of_the_twenty_fourth_round(body, field, expected):
    assert record(body, title="Fictional case – Kent Police, March 2022")[field] == expected


@pytest.mark.parametrize("body, field, expected", [
    # (found by the review of the twenty-fourth round)
    ("The officer in the case asked the CPS to consider whether there was enough evidence to charge her former partner.",
     "cps_referral", "no"),
    ("We asked the CPS to consider whether the cyclist who caused the crash should be charged.", "cps_referral", "no"),
    ("We asked the CPS whether the sergeant should be charged with assault.", "cps_referral", "yes"),
    ("Kent Police reviewed its custody policy after the death, and found nothing that needed to change. We disagreed, and "
     "recommended that the force require two checks an hour for anyone who has taken drugs.", "organisational_learning", "yes"),
    ("We recommended that Kent Police remind its call handlers of its policy on repeat callers. Apart from this, we found "
     "nothing the force needed to change.", "organisational_learning", "yes"),
    ("The custody sergeant looked at his risk assessment again at 3am, and found nothing that needed to change.",
     "organisational_learning", "not_stated"),
    ("We recommended that the force review how it schedules misconduct hearings so that they are not delayed.",
     "organisational_learning", "yes"),
    ("We did not find anything that Kent Police needed to improve.", "organisational_learning", "no"),
    ("Since the death, Kent Police has launched an appeal for witnesses.", "organisational_learning", "not_stated"),
    ("Since these events, the force has added a warning marker to the woman's address.", "organisational_learning",
     "not_stated"),
    ("We found that the evidence did not indicate she had committed a criminal offence, so the constable had no grounds "
     "to arrest her.", "criminal_indication", "not_stated"),
    ("We considered whether the way the stolen van was driven could amount to a criminal offence, and found no indication "
     "that it did.", "criminal_indication", "not_stated"),
    ("We considered whether PC Rowe's use of force could amount to a criminal offence. In our view there was no indication "
     "that it did: it was the other constable whose blow may have been an assault.", "criminal_indication", "not_stated"),
])
def test_report_fields_of_the_twenty_fourth_review(body, field, expected):
    assert record(body, title="Fictional case – Kent Police, March 2022")[field] == expected


@pytest.mark.parametrize("body, field, expected", [
    # the twenty-fifth round (report fields only)
    ("We found nothing that called for organisational learning in this case.", "organisational_learning", "no"),
    ("We looked at whether the force, as an organisation, had anything to learn from the case. We did not find anything.",
     "organisational_learning", "no"),
    ("Following the complaint, Kent Police reminded control room staff across the force that every repeat call must be "
     "flagged.", "organisational_learning", "yes"),
    ("Since the woman's death, however, the force has added mental health advice to the briefing given to every response "
     "team.", "organisational_learning", "yes"),
    ("Kent Police told us it had passed our report to its Organisational Learning Board to support force-wide work on "
     "safeguarding.", "organisational_learning", "yes"),
    ("We also considered whether any of the messages could amount to an offence under the Malicious Communications Act, "
     "and concluded that they did not meet the threshold, as they were private.", "criminal_indication", "no"),
    ("We also considered whether any of the messages could amount to an offence, and concluded that they did not meet the "
     "threshold for a criminal offence.", "criminal_indication", "no"),
    ("Since then, the force has added the sergeant to its list of trained negotiators.", "organisational_learning",
     "not_stated"),
])
def test_report_fields_of_the_twenty_fifth_round(body, field, expected):
    assert record(body, title="Fictional case – Kent Police, March 2022")[field] == expected


@pytest.mark.parametrize("body, field, expected", [
    # (found by the review of the twenty-fifth round)
    ("We recommended that Kent Police update its guidance on repeat calls. Apart from that, we found nothing that called "
     "for organisational learning.", "organisational_learning", "yes"),
    ("Kent Police's own investigation found nothing that called for organisational learning. We recommended that the force "
     "retrain all its call handlers on repeat calls.", "organisational_learning", "yes"),
    ("We did not identify any organisational learning. Following the complaint, the force reviewed how the call had been "
     "handled and referred the matter to us.", "organisational_learning", "no"),
    ("Since then, the force has established that the cell camera footage had been overwritten.", "organisational_learning",
     "not_stated"),
    ("A year before the incident, the force had briefed officers across the force on the new custody policy.",
     "organisational_learning", "not_stated"),
    ("PC Lane, whose job was training officers across the force in the use of Taser, fired his own Taser twice.",
     "organisational_learning", "not_stated"),
    ("The coroner considered whether the force should change anything in its training, and concluded that it did not. We "
     "recommended that Kent Police remind all call handlers of its guidance on welfare checks.", "organisational_learning",
     "yes"),
    ("Ms Reed had been getting abusive texts from a neighbour. We considered whether the texts could amount to an offence, "
     "and concluded that they did not meet the threshold.", "criminal_indication", "not_stated"),
])
def test_report_fields_of_the_twenty_fifth_review(body, field, expected):
    assert record(body, title="Fictional case – Kent Police, March 2022")[field] == expected


@pytest.mark.parametrize("body, expected", [
    # two forces together as the doer (after check-34 was read)
    ("Since then, the two forces have put in place a joint protocol for passing welfare calls between their control rooms.", "yes"),
    ("Since then, both forces have introduced a joint procedure for handing over missing person reports.", "yes"),
    # ... not forces named for something else
    ("Since then, the two forces have been asked to comment on the draft report.", "not_stated"),
])
def test_organisational_learning_from_two_forces_together(body, expected):
    assert record(body)["organisational_learning"] == expected


# Read after check-35 (twenty-eighth change), narrowed by its review: the question about learning in more words.
def learning_of(body: str) -> str:
    return record(body)["organisational_learning"]


@pytest.mark.parametrize("body", [
    "We asked whether there was anything Kent Police needed to change as an organisation. We did not find anything.",
    "We considered whether there was anything the force, as a whole, could learn from the case. We did not identify any.",
])
def test_asked_whether_the_force_needed_to_change_answered_no(body):
    assert learning_of(body) == "no"


@pytest.mark.parametrize("body", [
    # a change to one decision is not learning
    "We considered whether there was anything the force should change in its decision on the outcome for the officer. "
    "We did not find anything.",
    # the force's own review asking, and answering
    "The force's professional standards department had considered whether there was anything the force needed to change. "
    "It found nothing.",
    # (our second verb recommending, to a force, no further action, a remedy or an individual's training)
    "We found that the evidence did not allow the man's account to be preferred over the officers' accounts, and "
    "recommended that the force take no further action against any of the officers.",
])
def test_not_our_learning_question_or_not_about_learning(body):
    assert learning_of(body) == "not_stated"


# Read after check-39: the offence question and its "no" in other words.
def offence_of(body: str) -> str:
    return record(body, title="Fictional case – Kent Police, March 2022")["criminal_indication"]


@pytest.mark.parametrize("body", [
    # the evidence's own voice, with "to us", naming no one: the IOPC's finding on the people it investigated
    "The evidence did not suggest to us that a criminal offence might have been committed.",
    # "either of them" after the evidence's "did not indicate"
    "We decided that neither constable had a case to answer. The evidence did not show that either of them had committed a "
    "criminal offence.",
    # an example of the offence between the question and its answer
    "We considered whether any of them might have committed a criminal offence, such as manslaughter by gross negligence or "
    "misconduct in public office, and concluded that the evidence did not show that they had.",
    # two sentences: "be an offence" asked, a threshold not met answered, after advice
    "We looked at whether any of the posts could be an offence under the Malicious Communications Act. Having sought "
    "specialist advice, we concluded that they fell short of the threshold for a criminal offence.",
    # a possessive in the question, "misconduct in public office" as its offence, the answer with its reason
    "We considered whether the inspector's behaviour could amount to misconduct in public office. Having read the "
    "messages, we concluded that it did not reach the threshold for a criminal offence, as nothing showed he had used his "
    "role to begin the relationship.",
])
def test_no_offence_in_other_words(body):
    assert offence_of(body) == "no"


@pytest.mark.parametrize("body", [
    # the officers' own view of a crime reported to them, not our finding
    "Officers spoke to the shop owner. Nothing suggested that a criminal offence had been committed, so they closed the log.",
    # a member of the public the agentless passive names
    "The evidence did not suggest that a criminal offence had been committed by the driver of the car.",
    # the neighbour's posts, not those of anyone serving
    "We looked at whether the posts written by her neighbour could be an offence. Having taken legal advice, we concluded "
    "that they fell short of the threshold for a criminal offence.",
    # a threshold the answer says was met
    "We considered whether the sergeant's conduct could amount to misconduct in public office. Having read the messages, "
    "we concluded that it did reach the threshold for a criminal offence.",
])
def test_not_a_no_offence_finding_about_the_police(body):
    assert offence_of(body) != "no"


@pytest.mark.parametrize("body", [
    # (found by the review of this change) the evidence's "no" in a story about the public, not our finding
    "Police forced entry to the bungalow and found the tenant had died. The evidence did not suggest that a criminal "
    "offence had been committed.",
    "A man was held overnight after a fight outside a pub and then released. The evidence did not suggest to us that a "
    "criminal offence had been committed.",
    "Three boys were stopped near the station. Officers drove them home and spoke to their parents. The evidence did not "
    "show that any of them had committed a criminal offence.",
    # a possessive of someone not serving: the question is about their offence
    "We looked at whether the lodger's texts could be an offence. Having taken legal advice, we concluded that they fell "
    "short of the threshold for a criminal offence.",
    "We considered whether the prisoner's actions could amount to an offence of assaulting an emergency worker. Having "
    "watched the footage, we concluded that they fell short of the threshold for a criminal offence.",
])
def test_the_evidence_no_about_the_public_is_no_finding(body):
    assert offence_of(body) == "not_stated"


def test_what_we_told_a_family_is_still_our_finding():
    body = ("We investigated two constables. As we explained to the family when we met them, in our view neither "
            "officer had committed a criminal offence.")
    assert offence_of(body) == offence_of(body.replace("explained to", "told"))


# Read after check-40: more answers to our offence question, and a force's changes in more words.
@pytest.mark.parametrize("body", [
    "We looked at whether any of the posts could amount to an offence under the Malicious Communications Act, and "
    "concluded that none of them met the threshold for a criminal offence.",
    "We considered whether the texts could amount to a criminal offence. Nothing we found suggested that the constable "
    "had committed one.",
    "We looked at whether sharing the images could be an offence. Taking into account who had seen them, we did not "
    "think that threshold was reached for any of the officers.",
])
def test_our_offence_question_answered_no_in_more_words(body):
    assert offence_of(body) == "no"


def test_a_colleague_answering_is_not_our_no():
    body = ("We considered whether the texts could amount to a criminal offence. Nothing the sergeant told us suggested "
            "that the constable had committed one.")
    assert offence_of(body) != "no"


@pytest.mark.parametrize("body", [
    "Since the incident, the force has made it a requirement that every search plan includes a check of the rear exits.",
    "Since this case, GMP has set up automated monitoring that flags repeated checks on the same address.",
    "Essex Police has since raised the number of supervisors on the night shift and introduced an alert that flags any "
    "urgent log left unallocated.",
])
def test_a_force_change_since_the_case_in_more_words(body):
    assert learning_of(body) == "yes"


def test_nothing_calling_for_a_learning_recommendation_is_no():
    assert learning_of("We found nothing that called for a learning recommendation.") == "no"


@pytest.mark.parametrize("body", [
    # (found by the review of this change) the question names someone serving, whoever the sentence before names
    "Mr Dale said a sergeant had sent him abusive messages. We considered whether the messages could amount to a criminal "
    "offence, and found no indication that they did.",
    "Two residents had been arguing in the street when a constable used his spray. We considered whether the constable's "
    "use of force could amount to a criminal offence, and found no indication that it did.",
])
def test_a_question_about_someone_serving_after_the_public_is_still_ours(body):
    assert offence_of(body) == "no"


def test_a_question_about_comments_by_people_in_a_village_is_not_ours():
    body = ("She had been the subject of comments posted online by people in her village. We reviewed whether the comments "
            "could amount to criminal offences, and concluded that none of them met the threshold for a criminal offence.")
    assert offence_of(body) != "no"


# Read after check-41: more answers to our offence question, and the force's learning in more words.
@pytest.mark.parametrize("body", [
    "We looked at whether what the sergeant did could amount to misconduct in public office. Having weighed the evidence, "
    "we decided it did not reach the threshold for that offence, and no other offence was indicated.",
    "We considered whether his conduct could amount to misconduct in public office. Having looked at the posts, the "
    "dates and the replies, we decided the evidence did not reach the threshold for that offence, and no file was sent "
    "to the Crown Prosecution Service.",
    "We considered whether the posts could amount to an offence. Because only two colleagues saw them, and having taken "
    "advice, we decided they fell short of the threshold for a criminal offence.",
    "We considered whether any of the posts could amount to an offence. Having taken advice, we concluded they did not "
    "meet the threshold for a criminal prosecution.",
    "We considered whether the sergeant's behaviour could amount to misconduct in public office, and concluded that the "
    "evidence did not indicate that offence had been committed, so no file was sent to the CPS.",
    "We found nothing to suggest any officer had acted in a way that justified proceedings. Nor was there any indication "
    "that a criminal offence had been committed by any of them.",
    "We concluded that the police driver had a case to answer for misconduct. The evidence did not indicate that he had "
    "committed a criminal offence.",
])
def test_our_offence_finding_in_still_more_words(body):
    assert offence_of(body) == "no"


def test_the_evidence_about_him_after_a_story_of_the_public_is_no_finding():
    body = "A man was stopped outside the station and later released. The evidence did not indicate that he had committed " \
           "a criminal offence."
    assert offence_of(body) != "no"


@pytest.mark.parametrize("body, expected", [
    ("Kent Police said it would think about whether the case raised any wider learning for its control room.", "not_stated"),
    ("We then made a formal recommendation that both officers should attend misconduct meetings, which the force accepted.",
     "not_stated"),
    ("Our two recommendations to Kent Police, about how supervisors check risk assessments, were accepted in full.", "yes"),
    ("We also considered whether there was anything either force should learn from the case. We did not identify anything.",
     "no"),
    ("Kent Police has since briefed every response team on the standards expected when using messaging apps.", "yes"),
    ("The force told us its custody unit had started a weekly review of all detainees held longer than a day.", "yes"),
])
def test_learning_in_still_more_words(body, expected):
    assert learning_of(body) == expected


@pytest.mark.parametrize("body", [
    # (found by the review of this change) the public's messages, a story's "them", "he" and "she"
    "Ms Pryce had been getting abusive messages from a neighbour and reported them. We investigated how officers handled "
    "her reports. We considered whether the messages could amount to a criminal offence. We decided that the evidence did "
    "not reach the threshold for that offence, and no file was sent to the CPS.",
    "Three boys were stopped and searched near the park. Nothing was found on any of the boys. Nor was there any indication "
    "that a criminal offence had been committed by any of them.",
    "Both officers were served with misconduct notices for how they dealt with a man outside a bar. The evidence did not "
    "indicate that he had committed a criminal offence.",
])
def test_the_publics_offence_in_the_new_wordings_is_no_finding(body):
    assert offence_of(body) != "no"


@pytest.mark.parametrize("body, expected", [
    # (found by the review of this change)
    ("Kent Police thought about whether there was any wider learning from the case and has since briefed every response "
     "team on how to grade calls.", "yes"),
    ("We recommended that Kent Police change how its control room grades calls, and that the two call handlers attend "
     "misconduct meetings.", "yes"),
    ("We recommended that the force make sure officers who attend misconduct meetings get the evidence ten days before.",
     "yes"),
    ("Our recommendations to Kent Police, about how the custody sergeant should be dealt with, were accepted.", "not_stated"),
    ("The force told us its professional standards department had started a second review of all the cases the detective "
     "constable had investigated.", "not_stated"),
    ("Kent Police has since retrained all three officers in safe restraint techniques.", "not_stated"),
])
def test_learning_near_misses_of_the_new_wordings(body, expected):
    assert learning_of(body) == expected


# Read after check-42: the threshold our answer found not met, in two more wordings; a person's learning is no "no".
@pytest.mark.parametrize("body", [
    "We considered whether any of the three might have committed an offence of misconduct in public office. We concluded "
    "that the evidence fell short of the threshold for either offence.",
    "We looked at whether any of the posts could be an offence. Having taken legal advice, we decided the threshold for a "
    "criminal offence had not been met.",
])
def test_our_offence_finding_in_yet_more_words(body):
    assert offence_of(body) == "no"


@pytest.mark.parametrize("body", [
    # (found by the review of this change) a threshold not said to be for an offence answers something else
    "We considered whether the sergeant's messages could amount to a criminal offence, and whether they met the threshold "
    "for gross misconduct. We decided the threshold had not been met.",
])
def test_a_threshold_not_said_to_be_an_offences_is_no_offence_answer(body):
    assert offence_of(body) != "no"


# Read after check-43: our answer to our own offence question in three more wordings; a force's change after the matter
# with no practice word of its own.
@pytest.mark.parametrize("body", [
    "We considered whether the restraint used on the woman could amount to an offence, and decided that the evidence did "
    "not indicate that either of the officers had committed one.",
    "We considered whether any of the posts could amount to an offence, and concluded that none of them met that threshold.",
    "We looked at whether the remarks could be an offence. After taking legal advice, we concluded that the threshold for a "
    "criminal offence had not been reached, so no file went to the CPS.",
])
def test_our_offence_finding_in_three_more_wordings(body):
    assert offence_of(body) == "no"


@pytest.mark.parametrize("body", [
    "Following our investigation, Dorset Police has introduced a register at each of its stations so that every handover "
    "is signed for.",
    "After the matter came to light, Dorset Police set up a helpline for probationers, and it now asks every probationer "
    "to rate their tutor at the end of the placement.",
])
def test_a_forces_change_after_the_matter_is_learning(body):
    assert learning_of(body) == "yes"


@pytest.mark.parametrize("body", [
    # (found by the review of this change) the public's offence, answered in the same words
    "A man was punched by a door supervisor before officers arrived. We considered whether the door supervisor's actions "
    "amounted to a criminal offence, and decided that the evidence did not indicate that he had committed one.",
    "A woman was threatened by her former partner. We considered whether her former partner's threats amounted to a "
    "criminal offence, and decided that the evidence did not indicate that he had committed one.",
    "A woman reported that her brother had threatened her. We considered whether the threats made to the woman by her "
    "brother amounted to a criminal offence, and concluded that they did not.",
    "We considered whether the comments posted online by people in her village amounted to a criminal offence, and "
    "concluded that they did not.",
])
def test_the_publics_offence_answered_is_not_ours(body):
    assert offence_of(body) != "no"


@pytest.mark.parametrize("body", [
    "We considered whether any officer had committed a criminal offence. After taking legal advice, we did not find an "
    "indication that any officer had.",
    "We considered whether any of the officers had committed a criminal offence. After obtaining the officers' accounts, "
    "we found no indication that they had.",
])
def test_our_answer_after_advice_or_the_officers_accounts(body):
    assert offence_of(body) == "no"


def test_no_file_went_to_the_cps_is_no_referral():
    body = ("We considered whether the sergeant's remarks could be an offence. We found no indication that they were, so no "
            "file went to the CPS.")
    assert record(body, title="Fictional case – Kent Police, March 2022")["cps_referral"] == "no"


def test_an_officers_own_offence_against_his_partner_is_ours():
    body = ("We considered whether PC Lowe had committed an offence when he pushed his wife during an argument at their home, "
            "and concluded that there was no indication that he had.")
    assert offence_of(body) == "no"


# Read after check-44: our offence answer with what followed, the referral threshold as our answer, a staff member of the
# force, shared content; the IOPC's "no" learning in two more wordings, the force's changes in three.
@pytest.mark.parametrize("body", [
    "We asked ourselves whether the altered log might amount to an offence by the detention officer. We concluded there was "
    "no indication that he had committed one, so no file was sent to the Crown Prosecution Service.",
    "We considered whether the restraint used by the two constables could amount to a criminal offence, and concluded that "
    "the threshold for referring a file to the Crown Prosecution Service had not been reached.",
    "We considered whether the sergeant may have committed an offence of misconduct in public office. Taking into account "
    "the evidence available, we decided the threshold for referring a file to the CPS had not been met.",
    "We found nothing to indicate that any member of the force's staff had committed a criminal offence.",
    "We considered whether any of the content in the group could amount to an offence. Because the group was closed, we "
    "decided the threshold for a criminal offence had not been met, and no file was sent to the CPS.",
])
def test_our_offence_answer_after_check_44(body):
    assert offence_of(body) == "no"


@pytest.mark.parametrize("body", [
    "We considered whether Kent Police could learn anything as an organisation from the case, and we did not identify any "
    "such learning.",
])
def test_no_learning_in_one_more_wording(body):
    assert learning_of(body) == "no"


@pytest.mark.parametrize("body", [
    "Since these events, Kent Police has briefed every neighbourhood team on its policy on body worn video.",
    "After our investigation, Kent Police told us that an inspector now reviews a sample of closed burglary investigations "
    "every month.",
])
def test_a_forces_change_in_three_more_wordings(body):
    assert learning_of(body) == "yes"


@pytest.mark.parametrize("body", [
    # (found by the review of this change) "such" learning denied for someone else, beside learning for the force
    "We identified learning for the force's control room and recommended that Kent Police change its call grading guidance. "
    "We did not identify any such learning for the response officers.",
    "We did not identify any such learning opportunities for the detention officers involved. However, we recommended that "
    "Kent Police review its guidance on cell checks.",
])
def test_such_learning_denied_for_people_does_not_outweigh_a_recommendation(body):
    assert learning_of(body) == "yes"


@pytest.mark.parametrize("body", [
    # (found by the review) one person's supervision is not the organisation's learning
    "Kent Police told us that a sergeant now checks every search PC Dale records, until his improvement plan ends.",
    "Since these events, Kent Police has made it a requirement that any use of force by either officer is reviewed by a "
    "sergeant for the next six months.",
])
def test_supervision_of_the_people_involved_is_not_the_forces_change(body):
    assert learning_of(body) == "not_stated"


# Read after check-45: the force's own changes in more words (told us that, since these events, it has ...; a second
# thing it did; equipment fitted; a form redesigned), a whole answer that nothing called for a recommendation; our offence
# answer in more words.
@pytest.mark.parametrize("body", [
    "Lancashire Police has told us that, since these events, it has brought in alerts that flag repeated checks on the same "
    "vehicle so that its vetting unit can review them.",
    "Lancashire Police told us it has since redesigned the handover sheet.",
    "Since this incident the force has fitted electronic door sensors in all of its cell corridors, so that every check is "
    "logged.",
])
def test_a_forces_change_after_check_45(body):
    assert learning_of(body) == "yes"


def test_nothing_in_the_forces_policy_that_called_for_a_recommendation_is_no():
    assert learning_of("We found nothing in the force's guidance or training that called for a learning recommendation.") == "no"


@pytest.mark.parametrize("body", [
    "We also looked at whether the altered entries could amount to a criminal offence. Nothing in the evidence suggested that "
    "either of the officers had committed one.",
    "We also considered whether any of the posts might be grossly offensive under the Communications Act 2003. Having read "
    "them, we concluded that the threshold for a criminal offence was not met by any of the three.",
    "We found that the sergeant had no case to answer for misconduct. Nor did the evidence indicate that she had committed a "
    "criminal offence.",
])
def test_our_offence_answer_after_check_45(body):
    assert offence_of(body) == "no"


@pytest.mark.parametrize("body", [
    # (found by the review of this change) a change for the people involved, or one before the events, or for one victim
    "Since these events, Kent Police has given both officers words of advice and added a note to their training records.",
    "Kent Police told us that, following the 2018 inspection, it had fitted new cell call alarms in its custody suites.",
    "Since these events, Kent Police has fitted a panic alarm and security cameras at Ms Green's home.",
    # (read after check-47) the people involved given training, and a change before the events
    "Following the investigation, both constables involved were given refresher training on rousing detainees.",
    "Kent Police told us that the two officers who attended have since begun a course on first aid.",
    "We suggested that the constable reflect on how she spoke to the man.",
])
def test_a_change_for_the_people_involved_or_before_the_events_is_not_learning(body):
    assert learning_of(body) != "yes"


@pytest.mark.parametrize("body", [
    # (found by the review) "nothing ... required any change" beside a recommendation, or about a decision
    "We recommended that Kent Police review the training it gives pursuit commanders. We found nothing in the force's pursuit "
    "policy that required any change.",
])
def test_nothing_that_required_a_change_beside_a_recommendation_is_still_learning(body):
    assert learning_of(body) == "yes"


@pytest.mark.parametrize("body", [
    # (found by the review) "he" or "any of the three" of the public
    "We found that PC Adams had no case to answer for her decision to arrest the shopkeeper. Nor did the evidence indicate "
    "that he had committed a criminal offence.",
    "Three young men were arrested after a fight. We considered whether any of the three had committed a public order "
    "offence. Nothing in the evidence suggested that any of the three had committed one.",
])
def test_the_publics_offence_after_check_45_is_not_ours(body):
    assert offence_of(body) != "no"


# Read after check-47 (a fifth round) and the rounds after it: more of our offence answers, a referral threshold worded for
# the file, and learning in more words (one counted recommendation, a force's change told with "however", or in a longer
# clause); later rounds' cases follow in the same tests.
@pytest.mark.parametrize("body", [
    "The inspector was interviewed under misconduct caution. We considered whether he may have committed the offence of "
    "misconduct in public office. Having taken legal advice, we decided that the evidence did not indicate that he had "
    "committed either offence.",
    "We interviewed the detective under misconduct caution. He said the woman had welcomed his calls. We considered whether "
    "his conduct could amount to misconduct in public office. We concluded that the evidence did not reach the threshold for "
    "that offence.",
    # (read after check-48, a sixth round)
    "We looked at whether his contact with the woman could amount to misconduct in public office. After taking legal "
    "advice, we decided the evidence did not reach the threshold for that offence, and no file was sent to the CPS.",
    # (read after check-49, a seventh round: the evidence's own answer, a police record, a threshold for a file to the CPS,
    # the Communications Act's words, "or that any of them", the evidence's "nothing" after those investigated)
    "PC Rowe altered the log. We considered whether the false entries in the custody record could amount to a criminal "
    "offence. The evidence did not indicate that any of the three had committed one.",
    "PC Rowe altered the log. We considered whether the false entries could amount to a criminal offence, and concluded "
    "that they did not meet the threshold for referring a file to the Crown Prosecution Service.",
    "The constables had posted in the chat. We considered whether any of the posts were grossly offensive under the "
    "Communications Act 2003. We concluded that the threshold for referring a file to the CPS had not been met.",
    "Every officer and member of staff involved was treated as a witness. At no point did we find an indication that any "
    "of them had acted in a way that would justify disciplinary proceedings, or that any of them had committed a criminal "
    "offence.",
    "We interviewed the constable under misconduct caution. Nothing in the evidence suggested that he had committed a "
    "criminal offence.",
])
def test_our_offence_answers_read_from_the_fictional_parts(body):
    assert offence_of(body) == "no"


@pytest.mark.parametrize("body", [
    # the public's driving, or a "he" of the public after someone's interview
    "The man drove off at speed and crashed into a wall. We considered whether the manner of his driving could amount to a "
    "criminal offence. We found no indication that it did.",
    "We interviewed the constable under misconduct caution. He said the driver had been abusive. We considered whether "
    "her conduct could amount to a public order offence. We found no indication that it did.",
])
def test_the_publics_offence_after_check_47_is_not_ours(body):
    assert offence_of(body) != "no"


def test_a_threshold_for_a_file_to_be_passed_not_reached_is_no_referral():
    fields = record("Three officers were interviewed under criminal and misconduct caution. After reviewing the evidence, we "
                    "decided that it did not reach the threshold for a file to be passed to the Crown Prosecution Service.")
    assert fields["cps_referral"] == "no"


@pytest.mark.parametrize("body, expected", [
    ("We made one recommendation to Kent Police, about how handovers between shifts are supervised.", "yes"),
    ("We did not make any learning recommendations. Kent Police has, however, since introduced training on bail for all "
     "new officers.", "yes"),
    ("GMP has since fitted door sensors to every cell in its Bolton custody suite and brought in a monthly audit comparing "
     "the cell records with the footage.", "yes"),
    # a recommendation made on a date says nothing of what it was about
    ("We made our recommendation to Kent Police on 3 May 2020.", "not_stated"),
    ("After receiving our report, Kent Police gave every call handler in its control room refresher training on risk.", "yes"),
    # (read after check-48, a sixth round)
    ("We thought carefully about whether there was any organisational learning for Kent Police, and we did not find any.", "no"),
    ("We also considered whether GMP needed to change anything in its restraint training. We concluded that it did not: the "
     "training was in line with national guidance.", "no"),
    ("Since this case, Kent Police has made training on abuse of position part of the induction course for every new "
     "special constable.", "yes"),
    ("The force has since introduced handheld scanners at every cell door in its custody suites.", "yes"),
    ("Kent Police now requires two members of staff to be present whenever a cash exhibit is signed out.", "yes"),
    # (two people sent on a course, or a rule without every occasion, stay unread)
    ("Kent Police now requires two members of staff to complete a refresher course on exhibits.", "not_stated"),
    # (read after check-49, a seventh round: counted recommendations "covering" practice, a force's changes since a hearing)
    ("We made three recommendations to Kent Police, covering how strip searches are authorised and recorded.", "yes"),
    ("Since the hearing, Kent Police has made training on the safe use of messaging apps compulsory for every officer.", "yes"),
    # (learning for those counted is theirs)
    ("We also identified learning for all three officers about restraint.", "not_stated"),
    # (found by the reviews of the seventh round) learning for a whole group of its staff; counted recommendations about
    # people or redress; a force looking at records, a reminder to those involved, a negation, training for those involved
    ("We identified learning for both officers and staff in the control room about grading calls.", "yes"),
    ("We made two recommendations to Kent Police, relating to the conduct of PC Dunn and PC Ray.", "not_stated"),
    ("We made two recommendations to Kent Police, covering an apology to the family and payment for the damage.", "not_stated"),
    ("Following the hearing, Kent Police reviewed the training records of the three constables and found them up to date.",
     "not_stated"),
    ("Following the proceedings, the force reminded each officer involved of its guidance on handcuffing.", "not_stated"),
    ("Since these events, the force has made no change to its training and does not think it should be compulsory.",
     "not_stated"),
    ("Since the hearing, Kent Police has made refresher training on restraint mandatory for every officer involved in the "
     "arrest.", "not_stated"),
    # (read after check-50, an eighth round: a question about learning is no learning found; "none beyond the individual
    # learning ..." and "there was not"; a force's change about how it does something)
    ("We asked ourselves whether there was wider learning for Kent Police from this case. We decided there was none beyond "
     "the individual learning for the two people involved.", "no"),
    ("We asked ourselves whether there was anything Kent Police needed to change about how it monitors the use of its "
     "systems. We concluded there was not: its auditing had found the searches quickly.", "no"),
    # (a question alone, on a page cut while we were asking it, is nothing found)
    ("We thought about whether there was any wider learning for Kent Police from this case, in particular about how often "
     "the force audits", "not_stated"),
    # (found by the reviews of the eighth round) a question answered in its own sentence; what follows the individual
    # learning; a change told after the colon; an audit of the case's own records
    ("We asked ourselves whether there was wider learning for Kent Police and identified organisational learning about how "
     "custody staff record rousing checks.", "yes"),
    ("We asked ourselves whether there was wider learning for Kent Police. We decided there was none beyond the individual "
     "learning for the call handler, which Kent Police has since shared with every call handler in its control room.", "not_stated"),
    ("We asked ourselves whether there was wider learning for Kent Police. We concluded there was not: the force had "
     "rewritten its rousing policy for all custody suites in response to the death.", "not_stated"),
    ("Since these events, Kent Police has audited the detention logs for that night.", "not_stated"),
    # (read after check-51, a tenth round) the force telling us of the training it had given everyone in a job, after the
    # events; a change after something else the force has since done, in one clause
    ("After the incident, the force told us it had given refresher training on stalking to every response officer in the "
     "district.", "yes"),
    ("The force has since checked the cash held in each of its stores and changed its procedures so that a sealed bag is "
     "only opened with a second person present.", "yes"),
    ("After the incident, the force told us it had given refresher training to the two constables involved.", "not_stated"),
    ("Kent Police has since met the family and changed the constable's duties.", "not_stated"),
    # (found by the reviews of the tenth round) a record put right, training for those involved or given before the events
    ("The force has since apologised to the family and amended the custody record.", "not_stated"),
    ("Following the incident, the force told us it had given refresher training on cell checks to both detention officers.",
     "not_stated"),
    ("Following the incident, the force told us it had given every response driver pursuit training when they joined.",
     "not_stated"),
    ("Following the incident, the force told us it had given all of its detective sergeants training on seizing "
     "journalists' material.", "yes"),
    # (read after check-52, an eleventh round) a question about "any need for the force to change", answered; "did not find
    # any wider learning for the force"; (found by its review) a reason after the short answer is not read, even one that
    # tells of no change; nor an instruction "to all"
    ("We considered whether the case showed any need for the force to change the way it uses ANPR alerts. We did not find "
     "any.", "no"),
    ("We looked carefully at whether Kent Police needed to change anything as a result of this case, and did not find any "
     "wider learning for the force.", "no"),
    ("We asked whether the force needed to change anything. We concluded it did not, as it had already introduced a new "
     "policy.", "yes"),
    ("The force has since issued an instruction to PC Hall about his phone.", "not_stated"),
    ("The force has since issued an instruction to all officers at the scene to write up their notes.", "not_stated"),
    # (read after check-53, a twelfth round) a change to how something is done; access restricted "so that staff ..."; no
    # learning "beyond the individual learning for the two officers involved", asked of a force by its initials
    ("Kent Police has since changed how the keys for its cars are signed out, so that a supervisor must approve each "
     "booking.", "yes"),
    ("Kent Police has since restricted access so that staff can only open the files they are assigned.", "yes"),
    ("We considered whether BTP could learn anything as an organisation from this case, and decided that there was nothing "
     "beyond the individual learning for the two officers involved.", "no"),
])
def test_learning_read_from_the_fictional_parts(body, expected):
    assert learning_of(body) == expected


@pytest.mark.parametrize("body, field, expected", [
    # (found by the review of this change) the public's driving just before; a "he" of the public in the account; a file
    # sent after all; a recommendation beside "in our view it did not"; a recommendation about someone's conduct; training
    # for named or involved officers; a measure for one person
    ("A police car was following a stolen car. The car's driver, Mr Wells, lost control on a bend. We considered whether the "
     "manner of his driving could amount to a criminal offence, and found no indication that it did.",
     "criminal_indication", "not_stated"),
    ("We interviewed the constable under misconduct caution. He accepted that Mr Doyle had been drunk and thrown a bottle. "
     "We considered whether his conduct could amount to a criminal offence. We found no indication that it did.",
     "criminal_indication", "not_stated"),
    ("We found an indication that the constable may have committed assault. On the first allegation, the evidence did not "
     "reach the threshold for a file to be passed to the CPS. On the second, it did, and we sent a file.", "cps_referral", "yes"),
    ("We considered whether the force's policy on pursuits needed to change, and in our view it did not. We recommended that "
     "Gwent Police remind all its traffic officers of the policy.", "organisational_learning", "yes"),
    ("We made a recommendation to Kent Police, about how it should deal with PC Lowe's conduct.", "organisational_learning", "not_stated"),
    ("Since this case, Kent Police now requires two officers from the team, the constable and the sergeant involved in the "
     "arrest, to complete refresher training on restraint.", "organisational_learning", "not_stated"),
    ("Since these events Kent Police has introduced a six month programme of mentoring and closely supervised shifts in the "
     "control room for the call handler who graded the first 999 call as low priority.", "organisational_learning", "not_stated"),
    # (found by the later reviews of this change) a "he" of the public just before; a file on the other of two; a file sent
    # elsewhere; one recommendation about one person; a measure for one person, or a review of one person's job
    ("During the arrest, the man bit PC Kay's hand. We considered whether he may have committed an offence of assault. We "
     "found no indication that he had.", "criminal_indication", "not_stated"),
    ("The evidence against the sergeant did not reach the threshold for a file to be passed to the CPS, but the evidence "
     "against the constable did.", "cps_referral", "yes"),
    ("The evidence did not reach the threshold for a file to be passed to the CPS. We sent our file to Durham Constabulary "
     "for it to consider.", "cps_referral", "no"),
    ("We made one recommendation to Kent Police, about Ms Hale's return to the control room.", "organisational_learning", "not_stated"),
    ("Kent Police has since introduced a three-month mentoring arrangement with daily call reviews for the call taker who "
     "graded the call.", "organisational_learning", "not_stated"),
    # (found by the review of the sixth round) a file sent in the same sentence, the CPS's own decision to come; two officers
    # for one person; an answer about her, not the force
    ("We had to decide whether the case should be referred to the CPS, and in March 2022 we sent a file. The CPS decided not "
     "to charge him.", "cps_referral", "yes"),
    ("We sent a file to the CPS, which will decide whether the case should go to court.", "cps_referral", "yes"),
    ("Kent Police now requires two officers to be present whenever PC Hale deals with a female detainee.",
     "organisational_learning", "not_stated"),
    ("Kent Police now requires two members of staff to be present whenever the detention officer involved handles property.",
     "organisational_learning", "not_stated"),
    ("We considered whether the SIO needed to change anything about how the investigation was run. We concluded that it did "
     "not.", "organisational_learning", "not_stated"),
    ("Mr Hart sent PC Lowe a series of abusive texts. We considered whether his messages amounted to a criminal offence and "
     "concluded that they did not.", "criminal_indication", "not_stated"),
    ("We looked at whether there were any lessons for the force in how the call was handled, and whether the call handler "
     "had followed the script. We concluded that she had not.", "organisational_learning", "not_stated"),
    # (near the seventh round's rules, which must not fire on them)
    # the public's record, and the public's offence by the evidence
    ("The man had a long record. We considered whether the false entries in his custody record could amount to a "
     "criminal offence. The evidence did not indicate that he had committed one.", "criminal_indication", "not_stated"),
    ("Officers arrested the man after a fight. Nothing in the evidence suggested that he had committed a criminal "
     "offence.", "criminal_indication", "not_stated"),
    # (found by the review of the seventh round) the man arrested two sentences back, or in the same sentence; a question
    # of lawfulness, whose "criminal convictions" are the driver's
    ("Officers arrested Mr Lane and held him overnight. We considered whether the arrest was lawful. Nothing in the "
     "evidence suggested that he had committed a criminal offence.", "criminal_indication", "not_stated"),
    ("We considered whether the searches were lawful, given the driver's earlier criminal convictions for drugs offences, "
     "and concluded that they were not.", "criminal_indication", "not_stated"),
    # (and the reviews' others) a question about what someone of the public did; an answer about another person
    ("We considered whether the images were indecent, which would make their possession by the tenant an offence. We "
     "found no evidence of this.", "criminal_indication", "not_stated"),
    ("We considered whether the sergeant's use of force could amount to a criminal offence. The evidence did not indicate "
     "that the other officer had committed one.", "criminal_indication", "not_stated"),
])
def test_report_fields_found_by_the_reviews_of_the_fifth_to_seventh_rounds(body, field, expected):
    assert record(body, title="Fictional case – Kent Police, March 2022")[field] == expected


@pytest.mark.parametrize("body, expected", [
    # a question about the force's own ways, answered no in the next sentence, however the question names them
    ("We considered whether the force needed to change its training or guidance as a result. We concluded that it did not, "
     "as the guidance was clear.", "no"),
    ("We asked whether Exampleshire Police should change its policy on vehicle checks. We decided there was no need, as the "
     "policy was sound.", "no"),
    ("We examined whether the control room procedures needed to change. They did not: the procedures were followed "
     "correctly.", "no"),
    ("We considered whether the force could learn anything from this case. We decided that there was nothing beyond the "
     "individual learning for the two officers involved.", "no"),
    # (never a person's ways, nor an answer about something else)
    ("We considered whether the officer's training needed to change. We decided there was no need.", "not_stated"),
    ("We considered whether the sergeant should change his approach to briefings. We concluded that he did not need to.",
     "not_stated"),
    ("We considered whether the force needed to change its training. We decided there was no need to refer the matter to "
     "the CPS.", "not_stated"),
    # (found by the review) the question's other verbs ("revise", "improve"), and "no need for it"; a reason that is a
    # change made since is learning acted on, no "no"
    ("We looked at whether Exampleshire Police needed to revise its procedures for waking detainees. We concluded that it did "
     "not.", "no"),
    ("We considered whether the force should improve how it shares information with victims. We found that there was no "
     "need for it.", "no"),
    ("We considered whether the force should revise its procedures for checking warrant addresses. We decided there was no "
     "need, as the force had already introduced a two-person check after the incident.", "not_stated"),
    # (found by the review) learning found elsewhere still comes first, even where only the learned reader finds it
    ("We asked whether the force should change its approach to closing roads after fatal collisions. We concluded that it "
     "did not, as closures are decided by the senior investigating officer. Exampleshire Police nevertheless updated its "
     "road closure guidance after our investigation.", "yes"),
])
def test_a_question_about_the_forces_ways_answered_no(body, expected):
    assert record(body)["organisational_learning"] == expected


# Eighth stop: a force's second change told as the second half of one clause, read on parts already read (a
# restriction the patterns do not count, then an audit they do).
@pytest.mark.parametrize("body", [
    "The force has since limited who can open its property store, and now carries out random weekly audits of the "
    "exhibits held there.",
    "Since this case, Kent Police has restricted access to its domestic abuse records and added a monthly audit of the "
    "searches made in that system.",
    "Since these events, Kent Police has closed the rear door of its custody suite and introduced a check of every "
    "detainee's property at booking in.",
    # (found by its review: a first half naming staff by number, and a second half set up)
    "Kent Police has cut the number of staff who can change custody records and set up weekly audits of the changes.",
])
def test_a_forces_second_change_in_one_clause_is_learning(body):
    assert learning_of(body) == "yes"


@pytest.mark.parametrize("body", [
    # the second half goes on about the people of the first, or is no change of practice
    "Since these events, the force has given the two officers refresher training and added a note to each officer's file.",
    "Kent Police has since restricted his access to its systems, and added a note to his file.",
    "Since this case, Kent Police has restricted the constable's access to its systems and reminded him of the policy.",
    "The force has since apologised to the family and paid for the damaged door.",
    # (found by its review: the person named by role, and a practice that already was)
    "Kent Police has accepted our findings and now carries out monthly audits of the sergeant's searches.",
    "Kent Police has accepted our findings and now audits the searches made by the member of staff every month.",
    "Kent Police has accepted our findings and now runs the monthly audit of searches that it introduced in 2015.",
])
def test_a_second_half_about_the_people_or_no_practice_is_not_learning(body):
    assert learning_of(body) != "yes"


# Eighth stop, read from check-57 after it was scored: learning denied in other words, a question answered by a
# practice that already was, recommendations listed "one about ...", and a second change after "officers and staff".
@pytest.mark.parametrize("body, expected", [
    ("Nor did we identify any learning for the force.", "no"),
    ("We looked for ways in which the force could improve its practice after this case, but did not find any.", "no"),
    # a force's name with "and" in a learning question
    ("We also considered whether there were lessons for Avon and Somerset Constabulary as an organisation. We concluded "
     "there were none.", "no"),
    # "there were not", and a reason dated before the events is a practice that already was
    ("We considered whether there were any lessons for Kent Police as an organisation. We found there were not.", "no"),
    ("We considered whether there were any lessons for Kent Police as an organisation. We found there were not, as the "
     "force had already revised its missing persons policy some weeks before the incident.", "no"),
    ("Kent Police had introduced a new stalking policy shortly before these events.", "not_stated"),
    # ... but a change made because of the events is learning acted on (the force's), not a "no"
    ("We considered whether there were any lessons for Kent Police as an organisation. We found there were not, as the "
     "force had already revised its missing persons policy after the incident.", "yes"),
    ("We made two recommendations to Kent Police, one about how cell checks are logged and one about sampling cell "
     "footage.", "yes"),
    ("Since our investigation, Kent Police has opened a confidential reporting line for its officers and staff, and has "
     "made training on challenging misogyny compulsory for every supervisor.", "yes"),
    ("Since these events, Kent Police has briefed all of its custody staff on rousing checks.", "yes"),
    # (found by its review: a denial about the people, or beyond learning found, is no "no"; the force's second change
    # outweighs our "none"; the longest force name)
    ("Nor did we identify any learning for the constable beyond the refresher course he had already attended.", "not_stated"),
    ("We recommended that Kent Police review its guidance on handcuffing. Nor did we identify any learning for the force "
     "beyond that recommendation.", "yes"),
    ("We did not identify any organisational learning. Since our investigation, Kent Police has opened a reporting line "
     "for its officers and staff, and has made training on professional boundaries compulsory for every supervisor.", "yes"),
    ("We looked for ways in which Hampshire and Isle of Wight Constabulary could improve how it searches for missing "
     "children, but did not find any.", "no"),
])
def test_learning_read_from_check_57(body, expected):
    assert learning_of(body) == expected


# Ninth stop, read from check-59 after it was scored (rules frozen for check-60): a learning question naming the force by
# its initials, access narrowed, checks begun, more people for the work told to us; "no offence" said of "either" or of
# "the people under investigation"; "none of them did" as an answer; a criminal caution "under both"; "him" in a CPS
# sentence after two sentences about an officer.
@pytest.mark.parametrize("body, expected", [
    ("We also asked ourselves whether there was anything the MPS as an organisation should learn from what happened. We "
     "did not find anything in this case.", "no"),
    ("As a result of this investigation, Kent Police has reduced the number of staff roles that can search its "
     "intelligence systems, and its audit team now checks a sample of searches every month.", "yes"),
    ("Following this case, Kent Police began checking a random sample of searches on its intelligence systems every "
     "month, and line managers are now told of any search not linked to a crime number.", "yes"),
    ("Following our investigation, Kent Police began auditing every detention in its custody suites.", "yes"),
    ("The force also told us that it had reviewed the caseloads of detectives in the team and had moved two additional "
     "investigators into it.", "yes"),
    # traps: an officer's rank by initials, footage of the case, one officer's cases or calls, this case's investigation
    ("We considered whether there was anything the DS should learn. We found none.", "not_stated"),
    ("Kent Police has reduced the number of officers who can view the footage.", "not_stated"),
    ("After the incident, the force began reviewing all searches made by the officer.", "not_stated"),
    ("Following this case, the force began checking all calls graded by PC Hill.", "not_stated"),
    ("Since then, the force has started reviewing each case where the officer was involved.", "not_stated"),
    ("The force told us it had assigned two additional officers to the investigation.", "not_stated"),
    ("His line managers are now aware of the concerns.", "not_stated"),
])
def test_learning_read_from_check_59(body, expected):
    assert learning_of(body) == expected


@pytest.mark.parametrize("body, field, expected", [
    ("We found nothing to suggest either had committed a criminal offence.", "criminal_indication", "no"),
    ("Nothing in the evidence suggested that any of the four people under investigation had committed a criminal offence.",
     "criminal_indication", "no"),
    ("We also considered whether any of the messages could amount to an offence under the Communications Act 2003, and "
     "concluded that none of them did.", "criminal_indication", "no"),
    ("PC Harland was interviewed under both criminal and misconduct caution.", "criminal_indication", "yes"),
    ("PC Harland was interviewed under criminal caution. He gave a prepared statement. A file of evidence went to the Crown "
     "Prosecution Service, and it charged him with an offence.", "cps_referral", "yes"),
    # traps: men of the public before "either", a man's messages, a man arrested before "him"
    ("Two men were arrested. We found nothing to suggest either had committed a criminal offence.", "criminal_indication",
     "not_stated"),
    ("We considered whether any of the messages the man sent could amount to an offence, and concluded that none of them "
     "did.", "criminal_indication", "not_stated"),
    ("PC Hill arrested the man. A file went to the CPS, and it charged him with assault.", "cps_referral", "no"),
])
def test_offence_and_cps_read_from_check_59(body, field, expected):
    assert record(body)[field] == expected


# Ninth stop: a question about the force and our short "no" straight after it, read together by the learned reader (the
# question's wording may be one no pattern knows; the answer alone says nothing of learning).
@pytest.mark.parametrize("body, expected", [
    ("We considered whether the force should learn from this. We did not find anything.", "no"),
    ("We considered whether Kent Police should change its policy on this. We did not find that it should.", "no"),
    # not about the people in the case, nor a partial answer, nor an answer with a "but"
    ("We considered whether the officer should learn from this. We did not find anything.", "not_stated"),
    ("We considered whether the force should learn from this. We did not find anything else.", "not_stated"),
    ("We considered whether the force should learn from this. We did not find anything, but we shared the report with it.",
     "not_stated"),
])
def test_a_question_about_the_force_and_our_short_no_read_together(body, expected):
    assert learning_of(body) == expected


def test_the_answer_read_with_its_question_is_evidence_too():
    rec = extract_text("Fictional case – Kent Police, March 2022\n\nWe considered whether the force should learn from this. "
                       "We did not find anything.")
    evidence = [e.sentence for e in rec.evidence if e.field == "organisational_learning"]
    assert evidence == ["We considered whether the force should learn from this.", "We did not find anything."]


# Ninth stop: the "no offence" finding said of the people by pronoun or count, where neither it nor the sentence before
# names someone of the public that the pronoun or count could mean.
@pytest.mark.parametrize("body, expected", [
    ("We found PC Dale had a case to answer for misconduct. We found no indication that he had committed an offence under "
     "data protection law.", "no"),
    ("The man was arrested. We found no indication that he had committed an offence.", "not_stated"),
])
def test_no_offence_said_of_the_people_by_pronoun(body, expected):
    assert record(body)["criminal_indication"] == expected


# Ninth stop, from the review of the check-59 round: a caution the IOPC decided against, one person's records, and checks
# begun on a kind of record with no "all" or "every".
@pytest.mark.parametrize("body, field, expected", [
    ("We decided it was not necessary to interview her under both criminal and misconduct caution.", "criminal_indication",
     "not_stated"),
    ("Kent Police has since reduced the number of officers who can access the man's records.", "organisational_learning",
     "not_stated"),
    ("After the incident, Kent Police started sampling calls graded as low priority every week.", "organisational_learning",
     "yes"),
    ("After the incident, Kent Police began reviewing the case.", "organisational_learning", "not_stated"),
    ("Following this case, Kent Police began reviewing his searches.", "organisational_learning", "not_stated"),
])
def test_the_check_59_rounds_review_mends(body, field, expected):
    assert record(body)[field] == expected


@pytest.mark.parametrize("body, expected", [
    # (ninth stop, from the review of the check-59 round: a member of the public's criminal caution is no officer's)
    ("A man was arrested on suspicion of burglary and was interviewed under criminal caution. The custody sergeant was "
     "interviewed under misconduct caution only.", "not_stated"),
    ("The driver was interviewed under criminal and misconduct caution on suspicion of dangerous driving.", "yes"),
])
def test_whose_criminal_caution(body, expected):
    assert record(body)["criminal_indication"] == expected


@pytest.mark.parametrize("body, expected", [
    # (ninth stop, from the review of the check-59 round: everyone in a post told to do a check, with no article)
    ("The force told us that line managers are now required to check custody observation records at the end of every "
     "shift.", "yes"),
    ("The force told us that his line managers are now required to check his records.", "not_stated"),
])
def test_a_check_everyone_in_a_post_now_does(body, expected):
    assert learning_of(body) == expected


# Tenth stop: the offence model's "no" about people only pointed back to ("either of them", "she"), where neither the
# sentence nor the one before names someone of the public they could be.
@pytest.mark.parametrize("body, expected", [
    ("We found that PC Dale and PC Eyre had a case to answer for misconduct. Nor did the evidence suggest that either of them "
     "had committed a criminal offence.", "no"),
    ("We found that the custody sergeant had no case to answer for misconduct. Because she had followed the policy, we "
     "concluded that the evidence did not indicate she had committed a criminal offence.", "no"),
    ("The officers arrested a woman on suspicion of theft. The evidence did not indicate she had committed a criminal "
     "offence.", "not_stated"),
    ("Officers stopped three men in a car. Nor did the evidence suggest that any of them had committed a criminal offence.",
     "not_stated"),
    ("The sergeant spoke to the man's family. We concluded that the evidence did not indicate they had committed a criminal "
     "offence.", "not_stated"),
])
def test_the_offence_models_no_about_people_pointed_back_to(body, expected):
    assert record(body)["criminal_indication"] == expected


# Tenth stop: a force's change since the events, for all of a job ("for all officers and staff in its response teams",
# "all frontline officers"), said with a word the learned reader had never been offered ("introduced", "requirement",
# "instruction"): the reader's "yes", where the guard sees no one involved and nothing only intended.
@pytest.mark.parametrize("body, expected", [
    ("After the matter came to light, the force introduced a compulsory workshop on standards of behaviour on social media "
     "for all officers and staff in its response teams.", "yes"),
    # (not all of some people, an intention, or something set up long before)
    ("All 5 officers have since received refresher training on restraint.", "not_stated"),
    ("Since these events, the force has agreed to consider a requirement that all response officers retrain every year.",
     "not_stated"),
    ("Kent Police has accepted our findings and now runs the monthly audit of searches that it introduced in 2015.",
     "not_stated"),
])
def test_a_change_for_all_of_a_job_since_the_events(body, expected):
    assert learning_of(body) == expected


# Tenth stop, from the review of these changes (rv68): the pointed-back "no" is not taken for a member of the public named by
# title, nor for "she" after an officer called "he", nor for "either of them" after one officer who searched "both of them",
# nor for someone else's view; a change by another body is not the force's learning.
@pytest.mark.parametrize("body, field, expected", [
    ("PC Harland told us that Mr Osei had been driving erratically when he was stopped. The evidence did not suggest he had "
     "committed a criminal offence.", "criminal_indication", "not_stated"),
    ("PC Wray told us he had relied on what he saw from his patrol car. Having viewed the footage, we concluded that the "
     "evidence did not indicate she had committed a criminal offence.", "criminal_indication", "not_stated"),
    ("PC Ash searched both of them but found nothing. Nor did the evidence suggest that either of them had committed a "
     "criminal offence.", "criminal_indication", "not_stated"),
    ("Sergeant Pell told us he had been satisfied with PC Orme's account. In his view the evidence did not indicate he had "
     "committed a criminal offence.", "criminal_indication", "not_stated"),
    ("We found that neither officer had a case to answer for misconduct. Nor did the evidence indicate that either of them "
     "had committed a criminal offence.", "criminal_indication", "no"),
    ("After the matter came to light, the nightclub's owner introduced a requirement for all of its door staff to wear "
     "body-worn cameras.", "organisational_learning", "not_stated"),
    ("After the matter came to light, the local NHS trust introduced a requirement for all of its crisis staff to find a bed "
     "within four hours of a request from the police.", "organisational_learning", "not_stated"),
])
def test_the_review_of_the_pointed_back_no_and_the_change_for_all_of_a_job(body, field, expected):
    assert record(body)[field] == expected


@pytest.mark.parametrize("body, expected", [
    # the CPS's advice that no charges be brought is its charging decision, in a report of an officer under criminal caution
    ("The sergeant was interviewed under criminal caution for assault. No charges were brought in the end, acting "
     "on the advice of the Crown Prosecution Service.", "yes"),
    # (not where the advice was about a member of the public's case and nobody serving was under criminal caution)
    ("The man was arrested for theft. No charges were brought against him, following advice from the Crown Prosecution "
     "Service. We found no indication that any officer had committed a criminal offence.", "no"),
    # (review after the twentieth stop's freeze) the advice was about the complainant's own arrest
    ("The sergeant was interviewed under criminal caution. The woman who made the complaint had been arrested for "
     "harassment. In that case, no charges were brought following the advice of the Crown Prosecution Service.", "no"),
])
def test_no_charges_on_the_cps_advice_is_its_charging_decision(body, expected):
    assert record(body)["cps_referral"] == expected


# the twenty-first stop's fresh-eyes review: made-up passages (the reviewer's own words) near its new report-field rules,
# first with 56 over-reaches among them, all narrowed; each with the value a careful labeller gives by the codebook
def _passage_fields(body: str) -> dict:
    first = body.splitlines()[0]
    return extract_text(body if " - " in first else "Test report - Kent Police, May 2020\n\n" + body).fields


@pytest.mark.parametrize("body, field, expected", [
    # f01: Kent only arrested the subject officer for its own criminal inquiry
    ("Off-duty officer in street fight - Sussex Police, June 2021\n\nAn off-duty Sussex Police constable was"
     " involved in a fight outside a bar in Maidstone. He was arrested by Kent Police officers later that "
     "night on suspicion of assault. We looked at whether the constable had used his warrant card to try "
     "to avoid arrest. We found that he had a case to answer for gross misconduct.",
     "forces", ["Sussex Police"]),
    # f02: an arrest two years earlier is background, not the events investigated
    ("Death in custody - Essex Police, January 2020\n\nA man was brought into Chelmsford custody after being"
     " found unwell in the street. The custody record noted that he had been arrested by Suffolk "
     "Constabulary officers two years earlier, when he had said he used heroin. Custody staff did not "
     "rouse him as often as his risk assessment required. We found that two detention officers had a case "
     "to answer for misconduct.",
     "forces", ["Essex Police"]),
    # f03: the sentence says Hertfordshire did NOT detain her and had no contact
    ("Woman dies after police contact - Bedfordshire Police, August 2019\n\nBedfordshire Police received a "
     "call saying a woman was distressed on a bridge near the county boundary. She was not detained by "
     "Hertfordshire Constabulary officers at any point, and they had no contact with her that night. "
     "Bedfordshire Police call handlers closed the log without sending anyone. We found that one call "
     "handler had a case to answer for misconduct.",
     "forces", ["Bedfordshire Police"]),
    # f04: Sussex only received a call and passed it on
    ("Man restrained in shop - Kent Police, May 2022\n\nThe man was restrained by Kent Police officers in a "
     "supermarket after Sussex Police received a call from the store manager and passed it across the "
     "border. We investigated the force the officers used. In our view one officer had a case to answer "
     "for misconduct.",
     "forces", ["Kent Police"]),
    # f05: Cleveland searched a riverbank, not a person, and found no one
    ("Missing woman found dead - North Yorkshire Police, February 2021\n\nNorth Yorkshire Police were told "
     "that a vulnerable woman had not come home. Cleveland Police officers searched the riverbank near "
     "where she was last seen, but did not find her. She was found dead three days later. We found that a "
     "sergeant had a case to answer for misconduct for not grading the report as high risk.",
     "forces", ["North Yorkshire Police"]),
    # f06: Hampshire was only told next morning
    ("Man injured after arrest - Thames Valley Police, October 2020\n\nThe man was detained by Thames Valley"
     " Police and Hampshire Constabulary was told the following morning because he was wanted on a recall "
     "warrant. He later complained that his wrist had been broken during the arrest. In our view one "
     "officer had a case to answer for misconduct for his use of force.",
     "forces", ["Thames Valley Police"]),
    # f07: Merseyside arrested the subject officer
    ("Sergeant's contact with a vulnerable woman - Cheshire Constabulary, March 2022\n\nA Cheshire "
     "Constabulary sergeant sent a series of messages to a woman he had met while dealing with a burglary "
     "at her home. Merseyside Police officers arrested the sergeant at his home in Liverpool after the "
     "woman went to them. We found that the sergeant had a case to answer for gross misconduct.",
     "forces", ["Cheshire Constabulary"]),
    # f08: Northumbria's earlier arrest of the partner is background
    ("Domestic abuse calls - Durham Constabulary, November 2019\n\nA woman called Durham Constabulary three "
     "times to say her former partner was threatening her. He had been arrested by Northumbria Police "
     "officers the week before for breaching a restraining order, and was on bail. Durham Constabulary did"
     " not treat her later calls as urgent. We found that two call handlers had a case to answer for "
     "misconduct.",
     "forces", ["Durham Constabulary"]),
    # f09: by the project's new convention the force whose officers arrested him acted in the events
    ("Man dies after arrest - Metropolitan Police Service, July 2021\n\nThe man was arrested by officers "
     "from Essex Police near the county boundary and handed over to Metropolitan Police officers to be "
     "driven to custody. He became unwell in the van and died in hospital. We found that two Metropolitan "
     "Police officers had a case to answer for misconduct.",
     "forces", ["Essex Police", "Metropolitan Police Service"]),
    # f11: 'Essex Police arrested the driver'
    ("Cross-border pursuit - Hertfordshire Constabulary, April 2020\n\nHertfordshire Constabulary officers "
     "followed a stolen car into Essex. Essex Police arrested the driver after the car crashed into a "
     "wall. The driver said he had been struck while on the ground. We found that a Hertfordshire officer "
     "had a case to answer for misconduct.",
     "forces", ["Essex Police", "Hertfordshire Constabulary"]),
    # f12: a hypothetical
    ("Failure to arrest wanted man - Avon and Somerset Constabulary, May 2020\n\nThe man was wanted for a "
     "serious assault and was believed to be staying near the county border. Officers told his victim that"
     " if he crossed into Wiltshire he would be arrested by Wiltshire Police officers, and took no further"
     " action. He attacked her again a week later. We found that a sergeant had a case to answer for "
     "misconduct.",
     "forces", ["Avon and Somerset Constabulary"]),
    # f13: Cumbria arrested someone else in a separate operation the text says had no bearing
    ("Man dies in custody - Lancashire Constabulary, December 2019\n\nThe man was taken to Blackpool custody"
     " after a disturbance at a hotel. In a separate operation the same evening, Cumbria Constabulary "
     "officers arrested his brother in Carlisle, which had no bearing on what we investigated. We found "
     "that the custody sergeant had a case to answer for misconduct.",
     "forces", ["Lancashire Constabulary"]),
    # f14: detentions by the Met 'in previous years' are history, not the events investigated.
    ("Man dies after restraint - Kent Police, September 2020\n\nThe man had been detained by Metropolitan "
     "Police officers under the Mental Health Act on three occasions in previous years. On the night in "
     "question Kent Police officers restrained him in the street. We found that two officers had a case to"
     " answer for gross misconduct.",
     "forces", ["Kent Police"]),
    # f15: 'detained under section 136 by Merseyside Police officers'
    ("Man detained under mental health powers - Cheshire Constabulary, August 2021\n\nThe man was detained "
     "under section 136 by Merseyside Police officers in Ellesmere Port and taken to a Cheshire hospital. "
     "Cheshire Constabulary officers stayed with him for nine hours. We found that one Cheshire officer "
     "had a case to answer for misconduct.",
     "forces", ["Cheshire Constabulary", "Merseyside Police"]),
    # f16: Hampshire officers were only told he was in custody
    ("Man arrested on warrant - Kent Police, January 2022\n\nThe man was arrested by Kent Police officers "
     "for an offence committed in Hampshire, and Hampshire Constabulary officers were told he was in "
     "custody. He was held for 30 hours before being collected. We found that a custody sergeant had a "
     "case to answer for misconduct.",
     "forces", ["Kent Police"]),
    # f17: hearsay of a search at an earlier event, with no record
    ("Woman injured in police van - West Midlands Police, May 2021\n\nA woman was arrested at a concert. She"
     " was later said by her friends to have been searched by Staffordshire Police officers at an earlier "
     "event, though no record of this exists. She was injured in a West Midlands Police van. We found that"
     " the driver had a case to answer for misconduct.",
     "forces", ["West Midlands Police"]),
    # f18: the sentence says the Essex officers were not involved in the arrest
    ("Man dies after arrest - Kent Police, June 2022\n\nHe was restrained by Kent Police officers outside a "
     "pub, and Essex Police officers who had been following the same man earlier in the evening were not "
     "involved in the arrest. We found that one Kent officer had a case to answer for misconduct.",
     "forces", ["Kent Police"]),
    # c01: 'No officer was criminally interviewed' is a negation, and the closing 'no indication' finding is ...
    ("Two officers restrained a man who later died in hospital. We served both officers with misconduct "
     "notices. No officer was criminally interviewed, as we found no indication that any officer may have "
     "committed a criminal offence. We found that neither officer had a case to answer.",
     "criminal_indication", "no"),
    # c02: 'Neither officer was criminally interviewed'
    ("A constable and a sergeant arrested the woman at her home. Neither officer was criminally "
     "interviewed. We found no indication that either officer had committed a criminal offence. We found "
     "the constable had a case to answer for misconduct over the way she recorded the arrest.",
     "criminal_indication", "no"),
    # c03: the one criminally interviewed is the driver of the stolen car
    ("A police car pursuing a stolen car was involved in a collision at a junction. The driver of the "
     "stolen car was criminally interviewed by Kent Police and later charged with dangerous driving. We "
     "interviewed the police driver under misconduct caution. We found no indication that the police "
     "driver had committed a criminal offence.",
     "criminal_indication", "no"),
    # c04: the man who punched an officer was interviewed
    ("The man, who had punched an officer during the arrest, was criminally interviewed the next day and "
     "charged with assaulting an emergency worker. We served misconduct notices on the three officers who "
     "restrained him. We found no indication that any of the officers had committed a criminal offence.",
     "criminal_indication", "no"),
    # c05: police investigators interviewing a member of the public
    ("A caller reported a kidnapping that turned out to be invented. Investigators from Kent Police "
     "criminally interviewed the man who had made the call about wasting police time. We investigated how "
     "the control room dealt with the call. We found no indication that the call handler had committed a "
     "criminal offence.",
     "criminal_indication", "no"),
    # c06: 'We have not criminally interviewed the officer'
    ("We have not criminally interviewed the officer, because the evidence did not indicate that she had "
     "committed an offence. We found no indication that the officer had committed a criminal offence. She "
     "had a case to answer for misconduct.",
     "criminal_indication", "no"),
    # c07: a question about whether we should have interviewed
    ("We considered whether we should have criminally interviewed the sergeant at an earlier stage. We "
     "found no indication that the sergeant had committed a criminal offence. He had no case to answer.",
     "criminal_indication", "no"),
    # c08: 'was not interviewed about misconduct in public office'
    ("The officer was not interviewed about misconduct in public office, as we found no indication that he"
     " had committed any criminal offence. He was interviewed under misconduct caution. He had a case to "
     "answer for misconduct.",
     "criminal_indication", "no"),
    # c09: the complainant was interviewed as a witness about her MIPO allegation
    ("The complainant was interviewed as a witness about the allegations of misconduct in public office "
     "that she had made against PC Hart. We found no indication that PC Hart had committed a criminal "
     "offence. We found that he had a case to answer for misconduct.",
     "criminal_indication", "no"),
    # c10: a council licensing officer is not a person serving with the police
    ("A council licensing officer was interviewed on suspicion of misconduct in public office by Kent "
     "Police after he passed confidential information to a local businessman. We investigated how a police"
     " sergeant dealt with the man's complaint. We found no indication that the sergeant had committed a "
     "criminal offence.",
     "criminal_indication", "no"),
    # c11: the officer told the MAN he would be criminally investigated
    ("The officer told the man he would be criminally investigated for the damage to the police car. The "
     "man complained that he had been threatened. We found no indication that the officer had committed a "
     "criminal offence. He had no case to answer.",
     "criminal_indication", "no"),
    # c12: a conditional
    ("We told the sergeant that she would be criminally investigated only if new evidence came to light, "
     "and none did. We found no indication that the sergeant had committed a criminal offence.",
     "criminal_indication", "no"),
    # c13: the officer's own fear that he would be investigated is not an investigation.
    ("PC Lowe told us he had been afraid that he would be investigated criminally for the crash. We found "
     "no indication that PC Lowe had committed a criminal offence. He had a case to answer for misconduct.",
     "criminal_indication", "no"),
    # c14: 'was interviewed criminally'
    ("The constable was interviewed criminally about the assault on the detainee. We then served her with "
     "a misconduct notice. She had a case to answer for gross misconduct.",
     "criminal_indication", "yes"),
    # c16: 'DC Reid was criminally interviewed'
    ("DC Reid was criminally interviewed about the payments he had received from a witness. We later found"
     " that he had a case to answer for gross misconduct.",
     "criminal_indication", "yes"),
    # c17: 'The PCSO was criminally interviewed'
    ("The PCSO was criminally interviewed about the missing property. She had a case to answer for gross "
     "misconduct.",
     "criminal_indication", "yes"),
    # c18: 'A member of police staff was criminally interviewed'
    ("A member of police staff was criminally interviewed about unauthorised searches of police systems. "
     "She had a case to answer for gross misconduct.",
     "criminal_indication", "yes"),
    # c19: 'informed him that he would face a criminal investigation' is the same kind as 'would be ...
    ("After serving a misconduct notice on the officer, we informed him that he would face a criminal "
     "investigation for assault. He had a case to answer for gross misconduct.",
     "criminal_indication", "yes"),
    # c20: 'we ... saw that its detectives had criminally interviewed the woman's partner'
    ("When we reviewed the force's file, we saw that its detectives had criminally interviewed the woman's"
     " partner about the assault on her. We investigated how officers dealt with her earlier calls. We "
     "found no indication that any officer had committed a criminal offence.",
     "criminal_indication", "no"),
    # c22: the lorry driver
    ("The lorry driver was criminally interviewed after the crash. We interviewed the two officers under "
     "misconduct caution about the pursuit. We found no indication that either officer had committed a "
     "criminal offence.",
     "criminal_indication", "no"),
    # c23: 'The call handler was criminally interviewed'
    ("The call handler was criminally interviewed about her unauthorised disclosure of the caller's "
     "address. She had a case to answer for gross misconduct.",
     "criminal_indication", "yes"),
    # c24: the officer's wife was told SHE would be criminally investigated
    ("The officer's wife was told that she would be criminally investigated for helping him hide his "
     "phone. We found no indication that the officer had committed a criminal offence. He had a case to "
     "answer for gross misconduct.",
     "criminal_indication", "no"),
    # c25: a solicitor's question whether officers 'would be criminally investigated'
    ("The man's solicitor asked whether any of the officers would be criminally investigated. We found no "
     "indication that any officer had committed a criminal offence. None of them had a case to answer.",
     "criminal_indication", "no"),
    # c26: a member of the public interviewed about his MIPO allegation against a prison officer
    ("Kent Police officers interviewed the man regarding the allegation of misconduct in public office he "
     "had made against a prison officer. We investigated how the officers handled his report. We found no "
     "indication that any police officer had committed an offence.",
     "criminal_indication", "no"),
    # l01: 'learning disability ... so that officers were aware' is a detainee's condition, not learning.
    ("The man had a learning disability, which was flagged on the police system so that officers were "
     "aware of it. Officers arrested him for criminal damage at his home. We found that the custody "
     "sergeant had a case to answer for misconduct for not calling an appropriate adult.",
     "organisational_learning", "not_stated"),
    # l02: an e-learning package that already existed
    ("The force's e-learning package on domestic abuse is designed to ensure that call handlers understand"
     " how to grade risk. The call handler had not completed it. We found that she had a case to answer "
     "for misconduct.",
     "organisational_learning", "not_stated"),
    # l03: 'learning difficulties so officers were aware'
    ("The woman had learning difficulties so officers were aware that she might need an appropriate adult."
     " She was interviewed without one. We found that the sergeant had a case to answer for misconduct.",
     "organisational_learning", "not_stated"),
    # l04: learning from an earlier case 'never passed on' is a failure found, not learning identified here
    ("Learning from an earlier death in custody was never passed on to ensure that supervisors understand "
     "the need for checks. We found that the custody sergeant had a case to answer for misconduct.",
     "organisational_learning", "not_stated"),
    # l05: we asked the force what learning it intended and it has not replied
    ("We asked the force to tell us what learning it intended to take to ensure that its officers "
     "understand the policy. It has not yet replied. The officer had a case to answer for misconduct.",
     "organisational_learning", "not_stated"),
    # l06: 'learning to be addressed by supervisors to make sure that call handlers understand' is the r1143 ...
    ("There was learning to be addressed by supervisors to make sure that call handlers understand the "
     "grading policy. The call handler had no case to answer.",
     "organisational_learning", "yes"),
    # l07: refresher training recommended for the control room's call handlers and dispatchers is for a group ...
    ("We recommended refresher training on risk assessment for both call handlers and radio dispatchers in"
     " the control room. The call handler had a case to answer for misconduct.",
     "organisational_learning", "yes"),
    # l08: training 'for each of the custody sergeants at the suite' is a group of its staff
    ("We recommended training on the revised observation policy for each of the custody sergeants at the "
     "suite. One sergeant had a case to answer for misconduct.",
     "organisational_learning", "yes"),
    # l09: a complainant's claim that the force 'has taken no steps'
    ("The complainant told us that the force has taken no steps to ensure that this does not happen to "
     "anyone else. We found that the officer had a case to answer for misconduct.",
     "organisational_learning", "not_stated"),
    # l10: 'they' are the two officers improving their own record keeping
    ("Both officers told us that they have since taken steps to improve their record keeping. We found "
     "that neither officer had a case to answer.",
     "organisational_learning", "not_stated"),
    # l11: 'they' are the man's family
    ("The man's family said they have now taken steps to ensure his medication is kept in a locked box at "
     "home. We found that the officer had no case to answer.",
     "organisational_learning", "not_stated"),
    # l12: 'has taken a number of steps to ensure'
    ("Kent Police has taken a number of steps to ensure that referrals to children's services are made on "
     "time. The officer had a case to answer for misconduct.",
     "organisational_learning", "yes"),
    # l13: a missing man's description 'circulated to officers' is an operational step
    ("A description of the missing man and a recent photograph were circulated to officers across the "
     "county. He was found dead two days later. We found that the inspector had a case to answer for "
     "misconduct.",
     "organisational_learning", "not_stated"),
    # l14: a man's details circulated to hospital staff
    ("The man's details were circulated to relevant members of staff at the hospital in case he returned. "
     "We found that the officer had no case to answer.",
     "organisational_learning", "not_stated"),
    # l16: 'update Mrs Kay about the outcome' is keeping the family informed, not a change of practice
    ("We suggested that the force might want to update Mrs Kay about the outcome of our investigation, as "
     "she had not heard from anyone. The officer had no case to answer.",
     "organisational_learning", "not_stated"),
    # l17: reviewing one complaint-recording decision is redress in the case, not learning for the force.
    ("We suggested that Kent Police should review its decision not to record Mr Dale's complaint. The "
     "officer had no case to answer.",
     "organisational_learning", "not_stated"),
    # l18: 'We suggested to the force that it may want to introduce ...'
    ("We suggested to the force that it may want to introduce a written checklist for cell checks. The "
     "detention officer had a case to answer for misconduct.",
     "organisational_learning", "yes"),
    # l19: 'Our investigator suggested the force could introduce ...'
    ("Our investigator suggested the force could introduce a written checklist for cell checks. The "
     "detention officer had a case to answer for misconduct.",
     "organisational_learning", "yes"),
    # l24: PC Vine's own note-taking practice, which she will improve
    ("PC Vine accepted that her own note-taking practice was not adequate and told us she would ensure "
     "this was improved. She had no case to answer.",
     "organisational_learning", "not_stated"),
    # l25: a complainant's view that policies were not fit for purpose and his own plan to raise it with his ...
    ("Mr Oakes said the force's policies were not fit for purpose and that he would ensure they were "
     "reviewed by raising them with his MP. The officer had no case to answer.",
     "organisational_learning", "not_stated"),
    # l27: our question about learning for the force answered 'We found nothing ...' is a 'no'
    ("We considered whether there was anything the force as an organisation should learn from the way it "
     "dealt with the calls. We found nothing in its records or logs to suggest it should. The call handler"
     " had a case to answer for misconduct.",
     "organisational_learning", "no"),
    # l28: same
    ("We looked carefully at whether Kent Police needed to change anything about how it deals with such "
     "calls. We found no record of any wider problem. The call handler had no case to answer.",
     "organisational_learning", "no"),
    # l29: the sergeant's own handover process, which he will improve
    ("The sergeant accepted that his process for handing over detainees was not sufficient and said he "
     "would ensure it was improved. He received management action.",
     "organisational_learning", "not_stated"),
    # l33: 'Kent Police did not have the information it needed' is a fact about the events, not learning
    ("The investigation found that Kent Police did not have the information it needed to find her, because"
     " the hospital had not passed on her new address. The officer had no case to answer.",
     "organisational_learning", "not_stated"),
    # l34: 'We found that the force did not have enough call handlers' is the decision's own wording with 'the ...
    ("We found that the force did not have enough call handlers on duty that night to answer calls "
     "promptly. The call handler had no case to answer.",
     "organisational_learning", "yes"),
    # l35: a legal conclusion
    ("We found that BTP did not have the legal power to search the house without a warrant. The sergeant "
     "had a case to answer for misconduct for authorising the search.",
     "organisational_learning", "not_stated"),
    # (the third review, of the changes after the freeze: an interview on suspicion of a breach of the standards)
    ("The sergeant was interviewed on suspicion of gross misconduct after the complaint was made. We found"
     " that he had a case to answer for gross misconduct. At a hearing, gross misconduct was proven and he"
     " was dismissed.",
     "criminal_indication", "not_stated"),
    ("The officer was interviewed on suspicion of breaching the standards of professional behaviour "
     "relating to honesty and integrity. We found that she had a case to answer for misconduct. A "
     "misconduct meeting found the case proven and she received a written warning.",
     "criminal_indication", "not_stated"),
    ("The call handler was interviewed on suspicion of failing to follow the force's grading policy. We "
     "found that they had a case to answer for misconduct. At a misconduct meeting the case was found "
     "proven and they were given management advice.",
     "criminal_indication", "not_stated"),
    ("The officer was interviewed on suspicion of misconduct. We found that he had no case to answer, and "
     "the force agreed.",
     "criminal_indication", "not_stated"),
    ("The detention officer was interviewed on suspicion of gross misconduct for failing to carry out cell"
     " checks. We found that she had a case to answer for gross misconduct. She resigned before the "
     "hearing, which went ahead in her absence; gross misconduct was proven and she would have been "
     "dismissed.",
     "criminal_indication", "not_stated"),
    ("The officer was interviewed on suspicion of discreditable conduct after the video was shared online."
     " We found that he had a case to answer for misconduct.",
     "criminal_indication", "not_stated"),
    ("The inspector was interviewed on suspicion of having failed to supervise the custody suite properly."
     " We found that she had no case to answer.",
     "criminal_indication", "not_stated"),
])
def test_review_of_the_twenty_first_stop(body, field, expected):
    value = _passage_fields(body)[field]
    assert (sorted(value) if field == "forces" else value) == expected



# The twenty-third stop: a question about an offence answered "no" in the same sentence, worded anew (the verb in the past,
# "pointed to", the evidence naming the offence again, "did not point to one", an offence by its name alone), and a force's
# own change the learned reader may now weigh (what a rule forbids, things set up called "them", a rule for whoever holds a
# post, everyone in a job briefed, CCTV as equipment). Each wording was unread by the rules before; the last rows are kept
# as they were (the public's messages, another person's work, a refusal, an intention).
@pytest.mark.parametrize("body, field, expected", [
    ("We considered whether the posts amounted to a criminal offence and concluded that they did not, so no file went to "
     "the Crown Prosecution Service.",
     "criminal_indication", "no"),
    ("We looked at whether the database searches pointed to an offence under the Data Protection Act, and found no "
     "indication that an offence had been committed.", "criminal_indication", "no"),
    ("We considered whether her searches of the records could amount to an offence and concluded that the evidence did "
     "not indicate she had committed any criminal offence.", "criminal_indication", "no"),
    ("We considered whether the sergeant may have committed a criminal offence, but decided that the evidence did not "
     "point to one.", "criminal_indication", "no"),
    ("We considered whether his conduct could amount to misconduct in public office and decided there was no indication "
     "that it did.", "criminal_indication", "no"),
    ("The force has since issued an instruction to all response officers that body worn cameras must not be switched "
     "off during a search.", "organisational_learning", "yes"),
    ("The force has since introduced them in every one of its custody suites.", "organisational_learning", "yes"),
    ("Exampleshire Police told us that, since these events, it has required two members of staff to count any seized "
     "drugs together.", "organisational_learning", "yes"),
    ("Since these events Exampleshire Police has installed electronic recording of cell visits and introduced spot checks "
     "of custody logs by an inspector during every shift.",
     "organisational_learning", "yes"),
    ("Exampleshire Police told us that, since these events, every stalking report closed without an arrest is "
     "now reviewed by an inspector within a day.", "organisational_learning", "yes"),
    ("The constabulary accepted this and has briefed all of its control room staff on the grading policy.",
     "organisational_learning", "yes"),
    ("Mr Hart sent PC Lowe a series of abusive texts. We considered whether his messages amounted to a criminal offence "
     "and concluded that they did not.", "criminal_indication", "not_stated"),
    ("We considered whether the man may have committed a criminal offence, but decided the evidence did not point to "
     "one.", "criminal_indication", "not_stated"),
    ("Since these events, the force has introduced checks of the sergeant's work by an inspector.",
     "organisational_learning", "not_stated"),
    ("The force has since told the officers they must not use personal phones at scenes.", "organisational_learning",
     "not_stated"),

    # (after check-91 was read) an aside between the answer's verb and its finding; "that or any other" offence; a reason
    # saying what would not have changed
    ("We looked at whether any of the posts could amount to a criminal offence and decided, given that the chat was "
     "closed, that there was no indication that any of the six had committed one.", "criminal_indication", "no"),
    ("We considered whether the sergeant's actions could amount to a criminal offence and concluded, in view of the "
     "warning he had been given, that there was no indication that they did.", "criminal_indication", "no"),
    ("We considered whether the constable's conduct might amount to misconduct in public office, and concluded that the "
     "evidence did not indicate he had committed that or any other criminal offence.", "criminal_indication", "no"),
    ("We also looked for wider learning for Exampleshire Police. We found none: the decision was sound on what the "
     "handler knew, and a faster response would not have changed what happened.", "organisational_learning", "no"),
    ("We also looked for wider learning for Exampleshire Police. We found none: the force had changed its grading "
     "policy a month earlier.", "organisational_learning", "yes"),
    # (the fresh-eyes review of these changes) an offence by someone of the public; a decision not to change; training or
    # reminders from before the events, or asked about; and two of its misses mended (an aside "bearing in mind ...",
    # "wouldn't have changed")
    ("We considered whether the constable's account pointed to an offence by the man he had arrested, and concluded that "
     "it did not.", "criminal_indication", "not_stated"),
    ("We considered whether the PC's statement amounted to an offence by the driver, and concluded that it did not.",
     "criminal_indication", "not_stated"),
    ("Since these events, Exampleshire Police has concluded that its custody policy should not change.",
     "organisational_learning", "not_stated"),
    ("Exampleshire Police has trained all of its response officers in emergency life support since 2016, and both "
     "officers who attended had completed that course.", "organisational_learning", "not_stated"),
    ("Exampleshire Police has reminded all of its call handlers of this guidance at regular intervals, most recently in "
     "2019, a year before the call.", "organisational_learning", "not_stated"),
    ("We asked whether Exampleshire Police has trained all of its call handlers in recognising stalking. It told us that "
     "the course is optional.", "organisational_learning", "not_stated"),
    ("We considered whether the officer's comments pointed to an offence under the Public Order Act and decided, bearing "
     "in mind the context of the conversation, that there was no indication that he had committed one.",
     "criminal_indication", "no"),
    ("We considered whether there was any organisational learning for the force. We found none: a faster response "
     "wouldn't have changed the outcome.", "organisational_learning", "no"),
])
def test_report_fields_of_the_twenty_third_stop(body, field, expected):
    assert record(body)[field] == expected


# The twenty-fourth stop: our offence question answered "no" by the next sentence in wording the answer patterns did not
# know (an answer told by its parts: how we got there, our voice, the denial, whom it clears), and a "no offence" said of
# people whom the sentence itself, or the one before, says had or had no case to answer (so serving, even when called
# "the driver", a word the checks for the public otherwise take for a motorist).
@pytest.mark.parametrize("body, expected", [
    # the answer after a clause saying how, which mentions the officer's own account
    ("We looked at whether the altered custody entries could amount to a criminal offence. Having set the footage "
     "beside her account, we concluded there was no indication that she had committed one, so no file went to the "
     "Crown Prosecution Service.", "no"),
    # the evidence's voice, of a counted group
    ("We considered whether the inaccurate cell check records could amount to a criminal offence. Nothing in the "
     "evidence suggested that any of the four had committed one.", "no"),
    # a bare reply in our voice, with its reason
    ("We examined whether any of the posts could amount to an offence under the Communications Act 2003. We "
     "concluded that none did, because the forum was private and nobody outside it saw them.", "no"),
    ("We considered whether the comments met the threshold for an offence under the Communications Act 2003. We "
     "concluded they did not, as they stayed inside a closed group.", "no"),
    # our opinion, naming the officer, and the referral that did not follow
    ("We considered whether the sergeant's driving could amount to a criminal offence. Our opinion was that the "
     "evidence did not indicate the sergeant had committed it, and we did not refer the matter to the CPS.", "no"),
    # "the driver" the same sentence says had no case to answer, a motorist named just before
    ("A motorcyclist braked hard in front of the patrol car and the two collided. We concluded that the driver had no "
     "case to answer for misconduct, and we saw nothing to suggest that he had committed a criminal offence.", "no"),
    # "he" just after "the driver had no case to answer"
    ("We concluded that the driver had no case to answer for misconduct. The evidence also did not suggest that he "
     "had committed any criminal offence, such as careless driving.", "no"),
    # "none of the three had a case to answer ... any of them", a detainee named just before
    ("The risk form did not ask staff to reconsider a detainee's needs after a change of shift. Our view was that "
     "none of the three had a case to answer for misconduct, and that nothing pointed to any of them having "
     "committed a criminal offence.", "no"),
    # an offence by its name, asked of someone serving or of their force or driving, answered in the sentence or the next
    ("We examined whether either sergeant might have committed an assault and found no indication that they had.", "no"),
    ("We considered whether the second constable's use of force could amount to an assault, and concluded there was no "
     "indication that it did.", "no"),
    ("We looked at whether the officer's driving might amount to careless or dangerous driving and decided there was no "
     "indication that it did: he kept within the speed his training allowed.", "no"),
    ("We considered whether either constable might have committed an assault. Taking into account the woman's struggling "
     "during the first part of the detention, we decided there was no indication that they had.", "no"),
    # a concession between "concluded that" and the finding; an offence named at length before the answer
    ("We considered whether the messages could amount to a criminal offence and concluded that, although they were "
     "unprofessional, they did not meet that threshold.", "no"),
    ("We considered whether the database searches pointed to an offence under the Data Protection Act or of misconduct in "
     "public office, and found no indication that an offence had been committed, as nothing was passed on.", "no"),
])
def test_offence_answers_of_the_twenty_fourth_stop(body, expected):
    assert record(body)["criminal_indication"] == expected


@pytest.mark.parametrize("body", [
    # an answer about something else
    "We considered whether the false entries could amount to a criminal offence. We found no evidence that he had "
    "been paid for them.",
    # an answer that clears one and leaves another open
    "We considered whether the officers' driving could amount to a criminal offence. We found no indication that he "
    "had, but the sergeant's driving may have been careless.",
    # "he", a motorist the sentence before names; no one said to have a case to answer
    "Officers stopped a driver on the motorway and searched his car. Nothing suggested that he had committed a "
    "criminal offence.",
    # "he", a motorist named just before, no one said to have a case to answer
    "A van driver pulled out in front of the patrol car. The evidence did not suggest that he had committed any "
    "criminal offence.",
    # an offence by name, of someone of the public, or asked with no answer
    "We considered whether the man had committed an assault on the sergeant, and found no indication that he had.",
    "We considered whether the constable's use of force could amount to an assault. We referred the matter to the "
    "force's professional standards department.",
    # the answer after a clause picking one of the two out
    "We considered whether either constable might have committed an assault. Having watched the footage of the first "
    "constable, we decided there was no indication that he had.",
])
def test_offence_answers_of_the_twenty_fourth_stop_kept_unread(body):
    assert record(body)["criminal_indication"] == "not_stated"


# The twenty-fourth stop, organisational learning: a search for learning is no learning found; a recommendation to hold a
# hearing "for all three officers" is about the people (a counted "all three" is no group of the force's staff); "nothing
# that called for a learning recommendation to <force>"; a question about lessons for a force by its initials, or a search
# for "opportunities for the force to learn"; an answer setting aside what the people involved were given ("beyond the
# outcomes for the officers involved"); "There was none:" with a reason that is no change.
@pytest.mark.parametrize("body, expected", [
    ("We looked for opportunities for organisational learning arising from this case. We did not find any.", "no"),
    ("The force did not accept that the three officers had a case to answer. We recommended that the force hold a gross "
     "misconduct hearing for all three officers.", "not_stated"),
    ("We found nothing that called for a learning recommendation to Exampleshire Police in this case.", "no"),
    ("During the investigation we looked for opportunities for the force to learn from the case. We found none beyond the "
     "outcomes for the officers involved.", "no"),
    ("We also considered whether there were lessons for EXP as a force. We did not identify any, beyond what had already "
     "been addressed with the officers.", "no"),
    ("We asked ourselves whether there was any organisational learning for the force, as distinct from the sergeant. "
     "There was none: its custody policy was clear and had been followed by the other staff on duty.", "no"),
])
def test_learning_answers_of_the_twenty_fourth_stop(body, expected):
    assert record(body)["organisational_learning"] == expected


@pytest.mark.parametrize("body", [
    # a reason that is a change made since, or a new measure
    "We asked ourselves whether there was any organisational learning for the force. There was none: it had since "
    "introduced a second check on every cell visit.",
    # what is left beyond the people's outcomes is not set aside
    "We looked for opportunities for the force to learn from the case. We found none beyond that.",
])
def test_learning_answers_of_the_twenty_fourth_stop_kept(body):
    assert record(body)["organisational_learning"] != "no"


# The twenty-fourth stop, CPS referral: "No file was therefore sent" is no file sent; a decision still to come ("we will
# decide ... whether a file should go to the CPS") is no referral.
@pytest.mark.parametrize("body", [
    "We looked at whether the sergeant's searches could amount to a criminal offence and decided the evidence did not point "
    "to one. No file was therefore sent to the Crown Prosecution Service.",
    "Two of the officers were interviewed under criminal caution. When our investigation is complete we will decide "
    "whether any of them has a case to answer, and whether a file should go to the Crown Prosecution Service.",
])
def test_no_cps_referral_of_the_twenty_fourth_stop(body):
    assert record(body)["cps_referral"] == "no"


# The twenty-fourth stop's review (64 made-up passages on this stop's field changes; 16 over-reaches, 8 misses, each
# over-reach narrowed): an answer naming one of several people asked about, a bare "it was not" after a sentence asking
# two things, "had" followed by what it was not ("had as much information as", "had since contacted", "had given"), a
# reason naming another officer, the force's department asking first, a neighbour's "his use of force", a concession
# naming a person, a rank's letters ("DSU Marsh"), a referral decided on in the same sentence; and misses: an offence by its
# statutory name, "common assault", "PC Osei's use of force", "subsequently", "to either force".
@pytest.mark.parametrize("body, field, expected", [
    ('Two officers restrained a man outside a bar in the town centre. We considered whether either the '
     'sergeant or the constable may have committed a criminal offence during the restraint. We found no '
     "indication that the sergeant had committed one. Our assessment of the constable's part in the "
     'restraint is continuing, and this summary will be updated when it is complete.',
     'criminal_indication', 'not_stated'),
    ('A woman was found unresponsive in a cell some hours after her arrest. We considered whether the '
     "detention officer may have committed a criminal offence, and examined the adequacy of the force's "
     'cell check policy. We concluded it was not, as the policy allowed hourly checks even for detainees '
     'known to have taken drugs.',
     'criminal_indication', 'not_stated'),
    ('A man was attacked at home by his former partner a day after police had been warned about her. We '
     'considered whether the officer may have committed a criminal offence by failing to pass on the '
     'warning. We found no evidence that he had as much information about the threat as the control room '
     'did.',
     'criminal_indication', 'not_stated'),
    ('A man was taken to the ground by two officers during an arrest at a train station and suffered a '
     'head injury. We considered whether PC Shaw or PC Rowe may have committed a criminal offence when the '
     'man was taken down. We concluded that she had not, because the blows to his head were struck by PC '
     'Rowe alone.',
     'criminal_indication', 'not_stated'),
    ("The force's professional standards department first considered whether the sergeant may have "
     'committed a criminal offence when he accessed the records. There was no indication that he had, so '
     'no file was sent to the CPS. The force then referred the matter to us, and we investigated whether '
     'he had breached the standards of professional behaviour. We found that he had a case to answer for '
     'misconduct.',
     'criminal_indication', 'not_stated'),
    ('A woman reported that her neighbour had shoved her on a shared staircase, and complained that the '
     'officer who attended did not record a crime. We examined whether his use of force could amount to an '
     'assault. We concluded that it did not, because the neighbour had only moved her aside, and that the '
     'decision not to record a crime was reasonable.',
     'criminal_indication', 'not_stated'),
    ('A man was restrained by two constables after a disturbance at a football ground. We considered '
     'whether either constable might have committed an assault when the man was held down. We found no '
     "evidence that the first constable had. The second constable's punches are still being examined.",
     'criminal_indication', 'not_stated'),
    ('A man was arrested after a fight at a taxi rank. We considered whether the officer may have '
     "committed a criminal offence by sending the man's partner messages after she asked him to stop. "
     'There was no evidence that he had since contacted her by phone, though he did send her three more '
     'messages on social media.',
     'criminal_indication', 'not_stated'),
    ('A victim of domestic abuse complained that her address had been passed to her former partner. We '
     'considered whether the officer may have committed a criminal offence when the address was disclosed. '
     'We found no indication that he had given the woman any warning before the address reached her former '
     "partner's brother.",
     'criminal_indication', 'not_stated'),
    ('A man died in hospital a day after he was released from custody. We considered whether the two '
     'officers may have committed a criminal offence by failing to get him medical help. We concluded they '
     'were not, as far as the evidence showed, told by him that he had swallowed drugs.',
     'criminal_indication', 'not_stated'),
    ('Four officers posted comments about a detainee in an online chat. We considered whether the four '
     "officers may have committed a criminal offence, and concluded that, whilst PC Vale's posts needed "
     'further examination, they did not.',
     'criminal_indication', 'not_stated'),
    ('A detective superintendent led the search for the missing man. We considered whether there were '
     'lessons for DSU Marsh in how she led the search. We did not identify any.',
     'organisational_learning', 'not_stated'),
    ('After interviewing the officer under criminal caution, we considered whether a file should be sent '
     'to the CPS, and decided that it should; the file was submitted in May 2022.',
     'cps_referral', 'yes'),
    ('The officer was interviewed under criminal caution. We had to decide whether a file should be '
     'referred to the CPS, and we referred one in June 2023.',
     'cps_referral', 'yes'),
    ('The officer was interviewed under criminal caution. No file was subsequently sent to the CPS.',
     'cps_referral', 'no'),
    ('Officers from two forces dealt with the man on the night he died. We found nothing that called for a '
     'learning recommendation to either force.',
     'organisational_learning', 'no'),
    ('A man was restrained on the floor of a custody suite after he spat at staff. We considered whether '
     "PC Osei's use of force could amount to an assault, and concluded that it did not.",
     'criminal_indication', 'no'),
    ('A teenager said he had been slapped by an officer while he was handcuffed in a van. We considered '
     "whether the officer may have committed common assault. Having reviewed the van's internal camera, we "
     'found no evidence that he had.',
     'criminal_indication', 'no'),
    ('A police car on an emergency call struck a cyclist at a junction. We considered whether the '
     "officer's driving could amount to driving without due care and attention. We concluded that it did "
     'not, given the road was clear and his speed was moderate.',
     'criminal_indication', 'no'),
])
def test_report_fields_of_the_twenty_fourth_stops_review(body, field, expected):
    assert record(body)[field] == expected


# The twenty-fourth stop, a force's own change: "brought in", and monitoring, spot checks, audits or dip samples as what it
# brought in (learning for the force, whoever identified it)
@pytest.mark.parametrize("body, expected", [
    ("Since the case Dorset Police has brought in automated monitoring that flags repeated searches on the same person, "
     "and its professional standards department reviews the alerts weekly.", "yes"),
    ("Following the investigation, every custody sergeant was given refresher training, and the force introduced spot "
     "checks comparing cell visit records with CCTV.", "yes"),
    ("After our investigation, the force introduced monthly dip samples of custody records against the cell footage.", "yes"),
    # a person's own checks, not the force's
    ("During his shift the custody sergeant introduced spot checks of the cells, which he recorded on the log.", "not_stated"),
])
def test_force_changes_of_the_twenty_fourth_stop(body, expected):
    assert record(body, title="Fictional case – Kent Police, March 2022")["organisational_learning"] == expected


# The twenty-fifth stop, organisational learning: our finding then "and recommended", however long the finding; what we
# suggested a force do about its practice or its staff; workshops a force held for a body of its staff; shared access two
# forces set up since; "No learning for BTP was identified"; "found none:" with a long reason that is no change.
@pytest.mark.parametrize("body, expected", [
    ("We found that three of the five referrals had never been passed to the safeguarding hub that covers the district, and "
     "recommended that Kent Police check whether the same had happened elsewhere.", "yes"),
    ("We suggested that Kent Police remind the staff in its enquiry office to log every walk-in report, which it has done.",
     "yes"),
    ("Since our investigation, Kent Police has held workshops on safe restraint for all of its response teams.", "yes"),
    ("Since then, Kent and Essex have set up shared access to each other's custody records for prisoners moved between them.",
     "yes"),
    ("No learning for BTP was identified.", "no"),
    ("We thought about whether the case held lessons for Kent Police as a whole, and found none: its policy on welfare checks "
     "already asked custody sergeants to wake sleeping detainees in these circumstances, and the sergeants on the team had "
     "been trained in it.", "no"),
    # about one person: not learning for the force
    ("We suggested that Kent Police remind the sergeant of the policy on welfare checks.", "not_stated"),
    ("We suggested that the force give the constable management advice.", "not_stated"),
    ("Kent Police held a misconduct meeting for the constable.", "not_stated"),
    ("No learning for the constable was identified.", "not_stated"),
    ("No learning for the MPS or its staff was identified.", "no"),
    ("Since the collapse in the cell, the force has held a series of workshops for all custody staff on spotting a medical "
     "emergency.", "yes"),
    # (the review's over-reaches, narrowed: about the case or its people, not the force's practice)
    ("We found that the custody record had been updated late three times and that two rousing checks in her care plan were "
     "missed altogether, and recommended that the two detention officers receive further guidance on rousing checks.",
     "not_stated"),
    ("We found that the force had not obtained the call recording or spoken to the neighbour who saw two of the incidents, and "
     "recommended that the complaint be upheld.", "not_stated"),
    ("We suggested that the force update Mrs Vane on its inquiry every month until it ends.", "not_stated"),
    ("We suggested that the force review whether the complainant's laptop still needs to be kept.", "not_stated"),
    ("Since then, the force has held training sessions with the two officers involved on positional asphyxia.", "not_stated"),
    ("Since then, the force has held two training sessions for PC Marsh on the safe use of handcuffs.", "not_stated"),
    ("Since then, the force has held briefing sessions in the village hall to explain the road closure to residents.",
     "not_stated"),
])
def test_learning_of_the_twenty_fifth_stop(body, expected):
    assert record(body, title="Fictional case – Kent Police, March 2022")["organisational_learning"] == expected


# The twenty-fifth stop, criminal indication: "his behaviour" as what an offence question asks about; force by a weapon
# ("the constable's use of his baton could amount to an assault"); "or that any of them had committed a crime"; "None of
# the three, in our view, had committed a criminal offence" (the count alone, in our voice).
@pytest.mark.parametrize("body, expected", [
    ("The sergeant was interviewed under misconduct caution. We looked at whether the sergeant's behaviour could "
     "amount to a criminal offence and decided the evidence did not point to one.", "no"),
    ("We considered whether the sergeant's use of his baton could amount to an assault, and concluded that the evidence did "
     "not indicate he had committed a criminal offence.", "no"),
    ("We found nothing to suggest that any of them had behaved in a way that called for disciplinary proceedings, or that any "
     "of them had committed a crime.", "no"),
    ("We considered whether the officer's use of a Taser on the man could amount to an assault and found no indication that it "
     "did.", "no"),
    # members of the public, not those investigated
    ("A man was arrested after a fight outside a bar. We looked at whether his behaviour could amount to a criminal offence "
     "and decided the evidence did not point to one.", "not_stated"),
    # (the review's over-reaches, narrowed: a pronoun's behaviour or weapon may be the public's; "any of them ... a crime"
    # only beside proceedings; a count alone is no one serving)
    ("A woman was taken to a cell after her arrest. There she shouted at staff for an hour. We examined whether her behaviour "
     "could amount to an offence, and concluded the evidence did not point to one.", "not_stated"),
    ("The man sprayed a constable with CS spray he had bought abroad. He was later charged. We considered whether his use of "
     "the CS spray could amount to an assault and found no indication that it did.", "not_stated"),
    ("Mr Ames, Mr Bell and Mr Cole were released at the scene. Nothing we saw suggested that any of them had committed a crime.",
     "not_stated"),
    ("Mr Ames, Mr Bell and Mr Cole were held in the park. None of the three, in our view, had committed a criminal offence.",
     "not_stated"),
])
def test_criminal_answers_of_the_twenty_fifth_stop(body, expected):
    assert record(body)["criminal_indication"] == expected


# The twenty-fifth stop, third round, CPS referral: a referral to us is no file to the CPS; a file we read ("We examined
# the case file") is none either (but a file the CPS read was sent to it).
@pytest.mark.parametrize("body", [
    "The trial of a man accused of rape collapsed. The judge asked the Crown Prosecution Service to explain the failure, and "
    "Kent Police referred the matter to us as a conduct matter. We examined the case file, the disclosure schedules and "
    "emails between the officers and the Crown Prosecution Service.",
    "A man's trial collapsed when unused material came to light. We reviewed the case file and the messages between the "
    "officer in the case and the Crown Prosecution Service. We found the officer had a case to answer for misconduct.",
])
def test_no_cps_referral_of_the_twenty_fifth_stop(body):
    assert record(body)["cps_referral"] == "no"


@pytest.mark.parametrize("body", [
    "We sent a file of evidence to the Crown Prosecution Service, which decided not to charge the constable.",
    "Our investigators passed a file to the Crown Prosecution Service about the sergeant's driving.",
    # (the review's over-reaches, narrowed: a referral to the CPS and then to us; a file the CPS read)
    "The sergeant was interviewed under criminal caution. Kent Police referred the case to the Crown Prosecution Service and "
    "then to us.",
    "The constable was interviewed under criminal caution. The Crown Prosecution Service reviewed our file and decided he "
    "should not be charged.",
    "The investigator sent a file to the Crown Prosecution Service about the constable's use of force.",
])
def test_cps_referral_by_us_still_read(body):
    assert record(body)["cps_referral"] == "yes"


# --- the thirty-second stop ----------------------------------------------------------

@pytest.mark.parametrize("body, expected", [
    # a force's own change: what it increased or extended since the events
    ("The force told us that, since this incident, it has increased its on-call rota so that two negotiators are "
     "available at all times.", "yes"),
    # only weighing a recommendation makes none
    ("We have written to the force to explain why we disagree, and we are now considering whether to recommend that it "
     "hold a misconduct meet", "not_stated"),
    # the whole answer, said other ways
    ("We did not consider that there was any wider learning for Exampleshire Police.", "no"),
    ("This investigation did not reveal any organisational learning for the force.", "no"),
    ("We thought about whether the force could learn anything from the way it dealt with the calls. We decided that it "
     "could not.", "no"),
])
def test_learning_wordings_of_the_thirty_second_stop(body, expected):
    assert record(body)["organisational_learning"] == expected


def test_no_offence_by_anyone_working_for_the_force():
    body = ("We found the sergeant had a case to answer for misconduct. Nothing we found suggested that anyone working for "
            "the force had committed a criminal offence.")
    assert record(body)["criminal_indication"] == "no"


def test_a_force_restricting_access_since_is_learning():
    body = ("We found the officer had a case to answer for misconduct. Exampleshire Police has since restricted neighbourhood "
            "staff's access to the records system involved, so that any search about a person not linked to an open "
            "incident is flagged to a supervisor.")
    assert record(body)["organisational_learning"] == "yes"


@pytest.mark.parametrize("body", [
    # (the third round's review, rv111: "no sign" of anything else is no "no indication" finding; that reading was withdrawn)
    "PC Harland had a case to answer for misconduct. We found no sign that the officers had checked the criminal records "
    "database before the visit.",
    "PC Harland had a case to answer for misconduct. There was no sign of forced entry, and the man was later charged "
    "with criminal damage.",
])
def test_no_sign_of_something_else_is_not_a_criminal_finding(body):
    assert record(body)["criminal_indication"] == "not_stated"


@pytest.mark.parametrize("body, expected", [
    # a recommendation that the force hold the proceedings is about the people, not learning
    ("We found the sergeant had a case to answer for misconduct. The force said he should receive management action. We "
     "did not accept this and recommended that the force hold misconduct meetings.", "not_stated"),
    # (a recommendation about how the force runs its hearings still is)
    ("We found the sergeant had a case to answer for misconduct. We recommended that the force review how it schedules "
     "misconduct hearings.", "yes"),
])
def test_a_recommendation_to_hold_the_meetings_is_no_learning(body, expected):
    assert record(body)["organisational_learning"] == expected


# (the thirty-third stop, first round)
@pytest.mark.parametrize("body", [
    "We also considered whether there were lessons for Exampleshire Police as an organisation, and our investigation did not reveal any.",
    "We did not find any matters of organisational learning for Exampleshire Police in this case.",
])
def test_no_learning_revealed_or_found_as_matters_of_learning(body):
    assert record(body)["organisational_learning"] == "no"


# (the thirty-third stop, first round: check-134)
@pytest.mark.parametrize("body, expected", [
    ("We considered whether PC Greaves may have committed an assault, and concluded that there was no indication that he had.", "no"),
    ("We considered whether PC Greaves may have committed an assault, and referred a file to the CPS.", "yes"),
    ("We considered whether the man may have committed an assault, and concluded that there was no indication that he had.", "not_stated"),
])
def test_a_named_offence_asked_of_an_officer_by_name_and_answered(body, expected):
    assert record(body)["criminal_indication"] == expected


@pytest.mark.parametrize("body", [
    # (rv113: the "matters / areas of" wording is organisational learning only)
    "We did not find any areas of learning for the sergeant beyond the meeting, but we recommended that the force review its custody training.",
])
def test_areas_of_learning_for_a_person_deny_nothing(body):
    assert record(body)["organisational_learning"] == "yes"


# (the thirty-third stop, second round: a question about a referral, its answer in the next sentence)
@pytest.mark.parametrize("body, expected", [
    ("We considered whether to refer a file to the Crown Prosecution Service for offences under the Computer Misuse Act. "
     "The evidence did not reach the threshold for a referral.", "no"),
    ("We considered whether to refer a file to the Crown Prosecution Service. We decided to do so and sent a file in May.", "yes"),
    ("We considered whether to refer a file to the CPS and decided to send one.", "yes"),
])
def test_whether_to_refer_a_file_is_answered_after_it(body, expected):
    assert record(body)["cps_referral"] == expected


# --- the thirty-fourth stop, first round: check-141 opened as development data ---------------------------------------

@pytest.mark.parametrize("body, expected", [
    # a counted set of recommendations, "among them" what the force should do
    ("We made five recommendations to the MPS, among them that it checks an interpreter is booked before any interview of a "
     "deaf suspect, and that solicitors are told promptly of any delay. The MPS has accepted them.", "yes"),
    # asked and answered in one sentence, the answer in other words
    ("We looked at whether the force could learn anything from the case, but nothing at an organisational level came to light.", "no"),
    ("We asked ourselves whether the force could learn anything about how it plans raids, and decided that it could not: its "
     "guidance had been followed.", "no"),
    # learning for one of the people, which the force passed on to her, is hers
    ("We identified learning for one of the officers about recording searches, which the force has talked through with her.", "not_stated"),
])
def test_learning_wordings_of_the_thirty_fourth_stop(body, expected):
    assert record(body)["organisational_learning"] == expected


@pytest.mark.parametrize("body, expected", [
    # an assault asked about by its verb, the answer naming those asked about
    ("We looked at whether either of the constables may have assaulted the boy and concluded that the evidence did not point "
     "to a criminal offence by either of them.", "no"),
    ("We looked at whether the sergeant may have assaulted the woman and concluded that the evidence did not point to one.", "no"),
    # (the question of someone else, not of an officer)
    ("We looked at whether the man may have assaulted the woman and concluded that the evidence did not point to one.", "not_stated"),
])
def test_an_assault_asked_by_its_verb(body, expected):
    assert record(body)["criminal_indication"] == expected


@pytest.mark.parametrize("body", [
    # (rv119: a recommendation we made, set against our "none" just before, is learning)
    "We considered whether the force could learn anything from the raid itself and decided that it could not. However, we "
    "recommended that the force review how its control room logs firearms authorisations.",
    "We considered whether there was any wider learning for the force from the officers' actions, but nothing of that kind "
    "emerged. We did, however, recommend that the force remind all dispatchers to confirm the caller's address.",
    # (one person's learning the force then gave to a group of its staff)
    "We identified learning for one of the officers about recording vehicle stops, which the force has since built into "
    "its training for all response officers.",
])
def test_learning_the_thirty_fourth_stop_still_reads(body):
    assert record(body)["organisational_learning"] == "yes"


# (the thirty-fourth stop, second round: check-142)
@pytest.mark.parametrize("body, expected", [
    # a change the force made itself, told alone, whoever found the learning
    ("Since these events, Exampleshire Police has agreed a protocol with the local health board so that the crisis team is "
     "told about any such report at once.", "yes"),
    ("Exampleshire Police has since added an automatic alert to incidents that pass their response time.", "yes"),
    # still being discussed is no learning yet
    ("We are discussing with Exampleshire Police whether there is any wider learning from this case about the care of "
     "people in custody.", "not_stated"),
    # asked of the force itself, answered none, with a reason after a semicolon
    ("We looked at whether the force itself had lessons to take from the incident and found none; its procedures were "
     "followed by everyone else involved.", "no"),
])
def test_learning_wordings_of_the_thirty_fourth_stops_second_round(body, expected):
    assert record(body)["organisational_learning"] == expected


@pytest.mark.parametrize("body", [
    # (rv120: a recommendation after the semicolon is no reason for "none")
    "We considered whether the force itself had lessons to take from the incident and found none; we recommended that the "
    "council review how its staff share information with the police.",
])
def test_a_recommendation_after_none_and_a_semicolon_is_learning(body):
    assert record(body)["organisational_learning"] == "yes"


def test_an_offence_asked_of_a_discharge_answered_by_the_file_threshold():
    # (the thirty-fourth stop, third round: check-145)
    body = ("PC Lyle fired his Taser at the man. We considered whether the discharge might amount to a criminal offence, and "
            "concluded that the evidence did not meet the threshold for referring a file to the Crown Prosecution Service.")
    assert record(body)["criminal_indication"] == "no"


def test_a_discharge_by_the_public_asked_about_is_no_answer_for_the_police():
    # (rv121: the firework's discharge is the public's)
    body = ("A man threw a firework at officers during the march. We considered whether the discharge of the firework could "
            "amount to a criminal offence, and concluded that the evidence did not meet the threshold for referring a file to "
            "the CPS.")
    assert record(body)["criminal_indication"] == "not_stated"


@pytest.mark.parametrize("body", [
    # (the thirty-fifth stop, second round: check-149)
    "Having carefully reviewed the circumstances, we were not able to identify any organisational learning from this case.",
    "We did not find that the force needed to take any wider learning from this case.",
])
def test_learning_looked_for_and_not_found_in_other_words(body):
    assert record(body)["organisational_learning"] == "no"


def test_an_offence_answered_by_the_threshold_for_a_referral_to_the_cps():
    # (the thirty-fifth stop, second round: check-149)
    body = ("We considered whether the detective constable's conduct could amount to the offence of misconduct in public "
            "office, and decided that the evidence did not reach the threshold for a referral to the CPS.")
    assert record(body)["criminal_indication"] == "no"


@pytest.mark.parametrize("body, expected", [
    # (rv124: learning not found by someone else, or not yet: no answer of ours)
    ("The force's own review could not identify any learning, but our investigation found that call handlers had not been "
     "trained to use the risk assessment tool. We recommended that the force train all call handlers in using the tool.", "yes"),
    ("The man's family said the force could not identify any learning from his death. We recommended that the force review "
     "its policy on welfare checks.", "yes"),
])
def test_learning_others_could_not_find(body, expected):
    assert record(body)["organisational_learning"] == expected


def test_learning_we_could_not_find_yet_is_no_answer_no():
    # (rv124: a search still going on is no "no"; what else the page says decides)
    body = ("At the time of publication we were unable to identify any organisational learning, as the inquest had not yet "
            "concluded. We will consider learning for the force once it has.")
    assert record(body)["organisational_learning"] != "no"


@pytest.mark.parametrize("body", [
    # (the thirty-fifth stop, third round: check-151)
    "We also considered whether the messages might amount to an offence, but as they were shared between a few people in a "
    "closed group, the evidence did not suggest any criminal offence had been committed.",
    "We considered whether the detective constable may have committed an offence of perverting the course of justice; we "
    "concluded the evidence did not meet the threshold for referring a file to the CPS.",
    "We considered whether any person serving with Durham Constabulary may have committed an offence, including gross "
    "negligence manslaughter, and found no such indication.",
])
def test_an_offence_asked_of_the_police_and_answered_no_in_other_words(body):
    assert record(body)["criminal_indication"] == "no"


def test_learning_raised_with_the_force():
    # (the thirty-fifth stop, third round: check-151)
    body = ("We noted that the force's guidance on welfare checks says nothing about a neighbour's sighting. We raised this as "
            "learning with the force.")
    assert record(body)["organisational_learning"] == "yes"


@pytest.mark.parametrize("body, field, expected", [
    # (rv125: the third round's over-reaches, each mended; these pass on the rules before the round too)
    ("We considered whether Sergeant Abel had been aware that the man's messages could amount to an offence; the evidence "
     "did not suggest any criminal offence had been committed.", "criminal_indication", "not_stated"),
    ("A woman was arrested on suspicion of shoplifting and taken to Northtown custody suite. Custody staff released her "
     "without charge the next morning, as there was insufficient evidence that she had committed an offence. We "
     "investigated how she was treated in custody.", "criminal_indication", "not_stated"),
    ("Mr Wade was arrested after a fight outside a pub. In the cell block he spat at custody staff and was charged with "
     "assault by the CPS. We investigated the force used during his arrest.", "cps_referral", "no"),
    ("PC Wren had no case to answer for misconduct. We raised this as learning with the force's officer in charge of the "
     "case, PC Wren.", "organisational_learning", "not_stated"),
    ("The complainant asked whether we raised this as learning with the force. We had not, as the matter concerned one "
     "officer's individual conduct.", "organisational_learning", "not_stated"),
])
def test_report_fields_of_the_thirty_fifth_stops_third_review(body, field, expected):
    assert record(body)[field] == expected


@pytest.mark.parametrize("body, field, expected", [
    # (the thirty-fifth stop, fourth round: check-150)
    ("We looked at whether the constable's actions might amount to a criminal offence, but found no indication that he may "
     "have committed one.", "criminal_indication", "no"),
    ("We made two recommendations to the force, about how such concerns are recorded and passed on to line managers.",
     "organisational_learning", "yes"),
    # (rv126: recommendations that are the case's own proceedings are no organisational learning)
    ("We made three recommendations to the force about the disciplinary proceedings for the two sergeants.",
     "organisational_learning", "not_stated"),
    ("We made two recommendations to the force about the management action each officer should receive.",
     "organisational_learning", "not_stated"),
])
def test_report_fields_of_the_thirty_fifth_stops_fourth_round(body, field, expected):
    assert record(body)[field] == expected


CUT_PAGE_HEAD = "Fictional case – Kent Police, March 2022\n\nPublished 3 Mar 2023\nInvestigation\n\n"


@pytest.mark.parametrize("body, field, expected", [
    # (the thirty-sixth stop, third round: check-154)
    # a group of the force's staff retrained since, and any supervisor a changed system calls on: the force's own change
    ("We investigated the call handler. Since then, every call handler in the force's control room has been through "
     "refresher training on grading calls, and the call system now alerts a supervisor whenever a caller rings back "
     "within the hour.", "organisational_learning", "yes"),
    # a role naming a kind of training ("refresher driver training") is not a person
    ("We investigated the police driver. Since the collision, Exampleshire Police has added the crossing to the hazards it "
     "briefs to all of its response drivers and now covers it in its refresher driver training.", "organisational_learning", "yes"),
    ("We did find that the account given to the man fell short of what the code requires, and recommended that "
     "Kent Police remind its traffic officers of what they must tell people they stop.", "organisational_learning", "yes"),
    # our "nothing that called for organisational learning", as the second verb of our sentence
    ("We looked at whether the force's procedures had played any part and found nothing that called for organisational "
     "learning.", "organisational_learning", "no"),
    # one person's training, given as their management action, is not learning for the force
    ("Neither officer had a case to answer, although we recommended that the second officer receive management action in "
     "the form of further training on searching, and the force has arranged this.", "organisational_learning", "not_stated"),
])
def test_report_fields_of_the_thirty_sixth_stops_third_round(body, field, expected):
    assert record(body)[field] == expected


def test_a_few_words_cut_off_by_the_pages_end_are_not_read_for_learning():
    body = ("We investigated the sergeant's supervision of the search and found she had no case to answer. We also looked at "
            "how the force trains its custody sergeants in searching people who may be carrying drugs. Any recommendation we")
    assert extract_text(CUT_PAGE_HEAD + body).fields["organisational_learning"] == "not_stated"


@pytest.mark.parametrize("body, expected", [
    # our question and its answer in one sentence, after a comma
    ("We considered whether the force needed to learn anything from what happened, and found nothing that called for "
     "organisational learning.", "no"),
    # (rv129: the round's over-reaches, each mended; these pass on the rules before the round too)
    ("A call handler graded the call as routine. We found she had a case to answer for misconduct. Since the incident, Kent "
     "Police has given the call handler training on recognising risk to children.", "not_stated"),
    ("We did find that the footage had been kept for longer than the force's usual period, and recommended that the force "
     "give the woman a copy of the footage from her arrest.", "not_stated"),
    ("We recommended that Kent Police review how its control room records welfare checks. We also looked at whether the "
     "force's pursuit policy had played any part and found nothing that called for organisational learning.", "yes"),
    ("Following a misconduct hearing, Kent Police identified organisational learning in the form of training for every "
     "call handler in its control room.", "yes"),
])
def test_learning_of_the_thirty_sixth_stops_third_round_review(body, expected):
    assert record(body)["organisational_learning"] == expected


def test_a_short_last_sentence_whole_but_for_its_stop_is_still_read():
    body = ("We investigated how the custody sergeant checked on the man and found she had no case to answer. Kent Police "
            "accepted our findings. Custody training has since improved")
    assert extract_text(CUT_PAGE_HEAD + body).fields["organisational_learning"] == "yes"


@pytest.mark.parametrize("answer", [
    # (the thirty-sixth stop, fourth round) our question, answered by what the evidence did not show
    "We considered whether his actions could amount to misconduct in public office; the evidence did not indicate that he "
    "had committed that or any other offence.",
    "We also considered whether the restraint might amount to a criminal offence, and concluded that the evidence did not "
    "indicate that it did.",
    "We looked at whether PC Lyle's behaviour could amount to a criminal offence, and decided the evidence did not point to one.",
])
def test_our_question_answered_by_what_the_evidence_did_not_show(answer):
    body = "We investigated PC Lyle's use of force and found he had a case to answer for misconduct. " + answer
    assert record(body)["criminal_indication"] == "no"


@pytest.mark.parametrize("answer", [
    # (rv130: the round's over-reaches, each mended; these pass on the rules before the round too) what else the evidence
    # did not show, an open answer, another's finding, and a member of the public's offence are no answer of ours
    "We considered whether PC Lyle's use of a baton could amount to a criminal offence, and concluded that the evidence did "
    "not show how the injury was caused.",
    "We considered whether PC Lyle may have committed an offence, and concluded that the evidence did not indicate whether he had.",
    "We considered whether PC Lyle had committed an offence, and the force's legal adviser later concluded that the "
    "evidence did not indicate that he had.",
    "We considered whether the crash could amount to a criminal offence by the motorcyclist; the evidence did not indicate "
    "that it could.",
])
def test_what_else_the_evidence_did_not_show_is_no_answer(answer):
    body = "We investigated PC Lyle's use of force and found he had a case to answer for misconduct. " + answer
    assert record(body)["criminal_indication"] == "not_stated"


# (the thirty-eighth stop) a force's change told as "has since begun ..." or "has since moved to ...", and our counted
# recommendations to a force with a dash before what they were about
@pytest.mark.parametrize("body, expected", [
    ("Cumbria Constabulary has since begun running weekly checks of who has searched its intelligence records.", "yes"),
    ("We were told that Cumbria Constabulary has since moved to weekly audits of the searches its staff make.", "yes"),
    ("We made three recommendations to Kent Police – about rousing checks.", "yes"),
    ("We made three recommendations to Kent Police - about rousing checks.", "yes"),
    # (not a person moving on, nor proceedings begun)
    ("The sergeant has since moved to another force, where the training is different.", "not_stated"),
    ("Cumbria Constabulary has since begun misconduct proceedings against the sergeant.", "not_stated"),
])
def test_a_forces_change_begun_or_moved_to_and_recommendations_after_a_dash(body, expected):
    assert learning_of(body) == expected


# (the thirty-eighth stop) our "did not identify learning" without "any"; a file never sent ("without the file being sent");
# a criminal investigation's threshold not reached; a force's change "because of this case"
@pytest.mark.parametrize("body, field, expected", [
    ("We did not identify organisational learning.", "organisational_learning", "no"),
    ("Nor did we identify learning for either force.", "organisational_learning", "no"),
    ("We did not identify learning for the officers.", "organisational_learning", "not_stated"),
    ("We did not identify learning for the force beyond the recommendation above.", "organisational_learning", "yes"),
    ("Cumbria Constabulary told us that, because of this case, it has fitted a second monitor at the custody desk.",
     "organisational_learning", "yes"),
    ("The rape investigation was closed in 2020, without the file being sent to the Crown Prosecution Service for advice.",
     "cps_referral", "no"),
    ("The detective closed the investigation without sending a file to the CPS.", "cps_referral", "no"),
    ("We considered whether the officers had committed a criminal offence. We concluded that the threshold for a criminal "
     "investigation had not been reached.", "criminal_indication", "no"),
])
def test_report_fields_of_the_thirty_eighth_stop(body, field, expected):
    assert record(body)[field] == expected


# (rv140: "moved to" only to a schedule or a system; nothing already under way; checks on the complainant; the misconduct
# process; our recommendations about a named officer)
@pytest.mark.parametrize("body, expected", [
    ("Following the incident, Cumbria Constabulary moved to a new building, and its custody records system went with it.",
     "not_stated"),
    ("After the collision, Cumbria Constabulary moved to carry out checks of the driver's training records.", "not_stated"),
    ("At the time of the incident, Cumbria Constabulary had already begun monthly audits of its custody records.", "not_stated"),
    ("Following our investigation, Cumbria Constabulary has begun checks on the complainant's previous calls.", "not_stated"),
    ("Following our investigation, Cumbria Constabulary has begun the misconduct process for the sergeant.", "not_stated"),
    ("We made two recommendations to Kent Police – about the conduct of PC Lisle and PC Dorn.", "not_stated"),
    ("Cumbria Constabulary has since moved to a system where an inspector must authorise every strip search.", "yes"),
])
def test_learning_guards_after_review_rv140(body, expected):
    assert learning_of(body) == expected


# (rv141: the plain denial is the weakest "no", after learning found anywhere else; a file kept from the force is no file
# kept from the CPS; a file sent after all)
@pytest.mark.parametrize("body, field, expected", [
    ("We investigated the actions of officers from two forces. We recommended that Kent Police review its guidance on "
     "welfare checks. We did not identify learning for Sussex Police.", "organisational_learning", "yes"),
    ("We did not identify learning for the force. We recommended that the force's call handlers receive refresher "
     "training on risk assessment.", "organisational_learning", "yes"),
    ("We referred a file on PC Hale to the CPS in May, without sending the case papers to Kent Police first.",
     "cps_referral", "yes"),
    ("We referred the matter to the CPS without the case being passed back to Kent Police first.", "cps_referral", "yes"),
    ("At first we closed the investigation of PC Hale without sending a file to the CPS. After the family asked for a "
     "review, the file was sent after all.", "cps_referral", "yes"),
])
def test_report_fields_guarded_after_review_rv141(body, field, expected):
    assert record(body)[field] == expected


def test_a_denial_of_learning_is_never_read_as_learning():
    # (whoever's denial: it names learning only to deny it; whether it is our "no" the model may weigh)
    assert learning_of("The force said the investigation did not identify learning.") != "yes"


# (the thirty-ninth stop: recommendations counted out to each of two forces are learning, as to one force; not a second
# count to someone else)
@pytest.mark.parametrize("body, expected", [
    ("We made four recommendations to Kent Police and two to Sussex Police.", "yes"),
    ("We made four recommendations to Kent Police and two to PC Smith.", "not_stated"),
])
def test_recommendations_counted_out_to_two_forces(body, expected):
    assert learning_of(body) == expected


# (rv152: not where the sentence goes on after the second body, names officers, or tells recommendations not made)
@pytest.mark.parametrize("body", [
    "We made two recommendations to Kent Police and one to Sussex Police; these were that PC Harland and PC Vale attend "
    "misconduct meetings.",
    "We made two recommendations to PC Harland of Kent Police and one to PC Vale of Sussex Police.",
    "We decided not to make two recommendations to Kent Police and one to Sussex Police.",
])
def test_recommendations_counted_out_but_not_for_practice(body):
    assert learning_of(body) == "not_stated"


# (the fortieth stop, from check-163 once read: "no" said of what those investigated did, against the offence's threshold;
# and of "anyone else at the force" beside someone the sentence names)
@pytest.mark.parametrize("body, expected", [
    ("The group chat held dozens of posts by the four officers. We did not consider that any of the messages reached the "
     "threshold for a criminal offence.", "no"),
    ("Nothing we saw suggested that the driver, or anyone else at the force, may have committed a criminal offence.", "no"),
    # (what someone of the public did, or knew, is no finding about the police)
    ("We did not consider that the man's messages reached the threshold for a criminal offence.", "not_stated"),
    ("Nothing suggested that anyone in the force knew the man had committed a criminal offence.", "not_stated"),
])
def test_criminal_no_of_the_fortieth_stop(body, expected):
    assert record(body)["criminal_indication"] == expected


# (rv153: not a view of what someone of the public did, nor one we quote or the force's; "at the force" is no place, and
# what anyone there knew or was told of someone else's offence is no finding about them)
@pytest.mark.parametrize("body", [
    "Ms Vane was arrested after shouting at officers. We did not consider that her comments reached the threshold for a "
    "criminal offence, and found that the arresting constable had a case to answer for misconduct.",
    "A man was stopped after a short pursuit. We did not consider that his driving met the threshold for a criminal offence.",
    'PC Orme was one of four officers in a group chat. In interview PC Orme told us: "We did not think that the messages '
    'reached the threshold for a criminal offence."',
    "Ms Poole said that a man had threatened her at the front counter. Nothing we saw suggested that the man, or anyone else "
    "at the force's front counter that day, had committed a criminal offence.",
    "A video of a fight was shared online. Nothing suggested that the man who filmed it, or anyone else in the force area, had "
    "committed a criminal offence by sharing the video.",
    "A man was released from custody and assaulted his partner the next day. Nothing we found suggested that anyone at the "
    "force had been informed that the man had committed a criminal offence before he was released.",
    "Cleveland Police told the complainant that nothing it had found suggested that anyone at the force had committed a "
    "criminal offence.",
    "A man was arrested after a fight at a bus station. Nothing we found suggested that anyone at the force had acted "
    "improperly, or that the man had committed a criminal offence.",
])
def test_criminal_no_guarded_after_review_rv153(body):
    assert record(body)["criminal_indication"] != "no"


# (the fortieth stop, from check-163 once read: what the force told us its own system or policy now does is a change made;
# and a decision "whether to make learning recommendations" still to come is none made)
@pytest.mark.parametrize("body, expected", [
    ("The force has told us that its custody system now alerts the sergeant and healthcare staff whenever a prescribed dose "
     "falls due.", "yes"),
    ("We have asked the force to explain how it trains officers to spot stalking, and will decide whether to make learning "
     "recommendations when we have its reply.", "not_stated"),
    # (not what a record shows, nor one person's case)
    ("The force told us that its custody system now shows that the checks were missed.", "not_stated"),
    ("The force told us that its checklist now includes PC Dale's supervision plan.", "not_stated"),
])
def test_learning_of_the_fortieth_stop(body, expected):
    assert learning_of(body) == expected


# (rv156: not a practice the same then, what a system holds, someone of the public's address, a complaint's record, another
# body's system; and recommendations told as made beside a "whether" for more stay learning)
@pytest.mark.parametrize("body, expected", [
    ("We looked at whether PC Harland recorded why he searched a teenager. Kent Police told us that its policy now as then "
     "requires officers to record the grounds for every search.", "not_stated"),
    ("A woman called the police twice. Surrey Police told us that its command and control system now holds no record of the "
     "second call.", "not_stated"),
    ("A woman complained that officers were slow to respond. Norfolk Constabulary told us that its records system now flags "
     "the complainant's address so that any call from it is treated as urgent.", "not_stated"),
    ("We also examined how the ambulance service handled the call. It told us that its dispatch system now holds a recording "
     "of the call, which it has given to us.", "not_stated"),
    ("A man called about a neighbour many times. Merseyside Police told us that its call handling system now alerts call "
     "handlers whenever Daniel Voss calls from the address.", "not_stated"),
    ("We made three learning recommendations to Essex Police and will decide whether to make further recommendations after "
     "the inquest.", "yes"),
])
def test_learning_guarded_after_review_rv156(body, expected):
    assert learning_of(body) == expected


# (the forty-first stop, from check-164 once read: "we weighed up whether" is our asking, as "we considered whether", for an
# offence and for learning alike)
@pytest.mark.parametrize("body, field, expected", [
    ("We served misconduct notices on a sergeant and two constables. We also weighed up whether any of them might have "
     "committed a criminal offence and found no indication that they had.", "criminal_indication", "no"),
    ("We weighed up whether there was any organisational learning for Cumbria Constabulary and found none.",
     "organisational_learning", "no"),
])
def test_weighed_up_whether_is_our_asking(body, field, expected):
    assert record(body)[field] == expected


# (rv166: not someone else weighing, nor learning for the people named as the question's subject, nor how an offence
# was recorded)
@pytest.mark.parametrize("body, field, expected", [
    ("A man was kept in a police van for four hours. Cumbria Constabulary weighed up whether there was any learning for the "
     "force from the incident. It found none.", "organisational_learning", "not_stated"),
    ("PC Vale and PC Rook of Essex Police did not search a detainee properly. We weighed up whether PC Vale and PC Rook "
     "needed any further learning. We decided they did not.", "organisational_learning", "not_stated"),
    ("A woman died two days after her release from custody. At the inquest the jury weighed up whether either officer might "
     "have committed a criminal offence. They found no indication that either had.", "criminal_indication", "not_stated"),
    ("A man reported a burglary to Essex Police. We weighed up whether Sergeant Hume had recorded the criminal offence "
     "correctly. We concluded that he had not.", "criminal_indication", "not_stated"),
])
def test_fields_guarded_after_review_rv166(body, field, expected):
    assert record(body)[field] == expected


# (the forty-second stop, from check-165 once read: "it now carries out a monthly review of every ..."; and our
# recommendation to the force in a clause after a person's case; rv176 took back reading a change after the matter "came to
# light" as a change since, as the older reading of what a force did since reaches things that are no practice)
@pytest.mark.parametrize("body", [
    "North Wales Police told us that it now carries out a monthly review of every sexual offence investigation with no "
    "recorded activity for 28 days.",
    "We found that the supervisor did not have a case to answer, but we recommended that the force review how concerns "
    "raised informally by officers about colleagues are recorded.",
])
def test_organisational_learning_from_the_forty_second_stop(body):
    assert record(body)["organisational_learning"] == "yes"


# (the forty-second stop, from check-165 once read: our view that what they posted fell below the threshold for an offence,
# told without a question before it)
@pytest.mark.parametrize("body", [
    "Three officers shared offensive messages in a group chat. In our view, none of the messages met the threshold for "
    "prosecution as a criminal offence.",
    "Three officers shared offensive messages in a group chat. We decided the messages did not reach the threshold for a "
    "criminal offence.",
])
def test_our_view_below_the_threshold_without_a_question(body):
    assert record(body)["criminal_indication"] == "no"


# (rv176: not a review of one officer, a hospital trust's check, a recommendation about the person or the family, nor the
# events pieced together since)
@pytest.mark.parametrize("body", [
    "A woman complained that an officer had sent her inappropriate messages. Northumbria Police now carries out a review of "
    "the officer's conduct towards other victims. We found that PC Ashby had a case to answer for gross misconduct.",
    "A man was taken to hospital after his arrest. The hospital trust told us that it now carries out a check of every "
    "patient brought in by police within fifteen minutes of arrival. We found no case to answer for the two officers.",
    "A man died at home after a welfare check. We found that the constable did not have a case to answer, but we recommended "
    "that the force brief the deceased's sister on the findings of our investigation.",
    "We found that PC Hale had a case to answer for misconduct, and we recommended that the force consider whether she needs "
    "a period of supervised patrol.",
    "A man was seriously injured in a fight outside a nightclub. Since the incident happened, Thames Valley Police has "
    "established the sequence of events from CCTV gathered nearby. We found that the sergeant who attended had no case to "
    "answer.",
])
def test_fields_guarded_after_review_rv176(body):
    assert record(body)["organisational_learning"] == "not_stated"


# (rv177: not someone else's words, in quotation marks or reported, nor messages members of the public sent)
@pytest.mark.parametrize("body", [
    "The officers' Federation representative wrote to us before our investigation ended. \"In our view, none of the messages "
    "met the threshold for a criminal offence,\" the letter said. We found that PC Dunmore had a case to answer for misconduct.",
    "A woman sent abusive messages to PC Gale over several months. PC Gale reported them to her sergeant, who took no action. "
    "In our view, none of the messages met the threshold for a criminal offence. We found the sergeant had a case to answer "
    "for misconduct.",
    "We decided the messages did not reach the threshold for a criminal offence, the force's professional standards "
    "department told us in its referral. We found that PC Abel had a case to answer for misconduct.",
])
def test_fields_guarded_after_review_rv177(body):
    assert record(body)["criminal_indication"] == "not_stated"


# (the forty-third stop, from check-166 once read: a wider issue asked about in the singular and answered "found none";
# "We found none and made no learning recommendations": our answer's second verb denies the recommendations)
@pytest.mark.parametrize("body", [
    "We looked at whether the case pointed to any wider issue for Lincolnshire Police to address, but found none.",
    "We looked at whether the way the force handled the matter raised any wider issues for Thames Valley Police. We found "
    "none and made no learning recommendations.",
])
def test_no_learning_from_the_forty_third_stop(body):
    assert record(body)["organisational_learning"] == "no"


# (the forty-third stop: those who "gave witness statements" are named by a document they gave, not as the public, so our
# question about the messages just after is still about the officers)
def test_members_who_gave_witness_statements_are_not_the_public():
    body = ("Three officers in a group chat posted offensive messages. The other members of the group gave witness "
            "statements; none had posted offensive content. We considered whether the messages could have amounted to an "
            "offence under the Communications Act 2003. As the group was private, we decided there was no such indication.")
    assert record(body)["criminal_indication"] == "no"


# (rv178: not recommendations denied "beyond" one already made; a wider issue in the singular only in our own question
# about the force; a relative's witness statement still marks messages someone of the public sent)
@pytest.mark.parametrize("body, field, expected", [
    ("We looked for learning for Kent Police in how cell checks were done. We found none and made no learning "
     "recommendations beyond the one on cell hatches that we had already made to the force.", "organisational_learning", "yes"),
    ("An expert we instructed considered whether there was any wider issue for the force in how its firearms officers were "
     "trained, and found none.", "organisational_learning", "not_stated"),
    ("We considered whether the complaint raised any wider issue for the force's vetting unit to review about PC Holt, and "
     "found none.", "organisational_learning", "not_stated"),
    ("A woman told the police that her former partner had been sending her threatening texts, and PC Vance took her report. "
     "Her sister gave a witness statement about the messages. We considered whether the messages could have amounted to an "
     "offence and decided there was no such indication.", "criminal_indication", "not_stated"),
])
def test_fields_guarded_after_review_rv178(body, field, expected):
    assert record(body)[field] == expected


# (the forty-fourth stop, from check-167 once read: a referral denied in the passive is no file sent; a recommendation
# not made names no learning; learning "for her" is one person's; "did not find evidence that" with no article denies)
@pytest.mark.parametrize("body, field, expected", [
    ("PC Orme was interviewed under misconduct caution. The case was not referred to the Crown Prosecution Service.",
     "cps_referral", "no"),
    ("We did not find evidence that the officer may have committed a criminal offence, and the case was not referred to the "
     "Crown Prosecution Service.", "criminal_indication", "no"),
    ("The force disagreed that the constable had a case to answer. Having considered its reasons, we decided not to make a "
     "recommendation.", "organisational_learning", "not_stated"),
    ("We did not make a recommendation to the force.", "organisational_learning", "not_stated"),
    ("We identified learning for her about switching on body worn video early, which the force has shared with her.",
     "organisational_learning", "not_stated"),
    # (from check-167 once read: our offence question answered in the next sentence by the evidence as "it", by a threshold
    # none of them met, or after "Taking account of ...")
    ("PC Dunn was interviewed under misconduct caution. We also considered whether his conduct might amount to the offence of "
     "misconduct in public office. Having assessed the evidence, including the woman's account, we decided it did not indicate "
     "that he may have committed any criminal offence.",
     "criminal_indication", "no"),
    ("Three officers posted offensive messages in a group chat. We looked at whether the messages could amount to offences "
     "under the Communications Act 2003. In our view, none of them met the threshold for a criminal prosecution.",
     "criminal_indication", "no"),
    ("Two officers shared posts mocking a victim. We considered whether any of the posts could amount to a criminal offence. "
     "In our view they did not reach the threshold for prosecution, and we did not refer the matter to the Crown Prosecution "
     "Service.",
     "criminal_indication", "no"),
    ("The officer struck the detainee three times. We considered whether the constable's use of force might amount to a "
     "criminal offence. Taking account of the officer's account of what he believed, we decided the evidence did not "
     "indicate that he had committed one.",
     "criminal_indication", "no"),
    # (from check-167 once read: our learning question answered in its own sentence by "identified none", or by none beyond
    # what the people involved were given)
    ("We considered whether there was any learning for West Yorkshire Police, and identified none beyond the individual "
     "learning for the officers involved.",
     "organisational_learning", "no"),
    ("We considered whether the case pointed to any wider learning for Cleveland Police and found none beyond what had been "
     "addressed with the individuals.",
     "organisational_learning", "no"),
    # (from the read fictional parts' most common learning miss: a force's change since the events told by its verb alone,
    # whatever it changed)
    ("PC Dale had a case to answer for misconduct. Since this incident, Cleveland Police has restricted access to sexual "
     "offence investigation records so that only officers and staff working on a case can open them.",
     "organisational_learning", "yes"),
    ("PC Dale had a case to answer for misconduct. Cleveland Police has since moved the list onto its command and control "
     "system so that any controller can check it.",
     "organisational_learning", "yes"),
    ("PC Dale had a case to answer for misconduct. Since her death, the two forces have agreed a protocol for sharing reports "
     "where the people involved live in different force areas.",
     "organisational_learning", "yes"),
    ("PC Dale had a case to answer for misconduct. Following the incident, Essex Police's dog unit has brought in a rule that "
     "handlers must switch on their cameras before deploying a dog.",
     "organisational_learning", "yes"),
    # (from the read fictional parts' most common criminal-indication miss: our whole-sentence denial of an offence by those
    # the report is about, pointed to as a group)
    ("Four custody officers were interviewed under misconduct caution. The evidence did not indicate that any of the four had "
     "committed a criminal offence.",
     "criminal_indication", "no"),
    ("Two officers were served with misconduct notices. We found nothing to suggest that either person may have committed a "
     "criminal offence.",
     "criminal_indication", "no"),
    ("Three officers and a call handler were investigated. Nothing we found indicated that anyone involved had committed a "
     "criminal offence.",
     "criminal_indication", "no"),
    ("Two officers were served with notices. No one serving with Thames Valley Police was found to have committed a criminal "
     "offence.",
     "criminal_indication", "no"),
])
def test_fields_from_the_forty_fourth_stop(body, field, expected):
    assert record(body)[field] == expected


# (rv182: the passive denial only as the sentence's one word on a referral; "did not find evidence that" only ours, of
# someone serving; a recommendation not made only as the whole sentence; learning "for her" only by an object pronoun
# standing alone)
@pytest.mark.parametrize("body, field, expected", [
    ("The case against PC Harland was not referred to the CPS until May, when new footage came to light. The CPS later "
     "decided not to charge him.", "cps_referral", "yes"),
    ("The sergeant's case was referred to the CPS in June, but the constable's case was not referred to the CPS because the "
     "evidence against her was weaker.", "cps_referral", "yes"),
    ("The case was not referred to the CPS by Devon and Cornwall Police, so we referred it ourselves in March.",
     "cps_referral", "yes"),
    ("The sergeant's actions were not referred to the CPS; only the constable's case was.", "cps_referral", "yes"),
    ("Officers did not find evidence that the woman's partner had committed a criminal offence and closed the case. We "
     "investigated how they handled her report.", "criminal_indication", "not_stated"),
    ("We did not find evidence that the call handler knew about the man's criminal record when she took the call.",
     "criminal_indication", "not_stated"),
    ("We decided not to make a recommendation to the College of Policing, but made one to Kent Police about its pursuit "
     "training.", "organisational_learning", "yes"),
    ("We did not make a recommendation to the force on this point, having already made one about its call-handling "
     "procedures.", "organisational_learning", "yes"),
    ("We identified learning for her about record keeping, and for the custody staff at the station about cell checks.",
     "organisational_learning", "yes"),
    ("We identified learning for her team about how they prioritise calls about domestic abuse.", "organisational_learning", "yes"),
    ("We identified learning for him and the other call handlers on his shift about asking safeguarding questions.",
     "organisational_learning", "yes"),
])
def test_fields_guarded_after_review_rv182(body, field, expected):
    assert record(body)[field] == expected


# (rv183: blows asked about without saying whose are not read, as the public's are asked about as often; the evidence
# as "it" only straight after our own verb; a threshold answer only where officers are told to have sent what was asked
# about)
@pytest.mark.parametrize("body", [
    "While being booked into custody, a detainee kicked PC Reddy twice in the leg. We considered whether the kicks could "
    "amount to a criminal offence. We found no indication that they did.",
    "A woman being detained under the Mental Health Act kicked and struck two officers. We looked at whether the strikes "
    "could amount to a criminal offence. In our view, they did not reach the threshold for a criminal prosecution.",
    "Mr Carver had posted a string of abusive comments about the two officers on a community page. We considered whether "
    "any of the posts could amount to a criminal offence. In our view, none of them met the threshold for a criminal "
    "prosecution.",
    "A man struck PC Fenwick repeatedly with a bottle outside a nightclub. We considered whether the blows could amount to "
    "a criminal offence. We found no indication that they did.",
    "Several residents had sent PC Irwin threatening messages after a court case. We considered whether any of the messages "
    "could amount to a criminal offence. In our view, none of them met the threshold for prosecution.",
    "We considered whether PC Kerr's knee strikes might amount to a criminal offence, and obtained CCTV of the man's earlier "
    "fight with a door supervisor. It did not show that he had committed an offence.",
])
def test_no_offence_answer_guarded_after_review_rv183(body):
    assert record(body)["criminal_indication"] == "not_stated"


# (rv184: "identified none" only as our own answer straight after our own question, with nothing after it; a question
# about "any other learning" follows learning already found)
@pytest.mark.parametrize("body, expected", [
    ("An independent expert in restraint considered whether there was any learning for the force and identified none.",
     "not_stated"),
    ("The complainant asked whether there was any learning for the force, and the force identified none.", "not_stated"),
    ("We have considered whether there is any learning for Merseyside Police, but at this stage have identified none; we "
     "will look at this again once the inquest has concluded.", "not_stated"),
    ("We considered whether there was any learning for the force, and looked for CCTV from the nearby shops, but identified "
     "none. Our view on learning will follow once the force's review of its control room is complete.", "not_stated"),
    ("We considered whether there was any learning for the force, and the sergeant's line manager identified none.",
     "not_stated"),
    ("We recommended that Kent Police remind all call handlers to check for previous calls from the same number. We "
     "considered whether there was any other learning for the force and identified none beyond the individual learning for "
     "the officers involved.", "yes"),
])
def test_learning_guarded_after_review_rv184(body, expected):
    assert record(body)["organisational_learning"] == expected


# (rv186: a change since the events told by its verb counts only where what changed is a way of working and nothing in the
# clause is about a person, those of the case, the public, the case's own investigation or an earlier event; not "moved Ms
# Ellis to a post", "replaced the man's phone", "put the officers through refresher training", "Since the death of a man in
# its custody in 2014", "changed nothing", "moved the investigation to its major crime team")
@pytest.mark.parametrize("body, expected", [
    ("A call handler, Ms Ellis, ended a 999 call from the woman before she had given her address. Ms Ellis had a "
     "case to answer for misconduct and received a written warning at a misconduct meeting. Kent Police has since "
     "moved Ms Ellis to a post away from the control room. We did not identify any organisational learning.", "no"),
    ("The man's phone was broken when it fell from his pocket during the arrest. Since the incident, Kent Police has"
     " replaced the man's phone. We did not identify any organisational learning.", "no"),
    ("Mrs Kerr complained that she had not been kept informed about the search for her son. Kent Police has since "
     "updated Mrs Kerr on the search every week.", "not_stated"),
    ("The man had lived in a care home, where staff called police after he went missing. Since the incident, the CQC"
     " has placed the care home in special measures.", "not_stated"),
    ("PC Voss and PC Lind did not check the man's airway after he was restrained. We found neither had a case to "
     "answer. The force has since put the officers through refresher first aid training. We did not identify any "
     "organisational learning.", "no"),
    ("Since the death of a man in its custody in 2014, Kent Police has installed CCTV in every cell. The camera in "
     "the man's cell recorded the whole of this incident.", "not_stated"),
    ("The woman's brother told us: \"Since the incident, Kent Police has changed nothing about how it treats people "
     "in custody.\"", "not_stated"),
    ("The patrol car was badly damaged when it hit a wall during the pursuit. Since the collision, Kent Police has "
     "replaced the damaged car. We did not identify any organisational learning.", "no"),
    ("The driver failed to stop when officers signalled to him. Since the incident, Kent Police has reminded drivers"
     " in the county that they must stop when signalled to by a police officer.", "not_stated"),
    ("The initial inquiries were carried out by a local team. Since the incident, Kent Police has moved the "
     "investigation to its major crime team.", "not_stated"),
])
def test_learning_guarded_after_review_rv186(body, expected):
    assert record(body)["organisational_learning"] == expected


# (rv187, of the fifth round: a rank before a name in lower case is one person too)
def test_a_lower_case_rank_before_a_name_is_one_persons_change():
    body = ("The duty inspector authorised the search without checking the grounds. Since the incident, the force has briefed "
            "inspector Wyatt on its new guidance on searches.")
    assert record(body)["organisational_learning"] == "not_stated"


# (rv188: our denial of an offence by a group only in our own voice opening the sentence, a count only where the page
# counts police by it, "either person" or "anyone involved" only where the sentences before name no one of the public,
# and not "of the staff", who may be a hospital's or a care home's)
@pytest.mark.parametrize("body", [
    "Officers from Bedfordshire Police stopped three teenagers on a cycle path in Luton. They were searched for drugs"
    " and allowed to go on their way. The evidence did not indicate that any of the three had committed a criminal "
    "offence. One of the boys' mothers complained that the search had been unlawful.",
    "Paramedics and hospital staff treated Mr Okafor after he was taken from the cell. Nurses at the hospital later "
    "raised concerns about the care he had received there. Nothing we found suggested that any of the staff had "
    "committed a criminal offence.",
    "Three friends were walking home through a park in Reading when officers stopped them. One officer said he could "
    "smell cannabis and each of them was searched. The evidence did not indicate that any of the three had committed "
    "a criminal offence. We found that the officer who carried out the searches had a case to answer for misconduct.",
    "A landlord and his tenant had been arguing for several weeks about unpaid rent. The landlord changed the locks "
    "while the tenant was out. PC Harland attended and told both that it was a civil matter. We found nothing to "
    "suggest that either person may have committed a criminal offence.",
    "Staff at the care home held Mr Quayle on the floor until officers arrived. The officers then took over the "
    "restraint. The evidence did not indicate that any of the staff had committed a criminal offence.",
    "The force's professional standards department carried out the first investigation. It found nothing to suggest "
    "that either person may have committed a criminal offence. We later took over the investigation and it is still "
    "ongoing.",
    "At the inquest, the coroner considered the actions of the four officers who had restrained Mr Abbott. She said "
    "the evidence did not indicate that any of the four had committed a criminal offence.",
    "The two officers gave statements about the pursuit. In their view, nothing indicated that anyone involved had "
    "committed a criminal offence. We did not accept their account and found that both had a case to answer for gross"
    " misconduct.",
    "Two cousins were held at Luton custody suite overnight after a report of theft from a shop. Both were "
    "interviewed the next morning and allowed to leave. The evidence did not show that either of the two had "
    "committed a criminal offence.",
])
def test_denials_of_an_offence_guarded_after_review_rv188(body):
    assert record(body)["criminal_indication"] == "not_stated"


@pytest.mark.parametrize("body, field, expected", [
    # (the forty-sixth stop, from check-169 once read: our question whether there was an indication is no finding of one;
    # its answer, in the same sentence or the next, is)
    ("Three constables were served with misconduct notices. We considered whether there was an indication that any of the "
     "constables may have committed a criminal offence. We found there was not.",
     "criminal_indication", "no"),
    ("Three constables were served with misconduct notices. We considered whether there was an indication that any of the "
     "constables may have committed a criminal offence, and decided that there was not.",
     "criminal_indication", "no"),
    ("Three constables were served with misconduct notices. We looked at whether there was an indication that one of the "
     "constables may have committed a criminal offence. We decided that there was, and served him with a criminal notice.",
     "criminal_indication", "yes"),
])
def test_fields_from_the_forty_sixth_stop(body, field, expected):
    assert record(body)[field] == expected


@pytest.mark.parametrize("body", [
    # (the forty-seventh stop, from check-170 once read: "Nor" before an indication denies it as "not" does)
    "We found that neither officer had a case to answer for misconduct. Nor did we find an indication that either of them "
    "may have committed a criminal offence.",
    "Two officers spoke to the man at the station. We found nothing to indicate that either officer had behaved in a way "
    "that would justify disciplinary proceedings. Nor did we find an indication that any of them may have committed a "
    "criminal offence.",
])
def test_nor_before_an_indication_is_no_indication(body):
    assert record(body)["criminal_indication"] == "no"


@pytest.mark.parametrize("body, expected", [
    # (rv198: "nor" denies the indication only as its clause's own opening word, not as part of "neither ... nor", nor where it
    # denies that someone disputed or accepted it)
    ("Two constables held a man face down in a van for half an hour. Neither PC Lyle nor PC Brand disputed that there was "
     "an indication that they may have committed a criminal offence.", "yes"),
    ("The sergeant admitted kicking the man as he lay on the cell floor. Nor was it disputed that there was an indication "
     "that he may have committed an offence of assault.", "yes"),
    ("A constable entered a flat in Hull while looking for a wanted man. He had neither a warrant nor consent and we found "
     "an indication that he may have committed a criminal offence by entering the flat.", "yes"),
    ("PC Moss denied the allegation throughout. Nor did he accept that there was an indication that he may have committed "
     "a criminal offence, although we remained of the view that there was.", "yes"),
    # (and its shortfalls mended: "nor" after a comma, and an aside after it)
    ("PC Garnett fired his Taser at a man who was running at him. We found that he had not completed his refresher "
     "training, nor was there an indication that he may have committed a criminal offence when he fired it.", "no"),
    ("Three officers restrained the man. We found that none of them had a case to answer. Nor, in our view, was there an "
     "indication that any of the officers may have committed a criminal offence.", "no"),
])
def test_nor_guarded_after_review_rv198(body, expected):
    assert record(body)["criminal_indication"] == expected


@pytest.mark.parametrize("body, expected", [
    # (rv193: our question is no finding, but a criminal caution in the same sentence still is)
    ("To find out whether there was an indication that PC Vane may have committed an assault, we interviewed him under "
     "criminal caution. He said he had pushed the man away in self-defence.", "yes"),
    # ("there was not" answers the last of two questions, not the offence)
    ("We considered whether PC Vane may have committed a criminal offence by looking up his former partner on police "
     "systems, and whether there was any policing reason for the checks. We found there was not.", "not_stated"),
    # (the answer "there was", however it is put: our view, after a lead clause, or two sentences on)
    ("We considered whether there was an indication that PC Vane may have committed a criminal offence when he kicked the "
     "man. Our view was that there was.", "yes"),
    ("We considered whether there was an indication that PC Vane may have committed a criminal offence when he kicked the "
     "man. Having watched the footage from the van, we decided that there was.", "yes"),
    ("We considered whether there was an indication that PC Vane may have committed a criminal offence when he kicked the "
     "man. We took statements from two people waiting at the bus stop. On that evidence, we found that there was.", "yes"),
])
def test_criminal_guarded_after_review_rv193(body, expected):
    assert record(body)["criminal_indication"] == expected


@pytest.mark.parametrize("body", [
    # (the forty-eighth stop, from check-171 once read)
    # an answer naming the people serving it clears, after our question about an offence by conduct ("committed one")
    "Two officers took photographs of a crash scene on their phones. We examined whether taking or sharing the photographs "
    "might be a criminal offence. In our view the evidence did not indicate that either officer had committed one.",
    # a question of those counted, answered in its own sentence: "none of them had"
    "Three sergeants were served with misconduct notices. We examined whether any of the three may have committed a criminal "
    "offence and decided that none of them had.",
    # custody staff are people serving
    "The detention officer and the custody sergeant were interviewed. Nothing we found suggested that either member of "
    "custody staff may have committed a criminal offence.",
    # "nothing in their actions", of those just decided on
    "We found that none of the three officers had a case to answer. Nothing in their actions indicated a criminal offence.",
])
def test_fields_from_the_forty_eighth_stop(body):
    assert record(body)["criminal_indication"] == "no"


@pytest.mark.parametrize("body, field, expected", [
    # (rv202: "committed one" answers only our question whether something might be a criminal offence, and only of officers)
    ("A man told two constables that his van had been broken into. We considered whether failing to record his report of a "
     "criminal offence was a breach of the standards. The evidence did not indicate that either constable had committed one.",
     "criminal_indication", "not_stated"),
    ("Two door staff at a nightclub held the man on the floor until police came. We examined whether the way he was held "
     "might be a criminal offence. The evidence did not indicate that either staff member had committed one.",
     "criminal_indication", "not_stated"),
    # ("none of them had" answers "may have committed" only, and only in our own voice)
    ("Four officers searched the flat. We considered whether any of them had been told that the man had committed a criminal "
     "offence before the search, and concluded that none of them had.", "criminal_indication", "not_stated"),
    ("The force's professional standards investigators considered whether any of the officers may have committed a criminal "
     "offence and concluded that none of them had. The family then complained to us.", "criminal_indication", "not_stated"),
    # ("their actions" only after our decision about a group of officers, the last people named)
    ("We found that PC Rudd had a case to answer for misconduct for arresting two climate marchers. Nothing in their actions "
     "indicated a criminal offence.", "criminal_indication", "not_stated"),
    ("We investigated a complaint from two brothers whose scooters had been seized. Nothing in their actions indicated a "
     "criminal offence.", "criminal_indication", "not_stated"),
    # (custody staff as people serving only in our "nothing suggested": not the victim of a charge)
    ("The man, who had kicked a member of custody staff, was charged with assault after the CPS reviewed the case. We "
     "investigated whether the custody sergeant had used too much force on him afterwards.", "cps_referral", "no"),
])
def test_criminal_guarded_after_review_rv202(body, field, expected):
    assert record(body)[field] == expected


@pytest.mark.parametrize("body, expected", [
    # (the forty-eighth stop, from check-171 once read: our question answered "no learning recommendations to make")
    ("We found PC Varley had no case to answer. We thought about whether the force could learn anything from the incident "
     "and decided there were no learning recommendations to make.", "no"),
    # (a force's own change "since the woman complained": after the complaint this case began with)
    ("We found the detective constable had a case to answer for misconduct. Since the woman complained, Kent Police has "
     "added a screening question to its risk assessments and has trained its safeguarding teams in using it.", "yes"),
])
def test_learning_from_the_forty_eighth_stop(body, expected):
    assert record(body)["organisational_learning"] == expected


@pytest.mark.parametrize("body, expected", [
    # (rv204: "no recommendations to make" holds only where no learning is found anywhere, and only as our answer)
    ("We recommended that Kent Police review how its control room grades calls about missing children. We considered whether "
     "the force could learn anything from the search of the park itself, and decided there were no recommendations to make.",
     "yes"),
    ("A PCSO was bitten by a dog while helping an officer in Swindon. The officer's supervisor considered whether there was "
     "any learning for the force from the incident and decided there were no recommendations to make.", "not_stated"),
    # ("since they complained": a remedy for the complainants, which "their" does not give away)
    ("Two sisters said officers had ignored their reports of threats from a neighbour. Since they complained, Kent Police has "
     "installed a camera outside the block of flats where they live.", "not_stated"),
])
def test_learning_guarded_after_review_rv204(body, expected):
    assert record(body)["organisational_learning"] == expected


def test_a_change_for_the_officers_taking_part_is_the_forces():
    # (the forty-eighth stop, from check-171 once read: a force's change that says whom its new rule is for, "the officers
    # taking part in them", is about its officers as a class, not about the people involved in the case)
    body = ("We found the constable had a case to answer for gross misconduct for passing on details of a planned raid. Kent "
            "Police has since restricted access to the details of planned raids to the officers taking part in them.")
    assert record(body)["organisational_learning"] == "yes"


@pytest.mark.parametrize("body", [
    # (rv205: officers as a class only by the part they take in any such work, not those of the case's own event)
    "Three constables searched a house in Dover under a warrant. We identified learning for the officers taking part in the "
    "search about how they logged what they seized. Their sergeant has passed this on to them.",
    "Two officers followed a stolen van along the A2. We identified learning for the two officers taking part in the pursuit "
    "about their radio commentary.",
    # ("reminded us that ..." tells what already was)
    "Kent Police has since reminded us that access to the details of planned raids is restricted to the officers taking part "
    "in them, and has been since 2019.",
])
def test_the_officers_taking_part_guarded_after_review_rv205(body):
    assert record(body)["organisational_learning"] == "not_stated"


@pytest.mark.parametrize("body, expected", [
    # (a code review of the forty-eighth stop's change: custody staff only straight after the word that picks them, not a
    # prisoner's victim; no "neither" after a denial; "neither of them had" answering "either of them")
    ("A man was arrested. Nothing we found suggested the prisoner who bit a member of custody staff had committed a criminal "
     "offence.", "not_stated"),
    ("Nothing we found suggested that any of the members of custody staff on duty that night had committed a criminal "
     "offence.", "no"),
    ("We examined whether failing to record the assault could amount to a criminal offence. The evidence did not show that "
     "neither officer had committed one.", "not_stated"),
    ("We considered whether either of them may have committed a criminal offence and concluded that neither of them had.",
     "no"),
])
def test_criminal_after_code_review(body, expected):
    assert record(body)["criminal_indication"] == expected


@pytest.mark.parametrize("body", [
    # (the forty-ninth stop, from check-172 once read: our question whether an act could be an offence, answered with no
    # offence at all)
    "The sergeant was interviewed under misconduct caution. We considered whether filming the woman in the cell could amount to "
    "a criminal offence. We decided that the evidence did not show that any offence had been committed, although the filming "
    "broke the force's rules.",
])
def test_fields_from_the_forty_ninth_stop(body):
    # (the rules' own reading, not the sentence model's, which may read a short page's "nothing to suggest" as well)
    page = parse_page(f"Fictional case – Exampleshire Police, March 2022\n\n{body}\n")
    assert rules.criminal_by_rules(page, rules.cps_referral(page)).value == "no"


@pytest.mark.parametrize("body", [
    # (rv206: "no offence had been committed" answers our question only of an act of the police, after no one of the public)
    "During an arrest in Leeds, a man spat at PC Oakes and kicked her. We considered whether the man's behaviour could amount "
    "to a criminal offence. We decided that the evidence did not show that any offence had been committed.",
    "A sergeant said a neighbour had sent her threatening letters. We considered whether the letters could amount to a "
    "criminal offence. We decided that the evidence did not show that any offence had been committed.",
    "PC Kirby restrained a man who had bitten a sergeant. We considered whether biting the sergeant could amount to a "
    "criminal offence. We decided that the evidence did not show that any offence had been committed.",
])
def test_no_offence_answer_guarded_after_review_rv206(body):
    page = parse_page(f"Fictional case – Exampleshire Police, March 2022\n\n{body}\n")
    assert rules.criminal_by_rules(page, rules.cps_referral(page)).value == "not_stated"


@pytest.mark.parametrize("body", [
    # (a code review of the forty-ninth stop's change: "anything" is no act of the police; an officer who was the victim is
    # not the one whose act the question asks about)
    "The cell was cleaned the next day. We considered whether anything written on the cell wall could have been a criminal "
    "offence. We decided that the evidence did not show that any offence had been committed.",
    "A man was taken to the station after a disturbance. In the cell, he spat at PC Lina Oakes. We considered whether spitting "
    "at PC Oakes could have been a criminal offence. We decided that the evidence did not show that any offence had been "
    "committed.",
])
def test_no_offence_answer_after_code_review_of_the_forty_ninth_stop(body):
    page = parse_page(f"Fictional case – Exampleshire Police, March 2022\n\n{body}\n")
    assert rules.criminal_by_rules(page, rules.cps_referral(page)).value == "not_stated"


@pytest.mark.parametrize("body, expected", [
    # (the fiftieth stop, from check-173 once read: "anything the force itself needed to learn", asked and answered no)
    ("We found the constable had a case to answer for gross misconduct. We also looked at whether there was anything the "
     "force itself needed to learn. We decided it did not, as the supervisors had acted quickly once they knew.", "no"),
    # (no wider learning for the force, named by its initials)
    ("We found the constable had a case to answer for misconduct. We found no wider learning for GMP arising from this "
     "case.", "no"),
])
def test_learning_from_the_fiftieth_stop(body, expected):
    assert record(body)["organisational_learning"] == expected


@pytest.mark.parametrize("body, expected", [
    # (the review of the fiftieth stop's round 4, rv213: "itself" makes a question about the police only; "the organisation
    # itself" may be a care home)
    ("The woman had lived in a care home run by a charity. Officers from Surrey Police searched the grounds within an hour. "
     "We looked at whether there was anything the organisation itself needed to learn. We decided it did not, as its staff "
     "had raised the alarm promptly.", "not_stated"),
    # (the force's own question, "It considered whether", is not ours)
    ("The force's professional standards department first dealt with the complaint. It considered whether there was "
     "anything the force itself needed to learn. It decided it did not. The woman then asked us to review the outcome.",
     "not_stated"),
    # (no learning for a force by its initials is our whole answer only, and weaker than a recommendation beside it)
    ("A man was injured during his arrest by GMP officers. We found no wider learning for GMP, but we recommended that GMP "
     "review its guidance on leg restraints.", "yes"),
    ("BTP officers handed the detainee to MPS officers at a London terminus. We found no wider learning for BTP. We "
     "recommended that the MPS review how its officers take over detainees from other forces.", "yes"),
    ("Two constables stopped and searched the young man. We found no learning for PCs Harland and Brook, who had recorded the "
     "search fully.", "not_stated"),
    ("The inquest was held last year. The coroner found no learning for BTP and did not issue a report.", "not_stated"),
])
def test_learning_guarded_after_review_rv213(body, expected):
    assert record(body)["organisational_learning"] == expected


def test_our_investigation_asking_by_it_is_ours():
    # (a fresh-eyes code review of the fiftieth stop's change: "It" after our investigation is ours)
    body = ("We found the constable had no case to answer. Our investigation examined how the force handled the call. It also "
            "considered whether there was any organisational learning for the force, and found none.")
    assert record(body)["organisational_learning"] == "no"


@pytest.mark.parametrize("body, expected", [
    # (fifty-fourth stop, round 7: the force someone serving used, asked about as an assault and answered no)
    ("Four officers restrained a man in a cell. We considered whether the force used by the four officers could amount "
     "to an assault, and concluded that it did not, as the restraint was necessary.", "no"),
    ("PC Hart held a man on the ground for nine minutes. We considered whether the force PC Hart used could amount to an "
     "assault. Taking into account the man's resistance, we concluded that it did not.", "no"),
    # (... and "there was nothing to indicate that they had" closing the sentence that asked)
    ("Two constables were served with misconduct notices. We also thought about whether either of them might have "
     "committed a criminal offence, and concluded there was nothing to indicate that they had.", "no"),
    # (guard: force a member of the public used is no question about the police)
    ("Two officers were assaulted outside a pub. We considered whether the force used by the man could amount to an "
     "assault, and concluded that it did not.", "not_stated"),
])
def test_force_someone_serving_used_asked_about_and_answered_no(body, expected):
    assert record(body)["criminal_indication"] == expected


@pytest.mark.parametrize("body, expected", [
    # (mends after review rv234: no one else's "security officer"; a rank and name as reports write them; what it was used on)
    ("A store security officer detained a woman until police arrived. We considered whether the force the security "
     "officer used could amount to an assault, and concluded that it did not.", "not_stated"),
    ("DS Patel was served with a misconduct notice. We considered whether the force used by DS Patel could amount to an "
     "assault, and concluded that it did not. DS Patel had no case to answer.", "no"),
    ("Officers were called to a disturbance at a pub. We considered whether the force used by the officers during the "
     "arrest could amount to an assault, and concluded that it did not.", "no"),
])
def test_force_someone_serving_used_after_review_rv234(body, expected):
    assert record(body)["criminal_indication"] == expected


@pytest.mark.parametrize("body, expected", [
    # (fifty-fourth stop, round 8: learning for a group of the force's staff, whoever identified it)
    ("We investigated the actions of the constable. In response to our findings, Essex Police has introduced a yearly "
     "refresher for all of its response drivers on driving to emergencies through built-up areas.", "yes"),
    ("We investigated the actions of the call handler. Essex Police has also reviewed the domestic abuse module of the "
     "training course given to all new call handlers.", "yes"),
    # (guard: what all of them had before the events is no learning from them)
    ("We investigated the actions of the constable. All officers in the team had completed the training before the "
     "incident.", "not_stated"),
])
def test_learning_for_every_one_of_a_kind_of_its_staff(body, expected):
    assert record(body)["organisational_learning"] == expected


@pytest.mark.parametrize("body, expected", [
    # (fifty-fourth stop, round 9: an aside between "either of them" and the verb)
    ("A woman was arrested and taken to custody, where two detention officers were to check on her. We did not find "
     "anything to suggest that either of them, or anybody else working in the custody suite that night, may have "
     "committed a criminal offence.", "no"),
    # (guard: the aside naming someone of the public keeps the sentence unread, as before)
    ("Two detention officers were served with misconduct notices. We did not find anything to suggest that either of "
     "them, or the man they had arrested, may have committed a criminal offence.", "not_stated"),
])
def test_nothing_by_either_of_them_past_an_aside(body, expected):
    assert record(body)["criminal_indication"] == expected


@pytest.mark.parametrize("body, expected", [
    # (mends after review rv235: the people of the case, another body's staff, a year, and no measure are no learning)
    ("We investigated the arrest of a teenager. PC Reed, PC Lamb and PC Shaw each had a case to answer for misconduct. "
     "Since the meeting, all three officers have completed refresher training on arrest powers.", "not_stated"),
    ("A detainee was taken to hospital with a head injury. Sergeant Moss had a case to answer for misconduct. Since "
     "these events, all of the hospital's emergency department staff have received training on head injuries.", "not_stated"),
    ("A man complained about his arrest. PC Orme had a case to answer for misconduct. The force has provided copies of "
     "our final report to all of the officers who gave statements.", "not_stated"),
    ("Officers were called to a flat. PC Young had a case to answer for misconduct. Since this incident, every officer "
     "who went to the flat that night has completed refresher training on acute behavioural disturbance.", "not_stated"),
])
def test_learning_for_a_group_of_staff_guarded_after_review_rv235(body, expected):
    assert record(body)["organisational_learning"] == expected


@pytest.mark.parametrize("field, body, expected", [
    # (mends after code review cr54e: an aside saying who they are is no aside taking in anyone else; a practice that
    # already was before the events is no learning, even against our "none")
    ("criminal_indication", "Two door supervisors restrained a man before officers arrived. Our investigation found "
     "nothing to suggest that they, as licensed door staff, had committed a criminal offence. We found that PC Hale had a "
     "case to answer for misconduct.", "not_stated"),
    ("organisational_learning", "We investigated the actions of the constable. We did not identify any organisational "
     "learning. Kent Police has provided training on positional asphyxia to all of its officers for several years, well "
     "before these events.", "no"),
])
def test_report_fields_guarded_after_code_review_cr54e(field, body, expected):
    assert record(body)[field] == expected


@pytest.mark.parametrize("body", [
    "The force also told us it has changed its custody handover template so that outstanding medication needs must be "
    "recorded by the incoming sergeant.",
    "Kent Police told us it had changed its custody handover template so that anything a detainee says about drink must be "
    "read out at every change of shift.",
    "While our investigation was under way, Kent Police told us it had introduced a weekly audit of cell visit records.",
])
def test_a_forces_own_change_told_by_it_needs_no_time_word(body):
    assert learning_of("We found no officer had a case to answer. " + body) == "yes"


@pytest.mark.parametrize("body", [
    "Kent Police told us it had changed the constable's shift pattern so that he no longer worked nights.",
    "Kent Police told us it had changed its mind about the misconduct meeting.",
    "The force told us it had reviewed the footage before referring the matter.",
])
def test_what_a_force_tells_us_of_a_person_or_the_case_is_no_learning(body):
    assert learning_of("We found no officer had a case to answer. " + body) == "not_stated"


def test_no_offence_by_pronoun_after_a_sentence_going_on_about_the_officer_named_before_it():
    body = ("PC Keeble fired her Taser.\n\nWe found PC Keeble had no case to answer for misconduct. In our view her decision "
            "was a reasonable one given the threat she faced. Nothing suggested that she or her colleague had committed any "
            "criminal offence.")
    assert offence_of(body) == "no"


@pytest.mark.parametrize("body", [
    "The man threatened PC Keeble.\n\nWe found PC Keeble had no case to answer for misconduct. In our view his threats were "
    "real and he meant them. Nothing suggested that he had committed any criminal offence.",
    "We found PC Keeble had no case to answer for misconduct. In our view the woman's account was honest and she gave it "
    "calmly. Nothing suggested that she had committed any criminal offence.",
])
def test_no_offence_by_pronoun_after_someone_of_the_public_is_not_the_officers(body):
    assert offence_of(body) == "not_stated"


@pytest.mark.parametrize("body", [
    "The force told us it had amended the crime report to record the correct offence.",
    "Kent Police told us it had introduced electronic cell visit recorders in 2018, and these showed that every visit was "
    "made on time.",
])
def test_a_forces_fix_to_one_record_or_a_measure_already_in_place_is_no_learning(body):
    assert learning_of("We found that the call handler had no case to answer. " + body) == "not_stated"


def test_no_offence_by_pronoun_is_not_pointed_past_a_caller():
    body = ("We found that PC Ashdown had no case to answer for misconduct. The caller later accepted that he had made up the "
            "report of a knife. Nothing suggested that he had committed a criminal offence by doing so.")
    assert offence_of(body) == "not_stated"


@pytest.mark.parametrize("asked", [
    "In April 2020 we asked the Crown Prosecution Service (CPS) to consider charging him.",
    "We asked the CPS to decide whether to prosecute him.",
])
def test_our_asking_the_cps_to_consider_charging_the_one_we_investigated_is_a_referral(asked):
    body = f"There was an indication that PC Lyle may have committed an assault. {asked} The CPS decided not to prosecute."
    assert record(body)["cps_referral"] == "yes"


def test_the_cps_asked_to_consider_charging_by_someone_else_is_no_referral_of_ours():
    body = ("The man was arrested for criminal damage. The force asked the CPS to consider charging him. We found no "
            "indication that any officer had committed a criminal offence.")
    assert record(body)["cps_referral"] == "no"


@pytest.mark.parametrize("body", [
    "The driver of the other car was arrested at the scene. We asked the CPS to consider charging him with dangerous driving.",
    "A woman complained that PC Dunn had assaulted her. Footage showed that her account was untrue. We asked the CPS to "
    "consider charging her with perverting the course of justice.",
    "Two men attacked the officers outside a nightclub. We asked the CPS to consider charging them with affray.",
    "The family later asked: had we asked the CPS to consider charging him? We explained that no file had been sent.",
    "Had we asked the CPS to consider charging him, it would have needed evidence that PC Drew knew the man was unwell.",
])
def test_our_asking_the_cps_about_someone_of_the_public_or_in_a_supposition_is_no_referral(body):
    # (rv238)
    assert record(body)["cps_referral"] == "no"


@pytest.mark.parametrize("middle", [
    "In our view she had been wrongly suspected from the start.",
    "In our view she had simply stayed out overnight without telling anyone.",
])
def test_no_offence_by_pronoun_is_not_pointed_past_a_sentence_about_someones_state(middle):
    # (rv238: only a sentence about what the officer did, by its possessive, is gone past)
    body = ("A woman was arrested for shoplifting in Dover. She was held for nine hours. Her solicitor complained about the "
            f"delay. We found Sergeant Keeble had no case to answer. {middle} Nothing suggested that she had committed any "
            "criminal offence.")
    assert offence_of(body) == "not_stated"


def test_a_forces_change_after_its_own_review_in_the_same_clause_is_learning():
    body = ("We found no officer had a case to answer. West Midlands Police has since carried out its own review of strip "
            "searches in its custody suites, and has changed its custody system so that a strip search cannot be recorded "
            "without the name of the inspector who authorised it.")
    assert learning_of(body) == "yes"


def test_a_forces_review_of_the_case_then_a_change_for_an_officer_is_no_learning():
    body = ("We found no officer had a case to answer. West Midlands Police has since carried out its own review of the case, "
            "and has changed the constable's shift pattern.")
    assert learning_of(body) == "not_stated"


@pytest.mark.parametrize("body", [
    "Kent Police has since carried out its own review of the inspector's conduct, and has restricted the inspector's access "
    "to firearms.",
    "Kent Police has since carried out its own review of the suspect's interview, and has added a new charge.",
    "Kent Police has since carried out its own review of the footage from the incident, and has added the footage to the "
    "evidence for the inquest.",
])
def test_a_review_of_one_persons_doing_or_the_evidence_then_a_step_is_no_learning(body):
    # (rv240)
    assert learning_of("We found no officer had a case to answer. " + body) == "not_stated"


_OPENING_OF_A_CRIMINAL_INQUIRY = ("Constable Varga was served with a criminal notice and interviewed under criminal caution "
                                  "about the push at the bus station. ")


def referral_of(said: str) -> str:
    """The CPS field of a passage told after an officer's criminal interview."""
    return record(_OPENING_OF_A_CRIMINAL_INQUIRY + said)["cps_referral"]


@pytest.mark.parametrize("said", [
    "We decided that the footage did not justify referring a file to the Crown Prosecution Service.",
    "We found the evidence was not strong enough for us to refer a file to the CPS.",
    "In our view none of his remarks reached the threshold for referral to the CPS.",
    "We decided the evidence fell short of the level at which we would refer a file to the CPS.",
    "We decided it did not reach the level at which a file should go to the Crown Prosecution Service.",
    "When our work is complete we will decide whether to send a file of evidence to the CPS.",
    "We considered whether to send our evidence to the CPS for a charging decision, and decided not to.",
    "We do not consider that the evidence would support a referral to the CPS.",
    "Referring a file to the CPS was not justified on this evidence.",
    "We will decide if a file should be sent to the CPS once our work ends.",
    "The evidence was not strong enough for us to refer a file to the CPS, but we found PC Vance had a case to answer.",
])
def test_a_referral_denied_or_only_asked_in_its_own_clause_is_none(said):
    # (the referral word's clause, back to a comma or "but", says "not", "none", "short of" or "whether")
    assert referral_of(said) == "no"


@pytest.mark.parametrize("said", [
    "Although the constable did not accept that he had pushed anyone, we sent a file to the CPS.",
    "No decision was taken on his case until we referred a file to the CPS in May.",
    "The constable, who had not been on duty, was the subject of a file we sent to the CPS.",
    "We considered whether to refer a file to the CPS, and decided to do so.",
    "The force took no further action after we passed a file to the CPS.",
    # (rv243: a negative or "whether" about something else in the clause)
    "The constable made no comment in interview and a file was sent to the CPS in August.",
    "Neither officer objected to our decision to refer a file to the CPS.",
    "Despite no witnesses coming forward a file on the constable was sent to the CPS.",
    "We asked the CPS to review whether the file we submitted met the test for a prosecution.",
    "We considered whether to send a file to the CPS, and decided that we should.",
    "Files on no fewer than three officers were sent to the CPS.",
])
def test_a_referral_told_in_a_clause_of_its_own_stands(said):
    # (a negative in an earlier clause, or a question answered "yes", leaves it a referral)
    assert referral_of(said) == "yes"


_TWO_CUSTODY_OFFICERS_DECIDED = ("Two detention officers at Farrowby custody suite carried out the checks on Mr Quell that "
                                 "night. We found that neither had a case to answer for misconduct. ")


@pytest.mark.parametrize("said", [
    "We did not find anything to suggest that either member of the custody team may have committed a criminal offence.",
    "We found nothing to suggest that any of those we investigated may have committed a criminal offence.",
    "We found nothing to suggest a criminal offence had been committed by either of them.",
    "We found nothing to suggest that either of them had acted in a way that would justify disciplinary proceedings, or "
    "that either had committed a criminal offence.",
    "We found nothing to indicate that any of them had acted in a way that might justify disciplinary proceedings, nor "
    "that any of them may have committed a criminal offence.",
])
def test_no_offence_by_those_investigated_in_plain_words_of_the_group(said):
    # (after our decision about them, with no one of the public in the sentence before)
    body = "Mr Quell was unwell in his cell overnight. " + _TWO_CUSTODY_OFFICERS_DECIDED + said
    assert offence_of(body) == "no"


@pytest.mark.parametrize("body", [
    "Two men were arrested after a fight outside a bar in Farrowby. We found nothing to suggest that either person had "
    "committed a criminal offence.",
    "Officers detained two teenagers near the station. Nothing suggested that any of those involved had committed a "
    "criminal offence, and both were released.",
    "Two men were arrested after a fight outside a bar. We found nothing to suggest that either person had been hurt by "
    "the officers.",
    "Two neighbours had argued about a fence for months. We found nothing to suggest that any of those involved had "
    "committed a criminal offence.",
    "The force's own inquiry found nothing to suggest that either member of the door team had committed a criminal offence.",
])
def test_either_person_or_those_involved_is_not_read_as_the_police(body):
    # ("either person" and "those involved" may be anyone: see also rv188's landlord and tenant)
    assert offence_of(body) == "not_stated"


@pytest.mark.parametrize("said", [
    # (rv245: a question answered yes, the CPS's own file, a negative about something else, a denial taken back)
    "We assessed if the evidence met the threshold for referring a file to the CPS. It did, and the file was submitted in "
    "April.",
    "We considered whether the evidence was sufficient to refer a file to the CPS, and concluded that it was.",
    "We sent our findings on. The CPS did not think the file held enough evidence for a prosecution of the constable.",
    "There was no doubt that the evidence met the threshold for referring a file to the CPS, and we did so in June.",
    "The force had not referred the constable's case to the CPS, so we did.",
    "The force had not passed the case to the CPS, which we then did.",
    "Our investigation report went to the CPS in June; the force had not passed the matter on.",
    "A referral to the CPS was not required in law, but we made one because of the seriousness of the allegations.",
])
def test_a_referral_the_sentence_answers_or_takes_back_stands(said):
    assert referral_of(said) == "yes"


@pytest.mark.parametrize("body", [
    # (rv244: a team of the public, someone else's finding, "them" of the public)
    "Door supervisors had restrained a reveller before two constables took over. We found nothing to suggest either member "
    "of the door staff had committed a criminal offence.",
    "We noted the force found nothing to suggest either member of the custody team had committed a criminal offence.",
    "At the inquest, which we attended, the coroner found nothing to suggest either member of the custody team had "
    "committed a criminal offence.",
    "Constable Varga attended a dispute between a landlord and his tenant. Each accused the other of theft. We found "
    "nothing to suggest a criminal offence had been committed by either of them.",
    "The force found nothing to suggest either of them had acted in a way that would justify disciplinary proceedings, or "
    "that either had committed a criminal offence. We have not yet reached our own view.",
])
def test_our_nothing_only_of_those_we_investigated(body):
    assert offence_of(body) == "not_stated"


@pytest.mark.parametrize("said", [
    # (cr56: a verb with its own subject inside the question or negative, the CPS's own view after a referral, an answer in
    # other words, a negative about something else before a threshold)
    "The CPS will decide whether the evidence we sent supports a charge of assault.",
    "The CPS did not think the evidence that was passed to it was enough to prosecute.",
    "The case was passed to the CPS which found charges were not appropriate.",
    "We considered whether to refer the constable to the CPS and did so in March.",
    "We had no difficulty deciding it met the threshold for referral to the CPS, which received our report in May.",
])
def test_a_referral_told_inside_a_question_or_beside_the_cps_view_stands(said):
    assert referral_of(said) == "yes"


@pytest.mark.parametrize("body", [
    # (cr56: another body's team, people of the public "under investigation", a landlord and his tenant)
    "The call went to the ambulance service, where two members of its control room staff graded it. We found nothing to "
    "suggest either member of the control room staff had committed a criminal offence.",
    "Kent Police arrested three men and released them under investigation. We found nothing to suggest any of those under "
    "investigation had committed a criminal offence.",
    "Constable Amis was served with a misconduct notice over a row in which a landlord and his tenant accused each other of "
    "theft. We found nothing to suggest a criminal offence had been committed by either of them.",
])
def test_our_nothing_of_another_bodys_team_or_the_public_is_not_read(body):
    assert offence_of(body) == "not_stated"


@pytest.mark.parametrize("said", [
    # (rv246: a participle after its noun, a possessive's referral, a condition, "made it", someone else's denial answered
    # by ours, a charging decision beside an account not provided)
    "The CPS did not think the evidence sent to it justified a prosecution.",
    "The CPS will now decide whether the evidence submitted by us in May supports a charge of assault.",
    "The constable's referral to the CPS meant misconduct proceedings were not appropriate while the criminal case was live.",
    "A referral to the CPS was not required, but we made it anyway because of the seriousness of the injuries.",
    "We promised the family we would tell them if a referral to the CPS was made, and we told them in June that it had been.",
    "The force did not think a referral to the CPS was needed. We disagreed and referred the constable ourselves in May.",
    "The CPS authorised a charge of theft against the constable, who had not provided any account when interviewed.",
])
def test_a_referral_beside_another_negative_or_answered_by_us_stands(said):
    assert referral_of(said) == "yes"


def test_a_quoted_we_is_not_our_finding_of_no_offence():
    # (rv246: the force's letter quoted)
    body = ("The force's professional standards department wrote to the family in May. \"We found nothing to suggest either "
            "member of the custody team had committed a criminal offence,\" its letter said. We have not yet reached our own view.")
    assert offence_of(body) == "not_stated"


@pytest.mark.parametrize("said", [
    # (rv247: a referral there was, "the referral", under another negative or question)
    "Neither the referral to the CPS nor the misconduct notice was challenged by the constable.",
    "We found no evidence that the referral to the CPS in May had been delayed by the force.",
    "The CPS did not consider the referral complete and asked us for further statements in July.",
    "Whether the referral made to the CPS in May will lead to charges is a matter for the CPS.",
    "The family asked whether the referral to the CPS had been made, and we confirmed that it had in March.",
    "Kent Police did not consider a referral to the CPS necessary, but one was made in June at our direction.",
])
def test_a_referral_there_was_is_not_denied_or_asked_by_another_negative(said):
    assert referral_of(said) == "yes"


@pytest.mark.parametrize("body", [
    # (rv247: detention staff of another body; "them" of two drivers)
    "Two members of the detention staff at the immigration removal centre escorted the man to the van. We found nothing "
    "to suggest either member of the detention staff had committed a criminal offence.",
    "Constable Amis was served with a misconduct notice over how he handled a row between two drivers after a minor "
    "collision. We found nothing to suggest a criminal offence had been committed by either of them.",
])
def test_our_nothing_of_another_bodys_staff_or_two_drivers_is_not_read(body):
    assert offence_of(body) == "not_stated"


@pytest.mark.parametrize("body, field, expected", [
    # (rv248: a "no" answer after a question; our referral told in other words; another body's place two sentences back)
    (_OPENING_OF_A_CRIMINAL_INQUIRY + "We considered whether to refer the constable to the CPS. We decided it did not meet "
     "the threshold.", "cps_referral", "no"),
    (_OPENING_OF_A_CRIMINAL_INQUIRY + "The family asked us whether we would refer the constable to the CPS. We told them we "
     "had referred him in April.", "cps_referral", "yes"),
    (_OPENING_OF_A_CRIMINAL_INQUIRY + "We asked ourselves whether a referral to the CPS was justified. The answer was yes, "
     "and a referral was made in May.", "cps_referral", "yes"),
    ("The man was held overnight in the cells at the immigration removal centre. Two members of staff checked on him every "
     "hour. We found nothing to suggest either member of the custody staff had committed a criminal offence.",
     "criminal_indication", "not_stated"),
    (_OPENING_OF_A_CRIMINAL_INQUIRY + "We decided the evidence did not reach the level at which a file should go to the "
     "CPS. We did decide that the constable had a case to answer for misconduct.", "cps_referral", "no"),
])
def test_fields_guarded_after_review_rv248(body, field, expected):
    # (and a next sentence's "We did decide that the driver had a case" is no referral after all: check-102 fds11's kind)
    assert record(body)[field] == expected


@pytest.mark.parametrize("body, expected", [
    # (rv249: another's denial is not ours, and we may overrule it; a report sent elsewhere answers no question)
    ("Kent Police said there were no grounds for a referral to the CPS. We overruled the force, and the constable was "
     "referred in June.", "yes"),
    ("The constable argued that there was no evidence to justify a referral to the CPS. The CPS disagreed and charged him "
     "with assault in May.", "yes"),
    ("The evidence did not justify a referral to the CPS at first. After the expert report, it did.", "yes"),
    ("We considered whether to refer the constable to the CPS. We sent our report to Kent Police's professional standards "
     "department in June.", "no"),
    ("We considered whether to refer the constable to the CPS. We noted the deadline had passed for the force to respond.",
     "no"),
])
def test_referrals_guarded_after_review_rv249(body, expected):
    assert referral_of(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("The constable was served with a misconduct notice and a criminal notice for driving without due care and attention, "
     "and was interviewed under both cautions.", "yes"),
    ("We served criminal notices on both detention officers after the man died.", "yes"),
    # (not someone of the public, nor a notice we decided against, nor one the officer served)
    ("The man was served with a criminal notice.", "not_stated"),
    ("We decided the constable should not be served with a criminal notice.", "not_stated"),
    ("The constable served the driver with a criminal notice at the roadside.", "not_stated"),
    # (rv250: an officer serving one, the public's in a clause, a question, a proposal we rejected)
    ("The constable served a criminal notice on the driver of the van after the collision.", "not_stated"),
    ("The officers told us Mr Dale was served with a criminal notice for the damage to the cell.", "not_stated"),
    ("The family asked whether the constable had been served with a criminal notice.", "not_stated"),
    ("The force suggested that the officers be served with criminal notices; we did not agree.", "not_stated"),
])
def test_a_criminal_notice_served_on_someone_serving_is_a_criminal_investigation(body, expected):
    assert offence_of(body) == expected


@pytest.mark.parametrize("body", [
    # our answer to our own offence question, after a clause of how we weighed it, in more of the words we use
    "PC Vane used two distraction strikes during the arrest. We considered whether either officer may have committed a "
    "criminal offence. Bearing in mind the level of resistance and the guidance on distraction strikes, we decided the "
    "evidence did not indicate that they had.",
    "We considered whether the sergeant may have committed a criminal offence. Given the brief nature of the contact, we "
    "did not think there was an indication that he had.",
    "We also looked at whether PC Orrin's use of force amounted to a criminal offence. Having reviewed the footage, we did "
    "not consider there was an indication that either officer had committed one.",
    "We looked at whether any of the officers may have committed an offence of assault. We decided that the evidence did "
    "not give an indication that any of them had.",
    "We also considered whether PC Lusk's use of force might amount to a criminal offence. Taking the footage together with "
    "the medical evidence, which showed only minor bruising, we concluded there was no indication that he had committed one.",
    "We considered whether the constable may have committed a criminal offence. In the light of the footage, we found no "
    "indication that he had.",
    # (rv251: "also" between our voice and the denial)
    "We considered whether the constable may have committed a criminal offence. Having watched the footage, we also did not "
    "think there was an indication that he had.",
    # (a lead clause with an aside of its own)
    "We also considered whether PC Lusk's use of force might amount to a criminal offence. Taking the footage together with "
    "the medical evidence, which showed only minor bruising, we concluded there was no indication that he had committed one.",
])
def test_our_answer_to_our_offence_question_in_more_words(body):
    assert offence_of(body) == "no"


@pytest.mark.parametrize("body", [
    # (cr57: "whether" in a lead clause of the older words; a clause of knowing before the offence question itself; "or
    # the van driver", who may be anyone, asks about the one serving)
    "We looked at whether the constable may have committed a criminal offence during the search. Having established "
    "whether the search was lawful, we found no evidence that he had done so.",
    "We considered whether the inspector knew about the threats and may have committed the offence of misconduct in public "
    "office by failing to act on them. Having reviewed his emails, we found no indication that he had.",
    "We considered whether the sergeant's remarks to the taxi driver or the operator could amount to a criminal offence. "
    "Having listened to the recording, we found no evidence that the sergeant had.",
])
def test_our_answer_to_our_offence_question_as_before(body):
    assert offence_of(body) == "no"


@pytest.mark.parametrize("body", [
    # (guards: someone else's weighing, a question about the public, an answer kept open)
    "We considered whether the man may have committed a criminal offence. Bearing in mind his injuries, we did not think "
    "there was an indication that he had.",
    "We considered whether the sergeant may have committed a criminal offence. The force did not think there was an "
    "indication that he had, but we disagreed.",
    "We considered whether the sergeant may have committed a criminal offence. Bearing in mind the footage, we thought "
    "there was an indication that he had.",
    # (rv251: a lead clause picking one of the two asked about out, by post or by name, answers for that one only)
    "We considered whether the sergeant or the constable may have committed a criminal offence. In the light of the "
    "sergeant's body-worn video, we did not think there was an indication that she had.",
    "We considered whether PC Tarrow or PC Bleane may have committed a criminal offence. Bearing in mind the footage of PC "
    "Tarrow, we did not think there was an indication that he had.",
    "We considered whether PC Tarrow or PC Bleane may have committed a criminal offence. Having reviewed the footage of PC "
    "Tarrow, we found no indication that he had.",
    # (rv252: a name's possessive or a staff post picks one out too; a pronoun for two is not stretched to the new words; a
    # lead clause asking its own question; a quotation of someone's letter; what someone knew of another's offence)
    "We considered whether PC Tarrow or PC Bleane may have committed a criminal offence. In the light of Tarrow's body-worn "
    "video, we did not think there was an indication that he had.",
    "We considered whether the call handler or the dispatcher may have committed a criminal offence. In the light of the call "
    "handler's recorded calls, we did not think there was an indication that she had.",
    "We considered whether PC Tarrow or PC Bleane may have committed a criminal offence. Bearing in mind the footage, we did "
    "not think there was an indication that he had.",
    "We considered whether PC Tarrow may have committed a criminal offence. Considering whether the man himself may have "
    "assaulted an emergency worker, we did not think there was an indication that he had.",
    "We considered whether the inspector may have committed a criminal offence. “In the light of the footage, we did not "
    "think there was an indication that he had.” These were the words of the force's letter.",
    "We considered whether the sergeant had been told that the man may have committed a criminal offence. In the light of "
    "the call logs, we did not think there was an indication that he had.",
    # (cr57: a bare "he had not" for several, after a lead clause; knowing by "had been aware that"; a quotation in plain
    # quote marks)
    "We considered whether PC Tarrow or PC Bleane may have committed a criminal offence. Bearing in mind the footage of PC "
    "Tarrow, we concluded that he did not.",
    "We considered whether PC Tarrow or PC Bleane may have committed a criminal offence. Considering all the footage, we "
    "concluded that he had not.",
    "We considered whether the sergeant had been aware that the man may have committed a criminal offence. In the light of "
    "the call logs, we did not think there was an indication that he had.",
    "We considered whether the inspector may have committed a criminal offence. 'In the light of the footage, we did not "
    "think there was an indication that he had.' These were the words of the force's letter.",
    # (rv255: two joined by "and"; a second question the pronoun answers; knowing in more words; another person cleared;
    # a lead taking part of the question; someone of theirs; "or her colleague")
    "We considered whether PC Tarrow and PC Bleane may have committed a criminal offence. Bearing in mind the footage, we "
    "did not think there was an indication that he had.",
    "We considered whether the sergeant may have committed a criminal offence, and whether he had misled the inspector "
    "afterwards. In the light of the custody footage, we did not think there was an indication that he had.",
    "We considered whether the sergeant should have realised that the man may have committed a criminal offence. In the "
    "light of the call logs, we did not think there was an indication that he had.",
    "We considered whether the custody sergeant may have committed a criminal offence. Bearing in mind the footage, we did "
    "not think there was an indication that the detention officer had.",
    "We considered whether PC Tarrow may have committed a criminal offence during the pursuit or during the arrest. Taking "
    "the pursuit first, we did not think there was an indication that he had.",
    "We considered whether PC Tarrow's husband may have committed a criminal offence when he took the phone. Bearing in "
    "mind the CCTV, we did not think there was an indication that he had.",
    "We considered whether PC Tarrow or her colleague may have committed a criminal offence. In the light of the footage, "
    "we did not think there was an indication that she had.",
])
def test_our_answer_to_our_offence_question_guarded(body):
    assert offence_of(body) != "no"
