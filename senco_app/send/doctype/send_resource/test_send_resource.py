# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import frappe

from senco_app.exceptions import CrossSchoolLinkError
from senco_app.exceptions import RuleBrokenError
from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import SCHOOL_B
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import loan
from senco_app.tests.utils import make_resource
from senco_app.tests.utils import make_student
from senco_app.tests.utils import past
from senco_app.tests.utils import user_of

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE

RES = "SEND Resource"
# what the SEND Record form asks for (send_record.js, show_loans): the pupil's loans not returned
PUPIL_LOANS = {
	"fields": ["item", "`tabSEND Resource Loan`.due_back_date as due_back_date"],
	"filters": [["SEND Resource Loan", "returned_date", "is", "not set"]],
}


class TestSENDResource(SencoTestCase):
	def setUp(self):
		super().setUp()
		self.pupil = make_student(SCHOOL_A, "Lena", "Loan").name
		self.other = make_student(SCHOOL_A, "Otto", "Other").name

	def test_status_and_borrower_follow_the_loans_and_condition(self):
		doc = make_resource(
			SCHOOL_A,
			loans=(loan(self.other, 40, -20, 25), loan(self.pupil, 10, 20)),
		)
		self.assertEqual(
			(doc.status, doc.on_loan_to, doc.on_loan_to_name, str(doc.due_back_date)),
			("On loan", self.pupil, "Lena Loan", past(-20)),
		)
		doc.loans[1].returned_date = past(0)
		doc.loans[1].condition_in = "Poor"
		doc.save()
		self.assertEqual((doc.status, doc.on_loan_to, doc.due_back_date), ("Available", None, None))
		doc.condition = "Out of service"
		doc.save()
		self.assertEqual(doc.status, "Out of service")

	def test_the_register_record_form_lists_the_pupils_loans_in_the_school_only(self):
		make_resource(SCHOOL_A, item="Reading pen", loans=(loan(self.pupil, 5, 2),))
		make_resource(SCHOOL_A, item="Returned tablet", loans=(loan(self.pupil, 30, -20, 21),))
		make_resource(SCHOOL_A, item="Other pupil's chair", loans=(loan(self.other),))

		def loans_of(pupil):
			filters = [*PUPIL_LOANS["filters"], ["SEND Resource Loan", "student", "=", pupil]]
			return [
				(r.item, str(r.due_back_date))
				for r in frappe.get_list(RES, fields=PUPIL_LOANS["fields"], filters=filters)
			]

		frappe.set_user(user_of(SCHOOL_A, "SEND Staff"))
		self.assertEqual(loans_of(self.pupil), [("Reading pen", past(-2))])
		frappe.set_user(user_of(SCHOOL_B, "SEND Staff"))
		self.assertEqual(loans_of(self.pupil), [])

	def test_bad_input_is_refused_naming_the_field_and_nothing_saved(self):
		marker = "Refused reader pen"
		for values, field in (
			({"purchase_date": past(-1)}, "purchase_date"),
			({"cost": -5}, "cost"),
			({"review_date": past(101)}, "review_date"),
			({"loans": [loan(self.pupil, 10, -11)]}, "due_back_date"),
			({"loans": [loan(self.pupil, 10, 5, 11)]}, "returned_date"),
			({"loans": [loan(self.pupil, 10, 5, -1)]}, "returned_date"),
			({"loans": [loan(self.pupil, 10), loan(self.other, 5)]}, "returned_date"),
			({"loans": [loan(self.pupil, 10, 5, 2), loan(self.other, 5, 5, 1)]}, "from_date"),
			({"condition": "Out of service", "loans": [loan(self.pupil)]}, "condition"),
		):
			with self.subTest(values=values), self.assertFieldError(RuleBrokenError, field):
				make_resource(SCHOOL_A, item=marker, **values)
		self.assertNothingWritten(RES, {"item": marker})

	def test_pupils_must_be_of_the_school(self):
		elsewhere = make_student(SCHOOL_B, "Bea", "Elsewhere").name
		marker = "Cross-school chair"
		with self.assertFieldError(CrossSchoolLinkError, "student"):
			make_resource(SCHOOL_A, item=marker, student=elsewhere)
		with self.assertFieldError(CrossSchoolLinkError, "student"):
			make_resource(SCHOOL_A, item=marker, loans=(loan(elsewhere),))
		self.assertNothingWritten(RES, {"item": marker})
		self.assertFalse(frappe.db.exists("SEND Resource Loan", {"student": elsewhere}))

	def test_per_school_rule_for_one_school_trust_and_no_school_users(self):
		mine = make_resource(SCHOOL_A, loans=(loan(self.pupil),)).name
		theirs = make_resource(SCHOOL_B).name
		self.assertSchoolRule(
			RES, mine, theirs, readers=("SENCO", "SEND Staff", "SEND Office", "SEND Viewer")
		)

	def test_another_schools_user_is_refused_over_http(self):
		mine = make_resource(SCHOOL_A).name
		self.assertRefusedToOtherSchool(RES, mine, {"notes": "takeover"})

	def test_office_writes_staff_and_viewer_read(self):
		frappe.set_user(user_of(SCHOOL_A, "SEND Office"))
		doc = make_resource(SCHOOL_A, loans=(loan(self.pupil),))
		for role in ("SEND Staff", "SEND Viewer"):
			frappe.set_user(user_of(SCHOOL_A, role))
			self.assertTrue(frappe.has_permission(RES, "read", doc.name), role)
			self.assertFalse(frappe.has_permission(RES, "write", doc.name), role)
		frappe.set_user("Administrator")
