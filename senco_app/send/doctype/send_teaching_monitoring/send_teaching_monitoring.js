// Copyright (c) 2026, senco_app developers
// For license information, please see license.txt

frappe.ui.form.on("SEND Monitoring Action", {
	// a done action carries the day it was done (today unless changed); an open one none
	status(frm, cdt, cdn) {
		const row = locals[cdt][cdn];
		const done_date = row.status === "Done" ? row.done_date || frappe.datetime.get_today() : null;
		frappe.model.set_value(cdt, cdn, "done_date", done_date);
	},
});
