// Copyright (c) 2026, senco_app developers
// For license information, please see license.txt

frappe.query_reports["Target Outcomes"] = {
	filters: [
		{ fieldname: "school", label: __("School or Trust"), fieldtype: "Link", options: "Company" },
		{ fieldname: "from_date", label: __("Plans From"), fieldtype: "Date", reqd: 1, default: frappe.datetime.add_months(frappe.datetime.get_today(), -12) },
		{ fieldname: "to_date", label: __("Plans To"), fieldtype: "Date", reqd: 1, default: frappe.datetime.get_today() },
		{ fieldname: "group_by", label: __("Group By"), fieldtype: "Select", options: ["Area of Need", "Year Group", "SEN Provision", "Intervention"], default: "Area of Need" },
	],
};
