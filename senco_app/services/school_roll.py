"""Pupils on roll per school on a date, counted by the database (one GROUP BY query, whatever the
size of the trust) rather than by reading every pupil: the rule of ``senco_app.rules.roll.on_roll``,
in SQL (test_school_roll checks the two agree on every case of the rule)."""

from datetime import date

import frappe
from frappe.query_builder.functions import Count


def school_rolls(schools: list[str] | None, as_at: date, aggregate: bool = False) -> dict[str | None, int]:
	"""{school: pupils on roll on ``as_at``} for ``schools`` (None: every school). A pupil is on roll
	once joined (or with no joining date) and not yet left; a disabled pupil with no leaving date is
	off roll. ``aggregate``: for an aggregate report, counted past the reader's own read permission
	on Student, still bounded by ``schools`` (see ``script_report.aggregate_rows``)."""
	if not aggregate:
		frappe.has_permission("Student", "read", throw=True)
	if schools is not None and not schools:
		return {}
	student = frappe.qb.DocType("Student")
	query = (
		frappe.qb.from_(student)
		.select(student.school, Count("*"))
		.where(student.joining_date.isnull() | (student.joining_date <= as_at))
		.where(
			(student.date_of_leaving >= as_at) | (student.date_of_leaving.isnull() & (student.enabled == 1))
		)
		.groupby(student.school)
	)
	if schools is not None:
		query = query.where(student.school.isin(schools))
	return dict(query.run())
