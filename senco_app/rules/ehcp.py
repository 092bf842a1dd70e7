"""EHC plan rules: status against dates, dates in order, the next statutory step, top-up funding.

Statutory periods come from ``statutory`` (SEND Regulations 2014, Code of Practice 2015)."""

from datetime import date
from datetime import timedelta

from . import RuleError
from . import _
from .statutory import check_order
from .statutory import days_late
from .statutory import rag

OPEN_STATUSES = ("Requested", "Assessing", "Draft", "Issued", "Under appeal")
CLOSED_STATUSES = ("Refused to assess", "Not issued", "Ceased", "Transferred")
# The statuses in which a plan may make the pupil E on the register (``makes_register_e``).
E_STATUSES = ("Issued", "Under appeal")
REFUSAL_TO_ASSESS = "Refusal to assess"
REFUSAL_TO_ISSUE = "Refusal to issue"
CONTENTS = "Contents of the plan"
# The LA decision a parent appeals against (SEND Regulations 2014, reg. 43; Code of Practice 11.45)
APPEAL_DECISIONS = (REFUSAL_TO_ASSESS, REFUSAL_TO_ISSUE, CONTENTS)
PERIODS = {"Per year": 1, "Per term": 3, "Per month": 12}
LA = "LA"
SCHOOL = "School"


def check_dates(plan: dict, today: date) -> None:
	"""Event dates happen in order and not in the future."""
	labels = {
		"request_date": _("Request Date"),
		"decision_to_assess_date": _("Decision to Assess Date"),
		"decision_to_issue_date": _("Decision to Issue Date"),
		"draft_plan_date": _("Draft Plan Date"),
		"issue_date": _("Issue Date"),
		"ceased_date": _("Date Ceased"),
	}
	for field, label in labels.items():
		if plan.get(field) and plan[field] > today:
			raise RuleError(_("{0} cannot be in the future."), label, field=field)
	check_order(
		[
			(labels[f], plan.get(f), f)
			for f in (
				"request_date",
				"decision_to_assess_date",
				"draft_plan_date",
				"issue_date",
				"ceased_date",
			)
		]
	)
	check_order(
		[
			(labels[f], plan.get(f), f)
			for f in ("decision_to_assess_date", "decision_to_issue_date", "issue_date")
		]
	)


def check_status(plan: dict) -> None:
	"""The status must agree with the dates and decisions recorded."""
	status = plan.get("status")
	need = {
		"Assessing": [("decision_to_assess", "Yes", _("Decision to Assess must be Yes"))],
		"Refused to assess": [("decision_to_assess", "No", _("Decision to Assess must be No"))],
		"Not issued": [("decision_to_issue", "No", _("Decision to Issue must be No"))],
		"Draft": [("draft_plan_date", None, _("Draft Plan Date is required"))],
		"Issued": [("issue_date", None, _("Issue Date is required"))],
		"Under appeal": [("appeal_date", None, _("Appeal Date is required"))],
		"Ceased": [
			("issue_date", None, _("Issue Date is required")),
			("ceased_date", None, _("Date Ceased is required")),
			("cease_reason", None, _("Reason Ceased is required")),
		],
		"Transferred": [
			("ceased_date", None, _("Date Ceased is required")),
			("transferred_to", None, _("Transferred To is required")),
		],
	}.get(status, [])
	for field, value, message in need:
		if (plan.get(field) != value) if value else not plan.get(field):
			raise RuleError(_("Status {0}: {1}."), status, message, field=field)
	if plan.get("issue_date") and status in (
		"Requested",
		"Assessing",
		"Refused to assess",
		"Not issued",
		"Draft",
	):
		raise RuleError(
			_("Status {0} contradicts the Issue Date: a plan with an issue date is Issued (or later)."),
			status,
			field="status",
		)
	if plan.get("decision_to_assess") == "No" and status in ("Assessing", "Draft", "Issued"):
		raise RuleError(_("Status {0} contradicts the decision not to assess."), status, field="status")


def makes_register_e(plan: dict) -> bool:
	"""Does the plan put the pupil on E (EHC plan) in the register and census? Only an issued plan:
	status Issued, or Under appeal against the contents of the plan (the plan stands meanwhile). An
	appeal against a refusal to assess or to issue is no plan (School census guide: provision E
	means the pupil has an EHC plan)."""
	status = plan.get("status")
	if not plan.get("issue_date"):
		return False
	return status == "Issued" or (status == "Under appeal" and plan.get("appeal_decision") == CONTENTS)


def check_appeal(plan: dict) -> None:
	"""An appeal names the decision appealed and its date, and agrees with the decisions recorded:
	a refusal to assess needs Decision to Assess No, a refusal to issue Decision to Issue No and no
	issued plan, an appeal against the contents an issued plan."""
	decision = plan.get("appeal_decision")
	if plan.get("status") == "Under appeal" and not decision:
		raise RuleError(
			_("Status Under appeal: say which decision is appealed (Appeal Against)."),
			field="appeal_decision",
		)
	if not decision:
		return
	if not plan.get("appeal_date"):
		raise RuleError(_("Appeal Date is required with Appeal Against."), field="appeal_date")
	if decision == REFUSAL_TO_ASSESS and plan.get("decision_to_assess") != "No":
		raise RuleError(
			_("An appeal against a refusal to assess needs Decision to Assess No."), field="appeal_decision"
		)
	if decision == REFUSAL_TO_ISSUE and plan.get("decision_to_issue") != "No":
		raise RuleError(
			_("An appeal against a refusal to issue needs Decision to Issue No."), field="appeal_decision"
		)
	if decision in (REFUSAL_TO_ASSESS, REFUSAL_TO_ISSUE) and plan.get("status") == "Under appeal":
		if plan.get("issue_date"):
			raise RuleError(
				_("An appeal against a refusal cannot be under way on an issued plan: the plan is Issued."),
				field="appeal_decision",
			)
	if decision == CONTENTS and not plan.get("issue_date"):
		raise RuleError(
			_("An appeal against the contents of the plan needs the plan's Issue Date."), field="issue_date"
		)


def infer_appeal_decision(plan: dict) -> str:
	"""The decision an appeal recorded before Appeal Against existed was most likely against: the
	contents when the plan was issued, else a refusal to issue, else a refusal to assess; "" when the
	plan records no appeal or the decisions say nothing."""
	if not plan.get("appeal_date") and plan.get("status") != "Under appeal":
		return ""
	if plan.get("issue_date"):
		return CONTENTS
	if plan.get("decision_to_issue") == "No":
		return REFUSAL_TO_ISSUE
	if plan.get("decision_to_assess") == "No":
		return REFUSAL_TO_ASSESS
	return ""


def check_funding(amount: float | None, start: date | None, end: date | None) -> None:
	if amount and amount < 0:
		raise RuleError(_("Top-up Amount cannot be negative."), field="top_up_amount")
	if start and end and end < start:
		raise RuleError(_("Top-up To cannot be before Top-up From."), field="top_up_to")


def annual_amount(amount: float | None, period: str | None) -> float:
	"""Top-up funding for a whole year at the stated rate."""
	return round((amount or 0) * PERIODS.get(period or "Per year", 1), 2)


def funding_in_year(
	annual: float, start: date | None, end: date | None, year_start: date, year_end: date
) -> float:
	"""The part of an annual top-up that falls in [year_start, year_end] (by days; an open period runs on)."""
	start = max(start or year_start, year_start)
	end = min(end or year_end, year_end)
	if end < start:
		return 0.0
	year_days = (year_end - year_start).days + 1
	return round(annual * ((end - start).days + 1) / year_days, 2)


def pending_steps(
	plan: dict, deadlines: dict, review: dict | None, review_deadlines: dict | None
) -> list[tuple[str, date, str]]:
	"""Statutory steps not yet done: (label, due date, who acts: LA or School), soonest first.

	``deadlines`` are the assessment deadlines; ``review`` is the current annual review (dates done)
	with its ``review_deadlines``."""
	steps = []
	status = plan.get("status")
	if status in ("Requested",) and not plan.get("decision_to_assess_date"):
		steps.append((_("LA decision whether to assess"), deadlines["decision_to_assess_due"], LA))
	if status in ("Requested", "Assessing", "Draft") and plan.get("decision_to_assess") != "No":
		if not plan.get("decision_to_issue_date") and not plan.get("draft_plan_date"):
			steps.append((_("LA decision whether to issue a plan"), deadlines["decision_to_issue_due"], LA))
		if not plan.get("issue_date"):
			steps.append((_("Final plan issued"), deadlines["final_plan_due"], LA))
	if status == "Issued":
		if plan.get("next_annual_review_due") and not review:
			steps.append((_("Annual review meeting"), plan["next_annual_review_due"], SCHOOL))
		if plan.get("phase_transfer_deadline"):
			steps.append(
				(_("Phase transfer: plan reviewed and amended"), plan["phase_transfer_deadline"], LA)
			)
	if review and review_deadlines:
		for field, due_key, label, who in (
			("invitations_sent", "invitations_due", _("Annual review invitations sent"), SCHOOL),
			("papers_circulated", "advice_due", _("Advice and papers circulated"), SCHOOL),
			("report_sent_to_la", "report_to_la_due", _("Review report sent to the LA"), SCHOOL),
			("la_decision_date", "la_decision_due", _("LA decision to maintain, amend or cease"), LA),
		):
			if not review.get(field):
				steps.append((label, review_deadlines[due_key], who))
	return sorted(steps, key=lambda s: s[1])


def issue_decision_done(plan: dict) -> date | None:
	"""When the LA decided to issue: its decision date, else the draft plan's (a draft is issued only
	on that decision), else the final plan's. The form and the reports read this one date."""
	return plan.get("decision_to_issue_date") or plan.get("draft_plan_date") or plan.get("issue_date")


def timeline_row(plan: dict, deadlines: dict, today: date) -> dict:
	"""Each assessment step's due and actual date with days late and RAG."""
	row = {}
	for step, due_key, done_key in (
		("assess", "decision_to_assess_due", "decision_to_assess_date"),
		("issue_decision", "decision_to_issue_due", "decision_to_issue_date"),
		("final", "final_plan_due", "issue_date"),
	):
		due = deadlines.get(due_key)
		done = issue_decision_done(plan) if step == "issue_decision" else plan.get(done_key)
		if plan.get("status") in CLOSED_STATUSES and not done:
			row.update({f"{step}_due": due, f"{step}_done": None, f"{step}_late": 0, f"{step}_rag": ""})
			continue
		row.update(
			{
				f"{step}_due": due,
				f"{step}_done": done,
				f"{step}_late": days_late(due, done, today),
				f"{step}_rag": rag(due, done, today),
			}
		)
	return row


def timeline_rows(plans: list[dict], deadlines, today: date) -> list[dict]:
	"""Each plan with its assessment steps (``timeline_row``; the due dates from
	``deadlines(request_date)``) and the days its next step is overdue (0 when none is due)."""
	rows = []
	for plan in plans:
		row = {**plan, **timeline_row(plan, deadlines(plan["request_date"]), today)}
		due = plan.get("next_step_due")
		row["next_step_late"] = days_late(due, None, today) if due else 0
		rows.append(row)
	return rows


def annual_review_rows(
	plans: list[dict], deadlines, today: date, window_days: int, phase_transfer_only: bool = False
) -> list[dict]:
	"""Plans whose next annual review or phase-transfer deadline falls by ``today + window_days``
	(overdue ones included), soonest first, each with the step dates of that review
	(``deadlines(review date)``) and the days to go. ``phase_transfer_only``: only plans with a phase
	transfer deadline."""
	horizon = today + timedelta(days=window_days)
	rows = []
	for plan in plans:
		due, transfer = plan.get("next_annual_review_due"), plan.get("phase_transfer_deadline")
		if phase_transfer_only and not transfer:
			continue
		if not ((due and due <= horizon) or (transfer and transfer <= horizon)):
			continue
		steps = deadlines(due) if due else {}
		rows.append({**plan, **steps, "days_to_review": (due - today).days if due else None})
	return sorted(rows, key=lambda r: r["next_annual_review_due"] or r["phase_transfer_deadline"])


# The statutory dates the EHC Plan form shows: (label, due field, field of the date it was done)
FORM_STEPS = (
	(_("Decision to assess"), "decision_to_assess_due", "decision_to_assess_date"),
	(_("Decision to issue"), "decision_to_issue_due", "decision_to_issue_date"),
	(_("Final plan"), "final_plan_due", "issue_date"),
	(_("Annual review"), "next_annual_review_due", None),
	(_("Phase transfer"), "phase_transfer_deadline", None),
)


def form_steps(plan: dict, today: date) -> list[dict]:
	"""The plan's statutory dates with their RAG (``statutory.rag``), as its form shows them: each
	date that is set while the plan is open; once it is closed, only the steps that were done."""
	is_open = plan.get("status") in OPEN_STATUSES
	steps = []
	for label, due_field, done_field in FORM_STEPS:
		due = plan.get(due_field)
		done = plan.get(done_field) if done_field else None
		if due_field == "decision_to_issue_due":
			done = issue_decision_done(plan)
		if not due or (not is_open and not done):
			continue
		steps.append({"label": label, "due": due, "done": done, "rag": rag(due, done, today)})
	return steps


def review_steps_in_order(review: dict) -> None:
	"""No annual review step is dated before the invitations went out; report and LA decision come
	after the meeting."""
	invited = review.get("invitations_sent")
	labels = {
		"advice_requested": _("Advice Requested"),
		"papers_circulated": _("Papers Circulated"),
		"report_sent_to_la": _("Report Sent to LA"),
		"la_decision_date": _("LA Decision Date"),
	}
	for field, label in labels.items():
		if invited and review.get(field) and review[field] < invited:
			raise RuleError(
				_("{0} ({1}) cannot be before the invitations were sent ({2})."),
				label,
				review[field],
				invited,
				field=field,
			)
	meeting = review.get("meeting_date")
	for field in ("report_sent_to_la", "la_decision_date"):
		if meeting and review.get(field) and review[field] < meeting:
			raise RuleError(
				_("{0} ({1}) cannot be before the meeting ({2})."),
				labels[field],
				review[field],
				meeting,
				field=field,
			)
	if review.get("la_decision") and not review.get("la_decision_date"):
		raise RuleError(_("LA Decision Date is required with the LA Decision."), field="la_decision_date")


def within(due: date | None, today: date, days: int) -> bool:
	return bool(due) and today <= due <= today + timedelta(days=days)


def funding_rows(plans: list[dict], year_start: date, year_end: date) -> list[dict]:
	"""Top-up per pupil in the year (prorated by days), most first."""
	rows = []
	for p in plans:
		amount = funding_in_year(
			p.get("top_up_annual") or 0, p.get("top_up_from"), p.get("top_up_to"), year_start, year_end
		)
		if amount:
			rows.append({**p, "amount_in_year": amount})
	return sorted(rows, key=lambda r: (-r["amount_in_year"], r.get("student_name") or ""))


def funding_by_school(rows: list[dict]) -> list[tuple[str, float, int]]:
	"""(school, total top-up in the year, pupils) per school."""
	import pandas as pd

	if not rows:
		return []
	frame = pd.DataFrame(rows, columns=["school", "amount_in_year"])
	grouped = frame.groupby("school")["amount_in_year"].agg(["sum", "count"]).sort_index()
	return [
		(school, round(float(total), 2), int(count))
		for school, total, count in zip(grouped.index, grouped["sum"], grouped["count"], strict=True)
	]
