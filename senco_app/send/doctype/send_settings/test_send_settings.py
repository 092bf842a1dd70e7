# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import dataclasses

import frappe

from senco_app.services.settings import DEFAULT_WHEN_ZERO
from senco_app.services.settings import VALUE_FIELDS
from senco_app.services.settings import Settings
from senco_app.services.settings import send_settings
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import make_user

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE

NO_VALUE = ("Section Break", "Column Break", "Tab Break", "Table")


def store(**values):
	frappe.db.set_single_value("SEND Settings", values)


class TestSENDSettings(SencoTestCase):
	def setUp(self):
		super().setUp()
		# the document cache outlives the rollback: read the restored settings afresh after each test
		self.addCleanup(frappe.clear_document_cache, "SEND Settings", "SEND Settings")

	def assertSettings(self, **expected):
		"""send_settings() holds the ``expected`` values."""
		settings = send_settings()
		self.assertEqual({field: getattr(settings, field) for field in expected}, expected)

	def test_national_figures_default_to_the_january_2026_census(self):
		settings = frappe.get_single("SEND Settings")
		self.assertAlmostEqual(settings.national_sen_support_percent, 14.8)
		self.assertAlmostEqual(settings.national_ehc_plan_percent, 6.0)
		self.assertEqual(settings.retention_years_after_birth, 31)

	def test_the_accessor_holds_every_setting(self):
		meta = frappe.get_meta("SEND Settings")
		fields = {df.fieldname for df in meta.fields if df.fieldtype not in NO_VALUE}
		self.assertEqual(set(VALUE_FIELDS), fields)
		self.assertIn("staff_minutes", {f.name for f in dataclasses.fields(Settings)})
		self.assertTrue(set(DEFAULT_WHEN_ZERO) <= fields)

	def test_a_setting_never_stored_is_the_doctypes_default(self):
		frappe.db.delete("Singles", {"doctype": "SEND Settings", "field": ["in", VALUE_FIELDS]})
		frappe.clear_document_cache("SEND Settings", "SEND Settings")
		settings = send_settings()
		meta = frappe.get_meta("SEND Settings")
		self.assertEqual(settings.review_cycle_months, int(meta.get_field("review_cycle_months").default))
		self.assertEqual(settings.parent_meetings_per_year, 3)
		self.assertEqual(settings.ehcp_final_plan_weeks, 20)
		self.assertEqual(settings.notional_sen_threshold, 6000)
		self.assertEqual(settings.default_weekly_minutes, 1500)
		self.assertAlmostEqual(settings.national_sen_support_percent, 14.8)

	def test_a_schools_zero_or_blank_is_kept_where_it_means_something(self):
		kept = {
			"parent_meetings_per_year": 0,
			"national_sen_support_percent": 0,
			"national_ehc_plan_percent": 0,
			"national_figures_label": "",
		}
		store(**kept)
		self.assertSettings(**kept)

	def test_zero_means_the_default_where_no_zero_makes_sense(self):
		store(**dict.fromkeys(DEFAULT_WHEN_ZERO, 0))
		self.assertSettings(
			review_cycle_months=4,
			ehcp_assess_decision_weeks=6,
			la_decision_weeks=4,
			notional_sen_threshold=6000,
			default_weekly_minutes=1500,
			retention_years_after_birth=31,
		)

	def test_a_schools_own_values_are_used(self):
		own = {
			"review_cycle_months": 6,
			"parent_meetings_per_year": 4,
			"national_figures_label": "January 2027",
		}
		store(**own)
		self.assertSettings(**own)

	def test_saving_a_blank_period_puts_the_default_back_and_keeps_a_zero_that_means_something(self):
		doc = frappe.get_single("SEND Settings")
		doc.review_cycle_months = 0
		doc.ehcp_final_plan_weeks = None
		doc.parent_meetings_per_year = 0
		doc.save()
		self.assertEqual(frappe.db.get_single_value("SEND Settings", "review_cycle_months"), 4)
		self.assertEqual(frappe.db.get_single_value("SEND Settings", "ehcp_final_plan_weeks"), 20)
		self.assertEqual(frappe.db.get_single_value("SEND Settings", "parent_meetings_per_year"), 0)

	def test_contracted_minutes_per_person_and_the_default(self):
		ta = make_user("ta.minutes@senco.test", ("SEND Staff",))
		none = make_user("ta.none@senco.test", ("SEND Staff",))
		doc = frappe.get_single("SEND Settings")
		doc.default_weekly_minutes = 1200
		doc.append("staff_minutes", {"user": ta, "weekly_minutes": 300})
		doc.append("staff_minutes", {"user": none, "weekly_minutes": 0})
		doc.save()
		settings = send_settings()
		self.assertEqual(settings.contracted_minutes(ta), 300)
		self.assertEqual(settings.contracted_minutes(none), 0)  # no contracted SEND time
		self.assertEqual(settings.contracted_minutes("someone.else@senco.test"), 1200)
