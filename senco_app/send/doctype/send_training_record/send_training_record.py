# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

from frappe import _
from frappe.utils import flt
from frappe.utils import getdate
from frappe.utils import today

from senco_app.controllers.send_document import SENDDocument
from senco_app.rules import staff_development as staff_rules
from senco_app.utils import rule_errors


class SENDTrainingRecord(SENDDocument):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from senco_app.send.doctype.send_training_attendee.send_training_attendee import SENDTrainingAttendee
		from senco_app.send.doctype.send_training_need.send_training_need import SENDTrainingNeed

		attendees: DF.Table[SENDTrainingAttendee]
		hours: DF.Float
		kind: DF.Literal["Course", "INSET", "Online", "Coaching", "Conference", "Other"]
		led_by_senco: DF.Check
		need_types: DF.TableMultiSelect[SENDTrainingNeed]
		notes: DF.SmallText | None
		provider: DF.Data | None
		school: DF.Link
		status: DF.Literal["Completed", "Planned"]
		title: DF.Data
		training_date: DF.Date

	# end: auto-generated types
	def validate(self):
		record = {
			"hours": flt(self.hours),
			"status": self.status,
			"training_date": getdate(self.training_date),
		}
		attendees = [{"user": r.user, "hours_attended": flt(r.hours_attended)} for r in self.attendees]
		with rule_errors(_("Invalid training record")):
			staff_rules.check_training(
				record, attendees, [r.need_type for r in self.need_types], getdate(today())
			)
