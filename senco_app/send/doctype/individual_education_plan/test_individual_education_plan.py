# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import frappe
from frappe.utils import add_days
from frappe.utils import getdate
from frappe.utils import today

from senco_app.exceptions import CrossSchoolLinkError
from senco_app.exceptions import DuplicateRecordError
from senco_app.exceptions import RuleBrokenError
from senco_app.send.doctype.individual_education_plan.individual_education_plan import make_new_version
from senco_app.send.doctype.individual_education_plan.individual_education_plan import make_review
from senco_app.send.doctype.individual_education_plan.individual_education_plan import record_target_progress
from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import SCHOOL_B
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import PupilTestCase
from senco_app.tests.utils import make_entry
from senco_app.tests.utils import make_iep
from senco_app.tests.utils import make_student
from senco_app.tests.utils import past
from senco_app.tests.utils import pupil_with_agreed_plan
from senco_app.tests.utils import user_of

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE
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


class TestIndividualEducationPlan(PupilTestCase):
	pupil = ("Isla", "Planner")
	register = {"needs": ("SLCN", "ASD")}

	def assert_rejected(self, doc, fieldname, exc=RuleBrokenError, submit=False):
		with self.assertFieldError(exc, fieldname) if fieldname else self.assertRaises(exc):
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
		self.assertEqual(frappe.db.get_value(IEP, v1.name, ["docstatus", "status"]), (1, "Active"))
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

	def test_key_person_defaults_from_the_register(self):
		key = user_of(SCHOOL_A, "SEND Staff")
		frappe.db.set_value("SEND Record", self.record, "key_person", key)
		doc = draft(self.student)
		doc.insert()
		self.assertEqual(doc.key_person, key)

	def test_provisions_are_the_pupils_provision_map_entries(self):
		staff = user_of(SCHOOL_A, "SEND Staff")
		other = make_student(SCHOOL_A, "Not", "Mine").name
		dates = {"start_date": past(30), "end_date": add_days(today(), 30)}
		mine = make_entry(SCHOOL_A, [self.student, other], staff=staff, **dates)
		make_entry(SCHOOL_A, [other], **dates)  # another pupil's group
		make_entry(SCHOOL_A, [{"student": self.student, "outcome": "Withdrawn"}], **dates)
		make_entry(SCHOOL_A, [self.student], start_date=past(200), end_date=past(100))  # over before the plan
		doc = draft(self.student)
		doc.insert()
		self.assertEqual(
			[(p.provision_map_entry, p.provision, p.frequency, p.delivered_by) for p in doc.provisions],
			[(mine.name, mine.provision, "3 x 30 min a week", mine.staff_name)],
		)
		self.assertTrue(mine.staff_name)

	def test_a_plain_provision_needs_no_entry_and_is_kept(self):
		doc = draft(
			self.student, provisions=[{"provision": "Ear defenders at assembly", "frequency": "Daily"}]
		)
		doc.insert()
		self.assertEqual(
			[(p.provision, p.frequency) for p in doc.provisions], [("Ear defenders at assembly", "Daily")]
		)

	def test_staff_record_target_progress_on_an_agreed_plan(self):
		plan = make_iep(self.student, SCHOOL_A, targets=("Count to 20", "Say hello"))
		staff = user_of(SCHOOL_A, "SEND Staff")
		frappe.set_user(staff)
		record_target_progress(plan.name, plan.targets[0].name, "Partially met", "Counts to 14 without help")
		self.assertEqual(
			frappe.db.get_value("IEP Target", plan.targets[0].name, ["outcome", "progress_note"]),
			("Partially met", "Counts to 14 without help"),
		)
		self.assertFalse(frappe.db.get_value("IEP Target", plan.targets[1].name, "outcome"))
		# saved as the plan under the staff member's name (outside tests Frappe adds a Version entry)
		self.assertEqual(frappe.db.get_value(IEP, plan.name, "modified_by"), staff)

	def test_staff_cannot_change_or_agree_a_plan_themselves(self):
		plan = make_iep(self.student, SCHOOL_A, targets=("Count to 20",))
		frappe.set_user(user_of(SCHOOL_A, "SEND Staff"))
		doc = frappe.get_doc(IEP, plan.name)
		doc.targets[0].target = "Count to 10"
		with self.assertRaises(frappe.PermissionError):  # changing an agreed plan needs submit rights
			doc.save()
		self.assertEqual(frappe.db.get_value("IEP Target", plan.targets[0].name, "target"), "Count to 20")
		new = draft(self.student, agreed_by="Mrs P", agreed_on=past(1))
		new.insert()
		with self.assertRaises(frappe.PermissionError):
			new.submit()
		self.assertEqual(frappe.db.get_value(IEP, new.name, "docstatus"), 0)

	def test_progress_for_a_target_of_another_plan_or_by_a_reader_is_rejected(self):
		plan = make_iep(self.student, SCHOOL_A, targets=("Count to 20",))
		target = plan.targets[0].name
		with self.assertFieldError(RuleBrokenError, "target_outcomes"):
			record_target_progress(plan.name, "not-a-target", "Met")
		with self.assertFieldError(RuleBrokenError, "target_outcomes"):
			record_target_progress(plan.name, target, "Brilliant")
		frappe.set_user(user_of(SCHOOL_A, "SEND Viewer"))
		with self.assertRaises(frappe.PermissionError):
			record_target_progress(plan.name, target, "Met")
		frappe.set_user(user_of(SCHOOL_B, "SEND Staff"))
		with self.assertRaises(frappe.PermissionError):
			record_target_progress(plan.name, target, "Met")
		self.assertFalse(frappe.db.get_value("IEP Target", target, "outcome"))

	def test_staff_cannot_read_the_confidential_notes(self):
		plan = make_iep(self.student, SCHOOL_A, confidential_notes="Family court proceedings")
		self.assertEqual(frappe.client.get(IEP, plan.name)["confidential_notes"], "Family court proceedings")
		for role in ("SEND Staff", "SEND Office", "SEND Viewer"):
			frappe.set_user(user_of(SCHOOL_A, role))
			self.assertFalse(frappe.client.get(IEP, plan.name).get("confidential_notes"), role)
			frappe.set_user("Administrator")

	def test_create_review_only_from_an_active_plan(self):
		v1 = make_iep(self.student, SCHOOL_A)
		v2 = make_new_version(v1.name)
		v2.agreed_by, v2.agreed_on = "Mr Parent", today()
		v2.submit()
		with self.assertFieldError(RuleBrokenError, "docstatus"):
			make_review(v1.name)

	# bad input

	def assert_entry_rejected(self, school, first_name):
		"""A plan naming a running Provision Map Entry of another pupil of ``school`` is refused."""
		other = make_student(school, first_name, "Grouped").name
		entry = make_entry(school, [other], start_date=past(30), end_date=add_days(today(), 30)).name
		self.assert_rejected(draft(self.student, provisions=[{"provision_map_entry": entry}]), "provisions")

	def test_provision_entry_the_pupil_is_not_in_is_rejected(self):
		self.assert_entry_rejected(SCHOOL_A, "Group")

	def test_provision_entry_of_another_school_is_rejected(self):
		self.assert_entry_rejected(SCHOOL_B, "Bea")

	def test_pupil_without_an_open_register_record_is_rejected(self):
		other = make_student(SCHOOL_A, "Not", "Registered").name
		self.assert_rejected(draft(other), "student")

	def test_pupil_of_another_school_is_rejected(self):
		with self.assertFieldError(CrossSchoolLinkError, "student"):
			draft(self.student, school=SCHOOL_B).insert()
		self.assertNothingWritten(IEP, {"student": self.student})

	def test_review_date_before_start_is_rejected(self):
		self.assert_rejected(draft(self.student, review_date=past(30)), "review_date")

	def test_target_without_smart_text_is_rejected(self):
		self.assert_rejected(
			draft(self.student, targets=[{"target": " ", "strategies": "x"}]),
			"targets",
		)

	def test_submitting_without_targets_or_agreement_is_rejected(self):
		doc = draft(self.student, targets=[], agreed_by="Mrs P", agreed_on=past(1))
		doc.insert()
		with self.assertFieldError(RuleBrokenError, "targets"):
			doc.submit()
		self.assertEqual(frappe.db.get_value(IEP, doc.name, "docstatus"), 0)
		doc = draft(self.student)
		doc.insert()
		with self.assertFieldError(RuleBrokenError, "agreed_by"):
			doc.submit()
		doc.reload()
		doc.agreed_by, doc.agreed_on = "Mrs P", add_days(today(), 2)
		with self.assertFieldError(RuleBrokenError, "agreed_on"):
			doc.submit()
		self.assertEqual(frappe.db.get_value(IEP, doc.name, "docstatus"), 0)

	def test_second_active_plan_is_rejected(self):
		first = make_iep(self.student, SCHOOL_A)
		second = draft(self.student, agreed_by="Mrs P", agreed_on=past(1))
		second.insert()
		with self.assertFieldError(DuplicateRecordError, "student"):
			second.submit()
		self.assertEqual(frappe.db.get_value(IEP, second.name, "docstatus"), 0)
		self.assertEqual(frappe.db.get_value(IEP, first.name, "status"), "Active")

	def test_isolation_for_a_one_school_user(self):
		plan_a = make_iep(self.student, SCHOOL_A).name
		plan_b = pupil_with_agreed_plan(SCHOOL_B, "Bea", "Planner").plan.name
		user = user_of(SCHOOL_A)
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

	def test_print_format_photo_is_optional_and_notes_stay_out(self):
		from frappe.www.printview import get_html_and_style

		frappe.db.set_value("Student", self.student, "image", "/files/_senco_isla.jpg")
		plan = make_iep(self.student, SCHOOL_A, confidential_notes="Family court proceedings")
		html = get_html_and_style(IEP, plan.name, print_format="IEP")["html"]
		self.assertIn('src="/files/_senco_isla.jpg"', html)
		self.assertNotIn("Family court", html)
		plan.db_set("print_photo", 0)
		html = get_html_and_style(IEP, plan.name, print_format="IEP")["html"]
		self.assertNotIn("_senco_isla.jpg", html)
