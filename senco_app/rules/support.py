"""Support allocations: the time an assistant gives beyond the provision map (in class, one to one,
at lunch and other unstructured times), so their week is seen whole against their contract.

Source: SEND Code of Practice 6.2 (the SENCO co-ordinates provision and the deployment of staff) and
6.52 (support staff deployment reviewed for its impact)."""

from datetime import date

from . import RuleError
from . import _

IN_CLASS = "In-class support"
ONE_TO_ONE = "One-to-one"
SUPPORT_TYPES = (IN_CLASS, ONE_TO_ONE, "Lunchtime or unstructured time", "Other")
MINUTES_IN_A_WEEK = 7 * 24 * 60


def check_allocation(
	support_type: str, student: str | None, minutes_per_week: int, from_date: date, to_date: date | None
) -> None:
	"""Minutes a week above nothing and within a week; the end not before the start; one-to-one
	support names its pupil."""
	if not 0 < (minutes_per_week or 0) <= MINUTES_IN_A_WEEK:
		raise RuleError(
			_("Minutes per Week must be more than 0 and at most {0} (a whole week)."),
			MINUTES_IN_A_WEEK,
			field="minutes_per_week",
		)
	if to_date and to_date < from_date:
		raise RuleError(
			_("To Date ({0}) cannot be before the From Date ({1})."), to_date, from_date, field="to_date"
		)
	if support_type == ONE_TO_ONE and not student:
		raise RuleError(_("One-to-one support needs the pupil it is for."), field="student")
