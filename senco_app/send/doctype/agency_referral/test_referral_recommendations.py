# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""An agency's recommendations turned into plan strategies or a provision entry with one action."""

import frappe
from frappe.utils import getdate
from frappe.utils import today

from senco_app.exceptions import RuleBrokenError
from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import SCHOOL_B
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import PupilTestCase
from senco_app.tests.utils import call_route
from senco_app.tests.utils import make_iep
from senco_app.tests.utils import make_provision
from senco_app.tests.utils import make_referral
from senco_app.tests.utils import make_student
from senco_app.tests.utils import past
from senco_app.tests.utils import user_of

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE

REFERRAL = "senco_app.send.doctype.agency_referral.agency_referral"
IEP = "Individual Education Plan"
ADVICE = "Visual timetable; pre-teach vocabulary"


class TestReferralRecommendations(PupilTestCase):
	pupil = ("Rita", "Recommends")

	def setUp(self):
		super().setUp()
		self.referral = make_referral(
			self.student,
			SCHOOL_A,
			status="Report Received",
			report_received_date=past(5),
			recommendations=ADVICE,
		).name
		self.senco = user_of(SCHOOL_A)

	def add_to_plan(self, user=None):
		frappe.set_user(user or self.senco)
		try:
			return call_route(f"{REFERRAL}.add_recommendations_to_plan", referral=self.referral)
		finally:
			frappe.set_user("Administrator")

	def test_recommendations_go_onto_the_draft_plan_once(self):
		draft = make_iep(self.student, SCHOOL_A, submit=False, staff_strategies="Seat near the front").name
		self.assertEqual(self.add_to_plan(), draft)
		self.assertEqual(self.add_to_plan(), draft)  # taken twice: added once
		strategies = frappe.db.get_value(IEP, draft, "staff_strategies")
		self.assertTrue(strategies.startswith("Seat near the front\n\n"))
		self.assertEqual(strategies.count(ADVICE), 1)
		self.assertIn(self.referral, strategies)

	def test_an_agreed_plan_gets_a_new_draft_version_and_stays_as_agreed(self):
		agreed = make_iep(self.student, SCHOOL_A, staff_strategies="Seat near the front")
		plan = self.add_to_plan()
		new = frappe.get_doc(IEP, plan)
		self.assertEqual((new.docstatus, new.amended_from), (0, agreed.name))
		self.assertIn(ADVICE, new.staff_strategies)
		self.assertEqual(frappe.db.get_value(IEP, agreed.name, "staff_strategies"), "Seat near the front")
		self.assertEqual(frappe.db.get_value(IEP, agreed.name, "docstatus"), 1)

	def test_no_plan_gets_a_new_draft_plan(self):
		plan = frappe.get_doc(IEP, self.add_to_plan())
		self.assertEqual((plan.docstatus, plan.student, plan.school), (0, self.student, SCHOOL_A))
		self.assertEqual(getdate(plan.start_date), getdate(today()))
		self.assertIn(ADVICE, plan.staff_strategies)

	def test_no_recommendations_is_refused_and_nothing_written(self):
		frappe.db.set_value("Agency Referral", self.referral, "recommendations", "  ")
		frappe.set_user(self.senco)
		with self.assertFieldError(RuleBrokenError, "recommendations"):
			call_route(f"{REFERRAL}.add_recommendations_to_plan", referral=self.referral)
		with self.assertFieldError(RuleBrokenError, "recommendations"):
			call_route(f"{REFERRAL}.make_provision_entry", referral=self.referral, provision=make_provision())
		frappe.set_user("Administrator")
		self.assertNothingWritten(IEP, {"student": self.student})

	def test_provision_entry_for_the_pupil_noting_the_referral(self):
		provision = make_provision()
		frappe.set_user(self.senco)
		entry = call_route(f"{REFERRAL}.make_provision_entry", referral=self.referral, provision=provision)
		self.assertTrue(entry.is_new())
		self.assertEqual(
			(entry.school, entry.provision, [p.student for p in entry.pupils]),
			(SCHOOL_A, provision, [self.student]),
		)
		self.assertEqual((entry.sessions_per_week, entry.minutes_per_session), (3, 30))  # the catalogue's
		self.assertIn(ADVICE, entry.notes)
		entry.insert()
		self.assertEqual(
			frappe.db.get_value("Provision Map Entry", entry.name, "agency_referral"), self.referral
		)

	def test_the_referrals_pupil_stays_in_the_entry(self):
		entry = call_route(
			f"{REFERRAL}.make_provision_entry", referral=self.referral, provision=make_provision()
		)
		other = make_student(SCHOOL_A, "Otto", "Other")
		entry.pupils[0].student = other.name
		with self.assertFieldError(RuleBrokenError, "agency_referral"):
			entry.insert()
		self.assertNothingWritten("Provision Map Entry", {"agency_referral": self.referral})

	def test_another_schools_user_and_a_viewer_are_refused_over_http(self):
		draft = make_iep(self.student, SCHOOL_A, submit=False).name
		provision = make_provision()
		for user in (user_of(SCHOOL_B), user_of(SCHOOL_B, "SEND Staff"), user_of(SCHOOL_A, "SEND Viewer")):
			with self.assertRaises(frappe.PermissionError, msg=user):
				self.add_to_plan(user)
			frappe.set_user(user)
			with self.assertRaises(frappe.PermissionError, msg=user):
				call_route(f"{REFERRAL}.make_provision_entry", referral=self.referral, provision=provision)
			frappe.set_user("Administrator")
		self.assertNotIn(ADVICE, frappe.db.get_value(IEP, draft, "staff_strategies") or "")
