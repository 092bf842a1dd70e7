"""Rules for a SEND register record: its dates and its dated status history.

The history is what census returns and the Common Transfer File read: one row per period in which
the pupil's SEN provision and ranked needs were unchanged, with from and to dates (DfE: an SEN
provision period needs an end date to count as history; only one provision open at a time).
"""

from datetime import date
from datetime import timedelta

from . import RuleError
from . import _
from .needs import census_code
from .needs import needs_text
from .needs import split_needs_text


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
ONE_DAY = timedelta(days=1)


def _same_state(row: dict, new: dict) -> bool:
	return all((row.get(k) or "") == (new.get(k) or "") for k in _STATE_KEYS)


def _restate(row: dict, values: dict) -> dict:
	"""``row`` with ``values`` (provision and/or needs text) set and its census code and primary and
	secondary need worked out again."""
	row = {**row, **values}
	codes = split_needs_text(row.get("needs"))
	row.update(
		census_code=census_code(row.get("sen_provision")),
		primary_need=codes[0] if codes else None,
		secondary_need=codes[1] if len(codes) > 1 else None,
	)
	return row


def check_effective_date(
	today: date, effective_date: date | None, start_date: date | None, end_date: date | None = None
) -> None:
	"""The date a change of provision or needs takes effect: not in the future, not before the
	record's start, and for a closed record not after its end date."""
	if not effective_date:
		return
	if effective_date > today:
		raise RuleError(_("Effective Date cannot be in the future."), field="effective_date")
	check_within_record(effective_date, start_date, end_date)


def check_within_record(effective_date: date, start_date: date | None, end_date: date | None) -> None:
	"""A change takes effect between the record's start and (for a closed record) its end."""
	if start_date and effective_date < start_date:
		raise RuleError(
			_("Effective Date cannot be before the record's Start Date ({0})."),
			start_date,
			field="effective_date",
		)
	if end_date and effective_date > end_date:
		raise RuleError(
			_("Effective Date cannot be after the record's End Date ({0})."), end_date, field="effective_date"
		)


def apply_from(rows: list[dict], values: dict, from_date: date) -> list[dict]:
	"""The history with ``values`` (``sen_provision`` and/or ``needs``) in force from ``from_date``
	on: the period containing ``from_date`` is cut the day before and the rest of it takes the
	values; every later period takes them too, keeping its other fields; gaps (the record closed
	and later reopened) stay gaps. Periods from ``from_date`` on that end up alike and follow on
	from each other merge into one. ``rows`` oldest first, not modified."""
	out = []
	for row in rows:
		if row["to_date"] is not None and row["to_date"] < from_date:
			out.append(dict(row))
		elif row["from_date"] < from_date:
			out.append({**row, "to_date": from_date - ONE_DAY})
			out.append(_restate({**row, "from_date": from_date}, values))
		else:
			out.append(_restate(row, values))
	merged: list[dict] = []
	for row in out:
		previous = merged[-1] if merged else None
		if (
			previous
			and row["from_date"] >= from_date
			and previous["to_date"] is not None
			and previous["to_date"] + ONE_DAY == row["from_date"]
			and _same_state(previous, row)
		):
			previous["to_date"] = row["to_date"]
		else:
			merged.append(row)
	return merged


def next_history(
	rows: list[dict],
	new_state: dict,
	change_date: date,
	start_date: date,
	end_date: date | None = None,
	fields: tuple[str, ...] | None = None,
	redate: bool = False,
) -> list[dict]:
	"""The history after a save; ``rows`` are the saved history, oldest first (not modified).

	``new_state`` is the record as saved now (``state``); ``change_date`` the date the change takes
	effect (its *effective date*: today unless the SENCO records a change after the fact).

	- the first row starts on the record's start date (a new record: the whole state from it);
	- a change of provision or needs takes effect on ``change_date``: each field that changed
	  (``fields``, by default those where ``new_state`` differs from the latest row) has its new
	  value in every period from ``change_date`` on (``apply_from``). The period containing
	  ``change_date`` is cut the day before. A change dated on or after the start of the latest
	  period simply closes it and opens a new one (on its first day it replaces it: a same-day
	  correction is not history, and a same-day change undone merges back).
	- **Backdated into an earlier period** (``change_date`` before the latest period began): the rule
	  is *"from that date the field was X"*. The changed field takes its new value from
	  ``change_date`` up to now, overriding any later change of the same field (the record holds X
	  now, so a later recorded value of that field is superseded); later changes of the *other*
	  field are kept with their dates. E.g. K [SLCN] from 1 Sep, K [SLCN, ASD] from 1 Oct; made EHC
	  Plan effective 15 Sep gives K [SLCN] 1-14 Sep, E [SLCN] 15-30 Sep, E [SLCN, ASD] from 1 Oct.
	- closing the record (an end date) ends the latest period on the end date; a change to a closed
	  record takes effect by its end date (``change_date`` after it is refused); clearing the end
	  date reopens the register from ``change_date`` (not before the day after the old end).
	- ``redate``: when nothing changed, an effective date given on purpose moves the latest change
	  (``redate_latest_change``): how a change typed with the wrong date is put right.
	- ``change_date`` before the record's start is refused (``effective_date``).
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
		if last["to_date"] is not None and end_date is None:
			reopened = max(change_date, last["to_date"] + ONE_DAY)
			history.append({**new_state, "from_date": reopened, "to_date": None})
		else:
			if end_date:
				_end(history, end_date)
			changed = (
				tuple(fields)
				if fields is not None
				else tuple(k for k in _STATE_KEYS if (last.get(k) or "") != (new_state.get(k) or ""))
			)
			if changed:
				check_within_record(change_date, start_date, end_date)
				history = apply_from(history, {k: new_state.get(k) for k in changed}, change_date)
			elif redate:
				history = redate_latest_change(history, change_date)
	if end_date:
		_end(history, end_date)
	return history


def redate_latest_change(rows: list[dict], new_date: date) -> list[dict]:
	"""The history with its latest change (the start of the latest period, when the period before
	it runs up to it) moved to ``new_date``, earlier or later: the earlier period runs up to the day
	before and what changed then applies from ``new_date`` (``apply_from``). A history of one period,
	or a latest period after a gap (a reopening), has no change to move: the rows come back as they
	are. ``new_date`` not after the end of the latest period, not before the record's start."""
	history = [dict(r) for r in rows]
	if len(history) < 2:
		return history
	previous, latest = history[-2], history[-1]
	if previous["to_date"] is None or previous["to_date"] + ONE_DAY != latest["from_date"]:
		return history
	if new_date < history[0]["from_date"]:
		raise RuleError(
			_("Effective Date cannot be before the record's Start Date ({0})."),
			history[0]["from_date"],
			field="effective_date",
		)
	if latest["to_date"] is not None and new_date > latest["to_date"]:
		raise RuleError(
			_("Effective Date cannot be after the record's End Date ({0})."),
			latest["to_date"],
			field="effective_date",
		)
	changed = {k: latest.get(k) for k in _STATE_KEYS if (latest.get(k) or "") != (previous.get(k) or "")}
	previous["to_date"] = latest["to_date"]
	return apply_from(history[:-1], changed, new_date)


def _end(history: list[dict], end_date: date) -> None:
	"""End the latest period on ``end_date`` (in place)."""
	last = history[-1]
	if end_date < last["from_date"]:
		raise RuleError(
			_("End Date cannot be before {0}, when the record's provision or needs last changed."),
			last["from_date"],
			field="end_date",
		)
	last["to_date"] = end_date


def period_start(rows: list[dict], field: str, value: str) -> date | None:
	"""When the latest run of periods with ``field`` equal to ``value`` began (the periods following
	on from each other up to the latest one), or None when the latest period has another value."""
	start = None
	for row in reversed(rows):
		if row.get(field) != value:
			break
		if start is not None and (row["to_date"] is None or row["to_date"] + ONE_DAY != start):
			break
		start = row["from_date"]
	return start


def row_at(rows: list[dict], as_at: date) -> dict | None:
	"""The history row in force on ``as_at`` (from and to dates inclusive), or None."""
	for row in rows:
		if row["from_date"] <= as_at and (row["to_date"] is None or row["to_date"] >= as_at):
			return row
	return None
