"""The Frappe side of EHC plans: the statutory clock from SEND Settings, the review that is under
way, the plan's next step, and the daily job that moves overdue flags on."""

import frappe
from frappe.utils import getdate

from senco_app.rules import ehcp as ehcp_rules
from senco_app.rules import statutory

EHCP_REVIEW_TYPES = ("EHCP Annual Review", "EHCP Interim Review")


def settings():
	s = frappe.get_cached_doc("SEND Settings")
	return frappe._dict(
		assess=s.ehcp_assess_decision_weeks or statutory.ASSESS_DECISION_WEEKS,
		issue=s.ehcp_issue_decision_weeks or statutory.ISSUE_DECISION_WEEKS,
		final=s.ehcp_final_plan_weeks or statutory.FINAL_PLAN_WEEKS,
		annual=s.annual_review_months or statutory.ANNUAL_REVIEW_MONTHS,
		under_five=s.under_five_review_months or statutory.UNDER_FIVE_REVIEW_MONTHS,
		notice=s.review_notice_weeks or statutory.INVITATION_WEEKS_BEFORE,
		report=s.review_report_weeks or statutory.REPORT_WEEKS_AFTER,
		la_decision=s.la_decision_weeks or statutory.LA_DECISION_WEEKS_AFTER,
	)


def assessment_deadlines(request_date):
	s = settings()
	return statutory.assessment_deadlines(getdate(request_date), s.assess, s.issue, s.final)


def review_deadlines(meeting_date):
	s = settings()
	return statutory.review_step_deadlines(getdate(meeting_date), s.notice, s.notice, s.report, s.la_decision)


def current_review(plan_name: str) -> dict | None:
	"""The latest annual review of the plan whose LA decision is not yet recorded."""
	reviews = frappe.get_all(
		"SEND Review",
		filters={
			"ehc_plan": plan_name,
			"review_type": "EHCP Annual Review",
			"docstatus": ["<", 2],
			"la_decision_date": ["is", "not set"],
		},
		fields=[
			"name",
			"meeting_date",
			"invitations_sent",
			"papers_circulated",
			"report_sent_to_la",
			"la_decision_date",
		],
		order_by="meeting_date desc",
		limit=1,
	)
	if not reviews:
		return None
	review = reviews[0]
	return {k: (getdate(v) if v and k != "name" else v) for k, v in review.items()}


def last_annual_review(plan_name: str):
	dates = frappe.get_all(
		"SEND Review",
		filters={"ehc_plan": plan_name, "review_type": "EHCP Annual Review", "docstatus": 1},
		pluck="meeting_date",
		order_by="meeting_date desc",
		limit=1,
	)
	return dates[0] if dates else None


def daily():
	"""Scheduler: recompute the next step and overdue flag of every open plan."""
	for name in frappe.get_all(
		"EHC Plan", filters={"status": ["in", ehcp_rules.OPEN_STATUSES]}, pluck="name"
	):
		plan = frappe.get_doc("EHC Plan", name)
		before = (
			plan.next_step,
			plan.next_step_due,
			plan.overdue,
			plan.next_annual_review_due,
			plan.phase_transfer_deadline,
		)
		plan.set_review_schedule()
		plan.set_next_step()
		after = (
			plan.next_step,
			plan.next_step_due,
			plan.overdue,
			plan.next_annual_review_due,
			plan.phase_transfer_deadline,
		)
		if before != after:
			frappe.db.set_value(
				"EHC Plan",
				name,
				dict(
					zip(
						(
							"next_step",
							"next_step_due",
							"overdue",
							"next_annual_review_due",
							"phase_transfer_deadline",
						),
						after,
						strict=True,
					)
				),
				update_modified=False,
			)
