# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import frappe

from senco_app.tests.utils import SencoTestCase

test_ignore = ["Student", "Company", "User"]
IGNORE_TEST_RECORD_DEPENDENCIES = test_ignore


class TestSENDSettings(SencoTestCase):
	def test_national_figures_default_to_the_january_2026_census(self):
		settings = frappe.get_single("SEND Settings")
		self.assertAlmostEqual(settings.national_sen_support_percent, 14.8)
		self.assertAlmostEqual(settings.national_ehc_plan_percent, 6.0)
		self.assertEqual(settings.retention_years_after_birth, 31)
