"""Every whitelisted method of frappe, erpnext and education that takes a doctype, a name, filters, a
parent or a pupil, reviewed: why it cannot reach rows past the per-school rule or the confidential
tier. test_routes enumerates the installed methods and fails on any that is missing here, so a
method a new Frappe adds is reviewed before it ships.

Classes:
- guarded: wrapped in senco_app.security.guarded_methods (override_whitelisted_methods);
- checked: reads and writes through Frappe's permission checks on the named record or doctype,
  which the app's hooks extend (school rule, child tables, pupil rows, reference rows, permlevel);
- fixed: touches only fixed doctypes the app does not protect, whatever the caller sends;
- restricted: only roles SEND users never hold (System Manager and the like) can run it;
- meta: reads metadata, settings or static data only;
- accepted: writes a flag and returns nothing of any record (reason given).
"""

REVIEWED = {
	"education.education.api.get_course_schedule_events": (
		"fixed",
		"Course Schedule via raw SQL (not GUARDED; note: no permission)",
	),
	"education.education.api.get_current_enrollment": (
		"guarded",
		"guarded by get_current_enrollment; unguarded, Frappe's: frappe.db.sql on tabProgram Enrollment for any student: returns program_enrollment, student_name, program, batch, category, term (no permission; any logged-in user)",
	),
	"education.education.api.get_result": (
		"guarded",
		"guarded by guard__education__education__api__get_result; unguarded, Frappe's: frappe.get_all/get_doc on Assessment Result (a pupil row) for any student and plan, no permission -> any pupil's result",
	),
	"education.education.api.get_student_guardians": (
		"guarded",
		"guarded by guard__education__education__api__get_student_guardians; unguarded, Frappe's: frappe.get_all('Student Guardian', filters={'parent': student}) -> guardian IDs of any pupil (Student child rows), no permission",
	),
	"education.education.api.update_email_group": (
		"restricted",
		"Email Group save / Email Group Member insert need Newsletter Manager",
	),
	"education.education.doctype.program_enrollment.program_enrollment.get_program_courses": (
		"fixed",
		"Program Course rows with get_match_cond",
	),
	"education.education.doctype.program_enrollment.program_enrollment.get_students": (
		"guarded",
		"guarded by get_enrollment_students; unguarded, Frappe's: raw SQL 'select name, student_name from tabStudent' with no permission -> every school's pupils (after a get_list on Program Enrollment that SEND roles pass)",
	),
	"education.education.doctype.student_group.student_group.fetch_students": (
		"guarded",
		"guarded by fetch_students; unguarded, Frappe's: raw SQL on tabStudent (name, student_name) with no permission; group_based_on='Activity' lists all pupils of all schools for any logged-in user",
	),
	"education.education.doctype.student_leave_application.student_leave_application.get_student_groups": (
		"fixed",
		"Student Group Student parents (Student Group, not GUARDED); no permission",
	),
	"education.education.utils.enroll_in_program": (
		"guarded",
		"guarded by guard__education__education__utils__enroll_in_program; unguarded, Frappe's: frappe.get_doc('Student', student) with no check: get_enrollment() returns the Program Enrollment name of any pupil, and for a self-enrol Program creates a Program Enrollment for another school's pupil (write)",
	),
	"erpnext.accounts.dashboard_chart_source.account_balance_timeline.account_balance_timeline.get": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) Account, Dashboard Chart; no caller-chosen doctype",
	),
	"erpnext.accounts.doctype.account.account.get_parent_account": ("fixed", "Account via SQL"),
	"erpnext.accounts.doctype.account.account.update_account_number": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) Account, Company; no caller-chosen doctype",
	),
	"erpnext.accounts.doctype.bank_account.bank_account.make_bank_account": (
		"meta",
		"returns an unsaved Bank Account with party_type/party set from the arguments (no read)",
	),
	"erpnext.accounts.doctype.bank_guarantee.bank_guarantee.get_voucher_details": (
		"fixed",
		"db.get_value on Sales Order/Purchase Order only",
	),
	"erpnext.accounts.doctype.bank_statement_import.bank_statement_import.get_import_logs": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) Data Import Log; no caller-chosen doctype",
	),
	"erpnext.accounts.doctype.bank_statement_import.bank_statement_import.get_import_status": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) Bank Statement Import, Data Import Log; no caller-chosen doctype",
	),
	"erpnext.accounts.doctype.chart_of_accounts_importer.chart_of_accounts_importer.get_coa": (
		"guarded",
		"guarded by guard__erpnext__accounts__doctype__chart_of_accounts_importer__chart_of_accounts_importer__get_coa; unguarded, Frappe's: get_file(file_name) = frappe.get_doc('File', {'file_url': file_name}) with no File permission, parses CSV/XLSX: emptiness/column-count oracle on any private file, full rows for 8-column files (low)",
	),
	"erpnext.accounts.doctype.invoice_discounting.invoice_discounting.get_invoices": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) Discounted Invoice, Sales Invoice; no caller-chosen doctype",
	),
	"erpnext.accounts.doctype.journal_entry.journal_entry.get_against_jv": (
		"fixed",
		"search query on fixed doctype(s) Journal Entry, Journal Entry Account; the doctype argument is not used to choose the table",
	),
	"erpnext.accounts.doctype.journal_entry.journal_entry.get_exchange_rate": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) Account; no caller-chosen doctype",
	),
	"erpnext.accounts.doctype.journal_entry.journal_entry.get_payment_entry_against_invoice": (
		"guarded",
		"guarded by guard__erpnext__accounts__doctype__journal_entry__journal_entry__get_payment_entry_against_invoice; unguarded, Frappe's: frappe.get_doc(dt, dn) with caller dt and no check (existence oracle; remarks echoed) (low)",
	),
	"erpnext.accounts.doctype.journal_entry.journal_entry.get_payment_entry_against_order": (
		"guarded",
		"guarded by guard__erpnext__accounts__doctype__journal_entry__journal_entry__get_payment_entry_against_order; unguarded, Frappe's: frappe.get_doc(dt, dn) with caller dt, no check (existence oracle) (low)",
	),
	"erpnext.accounts.doctype.journal_entry.journal_entry.make_inter_company_journal_entry": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) Journal Entry; no caller-chosen doctype",
	),
	"erpnext.accounts.doctype.ledger_merge.ledger_merge.form_start_merge": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) Ledger Merge; no caller-chosen doctype",
	),
	"erpnext.accounts.doctype.payment_entry.payment_entry.get_payment_entry": (
		"guarded",
		"guarded by guard__erpnext__accounts__doctype__payment_entry__payment_entry__get_payment_entry; unguarded, Frappe's: frappe.get_doc(dt, dn) with caller dt and no permission check (existence oracle; fields such as company/contact_person copied into the returned Payment Entry) (low)",
	),
	"erpnext.accounts.doctype.payment_entry.payment_entry.get_reference_details": (
		"guarded",
		"guarded by guard__erpnext__accounts__doctype__payment_entry__payment_entry__get_reference_details; unguarded, Frappe's: frappe.get_doc(reference_doctype, reference_name) with no check; returns due_date/bill_no/totals of the row and exists/doesn't (low)",
	),
	"erpnext.accounts.doctype.payment_order.payment_order.get_mop_query": (
		"fixed",
		"search query on fixed doctype(s) Payment Order Reference; the doctype argument is not used to choose the table",
	),
	"erpnext.accounts.doctype.payment_order.payment_order.get_supplier_query": (
		"fixed",
		"search query on fixed doctype(s) Payment Order Reference; the doctype argument is not used to choose the table",
	),
	"erpnext.accounts.doctype.payment_order.payment_order.make_payment_records": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) Payment Order; no caller-chosen doctype",
	),
	"erpnext.accounts.doctype.payment_request.payment_request.get_open_payment_requests_query": (
		"fixed",
		"search query on fixed doctype(s) Payment Request; the doctype argument is not used to choose the table",
	),
	"erpnext.accounts.doctype.payment_request.payment_request.get_print_format_list": (
		"meta",
		"Print Format names for a doctype",
	),
	"erpnext.accounts.doctype.payment_request.payment_request.get_subscription_details": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) Subscription, Subscription Invoice; no caller-chosen doctype",
	),
	"erpnext.accounts.doctype.payment_request.payment_request.make_payment_entry": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) Payment Request; no caller-chosen doctype",
	),
	"erpnext.accounts.doctype.payment_request.payment_request.resend_payment_email": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) Payment Request; no caller-chosen doctype",
	),
	"erpnext.accounts.doctype.pos_closing_entry.pos_closing_entry.get_cashiers": (
		"fixed",
		"search query on fixed doctype(s) POS Profile User; the doctype argument is not used to choose the table",
	),
	"erpnext.accounts.doctype.pos_invoice.pos_invoice.item_query": (
		"fixed",
		"search query on fixed doctype(s) POS Profile; the doctype argument is not used to choose the table",
	),
	"erpnext.accounts.doctype.pos_profile.pos_profile.pos_profile_query": (
		"fixed",
		"search query on fixed doctype(s) POS Profile, POS Profile User; the doctype argument is not used to choose the table",
	),
	"erpnext.accounts.doctype.pricing_rule.pricing_rule.get_item_uoms": (
		"fixed",
		"search query on fixed doctype(s) Item, UOM Conversion Detail; the doctype argument is not used to choose the table",
	),
	"erpnext.accounts.doctype.pricing_rule.pricing_rule.make_pricing_rule": (
		"meta",
		"returns an unsaved Pricing Rule built from the arguments (no read)",
	),
	"erpnext.accounts.doctype.process_payment_reconciliation.process_payment_reconciliation.get_reconciled_count": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) Process Payment Reconciliation Log; no caller-chosen doctype",
	),
	"erpnext.accounts.doctype.process_payment_reconciliation.process_payment_reconciliation.pause_job_for_doc": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) Process Payment Reconciliation, Process Payment Reconciliation Log; no caller-chosen doctype",
	),
	"erpnext.accounts.doctype.process_payment_reconciliation.process_payment_reconciliation.trigger_job_for_doc": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) Accounts Settings, Process Payment Reconciliation, Process Payment Reconciliation Log; no caller-chosen doctype",
	),
	"erpnext.accounts.doctype.purchase_invoice.purchase_invoice.block_invoice": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) Purchase Invoice; no caller-chosen doctype",
	),
	"erpnext.accounts.doctype.purchase_invoice.purchase_invoice.change_release_date": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) Purchase Invoice; no caller-chosen doctype",
	),
	"erpnext.accounts.doctype.purchase_invoice.purchase_invoice.unblock_invoice": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) Purchase Invoice; no caller-chosen doctype",
	),
	"erpnext.accounts.doctype.repost_accounting_ledger.repost_accounting_ledger.get_repost_allowed_types": (
		"fixed",
		"search query on fixed doctype(s) Repost Allowed Types; the doctype argument is not used to choose the table",
	),
	"erpnext.accounts.doctype.repost_payment_ledger.repost_payment_ledger.execute_repost_payment_ledger": (
		"fixed",
		"enqueues Repost Payment Ledger job for a Repost Payment Ledger name",
	),
	"erpnext.accounts.doctype.repost_payment_ledger.repost_payment_ledger.start_payment_ledger_repost": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) Repost Payment Ledger; no caller-chosen doctype",
	),
	"erpnext.accounts.doctype.unreconcile_payment.unreconcile_payment.doc_has_references": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) Payment Ledger Entry; no caller-chosen doctype",
	),
	"erpnext.accounts.doctype.unreconcile_payment.unreconcile_payment.get_linked_payments_for_doc": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) Payment Ledger Entry; no caller-chosen doctype",
	),
	"erpnext.accounts.party.get_party_details": (
		"guarded",
		"guarded by guard__erpnext__accounts__party__get_party_details; unguarded, Frappe's: frappe.db.exists(party_type, party) before any permission check with caller party_type and a dict party acting as filters -> yes/no oracle on any doctype (e.g. party_type='SEND Record', party={'student_name':..}); ignore_permissions is caller-controlled",
	),
	"erpnext.accounts.utils.get_children": (
		"checked",
		"frappe.get_list(doctype, ...) on the caller's tree doctype",
	),
	"erpnext.accounts.utils.get_coa": ("meta", "builds a chart tree from a bundled chart JSON"),
	"erpnext.accounts.utils.update_cost_center": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) Cost Center; no caller-chosen doctype",
	),
	"erpnext.assets.doctype.asset.asset.get_values_from_purchase_doc": (
		"guarded",
		"guarded by guard__erpnext__assets__doctype__asset__asset__get_values_from_purchase_doc; unguarded, Frappe's: frappe.get_doc(doctype, purchase_doc_name) with caller doctype, no check (existence oracle) (low)",
	),
	"erpnext.assets.doctype.asset_maintenance.asset_maintenance.get_team_members": (
		"fixed",
		"search query on fixed doctype(s) Maintenance Team Member; the doctype argument is not used to choose the table",
	),
	"erpnext.assets.doctype.asset_maintenance_log.asset_maintenance_log.get_maintenance_tasks": (
		"fixed",
		"search query on fixed doctype(s) Asset Maintenance Task; the doctype argument is not used to choose the table",
	),
	"erpnext.assets.doctype.location.location.get_children": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) Location; no caller-chosen doctype",
	),
	"erpnext.buying.doctype.purchase_order.purchase_order.update_status": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) Purchase Order; no caller-chosen doctype",
	),
	"erpnext.buying.doctype.request_for_quotation.request_for_quotation.get_pdf": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) Request for Quotation; no caller-chosen doctype",
	),
	"erpnext.buying.doctype.request_for_quotation.request_for_quotation.get_rfq_containing_supplier": (
		"fixed",
		"search query on fixed doctype(s) Request for Quotation, Request for Quotation Supplier; the doctype argument is not used to choose the table",
	),
	"erpnext.buying.doctype.supplier.supplier.get_supplier_primary_contact": (
		"fixed",
		"search query on fixed doctype(s) Contact, Dynamic Link; the doctype argument is not used to choose the table",
	),
	"erpnext.buying.doctype.supplier_scorecard.supplier_scorecard.get_timeline_data": (
		"guarded",
		"guarded by guard__erpnext__buying__doctype__supplier_scorecard__supplier_scorecard__get_timeline_data; unguarded, Frappe's: frappe.get_doc(doctype, name) with caller doctype, no check (existence oracle) (low)",
	),
	"erpnext.buying.doctype.supplier_scorecard.supplier_scorecard.make_all_scorecards": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) Supplier, Supplier Scorecard, Supplier Scorecard Period; no caller-chosen doctype",
	),
	"erpnext.controllers.accounts_controller.update_child_qty_rate": (
		"checked",
		"parent = frappe.get_doc(parent_doctype, name); check_doc_permissions(parent,'write') before any change",
	),
	"erpnext.controllers.queries.bom": (
		"fixed",
		"search query on fixed doctype(s) BOM; the doctype argument is not used to choose the table",
	),
	"erpnext.controllers.queries.employee_query": (
		"fixed",
		"Employee only (ignore_user_permissions affects Employee only)",
	),
	"erpnext.controllers.queries.get_account_list": ("fixed", "Account via frappe.desk.reportview.execute"),
	"erpnext.controllers.queries.get_batch_no": ("fixed", "Batch/Stock Ledger queries only"),
	"erpnext.controllers.queries.get_batch_numbers": (
		"fixed",
		"search query on fixed doctype(s) Batch; the doctype argument is not used to choose the table",
	),
	"erpnext.controllers.queries.get_blanket_orders": (
		"fixed",
		"search query on fixed doctype(s) Blanket Order, Blanket Order Item; the doctype argument is not used to choose the table",
	),
	"erpnext.controllers.queries.get_delivery_notes_to_be_billed": (
		"fixed",
		"search query on fixed doctype(s) Delivery Note; the doctype argument is not used to choose the table",
	),
	"erpnext.controllers.queries.get_doctypes_for_closing": ("meta", "period_closing_doctypes hook list"),
	"erpnext.controllers.queries.get_expense_account": (
		"fixed",
		"search query on fixed doctype(s) Account; the doctype argument is not used to choose the table",
	),
	"erpnext.controllers.queries.get_filtered_child_rows": (
		"fixed",
		"frappe.qb on caller doctype but selects item_code (only Item child tables have it; GUARDED tables error)",
	),
	"erpnext.controllers.queries.get_filtered_dimensions": (
		"checked",
		"frappe.get_list(doctype, ...) with the doctype's search fields",
	),
	"erpnext.controllers.queries.get_income_account": (
		"fixed",
		"search query on fixed doctype(s) Account; the doctype argument is not used to choose the table",
	),
	"erpnext.controllers.queries.get_item_uom_query": (
		"fixed",
		"search query on fixed doctype(s) Stock Settings, UOM, UOM Conversion Detail; the doctype argument is not used to choose the table",
	),
	"erpnext.controllers.queries.get_payment_terms_for_references": ("fixed", "Payment Schedule rows only"),
	"erpnext.controllers.queries.get_project_name": (
		"fixed",
		"Project search (get_meta(doctype) only for field names)",
	),
	"erpnext.controllers.queries.get_purchase_invoices": (
		"fixed",
		"search query on fixed doctype(s) Purchase Invoice, Purchase Invoice Item; the doctype argument is not used to choose the table",
	),
	"erpnext.controllers.queries.get_purchase_receipts": (
		"fixed",
		"search query on fixed doctype(s) Purchase Receipt, Purchase Receipt Item; the doctype argument is not used to choose the table",
	),
	"erpnext.controllers.queries.get_tax_template": (
		"fixed",
		"search query on fixed doctype(s) Item, Item Group, Item Tax Template; the doctype argument is not used to choose the table",
	),
	"erpnext.controllers.queries.item_manufacturer_query": (
		"fixed",
		"search query on fixed doctype(s) Item Manufacturer; the doctype argument is not used to choose the table",
	),
	"erpnext.controllers.queries.item_query": (
		"fixed",
		"Item search; db.count(doctype) only sizes the query (not returned)",
	),
	"erpnext.controllers.queries.lead_query": ("fixed", "Lead search (get_meta only)"),
	"erpnext.controllers.queries.tax_account_query": (
		"fixed",
		"search query on fixed doctype(s) Account; the doctype argument is not used to choose the table",
	),
	"erpnext.controllers.queries.warehouse_query": (
		"fixed",
		"search query on fixed doctype(s) Bin, Warehouse; the doctype argument is not used to choose the table",
	),
	"erpnext.controllers.stock_controller.check_item_quality_inspection": ("fixed", "Item only"),
	"erpnext.controllers.stock_controller.make_quality_inspections": (
		"restricted",
		"Quality Inspection save needs create on Quality Inspection (Quality/Stock roles)",
	),
	"erpnext.controllers.stock_controller.show_accounting_ledger_preview": (
		"guarded",
		"guarded by guard__erpnext__controllers__stock_controller__show_accounting_ledger_preview; unguarded, Frappe's: frappe.get_doc(doctype, docname) + run_method with caller doctype and no check (existence oracle) (low)",
	),
	"erpnext.controllers.stock_controller.show_stock_ledger_preview": (
		"guarded",
		"guarded by guard__erpnext__controllers__stock_controller__show_stock_ledger_preview; unguarded, Frappe's: frappe.get_doc(doctype, docname) + run_method with no check (existence oracle) (low)",
	),
	"erpnext.crm.utils.get_open_activities": (
		"guarded",
		"guarded by guard__erpnext__crm__utils__get_open_activities; unguarded, Frappe's: frappe.get_all('ToDo') + qb on Event/Event Participants for (ref_doctype, ref_docname), no permission -> assignment descriptions/assignees and events of another school's SEND docs; a list ref_docname ['like','%'] returns all",
	),
	"erpnext.edi.doctype.code_list.code_list_import.process_genericode_import": (
		"guarded",
		"guarded by guard__erpnext__edi__doctype__code_list__code_list_import__process_genericode_import; unguarded, Frappe's: import_genericode parses any File path as XML without File permission; XPath match count/exception oracle (low)",
	),
	"erpnext.manufacturing.doctype.bom.bom.get_children": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) BOM, BOM Item, Item; no caller-chosen doctype",
	),
	"erpnext.manufacturing.doctype.bom.bom.item_query": (
		"fixed",
		"search query on fixed doctype(s) Item, Item Barcode; the doctype argument is not used to choose the table",
	),
	"erpnext.manufacturing.doctype.bom_creator.bom_creator.edit_qty": (
		"fixed",
		"frappe.db.set_value(doctype, docname, 'qty') on caller doctype is unchecked but only a 'qty' column (no GUARDED doctype has one) and is rolled back unless the caller can save the BOM Creator",
	),
	"erpnext.manufacturing.doctype.bom_creator.bom_creator.get_children": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) BOM Creator Item; no caller-chosen doctype",
	),
	"erpnext.manufacturing.doctype.job_card.job_card.get_job_details": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) Job Card, Job Card Time Log; no caller-chosen doctype",
	),
	"erpnext.manufacturing.doctype.job_card.job_card.get_operations": (
		"fixed",
		"search query on fixed doctype(s) Work Order Operation; the doctype argument is not used to choose the table",
	),
	"erpnext.manufacturing.doctype.production_plan.production_plan.sales_order_query": (
		"fixed",
		"search query on fixed doctype(s) Sales Order, Sales Order Item; the doctype argument is not used to choose the table",
	),
	"erpnext.manufacturing.doctype.work_order.work_order.get_bom_operations": (
		"fixed",
		"search query on fixed doctype(s) BOM Operation; the doctype argument is not used to choose the table",
	),
	"erpnext.manufacturing.doctype.work_order.work_order.query_sales_order": (
		"fixed",
		"search query on fixed doctype(s) Sales Order; the doctype argument is not used to choose the table",
	),
	"erpnext.manufacturing.doctype.work_order.work_order.set_work_order_ops": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) Work Order; no caller-chosen doctype",
	),
	"erpnext.manufacturing.report.bom_variance_report.bom_variance_report.get_work_orders": (
		"fixed",
		"search query on fixed doctype(s) Work Order; the doctype argument is not used to choose the table",
	),
	"erpnext.projects.doctype.project.project.get_users_for_project": (
		"fixed",
		"search query on fixed doctype(s) User; the doctype argument is not used to choose the table",
	),
	"erpnext.projects.doctype.task.task.add_multiple_tasks": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) Task; no caller-chosen doctype",
	),
	"erpnext.projects.doctype.task.task.check_if_child_exists": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) Task; no caller-chosen doctype",
	),
	"erpnext.projects.doctype.task.task.get_children": ("checked", "frappe.get_list(doctype, ...)"),
	"erpnext.projects.doctype.task.task.get_project": ("fixed", "Project search (get_meta only)"),
	"erpnext.projects.doctype.timesheet.timesheet.get_events": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) Timesheet, Timesheet Detail; no caller-chosen doctype",
	),
	"erpnext.projects.doctype.timesheet.timesheet.get_projectwise_timesheet_data": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) Timesheet, Timesheet Detail; no caller-chosen doctype",
	),
	"erpnext.projects.doctype.timesheet.timesheet.get_timesheet": (
		"fixed",
		"search query on fixed doctype(s) Timesheet, Timesheet Detail; the doctype argument is not used to choose the table",
	),
	"erpnext.projects.doctype.timesheet.timesheet.get_timesheet_data": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) Timesheet; no caller-chosen doctype",
	),
	"erpnext.projects.utils.query_task": (
		"fixed",
		"search query on fixed doctype(s) Task; the doctype argument is not used to choose the table",
	),
	"erpnext.quality_management.doctype.quality_procedure.quality_procedure.get_children": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) Quality Procedure; no caller-chosen doctype",
	),
	"erpnext.regional.italy.utils.export_invoices": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) Sales Invoice; no caller-chosen doctype",
	),
	"erpnext.regional.italy.utils.generate_single_invoice": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) Sales Invoice; no caller-chosen doctype",
	),
	"erpnext.regional.report.irs_1099.irs_1099.irs_1099_print": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) Company, Print Format; no caller-chosen doctype",
	),
	"erpnext.selling.doctype.customer.customer.get_customer_primary_contact": (
		"fixed",
		"search query on fixed doctype(s) Contact, Dynamic Link; the doctype argument is not used to choose the table",
	),
	"erpnext.selling.doctype.product_bundle.product_bundle.get_new_item_code": (
		"fixed",
		"search query on fixed doctype(s) Item, Product Bundle; the doctype argument is not used to choose the table",
	),
	"erpnext.selling.doctype.sales_order.sales_order.get_events": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) Sales Order, Sales Order Item; no caller-chosen doctype",
	),
	"erpnext.selling.doctype.sales_order.sales_order.update_status": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) Sales Order; no caller-chosen doctype",
	),
	"erpnext.selling.page.point_of_sale.point_of_sale.item_group_query": (
		"fixed",
		"search query on fixed doctype(s) Item Group; the doctype argument is not used to choose the table",
	),
	"erpnext.selling.report.payment_terms_status_for_sales_order.payment_terms_status_for_sales_order.get_customers_or_items": (
		"checked",
		"frappe.desk.reportview.execute(doctype, ...) applies permissions",
	),
	"erpnext.setup.doctype.company.company.get_billing_shipping_address": (
		"fixed",
		"Company addresses (Address/Dynamic Link)",
	),
	"erpnext.setup.doctype.company.company.get_children": ("fixed", "Company names (tree), not GUARDED"),
	"erpnext.setup.doctype.company.company.get_default_company_address": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) Address, Dynamic Link; no caller-chosen doctype",
	),
	"erpnext.setup.doctype.department.department.get_children": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) Department; no caller-chosen doctype",
	),
	"erpnext.setup.doctype.email_digest.email_digest.get_digest_msg": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) Email Digest; no caller-chosen doctype",
	),
	"erpnext.setup.doctype.employee.employee.get_children": (
		"checked",
		"frappe.get_list(doctype, ...) (expandable via get_all on reports_to, only Employee-like doctypes)",
	),
	"erpnext.setup.doctype.holiday_list.holiday_list.get_events": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) Holiday, Holiday List; no caller-chosen doctype",
	),
	"erpnext.setup.doctype.party_type.party_type.get_party_type": (
		"fixed",
		"search query on fixed doctype(s) Account, Party Type; the doctype argument is not used to choose the table",
	),
	"erpnext.stock.dashboard_chart_source.warehouse_wise_stock_value.warehouse_wise_stock_value.get": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) Bin, Warehouse; no caller-chosen doctype",
	),
	"erpnext.stock.doctype.batch.batch.get_pos_reserved_batch_qty": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) POS Invoice, POS Invoice Item; no caller-chosen doctype",
	),
	"erpnext.stock.doctype.delivery_note.delivery_note.update_delivery_note_status": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) Delivery Note; no caller-chosen doctype",
	),
	"erpnext.stock.doctype.delivery_trip.delivery_trip.get_contact_and_address": (
		"fixed",
		"Contact/Address of a Customer name",
	),
	"erpnext.stock.doctype.inventory_dimension.inventory_dimension.get_inventory_documents": (
		"fixed",
		"search query on fixed doctype(s) DocField; the doctype argument is not used to choose the table",
	),
	"erpnext.stock.doctype.item.item.get_item_attribute": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) Item Attribute Value; no caller-chosen doctype",
	),
	"erpnext.stock.doctype.item_alternative.item_alternative.get_alternative_items": (
		"fixed",
		"search query on fixed doctype(s) Item Alternative; the doctype argument is not used to choose the table",
	),
	"erpnext.stock.doctype.material_request.material_request.get_default_supplier_query": (
		"fixed",
		"search query on fixed doctype(s) Item Default, Material Request, Supplier; the doctype argument is not used to choose the table",
	),
	"erpnext.stock.doctype.material_request.material_request.get_material_requests_based_on_supplier": (
		"fixed",
		"search query on fixed doctype(s) Material Request, Material Request Item; the doctype argument is not used to choose the table",
	),
	"erpnext.stock.doctype.material_request.material_request.update_status": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) Material Request; no caller-chosen doctype",
	),
	"erpnext.stock.doctype.packing_slip.packing_slip.item_details": (
		"fixed",
		"search query on fixed doctype(s) Delivery Note Item, Item; the doctype argument is not used to choose the table",
	),
	"erpnext.stock.doctype.pick_list.pick_list.get_pending_work_orders": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) Work Order; no caller-chosen doctype",
	),
	"erpnext.stock.doctype.pick_list.pick_list.get_pick_list_query": (
		"fixed",
		"search query on fixed doctype(s) Pick List, Pick List Item, Sales Order; the doctype argument is not used to choose the table",
	),
	"erpnext.stock.doctype.purchase_receipt.purchase_receipt.make_lcv": (
		"fixed",
		"db.get_value(doctype, docname, [supplier, company, base_grand_total]) works only for purchase doctypes (GUARDED tables lack those columns)",
	),
	"erpnext.stock.doctype.purchase_receipt.purchase_receipt.update_purchase_receipt_status": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) Purchase Receipt; no caller-chosen doctype",
	),
	"erpnext.stock.doctype.putaway_rule.putaway_rule.apply_putaway_rule": (
		"fixed",
		"Putaway Rule/UOM/Warehouse only",
	),
	"erpnext.stock.doctype.quality_inspection.quality_inspection.item_query": (
		"fixed",
		"search query on fixed doctype(s) DocType, Item; the doctype argument is not used to choose the table",
	),
	"erpnext.stock.doctype.quality_inspection.quality_inspection.quality_inspection_query": (
		"fixed",
		"search query on fixed doctype(s) Quality Inspection; the doctype argument is not used to choose the table",
	),
	"erpnext.stock.doctype.serial_and_batch_bundle.serial_and_batch_bundle.get_serial_batch_ledgers": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) Serial and Batch Bundle, Serial and Batch Entry; no caller-chosen doctype",
	),
	"erpnext.stock.doctype.serial_and_batch_bundle.serial_and_batch_bundle.item_query": (
		"fixed",
		"search query on fixed doctype(s) Item; the doctype argument is not used to choose the table",
	),
	"erpnext.stock.doctype.serial_no.serial_no.get_pos_reserved_serial_nos": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) POS Invoice, POS Invoice Item; no caller-chosen doctype",
	),
	"erpnext.stock.doctype.shipment.shipment.get_address_name": (
		"fixed",
		"get_party_shipping_address: Address name via Dynamic Link (not GUARDED)",
	),
	"erpnext.stock.doctype.shipment.shipment.get_contact_name": (
		"fixed",
		"get_default_contact: Contact name via Dynamic Link (not GUARDED)",
	),
	"erpnext.stock.doctype.warehouse.warehouse.convert_to_group_or_ledger": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) Warehouse; no caller-chosen doctype",
	),
	"erpnext.stock.doctype.warehouse.warehouse.get_children": ("checked", "frappe.get_list(doctype, ...)"),
	"erpnext.stock.report.serial_and_batch_summary.serial_and_batch_summary.get_batch_nos": (
		"fixed",
		"search query on fixed doctype(s) Batch, Serial and Batch Bundle, Serial and Batch Entry; the doctype argument is not used to choose the table",
	),
	"erpnext.stock.report.serial_and_batch_summary.serial_and_batch_summary.get_serial_nos": (
		"fixed",
		"search query on fixed doctype(s) Serial No, Serial and Batch Bundle, Serial and Batch Entry; the doctype argument is not used to choose the table",
	),
	"erpnext.stock.report.serial_and_batch_summary.serial_and_batch_summary.get_voucher_type": (
		"fixed",
		"search query on fixed doctype(s) DocField; the doctype argument is not used to choose the table",
	),
	"erpnext.support.doctype.issue.issue.set_status": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) Issue; no caller-chosen doctype",
	),
	"erpnext.support.doctype.service_level_agreement.service_level_agreement.get_service_level_agreement_filters": (
		"fixed",
		"reads/writes only fixed ERPNext doctype(s) Service Level Agreement, Service Level Priority, Support Settings; no caller-chosen doctype",
	),
	"erpnext.support.doctype.service_level_agreement.service_level_agreement.reset_service_level_agreement": (
		"checked",
		"doc.save() checks write on the row; the Comment inserted before is rolled back on PermissionError",
	),
	"frappe.automation.doctype.assignment_rule.assignment_rule.bulk_apply": (
		"guarded",
		"guarded by guard__frappe__automation__doctype__assignment_rule__assignment_rule__bulk_apply; unguarded, Frappe's: apply(doctype, name) -> frappe.get_doc(doctype, name) with no permission and applies Assignment Rules (ToDo/_assign writes) to any school's row if a rule exists for the doctype; also existence oracle",
	),
	"frappe.automation.doctype.auto_repeat.auto_repeat.get_auto_repeat_doctypes": (
		"meta",
		"lists DocType/Property Setter names with allow_auto_repeat",
	),
	"frappe.automation.doctype.auto_repeat.auto_repeat.make_auto_repeat": (
		"fixed",
		"creates Auto Repeat (doc.save checks create on Auto Repeat); AutoRepeat.validate refuses doctypes without allow_auto_repeat (no SEND doctype has it)",
	),
	"frappe.automation.doctype.auto_repeat.auto_repeat.update_reference": (
		"fixed",
		"Auto Repeat only, doc.check_permission('write')",
	),
	"frappe.client.attach_file": (
		"checked",
		"frappe.get_doc(doctype, docname).check_permission() (has_permission hook on the row) before the File is saved; doc.save() re-checks write when docfield is set",
	),
	"frappe.client.cancel": (
		"checked",
		"wrapper.cancel() -> Document._cancel/save checks 'cancel' through has_permission on the row; only SENCO holds cancel on SEND doctypes",
	),
	"frappe.client.delete": (
		"checked",
		"frappe.delete_doc() checks 'delete' via frappe.has_permission(doctype, 'delete', doc) on the row",
	),
	"frappe.client.get": (
		"guarded",
		"guarded by get; unguarded, Frappe's: filters= form: frappe.get_doc(doctype, filters) raises DoesNotExistError vs PermissionError -> yes/no oracle on any field values of another school's row; child doctypes: check_parent_permission() is role-only and a standalone child doc has parent_doc=None so has_child_permission only checks the parent DOCTYPE -> any child row (SEND Record Need, IEP Target...) returned by name",
	),
	"frappe.client.get_count": (
		"guarded",
		"guarded by get_count; unguarded, Frappe's: frappe.db.count(doctype, filters) with no permission. child tables (SEND Record Need...), Program Enrollment, Guardian, Version (data LIKE '%..%' -> content oracle on confidential_notes), File, Comment, ToDo, Communication etc. still counted unfiltered",
	),
	"frappe.client.get_doc_permissions": (
		"guarded",
		"guarded by guard__frappe__client__get_doc_permissions; unguarded, Frappe's: frappe.get_doc(doctype, docname) with no check then returns the evaluated perms -> existence oracle on any name (low)",
	),
	"frappe.client.get_list": (
		"checked",
		"frappe.get_list: the school rule, child tables through their parent, pupil rows through the pupil and reference rows through their record (senco_app.security.rows) apply; permlevel fields are dropped by DatabaseQuery and refused in filters (before_request)",
	),
	"frappe.client.get_password": ("restricted", "frappe.only_for('System Manager')"),
	"frappe.client.get_single_value": (
		"meta",
		"frappe.has_permission(doctype) then db.get_single_value: Single doctypes only (e.g. SEND Settings), no GUARDED rows",
	),
	"frappe.client.get_value": (
		"checked",
		"role check then get_list(doctype, filters, parent=...) -> permission_query_conditions + permlevel field filtering (child-table caveat as get_list, but only 1 row)",
	),
	"frappe.client.has_permission": (
		"checked",
		"frappe.has_permission(doctype, perm_type, docname) evaluates the row (hook included); only a name-existence oracle via DoesNotExistError",
	),
	"frappe.client.is_document_amended": (
		"guarded",
		"guarded by guard__frappe__client__is_document_amended; unguarded, Frappe's: role-only frappe.permissions.has_permission(doctype) then frappe.db.exists(doctype, {'amended_from': docname}) returns the amendment's name for any school's IEP/SEND Review (low)",
	),
	"frappe.client.rename_doc": (
		"checked",
		"frappe.model.rename_doc.validate_rename checks has_permission(doctype,'write',doc=old_doc) (and new for merge); name-exists message precedes it (name oracle only)",
	),
	"frappe.client.set_value": (
		"checked",
		"doc.save() checks write against the saved record (has_school_permission); the response is scrubbed of permlevel fields by the after_request hook",
	),
	"frappe.client.validate_link": (
		"guarded",
		"guarded by guard__frappe__client__validate_link; unguarded, Frappe's: role check only, then frappe.db.get_value(doctype, docname) returns the name -> existence oracle on any school's row (values themselves go through get_value/get_list)",
	),
	"frappe.contacts.address_and_contact.filter_dynamic_link_doctypes": (
		"meta",
		"DocField/Custom Field parent names intersected with get_doctypes_with_read()",
	),
	"frappe.contacts.doctype.address.address.address_query": (
		"fixed",
		"search_widget('Address', ...) -> Address via get_list with its own query conditions",
	),
	"frappe.contacts.doctype.address.address.get_default_address": (
		"fixed",
		"frappe.get_all('Address') by Dynamic Link: returns an Address name (not GUARDED); note: no permission check",
	),
	"frappe.contacts.doctype.contact.contact.contact_query": (
		"fixed",
		"SQL on Contact/Dynamic Link with get_match_cond('Contact')",
	),
	"frappe.core.api.file.get_attached_images": (
		"checked",
		"frappe.db.get_list('File') -> File permission_query_conditions (note: File's condition admits private files attached to any readable doctype, see frappe.client.get_list)",
	),
	"frappe.core.api.file.unzip_file": ("fixed", "File only (File.unzip), no GUARDED row returned"),
	"frappe.core.doctype.access_log.access_log.make_access_log": (
		"guarded",
		"guarded by guard__frappe__core__doctype__access_log__access_log__make_access_log; unguarded, Frappe's: inserts an Access Log for any caller-chosen doctype/document with no check -> forged audit rows referencing GUARDED docs (integrity, very low)",
	),
	"frappe.core.doctype.communication.email.make": (
		"guarded",
		"guarded by make_communication; unguarded, Frappe's: with doctype/name omitted there is no check; attachments=[File names] -> add_attachments() reads File via frappe.db.get_value (no permission) and creates a new File (owner=caller) with the same private file_url -> caller downloads /private/files/... of another school's SEND attachment (find_file_by_url accepts any File doc the user owns)",
	),
	"frappe.core.doctype.communication.email.mark_email_as_seen": (
		"accepted",
		"sets the seen flag of a Communication by name; returns nothing of any record",
	),
	"frappe.core.doctype.data_export.exporter.export_data": (
		"checked",
		"rows via frappe.get_list(self.doctype) (school rule + permlevel field filtering); child rows only for those parents; note can_export() is checked on caller's parent_doctype, not doctype (export-right bypass, not school)",
	),
	"frappe.core.doctype.data_import.data_import.download_template": (
		"checked",
		"frappe.has_permission(doctype,'read') + frappe.db.get_list(doctype) (query conditions); children fetched only for the permitted parent names",
	),
	"frappe.core.doctype.deleted_document.deleted_document.restore": (
		"checked",
		"the restored doc goes through doc.insert() -> check_permission('create') incl. has_school_permission; nothing of the deleted row is returned",
	),
	"frappe.core.doctype.doctype.doctype.get_row_size_utilization": (
		"meta",
		"frappe.has_permission('DocType') (System Manager) and returns a row-size percentage only",
	),
	"frappe.core.doctype.log_settings.log_settings.get_log_doctypes": (
		"meta",
		"DocType names via frappe.get_list('DocType')",
	),
	"frappe.core.doctype.prepared_report.prepared_report.download_attachment": (
		"fixed",
		"pr.has_permission('read'): Frappe's hook lets anyone allowed the report read every user's result; the owner rule (security.rows.has_owned_permission) and OwnPreparedReport.get_prepared_data limit it to the user who queued it",
	),
	"frappe.core.doctype.prepared_report.prepared_report.get_reports_in_queued_state": (
		"fixed",
		"Prepared Report rows owned by the session user",
	),
	"frappe.core.doctype.prepared_report.prepared_report.make_prepared_report": (
		"guarded",
		"guarded by make_prepared_report; unguarded, Frappe's: inserts Prepared Report with ignore_permissions and never checks Report.is_permitted(); generate_report runs as the caller and saves the json.gz as a File owned by the caller -> frappe.client.get('File', filters={'attached_to_doctype':'Prepared Report','attached_to_name':<pr>}) passes (owner) and /private/files/<..>.json.gz downloads it. Any logged-in user runs e.g. Education 'Absent Student Report' / 'Student Monthly Attendance Sheet' (raw SQL on Student/attendance) across all schools; SEND users run 'Student and Guardian Contact Details'",
	),
	"frappe.core.doctype.role.role.role_query": ("meta", "Role names"),
	"frappe.core.doctype.sms_settings.sms_settings.get_contact_number": (
		"guarded",
		"guarded by guard__frappe__core__doctype__sms_settings__sms_settings__get_contact_number; unguarded, Frappe's: raw SQL: returns a Contact's mobile if ANY Dynamic Link to (ref_doctype, ref_name) exists -> no permission, existence oracle for links to Student/Guardian (low)",
	),
	"frappe.core.doctype.submission_queue.submission_queue.get_latest_submissions": (
		"guarded",
		"guarded by guard__frappe__core__doctype__submission_queue__submission_queue__get_latest_submissions; unguarded, Frappe's: frappe.db.get_value('Submission Queue', {ref_doctype, ref_docname}) with no check returns status + exception traceback for any doc queued in background (low; only doctypes with queue_in_background)",
	),
	"frappe.core.doctype.user.user.user_query": ("fixed", "User via frappe.get_list"),
	"frappe.core.doctype.user_permission.user_permission.check_applicable_doc_perm": (
		"restricted",
		"frappe.only_for('System Manager')",
	),
	"frappe.core.doctype.user_permission.user_permission.get_applicable_for_doctype_list": (
		"meta",
		"linked doctype names from metadata",
	),
	"frappe.core.doctype.user_type.user_type.get_user_id": ("meta", "DocField/Custom Field labels"),
	"frappe.core.doctype.user_type.user_type.get_user_linked_doctypes": (
		"meta",
		"DocType/Custom Field names",
	),
	"frappe.core.page.permission_manager.permission_manager.add": (
		"restricted",
		"frappe.only_for('System Manager')",
	),
	"frappe.core.page.permission_manager.permission_manager.get_permissions": (
		"restricted",
		"frappe.only_for('System Manager')",
	),
	"frappe.core.page.permission_manager.permission_manager.get_standard_permissions": (
		"restricted",
		"frappe.only_for('System Manager')",
	),
	"frappe.core.page.permission_manager.permission_manager.remove": (
		"restricted",
		"frappe.only_for('System Manager')",
	),
	"frappe.core.page.permission_manager.permission_manager.reset": (
		"restricted",
		"frappe.only_for('System Manager')",
	),
	"frappe.core.page.permission_manager.permission_manager.update": (
		"restricted",
		"frappe.only_for('System Manager')",
	),
	"frappe.core.report.permitted_documents_for_user.permitted_documents_for_user.query_doctypes": (
		"meta",
		"doctype names a user can read (UserPermissions.can_read)",
	),
	"frappe.custom.doctype.custom_field.custom_field.get_fields_label": (
		"meta",
		"frappe.get_meta(doctype) field labels",
	),
	"frappe.custom.doctype.customize_form.customize_form.get_link_filters_from_doc_without_customisations": (
		"meta",
		"DocType definition link_filters",
	),
	"frappe.custom.doctype.customize_form.customize_form.get_orphaned_columns": (
		"restricted",
		"frappe.only_for('System Manager')",
	),
	"frappe.desk.calendar.get_events": (
		"checked",
		"frappe.get_list(doctype, fields, filters) -> query conditions + permlevel filtering",
	),
	"frappe.desk.desk_page.getpage": ("meta", "Page definition"),
	"frappe.desk.desktop.update_onboarding_step": (
		"fixed",
		"frappe.db.set_value('Onboarding Step', ...) only (no check, not GUARDED)",
	),
	"frappe.desk.doctype.bulk_update.bulk_update.submit_cancel_or_update_docs": (
		"checked",
		"_bulk_action: doc.submit()/cancel()/save() each check the row's permission (hooks); update path keeps higher-permlevel values",
	),
	"frappe.desk.doctype.custom_html_block.custom_html_block.get_custom_blocks_for_user": (
		"fixed",
		"Custom HTML Block names (public or own)",
	),
	"frappe.desk.doctype.dashboard_chart.dashboard_chart.get": (
		"guarded",
		"guarded by dashboard_chart; unguarded, Frappe's: chart may be caller JSON (no saved chart, no check): type='Heatmap' -> get_heatmap_chart_config uses frappe.get_all(chart.document_type, filters) with NO permission -> per-day count/sum of any doctype under arbitrary filters (e.g. SEND Record where student_name like ...) for ANY logged-in user; Group By/line charts use get_list but accept parent_document_type so child tables (need_type counts of all schools) are aggregated unfiltered",
	),
	"frappe.desk.doctype.dashboard_chart.dashboard_chart.get_charts_for_user": (
		"fixed",
		"Dashboard Chart via frappe.db.get_list",
	),
	"frappe.desk.doctype.dashboard_chart_source.dashboard_chart_source.get_config": (
		"meta",
		"reads a chart source JS file",
	),
	"frappe.desk.doctype.desktop_icon.desktop_icon.hide": ("fixed", "Desktop Icon settings only"),
	"frappe.desk.doctype.event.event.delete_communication": (
		"guarded",
		"guarded by guard__frappe__desk__doctype__event__event__delete_communication; unguarded, Frappe's: frappe.get_doc(reference_doctype, reference_docname) with no check -> name-existence oracle on any doctype (low); deletions themselves go through get_list + delete_doc",
	),
	"frappe.desk.doctype.event.event.get_events": ("fixed", "Event only (public/own/shared)"),
	"frappe.desk.doctype.kanban_board.kanban_board.add_card": (
		"fixed",
		"role-level write check then saves only the Kanban Board column order",
	),
	"frappe.desk.doctype.kanban_board.kanban_board.get_kanban_boards": (
		"fixed",
		"Kanban Board via frappe.get_list",
	),
	"frappe.desk.doctype.kanban_board.kanban_board.quick_kanban_board": (
		"fixed",
		"creates a Kanban Board (doc.save checks create)",
	),
	"frappe.desk.doctype.kanban_board.kanban_board.update_order_for_single_card": (
		"checked",
		"frappe.set_value(doctype, docname, ...) -> frappe.client.set_value -> doc.save() checks write on the row (raises before return)",
	),
	"frappe.desk.doctype.list_view_settings.list_view_settings.get_default_listview_fields": (
		"meta",
		"doctype JSON in_list_view fields",
	),
	"frappe.desk.doctype.list_view_settings.list_view_settings.save_listview_settings": (
		"restricted",
		"List View Settings save/insert needs System Manager",
	),
	"frappe.desk.doctype.notification_log.notification_log.mark_as_read": (
		"accepted",
		"sets the read flag of a Notification Log by name; returns nothing of any record",
	),
	"frappe.desk.doctype.number_card.number_card.get_cards_for_user": (
		"fixed",
		"selects Number Card columns (query on another doctype errors)",
	),
	"frappe.desk.doctype.number_card.number_card.get_percentage_difference": (
		"checked",
		"recomputes a saved Number Card through get_result -> frappe.get_list (caveat: a saved card on a child table would aggregate all schools)",
	),
	"frappe.desk.doctype.number_card.number_card.get_result": (
		"checked",
		"frappe.get_list with parent_doctype: child tables follow their parent's school rule; aggregates over permlevel fields are dropped by DatabaseQuery",
	),
	"frappe.desk.doctype.tag.tag.add_tag": (
		"checked",
		"DocTags.update -> update_tags(doc) does doc.check_permission('write'); the earlier db.set_value is rolled back on the PermissionError",
	),
	"frappe.desk.doctype.tag.tag.add_tags": (
		"checked",
		"same as add_tag: update_tags() checks write on each row",
	),
	"frappe.desk.doctype.tag.tag.get_tagged_docs": (
		"guarded",
		"guarded by get_tagged_docs; unguarded, Frappe's: role-only frappe.has_permission(doctype) then frappe.qb select name where _user_tags like <tag> -> names of every school's tagged SEND Records ('%' matches all)",
	),
	"frappe.desk.doctype.tag.tag.get_tags": ("fixed", "Tag names via frappe.get_list('Tag')"),
	"frappe.desk.doctype.tag.tag.remove_tag": (
		"checked",
		"update_tags(doc) checks write before Tag Link changes (db.set_value rolled back on failure)",
	),
	"frappe.desk.doctype.workspace.workspace.update_page": (
		"fixed",
		"Workspace only (own/public or Workspace Manager)",
	),
	"frappe.desk.form.assign_to.close": (
		"checked",
		"ignore_permissions never comes over HTTP (frappe.call drops it); set_status checks the document",
	),
	"frappe.desk.form.assign_to.remove": (
		"checked",
		"ignore_permissions never comes over HTTP (frappe.call drops it); set_status checks the document",
	),
	"frappe.desk.form.assign_to.remove_multiple": (
		"checked",
		"ignore_permissions never comes over HTTP (frappe.call drops it); set_status checks each document",
	),
	"frappe.desk.form.document_follow.follow_document": (
		"guarded",
		"guarded by follow_document; unguarded, Frappe's: no permission check on (doctype, doc_name) and any user: creates Document Follow; send_document_follow_mails() then emails that user every Version change (field old/new values incl. confidential_notes) and Comment of another school's SEND Record",
	),
	"frappe.desk.form.document_follow.get_follow_users": (
		"guarded",
		"guarded by guard__frappe__desk__form__document_follow__get_follow_users; unguarded, Frappe's: frappe.get_all('Document Follow') for any (doctype, doc_name) -> who follows another school's record; a list value for doc_name ('like','%') lists all (low)",
	),
	"frappe.desk.form.document_follow.unfollow_document": (
		"guarded",
		"guarded by guard__frappe__desk__form__document_follow__unfollow_document; unguarded, Frappe's: deletes Document Follow for any user on any doc (no check on user == session user) (write, low)",
	),
	"frappe.desk.form.document_follow.update_follow": (
		"guarded",
		"guarded by update_follow; unguarded, Frappe's: follow_document(doctype, doc_name, session user) with no row check -> digest emails of another school's record changes (see follow_document)",
	),
	"frappe.desk.form.linked_with.get": (
		"checked",
		"frappe.has_permission(doctype, doc=docname, throw=True) then get_linked_docs() reads every linked doctype via frappe.get_list",
	),
	"frappe.desk.form.linked_with.get_linked_doctypes": ("meta", "link metadata"),
	"frappe.desk.form.linked_with.get_submitted_linked_docs": (
		"guarded",
		"guarded by guard__frappe__desk__form__linked_with__get_submitted_linked_docs; unguarded, Frappe's: checks the start doc, but SubmittableDocumentTree/get_referencing_documents use frappe.get_all -> names of every school's submitted IEPs/SEND Reviews/Program Enrollments linked to a shared master (SEND Provision catalogue row, Program, Academic Year) (low, names)",
	),
	"frappe.desk.form.load.get_communications": ("checked", "doc.has_permission('read') on the row first"),
	"frappe.desk.form.load.get_docinfo": (
		"guarded",
		"guarded by get_docinfo; unguarded, Frappe's: row is checked, but get_versions() = frappe.get_all('Version') returns full change data, incl. permlevel-1 confidential_notes old/new values, to SEND Staff/Office/Viewer of the same school",
	),
	"frappe.desk.form.load.getdoc": (
		"guarded",
		"guarded by getdoc; unguarded, Frappe's: doc.has_permission('read') + apply_fieldlevel_read_permissions, but get_docinfo(doc) ships Version data with confidential (permlevel 1) values to non-SENCO users of the school",
	),
	"frappe.desk.form.load.getdoctype": ("meta", "meta bundle"),
	"frappe.desk.form.save.cancel": (
		"checked",
		"doc.cancel() checks cancel on the row (SENCO only on SEND doctypes)",
	),
	"frappe.desk.form.utils.add_comment": (
		"checked",
		"reference_doc.check_permission() before the Comment insert",
	),
	"frappe.desk.form.utils.get_next": (
		"guarded",
		"guarded by guard__frappe__desk__form__utils__get_next; unguarded, Frappe's: frappe.get_value(doctype, value, sort_field) (no permission) of ANY row is used as the comparison bound, result via get_list -> ordering oracle on any field (incl. permlevel-1 confidential_notes) of another school's row, e.g. filters=[[dt,'name','=',own_doc]] returns non-empty iff own.field < hidden.field",
	),
	"frappe.desk.form.utils.update_comment": (
		"checked",
		"owner-only edit and reference_doc.check_permission()",
	),
	"frappe.desk.form.utils.update_comment_publicity": (
		"checked",
		"only the comment owner or System Manager",
	),
	"frappe.desk.like.toggle_like": (
		"guarded",
		"guarded by toggle_like; unguarded, Frappe's: _toggle_like: frappe.db.set_value(doctype, name, '_liked_by') + Like Comment (+ follow) on any school's row with no permission check (write)",
	),
	"frappe.desk.link_preview.get_preview_data": (
		"checked",
		"frappe.get_list(doctype, filters={'name': docname}) -> query conditions + permlevel",
	),
	"frappe.desk.listview.get_group_by_count": (
		"guarded",
		"guarded by get_group_by_count; unguarded, Frappe's: field='assigned_to': frappe.qb.get_query(doctype, filters=current_filters) subquery has NO permission -> counts of assignees among ANY school's rows matching arbitrary filters (yes/no oracle, e.g. student_name like)",
	),
	"frappe.desk.listview.get_list_settings": ("meta", "List View Settings"),
	"frappe.desk.listview.set_list_settings": ("restricted", "List View Settings save needs System Manager"),
	"frappe.desk.notifications.get_open_count": (
		"guarded",
		"guarded by get_open_count; unguarded, Frappe's: doc.check_permission() on the start doc but counts come from get_doc_count() = frappe.get_all with caller-chosen items: confidential SEND Contact Logs of a record are counted for non-SENCO; rows of all schools linked to a shared master (Program, Academic Term, shared SEND Provision) are counted (low)",
	),
	"frappe.desk.query_report.get_data_for_custom_field": (
		"checked",
		"frappe.has_permission(doctype,'read') then frappe.get_list(doctype, filters name in ...)",
	),
	"frappe.desk.query_report.run": (
		"guarded",
		"guarded by run_report; unguarded, Frappe's: get_report_doc() checks the report's roles, but a prepared report's stored result is read by prepared_report_name or by the `user` argument (the latest completed result of ANY user for those filters) with no check of whose it is -> another school's SEND Register rows",
	),
	"frappe.desk.query_report.save_report": (
		"fixed",
		"Report (Custom Report) only, reference report must be permitted",
	),
	"frappe.desk.reportview.delete_report": ("fixed", "Report Builder Report only; owner or delete perm"),
	"frappe.desk.reportview.get_filter_dashboard_data": (
		"checked",
		"frappe.get_list(doctype, group_by=column) -> query conditions",
	),
	"frappe.desk.reportview.get_sidebar_stats": ("checked", "get_stats -> frappe.get_list"),
	"frappe.desk.reportview.get_stats": (
		"checked",
		"frappe.get_list(doctype, fields=[column,'count(*)'], group_by) -> query conditions",
	),
	"frappe.desk.reportview.save_report": ("fixed", "Report (Report Builder) only"),
	"frappe.desk.search.get_link_title": (
		"guarded",
		"guarded by get_link_title; unguarded, Frappe's: frappe.db.get_value(doctype, docname, meta.title_field) with NO permission -> student_name of any school's SEND Record/IEP/SEND Review/EHC Plan/Agency Referral/Contact Log/Student by name (sequential names enumerable; a dict docname acts as a filter); any logged-in user incl. Website User",
	),
	"frappe.desk.search.search_link": (
		"guarded",
		"guarded by search_link; unguarded, Frappe's: search_widget(...): ignore_user_permissions=1 + role read -> get_list(ignore_permissions=True): for child doctypes (reference_doctype='SEND Record') returns rows of all schools with filter_fields; Program Enrollment/Guardian unscoped; senco override only covers SCHOOL_DOCTYPES",
	),
	"frappe.desk.search.search_widget": (
		"guarded",
		"guarded by search_widget; unguarded, Frappe's: ignore_user_permissions=1 -> frappe.get_list(..., ignore_permissions=True) drops query conditions AND permlevel filtering for filter_fields; senco override forces False only for SCHOOL_DOCTYPES, so child tables (SEND Record Need, IEP Target...) with reference_doctype=<parent> leak; unreachable override when called via treeview.get_all_nodes",
	),
	"frappe.desk.treeview.get_all_nodes": (
		"guarded",
		'guarded by guard__frappe__desk__treeview__get_all_nodes; unguarded, Frappe\'s: calls any whitelisted tree_method(doctype, parent, **kwargs) directly, bypassing override_whitelisted_methods: tree_method=\'frappe.desk.search.search_widget\', ignore_user_permissions=1, as_dict=1, filter_fields=\'["school","student_name","confidential_notes"]\' returns SEND Record/Student rows of EVERY school incl. permlevel-1 fields',
	),
	"frappe.desk.treeview.get_children": (
		"checked",
		"_get_children -> frappe.get_list(doctype, ...) (tree doctypes only)",
	),
	"frappe.email.doctype.auto_email_report.auto_email_report.download": (
		"restricted",
		"auto_email_report.check_permission() - Auto Email Report is System Manager/Report Manager",
	),
	"frappe.email.doctype.auto_email_report.auto_email_report.send_now": (
		"restricted",
		"check_permission() on Auto Email Report (System Manager/Report Manager)",
	),
	"frappe.email.doctype.email_account.email_account.get_append_to": (
		"meta",
		"DocType names with email_append_to",
	),
	"frappe.email.doctype.email_group.email_group.add_subscribers": (
		"restricted",
		"Email Group Member insert checks create (Newsletter Manager)",
	),
	"frappe.email.doctype.email_group.email_group.import_from": (
		"restricted",
		"nlist.has_permission('write') on Email Group (Newsletter Manager)",
	),
	"frappe.email.doctype.email_queue.email_queue.send_now": (
		"restricted",
		"record.check_permission() on Email Queue (System Manager)",
	),
	"frappe.email.doctype.newsletter.newsletter.newsletter_email_read": (
		"fixed",
		"Newsletter only, signed request",
	),
	"frappe.email.get_communication_doctype": ("meta", "doctype names the user can read"),
	"frappe.email.queue.unsubscribe": (
		"fixed",
		"verify_request() signed link; inserts Email Unsubscribe only",
	),
	"frappe.email.relink": (
		"guarded",
		"guarded by relink; unguarded, Frappe's: raw SQL UPDATE tabCommunication SET reference_doctype/reference_name for any Communication name, no check -> move another school's correspondence onto your own record and read it via get_communications (write+read, needs the comm name)",
	),
	"frappe.geo.utils.get_coords": (
		"fixed",
		"works only on doctypes with location/latitude columns (none GUARDED); SQL uses get_filters_cond(with_match_conditions=True)",
	),
	"frappe.model.document.unlock_document": (
		"guarded",
		"guarded by guard__frappe__model__document__unlock_document; unguarded, Frappe's: frappe.get_doc(doctype, name).unlock() with no permission: existence oracle + removes the lock of any school's document (low)",
	),
	"frappe.model.rename_doc.update_document_title": (
		"checked",
		"doc.check_permission(permtype='write') on the row first",
	),
	"frappe.model.utils.user_settings.get": ("meta", "own __UserSettings"),
	"frappe.model.utils.user_settings.save": ("meta", "own __UserSettings"),
	"frappe.model.workflow.bulk_workflow_approval": (
		"checked",
		"_bulk_workflow_action -> apply_workflow -> doc.save()/submit() check the row",
	),
	"frappe.model.workflow.can_cancel_document": ("meta", "Workflow definition"),
	"frappe.model.workflow.get_common_transition_actions": (
		"meta",
		"evaluates workflow transitions on caller-supplied dicts",
	),
	"frappe.modules.utils.export_customizations": ("restricted", "developer_mode only"),
	"frappe.printing.doctype.print_format.print_format.make_default": (
		"restricted",
		"print_format.check_permission('write') (System Manager)",
	),
	"frappe.printing.page.print.print.get_print_settings_to_show": (
		"guarded",
		"guarded by guard__frappe__printing__page__print__print__get_print_settings_to_show; unguarded, Frappe's: frappe.get_doc(doctype, docname) with no check -> existence oracle (low)",
	),
	"frappe.printing.page.print_format_builder.print_format_builder.create_custom_format": (
		"restricted",
		"Print Format insert needs System Manager",
	),
	"frappe.realtime.can_subscribe_doc": (
		"checked",
		"frappe.has_permission(doctype, doc=docname, throw=True)",
	),
	"frappe.realtime.can_subscribe_doctype": ("meta", "role-level read check only, no rows"),
	"frappe.rename_doc": (
		"checked",
		"validate_rename: has_permission(doctype,'write',doc=old_doc) (name-exists message first: name oracle only)",
	),
	"frappe.share.add": (
		"checked",
		"add_docshare -> check_share_permission: frappe.has_permission(doctype,'share',doc=name)",
	),
	"frappe.share.get_users": (
		"checked",
		"_get_users(doc) returns [] unless has_permission(doctype,'read',doc)",
	),
	"frappe.share.set_permission": (
		"checked",
		"set_docshare_permission -> check_share_permission on the row",
	),
	"frappe.social.doctype.energy_point_log.energy_point_log.get_reviews": (
		"guarded",
		"guarded by guard__frappe__social__doctype__energy_point_log__energy_point_log__get_reviews; unguarded, Frappe's: frappe.get_all('Energy Point Log') for any (doctype, docname) -> reasons/users of appreciation on another school's rows (low)",
	),
	"frappe.templates.includes.comments.comments.add_comment": (
		"guarded",
		"guarded by guard__frappe__templates__includes__comments__comments__add_comment; unguarded, Frappe's: logged-in caller: frappe.get_doc(reference_doctype, reference_name).add_comment() + published=1 with no permission -> posts a published Comment on another school's SEND Record (write), emails its owner",
	),
	"frappe.templates.includes.likes.likes.like": (
		"guarded",
		"guarded by guard__frappe__templates__includes__likes__likes__like; unguarded, Frappe's: frappe.get_doc(any doctype) then add_like()/delete_like() with no permission (write Like comment on any row)",
	),
	"frappe.utils.diff.version_query": (
		"restricted",
		"frappe.get_list('Version') needs read on Version (System Manager)",
	),
	"frappe.utils.file_manager.add_attachments": (
		"guarded",
		"guarded by add_attachments; unguarded, Frappe's: frappe.db.get_value('File', name) with no permission and save_url(... ignore_permissions) attaches any private file_url to any (doctype, name) -> attach another school's EHCP PDF to your own doc and download it; also writes File rows onto other schools' docs",
	),
	"frappe.utils.global_search.search": (
		"guarded",
		"guarded by global_search; unguarded, Frappe's: allowed doctypes are role-level (get_can_read); the __global_search query has no row filter -> Student and Program Enrollment (education global_search_doctypes, in_global_search fields) content of every school",
	),
	"frappe.utils.goal.get_monthly_goal_graph_data": (
		"guarded",
		"guarded by guard__frappe__utils__goal__get_monthly_goal_graph_data; unguarded, Frappe's: checks the start doc, then get_monthly_results(goal_doctype, ...) = frappe.qb.get_query with caller filters and NO permission: with doctype=goal_doctype=<a readable SEND Record> monthly count/sum over every school's rows matching arbitrary filters",
	),
	"frappe.utils.nestedset.rebuild_tree": (
		"fixed",
		"only nested-set doctypes (lft/rgt; none GUARDED); note the System Manager check compares form_dict.cmd to 'rebuild_tree' and is skipped for /api/method/frappe.utils.nestedset.rebuild_tree",
	),
	"frappe.utils.print_format.download_multi_pdf": (
		"checked",
		"frappe.get_print -> printview.get_rendered_template -> validate_print_permission(doc) per document",
	),
	"frappe.utils.print_format.download_multi_pdf_async": (
		"checked",
		"same as download_multi_pdf, in a job run as the caller",
	),
	"frappe.utils.print_format.download_pdf": (
		"checked",
		"validate_print_permission(doc) (read/print on the row) before frappe.get_print",
	),
	"frappe.utils.print_format.print_by_server": (
		"checked",
		"frappe.get_print -> validate_print_permission; note file_path is caller-chosen (arbitrary server write, not a school leak)",
	),
	"frappe.utils.weasyprint.download_pdf": ("checked", "doc.check_permission('print')"),
	"frappe.website.doctype.discussion_topic.discussion_topic.submit_discussion": (
		"fixed",
		"Discussion Topic/Reply only (ignore_permissions; not GUARDED)",
	),
	"frappe.website.doctype.personal_data_deletion_request.personal_data_deletion_request.confirm_deletion": (
		"fixed",
		"signed request; Personal Data Deletion Request only",
	),
	"frappe.website.doctype.web_form.web_form.delete": (
		"fixed",
		"deletes only web_form.doc_type rows owned by the caller with allow_delete",
	),
	"frappe.website.doctype.web_form.web_form.get_form_data": (
		"guarded",
		"guarded by guard__frappe__website__doctype__web_form__web_form__get_form_data; unguarded, Frappe's: doctype is caller-chosen (not tied to web_form.doc_type); has_web_form_permission() grants read when owner == caller and returns the full Document (no permlevel strip) -> e.g. web_form_name='edit-profile', doctype='SEND Record'/'SEND Contact Log', docname=<row the caller created> returns confidential_notes (permlevel 1) and confidential contact logs after the caller lost access/moved school",
	),
	"frappe.website.doctype.web_form.web_form.get_in_list_view_fields": ("meta", "metadata"),
	"frappe.workflow.doctype.workflow.workflow.get_workflow_state_count": (
		"guarded",
		"guarded by guard__frappe__workflow__doctype__workflow__workflow__get_workflow_state_count; unguarded, Frappe's: role-only frappe.has_permission(doctype,'read') then frappe.get_all(doctype, fields=[<any column>, count(*)], group_by=column) -> every distinct value of ANY column (student_name, confidential_notes, primary need) of every school's rows",
	),
	"frappe.workflow.doctype.workflow_action.workflow_action.apply_action": (
		"restricted",
		"verify_request(): signed workflow-action link required",
	),
	"frappe.workflow.doctype.workflow_action.workflow_action.confirm_action": (
		"restricted",
		"verify_request(): signed link; apply_workflow then checks the row",
	),
	"frappe.www.list.get": (
		"checked",
		"get_list_data -> frappe.get_list unless the doctype allows guest view (none GUARDED)",
	),
	"frappe.www.list.get_list_data": (
		"checked",
		"refuses child doctypes; frappe.get_list with permissions unless allow_guest_to_view",
	),
	"frappe.www.printview.get_html_and_style": (
		"checked",
		"document.check_permission() then get_rendered_template -> validate_print_permission, permlevel-aware layout",
	),
	"frappe.www.printview.get_rendered_raw_commands": (
		"checked",
		"document.check_permission() before rendering",
	),
	"senco_app.send.doctype.agency_referral.agency_referral.add_recommendations_to_plan": (
		"checked",
		"referral.check_permission('read') first; then the plan's write (draft), make_new_version's cancel and amend (agreed plan) or IEP create permission; saved with permissions",
	),
	"senco_app.send.doctype.agency_referral.agency_referral.make_provision_entry": (
		"checked",
		"referral.check_permission('read'), Provision Map Entry create and the SEND Provision's read permission first; returns an unsaved entry for the referral's pupil and school",
	),
	"senco_app.send.doctype.early_years_check.early_years_check.start_identification": (
		"checked",
		"the saved check's check_permission('write') first; SEND Record create permission before a record is made (inserted with permissions); an open record is linked, never duplicated",
	),
	"senco_app.send.doctype.individual_education_plan.individual_education_plan.make_review": (
		"checked",
		"plan.check_permission('read') first; returns an unsaved review built from a plan the user may read",
	),
	"senco_app.send.doctype.individual_education_plan.individual_education_plan.make_new_version": (
		"checked",
		"plan.check_permission('read') first, then cancel and amend permission; the new version is inserted with permissions",
	),
	"senco_app.send.doctype.individual_education_plan.individual_education_plan.record_target_progress": (
		"checked",
		"doc.check_permission('write') on the saved plan first; changes only one target's outcome and note",
	),
	"senco_app.send.doctype.send_review.send_review.move_off_register": (
		"checked",
		"review.check_permission('read') and a submitted review that decided it; then the SEND Record's own write permission and save",
	),
	"senco_app.send.doctype.send_review.send_review.request_ehc_assessment": (
		"checked",
		"review.check_permission('read') and a submitted review that decided it; EHC Plan create permission; insert with permissions (school rule on the new plan)",
	),
	"senco_app.services.common_transfer_file.download_sen_ctf": (
		"checked",
		"record.check_permission('read'), then export permission on the record (SENCO, SEND Office of its school) and read on its pupil, before the history is read",
	),
	"senco_app.services.common_transfer_file.import_sen_ctf": (
		"checked",
		"create permission on a SEND Record of the named school first (role and school); an uploaded file only with read on it; UPNs matched among that school's pupils only; read on each pupil; records inserted with permissions",
	),
	"senco_app.send.doctype.census_return.census_return.download_csv": (
		"checked",
		"doc.check_permission('export') on the named Census Return first (school rule; SENCO and SEND Office); writes its saved snapshot only",
	),
	"senco_app.send.doctype.census_return.census_return.download_xml": (
		"checked",
		"doc.check_permission('export') on the named Census Return first (school rule; SENCO and SEND Office); renders its saved snapshot only",
	),
	"senco_app.services.contact_log.pupil_guardians": (
		"checked",
		"frappe.has_permission('Student', 'read', doc=student, throw=True) first (a missing pupil refused alike); returns the names of that pupil's own guardians only",
	),
	"senco_app.services.disposal.dispose": (
		"checked",
		"SENCO role and has_permission('Student', 'read') (the school rule) first, one 403 for a missing or another school's pupil; refuses a pupil not due or a wrong confirmation; then has_permission delete on every document and write on every entry it changes",
	),
	"senco_app.services.subject_access.export": (
		"checked",
		"SENCO role and has_permission('Student', 'read') first (one 403 for missing or another school's pupil); every document read through frappe.get_list and doc.has_permission('read'), files through has_permission('File', 'read'); a shared provision entry shows this pupil's row only",
	),
	"senco_app.services.governor_pack.governor_pack": (
		"checked",
		"the SEND Summary report's own permission and the school among the reader's schools (filter_schools) first; aggregates only, from the aggregate reports with small numbers suppressed whoever reads",
	),
}
