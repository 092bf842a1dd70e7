"""SENDDocument: the Frappe-side input layer every SEND doctype controller inherits (child tables
excepted). No SEND rule lives here; it makes sure the rules only ever see values of the right shape.

What a client sends (``frappe.get_doc(dict)``, ``frappe.client``, ``/api/resource``) reaches a
document through ``update`` -> ``set``, and its table rows through ``_init_child``. There each value
is checked for its shape before Frappe casts it (``get_valid_dict`` turns "abc" into 0) or iterates
it (a string given for a table): a table takes a list of rows, a number field a number, a date field
a date Frappe can read, any other field one value (not a list or object).

Before any controller hook runs, Frappe calls ``_validate_links`` (on insert and on save); there
the whole document and its rows are checked again (values set in code or on a row through
``frappe.client.set_value``), with what needs the database: text that fits its column, attachments
that are files of this site, required links set and linked documents that exist.

A refused value raises one of ``senco_app.exceptions`` naming the field; the request is rolled
back, so nothing is written."""

import datetime
from typing import NamedTuple

import frappe
from frappe import _
from frappe import _lt
from frappe.model import attachment_fieldtypes
from frappe.model import numeric_fieldtypes
from frappe.model import table_fields
from frappe.model.base_document import BaseDocument
from frappe.model.document import Document
from frappe.utils import cint
from frappe.utils import get_datetime
from frappe.utils import get_time

from senco_app import exceptions
from senco_app.rules.field_values import column_limit
from senco_app.rules.field_values import is_single_value
from senco_app.rules.field_values import is_site_file_path
from senco_app.rules.field_values import to_number

NUMBER_FIELDTYPES = {*numeric_fieldtypes, "Rating", "Duration"}
WHOLE_NUMBER_FIELDTYPES = {"Int", "Long Int", "Check"}
# values Frappe keeps as they come (JSON is any JSON); Check is cast to 0 or 1 whatever its size
ANY_SHAPE = {"JSON"}
NO_SIZE = {"Check", *table_fields}
LOADING = "senco_loading_from_db"


class Place(NamedTuple):
	"""Where a value is: a document, or a row (its table and number) of one."""

	doctype: str
	parentfield: str | None = None
	row: int | None = None
	table_label: str | None = None


class SENDDocument(Document):
	"""A SEND document that refuses bad input with a typed error naming the field."""

	def load_from_db(self):
		"""Values read from the database were checked when they were written."""
		self.flags[LOADING] = True
		try:
			return super().load_from_db()
		finally:
			self.flags.pop(LOADING, None)

	def set(self, key, value, as_value=False):
		df = self.meta.get_field(key)
		if (
			df
			and not self.flags.get(LOADING)
			and not (as_value and df.fieldtype in table_fields)
			# Frappe's new-document template sets a field's own default as written ("Now") and
			# resolves it next; what is saved is checked again before the controller runs
			and value != df.default
		):
			value = clean_value(Place(self.doctype), df, value)
		return super().set(key, value, as_value=as_value)

	def _init_child(self, value, key):
		"""Each row of a table (``set``, ``append``, ``extend``), checked before its document is made."""
		df = self.meta.get_field(key)
		if df and df.fieldtype in table_fields and not self.flags.get(LOADING):
			if not isinstance(value, BaseDocument):
				self.check_row(df, value)
		return super()._init_child(value, key)

	def _validate_links(self):
		"""Frappe runs this on insert and save before any controller hook (before_insert,
		before_validate, validate), so the whole input is checked here first."""
		if self._action != "cancel":
			check_document(self, Place(self.doctype), self.flags)
			for row in self.get_all_children():
				check_document(row, self.row_place(row.parentfield, row.idx), self.flags)
		super()._validate_links()

	def _validate(self):
		super()._validate()
		# Frappe's sanitising may lengthen text (HTML escaped): what will be written must still fit
		check_size(self, Place(self.doctype))
		for row in self.get_all_children():
			check_size(row, self.row_place(row.parentfield, row.idx))

	def check_row(self, df, value):
		if not isinstance(value, dict):
			refuse(Place(self.doctype), df, ROWS)
		place = self.row_place(df.fieldname, len(self.get(df.fieldname) or []) + 1)
		meta = frappe.get_meta(df.options)
		for fieldname, field_value in value.items():
			if row_df := meta.get_field(fieldname):
				value[fieldname] = clean_value(place, row_df, field_value)

	def row_place(self, parentfield: str, row: int) -> Place:
		return Place(
			self.get_table_field_doctype(parentfield), parentfield, row, self.meta.get_label(parentfield)
		)


def clean_value(place: Place, df, value):
	"""The value to keep for the field, refused if of the wrong shape for its field type; a number
	sent as text ("45") is kept as the number, so rules compare numbers."""
	if value is None or value == "" or df.fieldtype in ANY_SHAPE:
		return value
	if df.fieldtype in table_fields:
		if not isinstance(value, list | tuple):
			refuse(place, df, ROWS)
	elif df.fieldtype in NUMBER_FIELDTYPES:
		number = to_number(value)
		if number is None:
			refuse(place, df, NUMBER)
		if isinstance(value, str):
			return int(number) if df.fieldtype in WHOLE_NUMBER_FIELDTYPES else number
	elif df.fieldtype in DATE_KINDS:
		if not is_date(df.fieldtype, value):
			refuse(place, df, DATE_KINDS[df.fieldtype])
	elif not is_single_value(value):
		refuse(place, df, SINGLE_VALUE)
	return value


def check_document(doc: BaseDocument, place: Place, flags):
	"""Every value of a document or row, then what needs the database: sizes, attachments, links."""
	for df in doc.meta.fields:
		value = doc.get(df.fieldname)
		if (cleaned := clean_value(place, df, value)) is not value:
			doc.set(df.fieldname, cleaned)
		if df.fieldtype in attachment_fieldtypes and value and not is_site_file_path(value):
			refuse(place, df, ATTACHMENT)
		if df.fieldtype == "Link":
			check_link(place, df, value, flags)
	check_size(doc, place)


def check_size(doc: BaseDocument, place: Place):
	"""Text that fits its column and numbers their column can keep (Frappe's map of field types to
	columns; a Single keeps every value in a long text column)."""
	if doc.meta.issingle:
		return
	for df in doc.meta.fields:
		value = doc.get(df.fieldname)
		column = frappe.db.type_map.get(df.fieldtype)
		if value in (None, "") or not column or df.fieldtype in NO_SIZE:
			continue
		column_type, size = column
		if column_type == "varchar":
			size = cint(df.length) or size
		elif column_type == "int" and cint(df.length) > 11:  # Frappe makes such a column bigint
			column_type = "bigint"
		limit = column_limit(column_type, size)
		if limit and limit.exceeded_by(value):
			refuse(place, df, TOO_BIG[limit.unit], limit.bound)


def check_link(place: Place, df, value, flags):
	"""A required link is set, and a link names a document that exists: a controller reads it next.
	Frappe's own check (``get_invalid_links``, run after this) lets a missing document through when
	the form fetches fields from it (v15), and Frappe checks required fields after the controller."""
	if value in (None, ""):
		if df.reqd and not flags.ignore_mandatory:
			refuse(place, df, REQUIRED)
		return
	if flags.ignore_links:
		return
	meta = frappe.get_meta(df.options)
	if meta.issingle or meta.get("is_virtual"):
		return
	if not frappe.db.get_value(df.options, value, "name", cache=True):
		refuse(place, df, NOT_FOUND, _(df.options), value)


def is_date(fieldtype: str, value) -> bool:
	"""A date (time) object, or a string Frappe reads as one (``get_datetime``, ``get_time``)."""
	if fieldtype == "Time":
		kinds, parse = (datetime.time, datetime.timedelta, datetime.datetime), get_time
	else:
		kinds, parse = (datetime.date,), get_datetime
	if isinstance(value, kinds):
		return True
	if not isinstance(value, str):
		return False
	try:
		return parse(value) is not None
	except Exception:
		return False


class Problem(NamedTuple):
	exc: type[exceptions.SENDInputError]
	message: str  # translated lazily, when thrown; {0} is the field's label


ROWS = Problem(
	exceptions.InvalidTableError, _lt("{0} must be a list of rows, each an object of field values.")
)
NUMBER = Problem(exceptions.InvalidNumberError, _lt("{0} must be a number."))
SINGLE_VALUE = Problem(
	exceptions.InvalidValueError, _lt("{0} must be a single value, not a list or an object.")
)
DATE_KINDS = {
	"Date": Problem(exceptions.InvalidDateError, _lt("{0} must be a date (YYYY-MM-DD).")),
	"Datetime": Problem(
		exceptions.InvalidDateError, _lt("{0} must be a date and time (YYYY-MM-DD HH:MM:SS).")
	),
	"Time": Problem(exceptions.InvalidDateError, _lt("{0} must be a time (HH:MM:SS).")),
}
TOO_BIG = {
	"characters": Problem(
		exceptions.ValueTooLongError, _lt("{0} is too long: it keeps at most {1} characters.")
	),
	"bytes": Problem(
		exceptions.ValueTooLongError, _lt("{0} is too long: it keeps at most {1} bytes of text.")
	),
	"magnitude": Problem(exceptions.InvalidNumberError, _lt("{0} is too large: it must be less than {1}.")),
}
ATTACHMENT = Problem(
	exceptions.InvalidAttachmentError,
	_lt("{0} must be a file uploaded to this site (/files/... or /private/files/...)."),
)
REQUIRED = Problem(exceptions.MissingLinkError, _lt("{0} is required."))
NOT_FOUND = Problem(exceptions.InvalidLinkError, _lt("{0}: {1} {2} does not exist."))


def refuse(place: Place, df, problem: Problem, *args):
	"""Throw the problem's error, translated, naming the field by its label (and the row)."""
	label = _(df.label or df.fieldname, context=df.parent)
	if place.parentfield:
		label = _("{0} row {1}: {2}").format(_(place.table_label), place.row, label)
	frappe.throw(
		str(problem.message).format(label, *args),
		exc=problem.exc(
			fieldname=df.fieldname, doctype=place.doctype, parentfield=place.parentfield, row=place.row
		),
		title=_("Invalid value"),
	)
