# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.utils import getdate
from frappe.utils import today

from senco_app.controllers.send_document import SENDDocument
from senco_app.exceptions import CrossSchoolLinkError
from senco_app.exceptions import RuleBrokenError
from senco_app.exceptions import throw
from senco_app.rules import ehcp as ehcp_rules
from senco_app.rules import reviews as review_rules
from senco_app.rules import statutory
from senco_app.services import ehcp_clock
from senco_app.services import review_actions
from senco_app.services.register_records import open_record
from senco_app.services.register_records import required_open_record
from senco_app.services.review_schedule import refresh_review_schedule
from senco_app.services.schools import validate_student_in_school
from senco_app.services.settings import send_settings
from senco_app.services.year_groups import student_year_groups
from senco_app.utils import rule_errors

# Preparing for adulthood is part of every EHC plan review from Year 9 (Code of Practice 8.9).
PFA_FROM_YEAR = 9


class SENDReview(SENDDocument):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from senco_app.send.doctype.send_review_attendee.send_review_attendee import SENDReviewAttendee
		from senco_app.send.doctype.send_review_ehc_outcome.send_review_ehc_outcome import (
			SENDReviewEHCOutcome,
		)
		from senco_app.send.doctype.send_review_target.send_review_target import SENDReviewTarget

		advice_due: DF.Date | None
		advice_requested: DF.Date | None
		amended_from: DF.Link | None
		attendees: DF.Table[SENDReviewAttendee]
		confidential_notes: DF.TextEditor | None
		decision_change_provision: DF.Check
		decision_continue: DF.Check
		decision_new_plan: DF.Check
		decision_notes: DF.SmallText | None
		decision_off_register: DF.Check
		decision_request_ehcna: DF.Check
		ehc_outcomes: DF.Table[SENDReviewEHCOutcome]
		ehc_plan: DF.Link | None
		iep: DF.Link | None
		invitations_due: DF.Date | None
		invitations_sent: DF.Date | None
		key_person: DF.Link | None
		la_decision: DF.Literal["", "Maintain", "Amend", "Cease"]
		la_decision_date: DF.Date | None
		la_decision_due: DF.Date | None
		meeting_date: DF.Date
		next_review_date: DF.Date | None
		papers_circulated: DF.Date | None
		parent_views: DF.SmallText | None
		pfa_community: DF.SmallText | None
		pfa_employment: DF.SmallText | None
		pfa_health: DF.SmallText | None
		pfa_independent_living: DF.SmallText | None
		preparing_for_adulthood: DF.Check
		progress_summary: DF.SmallText | None
		pupil_views: DF.SmallText | None
		recommendation: DF.Literal["", "Maintain", "Amend", "Cease"]
		recommendation_notes: DF.SmallText | None
		report_sent_to_la: DF.Date | None
		report_to_la_due: DF.Date | None
		review_type: DF.Literal[
			"SEN Support Review",
			"IEP Review",
			"EHCP Annual Review",
			"EHCP Interim Review",
			"Transition Review",
		]
		school: DF.Link
		send_record: DF.Link | None
		student: DF.Link
		student_name: DF.Data | None
		target_outcomes: DF.Table[SENDReviewTarget]

	# end: auto-generated types
	def validate(self):
		validate_student_in_school(self)
		self.set_send_record()
		self.validate_plan()
		self.set_target_outcomes()
		self.validate_dates(submitting=False)
		self.validate_outcomes()
		self.validate_ehc_plan()
		self.set_ehc_outcomes()

	def validate_ehc_plan(self):
		"""EHC plan reviews name the plan; the statutory steps are due from the meeting and dated in order."""
		if self.review_type not in ehcp_clock.EHCP_REVIEW_TYPES:
			return
		if not self.ehc_plan:
			throw(
				_("EHC Plan is required for an {0}.").format(_(self.review_type)),
				RuleBrokenError,
				fieldname="ehc_plan",
				title=_("Missing plan"),
			)
		plan = frappe.db.get_value("EHC Plan", self.ehc_plan, ["student", "school"], as_dict=True)
		if (plan.student, plan.school) != (self.student, self.school):
			throw(
				_("EHC Plan {0} is not a plan of Student {1} at {2}.").format(
					self.ehc_plan, self.student, self.school
				),
				CrossSchoolLinkError,
				fieldname="ehc_plan",
				title=_("Wrong plan"),
			)
		self.update(ehcp_clock.review_deadlines(self.meeting_date))
		values = {
			f: getdate(self.get(f)) if self.get(f) else None
			for f in (
				"meeting_date",
				"invitations_sent",
				"advice_requested",
				"papers_circulated",
				"report_sent_to_la",
				"la_decision_date",
			)
		}
		values["la_decision"] = self.la_decision
		with rule_errors(_("Invalid review steps")):
			ehcp_rules.review_steps_in_order(values)

	def onload(self):
		"""Whether the reader may act on a decision to move the pupil off the register."""
		if self.docstatus == 1 and self.decision_off_register and self.send_record:
			record = frappe.get_doc("SEND Record", self.send_record)
			self.set_onload("can_close_record", record.status == "Open" and record.has_permission("write"))

	def before_update_after_submit(self):
		self.validate_ehc_plan()

	def on_update(self):
		if self._action != "submit":  # on_submit refreshes the plan once for the submit
			self.update_ehc_plan()

	def on_update_after_submit(self):
		self.update_ehc_plan()

	def update_ehc_plan(self):
		"""The plan's last review, next review and next step follow its reviews: recomputed and
		written where they changed, once per event (no full save of the plan)."""
		if self.ehc_plan:
			ehcp_clock.refresh_plans([self.ehc_plan])

	def set_send_record(self):
		self.send_record = required_open_record(
			self.student, self.school, _("a review is for a pupil on the SEND register."), self.send_record
		)
		if not self.key_person:
			self.key_person = frappe.db.get_value("SEND Record", self.send_record, "key_person")

	def validate_plan(self):
		if self.review_type == "IEP Review" and not self.iep:
			throw(
				_("Plan Reviewed is required for an IEP Review."),
				RuleBrokenError,
				fieldname="iep",
				title=_("Missing plan"),
			)
		if not self.iep:
			return
		plan = frappe.db.get_value(
			"Individual Education Plan", self.iep, ["student", "school", "docstatus"], as_dict=True
		)
		if (plan.student, plan.school) != (self.student, self.school):
			throw(
				_("Plan Reviewed {0} is not a plan of Student {1} at {2}.").format(
					self.iep, self.student, self.school
				),
				CrossSchoolLinkError,
				fieldname="iep",
				title=_("Wrong plan"),
			)
		if plan.docstatus == 0:
			throw(
				_("Plan Reviewed {0} has not been agreed (submitted) yet.").format(self.iep),
				RuleBrokenError,
				fieldname="iep",
				title=_("Wrong plan"),
			)
		# a cancelled (superseded) plan is refused by Frappe's own link check: CancelledLinkError

	def set_ehc_outcomes(self):
		"""An EHC plan review lists the plan's outcomes (section E) with their provision (section F) as
		the plan words them, rebuilt from the plan on every save (never from what the form sent);
		progress, evidence and proposed changes are the review's own. From Year 9 the review also
		covers preparing for adulthood."""
		if self.review_type not in ehcp_clock.EHCP_REVIEW_TYPES or not self.ehc_plan:
			self.set("ehc_outcomes", [])
			self.preparing_for_adulthood = 0
			return
		recorded = {row.ehc_outcome: row for row in self.ehc_outcomes}
		self.set("ehc_outcomes", [])
		for outcome in frappe.get_all(
			"EHC Plan Outcome",
			filters={"parent": self.ehc_plan, "parenttype": "EHC Plan"},
			fields=["name", "area_of_need", "outcome", "provision_section_f"],
			order_by="idx asc",
		):
			row = recorded.get(outcome.name) or {}
			self.append(
				"ehc_outcomes",
				{
					"ehc_outcome": outcome.name,
					"area_of_need": outcome.area_of_need,
					"outcome": outcome.outcome,
					"provision_section_f": outcome.provision_section_f,
					**{f: row.get(f) for f in ("progress", "evidence", "proposed_changes")},
				},
			)
		year = student_year_groups([self.student], getdate(self.meeting_date)).get(self.student)
		self.preparing_for_adulthood = int((statutory.year_number(year) or 0) >= PFA_FROM_YEAR)

	def validate_ehc_outcomes_reviewed(self):
		"""A submitted EHC plan review records progress on every outcome of the plan."""
		missing = [row.idx for row in self.ehc_outcomes if not row.progress]
		if missing:
			throw(
				_("Outcomes Reviewed: record the progress on row(s) {0} before submitting.").format(
					", ".join(map(str, missing))
				),
				RuleBrokenError,
				fieldname="ehc_outcomes",
				title=_("Outcomes not reviewed"),
			)

	def set_target_outcomes(self):
		"""A review of a plan lists the plan's targets for their outcomes: copied in when none are."""
		if self.iep and not self.target_outcomes:
			for target in frappe.get_all(
				"IEP Target",
				filters={"parent": self.iep, "parenttype": "Individual Education Plan"},
				fields=["name", "area_of_need", "target", "outcome", "progress_note"],
				order_by="idx asc",
			):
				self.append(
					"target_outcomes",
					{
						"iep_target": target.name,
						"area_of_need": target.area_of_need,
						"target": target.target,
						"outcome": target.outcome,
						"progress_note": target.progress_note,
					},
				)

	def validate_dates(self, submitting: bool):
		with rule_errors(_("Invalid dates")):
			review_rules.check_review_dates(
				getdate(self.meeting_date),
				getdate(self.next_review_date) if self.next_review_date else None,
				getdate(today()),
				submitting,
			)

	def validate_outcomes(self):
		targets = (
			set(
				frappe.get_all(
					"IEP Target",
					filters={"parent": self.iep, "parenttype": "Individual Education Plan"},
					pluck="name",
				)
			)
			if self.iep
			else set()
		)
		with rule_errors(_("Invalid target outcomes")):
			review_rules.check_outcomes([r.as_dict() for r in self.target_outcomes], targets)

	def before_submit(self):
		self.validate_dates(submitting=True)
		self.validate_ehc_outcomes_reviewed()
		if not self.next_review_date:
			self.next_review_date = review_rules.next_review_due(
				getdate(self.meeting_date), cycle_months=send_settings().review_cycle_months
			)

	def on_submit(self):
		self.write_back_outcomes()
		refresh_review_schedule([self.send_record])
		self.update_ehc_plan()

	def on_cancel(self):
		refresh_review_schedule([self.send_record])
		self.update_ehc_plan()

	def write_back_outcomes(self):
		"""Outcomes recorded here go onto the plan's targets (allowed after submit), with a Version."""
		if not self.iep or not self.target_outcomes:
			return
		plan = frappe.get_doc("Individual Education Plan", self.iep)
		by_row = {r.iep_target: r for r in self.target_outcomes}
		for target in plan.targets:
			row = by_row.get(target.name)
			if row and (row.outcome or row.progress_note):
				target.outcome = row.outcome
				target.progress_note = row.progress_note
				target.outcome_review = self.name
		plan.flags.ignore_permissions = True
		plan.save()


@frappe.whitelist()
def move_off_register(review: str, end_date: str | None = None) -> str:
	"""The review decided the pupil no longer needs SEN provision: close their SEND Record."""
	return review_actions.move_off_register(review, end_date)


@frappe.whitelist()
def request_ehc_assessment(review: str, local_authority: str | None = None) -> str:
	"""The review decided to ask for an EHC needs assessment: make the request (an EHC Plan)."""
	return review_actions.request_ehc_assessment(review, local_authority)
