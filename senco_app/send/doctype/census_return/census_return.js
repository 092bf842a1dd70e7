// Copyright (c) 2026, senco_app developers
// For license information, please see license.txt

frappe.ui.form.on("Census Return", {
	setup(frm) {
		senco_app.forms.set_pupil_queries(frm);
	},
	refresh(frm) {
		if (frm.doc.docstatus !== 1) return;
		for (const [label, method] of [
			[__("Download CSV"), "download_csv"],
			[__("Download XML"), "download_xml"],
		]) {
			frm.add_custom_button(
				label,
				() => {
					const url = frappe.urllib.get_full_url(
						`/api/method/senco_app.send.doctype.census_return.census_return.${method}?name=${encodeURIComponent(frm.doc.name)}`
					);
					window.open(url);
				},
				__("Download")
			);
		}
	},
});
