# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.utils import add_days
from frappe.utils import getdate
from frappe.utils import today

from senco_app.controllers.send_document import SENDDocument
from senco_app.exceptions import DuplicateRecordError
from senco_app.exceptions import RuleBrokenError
from senco_app.exceptions import throw
from senco_app.rules import ehcp as ehcp_rules
from senco_app.rules import needs as need_rules
from senco_app.rules import register as register_rules
from senco_app.rules import statutory
from senco_app.send.doctype.send_record.send_record import history_dicts
from senco_app.services import ehcp_clock
from senco_app.services.register_records import open_record
from senco_app.services.register_records import required_open_record
from senco_app.services.schools import validate_student_in_school
from senco_app.services.settings import send_settings
from senco_app.services.year_groups import student_year_groups
from senco_app.utils import rule_errors

DATE_FIELDS = (
	"request_date",
	"decision_to_assess_date",
	"decision_to_issue_date",
	"draft_plan_date",
	"issue_date",
	"ceased_date",
	"appeal_date",
)
DUE_FIELDS = (
	"decision_to_assess_due",
	"decision_to_issue_due",
	"final_plan_due",
	"next_annual_review_due",
	"phase_transfer_deadline",
)
# statutory.rag as Frappe's indicator colours
RAG_COLOURS = {"Green": "green", "Amber": "orange", "Red": "red"}


class EHCPlan(SENDDocument):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from senco_app.send.doctype.ehc_plan_outcome.ehc_plan_outcome import EHCPlanOutcome

		appeal_date: DF.Date | None
		appeal_decision: DF.Literal["", "Refusal to assess", "Refusal to issue", "Contents of the plan"]
		cease_reason: DF.Literal[
			"", "No longer needs a plan", "Moved to another LA", "Left education or training", "Other"
		]
		ceased_date: DF.Date | None
		confidential_notes: DF.TextEditor | None
		date_of_birth: DF.Date | None
		decision_to_assess: DF.Literal["", "Yes", "No"]
		decision_to_assess_date: DF.Date | None
		decision_to_assess_due: DF.Date | None
		decision_to_issue: DF.Literal["", "Yes", "No"]
		decision_to_issue_date: DF.Date | None
		decision_to_issue_due: DF.Date | None
		draft_plan_date: DF.Date | None
		final_plan_due: DF.Date | None
		issue_date: DF.Date | None
		la_case_officer: DF.Data | None
		last_annual_review: DF.Date | None
		local_authority: DF.Data
		mediation_date: DF.Date | None
		named_placement: DF.Data | None
		next_annual_review_due: DF.Date | None
		next_step: DF.Data | None
		next_step_due: DF.Date | None
		outcomes: DF.Table[EHCPlanOutcome]
		overdue: DF.Check
		phase_transfer: DF.Data | None
		phase_transfer_deadline: DF.Date | None
		request_date: DF.Date
		request_evidence: DF.Attach | None
		requested_by: DF.Literal["School", "Parent", "Young person", "Other"]
		school: DF.Link
		senco: DF.Link | None
		send_record: DF.Link | None
		status: DF.Literal[
			"Requested",
			"Assessing",
			"Refused to assess",
			"Not issued",
			"Draft",
			"Issued",
			"Under appeal",
			"Ceased",
			"Transferred",
		]
		student: DF.Link
		student_name: DF.Data | None
		top_up_amount: DF.Currency
		top_up_annual: DF.Currency
		top_up_from: DF.Date | None
		top_up_period: DF.Literal["Per year", "Per term", "Per month"]
		top_up_to: DF.Date | None
		transferred_to: DF.Data | None
		tribunal_date: DF.Date | None

	# end: auto-generated types
	def validate(self):
		validate_student_in_school(self)
		self.set_send_record()
		self.validate_register_can_follow()
		self.validate_one_open_plan()
		self.validate_dates_and_status()
		self.validate_funding()
		self.set_deadlines()
		self.set_schedule()

	def on_update(self):
		self.update_register()

	def onload(self):
		"""What the form shows by the server's rules: whether the plan is open, and each statutory
		date with its RAG colour."""
		self.set_onload("is_open", self.status in ehcp_rules.OPEN_STATUSES)
		self.set_onload(
			"steps",
			[
				{
					"label": _(step["label"]),
					"due": step["due"],
					"done": bool(step["done"]),
					"colour": RAG_COLOURS[step["rag"]],
				}
				for step in ehcp_rules.form_steps(self.plan_dict(), getdate(today()))
			],
		)

	def plan_dict(self) -> dict:
		values = self.as_dict()
		for field in (*DATE_FIELDS, *DUE_FIELDS):
			values[field] = getdate(values[field]) if values.get(field) else None
		return values

	def set_send_record(self):
		self.send_record = required_open_record(
			self.student, self.school, _("put the pupil on the register first."), self.send_record
		)

	def validate_register_can_follow(self):
		"""Check before anything is written that the register record can become EHC Plan."""
		if not ehcp_rules.makes_register_e(self.plan_dict()):
			return
		needs = frappe.get_all(
			"SEND Record Need",
			filters={"parent": self.send_record, "parenttype": "SEND Record"},
			fields=["rank", "need_type"],
		)
		with rule_errors(_("The register cannot follow")):
			need_rules.check_needs("EHC Plan", needs)

	def validate_one_open_plan(self):
		if self.status not in ehcp_rules.OPEN_STATUSES:
			return
		other = frappe.db.get_value(
			"EHC Plan",
			{"student": self.student, "status": ["in", ehcp_rules.OPEN_STATUSES], "name": ["!=", self.name]},
			"name",
		)
		if other:
			throw(
				_("Student {0} already has an open EHC needs assessment or plan ({1}).").format(
					self.student, other
				),
				DuplicateRecordError,
				fieldname="student",
				title=_("Plan already open"),
			)

	def validate_dates_and_status(self):
		with rule_errors(_("Invalid EHC plan")):
			ehcp_rules.check_dates(self.plan_dict(), getdate(today()))
			ehcp_rules.check_status(self.plan_dict())
			ehcp_rules.check_appeal(self.plan_dict())

	def validate_funding(self):
		with rule_errors(_("Invalid funding")):
			ehcp_rules.check_funding(
				self.top_up_amount,
				getdate(self.top_up_from) if self.top_up_from else None,
				getdate(self.top_up_to) if self.top_up_to else None,
			)
		self.top_up_annual = ehcp_rules.annual_amount(self.top_up_amount, self.top_up_period)

	def set_deadlines(self):
		self.update(ehcp_clock.assessment_deadlines(self.request_date))

	def set_schedule(self):
		"""Next annual review (12 months, or sooner for an under-5), any phase transfer this year, and
		the next statutory step: the service the daily job uses, for this one plan."""
		with rule_errors(_("Invalid settings")):
			self.update(ehcp_clock.plan_schedules([self.plan_dict()], getdate(today()))[0])

	def update_register(self):
		"""The register follows the plan: EHC Plan from the issue date once issued (an E period typed
		later than the issue date is moved back to it); back to SEN Support the day after the plan
		ceases, so the E period ends on the date it ceased. An appeal against a refusal to assess or
		to issue changes nothing. Dates before the record's start are taken as its start."""
		record = frappe.get_doc("SEND Record", self.send_record)
		start = getdate(record.start_date)
		if ehcp_rules.makes_register_e(self.plan_dict()):
			effective = max(getdate(self.issue_date), start)
			if record.end_date and effective > getdate(record.end_date):
				return  # issued after the pupil left the register: that record's history is done
			if record.sen_provision != "EHC Plan":
				record.sen_provision = "EHC Plan"
			else:
				e_start = register_rules.period_start(
					history_dicts(record.history), "sen_provision", "EHC Plan"
				)
				if not e_start or getdate(e_start) <= effective:
					return
				record.flags.history_fields = ("sen_provision",)
		elif self.status == "Ceased" and record.sen_provision == "EHC Plan" and record.status == "Open":
			record.sen_provision = "SEN Support"
			effective = max(getdate(add_days(self.ceased_date, 1)), start)
		else:
			return
		record.flags.effective_date = effective
		record.flags.ignore_permissions = True
		record.save()
