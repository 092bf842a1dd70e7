"""A pupil's register record, as the other SEND records look it up."""

import frappe


def open_record(student: str, school: str) -> str | None:
	return frappe.db.get_value(
		"SEND Record", {"student": student, "school": school, "status": "Open"}, "name"
	)
