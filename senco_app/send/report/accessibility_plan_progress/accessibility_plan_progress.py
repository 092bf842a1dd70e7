# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""Accessibility Plan Progress: per school, the actions of the accessibility plans in force on a day
(Equality Act 2010, Schedule 10), by area and status, those overdue on that day, and the share done.

A school-level report: an accessibility plan names no pupil, so governors (whose body must have the
plan and see it carried out) may run it. It reads the plans past the reader's own read permission
(``aggregate_rows``), bounded by the reader's schools; it shows no pupil, record or link but the
school."""

import frappe
from frappe import _

from senco_app.rules.accessibility import DONE
from senco_app.rules.accessibility import DROPPED
from senco_app.rules.accessibility import IN_PROGRESS
from senco_app.rules.accessibility import NOT_STARTED
from senco_app.rules.accessibility import PLAN_AREAS
from senco_app.rules.accessibility import STATUSES
from senco_app.rules.accessibility import area_status_counts
from senco_app.rules.accessibility import progress_rows
from senco_app.rules.accessibility import progress_summary
from senco_app.send.report import script_report as report

FILTERS = {"school": None, "as_at": "Today"}
ACTION_FIELDS = [
	"parent",
	"area",
	"action",
	"action_owner",
	"start_date",
	"target_date",
	"status",
	"completion_date",
	"success_criteria",
]


def execute(filters=None):
	filters = report.report_filters(filters, FILTERS)
	frame = progress_rows(fetch_actions(filters.school, filters.as_at), filters.as_at)
	shown = frame.drop(columns=["parent", "action_owner"], errors="ignore")
	rows = shown.astype(object).where(shown.notna(), None).to_dict("records")
	return (
		report.declared_columns(__file__),
		rows,
		None,
		get_chart(area_status_counts(frame)),
		get_summary(progress_summary(frame)),
	)


def fetch_actions(school, as_at) -> list[dict]:
	"""The actions of the plans of the reader's schools whose period includes ``as_at``, each with its
	plan's title and school and its owner's name."""
	plans = report.aggregate_rows(
		"Accessibility Plan",
		report.report_schools(school, "Accessibility Plan"),
		{"plan_from": ["<=", as_at], "plan_to": [">=", as_at]},
		["name", "title", "school"],
	)
	if not plans:
		return []
	by_name = {p.name: p for p in plans}
	actions = frappe.get_all(
		"Accessibility Plan Action",
		filters={"parenttype": "Accessibility Plan", "parent": ["in", list(by_name)]},
		fields=ACTION_FIELDS,
		order_by="idx asc",
	)
	actions = report.with_person_names(
		report.with_dates(actions, "start_date", "target_date"), "action_owner"
	)
	return [{**a, "plan": by_name[a.parent].title, "school": by_name[a.parent].school} for a in actions]


def labels() -> dict[str, str]:
	"""Each area and status (senco_app.rules.accessibility) as the reader reads it."""
	return {
		"Curriculum": _("Curriculum"),
		"Physical environment": _("Physical environment"),
		"Information": _("Information"),
		NOT_STARTED: _("Not started"),
		IN_PROGRESS: _("In progress"),
		DONE: _("Done"),
		DROPPED: _("Dropped"),
	}


def get_chart(counts):
	if not counts.to_numpy().sum():
		return None
	names = labels()
	return report.bar_chart(
		[names[area] for area in PLAN_AREAS],
		[(names[status], counts[status].tolist()) for status in STATUSES],
		title=_("Actions by area and status"),
		barOptions={"stacked": 1},
		colors=["#8d99a6", "#ffa00a", "#28a745", "#ff5858"],
	)


def get_summary(totals):
	return [
		report.summary_item(totals["actions"], _("Actions"), "Int"),
		report.summary_item(totals[DONE], _("Done"), "Int", indicator="Green"),
		report.summary_item(totals[IN_PROGRESS], _("In progress"), "Int", indicator="Orange"),
		report.summary_item(totals["overdue"], _("Overdue"), "Int", indicator="Red"),
		report.summary_item(totals["percent_done"], _("Done (of actions not dropped) %"), "Percent"),
	]
