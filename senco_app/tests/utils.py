"""Factories and the test base class for senco_app's integration tests (run on a real site)."""

import json
from contextlib import contextmanager
from urllib.parse import quote

import frappe
from frappe.utils import add_days, getdate, set_request, today

try:  # Frappe v16
	from frappe.tests import IntegrationTestCase
except ImportError:  # Frappe v15
	from frappe.tests.utils import FrappeTestCase as IntegrationTestCase

TRUST = "_SENCO Test Trust"
SCHOOL_A = "_SENCO School A"
SCHOOL_B = "_SENCO School B"
OTHER_SCHOOL = "_SENCO Other School"
PASSWORD = "Senco-Test-Password-2026!"


class SencoTestCase(IntegrationTestCase):
	"""Base class: the test schools exist, and every test ends as Administrator."""

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		make_test_schools()

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
			"date_of_birth": "2016-05-05",
			"joining_date": "2021-09-01",
			**values,
		}
	)
	doc.insert(ignore_permissions=True)
	return doc


def make_academic_year(
	name: str = "_SENCO 2026-27", start: str = "2026-09-01", end: str = "2027-08-31"
) -> str:
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


def enroll(student: str, program: str, enrollment_date: str = "2026-09-03", academic_year: str | None = None):
	academic_year = academic_year or make_academic_year()
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
	doc = frappe.get_doc(
		{
			"doctype": "SEND Record",
			"student": student,
			"school": school,
			"sen_provision": provision,
			"start_date": start_date or add_days(today(), -30),
			"needs": [{"rank": i, "need_type": code} for i, code in enumerate(needs, start=1)],
			**values,
		}
	)
	doc.insert()
	return doc


def make_user(email: str, roles: tuple = (), schools: tuple = ()) -> str:
	"""A desk user with ``roles`` and a User Permission on each of ``schools`` (Company)."""
	if not frappe.db.exists("User", email):
		user = frappe.get_doc(
			{
				"doctype": "User",
				"email": email,
				"first_name": email.split("@")[0],
				"send_welcome_email": 0,
				"new_password": PASSWORD,
			}
		)
		user.insert(ignore_permissions=True)
		user.add_roles(*roles)
	for school in schools:
		if not frappe.db.exists("User Permission", {"user": email, "allow": "Company", "for_value": school}):
			frappe.get_doc(
				{"doctype": "User Permission", "user": email, "allow": "Company", "for_value": school}
			).insert(ignore_permissions=True)
	frappe.clear_cache(user=email)
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
	"""A Provision Map Entry running 7 Sep to 27 Nov 2026 (12 weeks) unless dates are given."""
	doc = frappe.get_doc(
		{
			"doctype": "Provision Map Entry",
			"provision": provision or make_provision(),
			"school": school,
			"start_date": "2026-09-07",
			"end_date": "2026-11-27",
			"pupils": [s if isinstance(s, dict) else {"student": s} for s in students],
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
