# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""Agency Involvement: per pupil, the outside agencies involved over a period (evidence for an EHC
needs assessment request and the SEN information report)."""

import frappe
from frappe import _

from senco_app.rules import UNIT_SEPARATOR
from senco_app.rules.agency_reports import involvement_from_groups
from senco_app.rules.agency_reports import pupils_by_agency_type
from senco_app.send.report import script_report as report

FILTERS = {"school": None, "from_date": "12 months before to_date", "to_date": "Today"}


def execute(filters=None):
	filters = report.report_filters(filters, FILTERS)
	rows = involvement_in_period(filters.school, filters.from_date, filters.to_date)
	return report.declared_columns(__file__), rows, None, get_chart(rows), get_summary(rows)


def involvement_in_period(school: str | None, start, end) -> list[dict]:
	"""What ``rules.agency_reports.involvement_rows`` gives over the referrals the reader may read
	(of ``school``, else of every school they may read), grouped per pupil by the database over
	Frappe's own query of those referrals (``script_report.readable_query``): each pupil's
	agencies involved at any time in [start, end] (referred by the end, not closed before the
	start), joined in name order as the rules join them."""
	doctype = "Agency Referral"
	readable = report.readable_query(
		doctype,
		report.report_schools(school, doctype),
		{"status": ["!=", "Draft"], "referral_date": ["<=", end]},
	)
	if readable is None:
		return []
	pupils = frappe.db.sql(
		f"""
		select x.student, min(x.student_name) as student_name, min(x.school) as school,
			group_concat(distinct x.agency separator '{UNIT_SEPARATOR}') as agencies,
			group_concat(distinct nullif(x.agency_type, '') separator '{UNIT_SEPARATOR}') as types
		from `tabAgency Referral` x
		where x.name in ({readable}) and (x.closed_on is null or x.closed_on >= %(start)s)
		group by x.student
		""",
		{"start": start},
		as_dict=True,
	)
	return involvement_from_groups(pupils)


def get_chart(rows):
	if not rows:
		return None
	counts = pupils_by_agency_type(rows)
	return report.bar_chart(
		[kind for kind, _n in counts],
		[(_("Pupils"), [n for _k, n in counts])],
		title=_("Pupils by agency type"),
	)


def get_summary(rows):
	return [
		report.summary_item(len(rows), _("Pupils with agency involvement"), "Int"),
		report.summary_item(
			sum(1 for r in rows if r["agency_count"] > 1), _("With more than one agency"), "Int"
		),
	]
