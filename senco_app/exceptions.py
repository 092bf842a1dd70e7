"""Typed errors: each names the field it is about (``fieldname``, and for a table row ``parentfield``
and ``row``), so callers and tests tell them apart by class and field, never by the translated text.

Input errors (``SENDInputError``) are refused before any rule runs (``senco_app.controllers``);
the others are rules of the school model. A ``frappe.ValidationError`` answers HTTP 417 and a
``frappe.PermissionError`` 403; Frappe rolls the request back, so nothing is written."""

import frappe


class SendFieldError(frappe.ValidationError):
	"""A value that breaks a rule, with where it was."""

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


class SENDInputError(SendFieldError):
	"""A value of the wrong shape or size, refused before it is cast, read or written."""


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


class MissingValueError(SENDInputError, frappe.MandatoryError):
	"""A required value left empty where an action asks for it."""


class InvalidLinkError(SENDInputError, frappe.LinkValidationError):
	"""A link to a document that does not exist."""


class RuleBrokenError(SendFieldError):
	"""A rule of the school model (register, plans, reviews, EHC plans, provision, agencies) broken by
	the values given."""


class DuplicateRecordError(SendFieldError, frappe.DuplicateEntryError):
	"""A second open record where one is allowed (register record, active plan, open EHC plan)."""

	http_status_code = 409


class CrossSchoolLinkError(SendFieldError):
	"""A link points at a record of another school or another pupil."""


class CTFError(SendFieldError):
	"""A Common Transfer File that cannot be imported: not well-formed XML, not a CTF, or an SEN
	history that breaks a rule (overlapping periods, an unknown need code, ranks with gaps). Nothing
	of the file is imported."""


class UnknownUPNError(CTFError):
	"""A CTF names a UPN that no pupil of the importing school holds."""


class RetentionNotDueError(SendFieldError):
	"""A pupil's SEN file asked to be destroyed before it is due (on roll, a record open, too young, or
	no date of birth): ``fieldname`` says which."""


class DisposalNotConfirmedError(SendFieldError):
	"""A disposal whose confirmation (the pupil's id typed back) is missing or wrong."""


class SencoOnlyError(frappe.PermissionError):
	"""An action for the school's SENCO only (disposal, subject access) asked by anyone else."""


class StandaloneChildWriteError(frappe.PermissionError):
	"""A child row was written on its own instead of through its parent record."""


def throw(message: str, exc: type[Exception], fieldname: str | None = None, title: str | None = None):
	"""``frappe.throw`` with a typed exception carrying ``fieldname``."""
	error = exc(message, fieldname=fieldname) if issubclass(exc, SendFieldError) else exc(message)
	frappe.throw(message, exc=error, title=title)
