# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import frappe
from frappe.desk.query_report import run as run_report

from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import SCHOOL_B
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import make_send_record
from senco_app.tests.utils import make_student
from senco_app.tests.utils import make_user
from senco_app.tests.utils import user_of

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE


class TestSENDPupilGroups(SencoTestCase):
	def setUp(self):
		super().setUp()
		for school, first, provision, values in (
			(SCHOOL_A, "Ada", "SEN Support", {"looked_after": 1, "pupil_premium": 1, "child_protection": 1}),
			(SCHOOL_A, "Ben", "EHC Plan", {"pupil_premium": 1, "eal": 1, "first_language": "Polish"}),
			(SCHOOL_A, "Cal", "SEN Support", {"child_in_need": 1}),
			(SCHOOL_A, "Dot", "Monitoring", {"looked_after": 1}),  # not SEND: not counted
			(SCHOOL_B, "Eve", "SEN Support", {"pupil_premium": 1, "child_protection": 1}),
		):
			student = make_student(school, first, "Grouped").name
			needs = () if provision == "Monitoring" else ("SLCN",)
			make_send_record(student, school, provision, needs, **values)

	def groups(self, user=None, **filters):
		if user:
			frappe.set_user(user)
		result = run_report("SEND Pupil Groups", filters=filters)
		frappe.set_user("Administrator")
		return result, {(r["school"], r["group"]): r for r in result["result"]}

	def test_counts_per_school_and_group_with_names(self):
		result, rows = self.groups(school=SCHOOL_A)
		got = {
			k[1]: (r["pupils"], r["sen_support"], r["ehc_plan"], r["share"], r["names"])
			for k, r in rows.items()
		}
		self.assertEqual(
			got,
			{
				"looked_after": (1, 1, 0, 33.3, "Ada Grouped"),
				"child_protection": (1, 1, 0, 33.3, "Ada Grouped"),
				"child_in_need": (1, 1, 0, 33.3, "Cal Grouped"),
				"eal": (1, 0, 1, 33.3, "Ben Grouped"),
				"pupil_premium": (2, 1, 1, 66.7, "Ada Grouped, Ben Grouped"),
			},
		)
		summary = {s["label"]: s["value"] for s in result["report_summary"]}
		self.assertEqual(summary["Pupil premium"], 2)
		self.assertEqual(result["chart"]["data"]["datasets"][0]["values"], [1, 1, 1, 1, 2])

	def test_each_reader_sees_their_schools_and_only_the_senco_the_confidential_groups(self):
		_result, rows = self.groups(user_of(SCHOOL_A))
		self.assertEqual({k[0] for k in rows}, {SCHOOL_A})
		self.assertIn((SCHOOL_A, "child_protection"), rows)
		_result, rows = self.groups(user_of(SCHOOL_A, "SEND Viewer"))
		self.assertEqual({k[0] for k in rows}, {SCHOOL_A})
		self.assertEqual({k[1] for k in rows}, {"looked_after", "eal", "pupil_premium"})
		self.assertEqual(rows[(SCHOOL_A, "pupil_premium")]["names"], "Ada Grouped, Ben Grouped")
		_result, rows = self.groups(user_of(SCHOOL_B, "SEND Viewer"), school=SCHOOL_A)
		self.assertEqual(rows, {})
		for role in ("SEND Governor", "SEND Staff"):
			frappe.set_user(user_of(SCHOOL_A, role))
			with self.assertRaises(frappe.PermissionError, msg=role):
				run_report("SEND Pupil Groups", filters={})
			frappe.set_user("Administrator")
		nobody = make_user("noschool.groups@senco.test", ("SEND Viewer",))
		_result, rows = self.groups(nobody)
		self.assertEqual(rows, {})
