# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import frappe
from frappe.desk.query_report import run as run_report
from frappe.utils import getdate
from frappe.utils import today

from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import make_contact
from senco_app.tests.utils import past
from senco_app.tests.utils import pupil_on_register
from senco_app.tests.utils import user_of

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

	def test_parents_met_before_the_period_are_not_reported_as_never_met(self):
		"""Issue 12 (fixes found on the way): the last parent contact is read from before the period."""
		earlier = pupil_on_register(SCHOOL_A, "Met", "Earlier", start_date=past(200)).student
		never = pupil_on_register(SCHOOL_A, "Never", "Met", start_date=past(200)).student
		make_contact(earlier, SCHOOL_A, days_ago=70)  # a parent meeting 10 weeks ago
		make_contact(never, SCHOOL_A, days_ago=70, with_whom="Teacher", other_name="Ms T")
		filters = {"school": SCHOOL_A, "from_date": past(28), "to_date": today(), "weeks": 4}
		rows = {r["student"]: r for r in run_report("Contact Log Summary", filters=filters)["result"]}
		self.assertEqual(getdate(rows[earlier]["last_parent_contact"]), getdate(past(70)))
		self.assertEqual(rows[earlier]["total"], 0)  # counted in its own period only
		self.assertEqual(rows[earlier]["no_recent_parent_contact"], 1)  # 10 weeks > 4 weeks
		self.assertIsNone(rows[never]["last_parent_contact"])
