# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import frappe
from frappe.utils import add_days
from frappe.utils import today

from senco_app.exceptions import CrossSchoolLinkError
from senco_app.exceptions import RuleBrokenError
from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import SCHOOL_B
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import call_rest
from senco_app.tests.utils import make_review
from senco_app.tests.utils import make_send_record
from senco_app.tests.utils import make_student
from senco_app.tests.utils import make_user
from senco_app.tests.utils import past

# built by the factories, not by Frappe's test records
test_ignore = ["Student", "Company", "User", "SEN Need Type", "SEND Record", "SEND Review"]
IGNORE_TEST_RECORD_DEPENDENCIES = test_ignore

SENCO_B = "transfer.senco.b@senco.test"


def make_transfer(student: str, school: str, **values):
	doc = frappe.get_doc(
		{
			"doctype": "Pupil Transfer",
			"student": student,
			"school": school,
			"leaving_date": past(1),
			"destination_name": "Testshire Academy",
			"destination_urn": "123456",
			"sent_items": [
				{
					"item": "CTF",
					"date_sent": past(1),
					"sent_by": "School to School (S2S)",
					"sent_to": "Admissions",
				}
			],
			**values,
		}
	)
	doc.insert()
	return doc


class TestPupilTransfer(SencoTestCase):
	def setUp(self):
		super().setUp()
		self.pupil = make_student(SCHOOL_A, "Transfer", "Pupil").name
		self.record = make_send_record(self.pupil, SCHOOL_A, start_date=past(60))

	def test_a_transfer_records_where_and_what_was_sent(self):
		review = make_review(self.pupil, SCHOOL_A, review_type="Transition Review", meeting_date=past(10))
		doc = make_transfer(self.pupil, SCHOOL_A, transition_review=review.name)
		self.assertEqual(doc.send_record, self.record.name)
		self.assertEqual([(r.item, r.sent_to) for r in doc.sent_items], [("CTF", "Admissions")])

	def test_a_planned_leaving_date_may_be_ahead(self):
		make_transfer(self.pupil, SCHOOL_A, leaving_date=add_days(today(), 30), sent_items=[])

	def test_leaving_date_not_before_the_record_start(self):
		with self.assertFieldError(RuleBrokenError, "leaving_date"):
			make_transfer(self.pupil, SCHOOL_A, leaving_date=past(61))
		self.assertNothingWritten("Pupil Transfer", {"student": self.pupil})

	def test_destination_urn_is_six_digits(self):
		with self.assertFieldError(RuleBrokenError, "destination_urn"):
			make_transfer(self.pupil, SCHOOL_A, destination_urn="12345X")

	def test_nothing_is_sent_on_a_day_to_come(self):
		with self.assertFieldError(RuleBrokenError, "sent_items"):
			make_transfer(
				self.pupil, SCHOOL_A, sent_items=[{"item": "SEND file", "date_sent": add_days(today(), 2)}]
			)

	def test_the_transition_review_is_one(self):
		review = make_review(self.pupil, SCHOOL_A, review_type="SEN Support Review")
		with self.assertFieldError(RuleBrokenError, "transition_review"):
			make_transfer(self.pupil, SCHOOL_A, transition_review=review.name)

	def test_the_pupil_is_of_the_school(self):
		with self.assertFieldError(CrossSchoolLinkError, "student"):
			make_transfer(self.pupil, SCHOOL_B)

	def test_another_schools_senco_cannot_read_or_write_it(self):
		name = make_transfer(self.pupil, SCHOOL_A).name
		make_user(SENCO_B, ("SENCO",), (SCHOOL_B,))
		frappe.set_user(SENCO_B)
		for method, data in (("GET", None), ("PUT", {"destination_name": "Elsewhere"})):
			with self.assertRaises(frappe.PermissionError, msg=method):
				call_rest(method, "Pupil Transfer", name, data=data)
		frappe.set_user("Administrator")
		self.assertEqual(frappe.db.get_value("Pupil Transfer", name, "destination_name"), "Testshire Academy")

	def test_the_ctf_names_the_destination(self):
		from senco_app.services.common_transfer_file import export_sen_history

		make_transfer(self.pupil, SCHOOL_A)
		_filename, xml = export_sen_history(self.record.name)
		self.assertIn("<URN>123456</URN>", xml)
		self.assertIn("<SchoolName>Testshire Academy</SchoolName>", xml)
