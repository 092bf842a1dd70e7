# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import frappe
from frappe.desk.query_report import run as run_report
from frappe.utils import today

from senco_app.tests.utils import (
	SCHOOL_A,
	TEST_IGNORE,
	SencoTestCase,
	make_contact,
	past,
	pupil_on_register,
	user_of,
)

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE


class TestContactLogSummary(SencoTestCase):
	def test_counts_and_pupils_without_recent_parent_contact(self):
		met = pupil_on_register(SCHOOL_A, "Met", "Recently").student
		quiet = pupil_on_register(SCHOOL_A, "Not", "Met").student
		make_contact(met, SCHOOL_A, days_ago=10)
		make_contact(met, SCHOOL_A, days_ago=3, contact_type="Phone", with_whom="Teacher", other_name="Ms T")
		make_contact(met, SCHOOL_A, days_ago=2, contact_type="Email", confidential=1)
		make_contact(quiet, SCHOOL_A, days_ago=80, contact_type="Letter")
		filters = {"school": SCHOOL_A, "from_date": past(90), "to_date": today(), "weeks": 6}

		frappe.set_user(user_of(SCHOOL_A))
		rows = {r["student"]: r for r in run_report("Contact Log Summary", filters=filters)["result"]}
		self.assertEqual(
			(rows[met]["Meeting"], rows[met]["Phone"], rows[met]["Email"], rows[met]["total"]), (1, 1, 1, 3)
		)
		self.assertEqual(
			(rows[met]["no_recent_parent_contact"], rows[quiet]["no_recent_parent_contact"]), (0, 1)
		)

		frappe.set_user(user_of(SCHOOL_A, "SEND Staff"))
		rows = {r["student"]: r for r in run_report("Contact Log Summary", filters=filters)["result"]}
		self.assertEqual(
			(rows[met]["Email"], rows[met]["total"]), (0, 2)
		)  # the confidential email is not counted
