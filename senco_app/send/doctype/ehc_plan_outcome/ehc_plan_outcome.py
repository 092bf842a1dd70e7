# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

from senco_app.security.writes import SchoolChildDocument


class EHCPlanOutcome(SchoolChildDocument):
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
		outcome: DF.SmallText
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		provision_section_f: DF.SmallText | None
	# end: auto-generated types
	pass
