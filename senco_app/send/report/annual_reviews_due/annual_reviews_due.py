# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""Annual Reviews Due: issued plans by next annual review, with the statutory step dates of that
review and phase-transfer deadlines (15 February / 31 March)."""

from functools import partial

from frappe import _
from frappe.utils import add_days
from frappe.utils import getdate
from frappe.utils import today

from senco_app.rules import ehcp as ehcp_rules
from senco_app.send.report import script_report as report
from senco_app.services import ehcp_clock
from senco_app.services.settings import send_settings

FILTERS = {"school": None, "window_days": 90, "phase_transfer_only": None}
# A plan is in the window when one of these dates falls by its last day (overdue ones included)
WINDOW_FIELDS = ("next_annual_review_due", "phase_transfer_deadline")
# "between" this and the window's last day: Frappe reads "<=" on a date as true for a date not set
# (taken as 0001-01-01), "between" leaves it out; no plan is dated before this day
NO_EARLIER = "1900-01-01"


def execute(filters=None):
	filters = report.report_filters(filters, FILTERS)
	now = getdate(today())
	rows = ehcp_rules.annual_review_rows(
		fetch_plans(filters, now),
		partial(ehcp_clock.review_deadlines, settings=send_settings()),  # the settings read once
		now,
		filters.window_days,
		phase_transfer_only=bool(filters.phase_transfer_only),
	)
	return report.declared_columns(__file__), rows, None, get_chart(rows), get_summary(rows, now)


def fetch_plans(filters, now):
	"""The issued plans the reader may read whose next annual review or phase-transfer deadline falls
	in the window (what ``annual_review_rows`` keeps, asked of the database so that the plans
	outside it are not read)."""
	horizon = add_days(now, filters.window_days)
	conditions = {"status": ["in", ["Issued", "Under appeal"]]}
	if filters.phase_transfer_only:
		conditions["phase_transfer_deadline"] = ["is", "set"]
	plans = report.scoped_rows(
		"EHC Plan",
		report.report_schools(filters.school, "EHC Plan"),
		conditions,
		report.declared_fields(__file__, "EHC Plan", "student", "issue_date"),
		or_filters=[[field, "between", [NO_EARLIER, horizon]] for field in WINDOW_FIELDS],
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
