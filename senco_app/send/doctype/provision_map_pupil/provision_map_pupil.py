# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

from frappe.model.document import Document


class ProvisionMapPupil(Document):
	pass
