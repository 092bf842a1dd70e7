"""The review schedule on the register, the three-parent-meetings rule and the review notifications."""

from unittest.mock import patch

import frappe
from frappe.utils import add_days
from frappe.utils import getdate
from frappe.utils import today

from senco_app.rules.statutory import add_months
from senco_app.services.review_schedule import daily
from senco_app.services.review_schedule import refresh_review_schedule
from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import make_iep
from senco_app.tests.utils import make_review
from senco_app.tests.utils import make_send_record
from senco_app.tests.utils import make_student
from senco_app.tests.utils import past
from senco_app.tests.utils import pupil_on_register
from senco_app.tests.utils import user_of

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE


def trigger_daily_alerts():
	"""Frappe's own daily job for date-based Notifications (what the scheduler runs), with its
	commit after each alert held back so that the test's savepoint still undoes everything."""
	from frappe.email.doctype.notification.notification import trigger_daily_alerts as frappe_daily_alerts

	with patch.object(frappe.db, "commit"):
		frappe_daily_alerts()


class TestReviewSchedule(SencoTestCase):
	def setUp(self):
		super().setUp()
		self.key_person = user_of(SCHOOL_A, "SEND Staff")
		self.senco = user_of(SCHOOL_A)
		frappe.db.set_value("Company", SCHOOL_A, "send_senco", self.senco)
		pupil = pupil_on_register(
			SCHOOL_A, "Sami", "Schedule", start_date=past(200), key_person=self.key_person
		)
		self.student, self.record = pupil.student, pupil.record

	def field(self, fieldname):
		return frappe.db.get_value("SEND Record", self.record, fieldname)

	def test_due_date_from_register_then_plan_then_review(self):
		refresh_review_schedule([self.record])
		# no plan and no review: register start + 4 months, already overdue
		self.assertEqual(getdate(self.field("next_review_due")), add_months(getdate(past(200)), 4))
		self.assertEqual(self.field("review_overdue"), 1)
		plan = make_iep(self.student, SCHOOL_A, review_date=add_days(today(), 40))
		self.assertEqual(getdate(self.field("next_review_due")), getdate(add_days(today(), 40)))
		self.assertEqual(self.field("review_overdue"), 0)
		make_review(
			self.student,
			SCHOOL_A,
			meeting_date=past(3),
			iep=plan.name,
			next_review_date=add_days(today(), 90),
		)
		self.assertEqual(getdate(self.field("next_review_due")), getdate(add_days(today(), 90)))
		self.assertEqual(getdate(self.field("last_review_date")), getdate(past(3)))

	def test_three_parent_meetings_in_twelve_months(self):
		make_review(self.student, SCHOOL_A, meeting_date=past(400))  # over a year ago: not counted
		make_review(self.student, SCHOOL_A, meeting_date=past(100))
		make_review(self.student, SCHOOL_A, meeting_date=past(50), parent_attended=False)
		make_review(self.student, SCHOOL_A, meeting_date=past(10))
		self.assertEqual(self.field("parent_meetings_12m"), 2)
		self.assertEqual(self.field("too_few_parent_meetings"), 1)
		make_review(self.student, SCHOOL_A, meeting_date=past(5))
		self.assertEqual(self.field("parent_meetings_12m"), 3)
		self.assertEqual(self.field("too_few_parent_meetings"), 0)

	def test_a_new_register_record_is_scheduled_at_once(self):
		# start 200 days ago, no plan, no review: due 4 months (the cycle) after the start, so overdue
		self.assertEqual(getdate(self.field("next_review_due")), add_months(getdate(past(200)), 4))
		self.assertEqual(self.field("review_overdue"), 1)
		self.assertEqual(self.field("too_few_parent_meetings"), 1)

	def test_a_pupil_only_monitored_is_not_flagged_for_parent_meetings(self):
		other = make_student(SCHOOL_A, "Mo", "Monitored").name
		record = make_send_record(other, SCHOOL_A, provision="Monitoring", needs=())
		self.assertEqual((record.parent_meetings_12m, record.too_few_parent_meetings), (0, 0))
		record.sen_provision = "SEN Support"
		record.append("needs", {"rank": 1, "need_type": "SLCN"})
		record.save()
		self.assertEqual(frappe.db.get_value("SEND Record", record.name, "too_few_parent_meetings"), 1)

	def test_review_cycle_is_a_setting(self):
		frappe.db.set_single_value("SEND Settings", "review_cycle_months", 6)
		frappe.clear_document_cache("SEND Settings", "SEND Settings")
		try:
			review = make_review(self.student, SCHOOL_A, meeting_date=past(10))
			self.assertEqual(getdate(review.next_review_date), add_months(getdate(past(10)), 6))
		finally:
			frappe.clear_document_cache("SEND Settings", "SEND Settings")

	def test_daily_job_marks_overdue_as_dates_move_on(self):
		make_iep(self.student, SCHOOL_A, review_date=add_days(today(), 5))
		self.assertEqual(self.field("review_overdue"), 0)
		frappe.db.set_value("Individual Education Plan", self.field("active_iep"), "review_date", past(2))
		daily()
		self.assertEqual(self.field("review_overdue"), 1)

	def notifications(self, user, subject_part):
		return frappe.get_all(
			"Notification Log",
			filters={
				"for_user": user,
				"document_name": self.record,
				"subject": ["like", f"%{subject_part}%"],
			},
			pluck="name",
		)

	def test_notifications_fire_14_days_before_and_when_overdue(self):
		make_iep(self.student, SCHOOL_A, review_date=add_days(today(), 14))
		trigger_daily_alerts()
		for user in (self.key_person, self.senco):
			self.assertTrue(self.notifications(user, "Review due"), user)
		self.assertFalse(self.notifications(self.key_person, "overdue"))

		frappe.db.set_value("SEND Record", self.record, "next_review_due", past(1))
		trigger_daily_alerts()
		for user in (self.key_person, self.senco):
			self.assertTrue(self.notifications(user, "Review overdue"), user)
