// Copyright (c) 2026, senco_app developers
// For license information, please see license.txt

frappe.query_reports["Access Arrangements"] = {
	filters: [
		{ fieldname: "school", label: __("School or Trust"), fieldtype: "Link", options: "Company" },
		{ fieldname: "program", label: __("Year Group"), fieldtype: "Link", options: "Program" },
		{ fieldname: "from_date", label: __("Test Window From"), fieldtype: "Date", reqd: 1, default: frappe.datetime.get_today() },
		{ fieldname: "to_date", label: __("Test Window To"), fieldtype: "Date" },
	],
};
