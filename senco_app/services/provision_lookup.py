"""Provision Map lookups: a pupil's entries for a new plan, entry details for a plan's provision
list, and what the print format of a pupil's provision reads."""

import frappe
from frappe.utils import getdate


def running_filters(start, end) -> dict:
	"""Filters of the Provision Map Entries running on some day of [start, end]: begun by its last day
	and not ended before its first."""
	return {"start_date": ["<=", end], "end_date": [">=", start]}


def pupil_provision(student: str, school: str) -> list[dict]:
	"""A pupil's provision map entries, current and past, as the reader may see them (for the
	"Pupil Provision Map" print format)."""
	entries = {
		e.name: e
		for e in frappe.get_list(
			"Provision Map Entry",
			filters={"school": school},
			fields=[
				"name",
				"provision",
				"wave",
				"staff_name",
				"start_date",
				"end_date",
				"sessions_per_week",
				"minutes_per_session",
				"total_hours",
				"measure",
			],
			limit_page_length=0,
		)
	}
	if not entries:
		return []
	rows = frappe.get_all(
		"Provision Map Pupil",
		filters={"parenttype": "Provision Map Entry", "parent": ["in", list(entries)], "student": student},
		fields=[
			"parent",
			"entry_score",
			"entry_date",
			"exit_score",
			"exit_date",
			"progress",
			"measured",
			"outcome",
			"cost",
		],
	)
	for r in rows:
		# a score column holds 0 until a score is given: a 0 counts only with its date
		r.entry_score = r.entry_score if r.entry_score or r.entry_date else None
		r.exit_score = r.exit_score if r.exit_score or r.exit_date else None
	out = [{**entries[r.parent], **r} for r in rows]
	return sorted(out, key=lambda r: getdate(r["start_date"]), reverse=True)


def pupil_provision_entries(student: str, school: str, from_date, to_date) -> list[str]:
	"""Provision Map Entries of ``school`` running at some time from ``from_date`` to ``to_date`` that
	the pupil is in (and not withdrawn from), earliest first: the provisions a new plan lists."""
	placed = frappe.get_all(
		"Provision Map Pupil",
		filters={"parenttype": "Provision Map Entry", "student": student, "outcome": ["!=", "Withdrawn"]},
		pluck="parent",
	)
	if not placed:
		return []
	return frappe.get_all(
		"Provision Map Entry",
		filters={"name": ["in", placed], "school": school, **running_filters(from_date, to_date)},
		order_by="start_date asc, name asc",
		pluck="name",
	)


def provision_entry_details(entries: set[str], school: str) -> dict[str, dict]:
	"""For the linked entries that exist: whether they belong to ``school``, their pupils, and what a
	plan shows of them (provision, how often, who helps). Two queries whatever the number of rows."""
	if not entries:
		return {}
	details = {
		e.name: frappe._dict(e, school_ok=e.school == school, students=set())
		for e in frappe.get_all(
			"Provision Map Entry",
			filters={"name": ["in", list(entries)]},
			fields=["name", "school", "provision", "staff_name", "sessions_per_week", "minutes_per_session"],
		)
	}
	for row in frappe.get_all(
		"Provision Map Pupil",
		filters={"parenttype": "Provision Map Entry", "parent": ["in", list(details) or [""]]},
		fields=["parent", "student"],
	):
		details[row.parent]["students"].add(row.student)
	return details
