"""Plain-Python rules for SEND work: no frappe import, so they run and test anywhere.

Messages are written as ``_("... {0} ...")`` with the local marker below, so that Frappe's
translation extractor finds them; the Frappe layer translates them when it throws
(see ``senco_app.utils.rule_errors``).
"""

# What the database joins a group's names with (group_concat ... separator), so that a name with a
# comma in it stays whole
UNIT_SEPARATOR = "\x1f"


def joined_names(value) -> set:
	"""The names in ``value``: text the database joined with ``UNIT_SEPARATOR``, or a collection of
	names (None: none)."""
	return set(value.split(UNIT_SEPARATOR)) if isinstance(value, str) else set(value or ())


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


def check_not_before(later, earlier, message: str, field: str) -> None:
	"""``later`` (of ``field``) may not fall before ``earlier``; ``message`` names them as {0} and {1}.
	Either missing: nothing to check."""
	if later and earlier and later < earlier:
		raise RuleError(message, later, earlier, field=field)


def check_after(later, earlier, message: str, field: str) -> None:
	"""``later`` (of ``field``) must fall after ``earlier`` (the same day is too early); ``message``
	names them as {0} and {1}. Either missing: nothing to check."""
	if later and earlier and later <= earlier:
		raise RuleError(message, later, earlier, field=field)


def check_done_date(row_no: int, done: bool, done_on, earliest, today, field: str) -> None:
	"""An action row's date done (``field``): a done action has one, from ``earliest`` (its start,
	the visit) to today; an action not done has none."""
	if done and not done_on:
		raise RuleError(_("Actions row {0}: a done action needs the date it was done."), row_no, field=field)
	if done_on and not done:
		raise RuleError(
			_("Actions row {0}: a date done is for a done action only: set its status to Done."),
			row_no,
			field=field,
		)
	if done_on and not earliest <= done_on <= today:
		raise RuleError(
			_("Actions row {0}: the date done must be from {1} to today."), row_no, earliest, field=field
		)


class RuleErrors(RuleError):
	"""Several broken rules found in one pass, to be shown together (``field``: the first one's)."""

	def __init__(self, errors: list[RuleError]):
		super().__init__("\n".join(str(e) for e in errors), field=errors[0].field)
		self.errors = errors


def raise_together(errors: list[RuleError]) -> None:
	"""Raise nothing for no error, the error itself for one, a RuleErrors for several."""
	flat = [e for error in errors for e in (error.errors if isinstance(error, RuleErrors) else [error])]
	if len(flat) == 1:
		raise flat[0]
	if flat:
		raise RuleErrors(flat)


def check_all(*checks) -> None:
	"""Run every check (a callable raising RuleError) and report all that fail at once, so a person
	fixes a form in one go rather than one message at a time."""
	errors = []
	for check in checks:
		try:
			check()
		except RuleError as e:
			errors.append(e)
	raise_together(errors)
