# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import frappe
from frappe.desk.query_report import run as run_report
from frappe.utils import add_days
from frappe.utils import getdate
from frappe.utils import today

from senco_app.rules.statutory import school_year_start
from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import SCHOOL_B
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import make_entry
from senco_app.tests.utils import make_send_record
from senco_app.tests.utils import make_student
from senco_app.tests.utils import user_of

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE


def this_school_year():
	"""Dates of a twelve-week entry inside the current school year, and that year's start."""
	start = school_year_start(getdate(today()))
	return str(start), str(add_days(start, 7)), str(add_days(start, 90))


class TestSENDSummary(SencoTestCase):
	def setUp(self):
		super().setUp()
		# school A: 8 on roll; 3 on SEN Support (SLCN 2, SEMH 1), 1 with a plan (ASD), 1 monitoring
		pupils = [make_student(SCHOOL_A, f"P{i}", "Summary").name for i in range(8)]
		for pupil, need in zip(pupils[:3], ("SLCN", "SLCN", "SEMH"), strict=True):
			make_send_record(pupil, SCHOOL_A, needs=(need,))
		make_send_record(pupils[3], SCHOOL_A, provision="EHC Plan", needs=("ASD", "SLCN"))
		make_send_record(pupils[4], SCHOOL_A, provision="Monitoring", needs=())
		overdue = frappe.db.get_value("SEND Record", {"student": pupils[0]})
		frappe.db.set_value("SEND Record", overdue, "review_overdue", 1)
		self.year_start, start, end = this_school_year()
		self.cost = make_entry(SCHOOL_A, pupils[:2], start_date=start, end_date=end).total_cost
		make_send_record(make_student(SCHOOL_B, "B", "Summary").name, SCHOOL_B)

	def run_summary(self, **filters):
		result = run_report("SEND Summary", filters={"year_start": self.year_start, **filters})
		return {r["school"]: r for r in result["result"]}, result

	def test_per_school_counts_shares_needs_reviews_and_costs(self):
		rows, result = self.run_summary(school=SCHOOL_A)
		self.assertEqual(set(rows), {SCHOOL_A})
		a = rows[SCHOOL_A]
		self.assertEqual((a["on_roll"], a["sen_support"], a["ehc_plan"], a["reviews_overdue"]), (8, 3, 1, 1))
		self.assertEqual((a["sen_support_percent"], a["ehc_plan_percent"]), (37.5, 12.5))
		self.assertEqual((a["need_slcn"], a["need_semh"], a["need_asd"]), (2, 1, 1))  # primary only
		self.assertTrue(self.cost)
		# SCHOOL_A's notional SEN budget is 60,000 (test schools)
		self.assertEqual((a["provision_cost"], a["notional_sen_budget"]), (self.cost, 60000))
		self.assertEqual(a["budget_used_percent"], round(100 * self.cost / 60000, 1))
		self.assertIsNone(result["message"])
		self.assertEqual(
			dict(
				zip(
					result["chart"]["data"]["labels"],
					result["chart"]["data"]["datasets"][0]["values"],
					strict=True,
				)
			),
			{"SEMH": 1, "SLCN": 2, "ASD": 1},
		)
		summary = [s["value"] for s in result["report_summary"]]
		self.assertEqual(summary[:6], [8, 3, 37.5, 1, 12.5, 1])  # roll, K, K %, E, E %, overdue
		# the columns name no pupil
		fieldnames = {c["fieldname"] for c in result["columns"]}
		self.assertFalse(fieldnames & {"student", "student_name", "send_record"})

	def test_a_trust_shows_each_school_and_a_senco_only_theirs(self):
		rows, _result = self.run_summary()
		self.assertTrue({SCHOOL_A, SCHOOL_B} <= set(rows))
		frappe.set_user(user_of(SCHOOL_B))
		rows, result = self.run_summary()
		self.assertEqual(set(rows), {SCHOOL_B})
		self.assertEqual(rows[SCHOOL_B]["sen_support"], 1)  # a named reader sees the exact count
		self.assertEqual(result["columns"][2]["fieldtype"], "Int")
