"""The per-column re-check of a SEND report's rows (security/report_rows.py) keeps exactly the rows
Frappe's own ``get_filtered_data`` keeps: the same rows fed to both, as a one-school, a trust and an
unrestricted reader, give identical output."""

from unittest.mock import patch

import frappe
from frappe.desk.query_report import run as frappe_run

from senco_app.security import report_rows
from senco_app.security.guarded_methods import run_report
from senco_app.tests.utils import OTHER_SCHOOL
from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import SCHOOL_B
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import TRUST
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import make_referral
from senco_app.tests.utils import make_user
from senco_app.tests.utils import pupil_on_register
from senco_app.tests.utils import skip_unless
from senco_app.tests.utils import user_of

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE

TRUST_USER = "senco.rows.trust@example.invalid"
OFFICE_USER = "senco.rows.office@example.invalid"


def link(fieldname: str, options: str) -> dict:
	return {"fieldname": fieldname, "label": fieldname, "fieldtype": "Link", "options": options}


REGISTER_COLUMNS = [
	link("send_record", "SEND Record"),
	link("student", "Student"),
	{"fieldname": "student_name", "label": "Name", "fieldtype": "Data"},
	link("school", "Company"),
	link("key_person", "User"),
	link("agency", "SEND Agency"),  # empty in every row: Frappe leaves it out
	{"fieldname": "count", "label": "Count", "fieldtype": "Int"},
]
SCHOOL_COLUMNS = [link("school", "Company"), {"fieldname": "pupils", "label": "Pupils", "fieldtype": "Int"}]


# a test of the per-column re-check itself: run where it is in use
reproduced = skip_unless(
	report_rows.replicates_frappe, "Frappe's get_filtered_data is not the one reproduced: Frappe's own runs"
)


class TestReportRows(SencoTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.one_school = user_of(SCHOOL_A)
		make_user(TRUST_USER, ("SENCO",), (TRUST,))
		# a reader of every school with no User Permission at all
		make_user(OFFICE_USER, ("SENCO", "System Manager"))
		cls.pupils = {
			school: pupil_on_register(school, "Rows", school[-1])
			for school in (SCHOOL_A, SCHOOL_B, OTHER_SCHOOL)
		}
		for school, pupil in cls.pupils.items():
			make_referral(pupil.student, school)

	def setUp(self):
		super().setUp()
		# a record of School B shared with the one-school reader: Frappe keeps its row for them
		frappe.share.add("SEND Record", self.pupils[SCHOOL_B].record, self.one_school, read=1)

	def register_rows(self) -> list[dict]:
		rows = []
		for school, pupil in self.pupils.items():
			rows.append(
				{
					"send_record": pupil.record,
					"student": pupil.student,
					"student_name": "Rows",
					"school": school,
					"key_person": "Administrator",
					"count": 1,
				}
			)
		a, b = self.pupils[SCHOOL_A], self.pupils[SCHOOL_B]
		rows += [
			# empty cells, and a school no Company has (Frappe lets a value that names nothing pass)
			{"send_record": a.record, "student": None, "school": "", "count": 2},
			{"send_record": None, "student": a.student, "school": "_SENCO No Such School", "count": 3},
			# a row of School A naming a pupil of School B, and the other way round
			{"send_record": a.record, "student": b.student, "school": SCHOOL_A},
			{"send_record": b.record, "student": a.student, "school": SCHOOL_A},
			{"send_record": "_SENCO no such record", "student": b.student, "school": SCHOOL_B},
			{},  # an empty row (Frappe keeps it)
			{"student_name": "Total", "count": 6},  # a row with no link at all
			{"school": OTHER_SCHOOL, "count": 4},
		]
		return rows

	def school_rows(self) -> list[dict]:
		return [
			{"school": s, "pupils": n} for n, s in enumerate((TRUST, SCHOOL_A, SCHOOL_B, OTHER_SCHOOL, None))
		]

	def both(self, user: str, ref_doctype: str, columns: list, rows: list) -> tuple[list, list]:
		frappe.set_user(user)
		try:
			frappe_rows = report_rows.frappe_filtered_data(
				ref_doctype, columns, [dict(r) for r in rows], user
			)
			ours = report_rows.filtered_data(ref_doctype, columns, [dict(r) for r in rows], user)
		finally:
			frappe.set_user("Administrator")
		return frappe_rows, ours

	@reproduced
	def test_the_same_rows_as_frappe_for_every_reader(self):
		readers = {
			"one school": self.one_school,
			"trust": TRUST_USER,
			"unrestricted": OFFICE_USER,
			"administrator": "Administrator",
		}
		cases = (
			("SEND Record", REGISTER_COLUMNS, self.register_rows()),
			("Student", REGISTER_COLUMNS, self.register_rows()),
			("Company", SCHOOL_COLUMNS, self.school_rows()),
			("SEND Record", REGISTER_COLUMNS, []),
		)
		kept = {}
		for who, user in readers.items():
			for ref_doctype, columns, rows in cases:
				with self.subTest(reader=who, ref_doctype=ref_doctype, rows=len(rows)):
					frappe_rows, ours = self.both(user, ref_doctype, columns, rows)
					self.assertEqual(ours, frappe_rows)
					kept[(who, ref_doctype, len(rows))] = len(frappe_rows)
		# the comparison is not empty: Frappe drops rows for the limited readers, none for the others
		n = len(self.register_rows())
		self.assertLess(kept[("one school", "SEND Record", n)], kept[("trust", "SEND Record", n)])
		self.assertLess(kept[("trust", "SEND Record", n)], n)
		self.assertEqual(kept[("unrestricted", "SEND Record", n)], n)

	@reproduced
	def test_what_frappe_drops_and_keeps_for_a_one_school_reader(self):
		_frappe_rows, ours = self.both(self.one_school, "SEND Record", REGISTER_COLUMNS, self.register_rows())
		records = {r.get("send_record") for r in ours}
		self.assertIn(self.pupils[SCHOOL_A].record, records)
		self.assertIn(self.pupils[SCHOOL_B].record, records)  # shared with them
		self.assertNotIn(self.pupils[OTHER_SCHOOL].record, records)
		self.assertNotIn({"school": OTHER_SCHOOL, "count": 4}, ours)
		self.assertIn({}, ours)
		self.assertIn({"student_name": "Total", "count": 6}, ours)

	@reproduced
	def test_the_rows_of_real_reports_as_frappe(self):
		"""Each report's own columns and rows (run for every school) re-checked both ways."""
		for name in ("SEND Register", "Agency Referrals", "SEND Summary", "Contact Log Summary"):
			result = frappe_run(name, filters={}, ignore_prepared_report=True)
			ref_doctype = frappe.db.get_value("Report", name, "ref_doctype")
			self.assertTrue(result["result"], name)
			for user in (self.one_school, TRUST_USER, OFFICE_USER):
				with self.subTest(report=name, user=user):
					frappe_rows, ours = self.both(user, ref_doctype, result["columns"], result["result"])
					self.assertEqual(ours, frappe_rows)

	@reproduced
	def test_used_for_the_apps_reports_through_the_desk_route_only(self):
		frappe.set_user(self.one_school)
		with patch.object(report_rows, "filtered_data", wraps=report_rows.filtered_data) as ours:
			result = run_report("SEND Register", filters={}, ignore_prepared_report=True)
			self.assertEqual(ours.call_count, 1)
			students = {r.get("student") for r in result["result"]}
			self.assertIn(self.pupils[SCHOOL_A].student, students)
			self.assertNotIn(self.pupils[OTHER_SCHOOL].student, students)
			# Frappe's run called directly, and a report of another module, use Frappe's own
			frappe_run("SEND Register", filters={}, ignore_prepared_report=True)
			self.assertEqual(ours.call_count, 1)
			self.assertFalse(frappe.flags.senco_report_rows)

	def assertFrappesOwnRuns(self, flag: str, digest: str, ours: str):
		"""With Frappe's code taken for another (``digest`` changed), the SEND Register runs Frappe's own
		function in place of ``ours`` and still gives the one-school reader their school's rows alone."""
		frappe.set_user(self.one_school)
		with (
			patch.object(report_rows, flag, None),
			patch.object(report_rows, digest, "another Frappe"),
			patch.object(report_rows, ours, wraps=getattr(report_rows, ours)) as used,
		):
			result = run_report("SEND Register", filters={}, ignore_prepared_report=True)
			self.assertEqual(used.call_count, 0)
		students = {r.get("student") for r in result["result"]}
		self.assertIn(self.pupils[SCHOOL_A].student, students)
		self.assertNotIn(self.pupils[OTHER_SCHOOL].student, students)

	def test_frappe_runs_its_own_when_its_code_is_not_the_one_reproduced(self):
		self.assertFrappesOwnRuns("_replicates", "FRAPPE_SOURCE", "filtered_data")

	def test_frappe_code_is_the_one_reproduced(self):
		"""A Frappe 15 update that changes get_filtered_data or has_match fails here (the app then
		runs Frappe's own, slower): read the new code against filtered_data, then record its digest
		in FRAPPE_SOURCE. Another major version of Frappe is not checked."""
		if not frappe.__version__.startswith("15."):
			self.skipTest(f"written against Frappe 15's code; this is Frappe {frappe.__version__}")
		self.assertEqual(report_rows.frappe_source_digest(), report_rows.FRAPPE_SOURCE)
		self.assertEqual(report_rows.linked_source_digest(), report_rows.FRAPPE_LINKED_SOURCE)

	def test_the_linked_columns_are_frappes(self):
		"""The Link columns the re-check looks at are the ones Frappe's get_linked_doctypes finds,
		including its passing over a row with as many cells as columns seen so far."""
		if not report_rows.replicates_linked_doctypes():
			self.skipTest("Frappe's get_linked_doctypes is not the one reproduced: Frappe's own runs")
		from frappe.desk.query_report import get_linked_doctypes

		two_links = [link("school", "Company"), link("student", "Student")]
		cases = (
			(REGISTER_COLUMNS, self.register_rows()),
			(REGISTER_COLUMNS, []),
			(REGISTER_COLUMNS, [{}, {"count": 1}, {"agency": ""}, {"agency": 0, "key_person": None}]),
			# the second row has as many cells as columns seen (one): Frappe never reads its student
			(two_links, [{"school": "A", "student": None}, {"student": "S"}]),
			(two_links, [{"school": "A", "student": None}, {"student": "S", "x": 1}]),
			# the same doctype in two columns: the last one counts
			([link("school", "Company"), link("trust", "Company")], [{"school": "A"}, {"school": "B"}]),
			([link("school", "Company"), link("trust", "Company")], [{"school": "A", "trust": "T"}]),
			(SCHOOL_COLUMNS, self.school_rows()),
		)
		found = set()
		for columns, rows in cases:
			with self.subTest(columns=[c["fieldname"] for c in columns], rows=rows):
				expected = get_linked_doctypes(columns, [dict(r) for r in rows])
				self.assertEqual(report_rows.linked_doctypes_of(columns, [dict(r) for r in rows]), expected)
				found.add(tuple(sorted(expected.items())))
		self.assertIn((), found)  # some cases leave every column out, others keep some
		self.assertIn((("Company", "school"),), found)

	def test_frappes_linked_columns_when_its_code_is_not_the_one_reproduced(self):
		self.assertFrappesOwnRuns("_replicates_linked", "FRAPPE_LINKED_SOURCE", "linked_doctypes_of")
