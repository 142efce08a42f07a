"""The legal tests on hand-built facts: each decision follows from the facts and values alone, whatever the tagger."""

from __future__ import annotations

import pytest

from reviewer.clauses import Sentence
from reviewer.judge.legal import DocFacts, Unit, decide
from reviewer.values import parse_deadline, parse_effort, parse_money
from reviewer.wages import minimum_wage


def doc(*sentences: tuple[str, dict[str, float]], jurisdiction: str = "US") -> DocFacts:
    """A document of (text, facts) sentences, one clause each, with values parsed as the judge parses them."""
    units, pos = [], 0
    for i, (text, facts) in enumerate(sentences):
        units.append(Unit(index=i, sentence=Sentence(text, pos, pos + len(text)), clause_id=f"c{i}", context="",
                          facts=facts, money=tuple(parse_money(text)), effort=tuple(parse_effort(text)),
                          deadlines=tuple(parse_deadline(text))))
        pos += len(text) + 1
    return DocFacts(units=tuple(units), jurisdiction=jurisdiction, wage=minimum_wage(jurisdiction))


def kinds(d: DocFacts) -> set[str]:
    return {x.kind for x in decide(d)}


A = {"assessment_context": 0.95}


def test_token_pay_is_decided_from_the_rate_and_says_so():
    d = doc(("The coding challenge takes 6-8 hours.", {**A, "effort": 0.9}),
            ("We pay a flat $25 for it.", {"paid": 0.9}), jurisdiction="US-CA")
    (dec,) = [x for x in decide(d) if x.category == "unpaid_scope"]
    assert dec.kind == "unpaid.token_pay"
    assert dec.rate is not None and dec.rate.below is True
    assert dec.rate.minimum.code == "US-CA" and "16.90" in dec.rate.describe()
    assert any("3.13-4.17" in step for step in dec.trace) and dec.trace[-1].startswith("->")


def test_a_rate_at_or_above_the_minimum_is_not_unpaid_work():
    d = doc(("The trial lasts two days (16 hours).", {**A, "effort": 0.9}),
            ("It is paid at $30 per hour.", {"paid": 0.95}),
            ("We never expect unpaid extra hours.", {"unpaid": 0.7}), jurisdiction="US-CA")
    assert not any(k.startswith("unpaid") for k in kinds(d))


@pytest.mark.parametrize("extra,expected", [
    ({"contingent_pay": 0.9}, "unpaid.contingent_pay"),
    ({"unpaid": 0.95}, "unpaid.no_pay"),
])
def test_unpaid_or_contingent_work_beyond_a_short_test(extra, expected):
    d = doc(("The trial week is five days on the shop floor.", {**A, "effort": 0.9, "control": 0.8}),
            ("About the pay for it.", extra))
    assert expected in kinds(d)


def test_short_synthetic_unpaid_exercise_is_fair():
    d = doc(("The exercise takes about 2 hours and uses made-up data.", {**A, "effort": 0.9, "synthetic_task": 0.9}),
            ("It is unpaid.", {"unpaid": 0.95}))
    assert not any(k.startswith("unpaid") for k in kinds(d))


@pytest.mark.parametrize("extra,unpaid", [
    ({}, False),  # a day spent visiting, with a two-hour made-up case in it, is a short test
    ({"open_ended": 0.9}, True),  # ... unless the site team may add further tasks
])
def test_a_one_day_visit_with_a_short_case_study_is_not_a_day_of_work(extra, unpaid):
    d = doc(("Finalists attend a one-day site visit.", {"effort": 0.95}),
            ("In the morning you'll complete a two-hour unpaid case study on a fictional flotation circuit.",
             {**A, "synthetic_task": 0.95, "unpaid": 0.9, "effort": 0.9}),
            ("You'll also complete any further tasks the site team assigns during the visit.", extra), jurisdiction="AU-QLD")
    assert any(k.startswith("unpaid") for k in kinds(d)) is unpaid


@pytest.mark.parametrize("where,flagged", [
    ("at our processing plant during shutdown maintenance", True),  # the business's own plant
    ("with Landcare Australia, a charity, planting trees on public reserves", False),  # a charity's cause
])
def test_graduates_volunteering_a_weekend_unpaid(where, flagged):
    d = _read(doc(("Our graduate programme is about more than the job.", {}),
                  (f"Once a term, graduates can volunteer a weekend, unpaid, {where}.",
                   {"unpaid": 0.96, "non_employee_label": 0.8})))
    got = kinds(d)
    assert any(k.startswith("unpaid") for k in got) is flagged
    assert ("status.for_profit_volunteer" in got) is flagged


def test_travel_reimbursed_is_not_pay_for_the_hours():
    d = _read(doc(("The assessment centre runs from 9:00 to 12:30.", {**A, "effort": 0.9}),
                  ("We reimburse travel at second-class rail fare or €0.30/km, and from further afield up to €250 on receipt.",
                   {"paid": 0.9}), jurisdiction="EU-LU"))
    assert "unpaid.token_pay" not in kinds(d)


@pytest.mark.parametrize("who,token", [("the Apprentice", False), ("the Commis Chef", True)])
def test_an_apprentice_is_held_to_the_apprentice_rate_where_the_law_sets_one(who, token):
    d = doc(("Normal hours are 37.5 per week over five days.", {"effort": 0.9, "control": 0.8}),
            (f"In the first year {who} is paid £8.00 per hour.", {"paid": 0.95}), jurisdiction="UK")
    assert ("unpaid.token_pay" in kinds(d)) is token


def test_an_assignment_of_what_was_made_before_or_during_the_job_reaches_earlier_work():
    d = doc(("Any repair methods, jigs and how-to videos that you have made, whether before or during your time with us, "
             "become the property of FixIt Fast.", {"ip_transfer": 0.91, "scope_prior": 0.54}), jurisdiction="AU-QLD")
    assert "ip.prior_work" in kinds(d)


@pytest.mark.parametrize("hours,flagged", [("two-hour", False), ("36-hour", True)])
def test_prizes_for_the_best_teams_of_a_short_made_up_sprint_are_no_unpaid_work(hours, flagged):
    d = _read(doc((f"It's a {hours} sprint at our office.", {**A, "effort": 0.99}),
                  ("Teams build a prototype around a fictional problem statement.", {"synthetic_task": 0.81}),
                  ("The top three teams win book vouchers.", {"contingent_pay": 0.85}), jurisdiction="SG"))
    assert ("unpaid.contingent_pay" in kinds(d)) is flagged


def test_a_charity_taking_volunteers_is_not_flagged():
    d = doc(("Hope Kitchen is a registered charity.", {"non_profit": 0.95}),
            ("Volunteers are not paid.", {"unpaid": 0.95, "non_employee_label": 0.9}),
            ("Shifts run 9 to 1 on Saturdays.", {"control": 0.9, "effort": 0.8}))
    assert not {k for k in kinds(d) if k.startswith(("unpaid", "status"))}


def test_a_placement_for_credit_is_exempt_unless_it_replaces_staff():
    base = [("The placement earns 15 credits towards your degree.", {"academic_programme": 0.95}),
            ("Interns are unpaid.", {"unpaid": 0.95, "non_employee_label": 0.9}),
            ("You will attend from 9 to 5.", {"control": 0.9})]
    assert not any(k.startswith("status") for k in kinds(doc(*base)))
    replacing = base + [("You will cover the vacant coordinator role on client accounts.", {"core_work": 0.9})]
    assert any(k.startswith("status") for k in kinds(doc(*replacing)))


def test_shifted_taxes_with_control_is_misclassification_and_employee_status_is_not():
    controlled = doc(("You pay your own tax and insurance.", {"own_costs": 0.95}),
                     ("We set your roster and you wear our uniform.", {"control": 0.95}))
    assert "status.controlled_contractor" in kinds(controlled)
    employee = doc(("You will be a temporary employee on our payroll.", {"employee_status": 0.95}),
                   ("You are not an independent contractor.", {"non_employee_label": 0.7}),
                   ("We set your roster and you wear our uniform.", {"control": 0.95}))
    assert not any(k.startswith("status") for k in kinds(employee))


def test_prior_work_needs_the_transfer_beside_it_and_no_carve_out():
    grab = doc(("You assign to the Company all inventions, including those made before your start date.",
                {"ip_transfer": 0.95, "scope_prior": 0.9}))
    assert "ip.prior_work" in kinds(grab)
    kept = doc(("You assign to the Company inventions made in the course of employment.", {"ip_transfer": 0.95}),
               ("Inventions you made before joining are excluded and stay yours.", {"scope_prior": 0.9, "carve_out": 0.9}))
    assert "ip.prior_work" not in kinds(kept)


def test_own_time_assignment_without_a_carve_out():
    d = doc(("You assign all inventions, whether or not made during working hours.", {"ip_transfer": 0.95, "scope_own_time": 0.9}))
    assert "ip.own_time" in kinds(d)
    carved = doc(("You assign all inventions, whether or not made during working hours.", {"ip_transfer": 0.95, "scope_own_time": 0.9}),
                 ("This does not apply to inventions under Labor Code 2870.", {"carve_out": 0.95}))
    assert "ip.own_time" not in kinds(carved)


def test_exploding_offer_needs_a_short_window():
    short = doc(("This offer expires in 24 hours.", {"decision_deadline": 0.9}))
    long = doc(("Please reply within 14 days.", {"decision_deadline": 0.9}))
    assert "pressure.exploding_offer" in kinds(short) and "pressure.exploding_offer" not in kinds(long)


def test_commission_on_a_fair_wage_is_not_unpaid_but_a_sum_paid_only_if_hired_is():
    commission = doc(("It's an independent contractor role, $25/hour plus 8% commission on closed deals.",
                      {"non_employee_label": 0.9, "paid": 0.9, "contingent_pay": 0.8}), jurisdiction="CA-ON")
    assert "unpaid.contingent_pay" not in kinds(commission)
    credit = doc(("The case study takes about 10 hours and we pay $400 for it.", {**A, "effort": 0.9, "paid": 0.9}),
                 ("It's paid as a credit in your first paycheck if you join.", {"contingent_pay": 0.95}))
    assert "unpaid.contingent_pay" in kinds(credit)


def test_a_bonus_in_an_employment_offer_is_not_unpaid_work():
    offer = doc(("This letter confirms your employment as Marketing Manager on our payroll.", {"employee_status": 0.95}),
                ("You will also receive a signing bonus of $15,000, payable if you are still employed after a year.",
                 {"contingent_pay": 0.9}))
    assert not any(k.startswith("unpaid") for k in kinds(offer))


def test_a_wage_a_little_under_the_floor_is_not_a_token_payment():
    # a wage short of the minimum is a wage problem, not unpaid work; a token sum is far below it
    d = doc(("The trial shift is 8 hours.", {**A, "effort": 0.9}),
            ("It is paid at $15.50 per hour.", {"paid": 0.95}), jurisdiction="US-CA")
    assert "unpaid.token_pay" not in kinds(d)
    d = doc(("The trial shift is 8 hours.", {**A, "effort": 0.9}),
            ("It is paid at $5 per hour.", {"paid": 0.95}), jurisdiction="US-CA")
    assert "unpaid.token_pay" in kinds(d)


def test_commission_on_top_of_a_retainer_is_not_contingent_pay():
    retainer = ("A monthly retainer of $4,500, plus commission of 8% on your sales.", {"paid": 0.95, "contingent_pay": 0.9})
    d = doc(("You will be engaged as an independent contractor.", {"non_employee_label": 0.95}), retainer)
    assert "unpaid.contingent_pay" not in kinds(d)
    hired = ("A bonus of $500 is paid only if we hire you.", {"contingent_pay": 0.9})
    d = doc(("The trial week is five days on the shop floor.", {**A, "effort": 0.9, "control": 0.8}), hired)
    assert "unpaid.contingent_pay" in kinds(d)


def test_a_contractor_probation_before_employment_is_misclassification():
    d = doc(("Your salary as an employee will be $58,000.", {"paid": 0.95, "employee_status": 0.95}),
            ("First you complete a three-month probation as an independent contractor.",
             {"non_employee_label": 0.95, "assessment_context": 0.8}),
            ("You will work full-time at our depot, supervised by the operations manager.", {"control": 0.95}))
    assert "status.contractor_probation" in kinds(d)
    # an employee from the first day, with no stage under another status, is not
    d = doc(("Your salary as an employee will be $58,000.", {"paid": 0.95, "employee_status": 0.95}),
            ("You will work full-time at our depot, supervised by the operations manager.", {"control": 0.95}))
    assert not any(k.startswith("status.") for k in kinds(d))


@pytest.mark.parametrize("text,expected", [
    ("Covered Inventions do not include the Prior Inventions described below.", "excluded"),
    ("This applies with no exception for prior inventions.", "included"),
    ("All teaching materials, whether prepared before or during your employment, belong to the School.", "included"),
    ("All itineraries, including those realised before the signature of this contract, belong to the Company.", "included"),
    ("Work you created before your employment stays yours.", "excluded"),
    ("All code, including work created before your employment, is assigned to us.", "included"),
])
def test_which_way_a_sentence_turns_prior_work(text, expected):
    from reviewer.judge.legal import PRIOR, turn

    assert turn(text, PRIOR) == expected


@pytest.mark.parametrize("text,expected", [
    ("Inventions you make on your own time, without our equipment and unrelated to our business, also belong to "
     "Bayou Ridge.", "included"),
    ("Your own photography and poems, made on your days off with your own camera, even unrelated to the riad, become "
     "the riad's.", "included"),
    ("Inventions you make on your own time, without our equipment and unrelated to our business, remain yours.",
     "excluded"),
])
def test_which_way_a_sentence_turns_own_time_work(text, expected):
    from reviewer.judge.legal import OWN_TIME, turn

    assert turn(text, OWN_TIME) == expected


def test_a_carve_out_of_something_else_keeps_no_own_time_work():
    d = doc(("You are employed as a detection engineer at NIS 30,000 per month.", {"paid": 0.99, "employee_status": 0.99}),
            ("Inventions you make outside working hours, without Company resources, in any field whatsoever, also belong "
             "to the Company.", {"scope_own_time": 0.97, "ip_transfer": 0.96}),
            ("You may continue open-source contributions that do not use Company code.", {"carve_out": 0.85}))
    assert "ip.own_time" in kinds(d)
    d = doc(("You are employed as a detection engineer at NIS 30,000 per month.", {"paid": 0.99, "employee_status": 0.99}),
            ("Inventions you make in the course of your work belong to the Company.", {"ip_transfer": 0.96}),
            ("This does not apply to inventions you make on your own time without Company resources.",
             {"carve_out": 0.95, "scope_own_time": 0.6}))
    assert "ip.own_time" not in kinds(d)


def test_a_transfer_whose_words_bring_in_earlier_work_reaches_prior_work():
    d = doc(("Your salary is $80,000 a year.", {"paid": 0.95, "employee_status": 0.9}),
            ("All lesson plans authored by you, whether prepared before or during your employment, are the School's.",
             {"ip_transfer": 0.95}))
    assert "ip.prior_work" in kinds(d)


def test_a_fair_rate_paid_only_to_those_hired_is_contingent_pay():
    d = doc(("Trial day: one 7-hour shift on the floor, paid at $30 an hour if we offer you the job.",
             {**A, "effort": 0.95, "paid": 0.95}), jurisdiction="US-CA")
    assert "unpaid.contingent_pay" in kinds(d)


def test_ownership_that_passes_only_on_hiring_is_not_contingent_pay():
    d = doc(("Design challenge: about two hours on a fictional brief.", {**A, "effort": 0.95, "synthetic_task": 0.95}),
            ("Ownership of your work transfers to us only if you accept an offer of employment.", {"contingent_pay": 0.9}))
    assert not any(k.startswith("unpaid") for k in kinds(d))


def test_an_education_allowance_is_not_pay_for_the_hours():
    d = doc(("Team members working a trial shift of 8 hours are supervised.", {**A, "effort": 0.9}),
            ("Technicians receive $600 per year toward continuing education.", {"paid": 0.9}), jurisdiction="US-VT")
    assert "unpaid.token_pay" not in kinds(d)


def test_commission_on_an_hourly_wage_is_not_contingent_even_where_the_currency_has_no_floor():
    d = doc(("Thank you for attending the practical test.", A),
            ("Wages: FJ$9.20 per hour, paid fortnightly, plus a 5% commission on sales.",
             {"paid": 0.95, "contingent_pay": 0.9}), jurisdiction="FJ")
    assert "unpaid.contingent_pay" not in kinds(d)


def test_employment_promised_for_later_is_not_the_status_now():
    d = doc(("Consultant is an independent contractor and not an employee.", {"non_employee_label": 0.95}),
            ("Consultant will work 8:30 to 5:00, Monday to Friday, from the Company's office and report to the Director.",
             {"control": 0.95}),
            ("At the end of the Initial Term the Company may offer Consultant employment as a full-time employee.",
             {"employee_status": 0.95}))
    assert "status.contractor_probation" in kinds(d)


def test_an_intern_is_judged_by_pay_and_staff_work_not_by_supervision():
    trainee = ("The individual named in Annex I (the Trainee) joins the professional internship.", {"non_employee_label": 0.9})
    d = doc(trainee,
            ("The Trainee shall work at the atelier forty hours a week under the head of pattern-making.", {"control": 0.95}),
            ("The Trainee receives a monthly grant of EUR 1,000.", {"paid": 0.95}), jurisdiction="EU-PT")
    assert not any(k.startswith("status.") for k in kinds(d))
    # a contractor label beside it is weighed on control as before
    d = doc(trainee, ("You are engaged as an independent service provider and not as an employee.",
                      {"non_employee_label": 0.95, "employee_status": 0.6}),
            ("The Trainee shall work at the atelier forty hours a week under the head of pattern-making.", {"control": 0.95}))
    assert "status.controlled_contractor" in kinds(d)


def test_a_paid_trial_participant_doing_the_jobs_work_is_misclassified():
    d = doc(("Two 6-hour shifts serving customers on the bar, paid at £13.00 an hour.",
             {**A, "paid": 0.95, "effort": 0.9, "core_work": 0.9}),
            ("You will not be an employee during the trial shifts; you attend as a trial participant.",
             {"non_employee_label": 0.95}), jurisdiction="UK")
    assert "status.unpaid_trial_not_employee" in kinds(d)


def test_a_cancellation_fee_in_a_paid_commission_is_not_contingent_pay():
    d = doc(("Party B will illustrate twelve pages for a fee of JPY 300,000.", {"paid": 0.95, "effort": 0.8}),
            ("If Party A cancels the commission, Party A shall pay Party B 50% of the fee for work done.",
             {"contingent_pay": 0.9}),
            ("Party B is engaged as a freelancer.", {"non_employee_label": 0.9}), jurisdiction="JP")
    assert "unpaid.contingent_pay" not in kinds(d)


@pytest.mark.parametrize("text,kept", [
    ("Kindly use the client glossary and follow the style guide strictly.", False),
    ("Deliver the files in the agreed format by the deadline.", False),
    ("Thanking you and assuring you of our best co-operation at all times.", False),
    ("You must follow our style guide and work from the office 9:00 to 17:00.", True),
    ("You will follow the shift roster set by your manager.", True),
])
def test_specifying_the_result_is_not_control_of_the_work(text, kept):
    from reviewer.judge.readers import control_read

    (u,) = doc((text, {"control": 0.85})).units
    assert control_read(u).has("control") is kept


def test_a_freelancer_tested_for_a_panel_is_not_misclassified_by_one_doubtful_sign():
    d = doc(("Thank you for your interest in joining our panel as a freelance translator.", {"non_employee_label": 0.9}),
            ("Please complete the attached test translation.", A),
            ("No payment is made for the test.", {"unpaid": 0.95, **A}),
            ("Both target languages are compulsory.", {"control": 0.55}))
    assert not any(x.category == "misclassification" for x in decide(d))
    d2 = doc(*[(t, f) for t, f in [(u.text, u.facts) for u in d.units]],
             ("You will work our hours, 9:00 to 17:00, at our office under a team lead.", {"control": 0.95}))
    assert any(x.category == "misclassification" for x in decide(d2))


@pytest.mark.parametrize("text,transfer", [
    ("All work will be performed under the direction of the journeyperson assigned to the crew.", False),
    ("All work product is assigned to the Company.", True),
    ("Everything you create during the engagement belongs to the Client.", True),
])
def test_a_transfer_needs_words_of_ownership(text, transfer):
    from reviewer.judge.readers import rights_read

    (u,) = doc((text, {"ip_transfer": 0.8})).units
    assert rights_read(u).has("ip_transfer") is transfer


@pytest.mark.parametrize("text,unpaid", [
    ("The first ten working days are an unpaid orientation period on live jobs.", True),
    ("The trial week is unpaid.", True),
    ("The non-compete lasts 24 months, without compensation.", False),
    ("Weekend shoot days are voluntary and recovered as time off.", False),
    ("This is not an unpaid trial: every hour is paid.", False),
])
def test_words_that_state_a_stage_unpaid(text, unpaid):
    from reviewer.judge.readers import pay_read

    (u,) = doc((text, {})).units
    assert (pay_read(u).p("unpaid") >= 0.9) is unpaid


def test_unpaid_interviews_beside_a_fairly_paid_work_day_are_not_unpaid_work():
    d = doc(("There is no compensation for the interviews, which are short.", {**A, "unpaid": 0.94}),
            ("We don't do unpaid take-homes.", A),
            ("Finalists spend one day (about 7 hours) building something small with the team.",
             {**A, "effort": 1.0, "core_work": 0.6}),
            ("Pay: $700 flat, paid whether or not we make you an offer.", {"paid": 1.0, "regardless_of_hire": 1.0}),
            jurisdiction="US-IL")
    assert not any(x.category == "unpaid_scope" for x in decide(d))
    # the same unpaid sentence beside a prize for the winner and the job's salary is unpaid work
    d2 = doc(("There is no compensation for the challenge.", {**A, "unpaid": 0.94}),
             ("Finalists spend one week (about 40 hours) on a problem from our customer pipeline.",
              {**A, "effort": 1.0, "core_work": 0.9}),
             ("The winning entry receives $750.", {"contingent_pay": 0.95}),
             ("The role pays $120,000 a year.", {"paid": 0.99}), jurisdiction="US-IL")
    assert any(x.category == "unpaid_scope" for x in decide(d2))


def test_a_registered_charity_in_the_letterhead_takes_volunteers():
    d = doc(("Volunteers are not employees and are not paid.", {"non_employee_label": 0.95, "unpaid": 0.95}),
            ("Pack hampers for our partner organisations, shifts of 3 hours you choose.", {"core_work": 0.8, "effort": 0.9}))
    assert any(x.category == "misclassification" for x in decide(d))
    from dataclasses import replace

    charity = replace(d, headings=("NORTH QUAYS COMMUNITY LARDER CLG", "Registered Charity Number 20204518"))
    assert not any(x.category in ("misclassification", "unpaid_scope") for x in decide(charity))


@pytest.mark.parametrize("text,independent", [
    ("Subcontractor is solely responsible for the wages, supervision and direction of its personnel and their WSIB premiums.", True),
    ("Subcontractor determines the size and composition of its crew.", True),
    ("You must pay your own payroll taxes and buy your own workers' compensation insurance.", False),
])
def test_a_business_with_its_own_staff_is_independent(text, independent):
    from reviewer.judge.readers import staff_read

    (u,) = doc((text, {"own_costs": 0.88})).units
    read = staff_read(u)
    assert read.has("independence") is independent and read.has("own_costs") is not independent


@pytest.mark.parametrize("text,label", [
    ("It's a one-off cash payment, so you won't be on payroll or an employee during the trial week.", True),
    ("You are not an employee of the Company during the trial.", True),
    ("You will not be eligible for employee benefits until you pass probation.", False),
    ("You will be an employee from day one.", False),
])
def test_being_told_you_are_not_an_employee_is_a_status(text, label):
    from reviewer.judge.readers import status_named

    (u,) = doc((text, {"employee_status": 0.64})).units
    assert status_named(u).has("non_employee_label") is label


def test_pay_kept_back_until_the_whole_term_is_served_is_contingent():
    d = doc(("This internship does not create an employment relationship.", {"non_employee_label": 1.0}),
            ("Hours: 9am to 6pm, Monday to Friday, on our support queue.", {"control": 1.0, "effort": 1.0, "core_work": 0.9}),
            ("The allowance is paid as a lump sum on the last day, subject to the Intern completing the full six month term.",
             {"paid": 0.99}),
            ("If the internship ends before that date for any reason, no allowance is payable.", {}), jurisdiction="SG")
    assert "unpaid.contingent_pay" in kinds(d)
    fair = doc(d.units[0].text and ("This internship does not create an employment relationship.", {"non_employee_label": 1.0}),
               ("The allowance is paid monthly.", {"paid": 0.99}), jurisdiction="SG")
    assert "unpaid.contingent_pay" not in kinds(fair)


def test_community_volunteers_of_a_business_are_not_a_charity():
    from reviewer.judge.legal import is_charity

    d = doc(("Become a Community Volunteer!", {"non_employee_label": 0.8, "non_profit": 0.79}))
    assert not is_charity(d)
    assert is_charity(doc(("We are a community food bank run by volunteers.", {"non_profit": 0.9})))


def test_a_business_s_volunteers_who_give_it_hours_are_misclassified():
    d = doc(("Open Hearts Inc., a for-profit social app, requires its volunteer moderators to clear 150 posts every week.",
             {"non_employee_label": 0.76, "effort": 0.82}),
            ("Moderators are not paid and receive a community hero badge.", {"unpaid": 0.98, "non_profit": 0.87}))
    assert any(x.category == "misclassification" for x in decide(d))
    charity = doc(("Kreuzberg Nachbarschaftshilfe e.V., a charitable neighbourhood association, takes volunteers.",
                   {"non_employee_label": 0.9}),
                  ("Volunteers staff the reception desk on a weekly shift; the role is unpaid.",
                   {"unpaid": 0.95, "control": 0.7, "non_employee_label": 0.8}))
    assert not any(x.category in ("misclassification", "unpaid_scope") for x in decide(charity))


@pytest.mark.parametrize("whose,flagged", [
    ("It's for the bakery stall, all takings to the shop, you get a free coffee and a loaf to take home for helping.", True),
    ("It's for the school fete, all takings to the P&C, you get a free coffee and a loaf to take home for helping.", False),
])
def test_volunteers_sought_for_a_shop_s_stall_are_the_shop_s_unpaid_workers(whose, flagged):
    d = _read(doc(("Looking for volunteers for Sat's market stall, 7am-1pm, selling loaves and serving coffee.",
                   {"non_employee_label": 0.65, "effort": 0.89}),
                  (whose, {}), jurisdiction="AU-QLD"))
    assert ("status.for_profit_volunteer" in kinds(d)) is flagged


@pytest.mark.parametrize("label,flagged", [("one of our hotel volunteers", True), ("one of our casual banqueting staff", False)])
def test_volunteers_paid_a_day_rate_for_a_business_s_work_are_its_workers(label, flagged):
    d = _read(doc(("We're looking for extra hands to serve canapés and drinks at our hotel, 10am to 6pm both days.",
                   {"effort": 0.94, "core_work": 0.53}),
                  (f"You'd join as {label} for the weekend.", {}),
                  ("You'll get €130 a day and your meals, and you'll be working alongside our banqueting team.",
                   {"paid": 0.9, "core_work": 0.96, "control": 0.75}), jurisdiction="EU-IE"))
    assert ("status.for_profit_volunteer" in kinds(d)) is flagged
    assert not any(k.startswith("unpaid") for k in kinds(d))


def test_a_first_period_on_a_1099_contract_switching_to_w2_is_a_contractor_probation():
    d = _read(doc(("We'd like you to start as our breakfast cook, Wednesday to Sunday, 6am to 2pm, at $22 an hour, working "
                   "under Chef Ana.", {"effort": 0.97, "control": 0.93, "paid": 0.85}),
                  ("The first 90 days are an introductory period on a 1099 contract, switching to W-2 if it works out.",
                   {"employee_status": 0.69}), jurisdiction="US-VT"))
    assert "status.contractor_probation" in kinds(d)


def test_the_employer_s_costs_put_on_a_crew_member_are_no_sign_of_independence():
    d = _read(doc(("Installers work on our crews, 7:00 a.m. to 3:30 p.m., Monday to Friday, with the foreman assigning roofs "
                   "each morning.", {"control": 1.0, "effort": 0.99}),
                  ("You'll invoice us weekly, handle your own income tax and CPP, carry your own WCB coverage and liability "
                   "insurance, and bring your own tools and harness.", {"own_costs": 1.0, "independence": 0.97}),
                  jurisdiction="CA-AB"))
    assert "status.controlled_contractor" in kinds(d)


def test_a_transfer_of_those_things_named_as_made_before_joining_reaches_earlier_work():
    d = doc(("You mentioned the patient-education videos on gum health that you produced before joining us.", {}),
            ("As part of your contract, ownership of those videos will transfer to the practice on your start date.",
             {"ip_transfer": 0.84}), jurisdiction="CA-AB")
    assert "ip.prior_work" in kinds(d)
    later = doc(("You mentioned the patient-education videos you would like to make for us.", {}),
                ("As part of your contract, ownership of those videos will transfer to the practice.", {"ip_transfer": 0.84}),
                jurisdiction="CA-AB")
    assert "ip.prior_work" not in kinds(later)


@pytest.mark.parametrize("reach,taken", [
    ("to use it for any purpose whatsoever, not limited to the Deliverables", True),
    ("solely as needed to use the Deliverables", False),
])
def test_a_licence_of_retained_background_ip_is_judged_by_its_reach(reach, taken):
    d = doc(("The Contractor retains all Background IP, meaning software libraries she owned before this Agreement.",
             {"carve_out": 0.99}),
            (f"For any Background IP incorporated in the Deliverables, the Contractor grants the Company a perpetual, "
             f"irrevocable, royalty-free licence {reach}.", {"ip_licence": 1.0, "perpetual_irrevocable": 1.0, "scope_prior": 1.0}),
            jurisdiction="CA-QC")
    assert ("ip.prior_work" in kinds(d)) is taken


def test_ideas_shared_in_unpaid_interviews_assigned_are_interview_work():
    d = doc(("Any ideas, suggestions or feedback the Consultant shared during those interviews are hereby assigned to the "
             "Company.", {"ip_transfer": 0.96}), jurisdiction="CA-QC")
    assert "ip.interview_work" in kinds(d)


@pytest.mark.parametrize("text,given,kind", [
    ("When you leave: game concepts you come up with within a year of leaving are presumed to come from your time here "
     "and belong to the studio.", {"ip_transfer": 0.87}, "ip.after_end"),
    ("7.2 The Contractor assigns to the Company all right, title and interest in all works the Contractor creates during "
     "the Term, including for other clients and on personal projects.", {"ip_transfer": 1.0}, "ip.beyond_deliverable"),
    ("3.3 What we own: anything you create while you're on a live project with us, including work for other agencies or "
     "your own clients during that time.", {"scope_own_time": 0.97}, "ip.beyond_deliverable"),
])
def test_rights_beyond_the_paid_work_in_plain_words(text, given, kind):
    got = kinds(_read(doc((text, given), jurisdiction="EU-SE")))
    assert kind in got or (kind == "ip.beyond_deliverable" and "ip.own_time" in got)  # (work for others is also own time)
    with_carve_out = _read(doc((text, given), ("Everything else you make stays yours.", {"keeps_rights": 0.98, "carve_out": 0.8}),
                               jurisdiction="EU-SE"))
    assert kind in kinds(with_carve_out)


def test_an_invention_clause_limited_to_what_relates_to_the_practice_is_fair():
    d = _read(doc(("We're pleased to offer you the position of Associate Dentist at an annual salary of $185,000, on our "
                   "payroll with full benefits.", {"employee_status": 0.99, "paid": 0.97}),
                  ("Inventions: any device or technique you develop while employed here that relates to our practice belongs "
                   "to the practice; after you leave, your ideas are your own.", {"ip_transfer": 0.98, "scope_own_time": 0.81}),
                  jurisdiction="US-MA"))
    assert not any(k.startswith("ip.") for k in kinds(d))


def test_an_unpaid_placement_covering_an_assistant_s_tasks_is_unpaid_work_under_a_false_status():
    d = _read(doc(("Thank you for your interest in an unpaid placement with us.", {"unpaid": 0.9}),
                  ("We can offer you four days a week for eight weeks from 3 February.", {"effort": 0.99}),
                  ("During the placement, you'll cover our sterilisation room and front desk on your own, taking over the "
                   "tasks our assistant would normally do.", {"core_work": 1.0, "real_work_output": 0.97}), jurisdiction="AU-QLD"))
    got = kinds(d)
    assert "unpaid.real_work" in got and "status.unpaid_intern" in got


def test_a_free_trial_week_with_no_wages_beside_the_staff_pay_is_unpaid():
    d = _read(doc(("Candidates join our site teams on customer projects for a trial week, Monday to Saturday, 8 hours a day.",
                   {**A, "effort": 1.0, "control": 0.84, "core_work": 0.58}),
                  ("It's a free trial week: you are not our employee and no wages are paid.",
                   {"unpaid": 1.0, "non_employee_label": 0.9, "paid": 0.74}),
                  ("Permanent technicians earn ₹20,000-₹28,000 per month with PF and ESI.", {"paid": 1.0, "employee_status": 0.93}),
                  jurisdiction="IN"))
    got = kinds(d)
    assert any(k.startswith("unpaid.") for k in got) and any(k.startswith("status.") for k in got)


def test_an_employer_that_withholds_tax_and_supplies_the_kit_states_no_status():
    d = _read(doc(("We'd love you to join us as a dental assistant, working Dr Lim's lists Monday to Thursday, 8am to 5pm, at "
                   "$33 an hour.", {"effort": 0.99, "control": 0.96}),
                  ("We'll withhold tax, pay your super, and supply loupes, scrubs and indemnity cover.", {"own_costs": 0.71}),
                  jurisdiction="AU-NSW"))
    assert not any(k.startswith("status.") for k in kinds(d))


def test_a_pilot_fee_owed_only_if_the_company_proceeds_is_contingent_and_title_waits_for_it():
    d = _read(doc(("Between Ridgeline Data Inc., Ottawa, Ontario and Marlow Analytics, sole proprietorship (\"Consultant\").",
                   {"non_employee_label": 0.9}),
                  ("The Consultant will deliver the pilot within three (3) weeks of signature, working from its own premises, "
                   "on its own schedule.", {"independence": 0.98, "non_employee_label": 0.9}),
                  ("Fee: CAD 4,500, payable only if the Company decides to proceed to Phase 2; if it does not, no fee is owed "
                   "for the pilot.", {"contingent_pay": 0.94}),
                  ("Title to the pilot deliverable passes to the Company on payment in full.", {"ip_transfer": 0.96}),
                  jurisdiction="CA-ON"))
    got = kinds(d)
    assert "unpaid.contingent_pay" in got
    assert not any(k.startswith("ip.") for k in got)


def test_a_pension_contribution_is_no_pay_for_the_hours():
    d = doc(("Regular working time is 40 hours per week, Monday to Friday.", {"effort": 0.9, "control": 0.9}),
            ("The Company pays a monthly contribution of EUR 150 to a company pension scheme.", {"paid": 0.9}),
            jurisdiction="EU-DE")
    assert "unpaid.token_pay" not in kinds(d)


def test_prices_in_the_exercise_brief_are_not_the_candidate_s_pay():
    def unit(text, facts, context):
        return Unit(index=0, sentence=Sentence(text, 0, len(text)), clause_id="c0", context=context, facts=facts,
                    money=tuple(parse_money(text)), effort=(), deadlines=())

    from reviewer.judge.readers import read_words

    (brief,) = read_words([unit("After that it's $4 per started hour, up to a daily maximum of $28.", {"paid": 0.99},
                                "The exercise")])
    (trial,) = read_words([unit("After the first day it's $24 an hour, paid weekly.", {"paid": 0.99}, "The trial")])
    assert not brief.has("paid") and trial.has("paid")


def test_an_employment_contract_that_is_not_a_contract_for_services_states_no_status():
    d = _read(doc(("Form of engagement: Fixed-term employment contract for the trial period only.", {"employee_status": 0.87}),
                  ("This is not a contract for services.", {"non_employee_label": 0.7}),
                  ("Working hours: 10:00 to 19:00 each day, at the head office.", {"control": 0.95, "effort": 0.9}),
                  ("Social insurance: Because the trial lasts two days, you are not enrolled in social insurance; workers' "
                   "accident insurance applies.", {"own_costs": 0.92}), jurisdiction="JP"))
    assert not any(k.startswith("status.") for k in kinds(d))


def test_a_short_unpaid_test_for_a_paid_internship_does_not_make_the_intern_unpaid():
    d = _read(doc(("GRAPHIC DESIGN INTERNSHIP - Copenhagen", {"non_employee_label": 0.85}),
                  ("Paid internship, spring 2027.", {"paid": 0.98, "non_employee_label": 0.77}),
                  ("To apply, design one T-shirt graphic on the theme city bikes (about two hours, unpaid).",
                   {**A, "effort": 0.97, "unpaid": 0.9}), jurisdiction="EU-DK"))
    assert not any(k.startswith("status.") for k in kinds(d))


@pytest.mark.parametrize("bound,flagged", [
    ("While you're on our books you may not work for any other agency, and you must keep your weekdays free for the "
     "projects we allocate.", True),
    ("You're free to work for other agencies and to decline any project we offer.", False),
])
def test_terms_titled_for_freelancers_name_the_status(bound, flagged):
    title = "Table Mountain Research - Freelancer Terms (Cape Town)"
    d = _read(doc(("Projects are offered by email with a brief, a day rate and the number of days.", {}),
                  (bound, {}),
                  ("You invoice us at the end of each project, and we pay within 14 days.", {"paid": 0.92, "independence": 0.78}),
                  ("You use your own laptop and recording kit.", {"own_costs": 0.97}), jurisdiction="ZA"))
    d = DocFacts(units=d.units, jurisdiction=d.jurisdiction, wage=d.wage, headings=(title,),
                 titles=(Unit(index=0, sentence=Sentence(title, 0, len(title)), clause_id="t", context="", facts={}),))
    assert ("status.controlled_contractor" in kinds(d)) is flagged


@pytest.mark.parametrize("later,flagged", [
    ("", False),  # a dish tasted and not served is an exercise, whatever the menu it sits beside
    ("Please know that we may add your dessert to our autumn menu, whether or not you end up joining us.", True),
])
def test_a_cook_off_dish_not_served_is_no_real_work_unless_the_menu_may_take_it(later, flagged):
    sentences = [("It'll take about two hours in the afternoon, before service, and it isn't paid.", {**A, "effort": 0.9}),
                 ("Alongside a main from our current menu, we'd like you to create one new dessert of your own.",
                  {"real_work_output": 0.98, "core_work": 0.61}),
                 ("Priya will taste it with the family; it won't be served to guests on the day.", {"evaluation_only": 0.69})]
    if later:
        sentences.append((later, {"ip_licence": 0.7, "scope_submission": 0.8, "regardless_of_hire": 0.8}))
    d = _read(doc(*sentences, jurisdiction="UK"))
    assert any(k.startswith("unpaid") for k in kinds(d)) is flagged


def test_fair_documents_from_round_16_that_looked_risky():
    permission = doc(("The copyright in the Final Images passes to the Client on payment.", {"ip_transfer": 0.9}),
                     ("The Photographer may use the Final Images in her portfolio and on her own website, with a credit.",
                      {"ip_licence": 0.8, "scope_prior": 0.6}), jurisdiction="EU-PL")
    assert not any(k.startswith("ip.") for k in kinds(permission))
    chosen = _read(doc(("Two working days, 9:30 to 17:30, paid at EUR 320 a day through our payroll.",
                        {"effort": 0.9, "control": 0.9, "paid": 0.95}),
                       ("If you're a freelancer with a KvK registration and you prefer to invoice us, that's fine too, at the "
                        "same day rate.", {"non_employee_label": 0.9}), jurisdiction="EU-NL"))
    assert not any(k.startswith("status.") for k in kinds(chosen))
    option = _read(doc(("The Artist keeps all rights in the Work.", {"keeps_rights": 0.95}),
                       ("The Company may use extracts to promote the sharing.", {"ip_licence": 0.8}),
                       ("For six months after the sharing, the Artist agrees to give the Company the first opportunity to "
                        "discuss producing the Work.", {"scope_after_end": 0.8}), jurisdiction="EU-IE"))
    assert "ip.after_end" not in kinds(option)
    review = _read(doc(("The session is 90 minutes and unpaid.", {**A, "unpaid": 0.95, "effort": 0.9}),
                       ("If you're invited to the final round, that's a paid two-day project at KRW 400,000 per day.",
                        {"paid": 0.9, "effort": 0.9}), jurisdiction="KR"))
    assert not any(k.startswith("unpaid") for k in kinds(review))


def test_prizes_and_a_winners_internship_in_an_ideas_competition_on_a_made_up_site_are_no_unpaid_work():
    d = _read(doc(("This is an ideas competition; there is no client and no project behind it.", {"synthetic_task": 0.9}),
                  ("Two A1 boards (PDF) and a text of up to 500 words.", {**A, "effort": 0.9}),
                  ("First prize DKK 40,000; second prize DKK 20,000.", {"contingent_pay": 0.97}),
                  ("Each member of the winning team will be offered a paid six-month internship at our studio.",
                   {"contingent_pay": 0.77, "effort": 0.9}),
                  ("Entrants keep the copyright and all other rights in their entries.", {"keeps_rights": 0.95}),
                  jurisdiction="EU-DK"))
    assert "unpaid.contingent_pay" not in kinds(d)


def test_own_work_left_with_the_person_is_no_prior_work_taken():
    d = _read(doc(("Where you make an original contribution to one of our productions, your author's rights in that "
                   "contribution are assigned to the company.", {"ip_transfer": 0.95}),
                  ("Anything you create outside your internship tasks, including your own films and scripts, remains "
                   "entirely yours.", {"scope_prior": 0.6}), jurisdiction="EU-FR"))
    assert "ip.prior_work" not in kinds(d)


@pytest.mark.parametrize("text", [
    "The locum's own client-education handouts, if given to clients, become the property of the practice.",
    "Any music or footage you already owned and used in a video is assigned to ZipDish outright.",
    "Your own translation memories and term bases used to produce the job are also assigned to the agency.",
])
def test_the_person_s_own_materials_assigned_are_earlier_work(text):
    assert "ip.prior_work" in kinds(_read(doc((text, {"ip_transfer": 0.9}), jurisdiction="UK")))


def test_a_first_month_as_a_contractor_before_being_taken_on_as_an_employee_is_a_contractor_trial():
    d = _read(doc(("Rental technicians work rostered shifts in the base-area rental shop at NZ$26 an hour.",
                   {"paid": 0.97, "control": 0.91}),
                  ("The first month is a trial period as a contractor, after which we'll take you on as an employee if it "
                   "works out.", {**A, "non_employee_label": 0.77}),
                  ("You'll report to the rental shop manager.", {"control": 0.9}), jurisdiction="NZ"))
    assert any(k.startswith("status.") for k in kinds(d))


def test_an_award_scheme_in_a_handbook_is_not_contingent_pay_for_work():
    d = doc(("The Process Improvement Award program pays $250 to $5,000 for adopted ideas.", {"contingent_pay": 0.96}),
            ("Our customers trust us with their drawings.", {"real_work_output": 0.51}))
    assert "unpaid.contingent_pay" not in kinds(d)
    stage = doc(("The design challenge takes about 20 hours.", {**A, "effort": 0.9}),
                ("Only the winning entry is paid $500.", {"contingent_pay": 0.96}))
    assert "unpaid.contingent_pay" in kinds(stage)


def test_a_placement_that_says_the_student_is_not_staff_is_a_placement():
    from reviewer.judge.legal import is_placement

    base = [("NURS 489 is a required, credit-bearing course; the placement is unpaid.",
             {"academic_programme": 0.97, "unpaid": 0.99}),
            ("You will take on a patient assignment under the direct supervision of your preceptor.",
             {"core_work": 0.71, "control": 0.89})]
    assert not is_placement(doc(*base))
    said = doc(*base, ("You are not counted in the unit's staffing numbers and must not be asked to work as a "
                       "replacement for staff.", {}))
    assert is_placement(said)


def test_a_plain_salary_is_not_contingent_pay_and_a_promise_not_to_use_the_work_is_not_real_work():
    d = doc(("Trial period (patto di prova): 60 days of actual work, as permitted by the CCNL.", {**A, "effort": 0.9}),
            ("Gross annual salary (RAL): €36.400, paid in 14 monthly instalments.", {"paid": 1.0, "contingent_pay": 0.61}),
            jurisdiction="EU-IT")
    assert "unpaid.contingent_pay" not in kinds(d)
    from reviewer.judge.readers import work_read

    (u,) = doc(("Use: we will not use your submission, or any idea in it, in our products or client work.",
                {"real_work_output": 0.89, "evaluation_only": 0.97})).units
    assert not work_read(u).has("real_work_output")


def test_a_commission_the_platform_charges_is_a_cost_and_incorporated_trustees_are_a_charity():
    d = doc(("Professionals use GlowUp as independent businesses, not as employees of GlowUp.", {"non_employee_label": 0.95}),
            ("1.1 GlowUp is an online marketplace where independent make-up artists offer their services.", {"core_work": 0.6}),
            ("4.1 GlowUp charges a commission of 15% of the price of each booking.", {"contingent_pay": 0.86}))
    assert not any(x.category == "misclassification" for x in decide(d))
    from dataclasses import replace

    vol = doc(("It is not a contract of employment; volunteers are not paid.", {"non_employee_label": 0.9, "unpaid": 0.9}),
              ("Volunteers help at our monthly free health-screening outreaches, registering attendees.",
               {"core_work": 0.7, "control": 0.6}))
    assert any(x.category == "misclassification" for x in decide(vol))
    ngo = replace(vol, headings=("ÌLERA COMMUNITY HEALTH INITIATIVE",
                                 "(Incorporated Trustees registered with the Corporate Affairs Commission)"))
    assert not any(x.category == "misclassification" for x in decide(ngo))


def test_a_position_offered_is_no_status_and_conversion_later_makes_the_contractor_stage_a_probation():
    d = doc(("We are pleased to offer you a position supporting our prime contract.", {"employee_status": 0.9}),
            ("Classification: You will be engaged as an independent contractor (1099).", {"non_employee_label": 1.0}),
            ("Schedule: full-time, core hours 8:00 a.m. to 4:30 p.m., on-site at the client facility.", {"control": 1.0}),
            ("You will report to the Program Manager, who will assign your tasks.", {"control": 0.99}),
            ("After a 90-day contractor probation period you may be converted to W-2 employment.", {"employee_status": 0.99}))
    assert any(x.category == "misclassification" for x in decide(d))


def test_a_commission_beside_a_share_of_the_work_s_revenue_is_an_extra():
    base = [("1.1 Stylist is engaged as an independent contractor.", {"non_employee_label": 0.95}),
            ("2.1 Stylist shall work five shifts of eight hours set by the Salon Manager.", {"control": 1.0, "effort": 1.0})]
    d = doc(*base, ("4.1 Salon shall pay Stylist forty-five percent (45%) of net service revenue generated by Stylist.",
                    {"paid": 0.94}),
            ("4.2 Retail sales earn a 10% commission.", {"contingent_pay": 0.98}), jurisdiction="US-CA")
    assert "unpaid.contingent_pay" not in kinds(d)
    only = doc(*base, ("Retail sales earn a 10% commission; there is no other pay.", {"contingent_pay": 0.98}),
               jurisdiction="US-CA")
    assert "unpaid.contingent_pay" in kinds(only)


def test_the_pay_of_a_job_the_person_may_get_later_is_not_the_pay_for_this_work():
    d = doc(("The Fellows are not employees or workers.", {"non_employee_label": 0.95}),
            ("Monday to Friday, 9:30 to 17:30, from our office.", {"control": 1.0, "effort": 0.96}),
            ("Fellows receive a stipend of £600 per calendar month to help with travel and lunch.", {"paid": 0.99}),
            ("Many of our Fellows have gone on to join us as Analysts (starting salary £31,000).", {"paid": 0.7}),
            jurisdiction="UK")
    assert any(x.category == "unpaid_scope" for x in decide(d))


def test_prior_work_left_out_by_but_no_and_a_licence_of_the_person_s_existing_library():
    d = doc(("The Employee assigns to the Company all inventions made in the course of employment, but no invention "
             "made prior to employment.", {"ip_transfer": 1.0, "employee_status": 0.98, "scope_prior": 0.63}),
            ("Salary: €70,000 per annum.", {"paid": 0.9}), jurisdiction="EU-IE")
    assert "ip.prior_work" not in kinds(d)
    from reviewer.judge.readers import read_words

    lent = doc(("Mere will deliver 30 sound effects for NZ$6,000, invoiced on delivery.", {"independence": 0.97}),
               ("Mere licenses her existing sample library to the studio forever, for any use in any game or product.",
                {"perpetual_irrevocable": 0.84}), jurisdiction="NZ")
    from dataclasses import replace

    assert "ip.prior_work" in kinds(replace(lent, units=tuple(read_words(list(lent.units)))))


def test_an_employee_s_hours_paid_only_after_passing_probation_are_contingent():
    d = doc(("You will be a permanent part-time employee on our payroll.", {"employee_status": 0.99}),
            ("You will be rostered for up to 38 hours of onboarding shifts on checkouts.", {"effort": 0.97, "core_work": 0.8}),
            ("ONB hours are held over and paid in the first pay run after you successfully pass your probation review.",
             {"contingent_pay": 0.58}), jurisdiction="AU-SA")
    assert "unpaid.contingent_pay" in kinds(d)
    bonus = doc(("You will be a permanent employee on our payroll at $32 per hour.", {"employee_status": 0.99, "paid": 1.0}),
                ("A bonus is paid after you pass your probation review.", {"contingent_pay": 0.8}), jurisdiction="AU-SA")
    assert "unpaid.contingent_pay" not in kinds(bonus)


def test_a_community_is_not_a_charity_but_a_registered_npo_is():
    from reviewer.judge.legal import is_charity
    from dataclasses import replace

    dao = doc(("Tidepool is a community, not a company.", {"non_profit": 0.9}))
    assert not is_charity(dao)
    npo = replace(doc(("Siyakhula redistributes food to community kitchens.", {"non_profit": 0.97})),
                  headings=("NPO 184-552 · PBO 930071234 · 12 Commissioner Street, Johannesburg 2001",))
    assert is_charity(npo)


def test_a_trainee_s_daily_training_allowance_is_their_pay_and_a_promise_not_to_replace_staff_counts():
    d = doc(("OJT trainees are not yet employees and are not enrolled in payroll.", {"non_employee_label": 0.98}),
            ("Trainees work 8-hour shifts on the full cleaning schedule at client accounts.", {"control": 0.9, "core_work": 0.8}),
            ("Trainees receive a training allowance of PHP 150 per day.", {"paid": 0.97}), jurisdiction="PH")
    dec = [x for x in decide(d) if x.category == "unpaid_scope"]
    assert dec and dec[0].rate is not None and dec[0].rate.token
    from reviewer.judge.legal import is_placement

    estagio = doc(("Your university signs the internship agreement with us.", {"academic_programme": 0.9}),
                  ("Interns work on real product features with their supervisor.", {"core_work": 0.6}),
                  ("We do not use interns to replace an employee position.", {}))
    assert is_placement(estagio)


def test_a_freelancer_whose_pitches_go_unpaid_is_judged_by_control_and_a_charity_s_volunteers_give_no_hiring_work():
    d = doc(("Guest writers are freelance contributors.", {"non_employee_label": 0.93}),
            ("Pitches and outlines are not paid.", {"unpaid": 0.95}),
            ("We sometimes hand a declined angle to one of our staff writers.", {"core_work": 0.8}))
    assert not any(x.category == "misclassification" for x in decide(d))
    placement = doc(("Unpaid placement. This is not part of any course.", {"non_employee_label": 0.7, "unpaid": 0.95}),
                    ("You will do a junior marketer's job on live client campaigns, full time.", {"core_work": 0.95}))
    assert any(x.category == "misclassification" for x in decide(placement))


@pytest.mark.parametrize("text,label", [
    ("As a thank you for your time, you will receive a $50 gift card at the end of the second day.", False),
    ("As a contractor you will receive $50 a day.", True),
    ("You come as prestador de servicios independiente, not in the nómina.", True),
])
def test_a_sentence_about_money_states_a_status_only_in_words_of_one(text, label):
    from reviewer.judge.readers import status_named

    (u,) = doc((text, {"non_employee_label": 0.8})).units
    assert status_named(u).has("non_employee_label") is label


def test_a_share_of_the_fees_for_each_service_performed_is_pay_by_the_piece():
    d = doc(("Trial period: the first 90 days are a trial.", {**A, "effort": 0.8}),
            ("WHEREAS the Studio operates a hair salon and engages the Stylist to serve its clients.", {"real_work_output": 0.8}),
            ("Fees. The Studio will pay the Stylist 42% of net service revenue for services the Stylist performs.",
             {"contingent_pay": 0.98, "paid": 0.87}), jurisdiction="CA-BC")
    assert not any(x.category == "unpaid_scope" for x in decide(d))


def test_rights_in_a_simulated_assessment_are_an_ip_question_not_real_work():
    d = doc(("The 75-minute simulated assessment uses role-play calls.", {**A, "effort": 0.9}),
            ("All Submissions and all intellectual property rights in them vest in the Company upon creation, for "
             "commercial use.", {"real_work_output": 0.85, "ip_transfer": 0.95, "scope_submission": 0.9}),
            jurisdiction="IN")
    assert not any(x.category == "unpaid_scope" for x in decide(d))


def test_with_nothing_stating_the_work_unpaid_a_doubtful_reading_of_real_work_is_not_enough():
    d = doc(("The team loved your case study and wants to move you to the portfolio review.", A),
            ("75 minutes on Zoom with the Head of Design and a product designer.", {"real_work_output": 0.72, "effort": 0.7}),
            jurisdiction="EU-NL")
    assert not any(x.category == "unpaid_scope" for x in decide(d))


def test_a_monthly_stipend_far_below_a_monthly_minimum_with_no_legal_week_is_token_pay():
    d = doc(("As this is an internship, you are not an employee of the Company.", {"non_employee_label": 1.0}),
            ("You will take over a departed analyst's queue, Monday to Friday, 8:00am to 6:00pm.",
             {"core_work": 0.9, "control": 1.0, "effort": 1.0}),
            ("You will receive a monthly transport stipend of ₦30,000, paid on the last working day.", {"paid": 1.0}),
            jurisdiction="NG")
    dec = [x for x in decide(d) if x.category == "unpaid_scope"]
    assert dec and dec[0].rate is not None and dec[0].rate.monthly == 30000 and dec[0].rate.token
    assert "monthly minimum wage" in dec[0].rate.describe()
    assert any(x.category == "misclassification" for x in decide(d))


def test_work_developed_in_previous_settings_is_prior_work():
    d = doc(("Any learning resources or activity ideas you create or bring to Little Acorns, including those you have "
             "developed in previous settings, become the property of Little Acorns.",
             {"ip_transfer": 0.98, "ip_licence": 0.74, "scope_submission": 0.97}), jurisdiction="UK")
    assert "ip.prior_work" in kinds(d)


def test_lasting_rights_in_work_done_unpaid_under_a_non_employee_label_are_taken():
    base = [("Ambassadors are volunteers and independent creators, not employees.", {"non_employee_label": 0.98}),
            ("Ambassadors earn a 20% commission on sales made with their code.", {"contingent_pay": 1.0})]
    licence = ("All photos, videos and captions you create as an ambassador are licensed to the brand on a perpetual, "
               "irrevocable, worldwide, royalty-free basis.", {"ip_licence": 0.99, "perpetual_irrevocable": 1.0})
    assert "ip.unpaid_work" in kinds(doc(*base, licence, jurisdiction="US-GA"))
    paid = [("Ambassadors are independent creators, not employees.", {"non_employee_label": 0.98}),
            ("We pay $40 per hour for every content day.", {"paid": 0.99})]
    assert "ip.unpaid_work" not in kinds(doc(*paid, licence, jurisdiction="US-GA"))


@pytest.mark.parametrize("text,question", [
    ("Will the chat exercise be on real customer tickets?", True),
    ("> And is it paid?", True),
    ("Can u do a working interview this Sat 8-5?", False),  # a request put as a question still asks for work
    ("Could you come in for a trial day on Saturday?", False),
    ("The exercise is on real customer tickets.", False),
])
def test_a_question_about_the_work_states_nothing_of_it(text, question):
    from reviewer.judge.readers import question_read

    (u,) = doc((text, {"real_work_output": 0.9, "unpaid": 0.8, "assessment_context": 0.8})).units
    assert (not question_read(u).facts) is question


@pytest.mark.parametrize("text,transfer", [
    ("Liffey Lingua owns the translation once you submit it.", True),
    ("By sending the article, you agree that Eko Brightline Media owns it.", True),
    ("heads up: the design belongs to Bluegum once you send it.", True),
    ("Exclusive rights of use in the work results are granted to the employer.", True),
    ("The Contractor grants the Company a non-exclusive licence to use the Background Materials.", False),
    ("You own the translation you submit.", False),
    ("The Employee owns everything made before the start date.", False),
    ("The laptop belongs to the company and must be returned.", False),
])
def test_ownership_is_read_from_the_words_that_give_it(text, transfer):
    from reviewer.judge.readers import rights_read

    (u,) = doc((text, {})).units
    assert rights_read(u).has("ip_transfer") is transfer


def test_a_transfer_carves_nothing_out_without_words_that_leave_something_out():
    from reviewer.judge.readers import kept_read

    taking = ("The Employee further transfers to the Company all rights in software the Employee created before the "
              "start of the employment and that fall within the Company's field of business.")
    (u,) = doc((taking, {"ip_transfer": 0.97, "carve_out": 0.83, "scope_prior": 0.64})).units
    assert not kept_read(u, None).has("carve_out")
    leaving = "The Employee assigns all inventions made in the job, except those made on the Employee's own time."
    (u,) = doc((leaving, {"ip_transfer": 0.9, "carve_out": 0.9})).units
    assert kept_read(u, None).has("carve_out")


def test_the_days_of_a_dated_stage_times_its_daily_hours_are_its_work():
    d = doc(("Before the permanent contract we run a training week.", {**A}),
            ("Dates: Monday 7 December to Friday 11 December", {}),
            ("Hours: 4.00am to 12.00pm each day", {"effort": 0.9}),
            ("We don't treat the training week as employment, but we'll pay you a $200 honorarium.", {**A, "paid": 0.9}),
            ("If everything goes well, your employment agreement (at $26.50 an hour) will start on Monday 14 December.",
             {"paid": 0.9, "employee_status": 0.7}), jurisdiction="NZ")
    from reviewer.judge.readers import read_words

    d = DocFacts(units=tuple(read_words(list(d.units))), jurisdiction=d.jurisdiction, wage=d.wage)
    assert "unpaid.token_pay" in kinds(d)


def test_work_paid_for_at_a_fair_rate_is_the_companys_to_take_whatever_the_hire():
    trial = ("The paid trial lasts two days; you are paid EUR 24.50 an hour for every hour worked.", {**A, "paid": 0.99,
                                                                                                      "effort": 0.9})
    assigns = ("The Candidate assigns to the Firm the rights in the Trial Work Product, whether or not the Candidate "
               "is hired.", {"ip_transfer": 0.95, "scope_submission": 0.9, "regardless_of_hire": 0.95})
    assert "ip.interview_work" not in kinds(doc(trial, assigns, jurisdiction="EU-DE"))
    token = ("The trial lasts two days of eight hours; you receive EUR 40 for it.", {**A, "paid": 0.99, "effort": 0.9})
    assert "ip.interview_work" in kinds(doc(token, assigns, jurisdiction="EU-DE"))


def _read(d: DocFacts) -> DocFacts:
    from reviewer.judge.readers import read_words

    return DocFacts(units=tuple(read_words(list(d.units))), jurisdiction=d.jurisdiction, wage=d.wage)


def test_a_week_for_a_thank_you_sum_is_token_pay_and_the_later_rota_hours_are_not_the_trials():
    d = _read(doc(("We'd love to have you in for a trial week before we put you on the rota properly.", {**A}),
                  ("So it'd be Monday to Friday, ten till six, on the tills and the window.", {"control": 0.8}),
                  ("We give everyone fifty euro for the week, cash, it's not a wage, it's more of a thank-you.",
                   {"paid": 0.9}),
                  ("Then we'd have you on the rota from the week after, fourteen or fifteen hours, on proper payroll.",
                   {"effort": 0.9}), jurisdiction="EU-IE"))
    (dec,) = [x for x in decide(d) if x.category == "unpaid_scope"]
    assert dec.kind == "unpaid.token_pay" and dec.rate is not None and dec.rate.rate.high < 2


def test_not_a_paid_assignment_states_the_work_unpaid():
    d = _read(doc(("Translate the attached 6,200-word policy wording from one of our insurance clients.",
                   {**A, "effort": 0.9, "real_work_output": 0.79}),
                  ("Partial tests will not be assessed.", {"synthetic_task": 0.53}),
                  ("The empanelment test is not a paid assignment.", {**A, "paid": 0.94, "unpaid": 0.86}),
                  jurisdiction="IN"))
    assert not d.units[2].has("paid") and "unpaid.real_work" in kinds(d)


def test_a_placement_after_the_degree_that_covers_a_departing_architect_is_no_course_placement():
    d = _read(doc(("You will produce permit drawings, attending client site meetings in place of our departing junior "
                   "architect until the position is refilled.", {"core_work": 0.88, "control": 0.89, "effort": 0.9}),
                  ("Core hours are Monday to Friday, 8:30 to 17:30.", {"control": 1.0, "effort": 1.0}),
                  ("As this is a voluntary internship undertaken after the completion of your degree, it is unremunerated.",
                   {"non_employee_label": 0.99, "academic_programme": 0.54}),
                  ("The internship does not form part of a course of study.", {}), jurisdiction="EU-DE"))
    assert d.units[2].has("unpaid") and not d.units[2].has("academic_programme")
    assert {"unpaid_scope", "misclassification"} <= {x.category for x in decide(d)}


def test_work_kept_even_from_those_not_selected_stays_with_the_company():
    (u,) = _read(doc(("Any templates or canned replies you bring or make during the trial stay with BrightDesk even if "
                      "you're not selected.", {"regardless_of_hire": 0.66}))).units
    assert u.has("ip_transfer") and u.p("regardless_of_hire") >= 0.8
    (u,) = _read(doc(("Copyright in the Works, including roughs and unused drafts, remains with Party B.", {}))).units
    assert not u.has("ip_transfer")


def test_a_fixed_term_contract_offered_after_an_unpaid_academy_is_later_employment():
    d = _read(doc(("The Academy lasts five weeks, Monday to Saturday, 08:00 to 17:00.", {"effort": 1.0, "control": 0.99}),
                  ("The Academy is not remunerated.", {"unpaid": 0.98}),
                  ("Course participants are not employees of Aerolinea Adriatica S.p.A. during the Academy.",
                   {"non_employee_label": 0.97}),
                  ("Participants who pass all modules will be offered a seasonal fixed-term contract as Cabin Crew under "
                   "the applicable national collective agreement.", {"employee_status": 0.8}), jurisdiction="EU-IT"))
    assert "misclassification" in {x.category for x in decide(d)}


@pytest.mark.parametrize("text", [
    "The drawing becomes our copyright.",
    "We own copyright in the photos.",
    "The studio owns copyright in their demo cues.",
    "Ownership of the sample article you write (fictional topic; we don't publish test articles) moves to us.",
    "Whether or not you are hired, ownership of the pitch deck (for a fictional client, not used by us) passes to us.",
    "You do not keep your rights in inventions you made before joining.",
])
def test_plain_words_of_ownership_are_a_transfer(text):
    (u,) = _read(doc((text, {}))).units
    assert u.has("ip_transfer")


def test_rights_that_pass_on_delivery_pass_whether_or_not_the_person_is_hired():
    (u,) = _read(doc(("The Candidate's assignment of rights in the task output is unconditional and takes effect on "
                      "delivery.", {}))).units
    assert u.has("ip_transfer") and u.p("regardless_of_hire") >= 0.8


def test_a_company_that_may_use_a_short_unpaid_exercise_keeps_a_deliverable():
    task = ("Unpaid 2-hour assignment: propose a launch plan for a fictional app.",
            {**A, "effort": 0.99, "synthetic_task": 0.95, "unpaid": 0.92})
    used = _read(doc(task, ("The Company may use any part of your plan.", {"ip_licence": 0.82, "scope_submission": 0.75})))
    assert {"unpaid_scope", "ip_grab"} <= {x.category for x in decide(used)}
    # the candidate's own use, and a company that says it will not use the work, leave the exercise short and fair
    own = _read(doc(task, ("You may publish your plan in your portfolio.", {"scope_submission": 0.8})))
    assert "unpaid_scope" not in {x.category for x in decide(own)}


def test_a_perpetual_licence_to_earlier_work_beyond_the_deliverable_is_an_ip_grab():
    d = _read(doc(("Consultancy agreement (fixed fee $9,000, invoiced on delivery).", {"paid": 0.99}),
                  ("Consultant grants Client a licence to use Consultant's pre-existing templates on a perpetual, "
                   "irrevocable, royalty-free basis, for any purpose.",
                   {"ip_licence": 1.0, "perpetual_irrevocable": 1.0, "scope_prior": 0.94, "carve_out": 0.65})))
    assert "ip.prior_work" in kinds(d)
    samples = _read(doc(("Writing samples from your previous jobs that you send us are licensed to us for the purposes "
                         "of this recruitment only.", {"ip_licence": 0.97, **A})))
    assert "ip_grab" not in {x.category for x in decide(samples)}


def test_a_conversation_in_an_interview_is_not_work_output():
    d = _read(doc(("During the 1-hour unpaid product interview we will discuss ideas for our roadmap.",
                   {**A, "effort": 0.96, "real_work_output": 0.9, "unpaid": 0.77})))
    assert "unpaid_scope" not in {x.category for x in decide(d)}


def test_own_time_work_that_also_belongs_to_the_company_is_taken():
    d = _read(doc(("Contract (Oxford, UK; GBP 58,000 a year).", {"paid": 0.9}),
                  ("Inventions you make during your employment belong to us; inventions made in your own time, with your "
                   "own resources and unrelated to our business also belong to us.", {"ip_transfer": 0.99, "carve_out": 0.98}),
                  jurisdiction="UK"))
    assert "ip.own_time" in kinds(d)


def test_a_controlled_self_employed_courier_and_a_denied_employment_are_misclassification():
    courier = _read(doc(("Self-employed courier, paid per drop on your invoice: you work the rota we set, drive our liveried "
                         "van in our uniform, can't send a substitute and report to the depot supervisor.",
                         {"control": 1.0, "non_employee_label": 0.99, "independence": 0.81}), jurisdiction="UK"))
    assert "misclassification" in {x.category for x in decide(courier)}
    (u,) = _read(doc(("Nothing in this agreement makes you our employee: you'll work set shifts at our depot.",
                      {"control": 0.95}))).units
    assert u.has("non_employee_label")


def test_moral_rights_given_up_in_plain_words():
    (u,) = _read(doc(("You consent to any alteration of, and non-attribution for, the drawings you make.", {}))).units
    assert u.has("moral_rights_waiver")


def test_a_fixed_stage_of_a_paid_internship_is_not_an_unpaid_internship():
    d = _read(doc(("We're looking for a design intern for the season (six months, paid monthly).",
                   {"non_employee_label": 0.97, "paid": 0.82, "effort": 0.81}),
                  ("To apply, complete our design challenge for an imaginary capsule.", {**A}),
                  ("Please don't spend more than two hours on it.", {**A, "effort": 1.0}),
                  ("The challenge is unpaid.", {**A, "unpaid": 1.0}), jurisdiction="EU-IT"))
    assert not {"unpaid_scope", "misclassification"} & {x.category for x in decide(d)}


@pytest.mark.parametrize("text,controlled", [
    ("They work full-time on our audit teams, are paid hourly through our timesheet system, and may not work for "
     "anyone else.", True),
    ("Youth work on a schedule set by the host, with a named worksite supervisor.", True),
    ("Clients may not require Freelancers to keep fixed office hours or work exclusively for them.", False),
])
def test_control_named_in_words(text, controlled):
    (u,) = _read(doc((text, {"control": 0.9} if not controlled else {}))).units
    assert u.has("control") is controlled


@pytest.mark.parametrize("status", [
    "Hosts may engage graduates for a 90-day probation as independent contractors before putting them on payroll.",
    "During probation you are engaged as a consultant on a retainer and raise invoices; you join our rolls once confirmed.",
])
def test_probation_as_a_contractor_is_misclassification_even_with_no_sign_of_control(status):
    d = doc(("Analysts join our office on a six-month probation.", {"assessment_context": 0.7}),
            (status, {"non_employee_label": 0.95}))
    (dec,) = [x for x in decide(d) if x.category == "misclassification"]
    assert dec.kind == "status.contractor_probation" and dec.trace[-1] == "-> misclassification"


def test_pay_far_below_the_floor_for_stated_hours_is_token_pay_in_a_job_too():
    d = doc(("Three months, Monday to Friday 9:30-17:30 (37.5 hours a week), helping with fittings.", {"effort": 1.0}),
            ("You'll be employed on a fixed-term contract through our payroll.", {"employee_status": 1.0}),
            ("Pay: €600 a month.", {"paid": 0.99}), jurisdiction="EU-IE")
    (dec,) = [x for x in decide(d) if x.category == "unpaid_scope"]
    assert dec.kind == "unpaid.token_pay" and dec.rate is not None and dec.rate.below is True
    assert "asks for hours of work at a stated pay" in dec.trace[0]


@pytest.mark.parametrize(("grant", "taken"), [
    ("The house receives perpetual, irrevocable, royalty-free rights to all images you shoot, including your personal work.", True),
    ("We get perpetual, irrevocable, royalty-free rights to the six articles and to your research notes and drafts.", True),
    ("The Consultant grants the Company perpetual rights in the report and in all other materials the Consultant holds, "
     "whether or not created for this engagement.", True),
    ("We get perpetual, irrevocable, royalty-free rights to the six articles.", False),
    ("The artist grants us an exclusive licence to use the Works on our website and official social media accounts for three years.", False),
])
def test_rights_in_more_than_the_paid_deliverable(grant, taken):
    d = doc(("Fee: S$3,000 for six articles, invoiced on delivery.", {"paid": 0.95}),
            (grant, {"ip_licence": 0.9, "perpetual_irrevocable": 0.9}), jurisdiction="SG")
    assert ("ip.beyond_deliverable" in kinds(d)) is taken


def test_an_employee_keeps_personal_work_outside_the_job():
    d = doc(("Youth producers are employed by the city and paid hourly to make a weekly podcast.", {"employee_status": 0.95, "paid": 0.9}),
            ("The city may use the published episodes forever, plus all of the youth's raw recordings and personal creative work.",
             {"ip_licence": 0.9, "perpetual_irrevocable": 0.9}))
    assert "ip.beyond_deliverable" in kinds(d)


@pytest.mark.parametrize("use", [
    "If we don't engage you, we're still free to use any lines you wrote, without a fee.",
    "Just to be upfront, if we don't hire you we might still put your tart on the menu.",
])
def test_using_the_work_of_those_not_hired_takes_it_and_makes_the_short_test_real_work(use):
    d = doc(("Write five taglines for a made-up kombucha brand; it's a one-hour test, unpaid.",
             {"assessment_context": 0.95, "synthetic_task": 0.95, "unpaid": 0.95, "effort": 0.9}),
            (use, {}))
    d = _read(d)
    assert {"ip.interview_work", "unpaid.real_work"} <= kinds(d)


def test_a_term_for_those_not_hired_is_no_hire_condition():
    from reviewer.values import hire_condition

    assert hire_condition("If you are not hired, the company may still use the deck and its contents internally.") is None
    assert hire_condition("If you are hired, we pay $500 for the deck.") == "hire"
    assert hire_condition("If you are hired, rights in your solution transfer to us; if you are not hired, they remain "
                          "entirely with you.") == "hire"


def test_a_denied_payroll_states_no_employment_and_a_decision_whether_to_offer_one_is_later():
    d = doc(("You will work four shifts per week according to the rota the store manager sets, in our uniform.", {"control": 0.95}),
            ("You will join us as a freelancer through our invoicing partner rather than as an employee.", {"non_employee_label": 1.0}),
            ("Because you are not on our payroll, holiday pay and occupational pension do not apply.",
             {"employee_status": 0.67, "own_costs": 1.0}))
    assert "misclassification" in {x.category for x in decide(_read(d))}
    later = doc(("The first six months serve as a probationary period, after which the Company will decide whether to offer "
                 "Consultant a position as a W-2 employee.", {"employee_status": 0.95}))
    from reviewer.judge.legal import states_employee
    assert not states_employee(later)


def test_work_made_in_performing_the_services_is_not_earlier_work():
    d = doc(("All firmware that Consultant creates in performing the Services is assigned to the Company.",
             {"ip_transfer": 1.0, "scope_prior": 0.88}))
    assert "ip.prior_work" not in kinds(d)


def test_statutory_deductions_through_payroll_are_no_cost():
    from reviewer.values import is_a_cost

    assert not is_a_cost("You will be paid £16.50 per hour through our normal payroll, with tax and National Insurance deducted.")
    assert is_a_cost("We deduct £40 for the uniform from your first pay.")


def test_a_wage_named_without_its_period_is_no_flat_sum_for_all_the_hours():
    d = doc(("Apprentices work 40 hours a week, Monday to Friday 7:00-15:30.", {"effort": 0.95, "non_employee_label": 0.7}),
            ("Your wage increases at each period you complete: 2nd period $25.50, 3rd period $30.00.", {"paid": 0.95}),
            jurisdiction="CA-AB")
    assert "unpaid.token_pay" not in kinds(d)


def test_work_paid_by_the_piece_is_not_made_unpaid_by_a_line_about_tests_not_asked():
    paid = ("Translation is paid EUR 0.11 per new word, invoiced monthly.", {"paid": 0.97})
    line = ("We do not pay for tests.", {"unpaid": 0.98})
    jobs = ("We will offer the Translator translation jobs for game and app clients.", {"real_work_output": 0.8})
    assert not {x.category for x in decide(doc(jobs, paid, line, jurisdiction="EU-IE"))} & {"unpaid_scope"}
    test = ("Candidates translate a 2,000-word test file, about 5 hours, which is not paid.", {"unpaid": 0.95, "effort": 0.9,
                                                                                               "assessment_context": 0.9})
    assert "unpaid_scope" in {x.category for x in decide(doc(jobs, paid, test, jurisdiction="EU-IE"))}


def test_pay_for_the_days_worked_if_a_pilot_ends_early_is_owed_anyway():
    from reviewer.judge.legal import owed_anyway

    assert owed_anyway("If we end the pilot early, we'll pay for all days worked.")
    assert not owed_anyway("If you are hired, we pay for all days worked.")


def test_rights_in_work_the_company_does_not_pay_for_reach_beyond_the_deliverable():
    d = doc(("We pay US$1,100 per day for commissioned reports, invoiced monthly.", {"paid": 0.95}),
            ("Copyright in each report, and in any proposal or draft you send us that we don't commission or pay for, "
             "passes to us on delivery.", {"ip_transfer": 0.95}), jurisdiction="general")
    assert "ip.beyond_deliverable" in kinds(d)


def test_volunteers_for_a_business_s_paid_trade():
    d = doc(("I'm looking for volunteer assistants, unpaid, to help on shoot days: carrying bags and holding reflectors.",
             {"unpaid": 0.99, "non_employee_label": 0.94}),
            ("It's for the paid weddings I shoot through my business in Dubai.", {"paid": 0.81}), jurisdiction="general")
    assert {"unpaid_scope", "misclassification"} <= {x.category for x in decide(_read(d))}


def test_costs_shifted_with_the_company_s_schedule_and_bookings():
    d = doc(("You'll shoot the weddings I book, on my schedule and shot list, at $40 an hour.", {"paid": 0.95}),
            ("You'll need your own camera kit and liability insurance, and you look after your own taxes since you're "
             "self-employed.", {"own_costs": 1.0, "non_employee_label": 0.89}), jurisdiction="CA-ON")
    assert "misclassification" in {x.category for x in decide(_read(d))}


def test_a_first_season_as_a_contractor_before_being_considered_for_staff_is_a_probation():
    d = doc(("You'll shoot the weddings we assign, follow our house style guide and use the studio's cameras, at £30 an hour.",
             {"paid": 0.93, "control": 0.88}),
            ("For your first season you'll be a self-employed contractor; after that we'll consider taking you on as staff.",
             {"non_employee_label": 0.99}), jurisdiction="UK")
    assert "status.contractor_probation" in kinds(_read(d))


@pytest.mark.parametrize(("grant", "kind"), [
    ("Those scripts, and any others in your toolkit, are assigned to the company on signing.", "ip.prior_work"),
    ("You assign your Lightroom presets and editing profiles to the studio.", "ip.prior_work"),
    ("We also take a perpetual, royalty-free right to republish any episode of your own podcast.", "ip.beyond_deliverable"),
    ("You also grant Rydo a perpetual, irrevocable, royalty-free licence to everything you post on your social channels.",
     "ip.beyond_deliverable"),
])
def test_paid_work_with_rights_taken_in_the_person_s_own_materials(grant, kind):
    facts = {"ip_transfer": 0.9} if "assign" in grant else {}  # (the tagger reads the transfer; the words read the scope)
    d = doc(("You'll second-shoot 8 weddings at €400 each, invoiced monthly.", {"paid": 0.95}), (grant, facts), jurisdiction="EU-PT")
    assert kind in kinds(_read(d))


def test_a_period_after_leaving_named_in_the_next_sentence_and_surviving_duties():
    after = doc(("Processes you develop for us while you're employed are ours.", {"ip_transfer": 0.87}),
                ("That runs for two years after you finish up too, for anything to do with winemaking.", {}))
    assert "ip.after_end" in kinds(_read(after))
    survive = doc(("All inventions the Consultant creates under this Agreement are assigned to the Company.", {"ip_transfer": 0.95}),
                  ("Consultant's obligations under this Section shall continue after the termination of this Agreement.", {}))
    assert "ip.after_end" not in kinds(_read(survive))


def test_use_of_unpaid_stage_work_without_pay_or_credit_is_taken():
    d = doc(("For the tasting-room job write notes for our eight current wines over the weekend. Unpaid, sorry.",
             {"assessment_context": 0.9, "unpaid": 0.95, "real_work_output": 0.9}),
            ("We can print them on back labels and on the website without paying or crediting you.", {}))
    assert "ip.interview_work" in kinds(_read(d))


def test_credit_earned_through_a_school_makes_a_placement_and_a_training_stage_before_paid_work_counts():
    placement = doc(("Internships are unpaid and earn credit through Minneapolis Public Schools.", {"unpaid": 1.0, "non_employee_label": 0.7}),
                    ("Interns spend six hours a week for eight weeks at a host.", {"effort": 1.0, "non_employee_label": 0.75}),
                    ("Interns shadow staff and complete a learning project set by their teacher.", {"non_employee_label": 0.84}))
    assert not {x.category for x in decide(_read(placement))} & {"unpaid_scope", "misclassification"}
    training = doc(("New support contributors complete a two-week training period of about 20 hours, then join the paid rota.",
                    {"effort": 1.0}), ("Training hours are unpaid.", {"unpaid": 0.98}))
    assert "unpaid_scope" in {x.category for x in decide(_read(training))}


def test_a_permission_left_to_the_person_is_not_a_right_taken_beyond_the_deliverable():
    d = doc(("You'll second-shoot at $45 an hour, paid within a week of each wedding.", {"paid": 1.0}),
            ("The studio owns the images you capture at our weddings, and you may use up to 15 of them in your own "
             "portfolio with credit.", {"ip_transfer": 0.9}))
    assert "ip.beyond_deliverable" not in kinds(_read(d))


def test_an_unpaid_internship_doing_a_former_paid_job():
    d = doc(("We're delighted to offer you the summer internship at our podcast studio in London: 12 weeks, unpaid.",
             {"unpaid": 0.87, "effort": 0.99}),
            ("You'll produce the daily show's guest bookings and rough edits, which used to be our paid junior producer's job.",
             {}), jurisdiction="UK")
    assert {"unpaid_scope", "misclassification"} <= {x.category for x in decide(_read(d))}


def test_a_contractor_on_an_unpaid_trial_who_works_independently_is_not_misclassified():
    # (the unpaid trial is unpaid_scope; the status fails only by control, not by a word like 'internal' in the task)
    d = doc(("Before the main agreement, the Contractor completes a trial sprint of five working days on the Client's "
             "internal billing tool, remotely, with its own equipment, at times it chooses.",
             {**A, "effort": 0.95, "non_employee_label": 0.85, "independence": 0.9, "control": 0.5}),
            ("The trial sprint is not remunerated.", {**A, "unpaid": 0.95}), jurisdiction="EU-PL")
    got = {x.category for x in decide(_read(d))}
    assert "unpaid_scope" in got and "misclassification" not in got


def test_an_employee_on_a_payroll_at_a_token_wage_is_underpaid_not_misclassified():
    d = doc(("Duration: 3 months, Monday to Friday, 8:00 to 17:00, at our depot.", {"effort": 0.95, "control": 0.95}),
            ("You are engaged under a written contract of service and paid through payroll, with statutory deductions.",
             {"employee_status": 0.95, "paid": 0.95}),
            ("Monthly pay: KES 1,200 gross.", {"paid": 0.95}),
            ("The internship does not guarantee permanent employment.", {"non_employee_label": 0.85}), jurisdiction="KE")
    got = {x.category for x in decide(_read(d))}
    assert "unpaid_scope" in got and "misclassification" not in got


def test_a_token_stipend_paid_only_on_completion_is_still_unpaid_work_for_an_intern():
    d = doc(("We are happy to offer you an internship with our operations team.", {"non_employee_label": 0.9}),
            ("Working hours: 9:00 to 18:00, Monday to Saturday, at our office.", {"effort": 0.95, "control": 0.95}),
            ("You will run onboarding for our partner clinics on the live platform.", {"real_work_output": 0.9, "core_work": 0.8}),
            ("Stipend: INR 1,500 per month, paid at the end of the internship upon successful completion.", {"paid": 0.95}),
            jurisdiction="IN")
    got = {x.category for x in decide(_read(d))}
    assert {"unpaid_scope", "misclassification"} <= got


def test_a_job_offer_for_successful_trainees_is_later_employment():
    d = doc(("Participants are trainees of the Academy and not employees of the company; training is not compensated.",
             {"non_employee_label": 0.9, "unpaid": 0.9, **A}),
            ("During nesting you will handle live inbound calls for our client account under a team lead.",
             {"real_work_output": 0.95, "core_work": 0.95, "control": 0.95}),
            ("Successful graduates will receive a regular job offer with a basic pay of PHP 22,000 a month.",
             {"paid": 0.95, "employee_status": 0.95}), jurisdiction="PH")
    assert "misclassification" in {x.category for x in decide(_read(d))}


def test_an_assessment_centre_of_made_up_exercises_is_an_interview_day():
    d = doc(("You are invited to a half-day assessment centre at our office, 9.15am to 1.30pm.",
             {**A, "effort": 0.95, "control": 0.9}),
            ("You will review management accounts for a fictional client and write a short memo.", {"synthetic_task": 0.9}),
            jurisdiction="UK")
    assert "unpaid_scope" not in {x.category for x in decide(_read(d))}


def test_owning_the_engine_the_contractor_said_it_already_had_takes_earlier_work():
    d = doc(("Contract for the scheduling app build, fixed $12,000, invoiced on milestones.", {"paid": 0.9}),
            ("The developer will build on its existing booking engine.", {}),
            ("We own the booking engine along with the app once it's delivered.", {}), jurisdiction="US-TX")
    assert "ip.prior_work" in kinds(_read(d))


def test_a_contractor_phase_before_an_employment_contract_is_a_probation():
    d = doc(("Every engineer starts on a 6-month contractor agreement before moving to an employment contract.",
             {"non_employee_label": 0.9}),
            ("Core hours are 10:00-16:00, Monday to Friday, at our office, with a daily stand-up.", {"control": 0.95}),
            ("You'll pick up tickets from the team's board like everyone else.", {"control": 0.9, "core_work": 0.9}),
            ("If it's a thumbs up at month six, you'll get an employment contract with the same salary.",
             {"employee_status": 0.7}), jurisdiction="EU-EE")
    assert "misclassification" in {x.category for x in decide(_read(d))}


def test_an_unpaid_tryout_beside_the_later_job_s_fair_wage_is_unpaid_work():
    d = doc(("First four Saturdays are a tryout month, 8:30 to 12:30.", {**A, "effort": 0.95, "control": 0.9}),
            ("You'd take the Level 3 group on your own once you're comfy.", {"core_work": 0.8}),
            ("Tryout month is unpaid, then we move you onto payroll at $16.50/hr if it's a good fit.",
             {**A, "unpaid": 0.9, "paid": 0.93}), jurisdiction="CA-MB")
    assert "unpaid_scope" in {x.category for x in decide(_read(d))}


def test_a_stage_paid_a_token_stipend_beside_a_fair_wage_is_token_pay():
    d = doc(("You will be paid $19.50 per hour for visit time.", {"paid": 0.95, "employee_status": 0.9}),
            ("Orientation Week runs Monday through Wednesday, 8:30 a.m. to 4:30 p.m. each day.", {}),
            ("For your time during Orientation Week we will pay a one-time Orientation Stipend of $75.00.", {"paid": 0.9}),
            jurisdiction="US-MA")
    (dec,) = [x for x in decide(_read(d)) if x.category == "unpaid_scope"]
    assert dec.kind == "unpaid.token_pay" and "3.13" in dec.rate.describe()
    # a stage paid its wage by the hour is no lump sum
    d = doc(("You will be paid $19.50 per hour.", {"paid": 0.95, "employee_status": 0.9}),
            ("Orientation Week runs Monday through Wednesday, 8:30 a.m. to 4:30 p.m. each day.", {}),
            ("Orientation Week is paid at the same rate.", {"paid": 0.9}), jurisdiction="US-MA")
    assert "unpaid_scope" not in {x.category for x in decide(_read(d))}


def test_pay_after_confirmation_is_not_the_probation_s_pay():
    d = doc(("Timetable: Tue & Thu 3pm-7pm, Sat 9am-1pm.", {"control": 0.95, "effort": 0.95}),
            ("First month is probation.", {**A}),
            ("Probation month allowance we will pay once you are confirmed.", {"contingent_pay": 0.95}),
            ("After confirm you will get RM45 per hour same like other tutors.", {"paid": 0.95}), jurisdiction="MY")
    assert "unpaid_scope" in {x.category for x in decide(_read(d))}


def test_a_week_paid_a_token_allowance_through_payroll_is_token_pay():
    d = doc(("During nesting week you take live inbound calls, 8 hours a day for 5 days.", {"effort": 0.95, "real_work_output": 0.8}),
            ("Pay for the nesting week is a ₱500 allowance for the whole week, released on the next payroll cut-off with "
             "the usual SSS, PhilHealth and Pag-IBIG deductions.", {"paid": 0.95, "employee_status": 0.9}), jurisdiction="PH")
    assert "unpaid.token_pay" in kinds(_read(d))


def test_a_self_employed_subcontractor_before_an_apprenticeship_is_judged_as_a_contractor():
    d = doc(("Before your apprenticeship starts in August, we can offer you summer work as a self-employed subcontractor, "
             "paid £16 an hour against your invoices.", {"non_employee_label": 1.0, "paid": 0.98, "independence": 0.5}),
            ("You will work our site hours, 7.30am to 4pm, on the jobs our foreman allocates and under his supervision.",
             {"control": 1.0, "core_work": 0.85}), jurisdiction="UK")
    assert "misclassification" in {x.category for x in decide(_read(d))}


@pytest.mark.parametrize(("earlier", "grant"), [
    ("The video will use drone footage you shot last year.", "For that footage, you transfer all rights to the school."),
    ("Applicants may submit samples of annotation work they did before.",
     "We may use samples in our commercial datasets, royalty-free and perpetually."),
])
def test_a_grant_over_what_the_sentence_before_called_earlier_work_takes_it(earlier, grant):
    d = doc(("We'd like to commission a safety video for €600, invoiced on delivery.", {"paid": 0.9}),
            (earlier, {}), (grant, {}), jurisdiction="EU-PT")
    assert "ip.prior_work" in kinds(_read(d))


def test_unpaid_tasks_beside_a_paid_working_interview_are_unpaid_work():
    d = doc(("Your paid working interview is Saturday, 12pm to 6pm, at $25/hour through payroll.",
             {**A, "paid": 1.0, "effort": 0.98, "employee_status": 0.9}),
            ("Please come in at 11am for opening tasks and stay after close to help with cleaning and cash-out.",
             {"control": 0.97}),
            ("That extra time is off the clock.", {}), jurisdiction="US-CO")
    assert "unpaid_scope" in {x.category for x in decide(_read(d))}


def test_pay_only_for_the_one_taken_on_is_contingent_pay():
    d = doc(("Three trial runners join the crew for a 12-hour day.", {**A, "effort": 0.95}),
            ("Pay: R1,000 for the day to the runner we keep on; the others are not paid.", {**A, "paid": 0.8}),
            jurisdiction="ZA")
    assert "unpaid.contingent_pay" in kinds(_read(d))


# Facts read from the words, whatever the tagger read: (sentence, the tagger's facts given, the fact, read or not).
WORDS_READ = [
    ("Your test scripts become studio property.", {}, "ip_transfer", True),
    ("Your test scripts stay yours.", {}, "ip_transfer", False),
    # pay stated under its local heading
    ("Pago: ARS 800.000 for the week.", {}, "paid", True),
    ("Vergütung: 450 € für die Woche.", {}, "paid", True),
    # a stage paid nothing in figures is unpaid; a fee of nothing is no pay at all
    ("Month 1 (orientation and GMP training) NT$0 (lunch provided)", {"paid": 0.98}, "unpaid", True),
    ("Training course fee: $0 for shortlisted candidates.", {}, "unpaid", False),
    ("For the next milestone we propose a B2B contract at PLN 90 net per hour, invoiced monthly.", {}, "non_employee_label",
     True),
    ("You're not an employee: it's a prueba sin pago.", {}, "non_employee_label", True),
    # 'not paid' set among a stage's terms states it unpaid; practice dough is practice
    ("Merci for Tuesday's essai (1h30, not paid, practice dough plus a recipe card of your choice).", {}, "unpaid", True),
    ("Merci for Tuesday's essai (1h30, practice dough plus a recipe card of your choice).", {"real_work_output": 0.53},
     "real_work_output", False),
    # a status in local or plain words: a B2B contract, a sole proprietorship, 'this is not employment'
    ("The first three months are probation, on a B2B contract; an umowa o pracę comes after, if you pass.", {},
     "non_employee_label", True),
    ("You register a sole proprietorship, pay your own ZUS and bring your own devkit.", {}, "non_employee_label", True),
    ("Status during the trial: assessment participant; this is not employment.", {}, "non_employee_label", True),
    ("Status during the trial: short-term employee, with statutory deductions.", {}, "non_employee_label", False),
    # no pay in the local words, and extra work given free
    ("L'essai non payé: 90 minutes of practice shaping with Chef Luc.", {}, "unpaid", True),
    ("Extra rounds of changes the client asks for are free of charge, as many as it takes.", {}, "unpaid", True),
    ("Extra rounds of changes the client asks for are paid at the same rate.", {}, "unpaid", False),
    # more sessions at the company's wish are open-ended
    ("We can extend it to more shifts if the manager wants a better look.", {}, "open_ended", True),
    # pay stated by the company or for a period
    ("Pay for the week is PLN 150 in total, as a thank-you, transferred on Friday.", {}, "paid", True),
    ("Article 2. The Studio pays the Applicant KRW 30,000 for the entire period.", {}, "paid", True),
    # a practice boat or counter, and customers in quotation marks, are practice
    ("You tie the standard knots and run the man-overboard drill on our practice boat while it stays tied up.",
     {"real_work_output": 0.8}, "real_work_output", False),
    ('You\'ll handle a couple of "customers" (me and our assistant manager) asking about ID checks.',
     {"real_work_output": 0.85}, "real_work_output", False),
    ("You'll handle a couple of customers asking about ID checks.", {"real_work_output": 0.85}, "real_work_output", True),
    # an unpaid internship in the local word names a status
    ("It's an unpaid pasantía (no rentada).", {"unpaid": 0.9}, "non_employee_label", True),
    ("Unpaid (staż bezpłatny).", {"unpaid": 0.9}, "non_employee_label", True),
    ("This stage is unpaid.", {"unpaid": 0.9}, "non_employee_label", False),
    # leave without pay is time not worked; a sum handed over only if the person is kept on hangs on it
    ("Unpaid leave for family reasons may be agreed on request.", {"unpaid": 0.9}, "unpaid", False),
    ("The first week is an unpaid trial; unpaid leave is not available during it.", {"unpaid": 0.9}, "unpaid", True),
    ("At the end of the two weeks, if we continue with you, I give you 300 dirhams for the two weeks.", {},
     "contingent_pay", True),
    ("At the end of the two weeks I give you 300 dirhams for the two weeks.", {}, "contingent_pay", False),
    # made up for the test, or the company's staff in the part of customers: practice, not real work
    ("Your design test is a scaled drawing of a fitted wardrobe for an imaginary bedroom, with a cutting list.",
     {"real_work_output": 0.97}, "real_work_output", False),
    ("You'll give a beginner lesson to two of our staff pretending to be first-timers while I watch from the shore.",
     {"core_work": 0.72, "real_work_output": 0.63}, "core_work", False),
    ("The people you work with are not patients; they're two of our staff playing the part.", {"real_work_output": 0.6},
     "real_work_output", False),
    # pay left to the company's choice is pay that may never come; a discretionary bonus is a benefit
    ("Payment for trial shifts, if any, is at Redgum's discretion.", {}, "contingent_pay", True),
    ("The firm may, at its sole discretion, make an ex gratia payment at the end of the two weeks.", {}, "contingent_pay",
     True),
    ("If the boss is happy he might give you something for it, no promises.", {}, "contingent_pay", True),
    ("Any annual bonus is at the company's sole discretion.", {}, "contingent_pay", False),
    ("Trial shifts are paid at $48 per hour.", {}, "contingent_pay", False),
    # pay for the best of a group only; pay as a share of sales with nothing fixed; a reference instead of wages
    ("The best of the three will receive a prime of 2,100 dirhams; the two others, nothing.", {}, "contingent_pay", True),
    ("Pay is 10 % of whatever you sell, nothing fixed.", {}, "contingent_pay", True),
    ("Instead of wages, you receive a Redgum reference and a certificate of completion for your resume.", {}, "unpaid",
     True),
    ("In return for the week, you receive a beautiful lettre de recommandation and lunch each day.", {}, "unpaid", True),
    ("In return for the week, you receive 2,100 dirhams, paid on Saturday.", {}, "unpaid", False),
    # control named in words: a boss or head over the person, the company's rota and uniform, work in person,
    # deductions for lateness, for the company alone; two kinds are not undone by a reading of the work's length
    ("You will also staff our reception 9h-18h, six days a week, under our chef de réception and for us alone.",
     {"control": 0.5, "effort": 0.8}, "control", True),
    ("you wear the studio shirt, no sending a sub, tues to sat 10 to 8, and we dock $50 if you're late.", {},
     "control", True),
    ("You guide personally, in the riad's djellaba uniform, four tours a day, with 100 dirhams retenu for each late "
     "arrival.", {}, "control", True),
    ("We'd love to have you on the summer crew from June to August, on the normal crew rota with Per as your boss.", {},
     "control", True),
    ("You are personally responsible for your own tax.", {}, "control", False),
    # money sent to the person is no transfer of rights
    ("Rs. 2,500 for the day, transferred to your bank account the same evening, whether or not we make an offer.",
     {"ip_transfer": 0.8, "paid": 0.9}, "ip_transfer", False),
    ("Your designs are transferred to the Company on submission, whether or not we make an offer.", {"ip_transfer": 0.9},
     "ip_transfer", True),
    # the job being hired for is no status of the person for the work asked ('the attached facts' name no attachment)
    ("As part of the trainee-associate selection at Adeyemi Okafor & Co., please prepare an unpaid research note using "
     "the hypothetical facts attached.", {"non_employee_label": 0.92}, "non_employee_label", False),
    ("Our interns run the front desk during the trainee-associate selection.", {"non_employee_label": 0.9},
     "non_employee_label", True),
    # a form of self-employment named of the person; lodging instead of a salary is no pay
    ("As a 'volontaire en échange', not salariée, you receive a room in the riad and meals instead of a salary.", {},
     "non_employee_label", True),
    ("As a 'volontaire en échange', not salariée, you receive a room in the riad and meals instead of a salary.", {},
     "unpaid", True),
    ("You will be an auto-entrepreneur, paid on facture, not declared to the CNSS.", {}, "non_employee_label", True),
    ("During prøvetid you invoice us from an enkeltpersonforetak, and we switch you to employee after.", {},
     "non_employee_label", True),
    ("In probation, worker signs service contract as outside collaborator, not employee.", {"employee_status": 0.69},
     "non_employee_label", True),
    ("For the day you are a 'participant à l'essai', not a salarié, and you bring us a facture.", {},
     "non_employee_label", True),
    # work for credit 'and without pay'
    ("Students on the required OJT of their course may join us for 200 hours, for academic credit and without pay.", {},
     "unpaid", True),
    ("Any ideas you share at interview may be used by the Firm freely and without payment.", {}, "unpaid", False),
    ("Either party may end this Agreement during the trial period without notice and without compensation.", {},
     "unpaid", False),
    # extra hours left unpaid, however the sentence negates the counting
    ("Those extra hours don't count, so they're not paid.", {"unpaid": 0.75}, "unpaid", True),
    # the wage first in a list of what is not paid for the stage
    ("Assessment participants are trial participants, and no wages, vacation pay or overtime are payable for the "
     "assessment days.", {"unpaid": 0.89}, "unpaid", True),
    ("No holiday pay, sick pay or overtime is payable for the trial days.", {}, "unpaid", False),
    # a test a freelancer cannot invoice is unpaid (not days off named before)
    ("These days are not invoiced.", {}, "unpaid", True),
    ("Test translations are not invoiced.", {}, "unpaid", True),
    # the company's own cut of what the person charges is no pay of theirs
    ("Rapihin keeps a 12% commission on the price of each completed job.", {"contingent_pay": 0.94}, "contingent_pay",
     False),
    # a trial day, week or shift is a hiring stage
    ("Want to come for a try-out week before the summer, Monday to Friday 07-15?", {}, "assessment_context", True),
    ("Please bring your own knives to your trial shift.", {}, "assessment_context", True),
    ("Nous avons le plaisir de vous inviter à une semaine d'essai in guest relations, Monday to Saturday.", {},
     "assessment_context", True),
    # offcut timber is practice material; real customer data denied is no live work
    ("You will mark out and cut a simple mortise-and-tenon joint from offcut timber under the eye of our foreman.",
     {"real_work_output": 0.77}, "real_work_output", False),
    ("No live client accounts and no real customer data are used in the simulation.", {"real_work_output": 0.94},
     "real_work_output", False),
    # 'unpaid' before the stage it qualifies; leave is no work; a customer's wells are real work; covering alone for staff
    ("Before your probation offer, please complete a 90-minute unpaid take-home on the attached logs.", {}, "unpaid", True),
    ("You may take an unpaid day off after the season.", {}, "unpaid", False),
    ("The logs are last month's readings from a customer's wells in Liberty County.", {}, "real_work_output", True),
    ("you run the evaporator alone so Luc can go to his kid's hockey game.", {}, "core_work", True),
    # shadowing a member of staff and practising on test material is practice; supervision of practice is no control
    ("You'll stand with our night porter while he shows you the routines, and you try a few of them with him watching.",
     {"real_work_output": 0.61, "core_work": 0.58}, "real_work_output", False),
    ("A curator demonstrates the tagging tool, and the Contractor practises on test tracks under the curator's supervision.",
     {"control": 0.94}, "control", False),
    ("You take the place of our grader, who is off that day, and check the moisture of incoming deliveries by yourself.",
     {}, "core_work", True),
    ("The sheets are from lots our buyers are waiting to be quoted on this week, and we will send your grades to them.",
     {}, "real_work_output", True),
    # goods for sale, deliveries to clients and a current series are real work; pay in goods instead of money is none
    ("The bread could go on sale in the shop that morning.", {}, "real_work_output", True),
    ("The boxes you draw can be included in deliveries to Kola Data's clients.", {}, "real_work_output", True),
    ("Instead of pay, you take home a box of pan dulce at the end.", {}, "unpaid", True),
    ("We would like you to work a paid trial day on Tuesday on one of our kitchen fit-outs under our foreman.", {},
     "control", True),
    # a freelancer's receipts now and employment later; employment named as the contract the schedule belongs to
    ("During that period you're on recibos verdes; the employment contract comes after.", {"employee_status": 0.85},
     "non_employee_label", True),
    ("This schedule forms part of your framework employment contract with Personalpartner Limmat AG.", {},
     "employee_status", True),
    # a denied contract of service states no employment; a current client's brief is real work
    ("2.1 The brief is an identity refresh for one of the Studio's current retained clients, a group with 14 outlets.",
     {"real_work_output": 0.63}, "real_work_output", True),
    # kinds of control named in words: daily checks and a set day with the company's tools are read as control
    ("crew, 7h to 17h six days a week, Luc is your boss, all tools and the truck are ours, $24/h.", {}, "control", True),
    ("The Contractor works exclusively for the Company and must curate at least 400 tracks per day.", {}, "control", True),
    # the company judging the work is no work output; practice material named; the business's live customers
    ("Our lead technician will observe and score your work against our checklist.", {"real_work_output": 0.89},
     "real_work_output", False),
    ("You will make up our practice room on the ground floor, which we never let to guests.", {"real_work_output": 0.67},
     "real_work_output", False),
    ("You will cup six old samples from our teaching shelf, and your scores are for practice only.", {},
     "synthetic_task", True),
    ("You will give a Thai massage to a walk-in customer, who pays the normal 600 baht price at reception.", {"effort": 0.9},
     "real_work_output", True),
    ("You will service the pump unit on a customer's well, and we bill that customer for the job.", {"effort": 0.9},
     "real_work_output", True),
    # more time until the company has seen enough, or until the work is done
    ("it's 2 hours to start, and i may keep asking you back until i've seen enough.", {"effort": 0.9}, "open_ended", True),
    ("If the test is not finished within two hours, the Contractor continues, unpaid, until it is complete.", {},
     "open_ended", True),
    ("If the test is not finished within two hours, the Contractor stops and submits what is done.", {},
     "open_ended", False),
    # 'unpaid' set among the stage's terms; pay for the stage just stated that hangs on being hired
    ("For the role, please make a short video (5 minutes, about 1 hour of your time, unpaid) showing your routine.",
     {"effort": 0.9}, "unpaid", True),
    ("You will be paid for the shift if we hire you for the summer; otherwise it counts as part of your interview.", {},
     "contingent_pay", True),
    ("You will be paid for the shift whatever we decide afterwards.", {}, "contingent_pay", False),
    # work made for the business to publish is real output
    ("Members deliver 12 publishable stories a month for publication on Mtaa's website and YouTube channel.",
     {"effort": 0.9}, "real_work_output", True),
    ("Your piece may be picked for broadcast on our morning programme.", {"effort": 0.9}, "real_work_output", True),
    ("Write a sample news story; it is for assessment only and not for publication.", {"effort": 0.9}, "real_work_output",
     False),
    ("You will demonstrate chest physiotherapy techniques on inpatients on Ward 7 while the ward team completes its list.",
     {"effort": 0.9}, "real_work_output", True),
    ("You will demonstrate chest physiotherapy techniques on a training manikin in the Education Centre.",
     {"effort": 0.9}, "real_work_output", False),
    ("I'll pick the best of your edits and send them to the couple as part of their final gallery.", {"effort": 0.9},
     "real_work_output", True),
    ("I delivered that wedding years ago, so your edits are for my eyes only and I'll delete them after we talk.",
     {"effort": 0.9}, "real_work_output", False),
    # pay and its absence
    ("We're taking on volunteer PAs - no fee, but meals on set and a proper screen credit.", {}, "unpaid", True),
    ("4.2 No fees are payable for the evaluation period.", {}, "unpaid", True),
    ("This step isn't paid and takes about 90 minutes.", {}, "unpaid", True),
    ("Orientation is a condition of hire and is not compensated.", {"unpaid": 0.73}, "unpaid", True),
    ("It'll take about two hours in the afternoon, before service, and it isn't paid.", {}, "unpaid", True),
    ("Do me a free sample board this weekend.", {}, "unpaid", True),
    ("By doing it you're agreeing we can use it in the shop without paying.", {"ip_licence": 0.61}, "ip_licence", True),
    ("You will not be paid for overtime.", {}, "unpaid", False),
    ("Final-round applicants complete an unpaid practical on our training roof: four days of roof work.", {"unpaid": 0.8},
     "unpaid", True),
    ("During the taster you're not on the books and you won't be paid, but we'll sort your fuel.", {"unpaid": 0.8}, "unpaid",
     True),
    ("Because the Field Readiness Phase precedes your engagement, no compensation is provided for this phase.", {}, "unpaid",
     True),
    ("I'll get you to pick the last two rows on Friday arvo, two hours max, unpaid, then we'll have a yarn.", {}, "unpaid",
     True),
    ("I'll get you to pick the last two rows that go to the press that night.", {"effort": 0.9}, "real_work_output", True),
    ("Complete a two-hour data exercise cleaning the Trust's current orthopaedic waiting-list extract, which the department "
     "will submit in next month's national return.", {"effort": 0.9}, "real_work_output", True),
    ("Complete a two-hour data exercise cleaning a fictional waiting-list extract prepared for recruitment.", {"effort": 0.9},
     "real_work_output", False),
    ("You'll hem and finish garments from this week's wholesale order, which ship to stores on Friday.", {"effort": 0.9},
     "real_work_output", True),
    ("Students do not fill vacant roles, do customer support, or carry out installation work for paying customers.",
     {"core_work": 0.85, "real_work_output": 0.62}, "core_work", False),
    ("You'll show us fixing a run of rail on the practice roof rig, under the eye of our lead installer.",
     {"real_work_output": 0.98, "core_work": 0.96}, "real_work_output", False),
    ("Email arttest@pohjoisgames.fi and a real human on the art team will answer within a working day.",
     {"core_work": 0.81, "real_work_output": 0.79}, "core_work", False),
    ("You'll mount two panels on the demo rack in our yard, which we take down afterwards.",
     {"real_work_output": 0.96, "core_work": 0.71}, "real_work_output", False),
    ("Cover tonight's council meeting and file 400 words we can run in tomorrow's edition.", {"effort": 0.9},
     "real_work_output", True),
    ("Interns from our partner design schools complete a credit-bearing course project under a mentor.", {},
     "academic_programme", True),
    ("What interns do: they complete a course project under a mentor; client work isn't assigned to them.",
     {"real_work_output": 0.79}, "real_work_output", False),
    ("You'll sew sample seams on scrap muslin so our head of production can check your finishing.", {"real_work_output": 0.78},
     "real_work_output", False),
    ("You'll pick a practice row of culls that we dump afterwards.", {"effort": 0.9}, "real_work_output", False),
    ("No fare or payment is made to you for this drive.", {}, "unpaid", True),
    ("The rotation carries no wage; the experience is what you take away.", {}, "unpaid", True),
    ("The Company will not pay any compensation for this restriction.", {"unpaid": 0.9}, "unpaid", False),
    ("When you attend your 8-week technical training block at SAIT, you are on a leave from work and are not paid wages.",
     {"unpaid": 0.9}, "unpaid", False),
    ("The winning team shares ILS 6,000.", {}, "contingent_pay", True),
    ("Compensation: pay is $250 per signed contract, and nothing otherwise.", {"paid": 0.99}, "contingent_pay", True),
    ("Instead of an hourly rate for the day, you'll receive 5% of the fees for any treatment plans patients accept that day.",
     {"paid": 0.88}, "contingent_pay", True),
    ("Pay is $25 an hour, plus $250 per signed contract.", {"paid": 0.99}, "contingent_pay", False),
    ("There's no base rate for the trial shifts; you earn A$15 for every lesson package you sell.", {"paid": 0.89},
     "contingent_pay", True),
    # scope left open to what the company wants
    ("After that you stay on and help the crew with whatever needs doing that day.", {}, "open_ended", True),
    ("You must also complete any additional tasks Rydo requests before activation, including promotional drives.", {},
     "open_ended", True),
    ("Then jump into our shared drive and help with whatever the team has on this week.", {}, "open_ended", True),
    ("After the test you are free to go; nothing else is asked.", {}, "open_ended", False),
    ("Send it back by email any time in the next week; there's no fixed deadline.", {}, "open_ended", False),
    ("There is no set time limit, so go as far as you like.", {}, "open_ended", True),
    # control: ongoing work inside the company's own teams, platform and studio control
    ("You are engaged as an independent photographer to second-shoot every wedding on our books, week in and week out, "
     "alongside our staff photographers.", {}, "control", True),
    ("The Trust engages you as an independent contractor to staff the clinic on an ongoing basis alongside our phlebotomists.",
     {}, "control", True),
    ("You are engaged as an independent photographer to produce a one-off set of marketing images for our website.", {},
     "control", False),
    ("Rydo assigns your shifts, requires you to accept 90% of trip requests and deactivates drivers who log off during a block.",
     {}, "control", True),
    ("You'll shoot the weddings I book, following my timeline and shot list and using my cameras, at $42 an hour.", {},
     "control", True),
    # moral rights kept are not waived
    ("You will keep your moral rights, including the right to be identified as the illustrator.",
     {"moral_rights_waiver": 0.92}, "moral_rights_waiver", False),
    ("You keep the right to be credited and to approve edits.", {"moral_rights_waiver": 0.85}, "moral_rights_waiver", False),
    ("You waive any moral rights in the footage, and Rydo may edit it and publish it without credit.",
     {"moral_rights_waiver": 0.9}, "moral_rights_waiver", True),
    # bound to the company alone and at its call
    ("Subcontractors work only for us and must be available for whatever jobs dispatch assigns each day.", {}, "control", True),
    ("While you're on our books you may not work for any other agency.", {}, "control", True),
    ("Contributors may not write for any other publication and must take the shifts and stories the desk assigns.", {},
     "control", True),
    ("You are free to work for other agencies and to turn down any project.", {}, "control", False),
    ("You'll be part of the environment team for the life of the project, on studio workstations.", {}, "control", True),
    ("You'll nurse on her Monday-to-Thursday lists, using our instruments and uniforms, as part of the surgery team.", {},
     "control", True),
    ("You'll carry panels and run conduit under the lead installer's direction.", {}, "control", True),
    ("Analysts rotate between desks, with a desk head supervising their work.", {}, "control", True),
    ("We edit and deliver a selection to the couple and they go in our portfolio, so copyright sits with Harbourlight.", {},
     "ip_transfer", True),
    ("Copyright stays with you, the photographer.", {}, "ip_transfer", False),
    ("You'll work 9:30 to 6:30, Monday to Friday, at our Whitefield offshore centre, on tasks your project lead assigns "
     "each morning.", {}, "control", True),
    ("The translator will serve as our standing in-house reviser, full days in our office, on our CAT licence, taking jobs "
     "from the operations manager's queue.", {}, "control", True),
    ("The Contractor will use a Brightwater laptop, email address and Slack account, work only for Brightwater, and sit in "
     "the core product team.", {}, "control", True),
    # a status said of the person
    ("You are an independent contractor of Rydo (Sydney), paid per trip at the rates shown.", {}, "non_employee_label", True),
    ("Contractors are engaged at R650 an hour to improve the data library.", {}, "non_employee_label", True),
    ("We work with registered electricians as subcontractors for our installs, at NZ$70 an hour.", {"employee_status": 0.67},
     "non_employee_label", True),
    ("We work with contract animators on our current action title.", {}, "non_employee_label", True),
    ("Installers join us as 1099 subcontractors at $30 per hour.", {"non_employee_label": 0.55}, "non_employee_label", True),
    ("This is a contract (1099) position.", {}, "non_employee_label", True),
    ("You'd join as one of our hotel volunteers for the weekend.", {}, "non_employee_label", True),
    ("You attend as a scheme participant, not a worker or employee of the firm, and the £600 is an honorarium.", {},
     "non_employee_label", True),
    ("We work with registered electricians on our installs, at NZ$70 an hour.", {}, "non_employee_label", False),
    # the work named before it, passed on: a transfer; a permission or a use given to the company: a licence
    ("By sending the plan you assign it to the bakery outright, hired or not.", {}, "ip_transfer", True),
    ("You authorise the studio to reuse and adapt any portfolio piece in its own campaigns.", {}, "ip_licence", True),
    ("The Client may copy and use those repositories in its products.", {}, "ip_licence", True),
    # moral rights given up by an undertaking, or left untouched
    ("The candidate undertakes not to exercise its moral rights in the sketch.", {}, "moral_rights_waiver", True),
    ("Your moral rights in the sketch, which the 1998 law makes inalienable, are fully respected.",
     {"moral_rights_waiver": 0.8}, "moral_rights_waiver", False),
    # employment in its legal words outweighs a placement word
    ("You are employed under a contract of service for the placement.", {"non_employee_label": 0.9}, "employee_status", True),
    ("You are employed under a contract of service for the placement.", {"non_employee_label": 0.9}, "non_employee_label",
     False),
    ("The placement counts for credits on your nursing course.", {}, "academic_programme", True),
    # an intern named as the one doing the work, or a placement said to be unpaid; not the unpaid test to get one
    ("The intern writes the weekly posts for our clients.", {}, "non_employee_label", True),
    ("You are welcome for your placement over lambing, four weeks, no wages.", {}, "non_employee_label", True),
    ("Next step for the internship is a design test, no pay for this bit.", {}, "non_employee_label", False),
    # a rehearsal is no real work; work loaded into the business's live systems is
    ("You'll do a dummy run on the empty line with me watching.", {"real_work_output": 0.7}, "real_work_output", False),
    ("The cleaned files are loaded into the client's production system.", {}, "real_work_output", True),
    # a trainee's status named in a heading; a staff member's own work is not the work asked of the person
    ("Becario/a de diseño - Guadalajara", {"non_employee_label": 0.55}, "non_employee_label", True),
    ("Marco drives the van with our logo on the door.", {"real_work_output": 0.88, "core_work": 0.8}, "real_work_output", False),
    # time outside the paid hours left unpaid; an IP clause 'on or off the clock' says nothing of pay
    ("That extra time is off the clock.", {}, "unpaid", True),
    ("Set-up and notes time isn't paid, as it's outside the trial.", {}, "unpaid", True),
    ("It assigns them anything you invent during the contract, on or off the clock.", {}, "unpaid", False),
    # a business named a school is no course
    ("Hi Bea, Nuno from Azul Surf School, Peniche.", {"academic_programme": 0.53}, "academic_programme", False),
    # output quotas, deductions for missing them and logging in to the company's software are control
    ("They must log in to our monitoring software, finish at least 6 pages a day, and a fee is deducted for each page "
     "under quota.", {"control": 0.6}, "control", True),
    # two of the company's people playing students is a mock lesson, not real work
    ("Two of our instructors play beginner students and you run a lesson for them.", {"real_work_output": 0.89},
     "real_work_output", False),
    # pay in goods is no pay
    ("What you get: one jar of our honey every month (RRP $25).", {"paid": 0.9}, "unpaid", True),
    ("Trial pay is in store vouchers.", {"paid": 0.8}, "unpaid", True),
    # terms agreed between both sides, or a share of fees, are no control; other clients in words are independence
    ("The class times shall be agreed between the Tutor and the Institute each year.", {"control": 0.6}, "control", False),
    ("The Tutor shall receive seventy per cent (70%) of the fees collected.", {"control": 0.6}, "control", False),
    ("The Tutor is free to teach classes at other institutes.", {"independence": 0.5}, "independence", True),
    # control in the words: hours at the agency, its laptops, under a director
    ("Your start as press officer: 35 hours a week at the agency, under the account director, on agency laptops.",
     {"control": 0.6}, "control", True),
    # a service contract invoiced on a freelancer's receipts names a status before the employment contract
    ("For the first two months you'll work on a service contract with a boleta de honorarios, before we sign an "
     "employment contract.", {"employee_status": 0.9, "non_employee_label": 0.7}, "non_employee_label", True),
    # a company that owns the engine it names owns it
    ("We own the booking engine along with the app once it's delivered.", {}, "ip_transfer", True),
    # an extension without pay, time on call unpaid, and material a client has asked the business to deliver
    ("The bootcamp may be extended by up to four weeks without stipend at the Company's discretion.", {}, "unpaid", True),
    ("If we need you past the contracted dates, you agree to stay available, unpaid, for as long as the production requires.",
     {}, "unpaid", True),
    ("The extract comes from a manual a client has asked us to deliver this Friday.", {}, "real_work_output", True),
    # no budget for the work asked is no pay; a role named in a subject line is a job title, not a status
    ("Sadly there's no budget on our side for pitches, but if the client picks yours we can talk about a role.", {},
     "unpaid", True),
    ("Subject: Next step - Data Consultant (Retail practice)", {"non_employee_label": 0.89}, "non_employee_label", False),
    # a contract for services names a status; one denied does not
    ("For the first two months you will work under an outsourcing contract as a probation period.",
     {"employee_status": 0.78, "non_employee_label": 0.6}, "non_employee_label", True),
    ("This is not a contract for services.", {}, "non_employee_label", False),
    # pay only for the one taken on, or in credit instead of money
    ("Crew compensation: an on-screen credit and a copy of the film for your reel; no fee.", {}, "contingent_pay", True),
    # a price, or the person's own way of working, is no control
    ("Thereafter the Contractor invoices 160 PLN net per hour for project work.", {"control": 0.6}, "control", False),
    ("The Contractor may serve other clients.", {"control": 0.77, "independence": 0.9}, "control", False),
    # an interview's questions of what the person would do are talk, not work
    ("In the interview we will ask what you would plan for a client like ours.", {"real_work_output": 0.8},
     "real_work_output", False),
    # goods the business is selling now, a problem its own team has not solved, goods made for its shop
    ("You filter, grade and seal the 120 barrels of syrup we're selling to the buyer this month.", {}, "real_work_output",
     True),
    ("Find three fraud patterns our risk team hasn't caught yet.", {}, "real_work_output", True),
    ("Tu mets la main à la pâte: you fill and finish the tartes for the boutique.", {}, "real_work_output", True),
    # material made up for the test and unconnected with the business is practice
    ("Themes are invented for the jam and have nothing to do with our own games.", {}, "synthetic_task", True),
    # showing the test work to those who judge it is no work for the business
    ("You'll present your prototype to two of our leads on a short video call at the end.", {"core_work": 0.84},
     "core_work", False),
    ("You'll present the quarterly figures to our clients every Friday.", {"core_work": 0.84}, "core_work", True),
    # work after the test, if the business needs it, left unpaid is open-ended
    ("If the store gets busy and you help out on the floor for the evening rush afterwards, that's still just interview "
     "time, so there's no pay for it.", {"unpaid": 0.9}, "open_ended", True),
    ("If the store gets busy afterwards, we will close early.", {}, "open_ended", False),
    # time left out of the paid hours is unpaid
    ("Shadow visits are part of your learning rather than your rota, so they aren't counted in paid hours.", {},
     "unpaid", True),
    ("Breaks are not counted in paid hours.", {}, "unpaid", True),
    # no pay in Spanish, French or German words
    ("La prueba no es remunerada.", {}, "unpaid", True),
    ("L'essai n'est pas payé.", {}, "unpaid", True),
]


@pytest.mark.parametrize(("text", "given", "fact", "read"), WORDS_READ)
def test_facts_read_from_the_words(text, given, fact, read):
    (u,) = _read(doc((text, given))).units
    assert u.has(fact) is read


def test_a_denied_contract_of_service_states_no_employment():
    from reviewer.judge.legal import states_employee

    d = _read(doc(("Nothing in this Agreement creates a contract of service or an employer-employee relationship, and the "
                   "Employment Act 1955 does not apply.", {"employee_status": 0.74})))
    assert not states_employee(d)
    d = _read(doc(("You are employed under a contract of service as a courier.", {"employee_status": 0.9})))
    assert states_employee(d)


def test_a_doubtful_course_reading_with_no_word_of_a_course_is_no_placement():
    from reviewer.judge.legal import is_placement

    d = _read(doc(("Te escribe Sofía de Panadería Santa Fe, Polanco.", {"academic_programme": 0.5}),
                  ("El martes: a 2-hour unpaid baking test with our head baker.", {"unpaid": 0.9, "effort": 0.9})))
    assert not is_placement(d)
    d = _read(doc(("Reminder it's unpaid and for your supply chain course credit at Georgia Tech, 8 weeks.",
                   {"academic_programme": 0.73, "unpaid": 0.95})))
    assert is_placement(d)


def test_a_placement_open_to_any_duties_staff_assign_is_no_course_placement():
    from reviewer.judge.legal import is_placement

    course = ("Your honorary contract takes effect on 12 May so that you may observe in the unit as part of your university "
              "research.", {"academic_programme": 0.95})
    d = _read(doc(course, ("Your first morning is an unpaid induction of about two hours.", {"unpaid": 0.9, "effort": 0.8})))
    assert is_placement(d)
    d = _read(doc(course, ("Your first morning is an unpaid induction of about two hours.", {"unpaid": 0.9, "effort": 0.8}),
                  ("After induction you will also carry out any other duties the ward manager assigns to you.",
                   {"open_ended": 0.9})))
    assert not is_placement(d) and "unpaid.open_ended" in kinds(d)


def test_the_pay_of_the_job_talked_of_after_an_unpaid_tryout_is_not_its_pay():
    d = doc(("unpaid try-out tuesday morning: you filter, grade and seal the 120 barrels of syrup we're selling to the "
             "buyer this month.", {"unpaid": 0.9}),
            ("then we talk about the paid crew job, $24/h for the season.", {"paid": 0.77}), jurisdiction="CA-QC")
    assert "unpaid.real_work" in kinds(_read(d))


def test_pay_for_the_extra_hours_if_they_happen_is_pay_for_work_done_not_contingent():
    d = doc(("Your working interview is one hour of mock sales with me, no real customers, unpaid.",
             {**A, "unpaid": 0.83, "effort": 0.9, "synthetic_task": 0.9}),
            ("If the store gets busy and you help out on the floor for the evening rush afterwards, we'll pay those hours "
             "at $24 an hour.", {"paid": 0.93, "contingent_pay": 0.61, "real_work_output": 0.85}))
    assert "unpaid_scope" not in {x.category for x in decide(_read(d))}


def test_a_window_of_days_the_candidate_is_told_to_use_is_work_time():
    d = doc(("Take-home terms, junior penetration tester: a deliberately vulnerable machine we built for hiring.",
             {**A, "synthetic_task": 0.6}),
            ("Time: the lab stays open for five consecutive days and we expect you to use most of them.", {}),
            ("Pay: none.", {"unpaid": 0.9}), jurisdiction="EU-EE")
    assert "unpaid.no_pay" in kinds(_read(d))


def test_a_trial_fortnight_at_a_weekly_sum_beside_the_later_job_s_wage_is_token_pay():
    d = doc(("Trial fortnight from Mon 3 Nov at the yard.", {**A, "effort": 0.94}),
            ("Feeds, muck out 22 boxes, ride out, clients' horses in the arvo. $150 a week for the trial plus the caravan.",
             {**A, "effort": 0.98, "paid": 0.69}),
            ("Good after 2 wks = on the books, $27.50/hr, 45 hrs.", {"paid": 0.99, "employee_status": 0.76}),
            jurisdiction="NZ")
    assert "unpaid.token_pay" in kinds(_read(d))


def test_the_pay_under_the_role_s_heading_does_not_pay_an_unpaid_recruitment_task():
    d = doc(("Please implement the open ticket PAY-2217 in the payment-service repository of one of our clients.",
             {**A, "real_work_output": 0.9}),
            ("We estimate approximately 16-20 hours of work.", {"effort": 1.0}),
            ("Recruitment tasks are not remunerated.", {}),
            ("About the role", {}),
            ("Employment contract: 24 000-29 000 PLN gross per month, or B2B: 180-220 PLN net per hour.",
             {"paid": 0.88, "employee_status": 0.86, "effort": 0.7}), jurisdiction="EU-PL")
    assert "unpaid_scope" in {x.category for x in decide(_read(d))}
