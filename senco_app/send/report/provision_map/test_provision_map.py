# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import frappe
from frappe.desk.query_report import run as run_report
from frappe.utils import add_days
from frappe.utils import getdate

from senco_app.send.report.provision_common import GRID_FIELDS
from senco_app.send.report.provision_common import placed_with_year_groups
from senco_app.tests.reference_reads import fetch_placements
from senco_app.tests.reference_reads import with_year_groups
from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import SCHOOL_B
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import enroll
from senco_app.tests.utils import make_entry
from senco_app.tests.utils import make_provision
from senco_app.tests.utils import make_student
from senco_app.tests.utils import term_day
from senco_app.tests.utils import this_school_year
from senco_app.tests.utils import user_of

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE


class TestProvisionMap(SencoTestCase):
	def test_grid_totals_and_isolation(self):
		period = {"from_date": str(this_school_year()[0]), "to_date": term_day(14, 4)}  # the autumn term
		ann, ben = (make_student(SCHOOL_A, n, "Grid").name for n in ("Ann", "Ben"))
		enroll(ann, "Year 3")
		enroll(ben, "Year 4")
		reading = make_provision("_Test Reading Group")  # 3 x 30 min, 15.00 an hour
		lego = make_provision(
			"_Test Lego", default_sessions_per_week=1, default_minutes=60, default_cost_per_hour=16
		)
		make_entry(SCHOOL_A, [ann, ben], provision=reading)  # 18 h, 270.00 / 2 = 135.00 each
		make_entry(SCHOOL_A, [ann], provision=lego)  # 12 h, 192.00
		make_entry(SCHOOL_B, [make_student(SCHOOL_B, "Cat", "Grid").name])
		result = run_report("Provision Map", filters={"school": SCHOOL_A, **period})
		rows = {r["student"]: r for r in result["result"]}
		self.assertEqual(
			(rows[ann][reading], rows[ann][lego], rows[ann]["total_hours"], rows[ann]["total_cost"]),
			(18, 12, 30, 327),
		)
		self.assertEqual((rows[ben][reading], rows[ben][lego], rows[ben]["total_cost"]), (18, 0, 135))
		self.assertEqual(result["chart"]["data"]["labels"], ["Year 3", "Year 4"])
		self.assertEqual(result["chart"]["data"]["datasets"][0]["values"], [327, 135])
		result = run_report("Provision Map", filters={"school": SCHOOL_A, "year_group": "Year 4", **period})
		self.assertEqual([r["student"] for r in result["result"]], [ben])
		self.assertReportSchools("Provision Map", user_of(SCHOOL_A, "SEND Viewer"), {SCHOOL_A}, **period)

	def test_one_query_reads_what_the_placements_and_year_groups_read(self):
		"""The placements the Provision Map reads in one query, against the entries, their pupils and
		the pupils' year groups read one after the other, for each reader and period: a pupil moved
		up a year within the period has the year group of its last day."""
		start, end = this_school_year()[0], getdate(term_day(14, 4))
		ann, ben = (make_student(SCHOOL_A, n, "Placed").name for n in ("Ann", "Ben"))
		enroll(ann, "Year 3")
		enroll(ben, "Year 4")
		enroll(ben, "Year 5", enrollment_date=str(add_days(end, -10)))
		enroll(ann, "Year 4", enrollment_date=str(add_days(end, 10)))  # after the period: not counted
		reading = make_provision("_Test Placed Reading")
		make_entry(SCHOOL_A, [ann, ben], provision=reading)
		make_entry(SCHOOL_A, [ann])
		make_entry(SCHOOL_B, [make_student(SCHOOL_B, "Cat", "Placed").name])
		compared = 0
		for user in ("Administrator", user_of(SCHOOL_A, "SEND Viewer"), user_of(SCHOOL_B, "SENCO")):
			frappe.set_user(user)
			for school, extra in ((None, None), (SCHOOL_A, None), (None, {"provision": reading})):
				expected = with_year_groups(fetch_placements(school, start, end, extra)[0], end)
				key = lambda p: (p["entry"], p["student"])  # noqa: E731
				self.assertEqual(
					sorted(
						(
							{f: p[f] for f in GRID_FIELDS}
							for p in placed_with_year_groups(school, start, end, extra)
						),
						key=key,
					),
					sorted(({f: p[f] for f in GRID_FIELDS} for p in expected), key=key),
				)
				compared += len(expected)
		frappe.set_user("Administrator")
		years = {p["student"]: p["year_group"] for p in placed_with_year_groups(SCHOOL_A, start, end)}
		self.assertEqual((years[ann], years[ben]), ("Year 3", "Year 5"))
		self.assertGreater(compared, 6)  # not empty comparisons
