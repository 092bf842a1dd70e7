# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

from frappe.desk.query_report import run as run_report

from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import make_entry
from senco_app.tests.utils import make_student
from senco_app.tests.utils import term_day
from senco_app.tests.utils import this_school_year

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE


class TestProvisionImpact(SencoTestCase):
	def test_progress_achievement_and_cost_per_unit(self):
		a, b, c = (make_student(SCHOOL_A, n, "Impact").name for n in ("A", "B", "C"))
		make_entry(
			SCHOOL_A,
			[
				{"student": a, "entry_score": 80, "exit_score": 92, "outcome": "Achieved"},
				{"student": b, "entry_score": 85, "exit_score": 91, "outcome": "Not achieved"},
				{"student": c, "outcome": "Withdrawn"},
			],
			end_date=term_day(9, 4),
		)  # 10 weeks: 15 h x 15.00 = 225.00
		result = run_report(
			"Provision Impact",
			filters={"school": SCHOOL_A, "from_date": str(this_school_year()[0]), "to_date": term_day(16, 3)},
		)
		(row,) = result["result"]
		self.assertEqual(
			(row["pupils"], row["measured"], row["average_progress"], row["achieved_percent"]),
			(3, 2, 9.0, 50.0),
		)
		self.assertEqual(
			(row["total_cost"], row["cost_per_unit_progress"]), (225.0, 12.5)
		)  # 225 / 18 months gained
		self.assertEqual(result["chart"]["data"]["datasets"][0]["values"], [9.0])
