# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import frappe
from frappe.utils import getdate

from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import SCHOOL_B
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import TRUST
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import make_accessibility_plan
from senco_app.tests.utils import make_user
from senco_app.tests.utils import past
from senco_app.tests.utils import report_as
from senco_app.tests.utils import user_of

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE

REPORT = "Accessibility Plan Progress"


class TestAccessibilityPlanProgress(SencoTestCase):
	def setUp(self):
		super().setUp()
		self.owner = user_of(SCHOOL_A)
		# Hand-worked, today: 6 actions; Dropped 1, so 5 count; Done 2 -> 40.0 %. Overdue: the
		# curriculum action due 10 days ago (10 days) and the information action due yesterday (1 day);
		# the environment action due today is not overdue yet.
		make_accessibility_plan(
			SCHOOL_A,
			title="A plan",
			actions=(
				{"area": "Curriculum", "start_date": past(60), "target_date": past(10), "action_owner": self.owner},
				{"area": "Curriculum", "start_date": past(60), "target_date": past(20), "status": "Done", "completion_date": past(25)},
				{"area": "Physical environment", "start_date": past(5), "target_date": past(0), "status": "Not started"},
				{"area": "Physical environment", "start_date": past(90), "target_date": past(50), "status": "Dropped"},
				{"area": "Information", "start_date": past(30), "target_date": past(1), "status": "Not started"},
				{"area": "Information", "start_date": past(30), "target_date": past(-40), "status": "Done", "completion_date": past(2)},
			),
		)  # fmt: skip
		# the plan before it: shown only as at a day in its period
		make_accessibility_plan(
			SCHOOL_A,
			title="Old plan",
			plan_from=past(1200),
			plan_to=past(366),
			actions=({"start_date": past(700), "target_date": past(600), "status": "Not started"},),
		)
		make_accessibility_plan(SCHOOL_B, title="B plan")

	def report(self, user="Administrator", **filters):
		return report_as(user, REPORT, **filters)

	def test_actions_by_area_and_status_with_the_overdue_ones(self):
		result = self.report(school=SCHOOL_A)
		rows = [
			(r["plan"], r["area"], getdate(r["target_date"]), r["status"], r["overdue"], r["days_overdue"])
			for r in result["result"]
		]
		self.assertEqual(
			rows,
			[
				("A plan", "Curriculum", getdate(past(20)), "Done", 0, 0),
				("A plan", "Curriculum", getdate(past(10)), "In progress", 1, 10),
				("A plan", "Physical environment", getdate(past(50)), "Dropped", 0, 0),
				("A plan", "Physical environment", getdate(past(0)), "Not started", 0, 0),
				("A plan", "Information", getdate(past(1)), "Not started", 1, 1),
				("A plan", "Information", getdate(past(-40)), "Done", 0, 0),
			],
		)
		owner = frappe.db.get_value("User", self.owner, "full_name")
		self.assertEqual(result["result"][1]["action_owner_name"], owner)
		self.assertNotIn("action_owner", result["result"][1])
		summary = {s["label"]: s["value"] for s in result["report_summary"]}
		self.assertEqual(
			summary,
			{
				"Actions": 6,
				"Done": 2,
				"In progress": 1,
				"Overdue": 2,
				"Done (of actions not dropped) %": 40.0,
			},
		)
		chart = result["chart"]["data"]
		self.assertEqual(chart["labels"], ["Curriculum", "Physical environment", "Information"])
		self.assertEqual(
			{d["name"]: d["values"] for d in chart["datasets"]},
			{"Not started": [0, 1, 1], "In progress": [1, 0, 0], "Done": [1, 0, 1], "Dropped": [0, 1, 0]},
		)

	def test_as_at_a_day_the_plans_in_force_then(self):
		result = self.report(school=SCHOOL_A, as_at=past(400))
		rows = [(r["plan"], r["overdue"], r["days_overdue"]) for r in result["result"]]
		self.assertEqual(rows, [("Old plan", 1, 200)])
		summary = {s["label"]: s["value"] for s in result["report_summary"]}
		self.assertEqual((summary["Actions"], summary["Overdue"]), (1, 1))
		self.assertEqual({r["plan"] for r in self.report(school=SCHOOL_A)["result"]}, {"A plan"})

	def test_each_reader_gets_their_schools_and_a_governor_may_run_it(self):
		for role in ("SENCO", "SEND Staff", "SEND Viewer", "SEND Governor"):
			self.assertReportSchools(REPORT, user_of(SCHOOL_A, role), (SCHOOL_A,))
		trust = make_user("trust.viewer.accessibility@senco.test", ("SEND Viewer",), (TRUST,))
		self.assertReportSchools(REPORT, trust, (SCHOOL_A, SCHOOL_B), school=TRUST)
		nobody = make_user("noschool.viewer.accessibility@senco.test", ("SEND Viewer",))
		self.assertEqual(self.report(nobody)["result"], [])
		self.assertEqual(self.report(user_of(SCHOOL_B), school=SCHOOL_A)["result"], [])
		result = self.report(user_of(SCHOOL_A, "SEND Governor"), school=SCHOOL_A)
		self.assertEqual({s["label"]: s["value"] for s in result["report_summary"]}["Overdue"], 2)
		links = {c.get("options") for c in result["columns"] if c.get("fieldtype") == "Link"}
		self.assertEqual(links, {"Company"})
