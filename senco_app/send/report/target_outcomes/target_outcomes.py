# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""Target Outcomes: how plan targets turned out, by area of need, year group, SEN provision (register)
or intervention (the provisions listed on the target's plan)."""

import frappe
from frappe import _
from frappe.utils import add_months, getdate, today

from senco_app.reports import limit_to_schools, report_schools
from senco_app.rules.review_reports import NO_OUTCOME, outcome_rows, outcome_summary
from senco_app.rules.reviews import OUTCOMES
from senco_app.services.year_groups import student_year_groups

GROUP_FIELDS = {
	"Area of Need": "area_of_need",
	"Year Group": "year_group",
	"SEN Provision": "sen_provision",
	"Intervention": "provisions",
}


def execute(filters=None):
	filters = frappe._dict(filters or {})
	to_date = getdate(filters.to_date or today())
	from_date = getdate(filters.from_date or add_months(to_date, -12))
	group_by = GROUP_FIELDS.get(filters.group_by or "Area of Need", "area_of_need")
	schools = report_schools(filters.school, "Individual Education Plan")
	targets = fetch_targets(schools, from_date, to_date)
	rows = outcome_rows(targets, group_by)
	return (
		get_columns(filters.group_by or "Area of Need"),
		rows,
		None,
		get_chart(rows),
		get_summary(outcome_summary(targets)),
	)


def fetch_targets(schools, from_date, to_date):
	"""Targets of agreed plans (active or superseded) that started in the period."""
	conditions = limit_to_schools(
		{
			"docstatus": ["in", [1, 2]],
			"status": ["in", ["Active", "Superseded"]],
			"start_date": ["between", [from_date, to_date]],
		},
		schools,
	)
	if conditions is None:
		return []
	plans = {
		p.name: p
		for p in frappe.get_list(
			"Individual Education Plan",
			filters=conditions,
			fields=["name", "student", "send_record", "start_date"],
			limit_page_length=0,
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


def get_columns(group_label):
	return [
		{"fieldname": "group", "label": _(group_label), "fieldtype": "Data", "width": 220},
		{"fieldname": "targets", "label": _("Targets"), "fieldtype": "Int", "width": 90},
		*[{"fieldname": o, "label": _(o), "fieldtype": "Int", "width": 110} for o in (*OUTCOMES, NO_OUTCOME)],
		{"fieldname": "met_percent", "label": _("Met or Exceeded %"), "fieldtype": "Percent", "width": 140},
	]


def get_chart(rows):
	if not rows:
		return None
	return {
		"data": {
			"labels": [r["group"] for r in rows],
			"datasets": [{"name": _(o), "values": [r[o] for r in rows]} for o in OUTCOMES],
		},
		"type": "bar",
		"barOptions": {"stacked": 1},
	}


def get_summary(totals):
	return [
		{"value": totals["targets"], "label": _("Targets"), "datatype": "Int"},
		{"value": totals["with_outcome"], "label": _("With an outcome"), "datatype": "Int"},
		{
			"value": totals["met_percent"],
			"label": _("Met or exceeded"),
			"datatype": "Percent",
			"indicator": "Green",
		},
	]
