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

from senco_app.security.doctypes import REFERENCE_DOCTYPES, protected_doctypes
from senco_app.security.fields import scrub_docinfo


def is_protected(doctype) -> bool:
	return isinstance(doctype, str) and (doctype in protected_doctypes() or doctype in REFERENCE_DOCTYPES)


def can_read(doctype: str, name) -> bool:
	"""May the session user read this record (a missing record is refused the same way)?"""
	if not name or not frappe.db.exists(doctype, name):
		return False
	return frappe.has_permission(doctype, "read", doc=name)


@frappe.whitelist()
def get_count(doctype: str, filters=None, debug: bool = False, cache: bool = False, **kwargs) -> int:
	"""Frappe v15 counts with no permission check at all: for protected doctypes and the rows that
	point at them, count only what the user may list."""
	if not is_protected(doctype):
		return frappe.call(frappe_get_count, doctype, filters=filters, debug=debug, cache=cache, **kwargs)
	rows = frappe.get_list(
		doctype, filters=get_safe_filters(filters), fields=["count(*) as count"], order_by=""
	)
	return rows[0].count if rows else 0


@frappe.whitelist()
def search_link(doctype: str, txt: str, *args, ignore_user_permissions: bool = False, **kwargs):
	"""Link search never drops the school rule for protected doctypes."""
	if is_protected(doctype):
		ignore_user_permissions = False
	return frappe.call(
		frappe_search.search_link,
		doctype,
		txt,
		*args,
		ignore_user_permissions=ignore_user_permissions,
		**kwargs,
	)


@frappe.whitelist()
def search_widget(doctype: str, txt: str, *args, ignore_user_permissions: bool = False, **kwargs):
	if is_protected(doctype):
		ignore_user_permissions = False
	return frappe.call(
		frappe_search.search_widget,
		doctype,
		txt,
		*args,
		ignore_user_permissions=ignore_user_permissions,
		**kwargs,
	)


@frappe.whitelist()
def get_link_title(doctype: str, docname: str, *args, **kwargs):
	"""A link's title (for a pupil's record, the pupil's name) only to those who may read it."""
	if is_protected(doctype) and not can_read(doctype, docname):
		return None
	return frappe.call(frappe_search.get_link_title, doctype, docname, *args, **kwargs)


@frappe.whitelist()
def get_group_by_count(doctype: str, current_filters, field: str, *args, **kwargs):
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
def get(doctype: str, name: str | None = None, filters=None, parent: str | None = None, **kwargs):
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

	frappe.call(load.getdoc, doctype, name, *args, **kwargs)
	scrub_docinfo(doctype, name)


@frappe.whitelist()
def get_docinfo(doc=None, doctype: str | None = None, name: str | None = None, *args, **kwargs):
	from frappe.desk.form import load

	if isinstance(doc, str) or doc is None:
		doc = None  # a client names the record by doctype and name, never by a document it sends
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
def toggle_like(doctype: str, name: str, add=False, *args, **kwargs):
	"""A like (and the comment it leaves) only on a record the user may read."""
	from frappe.desk import like

	if is_protected(doctype) and not can_read(doctype, name):
		raise frappe.PermissionError(_("You may not read this record."))
	return frappe.call(like.toggle_like, doctype, name, add, *args, **kwargs)


@frappe.whitelist()
def get_open_count(doctype: str, name: str, items=None, *args, **kwargs):
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

	if not can_read("Student", student):
		raise frappe.PermissionError(_("You may not read this pupil."))
	return frappe.call(api.get_current_enrollment, student, *args, **kwargs)


GUARDED_METHODS = {
	"frappe.client.get_count": get_count,
	"frappe.client.get": get,
	"frappe.desk.search.search_link": search_link,
	"frappe.desk.search.search_widget": search_widget,
	"frappe.desk.search.get_link_title": get_link_title,
	"frappe.desk.listview.get_group_by_count": get_group_by_count,
	"frappe.desk.form.load.getdoc": getdoc,
	"frappe.desk.form.load.get_docinfo": get_docinfo,
	"frappe.desk.form.document_follow.update_follow": update_follow,
	"frappe.desk.form.document_follow.follow_document": follow_document,
	"frappe.desk.like.toggle_like": toggle_like,
	"frappe.desk.notifications.get_open_count": get_open_count,
	"education.education.api.get_current_enrollment": get_current_enrollment,
}
