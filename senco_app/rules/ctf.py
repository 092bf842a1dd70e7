"""The SEN part of the Common Transfer File (CTF): a register history out to the next school and in
from the last one.

Source: shared/reference/england-send-rules.md (structure as modelled by MIS suppliers; CTF 17
added SEN start and end dates)::

    SENhistory
      SEN            (repeatable)  StartDate, SENprovision, EndDate?
      SENneeds
        SENneed      (repeatable)  NeedStartDate?, NeedEndDate?, SENtypeRank, SENtype

SENprovision is the census code (E EHC plan, K SEN support, N no SEN). A pupil's history on the
register (``rules.register``: one row per period in which provision and ranked needs were
unchanged) becomes SEN **periods** (consecutive rows with one provision, joined) and SEN **needs**
(each need type at one rank over consecutive rows); an imported file goes back the other way. The
two are inverse: history -> (periods, needs) -> history gives the same rows.

Parsing uses defusedxml (no entity expansion, no external entities). Every fault of a file is a
``RuleError`` on the field ``ctf_file``, so the Frappe layer refuses the whole file.
"""

from datetime import date
from datetime import timedelta
from itertools import pairwise

from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException

from . import RuleError
from . import _
from .needs import CENSUS_CODES
from .needs import check_needs
from .needs import split_needs_text
from .register import state

FIELD = "ctf_file"

# census code -> register provision (the inverse of needs.CENSUS_CODES)
PROVISION_OF_CODE = {code: provision for provision, code in CENSUS_CODES.items()}

_ONE_DAY = timedelta(days=1)


def _follows(previous: dict, row: dict) -> bool:
	"""``row`` starts the day after ``previous`` ends (no gap between them)."""
	return previous["to_date"] is not None and previous["to_date"] + _ONE_DAY == row["from_date"]


def periods_and_needs(history: list[dict]) -> tuple[list[dict], list[dict]]:
	"""SEN periods and SEN needs of a register history (rows oldest first, with ``from_date``,
	``to_date``, ``sen_provision`` and ``needs``: codes in rank order, as ``needs_text`` writes them).

	A period is a run of consecutive rows with one census code: ``{"start_date", "end_date",
	"provision"}`` (end None while open). A need is a run of consecutive rows holding one need type at
	one rank: ``{"start_date", "end_date", "rank", "need_type"}``. Rows that do not follow each other
	(the record closed and reopened) start new runs."""
	rows = sorted(history, key=lambda r: r["from_date"])
	periods: list[dict] = []
	needs: list[dict] = []
	open_needs: dict[tuple[int, str], dict] = {}
	previous = None
	for row in rows:
		code = CENSUS_CODES.get(row.get("sen_provision") or "", row.get("census_code") or "N")
		joined = previous is not None and _follows(previous, row)
		if joined and periods[-1]["provision"] == code:
			periods[-1]["end_date"] = row["to_date"]
		else:
			periods.append({"start_date": row["from_date"], "end_date": row["to_date"], "provision": code})
		held = {(rank, need_type) for rank, need_type in enumerate(split_needs_text(row.get("needs")), 1)}
		if not joined:
			open_needs = {}
		for key in list(open_needs):
			if key not in held:
				del open_needs[key]
		for rank, need_type in sorted(held):
			if (rank, need_type) in open_needs:
				open_needs[(rank, need_type)]["end_date"] = row["to_date"]
			else:
				need = {
					"start_date": row["from_date"],
					"end_date": row["to_date"],
					"rank": rank,
					"need_type": need_type,
				}
				needs.append(need)
				open_needs[(rank, need_type)] = need
		previous = row
	needs.sort(key=lambda n: (n["start_date"], n["rank"]))
	return periods, needs


def check_periods(periods: list[dict], today: date) -> list[dict]:
	"""The periods oldest first, after checking them: each with a known provision code and a start
	date, none starting in the future, none ending before it starts or after today, no two
	overlapping (DfE: only one SEN provision open at a time), only the last one open."""
	for period in periods:
		if period.get("provision") not in PROVISION_OF_CODE:
			raise RuleError(
				_("SENprovision {0} is not a census SEN provision code (E, K or N)."),
				period.get("provision"),
				field=FIELD,
			)
		start, end = period.get("start_date"), period.get("end_date")
		if not start:
			raise RuleError(_("An SEN period has no StartDate."), field=FIELD)
		if start > today or (end and end > today):
			raise RuleError(_("The SEN period from {0} has a date in the future."), start, field=FIELD)
		if end and end < start:
			raise RuleError(
				_("The SEN period from {0} ends before it starts ({1})."), start, end, field=FIELD
			)
	ordered = sorted(periods, key=lambda p: p["start_date"])
	for earlier, later in pairwise(ordered):
		if earlier["end_date"] is None or earlier["end_date"] >= later["start_date"]:
			raise RuleError(
				_("SEN periods overlap: the period from {0} and the period from {1}."),
				earlier["start_date"],
				later["start_date"],
				field=FIELD,
			)
	return ordered


def _check_need_rows(needs: list[dict], known_codes) -> None:
	for need in needs:
		code, rank = need.get("need_type"), need.get("rank")
		if not code or code not in known_codes:
			raise RuleError(_("SENtype {0} is not a SEN Need Type."), code, field=FIELD)
		if not isinstance(rank, int) or rank < 1:
			raise RuleError(
				_("SENtypeRank of {0} must be a whole number from 1, not {1}."), code, rank, field=FIELD
			)
		start, end = need.get("start_date"), need.get("end_date")
		if start and end and end < start:
			raise RuleError(_("The SEN need {0} ends before it starts ({1})."), code, end, field=FIELD)


def history_from_ctf(periods: list[dict], needs: list[dict], known_codes, today: date) -> list[dict]:
	"""Register history rows (oldest first: ``from_date``, ``to_date`` and the state fields of
	``register.state``) from a CTF's periods and needs (shapes as ``periods_and_needs`` returns).

	A need with no start date holds from the start of the history, one with no end date to its end.
	Within each period the history splits wherever a need starts or ends; each piece must meet the
	register's need rules (``needs.check_needs``: ranks 1..n, no repeats, a primary need for K and E,
	NSA for K only). Pieces in a row with the same state are joined."""
	if not periods:
		raise RuleError(_("The SEN history has no SEN period."), field=FIELD)
	ordered = check_periods(periods, today)
	_check_need_rows(needs, known_codes)

	history: list[dict] = []
	for period in ordered:
		start, end = period["start_date"], period["end_date"]
		cuts = {start}
		for need in needs:
			for cut in (
				need.get("start_date"),
				need["end_date"] + _ONE_DAY if need.get("end_date") else None,
			):
				if cut and start < cut and (end is None or cut <= end):
					cuts.add(cut)
		bounds = sorted(cuts)
		for i, piece_start in enumerate(bounds):
			piece_end = bounds[i + 1] - _ONE_DAY if i + 1 < len(bounds) else end
			held = [
				{"rank": n["rank"], "need_type": n["need_type"]}
				for n in needs
				if (not n.get("start_date") or n["start_date"] <= piece_start)
				and (not n.get("end_date") or (piece_end is not None and n["end_date"] >= piece_end))
			]
			provision = PROVISION_OF_CODE[period["provision"]]
			try:
				check_needs(provision, held, known_codes=known_codes)
			except RuleError as e:
				raise RuleError(_("SEN needs from {0}: {1}"), piece_start, str(e), field=FIELD) from None
			row = {**state(provision, held), "from_date": piece_start, "to_date": piece_end}
			last = history[-1] if history else None
			if (
				last
				and _follows(last, row)
				and (last["sen_provision"], last["needs"]) == (row["sen_provision"], row["needs"])
			):
				last["to_date"] = piece_end
			else:
				history.append(row)
	return history


# Parsing -------------------------------------------------------------------------------------------


def _text(element, tag: str) -> str | None:
	child = element.find(tag)
	if child is None or child.text is None:
		return None
	return child.text.strip() or None


def _date(element, tag: str, required: bool = False) -> date | None:
	value = _text(element, tag)
	if value is None:
		if required:
			raise RuleError(_("{0} is missing from the SEN history."), tag, field=FIELD)
		return None
	try:
		return date.fromisoformat(value)
	except ValueError:
		raise RuleError(_("{0} {1} is not a date (YYYY-MM-DD)."), tag, value, field=FIELD) from None


def _rank(element) -> int:
	value = _text(element, "SENtypeRank")
	try:
		return int(value or "")
	except ValueError:
		raise RuleError(_("SENtypeRank {0} is not a whole number."), value, field=FIELD) from None


def parse_sen_history(xml: str | bytes) -> list[dict]:
	"""The pupils of a CTF with their SEN history: ``{"upn", "surname", "forename", "date_of_birth",
	"periods", "needs"}`` each. Pupils without an SENhistory are left out. Malformed XML, a file that
	is not a CTF, or a pupil with an SEN history but no UPN raise a RuleError."""
	if not xml or not xml.strip():
		raise RuleError(_("The CTF file is empty."), field=FIELD)
	try:
		root = ElementTree.fromstring(xml)
	except (ElementTree.ParseError, DefusedXmlException) as e:
		raise RuleError(_("The CTF file is not well-formed XML: {0}"), str(e), field=FIELD) from None
	if root.tag != "CTfile":
		raise RuleError(
			_("The file is not a CTF (its root element is {0}, not CTfile)."), root.tag, field=FIELD
		)
	pupils = []
	for pupil in root.iter("Pupil"):
		history = pupil.find("SENhistory")
		if history is None:
			continue
		upn = _text(pupil, "UPN")
		if not upn:
			raise RuleError(_("A pupil with an SEN history has no UPN."), field=FIELD)
		periods = [
			{
				"start_date": _date(sen, "StartDate", required=True),
				"end_date": _date(sen, "EndDate"),
				"provision": (_text(sen, "SENprovision") or "").upper(),
			}
			for sen in history.findall("SEN")
		]
		needs = [
			{
				"start_date": _date(need, "NeedStartDate"),
				"end_date": _date(need, "NeedEndDate"),
				"rank": _rank(need),
				"need_type": (_text(need, "SENtype") or "").upper(),
			}
			for need in history.findall("SENneeds/SENneed")
		]
		pupils.append(
			{
				"upn": upn.upper(),
				"surname": _text(pupil, "Surname"),
				"forename": _text(pupil, "Forename"),
				"date_of_birth": _date(pupil, "DOB"),
				"periods": periods,
				"needs": needs,
			}
		)
	if not pupils:
		raise RuleError(_("The CTF holds no pupil with an SEN history."), field=FIELD)
	upns = [p["upn"] for p in pupils]
	for upn in upns:
		if upns.count(upn) > 1:
			raise RuleError(_("UPN {0} appears more than once in the CTF."), upn, field=FIELD)
	return pupils
