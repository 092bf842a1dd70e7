# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

from senco_app.security.writes import SchoolChildDocument


class AccessibilityPlanAction(SchoolChildDocument):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		action: DF.SmallText
		action_owner: DF.Link | None
		area: DF.Literal["Curriculum", "Physical environment", "Information"]
		completion_date: DF.Date | None
		notes: DF.SmallText | None
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		start_date: DF.Date
		status: DF.Literal["Not started", "In progress", "Done", "Dropped"]
		success_criteria: DF.SmallText | None
		target_date: DF.Date

	# end: auto-generated types
	pass
