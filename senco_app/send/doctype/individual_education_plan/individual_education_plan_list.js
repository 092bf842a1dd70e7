// Copyright (c) 2026, senco_app developers
// For license information, please see license.txt

// A plan shows what it is to a parent and a teacher (Active, Superseded), not Frappe's Submitted.
frappe.listview_settings["Individual Education Plan"] = {
	add_fields: ["status"],
	has_indicator_for_cancelled: true,
	get_indicator(doc) {
		const colours = { Draft: "red", Active: "green", Superseded: "gray", Cancelled: "red" };
		if (doc.status in colours) {
			return [__(doc.status), colours[doc.status], "status,=," + doc.status];
		}
	},
};
