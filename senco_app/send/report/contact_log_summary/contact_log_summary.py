# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""Contact Log Summary: contacts per pupil and type over a period, and pupils on the register with
no parent contact for a number of weeks. Confidential entries count only for the SENCO (the list is
read through the contact log's own permission rule)."""

import frappe
from frappe import _
from frappe.utils import add_days, add_months, cint, get_datetime, getdate, today

from senco_app.reports import report_schools
from senco_app.rules.agencies import CONTACT_TYPES
from senco_app.rules.agency_reports import contact_summary_rows


def execute(filters=None):
	filters = frappe._dict(filters or {})
	end = getdate(filters.to_date or today())
	start = getdate(filters.from_date or add_months(end, -3))
	weeks = cint(filters.weeks) if filters.weeks not in (None, "") else 6
	schools = report_schools(filters.school, "SEND Contact Log")
	pupils, contacts = [], []
	if schools != []:
		school_filter = {"school": ["in", schools]} if schools is not None else {}
		pupils = [
			{"student": r.student, "student_name": r.student_name, "school": r.school}
			for r in frappe.get_list(
				"SEND Record",
				filters={"status": "Open", **school_filter},
				fields=["student", "student_name", "school"],
				limit_page_length=0,
			)
		]
		contacts = [
			{
				"student": c.student,
				"contact_type": c.contact_type,
				"with_whom": c.with_whom,
				"date": getdate(c.contact_datetime),
			}
			for c in frappe.get_list(
				"SEND Contact Log",
				filters={
					"contact_datetime": ["between", [get_datetime(start), get_datetime(add_days(end, 1))]],
					"student": ["in", [p["student"] for p in pupils] or [""]],
					**school_filter,
				},
				fields=["student", "contact_type", "with_whom", "contact_datetime"],
				limit_page_length=0,
			)
		]
	rows = contact_summary_rows(pupils, contacts, end, weeks)
	return get_columns(weeks), rows, None, get_chart(rows), get_summary(rows, weeks)


def get_columns(weeks):
	return [
		{"fieldname": "student_name", "label": _("Pupil"), "fieldtype": "Data", "width": 170},
		{
			"fieldname": "school",
			"label": _("School"),
			"fieldtype": "Link",
			"options": "Company",
			"width": 170,
		},
		*[{"fieldname": k, "label": _(k), "fieldtype": "Int", "width": 90} for k in CONTACT_TYPES],
		{"fieldname": "total", "label": _("Total"), "fieldtype": "Int", "width": 80},
		{
			"fieldname": "last_parent_contact",
			"label": _("Last Parent Contact"),
			"fieldtype": "Date",
			"width": 140,
		},
		{
			"fieldname": "no_recent_parent_contact",
			"label": _("No Parent Contact in {0} Weeks").format(weeks),
			"fieldtype": "Check",
			"width": 190,
		},
	]


def get_chart(rows):
	if not rows:
		return None
	return {
		"data": {
			"labels": [_(k) for k in CONTACT_TYPES],
			"datasets": [{"name": _("Contacts"), "values": [sum(r[k] for r in rows) for k in CONTACT_TYPES]}],
		},
		"type": "bar",
	}


def get_summary(rows, weeks):
	return [
		{"value": sum(r["total"] for r in rows), "label": _("Contacts"), "datatype": "Int"},
		{
			"value": sum(r["no_recent_parent_contact"] for r in rows),
			"label": _("Pupils with no parent contact in {0} weeks").format(weeks),
			"datatype": "Int",
			"indicator": "Orange",
		},
	]
