# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""Agency Involvement: per pupil, the outside agencies involved over a period (evidence for an EHC
needs assessment request and the SEN information report)."""

import frappe
from frappe import _
from frappe.utils import add_months, getdate, today

from senco_app.reports import limit_to_schools, report_schools
from senco_app.rules.agency_reports import involvement_rows


def execute(filters=None):
	filters = frappe._dict(filters or {})
	end = getdate(filters.to_date or today())
	start = getdate(filters.from_date or add_months(end, -12))
	schools = report_schools(filters.school, "Agency Referral")
	referrals = []
	conditions = limit_to_schools({"status": ["!=", "Draft"], "referral_date": ["<=", end]}, schools)
	if conditions is not None:
		referrals = frappe.get_list(
			"Agency Referral",
			filters=conditions,
			fields=[
				"student",
				"student_name",
				"school",
				"agency",
				"agency_type",
				"referral_date",
				"closed_on",
			],
			limit_page_length=0,
		)
		for r in referrals:
			r.referral_date = getdate(r.referral_date)
			r.closed_on = getdate(r.closed_on) if r.closed_on else None
	rows = involvement_rows(referrals, start, end)
	chart = None
	if rows:
		counts = {}
		for r in rows:
			for kind in filter(None, r["types"].split(", ")):
				counts[kind] = counts.get(kind, 0) + 1
		labels = sorted(counts)
		chart = {
			"data": {
				"labels": labels,
				"datasets": [{"name": _("Pupils"), "values": [counts[k] for k in labels]}],
			},
			"type": "bar",
		}
	summary = [
		{"value": len(rows), "label": _("Pupils with agency involvement"), "datatype": "Int"},
		{
			"value": sum(1 for r in rows if r["agency_count"] > 1),
			"label": _("With more than one agency"),
			"datatype": "Int",
		},
	]
	return get_columns(), rows, None, chart, summary


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
		{"fieldname": "agency_count", "label": _("Agencies"), "fieldtype": "Int", "width": 90},
		{"fieldname": "agencies", "label": _("Involved"), "fieldtype": "Data", "width": 300},
		{"fieldname": "types", "label": _("Types"), "fieldtype": "Data", "width": 300},
		{
			"fieldname": "student",
			"label": _("Student"),
			"fieldtype": "Link",
			"options": "Student",
			"width": 130,
		},
	]
