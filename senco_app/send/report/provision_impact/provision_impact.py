# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""Provision Impact: per provision, pupils, average progress on its measure, share achieving and cost
per unit of progress, for entries that ended in a period."""

import frappe
from frappe import _
from frappe.utils import add_months, getdate, today

from senco_app.rules.provision_reports import impact_rows
from senco_app.send.report.provision_common import fetch_placements


def execute(filters=None):
	filters = frappe._dict(filters or {})
	end = getdate(filters.to_date or today())
	start = getdate(filters.from_date or add_months(end, -12))
	placements, entries = fetch_placements(
		filters.school, start, end, {"end_date": ["between", [start, end]]}
	)
	rows = impact_rows(placements, {name: e.total_cost or 0 for name, e in entries.items()})
	return get_columns(), rows, None, get_chart(rows), get_summary(rows)


def get_columns():
	return [
		{
			"fieldname": "provision",
			"label": _("Provision"),
			"fieldtype": "Link",
			"options": "SEND Provision",
			"width": 200,
		},
		{"fieldname": "measure", "label": _("Measure"), "fieldtype": "Data", "width": 180},
		{"fieldname": "pupils", "label": _("Pupils"), "fieldtype": "Int", "width": 80},
		{"fieldname": "measured", "label": _("With Scores"), "fieldtype": "Int", "width": 100},
		{
			"fieldname": "average_progress",
			"label": _("Average Progress"),
			"fieldtype": "Float",
			"precision": 1,
			"width": 130,
		},
		{"fieldname": "achieved_percent", "label": _("Achieved %"), "fieldtype": "Percent", "width": 110},
		{
			"fieldname": "total_cost",
			"label": _("Cost"),
			"fieldtype": "Currency",
			"options": "GBP",
			"width": 110,
		},
		{
			"fieldname": "cost_per_unit_progress",
			"label": _("Cost per Unit of Progress"),
			"fieldtype": "Currency",
			"options": "GBP",
			"width": 170,
		},
	]


def get_chart(rows):
	rows = [r for r in rows if r["average_progress"] is not None]
	if not rows:
		return None
	return {
		"data": {
			"labels": [r["provision"] for r in rows],
			"datasets": [{"name": _("Average progress"), "values": [r["average_progress"] for r in rows]}],
		},
		"type": "bar",
	}


def get_summary(rows):
	return [
		{"value": len(rows), "label": _("Provisions"), "datatype": "Int"},
		{"value": sum(r["pupils"] for r in rows), "label": _("Placements"), "datatype": "Int"},
		{
			"value": round(sum(r["total_cost"] for r in rows), 2),
			"label": _("Cost"),
			"datatype": "Currency",
			"currency": "GBP",
		},
	]
