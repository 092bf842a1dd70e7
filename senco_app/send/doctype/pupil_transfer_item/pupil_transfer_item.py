# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

from senco_app.security.writes import SchoolChildDocument


class PupilTransferItem(SchoolChildDocument):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		date_sent: DF.Date
		description: DF.Data | None
		item: DF.Literal["CTF", "SEND file", "EHC plan", "Support plans", "Other"]
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		sent_by: DF.Literal["School to School (S2S)", "Secure email", "Post", "By hand", "Other"]
		sent_to: DF.Data | None
	# end: auto-generated types
	pass
