# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import frappe
from frappe.desk.query_report import run as run_report
from frappe.utils import getdate
from frappe.utils import today

from senco_app.rules.agency_reports import involvement_rows
from senco_app.send.report import script_report as report
from senco_app.send.report.agency_involvement.agency_involvement import involvement_in_period
from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import SCHOOL_B
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import make_agency
from senco_app.tests.utils import make_referral
from senco_app.tests.utils import make_student
from senco_app.tests.utils import past
from senco_app.tests.utils import user_of

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE


class TestAgencyInvolvement(SencoTestCase):
	def test_agencies_per_pupil_over_a_period(self):
		salt = make_agency("_Test SaLT", "Speech and Language Therapy")
		pupil = make_student(SCHOOL_A, "Many", "Agencies").name
		make_referral(pupil, SCHOOL_A)
		make_referral(pupil, SCHOOL_A, agency=salt, referral_date=past(30), consent_date=past(31))
		make_referral(make_student(SCHOOL_A, "Only", "Draft").name, SCHOOL_A, status="Draft")
		make_referral(make_student(SCHOOL_B, "Other", "School").name, SCHOOL_B)
		result = run_report(
			"Agency Involvement", filters={"school": SCHOOL_A, "from_date": past(365), "to_date": today()}
		)
		rows = result["result"]
		self.assertEqual(
			[(r["student"], r["agency_count"], r["agencies"]) for r in rows],
			[(pupil, 2, "_Test EP Service, _Test SaLT")],
		)
		self.assertReportSchools(
			"Agency Involvement", user_of(SCHOOL_B), {SCHOOL_B}, from_date=past(365), to_date=today()
		)

	def test_the_database_groups_each_pupils_agencies_as_the_rules_do(self):
		"""The report groups the readable referrals per pupil in the database; the rows are what the
		rules make of every referral read, for a one-school and an unrestricted reader, over periods
		that a closed or a later referral falls in or out of."""
		salt = make_agency("_Test SaLT", "Speech and Language Therapy")
		camhs = make_agency("_Test CAMHS", "CAMHS")
		a, b = (make_student(SCHOOL_A, n, "Involved").name for n in ("A", "B"))
		make_referral(a, SCHOOL_A)
		make_referral(a, SCHOOL_A, agency=salt, referral_date=past(30), consent_date=past(31))
		make_referral(a, SCHOOL_A, agency=salt, referral_date=past(20), consent_date=past(21))
		untyped = make_referral(b, SCHOOL_A, agency=camhs, referral_date=past(200), consent_date=past(201))
		frappe.db.set_value("Agency Referral", untyped.name, "agency_type", "")  # (an older record)
		closed = make_referral(b, SCHOOL_A, agency=salt, referral_date=past(300), consent_date=past(301))
		frappe.db.set_value("Agency Referral", closed.name, {"status": "Discharged", "closed_on": past(100)})
		make_referral(make_student(SCHOOL_B, "C", "Involved").name, SCHOOL_B)

		def by_rules(school, start, end):
			referrals = report.scoped_rows(
				"Agency Referral",
				report.report_schools(school, "Agency Referral"),
				{"status": ["!=", "Draft"], "referral_date": ["<=", end]},
				["student", "student_name", "school", "agency", "agency_type", "referral_date", "closed_on"],
			)
			return involvement_rows(report.with_dates(referrals, "referral_date", "closed_on"), start, end)

		periods = ((past(365), today()), (past(50), today()), (past(365), past(25)))
		for user in ("Administrator", user_of(SCHOOL_A)):
			frappe.set_user(user)
			for school in (None, SCHOOL_A):
				for start, end in periods:
					start, end = getdate(start), getdate(end)
					with self.subTest(user=user, school=school, start=start, end=end):
						self.assertEqual(
							involvement_in_period(school, start, end), by_rules(school, start, end)
						)
		frappe.set_user(user_of(SCHOOL_A))
		rows = {r["student"]: r for r in involvement_in_period(None, getdate(past(50)), getdate(today()))}
		# hand-worked: A's two agencies (SaLT twice); B's CAMHS, its SaLT closed 100 days ago
		self.assertEqual((rows[a]["agency_count"], rows[a]["agencies"]), (2, f"_Test EP Service, {salt}"))
		self.assertEqual((rows[b]["agency_count"], rows[b]["types"]), (1, ""))
		self.assertEqual({r["school"] for r in rows.values()}, {SCHOOL_A})
