"""Confidential fields (permlevel 1 and up): kept from readers who may not see them, on every route.

Frappe strips them from ``getdoc``, ``frappe.client.get`` and list fields, but not from the places
this module covers:

- every JSON response (save and insert responses of ``frappe.client``, the desk and REST v1/v2),
  through an ``after_request`` hook that removes them from any document in the response;
- the version history and attachments in the form's docinfo (``scrub_docinfo``);
- query parameters: a filter, sort or grouping on a field the user may not read is refused
  (``refuse_hidden_field_queries``, a ``before_request`` hook), so rows cannot be picked out by a
  value the user may not see;
- files: a file held in a confidential Attach field is listed and downloaded by those who may read
  the field only.
"""

import json
import re

import frappe
from frappe import _
from frappe.model import no_value_fields

from senco_app.security.doctypes import CHILD_DOCTYPES
from senco_app.security.doctypes import SCHOOL_DOCTYPES

# Request parameters that name fields to filter, sort, group or aggregate on.
QUERY_KEYS = (
	"filters",
	"or_filters",
	"current_filters",
	"fields",
	"fieldname",
	"field",
	"order_by",
	"group_by",
	"searchfield",
	"search_fields",
	"filter_fields",
	"aggregate_on_field",
	"aggregate_on_doctype",
	"group_by_field",
	"sort_by",
	"stats",
)


def _parents(doctype: str) -> tuple[str, ...]:
	return CHILD_DOCTYPES.get(doctype, ())


def hidden_fields(doctype: str, user: str | None = None) -> set[str]:
	"""Fields of ``doctype`` (a school doctype or one of their child tables) that ``user`` may not
	read. Empty for doctypes outside the app and for users who may read every level."""
	user = user or frappe.session.user
	if user == "Administrator" or (doctype not in SCHOOL_DOCTYPES and doctype not in CHILD_DOCTYPES):
		return set()
	meta = frappe.get_meta(doctype)
	levels = {df.permlevel for df in meta.fields if df.permlevel}
	if not levels:
		return set()
	parent = _parents(doctype)[0] if meta.istable else None
	access = set(meta.get_permlevel_access("read", parenttype=parent, user=user))
	return {
		df.fieldname
		for df in meta.fields
		if df.permlevel and df.permlevel not in access and df.fieldtype not in no_value_fields
	}


def hidden_attach_fields(doctype: str, user: str | None = None) -> list[str]:
	meta = frappe.get_meta(doctype)
	hidden = hidden_fields(doctype, user)
	return [
		df.fieldname for df in meta.fields if df.fieldname in hidden and df.fieldtype.startswith("Attach")
	]


def table_doctypes(doctype: str) -> list[str]:
	return [df.options for df in frappe.get_meta(doctype).get_table_fields()]


# --- documents in responses


def scrub(value, user: str | None = None) -> bool:
	"""Remove the fields ``user`` may not read from every document (a dict with a ``doctype``) inside
	``value``, in place. True if anything was removed."""
	user = user or frappe.session.user
	changed = False
	if isinstance(value, dict):
		doctype = value.get("doctype")
		if isinstance(doctype, str):
			for fieldname in hidden_fields(doctype, user) & set(value):
				del value[fieldname]
				changed = True
		for item in value.values():
			changed = scrub(item, user) or changed
	elif isinstance(value, list):
		for item in value:
			changed = scrub(item, user) or changed
	return changed


def _confidential_doctype_tokens() -> tuple[bytes, ...]:
	tokens = []
	for doctype in (*SCHOOL_DOCTYPES, *CHILD_DOCTYPES):
		meta = frappe.get_meta(doctype)
		if any(df.permlevel for df in meta.fields):
			tokens.append(json.dumps(doctype).encode())
	return tuple(tokens)


def scrub_response(response=None, request=None):
	"""after_request hook: no JSON response carries a confidential field to a user who may not read it
	(save, insert, submit and set_value responses included, on every API version)."""
	if response is None or not getattr(frappe.local, "session", None):
		return
	user = frappe.session.user
	if user in ("Administrator", "Guest") or response.direct_passthrough:
		return
	if response.mimetype != "application/json" or response.status_code >= 400:
		return
	body = response.get_data()
	if not any(token in body for token in _confidential_doctype_tokens()):
		return
	data = json.loads(body)
	if scrub(data, user):
		response.set_data(frappe.as_json(data, indent=None, separators=(",", ":")))


# --- the version history, attachments and comments in the form's docinfo


def scrub_version_data(doctype: str, data: dict, user: str | None = None) -> dict:
	"""A Version's ``data`` without the changes to fields (or rows of tables) ``user`` may not read."""
	hidden = hidden_fields(doctype, user)
	meta = frappe.get_meta(doctype)
	tables = {df.fieldname: df.options for df in meta.get_table_fields()}
	child_hidden = {field: hidden_fields(child, user) for field, child in tables.items()}
	out = dict(data)
	out["changed"] = [c for c in data.get("changed") or [] if c and c[0] not in hidden]
	for key in ("added", "removed"):
		rows = []
		for table, row in data.get(key) or []:
			if table in hidden:
				continue
			if isinstance(row, dict):
				row = {k: v for k, v in row.items() if k not in child_hidden.get(table, set())}
			rows.append([table, row])
		out[key] = rows
	row_changed = []
	for entry in data.get("row_changed") or []:
		table, idx, row_name, changes = entry
		if table in hidden:
			continue
		changes = [c for c in changes if c and c[0] not in child_hidden.get(table, set())]
		if changes:
			row_changed.append([table, idx, row_name, changes])
	out["row_changed"] = row_changed
	return out


def _has_changes(data: dict) -> bool:
	return any(data.get(k) for k in ("changed", "added", "removed", "row_changed")) or bool(
		data.get("data_import") or data.get("updater_reference")
	)


def scrub_versions(doctype: str, versions: list, user: str | None = None) -> list:
	"""Version rows (``name``, ``data`` ...) as ``user`` may read them: confidential changes removed,
	versions with nothing else left dropped."""
	hidden = hidden_fields(doctype, user) or any(
		hidden_fields(child, user) for child in table_doctypes(doctype)
	)
	if not hidden:
		return versions
	out = []
	for version in versions:
		try:
			data = json.loads(version.get("data") or "{}")
		except (TypeError, ValueError):
			continue
		data = scrub_version_data(doctype, data, user)
		if _has_changes(data):
			out.append({**version, "data": frappe.as_json(data, indent=None)})
	return out


def confidential_file_urls(doctype: str, name: str, user: str | None = None) -> set[str]:
	fields = hidden_attach_fields(doctype, user)
	if not fields:
		return set()
	values = frappe.db.get_value(doctype, name, fields, as_dict=True) or {}
	return {v for v in values.values() if v}


def scrub_docinfo(doctype: str, name: str, user: str | None = None):
	"""The docinfo of the current response as ``user`` may read it: versions without confidential
	changes, no confidential attachment, no comment naming one."""
	docinfo = frappe.response.get("docinfo")
	if not docinfo or doctype not in SCHOOL_DOCTYPES:
		return
	if docinfo.get("versions"):
		docinfo["versions"] = scrub_versions(doctype, docinfo["versions"], user)
	urls = confidential_file_urls(doctype, name, user)
	if not urls:
		return
	for key, entries in docinfo.items():
		if isinstance(entries, list):
			docinfo[key] = [e for e in entries if not _mentions(e, urls)]


def _mentions(entry, urls: set[str]) -> bool:
	"""Does a docinfo entry (an attachment, a comment, a log line) name one of ``urls``?"""
	if not isinstance(entry, dict):
		return False
	return any(isinstance(v, str) and any(u in v for u in urls) for v in entry.values())


# --- files


def confidential_file_condition(user: str) -> str:
	"""SQL over ``tabFile`` hiding the files held in confidential Attach fields ``user`` may not read."""
	clauses = []
	for doctype in SCHOOL_DOCTYPES:
		fields = hidden_attach_fields(doctype, user)
		if not fields:
			continue
		dt = frappe.db.escape(doctype)
		in_field = ", ".join(frappe.db.escape(f) for f in fields)
		held = " union ".join(
			f"select `{f}` from `tab{doctype}` where ifnull(`{f}`, '') != ''" for f in fields
		)
		clauses.append(
			f"(`tabFile`.`attached_to_doctype` = {dt} and (`tabFile`.`attached_to_field` in ({in_field})"
			f" or `tabFile`.`file_url` in ({held})))"
		)
	return f"not ({' or '.join(clauses)})" if clauses else ""


def is_confidential_file(file, user: str | None = None) -> bool:
	"""Is ``file`` (a File) held in a confidential Attach field ``user`` may not read?"""
	doctype, name = file.get("attached_to_doctype"), file.get("attached_to_name")
	if doctype not in SCHOOL_DOCTYPES or not name:
		return False
	fields = hidden_attach_fields(doctype, user)
	if not fields:
		return False
	if file.get("attached_to_field") in fields:
		return True
	return file.get("file_url") in confidential_file_urls(doctype, name, user)


def refuse_confidential_download():
	"""before_request hook: a private file held in a confidential field is downloaded only by those
	who may read the field (Frappe's download check looks at the attached record, not the field)."""
	request = getattr(frappe.local, "request", None)
	if not request or not request.path.startswith("/private/files/"):
		return
	user = frappe.session.user
	if user == "Administrator":
		return
	files = frappe.get_all(
		"File",
		filters={"file_url": request.path},
		fields=["attached_to_doctype", "attached_to_name", "attached_to_field", "file_url"],
	)
	if any(is_confidential_file(f, user) for f in files):
		raise frappe.PermissionError(_("You may not download this file."))


# --- query parameters


def _request_doctype() -> str | None:
	form = frappe.local.form_dict
	for key in ("doctype", "reference_doctype", "document_type"):
		if isinstance(form.get(key), str):
			return form.get(key)
	request = getattr(frappe.local, "request", None)
	path = request.path if request else ""
	match = re.match(r"^/api/(?:v1/|v2/)?(?:resource|document|doctype)/([^/]+)", path)
	if match:
		from urllib.parse import unquote

		return unquote(match.group(1))
	return None


def refuse_hidden_field_queries():
	"""before_request hook: a user may not filter, sort, group or aggregate on a field they may not
	read (which would tell them its value row by row)."""
	if not getattr(frappe.local, "session", None) or frappe.session.user == "Administrator":
		return
	doctype = _request_doctype()
	if doctype not in SCHOOL_DOCTYPES and doctype not in CHILD_DOCTYPES:
		return
	hidden = set(hidden_fields(doctype))
	for child in table_doctypes(doctype):
		hidden |= hidden_fields(child)
	if not hidden:
		return
	pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(f) for f in sorted(hidden)) + r")(?![\w-])")
	for key in QUERY_KEYS:
		value = frappe.local.form_dict.get(key)
		if value in (None, ""):
			continue
		if key in FILTER_KEYS:
			named = filter_fieldnames(value)
			refused = any(pattern.search(name) for name in named)
		else:
			refused = bool(
				pattern.search(value if isinstance(value, str) else json.dumps(value, default=str))
			)
		if refused:
			frappe.throw(
				_("You may not filter or sort {0} on a field you cannot read.").format(_(doctype)),
				frappe.PermissionError,
			)


FILTER_KEYS = ("filters", "or_filters", "current_filters")


def filter_fieldnames(value) -> list[str]:
	"""The field names a filter argument (JSON text, dict or list, in any of Frappe's shapes) names."""
	if isinstance(value, str):
		try:
			value = json.loads(value)
		except ValueError:
			return [value]
	if isinstance(value, dict):
		return [str(k) for k in value]
	names = []
	for item in value if isinstance(value, list | tuple) else []:
		if isinstance(item, dict):
			names.extend(str(k) for k in item)
		elif isinstance(item, list | tuple) and item:
			names.append(str(item[1] if len(item) >= 4 else item[0]))
		elif isinstance(item, str):
			names.append(item)
	return names
