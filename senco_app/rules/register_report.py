"""Shaping for the SEND Register report: rows as at a date, chart by primary need, summary against
the national figures. The report fetches rows; everything here is plain data and pandas."""

from datetime import date

import pandas as pd

from .needs import EHC_PLAN
from .needs import MONITORING
from .needs import SEN_SUPPORT
from .needs import counted_needs
from .needs import split_needs_text
from .register import row_at
from .roll import on_roll
from .roll import year_group_key


def register_rows(
	records: list[dict],
	history: list[dict],
	as_at: date,
	year_groups: dict[str, str],
	provision: str | None = None,
	need: str | None = None,
	year_group: str | None = None,
	key_person: str | None = None,
) -> list[dict]:
	"""One row per pupil on the register on ``as_at``, read from each record's history.

	``records``: dicts with name, student, student_name, school, key_person, start_date.
	``history``: history rows with parent, from_date, to_date, sen_provision, census_code, needs.
	"""
	by_record: dict[str, list[dict]] = {}
	for row in history:
		by_record.setdefault(row["parent"], []).append(row)

	in_force = []
	for rec in records:
		rows = sorted(by_record.get(rec["name"], []), key=lambda r: r["from_date"])
		current = row_at(rows, as_at)
		if current is None:
			continue
		in_force.append(
			{
				**rec,
				"sen_provision": current["sen_provision"],
				"census_code": current.get("census_code"),
				"needs": current.get("needs"),
				"start_date": rows[0]["from_date"] if rows else rec.get("start_date"),
				"year_group": year_groups.get(rec["student"]),
			}
		)
	return shape_register(in_force, provision, need, year_group, key_person)


def shape_register(
	in_force: list[dict],
	provision: str | None = None,
	need: str | None = None,
	year_group: str | None = None,
	key_person: str | None = None,
) -> list[dict]:
	"""The register's rows from each record's period in force: dicts with name, student,
	student_name, school, key_person, start_date, year_group, and the period's sen_provision,
	census_code and needs (the history's text). Filtered, and sorted by school, year group and
	name."""
	codes_of: dict[tuple, list[str]] = {}  # a school has few distinct (provision, needs) pairs
	out = []
	for rec in in_force:
		if provision and rec["sen_provision"] != provision:
			continue
		if year_group and rec["year_group"] != year_group:
			continue
		if key_person and rec.get("key_person") != key_person:
			continue
		pair = (rec["sen_provision"], rec.get("needs"))
		if pair not in codes_of:
			# a Monitoring (N) period's needs, if an older row holds any, never count
			codes_of[pair] = counted_needs(pair[0], split_needs_text(pair[1]))
		codes = codes_of[pair]
		if need and need not in codes:
			continue
		out.append(
			{
				"send_record": rec["name"],
				"student": rec["student"],
				"student_name": rec.get("student_name"),
				"school": rec["school"],
				"year_group": rec["year_group"],
				"sen_provision": rec["sen_provision"],
				"census_code": rec.get("census_code"),
				"primary_need": codes[0] if codes else None,
				"secondary_need": codes[1] if len(codes) > 1 else None,
				"needs": list(codes),
				"key_person": rec.get("key_person"),
				"start_date": rec.get("start_date"),
			}
		)
	out.sort(key=lambda r: (r["school"] or "", year_group_key(r["year_group"]), r["student_name"] or ""))
	return out


def roll_count(
	students: list[dict], as_at: date, year_groups: dict[str, str], year_group: str | None = None
) -> int:
	"""Pupils on roll on ``as_at`` (optionally in one year group)."""
	return sum(
		1
		for s in students
		if on_roll(as_at, s.get("joining_date"), s.get("date_of_leaving"), s.get("enabled", 1))
		and (not year_group or year_groups.get(s["name"]) == year_group)
	)


def primary_need_counts(rows: list[dict]) -> list[tuple[str, int]]:
	"""Pupils by primary need, most common first (ties by code), for the chart."""
	frame = pd.DataFrame(rows, columns=["primary_need"]).dropna()
	if frame.empty:
		return []
	counts = frame["primary_need"].value_counts().sort_index().sort_values(ascending=False, kind="stable")
	return [(str(code), int(n)) for code, n in counts.items()]


def percent(part: int, whole: int) -> float:
	"""``part`` as a percentage of ``whole`` to one decimal place; 0 for an empty whole."""
	return round(100.0 * part / whole, 1) if whole else 0.0


def provision_counts(rows: list[dict], on_roll_count: int) -> dict:
	"""Counts on SEN Support (K), EHC Plan (E) and Monitoring, with K and E as shares of the roll."""
	frame = pd.DataFrame(rows, columns=["sen_provision"])
	counts = frame["sen_provision"].value_counts()
	k = int(counts.get(SEN_SUPPORT, 0))
	e = int(counts.get(EHC_PLAN, 0))
	return {
		"on_roll": on_roll_count,
		"sen_support": k,
		"ehc_plan": e,
		"monitoring": int(counts.get(MONITORING, 0)),
		"sen_support_percent": percent(k, on_roll_count),
		"ehc_plan_percent": percent(e, on_roll_count),
	}
