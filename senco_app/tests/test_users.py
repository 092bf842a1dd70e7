"""SEND users land on the SEND workspace (issue 14, item 3); a chosen workspace is kept."""

import frappe

from senco_app.patches.v0_1 import send_users_land_on_send
from senco_app.services.users import WORKSPACE
from senco_app.tests.utils import SCHOOL_A, SencoTestCase, make_user

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
