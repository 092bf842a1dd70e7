"""Who is on a school's roll on a date, and which year group they are in."""

import re
from datetime import date
from functools import lru_cache


def on_roll(as_at: date, joining_date: date | None, leaving_date: date | None, enabled: bool = True) -> bool:
	"""A pupil is on roll on ``as_at`` when they had joined (or no joining date is known) and had not
	left. A disabled pupil with no leaving date is treated as off roll: the school has taken them off
	without recording when."""
	if joining_date and joining_date > as_at:
		return False
	if leaving_date:
		return leaving_date >= as_at
	return bool(enabled)


def year_groups(enrollments: list[dict], as_at: date) -> dict[str, str]:
	"""Each student's year group on ``as_at``: the Program of their latest enrolment that began on or
	before that date. ``enrollments`` are dicts with student, program and enrollment_date."""
	current: dict[str, tuple[date, str]] = {}
	for row in enrollments:
		start = row["enrollment_date"]
		if start is None or start > as_at:
			continue
		best = current.get(row["student"])
		if best is None or start >= best[0]:
			current[row["student"]] = (start, row["program"])
	return {student: program for student, (_start, program) in current.items()}


@lru_cache(maxsize=1024)
def year_group_key(year_group: str | None) -> tuple:
	"""Sort key for year groups by their numbers, not as text: Year 2 before Year 10 (and Reception,
	Nursery and other names by name). A missing year group sorts last. (A school has a few year
	groups and a report sorts thousands of pupils by them: each is worked out once.)"""
	if not year_group:
		return ((2, ""),)
	return tuple(
		(0, int(part)) if part.isdigit() else (1, part.lower()) for part in re.split(r"(\d+)", year_group)
	)
