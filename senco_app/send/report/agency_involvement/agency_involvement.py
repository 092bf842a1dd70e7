# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""Agency Involvement: per pupil, the outside agencies involved over a period (evidence for an EHC
needs assessment request and the SEN information report)."""

from frappe import _

from senco_app.rules.agency_reports import involvement_rows
from senco_app.rules.agency_reports import pupils_by_agency_type
from senco_app.send.report import script_report as report

FILTERS = {"school": None, "from_date": "12 months before to_date", "to_date": "Today"}


def execute(filters=None):
	filters = report.report_filters(filters, FILTERS)
	referrals = report.scoped_rows(
		"Agency Referral",
		report.report_schools(filters.school, "Agency Referral"),
		{"status": ["!=", "Draft"], "referral_date": ["<=", filters.to_date]},
		["student", "student_name", "school", "agency", "agency_type", "referral_date", "closed_on"],
	)
	rows = involvement_rows(
		report.with_dates(referrals, "referral_date", "closed_on"), filters.from_date, filters.to_date
	)
	return report.declared_columns(__file__), rows, None, get_chart(rows), get_summary(rows)


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
