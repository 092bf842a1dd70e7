# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import frappe
from frappe.desk.query_report import run as run_report
from frappe.utils import add_days, getdate

from senco_app.rules.statutory import add_months
from senco_app.tests.utils import (
	SCHOOL_A,
	SCHOOL_B,
	TEST_IGNORE,
	SencoTestCase,
	enroll,
	make_ehc_plan,
	make_send_record,
	make_student,
	make_user,
	past,
)

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE


class TestAnnualReviewsDue(SencoTestCase):
	def test_reviews_in_window_with_step_dates_and_phase_transfer(self):
		soon = make_student(SCHOOL_A, "Soon", "Review").name
		make_send_record(soon, SCHOOL_A)
		make_ehc_plan(soon, SCHOOL_A, request_date=past(500), status="Issued", issue_date=past(330))
		later = make_student(SCHOOL_A, "Later", "Review").name
		make_send_record(later, SCHOOL_A)
		make_ehc_plan(later, SCHOOL_A, request_date=past(300), status="Issued", issue_date=past(100))
		leaver = make_student(SCHOOL_A, "Year6", "Leaver").name
		enroll(leaver, "Year 6")
		make_send_record(leaver, SCHOOL_A)
		make_ehc_plan(leaver, SCHOOL_A, request_date=past(300), status="Issued", issue_date=past(100))
		other = make_student(SCHOOL_B, "Other", "Review").name
		make_send_record(other, SCHOOL_B)
		make_ehc_plan(other, SCHOOL_B, request_date=past(500), status="Issued", issue_date=past(330))

		result = run_report("Annual Reviews Due", filters={"school": SCHOOL_A, "window_days": 60})
		rows = {r["student"]: r for r in result["result"]}
		self.assertIn(soon, rows)
		self.assertNotIn(later, rows)
		due = add_months(getdate(past(330)), 12)
		self.assertEqual(getdate(rows[soon]["next_annual_review_due"]), due)
		self.assertEqual(getdate(rows[soon]["invitations_due"]), getdate(add_days(due, -14)))
		self.assertEqual(getdate(rows[soon]["la_decision_due"]), getdate(add_days(due, 28)))

		result = run_report(
			"Annual Reviews Due", filters={"school": SCHOOL_A, "window_days": 400, "phase_transfer_only": 1}
		)
		self.assertEqual(
			[(r["student"], r["phase_transfer"]) for r in result["result"]], [(leaver, "School transfer")]
		)

		frappe.set_user(make_user("ard.viewer.a@senco.test", ("SEND Viewer",), (SCHOOL_A,)))
		result = run_report("Annual Reviews Due", filters={"window_days": 400})
		self.assertEqual({r["school"] for r in result["result"]}, {SCHOOL_A})
