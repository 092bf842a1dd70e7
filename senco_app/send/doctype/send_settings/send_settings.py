# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

from senco_app.controllers.send_document import SENDDocument
from senco_app.services.settings import defaults_for_zero


class SENDSettings(SENDDocument):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from senco_app.send.doctype.send_staff_minutes.send_staff_minutes import SENDStaffMinutes

		annual_review_months: DF.Int
		default_weekly_minutes: DF.Int
		ehcp_assess_decision_weeks: DF.Int
		ehcp_final_plan_weeks: DF.Int
		ehcp_issue_decision_weeks: DF.Int
		la_decision_weeks: DF.Int
		national_ehc_plan_percent: DF.Percent
		national_figures_label: DF.Data | None
		national_sen_support_percent: DF.Percent
		notional_sen_threshold: DF.Currency
		parent_meetings_per_year: DF.Int
		retention_years_after_birth: DF.Int
		review_cycle_months: DF.Int
		review_notice_weeks: DF.Int
		review_report_weeks: DF.Int
		staff_minutes: DF.Table[SENDStaffMinutes]
		under_five_review_months: DF.Int

	# end: auto-generated types
	def before_validate(self):
		# a blank or 0 where no 0 makes sense shows the default the app uses (services/settings.py)
		defaults_for_zero(self)
