# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

from frappe.desk.query_report import run as run_report

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


class TestSENDResources(SencoTestCase):
	def setUp(self):
		super().setUp()
		pupil = make_student(SCHOOL_A, "Rhea", "Register").name
		# A: lent 30 days ago, due back 3 days ago, not returned: overdue by 3; check in 60 days
		make_resource(SCHOOL_A, item="A laptop", loans=(loan(pupil, 30, -3),))
		# B: lent and returned; check in 10 days (due within 30)
		make_resource(
			SCHOOL_A, item="B tablet", cost=400, review_date=past(-10), loans=(loan(pupil, 30, -20, 21),)
		)
		# C: out of service, check 5 days overdue
		make_resource(
			SCHOOL_A,
			item="C chair",
			category="Specialist seating",
			cost=1200.5,
			condition="Out of service",
			review_date=past(5),
		)
		make_resource(SCHOOL_B, item="D elsewhere", cost=99)

	def test_status_borrower_overdue_reviews_and_value(self):
		result = run_report("SEND Resources", filters={"school": SCHOOL_A})
		rows = {r["item"]: r for r in result["result"]}
		self.assertEqual(
			[r["item"] for r in result["result"]], ["A laptop", "B tablet", "C chair"]
		)  # by category, then item
		self.assertEqual(
			[(r["status"], r["on_loan_to_name"], r["days_overdue"], r["review_due"]) for r in rows.values()],
			[
				("On loan", "Rhea Register", 3, 0),
				("Available", None, 0, 1),
				("Out of service", None, 0, 1),
			],
		)
		self.assertEqual(result["chart"]["data"]["labels"], ["ICT aid", "Specialist seating"])
		self.assertEqual(result["chart"]["data"]["datasets"][0]["values"], [1000.0, 1200.5])
		summary = [s["value"] for s in result["report_summary"]]
		self.assertEqual(summary, [3, 1, 1, 2, 2200.5])

	def test_category_and_review_window_filters(self):
		result = run_report("SEND Resources", filters={"school": SCHOOL_A, "category": "Specialist seating"})
		self.assertEqual([r["item"] for r in result["result"]], ["C chair"])
		result = run_report("SEND Resources", filters={"school": SCHOOL_A, "review_within": 0})
		self.assertEqual([r["item"] for r in result["result"] if r["review_due"]], ["C chair"])

	def test_a_user_sees_their_schools_only(self):
		self.assertReportSchools("SEND Resources", user_of(SCHOOL_B, "SEND Viewer"), (SCHOOL_B,))
		self.assertReportSchools("SEND Resources", user_of(SCHOOL_A, "SEND Staff"), (SCHOOL_A,))
