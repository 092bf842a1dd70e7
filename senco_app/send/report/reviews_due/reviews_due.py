# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""Reviews Due: pupils on the register whose next review falls within a window, overdue first; filter by
school, key person, SEN provision and the intervention (SEND Provision) a pupil is in."""

import frappe
from frappe import _
from frappe.utils import add_days
from frappe.utils import getdate
from frappe.utils import today

from senco_app.rules.review_reports import OVERDUE
from senco_app.rules.review_reports import reviews_due_rows
from senco_app.send.report import script_report as report
from senco_app.services.provision_lookup import running_filters
from senco_app.services.year_groups import year_group_sql

FILTERS = {"school": None, "window_days": 30, "key_person": None, "provision": None, "sen_provision": None}


def execute(filters=None):
	filters = report.report_filters(filters, FILTERS)
	as_at = getdate(filters.as_at or today())  # not on the form: a caller may ask as at another day
	schools = report.report_schools(filters.school, "SEND Record")
	records = fetch_records(schools, filters, as_at)
	year_groups = {r.student: r.year_group for r in records}
	rows = report.with_person_names(
		reviews_due_rows(records, as_at, filters.window_days, year_groups), "key_person"
	)
	return report.declared_columns(__file__), rows, None, get_chart(rows), get_summary(rows)


RECORD_FIELDS = (
	*report.PUPIL_FIELDS,
	"sen_provision",
	"key_person",
	"active_iep",
	"last_review_date",
	"next_review_due",
	"parent_meetings_12m",
)


def fetch_records(schools, filters, as_at):
	"""The open records the reader may read whose next review falls by the window's end (of the
	pupils in the intervention asked for), each with the pupil's year group on ``as_at``: one query
	over Frappe's own query of the readable records (``script_report.readable_query``)."""
	conditions = {
		"status": "Open",
		# only the records the report can show (reviews_due_rows keeps the same window)
		"next_review_due": ["<=", add_days(as_at, filters.window_days)],
		**{k: filters[k] for k in ("key_person", "sen_provision") if filters.get(k)},
	}
	if filters.provision:
		pupils = pupils_in_provision(filters.provision, schools, as_at)
		conditions["student"] = ["in", pupils or [""]]
	readable = report.readable_query("SEND Record", schools, conditions)
	if readable is None:
		return []
	fields = ", ".join(f"r.`{field}`" for field in RECORD_FIELDS)
	return frappe.db.sql(
		f"""select {fields}, {year_group_sql("r.student")} as year_group
		from `tabSEND Record` r where r.name in ({readable})""",
		{"as_at": as_at},
		as_dict=True,
	)


def pupils_in_provision(provision, schools, as_at) -> list[str]:
	"""Pupils placed (and not withdrawn) in an entry of ``provision`` running on ``as_at``."""
	conditions = {"provision": provision, **running_filters(as_at, as_at)}
	entries = report.scoped_rows("Provision Map Entry", schools, conditions, pluck="name")
	if not entries:
		return []
	return frappe.get_all(
		"Provision Map Pupil",
		filters={
			"parenttype": "Provision Map Entry",
			"parent": ["in", entries],
			"outcome": ["!=", "Withdrawn"],
		},
		pluck="student",
		distinct=True,
	)


def get_chart(rows):
	if not rows:
		return None
	schools = sorted({r["school"] for r in rows})
	overdue = report.totals_per(rows, "school", schools, lambda r: int(r["review_status"] == OVERDUE))
	due = report.totals_per(rows, "school", schools, lambda r: int(r["review_status"] != OVERDUE))
	return report.bar_chart(
		schools,
		[(_("Overdue"), overdue), (_("Due"), due)],
		barOptions={"stacked": 1},
		colors=["#e24c4c", "#5e64ff"],
		title=_("Reviews overdue and due by school"),
	)


def get_summary(rows):
	overdue = sum(1 for r in rows if r["review_status"] == OVERDUE)
	return [
		report.summary_item(overdue, _("Overdue"), "Int", indicator="Red" if overdue else "Green"),
		report.summary_item(len(rows) - overdue, _("Due in window"), "Int", indicator="Blue"),
	]
