// Copyright (c) 2026, senco_app developers
// For license information, please see license.txt

frappe.ui.form.on("EHC Plan", {
	setup(frm) {
		senco_app.forms.set_pupil_queries(frm);
		frm.set_query("school", () => ({ filters: { is_group: 0 } }));
	},
	refresh(frm) {
		// the statutory dates, their RAG colours and whether the plan is open come from the server
		// (EHCPlan.onload, senco_app.rules.ehcp.form_steps)
		const onload = frm.doc.__onload || {};
		for (const step of onload.steps || []) {
			frm.dashboard.add_indicator(
				`${step.label}: ${frappe.datetime.str_to_user(step.due)}${step.done ? " ✓" : ""}`,
				step.colour
			);
		}
		if (onload.is_open && frm.doc.next_step) {
			frm.dashboard.set_headline(
				`${__("Next step")}: ${frm.doc.next_step}, ${__("due")} ${frappe.datetime.str_to_user(frm.doc.next_step_due)}`,
				frm.doc.overdue ? "red" : "blue"
			);
		}
	},
});
