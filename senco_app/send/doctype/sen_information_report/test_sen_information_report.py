# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""The SEN Information Report: drafted from the register, catalogue, agencies and the school's SENCO;
one per school and year; the school's alone; its public page as Guest shows the school's text and
aggregate data and nothing of any pupil."""

import frappe
from frappe.utils import set_request

from senco_app.exceptions import DuplicateRecordError
from senco_app.exceptions import RuleBrokenError
from senco_app.services.sen_information import school_slug
from senco_app.tests.utils import SCHOOL_B
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import TRUST
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import make_academic_year
from senco_app.tests.utils import make_agency
from senco_app.tests.utils import make_school
from senco_app.tests.utils import make_send_record
from senco_app.tests.utils import make_student
from senco_app.tests.utils import make_user
from senco_app.tests.utils import user_of

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE

SCHOOL = "_SENCO Info School"
COMPLAINTS = "Speak first to the class teacher, then the SENCO, then the head."


class TestSENInformationReport(SencoTestCase):
	own_schools = {SCHOOL: {"send_phase": "Primary"}}

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.senco_user = make_user("info.senco@senco.test", ("SENCO",), (SCHOOL,))
		frappe.db.set_value("Company", SCHOOL, "send_senco", cls.senco_user)

	def setUp(self):
		super().setUp()
		self.year = make_academic_year()
		self.pupils = [
			make_student(SCHOOL, "Info", f"Pupil{i}{frappe.generate_hash(length=6)}") for i in range(12)
		]
		for pupil in self.pupils[:6]:
			make_send_record(pupil.name, SCHOOL, needs=("SLCN", "ASD"))
		make_send_record(self.pupils[6].name, SCHOOL, provision="EHC Plan", needs=("HI",))
		self.agency = make_agency("_SENCO Info Speech Service", school=SCHOOL)

	def make_report(self, **values):
		frappe.set_user(self.senco_user)
		try:
			return frappe.get_doc(
				{"doctype": "SEN Information Report", "school": SCHOOL, "academic_year": self.year, **values}
			).insert()
		finally:
			frappe.set_user("Administrator")

	def test_drafted_from_the_data_where_it_exists(self):
		doc = self.make_report(complaints=f"<p>{COMPLAINTS}</p>")
		self.assertIn("Communication and interaction", doc.kinds_of_need)
		self.assertIn("Hearing impairment", doc.kinds_of_need)  # the plan's need
		self.assertIn(self.agency, doc.working_with_others)
		self.assertEqual(doc.senco_contact, self.senco_user)
		self.assertTrue(doc.senco_name)
		self.assertIn(COMPLAINTS, doc.complaints)  # the school's own text is kept
		self.assertEqual(doc.page_slug, "senco-info-school")
		for pupil in self.pupils:
			self.assertNotIn(pupil.last_name, doc.kinds_of_need)

	def test_one_report_per_school_and_year_and_no_trust(self):
		self.make_report()
		with self.assertFieldError(DuplicateRecordError, "academic_year"):
			self.make_report()
		with self.assertFieldError(RuleBrokenError, "school"):
			frappe.get_doc(
				{"doctype": "SEN Information Report", "school": TRUST, "academic_year": self.year}
			).insert()

	def test_another_schools_senco_may_not_read_or_write_it(self):
		doc = self.make_report()
		other = user_of(SCHOOL_B)
		self.assertFalse(frappe.has_permission("SEN Information Report", "read", doc=doc.name, user=other))
		frappe.set_user(other)
		self.assertNotIn(doc.name, frappe.get_list("SEN Information Report", pluck="name"))
		with self.assertRaises(frappe.PermissionError):
			frappe.get_doc(
				{"doctype": "SEN Information Report", "school": SCHOOL, "academic_year": self.year}
			).insert()
		governor = user_of(SCHOOL, "SEND Governor")
		self.assertTrue(frappe.has_permission("SEN Information Report", "read", doc=doc.name, user=governor))
		self.assertFalse(
			frappe.has_permission("SEN Information Report", "write", doc=doc.name, user=governor)
		)

	def page(self, slug):
		from frappe.website.serve import get_response

		frappe.set_user("Guest")
		set_request(method="GET", path=f"/sen-information/{slug}")
		try:
			response = get_response()
			return response.status_code, response.get_data(as_text=True)
		finally:
			frappe.local.request = None
			frappe.set_user("Administrator")

	def test_the_published_page_as_guest_shows_the_schools_text_and_no_pupil(self):
		doc = self.make_report(complaints=f"<p>{COMPLAINTS}</p>")
		status, _html = self.page(school_slug(SCHOOL))
		self.assertEqual(status, 404)  # not published yet
		frappe.db.set_value("SEN Information Report", doc.name, "published", 1)
		status, html = self.page(school_slug(SCHOOL))
		self.assertEqual(status, 200)
		self.assertIn(COMPLAINTS, html)
		self.assertIn("Hearing impairment", html)
		self.assertIn(self.agency, html)
		# 6 on SEN Support of 12 on roll: 50 %; 1 with a plan: withheld
		self.assertIn("Pupils on SEN Support: 50.0%", html)
		self.assertIn("Pupils with an EHC plan: c", html)
		for pupil in self.pupils:
			self.assertNotIn(pupil.name, html)
			self.assertNotIn(pupil.last_name, html)
		for record in frappe.get_all("SEND Record", filters={"school": SCHOOL}, pluck="name"):
			self.assertNotIn(record, html)
		self.assertEqual(self.page("senco-no-such-school")[0], 404)
