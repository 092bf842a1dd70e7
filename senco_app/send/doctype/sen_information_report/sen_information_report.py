# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""SEN Information Report: a school's yearly report under Schedule 1 to the SEND Regulations 2014,
one per school and academic year, written by the SENCO and published (when ticked) at
/sen-information/<school> (senco_app/www/sen_information.py). A new report is drafted from the data
where it exists (senco_app.services.sen_information): the kinds of need from the register, the
provision from the catalogue, the agencies and the SENCO's name and contact."""

import frappe
from frappe import _

from senco_app.controllers.send_document import SENDDocument
from senco_app.exceptions import DuplicateRecordError
from senco_app.exceptions import RuleBrokenError
from senco_app.exceptions import throw
from senco_app.services import sen_information
from senco_app.services.schools import refuse_group_school


class SENInformationReport(SENDDocument):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		academic_year: DF.Link
		adaptations: DF.TextEditor | None
		assessing_progress: DF.TextEditor | None
		complaints: DF.TextEditor | None
		consulting_parents: DF.TextEditor | None
		consulting_pupils: DF.TextEditor | None
		emotional_social_development: DF.TextEditor | None
		evaluating_effectiveness: DF.TextEditor | None
		identifying_needs: DF.TextEditor | None
		inclusion_in_activities: DF.TextEditor | None
		kinds_of_need: DF.TextEditor | None
		local_offer_url: DF.Data | None
		page_slug: DF.Data | None
		published: DF.Check
		school: DF.Link
		senco_contact: DF.Data | None
		senco_name: DF.Data | None
		staff_expertise: DF.TextEditor | None
		teaching_approach: DF.TextEditor | None
		transitions: DF.TextEditor | None
		working_with_others: DF.TextEditor | None
	# end: auto-generated types

	def before_insert(self):
		sen_information.draft(self)

	def validate(self):
		self.validate_school()
		self.validate_one_per_year()
		self.page_slug = sen_information.school_slug(self.school)

	def validate_school(self):
		refuse_group_school(self.school, _("write the report of each of its schools."))

	def validate_one_per_year(self):
		other = frappe.db.exists(
			"SEN Information Report",
			{"school": self.school, "academic_year": self.academic_year, "name": ["!=", self.name or ""]},
		)
		if other:
			throw(
				_("School {0} already has an SEN Information Report for {1}: {2}.").format(
					self.school, self.academic_year, other
				),
				DuplicateRecordError,
				fieldname="academic_year",
				title=_("Duplicate report"),
			)
