# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import frappe
from frappe.utils import add_days
from frappe.utils import today

from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import SCHOOL_B
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import enroll
from senco_app.tests.utils import make_access_arrangement
from senco_app.tests.utils import make_student
from senco_app.tests.utils import past
from senco_app.tests.utils import report_as
from senco_app.tests.utils import user_of

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE

REPORT = "Access Arrangements"


class TestAccessArrangementsReport(SencoTestCase):
	def setUp(self):
		super().setUp()
		self.names = {}
		for school, first, year, arrangements, values in (
			(SCHOOL_A, "Ann", "Year 6", (("Extra time", 25), ("Reader", 0)), {}),
			(SCHOOL_A, "Bob", "Year 6", (("Scribe", 0),), {"expiry_date": add_days(today(), 5)}),
			(SCHOOL_A, "Cid", "Year 5", (("Rest breaks", 0),), {}),
			(SCHOOL_A, "Dee", "Year 6", (("Reader", 0),), {"start_date": past(100), "expiry_date": past(10)}),
			(SCHOOL_A, "Fay", "Year 6", (("Reader", 0),), {"start_date": add_days(today(), 20)}),
			(SCHOOL_B, "Eve", "Year 6", (("Extra time", 50),), {}),
		):
			student = make_student(school, first, "Tested").name
			enroll(student, year)
			self.names[first] = make_access_arrangement(student, school, arrangements, **values).name

	def report(self, user="Administrator", **filters):
		return report_as(user, REPORT, **filters)

	def test_pupils_in_force_during_the_window_by_cohort(self):
		window = {"from_date": today(), "to_date": add_days(today(), 10)}
		result = self.report(school=SCHOOL_A, program="Year 6", **window)
		rows = [
			(
				r["name"],
				r["year_group"],
				r["arrangement_list"],
				r["extra_time_percent"],
				r["reader"],
				r["scribe"],
				r["expires_in_window"],
			)
			for r in result["result"]
		]
		self.assertEqual(
			rows,
			[
				(self.names["Ann"], "Year 6", "Extra time 25%, Reader", 25, 1, 0, 0),
				(self.names["Bob"], "Year 6", "Scribe", 0, 0, 1, 1),
			],
		)
		summary = {s["label"]: s["value"] for s in result["report_summary"]}
		self.assertEqual(
			summary, {"Pupils with arrangements": 2, "With extra time": 1, "Expiring in the window": 1}
		)
		self.assertEqual(result["chart"]["data"]["labels"], ["Extra time", "Reader", "Scribe"])
		# the whole school, one day; a window that reaches Fay's start
		names = {r["name"] for r in self.report(school=SCHOOL_A)["result"]}
		self.assertEqual(names, {self.names[n] for n in ("Ann", "Bob", "Cid")})
		later = {"from_date": add_days(today(), 21), "to_date": add_days(today(), 25)}
		names = {r["name"] for r in self.report(school=SCHOOL_A, **later)["result"]}
		self.assertEqual(names, {self.names[n] for n in ("Ann", "Cid", "Fay")})

	def test_each_reader_gets_their_schools_only(self):
		mine = {self.names[n] for n in ("Ann", "Bob", "Cid")}
		for role in ("SENCO", "SEND Office", "SEND Staff", "SEND Viewer"):
			names = {r["name"] for r in self.report(user_of(SCHOOL_A, role))["result"]}
			self.assertEqual(names, mine, role)
		names = {r["name"] for r in self.report(user_of(SCHOOL_B, "SEND Office"), school=SCHOOL_A)["result"]}
		self.assertEqual(names, set())
		with self.assertRaises(frappe.PermissionError):
			self.report(user_of(SCHOOL_A, "SEND Governor"))
