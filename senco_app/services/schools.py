"""Schools: the Company fields SEND work needs, and the Student's school."""

import frappe
from frappe import _

from senco_app.exceptions import CrossSchoolLinkError
from senco_app.exceptions import RuleBrokenError
from senco_app.exceptions import throw
from senco_app.permissions import allowed_schools
from senco_app.permissions import school_count
from senco_app.rules.school import check_identifiers
from senco_app.utils import rule_errors


def validate_company(doc, method=None):
	"""Company validate hook: LA code, establishment number and URN in DfE formats."""
	with rule_errors(_("Invalid school details")):
		check_identifiers(doc.get("send_la_code"), doc.get("send_establishment_number"), doc.get("send_urn"))


def default_school(user: str | None = None) -> str | None:
	"""The school a new pupil surely belongs to: the only school of the site, or the only school the
	user is limited to. Otherwise None: on a site with several schools the user chooses (a site-wide
	default company is not a safe guess for a pupil's school)."""
	if school_count() == 1:
		return frappe.db.get_value("Company", {"is_group": 0}, "name")
	schools = [s for s in (allowed_schools(user) or []) if not frappe.db.get_value("Company", s, "is_group")]
	return schools[0] if len(schools) == 1 else None


def set_student_school(doc, method=None):
	"""Student before_validate hook: fill the school where it can be known."""
	if not doc.get("school"):
		doc.school = default_school()


def validate_student_school(doc, method=None):
	"""Student validate hook: on a site with more than one school every pupil names theirs."""
	if not doc.get("school") and school_count() > 1:
		throw(
			_("School is required: this site has more than one school. Choose the pupil's school."),
			RuleBrokenError,
			fieldname="school",
			title=_("Missing school"),
		)
	refuse_group_school(doc.get("school"), _("choose the school the pupil attends."))


def refuse_group_school(school: str | None, advice: str) -> None:
	"""A trust or group Company is no school to keep a record at: refused on ``school``, with
	``advice`` (what to do instead)."""
	if school and frappe.db.get_value("Company", school, "is_group"):
		throw(
			_("School {0} is a trust or group: {1}").format(school, advice),
			RuleBrokenError,
			fieldname="school",
			title=_("Invalid school"),
		)


def catalogue_entry(doc, fieldname: str, catalogue: str, fields=()) -> frappe._dict:
	"""The entry of ``catalogue`` (SEND Agency, SEND Provision: shared by every school unless a school
	keeps its own) that ``doc`` links in ``fieldname``, with ``disabled``, ``school`` and ``fields``.
	Refused: a disabled entry newly chosen (one chosen before it was disabled stays), and an entry a
	school other than ``doc``'s keeps."""
	name = doc.get(fieldname)
	entry = frappe.db.get_value(catalogue, name, ["disabled", "school", *fields], as_dict=True)
	before = None if doc.is_new() else doc.get_doc_before_save()
	if entry.disabled and (not before or before.get(fieldname) != name):
		throw(
			_("{0} {1} is disabled: choose one in use.").format(_(catalogue), name),
			RuleBrokenError,
			fieldname=fieldname,
			title=_("Disabled {0}").format(_(catalogue)),
		)
	if entry.school and entry.school != doc.school:
		throw(
			_("{0} {1} is kept by {2}, not by {3}.").format(
				_(catalogue), name, school_label(entry.school), doc.school
			),
			CrossSchoolLinkError,
			fieldname=fieldname,
			title=_("{0} of another school").format(_(catalogue)),
		)
	return entry


def school_label(school: str | None) -> str:
	"""A school's name for a message: named only to a user who may see its records."""
	schools = allowed_schools(doctype="Student")
	if school and (schools is None or school in schools):
		return school
	return _("another school")


def validate_student_in_school(doc, student_field: str = "student"):
	"""A SEND record's pupil must be on its school's roll. The message names the pupil's own school
	only to a user who may see that school's records."""
	student = doc.get(student_field)
	if not student or not doc.get("school"):
		return
	student_school = frappe.db.get_value("Student", student, "school")
	if student_school != doc.school:
		throw(
			_(
				"Student {0} is not on the roll of School {1} (the pupil is at {2}). Choose a pupil of School {1}."
			).format(student, doc.school, school_label(student_school)),
			CrossSchoolLinkError,
			fieldname=student_field,
			title=_("Pupil of another school"),
		)


def validate_table_students_in_school(doc, table: str, student_field: str = "student"):
	"""Each row of ``table`` names a pupil on the document's school's roll (as
	``validate_student_in_school``), checked before values derived from the rows are set."""
	for row in doc.get(table) or []:
		validate_student_in_school(
			frappe._dict({student_field: row.get(student_field), "school": doc.get("school")}), student_field
		)
