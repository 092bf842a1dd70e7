# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""Provision Map: pupils down, provisions across, for a term or period, as schools print it."""

import frappe
from frappe import _
from frappe.utils import add_months, getdate, today

from senco_app.rules.provision_reports import group_totals, provision_grid
from senco_app.send.report.provision_common import fetch_placements
from senco_app.services.year_groups import student_year_groups


def execute(filters=None):
	filters = frappe._dict(filters or {})
	start, end = period(filters)
	extra = {k: filters[k] for k in ("provision", "staff") if filters.get(k)}
	placements, _entries = fetch_placements(filters.school, start, end, extra)
	students = list({p["student"] for p in placements})
	years = student_year_groups(students, end)
	needs = dict(
		frappe.get_all(
			"SEND Record",
			filters={"student": ["in", students or [""]], "status": "Open"},
			fields=["student", "primary_need"],
			as_list=True,
		)
	)
	for p in placements:
		p["year_group"] = years.get(p["student"]) or ""
		p["primary_need"] = needs.get(p["student"]) or ""
	if filters.year_group:
		placements = [p for p in placements if p["year_group"] == filters.year_group]
	if filters.need:
		placements = [p for p in placements if p["primary_need"] == filters.need]
	provisions, rows = provision_grid(placements)
	return get_columns(provisions), rows, None, get_chart(rows), get_summary(rows)


def period(filters):
	if filters.academic_term:
		term = frappe.db.get_value(
			"Academic Term", filters.academic_term, ["term_start_date", "term_end_date"], as_dict=True
		)
		if term and term.term_start_date:
			return getdate(term.term_start_date), getdate(term.term_end_date)
	end = getdate(filters.to_date or today())
	return getdate(filters.from_date or add_months(end, -3)), end


def get_columns(provisions):
	return [
		{"fieldname": "student_name", "label": _("Pupil"), "fieldtype": "Data", "width": 160},
		{
			"fieldname": "school",
			"label": _("School"),
			"fieldtype": "Link",
			"options": "Company",
			"width": 150,
		},
		{"fieldname": "year_group", "label": _("Year Group"), "fieldtype": "Data", "width": 90},
		{"fieldname": "primary_need", "label": _("Primary Need"), "fieldtype": "Data", "width": 90},
		*[
			{"fieldname": p, "label": p, "fieldtype": "Float", "precision": 1, "width": 110}
			for p in provisions
		],
		{
			"fieldname": "total_hours",
			"label": _("Total Hours"),
			"fieldtype": "Float",
			"precision": 1,
			"width": 100,
		},
		{
			"fieldname": "total_cost",
			"label": _("Total Cost"),
			"fieldtype": "Currency",
			"options": "GBP",
			"width": 110,
		},
	]


def get_chart(rows):
	totals = group_totals(rows, "year_group")
	if not totals:
		return None
	return {
		"data": {
			"labels": [t[0] or _("(none)") for t in totals],
			"datasets": [{"name": _("Cost"), "values": [t[2] for t in totals]}],
		},
		"type": "bar",
		"fieldtype": "Currency",
	}


def get_summary(rows):
	return [
		{"value": len(rows), "label": _("Pupils"), "datatype": "Int"},
		{
			"value": round(sum(r["total_hours"] for r in rows), 1),
			"label": _("Pupil hours"),
			"datatype": "Float",
		},
		*[
			{"value": cost, "label": _("Cost: {0}").format(school), "datatype": "Currency", "currency": "GBP"}
			for school, _hours, cost in group_totals(rows, "school")
		],
	]
