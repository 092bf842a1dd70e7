"""Rules for a SEND register record: its dates and its dated status history.

The history is what census returns and the Common Transfer File read: one row per period in which
the pupil's SEN provision and ranked needs were unchanged, with from and to dates (DfE: an SEN
provision period needs an end date to count as history; only one provision open at a time).
"""

from datetime import date, timedelta

from . import RuleError, _
from .needs import census_code, needs_text, split_needs_text


def check_dates(
	today: date,
	start_date: date | None,
	date_identified: date | None = None,
	end_date: date | None = None,
	end_reason: str | None = None,
) -> None:
	"""Dates on a register record: none in the future, end not before start, an end needs a reason."""
	if not start_date:
		raise RuleError(_("Start Date is required."), field="start_date")
	if date_identified and date_identified > today:
		raise RuleError(_("Date Identified cannot be in the future."), field="date_identified")
	if start_date > today:
		raise RuleError(_("Start Date cannot be in the future."), field="start_date")
	if end_date:
		if end_date > today:
			raise RuleError(_("End Date cannot be in the future."), field="end_date")
		if end_date < start_date:
			raise RuleError(_("End Date cannot be before Start Date."), field="end_date")
		if not end_reason:
			raise RuleError(_("End Reason is required when End Date is set."), field="end_reason")


def state(provision: str, needs: list[dict]) -> dict:
	"""What a history row records: provision, census code and the needs in rank order."""
	text = needs_text(needs)
	codes = split_needs_text(text)
	return {
		"sen_provision": provision,
		"census_code": census_code(provision),
		"needs": text,
		"primary_need": codes[0] if codes else None,
		"secondary_need": codes[1] if len(codes) > 1 else None,
	}


_STATE_KEYS = ("sen_provision", "needs")


def _same_state(row: dict, new: dict) -> bool:
	return all((row.get(k) or "") == (new.get(k) or "") for k in _STATE_KEYS)


def next_history(
	rows: list[dict],
	new_state: dict,
	change_date: date,
	start_date: date,
	end_date: date | None = None,
) -> list[dict]:
	"""The history after a save; ``rows`` are the saved history, oldest first (not modified).

	- the first row starts on the record's start date;
	- a change of provision or needs closes the open row the day before ``change_date`` and opens
	  a new one from it (a change on the day the open row began replaces that row: a same-day
	  correction is not history);
	- closing the record (an end date) ends the open row on the end date; clearing the end date
	  reopens the register from ``change_date``.
	"""
	history = [dict(r) for r in rows]
	if not history:
		history.append({**new_state, "from_date": start_date, "to_date": None})
	else:
		first = history[0]
		if first["to_date"] and start_date > first["to_date"]:
			raise RuleError(
				_("Start Date cannot be after {0}, when the record's provision or needs first changed."),
				first["to_date"],
				field="start_date",
			)
		first["from_date"] = start_date
		last = history[-1]
		if last["to_date"] is None:
			if not _same_state(last, new_state):
				effective = max(change_date, last["from_date"])
				if effective == last["from_date"]:
					last.update(new_state)
					previous = history[-2] if len(history) > 1 else None
					if (
						previous
						and _same_state(previous, new_state)
						and previous["to_date"] == last["from_date"] - timedelta(days=1)
					):
						# a same-day change undone: the earlier period simply goes on
						history.pop()
						previous["to_date"] = None
				else:
					last["to_date"] = effective - timedelta(days=1)
					history.append({**new_state, "from_date": effective, "to_date": None})
		elif end_date is None:
			reopened = max(change_date, last["to_date"] + timedelta(days=1))
			history.append({**new_state, "from_date": reopened, "to_date": None})

	if end_date:
		last = history[-1]
		if end_date < last["from_date"]:
			raise RuleError(
				_("End Date cannot be before {0}, when the record's provision or needs last changed."),
				last["from_date"],
				field="end_date",
			)
		if last["to_date"] is None or last["to_date"] != end_date:
			last["to_date"] = end_date
	return history


def row_at(rows: list[dict], as_at: date) -> dict | None:
	"""The history row in force on ``as_at`` (from and to dates inclusive), or None."""
	for row in rows:
		if row["from_date"] <= as_at and (row["to_date"] is None or row["to_date"] >= as_at):
			return row
	return None
