"""What the provision reports read: entries the user may see and their pupils (one query each), the
pupils' year groups, the notional SEN threshold and the schools' notional SEN budgets."""

import pandas as pd

import frappe

from senco_app.send.report import script_report as report
from senco_app.services.settings import send_settings
from senco_app.services.year_groups import student_year_groups

ENTRY_FIELDS = [
	"name",
	"provision",
	"school",
	"staff",
	"staff_name",
	"start_date",
	"end_date",
	"total_hours",
	"total_cost",
	"cost_per_pupil",
	"measure",
	"sessions_per_week",
	"minutes_per_session",
]

PUPIL_FIELDS = ["parent", "student", "student_name", "progress", "measured", "outcome", "cost"]

PLACEMENT_KEYS = [
	"entry",
	"student",
	"student_name",
	"school",
	"provision",
	"hours",
	"cost",
	"progress",
	"outcome",
	"measure",
	"start_date",
	"end_date",
]


def fetch_placements(school, start, end, extra_filters=None, doctype="Provision Map Entry", aggregate=False):
	"""Entries running in [start, end] of the schools the user may see, one dict per pupil placed.
	``aggregate``: for an aggregate report, read past the reader's own read permission, limited to
	their schools (see ``script_report.aggregate_rows``)."""
	read = report.aggregate_rows if aggregate else report.scoped_rows
	conditions = {"start_date": ["<=", end], "end_date": [">=", start], **(extra_filters or {})}
	rows = read(doctype, report.report_schools(school, doctype), conditions, ENTRY_FIELDS)
	entries = {e.name: e for e in report.with_dates(rows, "start_date", "end_date")}
	if not entries:
		return [], entries
	pupils = frappe.get_all(
		"Provision Map Pupil",
		filters={"parenttype": doctype, "parent": ["in", list(entries)]},
		fields=PUPIL_FIELDS,
		order_by=None,
		limit_page_length=0,
		as_list=True,
	)
	return placement_dicts(pupils, entries.values()), entries


def placement_dicts(pupils: list, entries) -> list[dict]:
	"""One dict per pupil placed (``pupils``: Provision Map Pupil rows as lists of ``PUPIL_FIELDS``),
	with their entry's fields, in the order of ``pupils``. A merge, not a loop per row; object
	columns keep the values as read (a missing cost stays None, dates stay dates)."""
	frame = pd.DataFrame(list(pupils), columns=PUPIL_FIELDS, dtype=object)
	frame["progress"] = frame["progress"].where(frame["measured"].astype(bool), None)
	entry_frame = pd.DataFrame(
		list(map(dict, entries)),
		columns=["name", "school", "provision", "total_hours", "measure", "start_date", "end_date"],
		dtype=object,
	).rename(columns={"name": "entry", "total_hours": "hours"})
	merged = frame.rename(columns={"parent": "entry"}).merge(entry_frame, on="entry", how="left", sort=False)
	return merged[PLACEMENT_KEYS].astype(object).to_dict("records")


def with_year_groups(placements: list[dict], on) -> list[dict]:
	"""``placements`` with each pupil's year group on ``on``."""
	years = student_year_groups(list({p["student"] for p in placements}), on)
	for p in placements:
		p["year_group"] = years.get(p["student"])
	return placements


def notional_threshold() -> float:
	"""The cost per pupil a year above which a pupil may need top-up funding (SEND Settings)."""
	return send_settings().notional_sen_threshold


def school_budgets(schools) -> dict[str, float]:
	"""Each school's notional SEN budget (School (SEND) section of the Company)."""
	return dict(
		frappe.get_all(
			"Company",
			filters={"name": ["in", list(schools) or [""]]},
			fields=["name", "send_notional_sen_budget"],
			order_by=None,
			as_list=True,
		)
	)
