# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""Target Outcomes: how plan targets turned out, by area of need, year group, SEN provision (register)
or intervention (the provisions listed on the target's plan)."""

import frappe
from frappe import _

from senco_app.rules.review_reports import NO_OUTCOME, outcome_rows, outcome_summary
from senco_app.rules.reviews import OUTCOMES
from senco_app.send.report import script_report as report
from senco_app.services.year_groups import student_year_groups

FILTERS = {
	"school": None,
	"from_date": "12 months before to_date",
	"to_date": "Today",
	"group_by": "Area of Need",
}
GROUP_FIELDS = {
	"Area of Need": "area_of_need",
	"Year Group": "year_group",
	"SEN Provision": "sen_provision",
	"Intervention": "provisions",
}


def execute(filters=None):
	filters = report.report_filters(filters, FILTERS)
	schools = report.report_schools(filters.school, "Individual Education Plan")
	targets = fetch_targets(schools, filters.from_date, filters.to_date)
	rows = outcome_rows(targets, GROUP_FIELDS.get(filters.group_by, "area_of_need"))
	return (
		get_columns(filters.group_by),
		rows,
		None,
		get_chart(rows),
		get_summary(outcome_summary(targets)),
	)


def fetch_targets(schools, from_date, to_date):
	"""Targets of agreed plans (active or superseded) that started in the period."""
	plans = {
		p.name: p
		for p in report.scoped_rows(
			"Individual Education Plan",
			schools,
			{
				"docstatus": ["in", [1, 2]],
				"status": ["in", ["Active", "Superseded"]],
				"start_date": ["between", [from_date, to_date]],
			},
			["name", "student", "send_record", "start_date"],
		)
	}
	if not plans:
		return []
	targets = frappe.get_all(
		"IEP Target",
		filters={"parenttype": "Individual Education Plan", "parent": ["in", list(plans)]},
		fields=["parent", "area_of_need", "outcome"],
		limit_page_length=0,
	)
	interventions = {}
	for row in frappe.get_all(
		"IEP Provision",
		filters={"parenttype": "Individual Education Plan", "parent": ["in", list(plans)]},
		fields=["parent", "provision"],
		order_by="idx asc",
		limit_page_length=0,
	):
		interventions.setdefault(row.parent, []).append(row.provision)
	provisions = dict(
		frappe.get_all(
			"SEND Record",
			filters={"name": ["in", list({p.send_record for p in plans.values()})]},
			fields=["name", "sen_provision"],
			as_list=True,
		)
	)
	year_groups = student_year_groups(list({p.student for p in plans.values()}), to_date)
	return [
		{
			"area_of_need": t.area_of_need,
			"outcome": t.outcome,
			"year_group": year_groups.get(plans[t.parent].student),
			"sen_provision": provisions.get(plans[t.parent].send_record),
			"provisions": sorted(set(interventions.get(t.parent, []))),
		}
		for t in targets
	]


def get_columns(group_by):
	return [
		report.data_column("group", group_label(group_by), 220),
		report.int_column("targets", _("Targets"), 90),
		*[
			report.int_column(o, _(o), 110) for o in (*OUTCOMES, NO_OUTCOME)
		],  # outcome names as the targets hold them
		report.percent_column("met_percent", _("Met or Exceeded %"), 140),
	]


def group_label(group_by: str) -> str:
	return {
		"Area of Need": _("Area of Need"),
		"Year Group": _("Year Group"),
		"SEN Provision": _("SEN Provision"),
		"Intervention": _("Intervention"),
	}.get(group_by, group_by)


def get_chart(rows):
	if not rows:
		return None
	return report.bar_chart(
		[r["group"] for r in rows],
		[(_(o), [r[o] for r in rows]) for o in OUTCOMES],
		barOptions={"stacked": 1},
		title=_("Target outcomes"),
	)


def get_summary(totals):
	return [
		report.summary_item(totals["targets"], _("Targets"), "Int"),
		report.summary_item(totals["with_outcome"], _("With an outcome"), "Int"),
		report.summary_item(totals["met_percent"], _("Met or exceeded"), "Percent", indicator="Green"),
	]
