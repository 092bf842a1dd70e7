"""Access arrangements for tests and exams: what a pupil has, on what evidence, and when it is in force.

Source: JCQ Access Arrangements and Reasonable Adjustments (an arrangement reflects the pupil's normal
way of working, rests on evidence of need, and extra time is a stated percentage, usually 25 %, up to
100 % where the need is exceptional); STA key stage 2 access arrangements guidance (the school
decides most arrangements itself, on the pupil's normal classroom practice)."""

from datetime import date

from . import RuleError
from . import _
from .choices import select_choices

EXTRA_TIME = "Extra time"
ARRANGEMENTS = select_choices("Access Arrangement Item", "arrangement")
MAX_EXTRA_TIME = 100


def check_arrangements(rows: list[dict]) -> None:
	"""At least one arrangement, each once; extra time with a percentage from 1 to 100, and a
	percentage with extra time only."""
	if not rows:
		raise RuleError(_("Add at least one arrangement."), field="arrangements")
	seen = set()
	for row_no, row in enumerate(rows, start=1):
		kind = row.get("arrangement")
		if kind in seen:
			raise RuleError(
				_("Arrangements row {0}: {1} is listed twice."), row_no, kind, field="arrangement"
			)
		seen.add(kind)
		percent = row.get("extra_time_percent") or 0
		if kind == EXTRA_TIME and not 1 <= percent <= MAX_EXTRA_TIME:
			raise RuleError(
				_("Arrangements row {0}: extra time needs a percentage from 1 to {1}."),
				row_no,
				MAX_EXTRA_TIME,
				field="extra_time_percent",
			)
		if kind != EXTRA_TIME and percent:
			raise RuleError(
				_("Arrangements row {0}: a percentage is given with extra time only, not with {1}."),
				row_no,
				kind,
				field="extra_time_percent",
			)


def check_dates(start: date, expiry: date | None, assessed_on: date | None, today: date) -> None:
	if expiry and expiry < start:
		raise RuleError(
			_("Expiry Date ({0}) cannot be before the Start Date ({1})."), expiry, start, field="expiry_date"
		)
	if assessed_on and assessed_on > today:
		raise RuleError(_("Assessed On cannot be in the future."), field="assessed_on")


def in_force(start: date, expiry: date | None, window_from: date, window_to: date) -> bool:
	"""Whether an arrangement from ``start`` to ``expiry`` (none: open) holds on any day of the test
	window (both ends in)."""
	return start <= window_to and (expiry is None or window_from <= expiry)


def describe(kind: str, percent: float | None) -> str:
	"""One arrangement as the exams officer reads it: "Extra time 25%", "Reader"."""
	if kind == EXTRA_TIME and percent:
		return f"{kind} {percent:g}%"
	return kind


def window_rows(
	arrangements: list[dict], items: list[dict], year_groups: dict, window_from: date, window_to: date
) -> list[dict]:
	"""One row per pupil's arrangement record in force during the test window: the record with its
	year group, the arrangements as text, extra time, a flag per type and whether it expires before the
	window ends; ordered by school, year group and pupil name. ``items`` are the arrangement rows with
	their ``parent``."""
	by_parent: dict[str, list[dict]] = {}
	for item in items:
		by_parent.setdefault(item["parent"], []).append(item)
	rows = []
	for record in arrangements:
		expiry = record.get("expiry_date")
		if not in_force(record["start_date"], expiry, window_from, window_to):
			continue
		kinds = by_parent.get(record["name"], [])
		extra = max(
			(k.get("extra_time_percent") or 0 for k in kinds if k["arrangement"] == EXTRA_TIME), default=0
		)
		rows.append(
			{
				**record,
				"year_group": year_groups.get(record["student"]) or "",
				"arrangement_list": ", ".join(
					describe(k["arrangement"], k.get("extra_time_percent")) for k in kinds
				),
				"extra_time_percent": extra,
				"expires_in_window": int(expiry is not None and expiry < window_to),
				**{key(kind): int(any(k["arrangement"] == kind for k in kinds)) for kind in ARRANGEMENTS},
			}
		)
	rows.sort(key=lambda r: (r["school"], r["year_group"], r.get("student_name") or "", r["student"]))
	return rows


def key(kind: str) -> str:
	"""The column of an arrangement type: "Extra time" -> "extra_time"."""
	return kind.lower().replace(" ", "_")


def arrangement_counts(rows: list[dict]) -> list[tuple[str, int]]:
	"""(arrangement type, pupils with it) for the types any pupil has, in the catalogue's order."""
	counts = [(kind, sum(r[key(kind)] for r in rows)) for kind in ARRANGEMENTS]
	return [(kind, n) for kind, n in counts if n]
