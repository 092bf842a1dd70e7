# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import frappe

from senco_app.exceptions import RuleBrokenError
from senco_app.rules.early_years import AREAS
from senco_app.tests.utils import PRIME_ON_TRACK
from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import SCHOOL_B
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import call_route
from senco_app.tests.utils import make_early_years_check
from senco_app.tests.utils import make_send_record
from senco_app.tests.utils import make_student
from senco_app.tests.utils import make_user
from senco_app.tests.utils import past
from senco_app.tests.utils import user_of

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE

EYC = "Early Years Check"
START = "senco_app.send.doctype.early_years_check.early_years_check.start_identification"
ALL_AREAS_EXPECTED = tuple((area, "Expected") for area in AREAS)
SOME_CONCERN = (("Communication and language", "Some concern"), *PRIME_ON_TRACK[1:])


def toddler(school=SCHOOL_A, first_name="Tia"):
	"""A pupil of about 29 months: 900 days old (a check 10 days ago finds them 29 months old)."""
	return make_student(school, first_name, "Toddler", date_of_birth=past(900), joining_date=past(60)).name


class TestEarlyYearsCheck(SencoTestCase):
	def test_a_concern_in_any_area_flags_the_check(self):
		pupil = toddler()
		self.assertEqual(make_early_years_check(pupil, SCHOOL_A).concern, 0)
		check = make_early_years_check(pupil, SCHOOL_A, areas=SOME_CONCERN)
		self.assertEqual(check.concern, 1)
		self.assertIsNone(check.send_record)
		# an EYFS profile in Reception: every area, Expected or Emerging
		child = make_student(
			SCHOOL_A, "Rae", "Reception", date_of_birth=past(5 * 365 + 100), joining_date=past(60)
		).name
		profile = make_early_years_check(
			child,
			SCHOOL_A,
			check_type="EYFS profile",
			areas=(*ALL_AREAS_EXPECTED[:3], ("Literacy", "Emerging"), *ALL_AREAS_EXPECTED[4:]),
		)
		self.assertEqual(profile.concern, 1)

	def test_bad_input_is_refused_naming_the_field_and_nothing_saved(self):
		pupil = toddler()
		for values, field in (
			({"check_date": past(-1), "shared_with_parents_on": None}, "check_date"),
			({"shared_with_parents_on": past(11)}, "shared_with_parents_on"),
			({"shared_with_parents_on": past(-1)}, "shared_with_parents_on"),
			# at 19 months: too young for the two-year check
			({"check_date": past(300), "shared_with_parents_on": None}, "check_type"),
			# at 29 months: too young for an EYFS profile
			({"check_type": "EYFS profile", "areas": ALL_AREAS_EXPECTED}, "check_type"),
			({"areas": (*PRIME_ON_TRACK, ("Physical development", "Some concern"))}, "area"),
			({"areas": ALL_AREAS_EXPECTED}, "outcome"),
			({"areas": PRIME_ON_TRACK[:2]}, "areas"),
			({"areas": ()}, "areas"),
		):
			with self.subTest(values=values), self.assertFieldError(RuleBrokenError, field):
				make_early_years_check(pupil, SCHOOL_A, **values)
		self.assertNothingWritten(EYC, {"student": pupil})

	def test_the_pupil_must_be_of_the_school(self):
		self.assertPupilMustBeOfTheSchool(make_early_years_check, EYC)

	def test_a_concern_opens_a_monitoring_record_once(self):
		pupil = toddler()
		check = make_early_years_check(pupil, SCHOOL_A, areas=SOME_CONCERN)
		frappe.set_user(user_of(SCHOOL_A))
		record = call_route(START, check=check.name)
		frappe.set_user("Administrator")
		saved = frappe.get_doc("SEND Record", record)
		self.assertEqual((saved.student, saved.school, saved.sen_provision), (pupil, SCHOOL_A, "Monitoring"))
		self.assertEqual(str(saved.date_identified), str(check.check_date))
		self.assertEqual(frappe.db.get_value(EYC, check.name, "send_record"), record)
		# taken again, or from a later check: the same record, never a second one
		later = make_early_years_check(
			pupil, SCHOOL_A, areas=SOME_CONCERN, check_date=past(2), shared_with_parents_on=None
		)
		self.assertEqual(later.send_record, record)
		frappe.set_user(user_of(SCHOOL_A, "SEND Office"))
		self.assertEqual(call_route(START, check=check.name), record)
		self.assertEqual(call_route(START, check=later.name), record)
		frappe.set_user("Administrator")
		self.assertEqual(frappe.db.count("SEND Record", {"student": pupil}), 1)

	def test_a_pupil_already_on_the_register_keeps_their_record(self):
		pupil = toddler()
		record = make_send_record(pupil, SCHOOL_A).name
		check = make_early_years_check(pupil, SCHOOL_A, areas=SOME_CONCERN)
		self.assertEqual(check.send_record, record)
		self.assertEqual(call_route(START, check=check.name), record)
		self.assertEqual(frappe.db.get_value("SEND Record", record, "sen_provision"), "SEN Support")
		self.assertEqual(frappe.db.count("SEND Record", {"student": pupil}), 1)

	def test_identification_is_refused_without_a_concern_or_the_right_to_change_the_check(self):
		pupil = toddler()
		calm = make_early_years_check(pupil, SCHOOL_A)
		with self.assertFieldError(RuleBrokenError, "concern"):
			call_route(START, check=calm.name)
		worried = make_early_years_check(pupil, SCHOOL_A, areas=SOME_CONCERN)
		nobody = make_user("noschool.senco.eyc@senco.test", ("SENCO",))
		for user in (
			user_of(SCHOOL_A, "SEND Staff"),
			user_of(SCHOOL_A, "SEND Viewer"),
			user_of(SCHOOL_B),
			nobody,
		):
			frappe.set_user(user)
			with self.subTest(user=user), self.assertRaises(frappe.PermissionError):
				call_route(START, check=worried.name)
		frappe.set_user("Administrator")
		self.assertNothingWritten("SEND Record", {"student": pupil})

	def test_per_school_rule_for_one_school_trust_and_no_school_users(self):
		mine = make_early_years_check(toddler(), SCHOOL_A).name
		theirs = make_early_years_check(toddler(SCHOOL_B, "Bo"), SCHOOL_B).name
		self.assertSchoolRule(
			EYC, mine, theirs, readers=("SENCO", "SEND Staff", "SEND Office", "SEND Viewer")
		)

	def test_another_schools_user_is_refused_over_http(self):
		mine = make_early_years_check(toddler(), SCHOOL_A).name
		self.assertRefusedToOtherSchool(EYC, mine, {"summary": "takeover"})
