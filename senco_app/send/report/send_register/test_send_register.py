# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""SEND Register on a hand-built school: 10 pupils, 8 on roll, 5 register records (one closed)."""

import frappe
from frappe.desk.query_report import run as run_report
from frappe.utils import add_days
from frappe.utils import today

from senco_app.send.report.send_register.send_register import execute
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import TRUST
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import enroll
from senco_app.tests.utils import issue_ehc_plan
from senco_app.tests.utils import make_school
from senco_app.tests.utils import make_send_record
from senco_app.tests.utils import make_student
from senco_app.tests.utils import past
from senco_app.tests.utils import user_of

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE

SCHOOL = "_SENCO Register Report School"


class TestSENDRegister(SencoTestCase):
	own_schools = {SCHOOL: {"parent": TRUST}}
	users = {"key_person": (SCHOOL, "SEND Staff")}

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		s = [make_student(SCHOOL, f"Pupil{i}", "Register").name for i in range(1, 11)]
		frappe.db.set_value("Student", s[8], {"date_of_leaving": past(10), "enabled": 0})
		frappe.db.set_value("Student", s[9], "joining_date", add_days(today(), 30))
		enroll(s[0], "Year 3")
		enroll(s[1], "Year 4")
		enroll(s[2], "Year 3")
		cls.students = s
		cls.p1 = make_send_record(s[0], SCHOOL, needs=("SLCN", "ASD"), key_person=cls.key_person).name
		cls.p2 = make_send_record(s[1], SCHOOL, needs=("SLCN",), start_date=past(60)).name
		cls.p3 = make_send_record(s[2], SCHOOL, provision="EHC Plan", needs=("ASD", "SEMH")).name
		cls.p4 = make_send_record(s[3], SCHOOL, provision="Monitoring", needs=()).name
		p5 = make_send_record(s[4], SCHOOL, needs=("SEMH",), start_date=past(100))
		p5.end_date, p5.end_reason = past(5), "No longer has SEN"
		p5.save()
		cls.p5 = p5.name

	def run_register(self, **filters):
		_columns, rows, _message, chart, summary = execute(frappe._dict({"school": SCHOOL, **filters}))
		return rows, chart, {s["label"]: s["value"] for s in summary}

	def test_rows_chart_and_summary(self):
		rows, chart, summary = self.run_register()
		self.assertEqual({r["send_record"] for r in rows}, {self.p1, self.p2, self.p3, self.p4})
		by_record = {r["send_record"]: r for r in rows}
		p1 = by_record[self.p1]
		self.assertEqual((p1["primary_need"], p1["secondary_need"]), ("SLCN", "ASD"))
		self.assertEqual(p1["year_group"], "Year 3")
		self.assertEqual(p1["key_person"], self.key_person)
		# shown by name, not by e-mail address
		self.assertEqual(p1["key_person_name"], frappe.db.get_value("User", self.key_person, "full_name"))
		self.assertEqual(by_record[self.p3]["census_code"], "E")
		self.assertEqual(by_record[self.p4]["primary_need"], None)
		self.assertEqual(chart["data"]["labels"], ["SLCN", "ASD"])
		self.assertEqual(chart["data"]["datasets"][0]["values"], [2, 1])
		values = list(summary.values())
		# on roll 8 (one left, one not yet joined); K 2 = 25.0 %; E 1 = 12.5 %; monitoring 1
		self.assertEqual(values, [8, 2, 25.0, 1, 12.5, 1])
		self.assertIn("national 14.8%", list(summary)[2])
		self.assertIn("national 6.0%", list(summary)[4])

	def test_filters(self):
		rows, _chart, summary = self.run_register(year_group="Year 3")
		self.assertEqual({r["send_record"] for r in rows}, {self.p1, self.p3})
		self.assertEqual(list(summary.values())[:5], [2, 1, 50.0, 1, 50.0])
		rows, *_ = self.run_register(need="ASD")
		self.assertEqual({r["send_record"] for r in rows}, {self.p1, self.p3})
		rows, *_ = self.run_register(sen_provision="EHC Plan")
		self.assertEqual([r["send_record"] for r in rows], [self.p3])
		rows, *_ = self.run_register(key_person=self.key_person)
		self.assertEqual([r["send_record"] for r in rows], [self.p1])

	def test_as_at_reads_the_history(self):
		issue_ehc_plan(self.students[1], SCHOOL, issue_date=today())
		rows, *_ = self.run_register(as_at=past(1))
		by_record = {r["send_record"]: r for r in rows}
		self.assertEqual(by_record[self.p2]["sen_provision"], "SEN Support")
		self.assertIn(self.p1, by_record)
		self.assertNotIn(self.p5, by_record)  # closed five days ago
		rows, *_ = self.run_register(as_at=past(40))
		self.assertEqual({r["send_record"] for r in rows}, {self.p2, self.p5})
		rows, *_ = self.run_register()
		self.assertEqual({r["send_record"]: r for r in rows}[self.p2]["sen_provision"], "EHC Plan")

	def test_trust_filter_includes_its_schools_and_a_one_school_user_sees_only_theirs(self):
		rows, *_ = self.run_register(school=TRUST)
		self.assertTrue({self.p1, self.p2, self.p3, self.p4} <= {r["send_record"] for r in rows})
		frappe.set_user(self.key_person)
		result = run_report("SEND Register", filters={"school": TRUST})
		self.assertEqual({r["school"] for r in result["result"]}, {SCHOOL})
