# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""EHCP Funding: top-up funding per pupil and per school for a year (prorated by days)."""

from frappe import _

from senco_app.rules import ehcp as ehcp_rules
from senco_app.send.report import script_report as report

FILTERS = {"school": None, "year_start": "School year start"}


def execute(filters=None):
	filters = report.report_filters(filters, FILTERS)
	year_start, year_end = report.school_year(filters.year_start)
	rows = ehcp_rules.funding_rows(fetch_plans(filters), year_start, year_end)
	totals = ehcp_rules.funding_by_school(rows)
	return report.declared_columns(__file__), rows, None, get_chart(totals), get_summary(rows, totals)


def fetch_plans(filters):
	plans = report.scoped_rows(
		"EHC Plan",
		report.report_schools(filters.school, "EHC Plan"),
		{"top_up_annual": [">", 0], "status": ["in", ["Issued", "Under appeal", "Ceased", "Transferred"]]},
		report.declared_fields(__file__, "EHC Plan", "student", "top_up_annual"),
	)
	return report.with_dates(plans, "top_up_from", "top_up_to")


def get_chart(totals):
	if not totals:
		return None
	return report.bar_chart(
		[t[0] for t in totals],
		[(_("Top-up in the year"), [t[1] for t in totals])],
		fieldtype="Currency",
		title=_("Top-up funding in the year"),
	)


def get_summary(rows, totals):
	return [
		report.summary_item(sum(t[1] for t in totals), _("Top-up in the year"), "Currency", currency="GBP"),
		report.summary_item(len(rows), _("Pupils funded"), "Int"),
		*[
			report.summary_item(
				amount, _("{0} ({1} pupils)").format(school, count), "Currency", currency="GBP"
			)
			for school, amount, count in totals
		],
	]
