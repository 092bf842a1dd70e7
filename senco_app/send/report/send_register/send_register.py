# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""SEND Register: who is on the register on a date, with year group, provision and ranked needs."""

import frappe
from frappe import _
from frappe.utils import getdate, today

from senco_app.reports import national_share_labels, need_chart, report_schools
from senco_app.rules import register_report
from senco_app.services.year_groups import student_year_groups


def execute(filters=None):
	filters = frappe._dict(filters or {})
	as_at = getdate(filters.as_at or today())
	schools = report_schools(filters.school, "SEND Record")

	records, history = fetch_register(schools, as_at)
	students = fetch_students(schools)
	year_groups = student_year_groups([s.name for s in students], as_at)

	rows = register_report.register_rows(
		records,
		history,
		as_at,
		year_groups,
		provision=filters.sen_provision,
		need=filters.need,
		year_group=filters.year_group,
		key_person=filters.key_person,
	)
	roll = register_report.roll_count(students, as_at, year_groups, filters.year_group)
	return get_columns(), rows, None, get_chart(rows), get_summary(rows, roll)


def fetch_register(schools: list[str] | None, as_at, aggregate: bool = False):
	"""Records open on ``as_at`` that the user may read, and their history rows. ``aggregate``: for
	an aggregate report, read past the reader's own read permission, limited to ``schools`` (see
	``senco_app.reports.aggregate_rows``)."""
	if schools == []:
		return [], []
	filters = [["start_date", "<=", as_at]]
	if schools is not None:
		filters.append(["school", "in", schools])
	records = (frappe.get_all if aggregate else frappe.get_list)(
		"SEND Record",
		filters=filters,
		or_filters=[["end_date", "is", "not set"], ["end_date", ">=", as_at]],
		fields=["name", "student", "student_name", "school", "key_person", "start_date"],
		limit_page_length=0,
	)
	if not records:
		return [], []
	history = frappe.get_all(
		"SEND Record History",
		filters={"parenttype": "SEND Record", "parent": ["in", [r.name for r in records]]},
		fields=["parent", "from_date", "to_date", "sen_provision", "census_code", "needs"],
		limit_page_length=0,
	)
	return records, history


def fetch_students(schools: list[str] | None, aggregate: bool = False):
	"""Pupils of the schools, as the user may read them (for the roll); ``aggregate`` as above."""
	if schools == []:
		return []
	filters = {"school": ["in", schools]} if schools is not None else {}
	return (frappe.get_all if aggregate else frappe.get_list)(
		"Student",
		filters=filters,
		fields=["name", "school", "joining_date", "date_of_leaving", "enabled"],
		limit_page_length=0,
	)


def get_columns():
	return [
		{
			"fieldname": "student",
			"label": _("Student"),
			"fieldtype": "Link",
			"options": "Student",
			"width": 140,
		},
		{"fieldname": "student_name", "label": _("Name"), "fieldtype": "Data", "width": 180},
		{
			"fieldname": "school",
			"label": _("School"),
			"fieldtype": "Link",
			"options": "Company",
			"width": 180,
		},
		{
			"fieldname": "year_group",
			"label": _("Year Group"),
			"fieldtype": "Link",
			"options": "Program",
			"width": 110,
		},
		{"fieldname": "sen_provision", "label": _("SEN Provision"), "fieldtype": "Data", "width": 120},
		{"fieldname": "census_code", "label": _("Census"), "fieldtype": "Data", "width": 70},
		{
			"fieldname": "primary_need",
			"label": _("Primary Need"),
			"fieldtype": "Link",
			"options": "SEN Need Type",
			"width": 110,
		},
		{
			"fieldname": "secondary_need",
			"label": _("Secondary Need"),
			"fieldtype": "Link",
			"options": "SEN Need Type",
			"width": 120,
		},
		{
			"fieldname": "key_person",
			"label": _("Key Person"),
			"fieldtype": "Link",
			"options": "User",
			"width": 160,
		},
		{"fieldname": "start_date", "label": _("Start Date"), "fieldtype": "Date", "width": 100},
		{
			"fieldname": "send_record",
			"label": _("SEND Record"),
			"fieldtype": "Link",
			"options": "SEND Record",
			"width": 140,
		},
	]


def get_chart(rows):
	return need_chart(register_report.primary_need_counts(rows))


def get_summary(rows, roll):
	counts = register_report.provision_counts(rows, roll)
	sen_support_label, ehc_plan_label = national_share_labels()
	return [
		{"value": counts["on_roll"], "label": _("Pupils on roll"), "datatype": "Int"},
		{
			"value": counts["sen_support"],
			"label": _("On SEN Support"),
			"datatype": "Int",
			"indicator": "Blue",
		},
		{
			"value": counts["sen_support_percent"],
			"label": sen_support_label,
			"datatype": "Percent",
			"indicator": "Blue",
		},
		{"value": counts["ehc_plan"], "label": _("With EHC Plan"), "datatype": "Int", "indicator": "Purple"},
		{
			"value": counts["ehc_plan_percent"],
			"label": ehc_plan_label,
			"datatype": "Percent",
			"indicator": "Purple",
		},
		{"value": counts["monitoring"], "label": _("Monitoring"), "datatype": "Int", "indicator": "Grey"},
	]
