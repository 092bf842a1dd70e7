"""The SEND Governor sees aggregate reports only, with small numbers suppressed, and no pupil on any
route; the SEND Viewer (heads, trust officers) reads named records but exports nothing and reads no
contact log. Routes are called the way HTTP calls them (``call_route``)."""

import json

import frappe
from frappe.utils import today

from senco_app.tests.utils import SCHOOL_B
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import call_route
from senco_app.tests.utils import enroll
from senco_app.tests.utils import loan
from senco_app.tests.utils import make_access_arrangement
from senco_app.tests.utils import make_census_return
from senco_app.tests.utils import make_contact
from senco_app.tests.utils import make_early_years_check
from senco_app.tests.utils import make_ehc_plan
from senco_app.tests.utils import make_entry
from senco_app.tests.utils import make_funding_application
from senco_app.tests.utils import make_iep
from senco_app.tests.utils import make_provision
from senco_app.tests.utils import make_reasonable_adjustment
from senco_app.tests.utils import make_referral
from senco_app.tests.utils import make_resource
from senco_app.tests.utils import make_review
from senco_app.tests.utils import make_school
from senco_app.tests.utils import make_send_record
from senco_app.tests.utils import make_student
from senco_app.tests.utils import make_support_allocation
from senco_app.tests.utils import make_transfer
from senco_app.tests.utils import make_user
from senco_app.tests.utils import past
from senco_app.tests.utils import pupil_forms
from senco_app.tests.utils import user_of

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE

AGGREGATE_REPORTS = {
	"SEND Summary",
	"SEN Support Compliance",
	"Provision Impact",
	"SEND Attainment and Attendance",
	"SEND Register Trends",
	# school-level, no pupil: the governing body must have the plan (Equality Act 2010, Schedule 10)
	"Accessibility Plan Progress",
}


def pupil_doctypes() -> tuple[str, ...]:
	"""Every doctype that holds a pupil or a pupil's record."""
	return ("Student", "Program Enrollment", "Guardian", *pupil_forms())


SMALL = "<5"
# a school of their own, so that the counts are exactly what each test builds
SCHOOL_A = "_SENCO Governed School"


def report(name, **filters):
	"""Run a report the way the desk does (frappe.desk.query_report.run over HTTP)."""
	return call_route("frappe.desk.query_report.run", report_name=name, filters=json.dumps(filters))


def values(result):
	"""Every value the report sends, as one text (to look for names and links in)."""
	return json.dumps([result["result"], result.get("report_summary"), result.get("chart")], default=str)


class TestGovernor(SencoTestCase):
	own_schools = {SCHOOL_A: {"send_phase": "Primary", "send_notional_sen_budget": 50000}}
	users = {"governor": (SCHOOL_A, "SEND Governor"), "viewer": (SCHOOL_A, "SEND Viewer")}

	def on_sen_support(self, n, school=SCHOOL_A, year="Year 5"):
		"""``n`` pupils on SEN Support (SLCN), enrolled in ``year`` this school year."""
		pupils = self.roll(n, school)
		for pupil in pupils:
			enroll(pupil.name, year)
			make_send_record(pupil.name, school, start_date=past(60))
		return pupils

	def roll(self, n, school=SCHOOL_A):
		"""``n`` pupils on roll, each with a surname of their own to look for in what a report sends."""
		return [make_student(school, "Gov", f"Pupil{frappe.generate_hash(length=8)}") for _i in range(n)]

	def assertNoPupil(self, result, pupils):
		text = values(result)
		for pupil in pupils:
			self.assertNotIn(pupil.name, text)
			self.assertNotIn(pupil.last_name, text)
		fieldnames = {c["fieldname"] for c in result["columns"]}
		self.assertFalse(fieldnames & {"student", "student_name", "send_record", "key_person"})
		links = {c.get("options") for c in result["columns"] if c.get("fieldtype") == "Link"}
		self.assertTrue(links <= {"Company", "Program"}, links)

	# aggregate reports, with small numbers suppressed

	def test_send_summary_shows_three_as_under_five_and_six_as_six(self):
		pupils = self.on_sen_support(3) + self.roll(9)
		frappe.set_user(self.governor)
		result = report("SEND Summary")
		(row,) = result["result"]
		self.assertEqual(row["school"], SCHOOL_A)
		self.assertEqual((row["on_roll"], row["sen_support"], row["need_slcn"]), (12, SMALL, SMALL))
		self.assertEqual(row["sen_support_percent"], "c")  # 25.0 % of 12 would give the 3 back
		self.assertEqual((row["ehc_plan"], row["ehc_plan_percent"]), (0, 0.0))
		self.assertEqual(result["report_summary"][1]["value"], SMALL)
		self.assertIsNone(result["chart"])  # its only bar would be under 5
		self.assertTrue(result["message"])
		self.assertNoPupil(result, pupils)

		frappe.set_user("Administrator")
		pupils += self.on_sen_support(3)
		frappe.set_user(self.governor)
		result = report("SEND Summary")
		(row,) = result["result"]
		self.assertEqual((row["on_roll"], row["sen_support"], row["need_slcn"]), (15, 6, 6))
		self.assertEqual(row["sen_support_percent"], 40.0)
		self.assertEqual(result["chart"]["data"]["datasets"][0]["values"], [6])
		self.assertNoPupil(result, pupils)

	def test_sen_support_compliance_counts_only(self):
		pupils = self.on_sen_support(3)
		frappe.set_user(self.governor)
		result = report("SEN Support Compliance")
		(row,) = result["result"]
		self.assertEqual(
			(row["school"], row["year_group"], row["on_register"], row["without_plan"]),
			(SCHOOL_A, "Year 5", SMALL, SMALL),
		)
		self.assertEqual(row["plan_overdue"], 0)
		self.assertEqual([s["value"] for s in result["report_summary"]][:2], [SMALL, SMALL])
		self.assertIsNone(result["chart"])
		self.assertNoPupil(result, pupils)

		frappe.set_user("Administrator")
		pupils += self.on_sen_support(3)
		make_iep(pupils[0].name, SCHOOL_A)
		frappe.set_user(self.governor)
		(row,) = report("SEN Support Compliance")["result"]
		self.assertEqual((row["on_register"], row["without_plan"]), (6, 5))
		# a named reader sees the exact counts
		frappe.set_user(self.viewer)
		(row,) = report("SEN Support Compliance")["result"]
		self.assertEqual((row["on_register"], row["without_plan"]), (6, 5))

	def test_provision_impact_withholds_figures_of_fewer_than_five_pupils(self):
		def scored(pupils):
			return [
				{"student": p.name, "entry_score": 80, "exit_score": 80 + 2 * i, "outcome": "Achieved"}
				for i, p in enumerate(pupils, start=1)
			]

		dates = {"start_date": past(90), "end_date": past(7)}
		few, many = self.roll(3), self.roll(6)
		make_entry(SCHOOL_A, scored(few), provision=make_provision("_Gov Small Group"), **dates)
		make_entry(SCHOOL_A, scored(many), provision=make_provision("_Gov Large Group"), **dates)
		frappe.set_user(self.governor)
		result = report("Provision Impact", from_date=past(365), to_date=today())
		rows = {r["provision"]: r for r in result["result"]}
		small = rows["_Gov Small Group"]
		self.assertEqual((small["pupils"], small["measured"], small["average_progress"]), (SMALL, SMALL, "c"))
		self.assertEqual((small["achieved_percent"], small["cost_per_unit_progress"]), ("c", "c"))
		self.assertGreater(small["total_cost"], 0)  # costs are shown
		large = rows["_Gov Large Group"]
		self.assertEqual((large["measured"], large["average_progress"]), (6, 7.0))
		self.assertEqual(result["report_summary"][1]["value"], 9)  # placements: 3 + 6
		self.assertEqual(large["pupils"], "c")  # beside the 9 placements, 6 would give the 3 back
		self.assertEqual(result["chart"]["data"]["labels"], ["_Gov Large Group"])
		self.assertNoPupil(result, few + many)

	def test_a_governor_sees_only_their_schools_and_with_no_school_nothing(self):
		self.on_sen_support(6, school=SCHOOL_B)
		frappe.set_user(self.governor)
		self.assertNotIn(SCHOOL_B, {r["school"] for r in report("SEND Summary")["result"]})
		self.assertEqual(report("SEND Summary", school=SCHOOL_B)["result"], [])
		frappe.set_user(make_user("governor.none@senco.test", ("SEND Governor",)))
		self.assertEqual(report("SEND Summary")["result"], [])
		self.assertEqual(report("SEN Support Compliance")["result"], [])

	# no pupil on any route

	def test_a_governor_is_refused_every_record_route_of_every_pupil_doctype(self):
		pupil = self.on_sen_support(1)[0].name
		record = frappe.db.get_value("SEND Record", {"student": pupil})
		names = {
			"Student": pupil,
			"Program Enrollment": frappe.db.get_value("Program Enrollment", {"student": pupil}),
			"Guardian": frappe.get_doc({"doctype": "Guardian", "guardian_name": "Gov Test"}).insert().name,
			"SEND Record": record,
			"Individual Education Plan": make_iep(pupil, SCHOOL_A).name,
			"SEND Review": make_review(pupil, SCHOOL_A).name,
			"EHC Plan": make_ehc_plan(pupil, SCHOOL_A).name,
			"Agency Referral": make_referral(pupil, SCHOOL_A).name,
			"SEND Contact Log": make_contact(pupil, SCHOOL_A).name,
			"Provision Map Entry": make_entry(SCHOOL_A, [pupil]).name,
			"Pupil Transfer": make_transfer(pupil, SCHOOL_A).name,
			"Census Return": make_census_return(SCHOOL_A).name,
			"Access Arrangement": make_access_arrangement(pupil, SCHOOL_A).name,
			"Funding Application": make_funding_application(pupil, SCHOOL_A).name,
			"SEND Resource": make_resource(SCHOOL_A, loans=(loan(pupil),)).name,
			"Support Allocation": make_support_allocation(
				SCHOOL_A, "Administrator", 150, "One-to-one", student=pupil
			).name,
			"Early Years Check": make_early_years_check(
				pupil, SCHOOL_A, check_type="Other early years assessment"
			).name,
			"Reasonable Adjustment": make_reasonable_adjustment(pupil, SCHOOL_A).name,
		}
		self.assertEqual(set(names), set(pupil_doctypes()))
		frappe.set_user(self.governor)
		for doctype, name in names.items():
			routes = {
				"frappe.client.get": {"doctype": doctype, "name": name},
				"frappe.client.get_list": {"doctype": doctype, "fields": '["name"]'},
				"frappe.client.get_value": {"doctype": doctype, "fieldname": "name", "filters": name},
				"frappe.desk.form.load.getdoc": {"doctype": doctype, "name": name},
				"frappe.desk.reportview.get": {"doctype": doctype, "fields": '["name"]'},
				"frappe.desk.reportview.get_list": {"doctype": doctype, "fields": '["name"]'},
				"frappe.desk.search.search_link": {"doctype": doctype, "txt": ""},
			}
			for cmd, form in routes.items():
				with self.subTest(doctype=doctype, route=cmd), self.assertRaises(frappe.PermissionError):
					call_route(cmd, **form)
			with self.subTest(doctype=doctype, route="REST"):
				from frappe.api import v1

				with self.assertRaises(frappe.PermissionError):
					v1.read_doc(doctype, name)
				with self.assertRaises(frappe.PermissionError):
					v1.document_list(doctype)
		for doctype in pupil_doctypes():
			self.assertFalse(frappe.has_permission(doctype, "read", user=self.governor), doctype)
			self.assertFalse(frappe.has_permission(doctype, "select", user=self.governor), doctype)
		# nor does a count of the register reach them, by a number card or the client
		card = frappe.get_doc("Number Card", "SEND Pupils on SEN Support").as_dict()
		counts = (
			("frappe.desk.doctype.number_card.number_card.get_result", "SEND Record"),
			("frappe.client.get_count", "SEND Record"),
			("frappe.client.get_count", "Student"),
		)
		for cmd, doctype in counts:
			if cmd.endswith("get_result"):
				form = {"doc": json.dumps(card, default=str), "filters": card.filters_json}
			else:
				form = {"doctype": doctype}
			with self.subTest(route=cmd, doctype=doctype), self.assertRaises(frappe.PermissionError):
				call_route(cmd, **form)

	def test_a_governor_is_refused_every_named_report(self):
		named = set(frappe.get_all("Report", filters={"module": "SEND"}, pluck="name")) - AGGREGATE_REPORTS
		self.assertIn("SEND Register", named)
		self.assertIn("Contact Log Summary", named)
		frappe.set_user(self.governor)
		for name in sorted(named):
			with self.subTest(report=name):
				with self.assertRaises(frappe.PermissionError):
					report(name)
				with self.assertRaises(frappe.PermissionError):
					call_route("frappe.desk.query_report.get_script", report_name=name)
		for name in sorted(AGGREGATE_REPORTS):
			self.assertIn("result", report(name))
			self.assertIn(name, call_route("frappe.desk.query_report.get_script", report_name=name)["script"])

	def test_the_workspace_shows_a_governor_the_aggregate_reports_only(self):
		from frappe.desk.desktop import get_desktop_page

		# Frappe keeps a user's allowed reports for six hours (has_role:Report), and on a shared test
		# site another checkout's run may have filled it for this user before these reports existed
		frappe.clear_cache(user=self.governor)
		frappe.set_user(self.governor)
		page = get_desktop_page(json.dumps({"name": "SEND", "title": "SEND", "public": 1}))
		links = [link for card in page["cards"]["items"] for link in card["links"]]
		self.assertEqual({l["link_to"] for l in links if l["link_type"] == "Report"}, AGGREGATE_REPORTS)
		self.assertFalse({l["link_to"] for l in links} & set(pupil_doctypes()))
		self.assertEqual([s["link_to"] for s in page["shortcuts"]["items"]], ["SEND Summary"])
		self.assertEqual(page["number_cards"]["items"], [])

	# SEND Viewer: named and read-only, no export, no contact log

	def test_a_viewer_reads_and_prints_but_cannot_export(self):
		pupil = self.on_sen_support(1)[0].name
		record = frappe.db.get_value("SEND Record", {"student": pupil})
		frappe.set_user(self.viewer)
		self.assertEqual(call_route("frappe.client.get", doctype="SEND Record", name=record)["name"], record)
		self.assertTrue(report("SEND Register")["result"])
		for doctype in ("SEND Record", "Individual Education Plan", "EHC Plan", "Provision Map Entry"):
			with self.subTest(doctype=doctype), self.assertRaises(frappe.PermissionError):
				call_route(
					"frappe.desk.reportview.export_query",
					doctype=doctype,
					file_format_type="CSV",
					fields=json.dumps([f"`tab{doctype}`.`name`"]),
					filters=json.dumps([]),
				)
		for name in ("SEND Register", "SEND Summary"):
			with self.subTest(report=name), self.assertRaises(frappe.PermissionError):
				call_route(
					"frappe.desk.query_report.export_query",
					report_name=name,
					file_format_type="CSV",
					filters=json.dumps({}),
					visible_idx="[]",
				)
		for doctype in ("SEND Record", "SEND Review", "EHC Plan", "Agency Referral", "Provision Map Entry"):
			self.assertFalse(frappe.has_permission(doctype, "export", user=self.viewer), doctype)
			self.assertTrue(frappe.has_permission(doctype, "print", user=self.viewer), doctype)
			self.assertFalse(frappe.has_permission(doctype, "write", user=self.viewer), doctype)

	def test_a_viewer_reads_no_contact_log(self):
		pupil = self.on_sen_support(1)[0].name
		record = frappe.db.get_value("SEND Record", {"student": pupil})
		contact = make_contact(pupil, SCHOOL_A).name
		frappe.set_user(self.viewer)
		with self.assertRaises(frappe.PermissionError):
			call_route("frappe.client.get", doctype="SEND Contact Log", name=contact)
		with self.assertRaises(frappe.PermissionError):
			call_route("frappe.client.get_list", doctype="SEND Contact Log", fields='["name"]')
		with self.assertRaises(frappe.PermissionError):
			report("Contact Log Summary")
		# the register record's timeline leaves contacts out rather than failing
		from senco_app.send.doctype.send_record.send_record_timeline import send_record_timeline

		self.assertNotIn(contact, " ".join(i["content"] for i in send_record_timeline("SEND Record", record)))
