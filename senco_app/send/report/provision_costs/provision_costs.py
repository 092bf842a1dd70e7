# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""Provision Costs: cost per pupil in a school year against the notional SEN threshold (pupils above
it are candidates for top-up funding or an EHC needs assessment request), and per school against
its notional SEN budget."""

import frappe
from frappe import _

from senco_app.rules.provision_reports import above_threshold
from senco_app.rules.provision_reports import school_costs
from senco_app.send.report import script_report as report
from senco_app.send.report.provision_common import notional_threshold
from senco_app.send.report.provision_common import pupil_costs_in_period
from senco_app.send.report.provision_common import school_budgets

FILTERS = {"school": None, "year_start": "School year start", "above_threshold_only": None}


def execute(filters=None):
	filters = report.report_filters(filters, FILTERS)
	year_start, year_end = report.school_year(filters.year_start)
	threshold = notional_threshold()
	rows = above_threshold(pupil_costs_in_period(filters.school, year_start, year_end), threshold)
	schools = school_costs(rows, school_budgets({r["school"] for r in rows}))
	if filters.above_threshold_only:
		rows = [r for r in rows if r["above_threshold"]]
	columns = report.declared_columns(__file__)
	return columns, rows, None, get_chart(schools), get_summary(rows, schools, threshold)


def get_chart(schools):
	if not schools:
		return None
	# a school's cost is a small part of its budget: drawn side by side, the cost bar vanishes
	return report.bar_chart(
		[s["school"] for s in schools],
		[(_("% of budget"), [budget_share(s["cost"], s["budget"]) for s in schools])],
		title=_("Provision cost as a share of the notional SEN budget"),
		fieldtype="Percent",
	)


def budget_share(cost, budget) -> float:
	return round(100 * (cost or 0) / budget, 1) if budget else 0.0


def get_summary(rows, schools, threshold):
	return [
		report.summary_item(
			sum(1 for r in rows if r["above_threshold"]),
			_("Pupils above {0}").format(frappe.format(threshold, "Currency")),
			"Int",
			indicator="Red",
		),
		*[
			report.summary_item(
				s["budget_used_percent"],
				_("{0}: share of notional SEN budget").format(s["school"]),
				"Percent",
			)
			for s in schools
		],
	]
