# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

from frappe import _
from frappe.utils import getdate
from frappe.utils import today

from senco_app.controllers.send_document import SENDDocument
from senco_app.rules import staff_development as staff_rules
from senco_app.utils import rule_errors


def _date(value):
	return getdate(value) if value else None


class SENDTeachingMonitoring(SENDDocument):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from senco_app.send.doctype.send_monitoring_action.send_monitoring_action import SENDMonitoringAction

		actions: DF.Table[SENDMonitoringAction]
		carried_out_by: DF.Link | None
		findings: DF.Text | None
		focus: DF.SmallText
		school: DF.Link
		strengths: DF.SmallText | None
		student_group: DF.Link | None
		teacher: DF.Link | None
		teacher_name: DF.Data | None
		visit_date: DF.Date
		visit_type: DF.Literal["Learning walk", "Book look", "Lesson observation", "Pupil voice"]

	# end: auto-generated types
	def validate(self):
		self.validate_visit()
		self.renotify_changed_actions()

	def validate_visit(self):
		actions = [
			{
				"action_owner": r.action_owner,
				"due_date": _date(r.due_date),
				"status": r.status,
				"done_date": _date(r.done_date),
			}
			for r in self.actions
		]
		with rule_errors(_("Invalid monitoring visit")):
			staff_rules.check_visit(getdate(self.visit_date), actions, getdate(today()))

	def renotify_changed_actions(self):
		"""An action given a new owner or due date is told again (the daily reminder tells each action
		once: ``notified_on``)."""
		before = self.get_doc_before_save()
		saved = {r.name: (r.action_owner, str(r.due_date)) for r in before.actions} if before else {}
		for row in self.actions:
			if saved.get(row.name) != (row.action_owner, str(row.due_date)):
				row.notified_on = None
