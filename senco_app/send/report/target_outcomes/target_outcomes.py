# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""Target Outcomes: how plan targets turned out, by area of need, year group, SEN provision (register)
or intervention (the provisions listed on the target's plan)."""

import frappe
from frappe import _

from senco_app.rules.review_reports import NO_OUTCOME
from senco_app.rules.review_reports import outcome_rows
from senco_app.rules.review_reports import outcome_summary
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
	group_by = GROUP_FIELDS.get(filters.group_by, "area_of_need")
	targets = fetch_targets(schools, filters.from_date, filters.to_date, group_by)
	rows = outcome_rows(targets, group_by)
	return (
		get_columns(filters.group_by),
		rows,
		None,
		get_chart(rows),
		get_summary(outcome_summary(targets)),
	)


PLAN, TARGET = "`tabIndividual Education Plan`", "`tabIEP Target`"


def fetch_targets(schools, from_date, to_date, group_by="area_of_need"):
	"""Targets of agreed plans (active or superseded) that started in the period, counted in the
	query: per area of need and outcome, or for the other groupings per plan and outcome."""
	per_plan = group_by != "area_of_need"
	keys = (
		[f"{PLAN}.{f}" for f in ("name", "student", "send_record")]
		if per_plan
		else [f"{TARGET}.area_of_need"]
	)
	counts = report.scoped_rows(
		"Individual Education Plan",
		schools,
		{
			"docstatus": ["in", [1, 2]],
			"status": ["in", ["Active", "Superseded"]],
			"start_date": ["between", [from_date, to_date]],
		},
		[*keys, f"{TARGET}.outcome as outcome", f"count({TARGET}.name) as count"],
		group_by=", ".join([*keys, f"{TARGET}.outcome"]),
	)
	counts = [c for c in counts if c.count]
	if not per_plan:
		return [{"area_of_need": c.area_of_need, "outcome": c.outcome, "count": c.count} for c in counts]
	plans = list({c.name for c in counts})
	interventions = {}
	for row in frappe.get_all(
		"IEP Provision",
		filters={"parenttype": "Individual Education Plan", "parent": ["in", plans or [""]]},
		fields=["parent", "provision"],
		limit_page_length=0,
	):
		interventions.setdefault(row.parent, set()).add(row.provision)
	provisions = dict(
		frappe.get_all(
			"SEND Record",
			filters={"name": ["in", list({c.send_record for c in counts}) or [""]]},
			fields=["name", "sen_provision"],
			as_list=True,
			order_by=None,
		)
	)
	year_groups = student_year_groups(list({c.student for c in counts}), to_date)
	return [
		{
			"outcome": c.outcome,
			"count": c.count,
			"year_group": year_groups.get(c.student),
			"sen_provision": provisions.get(c.send_record),
			"provisions": sorted(interventions.get(c.name, [])),
		}
		for c in counts
	]


def get_columns(group_by):
	# outcome names as the targets hold them
	outcomes = [report.int_column(o, _(o), 110) for o in (*OUTCOMES, NO_OUTCOME)]
	return report.declared_columns(
		__file__, labels={"group": group_label(group_by)}, insert_after={"targets": outcomes}
	)


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
