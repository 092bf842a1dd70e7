# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""Staff Deployment: each person's provision timetable for a week, minutes against their contract."""

from datetime import timedelta

import frappe
from frappe import _
from frappe.utils import getdate, today

from senco_app.rules.provision_reports import deployment_rows
from senco_app.send.report.provision_common import fetch_placements
from senco_app.services.settings import send_settings


def execute(filters=None):
	filters = frappe._dict(filters or {})
	day = getdate(filters.week_of or today())
	monday = day - timedelta(days=day.weekday())
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
	chart = None
	if rows:
		chart = {
			"data": {
				"labels": [r["staff_name"] or r["staff"] for r in rows],
				"datasets": [
					{"name": _("Booked minutes"), "values": [r["minutes"] for r in rows]},
					{"name": _("Contracted"), "values": [r["contracted"] for r in rows]},
				],
			},
			"type": "bar",
		}
	summary = [
		{
			"value": sum(1 for r in rows if r["over_by"]),
			"label": _("Over-booked staff"),
			"datatype": "Int",
			"indicator": "Red",
		}
	]
	return get_columns(), rows, None, chart, summary


def get_columns():
	return [
		{"fieldname": "staff_name", "label": _("Staff"), "fieldtype": "Data", "width": 160},
		{"fieldname": "provisions", "label": _("Provisions This Week"), "fieldtype": "Data", "width": 300},
		{"fieldname": "minutes", "label": _("Minutes Booked"), "fieldtype": "Int", "width": 120},
		{"fieldname": "contracted", "label": _("Contracted"), "fieldtype": "Int", "width": 110},
		{"fieldname": "over_by", "label": _("Over By"), "fieldtype": "Int", "width": 90},
		{"fieldname": "staff", "label": _("User"), "fieldtype": "Link", "options": "User", "width": 180},
	]
