# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""EHCP Timeline: every open request and plan, each statutory date due and actual, days late, RAG."""

from frappe import _
from frappe.utils import getdate
from frappe.utils import today

from senco_app.rules import ehcp as ehcp_rules
from senco_app.send.report import script_report as report
from senco_app.services import ehcp_clock

FILTERS = {"school": None, "local_authority": None, "status": None}
DATES = ["request_date", "decision_to_assess_date", "decision_to_issue_date", "draft_plan_date", "issue_date"]


def execute(filters=None):
	filters = report.report_filters(filters, FILTERS)
	rows = ehcp_rules.timeline_rows(fetch_plans(filters), ehcp_clock.assessment_deadlines, getdate(today()))
	return get_columns(), rows, None, get_chart(rows), get_summary(rows)


def fetch_plans(filters):
	conditions = {"status": filters.status or ["in", ehcp_rules.OPEN_STATUSES]}
	if filters.local_authority:
		conditions["local_authority"] = filters.local_authority
	plans = report.scoped_rows(
		"EHC Plan",
		report.report_schools(filters.school, "EHC Plan"),
		conditions,
		[
			*report.PUPIL_FIELDS,
			"local_authority",
			"status",
			*DATES,
			"next_step",
			"next_step_due",
		],
		order_by="request_date asc",
	)
	return report.with_dates(plans, *DATES, "next_step_due")


def get_columns():
	# days late ride on the RAG pills and the next step's due date (ehcp_timeline.js), and the LA is a
	# filter: one column a fact
	return [
		report.link_column("name", _("EHC Plan"), "EHC Plan", 130),
		*report.pupil_columns(160),
		report.data_column("status", _("Status"), 100),
		report.date_column("request_date", _("Requested"), 105),
		report.date_column("assess_due", _("Assess Decision Due"), 105),
		report.date_column("assess_done", _("Assess Decision"), 105),
		report.data_column("assess_rag", _("RAG"), 110),
		report.date_column("issue_decision_due", _("Issue Decision Due"), 105),
		report.date_column("issue_decision_done", _("Issue Decision"), 105),
		report.data_column("issue_decision_rag", _("RAG"), 110),
		report.date_column("final_due", _("Final Plan Due"), 105),
		report.date_column("final_done", _("Issued"), 105),
		report.data_column("final_rag", _("RAG"), 110),
		report.data_column("next_step", _("Next Step"), 230),
		report.date_column("next_step_due", _("Next Step Due"), 150),
	]


def get_chart(rows):
	if not rows:
		return None
	statuses = sorted({r["status"] for r in rows})
	return report.bar_chart(
		statuses,
		[(_("Plans"), [sum(1 for r in rows if r["status"] == s) for s in statuses])],
		title=_("Requests and plans by status"),
	)


def get_summary(rows):
	requests = sum(1 for r in rows if r["status"] in ("Requested", "Assessing", "Draft"))
	overdue = sum(1 for r in rows if r["next_step_late"] > 0)
	return [
		report.summary_item(requests, _("Assessments in progress"), "Int", indicator="Blue"),
		report.summary_item(
			sum(1 for r in rows if r["status"] == "Issued"), _("Plans issued"), "Int", indicator="Purple"
		),
		report.summary_item(overdue, _("Steps overdue"), "Int", indicator="Red" if overdue else "Green"),
	]
