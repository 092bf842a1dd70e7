"""SEND users start on the SEND workspace, not ERPNext's Home.

Frappe opens a user's `default_workspace` after login and at /app. A user given a SEND role (by a
Role Profile or by hand) with no workspace of their own choosing gets SEND; a workspace the user or
an administrator chose is kept."""

import json

import frappe

from senco_app.permissions import SEND_ROLES

WORKSPACE = "SEND"


def send_users() -> list[str]:
	"""Every user holding a SEND role (by a Role Profile or by hand)."""
	return frappe.get_all(
		"Has Role",
		filters={"parenttype": "User", "role": ["in", list(SEND_ROLES)]},
		pluck="parent",
		distinct=True,
	)


def ensure_user(email: str, roles: tuple = (), schools: tuple = (), **values) -> bool:
	"""Make the desk user ``email`` when missing (``values`` are its other fields, with no welcome
	e-mail) with ``roles``, and give it a User Permission on each of ``schools`` (Company) it lacks.
	For the demo, the benchmark and the tests; True when the user was made."""
	made = not frappe.db.exists("User", email)
	if made:
		user = frappe.get_doc(
			{"doctype": "User", "email": email, "first_name": email.split("@")[0], "send_welcome_email": 0}
			| values
		)
		user.insert(ignore_permissions=True)
		if roles:
			user.add_roles(*roles)
	for school in schools:
		permission = {"user": email, "allow": "Company", "for_value": school}
		if not frappe.db.exists("User Permission", permission):
			frappe.get_doc({"doctype": "User Permission", **permission}).insert(ignore_permissions=True)
	frappe.clear_cache(user=email)
	return made


def wants_send_workspace(roles: list[str], current: str | None) -> bool:
	return not current and any(role in SEND_ROLES for role in roles)


def set_default_workspace(doc, method=None):
	"""User validate: a SEND user without a default workspace lands on SEND."""
	if wants_send_workspace(
		[r.role for r in doc.get("roles", [])], doc.default_workspace
	) and frappe.db.exists("Workspace", WORKSPACE):
		doc.default_workspace = WORKSPACE


# The desk sidebar of a user who only does SEND work: Frappe's Module Profile "SEND" blocks every
# module of the site but those in setup_data/module_profile.json, which hides their workspaces
# (Home, Accounting, Quality, ...) from the sidebar. Blocking a module hides its workspaces only; it
# takes away no permission on its doctypes (Student, Company, Guardian are still read as before).
MODULE_PROFILE = "SEND"
# roles every desk user holds; any other role (System Manager, an ERPNext role) keeps the full desk
BASIC_ROLES = {"All", "Guest", "Desk User"}


def wants_send_module_profile(roles: list[str], module_profile: str | None, blocked: list[str]) -> bool:
	"""A user holding SEND roles and nothing else beyond the basics gets the SEND module profile,
	unless the school chose a module profile or blocked modules for them."""
	held = set(roles) - BASIC_ROLES
	return not module_profile and not blocked and bool(held) and held <= set(SEND_ROLES)


def set_module_profile(doc, method=None):
	"""User validate: give a SEND-only user the SEND module profile; take it away again from a user
	who holds other roles now (the profile is ours: a school's own profile is never touched)."""
	roles = [r.role for r in doc.get("roles", [])]
	if doc.module_profile == MODULE_PROFILE:
		if not wants_send_module_profile(roles, None, []):
			doc.module_profile = None
			doc.set("block_modules", [])
		return
	blocked = [d.module for d in doc.get("block_modules", [])]
	if wants_send_module_profile(roles, doc.module_profile, blocked) and frappe.db.exists(
		"Module Profile", MODULE_PROFILE
	):
		doc.module_profile = MODULE_PROFILE
		doc.validate_allowed_modules()  # copies the profile's blocked modules, as Frappe does


def sync_module_profile():
	"""Create the SEND Module Profile when missing: it blocks every module on the site except the
	allowed ones. A school's edits to it are kept (and Frappe copies them to a user when saved)."""
	with open(frappe.get_app_path("senco_app", "setup_data", "module_profile.json")) as f:
		profile = json.load(f)
	if frappe.db.exists("Module Profile", profile["module_profile_name"]):
		return
	allowed = set(profile["allowed_modules"])
	modules = frappe.get_all("Module Def", pluck="name", order_by="name")
	frappe.get_doc(
		{
			"doctype": "Module Profile",
			"module_profile_name": profile["module_profile_name"],
			"block_modules": [{"module": m} for m in modules if m not in allowed],
		}
	).insert(ignore_permissions=True)


def assign_module_profile():
	"""Give the SEND module profile to the existing SEND-only users (install, upgrade)."""
	for name in send_users():
		user = frappe.get_doc("User", name)
		if user.module_profile != MODULE_PROFILE and wants_send_module_profile(
			[r.role for r in user.roles], user.module_profile, [d.module for d in user.block_modules]
		):
			user.save(ignore_permissions=True)  # set_module_profile does the rest


def remove_module_profile():
	"""Uninstall: the users the app gave the SEND profile see every module again; the profile goes."""
	for name in frappe.get_all("User", filters={"module_profile": MODULE_PROFILE}, pluck="name"):
		frappe.db.delete("Block Module", {"parenttype": "User", "parent": name})
		frappe.db.set_value("User", name, "module_profile", None, update_modified=False)
		frappe.clear_cache(user=name)
	frappe.delete_doc_if_exists("Module Profile", MODULE_PROFILE)
