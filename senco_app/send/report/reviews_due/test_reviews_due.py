# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import frappe
from frappe.desk.query_report import run as run_report
from frappe.utils import add_days, today

from senco_app.tests.utils import (
	SCHOOL_A,
	SCHOOL_B,
	TEST_IGNORE,
	SencoTestCase,
	make_entry,
	make_iep,
	make_provision,
	make_send_record,
	make_student,
	make_user,
	past,
)

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE


class TestReviewsDue(SencoTestCase):
	def test_rows_summary_and_isolation(self):
		pupils = {}
		for name, school, review_in in (
			("Overdue", SCHOOL_A, -3),
			("Soon", SCHOOL_A, 10),
			("Later", SCHOOL_A, 60),
			("Other", SCHOOL_B, -1),
		):
			pupil = make_student(school, name, "Due").name
			make_send_record(pupil, school, start_date=past(100))
			make_iep(pupil, school, start_date=past(90), review_date=add_days(today(), review_in))
			pupils[name] = pupil
		result = run_report("Reviews Due", filters={"school": SCHOOL_A, "window_days": 30})
		rows = [(r["student"], r["days_overdue"], r["review_status"]) for r in result["result"]]
		self.assertEqual(rows, [(pupils["Overdue"], 3, "Overdue"), (pupils["Soon"], 0, "Due")])
		summary = {s["label"]: s["value"] for s in result["report_summary"]}
		self.assertEqual(summary, {"Overdue": 1, "Due in window": 1})
		self.assertEqual(result["chart"]["data"]["datasets"][0]["values"], [1])

		frappe.set_user(make_user("due.senco.a@senco.test", ("SENCO",), (SCHOOL_A,)))
		result = run_report("Reviews Due", filters={"window_days": 90})
		self.assertEqual({r["school"] for r in result["result"]}, {SCHOOL_A})
		self.assertEqual(len(result["result"]), 3)

	def test_filter_by_intervention_the_pupil_is_in_now(self):
		pupils = []
		for name in ("In", "Withdrawn", "Finished", "Other"):
			pupil = make_student(SCHOOL_A, name, "Group").name
			make_send_record(pupil, SCHOOL_A, start_date=past(100))
			make_iep(pupil, SCHOOL_A, start_date=past(90), review_date=add_days(today(), 5))
			pupils.append(pupil)
		now = {"start_date": past(30), "end_date": add_days(today(), 30)}
		make_entry(SCHOOL_A, [pupils[0], {"student": pupils[1], "outcome": "Withdrawn"}], **now)
		make_entry(SCHOOL_A, [pupils[2]], start_date=past(120), end_date=past(60))
		make_entry(SCHOOL_A, [pupils[3]], provision=make_provision("_Test Talk Group"), **now)
		result = run_report(
			"Reviews Due", filters={"school": SCHOOL_A, "window_days": 30, "provision": make_provision()}
		)
		self.assertEqual([r["student"] for r in result["result"]], [pupils[0]])
		result = run_report("Reviews Due", filters={"school": SCHOOL_A, "provision": "_Test Unused"})
		self.assertEqual(result["result"], [])
