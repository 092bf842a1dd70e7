# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

from senco_app.security.writes import SchoolChildDocument


class SENDReviewTarget(SchoolChildDocument):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		area_of_need: DF.Data | None
		iep_target: DF.Data | None
		outcome: DF.Literal["", "Not met", "Partially met", "Met", "Exceeded"]
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		progress_note: DF.SmallText | None
		target: DF.SmallText | None
	# end: auto-generated types
	pass
