# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""Access Arrangements: for the person running tests, every pupil's arrangements in force during a
test window, by school and year group (cohort), with extra time and a column per arrangement."""

import frappe
from frappe import _

from senco_app.rules.exam_arrangements import EXTRA_TIME
from senco_app.rules.exam_arrangements import arrangement_counts
from senco_app.rules.exam_arrangements import key
from senco_app.rules.exam_arrangements import window_rows
from senco_app.send.report import script_report as report
from senco_app.services.year_groups import student_year_groups

FILTERS = {"school": None, "program": None, "from_date": "Today", "to_date": None}


def execute(filters=None):
	filters = report.report_filters(filters, FILTERS)
	window_from = filters.from_date
	window_to = max(frappe.utils.getdate(filters.to_date or window_from), window_from)
	records, items = fetch_arrangements(filters, window_from, window_to)
	year_groups = student_year_groups(list({r.student for r in records}), window_from)
	rows = window_rows(records, items, year_groups, window_from, window_to)
	if filters.program:
		rows = [r for r in rows if r["year_group"] == filters.program]
	return get_columns(), rows, None, get_chart(rows), get_summary(rows)


def fetch_arrangements(filters, window_from, window_to):
	"""The readable arrangement records that start by the window's end, and their rows."""
	records = report.scoped_rows(
		"Access Arrangement",
		report.report_schools(filters.school, "Access Arrangement"),
		{"start_date": ["<=", window_to]},  # the expiry is read by the rule (an empty one: open)
		[*report.PUPIL_FIELDS, "start_date", "expiry_date", "assessed_by"],
	)
	records = report.with_dates(records, "start_date", "expiry_date")
	items = frappe.get_all(
		"Access Arrangement Item",
		filters={"parenttype": "Access Arrangement", "parent": ["in", [r.name for r in records] or [""]]},
		fields=["parent", "arrangement", "extra_time_percent"],
		order_by="idx asc",
	)
	return records, items


def labels() -> dict[str, str]:
	"""Each arrangement type (senco_app.rules.exam_arrangements.ARRANGEMENTS) as the reader reads it."""
	return {
		EXTRA_TIME: _("Extra time"),
		"Reader": _("Reader"),
		"Scribe": _("Scribe"),
		"Prompter": _("Prompter"),
		"Rest breaks": _("Rest breaks"),
		"Separate room": _("Separate room"),
		"Word processor": _("Word processor"),
		"Modified papers": _("Modified papers"),
	}


def get_columns():
	kinds = [
		report.check_column(key(kind), label, 110) for kind, label in labels().items() if kind != EXTRA_TIME
	]
	return report.declared_columns(__file__, insert_after={"extra_time_percent": kinds})


def get_chart(rows):
	counts = arrangement_counts(rows)
	if not counts:
		return None
	return report.bar_chart(
		[labels()[c[0]] for c in counts],
		[(_("Pupils"), [c[1] for c in counts])],
		title=_("Pupils by arrangement"),
	)


def get_summary(rows):
	return [
		report.summary_item(len({r["student"] for r in rows}), _("Pupils with arrangements"), "Int"),
		report.summary_item(sum(1 for r in rows if r["extra_time_percent"]), _("With extra time"), "Int"),
		report.summary_item(
			sum(r["expires_in_window"] for r in rows), _("Expiring in the window"), "Int", indicator="Orange"
		),
	]
