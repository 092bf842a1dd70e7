# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""SEN Support Compliance: per school and year group, who has no plan, whose plan is past its review
date, and who has had fewer parent meetings than the Code of Practice asks (6.65).

An aggregate report (a governor may run it): counts only, small numbers suppressed for a reader who
may not read pupils' records."""

import frappe
from frappe import _
from frappe.utils import getdate
from frappe.utils import today

from senco_app.rules.disclosure import protect_columns
from senco_app.rules.review_reports import compliance_rows
from senco_app.send.report import script_report as report
from senco_app.services.settings import send_settings
from senco_app.services.year_groups import student_year_groups

FILTERS = {"school": None, "year_group": None}
COUNTS = ["on_register", "without_plan", "plan_overdue", "few_parent_meetings"]


def execute(filters=None):
	filters = report.report_filters(filters, FILTERS)
	records, year_groups, overdue_plans = fetch_records(filters, getdate(today()))
	required = send_settings().parent_meetings_per_year
	rows = compliance_rows(records, overdue_plans, year_groups, required)
	if report.reads_pupils():
		totals = {f: sum(r[f] for r in rows) for f in COUNTS}
		return get_columns(required), rows, None, get_chart(rows), get_summary(totals)
	rows, totals = protect_columns(rows, COUNTS)
	return (
		get_columns(required, suppressed=True),
		rows,
		report.suppression_note(),
		None,
		get_summary(totals),
	)


def fetch_records(filters, as_at):
	"""Open records on SEN Support or with a plan (in the year group asked for), the pupils' year
	groups, and which of their active plans are past their review date."""
	records = report.aggregate_rows(
		"SEND Record",
		report.report_schools(filters.school, "SEND Record"),
		{"status": "Open", "sen_provision": ["in", ["SEN Support", "EHC Plan"]]},
		["name", "student", "school", "active_iep", "parent_meetings_12m"],
	)
	year_groups = student_year_groups([r.student for r in records], as_at)
	if filters.year_group:
		records = [r for r in records if year_groups.get(r.student) == filters.year_group]
	overdue_plans = set(
		frappe.get_all(
			"Individual Education Plan",
			filters={
				"name": ["in", [r.active_iep for r in records if r.active_iep] or [""]],
				"review_date": ["<", as_at],
			},
			pluck="name",
			limit_page_length=0,
			order_by=None,
		)
	)
	return records, year_groups, overdue_plans


def get_columns(required, suppressed=False):
	return report.declared_columns(
		__file__, labels={"few_parent_meetings": (required,)}, suppressed=suppressed
	)


def get_chart(rows):
	if not rows:
		return None
	schools = sorted({r["school"] for r in rows})

	def total(field):
		return [sum(r[field] for r in rows if r["school"] == s) for s in schools]

	return report.bar_chart(
		schools,
		[
			(_("Without plan"), total("without_plan")),
			(_("Plan past review"), total("plan_overdue")),
			(_("Few parent meetings"), total("few_parent_meetings")),
		],
		title=_("Gaps in SEN support by school"),
	)


def get_summary(totals):
	return [
		report.summary_item(totals["on_register"], _("On SEN Support or EHC Plan"), "Int"),
		report.summary_item(totals["without_plan"], _("Without an active plan"), "Int", indicator="Red"),
		report.summary_item(totals["plan_overdue"], _("Plan past review date"), "Int", indicator="Orange"),
		report.summary_item(
			totals["few_parent_meetings"], _("Too few parent meetings"), "Int", indicator="Orange"
		),
	]
