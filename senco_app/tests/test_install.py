"""Install and migrate: reference data, roles, custom fields, permissions and the install patch."""

import json

import frappe

from senco_app.exceptions import RuleBrokenError
from senco_app.install import EXPORT_ROLES
from senco_app.install import GOVERNOR
from senco_app.install import READ_ON
from senco_app.install import SELECT_ON
from senco_app.install import after_migrate
from senco_app.install import read_on
from senco_app.patches.v0_1 import set_student_school
from senco_app.permissions import SEND_ROLES
from senco_app.rules.needs import NEED_TYPES
from senco_app.send.doctype.sen_need_type.sen_need_type import sync_need_types
from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import make_student

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE


class TestInstall(SencoTestCase):
	def test_every_dfe_need_type_is_installed(self):
		installed = {
			d.name: d
			for d in frappe.get_all("SEN Need Type", fields=["name", "broad_area", "sen_support_only"])
		}
		self.assertEqual(set(installed), {code for code, *_ in NEED_TYPES})
		self.assertEqual(installed["DS"].broad_area, "Cognition and learning")
		self.assertTrue(installed["NSA"].sen_support_only)
		self.assertFalse(installed["ASD"].sen_support_only)

	def test_migrate_restores_need_types_and_keeps_a_schools_choice_to_disable(self):
		frappe.db.set_value("SEN Need Type", "HI", {"description": "edited", "disabled": 1})
		frappe.delete_doc("SEN Need Type", "MSI", force=True)
		sync_need_types()
		self.assertEqual(frappe.db.get_value("SEN Need Type", "HI", "description"), "Hearing impairment")
		self.assertEqual(frappe.db.get_value("SEN Need Type", "HI", "disabled"), 1)
		self.assertTrue(frappe.db.exists("SEN Need Type", "MSI"))

	def test_roles_role_profiles_and_custom_fields(self):
		for role in SEND_ROLES:
			self.assertTrue(frappe.db.exists("Role", role))
			self.assertEqual(frappe.db.get_value("Role", role, "desk_access"), 1)
			self.assertEqual(
				frappe.get_all(
					"Has Role", filters={"parenttype": "Role Profile", "parent": role}, pluck="role"
				),
				[role],
			)
		school = frappe.get_meta("Student").get_field("school")
		self.assertEqual((school.fieldtype, school.options), ("Link", "Company"))
		for fieldname in ("send_la_code", "send_urn", "send_senco", "send_notional_sen_budget", "send_phase"):
			self.assertTrue(frappe.get_meta("Company").has_field(fieldname), fieldname)

	def test_send_roles_can_read_pupils_and_schools(self):
		for role in SEND_ROLES:
			for doctype in read_on(role):
				self.assertTrue(
					frappe.db.exists(
						"Custom DocPerm", {"parent": doctype, "role": role, "permlevel": 0, "read": 1}
					),
					f"{role} cannot read {doctype}",
				)
				export = frappe.db.get_value(
					"Custom DocPerm", {"parent": doctype, "role": role, "permlevel": 0}, "export"
				)
				self.assertEqual(export, int(role in EXPORT_ROLES), f"{role} export {doctype}")
		# a governor reads schools and year groups, never a pupil or an enrolment
		for doctype in set(READ_ON) - set(read_on(GOVERNOR)):
			self.assertFalse(
				frappe.db.exists("Custom DocPerm", {"parent": doctype, "role": GOVERNOR, "read": 1}), doctype
			)
		self.assertTrue({"Student", "Program Enrollment"} <= set(READ_ON) - set(read_on(GOVERNOR)))
		# and nothing that writes pupils' core records
		self.assertFalse(
			frappe.db.exists("Custom DocPerm", {"parent": "Student", "role": "SENCO", "write": 1})
		)

	def test_guardians_are_picked_not_read(self):
		for role in SEND_ROLES:
			perm = frappe.db.get_value(
				"Custom DocPerm",
				{"parent": "Guardian", "role": role, "permlevel": 0},
				["select", "read", "write"],
				as_dict=True,
			)
			if role in SELECT_ON["Guardian"]:
				self.assertEqual((perm.select, perm.read, perm.write), (1, 0, 0), role)
			else:
				self.assertIsNone(perm, role)

	def test_send_record_list_columns_are_set_once(self):
		frappe.delete_doc_if_exists("List View Settings", "SEND Record")
		after_migrate()
		settings = frappe.get_doc("List View Settings", "SEND Record")
		fields = [f["fieldname"] for f in json.loads(settings.fields)]
		self.assertEqual(fields[1:4], ["school", "primary_need", "next_review_due"])
		settings.total_fields = "4"
		settings.save(ignore_permissions=True)
		after_migrate()
		self.assertEqual(frappe.db.get_value("List View Settings", "SEND Record", "total_fields"), "4")

	def test_missing_role_profile_is_restored_and_a_schools_edit_is_kept(self):
		from senco_app.install import sync_role_profiles

		frappe.delete_doc("Role Profile", "SEND Viewer", force=True, ignore_permissions=True)
		profile = frappe.get_doc("Role Profile", "SEND Staff")
		profile.append("roles", {"role": "Instructor"})
		profile.save()
		sync_role_profiles()
		self.assertTrue(frappe.db.exists("Role Profile", "SEND Viewer"))
		self.assertEqual(
			sorted(r.role for r in frappe.get_doc("Role Profile", "SEND Staff").roles),
			["Instructor", "SEND Staff"],
		)

	def test_send_workspace_is_installed_for_the_send_roles(self):
		workspace = frappe.get_doc("Workspace", "SEND")
		self.assertEqual({r.role for r in workspace.roles}, set(SEND_ROLES))
		links = {l.link_to for l in workspace.links if l.type == "Link"}
		self.assertTrue({"SEND Record", "SEND Register", "SEN Need Type"} <= links)

	def test_notifications_installed_and_a_schools_edits_survive_migrate(self):
		names = set(frappe.get_all("Notification", filters={"module": "SEND"}, pluck="name"))
		self.assertTrue(
			{"SEND Review Due Soon", "SEND Review Overdue", "EHCP Step Overdue", "SEND Contact Follow-up"}
			<= names
		)
		edits = {"SEND Review Due Soon": {"days_in_advance": 21, "enabled": 0}}
		self.assertSyncKeepsEdits(after_migrate, "Notification", edits, "SEND Review Overdue", restored=True)

	def test_after_migrate_runs_twice(self):
		after_migrate()
		after_migrate()
		self.assertEqual(frappe.db.count("SEN Need Type"), len(NEED_TYPES))

	def test_confidential_fields_are_at_permlevel_1_for_the_senco_only(self):
		meta = frappe.get_meta("SEND Record")
		self.assertEqual(meta.get_field("confidential_notes").permlevel, 1)
		level1 = {p.role for p in meta.permissions if p.permlevel == 1 and p.read}
		self.assertEqual(level1, {"SENCO"})

	def test_install_patch_gives_existing_students_the_default_school(self):
		student = make_student(SCHOOL_A, "Patch", "Pupil")
		kept = make_student(SCHOOL_A, "Kept", "Pupil")
		frappe.db.set_value("Student", student.name, "school", None)
		default = set_student_school.default_company()
		self.assertTrue(default)
		set_student_school.execute()
		self.assertEqual(frappe.db.get_value("Student", student.name, "school"), default)
		self.assertEqual(frappe.db.get_value("Student", kept.name, "school"), SCHOOL_A)

	def test_school_identifiers_are_checked(self):
		company = frappe.get_doc("Company", SCHOOL_A)
		company.send_la_code = "12"
		with self.assertFieldError(RuleBrokenError, "send_la_code"):
			company.save()
		self.assertNotEqual(frappe.db.get_value("Company", SCHOOL_A, "send_la_code"), "12")
		company.reload()
		company.send_la_code, company.send_establishment_number, company.send_urn = "999", "2001", "100001"
		company.save()
		self.assertEqual(frappe.db.get_value("Company", SCHOOL_A, "send_urn"), "100001")

	def test_student_needs_a_school_on_a_multi_school_site(self):
		frappe.db.set_single_value("Education Settings", "user_creation_skip", 1)
		doc = frappe.get_doc({"doctype": "Student", "first_name": "No", "last_name": "School"})
		frappe.set_user("Administrator")
		frappe.defaults.clear_user_default("Company")
		with self.assertFieldError(RuleBrokenError, "school"):
			doc.insert()
		self.assertNothingWritten("Student", {"first_name": "No", "last_name": "School"})

	def test_migrate_keeps_a_schools_zero_and_blank_settings(self):
		self.addCleanup(frappe.clear_document_cache, "SEND Settings", "SEND Settings")
		values = {
			"parent_meetings_per_year": 0,
			"national_sen_support_percent": 0,
			"national_figures_label": "",
			"review_cycle_months": 0,  # read as the default, but the school's stored value is theirs
			"default_weekly_minutes": 900,
		}
		frappe.db.set_single_value("SEND Settings", values)
		after_migrate()
		stored = frappe.db.get_singles_dict("SEND Settings", cast=True)
		for fieldname, value in values.items():
			self.assertEqual(stored[fieldname] or 0, value or 0, fieldname)

	def test_migrate_stores_the_default_of_a_setting_never_stored(self):
		self.addCleanup(frappe.clear_document_cache, "SEND Settings", "SEND Settings")
		# a field an upgrade adds has no row in tabSingles until migrate gives it its default
		frappe.db.delete("Singles", {"doctype": "SEND Settings", "field": "under_five_review_months"})
		frappe.db.set_single_value("SEND Settings", "parent_meetings_per_year", 0)
		after_migrate()
		self.assertEqual(frappe.db.get_single_value("SEND Settings", "under_five_review_months"), 6)
		self.assertEqual(frappe.db.get_single_value("SEND Settings", "parent_meetings_per_year"), 0)
