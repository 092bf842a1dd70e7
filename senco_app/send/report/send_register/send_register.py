# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""SEND Register: who is on the register on a date, with year group, provision and ranked needs."""

import frappe
from frappe import _

from senco_app.rules import register_report
from senco_app.send.report import script_report as report
from senco_app.services.register_in_force import open_filters
from senco_app.services.register_in_force import register_in_force
from senco_app.services.school_roll import school_rolls
from senco_app.services.year_groups import school_year_groups

FILTERS = {
	"school": None,
	"as_at": "Today",
	"sen_provision": None,
	"need": None,
	"year_group": None,
	"key_person": None,
}


def execute(filters=None):
	filters = report.report_filters(filters, FILTERS)
	schools = report.report_schools(filters.school, "SEND Record")
	rows = register_report.shape_register(
		register_in_force(schools, filters.as_at),
		provision=filters.sen_provision,
		need=filters.need,
		year_group=filters.year_group,
		key_person=filters.key_person,
	)
	if filters.year_group:  # the roll of one year group: each pupil's year group is needed
		year_groups = school_year_groups(schools, filters.as_at, "Student")
		students = fetch_students(schools)
		roll = register_report.roll_count(students, filters.as_at, year_groups, filters.year_group)
	else:
		roll = sum(school_rolls(schools, filters.as_at).values())
	report.with_person_names(rows, "key_person")
	return report.declared_columns(__file__), rows, None, get_chart(rows), get_summary(rows, roll)


def fetch_register(schools: list[str] | None, as_at, aggregate: bool = False):
	"""Records open on ``as_at`` that the user may read, and their history rows. ``aggregate``: for
	an aggregate report, read past the reader's own read permission, limited to ``schools`` (see
	``script_report.aggregate_rows``)."""
	open_on, still_open = open_filters(as_at)
	records = (report.aggregate_rows if aggregate else report.scoped_rows)(
		"SEND Record",
		schools,
		open_on,
		["name", "student", "student_name", "school", "key_person", "start_date"],
		or_filters=still_open,
	)
	if not records:
		return [], []
	history = frappe.get_all(
		"SEND Record History",
		filters={"parenttype": "SEND Record", "parent": ["in", [r.name for r in records]]},
		fields=["parent", "from_date", "to_date", "sen_provision", "census_code", "needs"],
		order_by=None,
		limit_page_length=0,
	)
	return records, history


def fetch_students(schools: list[str] | None):
	"""Pupils of the schools, as the user may read them (for the roll of one year group)."""
	return report.scoped_rows(
		"Student", schools, {}, ["name", "school", "joining_date", "date_of_leaving", "enabled"]
	)


def get_chart(rows):
	return report.need_chart(register_report.primary_need_counts(rows))


def get_summary(rows, roll):
	counts = register_report.provision_counts(rows, roll)
	return [
		*report.roll_share_summary(counts),
		report.summary_item(counts["monitoring"], _("Monitoring"), "Int", indicator="Grey"),
	]
