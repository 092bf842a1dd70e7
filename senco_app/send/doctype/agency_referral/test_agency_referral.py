# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import frappe
from frappe.utils import getdate
from frappe.utils import today

from senco_app.exceptions import CrossSchoolLinkError
from senco_app.exceptions import RuleBrokenError
from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import SCHOOL_B
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import PupilTestCase
from senco_app.tests.utils import make_agency
from senco_app.tests.utils import make_referral
from senco_app.tests.utils import make_student
from senco_app.tests.utils import past
from senco_app.tests.utils import user_of

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE


class TestAgencyReferral(PupilTestCase):
	pupil = ("Remy", "Referral")

	def test_lifecycle_with_status_log_waiting_time_and_report(self):
		ref = make_referral(self.student, SCHOOL_A, status="Draft")
		self.assertEqual(ref.send_record, self.record)
		for status in ("Referred", "Accepted", "Waiting"):
			ref.status = status
			ref.save()
		self.assertEqual(ref.waiting_days, 60)  # still waiting: days so far
		ref.append("appointments", {"appointment_date": past(25), "with_whom": "Dr Psych"})
		ref.status = "Seen"
		ref.save()
		self.assertEqual((getdate(ref.first_appointment_date), ref.waiting_days), (getdate(past(25)), 35))
		ref.update(
			{
				"status": "Report Received",
				"report_received_date": past(5),
				"report": "/private/files/ep-report.pdf",
			}
		)
		ref.save()
		ref.status = "Discharged"
		ref.save()
		log = [(r.from_status, r.to_status) for r in ref.status_log]
		self.assertEqual(
			log,
			[
				(None, "Draft"),
				("Draft", "Referred"),
				("Referred", "Accepted"),
				("Accepted", "Waiting"),
				("Waiting", "Seen"),
				("Seen", "Report Received"),
				("Report Received", "Discharged"),
			],
		)
		self.assertEqual(getdate(ref.closed_on), getdate(today()))

	def test_status_log_sent_by_the_client_is_ignored(self):
		ref = make_referral(self.student, SCHOOL_A)
		ref.set("status_log", [])
		ref.save()
		self.assertEqual([r.to_status for r in ref.status_log], ["Referred"])

	def test_consent_rule_both_ways(self):
		with self.assertFieldError(RuleBrokenError, "parental_consent"):
			make_referral(self.student, SCHOOL_A, parental_consent=0, consent_date=None)
		self.assertNothingWritten("Agency Referral", {"student": self.student})
		ref = make_referral(
			self.student,
			SCHOOL_A,
			parental_consent=0,
			consent_date=None,
			without_consent_reason="Safeguarding: referral made by the DSL",
		)
		self.assertEqual(ref.status, "Referred")

	def test_consent_and_date_problems_are_given_together(self):
		frappe.clear_messages()
		with self.assertFieldError(RuleBrokenError, "parental_consent"):
			make_referral(
				self.student,
				SCHOOL_A,
				parental_consent=0,
				consent_date=None,
				appointments=[{"appointment_date": past(70)}],
			)
		self.assertNothingWritten("Agency Referral", {"student": self.student})
		# one message naming both problems (the consent and the appointment row)
		messages = [str(m.get("message")) for m in frappe.get_message_log()]
		self.assertEqual(len(messages), 1)
		self.assertEqual(messages[0].count("<br>"), 1)

	def test_backwards_needs_a_note(self):
		ref = make_referral(
			self.student, SCHOOL_A, status="Seen", appointments=[{"appointment_date": past(10)}]
		)
		ref.status = "Waiting"
		with self.assertFieldError(RuleBrokenError, "status_note"):
			ref.save()
		self.assertEqual(frappe.db.get_value("Agency Referral", ref.name, "status"), "Seen")
		ref.reload()
		ref.status, ref.status_note = "Waiting", "Second assessment booked"
		ref.save()
		self.assertEqual(ref.status_log[-1].note, "Second assessment booked")

	def test_bad_input(self):
		disabled = make_agency("_Test Closed Service", disabled=1)
		with self.assertFieldError(RuleBrokenError, "agency"):
			make_referral(self.student, SCHOOL_A, agency=disabled)
		with self.assertFieldError(RuleBrokenError, "appointments"):
			make_referral(self.student, SCHOOL_A, appointments=[{"appointment_date": past(70)}])
		with self.assertFieldError(RuleBrokenError, "report_received_date"):
			make_referral(self.student, SCHOOL_A, report_received_date=past(90))
		with self.assertFieldError(CrossSchoolLinkError, "student"):
			make_referral(self.student, SCHOOL_B)
		other_agency = make_agency("_Test B Outreach", "Specialist Teaching / Outreach", school=SCHOOL_B)
		with self.assertFieldError(CrossSchoolLinkError, "agency"):
			make_referral(self.student, SCHOOL_A, agency=other_agency)
		self.assertNothingWritten("Agency Referral", {"student": self.student})

	def test_office_cannot_read_agency_reports_and_isolation(self):
		ref = make_referral(
			self.student,
			SCHOOL_A,
			status="Report Received",
			report_received_date=past(3),
			report="/private/files/report.pdf",
			report_notes="Working memory 2nd centile",
		)
		pupil_b = make_student(SCHOOL_B, "Bea", "Referral").name
		theirs = make_referral(pupil_b, SCHOOL_B).name
		frappe.set_user(user_of(SCHOOL_A, "SEND Office"))
		seen = frappe.client.get("Agency Referral", ref.name)
		self.assertFalse(seen.get("report") or seen.get("report_notes"))
		self.assertEqual(
			set(
				frappe.get_list("Agency Referral", filters={"name": ["in", [ref.name, theirs]]}, pluck="name")
			),
			{ref.name},
		)
		with self.assertRaises(frappe.PermissionError):
			frappe.client.get("Agency Referral", theirs)
		frappe.set_user(user_of(SCHOOL_A))
		self.assertEqual(
			frappe.client.get("Agency Referral", ref.name)["report_notes"], "Working memory 2nd centile"
		)

	def test_next_action_notification(self):
		from senco_app.tests.test_review_schedule import trigger_daily_alerts

		owner = user_of(SCHOOL_A, "SEND Office")
		ref = make_referral(
			self.student,
			SCHOOL_A,
			next_action="Chase appointment",
			next_action_date=today(),
			next_action_owner=owner,
		)
		trigger_daily_alerts()
		self.assertTrue(frappe.db.exists("Notification Log", {"for_user": owner, "document_name": ref.name}))
