# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""SEND Attainment and Attendance: pupils on SEN Support or with an EHC plan beside the other
pupils, per term and per school, year group, course or assessment criterion: average score, share at
or above a chosen grade, attendance, persistent absence (under 90 %) and the gaps; a chart of the
gaps term by term.

Reads Education's Assessment Result (with its criteria, Assessment Result Detail) and Student
Attendance of the pupils of the reader's schools only (the pupils are read first, within the
chosen school or trust and the reader's schools; results and marks are read for those pupils
alone). An aggregate report (a governor may run it): no pupil is named, and small numbers are
suppressed for a reader who may not read pupils' records. The rules: senco_app.rules.cohort."""

import frappe
from frappe import _
from frappe.utils import add_years
from frappe.utils import getdate
from frappe.utils import today

from senco_app.exceptions import InvalidValueError
from senco_app.exceptions import MissingValueError
from senco_app.exceptions import throw
from senco_app.rules import cohort
from senco_app.rules.disclosure import is_shown
from senco_app.rules.roll import year_groups
from senco_app.send.report import script_report as report

FILTERS = {
	"school": None,
	"academic_year": None,
	"group_by": "School",
	"year_group": None,
	"course": None,
	"grading_scale": None,
	"grade": None,
}
# Without an academic year, the terms begun in the last two years.
YEARS_SHOWN = 2


def execute(filters=None):
	filters = report.report_filters(filters, FILTERS)
	if filters.group_by not in cohort.GROUPS:
		throw(
			_("Group By must be one of {0}.").format(", ".join(cohort.GROUPS)), InvalidValueError, "group_by"
		)
	threshold = grade_threshold(filters.grading_scale, filters.grade)
	rows, terms = cohort_figures(filters, threshold)
	suppressed = not report.reads_pupils()
	order = [name for name, _start, _end in terms]
	if suppressed:
		trend = cohort.term_trend(rows, order, threshold=cohort.THRESHOLD)
		rows = cohort.protected(rows)
	else:
		trend = cohort.term_trend(rows, order)
	message = report.suppression_note() if suppressed else None
	columns = get_columns(filters.group_by, suppressed, threshold is not None)
	return columns, rows, message, get_chart(trend), get_summary(rows, order)


def grade_threshold(grading_scale: str | None, grade: str | None) -> float | None:
	"""The lowest percentage of ``grade`` on ``grading_scale`` (None without a grade)."""
	if not grade:
		return None
	if not grading_scale:
		throw(_("Choose the Grading Scale of the grade."), MissingValueError, "grading_scale")
	threshold = frappe.db.get_value(
		"Grading Scale Interval",
		{"parent": grading_scale, "parenttype": "Grading Scale", "grade_code": grade},
		"threshold",
	)
	if threshold is None:
		throw(
			_("Grade {0} is not on grading scale {1}.").format(grade, grading_scale),
			InvalidValueError,
			"grade",
		)
	return float(threshold)


def report_terms(academic_year: str | None) -> list[tuple]:
	"""The terms shown (name, first day, reference day), oldest first: those of ``academic_year``,
	or those begun in the last two years; none yet begun."""
	now = getdate(today())
	filters = {"term_start_date": ["<=", now]}
	if academic_year:
		filters["academic_year"] = academic_year
	else:
		filters["term_start_date"] = ["between", [add_years(now, -YEARS_SHOWN), now]]
	terms = frappe.get_all(
		"Academic Term",
		filters=filters,
		fields=["name", "term_start_date", "term_end_date"],
		order_by="term_start_date asc",
	)
	return [
		(t.name, getdate(t.term_start_date), cohort.reference_day(getdate(t.term_end_date), now))
		for t in terms
		if t.term_start_date and t.term_end_date
	]


def cohort_figures(filters, threshold: float | None = None) -> tuple[list[dict], list[tuple]]:
	"""The report's rows (before suppression) and its terms. The results and marks of the pupils of
	the schools are read first, each with the pupil's school (a join on Student, not a list of every
	pupil's name); the register history and enrolments only when there are some."""
	terms = report_terms(filters.academic_year)
	schools = report.report_schools(filters.school, "SEND Record")
	if not terms or schools == []:
		return [], terms
	days = {name: day for name, _start, day in terms}
	results = fetch_results(schools, list(days), filters)
	marks = fetch_attendance(schools, terms) if filters.group_by in cohort.ATTENDANCE_GROUPS else []
	if not results and not marks:
		return [], terms
	send = cohort.send_flags(fetch_history(schools), days)
	enrollment = frappe.qb.DocType("Program Enrollment")
	enrollments = (
		pupils_query("Program Enrollment", schools)
		.select(enrollment.student, enrollment.program, enrollment.enrollment_date)
		.where(enrollment.docstatus == 1)
		.run(as_dict=True)
	)
	for row in enrollments:
		row["enrollment_date"] = getdate(row["enrollment_date"]) if row["enrollment_date"] else None
	groups = {name: year_groups(enrollments, day) for name, day in days.items()}
	for row in (*results, *marks):
		row["year_group"] = row.get("program") or groups[row["term"]].get(row["student"])
	if filters.year_group:
		results = [r for r in results if r["year_group"] == filters.year_group]
		marks = [r for r in marks if r["year_group"] == filters.year_group]
	rows = cohort.cohort_rows(results, marks, send, filters.group_by, threshold, list(days))
	return rows, terms


def pupils_query(doctype: str, schools: list[str] | None):
	"""A query of ``doctype`` (a table with a ``student`` column) joined to its pupils, selecting the
	pupil's school, for the pupils of ``schools`` (None: every school). Read past the reader's own
	read permission, bounded by ``schools``: for this aggregate report."""
	table, pupil = frappe.qb.DocType(doctype), frappe.qb.DocType("Student")
	query = frappe.qb.from_(table).join(pupil).on(pupil.name == table.student).select(pupil.school)
	return query.where(pupil.school.isin(schools)) if schools is not None else query


def fetch_history(schools: list[str] | None) -> list[dict]:
	"""The register history of the schools' records (one query: SEND Record with its history rows)."""
	rows = report.aggregate_rows(
		"SEND Record",
		schools,
		{},
		[
			"student",
			"`tabSEND Record History`.`from_date` as from_date",
			"`tabSEND Record History`.`to_date` as to_date",
			"`tabSEND Record History`.`census_code` as census_code",
		],
	)
	return [r for r in report.with_dates(rows, "from_date", "to_date") if r["from_date"]]


def fetch_results(schools: list[str] | None, terms: list[str], filters) -> list[dict]:
	"""Submitted results of the schools' pupils in the terms, each with the pupil's school: each
	result's total, or with Group By Criterion each criterion's score (Assessment Result Detail)."""
	result = frappe.qb.DocType("Assessment Result")
	query = pupils_query("Assessment Result", schools).select(
		result.student, result.academic_term.as_("term"), result.program, result.course
	)
	if filters.group_by == "Criterion":
		detail = frappe.qb.DocType("Assessment Result Detail")
		query = (
			query.left_join(detail)
			.on((detail.parent == result.name) & (detail.parenttype == "Assessment Result"))
			.select(
				detail.assessment_criteria.as_("criterion"),
				detail.score.as_("score"),
				detail.maximum_score.as_("maximum_score"),
			)
		)
	else:
		query = query.select(result.total_score.as_("score"), result.maximum_score)
	query = query.where((result.docstatus == 1) & result.academic_term.isin(terms))
	if filters.course:
		query = query.where(result.course == filters.course)
	return query.run(as_dict=True)


def fetch_attendance(schools: list[str] | None, terms: list[tuple]) -> list[dict]:
	"""Submitted attendance marks of the schools' pupils in the terms, each with its term and the
	pupil's school."""
	mark = frappe.qb.DocType("Student Attendance")
	marks = (
		pupils_query("Student Attendance", schools)
		.select(mark.student, mark.date, mark.status)
		.where((mark.docstatus == 1) & mark.date[terms[0][1] : terms[-1][2]])
		.run(as_dict=True)
	)
	return cohort.in_terms(report.with_dates(marks, "date"), terms)


# Columns shown only with a grade threshold, and only for a grouping attendance is kept by.
GRADE_FIELDS = ("send_at_grade_percent", "other_at_grade_percent", "at_grade_gap")
ATTENDANCE_FIELDS = (
	"send_att_pupils",
	"other_att_pupils",
	"send_attendance",
	"other_attendance",
	"attendance_gap",
	"send_persistent_percent",
	"other_persistent_percent",
	"persistent_gap",
)


def get_columns(group_by: str, suppressed: bool = False, grade: bool = False) -> list[dict]:
	group_labels = {
		"School": _("School"),
		"Year Group": _("Year Group"),
		"Course": _("Course"),
		"Criterion": _("Criterion"),
	}
	return report.declared_columns(
		__file__,
		labels={"group_value": group_labels[group_by]},
		omit=(() if grade else GRADE_FIELDS)
		+ (() if group_by in cohort.ATTENDANCE_GROUPS else ATTENDANCE_FIELDS),
		suppressed=suppressed,
	)


def get_chart(trend: list[dict]) -> dict | None:
	"""The gaps term by term (other pupils minus SEND pupils); a withheld gap has no point."""
	if not trend:
		return None
	return report.bar_chart(
		[t["term"] for t in trend],
		[
			(_("Score gap (points)"), report.chart_points(trend, "average_gap")),
			(_("Attendance gap (points)"), report.chart_points(trend, "attendance_gap")),
		],
		title=_("Gaps between other pupils and SEND pupils, term by term"),
		type="line",
	)


def get_summary(rows: list[dict], order: list[str]) -> list[dict]:
	"""The latest term's figures when one group is shown (one school or year group): else the number
	of terms and groups."""
	latest = [r for r in rows if order and r["term"] == order[-1]] if rows else []
	if len(latest) != 1:
		return [
			report.summary_item(len({r["term"] for r in rows}), _("Terms"), "Int"),
			report.summary_item(len({r["group_value"] for r in rows}), _("Groups"), "Int"),
		]
	(row,) = latest
	items = [
		(row.get("send_average"), _("SEND average score % ({0})").format(row["term"]), "Percent", "Blue"),
		(row.get("other_average"), _("Other pupils' average score %"), "Percent", "Green"),
		(row.get("average_gap"), _("Score gap (points)"), "Float", "Orange"),
		(row.get("send_attendance"), _("SEND attendance %"), "Percent", "Blue"),
		(row.get("other_attendance"), _("Other pupils' attendance %"), "Percent", "Green"),
		(row.get("attendance_gap"), _("Attendance gap (points)"), "Float", "Orange"),
	]
	return [
		report.summary_item(value, label, datatype, indicator=indicator)
		for value, label, datatype, indicator in items
		if value is not None
	]
