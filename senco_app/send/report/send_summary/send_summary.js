// Copyright (c) 2026, senco_app developers
// For license information, please see license.txt

frappe.query_reports["SEND Summary"] = {
	filters: [
		{ fieldname: "school", label: __("School or Trust"), fieldtype: "Link", options: "Company" },
		{ fieldname: "year_start", label: __("Costs for the Year From"), fieldtype: "Date", reqd: 1, default: (() => { const t = frappe.datetime.str_to_obj(frappe.datetime.get_today()); const y = t.getMonth() >= 8 ? t.getFullYear() : t.getFullYear() - 1; return y + "-09-01"; })() },
	],
	onload(report) {
		// the governor pack: one school's figures for a term, as a PDF (small numbers suppressed)
		report.page.add_inner_button(__("Governor Pack (PDF)"), () => {
			frappe.prompt(
				[
					{ fieldname: "school", label: __("School"), fieldtype: "Link", options: "Company", reqd: 1, default: report.get_filter_value("school") },
					{ fieldname: "academic_term", label: __("Term"), fieldtype: "Link", options: "Academic Term", reqd: 1 },
				],
				(values) => {
					const args = new URLSearchParams(values).toString();
					window.open(frappe.urllib.get_full_url(`/api/method/senco_app.services.governor_pack.governor_pack?${args}`));
				},
				__("Governor Pack"),
				__("Download"),
			);
		});
	},
};
