// Copyright (c) 2026, senco_app developers
// For license information, please see license.txt

frappe.query_reports["SEND Pupil Groups"] = {
	filters: [
		{ fieldname: "school", label: __("School or Trust"), fieldtype: "Link", options: "Company" },
		{ fieldname: "sen_provision", label: __("SEN Provision"), fieldtype: "Select", options: ["", "SEN Support", "EHC Plan"] },
	],
};
