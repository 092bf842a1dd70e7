# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""SEN Support Compliance: per school and year group, who has no plan, whose plan is past its review
date, and who has had fewer parent meetings than the Code of Practice asks (6.65).

An aggregate report (a governor may run it): counts only, small numbers suppressed for a reader who
may not read pupils' records."""

import frappe
from frappe import _
from frappe.utils import getdate
from frappe.utils import today

from senco_app.rules.disclosure import protect_columns
from senco_app.rules.review_reports import ordered_compliance
from senco_app.send.report import script_report as report
from senco_app.services.settings import send_settings
from senco_app.services.year_groups import year_group_sql

FILTERS = {"school": None, "year_group": None}
COUNTS = ["on_register", "without_plan", "plan_overdue", "few_parent_meetings"]


def execute(filters=None):
	filters = report.report_filters(filters, FILTERS)
	required = send_settings().parent_meetings_per_year
	schools = report.report_schools(filters.school, "SEND Record")
	rows = ordered_compliance(compliance_counts(schools, getdate(today()), required, filters.year_group))
	if report.reads_pupils():
		totals = {f: sum(r[f] for r in rows) for f in COUNTS}
		return get_columns(required), rows, None, get_chart(rows), get_summary(totals)
	rows, totals = protect_columns(rows, COUNTS)
	return (
		get_columns(required, suppressed=True),
		rows,
		report.suppression_note(),
		None,
		get_summary(totals),
	)


def compliance_counts(
	schools: list[str] | None, as_at, required: int, year_group: str | None = None
) -> list[dict]:
	"""Per school and year group on ``as_at`` (the pupil's latest submitted enrolment begun by then;
	"" for none), the open records on SEN Support or with an EHC plan, those without an active plan,
	those whose active plan is past its review date and those with fewer than ``required`` parent
	meetings in twelve months: what ``rules.review_reports.compliance_rows`` counts from every
	record, counted by the database in one query whatever the size of the trust. Counted past the
	reader's own read permission, bounded by ``schools`` (an aggregate report)."""
	if schools is not None and not schools:
		return []
	in_schools = "and x.school in %(schools)s" if schools is not None else ""
	in_year = "where r.year_group = %(year_group)s" if year_group else ""
	rows = frappe.db.sql(
		f"""
		select r.school, r.year_group, count(*) as on_register,
			sum(ifnull(r.active_iep, '') = '') as without_plan,
			sum(ifnull(r.active_iep, '') != '' and r.review_date < %(as_at)s) as plan_overdue,
			sum(ifnull(r.parent_meetings_12m, 0) < %(required)s) as few_parent_meetings
		from (
			select x.school, x.active_iep, i.review_date, x.parent_meetings_12m,
				ifnull({year_group_sql("x.student")}, '') as year_group
			from `tabSEND Record` x
			left join `tabIndividual Education Plan` i on i.name = x.active_iep
			where x.status = 'Open' and x.sen_provision in ('SEN Support', 'EHC Plan') {in_schools}
		) r
		{in_year}
		group by r.school, r.year_group
		""",
		{
			"as_at": as_at,
			"required": required,
			"schools": tuple(schools or ()),
			"year_group": year_group,
		},
		as_dict=True,
	)
	return [{**row, **{f: int(row[f] or 0) for f in COUNTS}} for row in rows]


def get_columns(required, suppressed=False):
	return report.declared_columns(
		__file__, labels={"few_parent_meetings": (required,)}, suppressed=suppressed
	)


def get_chart(rows):
	if not rows:
		return None
	schools = sorted({r["school"] for r in rows})

	def total(field):
		return report.totals_per(rows, "school", schools, lambda r: r[field])

	return report.bar_chart(
		schools,
		[
			(_("Without plan"), total("without_plan")),
			(_("Plan past review"), total("plan_overdue")),
			(_("Few parent meetings"), total("few_parent_meetings")),
		],
		title=_("Gaps in SEN support by school"),
	)


def get_summary(totals):
	return [
		report.summary_item(totals["on_register"], _("On SEN Support or EHC Plan"), "Int"),
		report.summary_item(totals["without_plan"], _("Without an active plan"), "Int", indicator="Red"),
		report.summary_item(totals["plan_overdue"], _("Plan past review date"), "Int", indicator="Orange"),
		report.summary_item(
			totals["few_parent_meetings"], _("Too few parent meetings"), "Int", indicator="Orange"
		),
	]
