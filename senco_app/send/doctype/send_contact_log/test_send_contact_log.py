# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import frappe
from frappe.utils import add_days
from frappe.utils import now_datetime
from frappe.utils import today

from senco_app.exceptions import CrossSchoolLinkError
from senco_app.exceptions import RuleBrokenError
from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import SCHOOL_B
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import PupilTestCase
from senco_app.tests.utils import make_contact
from senco_app.tests.utils import make_review
from senco_app.tests.utils import make_student
from senco_app.tests.utils import user_of

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE


class TestSENDContactLog(PupilTestCase):
	pupil = ("Cora", "Contact")

	def test_parent_meetings_count_toward_three_a_year(self):
		make_review(self.student, SCHOOL_A, meeting_date=str(add_days(today(), -100)))
		make_review(self.student, SCHOOL_A, meeting_date=str(add_days(today(), -50)))
		self.assertEqual(frappe.db.get_value("SEND Record", self.record, "too_few_parent_meetings"), 1)
		make_contact(self.student, SCHOOL_A, days_ago=5, contact_type="Home visit")
		make_contact(self.student, SCHOOL_A, days_ago=4, contact_type="Phone")  # a call is not a meeting
		self.assertEqual(frappe.db.get_value("SEND Record", self.record, "parent_meetings_12m"), 3)
		self.assertEqual(frappe.db.get_value("SEND Record", self.record, "too_few_parent_meetings"), 0)

	def test_future_contact_and_wrong_guardian_are_rejected(self):
		with self.assertFieldError(RuleBrokenError, "contact_datetime"):
			make_contact(self.student, SCHOOL_A, contact_datetime=add_days(now_datetime(), 1))
		guardian = frappe.get_doc({"doctype": "Guardian", "guardian_name": "Not Theirs"}).insert().name
		with self.assertFieldError(CrossSchoolLinkError, "guardian"):
			make_contact(self.student, SCHOOL_A, guardian=guardian)
		with self.assertFieldError(CrossSchoolLinkError, "student"):
			make_contact(self.student, SCHOOL_B)
		self.assertNothingWritten("SEND Contact Log", {"student": self.student})

	def test_confidential_entries_are_for_the_senco_only(self):
		open_entry = make_contact(self.student, SCHOOL_A).name
		secret = make_contact(
			self.student, SCHOOL_A, confidential=1, summary="Disclosure passed to the DSL"
		).name
		names = [open_entry, secret]
		for role in ("SEND Office", "SEND Staff"):
			frappe.set_user(user_of(SCHOOL_A, role))
			self.assertEqual(
				set(frappe.get_list("SEND Contact Log", filters={"name": ["in", names]}, pluck="name")),
				{open_entry},
			)
			with self.assertRaises(frappe.PermissionError):
				frappe.client.get("SEND Contact Log", secret)
			frappe.set_user("Administrator")
		frappe.set_user(user_of(SCHOOL_A))
		self.assertEqual(
			set(frappe.get_list("SEND Contact Log", filters={"name": ["in", names]}, pluck="name")),
			set(names),
		)

	def test_isolation_and_follow_up_notification(self):
		from senco_app.tests.test_review_schedule import trigger_daily_alerts

		owner = user_of(SCHOOL_A, "SEND Staff")
		mine = make_contact(self.student, SCHOOL_A, follow_up_date=today(), follow_up_owner=owner).name
		pupil_b = make_student(SCHOOL_B, "Bea", "Contact").name
		theirs = make_contact(pupil_b, SCHOOL_B).name
		frappe.set_user(owner)
		self.assertEqual(
			set(frappe.get_list("SEND Contact Log", filters={"name": ["in", [mine, theirs]]}, pluck="name")),
			{mine},
		)
		frappe.set_user("Administrator")
		trigger_daily_alerts()
		self.assertTrue(frappe.db.exists("Notification Log", {"for_user": owner, "document_name": mine}))

	def test_send_record_timeline_shows_plans_reviews_referrals_and_contacts_as_permitted(self):
		from senco_app.send.doctype.send_record.send_record_timeline import send_record_timeline
		from senco_app.tests.utils import make_referral

		review = make_review(self.student, SCHOOL_A).name
		referral = make_referral(self.student, SCHOOL_A).name
		contact = make_contact(self.student, SCHOOL_A).name
		secret = make_contact(self.student, SCHOOL_A, confidential=1).name

		def timeline(user):
			frappe.set_user(user)
			text = " ".join(i["content"] for i in send_record_timeline("SEND Record", self.record))
			frappe.set_user("Administrator")
			return text

		senco = timeline(user_of(SCHOOL_A))
		for name in (review, referral, contact, secret):
			self.assertIn(name, senco)
		staff = timeline(user_of(SCHOOL_A, "SEND Staff"))
		self.assertIn(contact, staff)
		self.assertNotIn(secret, staff)
