# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""Annual Reviews Due: issued plans by next annual review, with the statutory step dates of that
review and phase-transfer deadlines (15 February / 31 March)."""

from datetime import timedelta

import frappe
from frappe import _
from frappe.utils import cint, getdate, today

from senco_app.reports import limit_to_schools, report_schools
from senco_app.services import ehcp_clock


def execute(filters=None):
	filters = frappe._dict(filters or {})
	now = getdate(today())
	window = cint(filters.window_days) if filters.window_days not in (None, "") else 90
	horizon = now + timedelta(days=window)
	rows = []
	for plan in fetch_plans(filters):
		due = getdate(plan.next_annual_review_due) if plan.next_annual_review_due else None
		transfer = getdate(plan.phase_transfer_deadline) if plan.phase_transfer_deadline else None
		if filters.phase_transfer_only and not transfer:
			continue
		if not ((due and due <= horizon) or (transfer and transfer <= horizon)):
			continue
		steps = ehcp_clock.review_deadlines(due) if due else {}
		rows.append({**plan, **steps, "days_to_review": (due - now).days if due else None})
	rows.sort(key=lambda r: r["next_annual_review_due"] or r["phase_transfer_deadline"])
	return get_columns(), rows, None, get_chart(rows), get_summary(rows, now)


def fetch_plans(filters):
	schools = report_schools(filters.school, "EHC Plan")
	conditions = limit_to_schools({"status": ["in", ["Issued", "Under appeal"]]}, schools)
	if conditions is None:
		return []
	return frappe.get_list(
		"EHC Plan",
		filters=conditions,
		fields=[
			"name",
			"student",
			"student_name",
			"school",
			"local_authority",
			"issue_date",
			"last_annual_review",
			"next_annual_review_due",
			"phase_transfer",
			"phase_transfer_deadline",
		],
		limit_page_length=0,
	)


def get_columns():
	def col(fieldname, label, fieldtype="Date", width=110, **kw):
		return {"fieldname": fieldname, "label": _(label), "fieldtype": fieldtype, "width": width, **kw}

	return [
		col("student_name", "Pupil", "Data", 160),
		col("school", "School", "Link", 160, options="Company"),
		col("local_authority", "LA", "Data", 110),
		col("last_annual_review", "Last Review"),
		col("next_annual_review_due", "Review Due"),
		col("days_to_review", "Days to Go", "Int", 90),
		col("invitations_due", "Invitations By"),
		col("advice_due", "Papers By"),
		col("report_to_la_due", "Report to LA By"),
		col("la_decision_due", "LA Decision By"),
		col("phase_transfer", "Phase Transfer", "Data", 150),
		col("phase_transfer_deadline", "Transfer Deadline"),
		col("name", "EHC Plan", "Link", 130, options="EHC Plan"),
	]


def get_chart(rows):
	if not rows:
		return None
	months = {}
	for r in rows:
		if r["next_annual_review_due"]:
			key = getdate(r["next_annual_review_due"]).strftime("%Y-%m")
			months[key] = months.get(key, 0) + 1
	labels = sorted(months)
	return {
		"data": {
			"labels": labels,
			"datasets": [{"name": _("Annual reviews"), "values": [months[m] for m in labels]}],
		},
		"type": "bar",
	}


def get_summary(rows, now):
	overdue = sum(
		1 for r in rows if r["next_annual_review_due"] and getdate(r["next_annual_review_due"]) < now
	)
	return [
		{"value": len(rows), "label": _("Reviews in window"), "datatype": "Int"},
		{
			"value": overdue,
			"label": _("Overdue"),
			"datatype": "Int",
			"indicator": "Red" if overdue else "Green",
		},
		{
			"value": sum(1 for r in rows if r["phase_transfer"]),
			"label": _("Phase transfers"),
			"datatype": "Int",
			"indicator": "Orange",
		},
	]
