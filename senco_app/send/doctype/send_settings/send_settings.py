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

		national_ehc_plan_percent: DF.Percent
		national_figures_label: DF.Data | None
		national_sen_support_percent: DF.Percent
		retention_years_after_birth: DF.Int

	# end: auto-generated types
	def before_validate(self):
		# a blank or 0 where no 0 makes sense shows the default the app uses (services/settings.py)
		defaults_for_zero(self)
