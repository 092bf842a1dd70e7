# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.utils import getdate
from frappe.utils import today

from senco_app.controllers.send_document import SENDDocument
from senco_app.exceptions import CrossSchoolLinkError
from senco_app.exceptions import RuleBrokenError
from senco_app.exceptions import throw
from senco_app.rules import agencies as agency_rules
from senco_app.rules import check_all
from senco_app.services import recommendations
from senco_app.services.register_records import open_record
from senco_app.services.schools import catalogue_entry
from senco_app.services.schools import school_label
from senco_app.services.schools import validate_student_in_school
from senco_app.utils import rule_errors

LOG_FIELDS = ("changed_on", "from_status", "to_status", "note", "changed_by")


class AgencyReferral(SENDDocument):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from senco_app.send.doctype.agency_appointment.agency_appointment import AgencyAppointment
		from senco_app.send.doctype.agency_referral_status.agency_referral_status import AgencyReferralStatus

		agency: DF.Link
		agency_type: DF.Data | None
		appointments: DF.Table[AgencyAppointment]
		closed_on: DF.Date | None
		consent_date: DF.Date | None
		consent_form: DF.Attach | None
		consent_given_by: DF.Data | None
		first_appointment_date: DF.Date | None
		need_type: DF.Link | None
		next_action: DF.Data | None
		next_action_date: DF.Date | None
		next_action_owner: DF.Link | None
		parental_consent: DF.Check
		reason: DF.SmallText
		recommendations: DF.SmallText | None
		referral_date: DF.Date
		referred_by: DF.Link | None
		report: DF.Attach | None
		report_notes: DF.SmallText | None
		report_received_date: DF.Date | None
		school: DF.Link
		send_record: DF.Link | None
		status: DF.Literal[
			"Draft",
			"Referred",
			"Accepted",
			"Waiting",
			"Seen",
			"Report Received",
			"Discharged",
			"Declined",
			"Withdrawn",
		]
		status_log: DF.Table[AgencyReferralStatus]
		status_note: DF.SmallText | None
		student: DF.Link
		student_name: DF.Data | None
		waiting_days: DF.Int
		without_consent_reason: DF.SmallText | None

	# end: auto-generated types
	def validate(self):
		validate_student_in_school(self)
		self.send_record = self.send_record or open_record(self.student, self.school)
		self.validate_agency()
		self.validate_consent_and_dates()
		self.update_status_log()

	def validate_agency(self):
		catalogue_entry(self, "agency", "SEND Agency")

	def validate_consent_and_dates(self):
		"""Consent and dates are checked together, every problem in one message."""
		appointments = [getdate(a.appointment_date) for a in self.appointments if a.appointment_date]
		with rule_errors(_("Cannot save the referral")):
			check_all(
				lambda: agency_rules.check_consent(
					self.status,
					bool(self.parental_consent),
					getdate(self.consent_date) if self.consent_date else None,
					self.without_consent_reason,
					getdate(today()),
				),
				lambda: agency_rules.check_referral_dates(
					getdate(self.referral_date),
					getdate(today()),
					appointments,
					getdate(self.report_received_date) if self.report_received_date else None,
				),
			)
		self.first_appointment_date, self.waiting_days = agency_rules.waiting_days(
			getdate(self.referral_date), appointments, getdate(today())
		)

	def update_status_log(self):
		"""The log is rebuilt from the saved referral plus this change: never taken from the client."""
		before = None if self.is_new() else self.get_doc_before_save()
		old = before.status if before else None
		with rule_errors(_("Invalid status change")):
			agency_rules.check_status_change(old, self.status, self.status_note)
		log = [{f: r.get(f) for f in LOG_FIELDS} for r in (before.status_log if before else [])]
		if old != self.status:
			log.append(
				{
					"changed_on": today(),
					"from_status": old,
					"to_status": self.status,
					"note": self.status_note,
					"changed_by": frappe.session.user,
				}
			)
			self.status_note = None
			self.closed_on = today() if self.status in agency_rules.END_STATES else None
		self.set("status_log", log)


@frappe.whitelist()
def add_recommendations_to_plan(referral: str) -> str:
	"""The referral's recommendations become staff strategies on the pupil's (draft) plan."""
	return recommendations.add_to_plan(referral)


@frappe.whitelist()
def make_provision_entry(referral: str, provision: str):
	"""A new Provision Map Entry for the referral's pupil that puts the recommendations in place."""
	return recommendations.make_provision_entry(referral, provision)
