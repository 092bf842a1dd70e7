# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import frappe

from senco_app.exceptions import DuplicateRecordError
from senco_app.exceptions import RuleBrokenError
from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import SCHOOL_B
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import make_accessibility_plan
from senco_app.tests.utils import past
from senco_app.tests.utils import user_of

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE

PLAN = "Accessibility Plan"


class TestAccessibilityPlan(SencoTestCase):
	def test_a_plan_with_its_actions(self):
		plan = make_accessibility_plan(
			SCHOOL_A,
			actions=(
				{},
				{"area": "Physical environment", "status": "Done", "completion_date": past(1)},
				{"area": "Information", "status": "Dropped", "target_date": past(-729)},
			),
		)
		self.assertEqual(
			[(a.area, a.status) for a in plan.actions],
			[("Curriculum", "In progress"), ("Physical environment", "Done"), ("Information", "Dropped")],
		)

	def test_bad_input_is_refused_naming_the_field_and_nothing_saved(self):
		for values, actions, field in (
			({"plan_to": past(365)}, None, "plan_to"),
			({}, ({"target_date": past(31)},), "target_date"),
			({}, ({"start_date": past(366)},), "start_date"),
			({}, ({"target_date": past(-731)},), "target_date"),
			({}, ({"status": "Done"},), "completion_date"),
			({}, ({"completion_date": past(1)},), "completion_date"),
			({}, ({"status": "Done", "completion_date": past(-1)},), "completion_date"),
		):
			with self.subTest(values=values, actions=actions), self.assertFieldError(RuleBrokenError, field):
				make_accessibility_plan(SCHOOL_A, actions=actions, title="Refused plan", **values)
		self.assertNothingWritten(PLAN, {"title": "Refused plan"})

	def test_one_plan_at_a_time_per_school(self):
		make_accessibility_plan(SCHOOL_A)
		with self.assertFieldError(DuplicateRecordError, "plan_from"):
			make_accessibility_plan(
				SCHOOL_A, title="Overlapping plan", plan_from=past(-730), plan_to=past(-1500), actions=()
			)
		self.assertNothingWritten(PLAN, {"title": "Overlapping plan"})
		# the next plan, from the day after, and another school's plan for the same years
		make_accessibility_plan(SCHOOL_A, plan_from=past(-731), plan_to=past(-1800), actions=())
		make_accessibility_plan(SCHOOL_B)

	def test_per_school_rule_for_one_school_trust_and_no_school_users(self):
		mine = make_accessibility_plan(SCHOOL_A).name
		theirs = make_accessibility_plan(SCHOOL_B).name
		self.assertSchoolRule(
			PLAN, mine, theirs, readers=("SENCO", "SEND Staff", "SEND Office", "SEND Viewer")
		)

	def test_another_schools_user_is_refused_over_http(self):
		mine = make_accessibility_plan(SCHOOL_A).name
		self.assertRefusedToOtherSchool(PLAN, mine, {"notes": "takeover"})

	def test_senco_and_office_write_staff_and_viewer_read(self):
		frappe.set_user(user_of(SCHOOL_A, "SEND Office"))
		doc = make_accessibility_plan(SCHOOL_A)
		for role, writes in (("SENCO", True), ("SEND Staff", False), ("SEND Viewer", False)):
			frappe.set_user(user_of(SCHOOL_A, role))
			self.assertTrue(frappe.has_permission(PLAN, "read", doc.name), role)
			self.assertEqual(frappe.has_permission(PLAN, "write", doc.name), writes, role)
		frappe.set_user("Administrator")
