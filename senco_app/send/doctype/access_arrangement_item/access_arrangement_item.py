# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

from senco_app.security.writes import SchoolChildDocument


class AccessArrangementItem(SchoolChildDocument):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		arrangement: DF.Literal[
			"Extra time",
			"Reader",
			"Scribe",
			"Prompter",
			"Rest breaks",
			"Separate room",
			"Word processor",
			"Modified papers",
		]
		details: DF.SmallText | None
		extra_time_percent: DF.Float
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data

	# end: auto-generated types
	pass
