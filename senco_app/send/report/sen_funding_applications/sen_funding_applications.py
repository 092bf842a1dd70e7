# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""SEN Funding Applications: per school and funding type, the applications made in a school year
(how many, awaiting a decision, refused, amounts asked and awarded), with each school's EHC plan
top-up in the year beside them (as the EHCP Funding report counts it)."""

from frappe import _

from senco_app.rules import ehcp as ehcp_rules
from senco_app.rules.funding import report_rows
from senco_app.send.report import script_report as report
from senco_app.send.report.ehcp_funding.ehcp_funding import fetch_plans

FILTERS = {"school": None, "year_start": "School year start"}


def execute(filters=None):
	filters = report.report_filters(filters, FILTERS)
	year_start, year_end = report.school_year(filters.year_start)
	applications = report.scoped_rows(
		"Funding Application",
		report.report_schools(filters.school, "Funding Application"),
		{"application_date": ["between", [year_start, year_end]]},
		["school", "funding_type", "status", "amount_requested", "amount_awarded"],
	)
	ehcp = ehcp_rules.funding_by_school(ehcp_rules.funding_rows(fetch_plans(filters), year_start, year_end))
	rows = report_rows(applications, ehcp)
	for row in rows:
		row["funding_type"] = (
			_(row["funding_type"]) if not row["ehcp"] else _("EHC plan top-up (in the year)")
		)
	return report.declared_columns(__file__), rows, None, get_chart(rows), get_summary(rows)


def get_chart(rows):
	schools = sorted({r["school"] for r in rows})
	if not schools:
		return None

	def total(ehcp):
		return report.totals_per(
			rows, "school", schools, lambda r: r["amount_awarded"] if r["ehcp"] == ehcp else 0
		)

	return report.bar_chart(
		schools,
		[(_("Awarded on application"), total(0)), (_("EHC plan top-up"), total(1))],
		title=_("Funding awarded per school"),
		fieldtype="Currency",
	)


def get_summary(rows):
	applied = [r for r in rows if not r["ehcp"]]
	return [
		report.summary_item(sum(r["applications"] for r in applied), _("Applications"), "Int"),
		report.summary_item(
			sum(r["awaiting"] for r in applied), _("Awaiting a decision"), "Int", indicator="Orange"
		),
		report.summary_item(
			sum(r["amount_requested"] for r in applied), _("Requested"), "Currency", currency="GBP"
		),
		report.summary_item(
			sum(r["amount_awarded"] for r in applied), _("Awarded"), "Currency", currency="GBP"
		),
		report.summary_item(
			sum(r["amount_awarded"] for r in rows if r["ehcp"]),
			_("EHC plan top-up in the year"),
			"Currency",
			currency="GBP",
		),
	]
