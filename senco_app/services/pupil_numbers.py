"""Pupils' UPNs: checked with python-stdnum (senco_app.rules.upn) and unique across the site."""

import frappe
from frappe import _

from senco_app.exceptions import DuplicateRecordError
from senco_app.exceptions import throw
from senco_app.permissions import allowed_schools
from senco_app.rules.upn import check_pupil_upns
from senco_app.utils import rule_errors

UPN_FIELDS = ("upn", "former_upn")


def validate_student_upn(doc, method=None):
	"""Student validate hook: UPN and former UPN well formed (kept upper case, no spaces) and held by
	no other pupil of the site, as UPN or former UPN (a UPN is one pupil's for life)."""
	with rule_errors(_("Invalid UPN")):
		upn, former_upn = check_pupil_upns(doc.get("upn"), doc.get("former_upn"))
	doc.upn, doc.former_upn = upn or None, former_upn or None
	for fieldname in UPN_FIELDS:
		value = doc.get(fieldname)
		if value:
			holder = upn_holder(value, exclude=doc.name)
			if holder:
				refuse_duplicate(fieldname, value, holder)


def upn_holder(upn: str, exclude: str | None = None) -> frappe._dict | None:
	"""The other pupil holding ``upn`` as UPN or former UPN (read past the user's permissions: only
	what the user may see of it is told)."""
	pupils = frappe.get_all(
		"Student",
		filters={"name": ["!=", exclude or ""]},
		or_filters={"upn": upn, "former_upn": upn},
		fields=["name", "student_name", "school"],
		limit=1,
	)
	return pupils[0] if pupils else None


def refuse_duplicate(fieldname: str, upn: str, holder) -> None:
	"""The UPN is another pupil's: the message names that pupil and school only to a user who may see
	the school's pupils; anyone else learns nothing of who holds it."""
	label = _("UPN") if fieldname == "upn" else _("Former UPN")
	schools = allowed_schools(doctype="Student")
	if holder.school and (schools is None or holder.school in schools):
		message = _(
			"{0} {1} is already held by {2} ({3}) at {4}. Check the number; a UPN belongs to one pupil."
		).format(label, upn, holder.student_name, holder.name, holder.school)
	else:
		message = _(
			"{0} {1} is already held by another pupil. Check the number; a UPN belongs to one pupil."
		).format(label, upn)
	throw(message, DuplicateRecordError, fieldname=fieldname, title=_("UPN already in use"))
