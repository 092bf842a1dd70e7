# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""Monitoring of Teaching: per school and term (Education's Academic Terms), the learning walks, book
looks, lesson observations and pupil voice visits made for SEND pupils, and the actions agreed at
them: done, open and overdue."""

import frappe
from frappe import _
from frappe.utils import getdate
from frappe.utils import today

from senco_app.rules.staff_development import monitoring_by_term
from senco_app.rules.staff_development import visit_key
from senco_app.send.report import script_report as report

FILTERS = {"school": None, "from_date": "School year start", "to_date": "Today"}
VISIT = "SEND Teaching Monitoring"


def execute(filters=None):
	filters = report.report_filters(filters, FILTERS)
	visits = report.scoped_rows(
		VISIT,
		report.report_schools(filters.school, VISIT),
		{"visit_date": ["between", [filters.from_date, filters.to_date]]},
		["name", "school", "visit_type", "visit_date"],
	)
	visits = report.with_dates(visits, "visit_date")
	actions = report.with_dates(
		report.child_rows(
			"SEND Monitoring Action", VISIT, [v.name for v in visits], ["parent", "status", "due_date"]
		),
		"due_date",
	)
	rows = monitoring_by_term(visits, actions, terms(filters.from_date, filters.to_date), getdate(today()))
	return get_columns(), rows, None, get_chart(rows), get_summary(rows)


def terms(from_date, to_date) -> list[tuple]:
	"""Education's Academic Terms overlapping the period: (name, first day, last day)."""
	rows = frappe.get_all(
		"Academic Term",
		filters={"term_start_date": ["<=", to_date], "term_end_date": [">=", from_date]},
		fields=["name", "term_start_date", "term_end_date"],
		order_by="term_start_date asc",
	)
	return [(t.name, getdate(t.term_start_date), getdate(t.term_end_date)) for t in rows]


def labels() -> dict[str, str]:
	"""Each visit type (senco_app.rules.staff_development.VISIT_TYPES) as the reader reads it."""
	return {
		"Learning walk": _("Learning walks"),
		"Book look": _("Book looks"),
		"Lesson observation": _("Lesson observations"),
		"Pupil voice": _("Pupil voice"),
	}


def get_columns():
	visits = [report.int_column(visit_key(kind), label, 110) for kind, label in labels().items()]
	return report.declared_columns(__file__, insert_after={"term": visits})


def get_chart(rows):
	if not rows:
		return None
	terms_shown = list(dict.fromkeys(r["term"] for r in rows))
	return report.bar_chart(
		terms_shown,
		[
			(label, [sum(r[visit_key(kind)] for r in rows if r["term"] == t) for t in terms_shown])
			for kind, label in labels().items()
		],
		title=_("Visits by type and term"),
		barOptions={"stacked": 1},
	)


def get_summary(rows):
	total = lambda field: sum(r[field] for r in rows)  # noqa: E731
	return [
		report.summary_item(total("visits"), _("Visits"), "Int"),
		report.summary_item(total("actions_agreed"), _("Actions agreed"), "Int"),
		report.summary_item(total("actions_done"), _("Actions done"), "Int", indicator="Green"),
		report.summary_item(total("actions_overdue"), _("Actions overdue"), "Int", indicator="Red"),
	]
