# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""SEND Summary, the governor pack: per school, pupils on roll, on SEN Support and with an EHC plan
(each as a share of the roll beside the national figures), pupils by primary need, reviews overdue,
and provision cost in a school year against the notional SEN budget.

An aggregate report (a governor may run it): no pupil is named or linked, and small numbers are
suppressed for a reader who may not read pupils' records."""

from collections import Counter

import frappe
from frappe import _
from frappe.utils import add_days, add_years, getdate, today

from senco_app.reports import (
	aggregate_rows,
	figure_column,
	national_share_labels,
	need_chart,
	reads_pupils,
	report_schools,
	school_column,
	summary_item,
	suppression_note,
)
from senco_app.rules import school_summary
from senco_app.rules.disclosure import is_shown
from senco_app.rules.provision_reports import pupil_costs, school_costs
from senco_app.rules.register_report import register_rows
from senco_app.rules.statutory import school_year_start
from senco_app.send.report.provision_common import fetch_placements, school_budgets
from senco_app.send.report.send_register.send_register import fetch_register, fetch_students
from senco_app.services.settings import send_settings


def execute(filters=None):
	filters = frappe._dict(filters or {})
	as_at = getdate(today())
	schools = report_schools(filters.school, "SEND Record")
	records, history = fetch_register(schools, as_at, aggregate=True)
	register = register_rows(records, history, as_at, {})
	roll = school_summary.roll_by_school(fetch_students(schools, aggregate=True), as_at)
	overdue = Counter(
		r.school
		for r in aggregate_rows("SEND Record", {"status": "Open", "review_overdue": 1}, ["school"], schools)
	)
	costs = fetch_costs(filters.school, filters.year_start, as_at)
	budgets = school_budgets({*roll, *(r["school"] for r in register), *overdue, *costs})
	rows, codes = school_summary.summary_rows(register, roll, overdue, costs, budgets)
	suppressed = not reads_pupils()
	if suppressed:
		rows, totals = school_summary.protected(rows, codes)
	else:
		totals = school_summary.totals(rows, codes)
	message = suppression_note() if suppressed else None
	return get_columns(codes, suppressed), rows, message, get_chart(totals, codes), get_summary(totals)


def fetch_costs(school, year_start, as_at) -> dict[str, float]:
	"""Each school's provision cost in the school year from ``year_start`` (that of ``as_at`` if not
	given), as the Provision Costs report counts it."""
	start = getdate(year_start) if year_start else school_year_start(as_at)
	end = getdate(add_days(add_years(start, 1), -1))
	placements, _entries = fetch_placements(school, start, end, aggregate=True)
	threshold = send_settings().notional_sen_threshold
	return {s["school"]: s["cost"] for s in school_costs(pupil_costs(placements, start, end, threshold), {})}


def get_columns(codes, suppressed=False):
	sen_support_label, ehc_plan_label = national_share_labels()
	return [
		school_column(),
		figure_column("on_roll", _("Pupils on Roll"), "Int", 110, suppressed),
		figure_column("sen_support", _("On SEN Support"), "Int", 120, suppressed),
		figure_column("sen_support_percent", sen_support_label, "Percent", 150, suppressed),
		figure_column("ehc_plan", _("With EHC Plan"), "Int", 110, suppressed),
		figure_column("ehc_plan_percent", ehc_plan_label, "Percent", 150, suppressed),
		*[
			figure_column(
				school_summary.need_field(code), _("Primary Need {0}").format(code), "Int", 90, suppressed
			)
			for code in codes
		],
		figure_column("reviews_overdue", _("Reviews Overdue"), "Int", 120, suppressed),
		{
			"fieldname": "provision_cost",
			"label": _("Provision Cost"),
			"fieldtype": "Currency",
			"options": "GBP",
			"width": 130,
		},
		{
			"fieldname": "notional_sen_budget",
			"label": _("Notional SEN Budget"),
			"fieldtype": "Currency",
			"options": "GBP",
			"width": 150,
		},
		{
			"fieldname": "budget_used_percent",
			"label": _("Share of Budget"),
			"fieldtype": "Percent",
			"width": 120,
		},
	]


def get_chart(totals, codes):
	"""Pupils on SEN Support or with a plan by primary need; a suppressed figure has no bar."""
	counts = [(code, totals[school_summary.need_field(code)]) for code in codes]
	return need_chart([(code, n) for code, n in counts if is_shown(n) and n])


def get_summary(totals):
	sen_support_label, ehc_plan_label = national_share_labels()
	return [
		summary_item(totals["on_roll"], _("Pupils on roll"), "Int"),
		summary_item(totals["sen_support"], _("On SEN Support"), "Int", indicator="Blue"),
		summary_item(totals["sen_support_percent"], sen_support_label, "Percent", indicator="Blue"),
		summary_item(totals["ehc_plan"], _("With EHC Plan"), "Int", indicator="Purple"),
		summary_item(totals["ehc_plan_percent"], ehc_plan_label, "Percent", indicator="Purple"),
		summary_item(totals["reviews_overdue"], _("Reviews overdue"), "Int", indicator="Red"),
		summary_item(totals["provision_cost"], _("Provision cost"), "Currency", currency="GBP"),
		summary_item(totals["budget_used_percent"], _("Share of notional SEN budget"), "Percent"),
	]
