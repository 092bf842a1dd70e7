// Copyright (c) 2026, senco_app developers
// For license information, please see license.txt

frappe.query_reports["Provision Map"] = {
	filters: [
		{ fieldname: "school", label: __("School or Trust"), fieldtype: "Link", options: "Company" },
		{ fieldname: "academic_term", label: __("Term"), fieldtype: "Link", options: "Academic Term" },
		{ fieldname: "from_date", label: __("From"), fieldtype: "Date", reqd: 1, default: frappe.datetime.add_months(frappe.datetime.get_today(), -3) },
		{ fieldname: "to_date", label: __("To"), fieldtype: "Date", reqd: 1, default: frappe.datetime.get_today() },
		{ fieldname: "year_group", label: __("Year Group"), fieldtype: "Link", options: "Program" },
		{ fieldname: "need", label: __("Primary Need"), fieldtype: "Link", options: "SEN Need Type" },
		{ fieldname: "provision", label: __("Provision"), fieldtype: "Link", options: "SEND Provision" },
		{ fieldname: "staff", label: __("Delivered By"), fieldtype: "Link", options: "User" },
	],
};
