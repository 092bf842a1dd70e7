# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

from senco_app.security.writes import SchoolChildDocument


class EarlyYearsCheckArea(SchoolChildDocument):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		area: DF.Literal[
			"Communication and language",
			"Personal, social and emotional development",
			"Physical development",
			"Literacy",
			"Mathematics",
			"Understanding the world",
			"Expressive arts and design",
		]
		note: DF.SmallText | None
		outcome: DF.Literal["On track", "Some concern", "Significant concern", "Expected", "Emerging"]
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data

	# end: auto-generated types
	pass
