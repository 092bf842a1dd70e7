"""Small Frappe-side helpers shared by controllers and reports."""

from contextlib import contextmanager

import frappe
from frappe import _

from senco_app.exceptions import RuleBrokenError
from senco_app.exceptions import throw
from senco_app.rules import RuleError
from senco_app.rules import RuleErrors


@contextmanager
def rule_errors(title: str | None = None):
	"""Run plain-Python rule checks; a broken rule becomes a translated ``frappe.throw``.

	The rule modules write their messages as ``_("...")`` templates; they are translated here, at
	throw time, so the message reaches the user in their language and names the field."""
	try:
		yield
	except RuleErrors as e:
		throw(
			"<br>".join(_(error.message).format(*error.params) for error in e.errors),
			RuleBrokenError,
			fieldname=e.field,
			title=title or _("Invalid value"),
		)
	except RuleError as e:
		throw(
			_(e.message).format(*e.params),
			RuleBrokenError,
			fieldname=e.field,
			title=title or _("Invalid value"),
		)


def optional_date(value):
	"""A date field's value as a date for the rules, or None when it is empty."""
	return frappe.utils.getdate(value) if value else None
