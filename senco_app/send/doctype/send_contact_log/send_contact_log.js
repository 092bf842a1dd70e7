// Copyright (c) 2026, senco_app developers
// For license information, please see license.txt

frappe.ui.form.on("SEND Contact Log", {
	setup(frm) {
		senco_app.forms.set_pupil_queries(frm);
		// the pupil's own parents and carers
		frm.set_query("guardian", () => ({
			query: "senco_app.services.contact_log.pupil_guardians",
			filters: { student: frm.doc.student },
		}));
	},
	refresh(frm) {
		// a confidential entry is the SENCO's alone (the server refuses it from anyone else):
		// others do not get the box, and tell the SENCO instead
		frm.toggle_display("confidential", frappe.user.has_role("SENCO"));
	},
});
