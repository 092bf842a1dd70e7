# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""SEND Register Trends: pupils on SEN Support (K) and with an EHC plan (E), each as a share of the
roll beside the national figures, and K and E pupils by primary need, as at each census day of the
last five years (autumn, spring, summer), per school and for all the schools shown (the trust).

Read from the register history (one query: SEND Record with its SEND Record History rows, within
the chosen school or trust and the reader's schools) and each school's roll on each census day,
counted by the database in one query. An aggregate report (a governor may run it): no pupil is
named, and small numbers are suppressed for a reader who may not read pupils' records."""

from frappe import _
from frappe.utils import getdate
from frappe.utils import today

from senco_app.rules import cohort
from senco_app.rules.disclosure import is_shown
from senco_app.send.report import script_report as report
from senco_app.services.school_roll import school_rolls_on
from senco_app.services.settings import send_settings

FILTERS = {"school": None, "years": 5}


def execute(filters=None):
	filters = report.report_filters(filters, FILTERS)
	rows, totals, codes = trend_figures(filters.school, max(1, min(filters.years, 10)))
	suppressed = not report.reads_pupils()
	if suppressed:
		rows, totals = cohort.protected_trends(rows, codes)
	else:
		totals = cohort.trust_rows(rows, codes)
	combined = combine(rows, totals)
	message = report.suppression_note() if suppressed else None
	return get_columns(codes, suppressed), combined, message, get_chart(totals), get_summary(totals)


def trend_figures(school: str | None, years: int = 5):
	"""Per census day and school, the register's counts (before suppression), the census-day totals
	and the need codes seen."""
	schools = report.report_schools(school, "SEND Record")
	days = cohort.census_days_before(getdate(today()), years)
	history = report.aggregate_rows(
		"SEND Record",
		schools,
		{},
		[
			"student",
			"school",
			"`tabSEND Record History`.`from_date` as from_date",
			"`tabSEND Record History`.`to_date` as to_date",
			"`tabSEND Record History`.`sen_provision` as sen_provision",
			"`tabSEND Record History`.`needs` as needs",
		],
	)
	history = [r for r in report.with_dates(history, "from_date", "to_date") if r["from_date"]]
	rolls = school_rolls_on(schools, [day for _label, day in days], aggregate=True)
	label_of = {day: label for label, day in days}
	roll = {(label_of[day], school): n for (day, school), n in rolls.items()}
	rows, codes = cohort.register_trend_rows(history, days, roll)
	return rows, cohort.trust_rows(rows, codes), codes


def combine(rows: list[dict], totals: list[dict]) -> list[dict]:
	"""Each census day's school rows, then (with more than one school) its total, most recent first."""
	out = []
	for total in reversed(totals):
		mine = [{**r, "scope": _("School")} for r in rows if r["census"] == total["census"]]
		out += mine
		if len(mine) > 1:
			out.append({**total, "scope": _("All schools shown")})
	return out


def get_columns(codes: list[str], suppressed: bool = False) -> list[dict]:
	return report.roll_share_columns(__file__, codes, suppressed)


def get_chart(totals: list[dict]) -> dict | None:
	"""SEN Support and EHC plan shares of the roll on each census day, beside the national figures; a
	withheld share has no point."""
	if not totals:
		return None
	settings = send_settings()
	return report.bar_chart(
		[t["census"] for t in totals],
		[
			(_("SEN Support %"), report.chart_points(totals, "sen_support_percent")),
			(_("EHC Plan %"), report.chart_points(totals, "ehc_plan_percent")),
			(_("National SEN Support %"), [settings.national_sen_support_percent] * len(totals)),
			(_("National EHC Plan %"), [settings.national_ehc_plan_percent] * len(totals)),
		],
		title=_("SEN Support and EHC plans as a share of the roll, census by census"),
		type="line",
	)


def get_summary(totals: list[dict]) -> list[dict]:
	"""The latest census day's figures for every school shown."""
	if not totals:
		return []
	latest = totals[-1]
	figures = {**latest, "on_roll": latest["on_roll"] if latest["on_roll"] is not None else 0}
	for field in ("sen_support_percent", "ehc_plan_percent"):
		if figures[field] is None:
			figures[field] = 0.0
	return [report.summary_item(latest["census"], _("Census"), "Data"), *report.roll_share_summary(figures)]
