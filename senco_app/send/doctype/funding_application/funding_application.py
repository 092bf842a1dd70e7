# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.utils import flt
from frappe.utils import getdate
from frappe.utils import today

from senco_app.controllers.send_document import SENDDocument
from senco_app.exceptions import RuleBrokenError
from senco_app.exceptions import throw
from senco_app.rules import funding as funding_rules
from senco_app.rules.needs import EHC_PLAN
from senco_app.services.register_records import open_record
from senco_app.services.schools import validate_student_in_school
from senco_app.utils import rule_errors

DATE_FIELDS = ("application_date", "decision_date", "period_start", "period_end")


class FundingApplication(SENDDocument):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from senco_app.send.doctype.funding_application_evidence.funding_application_evidence import (
			FundingApplicationEvidence,
		)

		amount_awarded: DF.Currency
		amount_requested: DF.Currency
		application_date: DF.Date
		award_reason: DF.SmallText | None
		decision_date: DF.Date | None
		decision_notes: DF.SmallText | None
		evidence: DF.Table[FundingApplicationEvidence]
		funding_reference: DF.Data | None
		funding_type: DF.Literal[
			"SEN inclusion fund", "Disability Access Fund", "High-needs top-up (no EHC plan)", "Other"
		]
		other_type: DF.Data | None
		period_end: DF.Date | None
		period_start: DF.Date | None
		reason: DF.SmallText | None
		school: DF.Link
		send_record: DF.Link | None
		status: DF.Literal["In preparation", "Submitted", "Awarded", "Partly awarded", "Refused", "Withdrawn"]
		student: DF.Link
		student_name: DF.Data | None

	# end: auto-generated types
	def validate(self):
		validate_student_in_school(self)
		self.send_record = open_record(self.student, self.school)
		self.validate_application()
		self.validate_top_up_without_plan()

	def validate_application(self):
		application = {
			"funding_type": self.funding_type,
			"other_type": self.other_type,
			"status": self.status,
			"amount_requested": flt(self.amount_requested),
			"amount_awarded": flt(self.amount_awarded),
			"award_reason": self.award_reason,
			**{f: getdate(self.get(f)) if self.get(f) else None for f in DATE_FIELDS},
		}
		with rule_errors(_("Invalid funding application")):
			funding_rules.check_application(application, getdate(today()))

	def validate_top_up_without_plan(self):
		"""A pupil with an EHC plan is funded through the plan (EHC Plan's top-up), not by this route."""
		if self.funding_type != funding_rules.HIGH_NEEDS_TOP_UP or not self.send_record:
			return
		if frappe.db.get_value("SEND Record", self.send_record, "sen_provision") == EHC_PLAN:
			throw(
				_(
					"Student {0} has an EHC plan: record top-up funding on the EHC Plan, not as a high-needs top-up without a plan."
				).format(self.student),
				RuleBrokenError,
				fieldname="funding_type",
				title=_("Funded through the plan"),
			)
