"""SEND users made before senco_app set their default workspace land on SEND (not ERPNext's Home);
a workspace already chosen is kept (senco_app.services.users)."""

import frappe

from senco_app.permissions import SEND_ROLES
from senco_app.services.users import WORKSPACE


def execute():
	if not frappe.db.exists("Workspace", WORKSPACE):
		return
	users = frappe.get_all(
		"Has Role",
		filters={"parenttype": "User", "role": ["in", list(SEND_ROLES)]},
		pluck="parent",
		distinct=True,
	)
	for user in users:
		if not frappe.db.get_value("User", user, "default_workspace"):
			frappe.db.set_value("User", user, "default_workspace", WORKSPACE, update_modified=False)
