"""Whitelisted Frappe and Education methods that reach rows past the per-school rule or the
confidential tier, wrapped (``override_whitelisted_methods`` in hooks.py) so they cannot.

Each wrapper keeps Frappe's behaviour for doctypes the app does not protect, and passes on any
argument it does not use, so a keyword a later Frappe adds reaches Frappe unchanged. The route list
in ``security.routes`` says why every other whitelisted method needs no wrapper.
"""

import frappe
from frappe import _
from frappe.client import get_count as frappe_get_count
from frappe.client import get_safe_filters
from frappe.desk import search as frappe_search

from senco_app.security import report_doc
from senco_app.security import report_rows
from senco_app.security.doctypes import OWNED_DOCTYPES
from senco_app.security.doctypes import REFERENCE_DOCTYPES
from senco_app.security.doctypes import protected_doctypes
from senco_app.security.fields import scrub_docinfo
from senco_app.security.guard_list import FILE_FIRST
from senco_app.security.guard_list import READ_FIRST
from senco_app.security.guard_list import SELECT_IS_ENOUGH
from senco_app.security.guard_list import SPECIAL_GUARDS
from senco_app.security.guard_list import function_name

# Doctypes whose rows the rule protects, and Frappe's rows that point at them.
# (with the rows that are their owner's alone: prepared reports and saved list filters)
GUARDED_DOCTYPES = frozenset((*protected_doctypes(), *REFERENCE_DOCTYPES, *OWNED_DOCTYPES))


def is_protected(doctype) -> bool:
	return isinstance(doctype, str) and doctype in GUARDED_DOCTYPES


def can_read(doctype: str, name, select: bool = False) -> bool:
	"""May the session user read this record (a missing record is refused the same way)? With
	``select``, picking it in a link (Frappe's "select" right, on the same rows) is enough."""
	if not name or not frappe.db.exists(doctype, name):
		return False
	if frappe.has_permission(doctype, "read", doc=name):
		return True
	return select and frappe.has_permission(doctype, "select", doc=name)


@frappe.whitelist()
def get_count(
	doctype: str, filters: str | dict | list | None = None, debug: bool = False, cache: bool = False, **kwargs
) -> int:
	"""Frappe v15 counts with no permission check at all: for protected doctypes and the rows that
	point at them, count only what the user may list."""
	if not is_protected(doctype):
		return frappe.call(frappe_get_count, doctype, filters=filters, debug=debug, cache=cache, **kwargs)
	rows = frappe.get_list(
		doctype, filters=get_safe_filters(filters), fields=["count(*) as count"], order_by=""
	)
	return rows[0].count if rows else 0


def overridden(method: str | None) -> str | None:
	"""The guarded replacement of a whitelisted method, for link search's ``query``, which calls a
	method by name and would skip the override. (The tree view refuses protected doctypes.)"""
	if not method:
		return method
	return (frappe.get_hooks("override_whitelisted_methods", {}).get(method) or [method])[-1]


def _search(search, doctype: str, txt: str, *args, ignore_user_permissions: bool = False, **kwargs):
	"""Link search never drops the school rule for protected doctypes, and a dispatched ``query``
	runs through its guard."""
	if is_protected(doctype):
		ignore_user_permissions = False
	if kwargs.get("query"):
		kwargs["query"] = overridden(kwargs["query"])
	return frappe.call(search, doctype, txt, *args, ignore_user_permissions=ignore_user_permissions, **kwargs)


@frappe.whitelist()
def search_link(doctype: str, txt: str, *args, **kwargs):
	return _search(frappe_search.search_link, doctype, txt, *args, **kwargs)


@frappe.whitelist()
def search_widget(doctype: str, txt: str, *args, **kwargs):
	return _search(frappe_search.search_widget, doctype, txt, *args, **kwargs)


@frappe.whitelist()
def get_link_title(doctype: str, docname: str, *args, **kwargs):
	"""A link's title (for a pupil's record, the pupil's name) only to those who may read it."""
	if is_protected(doctype) and not can_read(doctype, docname):
		return None
	return frappe.call(frappe_search.get_link_title, doctype, docname, *args, **kwargs)


@frappe.whitelist()
def get_group_by_count(doctype: str, current_filters: str | dict | list, field: str, *args, **kwargs):
	"""The list sidebar's "Assigned to" counts read the records with no permission check in Frappe
	v15: count assignments of the records the user may list only."""
	from frappe.desk.listview import get_group_by_count as frappe_group_by_count

	if field != "assigned_to" or not is_protected(doctype):
		return frappe.call(frappe_group_by_count, doctype, current_filters, field, *args, **kwargs)
	names = frappe.get_list(doctype, filters=frappe.parse_json(current_filters), pluck="name", limit=0)
	if not names:
		return []
	todo = frappe.qb.DocType("ToDo")
	user = frappe.qb.DocType("User")
	count = frappe.query_builder.functions.Count("*").as_("count")
	return (
		frappe.qb.from_(todo)
		.join(user)
		.on(todo.allocated_to == user.name)
		.select(todo.allocated_to.as_("name"), count)
		.where(
			(todo.status != "Cancelled")
			& (user.user_type == "System User")
			& (todo.reference_type == doctype)
			& (todo.reference_name.isin(names))
		)
		.groupby(todo.allocated_to)
		.orderby(count, order=frappe.qb.desc)
		.limit(50)
		.run(as_dict=True)
	)


@frappe.whitelist()
def get(
	doctype: str,
	name: str | None = None,
	filters: str | dict | list | None = None,
	parent: str | None = None,
	**kwargs,
):
	"""``frappe.client.get`` by filters answers the same for a record the user may not read as for
	no record at all (Frappe answers 403 for one and 404 for the other)."""
	from frappe import client

	if is_protected(doctype) and filters and not name:
		found = frappe.get_list(
			doctype, filters=frappe.parse_json(filters), pluck="name", limit=1, parent_doctype=parent
		)
		if not found:
			raise frappe.DoesNotExistError(_("No document found for given filters"))
		name = found[0]
	return frappe.call(
		client.get, doctype, name=name, filters=None if name else filters, parent=parent, **kwargs
	)


@frappe.whitelist()
def getdoc(doctype: str, name: str, *args, **kwargs):
	"""The form's document: its docinfo without confidential versions, attachments or comments."""
	from frappe.desk.form import load

	if is_protected(doctype) and isinstance(name, str) and frappe.db.exists(doctype, name):
		if not frappe.has_permission(doctype, "read", doc=name):
			# say what to do, in place of Frappe's "Not allowed via controller permission check"
			# (naming no school: the record's school is not the reader's to know)
			frappe.throw(
				_(
					"You cannot open this {0}: it belongs to a school or pupil you do not work with. "
					"If you need it, ask your SENCO or an administrator to give you access to that school."
				).format(_(doctype)),
				frappe.PermissionError,
				title=_("Not permitted"),
			)
	frappe.call(load.getdoc, doctype, name, *args, **kwargs)
	scrub_docinfo(doctype, name)


@frappe.whitelist()
def get_docinfo(
	doc: str | dict | None = None, doctype: str | None = None, name: str | None = None, *args, **kwargs
):
	from frappe.desk.form import load

	# a client names the record by doctype and name, never by a document it sends: ``doc`` is dropped
	frappe.call(load.get_docinfo, *args, doc=None, doctype=doctype, name=name, **kwargs)
	scrub_docinfo(doctype, name)


@frappe.whitelist()
def update_follow(doctype: str, doc_name: str, following: bool, *args, **kwargs):
	"""SEND records are not followed by e-mail digest (it would mail their changes out of the app)."""
	from frappe.desk.form import document_follow

	if is_protected(doctype):
		return None
	return frappe.call(document_follow.update_follow, doctype, doc_name, following, *args, **kwargs)


@frappe.whitelist()
def follow_document(doctype: str, doc_name: str, user: str, *args, **kwargs):
	from frappe.desk.form import document_follow

	if is_protected(doctype):
		return None
	return frappe.call(document_follow.follow_document, doctype, doc_name, user, *args, **kwargs)


@frappe.whitelist()
def toggle_like(doctype: str, name: str, add: str | bool = False, *args, **kwargs):
	"""A like (and the comment it leaves) only on a record the user may read."""
	from frappe.desk import like

	require_readable(doctype, name)
	return frappe.call(like.toggle_like, doctype, name, add, *args, **kwargs)


@frappe.whitelist()
def get_open_count(doctype: str, name: str, items: str | list | None = None, *args, **kwargs):
	"""The form's Connections counts, counting only what the reader may list (Frappe counts every
	linked row, a confidential contact entry included)."""
	from frappe.desk import notifications

	out = frappe.call(notifications.get_open_count, doctype, name, items, *args, **kwargs)
	links = frappe.get_meta(doctype).get_dashboard_data()
	for found in (out.get("count") or {}).get("external_links_found") or []:
		linked = found.get("doctype")
		if not is_protected(linked):
			continue
		fieldname = links.get("non_standard_fieldnames", {}).get(linked, links.get("fieldname"))
		filters = {fieldname: name}
		found["count"] = len(frappe.get_list(linked, filters=filters, pluck="name", limit=100))
		if found.get("open_count"):
			open_filters = {**filters, **(notifications.get_filters_for(linked) or {})}
			found["open_count"] = len(frappe.get_list(linked, filters=open_filters, pluck="name", limit=100))
	return out


@frappe.whitelist()
def get_current_enrollment(student: str, *args, **kwargs):
	"""Education's current enrolment of a pupil, only for a reader of that pupil."""
	from education.education import api

	require_readable("Student", student)
	return frappe.call(api.get_current_enrollment, student, *args, **kwargs)


def refuse(message: str | None = None):
	raise frappe.PermissionError(message or _("You may not read this record."))


def require_readable(doctype, name, select: bool = False):
	"""Refuse unless a protected record named by a caller is one the user may read (or, with
	``select``, pick in a link; a missing one is refused alike, so nothing tells the two apart)."""
	if not is_protected(doctype):
		return
	names = (
		name if isinstance(name, list | tuple) else frappe.parse_json(name) if _is_json_list(name) else [name]
	)
	if not names or not all(isinstance(n, str) and can_read(doctype, n, select) for n in names):
		refuse()


def _is_json_list(value) -> bool:
	return isinstance(value, str) and value.strip().startswith("[")


def readable_names(doctype: str, names: list[str]) -> set[str]:
	if not names:
		return set()
	return set(frappe.get_list(doctype, filters={"name": ["in", list(names)]}, pluck="name", limit=0))


def readable_rows(doctype: str, rows) -> list:
	"""The rows (lists led by a name, or dicts with one) of records the user may read."""
	names = [r[0] if isinstance(r, list | tuple) else r.get("name") for r in rows or []]
	keep = readable_names(doctype, names)
	return [r for r, n in zip(rows or [], names, strict=True) if n in keep]


def require_file_readable(file_ref):
	"""A file named by its document name or URL must be one the user may download."""
	if not file_ref:
		return
	name = frappe.db.get_value("File", file_ref) or frappe.db.get_value("File", {"file_url": file_ref})
	if not name:
		return
	file = frappe.get_doc("File", name)
	if not (file.is_downloadable() and frappe.has_permission("File", "read", doc=file)):
		refuse(_("You may not read this file."))


def _whitelist_like(original_path: str, function):
	"""Whitelist ``function`` as its original is (guests and HTTP verbs alike)."""
	try:
		original = frappe.get_attr(original_path)
	except (ImportError, AttributeError):
		original = None
	allow_guest = original in frappe.guest_methods if original else False
	methods = frappe.allowed_http_methods_for_whitelisted_func.get(original) if original else None
	return frappe.whitelist(allow_guest=allow_guest, methods=methods)(function)


def _read_first_guard(method: str, doctype_arg: str, name_arg: str | None):
	def guard(*args, **kwargs):
		doctype = doctype_arg[1:] if doctype_arg.startswith("=") else kwargs.get(doctype_arg)
		if name_arg is None:
			if is_protected(doctype):
				refuse()
		else:
			require_readable(doctype, kwargs.get(name_arg), select=method in SELECT_IS_ENOUGH)
		return frappe.call(method, *args, **kwargs)

	guard.__name__ = guard.__qualname__ = function_name(method)
	guard.__doc__ = f"{method}, once the record it names is one the user may read."
	return guard


def _file_first_guard(method: str, file_arg: str):
	def guard(*args, **kwargs):
		require_file_readable(kwargs.get(file_arg))
		return frappe.call(method, *args, **kwargs)

	guard.__name__ = guard.__qualname__ = function_name(method)
	guard.__doc__ = f"{method}, once the file it names is one the user may read."
	return guard


@frappe.whitelist()
def get_tagged_docs(doctype: str, tag: str, *args, **kwargs):
	"""Tagged records: only those the user may read."""
	from frappe.desk.doctype.tag import tag as tags

	rows = frappe.call(tags.get_tagged_docs, doctype, tag, *args, **kwargs) or []
	return readable_rows(doctype, rows) if is_protected(doctype) else rows


@frappe.whitelist()
def global_search(text: str, *args, **kwargs):
	"""Global search results: protected records only where the user may read them."""
	from frappe.utils import global_search as search

	rows = frappe.call(search.search, text, *args, **kwargs) or []
	by_doctype = {}
	for row in rows:
		if is_protected(row.get("doctype")):
			by_doctype.setdefault(row["doctype"], []).append(row.get("name"))
	keep = {(dt, n) for dt, names in by_doctype.items() for n in readable_names(dt, names)}
	return [r for r in rows if not is_protected(r.get("doctype")) or (r["doctype"], r.get("name")) in keep]


@frappe.whitelist()
def fetch_students(doctype: str, txt: str, *args, **kwargs):
	"""Education's pupil search for student groups, limited to pupils the user may read."""
	from education.education.doctype.student_group import student_group

	return readable_rows("Student", frappe.call(student_group.fetch_students, doctype, txt, *args, **kwargs))


@frappe.whitelist()
def get_enrollment_students(doctype: str, txt: str, *args, **kwargs):
	"""Education's pupil search for enrolments, limited to pupils the user may read."""
	from education.education.doctype.program_enrollment import program_enrollment

	return readable_rows(
		"Student", frappe.call(program_enrollment.get_students, doctype, txt, *args, **kwargs)
	)


@frappe.whitelist()
def dashboard_chart(chart_name: str | None = None, chart: str | dict | None = None, *args, **kwargs):
	"""Frappe's heatmap charts count rows with no permission: not over protected doctypes."""
	from frappe.desk.doctype.dashboard_chart import dashboard_chart as charts

	definition = frappe.parse_json(chart) if chart else None
	if not definition and chart_name:
		definition = frappe.db.get_value(
			"Dashboard Chart", chart_name, ["type", "document_type", "parent_document_type"], as_dict=True
		)
	definition = definition or {}
	if definition.get("type") == "Heatmap" and (
		is_protected(definition.get("document_type")) or is_protected(definition.get("parent_document_type"))
	):
		refuse()
	return frappe.call(charts.get, chart_name, chart, *args, **kwargs)


@frappe.whitelist()
def make_prepared_report(report_name: str, filters: str | dict | None = None, *args, **kwargs):
	"""A prepared report only for a user who may run the report (Frappe v15 skips the check)."""
	from frappe.core.doctype.prepared_report import prepared_report
	from frappe.desk.query_report import get_report_doc

	get_report_doc(report_name)  # refuses a user without the report's roles or report permission
	return frappe.call(prepared_report.make_prepared_report, report_name, filters, *args, **kwargs)


@frappe.whitelist()
def run_report(report_name: str, filters: str | dict | None = None, user: str | None = None, *args, **kwargs):
	"""A report run as the caller: Frappe's ``user`` argument would hand over another user's prepared
	result (security/prepared_reports.py). The app's reports have their Report document read from
	Frappe's document cache (security/report_doc.py) and their rows re-checked against the caller's
	User Permissions per column rather than per row (security/report_rows.py)."""
	from frappe.desk import query_report

	from senco_app.security.prepared_reports import refuse_other_users_results

	refuse_other_users_results(user, filters)
	if frappe.get_cached_value("Report", report_name, "module") != "SEND":
		return frappe.call(query_report.run, report_name, filters, user, *args, **kwargs)
	# the app's own reports: their Report document from Frappe's document cache, and Frappe's
	# re-check of the rows against User Permissions, per column
	report_doc.install()
	report_rows.install()
	previous = frappe.flags.senco_report_rows
	frappe.flags.senco_report_rows = True
	try:
		return frappe.call(query_report.run, report_name, filters, user, *args, **kwargs)
	finally:
		frappe.flags.senco_report_rows = previous


def _require_attachments_readable(attachments):
	for item in frappe.parse_json(attachments) or [] if attachments else []:
		ref = item.get("fid") or item.get("file_url") if isinstance(item, dict) else item
		if isinstance(ref, str):
			require_file_readable(ref)


@frappe.whitelist()
def make_communication(*args, **kwargs):
	"""An e-mail from the desk: on a record the user may read, with files the user may read."""
	from frappe.core.doctype.communication import email

	if kwargs.get("doctype") and kwargs.get("name"):
		require_readable(kwargs["doctype"], kwargs["name"])
	_require_attachments_readable(kwargs.get("attachments"))
	return frappe.call(email.make, *args, **kwargs)


@frappe.whitelist()
def add_attachments(doctype: str, name: str, attachments: str | list, *args, **kwargs):
	"""Attach existing files: to a record the user may read, files the user may read."""
	from frappe.utils import file_manager

	require_readable(doctype, name)
	_require_attachments_readable(attachments)
	return frappe.call(file_manager.add_attachments, doctype, name, attachments, *args, **kwargs)


@frappe.whitelist()
def relink(name: str, reference_doctype: str | None = None, reference_name: str | None = None, **kwargs):
	"""Move a communication: one the user may read, onto a record the user may read."""
	from frappe import email

	if not frappe.has_permission("Communication", "read", doc=name):
		refuse()
	require_readable(reference_doctype, reference_name)
	return frappe.call(email.relink, name, reference_doctype, reference_name, **kwargs)


GUARDED_METHODS = dict(SPECIAL_GUARDS)
for _method, (_doctype_arg, _name_arg) in READ_FIRST.items():
	globals()[function_name(_method)] = _read_first_guard(_method, _doctype_arg, _name_arg)
	GUARDED_METHODS[_method] = function_name(_method)
for _method, _file_arg in FILE_FIRST.items():
	globals()[function_name(_method)] = _file_first_guard(_method, _file_arg)
	GUARDED_METHODS[_method] = function_name(_method)


def whitelist_guards():
	"""Whitelist the generated guards as their originals are (on first use of this module)."""
	for method, function in GUARDED_METHODS.items():
		if function.startswith("guard__"):
			globals()[function] = _whitelist_like(method, globals()[function])


whitelist_guards()
