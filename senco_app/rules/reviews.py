"""The graduated approach's clock: when a pupil's next SEN support review is due, whether parents
have been met often enough, and whether a plan's dates hang together.

Sources: SEND Code of Practice 0 to 25 (2015) 6.44-6.56 (assess, plan, do, review; reviews at
least termly for SEN support is the common practice the Code's 6.65 implies) and 6.65 (meet parents
at least three times each year). The cycle and the number of meetings are settings.
"""

from datetime import date

from . import RuleError
from . import _
from . import check_after
from . import check_not_before
from .statutory import add_months

REVIEW_CYCLE_MONTHS = 4  # termly: three reviews a school year
PARENT_MEETINGS_PER_YEAR = 3

OUTCOMES = ("Not met", "Partially met", "Met", "Exceeded")


def next_review_due(
	last_review_date: date | None = None,
	last_review_next_date: date | None = None,
	plan_review_date: date | None = None,
	register_start: date | None = None,
	cycle_months: int = REVIEW_CYCLE_MONTHS,
) -> date | None:
	"""When the next review is due, by the first rule that applies:

	1. the next review date the last review set;
	2. the last review's meeting date plus the cycle;
	3. the review date of the pupil's active plan;
	4. the day the pupil went on the register plus the cycle.
	"""
	if cycle_months < 1:
		raise RuleError(
			_("Review Cycle must be at least 1 month, not {0}."), cycle_months, field="review_cycle_months"
		)
	if last_review_next_date:
		return last_review_next_date
	if last_review_date:
		return add_months(last_review_date, cycle_months)
	if plan_review_date:
		return plan_review_date
	if register_start:
		return add_months(register_start, cycle_months)
	return None


def days_overdue(due: date | None, today: date) -> int:
	"""Days a review is overdue (0 when not yet due or no due date)."""
	return max(0, (today - due).days) if due else 0


def meetings_in_last_year(meeting_dates: list[date], as_at: date) -> int:
	"""Distinct days with a parent meeting in the twelve months up to and including ``as_at``."""
	start = add_months(as_at, -12)
	return len({d for d in meeting_dates if d and start < d <= as_at})


def has_sen_reviews(sen_provision: str | None) -> bool:
	"""Are SEN reviews due for the pupil? For SEN Support and EHC plans (the graduated approach,
	Code of Practice 6.44-6.56): a pupil only being monitored (census N, not SEN) has none."""
	return sen_provision != "Monitoring"


def too_few_parent_meetings(
	count: int, required: int = PARENT_MEETINGS_PER_YEAR, sen_provision: str | None = None
) -> bool:
	"""Fewer parent meetings than required (CoP 6.65). The rule is for pupils receiving SEN provision
	(SEN Support or an EHC plan): a pupil only being monitored is never flagged."""
	if not has_sen_reviews(sen_provision):
		return False
	return count < required


def check_plan_dates(start_date: date | None, review_date: date | None) -> None:
	check_not_before(
		review_date,
		start_date,
		_("Review Date ({0}) cannot be before the plan's Start Date ({1})."),
		"review_date",
	)


def check_targets(targets: list[dict], for_submit: bool = False) -> None:
	"""Every target row states its SMART target; an agreed plan has at least one target."""
	for row_no, target in enumerate(targets, start=1):
		if not (target.get("target") or "").strip():
			raise RuleError(_("Targets row {0}: SMART Target is required."), row_no, field="targets")
	if for_submit and not targets:
		raise RuleError(_("A plan needs at least one target before it is agreed."), field="targets")


def provision_frequency(sessions_per_week: int | None, minutes_per_session: int | None) -> str:
	"""How often a provision runs, as a parent reads it: "3 x 30 min a week"."""
	if not sessions_per_week:
		return ""
	if not minutes_per_session:
		return f"{sessions_per_week} a week"
	return f"{sessions_per_week} x {minutes_per_session} min a week"


def check_provisions(rows: list[dict], student: str, entries: dict[str, dict]) -> None:
	"""Each provision row linked to a Provision Map Entry names an entry of the plan's school that the
	pupil is in. ``entries`` maps entry name to {"school_ok": bool, "students": set of students} for the
	linked entries that exist."""
	for row_no, row in enumerate(rows, start=1):
		entry = row.get("provision_map_entry")
		if not entry:
			continue
		found = entries.get(entry)
		if not found or not found.get("school_ok"):
			raise RuleError(
				_("Provisions row {0}: Provision Map Entry {1} is not an entry of the plan's school."),
				row_no,
				entry,
				field="provisions",
			)
		if student not in found.get("students", set()):
			raise RuleError(
				_("Provisions row {0}: Student {1} is not a pupil of Provision Map Entry {2}."),
				row_no,
				student,
				entry,
				field="provisions",
			)


def check_review_dates(
	meeting_date: date, next_review_date: date | None, today: date, submitting: bool
) -> None:
	"""A review is recorded once it has happened; the next review comes after this one."""
	if submitting and meeting_date > today:
		raise RuleError(
			_("Meeting Date {0} is in the future: a review is submitted once the meeting has taken place."),
			meeting_date,
			field="meeting_date",
		)
	check_after(
		next_review_date,
		meeting_date,
		_("Next Review Date ({0}) must be after the Meeting Date ({1})."),
		"next_review_date",
	)


def check_outcomes(outcomes: list[dict], plan_target_ids: set[str]) -> None:
	"""Each outcome recorded at a review belongs to a target of the plan reviewed."""
	for row_no, row in enumerate(outcomes, start=1):
		if row.get("iep_target") not in plan_target_ids:
			raise RuleError(
				_("Target Outcomes row {0}: the target is not in the plan reviewed."),
				row_no,
				field="target_outcomes",
			)
		if row.get("outcome") and row["outcome"] not in OUTCOMES:
			raise RuleError(
				_("Target Outcomes row {0}: {1} is not an outcome."),
				row_no,
				row["outcome"],
				field="target_outcomes",
			)
