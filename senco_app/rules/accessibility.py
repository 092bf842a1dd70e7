"""Reasonable adjustments for a disabled pupil and the school's accessibility plan.

Sources: Equality Act 2010 s.20 and Schedule 13 (the duty to make reasonable adjustments for disabled
pupils, agreed and kept under review); Schedule 10 paragraph 3 (the school's accessibility plan, for
a prescribed period of three years, to increase disabled pupils' participation in the curriculum,
improve the physical environment and improve the delivery of information to them; the plan is kept
under review and implemented); DfE "Accessibility plans" advice (2014/2023): actions with owners,
timescales and success criteria, progress reported to governors.

Decisions of this module: one plan at a time per school (periods do not overlap; checked on the plan); an action starts and reaches its target within the plan's period, its
target on or after its start; a Done action has a completion date (not in the future, not before it
started); a completion date belongs to a Done action only. Overdue: target date passed (before the
day of the report) and not Done or Dropped. Percentage done: Done actions of those not Dropped."""

from datetime import date

import pandas as pd

from . import RuleError
from . import _
from . import check_after
from . import check_done_date
from .choices import select_choices

ADJUSTMENT_AREAS = select_choices("Reasonable Adjustment", "area")

PLAN_AREAS = ("Curriculum", "Physical environment", "Information")
NOT_STARTED, IN_PROGRESS, DONE, DROPPED = "Not started", "In progress", "Done", "Dropped"
STATUSES = (NOT_STARTED, IN_PROGRESS, DONE, DROPPED)
PLAN_YEARS = 3


def check_adjustment_dates(agreed_on: date, review_date: date | None, today: date) -> None:
	"""An adjustment is agreed by today and reviewed after it was agreed."""
	if agreed_on > today:
		raise RuleError(_("Date Agreed cannot be in the future."), field="date_agreed")
	check_after(
		review_date, agreed_on, _("Review Date ({0}) must be after the Date Agreed ({1})."), "review_date"
	)


def check_plan_period(start: date, end: date) -> None:
	if end <= start:
		raise RuleError(_("Plan To ({0}) must be after Plan From ({1})."), end, start, field="plan_to")


def check_actions(plan_from: date, plan_to: date, actions: list[dict], today: date) -> None:
	"""Each action: target on or after start, both within the plan period; Done with a completion
	date (not before the start, not in the future), and a completion date only when Done."""
	for row_no, a in enumerate(actions, start=1):
		start, target, done_on = a.get("start_date"), a.get("target_date"), a.get("completion_date")
		if target < start:
			raise RuleError(
				_("Actions row {0}: Target Date ({1}) cannot be before the Start Date ({2})."),
				row_no,
				target,
				start,
				field="target_date",
			)
		for fieldname, value in (("start_date", start), ("target_date", target)):
			if not plan_from <= value <= plan_to:
				raise RuleError(
					_("Actions row {0}: {1} is outside the plan period ({2} to {3})."),
					row_no,
					value,
					plan_from,
					plan_to,
					field=fieldname,
				)
		check_done_date(row_no, a.get("status") == DONE, done_on, start, today, "completion_date")


def progress_rows(actions: list[dict], as_at: date) -> pd.DataFrame:
	"""The actions with ``overdue`` (1: target before ``as_at`` and neither Done nor Dropped) and
	``days_overdue``; ordered by school, plan, area (the plan's order) and target date."""
	columns = ["school", "plan", "area", "status", "start_date", "target_date"]
	frame = pd.DataFrame(actions, columns=list(dict.fromkeys([*columns, *(actions[0] if actions else [])])))
	target = pd.to_datetime(frame["target_date"])
	open_ = ~frame["status"].isin([DONE, DROPPED])
	late = (pd.Timestamp(as_at) - target).dt.days
	frame["overdue"] = (open_ & (late > 0)).astype(int)
	frame["days_overdue"] = late.where(frame["overdue"] == 1, 0).fillna(0).astype(int)
	frame["area_order"] = frame["area"].map({a: i for i, a in enumerate(PLAN_AREAS)}).fillna(len(PLAN_AREAS))
	frame = frame.sort_values(["school", "plan", "area_order", "target_date"], kind="stable")
	return frame.drop(columns="area_order").reset_index(drop=True)


def area_status_counts(frame: pd.DataFrame) -> pd.DataFrame:
	"""Actions per area (rows, in the plan's order) and status (columns, in STATUSES order)."""
	counts = pd.crosstab(frame["area"], frame["status"]) if len(frame) else pd.DataFrame()
	return counts.reindex(index=list(PLAN_AREAS), columns=list(STATUSES), fill_value=0).fillna(0).astype(int)


def progress_summary(frame: pd.DataFrame) -> dict:
	"""Totals: actions, each status, overdue, and the percentage done of the actions not dropped
	(rounded to one place; 0 with none)."""
	by_status = frame["status"].value_counts() if len(frame) else pd.Series(dtype=int)
	counts = {status: int(by_status.get(status, 0)) for status in STATUSES}
	live = len(frame) - counts[DROPPED]
	return {
		"actions": len(frame),
		**counts,
		"overdue": int(frame["overdue"].sum()) if len(frame) else 0,
		"percent_done": round(100 * counts[DONE] / live, 1) if live else 0.0,
	}
