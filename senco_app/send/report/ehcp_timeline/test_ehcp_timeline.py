# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import frappe
from frappe.desk.query_report import run as run_report
from frappe.utils import add_days
from frappe.utils import getdate

from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import SCHOOL_B
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import make_ehc_plan
from senco_app.tests.utils import past
from senco_app.tests.utils import pupil_on_register
from senco_app.tests.utils import user_of

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE


class TestEHCPTimeline(SencoTestCase):
	def test_due_actual_late_and_rag(self):
		late = pupil_on_register(SCHOOL_A, "Late", "Decision").student
		make_ehc_plan(
			late, SCHOOL_A, request_date=past(60), local_authority="Northshire"
		)  # decision due 18 days ago
		prompt = pupil_on_register(SCHOOL_A, "Prompt", "Decision").student
		make_ehc_plan(
			prompt,
			SCHOOL_A,
			request_date=past(50),
			status="Assessing",
			decision_to_assess="Yes",
			decision_to_assess_date=past(20),
			local_authority="Northshire",
		)
		other = pupil_on_register(SCHOOL_B, "Other", "School").student
		make_ehc_plan(other, SCHOOL_B, request_date=past(10))

		result = run_report("EHCP Timeline", filters={"school": SCHOOL_A, "local_authority": "Northshire"})
		rows = {r["student"]: r for r in result["result"]}
		self.assertEqual(set(rows), {late, prompt})
		# each step once: due, done and a RAG pill carrying the days late (no separate columns)
		fieldnames = [c["fieldname"] for c in result["columns"]]
		self.assertLessEqual(len(fieldnames), 16)
		self.assertIn("issue_decision_rag", fieldnames)
		self.assertNotIn("assess_late", fieldnames)
		self.assertEqual((rows[late]["assess_late"], rows[late]["assess_rag"]), (18, "Red"))
		self.assertEqual(getdate(rows[late]["assess_due"]), getdate(add_days(past(60), 42)))
		self.assertEqual((rows[prompt]["assess_late"], rows[prompt]["assess_rag"]), (0, "Green"))
		self.assertEqual(rows[late]["next_step_late"], 18)
		summary = {s["label"]: s["value"] for s in result["report_summary"]}
		self.assertEqual((summary["Assessments in progress"], summary["Steps overdue"]), (2, 1))

		frappe.set_user(user_of(SCHOOL_B))
		result = run_report("EHCP Timeline", filters={})
		self.assertEqual([r["student"] for r in result["result"]], [other])
