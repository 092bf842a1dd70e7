"""Choices a rule shares with a Select field, read from the field's doctype JSON so that the list is
written once: in the field's options, where the form, the list filters and Frappe's own check of a
Select read it. No Frappe import: the JSON is read as a file."""

import json
from functools import cache
from pathlib import Path

DOCTYPES = Path(__file__).resolve().parent.parent / "send" / "doctype"


@cache
def _fields(doctype: str) -> dict[str, dict]:
	folder = doctype.replace(" ", "_").replace("-", "_").lower()
	definition = json.loads((DOCTYPES / folder / f"{folder}.json").read_text())
	return {f["fieldname"]: f for f in definition["fields"]}


def select_choices(doctype: str, fieldname: str) -> tuple[str, ...]:
	"""The choices of Select field ``fieldname`` of ``doctype`` (one of the app's), in their order,
	the blank choice left out."""
	field = _fields(doctype)[fieldname]
	assert field["fieldtype"] == "Select", (doctype, fieldname)
	return tuple(o for o in field["options"].split("\n") if o)
