"""A prepared report (a long report Frappe runs on a background worker) through the HTTP dispatcher:
its stored result is read by the user who queued it and by nobody else, whatever route they take."""

import json
from unittest.mock import patch

import frappe
from frappe.core.doctype.prepared_report.prepared_report import generate_report

from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import SCHOOL_B
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import call_route
from senco_app.tests.utils import pupil_on_register
from senco_app.tests.utils import user_of

REPORT = "SEND Register"
PREPARED = "frappe.core.doctype.prepared_report.prepared_report"
RUN = "frappe.desk.query_report.run"


class TestPreparedReports(SencoTestCase):
	def setUp(self):
		super().setUp()
		self.pupils = {
			SCHOOL_A: pupil_on_register(SCHOOL_A, "Prepared", "Ann").student,
			SCHOOL_B: pupil_on_register(SCHOOL_B, "Prepared", "Bob").student,
		}
		# what Frappe does by itself once a run of the report has taken more than 15 seconds
		frappe.db.set_value("Report", REPORT, "prepared_report", 1)
		self.senco_a, self.senco_b = user_of(SCHOOL_A), user_of(SCHOOL_B)
		# Frappe's role for listing and downloading prepared results: the owner rule holds even with it
		for user in (self.senco_a, self.senco_b):
			frappe.get_doc("User", user).add_roles("Prepared Report User")

	def prepare(self, user: str) -> str:
		"""``user`` queues the report from the desk; the worker runs it as ``user``."""
		frappe.set_user(user)
		name = call_route(f"{PREPARED}.make_prepared_report", report_name=REPORT, filters="{}")["name"]
		with patch(f"{PREPARED}.update_job_id"):  # (it commits, which would end the test's savepoint)
			generate_report(name)
		self.assertEqual(frappe.db.get_value("Prepared Report", name, "status"), "Completed")
		return name

	def students(self, result: dict) -> set[str]:
		return {row["student"] for row in result["result"] if isinstance(row, dict)}

	def test_the_owner_reads_the_result_through_the_school_rule(self):
		name = self.prepare(self.senco_a)
		for filters in ({"prepared_report_name": name}, {}):
			result = call_route(RUN, report_name=REPORT, filters=json.dumps(filters))
			self.assertTrue(result["prepared_report"])
			self.assertIn(self.pupils[SCHOOL_A], self.students(result))
			self.assertNotIn(self.pupils[SCHOOL_B], self.students(result))

	def test_another_schools_user_reaches_no_result_by_any_route(self):
		name = self.prepare(self.senco_a)
		file = frappe.db.get_value(
			"File", {"attached_to_doctype": "Prepared Report", "attached_to_name": name}, "name"
		)
		self.assertTrue(file)
		frappe.set_user(self.senco_b)
		refused = (frappe.PermissionError, frappe.ValidationError, frappe.DoesNotExistError)
		for cmd, form in (
			(RUN, {"report_name": REPORT, "filters": json.dumps({"prepared_report_name": name})}),
			(RUN, {"report_name": REPORT, "filters": "{}", "user": self.senco_a}),
			(f"{PREPARED}.download_attachment", {"dn": name}),
			("frappe.client.get", {"doctype": "Prepared Report", "name": name}),
			("frappe.client.get", {"doctype": "File", "name": file}),
		):
			frappe.local.response = frappe._dict()
			with self.assertRaises(refused, msg=cmd):
				call_route(cmd, **form)
			self.assertFalse(frappe.local.response.get("filecontent"), cmd)
		for doctype in ("Prepared Report", "File"):
			listed = call_route(
				"frappe.client.get_list", doctype=doctype, fields=["name"], limit_page_length=0
			)
			self.assertNotIn(name if doctype == "Prepared Report" else file, [r["name"] for r in listed])
		own = frappe.db.count("Prepared Report", {"owner": self.senco_b})
		self.assertEqual(call_route("frappe.client.get_count", doctype="Prepared Report"), own)
		frappe.set_user(self.senco_a)
		frappe.local.response = frappe._dict()
		call_route(f"{PREPARED}.download_attachment", dn=name)
		self.assertIn(self.pupils[SCHOOL_A], frappe.local.response.filecontent.decode())

	def export(self, name: str) -> str:
		frappe.local.response = frappe._dict()
		try:
			call_route(
				"frappe.desk.query_report.export_query",
				report_name=REPORT,
				file_format_type="CSV",
				filters=json.dumps({"prepared_report_name": name}),
				visible_idx="[]",
			)
		except (frappe.PermissionError, frappe.ValidationError):
			pass
		return str(frappe.local.response.get("filecontent") or "") + str(
			frappe.local.response.get("message") or ""
		)

	def test_an_export_by_name_carries_the_result_to_its_owner_only(self):
		name = self.prepare(self.senco_a)
		self.assertIn(self.pupils[SCHOOL_A], self.export(name))
		frappe.set_user(self.senco_b)
		self.assertNotIn(self.pupils[SCHOOL_A], self.export(name))

	def test_each_user_is_handed_their_own_latest_result(self):
		self.prepare(self.senco_a)
		self.prepare(self.senco_b)
		result = call_route(RUN, report_name=REPORT, filters="{}")
		self.assertIn(self.pupils[SCHOOL_B], self.students(result))
		self.assertNotIn(self.pupils[SCHOOL_A], self.students(result))

	def test_the_worker_rechecks_the_apps_report_per_column_for_its_owner(self):
		"""Through Frappe's job runner (its before_job and after_job hooks), the worker's run of a SEND
		report uses the per-column re-check and gives the owner their school's rows alone; the switch
		is off again after the job, and another job never turns it on."""
		from frappe.utils.background_jobs import execute_job

		from senco_app.security import report_rows

		frappe.set_user(self.senco_a)
		name = call_route(f"{PREPARED}.make_prepared_report", report_name=REPORT, filters="{}")["name"]
		with (
			patch(f"{PREPARED}.update_job_id"),
			patch.object(frappe.db, "commit"),  # (the job runner commits; the test's savepoint stays)
			patch.object(report_rows, "filtered_data", wraps=report_rows.filtered_data) as ours,
		):
			job = f"{PREPARED}.generate_report"
			execute_job(frappe.local.site, job, None, "prepare", {"prepared_report": name}, is_async=False)
			self.assertEqual(ours.call_count, 1 if report_rows.replicates_frappe() else 0)
			self.assertFalse(frappe.flags.senco_report_rows)
			execute_job(frappe.local.site, "frappe.ping", None, "ping", {}, is_async=False)
			self.assertFalse(frappe.flags.senco_report_rows)
		self.assertEqual(frappe.db.get_value("Prepared Report", name, "status"), "Completed")
		result = call_route(RUN, report_name=REPORT, filters=json.dumps({"prepared_report_name": name}))
		self.assertIn(self.pupils[SCHOOL_A], self.students(result))
		self.assertNotIn(self.pupils[SCHOOL_B], self.students(result))
