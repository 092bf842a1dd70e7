"""Subject access export: everything held on one pupil, for the SENCO of the pupil's school only."""

import io
import zipfile

import frappe

from senco_app.services import subject_access
from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import SCHOOL_B
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import all_but_the_senco
from senco_app.tests.utils import attach_file
from senco_app.tests.utils import call_route
from senco_app.tests.utils import make_contact
from senco_app.tests.utils import make_entry
from senco_app.tests.utils import make_iep
from senco_app.tests.utils import make_referral
from senco_app.tests.utils import make_send_record
from senco_app.tests.utils import make_student
from senco_app.tests.utils import make_user
from senco_app.tests.utils import user_of

METHOD = "senco_app.services.subject_access.export"
SECRET = "Disclosed at the home visit"
OTHER_PUPIL = "Zebedee"


class TestSubjectAccess(SencoTestCase):
	users = {"senco": (SCHOOL_A, "SENCO")}

	def setUp(self):
		super().setUp()
		self.pupil = make_student(SCHOOL_A, "Sara", "Access").name
		other = make_student(SCHOOL_A, OTHER_PUPIL, "Elsewhere").name
		self.record = make_send_record(
			self.pupil, SCHOOL_A, confidential_notes=SECRET, summary="Reads well aloud"
		)
		make_iep(self.pupil, SCHOOL_A)
		make_contact(self.pupil, SCHOOL_A, summary="Phoned mum about homework")
		make_contact(self.pupil, SCHOOL_A, confidential=1, summary="Safeguarding-adjacent worry")
		referral = make_referral(self.pupil, SCHOOL_A, report_notes="EP notes for the SENCO")
		attach_file("Agency Referral", referral.name, "EP report body", "report", file_name="ep-report.txt")
		attach_file("SEND Record", self.record.name, "A letter home", file_name="letter.txt")
		make_entry(SCHOOL_A, [self.pupil, other])

	def test_the_senco_gets_every_document_with_confidential_fields_marked(self):
		frappe.set_user(self.senco)
		content, summary = subject_access.build_zip(self.pupil)
		archive = zipfile.ZipFile(io.BytesIO(content))
		names = archive.namelist()
		self.assertIn("subject-access.html", names)
		self.assertIn("subject-access.pdf" if summary["pdf"] else "NO-PDF.txt", names)
		if summary["pdf"]:
			self.assertTrue(archive.read("subject-access.pdf").startswith(b"%PDF"))
		letters = [n for n in names if n.startswith(f"files/{self.record.name}-letter")]  # Frappe may suffix
		self.assertEqual(len(letters), 1)
		self.assertEqual(archive.read(letters[0]), b"A letter home")
		confidential_files = [n for n in names if n.startswith("files/confidential/")]
		self.assertEqual(len(confidential_files), 1)
		self.assertEqual(archive.read(confidential_files[0]), b"EP report body")

		html = archive.read("subject-access.html").decode()
		for text in ("Reads well aloud", "Phoned mum about homework", "Read 20 high-frequency words", SECRET):
			self.assertIn(text, html)
		# confidential values sit in rows marked CONFIDENTIAL
		data = subject_access.collect(self.pupil)
		marked = {
			(d["doctype"], f["fieldname"]): f["confidential"] for d in data["documents"] for f in d["fields"]
		}
		self.assertTrue(marked[("SEND Record", "confidential_notes")])
		self.assertFalse(marked[("SEND Record", "summary")])
		self.assertTrue(marked[("Agency Referral", "report_notes")])
		contacts = [d for d in data["documents"] if d["doctype"] == "SEND Contact Log"]
		self.assertEqual(sorted(d["confidential"] for d in contacts), [False, True])
		self.assertRegex(html, rf"CONFIDENTIAL</span></th>\s*<td>{SECRET}</td>")
		# a shared provision entry shows this pupil's row, never another pupil's
		self.assertNotIn(OTHER_PUPIL, html)
		entries = [d for d in data["documents"] if d["doctype"] == "Provision Map Entry"]
		self.assertEqual(len(entries), 1)
		self.assertEqual(len(entries[0]["tables"][0]["rows"]), 1)

	def test_download_over_http_for_the_senco(self):
		frappe.set_user(self.senco)
		call_route(METHOD, student=self.pupil)
		response = frappe.local.response
		self.assertEqual(response.type, "download")
		self.assertTrue(response.filename.endswith(".zip"))
		self.assertIn("subject-access.html", zipfile.ZipFile(io.BytesIO(response.filecontent)).namelist())
		self.assertTrue(
			frappe.db.exists("Access Log", {"reference_document": self.pupil, "user": self.senco})
		)

	def test_everyone_but_the_schools_senco_is_refused_over_http(self):
		for user in all_but_the_senco():
			frappe.set_user(user)
			frappe.local.response = frappe._dict()
			for output in ("zip", "pdf"):
				with self.assertRaises(frappe.PermissionError, msg=user):
					call_route(METHOD, student=self.pupil, output=output)
			self.assertFalse(frappe.local.response.get("filecontent"), user)
		frappe.set_user(user_of(SCHOOL_B))
		with self.assertRaises(frappe.PermissionError):  # the same for a pupil that does not exist
			call_route(METHOD, student="EDU-STU-NOPE-00001")
