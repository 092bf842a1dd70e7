# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import frappe

from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import SencoTestCase

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE


class TestSENNeedType(SencoTestCase):
	def test_named_by_code_and_shown_by_description(self):
		doc = frappe.get_doc("SEN Need Type", "SLCN")
		self.assertEqual(doc.description, "Speech, language and communication needs")
		self.assertEqual(frappe.get_meta("SEN Need Type").title_field, "description")

	def test_broad_area_must_be_one_of_the_four_areas_or_other(self):
		doc = frappe.get_doc(
			{"doctype": "SEN Need Type", "code": "ZZZ", "description": "Test", "broad_area": "Nonsense"}
		)
		with self.assertRaises(frappe.ValidationError):
			doc.insert()
		self.assertFalse(frappe.db.exists("SEN Need Type", "ZZZ"))
