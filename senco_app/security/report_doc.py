"""The Report document of the app's own reports, read from Frappe's document cache.

Frappe v15 loads a report's document from the database on every run (``frappe.desk.query_report.
get_report_doc``: the Report and its child tables, five queries, about half of what any report costs
through the desk's route with no rows at all). ``report_doc`` does what that function does with the
document taken from Frappe's document cache (``frappe.get_cached_doc``), which Frappe clears whenever
the Report is saved or a value is set on it. Every check after the load is Frappe's own and reads
afresh: the roles that may run the report (``Report.is_permitted`` reads the Report's roles and those
of Role Permission for Page and Report from the database), report permission on its doctype, and
whether it is disabled. It is used only

- for the app's own Script Reports (module SEND) run through the desk's route (``run_report`` in
  ``guarded_methods`` sets ``frappe.flags.senco_report_rows`` around the run); any other report, a
  Custom Report built on one of the app's included, is loaded by Frappe's own function, and
- while the source of Frappe's ``get_report_doc`` is the source it was written from
  (``FRAPPE_SOURCE``): if Frappe changes or drops it, Frappe's own function runs.

tests/test_report_doc.py checks the refusals are Frappe's for each kind of reader, and that a role
taken off the report, a disabled report and a report permission taken away refuse the next run.
"""

import frappe
from frappe import _

from senco_app.security.report_rows import dispatch
from senco_app.security.report_rows import source_digest

# sha256 of the source of frappe.desk.query_report.get_report_doc (Frappe 15)
FRAPPE_SOURCE = "ddaedd69bb335fd8dc267d97ff0e8a3fce436778aaa03dcc5160f9c01bbe5475"

_frappe_get_report_doc = None
_replicates = None


def frappe_source_digest() -> str | None:
	"""The digest of Frappe's ``get_report_doc`` as it is now."""
	from frappe.desk import query_report

	return source_digest(_frappe_get_report_doc or getattr(query_report, "get_report_doc", None))


def replicates_frappe() -> bool:
	"""Is Frappe's ``get_report_doc`` the one ``report_doc`` reproduces? (Once per process.)"""
	global _replicates
	if _replicates is None:
		_replicates = frappe_source_digest() == FRAPPE_SOURCE
	return _replicates


def install():
	"""Put the dispatcher in place of Frappe's ``get_report_doc`` (once per process). Outside a SEND
	report run through ``run_report`` it calls Frappe's function unchanged."""
	global _frappe_get_report_doc
	current = dispatch(
		"get_report_doc", 1, lambda: replicates_frappe(), lambda report_name: report_doc(report_name)
	)
	if current:
		_frappe_get_report_doc = current


def report_doc(report_name):
	"""What Frappe's ``get_report_doc`` returns for one of the app's Script Reports, the document read
	from Frappe's document cache; Frappe's own function for any other report."""
	doc = frappe.get_cached_doc("Report", report_name)
	if doc.report_type != "Script Report" or doc.module != "SEND":
		return _frappe_get_report_doc(report_name)
	doc.custom_columns = []
	doc.custom_filters = []

	if not doc.is_permitted():
		frappe.throw(
			_("You don't have access to Report: {0}").format(_(doc.name)),
			frappe.PermissionError,
		)

	if not frappe.has_permission(doc.ref_doctype, "report"):
		frappe.throw(
			_("You don't have permission to get a report on: {0}").format(_(doc.ref_doctype)),
			frappe.PermissionError,
		)

	if doc.disabled:
		frappe.throw(_("Report {0} is disabled").format(_(report_name)))

	return doc
