"""The demo trust: refuses a site with other pupils, builds once, and changes nothing the second time."""

import frappe

from senco_app import demo
from senco_app.permissions import allowed_schools
from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import make_student

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE


class TestDemo(SencoTestCase):
	def test_refuses_a_site_with_pupils_of_other_schools(self):
		make_student(SCHOOL_A, "Real", "Pupil")
		with self.assertRaises(frappe.ValidationError):
			demo.create()
		self.assertNothingWritten("Company", {"name": demo.TRUST})

	def test_builds_the_trust_once(self):
		made = demo.create(force=True)
		self.assertEqual(made["schools"], 3)
		self.assertEqual(made["pupils"], 60)
		self.assertEqual(made["users"], 5)
		self.assertEqual(frappe.db.count("Student", {"school": demo.PRIMARY}), 30)
		self.assertEqual(frappe.db.count("Student", {"school": demo.SECONDARY}), 30)
		self.assertEqual(
			frappe.db.count("SEND Record", {"school": ["in", [demo.PRIMARY, demo.SECONDARY]]}),
			made["register"],
		)
		self.assertGreater(made["register"], 5)
		self.assertEqual(frappe.db.get_value("Company", demo.PRIMARY, "parent_company"), demo.TRUST)

		self.assertGreater(made["plans"], 0)
		self.assertEqual(
			frappe.db.count("Individual Education Plan", {"school": ["in", [demo.PRIMARY, demo.SECONDARY]]}),
			made["plans"],
		)
		self.assertEqual(
			frappe.db.count("Provision Map Entry", {"school": ["in", [demo.PRIMARY, demo.SECONDARY]]}), 4
		)
		# plans list the provision their pupils are in (four pupils a school in the reading group)
		self.assertEqual(
			frappe.db.count(
				"IEP Provision",
				{"parenttype": "Individual Education Plan", "provision": "Reading intervention"},
			),
			8,
		)
		# and the work beyond casework, one of each a school
		for doctype in (
			"Access Arrangement",
			"SEND Resource",
			"Support Allocation",
			"SEND Training Record",
			"SEND Teaching Monitoring",
			"Reasonable Adjustment",
			"Accessibility Plan",
		):
			self.assertEqual(
				frappe.db.count(doctype, {"school": ["in", [demo.PRIMARY, demo.SECONDARY]]}), 2, doctype
			)
		self.assertEqual(frappe.db.count("SEND Resource", {"school": demo.PRIMARY, "status": "On loan"}), 1)
		self.assertEqual(
			demo.create(force=True), {"schools": 0, "pupils": 0, "register": 0, "users": 0, "plans": 0}
		)

		self.assertEqual(set(allowed_schools("senco@demo-trust.invalid")), {demo.PRIMARY, demo.SECONDARY})
		self.assertIn(demo.SECONDARY, allowed_schools("head@demo-trust.invalid"))
		self.assertEqual(allowed_schools("governor@oakfield.invalid"), [demo.PRIMARY])
		self.assertEqual(frappe.get_roles("governor@oakfield.invalid").count("SEND Governor"), 1)
		frappe.set_user("teacher@oakfield.invalid")
		schools = set(frappe.get_list("SEND Record", pluck="school", limit_page_length=0))
		self.assertEqual(schools, {demo.PRIMARY})
