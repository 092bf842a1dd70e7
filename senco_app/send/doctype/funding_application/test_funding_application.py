# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import frappe

from senco_app.exceptions import RuleBrokenError
from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import SCHOOL_B
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import TRUST
from senco_app.tests.utils import PupilTestCase
from senco_app.tests.utils import call_rest
from senco_app.tests.utils import call_route
from senco_app.tests.utils import make_funding_application
from senco_app.tests.utils import make_student
from senco_app.tests.utils import make_user
from senco_app.tests.utils import past
from senco_app.tests.utils import pupil_on_register
from senco_app.tests.utils import user_of

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE

FA = "Funding Application"


class TestFundingApplication(PupilTestCase):
	pupil = ("Fin", "Funded")

	def test_saved_with_the_register_record_and_evidence(self):
		doc = make_funding_application(
			self.student,
			SCHOOL_A,
			evidence=[{"description": "Provision map costing", "file": "/private/files/costing.pdf"}],
			period_start=past(10),
			period_end=past(-120),
		)
		self.assertEqual(doc.send_record, self.record)
		self.assertEqual(doc.evidence[0].description, "Provision map costing")

	def test_bad_input_is_refused_naming_the_field_and_nothing_saved(self):
		for values, field in (
			({"amount_requested": 0}, "amount_requested"),
			({"amount_awarded": 2500}, "award_reason"),
			({"status": "Submitted"}, "amount_awarded"),
			({"status": "Refused", "amount_awarded": 0, "decision_date": None}, "decision_date"),
			({"decision_date": past(41)}, "decision_date"),
			(
				{
					"application_date": past(-1),
					"decision_date": None,
					"status": "Submitted",
					"amount_awarded": 0,
				},
				"application_date",
			),
			({"period_start": past(1), "period_end": past(2)}, "period_end"),
			({"funding_type": "Other"}, "other_type"),
		):
			with self.subTest(values=values), self.assertFieldError(RuleBrokenError, field):
				make_funding_application(self.student, SCHOOL_A, **values)
		self.assertNothingWritten(FA, {"student": self.student})
		make_funding_application(self.student, SCHOOL_A, amount_awarded=2500, award_reason="LA band C")

	def test_a_pupil_with_an_ehc_plan_has_no_top_up_without_a_plan(self):
		planned = pupil_on_register(SCHOOL_A, "Pia", "Planned", provision="EHC Plan").student
		with self.assertFieldError(RuleBrokenError, "funding_type"):
			make_funding_application(planned, SCHOOL_A, funding_type="High-needs top-up (no EHC plan)")
		self.assertNothingWritten(FA, {"student": planned})
		make_funding_application(self.student, SCHOOL_A, funding_type="High-needs top-up (no EHC plan)")

	def test_the_pupil_must_be_of_the_school(self):
		self.assertPupilMustBeOfTheSchool(make_funding_application, FA)

	def test_per_school_rule_for_one_school_trust_and_no_school_users(self):
		mine = make_funding_application(self.student, SCHOOL_A).name
		theirs = make_funding_application(make_student(SCHOOL_B, "Bo", "Bee").name, SCHOOL_B).name
		self.assertSchoolRule(FA, mine, theirs, readers=("SENCO", "SEND Office"))
		frappe.set_user(user_of(SCHOOL_A, "SEND Staff"))
		self.assertFalse(frappe.has_permission(FA, "write", mine))

	def test_another_schools_user_is_refused_over_http(self):
		mine = make_funding_application(self.student, SCHOOL_A).name
		self.assertRefusedToOtherSchool(FA, mine, {"decision_notes": "takeover"})
