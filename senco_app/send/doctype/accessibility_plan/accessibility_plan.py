# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.utils import getdate
from frappe.utils import today

from senco_app.controllers.send_document import SENDDocument
from senco_app.exceptions import DuplicateRecordError
from senco_app.exceptions import throw
from senco_app.rules import accessibility as accessibility_rules
from senco_app.utils import optional_date
from senco_app.utils import rule_errors


class AccessibilityPlan(SENDDocument):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from senco_app.send.doctype.accessibility_plan_action.accessibility_plan_action import (
			AccessibilityPlanAction,
		)

		actions: DF.Table[AccessibilityPlanAction]
		approved_on: DF.Date | None
		notes: DF.SmallText | None
		plan_from: DF.Date
		plan_to: DF.Date
		school: DF.Link
		title: DF.Data

	# end: auto-generated types
	def validate(self):
		plan_from, plan_to = getdate(self.plan_from), getdate(self.plan_to)
		actions = [
			{
				"start_date": getdate(a.start_date),
				"target_date": getdate(a.target_date),
				"status": a.status,
				"completion_date": optional_date(a.completion_date),
			}
			for a in self.actions
		]
		with rule_errors(_("Invalid plan")):
			accessibility_rules.check_plan_period(plan_from, plan_to)
			accessibility_rules.check_actions(plan_from, plan_to, actions, getdate(today()))
		self.validate_one_plan_at_a_time(plan_from, plan_to)

	def validate_one_plan_at_a_time(self, plan_from, plan_to):
		"""A school has one plan for a period (Schedule 10 paragraph 3): periods do not overlap."""
		other = frappe.db.exists(
			self.doctype,
			{
				"school": self.school,
				"name": ["!=", self.name or ""],
				"plan_from": ["<=", plan_to],
				"plan_to": [">=", plan_from],
			},
		)
		if other:
			throw(
				_(
					"{0} already has an Accessibility Plan ({1}) for part of this period. Update that plan instead."
				).format(self.school, other),
				DuplicateRecordError,
				fieldname="plan_from",
				title=_("Plan periods overlap"),
			)
