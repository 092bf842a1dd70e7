"""An agency's recommendations put to work with one action from the referral: as strategies on the
pupil's plan, or as a new Provision Map Entry for the pupil.

Each action runs as the person who takes it: they must read the referral, and have the rights the
result needs (write the draft plan, make a new version of the agreed plan, create a plan or a
provision entry). Nothing is written when a check fails."""

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import add_days
from frappe.utils import getdate
from frappe.utils import today

from senco_app.exceptions import MissingValueError
from senco_app.exceptions import throw
from senco_app.rules import agencies as agency_rules
from senco_app.rules.statutory import add_months
from senco_app.services.settings import send_settings
from senco_app.utils import rule_errors

IEP = "Individual Education Plan"
PROVISION_WEEKS = 12  # a new entry's first end date; the person who opens it sets the real one


def readable_referral(name: str):
	"""The referral, read with the user's rights, and its recommendations as a note."""
	referral = frappe.get_doc("Agency Referral", name)
	referral.check_permission("read")
	with rule_errors(_("No recommendations")):
		note = agency_rules.recommendation_note(
			_("Recommended by"),
			referral.agency,
			referral.name,
			getdate(referral.report_received_date) if referral.report_received_date else None,
			referral.recommendations,
		)
	return referral, note


def add_to_plan(referral_name: str) -> str:
	"""Add the recommendations to the staff strategies of the pupil's plan, and return the plan's name:
	the draft plan if there is one; else a new version (a draft) of the agreed plan; else a new draft
	plan. An agreed plan is never changed: parents agree strategies with the plan."""
	referral, note = readable_referral(referral_name)
	pupil = {"student": referral.student, "school": referral.school}
	draft = frappe.get_list(
		IEP, filters={**pupil, "docstatus": 0}, pluck="name", order_by="creation desc", limit_page_length=1
	)
	if draft:
		plan = frappe.get_doc(IEP, draft[0])
		plan.check_permission("write")
	else:
		active = frappe.get_list(IEP, filters={**pupil, "docstatus": 1}, pluck="name", limit_page_length=1)
		if active:
			from senco_app.send.doctype.individual_education_plan.individual_education_plan import (
				make_new_version,
			)

			plan = make_new_version(active[0])
		else:
			frappe.has_permission(IEP, "create", throw=True)
			plan = frappe.get_doc(
				{
					"doctype": IEP,
					**pupil,
					"start_date": today(),
					"review_date": add_months(getdate(today()), send_settings().review_cycle_months),
				}
			)
	strategies = agency_rules.append_note(plan.staff_strategies, note)
	if strategies is None:  # already there: the action taken twice adds it once
		return plan.name
	plan.staff_strategies = strategies
	if plan.is_new():
		plan.insert()
	else:
		plan.save()
	return plan.name


def make_provision_entry(referral_name: str, provision: str) -> Document:
	"""A new Provision Map Entry (not saved: the person completes dates, staff and times) of
	``provision`` for the referral's pupil, noting the recommendations and the referral."""
	referral, note = readable_referral(referral_name)
	frappe.has_permission("Provision Map Entry", "create", throw=True)
	if not (provision or "").strip():
		throw(
			_("Choose the provision that puts the recommendations in place."),
			MissingValueError,
			fieldname="provision",
			title=_("Which provision?"),
		)
	frappe.get_doc("SEND Provision", provision).check_permission("read")
	entry = frappe.new_doc("Provision Map Entry")
	entry.update(
		{
			"provision": provision,
			"school": referral.school,
			"start_date": today(),
			"end_date": add_days(today(), 7 * PROVISION_WEEKS - 1),
			"agency_referral": referral.name,
			"notes": note,
		}
	)
	entry.append("pupils", {"student": referral.student, "student_name": referral.student_name})
	entry.before_validate()  # the catalogue's defaults, as a saved entry would get them
	return entry
