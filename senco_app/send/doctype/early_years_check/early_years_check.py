# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.utils import getdate
from frappe.utils import today

from senco_app.controllers.send_document import SENDDocument
from senco_app.rules import early_years as early_years_rules
from senco_app.services import early_identification
from senco_app.services.register_records import open_record
from senco_app.services.schools import validate_student_in_school
from senco_app.utils import optional_date
from senco_app.utils import rule_errors


class EarlyYearsCheck(SENDDocument):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from senco_app.send.doctype.early_years_check_area.early_years_check_area import EarlyYearsCheckArea

		areas: DF.Table[EarlyYearsCheckArea]
		carried_out_by: DF.Data
		check_date: DF.Date
		check_type: DF.Literal["Progress check at age two", "EYFS profile", "Other early years assessment"]
		concern: DF.Check
		concerns: DF.SmallText | None
		school: DF.Link
		send_record: DF.Link | None
		shared_with_parents_on: DF.Date | None
		student: DF.Link
		student_name: DF.Data | None
		summary: DF.SmallText | None

	# end: auto-generated types
	def validate(self):
		validate_student_in_school(self)
		self.send_record = open_record(self.student, self.school)
		self.validate_dates()
		self.validate_areas()
		self.concern = int(bool(early_years_rules.concern_areas(self.area_dicts())))

	def validate_dates(self):
		date_of_birth = frappe.db.get_value("Student", self.student, "date_of_birth")
		with rule_errors(_("Invalid dates")):
			early_years_rules.check_dates(
				getdate(self.check_date), optional_date(self.shared_with_parents_on), getdate(today())
			)
			early_years_rules.check_age(
				self.check_type, optional_date(date_of_birth), getdate(self.check_date)
			)

	def validate_areas(self):
		with rule_errors(_("Invalid areas")):
			early_years_rules.check_areas(self.check_type, self.area_dicts())

	def area_dicts(self) -> list[dict]:
		return [{"area": r.area, "outcome": r.outcome} for r in self.areas]


@frappe.whitelist(methods=["POST"])
def start_identification(check: str) -> str:
	"""A check showing a concern: the pupil's open register record, opened on Monitoring if none."""
	return early_identification.start_identification(check)
