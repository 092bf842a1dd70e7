# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""SEN Support Compliance: per school and year group, who has no plan, whose plan is past its review
date, and who has had fewer parent meetings than the Code of Practice asks (6.65).

An aggregate report (a governor may run it): counts only, small numbers suppressed for a reader who
may not read pupils' records."""

import frappe
from frappe import _
from frappe.utils import getdate, today

from senco_app.reports import (
	aggregate_rows,
	figure_column,
	reads_pupils,
	report_schools,
	school_column,
	summary_item,
	suppression_note,
)
from senco_app.rules.disclosure import protect_columns
from senco_app.rules.review_reports import compliance_rows
from senco_app.services.settings import send_settings
from senco_app.services.year_groups import student_year_groups

COUNTS = ["on_register", "without_plan", "plan_overdue", "few_parent_meetings"]


def execute(filters=None):
	filters = frappe._dict(filters or {})
	as_at = getdate(today())
	schools = report_schools(filters.school, "SEND Record")
	records = aggregate_rows(
		"SEND Record",
		{"status": "Open", "sen_provision": ["in", ["SEN Support", "EHC Plan"]]},
		["name", "student", "school", "active_iep", "parent_meetings_12m"],
		schools,
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
		)
	)
	required = send_settings().parent_meetings_per_year
	rows = compliance_rows(records, overdue_plans, year_groups, required)
	if reads_pupils():
		totals = {f: sum(r[f] for r in rows) for f in COUNTS}
		return get_columns(required), rows, None, get_chart(rows), get_summary(totals)
	rows, totals = protect_columns(rows, COUNTS)
	return get_columns(required, suppressed=True), rows, suppression_note(), None, get_summary(totals)


def get_columns(required, suppressed=False):
	return [
		school_column(),
		{
			"fieldname": "year_group",
			"label": _("Year Group"),
			"fieldtype": "Link",
			"options": "Program",
			"width": 110,
		},
		figure_column("on_register", _("On SEN Support or EHC Plan"), "Int", 180, suppressed),
		figure_column("without_plan", _("Without an Active Plan"), "Int", 160, suppressed),
		figure_column("plan_overdue", _("Plan Past Review Date"), "Int", 160, suppressed),
		figure_column(
			"few_parent_meetings",
			_("Fewer Than {0} Parent Meetings").format(required),
			"Int",
			200,
			suppressed,
		),
	]


def get_chart(rows):
	if not rows:
		return None
	schools = sorted({r["school"] for r in rows})

	def total(field):
		return [sum(r[field] for r in rows if r["school"] == s) for s in schools]

	return {
		"data": {
			"labels": schools,
			"datasets": [
				{"name": _("Without plan"), "values": total("without_plan")},
				{"name": _("Plan past review"), "values": total("plan_overdue")},
				{"name": _("Few parent meetings"), "values": total("few_parent_meetings")},
			],
		},
		"type": "bar",
	}


def get_summary(totals):
	return [
		summary_item(totals["on_register"], _("On SEN Support or EHC Plan"), "Int"),
		summary_item(totals["without_plan"], _("Without an active plan"), "Int", indicator="Red"),
		summary_item(totals["plan_overdue"], _("Plan past review date"), "Int", indicator="Orange"),
		summary_item(totals["few_parent_meetings"], _("Too few parent meetings"), "Int", indicator="Orange"),
	]
