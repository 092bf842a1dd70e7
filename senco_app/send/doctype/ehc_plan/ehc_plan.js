// Copyright (c) 2026, senco_app developers
// For license information, please see license.txt

// Red/amber/green as senco_app.rules.statutory.rag: green when done on time or not due within 7
// days, amber when due within 7 days, red when overdue or done late.
function rag(due, done) {
	if (!due) return null;
	if (done) return done <= due ? "green" : "red";
	const today = frappe.datetime.get_today();
	if (today > due) return "red";
	return frappe.datetime.get_diff(due, today) <= 7 ? "orange" : "green";
}

frappe.ui.form.on("EHC Plan", {
	setup(frm) {
		frm.set_query("student", () => ({ filters: frm.doc.school ? { school: frm.doc.school } : {} }));
		frm.set_query("school", () => ({ filters: { is_group: 0 } }));
	},
	refresh(frm) {
		const steps = [
			[__("Decision to assess"), "decision_to_assess_due", "decision_to_assess_date"],
			[__("Decision to issue"), "decision_to_issue_due", "decision_to_issue_date"],
			[__("Final plan"), "final_plan_due", "issue_date"],
			[__("Annual review"), "next_annual_review_due", null],
			[__("Phase transfer"), "phase_transfer_deadline", null],
		];
		const open = ["Requested", "Assessing", "Draft", "Issued", "Under appeal"].includes(frm.doc.status);
		for (const [label, due_field, done_field] of steps) {
			const due = frm.doc[due_field];
			const done = done_field ? frm.doc[done_field] : null;
			if (!due || (!open && !done)) continue;
			const colour = rag(due, done);
			frm.dashboard.add_indicator(`${label}: ${frappe.datetime.str_to_user(due)}${done ? " ✓" : ""}`, colour);
		}
		if (open && frm.doc.next_step) {
			frm.dashboard.set_headline(
				`${__("Next step")}: ${frm.doc.next_step}, ${__("due")} ${frappe.datetime.str_to_user(frm.doc.next_step_due)}`,
				frm.doc.overdue ? "red" : "blue"
			);
		}
	},
});
