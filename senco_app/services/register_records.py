"""A pupil's register record, as the other SEND records look it up."""

import frappe
from frappe import _

from senco_app.exceptions import RuleBrokenError
from senco_app.exceptions import throw


def open_record(student: str, school: str) -> str | None:
	return frappe.db.get_value(
		"SEND Record", {"student": student, "school": school, "status": "Open"}, "name"
	)


def required_open_record(student: str, school: str, why: str, record: str | None = None) -> str:
	"""``record``, else the pupil's open SEND Record at ``school``; with neither, refused on the
	student: ``why`` says what needs the pupil on the register."""
	record = record or open_record(student, school)
	if not record:
		throw(
			_("Student {0} has no open SEND Record at {1}: {2}").format(student, school, why),
			RuleBrokenError,
			fieldname="student",
			title=_("Not on the register"),
		)
	return record


def rewrite_history(record: str, rows: list[dict], note: str) -> bool:
	"""Write a register record's history as ``rows`` (oldest first) without a save (a data patch:
	nothing else of the record changes and no rule of today refuses yesterday's record), keeping the
	saved rows' names in order, and leave ``note`` on the record's timeline. False when the history
	is already ``rows``."""
	from senco_app.send.doctype.send_record.send_record import HISTORY_FIELDS
	from senco_app.send.doctype.send_record.send_record import history_dicts

	doc = frappe.get_doc("SEND Record", record)
	if history_dicts(doc.history) == history_dicts(rows):
		return False
	saved = list(doc.history)
	doc.set("history", [])
	for i, row in enumerate(rows):
		values = {f: row.get(f) for f in HISTORY_FIELDS}
		if i < len(saved):
			saved[i].update(values)
			saved[i].idx = i + 1
			doc.append("history", saved[i])
		else:
			doc.append("history", values)
	doc.update_child_table("history")
	doc.add_comment("Info", note)
	return True
