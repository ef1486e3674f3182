import pytest
"""Subject resolution on fictional mini-reports, one codebook convention each."""

from casekit import extract_text
from casekit.schema import SUBJECT_TUPLE

TITLE = "Fictional case – Exampleshire Police, April 2021\n\n"


def tuples(body: str):
    record = extract_text(TITLE + body)
    return [tuple(s[k] for k in ("role",) + SUBJECT_TUPLE + ("barred_list",)) for s in record.subjects]


def test_single_officer_dismissed_at_a_hearing():
    assert tuples(
        "PC Rowe, we decided, had a case to answer for gross misconduct; Exampleshire agreed and held a gross misconduct hearing. "
        "Its panel found gross misconduct proven and PC Rowe was dismissed without notice. He was placed on the barred list."
    ) == [("officer", "gross_misconduct", "hearing", "no", "gross_misconduct_proven", "dismissed", True)]


def test_numbered_group_split_by_a_resignation_and_a_no_case_remainder():
    assert tuples(
        "Three officers were served with notices of investigation. "
        "In January we decided two of the officers each had a case to answer for misconduct. "
        "Exampleshire chose a misconduct meeting for both. "
        "One of the officers retired before the meeting took place. "
        "The other officer attended the meeting, where misconduct was proven and he received a written warning."
    ) == [
        ("officer", "misconduct", "meeting", "retired", "not_held", "not_stated", False),
        ("officer", "misconduct", "meeting", "no", "misconduct_proven", "written_warning", False),
        ("officer", "no_case", "none", "not_stated", "not_stated", "not_stated", False),
    ]


def test_force_downgrade_accepted_by_the_iopc():
    assert tuples(
        "Sergeant Hale, we said, had a case to answer for gross misconduct. "
        "Exampleshire decided Sergeant Hale had a case to answer for misconduct rather than gross misconduct, and we agreed. "
        "The sergeant received management advice."
    ) == [("officer", "misconduct", "none", "not_stated", "not_stated", "management_action", False)]


def test_force_disagreement_overruled_by_a_direction_keeps_the_grade():
    assert tuples(
        "We found the officers had a case to answer for gross misconduct. The force disagreed. "
        "We directed the force to hold a gross misconduct hearing for both officers. "
        "The panel found misconduct proven, not gross misconduct, and both officers received a final written warning."
    ) == [("officer", "gross_misconduct", "hearing", "no", "misconduct_proven", "final_written_warning", False)] * 2


def test_former_officer_would_have_been_dismissed():
    assert tuples(
        "The constable had a case to answer for gross misconduct. The constable had resigned before the hearing. "
        "The panel found gross misconduct proven; the constable would have been dismissed had they still been serving."
    ) == [("officer", "gross_misconduct", "hearing", "resigned", "gross_misconduct_proven", "would_have_been_dismissed", False)]


def test_staff_and_officers_named_together():
    out = tuples(
        "In our report two police officers and a member of police staff each had a case to answer for misconduct. "
        "Exampleshire dealt with this by management action."
    )
    assert [t[0] for t in out] == ["officer", "officer", "staff"]
    assert {t[1:] for t in out} == {("misconduct", "none", "not_stated", "not_stated", "management_action", False)}


def test_pending_proceedings():
    assert tuples(
        "PC Ash had a case to answer for gross misconduct. Her gross misconduct hearing is yet to take place."
    ) == [("officer", "gross_misconduct", "hearing", "not_stated", "pending", "not_stated", False)]


def test_officers_without_a_number_are_not_counted():
    assert tuples("Our finding: none of the officers at the scene had a case to answer for misconduct.") == []


def test_every_subject_value_has_evidence():
    record = extract_text(TITLE + "PC Ash had a case to answer for misconduct, we decided. "
                                  "PC Ash went to a misconduct meeting in May and received a written warning.")
    cited = {(e.field, e.subject) for e in record.evidence if e.subject is not None}
    assert {("grade", 0), ("proceedings", 0), ("sanction", 0)} <= cited
    for e in record.evidence:
        assert record.text[e.start:e.end] == e.sentence


def test_ordinals_name_people_in_the_order_they_were_introduced():
    assert tuples(
        "We decided that one of the constables had a case to answer for gross misconduct. "
        "We also decided that the second constable had a case to answer for gross misconduct. "
        "Exampleshire held a gross misconduct hearing for both. "
        "Gross misconduct was not proven for the second officer, and no further action followed. "
        "The first officer was dismissed without notice."
    ) == [
        ("officer", "gross_misconduct", "hearing", "no", "gross_misconduct_proven", "dismissed", False),
        ("officer", "gross_misconduct", "hearing", "no", "not_proven", "no_further_action", False),
    ]


def test_the_officer_who_is_matched_by_the_verb_that_introduced_them():
    assert tuples(
        "In our view the officer who shouted at the boy had a case to answer for misconduct. "
        "In our view a colleague officer, who watched the officer and said nothing, also had a case to answer for misconduct. "
        "We suggested management action for him. "
        "At a misconduct meeting the case against the officer who had shouted was proven. He got a written warning."
    ) == [
        ("officer", "misconduct", "meeting", "no", "misconduct_proven", "written_warning", False),
        ("officer", "misconduct", "none", "not_stated", "not_stated", "management_action", False),
    ]


def test_a_performance_plan_after_an_agreed_case_is_management_action():
    assert tuples(
        "Exampleshire agreed the sergeant had a case to answer for misconduct and chose to deal with it "
        "by way of a formal performance improvement plan. We agreed."
    ) == [("officer", "misconduct", "none", "not_stated", "not_stated", "management_action", False)]


def test_force_no_case_on_the_performance_route_accepted_by_us_is_no_case():
    assert tuples(
        "We thought two inspectors might have a case to answer for misconduct. "
        "Exampleshire thought the two inspectors had no case to answer for misconduct. "
        "It judged their performance unsatisfactory and proposed management action. We agreed this was appropriate."
    ) == [("officer", "no_case", "none", "not_stated", "not_stated", "management_action", False)] * 2


def test_a_panel_finding_about_one_of_a_group_does_not_add_a_person():
    people = tuples(
        "In our opinion three call handlers each had a case to answer for misconduct, and the force held misconduct meetings. "
        "At the misconduct meetings the panels found that one call handler had a case to answer for misconduct."
    )
    assert len(people) == 3


def test_two_of_the_four_officers_is_two_people_with_a_case():
    people = tuples("In our view two of the four sergeants each faced a case to answer for gross misconduct.")
    assert [p[1] for p in people] == ["gross_misconduct", "gross_misconduct"]


def test_agreeing_with_the_force_settles_its_no_case_view():
    assert tuples(
        "We decided the two constables had a case to answer for gross misconduct. "
        "Exampleshire replied that the two constables did not have a case to answer. "
        "We weighed its reasons and agreed with them."
    ) == [("officer", "no_case", "none", "not_stated", "not_stated", "not_stated", False)] * 2


def test_a_panel_saying_the_breach_amounted_to_gross_misconduct_is_a_proven_finding():
    assert tuples(
        "We found the sergeant had a case to answer for gross misconduct and a hearing was held. "
        "The panel decided the breach amounted to gross misconduct, and the sergeant got a final written warning."
    ) == [("officer", "gross_misconduct", "hearing", "no", "gross_misconduct_proven", "final_written_warning", False)]


def test_the_female_officer_after_the_male_officers_case_is_someone_else():
    # her performance view, and the force's disagreeing with it, leave his agreed case as it was
    assert tuples(
        "In our view a panel might find misconduct in relation to the male officer over the claim that he had "
        "failed to watch the detainee closely. Exampleshire accepted our view and chose to handle it with "
        "management action. We also judged that the female officer and a detention officer's performance fell "
        "below the expected standard. While Exampleshire Police disagreed with this, they agreed the officers would "
        "see our report so they could reflect on it for future learning."
    ) == [("officer", "misconduct", "none", "not_stated", "not_stated", "management_action", False)]


def test_of_a_man_and_a_woman_with_a_case_the_female_officer_is_the_woman():
    # (told by "she" and "he" when each was spoken of alone)
    assert tuples(
        "We found that PC Lowe had a case to answer for gross misconduct. She was served with a notice. "
        "We also found that PC Dane had a case to answer for gross misconduct. He was served with a notice too. "
        "Both attended a gross misconduct hearing. "
        "The female officer was found to have committed gross misconduct and was dismissed. "
        "The male officer was found to have committed misconduct and given a final written warning."
    ) == [("officer", "gross_misconduct", "hearing", "no", "gross_misconduct_proven", "dismissed", False),
          ("officer", "gross_misconduct", "hearing", "no", "misconduct_proven", "final_written_warning", False)]


def test_two_of_the_officers_just_after_the_one_with_no_case_are_two_of_those_with_one():
    people = tuples(
        "We found that the four officers who held the man down each had a case to answer for misconduct. "
        "The sergeant did not have a case to answer: he arrived once the man was handcuffed. "
        "Two of the officers attended misconduct meetings in June 2023. "
        "The other two were dealt with through the reflective practice review process."
    )
    assert sorted(p[1:6] for p in people) == sorted(
        [("misconduct", "meeting", "no", "not_stated", "not_stated")] * 2
        + [("misconduct", "none", "not_stated", "not_stated", "rprp")] * 2
        + [("no_case", "none", "not_stated", "not_stated", "not_stated")])


def test_at_the_first_meeting_and_at_the_second_are_the_two_at_meetings_in_order():
    assert tuples(
        "We found that the three officers each had a case to answer for misconduct. "
        "Two of the officers attended misconduct meetings. The third was given reflective practice. "
        "At the first meeting the chair found misconduct proven and gave the officer a final written warning. "
        "At the second, the chair found misconduct not proven."
    ) == [("officer", "misconduct", "meeting", "no", "misconduct_proven", "final_written_warning", False),
          ("officer", "misconduct", "meeting", "no", "not_proven", "not_stated", False),
          ("officer", "misconduct", "none", "not_stated", "not_stated", "rprp", False)]


def test_the_other_three_then_each_of_them_in_one_sentence_are_three_more_people():
    people = tuples(
        "Two officers, PC Lathom and PC Greave, sent the worst of the messages. We found both had a case to answer for "
        "gross misconduct. The other three had replied to the messages without objecting, and we found each of them "
        "had a case to answer for misconduct."
    )
    assert sorted(p[1] for p in people) == ["gross_misconduct"] * 2 + ["misconduct"] * 3


def test_a_count_with_no_level_then_the_level_of_some_of_them_and_of_the_fourth():
    # the four are the same four people: three levelled, named and ranked, then the one left
    assert sorted(tuples(
        "We found that four officers had a case to answer. Three of them, PC Darrow, PC Keble and PC Orme, had a case "
        "to answer for gross misconduct. The fourth, a sergeant, had a case to answer for misconduct. "
        "The panel found gross misconduct proven against all three constables. The sergeant was given a written warning."
    )) == sorted([("officer", "gross_misconduct", "hearing", "no", "gross_misconduct_proven", "not_stated", False)] * 3
                 + [("officer", "misconduct", "not_stated", "no", "misconduct_proven", "written_warning", False)])


def test_the_second_had_a_case_after_the_first_had_none_is_a_second_person():
    assert tuples("The first officer had no case to answer. The second had a case to answer for misconduct.") == [
        ("officer", "no_case", "none", "not_stated", "not_stated", "not_stated", False),
        ("officer", "misconduct", "not_stated", "not_stated", "not_stated", "not_stated", False)]


def test_the_two_officers_with_a_gross_misconduct_case_are_those_of_that_level():
    people = tuples(
        "Four officers were served misconduct notices. We found two of them had a case to answer for gross misconduct. "
        "The other two had watched without stepping in, and we found each of them had a case to answer for misconduct. "
        "The two officers with a gross misconduct case attended a gross misconduct hearing."
    )
    assert sorted(p[1:3] for p in people) == [("gross_misconduct", "hearing")] * 2 + [("misconduct", "not_stated")] * 2


def test_our_case_and_the_forces_performance_view_in_one_sentence_then_accepted_is_no_case():
    body = ("Although our investigator thought a panel could find misconduct for both officers, Exampleshire Police "
            "did not agree and instead saw performance issues for the two of them. ")
    assert tuples(body + "We thought that view was appropriate.") == [
        ("officer", "no_case", "none", "not_stated", "not_stated", "not_stated", False)] * 2
    # (directed to proceedings instead, the case stands)
    assert [p[1:3] for p in tuples(body + "We directed the force to hold misconduct meetings.")] == [("misconduct", "meeting")] * 2


def test_the_second_call_staff_is_the_second_of_them_by_place():
    # (a role named "call staff", with no "member" after it)
    assert sorted(tuples(
        "The investigator found that a tribunal could find gross misconduct for one call staff member for grading the "
        "call wrongly; and misconduct for another call staff member for incomplete checks. The force agreed. The call "
        "staff member who took the first call resigned before the gross misconduct hearing. The force held a misconduct "
        "meeting for the second call staff. Management action followed."
    )) == sorted([("staff", "gross_misconduct", "hearing", "resigned", "not_held", "not_stated", False),
                  ("staff", "misconduct", "meeting", "no", "not_stated", "management_action", False)])


def test_a_passive_no_case_finding_just_after_the_panel_spoke_is_that_panels_not_proven():
    people = tuples(
        "In our view the two officers each faced a case to answer for gross misconduct; the force agreed. "
        "At a gross misconduct hearing in 2019 the panel did not find proven that the first officer had used excessive "
        "force. The two officers were found to have no case to answer on every allegation."
    )
    assert [p[1:5] for p in people] == [("gross_misconduct", "hearing", "no", "not_proven")] * 2


def test_a_passive_no_case_with_someone_else_deciding_is_no_panel_finding():
    # (our investigator's view, said in the passive after a hearing was arranged, is not the hearing's finding)
    people = tuples(
        "In our view the two officers each faced a case to answer for gross misconduct; the force agreed. A gross "
        "misconduct hearing was arranged, at which the panel would hear from both officers. Both officers were found to "
        "have no case to answer, our investigator later concluded."
    )
    assert all(p[4] != "not_proven" for p in people)



def test_a_gross_misconduct_hearing_never_raises_one_going_to_a_misconduct_meeting():
    # a misconduct meeting is held for misconduct only: the hearing we directed for the first officer is not the second's,
    # who keeps the misconduct case we found
    body = ("Two officers were interviewed under misconduct caution. The first officer, a constable who led the search, had "
            "not recorded any grounds. We found that she had a case to answer for gross misconduct. The second officer, who "
            "assisted, had a case to answer for misconduct for not challenging the decision. Kent Police agreed that the second "
            "officer had a case to answer but disagreed about the first, considering that her conduct amounted to misconduct "
            "rather than gross misconduct. We did not accept this and directed Kent Police to hold a gross misconduct hearing. "
            "The hearing took place in May 2023. The panel found that the first officer's actions amounted to misconduct and "
            "gave her a final written warning. The second officer attended a misconduct meeting and received a written warning.")
    assert sorted(t[1:3] for t in tuples(body)) == [("gross_misconduct", "hearing"), ("misconduct", "meeting")]


def test_a_misconduct_meeting_gives_a_case_no_decision_gave_a_level_the_level_of_misconduct():
    # (cr57: a gross misconduct hearing mentioned, not held, beside the meeting the person attended)
    body = ("PC Rand had a case to answer. A gross misconduct hearing was arranged, but the force then decided that a "
            "misconduct meeting would be held instead. PC Rand attended the misconduct meeting in June 2023 and received a "
            "written warning.")
    assert [t[1:3] for t in tuples(body)] == [("misconduct", "meeting")]


def test_a_gross_misconduct_hearing_still_raises_a_misconduct_case_heard_there():
    # (guard: the force taking the case higher than we had, to a hearing, still gives that hearing's level)
    body = ("We found that the constable had a case to answer for misconduct. Kent Police decided that the matter should go "
            "to a gross misconduct hearing instead. The hearing took place in May 2023, and the panel found gross misconduct "
            "proven. The constable was dismissed without notice.")
    assert [t[1:3] for t in tuples(body)] == [("gross_misconduct", "hearing")]


def test_a_hearing_for_one_gone_stays_open_on_a_page_cut_before_its_result():
    # a hearing arranged in the same sentence after the departure, or a departure told in the very sentence the page
    # cuts, leaves the result open on a cut page (the hearing may have gone ahead without them)
    body = ("In our view the inspector had a case to answer for gross misconduct, and the force agreed. The inspector "
            "retired in May 2024, and a gross misconduct hearing was arranged for the following winter. The inspector did "
            "not at")
    assert [t[1:5] for t in tuples(body)] == [("gross_misconduct", "hearing", "retired", "not_stated")]
    body = ("We found that the constable had a case to answer for gross misconduct, and that the case should be heard at an "
            "accelerated hearing. Shortly before the hearing was due, the constable resigned from")
    assert [t[1:5] for t in tuples(body)] == [("gross_misconduct", "accelerated_hearing", "resigned", "not_stated")]
    body = ("We found that the constable had a case to answer for gross misconduct, and the force arranged a gross misconduct "
            "hearing. She resigned in June 2023, shortly before the hearing, which went ahead in her abs")
    assert [t[1:5] for t in tuples(body)] == [("gross_misconduct", "hearing", "resigned", "not_stated")]
    # (but not a departure told whole in the sentence the page cuts later, nor at a cut that has said the hearing was not
    # held, nor "which took place" of something else)
    for body in ("We found that the constable had a case to answer for gross misconduct, and a hearing was set for March "
                 "2023. The force did not hold the hearing, because the constable resigned from",
                 "We found that the constable had a case to answer for gross misconduct, and the force decided to hold a "
                 "hearing. The constable resigned before the hearing, a year after the arrest, which took place outside a "
                 "nightclub in"):
        assert [t[1:5] for t in tuples(body)] == [("gross_misconduct", "hearing", "resigned", "not_held")], body
    body = ("In our view the inspector had a case to answer for gross misconduct, and the force agreed. A gross misconduct "
            "hearing was arranged, but the inspector retired in May 2024 before it took place, so the force wrote to the")
    assert [t[1:5] for t in tuples(body)] == [("gross_misconduct", "hearing", "retired", "not_held")]


def test_a_departure_before_the_hearing_told_whole_stays_not_held_on_a_cut_page():
    # (guards, as the fifty-second stop decided: a departure told whole before the hearing, on a page cut later, is not
    # held; and a hearing arranged before the departure, in the same sentence)
    for departure in ("The inspector retired before his hearing.",
                      "A gross misconduct hearing was arranged, but the inspector retired in May 2024 before it took place.",
                      "The inspector retired in May 2024, and the hearing was cancelled.",
                      # (rv254, cr57: the hearing arranged and then called off in the same sentence, or on the page; a
                      # departure told whole in the cut sentence, well before the cut)
                      "The inspector retired in May 2024, and a gross misconduct hearing was arranged but did not go ahead.",
                      "The inspector retired in May 2024, and a gross misconduct hearing was arranged, but it was later "
                      "cancelled.",
                      "The inspector retired in May 2024, and a gross misconduct hearing was arranged for July. The hearing "
                      "did not go ahead.",
                      # (rv255: arranged before, though told after; called off in more words)
                      "The inspector retired in May 2024, but his gross misconduct hearing was scheduled months earlier, "
                      "while he was still serving.",
                      "The inspector retired in May 2024, and a gross misconduct hearing was arranged for July. The hearing "
                      "was later vacated.",
                      "The inspector retired in May 2024, and a hearing was arranged for July. It never got under way.",
                      "The inspector retired in May 2024, and a hearing was arranged for July. The force then closed the "
                      "case without a hearing."):
        body = ("In our view the inspector had a case to answer for gross misconduct, and the force agreed. " + departure
                + " We also recommended that the force review its guidance on the supervision of")
        assert [t[1:5] for t in tuples(body)] == [("gross_misconduct", "hearing", "retired", "not_held")], departure


def test_a_gross_misconduct_finding_or_dismissal_is_never_at_a_misconduct_meeting():
    # a misconduct meeting finds misconduct alone and cannot dismiss: a gross misconduct case found proven, or dismissed,
    # with a meeting read onto them (the meeting we directed for another), went to a hearing
    body = ("We concluded that the caseworker had a case to answer for gross misconduct. In our view her supervisor also had "
            "a case to answer, for misconduct, because he failed to act on what he had been told. The force agreed about the "
            "caseworker but did not accept our view of the supervisor. Having considered its reasons, we directed the force to "
            "hold a misconduct meeting for him. The caseworker resigned before her gross misconduct hearing, which went ahead "
            "in her absence in October 2024. The panel found gross misconduct proven and said she would have been dismissed "
            "had she still been employed by the force. The supervisor's misconduct meeting took place in December 2024. The "
            "person chairing it found the allegation not proven, and no further action was taken.")
    assert sorted(t[1:6] for t in tuples(body)) == [
        ("gross_misconduct", "hearing", "resigned", "gross_misconduct_proven", "would_have_been_dismissed"),
        ("misconduct", "meeting", "no", "not_proven", "no_further_action")]


def test_a_misconduct_meeting_and_a_hearing_told_plainly_are_unchanged():
    # (guard: each person's own proceedings, told plainly)
    body = ("We found that PC Arne had a case to answer for gross misconduct and that PC Bell had a case to answer for "
            "misconduct. PC Arne attended a gross misconduct hearing, which found gross misconduct proven, and he was "
            "dismissed without notice. PC Bell attended a misconduct meeting, which found misconduct proven, and she "
            "received a written warning.")
    assert sorted(t[1:6] for t in tuples(body)) == [
        ("gross_misconduct", "hearing", "no", "gross_misconduct_proven", "dismissed"),
        ("misconduct", "meeting", "no", "misconduct_proven", "written_warning")]


def test_a_gross_misconduct_finding_and_dismissal_is_a_gross_misconduct_case():
    # only a case at that level can be found gross misconduct: the dismissed and the one who would have been are of the
    # three with a gross misconduct case, whatever the group beside them
    body = ("We served misconduct notices on five officers who had posted or endorsed the images. We decided that three of "
            "the officers, who had posted most of the images, had a case to answer for gross misconduct. The other two had a "
            "case to answer for misconduct. Dorset Police agreed. One of the three resigned from the force in June 2021. A "
            "gross misconduct hearing for all three took place in February 2022; the two officers still serving attended, "
            "and the one who had resigned did not. The panel found gross misconduct proven against all three. The two "
            "serving officers were dismissed, and the panel found that the former officer would have been dismissed. The "
            "remaining two officers attended a misconduct meeting in April 2022. Misconduct was proven against one of them, "
            "who received a final written warning. The case against the other was found not proven.")
    found = tuples(body)
    for person in found:
        if person[4] == "gross_misconduct_proven" and person[5] in ("dismissed", "would_have_been_dismissed"):
            assert person[1:3] == ("gross_misconduct", "hearing"), person
    assert ("gross_misconduct", "hearing", "resigned", "gross_misconduct_proven", "would_have_been_dismissed") in [t[1:6] for t in found]


def test_a_misconduct_case_dismissed_for_a_live_final_written_warning_stays_misconduct():
    # (guard: dismissal without a gross misconduct finding says nothing of the level)
    body = ("We found that PC Doyle had a case to answer for misconduct. At a misconduct hearing in May 2023 the panel found "
            "misconduct proven and, as he already had a live final written warning, dismissed him without notice.")
    assert [t[1] for t in tuples(body)] == ["misconduct"]


def test_the_allegation_against_one_is_one_persons_finding():
    # "against one", its verb straight after: one of the two, not both
    body = ("We found that two officers had a case to answer for misconduct. The two officers attended misconduct meetings. "
            "The allegation against one was found proven and he was given a written warning. The allegation against the "
            "other was found not proven.")
    assert sorted(t[1:6] for t in tuples(body)) == [
        ("misconduct", "meeting", "no", "misconduct_proven", "written_warning"),
        ("misconduct", "meeting", "no", "not_proven", "not_stated")]


def test_in_the_case_of_the_other_is_the_other_of_the_pair():
    body = ("We found that two officers had a case to answer for misconduct. The two officers attended misconduct meetings. "
            "One was given a written warning. In the case of the other, the chair found the allegation not proven.")
    assert sorted(t[1:6] for t in tuples(body)) == [
        ("misconduct", "meeting", "no", "misconduct_proven", "written_warning"),
        ("misconduct", "meeting", "no", "not_proven", "not_stated")]


def test_against_one_of_them_and_against_one_with_a_relative_clause_are_unchanged():
    # (guards: the readings that worked before)
    for finding in ("The allegation against one of them was found proven and he was given a written warning.",
                    "Misconduct was found proven against one, who was given a written warning."):
        body = ("We found that two officers had a case to answer for misconduct. The two officers attended misconduct "
                "meetings. " + finding)
        assert sorted(t[1:6] for t in tuples(body)) == [
            ("misconduct", "meeting", "no", "misconduct_proven", "written_warning"),
            ("misconduct", "meeting", "no", "not_stated", "not_stated")], finding


# The fifty-eighth stop's lower-level round (newer wordings of the force's proposal, then a veto, then positive
# acceptance) was withdrawn after seven reviews kept finding passages it made worse; the tests below stay as guards of
# the older reading, written against its reviews' passages.
@pytest.mark.parametrize("proposal", [
    "Thames Valley Police proposed instead that he attend a misconduct meeting. We disagreed, and directed the force to "
    "hold a gross misconduct hearing.",
    "Thames Valley Police considered the matter should be heard at a misconduct meeting rather than at a gross misconduct "
    "hearing. We did not accept the force's view and directed a gross misconduct hearing.",
])
def test_a_lower_level_proposed_but_not_accepted_keeps_ours(proposal):
    # (guard: our direction of a hearing settles it)
    body = ("In our opinion the constable had a case to answer for gross misconduct. " + proposal + " The hearing found gross "
            "misconduct proven.")
    assert [t[1:5] for t in tuples(body)] == [("gross_misconduct", "hearing", "no", "gross_misconduct_proven")]


@pytest.mark.parametrize("refusal", [
    "His representative asked for the case to be heard at a misconduct meeting rather than at a gross misconduct hearing, "
    "but Kent Police refused.",
    "The Police Federation proposed instead that he attend a misconduct meeting, but Kent Police and the IOPC agreed a "
    "gross misconduct hearing was needed.",
])
def test_a_lower_level_asked_for_by_the_officers_side_or_refused_settles_nothing(refusal):
    # (the newer wordings lower the case only where we accepted the force's proposal)
    body = ("In our opinion the constable had a case to answer for gross misconduct. " + refusal + " The panel found gross "
            "misconduct proven and he was dismissed without notice.")
    assert [t[1] for t in tuples(body)] == ["gross_misconduct"]


def test_the_forces_own_lower_level_with_but_did_not_agree_still_settles_it():
    # (guard: the force's disagreement is its proposal, not a refusal of one)
    body = ("In our opinion the driver had a case to answer for gross misconduct. The force accepted that the driver had a "
            "case to answer, but did not agree that it reached the level of gross misconduct, and proposed a misconduct "
            "meeting instead. We considered its reasons and agreed that a meeting was the right course. At the meeting "
            "misconduct was found proven and he was given a written warning.")
    assert [t[1:6] for t in tuples(body)] == [("misconduct", "meeting", "no", "misconduct_proven", "written_warning")]


@pytest.mark.parametrize("them", ["Each of them", "In our opinion, each of them", "Both of them"])
def test_each_of_them_after_a_sentence_about_the_rest_is_that_rest(them):
    # "them" is the counted group the sentence before opened on, not those decided on before it
    body = ("Three of the officers had a case to answer for gross misconduct. The remaining two had not posted any of the "
            "messages. " + them + " had a case to answer for misconduct.")
    assert sorted(t[1] for t in tuples(body)) == ["gross_misconduct"] * 3 + ["misconduct"] * 2


def test_each_of_them_with_nobody_decided_on_before_is_unchanged():
    # (guard: "each of them" of the group just counted, with no decision before)
    body = ("Five officers were served misconduct notices. The five officers gave written accounts. Each of them had a case "
            "to answer for misconduct.")
    assert [t[1] for t in tuples(body)] == ["misconduct"] * 5


@pytest.mark.parametrize("first", ["The allegation against one was found proven and he was dismissed without notice.",
                                   "One was dismissed without notice."])
def test_the_allegation_against_the_other_found_not_proven(first):
    body = ("We found that two officers had a case to answer for gross misconduct. Both attended a gross misconduct "
            "hearing. " + first + " The panel found the allegation against the other not proven.")
    assert sorted(t[1:6] for t in tuples(body)) == [
        ("gross_misconduct", "hearing", "no", "gross_misconduct_proven", "dismissed"),
        ("gross_misconduct", "hearing", "no", "not_proven", "not_stated")]


@pytest.mark.parametrize("proposal", [
    "After hearing from the officer's representative, Kent Police proposed a misconduct meeting instead, which we accepted.",
    "Kent Police proposed a misconduct meeting instead, and we accepted, but the officer declined to be legally represented.",
    "Kent Police proposed a misconduct meeting instead, and we agreed. We rejected a separate request from the officer to "
    "postpone the meeting.",
    "Kent Police proposed a misconduct meeting instead, but we refused. After further information about his record, we "
    "later agreed that a misconduct meeting was appropriate.",
])
def test_the_forces_lower_level_we_accepted_beside_other_refusals_still_settles_it(proposal):
    # (guards, review rv259: a refusal of something else, or one we came round from, is not a refusal of the proposal)
    body = ("In our opinion the constable had a case to answer for gross misconduct. " + proposal + " At the meeting "
            "misconduct was found proven and he was given a written warning.")
    assert [t[1] for t in tuples(body)] == ["misconduct"]


def test_a_count_larger_than_those_just_talked_about_is_of_the_group_with_a_case():
    # "four serving officers", just after one of the six was told of alone: four of the six, not the one
    body = ("In our opinion all six officers had a case to answer for gross misconduct. The six were heard together at a "
            "gross misconduct hearing in March 2023. One of them, PC Saddler, had resigned in 2022. The panel found gross "
            "misconduct proven against four serving officers, who were dismissed without notice.")
    found = sorted(t[1:6] for t in tuples(body))
    assert found.count(("gross_misconduct", "hearing", "no", "gross_misconduct_proven", "dismissed")) == 4
    assert ("gross_misconduct", "hearing", "resigned", "gross_misconduct_proven", "dismissed") not in found


def test_four_of_the_officers_after_one_told_of_alone_is_four_of_the_six():
    # (the partitive count too: before, five were read as dismissed)
    body = ("In our opinion all six officers had a case to answer for gross misconduct. The six were heard together at a "
            "gross misconduct hearing in March 2023. One of them, PC Saddler, had resigned in 2022. The panel found gross "
            "misconduct proven against four of the officers, who were dismissed without notice.")
    found = [t[1:6] for t in tuples(body)]
    assert found.count(("gross_misconduct", "hearing", "no", "gross_misconduct_proven", "dismissed")) == 4


def test_a_count_within_those_just_talked_about_is_unchanged():
    # (guard: no one told of alone, so the count is of the group just talked about, as before)
    body = ("We found that all six officers had a case to answer for gross misconduct. The six officers attended a gross "
            "misconduct hearing in March 2023. The panel found gross misconduct proven against four officers, who were "
            "dismissed without notice.")
    found = [t[1:6] for t in tuples(body)]
    assert found.count(("gross_misconduct", "hearing", "no", "gross_misconduct_proven", "dismissed")) == 4


def test_he_after_a_sentence_about_the_owner_is_unchanged():
    # (guard: the owner is the subject, so "he" is the owner)
    body = ("The sergeant's log showed that he had not checked the cell for three hours. We concluded that he had a case to "
            "answer for misconduct. At a misconduct meeting the allegation against the sergeant was found proven and he "
            "received a written warning.")
    assert [t[:6] for t in tuples(body)] == [("officer", "misconduct", "meeting", "no", "misconduct_proven", "written_warning")]


@pytest.mark.parametrize("told", [
    "After her solicitor argued that the evidence was weak, Kent Police proposed a misconduct meeting instead, and we agreed.",
    "Kent Police's solicitor proposed a misconduct meeting instead, and we agreed.",
    "We recommended a gross misconduct hearing, but Kent Police rejected our recommendation and dealt with the matter as "
    "misconduct instead. We accepted this.",
    "Kent Police proposed a misconduct meeting instead. We rejected the request to postpone the meeting.",
    "Kent Police proposed a misconduct meeting instead, which we accepted, but the force refused the officer's request to "
    "delay it.",
    "Kent Police proposed a misconduct meeting instead, and we agreed. The officer asked for the meeting to be postponed. "
    "We refused.",
])
def test_a_refusal_of_something_else_leaves_the_lower_level_we_accepted(told):
    # (guards, code review cr58 and review rv260: only the proposal itself, refused, or the officer's side asking, settles
    # nothing)
    body = ("We investigated PC Tern. We found she had a case to answer for gross misconduct. " + told + " At the meeting "
            "misconduct was found proven and she was given a written warning.")
    assert [t[1] for t in tuples(body)] == ["misconduct"]


@pytest.mark.parametrize("told", [
    "Kent Police proposed instead that she be given management action rather than attend a misconduct meeting. We agreed.",
    "Kent Police proposed a misconduct meeting, but we proposed instead that a gross misconduct hearing be held rather "
    "than a misconduct meeting.",
])
def test_proposed_instead_is_the_meeting_proposed_not_one_turned_down(told):
    # (guards, cr58: "rather than" a meeting is not a meeting proposed)
    body = "We investigated PC Tern. We found she had a case to answer for gross misconduct. " + told
    assert [t[1] for t in tuples(body)] == ["gross_misconduct"]


def test_against_one_not_proven_and_against_the_other_proven():
    body = ("We found that two officers had a case to answer for misconduct. Both attended a misconduct meeting. The chair "
            "found the allegation against one not proven. The chair found the allegation against the other proven and gave "
            "him a written warning.")
    assert sorted(t[1:6] for t in tuples(body)) == [
        ("misconduct", "meeting", "no", "misconduct_proven", "written_warning"),
        ("misconduct", "meeting", "no", "not_proven", "not_stated")]


def test_the_remaining_two_are_of_the_kind_last_counted():
    body = ("We investigated five members of police staff. Three of them had shared the messages and had no case to answer. "
            "The remaining two had not posted anything. Each of them had a case to answer for misconduct.")
    assert sorted(t[:2] for t in tuples(body)) == [("staff", "misconduct")] * 2 + [("staff", "no_case")] * 3


@pytest.mark.parametrize("told", [
    "PC Tern proposed instead that she attend a misconduct meeting. Kent Police declined the request.",
    "The officer asked to be dealt with at a misconduct meeting rather than at a gross misconduct hearing. Kent Police "
    "refused.",
    "We considered whether the case could be heard at a misconduct meeting rather than at a gross misconduct hearing, but "
    "decided that it could not.",
    "Kent Police proposed instead that she attend a misconduct meeting. We disagreed.",
])
def test_a_lower_level_asked_by_the_officer_only_asked_about_or_refused_next_settles_nothing(told):
    # (review rv261: the officer asking for themselves, our own question, the force's or our bare refusal next)
    body = ("We investigated PC Tern. We found she had a case to answer for gross misconduct. " + told + " A panel found "
            "gross misconduct proven and she was dismissed.")
    assert [t[1] for t in tuples(body)] == ["gross_misconduct"]


def test_asked_whether_we_agreed_is_no_question_of_the_level():
    # (guard: "whether" asks of the level only where the meeting follows it)
    body = ("We investigated PC Tern. We found she had a case to answer for gross misconduct. Kent Police proposed a "
            "misconduct meeting instead, and asked whether we agreed. We agreed. At the meeting misconduct was found "
            "proven.")
    assert [t[1:3] for t in tuples(body)] == [("misconduct", "meeting")]


@pytest.mark.parametrize("told", [
    "At the pre-hearing review, her representative asked for more time, and Kent Police proposed that the case be heard "
    "at a misconduct meeting instead, which we accepted.",
    "Kent Police proposed that the case be heard at a misconduct meeting instead, and we agreed. PC Lowe said she had not "
    "seen the man fall. We did not accept this account.",
    "Kent Police proposed a misconduct meeting instead. We rejected the proposal at first. We later accepted it after the "
    "force gave us further information.",
])
def test_the_forces_lower_level_we_accepted_is_kept_past_other_asking_and_refusing(told):
    # (guards, code review cr58b and review rv260: another request, another thing refused, and our coming round)
    body = ("We investigated PC Lowe. We found that PC Lowe had a case to answer for gross misconduct. " + told + " At the "
            "meeting misconduct was found proven and she received a written warning.")
    assert [t[1] for t in tuples(body)] == ["misconduct"]


def test_proposed_instead_without_a_meeting_is_no_meeting():
    # (guard, cr58b: "without the need for a misconduct meeting" proposes none)
    body = ("We investigated PC Lowe. We found that PC Lowe had a case to answer for gross misconduct. Kent Police proposed "
            "instead that she receive reflective practice without the need for a misconduct meeting, and we agreed.")
    assert [t[1] for t in tuples(body)] == ["gross_misconduct"]


def test_the_remaining_two_are_of_the_kind_counted_last():
    # "all four officers and two members of staff ... The remaining two": the last counted, staff
    body = ("We investigated four officers and four members of police staff. We found that all four officers and two members "
            "of staff had a case to answer for gross misconduct. The remaining two had only read the messages. Each of them "
            "had a case to answer for misconduct.")
    assert sorted(t[:2] for t in tuples(body) if t[1] == "misconduct") == [("staff", "misconduct")] * 2


def test_a_pronoun_of_the_other_sex_in_the_sentence_keeps_the_owner():
    # (guard, cr58b, kept after the owner rule was withdrawn: "he" is the sergeant, so "she" is the call handler)
    body = ("We investigated a sergeant and a call handler. The sergeant checked the call handler's log, but he did not "
            "notice that no risk assessment had been recorded. We found that she had a case to answer for misconduct.")
    assert [t[:2] for t in tuples(body)] != [("officer", "misconduct")]


@pytest.mark.parametrize("told", [
    "Kent Police, having weighed whether dismissal would be a realistic outcome, proposed that she face a misconduct "
    "meeting instead. We accepted this.",
    "Kent Police asked us whether the case could be heard at a misconduct meeting rather than a gross misconduct hearing. "
    "We agreed that it could.",
    "The officer submitted a full apology and Kent Police proposed a misconduct meeting instead, which we accepted.",
    "Kent Police proposed a misconduct meeting instead, and we agreed. We also recommended that it review its pursuit "
    "policy. It declined.",
    "Kent Police proposed a misconduct meeting instead, and we agreed. The officer asked for the meeting to be postponed. "
    "The force refused the request.",
])
def test_the_lower_level_we_accepted_is_kept_past_questions_and_later_refusals(told):
    # (guards, review rv262: the force's own question or weighing, an officer's clause that is not the asking, and
    # refusals of other things later on)
    body = ("We investigated PC Lowe. We found that PC Lowe had a case to answer for gross misconduct. " + told + " At the "
            "meeting misconduct was found proven and she received a written warning.")
    assert [t[1] for t in tuples(body)] == ["misconduct"]


def test_the_proposal_rejected_by_name_two_sentences_on_settles_nothing():
    # (review rv261: "We did not accept Kent Police's proposal", after a sentence about something else)
    body = ("In our opinion PC Wardle had a case to answer for gross misconduct. Kent Police proposed instead that he attend "
            "a misconduct meeting. The officer had been on restricted duties since the incident. We did not accept Kent "
            "Police's proposal. At a gross misconduct hearing the panel found misconduct proven and gave him a final written "
            "warning.")
    assert [t[1:3] for t in tuples(body)] == [("gross_misconduct", "hearing")]


def test_a_larger_count_takes_the_group_of_its_kind_and_not_past_a_second_person_named():
    # (review rv263: "three serving officers" is of the officers, not the members of staff beside them; and a sentence
    # that goes on to name the leaver's own finding is left as the start rules read it)
    body = ("In our opinion five officers and four members of police staff had a case to answer for gross misconduct. One "
            "of the officers, PC Hoyle, had retired. The panel found gross misconduct proven against three serving officers, "
            "who were dismissed without notice.")
    found = [t[:6] for t in tuples(body)]
    assert found.count(("officer", "gross_misconduct", "hearing", "no", "gross_misconduct_proven", "dismissed")) == 3
    body = ("In our opinion four officers had a case to answer for gross misconduct and four members of police staff had a "
            "case to answer for misconduct. One of the officers, PC Lyle Bain, had resigned. The panel found gross "
            "misconduct proven against three serving officers, who were dismissed, and found the same against PC Bain, who "
            "would have been dismissed. Misconduct was found proven against all four members of staff at a misconduct "
            "meeting, and each received a written warning.")
    found = [t[1:6] for t in tuples(body)]
    assert found.count(("misconduct", "meeting", "no", "misconduct_proven", "written_warning")) == 4
    assert ("gross_misconduct", "hearing", "resigned", "gross_misconduct_proven", "would_have_been_dismissed") in found


@pytest.mark.parametrize("told", [
    "Kent Police proposed instead that he attend a misconduct meeting, and asked for more time to serve the notice, which "
    "we accepted; we did not agree to the lower level.",
    "Kent Police proposed instead that he attend a misconduct meeting. We agreed to extend the deadline for the force's "
    "response.",
    "Kent Police served him with a notice, and PC Lowe proposed instead that he attend a misconduct meeting. We agreed "
    "that it was for the force to respond to his request.",
    "Kent Police proposed instead that he attend a misconduct meeting. We agreed with the family that this did not "
    "reflect how serious his conduct was.",
])
def test_our_agreeing_to_something_else_is_no_acceptance_of_the_lower_level(told):
    # (guards, review rv264: what we agreed to must be the force's proposal, and the force the one proposing)
    body = ("In our opinion PC Lowe had a case to answer for gross misconduct. " + told + " A panel found gross "
            "misconduct proven and he was dismissed without notice.")
    assert [t[1] for t in tuples(body)] == ["gross_misconduct"]


def test_against_one_of_others_counted_beside_is_not_one_of_the_officers():
    # (guard, review rv266: "one" of the two detainees, not of the two officers)
    body = ("Two officers had a case to answer for misconduct for the force they used on two detainees. At a misconduct "
            "meeting, the allegation of excessive force against one was found proven; the allegation about the other was "
            "not proven. Both officers received written warnings.")
    assert [t[1:6] for t in tuples(body)] == [("misconduct", "meeting", "no", "misconduct_proven", "written_warning")] * 2


@pytest.mark.parametrize("finding", [
    "At a gross misconduct hearing, gross misconduct was found proven against all three and they were dismissed.",
    "At a gross misconduct hearing, gross misconduct was found proven against all three and all three were dismissed.",
])
def test_they_were_dismissed_after_their_finding_is_theirs(finding):
    body = "We found that three officers had a case to answer for gross misconduct. " + finding
    assert [t[1:6] for t in tuples(body)] == [("gross_misconduct", "hearing", "no", "gross_misconduct_proven", "dismissed")] * 3


@pytest.mark.parametrize("finding", [
    "The allegations were found not proven and they were dismissed.",
    "The officers appealed against the findings, and they were dismissed.",
])
def test_they_were_dismissed_of_allegations_or_appeals_is_no_sanction(finding):
    # (guards: what "they" may be instead)
    body = "We found that three officers had a case to answer for gross misconduct. " + finding
    assert all(t[5] != "dismissed" for t in tuples(body))


@pytest.mark.parametrize("finding", [
    "Misconduct was found proven against both officers at a meeting in 2021 and they were given written warnings; they "
    "were later dismissed over an unrelated matter.",
    "At the hearing the panel found misconduct proven against both officers, and they were dismissed and given a final "
    "written warning respectively.",
])
def test_they_were_dismissed_over_another_matter_or_respectively_is_not_all_dismissed(finding):
    # (guards, review rv267: another matter's dismissal, and one sanction each)
    body = "We found that two officers had a case to answer for misconduct. " + finding
    assert [t[5] for t in tuples(body)].count("dismissed") < 2


def test_one_of_a_pair_beside_a_span_of_time_is_still_one_of_the_officers():
    # (guard for the others-counted guard: "two weeks apart" counts no one, and "One was ..." is not its concern)
    body = ("We found that two officers had a case to answer for misconduct. The two officers attended misconduct meetings "
            "two weeks apart. The allegation against one was found proven and he was given a written warning. The "
            "allegation against the other was found not proven.")
    assert sorted(t[1:6] for t in tuples(body)) == [
        ("misconduct", "meeting", "no", "misconduct_proven", "written_warning"),
        ("misconduct", "meeting", "no", "not_proven", "not_stated")]


def test_names_with_a_finding_are_of_those_sent_to_proceedings():
    # (fifty-ninth stop: a group told apart only by some going to meetings; the names, with a finding, are of those)
    body = ("In our opinion all four officers had a case to answer for misconduct, and the force agreed. Three of the officers "
            "attended misconduct meetings in the spring. Misconduct was found proven against PC Harrow and PC Lindell. The "
            "case against the third officer was found not proven. The remaining officer was dealt with through reflective "
            "practice.")
    assert sorted(t[1:6] for t in tuples(body)) == sorted(
        [("misconduct", "meeting", "no", "misconduct_proven", "not_stated")] * 2
        + [("misconduct", "meeting", "no", "not_proven", "not_stated"), ("misconduct", "none", "not_stated", "not_stated", "rprp")])


def test_names_told_apart_by_leaving_are_not_bound_by_proceedings():
    # (guard: a group told apart by a departure keeps the older rule, which binds nobody by order)
    body = ("In our opinion all three officers had a case to answer for gross misconduct. One of the officers retired before "
            "the hearing. Two of the officers attended a gross misconduct hearing in May. Gross misconduct was found proven "
            "against PC Harrow.")
    found = tuples(body)
    assert len(found) == 3 and [t[3] for t in found].count("retired") == 1


def test_each_of_a_list_with_its_own_who_clause_gets_the_finding():
    body = ("We decided that PC Harrow and PC Lindell had a case to answer for misconduct. Misconduct was found proven "
            "against PC Harrow, who had shoved the cyclist, and PC Lindell, who had mocked his accent; each received a "
            "written warning.")
    assert [t[1:6] for t in tuples(body)] == [("misconduct", "not_stated", "no", "misconduct_proven", "written_warning")] * 2


def test_a_who_clause_telling_a_departure_is_facts_of_its_own():
    # (guard: "who had retired" is that person's own fact, not a described member of the list)
    body = ("We decided that PC Harrow and PC Lindell had a case to answer for misconduct. Misconduct was found proven "
            "against PC Harrow, who received a written warning, and PC Lindell, who had since retired.")
    found = {t[3] for t in tuples(body)}
    assert "retired" in found


@pytest.mark.parametrize("force", ["The MPS", "Kent Police", "The force"])
def test_a_named_force_not_accepting_the_officers_conduct_disputes_their_case(force):
    # (a complete page, nothing recommended or directed after it: the force's view settles it, whatever the force is called)
    body = ("We found that both officers had a case to answer for misconduct. " + force + " did not accept that the "
            "officers' conduct amounted to misconduct. It proposed instead that both officers should reflect on the "
            "incident through the reflective practice review process.")
    assert all(t[1] == "no_case" for t in tuples(body))


def test_a_forces_possessive_dispute_on_a_cut_page_leaves_our_opinion_and_no_sanction():
    body = ("We found that both officers had a case to answer for misconduct. The MPS did not accept that the officers' "
            "conduct amounted to misconduct. It proposed instead that both officers should reflect on the incident "
            "through the reflective practice review process. We weighed the force's representations and")
    assert [t[1:6] for t in tuples(body)] == [("misconduct", "not_stated", "not_stated", "not_stated", "not_stated")] * 2


def test_a_possessive_dispute_names_the_one_called_so():
    # (guard: "the first call handler" is not also "the second call handler", whom the head alone also fits)
    body = ("In our view the second call handler had a case to answer for misconduct. The first call handler also had a case "
            "to answer for misconduct. The force agreed that the second call handler had a case to answer, and at a "
            "misconduct meeting the chair found misconduct proven and gave her a written warning. The force did not agree "
            "that the first call handler's actions amounted to misconduct, and proposed a development plan. We agreed "
            "with this approach.")
    assert [t[1:6] for t in tuples(body) if t[1] != "no_case"] == [
        ("misconduct", "meeting", "no", "misconduct_proven", "written_warning")]


def test_in_its_view_better_dealt_with_is_only_a_proposal_on_a_cut_page():
    body = ("At the end of the investigation we found that all three officers had a case to answer for misconduct. Kent "
            "Police did not agree. In its view the failings were matters of performance, better dealt with through "
            "reflective practice. We weighed the force's reasons with care, but we remained of the view that the officers "
            "should have checked the ce")
    assert [t[1:6] for t in tuples(body)] == [("misconduct", "not_stated", "not_stated", "not_stated", "not_stated")] * 3


@pytest.mark.parametrize("supervisor", [
    "Her supervisor, PS Grant, told Kent Police he did not accept that the constable's actions amounted to misconduct.",
    "A Police Federation representative told Kent Police that she did not accept that the officer's conduct amounted to "
    "misconduct.",
])
def test_someone_else_telling_the_force_they_disagree_is_no_dispute_of_ours(supervisor):
    # (guards, review rv268: the force's name before someone else's "did not accept")
    body = ("We found that PC Ashby had a case to answer for misconduct, and Kent Police agreed, deciding to deal with the "
            "matter through management action. " + supervisor + " PC Ashby received management action.")
    assert [t[1:6] for t in tuples(body)] == [("misconduct", "none", "not_stated", "not_stated", "management_action")]


@pytest.mark.parametrize("others", ["were not under investigation", "were treated as witnesses", "were witnesses"])
def test_a_direction_after_others_told_as_witnesses_is_for_the_one_with_a_case(others):
    body = ("We found that PC Bramwell had a case to answer for gross misconduct. The other three officers " + others + ". "
            "The force disagreed, and we directed it to hold a gross misconduct hearing.")
    assert [t[1:3] for t in tuples(body)] == [("gross_misconduct", "hearing")]


def test_one_told_as_a_witness_at_first_may_still_be_the_one_decided_on():
    # (guard: one person "was interviewed as a witness" may be the "she" of a later decision)
    body = ("The custody sergeant was interviewed as a witness at first. Later evidence showed she had altered the log. We "
            "found she had a case to answer for misconduct.")
    assert [t[1] for t in tuples(body)] == ["misconduct"]


@pytest.mark.parametrize("proposal", [
    "The force did not share our view of PC Tolland, and proposed instead that his actions be addressed through "
    "reflective practice, arguing that",
    "However, it told us it believed the constable's decision fell within the range of reasonable choices, and suggested "
    "that PC Tolland reflect on the case through the reflective practice review process instead of att",
])
def test_a_proposal_the_cut_page_stops_in_is_no_sanction(proposal):
    # (fifty-ninth stop: the force's proposal after a clause of its own, the page cut inside it; our opinion stands)
    body = "We found that PC Tolland had a case to answer for misconduct. " + proposal
    assert [t[1:6] for t in tuples(body)] == [("misconduct", "not_stated", "not_stated", "not_stated", "not_stated")]


def test_a_proposal_we_accepted_in_the_sentence_the_page_stops_in_stands():
    # (guard: the acceptance in the same sentence makes it the result)
    body = ("We found that PC Tolland had a case to answer for misconduct. The force agreed, and proposed instead that "
            "he complete reflective practice, which we accepted, and he began it in Ju")
    assert [t[5] for t in tuples(body)] == ["rprp"]


@pytest.mark.parametrize("body", [
    "Two constables were witnesses to the search, which PC Dunmore carried out alone. He had not recorded his grounds. "
    "We found he had a case to answer for misconduct.",
    "While the two PCSOs were not under investigation, the sergeant who had sent them to the address was served with a "
    "misconduct notice. We found she had a case to answer for misconduct.",
])
def test_a_witness_sentence_naming_the_one_decided_on_still_names_them(body):
    # (guards, review rv269: someone else named in the sentence, or a clause of time or reason, is still who "he" means)
    assert [t[1] for t in tuples(body)] == ["misconduct"]


def test_people_with_a_case_who_were_witnesses_elsewhere_keep_the_direction():
    # (guard, review rv269: "witnesses at the man's trial" is what they did, and they are the ones with a case)
    body = ("We found that PC Amberley and PC Rooke had a case to answer for misconduct. The force disagreed. The two "
            "constables were witnesses at the man's trial. We directed the force to hold misconduct meetings.")
    assert [t[1:3] for t in tuples(body)] == [("misconduct", "meeting")] * 2


@pytest.mark.parametrize("force", ["The MPS", "The force"])
def test_a_concession_after_a_dispute_is_a_clause_of_its_own(force):
    # (review rv269: "though it agreed that the two constables had a case" is not under "did not accept")
    body = ("We found that PC Carrick, PC Dysart and PS Leyland had a case to answer for misconduct. " + force + " did not "
            "accept that PS Leyland's supervision amounted to misconduct, though it agreed that the two constables had a "
            "case to answer. We accepted its view. The two constables attended misconduct meetings and received written "
            "warnings after misconduct was found proven.")
    found = tuples(body)
    assert [t[1:6] for t in found].count(("misconduct", "meeting", "no", "misconduct_proven", "written_warning")) == 2


@pytest.mark.parametrize("body", [
    # (review rv270: the force decided the route, and only proposed who would deliver it)
    "We found that PC Tolland had a case to answer for misconduct. The force agreed. Kent Police told us it would deal "
    "with the matter through management action, and proposed that the constable's sergeant deliver it at the end of the mon",
    "We found that PC Tolland had a case to answer for misconduct. The force agreed. It decided to deal with the matter "
    "through reflective practice, and suggested that PC Tolland's inspector oversee the process over the following six wee",
    # (code review cr59: what the force had already done is no proposal)
    "We found PC Kelby had a case to answer for misconduct over his search record. The force told us it had already given "
    "PC Kelby words of advice about his notes, and suggested that no further action be taken against hi",
    "We found PC Kelby had a case to answer for misconduct over his search record. The force said PC Kelby had completed "
    "reflective practice with his sergeant, and proposed that this be the end of the ma",
])
def test_a_route_decided_or_given_before_a_proposal_stands_on_a_cut_page(body):
    # (guards: only a route the force proposes as the page stops is no sanction; one it decided or had given stands)
    assert [t[5] for t in tuples(body)] in (["management_action"], ["rprp"])


def test_witnesses_in_a_clause_after_the_one_decided_on_leave_them_the_subject():
    # (guard, code review cr59: "..., while the two other officers present were treated as witnesses" is a clause of its
    # own; the constable who opens the sentence is whom "he" means)
    body = ("We investigated a sergeant and a constable. The sergeant watched from the van door. The constable fitted the "
            "leg restraints, while the two other officers present were treated as witnesses. He had a case to answer for "
            "misconduct, and the force gave him management advice.")
    assert [t[1:6] for t in tuples(body)] == [("misconduct", "none", "not_stated", "not_stated", "management_action")]


def test_a_force_by_any_of_its_initials_not_accepting_the_case_disputes_it():
    # (code review cr59: the initials the schema knows, not a list of four)
    body = ("We found PC Hale had a case to answer for misconduct for the force he used. TVP did not accept that PC Hale's "
            "conduct amounted to misconduct, and proposed further training for him in restraint techniques. We accepted "
            "its view.")
    assert all(t[1] == "no_case" for t in tuples(body))


@pytest.mark.parametrize("finding", [
    "At the hearing, gross misconduct was found proven against PC Lambert, who had resigned before it, and PC Mayhew, "
    "who attended; PC Lambert would have been dismissed and PC Mayhew was dismissed without notice.",
    "Gross misconduct was found proven against PC Lambert, who had retired in 2022, and PC Mayhew, who was still "
    "serving; PC Lambert would have been dismissed, and PC Mayhew was dismissed without notice.",
])
def test_an_aside_telling_a_departure_stays_its_own_persons(finding):
    # (guards, review rv271: the first one's departure is not the second's)
    body = "We found that PC Lambert and PC Mayhew had a case to answer for gross misconduct. " + finding
    assert sorted(t[5] for t in tuples(body)) == ["dismissed", "would_have_been_dismissed"]


def test_a_list_of_three_with_asides_keeps_its_shared_dismissal():
    # (guard, review rv271: "all three" after three asides, as the start rules read it)
    body = ("We found that PC Ives, PC Judd and PS Kinnear had a case to answer for gross misconduct. At the hearing, gross "
            "misconduct was found proven against PC Ives, who had kicked the man, PC Judd, who had held him down, and PS "
            "Kinnear, who had watched without stepping in; all three were dismissed without notice.")
    assert [t[4:6] for t in tuples(body)] == [("gross_misconduct_proven", "dismissed")] * 3


def test_our_own_could_amount_to_misconduct_beside_a_dispute_is_still_ours():
    # (guard: the force's disagreement in the sentence after leaves our decision as it was)
    body = ("We found that PC Orme's conduct could amount to gross misconduct. Kent Police disagreed, saying that it could at "
            "most amount to misconduct. We directed a gross misconduct hearing.")
    assert [t[1:3] for t in tuples(body)] == [("gross_misconduct", "hearing")]


def test_a_bare_disagreement_after_our_reasons_for_each_is_of_their_case():
    # (fifty-ninth stop: our reasons, one sentence for each person, between the decision and "GMP disagreed.")
    body = ("Our view was that both officers had a case to answer for misconduct. The constable had not recorded a lawful "
            "reason for the search. The sergeant had not called an appropriate adult. GMP disagreed. It considered that "
            "the constable's actions were a performance issue for a development plan rather than misconduct proceedings, "
            "and that the sergeant had no case to answer. We accepted the force's position on the constable. We did not "
            "accept it for the sergeant, and directed GMP to hold a misconduct meeting. The meeting took place in May "
            "2021. The sergeant was found to have committed misconduct and received a written warning.")
    assert [t[1:6] for t in tuples(body) if t[1] != "no_case"] == [
        ("misconduct", "meeting", "no", "misconduct_proven", "written_warning")]


def test_our_reasons_for_three_then_a_bare_disagreement_disputes_all_three():
    # (review rv274: three reasons sentences reach back to the decision four sentences before)
    body = ("We found that three officers had a case to answer for misconduct. The constable had not passed on the man's "
            "drug use. The detention officer had not carried out the checks. The sergeant had not reviewed the risk "
            "assessment. Kent Police disagreed. It considered that each officer had acted reasonably on what they knew.")
    assert all(t[1] == "no_case" for t in tuples(body))


def test_another_body_by_its_initials_disagreeing_after_our_reasons_is_no_dispute():
    # (guard, review rv274: an ambulance service's initials are not the force's)
    body = ("Our view was that both officers had a case to answer for misconduct. The constable had not asked for an "
            "ambulance. The sergeant had not checked on the man. NWAS disagreed. It said its call takers had been told "
            "the man was breathing normally.")
    assert [t[1] for t in tuples(body)] == ["misconduct"] * 2


def test_if_he_had_still_been_serving_without_commas_is_his_case():
    # (sixtieth stop: the condition without commas round it, as "had he still been serving he would" already was)
    body = ("The inspector retired in May 2022, while our investigation was still open. We concluded that if he had still "
            "been serving he would have had a case to answer for gross misconduct. As he had retired, no proceedings were "
            "brought against him.")
    assert [t[1:5] for t in tuples(body)] == [("gross_misconduct", "none", "retired", "not_held")]


def test_if_it_had_still_been_open_is_no_ones_departure():
    # (guard: another condition, of no one serving)
    body = ("We found that PC Vance had a case to answer for misconduct. If the custody suite had still been open, the "
            "detainee would have been checked sooner. A misconduct meeting was held and misconduct was found proven.")
    assert [t[1:5] for t in tuples(body)] == [("misconduct", "meeting", "no", "misconduct_proven")]


def test_if_they_had_still_been_serving_without_commas_is_their_case():
    # (review rv276: "they" as "he" and "she")
    body = ("Two constables left a man at his flat without checking on him again. In our view, if they had still been "
            "serving they both would have had a case to answer for misconduct.")
    assert [t[1] for t in tuples(body)] == ["misconduct", "misconduct"]


def test_a_pronoun_sentence_naming_someone_else_leaves_them_the_subject():
    # (sixtieth stop: "Each had ..., relying on what the call handler had logged" is still about the two sergeants, so
    # "their actions" next is theirs, not the call handler's)
    body = ("A call handler and two acting sergeants received misconduct notices. We found that the call handler, who "
            "works for the force as staff, had a case to answer for misconduct. Neither acting sergeant had a case to "
            "answer. Each had closed the incident on the strength of what the call handler had logged. We decided their actions were practice requiring improvement, for the reflective practice review "
            "process. The call handler attended a misconduct meeting in June, which found misconduct proven.")
    assert [t[1:6] for t in tuples(body) if t[1] != "no_case"] == [
        ("misconduct", "meeting", "no", "misconduct_proven", "not_stated")]


def test_a_pronoun_sentence_telling_a_result_still_moves_to_whom_it_names():
    # (guard: a sentence that tells something of the person it names is about them)
    body = ("We found that PC Hale and PS Moor each had a case to answer for misconduct. Both attended misconduct meetings "
            "in May. He denied the allegation, but PS Moor admitted his failings and was given a written warning. The "
            "allegation against PC Hale was found not proven.")
    assert sorted(t[4:6] for t in tuples(body)) == [("misconduct_proven", "written_warning"), ("not_proven", "not_stated")]


def test_he_naming_another_man_with_a_case_moves_to_him():
    # (guard, review rv278: "He ..., but PC Marsh did not" may move the story to PC Marsh; only a plural pronoun's
    # sentence keeps those it stands for)
    body = ("PC Vale and PC Marsh each had a case to answer for gross misconduct, and both attended a hearing in May. The "
            "panel found the allegation against PC Vale not proven. He kept his post, but PC Marsh did not. The panel "
            "found gross misconduct proven against him and he was dismissed.")
    assert sorted(t[4:6] for t in tuples(body)) == [("gross_misconduct_proven", "dismissed"), ("not_proven", "not_stated")]


def test_both_as_a_determiner_names_those_it_opens_on():
    # (guard, code review cr60: "Both constables had ..." names the constables, so "Their cases" next are theirs)
    body = ("We found that two sergeants and two constables each had a case to answer for misconduct, and the force "
            "agreed. The sergeants went to a misconduct meeting, which found misconduct proven and gave each a written "
            "warning. Both constables had admitted from the start that they had missed the checks on the detainee. Their "
            "cases went through the reflective practice review process.")
    assert sorted(t[2:6] for t in tuples(body)) == sorted(
        [("meeting", "no", "misconduct_proven", "written_warning")] * 2 + [("none", "not_stated", "not_stated", "rprp")] * 2)


def test_his_facts_after_someone_not_known_are_not_hers():
    # (sixty-first stop: "The detective sergeant's reviews ...", someone not among the people with a case, then "he was
    # referred to the reflective practice review process": his, not the constable's the report calls "she")
    body = ("We investigated a detective constable and her supervisor, a detective sergeant. In our view, had she still "
            "been serving, the detective constable would have had a case to answer for gross misconduct. She had retired, "
            "so no proceedings could be brought against her. The detective sergeant's checks of the file had not noticed "
            "the delay. We decided that this was not misconduct, but that his work had fallen short, and he was referred "
            "to the reflective practice review process.")
    assert [t[1:6] for t in tuples(body)] == [("gross_misconduct", "none", "retired", "not_held", "not_stated")]


@pytest.mark.parametrize("body", [
    # (the sentence before opens on someone known, so "he" is a slip or the story of the one with a case)
    "We found that the detective constable had a case to answer for misconduct. She had not updated the victim for months. "
    "The detective constable attended a misconduct meeting in March. The chair found the allegation proven, and he was "
    "given a written warning.",
    # (review rv280: "the officer in charge" or "the driver" may be the constable called "she", under another name)
    "A constable went to a report of a burglary in Hythe. She did not take a statement and closed the log. We found that "
    "she had a case to answer for misconduct. The officer in charge of the log said in interview that the form had not "
    "been done. At a misconduct meeting the allegation was found proven and he was given a written warning.",
])
def test_his_facts_after_no_stranger_by_rank_stay_with_the_one_known(body):
    # (guards: only a rank no one known holds, opening the sentence before, is someone else)
    assert [t[1:6] for t in tuples(body)] == [("misconduct", "meeting", "no", "misconduct_proven", "written_warning")]


def test_a_case_to_answer_found_against_someone_is_no_finding():
    # (sixty-first stop: "A case to answer for gross misconduct was found against PC Rhys" is our decision, not a panel's
    # finding of gross misconduct proven)
    body = "PC Rhys was called to a disturbance. A case to answer for gross misconduct was found against PC Rhys."
    assert [t[1:5] for t in tuples(body)] == [("gross_misconduct", "not_stated", "not_stated", "not_stated")]


def test_someone_elses_case_not_proceeding_leaves_the_hearing_pending():
    # (guard, reviews rv282-rv285 of the withdrawn page check: the criminal case, or the complainant's meeting, "did not
    # proceed" or "did not go ahead" says nothing of the officer's hearing)
    body = ("We found that PC Oakes had a case to answer for gross misconduct, and the force agreed. Her gross misconduct "
            "hearing is due to take place in the autumn. The CPS decided not to proceed with the criminal case against "
            "her. The complainant was offered a meeting with professional standards, which did not go ahead.")
    assert [t[4] for t in tuples(body)] == ["pending"]


def test_a_hearing_put_off_or_held_in_private_stays_pending():
    # (guards, review rv283 of the withdrawn page check: a postponement, a privacy ruling and a family's meeting are no
    # hearing never held)
    for later in ("The hearing in February did not go ahead because the chair was ill, and a new date has been fixed.",
                  "The hearing will not be held in public.",
                  "A meeting with the man's family did not go ahead."):
        body = ("We found that PC Patel had a case to answer for gross misconduct, and the force agreed. Her gross "
                "misconduct hearing is yet to take place. " + later)
        assert [t[4] for t in tuples(body)] == ["pending"], later


def test_someone_elses_hearing_held_leaves_the_officers_pending():
    # (guard, review rv283 of the withdrawn page check: "the sentencing hearing for the driver took place" is the
    # public's, not the officer's)
    body = ("We found that PC Patel had a case to answer for gross misconduct, and the force agreed. Her gross misconduct "
            "hearing is due to be held next year. Update: The sentencing hearing for the driver took place in May.")
    assert [t[4] for t in tuples(body)] == ["pending"]

