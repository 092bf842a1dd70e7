# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import frappe

from senco_app.exceptions import RuleBrokenError
from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import SCHOOL_B
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import TRUST
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import make_agency
from senco_app.tests.utils import user_of

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE


class TestSENDAgency(SencoTestCase):
	def test_shared_agencies_are_seen_by_every_school_and_a_schools_own_by_it_alone(self):
		shared = make_agency("_Test County EP")
		own_b = make_agency("_Test B Nurture Outreach", "Specialist Teaching / Outreach", school=SCHOOL_B)
		frappe.set_user(user_of(SCHOOL_A))
		names = set(frappe.get_list("SEND Agency", filters={"name": ["in", [shared, own_b]]}, pluck="name"))
		self.assertEqual(names, {shared})
		with self.assertRaises(frappe.PermissionError):
			frappe.client.get("SEND Agency", own_b)

	def test_contacts_linked_the_frappe_way(self):
		agency = make_agency("_Test SaLT Team", "Speech and Language Therapy")
		contact = frappe.get_doc(
			{
				"doctype": "Contact",
				"first_name": "Sally",
				"last_name": "Therapist",
				"links": [{"link_doctype": "SEND Agency", "link_name": agency}],
			}
		).insert()
		doc = frappe.get_doc("SEND Agency", agency)
		doc.run_method("onload")
		self.assertIn(contact.name, [c.name for c in doc.get_onload("contact_list")])

	def test_a_trust_cannot_keep_an_agency(self):
		with self.assertFieldError(RuleBrokenError, "school"):
			make_agency("_Test Trust Service", school=TRUST)
		self.assertFalse(frappe.db.exists("SEND Agency", "_Test Trust Service"))
