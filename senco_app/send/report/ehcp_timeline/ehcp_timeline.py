# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""EHCP Timeline: every open request and plan, each statutory date due and actual, days late, RAG."""

import frappe
from frappe import _
from frappe.utils import getdate, today

from senco_app.reports import limit_to_schools, report_schools
from senco_app.rules import ehcp as ehcp_rules
from senco_app.services import ehcp_clock

PLAN_FIELDS = [
	"name",
	"student",
	"student_name",
	"school",
	"local_authority",
	"status",
	"request_date",
	"decision_to_assess_date",
	"decision_to_issue_date",
	"draft_plan_date",
	"issue_date",
	"next_step",
	"next_step_due",
]


def execute(filters=None):
	filters = frappe._dict(filters or {})
	now = getdate(today())
	rows = []
	for plan in fetch_plans(filters):
		values = {k: (getdate(v) if k.endswith("_date") and v else v) for k, v in plan.items()}
		row = {
			**plan,
			**ehcp_rules.timeline_row(values, ehcp_clock.assessment_deadlines(plan.request_date), now),
		}
		row["next_step_late"] = (
			ehcp_rules.days_late(getdate(plan.next_step_due), None, now) if plan.next_step_due else 0
		)
		rows.append(row)
	return get_columns(), rows, None, get_chart(rows), get_summary(rows)


def fetch_plans(filters):
	schools = report_schools(filters.school, "EHC Plan")
	conditions = limit_to_schools({"status": filters.status or ["in", ehcp_rules.OPEN_STATUSES]}, schools)
	if conditions is None:
		return []
	if filters.local_authority:
		conditions["local_authority"] = filters.local_authority
	return frappe.get_list(
		"EHC Plan", filters=conditions, fields=PLAN_FIELDS, order_by="request_date asc", limit_page_length=0
	)


def get_columns():
	def col(fieldname, label, fieldtype="Date", width=105, **kw):
		return {"fieldname": fieldname, "label": _(label), "fieldtype": fieldtype, "width": width, **kw}

	return [
		col("name", "EHC Plan", "Link", 130, options="EHC Plan"),
		col("student_name", "Pupil", "Data", 160),
		col("school", "School", "Link", 160, options="Company"),
		col("local_authority", "LA", "Data", 120),
		col("status", "Status", "Data", 100),
		col("request_date", "Requested"),
		col("assess_due", "Assess Decision Due"),
		col("assess_done", "Assess Decision"),
		col("assess_late", "Days Late", "Int", 80),
		col("assess_rag", "RAG", "Data", 70),
		col("issue_decision_due", "Issue Decision Due"),
		col("issue_decision_done", "Issue Decision"),
		col("final_due", "Final Plan Due"),
		col("final_done", "Issued"),
		col("final_late", "Days Late", "Int", 80),
		col("final_rag", "RAG", "Data", 70),
		col("next_step", "Next Step", "Data", 230),
		col("next_step_due", "Next Step Due"),
		col("next_step_late", "Days Overdue", "Int", 100),
	]


def get_chart(rows):
	if not rows:
		return None
	statuses = sorted({r["status"] for r in rows})
	return {
		"data": {
			"labels": statuses,
			"datasets": [
				{"name": _("Plans"), "values": [sum(1 for r in rows if r["status"] == s) for s in statuses]}
			],
		},
		"type": "bar",
	}


def get_summary(rows):
	requests = sum(1 for r in rows if r["status"] in ("Requested", "Assessing", "Draft"))
	overdue = sum(1 for r in rows if r["next_step_late"] > 0)
	return [
		{"value": requests, "label": _("Assessments in progress"), "datatype": "Int", "indicator": "Blue"},
		{
			"value": sum(1 for r in rows if r["status"] == "Issued"),
			"label": _("Plans issued"),
			"datatype": "Int",
			"indicator": "Purple",
		},
		{
			"value": overdue,
			"label": _("Steps overdue"),
			"datatype": "Int",
			"indicator": "Red" if overdue else "Green",
		},
	]
