# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""Staff Deployment: each person's provision timetable for a week, minutes against their contract."""

from datetime import timedelta

import frappe
from frappe import _
from frappe.utils import getdate

from senco_app.rules.provision_reports import deployment_rows
from senco_app.send.report import script_report as report
from senco_app.send.report.provision_common import fetch_placements
from senco_app.services.settings import send_settings

FILTERS = {"school": None, "week_of": "Today"}


def execute(filters=None):
	filters = report.report_filters(filters, FILTERS)
	monday = filters.week_of - timedelta(days=filters.week_of.weekday())
	_placements, entries = fetch_placements(filters.school, monday, monday + timedelta(days=6))
	settings = send_settings()
	rows = deployment_rows(
		[
			{**e, "start_date": getdate(e.start_date), "end_date": getdate(e.end_date)}
			for e in entries.values()
		],
		monday,
		dict(settings.staff_minutes),
		settings.default_weekly_minutes,
	)
	return get_columns(), rows, None, get_chart(rows), get_summary(rows)


def get_columns():
	return [
		report.data_column("staff_name", _("Staff"), 160),
		report.data_column("provisions", _("Provisions This Week"), 300),
		report.int_column("minutes", _("Minutes Booked"), 120),
		report.int_column("contracted", _("Contracted"), 110),
		report.int_column("over_by", _("Over By"), 90),
		report.link_column("staff", _("User"), "User", 180),
	]


def get_chart(rows):
	if not rows:
		return None
	return report.bar_chart(
		[r["staff_name"] or r["staff"] for r in rows],
		[
			(_("Booked minutes"), [r["minutes"] for r in rows]),
			(_("Contracted"), [r["contracted"] for r in rows]),
		],
		title=_("Minutes booked this week against contracted minutes"),
	)


def get_summary(rows):
	return [
		report.summary_item(
			sum(1 for r in rows if r["over_by"]), _("Over-booked staff"), "Int", indicator="Red"
		)
	]
