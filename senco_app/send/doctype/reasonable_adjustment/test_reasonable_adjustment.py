# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import frappe

from senco_app.exceptions import RuleBrokenError
from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import SCHOOL_B
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import PupilTestCase
from senco_app.tests.utils import make_reasonable_adjustment
from senco_app.tests.utils import make_student
from senco_app.tests.utils import past
from senco_app.tests.utils import user_of

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE

RA = "Reasonable Adjustment"


class TestReasonableAdjustment(PupilTestCase):
	pupil = ("Adi", "Adjust")

	def test_saved_with_the_pupils_register_record(self):
		self.assertEqual(make_reasonable_adjustment(self.student, SCHOOL_A).send_record, self.record)
		# a disabled pupil need not be on the SEN register
		other = make_student(SCHOOL_A, "Noreg", "Pupil").name
		self.assertIsNone(make_reasonable_adjustment(other, SCHOOL_A, review_date=None).send_record)

	def test_bad_input_is_refused_naming_the_field_and_nothing_saved(self):
		for values, field in (
			({"date_agreed": past(-1), "review_date": past(-30)}, "date_agreed"),
			({"review_date": past(20)}, "review_date"),
			({"review_date": past(21)}, "review_date"),
		):
			with self.subTest(values=values), self.assertFieldError(RuleBrokenError, field):
				make_reasonable_adjustment(self.student, SCHOOL_A, **values)
		self.assertNothingWritten(RA, {"student": self.student})

	def test_the_pupil_must_be_of_the_school(self):
		self.assertPupilMustBeOfTheSchool(make_reasonable_adjustment, RA)

	def test_per_school_rule_for_one_school_trust_and_no_school_users(self):
		mine = make_reasonable_adjustment(self.student, SCHOOL_A).name
		theirs = make_reasonable_adjustment(make_student(SCHOOL_B, "Bo", "Bee").name, SCHOOL_B).name
		self.assertSchoolRule(RA, mine, theirs, readers=("SENCO", "SEND Staff", "SEND Office", "SEND Viewer"))

	def test_another_schools_user_is_refused_over_http(self):
		mine = make_reasonable_adjustment(self.student, SCHOOL_A).name
		self.assertRefusedToOtherSchool(RA, mine, {"notes": "takeover"})

	def test_office_writes_staff_and_viewer_read(self):
		frappe.set_user(user_of(SCHOOL_A, "SEND Office"))
		doc = make_reasonable_adjustment(self.student, SCHOOL_A)
		for role in ("SEND Staff", "SEND Viewer"):
			frappe.set_user(user_of(SCHOOL_A, role))
			self.assertTrue(frappe.has_permission(RA, "read", doc.name), role)
			self.assertFalse(frappe.has_permission(RA, "write", doc.name), role)
		frappe.set_user("Administrator")
