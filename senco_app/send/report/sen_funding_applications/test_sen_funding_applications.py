# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import frappe
from frappe.desk.query_report import run as run_report
from frappe.utils import add_days

from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import SCHOOL_B
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import issue_ehc_plan
from senco_app.tests.utils import make_ehc_plan
from senco_app.tests.utils import make_funding_application
from senco_app.tests.utils import past
from senco_app.tests.utils import pupil_on_register
from senco_app.tests.utils import this_school_year
from senco_app.tests.utils import user_of

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE

REPORT = "SEN Funding Applications"


class TestSENFundingApplications(SencoTestCase):
	def setUp(self):
		super().setUp()
		self.year_start = this_school_year()[0]
		in_year = str(self.year_start)  # on or before today, whenever the tests run
		last_year = str(add_days(self.year_start, -20))

		def pupil(first, school=SCHOOL_A):
			return pupil_on_register(school, first, "Funding").student

		make_funding_application(
			pupil("Ada"), SCHOOL_A, application_date=in_year, decision_date=in_year
		)  # 2,000 asked, 1,500 given
		make_funding_application(
			pupil("Ben"),
			SCHOOL_A,
			application_date=in_year,
			status="Refused",
			decision_date=in_year,
			amount_requested=800,
			amount_awarded=0,
		)
		make_funding_application(
			pupil("Cat"),
			SCHOOL_A,
			funding_type="Disability Access Fund",
			application_date=in_year,
			status="Submitted",
			decision_date=None,
			amount_requested=910,
			amount_awarded=0,
		)
		make_funding_application(
			pupil("Dan"), SCHOOL_A, application_date=last_year, decision_date=last_year
		)  # last year's: not counted
		make_funding_application(
			pupil("Eve", SCHOOL_B), SCHOOL_B, application_date=in_year, decision_date=in_year
		)
		planned = pupil_on_register(SCHOOL_A, "Pip", "Planned", start_date=past(400)).student
		issue_ehc_plan(
			planned,
			SCHOOL_A,
			issue_date=past(200),
			request_date=past(400),
			decision_to_assess_date=past(380),
			top_up_amount=1000,
			top_up_period="Per term",
		)  # 3,000 in the year; issuing it puts the pupil on E

	def test_per_school_and_type_with_ehcp_top_up_beside(self):
		result = run_report(REPORT, filters={"school": SCHOOL_A, "year_start": str(self.year_start)})
		rows = [
			(
				r["funding_type"],
				r["applications"],
				r["awaiting"],
				r["refused"],
				r["amount_requested"],
				r["amount_awarded"],
			)
			for r in result["result"]
		]
		self.assertEqual(
			rows,
			[
				("SEN inclusion fund", 2, 0, 1, 2800.0, 1500.0),
				("Disability Access Fund", 1, 1, 0, 910.0, 0.0),
				("EHC plan top-up (in the year)", 1, 0, 0, 0.0, 3000.0),
			],
		)
		summary = {s["label"]: s["value"] for s in result["report_summary"]}
		self.assertEqual(
			summary,
			{
				"Applications": 3,
				"Awaiting a decision": 1,
				"Requested": 3710.0,
				"Awarded": 1500.0,
				"EHC plan top-up in the year": 3000.0,
			},
		)
		self.assertEqual([d["values"] for d in result["chart"]["data"]["datasets"]], [[1500.0], [3000.0]])

	def test_each_reader_gets_their_schools_only(self):
		filters = {"year_start": str(self.year_start)}
		for role in ("SENCO", "SEND Office", "SEND Viewer"):
			self.assertReportSchools(REPORT, user_of(SCHOOL_B, role), {SCHOOL_B}, **filters)
		frappe.set_user(user_of(SCHOOL_B))
		self.assertEqual(run_report(REPORT, filters={**filters, "school": SCHOOL_A})["result"], [])
		for role in ("SEND Governor", "SEND Staff"):
			frappe.set_user(user_of(SCHOOL_A, role))
			with self.assertRaises(frappe.PermissionError, msg=role):
				run_report(REPORT, filters=filters)
		frappe.set_user("Administrator")
