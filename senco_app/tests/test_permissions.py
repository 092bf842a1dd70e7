"""The per-school rule on every route: list, form, client API, REST, report, export, print and link
search, for a one-school user, a trust user and a user with no school; and confidential fields."""

import json

import frappe
from frappe.desk.query_report import run as run_report

from senco_app.permissions import allowed_schools
from senco_app.tests.utils import OTHER_SCHOOL
from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import SCHOOL_B
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import TRUST
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import call_route
from senco_app.tests.utils import make_send_record
from senco_app.tests.utils import make_student
from senco_app.tests.utils import make_user
from senco_app.tests.utils import past
from senco_app.tests.utils import user_of

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE

SECRET = "Confidential: seen by CAMHS"


class TestSchoolIsolation(SencoTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.pupils, cls.records = {}, {}
		for school, first in ((SCHOOL_A, "Alfie"), (SCHOOL_B, "Bella"), (OTHER_SCHOOL, "Oscar")):
			pupil = make_student(school, first, "Permtest")
			cls.pupils[school] = pupil.name
			cls.records[school] = make_send_record(pupil.name, school, confidential_notes=SECRET).name
		cls.senco_a = user_of(SCHOOL_A)
		cls.trust = user_of(TRUST)
		cls.noschool = make_user("senco.none@senco.test", ("SENCO",))
		cls.staff_a = user_of(SCHOOL_A, "SEND Staff")
		cls.office_a = user_of(SCHOOL_A, "SEND Office")

	def visible(self, user, doctype="SEND Record"):
		frappe.set_user(user)
		names = set(frappe.get_list(doctype, filters={"name": ["in", self.all_names(doctype)]}, pluck="name"))
		frappe.set_user("Administrator")
		return names

	def all_names(self, doctype):
		return list((self.records if doctype == "SEND Record" else self.pupils).values())

	# the rule itself

	def test_allowed_schools(self):
		self.assertEqual(allowed_schools(self.senco_a), [SCHOOL_A])
		self.assertEqual(set(allowed_schools(self.trust)), {TRUST, SCHOOL_A, SCHOOL_B})
		self.assertEqual(allowed_schools(self.noschool), [])
		self.assertIsNone(allowed_schools("Administrator"))

	def test_no_school_user_on_a_single_school_site_is_not_limited(self):
		frappe.flags.senco_school_count = 1
		try:
			self.assertIsNone(allowed_schools(self.noschool))
		finally:
			frappe.flags.senco_school_count = None

	# list and client API

	def test_list(self):
		self.assertEqual(self.visible(self.senco_a), {self.records[SCHOOL_A]})
		self.assertEqual(self.visible(self.trust), {self.records[SCHOOL_A], self.records[SCHOOL_B]})
		self.assertEqual(self.visible(self.noschool), set())
		self.assertEqual(self.visible(self.senco_a, "Student"), {self.pupils[SCHOOL_A]})
		self.assertEqual(self.visible(self.trust, "Student"), {self.pupils[SCHOOL_A], self.pupils[SCHOOL_B]})
		self.assertEqual(self.visible(self.noschool, "Student"), set())

	def test_client_get_list_and_count(self):
		frappe.set_user(self.senco_a)
		rows = frappe.client.get_list("SEND Record", fields=["name", "school"], limit_page_length=0)
		self.assertIn(self.records[SCHOOL_A], {r.name for r in rows})
		self.assertEqual({r.school for r in rows}, {SCHOOL_A})
		filters = json.dumps({"name": ["in", self.all_names("SEND Record")]})
		self.assertEqual(call_route("frappe.client.get_count", doctype="SEND Record", filters=filters), 1)
		frappe.set_user(self.noschool)
		self.assertEqual(call_route("frappe.client.get_count", doctype="SEND Record", filters=filters), 0)
		frappe.set_user(self.trust)
		self.assertEqual(call_route("frappe.client.get_count", doctype="SEND Record", filters=filters), 2)

	def test_form_and_client_get(self):
		from frappe.desk.form.load import getdoc

		frappe.set_user(self.senco_a)
		self.assertEqual(frappe.client.get("SEND Record", self.records[SCHOOL_A])["school"], SCHOOL_A)
		for school in (SCHOOL_B, OTHER_SCHOOL):
			with self.assertRaises(frappe.PermissionError):
				frappe.client.get("SEND Record", self.records[school])
			with self.assertRaises(frappe.PermissionError):
				getdoc("SEND Record", self.records[school])
			with self.assertRaises(frappe.PermissionError):
				frappe.client.get("Student", self.pupils[school])
		frappe.set_user(self.noschool)
		with self.assertRaises(frappe.PermissionError):
			frappe.client.get("SEND Record", self.records[SCHOOL_A])

	def test_rest_api(self):
		from frappe.api import v1

		frappe.set_user(self.senco_a)
		self.assertEqual(v1.read_doc("SEND Record", self.records[SCHOOL_A]).school, SCHOOL_A)
		with self.assertRaises(frappe.PermissionError):
			v1.read_doc("SEND Record", self.records[SCHOOL_B])
		frappe.local.form_dict = frappe._dict(fields=json.dumps(["name", "school"]), limit_page_length=0)
		rows = v1.document_list("SEND Record")
		self.assertEqual({r["school"] for r in rows}, {SCHOOL_A})

	def test_cannot_create_a_record_for_another_school(self):
		frappe.set_user(self.senco_a)
		doc = frappe.get_doc(
			{
				"doctype": "SEND Record",
				"student": self.pupils[SCHOOL_B],
				"school": SCHOOL_B,
				"sen_provision": "Monitoring",
				"start_date": past(30),
			}
		)
		with self.assertRaises(frappe.PermissionError):
			doc.insert()

	# report, export, print, link search

	def test_register_report(self):
		frappe.set_user(self.senco_a)
		result = run_report("SEND Register", filters={"as_at": frappe.utils.today()})
		self.assertEqual({r["school"] for r in result["result"]}, {SCHOOL_A})
		result = run_report("SEND Register", filters={"school": SCHOOL_B})
		self.assertEqual(result["result"], [])
		result = run_report("SEND Register", filters={"school": TRUST})
		self.assertEqual({r["school"] for r in result["result"]}, {SCHOOL_A})
		frappe.set_user(self.trust)
		result = run_report("SEND Register", filters={"school": TRUST})
		self.assertEqual({r["school"] for r in result["result"]}, {SCHOOL_A, SCHOOL_B})
		frappe.set_user(self.noschool)
		result = run_report("SEND Register", filters={})
		self.assertEqual(result["result"], [])
		self.assertEqual(result["report_summary"][0]["value"], 0)

	def test_number_cards_count_only_the_users_schools(self):
		from frappe.desk.doctype.number_card.number_card import get_result

		card = frappe.get_doc("Number Card", "SEND Pupils on SEN Support").as_dict()
		frappe.set_user(self.senco_a)
		mine = get_result(card, card.filters_json)
		frappe.set_user(self.trust)
		trust = get_result(card, card.filters_json)
		frappe.set_user(self.noschool)
		self.assertEqual(get_result(card, card.filters_json), 0)
		self.assertEqual(trust - mine, 1)  # the trust also sees school B's pupil
		self.assertIn(
			"SEND Pupils on SEN Support",
			[c.number_card_name for c in frappe.get_doc("Workspace", "SEND").number_cards],
		)

	def test_export(self):
		from frappe.desk.reportview import export_query

		frappe.set_user(self.senco_a)
		frappe.local.form_dict = frappe._dict(
			doctype="SEND Record",
			file_format_type="CSV",
			fields=json.dumps(["`tabSEND Record`.`name`", "`tabSEND Record`.`school`"]),
			filters=json.dumps([]),
		)
		export_query()
		content = frappe.response["filecontent"]
		content = content.decode() if isinstance(content, bytes) else content
		self.assertIn(self.records[SCHOOL_A], content)
		self.assertNotIn(self.records[SCHOOL_B], content)
		self.assertNotIn(self.records[OTHER_SCHOOL], content)

	def test_print(self):
		from frappe.www.printview import get_html_and_style

		frappe.set_user(self.senco_a)
		html = get_html_and_style("SEND Record", self.records[SCHOOL_A])["html"]
		self.assertIn("Alfie", html)
		with self.assertRaises(frappe.PermissionError):
			get_html_and_style("SEND Record", self.records[SCHOOL_B])

	def test_link_search(self):
		from frappe.desk.search import search_link

		def found(user, route=None, **kwargs):
			frappe.set_user(user)
			if route:
				results = call_route(route, doctype="Student", txt="Permtest", **kwargs)
			else:
				results = search_link("Student", "Permtest", **kwargs)
			frappe.set_user("Administrator")
			return {(r.get("value") or r.get("name")) if isinstance(r, dict) else r[0] for r in results}

		self.assertEqual(found(self.senco_a), {self.pupils[SCHOOL_A]})
		self.assertEqual(found(self.trust), {self.pupils[SCHOOL_A], self.pupils[SCHOOL_B]})
		self.assertEqual(found(self.noschool), set())
		# a client asking Frappe to ignore user permissions still gets only its schools
		for route in ("frappe.desk.search.search_link", "frappe.desk.search.search_widget"):
			self.assertEqual(
				found(self.senco_a, route, ignore_user_permissions=1, as_dict=1), {self.pupils[SCHOOL_A]}
			)
			self.assertEqual(found(self.noschool, route, ignore_user_permissions=1, as_dict=1), set())

	# confidential fields (permlevel 1): the SENCO only

	def test_confidential_notes_are_for_the_senco_only(self):
		name = self.records[SCHOOL_A]
		frappe.set_user(self.senco_a)
		self.assertIn(SECRET, frappe.client.get("SEND Record", name)["confidential_notes"])
		from frappe.api import v1

		for user in (self.staff_a, self.office_a):
			frappe.set_user(user)
			self.assertFalse(frappe.client.get("SEND Record", name).get("confidential_notes"))
			self.assertFalse(v1.read_doc("SEND Record", name).get("confidential_notes"))
			rows = frappe.get_list(
				"SEND Record", filters={"name": name}, fields=["name", "confidential_notes"]
			)
			self.assertFalse(any(r.get("confidential_notes") for r in rows))
			from frappe.www.printview import get_html_and_style

			self.assertNotIn(SECRET, get_html_and_style("SEND Record", name)["html"])

	def test_staff_cannot_write_the_register(self):
		frappe.set_user(self.staff_a)
		doc = frappe.get_doc("SEND Record", self.records[SCHOOL_A])
		doc.summary = "changed by staff"
		with self.assertRaises(frappe.PermissionError):
			doc.save()
