"""SEND users land on the SEND workspace and see only SEND in the sidebar (issue 14, item 3); a
chosen workspace and a school's own module profile are kept."""

import frappe

from senco_app.install import after_migrate
from senco_app.patches.v0_1 import send_users_land_on_send
from senco_app.patches.v0_2 import send_users_see_only_send
from senco_app.services.users import MODULE_PROFILE
from senco_app.services.users import WORKSPACE
from senco_app.services.users import remove_module_profile
from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import call_route
from senco_app.tests.utils import make_user

test_ignore = ["Student", "Company", "User", "SEN Need Type"]
IGNORE_TEST_RECORD_DEPENDENCIES = test_ignore


class TestUsers(SencoTestCase):
	def test_a_send_user_lands_on_send(self):
		user = make_user("_landing_staff@example.com", ("SEND Staff",), (SCHOOL_A,))
		self.assertEqual(frappe.db.get_value("User", user, "default_workspace"), WORKSPACE)

	def test_a_user_without_a_send_role_keeps_frappes_landing(self):
		user = make_user("_landing_other@example.com", ("Blogger",))
		self.assertFalse(frappe.db.get_value("User", user, "default_workspace"))

	def test_a_chosen_workspace_is_kept(self):
		user = make_user("_landing_chosen@example.com")
		frappe.db.set_value("User", user, "default_workspace", "Home")
		frappe.get_doc("User", user).add_roles("SENCO")
		self.assertEqual(frappe.db.get_value("User", user, "default_workspace"), "Home")

	def test_the_patch_sets_existing_send_users(self):
		user = make_user("_landing_old@example.com", ("SEND Office",), (SCHOOL_A,))
		chosen = make_user("_landing_old_chosen@example.com", ("SEND Office",), (SCHOOL_A,))
		other = make_user("_landing_old_other@example.com", ("Blogger",))
		frappe.db.set_value("User", user, "default_workspace", None)
		frappe.db.set_value("User", chosen, "default_workspace", "Home")
		send_users_land_on_send.execute()
		self.assertEqual(frappe.db.get_value("User", user, "default_workspace"), WORKSPACE)
		self.assertEqual(frappe.db.get_value("User", chosen, "default_workspace"), "Home")
		self.assertFalse(frappe.db.get_value("User", other, "default_workspace"))


SIDEBAR = "frappe.desk.desktop.get_workspace_sidebar_items"


def sidebar(user: str) -> set[str]:
	"""The workspaces in ``user``'s desk sidebar, asked for over HTTP as the desk does."""
	frappe.clear_cache(user=user)
	frappe.set_user(user)
	try:
		return {page["name"] for page in call_route(SIDEBAR)["pages"]}
	finally:
		frappe.set_user("Administrator")


class TestSidebar(SencoTestCase):
	"""SEND users see only SEND in the desk sidebar (issue 14, item 3), by Frappe's Module Profile."""

	def test_a_send_staff_sidebar_holds_send_and_no_erpnext_workspace(self):
		user = make_user("_sidebar_staff@example.com", ("SEND Staff",), (SCHOOL_A,))
		self.assertEqual(frappe.db.get_value("User", user, "module_profile"), MODULE_PROFILE)
		pages = sidebar(user)
		self.assertIn("SEND", pages)
		self.assertFalse(pages & {"Home", "Accounting", "Selling", "Quality", "Education"}, pages)

	def test_a_system_manager_keeps_the_full_sidebar(self):
		user = make_user("_sidebar_admin@example.com", ("System Manager", "SEND Staff"), (SCHOOL_A,))
		self.assertFalse(frappe.db.get_value("User", user, "module_profile"))
		self.assertTrue({"Home", "Accounting", "Selling", "SEND"} <= sidebar(user))

	def test_an_erpnext_user_keeps_erpnext_workspaces(self):
		user = make_user("_sidebar_sales@example.com", ("Sales User", "SENCO"), (SCHOOL_A,))
		self.assertFalse(frappe.db.get_value("User", user, "module_profile"))
		self.assertTrue({"Home", "Selling", "SEND"} <= sidebar(user))

	def test_the_send_profile_goes_when_the_user_gets_another_role(self):
		user = make_user("_sidebar_promoted@example.com", ("SEND Office",), (SCHOOL_A,))
		self.assertEqual(frappe.db.get_value("User", user, "module_profile"), MODULE_PROFILE)
		frappe.get_doc("User", user).add_roles("System Manager")
		self.assertFalse(frappe.db.get_value("User", user, "module_profile"))
		self.assertFalse(frappe.db.exists("Block Module", {"parenttype": "User", "parent": user}))
		self.assertIn("Home", sidebar(user))

	def test_a_schools_own_module_profile_is_kept(self):
		if not frappe.db.exists("Module Profile", "_School own"):
			frappe.get_doc(
				{
					"doctype": "Module Profile",
					"module_profile_name": "_School own",
					"block_modules": [{"module": "Quality Management"}],
				}
			).insert()
		user = make_user("_sidebar_own@example.com")
		doc = frappe.get_doc("User", user)
		doc.module_profile = "_School own"
		doc.save()
		frappe.get_doc("User", user).add_roles("SEND Staff")
		doc = frappe.get_doc("User", user)
		self.assertEqual(doc.module_profile, "_School own")
		self.assertEqual([d.module for d in doc.block_modules], ["Quality Management"])
		pages = sidebar(user)
		self.assertIn("Home", pages)
		self.assertNotIn("Quality", pages)

	def test_a_schools_own_blocked_modules_are_kept(self):
		user = make_user("_sidebar_blocked@example.com")
		doc = frappe.get_doc("User", user)
		doc.append("block_modules", {"module": "Selling"})
		doc.add_roles("SEND Viewer")
		doc = frappe.get_doc("User", user)
		self.assertFalse(doc.module_profile)
		self.assertEqual([d.module for d in doc.block_modules], ["Selling"])

	def test_the_profile_blocks_every_module_but_send(self):
		blocked = {d.module for d in frappe.get_doc("Module Profile", MODULE_PROFILE).block_modules}
		modules = set(frappe.get_all("Module Def", pluck="name"))
		self.assertEqual(modules - blocked, {"SEND"})

	def test_a_schools_edit_to_the_profile_is_kept_by_migrate(self):
		profile = frappe.get_doc("Module Profile", MODULE_PROFILE)
		profile.block_modules = [d for d in profile.block_modules if d.module != "Education"]
		profile.save()
		after_migrate()
		blocked = {d.module for d in frappe.get_doc("Module Profile", MODULE_PROFILE).block_modules}
		self.assertNotIn("Education", blocked)
		self.assertIn("Accounts", blocked)

	def test_a_missing_profile_is_restored_by_migrate(self):
		frappe.db.set_value("User", {"module_profile": MODULE_PROFILE}, "module_profile", None)
		frappe.delete_doc("Module Profile", MODULE_PROFILE, ignore_permissions=True, force=True)
		after_migrate()
		self.assertTrue(frappe.db.exists("Module Profile", MODULE_PROFILE))

	def test_the_patch_gives_existing_send_only_users_the_profile(self):
		user = make_user("_sidebar_old@example.com", ("SEND Staff",), (SCHOOL_A,))
		other = make_user("_sidebar_old_other@example.com", ("Blogger",))
		frappe.db.delete("Block Module", {"parenttype": "User", "parent": user})
		frappe.db.set_value("User", user, "module_profile", None)
		send_users_see_only_send.execute()
		self.assertEqual(frappe.db.get_value("User", user, "module_profile"), MODULE_PROFILE)
		self.assertTrue(
			frappe.db.exists("Block Module", {"parenttype": "User", "parent": user, "module": "Setup"})
		)
		self.assertFalse(frappe.db.get_value("User", other, "module_profile"))

	def test_uninstall_gives_the_send_users_every_module_back(self):
		user = make_user("_sidebar_uninstall@example.com", ("SEND Staff",), (SCHOOL_A,))
		remove_module_profile()
		self.assertFalse(frappe.db.get_value("User", user, "module_profile"))
		self.assertFalse(frappe.db.exists("Block Module", {"parenttype": "User", "parent": user}))
		self.assertFalse(frappe.db.exists("Module Profile", MODULE_PROFILE))
		self.assertIn("Home", sidebar(user))
