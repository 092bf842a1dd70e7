from datetime import date

import pytest

from senco_app.rules import RuleError
from senco_app.rules import ehcp
from senco_app.rules.ehcp import annual_amount
from senco_app.rules.ehcp import annual_review_rows
from senco_app.rules.ehcp import check_dates
from senco_app.rules.ehcp import check_funding
from senco_app.rules.ehcp import check_status
from senco_app.rules.ehcp import funding_in_year
from senco_app.rules.ehcp import pending_steps
from senco_app.rules.ehcp import review_steps_in_order
from senco_app.rules.ehcp import timeline_row
from senco_app.rules.ehcp import timeline_rows
from senco_app.rules.statutory import assessment_deadlines
from senco_app.rules.statutory import review_step_deadlines

TODAY = date(2026, 11, 22)


def test_dates_in_order_and_not_in_future():
	check_dates(
		{
			"request_date": date(2026, 1, 5),
			"decision_to_assess_date": date(2026, 2, 10),
			"issue_date": date(2026, 5, 20),
		},
		TODAY,
	)
	with pytest.raises(RuleError) as caught:
		check_dates({"request_date": date(2026, 1, 5), "decision_to_assess_date": date(2026, 1, 1)}, TODAY)
	assert caught.value.field == "decision_to_assess_date"
	with pytest.raises(RuleError) as caught:
		check_dates(
			{
				"request_date": date(2026, 1, 5),
				"draft_plan_date": date(2026, 4, 1),
				"issue_date": date(2026, 3, 1),
			},
			TODAY,
		)
	assert caught.value.field == "issue_date"
	with pytest.raises(RuleError) as caught:
		check_dates(
			{"decision_to_assess_date": date(2026, 3, 1), "decision_to_issue_date": date(2026, 2, 1)}, TODAY
		)
	assert caught.value.field == "decision_to_issue_date"
	with pytest.raises(RuleError) as caught:
		check_dates({"issue_date": date(2026, 12, 1)}, TODAY)
	assert caught.value.field == "issue_date"


@pytest.mark.parametrize(
	"plan, field",
	[
		({"status": "Issued"}, "issue_date"),
		({"status": "Assessing", "decision_to_assess": "No"}, "decision_to_assess"),
		({"status": "Refused to assess"}, "decision_to_assess"),
		({"status": "Draft"}, "draft_plan_date"),
		(
			{"status": "Ceased", "issue_date": date(2025, 1, 1), "ceased_date": date(2026, 1, 1)},
			"cease_reason",
		),
		({"status": "Transferred", "ceased_date": date(2026, 1, 1)}, "transferred_to"),
		({"status": "Under appeal"}, "appeal_date"),
		({"status": "Requested", "issue_date": date(2026, 1, 1)}, "status"),
	],
)
def test_status_must_agree_with_dates(plan, field):
	with pytest.raises(RuleError) as caught:
		check_status(plan)
	assert caught.value.field == field


def test_good_statuses():
	check_status({"status": "Requested"})
	check_status({"status": "Issued", "issue_date": date(2026, 1, 1)})
	check_status({"status": "Refused to assess", "decision_to_assess": "No"})


def test_funding():
	check_funding(1000, date(2026, 9, 1), date(2027, 8, 31))
	with pytest.raises(RuleError) as caught:
		check_funding(-1, None, None)
	assert caught.value.field == "top_up_amount"
	with pytest.raises(RuleError) as caught:
		check_funding(10, date(2026, 9, 1), date(2026, 8, 1))
	assert caught.value.field == "top_up_to"
	assert annual_amount(1000, "Per term") == 3000
	assert annual_amount(500, "Per month") == 6000
	assert annual_amount(7000, None) == 7000
	year = (date(2026, 9, 1), date(2027, 8, 31))
	assert funding_in_year(3650, None, None, *year) == 3650
	# 1 Jan to 31 Aug 2027: 243 of 365 days
	assert funding_in_year(3650, date(2027, 1, 1), None, *year) == 2430
	assert funding_in_year(3650, date(2025, 1, 1), date(2026, 8, 31), *year) == 0


def test_pending_steps_of_a_request():
	deadlines = assessment_deadlines(date(2026, 10, 5))
	steps = pending_steps({"status": "Requested"}, deadlines, None, None)
	assert [(s[1], s[2]) for s in steps] == [
		(date(2026, 11, 16), "LA"),
		(date(2027, 1, 25), "LA"),
		(date(2027, 2, 22), "LA"),
	]
	steps = pending_steps(
		{"status": "Assessing", "decision_to_assess_date": date(2026, 11, 1), "decision_to_assess": "Yes"},
		deadlines,
		None,
		None,
	)
	assert [s[1] for s in steps] == [date(2027, 1, 25), date(2027, 2, 22)]
	assert (
		pending_steps(
			{
				"status": "Refused to assess",
				"decision_to_assess": "No",
				"decision_to_assess_date": date(2026, 11, 1),
			},
			deadlines,
			None,
			None,
		)
		== []
	)


def test_pending_steps_of_an_issued_plan_and_its_review():
	plan = {
		"status": "Issued",
		"issue_date": date(2026, 3, 1),
		"next_annual_review_due": date(2027, 3, 1),
		"phase_transfer_deadline": date(2027, 2, 15),
	}
	steps = pending_steps(plan, {}, None, None)
	assert [s[1] for s in steps] == [date(2027, 2, 15), date(2027, 3, 1)]
	review = {"meeting_date": date(2027, 2, 1), "invitations_sent": date(2027, 1, 10)}
	steps = pending_steps(plan, {}, review, review_step_deadlines(date(2027, 2, 1)))
	assert [s[1] for s in steps] == [
		date(2027, 1, 18),
		date(2027, 2, 15),
		date(2027, 2, 15),
		date(2027, 3, 1),
	]


def test_timeline_row_rag():
	deadlines = assessment_deadlines(date(2026, 9, 1))
	row = timeline_row(
		{"status": "Assessing", "decision_to_assess_date": date(2026, 10, 20)}, deadlines, TODAY
	)
	assert (row["assess_due"], row["assess_late"], row["assess_rag"]) == (date(2026, 10, 13), 7, "Red")
	assert (row["final_due"], row["final_rag"]) == (date(2027, 1, 19), "Green")
	closed = timeline_row({"status": "Refused to assess"}, deadlines, TODAY)
	assert closed["final_rag"] == "" and closed["final_late"] == 0


def test_timeline_rows_add_days_the_next_step_is_overdue():
	plans = [
		{
			"name": "P1",
			"status": "Requested",
			"request_date": date(2026, 9, 1),
			"next_step_due": date(2026, 11, 12),
		},
		{"name": "P2", "status": "Requested", "request_date": date(2026, 11, 1), "next_step_due": None},
	]
	rows = timeline_rows(plans, assessment_deadlines, TODAY)
	assert [(r["name"], r["next_step_late"]) for r in rows] == [("P1", 10), ("P2", 0)]
	assert (rows[0]["assess_due"], rows[0]["assess_rag"]) == (date(2026, 10, 13), "Red")
	assert timeline_rows([], assessment_deadlines, TODAY) == []


def test_annual_review_rows_in_the_window_soonest_first():
	plan = {"next_annual_review_due": None, "phase_transfer_deadline": None}
	plans = [
		{**plan, "name": "later", "next_annual_review_due": date(2027, 3, 1)},
		{**plan, "name": "soon", "next_annual_review_due": date(2026, 12, 10)},
		{**plan, "name": "overdue", "next_annual_review_due": date(2026, 11, 1)},
		{**plan, "name": "transfer", "phase_transfer_deadline": date(2027, 2, 15)},
		{**plan, "name": "neither"},
	]
	rows = annual_review_rows(plans, review_step_deadlines, TODAY, 90)
	assert [(r["name"], r["days_to_review"]) for r in rows] == [
		("overdue", -21),
		("soon", 18),
		("transfer", None),
	]
	assert rows[1]["invitations_due"] == date(2026, 11, 26)
	assert "invitations_due" not in rows[2]
	rows = annual_review_rows(plans, review_step_deadlines, TODAY, 120, phase_transfer_only=True)
	assert [r["name"] for r in rows] == ["transfer"]


def test_review_steps_in_order():
	review_steps_in_order(
		{
			"meeting_date": date(2027, 2, 1),
			"invitations_sent": date(2027, 1, 10),
			"papers_circulated": date(2027, 1, 15),
		}
	)
	with pytest.raises(RuleError) as caught:
		review_steps_in_order({"invitations_sent": date(2027, 1, 10), "papers_circulated": date(2027, 1, 5)})
	assert caught.value.field == "papers_circulated"
	with pytest.raises(RuleError) as caught:
		review_steps_in_order({"meeting_date": date(2027, 2, 1), "report_sent_to_la": date(2027, 1, 31)})
	assert caught.value.field == "report_sent_to_la"
	with pytest.raises(RuleError) as caught:
		review_steps_in_order({"la_decision": "Maintain"})
	assert caught.value.field == "la_decision_date"


def test_funding_rows_and_totals_per_school():
	from senco_app.rules.ehcp import funding_by_school
	from senco_app.rules.ehcp import funding_rows

	year = (date(2026, 9, 1), date(2027, 8, 31))
	plans = [
		{
			"student_name": "Ann",
			"school": "A",
			"top_up_annual": 3650,
			"top_up_from": date(2027, 1, 1),
			"top_up_to": None,
		},
		{"student_name": "Ben", "school": "A", "top_up_annual": 1000, "top_up_from": None, "top_up_to": None},
		{
			"student_name": "Cat",
			"school": "B",
			"top_up_annual": 500,
			"top_up_from": date(2025, 9, 1),
			"top_up_to": date(2026, 8, 31),
		},
	]
	rows = funding_rows(plans, *year)
	assert [(r["student_name"], r["amount_in_year"]) for r in rows] == [("Ann", 2430.0), ("Ben", 1000.0)]
	assert funding_by_school(rows) == [("A", 3430.0, 2)]
	assert funding_by_school([]) == []


def test_the_form_and_the_timeline_agree_on_the_decision_to_issue():
	from senco_app.rules.ehcp import form_steps

	deadlines = assessment_deadlines(date(2026, 5, 1))
	plan = {
		"status": "Draft",
		"request_date": date(2026, 5, 1),
		"decision_to_assess_date": date(2026, 6, 5),
		"draft_plan_date": date(2026, 8, 10),
		**deadlines,
	}
	row = timeline_row(plan, deadlines, TODAY)
	step = next(s for s in form_steps(plan, TODAY) if s["label"] == "Decision to issue")
	assert step["done"] == row["issue_decision_done"] == date(2026, 8, 10)
	assert step["rag"] == row["issue_decision_rag"]


# Census consistency: E only with an issued plan; which decision an appeal is against (issue 11)

ISSUED = {"status": "Issued", "issue_date": date(2026, 10, 24)}


@pytest.mark.parametrize(
	"plan, e",
	[
		(ISSUED, True),
		({**ISSUED, "status": "Under appeal", "appeal_decision": "Contents of the plan"}, True),
		(
			{"status": "Under appeal", "appeal_decision": "Refusal to assess", "decision_to_assess": "No"},
			False,
		),
		({"status": "Under appeal", "appeal_decision": "Refusal to issue", "decision_to_issue": "No"}, False),
		({"status": "Issued"}, False),
		({**ISSUED, "status": "Ceased"}, False),
		({**ISSUED, "status": "Draft"}, False),
	],
)
def test_makes_register_e(plan, e):
	assert ehcp.makes_register_e(plan) is e


@pytest.mark.parametrize(
	"plan, field",
	[
		({"status": "Under appeal", "appeal_date": date(2026, 10, 1)}, "appeal_decision"),
		(
			{"status": "Issued", "issue_date": date(2026, 9, 1), "appeal_decision": "Contents of the plan"},
			"appeal_date",
		),
		(
			{
				"status": "Under appeal",
				"appeal_date": date(2026, 10, 1),
				"appeal_decision": "Refusal to assess",
			},
			"appeal_decision",
		),
		(
			{
				"status": "Under appeal",
				"appeal_date": date(2026, 10, 1),
				"appeal_decision": "Refusal to issue",
				"decision_to_issue": "Yes",
			},
			"appeal_decision",
		),
		(
			{
				"status": "Under appeal",
				"appeal_date": date(2026, 10, 1),
				"appeal_decision": "Refusal to issue",
				"decision_to_issue": "No",
				"issue_date": date(2026, 9, 1),
			},
			"appeal_decision",
		),
		(
			{
				"status": "Under appeal",
				"appeal_date": date(2026, 10, 1),
				"appeal_decision": "Contents of the plan",
			},
			"issue_date",
		),
	],
)
def test_bad_appeals(plan, field):
	with pytest.raises(RuleError) as err:
		ehcp.check_appeal(plan)
	assert err.value.field == field


def test_good_appeals():
	ehcp.check_appeal({"status": "Issued"})
	ehcp.check_appeal(
		{
			"status": "Under appeal",
			"appeal_date": date(2026, 10, 1),
			"appeal_decision": "Refusal to assess",
			"decision_to_assess": "No",
		}
	)
	ehcp.check_appeal({**ISSUED, "appeal_date": date(2026, 11, 1), "appeal_decision": "Contents of the plan"})
	# a refusal appealed, then the plan issued after all: the appeal stays on record
	ehcp.check_appeal(
		{
			**ISSUED,
			"appeal_date": date(2026, 9, 1),
			"appeal_decision": "Refusal to issue",
			"decision_to_issue": "No",
		}
	)


@pytest.mark.parametrize(
	"plan, decision",
	[
		({"status": "Issued"}, ""),
		({"status": "Under appeal", "appeal_date": date(2026, 10, 1), **ISSUED}, "Contents of the plan"),
		(
			{"status": "Under appeal", "appeal_date": date(2026, 10, 1), "decision_to_issue": "No"},
			"Refusal to issue",
		),
		(
			{"status": "Under appeal", "appeal_date": date(2026, 10, 1), "decision_to_assess": "No"},
			"Refusal to assess",
		),
		({"status": "Under appeal", "appeal_date": date(2026, 10, 1)}, ""),
		({"status": "Ceased", "appeal_date": date(2026, 10, 1), **ISSUED}, "Contents of the plan"),
	],
)
def test_infer_appeal_decision(plan, decision):
	assert ehcp.infer_appeal_decision(plan) == decision
