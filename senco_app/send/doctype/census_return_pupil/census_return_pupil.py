# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

from senco_app.security.writes import SchoolChildDocument


class CensusReturnPupil(SchoolChildDocument):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		needs: DF.Data | None
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		primary_need: DF.Link | None
		resourced_provision_indicator: DF.Check
		secondary_need: DF.Link | None
		sen_provision: DF.Data | None
		sen_unit_indicator: DF.Check
		send_record: DF.Link | None
		student: DF.Link | None
		student_name: DF.Data | None
		upn: DF.Data | None
	# end: auto-generated types
	pass
