"""The daily jobs read and write in batches: the number of queries does not grow with the number of
records, and what they write is what a save of each record works out."""

from contextlib import contextmanager

import frappe
from frappe.utils import getdate

from senco_app.rules.statutory import add_months
from senco_app.services import ehcp_clock
from senco_app.services import review_schedule
from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import make_issued_plan
from senco_app.tests.utils import past
from senco_app.tests.utils import pupil_on_register

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE


@contextmanager
def counted_queries():
	"""The SQL statements run inside the block (a list filled as they run)."""
	queries = []
	sql = frappe.db.__class__.sql

	def counting(db, query, *args, **kwargs):
		queries.append(query)
		return sql(db, query, *args, **kwargs)

	frappe.db.__class__.sql = counting
	try:
		yield queries
	finally:
		frappe.db.__class__.sql = sql


def issued_plan(n: int) -> str:
	student = pupil_on_register(SCHOOL_A, "Daily", f"Plan {n}", needs=("ASD",), start_date=past(800)).student
	return make_issued_plan(student, SCHOOL_A, issued_days_ago=400).name


class TestDailyJobs(SencoTestCase):
	def stale_plans(self, names):
		"""Plans whose derived fields the calendar has moved on since they were written."""
		for name in names:
			frappe.db.set_value(
				"EHC Plan",
				name,
				{"next_step": None, "next_step_due": None, "overdue": 0, "next_annual_review_due": None},
				update_modified=False,
			)

	def test_ehcp_daily_queries_do_not_grow_with_plans(self):
		plans = [issued_plan(n) for n in range(5)]
		saved = {
			name: frappe.db.get_value("EHC Plan", name, ehcp_clock.DERIVED_FIELDS, as_dict=True)
			for name in plans
		}
		ehcp_clock.refresh_plans(plans)  # caches (settings, meta) warm, as on a site that runs
		counts = {}
		for size in (1, 5):
			self.stale_plans(plans[:size])
			with counted_queries() as queries:
				changed = ehcp_clock.refresh_plans(plans[:size])
			self.assertEqual(sorted(changed), sorted(plans[:size]))
			counts[size] = len(queries)
		self.assertEqual(counts[1], counts[5], counts)
		for name in plans:  # what the batch wrote is what each plan's own save worked out
			self.assertEqual(
				frappe.db.get_value("EHC Plan", name, ehcp_clock.DERIVED_FIELDS, as_dict=True), saved[name]
			)
		self.assertEqual(getdate(saved[plans[0]].next_step_due), add_months(getdate(past(400)), 12))
		self.assertEqual(saved[plans[0]].overdue, 1)

	def test_nothing_written_when_nothing_moved(self):
		plans = [issued_plan(n) for n in range(3)]
		with counted_queries() as queries:
			self.assertEqual(ehcp_clock.refresh_plans(plans), [])
		self.assertFalse([q for q in queries if str(q).lstrip().upper().startswith("UPDATE")])

	def test_review_schedule_queries_do_not_grow_with_records(self):
		records = [
			pupil_on_register(SCHOOL_A, "Daily", f"Record {n}", start_date=past(300)).record for n in range(5)
		]
		due = {name: frappe.db.get_value("SEND Record", name, "next_review_due") for name in records}
		review_schedule.refresh_review_schedule(records)
		counts = {}
		for size in (1, 5):
			for name in records[:size]:
				frappe.db.set_value(
					"SEND Record", name, {"next_review_due": None, "review_overdue": 0}, update_modified=False
				)
			with counted_queries() as queries:
				review_schedule.refresh_review_schedule(records[:size])
			counts[size] = len(queries)
		self.assertEqual(counts[1], counts[5], counts)
		for name in records:
			self.assertEqual(frappe.db.get_value("SEND Record", name, "next_review_due"), due[name])
			self.assertTrue(due[name])
