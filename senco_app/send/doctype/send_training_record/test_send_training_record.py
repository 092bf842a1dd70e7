# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import frappe
from frappe.utils import add_days
from frappe.utils import today

from senco_app.exceptions import RuleBrokenError
from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import SCHOOL_B
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import call_rest
from senco_app.tests.utils import make_training_record
from senco_app.tests.utils import user_of

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE

TR = "SEND Training Record"


class TestSENDTrainingRecord(SencoTestCase):
	def test_saved_with_its_areas_of_need_and_attendees(self):
		staff, senco = user_of(SCHOOL_A, "SEND Staff"), user_of(SCHOOL_A)
		doc = make_training_record(
			SCHOOL_A,
			attendees=(staff, {"user": senco, "hours_attended": 1.5}),
			need_types=("ASD", "SLCN"),
			led_by_senco=1,
		)
		doc.reload()
		self.assertEqual([r.need_type for r in doc.need_types], ["ASD", "SLCN"])
		self.assertEqual([(r.user, r.hours_attended) for r in doc.attendees], [(staff, 0), (senco, 1.5)])
		self.assertTrue(doc.attendees[0].full_name)
		# planned training: in the future, nobody booked yet
		make_training_record(SCHOOL_A, attendees=(), status="Planned", training_date=add_days(today(), 30))

	def test_bad_input_is_refused_naming_the_field_and_nothing_saved(self):
		staff = user_of(SCHOOL_A, "SEND Staff")
		for values, field in (
			({"hours": 0}, "hours"),
			({"hours": -2}, "hours"),
			({"hours": 1000}, "hours"),
			({"training_date": add_days(today(), 1)}, "training_date"),
			({"attendees": []}, "attendees"),
			({"attendees": [{"user": staff}, {"user": staff}]}, "user"),
			({"attendees": [{"user": staff, "hours_attended": 5}]}, "hours_attended"),
			({"need_types": ("ASD", "ASD")}, "need_type"),
		):
			with self.subTest(values=values), self.assertFieldError(RuleBrokenError, field):
				make_training_record(SCHOOL_A, title="Refused training", **values)
		self.assertNothingWritten(TR, {"title": "Refused training"})

	def test_per_school_rule_for_one_school_trust_and_no_school_users(self):
		mine = make_training_record(SCHOOL_A).name
		theirs = make_training_record(SCHOOL_B).name
		self.assertSchoolRule(TR, mine, theirs, readers=("SEND Viewer", "SEND Staff"))

	def test_office_writes_staff_and_viewer_read_another_school_nothing(self):
		frappe.set_user(user_of(SCHOOL_A, "SEND Office"))
		doc = make_training_record(SCHOOL_A)
		for role in ("SEND Staff", "SEND Viewer"):
			frappe.set_user(user_of(SCHOOL_A, role))
			self.assertTrue(frappe.has_permission(TR, "read", doc.name), role)
			self.assertFalse(frappe.has_permission(TR, "write", doc.name), role)
		frappe.set_user(user_of(SCHOOL_B))
		with self.assertRaises(frappe.PermissionError):
			call_rest("PUT", TR, doc.name, data={"notes": "takeover", "school": SCHOOL_B})
		frappe.set_user("Administrator")
		self.assertIsNone(frappe.db.get_value(TR, doc.name, "notes"))
