"""The indexes the app's queries need (issue 13): the patch adds them to an existing site, once."""

import frappe

from senco_app.install import INDEXES
from senco_app.patches.v0_1 import add_query_indexes
from senco_app.patches.v0_3 import year_group_index
from senco_app.tests.utils import IntegrationTestCase


def index_rows(doctype: str) -> list[tuple]:
	return sorted(
		(row.Key_name, row.Seq_in_index, row.Column_name)
		for row in frappe.db.sql(f"show index from `tab{doctype}`", as_dict=True)
	)


def index_names(doctype: str) -> set[str]:
	return {key for key, _seq, _column in index_rows(doctype)}


def indexed_columns(doctype: str) -> set[tuple]:
	columns = {}
	for row in frappe.db.sql(f"show index from `tab{doctype}`", as_dict=True):
		columns.setdefault(row.Key_name, []).append(row.Column_name)
	return {tuple(c) for c in columns.values()}


# ALTER TABLE commits: these tests cannot run inside SencoTestCase's savepoint, and change no data.
class TestIndexes(IntegrationTestCase):
	def test_patch_adds_the_indexes_a_site_lacks_and_is_idempotent(self):
		name = frappe.db.get_index_name(["student"])
		# a site from before the patch: no index on Program Enrollment.student (ALTER commits, so the
		# index is put back below whatever happens)
		frappe.db.sql_ddl(f"alter table `tabProgram Enrollment` drop index if exists `{name}`")
		try:
			self.assertNotIn(name, index_names("Program Enrollment"))
			add_query_indexes.execute()
			once = index_rows("Program Enrollment")
			add_query_indexes.execute()
			self.assertEqual(index_rows("Program Enrollment"), once)  # no second index
			for doctype, indexes in INDEXES.items():
				for fields in indexes:
					self.assertIn(tuple(fields), indexed_columns(doctype))
		finally:
			add_query_indexes.execute()

	def test_year_group_patch_adds_the_ordered_enrollment_index_once(self):
		fields = ["student", "enrollment_date", "creation"]
		name = frappe.db.get_index_name(fields)
		# a site from before the patch (ALTER commits, so the index is put back whatever happens)
		frappe.db.sql_ddl(f"alter table `tabProgram Enrollment` drop index if exists `{name}`")
		try:
			self.assertNotIn(tuple(fields), indexed_columns("Program Enrollment"))
			year_group_index.execute()
			self.assertIn(tuple(fields), indexed_columns("Program Enrollment"))
			once = index_rows("Program Enrollment")
			year_group_index.execute()
			self.assertEqual(index_rows("Program Enrollment"), once)  # no second index
		finally:
			year_group_index.execute()

	def test_own_doctypes_index_what_the_queries_read_by(self):
		for doctype, column in (
			("SEND Review", "ehc_plan"),
			("Provision Map Pupil", "student"),
			("IEP Target", "parent"),
			("SEND Record", "student"),
		):
			self.assertIn((column,), indexed_columns(doctype), doctype)
