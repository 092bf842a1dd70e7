# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

from senco_app.security.writes import SchoolChildDocument


class SENDReviewEHCOutcome(SchoolChildDocument):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		area_of_need: DF.Data | None
		ehc_outcome: DF.Data | None
		evidence: DF.SmallText | None
		outcome: DF.SmallText | None
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		progress: DF.Literal["", "Achieved", "Progressing", "Not progressing"]
		proposed_changes: DF.SmallText | None
		provision_section_f: DF.SmallText | None
	# end: auto-generated types
	pass
