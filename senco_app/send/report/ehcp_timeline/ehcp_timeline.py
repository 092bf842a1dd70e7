# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""EHCP Timeline: every open request and plan, each statutory date due and actual, days late, RAG."""

from functools import partial

from frappe import _
from frappe.utils import getdate
from frappe.utils import today

from senco_app.rules import ehcp as ehcp_rules
from senco_app.send.report import script_report as report
from senco_app.services import ehcp_clock
from senco_app.services.settings import send_settings

FILTERS = {"school": None, "local_authority": None, "status": None}
DATES = ["request_date", "decision_to_assess_date", "decision_to_issue_date", "draft_plan_date", "issue_date"]


def execute(filters=None):
	filters = report.report_filters(filters, FILTERS)
	# the settings read once for every plan
	deadlines = partial(ehcp_clock.assessment_deadlines, settings=send_settings())
	rows = ehcp_rules.timeline_rows(fetch_plans(filters), deadlines, getdate(today()))
	return report.declared_columns(__file__), rows, None, get_chart(rows), get_summary(rows)


def fetch_plans(filters):
	conditions = {"status": filters.status or ["in", ehcp_rules.OPEN_STATUSES]}
	if filters.local_authority:
		conditions["local_authority"] = filters.local_authority
	plans = report.scoped_rows(
		"EHC Plan",
		report.report_schools(filters.school, "EHC Plan"),
		conditions,
		report.declared_fields(__file__, "EHC Plan", "student", "local_authority", *DATES),
		order_by="request_date asc",
	)
	return report.with_dates(plans, *DATES, "next_step_due")


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
