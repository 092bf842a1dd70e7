"""Typed errors: each names the field it is about, so callers and tests can tell them apart without
reading the (translated) message."""

import frappe


class SendFieldError(frappe.ValidationError):
	"""A value that breaks a rule; ``fieldname`` names the field (HTTP 417)."""

	def __init__(self, *args, fieldname: str | None = None):
		super().__init__(*args)
		self.fieldname = fieldname


class CrossSchoolLinkError(SendFieldError):
	"""A link points at a record of another school or another pupil."""


class SchoolChangeError(frappe.PermissionError):
	"""A record would move to a school the user does not hold."""


class StandaloneChildWriteError(frappe.PermissionError):
	"""A child row was written on its own instead of through its parent record."""


def throw(message: str, exc: type[Exception], fieldname: str | None = None, title: str | None = None):
	"""``frappe.throw`` with a typed exception carrying ``fieldname``."""
	error = exc(message, fieldname=fieldname) if issubclass(exc, SendFieldError) else exc(message)
	frappe.throw(message, exc=error, title=title)
