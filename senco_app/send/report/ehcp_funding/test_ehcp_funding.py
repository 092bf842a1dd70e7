# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import frappe
from frappe.desk.query_report import run as run_report
from frappe.utils import add_days

from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import SCHOOL_B
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import make_ehc_plan
from senco_app.tests.utils import past
from senco_app.tests.utils import pupil_on_register
from senco_app.tests.utils import this_school_year
from senco_app.tests.utils import user_of

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE


class TestEHCPFunding(SencoTestCase):
	def test_per_pupil_and_per_school_in_the_year(self):
		def funded(first, school, **values):
			pupil = pupil_on_register(school, first, "Funded").student
			return make_ehc_plan(
				pupil, school, request_date=past(400), status="Issued", issue_date=past(200), **values
			)

		year_start, year_end = this_school_year()
		year_days = (year_end - year_start).days + 1
		funded("Term", SCHOOL_A, top_up_amount=1000, top_up_period="Per term")  # 3,000 a year
		funded(
			"Half",
			SCHOOL_A,
			top_up_amount=10 * year_days,
			top_up_from=str(year_start),
			top_up_to=str(add_days(year_start, 180)),
		)  # 10.00 a day for 181 days
		funded("Other", SCHOOL_B, top_up_amount=500, top_up_period="Per month")
		filters = {"school": SCHOOL_A, "year_start": str(year_start)}
		result = run_report("EHCP Funding", filters=filters)
		amounts = sorted(r["amount_in_year"] for r in result["result"])
		self.assertEqual(amounts, [1810.0, 3000.0])
		self.assertEqual(result["report_summary"][0]["value"], 4810.0)
		self.assertEqual(result["chart"]["data"]["datasets"][0]["values"], [4810.0])

		frappe.set_user(user_of(SCHOOL_B))
		result = run_report("EHCP Funding", filters={"year_start": str(year_start)})
		self.assertEqual([r["amount_in_year"] for r in result["result"]], [6000.0])
