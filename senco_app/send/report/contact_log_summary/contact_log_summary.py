# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""Contact Log Summary: contacts per pupil and type over a period, and pupils on the register with
no parent contact for a number of weeks. Confidential entries count only for the SENCO (the list is
read through the contact log's own permission rule)."""

from frappe import _
from frappe.utils import add_days
from frappe.utils import get_datetime
from frappe.utils import getdate

from senco_app.rules.agencies import CONTACT_TYPES
from senco_app.rules.agency_reports import contact_summary_rows
from senco_app.send.report import script_report as report

FILTERS = {"school": None, "from_date": "3 months before to_date", "to_date": "Today", "weeks": 6}


def execute(filters=None):
	filters = report.report_filters(filters, FILTERS)
	pupils, contacts, parent_contacts = fetch_contacts(filters)
	rows = contact_summary_rows(pupils, contacts, filters.to_date, filters.weeks, parent_contacts)
	return get_columns(filters.weeks), rows, None, get_chart(rows), get_summary(rows, filters.weeks)


def fetch_contacts(filters):
	"""Pupils open on the register, their contacts in the period, and their contacts with parents up
	to the end of the period (before it too: when parents were last met)."""
	schools = report.report_schools(filters.school, "SEND Contact Log")
	pupils = [
		{"student": r.student, "student_name": r.student_name, "school": r.school}
		for r in report.scoped_rows(
			"SEND Record", schools, {"status": "Open"}, ["student", "student_name", "school"]
		)
	]
	if not pupils:
		return [], [], []
	# the contacts of the schools (those of a pupil not on the register are left out by the rule,
	# which counts the ``pupils`` only), with no list of every pupil's name sent to the database
	period = [get_datetime(filters.from_date), get_datetime(add_days(filters.to_date, 1))]
	contacts = report.scoped_rows(
		"SEND Contact Log",
		schools,
		{"contact_datetime": ["between", period]},
		["student", "contact_type", "with_whom", "contact_datetime"],
	)
	# only the latest contact with parents of each pupil is used: the database finds it
	parent_contacts = report.scoped_rows(
		"SEND Contact Log",
		schools,
		{"contact_datetime": ["<", period[1]], "with_whom": "Parent/Carer"},
		["student", "max(contact_datetime) as contact_datetime"],
		group_by="student",
	)
	return (
		pupils,
		[
			{
				"student": c.student,
				"contact_type": c.contact_type,
				"with_whom": c.with_whom,
				"date": getdate(c.contact_datetime),
			}
			for c in contacts
		],
		[{"student": c.student, "date": getdate(c.contact_datetime)} for c in parent_contacts],
	)


def get_columns(weeks):
	# the contact log's own type names
	types = [report.int_column(k, _(k), 90) for k in CONTACT_TYPES]
	return report.declared_columns(
		__file__, insert_after={"school": types}, labels={"no_recent_parent_contact": (weeks,)}
	)


def get_chart(rows):
	if not rows:
		return None
	return report.bar_chart(
		[_(k) for k in CONTACT_TYPES],
		[(_("Contacts"), [sum(r[k] for r in rows) for k in CONTACT_TYPES])],
		title=_("Contacts by type"),
	)


def get_summary(rows, weeks):
	return [
		report.summary_item(sum(r["total"] for r in rows), _("Contacts"), "Int"),
		report.summary_item(
			sum(r["no_recent_parent_contact"] for r in rows),
			_("Pupils with no parent contact in {0} weeks").format(weeks),
			"Int",
			indicator="Orange",
		),
	]
