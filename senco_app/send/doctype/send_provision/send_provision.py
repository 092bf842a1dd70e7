# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import frappe
from frappe import _

from senco_app.controllers.send_document import SENDDocument
from senco_app.exceptions import RuleBrokenError
from senco_app.exceptions import throw
from senco_app.services.schools import refuse_group_school


class SENDProvision(SENDDocument):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		area_of_need: DF.Literal[
			"Communication and interaction",
			"Cognition and learning",
			"Social, emotional and mental health",
			"Sensory and/or physical",
			"Other",
		]
		default_cost_per_hour: DF.Currency
		default_group_size: DF.Int
		default_minutes: DF.Int
		default_sessions_per_week: DF.Int
		default_staff_role: DF.Data | None
		delivery: DF.Literal["Individual", "Small Group", "Whole Class"]
		description: DF.SmallText | None
		disabled: DF.Check
		higher_is_better: DF.Check
		impact_measure: DF.Data | None
		school: DF.Link | None
		title: DF.Data
		wave: DF.Literal["Wave 1", "Wave 2", "Wave 3"]

	# end: auto-generated types
	def validate(self):
		refuse_group_school(self.school, _("leave School empty to offer the provision to every school."))
		for field, label in (
			("default_cost_per_hour", _("Cost per Hour")),
			("default_group_size", _("Group Size")),
			("default_sessions_per_week", _("Sessions per Week")),
			("default_minutes", _("Minutes per Session")),
		):
			if (self.get(field) or 0) < 0:
				throw(
					_("{0} cannot be negative.").format(label),
					RuleBrokenError,
					fieldname=field,
					title=_("Invalid value"),
				)


def sync_starter_catalogue():
	"""The starter catalogue (setup_data/send_provision.json) on a site whose catalogue is empty: a
	school edits, disables or deletes entries freely and migrate never brings them back."""
	if frappe.db.count("SEND Provision"):
		return
	import json

	with open(frappe.get_app_path("senco_app", "setup_data", "send_provision.json")) as f:
		for row in json.load(f):
			frappe.get_doc({"doctype": "SEND Provision", **row}).insert(ignore_permissions=True)
