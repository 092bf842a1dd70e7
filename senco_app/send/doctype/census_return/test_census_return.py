# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""A census return counted against a hand-built school: pupils on roll, a leaver and a joiner either
side of the census day, provision changes before and after it, and each readiness error."""

import json

from defusedxml import ElementTree

import frappe
from frappe.utils import add_days
from frappe.utils import getdate
from frappe.utils import today

from senco_app.exceptions import RuleBrokenError
from senco_app.rules.upn import make_upn
from senco_app.tests.utils import OTHER_SCHOOL
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import call_rest
from senco_app.tests.utils import call_route
from senco_app.tests.utils import make_school
from senco_app.tests.utils import make_send_record
from senco_app.tests.utils import make_student
from senco_app.tests.utils import make_user
from senco_app.tests.utils import past

test_ignore = ["Student", "Company", "User", "SEN Need Type"]
IGNORE_TEST_RECORD_DEPENDENCIES = test_ignore

SCHOOL = "_SENCO Census School"
METHOD = "senco_app.send.doctype.census_return.census_return"
UPNS = {
	name: make_upn(f"8012000{n:02d}{n:03d}") for n, name in enumerate(("kim", "eve", "nat", "lee", "mo"), 1)
}


def set_history(record: str, *periods):
	"""Replace a record's history with ``periods`` (from, to, provision, needs), as the register
	would have dated them (the effective-dated history of issue 11.1 is built elsewhere)."""
	frappe.db.delete("SEND Record History", {"parent": record, "parenttype": "SEND Record"})
	for idx, (start, end, provision, needs) in enumerate(periods, start=1):
		code = {"SEN Support": "K", "EHC Plan": "E", "Monitoring": "N"}[provision]
		frappe.get_doc(
			{
				"doctype": "SEND Record History",
				"parent": record,
				"parenttype": "SEND Record",
				"parentfield": "history",
				"idx": idx,
				"from_date": start,
				"to_date": end,
				"sen_provision": provision,
				"census_code": code,
				"needs": needs,
			}
		).db_insert()


def rest(method: str, *path: str, data: dict | None = None) -> dict:
	frappe.local.response = frappe._dict()
	return json.loads(call_rest(method, *path, data=data).get_data())


class TestCensusReturn(SencoTestCase):
	own_schools = {SCHOOL: {"send_la_code": "801", "send_establishment_number": "2000"}}

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.senco = make_user("census.senco@senco.test", ("SENCO",), (SCHOOL,))
		cls.viewer = make_user("census.viewer@senco.test", ("SEND Viewer",), (SCHOOL,))
		cls.governor = make_user("census.governor@senco.test", ("SEND Governor",), (SCHOOL,))
		cls.other_senco = make_user("census.other@senco.test", ("SENCO",), (OTHER_SCHOOL,))
		frappe.db.commit()

	def setUp(self):
		super().setUp()
		self.day = past(10)  # the census day of the returns made here
		frappe.db.sql(
			"update tabStudent set upn = null, former_upn = null where upn in %(u)s",
			{"u": tuple(UPNS.values())},
		)
		self.build_school()

	def build_school(self):
		pupil = lambda first, **values: make_student(SCHOOL, first, "Census", **values).name  # noqa: E731
		self.kim = pupil("Kim", upn=UPNS["kim"])  # K throughout
		self.eve = pupil("Eve", upn=UPNS["eve"])  # K, then E from after the census day
		self.nat = pupil("Nat")  # K, then E from before the census day; no UPN
		self.lee = pupil("Lee", upn=UPNS["lee"], date_of_leaving=past(12), enabled=0)  # left before the day
		self.mo = pupil("Mo", upn=UPNS["mo"])  # not on the register: N
		self.joy = pupil("Joy", joining_date=past(5))  # joins after the day
		self.tam = pupil("Tam", upn=make_upn("80120000501A"))  # temporary UPN, Monitoring

		self.r_kim = make_send_record(self.kim, SCHOOL, needs=("SLCN", "ASD"), start_date=past(60)).name
		self.r_eve = make_send_record(self.eve, SCHOOL, needs=("MLD",), start_date=past(60)).name
		set_history(
			self.r_eve,
			(past(60), past(6), "SEN Support", "MLD"),
			(past(5), None, "EHC Plan", "ASD, MLD"),
		)
		self.r_nat = make_send_record(self.nat, SCHOOL, needs=("SEMH",), start_date=past(60)).name
		set_history(
			self.r_nat,
			(past(60), past(16), "SEN Support", "SEMH"),
			(past(15), None, "EHC Plan", "SEMH, SLCN"),
		)
		self.r_lee = make_send_record(self.lee, SCHOOL, needs=("SPLD",), start_date=past(60)).name
		self.r_tam = make_send_record(
			self.tam, SCHOOL, provision="Monitoring", needs=(), start_date=past(60)
		).name
		frappe.db.set_value("SEND Record", self.r_kim, "sen_unit_indicator", 1)

	def new_return(self, submit=False, **values):
		year = getdate(self.day).year
		doc = frappe.get_doc(
			{
				"doctype": "Census Return",
				"school": SCHOOL,
				"census_term": "Spring",
				"census_year": year,
				"override_date": self.day,
				**values,
			}
		)
		doc.insert()
		if submit:
			doc.submit()
		return doc

	def rows(self, doc):
		return {r.student: r for r in doc.pupils}

	# counting

	def test_the_return_counts_the_roll_on_the_census_day_as_it_was_then(self):
		doc = self.new_return()
		self.assertEqual(str(doc.census_date), self.day)
		rows = self.rows(doc)
		self.assertEqual(set(rows), {self.kim, self.eve, self.nat, self.mo, self.tam})  # not Lee, not Joy
		self.assertEqual((rows[self.kim].sen_provision, rows[self.kim].needs), ("K", "SLCN, ASD"))
		self.assertEqual((rows[self.kim].primary_need, rows[self.kim].secondary_need), ("SLCN", "ASD"))
		self.assertEqual(rows[self.kim].sen_unit_indicator, 1)
		self.assertEqual(rows[self.kim].upn, UPNS["kim"])
		self.assertEqual((rows[self.eve].sen_provision, rows[self.eve].needs), ("K", "MLD"))  # E only later
		self.assertEqual((rows[self.nat].sen_provision, rows[self.nat].needs), ("E", "SEMH, SLCN"))
		self.assertEqual((rows[self.mo].sen_provision, rows[self.mo].needs), ("N", ""))
		self.assertEqual((rows[self.tam].sen_provision, rows[self.tam].needs), ("N", ""))
		self.assertEqual(
			(doc.pupils_on_roll, doc.ehc_plan_count, doc.sen_support_count, doc.no_sen_count), (5, 1, 2, 2)
		)
		# a return for a day after the change counts Eve on her plan
		later = self.new_return(override_date=past(1), census_year=getdate(past(1)).year)
		self.assertEqual(self.rows(later)[self.eve].sen_provision, "E")
		self.assertEqual(self.rows(later)[self.eve].needs, "ASD, MLD")

	def test_the_census_day_is_worked_out_without_an_override(self):
		doc = self.new_return(override_date=None, census_term="Autumn", census_year=2026)
		self.assertEqual(str(doc.census_date), "2026-10-01")

	# readiness

	def issues(self, doc):
		found = {}
		for issue in doc.issues:
			self.assertTrue(issue.message and issue.fix, issue.as_dict())
			found.setdefault(issue.student, set()).add(issue.issue)
		return found

	def test_each_readiness_error_names_the_pupil(self):
		frappe.db.set_value("Student", self.mo, "upn", "A801200005001")  # invalid, as imported
		frappe.db.set_value("Student", self.eve, "upn", UPNS["kim"])  # a duplicate, as imported
		set_history(self.r_kim, (past(60), None, "SEN Support", ""))  # K with no primary need
		frappe.db.set_value("SEND Record Need", {"parent": self.r_kim, "rank": 2}, "rank", 3)  # gap
		set_history(self.r_nat, (past(60), None, "EHC Plan", "NSA"))  # NSA with E
		doc = self.new_return()
		self.assertEqual(
			self.issues(doc),
			{
				self.kim: {"No primary need", "Rank gaps", "Duplicate UPN"},
				self.eve: {"Duplicate UPN"},
				self.nat: {"NSA with EHC plan", "Missing UPN"},
				self.mo: {"Invalid UPN"},
				self.tam: {"Temporary UPN"},
				self.lee: {"Not on roll"},  # left, record still open
			},
		)
		self.assertEqual(doc.warning_count, 1)
		self.assertEqual(doc.error_count, 8)

	def test_a_upn_held_at_another_school_is_a_duplicate(self):
		frappe.db.set_value(
			"Student", make_student(OTHER_SCHOOL, "Far", "Away").name, "former_upn", UPNS["kim"]
		)
		doc = self.new_return()
		self.assertIn("Duplicate UPN", self.issues(doc)[self.kim])
		self.assertNotIn(OTHER_SCHOOL, frappe.as_json(doc.issues))

	# the snapshot

	def test_the_snapshot_does_not_change_after_later_edits(self):
		doc = self.new_return(submit=True)
		before = [r.as_dict(no_default_fields=True) for r in doc.pupils]
		record = frappe.get_doc("SEND Record", self.r_kim)
		record.sen_provision = "Monitoring"
		record.set("needs", [])
		record.save()
		set_history(self.r_kim, (past(60), None, "Monitoring", ""))
		frappe.db.set_value("Student", self.kim, "upn", None)
		frappe.db.set_value("Student", self.mo, "date_of_leaving", past(30))
		doc = frappe.get_doc("Census Return", doc.name)
		self.assertEqual([r.as_dict(no_default_fields=True) for r in doc.pupils], before)
		self.assertEqual(self.rows(doc)[self.kim].sen_provision, "K")
		doc.save()  # an update after submit leaves the pupils as they were (and cannot change them)
		self.assertEqual([r.as_dict(no_default_fields=True) for r in doc.reload().pupils], before)

	def test_rows_a_client_sends_are_replaced_by_the_servers(self):
		doc = self.new_return(pupils=[{"student": self.lee, "sen_provision": "E", "needs": "ASD"}])
		self.assertNotIn(self.lee, self.rows(doc))

	def test_a_second_return_for_the_day_is_an_amendment_with_a_reason(self):
		first = self.new_return(submit=True)
		with self.assertFieldError(RuleBrokenError, "amendment_reason"):
			self.new_return()
		self.assertEqual(frappe.db.count("Census Return", {"school": SCHOOL}), 1)
		second = self.new_return(submit=True, amendment_reason="Nat's plan was issued before the day")
		self.assertEqual(second.amends_return, first.name)
		third = self.new_return(amendment_reason="Corrected UPN")
		self.assertEqual(third.amends_return, second.name)

	def test_a_return_is_not_submitted_before_the_census_day(self):
		doc = self.new_return(override_date=add_days(today(), 3))
		self.assertTrue(doc.pupils)  # the readiness checks run before the day
		with self.assertFieldError(RuleBrokenError, "census_date"):
			doc.submit()

	# outputs

	def download(self, method, name, user=None):
		frappe.set_user(user or self.senco)
		try:
			call_route(f"{METHOD}.{method}", name=name)
			return frappe.response.filecontent
		finally:
			frappe.set_user("Administrator")
			frappe.local.response = frappe._dict()

	def test_csv_and_xml_are_the_snapshot(self):
		doc = self.new_return(submit=True)
		lines = self.download("download_csv", doc.name).splitlines()
		self.assertEqual(lines[0].split(",")[:4], ["UPN", "Student", "Name", "SENprovision"])
		self.assertEqual(len(lines), 1 + 5)
		self.assertIn(f"{UPNS['kim']},{self.kim},Kim Census,K,SLCN,ASD,SLCN;ASD,1,0", lines)
		frappe.db.set_value("Student", self.kim, "upn", None)  # later edits do not reach the files
		xml = ElementTree.fromstring(self.download("download_xml", doc.name).encode())
		self.assertEqual(xml.findtext("Header/LEA"), "801")
		pupils = {p.findtext("UPN"): p for p in xml.iter("Pupil")}
		kim = pupils[UPNS["kim"]]
		self.assertEqual(kim.findtext("SENprovision"), "K")
		self.assertEqual(
			[(n.findtext("SENtypeRank"), n.findtext("SENtype")) for n in kim.iter("SENneed")],
			[("1", "SLCN"), ("2", "ASD")],
		)
		self.assertEqual(kim.findtext("SENunitIndicator"), "true")
		self.assertEqual(pupils[UPNS["mo"]].find("SENneeds"), None)

	# who may

	def test_the_school_senco_makes_the_return_and_the_viewer_reads_it(self):
		frappe.set_user(self.senco)
		doc = self.new_return(submit=True)
		frappe.set_user(self.viewer)
		self.assertEqual(rest("GET", "Census Return", doc.name)["data"]["name"], doc.name)
		with self.assertRaises(frappe.PermissionError):
			self.new_return(amendment_reason="viewer")
		frappe.set_user("Administrator")
		with self.assertRaises(frappe.PermissionError):
			self.download("download_csv", doc.name, self.viewer)  # read, not export

	def test_another_school_cannot_read_make_or_download_the_return(self):
		doc = self.new_return(submit=True)
		for user in (self.other_senco, self.governor):
			frappe.set_user(user)
			with self.assertRaises(frappe.PermissionError):
				rest("GET", "Census Return", doc.name)
			try:
				listed = rest("GET", "Census Return")["data"]
			except frappe.PermissionError:  # the governor may not list returns at all
				listed = []
			self.assertNotIn(doc.name, [r["name"] for r in listed])
			with self.assertRaises(frappe.PermissionError):
				call_rest(
					"POST",
					"Census Return",
					data={
						"school": SCHOOL,
						"census_term": "Spring",
						"census_year": getdate(self.day).year,
						"override_date": self.day,
						"amendment_reason": "not mine",
					},
				)
			frappe.set_user("Administrator")
			for method in ("download_csv", "download_xml"):
				with self.assertRaises(frappe.PermissionError):
					self.download(method, doc.name, user)
		self.assertEqual(frappe.db.count("Census Return", {"school": SCHOOL}), 1)
