# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

from senco_app.security.writes import SchoolChildDocument


class SENDDisposalCount(SchoolChildDocument):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		deleted: DF.Int
		document_type: DF.Data | None
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
	# end: auto-generated types
	pass
