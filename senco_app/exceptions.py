"""Errors for input a SEND document refuses before any rule runs (``senco_app.controllers``).

Each is a ``frappe.ValidationError`` (HTTP 417: Frappe rolls the request back, so nothing is written)
and carries where the bad value was: ``fieldname``, and for a table row ``parentfield`` (the table)
and ``row`` (its number), with ``doctype`` the document or row doctype."""

import frappe


class SENDInputError(frappe.ValidationError):
	"""A value of the wrong shape or size, refused before it is cast, read or written."""

	def __init__(
		self,
		*args,
		fieldname: str | None = None,
		doctype: str | None = None,
		parentfield: str | None = None,
		row: int | None = None,
	):
		super().__init__(*args)
		self.fieldname = fieldname
		self.doctype = doctype
		self.parentfield = parentfield
		self.row = row


class InvalidTableError(SENDInputError):
	"""A table field given something other than a list of rows (text, an object, a number)."""


class InvalidValueError(SENDInputError):
	"""A list or object given where one value belongs (text, a link, a choice)."""


class InvalidNumberError(SENDInputError):
	"""A number field given text that is not a number, or a number its column cannot keep."""


class InvalidDateError(SENDInputError):
	"""A date, date-time or time field given something Frappe cannot read as one."""


class ValueTooLongError(SENDInputError, frappe.CharacterLengthExceededError):
	"""Text longer than its column keeps (varchar characters, text bytes)."""


class InvalidAttachmentError(SENDInputError):
	"""An attachment that is not a file of this site (a URL, ``javascript:``)."""


class MissingLinkError(SENDInputError, frappe.MandatoryError):
	"""A required link left empty: refused before a controller reads the linked document."""


class InvalidLinkError(SENDInputError, frappe.LinkValidationError):
	"""A link to a document that does not exist."""
