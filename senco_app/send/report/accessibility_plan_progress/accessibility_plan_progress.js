// Copyright (c) 2026, senco_app developers
// For license information, please see license.txt

frappe.query_reports["Accessibility Plan Progress"] = {
	filters: [
		{ fieldname: "school", label: __("School or Trust"), fieldtype: "Link", options: "Company" },
		{ fieldname: "as_at", label: __("As At"), fieldtype: "Date", reqd: 1, default: frappe.datetime.get_today() },
	],
};
