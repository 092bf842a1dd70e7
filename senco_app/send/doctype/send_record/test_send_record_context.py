# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""The pupil's context on the SEND Record: validations, the date parents were told of SEN provision,
and child protection / child in need for the SENCO only."""

import frappe

from senco_app.exceptions import MissingValueError
from senco_app.exceptions import RuleBrokenError
from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import call_rest
from senco_app.tests.utils import call_route
from senco_app.tests.utils import make_agency
from senco_app.tests.utils import make_send_record
from senco_app.tests.utils import make_student
from senco_app.tests.utils import past
from senco_app.tests.utils import user_of

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE

CONFIDENTIAL = ("child_protection", "child_in_need")


class TestSENDRecordContext(SencoTestCase):
	def setUp(self):
		super().setUp()
		self.student = make_student(SCHOOL_A, "Cora", "Context").name

	def new_record(self, provision="SEN Support", **values):
		return frappe.get_doc(
			{
				"doctype": "SEND Record",
				"student": self.student,
				"school": SCHOOL_A,
				"sen_provision": provision,
				"start_date": past(10),
				"needs": [{"rank": 1, "need_type": "SLCN"}] if provision != "Monitoring" else [],
				**values,
			}
		)

	def test_sen_support_asks_when_parents_were_told(self):
		with self.assertFieldError(MissingValueError, "parents_informed_date"):
			self.new_record().insert()
		self.assertNothingWritten("SEND Record", {"student": self.student})
		name = self.new_record("Monitoring").insert().name  # monitoring is not SEN provision yet

		def to_sen_support(**values):
			record = frappe.get_doc("SEND Record", name)
			record.update({"sen_provision": "SEN Support", **values})
			record.append("needs", {"rank": 1, "need_type": "SLCN"})
			record.save()

		with self.assertFieldError(MissingValueError, "parents_informed_date"):
			to_sen_support()
		self.assertEqual(frappe.db.get_value("SEND Record", name, "sen_provision"), "Monitoring")
		to_sen_support(parents_informed_date=past(2))
		record = frappe.get_doc("SEND Record", name)
		self.assertEqual(record.sen_provision, "SEN Support")

	def test_an_existing_sen_support_record_without_the_date_still_saves(self):
		record = self.new_record(parents_informed_date=past(10)).insert()
		frappe.db.set_value("SEND Record", record.name, "parents_informed_date", None)  # an older record
		record.reload()
		record.summary = "Edited"
		record.save()

	def test_inconsistent_context_is_refused_and_nothing_saved(self):
		vs = make_agency("_Test Virtual School", "Virtual School")
		ep = make_agency()
		for values, exc, field in (
			({"looked_after": 1, "previously_looked_after": 1}, RuleBrokenError, "previously_looked_after"),
			({"virtual_school": vs}, RuleBrokenError, "virtual_school"),
			({"looked_after": 1, "virtual_school": ep}, RuleBrokenError, "virtual_school"),
			({"eal": 1}, RuleBrokenError, "first_language"),
			({"eal": 1, "first_language": "english"}, RuleBrokenError, "first_language"),
			({"health_care_plan_review": past(-30)}, RuleBrokenError, "health_care_plan_review"),
			({"parents_informed_date": past(-1)}, RuleBrokenError, "parents_informed_date"),
		):
			with self.subTest(values=values), self.assertFieldError(exc, field):
				self.new_record(**{"parents_informed_date": past(10), **values}).insert()
		self.assertNothingWritten("SEND Record", {"student": self.student})
		record = self.new_record(
			parents_informed_date=past(10),
			looked_after=1,
			virtual_school=vs,
			designated_teacher="Administrator",
			eal=1,
			first_language="Polish",
			medical_needs=1,
			health_care_plan="/private/files/ihcp.pdf",
			health_care_plan_review=past(-100),
		).insert()
		self.assertEqual(record.virtual_school, vs)

	def test_child_protection_and_child_in_need_reach_the_senco_only(self):
		record = make_send_record(
			self.student, SCHOOL_A, child_protection=1, child_in_need=1, eal=1, first_language="Urdu"
		)
		for role in ("SEND Staff", "SEND Office", "SEND Viewer"):
			frappe.set_user(user_of(SCHOOL_A, role))
			doc = call_route("frappe.client.get", doctype="SEND Record", name=record.name)
			self.assertTrue(doc["eal"], role)
			for field in CONFIDENTIAL:
				self.assertFalse(doc.get(field), (role, field))
			rows = call_route(
				"frappe.client.get_list",
				doctype="SEND Record",
				filters={"name": record.name},
				fields=["name", *CONFIDENTIAL],
			)
			self.assertTrue(all(not row.get(f) for row in rows for f in CONFIDENTIAL), role)
			rest = call_rest("GET", "SEND Record", record.name).get_json()["data"]
			self.assertFalse(any(rest.get(f) for f in CONFIDENTIAL), role)
		frappe.set_user(user_of(SCHOOL_A, "SEND Office"))
		doc = frappe.get_doc("SEND Record", record.name)
		doc.summary = "Office edit"
		doc.child_protection = 0  # a level the office may not write: kept as saved
		doc.save()
		frappe.set_user(user_of(SCHOOL_A))
		doc = call_route("frappe.client.get", doctype="SEND Record", name=record.name)
		self.assertEqual((doc["child_protection"], doc["child_in_need"]), (1, 1))
