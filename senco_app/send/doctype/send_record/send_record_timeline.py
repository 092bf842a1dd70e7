"""The SEND Record form's timeline: the pupil's plans, reviews, EHC plans, referrals and contacts."""

import frappe
from frappe import _
from frappe.utils import escape_html
from frappe.utils import format_date
from frappe.utils import get_link_to_form
from frappe.utils import getdate


def send_record_timeline(doctype: str, docname: str) -> list[dict]:
	"""Plans, reviews, EHC plans, referrals and contacts of the register record, for its form
	timeline; read through get_list so each entry obeys the reader's permissions."""
	items = []
	sources = (
		("Individual Education Plan", "start_date", "status", _("Plan")),
		("SEND Review", "meeting_date", "review_type", _("Review")),
		("EHC Plan", "request_date", "status", _("EHC plan")),
		("Agency Referral", "referral_date", "agency", _("Referral")),
		("SEND Contact Log", "contact_datetime", "contact_type", _("Contact")),
	)
	for source, date_field, label_field, kind in sources:
		if not frappe.has_permission(source, "read"):
			continue  # a SEND Viewer reads no contact log
		for row in frappe.get_list(
			source,
			filters={"send_record": docname},
			fields=["name", date_field, label_field],
			limit_page_length=50,
		):
			when = row.get(date_field)
			link = get_link_to_form(source, row.name, escape_html(row.name))
			items.append(
				{
					"icon": "small-message",
					"creation": f"{getdate(when)} 00:00:00",
					"content": f"{kind}: {escape_html(str(row.get(label_field) or ''))} ({format_date(when)}) {link}",
				}
			)
	return items
