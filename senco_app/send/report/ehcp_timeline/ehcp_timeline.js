// Copyright (c) 2026, senco_app developers
// For license information, please see license.txt

frappe.query_reports["EHCP Timeline"] = {
	filters: [
		{ fieldname: "school", label: __("School or Trust"), fieldtype: "Link", options: "Company" },
		{ fieldname: "local_authority", label: __("Local Authority"), fieldtype: "Data" },
		{ fieldname: "status", label: __("Status"), fieldtype: "Select", options: ["", "Requested", "Assessing", "Draft", "Issued", "Under appeal", "Refused to assess", "Not issued", "Ceased", "Transferred"] },
	],
	formatter(value, row, column, data, default_formatter) {
		value = default_formatter(value, row, column, data);
		if (!data) return value;
		if (column.fieldname.endsWith("_rag")) {
			const colour = { Red: "red", Amber: "orange", Green: "green" }[data[column.fieldname]];
			const late = cint(data[column.fieldname.replace(/_rag$/, "_late")]);
			if (late > 0) value += " · " + __("{0} days late", [late]);
			if (colour) value = `<span class="indicator-pill ${colour}">${value}</span>`;
		}
		if (column.fieldname === "next_step_due" && cint(data.next_step_late) > 0) {
			value += ` <span class="text-danger">(${__("{0} days overdue", [cint(data.next_step_late)])})</span>`;
		}
		return value;
	},
};
