"""Student UPN and former UPN: checked with python-stdnum, unique across the site; the error names
the other pupil's school only to a user who may see it."""

import frappe

from senco_app.exceptions import DuplicateRecordError
from senco_app.exceptions import RuleBrokenError
from senco_app.rules.upn import make_upn
from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import SCHOOL_B
from senco_app.tests.utils import TRUST
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import call_rest
from senco_app.tests.utils import make_student
from senco_app.tests.utils import make_user

UPN = make_upn("801200005001")  # B801200005001
OTHER_UPN = make_upn("801200005002")
TEMPORARY = make_upn("80120000501A")


class TestPupilNumbers(SencoTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.clerk_b = make_user("upn.clerk.b@senco.test", ("Academics User",), (SCHOOL_B,))
		cls.clerk_trust = make_user("upn.clerk.trust@senco.test", ("Academics User",), (TRUST,))
		frappe.db.commit()

	def setUp(self):
		super().setUp()
		# no pupil of an earlier run or of the demo holds the test UPNs
		frappe.db.sql(
			"update tabStudent set upn = null, former_upn = null where upn in %(u)s or former_upn in %(u)s",
			{"u": (UPN, OTHER_UPN, TEMPORARY)},
		)

	def test_a_valid_upn_is_kept_upper_case_without_spaces(self):
		pupil = make_student(SCHOOL_A, "Uma", "Number", upn=" " + UPN.lower()[:5] + " " + UPN.lower()[5:])
		self.assertEqual(frappe.db.get_value("Student", pupil.name, "upn"), UPN)
		temporary = make_student(SCHOOL_A, "Tam", "Number", upn=TEMPORARY)
		self.assertEqual(temporary.upn, TEMPORARY)

	def test_invalid_upns_are_refused_naming_the_field(self):
		for upn in ("A801200005001", "E000200005001", "B80120000500", "B80120000A001"):
			with self.assertFieldError(RuleBrokenError, "upn"):
				make_student(SCHOOL_A, "Ivan", "Invalid", upn=upn)
		with self.assertFieldError(RuleBrokenError, "former_upn"):
			make_student(SCHOOL_A, "Ivan", "Invalid", upn=UPN, former_upn="A801200005001")
		with self.assertFieldError(RuleBrokenError, "former_upn"):
			make_student(SCHOOL_A, "Ivan", "Invalid", upn=UPN, former_upn=UPN)
		self.assertNothingWritten("Student", {"first_name": "Ivan", "last_name": "Invalid"})

	def test_a_upn_belongs_to_one_pupil(self):
		first = make_student(SCHOOL_A, "First", "Holder", upn=UPN, former_upn=TEMPORARY)
		with self.assertFieldError(DuplicateRecordError, "upn") as caught:
			make_student(SCHOOL_A, "Second", "Holder", upn=UPN)
		self.assertIn(first.name, str(caught.exception))  # Administrator may see school A
		with self.assertFieldError(DuplicateRecordError, "upn"):
			make_student(SCHOOL_B, "Second", "Holder", upn=TEMPORARY)  # another pupil's former UPN
		with self.assertFieldError(DuplicateRecordError, "former_upn"):
			make_student(SCHOOL_B, "Second", "Holder", upn=OTHER_UPN, former_upn=UPN)
		first.reload()
		first.save()  # its own UPN is no duplicate

	def refused_over_rest(self, user, pupil, upn):
		frappe.message_log = []
		frappe.set_user(user)
		try:
			with self.assertFieldError(DuplicateRecordError, "upn") as caught:
				call_rest("PUT", "Student", pupil, data={"upn": upn})
		finally:
			frappe.set_user("Administrator")
		text = str(caught.exception) + frappe.as_json(frappe.message_log)
		self.assertFalse(frappe.db.get_value("Student", pupil, "upn"))
		return text

	def test_duplicate_across_schools_tells_a_user_of_the_other_school_nothing(self):
		holder = make_student(SCHOOL_A, "Ada", "Holder", upn=UPN)
		pupil_b = make_student(SCHOOL_B, "Bea", "Other").name
		text = self.refused_over_rest(self.clerk_b, pupil_b, UPN)
		self.assertNotIn(SCHOOL_A, text)
		self.assertNotIn(holder.name, text)
		self.assertNotIn("Ada", text)
		# a user who holds both schools is told who has it
		text = self.refused_over_rest(self.clerk_trust, pupil_b, UPN)
		self.assertIn(SCHOOL_A, text)
		self.assertIn(holder.name, text)
