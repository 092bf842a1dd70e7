"""Bad input sent by a logged-in SENCO through the HTTP dispatchers (frappe.client methods and REST
/api/resource) is refused with a 4xx error naming the field, before any rule runs, and nothing is
written (senco_app.controllers.send_document, senco_app.exceptions)."""

import frappe
from frappe.utils import add_days
from frappe.utils import today

from senco_app.exceptions import InvalidAttachmentError
from senco_app.exceptions import InvalidDateError
from senco_app.exceptions import InvalidLinkError
from senco_app.exceptions import InvalidNumberError
from senco_app.exceptions import InvalidTableError
from senco_app.exceptions import MissingLinkError
from senco_app.exceptions import ValueTooLongError
from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import call_rest
from senco_app.tests.utils import call_route
from senco_app.tests.utils import make_entry
from senco_app.tests.utils import make_iep
from senco_app.tests.utils import make_provision
from senco_app.tests.utils import make_referral
from senco_app.tests.utils import make_send_record
from senco_app.tests.utils import make_student
from senco_app.tests.utils import user_of

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE

IEP = "Individual Education Plan"
PME = "Provision Map Entry"


def saved(doc) -> dict:
	"""The document (with its rows) as the database has it now."""
	return frappe.get_doc(doc.doctype, doc.name).as_dict(convert_dates_to_str=True)


# the routes, as the browser or an integration calls them


def insert(**values):
	return call_route("frappe.client.insert", doc=frappe.as_json(values))


def save(values: dict):
	return call_route("frappe.client.save", doc=frappe.as_json(values))


def set_value(doc, fieldname: str, value):
	"""frappe.client.set_value on a document, or on a row of one."""
	return call_route(
		"frappe.client.set_value", doctype=doc.doctype, name=doc.name, fieldname=fieldname, value=value
	)


def post(doctype: str, **values):
	return call_rest("POST", doctype, data=values)


def put(doc, **values):
	return call_rest("PUT", doc.doctype, doc.name, data=values)


class TestBadInput(SencoTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.senco = user_of(SCHOOL_A)

	def setUp(self):
		super().setUp()
		self.student = make_student(SCHOOL_A, "Ivy", "Input").name
		self.record = make_send_record(self.student, SCHOOL_A)
		self.newcomer = make_student(SCHOOL_A, "Noah", "Newcomer").name

	def as_senco(self, route, *args, **kwargs):
		frappe.set_user(self.senco)
		try:
			return route(*args, **kwargs)
		finally:
			frappe.set_user("Administrator")

	def assertRefused(self, exc_class, fieldname, route, *args, **kwargs):
		"""The SENCO's call raises ``exc_class``, a 4xx ValidationError naming ``fieldname``."""
		with self.assertRaises(exc_class) as caught:
			self.as_senco(route, *args, **kwargs)
		exc = caught.exception
		self.assertIsInstance(exc, frappe.ValidationError)
		self.assertTrue(400 <= exc.http_status_code < 500, exc.http_status_code)
		self.assertEqual(exc.fieldname, fieldname)
		return exc

	def assertRefusedUnchanged(self, doc, exc_class, fieldname, route, *args, **kwargs):
		"""Refused, and ``doc`` (with its rows) is in the database as it was."""
		before = saved(doc)
		exc = self.assertRefused(exc_class, fieldname, route, *args, **kwargs)
		self.assertEqual(saved(doc), before)
		return exc

	# 1. a table sent as text

	def test_needs_sent_as_text(self):
		self.assertRefusedUnchanged(self.record, InvalidTableError, "needs", put, self.record, needs="abc")
		new_record = {
			"doctype": "SEND Record",
			"student": self.newcomer,
			"school": SCHOOL_A,
			"sen_provision": "SEN Support",
			"start_date": add_days(today(), -7),
		}
		self.assertRefused(InvalidTableError, "needs", insert, **new_record, needs="abc")
		self.assertNothingWritten("SEND Record", {"student": self.newcomer})

	# 2. text bigger than its column, on the document and on a row

	def test_summary_bigger_than_its_column(self):
		self.assertRefusedUnchanged(
			self.record, ValueTooLongError, "summary", set_value, self.record, "summary", "x" * 3_000_000
		)
		# within the column as sent, not once Frappe's sanitiser has escaped each & as &amp;
		self.assertRefusedUnchanged(
			self.record, ValueTooLongError, "summary", set_value, self.record, "summary", "<b>" + "&" * 40_000
		)
		doc = saved(self.record)
		doc["needs"][0]["notes"] = "é" * 40_000  # 80,000 bytes
		exc = self.assertRefusedUnchanged(self.record, ValueTooLongError, "notes", save, doc)
		self.assertEqual((exc.parentfield, exc.row), ("needs", 1))
		# what the column keeps is kept
		self.as_senco(set_value, self.record, "summary", "x" * 65_535)
		self.assertEqual(len(frappe.db.get_value("SEND Record", self.record.name, "summary")), 65_535)

	# 3. a date sent as an object

	def test_plan_start_date_sent_as_an_object(self):
		self.assertRefused(
			InvalidDateError,
			"start_date",
			insert,
			doctype=IEP,
			student=self.student,
			school=SCHOOL_A,
			start_date={"year": 2026, "month": 1},
			review_date=add_days(today(), 60),
			targets=[{"target": "Read 20 words", "area_of_need": "Cognition and learning"}],
		)
		self.assertNothingWritten(IEP, {"student": self.student})
		plan = make_iep(self.student, SCHOOL_A, submit=False)
		for bad in ({"date": today()}, "next Tuesday-ish", ["2026", "01", "05"]):
			self.assertRefusedUnchanged(plan, InvalidDateError, "start_date", put, plan, start_date=bad)

	# 4. a table sent as an object

	def test_plan_targets_sent_as_an_object(self):
		new_plan = {
			"student": self.student,
			"school": SCHOOL_A,
			"start_date": today(),
			"review_date": add_days(today(), 60),
		}
		target = {"target": "Read 20 words", "area_of_need": "Cognition and learning"}
		for bad in (target, ["Read 20 words"]):
			self.assertRefused(InvalidTableError, "targets", post, IEP, **new_plan, targets=bad)
		self.assertNothingWritten(IEP, {"student": self.student})
		plan = make_iep(self.student, SCHOOL_A, submit=False)
		doc = saved(plan)
		doc["targets"] = {"0": doc["targets"][0]}
		self.assertRefusedUnchanged(plan, InvalidTableError, "targets", save, doc)

	# 5. a number sent as text

	def test_minutes_per_session_not_a_number(self):
		entry = make_entry(
			SCHOOL_A, [self.student], start_date=add_days(today(), -14), end_date=add_days(today(), 70)
		)
		minutes = "minutes_per_session"
		self.assertRefusedUnchanged(entry, InvalidNumberError, minutes, set_value, entry, minutes, "abc")
		self.assertRefusedUnchanged(entry, InvalidNumberError, minutes, put, entry, **{minutes: "45 mins"})
		self.assertRefusedUnchanged(
			entry, InvalidNumberError, "cost_per_hour", put, entry, cost_per_hour=1e15
		)
		# a number written as text is still a number
		self.as_senco(set_value, entry, minutes, "45")
		self.assertEqual(frappe.db.get_value(PME, entry.name, minutes), 45)

	# 6. links to documents that do not exist (or no link where one is required)

	def test_links_to_documents_that_do_not_exist(self):
		new_entry = {
			"doctype": PME,
			"school": SCHOOL_A,
			"start_date": today(),
			"end_date": add_days(today(), 56),
		}
		pupils = [{"student": self.student}]
		exc = self.assertRefused(
			InvalidLinkError, "provision", insert, **new_entry, provision="_No Such Provision", pupils=pupils
		)
		self.assertIsInstance(exc, frappe.LinkValidationError)
		self.assertRefused(MissingLinkError, "provision", insert, **new_entry, provision="", pupils=pupils)
		exc = self.assertRefused(
			InvalidLinkError,
			"student",
			insert,
			**new_entry,
			provision=make_provision(),
			pupils=[{"student": "_No Such Pupil"}],
		)
		self.assertEqual((exc.parentfield, exc.row), ("pupils", 1))
		self.assertNothingWritten("Provision Map Pupil", {"student": self.student})
		referral = make_referral(self.student, SCHOOL_A)
		self.assertRefusedUnchanged(
			referral, InvalidLinkError, "agency", put, referral, agency="_No Such Agency"
		)

	# 7. a row's number sent as text

	def test_entry_score_not_a_number(self):
		entry = make_entry(
			SCHOOL_A,
			[{"student": self.student, "entry_score": 84}],
			start_date=add_days(today(), -14),
			end_date=add_days(today(), 70),
		)
		doc = saved(entry)
		doc["pupils"][0]["entry_score"] = "high"
		exc = self.assertRefusedUnchanged(entry, InvalidNumberError, "entry_score", save, doc)
		self.assertEqual((exc.doctype, exc.parentfield, exc.row), ("Provision Map Pupil", "pupils", 1))
		# the row on its own, as frappe.client.set_value changes a child row
		exc = self.assertRefusedUnchanged(
			entry, InvalidNumberError, "entry_score", set_value, entry.pupils[0], "entry_score", "high"
		)
		self.assertEqual((exc.parentfield, exc.row), ("pupils", 1))

	# 8. an attachment that is not a file of the site

	def test_attachment_not_a_file_of_the_site(self):
		referral = make_referral(self.student, SCHOOL_A)
		for url in (
			"javascript:alert(document.cookie)",
			"https://evil.example/consent.pdf",
			"/files/../site_config.json",
		):
			self.assertRefusedUnchanged(
				referral, InvalidAttachmentError, "consent_form", put, referral, consent_form=url
			)
		self.assertRefusedUnchanged(
			referral, InvalidAttachmentError, "report", set_value, referral, "report", "javascript:alert(1)"
		)
		self.as_senco(put, referral, consent_form="/private/files/consent.pdf")
		self.assertEqual(
			frappe.db.get_value("Agency Referral", referral.name, "consent_form"),
			"/private/files/consent.pdf",
		)
