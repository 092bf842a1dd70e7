// Copyright (c) 2026, senco_app developers
// For license information, please see license.txt

frappe.ui.form.on("SEN Information Report", {
	refresh(frm) {
		if (frm.doc.published && frm.doc.page_slug) {
			frm.add_web_link(`/sen-information/${frm.doc.page_slug}`, __("See the published page"));
		}
	},
});
