"""Frappe side of the provision map: what the print format of a pupil's provision reads."""

import frappe
from frappe.utils import getdate


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
		fields=["parent", "entry_score", "exit_score", "progress", "measured", "outcome", "cost"],
	)
	out = [{**entries[r.parent], **r} for r in rows]
	return sorted(out, key=lambda r: getdate(r["start_date"]), reverse=True)
