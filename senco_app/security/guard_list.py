"""Which whitelisted methods are guarded, and how (plain data, no frappe import: hooks.py reads it).

The guards themselves live in ``guarded_methods``; ``routes`` records why every other method that
takes a doctype, name, filters, parent or pupil needs none.
"""

# Guards written out by hand: method -> function in guarded_methods.
SPECIAL_GUARDS = {
	"frappe.client.get_count": "get_count",
	"frappe.client.get": "get",
	"frappe.desk.search.search_link": "search_link",
	"frappe.desk.search.search_widget": "search_widget",
	"frappe.desk.search.get_link_title": "get_link_title",
	"frappe.desk.listview.get_group_by_count": "get_group_by_count",
	"frappe.desk.form.load.getdoc": "getdoc",
	"frappe.desk.form.load.get_docinfo": "get_docinfo",
	"frappe.desk.form.document_follow.update_follow": "update_follow",
	"frappe.desk.form.document_follow.follow_document": "follow_document",
	"frappe.desk.like.toggle_like": "toggle_like",
	"frappe.desk.notifications.get_open_count": "get_open_count",
	"frappe.desk.doctype.tag.tag.get_tagged_docs": "get_tagged_docs",
	"frappe.utils.global_search.search": "global_search",
	"frappe.desk.doctype.dashboard_chart.dashboard_chart.get": "dashboard_chart",
	"frappe.core.doctype.prepared_report.prepared_report.make_prepared_report": "make_prepared_report",
	"frappe.desk.query_report.run": "run_report",
	"frappe.core.doctype.communication.email.make": "make_communication",
	"frappe.utils.file_manager.add_attachments": "add_attachments",
	"frappe.email.relink": "relink",
	"education.education.api.get_current_enrollment": "get_current_enrollment",
	"education.education.doctype.student_group.student_group.fetch_students": "fetch_students",
	"education.education.doctype.program_enrollment.program_enrollment.get_students": "get_enrollment_students",
}

# Methods that read or write a record named by the caller with no check of the record: the record
# must be readable first. method -> (argument naming the doctype, or "=Doctype"; argument naming it).
# A name argument of None refuses protected doctypes outright (the method has no use for them).
READ_FIRST = {
	"frappe.client.get_doc_permissions": ("doctype", "docname"),
	"frappe.client.is_document_amended": ("doctype", "docname"),
	"frappe.client.validate_link": ("doctype", "docname"),
	"frappe.printing.page.print.print.get_print_settings_to_show": ("doctype", "docname"),
	"frappe.model.document.unlock_document": ("doctype", "name"),
	"frappe.desk.form.document_follow.get_follow_users": ("doctype", "doc_name"),
	"frappe.desk.form.document_follow.unfollow_document": ("doctype", "doc_name"),
	"frappe.social.doctype.energy_point_log.energy_point_log.get_reviews": ("doctype", "docname"),
	"frappe.core.doctype.submission_queue.submission_queue.get_latest_submissions": ("doctype", "docname"),
	"frappe.desk.form.linked_with.get_submitted_linked_docs": ("doctype", "name"),
	"frappe.desk.form.utils.get_next": ("doctype", "value"),
	"frappe.desk.doctype.event.event.delete_communication": ("reference_doctype", "reference_docname"),
	"frappe.core.doctype.access_log.access_log.make_access_log": ("doctype", "document"),
	"frappe.automation.doctype.assignment_rule.assignment_rule.bulk_apply": ("doctype", "docnames"),
	"frappe.core.doctype.sms_settings.sms_settings.get_contact_number": ("ref_doctype", "ref_name"),
	"frappe.templates.includes.comments.comments.add_comment": ("reference_doctype", "reference_name"),
	"frappe.templates.includes.likes.likes.like": ("reference_doctype", "reference_name"),
	"frappe.website.doctype.web_form.web_form.get_form_data": ("doctype", None),
	"frappe.workflow.doctype.workflow.workflow.get_workflow_state_count": ("doctype", None),
	"frappe.utils.goal.get_monthly_goal_graph_data": ("doctype", None),
	"frappe.desk.treeview.get_all_nodes": ("doctype", None),
	"erpnext.crm.utils.get_open_activities": ("ref_doctype", "ref_docname"),
	"erpnext.accounts.party.get_party_details": ("party_type", "party"),
	"erpnext.accounts.doctype.journal_entry.journal_entry.get_payment_entry_against_invoice": ("dt", "dn"),
	"erpnext.accounts.doctype.journal_entry.journal_entry.get_payment_entry_against_order": ("dt", "dn"),
	"erpnext.accounts.doctype.payment_entry.payment_entry.get_payment_entry": ("dt", "dn"),
	"erpnext.accounts.doctype.payment_entry.payment_entry.get_reference_details": (
		"reference_doctype",
		"reference_name",
	),
	"erpnext.assets.doctype.asset.asset.get_values_from_purchase_doc": ("doctype", "purchase_doc_name"),
	"erpnext.buying.doctype.supplier_scorecard.supplier_scorecard.get_timeline_data": ("doctype", "name"),
	"erpnext.controllers.stock_controller.show_accounting_ledger_preview": ("doctype", "docname"),
	"erpnext.controllers.stock_controller.show_stock_ledger_preview": ("doctype", "docname"),
	"education.education.api.get_student_guardians": ("=Student", "student"),
	"education.education.api.get_result": ("=Student", "student"),
	"education.education.utils.enroll_in_program": ("=Student", "student"),
}

# Of those, the methods for which Frappe itself accepts the "select" right (checking a link's value):
# a record the user may pick in a link is enough (Guardian, for SEND roles: install.SELECT_ON).
SELECT_IS_ENOUGH = frozenset({"frappe.client.validate_link"})

# Methods that read a file the caller names by URL with no check of the file.
FILE_FIRST = {
	"erpnext.accounts.doctype.chart_of_accounts_importer.chart_of_accounts_importer.get_coa": "file_name",
	"erpnext.edi.doctype.code_list.code_list_import.process_genericode_import": "file_name",
}


def function_name(method: str) -> str:
	"""The name of the generated guard of ``method`` in guarded_methods."""
	return "guard__" + method.replace(".", "__")


def guarded_methods() -> dict[str, str]:
	"""method -> the dotted path of its guard (for override_whitelisted_methods)."""
	names = {**SPECIAL_GUARDS, **{m: function_name(m) for m in (*READ_FIRST, *FILE_FIRST)}}
	return {m: f"senco_app.security.guarded_methods.{f}" for m, f in names.items()}
