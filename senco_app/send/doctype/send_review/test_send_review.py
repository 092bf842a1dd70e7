# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import json

import frappe
from frappe.utils import add_days
from frappe.utils import add_months
from frappe.utils import getdate
from frappe.utils import today

from senco_app.exceptions import CrossSchoolLinkError
from senco_app.exceptions import RuleBrokenError
from senco_app.send.doctype.individual_education_plan.individual_education_plan import (
	make_review as review_from_plan,
)
from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import SCHOOL_B
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import PupilTestCase
from senco_app.tests.utils import agree_new_version
from senco_app.tests.utils import call_route
from senco_app.tests.utils import enroll
from senco_app.tests.utils import make_issued_plan
from senco_app.tests.utils import make_review
from senco_app.tests.utils import past
from senco_app.tests.utils import print_view
from senco_app.tests.utils import pupil_on_register
from senco_app.tests.utils import user_of

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE


class TestSENDReview(PupilTestCase):
	pupil = ("Rory", "Review")
	agreed_plan = {"targets": ("Read CVC words", "Write a sentence")}

	def review_of_plan(self, **values):
		review = review_from_plan(self.plan.name)
		review.meeting_date = past(1)
		review.update(values)
		return review

	def test_submitted_outcomes_are_written_back_to_the_plan(self):
		review = self.review_of_plan()
		review.target_outcomes[0].outcome = "Met"
		review.target_outcomes[1].outcome = "Partially met"
		review.target_outcomes[1].progress_note = "Needs prompting"
		review.insert()
		review.submit()
		targets = frappe.get_doc("Individual Education Plan", self.plan.name).targets
		self.assertEqual(
			[(t.outcome, t.outcome_review) for t in targets],
			[("Met", review.name), ("Partially met", review.name)],
		)
		self.assertEqual(targets[1].progress_note, "Needs prompting")

	def test_next_review_date_defaults_to_the_cycle_and_the_register_follows(self):
		review = make_review(self.student, SCHOOL_A, meeting_date=past(10), iep=self.plan.name)
		cycle_later = getdate(
			add_months(past(10), 4)
		)  # the 4-month cycle (month ends: tests/test_statutory.py)
		self.assertEqual(getdate(review.next_review_date), cycle_later)
		record = frappe.get_doc("SEND Record", self.record)
		self.assertEqual(getdate(record.last_review_date), getdate(past(10)))
		self.assertEqual(getdate(record.next_review_due), cycle_later)

	def test_choosing_a_plan_copies_its_targets_and_the_register_key_person(self):
		key = user_of(SCHOOL_A, "SEND Staff")
		frappe.db.set_value("SEND Record", self.record, "key_person", key)
		review = make_review(
			self.student, SCHOOL_A, review_type="IEP Review", iep=self.plan.name, submit=False
		)
		self.assertEqual(
			[(r.iep_target, r.target) for r in review.target_outcomes],
			[(t.name, t.target) for t in self.plan.targets],
		)
		self.assertEqual(review.key_person, key)

	def test_review_of_a_superseded_plan_is_rejected(self):
		draft = self.review_of_plan()
		draft.insert()
		agree_new_version(self.plan.name)
		with self.assertRaises(frappe.CancelledLinkError):
			frappe.get_doc("SEND Review", draft.name).submit()
		self.assertEqual(frappe.db.get_value("SEND Review", draft.name, "docstatus"), 0)
		with self.assertRaises(frappe.CancelledLinkError):
			make_review(self.student, SCHOOL_A, iep=self.plan.name)
		self.assertEqual(frappe.db.count("SEND Review", {"student": self.student}), 1)

	def test_outcome_for_a_target_not_in_the_plan_is_rejected(self):
		review = self.review_of_plan()
		review.target_outcomes[0].iep_target = "not-a-target"
		with self.assertFieldError(RuleBrokenError, "target_outcomes"):
			review.insert()
		self.assertNothingWritten("SEND Review", {"student": self.student})

	def test_future_meeting_can_be_planned_but_not_submitted(self):
		review = make_review(self.student, SCHOOL_A, meeting_date=add_days(today(), 7), submit=False)
		with self.assertFieldError(RuleBrokenError, "meeting_date"):
			review.submit()
		self.assertEqual(frappe.db.get_value("SEND Review", review.name, "docstatus"), 0)

	def test_next_review_before_the_meeting_is_rejected(self):
		with self.assertFieldError(RuleBrokenError, "next_review_date"):
			make_review(self.student, SCHOOL_A, next_review_date=past(5))
		self.assertNothingWritten("SEND Review", {"student": self.student})

	def test_iep_review_needs_the_pupils_own_agreed_plan(self):
		with self.assertFieldError(RuleBrokenError, "iep"):
			make_review(self.student, SCHOOL_A, review_type="IEP Review")
		other = pupil_on_register(SCHOOL_A, "Other", "Pupil").student
		with self.assertFieldError(CrossSchoolLinkError, "iep"):
			make_review(other, SCHOOL_A, iep=self.plan.name)
		self.assertNothingWritten("SEND Review", {"student": ["in", [self.student, other]]})

	def test_pupil_of_another_school_is_rejected(self):
		with self.assertFieldError(CrossSchoolLinkError, "student"):
			make_review(self.student, SCHOOL_B)

	def test_staff_record_reviews_but_cannot_read_confidential_notes_or_submit(self):
		review = make_review(self.student, SCHOOL_A, confidential_notes="Disclosed at the meeting")
		staff = user_of(SCHOOL_A, "SEND Staff")
		frappe.set_user(staff)
		self.assertFalse(frappe.client.get("SEND Review", review.name).get("confidential_notes"))
		draft = make_review(self.student, SCHOOL_A, submit=False)
		with self.assertRaises(frappe.PermissionError):
			draft.submit()

	def test_isolation_and_calendar(self):
		from frappe.desk.calendar import get_events

		mine = make_review(self.student, SCHOOL_A).name
		pupil_b = pupil_on_register(SCHOOL_B, "Bea", "Review").student
		theirs = make_review(pupil_b, SCHOOL_B).name
		frappe.set_user(user_of(SCHOOL_A))
		self.assertEqual(
			set(frappe.get_list("SEND Review", filters={"name": ["in", [mine, theirs]]}, pluck="name")),
			{mine},
		)
		with self.assertRaises(frappe.PermissionError):
			frappe.client.get("SEND Review", theirs)
		field_map = {"start": "meeting_date", "end": "meeting_date", "id": "name", "title": "student_name"}
		events = get_events("SEND Review", past(30), add_days(today(), 1), json.dumps(field_map))
		self.assertEqual({e["name"] for e in events} & {mine, theirs}, {mine})

	def test_review_record_print_format(self):
		from frappe.www.printview import get_html_and_style

		review = make_review(
			self.student, SCHOOL_A, decision_request_ehcna=1, parent_views="Happy with progress"
		)
		html = get_html_and_style("SEND Review", review.name, print_format="Review Record")["html"]
		self.assertIn("Happy with progress", html)
		self.assertIn("Request an EHC needs assessment", html)
		self.assertIn("Mrs Parent", html)


class TestEHCPlanOutcomesReviewed(PupilTestCase):
	pupil = ("Owen", "Outcomes")
	register = {"needs": ("ASD",)}

	def setUp(self):
		super().setUp()
		self.ehc_plan = make_issued_plan(
			self.student,
			SCHOOL_A,
			outcomes=[
				{
					"area_of_need": "Communication and interaction",
					"outcome": "Asks for help",
					"provision_section_f": "SALT weekly",
				},
				{
					"area_of_need": "Cognition and learning",
					"outcome": "Reads at age level",
					"provision_section_f": "Daily reading",
				},
			],
		).name

	def annual_review(self, **values):
		return make_review(
			self.student,
			SCHOOL_A,
			review_type="EHCP Annual Review",
			ehc_plan=self.ehc_plan,
			meeting_date=past(5),
			invitations_sent=past(25),
			papers_circulated=past(20),
			submit=False,
			**values,
		)

	def test_the_plans_outcomes_are_brought_in_from_the_plan_not_the_form(self):
		review = self.annual_review(
			ehc_outcomes=[{"ehc_outcome": "not-a-row", "outcome": "Made up", "progress": "Achieved"}]
		)
		self.assertEqual(
			[(r.outcome, r.provision_section_f, r.progress) for r in review.ehc_outcomes],
			[("Asks for help", "SALT weekly", None), ("Reads at age level", "Daily reading", None)],
		)
		review.ehc_outcomes[0].outcome = "Rewritten by the form"
		review.ehc_outcomes[0].progress = "Progressing"
		review.save()
		self.assertEqual(
			[(r.outcome, r.progress) for r in review.ehc_outcomes],
			[("Asks for help", "Progressing"), ("Reads at age level", None)],
		)

	def test_progress_on_every_outcome_before_submit(self):
		review = self.annual_review()
		review.ehc_outcomes[0].progress = "Achieved"
		review.save()
		with self.assertFieldError(RuleBrokenError, "ehc_outcomes"):
			review.submit()
		self.assertEqual(frappe.db.get_value("SEND Review", review.name, "docstatus"), 0)

		review.reload()
		review.ehc_outcomes[1].update(
			{"progress": "Not progressing", "evidence": "Reading age 6y2m", "proposed_changes": "Add phonics"}
		)
		review.recommendation = "Amend"
		review.submit()
		html = print_view("SEND Review", review.name, "Annual Review Report")
		for text in (
			"Asks for help",
			"SALT weekly",
			"Reading age 6y2m",
			"Add phonics",
			"Not progressing",
			"Amend",
		):
			self.assertIn(text, html)

	def test_preparing_for_adulthood_from_year_9(self):
		enroll(self.student, "Year 10")
		self.assertEqual(self.annual_review().preparing_for_adulthood, 1)
		younger = pupil_on_register(SCHOOL_A, "Yara", "Younger", needs=("ASD",)).student
		enroll(younger, "Year 5")
		plan = make_issued_plan(younger, SCHOOL_A).name
		review = make_review(
			younger,
			SCHOOL_A,
			review_type="EHCP Annual Review",
			ehc_plan=plan,
			meeting_date=past(5),
			submit=False,
		)
		self.assertEqual(review.preparing_for_adulthood, 0)
