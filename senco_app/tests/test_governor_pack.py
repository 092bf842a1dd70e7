"""The governor pack over HTTP (``call_route``): a governor of a school downloads it for that school
(a PDF) and is refused another school's; it shows aggregates with small numbers suppressed, whoever
reads it, and no pupil."""

import frappe
from frappe.utils import add_days

from senco_app.exceptions import MissingLinkError
from senco_app.tests.utils import SCHOOL_B
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import call_route
from senco_app.tests.utils import make_academic_term
from senco_app.tests.utils import make_academic_year
from senco_app.tests.utils import make_referral
from senco_app.tests.utils import make_school
from senco_app.tests.utils import make_send_record
from senco_app.tests.utils import make_student
from senco_app.tests.utils import past
from senco_app.tests.utils import this_school_year
from senco_app.tests.utils import user_of

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE

SCHOOL = "_SENCO Pack School"
METHOD = "senco_app.services.governor_pack.governor_pack"


class TestGovernorPack(SencoTestCase):
	own_schools = {SCHOOL: {"send_phase": "Primary", "send_notional_sen_budget": 40000}}
	users = {"governor": (SCHOOL, "SEND Governor")}

	def setUp(self):
		super().setUp()
		start, _end = this_school_year()
		self.term = make_academic_term(
			make_academic_year(), "_Pack Autumn", str(start), str(add_days(start, 110))
		)
		self.pupils = [
			make_student(SCHOOL, "Pack", f"Pupil{i}{frappe.generate_hash(length=6)}") for i in range(9)
		]
		for pupil in self.pupils[:3]:
			make_send_record(pupil.name, SCHOOL, needs=("SLCN",), start_date=past(60))
		for pupil in self.pupils[3:9]:
			make_send_record(pupil.name, SCHOOL, needs=("ASD",), start_date=past(60))
		make_referral(self.pupils[0].name, SCHOOL, referral_date=past(40))

	def pack(self, school=SCHOOL, **form):
		return call_route(METHOD, school=school, academic_term=self.term, **form)

	def assertNoPupil(self, page):
		for pupil in self.pupils:
			self.assertNotIn(pupil.name, page)
			self.assertNotIn(pupil.last_name, page)

	def test_a_governor_gets_their_schools_pack_with_small_numbers_suppressed(self):
		frappe.set_user(self.governor)
		page = self.pack(html=1)
		self.assertIn(SCHOOL, page)
		self.assertIn(self.term, page)
		for title in ("Review compliance", "Agency waiting times", "census day", "Attainment and attendance"):
			self.assertIn(title, page)
		self.assertIn("&lt;5", page)  # 3 SLCN, 1 referral
		self.assertIn('<td class="n">9</td>', page)  # 9 on SEN Support
		self.assertNoPupil(page)

	def test_the_pack_is_a_pdf(self):
		frappe.set_user(self.governor)
		self.pack()
		self.assertEqual(frappe.local.response.type, "pdf")
		self.assertTrue(frappe.local.response.filecontent.startswith(b"%PDF"))
		self.assertTrue(frappe.local.response.filename.endswith(".pdf"))

	def test_a_governor_is_refused_another_schools_pack(self):
		frappe.set_user(self.governor)
		with self.assertRaises(frappe.PermissionError):
			self.pack(school=SCHOOL_B, html=1)
		frappe.set_user(user_of(SCHOOL_B, "SEND Governor"))
		with self.assertRaises(frappe.PermissionError):
			self.pack(html=1)

	def test_a_senco_gets_the_same_suppressed_pack(self):
		frappe.set_user(user_of(SCHOOL))
		page = self.pack(html=1)
		self.assertIn("&lt;5", page)
		self.assertNoPupil(page)

	def test_a_user_with_no_send_role_is_refused_and_a_term_is_needed(self):
		from senco_app.tests.utils import make_user

		frappe.set_user(make_user("pack.plain@senco.test", ("Blogger",), (SCHOOL,)))
		with self.assertRaises(frappe.PermissionError):
			self.pack(html=1)
		frappe.set_user(self.governor)
		with self.assertFieldError(MissingLinkError, "academic_term"):
			call_route(METHOD, school=SCHOOL, academic_term="no such term", html=1)
