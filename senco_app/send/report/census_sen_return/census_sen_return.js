// Copyright (c) 2026, senco_app developers
// For license information, please see license.txt

frappe.query_reports["Census SEN Return"] = {
	filters: [
		{ fieldname: "school", label: __("School"), fieldtype: "Link", options: "Company", reqd: 1 },
		{ fieldname: "census_term", label: __("Census Term"), fieldtype: "Select", options: ["", "Autumn", "Spring", "Summer"] },
		{ fieldname: "census_year", label: __("Census Year"), fieldtype: "Int" },
		{ fieldname: "census_date", label: __("Census Date (override)"), fieldtype: "Date" },
	],
};
