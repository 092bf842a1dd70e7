# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

from senco_app.security.writes import SchoolChildDocument


class SENDTrainingAttendee(SchoolChildDocument):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		full_name: DF.Data | None
		hours_attended: DF.Float
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		user: DF.Link

	# end: auto-generated types
	pass
