// Copyright (c) 2026, senco_app developers
// For license information, please see license.txt

frappe.query_reports["SEND Training Needs"] = {
	filters: [
		{ fieldname: "school", label: __("School or Trust"), fieldtype: "Link", options: "Company" },
		{ fieldname: "years", label: __("Trained in the Last (Years)"), fieldtype: "Int", reqd: 1, default: 3 },
	],
};
