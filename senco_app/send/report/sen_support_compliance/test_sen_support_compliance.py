# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import frappe
from frappe.desk.query_report import run as run_report
from frappe.utils import add_days
from frappe.utils import getdate
from frappe.utils import today

from senco_app.rules.review_reports import compliance_rows
from senco_app.send.report.sen_support_compliance.sen_support_compliance import compliance_counts
from senco_app.send.report.sen_support_compliance.sen_support_compliance import ordered_compliance
from senco_app.services.year_groups import student_year_groups
from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import SCHOOL_B
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import enroll
from senco_app.tests.utils import make_iep
from senco_app.tests.utils import make_review
from senco_app.tests.utils import past
from senco_app.tests.utils import pupil_on_register
from senco_app.tests.utils import user_of

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE


class TestSENSupportCompliance(SencoTestCase):
	def test_counts_per_school_and_year_group(self):
		# Year 5: one pupil with a current plan and three parent meetings, one without a plan;
		# Year 6: one pupil whose plan is past its review date; a monitoring pupil is not counted
		def pupil(first, last, year, **register):
			student = pupil_on_register(SCHOOL_A, first, last, **register).student
			enroll(student, year)
			return student

		a = pupil("Has", "Plan", "Year 5", start_date=past(300))
		pupil("No", "Plan", "Year 5", start_date=past(300))
		c = pupil("Late", "Plan", "Year 6", start_date=past(300))
		pupil("Just", "Monitoring", "Year 6", provision="Monitoring", needs=())
		make_iep(a, SCHOOL_A, start_date=past(60), review_date=add_days(today(), 30))
		for days in (200, 100, 20):
			make_review(a, SCHOOL_A, meeting_date=past(days))
		make_iep(c, SCHOOL_A, start_date=past(120), review_date=past(7))

		result = run_report("SEN Support Compliance", filters={"school": SCHOOL_A})
		rows = {(r["school"], r["year_group"]): r for r in result["result"]}
		self.assertEqual(
			{
				k: (r["on_register"], r["without_plan"], r["plan_overdue"], r["few_parent_meetings"])
				for k, r in rows.items()
			},
			{(SCHOOL_A, "Year 5"): (2, 1, 0, 1), (SCHOOL_A, "Year 6"): (1, 0, 1, 1)},
		)
		summary = [s["value"] for s in result["report_summary"]]
		self.assertEqual(summary, [3, 1, 1, 2])
		self.assertEqual(result["chart"]["data"]["labels"], [SCHOOL_A])

		pupil_on_register(SCHOOL_B, "Bee", "Compliance")
		self.assertReportSchools("SEN Support Compliance", user_of(SCHOOL_A, "SEND Viewer"), {SCHOOL_A})

		# the database counts what the rules count from every record read
		as_at = getdate(today())
		for schools, year_group in (([SCHOOL_A, SCHOOL_B], None), ([SCHOOL_A], "Year 5"), (None, None)):
			for required in (3, 1):
				with self.subTest(schools=schools, year_group=year_group, required=required):
					by_database = ordered_compliance(compliance_counts(schools, as_at, required, year_group))
					self.assertEqual(by_database, by_rules(schools, as_at, required, year_group))
		self.assertEqual(compliance_counts([], as_at, 3), [])


def by_rules(schools, as_at, required, year_group):
	"""``compliance_rows`` over every open SEN Support and EHC Plan record of ``schools``."""
	filters = {"status": "Open", "sen_provision": ["in", ["SEN Support", "EHC Plan"]]}
	if schools is not None:
		filters["school"] = ["in", schools]
	records = frappe.get_all(
		"SEND Record", filters, ["name", "student", "school", "active_iep", "parent_meetings_12m"]
	)
	year_groups = student_year_groups([r.student for r in records], as_at)
	if year_group:
		records = [r for r in records if year_groups.get(r.student) == year_group]
	plans = [r.active_iep for r in records if r.active_iep] or [""]
	overdue = set(
		frappe.get_all(
			"Individual Education Plan", {"name": ["in", plans], "review_date": ["<", as_at]}, pluck="name"
		)
	)
	return compliance_rows(records, overdue, year_groups, required)
