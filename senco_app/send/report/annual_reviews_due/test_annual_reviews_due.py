# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

from frappe.desk.query_report import run as run_report
from frappe.utils import add_days
from frappe.utils import getdate
from frappe.utils import today

from senco_app.rules.statutory import add_months
from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import SCHOOL_B
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import enroll
from senco_app.tests.utils import make_ehc_plan
from senco_app.tests.utils import past
from senco_app.tests.utils import pupil_on_register
from senco_app.tests.utils import user_of

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE


class TestAnnualReviewsDue(SencoTestCase):
	def test_reviews_in_window_with_step_dates_and_phase_transfer(self):
		def issued(school, first, requested, issued, year=None):
			pupil = pupil_on_register(school, first, "Review").student
			if year:
				enroll(pupil, year)
			make_ehc_plan(
				pupil, school, request_date=past(requested), status="Issued", issue_date=past(issued)
			)
			return pupil

		soon = issued(SCHOOL_A, "Soon", 500, 330)
		later = issued(SCHOOL_A, "Later", 300, 100)
		leaver = issued(SCHOOL_A, "Year6", 300, 100, year="Year 6")
		issued(SCHOOL_B, "Other", 500, 330)

		result = run_report("Annual Reviews Due", filters={"school": SCHOOL_A, "window_days": 60})
		rows = {r["student"]: r for r in result["result"]}
		self.assertIn(soon, rows)
		self.assertNotIn(later, rows)
		due = add_months(getdate(past(330)), 12)
		self.assertEqual(getdate(rows[soon]["next_annual_review_due"]), due)
		self.assertEqual(getdate(rows[soon]["invitations_due"]), getdate(add_days(due, -14)))
		self.assertEqual(getdate(rows[soon]["la_decision_due"]), getdate(add_days(due, 28)))

		# the window's last day is in it, the day after is not
		days = (due - getdate(today())).days
		for window, shown in ((days, True), (days - 1, False)):
			result = run_report("Annual Reviews Due", filters={"school": SCHOOL_A, "window_days": window})
			self.assertEqual(soon in {r["student"] for r in result["result"]}, shown, window)

		result = run_report(
			"Annual Reviews Due", filters={"school": SCHOOL_A, "window_days": 400, "phase_transfer_only": 1}
		)
		self.assertEqual(
			[(r["student"], r["phase_transfer"]) for r in result["result"]], [(leaver, "School transfer")]
		)

		self.assertReportSchools(
			"Annual Reviews Due", user_of(SCHOOL_A, "SEND Viewer"), {SCHOOL_A}, window_days=400
		)
