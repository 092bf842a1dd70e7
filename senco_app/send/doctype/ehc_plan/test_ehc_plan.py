# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import frappe
from frappe.utils import add_days
from frappe.utils import getdate
from frappe.utils import today

from senco_app.exceptions import CrossSchoolLinkError
from senco_app.exceptions import DuplicateRecordError
from senco_app.exceptions import RuleBrokenError
from senco_app.rules.statutory import add_months
from senco_app.rules.statutory import school_year_start
from senco_app.services import ehcp_clock
from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import SCHOOL_B
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import PupilTestCase
from senco_app.tests.utils import enroll
from senco_app.tests.utils import issue_ehc_plan
from senco_app.tests.utils import make_ehc_plan
from senco_app.tests.utils import make_issued_plan
from senco_app.tests.utils import make_review
from senco_app.tests.utils import make_send_record
from senco_app.tests.utils import make_student
from senco_app.tests.utils import past
from senco_app.tests.utils import pupil_on_register
from senco_app.tests.utils import refuse_to_assess
from senco_app.tests.utils import user_of

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE


def d(days_ago):
	return getdate(past(days_ago))


class TestEHCPlan(PupilTestCase):
	pupil = ("Eli", "Plan")
	on_register_days = 900
	register = {"needs": ("ASD", "SLCN")}

	def test_lifecycle_request_issue_two_annual_reviews_cease(self):
		plan = make_ehc_plan(self.student, SCHOOL_A, request_date=past(700))
		self.assertEqual(getdate(plan.decision_to_assess_due), getdate(add_days(past(700), 42)))
		self.assertEqual(getdate(plan.decision_to_issue_due), getdate(add_days(past(700), 112)))
		self.assertEqual(getdate(plan.final_plan_due), getdate(add_days(past(700), 140)))
		self.assertEqual(plan.send_record, self.record)

		plan.update(
			{"status": "Assessing", "decision_to_assess": "Yes", "decision_to_assess_date": past(665)}
		)
		plan.save()
		plan.update(
			{
				"status": "Draft",
				"decision_to_issue": "Yes",
				"decision_to_issue_date": past(600),
				"draft_plan_date": past(600),
			}
		)
		plan.save()
		plan.update(
			{"status": "Issued", "issue_date": past(570), "top_up_amount": 1500, "top_up_period": "Per term"}
		)
		plan.save()
		self.assertEqual(plan.top_up_annual, 4500)
		self.assertEqual(getdate(plan.next_annual_review_due), add_months(d(570), 12))
		record = frappe.get_doc("SEND Record", self.record)
		self.assertEqual(record.sen_provision, "EHC Plan")
		# E from the plan's issue date, not the day it was entered
		self.assertEqual(
			[
				(h.sen_provision, getdate(h.from_date), h.to_date and getdate(h.to_date))
				for h in record.history
			],
			[("SEN Support", d(900), d(571)), ("EHC Plan", d(570), None)],
		)

		first = self.annual_review(plan, 230, 250, 245, report_sent_to_la=past(220))
		self.assertEqual(getdate(first.invitations_due), d(244))
		self.assertEqual(getdate(first.la_decision_due), d(202))
		first.la_decision, first.la_decision_date = "Maintain", past(205)
		first.save()
		plan.reload()
		self.assertEqual(getdate(plan.last_annual_review), d(230))
		self.assertEqual(getdate(plan.next_annual_review_due), add_months(d(230), 12))

		self.annual_review(plan, 20, 40, 38)
		plan.reload()
		self.assertEqual(getdate(plan.next_annual_review_due), add_months(d(20), 12))
		# the LA has not decided yet: the next step is the review report (due 2 weeks after the meeting)
		self.assertEqual(getdate(plan.next_step_due), getdate(add_days(past(20), 14)))
		self.assertTrue(plan.next_step.startswith("Review report sent to the LA"))

		plan.update({"status": "Ceased", "ceased_date": past(1), "cease_reason": "No longer needs a plan"})
		plan.save()
		self.assertEqual(frappe.db.get_value("SEND Record", self.record, "sen_provision"), "SEN Support")
		# the E period ends on the day the plan ceased
		record.reload()
		self.assertEqual(
			[
				(h.sen_provision, getdate(h.from_date), h.to_date and getdate(h.to_date))
				for h in record.history
			][1:],
			[("EHC Plan", d(570), d(1)), ("SEN Support", d(0), None)],
		)
		self.assertFalse(plan.next_step)
		self.assertIsNone(plan.next_annual_review_due)

	def test_a_review_refreshes_its_plan_once_without_saving_it(self):
		from unittest.mock import patch

		plan = make_issued_plan(self.student, SCHOOL_A, issued_days_ago=300)
		modified = frappe.db.get_value("EHC Plan", plan.name, "modified")
		calls = []
		refresh = ehcp_clock.refresh_plans
		review = self.annual_review(plan, 10, 30, 28, submit=False)
		with patch.object(
			ehcp_clock, "refresh_plans", side_effect=lambda names: calls.append(names) or refresh(names)
		):
			review.submit()
		self.assertEqual(calls, [[plan.name]])  # the submit refreshes the plan once
		saved = frappe.db.get_value(
			"EHC Plan", plan.name, ["modified", "last_annual_review", "next_annual_review_due"], as_dict=True
		)
		self.assertEqual(saved.modified, modified)  # no full save of the plan
		self.assertEqual(getdate(saved.last_annual_review), d(10))
		self.assertEqual(getdate(saved.next_annual_review_due), add_months(d(10), 12))

	def test_under_five_and_phase_transfer_dates(self):
		young = make_student(
			SCHOOL_A,
			"Ivy",
			"Young",
			date_of_birth=str(add_months(getdate(today()), -40)),
			joining_date=past(60),
		).name
		make_send_record(young, SCHOOL_A)
		plan = make_ehc_plan(young, SCHOOL_A, request_date=past(200), status="Issued", issue_date=past(30))
		# aged 3 and a bit: reviewed 6 months after issue, not 12
		self.assertEqual(getdate(plan.next_annual_review_due), add_months(d(30), 6))

		enroll(self.student, "Year 6")
		plan = make_ehc_plan(
			self.student, SCHOOL_A, request_date=past(300), status="Issued", issue_date=past(100)
		)
		self.assertEqual(plan.phase_transfer, "School transfer")
		start = school_year_start(getdate(today()))
		self.assertEqual(getdate(plan.phase_transfer_deadline), getdate(f"{start.year + 1}-02-15"))

	def annual_review(self, plan, met, invited, circulated, **values):
		"""A SEND Review of the EHC plan: met, invitations sent and papers circulated so many days ago."""
		return make_review(
			self.student,
			SCHOOL_A,
			review_type="EHCP Annual Review",
			ehc_plan=plan.name,
			meeting_date=past(met),
			invitations_sent=past(invited),
			papers_circulated=past(circulated),
			**values,
		)

	# bad input: a clear error, nothing written

	def assert_rejected(self, values, fieldname, exc=RuleBrokenError, student=None):
		with self.assertFieldError(exc, fieldname) if fieldname else self.assertRaises(exc):
			make_ehc_plan(student or self.student, SCHOOL_A, **values)
		self.assertNothingWritten(
			"EHC Plan",
			{"student": student or self.student, "request_date": values.get("request_date", past(30))},
		)

	def test_form_gets_each_statutory_date_and_its_rag_from_the_server(self):
		def steps(plan):
			plan.reload()
			plan.run_method("onload")
			return plan.get_onload("is_open"), {
				s["label"]: (s["colour"], s["done"]) for s in plan.get_onload("steps")
			}

		# requested 37 days ago: the decision to assess is due in 5 days (amber), the rest later
		plan = make_ehc_plan(self.student, SCHOOL_A, request_date=past(37))
		is_open, shown = steps(plan)
		self.assertTrue(is_open)
		self.assertEqual(
			shown,
			{
				"Decision to assess": ("orange", False),
				"Decision to issue": ("green", False),
				"Final plan": ("green", False),
			},
		)
		# decided a day late: red, and marked done
		plan.update(
			{
				"request_date": past(50),
				"status": "Assessing",
				"decision_to_assess": "Yes",
				"decision_to_assess_date": past(7),
			}
		)
		plan.save()
		self.assertEqual(steps(plan)[1]["Decision to assess"], ("red", True))
		# refused: closed, so only what was done is shown
		plan.update({"status": "Refused to assess", "decision_to_assess": "No"})
		plan.save()
		is_open, shown = steps(plan)
		self.assertFalse(is_open)
		self.assertEqual(list(shown), ["Decision to assess"])

	def test_dates_out_of_order(self):
		self.assert_rejected(
			{
				"request_date": past(100),
				"decision_to_assess": "Yes",
				"decision_to_assess_date": past(120),
				"status": "Assessing",
			},
			"decision_to_assess_date",
		)
		self.assert_rejected(
			{
				"request_date": past(200),
				"draft_plan_date": past(50),
				"issue_date": past(60),
				"status": "Issued",
			},
			"issue_date",
		)

	def test_status_that_contradicts_the_dates(self):
		self.assert_rejected({"status": "Issued"}, "issue_date")
		self.assert_rejected({"status": "Requested", "issue_date": past(1)}, "status")

	def test_second_open_plan(self):
		make_ehc_plan(self.student, SCHOOL_A, request_date=past(60))
		with self.assertFieldError(DuplicateRecordError, "student"):
			make_ehc_plan(self.student, SCHOOL_A, request_date=past(10))
		self.assertEqual(frappe.db.count("EHC Plan", {"student": self.student}), 1)

	def test_pupil_of_another_school_and_negative_funding(self):
		self.assert_rejected({"top_up_amount": -100}, "top_up_amount")
		other = make_student(SCHOOL_B, "Bea", "Plan").name
		with self.assertFieldError(CrossSchoolLinkError, "student"):
			make_ehc_plan(other, SCHOOL_A)
		self.assertNothingWritten("EHC Plan", {"student": other})

	def test_annual_review_step_before_the_invitation(self):
		plan = make_ehc_plan(
			self.student, SCHOOL_A, request_date=past(300), status="Issued", issue_date=past(150)
		)
		with self.assertFieldError(RuleBrokenError, "papers_circulated"):
			self.annual_review(plan, 5, 20, 25)
		self.assertNothingWritten("SEND Review", {"ehc_plan": plan.name})
		with self.assertFieldError(RuleBrokenError, "ehc_plan"):
			make_review(self.student, SCHOOL_A, review_type="EHCP Annual Review")

	def test_issuing_needs_a_primary_need_on_the_register_and_saves_nothing_otherwise(self):
		monitored = pupil_on_register(SCHOOL_A, "Mo", "Monitoring", provision="Monitoring", needs=())
		pupil, record = monitored.student, monitored.record
		with self.assertFieldError(RuleBrokenError, "needs"):
			make_ehc_plan(pupil, SCHOOL_A, request_date=past(200), status="Issued", issue_date=past(10))
		self.assertNothingWritten("EHC Plan", {"student": pupil})
		self.assertEqual(frappe.db.get_value("SEND Record", record, "sen_provision"), "Monitoring")

	# the clock: overdue flags and notifications

	def test_daily_job_and_notifications(self):
		from senco_app.tests.test_review_schedule import trigger_daily_alerts

		senco = user_of(SCHOOL_A)
		frappe.db.set_value("Company", SCHOOL_A, "send_senco", senco)
		plan = make_ehc_plan(self.student, SCHOOL_A, request_date=str(add_days(today(), 7 - 42)))
		self.assertEqual(getdate(plan.next_step_due), getdate(add_days(today(), 7)))
		self.assertEqual(plan.overdue, 0)
		trigger_daily_alerts()
		logs = frappe.get_all(
			"Notification Log", filters={"for_user": senco, "document_name": plan.name}, pluck="subject"
		)
		self.assertTrue(any("EHC plan step due" in s for s in logs), logs)

		frappe.db.set_value(
			"EHC Plan", plan.name, {"request_date": past(43), "next_step_due": None, "overdue": 0}
		)
		ehcp_clock.daily()
		self.assertEqual(frappe.db.get_value("EHC Plan", plan.name, "overdue"), 1)
		self.assertEqual(getdate(frappe.db.get_value("EHC Plan", plan.name, "next_step_due")), d(1))
		trigger_daily_alerts()
		logs = frappe.get_all(
			"Notification Log", filters={"for_user": senco, "document_name": plan.name}, pluck="subject"
		)
		self.assertTrue(any("overdue" in s for s in logs), logs)

	def test_isolation_for_a_one_school_user(self):
		mine = make_ehc_plan(self.student, SCHOOL_A).name
		pupil_b = pupil_on_register(SCHOOL_B, "Bea", "Plan").student
		theirs = make_ehc_plan(pupil_b, SCHOOL_B).name
		frappe.set_user(user_of(SCHOOL_A, "SEND Office"))
		self.assertEqual(
			set(frappe.get_list("EHC Plan", filters={"name": ["in", [mine, theirs]]}, pluck="name")), {mine}
		)
		with self.assertRaises(frappe.PermissionError):
			frappe.client.get("EHC Plan", theirs)

	# effective dates and census consistency (issue 11)

	def history(self):
		return [
			(h.sen_provision, getdate(h.from_date), h.to_date and getdate(h.to_date))
			for h in frappe.get_doc("SEND Record", self.record).history
		]

	def test_a_plan_issued_30_days_ago_entered_today_gives_e_from_the_issue_date(self):
		plan = issue_ehc_plan(
			self.student,
			SCHOOL_A,
			issue_date=past(30),
			request_date=past(200),
			decision_to_assess_date=past(160),
		)
		self.assertEqual(self.history(), [("SEN Support", d(900), d(31)), ("EHC Plan", d(30), None)])
		# the issue date corrected on the plan moves the E period with it
		plan.issue_date = past(45)
		plan.save()
		self.assertEqual(self.history(), [("SEN Support", d(900), d(46)), ("EHC Plan", d(45), None)])

	def test_ceasing_ends_the_e_period_on_the_cease_date(self):
		plan = issue_ehc_plan(self.student, SCHOOL_A, issue_date=past(30), request_date=past(200))
		plan.update({"status": "Ceased", "ceased_date": past(5), "cease_reason": "No longer needs a plan"})
		plan.save()
		self.assertEqual(
			self.history(),
			[("SEN Support", d(900), d(31)), ("EHC Plan", d(30), d(5)), ("SEN Support", d(4), None)],
		)

	def test_an_appeal_against_a_refusal_never_makes_the_pupil_e(self):
		for decision, values in (
			("Refusal to assess", {"decision_to_assess": "No", "decision_to_assess_date": past(20)}),
			(
				"Refusal to issue",
				{
					"decision_to_assess": "Yes",
					"decision_to_assess_date": past(25),
					"decision_to_issue": "No",
					"decision_to_issue_date": past(20),
				},
			),
		):
			plan = make_ehc_plan(
				self.student,
				SCHOOL_A,
				status="Under appeal",
				appeal_decision=decision,
				appeal_date=past(5),
				**values,
			)
			self.assertEqual(frappe.db.get_value("SEND Record", self.record, "sen_provision"), "SEN Support")
			self.assertEqual(self.history(), [("SEN Support", d(900), None)])
			frappe.delete_doc("EHC Plan", plan.name, force=True)

	def test_an_appeal_names_the_decision_appealed(self):
		with self.assertFieldError(RuleBrokenError, "appeal_decision"):
			refuse_to_assess(self.student, SCHOOL_A, status="Under appeal", appeal_date=past(5))
		self.assertNothingWritten("EHC Plan", {"student": self.student})

	def test_an_appeal_against_the_contents_keeps_the_pupil_e(self):
		plan = issue_ehc_plan(self.student, SCHOOL_A, issue_date=past(30), request_date=past(200))
		plan.update(
			{"status": "Under appeal", "appeal_decision": "Contents of the plan", "appeal_date": past(3)}
		)
		plan.save()
		self.assertEqual(frappe.db.get_value("SEND Record", self.record, "sen_provision"), "EHC Plan")
		self.assertEqual(self.history()[-1], ("EHC Plan", d(30), None))
