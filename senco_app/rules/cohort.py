"""SEND pupils against the cohort: attainment and attendance of pupils on the register (SEN Support,
census K, and EHC plans, E) beside the other pupils of the same school, year group, course or
assessment criterion, term by term; and the register as it stood on each census day.

Plain data in (lists of dicts, as the reports read them), pandas for the sums, rows out. The rules:

- SEND or not is the pupil's SEN provision on the term's reference day (its last day, or today for
  a term not yet over), read from the SEND Record history (``register.row_at``): K and E are SEND,
  Monitoring (N) and no record are not. DfE attainment tables likewise compare by SEN provision.
- Attainment is a result's score as a percentage of its maximum score (results of different
  assessments are out of different maxima). A pupil's figure for a term and group is the mean of
  their results there; a group's average is the mean of its pupils' figures (each pupil counts
  once). "At or above a grade": a pupil's figure reaches the grade's threshold on the grading scale
  (Education's Grading Scale Interval: the grade's lowest percentage).
- Attendance is sessions present over sessions recorded (Student Attendance, Present or Absent) for
  the group, as DfE absence rates are; a pupil is persistently absent under 90 % attendance (DfE
  definition: missing 10 % or more of possible sessions).
- The gap is the other pupils' figure minus the SEND pupils' (positive: SEND pupils behind).
- Census days (DfE school census): autumn the 1st Thursday of October, spring the 3rd Thursday of
  January, summer the 3rd Thursday of May.
"""

from datetime import date
from datetime import timedelta

import pandas as pd

from .census import census_days
from .disclosure import THRESHOLD
from .disclosure import WITHHELD
from .disclosure import count
from .disclosure import figure
from .disclosure import is_shown
from .disclosure import protect_columns
from .disclosure import rate
from .needs import EHC_PLAN
from .needs import NEED_TYPES
from .needs import SEN_SUPPORT
from .needs import split_needs_text
from .register import row_at

SEND_CODES = ("K", "E")
PERSISTENT_ABSENCE_BELOW = 90.0
PRESENT, ABSENT = "Present", "Absent"

# How the attainment and attendance rows are grouped: the column each reads.
GROUPS = {"School": "school", "Year Group": "year_group", "Course": "course", "Criterion": "criterion"}
# Attendance has no course or criterion: it is grouped by school or year group only.
ATTENDANCE_GROUPS = ("School", "Year Group")

# Census days


def census_days_before(as_at: date, years: int = 5) -> list[tuple[str, date]]:
	"""The census days (term label, day) of the last ``years`` years up to ``as_at``, oldest first:
	3 a year, so 15 for five years."""
	days = [
		(f"{term} {year}", day)
		for year in range(as_at.year - years, as_at.year + 1)
		for term, day in census_days(year).items()
	]
	return [d for d in sorted(days, key=lambda d: d[1]) if d[1] <= as_at][-3 * years :]


# Who was SEND when


def census_codes_at(history: list[dict], as_at: date) -> dict[str, str]:
	"""Each pupil's census code (K, E, N) on ``as_at`` from register history rows (student,
	from_date, to_date, census_code); pupils with no row in force are left out."""
	by_student: dict[str, list[dict]] = {}
	for row in history:
		by_student.setdefault(row["student"], []).append(row)
	out = {}
	for student, rows in by_student.items():
		current = row_at(sorted(rows, key=lambda r: r["from_date"]), as_at)
		if current is not None:
			out[student] = current.get("census_code")
	return out


def reference_day(term_end: date, today: date) -> date:
	"""The day a term's SEND status is read on: its last day, or today for a term not over."""
	return min(term_end, today)


def send_flags(history: list[dict], terms: dict[str, date]) -> set[tuple[str, str]]:
	"""(term, student) for each pupil on SEN Support or with an EHC plan on each term's reference
	day (``terms``: term -> reference day)."""
	return {
		(term, student)
		for term, day in terms.items()
		for student, code in census_codes_at(history, day).items()
		if code in SEND_CODES
	}


# Attainment and attendance


def in_terms(rows: list[dict], terms: list[tuple[str, date, date]], field: str = "date") -> list[dict]:
	"""``rows`` whose ``field`` falls in one of ``terms`` (name, first day, last day), each given that
	term as ``term``; rows outside every term are left out."""
	out = []
	for row in rows:
		day = row[field]
		for name, start, end in terms:
			if start <= day <= end:
				out.append({**row, "term": name})
				break
	return out


def _frame(rows: list[dict], columns: list[str]) -> pd.DataFrame:
	"""``rows`` (dicts, frappe._dict included: read as plain dicts) as a frame of ``columns``."""
	if not rows:
		return pd.DataFrame(columns=columns)
	return pd.DataFrame([{c: row.get(c) for c in columns} for row in rows], columns=columns)


def _mark_send(frame: pd.DataFrame, send: set[tuple[str, str]]) -> pd.DataFrame:
	keys = pd.Series(list(zip(frame["term"], frame["student"], strict=True)), index=frame.index, dtype=object)
	return frame.assign(send=keys.isin(send) if len(frame) else pd.Series(dtype=bool))


def pupil_scores(results: list[dict], send: set[tuple[str, str]], group_by: str) -> pd.DataFrame:
	"""One row per (term, group, pupil): the pupil's mean percentage score and whether SEND.

	``results``: term, student, score, maximum_score and the group's column (school, year_group,
	course, criterion). A result with no maximum score is left out."""
	key = GROUPS[group_by]
	frame = _frame(results, ["term", "student", key, "score", "maximum_score"])
	frame = frame[pd.to_numeric(frame["maximum_score"], errors="coerce").fillna(0) > 0]
	frame = frame.assign(
		percent=100.0 * frame["score"].astype(float) / frame["maximum_score"].astype(float), group=frame[key]
	)
	pupils = frame.groupby(["term", "group", "student"], as_index=False, dropna=False)["percent"].mean()
	return _mark_send(pupils, send)


def attainment(
	results: list[dict], send: set[tuple[str, str]], group_by: str, threshold: float | None = None
) -> pd.DataFrame:
	"""Per (term, group), SEND and other pupils: pupils, average score (%), share at or above
	``threshold`` (% of pupils; None without a threshold), and the gaps."""
	pupils = pupil_scores(results, send, group_by)
	pupils = pupils.assign(at_grade=pupils["percent"] >= threshold if threshold is not None else False)
	grouped = pupils.groupby(["term", "group", "send"], dropna=False).agg(
		pupils=("student", "nunique"), average=("percent", "mean"), at_grade=("at_grade", "sum")
	)
	return _sides(grouped, ("pupils", "average", "at_grade"), threshold is not None, "average", "at_grade")


def pupil_attendance(attendance: list[dict], send: set[tuple[str, str]], group_by: str) -> pd.DataFrame:
	"""One row per (term, group, pupil): sessions recorded and present, and whether SEND.
	``attendance``: term, student, status (Present, Absent) and the group's column."""
	key = GROUPS[group_by]
	frame = _frame(attendance, ["term", "student", key, "status"])
	frame = frame[frame["status"].isin((PRESENT, ABSENT))]
	frame = frame.assign(present=(frame["status"] == PRESENT).astype(int), group=frame[key])
	pupils = frame.groupby(["term", "group", "student"], as_index=False, dropna=False).agg(
		sessions=("present", "size"), present=("present", "sum")
	)
	return _mark_send(pupils, send)


def attendance_rates(attendance: list[dict], send: set[tuple[str, str]], group_by: str) -> pd.DataFrame:
	"""Per (term, group), SEND and other pupils: pupils, attendance (% of sessions), pupils
	persistently absent (under 90 %) and their share, and the gaps."""
	pupils = pupil_attendance(attendance, send, group_by)
	pupils = pupils.assign(
		persistent=(100.0 * pupils["present"] / pupils["sessions"]) < PERSISTENT_ABSENCE_BELOW
	)
	grouped = pupils.groupby(["term", "group", "send"], dropna=False).agg(
		att_pupils=("student", "nunique"),
		sessions=("sessions", "sum"),
		present=("present", "sum"),
		persistent=("persistent", "sum"),
	)
	grouped["attendance"] = 100.0 * grouped["present"] / grouped["sessions"]
	return _sides(grouped, ("att_pupils", "attendance", "persistent"), True, "attendance", "persistent")


def _sides(grouped: pd.DataFrame, fields, shares: bool, level: str, count: str) -> pd.DataFrame:
	"""SEND and other pupils side by side (send_<field>, other_<field>), the share of pupils counted
	in ``count`` (send_<count>_percent), and the gaps (other minus SEND) of ``level`` and of that
	share."""
	pupils_field = fields[0]
	columns = [f"{side}_{f}" for side in ("send", "other") for f in fields]
	if grouped.empty:
		return pd.DataFrame(columns=["term", "group", *columns])
	wide = grouped[list(fields)].unstack("send")
	out = pd.DataFrame(index=wide.index)
	for side, flag in (("send", True), ("other", False)):
		for f in fields:
			out[f"{side}_{f}"] = wide[f][flag] if flag in wide[f].columns else float("nan")
		out[f"{side}_{pupils_field}"] = out[f"{side}_{pupils_field}"].fillna(0).astype(int)
		out[f"{side}_{count}"] = out[f"{side}_{count}"].fillna(0).astype(int)
		whole = out[f"{side}_{pupils_field}"].where(out[f"{side}_{pupils_field}"] > 0)
		out[f"{side}_{count}_percent"] = 100.0 * out[f"{side}_{count}"] / whole if shares else float("nan")
	out[f"{level}_gap"] = out[f"other_{level}"] - out[f"send_{level}"]
	out[f"{count}_gap"] = out[f"other_{count}_percent"] - out[f"send_{count}_percent"]
	return out.reset_index()


def cohort_rows(
	results: list[dict],
	attendance: list[dict],
	send: set[tuple[str, str]],
	group_by: str,
	threshold: float | None = None,
	term_order: list[str] | None = None,
) -> list[dict]:
	"""The report's rows: per (term, group), attainment and (for school or year group) attendance,
	SEND beside other pupils, with the gaps; figures rounded to 1 place, missing ones None; terms in
	``term_order`` (oldest first), then groups in name order."""
	frame = attainment(results, send, group_by, threshold)
	if group_by in ATTENDANCE_GROUPS:
		frame = frame.merge(attendance_rates(attendance, send, group_by), on=["term", "group"], how="outer")
	if frame.empty:
		return []
	order = {term: i for i, term in enumerate(term_order or [])}
	frame = frame.assign(_order=frame["term"].map(order).fillna(len(order)), _group=frame["group"].fillna(""))
	frame = frame.sort_values(["_order", "term", "_group"]).drop(columns=["_order", "_group"])
	frame = frame.rename(columns={"group": "group_value"})
	for column in frame.columns:
		if column.endswith("pupils") or column.endswith(("_at_grade", "_persistent")):
			frame[column] = frame[column].fillna(0).astype(int)
		elif column not in ("term", "group_value"):
			frame[column] = pd.to_numeric(frame[column], errors="coerce").round(1)
	frame = frame.astype(object).where(frame.notna(), None)
	return frame.to_dict("records")


def protected(rows: list[dict], threshold: int = THRESHOLD) -> list[dict]:
	"""The rows for a reader who may not see pupils (``disclosure``): counts of 1 to 4 pupils as
	"<5"; an average or attendance rate of fewer than 5 pupils, and a share whose part or rest is 1
	to 4 pupils, withheld ("c"); a gap withheld when either side is. No row adds up to another shown,
	so no complementary suppression is needed."""
	out = []
	for row in rows:
		shown = dict(row)
		for side in ("send", "other"):
			for pupils, level, counted in (
				("pupils", "average", "at_grade"),
				("att_pupils", "attendance", "persistent"),
			):
				n = row.get(f"{side}_{pupils}")
				if n is None:
					continue
				shown[f"{side}_{pupils}"] = count(n, threshold)
				shown[f"{side}_{level}"] = figure(row.get(f"{side}_{level}"), n, threshold)
				part = row.get(f"{side}_{counted}") or 0
				shown[f"{side}_{counted}"] = count(part, threshold)
				if row.get(f"{side}_{counted}_percent") is not None:
					shown[f"{side}_{counted}_percent"] = rate(part, n, 1, threshold)
		for gap, field in (
			("average_gap", "average"),
			("at_grade_gap", "at_grade_percent"),
			("attendance_gap", "attendance"),
			("persistent_gap", "persistent_percent"),
		):
			if gap in shown and not all(is_shown(shown.get(f"{side}_{field}")) for side in ("send", "other")):
				shown[gap] = WITHHELD
		out.append(shown)
	return out


def term_trend(rows: list[dict], term_order: list[str], threshold: int | None = None) -> list[dict]:
	"""Per term (in ``term_order``), the gaps over every group, weighted by pupils: the attainment gap
	and the attendance gap, for the trend chart. With ``threshold`` (small-number suppression), a gap
	with fewer SEND or other pupils behind it is withheld ("c")."""
	out = []
	for term in term_order:
		mine = [r for r in rows if r["term"] == term]
		if not mine:
			continue
		entry = {"term": term}
		for name, field, pupils in (
			("average_gap", "average", "pupils"),
			("attendance_gap", "attendance", "att_pupils"),
		):
			gap, fewest = _weighted_gap(mine, field, pupils)
			entry[name] = figure(gap, fewest, threshold) if threshold else gap
		out.append(entry)
	return out


def _weighted_gap(rows: list[dict], field: str, pupils: str) -> tuple[float | None, int]:
	"""The gap of ``field`` over ``rows`` weighted by ``pupils``, and the fewer of the SEND and other
	pupils behind it."""
	sides, counts = {}, {}
	for side in ("send", "other"):
		pairs = [(r.get(f"{side}_{field}"), r.get(f"{side}_{pupils}") or 0) for r in rows]
		pairs = [(v, n) for v, n in pairs if v is not None and n]
		counts[side] = sum(n for _v, n in pairs)
		sides[side] = sum(v * n for v, n in pairs) / counts[side] if counts[side] else None
	fewest = min(counts.values())
	if sides["send"] is None or sides["other"] is None:
		return None, fewest
	return round(sides["other"] - sides["send"], 1), fewest


# Register trends


def register_trend_rows(
	history: list[dict], days: list[tuple[str, date]], roll: dict[tuple[str, str], int] | None = None
) -> tuple[list[dict], list[str]]:
	"""Per census day and school: pupils on SEN Support (K) and with an EHC plan (E), each as a share
	of the roll when ``roll`` ((census label, school) -> pupils on roll) is given, and K and E pupils
	by primary need; with the need codes seen, in DfE order.

	``history``: register history rows with student, school, from_date, to_date, sen_provision,
	needs (codes in rank order, as SEND Record History keeps them)."""
	roll = roll or {}
	frame = _frame(history, ["student", "school", "from_date", "to_date", "sen_provision", "needs"])
	schools = sorted({s for s in frame["school"].dropna()} | {school for _day, school in roll})
	# K and E periods only (a pupil counted once per school and day, as the first such period in
	# force), each with its primary need worked out once rather than once per census day
	frame = frame[frame["sen_provision"].isin((SEN_SUPPORT, EHC_PLAN))]
	frame = frame.assign(primary_need=frame["needs"].map(lambda text: (split_needs_text(text) or [None])[0]))
	in_force = []
	for label, day in days:
		on_day = (frame["from_date"] <= day) & (frame["to_date"].isna() | (frame["to_date"] >= day))
		in_force.append(frame[on_day].drop_duplicates(["school", "student"]).assign(census=label))
	counted = pd.concat(in_force) if in_force else frame.assign(census=None)
	provisions = counted.groupby(["census", "school", "sen_provision"]).size().to_dict()
	needs = counted.groupby(["census", "school", "primary_need"]).size().to_dict()
	seen = set(counted["primary_need"].dropna())
	codes = [code for code, *_ in NEED_TYPES if code in seen]
	rows = []
	for label, day in days:
		for school in schools:
			on_roll = roll.get((label, school))
			row = {
				"census": label,
				"census_date": day,
				"school": school,
				"on_roll": on_roll,
				"sen_support": int(provisions.get((label, school, SEN_SUPPORT), 0)),
				"ehc_plan": int(provisions.get((label, school, EHC_PLAN), 0)),
				**{f"need_{code.lower()}": int(needs.get((label, school, code), 0)) for code in codes},
			}
			row["sen_support_percent"] = _share(row["sen_support"], on_roll)
			row["ehc_plan_percent"] = _share(row["ehc_plan"], on_roll)
			rows.append(row)
	return rows, codes


def _share(part: int, whole: int | None) -> float | None:
	return round(100.0 * part / whole, 1) if whole else None


def trust_rows(rows: list[dict], codes: list[str]) -> list[dict]:
	"""One row per census day adding up every school's row (the trust or all schools shown)."""
	out = []
	for label in dict.fromkeys(r["census"] for r in rows):
		mine = [r for r in rows if r["census"] == label]
		total = {"census": label, "census_date": mine[0]["census_date"], "school": None}
		for field in ("sen_support", "ehc_plan", *(f"need_{c.lower()}" for c in codes)):
			total[field] = sum(r[field] for r in mine)
		rolls = [r["on_roll"] for r in mine if r["on_roll"] is not None]
		total["on_roll"] = sum(rolls) if rolls else None
		total["sen_support_percent"] = _share(total["sen_support"], total["on_roll"])
		total["ehc_plan_percent"] = _share(total["ehc_plan"], total["on_roll"])
		out.append(total)
	return out


def protected_trends(rows: list[dict], codes: list[str], threshold: int = THRESHOLD) -> tuple[list, list]:
	"""School rows and their census-day totals (``trust_rows``) for a reader who may not see pupils:
	per census day, counts under 5 as "<5" and the figures that would give one back withheld ("c"),
	within each column and its total and within each school's pupils by primary need against its
	pupils on SEN Support and with a plan (``disclosure.protect_columns``); a share of the roll only
	where both its counts show and it passes ``disclosure.rate``."""
	needs = [f"need_{code.lower()}" for code in codes]
	fields = ["on_roll", "sen_support", "ehc_plan", *needs]
	shown_rows, shown_totals = [], []
	for total in trust_rows(rows, codes):
		mine = [r for r in rows if r["census"] == total["census"]]
		sums = [[(i, "sen_support"), (i, "ehc_plan"), *((i, f) for f in needs)] for i in range(len(mine))]
		sums.append([("total", "sen_support"), ("total", "ehc_plan"), *(("total", f) for f in needs)])
		day_rows, day_total = protect_columns(mine, fields, sums, threshold)
		day_total = {**total, **day_total}
		for raw, shown in [*zip(mine, day_rows, strict=True), (total, day_total)]:
			if raw["on_roll"] is None:
				shown["on_roll"] = None
			for field, part in (("sen_support_percent", "sen_support"), ("ehc_plan_percent", "ehc_plan")):
				visible = raw["on_roll"] and is_shown(shown[part]) and is_shown(shown["on_roll"])
				shown[field] = (
					rate(raw[part], raw["on_roll"], 1, threshold)
					if visible
					else None
					if not raw["on_roll"]
					else WITHHELD
				)
		shown_rows += day_rows
		shown_totals.append(day_total)
	return shown_rows, shown_totals
