"""Early years checks feeding identification (SEND Code of Practice 5.23-5.29): a two-year check or
EYFS profile that shows a concern opens a register record on Monitoring for the pupil, or links the
open one, so the concern is followed up rather than filed.

The action runs as the person who takes it, on the check as saved (never on what a form sends): they
must be able to change the check, and to create a register record when one is needed. Nothing is
written when a check fails."""

import frappe
from frappe import _

from senco_app.exceptions import RuleBrokenError
from senco_app.exceptions import throw
from senco_app.rules.early_years import concern_areas
from senco_app.services.register_records import open_record

MONITORING = "Monitoring"


def start_identification(check_name: str) -> str:
	"""The pupil's open register record, made on Monitoring (dated the check, the concerns in its
	summary) when they have none; the check is linked to it. Returns the record's name."""
	check = frappe.get_doc("Early Years Check", check_name)
	check.check_permission("write")
	areas = concern_areas([{"area": r.area, "outcome": r.outcome} for r in check.areas])
	if not areas:
		throw(
			_("This check shows no concern in any area: there is nothing to identify."),
			RuleBrokenError,
			fieldname="concern",
			title=_("No concern"),
		)
	record = open_record(check.student, check.school)
	if not record:
		frappe.has_permission("SEND Record", "create", throw=True)
		record = (
			frappe.get_doc(
				{
					"doctype": "SEND Record",
					"student": check.student,
					"school": check.school,
					"sen_provision": MONITORING,
					"start_date": check.check_date,
					"date_identified": check.check_date,
					"summary": _("{0} of {1}: concern in {2}.").format(
						_(check.check_type),
						frappe.format(check.check_date, {"fieldtype": "Date"}),
						", ".join(_(a) for a in areas),
					),
				}
			)
			.insert()
			.name
		)
	if check.send_record != record:
		check.save()  # the check links the pupil's open record when it is validated
	return record
