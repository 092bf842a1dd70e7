# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.utils import getdate
from frappe.utils import today

from senco_app.controllers.send_document import SENDDocument
from senco_app.exceptions import DuplicateRecordError
from senco_app.exceptions import RuleBrokenError
from senco_app.exceptions import throw
from senco_app.rules import reviews as review_rules
from senco_app.rules.statutory import add_months
from senco_app.services.provision_lookup import provision_entry_details
from senco_app.services.provision_lookup import pupil_provision_entries
from senco_app.services.register_records import open_record
from senco_app.services.register_records import required_open_record
from senco_app.services.review_schedule import refresh_review_schedule
from senco_app.services.schools import validate_student_in_school
from senco_app.services.settings import send_settings
from senco_app.utils import rule_errors


class IndividualEducationPlan(SENDDocument):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from senco_app.send.doctype.iep_provision.iep_provision import IEPProvision
		from senco_app.send.doctype.iep_target.iep_target import IEPTarget

		agreed_by: DF.Data | None
		agreed_on: DF.Date | None
		amended_from: DF.Link | None
		confidential_notes: DF.TextEditor | None
		key_person: DF.Link | None
		needs_summary: DF.SmallText | None
		parent_voice: DF.SmallText | None
		print_photo: DF.Check
		provisions: DF.Table[IEPProvision]
		pupil_voice: DF.SmallText | None
		review_date: DF.Date
		school: DF.Link
		send_record: DF.Link | None
		staff_strategies: DF.SmallText | None
		start_date: DF.Date
		status: DF.Literal["Draft", "Active", "Superseded", "Cancelled"]
		strengths: DF.SmallText | None
		student: DF.Link
		student_name: DF.Data | None
		targets: DF.Table[IEPTarget]
		version: DF.Int

	# end: auto-generated types
	def validate(self):
		validate_student_in_school(self)
		self.set_send_record()
		self.validate_dates()
		self.validate_targets()
		self.set_provisions()
		self.set_version()
		self.set_needs_summary()
		if self.docstatus == 0:
			self.status = "Draft"

	def set_send_record(self):
		record = required_open_record(
			self.student,
			self.school,
			_("an IEP is for a pupil on the SEND register. Add the pupil to the register first."),
		)
		self.send_record = record
		if not self.key_person:
			self.key_person = frappe.db.get_value("SEND Record", record, "key_person")

	def validate_dates(self):
		with rule_errors(_("Invalid dates")):
			review_rules.check_plan_dates(getdate(self.start_date), getdate(self.review_date))

	def validate_targets(self):
		with rule_errors(_("Invalid targets")):
			review_rules.check_targets([t.as_dict() for t in self.targets])

	def set_provisions(self):
		"""Linked provisions: a new plan that lists none gets the Provision Map Entries the pupil is in
		during the plan; each linked row must be an entry of the school the pupil is in, and shows the
		entry's provision, how often it runs and who delivers it."""
		if self.is_new() and not self.provisions and self.start_date and self.review_date:
			for entry in pupil_provision_entries(
				self.student, self.school, self.start_date, self.review_date
			):
				self.append("provisions", {"provision_map_entry": entry})
		entries = provision_entry_details(
			{r.provision_map_entry for r in self.provisions if r.provision_map_entry}, self.school
		)
		with rule_errors(_("Invalid provisions")):
			review_rules.check_provisions([r.as_dict() for r in self.provisions], self.student, entries)
		for row in self.provisions:
			entry = entries.get(row.provision_map_entry) if row.provision_map_entry else None
			if entry:
				row.provision = entry.provision
				row.frequency = (
					review_rules.provision_frequency(entry.sessions_per_week, entry.minutes_per_session)
					or row.frequency
				)
				row.delivered_by = entry.staff_name or row.delivered_by

	def set_version(self):
		if self.amended_from:
			self.version = (frappe.db.get_value(self.doctype, self.amended_from, "version") or 1) + 1
		else:
			self.version = self.version or 1

	def set_needs_summary(self):
		if not self.needs_summary:
			needs = frappe.get_all(
				"SEND Record Need",
				filters={"parent": self.send_record, "parenttype": "SEND Record"},
				fields=["need_type", "need_description"],
				order_by="`rank` asc",
			)
			self.needs_summary = "\n".join(f"{n.need_type}: {n.need_description}" for n in needs)

	def before_submit(self):
		with rule_errors(_("Cannot agree the plan")):
			review_rules.check_targets([t.as_dict() for t in self.targets], for_submit=True)
		if not self.agreed_by or not self.agreed_on:
			throw(
				_(
					"Agreed With and Agreed On are required: agreeing the plan records who agreed it and when."
				),
				RuleBrokenError,
				fieldname="agreed_by",
				title=_("Not agreed yet"),
			)
		if getdate(self.agreed_on) > getdate(today()):
			throw(
				_("Agreed On cannot be in the future."),
				RuleBrokenError,
				fieldname="agreed_on",
				title=_("Invalid dates"),
			)
		self.validate_one_active_plan()
		self.status = "Active"

	def validate_one_active_plan(self):
		other = frappe.db.get_value(
			self.doctype,
			{
				"student": self.student,
				"school": self.school,
				"docstatus": 1,
				"name": ["not in", [self.name, self.amended_from or ""]],
			},
			"name",
		)
		if other:
			throw(
				_(
					"Student {0} already has an active plan ({1}) at {2}. Make a new version of it instead."
				).format(self.student, other, self.school),
				DuplicateRecordError,
				fieldname="student",
				title=_("Plan already active"),
			)

	def on_submit(self):
		self.supersede_previous_version()
		refresh_review_schedule([self.send_record])

	def supersede_previous_version(self):
		"""Agreeing a new version ends the one it amends: until now that plan stayed active (a draft
		version can be abandoned), from now it is cancelled, readable, and shown as Superseded."""
		if not self.amended_from:
			return
		previous = frappe.get_doc(self.doctype, self.amended_from)
		if previous.docstatus == 1:
			# whoever may agree this version ends the one it replaces (make_new_version checked that
			# its maker may cancel and amend)
			previous.flags.ignore_permissions = True
			previous.cancel()
		frappe.db.set_value(self.doctype, previous.name, "status", "Superseded")

	def before_cancel(self):
		# reviews of this version and the version that replaces it stay as they are: the plan is
		# superseded, not undone
		self.ignore_linked_doctypes = ("SEND Review", self.doctype)

	def on_cancel(self):
		self.db_set("status", "Cancelled")
		refresh_review_schedule([self.send_record])


@frappe.whitelist()
def make_review(source_name: str, review_type: str = "IEP Review"):
	"""A new review of the plan, with its targets copied in for their outcomes."""
	plan = frappe.get_doc("Individual Education Plan", source_name)
	plan.check_permission("read")
	if plan.docstatus != 1:
		throw(
			_("Only an agreed plan that is still active can be reviewed; {0} is not.").format(plan.name),
			RuleBrokenError,
			fieldname="docstatus",
			title=_("Wrong plan"),
		)
	review = frappe.new_doc("SEND Review")
	review.update(
		{
			"review_type": review_type,
			"student": plan.student,
			"student_name": plan.student_name,
			"school": plan.school,
			"send_record": plan.send_record,
			"iep": plan.name,
			"key_person": plan.key_person,
		}
	)
	review.set_target_outcomes()
	return review


@frappe.whitelist()
def make_new_version(source_name: str):
	"""The next version of an agreed plan, as a draft to agree with parents. The agreed plan stays
	active until the new version is agreed (then it is cancelled, stays readable and shows
	Superseded); a draft abandoned (deleted) leaves it as it was. A plan has one draft version at a
	time: asking again opens it."""
	plan = frappe.get_doc("Individual Education Plan", source_name)
	plan.check_permission("read")  # before anything that would tell another school's plan apart
	if plan.docstatus != 1:
		throw(
			_("Only an agreed (submitted) plan can have a new version."),
			RuleBrokenError,
			fieldname="docstatus",
			title=_("Not agreed"),
		)
	plan.check_permission("cancel")
	plan.check_permission("amend")
	draft = frappe.db.get_value(plan.doctype, {"amended_from": plan.name, "docstatus": 0}, "name")
	if draft:
		return frappe.get_doc(plan.doctype, draft)
	new = frappe.copy_doc(plan)
	new.docstatus = 0
	new.amended_from = None  # Frappe amends only a cancelled document: linked once inserted
	new.version = (plan.version or 1) + 1
	new.agreed_by = new.agreed_on = None
	new.start_date = today()
	new.review_date = add_months(getdate(today()), send_settings().review_cycle_months)
	for target in new.targets:
		target.outcome = target.progress_note = target.outcome_review = None
	new.insert()
	new.db_set("amended_from", plan.name, update_modified=False)
	return new


@frappe.whitelist()
def record_target_progress(
	plan: str, target: str, outcome: str | None = None, progress_note: str | None = None
):
	"""Record one target's outcome and progress note on an agreed plan.

	Frappe lets only users who may submit change an agreed document, and key persons (SEND Staff) may
	not agree plans; so anyone who may edit the plan records progress here, where nothing but these two
	fields of one target can change. The change is kept in the plan's Version log under their name."""
	doc = frappe.get_doc("Individual Education Plan", plan)
	doc.check_permission("write")
	if doc.docstatus != 1:
		throw(
			_("Progress is recorded on an agreed plan; {0} is not agreed or no longer active.").format(plan),
			RuleBrokenError,
			fieldname="docstatus",
			title=_("Not agreed"),
		)
	with rule_errors(_("Invalid target outcomes")):
		review_rules.check_outcomes(
			[{"iep_target": target, "outcome": outcome or None}], {t.name for t in doc.targets}
		)
	row = next(t for t in doc.targets if t.name == target)
	row.outcome = outcome or None
	row.progress_note = progress_note
	row.outcome_review = None
	doc.flags.ignore_permissions = True
	doc.save()
	return {"outcome": row.outcome, "progress_note": row.progress_note}
