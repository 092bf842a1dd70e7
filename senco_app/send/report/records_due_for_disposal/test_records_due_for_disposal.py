# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""The daily review list of SEN files due for disposal: the report, the batched query behind it and
the SENCO's notification."""

from contextlib import contextmanager

import frappe
from frappe.desk.query_report import run as run_report

from senco_app.services import disposal
from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import SCHOOL_B
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import close_record
from senco_app.tests.utils import leave
from senco_app.tests.utils import make_contact
from senco_app.tests.utils import make_iep
from senco_app.tests.utils import make_leaver
from senco_app.tests.utils import make_send_record
from senco_app.tests.utils import make_user

test_ignore = ["Student", "Company", "User", "SEN Need Type", "SEND Record"]
IGNORE_TEST_RECORD_DEPENDENCIES = test_ignore


def make_departed(school: str, first_name: str, born_years_ago: int = 40) -> str:
	pupil = make_leaver(school, first_name, born_years_ago=born_years_ago).name
	record = make_send_record(pupil, school)
	make_iep(pupil, school)
	make_contact(pupil, school)
	close_record(record)
	leave(pupil)
	return pupil


@contextmanager
def counting_queries():
	"""Counts the SQL statements run inside the block."""
	found = []
	original = frappe.db.__class__.sql

	def counted(self, *args, **kwargs):
		found.append(args[0] if args else "")
		return original(self, *args, **kwargs)

	frappe.db.__class__.sql = counted
	try:
		yield found
	finally:
		frappe.db.__class__.sql = original


class TestRecordsDueForDisposal(SencoTestCase):
	def setUp(self):
		super().setUp()
		frappe.defaults._clear_cache("__global")

	def tearDown(self):
		super().tearDown()
		frappe.defaults._clear_cache("__global")  # the notified list was rolled back

	def test_lists_departed_pupils_past_retention_only(self):
		due = make_departed(SCHOOL_A, "Due")
		young = make_departed(SCHOOL_A, "Young", born_years_ago=20)
		on_roll = make_leaver(SCHOOL_A, "Onroll").name
		make_send_record(on_roll, SCHOOL_A)
		other = make_departed(SCHOOL_B, "Otherschool")

		rows = {r["student"]: r for r in disposal.due_pupils()}
		self.assertIn(due, rows)
		self.assertIn(other, rows)
		self.assertNotIn(young, rows)
		self.assertNotIn(on_roll, rows)
		self.assertEqual(rows[due]["documents"], 3)
		self.assertEqual(rows[due]["school"], SCHOOL_A)
		self.assertLessEqual(rows[due]["retention_end"], rows[due]["due_since"])

		frappe.set_user(make_user("disposal.report.senco.a@senco.test", ("SENCO",), (SCHOOL_A,)))
		result = run_report("Records Due for Disposal", filters={})
		students = {r["student"] for r in result["result"]}
		self.assertIn(due, students)
		self.assertNotIn(other, students)  # another school's pupils stay out
		self.assertEqual({r["school"] for r in result["result"]}, {SCHOOL_A})
		self.assertEqual(result["report_summary"][0]["value"], len(result["result"]))

	def test_the_report_is_for_the_senco_only(self):
		for role in ("SEND Staff", "SEND Office", "SEND Viewer", "SEND Governor"):
			frappe.set_user(
				make_user(f"disposal.report.{role.split()[-1].lower()}@senco.test", (role,), (SCHOOL_A,))
			)
			with self.assertRaises(frappe.PermissionError, msg=role):
				run_report("Records Due for Disposal", filters={})

	def test_the_daily_list_takes_the_same_number_of_queries_for_1_or_5_pupils(self):
		make_departed(SCHOOL_B, "Single")
		disposal.due_pupils([SCHOOL_B])  # metadata and settings cached, as in a running site
		with counting_queries() as one:
			found_one = disposal.due_pupils([SCHOOL_B])
		for i in range(4):
			make_departed(SCHOOL_B, f"Many{i}")
		with counting_queries() as five:
			found_five = disposal.due_pupils([SCHOOL_B])
		self.assertEqual(len(found_five) - len(found_one), 4)
		self.assertEqual(len(one), len(five), five)
		self.assertLessEqual(len(five), 3 + len(disposal.pupil_doctypes()) + len(disposal.pupil_row_tables()))

	def test_the_schools_senco_is_told_once_of_new_files_due(self):
		senco = make_user("disposal.notify.senco.a@senco.test", ("SENCO",), (SCHOOL_A,))
		frappe.db.set_value("Company", SCHOOL_A, "send_senco", senco)
		frappe.db.set_global(disposal.NOTIFIED_KEY, "{}")
		pupil = make_departed(SCHOOL_A, "Notified")
		name = frappe.db.get_value("Student", pupil, "student_name")

		def notes():
			return frappe.get_all(
				"Notification Log",
				filters={"for_user": senco, "document_type": "Company", "document_name": SCHOOL_A},
				fields=["subject", "link"],
			)

		disposal.daily()
		first = notes()
		self.assertEqual(len(first), 1)
		self.assertIn("Records%20Due%20for%20Disposal", first[0].link)
		self.assertNotIn(name, first[0].subject)
		self.assertNotIn(pupil, first[0].subject)
		self.assertNotIn(pupil, frappe.db.get_global(disposal.NOTIFIED_KEY))  # keyed hashes only

		disposal.daily()  # nothing new: no second notice
		self.assertEqual(len(notes()), 1)

		make_departed(SCHOOL_A, "Newlydue")
		disposal.daily()
		self.assertEqual(len(notes()), 2)
