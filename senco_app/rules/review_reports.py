"""Shaping for the review reports (Reviews Due, SEN Support Compliance, Target Outcomes): plain data
in, rows, chart data and totals out, with pandas for the grouping."""

from datetime import date
from datetime import timedelta

import pandas as pd

from .reviews import OUTCOMES
from .reviews import days_overdue
from .reviews import too_few_parent_meetings
from .roll import year_group_key

OVERDUE = "Overdue"
DUE_SOON = "Due"
NO_OUTCOME = "No outcome yet"


def reviews_due_rows(
	records: list[dict], as_at: date, window_days: int, year_groups: dict[str, str]
) -> list[dict]:
	"""Open register records whose next review is due on or before ``as_at + window_days`` (overdue
	ones included), most overdue first."""
	horizon = as_at + timedelta(days=window_days)
	rows = []
	for rec in records:
		due = rec.get("next_review_due")
		if not due or due > horizon:
			continue
		late = days_overdue(due, as_at)
		rows.append(
			{
				**rec,
				"year_group": year_groups.get(rec["student"]),
				"days_overdue": late,
				"review_status": OVERDUE if late else DUE_SOON,
			}
		)
	rows.sort(key=lambda r: (r["next_review_due"], r.get("student_name") or ""))
	return rows


def compliance_rows(
	records: list[dict], overdue_plans: set[str], year_groups: dict[str, str], required_meetings: int
) -> list[dict]:
	"""Per school and year group: pupils on SEN Support or with an EHC plan, those without an active
	plan, those whose plan is past its review date, and those with fewer parent meetings than
	required in the last twelve months."""
	columns = ["school", "year_group", "on_register", "without_plan", "plan_overdue", "few_parent_meetings"]
	if not records:
		return []
	frame = pd.DataFrame(
		[
			{
				"school": r["school"],
				"year_group": year_groups.get(r["student"]) or "",
				"on_register": 1,
				"without_plan": int(not r.get("active_iep")),
				"plan_overdue": int(bool(r.get("active_iep")) and r["active_iep"] in overdue_plans),
				"few_parent_meetings": int(
					too_few_parent_meetings(r.get("parent_meetings_12m") or 0, required_meetings)
				),
			}
			for r in records
		]
	)
	grouped = frame.groupby(["school", "year_group"], as_index=False).sum()
	return ordered_compliance(
		[
			{k: (int(v) if k not in ("school", "year_group") else v) for k, v in row.items()}
			for row in grouped[columns].to_dict("records")
		]
	)


def ordered_compliance(rows: list[dict]) -> list[dict]:
	"""``compliance_rows``' rows (or the same counts from the database) by school, then year group
	by its number."""
	return sorted(rows, key=lambda r: (r["school"], year_group_key(r["year_group"])))


def outcome_rows(targets: list[dict], group_by: str) -> list[dict]:
	"""Target outcomes counted per ``group_by`` value (area_of_need, year_group, sen_provision, or
	provisions: the list of provisions on the target's plan, where a target counts once under each of
	its plan's provisions), with the share met or exceeded of the targets that have an outcome. A
	target dict with a ``count`` stands for that many targets alike (counted in the query)."""
	if not targets:
		return []
	frame = pd.DataFrame(targets)
	if group_by not in frame.columns:
		frame[group_by] = None
	if frame[group_by].map(lambda v: isinstance(v, list)).any():
		frame = frame.explode(group_by, ignore_index=True)
	frame["group"] = frame[group_by].fillna("").replace("", "(not set)")
	frame["outcome"] = frame["outcome"].fillna("").replace("", NO_OUTCOME)
	weights = frame["count"] if "count" in frame.columns else pd.Series(1, index=frame.index)
	table = pd.crosstab(frame["group"], frame["outcome"], values=weights, aggfunc="sum").fillna(0)
	table = table.reindex(columns=[*OUTCOMES, NO_OUTCOME], fill_value=0)
	rows = []
	for group, counts in table.sort_index().iterrows():
		rows.append(
			{
				"group": group,
				"targets": int(counts.sum()),
				**{o: int(counts[o]) for o in (*OUTCOMES, NO_OUTCOME)},
				"met_percent": met_percent(counts),
			}
		)
	return rows


def met_percent(counts) -> float:
	"""Share met or exceeded of the targets with an outcome, to one decimal (0 when none has one)."""
	assessed = int(sum(counts[o] for o in OUTCOMES))
	return round(100.0 * int(counts["Met"] + counts["Exceeded"]) / assessed, 1) if assessed else 0.0


def outcome_summary(targets: list[dict]) -> dict:
	"""Totals over distinct targets (a target is counted once whatever the grouping; one with a
	``count`` stands for that many)."""
	counts = {o: 0 for o in (*OUTCOMES, NO_OUTCOME)}
	for t in targets:
		counts[t.get("outcome") or NO_OUTCOME] += t.get("count", 1)
	return {
		"targets": sum(counts.values()),
		"with_outcome": sum(counts[o] for o in OUTCOMES),
		"met_percent": met_percent(counts),
	}
