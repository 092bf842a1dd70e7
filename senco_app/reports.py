"""What every SEND report shares: which schools the user may report on, and pupils' year groups."""

import frappe

from senco_app.permissions import filter_schools, school_with_descendants
from senco_app.rules.roll import year_groups


def report_schools(school: str | None, doctype: str) -> list[str] | None:
	"""The schools a report covers: the chosen school or trust (with the schools under it), cut to
	the schools the user may see. None means no limit; an empty list means nothing to show.

	Reports apply this themselves as well as reading through ``frappe.get_list``, so the per-school
	rule holds even where a report reads a table Frappe would not filter."""
	requested = school_with_descendants(school) if school else None
	return filter_schools(requested, doctype=doctype)


def limit_to_schools(conditions: dict, schools: list[str] | None) -> dict | None:
	"""A report query's filters, limited to ``schools`` (from ``report_schools``). None when the user
	may see no school at all: the report then shows nothing rather than everything."""
	if schools == []:
		return None
	if schools is not None:
		conditions = {**conditions, "school": ["in", schools]}
	return conditions


def student_year_groups(students: list[str], as_at) -> dict[str, str]:
	"""Each pupil's year group (Program of their current Program Enrollment) on ``as_at``."""
	if not students:
		return {}
	enrollments = frappe.get_all(
		"Program Enrollment",
		filters={"student": ["in", students], "docstatus": 1},
		fields=["student", "program", "enrollment_date"],
		limit_page_length=0,
	)
	return year_groups(enrollments, as_at)
