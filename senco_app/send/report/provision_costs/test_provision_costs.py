# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import frappe
from frappe.desk.query_report import run as run_report
from frappe.utils import add_days
from frappe.utils import getdate

from senco_app.rules.provision_reports import pupil_costs
from senco_app.send.report.provision_common import pupil_costs_in_period
from senco_app.tests.reference_reads import fetch_placements
from senco_app.tests.reference_reads import with_year_groups
from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import SCHOOL_B
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import enroll
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

	def test_the_database_sums_each_pupils_cost_as_the_rules_do(self):
		"""The report's per-pupil costs are summed by the database over the entries the reader may
		read (pupil_costs_in_period); they are what the rules make of every placement read
		(pupil_costs over fetch_placements), for a trust reader and a one-school reader."""
		year_start, year_end = this_school_year()
		one_to_one = make_provision(
			"_Test 1:1 Support", default_sessions_per_week=25, default_minutes=60, default_cost_per_hour=16
		)
		a, b = (make_student(SCHOOL_A, n, "Costs").name for n in ("A", "B"))
		c = make_student(SCHOOL_B, "C", "Costs").name
		enroll(a, "_SENCO Year 6")
		make_entry(SCHOOL_A, [a, b])
		make_entry(SCHOOL_A, [a], provision=one_to_one, end_date=term_day(44, 4))
		# begun last school year: only its 30 days from 1 September of its 60 count
		straddling = make_entry(
			SCHOOL_A, [b], start_date=str(add_days(year_start, -30)), end_date=str(add_days(year_start, 29))
		)
		make_entry(SCHOOL_B, [c])
		make_entry(
			SCHOOL_B, [c], end_date=str(add_days(year_start, -1)), start_date=str(add_days(year_start, -60))
		)

		def by_rules(school):
			placements, _entries = fetch_placements(school, year_start, year_end)
			rows = pupil_costs(with_year_groups(placements, year_end), year_start, year_end, 6000)
			return sorted(({k: v for k, v in r.items() if k != "above_threshold"} for r in rows), key=str)

		def by_database(school):
			return sorted((dict(r) for r in pupil_costs_in_period(school, year_start, year_end)), key=str)

		for who, school in (("trust", None), ("one school", SCHOOL_B)):
			frappe.set_user("Administrator" if who == "trust" else user_of(SCHOOL_B))
			with self.subTest(reader=who):
				self.assertEqual(by_database(None), by_rules(None))
				self.assertEqual(by_database(school), by_rules(school))
		frappe.set_user(user_of(SCHOOL_B))
		self.assertEqual(
			{r["student"] for r in pupil_costs_in_period(None, year_start, year_end)} & {a, b}, set()
		)
		frappe.set_user("Administrator")
		rows = {r["student"]: r for r in pupil_costs_in_period(SCHOOL_A, year_start, year_end)}
		# hand-worked: the shared group's 270.00 is 135.00 each; A 135.00 + 18,000.00, in Year 6;
		# B 135.00 and half the straddling entry's cost
		half = round(straddling.pupils[0].cost * 30 / 60, 2)
		self.assertTrue(half)
		self.assertEqual(
			(rows[a]["cost"], rows[a]["provisions"], rows[a]["year_group"]), (18135.0, 2, "_SENCO Year 6")
		)
		self.assertEqual((rows[b]["cost"], rows[b]["provisions"]), (round(135 + half, 2), 2))
