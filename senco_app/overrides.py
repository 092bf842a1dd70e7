"""Whitelisted Frappe methods that would reach past the per-school rule, wrapped so they cannot.

Frappe v15 leaves two routes open that the per-school rule must close:

- ``frappe.client.get_count`` counts rows with no permission check at all, so any desk user could
  learn, for instance, whether a pupil of another school is on the SEND register;
- ``frappe.desk.search.search_link`` / ``search_widget`` with ``ignore_user_permissions=1`` drop
  every permission rule (query conditions included) for a user who can read the doctype, so a link
  search would list pupils of every school.

For the doctypes that follow the school rule (``hooks.SCHOOL_DOCTYPES``) the wrappers count through
``frappe.get_list`` and never ignore permissions; every other doctype behaves as Frappe does.
"""

import frappe
from frappe.client import get_count as frappe_get_count
from frappe.client import get_safe_filters
from frappe.desk import search as frappe_search

from senco_app.hooks import SCHOOL_DOCTYPES


def _rules_apply(doctype: str) -> bool:
	return doctype in SCHOOL_DOCTYPES


@frappe.whitelist()
def get_count(doctype, filters=None, debug=False, cache=False):
	if not _rules_apply(doctype):
		return frappe_get_count(doctype, filters=filters, debug=debug, cache=cache)
	return len(frappe.get_list(doctype, filters=get_safe_filters(filters), pluck="name", limit_page_length=0))


@frappe.whitelist()
def search_link(
	doctype,
	txt,
	query=None,
	filters=None,
	page_length=10,
	searchfield=None,
	reference_doctype=None,
	ignore_user_permissions=False,
):
	return frappe_search.search_link(
		doctype,
		txt,
		query=query,
		filters=filters,
		page_length=page_length,
		searchfield=searchfield,
		reference_doctype=reference_doctype,
		ignore_user_permissions=False if _rules_apply(doctype) else ignore_user_permissions,
	)


@frappe.whitelist()
def search_widget(
	doctype,
	txt,
	query=None,
	searchfield=None,
	start=0,
	page_length=10,
	filters=None,
	filter_fields=None,
	as_dict=False,
	reference_doctype=None,
	ignore_user_permissions=False,
):
	return frappe_search.search_widget(
		doctype,
		txt,
		query=query,
		searchfield=searchfield,
		start=start,
		page_length=page_length,
		filters=filters,
		filter_fields=filter_fields,
		as_dict=as_dict,
		reference_doctype=reference_doctype,
		ignore_user_permissions=False if _rules_apply(doctype) else ignore_user_permissions,
	)
