"""The reads the provision reports made before the database did their joining and summing: the
entries the reader may read, then their pupils by a list of the entries' names, then the pupils'
year groups by a list of their names. No report uses them now; they are the reference the tests
hold the one-query reads of ``send.report.provision_common`` to (on the same data, as the same
readers, the same placements and figures)."""

import pandas as pd

import frappe

from senco_app.rules.provision_reports import records
from senco_app.send.report import script_report as report
from senco_app.services.provision_lookup import running_filters
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


def fetch_placements(school, start, end, extra_filters=None, doctype="Provision Map Entry"):
	"""Entries running in [start, end] of the schools the user may see, one dict per pupil placed."""
	entries = fetch_entries(school, start, end, extra_filters, doctype)
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


def fetch_entries(school, start, end, extra_filters=None, doctype="Provision Map Entry"):
	"""The entries of ``fetch_placements`` alone, by name (their pupils not read)."""
	conditions = {**running_filters(start, end), **(extra_filters or {})}
	rows = report.scoped_rows(doctype, report.report_schools(school, doctype), conditions, ENTRY_FIELDS)
	return {e.name: e for e in report.with_dates(rows, "start_date", "end_date")}


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
	return records(merged[PLACEMENT_KEYS].astype(object))


def with_year_groups(placements: list[dict], on) -> list[dict]:
	"""``placements`` with each pupil's year group on ``on``."""
	years = student_year_groups(list({p["student"] for p in placements}), on)
	for p in placements:
		p["year_group"] = years.get(p["student"])
	return placements
