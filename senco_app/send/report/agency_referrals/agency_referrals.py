# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""Agency Referrals: open referrals with status, days waiting and next action."""

from frappe import _
from frappe.utils import getdate
from frappe.utils import today

from senco_app.rules.agencies import END_STATES
from senco_app.rules.agency_reports import open_referral_rows
from senco_app.rules.agency_reports import waiting_by_agency_type
from senco_app.send.report import script_report as report

FILTERS = {"school": None, "agency": None, "agency_type": None, "status": None}


def execute(filters=None):
	filters = report.report_filters(filters, FILTERS)
	referrals = fetch_referrals(filters)
	rows = open_referral_rows(referrals, getdate(today()))
	return get_columns(), rows, None, get_chart(rows), get_summary(rows)


def fetch_referrals(filters):
	conditions = {
		"status": ["not in", END_STATES],
		**{k: filters[k] for k in ("agency", "agency_type", "status") if filters.get(k)},
	}
	referrals = report.scoped_rows(
		"Agency Referral",
		report.report_schools(filters.school, "Agency Referral"),
		conditions,
		[
			*report.PUPIL_FIELDS,
			"agency",
			"agency_type",
			"status",
			"referral_date",
			"first_appointment_date",
			"next_action",
			"next_action_date",
			"next_action_owner",
		],
	)
	return report.with_dates(referrals, "referral_date", "first_appointment_date")


def get_columns():
	return [
		*report.pupil_columns(160),
		report.link_column("agency", _("Agency"), "SEND Agency", 160),
		report.data_column("agency_type", _("Type"), 150),
		report.data_column("status", _("Status"), 110),
		report.date_column("referral_date", _("Referred"), 100),
		report.date_column("first_appointment_date", _("First Seen"), 100),
		report.int_column("days_waiting", _("Days Waiting"), 100),
		report.data_column("next_action", _("Next Action"), 180),
		report.date_column("next_action_date", _("Next Action Date"), 120),
		report.link_column("name", _("Referral"), "Agency Referral", 130),
	]


def get_chart(rows):
	waits = waiting_by_agency_type(rows)
	if not waits:
		return None
	return report.bar_chart(
		[w[0] for w in waits],
		[(_("Average days waiting"), [w[1] for w in waits])],
		title=_("Average days waiting by agency type"),
	)


def get_summary(rows):
	waiting = [r for r in rows if r["still_waiting"]]
	return [
		report.summary_item(len(rows), _("Open referrals"), "Int"),
		report.summary_item(len(waiting), _("Not seen yet"), "Int", indicator="Orange"),
		report.summary_item(
			max((r["days_waiting"] for r in waiting), default=0),
			_("Longest wait (days)"),
			"Int",
			indicator="Red",
		),
	]
