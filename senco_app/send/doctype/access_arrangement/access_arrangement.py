# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

from frappe import _
from frappe.utils import flt
from frappe.utils import getdate
from frappe.utils import today

from senco_app.controllers.send_document import SENDDocument
from senco_app.rules import exam_arrangements as arrangement_rules
from senco_app.services.register_records import open_record
from senco_app.services.schools import validate_student_in_school
from senco_app.utils import rule_errors


class AccessArrangement(SENDDocument):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from senco_app.send.doctype.access_arrangement_item.access_arrangement_item import (
			AccessArrangementItem,
		)

		arrangements: DF.Table[AccessArrangementItem]
		assessed_by: DF.Data
		assessed_on: DF.Date | None
		evidence_file: DF.Attach | None
		evidence_of_need: DF.SmallText
		expiry_date: DF.Date | None
		normal_way_of_working: DF.SmallText
		notes: DF.SmallText | None
		school: DF.Link
		send_record: DF.Link | None
		start_date: DF.Date
		student: DF.Link
		student_name: DF.Data | None

	# end: auto-generated types
	def validate(self):
		validate_student_in_school(self)
		self.send_record = open_record(self.student, self.school)
		self.validate_dates()
		self.validate_arrangements()

	def validate_dates(self):
		with rule_errors(_("Invalid dates")):
			arrangement_rules.check_dates(
				getdate(self.start_date),
				getdate(self.expiry_date) if self.expiry_date else None,
				getdate(self.assessed_on) if self.assessed_on else None,
				getdate(today()),
			)

	def validate_arrangements(self):
		rows = [
			{"arrangement": r.arrangement, "extra_time_percent": flt(r.extra_time_percent)}
			for r in self.arrangements
		]
		with rule_errors(_("Invalid arrangements")):
			arrangement_rules.check_arrangements(rows)
