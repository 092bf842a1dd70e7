// Copyright (c) 2026, senco_app developers
// For license information, please see license.txt

frappe.ui.form.on("SEND Contact Log", {
	setup(frm) {
		senco_app.forms.set_pupil_queries(frm);
	},
	refresh(frm) {
		// a confidential entry is the SENCO's alone (the server refuses it from anyone else):
		// others do not get the box, and tell the SENCO instead
		frm.toggle_display("confidential", frappe.user.has_role("SENCO"));
	},
});
