"""The SEN part of the Common Transfer File on a real site: a round trip from school A to school B,
each malformed file importing nothing, and the methods refusing another school's users."""

import frappe
from frappe.utils import getdate

from senco_app.exceptions import CTFError
from senco_app.exceptions import UnknownUPNError
from senco_app.rules import ctf as ctf_rules
from senco_app.rules.register import state
from senco_app.send.doctype.send_record.send_record import HISTORY_FIELDS
from senco_app.services.common_transfer_file import export_sen_history
from senco_app.services.common_transfer_file import import_sen_history
from senco_app.services.common_transfer_file import write_imported_record
from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import SCHOOL_B
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import call_route
from senco_app.tests.utils import make_send_record
from senco_app.tests.utils import make_student
from senco_app.tests.utils import make_user
from senco_app.tests.utils import past

# valid UPNs (check letter, LA 801): the census work validates them
UPN_LEAVER = "G801200026001"
UPN_JOINER = "W801200026002"
UPN_NOBODY = "K801200026003"

SENCO_A = "ctf.senco.a@senco.test"
SENCO_B = "ctf.senco.b@senco.test"
OFFICE_B = "ctf.office.b@senco.test"
STAFF_A = "ctf.staff.a@senco.test"
VIEWER_A = "ctf.viewer.a@senco.test"


def ensure_upn_field():
	"""Student's UPN is the census work's custom field; until it is on this site, a plain Data field
	of the same name stands in (a Custom Field is DDL: created and committed once, outside any test)."""
	if frappe.get_meta("Student").has_field("upn"):
		return
	frappe.get_doc(
		{
			"doctype": "Custom Field",
			"dt": "Student",
			"fieldname": "upn",
			"label": "UPN",
			"fieldtype": "Data",
			"insert_after": "school",
		}
	).insert(ignore_permissions=True)
	frappe.clear_cache(doctype="Student")
	frappe.db.commit()


def history_rows(days: list[tuple]) -> list[dict]:
	"""History rows from (from days ago, to days ago or None, provision, needs...)."""
	return [
		{
			**state(provision, [{"rank": i, "need_type": c} for i, c in enumerate(needs, 1)]),
			"from_date": getdate(past(start)),
			"to_date": getdate(past(end)) if end is not None else None,
		}
		for start, end, provision, *needs in days
	]


LEAVER_HISTORY = [
	(500, 401, "Monitoring"),
	(400, 201, "SEN Support", "SLCN"),
	(200, 101, "SEN Support", "SLCN", "ASD"),
	(100, 1, "SEN Support", "ASD", "SPLD"),
]


def saved_history(record: str) -> list[dict]:
	rows = frappe.get_all(
		"SEND Record History",
		filters={"parent": record, "parenttype": "SEND Record"},
		fields=list(HISTORY_FIELDS),
		order_by="from_date",
	)
	return [dict(r) for r in rows]


def ctf(upn: str, sen: str, needs: str) -> str:
	return f"""<?xml version="1.0" encoding="UTF-8"?>
<CTfile><Header><DocumentName>Common Transfer File</DocumentName></Header>
<CTFpupilData><Pupil><UPN>{upn}</UPN><Surname>Joiner</Surname>
<SENhistory>{sen}<SENneeds>{needs}</SENneeds></SENhistory></Pupil></CTFpupilData></CTfile>"""


def good_sen() -> str:
	return f"<SEN><StartDate>{past(300)}</StartDate><SENprovision>K</SENprovision></SEN>"


GOOD_NEEDS = "<SENneed><SENtypeRank>1</SENtypeRank><SENtype>MLD</SENtype></SENneed>"


class TestCommonTransferFile(SencoTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		ensure_upn_field()
		make_user(SENCO_A, ("SENCO",), (SCHOOL_A,))
		make_user(SENCO_B, ("SENCO",), (SCHOOL_B,))
		make_user(OFFICE_B, ("SEND Office",), (SCHOOL_B,))
		make_user(STAFF_A, ("SEND Staff",), (SCHOOL_A,))
		make_user(VIEWER_A, ("SEND Viewer",), (SCHOOL_A,))
		frappe.db.commit()

	def make_leaver(self):
		pupil = make_student(SCHOOL_A, "Ctf", "Leaver", upn=UPN_LEAVER).name
		rows = history_rows(LEAVER_HISTORY)
		frappe.set_user(SENCO_A)
		name = write_imported_record(pupil, SCHOOL_A, rows)  # the register as years of use left it
		frappe.set_user("Administrator")
		return pupil, name, rows

	def joiner(self, upn: str = UPN_JOINER) -> str:
		return make_student(SCHOOL_B, "Ctf", "Joiner", upn=upn).name

	# round trip

	def test_round_trip_from_school_a_to_school_b_keeps_periods_and_needs(self):
		leaver, record_a, rows = self.make_leaver()
		self.assertEqual(saved_history(record_a), rows)

		frappe.set_user(SENCO_A)
		filename, xml = export_sen_history(record_a)
		self.assertIn(UPN_LEAVER, filename)
		self.assertIn(f"<UPN>{UPN_LEAVER}</UPN>", xml)
		frappe.set_user("Administrator")

		# the pupil leaves A and joins B (a UPN stays with one pupil record on a site)
		frappe.db.set_value("Student", leaver, "upn", None)
		joiner = self.joiner(UPN_LEAVER)
		frappe.set_user(SENCO_B)
		[record_b] = import_sen_history(SCHOOL_B, xml)
		frappe.set_user("Administrator")

		doc = frappe.get_doc("SEND Record", record_b)
		self.assertEqual((doc.student, doc.school), (joiner, SCHOOL_B))
		self.assertEqual(saved_history(record_b), rows)
		self.assertEqual(
			ctf_rules.periods_and_needs(saved_history(record_b)), ctf_rules.periods_and_needs(rows)
		)
		# the last period ended at A: the record is closed until B's SENCO reopens it
		self.assertEqual(
			(doc.status, str(doc.end_date), doc.sen_provision), ("Closed", past(1), "SEN Support")
		)
		self.assertEqual([n.need_type for n in doc.needs], ["ASD", "SPLD"])

	def test_an_open_history_imports_as_an_open_record(self):
		joiner = self.joiner()
		frappe.set_user(OFFICE_B)  # the SEND Office of the school may import too
		[name] = import_sen_history(SCHOOL_B, ctf(UPN_JOINER, good_sen(), GOOD_NEEDS))
		doc = frappe.get_doc("SEND Record", name)
		self.assertEqual(
			(doc.student, doc.status, doc.primary_need, str(doc.start_date)),
			(joiner, "Open", "MLD", past(300)),
		)
		self.assertEqual(
			[(str(r.from_date), r.to_date, r.census_code) for r in doc.history], [(past(300), None, "K")]
		)

	def test_export_without_a_upn_leaves_it_out(self):
		pupil = make_student(SCHOOL_A, "Ctf", "NoUpn").name
		record = make_send_record(pupil, SCHOOL_A, needs=("HI",))
		_filename, xml = export_sen_history(record.name)
		self.assertNotIn("<UPN>", xml)
		self.assertIn("<SENtype>HI</SENtype>", xml)

	# malformed files import nothing

	def assertImportsNothing(self, xml: str, exc=CTFError):
		joiner = self.joiner()
		frappe.set_user(SENCO_B)
		with self.assertFieldError(exc, "ctf_file"):
			import_sen_history(SCHOOL_B, xml)
		frappe.set_user("Administrator")
		self.assertNothingWritten("SEND Record", {"student": joiner})

	def test_malformed_xml_imports_nothing(self):
		self.assertImportsNothing(ctf(UPN_JOINER, good_sen(), GOOD_NEEDS)[:-20])

	def test_unknown_upn_imports_nothing(self):
		self.assertImportsNothing(ctf(UPN_NOBODY, good_sen(), GOOD_NEEDS), UnknownUPNError)

	def test_a_pupil_of_another_school_is_an_unknown_upn(self):
		make_student(SCHOOL_A, "Ctf", "Elsewhere", upn=UPN_NOBODY)
		self.assertImportsNothing(ctf(UPN_NOBODY, good_sen(), GOOD_NEEDS), UnknownUPNError)

	def test_unknown_need_code_imports_nothing(self):
		self.assertImportsNothing(
			ctf(
				UPN_JOINER,
				good_sen(),
				"<SENneed><SENtypeRank>1</SENtypeRank><SENtype>XYZ</SENtype></SENneed>",
			)
		)

	def test_overlapping_periods_import_nothing(self):
		sen = (
			f"<SEN><StartDate>{past(300)}</StartDate><SENprovision>K</SENprovision><EndDate>{past(100)}</EndDate></SEN>"
			f"<SEN><StartDate>{past(150)}</StartDate><SENprovision>E</SENprovision></SEN>"
		)
		self.assertImportsNothing(ctf(UPN_JOINER, sen, GOOD_NEEDS))

	def test_one_bad_pupil_imports_none_of_the_file(self):
		good = ctf(UPN_JOINER, good_sen(), GOOD_NEEDS)
		second = f"<Pupil><UPN>{UPN_NOBODY}</UPN><SENhistory>{good_sen()}<SENneeds>{GOOD_NEEDS}</SENneeds></SENhistory></Pupil>"
		self.assertImportsNothing(
			good.replace("</CTFpupilData>", second + "</CTFpupilData>"), UnknownUPNError
		)

	# the routes, as another school's user

	def test_export_route_refuses_another_schools_user_and_readers_without_export(self):
		_leaver, record_a, _rows = self.make_leaver()
		for user in (SENCO_B, OFFICE_B, STAFF_A, VIEWER_A):
			frappe.set_user(user)
			with self.assertRaises(frappe.PermissionError, msg=user):
				call_route("senco_app.services.common_transfer_file.download_sen_ctf", record=record_a)
			self.assertNotIn(UPN_LEAVER, str(frappe.response.get("filecontent") or ""))
		frappe.set_user(SENCO_A)
		call_route("senco_app.services.common_transfer_file.download_sen_ctf", record=record_a)
		self.assertEqual(frappe.response["type"], "download")
		self.assertIn("<SENhistory>", frappe.response["filecontent"])

	def test_import_route_refuses_a_user_without_the_target_school(self):
		joiner = self.joiner()
		xml = ctf(UPN_JOINER, good_sen(), GOOD_NEEDS)
		for user in (SENCO_A, STAFF_A):
			frappe.set_user(user)
			with self.assertRaises(frappe.PermissionError, msg=user):
				call_route("senco_app.services.common_transfer_file.import_sen_ctf", school=SCHOOL_B, xml=xml)
		frappe.set_user("Administrator")
		self.assertNothingWritten("SEND Record", {"student": joiner})
		frappe.set_user(SENCO_B)
		[name] = call_route(
			"senco_app.services.common_transfer_file.import_sen_ctf", school=SCHOOL_B, xml=xml
		)
		self.assertEqual(frappe.db.get_value("SEND Record", name, "student"), joiner)
