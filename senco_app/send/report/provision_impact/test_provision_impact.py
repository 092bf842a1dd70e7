# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

from frappe.desk.query_report import run as run_report
from frappe.utils import getdate

from senco_app.rules.provision_reports import impact_totals
from senco_app.send.report.provision_common import impact_totals_in_period
from senco_app.tests.reference_reads import fetch_placements
from senco_app.tests.utils import OTHER_SCHOOL
from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import SCHOOL_B
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import make_entry
from senco_app.tests.utils import make_provision
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

	def test_the_database_sums_the_placements_as_the_rules_do(self):
		"""The report's figures are summed by the database (impact_totals_in_period); they are the
		sums the rules make from every placement read (impact_totals over fetch_placements)."""
		pupils = {
			school: [make_student(school, n, "Totals").name for n in ("A", "B", "C")]
			for school in (SCHOOL_A, SCHOOL_B, OTHER_SCHOOL)
		}
		lego = make_provision("_Test Lego Therapy", impact_measure="Boxall profile")
		ended, later = term_day(9, 4), term_day(20, 4)
		a, b = pupils[SCHOOL_A], pupils[SCHOOL_B]
		make_entry(
			SCHOOL_A,
			[
				{"student": a[0], "entry_score": 80, "exit_score": 92.5, "outcome": "Achieved"},
				{"student": a[1], "entry_score": 85, "exit_score": 81, "outcome": "Not achieved"},
				{"student": a[2], "outcome": "Withdrawn"},
			],
			end_date=ended,
		)
		make_entry(SCHOOL_B, [{"student": b[0], "entry_score": 10, "exit_score": 14}], end_date=ended)
		make_entry(SCHOOL_A, [{"student": a[0], "entry_score": 3, "exit_score": 5}], lego, end_date=ended)
		make_entry(SCHOOL_B, [{"student": b[1], "outcome": "Achieved"}], lego, end_date=ended)
		make_entry(SCHOOL_A, [a[1]], lego, end_date=later)  # ends after the period
		make_entry(OTHER_SCHOOL, [pupils[OTHER_SCHOOL][0]], lego, end_date=ended)  # not asked for
		start, end = getdate(this_school_year()[0]), getdate(term_day(16, 3))

		# (as Administrator: every school)
		placements, entries = fetch_placements(None, start, end, {"end_date": ["between", [start, end]]})

		def by_rules(schools):
			costs = {n: e.total_cost or 0 for n, e in entries.items() if e.school in schools}
			return impact_totals([p for p in placements if p["school"] in schools], costs)

		for schools in ([SCHOOL_A, SCHOOL_B], [SCHOOL_A], [SCHOOL_B]):
			with self.subTest(schools=schools):
				by_database = sorted(
					impact_totals_in_period(schools, start, end), key=lambda r: r["provision"]
				)
				self.assertEqual(by_database, sorted(by_rules(schools), key=lambda r: r["provision"]))
		both = {r["provision"]: r for r in impact_totals_in_period([SCHOOL_A, SCHOOL_B], start, end)}
		# hand-worked: the reading group's pupils, progress (12.5 - 4 + 4) and the Lego group's
		reading = both[make_provision()]
		self.assertEqual(
			(reading["pupils"], reading["measured"], reading["progress"], reading["gained"]),
			(4, 3, 12.5, 16.5),
		)
		self.assertEqual((reading["decided"], reading["achieved"]), (2, 1))
		self.assertEqual((both[lego]["pupils"], both[lego]["decided"]), (2, 1))
		self.assertEqual(impact_totals_in_period([], start, end), [])
