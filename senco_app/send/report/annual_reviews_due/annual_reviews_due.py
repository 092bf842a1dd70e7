# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""Annual Reviews Due: issued plans by next annual review, with the statutory step dates of that
review and phase-transfer deadlines (15 February / 31 March)."""

from functools import partial

from frappe import _
from frappe.utils import getdate
from frappe.utils import today

from senco_app.rules import ehcp as ehcp_rules
from senco_app.send.report import script_report as report
from senco_app.services import ehcp_clock
from senco_app.services.settings import send_settings

FILTERS = {"school": None, "window_days": 90, "phase_transfer_only": None}


def execute(filters=None):
	filters = report.report_filters(filters, FILTERS)
	now = getdate(today())
	rows = ehcp_rules.annual_review_rows(
		fetch_plans(filters),
		partial(ehcp_clock.review_deadlines, settings=send_settings()),  # the settings read once
		now,
		filters.window_days,
		phase_transfer_only=bool(filters.phase_transfer_only),
	)
	return report.declared_columns(__file__), rows, None, get_chart(rows), get_summary(rows, now)


def fetch_plans(filters):
	plans = report.scoped_rows(
		"EHC Plan",
		report.report_schools(filters.school, "EHC Plan"),
		{"status": ["in", ["Issued", "Under appeal"]]},
		report.declared_fields(__file__, "EHC Plan", "student", "issue_date"),
	)
	return report.with_dates(plans, "next_annual_review_due", "phase_transfer_deadline")


def get_chart(rows):
	if not rows:
		return None
	months = {}
	for r in rows:
		if r["next_annual_review_due"]:
			key = r["next_annual_review_due"].strftime("%Y-%m")
			months[key] = months.get(key, 0) + 1
	labels = sorted(months)
	return report.bar_chart(
		labels, [(_("Annual reviews"), [months[m] for m in labels])], title=_("Annual reviews due by month")
	)


def get_summary(rows, now):
	overdue = sum(1 for r in rows if r["next_annual_review_due"] and r["next_annual_review_due"] < now)
	return [
		report.summary_item(len(rows), _("Reviews in window"), "Int"),
		report.summary_item(overdue, _("Overdue"), "Int", indicator="Red" if overdue else "Green"),
		report.summary_item(
			sum(1 for r in rows if r["phase_transfer"]), _("Phase transfers"), "Int", indicator="Orange"
		),
	]
