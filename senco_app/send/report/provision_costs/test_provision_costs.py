# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

from frappe.desk.query_report import run as run_report

from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import SCHOOL_B
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import make_entry
from senco_app.tests.utils import make_provision
from senco_app.tests.utils import make_student
from senco_app.tests.utils import term_day
from senco_app.tests.utils import this_school_year
from senco_app.tests.utils import user_of

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE


class TestProvisionCosts(SencoTestCase):
	def test_threshold_and_budget(self):
		one_to_one = make_provision(
			"_Test 1:1 Support", default_sessions_per_week=25, default_minutes=60, default_cost_per_hour=16
		)
		heavy, light = (make_student(SCHOOL_A, n, "Cost").name for n in ("Heavy", "Light"))
		# 25 h a week x 16.00 over 45 weeks (7 Sep 2026 - 16 Jul 2027 in 2026-27) = 18,000.00
		make_entry(SCHOOL_A, [heavy], provision=one_to_one, end_date=term_day(44, 4))
		make_entry(SCHOOL_A, [light])  # 270.00
		make_entry(SCHOOL_B, [make_student(SCHOOL_B, "B", "Cost").name])
		year_start = str(this_school_year()[0])
		result = run_report("Provision Costs", filters={"school": SCHOOL_A, "year_start": year_start})
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
			filters={"school": SCHOOL_A, "year_start": year_start, "above_threshold_only": 1},
		)
		self.assertEqual([r["student"] for r in result["result"]], [heavy])
		self.assertReportSchools("Provision Costs", user_of(SCHOOL_B), {SCHOOL_B}, year_start=year_start)
