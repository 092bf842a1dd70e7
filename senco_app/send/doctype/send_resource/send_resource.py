# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

from frappe import _
from frappe.utils import flt
from frappe.utils import getdate
from frappe.utils import today

from senco_app.controllers.send_document import SENDDocument
from senco_app.rules import resources as resource_rules
from senco_app.services.schools import validate_student_in_school
from senco_app.services.schools import validate_table_students_in_school
from senco_app.utils import rule_errors


class SENDResource(SENDDocument):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from senco_app.send.doctype.send_resource_loan.send_resource_loan import SENDResourceLoan

		asset_number: DF.Data | None
		category: DF.Literal[
			"ICT aid",
			"Specialist seating",
			"Sensory",
			"Communication aid",
			"Hearing or vision aid",
			"Mobility",
			"Other",
		]
		condition: DF.Literal["Good", "Fair", "Poor", "Out of service"]
		cost: DF.Currency
		due_back_date: DF.Date | None
		funded_by: DF.Data | None
		item: DF.Data
		loans: DF.Table[SENDResourceLoan]
		location: DF.Data | None
		notes: DF.SmallText | None
		on_loan_to: DF.Link | None
		on_loan_to_name: DF.Data | None
		purchase_date: DF.Date | None
		review_date: DF.Date | None
		school: DF.Link
		status: DF.Literal["Available", "On loan", "Out of service"]
		student: DF.Link | None
		student_name: DF.Data | None

	# end: auto-generated types
	def validate(self):
		validate_student_in_school(self)
		validate_table_students_in_school(self, "loans")
		self.validate_item()
		self.validate_loans()
		self.set_status()

	def validate_item(self):
		with rule_errors(_("Invalid resource")):
			resource_rules.check_item(
				getdate(self.purchase_date) if self.purchase_date else None,
				flt(self.cost),
				getdate(self.review_date) if self.review_date else None,
				getdate(today()),
			)

	def loan_rows(self) -> list[dict]:
		return [
			{
				"student": r.student,
				"student_name": r.student_name,
				**{
					field: getdate(r.get(field)) if r.get(field) else None
					for field in ("from_date", "due_back_date", "returned_date")
				},
			}
			for r in self.loans
		]

	def validate_loans(self):
		with rule_errors(_("Invalid loans")):
			resource_rules.check_loans(self.loan_rows(), self.condition, getdate(today()))

	def set_status(self):
		"""Status, current borrower and due date from the condition and the open loan."""
		loans = self.loan_rows()
		self.status = resource_rules.resource_status(self.condition, loans)
		loan = resource_rules.current_loan(loans) or {}
		self.on_loan_to = loan.get("student")
		self.on_loan_to_name = loan.get("student_name")
		self.due_back_date = loan.get("due_back_date")
