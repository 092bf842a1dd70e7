"""School isolation and the SENCO-only tier, attacked over real HTTP.

Every request goes through Frappe's WSGI application (``frappe.app.application``) in its own
thread and database connection, logged in with a password as the attacker: a SENCO, a teacher and
an office administrator of school A, a SEND user with no school, a desk user with no SEND role and
a Website User. The records they go after belong to school B (and, for the confidential tier, to
school A). The data is committed so the requests can see it; names carry a per-run marker.

Each test counts the (route, doctype, user) combinations it checked; tearDownClass prints the total.
"""

import io
import os
from threading import Thread
from unittest.mock import patch

import frappe
from frappe.utils import add_days
from frappe.utils import get_test_client
from frappe.utils import getdate
from frappe.utils import today

from senco_app.security.doctypes import CHILD_DOCTYPES
from senco_app.security.doctypes import REFERENCE_DOCTYPES
from senco_app.security.doctypes import SEND_DOCTYPES
from senco_app.services.users import ensure_user
from senco_app.tests.utils import PASSWORD
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import attach_file
from senco_app.tests.utils import loan
from senco_app.tests.utils import make_access_arrangement
from senco_app.tests.utils import make_accessibility_plan
from senco_app.tests.utils import make_census_return
from senco_app.tests.utils import make_contact
from senco_app.tests.utils import make_early_years_check
from senco_app.tests.utils import make_ehc_plan
from senco_app.tests.utils import make_entry
from senco_app.tests.utils import make_funding_application
from senco_app.tests.utils import make_iep
from senco_app.tests.utils import make_monitoring_visit
from senco_app.tests.utils import make_reasonable_adjustment
from senco_app.tests.utils import make_referral
from senco_app.tests.utils import make_resource
from senco_app.tests.utils import make_review
from senco_app.tests.utils import make_school
from senco_app.tests.utils import make_send_record
from senco_app.tests.utils import make_student
from senco_app.tests.utils import make_support_allocation
from senco_app.tests.utils import make_training_record
from senco_app.tests.utils import make_transfer
from senco_app.tests.utils import make_user

# Schools of their own: this class commits its data, which must not reach other tests' schools.
SCHOOL_A = "_SENCO Iso School A"
SCHOOL_B = "_SENCO Iso School B"
PUPIL_PREFIX = "Iso"
# records of the school's staff, not of a pupil: removed by school
STAFF_DOCTYPES = ("SEND Training Record", "SEND Teaching Monitoring")

SECRET = "SECRET-CAMHS-7731"
USERS = {
	"senco_a": ("isolation.senco.a@senco.test", ("SENCO",), (SCHOOL_A,)),
	"staff_a": ("isolation.staff.a@senco.test", ("SEND Staff",), (SCHOOL_A,)),
	"office_a": ("isolation.office.a@senco.test", ("SEND Office",), (SCHOOL_A,)),
	"senco_b": ("isolation.senco.b@senco.test", ("SENCO",), (SCHOOL_B,)),
	"governor_a": ("isolation.governor.a@senco.test", ("SEND Governor",), (SCHOOL_A,)),
	"noschool": ("isolation.none@senco.test", ("SENCO",), ()),
	"plain": ("isolation.plain@senco.test", ("Blogger",), ()),
}
ATTACKERS = ("senco_a", "staff_a", "office_a", "governor_a", "noschool", "plain", "website")


class HTTP:
	"""A logged-in browser: a cookie jar over Frappe's WSGI app, each request in its own thread."""

	def __init__(self, email: str | None):
		self.client = get_test_client()
		if email:
			response = self.request("post", "/api/method/login", data={"usr": email, "pwd": PASSWORD})
			assert response.status_code == 200, (email, response.status_code)

	def request(self, verb: str, path: str, **kwargs):
		out, site = {}, frappe.local.site

		def run():
			with patch("frappe.app.get_site_name", return_value=site):
				out["response"] = getattr(self.client, verb)(path, **kwargs)

		thread = Thread(target=run)
		thread.start()
		thread.join()
		return out["response"]

	def method(self, method: str, **args):
		return self.request("post", f"/api/method/{method}", data=as_form(args))

	def get(self, path: str, **params):
		return self.request("get", path, query_string=as_form(params))


def as_form(values: dict) -> dict:
	"""Request parameters as a browser sends them: text as it is, anything else as JSON."""
	return {k: v if isinstance(v, str) else frappe.as_json(v, indent=None) for k, v in values.items()}


def remove_isolation_records():
	"""Delete every record this class made (its pupils' records, their rows and what points at them)."""
	pupils = frappe.get_all("Student", filters={"first_name": ["like", f"{PUPIL_PREFIX}%"]}, pluck="name")
	if not pupils:
		return
	records = {"Student": pupils}
	for doctype in SEND_DOCTYPES:
		if frappe.get_meta(doctype).has_field("student"):
			records[doctype] = frappe.get_all(doctype, filters={"student": ["in", pupils]}, pluck="name")
	entries = frappe.get_all("Provision Map Pupil", filters={"student": ["in", pupils]}, pluck="parent")
	records["Provision Map Entry"] = list(set(entries))
	for doctype in ("Census Return", "Accessibility Plan", *STAFF_DOCTYPES):
		records[doctype] = frappe.get_all(
			doctype, filters={"school": ["in", [SCHOOL_A, SCHOOL_B]]}, pluck="name"
		)
	for doctype, names in records.items():
		if not names:
			continue
		for child in {df.options for df in frappe.get_meta(doctype).get_table_fields()}:
			frappe.db.delete(child, {"parent": ["in", names], "parenttype": doctype})
		for reference, (dt_field, name_field) in REFERENCE_DOCTYPES.items():
			frappe.db.delete(reference, {dt_field: doctype, name_field: ["in", names]})
		frappe.db.delete(doctype, {"name": ["in", names]})
	frappe.db.delete("Program Enrollment", {"student": ["in", pupils]})
	logs = frappe.get_all(
		"SEND Disposal Log",
		filters={"disposed_by": "Administrator", "school": ["in", [SCHOOL_A, SCHOOL_B]]},
		pluck="name",
	)
	if logs:
		frappe.db.delete("SEND Disposal Count", {"parent": ["in", logs]})
		frappe.db.delete("SEND Disposal Log", {"name": ["in", logs]})
	results = frappe.get_all("Assessment Result", filters={"student": ["in", pupils]}, pluck="name")
	if results:
		frappe.db.delete("Assessment Result Detail", {"parent": ["in", results]})
		frappe.db.delete("Assessment Result", {"name": ["in", results]})
	frappe.db.delete("Student Attendance", {"student": ["in", pupils]})
	frappe.db.commit()


def body(response) -> str:
	return response.get_data(as_text=True)


class TestIsolationOverHTTP(SencoTestCase):
	checked = 0

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		remove_isolation_records()
		make_school(SCHOOL_A, send_phase="Primary")
		make_school(SCHOOL_B, send_phase="Secondary")
		cls.run_id = frappe.generate_hash(length=6)
		cls.emails = {key: make_user(email, roles, schools) for key, (email, roles, schools) in USERS.items()}
		cls.emails["website"] = cls.make_website_user()
		cls.a, cls.b = cls.make_school_records(SCHOOL_A), cls.make_school_records(SCHOOL_B)
		frappe.db.commit()
		cls.http = {key: HTTP(cls.emails.get(key)) for key in ATTACKERS}
		cls.guest = HTTP(None)

	def setUp(self):
		# the requests run on their own connections: this class commits its data, so no savepoint
		frappe.set_user("Administrator")

	def tearDown(self):
		frappe.set_user("Administrator")
		frappe.db.commit()

	@classmethod
	def tearDownClass(cls):
		print(f"\nisolation: {cls.checked} (route, doctype, user) combinations checked")
		frappe.set_user("Administrator")
		remove_isolation_records()
		super().tearDownClass()

	@classmethod
	def make_website_user(cls) -> str:
		email = "isolation.website@senco.test"
		ensure_user(email, first_name="Website", user_type="Website User", new_password=PASSWORD)
		return email

	@classmethod
	def make_school_records(cls, school: str) -> frappe._dict:
		pupil = make_student(school, f"{PUPIL_PREFIX}{cls.run_id}", "Pupil").name
		record = make_send_record(
			pupil,
			school,
			needs=("SLCN", "ASD"),
			confidential_notes=SECRET,
			child_protection=1,
			child_in_need=1,
		)
		record.reload()
		record.confidential_notes = f"{SECRET} (updated)"
		record.summary = "Needs help with speech"
		record.save()  # a Version holding the confidential change
		iep = make_iep(pupil, school, provisions=[{"provision": "Speech and language group"}])
		plan = make_ehc_plan(pupil, school, outcomes=[{"outcome": "Speak in sentences", "area_of_need": ""}])
		# an EHC plan review of the plan and the IEP: target rows from the IEP, outcome rows from the plan
		review = make_review(
			pupil, school, submit=False, review_type="EHCP Annual Review", iep=iep.name, ehc_plan=plan.name
		)
		referral = make_referral(
			pupil,
			school,
			report_notes=SECRET,
			appointments=[{"appointment_date": add_days(today(), -10), "with_whom": "EP"}],
		)
		contact = make_contact(pupil, school, actions=[{"action": "Send the plan home"}])
		confidential_contact = make_contact(pupil, school, confidential=1, summary=SECRET)
		entry = make_entry(school, [pupil])
		transfer = make_transfer(pupil, school)
		census = make_census_return(school, amendment_reason="isolation fixture")
		arrangement = make_access_arrangement(pupil, school)
		funding = make_funding_application(pupil, school, evidence=[{"description": "Costed provision map"}])
		training = make_training_record(school, attendees=("Administrator",), need_types=("SLCN",))
		owner = {"action_owner": "Administrator", "due_date": add_days(today(), 30)}
		visit = make_monitoring_visit(school, actions=[{"action": "Model the word mat", **owner}])
		resource = make_resource(school, student=pupil, loans=(loan(pupil),))
		support = make_support_allocation(school, "Administrator", 150, "One-to-one", student=pupil)
		# any age for another early years assessment: the fixture's one pupil (10) will do
		early_years = make_early_years_check(pupil, school, check_type="Other early years assessment")
		adjustment = make_reasonable_adjustment(pupil, school)
		accessibility = make_accessibility_plan(school)
		record.add_comment("Comment", f"A comment on {pupil}")
		from frappe.desk.doctype.tag.tag import add_tag

		add_tag(f"iso-{cls.run_id}", "SEND Record", record.name)
		report = attach_file(
			"Agency Referral",
			referral.name,
			f"{SECRET} report for {school} ({cls.run_id})",
			"report",
			file_name=f"ep-report-{cls.run_id}-{school[-1]}.txt",
		)
		log = frappe.get_doc(
			{
				"doctype": "SEND Disposal Log",
				"school": school,
				"disposed_by": "Administrator",
				"disposed_on": f"{today()} 08:00:00",
				"retention_years": 31,
				"documents_deleted": 2,
				"counts": [{"document_type": "SEND Record", "deleted": 2}],
			}
		).insert(ignore_permissions=True)
		return frappe._dict(
			school=school,
			pupil=pupil,
			records={
				"SEND Record": record.name,
				"Individual Education Plan": iep.name,
				"SEND Review": review.name,
				"EHC Plan": plan.name,
				"Agency Referral": referral.name,
				"SEND Contact Log": contact.name,
				"Provision Map Entry": entry.name,
				"Pupil Transfer": transfer.name,
				"Census Return": census.name,
				"Access Arrangement": arrangement.name,
				"Funding Application": funding.name,
				"SEND Resource": resource.name,
				"Support Allocation": support.name,
				"Early Years Check": early_years.name,
				"Reasonable Adjustment": adjustment.name,
				"Accessibility Plan": accessibility.name,
				"SEND Disposal Log": log.name,
				"SEND Training Record": training.name,
				"SEND Teaching Monitoring": visit.name,
			},
			confidential_contact=confidential_contact.name,
			report_url=report.file_url,
		)

	def count(self, n: int = 1):
		type(self).checked += n

	# 1. write takeover: a change is checked against the record as saved

	def test_write_takeover_is_refused_on_every_write_route(self):
		http = self.http["senco_a"]
		targets = [*self.b.records.items(), ("SEND Contact Log", self.b.confidential_contact)]
		for doctype, name in targets:
			attempts = {
				"PUT /api/resource": lambda: http.request(
					"put", f"/api/resource/{doctype}/{name}", json={"school": SCHOOL_A, "pupils": []}
				),
				"PATCH /api/v2/document": lambda: http.request(
					"patch", f"/api/v2/document/{doctype}/{name}", json={"school": SCHOOL_A}
				),
				"frappe.client.set_value": lambda: http.method(
					"frappe.client.set_value", doctype=doctype, name=name, fieldname="school", value=SCHOOL_A
				),
				"frappe.client.save": lambda: http.method(
					"frappe.client.save",
					doc={**frappe.get_doc(doctype, name).as_dict(), "school": SCHOOL_A},
				),
				"frappe.desk.form.save.savedocs": lambda: http.method(
					"frappe.desk.form.save.savedocs",
					doc={**frappe.get_doc(doctype, name).as_dict(), "school": SCHOOL_A},
					action="Save",
				),
			}
			for route, attempt in attempts.items():
				response = attempt()
				self.assertIn(response.status_code, (403, 404, 417), (route, doctype, body(response)[:300]))
				self.assertNotIn(SECRET, body(response), (route, doctype))
				self.assertEqual(frappe.db.get_value(doctype, name, "school"), SCHOOL_B, (route, doctype))
				self.count()
		entry = self.b.records["Provision Map Entry"]
		self.assertEqual(frappe.db.count("Provision Map Pupil", {"parent": entry}), 1)

	def test_a_school_cannot_be_changed_to_one_the_user_does_not_hold(self):
		name = self.a.records["SEND Contact Log"]
		response = self.http["senco_a"].request(
			"put", f"/api/resource/SEND Contact Log/{name}", json={"school": SCHOOL_B}
		)
		self.assertEqual(response.status_code, 403)
		self.assertEqual(frappe.db.get_value("SEND Contact Log", name, "school"), SCHOOL_A)
		self.count()

	# 2. child tables follow their parent

	def child_rows(self, records) -> dict[str, set[str]]:
		rows = {}
		for child, parents in CHILD_DOCTYPES.items():
			names = [records.records[p] for p in parents]
			rows[child] = set(frappe.get_all(child, filters={"parent": ["in", names]}, pluck="name"))
		return rows

	def test_child_rows_of_another_school_are_unreachable(self):
		theirs = self.child_rows(self.b)
		for child, names in theirs.items():
			self.assertTrue(names, f"the fixture has no {child} row of school B")
		for user in ("senco_a", "staff_a", "office_a", "governor_a", "noschool", "plain"):
			http = self.http[user]
			for child, names in theirs.items():
				parent = CHILD_DOCTYPES[child][0]
				seen = set()
				listing = http.get(
					f"/api/resource/{child}", parent=parent, fields=["name", "parent"], limit_page_length=0
				)
				seen |= {r["name"] for r in (listing.json or {}).get("data") or []}
				for method, args in (
					(
						"frappe.client.get_list",
						{"fields": ["name"], "limit_page_length": 0, "parent": parent},
					),
					(
						"frappe.desk.reportview.get",
						{"fields": [f"`tab{child}`.`name`"], "page_length": 0, "parent_doctype": parent},
					),
				):
					response = http.method(method, doctype=child, **args)
					self.assertIn(response.status_code, (200, 403), (user, child, method))
					message = (response.json or {}).get("message") or []
					if isinstance(message, dict):  # reportview: keys and values
						message = [
							dict(zip(message.get("keys", []), v, strict=False))
							for v in message.get("values", [])
						]
					seen |= {r.get("name") for r in message if isinstance(r, dict)}
				self.assertFalse(seen & names, (user, child))
				name = sorted(names)[0]
				for response in (
					http.get(f"/api/resource/{child}/{name}"),
					http.method("frappe.client.get", doctype=child, name=name, parent=parent),
				):
					self.assertIn(response.status_code, (403, 404), (user, child))
				value = http.method(
					"frappe.client.get_value",
					doctype=child,
					fieldname="name",
					filters={"name": name},
					parent=parent,
				)
				self.assertFalse((value.json or {}).get("message"), (user, child))
				count = http.method(
					"frappe.desk.doctype.number_card.number_card.get_result",
					doc={"function": "Count", "document_type": child, "parent_document_type": parent},
					filters=[[child, "name", "in", sorted(names)]],
				)
				self.assertFalse((count.json or {}).get("message"), (user, child))
				self.count(6)

	def test_child_rows_are_written_through_their_parent_only(self):
		need = frappe.get_all(
			"SEND Record Need", filters={"parent": self.a.records["SEND Record"]}, pluck="name"
		)[0]
		response = self.http["senco_a"].request(
			"put", f"/api/resource/SEND Record Need/{need}", json={"parent": self.b.records["SEND Record"]}
		)
		self.assertEqual(response.status_code, 403)
		self.assertEqual(
			frappe.db.get_value("SEND Record Need", need, "parent"), self.a.records["SEND Record"]
		)
		self.count()

	# 3. oracles and names

	def test_link_titles_counts_and_lookups_tell_nothing_of_another_school(self):
		for user in ATTACKERS:
			http = self.http[user]
			for doctype, name in (("Student", self.b.pupil), ("SEND Record", self.b.records["SEND Record"])):
				title = http.method("frappe.desk.search.get_link_title", doctype=doctype, docname=name)
				self.assertNotIn("Iso", body(title), (user, doctype))
				self.count()
			for doctype, filters in (
				("Version", [["data", "like", f"%{SECRET}%"]]),
				("Comment", [["reference_name", "=", self.b.records["SEND Record"]]]),
				("File", [["attached_to_name", "=", self.b.records["Agency Referral"]]]),
				("Tag Link", [["document_name", "=", self.b.records["SEND Record"]]]),
				("SEND Record Need", [["parent", "=", self.b.records["SEND Record"]]]),
				("SEND Record", [["name", "=", self.b.records["SEND Record"]]]),
				("Program Enrollment", [["student", "=", self.b.pupil]]),
			):
				response = http.method("frappe.client.get_count", doctype=doctype, filters=filters)
				self.assertFalse((response.json or {}).get("message"), (user, doctype, body(response)[:200]))
				self.count()

	def test_get_by_filters_answers_alike_for_hidden_and_missing(self):
		http = self.http["staff_a"]
		hidden = http.method("frappe.client.get", doctype="SEND Record", filters={"student": self.b.pupil})
		missing = http.method(
			"frappe.client.get", doctype="SEND Record", filters={"student": "no-such-pupil"}
		)
		self.assertEqual(hidden.status_code, missing.status_code)
		self.assertNotIn(self.b.records["SEND Record"], body(hidden))
		self.count(2)

	def test_no_filter_or_sort_on_a_confidential_field(self):
		for user in ("staff_a", "office_a"):
			http = self.http[user]
			for route, call in {
				"get_list": lambda: http.method(
					"frappe.client.get_list",
					doctype="SEND Record",
					filters={"confidential_notes": ["like", f"%{SECRET}%"]},
				),
				"REST": lambda: http.get(
					"/api/resource/SEND Record", filters=[["confidential_notes", "like", "%S%"]]
				),
				"group_by": lambda: http.method(
					"frappe.desk.listview.get_group_by_count",
					doctype="SEND Record",
					current_filters=[],
					field="confidential_notes",
				),
				"order_by": lambda: http.method(
					"frappe.desk.reportview.get",
					doctype="Agency Referral",
					fields=["name"],
					order_by="`tabAgency Referral`.`report_notes` desc",
				),
			}.items():
				response = call()
				self.assertEqual(response.status_code, 403, (user, route, body(response)[:200]))
				self.count()
		# the SENCO may
		response = self.http["senco_a"].method(
			"frappe.client.get_list",
			doctype="SEND Record",
			filters={"confidential_notes": ["like", f"%{SECRET}%"]},
		)
		self.assertEqual(response.status_code, 200)

	def test_assignment_counts_only_readable_records(self):
		from frappe.desk.form.assign_to import add as assign

		assign(
			{
				"assign_to": [self.emails["senco_b"]],
				"doctype": "SEND Record",
				"name": self.b.records["SEND Record"],
			}
		)
		frappe.db.commit()
		response = self.http["staff_a"].method(
			"frappe.desk.listview.get_group_by_count",
			doctype="SEND Record",
			current_filters={},
			field="assigned_to",
		)
		counts = {r["name"]: r["count"] for r in (response.json or {}).get("message") or []}
		self.assertNotIn(self.emails["senco_b"], counts)
		self.count()

	def test_tags_follows_likes_and_files_of_another_school_are_out_of_reach(self):
		record = self.b.records["SEND Record"]
		for user in ("senco_a", "staff_a", "office_a", "noschool", "plain"):
			http = self.http[user]
			tags = http.get("/api/resource/Tag Link", fields=["document_name"], limit_page_length=0)
			self.assertNotIn(record, body(tags), user)
			http.method(
				"frappe.desk.form.document_follow.update_follow",
				doctype="SEND Record",
				doc_name=record,
				following=1,
			)
			self.assertFalse(
				frappe.db.exists("Document Follow", {"ref_docname": record, "user": self.emails[user]})
			)
			like = http.method("frappe.desk.like.toggle_like", doctype="SEND Record", name=record, add="Yes")
			self.assertIn(like.status_code, (403, 404), user)
			for response in (
				http.get("/api/resource/File", fields=["file_url", "attached_to_name"], limit_page_length=0),
				http.method(
					"frappe.core.api.file.get_files_in_folder", folder="Home/Attachments", page_length=500
				),
				http.method("frappe.core.api.file.get_files_by_search_text", text="ep-report"),
				http.method(
					"frappe.core.api.file.get_attached_images",
					doctype="Agency Referral",
					names=[self.b.records["Agency Referral"]],
				),
			):
				self.assertNotIn(self.b.report_url, body(response), user)
				self.assertNotIn(self.b.records["Agency Referral"], body(response), user)
			download = http.request("get", self.b.report_url)
			self.assertNotEqual(download.status_code, 200, user)
			self.assertNotIn(SECRET, body(download))
			self.count(9)

	def test_pupils_enrolments_of_another_school_are_out_of_reach(self):
		from senco_app.tests.utils import enroll

		enroll(self.b.pupil, "_SENCO Year 3")
		frappe.db.commit()
		for user in ("senco_a", "staff_a", "office_a", "noschool"):
			http = self.http[user]
			listing = http.get("/api/resource/Program Enrollment", fields=["student"], limit_page_length=0)
			self.assertNotIn(self.b.pupil, body(listing), user)
			current = http.method("education.education.api.get_current_enrollment", student=self.b.pupil)
			self.assertNotIn("_SENCO Year 3", body(current), user)
			self.count(2)

	def test_guardians_are_found_for_the_users_own_pupils_only(self):
		guardians = {}
		for key, records in (("a", self.a), ("b", self.b)):
			guardian = frappe.get_doc(
				{"doctype": "Guardian", "guardian_name": f"{PUPIL_PREFIX}{self.run_id} Parent {key.upper()}"}
			).insert(ignore_permissions=True)
			pupil = frappe.get_doc("Student", records.pupil)
			pupil.append("guardians", {"guardian": guardian.name, "relation": "Mother"})
			pupil.save(ignore_permissions=True)
			guardians[key] = guardian.name
		frappe.db.commit()
		try:
			for user in ("senco_a", "staff_a", "office_a"):
				http = self.http[user]
				# the contact log's search: the pupil's own guardians; another school's pupil refused
				own, other = (
					http.method(
						"frappe.desk.search.search_link",
						doctype="Guardian",
						txt="",
						query="senco_app.services.contact_log.pupil_guardians",
						filters={"student": pupil},
					)
					for pupil in (self.a.pupil, self.b.pupil)
				)
				self.assertEqual(own.status_code, 200, (user, body(own)))
				self.assertIn(guardians["a"], body(own), user)
				# refused (Frappe's link search answers a refused query as a missing method: 404)
				self.assertIn(other.status_code, (403, 404), user)
				self.assertNotIn(guardians["b"], body(other), user)
				# Frappe's own search, list and link check see no other school's guardian
				search = http.method(
					"frappe.desk.search.search_link",
					doctype="Guardian",
					txt=f"{PUPIL_PREFIX}{self.run_id}",
					ignore_user_permissions=1,
				)
				self.assertIn(guardians["a"], body(search), user)
				self.assertNotIn(guardians["b"], body(search), user)
				listing = http.get("/api/resource/Guardian", limit_page_length=0)
				self.assertNotIn(guardians["b"], body(listing), user)
				valid = http.method("frappe.client.validate_link", doctype="Guardian", docname=guardians["a"])
				self.assertIn(guardians["a"], body(valid), user)
				refused = http.method(
					"frappe.client.validate_link", doctype="Guardian", docname=guardians["b"]
				)
				self.assertEqual(refused.status_code, 403, user)
				# picking is not reading: the guardian's own record stays closed
				record = http.get(f"/api/resource/Guardian/{guardians['a']}")
				self.assertEqual(record.status_code, 403, user)
				self.count(7)
			for user in ("governor_a", "noschool", "plain", "website"):
				http = self.http[user]
				search = http.method(
					"frappe.desk.search.search_link",
					doctype="Guardian",
					txt=f"{PUPIL_PREFIX}{self.run_id}",
				)
				self.assertNotIn(guardians["b"], body(search), user)
				self.assertNotIn(guardians["a"], body(search), user)
				self.count()
		finally:
			for key, records in (("a", self.a), ("b", self.b)):
				frappe.db.delete("Student Guardian", {"parent": records.pupil, "guardian": guardians[key]})
				frappe.db.delete("Guardian", guardians[key])
			frappe.db.commit()

	def test_results_and_attendance_of_another_school_are_out_of_reach(self):
		from senco_app.tests.utils import make_result
		from senco_app.tests.utils import mark_attendance

		theirs = make_result(self.b.pupil, None, 10).name
		ours = make_result(self.a.pupil, None, 20).name
		mark_attendance(self.b.pupil, [today()])
		mark_attendance(self.a.pupil, [today()])
		academics = make_user("isolation.academics.a@senco.test", ("Academics User",), (SCHOOL_A,))
		frappe.db.commit()
		users = {
			u: self.http[u] for u in ("senco_a", "staff_a", "office_a", "governor_a", "noschool", "plain")
		}
		users["academics_a"] = HTTP(academics)
		for user, http in users.items():
			for doctype in ("Assessment Result", "Student Attendance"):
				listing = http.get(f"/api/resource/{doctype}", fields=["student"], limit_page_length=0)
				self.assertNotIn(self.b.pupil, body(listing), (user, doctype))
				count = http.method(
					"frappe.client.get_count", doctype=doctype, filters=[["student", "=", self.b.pupil]]
				)
				self.assertFalse((count.json or {}).get("message"), (user, doctype))
				self.count(2)
			one = http.get(f"/api/resource/Assessment Result/{theirs}")
			self.assertIn(one.status_code, (403, 404), user)
			got = http.method(
				"education.education.api.get_result", student=self.b.pupil, assessment_plan="_SENCO plan"
			)
			self.assertNotIn(theirs, body(got), user)
			self.count(2)
		# the school's own results stay within reach of its Education staff
		mine = users["academics_a"].get(
			"/api/resource/Assessment Result", fields=["name"], limit_page_length=0
		)
		self.assertIn(ours, body(mine))
		self.assertNotIn(theirs, body(mine))

	def test_error_messages_do_not_name_another_school(self):
		response = self.http["senco_a"].request(
			"post",
			"/api/resource/SEND Record",
			json={
				"student": self.b.pupil,
				"school": SCHOOL_A,
				"sen_provision": "Monitoring",
				"start_date": add_days(today(), -5),
			},
		)
		self.assertEqual(response.status_code, 417)
		self.assertNotIn(SCHOOL_B, body(response))
		self.count()

	# 4. confidential fields inside a school

	def test_confidential_fields_stay_out_of_versions_and_save_responses(self):
		record = self.a.records["SEND Record"]
		for user in ("staff_a", "office_a"):
			http = self.http[user]
			form = http.method("frappe.desk.form.load.getdoc", doctype="SEND Record", name=record)
			self.assertEqual(form.status_code, 200)
			self.assertNotIn(SECRET, body(form), user)
			for field in ("child_protection", "child_in_need"):  # SENCO-only flags (permlevel 1)
				self.assertFalse(form.json["docs"][0].get(field), (user, field))
			self.assertIn("versions", form.json["docinfo"])
			info = http.method("frappe.desk.form.load.get_docinfo", doctype="SEND Record", name=record)
			self.assertNotIn(SECRET, body(info), user)
			self.count(2)
		http = self.http["office_a"]
		for route, call in {
			"PUT": lambda: http.request(
				"put", f"/api/resource/SEND Record/{record}", json={"summary": "Office edit"}
			),
			"v2 PATCH": lambda: http.request(
				"patch", f"/api/v2/document/SEND Record/{record}", json={"summary": "v2"}
			),
			"set_value": lambda: http.method(
				"frappe.client.set_value", doctype="SEND Record", name=record, fieldname="summary", value="sv"
			),
			"save": lambda: http.method(
				"frappe.client.save",
				doc={**http.method("frappe.client.get", doctype="SEND Record", name=record).json["message"]},
			),
		}.items():
			response = call()
			self.assertEqual(response.status_code, 200, (route, body(response)[:300]))
			self.assertNotIn(SECRET, body(response), route)
			self.assertIn(SECRET, frappe.db.get_value("SEND Record", record, "confidential_notes"), route)
			self.count()

	def test_every_report_over_http_names_nothing_of_another_school(self):
		"""Every Script Report of the app, run through the desk's route by each user of school A and
		the users of no school, with its default filters and asked for school B: nothing it returns
		(rows, chart, summary, message) names school B's pupil or any of its records. Reports that join
		and sum in the database over Frappe's own query of the readable rows are among them."""
		reports = frappe.get_all(
			"Report", {"module": "SEND", "report_type": "Script Report"}, pluck="name", order_by="name"
		)
		theirs = [self.b.pupil, *self.b.records.values()]
		shown_own = set()
		for user in ATTACKERS:
			for name in reports:
				for filters in ({}, {"school": SCHOOL_B}):
					response = self.http[user].method(
						"frappe.desk.query_report.run", report_name=name, filters=filters
					)
					text = body(response)
					self.assertLess(response.status_code, 500, (user, name, filters, text[:300]))
					for value in theirs:
						self.assertNotIn(value, text, (user, name, filters))
					if user == "senco_a" and not filters and self.a.pupil in text:
						shown_own.add(name)
					self.count()
		# the check reads real results: school A's SENCO sees their own pupil in these
		self.assertLessEqual(
			{"SEND Register", "Provision Costs", "Provision Map", "Agency Referrals", "Contact Log Summary"},
			shown_own,
		)

	def test_a_prepared_report_is_its_owners_alone(self):
		"""School B's SENCO queues the SEND Register as a prepared report (Frappe's switch after a
		15-second run); nobody else reaches the stored result by name, by its owner or by its file."""
		from frappe.core.doctype.prepared_report.prepared_report import generate_report
		from frappe.core.doctype.prepared_report.prepared_report import make_prepared_report

		RUN, PREPARED = "frappe.desk.query_report.run", "frappe.core.doctype.prepared_report.prepared_report"
		frappe.db.set_value("Report", "SEND Register", "prepared_report", 1)
		frappe.set_user(self.emails["senco_b"])
		name = make_prepared_report("SEND Register", "{}")["name"]
		generate_report(name)
		frappe.set_user("Administrator")
		file_url = frappe.db.get_value(
			"File", {"attached_to_doctype": "Prepared Report", "attached_to_name": name}, "file_url"
		)
		frappe.db.commit()
		pupil = frappe.db.get_value("Student", self.b.pupil, "first_name")
		try:
			for user in ATTACKERS:
				http = self.http[user]
				for listing, response in (
					(
						0,
						http.method(RUN, report_name="SEND Register", filters={"prepared_report_name": name}),
					),
					(
						0,
						http.method(
							RUN, report_name="SEND Register", filters={}, user=self.emails["senco_b"]
						),
					),
					(0, http.method(f"{PREPARED}.download_attachment", dn=name)),
					(0, http.method("frappe.desk.form.load.getdoc", doctype="Prepared Report", name=name)),
					(
						1,
						http.method(
							"frappe.client.get_list", doctype="Prepared Report", fields=["name", "filters"]
						),
					),
					(
						1,
						http.method(
							"frappe.client.get_list", doctype="File", filters={"attached_to_name": name}
						),
					),
					(0, http.request("get", file_url)),
				):
					self.assertNotIn(pupil, body(response), user)
					if listing:
						self.assertNotIn(name, body(response), user)
					self.count()
			owner = HTTP(self.emails["senco_b"]).method(
				RUN, report_name="SEND Register", filters={"prepared_report_name": name}
			)
			self.assertEqual(owner.status_code, 200)
			self.assertIn(pupil, body(owner))
		finally:
			frappe.delete_doc("Prepared Report", name, force=True, ignore_permissions=True)
			frappe.db.set_value("Report", "SEND Register", "prepared_report", 0)
			frappe.db.commit()

	def test_a_saved_list_filter_on_a_send_list_is_its_owners(self):
		"""A filter saved on the SEND Record list (for everyone) carries its values, a pupil's name."""
		pupil = frappe.db.get_value("Student", self.b.pupil, "first_name")
		frappe.set_user(self.emails["senco_b"])
		saved = frappe.get_doc(
			{
				"doctype": "List Filter",
				"filter_name": "Reading group",
				"reference_doctype": "SEND Record",
				"for_user": "",
				"filters": frappe.as_json([["SEND Record", "student_name", "like", f"%{pupil}%"]]),
			}
		).insert()
		frappe.set_user("Administrator")
		frappe.db.commit()
		try:
			for user in ATTACKERS:
				for response in (
					self.http[user].method(
						"frappe.client.get_list", doctype="List Filter", fields=["name", "filters"]
					),
					self.http[user].method("frappe.client.get", doctype="List Filter", name=saved.name),
				):
					self.assertNotIn(pupil, body(response), user)
					self.count()
			owner = HTTP(self.emails["senco_b"]).method(
				"frappe.client.get_list", doctype="List Filter", fields=["filters"]
			)
			self.assertIn(pupil, body(owner))
		finally:
			frappe.delete_doc("List Filter", saved.name, force=True, ignore_permissions=True)
			frappe.db.commit()

	def test_confidential_report_file_is_for_the_senco_only(self):
		for user in ("staff_a", "office_a"):
			response = self.http[user].request("get", self.a.report_url)
			self.assertEqual(response.status_code, 403, user)
			form = self.http[user].method(
				"frappe.desk.form.load.getdoc",
				doctype="Agency Referral",
				name=self.a.records["Agency Referral"],
			)
			self.assertNotIn(self.a.report_url, body(form), user)
			self.count(2)
		response = self.http["senco_a"].request("get", self.a.report_url)
		self.assertEqual(response.status_code, 200)
		self.assertIn(SECRET, body(response))

	def test_connections_count_no_confidential_contact(self):
		record = self.a.records["SEND Record"]

		def contacts(user):
			response = self.http[user].method(
				"frappe.desk.notifications.get_open_count", doctype="SEND Record", name=record
			)
			found = response.json["message"]["count"]["external_links_found"]
			return next(f["count"] for f in found if f["doctype"] == "SEND Contact Log")

		self.assertEqual(contacts("senco_a") - contacts("staff_a"), 1)
		self.count(2)

	# 5. links across schools

	def test_links_stay_in_the_school_and_pupil(self):
		http = self.http["senco_a"]
		response = http.request(
			"post",
			"/api/resource/SEND Contact Log",
			json={
				"student": self.a.pupil,
				"school": SCHOOL_A,
				"send_record": self.b.records["SEND Record"],
				"contact_datetime": f"{add_days(today(), -1)} 10:00:00",
				"contact_type": "Meeting",
				"with_whom": "Parent/Carer",
				"summary": "Cross-school link",
			},
		)
		self.assertEqual(response.status_code, 417)
		self.assertEqual(response.json.get("exc_type"), "CrossSchoolLinkError")
		self.assertNotIn(SECRET, body(response))
		referral = self.a.records["Agency Referral"]
		response = http.request(
			"put",
			f"/api/resource/Agency Referral/{referral}",
			json={"send_record": self.b.records["SEND Record"]},
		)
		self.assertEqual(response.status_code, 417)
		self.assertNotEqual(
			frappe.db.get_value("Agency Referral", referral, "send_record"), self.b.records["SEND Record"]
		)
		self.count(2)

	# 6. files attached to SEND records are private

	def test_files_attached_to_send_records_are_private(self):
		response = self.http["senco_a"].request(
			"post",
			"/api/method/upload_file",
			data={
				"doctype": "SEND Record",
				"docname": self.a.records["SEND Record"],
				"is_private": "0",
				"file_name": f"public-{self.run_id}.txt",
				"file": (io.BytesIO(f"{SECRET} upload {self.run_id}".encode()), f"public-{self.run_id}.txt"),
			},
			content_type="multipart/form-data",
		)
		self.assertEqual(response.status_code, 200, body(response)[:300])
		file = frappe.get_doc("File", response.json["message"]["name"])
		self.assertTrue(file.is_private)
		self.assertTrue(file.file_url.startswith("/private/files/"))
		self.assertFalse(os.path.exists(frappe.get_site_path("public", "files", f"public-{self.run_id}.txt")))
		self.assertNotEqual(self.guest.request("get", file.file_url).status_code, 200)
		self.count(2)

	# 7. every guarded method refuses another school's record over HTTP

	def test_methods_that_name_a_record_refuse_another_schools(self):
		from senco_app.security.guard_list import READ_FIRST

		http = self.http["senco_a"]
		for method, (doctype_arg, name_arg) in READ_FIRST.items():
			doctype = doctype_arg[1:] if doctype_arg.startswith("=") else "SEND Record"
			target = self.b.pupil if doctype == "Student" else self.b.records["SEND Record"]
			args = {} if doctype_arg.startswith("=") else {doctype_arg: doctype}
			if name_arg:
				args[name_arg] = [target] if name_arg == "docnames" else target
			response = http.method(method, **args)
			self.assertEqual(response.status_code, 403, (method, body(response)[:300]))
			self.assertNotIn(f"{PUPIL_PREFIX}{self.run_id}", body(response), method)
			self.count()
		# the same call on the user's own record goes through
		own = http.method(
			"frappe.client.validate_link", doctype="SEND Record", docname=self.a.records["SEND Record"]
		)
		self.assertEqual(own.status_code, 200)

	def test_dispatchers_and_searches_keep_the_rule(self):
		http = self.http["senco_a"]
		tree = http.method(
			"frappe.desk.treeview.get_all_nodes",
			doctype="SEND Record",
			label="x",
			parent="",
			tree_method="frappe.desk.search.search_widget",
			ignore_user_permissions=1,
		)
		self.assertEqual(tree.status_code, 403)
		widget = http.method(
			"frappe.desk.search.search_widget",
			doctype="Student",
			txt=PUPIL_PREFIX,
			query="education.education.doctype.student_group.student_group.fetch_students",
			filters={"group_based_on": "Activity"},
			page_length=500,
		)
		fetched = http.method(
			"education.education.doctype.student_group.student_group.fetch_students",
			doctype="Student",
			txt=PUPIL_PREFIX,
			searchfield="name",
			start=0,
			page_len=500,
			filters={"group_based_on": "Activity"},
		)
		for response in (widget, fetched):
			self.assertNotIn(self.b.pupil, body(response))
		prepared = http.method(
			"frappe.core.doctype.prepared_report.prepared_report.make_prepared_report",
			report_name="Absent Student Report",
			filters={},
		)
		self.assertEqual(prepared.status_code, 403)
		report_file = frappe.db.get_value("File", {"file_url": self.b.report_url}, "name")
		mail = http.method(
			"frappe.core.doctype.communication.email.make",
			content="x",
			subject="x",
			send_email=0,
			attachments=[report_file],
		)
		self.assertEqual(mail.status_code, 403)
		self.count(5)
