# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.utils import cint
from frappe.utils import getdate
from frappe.utils import today

from senco_app.controllers.send_document import SENDDocument
from senco_app.exceptions import DuplicateRecordError
from senco_app.exceptions import InvalidTableError
from senco_app.exceptions import RuleBrokenError
from senco_app.exceptions import throw
from senco_app.rules import ehcp as ehcp_rules
from senco_app.rules import needs as need_rules
from senco_app.rules import register as register_rules
from senco_app.services.record_context import validate_context
from senco_app.services.review_schedule import SCHEDULE_FIELDS
from senco_app.services.review_schedule import refresh_review_schedule
from senco_app.services.schools import validate_student_in_school
from senco_app.utils import rule_errors

HISTORY_FIELDS = (
	"from_date",
	"to_date",
	"sen_provision",
	"census_code",
	"needs",
	"primary_need",
	"secondary_need",
)


class SENDRecord(SENDDocument):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from senco_app.send.doctype.send_record_history.send_record_history import SENDRecordHistory
		from senco_app.send.doctype.send_record_need.send_record_need import SENDRecordNeed

		active_iep: DF.Link | None
		census_code: DF.Data | None
		child_in_need: DF.Check
		child_protection: DF.Check
		confidential_notes: DF.TextEditor | None
		date_identified: DF.Date | None
		date_of_birth: DF.Date | None
		designated_teacher: DF.Link | None
		eal: DF.Check
		effective_date: DF.Date | None
		end_date: DF.Date | None
		end_reason: DF.Literal["", "No longer has SEN", "Left the school", "Moved to another record", "Other"]
		equality_act_disability: DF.Check
		first_language: DF.Data | None
		health_care_plan: DF.Attach | None
		health_care_plan_review: DF.Date | None
		history: DF.Table[SENDRecordHistory]
		key_person: DF.Link | None
		last_review_date: DF.Date | None
		looked_after: DF.Check
		medical_needs: DF.Check
		needs: DF.Table[SENDRecordNeed]
		next_review_due: DF.Date | None
		parent_meetings_12m: DF.Int
		parents_informed_date: DF.Date | None
		previously_looked_after: DF.Check
		primary_need: DF.Link | None
		resourced_provision_indicator: DF.Check
		pupil_premium: DF.Check
		review_overdue: DF.Check
		school: DF.Link
		secondary_need: DF.Link | None
		sen_provision: DF.Literal["SEN Support", "EHC Plan", "Monitoring"]
		sen_unit_indicator: DF.Check
		senco: DF.Link | None
		start_date: DF.Date
		status: DF.Literal["Open", "Closed"]
		strengths: DF.SmallText | None
		student: DF.Link
		student_name: DF.Data | None
		summary: DF.SmallText | None
		too_few_parent_meetings: DF.Check
		virtual_school: DF.Link | None

	# end: auto-generated types
	def before_validate(self):
		need_rows = [n.as_dict() for n in self.needs]
		need_rules.number_blank_ranks(need_rows)
		for row, values in zip(self.needs, need_rows, strict=True):
			row.rank = values["rank"]

	def validate(self):
		validate_student_in_school(self)
		self.validate_dates()
		self.validate_needs()
		self.validate_ehc_plan_provision()
		self.validate_one_open_record()
		self.validate_pupil_context()
		self.set_derived_values()
		self.update_history()

	def validate_dates(self):
		with rule_errors(_("Invalid dates")):
			register_rules.check_dates(
				getdate(today()),
				getdate(self.start_date) if self.start_date else None,
				getdate(self.date_identified) if self.date_identified else None,
				getdate(self.end_date) if self.end_date else None,
				self.end_reason,
			)
			register_rules.check_effective_date(
				getdate(today()),
				getdate(self.effective_date) if self.effective_date else None,
				getdate(self.start_date),
				getdate(self.end_date) if self.end_date else None,
			)

	def validate_needs(self):
		codes = [n.need_type for n in self.needs if n.need_type]
		known = set(
			frappe.get_all("SEN Need Type", filters={"name": ["in", codes], "disabled": 0}, pluck="name")
		)
		if not self.is_new():
			# a type disabled since it was recorded stays valid on this pupil's record
			known |= {n.need_type for n in self.get_doc_before_save().needs}
		with rule_errors(_("Invalid needs")):
			need_rules.check_needs(self.sen_provision, self._need_dicts(), known_codes=known)

	def validate_one_open_record(self):
		if self.end_date:
			return
		other = frappe.db.exists(
			"SEND Record",
			{
				"student": self.student,
				"school": self.school,
				"end_date": ["is", "not set"],
				"name": ["!=", self.name],
			},
		)
		if other:
			throw(
				_(
					"Student {0} already has an open SEND Record ({1}) at {2}. Update that record instead."
				).format(self.student, other, self.school),
				DuplicateRecordError,
				fieldname="student",
				title=_("Already on the register"),
			)

	def set_derived_values(self):
		self.census_code = need_rules.census_code(self.sen_provision)
		self.primary_need, self.secondary_need = need_rules.primary_and_secondary(
			need_rules.counted_needs(self.sen_provision, self._need_dicts())
		)
		self.status = "Closed" if self.end_date else "Open"

	def validate_ehc_plan_provision(self):
		"""E only with an issued EHC plan: a record becomes EHC Plan when the pupil's plan at this school
		is issued (the plan's save sets it), never by hand without one."""
		before = None if self.is_new() else self.get_doc_before_save()
		if self.sen_provision != "EHC Plan" or (before and before.sen_provision == "EHC Plan"):
			return
		if self.flags.imported_history:
			# the previous school's record, from its Common Transfer File: the SENCO then records
			# the pupil's plan here (services.common_transfer_file)
			return
		if not issued_plan(self.student, self.school):
			throw(
				_(
					"Student {0} has no issued EHC Plan at {1}: the register shows EHC Plan once the plan is"
					" issued (record it on the EHC Plan); an assessment, a refusal or an appeal against one"
					" is not a plan."
				).format(self.student, self.school),
				RuleBrokenError,
				fieldname="sen_provision",
				title=_("No issued EHC Plan"),
			)

	def update_history(self):
		"""Rebuild the history from the saved record (never from what the client sent) plus this change,
		effective on the Effective Date (today when blank; a closed record's end date when that is
		earlier), which is then cleared so the next change defaults to today again.

		Changes made by the EHC plan set ``flags.effective_date`` (the issue or cease date, which may
		be tomorrow's start of SEN Support after a plan ceased today) and ``flags.history_fields``
		(the fields that take effect from that date even when already so: an E period re-dated to
		the issue date)."""
		before = None if self.is_new() else self.get_doc_before_save()
		saved = history_dicts(before.history if before else [])
		end_date = getdate(self.end_date) if self.end_date else None
		given = self.flags.effective_date or self.effective_date
		now = getdate(today())
		change_date = getdate(given) if given else min(now, end_date or now)
		with rule_errors(_("Invalid dates")):
			history = register_rules.next_history(
				saved,
				register_rules.state(self.sen_provision, self._need_dicts()),
				change_date=change_date,
				start_date=getdate(self.start_date),
				end_date=end_date,
				fields=self.flags.history_fields,
				redate=bool(self.effective_date),
			)
		self.set("history", [])
		for row in history:
			self.append("history", {f: row.get(f) for f in HISTORY_FIELDS})
		self.effective_date = None

	def on_update(self):
		"""The review schedule follows the record (start date, provision) from the moment it is saved,
		not from the next run of the daily job."""
		refresh_review_schedule([self.name])
		self.update(frappe.db.get_value(self.doctype, self.name, SCHEDULE_FIELDS, as_dict=True))

	def validate_pupil_context(self):
		validate_context(self)

	def _need_dicts(self) -> list[dict]:
		return [{"rank": n.rank, "need_type": n.need_type} for n in self.needs]


def history_dicts(rows) -> list[dict]:
	"""History rows (documents or dicts) as the register rules read them: dates as dates."""
	return [
		{f: (getdate(r.get(f)) if f.endswith("_date") and r.get(f) else r.get(f)) for f in HISTORY_FIELDS}
		for r in rows
	]


def issued_plan(student: str, school: str) -> str | None:
	"""The pupil's EHC plan at the school that puts them on E (``ehcp.makes_register_e``), if any."""
	plans = frappe.get_all(
		"EHC Plan",
		filters={"student": student, "school": school, "status": ["in", ehcp_rules.E_STATUSES]},
		fields=["name", "status", "issue_date", "appeal_decision"],
	)
	return next((p.name for p in plans if ehcp_rules.makes_register_e(p)), None)


@frappe.whitelist()
def rank_needs(ranks: str | list) -> list[int]:
	"""The ranks of the form's needs rows in row order, each blank (0) given the next free rank: the
	rule the record applies on save (``needs.number_blank_ranks``), for the form to show at once."""
	try:
		ranks = frappe.parse_json(ranks)
	except ValueError:
		ranks = None
	if not isinstance(ranks, list):
		throw(_("Ranks must be a list."), InvalidTableError, fieldname="needs", title=_("Invalid ranks"))
	needs = [{"rank": cint(rank)} for rank in ranks]
	need_rules.number_blank_ranks(needs)
	return [need["rank"] for need in needs]
