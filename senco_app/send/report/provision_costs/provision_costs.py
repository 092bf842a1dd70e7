# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""Provision Costs: cost per pupil in a school year against the notional SEN threshold (pupils above
it are candidates for top-up funding or an EHC needs assessment request), and per school against
its notional SEN budget."""

import frappe
from frappe import _
from frappe.utils import add_days, add_years, getdate, today

from senco_app.rules.provision_reports import pupil_costs, school_costs
from senco_app.rules.statutory import school_year_start
from senco_app.send.report.provision_common import fetch_placements, school_budgets
from senco_app.services.settings import send_settings
from senco_app.services.year_groups import student_year_groups


def execute(filters=None):
	filters = frappe._dict(filters or {})
	year_start = getdate(filters.year_start) if filters.year_start else school_year_start(getdate(today()))
	year_end = getdate(add_days(add_years(year_start, 1), -1))
	threshold = send_settings().notional_sen_threshold
	placements, _entries = fetch_placements(filters.school, year_start, year_end)
	years = student_year_groups(list({p["student"] for p in placements}), year_end)
	for p in placements:
		p["year_group"] = years.get(p["student"])
	rows = pupil_costs(placements, year_start, year_end, threshold)
	schools = school_costs(rows, school_budgets({r["school"] for r in rows}))
	if filters.above_threshold_only:
		rows = [r for r in rows if r["above_threshold"]]
	return get_columns(), rows, None, get_chart(schools), get_summary(rows, schools, threshold)


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
		{"fieldname": "year_group", "label": _("Year Group"), "fieldtype": "Data", "width": 100},
		{"fieldname": "provisions", "label": _("Provisions"), "fieldtype": "Int", "width": 90},
		{
			"fieldname": "cost",
			"label": _("Cost in the Year"),
			"fieldtype": "Currency",
			"options": "GBP",
			"width": 140,
		},
		{"fieldname": "above_threshold", "label": _("Above Threshold"), "fieldtype": "Check", "width": 130},
		{
			"fieldname": "student",
			"label": _("Student"),
			"fieldtype": "Link",
			"options": "Student",
			"width": 130,
		},
	]


def get_chart(schools):
	if not schools:
		return None
	return {
		"data": {
			"labels": [s["school"] for s in schools],
			"datasets": [
				{"name": _("Provision cost"), "values": [s["cost"] for s in schools]},
				{"name": _("Notional SEN budget"), "values": [s["budget"] for s in schools]},
			],
		},
		"type": "bar",
		"fieldtype": "Currency",
	}


def get_summary(rows, schools, threshold):
	return [
		{
			"value": sum(1 for r in rows if r["above_threshold"]),
			"label": _("Pupils above {0}").format(frappe.format(threshold, "Currency")),
			"datatype": "Int",
			"indicator": "Red",
		},
		*[
			{
				"value": s["budget_used_percent"],
				"label": _("{0}: share of notional SEN budget").format(s["school"]),
				"datatype": "Percent",
			}
			for s in schools
		],
	]
