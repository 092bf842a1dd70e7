# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

from senco_app.security.writes import SchoolChildDocument


class IEPTarget(SchoolChildDocument):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		area_of_need: DF.Literal[
			"",
			"Communication and interaction",
			"Cognition and learning",
			"Social, emotional and mental health",
			"Sensory and/or physical",
			"Other",
		]
		baseline: DF.SmallText | None
		outcome: DF.Literal["", "Not met", "Partially met", "Met", "Exceeded"]
		outcome_review: DF.Link | None
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		progress_note: DF.SmallText | None
		strategies: DF.SmallText | None
		success_criteria: DF.SmallText | None
		target: DF.SmallText
		target_date: DF.Date | None
	# end: auto-generated types
	pass
