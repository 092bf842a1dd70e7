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
		if (frm.doc.docstatus === 0 && !frm.is_new() && frm.perm[0] && frm.perm[0].submit) {
			// agreeing is the plan's one final step: ask who agreed it and when, then agree it
			// (in place of Frappe's "Permanently submit?" and an error about fields at the bottom)
			frm.page.set_primary_action(__("Agree plan"), () => agree_plan(frm));
		}
		if (frm.doc.docstatus === 1) {
			frm.add_custom_button(__("Create Review"), () =>
				frappe.model.open_mapped_doc({
					method: "senco_app.send.doctype.individual_education_plan.individual_education_plan.make_review",
					frm,
				})
			);
			if (frm.doc.status === "Active" && frm.perm[0] && frm.perm[0].write && frm.doc.targets.length) {
				// the key person's everyday action: the primary button, in sight on a phone too
				frm.page.set_primary_action(__("Record Progress"), () => record_progress(frm));
			}
			if (frm.doc.status === "Active" && can_make_new_version(frm)) {
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

// a new version cancels this plan and drafts the next: offered to those who may do both
function can_make_new_version(frm) {
	const perm = frm.perm[0] || {};
	return Boolean(perm.cancel && perm.amend && frappe.model.can_create(frm.doctype));
}

function agree_plan(frm) {
	const dialog = new frappe.ui.Dialog({
		title: __("Agree plan"),
		fields: [
			{
				fieldname: "agreed_by",
				label: __("Agreed With (Parent/Carer)"),
				fieldtype: "Data",
				reqd: 1,
				default: frm.doc.agreed_by,
			},
			{
				fieldname: "agreed_on",
				label: __("Agreed On"),
				fieldtype: "Date",
				reqd: 1,
				default: frm.doc.agreed_on || frappe.datetime.get_today(),
			},
			{
				fieldtype: "HTML",
				options: `<p class="text-muted">${__(
					"The plan becomes active. Progress on its targets is recorded with Record Progress; any other change is made in a new version."
				)}</p>`,
			},
		],
		primary_action_label: __("Agree plan"),
		primary_action(values) {
			dialog.disable_primary_action();
			frm.set_value(values).then(() =>
				frm.save(
					"Submit",
					(r) => !r.exc && dialog.hide(),
					null,
					() => dialog.enable_primary_action()
				)
			);
		},
	});
	dialog.show();
}

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
					frappe.show_alert({ message: __("Progress recorded"), indicator: "green" });
					return frm.reload_doc();
				})
				.then(() => frm.scroll_to_field("targets"));
		},
	});
	dialog.show();
	dialog.fields_dict.target.df.change();
}
