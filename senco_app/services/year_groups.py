"""Pupils' year groups: the Program of their Program Enrollment on a date."""

import frappe

from senco_app.rules.roll import year_groups


def student_year_groups(students: list[str], as_at) -> dict[str, str]:
	"""Each pupil's year group (Program of their current Program Enrollment) on ``as_at``."""
	if not students:
		return {}
	enrollments = frappe.get_all(
		"Program Enrollment",
		filters={"student": ["in", students], "docstatus": 1},
		fields=["student", "program", "enrollment_date"],
		order_by=None,
		limit_page_length=0,
	)
	return year_groups(enrollments, as_at)
