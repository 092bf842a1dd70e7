# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.utils import get_datetime
from frappe.utils import now_datetime

from senco_app.controllers.send_document import SENDDocument
from senco_app.exceptions import CrossSchoolLinkError
from senco_app.exceptions import RuleBrokenError
from senco_app.exceptions import throw
from senco_app.rules import agencies as agency_rules
from senco_app.services.register_records import open_record
from senco_app.services.review_schedule import refresh_review_schedule
from senco_app.services.schools import validate_student_in_school
from senco_app.utils import rule_errors


class SENDContactLog(SENDDocument):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from senco_app.send.doctype.send_contact_action.send_contact_action import SENDContactAction

		actions: DF.Table[SENDContactAction]
		agency: DF.Link | None
		confidential: DF.Check
		contact_datetime: DF.Datetime
		contact_type: DF.Literal["Meeting", "Phone", "Email", "Letter", "Home visit", "Other"]
		follow_up_date: DF.Date | None
		follow_up_owner: DF.Link | None
		guardian: DF.Link | None
		other_name: DF.Data | None
		school: DF.Link
		send_record: DF.Link | None
		student: DF.Link
		student_name: DF.Data | None
		summary: DF.Text
		with_whom: DF.Literal["Parent/Carer", "Agency", "Teacher", "Other"]

	# end: auto-generated types
	def validate(self):
		validate_student_in_school(self)
		self.send_record = self.send_record or open_record(self.student, self.school)
		with rule_errors(_("Invalid date")):
			agency_rules.check_contact_time(get_datetime(self.contact_datetime), now_datetime())
		self.validate_with_whom()

	def validate_with_whom(self):
		if self.with_whom == "Parent/Carer" and self.guardian:
			guardians = frappe.get_all(
				"Student Guardian",
				filters={"parent": self.student, "parenttype": "Student"},
				pluck="guardian",
			)
			if self.guardian not in guardians:
				throw(
					_("Guardian {0} is not a parent or carer of Student {1}.").format(
						self.guardian, self.student
					),
					CrossSchoolLinkError,
					fieldname="guardian",
					title=_("Wrong parent/carer"),
				)
		if self.with_whom == "Agency" and not self.agency:
			throw(
				_("Agency is required for a contact with an agency."),
				RuleBrokenError,
				fieldname="agency",
				title=_("Missing agency"),
			)

	def on_update(self):
		self.refresh_parent_meetings()

	def on_trash(self):
		self.refresh_parent_meetings()

	def refresh_parent_meetings(self):
		if self.send_record:
			refresh_review_schedule([self.send_record])
