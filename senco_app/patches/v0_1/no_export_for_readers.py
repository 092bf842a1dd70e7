"""Only the SENCO and SEND Office export pupils, enrolments, year groups and schools.

install.py used to add the SEND roles' Custom DocPerms on Education's and ERPNext's doctypes with
Frappe's default export right, so a SEND Viewer or SEND Staff user could export the pupil list. New
sites get the rule from install.py; this takes the right away on existing ones."""

import frappe

from senco_app.install import EXPORT_ROLES
from senco_app.install import READ_ON
from senco_app.permissions import SEND_ROLES


def execute():
	for role in set(SEND_ROLES) - set(EXPORT_ROLES):
		for doctype in READ_ON:
			frappe.db.set_value(
				"Custom DocPerm", {"parent": doctype, "role": role, "permlevel": 0}, "export", 0
			)
	frappe.clear_cache()
