"""The report layer (senco_app/send/report/script_report.py): declared filter defaults, and rows
limited to the report's schools."""

from datetime import date

import frappe
from frappe.utils import add_months
from frappe.utils import getdate
from frappe.utils import today

from senco_app.rules.statutory import school_year_start
from senco_app.send.report.script_report import readable_query
from senco_app.send.report.script_report import report_filters
from senco_app.send.report.script_report import report_schools
from senco_app.send.report.script_report import scoped_rows
from senco_app.send.report.script_report import totals_per
from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import SCHOOL_B
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import TRUST
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import make_student
from senco_app.tests.utils import user_of

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE

FILTERS = {
	"school": None,
	"from_date": "3 months before to_date",
	"to_date": "Today",
	"year_start": "School year start",
	"weeks": 6,
	"group_by": "Area of Need",
}


class TestReportFilters(SencoTestCase):
	def test_defaults_in_place_of_empty_filters(self):
		filters = report_filters({"weeks": "", "group_by": ""}, FILTERS)
		now = getdate(today())
		self.assertEqual((filters.to_date, filters.from_date), (now, getdate(add_months(now, -3))))
		self.assertEqual(filters.year_start, school_year_start(now))
		self.assertEqual((filters.weeks, filters.group_by, filters.school), (6, "Area of Need", None))

	def test_given_filters_are_read_as_dates_and_numbers(self):
		filters = report_filters(
			{"to_date": "2026-05-31", "year_start": "2025-09-01", "weeks": "0", "extra": "kept"}, FILTERS
		)
		self.assertEqual(filters.to_date, date(2026, 5, 31))
		self.assertEqual(filters.from_date, date(2026, 2, 28))  # three months before the given end
		self.assertEqual(filters.year_start, date(2025, 9, 1))
		self.assertEqual((filters.weeks, filters.extra), (0, "kept"))


class TestScopedRows(SencoTestCase):
	def test_rows_of_the_chosen_school_or_trust_within_the_readers_schools(self):
		a = make_student(SCHOOL_A, "Scope", "A").name
		b = make_student(SCHOOL_B, "Scope", "B").name

		def students(school):
			rows = scoped_rows(
				"Student", report_schools(school, "Student"), {"first_name": "Scope"}, ["name"]
			)
			return {r.name for r in rows} & {a, b}

		self.assertEqual(students(SCHOOL_A), {a})
		self.assertEqual(students(TRUST), {a, b})
		frappe.set_user(user_of(SCHOOL_A))
		self.assertEqual(students(TRUST), {a})
		self.assertEqual(students(SCHOOL_B), set())  # a school the reader does not hold: no rows

	def test_no_schools_means_no_rows(self):
		self.assertEqual(scoped_rows("Student", [], {}, ["name"]), [])
		self.assertIsNone(readable_query("Student", [], {}))

	def test_the_readable_query_gives_the_rows_scoped_rows_gives(self):
		"""readable_query is scoped_rows' own query unrun: in another query it keeps the same rows,
		for every reader, a LIKE condition's % included."""
		a = make_student(SCHOOL_A, "Readable", "A").name
		b = make_student(SCHOOL_B, "Readable", "B").name
		conditions = {"first_name": ["like", "Read%"]}
		for user in ("Administrator", user_of(SCHOOL_A), user_of(SCHOOL_B)):
			frappe.set_user(user)
			for school in (None, SCHOOL_A, TRUST):
				with self.subTest(user=user, school=school):
					schools = report_schools(school, "Student")
					scoped = {r.name for r in scoped_rows("Student", schools, conditions, ["name"])}
					query = readable_query("Student", schools, conditions)
					if query is None:  # a school the reader does not hold: no rows, no query
						self.assertEqual((schools, scoped), ([], set()))
						continue
					read = set(
						frappe.db.sql_list(
							f"select s.name from `tabStudent` s where s.name in ({query}) and %(yes)s",
							{"yes": 1},
						)
					)
					self.assertEqual(read, scoped)
					self.assertTrue(read & {a, b})
			frappe.set_user("Administrator")
		frappe.set_user(user_of(SCHOOL_A))
		query = readable_query("Student", report_schools(None, "Student"), conditions)
		self.assertEqual(
			set(frappe.db.sql_list(f"select name from `tabStudent` where name in ({query})", {})) & {a, b},
			{a},
		)


class TestCharts(SencoTestCase):
	def test_totals_per_bar_in_the_order_asked(self):
		rows = [
			{"school": "B", "n": 2, "late": True},
			{"school": "A", "n": 1, "late": False},
			{"school": "B", "n": 5, "late": False},
			{"school": "Z", "n": 9, "late": True},  # no bar of its own: counted nowhere
		]
		self.assertEqual(totals_per(rows, "school", ["A", "B", "C"], lambda r: r["n"]), [1, 7, 0])
		self.assertEqual(totals_per(rows, "school", ["B", "A"], lambda r: int(r["late"])), [1, 0])
		self.assertEqual(totals_per([], "school", ["A"], lambda r: r["n"]), [0])


class TestColumns(SencoTestCase):
	def test_every_date_column_of_every_report_fits_a_date(self):
		"""Issue 14: dates cut off in report columns. Every report run as Administrator on an empty
		filter set: each Date column is at least MIN_DATE_WIDTH wide."""
		from senco_app.send.report.script_report import MIN_DATE_WIDTH

		reports = frappe.get_all(
			"Report", filters={"module": "SEND", "report_type": "Script Report"}, pluck="name"
		)
		self.assertGreater(len(reports), 15)
		dates = 0
		for name in reports:
			report = frappe.get_doc("Report", name)
			try:
				columns = report.execute_script_report({})[0]
			except frappe.ValidationError:  # a report made per school (the census return)
				columns = report.execute_script_report({"school": SCHOOL_A})[0]
			for column in columns:
				if isinstance(column, dict) and column.get("fieldtype") == "Date":
					dates += 1
					self.assertGreaterEqual(column["width"], MIN_DATE_WIDTH, (name, column["fieldname"]))
		self.assertGreater(dates, 10)

	def test_every_report_shows_its_declared_columns_in_order_with_labels_translated(self):
		"""A report's columns are those its JSON declares (Frappe's Report Column rows, synced to the
		site by migrate), in their order, with columns made from data among them; the labels are
		shown translated and reach Frappe's translation extractor."""
		from frappe.translate import get_messages_from_report

		reports = frappe.get_all(
			"Report", filters={"module": "SEND", "report_type": "Script Report"}, pluck="name"
		)
		translation = frappe.get_doc(
			{"doctype": "Translation", "language": "fr", "source_text": "Pupil", "translated_text": "Élève"}
		).insert()
		frappe.local.lang = "fr"
		pupils = 0
		try:
			for name in reports:
				report = frappe.get_doc("Report", name)
				declared = [c.fieldname for c in report.columns]
				self.assertTrue(declared, name)
				try:
					columns = report.execute_script_report({})[0]
				except frappe.ValidationError:  # a report made per school (the census return)
					columns = report.execute_script_report({"school": SCHOOL_A})[0]
				shown = [c["fieldname"] for c in columns]
				self.assertEqual(
					[f for f in shown if f in declared], [f for f in declared if f in shown], name
				)
				pupil_fields = {d.fieldname for d in report.columns if d.label == "Pupil"}
				for c in columns:
					if c["fieldname"] in pupil_fields:
						self.assertEqual(c["label"], "Élève", name)
						pupils += 1
				labels = {m[1] for m in get_messages_from_report(name)}
				self.assertLessEqual({c.label for c in report.columns}, labels, name)
			self.assertGreater(pupils, 10)
		finally:
			frappe.local.lang = "en"
			translation.delete()
