"""Install, migrate and uninstall steps: reference data and the permissions SEND roles need on other
apps' doctypes (added through Frappe's Custom DocPerm, as the Role Permissions Manager does), and
taking those and the app's custom fields away again on uninstall."""

import json

import frappe
from frappe.installer import remove_from_installed_apps
from frappe.permissions import add_permission
from frappe.permissions import rights
from frappe.permissions import update_permission_property
from frappe.utils.fixtures import sync_fixtures

from senco_app.permissions import SEND_ROLES
from senco_app.send.doctype.sen_need_type.sen_need_type import sync_need_types
from senco_app.send.doctype.send_provision.send_provision import sync_starter_catalogue
from senco_app.services.settings import store_missing_defaults
from senco_app.services.users import assign_module_profile
from senco_app.services.users import remove_module_profile
from senco_app.services.users import sync_module_profile

APP = "senco_app"

# What SEND roles need on Education and ERPNext doctypes: reading pupils, their year groups and
# schools. Nothing more: no write on Student.
READ_ON = ("Student", "Company", "Program", "Program Enrollment", "Academic Year", "Academic Term")

# A governor reads no pupil: only the schools and year groups the aggregate reports filter on. Read and
# report on Company is also what lets a governor run those reports: their ref_doctype is Company, and
# Frappe runs a report only for a user with "report" on its ref_doctype.
GOVERNOR = "SEND Governor"
GOVERNOR_READ_ON = ("Company", "Program", "Academic Year", "Academic Term")

# Picking a parent on a contact log: "select" (link search and link checks, not the Guardian form)
# for the roles that log contacts. The rows are narrowed to the guardians of the user's pupils
# (senco_app.security.rows.guardian_query_conditions).
SELECT_ON = {"Guardian": ("SENCO", "SEND Staff", "SEND Office")}

# Export of those doctypes (and so of the aggregate reports, whose ref_doctype is Company): only the
# roles that export the register. A Custom DocPerm gives export unless told otherwise.
EXPORT_ROLES = ("SENCO", "SEND Office")

# Indexes the app's queries need on other apps' tables (its own doctypes carry search_index in their
# JSON): pupils' year groups are read from Program Enrollment by student, the latest enrolment begun
# by a day first (services.year_groups.year_group_sql: the second index gives it in that order, with
# no sort per pupil); each school's roll is counted from Student by school, enabled, joining and
# leaving date (services.school_roll), which this index answers on its own, without reading a
# pupil's row.
INDEXES = {
	"Program Enrollment": (("student",), ("student", "enrollment_date", "creation")),
	"Student": (("school", "enabled", "joining_date", "date_of_leaving"),),
}


def before_install():
	"""Make ``bench install-app`` work on any site, and again after a failed attempt.

	Frappe reads the map of apps to modules (``frappe.local.app_modules``) from the site's cache
	when the bench command starts, and syncs an app's doctypes from that map. A cache built before
	senco_app joined apps.txt maps no module to it: install-app clears the cache but keeps the map
	it already read, so it would sync no doctype and after_install would fail. The map is rebuilt
	here from apps.txt, before Frappe adds the app's Module Defs and syncs its doctypes.

	A failed install takes the app off the site's list (see ``after_install``) but leaves its Module
	Defs, which Frappe would refuse to add twice: they go too."""
	frappe.clear_cache()
	frappe.setup_module_map()
	if APP not in frappe.get_installed_apps():
		frappe.db.delete("Module Def", {"app_name": APP})


def after_install():
	try:
		install_data()
	except Exception:
		# Frappe has listed the app as installed already, and would answer a second install-app
		# with "already installed". Unlisted, the install can simply be run again.
		frappe.db.rollback()
		remove_from_installed_apps(APP)
		raise


def install_data():
	# Frappe runs after_install before it syncs fixtures: the roles and custom fields come first.
	sync_fixtures(APP)
	after_migrate()
	from senco_app.patches.v0_1.set_student_school import execute as set_student_school

	set_student_school()
	assign_module_profile()


def before_uninstall():
	"""Take away what install added to other apps' doctypes, and nothing else: the SEND roles'
	Custom DocPerms and the app's Custom Fields (module SEND: Student's school, the Company's SEND
	section). Frappe then drops the SEND doctypes and what belongs to the SEND module (reports,
	workspace, notifications, print formats, number cards). Roles and Role Profiles stay, with the
	users who hold them; the custom fields' columns stay too until ``bench trim-tables``."""
	revoke_read_permissions()
	# the SEND Module Profile and the users given it: they see every module's workspace again
	remove_module_profile()
	# the SEND workspace goes with the app: users landing on it land on Frappe's default again
	frappe.db.set_value(
		"User", {"default_workspace": "SEND"}, "default_workspace", None, update_modified=False
	)
	for name in list_view_settings():
		frappe.delete_doc_if_exists("List View Settings", name)
	for name in frappe.get_all("Custom Field", filters={"module": "SEND"}, pluck="name"):
		frappe.delete_doc("Custom Field", name, ignore_permissions=True, force=True)


def after_uninstall():
	# Frappe keeps the app's hooks in the site's cache; they must not outlive the app.
	frappe.clear_cache()


def after_migrate():
	sync_need_types()
	sync_role_profiles()
	sync_module_profile()
	sync_list_view_settings()
	sync_notifications()
	sync_starter_catalogue()
	grant_read_permissions()
	fill_settings_defaults()
	add_indexes()


def add_indexes():
	"""Add the ``INDEXES`` a site lacks (install, every migrate, and the v0_1 patch); one there
	already is left as it is."""
	for doctype, indexes in INDEXES.items():
		for fields in indexes:
			frappe.db.add_index(doctype, list(fields))


def sync_notifications():
	"""Create the SEND Notifications (setup_data/notification.json) that are missing; a school's edits
	to them (days, wording, recipients, disabling) are kept across migrations."""
	with open(frappe.get_app_path("senco_app", "setup_data", "notification.json")) as f:
		for notification in json.load(f):
			if not frappe.db.exists("Notification", notification["name"]):
				frappe.get_doc(notification).insert(ignore_permissions=True)


def list_view_settings() -> dict[str, dict]:
	with open(frappe.get_app_path("senco_app", "setup_data", "list_view_settings.json")) as f:
		return {row["name"]: row for row in json.load(f)}


def sync_list_view_settings():
	"""The SEND lists' columns (setup_data/list_view_settings.json: the pupil once, then school, need
	and next review, also on a 1366 px screen), created when missing; a school's own choice is kept."""
	for name, row in list_view_settings().items():
		if frappe.db.exists("List View Settings", name):
			continue
		doc = frappe.new_doc("List View Settings")
		doc.update({"total_fields": row["total_fields"], "fields": json.dumps(row["fields"])})
		doc.insert(set_name=name, ignore_permissions=True)


def sync_role_profiles():
	"""Create the SEND Role Profiles (setup_data/role_profile.json) that are missing. A school's own
	changes to a profile are kept. Role Profile updates its users in a background job and locks
	itself until the job runs; with the install flag set it does that at once instead, so a bench
	without workers (CI, development) is never left with a locked profile."""
	with open(frappe.get_app_path("senco_app", "setup_data", "role_profile.json")) as f:
		profiles = json.load(f)
	in_install = frappe.flags.in_install
	frappe.flags.in_install = in_install or "senco_app"
	try:
		for profile in profiles:
			if frappe.db.exists("Role Profile", profile["name"]):
				continue
			frappe.get_doc(
				{
					"doctype": "Role Profile",
					"role_profile": profile["role_profile"],
					"roles": [{"role": row["role"]} for row in profile["roles"]],
				}
			).insert(ignore_permissions=True)
	finally:
		frappe.flags.in_install = in_install


def fill_settings_defaults():
	"""Give SEND Settings the defaults of fields the site has never stored (a new install, new fields
	on upgrade). A school's own values, 0 and blank included, are kept."""
	store_missing_defaults()


def read_on(role: str) -> tuple[str, ...]:
	"""The other apps' doctypes ``role`` reads (and reports on)."""
	return GOVERNOR_READ_ON if role == GOVERNOR else READ_ON


def revoke_read_permissions():
	"""Delete the SEND roles' Custom DocPerms on other apps' doctypes. ``add_permission`` first
	copied the doctype's standard permissions into Custom DocPerm; if that copy is all that is left,
	unchanged, it goes too, so the doctype follows its own app's permissions again."""
	for doctype in (*READ_ON, *SELECT_ON):
		frappe.db.delete("Custom DocPerm", {"parent": doctype, "role": ("in", SEND_ROLES)})
		if permission_rules("Custom DocPerm", doctype) == permission_rules("DocPerm", doctype):
			frappe.db.delete("Custom DocPerm", {"parent": doctype})
		frappe.clear_cache(doctype=doctype)


def permission_rules(permission_doctype: str, doctype: str) -> list[tuple]:
	fields = ["role", "permlevel", "if_owner", *rights]
	rows = frappe.get_all(permission_doctype, filters={"parent": doctype}, fields=fields)
	return sorted(tuple(row[f] or 0 for f in fields) for row in rows)


def grant_read_permissions():
	for role in SEND_ROLES:
		for doctype in read_on(role):
			if not frappe.db.exists("Custom DocPerm", {"parent": doctype, "role": role, "permlevel": 0}):
				add_permission(doctype, role, 0)
				for ptype in ("read", "report"):
					update_permission_property(doctype, role, 0, ptype, 1, validate=False)
				update_permission_property(
					doctype, role, 0, "export", int(role in EXPORT_ROLES), validate=False
				)
	for doctype, roles in SELECT_ON.items():
		for role in roles:
			if not frappe.db.exists("Custom DocPerm", {"parent": doctype, "role": role, "permlevel": 0}):
				add_permission(doctype, role, 0, "select")
				# a new Custom DocPerm reads and exports unless told otherwise
				for ptype in ("read", "export"):
					update_permission_property(doctype, role, 0, ptype, 0, validate=False)
