# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.contacts.address_and_contact import load_address_and_contact

from senco_app.controllers.send_document import SENDDocument
from senco_app.exceptions import RuleBrokenError, throw


class SENDAgency(SENDDocument):
	def onload(self):
		load_address_and_contact(self)

	def validate(self):
		if self.school and frappe.db.get_value("Company", self.school, "is_group"):
			throw(
				_("School {0} is a trust or group: leave School empty to share the agency.").format(
					self.school
				),
				RuleBrokenError,
				fieldname="school",
				title=_("Invalid school"),
			)
