# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""SEND Pupil Groups: pupils on the register (SEN Support and EHC plans) by group (looked after,
previously looked after, child protection and child in need (SENCO only), EAL, pupil premium,
medical needs, individual health care plans, disability) per school, with their names."""

from frappe import _

from senco_app.rules.pupil_context import CONFIDENTIAL
from senco_app.rules.pupil_context import GROUPS
from senco_app.rules.pupil_context import SEN_PROVISION
from senco_app.rules.pupil_context import group_rows
from senco_app.rules.pupil_context import group_totals
from senco_app.security.fields import hidden_fields
from senco_app.send.report import script_report as report

FILTERS = {"school": None, "sen_provision": None}


def execute(filters=None):
	filters = report.report_filters(filters, FILTERS)
	confidential = not (set(CONFIDENTIAL) & hidden_fields("SEND Record"))
	records, sizes = fetch_records(filters, confidential)
	rows = group_rows(records, include_confidential=confidential, school_sizes=sizes)
	for row in rows:
		row["group_label"] = _(row["group_label"])
	return report.declared_columns(__file__), rows, None, get_chart(rows), get_summary(rows)


def fetch_records(filters, confidential: bool) -> tuple[list, dict[str, int]]:
	"""The open register records (SEN Support and EHC plans) of the reader's schools that are in a
	group, with the group flags the reader may read (the confidential ones are not asked for unless
	they may), and each school's open records counted (the share's whole) by the database."""
	flags = [key for key, _label, secret in GROUPS if confidential or not secret]
	schools = report.report_schools(filters.school, "SEND Record")
	conditions = {"status": "Open", "sen_provision": filters.sen_provision or ["in", SEN_PROVISION]}
	records = report.scoped_rows(
		"SEND Record",
		schools,
		conditions,
		[*report.PUPIL_FIELDS, "sen_provision", *flags],
		or_filters=[[flag, "=", 1] for flag in flags],
	)
	sizes = report.scoped_rows(
		"SEND Record", schools, conditions, ["school", "count(*) as records"], group_by="school"
	)
	return records, {row.school: row.records for row in sizes}


def get_chart(rows):
	totals = group_totals(rows)
	if not totals:
		return None
	return report.bar_chart(
		[_(t[0]) for t in totals], [(_("Pupils"), [t[1] for t in totals])], title=_("SEND pupils by group")
	)


def get_summary(rows):
	def total(group):
		return sum(r["pupils"] for r in rows if r["group"] == group)

	return [
		report.summary_item(total("looked_after"), _("Looked after"), "Int"),
		report.summary_item(total("previously_looked_after"), _("Previously looked after"), "Int"),
		report.summary_item(total("pupil_premium"), _("Pupil premium"), "Int"),
		report.summary_item(total("eal"), _("EAL"), "Int"),
	]
