# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

from senco_app.security.writes import SchoolChildDocument


class IEPProvision(SchoolChildDocument):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		delivered_by: DF.Data | None
		frequency: DF.Data | None
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		provision: DF.Data
		provision_map_entry: DF.Link | None
	# end: auto-generated types
	pass
