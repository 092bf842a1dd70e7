# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""Disposal of a departed pupil's SEN file at the end of retention, and the SEND Disposal Log."""

import os

import frappe
from frappe.utils import getdate
from frappe.utils import today

from senco_app.exceptions import DisposalNotConfirmedError
from senco_app.exceptions import RetentionNotDueError
from senco_app.exceptions import SencoOnlyError
from senco_app.services.disposal import dispose
from senco_app.services.disposal import pupil_doctypes
from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import SCHOOL_B
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import all_but_the_senco
from senco_app.tests.utils import attach_file
from senco_app.tests.utils import call_route
from senco_app.tests.utils import close_record
from senco_app.tests.utils import leave
from senco_app.tests.utils import make_contact
from senco_app.tests.utils import make_ehc_plan
from senco_app.tests.utils import make_entry
from senco_app.tests.utils import make_iep
from senco_app.tests.utils import make_leaver
from senco_app.tests.utils import make_referral
from senco_app.tests.utils import make_review
from senco_app.tests.utils import make_send_record
from senco_app.tests.utils import make_user
from senco_app.tests.utils import user_of

test_ignore = ["Student", "Company", "User", "SEN Need Type", "SEND Record", "SEND Agency", "SEND Provision"]
IGNORE_TEST_RECORD_DEPENDENCIES = test_ignore

METHOD = "senco_app.services.disposal.dispose"
SECRET = "Disclosed at home visit"


class TestDisposal(SencoTestCase):
	users = {"senco": (SCHOOL_A, "SENCO")}

	def setUp(self):
		super().setUp()
		self.pupil, self.record = self.make_file_of("Dora")
		self.other, self.other_record = self.make_file_of("Otto")
		self.entry = make_entry(SCHOOL_A, [self.pupil, self.other])
		for student, record in ((self.pupil, self.record), (self.other, self.other_record)):
			close_record(record)
			leave(student)
		self.other_versions = frappe.db.count(
			"Version", {"ref_doctype": "SEND Record", "docname": self.other_record.name}
		)

	def tearDown(self):
		super().tearDown()
		frappe.clear_document_cache("SEND Settings", "SEND Settings")  # a test changes the period

	def make_file_of(self, first_name: str):
		pupil = make_leaver(SCHOOL_A, first_name).name
		record = make_send_record(pupil, SCHOOL_A, confidential_notes=SECRET)
		record.summary = "Needs help with reading"
		record.save()  # a version
		record.add_comment("Comment", f"A note about {first_name}")
		attach_file("SEND Record", record.name, f"letter about {first_name}")
		iep = make_iep(pupil, SCHOOL_A)
		make_review(pupil, SCHOOL_A, iep=iep.name)
		make_ehc_plan(pupil, SCHOOL_A)
		referral = make_referral(pupil, SCHOOL_A)
		attach_file("Agency Referral", referral.name, f"EP report on {first_name}", "report")
		make_contact(pupil, SCHOOL_A)
		earlier = make_contact(pupil, SCHOOL_A, summary="Entered by mistake")
		frappe.delete_doc("SEND Contact Log", earlier.name)  # Frappe keeps a Deleted Document copy
		return pupil, record

	def held(self, student: str) -> dict:
		return {dt: frappe.db.count(dt, {field: student}) for dt, field in pupil_doctypes().items()}

	def test_disposal_deletes_exactly_the_pupils_file_and_logs_counts(self):
		names = {dt: frappe.get_all(dt, {f: self.pupil}, pluck="name") for dt, f in pupil_doctypes().items()}
		files = frappe.get_all(
			"File",
			filters={"attached_to_name": ["in", [n for ns in names.values() for n in ns]]},
			fields=["name", "file_url"],
		)
		self.assertEqual(len(files), 2)
		paths = [frappe.get_site_path(f.file_url.lstrip("/")) for f in files]
		self.assertTrue(all(os.path.exists(p) for p in paths))
		other_before = self.held(self.other)
		every = [n for ns in names.values() for n in ns]
		versions = frappe.db.count("Version", {"docname": ["in", every]}) + frappe.db.count(
			"Version",
			{
				"ref_doctype": "Provision Map Entry",
				"docname": self.entry.name,
				"data": ["like", f"%{self.pupil}%"],
			},
		)
		comments = frappe.db.count("Comment", {"reference_name": ["in", every]})
		self.assertGreaterEqual(comments, 1)
		student_name = frappe.db.get_value("Student", self.pupil, "student_name")
		dob = frappe.db.get_value("Student", self.pupil, "date_of_birth")

		frappe.set_user(self.senco)
		result = dispose(self.pupil, confirm=self.pupil)
		frappe.set_user("Administrator")

		self.assertEqual(set(self.held(self.pupil).values()), {0})
		for doctype, docnames in names.items():
			for reference, (dt_field, name_field) in (
				("Version", ("ref_doctype", "docname")),
				("Comment", ("reference_doctype", "reference_name")),
				("Communication", ("reference_doctype", "reference_name")),
				("File", ("attached_to_doctype", "attached_to_name")),
				("Deleted Document", ("deleted_doctype", "deleted_name")),
			):
				self.assertFalse(
					frappe.db.exists(reference, {dt_field: doctype, name_field: ["in", docnames]}),
					f"{reference} of {doctype} left",
				)
		self.assertFalse(frappe.db.exists("Deleted Document", {"data": ["like", f"%{self.pupil}%"]}))
		self.assertFalse(frappe.db.exists("Provision Map Pupil", {"student": self.pupil}))
		frappe.db.after_commit.run()  # what runs once the request commits: the files leave the disk
		self.assertFalse(any(os.path.exists(p) for p in paths))

		# another pupil's file is untouched, the shared provision entry kept with a cost for one pupil
		self.assertEqual(self.held(self.other), other_before)
		self.assertEqual(
			frappe.db.count("Version", {"ref_doctype": "SEND Record", "docname": self.other_record.name}),
			self.other_versions,
		)
		entry = frappe.get_doc("Provision Map Entry", self.entry.name)
		self.assertEqual([p.student for p in entry.pupils], [self.other])
		self.assertEqual(entry.cost_per_pupil, entry.total_cost)
		self.assertEqual(entry.pupils[0].cost, entry.total_cost)

		log = frappe.get_doc("SEND Disposal Log", result["log"])
		self.assertEqual((log.school, log.disposed_by, log.retention_years), (SCHOOL_A, self.senco, 31))
		counts = {r.document_type: r.deleted for r in log.counts}
		for doctype in (
			"SEND Record",
			"Individual Education Plan",
			"SEND Review",
			"EHC Plan",
			"Agency Referral",
			"SEND Contact Log",
		):
			self.assertEqual(counts[doctype], 1, doctype)
		self.assertEqual(
			(counts["Provision Map Pupil"], counts["File"], counts["Deleted Document"]), (1, 2, 1)
		)
		self.assertEqual(counts.get("Version", 0), versions)
		self.assertEqual(counts["Comment"], comments)
		self.assertEqual(log.documents_deleted, sum(counts.values()))
		self.assertEqual(result["counts"], counts)
		# no personal data in the log: not the id, the name or the date of birth
		text = log.as_json()
		for personal in (self.pupil, student_name, str(dob), str(getdate(dob).strftime("%d-%m-%Y"))):
			self.assertNotIn(personal, text)

	def test_a_pupil_not_yet_due_is_refused_and_nothing_deleted(self):
		young = make_leaver(SCHOOL_A, "Young", born_years_ago=20).name
		record = make_send_record(young, SCHOOL_A)
		close_record(record)
		leave(young)
		on_roll = make_leaver(SCHOOL_A, "Still").name
		make_send_record(on_roll, SCHOOL_A)
		open_record = make_leaver(SCHOOL_A, "Open").name
		make_send_record(open_record, SCHOOL_A)
		leave(open_record)
		no_dob = make_leaver(SCHOOL_A, "Nodob").name
		make_send_record(no_dob, SCHOOL_A)
		leave(no_dob)
		frappe.db.set_value("Student", no_dob, "date_of_birth", None)

		frappe.set_user(self.senco)
		for student, field in (
			(young, "date_of_birth"),
			(on_roll, "date_of_leaving"),
			(open_record, "status"),
			(no_dob, "date_of_birth"),
		):
			with self.assertFieldError(RetentionNotDueError, field):
				dispose(student, confirm=student)
			self.assertTrue(frappe.db.exists("SEND Record", {"student": student}))
		self.assertFalse(frappe.db.exists("SEND Disposal Log", {"creation": [">=", today()]}))

	def test_disposal_needs_the_pupils_id_typed_back(self):
		frappe.set_user(self.senco)
		for wrong in ("", "yes", self.other):
			with self.assertFieldError(DisposalNotConfirmedError, "confirm"):
				dispose(self.pupil, confirm=wrong)
		self.assertTrue(frappe.db.exists("SEND Record", self.record.name))

	def test_only_the_schools_senco_may_dispose_over_http(self):
		for user in all_but_the_senco():
			frappe.set_user(user)
			with self.assertRaises(frappe.PermissionError, msg=user):
				call_route(METHOD, student=self.pupil, confirm=self.pupil)
		frappe.set_user(user_of(SCHOOL_B))
		with self.assertRaises(SencoOnlyError):  # the same answer for a pupil that does not exist
			call_route(METHOD, student="EDU-STU-NOPE-00001", confirm="EDU-STU-NOPE-00001")
		frappe.set_user("Administrator")
		self.assertTrue(frappe.db.exists("SEND Record", self.record.name))

		frappe.set_user(self.senco)
		result = call_route(METHOD, student=self.pupil, confirm=self.pupil)
		self.assertTrue(frappe.db.exists("SEND Disposal Log", result["log"]))

	def test_the_log_is_the_schools_and_the_sencos_only(self):
		frappe.set_user(self.senco)
		log = dispose(self.pupil, confirm=self.pupil)["log"]
		self.assertTrue(frappe.has_permission("SEND Disposal Log", "read", log))
		self.assertFalse(frappe.has_permission("SEND Disposal Log", "write", log))
		frappe.set_user(user_of(SCHOOL_B))
		self.assertFalse(frappe.has_permission("SEND Disposal Log", "read", log))
		self.assertNotIn(log, frappe.get_list("SEND Disposal Log", pluck="name"))
		frappe.set_user(user_of(SCHOOL_A, "SEND Staff"))
		self.assertFalse(frappe.has_permission("SEND Disposal Log", "read", log))

	def test_a_pupil_left_but_young_stays_when_the_settings_keep_files_longer(self):
		frappe.db.set_single_value("SEND Settings", "retention_years_after_birth", 45)
		frappe.clear_document_cache("SEND Settings", "SEND Settings")
		frappe.set_user(self.senco)
		with self.assertFieldError(RetentionNotDueError, "date_of_birth"):
			dispose(self.pupil, confirm=self.pupil)
		self.assertTrue(frappe.db.exists("SEND Record", self.record.name))
