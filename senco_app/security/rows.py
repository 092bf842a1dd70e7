"""Who may read which rows, beyond the school doctypes themselves.

- Child tables follow their parent: a child row is readable only by those who may read the parent
  record it belongs to (query conditions for list routes; for a child row loaded on its own, the
  controller mixin in ``writes`` hands Frappe the saved parent to check).
- Education's pupil rows (Program Enrollment) follow the pupil's school.
- Education's guardians are readable through the pupils they are guardians of.
- Frappe's reference rows (versions, comments, files, tags, follows, shares, to-dos, logs) that
  point at a protected record follow that record.

Conditions are SQL fragments for ``permission_query_conditions``; the has_permission hooks on
Frappe's and Education's doctypes return False to refuse and None to leave the decision to Frappe.
"""

import frappe

from senco_app.security.doctypes import CHILD_DOCTYPES
from senco_app.security.doctypes import OWNED_DOCTYPES
from senco_app.security.doctypes import PUPIL_DOCTYPES
from senco_app.security.doctypes import REFERENCE_DOCTYPES
from senco_app.security.doctypes import SCHOOL_DOCTYPES
from senco_app.security.doctypes import protected_doctypes


def read_condition(doctype: str, user: str) -> str | None:
	"""SQL over ``tab<doctype>`` selecting the rows ``user`` may read: "" for every row, None for
	none (the user's roles give no read on the doctype). Shares are not counted: a row shared with
	the user does not open the rows that point at it."""
	if user == "Administrator":
		return ""
	if not frappe.has_permission(doctype, "read", user=user, ignore_share_permissions=True):
		return None
	methods = frappe.get_hooks("permission_query_conditions", {}).get(doctype, [])
	conditions = [c for m in methods if (c := frappe.call(frappe.get_attr(m), user, doctype=doctype))]
	return " and ".join(f"({c})" for c in conditions)


def _in_readable(column: str, target: str, condition: str) -> str:
	return f"{column} in (select `tab{target}`.`name` from `tab{target}` where {condition})"


def child_query_conditions(user: str | None = None, doctype: str | None = None) -> str:
	"""permission_query_conditions for the child tables: rows of parents the user may read."""
	user = user or frappe.session.user
	table = f"`tab{doctype}`"
	clauses, limited = [], False
	for parent in CHILD_DOCTYPES[doctype]:
		condition = read_condition(parent, user)
		if condition:
			limited = True
			clauses.append(
				f"({table}.`parenttype` = {frappe.db.escape(parent)}"
				f" and {_in_readable(f'{table}.`parent`', parent, condition)})"
			)
		elif condition is None:
			limited = True
		else:
			clauses.append(f"{table}.`parenttype` = {frappe.db.escape(parent)}")
	if not limited:
		return ""
	return f"({' or '.join(clauses)})" if clauses else "1=0"


def pupil_query_conditions(user: str | None = None, doctype: str | None = None) -> str:
	"""permission_query_conditions for Education's pupil rows: rows of pupils the user may read."""
	user = user or frappe.session.user
	condition = read_condition("Student", user)
	if not condition:
		return "" if condition == "" else "1=0"
	return _in_readable(f"`tab{doctype}`.`{PUPIL_DOCTYPES[doctype]}`", "Student", condition)


def has_pupil_permission(doc, ptype=None, user=None, debug=False) -> bool | None:
	"""has_permission for Education's pupil rows: refused when the pupil is out of reach."""
	student = doc.get(PUPIL_DOCTYPES[doc.doctype])
	if not student or not frappe.db.exists("Student", student):
		return None
	return None if frappe.has_permission("Student", "read", doc=student, user=user) else False


def _guardians_of_readable_pupils(condition: str) -> str:
	return (
		"select `tabStudent Guardian`.`guardian` from `tabStudent Guardian`"
		" where `tabStudent Guardian`.`parenttype` = 'Student'"
		f" and {_in_readable('`tabStudent Guardian`.`parent`', 'Student', condition)}"
	)


def guardian_query_conditions(user: str | None = None, doctype: str | None = None) -> str:
	"""permission_query_conditions for Guardian: a user limited to schools lists the guardians of
	the pupils they may read only. A user who reads every pupil, or none (Frappe's own permissions on
	Guardian then decide, as before), is not narrowed."""
	user = user or frappe.session.user
	condition = read_condition("Student", user)
	if not condition:
		return ""
	return f"`tabGuardian`.`name` in ({_guardians_of_readable_pupils(condition)})"


def has_guardian_permission(doc, ptype=None, user=None, debug=False) -> bool | None:
	"""has_permission for Guardian: refused unless the guardian is a guardian of a pupil the user
	may read (for a user limited to schools)."""
	user = user or frappe.session.user
	condition = read_condition("Student", user)
	if not condition or not doc.name:
		return None
	readable = frappe.db.sql(
		f"select 1 from `tabGuardian` where `tabGuardian`.`name` = %s"
		f" and `tabGuardian`.`name` in ({_guardians_of_readable_pupils(condition)}) limit 1",
		doc.name,
	)
	return None if readable else False


def reference_targets() -> tuple[str, ...]:
	"""The records whose reference rows follow them: the school rule's, and the rows that are one
	user's own (a prepared report's result file is attached to it)."""
	return (*SCHOOL_DOCTYPES, *PUPIL_DOCTYPES, *OWNED_DOCTYPES)


def reference_query_conditions(user: str | None = None, doctype: str | None = None) -> str:
	"""permission_query_conditions for Frappe's reference rows (Version, Comment, File, Tag Link...):
	a row pointing at a protected record only where the user may read that record."""
	from senco_app.security.fields import confidential_file_condition

	user = user or frappe.session.user
	if user == "Administrator":
		return ""
	dt_field, name_field = REFERENCE_DOCTYPES[doctype]
	dt_column, name_column = f"`tab{doctype}`.`{dt_field}`", f"`tab{doctype}`.`{name_field}`"
	limited, clauses = [], []
	for target in reference_targets():
		condition = read_condition(target, user)
		if condition == "":
			continue
		limited.append(target)
		if condition is not None:
			clauses.append(
				f"({dt_column} = {frappe.db.escape(target)} and {_in_readable(name_column, target, condition)})"
			)
	conditions = []
	if limited:
		others = ", ".join(frappe.db.escape(t) for t in limited)
		conditions.append(f"(ifnull({dt_column}, '') not in ({others}) or {' or '.join(clauses) or '1=0'})")
	if doctype == "File" and (hidden := confidential_file_condition(user)):
		conditions.append(hidden)
	return " and ".join(conditions)


def has_reference_permission(doc, ptype=None, user=None, debug=False) -> bool | None:
	"""has_permission for Frappe's reference rows: refused when the record they point at is out of
	reach (or, for a file, when it is a confidential attachment the user may not read)."""
	from senco_app.security.fields import is_confidential_file

	user = user or frappe.session.user
	dt_field, name_field = REFERENCE_DOCTYPES[doc.doctype]
	target, name = doc.get(dt_field), doc.get(name_field)
	if user == "Administrator" or target not in reference_targets() or not name:
		return None
	if not frappe.db.exists(target, name):
		return None
	if not frappe.has_permission(target, "read", doc=name, user=user):
		return False
	if doc.doctype == "File" and is_confidential_file(doc, user):
		return False
	return None


def sees_every_owner(user: str) -> bool:
	return user == "Administrator" or "System Manager" in frappe.get_roles(user)


def owned_query_conditions(user: str | None = None, doctype: str | None = None) -> str:
	"""permission_query_conditions for OWNED_DOCTYPES: the user's own rows (of a protected doctype,
	where the row names one)."""
	user = user or frappe.session.user
	if sees_every_owner(user):
		return ""
	users, about = OWNED_DOCTYPES[doctype]
	me = frappe.db.escape(user)
	mine = " or ".join(f"`tab{doctype}`.`{field}` = {me}" for field in users)
	if about:
		protected = ", ".join(frappe.db.escape(d) for d in protected_doctypes())
		mine = f"ifnull(`tab{doctype}`.`{about}`, '') not in ({protected}) or {mine}"
	return f"({mine})"


def owns(doc, user: str) -> bool:
	"""May ``user`` read ``doc``, a row of OWNED_DOCTYPES?"""
	users, about = OWNED_DOCTYPES[doc.doctype]
	return (
		sees_every_owner(user)
		or (about is not None and doc.get(about) not in protected_doctypes())
		or user in {doc.get(field) for field in users}
	)


def has_owned_permission(doc, ptype=None, user=None, debug=False) -> bool | None:
	"""has_permission for OWNED_DOCTYPES: refused on another user's row."""
	return None if owns(doc, user or frappe.session.user) else False
