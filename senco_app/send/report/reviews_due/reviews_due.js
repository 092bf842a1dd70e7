// Copyright (c) 2026, senco_app developers
// For license information, please see license.txt

frappe.query_reports["Reviews Due"] = {
	filters: [
		{ fieldname: "school", label: __("School or Trust"), fieldtype: "Link", options: "Company" },
		{ fieldname: "window_days", label: __("Due Within (Days)"), fieldtype: "Int", default: 30 },
		{ fieldname: "key_person", label: __("Key Person"), fieldtype: "Link", options: "User" },
		{ fieldname: "provision", label: __("Intervention"), fieldtype: "Link", options: "SEND Provision" },
		{ fieldname: "sen_provision", label: __("SEN Provision"), fieldtype: "Select", options: ["", "SEN Support", "EHC Plan", "Monitoring"] },
	],
	formatter(value, row, column, data, default_formatter) {
		value = default_formatter(value, row, column, data);
		if (column.fieldname === "days_overdue" && data && data.days_overdue > 0) {
			value = `<span style="color: var(--red-600)">${value}</span>`;
		}
		return value;
	},
};
