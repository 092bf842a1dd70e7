// Copyright (c) 2026, senco_app developers
// For license information, please see license.txt

frappe.ui.form.on("SEND Review", {
	setup(frm) {
		senco_app.forms.set_pupil_queries(frm);
		frm.set_query("iep", () => ({ filters: { student: frm.doc.student, docstatus: 1 } }));
	},
	iep(frm) {
		// outcomes belong to the plan reviewed: the new plan's targets are copied in on save
		if (frm.doc.docstatus === 0) {
			frm.clear_table("target_outcomes");
			frm.refresh_field("target_outcomes");
		}
	},
});
