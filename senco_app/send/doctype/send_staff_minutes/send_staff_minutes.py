# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

from frappe.model.document import Document


class SENDStaffMinutes(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		user: DF.Link
		weekly_minutes: DF.Int
	# end: auto-generated types
	pass
