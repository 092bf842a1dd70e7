# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""Census SEN Return: every pupil on roll on a census day with their SEN provision (E, K, N), ranked
SEN types and indicators as at that day, and the readiness checks to clear before the day. Run it
before the census to fix the register; make the return itself as a Census Return (its snapshot)."""

import frappe
from frappe import _
from frappe.utils import cint
from frappe.utils import getdate
from frappe.utils import today

from senco_app.exceptions import RuleBrokenError
from senco_app.exceptions import throw
from senco_app.rules import census as census_rules
from senco_app.rules import register_report
from senco_app.send.report import script_report as report
from senco_app.services.census_returns import school_return
from senco_app.utils import rule_errors

FILTERS = {"school": None, "census_term": None, "census_year": None, "census_date": None}


def execute(filters=None):
	filters = report.report_filters(filters, FILTERS)
	day = census_date(filters)
	school = filters.school
	if not school or frappe.db.get_value("Company", school, "is_group"):
		throw(
			_("Choose one school: a census return is made per school."), RuleBrokenError, fieldname="school"
		)
	if report.report_schools(school, "Census Return") != [school]:
		return (
			report.declared_columns(__file__),
			[],
			_("You may not see the pupils of this school."),
			None,
			[],
		)
	found = school_return(school, day)
	rows = pupil_lines(found)
	message = _("Census day {0}").format(frappe.format(day, "Date"))
	return report.declared_columns(__file__), rows, message, get_chart(found.rows), get_summary(found, day)


def census_date(filters):
	"""The day asked for: the override date; else the census day of the term and year; else the next
	census day (of the term, when given) from today."""
	if filters.census_date:
		return getdate(filters.census_date)
	with rule_errors(_("Invalid census day")):
		if filters.census_term and cint(filters.census_year):
			return census_rules.census_day(cint(filters.census_year), filters.census_term)
		if cint(filters.census_year):
			throw(_("Choose the Census Term for the year."), RuleBrokenError, fieldname="census_term")
		return census_rules.next_census(getdate(today()), filters.census_term or None)[1]


def pupil_lines(found) -> list[dict]:
	"""The pupils of the return, each with their readiness issues; then pupils off roll with issues."""
	issues: dict[str, list[str]] = {}
	for issue in found.issues:
		issues.setdefault(issue["student"], []).append(f"{issue['message']} {issue['fix']}")
	lines = []
	for row in found.rows:
		lines.append(
			{
				**row,
				"needs": ", ".join(row["needs"]),
				"issues": " | ".join(issues.pop(row["student"], [])),
			}
		)
	names = {i["student"]: i.get("student_name") for i in found.issues}
	for student, text in issues.items():
		lines.append({"student": student, "student_name": names.get(student), "issues": " | ".join(text)})
	return lines


def get_chart(rows):
	sen = [r for r in rows if r["sen_provision"] in ("K", "E")]
	return report.need_chart(register_report.primary_need_counts(sen))


def get_summary(found, day):
	counts = found.counts
	errors = sum(1 for i in found.issues if i["severity"] == census_rules.ERROR)
	warnings = sum(1 for i in found.issues if i["severity"] == census_rules.WARNING)
	return [
		report.summary_item(counts["on_roll"], _("Pupils on roll"), "Int"),
		report.summary_item(counts["E"], _("EHC Plan (E)"), "Int", indicator="Purple"),
		report.summary_item(counts["K"], _("SEN Support (K)"), "Int", indicator="Blue"),
		report.summary_item(counts["N"], _("No SEN (N)"), "Int", indicator="Grey"),
		report.summary_item(errors, _("Readiness errors"), "Int", indicator="Red" if errors else "Green"),
		report.summary_item(warnings, _("Readiness warnings"), "Int", indicator="Orange"),
	]
