# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

from senco_app.security.writes import SchoolChildDocument


class SENDRecordHistory(SchoolChildDocument):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		census_code: DF.Data | None
		from_date: DF.Date | None
		needs: DF.Data | None
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		primary_need: DF.Link | None
		secondary_need: DF.Link | None
		sen_provision: DF.Data | None
		to_date: DF.Date | None
	# end: auto-generated types
	pass
