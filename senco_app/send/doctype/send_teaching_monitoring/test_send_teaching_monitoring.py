# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import frappe
from frappe.utils import add_days
from frappe.utils import formatdate
from frappe.utils import today

from senco_app.exceptions import MissingLinkError
from senco_app.exceptions import RuleBrokenError
from senco_app.services import teaching_monitoring
from senco_app.tests.test_daily_jobs import counted_queries
from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import SCHOOL_B
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import call_rest
from senco_app.tests.utils import call_route
from senco_app.tests.utils import make_monitoring_visit
from senco_app.tests.utils import make_user
from senco_app.tests.utils import past
from senco_app.tests.utils import user_of

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE

TM = "SEND Teaching Monitoring"


def action(owner, due_in: int, **values) -> dict:
	return {
		"action": "Use the class's word mats",
		"action_owner": owner,
		"due_date": add_days(today(), due_in),
		**values,
	}


def told(owner: str, visit: str) -> list[str]:
	"""The subjects of the notifications ``owner`` got about ``visit``."""
	return frappe.get_all(
		"Notification Log", filters={"for_user": owner, "document_name": visit}, pluck="subject"
	)


class TestSENDTeachingMonitoring(SencoTestCase):
	def setUp(self):
		super().setUp()
		self.owner = user_of(SCHOOL_A, "SEND Staff")
		teaching_monitoring.notify_actions_due()  # actions other tests left due are told first

	def test_saved_with_its_actions(self):
		doc = make_monitoring_visit(
			SCHOOL_A,
			visit_type="Book look",
			teacher=self.owner,
			actions=[action(self.owner, 10), action(self.owner, -3, status="Done", done_date=past(1))],
		)
		self.assertEqual([a.status for a in doc.actions], ["Open", "Done"])
		self.assertTrue(doc.teacher_name)

	def test_bad_input_is_refused_naming_the_field_and_nothing_saved(self):
		for values, exc, field in (
			({"visit_date": add_days(today(), 1)}, RuleBrokenError, "visit_date"),
			({"actions": [action(self.owner, -8)]}, RuleBrokenError, "due_date"),
			({"actions": [action(self.owner, 5, status="Done")]}, RuleBrokenError, "done_date"),
			(
				{"actions": [action(self.owner, 5, status="Done", done_date=past(30))]},
				RuleBrokenError,
				"done_date",
			),
			({"actions": [action(self.owner, 5, done_date=past(1))]}, RuleBrokenError, "done_date"),
			({"actions": [action(None, 5)]}, MissingLinkError, "action_owner"),
		):
			with self.subTest(values=values), self.assertFieldError(exc, field):
				make_monitoring_visit(SCHOOL_A, focus="Refused visit", **values)
		self.assertNothingWritten(TM, {"focus": "Refused visit"})

	def test_per_school_rule_for_one_school_trust_and_no_school_users(self):
		mine = make_monitoring_visit(SCHOOL_A).name
		theirs = make_monitoring_visit(SCHOOL_B).name
		self.assertSchoolRule(TM, mine, theirs)
		frappe.set_user(user_of(SCHOOL_A, "SEND Governor"))
		with self.assertRaises(frappe.PermissionError):
			call_route("frappe.client.get", doctype=TM, name=mine)
		frappe.set_user(user_of(SCHOOL_A, "SEND Office"))  # findings on named teachers: not the office's
		self.assertFalse(frappe.has_permission(TM, "read"))
		frappe.set_user(user_of(SCHOOL_B))
		with self.assertRaises(frappe.PermissionError):
			call_rest("PUT", TM, mine, data={"findings": "takeover", "school": SCHOOL_B})
		frappe.set_user("Administrator")
		self.assertEqual(frappe.db.get_value(TM, mine, "school"), SCHOOL_A)

	def test_staff_read_only_the_visits_about_them(self):
		other = make_user("other.teacher.monitoring@senco.test", ("SEND Staff",), (SCHOOL_A,))
		owned = make_monitoring_visit(SCHOOL_A).name  # its action is self.owner's
		about = make_monitoring_visit(SCHOOL_A, teacher=other, actions=[]).name
		for user, expected in (
			(self.owner, {owned}),
			(other, {about}),
			(user_of(SCHOOL_A, "SEND Viewer"), {owned, about}),
		):
			frappe.set_user(user)
			listed = set(frappe.get_list(TM, filters={"name": ["in", [owned, about]]}, pluck="name"))
			self.assertEqual(listed, expected, user)
			for name in (owned, about):
				self.assertEqual(frappe.has_permission(TM, "read", doc=name), name in expected, (user, name))
		frappe.set_user(other)
		with self.assertRaises(frappe.PermissionError):
			call_route("frappe.client.get", doctype=TM, name=owned)
		frappe.set_user("Administrator")

	def test_owners_are_told_of_actions_due_soon_or_late_once(self):
		soon = make_monitoring_visit(SCHOOL_A, actions=[action(self.owner, 3)]).name
		late = make_monitoring_visit(SCHOOL_A, visit_date=past(30), actions=[action(self.owner, -2)]).name
		later = make_monitoring_visit(SCHOOL_A, actions=[action(self.owner, 30)]).name
		done = make_monitoring_visit(
			SCHOOL_A, visit_date=past(30), actions=[action(self.owner, -2, status="Done", done_date=past(3))]
		).name
		self.assertEqual(len(teaching_monitoring.notify_actions_due()), 2)
		self.assertEqual(len(told(self.owner, soon)), 1)
		self.assertIn(formatdate(add_days(today(), 3)), told(self.owner, soon)[0])
		self.assertEqual(len(told(self.owner, late)), 1)
		self.assertEqual((told(self.owner, later), told(self.owner, done)), ([], []))
		# the next day's run tells nobody again
		self.assertEqual(teaching_monitoring.notify_actions_due(), [])
		self.assertEqual(len(told(self.owner, soon)), 1)
		self.assertEqual(
			frappe.db.get_value("SEND Monitoring Action", {"parent": soon}, "notified_on"),
			frappe.utils.getdate(),
		)
		# a new due date is told again; an edit that leaves it is not
		doc = frappe.get_doc(TM, soon)
		doc.findings = "Word mats seen in use"
		doc.save()
		self.assertEqual(teaching_monitoring.notify_actions_due(), [])
		doc.actions[0].due_date = add_days(today(), 5)
		doc.save()
		self.assertEqual(teaching_monitoring.notify_actions_due(), [doc.actions[0].name])
		self.assertEqual(len(told(self.owner, soon)), 2)
		# the owner reads their notification (the visit is of their school)
		frappe.set_user(self.owner)
		self.assertEqual(len(frappe.get_list("Notification Log", filters={"document_name": soon})), 2)

	def test_daily_queries_do_not_grow_with_actions(self):
		owners = [
			make_user(f"owner{n}.monitoring@senco.test", ("SEND Staff",), (SCHOOL_A,)) for n in range(5)
		]
		make_monitoring_visit(SCHOOL_A, actions=[action(owners[0], 1)])
		teaching_monitoring.notify_actions_due()  # caches (meta, translations, date format) warm
		counts = {}
		for size in (1, 5):
			visits = [make_monitoring_visit(SCHOOL_A, actions=[action(o, 2)]).name for o in owners[:size]]
			with counted_queries() as queries:
				self.assertEqual(len(teaching_monitoring.notify_actions_due()), size)
			counts[size] = len(queries)
			for owner, visit in zip(owners, visits, strict=False):
				self.assertEqual(len(told(owner, visit)), 1)
		self.assertEqual(counts[1], counts[5], counts)
