"""The contact log on the Frappe side: parent meetings for the review schedule and the
confidential-contact rule (SENCO only, on top of the school rule)."""

import frappe
from frappe.utils import getdate

from senco_app.permissions import has_school_permission
from senco_app.permissions import school_query_conditions
from senco_app.rules.agencies import PARENT_MEETING_TYPES


def contact_log_parent_meetings(students: list[str], since) -> list[dict]:
	"""Meetings and home visits with parents or carers logged since ``since`` (for CoP 6.65)."""
	rows = frappe.get_all(
		"SEND Contact Log",
		filters={
			"student": ["in", students],
			"with_whom": "Parent/Carer",
			"contact_type": ["in", PARENT_MEETING_TYPES],
			"contact_datetime": [">", since],
		},
		fields=["student", "school", "contact_datetime"],
	)
	return [{"student": r.student, "school": r.school, "date": getdate(r.contact_datetime)} for r in rows]


def sees_confidential(user: str | None = None) -> bool:
	user = user or frappe.session.user
	return user == "Administrator" or "SENCO" in frappe.get_roles(user)


def contact_log_query_conditions(user: str | None = None, doctype: str | None = None) -> str:
	"""The school rule, and confidential entries for the SENCO only."""
	doctype = doctype or "SEND Contact Log"
	conditions = [c for c in (school_query_conditions(user, doctype),) if c]
	if not sees_confidential(user):
		conditions.append(f"ifnull(`tab{doctype}`.`confidential`, 0) = 0")
	return " and ".join(f"({c})" for c in conditions)


def has_contact_log_permission(doc, ptype=None, user=None, debug=False) -> bool:
	if not has_school_permission(doc, ptype, user):
		return False
	return not doc.get("confidential") or sees_confidential(user)


@frappe.whitelist()
def pupil_guardians(
	doctype: str,
	txt: str,
	searchfield: str | None = None,
	start: int = 0,
	page_len: int = 10,
	filters: dict | str | None = None,
	**kwargs,
) -> list[tuple[str, str]]:
	"""Link search for a contact log's parent or carer: the guardians of the log's pupil only, for a
	user who may read that pupil (refused otherwise, the same for a missing pupil)."""
	student = (frappe.parse_json(filters) or {}).get("student") if filters else None
	if not student:
		return []
	if not isinstance(student, str) or not frappe.db.exists("Student", student):
		raise frappe.PermissionError
	frappe.has_permission("Student", "read", doc=student, throw=True)
	guardian = frappe.qb.DocType("Guardian")
	link = frappe.qb.DocType("Student Guardian")
	pattern = f"%{txt or ''}%"
	return (
		frappe.qb.from_(link)
		.join(guardian)
		.on(guardian.name == link.guardian)
		.select(guardian.name, guardian.guardian_name)
		.where(
			(link.parenttype == "Student")
			& (link.parent == student)
			& ((guardian.name.like(pattern)) | (guardian.guardian_name.like(pattern)))
		)
		.orderby(guardian.guardian_name)
		.limit(min(int(page_len or 10), 50))
		.offset(int(start or 0))
		.run()
	)
