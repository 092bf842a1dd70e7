// Copyright (c) 2026, senco_app developers
// For license information, please see license.txt

frappe.query_reports["Annual Reviews Due"] = {
	filters: [
		{ fieldname: "school", label: __("School or Trust"), fieldtype: "Link", options: "Company" },
		{ fieldname: "window_days", label: __("Due Within (Days)"), fieldtype: "Int", default: 90 },
		{ fieldname: "phase_transfer_only", label: __("Phase Transfers Only"), fieldtype: "Check" },
	],
};
