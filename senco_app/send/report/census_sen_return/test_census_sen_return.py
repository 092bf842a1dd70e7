# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""Census SEN Return report on a hand-built school: the roll on the day with each pupil's SEN items
and readiness, the summary, and nothing for a user of another school."""

import frappe

from senco_app.exceptions import RuleBrokenError
from senco_app.rules.census import census_day
from senco_app.rules.upn import make_upn
from senco_app.send.report.census_sen_return.census_sen_return import execute
from senco_app.tests.utils import OTHER_SCHOOL
from senco_app.tests.utils import TRUST
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import call_route
from senco_app.tests.utils import make_school
from senco_app.tests.utils import make_send_record
from senco_app.tests.utils import make_student
from senco_app.tests.utils import make_user
from senco_app.tests.utils import past

test_ignore = ["Student", "Company", "User", "SEN Need Type"]
IGNORE_TEST_RECORD_DEPENDENCIES = test_ignore

SCHOOL = "_SENCO Census Report School"
UPN = make_upn("801200011011")


class TestCensusSENReturn(SencoTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		make_school(SCHOOL)
		cls.viewer = make_user("census.report.viewer@senco.test", ("SEND Viewer",), (SCHOOL,))
		cls.other = make_user("census.report.other@senco.test", ("SENCO",), (OTHER_SCHOOL,))
		frappe.db.commit()

	def setUp(self):
		super().setUp()
		frappe.db.sql("update tabStudent set upn = null where upn = %s", UPN)
		self.kim = make_student(SCHOOL, "Kim", "Report", upn=UPN).name
		self.nat = make_student(SCHOOL, "Nat", "Report").name
		self.lee = make_student(SCHOOL, "Lee", "Report", date_of_leaving=past(20), enabled=0).name
		make_send_record(self.kim, SCHOOL, needs=("SLCN", "ASD"), start_date=past(60))
		make_send_record(self.lee, SCHOOL, needs=("SEMH",), start_date=past(60))

	def run_report(self, **filters):
		return execute(frappe._dict({"school": SCHOOL, "census_date": past(10), **filters}))

	def test_rows_readiness_and_summary(self):
		columns, rows, _message, chart, summary = self.run_report()
		by_pupil = {r["student"]: r for r in rows}
		self.assertEqual(set(by_pupil), {self.kim, self.nat, self.lee})
		self.assertEqual(
			(by_pupil[self.kim]["sen_provision"], by_pupil[self.kim]["needs"]), ("K", "SLCN, ASD")
		)
		self.assertEqual(by_pupil[self.kim]["issues"], "")
		self.assertEqual(by_pupil[self.nat]["sen_provision"], "N")
		self.assertTrue(by_pupil[self.nat]["issues"])  # no UPN
		self.assertNotIn("sen_provision", by_pupil[self.lee])  # on the register, not on roll
		self.assertTrue(by_pupil[self.lee]["issues"])
		figures = {s["label"]: s["value"] for s in summary}
		self.assertEqual(figures["Pupils on roll"], 2)
		self.assertEqual(figures["SEN Support (K)"], 1)
		self.assertEqual(figures["Readiness errors"], 2)
		self.assertEqual(chart["data"]["labels"], ["SLCN"])
		self.assertIn("fieldname", columns[0])

	def test_the_census_day_from_term_and_year(self):
		message = self.run_report(census_date=None, census_term="Spring", census_year=2027)[2]
		self.assertIn(frappe.format(census_day(2027, "Spring"), "Date"), message)
		with self.assertFieldError(RuleBrokenError, "census_term"):
			self.run_report(census_date=None, census_year=2027)
		with self.assertFieldError(RuleBrokenError, "school"):
			self.run_report(school=TRUST)

	def test_a_viewer_runs_it_and_another_school_sees_nothing(self):
		filters = {"school": SCHOOL, "census_date": past(10)}
		frappe.set_user(self.viewer)
		result = call_route("frappe.desk.query_report.run", report_name="Census SEN Return", filters=filters)
		self.assertEqual(len(result["result"]), 3)
		frappe.set_user(self.other)
		result = call_route("frappe.desk.query_report.run", report_name="Census SEN Return", filters=filters)
		self.assertEqual(result["result"], [])
		self.assertNotIn("Kim", frappe.as_json(result))
