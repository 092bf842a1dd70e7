# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""Reviews Due: pupils on the register whose next review falls within a window, overdue first; filter by
school, key person, SEN provision and the intervention (SEND Provision) a pupil is in."""

import frappe
from frappe import _
from frappe.utils import cint, getdate, today

from senco_app.reports import limit_to_schools, report_schools
from senco_app.rules.review_reports import OVERDUE, reviews_due_rows
from senco_app.services.year_groups import student_year_groups


def execute(filters=None):
	filters = frappe._dict(filters or {})
	as_at = getdate(filters.as_at or today())
	window = cint(filters.window_days) if filters.window_days not in (None, "") else 30
	schools = report_schools(filters.school, "SEND Record")
	records = fetch_records(schools, filters, as_at)
	year_groups = student_year_groups([r.student for r in records], as_at)
	rows = reviews_due_rows(records, as_at, window, year_groups)
	return get_columns(), rows, None, get_chart(rows), get_summary(rows)


def fetch_records(schools, filters, as_at):
	conditions = limit_to_schools({"status": "Open"}, schools)
	if conditions is None:
		return []
	for key in ("key_person", "sen_provision"):
		if filters.get(key):
			conditions[key] = filters[key]
	if filters.get("provision"):
		conditions["student"] = ["in", pupils_in_provision(filters.provision, schools, as_at) or [""]]
	return frappe.get_list(
		"SEND Record",
		filters=conditions,
		fields=[
			"name",
			"student",
			"student_name",
			"school",
			"sen_provision",
			"key_person",
			"active_iep",
			"last_review_date",
			"next_review_due",
			"parent_meetings_12m",
		],
		limit_page_length=0,
	)


def pupils_in_provision(provision, schools, as_at) -> list[str]:
	"""Pupils placed (and not withdrawn) in an entry of ``provision`` running on ``as_at``."""
	conditions = limit_to_schools(
		{"provision": provision, "start_date": ["<=", as_at], "end_date": [">=", as_at]}, schools
	)
	if conditions is None:
		return []
	entries = frappe.get_list("Provision Map Entry", filters=conditions, pluck="name", limit_page_length=0)
	if not entries:
		return []
	return frappe.get_all(
		"Provision Map Pupil",
		filters={
			"parenttype": "Provision Map Entry",
			"parent": ["in", entries],
			"outcome": ["!=", "Withdrawn"],
		},
		pluck="student",
		distinct=True,
	)


def get_columns():
	return [
		{"fieldname": "student_name", "label": _("Pupil"), "fieldtype": "Data", "width": 170},
		{
			"fieldname": "school",
			"label": _("School"),
			"fieldtype": "Link",
			"options": "Company",
			"width": 170,
		},
		{
			"fieldname": "year_group",
			"label": _("Year Group"),
			"fieldtype": "Link",
			"options": "Program",
			"width": 100,
		},
		{"fieldname": "sen_provision", "label": _("Provision"), "fieldtype": "Data", "width": 110},
		{"fieldname": "next_review_due", "label": _("Review Due"), "fieldtype": "Date", "width": 105},
		{"fieldname": "days_overdue", "label": _("Days Overdue"), "fieldtype": "Int", "width": 110},
		{"fieldname": "last_review_date", "label": _("Last Review"), "fieldtype": "Date", "width": 105},
		{
			"fieldname": "key_person",
			"label": _("Key Person"),
			"fieldtype": "Link",
			"options": "User",
			"width": 160,
		},
		{
			"fieldname": "parent_meetings_12m",
			"label": _("Parent Meetings (12 m)"),
			"fieldtype": "Int",
			"width": 120,
		},
		{
			"fieldname": "active_iep",
			"label": _("Plan"),
			"fieldtype": "Link",
			"options": "Individual Education Plan",
			"width": 130,
		},
		{
			"fieldname": "name",
			"label": _("SEND Record"),
			"fieldtype": "Link",
			"options": "SEND Record",
			"width": 140,
		},
	]


def get_chart(rows):
	if not rows:
		return None
	schools = sorted({r["school"] for r in rows})
	overdue = [sum(1 for r in rows if r["school"] == s and r["review_status"] == OVERDUE) for s in schools]
	due = [sum(1 for r in rows if r["school"] == s and r["review_status"] != OVERDUE) for s in schools]
	return {
		"data": {
			"labels": schools,
			"datasets": [{"name": _("Overdue"), "values": overdue}, {"name": _("Due"), "values": due}],
		},
		"type": "bar",
		"barOptions": {"stacked": 1},
		"colors": ["#e24c4c", "#5e64ff"],
	}


def get_summary(rows):
	overdue = sum(1 for r in rows if r["review_status"] == OVERDUE)
	return [
		{
			"value": overdue,
			"label": _("Overdue"),
			"datatype": "Int",
			"indicator": "Red" if overdue else "Green",
		},
		{"value": len(rows) - overdue, "label": _("Due in window"), "datatype": "Int", "indicator": "Blue"},
	]
