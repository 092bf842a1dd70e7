# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

from frappe.desk.query_report import run as run_report
from frappe.utils import today

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
