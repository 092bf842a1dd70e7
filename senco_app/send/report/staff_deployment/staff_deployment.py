# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""Staff Deployment: each person's week: their provision timetable, in-class, one-to-one and other
support (Support Allocation), the total against their contract."""

from datetime import timedelta

import frappe
from frappe import _

from senco_app.rules import UNIT_SEPARATOR
from senco_app.rules.provision_reports import deployment_from_totals
from senco_app.send.report import script_report as report
from senco_app.services.provision_lookup import running_filters
from senco_app.services.settings import send_settings

FILTERS = {"school": None, "week_of": "Today"}
ENTRY = "Provision Map Entry"
ALLOCATION = "Support Allocation"


def execute(filters=None):
	filters = report.report_filters(filters, FILTERS)
	monday = filters.week_of - timedelta(days=filters.week_of.weekday())
	sunday = monday + timedelta(days=6)
	settings = send_settings()
	rows = deployment_from_totals(
		fetch_booked(filters.school, monday, sunday),
		fetch_support(filters.school, monday, sunday),
		dict(settings.staff_minutes),
		settings.default_weekly_minutes,
	)
	return report.declared_columns(__file__), rows, None, get_chart(rows), get_summary(rows)


def fetch_booked(school, monday, sunday) -> list[dict]:
	"""(staff, staff_name, minutes, provisions) per member of staff, summed by the database over the
	provision entries the reader may read running in the week (Frappe's own query of them,
	``script_report.readable_query``), as ``rules.provision_reports.booked_per_staff`` sums the rows.
	No pupil is read. The provisions come as the database joins them (``rules.UNIT_SEPARATOR``)."""
	readable = report.readable_query(
		ENTRY,
		report.report_schools(school, ENTRY),
		running_filters(monday, sunday),
	)
	if readable is None:
		return []
	return frappe.db.sql(
		f"""select x.staff, max(x.staff_name) as staff_name,
			sum(x.sessions_per_week * x.minutes_per_session) as minutes,
			group_concat(distinct x.provision separator '{UNIT_SEPARATOR}') as provisions
		from `tab{ENTRY}` x
		where x.name in ({readable}) and ifnull(x.staff, '') != ''
			and x.sessions_per_week * x.minutes_per_session > 0
		group by x.staff""",
		{},  # (values given, so the readable query's doubled % come back single)
		as_dict=True,
	)


def fetch_support(school, monday, sunday) -> list[dict]:
	"""(staff, staff_name, support_type, minutes) per member of staff and support type, summed by the
	database over the support allocations the reader may read running in the week, as
	``rules.provision_reports.support_per_staff`` sums the rows."""
	readable = report.readable_query(
		ALLOCATION,
		report.report_schools(school, ALLOCATION),
		{"from_date": ["<=", sunday]},
		or_filters=[["to_date", "is", "not set"], ["to_date", ">=", monday]],
	)
	if readable is None:
		return []
	return frappe.db.sql(
		f"""select x.staff, max(x.staff_name) as staff_name, x.support_type,
			sum(x.minutes_per_week) as minutes
		from `tab{ALLOCATION}` x
		where x.name in ({readable}) and ifnull(x.staff, '') != ''
		group by x.staff, x.support_type""",
		{},
		as_dict=True,
	)


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
