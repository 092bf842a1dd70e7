"""Reviews that act (issue 12): moving a pupil off the register and requesting an EHC needs
assessment from a review's decisions, the evidence pack drafted for the request, and new plan
versions that keep the agreed plan active until they are agreed. Actions are called through the
HTTP dispatcher as the users who may and may not take them."""

import frappe
from frappe.utils import getdate
from frappe.utils import today

from senco_app.exceptions import MissingValueError
from senco_app.exceptions import RuleBrokenError
from senco_app.rules.statutory import add_months
from senco_app.send.doctype.individual_education_plan.individual_education_plan import make_new_version
from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import SCHOOL_B
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import PupilTestCase
from senco_app.tests.utils import call_route
from senco_app.tests.utils import make_ehc_plan
from senco_app.tests.utils import make_entry
from senco_app.tests.utils import make_iep
from senco_app.tests.utils import make_referral
from senco_app.tests.utils import make_review
from senco_app.tests.utils import past
from senco_app.tests.utils import print_view
from senco_app.tests.utils import user_of

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE

REVIEW = "senco_app.send.doctype.send_review.send_review"
IEP = "Individual Education Plan"


class TestReviewActions(PupilTestCase):
	pupil = ("Ada", "Actions")
	on_register_days = 500

	def setUp(self):
		super().setUp()
		self.senco, self.staff = user_of(SCHOOL_A), user_of(SCHOOL_A, "SEND Staff")
		self.other_senco = user_of(SCHOOL_B)

	def decided(self, **decisions):
		return make_review(self.student, SCHOOL_A, meeting_date=past(3), **decisions).name

	# move off the register

	def test_move_off_register_closes_the_record_from_the_meeting(self):
		review = self.decided(decision_off_register=1)
		frappe.set_user(self.senco)
		self.assertEqual(call_route(f"{REVIEW}.move_off_register", review=review), self.record)
		frappe.set_user("Administrator")
		record = frappe.db.get_value(
			"SEND Record", self.record, ["status", "end_date", "end_reason"], as_dict=True
		)
		self.assertEqual(
			(record.status, getdate(record.end_date), record.end_reason),
			("Closed", getdate(past(3)), "No longer has SEN"),
		)

	def test_move_off_register_needs_the_decision_and_the_right_to_close(self):
		undecided = self.decided()
		decided = self.decided(decision_off_register=1)
		frappe.set_user(self.senco)
		with self.assertFieldError(RuleBrokenError, "decision_off_register"):
			call_route(f"{REVIEW}.move_off_register", review=undecided)
		for user in (self.staff, self.other_senco):
			frappe.set_user(user)
			with self.assertRaises(frappe.PermissionError, msg=user):
				call_route(f"{REVIEW}.move_off_register", review=decided)
		frappe.set_user("Administrator")
		self.assertEqual(frappe.db.get_value("SEND Record", self.record, "status"), "Open")

	# request an EHC needs assessment

	def test_request_starts_an_ehc_plan_request_today(self):
		review = self.decided(decision_request_ehcna=1)
		frappe.set_user(self.senco)
		plan = call_route(f"{REVIEW}.request_ehc_assessment", review=review, local_authority="Testshire")
		frappe.set_user("Administrator")
		saved = frappe.get_doc("EHC Plan", plan)
		self.assertEqual(
			(saved.student, saved.school, saved.status, getdate(saved.request_date), saved.requested_by),
			(self.student, SCHOOL_A, "Requested", getdate(today()), "School"),
		)
		self.assertEqual(saved.local_authority, "Testshire")

	def test_request_needs_a_local_authority_and_writes_nothing_without_one(self):
		review = self.decided(decision_request_ehcna=1)
		frappe.set_user(self.senco)
		with self.assertFieldError(MissingValueError, "local_authority"):
			call_route(f"{REVIEW}.request_ehc_assessment", review=review)
		frappe.set_user("Administrator")
		self.assertNothingWritten("EHC Plan", {"student": self.student})

	def test_another_school_cannot_request_for_the_pupil(self):
		review = self.decided(decision_request_ehcna=1)
		frappe.set_user(self.other_senco)
		with self.assertRaises(frappe.PermissionError):
			call_route(f"{REVIEW}.request_ehc_assessment", review=review, local_authority="Testshire")
		frappe.set_user("Administrator")
		self.assertNothingWritten("EHC Plan", {"student": self.student})

	# the evidence pack

	def test_evidence_pack_holds_the_last_twelve_months(self):
		plan = make_iep(
			self.student, SCHOOL_A, targets=("Blend CVC words", "Use a word mat"), start_date=past(120)
		)
		make_review(
			self.student,
			SCHOOL_A,
			meeting_date=past(30),
			progress_summary="Blends most CVC words",
			iep=plan.name,
		)
		make_review(self.student, SCHOOL_A, meeting_date=past(400), progress_summary="Too long ago")
		make_entry(
			SCHOOL_A,
			[{"student": self.student, "entry_score": 70, "entry_date": past(90)}],
			start_date=past(90),
			end_date=past(10),
		)
		make_referral(self.student, SCHOOL_A, recommendations="Precision teaching daily")
		request = make_ehc_plan(self.student, SCHOOL_A, request_date=today())

		from senco_app.services.review_actions import evidence_pack

		pack = evidence_pack(request.name)
		self.assertEqual(
			(pack["since"], pack["until"]), (add_months(getdate(today()), -12), getdate(today()))
		)
		self.assertEqual([p.name for p in pack["plans"]], [plan.name])
		self.assertEqual([t.target for t in pack["plans"][0].targets], ["Blend CVC words", "Use a word mat"])
		self.assertEqual([r.progress_summary for r in pack["reviews"]], ["Blends most CVC words"])
		self.assertEqual(len(pack["provision"]), 1)
		self.assertGreater(pack["provision_cost"], 0)
		self.assertEqual([a.recommendations for a in pack["referrals"]], ["Precision teaching daily"])

		html = print_view("EHC Plan", request.name, "EHC Needs Assessment Evidence")
		for text in ("Blend CVC words", "Blends most CVC words", "Precision teaching daily"):
			self.assertIn(text, html)
		self.assertNotIn("Too long ago", html)

	def test_evidence_pack_is_refused_to_another_school(self):
		request = make_ehc_plan(self.student, SCHOOL_A, request_date=today())
		frappe.set_user(self.other_senco)
		with self.assertRaises(frappe.PermissionError):
			print_view("EHC Plan", request.name, "EHC Needs Assessment Evidence")


class TestPlanVersions(PupilTestCase):
	pupil = ("Vera", "Versions")

	def test_the_agreed_plan_stays_active_until_the_new_version_is_agreed(self):
		v1 = make_iep(self.student, SCHOOL_A, targets=("Target one",))
		v2 = make_new_version(v1.name)
		self.assertEqual((v2.amended_from, v2.version, v2.docstatus), (v1.name, 2, 0))
		self.assertEqual(frappe.db.get_value(IEP, v1.name, ["docstatus", "status"]), (1, "Active"))
		self.assertEqual(frappe.db.get_value("SEND Record", self.record, "active_iep"), v1.name)
		self.assertEqual(make_new_version(v1.name).name, v2.name)  # one draft version at a time

		v2.reload()
		v2.agreed_by, v2.agreed_on = "Mr Parent", today()
		v2.submit()
		self.assertEqual(frappe.db.get_value(IEP, v1.name, ["docstatus", "status"]), (2, "Superseded"))
		self.assertEqual(frappe.db.get_value(IEP, v2.name, "status"), "Active")
		self.assertEqual(frappe.db.get_value("SEND Record", self.record, "active_iep"), v2.name)

	def test_an_abandoned_draft_version_leaves_the_agreed_plan_active(self):
		v1 = make_iep(self.student, SCHOOL_A)
		v2 = make_new_version(v1.name)
		frappe.delete_doc(IEP, v2.name)
		self.assertEqual(frappe.db.get_value(IEP, v1.name, ["docstatus", "status"]), (1, "Active"))
		self.assertEqual(frappe.db.get_value("SEND Record", self.record, "active_iep"), v1.name)
		self.assertEqual(make_new_version(v1.name).version, 2)
