"""Early years checks: the progress check at age two and the EYFS profile, and when they point to a
possible special educational need.

Sources: Statutory framework for the early years foundation stage (DfE, 2024), section 2: "when a
child is aged between two and three, practitioners must review their progress and provide parents
and/or carers with a short written summary" covering the prime areas (communication and language,
personal, social and emotional development, physical development), identifying any "significant
emerging concerns, or an identified special educational need or disability"; the EYFS profile is
completed "in the final term of the year in which the child reaches age five" against the early
learning goals of all seven areas, each assessed as "expected" or "emerging". SEND Code of Practice
(2015) 5.23-5.29: the two-year check and the profile feed the identification of SEN in the early
years.

Decisions of this module:
- a two-year check is refused when the child's age at the check is outside 24 to 36 months (both in):
  the framework says "between two and three", and a check at another age is another assessment
  (record it as "Other early years assessment");
- an EYFS profile is refused for a child under 3 or from 6 years at the check (nursery and Reception
  age: the profile is completed in Reception, an early completion in a nursery class is allowed);
- a two-year check covers the three prime areas at least, an EYFS profile all seven areas; each area
  is listed once;
- the outcomes are the framework's words for each kind of check; "Emerging" and the two concern
  outcomes flag the check as a concern."""

from datetime import date

from . import RuleError
from . import _
from . import check_not_before

TWO_YEAR_CHECK = "Progress check at age two"
EYFS_PROFILE = "EYFS profile"
OTHER_ASSESSMENT = "Other early years assessment"
CHECK_TYPES = (TWO_YEAR_CHECK, EYFS_PROFILE, OTHER_ASSESSMENT)

PRIME_AREAS = (
	"Communication and language",
	"Personal, social and emotional development",
	"Physical development",
)
SPECIFIC_AREAS = (
	"Literacy",
	"Mathematics",
	"Understanding the world",
	"Expressive arts and design",
)
AREAS = (*PRIME_AREAS, *SPECIFIC_AREAS)

EXPECTED, EMERGING = "Expected", "Emerging"
ON_TRACK, SOME_CONCERN, SIGNIFICANT_CONCERN = "On track", "Some concern", "Significant concern"
OUTCOMES = (ON_TRACK, SOME_CONCERN, SIGNIFICANT_CONCERN, EXPECTED, EMERGING)
CHECK_OUTCOMES = {
	TWO_YEAR_CHECK: (ON_TRACK, SOME_CONCERN, SIGNIFICANT_CONCERN),
	EYFS_PROFILE: (EXPECTED, EMERGING),
	OTHER_ASSESSMENT: OUTCOMES,
}
CONCERN_OUTCOMES = (SOME_CONCERN, SIGNIFICANT_CONCERN, EMERGING)
REQUIRED_AREAS = {TWO_YEAR_CHECK: PRIME_AREAS, EYFS_PROFILE: AREAS, OTHER_ASSESSMENT: ()}

TWO_YEAR_CHECK_MONTHS = (24, 36)
EYFS_PROFILE_MONTHS = (36, 71)


def age_in_months(date_of_birth: date, on: date) -> int:
	"""Whole months of age on ``on``: a month is complete on the day of the month of birth (or, born
	on the 29th to 31st, on the last day of a shorter month)."""
	months = (on.year - date_of_birth.year) * 12 + on.month - date_of_birth.month
	if on.day < date_of_birth.day and not _last_day_of_month(on):
		months -= 1
	return months


def _last_day_of_month(day: date) -> bool:
	return day.month != date.fromordinal(day.toordinal() + 1).month


def check_dates(check_date: date, shared_on: date | None, today: date) -> None:
	"""The check is done by today; shared with parents on or after it, and by today."""
	if check_date > today:
		raise RuleError(_("Date of Check cannot be in the future."), field="check_date")
	check_not_before(
		shared_on,
		check_date,
		_("Shared with Parents On ({0}) cannot be before the Date of Check ({1})."),
		field="shared_with_parents_on",
	)
	if shared_on and shared_on > today:
		raise RuleError(_("Shared with Parents On cannot be in the future."), field="shared_with_parents_on")


def check_age(check_type: str, date_of_birth: date | None, check_date: date) -> None:
	"""A two-year check at 24 to 36 months, an EYFS profile at nursery or Reception age (3 to 5)."""
	limits = {TWO_YEAR_CHECK: TWO_YEAR_CHECK_MONTHS, EYFS_PROFILE: EYFS_PROFILE_MONTHS}.get(check_type)
	if not limits:
		return
	if not date_of_birth:
		raise RuleError(
			_("The pupil's date of birth is needed for a {0}: add it on the Student."),
			check_type,
			field="student",
		)
	months = age_in_months(date_of_birth, check_date)
	low, high = limits
	if not low <= months <= high:
		raise RuleError(
			_(
				"A {0} is for a child aged {1} to {2} months; this pupil was {3} months old on the Date of"
				" Check. Record another assessment as {4}."
			),
			check_type,
			low,
			high,
			months,
			OTHER_ASSESSMENT,
			field="check_type",
		)


def check_areas(check_type: str, rows: list[dict]) -> None:
	"""Each area once, with an outcome of the check's kind; the areas the check must cover."""
	if not rows:
		raise RuleError(_("Add the areas assessed."), field="areas")
	allowed = CHECK_OUTCOMES.get(check_type, OUTCOMES)
	seen = set()
	for row_no, row in enumerate(rows, start=1):
		area, outcome = row.get("area"), row.get("outcome")
		if area in seen:
			raise RuleError(_("Areas row {0}: {1} is listed twice."), row_no, area, field="area")
		seen.add(area)
		if outcome not in allowed:
			raise RuleError(
				_("Areas row {0}: the outcome of a {1} is one of {2}."),
				row_no,
				check_type,
				", ".join(allowed),
				field="outcome",
			)
	missing = [a for a in REQUIRED_AREAS.get(check_type, ()) if a not in seen]
	if missing:
		raise RuleError(
			_("A {0} covers {1}: add {2}."),
			check_type,
			", ".join(REQUIRED_AREAS[check_type]),
			", ".join(missing),
			field="areas",
		)


def concern_areas(rows: list[dict]) -> list[str]:
	"""The areas whose outcome shows a concern (emerging, some or significant concern), in row order."""
	return [r["area"] for r in rows if r.get("outcome") in CONCERN_OUTCOMES]
