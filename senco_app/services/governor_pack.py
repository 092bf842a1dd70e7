"""The governor pack: one school's SEND figures for a term as a PDF for the governing body.

Register counts and shares of the roll beside the national figures, the need mix, provision cost
against the notional SEN budget and reviews overdue (SEND Summary); the register on each census day
of the last five years (SEND Register Trends); review compliance (SEN Support Compliance); the
impact of provision ended in the term (Provision Impact); attainment and attendance gaps in the term
(SEND Attainment and Attendance); agency waiting times (referrals of the last 12 months).

Aggregates only, and always with small numbers suppressed (counts under 5 as "<5", figures that
would give one back as "c"), whoever downloads it: the pack is meant to leave the app. It is built
from the aggregate reports themselves, so it shows nothing they would not. Who may download it:
anyone who may run the SEND Summary report (every SEND role, the SEND Governor included), for a
school they hold."""

import frappe
from frappe import _
from frappe.utils import add_months
from frappe.utils import cint
from frappe.utils import format_date
from frappe.utils import getdate
from frappe.utils import now_datetime
from frappe.utils import today

from senco_app.exceptions import MissingLinkError
from senco_app.exceptions import throw
from senco_app.permissions import filter_schools
from senco_app.rules.agency_reports import waiting_times
from senco_app.rules.statutory import school_year_start
from senco_app.send.report import script_report as report
from senco_app.services.settings import send_settings

TEMPLATE = "senco_app/templates/governor_pack.html"


@frappe.whitelist()
def governor_pack(school: str, academic_term: str, html: int = 0):
	"""The pack of ``school`` for ``academic_term`` as a PDF download (``html``: the page itself)."""
	check_pack_permission(school)
	if not academic_term or not frappe.db.exists("Academic Term", academic_term):
		throw(_("Choose an Academic Term."), MissingLinkError, "academic_term")
	page = render_pack(school, academic_term)
	if cint(html):
		return page
	from frappe.utils.pdf import get_pdf

	frappe.local.response.filename = f"{_('Governor Pack')} {school} {academic_term}.pdf"
	frappe.local.response.filecontent = get_pdf(page)
	frappe.local.response.type = "pdf"


def check_pack_permission(school: str) -> None:
	"""The reader may run the aggregate reports and holds ``school``; else PermissionError."""
	if not school or not frappe.db.exists("Company", school):
		throw(_("Choose a school."), MissingLinkError, "school")
	if not frappe.get_doc("Report", "SEND Summary").is_permitted():
		raise frappe.PermissionError(_("You may not read the governor pack."))
	if filter_schools([school], doctype="SEND Record") != [school]:
		raise frappe.PermissionError(_("You may not read the governor pack of this school."))


def render_pack(school: str, academic_term: str) -> str:
	return frappe.render_template(TEMPLATE, pack_context(school, academic_term))


def pack_context(school: str, academic_term: str) -> dict:
	"""What the pack shows: each section a title, a note, columns and rows, from the aggregate
	reports run for ``school`` with small numbers suppressed."""
	from senco_app.send.report.provision_impact import provision_impact
	from senco_app.send.report.sen_support_compliance import sen_support_compliance
	from senco_app.send.report.send_attainment_and_attendance import send_attainment_and_attendance
	from senco_app.send.report.send_register_trends import send_register_trends
	from senco_app.send.report.send_summary import send_summary

	term = frappe.db.get_value(
		"Academic Term",
		academic_term,
		["name", "academic_year", "term_start_date", "term_end_date"],
		as_dict=True,
	)
	start, end = getdate(term.term_start_date), getdate(term.term_end_date)
	settings = send_settings()
	with report.aggregate_only():
		summary = send_summary.execute({"school": school, "year_start": school_year_start(start)})
		trends = send_register_trends.execute({"school": school})
		compliance = sen_support_compliance.execute({"school": school})
		impact = provision_impact.execute({"school": school, "from_date": start, "to_date": end})
		cohort = send_attainment_and_attendance.execute(
			{"school": school, "academic_year": term.academic_year, "group_by": "Year Group"}
		)
		agencies = agency_waits(school, end)
	cohort_rows = [r for r in cohort[1] if r["term"] == academic_term]
	sections = [
		section(_("The register, need mix and provision costs"), summary, summary[4]),
		section(_("The register on each census day"), trends, None),
		section(_("Review compliance"), compliance, None),
		section(_("Impact of provision ended this term"), impact, None, rows=impact[1]),
		section(
			_("Attainment and attendance: SEND pupils against the others"), cohort, None, rows=cohort_rows
		),
		{
			"title": _("Agency waiting times (referrals of the 12 months to the end of term)"),
			"columns": [
				{"label": _("Agency Type"), "fieldname": "agency_type"},
				{"label": _("Referrals"), "fieldname": "referrals"},
				{"label": _("Seen"), "fieldname": "seen"},
				{"label": _("Average Days to First Appointment"), "fieldname": "average_wait"},
				{"label": _("Still Waiting"), "fieldname": "waiting"},
			],
			"rows": agencies,
			"summary": [],
		},
	]
	return {
		"school": school,
		"term": academic_term,
		"term_dates": f"{format_date(start)} – {format_date(end)}",
		"national": _("National figures ({0}): SEN Support {1}%, EHC plans {2}%.").format(
			settings.national_figures_label or _("no source set"),
			settings.national_sen_support_percent,
			settings.national_ehc_plan_percent,
		),
		"suppression_note": report.suppression_note(),
		"sections": sections,
		"generated": format_date(now_datetime().date()),
	}


def section(title: str, result, summary_items, rows=None) -> dict:
	"""A report's result as a section of the pack: its columns (label, fieldname), its rows and its
	summary figures."""
	columns, data = result[0], result[1] if rows is None else rows
	return {
		"title": title,
		"columns": [{"label": c["label"], "fieldname": c["fieldname"]} for c in columns],
		"rows": data,
		"summary": [{"label": s["label"], "value": s["value"]} for s in summary_items or []],
	}


def agency_waits(school: str, end) -> list[dict]:
	"""Agency waiting times of the school's referrals made in the 12 months to ``end``."""
	referrals = report.aggregate_rows(
		"Agency Referral",
		report.report_schools(school, "SEND Record"),
		{"referral_date": ["between", [add_months(end, -12), min(end, getdate(today()))]]},
		["agency_type", "referral_date", "first_appointment_date", "status"],
	)
	rows = report.with_dates(referrals, "referral_date", "first_appointment_date")
	return waiting_times(rows, getdate(today()), suppressed=True)
