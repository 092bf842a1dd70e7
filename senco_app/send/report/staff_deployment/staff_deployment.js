// Copyright (c) 2026, senco_app developers
// For license information, please see license.txt

frappe.query_reports["Staff Deployment"] = {
	filters: [
		{ fieldname: "school", label: __("School or Trust"), fieldtype: "Link", options: "Company" },
		{ fieldname: "week_of", label: __("Week Of"), fieldtype: "Date", reqd: 1, default: frappe.datetime.get_today() },
	],
};
