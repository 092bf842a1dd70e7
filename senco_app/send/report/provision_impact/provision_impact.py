# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""Provision Impact: per provision, pupils, average progress on its measure, share achieving and cost
per unit of progress, for entries that ended in a period.

An aggregate report (a governor may run it): no pupil is named, and small numbers are suppressed for
a reader who may not read pupils' records."""

from frappe import _

from senco_app.rules.disclosure import is_shown
from senco_app.rules.disclosure import protect_columns
from senco_app.rules.provision_reports import impact_from_totals
from senco_app.send.report import script_report as report
from senco_app.send.report.provision_common import impact_totals_in_period

FILTERS = {"school": None, "from_date": "12 months before to_date", "to_date": "Today"}


def execute(filters=None):
	filters = report.report_filters(filters, FILTERS)
	start, end = filters.from_date, filters.to_date
	schools = report.report_schools(filters.school, "Provision Map Entry")
	suppressed = not report.reads_pupils()
	rows = impact_from_totals(impact_totals_in_period(schools, start, end), suppressed)
	if not suppressed:
		totals = {"pupils": sum(r["pupils"] for r in rows)}
		return get_columns(), rows, None, get_chart(rows), get_summary(rows, totals)
	rows, totals = protect_columns(rows, ["pupils"])
	return (
		get_columns(suppressed),
		rows,
		report.suppression_note(),
		get_chart(rows),
		get_summary(rows, totals),
	)


def get_columns(suppressed=False):
	# a governor reads no catalogue entry: the provision is plain text for them (Frappe would also
	# refuse the whole report while checking a Link column the reader may not read)
	return report.declared_columns(
		__file__,
		suppressed=suppressed,
		text=("provision", "cost_per_unit_progress") if suppressed else (),
	)


def get_chart(rows):
	rows = [r for r in rows if r["average_progress"] is not None and is_shown(r["average_progress"])]
	if not rows:
		return None
	return report.bar_chart(
		[r["provision"] for r in rows],
		[(_("Average progress"), [r["average_progress"] for r in rows])],
		title=_("Average progress by provision"),
	)


def get_summary(rows, totals):
	return [
		report.summary_item(len(rows), _("Provisions"), "Int"),
		report.summary_item(totals["pupils"], _("Placements"), "Int"),
		report.summary_item(
			round(sum(r["total_cost"] for r in rows), 2), _("Cost"), "Currency", currency="GBP"
		),
	]
