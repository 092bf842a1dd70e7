// Copyright (c) 2026, senco_app developers
// For license information, please see license.txt

frappe.ui.form.on("SEND Review", {
	setup(frm) {
		senco_app.forms.set_pupil_queries(frm);
		frm.set_query("iep", () => ({ filters: { student: frm.doc.student, docstatus: 1 } }));
	},
	refresh(frm) {
		if (frm.doc.docstatus !== 1) return;
		const onload = frm.doc.__onload || {};
		if (frm.doc.decision_off_register && onload.can_close_record) {
			frm.add_custom_button(__("Move off the register"), () => move_off_register(frm), __("Act on decisions"));
		}
		if (frm.doc.decision_request_ehcna && frappe.model.can_create("EHC Plan")) {
			frm.add_custom_button(
				__("Request EHC needs assessment"),
				() => request_ehc_assessment(frm),
				__("Act on decisions")
			);
		}
	},
	iep(frm) {
		// outcomes belong to the plan reviewed: the new plan's targets are copied in on save
		if (frm.doc.docstatus === 0) {
			frm.clear_table("target_outcomes");
			frm.refresh_field("target_outcomes");
		}
	},
});

const REVIEW = "senco_app.send.doctype.send_review.send_review";

function move_off_register(frm) {
	frappe.prompt(
		[{ fieldname: "end_date", fieldtype: "Date", label: __("Off the register from"), reqd: 1, default: frm.doc.meeting_date }],
		(values) =>
			frappe
				.call(`${REVIEW}.move_off_register`, { review: frm.doc.name, end_date: values.end_date })
				.then((r) => {
					frappe.show_alert({ message: __("SEND Record {0} closed", [r.message]), indicator: "green" });
					frm.reload_doc();
				}),
		__("Move off the register"),
		__("Close the SEND Record")
	);
}

function request_ehc_assessment(frm) {
	frappe.prompt(
		[{ fieldname: "local_authority", fieldtype: "Data", label: __("Local Authority"), description: __("Left empty: the local authority of the school's latest EHC plan") }],
		(values) =>
			frappe
				.call(`${REVIEW}.request_ehc_assessment`, { review: frm.doc.name, local_authority: values.local_authority })
				.then((r) => frappe.set_route("Form", "EHC Plan", r.message)),
		__("Request EHC needs assessment"),
		__("Make the request")
	);
}
