# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import frappe
from frappe.desk.query_report import run as run_report

from senco_app.tests.utils import (
	SCHOOL_A,
	SCHOOL_B,
	SencoTestCase,
	make_entry,
	make_provision,
	make_student,
	make_user,
)

test_ignore = ["Student", "Company", "User", "SEND Provision"]
IGNORE_TEST_RECORD_DEPENDENCIES = test_ignore


class TestProvisionCosts(SencoTestCase):
	def test_threshold_and_budget(self):
		one_to_one = make_provision(
			"_Test 1:1 Support", default_sessions_per_week=25, default_minutes=60, default_cost_per_hour=16
		)
		heavy, light = (make_student(SCHOOL_A, n, "Cost").name for n in ("Heavy", "Light"))
		# 25 h a week x 16.00 over 7 Sep 2026 - 16 Jul 2027 (45 weeks) = 18,000.00
		make_entry(SCHOOL_A, [heavy], provision=one_to_one, end_date="2027-07-16")
		make_entry(SCHOOL_A, [light])  # 270.00
		make_entry(SCHOOL_B, [make_student(SCHOOL_B, "B", "Cost").name])
		result = run_report("Provision Costs", filters={"school": SCHOOL_A, "year_start": "2026-09-01"})
		rows = {r["student"]: r for r in result["result"]}
		self.assertEqual((rows[heavy]["cost"], rows[heavy]["above_threshold"]), (18000, 1))
		self.assertEqual((rows[light]["cost"], rows[light]["above_threshold"]), (270, 0))
		summary = {s["label"]: s["value"] for s in result["report_summary"]}
		self.assertEqual(result["report_summary"][0]["value"], 1)
		# SCHOOL_A's notional SEN budget is 60,000 (test schools): 18,270 is 30.4 %
		self.assertEqual(summary[f"{SCHOOL_A}: share of notional SEN budget"], 30.4)
		# the chart draws that share (a cost beside a budget forty times its size would not show)
		self.assertEqual(result["chart"]["data"]["datasets"][0]["values"], [30.4])
		self.assertTrue(result["chart"]["title"])
		result = run_report(
			"Provision Costs",
			filters={"school": SCHOOL_A, "year_start": "2026-09-01", "above_threshold_only": 1},
		)
		self.assertEqual([r["student"] for r in result["result"]], [heavy])
		frappe.set_user(make_user("costs.senco.b@senco.test", ("SENCO",), (SCHOOL_B,)))
		self.assertEqual(
			{
				r["school"]
				for r in run_report("Provision Costs", filters={"year_start": "2026-09-01"})["result"]
			},
			{SCHOOL_B},
		)
