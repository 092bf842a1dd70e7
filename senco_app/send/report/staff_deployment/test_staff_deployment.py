# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

from frappe.desk.query_report import run as run_report

from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import SCHOOL_B
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import make_entry
from senco_app.tests.utils import make_student
from senco_app.tests.utils import term_day
from senco_app.tests.utils import user_of

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE


class TestStaffDeployment(SencoTestCase):
	def test_weekly_timetable_against_contract(self):
		ta = user_of(SCHOOL_A, "SEND Staff")
		pupil = make_student(SCHOOL_A, "Dee", "Deploy").name
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
		make_entry(
			SCHOOL_B,
			[make_student(SCHOOL_B, "B", "Deploy").name],
			staff=ta,
			sessions_per_week=1,
			minutes_per_session=30,
		)
		result = run_report("Staff Deployment", filters={"school": SCHOOL_A, "week_of": term_day(4, 2)})
		(row,) = result["result"]
		self.assertEqual(
			(row["staff"], row["minutes"], row["contracted"], row["over_by"]), (ta, 1200, 1500, 0)
		)
		result = run_report("Staff Deployment", filters={"school": SCHOOL_A, "week_of": term_day(8)})
		self.assertEqual(result["result"][0]["minutes"], 600)
