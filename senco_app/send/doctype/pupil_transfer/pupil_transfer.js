// Copyright (c) 2026, senco_app developers
// For license information, please see license.txt

frappe.ui.form.on("Pupil Transfer", {
	setup(frm) {
		senco_app.forms.set_pupil_queries(frm);
		frm.set_query("transition_review", () => ({
			filters: {
				review_type: "Transition Review",
				student: frm.doc.student || "",
				school: frm.doc.school || "",
			},
		}));
	},
	refresh(frm) {
		if (!frm.is_new() && frm.doc.send_record && frappe.model.can_export("SEND Record")) {
			frm.add_custom_button(__("Download CTF (SEN)"), () =>
				senco_app.forms.download_ctf(frm.doc.send_record)
			);
		}
	},
});
