"""SEND users made before senco_app set their default workspace land on SEND (not ERPNext's Home);
a workspace already chosen is kept (senco_app.services.users)."""

import frappe

from senco_app.services.users import WORKSPACE
from senco_app.services.users import send_users


def execute():
	if not frappe.db.exists("Workspace", WORKSPACE):
		return
	for user in send_users():
		if not frappe.db.get_value("User", user, "default_workspace"):
			frappe.db.set_value("User", user, "default_workspace", WORKSPACE, update_modified=False)
