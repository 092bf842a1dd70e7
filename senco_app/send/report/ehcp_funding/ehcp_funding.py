# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""EHCP Funding: top-up funding per pupil and per school for a year (prorated by days)."""

import frappe
from frappe import _
from frappe.utils import add_days, add_years, getdate, today

from senco_app.reports import limit_to_schools, report_schools
from senco_app.rules import ehcp as ehcp_rules
from senco_app.rules.statutory import school_year_start


def execute(filters=None):
	filters = frappe._dict(filters or {})
	year_start = getdate(filters.year_start) if filters.year_start else school_year_start(getdate(today()))
	year_end = getdate(add_days(add_years(year_start, 1), -1))
	plans = [
		{k: (getdate(v) if k in ("top_up_from", "top_up_to") and v else v) for k, v in p.items()}
		for p in fetch_plans(filters)
	]
	rows = ehcp_rules.funding_rows(plans, year_start, year_end)
	totals = ehcp_rules.funding_by_school(rows)
	return get_columns(), rows, None, get_chart(totals), get_summary(rows, totals)


def fetch_plans(filters):
	schools = report_schools(filters.school, "EHC Plan")
	conditions = limit_to_schools(
		{
			"top_up_annual": [">", 0],
			"status": ["in", ["Issued", "Under appeal", "Ceased", "Transferred"]],
		},
		schools,
	)
	if conditions is None:
		return []
	return frappe.get_list(
		"EHC Plan",
		filters=conditions,
		fields=[
			"name",
			"student",
			"student_name",
			"school",
			"local_authority",
			"top_up_amount",
			"top_up_period",
			"top_up_annual",
			"top_up_from",
			"top_up_to",
		],
		limit_page_length=0,
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
		{"fieldname": "local_authority", "label": _("LA"), "fieldtype": "Data", "width": 120},
		{
			"fieldname": "top_up_amount",
			"label": _("Top-up"),
			"fieldtype": "Currency",
			"options": "GBP",
			"width": 110,
		},
		{"fieldname": "top_up_period", "label": _("Per"), "fieldtype": "Data", "width": 90},
		{"fieldname": "top_up_from", "label": _("From"), "fieldtype": "Date", "width": 100},
		{"fieldname": "top_up_to", "label": _("To"), "fieldtype": "Date", "width": 100},
		{
			"fieldname": "amount_in_year",
			"label": _("In the Year"),
			"fieldtype": "Currency",
			"options": "GBP",
			"width": 130,
		},
		{
			"fieldname": "name",
			"label": _("EHC Plan"),
			"fieldtype": "Link",
			"options": "EHC Plan",
			"width": 130,
		},
	]


def get_chart(totals):
	if not totals:
		return None
	return {
		"data": {
			"labels": [t[0] for t in totals],
			"datasets": [{"name": _("Top-up in the year"), "values": [t[1] for t in totals]}],
		},
		"type": "bar",
		"fieldtype": "Currency",
	}


def get_summary(rows, totals):
	return [
		{
			"value": sum(t[1] for t in totals),
			"label": _("Top-up in the year"),
			"datatype": "Currency",
			"currency": "GBP",
		},
		{"value": len(rows), "label": _("Pupils funded"), "datatype": "Int"},
		*[
			{
				"value": amount,
				"label": _("{0} ({1} pupils)").format(school, count),
				"datatype": "Currency",
				"currency": "GBP",
			}
			for school, amount, count in totals
		],
	]
