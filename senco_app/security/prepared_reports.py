"""Prepared reports: a long report runs on a background worker as the user who asked for it.

Frappe turns a Script Report into a prepared report by itself once a run takes longer than 15
seconds (a trust-wide SEND Register on a large trust, say): from then on the desk queues the report,
a worker runs it as the user who queued it (so through that user's school rule), and the result is
stored as a file attached to a Prepared Report row.

Frappe v15 then hands that stored result to anyone who may run the report: by its name
(``download_attachment``, ``run`` with ``prepared_report_name``, ``export_query``) or by naming its
owner (``run``'s ``user`` argument). Here a Prepared Report row is its owner's alone
(``security.rows.owned_query_conditions``), and the stored result is read only through
``get_prepared_data``, which now refuses anyone but its owner (and a System Manager); ``run`` takes no
``user`` but the caller's (``guarded_methods.run_report``)."""

import frappe
from frappe import _
from frappe.core.doctype.prepared_report.prepared_report import PreparedReport

from senco_app.security.rows import owns


class OwnPreparedReport(PreparedReport):
	def get_prepared_data(self, with_file_name=False):
		refuse_unless_owner(self.owner)
		return super().get_prepared_data(with_file_name=with_file_name)


def refuse_unless_owner(owner: str | None) -> None:
	if not owns(frappe._dict(doctype="Prepared Report", owner=owner), frappe.session.user):
		frappe.throw(
			_("You may not read this prepared report."), frappe.PermissionError, title=_("Not permitted")
		)


def refuse_other_users_results(user: str | None, filters) -> None:
	"""``run``'s ``user`` and ``prepared_report_name`` pick whose stored result is read: only the
	caller's own (a PermissionError, 403, otherwise)."""
	if user and user != frappe.session.user:
		frappe.throw(_("A report is run as yourself."), frappe.PermissionError, title=_("Not permitted"))
	filters = frappe.parse_json(filters) if isinstance(filters, str) else filters
	name = filters.get("prepared_report_name") if isinstance(filters, dict) else None
	if name:
		refuse_unless_owner(frappe.db.get_value("Prepared Report", name, "owner"))
