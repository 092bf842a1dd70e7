"""Plain-Python rules for SEND work: no frappe import, so they run and test anywhere.

Messages are written as ``_("... {0} ...")`` with the local marker below, so that Frappe's
translation extractor finds them; the Frappe layer translates them when it throws
(see ``senco_app.utils.rule_errors``).
"""


def _(message: str) -> str:
	"""Mark a message for translation; the Frappe layer translates it at throw time."""
	return message


class RuleError(ValueError):
	"""A broken rule: an English message template, its arguments and the field it concerns."""

	def __init__(self, message: str, *args, field: str | None = None):
		super().__init__(message.format(*args))
		self.message = message
		self.params = args
		self.field = field
