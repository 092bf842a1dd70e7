"""The SEND Record's pupil context (care, safeguarding, language, disadvantage, health, disability)
and the date parents were told of SEN provision, checked on save (rules in
senco_app.rules.pupil_context)."""

import frappe
from frappe import _
from frappe.utils import getdate
from frappe.utils import today

from senco_app.exceptions import MissingValueError
from senco_app.exceptions import RuleBrokenError
from senco_app.exceptions import throw
from senco_app.rules import pupil_context as context_rules
from senco_app.utils import rule_errors

VIRTUAL_SCHOOL = "Virtual School"
CONTEXT_FIELDS = (
	"looked_after",
	"previously_looked_after",
	"designated_teacher",
	"virtual_school",
	"eal",
	"first_language",
	"medical_needs",
	"health_care_plan",
	"health_care_plan_review",
	"parents_informed_date",
)


def validate_context(record) -> None:
	"""validate step of SEND Record: the context is consistent, the Virtual School is one, and the
	date parents were told is given when the pupil moves to SEN Support."""
	context = {f: record.get(f) for f in CONTEXT_FIELDS}
	for field in ("health_care_plan_review", "parents_informed_date"):
		context[field] = getdate(context[field]) if context[field] else None
	with rule_errors(_("Invalid pupil context")):
		context_rules.check_context(context, getdate(today()))
	if record.virtual_school:
		agency_type = frappe.db.get_value("SEND Agency", record.virtual_school, "agency_type")
		if agency_type != VIRTUAL_SCHOOL:
			throw(
				_("Virtual School must be a SEND Agency of type {0}; {1} is {2}.").format(
					_(VIRTUAL_SCHOOL), record.virtual_school, _(agency_type or "")
				),
				RuleBrokenError,
				fieldname="virtual_school",
				title=_("Not a Virtual School"),
			)
	before = None if record.is_new() else record.get_doc_before_save()
	old = before.sen_provision if before else None
	if record.flags.imported_history:
		return  # a joining pupil's history from their last school: this school has made no change
	if context_rules.parents_must_be_told(old, record.sen_provision) and not record.parents_informed_date:
		throw(
			_(
				"Parents Told of SEN Provision is required: parents are formally told when the school makes "
				"SEN provision (SEND Code of Practice 6.43)."
			),
			MissingValueError,
			fieldname="parents_informed_date",
			title=_("When were parents told?"),
		)
