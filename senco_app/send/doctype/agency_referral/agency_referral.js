// Copyright (c) 2026, senco_app developers
// For license information, please see license.txt

frappe.ui.form.on("Agency Referral", {
	setup(frm) {
		senco_app.forms.set_pupil_queries(frm);
	},
	refresh(frm) {
		if (frm.is_new() || !frm.doc.recommendations) return;
		if (frappe.model.can_write("Individual Education Plan") || frappe.model.can_create("Individual Education Plan")) {
			frm.add_custom_button(__("Add to the pupil's plan"), () => add_to_plan(frm), __("Use recommendations"));
		}
		if (frappe.model.can_create("Provision Map Entry")) {
			frm.add_custom_button(__("New provision entry"), () => make_provision_entry(frm), __("Use recommendations"));
		}
	},
});

const REFERRAL = "senco_app.send.doctype.agency_referral.agency_referral";

function add_to_plan(frm) {
	frappe
		.call(`${REFERRAL}.add_recommendations_to_plan`, { referral: frm.doc.name })
		.then((r) => frappe.set_route("Form", "Individual Education Plan", r.message));
}

function make_provision_entry(frm) {
	frappe.prompt(
		[
			{
				fieldname: "provision",
				fieldtype: "Link",
				options: "SEND Provision",
				label: __("Provision"),
				reqd: 1,
				get_query: () => ({ filters: { disabled: 0 } }),
			},
		],
		(values) =>
			frappe
				.call(`${REFERRAL}.make_provision_entry`, { referral: frm.doc.name, provision: values.provision })
				.then((r) => {
					const doc = frappe.model.sync(r.message)[0];
					frappe.set_route("Form", doc.doctype, doc.name);
				}),
		__("New provision entry"),
		__("Make")
	);
}
