# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

from senco_app.security.writes import SchoolChildDocument


class SENDResourceLoan(SchoolChildDocument):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		condition_in: DF.Literal["", "Good", "Fair", "Poor", "Out of service"]
		condition_out: DF.Literal["", "Good", "Fair", "Poor", "Out of service"]
		due_back_date: DF.Date | None
		from_date: DF.Date
		notes: DF.SmallText | None
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		returned_date: DF.Date | None
		student: DF.Link
		student_name: DF.Data | None

	# end: auto-generated types
	pass
