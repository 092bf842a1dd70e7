# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""Agency Referrals: open referrals with status, days waiting and next action."""

import frappe
from frappe import _
from frappe.utils import getdate, today

from senco_app.reports import limit_to_schools, report_schools
from senco_app.rules.agencies import END_STATES
from senco_app.rules.agency_reports import open_referral_rows, waiting_by_agency_type


def execute(filters=None):
	filters = frappe._dict(filters or {})
	schools = report_schools(filters.school, "Agency Referral")
	referrals = []
	conditions = limit_to_schools({"status": ["not in", END_STATES]}, schools)
	if conditions is not None:
		for key in ("agency", "agency_type", "status"):
			if filters.get(key):
				conditions[key] = filters[key]
		referrals = frappe.get_list(
			"Agency Referral",
			filters=conditions,
			fields=[
				"name",
				"student",
				"student_name",
				"school",
				"agency",
				"agency_type",
				"status",
				"referral_date",
				"first_appointment_date",
				"next_action",
				"next_action_date",
				"next_action_owner",
			],
			limit_page_length=0,
		)
		for r in referrals:
			r.referral_date = getdate(r.referral_date)
			r.first_appointment_date = getdate(r.first_appointment_date) if r.first_appointment_date else None
	rows = open_referral_rows(referrals, getdate(today()))
	return get_columns(), rows, None, get_chart(rows), get_summary(rows)


def get_columns():
	return [
		{"fieldname": "student_name", "label": _("Pupil"), "fieldtype": "Data", "width": 160},
		{
			"fieldname": "school",
			"label": _("School"),
			"fieldtype": "Link",
			"options": "Company",
			"width": 160,
		},
		{
			"fieldname": "agency",
			"label": _("Agency"),
			"fieldtype": "Link",
			"options": "SEND Agency",
			"width": 160,
		},
		{"fieldname": "agency_type", "label": _("Type"), "fieldtype": "Data", "width": 150},
		{"fieldname": "status", "label": _("Status"), "fieldtype": "Data", "width": 110},
		{"fieldname": "referral_date", "label": _("Referred"), "fieldtype": "Date", "width": 100},
		{"fieldname": "first_appointment_date", "label": _("First Seen"), "fieldtype": "Date", "width": 100},
		{"fieldname": "days_waiting", "label": _("Days Waiting"), "fieldtype": "Int", "width": 100},
		{"fieldname": "next_action", "label": _("Next Action"), "fieldtype": "Data", "width": 180},
		{"fieldname": "next_action_date", "label": _("Next Action Date"), "fieldtype": "Date", "width": 120},
		{
			"fieldname": "name",
			"label": _("Referral"),
			"fieldtype": "Link",
			"options": "Agency Referral",
			"width": 130,
		},
	]


def get_chart(rows):
	waits = waiting_by_agency_type(rows)
	if not waits:
		return None
	return {
		"data": {
			"labels": [w[0] for w in waits],
			"datasets": [{"name": _("Average days waiting"), "values": [w[1] for w in waits]}],
		},
		"type": "bar",
	}


def get_summary(rows):
	waiting = [r for r in rows if r["still_waiting"]]
	return [
		{"value": len(rows), "label": _("Open referrals"), "datatype": "Int"},
		{"value": len(waiting), "label": _("Not seen yet"), "datatype": "Int", "indicator": "Orange"},
		{
			"value": max((r["days_waiting"] for r in waiting), default=0),
			"label": _("Longest wait (days)"),
			"datatype": "Int",
			"indicator": "Red",
		},
	]
