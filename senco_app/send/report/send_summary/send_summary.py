# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""SEND Summary, the governor pack: per school, pupils on roll, on SEN Support and with an EHC plan
(each as a share of the roll beside the national figures), pupils by primary need, reviews overdue,
and provision cost in a school year against the notional SEN budget.

An aggregate report (a governor may run it): no pupil is named or linked, and small numbers are
suppressed for a reader who may not read pupils' records."""

from collections import Counter

from frappe import _
from frappe.utils import getdate
from frappe.utils import today

from senco_app.rules import school_summary
from senco_app.rules.disclosure import is_shown
from senco_app.send.report import script_report as report
from senco_app.send.report.provision_common import school_budgets
from senco_app.send.report.provision_common import school_costs_in_period
from senco_app.services.register_counts import register_counts
from senco_app.services.school_roll import school_rolls

FILTERS = {"school": None, "year_start": "School year start"}


def execute(filters=None):
	filters = report.report_filters(filters, FILTERS)
	as_at = getdate(today())
	schools = report.report_schools(filters.school, "SEND Record")
	register = register_counts(schools, as_at)
	roll = school_rolls(schools, as_at, aggregate=True)
	overdue = Counter(
		r.school
		for r in report.aggregate_rows(
			"SEND Record", schools, {"status": "Open", "review_overdue": 1}, ["school"]
		)
	)
	costs = fetch_costs(filters.school, filters.year_start)
	budgets = school_budgets({*roll, *(r["school"] for r in register), *overdue, *costs})
	rows, codes = school_summary.summary_rows(register, roll, overdue, costs, budgets)
	suppressed = not report.reads_pupils()
	if suppressed:
		rows, totals = school_summary.protected(rows, codes)
	else:
		totals = school_summary.totals(rows, codes)
	message = report.suppression_note() if suppressed else None
	return get_columns(codes, suppressed), rows, message, get_chart(totals, codes), get_summary(totals)


def fetch_costs(school, year_start) -> dict[str, float]:
	"""Each school's provision cost in the school year from ``year_start``, as the Provision Costs
	report counts it."""
	start, end = report.school_year(year_start)
	return school_costs_in_period(report.report_schools(school, "Provision Map Entry"), start, end)


def get_columns(codes, suppressed=False):
	return report.roll_share_columns(__file__, codes, suppressed, keep=("budget_used_percent",))


def get_chart(totals, codes):
	"""Pupils on SEN Support or with a plan by primary need; a suppressed figure has no bar."""
	counts = [(code, totals[school_summary.need_field(code)]) for code in codes]
	return report.need_chart([(code, n) for code, n in counts if is_shown(n) and n])


def get_summary(totals):
	return [
		*report.roll_share_summary(totals),
		report.summary_item(totals["reviews_overdue"], _("Reviews overdue"), "Int", indicator="Red"),
		report.summary_item(totals["provision_cost"], _("Provision cost"), "Currency", currency="GBP"),
		report.summary_item(totals["budget_used_percent"], _("Share of notional SEN budget"), "Percent"),
	]
