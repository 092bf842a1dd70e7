# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.utils import getdate
from frappe.utils import today

from senco_app.controllers.send_document import SENDDocument
from senco_app.exceptions import RuleBrokenError
from senco_app.exceptions import throw
from senco_app.rules import transfer as transfer_rules
from senco_app.services.register_records import open_record
from senco_app.services.schools import validate_student_in_school
from senco_app.utils import rule_errors


class PupilTransfer(SENDDocument):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from senco_app.send.doctype.pupil_transfer_item.pupil_transfer_item import PupilTransferItem

		destination_name: DF.Data
		destination_urn: DF.Data | None
		leaving_date: DF.Date
		notes: DF.SmallText | None
		school: DF.Link
		send_record: DF.Link | None
		sent_items: DF.Table[PupilTransferItem]
		student: DF.Link
		student_name: DF.Data | None
		transition_review: DF.Link | None

	# end: auto-generated types
	def validate(self):
		validate_student_in_school(self)
		self.set_send_record()
		self.validate_transfer()
		self.validate_transition_review()

	def set_send_record(self):
		"""The pupil's register record here: the open one, else the latest."""
		if self.send_record:
			return
		self.send_record = open_record(self.student, self.school) or frappe.db.get_value(
			"SEND Record",
			{"student": self.student, "school": self.school},
			"name",
			order_by="start_date desc",
		)

	def validate_transfer(self):
		start = (
			frappe.db.get_value("SEND Record", self.send_record, "start_date") if self.send_record else None
		)
		with rule_errors(_("Invalid transfer")):
			transfer_rules.check_transfer(
				getdate(self.leaving_date) if self.leaving_date else None,
				getdate(start) if start else None,
				self.destination_urn,
				[getdate(row.date_sent) if row.date_sent else None for row in self.sent_items],
				getdate(today()),
			)

	def validate_transition_review(self):
		if not self.transition_review:
			return
		review_type = frappe.db.get_value("SEND Review", self.transition_review, "review_type")
		if review_type != "Transition Review":
			throw(
				_("SEND Review {0} is a {1}, not a Transition Review.").format(
					self.transition_review, _(review_type or "")
				),
				RuleBrokenError,
				fieldname="transition_review",
				title=_("Not a transition review"),
			)
