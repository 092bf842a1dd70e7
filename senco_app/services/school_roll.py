"""Pupils on roll per school on a date, counted by the database (one GROUP BY query, whatever the
size of the trust) rather than by reading every pupil: the rule of ``senco_app.rules.roll.on_roll``,
in SQL (test_school_roll checks the two agree on every case of the rule)."""

from datetime import date

import frappe
from frappe.utils import getdate


def school_rolls(schools: list[str] | None, as_at: date, aggregate: bool = False) -> dict[str | None, int]:
	"""{school: pupils on roll on ``as_at``} for ``schools`` (None: every school). A pupil is on roll
	once joined (or with no joining date) and not yet left; a disabled pupil with no leaving date is
	off roll. ``aggregate``: for an aggregate report, counted past the reader's own read permission
	on Student, still bounded by ``schools`` (see ``script_report.aggregate_rows``)."""
	return {school: n for (_day, school), n in school_rolls_on(schools, [as_at], aggregate).items()}


def school_rolls_on(
	schools: list[str] | None, days: list[date], aggregate: bool = False
) -> dict[tuple[date, str | None], int]:
	"""{(day, school): pupils on roll that day} for each of ``days`` (``school_rolls`` for each), in one
	query joining the days to the pupils: not a query or a pass over every pupil per day. The index on
	Student (school, enabled, joining date, leaving date) answers it without reading pupils' rows."""
	if not aggregate:
		frappe.has_permission("Student", "read", throw=True)
	if (schools is not None and not schools) or not days:
		return {}
	values = {f"day{i}": day for i, day in enumerate(days)}
	on_days = " union all ".join(f"select cast(%({key})s as date) as day" for key in values)
	in_schools = "and s.school in %(schools)s" if schools is not None else ""
	rows = frappe.db.sql(
		f"""
		select d.day, s.school, count(*)
		from `tabStudent` s
		join ({on_days}) d
			on (s.joining_date is null or s.joining_date <= d.day)
			and (s.date_of_leaving >= d.day or (s.date_of_leaving is null and s.enabled = 1))
		where 1 = 1 {in_schools}
		group by d.day, s.school
		""",
		{**values, "schools": tuple(schools or ())},
	)
	return {(getdate(day), school): n for day, school, n in rows}
