// Copyright (c) 2026, senco_app developers
// For license information, please see license.txt

frappe.ui.form.on("Individual Education Plan", {
	setup(frm) {
		senco_app.forms.set_pupil_queries(frm);
		frm.set_query("school", () => ({ filters: { is_group: 0 } }));
		// the pupil's own provision map entries at the plan's school
		frm.set_query("provision_map_entry", "provisions", () => ({
			filters: [
				["Provision Map Entry", "school", "=", frm.doc.school],
				["Provision Map Pupil", "student", "=", frm.doc.student],
			],
		}));
	},
	refresh(frm) {
		if (frm.doc.docstatus === 1) {
			frm.add_custom_button(__("Create Review"), () =>
				frappe.model.open_mapped_doc({
					method: "senco_app.send.doctype.individual_education_plan.individual_education_plan.make_review",
					frm,
				})
			);
			if (frm.doc.status === "Active" && frm.perm[0] && frm.perm[0].write && frm.doc.targets.length) {
				frm.add_custom_button(__("Record Progress"), () => record_progress(frm));
			}
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

function record_progress(frm) {
	const targets = frm.doc.targets;
	const dialog = new frappe.ui.Dialog({
		title: __("Record Target Progress"),
		fields: [
			{
				fieldname: "target",
				label: __("Target"),
				fieldtype: "Select",
				reqd: 1,
				options: targets.map((t) => ({ value: t.name, label: `${t.idx}. ${t.target}` })),
				default: targets[0].name,
				change() {
					const row = targets.find((t) => t.name === dialog.get_value("target"));
					dialog.set_values({ outcome: row.outcome || "", progress_note: row.progress_note || "" });
				},
			},
			// the outcomes a target may have, as the doctype lists them
			{ fieldname: "outcome", label: __("Outcome"), fieldtype: "Select", options: frappe.meta.get_docfield("IEP Target", "outcome").options },
			{ fieldname: "progress_note", label: __("Progress Note"), fieldtype: "Small Text" },
		],
		primary_action_label: __("Save"),
		primary_action(values) {
			frappe
				.xcall("senco_app.send.doctype.individual_education_plan.individual_education_plan.record_target_progress", {
					plan: frm.doc.name,
					...values,
				})
				.then(() => {
					dialog.hide();
					frm.reload_doc();
				});
		},
	});
	dialog.show();
	dialog.fields_dict.target.df.change();
}
