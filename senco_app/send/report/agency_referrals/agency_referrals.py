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
	return report.declared_columns(__file__), rows, None, get_chart(rows), get_summary(rows)


def fetch_referrals(filters):
	conditions = {
		"status": ["not in", END_STATES],
		**{k: filters[k] for k in ("agency", "agency_type", "status") if filters.get(k)},
	}
	referrals = report.scoped_rows(
		"Agency Referral",
		report.report_schools(filters.school, "Agency Referral"),
		conditions,
		report.declared_fields(__file__, "Agency Referral", "student", "next_action_owner"),
	)
	return report.with_dates(referrals, "referral_date", "first_appointment_date")


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
