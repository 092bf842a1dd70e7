# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import frappe

from senco_app.exceptions import RuleBrokenError
from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import SCHOOL_B
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import PupilTestCase
from senco_app.tests.utils import call_rest
from senco_app.tests.utils import call_route
from senco_app.tests.utils import make_access_arrangement
from senco_app.tests.utils import make_student
from senco_app.tests.utils import past
from senco_app.tests.utils import user_of

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE

AA = "Access Arrangement"


class TestAccessArrangement(PupilTestCase):
	pupil = ("Ari", "Arrange")

	def test_saved_with_the_pupils_register_record(self):
		doc = make_access_arrangement(self.student, SCHOOL_A, expiry_date=past(-200))
		self.assertEqual(doc.send_record, self.record)
		self.assertEqual(
			[(r.arrangement, r.extra_time_percent) for r in doc.arrangements],
			[("Extra time", 25), ("Reader", 0)],
		)
		# a pupil not on the register may have arrangements too
		other = make_student(SCHOOL_A, "Noreg", "Pupil").name
		self.assertIsNone(make_access_arrangement(other, SCHOOL_A).send_record)

	def test_bad_input_is_refused_naming_the_field_and_nothing_saved(self):
		for values, exc, field in (
			({"arrangements": []}, RuleBrokenError, "arrangements"),
			({"arrangements": [("Extra time", 0)]}, RuleBrokenError, "extra_time_percent"),
			({"arrangements": [("Extra time", 150)]}, RuleBrokenError, "extra_time_percent"),
			({"arrangements": [("Scribe", 25)]}, RuleBrokenError, "extra_time_percent"),
			({"arrangements": [("Reader", 0), ("Reader", 0)]}, RuleBrokenError, "arrangement"),
			({"expiry_date": past(31)}, RuleBrokenError, "expiry_date"),
			({"assessed_on": past(-1)}, RuleBrokenError, "assessed_on"),
		):
			with self.subTest(values=values), self.assertFieldError(exc, field):
				make_access_arrangement(self.student, SCHOOL_A, **values)
		self.assertNothingWritten(AA, {"student": self.student})

	def test_the_pupil_must_be_of_the_school(self):
		self.assertPupilMustBeOfTheSchool(make_access_arrangement, AA)

	def test_per_school_rule_for_one_school_trust_and_no_school_users(self):
		mine = make_access_arrangement(self.student, SCHOOL_A).name
		theirs = make_access_arrangement(make_student(SCHOOL_B, "Bo", "Bee").name, SCHOOL_B).name
		self.assertSchoolRule(AA, mine, theirs, readers=("SENCO", "SEND Staff"))

	def test_another_schools_user_is_refused_over_http(self):
		mine = make_access_arrangement(self.student, SCHOOL_A).name
		self.assertRefusedToOtherSchool(AA, mine, {"notes": "takeover"})

	def test_office_writes_staff_and_viewer_read(self):
		frappe.set_user(user_of(SCHOOL_A, "SEND Office"))
		doc = make_access_arrangement(self.student, SCHOOL_A)
		for role in ("SEND Staff", "SEND Viewer"):
			frappe.set_user(user_of(SCHOOL_A, role))
			self.assertTrue(frappe.has_permission(AA, "read", doc.name), role)
			self.assertFalse(frappe.has_permission(AA, "write", doc.name), role)
		frappe.set_user("Administrator")
