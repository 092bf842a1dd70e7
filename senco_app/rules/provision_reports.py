"""Shaping for the provision reports: the pupil x provision grid, costs against the notional SEN
threshold, impact per provision, and staff deployment."""

from datetime import date
from datetime import timedelta

import pandas as pd

from . import joined_names
from .disclosure import count
from .disclosure import figure
from .disclosure import rate
from .provision import cost_in_period
from .provision import weekly_minutes
from .roll import year_group_key
from .support import IN_CLASS
from .support import ONE_TO_ONE
from .support import SUPPORT_TYPES


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
	rows = records(grid)
	return provisions, rows


def records(frame: pd.DataFrame) -> list[dict]:
	"""``frame.to_dict("records")`` without its per-cell boxing: the rows as dicts of Python values
	(a Series iterates as Python scalars), a column at a time rather than a cell at a time."""
	columns = list(frame.columns)
	return [dict(zip(columns, row, strict=True)) for row in frame.itertuples(index=False, name=None)]


def group_totals(rows: list[dict], by: str) -> list[tuple[str, float, float]]:
	"""(group, hours, cost) per year group or school."""
	if not rows:
		return []
	frame = pd.DataFrame({key: [row[key] for row in rows] for key in (by, "total_hours", "total_cost")})
	grouped = frame.groupby(by).sum().sort_index()
	return [
		(str(k), round(float(hours), 2), round(float(cost), 2))
		for k, hours, cost in zip(grouped.index, grouped["total_hours"], grouped["total_cost"], strict=True)
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
	return above_threshold(list(totals.values()), threshold)


def above_threshold(totals: list[dict], threshold: float) -> list[dict]:
	"""Pupils' costs in the year (dicts with student, student_name, school, year_group, cost and
	provisions) flagged above the notional SEN threshold, those costing nothing left out, the
	costliest first."""
	rows = [{**r, "above_threshold": int(r["cost"] > threshold)} for r in totals if r["cost"]]
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
	with a final outcome), total cost and cost per unit of progress (``impact_totals`` of the
	placements, shaped by ``impact_from_totals``)."""
	return impact_from_totals(impact_totals(placements, entry_costs), suppressed)


def impact_totals(placements: list[dict], entry_costs: dict[str, float]) -> list[dict]:
	"""Per provision, the sums the Provision Impact report is worked out from: dicts of provision,
	measure, pupils, measured (pupils with a progress figure), progress (their progress summed),
	gained (the positive progress summed), decided (pupils with a final outcome), achieved and cost
	(its entries' total cost). What ``provision_common.impact_totals_in_period`` counts in SQL."""
	by_provision: dict[str, dict] = {}
	entries: dict[str, set] = {}
	for p in placements:
		row = by_provision.setdefault(
			p["provision"],
			{
				"provision": p["provision"],
				"measure": p.get("measure"),
				"pupils": 0,
				"measured": 0,
				"progress": 0.0,
				"gained": 0.0,
				"achieved": 0,
				"decided": 0,
			},
		)
		row["pupils"] += 1
		entries.setdefault(p["provision"], set()).add(p["entry"])
		if p.get("progress") is not None:
			row["measured"] += 1
			row["progress"] += p["progress"]
			row["gained"] += max(p["progress"], 0)
		if p.get("outcome") in ("Achieved", "Not achieved"):
			row["decided"] += 1
			row["achieved"] += p["outcome"] == "Achieved"
	for provision, row in by_provision.items():
		row["cost"] = round(sum(entry_costs.get(e, 0) for e in entries[provision]), 2)
	return list(by_provision.values())


def impact_from_totals(totals: list[dict], suppressed: bool = False) -> list[dict]:
	"""The report's rows from ``impact_totals``, by provision.

	``suppressed`` (a reader who may not see pupils): pupils with scores under 5 shown as "<5", and
	average progress, share achieving and cost per unit of progress withheld when fewer than 5 pupils
	are behind them (``disclosure``); the pupils column is the report's to protect with its total."""
	rows = []
	for row in totals:
		cost, gained, measured = row["cost"], row["gained"], row["measured"]
		average = round(row["progress"] / measured, 2) if measured else None
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
	entries: list[dict],
	allocations: list[dict],
	week_start: date,
	contracted: dict[str, int],
	default: int,
) -> list[dict]:
	"""Per member of staff, their week beginning ``week_start``: the provisions they run and those
	minutes (``minutes``), their in-class, one-to-one and other support minutes (``allocations``: dicts
	of staff, staff_name, support_type, minutes_per_week, from_date, to_date, the last None while open),
	the total against their contract (``contracted``, else ``default``) and the minutes over it."""
	return deployment_from_totals(
		booked_per_staff(entries, week_start), support_per_staff(allocations, week_start), contracted, default
	)


def booked_per_staff(entries: list[dict], week_start: date) -> list[dict]:
	"""(staff, staff_name, minutes, provisions) per member of staff over the provision ``entries``
	running in the week beginning ``week_start`` with minutes in it: their minutes a week summed, and
	the provisions, each once, sorted. What the Staff Deployment report has the database sum."""
	booked = running(
		plain_frame(entries, DEPLOYMENT_ENTRY_FIELDS), week_start, week_start + timedelta(days=6)
	)
	booked = booked.assign(minutes=booked["sessions_per_week"] * booked["minutes_per_session"])
	booked = booked[booked["minutes"] > 0]
	by_staff = booked.groupby("staff")
	totals = pd.DataFrame(
		{
			"staff_name": by_staff["staff_name"].first(),
			"minutes": by_staff["minutes"].sum(),
			"provisions": by_staff["provision"].apply(lambda p: sorted(set(p))),
		}
	)
	return records(totals.rename_axis("staff").reset_index())


def support_per_staff(allocations: list[dict], week_start: date) -> list[dict]:
	"""(staff, staff_name, support_type, minutes) per member of staff and support type over the
	``allocations`` running in the week beginning ``week_start``: their minutes a week summed. What the
	Staff Deployment report has the database sum."""
	given = running(
		plain_frame(allocations, ALLOCATION_FIELDS).rename(
			columns={"from_date": "start_date", "to_date": "end_date"}
		),
		week_start,
		week_start + timedelta(days=6),
	)
	totals = given.groupby(["staff", "support_type"], as_index=False).agg(
		staff_name=("staff_name", "first"), minutes=("minutes_per_week", "sum")
	)
	return records(totals[["staff", "staff_name", "support_type", "minutes"]])


def deployment_from_totals(
	booked: list[dict], support: list[dict], contracted: dict[str, int], default: int
) -> list[dict]:
	"""The rows of ``deployment_rows`` from the week's totals per member of staff: ``booked``
	(``booked_per_staff``; its provisions a list, or text as the database joins them, ``joined_names``)
	and ``support`` (``support_per_staff``). A row per member of staff with
	minutes in the week, by staff; their name from their provision, else their support, else the
	user; a support type that is none of ``SUPPORT_TYPES`` counts nothing. (The totals are a row per
	member of staff and type at most: the rows are put together one by one.)"""
	rows: dict[str, dict] = {}

	def row_of(staff: str) -> dict:
		if staff not in rows:
			rows[staff] = {
				"staff": staff,
				"staff_name": None,
				"provisions": "",
				"minutes": 0,
				"in_class_minutes": 0,
				"one_to_one_minutes": 0,
				"other_support_minutes": 0,
			}
		return rows[staff]

	for total in booked:
		row = row_of(total["staff"])
		row["minutes"] = int(total["minutes"] or 0)
		row["provisions"] = ", ".join(sorted(joined_names(total["provisions"])))
		row["staff_name"] = _name(total)
	for total in support:
		kind = total["support_type"]
		if kind not in SUPPORT_TYPES:
			continue
		row = row_of(total["staff"])
		field = {IN_CLASS: "in_class_minutes", ONE_TO_ONE: "one_to_one_minutes"}.get(
			kind, "other_support_minutes"
		)
		row[field] += int(total["minutes"] or 0)
		row["staff_name"] = row["staff_name"] or _name(total)
	result = []
	for staff in sorted(rows):
		row = rows[staff]
		total_minutes = sum(row[f] for f in DEPLOYMENT_MINUTES)
		if total_minutes <= 0:
			continue
		limit = int(contracted.get(staff, default))
		result.append(
			{
				**row,
				"staff_name": row["staff_name"] or staff,  # a user with no full name
				"total_minutes": total_minutes,
				"contracted": limit,
				"over_by": max(total_minutes - limit, 0),
			}
		)
	return result


def _name(total: dict) -> str | None:
	"""A total's staff name, None for none (pandas gives NaN for a group with no name)."""
	name = total.get("staff_name")
	return name if isinstance(name, str) and name else None


DEPLOYMENT_MINUTES = ("minutes", "in_class_minutes", "one_to_one_minutes", "other_support_minutes")
DEPLOYMENT_ENTRY_FIELDS = [
	"staff",
	"staff_name",
	"provision",
	"sessions_per_week",
	"minutes_per_session",
	"start_date",
	"end_date",
]
ALLOCATION_FIELDS = ["staff", "staff_name", "support_type", "minutes_per_week", "from_date", "to_date"]


def plain_frame(rows: list[dict], columns: list[str]) -> pd.DataFrame:
	"""``columns`` of ``rows`` as a frame (each row made a plain dict: a mapping that answers every
	attribute, as frappe._dict does, confuses pandas)."""
	return pd.DataFrame([dict(r) for r in rows], columns=columns)


def running(frame: pd.DataFrame, week_start: date, week_end: date) -> pd.DataFrame:
	"""The rows of ``frame`` (with a staff member, start_date and end_date, None: open) running on a
	day of the week."""
	start = pd.to_datetime(frame["start_date"])
	end = pd.to_datetime(frame["end_date"])
	on = start.le(pd.Timestamp(week_end)) & (end.isna() | end.ge(pd.Timestamp(week_start)))
	return frame[on & frame["staff"].notna() & frame["staff"].ne("")]
