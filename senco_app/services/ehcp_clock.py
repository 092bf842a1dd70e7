"""The Frappe side of EHC plans: the statutory clock from SEND Settings, the review that is under
way, the plan's next step, and the daily job that moves overdue flags on."""

import frappe
from frappe.utils import getdate

from senco_app.rules import ehcp as ehcp_rules
from senco_app.rules import statutory
from senco_app.services.settings import send_settings

EHCP_REVIEW_TYPES = ("EHCP Annual Review", "EHCP Interim Review")


def assessment_deadlines(request_date):
	s = send_settings()
	return statutory.assessment_deadlines(
		getdate(request_date),
		s.ehcp_assess_decision_weeks,
		s.ehcp_issue_decision_weeks,
		s.ehcp_final_plan_weeks,
	)


def review_deadlines(meeting_date):
	s = send_settings()
	return statutory.review_step_deadlines(
		getdate(meeting_date),
		s.review_notice_weeks,
		s.review_notice_weeks,
		s.review_report_weeks,
		s.la_decision_weeks,
	)


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


# The fields of an EHC Plan its reviews and the calendar move on: kept by refresh_plans.
DERIVED_FIELDS = (
	"last_annual_review",
	"next_annual_review_due",
	"phase_transfer",
	"phase_transfer_deadline",
	"next_step",
	"next_step_due",
	"overdue",
)


def refresh_plans(names: list[str]) -> list[str]:
	"""Recompute the derived dates and next step of the given EHC plans (after a review is saved,
	submitted or cancelled, and every day) and write only the fields that changed, without a full
	save of the plan (nothing else of it changes). Returns the plans that changed."""
	changed = []
	for name in names:
		plan = frappe.get_doc("EHC Plan", name)
		before = {f: plan.get(f) for f in DERIVED_FIELDS}
		plan.set_review_schedule()
		plan.set_next_step()
		values = {f: plan.get(f) for f in DERIVED_FIELDS if _differs(plan.get(f), before[f])}
		if values:
			frappe.db.set_value("EHC Plan", name, values, update_modified=False)
			changed.append(name)
	return changed


def _differs(a, b) -> bool:
	"""Do two field values differ (a date and its text, None and "" compare alike)?"""
	return (None if a in (None, "") else str(a)) != (None if b in (None, "") else str(b))


def daily():
	"""Scheduler: recompute the next step and overdue flag of every open plan."""
	refresh_plans(
		frappe.get_all("EHC Plan", filters={"status": ["in", ehcp_rules.OPEN_STATUSES]}, pluck="name")
	)
