"""What the provision reports read: entries the user may see and their pupils (one query each), and
the schools' notional SEN budgets."""

import frappe
from frappe.utils import getdate

from senco_app.reports import limit_to_schools, report_schools


def fetch_placements(school, start, end, extra_filters=None, doctype="Provision Map Entry", aggregate=False):
	"""Entries running in [start, end] of the schools the user may see, one dict per pupil placed.
	``aggregate``: for an aggregate report, read past the reader's own read permission, limited to
	their schools (see ``senco_app.reports.aggregate_rows``)."""
	schools = report_schools(school, doctype)
	filters = limit_to_schools(
		{"start_date": ["<=", end], "end_date": [">=", start], **(extra_filters or {})}, schools
	)
	if filters is None:
		return [], {}
	read = frappe.get_all if aggregate else frappe.get_list
	entries = {
		e.name: e
		for e in read(
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


def school_budgets(schools) -> dict[str, float]:
	"""Each school's notional SEN budget (School (SEND) section of the Company)."""
	return dict(
		frappe.get_all(
			"Company",
			filters={"name": ["in", list(schools) or [""]]},
			fields=["name", "send_notional_sen_budget"],
			as_list=True,
		)
	)
