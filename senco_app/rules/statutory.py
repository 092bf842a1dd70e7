"""Statutory clock for EHC needs assessments, plans and their reviews (England).

Sources (shared/reference/england-send-rules.md): SEND Code of Practice 0 to 25 (2015) and the SEND
Regulations 2014. Every period is a parameter with the statutory default so a school can follow a
change of law through SEND Settings:

- decide whether to assess within 6 weeks of the request (reg. 5);
- tell parents of a decision not to issue within 16 weeks of the request (reg. 10);
- final plan within 20 weeks of the request (reg. 13);
- review at least every 12 months from issue or the last review; for a child under 5, consider every
  3 to 6 months (CoP 9.178);
- review meeting: invitations and advice at least 2 weeks before; the report to the LA within 2
  weeks after; the LA decides to maintain, amend or cease within 4 weeks of the meeting (reg. 20);
- phase transfer (reg. 18): the plan reviewed and amended by 15 February of the year of a transfer
  between phases (reg. 2: early years education to school, infant to junior, primary to middle,
  primary to secondary, middle to secondary), by 31 March for a move from secondary school to
  post-16.
"""

import calendar
from datetime import date
from datetime import timedelta

from . import RuleError
from . import _

ASSESS_DECISION_WEEKS = 6
ISSUE_DECISION_WEEKS = 16
FINAL_PLAN_WEEKS = 20
ANNUAL_REVIEW_MONTHS = 12
UNDER_FIVE_REVIEW_MONTHS = 6
INVITATION_WEEKS_BEFORE = 2
ADVICE_WEEKS_BEFORE = 2
REPORT_WEEKS_AFTER = 2
LA_DECISION_WEEKS_AFTER = 4

SCHOOL_TRANSFER = "School transfer"
EARLY_YEARS_TRANSFER = "Early years to Reception"
POST_16_TRANSFER = "Secondary to post-16"

# A school's phase (the Company's SEND Phase): the choices of the school phase list.
SCHOOL_PHASES = (
	"Nursery",
	"Infant",
	"First",
	"Primary",
	"Junior",
	"Middle",
	"Secondary",
	"All-through",
	"Special",
	"Alternative provision",
	"Post-16",
)

# Year index of the early years: Nursery (pre-school) before Reception, Reception before Year 1.
NURSERY_YEAR = -1
RECEPTION_YEAR = 0

# The year a pupil leaves a school of each phase at its end (a middle school deemed primary that
# ends at Year 7, or one that ends at Year 9, is given through ``transfer_years``).
LEAVING_YEARS = {
	"Nursery": NURSERY_YEAR,
	"Infant": 2,
	"First": 4,
	"Primary": 6,
	"Junior": 6,
	"Middle": 8,
}


def add_weeks(start: date, weeks: int) -> date:
	return start + timedelta(weeks=weeks)


def add_months(start: date, months: int) -> date:
	"""Calendar months later; a day past the end of the target month falls on its last day
	(31 January + 1 month = 28 or 29 February; 29 February + 12 months = 28 February)."""
	month_index = start.month - 1 + months
	year = start.year + month_index // 12
	month = month_index % 12 + 1
	return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def age_on(date_of_birth: date, on: date) -> int:
	"""Whole years of age on a date (a 29 February birthday counts on 1 March in other years)."""
	years = on.year - date_of_birth.year
	if (on.month, on.day) < (date_of_birth.month, date_of_birth.day):
		years -= 1
	return years


def assessment_deadlines(
	request_date: date,
	decide_weeks: int = ASSESS_DECISION_WEEKS,
	issue_decision_weeks: int = ISSUE_DECISION_WEEKS,
	final_weeks: int = FINAL_PLAN_WEEKS,
) -> dict[str, date]:
	"""Due dates counted from the request for an EHC needs assessment."""
	return {
		"decision_to_assess_due": add_weeks(request_date, decide_weeks),
		"decision_to_issue_due": add_weeks(request_date, issue_decision_weeks),
		"final_plan_due": add_weeks(request_date, final_weeks),
	}


def next_annual_review_due(
	issue_date: date | None,
	last_review_date: date | None = None,
	date_of_birth: date | None = None,
	months: int = ANNUAL_REVIEW_MONTHS,
	under_five_months: int = UNDER_FIVE_REVIEW_MONTHS,
) -> date | None:
	"""When the plan's next review is due: 12 months from the last review (or from issue); for a
	child who will still be under 5 at the earlier review, ``under_five_months`` (3 to 6)."""
	base = last_review_date or issue_date
	if not base:
		return None
	if not 3 <= under_five_months <= 6:
		raise RuleError(
			_("Under-5 Review Months must be between 3 and 6, not {0}."),
			under_five_months,
			field="under_five_review_months",
		)
	if date_of_birth:
		early = add_months(base, under_five_months)
		if age_on(date_of_birth, early) < 5:
			return early
	return add_months(base, months)


def review_step_deadlines(
	meeting_date: date,
	invitation_weeks: int = INVITATION_WEEKS_BEFORE,
	advice_weeks: int = ADVICE_WEEKS_BEFORE,
	report_weeks: int = REPORT_WEEKS_AFTER,
	la_decision_weeks: int = LA_DECISION_WEEKS_AFTER,
) -> dict[str, date]:
	"""Due dates of an annual review's steps, counted from the meeting."""
	return {
		"invitations_due": add_weeks(meeting_date, -invitation_weeks),
		"advice_due": add_weeks(meeting_date, -advice_weeks),
		"report_to_la_due": add_weeks(meeting_date, report_weeks),
		"la_decision_due": add_weeks(meeting_date, la_decision_weeks),
	}


def year_index(year_group: str | None) -> int | None:
	"""The year of a year group counting the early years: "Nursery" (also "Pre-school", "FS1",
	"N1", "N2") is -1, "Reception" (also "FS2", "R") 0, "Year 6" 6; None for a name it cannot
	read."""
	if not year_group:
		return None
	name = year_group.strip().lower().replace("-", " ")
	if name in ("nursery", "pre school", "preschool", "fs1", "f1", "n1", "n2") or name.startswith("nursery"):
		return NURSERY_YEAR
	if name in ("reception", "fs2", "f2", "r", "rec") or name.startswith("reception"):
		return RECEPTION_YEAR
	return year_number(year_group)


def year_number(year_group: str | None) -> int | None:
	"""The number of a year group named like "Year 6" (None for Reception, nursery or other names)."""
	if not year_group:
		return None
	words = year_group.replace("-", " ").split()
	for i, word in enumerate(words[:-1]):
		if word.lower() in ("year", "yr", "y") and words[i + 1].isdigit():
			return int(words[i + 1])
	if len(words) == 1 and words[0].upper().startswith("Y") and words[0][1:].isdigit():
		return int(words[0][1:])
	return None


def phase_transfer(year: int | None, phase: str | None, transfer_years: dict | None = None) -> str | None:
	"""The kind of phase transfer a pupil in ``year`` (``year_index``: Nursery -1, Reception 0) makes
	at the end of this school year, if any.

	Year 11 moves to post-16. A move to another school happens at the leaving year of the school's
	phase (``LEAVING_YEARS``): Nursery of a nursery school (early years to Reception), Year 2 of an
	infant school, Year 4 of a first school, Year 6 of a primary or junior school (and of a school
	whose phase is not recorded), Year 8 of a middle school. ``transfer_years`` maps a phase to its
	leaving year, to override or add to these."""
	if year is None:
		return None
	if year == 11:
		return POST_16_TRANSFER
	leaving = {**LEAVING_YEARS, **(transfer_years or {})}
	if year == leaving.get(phase or "Primary"):
		return EARLY_YEARS_TRANSFER if year == NURSERY_YEAR else SCHOOL_TRANSFER
	return None


def phase_transfer_deadline(kind: str | None, school_year_start: date) -> date | None:
	"""The date by which the plan must be reviewed and amended for a transfer at the end of the school
	year that began on ``school_year_start``: 15 February (a school move, early years to Reception
	included), or 31 March for post-16, of that year's spring (reg. 18)."""
	if not kind:
		return None
	spring = school_year_start.year + (1 if school_year_start.month >= 8 else 0)
	if kind == POST_16_TRANSFER:
		return date(spring, 3, 31)
	return date(spring, 2, 15)


def school_year_start(on: date, start_month: int = 9) -> date:
	"""1 September (by default) of the school year ``on`` falls in."""
	year = on.year if on.month >= start_month else on.year - 1
	return date(year, start_month, 1)


def rag(due: date | None, done: date | None, today: date, amber_days: int = 7) -> str:
	"""Red/Amber/Green for a statutory step: Green when done on time (or not due within
	``amber_days``), Amber when due within ``amber_days``, Red when overdue or done late."""
	if not due:
		return ""
	if done:
		return "Green" if done <= due else "Red"
	if today > due:
		return "Red"
	if (due - today).days <= amber_days:
		return "Amber"
	return "Green"


def days_late(due: date | None, done: date | None, today: date) -> int:
	"""Days past the due date: of the step's date when done, else of today; 0 when not late."""
	if not due:
		return 0
	return max(0, ((done or today) - due).days)


def check_order(steps: list[tuple]) -> None:
	"""Dates that must not run backwards: each given date on or after every earlier given date.
	``steps`` are (label, date) or (label, date, fieldname) in their required order; the error names
	the later field."""
	previous = None
	for label, value, *fieldname in steps:
		if not value:
			continue
		if previous and value < previous[1]:
			raise RuleError(
				_("{0} ({1}) cannot be before {2} ({3})."),
				label,
				value,
				previous[0],
				previous[1],
				field=fieldname[0] if fieldname else label,
			)
		previous = (label, value)
