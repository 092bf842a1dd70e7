"""The school census SEN return: census days, each pupil's SEN items as at the census day, and the
checks a SENCO runs before the day.

Sources (shared/reference/england-send-rules.md; DfE school census guide, LA census guidance):

- census days: autumn the first Thursday of October, spring the third Thursday of January, summer
  the third Thursday of May (a return may name another date: the DfE moves a day now and then);
- every pupil on roll on the census day has an SEN provision: E (EHC plan), K (SEN support) or
  N (no SEN; the register's Monitoring is not SEN, so it is N and its needs never count);
- a K or E pupil has SEN types ranked 1..n (rank 1 = primary need); NSA (no specialist assessment)
  is for K only;
- SEN unit and resourced provision indicators where the school records them;
- the UPN is 13 characters with a valid check letter and LA number, unique to the pupil
  (``senco_app.rules.upn``); a temporary UPN is allowed but should be replaced once known.

Everything here is plain data: the Frappe side fetches the rows and keeps the return.
"""

import csv
import io
from datetime import date
from datetime import timedelta

from . import RuleError
from . import _
from .needs import SEN_SUPPORT_ONLY
from .needs import census_code
from .needs import split_needs_text
from .register import row_at
from .roll import on_roll
from .upn import check_upn
from .upn import is_temporary

AUTUMN = "Autumn"
SPRING = "Spring"
SUMMER = "Summer"
TERMS = (AUTUMN, SPRING, SUMMER)

THURSDAY = 3  # date.weekday()
# term: (month, which Thursday of the month)
CENSUS_DAYS = {AUTUMN: (10, 1), SPRING: (1, 3), SUMMER: (5, 3)}

ERROR = "Error"
WARNING = "Warning"


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
	"""The ``n``-th ``weekday`` (0 Monday .. 6 Sunday) of a month."""
	first = date(year, month, 1)
	return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def census_day(year: int, term: str) -> date:
	"""The census day of ``term`` in calendar ``year`` (the autumn census of the 2026/27 school year
	is in 2026, its spring and summer censuses in 2027)."""
	if term not in CENSUS_DAYS:
		raise RuleError(
			_("Census term must be one of {0}, not {1}."), ", ".join(TERMS), term, field="census_term"
		)
	month, n = CENSUS_DAYS[term]
	return nth_weekday(year, month, THURSDAY, n)


def census_days(year: int) -> dict[str, date]:
	"""The three census days of a calendar year, in date order (spring, summer, autumn)."""
	return {term: census_day(year, term) for term in (SPRING, SUMMER, AUTUMN)}


def next_census(today: date, term: str | None = None) -> tuple[str, date]:
	"""The first census day on or after ``today`` (of ``term`` when given): (term, day)."""
	for year in (today.year, today.year + 1):
		for each, day in census_days(year).items():
			if day >= today and (term is None or each == term):
				return each, day
	raise AssertionError("a census day falls within any two years")  # pragma: no cover


def return_date(term: str, year: int, override: date | None = None) -> date:
	"""The day a return is made for: the override when the return names one, else the census day."""
	return override or census_day(year, term)


# Pupils' SEN items on the day


def _records_by_student(records: list[dict], history: list[dict], as_at: date) -> dict[str, tuple]:
	"""Each pupil's register record in force on ``as_at`` with its history row then: (record, row).
	A pupil with more than one record in force (which the register refuses) is read from the record
	whose period began last."""
	by_record: dict[str, list[dict]] = {}
	for row in history:
		by_record.setdefault(row["parent"], []).append(row)
	found: dict[str, tuple] = {}
	for record in records:
		rows = sorted(by_record.get(record["name"], []), key=lambda r: r["from_date"])
		current = row_at(rows, as_at)
		if current is None:
			continue
		best = found.get(record["student"])
		if best is None or current["from_date"] > best[1]["from_date"]:
			found[record["student"]] = (record, current)
	return found


def pupil_rows(students: list[dict], records: list[dict], history: list[dict], as_at: date) -> list[dict]:
	"""One row per pupil on roll on ``as_at``: UPN, SEN provision code (E, K or N), the SEN types in
	rank order (K and E only) and the SEN unit and resourced provision indicators (K and E only).

	``students``: dicts with name, student_name, upn, joining_date, date_of_leaving, enabled.
	``records``: the school's SEND Records (name, student, sen_unit_indicator,
	resourced_provision_indicator). ``history``: their history rows (parent, from_date, to_date,
	sen_provision, needs)."""
	in_force = _records_by_student(records, history, as_at)
	rows = []
	for student in students:
		if not on_roll(
			as_at, student.get("joining_date"), student.get("date_of_leaving"), student.get("enabled", 1)
		):
			continue
		record, state = in_force.get(student["name"], (None, None))
		code = census_code(state["sen_provision"]) if state else "N"
		sen = code in ("K", "E")
		needs = split_needs_text(state.get("needs")) if sen else []
		rows.append(
			{
				"student": student["name"],
				"student_name": student.get("student_name"),
				"upn": (student.get("upn") or "").strip().upper(),
				"sen_provision": code,
				"needs": needs,
				"primary_need": needs[0] if needs else None,
				"secondary_need": needs[1] if len(needs) > 1 else None,
				"sen_unit_indicator": int(bool(sen and record.get("sen_unit_indicator"))),
				"resourced_provision_indicator": int(
					bool(sen and record.get("resourced_provision_indicator"))
				),
				"send_record": record["name"] if record else None,
			}
		)
	rows.sort(key=lambda r: (r["student_name"] or "", r["student"]))
	return rows


def counts(rows: list[dict]) -> dict[str, int]:
	"""Pupils on roll and by SEN provision code."""
	codes = [r["sen_provision"] for r in rows]
	return {"on_roll": len(rows), "E": codes.count("E"), "K": codes.count("K"), "N": codes.count("N")}


# Readiness


def _issue(row: dict, kind: str, message: str, fix: str, *params, severity: str = ERROR) -> dict:
	return {
		"student": row["student"],
		"student_name": row.get("student_name"),
		"issue": kind,
		"severity": severity,
		"message": message,
		"fix": fix,
		"params": params,
	}


def readiness(
	rows: list[dict],
	students: list[dict],
	records: list[dict],
	history: list[dict],
	need_rows: list[dict],
	as_at: date,
	upns_elsewhere: set[str] = frozenset(),
) -> list[dict]:
	"""What would make the return wrong, pupil by pupil, each with how to fix it:

	- K or E without a rank 1 (primary) need; NSA with E; ranks with gaps or repeats on the record;
	- a missing, invalid or duplicate UPN (``upns_elsewhere``: UPNs of these pupils that another
	  pupil of the site also holds); a temporary UPN (a warning);
	- a pupil on the register on the day but not on roll.

	``rows`` from ``pupil_rows``; ``need_rows``: the records' SEND Record Need rows (parent, rank,
	need_type). Message and fix are ``_()`` templates formatted with ``params`` (the Frappe side
	translates them). Issues come in pupil order."""
	issues = []
	needs_by_record: dict[str, list[dict]] = {}
	for need in need_rows:
		needs_by_record.setdefault(need["parent"], []).append(need)
	upn_count: dict[str, int] = {}
	for row in rows:
		if row["upn"]:
			upn_count[row["upn"]] = upn_count.get(row["upn"], 0) + 1

	for row in rows:
		code = row["sen_provision"]
		if code in ("K", "E") and not row["needs"]:
			issues.append(
				_issue(
					row,
					"No primary need",
					_("On {0} on the census day with no rank 1 (primary) need."),
					_(
						"Add the primary need on the pupil's SEND Record (rank 1), dated on or before the census day."
					),
					code,
				)
			)
		if code == "E" and SEN_SUPPORT_ONLY & set(row["needs"]):
			issues.append(
				_issue(
					row,
					"NSA with EHC plan",
					_("NSA (no specialist assessment) is recorded with an EHC plan (E)."),
					_("Replace NSA on the SEND Record with the need type named in the EHC plan."),
				)
			)
		if code in ("K", "E") and row.get("send_record"):
			ranks = sorted(int(n.get("rank") or 0) for n in needs_by_record.get(row["send_record"], []))
			if ranks and ranks != list(range(1, len(ranks) + 1)):
				issues.append(
					_issue(
						row,
						"Rank gaps",
						_("Need ranks are {0}: they must run 1, 2, 3 without gaps or repeats."),
						_("Renumber the needs on the SEND Record from 1 (primary) in order."),
						", ".join(str(r) for r in ranks),
					)
				)
		issues.extend(_upn_issues(row, upn_count, upns_elsewhere))

	on_roll_pupils = {r["student"] for r in rows}
	names = {s["name"]: s.get("student_name") for s in students}
	for student, (_record, state) in sorted(_records_by_student(records, history, as_at).items()):
		if student in on_roll_pupils:
			continue
		issues.append(
			_issue(
				{"student": student, "student_name": names.get(student)},
				"Not on roll",
				_("On the SEND register ({0}) on the census day but not on roll."),
				_(
					"Close the SEND Record with the leaving date, or correct the pupil's joining or leaving date."
				),
				state["sen_provision"],
			)
		)
	return issues


def _upn_issues(row: dict, upn_count: dict[str, int], upns_elsewhere) -> list[dict]:
	upn = row["upn"]
	if not upn:
		return [
			_issue(
				row,
				"Missing UPN",
				_("No UPN."),
				_("Enter the pupil's UPN on the Student record (from the previous school's CTF or the LA)."),
			)
		]
	try:
		check_upn(upn)
	except RuleError:
		return [
			_issue(
				row,
				"Invalid UPN",
				_("UPN {0} is not valid (length, LA number or check letter)."),
				_("Correct the UPN on the Student record; check it against the CTF or admission form."),
				upn,
			)
		]
	found = []
	if upn_count.get(upn, 0) > 1 or upn in upns_elsewhere:
		found.append(
			_issue(
				row,
				"Duplicate UPN",
				_("UPN {0} is held by another pupil."),
				_("Find which pupil the UPN belongs to; give the other pupil their own UPN."),
				upn,
			)
		)
	if is_temporary(upn):
		found.append(
			_issue(
				row,
				"Temporary UPN",
				_("UPN {0} is a temporary UPN."),
				_(
					"Replace it with the permanent UPN when it is known, and keep the temporary one as Former UPN."
				),
				upn,
				severity=WARNING,
			)
		)
	return found


# Output


CSV_HEADER = (
	"UPN",
	"Student",
	"Name",
	"SENprovision",
	"SENtypeRank1",
	"SENtypeRank2",
	"SENtypes",
	"SENunitIndicator",
	"ResourcedProvisionIndicator",
)


def to_csv(rows: list[dict]) -> str:
	"""The return as CSV, one line per pupil (needs in rank order, ``;`` between them)."""
	out = io.StringIO()
	writer = csv.writer(out, lineterminator="\n")
	writer.writerow(CSV_HEADER)
	for row in rows:
		needs = row["needs"]
		writer.writerow(
			(
				row["upn"],
				row["student"],
				_csv_safe(row.get("student_name") or ""),
				row["sen_provision"],
				needs[0] if needs else "",
				needs[1] if len(needs) > 1 else "",
				";".join(needs),
				int(bool(row.get("sen_unit_indicator"))),
				int(bool(row.get("resourced_provision_indicator"))),
			)
		)
	return out.getvalue()


def _csv_safe(text: str) -> str:
	"""Text a spreadsheet will not run as a formula."""
	return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def xml_pupils(rows: list[dict]) -> list[dict]:
	"""What the XML template renders per pupil: UPN, provision, needs as (rank, type), indicators."""
	return [
		{
			"upn": row["upn"],
			"sen_provision": row["sen_provision"],
			"needs": [{"rank": rank, "type": code} for rank, code in enumerate(row["needs"], start=1)],
			"sen_unit_indicator": bool(row.get("sen_unit_indicator")),
			"resourced_provision_indicator": bool(row.get("resourced_provision_indicator")),
		}
		for row in rows
	]
