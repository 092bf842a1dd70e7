# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""SEND Register Trends on a hand-built register: K and E pupils and primary needs on each census
day, per school and for the schools together; a governor's suppression; the reader's schools only."""

import json

import frappe
from frappe.utils import add_days
from frappe.utils import getdate
from frappe.utils import today

from senco_app.rules.cohort import census_days_before
from senco_app.send.report.send_register_trends.send_register_trends import execute
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import call_route
from senco_app.tests.utils import make_school
from senco_app.tests.utils import make_send_record
from senco_app.tests.utils import make_student
from senco_app.tests.utils import user_of

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE

TRUST = "_SENCO Trends Trust"
SCHOOL = "_SENCO Trends School"
SCHOOL_2 = "_SENCO Trends School 2"


class TestSENDRegisterTrends(SencoTestCase):
	own_schools = {
		TRUST: {"is_group": 1},
		SCHOOL: {"parent": TRUST, "send_phase": "Primary"},
		SCHOOL_2: {"parent": TRUST, "send_phase": "Primary"},
	}

	def setUp(self):
		super().setUp()
		days = census_days_before(getdate(today()))
		self.latest, self.before = days[-1], days[-2]
		between = str(add_days(self.before[1], 1))  # after the last census but one
		long_ago = str(add_days(days[0][1], -30))
		self.pupils = []
		# SCHOOL: 6 on SEN Support since long ago (SLCN), 1 with a plan since just after the last
		# census but one (ASD), 3 not on the register; SCHOOL_2: 2 on SEN Support (SEMH)
		for i in range(10):
			pupil = make_student(SCHOOL, "Trend", f"Pupil{i}{frappe.generate_hash(length=6)}")
			self.pupils.append(pupil)
			if i < 6:
				make_send_record(pupil.name, SCHOOL, needs=("SLCN",), start_date=long_ago)
			elif i == 6:
				make_send_record(pupil.name, SCHOOL, provision="EHC Plan", needs=("ASD",), start_date=between)
		for i in range(2):
			pupil = make_student(SCHOOL_2, "Trend", f"Other{i}{frappe.generate_hash(length=6)}")
			make_send_record(pupil.name, SCHOOL_2, needs=("SEMH",), start_date=long_ago)

	def rows(self, result_rows, census, school):
		return next(r for r in result_rows if r["census"] == census and r["school"] == school)

	def test_census_day_counts_per_school_and_for_the_trust(self):
		_columns, rows, message, chart, summary = execute(frappe._dict(school=TRUST))
		self.assertEqual(len({r["census"] for r in rows}), 15)
		latest = self.rows(rows, self.latest[0], SCHOOL)
		self.assertEqual((latest["on_roll"], latest["sen_support"], latest["ehc_plan"]), (10, 6, 1))
		self.assertEqual((latest["sen_support_percent"], latest["ehc_plan_percent"]), (60.0, 10.0))
		self.assertEqual((latest["need_slcn"], latest["need_asd"]), (6, 1))
		before = self.rows(rows, self.before[0], SCHOOL)
		self.assertEqual((before["sen_support"], before["ehc_plan"]), (6, 0))  # the plan came after
		total = next(r for r in rows if r["census"] == self.latest[0] and r["school"] is None)
		self.assertEqual((total["on_roll"], total["sen_support"], total["need_semh"]), (12, 8, 2))
		self.assertIsNone(message)
		self.assertEqual(chart["data"]["labels"][-1], self.latest[0])
		self.assertEqual(chart["data"]["datasets"][0]["values"][-1], 66.7)  # 8 of 12
		self.assertEqual(summary[0]["value"], self.latest[0])
		self.assertEqual(rows[0]["census"], self.latest[0])  # most recent first

	def test_a_governor_sees_small_numbers_suppressed(self):
		frappe.set_user(user_of(SCHOOL, "SEND Governor"))
		result = call_route(
			"frappe.desk.query_report.run", report_name="SEND Register Trends", filters=json.dumps({})
		)
		rows = result["result"]
		self.assertEqual({r["school"] for r in rows}, {SCHOOL})  # their school alone
		latest = self.rows(rows, self.latest[0], SCHOOL)
		self.assertEqual((latest["sen_support"], latest["ehc_plan"], latest["need_asd"]), (6, "<5", "<5"))
		# 6 of 10 would give back the 4 not on SEN Support: withheld
		self.assertEqual((latest["sen_support_percent"], latest["ehc_plan_percent"]), ("c", "c"))
		self.assertTrue(result["message"])
		text = json.dumps([rows, result["chart"], result["report_summary"]], default=str)
		for pupil in self.pupils:
			self.assertNotIn(pupil.name, text)
			self.assertNotIn(pupil.last_name, text)

	def test_a_reader_of_one_school_sees_that_school_alone(self):
		frappe.set_user(user_of(SCHOOL_2))
		_c, rows, *_rest = execute(frappe._dict(school=TRUST))
		self.assertEqual({r["school"] for r in rows}, {SCHOOL_2})
		self.assertEqual(self.rows(rows, self.latest[0], SCHOOL_2)["sen_support"], 2)
