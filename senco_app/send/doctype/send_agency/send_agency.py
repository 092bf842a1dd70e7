# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.contacts.address_and_contact import load_address_and_contact

from senco_app.controllers.send_document import SENDDocument
from senco_app.exceptions import RuleBrokenError
from senco_app.exceptions import throw
from senco_app.services.schools import refuse_group_school


class SENDAgency(SENDDocument):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		agency_name: DF.Data
		agency_type: DF.Literal[
			"Educational Psychology",
			"Speech and Language Therapy",
			"Occupational Therapy",
			"Physiotherapy",
			"CAMHS",
			"Sensory Support",
			"Specialist Teaching / Outreach",
			"Early Help",
			"Children's Social Care",
			"School Nursing / Paediatrics",
			"Virtual School",
			"Careers",
			"Portage",
			"Area SENCO",
			"Health Visitor",
			"Other",
		]
		disabled: DF.Check
		email: DF.Data | None
		local_authority: DF.Data | None
		notes: DF.SmallText | None
		phone: DF.Data | None
		school: DF.Link | None
		services: DF.SmallText | None
		typical_wait_weeks: DF.Int
		website: DF.Data | None

	# end: auto-generated types
	def onload(self):
		load_address_and_contact(self)

	def validate(self):
		refuse_group_school(self.school, _("leave School empty to share the agency."))
