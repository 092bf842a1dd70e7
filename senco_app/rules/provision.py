"""Provision costing, progress and staff deployment (plain Python).

A provision map entry is one intervention as delivered: a number of sessions a week of a number of
minutes, over a number of weeks, at a cost per hour. Its cost is shared by the pupils placed in it
(withdrawn pupils included: the sessions were staffed for them). Progress is exit score minus entry
score on the provision's measure, negated when a lower score is better (e.g. Boxall difficulty).
"""

import math
from datetime import date
from datetime import timedelta

from . import RuleError
from . import _

NOTIONAL_THRESHOLD = 6000


def weeks_between(start: date, end: date) -> int:
	"""Whole weeks from start to end inclusive, rounded half up, at least 1."""
	return max(1, math.floor(((end - start).days + 1) / 7 + 0.5))


def costing(sessions_per_week: int, minutes: int, weeks: int, cost_per_hour: float, pupils: int) -> dict:
	"""Hours and cost of an entry, and the cost per pupil (0 with no pupils)."""
	hours = sessions_per_week * minutes * weeks / 60
	total = round(hours * (cost_per_hour or 0), 2)
	return {
		"total_hours": round(hours, 2),
		"total_cost": total,
		"cost_per_pupil": round(total / pupils, 2) if pupils else 0.0,
	}


def progress(entry: float | None, exit_score: float | None, higher_is_better: bool = True) -> float | None:
	if entry is None or exit_score is None:
		return None
	change = exit_score - entry
	return round(change if higher_is_better else -change, 2)


def check_entry(
	start: date, end: date, sessions: int, minutes: int, cost_per_hour: float | None, weeks: int | None
) -> None:
	if end < start:
		raise RuleError(_("End Date ({0}) cannot be before Start Date ({1})."), end, start, field="end_date")
	for value, label, field in (
		(sessions, _("Sessions per Week"), "sessions_per_week"),
		(minutes, _("Minutes per Session"), "minutes_per_session"),
		(weeks, _("Weeks"), "weeks"),
	):
		if value is not None and value <= 0:
			raise RuleError(_("{0} must be more than 0, not {1}."), label, value, field=field)
	if cost_per_hour is not None and cost_per_hour <= 0:
		raise RuleError(
			_("Cost per Hour must be more than 0, not {0}."), cost_per_hour, field="cost_per_hour"
		)


def check_pupils(pupils: list[dict]) -> None:
	"""Each pupil once; an exit score needs an entry score; exit not before entry."""
	seen = set()
	for row_no, p in enumerate(pupils, start=1):
		if p["student"] in seen:
			raise RuleError(
				_("Pupils row {0}: {1} is already in this entry."), row_no, p["student"], field="pupils"
			)
		seen.add(p["student"])
		if p.get("exit_score") is not None and p.get("entry_score") is None:
			raise RuleError(_("Pupils row {0}: an Exit Score needs an Entry Score."), row_no, field="pupils")
		if p.get("exit_date") and p.get("entry_date") and p["exit_date"] < p["entry_date"]:
			raise RuleError(
				_("Pupils row {0}: Exit Date cannot be before Entry Date."), row_no, field="pupils"
			)


def weekly_minutes(entries: list[dict], week_start: date) -> int:
	"""Minutes a week of the entries running in the week beginning ``week_start``."""
	week_end = week_start + timedelta(days=6)
	return sum(
		e["sessions_per_week"] * e["minutes_per_session"]
		for e in entries
		if e["start_date"] <= week_end and e["end_date"] >= week_start
	)


def busiest_week(entries: list[dict], start: date, end: date) -> tuple[date | None, int]:
	"""The week (from Monday) in [start, end] with the most booked minutes."""
	monday = start - timedelta(days=start.weekday())
	best, most = None, 0
	while monday <= end:
		minutes = weekly_minutes(entries, monday)
		if minutes > most:
			best, most = monday, minutes
		monday += timedelta(days=7)
	return best, most


def cost_in_period(
	cost_per_pupil: float, start: date, end: date, period_start: date, period_end: date
) -> float:
	"""The share of an entry's cost per pupil that falls in a period (by days)."""
	overlap_start, overlap_end = max(start, period_start), min(end, period_end)
	if overlap_end < overlap_start:
		return 0.0
	return round(cost_per_pupil * ((overlap_end - overlap_start).days + 1) / ((end - start).days + 1), 2)
