# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""SEND Disposal Log: the record that a pupil's SEN file was destroyed at the end of retention (who,
when, which school, how many documents of each type), written by ``senco_app.services.disposal``.
It holds no personal data: no pupil name, id or date of birth."""

from senco_app.controllers.send_document import SENDDocument


class SENDDisposalLog(SENDDocument):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from senco_app.send.doctype.send_disposal_count.send_disposal_count import SENDDisposalCount

		counts: DF.Table[SENDDisposalCount]
		disposed_by: DF.Link | None
		disposed_on: DF.Datetime | None
		documents_deleted: DF.Int
		retention_years: DF.Int
		school: DF.Link
	# end: auto-generated types
	pass
