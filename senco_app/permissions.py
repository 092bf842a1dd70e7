"""Per-school access: the one rule every SEND doctype, Student and every report follows.

A school is a Company; a trust or cluster is a group Company. A user's reach is the Companies they
hold a User Permission on (with the descendants Frappe adds for a group Company). On top of Frappe's
own User Permission filtering this module adds what Frappe does not do:

- a SEND user (any of the four SEND roles) with no school, on a site with more than one school, sees
  nothing rather than everything;
- records with no school are hidden from a restricted user (Frappe would show empty links);
- reports and other server-side reads ask ``allowed_schools`` for the same answer.
"""

import frappe

SEND_ROLES = ("SENCO", "SEND Staff", "SEND Office", "SEND Viewer", "SEND Governor")

# Doctypes whose rows with no school are shared by every school of the site (e.g. a catalogue).
SHARED_WHEN_BLANK = {"SEND Agency", "SEND Provision"}

# Permission types that only read; every other one (write, submit, cancel, delete...) changes the row.
READ_PTYPES = {"read", "select", "print", "email", "report", "export"}


def is_send_user(user: str) -> bool:
	return bool(set(frappe.get_roles(user)) & set(SEND_ROLES))


def school_count() -> int:
	"""Schools on the site: Companies that are not groups (memoised for the request)."""
	if frappe.flags.senco_school_count is None:
		frappe.flags.senco_school_count = frappe.db.count("Company", {"is_group": 0})
	return frappe.flags.senco_school_count


def clear_school_count(doc=None, method=None):
	"""Company doc event: the number of schools may have changed."""
	frappe.flags.senco_school_count = None


def allowed_schools(user: str | None = None, doctype: str | None = None) -> list[str] | None:
	"""The schools ``user`` may see records of, or None when the rule puts no limit on them.

	- Administrator: no limit.
	- A user with User Permissions on Company (applying to all doctypes or to ``doctype``): those
	  schools, with every school under a group Company they hold.
	- Otherwise a SEND user is limited to nothing on a site with more than one school, and not
	  limited on a single-school site; other users are left to Frappe's own rules.
	"""
	user = user or frappe.session.user
	if user == "Administrator":
		return None
	perms = frappe.permissions.get_user_permissions(user).get("Company", [])
	applicable = {
		p.get("doc") for p in perms if not p.get("applicable_for") or p.get("applicable_for") == doctype
	}
	if applicable:
		return sorted(applicable)
	if not is_send_user(user) or school_count() <= 1:
		return None
	return []


def school_condition(doctype: str, schools: list[str] | None, fieldname: str = "school") -> str:
	"""SQL condition limiting ``doctype`` to ``schools`` (empty string: no limit)."""
	if schools is None:
		return ""
	column = f"`tab{doctype}`.`{fieldname}`"
	shared = f"ifnull({column}, '') = ''"
	if not schools:
		return shared if doctype in SHARED_WHEN_BLANK else "1=0"
	values = ", ".join(frappe.db.escape(s) for s in schools)
	if doctype in SHARED_WHEN_BLANK:
		return f"({shared} or {column} in ({values}))"
	return f"{column} in ({values})"


def school_query_conditions(user: str | None = None, doctype: str | None = None) -> str:
	"""permission_query_conditions hook for every doctype with a ``school`` field."""
	return school_condition(doctype, allowed_schools(user, doctype))


def has_school_permission(
	doc, ptype: str | None = None, user: str | None = None, debug: bool = False
) -> bool:
	"""has_permission hook for every doctype with a ``school`` field: an explicit True or False.

	A change is checked against the record as saved as well as the record as sent: the user must
	hold the school the record is in, and the school it would move to. A row shared by every school
	(a catalogue entry with no school) cannot be claimed for one school or deleted by a user limited
	to some schools."""
	schools = allowed_schools(user, doc.doctype)
	if schools is None:
		return True
	if not school_allowed(doc.doctype, doc.get("school"), schools, is_new=bool(doc.is_new())):
		return False
	if (ptype or "read") in READ_PTYPES or doc.is_new():
		return True
	saved = frappe.db.get_value(doc.doctype, doc.name, "school")
	if saved is None and not frappe.db.exists(doc.doctype, doc.name):
		return True  # not saved yet under this name: the insert is checked as a new record
	if not saved:
		return doc.doctype in SHARED_WHEN_BLANK and not doc.get("school") and ptype != "delete"
	return saved in schools


def school_allowed(doctype: str, school: str | None, schools: list[str], is_new: bool = False) -> bool:
	"""May a user limited to ``schools`` see a row of ``doctype`` in ``school``?"""
	if not school:
		# a new record is checked again once it names its school; a shared row is everyone's
		return is_new or doctype in SHARED_WHEN_BLANK
	return school in schools


def filter_schools(
	requested: list[str] | None, user: str | None = None, doctype: str | None = None
) -> list[str] | None:
	"""For reports: the schools asked for, cut to those the user may see (None: all, no limit)."""
	allowed = allowed_schools(user, doctype)
	if requested is None:
		return allowed
	if allowed is None:
		return list(requested)
	return [s for s in requested if s in set(allowed)]


def school_with_descendants(school: str) -> list[str]:
	"""A school, or a trust with every Company under it."""
	lft, rgt = frappe.db.get_value("Company", school, ["lft", "rgt"]) or (None, None)
	if lft is None:
		return [school]
	return frappe.get_all("Company", filters={"lft": [">=", lft], "rgt": ["<=", rgt]}, pluck="name")
