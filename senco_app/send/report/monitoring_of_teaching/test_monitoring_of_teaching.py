# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import frappe
from frappe.desk.query_report import run as run_report
from frappe.utils import add_days
from frappe.utils import today

from senco_app.rules.staff_development import TERM_FIGURES
from senco_app.tests.utils import SCHOOL_B
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import make_academic_term
from senco_app.tests.utils import make_academic_year
from senco_app.tests.utils import make_monitoring_visit
from senco_app.tests.utils import make_school
from senco_app.tests.utils import past
from senco_app.tests.utils import user_of

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE

REPORT = "Monitoring of Teaching"
SCHOOL = "_SENCO Monitoring School"
# terms of a year long past, so no other test's terms hold the visits
YEAR = "_SENCO Monitoring Year"
DAYS_AGO = 7000


class TestMonitoringOfTeaching(SencoTestCase):
	def setUp(self):
		super().setUp()
		make_school(SCHOOL, send_phase="Primary")
		year = make_academic_year(YEAR, past(DAYS_AGO), past(DAYS_AGO - 300))
		self.first = make_academic_term(year, "First", past(DAYS_AGO), past(DAYS_AGO - 100))
		self.second = make_academic_term(year, "Second", past(DAYS_AGO - 101), past(DAYS_AGO - 300))
		owner = user_of(SCHOOL, "SEND Staff")

		def action(due_in: int, **values):
			return {
				"action": "Check the plan's targets",
				"action_owner": owner,
				"due_date": add_days(today(), due_in),
				**values,
			}

		def visit(visit_type, days_ago, actions=(), school=SCHOOL):
			make_monitoring_visit(
				school, visit_type=visit_type, visit_date=past(days_ago), actions=list(actions)
			)

		done = {"status": "Done", "done_date": past(1)}
		visit("Learning walk", DAYS_AGO - 10, [action(-DAYS_AGO + 20, **done)])
		visit("Learning walk", DAYS_AGO - 20)
		visit("Book look", DAYS_AGO - 50, [action(-10), action(10)])
		visit("Lesson observation", DAYS_AGO - 150, [action(-1), action(-1, **done), action(30)])
		visit("Pupil voice", DAYS_AGO - 200)
		visit("Book look", DAYS_AGO + 10)  # before the first term: left out
		visit("Pupil voice", DAYS_AGO - 150, school=SCHOOL_B)

	def test_visits_and_actions_by_term_hand_worked(self):
		result = run_report(REPORT, filters={"school": SCHOOL, "from_date": past(DAYS_AGO + 30)})
		rows = [(r["term"], *(r[k] for k in TERM_FIGURES)) for r in result["result"]]
		self.assertEqual(
			rows,
			[
				# 2 walks and a book look; 3 actions: 1 done, 2 open of which 1 past its date
				(self.first, 2, 1, 0, 0, 3, 3, 1, 2, 1),
				# an observation and pupil voice; 3 actions: 1 done, 2 open, 1 overdue
				(self.second, 0, 0, 1, 1, 2, 3, 1, 2, 1),
			],
		)
		summary = {s["label"]: s["value"] for s in result["report_summary"]}
		self.assertEqual(summary, {"Visits": 5, "Actions agreed": 6, "Actions done": 2, "Actions overdue": 2})
		chart = result["chart"]["data"]
		self.assertEqual(chart["labels"], [self.first, self.second])
		self.assertEqual([d["values"] for d in chart["datasets"]], [[2, 0], [1, 0], [0, 1], [0, 1]])

	def test_each_reader_gets_their_schools_only(self):
		since = {"from_date": past(DAYS_AGO + 30)}
		self.assertReportSchools(REPORT, user_of(SCHOOL, "SEND Viewer"), (SCHOOL,), **since)
		self.assertReportSchools(REPORT, user_of(SCHOOL_B, "SENCO"), (SCHOOL_B,), **since)
		frappe.set_user(user_of(SCHOOL_B, "SENCO"))
		self.assertEqual(run_report(REPORT, filters={"school": SCHOOL, **since})["result"], [])
		for role in ("SEND Governor", "SEND Office"):
			frappe.set_user(user_of(SCHOOL, role))
			with self.assertRaises(frappe.PermissionError):
				run_report(REPORT, filters={})
		frappe.set_user("Administrator")
