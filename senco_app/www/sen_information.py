"""The public SEN information page of a school: /sen-information/<school> (hooks.py
website_route_rules). Shows the school's latest published SEN Information Report and one live
aggregate (shares of pupils on SEN Support and with an EHC plan, small numbers withheld); nothing that
names or counts a pupil (senco_app.services.sen_information)."""

import frappe
from frappe import _

from senco_app.services.sen_information import page_context

no_cache = 1


def get_context(context):
	page = page_context(frappe.form_dict.get("school_slug"))
	if not page:
		raise frappe.DoesNotExistError(_("No SEN information report is published here."))
	context.update(page)
	context.title = _("SEN Information Report: {0}").format(page["report"].school)
	context.no_cache = 1
	return context
