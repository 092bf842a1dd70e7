// Copyright (c) 2026, senco_app developers
// For license information, please see license.txt

frappe.query_reports["SEND Register"] = {
	filters: [
		{ fieldname: "school", label: __("School or Trust"), fieldtype: "Link", options: "Company" },
		{ fieldname: "as_at", label: __("As At"), fieldtype: "Date", reqd: 1, default: frappe.datetime.get_today() },
		{ fieldname: "sen_provision", label: __("SEN Provision"), fieldtype: "Select", options: ["", "SEN Support", "EHC Plan", "Monitoring"] },
		{ fieldname: "need", label: __("Need"), fieldtype: "Link", options: "SEN Need Type" },
		{ fieldname: "year_group", label: __("Year Group"), fieldtype: "Link", options: "Program" },
		{ fieldname: "key_person", label: __("Key Person"), fieldtype: "Link", options: "User" },
	],
};
