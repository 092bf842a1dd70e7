# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

from frappe.desk.query_report import run as run_report

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
