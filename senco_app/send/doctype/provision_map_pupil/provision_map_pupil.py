# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

from senco_app.security.writes import SchoolChildDocument


class ProvisionMapPupil(SchoolChildDocument):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		cost: DF.Currency
		entry_date: DF.Date | None
		entry_score: DF.Float
		exit_date: DF.Date | None
		exit_score: DF.Float
		measured: DF.Check
		outcome: DF.Literal["Not started", "On track", "Achieved", "Not achieved", "Withdrawn"]
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		progress: DF.Float
		student: DF.Link
		student_name: DF.Data | None
	# end: auto-generated types
	pass
