# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import frappe
from frappe.desk.query_report import run as run_report
from frappe.utils import add_days
from frappe.utils import today

from senco_app.rules.staff_development import staff_per_need
from senco_app.send.report import script_report as report
from senco_app.send.report.send_training_needs import send_training_needs as training_report
from senco_app.tests.utils import SCHOOL_B
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import close_record
from senco_app.tests.utils import make_school
from senco_app.tests.utils import make_send_record
from senco_app.tests.utils import make_training_record
from senco_app.tests.utils import past
from senco_app.tests.utils import pupil_on_register
from senco_app.tests.utils import user_of

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE

REPORT = "SEND Training Needs"
# a school of its own, so the figures are exactly what the test builds
SCHOOL = "_SENCO Training Needs School"


def figures(result) -> list[tuple]:
	return [(r["need_type"], r["pupils"], r["staff_trained"], r["gap"]) for r in result["result"]]


class TestSENDTrainingNeeds(SencoTestCase):
	def setUp(self):
		super().setUp()
		make_school(SCHOOL, send_phase="Primary")
		staff, senco, office, viewer = (
			user_of(SCHOOL, r) for r in ("SEND Staff", "SENCO", "SEND Office", "SEND Viewer")
		)
		pupil_on_register(SCHOOL, "Ada", "Needs", needs=("ASD", "SLCN"))
		pupil_on_register(SCHOOL, "Ben", "Needs", needs=("ASD",))
		pupil_on_register(SCHOOL, "Cal", "Needs", needs=("SEMH",))
		left = pupil_on_register(SCHOOL, "Dot", "Left", needs=("HI",))  # not on the register now
		close_record(frappe.get_doc("SEND Record", left.record))
		make_training_record(SCHOOL, attendees=(staff, senco), need_types=("ASD",))
		make_training_record(
			SCHOOL,
			attendees=(staff, office),
			need_types=("ASD", "SLCN"),
			training_date=past(400),
			led_by_senco=1,
		)
		make_training_record(SCHOOL, attendees=(viewer,), need_types=("SEMH",), training_date=past(5 * 366))
		make_training_record(
			SCHOOL, attendees=(), need_types=("SEMH",), status="Planned", training_date=add_days(today(), 20)
		)
		pupil_b = pupil_on_register(SCHOOL_B, "Eve", "Needs", needs=("HI",))
		self.assertTrue(pupil_b.record)

	def test_needs_on_the_register_against_staff_trained_hand_worked(self):
		# ASD: Ada and Ben; trained: staff (twice), senco, office -> 3
		# SEMH: Cal; trained only five years ago, planned training not counted -> 0, a gap
		# SLCN: Ada; trained: staff, office -> 2. Dot's HI is off the register.
		result = run_report(REPORT, filters={"school": SCHOOL})
		self.assertEqual(figures(result), [("ASD", 2, 3, 0), ("SEMH", 1, 0, 1), ("SLCN", 1, 2, 0)])
		self.assertEqual(str(result["result"][0]["last_trained"]), past(30))
		summary = {s["label"]: s["value"] for s in result["report_summary"]}
		self.assertEqual(
			summary,
			{
				"Needs on the register": 3,
				"With no trained staff": 1,
				"Staff trained": 3,
				"Training led by the SENCO": 1,
			},
		)
		self.assertEqual(result["chart"]["data"]["labels"], ["ASD", "SEMH", "SLCN"])
		self.assertEqual(result["chart"]["data"]["datasets"][1]["values"], [3, 0, 2])
		# the last year only: the course of 400 days ago drops out
		result = run_report(REPORT, filters={"school": SCHOOL, "years": 1})
		self.assertEqual(figures(result), [("ASD", 2, 2, 0), ("SEMH", 1, 0, 1), ("SLCN", 1, 0, 1)])

	def test_each_reader_gets_their_schools_only(self):
		self.assertReportSchools(REPORT, user_of(SCHOOL, "SEND Viewer"), (SCHOOL,))
		self.assertReportSchools(REPORT, user_of(SCHOOL_B, "SENCO"), (SCHOOL_B,))
		frappe.set_user(user_of(SCHOOL_B, "SEND Office"))
		self.assertEqual(run_report(REPORT, filters={"school": SCHOOL})["result"], [])
		for role in ("SEND Governor", "SEND Staff"):
			frappe.set_user(user_of(SCHOOL, role))
			with self.assertRaises(frappe.PermissionError):
				run_report(REPORT, filters={})
		frappe.set_user("Administrator")

	def test_database_counts_equal_the_rules_over_the_rows(self):
		# the staff per need and the totals the report has the database count, against the rule's
		# count over the rows read one by one, for each reader, over every year and the last one
		self.assertTrue(frappe.db.exists(training_report.TRAINING, {"school": SCHOOL, "led_by_senco": 1}))
		readers = ("Administrator", user_of(SCHOOL, "SEND Viewer"), user_of(SCHOOL_B, "SENCO"))
		for user in readers:
			frappe.set_user(user)
			for years in (1, 3, 10):
				schools = report.report_schools(None, training_report.TRAINING)
				readable = training_report.readable_training(schools, years)
				since = frappe.utils.add_years(today(), -years)
				trainings = report.with_dates(
					report.scoped_rows(
						training_report.TRAINING,
						schools,
						{"status": "Completed", "training_date": ["between", [since, today()]]},
						["name", "school", "training_date", "led_by_senco"],
					),
					"training_date",
				)
				names = [t.name for t in trainings]
				covered = report.child_rows(
					"SEND Training Need", training_report.TRAINING, names, ["parent", "need_type"]
				)
				attendees = report.child_rows(
					"SEND Training Attendee", training_report.TRAINING, names, ["parent", "user"]
				)
				key = lambda r: (r["school"], r["need_type"])  # noqa: E731
				expected = sorted(staff_per_need(trainings, covered, attendees), key=key)
				got = sorted(
					(
						{**r, "last_trained": r["last_trained"]}
						for r in training_report.fetch_staff_counts(readable)
					),
					key=key,
				)
				self.assertEqual(got, expected)
				totals = training_report.fetch_totals(readable)
				self.assertEqual(totals["staff"], len({a.user for a in attendees}))
				self.assertEqual(totals["led_by_senco"], sum(1 for t in trainings if t.led_by_senco))
				if user == readers[1] and years == 3:
					self.assertTrue(expected)  # not an empty comparison
		frappe.set_user("Administrator")
		self.assertEqual(training_report.fetch_staff_counts(None), [])
		self.assertEqual(training_report.fetch_totals(None), {"staff": 0, "led_by_senco": 0})
