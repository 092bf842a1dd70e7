"""Give every existing Student the site's default school (Company), so that per-school permissions
reach them. Students that already name a school keep it.

Migrate runs post-model-sync patches before it syncs fixtures, so the patch makes sure the Student
``school`` custom field (from this app's fixtures) exists first."""

import json

import frappe


def execute():
	ensure_custom_field("Student-school")
	school = default_company()
	if not school:
		return
	student = frappe.qb.DocType("Student")
	(
		frappe.qb.update(student)
		.set(student.school, school)
		.where(student.school.isnull() | (student.school == ""))
		.run()
	)


def ensure_custom_field(name: str):
	if frappe.db.exists("Custom Field", name):
		return
	with open(frappe.get_app_path("senco_app", "fixtures", "custom_field.json")) as f:
		field = next(d for d in json.load(f) if d["name"] == name)
	frappe.get_doc(field).insert(ignore_permissions=True)


def default_company() -> str | None:
	"""The global default company if it is a school, else the only school of the site."""
	default = frappe.defaults.get_global_default("company")
	if default and frappe.db.exists("Company", {"name": default, "is_group": 0}):
		return default
	schools = frappe.get_all("Company", filters={"is_group": 0}, pluck="name", limit=2)
	return schools[0] if len(schools) == 1 else None
