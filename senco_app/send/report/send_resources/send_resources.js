// Copyright (c) 2026, senco_app developers
// For license information, please see license.txt

frappe.query_reports["SEND Resources"] = {
	filters: [
		{ fieldname: "school", label: __("School or Trust"), fieldtype: "Link", options: "Company" },
		{ fieldname: "category", label: __("Category"), fieldtype: "Select", options: ["", "ICT aid", "Specialist seating", "Sensory", "Communication aid", "Hearing or vision aid", "Mobility", "Other"] },
		{ fieldname: "review_within", label: __("Review Due Within (Days)"), fieldtype: "Int", default: 30 },
	],
};
