"""The SEND register on a date read in one query: each record open that day with its history
period in force (the earliest, should two overlap, as ``rules.register.row_at`` reads them), the
date its first period began and the pupil's year group, rather than every record, every history
row by a list of the records' names and every enrolment of the pupils. Only the records the reader
may read are read (Frappe's own query of them, ``script_report.readable_query``)."""

from datetime import date

import frappe

from senco_app.send.report import script_report as report
from senco_app.services.year_groups import year_group_sql


def open_filters(as_at: date) -> tuple[list, list]:
	"""The conditions of a SEND Record open on ``as_at``: begun by then (all of them), and not yet
	ended (any of them)."""
	return [["start_date", "<=", as_at]], [["end_date", "is", "not set"], ["end_date", ">=", as_at]]


def register_in_force(schools: list[str] | None, as_at: date) -> list[dict]:
	"""[{name, student, student_name, school, key_person, start_date, sen_provision, census_code,
	needs, year_group}] for the records of ``schools`` (None: every school) open on ``as_at`` that
	the reader may read, ``start_date`` being the day the record's first history period began."""
	open_on, still_open = open_filters(as_at)
	readable = report.readable_query("SEND Record", schools, open_on, or_filters=still_open)
	if readable is None:
		return []
	rows = frappe.db.sql(
		f"""
		select r.name, r.student, r.student_name, r.school, r.key_person, h.from_date,
			h.sen_provision, h.census_code, h.needs,
			(select min(f.from_date) from `tabSEND Record History` f
				where f.parent = r.name and f.parenttype = 'SEND Record') as start_date,
			{year_group_sql("r.student")} as year_group
		from `tabSEND Record` r
		join `tabSEND Record History` h on h.parent = r.name and h.parenttype = 'SEND Record'
		where r.start_date <= %(as_at)s and (r.end_date is null or r.end_date >= %(as_at)s)
			and h.from_date <= %(as_at)s and (h.to_date is null or h.to_date >= %(as_at)s)
			and r.name in ({readable})
		""",
		{"as_at": as_at},
		as_dict=True,
	)
	# two periods in force the same day (history the app does not write, but a school's import
	# might): the earlier counts. (Numbering them in the query made MariaDB work out the look-ups
	# above for every row before keeping one: five times slower.)
	in_force = {}
	for row in rows:
		if row.name not in in_force or row.from_date < in_force[row.name].from_date:
			in_force[row.name] = row
	return list(in_force.values())
