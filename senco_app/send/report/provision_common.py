"""What the provision reports read: entries the user may see and their pupils (one query each)."""

import frappe
from frappe.utils import getdate

from senco_app.reports import limit_to_schools, report_schools


def fetch_placements(school, start, end, extra_filters=None, doctype="Provision Map Entry"):
	"""Entries running in [start, end] of the schools the user may see, one dict per pupil placed."""
	schools = report_schools(school, doctype)
	filters = limit_to_schools(
		{"start_date": ["<=", end], "end_date": [">=", start], **(extra_filters or {})}, schools
	)
	if filters is None:
		return [], {}
	entries = {
		e.name: e
		for e in frappe.get_list(
			doctype,
			filters=filters,
			fields=[
				"name",
				"provision",
				"school",
				"staff",
				"staff_name",
				"start_date",
				"end_date",
				"total_hours",
				"total_cost",
				"cost_per_pupil",
				"measure",
				"sessions_per_week",
				"minutes_per_session",
			],
			limit_page_length=0,
		)
	}
	if not entries:
		return [], entries
	pupils = frappe.get_all(
		"Provision Map Pupil",
		filters={"parenttype": doctype, "parent": ["in", list(entries)]},
		fields=["parent", "student", "student_name", "progress", "measured", "outcome", "cost"],
		limit_page_length=0,
	)
	placements = []
	for p in pupils:
		e = entries[p.parent]
		placements.append(
			{
				"entry": e.name,
				"student": p.student,
				"student_name": p.student_name,
				"school": e.school,
				"provision": e.provision,
				"hours": e.total_hours,
				"cost": p.cost,
				"progress": p.progress if p.measured else None,
				"outcome": p.outcome,
				"measure": e.measure,
				"start_date": getdate(e.start_date),
				"end_date": getdate(e.end_date),
			}
		)
	return placements, entries
