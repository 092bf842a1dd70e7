"""The SEN part of the Common Transfer File: a leaver's SEN history out as CTF XML, a joining pupil's
in from one.

Shaping (history rows <-> SEN periods and needs) and parsing are plain rules in
``senco_app.rules.ctf``; the XML is written from ``senco_app/templates/ctf/sen_history.xml``. Here:
permissions, the UPN match and the one write of an imported record (``write_imported_record``).
"""

import frappe
from frappe import _
from frappe.utils import getdate
from frappe.utils import now_datetime
from frappe.utils import today

from senco_app.exceptions import CTFError
from senco_app.exceptions import UnknownUPNError
from senco_app.exceptions import throw
from senco_app.rules import RuleError
from senco_app.rules import ctf as ctf_rules
from senco_app.rules.needs import split_needs_text
from senco_app.send.doctype.send_record.send_record import HISTORY_FIELDS

CTF_VERSION = "26.0"
TEMPLATE = "senco_app/templates/ctf/sen_history.xml"
FIELD = ctf_rules.FIELD


def _refuse(error: RuleError, exc: type[CTFError] = CTFError):
	throw(_(error.message).format(*error.params), exc, fieldname=error.field or FIELD, title=_("Invalid CTF"))


def student_upn(student: str) -> str | None:
	"""The pupil's UPN, where the site keeps one (Student ``upn``, a custom field of the census work)."""
	if not frappe.get_meta("Student").has_field("upn"):
		return None
	return frappe.db.get_value("Student", student, "upn") or None


def student_with_upn(upn: str, school: str) -> str | None:
	"""The pupil of ``school`` holding ``upn``. Only that school's pupils are searched, so an error
	never tells that another school has a pupil with it."""
	if not frappe.get_meta("Student").has_field("upn"):
		return None
	return frappe.db.get_value("Student", {"upn": upn, "school": school}, "name")


# Export ------------------------------------------------------------------------------------------


def export_sen_history(record: str) -> tuple[str, str]:
	"""The CTF XML (and a file name) of one register record's SEN history. The user must be able to
	read and export the record (SENCO and SEND Office of its school)."""
	doc = frappe.get_doc("SEND Record", record)
	doc.check_permission("read")
	frappe.has_permission("SEND Record", "export", doc=doc, throw=True)
	frappe.has_permission("Student", "read", doc=doc.student, throw=True)

	history = [{f: row.get(f) for f in HISTORY_FIELDS} for row in doc.history]
	for row in history:
		row["from_date"] = getdate(row["from_date"])
		row["to_date"] = getdate(row["to_date"]) if row["to_date"] else None
	periods, needs = ctf_rules.periods_and_needs(history)

	pupil = frappe.db.get_value(
		"Student", doc.student, ["first_name", "last_name", "date_of_birth"], as_dict=True
	)
	school = frappe.db.get_value(
		"Company",
		doc.school,
		["company_name", "send_la_code", "send_establishment_number", "send_urn"],
		as_dict=True,
	)
	upn = student_upn(doc.student)
	xml = frappe.render_template(
		TEMPLATE,
		{
			"ctf_version": CTF_VERSION,
			"generated": now_datetime().replace(microsecond=0).isoformat(),
			"source": {
				"name": school.company_name,
				"la_code": school.send_la_code,
				"establishment_number": school.send_establishment_number,
				"urn": school.send_urn,
			},
			"destination": _destination(doc.student, doc.school),
			"pupil": {
				"upn": upn,
				"surname": pupil.last_name,
				"forename": pupil.first_name,
				"date_of_birth": pupil.date_of_birth,
			},
			"periods": periods,
			"needs": needs,
		},
	)
	return f"CTF-SEN-{upn or doc.student}-{today()}.xml", xml


def _destination(student: str, school: str) -> dict | None:
	"""The next school named on the pupil's latest Pupil Transfer the user may read, if any."""
	if not frappe.db.exists("DocType", "Pupil Transfer"):
		return None
	transfers = frappe.get_list(
		"Pupil Transfer",
		filters={"student": student, "school": school},
		fields=["destination_name", "destination_urn"],
		order_by="leaving_date desc",
		limit=1,
	)
	if not transfers:
		return None
	return {"name": transfers[0].destination_name, "urn": transfers[0].destination_urn}


# Import ------------------------------------------------------------------------------------------


def import_sen_history(school: str, xml: str | bytes) -> list[str]:
	"""Build a register record with its SEN history for each pupil of a CTF, in ``school``.

	Every pupil is matched by UPN to a pupil of ``school`` (an unknown UPN is an error: no pupil is
	created from a CTF). The whole file is checked before anything is written, and written in one
	transaction: malformed XML, an unknown UPN, an unknown need code, overlapping periods or any
	other broken rule import nothing. Returns the new records' names."""
	new = frappe.new_doc("SEND Record")
	new.school = school
	frappe.has_permission("SEND Record", "create", doc=new, throw=True)

	try:
		pupils = ctf_rules.parse_sen_history(xml)
	except RuleError as e:
		_refuse(e)
	known = set(frappe.get_all("SEN Need Type", filters={"disabled": 0}, pluck="name"))
	on_day = getdate(today())

	ready = []
	for pupil in pupils:
		student = student_with_upn(pupil["upn"], school)
		if not student:
			throw(
				_("No pupil of {0} has UPN {1}. Add the pupil (with their UPN) before importing.").format(
					school, pupil["upn"]
				),
				UnknownUPNError,
				fieldname=FIELD,
				title=_("Unknown UPN"),
			)
		frappe.has_permission("Student", "read", doc=student, throw=True)
		try:
			history = ctf_rules.history_from_ctf(pupil["periods"], pupil["needs"], known, on_day)
		except RuleError as e:
			_refuse(e)
		ready.append((student, history))

	frappe.db.savepoint("senco_ctf_import")
	try:
		return [write_imported_record(student, school, history) for student, history in ready]
	except Exception:
		frappe.db.rollback(save_point="senco_ctf_import")
		raise


def write_imported_record(student: str, school: str, history: list[dict]) -> str:
	"""Insert a register record whose state is the last row of ``history`` (oldest first, rows of
	``rules.register.state`` with ``from_date`` and ``to_date``), then write ``history`` as its
	status history.

	The one place an imported history is written. The record is inserted as any other (its
	controller checks it and builds a history from the record alone); that history is then replaced
	row by row with the imported one, which the controller cannot know. If the controller's history
	rule changes (e.g. effective dates), only this function needs to follow it. A record whose last
	period has ended is inserted closed ("Left the school": the pupil left the school that sent the
	file); the SENCO reopens it by clearing the End Date, which starts a new period from that day."""
	first, last = history[0], history[-1]
	doc = frappe.get_doc(
		{
			"doctype": "SEND Record",
			"student": student,
			"school": school,
			"sen_provision": last["sen_provision"],
			"start_date": first["from_date"],
			"date_identified": first["from_date"],
			"end_date": last["to_date"],
			"end_reason": "Left the school" if last["to_date"] else None,
			"needs": [
				{"rank": rank, "need_type": code}
				for rank, code in enumerate(split_needs_text(last["needs"]), start=1)
			],
		}
	)
	# the last school's register as it was: not this school's change of provision (parents told, E
	# by hand); an E pupil's plan is then recorded here (the comment below says so)
	doc.flags.imported_history = True
	doc.insert()

	frappe.db.delete("SEND Record History", {"parent": doc.name, "parenttype": doc.doctype})
	doc.set("history", [])
	for row in history:
		doc.append("history", {f: row.get(f) for f in HISTORY_FIELDS}).db_insert()
	doc.add_comment("Info", _("SEN history imported from a Common Transfer File."))
	if doc.sen_provision == "EHC Plan":
		doc.add_comment(
			"Info", _("The pupil has an EHC plan: record it (issued) on an EHC Plan of this school.")
		)
	return doc.name


# Routes ------------------------------------------------------------------------------------------


@frappe.whitelist()
def download_sen_ctf(record: str) -> None:
	"""Download a register record's SEN history as CTF XML (read and export permission on it)."""
	filename, xml = export_sen_history(record)
	frappe.response["filename"] = filename
	frappe.response["filecontent"] = xml
	frappe.response["type"] = "download"


@frappe.whitelist(methods=["POST"])
def import_sen_ctf(school: str, xml: str | None = None, file_url: str | None = None) -> list[str]:
	"""Import the SEN history of a CTF, given as text (``xml``) or as an uploaded file the user may
	read (``file_url``), into ``school`` (create permission on SEND Record there)."""
	if not xml and file_url:
		file = frappe.get_doc("File", {"file_url": file_url})
		file.check_permission("read")
		xml = file.get_content()
	return import_sen_history(school, xml or "")
