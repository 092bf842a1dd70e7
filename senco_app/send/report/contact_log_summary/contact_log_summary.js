// Copyright (c) 2026, senco_app developers
// For license information, please see license.txt

frappe.query_reports["Contact Log Summary"] = {
	filters: [
		{ fieldname: "school", label: __("School or Trust"), fieldtype: "Link", options: "Company" },
		{ fieldname: "from_date", label: __("From"), fieldtype: "Date", reqd: 1, default: frappe.datetime.add_months(frappe.datetime.get_today(), -3) },
		{ fieldname: "to_date", label: __("To"), fieldtype: "Date", reqd: 1, default: frappe.datetime.get_today() },
		{ fieldname: "weeks", label: __("No Parent Contact For (Weeks)"), fieldtype: "Int", default: 6 },
	],
};
