# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

from frappe.desk.query_report import run as run_report
from frappe.utils import add_days
from frappe.utils import add_years
from frappe.utils import today

from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import SCHOOL_B
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import enroll
from senco_app.tests.utils import make_academic_year
from senco_app.tests.utils import make_entry
from senco_app.tests.utils import make_provision
from senco_app.tests.utils import past
from senco_app.tests.utils import pupil_with_agreed_plan
from senco_app.tests.utils import this_school_year
from senco_app.tests.utils import user_of

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
			plan = {"start_date": past(90), "review_date": add_days(today(), review_in)}
			pupils[name] = pupil_with_agreed_plan(school, name, "Due", plan, start_date=past(100)).student
		# the year group is the latest enrolment begun by today: Year 4 last year, Year 5 now
		year_start = this_school_year()[0]
		last_year = make_academic_year(
			"_SENCO last year", str(add_years(year_start, -1)), str(add_days(year_start, -1))
		)
		enroll(pupils["Overdue"], "_SENCO Year 4", str(add_years(year_start, -1)), last_year)
		enroll(pupils["Overdue"], "_SENCO Year 5")
		result = run_report("Reviews Due", filters={"school": SCHOOL_A, "window_days": 30})
		rows = [(r["student"], r["days_overdue"], r["review_status"]) for r in result["result"]]
		self.assertEqual(rows, [(pupils["Overdue"], 3, "Overdue"), (pupils["Soon"], 0, "Due")])
		self.assertEqual([r["year_group"] for r in result["result"]], ["_SENCO Year 5", None])
		summary = {s["label"]: s["value"] for s in result["report_summary"]}
		self.assertEqual(summary, {"Overdue": 1, "Due in window": 1})
		self.assertEqual(result["chart"]["data"]["datasets"][0]["values"], [1])

		self.assertReportSchools("Reviews Due", user_of(SCHOOL_A), {SCHOOL_A}, window_days=90)
		self.assertEqual(len(run_report("Reviews Due", filters={"window_days": 90})["result"]), 3)

	def test_filter_by_intervention_the_pupil_is_in_now(self):
		pupils = []
		for name in ("In", "Withdrawn", "Finished", "Other"):
			plan = {"start_date": past(90), "review_date": add_days(today(), 5)}
			pupils.append(pupil_with_agreed_plan(SCHOOL_A, name, "Group", plan, start_date=past(100)).student)
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
