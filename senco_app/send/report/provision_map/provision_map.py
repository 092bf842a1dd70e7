# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""Provision Map: pupils down, provisions across, for a term or period, as schools print it."""

import frappe
from frappe import _
from frappe.utils import getdate

from senco_app.rules.provision_reports import group_totals
from senco_app.rules.provision_reports import provision_grid
from senco_app.send.report import script_report as report
from senco_app.send.report.provision_common import placed_with_year_groups

FILTERS = {
	"school": None,
	"academic_term": None,
	"from_date": "3 months before to_date",
	"to_date": "Today",
	"year_group": None,
	"need": None,
	"provision": None,
	"staff": None,
}


def execute(filters=None):
	filters = report.report_filters(filters, FILTERS)
	provisions, rows = provision_grid(fetch_pupils(filters, *period(filters)))
	return get_columns(provisions), rows, None, get_chart(rows), get_summary(rows)


def period(filters):
	"""The term's dates when a term is chosen, else the filter's dates."""
	if filters.academic_term:
		term = frappe.db.get_value(
			"Academic Term", filters.academic_term, ["term_start_date", "term_end_date"], as_dict=True
		)
		if term and term.term_start_date:
			return getdate(term.term_start_date), getdate(term.term_end_date)
	return filters.from_date, filters.to_date


def fetch_pupils(filters, start, end):
	"""Pupils placed in the period, with year group and primary need, in the year group and need asked
	for."""
	extra = {k: filters[k] for k in ("provision", "staff") if filters.get(k)}
	placements = placed_with_year_groups(filters.school, start, end, extra)
	needs = dict(
		frappe.get_all(
			"SEND Record",
			filters={"student": ["in", list({p["student"] for p in placements}) or [""]], "status": "Open"},
			fields=["student", "primary_need"],
			order_by=None,
			as_list=True,
		)
	)
	for p in placements:
		p["year_group"] = p["year_group"] or ""
		p["primary_need"] = needs.get(p["student"]) or ""
	return [
		p
		for p in placements
		if (not filters.year_group or p["year_group"] == filters.year_group)
		and (not filters.need or p["primary_need"] == filters.need)
	]


def get_columns(provisions):
	# a provision is named as it is
	hours = [report.column(p, p, "Float", 110, precision=1) for p in provisions]
	return report.declared_columns(__file__, insert_after={"primary_need": hours})


def get_chart(rows):
	totals = group_totals(rows, "year_group")
	if not totals:
		return None
	return report.bar_chart(
		[t[0] or _("(none)") for t in totals],
		[(_("Cost"), [t[2] for t in totals])],
		fieldtype="Currency",
		title=_("Provision cost by year group"),
	)


def get_summary(rows):
	return [
		report.summary_item(len(rows), _("Pupils"), "Int"),
		report.summary_item(round(sum(r["total_hours"] for r in rows), 1), _("Pupil hours"), "Float"),
		*[
			report.summary_item(cost, _("Cost: {0}").format(school), "Currency", currency="GBP")
			for school, _hours, cost in group_totals(rows, "school")
		],
	]
