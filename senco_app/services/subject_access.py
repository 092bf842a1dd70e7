"""Subject access: everything the school holds on one pupil, for the SENCO to answer a subject access
request (UK GDPR Article 15) in one action.

``export`` gives a ZIP: the pupil's SEND documents as a PDF (``subject-access.pdf``, from the Jinja2
template ``senco_app/templates/subject_access.html`` through Frappe's ``get_pdf``) and as HTML
(``subject-access.html``, the same page, readable without a PDF viewer), with every file attached to
those documents under ``files/``. Confidential fields (permlevel 1) and confidential contact log
entries are marked so the SENCO decides what to redact before release (third-party data, serious
harm exemptions). A provision entry appears with this pupil's own row only, never the other pupils'.

The SENCO of the pupil's school only, and only what the SENCO may read (the school rule applies to
every document read)."""

import io
import re
import zipfile

import frappe
from frappe import _
from frappe.model import no_value_fields
from frappe.model import table_fields
from frappe.utils import now_datetime
from frappe.utils.formatters import format_value

from senco_app.services.disposal import pupil_doctypes
from senco_app.services.disposal import pupil_row_tables
from senco_app.services.disposal import require_senco

TEMPLATE = "senco_app/templates/subject_access.html"
SKIPPED_FIELDS = {"amended_from"}


def collect(student: str) -> dict:
	"""What the template shows: the pupil, each readable SEND document (fields and tables, each field
	marked confidential or not), the pupil's rows in other documents, comments, communications and the
	attached files (File documents the user may read)."""
	pupil = require_senco(student)
	documents, files = [], []
	for doctype, field in pupil_doctypes().items():
		for name in frappe.get_list(doctype, filters={field: student}, pluck="name", order_by="creation asc"):
			doc = frappe.get_doc(doctype, name)
			if not doc.has_permission("read"):
				continue
			documents.append(document_view(doc))
			files += attached_files(doc)
	for child, field, parent in pupil_row_tables():
		rows = frappe.get_all(child, filters={field: student, "parenttype": parent}, pluck="name")
		parents = set(frappe.get_all(child, filters={"name": ["in", rows or [""]]}, pluck="parent"))
		for name in sorted(parents):
			doc = frappe.get_doc(parent, name)
			if not doc.has_permission("read"):
				continue
			documents.append(document_view(doc, only_rows={child: (field, student)}))
	return {
		"pupil": pupil,
		"school": pupil.school,
		"date_of_birth": format_value(pupil.date_of_birth, "Date"),
		"generated_by": frappe.session.user,
		"generated_on": format_value(now_datetime(), "Datetime"),
		"documents": documents,
		"files": files,
	}


def document_view(doc, only_rows: dict | None = None) -> dict:
	"""A document as sections of labelled values, each marked confidential when it is (permlevel above
	0, or the whole entry marked confidential); tables as rows. ``only_rows``: for a table doctype,
	(field, value) a row must have to be shown (this pupil's rows of a shared document)."""
	levels = set(doc.get_permlevel_access("read") or []) | {0}
	whole = bool(doc.meta.has_field("confidential") and doc.get("confidential"))
	fields, tables = [], []
	for df in doc.meta.fields:
		if (
			df.fieldtype in no_value_fields and df.fieldtype not in table_fields
		) or df.fieldname in SKIPPED_FIELDS:
			continue
		if df.permlevel not in levels:
			continue  # a field this user may not read (the SENCO reads every level)
		confidential = whole or df.permlevel > 0
		if df.fieldtype in table_fields:
			table = table_view(doc, df, confidential, only_rows)
			if table["rows"]:
				tables.append(table)
			continue
		value = doc.get(df.fieldname)
		if value in (None, "", 0) and df.fieldtype != "Check":
			continue
		fields.append(
			{
				"fieldname": df.fieldname,
				"label": _(df.label or df.fieldname),
				"value": display(value, df, doc),
				"confidential": confidential,
			}
		)
	return {
		"doctype": doc.doctype,
		"doctype_label": _(doc.doctype),
		"name": doc.name,
		"confidential": whole,
		"fields": fields,
		"tables": tables,
		"comments": comments(doc),
		"communications": communications(doc),
	}


def table_view(doc, df, confidential: bool, only_rows: dict | None) -> dict:
	meta = frappe.get_meta(df.options)
	columns = [
		c for c in meta.fields if c.fieldtype not in no_value_fields and c.fieldname not in SKIPPED_FIELDS
	]
	rows = doc.get(df.fieldname) or []
	if only_rows and df.options in only_rows:
		field, value = only_rows[df.options]
		rows = [r for r in rows if r.get(field) == value]
	elif only_rows:
		rows = []
	return {
		"label": _(df.label or df.fieldname),
		"confidential": confidential,
		"columns": [
			{"label": _(c.label or c.fieldname), "confidential": confidential or c.permlevel > 0}
			for c in columns
		],
		"rows": [[display(r.get(c.fieldname), c, r) for c in columns] for r in rows],
	}


def display(value, df, doc) -> str:
	"""A value as the page shows it: formatted as Frappe formats it, markup reduced to text."""
	if df.fieldtype in ("Text Editor", "HTML Editor", "Markdown Editor"):
		return frappe.utils.strip_html_tags(value or "")
	return format_value(value, df, doc)


def comments(doc) -> list[dict]:
	return timeline_entries(
		"Comment",
		{
			"reference_doctype": doc.doctype,
			"reference_name": doc.name,
			"comment_type": ["in", ["Comment", "Info", "Edit", "Attachment", "Attachment Removed"]],
		},
		["creation", "comment_type", "comment_email", "content"],
	)


def communications(doc) -> list[dict]:
	return timeline_entries(
		"Communication",
		{"reference_doctype": doc.doctype, "reference_name": doc.name},
		["creation", "communication_medium", "sender", "recipients", "subject", "content"],
	)


def timeline_entries(doctype: str, filters: dict, fields: list[str]) -> list[dict]:
	"""Comments or communications of a document, oldest first, with the date and plain text shown."""
	rows = frappe.get_all(doctype, filters=filters, fields=fields, order_by="creation asc")
	for row in rows:
		row.when = format_value(row.creation, "Datetime")
		row.text = frappe.utils.strip_html_tags(row.content or "")
	return rows


def attached_files(doc) -> list[dict]:
	"""Files attached to the document that the user may read; a file in a confidential field (or on a
	confidential entry) is marked."""
	confidential_fields = {
		df.fieldname
		for df in doc.meta.fields
		if df.permlevel > 0 and df.fieldtype in ("Attach", "Attach Image")
	}
	whole = bool(doc.meta.has_field("confidential") and doc.get("confidential"))
	out = []
	for f in frappe.get_all(
		"File",
		filters={"attached_to_doctype": doc.doctype, "attached_to_name": doc.name, "is_folder": 0},
		fields=["name", "file_name", "file_url", "attached_to_field"],
	):
		if not frappe.has_permission("File", "read", f.name):
			continue
		out.append(
			{
				**f,
				"doctype": doc.doctype,
				"docname": doc.name,
				"confidential": whole or f.attached_to_field in confidential_fields,
			}
		)
	return out


def render_html(data: dict) -> str:
	return frappe.render_template(TEMPLATE, data)


def render_pdf(html: str) -> bytes | None:
	"""The page as a PDF, or None when this server cannot make one (no wkhtmltopdf): the ZIP then
	holds the HTML and a note saying so."""
	try:
		from frappe.utils.pdf import get_pdf

		return get_pdf(html)
	except Exception:
		frappe.log_error(title=_("Subject access: no PDF"))
		frappe.clear_last_message()
		return None


def build_zip(student: str) -> tuple[bytes, dict]:
	"""The ZIP and what went into it (for tests and the response)."""
	data = collect(student)
	html = render_html(data)
	pdf = render_pdf(html)
	buffer = io.BytesIO()
	names = set()
	with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
		archive.writestr("subject-access.html", html)
		if pdf:
			archive.writestr("subject-access.pdf", pdf)
		else:
			archive.writestr(
				"NO-PDF.txt",
				_(
					"This server could not make a PDF (wkhtmltopdf is missing or failed): print subject-access.html instead."
				),
			)
		for f in data["files"]:
			content = frappe.get_doc("File", f["name"]).get_content()
			prefix = "files/confidential/" if f["confidential"] else "files/"
			archive.writestr(unique(prefix + safe_name(f"{f['docname']}-{f['file_name']}"), names), content)
	return buffer.getvalue(), {
		"html": html,
		"pdf": bool(pdf),
		"files": [f["file_name"] for f in data["files"]],
	}


def safe_name(name: str) -> str:
	return re.sub(r"[^\w.\- ]", "_", name or "file")


def unique(path: str, used: set) -> str:
	stem, dot, ext = path.rpartition(".")
	candidate, n = path, 1
	while candidate in used:
		n += 1
		candidate = f"{stem}-{n}.{ext}" if dot else f"{path}-{n}"
	used.add(candidate)
	return candidate


@frappe.whitelist()
def export(student: str, output: str = "zip") -> None:
	"""Download everything held on one pupil: ``output`` "zip" (the PDF, the HTML and the attached
	files) or "pdf" (the PDF alone). For the SENCO of the pupil's school only (403 for anyone else,
	and for a pupil the SENCO cannot read, whether or not the pupil exists). Each export is recorded
	in Frappe's Access Log (who, when, which pupil)."""
	if output not in ("zip", "pdf"):
		frappe.throw(_("Output must be zip or pdf."), frappe.ValidationError)
	if output == "pdf":
		data = collect(student)
		content = render_pdf(render_html(data))
		if content is None:
			frappe.throw(
				_(
					"This server cannot make PDFs (wkhtmltopdf is missing): download the ZIP, which holds the page as HTML."
				),
				title=_("No PDF"),
			)
		filename = f"subject-access-{student}.pdf"
	else:
		content, _summary = build_zip(student)
		filename = f"subject-access-{student}.zip"
	frappe.get_doc(
		{
			"doctype": "Access Log",
			"export_from": "Student",
			"reference_document": student,
			"file_type": output.upper(),
			"method": "Subject access export",
			"user": frappe.session.user,
		}
	).insert(ignore_permissions=True)
	frappe.local.response.filename = filename
	frappe.local.response.filecontent = content
	frappe.local.response.type = "download"
