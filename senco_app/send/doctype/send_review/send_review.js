// Copyright (c) 2026, senco_app developers
// For license information, please see license.txt

frappe.ui.form.on("SEND Review", {
	setup(frm) {
		frm.set_query("student", () => ({ filters: frm.doc.school ? { school: frm.doc.school } : {} }));
		frm.set_query("iep", () => ({ filters: { student: frm.doc.student, docstatus: 1 } }));
	},
});
