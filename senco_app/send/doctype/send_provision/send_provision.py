# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import frappe
from frappe import _

from senco_app.controllers.send_document import SENDDocument
from senco_app.exceptions import RuleBrokenError, throw


class SENDProvision(SENDDocument):
	def validate(self):
		if self.school and frappe.db.get_value("Company", self.school, "is_group"):
			throw(
				_(
					"School {0} is a trust or group: leave School empty to offer the provision to every school."
				).format(self.school),
				RuleBrokenError,
				fieldname="school",
				title=_("Invalid school"),
			)
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
