// Copyright (c) 2026, senco_app developers
// For license information, please see license.txt

const EARLY_YEARS_CHECK = "senco_app.send.doctype.early_years_check.early_years_check";

frappe.ui.form.on("Early Years Check", {
	setup(frm) {
		senco_app.forms.set_pupil_queries(frm);
	},
	refresh(frm) {
		// the server checks the saved check and the user's rights again
		if (!frm.is_new() && frm.doc.concern && !frm.is_dirty() && frm.perm[0] && frm.perm[0].write) {
			const label = frm.doc.send_record ? __("Open SEND Record") : __("Start Identification");
			frm.add_custom_button(label, () =>
				frappe
					.call({ method: `${EARLY_YEARS_CHECK}.start_identification`, args: { check: frm.doc.name } })
					.then((r) => frappe.set_route("Form", "SEND Record", r.message))
			);
		}
	},
});
