"""The provision cost per school summed by the database (SEND Summary) agrees with the rules
(``pupil_costs`` and ``school_costs`` over ``fetch_placements``) and with a hand-worked figure, for
entries before, across the start of, inside, across the end of and after the school year."""

import frappe
from frappe.utils import add_days

from senco_app.rules.provision_reports import pupil_costs
from senco_app.rules.provision_reports import school_costs
from senco_app.send.report.provision_common import school_costs_in_period
from senco_app.tests.reference_reads import fetch_placements
from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import SCHOOL_B
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import make_entry
from senco_app.tests.utils import make_student
from senco_app.tests.utils import this_school_year

# (first day, last day) from the year's first day or (with "end") its last day, and each pupil's
# cost per pupil for the entry
CASES = (
	(("start", -100), ("start", -10), 999.0),  # before the year: nothing
	(("start", -30), ("start", 29), 600.0),  # 30 of 60 days in the year: 300.00
	(("start", 7), ("start", 90), 250.55),  # inside: all of it
	(("end", -19), ("end", 40), 100.0),  # 20 of 60 days: 33.33 (rounded per placement)
	(("end", 10), ("end", 50), 999.0),  # after the year: nothing
)
# two pupils in every entry: 2 x (300.00 + 250.55 + 33.33)
HAND_WORKED = 1167.76


def by_rules(schools, start, end):
	placements, _entries = fetch_placements(None, start, end)  # (as Administrator: every school)
	placements = [p for p in placements if p["school"] in schools]
	return {s["school"]: s["cost"] for s in school_costs(pupil_costs(placements, start, end, 0), {})}


class TestSchoolProvisionCosts(SencoTestCase):
	def test_the_database_sums_costs_in_the_year_as_the_rules_do(self):
		start, end = this_school_year()
		schools = [SCHOOL_A, SCHOOL_B]
		before = school_costs_in_period(schools, start, end)
		self.assertEqual(before, by_rules(schools, start, end))
		pupils = [make_student(SCHOOL_A, f"P{i}", "YearCost").name for i in range(2)]
		for first, last, cost in CASES:
			entry = make_entry(
				SCHOOL_A,
				pupils,
				start_date=add_days(start if first[0] == "start" else end, first[1]),
				end_date=add_days(start if last[0] == "start" else end, last[1]),
			)
			for row in entry.pupils:
				frappe.db.set_value("Provision Map Pupil", row.name, "cost", cost)
		make_entry(SCHOOL_B, [make_student(SCHOOL_B, "B", "YearCost").name])
		after = school_costs_in_period(schools, start, end)
		self.assertEqual(after, by_rules(schools, start, end))
		self.assertEqual(round(after[SCHOOL_A] - before.get(SCHOOL_A, 0.0), 2), HAND_WORKED)
		self.assertIn(SCHOOL_B, after)
		# limited to the schools asked for; none asked for: none
		self.assertEqual(set(school_costs_in_period([SCHOOL_A], start, end)), {SCHOOL_A})
		self.assertEqual(school_costs_in_period([], start, end), {})
		self.assertEqual(school_costs_in_period(None, start, end)[SCHOOL_A], after[SCHOOL_A])
