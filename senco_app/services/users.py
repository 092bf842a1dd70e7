"""SEND users start on the SEND workspace, not ERPNext's Home.

Frappe opens a user's `default_workspace` after login and at /app. A user given a SEND role (by a
Role Profile or by hand) with no workspace of their own choosing gets SEND; a workspace the user or
an administrator chose is kept."""

import frappe

from senco_app.permissions import SEND_ROLES

WORKSPACE = "SEND"


def wants_send_workspace(roles: list[str], current: str | None) -> bool:
	return not current and any(role in SEND_ROLES for role in roles)


def set_default_workspace(doc, method=None):
	"""User validate: a SEND user without a default workspace lands on SEND."""
	if wants_send_workspace(
		[r.role for r in doc.get("roles", [])], doc.default_workspace
	) and frappe.db.exists("Workspace", WORKSPACE):
		doc.default_workspace = WORKSPACE
