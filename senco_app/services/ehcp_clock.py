"""The Frappe side of EHC plans: the statutory clock from SEND Settings, the review that is under
way, the plan's next step, and the daily job that moves overdue flags on."""

import frappe
from frappe import _
from frappe.utils import getdate
from frappe.utils import today

from senco_app.rules import ehcp as ehcp_rules
from senco_app.rules import statutory
from senco_app.services.settings import send_settings
from senco_app.services.year_groups import student_year_groups

EHCP_REVIEW_TYPES = ("EHCP Annual Review", "EHCP Interim Review")


def assessment_deadlines(request_date, settings=None):
	"""The assessment's statutory dates from the request. ``settings``: SEND Settings already read
	(a caller working through many plans reads them once), else read here."""
	weeks = ("ehcp_assess_decision_weeks", "ehcp_issue_decision_weeks", "ehcp_final_plan_weeks")
	return statutory.assessment_deadlines(getdate(request_date), *setting_values(weeks, settings))


def review_deadlines(meeting_date, settings=None):
	"""An annual review's step dates from its meeting; ``settings`` as for assessment_deadlines."""
	weeks = ("review_notice_weeks", "review_notice_weeks", "review_report_weeks", "la_decision_weeks")
	return statutory.review_step_deadlines(getdate(meeting_date), *setting_values(weeks, settings))


def setting_values(fieldnames: tuple[str, ...], settings=None) -> list:
	settings = settings or send_settings()
	return [getattr(settings, f) for f in fieldnames]


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

# What the schedule of a plan is worked out from.
PLAN_FIELDS = (
	"name",
	"student",
	"school",
	"status",
	"date_of_birth",
	"request_date",
	"decision_to_assess",
	"decision_to_assess_date",
	"decision_to_issue_date",
	"draft_plan_date",
	"issue_date",
)

REVIEW_STEP_FIELDS = ("invitations_sent", "papers_circulated", "report_sent_to_la", "la_decision_date")


def plan_schedules(plans: list[dict], now) -> list[dict]:
	"""The DERIVED_FIELDS of each plan (a dict of its PLAN_FIELDS, dates as dates), in order: last
	and next annual review, phase transfer and its deadline, the next statutory step and whether it
	is overdue. One query per table whatever the number of plans (the daily job and a save alike)."""
	if not plans:
		return []
	settings = send_settings()
	reviews = annual_reviews([p["name"] for p in plans if p.get("name")])
	years = student_year_groups(list({p["student"] for p in plans}), now)
	phases = dict(
		frappe.get_all(
			"Company",
			filters={"name": ["in", list({p["school"] for p in plans})]},
			fields=["name", "send_phase"],
			order_by=None,
			as_list=True,
		)
	)
	return [
		_schedule(
			plan,
			reviews.get(plan.get("name"), []),
			years.get(plan["student"]),
			phases.get(plan["school"]),
			settings,
			now,
		)
		for plan in plans
	]


def annual_reviews(plans: list[str]) -> dict[str, list[dict]]:
	"""The annual reviews (not cancelled) of each plan, latest meeting first."""
	if not plans:
		return {}
	by_plan = {}
	for review in frappe.get_all(
		"SEND Review",
		filters={"ehc_plan": ["in", plans], "review_type": "EHCP Annual Review", "docstatus": ["<", 2]},
		fields=["ehc_plan", "name", "docstatus", "meeting_date", *REVIEW_STEP_FIELDS],
		order_by="meeting_date desc",
		limit_page_length=0,
	):
		by_plan.setdefault(review.ehc_plan, []).append(review)
	return by_plan


def _schedule(plan: dict, reviews: list[dict], year_group, phase, settings, now) -> dict:
	values = {f: None for f in DERIVED_FIELDS}
	values["overdue"] = 0
	submitted = [r for r in reviews if r.docstatus == 1]
	last = getdate(submitted[0].meeting_date) if submitted else None
	values["last_annual_review"] = last
	if plan.get("status") in ("Issued", "Under appeal") and plan.get("issue_date"):
		values["next_annual_review_due"] = statutory.next_annual_review_due(
			getdate(plan["issue_date"]),
			last,
			getdate(plan["date_of_birth"]) if plan.get("date_of_birth") else None,
			settings.annual_review_months,
			settings.under_five_review_months,
		)
		values["phase_transfer"] = statutory.phase_transfer(statutory.year_index(year_group), phase)
		values["phase_transfer_deadline"] = statutory.phase_transfer_deadline(
			values["phase_transfer"], statutory.school_year_start(now)
		)
	# the latest annual review whose LA decision is not yet recorded
	current = next((r for r in reviews if not r.la_decision_date), None)
	if current:
		current = {
			**current,
			**{f: getdate(current[f]) for f in ("meeting_date", *REVIEW_STEP_FIELDS) if current[f]},
		}
	steps = ehcp_rules.pending_steps(
		{**plan, **values},
		assessment_deadlines(plan["request_date"], settings),
		current,
		review_deadlines(current["meeting_date"], settings) if current else None,
	)
	if plan.get("status") in ehcp_rules.OPEN_STATUSES and steps:
		label, due, who = steps[0]
		values.update(next_step=f"{_(label)} ({who})", next_step_due=due, overdue=int(due < now))
	return values


def refresh_plans(names: list[str]) -> list[str]:
	"""Recompute the derived dates and next step of the given EHC plans (after a review is saved,
	submitted or cancelled, and every day) and write only the fields that changed, in one batched
	update, without a full save of any plan (nothing else of it changes). Returns the plans that
	changed."""
	if not names:
		return []
	plans = frappe.get_all(
		"EHC Plan",
		filters={"name": ["in", list(names)]},
		fields=[*PLAN_FIELDS, *DERIVED_FIELDS],
		order_by=None,
		limit_page_length=0,
	)
	now = getdate(today())
	changes = {}
	for plan, values in zip(plans, plan_schedules(plans, now), strict=True):
		changed = {f: v for f, v in values.items() if _differs(v, plan.get(f))}
		if changed:
			changes[plan.name] = changed
	frappe.db.bulk_update("EHC Plan", changes, chunk_size=200, update_modified=False)
	return list(changes)


def _differs(a, b) -> bool:
	"""Do two field values differ (a date and its text, None and "" compare alike)?"""
	return (None if a in (None, "") else str(a)) != (None if b in (None, "") else str(b))


def daily():
	"""Scheduler: recompute the next step and overdue flag of every open plan."""
	refresh_plans(
		frappe.get_all(
			"EHC Plan", filters={"status": ["in", ehcp_rules.OPEN_STATUSES]}, pluck="name", order_by=None
		)
	)
