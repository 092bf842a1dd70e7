"""Pupils' year groups: the Program of their Program Enrollment on a date."""

import frappe

from senco_app.rules.roll import year_groups


def year_group_sql(student: str, on: str = "%(as_at)s") -> str:
	"""SQL of a pupil's year group on a day, to select beside their rows: the Program of their latest
	submitted enrolment begun by then (``rules.roll.year_groups``), one look-up on Program
	Enrollment's student index. ``student``: the column holding the pupil; ``on``: the day's value."""
	return f"""(select e.program from `tabProgram Enrollment` e
		where e.student = {student} and e.docstatus = 1 and e.enrollment_date <= {on}
		order by e.enrollment_date desc, e.creation desc limit 1)"""


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


def school_year_groups(schools: list[str] | None, as_at, of: str = "Student") -> dict[str, str]:
	"""Year groups on ``as_at`` of the pupils of ``schools`` (None: of every school), read in one
	query joining Program Enrollment to ``of`` rather than with a list of the pupils' names: every
	pupil of the schools (``of`` "Student"), or only those with a SEND Record there ("SEND Record").
	Callers look up only pupils their reader may read."""
	if schools == []:
		return {}
	enrollment, pupils = frappe.qb.DocType("Program Enrollment"), frappe.qb.DocType(of)
	student = pupils.name if of == "Student" else pupils.student
	query = (
		frappe.qb.from_(enrollment)
		.join(pupils)
		.on(student == enrollment.student)
		.select(enrollment.student, enrollment.program, enrollment.enrollment_date)
		.where((enrollment.docstatus == 1) & (enrollment.enrollment_date <= as_at))
	)
	if schools is not None:
		query = query.where(pupils.school.isin(schools))
	return year_groups(query.run(as_dict=True), as_at)
