"""Shaping for the provision reports: the pupil x provision grid, costs against the notional SEN
threshold, impact per provision, and staff deployment."""

from datetime import date

import pandas as pd

from .disclosure import count
from .disclosure import figure
from .disclosure import rate
from .provision import cost_in_period
from .provision import weekly_minutes
from .roll import year_group_key


def provision_grid(placements: list[dict]) -> tuple[list[str], list[dict]]:
	"""Pupils down, provisions across: hours of each provision per pupil, and each pupil's total
	hours and cost. ``placements``: dicts of student, student_name, school, year_group, provision,
	hours, cost."""
	if not placements:
		return [], []
	frame = pd.DataFrame(placements)
	keys = ["student", "student_name", "school", "year_group", "primary_need"]
	for key in keys:
		if key not in frame:
			frame[key] = ""
	frame[keys] = frame[keys].fillna("")
	hours = frame.pivot_table(index=keys, columns="provision", values="hours", aggfunc="sum", fill_value=0)
	totals = frame.groupby(keys)[["hours", "cost"]].sum()
	provisions = sorted(hours.columns)
	grid = hours[provisions].astype(float).round(2)
	grid["total_hours"] = totals["hours"].astype(float).round(2)
	grid["total_cost"] = totals["cost"].astype(float).round(2)
	grid = grid.reset_index().sort_values(
		["school", "year_group", "student_name"],
		key=lambda column: column.map(year_group_key) if column.name == "year_group" else column,
		kind="stable",
	)
	rows = grid.to_dict("records")
	return provisions, rows


def group_totals(rows: list[dict], by: str) -> list[tuple[str, float, float]]:
	"""(group, hours, cost) per year group or school."""
	if not rows:
		return []
	frame = pd.DataFrame(rows)[[by, "total_hours", "total_cost"]]
	grouped = frame.groupby(by).sum().sort_index()
	return [
		(str(k), round(float(v["total_hours"]), 2), round(float(v["total_cost"]), 2))
		for k, v in grouped.iterrows()
	]


def pupil_costs(placements: list[dict], year_start: date, year_end: date, threshold: float) -> list[dict]:
	"""Cost per pupil in the year (each placement's cost per pupil, by days in the year), flagged
	above the notional SEN threshold."""
	totals: dict[str, dict] = {}
	for p in placements:
		amount = cost_in_period(p["cost"], p["start_date"], p["end_date"], year_start, year_end)
		row = totals.setdefault(
			p["student"],
			{
				"student": p["student"],
				"student_name": p.get("student_name"),
				"school": p["school"],
				"year_group": p.get("year_group"),
				"cost": 0.0,
				"provisions": 0,
			},
		)
		row["cost"] = round(row["cost"] + amount, 2)
		row["provisions"] += 1
	rows = [{**r, "above_threshold": int(r["cost"] > threshold)} for r in totals.values() if r["cost"]]
	return sorted(rows, key=lambda r: (-r["cost"], r.get("student_name") or ""))


def school_costs(rows: list[dict], budgets: dict[str, float]) -> list[dict]:
	"""Total provision cost per school against its notional SEN budget."""
	out = {}
	for r in rows:
		s = out.setdefault(
			r["school"],
			{"school": r["school"], "cost": 0.0, "pupils": 0, "budget": budgets.get(r["school"]) or 0.0},
		)
		s["cost"] = round(s["cost"] + r["cost"], 2)
		s["pupils"] += 1
	for s in out.values():
		s["budget_used_percent"] = round(100.0 * s["cost"] / s["budget"], 1) if s["budget"] else 0.0
	return sorted(out.values(), key=lambda s: s["school"])


def impact_rows(
	placements: list[dict], entry_costs: dict[str, float], suppressed: bool = False
) -> list[dict]:
	"""Per provision: pupils, pupils with both scores, average progress, share achieving (of those
	with a final outcome), total cost and cost per unit of progress.

	``suppressed`` (a reader who may not see pupils): pupils with scores under 5 shown as "<5", and
	average progress, share achieving and cost per unit of progress withheld when fewer than 5 pupils
	are behind them (``disclosure``); the pupils column is the report's to protect with its total."""
	by_provision: dict[str, dict] = {}
	for p in placements:
		row = by_provision.setdefault(
			p["provision"],
			{
				"provision": p["provision"],
				"measure": p.get("measure"),
				"pupils": 0,
				"progress": [],
				"achieved": 0,
				"decided": 0,
				"entries": set(),
			},
		)
		row["pupils"] += 1
		row["entries"].add(p["entry"])
		if p.get("progress") is not None:
			row["progress"].append(p["progress"])
		if p.get("outcome") in ("Achieved", "Not achieved"):
			row["decided"] += 1
			row["achieved"] += p["outcome"] == "Achieved"
	rows = []
	for row in by_provision.values():
		cost = round(sum(entry_costs.get(e, 0) for e in row["entries"]), 2)
		gained = sum(x for x in row["progress"] if x > 0)
		measured = len(row["progress"])
		average = round(sum(row["progress"]) / measured, 2) if measured else None
		per_unit = round(cost / gained, 2) if gained else None
		if suppressed:
			achieved = rate(row["achieved"], row["decided"]) if row["decided"] else None
			average, per_unit = figure(average, measured), figure(per_unit, measured)
		else:
			achieved = round(100.0 * row["achieved"] / row["decided"], 1) if row["decided"] else None
		rows.append(
			{
				"provision": row["provision"],
				"measure": row["measure"],
				"pupils": row["pupils"],
				"measured": count(measured) if suppressed else measured,
				"average_progress": average,
				"achieved_percent": achieved,
				"total_cost": cost,
				"cost_per_unit_progress": per_unit,
			}
		)
	return sorted(rows, key=lambda r: r["provision"])


def deployment_rows(
	entries: list[dict], week_start: date, contracted: dict[str, int], default: int
) -> list[dict]:
	"""Per member of staff: the provisions they run in the week and the minutes against their contract."""
	by_staff: dict[str, list[dict]] = {}
	for e in entries:
		if e.get("staff"):
			by_staff.setdefault(e["staff"], []).append(e)
	rows = []
	for staff, mine in sorted(by_staff.items()):
		minutes = weekly_minutes(mine, week_start)
		if not minutes:
			continue
		limit = contracted.get(staff, default)
		running = sorted({e["provision"] for e in mine if weekly_minutes([e], week_start)})
		rows.append(
			{
				"staff": staff,
				"staff_name": mine[0].get("staff_name"),
				"provisions": ", ".join(running),
				"minutes": minutes,
				"contracted": limit,
				"over_by": max(0, minutes - limit),
			}
		)
	return rows
