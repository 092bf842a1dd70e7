// Copyright (c) 2026, senco_app developers
// For license information, please see license.txt

frappe.ui.form.on("SEND Record", {
	setup(frm) {
		// pick pupils of the record's school only
		frm.set_query("student", () => ({ filters: frm.doc.school ? { school: frm.doc.school } : {} }));
		frm.set_query("school", () => ({ filters: { is_group: 0 } }));
		frm.set_query("need_type", "needs", () => ({ filters: { disabled: 0 } }));
	},
	student(frm) {
		if (frm.doc.student && !frm.doc.school) {
			frappe.db.get_value("Student", frm.doc.student, "school").then(({ message }) => {
				if (message && message.school) frm.set_value("school", message.school);
			});
		}
	},
	refresh(frm) {
		if (frm.doc.status === "Closed") {
			frm.dashboard.set_headline(__("Closed on {0}: {1}", [frappe.datetime.str_to_user(frm.doc.end_date), frm.doc.end_reason || ""]));
		}
	},
});

frappe.ui.form.on("SEND Record Need", {
	needs_add(frm, cdt, cdn) {
		// next free rank: rank 1 is the primary need
		const ranks = (frm.doc.needs || []).map((n) => cint(n.rank)).filter((r) => r > 0);
		let rank = 1;
		while (ranks.includes(rank)) rank++;
		frappe.model.set_value(cdt, cdn, "rank", rank);
	},
});
