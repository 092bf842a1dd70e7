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
	enroll,
	make_iep,
	make_review,
	make_send_record,
	make_student,
	make_user,
	past,
)

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE


class TestSENSupportCompliance(SencoTestCase):
	def test_counts_per_school_and_year_group(self):
		# Year 5: one pupil with a current plan and three parent meetings, one without a plan;
		# Year 6: one pupil whose plan is past its review date; a monitoring pupil is not counted
		a = make_student(SCHOOL_A, "Has", "Plan").name
		b = make_student(SCHOOL_A, "No", "Plan").name
		c = make_student(SCHOOL_A, "Late", "Plan").name
		d = make_student(SCHOOL_A, "Just", "Monitoring").name
		for pupil, year in ((a, "Year 5"), (b, "Year 5"), (c, "Year 6"), (d, "Year 6")):
			enroll(pupil, year)
		for pupil in (a, b, c):
			make_send_record(pupil, SCHOOL_A, start_date=past(300))
		make_send_record(d, SCHOOL_A, provision="Monitoring", needs=())
		make_iep(a, SCHOOL_A, start_date=past(60), review_date=add_days(today(), 30))
		for days in (200, 100, 20):
			make_review(a, SCHOOL_A, meeting_date=past(days))
		make_iep(c, SCHOOL_A, start_date=past(120), review_date=past(7))

		result = run_report("SEN Support Compliance", filters={"school": SCHOOL_A})
		rows = {(r["school"], r["year_group"]): r for r in result["result"]}
		self.assertEqual(
			{
				k: (r["on_register"], r["without_plan"], r["plan_overdue"], r["few_parent_meetings"])
				for k, r in rows.items()
			},
			{(SCHOOL_A, "Year 5"): (2, 1, 0, 1), (SCHOOL_A, "Year 6"): (1, 0, 1, 1)},
		)
		summary = [s["value"] for s in result["report_summary"]]
		self.assertEqual(summary, [3, 1, 1, 2])
		self.assertEqual(result["chart"]["data"]["labels"], [SCHOOL_A])

		pupil_b = make_student(SCHOOL_B, "Bee", "Compliance").name
		make_send_record(pupil_b, SCHOOL_B)
		frappe.set_user(make_user("compliance.viewer.a@senco.test", ("SEND Viewer",), (SCHOOL_A,)))
		result = run_report("SEN Support Compliance", filters={})
		self.assertEqual({r["school"] for r in result["result"]}, {SCHOOL_A})
