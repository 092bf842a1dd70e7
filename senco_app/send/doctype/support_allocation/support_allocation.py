# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

from frappe import _
from frappe.utils import cint
from frappe.utils import getdate

from senco_app.controllers.send_document import SENDDocument
from senco_app.rules.support import check_allocation
from senco_app.services.schools import validate_student_in_school
from senco_app.utils import rule_errors


class SupportAllocation(SENDDocument):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from_date: DF.Date
		minutes_per_week: DF.Int
		notes: DF.SmallText | None
		school: DF.Link
		staff: DF.Link
		staff_name: DF.Data | None
		student: DF.Link | None
		student_group: DF.Link | None
		student_name: DF.Data | None
		support_type: DF.Literal["In-class support", "One-to-one", "Lunchtime or unstructured time", "Other"]
		to_date: DF.Date | None

	# end: auto-generated types
	def validate(self):
		validate_student_in_school(self)
		with rule_errors(_("Invalid support allocation")):
			check_allocation(
				self.support_type,
				self.student,
				cint(self.minutes_per_week),
				getdate(self.from_date),
				getdate(self.to_date) if self.to_date else None,
			)
