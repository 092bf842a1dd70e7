"""Writes: checked against the saved record, kept inside one school and pupil, files kept private.

- The school rule's has_permission hook (``permissions.has_school_permission``) checks a change
  against the record as saved as well as as sent.
- ``SchoolChildDocument``: child rows are read and written through their parent only. Loaded on
  their own (``/api/resource/<child doctype>/<name>``, ``frappe.client.get``), they hand Frappe
  their saved parent to check; saved, inserted or deleted on their own, they are refused.
- ``validate_links``: a link to a pupil's record, a pupil or a provision entry points at one of the
  same school (and, for a pupil's records, the same pupil). Only links that change are checked, so
  a pupil who later moves school leaves their old records editable.
- ``make_attachment_private``: every file attached to a SEND record is private.
- ``drop_document_follow``: SEND records are not followed by e-mail digest (it would mail
  changes out of the app).
"""

import os
from collections import defaultdict

import frappe
from frappe import _
from frappe.model.base_document import BaseDocument
from frappe.model.document import Document
from frappe.utils import cint

from senco_app.exceptions import CrossSchoolLinkError
from senco_app.exceptions import StandaloneChildWriteError
from senco_app.exceptions import throw
from senco_app.security.doctypes import PUPIL_RECORDS
from senco_app.security.doctypes import SAME_SCHOOL_LINKS
from senco_app.security.doctypes import SEND_DOCTYPES
from senco_app.security.doctypes import SHARED_LINKS


class SchoolChildDocument(Document):
	"""Controller base for the child tables of school records."""

	@property
	def parent_doc(self):
		parent = BaseDocument.parent_doc.fget(self)
		if parent is None and not self.get("__islocal") and self.get("name"):
			# loaded on its own: the parent it is saved under decides, not the one it names
			saved = frappe.db.get_value(self.doctype, self.name, ["parenttype", "parent"], as_dict=True)
			if saved and saved.parenttype and frappe.db.exists(saved.parenttype, saved.parent):
				parent = frappe.get_doc(saved.parenttype, saved.parent)
				self._parent_doc = parent
		return parent

	@parent_doc.setter
	def parent_doc(self, value):
		self._parent_doc = value

	@parent_doc.deleter
	def parent_doc(self):
		self._parent_doc = None

	def _refuse_standalone_write(self):
		throw(
			_("{0} rows are changed through their {1} only.").format(
				_(self.doctype), _(self.parenttype or "")
			),
			StandaloneChildWriteError,
		)

	def save(self, *args, **kwargs):
		self._refuse_standalone_write()

	def insert(self, *args, **kwargs):
		self._refuse_standalone_write()

	def on_trash(self):
		self._refuse_standalone_write()


def _saved_links(doc) -> dict:
	"""(doctype, fieldname) -> the link values the saved record already has."""
	saved = defaultdict(set)
	before = doc.get_doc_before_save() if not doc.is_new() else None
	if before:
		for row in [before, *before.get_all_children()]:
			for df in row.meta.get_link_fields():
				if row.get(df.fieldname):
					saved[(row.doctype, df.fieldname)].add(row.get(df.fieldname))
	return saved


def validate_links(doc, method=None):
	"""validate hook of the SEND doctypes: links to records of the same school and pupil only."""
	school = doc.get("school")
	if not school:
		return
	student = doc.get("student")
	saved = _saved_links(doc)
	pending = defaultdict(list)
	for row in [doc, *doc.get_all_children()]:
		for df in row.meta.get_link_fields():
			value = row.get(df.fieldname)
			checked = df.options in SAME_SCHOOL_LINKS or df.options in SHARED_LINKS
			if checked and value and value not in saved[(row.doctype, df.fieldname)]:
				pending[df.options].append((value, df, row))
	for target, items in pending.items():
		fields = ["name", "school", *(["student"] if target in PUPIL_RECORDS else [])]
		found = {
			r.name: r
			for r in frappe.get_all(
				target, filters={"name": ["in", {v for v, _d, _r in items}]}, fields=fields
			)
		}
		for value, df, _row in items:
			linked = found.get(value)
			if linked is None:
				continue  # Frappe's own link validation names a missing record
			other_pupil = target in PUPIL_RECORDS and student and linked.student != student
			shared = target in SHARED_LINKS and not linked.school
			if (linked.school != school and not shared) or other_pupil:
				throw(
					_("{0} {1} in {2} is not a record of this pupil at this school.").format(
						_(target), value, _(df.label)
					)
					if other_pupil and linked.school == school
					else _("{0} {1} in {2} is not a record of this school.").format(
						_(target), value, _(df.label)
					),
					CrossSchoolLinkError,
					fieldname=df.fieldname,
					title=_("Record of another school or pupil"),
				)


def _is_send_attachment(doc) -> bool:
	return doc.get("attached_to_doctype") in SEND_DOCTYPES and not doc.get("is_folder")


def make_attachment_private(doc, method=None):
	"""File hook: every file attached to a SEND record is private, whatever the client sent.

	On insert (after Frappe has stored the upload) a public copy is stored again as a private file
	and the public one removed when nothing else uses it; on a later save the file stays private."""
	if not _is_send_attachment(doc) or cint(doc.is_private) or doc.is_remote_file:
		return
	if method == "before_validate":
		doc.is_private = 1  # Frappe's File.validate moves it back to the private folder
		return
	public_url, written_now = doc.file_url, doc.flags.new_file
	content = doc.get_content()
	doc.is_private = 1
	doc.file_url = None
	doc.save_file(content=content)
	if written_now and public_url and not frappe.db.exists("File", {"file_url": public_url}):
		path = frappe.get_site_path("public", public_url.lstrip("/"))
		if os.path.exists(path):
			os.remove(path)


def drop_document_follow(doc, method=None):
	"""Document Follow after_insert hook: SEND records are not followed by e-mail digest."""
	if doc.ref_doctype in SEND_DOCTYPES:
		frappe.db.delete("Document Follow", {"name": doc.name})
