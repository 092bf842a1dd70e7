// Copyright (c) 2026, senco_app developers
// For license information, please see license.txt

frappe.ui.form.on("Individual Education Plan", {
	setup(frm) {
		frm.set_query("student", () => ({ filters: frm.doc.school ? { school: frm.doc.school } : {} }));
		frm.set_query("school", () => ({ filters: { is_group: 0 } }));
	},
	refresh(frm) {
		if (frm.doc.docstatus === 1) {
			frm.add_custom_button(__("Create Review"), () =>
				frappe.model.open_mapped_doc({
					method: "senco_app.send.doctype.individual_education_plan.individual_education_plan.make_review",
					frm,
				})
			);
			if (frm.doc.status === "Active") {
				frm.add_custom_button(__("New IEP Version"), () =>
					frappe.confirm(
						__("This plan will be cancelled (it stays readable) and a new version drafted to agree with parents. Continue?"),
						() =>
							frappe
								.xcall("senco_app.send.doctype.individual_education_plan.individual_education_plan.make_new_version", {
									source_name: frm.doc.name,
								})
								.then((doc) => frappe.set_route("Form", doc.doctype, doc.name))
					)
				);
			}
		}
	},
});
