# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

from frappe import _
from frappe.utils import getdate
from frappe.utils import today

from senco_app.controllers.send_document import SENDDocument
from senco_app.rules import accessibility as accessibility_rules
from senco_app.services.register_records import open_record
from senco_app.services.schools import validate_student_in_school
from senco_app.utils import optional_date
from senco_app.utils import rule_errors


class ReasonableAdjustment(SENDDocument):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		adjustment: DF.SmallText
		agreed_by: DF.Data
		area: DF.Literal[
			"Curriculum and teaching",
			"Physical environment",
			"Information and communication",
			"Assessment and exams",
			"Trips and activities",
			"Routines, uniform and timetable",
			"Personal care and medical",
			"Other",
		]
		date_agreed: DF.Date
		notes: DF.SmallText | None
		review_date: DF.Date | None
		school: DF.Link
		send_record: DF.Link | None
		status: DF.Literal["Active", "Ended"]
		student: DF.Link
		student_name: DF.Data | None

	# end: auto-generated types
	def validate(self):
		validate_student_in_school(self)
		self.send_record = open_record(self.student, self.school)
		with rule_errors(_("Invalid dates")):
			accessibility_rules.check_adjustment_dates(
				getdate(self.date_agreed), optional_date(self.review_date), getdate(today())
			)
