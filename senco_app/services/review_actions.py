"""What a submitted review's decisions lead to: moving the pupil off the register, and asking the
local authority for an EHC needs assessment with an evidence pack drafted from the last 12 months.

Each action is taken by a person from the review (a button on the form), as that person: it needs
the rights the action itself needs (closing the SEND Record, making an EHC Plan), not only the right
to read the review."""

import frappe
from frappe import _
from frappe.utils import getdate
from frappe.utils import today

from senco_app.exceptions import MissingValueError
from senco_app.exceptions import RuleBrokenError
from senco_app.exceptions import throw
from senco_app.rules.statutory import add_months

OFF_REGISTER_REASON = "No longer has SEN"


def submitted_review(name: str, decision: str):
	"""The review, readable by the user, submitted and carrying ``decision``."""
	review = frappe.get_doc("SEND Review", name)
	review.check_permission("read")
	if review.docstatus != 1 or not review.get(decision):
		throw(
			_("Only a submitted review that decided this can act on it; {0} did not.").format(name),
			RuleBrokenError,
			fieldname=decision,
			title=_("Not decided at this review"),
		)
	return review


def move_off_register(review_name: str, end_date: str | None = None) -> str:
	"""Close the pupil's SEND Record: no longer has SEN, from the review's meeting (or ``end_date``)."""
	review = submitted_review(review_name, "decision_off_register")
	record = frappe.get_doc("SEND Record", review.send_record)
	record.check_permission("write")
	if record.status == "Closed":
		throw(
			_("SEND Record {0} is already closed.").format(record.name),
			RuleBrokenError,
			fieldname="send_record",
			title=_("Already off the register"),
		)
	record.end_date = getdate(end_date or review.meeting_date)
	record.end_reason = OFF_REGISTER_REASON
	record.save()
	return record.name


def request_ehc_assessment(review_name: str, local_authority: str | None = None) -> str:
	"""A new EHC Plan request for the pupil, made by the school today, for the evidence pack. The
	local authority is the one given, else the one of the school's latest EHC plan."""
	review = submitted_review(review_name, "decision_request_ehcna")
	frappe.has_permission("EHC Plan", "create", throw=True)
	local_authority = (local_authority or "").strip() or next(
		iter(
			frappe.get_list(
				"EHC Plan",
				filters={"school": review.school},
				pluck="local_authority",
				order_by="request_date desc",
				limit_page_length=1,
			)
		),
		None,
	)
	if not local_authority:
		throw(
			_("Local Authority is required to request an EHC needs assessment."),
			MissingValueError,
			fieldname="local_authority",
			title=_("Which local authority?"),
		)
	plan = frappe.get_doc(
		{
			"doctype": "EHC Plan",
			"student": review.student,
			"school": review.school,
			"send_record": review.send_record,
			"request_date": today(),
			"requested_by": "School",
			"status": "Requested",
			"local_authority": local_authority,
		}
	)
	plan.insert()
	return plan.name


def evidence_pack(plan_name: str) -> dict:
	"""What the school has done for the pupil in the 12 months before the request, for the LA: plans
	and their outcomes, reviews, provision with cost and impact, and agency involvement. Read as the
	reader may read it; nothing confidential (permlevel 1) is included."""
	plan = frappe.get_doc("EHC Plan", plan_name)
	plan.check_permission("read")
	until = getdate(plan.request_date or today())
	since = add_months(until, -12)
	pupil = {"student": plan.student, "school": plan.school}

	ieps = frappe.get_list(
		"Individual Education Plan",
		filters={**pupil, "docstatus": ["in", [1, 2]], "start_date": ["<=", until]},
		or_filters={"review_date": [">=", since], "docstatus": 1},
		fields=["name", "version", "status", "start_date", "review_date", "agreed_on"],
		order_by="start_date asc",
		limit_page_length=0,
	)
	targets = frappe.get_all(
		"IEP Target",
		filters={"parenttype": "Individual Education Plan", "parent": ["in", [p.name for p in ieps] or [""]]},
		fields=["parent", "area_of_need", "target", "outcome", "progress_note"],
		order_by="idx asc",
	)
	for iep in ieps:
		iep.targets = [t for t in targets if t.parent == iep.name]

	reviews = frappe.get_list(
		"SEND Review",
		filters={**pupil, "docstatus": 1, "meeting_date": ["between", [since, until]]},
		fields=["name", "review_type", "meeting_date", "progress_summary", "decision_notes"],
		order_by="meeting_date asc",
		limit_page_length=0,
	)

	entries = {
		e.name: e
		for e in frappe.get_list(
			"Provision Map Entry",
			filters={"school": plan.school, "start_date": ["<=", until]},
			or_filters={"end_date": [">=", since]},
			fields=["name", "provision", "wave", "start_date", "end_date", "total_hours", "measure"],
			limit_page_length=0,
		)
	}
	provision = [
		{**entries[row.parent], **row}
		for row in frappe.get_all(
			"Provision Map Pupil",
			filters={
				"parenttype": "Provision Map Entry",
				"parent": ["in", list(entries) or [""]],
				"student": plan.student,
			},
			fields=["parent", "entry_score", "exit_score", "progress", "measured", "outcome", "cost"],
		)
	]
	provision.sort(key=lambda r: getdate(r["start_date"]))

	referrals = frappe.get_list(
		"Agency Referral",
		filters={**pupil, "referral_date": ["<=", until], "status": ["!=", "Draft"]},
		or_filters={
			"closed_on": [">=", since],
			"status": ["not in", ["Discharged", "Declined", "Withdrawn"]],
		},
		fields=[
			"agency",
			"agency_type",
			"status",
			"referral_date",
			"first_appointment_date",
			"recommendations",
		],
		order_by="referral_date asc",
		limit_page_length=0,
	)
	return {
		"since": since,
		"until": until,
		"plans": ieps,
		"reviews": reviews,
		"provision": provision,
		"provision_cost": sum(r["cost"] or 0 for r in provision),
		"referrals": referrals,
	}
