"""What a single field value may be, whatever the document: numbers as numbers, text that fits its
database column, attachments that are files of the site. No SEND rule here: these are the shapes
the Frappe layer (``senco_app.controllers.send_document``) refuses before any rule sees a value.

Column sizes are MariaDB's (https://mariadb.com/kb/en/data-type-storage-requirements/): ``text``
holds 65,535 bytes, ``varchar(n)`` n characters, ``int`` numbers below 2^31, ``decimal(p,s)`` p - s
digits before the point. Frappe maps each field type to a column in ``frappe.db.type_map``.
"""

import math
import re
from decimal import Decimal
from typing import NamedTuple

TEXT_BYTES = {"tinytext": 255, "text": 65_535, "mediumtext": 16_777_215, "longtext": 4_294_967_295}
INT_BOUND = {"tinyint": 2**7, "smallint": 2**15, "int": 2**31, "bigint": 2**63}

# "12,345.5" as Frappe's flt reads it; "12,5" is not a thousands separator but a decimal comma,
# which flt would read as 125
THOUSANDS = re.compile(r"[+-]?\d{1,3}(,\d{3})+(\.\d*)?")
SITE_FILE = re.compile(r"/(private/)?files/[^/\\].*")


def to_number(value) -> float | None:
	"""The number a value stands for, or None when it is not one: a bool, int, float or Decimal, or
	a string float() reads (spaces around allowed) or with thousands separators. Not NaN or
	infinity (no column keeps them)."""
	if isinstance(value, bool | int):
		return float(value)
	if isinstance(value, float | Decimal):
		number = float(value)
	elif isinstance(value, str):
		text = value.strip()
		if THOUSANDS.fullmatch(text):
			text = text.replace(",", "")
		try:
			number = float(text)
		except ValueError:
			return None
	else:
		return None
	return number if math.isfinite(number) else None


def is_single_value(value) -> bool:
	"""Text, a number or nothing: what a text, link or select column keeps (not a list or object)."""
	return value is None or isinstance(value, str | int | float | Decimal)


def is_site_file_path(value) -> bool:
	"""A file of this site as Frappe stores it: ``/files/name`` or ``/private/files/name``, no step up
	(``..``), no control characters. Not a URL of any scheme (``javascript:``, ``https:``)."""
	return (
		isinstance(value, str)
		and bool(SITE_FILE.fullmatch(value))
		and ".." not in value.split("/")
		and not any(ord(c) < 32 or ord(c) == 127 for c in value)
	)


class Limit(NamedTuple):
	"""What a column keeps: at most ``bound`` ``characters`` or ``bytes`` (UTF-8) of text, or a number
	of ``magnitude`` below ``bound`` (a decimal is rounded to its scale, so its last fraction is out)."""

	unit: str
	bound: int

	def exceeded_by(self, value) -> bool:
		if self.unit == "characters":
			return len(str(value)) > self.bound
		if self.unit == "bytes":
			return len(str(value).encode("utf-8")) > self.bound
		number = to_number(value)
		return number is not None and abs(number) >= self.bound


def column_limit(column_type: str, size: str | int | None = None) -> Limit | None:
	"""The limit of a column as Frappe declares it, e.g. ``("varchar", 140)`` or ``("decimal", "21,9")``;
	None for a column without one this check knows (dates, json)."""
	if column_type == "varchar":
		return Limit("characters", int(size)) if size else None
	if column_type in TEXT_BYTES:
		return Limit("bytes", TEXT_BYTES[column_type])
	if column_type in INT_BOUND:
		return Limit("magnitude", INT_BOUND[column_type])
	if column_type == "decimal" and size:
		precision, scale = (int(part) for part in str(size).split(","))
		return Limit("magnitude", 10 ** (precision - scale))
	return None
