"""Factories and the test base class for senco_app's integration tests (run on a real site)."""

import json
from contextlib import contextmanager
from dataclasses import dataclass
from typing import ClassVar
from urllib.parse import quote

import frappe
from frappe.model.document import Document
from frappe.utils import add_days
from frappe.utils import add_years
from frappe.utils import getdate
from frappe.utils import set_request
from frappe.utils import today

from senco_app.rules.statutory import school_year_start
from senco_app.services.users import ensure_user

try:  # Frappe v16
	from frappe.tests import IntegrationTestCase
except ImportError:  # Frappe v15
	from frappe.tests.utils import FrappeTestCase as IntegrationTestCase

TRUST = "_SENCO Test Trust"
SCHOOL_A = "_SENCO School A"
SCHOOL_B = "_SENCO School B"
OTHER_SCHOOL = "_SENCO Other School"
PASSWORD = "Senco-Test-Password-2026!"

# Doctypes Frappe's test runner must not make test records for: the tests build what they need with
# the factories below. Every test module sets `test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE`
# (v15 reads test_ignore, v16 IGNORE_TEST_RECORD_DEPENDENCIES).
TEST_IGNORE = [
	"Academic Term",
	"Academic Year",
	"Company",
	"Guardian",
	"Individual Education Plan",
	"Provision Map Entry",
	"SEN Need Type",
	"SEND Agency",
	"SEND Provision",
	"SEND Record",
	"SEND Review",
	"Student",
	"Student Group",
	"User",
]


class SencoTestCase(IntegrationTestCase):
	"""Base class: the test schools exist, and every test ends as Administrator. A class names the
	schools of its own in ``own_schools`` (name: make_school's values, a trust before its schools) and
	its users in ``users`` (attribute: (school, role), made by ``user_of``); both are made once, before
	its tests."""

	own_schools: ClassVar[dict[str, dict]] = {}
	users: ClassVar[dict[str, tuple[str, str]]] = {}

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		make_test_schools()
		for name, values in cls.own_schools.items():
			make_school(name, **values)
		for attribute, (school, role) in cls.users.items():
			setattr(cls, attribute, user_of(school, role))

	def setUp(self):
		super().setUp()
		frappe.db.savepoint("senco_test")

	def tearDown(self):
		"""Each test's writes are undone, so tests of a class share only what setUpClass built."""
		frappe.set_user("Administrator")
		frappe.local.form_dict = frappe._dict()
		frappe.db.rollback(save_point="senco_test")
		frappe.flags.senco_school_count = None
		super().tearDown()

	@contextmanager
	def assertFieldError(self, exc, fieldname: str):
		"""The block raises ``exc`` (a typed error of senco_app.exceptions) about ``fieldname``."""
		with self.assertRaises(exc) as caught:
			yield caught
		self.assertEqual(getattr(caught.exception, "fieldname", None), fieldname)

	def assertNothingWritten(self, doctype, filters):
		self.assertFalse(frappe.db.exists(doctype, filters), f"{doctype} {filters} was written")

	def assertReportSchools(self, report: str, user: str, schools: tuple, **filters):
		"""``user`` running ``report`` gets rows, and only rows of ``schools``."""
		from frappe.desk.query_report import run

		frappe.set_user(user)
		self.assertEqual({r["school"] for r in run(report, filters=filters)["result"]}, set(schools))

	def assertSchoolRule(self, doctype: str, mine: str, theirs: str, readers: tuple = ("SEND Viewer",)):
		"""The per-school rule on ``doctype``: users of one school with a role of ``readers`` list their
		school's record alone (``mine`` of SCHOOL_A, ``theirs`` of SCHOOL_B), one of the trust both,
		one with no school neither; a governor is refused the doctype."""
		tag = frappe.scrub(doctype)
		expected = [
			(user_of(school, role), {name})
			for role in readers
			for school, name in ((SCHOOL_A, mine), (SCHOOL_B, theirs))
		]
		expected += [
			(make_user(f"trust.{tag}@senco.test", readers[:1], (TRUST,)), {mine, theirs}),
			(make_user(f"noschool.{tag}@senco.test", readers[:1]), set()),
		]
		for user, names in expected:
			frappe.set_user(user)
			listed = set(frappe.get_list(doctype, filters={"name": ["in", [mine, theirs]]}, pluck="name"))
			self.assertEqual(listed, names, user)
		frappe.set_user(user_of(SCHOOL_A, "SEND Governor"))
		self.assertFalse(frappe.has_permission(doctype, "read"))
		self.assertFalse(frappe.has_permission(doctype, "read", doc=mine))
		frappe.set_user("Administrator")

	def assertRefusedToOtherSchool(self, doctype: str, name: str, takeover: dict):
		"""SCHOOL_B's SENCO can neither read ``name`` (of SCHOOL_A) nor take it over with ``takeover``
		through Frappe's HTTP routes, and nothing of ``takeover`` is written."""
		frappe.set_user(user_of(SCHOOL_B))
		for call in (
			lambda: call_route("frappe.client.get", doctype=doctype, name=name),
			lambda: call_rest("GET", doctype, name),
			lambda: call_rest("PUT", doctype, name, data={**takeover, "school": SCHOOL_B}),
		):
			with self.assertRaises(frappe.PermissionError):
				call()
		frappe.set_user("Administrator")
		saved = frappe.db.get_value(doctype, name, ["school", *takeover], as_dict=True)
		self.assertEqual(saved.school, SCHOOL_A)
		for field, value in takeover.items():
			self.assertNotEqual(saved[field], value, field)

	def assertSyncKeepsEdits(self, sync, doctype: str, edits: dict, deleted: str, restored: bool):
		"""``edits`` ({name: {field: value}}) a school made to records the app installs survive ``sync``;
		the installed ``deleted``, deleted by the school, is put back by ``sync`` when ``restored`` (the
		app needs it) and stays deleted otherwise (the school may drop it)."""
		for name, values in edits.items():
			frappe.db.set_value(doctype, name, dict(values))  # (set_value adds the modified fields to it)
		frappe.delete_doc(doctype, deleted, force=True)
		sync()
		for name, values in edits.items():
			self.assertEqual(frappe.db.get_value(doctype, name, list(values), as_dict=True), values, name)
		self.assertEqual(bool(frappe.db.exists(doctype, deleted)), restored, deleted)

	def assertPupilMustBeOfTheSchool(self, make, doctype: str):
		"""``make(student, school)`` with a pupil of school B for school A is refused; nothing saved."""
		from senco_app.exceptions import CrossSchoolLinkError

		other = make_student(
			SCHOOL_B, "Bea", "Elsewhere", date_of_birth=past(900), joining_date=past(60)
		).name
		with self.assertRaises(CrossSchoolLinkError):
			make(other, SCHOOL_A)
		self.assertNothingWritten(doctype, {"student": other})


def skip_unless(check, reason: str):
	"""A decorator: the test runs where ``check()`` holds, and is skipped with ``reason`` elsewhere (a
	test of a reproduction of Frappe's code, which is in use only where that code is the one
	reproduced: elsewhere Frappe's own runs, as the fallback tests check)."""

	def decorate(test):
		def run(self, *args, **kwargs):
			if not check():
				self.skipTest(reason)
			return test(self, *args, **kwargs)

		run.__name__, run.__doc__ = test.__name__, test.__doc__
		return run

	return decorate


def report_as(user: str, name: str, **filters) -> dict:
	"""Run report ``name`` as ``user`` the way the desk does, then return to Administrator."""
	from frappe.desk.query_report import run

	frappe.set_user(user)
	try:
		return run(name, filters=filters)
	finally:
		frappe.set_user("Administrator")


class PupilTestCase(SencoTestCase):
	"""Each test starts with one pupil of SCHOOL_A on the register: ``self.student`` (the Student),
	``self.record`` (their SEND Record) and, when ``agreed_plan`` holds make_iep's values, ``self.plan``
	(their agreed Individual Education Plan). ``pupil`` names them; the record starts
	``on_register_days`` ago with make_send_record's ``register`` values."""

	pupil: ClassVar[tuple[str, str]] = ("Test", "Pupil")
	on_register_days: ClassVar[int] = 30
	register: ClassVar[dict] = {}
	agreed_plan: ClassVar[dict | None] = None

	def setUp(self):
		super().setUp()
		register = {"start_date": past(self.on_register_days), **self.register}
		if self.agreed_plan is None:
			pupil = pupil_on_register(SCHOOL_A, *self.pupil, **register)
		else:
			pupil = pupil_with_agreed_plan(SCHOOL_A, *self.pupil, plan=self.agreed_plan, **register)
		self.student, self.record, self.plan = pupil.student, pupil.record, pupil.plan


def pupil_forms() -> list[str]:
	"""Every SEND doctype that names a pupil (a Student link on the form or in one of its tables)."""
	from senco_app.security.doctypes import SEND_DOCTYPES

	def names_a_pupil(doctype):
		meta = frappe.get_meta(doctype)
		return any(df.options == "Student" for df in meta.get_link_fields()) or any(
			names_a_pupil(df.options) for df in meta.get_table_fields()
		)

	return [doctype for doctype in SEND_DOCTYPES if names_a_pupil(doctype)]


def call_route(cmd, **form):
	"""Call a whitelisted method the way an HTTP request does (overrides included)."""
	from frappe.handler import execute_cmd

	set_request(method="POST", path=f"/api/method/{cmd}")
	frappe.local.form_dict = frappe._dict(form)
	try:
		return execute_cmd(cmd)
	finally:
		frappe.local.request = None
		frappe.local.form_dict = frappe._dict()


def call_rest(method: str, *path: str, data: dict | None = None):
	"""Call ``/api/resource/<path>`` through Frappe's REST dispatcher, with a JSON body."""
	from frappe.api import handle

	set_request(
		method=method,
		path="/api/resource/" + "/".join(quote(part) for part in path),
		data=json.dumps(data or {}),
		headers={"Content-Type": "application/json"},
	)
	frappe.local.form_dict = frappe._dict()
	try:
		return handle(frappe.local.request)
	finally:
		frappe.local.request = None
		frappe.local.form_dict = frappe._dict()


def print_view(doctype: str, name: str, print_format: str) -> str:
	"""The HTML of ``name`` in ``print_format``, asked for the way the desk's print view asks."""
	return call_route(
		"frappe.www.printview.get_html_and_style", doc=doctype, name=name, print_format=print_format
	)["html"]


def attach_file(
	doctype: str, name: str, content: str, field: str | None = None, file_name: str | None = None
):
	"""A private File of ``content`` attached to ``name`` (named ``file_name``, else at random); with
	``field`` it is the form's upload to that field, and the field holds its address."""
	file = frappe.get_doc(
		{
			"doctype": "File",
			"file_name": file_name or f"{frappe.generate_hash(length=8)}.txt",
			"content": content,
			"is_private": 1,
			"attached_to_doctype": doctype,
			"attached_to_name": name,
			"attached_to_field": field,
		}
	).insert()
	if field:
		frappe.db.set_value(doctype, name, field, file.file_url)
	return file


def before_tests():
	"""Run once before the app's tests: a completed setup wizard (ERPNext's own helper), pupils
	without portal users, and the test schools."""
	frappe.clear_cache()
	if not frappe.db.get_single_value("System Settings", "setup_complete"):
		from erpnext.setup.utils import before_tests as erpnext_before_tests

		erpnext_before_tests()
	frappe.db.set_single_value("Education Settings", "user_creation_skip", 1)
	make_test_schools()
	frappe.db.commit()


def make_school(name: str, parent: str | None = None, is_group: int = 0, **values) -> str:
	if frappe.db.exists("Company", name):
		return name
	abbr = "".join(word[0] for word in name.replace("_", " ").split()).upper() + str(len(name))
	doc = frappe.get_doc(
		{
			"doctype": "Company",
			"company_name": name,
			"abbr": abbr,
			"default_currency": "GBP",
			"country": "United Kingdom",
			"is_group": is_group,
			"parent_company": parent,
			"create_chart_of_accounts_based_on": "Standard Template",
			"chart_of_accounts": "Standard",
			**values,
		}
	)
	doc.insert(ignore_permissions=True)
	return doc.name


def make_test_schools():
	make_school(TRUST, is_group=1)
	make_school(SCHOOL_A, parent=TRUST, send_phase="Primary", send_notional_sen_budget=60000)
	make_school(SCHOOL_B, parent=TRUST, send_phase="Secondary", send_notional_sen_budget=90000)
	make_school(OTHER_SCHOOL, send_phase="Primary")


def make_student(school: str, first_name: str = "Test", last_name: str = "Pupil", **values):
	frappe.db.set_single_value("Education Settings", "user_creation_skip", 1)
	doc = frappe.get_doc(
		{
			"doctype": "Student",
			"first_name": first_name,
			"last_name": last_name,
			"school": school,
			"date_of_birth": str(add_years(getdate(today()), -10)),
			"joining_date": str(add_years(this_school_year()[0], -5)),
			**values,
		}
	)
	doc.insert(ignore_permissions=True)
	return doc


def this_school_year():
	"""The first and last day of the school year today falls in (1 September to 31 August)."""
	start = school_year_start(getdate(today()))
	return start, add_days(add_years(start, 1), -1)


def term_day(weeks: int = 0, days: int = 0) -> str:
	"""The day ``weeks`` weeks and ``days`` days after the first Monday of this school year (in
	2026-27: 7 September, so term_day(11, 4) is Friday 27 November)."""
	start = this_school_year()[0]
	return str(add_days(start, (7 - start.weekday()) % 7 + 7 * weeks + days))


def make_academic_year(name: str | None = None, start: str | None = None, end: str | None = None) -> str:
	"""An Academic Year, by default this school year (named "_SENCO 2026-27" in 2026-27)."""
	if not name:
		year_start, year_end = this_school_year()
		name = f"_SENCO {year_start.year}-{year_end.year % 100:02d}"
		start, end = str(year_start), str(year_end)
	if not frappe.db.exists("Academic Year", name):
		frappe.get_doc(
			{
				"doctype": "Academic Year",
				"academic_year_name": name,
				"year_start_date": start,
				"year_end_date": end,
			}
		).insert(ignore_permissions=True)
	return name


def make_program(name: str) -> str:
	if not frappe.db.exists("Program", name):
		frappe.get_doc({"doctype": "Program", "program_name": name}).insert(ignore_permissions=True)
	return name


def enroll(student: str, program: str, enrollment_date: str | None = None, academic_year: str | None = None):
	"""A submitted Program Enrollment, by default on the third day of this school year."""
	academic_year = academic_year or make_academic_year()
	enrollment_date = enrollment_date or str(add_days(this_school_year()[0], 2))
	doc = frappe.get_doc(
		{
			"doctype": "Program Enrollment",
			"student": student,
			"program": make_program(program),
			"academic_year": academic_year,
			"enrollment_date": enrollment_date,
		}
	)
	doc.insert(ignore_permissions=True)
	doc.submit()
	return doc


def make_send_record(
	student: str,
	school: str,
	provision: str = "SEN Support",
	needs: tuple = ("SLCN",),
	start_date: str | None = None,
	**values,
):
	"""A register record. An EHC Plan record is made as the app makes one: on SEN Support, then an
	issued EHC plan (``issue_ehc_plan``, issued on the start date) makes it EHC Plan."""
	if provision == "EHC Plan":
		doc = make_send_record(student, school, "SEN Support", needs, start_date, **values)
		issue_ehc_plan(student, school, issue_date=doc.start_date)
		doc.reload()
		return doc
	doc = frappe.get_doc(
		{
			"doctype": "SEND Record",
			"student": student,
			"school": school,
			"sen_provision": provision,
			"start_date": start_date or add_days(today(), -30),
			# parents are told when SEN Support begins (Code of Practice 6.43)
			"parents_informed_date": start_date or add_days(today(), -30),
			"needs": [{"rank": i, "need_type": code} for i, code in enumerate(needs, start=1)],
			**values,
		}
	)
	doc.insert()
	return doc


@dataclass
class Pupil:
	"""A pupil the fixtures built: the Student's name, their SEND Record's and their agreed plan."""

	student: str
	record: str
	plan: Document | None = None


def pupil_on_register(school: str, first_name: str = "Test", last_name: str = "Pupil", **register) -> Pupil:
	"""A pupil of ``school`` with an open SEND Record (make_send_record's ``register`` values)."""
	student = make_student(school, first_name, last_name).name
	return Pupil(student, make_send_record(student, school, **register).name)


def pupil_with_agreed_plan(
	school: str, first_name: str = "Test", last_name: str = "Pupil", plan: dict | None = None, **register
) -> Pupil:
	"""A pupil on the register with an agreed (submitted) Individual Education Plan (make_iep's
	``plan`` values)."""
	pupil = pupil_on_register(school, first_name, last_name, **register)
	pupil.plan = make_iep(pupil.student, school, **(plan or {}))
	return pupil


def user_of(school: str, role: str = "SENCO") -> str:
	"""The test user with ``role`` in ``school`` alone (one user per role and school)."""
	return make_user(f"{frappe.scrub(role)}.{frappe.scrub(school).strip('_')}@senco.test", (role,), (school,))


def all_but_the_senco(school: str = SCHOOL_A, other: str = SCHOOL_B) -> list[str]:
	"""The users to refuse what only ``school``'s SENCO may do: its SEND Staff, SEND Office, SEND Viewer
	and SEND Governor, and the SENCO of ``other``."""
	roles = ("SEND Staff", "SEND Office", "SEND Viewer", "SEND Governor")
	return [*(user_of(school, role) for role in roles), user_of(other)]


def make_user(email: str, roles: tuple = (), schools: tuple = ()) -> str:
	"""A desk user with ``roles`` and a User Permission on each of ``schools`` (Company)."""
	ensure_user(email, roles, schools, new_password=PASSWORD)
	return email


def past(days: int) -> str:
	return str(getdate(add_days(today(), -days)))


def make_iep(
	student: str,
	school: str,
	targets: tuple = ("Read 20 high-frequency words",),
	submit: bool = True,
	start_date: str | None = None,
	review_date: str | None = None,
	**values,
):
	"""An Individual Education Plan; submitted (agreed) unless submit=False."""
	doc = frappe.get_doc(
		{
			"doctype": "Individual Education Plan",
			"student": student,
			"school": school,
			"start_date": start_date or past(20),
			"review_date": review_date or add_days(today(), 70),
			"targets": [{"target": t, "area_of_need": "Cognition and learning"} for t in targets],
			"agreed_by": "Mrs Parent",
			"agreed_on": past(19),
			**values,
		}
	)
	doc.insert()
	if submit:
		doc.submit()
	return doc


def agree_new_version(plan: str):
	"""The next version of an agreed plan, agreed: the plan it replaces is then Superseded."""
	from senco_app.send.doctype.individual_education_plan.individual_education_plan import make_new_version

	new = make_new_version(plan)
	new.agreed_by, new.agreed_on = "Mr Parent", today()
	new.submit()
	return new


def make_review(
	student: str,
	school: str,
	meeting_date: str | None = None,
	parent_attended: bool = True,
	submit: bool = True,
	review_type: str = "SEN Support Review",
	**values,
):
	"""A SEND Review; a parent attends unless parent_attended=False."""
	doc = frappe.get_doc(
		{
			"doctype": "SEND Review",
			"review_type": review_type,
			"student": student,
			"school": school,
			"meeting_date": meeting_date or past(1),
			"attendees": [
				{
					"attendee_name": "Mrs Parent",
					"role": "Mother",
					"is_parent": 1,
					"attended": int(parent_attended),
				},
				{"attendee_name": "Ms Teacher", "role": "Class teacher", "attended": 1},
			],
			**values,
		}
	)
	doc.insert()
	if submit:
		doc.submit()
	return doc


def make_ehc_plan(student: str, school: str, request_date: str | None = None, **values):
	"""An EHC needs assessment request (status Requested unless given)."""
	doc = frappe.get_doc(
		{
			"doctype": "EHC Plan",
			"student": student,
			"school": school,
			"local_authority": "Testshire County Council",
			"request_date": request_date or past(30),
			**values,
		}
	)
	doc.insert()
	return doc


def make_issued_plan(student: str, school: str, issued_days_ago: int = 300, **values):
	"""An EHC plan issued ``issued_days_ago``, its assessment steps done in time before that."""
	return make_ehc_plan(
		student,
		school,
		request_date=past(issued_days_ago + 100),
		status="Issued",
		decision_to_assess="Yes",
		decision_to_assess_date=past(issued_days_ago + 80),
		decision_to_issue="Yes",
		decision_to_issue_date=past(issued_days_ago + 30),
		draft_plan_date=past(issued_days_ago + 30),
		issue_date=past(issued_days_ago),
		**values,
	)


def refuse_to_assess(student: str, school: str, **values):
	"""An EHC needs assessment request the local authority refused to assess 20 days ago (``values``
	override: an appeal against the refusal is ``status="Under appeal"``)."""
	return make_ehc_plan(
		student,
		school,
		**{
			"status": "Refused to assess",
			"decision_to_assess": "No",
			"decision_to_assess_date": past(20),
			**values,
		},
	)


def make_transfer(student: str, school: str, **values):
	"""A Pupil Transfer: the pupil leaves today for Next School, their CTF sent."""
	return frappe.get_doc(
		{
			"doctype": "Pupil Transfer",
			"student": student,
			"school": school,
			"leaving_date": today(),
			"destination_name": "Next School",
			"sent_items": [{"item": "CTF", "date_sent": today(), "sent_to": "Admissions"}],
			**values,
		}
	).insert()


def make_census_return(school: str, **values):
	"""A draft Census Return of ``school`` for a census day of yesterday (an override date)."""
	return frappe.get_doc(
		{
			"doctype": "Census Return",
			"school": school,
			"census_term": "Spring",
			"census_year": getdate(today()).year,
			"override_date": add_days(today(), -1),
			"amendment_reason": "a test return",
			**values,
		}
	).insert()


def issue_ehc_plan(student: str, school: str, issue_date: str | None = None, **values):
	"""An issued EHC plan (requested and assessed on the issue date unless given)."""
	issue_date = str(getdate(issue_date or past(1)))
	return make_ehc_plan(
		student,
		school,
		**{
			"request_date": issue_date,
			"status": "Issued",
			"decision_to_assess": "Yes",
			"decision_to_assess_date": issue_date,
			"issue_date": issue_date,
			**values,
		},
	)


def make_agency(
	name: str = "_Test EP Service",
	agency_type: str = "Educational Psychology",
	school: str | None = None,
	**values,
):
	if not frappe.db.exists("SEND Agency", name):
		frappe.get_doc(
			{
				"doctype": "SEND Agency",
				"agency_name": name,
				"agency_type": agency_type,
				"school": school,
				**values,
			}
		).insert()
	return name


def make_referral(student: str, school: str, agency: str | None = None, status: str = "Referred", **values):
	doc = frappe.get_doc(
		{
			"doctype": "Agency Referral",
			"student": student,
			"school": school,
			"agency": agency or make_agency(),
			"status": status,
			"referral_date": past(60),
			"reason": "Difficulty with phonics despite wave 2 support",
			"parental_consent": 1,
			"consent_date": past(61),
			"consent_given_by": "Mrs Parent",
			**values,
		}
	)
	doc.insert()
	return doc


def make_contact(student: str, school: str, days_ago: int = 1, **values):
	doc = frappe.get_doc(
		{
			"doctype": "SEND Contact Log",
			"student": student,
			"school": school,
			"contact_datetime": f"{past(days_ago)} 09:30:00",
			"contact_type": "Meeting",
			"with_whom": "Parent/Carer",
			"summary": "Talked through the plan",
			**values,
		}
	)
	doc.insert()
	return doc


def make_provision(
	title: str = "_Test Reading Group", wave: str = "Wave 2", school: str | None = None, **values
):
	if not frappe.db.exists("SEND Provision", title):
		frappe.get_doc(
			{
				"doctype": "SEND Provision",
				"title": title,
				"area_of_need": "Cognition and learning",
				"wave": wave,
				"delivery": "Small Group",
				"default_cost_per_hour": 15,
				"default_sessions_per_week": 3,
				"default_minutes": 30,
				"impact_measure": "Reading age (months)",
				"higher_is_better": 1,
				"school": school,
				**values,
			}
		).insert()
	return title


def make_entry(school: str, students: list, provision: str | None = None, **values):
	"""A Provision Map Entry of the first twelve weeks of this school year (in 2026-27: 7 September
	to 27 November) unless dates are given."""
	doc = frappe.get_doc(
		{
			"doctype": "Provision Map Entry",
			"provision": provision or make_provision(),
			"school": school,
			"start_date": term_day(0),
			"end_date": term_day(11, 4),
			"pupils": [s if isinstance(s, dict) else {"student": s} for s in students],
			**values,
		}
	)
	doc.insert()
	return doc


def make_access_arrangement(
	student: str, school: str, arrangements: tuple = (("Extra time", 25), ("Reader", 0)), **values
):
	"""An Access Arrangement from 30 days ago with no expiry unless given: extra time 25 % and a reader."""
	doc = frappe.get_doc(
		{
			"doctype": "Access Arrangement",
			"student": student,
			"school": school,
			"start_date": past(30),
			"assessed_by": "Ms Assessor",
			"assessed_on": past(31),
			"evidence_of_need": "Slow processing speed (standardised score 78)",
			"normal_way_of_working": "Has a reader and extra time in class tests",
			"arrangements": [{"arrangement": a, "extra_time_percent": p} for a, p in arrangements],
			**values,
		}
	)
	doc.insert()
	return doc


def make_funding_application(student: str, school: str, **values):
	"""A SEN inclusion fund application made 40 days ago, awarded 1,500 of 2,000 GBP 10 days ago."""
	doc = frappe.get_doc(
		{
			"doctype": "Funding Application",
			"student": student,
			"school": school,
			"funding_type": "SEN inclusion fund",
			"status": "Awarded",
			"application_date": past(40),
			"decision_date": past(10),
			"amount_requested": 2000,
			"amount_awarded": 1500,
			**values,
		}
	)
	doc.insert()
	return doc


PRIME_ON_TRACK = (
	("Communication and language", "On track"),
	("Personal, social and emotional development", "On track"),
	("Physical development", "On track"),
)


def make_early_years_check(student: str, school: str, areas: tuple = PRIME_ON_TRACK, **values):
	"""A progress check at age two done 10 days ago and shared 5 days ago, the prime areas on track.
	The pupil must be 24 to 36 months old on the check's date (``make_student(date_of_birth=...)``)."""
	doc = frappe.get_doc(
		{
			"doctype": "Early Years Check",
			"student": student,
			"school": school,
			"check_type": "Progress check at age two",
			"check_date": past(10),
			"shared_with_parents_on": past(5),
			"carried_out_by": "Key person",
			"areas": [{"area": area, "outcome": outcome} for area, outcome in areas],
			**values,
		}
	)
	doc.insert()
	return doc


def make_reasonable_adjustment(student: str, school: str, **values):
	"""A physical environment adjustment agreed 20 days ago, to be reviewed in 70 days."""
	doc = frappe.get_doc(
		{
			"doctype": "Reasonable Adjustment",
			"student": student,
			"school": school,
			"area": "Physical environment",
			"adjustment": "A ground-floor classroom and a lift pass",
			"date_agreed": past(20),
			"review_date": past(-70),
			"agreed_by": "SENCO with parents",
			**values,
		}
	)
	doc.insert()
	return doc


def make_accessibility_plan(school: str, actions: tuple | None = None, **values):
	"""A three-year plan from a year ago with one curriculum action in progress (or ``actions``: dicts
	of the action's values over a default started 30 days ago, due in 60)."""
	rows = actions if actions is not None else ({},)
	doc = frappe.get_doc(
		{
			"doctype": "Accessibility Plan",
			"school": school,
			"title": "Accessibility Plan",
			"plan_from": past(365),
			"plan_to": past(-730),
			"actions": [
				{
					"area": "Curriculum",
					"action": "Train staff in visual timetables",
					"start_date": past(30),
					"target_date": past(-60),
					"status": "In progress",
					**row,
				}
				for row in rows
			],
			**values,
		}
	)
	doc.insert()
	return doc


def make_leaver(school: str, first_name: str = "Former", born_years_ago: int = 40, **values):
	"""A pupil born ``born_years_ago`` years ago (past the default retention of 31 years); still on
	roll until ``leave`` takes them off."""
	dob = getdate(add_days(today(), -round(born_years_ago * 365.25)))
	return make_student(
		school,
		first_name,
		"Leaver",
		date_of_birth=str(dob),
		joining_date=str(add_days(dob, 4 * 365)),
		**values,
	)


def leave(student: str, days_ago: int = 30):
	"""Take a pupil off roll ``days_ago`` days ago (as the office does: leaving date, disabled)."""
	frappe.db.set_value("Student", student, {"date_of_leaving": past(days_ago), "enabled": 0})


def close_record(record) -> None:
	"""Close a SEND Record today because the pupil left."""
	record.reload()
	record.end_date = today()
	record.end_reason = "Left the school"
	record.save()


def make_academic_term(academic_year: str, term_name: str, start: str, end: str) -> str:
	"""An Academic Term of ``academic_year`` (named "<year> (<term>)")."""
	name = f"{academic_year} ({term_name})"
	if not frappe.db.exists("Academic Term", name):
		frappe.get_doc(
			{
				"doctype": "Academic Term",
				"academic_year": academic_year,
				"term_name": term_name,
				"term_start_date": start,
				"term_end_date": end,
			}
		).insert(ignore_permissions=True)
	return name


def make_grading_scale(name: str, grades: dict[str, float]) -> str:
	"""A submitted Grading Scale of ``grades`` (grade code: lowest percentage; one must be 0)."""
	if not frappe.db.exists("Grading Scale", name):
		doc = frappe.get_doc(
			{
				"doctype": "Grading Scale",
				"grading_scale_name": name,
				"intervals": [{"grade_code": code, "threshold": t} for code, t in grades.items()],
			}
		)
		doc.insert(ignore_permissions=True)
		doc.submit()
	return name


def make_result(student: str, term: str, score: float, maximum: float = 50, **values):
	"""A submitted Assessment Result of ``score`` out of ``maximum`` in ``term``, written as it stands
	(its Assessment Plan and criteria are not built: ``values`` may name a course, program, grading
	scale; ``criteria`` a list of (criterion, score, maximum))."""
	criteria = values.pop("criteria", None) or [("_SENCO Overall", score, maximum)]
	doc = frappe.get_doc(
		{
			"doctype": "Assessment Result",
			"assessment_plan": "_SENCO plan",
			"student": student,
			"academic_term": term,
			"total_score": score,
			"maximum_score": maximum,
			"docstatus": 1,
			**values,
		}
	)
	for criterion, s, m in criteria:
		doc.append("details", {"assessment_criteria": criterion, "score": s, "maximum_score": m})
	doc.set_new_name()
	doc.set_parent_in_children()
	doc.db_insert()
	for row in doc.details:
		row.db_insert()
	return doc


def mark_attendance(student: str, days: list, absent: int = 0):
	"""Submitted Student Attendance on each of ``days``: absent on the first ``absent``, present on the
	rest (written as they stand)."""
	for i, day in enumerate(days):
		doc = frappe.get_doc(
			{
				"doctype": "Student Attendance",
				"student": student,
				"date": day,
				"status": "Absent" if i < absent else "Present",
				"naming_series": "EDU-ATT-.YYYY.-",
				"docstatus": 1,
			}
		)
		doc.set_new_name()
		doc.db_insert()


def make_training_record(school: str, attendees: tuple | None = None, need_types: tuple = ("ASD",), **values):
	"""A completed three-hour INSET 30 days ago covering ``need_types``, attended by ``attendees``
	(users; by default the school's SEND Staff test user)."""
	attendees = attendees if attendees is not None else (user_of(school, "SEND Staff"),)
	doc = frappe.get_doc(
		{
			"doctype": "SEND Training Record",
			"title": "Autism in the classroom",
			"school": school,
			"training_date": past(30),
			"kind": "INSET",
			"hours": 3,
			"provider": "Outreach team",
			"need_types": [{"need_type": n} for n in need_types],
			"attendees": [{"user": u} if isinstance(u, str) else u for u in attendees],
			**values,
		}
	)
	doc.insert()
	return doc


def make_resource(school: str, loans: tuple = (), **values):
	"""A laptop (ICT aid, asset ICT-0001) bought 100 days ago for 600 GBP, in good condition, due its
	check in 60 days, with ``loans`` (rows from ``loan``)."""
	doc = frappe.get_doc(
		{
			"doctype": "SEND Resource",
			"item": "Laptop with text-to-speech",
			"category": "ICT aid",
			"school": school,
			"asset_number": "ICT-0001",
			"purchase_date": past(100),
			"cost": 600,
			"condition": "Good",
			"location": "SENCO office",
			"review_date": past(-60),
			"loans": list(loans),
			**values,
		}
	)
	doc.insert()
	return doc


def make_monitoring_visit(school: str, actions: list | None = None, **values):
	"""A learning walk seven days ago with one open action for the school's SEND Staff test user, due
	in 14 days, unless ``actions`` are given."""
	if actions is None:
		actions = [
			{
				"action": "Pre-teach topic vocabulary",
				"action_owner": user_of(school, "SEND Staff"),
				"due_date": add_days(today(), 14),
			}
		]
	doc = frappe.get_doc(
		{
			"doctype": "SEND Teaching Monitoring",
			"visit_type": "Learning walk",
			"visit_date": past(7),
			"school": school,
			"focus": "Adaptive teaching for pupils with SLCN",
			"findings": "Visuals used in most rooms",
			"actions": actions,
			**values,
		}
	)
	doc.insert()
	return doc


def loan(student: str, from_days_ago: int = 10, due_in: int | None = 20, returned_days_ago=None, **values):
	"""A loan row from ``from_days_ago`` days ago, due back in ``due_in`` days, returned
	``returned_days_ago`` days ago (None: still out)."""
	return {
		"student": student,
		"from_date": past(from_days_ago),
		"due_back_date": None if due_in is None else past(-due_in),
		"returned_date": None if returned_days_ago is None else past(returned_days_ago),
		"condition_out": "Good",
		**values,
	}


def make_support_allocation(
	school: str, staff: str, minutes: int = 300, support_type: str = "In-class support", **values
):
	"""``minutes`` a week of ``support_type`` by ``staff`` from 30 days ago, open-ended."""
	doc = frappe.get_doc(
		{
			"doctype": "Support Allocation",
			"school": school,
			"staff": staff,
			"support_type": support_type,
			"minutes_per_week": minutes,
			"from_date": past(30),
			**values,
		}
	)
	doc.insert()
	return doc
