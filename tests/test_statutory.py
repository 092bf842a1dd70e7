from datetime import date

import pytest

from senco_app.rules import RuleError
from senco_app.rules.statutory import EARLY_YEARS_TRANSFER
from senco_app.rules.statutory import LEAVING_YEARS
from senco_app.rules.statutory import POST_16_TRANSFER
from senco_app.rules.statutory import SCHOOL_PHASES
from senco_app.rules.statutory import SCHOOL_TRANSFER
from senco_app.rules.statutory import add_months
from senco_app.rules.statutory import age_on
from senco_app.rules.statutory import assessment_deadlines
from senco_app.rules.statutory import check_order
from senco_app.rules.statutory import days_late
from senco_app.rules.statutory import next_annual_review_due
from senco_app.rules.statutory import phase_transfer
from senco_app.rules.statutory import phase_transfer_deadline
from senco_app.rules.statutory import rag
from senco_app.rules.statutory import review_step_deadlines
from senco_app.rules.statutory import school_year_start
from senco_app.rules.statutory import year_index
from senco_app.rules.statutory import year_number


@pytest.mark.parametrize(
	"start, months, expected",
	[
		(date(2026, 1, 31), 1, date(2026, 2, 28)),
		(date(2028, 1, 31), 1, date(2028, 2, 29)),
		(date(2024, 2, 29), 12, date(2025, 2, 28)),
		(date(2024, 2, 29), 48, date(2028, 2, 29)),
		(date(2026, 8, 31), 6, date(2027, 2, 28)),
		(date(2026, 11, 30), 3, date(2027, 2, 28)),
		(date(2026, 12, 15), 1, date(2027, 1, 15)),
		(date(2026, 3, 31), -1, date(2026, 2, 28)),
	],
)
def test_add_months(start, months, expected):
	assert add_months(start, months) == expected


def test_assessment_deadlines_hand_worked():
	# request Monday 5 January 2026: +6 weeks = 16 Feb, +16 weeks = 27 Apr, +20 weeks = 25 May
	assert assessment_deadlines(date(2026, 1, 5)) == {
		"decision_to_assess_due": date(2026, 2, 16),
		"decision_to_issue_due": date(2026, 4, 27),
		"final_plan_due": date(2026, 5, 25),
	}
	# across a leap day: 20 January 2028 + 6 weeks = 2 March 2028
	assert assessment_deadlines(date(2028, 1, 20))["decision_to_assess_due"] == date(2028, 3, 2)
	assert assessment_deadlines(date(2026, 1, 5), decide_weeks=8)["decision_to_assess_due"] == date(
		2026, 3, 2
	)


def test_annual_review_from_issue_or_last_review():
	assert next_annual_review_due(date(2025, 3, 31)) == date(2026, 3, 31)
	assert next_annual_review_due(date(2024, 2, 29)) == date(2025, 2, 28)
	assert next_annual_review_due(date(2024, 5, 1), last_review_date=date(2025, 4, 20)) == date(2026, 4, 20)
	assert next_annual_review_due(None) is None


def test_under_five_review_every_few_months_until_five():
	dob = date(2022, 6, 1)
	# aged 3 at issue: 6 months on she is still under 5
	assert next_annual_review_due(date(2025, 9, 1), date_of_birth=dob) == date(2026, 3, 1)
	assert next_annual_review_due(date(2025, 9, 1), date_of_birth=dob, under_five_months=3) == date(
		2025, 12, 1
	)
	# turning 5 (1 June 2027) before the early review (1 July 2027): the 12-month rule
	assert next_annual_review_due(date(2027, 1, 1), date_of_birth=dob) == date(2028, 1, 1)
	# the day before her fifth birthday is still under 5
	assert next_annual_review_due(date(2026, 11, 30), date_of_birth=dob) == date(2027, 5, 30)
	with pytest.raises(RuleError) as caught:
		next_annual_review_due(date(2025, 9, 1), date_of_birth=dob, under_five_months=9)
	assert caught.value.field == "under_five_review_months"


def test_age_on_birthdays_and_leap_days():
	assert age_on(date(2021, 11, 22), date(2026, 11, 22)) == 5
	assert age_on(date(2021, 11, 23), date(2026, 11, 22)) == 4
	assert age_on(date(2020, 2, 29), date(2025, 2, 28)) == 4
	assert age_on(date(2020, 2, 29), date(2025, 3, 1)) == 5


def test_review_step_deadlines_hand_worked():
	assert review_step_deadlines(date(2027, 3, 1)) == {
		"invitations_due": date(2027, 2, 15),
		"advice_due": date(2027, 2, 15),
		"report_to_la_due": date(2027, 3, 15),
		"la_decision_due": date(2027, 3, 29),
	}


@pytest.mark.parametrize(
	"name, number",
	[("Year 6", 6), ("Year 11", 11), ("Y7", 7), ("Yr 3", 3), ("Reception", None), ("", None), (None, None)],
)
def test_year_number(name, number):
	assert year_number(name) == number


@pytest.mark.parametrize(
	"year, phase, kind",
	[
		(6, "Primary", SCHOOL_TRANSFER),
		(6, None, SCHOOL_TRANSFER),
		(5, "Primary", None),
		(2, "Infant", SCHOOL_TRANSFER),
		(8, "Middle", SCHOOL_TRANSFER),
		(11, "Secondary", POST_16_TRANSFER),
		(10, "Secondary", None),
		(6, "Secondary", None),
		(None, "Primary", None),
	],
)
def test_phase_transfer(year, phase, kind):
	assert phase_transfer(year, phase) == kind


def test_phase_transfer_deadlines():
	start = school_year_start(date(2026, 11, 22))
	assert start == date(2026, 9, 1)
	assert phase_transfer_deadline(SCHOOL_TRANSFER, start) == date(2027, 2, 15)
	assert phase_transfer_deadline(POST_16_TRANSFER, start) == date(2027, 3, 31)
	assert phase_transfer_deadline(None, start) is None
	assert school_year_start(date(2027, 2, 1)) == date(2026, 9, 1)
	assert school_year_start(date(2027, 9, 1)) == date(2027, 9, 1)


def test_rag_and_days_late():
	today = date(2026, 11, 22)
	assert rag(date(2026, 12, 31), None, today) == "Green"
	assert rag(date(2026, 11, 29), None, today) == "Amber"
	assert rag(date(2026, 11, 21), None, today) == "Red"
	assert rag(date(2026, 11, 21), date(2026, 11, 20), today) == "Green"
	assert rag(date(2026, 11, 21), date(2026, 11, 22), today) == "Red"
	assert rag(None, None, today) == ""
	assert days_late(date(2026, 11, 20), None, today) == 2
	assert days_late(date(2026, 11, 20), date(2026, 11, 25), today) == 5
	assert days_late(date(2026, 11, 30), None, today) == 0


def test_check_order():
	check_order([("Request", date(2026, 1, 5)), ("Decision", None), ("Issue", date(2026, 5, 1))])
	with pytest.raises(RuleError) as caught:
		check_order([("Request", date(2026, 1, 5)), ("Decision", None), ("Issue", date(2026, 1, 1))])
	assert caught.value.field == "Issue"


@pytest.mark.parametrize(
	"name, index",
	[
		("Nursery", -1),
		("Pre-school", -1),
		("FS1", -1),
		("Reception", 0),
		("FS2", 0),
		("Year 2", 2),
		("Y8", 8),
		("Sixth form", None),
		(None, None),
	],
)
def test_year_index_counts_the_early_years(name, index):
	assert year_index(name) == index


@pytest.mark.parametrize(
	"year_group, phase, kind",
	[
		("Nursery", "Nursery", EARLY_YEARS_TRANSFER),  # early years to Reception
		("Nursery", "Primary", None),  # a primary's nursery class stays on for Reception
		("Reception", "Nursery", None),
		("Year 2", "Infant", SCHOOL_TRANSFER),
		("Year 1", "Infant", None),
		("Year 4", "First", SCHOOL_TRANSFER),
		("Year 2", "First", None),
		("Year 6", "Junior", SCHOOL_TRANSFER),
		("Year 5", "Junior", None),
		("Year 8", "Middle", SCHOOL_TRANSFER),
		("Year 6", "Middle", None),
		("Year 6", "Primary", SCHOOL_TRANSFER),
		("Year 2", "Primary", None),
		("Year 11", "All-through", POST_16_TRANSFER),
		("Year 6", "All-through", None),
	],
)
def test_leaving_years_of_each_phase(year_group, phase, kind):
	assert phase_transfer(year_index(year_group), phase) == kind


def test_a_middle_school_with_another_leaving_year():
	assert phase_transfer(9, "Middle", {"Middle": 9}) == SCHOOL_TRANSFER
	assert phase_transfer(8, "Middle", {"Middle": 9}) is None


def test_every_leaving_phase_is_a_school_phase():
	assert set(LEAVING_YEARS) <= set(SCHOOL_PHASES)


@pytest.mark.parametrize(
	"year_group, phase, deadline",
	[
		("Nursery", "Nursery", date(2027, 2, 15)),
		("Year 2", "Infant", date(2027, 2, 15)),
		("Year 4", "First", date(2027, 2, 15)),
		("Year 6", "Junior", date(2027, 2, 15)),
		("Year 8", "Middle", date(2027, 2, 15)),
		("Year 11", "Secondary", date(2027, 3, 31)),
		("Year 3", "Junior", None),
	],
)
def test_phase_transfer_deadline_of_each_leaving_year(year_group, phase, deadline):
	# in the school year 2026-27, seen from the autumn and from the spring
	for on in (date(2026, 10, 1), date(2027, 1, 20)):
		kind = phase_transfer(year_index(year_group), phase)
		assert phase_transfer_deadline(kind, school_year_start(on)) == deadline
