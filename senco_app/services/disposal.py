"""Retention of SEN files: which departed pupils' files are due for disposal (a daily review list for
the SENCO), and their disposal, recorded in a SEND Disposal Log that holds no personal data.

The rule (when a file is due, what "left" means) is ``senco_app.rules.retention``; the period is
``retention_years_after_birth`` in SEND Settings.

A pupil's SEN file is every document of a SEND doctype that names them (``pupil_doctypes``: SEND
Record, plans, reviews, EHC plans, referrals, contacts and any SEND doctype added later with a Link to
Student), their rows in other SEND documents (``pupil_row_tables``: a Provision Map Entry's pupils),
and what Frappe keeps about those documents: versions, comments, communications, attached files,
tags, shares, follows, notifications, views and the Deleted Document copies of them.
"""

import hashlib
import hmac
import json
from collections import Counter
from collections import defaultdict
from urllib.parse import urlencode

import frappe
from frappe import _
from frappe.utils import getdate
from frappe.utils import now_datetime
from frappe.utils import today

from senco_app.exceptions import DisposalNotConfirmedError
from senco_app.exceptions import RetentionNotDueError
from senco_app.exceptions import SencoOnlyError
from senco_app.exceptions import throw
from senco_app.permissions import allowed_schools
from senco_app.rules import RuleError
from senco_app.rules import retention as retention_rules
from senco_app.security.doctypes import REFERENCE_DOCTYPES
from senco_app.security.doctypes import SEND_DOCTYPES
from senco_app.services.settings import send_settings

LOG_DOCTYPE = "SEND Disposal Log"
REPORT = "Records Due for Disposal"
# The pupils due at each school when the daily job last ran, as keyed hashes (never the pupil's id),
# so the SENCO is told only of files that became due since.
NOTIFIED_KEY = "senco_disposal_due_notified"
STUDENT_FIELDS = (
	"name",
	"student_name",
	"school",
	"date_of_birth",
	"joining_date",
	"date_of_leaving",
	"enabled",
)


# What a pupil's file is made of


def pupil_doctypes() -> dict[str, str]:
	"""SEND doctypes whose documents belong to one pupil: {doctype: the field naming the pupil}."""
	found = {}
	for doctype in SEND_DOCTYPES:
		field = _student_field(frappe.get_meta(doctype))
		if field and doctype != LOG_DOCTYPE:
			found[doctype] = field
	return found


def pupil_row_tables() -> list[tuple[str, str, str]]:
	"""Tables of the other SEND doctypes whose rows name a pupil: (child doctype, field, parent)."""
	owned = pupil_doctypes()
	tables = []
	for doctype in SEND_DOCTYPES:
		if doctype in owned:
			continue
		for df in frappe.get_meta(doctype).get_table_fields():
			field = _student_field(frappe.get_meta(df.options))
			if field:
				tables.append((df.options, field, doctype))
	return tables


def _student_field(meta) -> str | None:
	links = [df.fieldname for df in meta.fields if df.fieldtype == "Link" and df.options == "Student"]
	return "student" if "student" in links else (links[0] if links else None)


# The daily review list


def due_pupils(schools: list[str] | None = None, as_at=None) -> list[dict]:
	"""Departed pupils whose SEN file is due for disposal on ``as_at`` (today), in ``schools`` (None:
	every school), each with school, date of birth, the day they left (if known), the end of
	retention, the day the file became due and how many SEND documents (and rows) it holds.

	Batched: a fixed number of queries whatever the number of pupils (one for the pupils, one for
	their SEND Records, one per pupil doctype and row table); no document is loaded."""
	if schools == []:
		return []
	as_at = getdate(as_at or today())
	years = send_settings().retention_years_after_birth
	filters = {"date_of_birth": ["<=", retention_rules.birth_cutoff(as_at, years)]}
	if schools is not None:
		filters["school"] = ["in", schools]
	students = frappe.get_all("Student", filters=filters, fields=list(STUDENT_FIELDS))
	if not students:
		return []
	names = [s.name for s in students]
	records = defaultdict(list)
	for r in frappe.get_all(
		"SEND Record", filters={"student": ["in", names]}, fields=["student", "status", "end_date"]
	):
		records[r.student].append(r)
	documents = Counter()
	for doctype, field in pupil_doctypes().items():
		for row in frappe.get_all(
			doctype,
			filters={field: ["in", names]},
			fields=[f"{field} as student", "count(name) as n"],
			group_by=field,
		):
			documents[row.student] += row.n
	for child, field, parent in pupil_row_tables():
		for row in frappe.get_all(
			child,
			filters={field: ["in", names], "parenttype": parent},
			fields=[f"{field} as student", "count(name) as n"],
			group_by=field,
		):
			documents[row.student] += row.n

	due = []
	for s in students:
		if not documents[s.name]:
			continue  # nothing held
		own = records[s.name]
		dob = getdate(s.date_of_birth)
		leaving = getdate(s.date_of_leaving) if s.date_of_leaving else None
		joining = getdate(s.joining_date) if s.joining_date else None
		state = retention_rules.disposal_status(
			as_at, dob, years, joining, leaving, bool(s.enabled), [r.status for r in own]
		)
		if state != retention_rules.DUE:
			continue
		left_on = max(
			[d for d in [leaving, *(getdate(r.end_date) for r in own if r.end_date)] if d], default=None
		)
		due.append(
			{
				"student": s.name,
				"student_name": s.student_name,
				"school": s.school,
				"date_of_birth": dob,
				"left_on": left_on,
				"retention_end": retention_rules.retention_end(dob, years),
				"due_since": retention_rules.due_since(dob, years, left_on),
				"documents": documents[s.name],
			}
		)
	return sorted(due, key=lambda d: (d["school"] or "", d["due_since"], d["student"]))


def daily():
	"""Scheduler: tell each school's SENCO (Company's SENCO field) of pupils whose files became due
	since the last run, with a link to the Records Due for Disposal report. Nothing is deleted: the
	SENCO reviews the list and disposes of each file."""
	notify_due(due_pupils())


def notify_due(due: list[dict]) -> dict[str, int]:
	"""Send the notifications for ``due`` (from ``due_pupils``); returns new pupils per school told."""
	previous = json.loads(frappe.db.get_global(NOTIFIED_KEY) or "{}")
	current = defaultdict(list)
	for row in due:
		current[row["school"]].append(_pupil_key(row["student"]))
	new = {school: len(set(keys) - set(previous.get(school, []))) for school, keys in current.items()}
	new = {school: n for school, n in new.items() if n}
	if new:
		sencos = dict(
			frappe.get_all(
				"Company",
				filters={"name": ["in", list(new)], "send_senco": ["is", "set"]},
				fields=["name", "send_senco"],
				as_list=True,
			)
		)
		for school, count in new.items():
			if sencos.get(school):
				_notify(sencos[school], school, count, len(current[school]))
	frappe.db.set_global(NOTIFIED_KEY, json.dumps({s: sorted(k) for s, k in current.items()}))
	return new


def _notify(senco: str, school: str, new: int, total: int):
	from frappe.desk.doctype.notification_log.notification_log import make_notification_logs
	from frappe.utils import get_url_to_report_with_filters

	subject = _("{0} more pupils' SEN files at {1} are due for disposal ({2} in all): review them.").format(
		new, school, total
	)
	make_notification_logs(
		{
			"type": "Alert",
			"document_type": "Company",
			"document_name": school,
			"subject": subject,
			"email_content": subject,
			"link": get_url_to_report_with_filters(REPORT, urlencode({"school": school})),
		},
		[senco],
	)


def _pupil_key(student: str) -> str:
	"""A keyed hash of a pupil's id: tells whether a pupil was already due, names nobody."""
	secret = (frappe.local.conf.get("encryption_key") or frappe.local.site or "").encode()
	return hmac.new(secret, student.encode(), hashlib.sha256).hexdigest()[:20]


# Disposal


def require_senco(student: str):
	"""The Student, if the user is a SENCO who may read the pupil (their school); else a 403 that says
	the same whether the pupil exists or not."""
	user = frappe.session.user
	if user != "Administrator" and "SENCO" not in frappe.get_roles(user):
		throw(_("Only the school's SENCO may do this."), SencoOnlyError)
	if not (
		isinstance(student, str)
		and frappe.db.exists("Student", student)
		and frappe.has_permission("Student", "read", student)
	):
		throw(_("Only the school's SENCO may do this."), SencoOnlyError)
	return frappe.get_doc("Student", student)


def pupil_file(student: str) -> tuple[dict[str, list[dict]], dict[tuple[str, str], list[dict]]]:
	"""The pupil's SEND documents ({doctype: [{name, school}]}) and their rows in other SEND documents
	({(child doctype, parent doctype): [{name, parent}]})."""
	documents = {}
	for doctype, field in pupil_doctypes().items():
		rows = frappe.get_all(doctype, filters={field: student}, fields=["name", "school"])
		if rows:
			documents[doctype] = rows
	rows = {}
	for child, field, parent in pupil_row_tables():
		found = frappe.get_all(
			child, filters={field: student, "parenttype": parent}, fields=["name", "parent"]
		)
		if found:
			rows[(child, parent)] = found
	return documents, rows


@frappe.whitelist(methods=["POST"])
def dispose(student: str, confirm: str) -> dict:
	"""Destroy a departed pupil's SEN file at the end of retention, after the SENCO has typed the
	pupil's id back in ``confirm``. Refused (nothing deleted) for anyone but a SENCO of the pupil's
	school, for a pupil not yet due (``RetentionNotDueError`` naming the field to look at), and without
	the confirmation. Everything is deleted in one transaction; files leave the disk once it commits.
	Returns the SEND Disposal Log's name and the counts it records."""
	pupil = require_senco(student)
	settings = send_settings()
	statuses = frappe.get_all("SEND Record", filters={"student": student}, pluck="status")
	dob = getdate(pupil.date_of_birth) if pupil.date_of_birth else None
	state = retention_rules.disposal_status(
		getdate(today()),
		dob,
		settings.retention_years_after_birth,
		getdate(pupil.joining_date) if pupil.joining_date else None,
		getdate(pupil.date_of_leaving) if pupil.date_of_leaving else None,
		bool(pupil.enabled),
		statuses,
	)
	try:
		retention_rules.check_disposal_due(
			state, retention_rules.retention_end(dob, settings.retention_years_after_birth) if dob else None
		)
	except RuleError as e:
		throw(_(e.message).format(*e.params), RetentionNotDueError, fieldname=e.field, title=_("Not due"))
	if (confirm or "").strip() != student:
		throw(
			_("To destroy this file, type the pupil's ID ({0}) in Confirm.").format(student),
			DisposalNotConfirmedError,
			fieldname="confirm",
			title=_("Not confirmed"),
		)

	documents, rows = pupil_file(student)
	for doctype, docs in documents.items():
		for d in docs:
			frappe.has_permission(doctype, "delete", d.name, throw=True)
	for (_child, parent), found in rows.items():
		for parent_name in {r.parent for r in found}:
			frappe.has_permission(parent, "write", parent_name, throw=True)

	frappe.db.savepoint("senco_disposal")
	try:
		counts = _delete(student, documents, rows)
		log = frappe.get_doc(
			{
				"doctype": LOG_DOCTYPE,
				"school": pupil.school or next((d.school for docs in documents.values() for d in docs), None),
				"disposed_by": frappe.session.user,
				"disposed_on": now_datetime(),
				"retention_years": settings.retention_years_after_birth,
				"documents_deleted": sum(counts.values()),
				"counts": [{"document_type": dt, "deleted": n} for dt, n in sorted(counts.items()) if n],
			}
		)
		log.insert(ignore_permissions=True)
	except Exception:
		frappe.db.rollback(save_point="senco_disposal")
		raise
	return {"log": log.name, "counts": {r.document_type: r.deleted for r in log.counts}}


def _delete(student: str, documents: dict, rows: dict) -> Counter:
	"""Delete the file; returns how many of each doctype went. A fixed number of statements per
	doctype (the references of all of a doctype's documents at once)."""
	counts = Counter()
	targets = {doctype: [d.name for d in docs] for doctype, docs in documents.items()}

	# the pupil's rows in other documents (a provision entry's pupils): rows out, costs shared again
	entries = defaultdict(set)
	for (child, parent), found in rows.items():
		frappe.db.delete(child, {"name": ["in", [r.name for r in found]]})
		counts[child] += len(found)
		entries[parent] |= {r.parent for r in found}
	for parent, names in entries.items():
		_after_rows_removed(parent, names)
		versions = frappe.get_all(
			"Version",
			filters={"ref_doctype": parent, "docname": ["in", list(names)], "data": ["like", f"%{student}%"]},
			pluck="name",
		)
		if versions:
			frappe.db.delete("Version", {"name": ["in", versions]})
			counts["Version"] += len(versions)

	# communications about the pupil's documents, with their own attachments and timeline links
	communications = []
	for doctype, names in targets.items():
		communications += frappe.get_all(
			"Communication",
			filters={"reference_doctype": doctype, "reference_name": ["in", names]},
			pluck="name",
		)
		frappe.db.delete("Communication Link", {"link_doctype": doctype, "link_name": ["in", names]})
	if communications:
		targets["Communication"] = communications

	# attached files: rows now, content from the disk once the deletion is committed
	files = []
	for doctype, names in targets.items():
		files += frappe.get_all(
			"File", filters={"attached_to_doctype": doctype, "attached_to_name": ["in", names]}, pluck="name"
		)
	if files:
		docs = [frappe.get_doc("File", name) for name in files]
		frappe.db.delete("File", {"name": ["in", files]})
		counts["File"] += len(files)
		frappe.db.after_commit.add(lambda: [f._delete_file_on_disk() for f in docs])

	# what Frappe keeps about each document
	for doctype, names in targets.items():
		for reference, (dt_field, name_field) in REFERENCE_DOCTYPES.items():
			if reference == "File":
				continue
			found = frappe.get_all(
				reference, filters={dt_field: doctype, name_field: ["in", names]}, pluck="name"
			)
			if found:
				frappe.db.delete(reference, {"name": ["in", found]})
				if reference not in ("Communication",):
					counts[reference] += len(found)
		frappe.db.delete("__global_search", {"doctype": doctype, "name": ["in", names]})
	# copies of the pupil's documents deleted earlier (Frappe keeps them in Deleted Document)
	earlier = frappe.get_all(
		"Deleted Document",
		filters={"deleted_doctype": ["in", list(documents)], "data": ["like", f'%"{student}"%']},
		pluck="name",
	)
	if earlier:
		frappe.db.delete("Deleted Document", {"name": ["in", earlier]})
		counts["Deleted Document"] += len(earlier)

	# the documents and their tables
	for doctype, names in targets.items():
		for df in frappe.get_meta(doctype).get_table_fields():
			frappe.db.delete(df.options, {"parenttype": doctype, "parent": ["in", names]})
		frappe.db.delete(doctype, {"name": ["in", names]})
		counts[doctype] += len(names)
	return counts


def _after_rows_removed(parent: str, names: set[str]):
	"""A document that lost a pupil's rows works out what depends on them again (a provision entry's
	cost per pupil), written without a new version."""
	for name in names:
		frappe.get_doc(parent, name).run_method("on_pupil_removed")
