# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""Staff Deployment: each person's week: their provision timetable, in-class, one-to-one and other
support (Support Allocation), the total against their contract."""

from datetime import timedelta

import frappe
from frappe import _

from senco_app.rules.provision_reports import ALLOCATION_FIELDS
from senco_app.rules.provision_reports import deployment_rows
from senco_app.send.report import script_report as report
from senco_app.send.report.provision_common import fetch_entries
from senco_app.services.settings import send_settings

FILTERS = {"school": None, "week_of": "Today"}


def execute(filters=None):
	filters = report.report_filters(filters, FILTERS)
	monday = filters.week_of - timedelta(days=filters.week_of.weekday())
	sunday = monday + timedelta(days=6)
	entries = fetch_entries(filters.school, monday, sunday)  # the entries alone: no pupil is shown
	doctype = "Support Allocation"
	allocations = report.scoped_rows(
		doctype,
		report.report_schools(filters.school, doctype),
		{"from_date": ["<=", sunday]},
		ALLOCATION_FIELDS,
		or_filters=[["to_date", "is", "not set"], ["to_date", ">=", monday]],
	)
	settings = send_settings()
	rows = deployment_rows(
		list(entries.values()),
		report.with_dates(allocations, "from_date", "to_date"),
		monday,
		dict(settings.staff_minutes),
		settings.default_weekly_minutes,
	)
	return report.declared_columns(__file__), rows, None, get_chart(rows), get_summary(rows)


def get_chart(rows):
	if not rows:
		return None
	return report.bar_chart(
		[r["staff_name"] or r["staff"] for r in rows],
		[
			(_("Interventions"), [r["minutes"] for r in rows]),
			(_("In class"), [r["in_class_minutes"] for r in rows]),
			(_("One to one"), [r["one_to_one_minutes"] for r in rows]),
			(_("Other support"), [r["other_support_minutes"] for r in rows]),
			(_("Contracted"), [r["contracted"] for r in rows]),
		],
		title=_("Minutes deployed this week against contracted minutes"),
	)


def get_summary(rows):
	return [
		report.summary_item(
			sum(1 for r in rows if r["over_by"]), _("Over-deployed staff"), "Int", indicator="Red"
		)
	]
