# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""SEN Support Compliance: per school and year group, who has no plan, whose plan is past its review
date, and who has had fewer parent meetings than the Code of Practice asks (6.65)."""

import frappe
from frappe import _
from frappe.utils import getdate, today

from senco_app.reports import limit_to_schools, report_schools, student_year_groups
from senco_app.rules.review_reports import compliance_rows
from senco_app.rules.reviews import PARENT_MEETINGS_PER_YEAR


def execute(filters=None):
	filters = frappe._dict(filters or {})
	as_at = getdate(today())
	schools = report_schools(filters.school, "SEND Record")
	records = fetch_records(schools)
	year_groups = student_year_groups([r.student for r in records], as_at)
	if filters.year_group:
		records = [r for r in records if year_groups.get(r.student) == filters.year_group]
	overdue_plans = set(
		frappe.get_list(
			"Individual Education Plan",
			filters={
				"name": ["in", [r.active_iep for r in records if r.active_iep] or [""]],
				"review_date": ["<", as_at],
			},
			pluck="name",
			limit_page_length=0,
		)
	)
	required = frappe.get_cached_doc("SEND Settings").parent_meetings_per_year or PARENT_MEETINGS_PER_YEAR
	rows = compliance_rows(records, overdue_plans, year_groups, required)
	return get_columns(required), rows, None, get_chart(rows), get_summary(rows)


def fetch_records(schools):
	conditions = limit_to_schools(
		{"status": "Open", "sen_provision": ["in", ["SEN Support", "EHC Plan"]]}, schools
	)
	if conditions is None:
		return []
	return frappe.get_list(
		"SEND Record",
		filters=conditions,
		fields=["name", "student", "school", "active_iep", "parent_meetings_12m"],
		limit_page_length=0,
	)


def get_columns(required):
	return [
		{
			"fieldname": "school",
			"label": _("School"),
			"fieldtype": "Link",
			"options": "Company",
			"width": 200,
		},
		{
			"fieldname": "year_group",
			"label": _("Year Group"),
			"fieldtype": "Link",
			"options": "Program",
			"width": 110,
		},
		{
			"fieldname": "on_register",
			"label": _("On SEN Support or EHC Plan"),
			"fieldtype": "Int",
			"width": 180,
		},
		{"fieldname": "without_plan", "label": _("Without an Active Plan"), "fieldtype": "Int", "width": 160},
		{"fieldname": "plan_overdue", "label": _("Plan Past Review Date"), "fieldtype": "Int", "width": 160},
		{
			"fieldname": "few_parent_meetings",
			"label": _("Fewer Than {0} Parent Meetings").format(required),
			"fieldtype": "Int",
			"width": 200,
		},
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


def get_summary(rows):
	def total(field):
		return sum(r[field] for r in rows)

	return [
		{"value": total("on_register"), "label": _("On SEN Support or EHC Plan"), "datatype": "Int"},
		{
			"value": total("without_plan"),
			"label": _("Without an active plan"),
			"datatype": "Int",
			"indicator": "Red",
		},
		{
			"value": total("plan_overdue"),
			"label": _("Plan past review date"),
			"datatype": "Int",
			"indicator": "Orange",
		},
		{
			"value": total("few_parent_meetings"),
			"label": _("Too few parent meetings"),
			"datatype": "Int",
			"indicator": "Orange",
		},
	]
