# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import frappe

from senco_app.exceptions import CrossSchoolLinkError
from senco_app.exceptions import RuleBrokenError
from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import SCHOOL_B
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import make_student
from senco_app.tests.utils import make_support_allocation
from senco_app.tests.utils import past
from senco_app.tests.utils import user_of

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE

SA = "Support Allocation"


class TestSupportAllocation(SencoTestCase):
	def setUp(self):
		super().setUp()
		self.ta = user_of(SCHOOL_A, "SEND Staff")
		self.pupil = make_student(SCHOOL_A, "Una", "Onetoone").name

	def test_one_to_one_support_for_a_pupil_of_the_school(self):
		doc = make_support_allocation(SCHOOL_A, self.ta, 450, "One-to-one", student=self.pupil)
		self.assertEqual((doc.student_name, doc.minutes_per_week), ("Una Onetoone", 450))

	def test_bad_input_is_refused_naming_the_field_and_nothing_saved(self):
		for values, field in (
			({"minutes": 0}, "minutes_per_week"),
			({"minutes": -60}, "minutes_per_week"),
			({"minutes": 7 * 24 * 60 + 1}, "minutes_per_week"),
			({"to_date": past(31)}, "to_date"),
			({"support_type": "One-to-one"}, "student"),
		):
			with self.subTest(values=values), self.assertFieldError(RuleBrokenError, field):
				make_support_allocation(SCHOOL_A, self.ta, notes="refused", **values)
		self.assertNothingWritten(SA, {"notes": "refused"})

	def test_the_pupil_must_be_of_the_school(self):
		elsewhere = make_student(SCHOOL_B, "Bea", "Elsewhere").name
		with self.assertFieldError(CrossSchoolLinkError, "student"):
			make_support_allocation(SCHOOL_A, self.ta, support_type="One-to-one", student=elsewhere)
		self.assertNothingWritten(SA, {"student": elsewhere})

	def test_per_school_rule_for_one_school_trust_and_no_school_users(self):
		mine = make_support_allocation(SCHOOL_A, self.ta).name
		theirs = make_support_allocation(SCHOOL_B, user_of(SCHOOL_B, "SEND Staff")).name
		self.assertSchoolRule(SA, mine, theirs, readers=("SENCO", "SEND Staff", "SEND Office", "SEND Viewer"))

	def test_another_schools_user_is_refused_over_http(self):
		mine = make_support_allocation(SCHOOL_A, self.ta).name
		self.assertRefusedToOtherSchool(SA, mine, {"notes": "takeover"})
