"""Unique Pupil Numbers (UPN) and former UPNs.

Source (shared/reference/england-send-rules.md; UK Government Data Standards Catalogue, DfE "Unique
pupil numbers" guidance): 13 characters, a check letter then 12 characters: LA number (3 digits),
establishment number (4), year of issue (2), serial (3). A **temporary** UPN ends in a letter (a
2-digit serial and a letter): a school gives one while the permanent UPN is not known, and replaces it
when it is. The check letter is the modulo-23 sum of characters 2-13 weighted 2..13 (a letter at the
end counting as its place in A-Z without I, O and S), mapped to the same alphabet. Characters 2-4 must
be a recognised LA number. A UPN is unique to one pupil for life, across all schools.

python-stdnum's ``stdnum.gb.upn`` does the format, check letter and LA checks, and accepts temporary
UPNs as valid (it allows a final letter of the check alphabet). Its LA list dates from 2011: the LA
numbers created by later reorganisations are added here (``NEWER_LA_CODES``).
"""

from stdnum import exceptions as stdnum_errors
from stdnum.gb import upn as stdnum_upn

from . import RuleError
from . import _

# LA numbers of authorities created after stdnum's 2011 list (DfE LA codes, as announced for each
# reorganisation; not checked against a primary DfE table: extend here when an LA is created).
NEWER_LA_CODES = frozenset(
	{
		"838",  # Dorset (2019)
		"839",  # Bournemouth, Christchurch and Poole (2019)
		"940",  # North Northamptonshire (2021)
		"941",  # West Northamptonshire (2021)
		"942",  # Cumberland (2023)
		"943",  # Westmorland and Furness (2023)
	}
)


def compact(value: str | None) -> str:
	"""A UPN as it is kept: upper case, no spaces ("" for none)."""
	return stdnum_upn.compact(value or "") if value else ""


def is_temporary(upn: str | None) -> bool:
	"""A temporary UPN ends in a letter."""
	value = compact(upn)
	return len(value) == 13 and value[-1].isalpha()


def check_upn(value: str | None, field: str = "upn", label: str = _("UPN")) -> str:
	"""The UPN as kept (``compact``), or RuleError on ``field`` saying what is wrong: length,
	format, LA number or check letter. A temporary UPN is valid. Empty stays empty."""
	number = compact(value)
	if not number:
		return ""
	try:
		return stdnum_upn.validate(number)
	except stdnum_errors.InvalidLength:
		raise RuleError(
			_("{0} {1} must be 13 characters: a check letter then 12 digits (the last may be a letter)."),
			label,
			number,
			field=field,
		)
	except stdnum_errors.InvalidFormat:
		raise RuleError(
			_(
				"{0} {1}: characters 2 to 12 must be digits, the first and last a letter or digit of the UPN alphabet (no I, O or S)."
			),
			label,
			number,
			field=field,
		)
	except stdnum_errors.InvalidComponent:
		if number[1:4] not in NEWER_LA_CODES:
			raise RuleError(
				_("{0} {1}: {2} is not a local authority number (characters 2 to 4)."),
				label,
				number,
				number[1:4],
				field=field,
			)
		if stdnum_upn.calc_check_digit(number[1:]) == number[0]:
			return number
		raise _wrong_check_letter(number, label, field)
	except stdnum_errors.InvalidChecksum:
		raise _wrong_check_letter(number, label, field)


def _wrong_check_letter(number: str, label: str, field: str) -> RuleError:
	return RuleError(
		_(
			"{0} {1}: the check letter (first character) does not match the rest; check the number was copied correctly."
		),
		label,
		number,
		field=field,
	)


def check_pupil_upns(upn: str | None, former_upn: str | None) -> tuple[str, str]:
	"""A pupil's UPN and former UPN, each checked and compacted; the former must differ from the
	current one."""
	current = check_upn(upn, "upn", _("UPN"))
	former = check_upn(former_upn, "former_upn", _("Former UPN"))
	if former and former == current:
		raise RuleError(
			_("Former UPN {0} is the pupil's UPN: a former UPN is one the pupil held before."),
			former,
			field="former_upn",
		)
	return current, former


def make_upn(body: str) -> str:
	"""The UPN with the right check letter for its last 12 characters (for tests and demo data)."""
	body = compact(body)
	return stdnum_upn.calc_check_digit(body) + body
