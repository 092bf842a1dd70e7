// Copyright (c) 2026, senco_app developers
// For license information, please see license.txt

frappe.query_reports["SEN Support Compliance"] = {
	filters: [
		{ fieldname: "school", label: __("School or Trust"), fieldtype: "Link", options: "Company" },
		{ fieldname: "year_group", label: __("Year Group"), fieldtype: "Link", options: "Program" },
	],
};
