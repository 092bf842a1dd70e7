// Copyright (c) 2026, senco_app developers
// For license information, please see license.txt

frappe.ui.form.on("Reasonable Adjustment", {
	setup(frm) {
		senco_app.forms.set_pupil_queries(frm);
	},
});
