// Copyright (c) 2026, senco_app developers
// For license information, please see license.txt

frappe.query_reports["Monitoring of Teaching"] = {
	filters: [
		{ fieldname: "school", label: __("School or Trust"), fieldtype: "Link", options: "Company" },
		{ fieldname: "from_date", label: __("From"), fieldtype: "Date", reqd: 1, default: (() => { const t = frappe.datetime.str_to_obj(frappe.datetime.get_today()); const y = t.getMonth() >= 8 ? t.getFullYear() : t.getFullYear() - 1; return y + "-09-01"; })() },
		{ fieldname: "to_date", label: __("To"), fieldtype: "Date", reqd: 1, default: frappe.datetime.get_today() },
	],
};
