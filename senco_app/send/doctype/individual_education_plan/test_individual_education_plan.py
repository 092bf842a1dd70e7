# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import frappe
from frappe.utils import add_days, getdate, today

from senco_app.send.doctype.individual_education_plan.individual_education_plan import (
	make_new_version,
	make_review,
)
from senco_app.tests.utils import (
	SCHOOL_A,
	SCHOOL_B,
	SencoTestCase,
	make_iep,
	make_send_record,
	make_student,
	make_user,
	past,
)

test_ignore = ["Student", "Company", "User", "SEN Need Type", "SEND Record", "Individual Education Plan"]
IGNORE_TEST_RECORD_DEPENDENCIES = test_ignore
IEP = "Individual Education Plan"


def draft(student, school=SCHOOL_A, **values):
	doc = {
		"doctype": IEP,
		"student": student,
		"school": school,
		"start_date": past(10),
		"review_date": add_days(today(), 80),
		"targets": [{"target": "Use a visual timetable each morning"}],
		**values,
	}
	return frappe.get_doc(doc)


class TestIndividualEducationPlan(SencoTestCase):
	def setUp(self):
		super().setUp()
		self.student = make_student(SCHOOL_A, "Isla", "Planner").name
		self.record = make_send_record(self.student, SCHOOL_A, needs=("SLCN", "ASD")).name

	def assert_rejected(self, doc, message, exc=frappe.ValidationError, submit=False):
		with self.assertRaisesRegex(exc, message):
			doc.insert()
			if submit:
				doc.submit()
		if not submit:
			self.assertNothingWritten(IEP, {"student": doc.student})

	def test_draft_takes_the_register_record_and_its_needs(self):
		doc = draft(self.student)
		doc.insert()
		self.assertEqual((doc.status, doc.version, doc.send_record), ("Draft", 1, self.record))
		self.assertIn("SLCN: Speech, language and communication needs", doc.needs_summary)
		self.assertTrue(doc.needs_summary.startswith("SLCN"))

	def test_lifecycle_agree_new_version_and_the_old_version_stays_readable(self):
		v1 = make_iep(self.student, SCHOOL_A, targets=("Target one", "Target two"))
		self.assertEqual((v1.docstatus, v1.status), (1, "Active"))
		self.assertEqual(frappe.db.get_value("SEND Record", self.record, "active_iep"), v1.name)

		v2 = make_new_version(v1.name)
		self.assertEqual((v2.amended_from, v2.agreed_by), (v1.name, None))
		self.assertEqual([t.target for t in v2.targets], ["Target one", "Target two"])
		self.assertEqual((v2.version, v2.status, v2.docstatus), (2, "Draft", 0))
		self.assertEqual(frappe.db.get_value(IEP, v1.name, ["docstatus", "status"]), (2, "Cancelled"))
		v2.targets[0].target = "Target one, raised"
		v2.agreed_by, v2.agreed_on = "Mr Parent", today()
		v2.submit()

		old = frappe.get_doc(IEP, v1.name)
		self.assertEqual((old.docstatus, old.status), (2, "Superseded"))
		self.assertEqual([t.target for t in old.targets], ["Target one", "Target two"])
		self.assertEqual(frappe.db.get_value(IEP, v2.name, "status"), "Active")
		self.assertEqual(frappe.db.get_value("SEND Record", self.record, "active_iep"), v2.name)

	def test_frappe_amend_after_cancel_also_supersedes(self):
		v1 = make_iep(self.student, SCHOOL_A)
		v1.cancel()
		self.assertEqual(frappe.db.get_value(IEP, v1.name, "status"), "Cancelled")
		v2 = frappe.copy_doc(v1)
		v2.docstatus, v2.amended_from = 0, v1.name
		v2.insert()
		v2.submit()
		self.assertEqual(v2.version, 2)
		self.assertEqual(frappe.db.get_value(IEP, v1.name, "status"), "Superseded")

	def test_create_review_copies_the_targets(self):
		plan = make_iep(self.student, SCHOOL_A, targets=("A", "B"))
		review = make_review(plan.name)
		self.assertEqual(
			(review.iep, review.review_type, review.student), (plan.name, "IEP Review", self.student)
		)
		self.assertEqual(
			[(r.iep_target, r.target) for r in review.target_outcomes],
			[(t.name, t.target) for t in plan.targets],
		)

	# bad input

	def test_pupil_without_an_open_register_record_is_rejected(self):
		other = make_student(SCHOOL_A, "Not", "Registered").name
		self.assert_rejected(draft(other), "has no open SEND Record")

	def test_pupil_of_another_school_is_rejected(self):
		self.assert_rejected(draft(self.student, school=SCHOOL_B), "belongs to school " + SCHOOL_A)

	def test_review_date_before_start_is_rejected(self):
		self.assert_rejected(
			draft(self.student, review_date=past(30)), "Review Date .* cannot be before the plan's Start Date"
		)

	def test_target_without_smart_text_is_rejected(self):
		self.assert_rejected(
			draft(self.student, targets=[{"target": " ", "strategies": "x"}]),
			"Targets row 1: SMART Target is required",
		)

	def test_submitting_without_targets_or_agreement_is_rejected(self):
		doc = draft(self.student, targets=[], agreed_by="Mrs P", agreed_on=past(1))
		doc.insert()
		with self.assertRaisesRegex(frappe.ValidationError, "at least one target"):
			doc.submit()
		self.assertEqual(frappe.db.get_value(IEP, doc.name, "docstatus"), 0)
		doc = draft(self.student)
		doc.insert()
		with self.assertRaisesRegex(frappe.ValidationError, "Agreed With and Agreed On are required"):
			doc.submit()
		doc.reload()
		doc.agreed_by, doc.agreed_on = "Mrs P", add_days(today(), 2)
		with self.assertRaisesRegex(frappe.ValidationError, "Agreed On cannot be in the future"):
			doc.submit()
		self.assertEqual(frappe.db.get_value(IEP, doc.name, "docstatus"), 0)

	def test_second_active_plan_is_rejected(self):
		first = make_iep(self.student, SCHOOL_A)
		second = draft(self.student, agreed_by="Mrs P", agreed_on=past(1))
		second.insert()
		with self.assertRaisesRegex(frappe.DuplicateEntryError, "already has an active plan"):
			second.submit()
		self.assertEqual(frappe.db.get_value(IEP, second.name, "docstatus"), 0)
		self.assertEqual(frappe.db.get_value(IEP, first.name, "status"), "Active")

	def test_isolation_for_a_one_school_user(self):
		plan_a = make_iep(self.student, SCHOOL_A).name
		pupil_b = make_student(SCHOOL_B, "Bea", "Planner").name
		make_send_record(pupil_b, SCHOOL_B)
		plan_b = make_iep(pupil_b, SCHOOL_B).name
		user = make_user("iep.senco.a@senco.test", ("SENCO",), (SCHOOL_A,))
		frappe.set_user(user)
		names = set(frappe.get_list(IEP, filters={"name": ["in", [plan_a, plan_b]]}, pluck="name"))
		self.assertEqual(names, {plan_a})
		with self.assertRaises(frappe.PermissionError):
			frappe.client.get(IEP, plan_b)
		with self.assertRaises(frappe.PermissionError):
			make_review(plan_b)

	def test_print_format_renders_for_parents(self):
		from frappe.www.printview import get_html_and_style

		plan = make_iep(self.student, SCHOOL_A, targets=("Count to 20",))
		html = get_html_and_style(IEP, plan.name, print_format="IEP")["html"]
		self.assertIn("My Support Plan", html)
		self.assertIn("Count to 20", html)
		self.assertIn("Mrs Parent", html)
		self.assertEqual(getdate(plan.start_date), getdate(past(20)))
