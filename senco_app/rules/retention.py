"""Retention of a pupil's SEN file: when it may be destroyed (no frappe import).

Source: the IRMS Information Management Toolkit for Schools, as quoted by SENCOs: a pupil's SEN file
is kept until the pupil's date of birth plus 31 years (older guidance said 25 or 35), then reviewed
and destroyed. The period is ``retention_years_after_birth`` in SEND Settings (default 31).

A file is due for disposal only for a pupil who has **left**: off the school's roll (``rules.roll``)
with every SEND Record closed. A pupil still on roll, or with a record still open, keeps their file
whatever their age (the school still works with it).
"""

from collections.abc import Iterable
from datetime import date
from datetime import timedelta

from . import RuleError
from . import _
from .roll import on_roll

# Why a pupil's file is not due (the field a SENCO would look at), or DUE.
DUE = "due"
NO_DATE_OF_BIRTH = "no_date_of_birth"
ON_ROLL = "on_roll"
RECORD_OPEN = "record_open"
NOT_YET = "not_yet"


def birthday(date_of_birth: date, years: int) -> date:
	"""The day a pupil born on ``date_of_birth`` turns ``years`` old. A 29 February birthday falls on
	1 March in a common year (the later of the two readings, so the file is never destroyed early)."""
	try:
		return date_of_birth.replace(year=date_of_birth.year + years)
	except ValueError:  # 29 February in a common year
		return date(date_of_birth.year + years, 3, 1)


def retention_end(date_of_birth: date, years: int) -> date:
	"""The day a pupil's SEN file may be destroyed: date of birth plus the retention period."""
	return birthday(date_of_birth, years)


def has_left(
	as_at: date,
	joining_date: date | None,
	leaving_date: date | None,
	enabled: bool,
	record_statuses: Iterable[str],
) -> bool:
	"""Has the pupil left? Off the school's roll on ``as_at`` (left on or before the day before, or
	disabled with no leaving date: see ``rules.roll.on_roll``) and no SEND Record of theirs open
	(``record_statuses``: the status of each of their SEND Records; none at all counts as closed)."""
	return not on_roll(as_at, joining_date, leaving_date, enabled) and all(
		status == "Closed" for status in record_statuses
	)


def disposal_status(
	as_at: date,
	date_of_birth: date | None,
	years: int,
	joining_date: date | None,
	leaving_date: date | None,
	enabled: bool,
	record_statuses: Iterable[str],
) -> str:
	"""DUE when the pupil's file may be destroyed on ``as_at``, else why not: NO_DATE_OF_BIRTH (the end
	cannot be worked out: kept), ON_ROLL, RECORD_OPEN, or NOT_YET (left, but not yet old enough)."""
	statuses = list(record_statuses)
	if not date_of_birth:
		return NO_DATE_OF_BIRTH
	if on_roll(as_at, joining_date, leaving_date, enabled):
		return ON_ROLL
	if not has_left(as_at, joining_date, leaving_date, enabled, statuses):
		return RECORD_OPEN
	if as_at < retention_end(date_of_birth, years):
		return NOT_YET
	return DUE


def due_since(date_of_birth: date, years: int, left_on: date | None) -> date:
	"""The day a departed pupil's file became due: the end of retention, or the day they left if that
	was later (unknown: the end of retention)."""
	end = retention_end(date_of_birth, years)
	return max(end, left_on) if left_on else end


def birth_cutoff(as_at: date, years: int) -> date:
	"""A date of birth on or before this one may be due on ``as_at`` (a bound for a query: a 29 February
	birthday is the only one whose end is not the same day and month; the rule decides)."""
	try:
		day = as_at.replace(year=as_at.year - years)
	except ValueError:
		day = date(as_at.year - years, 2, 28)
	return day + timedelta(days=1)


def check_disposal_due(status: str, end: date | None) -> None:
	"""Refuse disposal unless ``status`` (from ``disposal_status``) is DUE; the error names the field
	to look at."""
	if status == DUE:
		return
	if status == NO_DATE_OF_BIRTH:
		raise RuleError(
			_("The pupil has no date of birth, so the end of retention is unknown: the file is kept."),
			field="date_of_birth",
		)
	if status == ON_ROLL:
		raise RuleError(
			_("The pupil is still on roll: a file is destroyed only after the pupil has left."),
			field="date_of_leaving",
		)
	if status == RECORD_OPEN:
		raise RuleError(
			_("The pupil has an open SEND Record: close it before the file can be destroyed."),
			field="status",
		)
	raise RuleError(
		_("The file is kept until {0}: it is not yet due for disposal."), end, field="date_of_birth"
	)
