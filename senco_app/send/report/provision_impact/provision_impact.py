# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""Provision Impact: per provision, pupils, average progress on its measure, share achieving and cost
per unit of progress, for entries that ended in a period.

An aggregate report (a governor may run it): no pupil is named, and small numbers are suppressed for
a reader who may not read pupils' records."""

import frappe
from frappe import _
from frappe.utils import add_months, getdate, today

from senco_app.reports import figure_column, reads_pupils, summary_item, suppression_note
from senco_app.rules.disclosure import is_shown, protect_columns
from senco_app.rules.provision_reports import impact_rows
from senco_app.send.report.provision_common import fetch_placements


def execute(filters=None):
	filters = frappe._dict(filters or {})
	end = getdate(filters.to_date or today())
	start = getdate(filters.from_date or add_months(end, -12))
	placements, entries = fetch_placements(
		filters.school, start, end, {"end_date": ["between", [start, end]]}, aggregate=True
	)
	suppressed = not reads_pupils()
	rows = impact_rows(placements, {name: e.total_cost or 0 for name, e in entries.items()}, suppressed)
	if not suppressed:
		totals = {"pupils": sum(r["pupils"] for r in rows)}
		return get_columns(), rows, None, get_chart(rows), get_summary(rows, totals)
	rows, totals = protect_columns(rows, ["pupils"])
	return get_columns(suppressed), rows, suppression_note(), get_chart(rows), get_summary(rows, totals)


def get_columns(suppressed=False):
	# a governor reads no catalogue entry: the provision is plain text for them (Frappe would also
	# refuse the whole report while checking a Link column the reader may not read)
	provision = {"fieldtype": "Data"} if suppressed else {"fieldtype": "Link", "options": "SEND Provision"}
	return [
		{"fieldname": "provision", "label": _("Provision"), "width": 200, **provision},
		{"fieldname": "measure", "label": _("Measure"), "fieldtype": "Data", "width": 180},
		figure_column("pupils", _("Pupils"), "Int", 80, suppressed),
		figure_column("measured", _("With Scores"), "Int", 100, suppressed),
		figure_column("average_progress", _("Average Progress"), "Float", 130, suppressed, precision=1),
		figure_column("achieved_percent", _("Achieved %"), "Percent", 110, suppressed),
		{
			"fieldname": "total_cost",
			"label": _("Cost"),
			"fieldtype": "Currency",
			"options": "GBP",
			"width": 110,
		},
		figure_column(
			"cost_per_unit_progress",
			_("Cost per Unit of Progress"),
			"Currency",
			170,
			suppressed,
			options="GBP",
		),
	]


def get_chart(rows):
	rows = [r for r in rows if r["average_progress"] is not None and is_shown(r["average_progress"])]
	if not rows:
		return None
	return {
		"data": {
			"labels": [r["provision"] for r in rows],
			"datasets": [{"name": _("Average progress"), "values": [r["average_progress"] for r in rows]}],
		},
		"type": "bar",
	}


def get_summary(rows, totals):
	return [
		{"value": len(rows), "label": _("Provisions"), "datatype": "Int"},
		summary_item(totals["pupils"], _("Placements"), "Int"),
		{
			"value": round(sum(r["total_cost"] for r in rows), 2),
			"label": _("Cost"),
			"datatype": "Currency",
			"currency": "GBP",
		},
	]
