"""A pupil's leaving and transition record: when they leave, where to, and what went with them.

Sources: the CTF is sent to the next school within 15 school days of the pupil ceasing to be
registered (Education (Pupil Information) (England) Regulations 2005, reg. 9: not checked here, the
school records when it was sent); URN format from Get Information About Schools (6 digits).
"""

import re
from datetime import date

from . import RuleError
from . import _


def check_transfer(
	leaving_date: date | None,
	record_start: date | None,
	destination_urn: str | None,
	sent_dates: list[date | None],
	today: date,
) -> None:
	"""The leaving date is not before the start of the pupil's register record; the destination URN
	is 6 digits (when given); nothing was sent on a day still to come."""
	if not leaving_date:
		raise RuleError(_("Leaving Date is required."), field="leaving_date")
	if record_start and leaving_date < record_start:
		raise RuleError(
			_("Leaving Date ({0}) cannot be before the start of the pupil's SEND Record ({1})."),
			leaving_date,
			record_start,
			field="leaving_date",
		)
	if destination_urn and not re.fullmatch(r"\d{6}", destination_urn.strip()):
		raise RuleError(
			_("Destination URN must be 6 digits, not {0}."), destination_urn, field="destination_urn"
		)
	for row_no, sent in enumerate(sent_dates, start=1):
		if sent and sent > today:
			raise RuleError(
				_("Sent Items row {0}: Date Sent ({1}) cannot be in the future."),
				row_no,
				sent,
				field="sent_items",
			)
