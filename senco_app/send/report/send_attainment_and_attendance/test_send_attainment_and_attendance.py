# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""SEND Attainment and Attendance on hand-built results and marks in a past term: the figures and
gaps worked by hand, the grade threshold, the reader's schools only, and a governor's suppression."""

import json

import frappe
from frappe.utils import add_days
from frappe.utils import add_years

from senco_app.exceptions import InvalidValueError
from senco_app.exceptions import MissingValueError
from senco_app.send.report.send_attainment_and_attendance.send_attainment_and_attendance import execute
from senco_app.tests.utils import SCHOOL_B
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import call_route
from senco_app.tests.utils import make_academic_term
from senco_app.tests.utils import make_academic_year
from senco_app.tests.utils import make_grading_scale
from senco_app.tests.utils import make_result
from senco_app.tests.utils import make_school
from senco_app.tests.utils import make_send_record
from senco_app.tests.utils import make_student
from senco_app.tests.utils import mark_attendance
from senco_app.tests.utils import this_school_year
from senco_app.tests.utils import user_of

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE

SCHOOL = "_SENCO Attainment Gap School"
SCALE = "_SENCO Cohort Scale"


def last_year_term():
	"""Last school year and a term of it (its first 100 days), wholly past."""
	start = add_years(this_school_year()[0], -1)
	year = make_academic_year(
		f"_SENCO Cohort {start.year}", str(start), str(add_days(add_years(start, 1), -1))
	)
	return year, make_academic_term(year, "Autumn", str(start), str(add_days(start, 100))), start


class TestSENDAttainmentAndAttendance(SencoTestCase):
	own_schools = {SCHOOL: {"send_phase": "Primary"}}

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		make_grading_scale(SCALE, {"A": 80, "B": 60, "C": 0})

	def setUp(self):
		super().setUp()
		self.year, self.term, start = last_year_term()
		days = [str(add_days(start, 7 + i)) for i in range(10)]
		# SEND: s1 K 40 %, 8/10 present (persistently absent); s2 K 60 %, 10/10; s3 E 50 %, 9/10
		# others: o1 80 %, 10/10; o2 70 %, 10/10; o3 (monitoring: not SEND) 90 %, 9/10
		plan = [
			("s1", "SEN Support", 20, 2),
			("s2", "SEN Support", 30, 0),
			("s3", "EHC Plan", 25, 1),
			("o1", None, 40, 0),
			("o2", None, 35, 0),
			("o3", "Monitoring", 45, 1),
		]
		self.pupils = []
		for key, provision, score, absent in plan:
			pupil = make_student(SCHOOL, "Cohort", f"Pupil{key}{frappe.generate_hash(length=6)}")
			self.pupils.append(pupil)
			if provision:
				needs = () if provision == "Monitoring" else ("SLCN",)
				make_send_record(pupil.name, SCHOOL, provision=provision, needs=needs, start_date=str(start))
			make_result(pupil.name, self.term, score, course="_SENCO Maths", grading_scale=SCALE)
			mark_attendance(pupil.name, days, absent=absent)
		# another school's pupil: never counted for a reader of SCHOOL
		other = make_student(SCHOOL_B, "Cohort", "Elsewhere").name
		make_result(other, self.term, 0)
		mark_attendance(other, days, absent=10)

	def run_report(self, **filters):
		return execute(frappe._dict({"school": SCHOOL, "academic_year": self.year, **filters}))

	def test_gaps_against_hand_worked_figures(self):
		columns, rows, message, chart, summary = self.run_report(grading_scale=SCALE, grade="B")
		(row,) = rows
		self.assertEqual((row["term"], row["group_value"]), (self.term, SCHOOL))
		self.assertEqual((row["send_pupils"], row["other_pupils"]), (3, 3))
		# SEND (40 + 60 + 50) / 3 = 50 %; others (80 + 70 + 90) / 3 = 80 %
		self.assertEqual((row["send_average"], row["other_average"], row["average_gap"]), (50.0, 80.0, 30.0))
		# at or above B (60 %): SEND 1 of 3, others 3 of 3
		self.assertEqual(
			(row["send_at_grade_percent"], row["other_at_grade_percent"], row["at_grade_gap"]),
			(33.3, 100.0, 66.7),
		)
		# attendance: SEND 27 of 30 sessions, others 29 of 30
		self.assertEqual(
			(row["send_attendance"], row["other_attendance"], row["attendance_gap"]), (90.0, 96.7, 6.7)
		)
		# persistent absence (under 90 %): SEND 1 of 3 (s1, 80 %); s3 and o3 at 90 % are not
		self.assertEqual((row["send_persistent_percent"], row["other_persistent_percent"]), (33.3, 0.0))
		self.assertIsNone(message)
		self.assertEqual(chart["data"]["labels"], [self.term])
		self.assertEqual([d["values"] for d in chart["data"]["datasets"]], [[30.0], [6.7]])
		self.assertEqual([s["value"] for s in summary][:3], [50.0, 80.0, 30.0])
		self.assertIn("send_at_grade_percent", {c["fieldname"] for c in columns})

	def test_by_course_and_criterion(self):
		_c, rows, *_rest = self.run_report(group_by="Course")
		self.assertEqual([(r["group_value"], r["average_gap"]) for r in rows], [("_SENCO Maths", 30.0)])
		self.assertNotIn("send_attendance", rows[0])
		_c, rows, *_rest = self.run_report(group_by="Criterion")
		self.assertEqual([r["group_value"] for r in rows], ["_SENCO Overall"])

	def test_a_grade_needs_its_scale_and_must_be_on_it(self):
		with self.assertFieldError(MissingValueError, "grading_scale"):
			self.run_report(grade="B")
		with self.assertFieldError(InvalidValueError, "grade"):
			self.run_report(grading_scale=SCALE, grade="Z")
		with self.assertFieldError(InvalidValueError, "group_by"):
			self.run_report(group_by="Pupil")

	def test_a_reader_of_another_school_sees_nothing_of_this_one(self):
		frappe.set_user(user_of(SCHOOL_B))
		_c, rows, *_rest = self.run_report()
		self.assertEqual(rows, [])
		_c, rows, *_rest = execute(frappe._dict({"academic_year": self.year}))
		self.assertEqual({r["group_value"] for r in rows}, {SCHOOL_B})
		self.assertEqual(rows[0]["other_attendance"], 0.0)

	def test_a_governor_sees_small_numbers_suppressed_and_no_pupil(self):
		frappe.set_user(user_of(SCHOOL, "SEND Governor"))
		result = call_route(
			"frappe.desk.query_report.run",
			report_name="SEND Attainment and Attendance",
			filters=json.dumps({"academic_year": self.year, "grading_scale": SCALE, "grade": "B"}),
		)
		(row,) = result["result"]
		self.assertEqual((row["send_pupils"], row["other_pupils"]), ("<5", "<5"))
		for field in ("send_average", "average_gap", "send_attendance", "attendance_gap", "at_grade_gap"):
			self.assertEqual(row[field], "c", field)
		self.assertTrue(result["message"])
		text = json.dumps([result["result"], result["chart"], result["report_summary"]], default=str)
		for pupil in self.pupils:
			self.assertNotIn(pupil.name, text)
			self.assertNotIn(pupil.last_name, text)
		# another school's figures: none
		result = call_route(
			"frappe.desk.query_report.run",
			report_name="SEND Attainment and Attendance",
			filters=json.dumps({"school": SCHOOL_B, "academic_year": self.year}),
		)
		self.assertEqual(result["result"], [])
