"""The Report document of the app's reports from Frappe's document cache (security/report_doc.py):
the same result as Frappe's own load, Frappe's refusals for every reader, and a change to the report
(a role taken off it, the report disabled) refusing the very next run."""

from unittest.mock import patch

import frappe
from frappe.desk.query_report import run as frappe_run

from senco_app.benchmark import Counter
from senco_app.security import report_doc
from senco_app.security.guarded_methods import run_report
from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import make_user
from senco_app.tests.utils import pupil_on_register
from senco_app.tests.utils import skip_unless

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE

REPORT = "SEND Register"
NO_SEND_ROLE = "senco.reportdoc.desk@example.invalid"


# a test of the cached load itself: run where it is in use
reproduced = skip_unless(
	report_doc.replicates_frappe, "Frappe's get_report_doc is not the one reproduced: Frappe's own runs"
)


def report_queries(fn) -> int:
	"""Queries ``fn`` sends that read the Report table."""
	seen = []
	original = frappe.db.sql

	def counted(query, *args, **kwargs):
		if "`tabReport`" in str(query):
			seen.append(query)
		return original(query, *args, **kwargs)

	with patch.object(frappe.db, "sql", counted):
		fn()
	return len(seen)


class TestReportDoc(SencoTestCase):
	users = {
		"senco": (SCHOOL_A, "SENCO"),
		"staff": (SCHOOL_A, "SEND Staff"),
		"governor": (SCHOOL_A, "SEND Governor"),
	}

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.pupil = pupil_on_register(SCHOOL_A, "Cached", "Report")
		make_user(NO_SEND_ROLE, ("Accounts User",))

	def tearDown(self):
		super().tearDown()
		# the test's changes to the Report are rolled back: so is what the cache holds of them
		frappe.clear_document_cache("Report", REPORT)

	def run_as(self, user: str, runner=run_report):
		frappe.set_user(user)
		try:
			return runner(REPORT, filters={}, ignore_prepared_report=True)
		finally:
			frappe.set_user("Administrator")

	@reproduced
	def test_the_document_comes_from_the_cache_with_the_same_result(self):
		self.run_as(self.senco)  # the first run puts the document in the cache
		with Counter() as ours:
			self.assertEqual(report_queries(lambda: self.run_as(self.senco)), 0)
		with Counter() as frappes:
			self.assertGreater(report_queries(lambda: self.run_as(self.senco, frappe_run)), 0)
		self.assertLess(ours.queries, frappes.queries)
		cached, fresh = self.run_as(self.senco), self.run_as(self.senco, frappe_run)
		self.assertEqual(cached["result"], fresh["result"])
		self.assertEqual(cached["columns"], fresh["columns"])
		self.assertIn(self.pupil.student, {r.get("student") for r in cached["result"]})
		self.assertFalse(frappe.flags.senco_report_rows)

	@reproduced
	def test_refusals_are_frappes(self):
		for user in (self.governor, NO_SEND_ROLE, "Guest"):
			with self.subTest(user=user):
				self.run_as(self.senco)  # the document is in the cache
				with self.assertRaises(frappe.PermissionError):
					self.run_as(user)
				with self.assertRaises(frappe.PermissionError):
					self.run_as(user, frappe_run)

	@reproduced
	def test_each_of_frappes_checks_still_refuses(self):
		"""Each check Frappe makes after loading the document refuses the run on its own, for a SENCO
		the report would otherwise serve: the report's roles, then report permission on its doctype
		(the report's own reading would not refuse them, so these are the load's checks)."""
		from frappe.core.doctype.report.report import Report

		self.run_as(self.senco)  # the document is in the cache
		real_has_permission = frappe.has_permission

		def no_report_permission(doctype=None, ptype="read", *args, **kwargs):
			if ptype == "report":
				return False
			return real_has_permission(doctype, ptype, *args, **kwargs)

		for refusal in (
			patch.object(Report, "is_permitted", lambda doc: False),
			patch.object(frappe, "has_permission", no_report_permission),
		):
			with self.subTest(refusal=refusal.attribute):
				for runner in (run_report, frappe_run):
					with refusal, self.assertRaises(frappe.PermissionError):
						self.run_as(self.senco, runner)
		self.assertTrue(self.run_as(self.senco)["result"])  # and served once nothing refuses

	@reproduced
	def test_a_change_to_the_report_refuses_the_next_run(self):
		self.run_as(self.staff)  # the document is in the cache
		report = frappe.get_doc("Report", REPORT)
		report.set("roles", [r for r in report.roles if r.role != "SEND Staff"])
		report.save(ignore_permissions=True)
		with self.assertRaises(frappe.PermissionError):
			self.run_as(self.staff)
		self.run_as(self.senco)  # still in its roles
		frappe.db.set_value("Report", REPORT, "disabled", 1)
		with self.assertRaises(frappe.ValidationError) as refused:
			self.run_as(self.senco)
		self.assertNotIsInstance(refused.exception, frappe.PermissionError)  # disabled, Frappe's error

	def test_another_report_is_loaded_by_frappe(self):
		report_doc.install()
		other = frappe.get_all(
			"Report", {"module": ["!=", "SEND"], "report_type": "Script Report"}, pluck="name"
		)[0]
		with patch.object(
			report_doc, "_frappe_get_report_doc", wraps=report_doc._frappe_get_report_doc
		) as frappes:
			self.assertEqual(report_doc.report_doc(other).name, other)
		frappes.assert_called_once_with(other)

	def test_frappe_runs_its_own_when_its_code_is_not_the_one_reproduced(self):
		with (
			patch.object(report_doc, "_replicates", None),
			patch.object(report_doc, "FRAPPE_SOURCE", "another Frappe"),
			patch.object(report_doc, "report_doc", wraps=report_doc.report_doc) as ours,
		):
			result = self.run_as(self.senco)
			self.assertEqual(ours.call_count, 0)
		self.assertIn(self.pupil.student, {r.get("student") for r in result["result"]})

	def test_frappe_code_is_the_one_reproduced(self):
		"""A Frappe 15 update that changes get_report_doc fails here (the app then runs Frappe's own):
		read the new code against report_doc, then record its digest in FRAPPE_SOURCE."""
		if not frappe.__version__.startswith("15."):
			self.skipTest(f"written against Frappe 15's code; this is Frappe {frappe.__version__}")
		self.assertEqual(report_doc.frappe_source_digest(), report_doc.FRAPPE_SOURCE)
