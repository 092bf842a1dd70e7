# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

from datetime import timedelta

import frappe
from frappe.desk.query_report import run as run_report
from frappe.utils import getdate

from senco_app.rules import UNIT_SEPARATOR
from senco_app.rules.provision_reports import DEPLOYMENT_ENTRY_FIELDS
from senco_app.rules.provision_reports import booked_per_staff
from senco_app.rules.provision_reports import support_per_staff
from senco_app.send.report import script_report as report
from senco_app.send.report.staff_deployment import staff_deployment as deployment
from senco_app.services.provision_lookup import running_filters
from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import SCHOOL_B
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import make_entry
from senco_app.tests.utils import make_student
from senco_app.tests.utils import make_support_allocation
from senco_app.tests.utils import term_day
from senco_app.tests.utils import user_of

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE


def make_timetable(ta: str, pupil: str, staff_at_b: str, surname: str):
	"""``ta``'s entries at school A for ``pupil``: 10 x 60 minutes a week from the start, 5 x 120 in
	weeks 4 and 5; and 1 x 30 at school B, run by ``staff_at_b``."""
	make_entry(SCHOOL_A, [pupil], staff=ta, sessions_per_week=10, minutes_per_session=60)
	make_entry(
		SCHOOL_A,
		[pupil],
		staff=ta,
		sessions_per_week=5,
		minutes_per_session=120,
		start_date=term_day(4),
		end_date=term_day(5, 4),
	)
	b_pupil = make_student(SCHOOL_B, "B", surname).name
	make_entry(SCHOOL_B, [b_pupil], staff=staff_at_b, sessions_per_week=1, minutes_per_session=30)


class TestStaffDeployment(SencoTestCase):
	def test_weekly_timetable_against_contract(self):
		ta = user_of(SCHOOL_A, "SEND Staff")
		pupil = make_student(SCHOOL_A, "Dee", "Deploy").name
		make_timetable(ta, pupil, ta, "Deploy")
		result = run_report("Staff Deployment", filters={"school": SCHOOL_A, "week_of": term_day(4, 2)})
		(row,) = result["result"]
		self.assertEqual(
			(row["staff"], row["minutes"], row["contracted"], row["over_by"]), (ta, 1200, 1500, 0)
		)
		result = run_report("Staff Deployment", filters={"school": SCHOOL_A, "week_of": term_day(8)})
		self.assertEqual(result["result"][0]["minutes"], 600)

		# support beyond interventions: in class 240, one to one 150, lunchtime 60 from week 0;
		# 999 of in-class support ending in week 3 (none in weeks 4 and 8), and 999 at school B (never)
		make_support_allocation(SCHOOL_A, ta, 240, from_date=term_day(0))
		make_support_allocation(
			SCHOOL_A, ta, 150, "One-to-one", student=pupil, from_date=term_day(0), to_date=term_day(20)
		)
		make_support_allocation(SCHOOL_A, ta, 60, "Lunchtime or unstructured time", from_date=term_day(0))
		make_support_allocation(SCHOOL_A, ta, 999, from_date=term_day(0), to_date=term_day(3, 4))
		make_support_allocation(SCHOOL_B, ta, 999, from_date=term_day(0))
		figures = ("minutes", "in_class_minutes", "one_to_one_minutes", "other_support_minutes")
		figures += ("total_minutes", "contracted", "over_by")
		# week 4: 1200 + 240 + 150 + 60 = 1650 against 1500: over by 150
		(row,) = run_report("Staff Deployment", filters={"school": SCHOOL_A, "week_of": term_day(4, 2)})[
			"result"
		]
		self.assertEqual(tuple(row[f] for f in figures), (1200, 240, 150, 60, 1650, 1500, 150))
		# week 8: 600 + 450 = 1050, within the contract
		result = run_report("Staff Deployment", filters={"school": SCHOOL_A, "week_of": term_day(8)})
		self.assertEqual(tuple(result["result"][0][f] for f in figures), (600, 240, 150, 60, 1050, 1500, 0))
		self.assertEqual(result["report_summary"][0]["value"], 0)
		# week 3 (the second entry starts in week 4): 600 + (240 + 999) + 150 + 60 = 2049, over by 549
		(row,) = run_report("Staff Deployment", filters={"school": SCHOOL_A, "week_of": term_day(3)})[
			"result"
		]
		self.assertEqual(tuple(row[f] for f in figures), (600, 1239, 150, 60, 2049, 1500, 549))

	def test_database_totals_equal_the_rules_over_the_rows(self):
		"""The week's totals the report has the database sum, against the rules' sums over the rows read
		one by one, for each reader and week (entries starting and ending, allocations open and
		ended, a provision run twice by one person, another school's rows)."""
		ta, b_senco = user_of(SCHOOL_A, "SEND Staff"), user_of(SCHOOL_B, "SENCO")
		pupil = make_student(SCHOOL_A, "Tot", "Deploy").name
		make_timetable(ta, pupil, b_senco, "Tot")
		make_entry(SCHOOL_A, [pupil], staff=ta, sessions_per_week=2, minutes_per_session=30)
		make_support_allocation(SCHOOL_A, ta, 240, from_date=term_day(0))
		make_support_allocation(SCHOOL_A, ta, 60, from_date=term_day(2))
		make_support_allocation(SCHOOL_A, ta, 999, from_date=term_day(0), to_date=term_day(3, 4))
		make_support_allocation(SCHOOL_A, ta, 60, "Lunchtime or unstructured time", from_date=term_day(0))
		make_support_allocation(SCHOOL_B, b_senco, 999, from_date=term_day(0))
		compared = 0
		for user in ("Administrator", ta, user_of(SCHOOL_A, "SENCO"), b_senco):
			frappe.set_user(user)
			for day in (term_day(0), term_day(3), term_day(4, 2), term_day(8)):
				monday = getdate(day) - timedelta(days=getdate(day).weekday())
				sunday = monday + timedelta(days=6)
				entries = report.scoped_rows(
					deployment.ENTRY,
					report.report_schools(None, deployment.ENTRY),
					running_filters(monday, sunday),
					DEPLOYMENT_ENTRY_FIELDS,
				)
				allocations = report.scoped_rows(
					deployment.ALLOCATION,
					report.report_schools(None, deployment.ALLOCATION),
					{"from_date": ["<=", sunday]},
					["staff", "staff_name", "support_type", "minutes_per_week", "from_date", "to_date"],
					or_filters=[["to_date", "is", "not set"], ["to_date", ">=", monday]],
				)
				entries = report.with_dates(entries, "start_date", "end_date")
				allocations = report.with_dates(allocations, "from_date", "to_date")
				booked = sorted(
					(b["staff"], b["minutes"], sorted(b["provisions"]))
					for b in booked_per_staff(entries, monday)
				)
				got = sorted(
					(b["staff"], int(b["minutes"]), sorted(b["provisions"].split(UNIT_SEPARATOR)))
					for b in deployment.fetch_booked(None, monday, sunday)
				)
				self.assertEqual(got, booked)
				support = sorted(
					(s["staff"], s["support_type"], s["minutes"])
					for s in support_per_staff(allocations, monday)
				)
				got = sorted(
					(s["staff"], s["support_type"], int(s["minutes"]))
					for s in deployment.fetch_support(None, monday, sunday)
				)
				self.assertEqual(got, support)
				compared += bool(booked) + bool(support)
		frappe.set_user("Administrator")
		self.assertGreater(compared, 10)  # not empty comparisons
