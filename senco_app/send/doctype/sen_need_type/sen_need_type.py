# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import frappe

from senco_app.controllers.send_document import SENDDocument
from senco_app.rules.needs import NEED_TYPES


class SENNeedType(SENDDocument):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		broad_area: DF.Literal[
			"Communication and interaction",
			"Cognition and learning",
			"Social, emotional and mental health",
			"Sensory and/or physical",
			"Other",
		]
		code: DF.Data
		description: DF.Data
		disabled: DF.Check
		sen_support_only: DF.Check
	# end: auto-generated types
	pass


def sync_need_types():
	"""Create or update the DfE SEN need types (install and every migrate). A school's choice to
	disable a type is kept."""
	for code, description, broad_area, sen_support_only in NEED_TYPES:
		values = {
			"description": description,
			"broad_area": broad_area,
			"sen_support_only": int(sen_support_only),
		}
		if frappe.db.exists("SEN Need Type", code):
			doc = frappe.get_doc("SEN Need Type", code)
			if any(doc.get(k) != v for k, v in values.items()):
				doc.update(values)
				doc.save(ignore_permissions=True)
		else:
			frappe.get_doc({"doctype": "SEN Need Type", "code": code, **values}).insert(
				ignore_permissions=True
			)
