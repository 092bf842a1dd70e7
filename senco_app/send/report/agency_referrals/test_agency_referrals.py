# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

from frappe.desk.query_report import run as run_report

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


class TestAgencyReferrals(SencoTestCase):
	def test_open_referrals_waiting_and_isolation(self):
		camhs = make_agency("_Test CAMHS", "CAMHS")
		a1 = make_student(SCHOOL_A, "Wait", "Long").name
		a2 = make_student(SCHOOL_A, "Seen", "Soon").name
		a3 = make_student(SCHOOL_A, "All", "Done").name
		make_referral(a1, SCHOOL_A, agency=camhs, status="Waiting")  # 60 days, not seen
		make_referral(
			a2, SCHOOL_A, status="Seen", appointments=[{"appointment_date": past(40)}]
		)  # EP, 20 days
		make_referral(a3, SCHOOL_A, status="Declined")
		make_referral(make_student(SCHOOL_B, "Other", "School").name, SCHOOL_B)
		result = run_report("Agency Referrals", filters={"school": SCHOOL_A})
		self.assertEqual([(r["student"], r["days_waiting"]) for r in result["result"]], [(a1, 60), (a2, 20)])
		chart = result["chart"]["data"]
		self.assertEqual(
			dict(zip(chart["labels"], chart["datasets"][0]["values"], strict=True)),
			{"CAMHS": 60.0, "Educational Psychology": 20.0},
		)
		self.assertEqual([s["value"] for s in result["report_summary"]], [2, 1, 60])
		result = run_report("Agency Referrals", filters={"school": SCHOOL_A, "agency_type": "CAMHS"})
		self.assertEqual([r["student"] for r in result["result"]], [a1])
		self.assertReportSchools("Agency Referrals", user_of(SCHOOL_A, "SEND Viewer"), {SCHOOL_A})
